"""Bookkeeping helper for annotator B of the events76 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events72/second/make_b.py.
Run: python3 /work/fresh/cur44/events76/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 76 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt (article_id, set, where, time); drawn by the set's sample script (not opened by annotator B). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015): (a) 10 whose title+text matches the generic conflict/protest word list; (b) 10 with no text filter (got, by source, a: aljazirah 2, 3alyoum 1, aawsat 1, aleqtisadiya 1, alwatan 1, alweeam 1, alyaum 1, arriyadiyah 1, okaz 1; b: alyaum 3, aljazirah 2, almadina 1, alriyadh 1, alwatan 1, alweeam 1, okaz 1).
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
A61 = "SN-aawsat-20150722-61"
WM1463 = "SN-alweeam-20150731-1463"
Y102 = "SN-3alyoum-20150725-102"
OK1253 = "SN-okaz-20150727-1253"
WT803 = "SN-alwatan-20150802-803"
JZ374 = "SN-aljazirah-20150811-374"
YM2252 = "SN-alyaum-20150721-2252"
POLTN = "Police Forces of Tunisia"
POLEG = "Police Forces of Egypt"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (A61, "احتجاجات", "واجهت أشغال بناء الجدار العازل بين تونس وليبيا احتجاجات ورفض سكان مدينة بن قردان",
     PRO, "Peaceful protest", "Protesters (Tunisia)", "", "Ben Guerdane", "TN", "2015-07-22", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "residents of Ben Guerdane, on the Libyan border, protest against the building of the border wall with Libya: they "
     "blocked the Ben Guerdane-Ras Jdir road, forced trucks to stop and unload, issued statements; unions of workers, "
     "businessmen and farmers reject the decision; young protesters call it a failure against terrorism (ongoing, no day "
     "-> DCT, precision 2; no force named -> actor2 empty). Alternative: Riots/Violent demonstration (trucks forced to "
     "unload). Not coded: the defence ministry's denial of a US listening base, the wall's construction since 10 April, "
     "the threats of IS Libya and Fajr Libya on social media to demolish the wall (threat, no action; alternative an SD "
     "row), Sarkozy's visit, the British travel warning"),
    (A61, "رفعهم شعار", "بعد توقيفهم لساعات بمركز الأمن بالمرسي (الضاحية الشمالية للعاصمة) بسبب رفعهم شعار",
     PRO, "Protest with intervention", "Protesters (Tunisia)", POLTN, "La Marsa", "TN", "2015-07-22", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "civil-society activists raised the slogan 'Dégage' ('ارحل') in the face of former French president Sarkozy in front "
     "of the hotel where he met the Nidaa Tounes party; the security forces detained them for hours at the La Marsa "
     "security post (northern suburb of the capital) and then released them (detention folded -> Protest with "
     "intervention; the hotel's place not named, the police post in La Marsa -> 'La Marsa'; no day -> DCT, precision 2)"),
    (A61, "الهجوم على متحف باردو", "وخاصة الهجوم على متحف باردو وفي المنتجع السياحي في سوسة",
     VAC, "Attack", UAG, "Civilians (Tunisia)", "Bardo Museum, Tunis", "TN", "2015-07-22", "3", "", "",
     "Tunisian newspapers (via Asharq Al-Awsat)", "reported",
     "background: the attack on the Bardo museum, among the terrorist acts Tunisia has known, carried out by elements "
     "trained in Libya (no date in this text -> DCT, precision 3; the attack was on 18 March 2015, within 12 months; no "
     "group named -> Unidentified armed group; no toll given -> fatalities empty; 'Bardo Museum, Tunis' as the spent "
     "aawsat-143 row)"),
    (A61, "وفي المنتجع السياحي في سوسة", "وخاصة الهجوم على متحف باردو وفي المنتجع السياحي في سوسة",
     VAC, "Attack", UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-07-22", "3", "", "",
     "Tunisian newspapers (via Asharq Al-Awsat)", "reported",
     "background: the attack on the tourist resort in Sousse (no date in this text -> DCT, precision 3; it was on 26 June "
     "2015; no group named -> Unidentified armed group, as the spent alriyadh-802 row; no toll given -> fatalities empty)"),
    (WM1463, "قصف نفذه الحوثيون", "قتلوا وأصيب 173 في قصف نفذه الحوثيون والموالون لصالح في دار سعد",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-19", "1", "43", "exact",
     "Yemeni Ministry of Health; Human Rights Watch", "reported",
     "background: on 19 July the Houthis and Saleh loyalists shelled Dar Saad in Aden, killing 43 and wounding 173 "
     "(ministry of health; HRW: mortar rounds killed 'dozens of civilians including children' in Dar Saad on 19 July, the "
     "deadliest such attack; residents and witnesses: the Houthis and their allies; same event -> one row with the "
     "ministry's number), as the spent aawsat-270 row of the same Reuters text. Not coded: HRW's war-crimes warning "
     "(an NGO statement, the article's news but not an actor's declaration)"),
    (WM1463, "أمطرت القوات الموالية للحوثيين", "أمطرت القوات الموالية للحوثيين مناطق مأهولة من عدن",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Aden", "YE", "2015-07-31", "3", "", "",
     "Human Rights Watch (Ole Solvang)", "reported",
     "aggregate: HRW (report released 'today Thursday' = 30 July): pro-Houthi forces fired mortar rounds and rockets "
     "indiscriminately on residential areas of Aden during the four-month war, with heavy human losses (no number -> "
     "fatalities empty; undated -> DCT, precision 3; the title's 'shelled Aden indiscriminately'; the 19 July Dar Saad attack "
     "is its own row), as the spent aawsat-270 aggregate row"),
    (WM1463, "فقد الحوثيون السيطرة على المدينة", "وبعد ذلك بقليل فقد الحوثيون السيطرة على المدينة لصالح مقاتلين محليين",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-20", "2", "", "",
     "Al Weeam (Reuters)", "reported",
     "background: 'shortly after' the 19 July shelling the Houthis lost control of the city to local fighters backed by "
     "the Saudi-led coalition and Hadi's government (-> 20 July, precision 2, as the adjudicated aawsat-270 row; coalition "
     "support folded). Not coded: the Houthis' advance from the north last year and their seizure of Sanaa (year only, "
     "2014; left out as in the spent aawsat-270 rows), the coalition's general effort (generic)"),
    (Y102, "تفجير انتحاري", "أمام تفجير انتحاري أودى بحياة 32 شخصا على الاقل في بلدة تركية",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "at_least",
     "White House statement; Ain Alyoum (Reuters)", "reported",
     "background to the Obama-Erdogan call: the suicide bombing that killed at least 32 people 'this week' in a Turkish "
     "town near the Syrian border, the bombing 'on Monday' in Suruc (DCT Saturday 25 July -> Monday 20 July; one event "
     "mentioned twice -> one row); the text sets it among the accusations about Islamic State militants and no other "
     "perpetrator -> Islamic State, as the spent Suruc rows (alternative Unidentified armed group). Not coded: the "
     "Obama-Erdogan phone call and agreement to stem the flow of foreign fighters (diplomatic), Obama's condemnation, IS's "
     "seizure of large territories in Syria and Iraq (generic, old)"),
    (OK1253, "انفجار عبوة ناسفة", "أصيب 18 شرطيا مصريا على الاقل امس في انفجار عبوة ناسفة استهدفت حافلة",
     ERV, IED, UAG, POLEG, "Al Arish", "EG", "2015-07-26", "1", "", "",
     "security and medical sources (via Okaz)", "reported",
     "at least 18 Egyptian policemen were wounded 'yesterday' (DCT Monday 27 July -> 26 July) when an explosive device "
     "targeted the bus they were riding near the city of al-Arish, North Sinai (no deaths stated -> fatalities empty; no "
     "group named -> Unidentified armed group). Not coded: the government's three-month extension of the state of "
     "emergency and curfew in parts of North Sinai, the title's news (a legal/administrative measure; alternative "
     "Strategic developments/Other), the continuing confrontations between the security forces and the extremists in "
     "North Sinai (generic)"),
    (WT803, "مصرع ستة من مقاتلي الحزب", "أكدت مصادر داخل حزب الله مصرع ستة من مقاتلي الحزب خلال المواجهات الدائرة",
     BAT, CLASH, HZB, "Syrian rebels", "Zabadani", "SY", "2015-08-02", "2", "6", "exact",
     "sources inside Hezbollah (to Al Watan)", "reported",
     "sources inside Hezbollah confirmed that six of its fighters were killed and four wounded (two critically) in the "
     "ongoing confrontations in the Syrian town of Zabadani (ongoing, no day -> DCT, precision 2; the opponent is not "
     "named -> Syrian rebels, as the spent Zabadani rows); Hezbollah officially admitted only two (Abbas Hussein "
     "Nour al-Din, Mohammed Mustafa Qansou). Not coded: the reported Iranian instructions to Hezbollah to obstruct the "
     "Salam government (political, no coercion)"),
    # ---- set b (no text filter) ----
    (JZ374, "فنصب كمين لها", "تفطنت إلى تحركات مجموعة مسلحة في جبل سمامة فنصب كمين لها",
     BAT, CLASH, POLTN, UAG, "Jebel Samama, Kasserine", "TN", "2015-08-10", "2", "1", "exact",
     "Interior Ministry spokesman Walid Louguini (via Al Jazirah)", "reported",
     "the title's news: in the last two days (DCT Tuesday 11 August -> 10 August, precision 2) the counter-terrorism forces, "
     "on intelligence, spotted an armed group moving on Jebel Samama, Kasserine governorate, on the Algerian border, and "
     "ambushed it: one 'dangerous criminal' fell and several gunmen were wounded (1 exact); folded: the army-backed sweeps "
     "still going on, the seizure of a Kalashnikov, magazines, grenades, binoculars and TNT, and the arrest of a "
     "supporting element of the group (alternatives: an SD/Other sweep row, an Arrests row); counter-terrorism forces of "
     "the interior ministry -> Police Forces of Tunisia, the army in the note. The Algerian side of the title is not in "
     "the text"),
    (YM2252, "أمطر محتج", "أمطر محتج على السويسري سيب بلاتر رئيس الاتحاد الدولي لكرة القدم",
     PRO, "Protest with intervention", "Protesters (Switzerland)", "Private Security Forces (Switzerland)", "Zurich", "CH",
     "2015-07-20", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "a protester (a British comedian) showered FIFA president Blatter with fake banknotes before his press conference "
     "'yesterday Monday' (DCT Tuesday 21 July -> 20 July) at FIFA in Zurich, over the bribery and corruption charges; "
     "security removed him and the conference was delayed ten minutes (security -> actor2; the security staff are not "
     "identified as police, kept as the force). Borderline: alternative not coded (a comedian's one-man stunt). Not "
     "coded: Blatter's announcement that he will not stand, the February 2016 election"),
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
