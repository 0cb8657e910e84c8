"""Bookkeeping helper for the events60 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events59/addrows.py (itself from events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur39/events60/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 60 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events60/sample.py ("This set: events60, seeds 2900 / 2901, drawn at the start of stop 39 (8351216), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2900).shuffle, walked in order; (b) 10 with no text filter, random.Random(2901).shuffle, >=3 sources (got, by source, a: aljazirah 2, alweeam 2, alriyadh 1, alyaum 1, aawsat 1, sabq 1, 3alyoum 1, okaz 1; b: alyaum 2, alriyadh 2, alweeam 1, arreyadi 1, aleqtisadiya 1, 3alyoum 1, aawsat 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 21 rows): detection F1 0.905 before (19 matched of 21 A / 21 B rows, P 0.905, R 0.905; A gave rows to 10 articles, B to 9, both to 9; event_type, fatalities, fatalities_qualifier and reported_as agreed 19/19, location_country 18/19, sub_event_type, actor1, actor2 and event_date 17/19, location and time_precision 16/19; compare.py cross-paired the 3alyoum-198 suicide-bombing and PKK-raid rows, and left my VAC Dar Saad row and B's Shelling Dar Saad row unpaired, so the true detection differences are 1 A-only row (the Hadi Statement) and 1 B-only row (the Buraiqa oil port)); 1 row added from B: okaz-1776 Houthi shelling of the al-Buraiqa oil port (borderline); 0 rows dropped; 7 field values changed to B's: alweeam-1738 'As Sabaha Camp, Sanaa' (first 'As Sabaha, Sanaa'), precision 2 for the Sabaha and Jufaynah night strikes (first 1), 'Jabal al-Thaalib, Rada' (first '..., Radaa'); sabq-2960 'Zayed Park, Taiz' (first 'Sheikh Zayed Park, Taiz'); okaz-1776 airport clash event_date 2015-07-22 (first 2015-07-15), Dar Saad precision 3 (first 2); kept against B: okaz-1776 Dar Saad VAC/Attack (B Shelling), 3alyoum-198 PKK raids TR (B IQ) and the suicide bombing 2015-07-24 precision 2 (B DCT precision 3), alriyadh-1726 Hadi Statement (B not coded); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
CLASH = "Armed clash"
GRT = "Government regains territory"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
UAG = "Unidentified armed group"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
MFI = "Military Forces of Iraq"
PRT = "Police Forces of Turkey"
PRK = "Police Forces of Kuwait"
PRS = "Police Forces of Saudi Arabia"
CIVTR = "Civilians (Turkey)"
YAUM1747 = "SN-alyaum-20150722-1747"
AWS187 = "SN-aawsat-20150725-187"
WEEAM1738 = "SN-alweeam-20150724-1738"
WEEAM957 = "SN-alweeam-20150804-957"
SABQ2960 = "SN-sabq-20150721-2960"
AYN198 = "SN-3alyoum-20150731-198"
OKAZ1776 = "SN-okaz-20150722-1776"
WEEAM933 = "SN-alweeam-20150809-933"
YAUM1138 = "SN-alyaum-20150727-1138"
RIY1726 = "SN-alriyadh-20150806-1726"
GOV = "Aden governor Nayef al-Bakri (to Sky News Arabia, via Okaz)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Turkey after Suruc (alyaum-1747, DCT Wednesday 22 July)
    (YAUM1747, "هجوم انتحاري", "غداة هجوم انتحاري نسب الى تنظيم داعش",
     ERV, SUI, IS, CIVTR, "Suruc", "TR", "2015-07-20", "1", "32", "at_least",
     "Turkish Prime Minister Ahmet Davutoglu; Al Yaum", "reported",
     "background (the news is the government's promise to reinforce border security): the suicide attack attributed to ISIS "
     "that struck the town of Suruc near the Syrian border on Monday (DCT Wednesday 22 July -> 20 July) killed 'at least 32' "
     "(the PM: the toll rose to 32; the lead's 'على الاقل' -> 32 at_least, alternative exact as the spent Suruc rows); no group "
     "claimed it, the PM says it is most probably linked to ISIS -> Islamic State, as the spent Suruc rows; victims not "
     "described -> Civilians (Turkey). The title's 'الهجوم الانتحاري', 'اعتداء سوروتش' and 'the conflict reached Turkey on "
     "Monday in a big operation' are the same event. Not coded: the identification of a suspect (no arrest), the intelligence "
     "warnings, the pro-Kurdish demonstrations in the south-east that Turkey's refusal to intervene 'led to' (no date, "
     "generic), the cargo ship that hit a villa on the Bosphorus (accident)"),
    (YAUM1747, "واعتقلت 97 شخصا", "وأنقرة وشانلي أورفا وإزمير، واعتقلت 97 شخصا",
     SD, "Arrests", PRT, IS, "", "TR", "2015-07-22", "3", "", "",
     "Hurriyet (via Al Yaum)", "reported",
     "aggregate: after the intelligence warnings the security forces began operations against ISIS militants in several "
     "cities, among them Istanbul, Ankara, Sanliurfa and Izmir, and arrested 97 people (the lead's 'in recent weeks the "
     "Turkish police launched a series of operations targeting recruitment networks' is the same series -> folded; four "
     "cities, one figure -> one aggregate row, location empty; 'in recent weeks', no date -> DCT, precision 3; security "
     "forces in Turkish cities -> Police Forces of Turkey, as the spent Turkish arrest rows; operations against ISIS "
     "militants -> actor2 Islamic State)"),
    # Afghanistan talks (aawsat-187, DCT Saturday 25 July)
    (AWS187, "معارك طاحنة", "جرت معارك طاحنة بين الفصيلين",
     BAT, CLASH, "Taliban", IS, "", "AF", "2015-07-25", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: 'in the past weeks' fierce battles took place between the two factions, the Taliban and the ISIS fighters "
     "(some Taliban fighters pledged allegiance to ISIS, whose militants are spread in eastern Afghanistan on the border "
     "with Pakistan; no named place -> location empty, AF; past weeks -> DCT, precision 3). Not coded: the talks hosted by "
     "Pakistan and the planned second round in Urumqi (diplomatic), Mullah Omar's message and ISIS's 'fatwa' "
     "(statements, not the news), the Taliban's doubled attacks 'in recent months' and the 13 years of fighting (generic)"),
    (AWS187, "بضربات لطائرات من دون طيار", "شهيد الله شهيد بضربات لطائرات من دون طيار",
     ERV, AIR, UAG, IS, "", "AF", "2015-07-25", "3", "2", "at_least",
     "Asharq Al-Awsat", "reported",
     "aggregate: in the same past weeks ISIS cadres were killed by drone strikes 'in this area' (eastern Afghanistan on the "
     "Pakistani border), among them the leader of its Pakistan-Afghanistan branch Hafiz Saeed Khan and Shahidullah Shahid "
     "(strikes in plural -> one aggregate row, DCT, precision 3; the text does not say whose drones -> Unidentified armed "
     "group, alternative Military Forces of the United States; 'cadres ... among them' two named -> 2 at_least; no named "
     "place -> location empty, AF)"),
    # Yemen (alweeam-1738, DCT Friday 24 July; 'ليلة امس' = the night of Thursday 23 July)
    (WEEAM1738, "معسكر الصباحة", "حوالي ست غارات استهدفت معسكر الصباحة",
     ERV, AIR, SLC, HOU, "As Sabaha Camp, Sanaa", "YE", "2015-07-23", "2", "", "",
     "local sources (via Al Weeam)", "reported",
     "the title's news: 'last night' (DCT Friday 24 July -> the night of Thursday 23 July; adjudicated, as B: precision 2, "
     "as the spent events59 night rows, since the strikes may fall after midnight; first 1, as the events28 Silopi 'last "
     "night' row) coalition aircraft struck positions of the Houthis and Saleh's forces in Sanaa: about six strikes on the al-Sabaha "
     "camp west of the capital, violent explosions and columns of smoke (Houthis and Saleh's forces -> Houthis, as the spent "
     "rows; adjudicated, as B: the named target camp -> 'As Sabaha Camp, Sanaa', as the spent 'As Sawad Camp, Sanaa', "
     "first 'As Sabaha, Sanaa' as the spent events46 row). Folded: the Houthis' anti-aircraft fire. One location per row: "
     "Marib has its own row"),
    (WEEAM1738, "جبهة الجفينة", "اربع غارات استهدفت في جبهة الجفينة",
     ERV, AIR, SLC, HOU, "Al Jufaynah, Marib", "YE", "2015-07-23", "2", "", "",
     "Al Weeam", "reported",
     "the same night (23 July; adjudicated, as B: precision 2, first 1) coalition fighters carried out four strikes on the al-Jufaynah front south-west of Marib "
     "(the lead's 'مدينة مأرب'; differently named place -> own row; 'Al Jufaynah, Marib' as the spent rows)"),
    (WEEAM1738, "كمين", "مسلحين حوثيين في كمين نصبته المقاومة الشعبية",
     BAT, CLASH, YR, HOU, "Jabal al-Thaalib, Rada", "YE", "2015-07-24", "2", "8", "exact",
     "local Yemeni sources (via Al Weeam)", "reported",
     "local sources reported early on Friday morning that 8 Houthi gunmen were killed in an ambush set by the popular "
     "resistance on a Houthi military patrol at Jabal al-Thaalib in Qayfat Radaa, Radaa city, al-Bayda governorate (the "
     "second sentence is the same event; ambush on an armed patrol -> Armed clash, as the spent Lawdar ambush row; the "
     "ambush day not stated, a breaking report -> DCT, precision 2; 8 exact; adjudicated, as B: 'Jabal al-Thaalib, Rada', "
     "first '..., Radaa')"),
    # Kuwait trial (alweeam-957, DCT 4 August)
    (WEEAM957, "تفجير إرهابي", "إلى تفجير إرهابي خلال صلاة الجمعة",
     ERV, SUI, UAG, "Civilians (Kuwait)", "Al Sawaber, Kuwait City", "KW", "2015-06-26", "1", "26", "exact",
     "Al Weeam", "reported",
     "background (the news is the first session of the trial of the 29 accused, legal): the Imam al-Sadiq mosque in the "
     "al-Sawaber area of Kuwait City was hit by a terrorist bombing during Friday prayer in Ramadan on 26 June, 26 killed and "
     "227 wounded; 'the suicide bomber who blew himself up inside the mosque' -> Suicide bomb (the title's and the later "
     "mentions are the same event); no group named in this text -> Unidentified armed group, as the spent events50 "
     "alyaum-983 row of the same wire text; worshippers -> Civilians (Kuwait). Not coded: the trial, the 14 July indictment "
     "and the remand orders (legal), the two fugitives 'caught in Saudi Arabia' (no date, as the spent events45/50 decision)"),
    (WEEAM957, "ألقت القبض على السائق", "ألقت القبض على السائق الذي أوصل الانتحاري",
     SD, "Arrests", PRK, UAG, "Ar Riqqa", "KW", "2015-06-26", "2", "", "",
     "Al Weeam", "reported",
     "background: after the bombing the security services arrested the driver who took the suicide bomber to the mosque, "
     "a bidoon hiding in a house in the al-Riqqa area, and then the vehicle's owner and the other partners and accomplices "
     "(one row for the chain of arrests; in Kuwait -> Police Forces of Kuwait; suspects of the bombing, no group named -> "
     "Unidentified armed group; 'Ar Riqqa' and 26 June precision 2 as the spent adjudicated events50 alyaum-983 row)"),
    # Taiz (sabq-2960, DCT 21 July UTC, Tuesday)
    (SABQ2960, "ألقت القبض مساء الاثنين", "نقطة تفتيش تابعة للمقاومة الشعبية في تعز ألقت القبض مساء الاثنين",
     SD, "Arrests", YR, HOU, "Zayed Park, Taiz", "YE", "2015-07-20", "1", "", "",
     "Sky News Arabia; Yemeni news sites (via Sabq)", "reported",
     "the title's news: a checkpoint of the popular resistance in Taiz caught on Monday evening (DCT Tuesday 21 July -> "
     "20 July) a Houthi leader disguised as a bride, trying to flee the battles in Taiz, in an area near the Sheikh Zayed park "
     "(capture of an enemy leader by the de facto authority at a checkpoint, no fighting -> Arrests, as the spent events41 "
     "resistance arrest of Abdulkarim al-Houthi; near the park -> adjudicated, as B: 'Zayed Park, Taiz', as the spent events58 'متنزه زايد' row, first 'Sheikh Zayed Park, Taiz'; relayed as news by Sky News "
     "from Yemeni reports -> reported). Folded/not coded: the 'number' of Houthis caught disguised as women and the others "
     "fleeing in the wedding procession (generic), the battles in Taiz (generic)"),
    # Erdogan in Jakarta (3alyoum-198, DCT Friday 31 July)
    (AYN198, "عمليات عسكرية ضد تنظيم الدولة الاسلامية", "وبدأت تركيا الاسبوع الماضي عمليات عسكرية ضد تنظيم الدولة الاسلامية",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-24", "2", "", "",
     "Ain Alyoum (AFP)", "reported",
     "background (the news is Erdogan's denial in Jakarta, a statement): Turkey began military operations against ISIS "
     "'last week' ('last week' -> DCT 31 July - 7 = 24 July, precision 2; the later 'air strikes against the jihadists' -> "
     "Air/drone strike; ISIS in Syria, the text names no place -> location empty, SY, as the spent events52 3alyoum-206 row "
     "of the same campaign). Not coded: the Incirlik permission (inter-state, as the spent sets), Turkey's 'big losses' "
     "(generic), the accusations and denials"),
    (AYN198, "تفجير انتحاري مدمر", "في اعقاب تفجير انتحاري مدمر داخل اراضيها",
     ERV, SUI, UAG, CIVTR, "", "TR", "2015-07-24", "2", "", "",
     "Ain Alyoum (AFP)", "reported",
     "background: the operations came in the wake of a devastating suicide bombing inside Turkey's territory (the Suruc "
     "bombing, not named here; no group named for it -> Unidentified armed group, alternative Islamic State by the context; "
     "victims not described -> Civilians (Turkey) as the spent rows; no place -> location empty, TR; no date, just before the "
     "'last week' operations -> 24 July, precision 2; no toll)"),
    (AYN198, "سلسلة غارات جديدة", "شنت القوات الجوية التركية سلسلة غارات جديدة ضد مواقع الحزب المحظور",
     ERV, AIR, MFT, PKK, "", "TR", "2015-07-31", "2", "", "",
     "Ain Alyoum (AFP)", "reported",
     "the Turkish campaign now concentrates on the PKK: the Turkish air force launched a new series of raids on the banned "
     "party's positions (recent, no day -> DCT, precision 2; no place or country named -> location empty, TR, as the "
     "spent events52 'inside Turkey and northern Iraq' row and events19/33, alternative IQ)"),
    # Aden (okaz-1776, DCT Wednesday 22 July)
    (OKAZ1776, "تحت سيطرة المقاومة الشعبية", "أن كل مديريات عدن أصبحت تحت سيطرة المقاومة الشعبية",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-22", "3", "", "",
     GOV, "claimed",
     "background: the governor says all the districts of Aden have come under the control of the popular resistance (the "
     "recapture of Aden; no day -> DCT, precision 3, as the spent undated Aden rows; only the governor's word -> claimed, as "
     "the spent events50/52 Aden claims). Not coded: the Houthi siege and shelling of Aden (generic), the seizure of the "
     "port of al-Mualla (a state of control, no fighting or date; alternative Non-state actor overtakes territory), the "
     "reconstruction, the aid ship. The shelling of the al-Buraiqa oil port has its own row (adjudicated, from B)"),
    (OKAZ1776, "جعولة", "في جعولة وبئر أحمد",
     BAT, CLASH, YR, HOU, "Jaawla, Aden", "YE", "2015-07-22", "2", "", "",
     GOV, "claimed",
     "while the resistance fighters comb and liquidate the last pockets of the Houthi rebels and Saleh's forces in Jaawla "
     "and Bir Ahmad (an ongoing operation against the named enemy in named places -> Armed clash, as the spent events59 Lahj "
     "clearing row; ongoing, no day -> DCT, precision 2; one location per row -> this row Jaawla; the governor's word -> "
     "claimed)"),
    (OKAZ1776, "وبئر أحمد", "في جعولة وبئر أحمد",
     BAT, CLASH, YR, HOU, "Bir Ahmad, Aden", "YE", "2015-07-22", "2", "", "",
     GOV, "claimed",
     "the same clearing operation, second named place: Bir Ahmad (DCT, precision 2, claimed)"),
    (OKAZ1776, "قصف ميناء الزيت في البريقة", "بالإضافة إلى قصف ميناء الزيت في البريقة",
     ERV, SHELL, HOU, "", "Oil Port, Al Buraiqa", "YE", "2015-07-22", "3", "", "",
     GOV, "claimed",
     "adjudicated, added from B; background, borderline: the governor: Aden's basic services were deliberately destroyed by "
     "the Houthis, 'in addition to the shelling of the oil port in al-Buraiqa' (a named target within the war's months -> "
     "background Shelling, Houthis; no victims named -> actor2 empty; no day -> DCT, precision 3; the governor's word -> "
     "claimed). My first version left it in the governor's damage list; the alternative remains no row"),
    (OKAZ1776, "المجزرة", "وحول المجزرة التي تعرضت لها مديرية دار سعد",
     VAC, "Attack", HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-22", "3", "45", "at_least",
     "Okaz; Aden governor Nayef al-Bakri", "reported",
     "background: the massacre suffered by the Dar Saad district, a crime committed by the Houthi militias (the governor) "
     "which killed at least 45 (the outlet states the massacre; the text gives no means -> VAC/Attack, alternative "
     "Shelling as the spent Dar Saad rows whose texts said shelling; no day -> DCT; adjudicated, as B: precision 3, a "
     "background event with no day in the text, by the convention, first 2; the type kept against B's Shelling: the "
     "paragraph names no means, the previous paragraph's shelling is of the city's services; 45 at_least)"),
    (OKAZ1776, "قتالا عنيفا", "الذي يشهد قتالا عنيفا",
     BAT, CLASH, YR, HOU, "Aden Airport, Aden", "YE", "2015-07-22", "2", "", "",
     "World Food Programme (via Okaz)", "reported",
     "borderline: WFP: last week two UN truck convoys arrived but the airport, 'which is seeing fierce fighting', is closed "
     "(present-tense fighting at a named place in WFP's current statement (its ship docked 'yesterday') -> adjudicated, "
     "as B: DCT, precision 2, first 15 July from the convoys' 'last week'; sides "
     "not named, the battle for Aden -> Yemeni Resistance vs Houthis; 'Aden Airport, Aden' as the spent rows). The "
     "alternative is no row (a stale wire clause: the governor says the airport reopens within two days)"),
    # Asir (alweeam-933, DCT Sunday 9 August)
    (WEEAM933, "حادث التفجير الإرهابي", "في حادث التفجير الإرهابي الذي استهدف مسجداً لقوات الطوارئ",
     ERV, IED, UAG, PRS, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Crown Prince Mohammed bin Nayef (Interior Minister) (via Al Weeam)", "reported",
     "background (the news is Mohammed bin Nayef's meeting with the security chiefs in Jeddah): the terrorist bombing of a "
     "mosque of the Special Emergency Forces in Asir region 'last Thursday' (DCT Sunday 9 August -> 6 August), 15 security "
     "men killed and 33 wounded (only 'التفجير' -> Remote explosive/landmine/IED, as the spent Asir rows of that wording; "
     "Unidentified armed group vs Police Forces of Saudi Arabia, as those rows). Not coded: the meeting, the call to raise "
     "alert levels, the Umrah and Hajj security plans"),
    # Aden (alyaum-1138, DCT Monday 27 July)
    (YAUM1138, "تحرير عدن", "ساهموا مع رجال المقاومة الشعبية في تحرير عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-27", "3", "", "",
     "Al Yaum", "reported",
     "background (the news is the Saudi relief planes landing at Aden airport): the Saudi forces 'contributed with the men of "
     "the popular resistance to the liberation of Aden' from the Houthi and Saleh militias, which fled to the sea (the "
     "analysts' 'liberating most of Aden in less than 24 hours' with the Saudi elite forces and the 'تخليص عدن' are the same "
     "event -> one row; the resistance with Saudi support -> Yemeni Resistance, note the Saudi forces, alternative actor "
     "Military Forces of Saudi Arabia; no day -> DCT, precision 3, as the spent undated Aden rows). Not coded: the planes' "
     "landing (relief), the street celebrations of the victory with fireworks (celebration, not a protest), the 4 months of "
     "fighting (generic)"),
    # Hadi (alriyadh-1726, DCT 6 August)
    (RIY1726, "لن تتوقف", "لن تتوقف حتى يتم تطهير كل المحافظات",
     "Statement", "", "Government of Yemen", HOU, "Riyadh", "SA", "2015-08-06", "2", "", "",
     "President Abd Rabbuh Mansur Hadi (via Al Riyadh)", "reported",
     "the title's news: in a statement on leaving Riyadh for Egypt, President Hadi said the victories of the national army and "
     "the popular resistance, backed by the Arab coalition, against the rebel militias 'will not stop' until all Yemeni "
     "governorates are cleansed of the putschists (an official declaration continuing a military campaign that is the "
     "article's news -> Statement, as the spent events49 chief-of-staff and events52 Erdogan rows; 'لدى مغادرته الرياض' -> "
     "Riyadh, SA; no day -> DCT, precision 2). Not coded: the visit to Egypt (diplomatic), the relief plane and aid totals"),
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
