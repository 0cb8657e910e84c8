"""Bookkeeping helper for annotator B of the events92 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur49/events92/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 92 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds and stop as in its docstring, which annotator B did not open: the brief limits B to ids.txt, texts/ and second/). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): shuffled with the half-a seed, walked in order; (b) 10 with no text filter: shuffled with the half-b seed, walked in order, >=3 sources (got, by source, a: aawsat 3, sabq 2, almadina 1, alriyadh 1, alwatan 1, alyaum 1, okaz 1; b: 3alyoum 2, aleqtisadiya 2, alriyadh 2, almadina 1, alwatan 1, alyaum 1, sabq 1).
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
SHELL = "Shelling/artillery/missile attack"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
UAG = "Unidentified armed group"
TUR = "Military Forces of Turkey"
MFI = "Military Forces of Iraq"
GCAD = "Global Coalition Against Daesh"
POLSA = "Police Forces of Saudi Arabia"
POLEG = "Police Forces of Egypt"
CIVYE = "Civilians (Yemen)"
AAW = "Asharq Al-Awsat"
MD1163 = "SN-almadina-20150724-1163"
AW119 = "SN-aawsat-20150725-119"
AW139 = "SN-aawsat-20150727-139"
RY735 = "SN-alriyadh-20150811-735"
WT1024 = "SN-alwatan-20150810-1024"
AW237 = "SN-aawsat-20150806-237"
SB3098 = "SN-sabq-20150806-3098"
AY355 = "SN-3alyoum-20150724-355"
ARMY237 = "sources in the national army and the pro-legitimacy resistance (to Asharq Al-Awsat)"
MULAN = "Brig. Adil Mulan, commando brigade commander, 8th Infantry Division (to Asharq Al-Awsat)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (MD1163, "قصفت تركيا", "قصفت تركيا أمس الخميس مواقع لتنظيم",
     ERV, SHELL, TUR, IS, "", "SY", "2015-07-23", "1", "", "",
     "Al Madina (AFP)", "reported",
     "the title's news: 'yesterday Thursday' (DCT Friday 24 July -> 23 July, precision 1) Turkey shelled ('قصفت') ISIS "
     "positions in Syria in response to the killing of one of its soldiers by fire from the extremists (the title's "
     "'تقصف' is the same event -> one row); no aircraft named -> Shelling/artillery/missile attack, as the spent "
     "3alyoum-65 row of the Turkish fire on ISIS (alternative Air/drone strike); no place in Syria named -> location "
     "empty, SY, as the spent Turkish-strike rows. Not coded: the Wall Street Journal's report that Turkey agreed to let "
     "the US military launch air strikes from Incirlik (agreement/diplomatic, as the spent Incirlik deal), the Turkish "
     "government studying new border-security measures (plan, no act)"),
    (MD1163, "صدام مسلح", "في صدام مسلح مع متطرفي داعش",
     BAT, CLASH, IS, TUR, "Kilis", "TR", "2015-07-23", "1", "1", "exact",
     "Turkish General Staff (statement, via Al Madina)", "reported",
     "the armed incident that triggered the shelling: the General Staff said a Turkish soldier was killed and two others "
     "wounded near Kilis (south Turkey) in an armed clash with ISIS extremists in Syria on the border; the army: at "
     "13:30 five extremists in Syria opened fire on an advanced army post, killing an NCO and wounding two (the lead's "
     "'مقتل احد جنودها' and 'هذا الحادث المسلح' are the same event -> one row; 1 exact; the day of the Thursday "
     "retaliation -> 23 July, precision 1, as the spent alriyadh-839 and okaz-1984 Kilis rows; the attackers fired -> "
     "actor1 Islamic State)"),
    (MD1163, "هجوم انتحاري", "بعد 3 ايام على هجوم انتحاري دامٍ",
     ERV, SUI, IS, "Civilians (Turkey)", "", "TR", "2015-07-20", "1", "", "",
     "Al Madina (AFP)", "reported",
     "background: the shelling came 3 days after a bloody suicide attack that Ankara attributed to ISIS and that targeted "
     "activists supporting the Kurdish cause (the Suruc bombing; 'نسبته انقرة الى التنظيم' -> Islamic State, as the spent "
     "Suruc rows; activists -> Civilians (Turkey); 3 days before Thursday 23 July -> 20 July, precision 1; the text names "
     "no place -> location empty, TR, as the spent 3alyoum-198 row; no toll stated -> fatalities empty)"),
    (MD1163, "مقتل شرطي", "غذاها مقتل شرطي في مدينة دياربكر",
     BAT, CLASH, UAG, "Police Forces of Turkey", "Diyarbakir", "TR", "2015-07-23", "2", "1", "exact",
     "Al Madina (AFP)", "reported",
     "background: the sharp tension fuelled by the killing of a policeman in the big Kurdish city of Diyarbakir (an attack "
     "on the police -> Battles/Armed clash, as the spent PKK police-killing rows; no perpetrator named -> Unidentified "
     "armed group, alternative PKK by the context; no day: before the Thursday incident it preceded -> 23 July, precision "
     "2, dated at the text's own anchor as the spent adjudicated alwatan-913 row; one policeman -> 1 exact)"),
    (AW119, "الغارات الجوية التي نفذتها أربع مقاتلات تركية", "بالغارات الجوية التي نفذتها أربع مقاتلات تركية فجرًا",
     ERV, AIR, TUR, IS, "Suran", "SY", "2015-07-24", "1", "9", "at_least",
     "informed source in the Aleppo countryside (to Asharq Al-Awsat)", "reported",
     "at least nine ISIS fighters killed by the air raids carried out by four Turkish fighter jets at dawn 'yesterday' "
     "(DCT Saturday 25 July -> 24 July, precision 1; the raids began at 4 a.m.) on ISIS positions in Suran near Azaz, Bab "
     "al-Laimoun, Hawr al-Nahr near Marea and Barghida, the front line between al-Nusra and ISIS; one sentence, one toll "
     "for all the places -> one row at the first place named, with the toll, as the spent adjudicated events89 "
     "Husaiba/Juwaiba rows (alternative one row per place: Bab al-Laimoun, Hawr al-Nahr, Barghida without toll); '9 "
     "قتلى على الأقل' -> 9 at_least; folded: the heavy destruction and burnt vehicles, the opposition factions' "
     "welcome of 'the Turkish entry' (same raids; statements). Not coded: the regime's air raids and barrel bombs 'that "
     "still kill Syrians' (generic), ISIS's media campaign against Turkey"),
    (AW119, "اشتباكات استمرت على الحدود", "وسبق الغارات اشتباكات استمرت على الحدود السورية التركية",
     BAT, CLASH, IS, TUR, "Al Ayyash", "SY", "2015-07-23", "2", "5", "at_least",
     "informed source in the Aleppo countryside (to Asharq Al-Awsat)", "reported",
     "the raids were preceded by clashes on the Syrian-Turkish border between ISIS and the Turkish border guard and army "
     "near al-Rai, in the empty village of al-Ayyash held by ISIS on the border, which escalated to heavy weapons and left "
     "'an officer and at least four killed' on the Turkish side plus 'a number' of ISIS members (1 + 4 -> 5 at_least, the "
     "source's wording, alternative 4 at_least or the 1 of the spent Kilis rows of the same day; ISIS dead vague); before "
     "the dawn raids of 24 July, no day -> 23 July, precision 2; the village, inside Syria -> 'Al Ayyash', SY; ISIS named "
     "first -> actor1, as the spent Kilis rows)"),
    (AW119, "حملتها العسكرية الجوية", "التي بدأت حملتها العسكرية الجوية ضد",
     ERV, AIR, GCAD, IS, "", "IQ", "2014-08-01", "3", "", "",
     AAW, "reported",
     "aggregate: the international coalition that began its air campaign against ISIS in August of last year (August "
     "2014 -> 1 August 2014, precision 3, within 12 months of the DCT; no place -> location empty, IQ, as the spent "
     "aljazirah-994 and alyaum-1225 'since August 2014' rows); the source's complaint that the coalition's strikes no "
     "longer affect ISIS's expansion is the same campaign"),
    (AW139, "تحرير جامعة الأنبار", "تعلن تحرير جامعة الأنبار من سيطرة",
     BAT, GRT, MFI, IS, "Anbar University, Ramadi", "IQ", "2015-07-26", "1", "29", "exact",
     "Counter-Terrorism Service, Brig. Abdul-Amir al-Khazraji (to Asharq Al-Awsat and AFP); Ramadi district head Dalaf "
     "al-Kubaisi", "claimed",
     "the title's news: the Counter-Terrorism Service announced that 'at dawn yesterday' (DCT Monday 27 July -> 26 July, "
     "precision 1) it fully freed Anbar University on the outskirts of Ramadi from ISIS after violent clashes lasting "
     "hours and raised the Iraqi flag (CTS -> Military Forces of Iraq, as the spent aleqtisadiya-309 row of the same "
     "capture); al-Khazraji to AFP: yesterday's clashes killed 29 militants and wounded 15 -> 29 exact ('tens killed and "
     "wounded' is the same); the government side's tally -> claimed, as the spent adjudicated events89 Anbar University "
     "tally (alternative reported: the capture is confirmed by the district head); folded: the engineers clearing the "
     "explosives, the continuing advance towards the al-Tamim district 2 km away (an advance, no capture or clash stated), "
     "the ISIS fighters' flight"),
    (AW139, "غارات مكثفة من طيران التحالف", "تمت بدعم من غارات مكثفة من طيران التحالف",
     ERV, AIR, GCAD, IS, "Anbar University, Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Falih al-Issawi, deputy head of the Anbar provincial council (to Reuters)", "reported",
     "the recapture of the university was supported by intensive raids of the US-led coalition's aircraft (another actor "
     "and event type -> own row, as the spent alyaum-1225 coalition row at Anbar University; the raids on or before the "
     "26 July capture -> precision 2). Not coded: the Iran-backed Popular Mobilisation not taking part (non-event)"),
    (AW139, "بشن عدة هجمات مباغتة", "شرعت بشن عدة هجمات مباغتة في مناطق جزيرة الخالدية",
     BAT, CLASH, MFI, IS, "Jazirat al-Khalidiya, Anbar", "IQ", "2015-07-26", "2", "", "",
     MULAN, "reported",
     "as soon as the security forces announced the university's capture (26 July) the army units in the north-eastern "
     "sector of Ramadi launched a series of attacks to push into the city; the brigadier: the units, backed by tribal "
     "fighters, launched several surprise attacks in Jazirat al-Khalidiya, al-Sijariya and Juwaiba (three named areas, no "
     "toll -> three rows, one location per row; this one Jazirat al-Khalidiya); 'immediately after' the 26 July "
     "announcement -> 26 July, precision 2; tribal fighters folded into Military Forces of Iraq; folded: the air and "
     "artillery strikes that helped the advance towards the areas from al-Siddiqiya to al-Humaira and Tal al-Mashahid "
     "(the same offensive; the areas' liberation is its aim, no capture stated; alternative own rows)"),
    (AW139, "والسجارية", "جزيرة الخالدية والسجارية ومنطقة جويبة",
     BAT, CLASH, MFI, IS, "Sijariya, Ramadi", "IQ", "2015-07-26", "2", "", "",
     MULAN, "reported",
     "second named area of the surprise attacks in Ramadi's north-eastern sector: al-Sijariya (see the Jazirat "
     "al-Khalidiya row)"),
    (AW139, "جويبة", "والسجارية ومنطقة جويبة ضمن",
     BAT, CLASH, MFI, IS, "Juwaiba, Ramadi", "IQ", "2015-07-26", "2", "", "",
     MULAN, "reported",
     "third named area of the surprise attacks in Ramadi's north-eastern sector: Juwaiba (see the Jazirat al-Khalidiya "
     "row)"),
    (AW139, "المعارك أصبحت تجري", "بأن المعارك أصبحت تجري بالقرب من معمل الزجاج",
     BAT, CLASH, MFI, IS, "Glass Factory, Ramadi", "IQ", "2015-07-27", "2", "20", "at_least",
     "source in the Anbar Operations Command (to Asharq Al-Awsat)", "claimed",
     "a source in the Anbar Operations Command: the battles are now being fought near the glass factory south of Ramadi, "
     "which was encircled, with a number of ISIS members holed up inside; the preliminary toll of ISIS dead around the "
     "glass factory exceeds 20, seven vehicles burnt and destroyed ('أكثر من 20' -> 20 at_least; the government side's "
     "tally -> claimed, as the spent adjudicated events89 rows); ongoing, no day -> DCT, precision 2; folded: the "
     "encirclement, and the battles near the al-Warrar regulator and the Ramadi dam named in the same sentence as the "
     "factory's surroundings (one toll -> one row at the place with the toll, as the events89 rule; alternative own rows)"),
    (AW139, "تكثيف عملياتها", "تكثيف عملياتها في الأنبار بهدف",
     BAT, CLASH, MFI, IS, "Anbar", "IQ", "2015-07-13", "3", "", "",
     AAW + " (AFP)", "reported",
     "aggregate: on 13 July the Iraqi forces announced the intensification of their operations in Anbar to 'liberate' the "
     "province, backed by international-coalition air strikes; the Iraqi forces 'continue' operations with coalition "
     "support to regain the province (the same campaign -> one row, dated at its start, precision 3, as the spent "
     "almadina-646 'military operations in Anbar' row; the province -> 'Anbar'). Not coded: the large forces moving from "
     "the Habbaniyah base to the eastern axis of Ramadi (reinforcement within the battle, alternative Strategic "
     "developments/Other), Carter's Baghdad visit (diplomatic), ISIS's control of Ramadi and Fallujah (status)"),
    (RY735, "تفجير عبوة ناسفة", "إثر تفجير عبوة ناسفة محلية الصنع",
     ERV, IED, "Ajnad Misr", POLEG, "Heliopolis, Cairo", "EG", "2015-08-10", "1", "", "",
     "Egyptian Interior Ministry; Ajnad Misr (claim on Twitter) (via Al Riyadh)", "reported",
     "the title's news: 'yesterday Monday' (DCT Tuesday 11 August -> 10 August, precision 1) two Egyptian police officers "
     "and a civilian passer-by were wounded by the explosion of a home-made bomb targeting a traffic kiosk in the Court "
     "Square of Heliopolis, north Cairo (the title's and the closing line's 'تفجير' are the same event -> one row); "
     "wounded only -> fatalities empty; the terrorist group Ajnad Misr claimed the bombing ('a security post targeted "
     "... as part of the campaign Retribution is Life') -> actor1 Ajnad Misr (the claim as stated by the outlet; "
     "alternative Unidentified armed group as the spent alyaum-1159 row of the same bombing, whose text named no "
     "claimant); police targeted -> Police Forces of Egypt; the text names Cairo -> 'Heliopolis, Cairo', as the spent "
     "adjudicated aawsat-120 row"),
    (RY735, "وقاموا بإبطالها", "عبوة ناسفة معدة للانفجار، وقاموا بإبطالها",
     SD, "Disrupted weapons use", POLEG, UAG, "Heliopolis, Cairo", "EG", "2015-08-10", "1", "", "",
     "Egyptian Interior Ministry (via Al Riyadh)", "reported",
     "explosives experts combing the area found a black bag near the blast containing a bomb ready to explode and "
     "defused it (same day -> 10 August, precision 1; as the spent alyaum-1159 'تفكيك قنبلة أخرى' row; the planter of "
     "this second bomb not named -> Unidentified armed group, alternative Ajnad Misr). Not coded: the closure of the "
     "streets to the Heliopolis court with iron barriers (security measure)"),
    (WT1024, "حادث التفجير الإرهابي", "في حادث التفجير الإرهابي الذي استهدف مسجدا",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Al Watan (Interior Minister Prince Mohammed bin Nayef's meeting with the security chiefs)", "reported",
     "background (the news is the deputy king's meeting with the security chiefs in Jeddah): the terrorist bombing that "
     "targeted a mosque of the Special Emergency Forces in the Asir region 'last Thursday' (DCT Monday 10 August -> "
     "6 August, precision 1), killing 15 and wounding 33 security men (15 exact, the text's number; the 'الحوادث' of the "
     "title are the same); only 'تفجير' -> the generic explosive sub-type, as the spent Asir rows of that wording "
     "(alternative Suicide bomb); no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of "
     "Saudi Arabia; region only -> 'Asir'. Not coded: the minister's 'the incidents will not deter us' and the call to "
     "raise readiness (statements), the Umrah and Hajj security plans, the Ecuador greeting"),
    (AW237, "تحرير محافظة لحج", "بعد تحرير محافظة لحج بالكامل",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-06", "2", "", "",
     ARMY237, "reported",
     "the title's frame ('after purging Lahij'): the sources said 'yesterday' that after the full liberation of Lahij "
     "governorate, including al-Anad base, from the rebels, the next destination is Abyan (the liberation no day, recent, "
     "a pluperfect recap -> DCT, precision 2, as the spent almadina-580 Lahij row; national army and resistance -> "
     "Yemeni Resistance, as the spent Lahij rows; governorate -> 'Lahij'; al-Anad base, a differently named place, own "
     "row). Not coded: Abyan as the next destination (expectation, as the events82 B Shabwa note), the Houthi-Saleh forces "
     "'shaken and disintegrating' (assessment)"),
    (AW237, "قاعدة العند", "بما فيها قاعدة العند، من المتمردين",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-06", "2", "", "",
     ARMY237, "reported",
     "background: al-Anad base freed from the rebels, as part of Lahij's liberation (a differently named place -> own "
     "row, as the spent almadina-580 Anad and Lahij rows; no day -> DCT, precision 2; alternative folded into the Lahij "
     "row)"),
    (AW237, "بإطلاق النار على الشاب المصاب", "بإطلاق النار على الشاب المصاب وأرداه قتيلا",
     VAC, "Attack", HOU, CIVYE, "Al Ashash, Al Anad", "YE", "2015-08-06", "2", "1", "exact",
     ARMY237, "claimed",
     "the sources spoke of a 'new crime' of the Houthi militias against a wounded man: a citizen taking his wounded son "
     "for treatment in the al-Ashash area of al-Anad was stopped at a Houthi checkpoint, where a militiaman shot the "
     "wounded young man dead and told his father 'now go and take him to hospital' (a civilian killed -> Violence against "
     "civilians/Attack, 1 exact; told only by the sources of one party, the army and resistance -> claimed; no day -> "
     "DCT, precision 2)"),
    (AW237, "تواصلت المواجهات العنيفة", "وفي تعز، تواصلت المواجهات العنيفة",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-06", "2", "", "",
     AAW, "reported",
     "in Taiz the violent confrontations continued between the forces loyal to the legitimacy and the rebel militias "
     "(pro-Hadi forces -> Yemeni Resistance, as the spent Taiz rows; ongoing, no day -> DCT, precision 2); folded: the "
     "resistance's field advance in Taiz"),
    (AW237, "بقصف عشوائي", "رد الحوثيون بقصف عشوائي على المنازل",
     ERV, SHELL, HOU, CIVYE, "Taiz", "YE", "2015-08-06", "2", "", "",
     AAW, "reported",
     "the Houthis answered the resistance's advance in Taiz with indiscriminate shelling of houses and populated "
     "neighbourhoods (another actor and event type -> own row; homes targeted -> Civilians (Yemen); no toll; no day -> "
     "DCT, precision 2)"),
    (AW237, "وصول قوات إماراتية", "وصول قوات إماراتية ضمن دول التحالف",
     SD, "Other", "Military Forces of the United Arab Emirates", "", "Aden Airport, Aden", "YE", "2015-08-06", "2", "", "",
     "Abdulraqeeb al-Omari, deputy director-general of Aden International Airport (via Asharq Al-Awsat)", "reported",
     "the airport's deputy director confirmed the arrival of Emirati forces of the Saudi-led coalition at Aden airport to "
     "secure its surroundings before international flights resume in the next two days (troop deployment -> Strategic "
     "developments/Other, as the spent alriyadh-748 row of the Emirati battalion at Aden airport; arrival day not stated "
     "-> DCT, precision 2). Not coded: the resumption of flights (planned, civil), the UN envoy's renewed ceasefire and "
     "withdrawal call (diplomatic statement)"),
    (SB3098, "تظاهروا احتجاجاً", "الذين تظاهروا احتجاجاً على كثرة السياح",
     PRO, "Peaceful protest", "Protesters (Czech Republic)", "", "", "CZ", "2015-07-30", "2", "", "",
     "Czech TV channel iDNES.cz (report, via Sabq)", "reported",
     "the Czech channel's report, broadcast 'last week' (DCT Thursday 6 August - 7 = 30 July, precision 2, by the "
     "convention; the protest's own day not stated), showed dozens of Czech citizens who demonstrated against the many Gulf "
     "tourists and let their dogs loose in a public park to drive the Gulf tourists out, some of the demonstrators wearing "
     "racist anti-Islam slogans (a demonstration with no violence or intervention described -> Peaceful protest; "
     "alternative Riots/Mob violence for the dogs set on the tourists; no town named -> location empty, CZ). Not coded: "
     "the residents' complaints about damage to the parks (grievances)"),
    # ---- set b (no text filter) ----
    (AY355, "حملات مداهمة وتفتيش", "وحملات مداهمة وتفتيش لغالبية مقاهي الانترنت",
     SD, "Other", IS, "Civilians (Syria)", "Raqqa", "SY", "2015-07-24", "1", "", "",
     "Raqqa is Being Slaughtered Silently (Facebook, via Ain Alyoum)", "reported",
     "borderline: the title's news is ISIS's ban on private internet subscriptions and Wi-Fi in Raqqa, confining the "
     "internet to cafes it can monitor (the Sunday-dated leaflet with a four-day deadline and 'every violator will be held "
     "accountable'; the Syrian Observatory: a media blackout and the arrest of whoever publishes news of the group); the "
     "campaign reported 'today' (DCT Friday 24 July, precision 1) the start of the ban's enforcement with raids and "
     "searches of most internet cafes in the city (coercive raids by the group ruling the city -> Strategic "
     "developments/Other, the ban folded; no arrest stated; alternative no row, a governance measure). Not coded: the "
     "caliphate declared in June 2014 (more than 12 months before the DCT), ISIS's near-total control of Raqqa province "
     "(status)"),
    (AY355, "سيطر عليها المقاتلون الاكراد", "التي سيطر عليها المقاتلون الاكراد اخيرا",
     BAT, NSO, "YPG: Peoples Protection Units", IS, "Tal Abyad", "SY", "2015-07-24", "3", "", "",
     "Ain Alyoum (AFP)", "reported",
     "background: the border town of Tal Abyad, which the Kurdish fighters 'recently' took control of (from ISIS, by the "
     "sentence's frame of ISIS's hold on Raqqa province; Kurdish fighters in Syria -> YPG, as the spent Tal Abyad and "
     "Hasakah rows; 'اخيرا' with no date -> DCT, precision 3; the real mid-June capture is not in the text)"),
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
