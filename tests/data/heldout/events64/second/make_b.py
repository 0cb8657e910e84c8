"""Bookkeeping helper for annotator B of the events64 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events62/second/make_b.py.
Run: python3 /work/fresh/cur40/events64/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 64 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2912/2913, drawn at the start of stop 40, main 74be73d, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2912).shuffle, walked in order; (b) 10 with no text filter: random.Random(2913).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, almadina 3, alriyadh 2, alweeam 1, okaz 1; b: alweeam 2, alyaum 2, 3alyoum 1, aawsat 1, almadina 1, alriyadh 1, okaz 1, sabq 1).
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
CLASH = "Armed clash"
GRT = "Government regains territory"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
ATT = "Attack"
ARR = "Arrests"
UAG = "Unidentified armed group"
IS = "Islamic State"
YR = "Yemeni Resistance"
HOU = "Houthis"
CYE = "Civilians (Yemen)"
SLC = "Saudi-led coalition"
MFT = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
MFE = "Military Forces of Egypt"
RY571 = "SN-alriyadh-20150809-571"
MD595 = "SN-almadina-20150727-595"
AW142 = "SN-aawsat-20150809-142"
WM944 = "SN-alweeam-20150803-944"
OK1428 = "SN-okaz-20150807-1428"
AW17 = "SN-aawsat-20150723-17"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RY571, "تفجير استهدف تجمعا", "بعد تفجير استهدف تجمعا للشباب المؤيد للأكراد في بلدة سوروج",
     ERV, IED, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-01", "3", "32", "exact",
     "Al Riyadh (Turkish authorities for the attribution)", "reported",
     "background (the news is German FM Steinmeier's warning to Turkey, diplomatic, not coded): relations between the "
     "Kurds and the Turkish government grew tense 'late last month' after a bombing that targeted a gathering of "
     "pro-Kurdish youth in the town of Suruc, south-eastern Turkey, killing 32; the Turkish authorities held ISIS "
     "responsible ('حملت السلطات التركية تنظيم داعش مسؤولية' -> Islamic State, as the spent Suruc rows); the text says "
     "only 'تفجير' -> Remote explosive/landmine/IED (alternative Suicide bomb, as the spent Suruc rows whose texts said "
     "suicide); 'أواخر الشهر الماضي' (DCT 9 August -> late July): month known -> 1 July, precision 3 by the "
     "convention (the real day, 20 July, is not in the text; alternative a late-July date with precision 2); 32 exact"),
    (RY571, "على قتل اثنين من رجال الشرطة", "إقدام عناصر حزب العمال الكردستاني على قتل اثنين من رجال الشرطة التركية في سوروج",
     BAT, CLASH, PKK, "Police Forces of Turkey", "Suruc", "TR", "2015-07-01", "3", "2", "exact",
     "Al Riyadh", "reported",
     "background: PKK members killed two Turkish policemen in Suruc after the bombing (the text places it in Suruc; "
     "PKK attack on police -> Battles/Armed clash, PKK vs Police Forces of Turkey, as the spent PKK-on-police rows, "
     "alternative VAC/Attack; after the late-July bombing, no day -> 1 July, precision 3; 'اثنين' -> 2 exact)"),
    (RY571, "شنت الحكومة عدة غارات جوية", "شنت الحكومة عدة غارات جوية مستهدفة مقاتلي داعش في شمالي سورية",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-01", "3", "", "",
     "Al Riyadh", "reported",
     "background: after the PKK killing of the two policemen the Turkish government launched several air strikes on "
     "ISIS fighters in northern Syria (air strikes -> Military Forces of Turkey; two targets in two countries -> two "
     "rows, as the spent PKK/ISIS splits; 'شمالي سورية', no place -> location empty, SY; late July, no day -> 1 July, "
     "precision 3; no toll)"),
    (RY571, "وكذلك حزب العمال الكردستاني في شمالي العراق", "مقاتلي داعش في شمالي سورية وكذلك حزب العمال الكردستاني في شمالي العراق",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-01", "3", "", "",
     "Al Riyadh", "reported",
     "background: the same wave of Turkish air strikes, second target: the PKK in northern Iraq (own row; only northern "
     "Iraq named -> IQ, location empty; 1 July, precision 3). Not coded: Steinmeier's warning and remarks (diplomatic "
     "commentary), the June elections (HDP 13.1%), the 1990s clashes (too old)"),
    (MD595, "الوهط", "يسيطران على بلدتي الوهط وصبر بلحج",
     BAT, GRT, YR, HOU, "Al Waht", "YE", "2015-07-26", "1", "38", "about",
     "a source (via Al Madina)", "reported",
     "the title's news: the popular resistance and the army took control 'yesterday Sunday' (DCT Monday 27 July -> 26 "
     "July, precision 1) of two towns of Lahj governorate north of Aden, al-Waht and Sabr, after two days of battles "
     "(the battles and the lead's 'السيطرة على بلدتين' folded; resistance and pro-Hadi army -> Yemeni Resistance, as "
     "the spent pro-legitimacy rows; one location per row -> al-Waht here, Sabr its own row); the toll of the two "
     "days, about 30 Houthi and Saleh gunmen plus eight of the resistance, is given once for both towns -> about 38 on "
     "this first-named row only (alternative: split or 30 about); the Houthi remnants' withdrawal to al-Hawta folded"),
    (MD595, "وصبر", "يسيطران على بلدتي الوهط وصبر بلحج",
     BAT, GRT, YR, HOU, "Sabr", "YE", "2015-07-26", "1", "", "",
     "a source (via Al Madina)", "reported",
     "the same capture, second named town: Sabr, Lahj governorate (own row, one location per row; 26 July, "
     "precision 1; the joint toll is on the al-Waht row)"),
    (MD595, "معارك محدودة", "وتحدثت مصادر أخرى عن معارك محدودة بين الحوثيين والمقاومة في منطقتي الفيوش وجعولا",
     BAT, CLASH, YR, HOU, "Al Fayush", "YE", "2015-07-27", "2", "", "",
     "other sources (via Al Madina)", "reported",
     "other sources: limited battles between the Houthis and the resistance in the areas of al-Fayush and Ja'wala at "
     "the northern entrance of Aden, the resistance seeking to clear them of a light Houthi presence (ongoing, no day "
     "-> DCT, precision 2; one location per row -> al-Fayush here, Ja'wala its own row; no toll)"),
    (MD595, "وجعولا", "في منطقتي الفيوش وجعولا في المدخل الشمالي لمدينة عدن",
     BAT, CLASH, YR, HOU, "Jaawalah", "YE", "2015-07-27", "2", "", "",
     "other sources (via Al Madina)", "reported",
     "the same limited battles, second named area: Ja'wala at the northern entrance of Aden (own row; DCT, "
     "precision 2). The later mention of Houthi groups leaving Aden from al-Madina al-Khadra and Ja'wala toward "
     "al-Anad is a withdrawal (not coded)"),
    (MD595, "من تحرير مدينة عدن", "وتمكنت المقاومة والجيش الأسبوع الماضي من تحرير مدينة عدن الإستراتيجية",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-20", "2", "", "",
     "Al Madina", "reported",
     "background: 'last week' the resistance and the army liberated the strategic city of Aden after more than three "
     "months of fierce battles ('last week' -> DCT 27 July - 7 = 20 July, precision 2, as the spent alriyadh-969 "
     "Aden row; the three months of battles are the same campaign, older start, not separately coded)"),
    (MD595, "تفرض حصارا خانقًا", "تفرض حصارا خانقًا على مليشيا الحوثي وقوات المخلوع صالح بقاعدة العند الجوية",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-07-27", "2", "", "",
     "a military source at al-Anad air base (to Al Madina)", "reported",
     "a military source at al-Anad: the popular resistance and the pro-legitimacy army impose a tight siege on the "
     "Houthi militia and Saleh's forces (Republican Guard, Central Security) in al-Anad air base, cut off from "
     "supplies and leaderless; the clearing of the base expected 'within hours' (a siege of an enemy position in an "
     "ongoing battle -> Battles/Armed clash, alternative not coded (no fighting stated) or a planned GRT row for the "
     "expected clearing, not coded; present tense, no day -> DCT, precision 2)"),
    (MD595, "تقوم بقصف منازل المواطنين", "وبيّن أن مليشيا الحوثي تقوم بقصف منازل المواطنين في دار سعد",
     ERV, SHELL, HOU, CYE, "Dar Saad, Aden", "YE", "2015-07-27", "2", "", "",
     "a military source at al-Anad air base (to Al Madina)", "reported",
     "the same source: the Houthi militia is shelling citizens' homes in Dar Saad (Aden) with Katyusha rockets placed "
     "among trees to hide the launch site (shelling of homes -> Shelling, Houthis vs Civilians (Yemen); present "
     "tense, no day -> DCT, precision 2; no toll). Not coded: the coalition's humanitarian truce announced on "
     "Saturday from midnight Sunday to Friday (mentioned in passing, not the article's news; alternative a Statement "
     "row as the spent aawsat-91, where it was the news), the Houthi spokesman's denial of the tweet attributed to "
     "Abdulmalik al-Houthi (a denial about a statement)"),
    (AW142, "احتدام المعارك في تعز", "احتدام المعارك في تعز.. والمتمردون",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-09", "2", "", "",
     "Al Sharq Al Awsat", "reported",
     "the title's news: the fighting intensifies between the pro-legitimacy resistance and the Houthis and Saleh "
     "loyalists in the city of Taiz (the lead's 'تحتدم المعارك' and 'تشتد المواجهات' are the same battle -> one "
     "city-level row; present tense, no day -> DCT, precision 2; no toll for the fighting). The captures west of "
     "Taiz (Jabal Sabr, al-Dabab) and the al-Ta'iziyah patrol are own rows (named places)"),
    (AW142, "يقصفون أحياء سكنية", "والمتمردون يقصفون أحياء سكنية",
     ERV, SHELL, HOU, CYE, "Taiz", "YE", "2015-08-09", "2", "5", "exact",
     "local sources (to Al Sharq Al Awsat)", "reported",
     "the title's second news: the rebel militias shelled several residential districts of Taiz (Bab Musa, al-Rawda, "
     "al-Jumhuri), civilians and public markets; the Houthi and Saleh artillery left five dead and dozens wounded, "
     "one shell falling in al-Bab al-Kabir (several neighbourhoods, one toll -> one city-level row, as the spent "
     "aawsat-72 Taiz shelling row; Houthis vs Civilians (Yemen); no day -> DCT, precision 2; 'خمسة قتلى' -> 5 exact; "
     "'dozens wounded' not coded as a number)"),
    (AW142, "جبل صبر", "تمكنوا من السيطرة على عدد من المواقع في جبل صبر ومنطقة الضباب",
     BAT, GRT, YR, HOU, "Jabal Sabr", "YE", "2015-08-09", "2", "", "",
     "informed sources (to Al Sharq Al Awsat)", "reported",
     "informed sources: the resistance fighters took a number of positions in Jabal Sabr and the al-Dabab area, west "
     "of Taiz, areas the Houthis had held (pro-legitimacy resistance retaking ground -> Government regains territory, "
     "as the spent rows; one location per row -> Jabal Sabr here, al-Dabab its own row; the cut Houthi supply road "
     "folded; no day -> DCT, precision 2)"),
    (AW142, "ومنطقة الضباب", "المواقع في جبل صبر ومنطقة الضباب، بغرب تعز",
     BAT, GRT, YR, HOU, "Al Dabab", "YE", "2015-08-09", "2", "", "",
     "informed sources (to Al Sharq Al Awsat)", "reported",
     "the same capture of positions, second named area: al-Dabab, west of Taiz (own row; DCT, precision 2)"),
    (AW142, "استدراج دورية عسكرية", "استطاعت في مديرية التعزية، استدراج دورية عسكرية تابع للحوثيين",
     BAT, CLASH, YR, HOU, "Al Taiziyah", "YE", "2015-08-09", "2", "", "",
     "informed sources (to Al Sharq Al Awsat)", "reported",
     "the resistance in al-Ta'iziyah district (Taiz) lured a Houthi military patrol, took its equipment and captured "
     "its members (an armed group seizing enemy fighters -> Battles/Armed clash, as the spent Division 30 rows; "
     "no day -> DCT, precision 2; no toll)"),
    (AW142, "انتصارات في عدد من المواقع", "حققت المقاومة الشعبية المسنودة من الجيش الوطني الموالي للرئيس عبد ربه منصور هادي، انتصارات في عدد من المواقع",
     BAT, GRT, YR, HOU, "Marib", "YE", "2015-08-09", "2", "", "",
     "Al Sharq Al Awsat", "reported",
     "in Marib governorate the popular resistance backed by the pro-Hadi army won victories at several positions and "
     "fronts against the Houthi and Saleh militias; later 'relative calm yesterday' and 'the resistance's control of "
     "several positions the Houthis and Saleh loyalists held' -> the same gains, one row (Government regains "
     "territory, alternative Armed clash; governorate-level -> 'Marib'; no day -> DCT, precision 2). Not coded: the "
     "chief of staff's and governor's visit to the units (visit), the expected coalition land operation "
     "(speculation), sheikh Naser al-Ajji's statements (commentary; the monitoring of Houthi moves on the al-Bayda "
     "border is generic)"),
    (AW142, "بالجفينة", "ثلاث غارات على مواقع للحوثيين بالجفينة",
     ERV, AIR, SLC, HOU, "Al Jufaynah", "YE", "2015-08-07", "1", "", "",
     "Al Sharq Al Awsat", "reported",
     "coalition aircraft continued their raids on Houthi and Saleh military sites, the latest six raids 'the evening "
     "of the day before yesterday' (DCT Sunday 9 August -> 7 August, precision 1): three on Houthi positions in "
     "al-Jufaina (one location per row; the continuing campaign folded into these rows; Saudi-led coalition vs "
     "Houthis; no toll)"),
    (AW142, "بالمخدرة", "وثلاث أخرى على مواقع للحوثيين بالمخدرة شمال غربي مأرب",
     ERV, AIR, SLC, HOU, "Al Makhdarah", "YE", "2015-08-07", "1", "", "",
     "Al Sharq Al Awsat", "reported",
     "the same six raids, the other three on Houthi positions in al-Mukhaddara north-west of Marib (own row; 7 "
     "August, precision 1)"),
    (AW142, "اغتيال أحد الأهالي", "شهدت محافظة حجة، التابعة لإقليم تهامة، اغتيال أحد الأهالي",
     VAC, ATT, HOU, CYE, "Hajjah", "YE", "2015-08-08", "2", "1", "exact",
     "Al Sharq Al Awsat; eyewitnesses", "reported",
     "Hajjah governorate: the Houthi gunmen assassinated a local resident, Mohammed Wabel, shooting him as he rode home "
     "on his motorcycle, causing great anger among the people, Houthi loyalists included ('جريمة الاغتيال' later is "
     "the same event; the district's name 'بمين' is unclear -> governorate 'Hajjah'); the notables met 'yesterday' "
     "(8 August) 'after the crime' -> 8 August, precision 2 (on or just before that day); 1 exact. The notables' "
     "meeting is not coded"),
    (AW142, "نفذت كمينًا", "المقاومة الشعبية التهامية نفذت كمينًا استهدف دورية خاصة بالمسلحين الحوثيين",
     BAT, CLASH, YR, HOU, "Abu Dawar", "YE", "2015-08-08", "1", "", "",
     "eyewitnesses (to Al Sharq Al Awsat)", "reported",
     "eyewitnesses: the Tihama popular resistance ambushed a Houthi patrol and a saloon car of theirs below the Abu "
     "Dawar area in Hajjah governorate 'yesterday morning' (DCT 9 August -> 8 August, precision 1), amid reports of "
     "dead and wounded (vague -> fatalities empty; Tihama resistance -> Yemeni Resistance)"),
    (WM944, "للنيران يوم الجمعة", "ونشرتها في شمال سوريا للنيران يوم الجمعة من متشددين آخرين",
     BAT, CLASH, UAG, "Syrian rebels", "", "SY", "2015-07-31", "1", "", "",
     "US officials (via Al Weeam)", "reported",
     "background to the news: the first batch of the forces trained and deployed by the US in northern Syria came "
     "under fire on Friday (DCT Monday 3 August -> 31 July, precision 1) from 'other extremists' (attackers not "
     "named -> Unidentified armed group; US-trained opposition fighters -> Syrian rebels; northern Syria -> location "
     "empty; as the spent events alriyadh-566 row of the same report)"),
    (WM944, "أول غارات جوية معروفة", "مما أدى إلى شن الولايات المتحدة أول غارات جوية معروفة لمساندة تلك القوات",
     ERV, AIR, "Military Forces of the United States", UAG, "", "SY", "2015-07-31", "1", "", "",
     "US officials; NSC spokesman Alistair Baskey (via Al Weeam)", "reported",
     "the Friday attack led the US to launch its first known air strikes in support of those forces; Baskey points to "
     "'the air strikes the US launched on Friday' (same event -> one row; Friday stated -> 31 July, precision 1; "
     "against the unnamed attackers -> Unidentified armed group; location empty). Not coded: the title's news, the "
     "decision by Obama, reported by anonymous officials, to allow air strikes to defend the US-trained fighters even "
     "against Assad's forces (a policy decision not officially announced; the Pentagon and White House declined to "
     "confirm; alternative a Statement row, not taken as in the spent alriyadh-566), coalition strikes on ISIS in "
     "Syria (generic)"),
    (OK1428, "استمرار عمليات المقاومة الشعبية في الحديدة", "كما أكد الوجيه استمرار عمليات المقاومة الشعبية في الحديدة ضد ميليشيات جماعة الحوثي",
     BAT, CLASH, YR, HOU, "Hodeidah", "YE", "2015-08-07", "3", "", "",
     "former Hodeidah governor Sakhr al-Wajih (to Okaz)", "claimed",
     "aggregate: the former governor says the popular resistance in Hodeidah continues its operations against the "
     "Houthi militias, surprise 'qualitative' attacks still targeting the militia's checkpoints and the gathering "
     "places of its supporters (one row for the series; only his assertion -> claimed; ongoing, no start -> DCT, "
     "precision 3; no toll; borderline, alternative: not coded, a generic description)"),
    (OK1428, "لا تزال تعتقل العشرات", "وأوضح الوجيه أن جماعة الحوثي لا تزال تعتقل العشرات من الصحفيين",
     SD, ARR, HOU, CYE, "Hodeidah", "YE", "2015-08-07", "3", "", "",
     "former Hodeidah governor Sakhr al-Wajih (to Okaz)", "claimed",
     "aggregate: the Houthis still hold dozens of journalists and social activists in Hodeidah governorate, about 100 "
     "detainees in total by his estimate (de facto authority detaining civilians -> Arrests, Houthis vs Civilians "
     "(Yemen); his assertion -> claimed; ongoing, no dates -> DCT, precision 3). Not coded: the Houthis' seizure of "
     "relief supplies and state resources (a general accusation about all of Yemen, the article's argument; "
     "alternative an aggregate Looting/property destruction row), 'terrorising the population by killing, abduction "
     "and detention' (generic), the diversion of aid ships to Aden (humanitarian)"),
    (AW17, "انفجار عبوة ناسفة", "مقتل ضابط و3 جنود بالجيش المصري في انفجار عبوة ناسفة بسيناء",
     ERV, IED, UAG, MFE, "Rafah", "EG", "2015-07-23", "2", "4", "exact",
     "Egyptian armed forces spokesman Brig. Gen. Ahmed Samir (via Al Sharq Al Awsat)", "reported",
     "the title's news: an officer and 3 soldiers of the Egyptian army killed and 3 wounded by an explosive device "
     "planted by 'terrorist elements' while army forces were combing an area of the city of Rafah, North Sinai (the "
     "lead's mention is the same event; the combing folded; perpetrators unnamed -> Unidentified armed group "
     "(Ansar Beit al-Maqdis is named only as generally responsible); a breaking report with no day -> DCT, "
     "precision 2; 1 + 3 -> 4 exact)"),
    (AW17, "بالهجوم على عدد من الكمائن", "بالهجوم على عدد من الكمائن للجيش المصري بمدينتي رفح والشيح زويد",
     BAT, CLASH, IS, MFE, "Rafah", "EG", "2015-07-01", "1", "117", "at_least",
     "Al Sharq Al Awsat", "reported",
     "background: the group's last attack, 'on 1 July' (precision 1), on a number of army checkpoints in the cities of "
     "Rafah and Sheikh Zuweid, North Sinai, killing 17 members of the armed forces, 4 officers among them, and more "
     "than a hundred of the militants (the group = Ansar Beit al-Maqdis, now 'Wilayat Sinai' pledged to ISIS -> "
     "Islamic State, as the spent Sinai rows; armed attack on army posts -> Armed clash; one location per row -> "
     "Rafah (first named) here, Sheikh Zuweid its own row; the single toll 17 + 'more than 100' -> 117 at_least, "
     "put on this first-named row only, alternative 17 exact)"),
    (AW17, "والشيح زويد", "بمدينتي رفح والشيح زويد، في شمال سيناء",
     BAT, CLASH, IS, MFE, "Sheikh Zuweid", "EG", "2015-07-01", "1", "", "",
     "Al Sharq Al Awsat", "reported",
     "background: the same 1 July attack on army checkpoints, second named city: Sheikh Zuweid (the text spells "
     "'الشيح زويد'; own row; the toll is on the Rafah row). Not coded: 'the many attacks against army and police in "
     "Sinai since Morsi's ouster in July 2013, killing hundreds' (an aggregate starting more than 12 months before "
     "the DCT), the group's pledge to ISIS 'last year' (older than 12 months, a change of name)"),
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
