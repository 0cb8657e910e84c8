"""Bookkeeping helper for the events96 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur51/events96/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 96 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events96/sample.py ("This set: events96, seeds 3020 / 3021, drawn at the start of stop 51 (aec7f06), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3020).shuffle, walked in order; (b) 10 with no text filter, random.Random(3021).shuffle, >=3 sources (got, by source, a: alriyadh 2, aleqtisadiya 2, aljazirah 1, sabq 1, alyaum 1, okaz 1, aawsat 1, alweeam 1; b: alwatan 2, alriyadh 2, alweeam 1, 3alyoum 1, aljazirah 1, sabq 1, aawsat 1, almadina 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 23 rows): detection F1 0.851 before by compare.py (20 matched of 24 A / 23 B rows, P 0.870, R 0.833; its greedy pass left 3 true pairs unpaired: the al-Hameh and Qudsaya siege rows, dated 12 days apart, and the Baghlan wedding shooting, typed differently; true pairs 23, true F1 0.979, P 1.000, R 0.958; both gave rows to the same 6 articles and left the same 14 empty); on compare.py's 20 pairs event_type, sub_event_type, actor1, location_country, event_date, time_precision and reported_as agreed 20/20, actor2, fatalities and fatalities_qualifier 19/20, location 17/20; triggers 9/20 identical trigger+occurrence, 20/20 nested; 24 -> 23 rows: 1 row dropped, as B (aawsat-116 Zabadani warplane raids, folded into the Zabadani clash row: generic sub-actions of the battle with no count or target); 9 values on 7 rows changed to B's: alweeam-1022 Baghlan shooting Battles/Armed clash, Unidentified armed group x2, as the spent adjudicated aawsat-483 row (first Violence against civilians/Attack vs Civilians (Afghanistan); trigger moved to the lead's exchange of fire), aawsat-116 al-Hameh and Qudsaya sieges actor2 Syrian rebels (first Civilians (Syria)) and event_date 23 July, the start of the 13-day siege (first the DCT), aleqtisadiya-334 al-Anad location 'Al Anad Air Base' (first 'Al Anad Air Base, Lahij'), al-Makhdarah combined toll of 11 for two places on neither row (first 11 exact), Mas raids 'Mas Camp, Marib' (first 'Mas, Marib'), 'Sirwah' (first 'Sirwah, Marib'); kept against B: aawsat-116 Moadamiyet al-Sham shelling actor2 empty (B Syrian rebels), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
SLC = "Saudi-led coalition"
MFS = "Military Forces of Syria"
SRB = "Syrian rebels"
MFI = "Military Forces of Iraq"
CIQ = "Civilians (Iraq)"
PFSA = "Police Forces of Saudi Arabia"
JAZ498 = "SN-aljazirah-20150810-498"
EQT252 = "SN-aleqtisadiya-20150723-252"
EQT334 = "SN-aleqtisadiya-20150804-334"
AWS116 = "SN-aawsat-20150804-116"
WEM1022 = "SN-alweeam-20150727-1022"
MAD493 = "SN-almadina-20150722-493"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Tabuk governor's condolences (aljazirah-498, DCT Monday 10 August 19:01 UTC)
    (JAZ498, "حادث تفجير مسجد قوات الطوارئ", "يقف خلف حادث تفجير مسجد قوات الطوارئ",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-10", "3", "", "",
     "Tabuk governor Prince Fahd bin Sultan (to SPA, via Al Jazirah)", "reported",
     "the occasion of the condolences (the article's news): the bombing of the Special Emergency Forces mosque in the "
     "Asir region, in which security men of the Special Emergency Forces and 'a number of' workers were martyred during "
     "the noon prayer ('عدد من' and no number for the security men -> fatalities empty; the title's 'حادث تفجير' and "
     "the text's 'هذا العمل الجبان' / 'هذا العمل الإجرامي البشع' are the same event -> one row; only 'تفجير' -> the "
     "generic explosive sub-type, as the spent Asir reaction rows; no perpetrator named ('هذه الفئة الباغية') -> "
     "Unidentified armed group; Special Emergency Forces -> Police Forces of Saudi Arabia; no city -> 'Asir'; no day in "
     "the text, a reaction report four days after -> DCT, precision 3, as the spent aljazirah-511 and almadina-554 "
     "rows of the same DCT). Not coded: the condolences and the vow that justice will reach the perpetrators "
     "(statements)"),
    # Iraq bombings (aleqtisadiya-252, DCT Thursday 23 July 19:26 UTC); 'أول أمس' -> Tuesday 21 July
    (EQT252, "تفجير سيارة مفخخة", "حيث أدى تفجير سيارة مفخخة إلى مقتل 19 شخصا على الأقل",
     ERV, IED, IS, CIQ, "New Baghdad, Baghdad", "IQ", "2015-07-21", "1", "19", "at_least",
     "Interior Ministry source; security and medical sources (via Al Eqtisadiya)", "reported",
     "the title's news, its deadliest part: the day before yesterday (DCT Thursday 23 July -> 21 July) a car bomb on a "
     "popular market in New Baghdad (east Baghdad) killed at least 19 and wounded 43 (an earlier toll of 17; car bomb -> "
     "Remote explosive/landmine/IED; the outlet states that ISIS claimed the two Baghdad bombings -> Islamic State; ISIS "
     "said they targeted militia fighters, the security and medical sources insist the victims were civilians -> "
     "Civilians (Iraq)), as the spent almadina-483 row of the same bombing. The title's '30 killed at least in "
     "scattered bombings' is the sum of this row and the al-Zafaraniya, al-Tarmiyah and Mandali rows (19 + 4 + 3 + 4), "
     "not coded separately"),
    (EQT252, "انفجرت سيارة مفخخة في الزعفرانية", "كما انفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد",
     ERV, IED, IS, CIQ, "Al Zafaraniya, Baghdad", "IQ", "2015-07-21", "1", "4", "at_least",
     "Interior Ministry source; medical sources in Baghdad hospitals (via Al Eqtisadiya)", "reported",
     "the same day (the lead's 'day before yesterday') a car bomb exploded in al-Zafaraniya, south Baghdad, killing at "
     "least four and wounding ten; the second of the two bombings the outlet says ISIS claimed -> Islamic State; "
     "victims civilians by the sources, as the spent almadina-483 row"),
    (EQT252, "تفجير سيارة مفخخة يقودها انتحاري", "في تفجير سيارة مفخخة يقودها انتحاري عند نقطة تفتيش في منطقة الطارمية",
     ERV, SUI, UAG, MFI, "Tarmiyah", "IQ", "2015-07-21", "1", "3", "exact",
     "Al Eqtisadiya (security and medical sources)", "reported",
     "'in addition' three army and police members were killed and nine wounded by a car bomb driven by a suicide "
     "bomber at a checkpoint in al-Tarmiyah, north of Baghdad, on the main road linking the capital with the north "
     "(suicide car bomb -> Suicide bomb; no claim for this one in the text -> Unidentified armed group; a checkpoint of "
     "army and police -> Military Forces of Iraq, as the spent almadina-483 joint-checkpoint row, alternative Police "
     "Forces of Iraq; no day of its own: the lead's 30 dead of the day before yesterday are 19 + 4 + 3 + 4, so it is part "
     "of the 21 July series -> 21 July, precision 1)"),
    (EQT252, "تفجير سيارة مفخخة في بلدة مندلي", "قتل أربعة أشخاص على الأقل في تفجير سيارة مفخخة في بلدة مندلي",
     ERV, IED, UAG, CIQ, "Mandali", "IQ", "2015-07-21", "1", "4", "at_least",
     "a medical source at Baladruz district hospital (via Al Eqtisadiya)", "reported",
     "in Diyala governorate (north-east of Baghdad) at least four people were killed by a car bomb in the town of "
     "Mandali near the Iranian border (no claim for it in the text -> Unidentified armed group; 'people' -> Civilians "
     "(Iraq); part of the lead's 30 of 21 July -> 21 July, precision 1). Not coded: ISIS 'resumed in the past weeks' "
     "suicide, IED and car bombings in Diyala (generic)"),
    (EQT252, "تفجير انتحاري ضخم", "بعد أيام من تفجير انتحاري ضخم في سوق منطقة خان بني سعد",
     ERV, SUI, IS, CIQ, "Khan Bani Saad", "IQ", "2015-07-17", "1", "90", "at_least",
     "Al Eqtisadiya", "reported",
     "background: the huge suicide bombing in the market of Khan Bani Saad in Diyala 'last Friday' (DCT Thursday 23 "
     "July -> 17 July), killing at least 90, claimed by ISIS, the outlet says ('الذي تبناه التنظيم' -> Islamic State; "
     "victims at a market -> Civilians (Iraq), as the spent okaz-1777/1794 Khan Bani Saad rows; the text says suicide "
     "bombing -> Suicide bomb). Not coded: ISIS's sweeping June 2014 offensive in the north and west (more than 12 "
     "months before the DCT)"),
    (EQT252, "تحرير", "وكانت السلطات العراقية أعلنت في يناير الماضي \"تحرير\" محافظة ديالى",
     BAT, GRT, MFI, IS, "Diyala", "IQ", "2015-01-01", "3", "", "",
     "Iraqi authorities (via Al Eqtisadiya)", "claimed",
     "background, borderline: the Iraqi authorities announced in January (2015) the 'liberation' of Diyala governorate "
     "from ISIS (month only -> 1 January, precision 3; within 12 months of the DCT; the outlet puts 'liberation' in "
     "quotation marks and adds that ISIS has since resumed bombings -> given as the authorities' assertion, claimed; "
     "the authorities' forces -> Military Forces of Iraq; alternative: not coded, a recalled announcement)"),
    # Al-Anad and Marib (aleqtisadiya-334, DCT Tuesday 4 August 18:33 UTC); 'أمس' -> Monday 3 August
    (EQT334, "فرض سيطرتها على قاعدة العند الجوية", "من فرض سيطرتها على قاعدة العند الجوية بمحافظة لحج",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "1", "35", "about",
     "a source in the resistance leadership (to Al Eqtisadiya)", "reported",
     "the title's news: 'yesterday' (DCT Tuesday 4 August -> 3 August; 'عصر أمس', the afternoon) the national army and "
     "the popular resistance took full control of al-Anad air base in Lahij governorate under heavy air cover (the "
     "pro-Hadi army and resistance -> Yemeni Resistance, as the spent alwatan-823 row of the same capture; the "
     "Houthi militia and Saleh's forces -> Houthis; 'Al Anad Air Base', adjudicated as B and the spent alwatan-823, aleqtisadiya-319, "
     "aawsat-151/272 and almadina-595 rows of the same unique base, first 'Al Anad Air Base, Lahij' as the text names "
     "Lahij); about 30 of the "
     "Houthi militia and Saleh's forces killed during the confrontations, five of the resistance and national army "
     "fell (30 about + 5 -> 35 about). Folded: the coalition air cover (the title's 'تحت غطاء كثيف من طيران التحالف'), "
     "Hadi's 'zero hour' announcement the same Monday for al-Anad base, camp and triangle, the resistance's "
     "announcement of control, the wide sweep to pursue the fleeing Houthis"),
    (EQT334, "نشر مئات الجنود", "بعد ساعات من نشر مئات الجنود التابعين لقوات التحالف العربي",
     SD, "Other", SLC, "", "Aden", "YE", "2015-08-03", "2", "", "",
     "Al Eqtisadiya", "reported",
     "background: 'hours' before the al-Anad developments, hundreds of soldiers of the Saudi-led Arab coalition "
     "deployed around Aden to secure it from Houthi attacks (troop deployment -> Strategic developments/Other, as the "
     "spent almadina-644/559 rows of the 3 August deployment; 'hours before' a 3 August afternoon event -> 3 August, "
     "precision 2 as the day is inferred)"),
    (EQT334, "مواجهات عنيفة اندلعت صباح الإثنين", "في مواجهات عنيفة اندلعت صباح الإثنين في المخدرة شمال غرب مأرب",
     BAT, CLASH, YR, HOU, "Al Makhdarah, Marib", "YE", "2015-08-03", "1", "", "",
     "local sources (via Al Eqtisadiya)", "reported",
     "in Marib, violent confrontations that broke out on Monday morning (3 August) in al-Makhdarah, north-west of "
     "Marib, and in the Mas area north of the governorate killed nine Houthi and Saleh fighters and two resistance men "
     "(9 + 2 = 11, given for both places together -> on neither row, adjudicated as B and the spent aawsat-70/64 "
     "combined-toll decisions, first 11 exact on this first-named place; Mas its own row, one "
     "location per row; the paragraph's first sentence 'قتل تسعة ... في مواجهات بين الطرفين' is the same event). "
     "Folded: the ongoing violent clashes on the north-western front at al-Makhdarah (the same battle)"),
    (EQT334, "منطقة ماس", "وكذا منطقة ماس شمال المحافظة",
     BAT, CLASH, YR, HOU, "Mas, Marib", "YE", "2015-08-03", "1", "", "",
     "local sources (via Al Eqtisadiya)", "reported",
     "the Monday-morning confrontations, second named place: the Mas area north of Marib governorate (one location per "
     "row; the 11 dead are given for both places together and sit on neither row, see the al-Makhdarah row)"),
    (EQT334, "وشنت طائرات التحالف غارات جوية", "وشنت طائرات التحالف غارات جوية استهدفت مواقع للحوثيين شمال مأرب",
     ERV, AIR, SLC, HOU, "Mas Camp, Marib", "YE", "2015-08-03", "2", "", "",
     "Al Eqtisadiya (local sources)", "reported",
     "coalition aircraft carried out air raids on Houthi positions north of Marib and also hit a weapons store in the "
     "Mas camp, setting it on fire and destroying a military vehicle, an anti-aircraft gun and an armoured vehicle (the "
     "unnamed positions north of Marib folded into the one named place, Mas camp -> 'Mas Camp, Marib', adjudicated "
     "as B, the most specific place the text gives for the raids, first 'Mas, Marib'; no day of their own in the Monday "
     "paragraph -> 3 August, precision 2). Sirwah its own row"),
    (EQT334, "وشنت غارة", "وشنت غارة على مواقع للحوثيين وصالح بمنطقة صرواح",
     ERV, AIR, SLC, HOU, "Sirwah", "YE", "2015-08-03", "2", "", "",
     "Al Eqtisadiya (local sources)", "reported",
     "a coalition raid on positions of the Houthis and Saleh in the Sirwah area west of Marib (a differently named "
     "place -> own row; 'Sirwah', adjudicated as B and the spent Sirwah rows, first 'Sirwah, Marib'; no day of its "
     "own in the Monday paragraph -> 3 August, precision 2)"),
    (EQT334, "وتدور اشتباكات عنيفة", "وتدور اشتباكات عنيفة بالجبهة الشمالية بمجزر",
     BAT, CLASH, YR, HOU, "Majzar, Marib", "YE", "2015-08-04", "2", "", "",
     "Al Eqtisadiya (local sources)", "reported",
     "violent clashes are going on on the northern front at Majzar and the north-western front at al-Makhdarah "
     "(present tense, ongoing -> DCT, precision 2; sides from the paragraph: the resistance vs the Houthi/Saleh "
     "forces; al-Makhdarah folded into its Monday row, Majzar a differently named place -> own row)"),
    (EQT334, "بدء فرض حصار على ميناء الحديدة", "وبدء فرض حصار على ميناء الحديدة الذي تسيطر عليه ميليشيات الحوثي",
     SD, "Other", "Government of Yemen", HOU, "Hodeidah Port, Al Hudaydah", "YE", "2015-08-04", "2", "", "",
     "Al Eqtisadiya", "reported",
     "background, borderline: the legitimate government's announcement that all ships are diverted to the ports of "
     "Aden and that a blockade of the Houthi-held Hodeidah port begins (a belligerent's blockade of a port -> "
     "Strategic developments/Other, as the spent BB-570 Hodeidah port closure row; 'concurrent with the ongoing "
     "battles', no day -> DCT, precision 2; alternative: not coded, an announcement mentioned in passing). Not coded: "
     "the collapse of the Yemeni riyal (economic)"),
    # Damascus countryside (aawsat-116, DCT Tuesday 4 August 18:06 UTC); 'أمس' -> Monday 3 August
    (AWS116, "الحصار الخانق الذي يفرضه النظام", "تحت الحصار الخانق الذي يفرضه النظام عليها لليوم الثالث عشر",
     SD, "Other", MFS, SRB, "Al Hameh", "SY", "2015-07-23", "2", "", "",
     "Asharq Al-Awsat; Ismail al-Darani (Rif Dimashq revolutionary command council)", "reported",
     "the title's news: the starvation siege the regime has imposed on the town of al-Hameh in the eastern "
     "countryside of Damascus 'for the thirteenth consecutive day': bakeries closed, flour and fuel barred, shops and "
     "pharmacies shut, all roads closed, no one allowed in or out (a siege with no fighting -> Strategic "
     "developments/Other, as the spent SK-953 Derna siege row; the regime forces -> Military Forces of Syria; "
     "the towns are under the full control of the Free Syrian Army -> actor2 Syrian rebels, the holder of the "
     "besieged place, as the spent Derna and Zinjibar siege rows (adjudicated, as B; first Civilians (Syria), the "
     "starved residents, now the alternative); day 13 on the DCT of 4 August -> the siege began 23 July, precision 2 "
     "(adjudicated, as B and the spent alwatan-2172 'besieged for two days' row, dated at the siege's start; first "
     "DCT, precision 2, as an ongoing state); one location per row: Qudsaya its own row). Not coded: the ended "
     "one-month truce, the 'permanent tension and clashes' in Tishreen, Jobar and Qaboun (generic)"),
    (AWS116, "بلدة قدسيا", "هذا الحال انسحب أيضًا على بلدة قدسيا القريبة من الهامة",
     SD, "Other", MFS, SRB, "Qudsaya", "SY", "2015-07-23", "2", "", "",
     "Asharq Al-Awsat; Ismail al-Darani (Rif Dimashq revolutionary command council)", "reported",
     "the same siege extends to the nearby town of Qudsaya (the regime forces closed all roads to both towns; the "
     "title's 'الهامة وقدسيا'; a differently named place -> own row; dated and typed as the al-Hameh row: 23 July, "
     "precision 2, actor2 Syrian rebels, both adjudicated as B; first DCT and Civilians (Syria))"),
    (AWS116, "خاضوا أمس اشتباكات عنيفة", "الذين خاضوا أمس اشتباكات عنيفة مع مسلحي المعارضة",
     BAT, CLASH, MFS, SRB, "Zabadani", "SY", "2015-08-03", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "'yesterday' (DCT Tuesday 4 August -> 3 August) the regime forces, the pro-regime National Defence militia and "
     "Hezbollah fighters fought violent clashes with the opposition and Islamic factions entrenched inside Zabadani, "
     "without any breakthrough (regime named first -> Military Forces of Syria, Hezbollah and the NDF its allies; "
     "opposition and Islamic factions -> Syrian rebels). Folded: the air cover and intense warplane raids and the "
     "artillery and rocket shelling that went with the clashes (generic sub-actions of the battle with no count or "
     "target of their own; adjudicated, as B: the raids were first their own Air/drone strike row, after the spent "
     "aawsat-156/aljazirah-298 rows, whose raids were counted), the month-long battle (the text's 'began a month "
     "ago', no aggregate row), Hezbollah media's 'gradual nibbling' claim"),
    (AWS116, "شنّ أمس أربع غارات", "هدفًا للطيران النظام الذي شنّ أمس أربع غارات عليها",
     ERV, AIR, MFS, "", "Arbin", "SY", "2015-08-03", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the town of Arbin in the Eastern Ghouta was the target of the regime's aircraft, which carried out four raids on "
     "it 'yesterday' (3 August), with no information on casualties (actor2 empty, as the spent alyaum-1689 Arbin row)"),
    (AWS116, "خلال اشتباكات مع قوات النظام", "قتل فيه ثلاثة عناصر من الفصائل الإسلامية خلال اشتباكات مع قوات النظام",
     BAT, CLASH, SRB, MFS, "Daraya", "SY", "2015-08-03", "2", "3", "exact",
     "Asharq Al-Awsat", "reported",
     "'at a time when' (the same yesterday as the Arbin raids, not stated for this clause -> 3 August, precision 2) "
     "three members of the Islamic factions were killed in clashes with the regime forces and their militias around "
     "Daraya in the Western Ghouta (the killed named first -> Syrian rebels as actor1, as the spent aljazirah-761 "
     "Daraya row; 3 exact). Folded: the regime shelling of positions in the Daraya area at the same time. Moadamiyet "
     "al-Sham's shelling its own row"),
    (AWS116, "ومعضمية الشام", "قصف قوات النظام لمواقع في منطقة داريا ومعضمية الشام",
     ERV, SHELL, MFS, "", "Moadamiyet al-Sham", "SY", "2015-08-03", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the regime forces' shelling of positions in Moadamiyet al-Sham, Western Ghouta, together with Daraya's (a "
     "differently named place -> own row; Daraya's shelling folded into the Daraya clash row; 'positions' of no named "
     "side -> actor2 empty, kept in adjudication against B's Syrian rebels, as the spent aljazirah-761 Daraya shelling row "
     "and this article's Arbin row; same time as the Daraya clashes -> 3 August, precision 2)"),
    # Baghlan wedding shooting (alweeam-1022, DCT Monday 27 July 16:56 UTC)
    (WEM1022, "تبادلوا اطلاق نار", "إن مسلحين تبادلوا اطلاق نار في حفل زفاف",
     BAT, CLASH, UAG, UAG, "Baghlan", "AF", "2015-07-27", "2", "21", "exact",
     "Baghlan police chief; Gen. Abdul Jabbar Purdeli, Baghlan police inspector general (via Al Weeam)", "reported",
     "the title's news, borderline (scope: the motive is 'not clear', the text mentions militant activity and private "
     "militias in Baghlan): the police chief said 'today Monday' that gunmen exchanged fire at a wedding party in "
     "Baghlan province, north Afghanistan, killing 21 guests and wounding eight; the inspector general: a number of "
     "gunmen entered the wedding and opened fire on the male guests. Adjudicated, as B: the title's and the lead's "
     "'exchange of fire' -> Battles/Armed clash, Unidentified armed group x2, as the spent adjudicated aawsat-483 row "
     "of the same shooting (whose AFP text told of a quarrel between two armed sides); first Violence against "
     "civilians/Attack vs Civilians (Afghanistan) on the inspector general's words, now the alternative (trigger "
     "moved from 'فتحوا النار على الضيوف' to the lead's exchange of fire). The shooting has no day of its own -> DCT, "
     "precision 2 (the spent row: Monday night, 27 July); 21 exact; only the province named. Not coded: the "
     "investigation and the promised arrests, the UN's 2014 civilian toll of 3,188 (a yearly figure, older than the "
     "article's news)"),
    # Column '431' (almadina-493, DCT Wednesday 22 July 09:50 UTC); the same text as the spent almadina-653
    (MAD493, "431 هو حصيلة جديدة", "431 هو حصيلة جديدة من فصول الحرب على الإرهاب",
     SD, "Arrests", PFSA, UAG, "", "SA", "2015-07-22", "2", "", "",
     "Al Madina (opinion column)", "reported",
     "background (opinion column; the same text as the spent adjudicated almadina-653 row, whose values I follow): "
     "'431' is the new tally, 'in the last few days', of the war on terrorism waged by the security agencies in the "
     "Kingdom: 431 'deviant minds' organised in working groups, caught thanks to the vigilance of the security men "
     "(the word 'arrest' is not used; a security operation netting 431 members of extremist cells -> Arrests; 'the "
     "Khawarij' not named as a group -> Unidentified armed group; no place -> location empty; 'in the last few days' "
     "-> DCT, precision 2)"),
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
