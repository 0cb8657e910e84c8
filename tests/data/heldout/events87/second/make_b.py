"""Bookkeeping helper for annotator B of the events87 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur48/events87/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 87 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2990/2991, drawn at the start of stop 48, main 33dff2c, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2990).shuffle, walked in order; (b) 10 with no text filter: random.Random(2991).shuffle, walked in order, >=3 sources (got, by source, a: alriyadh 3, alyaum 2, aawsat 1, aleqtisadiya 1, aljazirah 1, almadina 1, alwatan 1; b: alyaum 3, alriyadh 2, okaz 2, aawsat 1, aljazirah 1, alweeam 1).
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
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
POLTR = "Police Forces of Turkey"
CIVYE = "Civilians (Yemen)"
CIVSY = "Civilians (Syria)"
CIVTN = "Civilians (Tunisia)"
REB = "Syrian rebels"
POLBH = "Police Forces of Bahrain"
MD687 = "SN-almadina-20150726-687"
AY1045 = "SN-alyaum-20150809-1045"
WT2163 = "SN-alwatan-20150806-2163"
AW351 = "SN-aawsat-20150731-351"
AY1066 = "SN-alyaum-20150809-1066"
RY765 = "SN-alriyadh-20150722-765"
RY604 = "SN-alriyadh-20150723-604"
WM2318 = "SN-alweeam-20150806-2318"
SANA = "Syrian Arab News Agency (SANA, via Al Yaum)"
MIN = "Yemeni human rights minister Ezzeddin al-Asbahi (letter to the UN, via Al Riyadh)"
SAAD = "Maj. Gen. Jaafar Mohammed Saad, Hadi's military adviser (via Al Riyadh)"
RY = "Al Riyadh"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (MD687, "قتل 38 سائحًا", "في يونيو في سوسة حيث قتل 38 سائحًا",
     VAC, "Attack", IS, CIVTN, "Sousse", "TN", "2015-06-01", "3", "38", "exact",
     "Al Madina", "reported",
     "background (the news is the Tunisian parliament's new anti-terrorism law): the vote came amid a growing threat after "
     "the two attacks of June in Sousse, where 38 tourists were killed, and of March at the Bardo Museum; 'ISIS claimed "
     "both attacks' -> Islamic State, as the spent aawsat-143 Sousse row; the means are not stated -> Violence against "
     "civilians/Attack, as the spent Sousse rows; month only -> 1 June, precision 3 (the real 26 June is not in the text); "
     "tourists -> Civilians (Tunisia), as the spent rows. Not coded: the law's adoption, the NGOs' criticism (politics/"
     "legal), the 2003 law used against Ennahda (far too old)"),
    (MD687, "متحف باردو", "وفي مارس في متحف باردو في العاصمة التونسية",
     VAC, "Attack", IS, CIVTN, "Bardo Museum, Tunis", "TN", "2015-03-01", "3", "22", "exact",
     "Al Madina", "reported",
     "background: the March attack at the Bardo Museum in the Tunisian capital ('22 dead, among them 21 tourists' -> 22 "
     "exact), claimed by ISIS as the Sousse attack (see that row); month only -> 1 March, precision 3 (the real 18 March is "
     "not stated); 'Bardo Museum, Tunis' as the spent adjudicated aawsat-143 row; within 12 months of the DCT"),
    (AY1045, "القذائف الصاروخية", "ارتفعت حصيلة قتلى القذائف الصاروخية التي سقطت على احياء عدة في دمشق",
     ERV, SHELL, REB, CIVSY, "Damascus", "SY", "2015-08-08", "2", "11", "exact",
     SANA, "reported",
     "the title's news: the toll of the rocket shells that fell on several districts of Damascus rose to 11 dead, three "
     "children among them, and 46 wounded (SANA: the 'terrorist' rocket attacks on al-Thawra and Baghdad streets, Bab "
     "Touma and al-Abbasiyin; ten of the dead and forty of the wounded from one shell on al-Thawra Street fired from "
     "Jobar; the Observatory gives the same toll, nine of them civilians, the shells fired from the fighting factions' "
     "positions around the capital) -> one shelling of the city with a citywide toll -> one row at 'Damascus', the "
     "districts in the note, as the spent aawsat-142 and aawsat-72 Taiz shelling rows (alternative one row per named "
     "place, al-Thawra Street with 10); fighting factions -> Syrian rebels, mostly civilian dead -> Civilians (Syria), as "
     "the spent rebel-shelling rows; 'قتيلا' count 11 -> 11 exact; the agency reported it 'Saturday-Sunday' -> Saturday 8 "
     "August, precision 2 (the shelling's own day not stated)"),
    (AY1045, "اشتباكات بين الطرفين", "اثر اشتباكات بين الطرفين وتفجيرين انتحاريين",
     BAT, CLASH, REB, IS, "Aleppo", "SY", "2015-08-09", "2", "28", "at_least",
     "Syrian Observatory for Human Rights (via Al Yaum)", "reported",
     "in Aleppo governorate (north) at least 28 fighters of the fighting factions and ISIS were killed in clashes between "
     "the two sides and two suicide bombings carried out by ISIS in the northern Aleppo countryside, the Observatory "
     "announced ('28 عنصرا على الاقل' -> 28 at_least, one combined toll put on the clash row; the suicide bombings have "
     "their own row); fighting factions -> Syrian rebels; northern countryside, no place -> 'Aleppo' (governorate); no day "
     "-> DCT, precision 2"),
    (AY1045, "وتفجيرين انتحاريين", "اثر اشتباكات بين الطرفين وتفجيرين انتحاريين نفذهما التنظيم",
     ERV, SUI, IS, REB, "Aleppo", "SY", "2015-08-09", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Yaum)", "reported",
     "the two suicide bombings carried out by ISIS (against the fighting factions) in the northern Aleppo countryside, "
     "part of the same fighting (another type and actor order -> own row; two bombings in one unnamed place -> one row; "
     "their dead are inside the combined 28 of the clash row -> fatalities empty here; no day -> DCT, precision 2)"),
    (WT2163, "واحتجز جهاز الأمن والمخابرات السوداني", "واحتجز جهاز الأمن والمخابرات السوداني يات مايكل بالخرطوم",
     SD, "Arrests", "Police Forces of Sudan", "Civilians (Sudan)", "Khartoum", "SD", "2014-12-01", "3", "", "",
     "Al Watan", "reported",
     "borderline background (the news is the court's acquittal and release of the two South Sudanese pastors, a legal "
     "action, not coded): Sudan's National Intelligence and Security Service detained Yat Michael in Khartoum in December "
     "2014 after a sermon in a church north of Khartoum, on spying and anti-constitutional charges (a political detention "
     "by the security service -> Strategic developments/Arrests; NISS -> Police Forces of Sudan; the detainee a pastor -> "
     "Civilians (Sudan) by the convention, the country of the event; month only -> 1 December 2014, precision 3, within 12 "
     "months of the DCT; alternative no row, the trial's background). Not coded: the warnings against Bashir's New York "
     "trip, the ICC warrant, Zuma and the AU summit (politics/legal), the relatives' celebration"),
    (WT2163, "احتجز بيتر ين ريث", "في حين احتجز بيتر ين ريث في يناير 2015",
     SD, "Arrests", "Police Forces of Sudan", "Civilians (Sudan)", "Khartoum", "SD", "2015-01-01", "3", "", "",
     "Al Watan", "reported",
     "borderline background: Peter Yen Reith was detained in January 2015 when he came to Khartoum with a letter asking "
     "about Yat (a different person and month -> own row; the detaining body is the sentence's NISS; month only -> 1 "
     "January, precision 3; see the Yat Michael row; alternative no row)"),
    (AW351, "إحباط عملية تهريب", "إحباط عملية تهريب كمية من المواد المتفجرة شديدة الخطورة",
     SD, "Disrupted weapons use", POLBH, "", "", "BH", "2015-07-24", "2", "", "",
     "Bahraini authorities (announcement, via Asharq Al-Awsat)", "reported",
     "Manama announced 'last Friday' (DCT Friday 31 July -> the previous Friday, 24 July; the foiling itself on or before "
     "the announcement -> precision 2) the foiling of the sea smuggling from Iran of a quantity of highly dangerous "
     "explosives and a number of automatic weapons and ammunition (seizure -> Disrupted weapons use, as the spent "
     "alwatan-2223 Bahrain row; the security authorities and coast guard -> Police Forces of Bahrain; smugglers' group "
     "not named -> actor2 empty, as that row; by sea, no place -> location empty, BH); folded: the arrest of five people, "
     "two stopped after a coast-guard chase and three others (the detainees' confessions are this arrest), as the spent "
     "alwatan-2223 and sabq-1295 rows fold the arrests (alternative an Arrests row). Not coded: the 'recent terrorist attacks in Bahrain' (generic, no place or day), the 2011 Pearl Roundabout "
     "events and clearing operation (far too old), the 2013 smuggling plans and IRGC training (undated activity), the "
     "recall of the ambassador (diplomatic), the 'pre-emptive operations foiled during the past period' (generic)"),
    (AY1066, "تفجير مسجد الطوارئ", "للمصابين في تفجير مسجد الطوارئ في محافظة أبها",
     ERV, IED, UAG, POLSA, "Abha", "SA", "2015-08-09", "3", "", "",
     "Al Yaum", "reported",
     "background (feature on the Emergency Forces): citizens and residents rushed to hospitals in the south to give blood "
     "for the wounded of the bombing of the Emergency Forces mosque in Abha governorate (only 'تفجير' -> the generic "
     "explosive sub-type, as the spent Abha rows of that wording; no perpetrator named -> Unidentified armed group; "
     "Emergency Forces -> Police Forces of Saudi Arabia; 'Abha' as the spent alriyadh-663 row; no day -> DCT, precision "
     "3). Not coded: the 1995 first bombing in the Kingdom (far too old), the forces' 20 years of confrontations, the "
     "foiled operations and killed members (generic), the Hajj duties and training"),
    (RY765, "بقصف مُركز بصواريخ الكاتيوشا", "قامت الاحد 19 يوليو 2015 بقصف مُركز بصواريخ الكاتيوشا على الاحياء السكنية",
     ERV, SHELL, HOU, CIVYE, "Dar Saad, Aden", "YE", "2015-07-19", "1", "50", "exact",
     MIN, "claimed",
     "the minister's letter: the Houthi and Saleh militias on Sunday 19 July 2015 carried out a concentrated Katyusha "
     "rocket shelling of the residential districts of Dar Saad in Aden governorate, killing 50 citizens and wounding 200 "
     "(the earlier 'destruction ... committed by the Houthi and Saleh militias on Sunday in Aden' and 'the artillery and "
     "rockets aimed deliberately' are the same event -> one row; '50 شهيداً' -> 50 exact; given only in a party's "
     "(the government minister's) letter -> claimed, as the spent okaz-1223 row of the same 50 toll; Houthis and Saleh's "
     "forces -> Houthis). Not coded: the call for a UN visit to Aden (diplomatic), the four-month blockade of Aden "
     "(generic, folded)"),
    (RY765, "قتل ممنهج", "وتقوم بعملية قتل ممنهج في الاحياء عبر القناصة",
     VAC, "Attack", HOU, CIVYE, "Taiz", "YE", "2015-07-22", "3", "", "",
     MIN, "claimed",
     "aggregate: the minister says the Houthi and Saleh militias have for weeks besieged Taiz, blocking food and medicine, "
     "and carry out systematic killing in its districts by snipers, in known districts such as Hawd al-Ashraf, al-Jumhuri "
     "and the northern and western districts (sniper killings of residents -> Violence against civilians/Attack; the siege "
     "folded, alternative its own Strategic developments/Other row; several districts of one city in an aggregate -> "
     "'Taiz'; 'for weeks' -> DCT, precision 3; a party's letter -> claimed)"),
    (RY765, "بتفجير الخزانات الاستراتيجية", "قامت المليشيات الحوثية وصالح بتفجير الخزانات الاستراتيجية للنفط والغاز بتعز",
     SD, "Looting/property destruction", HOU, CIVYE, "Al Dhabab, Taiz", "YE", "2015-07-18", "1", "", "",
     MIN, "claimed",
     "'last Saturday 18 July 2015' the Houthi and Saleh militias blew up the strategic oil and gas tanks in Taiz, "
     "detonating 65,000 household gas cylinders stored at the oil company's depots in the al-Dhabab area, causing a fire "
     "still burning (deliberate destruction of civilian property, no casualties stated -> Strategic developments/Looting/"
     "property destruction; alternative Explosions/Remote violence/Remote explosive; the oil company's depots -> "
     "Civilians (Yemen), alternative actor2 empty; 'Al Dhabab, Taiz' as the spent alriyadh-791 row; a party's letter -> "
     "claimed)"),
    (RY604, "هبطت طائرة عسكرية سعودية", "هبطت طائرة عسكرية سعودية في مطار مدينة عدن",
     SD, "Other", "Military Forces of Saudi Arabia", "", "Aden Airport, Aden", "YE", "2015-07-23", "2", "", "",
     RY, "reported",
     "the title's news: a Saudi military plane landed at Aden airport, the first plane to land there since the city's "
     "liberation, and left after unloading military and logistic equipment (military delivery/deployment -> Strategic "
     "developments/Other, as the spent alweeam-1527 and sabq-1518 first-plane rows; no day in the text -> DCT, precision "
     "2; 'Aden Airport, Aden' as those rows). Not coded: the government's announcement of the airport's reopening, the "
     "minister's 'start of operations', 'after 4 months of fighting' and '3 months of war' (generic frame)"),
    (RY604, "بعد أيام من تحريرها", "بعد أيام من تحريرها من المتمردين الحوثيين",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-23", "2", "", "",
     RY, "reported",
     "background: the plane landed 'days after' Aden's liberation from the Houthi rebels and Saleh's forces (the "
     "pro-Hadi side -> Yemeni Resistance; 'days' -> DCT, precision 2, as the spent events82 aawsat-5 'days after' row; "
     "stated by the outlet -> reported); Saad's 'Aden has become completely safe' is the same outcome, folded"),
    (RY604, "استعادته الأسبوع الماضي", "الذي استعادته الأسبوع الماضي القوات الموالية للحكومة",
     BAT, GRT, YR, HOU, "Aden Airport, Aden", "YE", "2015-07-16", "2", "", "",
     RY, "reported",
     "background: the airport, which the government-loyal forces regained 'last week' after fierce battles with the "
     "Houthi rebels ('last week' -> DCT-7 = 16 July, precision 2; pro-government forces -> Yemeni Resistance, as the "
     "spent airport rows; a named place -> own row besides the city)"),
    (RY604, "تمكنوا من دحر الحوثيين", "مقاتلي المقاومة الشعبية تمكنوا من دحر الحوثيين وقوات الرئيس السابق علي عبدالله صالح في شرق عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-23", "2", "", "",
     SAAD, "claimed",
     "Saad said the popular-resistance fighters drove the Houthis and Saleh's forces out of eastern Aden, forcing them to "
     "retreat beyond the governorate's eastern border (a distinct step of the recapture; east Aden names no place -> "
     "'Aden'; no day -> DCT, precision 2; only in a party's commander's words -> claimed; alternative folded into the "
     "city-liberation row)"),
    (RY604, "مدخل مدينة دار سعد", "أن مدخل مدينة دار سعد في شمال المدينة أصبح تحت سيطرة قوات المقاومة الشعبية",
     BAT, GRT, YR, HOU, "Dar Saad, Aden", "YE", "2015-07-23", "2", "", "",
     SAAD, "claimed",
     "the commander of the 'Anger of Aden' operations (Saad) explained that the entrance of Dar Saad in the north of the "
     "city came under the control of the popular-resistance forces (a named place -> own row; no day -> DCT, precision 2; "
     "a party's words -> claimed)"),
    (RY604, "طوقت قاعدة العند الجوية", "حيث طوقت قاعدة العند الجوية ذات الأهمية الاستراتيجية من الغرب والشمال",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-07-23", "2", "", "",
     SAAD, "reported",
     "Saad: the popular-resistance forces won victories in Lahij governorate, where they encircled the strategic al-Anad "
     "air base from the west and north; folded: the outlet's later 'the resistance continued its advance and imposes a "
     "tight siege on ... al-Anad air base' (siege of an enemy-held base -> Armed clash, as the spent aawsat-272 and "
     "okaz-1225 Anad rows; restated by the outlet itself -> reported; 'Al Anad Air Base' as the spent rows; no day -> DCT, "
     "precision 2)"),
    (RY604, "معسكر لبوزه", "تفرض حصارا محكما على معسكر لبوزه وقاعدة العند الجوية",
     BAT, CLASH, YR, HOU, "Labouza Camp, Lahij", "YE", "2015-07-23", "2", "", "",
     RY, "reported",
     "the resistance continued its advance and imposes a tight siege on the Labouza camp (and al-Anad air base, see that "
     "row): a differently named place -> own row, as the spent okaz-1225 'تفرض حصارا على معسكر لبوزة' row; 'Labouza Camp, "
     "Lahij' as the spent rows; ongoing -> DCT, precision 2"),
    (RY604, "سلسلة غارات على قاعدة العند", "شن طيران التحالف سلسلة غارات على قاعدة العند الجوية في محافظة لحج",
     ERV, AIR, COAL, HOU, "Al Anad Air Base", "YE", "2015-07-23", "2", "", "",
     RY, "reported",
     "the coalition aircraft carried out a series of raids on al-Anad air base in Lahij, setting it on fire and destroying "
     "large arms depots (the subtitle 'the coalition aviation bombs al-Anad base' is the same -> one row; no day -> DCT, "
     "precision 2; the base held by the Houthis -> actor2 Houthis)"),
    (RY604, "وقتل 17 مسلحا", "وقتل 17 مسلحا من الحوثيين وقوات صالح وأصيب العشرات في مواجهات بمناطق متفرقة من مدينة تعز",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-07-21", "1", "20", "exact",
     RY, "reported",
     "in Taiz the confrontations between the resistance and the Houthis and Saleh's forces continued in scattered areas "
     "of the city: 17 gunmen of the Houthis and Saleh's forces killed and dozens wounded on Tuesday (DCT Thursday 23 July "
     "-> 21 July, precision 1) in clashes in scattered areas of Taiz with the popular resistance; local and resistance "
     "sources: 3 resistance members killed and 7 wounded (17 + 3 -> 20 exact; the preceding 'the confrontations continued "
     "in scattered areas' folded; also folded: the pluperfect 'clashes broke out between the resistance and "
     "the Houthis in the districts of Hawd al-Ashraf, al-Bareed, al-Jumhuri and al-Dhabab', the scattered areas named, "
     "no day of their own: one toll for the city's fronts -> one row at city level, as the spent alwatan-1033 Taiz row; "
     "alternative one row per district, as the spent alweeam-1164 Hawd al-Ashraf row)"),
    (RY604, "قصفت أحياء سكنية في تعز", "وكانت مليشيات الحوثي قد قصفت أحياء سكنية في تعز",
     ERV, SHELL, HOU, CIVYE, "Taiz", "YE", "2015-07-23", "2", "", "",
     RY, "reported",
     "the Houthi militias had shelled residential districts in Taiz, wounding a number of civilians (wounded only, 'عدد "
     "من' -> fatalities empty; no day -> DCT, precision 2; no district named for the shelling -> 'Taiz')"),
    (RY604, "استهداف الحوثين للسنترال الرئيسي", "بعد استهداف الحوثين للسنترال الرئيسي عقب قصف مبنى الاتصالات",
     ERV, SHELL, HOU, YR, "Taiz", "YE", "2015-07-21", "2", "", "",
     RY, "reported",
     "the internet and communications cut in Taiz continued (the subtitle: 'for the third day') after the Houthis targeted "
     "the main telephone exchange, following their shelling of the telecommunications building that the resistance had "
     "taken (shelling of a resistance-held building -> Shelling, Houthis vs Yemeni Resistance; the shelling of the "
     "building and the targeting of the exchange one attack -> one row; 'third day' on DCT 23 July -> began 21 July, "
     "precision 2; alternative Strategic developments/Looting/property destruction). Not coded: the communications cut "
     "itself, the resistance's earlier capture of the building (no day)"),
    (RY604, "غارتين جويتين على معسكر", "شنت طائرات التحالف صباح امس غارتين جويتين على معسكر يسيطر عليه الحوثيون",
     ERV, AIR, COAL, HOU, "Al Manar Camp, Al Haymah al-Kharijiyah", "YE", "2015-07-22", "1", "", "",
     "Al Riyadh; a local source (to Al Riyadh)", "reported",
     "the coalition aircraft carried out 'yesterday morning' (DCT 23 July -> 22 July, precision 1) two air raids on a "
     "Houthi-held camp in the suburbs of Sanaa; a local source: the al-Manar camp of the former Republican Guard in "
     "al-Haymah al-Kharijiyah district west of the capital, Sanaa governorate (same strikes -> one row; location as the "
     "spent adjudicated okaz-1225 row of the same strikes)"),
    (RY604, "الجفينه", "على مواقع المقاومة والجيش في جبهتي الجفينه وصرواح",
     BAT, CLASH, HOU, YR, "Al Jufaynah, Marib", "YE", "2015-07-22", "1", "13", "exact",
     "sources in the popular resistance; the resistance commander in al-Jufaynah (to Al Riyadh)", "reported",
     "in Marib governorate 13 Houthi gunmen were killed as the resistance and the army 'yesterday' (22 July) repelled "
     "attacks by the Houthis and Saleh loyalists on the resistance's positions on the various fronts; resistance sources: "
     "violent attacks on the positions of the resistance and army on the al-Jufaynah and Sirwah fronts in an attempt to "
     "advance, all failed (the al-Jufaynah commander); one location per row: this row al-Jufaynah, Sirwah its own row; "
     "the attackers first -> Houthis vs Yemeni Resistance (the resistance named before the army), as the spent "
     "okaz-1225 and aljazirah-356 Jufaynah rows; the governorate's 13 put on this row as the spent okaz-1225 row of the "
     "same day (alternative a 'Marib' row with the toll); 'Al Jufaynah, Marib' as the spent rows)"),
    (RY604, "وفي منطقة صرواح", "وفي منطقة صرواح تصدت المقاومة والجيش لهجوم الحوثيين على مواقعهم",
     BAT, CLASH, HOU, YR, "Sirwah, Marib", "YE", "2015-07-22", "1", "", "",
     "sources in the popular resistance (via Al Riyadh)", "reported",
     "in the Sirwah area the resistance and the army repelled the Houthi attack on their positions, with heavy-weapons "
     "cover from the Third Military Region on the Houthi positions (folded; same day as the al-Jufaynah row -> 22 July, "
     "precision 1; the Marib toll is on that row)"),
    (RY604, "البلق", "وفي جبهتي البلق والجدعان، تبادلت المقاومة والجيش",
     BAT, CLASH, YR, HOU, "Al Balaq, Marib", "YE", "2015-07-22", "2", "", "",
     RY, "reported",
     "on the al-Balaq and al-Jadaan fronts the resistance and the army exchanged artillery, tank and mortar fire with the "
     "Houthis and Saleh loyalists (exchange of fire between two armed sides -> Armed clash; two named fronts -> two rows, "
     "this one al-Balaq; same round-up as 'yesterday' but no day of its own -> 22 July, precision 2; the resistance "
     "named first -> actor1)"),
    (RY604, "والجدعان", "وفي جبهتي البلق والجدعان، تبادلت",
     BAT, CLASH, YR, HOU, "Al Jadaan, Marib", "YE", "2015-07-22", "2", "", "",
     RY, "reported",
     "second named front of the exchange of fire: al-Jadaan (see the al-Balaq row; the text puts it with Marib's fronts)"),
    (RY604, "بست غارات جوية", "إن التحالف قصف بست غارات جوية تعزيزات للحوثيين",
     ERV, AIR, COAL, HOU, "Aqabat al-Qina", "YE", "2015-07-22", "1", "", "",
     "Al Riyadh; local sources", "reported",
     "the coalition aircraft 'yesterday' (22 July, precision 1) struck military reinforcements of the Houthis and "
     "Saleh's gunmen on a road linking al-Bayda and Abyan governorates; local sources: six air raids on the Houthi "
     "reinforcements at 'Aqabat al-Qina', destroying vehicles, military pick-ups and soldiers (the general sentence and "
     "the six raids are the same strikes -> one row; between two governorates -> no governorate part; destroyed "
     "'soldiers' with no number -> fatalities empty)"),
    # ---- set b (no text filter) ----
    (WM2318, "بتفجير مسجد الإمام الصادق", "المتهمين بتفجير مسجد الإمام الصادق في الكويت",
     ERV, SUI, IS, "Civilians (Kuwait)", "Imam al-Sadiq Mosque, Kuwait City", "KW", "2015-08-06", "3", "27", "exact",
     "Al Weeam", "reported",
     "background (the news is the first session of the trial, a legal action, not coded): the bombing of the Imam "
     "al-Sadiq mosque in Kuwait, which killed 27 people and wounded 286; the suicide bomber Fahd al-Qabbaa wore the "
     "explosive belt (suicide -> Suicide bomb); the main accused joined ISIS a day before the operation to help carry it "
     "out -> Islamic State (as the spent aawsat-249 row of the same bombing; the accused's confession and the 29 charged "
     "are this event); worshippers -> Civilians (Kuwait); '27 شخصا' -> 27 exact (the spent row had 26 from its text); "
     "the text names the mosque and 'Kuwait' -> 'Imam al-Sadiq Mosque, Kuwait City' (alternative 'Al Sawaber, Kuwait "
     "City' as the spent row, not in this text); the text says only 'Friday' (the day of the bombing, not a day relative "
     "to the DCT; the real 26 June is not stated) -> DCT, precision 3. Not coded: the trial, its adjournment, the "
     "security deployment around the Palace of Justice"),
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
