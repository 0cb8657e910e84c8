"""Bookkeeping helper for annotator B of the events78 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events77/second/make_b.py.
Run: python3 /work/fresh/cur45/events78/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 78 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2960/2961, drawn at the start of stop 45, main 751b2e5a, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2960).shuffle, walked in order; (b) 10 with no text filter: random.Random(2961).shuffle, walked in order, >=3 sources (got, by source, a: alriyadh 2, alwatan 2, alyaum 2, aawsat 1, aljazirah 1, okaz 1, sabq 1; b: aleqtisadiya 3, alriyadh 2, okaz 2, 3alyoum 1, aljazirah 1, almadina 1).
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
ABD = "Abduction/forced disappearance"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
HZB = "Hezbollah"
POLSA = "Police Forces of Saudi Arabia"
SHELL = "Shelling/artillery/missile attack"

AY987 = "SN-alyaum-20150804-987"
OK1475 = "SN-okaz-20150811-1475"
RY678 = "SN-alriyadh-20150722-678"
WT834 = "SN-alwatan-20150809-834"
SB3165 = "SN-sabq-20150806-3165"
RY1714 = "SN-alriyadh-20150806-1714"
AY1020 = "SN-alyaum-20150801-1020"
MYE = "Military Forces of Yemen"
CIVYE = "Civilians (Yemen)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AY987, "تطرد المتمردين من قاعدة العند", "اليمن: المقاومة تطرد المتمردين من قاعدة العند",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "1", "", "",
     "correspondents (Al Yaum)", "reported",
     "the title's news: violent clashes inside al-Anad air base (Lahij) between the popular resistance backed by the "
     "national army and coalition aircraft and the Houthis backed by Saleh's forces, after the resistance stormed its "
     "western entrance 'at noon yesterday' (DCT Tuesday 4 August -> 3 August, precision 1); the legitimacy forces took "
     "the western gate in a wide attack backed by coalition air raids; folded: the clashes, the air support and the "
     "weeks-long siege from the north and east; the title's 'expels the rebels' -> Government regains territory, as the "
     "spent alwatan-823 row ('Al Anad Air Base', no governorate suffix)"),
    (AY987, "دخول مدينة الحوطة", "تمكنت المقاومة من دخول مدينة الحوطة مركز محافظة لحج",
     BAT, GRT, YR, HOU, "Al Hawtah, Lahij", "YE", "2015-08-04", "2", "", "",
     "Al Yaum", "reported",
     "the resistance entered the city of al-Hawtah, capital of Lahij governorate, while clashes go on in the city's "
     "eastern outskirts (clashes folded; no day of its own, present tense -> DCT, precision 2; alternative 3 August, "
     "the day of the Anad storming; alternative Armed clash)"),
    (AY987, "غارات على تجمعات ومعدات", "كما شن طيران التحالف غارات على تجمعات ومعدات عسكرية للحوثين",
     ERV, AIR, COAL, HOU, "Al Bayda", "YE", "2015-08-04", "2", "", "",
     "Al Yaum", "reported",
     "coalition aircraft raided gatherings and military equipment of the Houthis and Saleh's forces in al-Bayda "
     "governorate (governorate only; no day -> DCT, precision 2)"),
    (AY987, "مواجهات اندلعت", "في مواجهات اندلعت، ليل الأحد الإثنين",
     BAT, CLASH, YR, HOU, "Al Jufaynah, Marib", "YE", "2015-08-02", "2", "13", "exact",
     "local sources (Al Yaum)", "reported",
     "13 Houthi and Saleh fighters killed in confrontations on the night of Sunday to Monday west of Marib; local "
     "sources: clashes with heavy weapons in the al-Jufaynah area west of Marib left 13 rebels dead (same event); the "
     "other side is not named, the pro-Hadi fighters of the round-up -> Yemeni Resistance; the night of 2/3 August -> "
     "2 August, precision 2 (alternative 3 August)"),
    (AY987, "معارك عنيفة", "في معارك عنيفة خاصة في المناطق الجنوبية الغربية في الضباب",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-04", "2", "", "",
     "Al Yaum", "reported",
     "in Taiz a number of dead and wounded on both sides in violent battles, especially in the south-western areas in "
     "al-Dabab and in the northern areas; the number of dead could not be determined ('a number of' -> fatalities "
     "empty); one vague toll for the city's fronts -> one city row (al-Dabab and the northern areas folded, as the "
     "spent alwatan-1033 Taiz row); the 'clashes continued in Taiz governorate' of the Marib sentence folded; DCT, "
     "precision 2"),
    (AY987, "عربة كاتيوشا", "ودمر طيران التحالف \"عربة كاتيوشا\" للحوثي في لجفينة",
     ERV, AIR, COAL, HOU, "Al Jufaynah, Marib", "YE", "2015-08-04", "2", "", "",
     "Al Yaum", "reported",
     "coalition aircraft destroyed a Houthi 'Katyusha vehicle' in al-Jufaynah (sic 'لجفينة') south-west of Marib "
     "(DCT, precision 2)"),
    (AY987, "بعد أن قصف موقع", "بعد أن قصف موقع \"أومان\" العسكري في منطقة الحوبان",
     ERV, AIR, COAL, HOU, "Al Hawban, Taiz", "YE", "2015-08-04", "2", "", "",
     "Al Yaum", "reported",
     "coalition aircraft bombed the 'Oman' military site in al-Hawban, Taiz city (besieged by the popular resistance), "
     "and the Radio camp (معسكر الإذاعة) in al-Hawban; folded: the later strikes 'in al-Hawban and the eastern entrance "
     "of Taiz city' (al-Hawban is the city's eastern entrance, as the adjudicated spent okaz-3005 row), where killed "
     "and wounded Houthis and Saleh forces were reported (no number); DCT, precision 2"),
    (AY987, "وشن 6 غارات", "وشن 6 غارات على تجمع للمتمردين في وادي خبش",
     ERV, AIR, COAL, HOU, "Wadi Khabash, Al Jawf", "YE", "2015-08-04", "2", "", "",
     "Al Yaum", "reported",
     "the coalition carried out 6 raids on a rebel gathering in Wadi Khabash (al-Kharid), al-Matammah district, al-Jawf "
     "governorate (DCT, precision 2)"),
    (AY987, "وقصف أهدافا أخرى في همدان", "وقصف أهدافا أخرى في همدان بمدينة الحزم",
     ERV, AIR, COAL, HOU, "Hamdan, Al Hazm", "YE", "2015-08-04", "2", "", "",
     "Al Yaum", "reported",
     "the coalition bombed other targets in Hamdan in the city of al-Hazm, capital of al-Jawf (a differently named place "
     "-> own row; DCT, precision 2)"),
    (AY987, "استهدافه عربات للحوثيين", "إضافة إلى استهدافه عربات للحوثيين في منطقة الغيل",
     ERV, AIR, COAL, HOU, "Al Ghayl, Al Jawf", "YE", "2015-08-04", "2", "", "",
     "Al Yaum", "reported",
     "the coalition also targeted Houthi vehicles in the al-Ghayl area (in the al-Jawf sentence -> 'Al Ghayl, Al Jawf'; "
     "DCT, precision 2)"),
    (AY987, "طهرت جبل صبر", "إن المقاومة \"طهرت جبل صبر من الحوثيين",
     BAT, GRT, YR, HOU, "Jabal Sabr, Taiz", "YE", "2015-08-04", "2", "", "",
     "a Popular Resistance source (to DPA)", "claimed",
     "a resistance source told DPA the resistance 'cleansed Jabal Sabr of the Houthis' and drew near Taiz airport and "
     "al-Hawban (its advance on several positions folded; only the party's words -> claimed; no day -> DCT, precision "
     "2). Not coded: the 'liberation of Taiz is near', the need for air cover, the 'heavy daily losses' (generic)"),
    (AY987, "منطقة القاعدة", "في منطقة القاعدة والمفرق والحوبان",
     ERV, AIR, COAL, HOU, "Al Qaidah", "YE", "2015-08-04", "2", "", "",
     "sources (Al Yaum)", "reported",
     "coalition fighters bombed positions of the Houthis and Saleh's forces in the al-Qaidah area (one location per row: "
     "al-Qaidah and al-Mafraq own rows, al-Hawban and the eastern entrance of Taiz folded into the al-Hawban row, as the "
     "spent okaz-3005 rows of the same sentence); explosions and smoke, killed and wounded Houthis (no number); DCT, "
     "precision 2"),
    (AY987, "والمفرق", "في منطقة القاعدة والمفرق والحوبان",
     ERV, AIR, COAL, HOU, "Al Mafraq", "YE", "2015-08-04", "2", "", "",
     "sources (Al Yaum)", "reported",
     "the same coalition bombardment, second place of the clause: al-Mafraq (see the al-Qaidah row; DCT, precision 2)"),
    (AY987, "سيطرة المقاومة على مدينة عدن", "ومنذ سيطرة المقاومة على مدينة عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-04", "3", "", "",
     "Al Yaum", "reported",
     "background: 'since the resistance took control of the city of Aden', the legitimacy forces have expanded north "
     "(no date in the text -> DCT, precision 3, as the adjudicated spent alwatan-923 background Aden row; alternative "
     "not coded)"),
    (AY987, "والسيطرة على أجزاء واسعة منها", "بعد زحف الحوثيين وقوات صالح الى المدينة والسيطرة على أجزاء واسعة منها",
     BAT, NSO, HOU, "", "Taiz", "YE", "2015-04-01", "3", "", "",
     "Al Yaum", "reported",
     "background: Taiz has seen violent confrontations 'for about four months', after the Houthis and Saleh's forces "
     "advanced on the city and took large parts of it (four months before DCT 4 August -> April 2015, 1 April, "
     "precision 3; no defender named -> actor2 empty; as the adjudicated spent okaz-3005 row)"),
    (OK1475, "كمين نصبه مسلحون حوثيون", "في كمين نصبه مسلحون حوثيون في نقيل العرقوب",
     BAT, CLASH, HOU, YR, "Al Arqoub, Abyan", "YE", "2015-08-10", "1", "4", "exact",
     "news sources (Okaz)", "reported",
     "the title's news: the deputy speaker of the Yemeni parliament Mohammed Ali al-Shaddadi was wounded and four of his "
     "escorts killed in an ambush set by armed Houthis in Naqil al-Arqoub past Shuqrah, Abyan governorate, 'at noon "
     "yesterday' (DCT Tuesday 11 August -> 10 August) while pursuing Houthi remnants in Jabal al-Arqoub (the body also "
     "names 'the Maeen area' and Mafraq al-Wudai'); former interior minister Hussein Arab also wounded; al-Shaddadi was "
     "on the front lines with the legitimacy forces -> armed party, Battles/Armed clash, actor2 Yemeni Resistance "
     "(alternative Government of Yemen; the spent alweeam-1144 row of the same incident, whose text says landmine, has "
     "Remote explosive and Civilians (Yemen)); 'Al Arqoub, Abyan' as that row"),
    (OK1475, "بتحرير العلم", "قد تقدما جبهات القتال بتحرير العلم",
     BAT, GRT, YR, HOU, "Al Alam, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: al-Shaddadi and Hussein Arab led the fronts in liberating al-Alam, Dofas, al-Kawd, Zinjibar, Shuqrah "
     "and al-Arqoub 'during the past days' (one row per named place, as the spent Abyan capture rows; 'past days' -> DCT, "
     "precision 2; legitimacy forces -> Yemeni Resistance). This row: al-Alam"),
    (OK1475, "ودوفس", "بتحرير العلم ودوفس والكود وزنجبار وشقرة والعرقوب",
     BAT, GRT, YR, HOU, "Wadi Dofas, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: the liberation of Dofas during the past days (see the al-Alam row; 'Wadi Dofas, Abyan' as the spent rows)"),
    (OK1475, "والكود", "بتحرير العلم ودوفس والكود وزنجبار وشقرة والعرقوب",
     BAT, GRT, YR, HOU, "Al Kawd, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: the liberation of al-Kawd during the past days (see the al-Alam row)"),
    (OK1475, "وزنجبار", "بتحرير العلم ودوفس والكود وزنجبار وشقرة والعرقوب",
     BAT, GRT, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: the liberation of Zinjibar during the past days (see the al-Alam row)"),
    (OK1475, "وشقرة", "بتحرير العلم ودوفس والكود وزنجبار وشقرة والعرقوب",
     BAT, GRT, YR, HOU, "Shuqrah, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: the liberation of Shuqrah during the past days (see the al-Alam row)"),
    (OK1475, "والعرقوب", "بتحرير العلم ودوفس والكود وزنجبار وشقرة والعرقوب",
     BAT, GRT, YR, HOU, "Al Arqoub, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: the liberation of al-Arqoub during the past days (see the al-Alam row; the 10 August ambush there is "
     "its own row)"),
    (RY678, "المواجهات الدائرة في منطقة العند", "بين قتيل وجريح في المواجهات الدائرة في منطقة العند",
     BAT, CLASH, YR, HOU, "Al Anad", "YE", "2015-07-22", "2", "31", "exact",
     "local and resistance sources (Al Riyadh)", "reported",
     "the title's news: dozens of Houthis and Saleh loyalists killed or wounded in the ongoing confrontations in the "
     "al-Anad area, Lahij, with coalition air support for the popular resistance; local and resistance sources: 22 "
     "Houthi/Saleh gunmen killed and dozens wounded, 9 resistance fighters killed and 50 wounded on the Bala and al-Anad "
     "fronts (22 + 9 = 31 exact; the Bala front folded, alternative its own row); ongoing -> DCT, precision 2; "
     "'Al Anad' as the spent aawsat-16 row"),
    (RY678, "غارات جوية استهدفت قاعدة العند الجوية", "امس، غارات جوية استهدفت قاعدة العند الجوية",
     ERV, AIR, COAL, HOU, "Al Anad Air Base", "YE", "2015-07-21", "1", "", "",
     "Al Riyadh", "reported",
     "'yesterday' (DCT Wednesday 22 July -> 21 July) coalition fighters raided al-Anad air base (Lahij)"),
    (RY678, "ومعسكر لبوزة", "ومعسكر لبوزة المجاور للقاعدة بمحافظة لحج",
     ERV, AIR, COAL, HOU, "Labouza Camp, Lahij", "YE", "2015-07-21", "1", "", "",
     "Al Riyadh", "reported",
     "the same 'yesterday' raids also hit the Labouza camp next to the base, Lahij (a differently named place -> own row; "
     "'Labouza Camp, Lahij' as the spent rows)"),
    (RY678, "منطة سناح", "كما استهدفت طائرات التحالف العربي منطة سناح",
     ERV, AIR, COAL, HOU, "Sanah", "YE", "2015-07-21", "2", "", "",
     "Al Riyadh", "reported",
     "coalition aircraft also targeted the Sanah area (sic 'منطة') north of al-Dhale city (appended to the 'yesterday' "
     "raids with 'كما' -> 21 July, precision 2; no target named, Houthis from the context)"),
    (RY678, "غارات جوية مستمرة منذ ثلاثة ايام", "لقوا مصرعهم في غارات جوية مستمرة منذ ثلاثة ايام",
     ERV, AIR, COAL, HOU, "Aden", "YE", "2015-07-22", "2", "", "",
     "sources (Al Riyadh)", "reported",
     "dozens of rebels killed in air raids continuing for three days on their positions north of Aden city ('dozens' -> "
     "fatalities empty; ongoing -> DCT, precision 2; raids of the coalition, the article's only air force)"),
    (RY678, "أحرزوا تقدما ميدانيا", "أحرزوا تقدما ميدانيا في الأطراف الشمالية لمحافظة عدن",
     BAT, CLASH, YR, HOU, "Aden", "YE", "2015-07-22", "2", "", "",
     "resistance sources (Al Riyadh)", "reported",
     "popular-resistance fighters made field progress on the northern edges of Aden governorate towards Lahij against "
     "the Houthis and Saleh's forces; folded: dozens of Houthi gunmen fleeing Aden city to Lahij under the resistance's "
     "blows and the resistance's sweeps in Aden governorate to drive out the remaining gunmen; DCT, precision 2"),
    (RY678, "قصفت في وقت متأخر من الاثنين", "وقوات صالح قصفت في وقت متأخر من الاثنين الأحياء السكنية",
     ERV, SHELL, HOU, CIVYE, "Taiz", "YE", "2015-07-20", "1", "2", "exact",
     "local sources (Al Riyadh)", "reported",
     "the Houthis and Saleh's forces indiscriminately shelled residential neighbourhoods of Taiz city late on Monday "
     "(DCT Wednesday 22 July -> 20 July); the shelling burned some houses, among them the headquarters building of the "
     "Hayel Saeed Anam group; two civilians killed and two wounded in the Houthi shelling of residential areas (stated "
     "twice -> 2 exact); the lead's 'shelled Taiz hysterically/randomly' is the same event"),
    (RY678, "ووقعت اشتباكات بين عناصر المقاومة الشعبية والحوثيين", "ووقعت اشتباكات بين عناصر المقاومة الشعبية والحوثيين في أحياء حوض الأشراف",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-07-20", "1", "15", "exact",
     "local and resistance sources (Al Riyadh)", "reported",
     "late Monday (20 July) clashes between the popular resistance and the Houthis in the Hawd al-Ashraf, al-Barid, "
     "al-Jumhuri and al-Dabab districts of Taiz; the same sources: 8 Houthi/Saleh fighters and 7 resistance fighters "
     "killed in confrontations on several fronts, dozens wounded (8 + 7 = 15 exact; one toll for the city's fronts -> one "
     "city row); the capture near the central prison is its own row"),
    (RY678, "تمت السيطرة على مواقع بجوار السجن", "تمت السيطرة على مواقع بجوار السجن إلى منطقة عقاقة",
     BAT, GRT, MYE, HOU, "Central Prison, Taiz", "YE", "2015-07-20", "2", "", "",
     "local and resistance sources (Al Riyadh)", "reported",
     "the national army supported by the popular resistance advanced on some Taiz fronts, neared the central prison and "
     "took positions next to it as far as Aqaqa, and besieged the Thalatheen (30th) checkpoint at the south-western "
     "entrance (folded; the lead states the capture as fact -> reported); 'earlier on Monday' the sources said -> 20 "
     "July, precision 2; the army named first -> Military Forces of Yemen (alternative Yemeni Resistance, as the spent "
     "aawsat-72 'Central Prison, Taiz' row)"),
    (RY678, "باستهداف مكتب الاتصالات", "باستهداف مكتب الاتصالات بقذائف الدبابة المتمركزة في منطقة ثعبات",
     ERV, SHELL, HOU, "", "Taiz", "YE", "2015-07-21", "2", "", "",
     "Popular Resistance coordination (statement)", "claimed",
     "the popular resistance coordination accused the Houthis and Saleh loyalists in a statement of targeting the "
     "telecommunications office with shells from the tank stationed in Thabat, cutting internet and landlines; telephone "
     "and internet cut in Taiz for the second day running (-> about 21 July, precision 2; a party's accusation -> "
     "claimed; property target, no victims -> actor2 empty). Borderline: alternative not coded"),
    (RY678, "تعزيزات حوثية شمال مدينة القاعدة", "استهدفوا في وقت متأخر من مساء الاثنين تعزيزات حوثية شمال مدينة القاعدة",
     BAT, CLASH, YR, HOU, "Al Qaidah, Ibb", "YE", "2015-07-20", "1", "", "",
     "resistance sources (Al Riyadh)", "claimed",
     "in Ibb: popular-resistance gunmen targeted Houthi reinforcements north of the town of al-Qaidah late on Monday "
     "evening (20 July), burning a pick-up and killing and wounding Houthis (no number); only the resistance's sources "
     "-> claimed"),
    (RY678, "في جبهة الجفينة", "مواقع للحوثيين في جبهة الجفينة وتبة الدفاع غربي مأرب",
     ERV, AIR, COAL, HOU, "Al Jufaynah, Marib", "YE", "2015-07-21", "1", "", "",
     "Al Riyadh", "reported",
     "'early yesterday' (21 July) coalition fighters bombed Houthi positions on the al-Jufaynah front west of Marib "
     "(Tabbat al-Difa own row)"),
    (RY678, "وتبة الدفاع", "مواقع للحوثيين في جبهة الجفينة وتبة الدفاع غربي مأرب",
     ERV, AIR, COAL, HOU, "Tabbat al-Difa, Marib", "YE", "2015-07-21", "1", "", "",
     "Al Riyadh", "reported",
     "the same early-yesterday coalition raids, second place: Tabbat al-Difa west of Marib (see the al-Jufaynah row)"),
    (RY678, "تواصلت المواجهات في مناطق متفرقة", "هذا فيما تواصلت المواجهات في مناطق متفرقة من مارب",
     BAT, CLASH, YR, HOU, "Marib", "YE", "2015-07-22", "2", "", "",
     "Al Riyadh", "reported",
     "confrontations continued in scattered areas of Marib (sides not named: the Houthis and the resistance of the "
     "article; ongoing -> DCT, precision 2)"),
    (RY678, "هجوم بسيارة مفخخة", "في هجوم بسيارة مفخخة في العاصمة صنعاء",
     ERV, IED, UAG, HOU, "Al Jiraf, Sanaa", "YE", "2015-07-20", "1", "4", "exact",
     "eyewitnesses (Al Riyadh)", "reported",
     "four Houthis killed and eight wounded in a car-bomb attack targeting the house of the Houthi leader Ihab al-Kahlani "
     "in the western al-Jiraf district, north Sanaa, on Monday evening (20 July); no perpetrator named -> Unidentified "
     "armed group; not said to be suicide -> Remote explosive/landmine/IED"),
    (WT834, "إطلاق مجهولين النار", "إثر إطلاق مجهولين النار على قوة أمنية",
     BAT, CLASH, UAG, "Police Forces of Egypt", "Fayoum", "EG", "2015-08-08", "1", "1", "exact",
     "Egyptian Interior Ministry", "reported",
     "the title's news: 'yesterday' (DCT Sunday 9 August -> 8 August) a police sergeant was killed and three conscripts "
     "wounded when two unknown men fired on a prisoner-transport force of the New Valley security directorate on the "
     "Cairo-Fayoum agricultural road; the force returned fire and the two fled (exchange of fire with a police force -> "
     "Armed clash, as the spent aljazirah-357 row of the same attack, located there at Sinnuris; this text names only "
     "the road -> 'Fayoum', alternative 'Sinnuris'). Not coded: the adjournment of the trials of 371 Morsi supporters "
     "and the release of 11 defendants (legal actions)"),
    (AY1020, "الهجوم الذي استهدف متحف باردو", "على غرار الهجوم الذي استهدف متحف باردو",
     VAC, "Attack", IS, "Civilians (Tunisia)", "Bardo Museum, Tunis", "TN", "2015-03-18", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "background: the attack on the Bardo museum in the Tunisian capital on 18 March, claimed by ISIS like the Sousse "
     "attack ('على غرار') (no toll in the text; actor and location as the spent aawsat-143 row)"),
    (AY1020, "قتل 38 سائحا", "وفي 26 يونيو، قتل 38 سائحا",
     VAC, "Attack", IS, "Civilians (Tunisia)", "Sousse", "TN", "2015-06-26", "1", "38", "exact",
     "Al Yaum (AFP)", "reported",
     "background: on 26 June 38 tourists, thirty of them British, were killed in an attack by an armed Tunisian student "
     "in the resort city of Sousse, claimed by ISIS (-> Islamic State, as the spent aawsat-143 row); the deadliest "
     "attack in Tunisia's history, which led to the 4 July state of emergency. Not coded: the extension of the state of "
     "emergency by two months from 3 August and its 4 July declaration (government measures; alternative Strategic "
     "developments/Other), the rights groups' statement on the anti-terrorism law"),
    (SB3165, "التفجير الإرهابي", "لإدانة التفجير الإرهابي الذي وقع في مقر قوة الطوارئ الخاصة بعسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "13", "exact",
     "Sabq", "reported",
     "background (the news is the tweeters' and scholars' condemnations, hashtag 'تفجير_طوارئ_عسير'): the terrorist "
     "bombing at the headquarters of the Special Emergency Force in Asir during the noon prayer 'today' (DCT Thursday 6 "
     "August) killed ten security men and three workers and wounded nine (10 + 3 = 13 exact, as the spent "
     "aleqtisadiya-197 row); only 'التفجير' -> Remote explosive/landmine/IED; no perpetrator named -> Unidentified armed "
     "group; Emergency Forces -> Police Forces of Saudi Arabia"),
    # ---- set b (no text filter) ----
    (RY1714, "التفجير الإرهابي", "بجولة لموقع التفجير الإرهابي الذي وقع ظهر اليوم",
     ERV, IED, UAG, POLSA, "Abha", "SA", "2015-08-06", "1", "", "",
     "Al Riyadh", "reported",
     "background (the news is the Asir emir's visit to the site and to the wounded in Asir Central Hospital): the "
     "terrorist bombing 'at noon today' (DCT Thursday 6 August) in the mosque of the Emergency Force command in Abha; "
     "martyrs and wounded, no number (fatalities empty); only 'التفجير' -> Remote explosive/landmine/IED; 'Abha' as the "
     "spent okaz-1328 row. Not coded: the visit, the blood donations"),
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
