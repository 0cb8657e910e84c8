"""Bookkeeping helper for the events74 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events71/addrows.py (itself from events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur43/events74/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 74 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events74/sample.py ("This set: events74, seeds 2944 / 2945, drawn at the start of stop 43 (9e6c7ab), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2944).shuffle, walked in order; (b) 10 with no text filter, random.Random(2945).shuffle, >=3 sources (got, by source, a: aljazirah 2, okaz 2, aawsat 2, alyaum 1, alweeam 1, arriyadiyah 1, alwatan 1; b: okaz 3, alriyadh 2, sabq 1, aljazirah 1, aawsat 1, aleqtisadiya 1, alweeam 1).
# ADJUDICATION_LINE
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. addrows.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row. One location per row: strikes on differently named places are separate rows.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, summits, military exercises, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests and crimes with no political motive stated, legal actions and trials, commentary, prison conditions, migrant rescues and interceptions at sea. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1; "last week" -> DCT-7 with precision 2); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in README). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country of the event>)" for civilian victims and for arrested civilians. Protest rows: actor1 protesters, actor2 the force (empty when none). Statement location empty when the text does not say where it was made. location: most specific English name (empty when the text names no place); sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
"""

COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]
ADJ = ""

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
PEACE = "Peaceful protest"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
IS = "Islamic State"
AWS67 = "SN-aawsat-20150723-67"
AWS105 = "SN-aawsat-20150809-105"
JAZ354 = "SN-aljazirah-20150727-354"
WEE960 = "SN-alweeam-20150804-960"
YAU1675 = "SN-alyaum-20150731-1675"
OKZ1364 = "SN-okaz-20150810-1364"
TAL = "Taliban"
PKK = "PKK: Kurdistan Workers Party"
LNA = "Libyan National Army"

