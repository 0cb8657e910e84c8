"""Bookkeeping helper for the events54 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events53/addrows.py (itself from events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur37/events54/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 54 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events54/sample.py ("This set: events54, seeds 2880 / 2881, drawn at the start of stop 37 (eabb647), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2880).shuffle, walked in order; (b) 10 with no text filter, random.Random(2881).shuffle, >=3 sources (got, by source, a: aljazirah 2, alyaum 2, okaz 2, aawsat 1, alriyadh 1, alwatan 1, alweeam 1; b: aleqtisadiya 2, alriyadh 2, alwatan 2, 3alyoum 1, aljazirah 1, almadina 1, okaz 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 27 rows): detection F1 0.982 before (27 matched of 28 A / 27 B rows, P 1.000, R 0.964; "
       "the matcher paired my Jabal al-Turkman strike row with B's Daraa opposition-reply row; in substance 1 A-only row, the Jabal al-Turkman strikes, which B folded into al-Zuwayk, "
       "and 1 row typed differently, the Daraa opposition reply; both gave rows to the same 3 articles); no row added or dropped; "
       "1 row retyped to B's (aawsat-156 Daraa opposition reply, Battles/Armed clash -> Explosions/Remote violence/Shelling/artillery/missile attack: 'استهداف' of positions, no ground fighting); "
       "1 sub_event_type changed to B's (aawsat-156 Kafrmous, Air/drone strike -> Shelling/artillery/missile attack: the text names missiles, no aircraft); "
       "3 locations changed to B's ('Balyun', first 'Ballin'; 'Kafrmous', first 'Kafr Mous'; 'Mashraa wa Hadnan, Taiz', first 'Mashraa and Hadnan, Taiz'); "
       "3 dates changed to B's (aawsat-156 coalition strikes on Sarrin 25 July, first 26 July; okaz-1848 Sanaa looting 17 July, first 22 July, the lead's Eid days; "
       "alweeam-852 Aden recapture 17 July precision 2, first DCT precision 3, from the Houthi leader's Eid-holiday excuse); "
       "kept against B: the Jabal al-Turkman row (another named region), Zabadani clashes precision 2, Jarjanaz actor2 empty (as the spent events38 al-Yadudah row), "
       "'Ad Duwayrikah' and 'Maghribtin'; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
NSA = "Non-state actor overtakes territory"
GRT = "Government regains territory"
DWU = "Disrupted weapons use"
LOOT = "Looting/property destruction"
ABD = "Abduction/forced disappearance"
HOU = "Houthis"
RES = "Yemeni Resistance"
IS = "Islamic State"
MFS = "Military Forces of Syria"
REB = "Syrian rebels"
YPG = "YPG: Peoples Protection Units"
GCAD = "Global Coalition Against Daesh"
CIVSY = "Civilians (Syria)"
CIVYE = "Civilians (Yemen)"
AWS156 = "SN-aawsat-20150726-156"
OKZ1848 = "SN-okaz-20150722-1848"
WEE852 = "SN-alweeam-20150802-852"
AWS = "Asharq Al-Awsat"
SOHR = "Syrian Observatory for Human Rights (via Asharq Al-Awsat)"
DURAR = "Ad-Durar al-Shamiya, opposition news site (via Asharq Al-Awsat)"
ARA = "ARA News (via Asharq Al-Awsat)"
ACT = "activists (via Asharq Al-Awsat)"
OKS = "local residents and sources (to Okaz)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    # Syria round-up (aawsat-156, DCT Sunday 26 July; 'أمس' = Saturday 25 July, confirmed by 'ظهر السبت (أمس)')
    (AWS156, "تسع غارات", "الطيران الحربي السوري شنّ تسع غارات على عدد من مناطق المدينة",
     ERV, AIR, MFS, "", "Zabadani", "SY", "2015-07-25", "1", "", "",
     SOHR, "reported",
     "SOHR announced 'yesterday' (DCT Sunday 26 July -> 25 July) that the Syrian warplanes carried out nine raids on "
     "several areas of the city of Zabadani (a counted raid series by another type than the battle -> own row, as the spent "
     "adjudicated events38 Tariq al-Sad row; the title's and lead's continuing barrel-bomb bombardment of Zabadani is the "
     "same air campaign, folded here; areas of the city, no target named -> actor2 empty, as the spent round-up rows; no "
     "toll; SOHR is a monitor, not a party -> reported)"),
    (AWS156, "استمرار الاشتباكات العنيفة", "وسط استمرار الاشتباكات العنيفة بين الفرقة الرابعة وحزب الله",
     BAT, CLASH, MFS, REB, "Zabadani", "SY", "2015-07-25", "2", "", "",
     SOHR, "reported",
     "the title's news: the regime and Hezbollah tighten their siege of Zabadani, a battle near the end of its fourth week; "
     "SOHR: continuing violent clashes in the city between the 4th Division and Hezbollah on one side and the Islamic "
     "factions and local gunmen on the other (the title's 'يشدد حصاره على الزبداني', the lead's siege and the ground "
     "rocket-launcher and heavy-artillery shelling are sub-actions of this battle -> folded here; 4th Division named first "
     "-> Military Forces of Syria, Hezbollah in this note, as the spent events40/42 Zabadani rows; factions and local "
     "gunmen -> Syrian rebels; continuing, in the 'yesterday' report -> 25 July, precision 2, kept in adjudication against "
     "B's precision 1: the row is a weeks-long battle with its siege folded and 'استمرار' says the clashes go on). The "
     "nine air raids are their own row"),
    (AWS156, "16 غارة", "نفّذ طيران النظام السوري أمس 16 غارة على أحياء مدينة درعا",
     ERV, AIR, MFS, "", "Daraa", "SY", "2015-07-25", "1", "", "",
     AWS, "reported",
     "'yesterday' (25 July) the regime's aircraft carried out 16 raids on districts of Daraa city, the governorate's "
     "centre, targeting areas held by the opposition factions; the artillery and rocket shelling that accompanied the raids "
     "on the same areas is folded here (alternative: its own Shelling row); the target is areas, no force or victims "
     "named -> actor2 empty, as the spent events38 Tariq al-Sad row (alternative Syrian rebels, whose areas they were); no "
     "toll)"),
    (AWS156, "باستهداف مواقع قوات النظام", "بينما ردّت المعارضة باستهداف مواقع قوات النظام في مدينة درعا",
     ERV, SHELL, REB, MFS, "Daraa", "SY", "2015-07-25", "1", "", "",
     AWS, "reported",
     "the opposition responded (the same 'yesterday', 25 July) by targeting the regime forces' positions in Daraa city, "
     "with reports of human losses among the regime forces and the loyalist gunmen (adjudicated, as B: 'استهداف' of "
     "positions with no ground fighting described, in reply to air and artillery bombardment -> "
     "Shelling/artillery/missile attack, as the spent events38 'استهداف' rows; my first version was Battles/Armed clash, "
     "which stays the alternative; loyalist gunmen folded into Military Forces of Syria; losses vague -> fatalities empty)"),
    (AWS156, "اشتباكات بين قوات الأسد", "كذلك دارت اشتباكات بين قوات الأسد، والفصائل المسلحة في محيط بلدة عتمان",
     BAT, CLASH, MFS, REB, "Atman", "SY", "2015-07-25", "2", "", "",
     AWS, "reported",
     "clashes between Assad's forces and the armed factions around the town of Atman, amid air bombardment of the town "
     "(the generic air bombardment of the same town is folded here; an item of the round-up of 'yesterday' with no day of "
     "its own -> 25 July, precision 2, as the spent adjudicated events40 round-up rows; no toll)"),
    (AWS156, "خراب الشحم", "أما بلدتا خراب الشحم وغرز",
     ERV, AIR, MFS, "", "Kharab al-Shahm", "SY", "2015-07-25", "2", "", "",
     AWS, "reported",
     "the helicopters targeted the two towns of Kharab al-Shahm and Ghariz, near Daraa, with barrel bombs (one location "
     "per row: this row Kharab al-Shahm; barrel bombs from helicopters -> Air/drone strike, as the spent events38 Tal "
     "Shihab row; no target or victims named -> actor2 empty; item of the 'yesterday' round-up -> 25 July, precision 2)"),
    (AWS156, "وغرز", "خراب الشحم وغرز القريبتان",
     ERV, AIR, MFS, "", "Ghariz", "SY", "2015-07-25", "2", "", "",
     AWS, "reported",
     "same sentence as the Kharab al-Shahm row: the helicopters' barrel bombs on Ghariz near Daraa (a differently named "
     "place -> own row; 25 July, precision 2; no victims stated)"),
    (AWS156, "قصف البراميل على بلدة اليادودة", "وأدى قصف البراميل على بلدة اليادودة إلى مقتل 9 أشخاص",
     ERV, AIR, MFS, CIVSY, "Al Yadudah", "SY", "2015-07-25", "2", "9", "exact",
     AWS, "reported",
     "the barrel-bomb bombardment of the town of al-Yadudah killed 9 people, among them the head of the town's local "
     "council, five children under 18 and one woman (barrel bombs -> Air/drone strike; a council head, children and a "
     "woman -> Civilians (Syria); '9' -> 9 exact; 'Al Yadudah' as the spent events38 row; item of the 'yesterday' Daraa "
     "round-up -> 25 July, precision 2)"),
    (AWS156, "الصمدانية الغربية", "مناطق في بلدتي الصمدانية الغربية والحميدية",
     ERV, SHELL, MFS, "", "As Samadaniyah al-Gharbiyah", "SY", "2015-07-25", "2", "", "",
     ACT, "reported",
     "Quneitra countryside, activists: the regime forces shelled with heavy artillery areas in the towns of al-Samadaniya "
     "al-Gharbiya and al-Hamidiya, no information on human losses (one location per row: this row al-Samadaniya "
     "al-Gharbiya; areas, no target named -> actor2 empty; no day in the paragraph, an item of the round-up -> 25 July, "
     "precision 2; activists are not a party -> reported)"),
    (AWS156, "والحميدية", "الصمدانية الغربية والحميدية في ريف القنيطرة",
     ERV, SHELL, MFS, "", "Al Hamidiyah", "SY", "2015-07-25", "2", "", "",
     ACT, "reported",
     "same sentence as the al-Samadaniya row: the regime's heavy-artillery shelling of areas of al-Hamidiya, Quneitra "
     "countryside (a differently named place -> own row; 25 July, precision 2; no losses reported)"),
    (AWS156, "سقوط قذيفة", "إثر سقوط قذيفة أطلقتها الفصائل الإسلامية على منطقة في بلدة حضر",
     ERV, SHELL, REB, MFS, "Hadar", "SY", "2015-07-25", "2", "1", "exact",
     ACT, "reported",
     "activists: a member of the pro-regime National Defence militia was killed when a shell fired by the Islamic factions "
     "fell on an area of the town of Hadar, northern Quneitra countryside (a shell -> Shelling/artillery/missile attack; "
     "Islamic factions -> Syrian rebels; the NDF folded into Military Forces of Syria, as the spent adjudicated events42 "
     "al-Fuaa row; one killed -> 1 exact; 25 July, precision 2)"),
    (AWS156, "كنصفرة", "حيث قصف بلدات كنصفرة والبارة وبليون في جبل الزاوية",
     ERV, AIR, MFS, "", "Kansafra", "SY", "2015-07-25", "1", "", "",
     DURAR, "reported",
     "the opposition news site ad-Durar al-Shamiya: 'yesterday' (25 July) the Assad regime's warplanes launched a fierce "
     "air campaign on the liberated areas of the Idlib countryside, more than 15 raids since early morning, bombing the "
     "towns of Kansafra, al-Bara and Balyun in Jabal al-Zawiya, no human casualties, only material losses (one location "
     "per row: this row Kansafra; the campaign, the 15-raid count and the later 'the regime bombed the Idlib countryside "
     "with warplanes and helicopters in revenge for its besieged soldiers in Kafraya and al-Fuaa' are folded into the "
     "three town rows; rebel-held areas, no target named -> actor2 empty; a news site, not a party -> reported)"),
    (AWS156, "والبارة", "كنصفرة والبارة وبليون",
     ERV, AIR, MFS, "", "Al Bara", "SY", "2015-07-25", "1", "", "",
     DURAR, "reported",
     "same sentence as the Kansafra row: the regime's warplanes bombed al-Bara in Jabal al-Zawiya, Idlib countryside, "
     "'yesterday' (a differently named place -> own row; 25 July, precision 1; no casualties)"),
    (AWS156, "وبليون", "والبارة وبليون في جبل الزاوية",
     ERV, AIR, MFS, "", "Balyun", "SY", "2015-07-25", "1", "", "",
     DURAR, "reported",
     "same sentence as the Kansafra row: the regime's warplanes bombed Balyun (بليون) in Jabal al-Zawiya, Idlib "
     "countryside, 'yesterday' (a differently named place -> own row; 25 July, precision 1; no casualties; adjudicated "
     "spelling 'Balyun', B's letter-by-letter form, first 'Ballin')"),
    (AWS156, "بلدة جرجناز", "استهدف الطيران الحربي بلدة جرجناز في ريف معرة النعمان",
     ERV, AIR, MFS, "", "Jarjanaz", "SY", "2015-07-25", "1", "", "",
     DURAR, "reported",
     "ad-Durar: 'at the same time' (as the 'yesterday' campaign, 25 July, precision 1) the warplanes targeted the town of "
     "Jarjanaz in the Maarat al-Numan countryside, wounding several people (wounded only -> fatalities empty; 'عدة "
     "أشخاص' are not said to be civilians -> actor2 empty, kept in adjudication against B's Civilians (Syria), as the "
     "spent events38 al-Yadudah air-strike row with 'dead and wounded' and no victims named; Civilians (Syria) is the "
     "alternative)"),
    (AWS156, "المجزرة المروعة", "غداة المجزرة المروعة التي ارتكبتها قوات الأسد أول من أمس",
     ERV, SHELL, MFS, CIVSY, "Kafrmous", "SY", "2015-07-24", "1", "8", "exact",
     AWS, "reported",
     "the escalation came the day after the 'horrific massacre' committed by Assad's forces 'the day before yesterday' "
     "(DCT 26 July -> 24 July, precision 1) by targeting the village of Kafrmous in Shahshabu, southern Idlib countryside, "
     "with vacuum missiles, killing eight people of one family ('ثمانية' -> 8 exact; a family -> Civilians (Syria); "
     "adjudicated, as B: 'قوات الأسد ... بالصواريخ الفراغية' names missiles and no aircraft -> Shelling/artillery/missile "
     "attack, the type of what the text states; my first version was Air/drone strike, since such missiles are usually "
     "air-launched and the next sentence's escalation is the air campaign, which stays the alternative; 'كفرموس' is one "
     "word -> 'Kafrmous', B's, first 'Kafr Mous'; the outlet's own voice -> reported)"),
    (AWS156, "الزويك", "على بلدات وقرى الزويك والدويركة",
     ERV, AIR, MFS, "", "Az Zuwayk", "SY", "2015-07-25", "2", "", "",
     AWS, "reported",
     "Latakia governorate: the regime's warplanes carried out at least 6 raids on the towns and villages of al-Zuwayk, "
     "al-Duwayrika and Saqiyat al-Kurt in Jabal al-Akrad and on other areas in Jabal al-Turkman, in the governorate's "
     "northern countryside (one location per row: this row al-Zuwayk, sun-letter article as the spent 'As Sawad Camp'; "
     "the '6 raids at least' count covers all four rows; no target or victims named -> actor2 empty; no day in the "
     "paragraph, an item of the round-up -> 25 July, precision 2)"),
    (AWS156, "والدويركة", "الزويك والدويركة وساقية الكرت",
     ERV, AIR, MFS, "", "Ad Duwayrikah", "SY", "2015-07-25", "2", "", "",
     AWS, "reported",
     "same sentence as the al-Zuwayk row: the regime's raids on al-Duwayrika, Jabal al-Akrad, Latakia countryside (a "
     "differently named place -> own row; 25 July, precision 2)"),
    (AWS156, "وساقية الكرت", "والدويركة وساقية الكرت بجبل الأكراد",
     ERV, AIR, MFS, "", "Saqiyat al-Kurt", "SY", "2015-07-25", "2", "", "",
     AWS, "reported",
     "same sentence as the al-Zuwayk row: the regime's raids on Saqiyat al-Kurt, Jabal al-Akrad, Latakia countryside (a "
     "differently named place -> own row; 25 July, precision 2)"),
    (AWS156, "ومناطق أخرى في جبل التركمان", "بجبل الأكراد ومناطق أخرى في جبل التركمان في الريف الشمالي",
     ERV, AIR, MFS, "", "Jabal al-Turkman", "SY", "2015-07-25", "2", "", "",
     AWS, "reported",
     "same sentence as the al-Zuwayk row: the regime's raids on 'other areas in Jabal al-Turkman' (a differently named "
     "place, the mountain region, not Jabal al-Akrad -> own row; 25 July, precision 2). Kept in adjudication against B, "
     "who folded these unnamed areas into the al-Zuwayk row as the spent events38 Zebdin row did: there the unnamed towns "
     "lay in the same countryside as Zebdin, here they lie in another named region, and folding would put Jabal "
     "al-Turkman's strikes at al-Zuwayk in Jabal al-Akrad. Borderline; B's folding is the alternative"),
    (AWS156, "استعرت الاشتباكات", "في حين استعرت الاشتباكات بين مقاتلي الفصائل المقاتلة",
     BAT, CLASH, REB, MFS, "Tal Jurat al-Maa", "SY", "2015-07-25", "2", "", "",
     AWS, "reported",
     "clashes raged between fighters of the fighting and Islamic factions on one side and the regime forces backed by the "
     "National Defence militia and loyalist gunmen on the other around the Tal Jurat al-Maa area in Jabal al-Turkman "
     "(factions named first -> Syrian rebels; NDF and loyalists folded into Military Forces of Syria; 25 July, precision "
     "2). Folded: field sources' 'advance of the Islamic factions' fighters and their control of an area the regime forces "
     "held' (an unnamed area in the same battle; alternative Non-state actor overtakes territory, claimed)"),
    (AWS156, "قرية مغربتين", "سيطرت بالكامل على قرية مغربتين والتلال المحيطة بها",
     BAT, NSA, YPG, IS, "Maghribtin", "SY", "2015-07-25", "2", "", "",
     ARA, "reported",
     "ARA News: the joint Kurdish forces made a new advance south of Ain al-Arab (Kobani) in the night of Friday and the "
     "morning of Saturday (24-25 July -> 25 July, precision 2) and took full control of the village of Maghribtin and the "
     "hills around it south of the town of Sarrin (a non-state force taking a village from ISIS -> Non-state actor "
     "overtakes territory; the joint Kurdish forces, the text later names the People's Protection Units -> YPG, as the "
     "spent rows; the loser: ISIS, which holds the town -> Islamic State; the 'new advance' is this capture and the Malha "
     "entry; a news agency, not a party -> reported; spelling 'Maghribtin' kept against B's 'Maghrabtain': the text "
     "has no vowels and neither form has a source)"),
    (AWS156, "قرية ملحة", "ودخلت صباح السبت قرية ملحة",
     BAT, NSA, YPG, IS, "Malha", "SY", "2015-07-25", "1", "", "",
     ARA, "reported",
     "ARA News: the joint Kurdish forces entered the village of Malha on Saturday morning (25 July, precision 1), thus "
     "completing again their siege of the town of Sarrin from three sides, ISIS keeping only the Euphrates outlet to the "
     "west (a second named village -> own row, Non-state actor overtakes territory as the Maghribtin row; the renewed "
     "siege of Sarrin, the result of the two captures, is folded here; alternative: the siege as its own Armed clash row "
     "at Sarrin)"),
    (AWS156, "رفعت من وتيرة غاراتها", "«طائرات التحالف رفعت من وتيرة غاراتها على البلدة ومحيطها",
     ERV, AIR, GCAD, IS, "Sarrin", "SY", "2015-07-25", "2", "", "",
     ARA, "reported",
     "ARA News: the coalition aircraft have greatly increased their raids on the town (Sarrin) and its surroundings 'during "
     "the past days', more than 20 raids a day on average (the US-led coalition -> Global Coalition Against Daesh; the town "
     "is ISIS-held -> Islamic State; 'خلال الأيام الماضية' in the agency's Saturday report -> adjudicated, as B: 25 July, "
     "precision 2, the round-up's frame used for this paragraph's other rows; first the DCT, 26 July, precision 2, as the "
     "spent events53 al-Tash row; one place -> one row; no toll; borderline: a daily rate, alternative not coded)"),
    (AWS156, "أحبطت تفجيرين انتحاريين", "فيما أحبطت تفجيرين انتحاريين في مدينة تل أبيض",
     SD, DWU, YPG, IS, "Tal Abyad", "SY", "2015-07-25", "1", "", "",
     ARA, "reported",
     "ARA News: the Kurdish forces foiled two suicide bombings in Tal Abyad (Raqqa governorate): at noon on Saturday "
     "('ظهر السبت (أمس)' -> 25 July, precision 1) the People's Protection Units detonated two car bombs driven by two ISIS "
     "suicide bombers, after advance intelligence, by targeting them from afar at the south-western entrances of the city "
     "(the Ain al-Arous side) (foiled, the bombs set off by the defenders before reaching a target -> Strategic "
     "developments/Disrupted weapons use, as the spent adjudicated events43 'إحباط عملية انتحارية' row; the two cars at "
     "one place and time -> one row; the bombers' deaths are not stated -> fatalities empty; alternative Explosions/Remote "
     "violence/Suicide bomb, ISIS vs YPG)"),
    # Houthi looting (okaz-1848, DCT Wednesday 22 July; Eid al-Fitr 1436 began Friday 17 July)
    (OKZ1848, "واختطاف عدد من اسرهم", "واختطاف عدد من اسرهم الذين عمدوا للدفاع عن شرفهم",
     VAC, ABD, HOU, CIVYE, "Mashraa wa Hadnan, Taiz", "YE", "2015-07-17", "2", "", "",
     OKS, "reported",
     "local residents of Taiz governorate told Okaz that during the Eid days armed gangs, 'those militias' (the Houthi "
     "militias of the lead), raided their homes in a village of the Mashraa wa Hadnan area of Taiz governorate, robbed "
     "the women of their jewellery and money and abducted a number of their family members who tried to defend their "
     "honour and put them in prisons; 'they did not leave a single house in that area' (the abduction of civilians is the "
     "gravest act -> Violence against civilians/Abduction/forced disappearance, the looting of the same raid folded; "
     "alternative Strategic developments/Looting/property destruction; 'خلال أيام العيد المبارك' -> the first day of Eid "
     "al-Fitr, 17 July, precision 2; the district in its governorate -> 'Mashraa wa Hadnan, Taiz' (adjudicated, B's form "
     "of the district's name, first 'Mashraa and Hadnan'), as the spent 'Haradh, Hajjah'; residents are witnesses, not a party, and the title states the looting as fact -> reported). Folded: the "
     "women robbed of their bags at Houthi checkpoints on the outskirts of Taiz while travelling (the same pattern, no "
     "place of its own; alternative its own Looting row 'Taiz')"),
    (OKZ1848, "عمليات نهب حوثية", "صنعاء تتعرض لعمليات نهب حوثية",
     SD, LOOT, HOU, CIVYE, "Sanaa", "YE", "2015-07-17", "2", "", "",
     "private sources and residents of Sanaa (to Okaz)", "reported",
     "the title's news: Sanaa is subjected to Houthi looting; sources: gangs have spread in the neighbourhoods and main "
     "streets of the capital, carrying out thefts and raids on homes and stealing jewellery and money, most of them "
     "ex-convicts whom the Houthi released from prison and recruited to work for him in the neighbourhoods; most homes, "
     "including those their owners left, were hit by armed robbery and looting (looting by an armed group's proxies with no "
     "other violence stated -> Strategic developments/Looting/property destruction; gangs recruited by and working for the "
     "Houthis, the title's 'حوثية' -> Houthis, alternative Unidentified armed group; householders -> Civilians (Yemen); "
     "adjudicated, as B: the lead's 'خلال أيام العيد المبارك' covers Taiz and Sanaa alike -> 17 July, precision 2, as the "
     "Taiz row; first the DCT, precision 2, from the paragraph's present tense; borderline: a pattern over days, "
     "alternative not coded). Folded: the "
     "motorcycle bag-snatchings (street crime), the looted jewellery shown on al-Masirah TV as women's donations to the "
     "'war effort'. Not coded: the Houthis' looting of politicians' and opponents' property and of institutions 'since "
     "their raid on the capital' (a pattern since September 2014, no date in the text)"),
    # Aden (alweeam-852, DCT Sunday 2 August): a commentary on the Houthi leader's speech
    (WEE852, "بعد طرده من عدن", "رغم محاولته تبرير هزيمته الكبير بعد طرده من عدن",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-17", "2", "", "",
     "Al Weeam (commentary on Abdulmalik al-Houthi's speech)", "reported",
     "background: the Houthi leader's defeat 'after his expulsion from Aden' at the hands of the resistance and the "
     "national army, which he admitted in his speech ('خسارة معركة عدن وخسارة عدن'; the title's 'عدن سقطت', 'تحريرها' and "
     "'معركة عدن' are the same event -> one row; the resistance named first -> Yemeni Resistance, the army in this note; "
     "the outlet's own voice and the loser's admission -> reported, as the spent alwatan-768 and alwatan-823 rows of the "
     "leader's admission; adjudicated, as B: 17 July, precision 2, from his 'its liberation came while our fighters had "
     "left it for the Eid holiday' (Eid al-Fitr 1436 began 17 July), the anchor the spent texts lacked; my first version "
     "was the DCT, precision 3, as those rows, which stays the alternative). Not coded: the speech itself (justification of a "
     "defeat, not an operation start, victory, blockade or warning; alternative Statement, Houthis), the Houthis' "
     "fuel-price decision (economic) and their use of Hadi's price decision 'a year ago' to topple the state and seize the "
     "country (no date of the takeover in the text)"),
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
