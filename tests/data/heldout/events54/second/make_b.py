"""Bookkeeping helper for annotator B of the events54 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events53/second/make_b.py.
Run: python3 /work/fresh/cur37/events54/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 54 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2880/2881, drawn at the start of stop 37, main eabb647, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2880).shuffle, walked in order; (b) 10 with no text filter: random.Random(2881).shuffle, walked in order, >=3 sources (got, by source, a: aljazirah 2, alyaum 2, okaz 2, aawsat 1, alriyadh 1, alwatan 1, alweeam 1; b: aleqtisadiya 2, alriyadh 2, alwatan 2, 3alyoum 1, aljazirah 1, almadina 1, okaz 1).
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
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
ABD = "Abduction/forced disappearance"
LOOT = "Looting/property destruction"
DWU = "Disrupted weapons use"
HOU = "Houthis"
YR = "Yemeni Resistance"
IS = "Islamic State"
MFS = "Military Forces of Syria"
REB = "Syrian rebels"
YPG = "YPG: Peoples Protection Units"
GCAD = "Global Coalition Against Daesh"
CSY = "Civilians (Syria)"
CYE = "Civilians (Yemen)"
AW156 = "SN-aawsat-20150726-156"
OK1848 = "SN-okaz-20150722-1848"
WM852 = "SN-alweeam-20150802-852"
SOHR = "Syrian Observatory for Human Rights (via Asharq Al-Awsat)"
AAW = "Asharq Al-Awsat"
DRR = "al-Durar al-Shamiya opposition news site (via Asharq Al-Awsat)"
ARA = "ARA News (via Asharq Al-Awsat)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    # Syria round-up, DCT Sunday 26 July; 'أمس' = Saturday 25 July (the text itself: 'ظهر السبت (أمس)')
    (AW156, "استمرار الاشتباكات العنيفة", "وسط استمرار الاشتباكات العنيفة بين الفرقة الرابعة وحزب الله",
     BAT, CLASH, MFS, REB, "Zabadani", "SY", "2015-07-25", "1", "", "",
     SOHR, "reported",
     "the title's and lead's news: the regime and Lebanese Hezbollah give priority to the battle of Zabadani, near the "
     "end of its fourth week, tightening the siege and continuing to bomb the city from the air with barrel bombs and "
     "from the ground with rocket launchers and heavy artillery; SOHR 'yesterday' (DCT Sunday 26 July -> Saturday "
     "25 July): continuing violent clashes in the city between the 4th Division and Hezbollah on one side and the "
     "Islamist factions and local gunmen on the other (the siege and the generic barrel/rocket/artillery bombardment "
     "folded into the battle row; the 4th Division named first -> Military Forces of Syria, Hezbollah in this note; "
     "Islamist factions and local gunmen -> Syrian rebels, as the spent Zabadani rows; the clashes are reported for "
     "yesterday -> precision 1, alternative 2 for an ongoing battle). The counted nine air raids are their own row"),
    (AW156, "تسع غارات", "أن الطيران الحربي السوري شنّ تسع غارات على عدد من مناطق المدينة",
     ERV, AIR, MFS, "", "Zabadani", "SY", "2015-07-25", "1", "", "",
     SOHR, "reported",
     "SOHR announced 'yesterday' (25 July) that the Syrian warplanes carried out nine raids on several areas of the "
     "city of Zabadani (a counted raid series by another arm than the ground battle -> own row, as the adjudicated "
     "spent events38 Tariq al-Sad row; alternative folded into the Zabadani battle row as generic bombardment; no "
     "target or victims stated -> actor2 empty; announced yesterday, a daily SOHR count -> 25 July, precision 1)"),
    (AW156, "16 غارة", "نفّذ طيران النظام السوري أمس 16 غارة على أحياء مدينة درعا",
     ERV, AIR, MFS, "", "Daraa", "SY", "2015-07-25", "1", "", "",
     AAW, "reported",
     "'yesterday' (25 July) the regime's aircraft carried out 16 raids on districts of the city of Daraa, the "
     "governorate's centre, targeting the areas held by the opposition factions; the air raids went with artillery "
     "and rocket shelling of the same areas (same place, day and side -> folded here, alternative an own Shelling row; "
     "opposition-held areas, no victims stated -> actor2 empty, as the spent 'areas' strike rows, alternative Syrian "
     "rebels)"),
    (AW156, "ردّت المعارضة", "بينما ردّت المعارضة باستهداف مواقع قوات النظام في مدينة درعا أيضا",
     ERV, SHELL, REB, MFS, "Daraa", "SY", "2015-07-25", "1", "", "",
     AAW, "reported",
     "same sentence: the opposition replied by targeting the regime forces' positions in the city of Daraa too, with "
     "reports of human losses among the regular forces and their allied gunmen (another actor -> own row; "
     "'استهداف' with no ground fighting described -> Shelling/artillery/missile attack, as the spent events38 "
     "'استهداف' rows, alternative Battles/Armed clash; 'أنباء عن سقوط خسائر بشرية' -> fatalities empty; the sentence's "
     "'أمس' -> 25 July, precision 1)"),
    (AW156, "محيط بلدة عتمان", "والفصائل المسلحة في محيط بلدة عتمان، وسط قصف جوي على البلدة",
     BAT, CLASH, MFS, REB, "Atman", "SY", "2015-07-25", "2", "", "",
     AAW, "reported",
     "Daraa paragraph: clashes between Assad's forces and the armed factions around the town of Atman, amid air "
     "bombardment of the town (the bombardment of the same place folded; Assad's forces named first -> actor1 "
     "Military Forces of Syria; no own day, in the paragraph of 'yesterday' -> 25 July, precision 2; 'Atman' alone, "
     "the sentence names no governorate, alternative 'Atman, Daraa')"),
    (AW156, "خراب الشحم", "أما بلدتا خراب الشحم وغرز القريبتان من درعا",
     ERV, AIR, MFS, "", "Kharab al-Shahm", "SY", "2015-07-25", "2", "", "",
     AAW, "reported",
     "the two towns of Kharab al-Shahm and Ghariz near Daraa were targeted by helicopters with barrel bombs (one "
     "location per row: Kharab al-Shahm here, Ghariz its own row; barrel bombs from helicopters -> Air/drone strike, "
     "as the spent Tal Shihab row; no victims stated -> actor2 empty; no own day, the paragraph of 'yesterday' -> "
     "25 July, precision 2)"),
    (AW156, "وغرز", "أما بلدتا خراب الشحم وغرز القريبتان",
     ERV, AIR, MFS, "", "Ghariz", "SY", "2015-07-25", "2", "", "",
     AAW, "reported",
     "the second of the two towns near Daraa hit by the helicopters' barrel bombs: Ghariz (see the Kharab al-Shahm "
     "row; 25 July, precision 2)"),
    (AW156, "قصف البراميل على بلدة اليادودة", "وأدى قصف البراميل على بلدة اليادودة إلى مقتل 9 أشخاص",
     ERV, AIR, MFS, CSY, "Al Yadudah", "SY", "2015-07-25", "2", "9", "exact",
     AAW, "reported",
     "the barrel-bomb bombardment of the town of al-Yadudah killed 9 people, among them the head of the town's local "
     "council, five children under 18 and one woman (barrel bombs -> Air/drone strike; children, a woman and a civil "
     "official -> Civilians (Syria); '9' -> exact; 'Al Yadudah' as the spent events38 row; no own day, the paragraph "
     "of 'yesterday' -> 25 July, precision 2)"),
    (AW156, "الصمدانية الغربية", "مناطق في بلدتي الصمدانية الغربية والحميدية في ريف القنيطرة",
     ERV, SHELL, MFS, "", "As Samadaniyah al-Gharbiyah", "SY", "2015-07-25", "2", "", "",
     "activists (via Asharq Al-Awsat)", "reported",
     "Quneitra countryside: activists confirmed that the regular forces shelled with heavy artillery areas in the towns "
     "of al-Samadaniya al-Gharbiya and al-Hamidiya, no information on casualties (one location per row: this row "
     "al-Samadaniya al-Gharbiya; no victims -> actor2 empty; the paragraph gives no day, the round-up's frame is "
     "'yesterday' -> 25 July, precision 2, alternative DCT 26 July, precision 2 by the written rule; sun letter -> "
     "'As ...', as the spent 'As Sawad Camp')"),
    (AW156, "والحميدية", "الصمدانية الغربية والحميدية في ريف القنيطرة",
     ERV, SHELL, MFS, "", "Al Hamidiyah", "SY", "2015-07-25", "2", "", "",
     "activists (via Asharq Al-Awsat)", "reported",
     "the second town of the same heavy-artillery shelling in the Quneitra countryside: al-Hamidiya (see the "
     "al-Samadaniya row; 25 July, precision 2)"),
    (AW156, "سقوط قذيفة أطلقتها الفصائل الإسلامية", "إثر سقوط قذيفة أطلقتها الفصائل الإسلامية على منطقة في بلدة حضر",
     ERV, SHELL, REB, MFS, "Hadar", "SY", "2015-07-25", "2", "1", "exact",
     "activists (via Asharq Al-Awsat)", "reported",
     "a member of the pro-regime National Defence Forces militia was killed when a shell fired by the Islamist factions "
     "fell on an area of the town of Hadar in the northern Quneitra countryside (Islamist factions -> Syrian rebels; "
     "the NDF member -> Military Forces of Syria, as the spent al-Fuaa defenders; one death -> 1 exact; 25 July, "
     "precision 2)"),
    (AW156, "كنصفرة", "حيث قصف بلدات كنصفرة والبارة وبليون في جبل الزاوية",
     ERV, AIR, MFS, "", "Kansafra", "SY", "2015-07-25", "1", "", "",
     DRR, "reported",
     "al-Durar al-Shamiya: 'yesterday' (25 July) Assad's warplanes launched a fierce air campaign on the 'liberated' "
     "areas of the Idlib countryside, more than 15 raids since early morning, bombing the towns of Kansafra, al-Bara "
     "and Balyun in Jabal al-Zawiya, with no casualties reported, only material losses (one location per row: Kansafra "
     "here, al-Bara and Balyun own rows; the '15+' raids are not split -> no count per row; no victims -> actor2 empty; "
     "'أمس' and 'since early morning' -> 25 July, precision 1). Folded/not coded: 'the regime bombed the Idlib "
     "countryside with warplanes and helicopters in revenge for its soldiers besieged in Kafraya and al-Fuaa' (the "
     "same campaign, generic); the siege of Kafraya and al-Fuaa (status)"),
    (AW156, "والبارة", "قصف بلدات كنصفرة والبارة وبليون",
     ERV, AIR, MFS, "", "Al Bara", "SY", "2015-07-25", "1", "", "",
     DRR, "reported",
     "the second named town of the same Jabal al-Zawiya raids: al-Bara (see the Kansafra row; 25 July, precision 1)"),
    (AW156, "وبليون", "قصف بلدات كنصفرة والبارة وبليون",
     ERV, AIR, MFS, "", "Balyun", "SY", "2015-07-25", "1", "", "",
     DRR, "reported",
     "the third named town of the same Jabal al-Zawiya raids: Balyun (see the Kansafra row; 25 July, precision 1)"),
    (AW156, "بلدة جرجناز", "استهدف الطيران الحربي بلدة جرجناز في ريف معرة النعمان",
     ERV, AIR, MFS, CSY, "Jarjanaz", "SY", "2015-07-25", "1", "", "",
     DRR, "reported",
     "al-Durar al-Shamiya: at the same time the warplanes targeted the town of Jarjanaz in the Maarat al-Numan "
     "countryside, wounding several people (a differently named place -> own row; wounded people with no armed role "
     "stated -> Civilians (Syria), alternative actor2 empty; no deaths -> fatalities empty; same day -> 25 July, "
     "precision 1)"),
    (AW156, "المجزرة المروعة", "غداة المجزرة المروعة التي ارتكبتها قوات الأسد أول من أمس",
     ERV, SHELL, MFS, CSY, "Kafrmous", "SY", "2015-07-24", "1", "8", "exact",
     AAW, "reported",
     "the escalation came the day after the 'horrific massacre' committed by Assad's forces 'the day before yesterday' "
     "(DCT Sunday 26 July -> Friday 24 July) by targeting the village of Kafrmous in Shahshabu, southern Idlib "
     "countryside, with vacuum missiles, killing eight people of one family ('الصواريخ الفراغية', no aircraft named "
     "in the sentence -> Shelling/artillery/missile attack, alternative Air/drone strike since such missiles are "
     "usually air-launched and the paragraph is about the air campaign; one family -> Civilians (Syria); 'ثمانية' "
     "-> 8 exact)"),
    (AW156, "الزويك", "على بلدات وقرى الزويك والدويركة وساقية الكرت بجبل الأكراد",
     ERV, AIR, MFS, "", "Az Zuwayk", "SY", "2015-07-25", "2", "", "",
     AAW, "reported",
     "Latakia governorate: the regime warplanes carried out at least 6 raids on the towns and villages of al-Zuwayk, "
     "al-Duwayrika and Saqiyat al-Kurt in Jabal al-Akrad and other areas of Jabal al-Turkman in the governorate's "
     "northern countryside (one location per row: al-Zuwayk here, the other two named villages own rows; the unnamed "
     "Jabal al-Turkman areas folded here, as the spent events38 Zebdin row folded the unnamed towns into the first "
     "named one, alternative an own 'Jabal al-Turkman' row; 'at least 6' not split -> no count per row; no victims -> "
     "actor2 empty; the paragraph gives no day, the round-up frame -> 25 July, precision 2)"),
    (AW156, "والدويركة", "الزويك والدويركة وساقية الكرت",
     ERV, AIR, MFS, "", "Ad Duwayrika", "SY", "2015-07-25", "2", "", "",
     AAW, "reported",
     "the second named village of the same Latakia raids: al-Duwayrika, Jabal al-Akrad (see the al-Zuwayk row; "
     "25 July, precision 2)"),
    (AW156, "وساقية الكرت", "الزويك والدويركة وساقية الكرت بجبل الأكراد",
     ERV, AIR, MFS, "", "Saqiyat al-Kurt", "SY", "2015-07-25", "2", "", "",
     AAW, "reported",
     "the third named village of the same Latakia raids: Saqiyat al-Kurt, Jabal al-Akrad (see the al-Zuwayk row; "
     "25 July, precision 2)"),
    (AW156, "استعرت الاشتباكات", "في حين استعرت الاشتباكات بين مقاتلي الفصائل المقاتلة والإسلامية",
     BAT, CLASH, REB, MFS, "Tal Jurat al-Maa", "SY", "2015-07-25", "2", "", "",
     AAW, "reported",
     "meanwhile the clashes flared between the fighters of the fighting and Islamist factions on one side and the "
     "regime forces backed by the National Defence Forces militia and allied gunmen on the other around the Tal Jurat "
     "al-Maa area in Jabal al-Turkman; field sources: the Islamist factions' fighters advanced and took control of an "
     "area the regime forces had held (the capture in the same place and days folded into the battle row, "
     "alternative an own Non-state actor overtakes territory row; the factions named first -> actor1 Syrian rebels; "
     "regime forces with the NDF -> Military Forces of Syria; 25 July, precision 2)"),
    (AW156, "سيطرت بالكامل على قرية مغربتين", "إن القوات المشتركة سيطرت بالكامل على قرية مغربتين",
     BAT, NSO, YPG, IS, "Maghrabtain", "SY", "2015-07-25", "2", "", "",
     ARA, "reported",
     "ARA News: the joint Kurdish forces made new progress on Friday night and Saturday morning (24-25 July) south of "
     "Ain al-Arab (Kobani), Aleppo governorate, taking full control of the village of Maghrabtain and the surrounding "
     "hills south of the town of Sarrin (captured from ISIS, which holds Sarrin -> Non-state actor overtakes territory; "
     "the joint Kurdish forces -> YPG: Peoples Protection Units, the YPG named in the same agency's Tal Abyad "
     "sentence; Friday night to Saturday morning -> 25 July, precision 2; the general advance south of Ain al-Arab "
     "folded)"),
    (AW156, "ودخلت صباح السبت قرية ملحة", "ودخلت صباح السبت قرية ملحة، لتستكمل بذلك حصارها",
     BAT, NSO, YPG, IS, "Malha", "SY", "2015-07-25", "1", "", "",
     ARA, "reported",
     "ARA News: the joint Kurdish forces entered the village of Malha on Saturday morning (25 July), completing again "
     "their siege of the town of Sarrin from three sides, leaving ISIS only the Euphrates outlet to the west (a "
     "differently named village, a later step -> own row; entry into an ISIS-held village -> Non-state actor "
     "overtakes territory, alternative folded into the Maghrabtain row; the siege of Sarrin folded here, alternative "
     "an own Armed clash row 'Sarrin' as the spent siege rows)"),
    (AW156, "رفعت من وتيرة غاراتها", "أن «طائرات التحالف رفعت من وتيرة غاراتها على البلدة ومحيطها",
     ERV, AIR, GCAD, IS, "Sarrin", "SY", "2015-07-25", "2", "", "",
     ARA, "reported",
     "ARA News: the coalition aircraft have raised the rate of their raids on the town (Sarrin) and its surroundings "
     "during the past days considerably, to more than 20 raids a day on average (the international coalition -> "
     "Global Coalition Against Daesh; the ISIS-held town -> actor2 Islamic State; 'during the past days' -> 25 July, "
     "precision 2; a daily rate over days at one named town -> one row, borderline, alternative not coded as a "
     "rate)"),
    (AW156, "أحبطت تفجيرين انتحاريين", "فيما أحبطت تفجيرين انتحاريين في مدينة تل أبيض",
     SD, DWU, YPG, IS, "Tal Abyad", "SY", "2015-07-25", "1", "", "",
     ARA, "reported",
     "ARA News: the Kurdish forces foiled two suicide bombings in the city of Tal Abyad, Raqqa governorate: at noon on "
     "Saturday ('yesterday', 25 July) the YPG detonated two car bombs after prior information that they were rigged; "
     "the two cars, driven by two ISIS suicide bombers, exploded at the south-western entrances of the city on the Ain "
     "al-Arous side after the Kurdish forces hit them from afar (the text says foiled -> Strategic "
     "developments/Disrupted weapons use, as the spent events43 foiled suicide operation, alternative Explosions/Remote "
     "violence/Suicide bomb, Islamic State vs YPG; the later 'تفجير وحدات حماية الشعب' sentence is the same event; "
     "the bombers' deaths are not stated -> fatalities empty)"),
    (OK1848, "اختطاف عدد من اسرهم", "واختطاف عدد من اسرهم الذين عمدوا للدفاع عن شرفهم",
     VAC, ABD, HOU, CYE, "Mashraa wa Hadnan, Taiz", "YE", "2015-07-17", "2", "", "",
     "local residents and sources (to Okaz)", "reported",
     "local residents of Taiz told Okaz that during the days of Eid (Eid al-Fitr 1436 began Friday 17 July; DCT "
     "22 July -> 17 July, precision 2, alternative DCT, precision 2) armed gangs of the Houthi militias raided their "
     "homes in a village of the Mashraa wa Hadnan area of Taiz governorate, robbed the women of their jewellery and "
     "money, and abducted a number of their family members who tried to defend their honour and put them in prisons; "
     "the militias raided the homes 'under the pretext of searching for resistance' and left no house untouched "
     "(abduction of civilians by an armed group -> VAC/Abduction/forced disappearance, the looting folded, alternative "
     "Strategic developments/Looting/property destruction; no number -> fatalities empty). Folded: the women's "
     "handbags stolen at Houthi checkpoints on the outskirts of Taiz (same account and days)"),
    (OK1848, "أعمال سرقة ومداهمات للمنازل", "تمارس أعمال سرقة ومداهمات للمنازل حيث تقوم بسرقة الحلي",
     SD, LOOT, HOU, CYE, "Sanaa", "YE", "2015-07-17", "2", "", "",
     "special sources (to Okaz)", "reported",
     "the title's news ('Sanaa subjected to Houthi looting operations'): in the capital gangs spread in the "
     "neighbourhoods and main streets, robbing and raiding homes and stealing jewellery and money; most of the gang "
     "members are ex-convicts whom the Houthi freed from the prisons and recruited to work for him; most homes, even "
     "those left by their owners, were subjected to armed robbery and looting (the lead places it 'during the days of "
     "Eid' -> 17 July, precision 2; the title's 'حوثية' and the recruitment -> Houthis, alternative Unidentified armed "
     "group; no one hurt -> Looting/property destruction; borderline: a pattern over days, alternative not coded). "
     "Not coded: the motorcycle bag-snatching (ordinary crime), the Houthis' looting since they entered Sanaa "
     "(generic, undated)"),
    (WM852, "هزيمته بعدن", "ومضى الحوثي في تبرير هزيمته بعدن على يد المقاومة والجيش الوطني",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-17", "2", "", "",
     "Houthi leader's speech (via Al Weeam)", "reported",
     "background (the news is the Houthi leader's speech): his defeat in Aden 'at the hands of the resistance and the "
     "national army', after his expulsion from Aden; he admitted losing the battle of Aden and Aden itself, saying its "
     "liberation came through the coalition's surprise 'at a time when his group's gunmen had left it for the Eid "
     "holiday' (the title's 'عدن سقطت' and the later 'معركة عدن' mentions are the same event -> one row; the "
     "resistance named first -> Yemeni Resistance, the national army in this note; the defeat admitted by the losing "
     "side -> reported, as the spent alwatan-768/823 Aden rows; Eid al-Fitr 1436 began 17 July -> 17 July, "
     "precision 2, alternative DCT, precision 3 as those rows, whose texts gave no anchor). Not coded: the speech "
     "itself, the Houthis' fuel-price 'liberalisation' decision (economic) and Hadi's a year earlier"),
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
