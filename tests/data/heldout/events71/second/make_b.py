"""Bookkeeping helper for annotator B of the events71 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events68/second/make_b.py.
Run: python3 /work/fresh/cur42/events71/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 71 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2934/2935, drawn at the start of stop 42, main 7711387, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2934).shuffle, walked in order; (b) 10 with no text filter: random.Random(2935).shuffle, walked in order, >=3 sources (got, by source, a: aleqtisadiya 2, aljazirah 2, alwatan 2, aawsat 1, almadina 1, alriyadh 1, alweeam 1; b: alwatan 4, aawsat 1, aleqtisadiya 1, aljazirah 1, almadina 1, alriyadh 1, sabq 1).
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
EQ345 = "SN-aleqtisadiya-20150802-345"
MD1357 = "SN-almadina-20150806-1357"
JZ746 = "SN-aljazirah-20150806-746"
RY808 = "SN-alriyadh-20150808-658"
JZ396 = "SN-aljazirah-20150723-396"
EQ297 = "SN-aleqtisadiya-20150810-297"
RY802 = "SN-alriyadh-20150802-658"
WT1359 = "SN-alwatan-20150731-1359"
WT880 = "SN-alwatan-20150723-880"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (EQ345, "وافقت مصر، أمس، على تمديد مشاركتها العسكرية", "وافقت مصر، أمس، على تمديد مشاركتها العسكرية في التحالف العربي",
     "Statement", "", "Government of Egypt", HOU, "", "EG", "2015-08-01", "1", "", "",
     "Egyptian presidency statement (via AFP, Al Eqtisadiya)", "reported",
     "the title's news: 'yesterday' (DCT Sunday 2 August -> 1 August) Egypt's National Defence Council approved extending "
     "the participation of the needed elements of the Egyptian armed forces in the 'combat mission' in the Gulf, the Red "
     "Sea and Bab al-Mandab within the Arab coalition in Yemen, for up to six more months (an official declaration "
     "continuing a military operation that is the article's news -> Statement, as the spent aawsat-104 'will extend its "
     "air campaign' row; the coalition fights the Houthis -> actor2 Houthis; the presidency statement gives no place -> "
     "location empty, EG). Not coded: the earlier extension for three months in early May (an older declaration, not the "
     "news; alternative a background Statement 2015-05-01 precision 3), Sisi's priority of securing Bab al-Mandab "
     "(commentary). Borderline: alternative no row (a policy decision)"),
    (EQ345, "الحملة الجوية العسكرية التي تقودها السعودية منذ 26", "وتشارك مصر في الحملة الجوية العسكرية التي تقودها السعودية منذ 26 آذار",
     ERV, AIR, COAL, HOU, "", "YE", "2015-03-26", "3", "", "",
     "Al Eqtisadiya", "reported",
     "aggregate: Egypt takes part in the Saudi-led air campaign since 26 March against the Houthi rebels (ongoing "
     "campaign, recent background, dated at its start, precision 3, as the spent almadina-644, alriyadh-547 and "
     "aljazirah-461 rows; no place -> location empty, YE)"),
    (MD1357, "خطف في القاهرة الشهر الماضي", "بإعدام كرواتي خطف في القاهرة الشهر الماضي",
     VAC, ABD, IS, "Civilians (Egypt)", "Cairo", "EG", "2015-07-22", "1", "", "",
     "Al Madina (the hostage Tomislav Salopek in the ISIS video for the day and the perpetrator)", "reported",
     "a Croatian (Tomislav Salopek, employee of the Cairo branch of the French company CGG) kidnapped in Cairo 'last "
     "month'; in the video he says 'the soldiers of the caliphate of ISIS captured me on Wednesday 22 July 2015' (-> 22 "
     "July, precision 1; the title's 'خطفه في مصر' and 'أسروني' are the same event -> one row; the Egyptian branch, "
     "'Wilayat Sinai' (formerly Ansar Bayt al-Maqdis) -> Islamic State, as the spent SN Sinai rows; a foreign civilian "
     "in Egypt -> Civilians (Egypt) by the country-of-event rule; the kidnapping is stated as fact and the group shows "
     "him as its captive -> reported). The threat is its own row (a differently dated step)"),
    (MD1357, "هدد الفرع المصري لتنظيم داعش", "هدد الفرع المصري لتنظيم داعش أمس الأربعاء بإعدام كرواتي",
     "Statement", "", IS, "Government of Egypt", "", "EG", "2015-08-05", "1", "", "",
     "ISIS's Egyptian branch (online video, via Al Madina)", "reported",
     "the title's news: 'yesterday Wednesday' (DCT Thursday 6 August -> 5 August) ISIS's Egyptian branch threatened in a "
     "video posted online to execute the Croatian hostage within 48 hours unless the Egyptian government frees "
     "'Muslim women' prisoners (a coercive threat that is the article's news -> Statement; the demand is addressed to the "
     "Egyptian government -> actor2; posted online, no place -> location empty, EG). Borderline: alternative fold the "
     "threat into the abduction row, as the spent BB-830 Sweida row. Not coded: the Croatian foreign ministry's "
     "statement in Zagreb (diplomatic)"),
    (JZ746, "تفجير إرهابي", "إلى تفجير إرهابي خلال صلاة الجمعة",
     ERV, SUI, UAG, "Civilians (Kuwait)", "Al Sawaber, Kuwait City", "KW", "2015-06-26", "1", "26", "exact",
     "Al Jazirah", "reported",
     "background (the news is the start of the trial of the 29 accused, legal): the Imam al-Sadiq mosque in the "
     "al-Sawaber area of Kuwait City was hit by a terrorist bombing during Friday prayer in Ramadan on 26 June, 26 killed "
     "and 227 wounded; 'the suicide bomber who blew himself up inside the mosque' -> Suicide bomb (the title's 'بتفجير "
     "مسجد الإمام الصادق' and the later mentions are the same event -> one row); no group named in this text -> "
     "Unidentified armed group, as the spent alyaum-983 and alweeam-957 rows of the same wire text; worshippers -> "
     "Civilians (Kuwait)"),
    (JZ746, "ألقت القبض على السائق", "ألقت القبض على السائق الذي أوصل الانتحاري",
     SD, "Arrests", "Police Forces of Kuwait", UAG, "Ar Riqqa", "KW", "2015-06-26", "2", "", "",
     "Al Jazirah", "reported",
     "background: after the bombing the security services arrested the driver who took the suicide bomber to the mosque, "
     "a resident without legal status hiding in a house in the al-Riqqa area, and then the vehicle's owner and the other "
     "partners and accomplices (one row for the chain of arrests, as the spent alyaum-983/alweeam-957 rows; in Kuwait -> "
     "Police Forces of Kuwait; suspects, no group named -> Unidentified armed group; 'عقب وقوع التفجير', no day -> 26 "
     "June, precision 2). Not coded: the trial, the 14 July indictment and the remand orders (legal), the two fugitives "
     "'caught in Saudi Arabia' (no date; alternative an Arrests row Police Forces of Saudi Arabia, SA)"),
    (RY808, "بخطف نحو 230 مدنياً", "قام عناصر تنظيم داعش بخطف نحو 230 مدنياً",
     VAC, ABD, IS, "Civilians (Syria)", "Al Qaryatayn", "SY", "2015-08-05", "2", "", "",
     "Syrian Observatory for Human Rights, Rami Abdulrahman (via Al Riyadh)", "reported",
     "the title's news: ISIS members kidnapped about 230 civilians, at least 60 of them Christians (170 Sunnis and more "
     "than 60 Christians, accused of spying for the regime), during a raid on the town of al-Qaryatayn (Homs province) "
     "that they took on Wednesday, SOHR said 'yesterday' (the title's 'يختطف 230 سورياً' and 'قامت داعش بخطف 170 سنيا' "
     "are the same event -> one row; folded: the arrest of whole families who meant to flee; day of the kidnapping not "
     "stated, on or after the Wednesday capture -> 5 August, precision 2; no one killed)"),
    (RY808, "التي استولوا عليها الاربعاء", "لمدينة القريتين التي استولوا عليها الاربعاء",
     BAT, NSO, IS, "", "Al Qaryatayn", "SY", "2015-08-05", "1", "", "",
     "Syrian Observatory for Human Rights, Rami Abdulrahman (via Al Riyadh)", "reported",
     "background: ISIS took the town of al-Qaryatayn on Wednesday (DCT Saturday 8 August -> 5 August, precision 1; the "
     "lead's 'بعد استيلائهم على احدى البلدات' and 'هجوم تنظيم داعش عليها' are the same event -> one row; the text names no "
     "defender -> actor2 empty, as the spent adjudicated Sanaa and al-Anad rows)"),
    (RY808, "التي سيطر التنظيم المتطرف عليها في 21 مايو", "مدينة تدمر الأثرية التي سيطر التنظيم المتطرف عليها في 21 مايو",
     BAT, NSO, IS, "", "Palmyra", "SY", "2015-05-21", "1", "", "",
     "Al Riyadh (SOHR)", "reported",
     "background: the ancient city of Palmyra, which the extremist group took on 21 May (within 12 months of the DCT; the "
     "later 'بعد ان استولى التنظيم على مدينة تدمر الاثرية' is the same event; no defender named -> actor2 empty)"),
    (RY808, "بخطف رئيس دير مار اليان", "وقام ثلاثة مقنعين في مايو بخطف رئيس دير مار اليان",
     VAC, ABD, UAG, "Civilians (Syria)", "Al Qaryatayn", "SY", "2015-05-01", "3", "", "",
     "Al Riyadh (SOHR)", "reported",
     "background: in May three masked men kidnapped the head of the Mar Elian monastery in the town, after ISIS took "
     "Palmyra (May -> 1 May, precision 3; kidnappers not named -> Unidentified armed group; a monk -> Civilians (Syria); "
     "the monastery is 'in the city' -> Al Qaryatayn). Not coded: the protest movement of mid-March 2011 (older than 12 "
     "months), the population figures"),
    (JZ396, "مع هبوط طائرة عسكرية سعودية", "أعيد فتح مطار عدن أمس الأربعاء مع هبوط طائرة عسكرية سعودية",
     SD, "Other", "Military Forces of Saudi Arabia", "", "Aden Airport, Aden", "YE", "2015-07-22", "1", "", "",
     "Yemeni Transport Minister Badr Mohammed Basalmah (via Al Jazirah)", "reported",
     "the title's news: Aden airport reopened 'yesterday Wednesday' (DCT Thursday 23 July -> 22 July) with the landing "
     "of a Saudi military plane, the first in almost four months (the later 'الطائرة التي هبطت يوم أمس الأربعاء' is the "
     "same event -> one row; as the spent sabq-1518 and alweeam-1527 Saudi-plane rows: Strategic developments/Other). "
     "Not coded: the aid planes expected in the next two days (planned relief, not conflict)"),
    (JZ396, "من السيطرة على مطار عدن", "الأسبوع الماضي من السيطرة على مطار عدن وعلى أجزاء من المدينة الجنوبية",
     BAT, GRT, YR, HOU, "Aden Airport, Aden", "YE", "2015-07-16", "2", "", "",
     "Al Jazirah (AFP)", "reported",
     "background: 'last week' (DCT 23 July - 7 -> 16 July, precision 2) the 'popular resistance' fighters loyal to Hadi "
     "took Aden airport and parts of the southern city after violent battles with the Houthi rebels and the forces of "
     "ex-president Saleh (the earlier 'الذي تم استعادته الأسبوع الماضي القوات الموالية للحكومة بعد معارك عنيفة' is the "
     "same event -> one row; the battles and the parts of the city folded; Saleh's forces in this note; alternative a "
     "separate 'Aden' GRT row for the parts of the city)"),
    (JZ396, "عملية عسكرية جوية", "وأطلق التحالف العربي في 26 آذار/مارس عملية عسكرية جوية",
     ERV, AIR, COAL, HOU, "", "YE", "2015-03-26", "3", "", "",
     "Al Jazirah (AFP)", "reported",
     "aggregate: on 26 March the Arab coalition launched an air military operation to stop the Houthis taking the whole "
     "country (ongoing campaign, recent background, dated at its start, precision 3, as the spent almadina-644 row)"),
    (JZ396, "سيطروا على صنعاء", "بعد أن سيطروا على صنعاء في أيلول/سبتمبر 2014",
     BAT, NSO, HOU, "", "Sanaa", "YE", "2014-09-01", "3", "", "",
     "Al Jazirah (AFP)", "reported",
     "background: the Houthis took Sanaa in September 2014 (within 12 months of the DCT 23 July 2015 -> 1 September 2014, "
     "precision 3; no defender named -> actor2 empty, as the spent adjudicated almadina-644 row)"),
    (EQ297, "التفجير الإرهابي الذي طال مسجد", "في التفجير الإرهابي الذي طال مسجد قوات الطوارئ في أبها",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-10", "3", "", "",
     "Al Eqtisadiya (opinion column)", "reported",
     "background in an opinion column (the news is the writer's reflection on radicalisation): the terrorist bombing "
     "that hit the mosque of the Emergency Forces in Abha, with 'victims' among the soldiers (no number -> fatalities "
     "empty; only 'التفجير' and 'the killer' with his 'message', no 'suicide' -> the generic explosive sub-type, as the "
     "spent okaz-1401/alriyadh-722 rows; no perpetrator named -> Unidentified armed group; the soldiers of the Emergency "
     "Forces -> Police Forces of Saudi Arabia; the column gives no day -> DCT, precision 3, as the spent alriyadh-796 "
     "and alriyadh-663 column rows; 'الحادثة' later is the same event)"),
    # ---- set b (no text filter) ----
    (RY802, "بشظايا مقذوف عسكري", "الذي استشهد نتيجة إصابته بشظايا مقذوف عسكري من داخل الأراضي اليمنية",
     ERV, "Shelling/artillery/missile attack", UAG, "Police Forces of Saudi Arabia", "Al Tuwal", "SA", "2015-08-02", "2",
     "1", "exact",
     "Al Riyadh", "reported",
     "background (the news is the funeral prayer 'today' after the afternoon prayer, DCT 2 August, and the condolences): "
     "Khalid bin Musawa Hamdi of the Mujahideen force, al-Tuwal sector (Jazan region), was killed by shrapnel of a "
     "military projectile from inside Yemeni territory (no attacker named -> Unidentified armed group, alternative "
     "Houthis; the Mujahideen force belongs to the Interior Ministry -> Police Forces of Saudi Arabia; no day, bounded by "
     "the funeral -> DCT, precision 2; 1 exact; as the spent aljazirah-506 row of the same death). Folded: Mohsen "
     "al-Dosari of the same force and sector, wounded when his patrol was hit by shrapnel of a projectile from Yemen (as "
     "the adjudicated spent aljazirah-506 row; alternative own row)"),
    (WT1359, "إحباط تهريب كمية من المواد المتفجرة", "وآخر هذه العمليات إحباط تهريب كمية من المواد المتفجرة",
     SD, "Disrupted weapons use", "Police Forces of Bahrain", "", "", "BH", "2015-07-24", "2", "", "",
     "Bahraini Ministry of Interior (a senior security source and Maj. Gen. Tariq al-Hassan, to Al Watan)", "reported",
     "background (the news is the security source's hypotheses on the cell's targets): the terrorist cell arrested "
     "'last week' (DCT Friday 31 July - 7 -> 24 July, precision 2) after foiling the smuggling by sea of highly dangerous "
     "explosives, weapons and ammunition: the two arrested received four bags at sea from a boat, threw the cargo into "
     "the sea on seeing a helicopter, and the coast guard recovered about 43 kg of C4, eight Kalashnikovs, 32 magazines "
     "and detonators (seizure of explosives -> Disrupted weapons use, the two arrests folded, as the spent Bahrain "
     "rows of the same seizure, 3alyoum-230, alyaum-1070, aljazirah-812; alternative own Arrests row; interior ministry "
     "-> Police Forces of Bahrain; smugglers trained by the IRGC but not named as a group -> actor2 empty; at sea, no "
     "place -> location empty). Not coded: the first detainee's training in IRGC camps in August 2013 (older than 12 "
     "months), the possible targets (refineries, King Fahd Causeway: hypotheses)"),
    (WT1359, "التفجير الإرهابي الذي وقع الثلاثاء الماضي", "التفجير الإرهابي الذي وقع الثلاثاء الماضي في منطقة سترة",
     ERV, IED, UAG, "", "Sitra", "BH", "2015-07-28", "1", "", "",
     "Al Watan", "reported",
     "background: the terrorist bombing that took place 'last Tuesday' in the Sitra area of Bahrain (DCT Friday 31 July "
     "-> 28 July, precision 1); the security chief: too early to say whether Iran or ISIS is linked (no perpetrator "
     "named -> Unidentified armed group; only 'التفجير' -> generic explosive sub-type, as the spent Sitra rows; this text "
     "names no victims and no toll -> actor2 and fatalities empty; alternative Police Forces of Bahrain, 2 exact, from "
     "the spent rows' texts)"),
    (WT880, "واستولى على أراض زراعية", "واستولى على أراض زراعية كانت خالية من أي وجود مسلح",
     SD, "Non-violent transfer of territory", HZB, "", "Arsal", "LB", "2015-07-23", "3", "", "",
     "Arsal mayor Ali al-Hujairi (press statements, via Al Watan)", "claimed",
     "the title's news ('Arsal residents: Hezbollah occupied our land'): the mayor says Hezbollah entered the areas empty "
     "of gunmen between the borders of Arsal, Nahla and Younin and seized farmland with no armed presence (control taken "
     "with no fighting -> Non-violent transfer of territory; alternative Government regains territory, as the spent "
     "Hezbollah rows; only the mayor's account -> claimed; Lebanese land on Arsal's borders -> Arsal, LB; no day -> DCT, "
     "precision 3). Not coded as its own row: Hezbollah's claims of battles with Jabhat al-Nusra in Qalamoun and of "
     "taking land from it, which the mayor says never happened (alternative a denied Battles row Hezbollah vs Jabhat "
     "al-Nusra, Qalamoun Mountains, SY), the trial of 175 Hezbollah deserters (internal discipline)"),
    (WT880, "خاض معركة لم تدم طويلا", "وعندما وصل إلى مناطق نفوذ المسلحين، خاض معركة لم تدم طويلا",
     BAT, CLASH, HZB, UAG, "Arsal", "LB", "2015-07-23", "3", "", "",
     "Arsal mayor Ali al-Hujairi (press statements, via Al Watan)", "claimed",
     "the mayor: when Hezbollah reached the gunmen's areas of influence it fought a short battle, lost many killed and "
     "wounded, stopped fighting and went back to the farmland ('كثير من القتلى' -> fatalities empty; the gunmen are not "
     "named (the mayor denies any battle with Nusra) -> Unidentified armed group, alternative Jabhat al-Nusra or Syrian "
     "rebels; in Arsal's barrens -> Arsal, LB; no day -> DCT, precision 3; only the mayor's account -> claimed). Not "
     "coded: the 'sources' on rising Hezbollah deaths pushing fighters to desert (generic)"),
    (WT880, "تظاهر أهالي العسكريين اللبنانيين المختطفين", "تظاهر أهالي العسكريين اللبنانيين المختطفين لدى جبهة النصرة وتنظيم داعش",
     PRO, "Peaceful protest", "Protesters (Lebanon)", "", "Beirut", "LB", "2015-07-23", "2", "", "",
     "Al Watan", "reported",
     "the families of the Lebanese soldiers held by Jabhat al-Nusra and ISIS demonstrated in the streets of Beirut, "
     "demanding more serious steps to free their sons (no day -> DCT, precision 2; no intervention -> Peaceful protest, "
     "actor2 empty). Not coded: the soldiers' capture (undated in this text; the spent alyaum-2141 row dates it to 2 "
     "August 2014), the families' Eid visit last week, Abu Malik al-Talli's offer and the stalled negotiations"),
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