ROWS = [
    # Libya (aawsat-67, DCT Thursday 23 July)
    (AWS67, "الاشتباكات بين القبيلتين", "وأسفرت الاشتباكات بين القبيلتين عن مقتل 40 شخصا",
     BAT, CLASH, "Tebu Ethnic Militia (Libya)", "Tuareg Ethnic Militia (Libya)", "Sabha", "LY", "2015-07-16", "2", "40", "at_least",
     "Sabha official and mayor Hamed al-Khayal (via Asharq al-Awsat)", "reported",
     "the title's news: the tribal conflict between Tebu and Tuareg gunmen in Sabha, battles that broke out 'a week ago' "
     "(DCT 23 July -> 16 July, precision 2) with light and medium weapons, at least 40 killed in one week, hundreds of "
     "families displaced; calm returned 'yesterday' (the title's 'نزاع قبلي' and the lead's 'صراع' are the same event -> one "
     "row; actor names as the spent aljazirah-300 Sabha row). Not coded: the Tebu-Tuareg fighting on several fronts for a "
     "year and a half (generic), the early-2014 Awlad Suleiman-Tebu clashes with 119 killed (far older than 12 months), "
     "government and NCHR appeals for a ceasefire"),
    (AWS67, "في غارة نفذها الطيران الحربي", "فقدت الكثير من عناصرها في غارة نفذها الطيران الحربي مساء أول من أمس",
     ERV, AIR, LNA, UAG, "Al Laithi, Benghazi", "LY", "2015-07-21", "1", "", "",
     "Libyan Air Force, military source (via Asharq al-Awsat)", "claimed",
     "the air force announced continued air strikes on the 'extremist militias' on the Benghazi fronts; a military source "
     "said the militias lost many members in a strike by warplanes 'the evening before yesterday' (DCT 23 July -> 21 July) "
     "on the hardliners' positions at Murabba al-Nabous in the al-Laithi area (the generic continued strikes folded into "
     "this row; air force of Haftar's Operation Dignity -> Libyan National Army; militias not named -> Unidentified armed "
     "group; 'many' -> fatalities empty; only the military source -> claimed)"),
    (AWS67, "دمرت جرافة بحرية", "أن طائرة عمودية دمرت جرافة بحرية تحمل على متنها إرهابيين",
     ERV, AIR, LNA, UAG, "Al Mraisa Port, Benghazi", "LY", "2015-07-23", "3", "", "",
     "Libyan Air Force commander Brig. Saqr al-Jarushi; Operation Dignity spokesman Maj. Mohammed al-Hijazi (via Asharq al-Awsat)", "claimed",
     "background: the air force commander announced that a helicopter destroyed a sea dredger carrying terrorists, "
     "ammunition and weapons near al-Mraisa port west of Benghazi; the Dignity spokesman said the attack also targeted a "
     "second ship carrying weapons in the same area (folded: same attack); no day ('كان ... قد أعلن') -> DCT, precision 3; "
     "only the announcement -> claimed. Not coded: the NOC's accusation that the recognised government bombed oil tankers "
     "three times (undated, no place; alternative a claimed aggregate row)"),
    (AWS67, "لاختطاف أربعة إيطاليين", "وأبدت استنكارها لاختطاف أربعة إيطاليين بمنطقة مليتة",
     VAC, "Abduction/forced disappearance", UAG, "Civilians (Libya)", "Mellitah", "LY", "2015-07-23", "2", "", "",
     "Government of Libya (al-Thinni) statement (via Asharq al-Awsat)", "reported",
     "al-Thinni's government denounced the kidnapping of four Italians in the Mellitah area and began checking the report "
     "(kidnappers not named -> Unidentified armed group; foreign civilians in Libya -> Civilians (Libya); a news item with "
     "no day -> DCT, precision 2). Not coded: the government's statement on relations with Italy and the arms embargo"),
    # Afghanistan (aawsat-105, DCT Sunday 9 August)
    (AWS105, "فجر انتحاري حزامه الناسف", "«الحادثة وقعت حين فجر انتحاري حزامه الناسف في إقليم خان آباد»",
     ERV, SUI, TAL, "Civilians (Afghanistan)", "Khan Abad", "AF", "2015-08-08", "1", "21", "at_least",
     "Afghan Interior Ministry; Kunduz governor's spokesman Abdul Wadud Wahidi (via Asharq al-Awsat)", "reported",
     "the title's news: 'Saturday evening' (DCT Sunday 9 August -> 8 August) a suicide bomber blew up his explosive belt in "
     "Khan Abad district, Kunduz province; at least 21 killed and ten wounded; the Taliban claimed it (the title's 'هجوم "
     "طالباني' and the lead's 'هجوم تبنته حركة طالبان' are the same event -> one row); the ministry says all the dead were "
     "civilians -> Civilians (Afghanistan); local officials call them anti-Taliban fighters and the governor's spokesman "
     "says 22 gunmen incl. four commanders were killed by an explosive device (alternative actor2 a pro-government militia, "
     "22)"),
    (AWS105, "سلسلة هجمات في كابل", "الذي يأتي بعد سلسلة هجمات في كابل أوقعت 51 قتيلا الجمعة",
     ERV, IED, UAG, "", "Kabul", "AF", "2015-08-07", "1", "51", "exact",
     "Asharq al-Awsat", "reported",
     "background: the series of attacks in Kabul on Friday (DCT Sunday 9 August -> 7 August) that killed 51, the deadliest "
     "day in the capital for years (one row for the series: this text names no separate attack or place; no perpetrator "
     "named -> Unidentified armed group; the attacks' kind is not stated -> the generic explosive sub-type, borderline; "
     "victims unspecified -> actor2 empty). Not coded: Mullah Omar's death and Mansour's appointment"),
    # Turkey (aljazirah-354, DCT Monday 27 July)
    (JAZ354, "انفجار سيارة مفخخة", "مقتل عسكريين في انفجار سيارة مفخخة في تركيا",
     ERV, IED, UAG, "Military Forces of Turkey", "Lice", "TR", "2015-07-25", "1", "2", "exact",
     "Turkish official sources, army general staff (via Al Jazirah)", "reported",
     "the title's news: 'Saturday evening' (DCT Monday 27 July -> 25 July) a car bomb exploded at a gendarmerie special "
     "forces armoured convoy in Lice district, Diyarbakir, killing two gendarmerie NCOs and wounding four (the later "
     "'سيارة مفخخة انفجرت' is the same; the burning of three vehicles on the road before folded); no one claimed it, the "
     "army attributes it to the 'terrorist separatist organisation' (the PKK) -> Unidentified armed group (alternative "
     "PKK); gendarmerie -> Military Forces of Turkey. Not coded: the governor's search operation, the PKK's statements that "
     "the truce is over (not the news)"),
    (JAZ354, "الضربات الجوية التي شنها الجيش التركي", "إثر الضربات الجوية التي شنها الجيش التركي الجمعة والسبت",
     ERV, AIR, "Military Forces of Turkey", PKK, "", "IQ", "2015-07-24", "2", "", "",
     "Al Jazirah", "reported",
     "background: the Turkish army's air strikes on Friday and Saturday (24-25 July, precision 2) on the rebels' camps in "
     "northern Iraq (the HPG's 'القصف التركي' and 'القصف الجوي الكثيف' are the same campaign -> one row; no place named -> "
     "location empty, IQ)"),
    (JAZ354, "قتل شرطيين في مدينة جيلان بينار", "وتبنت الحركة الانفصالية الكردية الأربعاء قتل شرطيين في مدينة جيلان بينار",
     BAT, CLASH, PKK, "Police Forces of Turkey", "Ceylanpinar", "TR", "2015-07-22", "1", "2", "exact",
     "Al Jazirah", "reported",
     "background: on Wednesday (DCT Monday 27 July -> 22 July) the Kurdish separatist movement claimed the killing of two "
     "policemen in Ceylanpinar on the Syrian border, as revenge for Suruc (armed attack on police -> Battles/Armed clash, as "
     "the spent PKK police-killing rows; the killing is stated as fact -> reported)"),
    (JAZ354, "الهجوم الانتحاري الذي استهدف في سوروتش", "رد على الهجوم الانتحاري الذي استهدف في سوروتش ناشطين",
     ERV, SUI, UAG, "Civilians (Turkey)", "Suruc", "TR", "2015-07-27", "3", "32", "exact",
     "Al Jazirah", "reported",
     "background: the suicide attack in Suruc on activists supporting the Kurdish cause, 32 killed and about a hundred "
     "wounded (no group named -> Unidentified armed group; no day in this text -> DCT, precision 3; alternative: before the "
     "Wednesday police killing)"),
    # Syria, US-trained force (alweeam-960, DCT Tuesday 4 August)
    (WEE960, "اثناء اشتباكات مع متشددين", "قتل يوم الجمعة الماضي اثناء اشتباكات مع متشددين من جناح القاعدة",
     BAT, CLASH, "Jabhat al-Nusra", "Syrian rebels", "", "SY", "2015-07-31", "1", "1", "exact",
     "US officials (via Reuters, Al Weeam)", "reported",
     "the title's news: a member of the new US-trained Syrian armed force was killed 'last Friday' (DCT Tuesday 4 August -> "
     "31 July) in clashes with suspected Jabhat al-Nusra members (al-Qaeda's wing) in northern Syria; the US military said "
     "the fighters repelled the attack (the title's 'اشتباكات' and the later 'اشتباك مع أعضاء' are the same event -> one "
     "row; the US-trained force -> Syrian rebels, as the spent Division 30 rows; 'northern Syria' only -> location empty; "
     "the death is what officials 'believe' -> 1 exact, note the uncertainty; the clash itself is stated -> reported)"),
    (WEE960, "شنت الولايات المتحدة أول غارات جوية", "شنت الولايات المتحدة أول غارات جوية لدعم تلك القوة السورية",
     ERV, AIR, "Military Forces of the United States", "Jabhat al-Nusra", "", "SY", "2015-07-31", "1", "", "",
     "Al Weeam (Reuters)", "reported",
     "because of Friday's attack (31 July) the United States launched its first air strikes in support of the trained "
     "force (a separate remote-violence row, not folded into the clash: different actor). Not coded: the US air strikes on "
     "ISIS in Syria (generic), the US decision to allow strikes to defend the trained forces even against Assad's forces "
     "(policy)"),
    # Kuwait (alyaum-1675, DCT Friday 31 July)
    (YAU1675, "ألقت القبض على عدد من الكويتيين", "إن وزارة الداخلية ألقت القبض على عدد من الكويتيين",
     SD, "Arrests", "Police Forces of Kuwait", IS, "", "KW", "2015-07-30", "2", "", "",
     "Kuwaiti Interior Ministry statement (KUNA, via Al Yaum)", "reported",
     "the title's news: Kuwait said 'yesterday' (DCT 31 July -> 30 July) that the interior ministry arrested a network of "
     "five Kuwaitis belonging to ISIS, some of whom fought in Iraq and Syria (the title's 'تضبط شبكة' and 'تم إلقاء القبض "
     "على شبكة' are the same -> one row; the arrest's own day not stated -> the announcement's day, precision 2; no place -> "
     "location empty). Not coded: the five's past fighting in Iraq and Syria (undated), the referral to the prosecution and "
     "the charges against 29 (legal), the security campaign on hardliners (generic), the GCC security meeting"),
    (YAU1675, "تفجير مسجد الصادق", "وذلك بعد أكثر من شهر من تفجير مسجد الصادق بالعاصمة الكويت",
     ERV, SUI, IS, "Civilians (Kuwait)", "Kuwait City", "KW", "2015-06-26", "1", "27", "exact",
     "Al Yaum", "reported",
     "background: the suicide bombing of the al-Sadiq mosque in Kuwait City during Friday prayer on 26 June, 27 killed and "
     "227 wounded, claimed by ISIS ('وتبناه التنظيم' -> Islamic State, as the spent aawsat-250 row); carried out by a Saudi "
     "suicide bomber (all later mentions are the same event -> one row)"),
    # Abha Emergency Forces mosque (okaz-1364, DCT Monday 10 August)
    (OKZ1364, "الحادث الإرهابي الذي وقع في مسجد قوات الطوارئ", "على صحة مصابي الحادث الإرهابي الذي وقع في مسجد قوات الطوارئ الخاصة بعسير",
     ERV, SUI, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-10", "3", "", "",
     "Okaz", "reported",
     "background (the news is the visit to the wounded 'yesterday' and the order to admit martyrs' and wounded men's sons "
     "to the military): the terrorist attack in the Special Emergency Forces mosque in Asir; the explosion came during the "
     "third rak'a, the 'dead terrorist' stood five worshippers away -> Suicide bomb (alternative the generic explosive "
     "sub-type: the text never says 'suicide'); Emergency Forces -> Police Forces of Saudi Arabia; 'martyrs' with no "
     "number -> fatalities empty; no day -> DCT, precision 3; 'Asir' as the text and the spent Asir rows (the wounded were "
     "moved from Abha)"),
]




def dcts():
    out = {}
    for line in open(os.path.join(HERE, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
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
    head = HEADER.replace("# ADJUDICATION_LINE\n", "# " + ADJ + "\n" if ADJ else "")
    lines = [head.rstrip("\n"), "\t".join(COLS)]
    for r in ROWS:
        aid, trig, ctx = r[0], r[1], r[2]
        text = open(os.path.join(HERE, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, ctx)
        fields = [aid, dct[aid], trig, str(occ)] + list(r[3:])
        assert len(fields) == 17, (aid, len(fields))
        assert all("\t" not in f and "\n" not in f for f in fields), aid
        lines.append("\t".join(fields))
    open(os.path.join(HERE, "events_gold.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
