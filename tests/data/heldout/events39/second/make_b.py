"""Bookkeeping helper for annotator B of the events39 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, COLS and HEADER layout copied programmatically from /work/main/tests/data/heldout/events28/second/make_b.py
(first two header lines adapted to this set).
Run: python3 /work/fresh/cur32/events39/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 39 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py ("This set: events39, seeds 2830 / 2831, drawn at the start of stop 32 (main 9e2d401), 2026-11-27."). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2830).shuffle, walked in order; (b) 10 with no text filter: random.Random(2831).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, alwatan 2, alyaum 2, aleqtisadiya 1, aljazirah 1, alriyadh 1; b: 3alyoum 2, sabq 2, aleqtisadiya 1, aljazirah 1, almadina 1, alriyadh 1, alwatan 1, okaz 1).
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
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
ATT = "Attack"
CLASH = "Armed clash"
GRT = "Government regains territory"
DWU = "Disrupted weapons use"
UAG = "Unidentified armed group"
ISIS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
PFSA = "Police Forces of Saudi Arabia"
RES = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
MFY = "Military Forces of Yemen"
CYE = "Civilians (Yemen)"
CTN = "Civilians (Tunisia)"
YM1065 = "SN-alyaum-20150808-1065"
JZ470 = "SN-aljazirah-20150808-470"
AW143 = "SN-aawsat-20150721-143"
EQ257 = "SN-aleqtisadiya-20150808-257"
AW104 = "SN-aawsat-20150809-104"
WT2160 = "SN-alwatan-20150806-2160"
WT1033 = "SN-alwatan-20150807-1033"
OK1461 = "SN-okaz-20150810-1461"
W2160SRC = "Popular Resistance spokesman Ali al-Ahmadi (to Al Watan)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (YM1065, "التفجير الإرهابي", "الرئيس العام لرعاية الشباب يدين التفجير الإرهابي",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Prince Abdullah bin Musaed, General President of Youth Welfare (condemnation, via Al Yaum)", "reported",
     "background (the news is the condemnation by the General President of Youth Welfare): the 'sinful terrorist act' that "
     "targeted a mosque in the Special Emergency Forces headquarters in the Asir region during the noon prayer of 'yesterday "
     "Thursday' (weekday named, DCT Saturday 8 August -> Thursday 6 August, precision 1), killing 'a number of' the forces' "
     "members and workers and wounding others ('عدد من' -> fatalities empty; the title and text say only 'تفجير'/'العمل "
     "الإرهابي' -> generic Remote explosive/landmine/IED, as the adjudicated spent Asir rows; no perpetrator named ('this "
     "deviant group') -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; title trigger, the "
     "body's 'العمل الإرهابي الآثم' is the same event). Not coded: the condolences and support (statements)"),
    (JZ470, "بالتفجير الإجرامي الذي حدث", "ندد خطباء الجوامع والمساجد بمحافظة أملج، أمس بالتفجير الإجرامي الذي حدث في مسجد",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Jazirah (Umluj mosque preachers' condemnation)", "reported",
     "background (the news is the condemnation by the Friday preachers of Umluj governorate 'yesterday'): the criminal "
     "bombing in the mosque of the Special Emergency Forces in the Asir region 'the day before yesterday' (يوم أمس الأول, "
     "DCT Saturday 8 August -> 6 August, precision 1) that targeted the security men (no toll; only 'تفجير' -> generic "
     "Remote explosive/landmine/IED; no perpetrator named ('Kharijites') -> Unidentified armed group; the title's 'تفجير "
     "مسجد طوارئ عسير' is the same event). Not coded: the sermons and warnings (statements)"),
    (AW143, "الهجوم الذي أدى إلى مقتل 21", "تكريمًا لضحايا الهجوم الذي أدى إلى مقتل 21 سائحًا أجنبيًا وشرطي تونسي",
     VAC, ATT, ISIS, CTN, "Bardo Museum, Tunis", "TN", "2015-03-18", "1", "22", "exact",
     "Asharq Al-Awsat", "reported",
     "background: the attack on the Bardo museum on 18 March (2015, within 12 months of the DCT 21 July 2015) that killed "
     "21 foreign tourists and a Tunisian policeman (21 + 1 = 22 exact; 'وتبنى تنظيم داعش الهجومين' -> actor1 Islamic State, "
     "alternative Unidentified armed group; mostly tourists -> Civilians (Tunisia), the country of the event, as the spent "
     "Sousse row; the text says only 'الهجوم', the means not stated -> Violence against civilians/Attack). Not coded: the "
     "parliament committee's agreement on criminalising takfir (legislation), Sarkozy's visit and wreath-laying (visit), "
     "the 'rising hard-line current that killed dozens of policemen, soldiers and tourists' since 2011 (generic, far older)"),
    (AW143, "وقع هجوم آخر", "وفي 26 يونيو (حزيران) وقع هجوم آخر أسفر عن مقتل 38 سائحًا",
     VAC, ATT, ISIS, CTN, "Sousse", "TN", "2015-06-26", "1", "38", "exact",
     "Asharq Al-Awsat", "reported",
     "background: on 26 June (2015) another attack killed 38 tourists in a hotel in Sousse; ISIS claimed both attacks "
     "(-> Islamic State; alternative Unidentified armed group as the spent 3alyoum-69 Sousse row, whose text named no "
     "group; tourists -> Civilians (Tunisia))"),
    (EQ257, "هاجم مستوطنون منزلين", "وكان الطفل الفلسطيني علي دوابشة قتل حرقا حين هاجم مستوطنون منزلين في قرية دوما",
     VAC, ATT, "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-08-01", "2", "2", "exact",
     "Palestinian official Ghassan Daghlas (to AFP); Palestinian and Israeli sources", "reported",
     "background (the news is the death of the father): settlers attacked two houses in the village of Duma (northern West "
     "Bank, near Nablus) and set them on fire, burning the child Ali Dawabsheh to death; his father Saad, burned over 80% "
     "of his body, has now died of his wounds in an Israeli hospital; the mother and the brother were wounded (the child "
     "died 'a week ago' -> DCT 8 August - 7 = 1 August, precision 2; 2 deaths stated -> 2 exact, as the spent alriyadh-605 "
     "Dawabsheh row; 'يهود متطرفون' / 'مستوطنون' -> Settlers (Israel); the lead's 'حريق اضرمه يهود متطرفون' is the same "
     "event). Not coded: the funeral arrangements"),
    (AW104, "خلال أسبوعين من الغارات الجوية التركية", "قتلوا وجرح 400 آخرون خلال أسبوعين من الغارات الجوية التركية",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-24", "3", "390", "about",
     "Anadolu Agency (via Asharq Al-Awsat)", "claimed",
     "aggregate (the title's news): Turkey's state agency Anadolu said about 390 PKK fighters were killed and 400 wounded "
     "(150 seriously) in two weeks of Turkish air strikes on rebel bases in northern Iraq, among them four PKK leaders and "
     "about 30 female fighters ('نحو 390' -> 390 about; 'information that cannot be verified', a party's state agency -> "
     "claimed, as the spent alwatan-1057 row of the same wire; the 'war on terror' launched 24 July -> 24 July, precision 3; "
     "northern Iraq, no place -> location empty, IQ; the 'dozens of strikes' on the rebels folded). Not coded: Turkey "
     "struck ISIS 'only three times' (no place, day or country, as the spent alwatan-1057 decision), Demirtas's call for "
     "an end to violence and talks (statement)"),
    (AW104, "واصل من جهته شن هجمات", "أنّ حزب العمال الكردستاني واصل من جهته شن هجمات على قوات الأمن التركية",
     BAT, CLASH, PKK, PFT, "", "TR", "2015-07-24", "3", "20", "about",
     "Turkish official sources (via Asharq Al-Awsat)", "reported",
     "aggregate: the PKK continued its attacks on the Turkish security forces, about 20 of whose members have been killed "
     "'since the new spiral of violence broke out' ('نحو 20' -> 20 about; the text's only start date is Turkey's 24 July "
     "'war on terror' -> 24 July, precision 3, alternative 20 July (Suruc) from the spent aggregates; 'قوات الأمن' -> "
     "Police Forces of Turkey, as the spent aggregates; no place -> location empty; alternative claimed, a party's "
     "officials)"),
    (AW104, "هجوما وقع مساء السبت", "أن هجوما وقع مساء السبت - الأحد في مدينة مديات",
     BAT, CLASH, PKK, PFT, "Midyat, Mardin", "TR", "2015-08-08", "2", "1", "exact",
     "Dogan news agency (via Asharq Al-Awsat)", "reported",
     "an attack on the evening/night of Saturday to Sunday (DCT Sunday 9 August -> Saturday 8 August, precision 2, as the "
     "spent alwatan-1057 Midyat row of the same event) in the town of Midyat, Mardin province, attributed to the PKK "
     "('نسب إلى' -> actor1 PKK, attribution in the note), killed a policeman and wounded another (the victims are police "
     "-> Police Forces of Turkey; the spent row had Military Forces of Turkey because its text named an army post first)"),
    (AW104, "مقتل ستة أشخاص في مواجهات", "في أعقاب مقتل ستة أشخاص في مواجهات بين قوات الأمن ومقاتلين",
     BAT, CLASH, UAG, PFT, "Silopi", "TR", "2015-08-08", "2", "6", "exact",
     "Asharq Al-Awsat", "reported",
     "background: Demirtas spoke 'yesterday' (Saturday 8 August) after six people were killed in confrontations between "
     "the security forces and fighters in the Kurdish town of Silopi, south-east Turkey (on or just before the Saturday -> "
     "8 August, precision 2; the fighters are not named in the sentence -> Unidentified armed group, alternative PKK from "
     "the article's frame; 'قوات الأمن' -> Police Forces of Turkey; 'ستة' -> 6 exact)"),
    (WT2160, "زرع الألغام في عدد من الأحياء السكنية", "عمدت قبيل انسحابها من عدن إلى زرع الألغام في عدد من الأحياء السكنية",
     ERV, IED, HOU, CYE, "Aden", "YE", "2015-08-06", "3", "", "",
     W2160SRC + "; Al Watan (title)", "reported",
     "aggregate: before withdrawing from Aden the Houthi militias (and Saleh's forces) planted landmines in several "
     "residential districts, among them al-Arish and the crowded Dar Saad, which later killed or wounded 'many' innocent "
     "civilians (the title states the mine-laying as fact -> reported, alternative claimed, the spokesman 'accused'; "
     "'كثير من' -> fatalities empty; the neighbourhoods folded into one Aden row; undated -> DCT, precision 3; as the spent "
     "almadina-644 Zinjibar landmine row). Not coded: the mines and bombs planted in al-Hawtah (no explosion or victim "
     "stated), the activist al-Sulaimani's 'war crime' statement, the coalition's gift of mine-sweepers, the combing of "
     "Basatin al-Husseini and the al-Anad triangle (ongoing clearance, generic)"),
    (WT2160, "انسحابها من عدن", "أن الميليشيات عمدت قبيل انسحابها من عدن",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-08-06", "3", "", "",
     W2160SRC, "reported",
     "background: the Houthi militias and Saleh's forces withdrew recently ('أخيراً') from Aden under the blows of the "
     "popular resistance, the national army loyal to the legitimacy and the Arab coalition (first-named -> Yemeni "
     "Resistance, as the spent Aden liberation rows; no day -> DCT, precision 3; the lead's 'the cities of al-Hawtah and "
     "Aden, before its withdrawal' -> two places, two rows)"),
    (WT2160, "قبل انسحابها أخيراً", "في مدينتي الحوطة وعدن، قبل انسحابها أخيراً",
     BAT, GRT, RES, HOU, "Al Hawtah, Lahij", "YE", "2015-08-06", "3", "", "",
     W2160SRC, "reported",
     "background: the recent withdrawal of the Houthis and Saleh's forces from the city of al-Hawtah (capital of Lahij) "
     "under the blows of the popular resistance, the army and the coalition (own place -> own row; 'Al Hawtah, Lahij' as "
     "the spent aawsat-272 row; no day -> DCT, precision 3)"),
    (WT2160, "تمت إزالتها", "وكانت مئات من الألغام التي زرعها المتمردون قد تمت إزالتها من قبل الجيش الوطني",
     SD, DWU, MFY, HOU, "Al Hawtah, Lahij", "YE", "2015-08-05", "2", "", "",
     W2160SRC, "reported",
     "borderline: hundreds of mines planted by the rebels were removed by the national army and the popular resistance "
     "'during the past two days' (DCT 6 August -> 5 August, precision 2; the paragraph's city, where the de-miners comb the "
     "districts, is al-Hawtah -> 'Al Hawtah, Lahij'; mine clearance -> Strategic developments/Disrupted weapons use; army "
     "named first -> Military Forces of Yemen, as the spent okaz-1280 row; alternative not coded, as the spent alwatan-768 "
     "generic, undated de-mining)"),
    (WT2160, "سلسلة هجمات مُتعددة", "حيث نفذت سلسلة هجمات مُتعددة على مواقعهم في المحافظة",
     BAT, CLASH, RES, HOU, "Al Bayda", "YE", "2015-08-06", "2", "9", "about",
     "Al Watan", "reported",
     "the popular resistance in al-Bayda governorate widened its attacks on the rebels: a series of attacks on their "
     "positions (a supply base for their militias in Abyan and Shabwa), on the 'Jahri' security checkpoint and on rebel "
     "positions on the Nasas and Kreif mountains, destroying vehicles and killing about nine rebels ('نحو تسعة' -> 9 about; "
     "one toll for the named targets -> one row at governorate level, as the spent alweeam-1164 Taiz row; no day -> DCT, "
     "precision 2)"),
    (WT2160, "المعارك مستمرة بين الطرفين", "لا تزال فيه المعارك مستمرة بين الطرفين في جبال هرمز والحمة",
     BAT, CLASH, RES, HOU, "Dhi Naim, Al Bayda", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "the battles between the two sides (resistance and rebels) still go on in the Hormuz and al-Hamma mountains, Dhi "
     "Na'im district (al-Bayda) (ongoing -> DCT, precision 2; the two mountains of one district -> one row at district "
     "level)"),
    (WT2160, "سوداء غراب", "كما سيطر مقاتلو المقاومة على موقعي سوداء غراب والأجردي",
     BAT, GRT, RES, HOU, "Sawda Ghurab", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "the resistance fighters took the Sawda Ghurab site and 'liberated' it from the rebels (in the Dhi Na'im/al-Bayda "
     "paragraph, no governorate in the sentence -> the site name only; two sites -> two rows; no day -> DCT, precision 2)"),
    (WT2160, "والأجردي", "كما سيطر مقاتلو المقاومة على موقعي سوداء غراب والأجردي",
     BAT, GRT, RES, HOU, "Al Ajradi", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "second site of the same sentence: the resistance took al-Ajradi from the rebels (see the Sawda Ghurab row)"),
    (WT2160, "فقدت ميليشيات الحوثي وصالح سيطرتها", "وفي محافظة مأرب فقدت ميليشيات الحوثي وصالح سيطرتها على منطقة المخدرة",
     BAT, GRT, RES, HOU, "Al Makhdarah, Marib", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "in Marib governorate the Houthi and Saleh militias lost control of the strategic al-Makhdara area after a surprise "
     "attack by popular-resistance fighters and local tribesmen ('Al Makhdarah, Marib' as the spent 3alyoum-44 row; "
     "tribesmen with the resistance -> Yemeni Resistance; no day -> DCT, precision 2)"),
    (WT2160, "غارتين نفذتهما طائرات التحالف", "عقب غارتين نفذتهما طائرات التحالف",
     ERV, AIR, COAL, HOU, "Al Makhdarah, Marib", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "the resistance's attack on al-Makhdara followed two air strikes by the coalition's aircraft (on the Houthi/Saleh "
     "positions there; a different actor and event type -> own row; same place; no day -> DCT, precision 2)"),
    (WT2160, "تبادل الطرفان عمليات قصف مدفعي", "كما تبادل الطرفان عمليات قصف مدفعي في جبهة الجفينة",
     ERV, SHELL, RES, HOU, "Al Jufaynah, Marib", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "the two sides exchanged artillery fire on the al-Jufayna front south-west of the governorate (Marib) (mutual shelling "
     "-> one row, actor order arbitrary: resistance first as in the paragraph; 'Al Jufaynah, Marib' as the spent 3alyoum-44 "
     "row; no day -> DCT, precision 2). Not coded: the meeting in al-Said district (Shabwa) of resistance, tribal and "
     "Southern Movement leaders agreeing to mobilise fighters and calling on dismissed soldiers to join (a meeting, no "
     "violence)"),
    (WT2160, "مواجهات اندلعت يوم أول من أمس", "أن مواجهات اندلعت يوم أول من أمس في مناطق القلعة والمحفد",
     BAT, CLASH, RES, HOU, "Al Qalah", "YE", "2015-08-04", "1", "", "",
     "Mubarak Baras al-Awlaqi, Popular Resistance spokesman in Shabwa (to Al Watan)", "claimed",
     "confrontations broke out 'the day before yesterday' (DCT Thursday 6 August -> 4 August) in the al-Qal'a and al-Mahfad "
     "areas after the rebels tried to send a large military convoy (tanks, troop carriers, vehicles, short-range rocket "
     "launchers) to reinforce the Lawdar front in Abyan; local tribesmen and resistance fighters attacked the convoy with "
     "hit-and-run raids (attackers -> actor1 Yemeni Resistance; two named areas -> two rows; a party's spokesman only -> "
     "claimed; no governorate for al-Qal'a in the text -> the area name only)"),
    (WT2160, "والمحفد", "في مناطق القلعة والمحفد عقب محاولة",
     BAT, CLASH, RES, HOU, "Al Mahfad", "YE", "2015-08-04", "1", "", "",
     "Mubarak Baras al-Awlaqi, Popular Resistance spokesman in Shabwa (to Al Watan)", "claimed",
     "second area of the same convoy confrontations of 4 August: al-Mahfad (see the al-Qal'a row)"),
    # ---- set b (no text filter) ----
    (WT1033, "اقتحمت المقاومة الشعبية مبنى الأمن السياسي", "اقتحمت المقاومة الشعبية مبنى الأمن السياسي في المدينة",
     BAT, GRT, RES, HOU, "Political Security Building, Taiz", "YE", "2015-08-07", "2", "", "",
     "Al Watan", "reported",
     "the title's news: the popular resistance stormed the Political Security building in the city (Taiz, the title) and "
     "freed a number of resistance prisoners held there by the putschists (storming and taking an enemy-held building -> "
     "Government regains territory, alternative Armed clash; the prisoners' release folded; no day -> DCT, precision 2)"),
    (WT1033, "مواجهات عنيفة دارت في جبهات", "وأشار المركز الإعلامي للمقاومة إلى أن مواجهات عنيفة دارت في جبهات",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-08-07", "2", "16", "exact",
     "media centre of the Popular Resistance (via Al Watan)", "claimed",
     "the resistance's media centre: violent confrontations on the Kalaba, Hawd al-Ashraf and al-Arbaeen Street fronts and "
     "similar clashes around the intelligence headquarters in the Sina area killed 16 rebels and wounded 20 (one toll for "
     "the named fronts -> one row at city level, as the spent alweeam-1164 Taiz row; a party's media centre -> claimed; no "
     "day -> DCT, precision 2). Folded: the next paragraph's violent clashes in north-east Taiz (al-Arbaeen Street, north "
     "Usayfira, Jabal al-Wahsh; same city, same days, alternative own rows per place), the Houthi fighters who slipped out "
     "of the city and were given safe exit (not an ACLED event)"),
    (WT1033, "قصف الأحياء السكنية بالمدينة", "تستخدم الأسلحة الثقيلة في المواجهات وفي قصف الأحياء السكنية بالمدينة",
     ERV, SHELL, HOU, CYE, "Taiz", "YE", "2015-08-07", "2", "", "",
     "military sources (via Al Watan)", "reported",
     "military sources: the militias use heavy weapons in the confrontations and in shelling the city's residential "
     "districts (ongoing, present tense -> DCT, precision 2; residential districts -> Civilians (Yemen), as the spent Taiz "
     "shelling rows; no casualties stated)"),
    (WT1033, "شارع الستين", "كما دارت اشتباكات عنيفة في شارع الستين أقصى شمال تعز",
     BAT, CLASH, RES, HOU, "Al Sittin Street, Taiz", "YE", "2015-08-07", "2", "", "",
     "military sources (via Al Watan)", "reported",
     "violent clashes on Sixty Street, in the far north of Taiz towards al-Mikhlaf and Sharab (a named place outside the "
     "media centre's fronts -> own row; 'Al Sittin Street, Taiz' as the spent aawsat-157 row; sides not named in the "
     "sentence, the article's resistance vs Houthis; no day -> DCT, precision 2)"),
    (WT1033, "بادرت بالاشتباك مع الانقلابيين", "مشيرة إلى أن عناصرها بادرت بالاشتباك مع الانقلابيين قبل دخولهم المحافظة",
     BAT, CLASH, RES, HOU, "", "YE", "2015-08-07", "2", "", "",
     "Popular Resistance (via Al Watan)", "claimed",
     "the popular resistance said it spotted military vehicles returning from Lahij towards the Houthi positions in Taiz "
     "and that its members engaged the putschists before they entered the governorate, inflicting heavy losses in lives "
     "and property ('خسائر كبيرة' -> fatalities empty; on the way from Lahij, before Taiz governorate -> no named place, "
     "location empty, alternative 'Taiz'; the resistance's own account -> claimed; no day -> DCT, precision 2)"),
    (WT1033, "عثورها على مخازن للألغام", "كشفت قيادة المقاومة الشعبية عن عثورها على مخازن للألغام في جبل صبر",
     SD, DWU, RES, HOU, "Jabal Sabir, Taiz", "YE", "2015-08-07", "2", "", "",
     "Popular Resistance command (statement, via Al Watan)", "claimed",
     "the popular resistance command said in a statement that it found mine stores on Jabal Sabir, 30 barrels of Iranian-"
     "made mines, 'enough to mine the whole governorate' (seizure of an enemy weapons cache -> Strategic developments/"
     "Disrupted weapons use, as the spent okaz-1280 seizure row; the holder implied: the Houthis; the party's statement "
     "-> claimed; no day -> DCT, precision 2)"),
    (WT1033, "الغارات التي شنتها المقاتلات", "وأشار المتحدث باسم المقاومة في أبين محمد عقيل بأن الغارات التي شنتها المقاتلات",
     ERV, AIR, COAL, HOU, "Abyan", "YE", "2015-08-06", "2", "80", "at_least",
     "Mohammed Aqil, Popular Resistance spokesman in Abyan (via Al Watan)", "claimed",
     "the resistance spokesman in Abyan: the coalition fighter jets' raids 'during the past two days' killed more than 80 "
     "rebels and wounded 120, and dozens were forced to surrender ('أكثر من 80' -> 80 at_least; past two days -> DCT-1 = 6 "
     "August, precision 2, as the spent aawsat-72 'last two days' row; the spokesman's figure -> claimed). Folded: field "
     "sources' report that dozens of Houthis and Saleh's forces fled the camp and positions of the 15th Brigade (in "
     "Zinjibar and Shuqrah), now empty, forced out by the coalition raids (no one is said to enter -> no territory row, "
     "alternative Government regains territory, Zinjibar); the camp lies in two named towns -> governorate 'Abyan'; "
     "the 'violent confrontations' that Abyan is seeing (generic)"),
    (WT1033, "هاجمت أمس مواقع المقاومة", "وكانت قوات تابعة للانقلابيين هاجمت أمس مواقع المقاومة في جبهتي زنجبار",
     BAT, CLASH, HOU, RES, "Zinjibar, Abyan", "YE", "2015-08-06", "1", "", "",
     "Al Watan", "reported",
     "'yesterday' (DCT Friday 7 August -> 6 August) forces of the putschists attacked the resistance positions on the "
     "Zinjibar and Central Region fronts in Abyan; the revolutionaries repelled the attack and forced them back (attacker "
     "-> actor1 Houthis; two named fronts -> two rows)"),
    (WT1033, "والمنطقة الوسطى", "في جبهتي زنجبار والمنطقة الوسطى في أبين",
     BAT, CLASH, HOU, RES, "Central Region, Abyan", "YE", "2015-08-06", "1", "", "",
     "Al Watan", "reported",
     "second front of the same repelled attack of 6 August: the 'Central Region' (المنطقة الوسطى) of Abyan (see the "
     "Zinjibar row)"),
    (OK1461, "تحرير عدن", "في ضوء التطورات الإيجابية التي حدثت في اليمن بعد تحرير عدن وعدد من المدن اليمنية",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-08-10", "3", "", "",
     "Fahim al-Hamid (Okaz column)", "reported",
     "background (opinion column on Foreign Minister al-Jubeir's European tour): the 'positive developments in Yemen after "
     "the liberation of Aden and a number of Yemeni cities' (the liberator not named -> Yemeni Resistance vs Houthis, as "
     "the spent Aden liberation rows; no day -> DCT, precision 3; the unnamed 'number of cities' generic, not coded). "
     "Not coded: the diplomatic tour of Italy, Germany and Russia (visits), the fight against ISIS and Iran's interference "
     "(generic)"),
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
