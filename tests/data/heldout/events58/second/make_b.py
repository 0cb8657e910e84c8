"""Bookkeeping helper for annotator B of the events58 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events56/second/make_b.py.
Run: python3 /work/fresh/cur38/events58/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 58 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2892/2893, drawn at the start of stop 38, main 5cbb360, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2892).shuffle, walked in order; (b) 10 with no text filter: random.Random(2893).shuffle, walked in order, >=3 sources (got, by source, a: aljazirah 3, aawsat 2, alyaum 1, alwatan 1, alweeam 1, alriyadh 1, 3alyoum 1; b: aljazirah 3, alweeam 2, aleqtisadiya 1, alriyadh 1, sabq 1, 3alyoum 1, alyaum 1).
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
CLASH = "Armed clash"
GRT = "Government regains territory"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MTR = "Military Forces of Turkey"
AW151 = "SN-aawsat-20150803-151"
AW390 = "SN-aawsat-20150806-390"
WT2172 = "SN-alwatan-20150806-2172"
YM2516 = "SN-alyaum-20150806-2516"
JZ389 = "SN-aljazirah-20150722-389"
WM1734 = "SN-alweeam-20150724-1734"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    # SN-aawsat-20150803-151, DCT Monday 3 August; 'أمس الأحد' = Sunday 2 August
    (AW151, "وصلت أمس الأحد تجهيزات عسكرية", "وصلت أمس الأحد تجهيزات عسكرية مقدمة من دول التحالف لدعم الجيش بعدن",
     SD, "Other", SLC, "", "Aden", "YE", "2015-08-02", "1", "", "",
     "Asharq Al-Awsat (military source)", "reported",
     "'yesterday Sunday' (DCT Monday 3 August -> 2 August) military equipment supplied by the coalition states arrived "
     "in Aden to support the army: dozens of tanks, troop carriers and armoured vehicles, for the army units being "
     "equipped in Aden's districts (delivery of weapons to a party of the war -> Strategic developments/Other, as the "
     "spent sabq-1518 and alweeam-1527 air-bridge rows; actor2 empty; the outlet states the arrival -> reported). Folded: "
     "the source's 'weapons that arrived in the last two days' and the Leclerc tanks the resistance and national army "
     "in Lahij received from the coalition in the past two days (same deliveries of the same days; alternative its own "
     "Other row in Lahij)"),
    (AW151, "وضربت أوكار ميليشيات الحوثي", "والتي دخلت في خط المواجهات وضربت أوكار ميليشيات الحوثي في منطقة صبر بلحج",
     ERV, SHELL, YR, HOU, "Sabr, Lahij", "YE", "2015-08-02", "2", "", "",
     "military source (to Asharq Al-Awsat)", "claimed",
     "the Leclerc tanks received by the popular resistance and the national army in Lahij in the past two days entered "
     "the confrontation line and struck the Houthi militia's dens in the Sabr area of Lahij (tank fire on positions -> "
     "Shelling/artillery/missile attack; the resistance named first -> Yemeni Resistance, the army in the note; 'past "
     "two days' -> DCT-1 = 2 August, precision 2, as the spent aawsat-72 row; only the pro-Hadi military source -> "
     "claimed; no toll). Not coded: 'the resistance and army cleansed vast areas of Lahij and Aden' (generic summary, "
     "as the spent aawsat-157 decision)"),
    (AW151, "استؤنفت مجددا", "عملية «السهم الذهبي» التي حررت عدن، استؤنفت مجددا، أمس",
     "Statement", "", YR, HOU, "", "YE", "2015-08-03", "2", "", "",
     "a prominent leader of the resistance in south Yemen (to Asharq Al-Awsat)", "reported",
     "borderline; the title's news ('launch of Golden Arrow to liberate Abyan and Lahij'): a prominent resistance leader "
     "told the paper that operation 'Golden Arrow', which freed Aden, resumed 'yesterday' to liberate Abyan and Lahij "
     "from the Houthis and Saleh's forces and has 'entered the execution phase' (an announced operation start that is "
     "the article's news -> Statement, as the spent Turkish 'soon' and Iraqi 'second phase' rows; the day of the "
     "statement is not given -> DCT, precision 2; place not stated -> location empty; alternative not coded, as the "
     "spent aleqtisadiya-319 Golden Arrow statements, or folded into the Abyan battle rows). Not coded: the Aden "
     "liberation by Golden Arrow (mentioned only as the operation's name)"),
    (AW151, "لقي العشرات من عناصر الميليشيات الحوثية", "لقي العشرات من عناصر الميليشيات الحوثية، أمس، مصرعهم على يد المقاومة الشعبية في محافظة البيضاء",
     BAT, CLASH, YR, HOU, "Al Bayda", "YE", "2015-08-02", "1", "", "",
     "Asharq Al-Awsat (local sources)", "reported",
     "'yesterday' (2 August) dozens of Houthi militiamen were killed by the popular resistance in al-Bayda governorate: "
     "the resistance intercepted reinforcements heading from the northern governorates to Abyan and destroyed several "
     "military vehicles in the ambush, followed by an attack on those forces (ambush and attack one row; 'العشرات' -> "
     "fatalities empty; no place below the governorate -> 'Al Bayda', as the spent rows)"),
    (AW151, "وتشهد أبين مواجهات مسلحة عنيفة", "وتشهد أبين مواجهات مسلحة عنيفة بين القوات الموالية لهادي",
     BAT, CLASH, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-03", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "Abyan is seeing violent armed confrontations between the forces loyal to Hadi and the Houthis and Saleh's forces; "
     "Hadi's forces and the resistance seek to regain Zinjibar, the governorate capital, on whose outskirts they now "
     "stand (the named place of the fighting -> 'Zinjibar, Abyan'; pro-Hadi forces -> Yemeni Resistance, as the spent "
     "Zinjibar rows; ongoing, no day -> DCT, precision 2). Folded: the popular resistance's attack on the 15th Brigade "
     "camp in Zinjibar that coincided with the coalition raids (same place and days). Not coded: the reinforcements "
     "sent from Aden towards Abyan (movement)"),
    (AW151, "دوفس", "بعد تحرير منطقتي دوفس والكود من عناصر الميليشيات",
     BAT, GRT, YR, HOU, "Dofas, Abyan", "YE", "2015-08-03", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the pro-Hadi forces reached the outskirts of Zinjibar 'after liberating the Dofas and al-Kawd areas' "
     "from the militias (two named places -> two rows, one location per row, as the spent al-Mahalla/al-Jalajil rows; "
     "no day -> DCT, precision 3, as the spent 'in the wake of' al-Dhale row; 'Dofas' as written, the spent rows have "
     "'Wadi Dofas, Abyan')"),
    (AW151, "والكود", "بعد تحرير منطقتي دوفس والكود من عناصر الميليشيات",
     BAT, GRT, YR, HOU, "Al Kawd, Abyan", "YE", "2015-08-03", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the second area of the same capture, al-Kawd (see the Dofas row; DCT, precision 3)"),
    (AW151, "ما زالت المعاركة محتدمة", "ما زالت المعاركة محتدمة في جبهة مديرية لودر",
     BAT, CLASH, YR, HOU, "Lawdar, Abyan", "YE", "2015-08-03", "2", "", "",
     "Asharq Al-Awsat; a resistance source in Abyan", "reported",
     "the battle is still raging on the Lawdar district front; a resistance source: the southern popular resistance in "
     "Lawdar continues its advance on the fronts of Abyan and works with the coalition to control the coastal line "
     "(advance folded; no capture stated -> Armed clash; 'Lawdar, Abyan' as the spent rows; ongoing -> DCT, precision "
     "2). Not coded: 'was about to liberate Lawdar but for the Houthi reinforcements through al-Bayda' (generic), the "
     "aim to control the coastal line (intention)"),
    (AW151, "قصفت ميليشيات الحوثي", "إن دبابات المقاومة الشعبية الجنوبية في الضالع قصفت ميليشيات الحوثي",
     ERV, SHELL, YR, HOU, "Sanah, Ad Dali", "YE", "2015-08-03", "2", "", "",
     "sources in the popular resistance (to Asharq Al-Awsat)", "claimed",
     "al-Dhale front: the southern resistance's tanks shelled the Houthi and Saleh militias trying to reach the Sanah "
     "border strip and inflicted losses in equipment and lives, 'for the fourth time in 3 days' (tank fire -> Shelling; "
     "repeated over 3 days, no day -> DCT, precision 2; 'Sanah, Ad Dali' as the spent alyaum-938 row; vague losses -> "
     "fatalities empty; resistance sources only -> claimed). Not coded: the Houthi massing of forces towards Qatabah "
     "'for two days' (movement)"),
    (AW151, "صدت المقاومة في الضالع سلسلة هجمات", "صدت المقاومة في الضالع سلسلة هجمات كبيرة للحوثيين",
     BAT, CLASH, HOU, YR, "Ad Dali", "YE", "2015-08-03", "2", "", "",
     "sources in the popular resistance (to Asharq Al-Awsat)", "claimed",
     "'during the past days' the resistance in al-Dhale repelled a series of big Houthi attacks trying to enter the city "
     "(attackers -> actor1 Houthis, as the spent alyaum-938 Sanah row; 'Ad Dali' as the spent rows; past days, no day -> "
     "DCT, precision 2; resistance sources only -> claimed; borderline: the Sanah shelling row may be part of the same "
     "repelled attacks; kept apart as a differently named place and type)"),
    (AW151, "كثف طيران التحالف، أمس، غاراته", "إلى ذلك، كثف طيران التحالف، أمس، غاراته على قاعدة العند العسكرية",
     ERV, AIR, SLC, HOU, "Al Anad Air Base", "YE", "2015-08-02", "1", "", "",
     "Asharq Al-Awsat (eyewitnesses)", "reported",
     "'yesterday' (2 August) the coalition aircraft intensified their raids on the strategic al-Anad military base in "
     "Lahij; eyewitnesses: intensive raids; the raids destroyed stores and camouflaged hideouts built by the Houthis "
     "(folded; 'Al Anad Air Base' as the spent rows; no toll)"),
    (AW151, "لحصار مطبق", "التي تخضع لحصار مطبق من قبل المقاومة الشعبية",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the al-Anad base has been under a tight siege by the popular resistance and the military forces loyal to Hadi "
     "'for a few days', after fierce battles around it with the Houthi militias and Saleh's forces (ongoing siege of an "
     "enemy-held base -> Armed clash, as the spent aawsat-272 al-Anad siege row; the battles around it folded; ongoing, "
     "no day -> DCT, precision 2)"),
    (AW151, "تواصل المقاومة تقدمها ببطء", "وفي الحوطة، عاصمة لحج، تواصل المقاومة تقدمها ببطء نحو المدينة",
     BAT, CLASH, YR, HOU, "Al Hawtah, Lahij", "YE", "2015-08-03", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "in al-Hawtah, capital of Lahij, the resistance continues its slow advance towards the city, focusing on clearing "
     "the surrounding areas of snipers (advance and clearing, no capture -> Armed clash; opponent implied: the Houthis "
     "and Saleh's forces of the paragraph; 'Al Hawtah, Lahij' as the spent rows; ongoing -> DCT, precision 2)"),
    (AW151, "كما شنت طائرات التحالف العربي غارات", "كما شنت طائرات التحالف العربي غارات على معسكر اللواء 15 في زنجبار",
     ERV, AIR, SLC, HOU, "Zinjibar, Abyan", "YE", "2015-08-02", "2", "", "",
     "Asharq Al-Awsat; sources in the popular resistance", "reported",
     "the Arab coalition aircraft also struck the camp of the 15th Brigade in Zinjibar, Abyan; resistance sources: "
     "several military vehicles carrying weapons and ammunition to the rebels destroyed, huge explosions heard, 'dozens' "
     "of rebels killed and wounded ('عشرات' -> fatalities empty; the camp in Zinjibar -> 'Zinjibar, Abyan', as the "
     "spent sabq-3187 15th Brigade row; the strike is in the paragraph of 'yesterday's' raids but has no day of its own "
     "-> 2 August, precision 2; Saleh's brigade -> Houthis). The resistance attack on the camp is folded into the "
     "Zinjibar clash row"),
    # SN-aawsat-20150806-390, DCT Thursday 6 August (a 'briefs' page)
    (AW390, "في مواجهات بين الجيش التشادي", "قتل سبعة متشددين وجرح جنديان أمس، في مواجهات بين الجيش التشادي",
     BAT, CLASH, "Military Forces of Chad", "Boko Haram", "Tchoukou Telia", "TD", "2015-08-05", "1", "7", "exact",
     "a security source in N'Djamena (via AFP)", "reported",
     "'yesterday' (DCT 6 August -> 5 August) seven militants were killed and two soldiers wounded in confrontations "
     "between the Chadian army and Boko Haram on Lake Chad, on the Chadian island of Tchoukou Telia (the title's and "
     "the source's repetition are the same event; 'the confrontation is still going on' folded; 'سبعة' -> 7 exact). Not "
     "coded: the Mistral brief (a French-Russian contract settlement, diplomatic)"),
    (AW390, "هجوما كبيرا على الجزر التشادية", "وشن الجيش النيجيري في منتصف يوليو (تموز) الماضي هجوما كبيرا على الجزر التشادية",
     BAT, CLASH, "Military Forces of Nigeria", "Boko Haram", "Lake Chad", "TD", "2015-07-15", "3", "", "",
     "Asharq Al-Awsat (AFP; concordant sources)", "reported",
     "background: in mid-July the army (the text says 'the Nigerian army') launched a big offensive on the Chadian "
     "islands of the lake, which the Nigerian militants use to attack dozens of villages (mid-July -> 15 July, "
     "precision 3, as the spent 'mid-July' rows; an offensive with no capture stated -> Armed clash, alternative "
     "Government regains territory; actor1 as written, although the operation looks Chadian). Folded: the deployment "
     "of about a thousand soldiers in the lake area 'to occupy all the islands and eliminate Boko Haram' and the Chadian "
     "government's order to the islands' residents to leave at the start of the operation (same operation; "
     "alternative a Strategic developments/Other deployment row). Not coded: the militants' attacks on dozens of "
     "villages (generic)"),
    (AW390, "خطفوا ستة رجال دين", "إن متمردين مجهولين خطفوا ستة رجال دين مسلمين تنزانيين وسائقهم",
     VAC, "Abduction/forced disappearance", "FDLR: Democratic Forces for the Liberation of Rwanda",
     "Civilians (Democratic Republic of Congo)", "Rutshuru, North Kivu", "CD", "2015-08-02", "1", "", "",
     "Imam Musa al-Haji Hashim, executive secretary of the region's Muslim community (via DPA)", "reported",
     "'last Sunday' (DCT Thursday 6 August -> 2 August) 'unknown rebels' abducted six Tanzanian Muslim clerics and their "
     "Congolese driver between the villages of Rutshuru and Kitogoro in North Kivu, eastern DR Congo; the rebels, "
     "'presumed' to belong to the FDLR, demanded a ransom of 40,000 dollars (folded) (presumed group -> actor1 FDLR, "
     "the suspicion in this note, as the spent 'suspected Boko Haram' rows; alternative Unidentified armed group; "
     "foreign clerics -> Civilians (Democratic Republic of Congo) by the country-of-event rule; between two villages -> "
     "the first named; the religious authorities are no party -> reported). Not coded: the FDLR's regular attacks on "
     "civilians (generic)"),
    # SN-alwatan-20150806-2172, DCT Thursday 6 August; 'بالأمس' / 'أمس' = 5 August
    (WT2172, "استردها الثوار", "بقاعدة العند الجوية التي استردها الثوار من ميليشيات الحوثي",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-06", "3", "", "",
     "Al Watan", "reported",
     "background: the al-Anad air base 'which the revolutionaries recovered' from the Houthi militias and Saleh's "
     "remnants; al-Hawtah was taken 'in the wake of' its recapture (no day in the text -> DCT, precision 3, as the spent "
     "alwatan-1032 Anad row; 'Al Anad Air Base' as the spent rows). Folded: the popular resistance's continuing sweep of "
     "the area around the base, and the spokesman's 'the combing of the rebel pockets in al-Anad and al-Hawtah is nearly "
     "over' (patrols)"),
    (WT2172, "سيطرت المقاومة أمس على الحوطة", "بعد أن سيطرت المقاومة أمس على الحوطة عاصمة محافظة لحج",
     BAT, GRT, YR, HOU, "Al Hawtah, Lahij", "YE", "2015-08-05", "1", "", "",
     "Al Watan", "reported",
     "'yesterday' (DCT 6 August -> 5 August) the resistance took control of al-Hawtah, capital of Lahij governorate "
     "north of Aden, and the areas around it, after recovering al-Anad air base (the lead's 'after the fall of its "
     "capital, al-Hawtah' is the same event -> one row; 'Al Hawtah, Lahij' as the spent rows)"),
    (WT2172, "بسط الثوار سيطرتهم على كامل محافظة لحج", "بسط الثوار سيطرتهم على كامل محافظة لحج",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-06", "2", "", "",
     "Popular Resistance spokesman Ali al-Ahmadi", "claimed",
     "the popular resistance spokesman Ali al-Ahmadi announced that the revolutionaries extended their control over the "
     "whole of Lahij governorate (governorate-level capture, as the spent almadina-580 'Lahij' row; only in a party's "
     "announcement, and the lead says the resistance is still 'preparing to recover the whole of Lahij' -> claimed; "
     "state reached now, no day -> DCT, precision 2)"),
    (WT2172, "أنزلتها طائرات التحالف", "الأسلحة النوعية التي أنزلتها طائرات التحالف خلال الأسبوع الماضي للثوار في تعز",
     SD, "Other", SLC, "", "Taiz", "YE", "2015-07-30", "2", "", "",
     "sources inside the popular resistance (to Al Watan)", "claimed",
     "the high-grade weapons that coalition aircraft dropped to the revolutionaries in Taiz 'during the last week' "
     "(arms delivery to a party of the war -> Strategic developments/Other, as the spent alweeam-1527 weapons-flight "
     "row; 'last week' -> DCT-7 = 30 July, precision 2; actor2 empty; resistance sources only -> claimed). Not coded: the "
     "'thousands of heavily armed fighters' who reached Taiz and the preparations to expel the putschists (movement, "
     "intention)"),
    (WT2172, "دارت معارك دامية", "وبالأمس دارت معارك دامية في جبهة الضباب والأربعين وجبل الوعش",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-05", "1", "16", "exact",
     "Al Watan", "reported",
     "'yesterday' (5 August) bloody battles on the al-Dabab, al-Arbaeen and Jabal al-Wash fronts (Taiz) killed 16 and "
     "wounded 70 among the rebels (one toll for the city's fronts -> one row at city level, as the spent alwatan-1033 "
     "Taiz row; sides from the article: the resistance vs the Houthis; 16 exact). Folded: the interior minister's "
     "'three quarters of the city in the revolutionaries' hands' and the field sources' 'hundreds of fighters still "
     "fight fierce battles with the Houthis in several areas of Taiz governorate, with heavy coalition air support' "
     "(same battle and days). Not coded: the intention to take the whole city 'within the next two days'"),
    (WT2172, "حملة قصف عشوائي", "بشن حملة قصف عشوائي، استهدفت عدداً من الأحياء السكنية بالمدينة",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Taiz", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "the Houthi forces answered their defeats with a campaign of indiscriminate shelling on residential neighbourhoods "
     "of the city: lower al-Tahrir, al-Dhabua, al-Masbah, Wadi al-Qadi and Jabal Jarrah (several neighbourhoods, no "
     "toll -> one row at city level, as the spent aawsat-72 Taiz shelling row; residential areas -> Civilians (Yemen); "
     "no day -> DCT, precision 2). Not coded: the rebels' checkpoints at the city's entrances and the searches of "
     "travellers (no violence)"),
    (WT2172, "يحاصره الثوار منذ يومين", "والذي يحاصره الثوار منذ يومين",
     BAT, CLASH, YR, HOU, "Jabal al-Arous, Taiz", "YE", "2015-08-04", "2", "", "",
     "field sources inside the popular resistance (to Al Watan)", "claimed",
     "the strategic Jabal al-Arous site overlooking Taiz, besieged by the revolutionaries 'for two days' (siege of an "
     "enemy-held position -> Armed clash, as the spent aawsat-272 al-Anad siege row; started two days before the DCT -> "
     "4 August, precision 2; resistance sources -> claimed; borderline: alternative folded into the Taiz battle row)"),
    (WT2172, "تعرض أمس لغارات عنيفة", "تعرض أمس لغارات عنيفة من طيران التحالف",
     ERV, AIR, SLC, HOU, "Jabal al-Arous, Taiz", "YE", "2015-08-05", "1", "", "",
     "field sources inside the popular resistance (to Al Watan)", "claimed",
     "'yesterday' (5 August) the Jabal al-Arous site was hit by violent coalition air raids, which made dozens of rebels "
     "flee (flight folded; the later list's 'Jabal al-Arous site' is the same raids -> folded here; no toll; resistance "
     "sources -> claimed)"),
    (WT2172, "محيط حي المستشفى العسكري", "على تجمعات للانقلابيين في محيط حي المستشفى العسكري",
     ERV, AIR, SLC, HOU, "Military Hospital, Taiz", "YE", "2015-08-05", "2", "", "",
     "field sources inside the popular resistance (to Al Watan)", "claimed",
     "the coalition jets also carried out several air raids on gatherings of the putschists around the Military "
     "Hospital neighbourhood (one location per row: the four named targets of the sentence are separate rows, Jabal "
     "al-Arous folded into its own row above; no day of its own, after 'yesterday's' raids -> 5 August, precision 2; "
     "resistance sources -> claimed)"),
    (WT2172, "ومعسكر القوات الخاصة", "ومعسكر القوات الخاصة، وموقع جبل العروس",
     ERV, AIR, SLC, HOU, "Special Forces Camp, Taiz", "YE", "2015-08-05", "2", "", "",
     "field sources inside the popular resistance (to Al Watan)", "claimed",
     "the same series of coalition raids, second named target: the Special Forces camp (see the Military Hospital row)"),
    (WT2172, "ومتنزه زايد", "وموقع جبل العروس ومتنزه زايد",
     ERV, AIR, SLC, HOU, "Zayed Park, Taiz", "YE", "2015-08-05", "2", "", "",
     "field sources inside the popular resistance (to Al Watan)", "claimed",
     "the same series of coalition raids, last named target: Zayed Park (see the Military Hospital row). Not coded: "
     "Hadi's and the field commanders' pledge to keep advancing on al-Dhale and Taiz (intention)"),
    # SN-alyaum-20150806-2516, DCT Thursday 6 August (the AFP story of the spent aljazirah-969 and almadina-1463)
    (YM2516, "ستبدأ \"قريبا\" بمحاربة", "انقرة ستبدأ \"قريبا\" بمحاربة داعش في سوريا",
     "Statement", "", "Government of Turkey", IS, "Kuala Lumpur", "MY", "2015-08-06", "2", "", "",
     "Turkish Foreign Minister Mevlut Cavusoglu", "reported",
     "the title's news: the Turkish foreign minister announced, at a meeting with Kerry in a Kuala Lumpur hotel on the "
     "sidelines of the ASEAN meetings in Malaysia, that Turkey will 'soon' start fighting ISIS in northern Syria, "
     "'effectively' (announced operation start that is the article's news -> Statement, as the spent aljazirah-969 row "
     "of the same story; no day in this text -> DCT, precision 2; the text's repetition one row). Not coded: the "
     "US-Turkish training and equipping of the moderate opposition, Ankara's July permission for US aircraft to use "
     "Incirlik (basing), the 'bloody attacks on Turkish territory, some attributed to ISIS' (no type, place, day or "
     "number)"),
    (YM2516, "سلسلة من الغارات الجوية", "وشنت تركيا منذ ذلك الحين سلسلة من الغارات الجوية",
     ERV, AIR, MTR, PKK, "", "IQ", "2015-08-06", "3", "", "",
     "Al Yaum", "reported",
     "aggregate: since the bloody attacks Turkey has carried out a series of air strikes which it says target PKK "
     "activists in northern Iraq and ISIS jihadists; observers say they hit the Kurds more (this row for the PKK "
     "targets; northern Iraq, no place -> location empty, IQ; start not dated in the text -> DCT, precision 3; as the "
     "spent aljazirah-969 and almadina-1463 rows of the same sentence)"),
    (YM2516, "وجهاديين", "في شمال العراق وجهاديين من داعش",
     ERV, AIR, MTR, IS, "", "SY", "2015-08-06", "3", "", "",
     "Al Yaum", "reported",
     "aggregate: the ISIS targets of the same series of Turkish air strikes (two named targets in two countries -> two "
     "rows; no country given for them, SY from the article's frame, the fight against ISIS in northern Syria; no place "
     "-> location empty; DCT, precision 3, as the spent rows)"),
    # SN-aljazirah-20150722-389, DCT Wednesday 22 July; 'امس الثلاثاء' = 21 July
    (JZ389, "اعتقال ثمانية اشخاص", "أعلنت السلطات المغربية اعتقال ثمانية اشخاص امس الثلاثاء",
     SD, "Arrests", "Police Forces of Morocco", IS, "", "MA", "2015-07-21", "2", "", "",
     "Moroccan Interior Ministry; Central Bureau of Judicial Investigations (statement)", "reported",
     "the title's news: the Moroccan authorities announced the arrest 'yesterday Tuesday' (DCT Wednesday 22 July -> 21 "
     "July) of eight people suspected of planning attacks in Morocco in the name of ISIS against 'security officials' "
     "and 'sensitive sites'; the Central Bureau of Judicial Investigations dismantled the eight-member cell active in "
     "Tangier, Bouznika, Khouribga and Taounate (the title's and the statement's mentions one row; 'Tuesday' may date "
     "the announcement rather than the arrests -> precision 2, as the spent Key West arrest row; the bureau -> Police "
     "Forces of Morocco; a cell tied to ISIS leaders -> actor2 Islamic State, as the spent ISIS-cell rows; one cell in "
     "four cities, arrests not placed one by one -> location empty, alternative one row per city; the foiled plots "
     "folded). Not coded: the 1,500 Moroccan fighters abroad, last year's security measures and the regular "
     "dismantling of cells, the prison sentences (generic, legal)"),
    # SN-alweeam-20150724-1734, DCT Friday 24 July
    (WM1734, "القضاء على أبو سياف", "بعد القضاء على أبو سياف قائد المجموعة المسؤولة عن تجارة النفط والغاز شرق سوريا في مايو الماضي",
     BAT, CLASH, "Military Forces of the United States", IS, "", "SY", "2015-05-01", "3", "1", "exact",
     "Daniel Glaser, US Assistant Treasury Secretary for Terrorist Financing", "reported",
     "background (the news is the US estimate of ISIS oil income): a real 'treasure' of information on ISIS financing was "
     "obtained after the 'elimination' of Abu Sayyaf, head of the group running the oil and gas trade in eastern Syria, "
     "'last May' (May 2015, within 12 months -> 1 May, precision 3; the killer is not named, the US frame of the "
     "statement -> Military Forces of the United States, alternative Unidentified armed group; the means is not stated "
     "-> Armed clash, as the spent events56 row of the same 15 May raid; no place -> location empty, SY; one named death "
     "-> 1 exact). Not coded: the ISIS capture of Mosul in June 2014 (more than 12 months before the DCT), the oil "
     "income and salaries (financing)"),
    # ---- set b (no text filter): no events ----
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
