"""Bookkeeping helper for annotator B of the events85 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur47/events85/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 85 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2982/2983, drawn at the start of stop 47, main 9984211, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2982).shuffle, walked in order; (b) 10 with no text filter: random.Random(2983).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, alyaum 3, almadina 1, alriyadh 1, alwatan 1, okaz 1; b: alyaum 3, aljazirah 2, alriyadh 2, okaz 2, aleqtisadiya 1).
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
RIO = "Riots"
CLASH = "Armed clash"
GRT = "Government regains territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
UAG = "Unidentified armed group"
GCAD = "Global Coalition Against Daesh"
TUR = "Military Forces of Turkey"
SYR = "Military Forces of Syria"
REB = "Syrian rebels"
CIVSY = "Civilians (Syria)"
ISR = "Military Forces of Israel"
MALI = "Military Forces of Mali"
SOHR = "Syrian Observatory for Human Rights (via Al Riyadh)"
AY1224 = "SN-alyaum-20150810-1224"
OK1434 = "SN-okaz-20150725-1434"
AW136 = "SN-aawsat-20150802-136"
WT1025 = "SN-alwatan-20150807-1025"
AY1042 = "SN-alyaum-20150809-1042"
MD715 = "SN-almadina-20150810-715"
AW184 = "SN-aawsat-20150811-184"
RY839 = "SN-alriyadh-20150725-839"

ROWS = [
    # ---- set a (conflict word list) ----
    (AY1224, "ما يقرب من 6 آلاف ضربة جوية", "أطلقت قوات التحالف في العراق وسوريا ما يقرب من 6 آلاف ضربة جوية",
     ERV, AIR, GCAD, IS, "", "IQ", "2014-08-09", "3", "15000", "exact",
     "Associated Press; US Central Command statistics; US officials (via Al Yaum)", "reported",
     "aggregate: the title's news: the US-led international coalition's air campaign against ISIS, launched a year before "
     "'yesterday' (entered its second year on 9 August -> start dated 2014-08-09, precision 3, as the spent aawsat-118 "
     "'since a year' aggregate; alternative 2014-08-01 by the month rule), nearly 6,000 strikes in Iraq and Syria "
     "(CENTCOM: 5,964 sorties, 10,684 targets); US officials say the strikes killed 15,000 extremist fighters since they "
     "began ('15 ألف', no approximation word -> 15000 exact, alternative about; the toll is the striking party's figure, "
     "alternative reported_as claimed as the spent aawsat-118 row); one campaign in two countries -> one row, the article's "
     "first-named country and Iraq frame -> IQ, location empty (the extension to Syria at the end of September 2014 is the "
     "same campaign, folded). Not coded: ISIS's siege of the Yazidis on Mount Sinjar and its advance towards Baghdad and "
     "Erbil (summer 2014, more than 12 months before the DCT), the arms deliveries to the Iraqi army, Earnest's and the "
     "DIA's assessments (commentary)"),
    (OK1434, "محاولات استهداف الميليشيات الحوثية لمطار عدن", "أن محاولات استهداف الميليشيات الحوثية لمطار عدن بالأمس",
     ERV, SHELL, HOU, "", "Aden", "YE", "2015-07-24", "1", "", "",
     "Yemeni Fisheries Minister Fahd Kafain (to Okaz)", "reported",
     "the title's news: the minister says the Houthi militias' attempts 'yesterday' (DCT Saturday 25 July -> 24 July, "
     "precision 1) to target Aden airport caused no damage, as they fell far from the airport on the city's outskirts "
     "(a ranged attack whose weapon is not named -> Shelling/artillery/missile attack, alternative the generic type; the "
     "projectiles fell 'in the outskirts of the city', not at the airport -> 'Aden', alternative 'Aden Airport, Aden'; no "
     "one hit -> actor2 empty, alternative Yemeni Resistance as the airport's holders; the minister is a government party, "
     "alternative reported_as claimed). Not coded: the Houthis 'confined' to areas on the Lahij road (status), the "
     "liberation operations that 'will continue' (vague expectation), the ministers' return to Aden (not conflict)"),
    (OK1434, "لتحرير عدن", "منذ اللحظات الأولى لتحرير عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-25", "3", "", "",
     "Yemeni Fisheries Minister Fahd Kafain (to Okaz)", "reported",
     "background: the liberation of Aden from the Houthis by regular army forces and the popular resistance, with Hadi "
     "following the army's advance from the operations room (the airport 'secured after its liberation' and 'Aden "
     "governorate liberated from the Houthi militias' are the same recent event -> one row, airport folded, alternative an "
     "own 'Aden Airport, Aden' row as the spent alweeam-1116; pro-Hadi army and resistance -> Yemeni Resistance, as the "
     "spent aleqtisadiya-790/alwatan-1012 rows; no date in the text -> DCT, precision 3)"),
    (AW136, "لهجوم إرهابي", "على الرغم من تعرض مدينة سوسة لهجوم إرهابي نهاية شهر يونيو",
     VAC, "Attack", UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-06-01", "3", "39", "exact",
     "Asharq Al-Awsat", "reported",
     "background (the article is about the Awssou carnival in Sousse): the terrorist attack on Sousse at the end of last "
     "June, 39 killed and 40 wounded, most of them foreign tourists (the later 'الهجوم الإرهابي الذي شهدته المنطقة "
     "السياحية بسوسة' is the same event -> one row; 'end of June' -> month rule 2015-06-01, precision 3 (the real 26 June "
     "is not stated); no perpetrator named -> Unidentified armed group; 39 exact as the spent alriyadh-802 row)"),
    (WT1025, "التفجير الغاشم", "مستجدات التفجير الغاشم الذي استهدف مسجد قوات الطوارئ الخاصة بالمنطقة",
     ERV, SUI, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-07", "2", "", "",
     "Asir governor Prince Faisal bin Khalid (to Al Watan)", "reported",
     "the Asir governor told Al Watan 'yesterday' that the investigation into the bombing of the Special Emergency Forces' "
     "mosque in the region continues; the preliminary investigation shows the suicide bomber carried out his crime inside "
     "the mosque at noon prayer, with members of the forces and some workers inside (-> Suicide bomb; the 'العمل الإرهابي', "
     "'الحادث الإجرامي' mentions are the same event -> one row; no perpetrator named -> Unidentified armed group; the "
     "'martyrs' and wounded are not counted -> fatalities empty; the text gives no day for the bombing -> DCT, precision 2, "
     "as the spent aljazirah-453 Asir row of the same DCT). Not coded: the heightened security precautions, the pursuit of "
     "rumour spreaders (not conflict events)"),
    (AY1042, "قتل حرقا في 31 يوليو", "علي دوابشة (18 شهرا) قتل حرقا في 31 يوليو",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-07-31", "1", "2", "exact",
     "Palestinian official Ghassan Daghlas; the Dawabsheh family (via Al Yaum, AFP)", "reported",
     "the title's news is the death of Saad Dawabsheh, the father, announced 'yesterday' of the wounds from the fire set "
     "by Jewish extremists a week earlier: on 31 July masked men threw a firebomb through the open window of the family's "
     "house in the village of Duma, burning the 18-month-old Ali to death and badly burning the parents and the brother "
     "('price tag' and 'revenge' on the walls; the 'هجوم دوما' mentions are the same event -> one row; the father's death "
     "is a consequence of the same attack -> fatalities 2 exact, as the spent aleqtisadiya-257/alriyadh-605 rows; "
     "'يهود متطرفون' -> Settlers (Israel), as the spent Duma rows). Not coded: the funeral in Duma, the planned autopsy, "
     "Abbas's ICC file, Hamas's statements and call for open confrontation (statements), the generic 'price tag' attacks"),
    (AY1042, "هاجم مسيرة مثليي الجنس في القدس", "هجوم آخر شنه يهودي متطرف، هاجم مسيرة مثليي الجنس في القدس",
     VAC, "Attack", UAG, "Protesters (Israel)", "Jerusalem", "IL", "2015-07-30", "1", "1", "exact",
     "Al Yaum (AFP)", "reported",
     "background: the day before the Duma attack ('غداة' -> 30 July, precision 1) a Jewish extremist attacked the gay "
     "pride march in Jerusalem with a knife, killing a girl and wounding five others (a lone attacker of no named group -> "
     "Unidentified armed group and victims as marchers -> Protesters (Israel), as the spent alriyadh-1240 row; 1 exact)"),
    (AY1042, "وأوقف شابان آخران", "وأوقف شابان آخران بعد هجوم دوما",
     SD, "Arrests", "Police Forces of Israel", "Civilians (Israel)", "", "IL", "2015-08-09", "2", "", "",
     "Al Yaum (AFP)", "reported",
     "borderline: after the Duma attack Israel, for the first time in years, placed a Jewish extremist in administrative "
     "detention, an Israeli court on Tuesday extended the detention of Meir Ettinger, suspected of inspiring the recent "
     "violence in the West Bank, and two other young men were arrested after the Duma attack (arrests of Jewish extremist "
     "suspects of politically motivated violence -> one Strategic developments/Arrests row, as the spent alriyadh-605 rows; "
     "arresting force not named -> Police Forces of Israel; no place -> location empty, IL; the arrests 'after the Duma "
     "attack', no day -> DCT, precision 2; the court's extension on Tuesday is a legal action, not coded; alternative two "
     "rows, the administrative detention and the two arrests, or not coded)"),
    (AY1042, "اندلعت مواجهات، الأسبوع الماضي", "وردا على مقتل الطفل الفلسطيني، اندلعت مواجهات، الأسبوع الماضي، في أماكن مختلفة من القدس الشرقية",
     RIO, "Violent demonstration", "Rioters (Palestine)", ISR, "East Jerusalem", "PS", "2015-08-02", "2", "", "",
     "Al Yaum (AFP)", "reported",
     "in response to the killing of the child, confrontations broke out 'last week' in various places of occupied East "
     "Jerusalem and the occupied West Bank (Palestinian confrontations with the occupation -> Riots/Violent demonstration "
     "vs Military Forces of Israel, as the spent Ramallah/Issawiya rows; the opposing force is not named, alternative actor2 "
     "empty; 'last week' -> DCT 9 August - 7 = 2 August, precision 2; one location per row -> this East Jerusalem row and a "
     "West Bank row)"),
    (AY1042, "والضفة الغربية المحتلة.", "من القدس الشرقية المحتلة والضفة الغربية المحتلة.",
     RIO, "Violent demonstration", "Rioters (Palestine)", ISR, "West Bank", "PS", "2015-08-02", "2", "", "",
     "Al Yaum (AFP)", "reported",
     "same sentence: the confrontations in various places of the occupied West Bank (see the East Jerusalem row; no town "
     "named -> 'West Bank', alternative location empty; alternative one row for both)"),
    (AY1042, "أطلقت جماعة فلسطينية سلفية جهادية صاروخا", "فقد أطلقت جماعة فلسطينية سلفية جهادية صاروخا من غزة على جنوب إسرائيل",
     ERV, SHELL, UAG, "Civilians (Israel)", "", "IL", "2015-08-07", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "'Friday evening' (DCT Sunday 9 August -> 7 August, precision 1) new violence in Gaza: a Palestinian Salafi-jihadist "
     "group fired a rocket from Gaza at southern Israel (an unnamed group -> Unidentified armed group; the impact area "
     "'southern Israel', no town -> location empty, IL, and actor2 Civilians (Israel), as the spent rocket row of that "
     "shape; alternative actor2 empty)"),
    (AY1042, "بغارة على أحد مواقع حركة حماس", "رد عليه الجيش الإسرائيلي بغارة على أحد مواقع حركة حماس",
     ERV, AIR, ISR, "Hamas", "Gaza Strip", "PS", "2015-08-07", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "the Israeli army responded with an air raid on a site of Hamas, which controls the strip, wounding four police "
     "officers, one critically (same Friday evening -> 7 August, precision 1; no one killed; the strip, no place -> "
     "'Gaza Strip'; alternative actor2 Police Forces of Palestine (Hamas) for the wounded policemen)"),
    (MD715, "اعتصامًا", "نحو ألف سوري بدأوا اعتصامًا في مدينة اللاذقية",
     PRO, "Peaceful protest", "Protesters (Syria)", "", "Al-Zira'a Roundabout, Latakia", "SY", "2015-08-09", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Madina)", "reported",
     "the title's news: the Observatory said 'yesterday' (DCT 10 August -> 9 August) that about a thousand Syrians began a "
     "sit-in at al-Zira'a roundabout in Latakia demanding the execution of Suleiman Hilal al-Assad, a cousin's son of "
     "Bashar al-Assad, for killing an air-force colonel (the statement's 'more than a thousand ... sit-in' is the same "
     "event -> one row; the day the sit-in began is not itself stated -> 9 August, precision 2, alternative precision 1; "
     "chanting, no intervention -> Peaceful protest, actor2 empty). Not coded: the shooting of Colonel Hassan al-Sheikh at "
     "al-Azhari roundabout on the night of 6 August (a traffic-dispute killing, no political motive stated -> ordinary "
     "crime; alternative Violence against civilians/Attack), Hilal al-Assad's death in battle 'last year' (2014, no month, "
     "more than 12 months before by the year rule)"),
    (AW184, "الهجوم الذي استهدف في السابع من الشهر الحالي فندقا", "الهجوم الذي استهدف في السابع من الشهر الحالي فندقا في مدينة سيفاري",
     BAT, CLASH, UAG, MALI, "Byblos Hotel, Sevare", "ML", "2015-08-07", "1", "13", "exact",
     "official toll; Souleymane Mohamed Kennen (claim, to AFP, via Asharq Al-Awsat)", "reported",
     "the title's news is the claim: a militant leader close to the Malian preacher Amadou Kouffa and linked to Mokhtar "
     "Belmokhtar claimed the 7 August attack on the Byblos hotel in Sevare (Mopti region), officially 13 dead: four Malian "
     "soldiers, five employees of UN-mission contractors and four attackers (the later 'الهجوم على فندق بيبلوس' is the same "
     "event -> one row; an attack met by the army, with soldiers among the dead -> Battles/Armed clash vs Military Forces of "
     "Mali, as the spent almadina-578/alweeam-949 Sevare rows; claimant's group not named -> Unidentified armed group, "
     "alternative Al Mourabitoun or the Macina Liberation Front; the official 13 exact, the claimant's '15 infidels' noted; "
     "the hotel named -> 'Byblos Hotel, Sevare', alternative 'Sevare'). Not coded: the threat of 'other attacks' "
     "(statement), the Macina Liberation Front's emergence early 2015 (no event)"),
    (AW184, "عبوة ناسفة يدوية الصنع", "آليتهم صدمت «عبوة ناسفة يدوية الصنع قرب بلدة ديابوزو بدائرة تينينكو",
     ERV, IED, UAG, MALI, "Tenenkou", "ML", "2015-08-10", "1", "3", "exact",
     "Malian government; Souleymane Mohamed Kennen (claim, via Asharq Al-Awsat)", "reported",
     "'yesterday' (DCT Tuesday 11 August; the claim call was 'last night (Monday)' -> 10 August, precision 1) three Malian "
     "soldiers were killed and four wounded at about 12:30 when their vehicle hit a homemade explosive device near the "
     "village of Diabozo (transliterated from ديابوزو) in the Tenenkou circle, Mopti region; the same leader claimed it "
     "(the lead-in 'another attack ... killing three Malian soldiers' is the same event -> one row; 3 exact; the village's "
     "spelling uncertain -> the circle 'Tenenkou', alternative the village)"),
    (RY839, "أولى غاراته على مواقع لتنظيم داعش في سوريا", "شن سلاح الجو التركي الجمعة أولى غاراته على مواقع لتنظيم داعش في سوريا",
     ERV, AIR, TUR, IS, "", "SY", "2015-07-24", "1", "", "",
     "Al Riyadh (AFP)", "reported",
     "the title's news: on Friday (DCT Saturday 25 July -> 24 July, precision 1), shortly before 04:00, three Turkish F-16s "
     "struck three ISIS sites in the Syrian border area facing Kilis (the title's 'يقصف مواقع داعش في سورية' is the same "
     "event -> one row; no Syrian place named -> location empty, SY, as the spent okaz-1437/aleqtisadiya-312 rows)"),
    (RY839, "فتحوا الخميس النار", "وكان متطرفون فتحوا الخميس النار من سورية على مركز حدودي للجيش التركي في كيليس",
     BAT, CLASH, IS, TUR, "Kilis", "TR", "2015-07-23", "1", "1", "exact",
     "Al Riyadh (AFP; Anadolu)", "reported",
     "on Thursday (23 July) extremists opened fire from Syria on a Turkish army border post in Kilis, killing a "
     "non-commissioned officer and wounding two soldiers; the army returned fire at once and tanks of the 5th Armoured "
     "Battalion fired several shells (the return fire and tank shells folded; 'this direct confrontation' is the same "
     "event; 'متطرفون' in an ISIS frame -> Islamic State, as the spent okaz-1984/aawsat-13 Kilis rows; 1 exact)"),
    (RY839, "الهجوم الانتحاري الذي اوقع 32 قتيلا", "الهجوم الانتحاري الذي اوقع 32 قتيلا ومئة جريح في سوروتش قبيل ظهر الاثنين",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Al Riyadh (AFP); Turkish authorities", "reported",
     "background: the suicide attack that killed 32 and wounded 100 in Suruc shortly before noon on Monday (DCT Saturday 25 "
     "July -> 20 July, precision 1), targeting young pro-Kurdish activists heading to rebuild Kobani; the government "
     "attributed it to ISIS, the bomber a 20-year-old Turk (the first sentence's 'هجوم انتحاري دام نسبته الحكومة الى "
     "التنظيم' is the same event -> one row; Islamic State as the spent Suruc rows)"),
    (RY839, "معارك ضارية استمرت اربعة اشهر", "التي دمرت في معارك ضارية استمرت اربعة اشهر وانتصر فيها المقاتلون الاكراد",
     BAT, CLASH, "YPG: Peoples Protection Units", IS, "Kobani", "SY", "2015-01-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "background, borderline: Kobani (Ain al-Arab) was destroyed in four months of fierce battles won by the Syrian Kurdish "
     "fighters over ISIS in January (within 12 months of the DCT; the text's one month is January -> 2015-01-01, precision "
     "3, alternative the battle's start, 2014-09-01, as the spent aleqtisadiya-883 row; Kurdish fighters -> YPG: Peoples "
     "Protection Units; alternative not coded, a relative clause)"),
    (RY839, "تجددت المعارك العنيفة الخميس", "وفي مدينة درعا السورية تجددت المعارك العنيفة الخميس بين قوات النظام ومقاتلي المعارضة",
     BAT, CLASH, REB, SYR, "Daraa", "SY", "2015-07-23", "1", "6", "at_least",
     SOHR, "reported",
     "in the city of Daraa violent battles were renewed on Thursday (23 July, precision 1) after an attack by opposition "
     "fighters and Jabhat al-Nusra on regime-held districts; the Southern Front announced the resumption of the 'battle to "
     "liberate Daraa' ('Storm of Justice'); the clashes killed 6 fighters, among them a defected colonel and two brigade "
     "commanders, and regime members (not counted) -> 6 at_least (the 'هجوما عنيفا' and 'الاشتباكات العنيفة' mentions and "
     "the rebels' shelling of regime areas folded; rebels and Nusra -> Syrian rebels, as the spent alwatan-1660 row of the "
     "same offensive). Not coded: the Southern Front's statements (not the article's news), the rebels' 70 percent "
     "control of the province (status), the March 2011 protests (too old)"),
    (RY839, "32 برميلاً متفجراً", "وقصف من الطيران المروحي بأكثر من 32 برميلاً متفجراً على مناطق سيطرة المقاتلين",
     ERV, AIR, SYR, REB, "Daraa", "SY", "2015-07-23", "1", "", "",
     SOHR, "reported",
     "during the same Thursday's battle regime helicopters dropped more than 32 barrel bombs on the fighters' areas and "
     "positions and regime warplanes carried out at least 21 raids on the same areas (counted strikes -> own row, as the "
     "adjudicated spent alwatan-1660/aawsat-156 Daraa strike rows; helicopters and jets together, one place -> one row)"),
    (RY839, "في مجزرة نفذتها طائرات نظام بشار الأسد المروحية", "في مجزرة نفذتها طائرات نظام بشار الأسد المروحية إثر استهدافها بالبراميل المتفجرة",
     ERV, AIR, SYR, CIVSY, "Al-Ghariya al-Gharbiya", "SY", "2015-07-23", "1", "13", "at_least",
     SOHR, "reported",
     "on Thursday evening (23 July) at least 13 people, among them a mother and her two children, a pregnant woman, four "
     "other women and two boys, were killed in a massacre by regime helicopters dropping barrel bombs on the town of "
     "al-Ghariya al-Gharbiya in Daraa's north-eastern countryside ('13 شخصا على الاقل' -> 13 at_least)"),
    (RY839, "جراء قصف بصاروخ", "مقتل امرأة وثلاثة اطفال في مخيم درعا \"جراء قصف بصاروخ من قوات نظام بشار الأسد\"",
     ERV, SHELL, SYR, CIVSY, "Daraa Camp, Daraa", "SY", "2015-07-23", "2", "4", "exact",
     SOHR, "reported",
     "the Observatory also announced a woman and three children (a woman, her daughter and two boys) killed in the Daraa "
     "camp by a regime rocket (4 exact; no day of its own in a round-up whose news day is Thursday -> 23 July, precision 2, "
     "as the spent aljazirah-725 round-up rows; alternative DCT)"),
    (RY839, "إثر استهدافه بقذيفة مدفعية", "إثر استهدافه بقذيفة مدفعية",
     ERV, SHELL, SYR, REB, "Daraa", "SY", "2015-07-23", "2", "1", "exact",
     SOHR, "reported",
     "the Observatory confirmed the killing of Abu Hadi al-Abboud, commander of the Fallujat Houran division, one of the "
     "most important rebel factions in Daraa province, by an artillery shell (the shooter is not named: the regime he was "
     "fighting, alternative Unidentified armed group; 1 exact; no day, same round-up -> 23 July, precision 2; Daraa "
     "province -> 'Daraa')"),
    (RY839, "في اشتباكات بين الجانبين", "وقيادي\" في تنظيم داعش في اشتباكات بين الجانبين",
     BAT, CLASH, SYR, IS, "Aleppo", "SY", "2015-07-23", "2", "13", "exact",
     SOHR, "reported",
     "in Aleppo, northern Syria, the Observatory reported 12 regime soldiers and allied gunmen and an ISIS commander killed "
     "in clashes between the two sides (12 + 1 -> 13 exact; no day, same round-up -> 23 July, precision 2; 'حلب' -> "
     "'Aleppo'). Not coded in this article: the Incirlik agreement and the Obama-Erdogan call (diplomatic), the planned "
     "surveillance balloons and border barriers (no conflict event)"),
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
