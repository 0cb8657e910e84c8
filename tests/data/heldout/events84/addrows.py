"""Bookkeeping helper for the events84 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur47/events84/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 84 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events84/sample.py ("This set: events84, seeds 2980 / 2981, drawn at the start of stop 47 (9984211), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2980).shuffle, walked in order; (b) 10 with no text filter, random.Random(2981).shuffle, >=3 sources (got, by source, a: alriyadh 3, aljazirah 2, okaz 1, aawsat 1, alyaum 1, arreyadi 1, 3alyoum 1; b: okaz 4, almadina 2, sabq 1, 3alyoum 1, aawsat 1, alweeam 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 19 rows): detection F1 0.914 before by compare.py (16 matched of 16 A / 19 B rows, P 0.842, R 1.000; all 16 pairs are true event pairs; both gave rows to the same 4 articles and left the same 16 empty); on the 16 pairs event_type, sub_event_type, location_country, event_date, fatalities, fatalities_qualifier and reported_as agreed 16/16, actor2 and time_precision 15/16, actor1 13/16, location 8/16; triggers 7/16 identical trigger+occurrence, 11/16 nested; 16 -> 19 rows: 3 rows added from B (okaz-1225 captures of Jabal Akad, al-Humayra and Husun al-Tali: one row per named place, my single 'Abyan' capture row becoming the al-Salamiya row); values changed to B's: okaz-1225 locations 'As Salamiyah, Abyan' (first 'Abyan'), 'Al Wadea, Lawdar' (first 'Al Wadi, Lawdar'), boats 'Shuqrah, Abyan' (first 'Aden'), 'An Nakhilah, Al Musaymir' (first 'Al Nakhila, Al Musaymir'), 'Labouza Camp, Lahij' (first 'Labuza Camp'), 'Al Husseini, Lahij' (first 'Al Husseini'); 3alyoum-153 church arson actor1 Unidentified armed group (first Settlers (Israel)), actor2 empty (first Civilians (Israel)), location 'Tabgha' (first 'Church of the Multiplication, Tabgha'); almadina-1163 Fallon statement time_precision 2 (first 1); kept against B: okaz-1225 al-Ain and al-Wadea battles actor1 Military Forces of Yemen (B Yemeni Resistance), al-Manar camp location 'Al Manar Camp, Al Haymah al-Kharijiyah' (B '..., Sanaa'), 'Jabal Akad' spelling (B 'Jabal Akd'), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
RIO = "Riots"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
MFY = "Military Forces of Yemen"
HOU = "Houthis"
IS = "Islamic State"
SLC = "Saudi-led coalition"
MFT = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
PFSA = "Police Forces of Saudi Arabia"
GCAD = "Global Coalition Against Daesh"
OKZ1225 = "SN-okaz-20150723-1225"
JAZ970 = "SN-aljazirah-20150721-970"
YOM153 = "SN-3alyoum-20150731-153"
MAD1163 = "SN-almadina-20150806-1163"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Yemen round-up (okaz-1225, DCT Thursday 23 July 17:42 UTC); no day in the text except the Sanaa strikes
    (OKZ1225, "تمكنت المقاومة من السيطرة", "حيث تمكنت المقاومة من السيطرة على مواقع قرية السلامية",
     BAT, GRT, YR, HOU, "As Salamiyah, Abyan", "YE", "2015-07-23", "2", "", "",
     "Okaz", "reported",
     "violent battles broke out in Abyan governorate between the army backed by the resistance and the Houthi/Saleh "
     "alliance, in which the resistance took the positions of al-Salamiya village, Jabal Akad, al-Humayra and the "
     "al-Tali forts (adjudicated, as B: one row per named place, as the spent almadina-644/559 al-Sadda/Hazm "
     "al-Udayn/al-Radma capture rows and the one-location rule; my first version had one row at 'Abyan' after the "
     "spent SK-1811 Haradh row, but that text named the district; this row is al-Salamiya village; the district is not "
     "stated -> governorate Abyan; "
     "'تمكنت المقاومة' -> actor1 Yemeni Resistance; no day, present report -> DCT, precision 2). Folded: the opening "
     "'اندلعت معارك عنيفة في محافظة أبين', the coalition air cover for the resistance advancing on the last Houthi "
     "strongholds in Lawdar and the 'heavy losses in lives and equipment' (vague). Continuing battles at al-Ain and "
     "al-Wadi are their own rows (named places)"),
    (OKZ1225, "وجبل عكد", "مواقع قرية السلامية وجبل عكد",
     BAT, GRT, YR, HOU, "Jabal Akad, Abyan", "YE", "2015-07-23", "2", "", "",
     "Okaz", "reported",
     "same sentence: the resistance took Jabal Akad (added in adjudication, from B: one row per named place, see the "
     "al-Salamiya row; spelling 'Akad' as the spent aljazirah-461 'Akad, Abyan' row, B 'Jabal Akd')"),
    (OKZ1225, "والحميراء", "وجبل عكد والحميراء",
     BAT, GRT, YR, HOU, "Al Humayra, Abyan", "YE", "2015-07-23", "2", "", "",
     "Okaz", "reported",
     "same sentence: the resistance took al-Humayra (added in adjudication, from B: see the al-Salamiya row)"),
    (OKZ1225, "وحصون الطلي", "والحميراء وحصون الطلي",
     BAT, GRT, YR, HOU, "Husun at-Tali, Abyan", "YE", "2015-07-23", "2", "", "",
     "Okaz", "reported",
     "same sentence: the resistance took the al-Tali forts (Husun al-Tali) (added in adjudication, from B: see the "
     "al-Salamiya row)"),
    (OKZ1225, "المعارك تدور في منطقة العين", "فيما لاتزال المعارك تدور في منطقة العين التابعة لمديرية مودية",
     BAT, CLASH, MFY, HOU, "Al Ain, Mudiyah", "YE", "2015-07-23", "2", "", "",
     "Okaz", "reported",
     "battles still going on in the al-Ain area of Mudiyah district, Abyan (sides from the sentence's opening: the army "
     "backed by the resistance, named first -> Military Forces of Yemen, as the spent alriyadh-791 and okaz-1168 rows, "
     "kept in adjudication against B's Yemeni Resistance: the sentence's subject is 'قوات الجيش المدعومة بالمقاومة', "
     "the army backed by the resistance, the exact wording of the spent alriyadh-791 MFY row; vs the Houthi/Saleh "
     "alliance -> Houthis; one location per row; ongoing -> DCT, "
     "precision 2)"),
    (OKZ1225, "والوضيع لمديرية لودر", "منطقة العين التابعة لمديرية مودية والوضيع لمديرية لودر",
     BAT, CLASH, MFY, HOU, "Al Wadea, Lawdar", "YE", "2015-07-23", "2", "", "",
     "Okaz", "reported",
     "same sentence, second named place: the battles still going on in al-Wadi' (al-Wadea) of Lawdar district, Abyan "
     "(location adjudicated, as B: 'Al Wadea', first 'Al Wadi', which reads as the common noun wadi) "
     "(one location per row; actors as the al-Ain row, actor1 kept against B's Yemeni Resistance; ongoing -> DCT, "
     "precision 2)"),
    (OKZ1225, "كشفها وتدميرها", "قوات التحالف تمكنت من كشفها وتدميرها قبل الوصول إلى عدن",
     ERV, AIR, SLC, HOU, "Shuqrah, Abyan", "YE", "2015-07-23", "2", "", "",
     "local Yemeni sources (via Okaz)", "reported",
     "the Houthis tried to use ten fishermen's boats, looted from them at gunpoint, to sail from the Shuqrah area of "
     "Abyan towards Aden carrying 34 Houthis and heavy military equipment; the coalition forces detected and destroyed "
     "them before they reached Aden (the means are not stated: borderline Air/drone strike, the coalition's usual "
     "means, alternative Shelling/artillery/missile attack (naval) or Strategic developments/Disrupted weapons use as "
     "the spent CN-1383/1385 boat interceptions, which had no crews; the fate of the 34 is not stated -> fatalities "
     "empty; adjudicated, as B: location 'Shuqrah, Abyan', the one place the text ties to the boats (they set out "
     "from it), first 'Aden' after the spent CN-1383 'Jazan' row, but Aden is the place the boats did not reach; "
     "alternative empty (at sea); no day -> DCT, precision 2). Not coded: the looting of the boats from the "
     "fishermen at gunpoint (a relative clause, no time or place of its own; alternative a Strategic "
     "developments/Looting/property destruction row, Houthis vs Civilians (Yemen), Shuqrah)"),
    (OKZ1225, "شددت قوات من الجيش والمقاومة الخناق", "في الوقت الذي شددت قوات من الجيش والمقاومة الخناق على آخر معاقل الحوثيين",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-07-23", "2", "", "",
     "sources in the resistance (via Okaz)", "reported",
     "army and resistance forces tightened the noose on al-Anad military base, the Houthis' last stronghold near Aden "
     "(in Lahij), where the resistance advanced with strong coalition support (siege and advance -> Armed clash, as the "
     "spent aawsat-272 'بمحاصرتها قاعدة العند' row; 'تقدمت المقاومة' and the spent Anad rows -> Yemeni Resistance, "
     "alternative Military Forces of Yemen, the army being named first; folded: the coalition support and the "
     "confrontations near al-Anad air base in which 'dozens' of Houthis were killed or wounded (vague -> fatalities "
     "empty); no day -> DCT, precision 2). Not coded: the sources' expectation of full control of the base 'within the "
     "next few hours' (expectation)"),
    (OKZ1225, "سيطرت على عدة مواقع", "أن المقاومة سيطرت على عدة مواقع بالقرب من قاعدة العند",
     BAT, GRT, YR, HOU, "An Nakhilah, Al Musaymir", "YE", "2015-07-23", "2", "", "",
     "sources in the resistance (via Okaz)", "reported",
     "the resistance took several positions near al-Anad base in Lahij governorate, chief among them the al-Nakhila "
     "area of al-Musaymir district (the one named place -> location; spelling adjudicated, as B: 'An Nakhilah', "
     "the assimilated-article style of the spent rows, first 'Al Nakhila'; 'sources ... to Okaz', as the spent okaz-1168 "
     "army-source captures -> reported; no day -> DCT, precision 2)"),
    (OKZ1225, "تفرض حصارا على معسكر لبوزة", "ولاتزال تفرض حصارا على معسكر لبوزة",
     BAT, CLASH, YR, HOU, "Labouza Camp, Lahij", "YE", "2015-07-23", "2", "", "",
     "sources in the resistance (via Okaz)", "reported",
     "the resistance is still besieging Labuza camp (next to al-Anad, Lahij), with 'dozens' of Houthis killed or wounded "
     "in the confrontations near Labuza camp and al-Anad air base ('عشرات' -> fatalities empty; a differently named "
     "place from the base -> own row, borderline: alternative folded into the al-Anad row; siege -> Armed clash; "
     "ongoing -> DCT, precision 2; location adjudicated, as B: 'Labouza Camp, Lahij' as the spent almadina-580 and "
     "alriyadh-678 rows, the paragraph naming Lahij; first 'Labuza Camp')"),
    (OKZ1225, "شنت طائرات التحالف غارات عديدة", "في حين شنت طائرات التحالف غارات عديدة على مواقع للحوثيين",
     ERV, AIR, SLC, HOU, "Al Husseini, Lahij", "YE", "2015-07-23", "2", "", "",
     "sources in the resistance (via Okaz)", "reported",
     "meanwhile coalition aircraft launched numerous raids on Houthi positions in the al-Husseini area (near "
     "al-Anad; adjudicated, as B: 'Al Husseini, Lahij', the sentence is in the paragraph on the al-Anad front 'in "
     "Lahij governorate', first 'Al Husseini'; cf. the spent 'Wadi al-Husseini, Lahij' and 'Al Husseini Bridge' rows; 'numerous' -> one row; no day -> DCT, precision 2)"),
    (OKZ1225, "غارتين جويتين استهدفتا أمس", "أن غارتين جويتين استهدفتا أمس معسكر المنار",
     ERV, AIR, SLC, HOU, "Al Manar Camp, Al Haymah al-Kharijiyah", "YE", "2015-07-22", "1", "", "",
     "Okaz; eyewitnesses (to Okaz)", "reported",
     "coalition aircraft destroyed in two air raids a Houthi-held camp in the suburbs of Sanaa: eyewitnesses said the two "
     "raids 'yesterday' (DCT 23 July -> 22 July) hit the al-Manar camp of the Republican Guard in al-Haymah al-Kharijiyah "
     "district west of the capital, and some of its targets and stores (location kept in adjudication against B's "
     "'Al Manar Camp, Sanaa': the text names the district, which lies outside the capital, in Sanaa governorate; the preceding 'دمرت طائرات التحالف العربي في "
     "غارتين جويتين معسكرا' is the same event -> one row; a Houthi-held Republican Guard camp -> actor2 Houthis)"),
    (OKZ1225, "مواجهات عنيفة مع المقاومة", "في مواجهات عنيفة مع المقاومة إثر محاولة الحوثيين",
     BAT, CLASH, HOU, YR, "Al Jufaynah, Marib", "YE", "2015-07-23", "2", "13", "exact",
     "Okaz", "reported",
     "in Marib governorate 13 Houthi militiamen were killed and three Houthis captured in violent clashes with the "
     "resistance after the Houthis tried to advance towards the al-Jufaynah area (the attacker -> actor1 Houthis, as "
     "the spent aljazirah-461 Akad row; 13 exact; the captures folded; location spelling as the spent okaz-1168 row; no "
     "day -> DCT, precision 2). Not coded in this article: the disputes between the Houthis and Saleh's followers, "
     "Saleh's call for general mobilisation and the Houthi leader's meeting in Saada (political)"),
    # Column on the Interior Ministry statement (aljazirah-970, DCT Tuesday 21 July 12:31 UTC)
    (JAZ970, "الإطاحة بأكبر تنظيم", "حول الإطاحة بأكبر تنظيم مكون من خلايا عنقودية",
     SD, "Arrests", PFSA, IS, "", "SA", "2015-07-21", "2", "", "",
     "Saudi Ministry of Interior statement (via Al Jazirah opinion column)", "reported",
     "background (opinion column): the Interior Ministry's statement 'days ago' on bringing down the largest "
     "organisation of cluster cells inside Saudi territory, linked to ISIS, with 431 detainees, most of them citizens "
     "(the 431 arrests of the spent alyaum-2213, aleqtisadiya-781 and aawsat-71 rows; ISIS named -> actor2 Islamic "
     "State; no place -> location empty; 'قبل أيام' -> DCT, precision 2, as the spent almadina-653 'in the last few "
     "days' row; the later 'بيان السلطات الأمنية ... بتتبع الخلايا الإرهابية' is the same event). Not coded: the "
     "Sinai bombings in the list of the writer's other articles (a title), the generic counter-terrorism strategy"),
    # Indictment for the church arson (3alyoum-153, DCT Friday 31 July 04:22 UTC)
    (YOM153, "بإحراق جزء من كنيسة", "يهوديان متطرفان بإحراق جزء من كنيسة",
     SD, "Looting/property destruction", UAG, "",
     "Tabgha", "IL", "2015-06-18", "1", "", "",
     "Ain Alyoum (Israeli authorities; Shin Bet statement)", "reported",
     "background (the news is the indictment 'today Wednesday' of two Israelis, a legal action, not coded): the attack "
     "on 18 June ('ووقع الهجوم يوم 18 يونيو', within 12 months of the DCT) in which part of the Church of the "
     "Multiplication of the Loaves and Fishes on the north-western shore of Lake Tiberias (Tabgha, not named in the "
     "text) was set on fire, damaging the roof, and a Hebrew slogan against 'false gods' was sprayed on a wall (arson of "
     "a church with no one hurt in the text -> Strategic developments/Looting/property destruction, alternative Violence "
     "against civilians/Attack; adjudicated, as B: the two indicted 'extremist Jews' -> Unidentified armed group "
     "(no group named, only accused, and the text does not call them settlers; as the spent Jerusalem pride-march "
     "stabbing row), first Settlers (Israel) after the spent alriyadh-605 Duma row; actor2 empty, as the spent "
     "aawsat-156 arson rows, first Civilians (Israel); location 'Tabgha', the site, first 'Church of the "
     "Multiplication, Tabgha'; the outlet states the attack and its date -> reported). Not coded: the 'more than 40 "
     "suspected hate crimes since 2009' (aggregate starting far more than 12 months before the DCT), the court hearing "
     "in Nazareth"),
    # ISIS in Raqqa; Britain's Tornado extension (almadina-1163, DCT Thursday 6 August 01:06 UTC)
    (MAD1163, "ستمدد حملتها الجوية", "إن بلاده ستمدد حملتها الجوية في العراق",
     "Statement", "", "Government of the United Kingdom", IS, "Iraq", "IQ", "2015-08-05", "2", "", "",
     "British Defence Secretary Michael Fallon (via Al Madina)", "reported",
     "the article's second item: the British defence secretary said Britain will extend its air campaign against ISIS in "
     "Iraq by another year, using Tornado jets for strikes until at least early 2017 (an official declaration "
     "continuing a military operation -> Statement, as the spent aawsat-104 row of the same statement; said 'during a "
     "visit to Iraq' -> location 'Iraq', as that row; 'وقال فالون في تصريح أمس' -> DCT 6 August - 1 = 5 August, "
     "adjudicated, as B: precision 2, first 1: the extension sentence itself has no day, the 'yesterday' dates the "
     "Tornado quotes, and the spent aawsat-104 row dates the same statement 4 August from its own 'today Tuesday' "
     "(this early-morning DCT may mean 4 August); borderline: alternative not coded, the title's news being ISIS in Raqqa). "
     "Not coded: the earlier plan to retire the Tornados in March 2016, the Cyprus basing, the parliament's Iraq-only "
     "mandate; the title's ISIS leaders feasting in Raqqa while its residents go hungry, the theft of zakat and the "
     "levies imposed on people (conditions, no discrete event)"),
    (MAD1163, "عشرات الغارات الجوية", "وشن تحالف تقوده الولايات المتحدة عشرات الغارات الجوية",
     ERV, AIR, GCAD, IS, "", "IQ", "2015-08-06", "3", "", "",
     "Al Madina", "reported",
     "aggregate: the US-led coalition carried out dozens of air strikes in Iraq and Syria 'during the past few days' to "
     "weaken the fighters who hold large areas of both countries (one aggregate of one campaign -> one row, IQ, the "
     "first-named country, as the adjudicated spent aawsat-104 row of the same sentence; no place -> empty; no start -> "
     "DCT, precision 3; 'dozens' -> no toll)"),
    (MAD1163, "أولى ضرباتها", "وشنت تركيا أولى ضرباتها ضد التنظيم",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-27", "2", "", "",
     "Al Madina", "reported",
     "background: Turkey launched its first strikes against ISIS in Syria 'a week and a half ago' (DCT 6 August - 10 -> "
     "27 July, precision 2, as the spent aawsat-104 'about ten days ago' row; means not stated -> Air/drone strike, as "
     "that row; no place -> location empty, SY)"),
    (MAD1163, "مهاجمة مقاتلين أكراد", "كما بدأت في مهاجمة مقاتلين أكراد",
     ERV, AIR, MFT, PKK, "", "TR", "2015-07-27", "2", "", "",
     "Al Madina", "reported",
     "background: Turkey also began attacking Kurdish fighters at the same time (a different target -> own row, as the "
     "adjudicated spent aawsat-104 row of the same sentence: Kurdish fighters -> PKK, means not stated -> Air/drone "
     "strike, no country named -> TR, alternative IQ; DCT - 10 -> 27 July, precision 2)"),
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
