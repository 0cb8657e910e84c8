"""Bookkeeping helper for annotator B of the events98 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur51/events98/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 98 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds and stop as in its docstring, which annotator B did not open: the brief limits B to ids.txt, texts/ and second/). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): shuffled with the half-a seed, walked in order; (b) 10 with no text filter: shuffled with the half-b seed, walked in order, >=3 sources (got, by source, a: alyaum 3, aljazirah 2, alriyadh 2, 3alyoum 1, aawsat 1, alwatan 1; b: alriyadh 3, aljazirah 2, aawsat 1, aleqtisadiya 1, alwatan 1, okaz 1, was 1).
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
POLSA = "Police Forces of Saudi Arabia"
SHELL = "Shelling/artillery/missile attack"
RY1579 = "SN-alriyadh-20150724-1579"
AW180 = "SN-aawsat-20150807-180"
JZ452 = "SN-aljazirah-20150804-452"
JZ374 = "SN-aljazirah-20150726-374"
AY1105 = "SN-alyaum-20150723-1105"
WT796 = "SN-alwatan-20150809-796"
RY825 = "SN-alriyadh-20150807-825"
TUR = "Military Forces of Turkey"
IRQ = "Military Forces of Iraq"
NGA = "Military Forces of Nigeria"
BH = "Boko Haram"
GCAD = "Global Coalition Against Daesh"
CIVSY = "Civilians (Syria)"
CIVTN = "Civilians (Tunisia)"
SOHR = "Syrian Observatory for Human Rights, Rami Abdulrahman (via AFP, Asharq Al-Awsat)"
NGARMY = "Col. Tukur Gusau, Nigerian army spokesman (statement)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RY1579, "شنت ضربات جوية", "مقاتلات تركية (إف16-) شنت ضربات جوية ضد أهداف",
     ERV, AIR, TUR, IS, "", "SY", "2015-07-24", "1", "", "",
     "TRT; Turkish prime ministry's coordination office statement (via Anadolu)", "reported",
     "the title's news: Turkish F-16s launched air strikes on ISIS targets inside Syria; the statement: three F-16s from "
     "Diyarbakir's 8th air command hit three ISIS sites (two headquarters and a gathering point, 4 guided munitions) 'at "
     "dawn today Friday' (DCT Friday 24 July -> 24 July, precision 1; the title's 'تقصف' and the statement's 'استهدف سلاح "
     "الجو التركي' are the same strikes -> one row; no place beyond Syria -> location empty, SY, as the spent okaz-1437 "
     "and alriyadh-875 rows of the same strikes). Not coded: Turkey's permission for the US to use Incirlik (inter-state "
     "basing), Davutoglu's emergency security meeting 'yesterday Thursday' (meeting)"),
    (AW180, "خطف تنظيم", "خطف تنظيم «داعش» نحو 230 مدنيا بينهم",
     VAC, ABD, IS, CIVSY, "Al Qaryatayn", "SY", "2015-08-05", "2", "", "",
     SOHR, "reported",
     "the title's news: ISIS kidnapped about 230 civilians, at least 60 of them Christians (170 Sunnis and more than 60 "
     "Christians, accused of collaborating with the regime), during its raid on the town of al-Qaryatayn (Homs province), "
     "which it took 'on Wednesday' (folded: the arrest of whole families who meant to flee, the title's 'يخطف'); the "
     "abductions during the raid after the capture, no own day -> the capture's Wednesday (DCT Friday 7 August -> 5 August), "
     "precision 2, as the spent adjudicated events71 alriyadh-658 row of the same AFP story (alternative DCT); no one "
     "killed stated"),
    (AW180, "استولوا عليها الأربعاء", "مداهمة لمدينة القريتين التي استولوا عليها الأربعاء",
     BAT, NSO, IS, "", "Al Qaryatayn", "SY", "2015-08-05", "1", "", "",
     SOHR, "reported",
     "ISIS took the town of al-Qaryatayn 'on Wednesday' (DCT Friday 7 August -> 5 August, precision 1; the lead's 'بعد "
     "استيلائهم على إحدى البلدات' and 'قبل هجوم تنظيم «داعش» عليها' are the same event -> one row); the text does not say "
     "who held the town -> actor2 empty, as the spent alriyadh-658 row. Not coded: the protest movement of mid-March 2011 "
     "(far older than 12 months), the town's strategic position (commentary)"),
    (AW180, "سيطر التنظيم المتطرف عليها في 21 مايو", "تدمر الأثرية التي سيطر التنظيم المتطرف عليها في 21 مايو",
     BAT, NSO, IS, "", "Palmyra", "SY", "2015-05-21", "1", "", "",
     SOHR, "reported",
     "background: the ancient city of Palmyra, which the extremist organisation took on 21 May (within 12 months of the "
     "DCT; no defender named -> actor2 empty; the later 'بعد أن استولى التنظيم على مدينة تدمر الأثرية' is the same event; "
     "as the spent alriyadh-658 row)"),
    (AW180, "وخطف ثلاثة مقنعين", "وخطف ثلاثة مقنعين في مايو الأب جاك مراد",
     VAC, ABD, UAG, CIVSY, "Al Qaryatayn", "SY", "2015-05-01", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: in May three masked men kidnapped Father Jacques Mourad, head of the Mar Elian monastery in the town "
     "(al-Qaryatayn), after ISIS took Palmyra (month known -> 1 May, precision 3; no group named -> Unidentified armed "
     "group; a monk -> Civilians (Syria); as the spent alriyadh-658 row)"),
    (JZ452, "نفذ هجومًا قرب أولاري", "«الجيش النيجيري نفذ هجومًا قرب أولاري",
     BAT, GRT, NGA, BH, "Ulari", "NG", "2015-08-02", "2", "", "",
     NGARMY, "claimed",
     "the title's news: the Nigerian army announced 'on Sunday' (DCT Tuesday 4 August -> 2 August) that in a military "
     "operation in the north-east it freed 178 people (101 children, 67 women, 10 men) held hostage by Boko Haram and "
     "captured one of the group's commanders alive; the spokesman: the army 'carried out an attack near Ulari on the road "
     "to Bama', south of Maiduguri (one operation: the lead's 'حرر', the rescue and the arrest folded into one row; coded "
     "as the spent adjudicated events35 aleqtisadiya-224 row of the same operation, Government regains territory, "
     "alternative Armed clash; the operation's place -> 'Ulari', alternative 'Bama' as that row, whose text named Bama "
     "and Borno state; operation day not stated, announced Sunday -> 2 August, precision 2; the title 'نيجيريا تعلن' and "
     "the body give it only as the army's announcement -> claimed, alternative reported)"),
    (JZ452, "حرر 30 رهينة", "أعلن الجيش النيجيري أنه حرر 30 رهينة",
     BAT, GRT, NGA, BH, "Dikwa", "NG", "2015-08-02", "2", "", "",
     NGARMY, "claimed",
     "background: 'earlier this week' the Nigerian army announced it freed 30 hostages, among them 21 children and seven "
     "women, near Dikwa east of Maiduguri (a separate, differently placed operation -> own row, coded as the main rescue "
     "row; 'this week' of the Sunday report, before it -> 2 August, precision 2; the army's announcement -> claimed)"),
    (JZ452, "تحرير 59 رهينة", "ثم أعلن تحرير 59 رهينة",
     BAT, GRT, NGA, BH, "Konduga", "NG", "2015-08-02", "2", "", "",
     NGARMY, "claimed",
     "background: then the army announced the freeing of 59 hostages, 29 women and 25 children among them, in another "
     "operation near Konduga on the road between Maiduguri and Bama (own row, a different place; dated as the Dikwa row, "
     "'earlier this week', precision 2; claimed). Not coded: the army's freeing of 'hundreds of women and children' "
     "during 'the last months', especially in the Sambisa forest (generic, no count or place per operation; alternative "
     "an aggregate row), Boko Haram's pledge to ISIS (allegiance, old and undated)"),
    (JZ452, "قصف قرية بيتا", "أنه قصف قرية بيتا الواقعة",
     ERV, AIR, NGA, BH, "Bita", "NG", "2015-08-02", "2", "", "",
     NGARMY, "claimed",
     "'on Sunday' (2 August) the Nigerian army announced that it bombarded the village of Bita, south of Malari and near "
     "the Sambisa forest, where Boko Haram was preparing an attack, and said it killed 'many' of the terrorists ('عديد' -> "
     "fatalities empty; the bombardment's means not stated -> Air/drone strike, as the spent events35 aleqtisadiya-224 "
     "text of the same Sunday statements put the air force at Bita, alternative Shelling/artillery/missile attack; the "
     "announcement's day, precision 2; the army's assertion only -> claimed)"),
    (JZ374, "وسيطرت القوات على مناطق", "وسيطرت القوات على مناطق وطرق شرق الرمادي",
     BAT, GRT, IRQ, IS, "Ramadi", "IQ", "2015-07-26", "2", "", "",
     "military and tribal sources (via Al Jazirah)", "reported",
     "the military operations in Ramadi (and Fallujah) enter their third week with the joint forces advancing on the "
     "extremists: the forces took areas and roads east of Ramadi starting from al-Madiq and are 5 km from the government "
     "complex (joint forces -> Military Forces of Iraq; ongoing, no day -> DCT Sunday 26 July, precision 2); folded as "
     "sub-actions of the same battle: the advance south of the city along 60 Street near the railway station, the "
     "south-west advance from al-Zankoura to al-Hawz, the northern axis positions at Albu Aitha and the roads cut towards "
     "al-Hamidiya, al-Khalidiya and al-Saqlawiya, the 13 villages north of Ramadi isolated, ISIS reduced to scattered "
     "points, the lead's 'الأسبوع الثالث للمعارك في الرمادي'. Not coded: ISIS removing concrete barriers, the expected "
     "decisive end 'within days' (expectation)"),
    (JZ374, "بغارات مكثفة", "ساهمت فيها طائرات التحالف والجيش بغارات مكثفة",
     ERV, AIR, GCAD, IS, "Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Al Jazirah", "reported",
     "the coalition's and the army's aircraft carry out intensive raids on ISIS gatherings, weapons depots and car bombs "
     "in the Ramadi and Fallujah battles, inflicting heavy losses (the later 'ساهم طيران التحالف والجيش ... استهداف "
     "تحركاته ومعداته ومخازن الأسلحة' in the Ramadi account is the same campaign -> this row; coalition named first -> "
     "Global Coalition Against Daesh, alternative Military Forces of Iraq; ongoing -> DCT, precision 2; the Fallujah "
     "strikes own row). Not coded: ISIS's past suicide car-bomb attacks on the Iraqi forces ('طالما استخدمها', generic)"),
    (JZ374, "كما فعلها في الفلوجة", "المعدة للتفجير كما فعلها في الفلوجة",
     ERV, AIR, GCAD, IS, "Fallujah", "IQ", "2015-07-26", "2", "", "",
     "Al Jazirah", "reported",
     "the coalition and army aircraft concentrated on car bombs prepared for detonation 'as it did in Fallujah' (the air "
     "strikes in the Fallujah battle, a differently named place -> own row, coded as the Ramadi strikes row; ongoing -> "
     "DCT, precision 2; alternative folded into the Ramadi row)"),
    (JZ374, "معارك عنيفة", "فيما تدور معارك عنيفة في منطقة السجر",
     BAT, CLASH, IRQ, IS, "Al Sijr, Fallujah", "IQ", "2015-07-26", "2", "", "",
     "Al Jazirah", "reported",
     "violent battles are going on in the al-Sijr area north-west of Fallujah district, amid reports that Fallujah will "
     "be stormed soon (ongoing -> DCT, precision 2; folded: the tight siege of Fallujah and the cut supply roads from "
     "Syria, the start of the Fallujah battle's third week). Not coded: the Anbar council's demand to halt the storming "
     "and the air bombardment of Fallujah for a week for tribal negotiations with ISIS (political demand; title), the "
     "planned storming if the talks fail (conditional plan), ISIS preventing 4,000 families from leaving Fallujah "
     "(folded into the executions row's frame, no act of its own)"),
    (JZ374, "لحملة إعدامات وتعذيب", "يتعرضون لحملة إعدامات وتعذيب من قِبل المتطرفين",
     VAC, "Attack", IS, "Civilians (Iraq)", "Fallujah", "IQ", "2015-07-26", "2", "", "",
     "some tribal leaders (via Al Jazirah)", "claimed",
     "some tribal leaders said the people of Fallujah are subjected to a campaign of executions and torture by the "
     "extremists, on the pretext of leaking information on their movements to the joint forces (ongoing, no day -> DCT, "
     "precision 2; no number -> fatalities empty; only the tribal leaders' assertion -> claimed; alternative no row, an "
     "undated campaign)"),
    (AY1105, "في يونيو في سوسة", "من السياح في يونيو في سوسة",
     VAC, "Attack", IS, CIVTN, "Sousse", "TN", "2015-06-01", "3", "", "",
     "Al Yaum (AFP)", "reported",
     "background: the debates take place as terrorist risk grows after the two attacks that killed 'dozens' of tourists, "
     "in June in Sousse and in March at the Bardo museum, both claimed by ISIS ('تبناهما تنظيم داعش' -> Islamic State; "
     "tourists -> Civilians (Tunisia); month known -> 1 June, precision 3; 'عشرات القتلى' for both, vague -> fatalities "
     "empty; shooting not described -> VAC/Attack as the spent Sousse rows). The article's news, the parliament's debate of "
     "the counter-terrorism bill, is legal (not coded); not coded: the 'increasing attacks in Tunisia' (generic), the 2011 "
     "revolution (old)"),
    (AY1105, "في متحف باردو", "وفي مارس في متحف باردو",
     VAC, "Attack", IS, CIVTN, "Bardo Museum, Tunis", "TN", "2015-03-01", "3", "", "",
     "Al Yaum (AFP)", "reported",
     "background: the second of the two ISIS-claimed attacks, in March at the Bardo museum (month known -> 1 March, "
     "precision 3, within 12 months of the DCT; 'Bardo Museum, Tunis' as the spent aawsat-143 row; fatalities empty, see "
     "the Sousse row)"),
    (WT796, "تفجيرا في مسجد قوة الطوارئ", "بأن هناك تفجيرا في مسجد قوة الطوارئ الخاصة بعسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-09", "3", "1", "at_least",
     "the martyr's father (via Al Watan)", "reported",
     "background (the news is the father's account of his son's martyrdom): a message told the father of the martyr "
     "Mishal al-Asiri that there was a bombing in the mosque of the Special Emergency Forces in Asir; his son was killed "
     "while praying (only 'تفجيرا' -> the generic explosive sub-type, as the spent adjudicated Asir rows of that wording; "
     "no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; the text gives "
     "no day (the son's last call was 'Wednesday evening') -> DCT, precision 3, as the spent aleqtisadiya-228 martyr row; "
     "one named death, the full toll not given -> 1 at_least)"),
    (RY825, "حادث التفجير الانتحاري", "بشدة حادث التفجير الانتحاري الجبان",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "GCC General Secretariat; Secretary-General Abdullatif al-Zayani (via Al Riyadh)", "reported",
     "background to the GCC's condemnation (the title's news): the 'cowardly suicide bombing' that targeted a mosque in "
     "the headquarters of the Special Emergency Forces in the Asir region 'yesterday' (DCT Friday 7 August -> 6 August, "
     "precision 1) while they prayed the noon prayer, killing and wounding 'a number of' Emergency Forces members and "
     "workers (vague -> fatalities empty; 'الانتحاري' -> Suicide bomb; no perpetrator named -> Unidentified armed group; "
     "Emergency Forces -> Police Forces of Saudi Arabia; the title's 'تفجير مسجد الطوارئ' is the same event). Not coded: "
     "the condemnation and the GCC's support (statements)"),
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
