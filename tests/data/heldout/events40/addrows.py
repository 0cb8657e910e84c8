"""Bookkeeping helper for the events40 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur32/events40/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 40 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events40/sample.py ("This set: events40, seeds 2832 / 2833, drawn at the start of stop 32 (main 9e2d401), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2832).shuffle, walked in order; (b) 10 with no text filter, random.Random(2833).shuffle, >=3 sources (got, by source, a: aawsat 2, alriyadh 2, alwatan 2, aleqtisadiya 1, aljazirah 1, almadina 1, okaz 1; b: alyaum 3, alriyadh 2, aljazirah 1, almadina 1, alwatan 1, alweeam 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 38 rows): detection F1 0.889 before (36 matched of 43 A / 38 B rows; 7 A-only rows, 2 B-only rows, the B-only rows being B's other typing of 2 A-only rows); 14 decisions changed, all to B's values: 1 row dropped (almadina-580 Houthi flight from Lawdar, a withdrawal with no clash or taker), 3 rows retyped (aljazirah-761 Nusra abductions of Division 30 fighters at Qah and 'less than a week' before -> Battles/Armed clash; Talbiseh heavy machine-gun fire -> Shelling/artillery/missile attack), 10 field values (precision of 5 rows: the 431 and 144 arrests, 3 round-up rows; dates of 3 rows; 1 reported_as; 1 location); 7 kept against B (Al Anad, Labouza camp and Al Hawtah background captures and the UNAMA aggregate, which B folded or left out; locations 'Labouza Camp, Lahij' and 'Talbiseh'; the Zabadani date); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
ARR = "Arrests"
PEACE = "Peaceful protest"
RES = "Yemeni Resistance"
HOU = "Houthis"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
SLC = "Saudi-led coalition"
MFSY = "Military Forces of Syria"
REB = "Syrian rebels"
POLSA = "Police Forces of Saudi Arabia"
PIQ = "Protesters (Iraq)"
CAF = "Civilians (Afghanistan)"
OKZ = "SN-okaz-20150808-1282"
RIY642 = "SN-alriyadh-20150801-642"
RIY663 = "SN-alriyadh-20150809-663"
AAW189 = "SN-aawsat-20150725-189"
JAZ450 = "SN-aljazirah-20150726-450"
JAZ761 = "SN-aljazirah-20150806-761"
WAT1340 = "SN-alwatan-20150722-1340"
MAD580 = "SN-almadina-20150808-580"
YAUM1141 = "SN-alyaum-20150808-1141"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OKZ, "تظاهر آلاف العراقيين", "تظاهر آلاف العراقيين أمس في بغداد",
     PRO, PEACE, PIQ, "", "Tahrir Square, Baghdad", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported",
     "the title's news: 'yesterday' (DCT Saturday 8 August -> Friday 7 August) thousands of Iraqis demonstrated in Baghdad "
     "against financial and administrative corruption and the lack of basic services, especially electricity, asking "
     "al-Abadi to be bolder; they gathered in Tahrir Square in central Baghdad, carried a black-draped coffin and chanted "
     "against the politicians (no intervention described; 'ساحة التحرير وسط بغداد' -> 'Tahrir Square, Baghdad', as the "
     "spent alriyadh-998 row of the same Friday; the title's 'يتظاهرون' is the same event). The six southern cities of the "
     "same day are own rows (one location per row)"),
    (OKZ, "البصرة", "مماثلة في البصرة",
     PRO, PEACE, PIQ, "", "Basra", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday (7 August): similar demonstrations in Basra (own row, one location per row)"),
    (OKZ, "وذي قار", "البصرة وذي قار",
     PRO, PEACE, PIQ, "", "Dhi Qar", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday: similar demonstrations in Dhi Qar (governorate named, no town)"),
    (OKZ, "والحلة", "وذي قار والحلة",
     PRO, PEACE, PIQ, "", "Hillah", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday: similar demonstrations in Hillah"),
    (OKZ, "والنجف", "والحلة والنجف",
     PRO, PEACE, PIQ, "", "Najaf", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday: similar demonstrations in Najaf"),
    (OKZ, "وكربلاء", "والنجف وكربلاء",
     PRO, PEACE, PIQ, "", "Karbala", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday: similar demonstrations in Karbala"),
    (OKZ, "والديوانية", "وكربلاء والديوانية",
     PRO, PEACE, PIQ, "", "Diwaniyah", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday: similar demonstrations in Diwaniyah"),
    (OKZ, "موجة احتجاجات", "وتشهد العديد من مدن العراق موجة احتجاجات للاسبوع الثاني",
     PRO, PEACE, PIQ, "", "", "IQ", "2015-08-01", "3", "", "",
     "Okaz", "reported",
     "aggregate: many Iraqi cities have seen a wave of protests for the second week running over the lack of services, "
     "especially the power cuts (start: a week before the DCT 8 August -> 1 August, precision 3, as the spent "
     "alriyadh-998 wave row; no city named for the wave -> location empty; yesterday's Friday demonstrations are own rows)"),
    (RIY642, "بهدم مسجد السُّنة", "بيان أصدره أمس بهدم مسجد السُّنة الوحيد في منطقة بونك بطهران الأربعاء الماضي",
     SD, "Looting/property destruction", "Government of Iran", "", "Punak, Tehran", "IR", "2015-07-29", "1", "", "",
     "Al-Azhar statement; world news agencies (via Al Riyadh)", "reported",
     "background: the occasion of al-Azhar's statement (the article's news): the demolition of the only Sunni mosque in "
     "the Punak area of Tehran 'last Wednesday' (DCT Saturday 1 August -> 29 July), as reported by the world news "
     "agencies (stated as fact from the agencies -> reported; al-Azhar asks the Iranian authorities to clarify what "
     "happened, the text implies but does not state the demolisher -> actor1 Government of Iran, borderline; a demolition "
     "of a place of worship with no one hurt -> Strategic developments/Looting/property destruction; alternative: not "
     "coded, as an administrative act). Not coded: al-Azhar's and the Egyptian mufti's condemnations (statements)"),
    (RIY663, "جريمة التفجير", "مرتكبو جريمة التفجير تجردوا",
     ERV, IED, UAG, POLSA, "Abha", "SA", "2015-08-09", "3", "", "",
     "Al Riyadh (Shura Council officials' statements)", "reported",
     "background (the news is the Shura officials' condemnation): the terrorist bombing that targeted security men at "
     "noon prayer in a mosque in the Emergency Forces headquarters in the city of Abha ('بمدينة أبها'; later 'مسجد قوات "
     "الأمن الخاصة بعسير' -> 'Abha', the most specific place); the text says only 'bombing' (التفجير) -> Remote "
     "explosive/landmine/IED, as the adjudicated spent alriyadh-560/796 Abha rows; no perpetrator named -> Unidentified "
     "armed group; security men -> Police Forces of Saudi Arabia; 'martyrs and wounded' without a number -> fatalities "
     "empty; the text gives no day -> DCT, precision 3, as the spent aljazirah-397/399 rows; every later mention is the "
     "same event). Not coded: the condemnations; 'the arrest of dozens of their followers' (generic, no date or place)"),
    (AAW189, "احتجاجات استمرت عدة أسابيع", "التي شهدت احتجاجات استمرت عدة أسابيع ضد نكورونزيزا",
     PRO, PEACE, "Protesters (Burundi)", "", "Bujumbura", "BI", "2015-07-25", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate (background): the capital Bujumbura saw protests against Nkurunziza that lasted several weeks before the "
     "election (no violence or intervention stated in this sentence; the 'months of unrest and violence' and 'the climate "
     "of intimidation and political violence' are generic -> folded; no month in the text -> DCT, precision 3, as the "
     "spent alriyadh-812 Burundi aggregate; the text names Bujumbura -> location 'Bujumbura'; alternative Excessive force/"
     "Protest with intervention, which this text does not describe). Not coded: the presidential election of Tuesday and "
     "its boycott, the results, the closure of private radio stations (media restriction), the US aid review (diplomatic)"),
    (JAZ450, "القبض على 431", "في إلقائهم القبض على 431 مشبوهاً",
     SD, ARR, POLSA, ISIS, "", "SA", "2015-07-26", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "background (opinion column): the 'falcons of the homeland' arrested 431 suspects belonging to Daesh (the interior "
     "ministry's announcement of the ISIS-linked cells; Daesh named -> Islamic State, as the spent alyaum-2213 and "
     "almadina-490 '431' rows; no day in an opinion column, not a breaking report -> DCT, "
     "precision 3 by the written rule, as the adjudicated spent alriyadh-796 Abha column row; adjudicated as B, first 2 as "
     "the spent '431' rows; no place -> location empty). Not coded: the "
     "'suicide operations announced as foiled' (generic), 9/11 (far older than 12 months)"),
    (JAZ450, "القبض على 144 شخصاً", "تم فيها القبض على 144 شخصاً من مروجي الفكر الداعشي",
     SD, ARR, POLSA, ISIS, "", "SA", "2015-07-26", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "background (opinion column): the interior ministry's 'security attack' on the criminals of the electronic networks, "
     "in which 144 promoters of Daesh's ideas and recruiters of young people through Twitter accounts were arrested "
     "(described as a distinct operation, the cyber crackdown, in its own paragraph -> own row; borderline: the 144 may be "
     "part of the 431, which the text does not say; promoters and recruiters for Daesh -> actor2 Islamic State, "
     "alternative Civilians (Saudi Arabia); no day in a column -> DCT, precision 3, adjudicated as B, "
     "first 2; no place)"),
    (WAT1340, "استعادوه", "قصر المعاشيق الرئاسي في عدن الذي كان الثوار استعادوه في وقت متأخر أول من أمس",
     BAT, GRT, RES, HOU, "Maashiq Palace, Aden", "YE", "2015-07-20", "1", "", "",
     "Popular Resistance sources (to Al Watan)", "reported",
     "the revolutionaries (the popular resistance) recaptured the al-Maashiq presidential palace in Aden late 'the day "
     "before yesterday' (DCT 22 July -> 20 July); dozens of bodies of Houthis and Saleh's forces lie in its square "
     "('العشرات' -> fatalities empty; Houthis and Saleh's remnants -> Houthis; the recapture stated in the outlet's own "
     "relative clause -> reported; a palace in Aden -> 'Maashiq Palace, Aden', as the spent 'Aden Airport, Aden')"),
    (WAT1340, "وأسر عشرات", "تم قتل متمردين آخرين وأسر عشرات في مبنى الإذاعة",
     BAT, CLASH, RES, HOU, "Radio Building, Aden", "YE", "2015-07-22", "2", "", "",
     "Popular Resistance sources (to Al Watan)", "claimed",
     "same resistance sources: other rebels were killed and dozens captured in the radio building (a differently named "
     "place -> own row; no capture of the building stated -> Armed clash, alternative Government regains territory; "
     "killed without a number -> fatalities empty; adjudicated, as B: only in the resistance sources' words "
     "('مشيرة إلى أنه') -> claimed, and no day of its own -> DCT, precision 2; my first version was reported, 20 July from "
     "the palace's 'the day before yesterday', which belongs to the palace clause)"),
    (WAT1340, "طرد المتمردين", "وكان ثوار المقاومة الشعبية تمكنوا من طرد المتمردين من كامل مديرية التواهي",
     BAT, GRT, RES, HOU, "Tawahi, Aden", "YE", "2015-07-22", "2", "", "",
     "Al Watan; Popular Resistance media office (statement)", "reported",
     "the popular resistance expelled the rebels from the whole Tawahi district (Aden); folded: the resistance media "
     "office's statement that several important sites were taken and that its men are combing and clearing the "
     "residential neighbourhoods (same battle); pluperfect, no day -> DCT, precision 2 (the spent aljazirah-980 row dates "
     "the Tawahi capture 20 July from its own text). Not coded: the officers' refusal to fight and the Houthis' "
     "mobilisation of tribal fighters (generic), the arrival of the first food-aid ship in Aden port"),
    (WAT1340, "استهدفت خمس قذائف", "استهدفت خمس قذائف عسكرية، أرسلتها أيادي الغدر الحوثية",
     ERV, SHELL, HOU, "Civilians (Saudi Arabia)", "Dhahran al-Janub", "SA", "2015-07-21", "1", "", "",
     "Al Watan", "reported",
     "'yesterday morning' (DCT 22 July -> 21 July) five military shells sent by the Houthis hit the Dhahran al-Janub "
     "general hospital and citizens' homes in the al-Rahib al-Sharqi and al-Iskan districts; no injuries (one town -> one "
     "row; hospital and homes -> Civilians (Saudi Arabia); as the spent alwatan-1347 row of the same shelling)"),
    # ---- set b (no text filter) ----
    (MAD580, "سيطرت", "وقالت مصادر إن المقاومة سيطرت على بلاد الشيخ عبدالله",
     BAT, GRT, RES, HOU, "Bilad al-Sheikh Abdullah, Abyan", "YE", "2015-08-08", "2", "", "",
     "sources (to Al Madina)", "reported",
     "the resistance took Bilad al-Sheikh Abdullah, where the new governorate administration building stands, and reached "
     "the al-Mashhour farm between Abyan and Shaqra (the advance folded; opponent implied: the Houthis and Saleh's forces "
     "of the paragraph; no day -> DCT, precision 2). Not coded: the commander's 'tight military plan to liberate Abyan and "
     "Shabwa' (an intention, as the spent commander's 'we will free Anad, Lahij...'), the coordination meeting; "
     "adjudicated, as B: the hundreds of Houthis seen fleeing Lawdar towards Aqabat Thira and Jaar (a withdrawal with no "
     "clash or taker, as the spent alwatan-1613 and Shuqrah/Lawdar flight decisions; my first version had it as its own "
     "Non-violent transfer of territory row, dropped)"),
    (MAD580, "تحرير قاعدة العند الجوية", "الذين شاركوا في تحرير قاعدة العند الجوية",
     BAT, GRT, RES, HOU, "Al Anad Air Base", "YE", "2015-08-08", "3", "", "",
     "Al Madina", "reported",
     "background: Brig. Mohammed Saleh Tammah is one of the commanders who took part in the liberation of al-Anad air "
     "base (the pro-Hadi army and resistance -> Yemeni Resistance, as the spent alwatan-823/1032 Anad rows; no day in the "
     "text -> DCT, precision 3, as the spent alwatan-1032 row; adjudicated: kept against B, who folded it into the "
     "Lahij row: a distinct, earlier capture of a named place, coded as its own background row in the spent alwatan-1032 "
     "and alwatan-823 sets)"),
    (MAD580, "مطهرة", "إن المحافظة أصبحت بالكامل مطهرة إلى حدود ما قبل الوحدة اليمنية",
     BAT, GRT, RES, HOU, "Lahij", "YE", "2015-08-08", "2", "", "",
     "Brig. Mohammed Saleh Tammah (to Al Madina)", "claimed",
     "Brig. Tammah: Lahij governorate is now completely cleared (of the Houthis) up to the pre-unification borders "
     "(governorate-level capture, as the spent alweeam-1144 'takes control of Abyan' row; only in a commander's words -> "
     "claimed; state reached now, no day -> DCT, precision 2); folded: the Houthi dead 'in the hundreds', 'more than 50 "
     "in one site' and the dozens of bodies in the streets (vague, no place). Not coded: the Houthi mines planted 'in all "
     "the cities and along the roads' (generic), his appeal for help with demining and his thanks to the coalition"),
    (MAD580, "الهزيمة في معسكر لبوزة", "مليشيا الحوثي وبعد الهزيمة في معسكر لبوزة",
     BAT, GRT, RES, HOU, "Labouza Camp, Lahij", "YE", "2015-08-08", "3", "", "",
     "Brig. Mohammed Saleh Tammah (to Al Madina)", "claimed",
     "background: the Houthi militia's defeat at the Labouza camp (Lahij), after which they fled (the victor implied: the "
     "resistance; a commander's words -> claimed; no day -> DCT, precision 3); the mines they planted as they fled are "
     "their own row; adjudicated: kept against B, who folded it into the Lahij row: a named place with its own battle, "
     "as the spent alweeam-1144 rows keep the Lawdar battle apart from the Abyan governorate capture)"),
    (MAD580, "استشهد 30", "بزرع الألغام في المعسكر إذ استشهد 30 من أبطال المقاومة",
     ERV, IED, HOU, RES, "Labouza Camp, Lahij", "YE", "2015-08-08", "3", "30", "exact",
     "Brig. Mohammed Saleh Tammah (to Al Madina)", "claimed",
     "background: the mines the Houthis planted in the Labouza camp as they fled killed 30 resistance fighters (landmines "
     "-> Remote explosive/landmine/IED; a commander's words -> claimed; no day -> DCT, precision 3; adjudicated: location "
     "'Labouza Camp, Lahij' kept against B's 'Labouza Camp': the paragraph is about Lahij governorate, and the set writes "
     "'Place, Governorate' as the spent 'Al Hawtah, Lahij')"),
    (MAD580, "دحر المليشيا", "مدينة الحوطة التي تم دحر المليشيا الانقلابية منها",
     BAT, GRT, RES, HOU, "Al Hawtah, Lahij", "YE", "2015-08-08", "3", "", "",
     "Brig. Mohammed Saleh Tammah (to Al Madina)", "claimed",
     "background: the city of al-Hawtah, from which the 'coup militia' was driven out (the mines left there folded, "
     "generic; 'Al Hawtah, Lahij' as the spent aawsat-272 row; a commander's words -> claimed; no day -> DCT, precision 3; "
     "adjudicated: kept against B, who folded it into the Lahij row, as the Labouza row)"),
    (MAD580, "قصف طيران التحالف", "إلى ذلك قصف طيران التحالف فجر أمس مبنى بجوار المجمع الحكومي في مديرية حيس",
     ERV, AIR, SLC, HOU, "Hays, Al Hudaydah", "YE", "2015-08-07", "1", "", "",
     "Al Madina; local sources", "reported",
     "at dawn 'yesterday' (DCT 8 August -> 7 August) coalition aircraft struck a building next to the government complex "
     "in Hays district, Al Hudaydah, used by the Houthis as a headquarters; local sources: Houthi dead and wounded, many "
     "charred bodies under the rubble ('قتلى وجرحى' -> fatalities empty; 'Hays, Al Hudaydah' as the spent AL-128 row)"),
    (MAD580, "قصف منتصف ليلة الخميس", "وكان طيران التحالف قصف منتصف ليلة الخميس مزرعة منصور",
     ERV, AIR, SLC, HOU, "Mansour Farm, Ad Durayhimi", "YE", "2015-08-06", "1", "", "",
     "Al Madina; local residents", "reported",
     "at midnight on Thursday night (DCT Saturday 8 August -> Thursday 6 August) coalition aircraft struck the Mansour "
     "farm, a Houthi gathering point north-west of al-Durayhimi district, Al Hudaydah; residents: Houthi dead and wounded "
     "(fatalities empty; 'Place, District' as the spent 'Al Manqam, Al Durayhimi')"),
    (MAD580, "بقنبلة يدوية", "هاجم مسلحو المقاومة الشعبية بقنبلة يدوية تجمعًا للحوثيين",
     ERV, "Grenade", RES, HOU, "Bayt al-Shabab, As Sukhnah", "YE", "2015-08-08", "2", "", "",
     "Al Madina", "reported",
     "the popular resistance for the liberation of the Tihama region carried out a series of operations in various "
     "districts of Al Hudaydah (folded, no places): its gunmen attacked a Houthi gathering at the youth house (بيت "
     "الشباب) in al-Sukhnah district, south of Hodeidah, with a hand grenade (-> Grenade; Tihama resistance -> Yemeni "
     "Resistance, as the spent alyaum-938 rows; no toll; no day -> DCT, precision 2; 'As Sukhnah' with the sun-letter "
     "form, as the spent 'Ad Durayhimi', 'As Salif'; adjudicated, as B: location "
     "'Bayt al-Shabab, As Sukhnah', the most specific place, as 'Mansour Farm, Ad Durayhimi'; first 'As Sukhnah, Al "
     "Hudaydah')"),
    (JAZ761, "خطفت جبهة النصرة", "خطفت جبهة النصرة يوم أمس الثلاثاء خمسة مقاتلين",
     BAT, CLASH, "Jabhat al-Nusra", REB, "Qah", "SY", "2015-08-04", "1", "", "",
     "Syrian Observatory for Human Rights (Rami Abdulrahman, to AFP)", "reported",
     "the title's news: 'yesterday Tuesday' (the article's own day frame: written on Wednesday 5 August, DCT Thursday 6 "
     "August 01:30 UTC; the weekday name wins -> 4 August) Jabhat al-Nusra abducted at least five fighters of Division 30, "
     "trained in the US programme for the opposition, in the village of Qah on the Turkish border (the victims are rebel fighters -> "
     "actor2 Syrian rebels; adjudicated, as B: Battles/Armed clash, an armed group seizing another group's fighters; my "
     "first version was VAC/Abduction/forced disappearance, a type the conventions keep for civilian victims; the title's "
     "'تختطف' is the same event)"),
    (JAZ761, "خطف ثمانية مقاتلين", "بعد أقل من أسبوع على خطف ثمانية مقاتلين آخرين",
     BAT, CLASH, "Jabhat al-Nusra", REB, "", "SY", "2015-07-29", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "background: less than a week before (Tuesday 4 August -> about 29 July, precision 2) Nusra abducted eight other "
     "Division 30 fighters (no place in the text -> location empty; adjudicated: retyped "
     "Battles/Armed clash as B, as the Qah row; first VAC/Abduction)"),
    (JAZ761, "استمرت الاشتباكات العنيفة", "استمرت الاشتباكات العنيفة إلى ما بعد منتصف ليل الاثنين - الثلاثاء",
     BAT, CLASH, REB, MFSY, "Zabadani", "SY", "2015-08-03", "2", "1", "at_least",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "violent clashes lasted until after midnight Monday-Tuesday (3-4 August, precision 2) between local fighters on one "
     "side and the regime forces, Lebanese Hezbollah, the Palestine Liberation Army and the pro-regime National Defence "
     "Forces on the other, in Zabadani and its surroundings (local fighters -> Syrian rebels, listed first; the regime and "
     "its allies -> Military Forces of Syria, allies in the note; folded: the regime's simultaneous shelling of areas of "
     "the city); a major of the regime forces killed and information on more losses -> 1 at_least; adjudicated: date 3 August "
     "kept against B's 4 August, both precision 2: the clashes are Monday's, lasting past midnight into Tuesday)"),
    (JAZ761, "قصفت قوات النظام", "كما قصفت قوات النظام بعد منتصف ليل أمس مناطق في مدينة داريا",
     ERV, SHELL, MFSY, "", "Daraya", "SY", "2015-08-04", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "after midnight 'yesterday' (the article's yesterday = Tuesday 4 August) the regime forces shelled areas of Daraya, "
     "Western Ghouta; no reports of casualties (target not stated -> actor2 empty, as the spent FR-278/FR-119 rows; "
     "adjudicated, as B: precision 2, first 1: the plain 'after midnight yesterday' is ambiguous between the night into "
     "Tuesday 4 August in the SOHR frame and the night into Wednesday 5 August in the article's 'yesterday Tuesday' frame)"),
    (JAZ761, "بساتين مخيم خان الشيح", "اشتباكات بين قوات النظام والمسلحين الموالين لها من طرف، والفصائل الامعارضة والمقاتلة من طرف اخر، في بساتين مخيم خان الشيح",
     BAT, CLASH, MFSY, REB, "Khan al-Shih", "SY", "2015-08-04", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "after midnight 'yesterday' (4 August) clashes between the regime forces and pro-regime gunmen and the opposition "
     "and fighting factions in the orchards of the Khan al-Shih camp, Western Ghouta; reports of losses on both sides "
     "(fatalities empty; adjudicated, as B: precision 2, first 1, the plain 'yesterday' of the round-up, see the Daraya "
     "shelling row)"),
    (JAZ761, "بمنطقة بئر قصب", "في محيط محطة تشرين الحرارية بمنطقة بئر قصب بريف دمشق الشرقي",
     BAT, CLASH, MFSY, ISIS, "Bir Qasab", "SY", "2015-08-04", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "at dawn 'yesterday' (4 August) clashes between the regime forces and pro-regime gunmen and ISIS around the Tishreen "
     "thermal power station in the Bir Qasab area, eastern rural Damascus; reports of losses on both sides (fatalities "
     "empty; adjudicated, as B: precision 2, first 1: 'dawn yesterday', see the Daraya shelling row)"),
    (JAZ761, "في القلمون الشرقي", "وتنظيم داعش من طرف آخر في القلمون الشرقي",
     BAT, CLASH, REB, ISIS, "Eastern Qalamoun", "SY", "2015-08-04", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "clashes between the extremist and fighting factions and ISIS in Eastern Qalamoun; confirmed losses among the "
     "factions' fighters and reports of losses among ISIS (fatalities empty; the sentence gives no day of its own, but "
     "it is an item of the round-up of 'yesterday' Tuesday's events ('كذلك دارت') -> 4 August, precision 2; adjudicated, "
     "as B, first DCT 6 August, precision 2)"),
    (JAZ761, "مقتل مقاتل من المعارضة", "أيضاً مقتل مقاتل من المعارضة خلال اشتباكات مع قوات النظام",
     BAT, CLASH, REB, MFSY, "Daraya", "SY", "2015-08-04", "2", "1", "exact",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "an opposition fighter was killed in clashes with the regime forces and pro-regime gunmen around Daraya, Western "
     "Ghouta (a different event type from the Daraya shelling row -> own row; an item of the round-up of Tuesday's "
     "events, no day of its own -> 4 August, precision 2; adjudicated, as B, first DCT 6 August)"),
    (JAZ761, "لقصف", "في حي جوبر، لقصف من قبل قوات النظام",
     ERV, SHELL, MFSY, "", "Jobar, Damascus", "SY", "2015-08-04", "1", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "after midnight Monday-Tuesday (-> 4 August) areas of the Jobar neighbourhood were shelled by the regime forces; no "
     "reports of casualties (target not stated -> actor2 empty; 'Jobar, Damascus' as the spent alwatan-930 row)"),
    (JAZ761, "لهجمات", "حيث يتعرض الحي منذ عدة اشهر لهجمات من قبل حزب الله",
     BAT, CLASH, MFSY, REB, "Jobar, Damascus", "SY", "2015-08-06", "3", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "aggregate: for several months Jobar has been attacked by Lebanese Hezbollah, the regime forces and the National "
     "Defence Forces trying to take it, with clashes against the opposition factions and Jabhat al-Nusra defending it "
     "(regime side -> Military Forces of Syria, Hezbollah and the NDF in the note; defenders -> Syrian rebels, Nusra in "
     "the note; 'several months', no start -> DCT, precision 3)"),
    (JAZ761, "سقطت قذيفة دبابة", "كما سقطت قذيفة دبابة بعد منتصف يوم أمس الثلاثاء",
     ERV, SHELL, MFSY, "", "Al Waer, Homs", "SY", "2015-08-04", "1", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "after midday 'yesterday Tuesday' (4 August) a tank shell fired by the regime forces fell on an area of the al-Waer "
     "neighbourhood of Homs; no reports of casualties (target not stated -> actor2 empty)"),
    (JAZ761, "نيران رشاشاتها الثقيلة", "فتحت قوات النظام بعد منتصف ليل الاثنين نيران رشاشاتها الثقيلة",
     ERV, SHELL, MFSY, "", "Talbiseh", "SY", "2015-08-04", "1", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "after midnight Monday (-> early Tuesday 4 August) the regime forces opened fire with their heavy machine guns on "
     "areas in the western part of Talbiseh, northern rural Homs (one-sided fire at areas of a town, with no "
     "engagement or second side -> Shelling/artillery/missile attack, adjudicated as B: ACLED codes heavy-weapon fire "
     "at areas as remote violence; my first version was Battles/Armed clash with actor2 empty; the target is not "
     "stated -> actor2 empty; no casualties stated; location 'Talbiseh' kept against B's 'Talbiseh, Homs', as this "
     "article's other towns Daraya, Zabadani, Bir Qasab)"),
    (YAUM1141, "هجوم بشاحنة مفخخة", "أسفر هجوم بشاحنة مفخخة في حي سكني في كابول",
     ERV, "Suicide bomb", UAG, CAF, "Shahid, Kabul", "AF", "2015-08-07", "1", "15", "at_least",
     "Afghan presidential spokesman; AFP (via Al Yaum)", "reported",
     "the title's news: 'Friday morning' (DCT Saturday 8 August -> 7 August) a truck-bomb attack in a residential "
     "district of Kabul killed at least 15 and wounded more than a hundred; the blast damaged homes, destroyed a fruit "
     "market and left a crater in 'حي شهيد' east of the capital (-> 'Shahid, Kabul', as the adjudicated spent aawsat-178 "
     "row of the same event); the president's spokesman raised the toll to 15 ('15 قتيلًا على الاقل' -> 15 at_least; "
     "the police chief's earlier 8 superseded); Ghani calls it a suicide attack ('اعتداء انتحاري') -> Suicide bomb, as the "
     "spent row; no claim, 'may bear the Taliban's hallmarks' -> Unidentified armed group; many children and women, "
     "marble-factory workers -> Civilians (Afghanistan) (a nearby military building was the likely target: alternative "
     "Military Forces of Afghanistan). Not coded: Ghani's condemnation, the blood-donation appeals"),
    (YAUM1141, "في قندهار", "في سلسلة هجمات في قندهار",
     VAC, "Attack", "Taliban", CAF, "Kandahar", "AF", "2015-08-06", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "background: the Taliban killed nine people 'on Thursday' (DCT Saturday 8 August -> 6 August) in a series of attacks "
     "in Kandahar, the cradle of the insurgency, and in Logar province south of Kabul (two named places -> two rows; the "
     "nine are not split -> fatalities empty on both, the 9 in the note; 'people' with no armed role stated -> VAC/Attack "
     "vs Civilians (Afghanistan), as the adjudicated spent aawsat-178 rows; alternative Armed clash)"),
    (YAUM1141, "لوغار", "وفي ولاية لوغار جنوب كابول",
     VAC, "Attack", "Taliban", CAF, "Logar", "AF", "2015-08-06", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "background: the Logar part of Thursday's (6 August) series of Taliban attacks that killed nine in all with "
     "Kandahar (see the Kandahar row; coded as the spent aawsat-178 Logar row)"),
    (YAUM1141, "قتل 1592 شخصًا", "وبين الاول من يناير و30 يونيو قتل 1592 شخصًا",
     VAC, "Attack", "Taliban", CAF, "", "AF", "2015-01-01", "3", "1592", "exact",
     "UN Assistance Mission in Afghanistan (UNAMA half-year report)", "reported",
     "aggregate: between 1 January and 30 June 1,592 people were killed and 3,329 wounded in the violence (UNAMA's "
     "half-year report, published this week); the figures exclude army and police casualties -> Civilians (Afghanistan); "
     "the insurgents are responsible for most of the violence against them -> actor1 Taliban (alternative Unidentified "
     "armed group); dated at the period's start, precision 3; no place; coded as the adjudicated spent aawsat-178 "
     "aggregate of the same report). Not coded: the appointment of Mullah Akhtar Mansour 'last week' and the rift over "
     "it (internal leadership change), Omar's death in April 2013 (old), the July talks in Pakistan and the postponed "
     "second round (diplomatic); adjudicated: kept against B, who left it uncoded as a country-wide report figure, as the "
     "spent events31 adjudication kept the same UNAMA aggregate)"),
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
