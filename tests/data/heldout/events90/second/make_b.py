"""Bookkeeping helper for annotator B of the events90 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur49/events90/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 90 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (its seeds, stop and commit not read by annotator B, who opened only ids.txt and texts/ in the set folder). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; selection criteria as in the earlier sets, not re-checked): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT); (b) 10 with no text filter, >=3 sources (got, by source, a: aleqtisadiya 3, alwatan 3, 3alyoum 1, aawsat 1, aljazirah 1, alriyadh 1; b: aljazirah 3, alweeam 2, alyaum 2, almadina 1, alwatan 1, okaz 1).
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
JZ400 = "SN-aljazirah-20150723-400"
WT1068 = "SN-alwatan-20150810-1068"
EQ243 = "SN-aleqtisadiya-20150802-243"
RY610 = "SN-alriyadh-20150809-610"
EQ226 = "SN-aleqtisadiya-20150802-226"
WT821 = "SN-alwatan-20150809-821"
AY11 = "SN-3alyoum-20150808-11"
WT1361 = "SN-alwatan-20150731-1361"
GRN = "Grenade"
POLBI = "Police Forces of Burundi"
CIVBI = "Civilians (Burundi)"
POLEG = "Police Forces of Egypt"
MOIEG = "Egyptian Interior Ministry (statement, via Al Watan)"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
POLTR = "Police Forces of Turkey"
TSK = "Turkish army (statement, via Al Watan)"
UNAMI = "UN Assistance Mission for Iraq (UNAMI statement) (via Al Eqtisadiya)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (JZ400, "احتجاجات شعبية", "فقد أثارت احتجاجات شعبية عمدت الشرطة إلى قمعها",
     PRO, "Excessive force against protesters", "Protesters (Burundi)", POLBI, "", "BI", "2015-04-30", "3", "", "",
     "Al Jazirah", "reported",
     "aggregate (background to the vote count): Nkurunziza's candidacy for a third term 'at the end of April' started a "
     "wave of unrest: popular protests that the police repressed 'with extreme harshness' for six weeks ('end of April' "
     "-> 30 April, precision 3, as the spent adjudicated aawsat-73 Burundi repression aggregate; harsh repression in a "
     "crisis with 80 dead -> Excessive force against protesters, as that row and the spent alriyadh-812 row, alternative "
     "Protest with intervention, no killing of protesters stated; the police named -> actor2 Police Forces of Burundi; no "
     "place -> location empty; fatalities empty: the 80 dead are the toll of the whole crisis, not of the protests)"),
    (JZ400, "محاولة انقلاب", "وأحبطت محاولة انقلاب",
     BAT, CLASH, "Mutiny of Military Forces of Burundi", "Military Forces of Burundi", "", "BI", "2015-07-23", "3", "",
     "", "Al Jazirah", "reported",
     "background: a coup attempt was foiled (actors as the spent adjudicated aawsat-129 and aljazirah-393 coup rows; "
     "the text gives no date (the real 13 May is not stated; only 'after the end of April' by the order of the "
     "narrative) -> DCT, precision 3 by the convention, alternative 2015-04-30 or May, precision 3; recent, within 12 "
     "months; no place -> location empty)"),
    (JZ400, "أعمال عنف مسلحة", "واندلعت أعمال عنف مسلحة في العاصمة وفي شمال البلاد",
     BAT, CLASH, UAG, "Military Forces of Burundi", "", "BI", "2015-07-23", "3", "", "",
     "Al Jazirah", "reported",
     "aggregate: armed violence broke out in the capital and in the north of the country (the Cibitoke/Kayanza fighting "
     "and the Bujumbura attacks; two places, one unnamed -> location empty, alternative 'Bujumbura'; unnamed armed men "
     "vs the army -> Unidentified armed group vs Military Forces of Burundi, alternative actor2 Police Forces of Burundi; "
     "no date -> DCT, precision 3). The crisis toll 'so far 80 killed' is not put here (the whole crisis, protests "
     "included; alternative 80 exact on this row). Borderline: alternative no row (a summary clause)"),
    (JZ400, "وقتل شرطي", "وقتل شرطي وعثر على مدني",
     BAT, CLASH, UAG, POLBI, "Bujumbura", "BI", "2015-07-20", "2", "1", "exact",
     "Al Jazirah", "reported",
     "'Monday night' (DCT Thursday 23 July; the night of Monday 20 to Tuesday 21 July, election day -> 20 July, "
     "precision 2, as the spent adjudicated aljazirah-393 row of the same night) a large number of grenades exploded and "
     "gunfire echoed in Bujumbura, and a policeman was killed (one row per victim, as the spent aawsat-73 and aljazirah-393 "
     "rows; killer and means not stated -> Armed clash, Unidentified armed group vs Police Forces of Burundi, as the "
     "aljazirah-393 row; the grenades and gunfire folded here, alternative an own Explosions/Grenade row, Bujumbura, "
     "actor2 empty; the election 'marred by violence' is the same night)"),
    (JZ400, "مسؤول محلي لحزب معارض", "هو مسؤول محلي لحزب معارض كما قال حزبه، مقتولاً",
     VAC, "Attack", UAG, CIVBI, "Bujumbura", "BI", "2015-07-20", "2", "1", "exact",
     "Al Jazirah; his party", "reported",
     "the same night a civilian, a local official of an opposition party according to his party, was found killed in "
     "mysterious circumstances (no killer named -> Unidentified armed group; civilian -> Civilians (Burundi); place not "
     "restated, in the sentence after Bujumbura's night -> Bujumbura, as the spent aljazirah-393 row; 20 July, precision "
     "2). Not coded: the presidential election of Tuesday, the opposition boycott, the vote count, the voters wiping the "
     "ink for fear of reprisals, the 160,000 refugees"),
    (WT1068, "انفجار عبوة ناسفة", "إثر انفجار عبوة ناسفة في إحدى المدرعات بالعريش",
     ERV, IED, UAG, POLEG, "Asyut Street, Al Arish", "EG", "2015-08-09", "2", "2", "exact",
     MOIEG, "reported",
     "the title's news: a police officer (a captain, assistant investigator of the Third Arish police station) and a "
     "conscript of the North Sinai security forces were killed and three other conscripts wounded when an IED exploded in "
     "an armoured vehicle moving on Asyut Street in the Third Arish police district, the Interior Ministry said in a "
     "statement 'yesterday' (DCT Monday 10 August; the attack's own day not stated, reported with yesterday's statement "
     "-> 9 August, precision 2); no perpetrator named -> Unidentified armed group; 'العريش' -> 'Al Arish' as the spent "
     "rows, the street as the most specific place (alternative 'Al Arish'); 2 exact"),
    (WT1068, "فجرت قوات الأمن سبع عبوات ناسفة", "في المقابل، فجرت قوات الأمن سبع عبوات ناسفة",
     SD, "Disrupted weapons use", POLEG, UAG, "Sheikh Zuweid", "EG", "2015-08-09", "2", "", "",
     MOIEG, "reported",
     "on the other hand the security forces detonated remotely seven IEDs found during their security campaign south of "
     "Sheikh Zuweid, planted by takfiri elements on the Sheikh Zuweid - al-Joura road to target the forces, without "
     "casualties (defused/destroyed devices -> Disrupted weapons use, as the spent alyaum-1159 row; 'قوات الأمن' -> Police "
     "Forces of Egypt, as the spent 9 August Sheikh Zuweid sweep rows, alternative Military Forces of Egypt; planters "
     "unnamed -> Unidentified armed group; the campaign itself folded; same statement -> 9 August, precision 2)"),
    (WT1068, "وألقي القبض عليه", "وألقي القبض عليه في مايو الماضي",
     SD, "Arrests", POLEG, "Civilians (Egypt)", "", "EG", "2015-05-01", "3", "", "",
     "Egyptian Prisons Sector (via Al Watan)", "reported",
     "background, borderline: Essam Derbala, head of the Shura council of al-Gamaa al-Islamiya, held on the charge of "
     "joining the court-banned Anti-Coup 'Alliance to Support Legitimacy', had been arrested 'last May' on a warrant of "
     "the State Security Prosecution (a political arrest -> Strategic developments/Arrests; arresting force not named -> "
     "Police Forces of Egypt; no armed role stated -> Civilians (Egypt); May -> 1 May, precision 3; no place -> location "
     "empty; alternative no row, a relative clause). Not coded: his death in al-Aqrab prison at Tora on Saturday night "
     "(illness, the Prisons Sector denies any criminal suspicion: prison conditions), the expert's comments"),
    (EQ243, "عدد القتلى المدنيين", "وأوضح البيان أن عدد القتلى المدنيين بلغ 844",
     VAC, "Attack", UAG, "Civilians (Iraq)", "", "IQ", "2015-07-01", "3", "844", "exact",
     UNAMI, "reported",
     "aggregate (the title's news): UNAMI announced 3,440 Iraqis killed or wounded in acts of violence 'during last "
     "July': 1,332 killed, of them 844 civilians (27 civilian police among them), and 488 members of the Iraqi security "
     "forces (Peshmerga and special forces included, Anbar's military operations excluded); 2,108 wounded; Baghdad the "
     "worst hit (335 killed, 756 wounded) (the same UNAMI statement as the spent adjudicated alweeam-921 rows: VAC/Attack "
     "vs Civilians (Iraq) with the civilian toll, 844 exact; the 488 security-force dead in their own row; no perpetrator "
     "in the July figures -> Unidentified armed group; no single place -> location empty; July -> 1 July, precision 3). "
     "Not coded: Kubis's remarks, ISIS's attacks 'last summer' (June 2014, generic, older than 12 months)"),
    (EQ243, "مقتل 488 عنصراً", "وأشار البيان إلى مقتل 488 عنصراً",
     BAT, CLASH, IS, "Military Forces of Iraq", "", "IQ", "2015-07-01", "3", "488", "exact",
     UNAMI, "reported",
     "aggregate: the same July toll's second figure: 488 members of the Iraqi security forces killed (Peshmerga and "
     "special-task forces among them, the Anbar military operations not counted), 492 wounded (as the spent adjudicated "
     "alweeam-921 row: Battles/Armed clash, the one conflict party named in the article -> Islamic State, alternative "
     "Unidentified armed group; July -> 1 July, precision 3; 488 exact)"),
    (RY610, "احتجاجات ضد الفساد", "ردا على احتجاجات ضد الفساد والنقص في الخدمات",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "", "IQ", "2015-08-09", "3", "", "",
     "Al Riyadh", "reported",
     "aggregate, borderline: al-Abadi announced on Sunday new reforms, among them abolishing the vice-presidents' posts, "
     "'in response to protests against corruption and the shortage of services' (the 2015 Iraqi protest wave; no place, "
     "no start day -> location empty, DCT, precision 3, as the spent adjudicated alyaum-1016 and was-1522 aggregates; no "
     "intervention described). Not coded: the reform package (cutting protection details, abolishing posts, corruption "
     "files: political), the religious authority's call (statement)"),
    (EQ226, "بقتل معلمة أمريكية", "أدينت بقتل معلمة أمريكية في أبوظبي",
     VAC, "Attack", UAG, "Civilians (United Arab Emirates)", "Abu Dhabi", "AE", "2014-12-01", "3", "1", "exact",
     "Al Eqtisadiya", "reported",
     "background, borderline: the UAE executed 'last month' an Emirati woman convicted of killing an American teacher in "
     "Abu Dhabi 'in December last' and of attempting to detonate a bomb in front of a flat in a residential building, "
     "'promoting the ideas of terrorist groups and funding a terrorist organisation' (a terror-linked killing of a "
     "civilian, within 12 months -> VAC/Attack; a lone attacker, not named -> Unidentified armed group, as the spent "
     "Jerusalem stabbing row; victim -> Civilians of the country of the event; December 2014 -> 1 December 2014, "
     "precision 3; 1 exact; the attempted bomb (no date or place) folded, alternative an own Disrupted weapons use row). "
     "Not coded: the referral of 41 defendants of the 'Shabab al-Manara' group to the Federal Supreme Court (legal "
     "action), the execution (legal), the December life sentences for joining al-Nusra and Ahrar al-Sham (legal)"),
    (WT821, "تفجير مسجد قوة طوارئ عسير", "في \"تفجير مسجد قوة طوارئ عسير\"",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-09", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background (opinion column against the 'Khawarij'): 'the bombing of the Asir Emergency Force mosque' (the 6 August "
     "attack; the column frames it by the brainwashed youth for whom 'blowing himself up is the short way to paradise' "
     "and asks for explosive detectors at mosque entrances -> Suicide bomb, as the spent aljazirah-427 column row, "
     "alternative the generic explosive sub-type; 'if it were proven that Daesh or others had a hand' -> perpetrator not "
     "established -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; no day, no toll -> "
     "DCT, precision 3, fatalities empty). Not coded: the one 'who killed his maternal uncle' and the one 'who shot his "
     "father dead' (recruits' killings of relatives with no place or date in the text), the worshippers and security men "
     "'targeted recently' (generic)"),
    (AY11, "غارة جوية", "إن إسرائيل شنت غارة جوية على معسكر تدريب",
     ERV, AIR, "Military Forces of Israel", "Hamas", "Gaza Strip", "PS", "2015-08-07", "1", "", "",
     "Palestinian medical officials; Israeli army (via Ain Alyoum)", "reported",
     "the title's news: Israel carried out an air raid on a Hamas training camp in the Gaza Strip 'today Friday' (DCT "
     "Saturday 8 August, published 06:30 UTC, the Reuters text written on Friday -> 7 August, precision 1) in response to "
     "a rocket; the army says it targeted 'a Hamas terror infrastructure' (no casualties stated; as the spent alyaum "
     "'بغارة' row of the same strike: Military Forces of Israel vs Hamas, 'Gaza Strip')"),
    (AY11, "صاروخا أطلق من قطاع غزة", "إن صاروخا أطلق من قطاع غزة سقط خارج تجمع سكاني",
     ERV, SHELL, UAG, "Civilians (Israel)", "", "IL", "2015-08-07", "1", "", "",
     "Israeli army; a small Salafi group (claim) (via Ain Alyoum)", "reported",
     "hours before the raid (7 August, precision 1) a rocket fired from the Gaza Strip fell outside an Israeli community "
     "near the Gaza border without damage or casualties, the Israeli army said; a small Salafi group, not named, said it "
     "fired it (as the spent alyaum-1042 row of the same rocket: Unidentified armed group vs Civilians (Israel), location "
     "empty, IL). Not coded: Hamas's occasional armed clashes with the Salafis (generic, no date or place)"),
    # ---- set b (no text filter) ----
    (WT1361, "فتح عناصر من حزب العمال الكردستاني النار",
     "حين فتح عناصر من حزب العمال الكردستاني النار على قافلة عسكرية",
     BAT, CLASH, PKK, TUR, "Sirnak", "TR", "2015-07-30", "1", "4", "exact",
     TSK, "reported",
     "the title's news: the Turkish army announced that three Turkish soldiers were killed 'yesterday' (DCT Friday 31 "
     "July, published 04:04 UTC -> 30 July, precision 1) when PKK members opened fire on a military convoy (an ambush on "
     "a road in the 'اكتشاي' area of Sirnak province, near the Syrian and Iraqi borders, during a security operation); "
     "drones, helicopters and commandos were sent and a 'terrorist' was killed in the clashes, operations continuing "
     "(one battle: the ambush and the ensuing clashes -> 3 soldiers + 1 militant = 4 exact, alternative 3 exact; the "
     "area's name not transliterated with confidence -> 'Sirnak', as the spent Sirnak rows)"),
    (WT1361, "حملة جوية لقصف مواقع لتنظيم داعش في سورية",
     "بعدما أطلقت تركيا حملة جوية لقصف مواقع لتنظيم داعش في سورية",
     ERV, AIR, TUR, IS, "", "SY", "2015-07-31", "3", "", "",
     "Al Watan", "reported",
     "aggregate (background): the attack is the latest in a series that came after Turkey launched an air campaign "
     "bombing ISIS positions in Syria (the ISIS and PKK targets in different countries -> two rows, as the spent "
     "alwatan-922 split; start date not stated -> DCT, precision 3; no place -> location empty, SY)"),
    (WT1361, "ولحزب العمال في شمال العراق", "ولحزب العمال في شمال العراق",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-07-31", "3", "", "",
     "Al Watan", "reported",
     "aggregate (background): the same air campaign's strikes on PKK positions in northern Iraq (own row, see the ISIS "
     "row; northern Iraq, no place -> location empty, IQ; start not stated -> DCT, precision 3)"),
    (WT1361, "مجموعة هجمات ضد القوات الأمنية", "شهد الأسبوع الماضي مجموعة هجمات ضد القوات الأمنية",
     BAT, CLASH, PKK, POLTR, "", "TR", "2015-07-24", "3", "", "",
     "Al Watan", "reported",
     "aggregate: despite the 2013 ceasefire, 'last week' saw a series of attacks against the security forces attributed "
     "to Kurdish militants (the 'series of attacks' of the previous paragraph is the same; Kurdish militants in the "
     "article's PKK frame -> PKK, alternative Unidentified armed group; 'القوات الأمنية' -> Police Forces of Turkey, as the "
     "spent aljazirah-307 attacks aggregate, alternative Military Forces of Turkey; last week -> DCT-7 = 24 July, "
     "precision 3 as an aggregate; no place -> location empty). Not coded: the 2013 ceasefire (agreement, older than 12 "
     "months)"),
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
