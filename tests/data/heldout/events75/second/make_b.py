"""Bookkeeping helper for annotator B of the events75 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events72/second/make_b.py.
Run: python3 /work/fresh/cur44/events75/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 75 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt (set a/b column and source zip per id; annotator B did not open sample.py, so seeds, stop and main commit are not restated here). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015): (a) 10 conflict-word-list matches; (b) 10 with no text filter (got, by source, a: aawsat 4, alriyadh 2, alwatan 2, 3alyoum 1, alweeam 1; b: aawsat 3, alyaum 2, okaz 2, almadina 1, alwatan 1, alweeam 1).
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. make_b.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row. One location per row: strikes on differently named places are separate rows.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, summits, military exercises, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests and crimes with no political motive stated, legal actions and trials, commentary, prison conditions, migrant rescues and interceptions at sea. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1; "last week" -> DCT-7 with precision 2); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in NOTES_B.md). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country of the event>)" for civilian victims and for arrested civilians. Protest rows: actor1 protesters, actor2 the force (empty when none). Statement location empty when the text does not say where it was made. location: most specific English name (empty when the text names no place); sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
"""

COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]

ERV = "Explosions/Remote violence"
BAT = "Battles"
SD = "Strategic developments"
VAC = "Violence against civilians"
PRO = "Protests"
CLASH = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
ABD = "Abduction/forced disappearance"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
HZB = "Hezbollah"
AFG = "Military Forces of Afghanistan"
TAL = "Taliban"
UKR = "Military Forces of Ukraine"
NAF = "NAF: United Armed Forces of Novorossiya"
POLSA = "Police Forces of Saudi Arabia"
SHELL = "Shelling/artillery/missile attack"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
AW352 = "SN-aawsat-20150731-352"
WM1496 = "SN-alweeam-20150722-1496"
WT923 = "SN-alwatan-20150727-923"
WT847 = "SN-alwatan-20150809-847"
AW164 = "SN-aawsat-20150810-164"
RY838 = "SN-alriyadh-20150811-838"
AY361 = "SN-3alyoum-20150724-361"
AW221 = "SN-aawsat-20150725-221"
POLUS = "Police Forces of the United States"

