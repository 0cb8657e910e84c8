"""Bookkeeping helper for the events58 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events56/addrows.py (itself from events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur38/events58/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 58 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events58/sample.py ("This set: events58, seeds 2892 / 2893, drawn at the start of stop 38 (5cbb360), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2892).shuffle, walked in order; (b) 10 with no text filter, random.Random(2893).shuffle, >=3 sources (got, by source, a: aljazirah 3, aawsat 2, 3alyoum 1, alriyadh 1, alwatan 1, alweeam 1, alyaum 1; b: aljazirah 3, alweeam 2, 3alyoum 1, aleqtisadiya 1, alriyadh 1, alyaum 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 33 rows): detection F1 0.969 before (31 matched of 31 A / 33 B rows, P 0.939, R 1.000; "
       "no A-only row, 2 B-only rows; both gave rows to the same 6 articles and left the same 14 empty; event_type, sub_event_type, actor1, actor2, location_country, fatalities and fatalities_qualifier agreed 31/31, location 30/31, event_date 30/31, time_precision 27/31, reported_as 23/31); "
       "2 rows added from B (alwatan-2172: the spokesman's claimed capture of all of Lahij governorate, as the spent events40 'Lahij' row; the two-day siege of Jabal al-Arous, an Armed clash at a differently named place, first folded into the Taiz battle); no row dropped; "
       "10 field values changed to B's: aawsat-151 Sabr shelling event_date 2 August (first 3 August) and claimed, Sanah shelling claimed, al-Dhale repelled attacks claimed (all three only inside a party source's 'أن/إن' clause); Dofas and al-Kawd captures precision 3 (first 2); "
       "alwatan-2172 al-Anad background capture precision 3 (first 2; as the spent undated background captures); the Taiz airdrop and the Jabal al-Arous air strikes claimed (inside the resistance sources' clauses); aljazirah-389 precision 2 (first 1; 'yesterday Tuesday' may date the announcement); "
       "4 values kept against B: reported for the Military Hospital, Special Forces camp and Zayed Park strikes (the 'كما شنت المقاتلات' sentence has no reporting verb), and the location '15th Brigade Camp, Zinjibar' (the camp the text names); "
       "every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
GRT = "Government regains territory"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
AWS151 = "SN-aawsat-20150803-151"
WAT2172 = "SN-alwatan-20150806-2172"
AWS390 = "SN-aawsat-20150806-390"
JAZ389 = "SN-aljazirah-20150722-389"
WEEAM1734 = "SN-alweeam-20150724-1734"
YAUM2516 = "SN-alyaum-20150806-2516"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    # Yemen round-up (aawsat-151, DCT Monday 3 August; 'أمس الأحد' = 2 August)
    (AWS151, "تجهيزات عسكرية مقدمة", "وصلت أمس الأحد تجهيزات عسكرية مقدمة من دول التحالف",
     SD, "Other", SLC, "", "Aden", "YE", "2015-08-02", "1", "", "",
     "Asharq Al-Awsat; a military source", "reported",
     "'yesterday Sunday' (DCT Monday 3 August -> 2 August) military equipment provided by the coalition states arrived "
     "to support the army in Aden: dozens of tanks, troop carriers and armoured vehicles, for the army units being equipped "
     "in Aden's districts (troop and materiel deployment -> Strategic developments/Other, as the spent events18 sabq-1518 "
     "and events37 alriyadh-748 arrival rows; 'دول التحالف' -> Saudi-led coalition; the recipient not an opponent -> "
     "actor2 empty). Borderline: alternative not coded (an arms delivery). The Leclerc tanks received by the resistance "
     "and army in Lahij 'in the past two days' are folded (same delivery, 'these weapons that arrived in the past two days')"),
    (AWS151, "وضربت أوكار ميليشيات الحوثي", "والتي دخلت في خط المواجهات وضربت أوكار ميليشيات الحوثي في منطقة صبر بلحج",
     ERV, SHELL, YR, HOU, "Sabr, Lahij", "YE", "2015-08-02", "2", "", "",
     "a military source (to Asharq Al-Awsat)", "claimed",
     "the Leclerc tanks received by the popular resistance and the national army in Lahij entered the front line and hit "
     "the dens of the Houthi militias in the Sabr area of Lahij (tank fire on positions -> Shelling/artillery/missile "
     "attack, alternative Armed clash; resistance named first -> Yemeni Resistance, the army in the note; 'in the past two "
     "days', no day, told with the Sunday arrival -> adjudicated, as B: 2 August, precision 2, first DCT 3 August; only "
     "inside the military source's 'وأوضح أن' -> adjudicated, as B: claimed, first reported)"),
    (AWS151, "استؤنفت مجددا", "عملية «السهم الذهبي» التي حررت عدن، استؤنفت مجددا، أمس",
     "Statement", "", YR, HOU, "", "YE", "2015-08-03", "2", "", "",
     "a prominent leader of the resistance in south Yemen (to Asharq Al-Awsat)", "reported",
     "the title's news ('انطلاق «السهم الذهبي» لتحرير أبين ولحج'): a prominent resistance leader told the paper that the "
     "'Golden Arrow' operation that liberated Aden resumed 'yesterday' to liberate Abyan and Lahij from the Houthi "
     "militias and Saleh's forces, and has 'entered the implementation phase' (announcement of an operation start that is "
     "the article's news -> Statement, as the spent events23 okaz-1902 rebels' statement and the Turkish 'soon' rows; the "
     "declaration's own day not stated -> DCT, precision 2; no place where it was made -> location empty). Alternative: "
     "not a row of its own, the operation's fighting being coded in the Abyan and Lahij rows"),
    (AWS151, "مصرعهم على يد المقاومة الشعبية", "مصرعهم على يد المقاومة الشعبية في محافظة البيضاء",
     BAT, CLASH, YR, HOU, "Al Bayda", "YE", "2015-08-02", "1", "", "",
     "local sources (to Asharq Al-Awsat)", "reported",
     "'yesterday' (2 August) dozens of Houthi militia members were killed by the popular resistance in al-Bayda governorate: "
     "the resistance intercepted reinforcements on their way from the northern governorates to Abyan, destroyed a number "
     "of military vehicles in the ambush and then attacked the force (ambush + attack -> one Armed clash row; 'العشرات' -> "
     "fatalities empty; governorate only -> 'Al Bayda')"),
    (AWS151, "مواجهات مسلحة عنيفة", "وتشهد أبين مواجهات مسلحة عنيفة بين القوات الموالية لهادي",
     BAT, CLASH, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-03", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "Abyan sees violent armed clashes between the forces loyal to Hadi and the Houthis and Saleh's forces; Hadi's forces and "
     "the resistance seek to regain Zinjibar, the governorate's capital, and are on its outskirts (the clashes placed at "
     "Zinjibar, the place the sentence names; pro-Hadi forces -> Yemeni Resistance, as the spent almadina-644 'القوات "
     "الموالية' row; ongoing, no day -> DCT, precision 2). Folded: the popular resistance's attack on the (Saleh-loyal) "
     "15th Brigade camp in Zinjibar that coincided with the coalition strikes (same place, same days); the coalition "
     "strikes on the camp have their own row. Not coded: the reinforcements sent from Aden towards Abyan (movement)"),
    (AWS151, "دوفس", "بعد تحرير منطقتي دوفس والكود من عناصر الميليشيات",
     BAT, GRT, YR, HOU, "Dofas, Abyan", "YE", "2015-08-03", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: Hadi's forces are on Zinjibar's outskirts 'after liberating the Dofas and al-Kawd areas' from the "
     "militias (two named areas -> two rows, one location per row, as the spent almadina-644 Ibb captures; a background "
     "capture with no day -> DCT, adjudicated, as B: precision 3, as the spent undated background captures (events23 "
     "aawsat-72 and events45 aawsat-118 'after its liberation'), first precision 2; 'Dofas' as the spent events19 'Wadi "
     "Dofas')"),
    (AWS151, "والكود", "بعد تحرير منطقتي دوفس والكود من عناصر الميليشيات",
     BAT, GRT, YR, HOU, "Al Kawd, Abyan", "YE", "2015-08-03", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the liberation of the al-Kawd area, the second of the two areas (see the Dofas row; DCT, adjudicated, as "
     "B: precision 3, first 2)"),
    (AWS151, "المعاركة محتدمة", "ما زالت المعاركة محتدمة في جبهة مديرية لودر",
     BAT, CLASH, YR, HOU, "Lawdar, Abyan", "YE", "2015-08-03", "2", "", "",
     "Asharq Al-Awsat; a resistance source in Abyan", "reported",
     "the battle is still raging on the Lawdar district front; a resistance source in Abyan: the southern popular "
     "resistance in Lawdar continues its advance on the Abyan fronts, after fierce battles against the militias and "
     "Saleh's forces, cleared some positions and was about to liberate Lawdar city (advance, battles and cleared positions "
     "folded into one ongoing battle row; no day -> DCT, precision 2; 'لودر' -> 'Lawdar, Abyan', as the spent rows). "
     "Not coded: the coordination with the coalition to control the coastal road (aim), the Houthi reinforcements via "
     "al-Bayda (movement)"),
    (AWS151, "قصفت ميليشيات الحوثي", "دبابات المقاومة الشعبية الجنوبية في الضالع قصفت ميليشيات الحوثي",
     ERV, SHELL, YR, HOU, "Sanah, Ad Dali", "YE", "2015-08-03", "2", "", "",
     "popular resistance sources (to Asharq Al-Awsat)", "claimed",
     "on the al-Dhale front the southern popular resistance's tanks shelled the Houthi and Saleh militias trying to reach "
     "the border strip of Sanah, inflicting losses in equipment and lives, 'for the fourth time in 3 days' (tank fire -> "
     "Shelling/artillery/missile attack; the four shellings of the same target in 3 days -> one row; 'خسائر في الأرواح' -> "
     "fatalities empty; 'Sanah, Ad Dali' as the spent events29 row; no day -> DCT, precision 2; only in the resistance "
     "sources' 'قالت ... إن' -> adjudicated, as B: claimed, first reported). Not coded: the Houthi "
     "mobilisation towards Qatabah 'for two days' (movement)"),
    (AWS151, "صدت المقاومة", "صدت المقاومة في الضالع سلسلة هجمات كبيرة للحوثيين",
     BAT, CLASH, HOU, YR, "Ad Dali", "YE", "2015-08-03", "2", "", "",
     "popular resistance sources (to Asharq Al-Awsat)", "claimed",
     "'during the past days' the resistance in al-Dhale repelled a series of big attacks by the Houthis seeking to enter "
     "the city (attacker -> actor1 Houthis, as the spent 'وصدت المقاومة' row; a series of repelled attacks on one city in "
     "the past days -> one row; the city -> 'Ad Dali'; 'past days' -> DCT, precision 2; the clause is chained, with commas, "
     "to the resistance sources' 'قالت ... إن' sentence -> adjudicated, as B: claimed, first reported). Borderline: "
     "alternative folded into the Sanah shelling row (same front)"),
    (AWS151, "غاراته على قاعدة العند", "كثف طيران التحالف، أمس، غاراته على قاعدة العند العسكرية",
     ERV, AIR, SLC, HOU, "Al Anad Air Base", "YE", "2015-08-02", "1", "", "",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "'yesterday' (2 August) the coalition air force intensified its strikes on the strategic al-Anad military base in "
     "Lahij, north of Aden; the strikes destroyed camouflaged stores and hideouts set up by the Houthis (folded; 'Al Anad "
     "Air Base' as the spent rows)"),
    (AWS151, "لحصار مطبق", "التي تخضع لحصار مطبق من قبل المقاومة الشعبية",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "2", "", "",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "the al-Anad base has been under a tight siege by the popular resistance and the military forces loyal to Hadi 'for a "
     "few days', after fierce battles around the base with the Houthi militias and Saleh's forces (siege + battles -> one "
     "Armed clash row, as the spent events32 aawsat-272 al-Anad siege row; resistance named first -> Yemeni Resistance; "
     "ongoing, no day -> DCT, precision 2)"),
    (AWS151, "تواصل المقاومة تقدمها ببطء", "وفي الحوطة، عاصمة لحج، تواصل المقاومة تقدمها ببطء نحو المدينة",
     BAT, CLASH, YR, HOU, "Al Hawtah, Lahij", "YE", "2015-08-03", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "in al-Hawtah, capital of Lahij, the resistance continues its slow advance towards the city, focusing on clearing the "
     "areas around the city of snipers (ongoing advance against the Houthis' snipers -> Armed clash, no capture stated; "
     "no day -> DCT, precision 2; 'Al Hawtah, Lahij' as the spent rows)"),
    (AWS151, "غارات على معسكر اللواء 15", "كما شنت طائرات التحالف العربي غارات على معسكر اللواء 15 في زنجبار",
     ERV, AIR, SLC, HOU, "15th Brigade Camp, Zinjibar", "YE", "2015-08-02", "2", "", "",
     "popular resistance sources (to Asharq Al-Awsat)", "reported",
     "the Arab coalition aircraft also struck the camp of the 15th Brigade in Zinjibar, Abyan; the strike destroyed several "
     "military vehicles carrying weapons and ammunition to the rebels, and caused the death and wounding of 'dozens' of "
     "rebels ('عشرات' -> fatalities empty); the camp is loyal to ex-president Saleh (Saleh's forces -> Houthis, as the spent "
     "rows); 'كما' continues the paragraph of 'yesterday's' al-Anad strikes -> 2 August, precision 2 (the day is not "
     "restated); location '15th Brigade Camp, Zinjibar' kept against B's 'Zinjibar, Abyan': the text names the camp "
     "('معسكر اللواء 15 في زنجبار'), written 'Place, City' as the spent 'Al Hamza Camp, Ibb' and 'Labouza Camp, Lahij' "
     "rows; the spent events33 sabq-3187 text named only the brigade's 'positions')"),
    # Yemen (alwatan-2172, DCT Thursday 6 August; 'بالأمس'/'أمس' = 5 August)
    (WAT2172, "استردها الثوار", "بقاعدة العند الجوية التي استردها الثوار من ميليشيات الحوثي",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-06", "3", "", "",
     "Al Watan", "reported",
     "background: the al-Anad air base, which the revolutionaries (the popular resistance) regained from the Houthi militias "
     "and Saleh's remnants; the resistance is still combing the area around it (folded; 'the combing of the pockets in "
     "al-Anad is nearly over', folded) ('في أعقاب استعادتها قاعدة العند' later: the same capture; no day, just before "
     "'yesterday's' al-Hawtah capture -> DCT, adjudicated, as B: precision 3, as the spent undated al-Anad rows "
     "(events28 alwatan-1032, events40 almadina-580), first precision 2)"),
    (WAT2172, "سيطرت المقاومة أمس على الحوطة", "يأتي ذلك، بعد أن سيطرت المقاومة أمس على الحوطة",
     BAT, GRT, YR, HOU, "Al Hawtah, Lahij", "YE", "2015-08-05", "1", "", "",
     "Al Watan", "reported",
     "'yesterday' (DCT 6 August -> 5 August) the resistance took control of al-Hawtah, capital of Lahij north of Aden, and "
     "the surrounding areas, after regaining al-Anad (the lead's 'بعد سقوط عاصمتها، مدينة الحوطة' is the same capture -> "
     "one row). Folded: the resistance spokesman's 'the combing of al-Hawtah is nearly over'; his announcement that the "
     "revolutionaries control all of Lahij governorate has its own row (adjudicated, added from B). Not coded: the preparations to expel the Houthis from "
     "Taiz and the thousands of fighters who reached the city (movement), Hadi's pledge to advance on al-Dhale and Taiz "
     "(intention)"),
    (WAT2172, "بسط الثوار سيطرتهم", "علي الأحمدي بسط الثوار سيطرتهم على كامل محافظة لحج",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-06", "2", "", "",
     "Popular Resistance spokesman Ali al-Ahmadi (via Al Watan)", "claimed",
     "adjudicated, added from B (first folded into the al-Hawtah row): the popular resistance spokesman Ali al-Ahmadi "
     "announced that the revolutionaries extended their control over the whole of Lahij governorate (governorate-level "
     "capture, a location of its own beside al-Hawtah, as the spent adjudicated events40 almadina-580 'Lahij' row beside its "
     "al-Hawtah row; only in a party's announcement, and the lead says the resistance is still 'preparing to regain all of "
     "Lahij' -> claimed; state reached now, no day -> DCT, precision 2)"),
    (WAT2172, "أنزلتها طائرات التحالف", "الأسلحة النوعية التي أنزلتها طائرات التحالف خلال الأسبوع الماضي",
     SD, "Other", SLC, "", "Taiz", "YE", "2015-07-30", "2", "", "",
     "sources inside the popular resistance (to Al Watan)", "claimed",
     "the quality weapons the coalition aircraft dropped 'during the past week' to the revolutionaries in Taiz, which "
     "turned the balance of forces in the resistance's favour (an airdrop of weapons -> Strategic developments/Other, as "
     "the materiel-deployment rows; 'last week' -> DCT-7 = 30 July, precision 2; recipient not an opponent -> actor2 "
     "empty; only inside the resistance sources' 'وأضافت المصادر أن' -> adjudicated, as B: claimed, first reported). "
     "Borderline: alternative not coded (an arms delivery)"),
    (WAT2172, "دارت معارك دامية", "وبالأمس دارت معارك دامية في جبهة الضباب والأربعين وجبل الوعش",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-05", "1", "16", "exact",
     "Al Watan", "reported",
     "'yesterday' (5 August) bloody battles on the al-Dabab, al-Arbaeen and Jabal al-Wash fronts left 16 dead and 70 "
     "wounded among the rebels (three fronts, one toll -> one row at city level, as the spent events20 Taiz row; 16 exact). "
     "Folded: the hundreds of revolutionaries and army fighters 'still fighting fierce battles with the Houthis in several "
     "areas of Taiz governorate' with coalition air support (same battle, same days); the resistance's two-day siege of "
     "Jabal al-Arous, first folded here, has its own row (adjudicated, added from B). Not coded: the interior minister's 'three quarters of the city in the revolutionaries' hands' "
     "(status claim), the Houthi checkpoints at the city's entrances (security measure)"),
    (WAT2172, "حملة قصف عشوائي", "بشن حملة قصف عشوائي، استهدفت عدداً من الأحياء السكنية بالمدينة",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Taiz", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "the Houthi rebel forces answered their defeats with a campaign of random shelling of residential districts of the city: "
     "lower al-Tahrir, al-Dhabua, al-Masbah, Wadi al-Qadi and the Jabal Jarrah area (several districts, one campaign -> one "
     "row at city level, as the spent events23 Taiz mortar row; residential districts -> Civilians (Yemen); no day -> DCT, "
     "precision 2; no toll)"),
    (WAT2172, "لغارات عنيفة من طيران التحالف", "تعرض أمس لغارات عنيفة من طيران التحالف",
     ERV, AIR, SLC, HOU, "Jabal al-Arous, Taiz", "YE", "2015-08-05", "1", "", "",
     "field sources inside the popular resistance (to Al Watan)", "claimed",
     "the strategic Jabal al-Arous position overlooking Taiz, besieged by the revolutionaries for two days, was hit 'yesterday' "
     "(5 August) by violent coalition air strikes, which made dozens of rebels flee (the later 'وموقع جبل العروس' in the list "
     "of strikes is the same place -> folded; no toll; only inside the field sources' 'وأشارت إلى أن' -> adjudicated, as B: "
     "claimed, first reported)"),
    (WAT2172, "يحاصره الثوار منذ يومين", "والذي يحاصره الثوار منذ يومين",
     BAT, CLASH, YR, HOU, "Jabal al-Arous, Taiz", "YE", "2015-08-04", "2", "", "",
     "field sources inside the popular resistance (to Al Watan)", "claimed",
     "adjudicated, added from B (first folded into the Taiz battle row): the strategic Jabal al-Arous position overlooking "
     "Taiz, besieged by the revolutionaries 'for two days' (siege of a differently named enemy-held position -> its own "
     "Armed clash row, as the spent events32 aawsat-272 al-Anad siege row and this set's aawsat-151 al-Anad siege row; "
     "started two days before the DCT -> 4 August, precision 2; inside the field sources' 'وأشارت إلى أن' -> claimed)"),
    (WAT2172, "حي المستشفى العسكري", "تجمعات للانقلابيين في محيط حي المستشفى العسكري",
     ERV, AIR, SLC, HOU, "Military Hospital, Taiz", "YE", "2015-08-05", "2", "", "",
     "field sources inside the popular resistance (to Al Watan)", "reported",
     "the fighter jets also carried out several strikes on gatherings of the putschists around the Military Hospital "
     "district, the Special Forces camp, the Jabal al-Arous position and Zayed Park (differently named places -> one row "
     "each, Jabal al-Arous folded into its own row; 'كما' continues 'yesterday's' strikes, day not restated -> 5 August, "
     "precision 2; reported kept against B's claimed: the 'كما شنت المقاتلات' sentence has no reporting verb and stands in "
     "the outlet's voice, as the aawsat-151 'كما شنت طائرات التحالف' row both annotators coded reported)"),
    (WAT2172, "ومعسكر القوات الخاصة", "ومعسكر القوات الخاصة، وموقع جبل العروس",
     ERV, AIR, SLC, HOU, "Special Forces Camp, Taiz", "YE", "2015-08-05", "2", "", "",
     "field sources inside the popular resistance (to Al Watan)", "reported",
     "the coalition strikes on the putschists' gatherings around the Special Forces camp in Taiz (see the Military Hospital "
     "row; 5 August, precision 2)"),
    (WAT2172, "ومتنزه زايد", "وموقع جبل العروس ومتنزه زايد",
     ERV, AIR, SLC, HOU, "Zayed Park, Taiz", "YE", "2015-08-05", "2", "", "",
     "field sources inside the popular resistance (to Al Watan)", "reported",
     "the coalition strikes on the putschists' gatherings around Zayed Park in Taiz (see the Military Hospital row; 5 August, "
     "precision 2)"),
    # Africa briefs (aawsat-390, DCT Thursday 6 August)
    (AWS390, "مواجهات مع الجيش التشادي", "مقتل 7 عناصر من «بوكو حرام» في مواجهات مع الجيش التشادي",
     BAT, CLASH, "Military Forces of Chad", "Boko Haram", "Tchoukou Telia", "TD", "2015-08-05", "1", "7", "exact",
     "a security source in N'Djamena (via AFP)", "reported",
     "the brief's news: 'yesterday' (DCT 6 August -> 5 August) seven militants were killed and two soldiers wounded in "
     "clashes between the Chadian army and Boko Haram on Lake Chad, on the Chadian island of Tchoukou Telia (تشوكو تيليا), "
     "next to the lake; 'the confrontation is still continuing' (folded) (the title, lead and the source's quote are one "
     "event -> one row; 7 exact; Boko Haram, the spent name). Not coded: the France-Russia Mistral agreement (brief 1, a "
     "contract settlement), the Chadian government's order to the islands' residents to evacuate"),
    (AWS390, "هجوما كبيرا على الجزر التشادية", "في منتصف يوليو (تموز) الماضي هجوما كبيرا على الجزر التشادية",
     BAT, CLASH, "Military Forces of Nigeria", "Boko Haram", "Lake Chad", "TD", "2015-07-15", "3", "", "",
     "Asharq Al-Awsat (AFP; concordant sources)", "reported",
     "background: 'in mid-July' the Nigerian army (sic: the text says 'الجيش النيجيري'; the wire story is about the Chadian "
     "army, kept as written) launched a big offensive on the Chadian islands of the lake, which the Nigerian militants use to "
     "attack dozens of villages (mid-July -> 15 July, precision 3, as the spent 'mid-July' rows; an offensive on the "
     "militants' islands -> Armed clash; the islands of Lake Chad -> 'Lake Chad', TD). Folded: the deployment of about a "
     "thousand soldiers in the lake area 'to occupy all the islands and eliminate Boko Haram' (another Chadian source). "
     "Borderline: alternative not coded (an operation named with no act), or actor1 Military Forces of Chad"),
    (AWS390, "خطفوا ستة رجال دين", "إن متمردين مجهولين خطفوا ستة رجال دين مسلمين تنزانيين",
     VAC, "Abduction/forced disappearance", "FDLR: Democratic Forces for the Liberation of Rwanda",
     "Civilians (Democratic Republic of Congo)", "Rutshuru, North Kivu", "CD", "2015-08-02", "1", "", "",
     "religious authorities in the DR Congo; Imam Musa al-Haji Hashim, executive secretary of the area's Muslim community (to DPA)", "reported",
     "the third brief: unidentified rebels abducted six Tanzanian Muslim clerics and their Congolese driver in the east of "
     "the country 'last Sunday' (DCT Thursday 6 August -> 2 August, precision 1) between the villages of Rutshuru and "
     "Kitoguru in North Kivu (the title's 'يختطفون 6 رجال دين' is the same -> one row; the ransom demand of 40,000 dollars "
     "folded; the rebels 'presumed to belong to' the FDLR -> FDLR, the suspicion in the note, as the spent 'suspected PKK' "
     "rows, alternative Unidentified armed group; clerics and a driver -> Civilians (Democratic Republic of Congo), the "
     "country of the event; between two villages -> the first named, 'Rutshuru, North Kivu', alternative 'North Kivu'). "
     "Not coded: the FDLR's regular attacks on civilians in the area (generic)"),
    # Morocco (aljazirah-389, DCT Wednesday 22 July)
    (JAZ389, "اعتقال ثمانية", "اعتقال ثمانية أشخاص بتهمة التخطيط",
     SD, "Arrests", "Police Forces of Morocco", IS, "", "MA", "2015-07-21", "2", "", "",
     "Moroccan Interior Ministry (statement)", "reported",
     "the title's news: the Moroccan authorities announced the arrest 'yesterday Tuesday' (DCT Wednesday 22 July -> 21 July; "
     "'امس الثلاثاء' may date the announcement ('أعلنت') rather than the arrests -> adjudicated, as B: precision 2, the "
     "arrests on or before the announcement, first precision 1) "
     "of eight people suspected of planning attacks in Morocco in the name of ISIS, targeting 'security officials' and "
     "'sensitive sites'; the Central Bureau of Judicial Investigation dismantled the eight-member 'terrorist cell' active in "
     "Tangier, Bouznika, Khouribga and Taounate (the lead's 'اعتقال ثمانية اشخاص' and the dismantling are the same -> one "
     "row; a police bureau -> Police Forces of Morocco; an ISIS-linked cell -> actor2 Islamic State, as the spent Saudi "
     "'431' rows; four cities, the places of the arrests not stated -> location empty, MA; alternative 'Tangier', the first "
     "named). Not coded: the regular dismantling of 'terrorist cells', the tightened security and the prison sentences "
     "(generic; legal)"),
    # ISIS oil (alweeam-1734, DCT Friday 24 July)
    (WEEAM1734, "القضاء على أبو سياف", "بعد القضاء على أبو سياف قائد المجموعة",
     BAT, CLASH, "Military Forces of the United States", IS, "", "SY", "2015-05-01", "3", "1", "exact",
     "US Treasury Assistant Secretary Daniel Glaser (via Al Weeam)", "reported",
     "background (the news is Glaser's statement that ISIS earns 40 million dollars a month from oil): a 'treasure' of "
     "information on ISIS's finances was obtained after the elimination of Abu Sayyaf, leader of the group in charge of the "
     "oil and gas trade in eastern Syria, 'in May last' (May 2015 -> 1 May, precision 3, within 12 months of the DCT; the "
     "killer is not named: the US official's frame -> Military Forces of the United States, as the spent events56 "
     "alweeam-1163 row of the same 15 May raid (Armed clash); eastern Syria, no place -> location empty, SY; one named man "
     "-> 1 exact). Borderline: alternative not coded (no actor or act stated). Not coded: ISIS's seizure of Mosul in June "
     "2014 and of its banks' cash (more than 12 months before the DCT)"),
    # Turkey (alyaum-2516, DCT Thursday 6 August; the same AFP story as the spent events26 aljazirah-969)
    (YAUM2516, "ستبدأ \"قريبا\" بمحاربة", "ان بلاده ستبدأ \"قريبا\" بمحاربة داعش في شمال سوريا",
     "Statement", "", "Government of Turkey", IS, "Kuala Lumpur", "MY", "2015-08-06", "2", "", "",
     "Turkish Foreign Minister Mevlut Cavusoglu (via Al Yaum)", "reported",
     "the title's news: the Turkish foreign minister announced, at a meeting with his US counterpart Kerry in Malaysia (the "
     "ministers met in a Kuala Lumpur hotel on the sidelines of the ASEAN meetings), that Turkey will 'soon' start fighting "
     "ISIS in northern Syria; 'we will also start our battle against ISIS soon and effectively' is the same (announcement of "
     "an operation start that is the article's news -> Statement, as the spent events26 aljazirah-969 row of the same text; "
     "no day -> DCT, precision 2; alternative a planned row in SY). Not coded: the training and equipping of the moderate "
     "opposition with the US, the July permission for US aircraft at Incirlik (basing), the 'bloody attacks on Turkish "
     "territory, some attributed to ISIS' (no type, place or day), as the spent row"),
    (YAUM2516, "سلسلة من الغارات الجوية", "وشنت تركيا منذ ذلك الحين سلسلة من الغارات الجوية",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-08-06", "3", "", "",
     "Al Yaum (wire report)", "reported",
     "aggregate: since the bloody attacks on Turkish soil Turkey has carried out a series of air strikes which it says target "
     "PKK activists in northern Iraq and ISIS jihadists; observers say they hit the Kurds more (this row for the PKK targets, "
     "northern Iraq, no place -> location empty, IQ; the start not dated in the text -> DCT, precision 3, as the spent "
     "events26 aljazirah-969 aggregate of the same text)"),
    (YAUM2516, "وجهاديين", "في شمال العراق وجهاديين من داعش",
     ERV, AIR, MFT, IS, "", "SY", "2015-08-06", "3", "", "",
     "Al Yaum (wire report)", "reported",
     "aggregate: the ISIS targets of the same series of Turkish air strikes (two named targets -> two rows, as the adjudicated "
     "spent events26 aljazirah-969 pair; no country given for the ISIS targets, SY from the article's frame, Turkey's fight "
     "against ISIS in northern Syria; no place -> location empty; DCT, precision 3)"),
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
