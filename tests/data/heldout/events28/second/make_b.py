"""Bookkeeping helper for annotator B of the events28 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events26/second/make_b.py.
Run: python3 /work/fresh/cur28/events28/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 28 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2790/2791, drawn at the start of stop 28, main f7f6cda, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2790).shuffle, walked in order; (b) 10 with no text filter: random.Random(2791).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 1, aleqtisadiya 1, aljazirah 1, almadina 1, alriyadh 1, alwatan 1, alweeam 1, alyaum 1, okaz 1, 3alyoum 1; b: alriyadh 4, aawsat 2, 3alyoum 2, alweeam 1, alyaum 1).
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
IED = "Remote explosive/landmine/IED"
ATT = "Attack"
ARR = "Arrests"
CLASH = "Armed clash"
UAG = "Unidentified armed group"
CIQ = "Civilians (Iraq)"
ISIS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
PFSA = "Police Forces of Saudi Arabia"
AY62 = "SN-3alyoum-20150809-62"
AW155 = "SN-aawsat-20150807-155"
WT1032 = "SN-alwatan-20150807-1032"
YM2742 = "SN-alyaum-20150806-2742"
RI676 = "SN-alriyadh-20150808-676"
YM2213 = "SN-alyaum-20150721-2213"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AY62, "عبوة ناسفة قرب محال تجارية", "عبوة ناسفة قرب محال تجارية في منطقة كمب سارة",
     ERV, IED, UAG, CIQ, "Camp Sara, Baghdad", "IQ", "2015-08-09", "1", "2", "exact",
     "Iraqi security source", "reported",
     "'today' (the lead's 'اليوم', DCT 9 August): two killed and seven wounded by an IED near shops in the Camp Sara "
     "area, central Baghdad (no perpetrator named -> Unidentified armed group; victims not said to be combatants -> "
     "Civilians (Iraq), as the spent aleqtisadiya-309 al-Mada'in IED row). The title's/lead's '19 killed and wounded' "
     "and '6 killed' are the sum of the rows of this article, not coded separately"),
    (AY62, "قرب سوق شعبي", "الانفجار بعبوة ناسفة قرب سوق شعبي في منطقة بغداد الجديدة",
     ERV, IED, UAG, CIQ, "New Baghdad, Baghdad", "IQ", "2015-08-09", "1", "1", "exact",
     "Iraqi security source", "reported",
     "same day: an IED near a popular market in the New Baghdad area killed one and wounded six (own row: another "
     "place; 'بغداد الجديدة' -> 'New Baghdad, Baghdad', as the spent almadina-483 spelling)"),
    (AY62, "بنيران مسلحين مجهولين", "ولقي مدرس وزوجته مصرعهما بنيران مسلحين مجهولين",
     VAC, ATT, UAG, CIQ, "Al Jaara, Al Madain", "IQ", "2015-08-09", "1", "2", "exact",
     "Iraqi security source", "reported",
     "same day: a teacher and his wife were killed by the fire of unknown gunmen in the al-Ja'ara area of the al-Mada'in "
     "district, south of Baghdad (targeted killing of civilians by unnamed gunmen -> Violence against civilians/Attack; "
     "'منطقة الجعارة التابعة لقضاء المدائن' -> 'Al Jaara, Al Madain', alternative 'Al Madain, Baghdad')"),
    (AY62, "في هجوم شنه عليه مسلحون مجهولون", "بمقتل شخص في هجوم شنه عليه مسلحون مجهولون يستقلون سيارة مدنية",
     VAC, ATT, UAG, CIQ, "Wahid Huzayran, Kirkuk", "IQ", "2015-08-09", "1", "1", "exact",
     "another Iraqi security source", "reported",
     "same day: one person killed in an attack by unknown gunmen in a civilian car, with machine guns, near the 'Wahid "
     "Huzayran' (1 June) neighbourhood, south of Kirkuk city (victim 'شخص' -> Civilians (Iraq); neighbourhood -> "
     "'Wahid Huzayran, Kirkuk')"),
    (AY62, "على جثتي رجلين", "وعثرت شرطة المحافظة ذاتها على جثتي رجلين مجهولي الهوية قضيا رميًا بالرصاص",
     VAC, ATT, UAG, CIQ, "Kirkuk", "IQ", "2015-08-09", "2", "2", "exact",
     "another Iraqi security source", "reported",
     "the Kirkuk police found the bodies of two unidentified men killed by gunshots near the Kirkuk-Erbil road north of "
     "the city (found the DCT, killing day unknown -> DCT, precision 2, as the spent aleqtisadiya-309 bodies row; "
     "unidentified men, no security role stated -> Civilians (Iraq) and Violence against civilians/Attack; place: a "
     "road north of Kirkuk -> 'Kirkuk')"),
    (AW155, "خرجوا إلى الشوارع السبت", "واحتج المتظاهرون الذين خرجوا إلى الشوارع السبت على الإهمال",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "Basra", "IQ", "2015-08-01", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "the protesters who took to the streets (of Basra, the sentence's subject) on Saturday (DCT Friday 7 August -> "
     "1 August) protested against neglect and the poor economic situation (no intervention described -> Peaceful "
     "protest). Not coded: the Basra council's refusal to apply the new customs tariff (administrative), the traders' "
     "and importers' 'protest' against the tariff (objection, no gathering described)"),
    (AW155, "مظاهرات في البصرة ومناطق أخرى", "تزامنت مع مظاهرات في البصرة ومناطق أخرى في العراق احتجاجًا",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "", "IQ", "2015-07-31", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: the wave of popular anger against the politicians: demonstrations in Basra and other areas of Iraq "
     "against bad water and power cuts, 'demonstrations roam Iraq from north to south' (council member al-Shahmani), "
     "entering their second week (dated at the wave's start: second week -> a week before the DCT, 31 July, precision 3, "
     "as the spent events22 alriyadh-998 'wave of protests for the second week' row; no single place -> location empty). "
     "Folded: the 'expected' second-week demonstrations (planned, no place or day; alternative a planned row on the DCT)"),
    (WT1032, "هزيمة قواته في العند", "وأكد أن هزيمة قواته في العند سببت للمتمردين أزمة نفسية كبيرة",
     BAT, "Government regains territory", "Yemeni Resistance", "Houthis", "Al Anad Air Base", "YE", "2015-08-07", "3",
     "", "", "Houthi defector Abdulnasser al-Awdhali (to Al Watan)", "reported",
     "background (title: 'the fall of the base'): the recent defeat of the Houthi leader's forces at al-Anad (the "
     "title's 'base' -> 'Al Anad Air Base', as the spent alwatan-823 row) caused the rebels a psychological crisis, its "
     "liberation being the key to freeing all Yemen (the text gives no day -> DCT, precision 3; who retook it is not "
     "said, the resistance and the army are the pro-Hadi side in the text -> Yemeni Resistance, as the spent al-Anad "
     "rows; stated in the title and as a presupposed fact -> reported, alternative claimed). Not coded: Naif al-Qares's "
     "resignation from the Revolutionary Committee and the committee's internal disputes (political, no violence), "
     "the Iranian prisoners held by the resistance (no capture event), the 'repeated withdrawals' (generic)"),
    (YM2742, "التفجير الانتحاري الجبان", "حادث التفجير الانتحاري الجبان الذي استهدف مسجداً في مقر قوات الطوارئ",
     ERV, "Suicide bomb", UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "GCC General Secretariat (Abdullatif al-Zayani)", "reported",
     "background (the news is the GCC Secretariat's condemnation): the 'cowardly suicide bombing' that targeted a mosque "
     "in the Special Emergency Forces headquarters in the Asir region 'today' (the DCT, 6 August) during the noon prayer, "
     "killing and wounding 'a number of' Emergency Forces members and workers ('عدد من' -> fatalities empty; the text "
     "says 'انتحاري' -> Suicide bomb, as the spent aleqtisadiya-197 row; no perpetrator named ('these terrorist groups') "
     "-> Unidentified armed group; Emergency Forces (Interior Ministry) -> Police Forces of Saudi Arabia)"),
    # ---- set b (no text filter) ----
    (RI676, "اشتباكات جديدة", "في اشتباكات جديدة اندلعت ليلة امس في جنوب شرق تركيا",
     BAT, CLASH, UAG, "", "Silopi", "TR", "2015-08-07", "1", "2", "exact",
     "Haberturk news website (via Al Riyadh)", "reported",
     "two killed and several wounded in new clashes that broke out 'last night' (DCT Saturday 8 August -> 7 August) in "
     "restive south-eastern Turkey, in Silopi near the Iraqi and Syrian borders; the identity of the dead is not clear "
     "(the text names neither side -> actor1 Unidentified armed group, actor2 empty; alternative PKK vs Military Forces "
     "of Turkey from the context of the PKK conflict)"),
    (RI676, "القبض على 17 شخصا", "ألقت قوات الأمن التركية فجر أمس، القبض على 17 شخصا",
     SD, ARR, PFT, ISIS, "Manisa", "TR", "2015-08-07", "1", "", "",
     "informed security sources (via Al Riyadh)", "reported",
     "the title's news: at dawn 'yesterday' (DCT 8 August -> 7 August) Turkish security forces (counter-terrorism units "
     "with the gendarmerie) arrested 17 people suspected of belonging to ISIS in simultaneous raids in the western city "
     "of Manisa, for links with ISIS members in Syria and recruiting (security forces -> Police Forces of Turkey; "
     "suspected members -> Islamic State, as the spent Boko Haram suspects row)"),
    (RI676, "خمس عمليات أمنية متزامنة", "كما شنت قوات الدرك التركية، فجر الجمعة، خمس عمليات أمنية متزامنة في العاصمة أنقرة",
     SD, ARR, MFT, PKK, "Ankara", "TR", "2015-08-07", "1", "", "",
     "informed sources (via Al Riyadh)", "reported",
     "at dawn on Friday (DCT Saturday 8 August -> 7 August) the Turkish gendarmerie carried out five simultaneous "
     "security operations in the capital Ankara on places suspected of sheltering PKK members (the earlier 'campaigns "
     "targeting PKK elements in Ankara' is the same event, folded; another place than Manisa -> own row; gendarmerie -> "
     "Military Forces of Turkey, as the spent Mus row; borderline: no arrest is stated, raids on suspects coded as "
     "Strategic developments/Arrests, alternative Other or no row)"),
    (RI676, "الهجمات \"الإرهابية\"", "نتيجة الهجمات \"الإرهابية\" التي استهدفت تركيا، في الفترة من 7 يوليو الماضي",
     BAT, CLASH, UAG, PFT, "", "TR", "2015-07-07", "3", "28", "exact",
     "informed sources (via Al Riyadh)", "reported",
     "aggregate: the 'terrorist' attacks on Turkey from 7 July to 5 August killed 22 security men and 6 citizens and "
     "wounded 89 (22 + 6 = 28 exact); folded: more than 100 vehicles burned by the 'terrorists' and 11 'terrorists' "
     "killed in clashes with the security forces in the same period (not added to the attacks' stated toll); attackers "
     "not named -> Unidentified armed group (alternative PKK); mostly security men -> Battles/Armed clash vs Police "
     "Forces of Turkey; dated at the stated start, 7 July, precision 3; no place -> location empty)"),
    (RI676, "غارات جوية على أهداف محددة", "شنت القوات المسلحة التركية، غارات جوية على أهداف محددة لحزب",
     ERV, "Air/drone strike", MFT, PKK, "", "IQ", "2015-07-07", "3", "260", "at_least",
     "informed sources (via Al Riyadh)", "reported",
     "aggregate: in the same period (7 July - 5 August) the Turkish armed forces carried out air strikes on PKK targets "
     "'inside and outside the country', killing more than 260 militants and wounding more than 400 (one aggregate row; "
     "no place named -> location empty; outside = northern Iraq, as the spent alriyadh-700/alwatan-1057 rows -> IQ, "
     "alternative TR; the text's period start -> 7 July, precision 3; unnamed sources stated by the outlet -> reported)"),
    (RI676, "القبض على أكثر من ألف و500", "وألقت فرق الأمن القبض على أكثر من ألف و500 مشتبه به",
     SD, ARR, PFT, "", "", "TR", "2015-07-07", "3", "", "",
     "informed sources (via Al Riyadh)", "reported",
     "aggregate: in the same period the security teams arrested more than 1,500 suspects in operations against ISIS, the "
     "PKK and the DHKP-C, and arrest warrants were issued for 275 (folded); three groups -> actor2 empty (alternative "
     "one row per group); no place; 7 July, precision 3)"),
    (YM2213, "واعتقال 431", "إثر الإعلان عن تفكيك خلايا إرهابية تابعة لداعش واعتقال 431",
     SD, ARR, PFSA, ISIS, "", "SA", "2015-07-21", "2", "", "",
     "Arab Parliament speaker Ahmed al-Jarwan; Al Yaum", "reported",
     "background (the news is the Arab Parliament speaker's praise): the Saudi Interior Ministry's announcement that it "
     "dismantled ISIS-linked terrorist cells and arrested 431 people linked to the organisation, foiling attacks planned "
     "on mosques, security men, diplomatic missions and government sites (foiled plots folded); no day in the text, a "
     "reaction report -> DCT, precision 2, as the spent almadina-653 '431' row; cells 'تابعة لداعش' -> actor2 Islamic "
     "State (almadina-653 had Unidentified armed group because its column named no group); no place -> location empty)"),
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