ROWS = [
    # ---- set a (conflict word list) ----
    (AW352, "تعرضت دورية أمنية لإطلاق نار", "تعرضت دورية أمنية لإطلاق نار أثناء أداء مهامها ببلدة",
     BAT, CLASH, UAG, POLSA, "Al Jish, Qatif", "SA", "2015-07-28", "1", "1", "exact",
     "Eastern Province police spokesman Colonel Ziyad al-Ruqaiti (Asharq Al-Awsat)", "reported",
     "a security patrol at a checkpoint on al-Khazzan street in al-Jish, Qatif governorate, came under fire from a "
     "speeding car late on 'Tuesday evening' (DCT Friday 31 July -> 28 July; the spokesman's 'the evening before "
     "yesterday' at 23:30 agrees with a Thursday writing day), killing soldier Sami al-Harbi (1 exact; no attacker named "
     "-> Unidentified armed group; the text calls it terrorism). Folded: the arrest of two suspects (alternative an "
     "Arrests row). Not coded: the funeral prayer in the Prophet's Mosque, the condemnations"),
    (WM1496, "مواجهات مسلحة هي الأعنف", "خلال مواجهات مسلحة هي الأعنف شهدتها مدينة مأرب",
     BAT, CLASH, HOU, YR, "Marib", "YE", "2015-07-22", "2", "17", "at_least",
     "a source in the Yemeni popular resistance (Al Weeam)", "claimed",
     "the title's news (trigger in the body: the title recurs at the end): a resistance source said 'today Wednesday' (DCT 22 July) that at least 17 Houthis, among them the "
     "prominent leader Abu al-Karrar al-Madani, were killed and eight wounded in the fiercest clashes in Marib city between "
     "the Houthis and Saleh's forces and the popular resistance, which broke out 'in the past hours' at the al-Jufaina front "
     "south of Marib after a Houthi-Saleh attack on resistance positions (-> 22 July, precision 2; attackers as actor1; "
     "the capture of three Houthis folded; a party's source only -> claimed)"),
    (WT923, "سقوط خمسة قتلى من عناصر الحزب", "أكدت مصادر مقربة من حزب الله سقوط خمسة قتلى من عناصر الحزب",
     BAT, CLASH, HZB, "", "Zabadani", "SY", "2015-07-26", "1", "5", "exact",
     "sources close to Hezbollah (Al Watan)", "reported",
     "the title's news: five Hezbollah fighters killed and others wounded 'yesterday' (DCT Monday 27 July -> 26 July) in "
     "the Syrian town of Zabadani, where Hezbollah fights alongside Assad's forces (opponent not named -> actor2 empty; the "
     "party's leadership claimed only two dead, in the note). Not coded: the families of the soldiers abducted by ISIS "
     "more than nine months ago meeting Jumblatt (not a protest; abduction too old), the Mufti of Tripoli's statements"),
    (WT923, "خروج متظاهرين إلى الشوارع", "وتسببت في خروج متظاهرين إلى الشوارع",
     PRO, "Peaceful protest", "Protesters (Lebanon)", "", "Beirut", "LB", "2015-07-26", "2", "", "",
     "Al Watan", "reported",
     "background: the six-day garbage crisis in Beirut, which ended 'yesterday' (DCT 27 July) with collection resumed, "
     "brought demonstrators out into the streets (no day, place taken from the crisis -> Beirut, 26 July, precision 2; no "
     "intervention mentioned -> Peaceful protest). Borderline: alternative not coded (passing mention)"),
    (WT847, "بتفجير نفسه", "حين قام الإرهابي يوسف السليمان بتفجير نفسه وسط المسجد",
     ERV, SUI, UAG, POLSA, "Abha", "SA", "2015-08-06", "1", "11", "at_least",
     "Al Watan", "reported",
     "background of the funeral: the suicide bombing of the Emergency Forces mosque in Abha during the noon prayer 'last "
     "Thursday' (DCT Sunday 9 August -> 6 August) by the terrorist Yusuf al-Sulaiman, who blew himself up inside the "
     "mosque; the young soldier Mamduh al-Harithi was killed with ten of his colleagues (-> 11 at_least: the text gives no "
     "total; no group named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia). Not coded: "
     "the funeral in Maysan"),
    (AW164, "مسيرة صامتة", "حيت مدينة فيرغسون في مسيرة صامتة، أمس",
     PRO, "Peaceful protest", "Protesters (United States)", "", "Ferguson", "US", "2015-08-09", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "the title's news: Ferguson marked 'yesterday' (DCT Monday 10 August -> 9 August) the first anniversary of Michael "
     "Brown's killing with a silent march of hundreds led by his father, peaceful and festive under heavy police watch, "
     "ending at Normandy high school; the other gatherings of the day (four and a half minutes of silence, the march to a "
     "church) folded; as the spent aawsat-157 row. The evening tension is its own row"),
    (AW164, "قفز عدد من المشاركين فوق حاجز للشرطة", "ساد بعض التوتر عندما قفز عدد من المشاركين فوق حاجز للشرطة",
     "Riots", "Violent demonstration", "Rioters (United States)", POLUS, "Ferguson", "US", "2015-08-09", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "in the evening of 9 August some tension: about 200 demonstrators showed violent behaviour, some jumped over a police "
     "barrier to confront the officers deployed there ('the demonstration took a violent turn, clashes between the "
     "demonstrators and the police'). Borderline: alternative Protests/Protest with intervention, or folded into the march "
     "row. Not coded: the shots fired later that night (not in this text)"),
    (AW164, "قتل شرطي الطالب", "ويذكر أن يوم الجمعة الماضي، قتل شرطي الطالب من أصول أفريقية كريستيان تايلور",
     VAC, "Attack", POLUS, "Civilians (United States)", "Texas", "US", "2015-08-07", "1", "1", "exact",
     "Asharq Al-Awsat; police statement", "reported",
     "background: 'last Friday' (DCT Monday 10 August -> 7 August) a policeman killed the unarmed African-American student "
     "Christian Taylor, 19, in Texas, after his car crashed into a car showroom (the police: a scuffle, an officer drew his "
     "weapon). Borderline: alternative not coded (a police shooting, no political motive stated)"),
    (AW164, "مظاهرات عنيفة في نوفمبر", "وكانت فيرغسون شهدت مظاهرات عنيفة في نوفمبر",
     "Riots", "Violent demonstration", "Rioters (United States)", "", "Ferguson", "US", "2014-11-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: Ferguson saw violent demonstrations last November after a grand jury decided not to indict the officer "
     "who shot Brown (November 2014 -> 1 November, precision 3; within 12 months of the DCT), as the spent aawsat-157 row. "
     "Not coded: Michael Brown's killing itself (9 August 2014, a year before the DCT), the spread of unrest to other "
     "cities (generic)"),
    (RY838, "التفجير الغادر", "الذي استشهد أثناء التفجير الغادر الذي استهدف مسجد قوة الطوارئ الخاصة",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Riyadh", "reported",
     "background of the condolences: the treacherous bombing of the Special Emergency Forces mosque (Asir region) 'at noon "
     "last Thursday' (DCT Tuesday 11 August -> 6 August) that killed Corporal Mufarreh Asiri and Corporal Omar Abu Shousha "
     "(only two of the dead named, no total -> fatalities empty; the text says only bombing -> Remote explosive, as the "
     "spent alyaum-2735 row; place given only as Asir region). Not coded: the condolence visits"),
    (AY361, "استعادت قوات المقاومة الشعبية", "استعادت قوات المقاومة الشعبية الموالية للرئيس اليمني",
     BAT, GRT, YR, HOU, "Tawahi, Aden", "YE", "2015-07-20", "1", "", "",
     "Sky News Arabia (Ain Alyoum)", "reported",
     "the title's news: the pro-Hadi popular resistance regained control of the intelligence building in al-Tawahi, Aden, in "
     "the early hours of 'Monday' (DCT Friday 24 July -> 20 July; the report reads as Monday's news) "),
    (AY361, "نجحت الأحد، في استعادة السيطرة", "نجحت الأحد، في استعادة السيطرة على مواقع استراتيجية في محافظة تعز",
     BAT, GRT, YR, HOU, "Taiz", "YE", "2015-07-19", "1", "12", "exact",
     "Saba (Yemeni news agency) via Ain Alyoum", "reported",
     "on 'Sunday' (-> 19 July) the Yemeni army forces backed by the popular resistance regained strategic positions in Taiz "
     "governorate after battles on several fronts that killed 12 Houthi gunmen and wounded dozens; folded: their expulsion "
     "of the Houthi-Saleh militias from al-Kashar overlooking Sina, al-Zunuj and around the finance ministry office in Hawd "
     "al-Ashraf (sub-places of the same advance; army and resistance together -> Yemeni Resistance, army in the note)"),
    (AY361, "حرف سفيان", "واستهدفت الغارات مواقع وتجمعات للحوثيين في حرف سفيان في عمران",
     ERV, AIR, COAL, HOU, "Harf Sufyan, Amran", "YE", "2015-07-19", "2", "", "",
     "Ain Alyoum", "reported",
     "coalition air strikes on Houthi positions and gatherings in Harf Sufyan, Amran, 'simultaneously' with the Taiz advance "
     "(-> 19 July, precision 2). The same series also hit the governorates of Marib, Saada and al-Jawf, named only in the "
     "list (not coded separately; alternative three rows)"),
    (AY361, "منطقة حرض", "ومنطقة حرض بمحافظة حجة",
     ERV, AIR, COAL, HOU, "Haradh, Hajjah", "YE", "2015-07-19", "2", "", "",
     "Ain Alyoum", "reported",
     "coalition air strikes on Houthi positions in the Haradh area, Hajjah governorate, in the same series (-> 19 July, "
     "precision 2)"),
    (AY361, "معسكر 48", "بينما أغارات الطائرات على مواقعهم في “معسكر 48″",
     ERV, AIR, COAL, HOU, "Camp 48, Sanaa", "YE", "2015-07-19", "2", "", "",
     "Ain Alyoum", "reported",
     "coalition aircraft struck Houthi positions at 'Camp 48', the former Republican Guard headquarters, south of Sanaa, in "
     "the same series (-> 19 July, precision 2); the strike on Dabwa camp south of Sanaa folded (same area)"),
    (AY361, "في قصف شنه المتمردون", "قتل 57 مدنيا على الأقل وأصيب أكثر من 200 آخرين بجروح في قصف شنه المتمردون",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-19", "2", "57", "at_least",
     "Aden health director al-Khidr Lassouar (Ain Alyoum)", "reported",
     "at least 57 civilians, among them 12 children and six women, killed and more than 200 (215) wounded by the rebels' and "
     "Saleh forces' Katyusha and mortar shelling of the Dar Saad suburb north of Aden (no day in the text, reported with "
     "Sunday's news -> 19 July, precision 2; the spent aawsat-270 row dates the Dar Saad shelling 19 July)"),
    # ---- set b (no text filter) ----
    (AW221, "تفجير انتحاري", "12 قتيلاً على الأقل في تفجير انتحاري بشمال العراق",
     ERV, SUI, UAG, "Civilians (Iraq)", "Tuz Khurmatu", "IQ", "2015-07-25", "1", "12", "at_least",
     "a local official and police sources (Tuz Khurmatu mayor Ali al-Husseini)", "reported",
     "the title's news: 'today (Saturday)' (DCT 25 July) two suicide bombers attacked a crowded swimming pool in Tuz "
     "Khurmatu: one blew up his vest in the pool, the other a charge on a motorcycle at the entrance as police and rescuers "
     "evacuated the victims (one attack); at least 12 killed, 45 wounded, mostly Turkmen (no claim -> Unidentified armed "
     "group). Not coded: the preparations for an offensive to retake Anbar (generic, planned), ISIS's recent series of "
     "bombings in Baghdad and other provinces (generic)"),
    (AW221, "هجوم كبير في وقت سابق من الشهر الحالي", "بما في ذلك هجوم كبير في وقت سابق من الشهر الحالي في محافظة ديالى",
     ERV, IED, IS, "Civilians (Iraq)", "Diyala", "IQ", "2015-07-01", "3", "100", "at_least",
     "Asharq Al-Awsat (Reuters)", "reported",
     "background: a major attack earlier this month in Diyala province by ISIS militants that killed more than a hundred "
     "people (this month -> 1 July, precision 3; attack type not given -> Remote explosive; 'more than a hundred' -> 100 "
     "at_least)"),
]


def dcts():
    out = {}
    for line in open(os.path.join(SET, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _, _, time = line.split("\t")
        out[aid] = parsedate_to_datetime(time).astimezone(timezone.utc).date().isoformat()
    return out


def occurrence(text, trigger, context):
    """1-based occurrence of trigger at its position inside the (unique) hand-copied context."""
    assert text.count(context) == 1, ("context not unique/absent", context, text.count(context))
    assert trigger in context, ("trigger not in context", trigger, context)
    pos = text.index(context) + context.index(trigger)
    n, i = 0, text.find(trigger)
    while i != -1:
        n += 1
        if i == pos:
            return n
        i = text.find(trigger, i + 1)
    raise AssertionError("unreachable")


def main():
    dct = dcts()
    lines = [HEADER.rstrip("\n"), "\t".join(COLS)]
    for r in ROWS:
        aid, trig, ctx = r[0], r[1], r[2]
        text = open(os.path.join(SET, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, ctx)
        fields = [aid, dct[aid], trig, str(occ)] + list(r[3:])
        assert len(fields) == 17, (aid, len(fields))
        assert all("\t" not in f and "\n" not in f for f in fields), aid
        lines.append("\t".join(fields))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
