"""Bookkeeping helper for the events85 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur47/events85/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 85 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events85/sample.py ("This set: events85, seeds 2982 / 2983, drawn at the start of stop 47 (9984211), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2982).shuffle, walked in order; (b) 10 with no text filter, random.Random(2983).shuffle, >=3 sources (got, by source, a: aawsat 3, alyaum 3, okaz 1, alwatan 1, almadina 1, alriyadh 1; b: alyaum 3, aljazirah 2, alriyadh 2, okaz 2, aleqtisadiya 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 25 rows): detection F1 0.885 before by compare.py (23 matched of 27 A / 25 B rows, P 0.920, R 0.852; all 23 pairs are true event pairs; both gave rows to the same 8 articles and left the same 12 empty); on the 23 pairs event_type, sub_event_type, actor1, location_country, event_date, fatalities, fatalities_qualifier and reported_as agreed 23/23, time_precision 22/23, actor2 20/23, location 18/23; triggers 11/23 identical trigger+occurrence, 23/23 nested; 27 -> 26 rows: 2 rows dropped (folded, as B: alyaum-1224 the Syrian part of the coalition air campaign into one campaign row; alyaum-1042 the administrative detention into the arrests row), 1 row added from B (alriyadh-839 the regime's 32 barrel bombs and 21 raids on Daraa, counted strikes); values changed to B's: alyaum-1224 campaign row event_date 2014-08-09 (first DCT) and fatalities 15000 exact (first empty), alyaum-1042 East Jerusalem and West Bank clashes actor2 Military Forces of Israel (first empty), alyaum-1042 Gaza rocket actor2 Civilians (Israel) (first empty), almadina-715 sit-in location 'Al-Zira'a Roundabout, Latakia' (first 'Az Zira'a ...') and time_precision 2 (first 1), aawsat-184 Sevare location 'Byblos Hotel, Sevare' (first 'Sevare'), alriyadh-839 Kobani battle location 'Kobani' (first 'Ain al-Arab'); kept against B: alriyadh-839 June Daraa attack row (B none), aawsat-184 IED location 'Diabozo' (B 'Tenenkou'), alriyadh-839 'Al-Ghariyah al-Gharbiyah' spelling (B 'Al-Ghariya al-Gharbiya'), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

YUM1224 = "SN-alyaum-20150810-1224"
OKZ1434 = "SN-okaz-20150725-1434"
AWS136 = "SN-aawsat-20150802-136"
WAT1025 = "SN-alwatan-20150807-1025"
YUM1042 = "SN-alyaum-20150809-1042"
MAD715 = "SN-almadina-20150810-715"
AWS184 = "SN-aawsat-20150811-184"
RYD839 = "SN-alriyadh-20150725-839"
SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
RIO = "Riots"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
IS = "Islamic State"
GCAD = "Global Coalition Against Daesh"
MFT = "Military Forces of Turkey"
MFS = "Military Forces of Syria"
MFM = "Military Forces of Mali"
CSY = "Civilians (Syria)"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # US-led coalition campaign one year on (alyaum-1224, DCT Monday 10 August 19:08 UTC)
    (YUM1224, "ضربة جوية", "ما يقرب من 6 آلاف ضربة جوية",
     ERV, AIR, GCAD, IS, "", "IQ", "2014-08-09", "3", "15000", "exact",
     "Associated Press; US Central Command statistics; US officials (via Al Yaum)", "reported",
     "aggregate: the title's news: the US-led international coalition's operation against ISIS entered its second year "
     "'yesterday'; since then the coalition has launched nearly 6,000 air strikes in Iraq and Syria (CENTCOM: 5,964 "
     "sorties, 2,657 in Iraq, 2,289 in Syria, 10,684 targets hit); one campaign in two countries -> one row, IQ (the "
     "first-named country and the article's Iraq frame), location empty; the widening to Syria at the end of September "
     "(2014) is the same campaign, folded (adjudicated, as B and the adjudicated spent aawsat-104 coalition aggregate: "
     "first an IQ and an SY row); dated at the campaign's start, a year before 'yesterday' -> 9 August 2014, precision "
     "3, as the spent aawsat-118 'since a year' aggregate (adjudicated, as B: first DCT, precision 3); US officials "
     "recently said the strikes killed 15,000 extremist fighters since they began ('15 ألف', no approximation word -> "
     "15000 exact, adjudicated as B, first empty; the toll is the striking side's figure, the campaign itself is stated "
     "as fact -> reported, alternative claimed as aawsat-118). Not coded: the ISIS siege of the Yazidis on Mount "
     "Sinjar and its advance towards Baghdad and Erbil (August 2014, more than 12 months before the DCT), the arms "
     "deliveries to the Iraqi army, the costs, the White House and DIA assessments (commentary), the 'stalemate' "
     "between the Iraqi forces and ISIS (generic)"),
    # Aden airport (okaz-1434, DCT Saturday 25 July 09:34 UTC)
    (OKZ1434, "محاولات استهداف", "أن محاولات استهداف الميليشيات الحوثية لمطار عدن بالأمس",
     ERV, SHELL, "Houthis", "", "Aden", "YE", "2015-07-24", "1", "", "",
     "Yemeni Fisheries Minister Fahd Kafayin (to Okaz)", "reported",
     "the title's news: the Houthi militias' attempts 'yesterday' (DCT 25 July -> 24 July) to target Aden airport caused "
     "no damage to the airport, since they fell far from the airport and its surroundings, on the edges of the city "
     "(attacks from a distance at a target -> Shelling/artillery/missile attack, the weapon not named; they fell on the "
     "city's outskirts, not the airport -> 'Aden'; no victims -> actor2 empty; the attempts are presupposed in the "
     "minister's words, whose claim is only the absence of damage -> reported, alternative claimed). Not coded: the "
     "Houthis 'confined' on the Lahij road (status), the coming liberation operations (expectation), the ministers' "
     "return to Aden (political)"),
    (OKZ1434, "لتحرير عدن", "منذ اللحظات الأولى لتحرير عدن",
     BAT, GRT, "Yemeni Resistance", "Houthis", "Aden", "YE", "2015-07-25", "3", "", "",
     "Yemeni Fisheries Minister Fahd Kafayin (to Okaz)", "reported",
     "background: the liberation of Aden, the airport secured 'after its liberation' by forces of the regular army and "
     "the popular resistance, the president following the army's advance to liberate all areas of Aden (the airport's "
     "liberation, 'عدن المحررة' and the advance are the same event -> one row, location Aden as the spent "
     "aleqtisadiya-344 row that folded the airport; the resistance and the army -> Yemeni Resistance, as the spent Aden "
     "rows; undated in the text -> DCT, precision 3, as the spent alriyadh-791 row)"),
    # Sousse festival (aawsat-136, DCT Sunday 2 August 23:00 UTC)
    (AWS136, "لهجوم إرهابي", "على الرغم من تعرض مدينة سوسة لهجوم إرهابي",
     VAC, "Attack", UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-06-01", "3", "39", "exact",
     "Asharq Al-Awsat", "reported",
     "background (the news is the return of the Awssou carnival): the city of Sousse suffered a terrorist attack at the "
     "end of June, which left 39 dead and 40 wounded, most of them foreign tourists (the later 'الهجوم الإرهابي الذي "
     "شهدته المنطقة السياحية بسوسة' is the same event -> one row; 'نهاية شهر يونيو' gives only the month -> 1 June, "
     "precision 3 by the header rule, alternative 26 June; no perpetrator named -> Unidentified armed group, as the "
     "spent alriyadh-802 row; tourists -> Civilians (Tunisia); the text's 39 -> 39 exact)"),
    # Asir mosque bombing (alwatan-1025, DCT Friday 7 August 06:32 UTC)
    (WAT1025, "التفجير الغاشم", "مستجدات التفجير الغاشم الذي استهدف",
     ERV, SUI, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-07", "2", "", "",
     "Asir governor Prince Faisal bin Khalid (to Al Watan)", "reported",
     "the news is the governor's statement 'yesterday' on the investigation: the cowardly bombing that targeted the "
     "mosque of the Special Emergency Forces in the region (Asir), where the suicide bomber carried out his crime inside "
     "the mosque at noon prayer among members of the forces and some workers (the 'الانتحاري نفذ جريمته', 'العمل "
     "الإرهابي' and 'الحادث الإجرامي' mentions are the same event -> one row; 'الانتحاري' -> Suicide bomb, as the spent "
     "alwatan-847 and okaz-1364 rows; no perpetrator named -> Unidentified armed group; the bombing's day is not in the "
     "text -> DCT, precision 2, as the spent okaz-1328 row; 'الشهداء' and 'المصابين' without numbers -> fatalities "
     "empty). Not coded: the increased security precautions (generic), the pursuit of rumour-spreaders (legal)"),
    # Duma arson, Saad Dawabsheh's death (alyaum-1042, DCT Sunday 9 August 17:53 UTC)
    (YUM1042, "قتل حرقا", "علي دوابشة (18 شهرا) قتل حرقا في 31 يوليو",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-07-31", "1", "2", "exact",
     "Palestinian official Ghassan Daghlas; Al Yaum (AFP)", "reported",
     "the title's news is the death of the father: on 31 July masked men threw a firebomb through the open window of the "
     "Dawabsheh house in the village of Duma (northern West Bank), burning the 18-month-old Ali to death; his father "
     "Saad died of his wounds (announced 'yesterday'), the mother in critical condition, the brother recovering ('a fire "
     "set by Jewish extremists', 'price tag' slogans of the settlers -> Settlers (Israel), as the spent Duma rows; the "
     "title's 'المقتول حرقاً', 'هجوم قرية دوما' and 'جريمة استشهاد الرضيع' are the same event -> one row; child + father "
     "-> 2 exact, as the spent alriyadh-605 row). Not coded: the funeral in Duma, the autopsy and the ICC file (legal), "
     "Hamas's statements and Badran's call for open confrontation (statements), the 'price tag' attacks in general "
     "(generic)"),
    (YUM1042, "هاجم مسيرة مثليي الجنس", "هاجم مسيرة مثليي الجنس في القدس",
     VAC, "Attack", UAG, "Protesters (Israel)", "Jerusalem", "IL", "2015-07-30", "1", "1", "exact",
     "Al Yaum (AFP)", "reported",
     "background: the Duma attack came 'the day after' another attack, in which a Jewish extremist attacked the gay "
     "pride march in Jerusalem, killing a girl and wounding five others with a knife (Duma 31 July -> 30 July, "
     "precision 1, as the spent alriyadh-1240 row; a lone attacker -> Unidentified armed group and the marchers -> "
     "Protesters (Israel), as that row; one girl killed -> 1 exact)"),
    (YUM1042, "وأوقف شابان آخران", "وأوقف شابان آخران بعد هجوم دوما",
     SD, "Arrests", "Police Forces of Israel", "Civilians (Israel)", "", "IL", "2015-08-09", "2", "", "",
     "Al Yaum (AFP)", "reported",
     "borderline: two other young men were arrested after the Duma attack, suspected with the others of extremist "
     "activity but not charged with the child's killing; to pursue these 'terrorists' the Israeli government had also "
     "imposed administrative detention, for the first time in years, on a Jewish extremist (folded: adjudicated, as B, "
     "one Arrests row for the arrests and detention of Jewish extremists after Duma, as the spent alriyadh-605 row; my "
     "first version had the administrative detention as its own row); arrests of suspects of a politically motivated "
     "attack, as the spent was-1532 row; the arresting force not named -> Police Forces of Israel, Civilians (Israel), "
     "no place -> IL; 'after the Duma attack', no day -> DCT, precision 2. Not coded: the court's extension on Tuesday "
     "of Meir Ettinger's detention (legal)"),
    (YUM1042, "اندلعت مواجهات", "اندلعت مواجهات، الأسبوع الماضي، في أماكن مختلفة من القدس الشرقية",
     RIO, "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel", "East Jerusalem", "PS", "2015-08-02", "2", "", "",
     "Al Yaum (AFP)", "reported",
     "in response to the child's killing clashes broke out 'last week' in various places of occupied East Jerusalem and "
     "the occupied West Bank (DCT 9 August - 7 -> 2 August, precision 2; 'مواجهات' in response to a killing -> Riots/"
     "Violent demonstration, as the spent aljazirah-725 row, alternative Protest with intervention; 'مواجهات' needs an "
     "opposing side, in the occupied areas the Israeli forces though the text names none -> Military Forces of Israel, "
     "adjudicated as B, first empty; one location per row: this row East Jerusalem, the West Bank its own row)"),
    (YUM1042, "والضفة الغربية المحتلة.", "في أماكن مختلفة من القدس الشرقية المحتلة والضفة الغربية المحتلة.",
     RIO, "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel", "West Bank", "PS", "2015-08-02", "2", "", "",
     "Al Yaum (AFP)", "reported",
     "the same sentence's clashes in the occupied West Bank (a differently named place -> own row; see the East "
     "Jerusalem row; actor2 adjudicated as B, first empty)"),
    (YUM1042, "أطلقت جماعة فلسطينية سلفية جهادية صاروخا", "فقد أطلقت جماعة فلسطينية سلفية جهادية صاروخا من غزة",
     ERV, SHELL, UAG, "Civilians (Israel)", "", "IL", "2015-08-07", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "'Friday evening' (DCT Sunday 9 August -> 7 August) a Palestinian Salafi jihadist group fired a rocket from Gaza "
     "at southern Israel (the group not named -> Unidentified armed group; fired at southern Israel, no damage or victims stated "
     "-> actor2 Civilians (Israel), as the spent AL-1376 rocket row, adjudicated as B, first empty; 'southern Israel' "
     "only -> location empty, IL)"),
    (YUM1042, "بغارة", "رد عليه الجيش الإسرائيلي بغارة على أحد مواقع حركة حماس",
     ERV, AIR, "Military Forces of Israel", "Hamas", "Gaza Strip", "PS", "2015-08-07", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "the Israeli army answered the rocket with an air raid on a Hamas site in the Gaza Strip, which controls the "
     "strip, wounding four policemen, one seriously (same Friday evening -> 7 August, precision 1; Hamas site -> "
     "actor2 Hamas, as the spent Gaza strike rows; wounded only)"),
    # Latakia sit-in (almadina-715, DCT Monday 10 August 21:01 UTC)
    (MAD715, "اعتصامًا", "بدأوا اعتصامًا في مدينة اللاذقية",
     PRO, "Peaceful protest", "Protesters (Syria)", "", "Al-Zira'a Roundabout, Latakia", "SY", "2015-08-09", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Madina)", "reported",
     "the title's news: SOHR said 'yesterday' (DCT 10 August -> 9 August) that about a thousand Syrians began a sit-in at "
     "the Zira'a roundabout in the coastal city of Latakia, Assad's stronghold, demanding the execution of Suleiman "
     "Hilal al-Assad for killing an air force colonel (the statement's 'نفذ أكثر من ألف شخص اعتصامًا' and the chanting "
     "in the video are the same event -> one row; no intervention -> Peaceful protest, actor2 empty; the roundabout -> "
     "'Al-Zira'a Roundabout, Latakia', adjudicated as B, first 'Az Zira'a ...'; the day the sit-in began is not itself "
     "stated, dated by the Observatory's announcement -> precision 2, adjudicated as B, first 1). Not coded: the killing of Col. Hassan al-Sheikh at the "
     "Azhari roundabout on the night of 6 August by Suleiman al-Assad over a right of way (a personal quarrel, no "
     "political motive stated -> ordinary crime; alternative Violence against civilians/Attack), the death of Hilal "
     "al-Assad in battles 'last year' (2014, more than 12 months before the DCT)"),
    # Mali (aawsat-184, DCT Tuesday 11 August 18:47 UTC)
    (AWS184, "الهجوم الذي استهدف", "الهجوم الذي استهدف في السابع من الشهر الحالي فندقا",
     BAT, CLASH, UAG, MFM, "Byblos Hotel, Sevare", "ML", "2015-08-07", "1", "13", "exact",
     "official toll; militant Souleymane Mohamed Kennen (to AFP, via Asharq Al-Awsat)", "reported",
     "the title's news is the claim: a militant close to the Malian preacher Amadou Koufa and linked to Mokhtar "
     "Belmokhtar claimed the attack of the 7th of the month on the Byblos hotel in Sevare (Mopti region), officially 13 "
     "dead: four Malian soldiers, five employees of UN-mission contractors and four attackers ('15 infidels' in the "
     "claim); the 'الهجوم على فندق بيبلوس' paragraph is the same event -> one row; 7 August -> precision 1; the "
     "attackers' group is not named (the claimant speaks of 'the mujahideen'; suspicion had fallen on the Macina "
     "Liberation Front) -> Unidentified armed group; soldiers among the dead and attackers killed -> Battles/Armed clash "
     "vs Military Forces of Mali, as the spent almadina-578 and alweeam-949 Sevare rows; the official toll stated as "
     "fact -> reported, 13 exact; the hotel is named -> 'Byblos Hotel, Sevare', adjudicated as B, first 'Sevare' as the "
     "spent rows whose texts did not name it). Not coded: Kennen's threat of 'other attacks' (threat), the Macina Liberation "
     "Front's emergence in early 2015 (status)"),
    (AWS184, "عبوة ناسفة", "صدمت «عبوة ناسفة يدوية الصنع قرب بلدة ديابوزو",
     ERV, IED, UAG, MFM, "Diabozo", "ML", "2015-08-10", "1", "3", "exact",
     "Malian government (via Asharq Al-Awsat); militant Souleymane Mohamed Kennen", "reported",
     "the Malian government announced that three soldiers were killed and four wounded 'yesterday' at about 12:30 in the "
     "Tenenkou area of Mopti when their vehicle hit a home-made explosive device near the town of Diabozo, Tenenkou "
     "district (DCT Tuesday 11 August; 'ليل أمس (الاثنين)' makes 'yesterday' Monday 10 August; Kennen's 'another attack "
     "... killed three Malian soldiers yesterday near Tenenkou' is the same event -> one row; the claim names no group "
     "-> Unidentified armed group; 3 exact; the text names the town -> 'Diabozo', kept at adjudication against B's "
     "'Tenenkou', the district, chosen by B for the uncertain spelling)"),
    # Turkey / Syria (alriyadh-839, DCT Saturday 25 July 09:46 UTC)
    (RYD839, "أولى غاراته", "شن سلاح الجو التركي الجمعة أولى غاراته",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-24", "1", "", "",
     "Al Riyadh (AFP)", "reported",
     "the title's news: on Friday (DCT Saturday 25 July -> 24 July), shortly before 04:00 (01:00 GMT), three Turkish "
     "F-16s launched the Turkish air force's first raids on ISIS, hitting three positions in the border area of Syria "
     "facing Kilis (the title's 'يقصف مواقع داعش' is the same event -> one row; no named place in Syria -> location "
     "empty, SY, as the spent okaz-1437 row of the same raids)"),
    (RYD839, "فتحوا الخميس النار", "وكان متطرفون فتحوا الخميس النار من سورية على مركز حدودي",
     BAT, CLASH, IS, MFT, "Kilis", "TR", "2015-07-23", "1", "1", "exact",
     "Al Riyadh (AFP; Anadolu)", "reported",
     "on Thursday (23 July) extremists opened fire from Syria on a Turkish army border post in Kilis, killing an NCO "
     "and wounding two soldiers; the army returned fire at once, tanks of the 5th Armoured Battalion firing several "
     "shells (the response folded; 'this direct confrontation' -> Armed clash; the extremists -> Islamic State, as the "
     "spent okaz-1984 row of the same clash; the text gives only the NCO's death -> 1 exact)"),
    (RYD839, "الهجوم الانتحاري الذي اوقع", "الهجوم الانتحاري الذي اوقع 32 قتيلا ومئة جريح في سوروتش",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Al Riyadh (AFP); Turkish authorities", "reported",
     "background: the suicide attack that killed 32 and wounded a hundred in Suruc shortly before noon on Monday (DCT "
     "Saturday 25 July -> 20 July), on a crowd of pro-Kurdish young people who wanted to help rebuild Kobani; the "
     "government attributed it to ISIS, the bomber a 20-year-old Turk who had stayed in ISIS's ranks in Syria (the "
     "first sentence's 'هجوم انتحاري دام نسبته الحكومة الى التنظيم' is the same event -> one row; 'نسبته ... الى' -> "
     "Islamic State, as the spent Suruc rows)"),
    (RYD839, "معارك ضارية", "التي دمرت في معارك ضارية استمرت اربعة اشهر",
     BAT, CLASH, "YPG: Peoples Protection Units", IS, "Kobani", "SY", "2015-01-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "background, borderline: Kobani (Ain al-Arab) was destroyed in fierce battles that lasted four months, won in "
     "January by the Syrian Kurdish fighters over ISIS (January -> 1 January 2015, precision 3, within 12 months of the "
     "DCT; the Syrian Kurdish fighters -> YPG: Peoples Protection Units, as the spent aleqtisadiya-883 Kobani battle "
     "row, which dated the battle at its September 2014 start; the text's main name 'كوباني' -> 'Kobani', as the adjudicated "
     "spent aawsat-118 row, adjudicated as B, first 'Ain al-Arab'; alternative not coded)"),
    (RYD839, "تجددت المعارك العنيفة", "وفي مدينة درعا السورية تجددت المعارك العنيفة الخميس",
     BAT, CLASH, "Syrian rebels", MFS, "Daraa", "SY", "2015-07-23", "1", "6", "at_least",
     "Syrian Observatory for Human Rights (Rami Abdulrahman) (via Al Riyadh)", "reported",
     "on Thursday (23 July) fierce battles resumed in Daraa city between the regime forces and the opposition fighters "
     "after an attack by the opposition fighters and the Nusra Front on regime-held districts; the Southern Front "
     "announced the resumption of the 'battle to liberate Daraa' ('عاصفة الحق') and declared the city a military "
     "zone; the factions' shelling of regime areas folded (the regime's counted barrel bombs and raids are their own "
     "row since the adjudication); 'the clashes have so far killed 6 fighters', regime losses without a number -> 6 at_least; "
     "opposition factions with Nusra -> Syrian rebels). Not coded separately: the Southern Front's statement (folded)"),
    (RYD839, "هجوم مماثل", "بعد حوالى شهر من هجوم مماثل شنته على المدينة",
     BAT, CLASH, "Syrian rebels", MFS, "Daraa", "SY", "2015-06-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "background, borderline: about a month earlier the Southern Front launched a similar attack on Daraa city that "
     "failed; the offensive on Daraa 'began in June' (June -> 1 June, precision 3; a differently dated step of the "
     "Daraa battle -> own row; kept at adjudication against B, who did not code it: a dated past event within 12 months "
     "of the DCT, as the background rows of the header rule; alternative not coded)"),
    (RYD839, "32 برميلاً متفجراً", "قصف من الطيران المروحي بأكثر من 32 برميلاً متفجراً",
     ERV, AIR, MFS, "Syrian rebels", "Daraa", "SY", "2015-07-23", "1", "", "",
     "Syrian Observatory for Human Rights (Rami Abdulrahman) (via Al Riyadh)", "reported",
     "during the same Thursday's battle for Daraa city the regime's helicopters dropped more than 32 barrel bombs on "
     "the fighters' areas and positions and the regime's warplanes carried out at least 21 raids on the same areas "
     "(adjudicated: added from B; my first version folded them into the battle row as generic sub-actions; counted "
     "strikes by a different means and dyad -> own row, as the adjudicated spent alwatan-1660 Daraa strike row and the "
     "spent BB-723 government strikes during the battle for Hit; helicopters and jets, one place -> one row; no "
     "victims counted -> fatalities empty)"),
    (RYD839, "مجزرة نفذتها طائرات", "في مجزرة نفذتها طائرات نظام بشار الأسد المروحية",
     ERV, AIR, MFS, CSY, "Al-Ghariyah al-Gharbiyah", "SY", "2015-07-23", "1", "13", "at_least",
     "Syrian Observatory for Human Rights (via Al Riyadh)", "reported",
     "Thursday evening (23 July): at least 13 people, among them a mother and her two children, a pregnant woman, four "
     "other women incl. two midwives and two boys, were killed in a massacre by the regime's helicopters that dropped "
     "barrel bombs on the town of al-Ghariyah al-Gharbiyah, north-eastern countryside of Daraa (helicopter barrel bombs "
     "-> Air/drone strike; civilian victims -> Civilians (Syria); a named town -> own row, not folded into the Daraa "
     "city battle; spelling kept at adjudication against B's 'Al-Ghariya al-Gharbiya', a transliteration variant)"),
    (RYD839, "جراء قصف بصاروخ", "جراء قصف بصاروخ من قوات نظام بشار الأسد",
     ERV, SHELL, MFS, CSY, "Daraa Camp, Daraa", "SY", "2015-07-23", "2", "4", "exact",
     "Syrian Observatory for Human Rights (via Al Riyadh)", "reported",
     "SOHR also reported the killing of a woman and three children (a woman and her daughter and two boys) in the Daraa "
     "camp by a rocket fired by the regime forces (rocket -> Shelling/artillery/missile attack; no day of its own, in "
     "the Thursday round-up -> 23 July, precision 2, alternative DCT; 1 + 3 -> 4 exact)"),
    (RYD839, "إثر استهدافه بقذيفة مدفعية", "وذلك إثر استهدافه بقذيفة مدفعية",
     ERV, SHELL, MFS, "Syrian rebels", "Daraa", "SY", "2015-07-23", "2", "1", "exact",
     "Syrian Observatory for Human Rights (Rami Abdulrahman) (via Al Riyadh)", "reported",
     "SOHR confirmed the killing of Abu Hadi al-Abboud, commander of the Fallujah Houran division, one of the main "
     "factions fighting the regime in Daraa province, by an artillery shell ('the most important opposition commander "
     "killed since the Daraa offensive began in June'); the shell's firer is not named, the regime implied by context "
     "-> Military Forces of Syria (alternative Unidentified armed group); his faction -> Syrian rebels; the province "
     "only -> 'Daraa'; no day, in the Thursday round-up -> 23 July, precision 2; 1 exact)"),
    (RYD839, "في اشتباكات بين الجانبين", "وقيادي\" في تنظيم داعش في اشتباكات بين الجانبين",
     BAT, CLASH, MFS, IS, "Aleppo", "SY", "2015-07-23", "2", "13", "exact",
     "Syrian Observatory for Human Rights (via Al Riyadh)", "reported",
     "in Aleppo (northern Syria) SOHR reported the killing of 12 members of the regime forces and allied gunmen and an "
     "ISIS commander in clashes between the two sides (12 + 1 -> 13 exact; no day, in the Thursday round-up -> 23 July, "
     "precision 2; 'في حلب' -> Aleppo). Not coded: Turkey's permission for the US to use Incirlik and other bases "
     "(agreement on basing, diplomatic), the Obama-Erdogan call, the planned surveillance balloons and doubled border "
     "barriers (plans under consideration), the Daraa protests of March 2011 (more than 12 months before the DCT), the "
     "rebels' control of 70% of Daraa province (status)"),
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
