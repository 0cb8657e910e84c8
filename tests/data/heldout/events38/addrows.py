"""Bookkeeping helper for the events38 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, ...).
Run: python3 /work/fresh/cur31/events38/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 38 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events38/sample.py ("This set: events38, seeds 2824 / 2825, drawn at the start of stop 31 (main 88152d2), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2824).shuffle, walked in order; (b) 10 with no text filter, random.Random(2825).shuffle, >=3 sources (got, by source, a: 3alyoum 1, aawsat 1, aleqtisadiya 2, alwatan 2, alyaum 1, okaz 2; b: alyaum 4, alweeam 2, aljazirah 1, alriyadh 1, okaz 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 23 rows): detection F1 0.936 "
       "before (22 matched of 24 A / 23 B rows; 2 A-only rows, 1 B-only row); 1 row added (alwatan-1660 Tariq al-Sad air "
       "strike, B's: a counted raid on a named district, not a generic sub-action of the Daraa battle); 1 row dropped "
       "(aljazirah-506 al-Dosari wounding, folded into the al-Tuwal projectile row as B: same place, actors and date bound); "
       "4 field values changed (locations 'Al Bab, Aleppo', 'Talbiseh, Homs', 'Husaiba, Anbar', B's; okaz-1437 arrests "
       "reported_as reported, B's); 2 kept against B (okaz-1244 Eastern Province Shia mosque background row; aawsat-118 "
       "location 'Kobani', the text's main name); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
ATT = "Attack"
ARR = "Arrests"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
MFSY = "Military Forces of Syria"
REB = "Syrian rebels"
MFIQ = "Military Forces of Iraq"
MFTR = "Military Forces of Turkey"
POLTR = "Police Forces of Turkey"
POLSA = "Police Forces of Saudi Arabia"
CSY = "Civilians (Syria)"
WAT1660 = "SN-alwatan-20150724-1660"
OKZ1437 = "SN-okaz-20150725-1437"
ALY218 = "SN-3alyoum-20150731-218"
WAT1105 = "SN-alwatan-20150807-1105"
OKZ1244 = "SN-okaz-20150808-1244"
AAW118 = "SN-aawsat-20150811-118"
YAUM1686 = "SN-alyaum-20150722-1686"
JAZ506 = "SN-aljazirah-20150802-506"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WAT1660, "هجوماً واسعاً", "بدأت تشكيلات الجبهة الجنوبية هجوماً واسعاً على مراكز قوات النظام في مدينة درعا",
     BAT, CLASH, REB, MFSY, "Daraa", "SY", "2015-07-24", "2", "", "",
     "Al Watan", "reported",
     "field round-up after the diplomatic news (no day stated -> DCT, precision 2): the Southern Front formations began a "
     "wide attack on regime positions in Daraa city within the 'Southern Storm' battle, which aims to take the Daraa "
     "districts still held by the regime (Southern Front -> Syrian rebels; regime forces -> Military Forces of Syria). "
     "The regime air strike on the Tariq al-Sad district of Daraa city is its own row (adjudicated, see that row)"),
    (WAT1660, "بصواريخ من طراز جراد", "مراكز عسكرية في مدينة اللاذقية بصواريخ من طراز جراد",
     ERV, SHELL, REB, MFSY, "Latakia", "SY", "2015-07-24", "2", "", "",
     "Al Watan", "reported",
     "same round-up: the First Coastal Division of the Free Syrian Army targeted military positions in Latakia city with "
     "Grad rockets (FSA division -> Syrian rebels; rockets -> Shelling/artillery/missile attack; no day -> DCT, precision 2)"),
    (WAT1660, "لغارات جوية عنيفة", "تعرضت مدينة الباب بريف حلب لغارات جوية عنيفة من قبل طيران الأسد",
     ERV, AIR, MFSY, "", "Al Bab, Aleppo", "SY", "2015-07-24", "2", "", "",
     "Al Watan", "reported",
     "same round-up: the town of al-Bab in the Aleppo countryside was hit by violent air strikes of Assad's air force "
     "(no target or victims stated -> actor2 empty; no day -> DCT, precision 2; adjudicated: location 'Al Bab, Aleppo', B's, "
     "first 'Al Bab': the text names the Aleppo countryside, as the spent 'Tuz Khurmatu' adjudication keeps the "
     "governorate only where the text names it)"),
    (WAT1660, "قصفت قوات النظام", "مدينة تلبيسة بريف حمص الشمالي التي قصفت قوات النظام مناطق سكنية فيها",
     ERV, SHELL, MFSY, CSY, "Talbiseh, Homs", "SY", "2015-07-24", "2", "", "",
     "Al Watan", "reported",
     "same round-up: regime forces shelled residential areas of the town of Talbiseh in the northern Homs countryside "
     "(residential areas -> Civilians (Syria); no casualties stated; no day -> DCT, precision 2; adjudicated: location "
     "'Talbiseh, Homs', B's, first 'Talbiseh': the text names the northern Homs countryside)"),
    (WAT1660, "وزبدين", "استهدافها عدة بلدات في الريف الشرقي لدمشق وزبدين ودير العصافير",
     ERV, SHELL, MFSY, "", "Zebdin", "SY", "2015-07-24", "2", "", "",
     "Al Watan", "reported",
     "same round-up: the regime forces also targeted several towns of the eastern Damascus countryside, Zebdin and Deir "
     "al-Asafir (one location per row: this row Zebdin; the unnamed towns folded here; 'استهداف' by ground forces -> "
     "Shelling/artillery/missile attack; no victims stated -> actor2 empty)"),
    (WAT1660, "ودير العصافير", "الريف الشرقي لدمشق وزبدين ودير العصافير",
     ERV, SHELL, MFSY, "", "Deir al-Asafir", "SY", "2015-07-24", "2", "", "",
     "Al Watan", "reported",
     "same sentence as the Zebdin row: the regime forces' targeting of Deir al-Asafir, eastern Damascus countryside "
     "(a differently named place -> own row)"),
    (WAT1660, "الغارة التاسعة", "نفذ الطيران الحربي الغارة التاسعة على مناطق في بلدة اليادودة",
     ERV, AIR, MFSY, "", "Al Yadudah", "SY", "2015-07-24", "2", "", "",
     "Al Watan", "reported",
     "same round-up: the (regime) warplanes carried out their ninth air strike on areas of the town of al-Yadudah, with "
     "reports of dead and wounded (vague -> fatalities empty; the nine strikes on the town -> one row; no day -> DCT, "
     "precision 2)"),
    (WAT1660, "حي طريق السد", "كما نفذ غارة على مناطق في أطراف حي طريق السد بمدينة درعا",
     ERV, AIR, MFSY, "", "Tariq al-Sad, Daraa", "SY", "2015-07-24", "2", "", "",
     "Al Watan", "reported",
     "same round-up: the warplanes also struck areas on the edges of the Tariq al-Sad district of Daraa city, bringing "
     "their count to 12 raids (no victims stated -> actor2 empty; no day -> DCT, precision 2). Adjudicated: added from "
     "B; my first version folded it into the Daraa battle row, but it is a specific, counted raid on a named district "
     "by another actor, and the paragraph's other counted raids (al-Yadudah, Tal Shihab) have their own rows; the "
     "battle-folding convention covers strikes described generically"),
    (WAT1660, "البراميل المتفجرة", "وألقى الطيران المروحي مزيدا من البراميل المتفجرة على مناطق في بلدة تل شهاب",
     ERV, AIR, MFSY, "", "Tal Shihab", "SY", "2015-07-24", "2", "", "",
     "Al Watan", "reported",
     "same round-up: helicopters dropped more barrel bombs on areas of the town of Tal Shihab, no reports of casualties "
     "(barrel bombs from helicopters -> Air/drone strike; no day -> DCT, precision 2)"),
    (WAT1660, "محاولاتها للتقدم", "تستمر ميليشيات حزب الله في محاولاتها للتقدم من دون أن تحقق أي نجاح",
     BAT, CLASH, "Hezbollah", REB, "Zabadani", "SY", "2015-07-24", "2", "", "",
     "Al Watan", "reported",
     "same round-up: in Zabadani Hezbollah's militias continue their attempts to advance without any success so far "
     "(ongoing battle, present tense -> DCT, precision 2; the defenders are not named, Zabadani's opposition fighters -> "
     "Syrian rebels, as the spent aawsat-107 Zabadani rows). Folded: Assad's air force resumed its violent bombardment "
     "of the city (strikes in the same place and days as the battle; alternative own Air/drone strike row)"),
    (OKZ1437, "قصفت طائرات حربية تركية", "للمرة الأولى قصفت طائرات حربية تركية أهدافا لتنظيم داعش في سوريا أمس",
     ERV, AIR, MFTR, ISIS, "", "SY", "2015-07-24", "1", "", "",
     "Okaz; Erdogan's office (statement)", "reported",
     "'yesterday' (DCT 25 July -> 24 July): for the first time Turkish warplanes struck ISIS targets in Syria; Erdogan's "
     "office: three F-16s struck two headquarters and a gathering point of the organisation before returning to base "
     "(same strike -> one row; no place beyond Syria -> location empty, SY, as the spent aleqtisadiya-312 and 3alyoum-65 "
     "rows). Not coded: the opening of Incirlik air base to US aircraft and the reported no-fly-zone agreement "
     "(inter-state access), Erdogan's promise of tougher measures against the Kurds"),
    (OKZ1437, "اعتقلت قرابة 300 شخص", "إن الشرطة اعتقلت قرابة 300 شخص في حملات أمس",
     SD, ARR, POLTR, "", "", "TR", "2015-07-24", "1", "", "",
     "Turkish Prime Minister Ahmet Davutoglu; local media (CNN Turk, NTV)", "reported",
     "the Turkish PM said the police arrested about 300 people 'yesterday' (24 July) in campaigns against suspected ISIS "
     "members and Kurdish militants (two groups named -> actor2 empty; adjudicated: reported, as B, first claimed: local "
     "media independently report the operation and its raids, so the arrests are not given only as the government's "
     "assertion, and announced arrests are reported in the spent sets). Folded: local media's helicopters and 5,000+ officers in the operation, and the counter-terrorism "
     "police's raids on more than 100 sites across Istanbul (the same operation; the arrests are not placed -> location "
     "empty; alternative 'Istanbul')"),
    (ALY218, "انتحاريا فجر نفسه", "إن انتحاريا فجر نفسه في سوق مكتظة بمدينة مايدوجوري",
     ERV, SUI, "Boko Haram", "Civilians (Nigeria)", "Maiduguri", "NG", "2015-07-31", "1", "6", "exact",
     "Nigerian National Emergency Management Agency (via Ain Alyoum); Reuters", "reported",
     "'today Friday' (the DCT, 31 July): a suicide bomber blew himself up in a crowded market in Maiduguri, killing six "
     "(11 wounded, Reuters count); witnesses: a rickshaw driver detonated an explosive device at the market entrance at "
     "about 7:30 am (same event, folded); no claim, 'bears the hallmarks of Boko Haram' -> Boko Haram, as the spent "
     "aawsat-140 row (alternative Unidentified armed group); market crowd -> Civilians (Nigeria)"),
    (ALY218, "قتل خلالها أكثر من 600 شخص", "التي قتل خلالها أكثر من 600 شخص في شمال البلاد منذ تنصيب الرئيس",
     VAC, ATT, "Boko Haram", "", "", "NG", "2015-05-29", "3", "600", "at_least",
     "Reuters count (via Ain Alyoum)", "reported",
     "aggregate: the Maiduguri attack is the latest in a series of bombings and shootings that killed more than 600 "
     "people in the north of the country since President Buhari's inauguration on 29 May (dated at its start, precision "
     "3; mixed kinds -> Violence against civilians/Attack, as the spent aawsat-100 '800' aggregate; the series is "
     "Boko Haram's campaign in context -> Boko Haram, alternative Unidentified armed group; 'the north' -> location "
     "empty). Not coded: Boko Haram's hold of the market area until late 2013 (too old)"),
    (WAT1105, "المرحلة الثانية", "بدأت القوات الأمنية بمشاركة متطوعي العشائر في تنفيذ المرحلة الثانية",
     BAT, CLASH, MFIQ, ISIS, "Ramadi", "IQ", "2015-08-07", "2", "", "",
     "Al Watan; Hikmat Sulaiman, political adviser to the Anbar local government (to Al Watan)", "reported",
     "the title's news: the security forces, with tribal volunteers, began the second phase of the operation to liberate "
     "Ramadi from ISIS; the adviser: supply lines cut, a cordon on three axes, 'our forces fight in the heart of the "
     "city and around it' (ongoing, no start day -> DCT, precision 2; siege and advance folded; security forces -> "
     "Military Forces of Iraq, tribal volunteers in the note; stated by the outlet -> reported)"),
    (WAT1105, "تطهير عدد من المناطق", "أسفرت عن تطهير عدد من المناطق الخاضعة لسيطرة داعش",
     BAT, GRT, MFIQ, ISIS, "Anbar", "IQ", "2015-08-07", "3", "", "",
     "Hikmat Sulaiman, political adviser to the Anbar local government (to Al Watan)", "claimed",
     "background: the first phase of the operation cleared several ISIS-held areas, among them al-Fuhaimi, al-Zawiya, "
     "then al-Sakra and al-Raihana, towards Haditha district (one list, one row; the text gives no day -> DCT, "
     "precision 3; four small places -> the governorate the text names, Anbar; alternative one row per place; the "
     "adviser of a party to the fighting is the only source -> claimed)"),
    (WAT1105, "مقتل 52", "مؤكدا مقتل 52 عنصرا من بينهم اثنان من قياديي داعش",
     BAT, CLASH, MFIQ, ISIS, "Husaiba, Anbar", "IQ", "2015-08-06", "1", "52", "exact",
     "Hikmat Sulaiman, political adviser to the Anbar local government (to Al Watan)", "claimed",
     "'yesterday' (DCT 7 August -> 6 August): military operations in the areas of Husaiba, al-Malahma and Albu Alwan "
     "(around Ramadi, in the operation to liberate it) killed 52 ISIS members including two leaders, wounded more than 58 "
     "and destroyed nine weapons depots and 22 vehicles (a differently dated step of the Ramadi battle -> own row; "
     "three areas in one sentence with one toll -> one row at the first area named, in Anbar, the governorate the text "
     "names; adjudicated: B's location, first 'Ramadi', which this sentence does not name; the party's adviser "
     "only -> claimed). Not coded: the return of dozens of displaced families to al-Karma"),
    (OKZ1244, "بتفجير مسجد للسنة", "قام تنظيم داعش بتفجير مسجد للسنة داخل مبنى قوات الطوارئ في عسير",
     ERV, SUI, ISIS, POLSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "Okaz (opinion column)", "reported",
     "background (opinion column): ISIS bombed a Sunni mosque inside the Emergency Forces building in Asir; the title "
     "('those behind the suicide bomber') and the column (a young man 'blowing himself up among the worshippers', the "
     "Emergency Forces martyrs) make it a suicide bombing -> Suicide bomb (alternative the generic explosive sub-type); "
     "the column states ISIS as the perpetrator -> Islamic State, as the spent aawsat-150 row; Emergency Forces -> "
     "Police Forces of Saudi Arabia; no day, no toll -> DCT, precision 3, as aawsat-150"),
    (OKZ1244, "بعد تفجيره مسجدا للشيعة", "بعد تفجيره مسجدا للشيعة في المنطقة الشرقية",
     ERV, IED, ISIS, "Civilians (Saudi Arabia)", "Eastern Province", "SA", "2015-08-08", "3", "", "",
     "Okaz (opinion column)", "reported",
     "background (same column): before Asir, ISIS 'bombed a mosque of the Shia in the Eastern Province' (the text does "
     "not say which of the May bombings, al-Qudaih or al-Anoud; no day, no toll -> DCT, precision 3, as the spent "
     "undated Dammam/Qatif background rows; only 'تفجير' -> generic explosive sub-type; worshippers -> Civilians (Saudi "
     "Arabia)). Borderline: an unspecific mention; alternative not coded. Adjudicated: kept against B, who left it out "
     "as an undated passing mention that fits either May bombing: the text states one past ISIS bombing of a Shia mosque "
     "in a named region, before Asir, and undated recent background mentions are coded at DCT, precision 3, in the spent "
     "sets (Dammam/Qatif, Troglitz); which real bombing it was is outside knowledge. Not coded: the soldiers' 'victories on the "
     "border' and the foiled plots (generic)"),
    (AAW118, "8 عمليات انتحارية", "و8 عمليات انتحارية قام بها مواطنوها في 2015",
     ERV, SUI, UAG, "", "", "SY", "2015-01-01", "3", "", "",
     "Asharq Al-Awsat (French official figures)", "reported",
     "aggregate: the title's 8 suicide operations carried out by French nationals in 2015 (of 11 in all, which killed "
     "'dozens': vague -> fatalities empty; the 3 earlier ones are undated and folded); year -> 1 January 2015, precision 3; "
     "the bombers' groups are not named (the article speaks of ISIS and al-Nusra in general) -> Unidentified armed group; "
     "no place, the paragraph is about Syria -> SY, alternative IQ. Not coded: the 126 French jihadists killed in Syria "
     "(a casualty count by nationality, mixed causes), Sid Ahmed Ghlam's foiled church attack plan of 19 April (no "
     "attack, no arrest stated; weapons found by the investigation)"),
    (AAW118, "القصف الجوي منذ عام", "الذي سقطوا في عمليات القصف الجوي منذ عام بـ10 آلاف شخص",
     ERV, AIR, "Global Coalition Against Daesh", ISIS, "", "SY", "2014-08-11", "3", "10000", "about",
     "the American side (via Asharq Al-Awsat)", "claimed",
     "aggregate: the American side estimates the ISIS fighters killed in air strikes 'since a year' at 10,000 (dated at "
     "the period's start, DCT minus one year, precision 3; 'يقدر ... بـ10 آلاف' -> 10000 about; the US-led air "
     "campaign -> Global Coalition Against Daesh; no place, Syria and Iraq, the paragraph is about Syria -> SY, "
     "alternative IQ; the striking party's estimate -> claimed)"),
    (AAW118, "قتلوا في محاولة", "قد قتلوا في محاولة التنظيم الاستيلاء على كوباني",
     BAT, CLASH, ISIS, "YPG: Peoples Protection Units", "Kobani", "SY", "2015-08-11", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: hundreds of ISIS members were killed in the group's attempt to seize Kobani (Ain al-Arab) and in the "
     "later battles with the Kurds in Syria ('hundreds' -> fatalities empty; the Kurds -> YPG, as the spent "
     "aleqtisadiya-883 Ain al-Arab row; the text gives no date -> DCT, precision 3; the later battles folded; adjudicated: "
     "location 'Kobani' kept against B's 'Ain al-Arab': the text's main name is 'كوباني', 'عين العرب' in brackets, and the "
     "spent sets follow the text's name, as alriyadh-566 'Kobani')"),
    # ---- set b (no text filter) ----
    (YAUM1686, "كشف عن تلك الخلايا العنقودية", "وكشف عن تلك الخلايا العنقودية الكبيرة",
     SD, ARR, POLSA, ISIS, "", "SA", "2015-07-22", "2", "", "",
     "Al Yaum (editorial)", "reported",
     "background (editorial): the recent 'distinguished security effort' that uncovered the large cluster cells and "
     "their terrorist plans (ISIS planted the cells, the text says) -> the interior ministry's dismantling of the "
     "ISIS-linked cells, coded Arrests as the spent almadina-653 '431' column (the word 'arrest' not used; 'seizing the "
     "criminal elements before the crime' folded); recent, no day -> DCT, precision 2, as the spent almadina-490 "
     "column; no place. Not coded: the closing of some social-media accounts"),
    (JAZ506, "بشظايا مقذوف عسكري", "نتيجة إصابته بشظايا مقذوف عسكري من داخل الأراضي اليمنية",
     ERV, SHELL, UAG, POLSA, "Al Tuwal", "SA", "2015-08-01", "2", "1", "exact",
     "Al Jazirah", "reported",
     "background (the news is the funeral prayer 'yesterday', DCT 2 August -> 1 August, and the condolences): Khalid "
     "Hamdi of the Mujahideen force, al-Tuwal sector (Jazan region), was killed by shrapnel of a military projectile "
     "fired from inside Yemeni territory (no attacker named -> Unidentified armed group, alternative Houthis; the "
     "Mujahideen force belongs to the Interior Ministry -> Police Forces of Saudi Arabia; no day, the funeral bounds it -> "
     "1 August, precision 2, as the spent alwatan-827 martyr row; one named dead -> 1 exact). Folded (adjudicated, as "
     "B; first its own row): the wounding of Mohsen al-Dosari of the same force and sector when his patrol was hit by "
     "shrapnel of a projectile from Yemeni territory (visited in al-Tuwal hospital 'yesterday'): the text gives no "
     "day of its own, and with the same place, actors, sub-type and date bound it would be the same ACLED event; the "
     "text does not say whether it was the same projectile"),
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
