"""Bookkeeping helper for the events79 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events77/addrows.py (itself from events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur45/events79/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 79 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events79/sample.py ("This set: events79, seeds 2962 / 2963, drawn at the start of stop 45 (751b2e5a), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2962).shuffle, walked in order; (b) 10 with no text filter, random.Random(2963).shuffle, >=3 sources (got, by source, a: alyaum 3, aawsat 2, aljazirah 2, alriyadh 1, 3alyoum 1, okaz 1; b: alwatan 3, alriyadh 2, 3alyoum 2, aljazirah 1, okaz 1, aawsat 1).
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
ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 20 rows): detection F1 0.826 before by compare.py (19 matched of 26 A / 20 B rows, P 0.950, R 0.731; compare.py left unpaired the one true pair typed differently, the Houthi raid on al-Yadoumi's house, A SD/Arrests, B VAC/Abduction; true pairs 20, true F1 0.870); both gave rows to the same 3 articles and left the same 17 empty; on compare.py's 19 pairs event_type, sub_event_type, actor1, actor2 and location_country agreed 19/19, event_date 18/19, location, time_precision, fatalities, fatalities_qualifier and reported_as 16/19; 26 -> 23 rows: 3 rows dropped, as B (two areas in one sentence with one stated toll -> one row at the first area named with the toll, as the spent adjudicated aawsat-425 and alwatan-1105 rows): Juwaiba folded into Husaiba (31 exact), al-Tamim into Anbar University (27 exact), al-Hardaniya into Sinjar (20 about); values changed to B's: Wadi Hassan and Shuqrah background, precision 3 (pluperfect recaps; first 2), the Abyan two-day toll dated 10 August, precision 2, not an aggregate (as the spent alwatan-1033 'past two days' row; first aggregate, 9 August, precision 3), the al-Yadoumi raid VAC/Abduction ('اختطاف' of relatives; first SD/Arrests), 'Al Jolan, Fallujah' (first 'Al Julan'); kept against B: the background al-Dhale and Lahij rows (as the spent 3alyoum-44 al-Dhale row), the US/coalition air-strike aggregate since August 2014 (as events77's aljazirah-994), the Tharthar location of the Anbar advance (B 'Anbar'), 'Khalidiya, Anbar' (B 'Al Khalidiya, Anbar'), claimed for the government-side tallies of ISIS dead at Husaiba, Anbar University and Sinjar (as the spent alwatan-1105 and aawsat-425 rows; B reported); every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
GC = "Global Coalition Against Daesh"
MFI = "Military Forces of Iraq"
PESH = "Military Forces of Iraq (Peshmerga)"
PMF = "Popular Mobilization Forces"
POL = "Police Forces of Saudi Arabia"
CIQ = "Civilians (Iraq)"
OKZ1469 = "SN-okaz-20150811-1469"
YAU1225 = "SN-alyaum-20150725-1225"
WTN973 = "SN-alwatan-20150811-973"
OKZSRC = "Yemeni military sources (via Okaz)"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Yemen, Abyan/Ibb/Taiz/Sanaa (okaz-1469, DCT Tuesday 11 August 13:34 UTC); no day is stated for any item
    (OKZ1469, "تقدمت قوات الجيش الوطني اليمني", "تقدمت قوات الجيش الوطني اليمني والمقاومة الشعبية باتجاه مدينة لودر",
     BAT, CLASH, YR, HOU, "Lawdar, Abyan", "YE", "2015-08-11", "2", "", "", OKZSRC, "reported",
     "the title's news: the national army and the popular resistance advanced toward Lawdar, Abyan's second city; the "
     "Houthi militias and Saleh's forces fled Lawdar by the Aqabat Thirah road on learning that the southern resistance "
     "had reached the city's outskirts, leaving dozens of their men behind; Lawdar 'is witnessing violent clashes' (the "
     "flight, the advance and the clashes folded into one battle row; not yet taken -> Armed clash; pro-Hadi army and "
     "resistance -> Yemeni Resistance, as the spent alweeam-1144 Lawdar row, alternative Military Forces of Yemen; no "
     "day, breaking report -> DCT, precision 2; 'dozens' left behind -> fatalities empty)"),
    (OKZ1469, "بعد أن سيطرت على وادي حسان", "بعد أن سيطرت على وادي حسان",
     BAT, GRT, YR, HOU, "Wadi Hassan, Abyan", "YE", "2015-08-11", "3", "", "", OKZSRC, "reported",
     "background: the pro-legitimacy forces had taken Wadi Hassan before taking Shuqrah (a pluperfect recap with no day "
     "-> DCT, precision 3 by the 'otherwise' rule; adjudicated, as B: first precision 2 as a current item); 'hundreds of "
     "the militias fell between captive and killed in Wadi Hassan and Shuqrah' mixes dead and captured -> fatalities "
     "empty, folded into the Abyan two-day toll row"),
    (OKZ1469, "سيطرت على مدينة شقرة", "وكانت القوات الموالية للشرعية سيطرت على مدينة شقرة",
     BAT, GRT, YR, HOU, "Shuqrah, Abyan", "YE", "2015-08-11", "3", "", "", OKZSRC, "reported",
     "background: the pro-legitimacy forces had taken the town of Shuqrah in Abyan, after Wadi Hassan (one location per "
     "row; pluperfect recap, no day -> DCT, precision 3; adjudicated, as B: first precision 2; the spent almadina-644 "
     "row of the same capture, DCT 10 August, has 9 August)"),
    (OKZ1469, "مقتل ما يقارب 278", "الإحصائيات الأولية إلى مقتل ما يقارب 278",
     BAT, CLASH, YR, HOU, "Abyan", "YE", "2015-08-10", "2", "278", "about", OKZSRC, "reported",
     "initial statistics put the toll at about 278 killed and 356 wounded among the Houthi militias and Saleh's forces "
     "'in the past two days' in Abyan province ('past two days' -> DCT-1 = 10 August, precision 2, as the spent "
     "alwatan-1033 'past two days' Abyan toll row; 'ما يقارب' -> about; the 'hundreds killed or captured' in Wadi Hassan "
     "and Shuqrah folded; adjudicated, as B: a two-day toll of the offensive, not a since-the-campaign aggregate; first "
     "'aggregate', 9 August, precision 3)"),
    (OKZ1469, "تحرير مدينة زنجبار", "وسبق ذلك تحرير مدينة زنجبار",
     BAT, GRT, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-11", "3", "", "", OKZSRC, "reported",
     "background: before that, the liberation of Zinjibar, Abyan's capital, with the 15th Infantry Brigade, completely "
     "(no day -> DCT, precision 3, as the spent undated background rows; the brigade folded; the earlier 'fall of Abyan "
     "city and its liberation' in the list is the same capture of Abyan's capital -> folded here)"),
    (OKZ1469, "السيطرة الكاملة للمقاومة الجنوبية على محافظة الضالع", "بعد السيطرة الكاملة للمقاومة الجنوبية على محافظة الضالع ولحج",
     BAT, GRT, YR, HOU, "Ad Dali", "YE", "2015-08-11", "3", "", "", OKZSRC, "reported",
     "background: the Lawdar setbacks come after the southern resistance's full control of al-Dhale governorate (no day "
     "-> DCT, precision 3, as the spent 3alyoum-44 background al-Dhale liberation row; southern resistance -> Yemeni "
     "Resistance)"),
    (OKZ1469, "ولحج", "على محافظة الضالع ولحج وتأمين",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-11", "3", "", "", OKZSRC, "reported",
     "background: the southern resistance's full control of Lahij governorate, in the same list as al-Dhale (one "
     "location per row; no day -> DCT, precision 3). Not coded: 'securing Aden completely' (securing, no capture "
     "described; alternative a background row); 'the fall of Abyan city and its liberation' is the Zinjibar row"),
    (OKZ1469, "ودخل مقاتلو المقاومة الشعبية المجمع الحكومي", "ودخل مقاتلو المقاومة الشعبية المجمع الحكومي في مديرية الرضمة",
     BAT, GRT, YR, HOU, "Ar Radmah, Ibb", "YE", "2015-08-11", "2", "", "", OKZSRC, "reported",
     "in Ibb (south of Sanaa) the pro-legitimacy forces took a fourth district of the province: the popular resistance "
     "fighters entered the government compound of al-Radmah district after the Houthi and Saleh militias left it "
     "following negotiations that ended with their laying down their arms (the 'fourth district' is read as al-Radmah "
     "-> one row; GRT as the spent almadina-644 al-Radmah row, alternative SD/Non-violent transfer of territory; no day "
     "-> DCT, precision 2)"),
    (OKZ1469, "أسفرت مواجهات", "فقد أسفرت مواجهات عن مقتل 21 من الحوثيين",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-11", "2", "23", "exact", OKZSRC, "reported",
     "in Taiz (south of Sanaa) clashes killed 21 Houthis and wounded 36, while two of the legitimate forces were killed "
     "(21 + 2 = 23 exact; no day -> DCT, precision 2)"),
    (OKZ1469, "مواجهات وغارات لطيران التحالف", "وأسر اثنان في مواجهات وغارات لطيران التحالف",
     BAT, CLASH, YR, HOU, "", "YE", "2015-08-11", "2", "41", "exact", OKZSRC, "reported",
     "borderline: 41 Houthi militiamen were killed and two captured in clashes and coalition air strikes 'in the past "
     "24 hours' (no place named -> location empty, alternative Taiz from the preceding sentence; clashes and strikes "
     "not split -> one Battles row with the toll, alternative a separate Saudi-led coalition air-strike row; past 24 "
     "hours -> DCT, precision 2)"),
    (OKZ1469, "اقتحام ميليشيا الحوثي منزل", "اقتحام ميليشيا الحوثي منزل رئيس حزب الإصلاح",
     VAC, "Abduction/forced disappearance", HOU, "Civilians (Yemen)", "Sanaa", "YE", "2015-08-11", "2", "", "",
     "Yemeni sources (via Okaz)", "reported",
     "the Houthi militia stormed the Sanaa house of the Islah party chairman Mohammed al-Yadoumi and abducted ('اختطاف') "
     "his brother and two of his sons (adjudicated, as B: VAC/Abduction, the text's verb is 'اختطاف' and the victims "
     "are relatives taken in a house raid, not wanted persons arrested; first Strategic developments/Arrests as the "
     "spent almadina-644 Houthi arrest ('القبض') of Islah leaders, now the alternative; the storming folded; no day -> "
     "DCT, precision 2)"),
    # Iraq round-up (alyaum-1225, DCT Saturday 25 July 10:01 UTC; the report is Friday's news: 'الجمعة' = 24 July,
    # 'الخميس' = 23 July); undated items -> DCT, precision 2
    (YAU1225, "تقدمت قوات الحكومية العراقية", "تقدمت قوات الحكومية العراقية نحو محافظة الأنبار من محور الثرثار",
     BAT, CLASH, MFI, IS, "Tharthar", "IQ", "2015-07-25", "2", "15", "exact", "Iraqi government (via Al Yaum)", "reported",
     "the title's news: the Iraqi government forces advanced toward Anbar province from the Tharthar axis; the "
     "government said it killed 15 ISIS gunmen (tied to the advance, the only place in the sentence pair; the number "
     "is the government's -> noted, the advance itself is the outlet's); the ministry's 'progress in the battles there' "
     "folded; not coded: its forecast of reaching Ramadi's edges 'within days' (planned, vague)"),
    (YAU1225, "هاجمت مواقع لتنظيم داعش", "أن القوات العراقية هاجمت مواقع لتنظيم داعش في منطقتي حصيبة وجويبة",
     BAT, CLASH, MFI, IS, "Husaiba, Anbar", "IQ", "2015-07-25", "2", "31", "exact",
     "Anbar provincial council spokesman Eid Ayyash (to Anadolu, via Al Yaum)", "claimed",
     "the Iraqi forces attacked ISIS positions in Husaiba and Juwaiba east of Ramadi, killed 31 of them and destroyed "
     "some of their vehicles (adjudicated, as B: two areas in one sentence with one stated toll -> one row at the first "
     "area named, Juwaiba folded, 31 exact, as the spent adjudicated aawsat-425 Albu Alwan and alwatan-1105 Husaiba rows; "
     "first a Juwaiba row too with the toll empty on both; 'Husaiba, Anbar' as the spent alwatan-1105 row; a "
     "government-side body's tally of enemy dead -> claimed, as the spent alwatan-1105 row (kept against B's reported); "
     "no day -> DCT, precision 2)"),
    (YAU1225, "وتم قصفها وتدميرها بالكامل", "وتم قصفها وتدميرها بالكامل",
     ERV, AIR, GC, IS, "Anbar University, Ramadi", "IQ", "2015-07-25", "2", "27", "exact",
     "Col. Walid al-Dulaimi, Anbar Operations Command (to Anadolu, via Al Yaum)", "claimed",
     "coalition aircraft and army artillery, given the coordinates by the Counter-Terrorism Service, struck ISIS "
     "gatherings at Anbar University and the adjacent al-Tamim area and destroyed them completely, killing 27 ISIS "
     "members and destroying three vehicles (aircraft named first -> Air/drone strike, Global Coalition Against Daesh, "
     "the army artillery in the note, alternative a separate Military Forces of Iraq shelling row; adjudicated, as B: "
     "two areas with one toll -> one row at the first area named, al-Tamim folded, 27 exact, as the spent adjudicated "
     "aawsat-425 row; first an 'Al Tamim, Ramadi' row too with the toll empty on both; the lead's 'military sources: 47 "
     "ISIS members killed in coalition air bombardment in Anbar and Nineveh' is the summary of this and the Nineveh item "
     "(27 + about 20) -> folded; an operations officer's count of enemy dead -> claimed, as the spent aawsat-425 rows, "
     "kept against B's reported; no day -> DCT, precision 2)"),
    (YAU1225, "قصفت بشكل مركز", "إن قوات البشمركة قصفت بشكل مركز معاقل",
     ERV, SHELL, PESH, IS, "Sinjar", "IQ", "2015-07-25", "2", "20", "about", "military sources (via Al Yaum)", "claimed",
     "in Nineveh the Peshmerga forces intensively bombarded ISIS strongholds and gatherings in Sinjar district west of "
     "Mosul and the al-Hardaniya sub-district, killing about twenty and wounding others (ground forces' 'قصف', no "
     "aircraft -> Shelling; adjudicated, as B: two areas with one toll -> one row at the first area named, al-Hardaniya "
     "folded, 'نحو عشرين' -> 20 about, as the spent adjudicated aawsat-425 row; first a 'Hardaniya' row too with the toll "
     "empty on both; the military sources' count of enemy dead -> claimed, kept against B's reported; no day -> DCT, "
     "precision 2)"),
    (YAU1225, "سيطروا على مواقع جديدة", "إن مقاتليه سيطروا على مواقع جديدة قرب الخالدية",
     BAT, NSO, IS, MFI, "Khalidiya, Anbar", "IQ", "2015-07-25", "2", "", "", "ISIS sources (via Al Yaum)", "claimed",
     "ISIS sources said its fighters took new positions near al-Khalidiya east of Ramadi during an attack on army and "
     "Sahwa positions in villages and towns around the Habbaniyah air base (the attack folded; Sahwa in the note; only "
     "the group's assertion -> claimed; no day -> DCT, precision 2)"),
    (YAU1225, "في هجوم للتنظيم على موقع للحشد", "قـُتلوا في هجوم للتنظيم على موقع للحشد",
     BAT, CLASH, IS, PMF, "Saqlawiyah, Anbar", "IQ", "2015-07-25", "2", "58", "exact",
     "ISIS sources; Iraqi army sources (via Al Yaum)", "reported",
     "an ISIS attack on a Popular Mobilization position around al-Saqlawiyah north-east of Fallujah: ISIS sources say "
     "113 PMF members were killed, Iraqi army sources that it killed 58 and wounded dozens of the army and the PMF "
     "(both sides confirm the attack -> reported; the army's own-side toll 58 exact, the ISIS claim of 113 noted; "
     "actor2 Popular Mobilization Forces, the army in the note; no day -> DCT, precision 2)"),
    (YAU1225, "أعدم الخميس بالرصاص 22 جنديا", "أعدم الخميس بالرصاص 22 جنديا عراقيا",
     VAC, "Attack", IS, MFI, "Industrial District, Fallujah", "IQ", "2015-07-23", "1", "22", "exact",
     "Sheikh Ahmed Dara al-Jumaili, spokesman of the council of sheikhs of Fallujah and Karma (via Al Yaum)", "reported",
     "ISIS executed 22 Iraqi soldiers by shooting on Thursday (DCT Saturday 25 July -> 23 July, precision 1) in the "
     "industrial district south of Fallujah (captured soldiers killed -> VAC/Attack with the victims' force as actor2, "
     "as the spent aljazirah-389 row)"),
    (YAU1225, "اعدم أربعة سائقين", "أن تنظيم داعش اعدم أربعة سائقين في مدينة الشرقاط",
     VAC, "Attack", IS, CIQ, "Shirqat", "IQ", "2015-07-24", "1", "4", "exact",
     "unnamed security source (via Al Yaum)", "reported",
     "the title's second news: on Friday (24 July, precision 1) ISIS executed by shooting four drivers in Shirqat for "
     "carrying citizens fleeing toward al-Nukhayb and al-Alam (the title's 'يعدم أربعة سائقين' is the same event -> one "
     "row). Not coded: its order banning departure from Shirqat (no violence)"),
    (YAU1225, "قصف مدفعي", "بسقوط قتلى وجرحى في قصف مدفعي",
     ERV, SHELL, MFI, CIQ, "Fallujah", "IQ", "2015-07-23", "1", "", "", "sources (via Al Yaum)", "reported",
     "dead and wounded in artillery shelling 'by the Iraqi army or the Popular Mobilization militias' that targeted a "
     "market in Fallujah west of Baghdad on Thursday (23 July, precision 1); blood-donation calls from the mosques "
     "('dead and wounded', no number -> fatalities empty; the army named first -> Military Forces of Iraq, alternative "
     "Popular Mobilization Forces)"),
    (YAU1225, "إثر قصف استهدف مسجد", "إثر قصف استهدف مسجد أبي أيوب الأنصاري",
     ERV, SHELL, UAG, CIQ, "Al Jolan, Fallujah", "IQ", "2015-07-25", "2", "", "", "reports from inside Fallujah (via Al Yaum)",
     "reported",
     "a number of people killed and wounded by bombardment that targeted the Abu Ayyub al-Ansari mosque in the al-Jolan "
     "quarter, north of Fallujah (adjudicated, as B: 'Al Jolan', the usual English spelling, first 'Al Julan'; no shooter named -> Unidentified armed group, alternative Military Forces of Iraq as "
     "the market row; 'قصف' of a city quarter, no aircraft named -> Shelling, alternative Air/drone strike; no number -> "
     "fatalities empty; no day -> DCT, precision 2)"),
    (YAU1225, "شن غارات جوية ضد التنظيم منذ اغسطس 2014", "إعلان الولايات المتحدة شن غارات جوية ضد التنظيم منذ اغسطس 2014",
     ERV, AIR, GC, IS, "", "IQ", "2014-08-01", "3", "", "", "Al Yaum", "reported",
     "aggregate: the United States has carried out air strikes against ISIS since August 2014 and the international "
     "coalition strikes daily, mostly in support of the Peshmerga (within 12 months of the DCT; dated at the start, "
     "precision 3, as the spent events77 aljazirah-994 'since August' aggregate; location empty). Not coded: Carter's "
     "visit to Baghdad and Erbil (diplomatic), the mass displacement from Khan Bani Saad after death threats by "
     "sectarian militias and the army's blocking of families (no violent act described), the generic Anbar operations "
     "with the PMF, ISIS's 2014 sweep that threatened Erbil (over 12 months)"),
    # Unregistered SIM cards in Riyadh (alwatan-973, DCT Tuesday 11 August)
    (WTN973, "فجر نفسه في مسجد الطوارئ", "يوسف السليمان الذي فجر نفسه في مسجد الطوارئ بعسير",
     ERV, "Suicide bomb", UAG, POL, "Asir", "SA", "2015-08-11", "3", "", "", "Al Watan", "reported",
     "background (the news is the street sale of unregistered SIM cards in Riyadh): the dead suicide bomber Yusuf "
     "al-Sulaiman, who blew himself up in the Emergency [Forces] mosque in Asir, used unregistered SIM cards (bomber who "
     "blew himself up -> Suicide bomb, as the spent alwatan-1041 row naming him; no group named -> Unidentified armed "
     "group; Emergency Forces -> Police Forces of Saudi Arabia; no day in the text -> DCT, precision 3, as the spent "
     "undated background rows; no toll)"),
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
