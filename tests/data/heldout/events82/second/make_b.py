"""Bookkeeping helper for annotator B of the events82 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events80/second/make_b.py.
Run: python3 /work/fresh/cur46/events82/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 82 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2972/2973, drawn at the start of stop 46, main d9fc5dc1, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2972).shuffle, walked in order; (b) 10 with no text filter: random.Random(2973).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 2, aljazirah 2, alriyadh 2, almadina 1, alwatan 1, alyaum 1, okaz 1; b: aljazirah 2, alyaum 2, 3alyoum 1, aawsat 1, aleqtisadiya 1, alwatan 1, okaz 1, sabq 1).
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
AY1016 = "SN-alyaum-20150809-1016"
OK1403 = "SN-okaz-20150807-1403"
JZ453 = "SN-aljazirah-20150807-453"
RY1240 = "SN-alriyadh-20150731-1240"
JZ427 = "SN-aljazirah-20150809-427"
AW5 = "SN-aawsat-20150721-5"
WT922 = "SN-alwatan-20150727-922"
MD559 = "SN-almadina-20150810-559"
SB3162 = "SN-sabq-20150806-3162"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
POLTR = "Police Forces of Turkey"
CIVYE = "Civilians (Yemen)"
AAW = "Asharq Al-Awsat"
AFPM = "military sources (via AFP)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AY1016, "احتجاجات على مدى أسابيع", "بعد احتجاجات على مدى أسابيع في بغداد ومدن بجنوب العراق",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "Baghdad", "IQ", "2015-08-09", "3", "", "",
     "Al Yaum", "reported",
     "aggregate: al-Abadi's reform step came after weeks of protests in Baghdad and cities of southern Iraq demanding "
     "government reforms (the 2015 Iraqi protest wave against corruption and poor services; no start day -> DCT, "
     "precision 3, as the spent was-1522 'after weeks of popular demonstrations' row; the one named place -> Baghdad, "
     "the unnamed southern cities folded, alternative location empty; no intervention described -> Peaceful protest); "
     "'the popular anger' of the next paragraph is the same wave. Not coded: al-Abadi's call to abolish the vice-president "
     "and deputy-PM posts (political reform), Sistani's Friday-sermon call (statement), the campaign to drive ISIS out "
     "of the north and west (generic)"),
    (OK1403, "التفجير الانتحاري", "بشدة حادث التفجير الانتحاري الجبان الذي استهدف مسجدا",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "GCC Secretariat General (statement, via Okaz)", "reported",
     "the GCC Secretariat General condemned the cowardly suicide bombing that targeted a mosque in the Special Emergency "
     "Forces headquarters in the Asir region 'yesterday' (DCT Friday 7 August -> 6 August, precision 1), killing and "
     "wounding 'a number of' Emergency Forces members and workers at the site during the noon prayer ('عدد من' -> "
     "fatalities empty); suicide stated -> Suicide bomb, as the spent aleqtisadiya-197 row; perpetrator not named -> "
     "Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; region only -> 'Asir' as the spent "
     "rows. Not coded: the condemnation and al-Zayani's support (statements)"),
    (JZ453, "التفجير الإرهابي", "رئيس مجلس النواب البحريني يدين التفجير الإرهابي في عسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-07", "2", "13", "exact",
     "Al Jazirah; Bahraini House speaker Ahmed bin Ibrahim al-Mulla (via Bahrain News Agency)", "reported",
     "background (the news is the Bahraini House speaker's condemnation): the terrorist bombing that targeted the "
     "Emergency Forces mosque in the Asir region, killing ten members of the forces and three workers and wounding "
     "others (10 + 3 -> 13 exact; the body's 'التفجير الإرهابي', 'هذا العمل الإرهابي' and 'هذا التفجير الآثم' are the same "
     "event -> one row, on the title's trigger); only 'تفجير' -> the generic explosive sub-type, as the spent Asir rows of "
     "that wording (alternative Suicide bomb); no perpetrator named -> Unidentified armed group; no day in the text, a "
     "reaction report of the next day -> DCT, precision 2, as the spent alriyadh-982 and aleqtisadiya-197 rows (the real "
     "6 August is not in this text). Not coded: the condemnation and the calls on parliaments (statements)"),
    (RY1240, "طعن", "طعن ستة في مسيرة للمثليين بالقدس",
     VAC, "Attack", UAG, "Protesters (Israel)", "Jerusalem", "IL", "2015-07-30", "1", "", "",
     "Israeli police (spokeswoman Luba Samri); eyewitnesses; Israeli ambulance service (via Al Riyadh)", "reported",
     "the title's news: 'today Thursday' (DCT Friday 31 July, published 04:51 UTC; the Reuters text was written on "
     "Thursday -> 30 July, precision 1) an ultra-Orthodox Jew stabbed six participants in the annual gay pride march in "
     "Jerusalem, two of them seriously (the police spokeswoman's 'four' and the medic's 'at least six' are the same "
     "attack -> one row; wounded only -> fatalities empty); a lone attacker, not named -> Unidentified armed group "
     "(alternative Settlers (Israel) as the spent okaz-2948 row of the same attack, whose text called him a settler); "
     "the victims are marchers -> Protesters (Israel), as that adjudicated row (alternative Civilians (Israel)). Not "
     "coded: the march itself as a protest (alternative a Peaceful protest row, Jerusalem, 30 July; the attack on it is "
     "the news), the organiser's 'the march will go on' (statement)"),
    (JZ427, "العمل الإجرامي الدنيء", "يأتي العمل الإجرامي الدنيء",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-09", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "background (opinion column, title 'the Asir crime'): the vile criminal act that targeted a mosque in the Emergency "
     "Forces headquarters in the Asir region, causing 'a number of' deaths and injuries (fatalities empty); the column "
     "frames it by 'the personality of the suicide bomber who rigs himself' -> Suicide bomb (alternative the generic "
     "explosive sub-type, the act itself not described); no perpetrator named (the title's 'ISIS or hidden hands' is a "
     "question) -> Unidentified armed group; no day -> DCT, precision 3. Not coded: the links to the writer's other "
     "columns ('who is behind the Sinai bombings?', 'what does the victory of Aden mean?': titles, not reports)"),
    (AW5, "أمطرت ضاحية دار سعد", "بعدما أمطرت ضاحية دار سعد شمال المدينة بصواريخ الكاتيوشا",
     ERV, SHELL, HOU, CIVYE, "Dar Saad, Aden", "YE", "2015-07-21", "2", "43", "at_least",
     AAW, "reported",
     "the title's news ('a Houthi massacre in Aden'): the Houthi militias rained Katyusha rockets and mortar shells on the "
     "Dar Saad suburb north of Aden, killing at least 43 civilians and wounding 173 ('43 مدنيا على الأقل' -> 43 at_least; "
     "the lead's 'committed a massacre' and the next paragraph's 'this shelling' are the same event -> one row); no day in "
     "the text (the real 19 July is not stated), breaking report -> DCT, precision 2"),
    (AW5, "استمرت الاشتباكات", "وجاء هذا القصف بينما استمرت الاشتباكات في دار سعد",
     BAT, CLASH, YR, HOU, "Dar Saad, Aden", "YE", "2015-07-21", "2", "", "",
     AAW, "reported",
     "the clashes continued in Dar Saad, Sabr and the al-Maashiq area of Crater district (three named places -> three "
     "rows, one location per row, as the spent alweeam-1635 Dar Saad/Crater rows of the same days; this one Dar Saad); "
     "sides not named in the sentence: the article's resistance vs Houthis; ongoing, no day -> DCT, precision 2"),
    (AW5, "وصبر", "الاشتباكات في دار سعد وصبر وفي منطقة المعاشيق",
     BAT, CLASH, YR, HOU, "Sabr", "YE", "2015-07-21", "2", "", "",
     AAW, "reported",
     "second named place of the continuing clashes: Sabr (see the Dar Saad row; the Sabr area on Aden's northern edge, "
     "in Lahij, the text gives no governorate -> 'Sabr', alternative 'Sabr, Lahij')"),
    (AW5, "منطقة المعاشيق", "وفي منطقة المعاشيق بمديرية كريتر",
     BAT, CLASH, YR, HOU, "Maashiq, Aden", "YE", "2015-07-21", "2", "", "",
     AAW, "reported",
     "third named place of the continuing clashes: the al-Maashiq area in Crater district, north of the city [sic] (see the "
     "Dar Saad row; the most specific place -> 'Maashiq, Aden', alternative 'Crater, Aden' as the spent alweeam-1635 row)"),
    (AW5, "زحفهم نحو القصر الرئاسي", "واصل عناصر المقاومة الشعبية زحفهم نحو القصر الرئاسي في حي التواهي",
     BAT, CLASH, YR, HOU, "Tawahi, Aden", "YE", "2015-07-21", "2", "", "",
     AAW + "; a military source", "reported",
     "the popular resistance continued its advance towards the presidential palace in the Tawahi district to free it from "
     "the rebels; folded: its entry 'at night' into Tawahi, the military source's 'advancing towards the presidential "
     "palace and the 4th Division command', the combing of the radio and television headquarters (same battle); entry "
     "and advance without a stated capture -> Armed clash, as the spent alweeam-1635 and alriyadh-890 rows of the same "
     "AFP story (alternative Government regains territory); no day -> DCT, precision 2 (those texts had 'Sunday')"),
    (AW5, "نحو 15 غارة", "الذي شن نحو 15 غارة على مواقع المتمردين الحوثيين في التواهي",
     ERV, AIR, COAL, HOU, "Tawahi, Aden", "YE", "2015-07-21", "2", "", "",
     AAW + "; another military source", "reported",
     "the fighters on the ground benefited from the support of the Arab coalition's aircraft, which carried out about 15 "
     "raids on Houthi positions in Tawahi and in the northern and eastern suburbs of Aden (one location per row: Tawahi; "
     "the unnamed suburbs folded; another actor and type than the ground advance, with a count -> own row, as the spent "
     "adjudicated alweeam-1635 row; 'نحو 15' is a count of raids, not of dead; no day -> DCT, precision 2)"),
    (AW5, "سيطرت قوات المقاومة الشعبية", "سيطرت قوات المقاومة الشعبية في محافظتي الضالع وعدن على «مثلث العند»",
     BAT, GRT, YR, HOU, "Al Anad Triangle", "YE", "2015-07-21", "2", "", "",
     AAW, "reported",
     "meanwhile the popular resistance forces of al-Dhale and Aden governorates took the 'al-Anad triangle', the crossroads "
     "linking Radfan, al-Dhale, Taiz and Lahij to Aden ('Al Anad Triangle', as the spent alweeam-1640 row; holder "
     "implied -> Houthis; no day -> DCT, precision 2). Not coded: the preparations under way to liberate the al-Anad "
     "air base a few kilometres away (preparation, no announced act; alternative a planned row)"),
    (AW5, "تحرير المدينة", "إعلان حكومة الرئيس اليمني عبد ربه منصور هادي تحرير المدينة",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-21", "2", "", "",
     "Yemeni government (announcement, via Asharq Al-Awsat)", "claimed",
     "background: the Tawahi advance came 'days after' Hadi's government announced the liberation of the city except "
     "pockets of the Houthi and Saleh militias ('days' before the DCT -> DCT, precision 2, as the spent alweeam-1640 'a "
     "short time' row; given as the government's announcement while fighting goes on in Dar Saad, Crater and Tawahi -> "
     "claimed, as the spent alweeam-1635 and alriyadh-890 rows). Not coded: the Houthis blaming the UN and Mohammed "
     "Abdulsalam's threat to stop dealing with it (statement), the 'breach of the truce' (no act), FM Riad Yassin's "
     "European tour and the plan to hold officials to account (diplomatic/political)"),
    (WT922, "قصفت المدفعية التركية", "قصفت المدفعية التركية أمس مواقع حزب العمال الكردستاني",
     ERV, SHELL, TUR, PKK, "", "IQ", "2015-07-26", "1", "", "",
     "Al Watan; eyewitnesses", "reported",
     "the title's and lead's news: 'yesterday' (DCT Monday 27 July -> 26 July, precision 1) the Turkish artillery shelled "
     "PKK positions in northern Iraq; folded: the shelling launched at dawn yesterday from the town of Dicle in "
     "south-east Turkey at targets near the Iraqi border (eyewitnesses); northern Iraq, no place -> location empty, IQ, as "
     "the spent alwatan-913 artillery row"),
    (WT922, "سلسلة غارات", "قد شن ليلة أول من أمس سلسلة غارات على القواعد الخلفية",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-07-25", "2", "", "",
     "Al Watan", "reported",
     "the Turkish air force launched 'the night before yesterday' (DCT 27 July -> the night of 25 to 26 July -> 25 July, "
     "precision 2, as the spent night rows) a series of raids on the PKK's rear bases in Iraq (the lead's 'the day after "
     "raids carried out by the Turkish aviation on the positions of the party's rebels in Iraq' is the same -> one row; no "
     "place -> location empty, IQ). The F-16 strike on Hakurk has its own row"),
    (WT922, "قصفت أهدافا للمسلحين الأكراد", "إن مقاتلات إف-16 تركية قصفت أهدافا للمسلحين الأكراد في هاكورك",
     ERV, AIR, TUR, PKK, "Hakurk", "IQ", "2015-07-26", "1", "", "",
     "Turkish security sources (via Al Watan)", "reported",
     "later (after the artillery shelling of yesterday's dawn) Turkish security sources said Turkish F-16s struck targets "
     "of the Kurdish militants in Hakurk, northern Iraq (a named place -> own row; Kurdish militants in the article's PKK "
     "frame -> PKK; 'later' in yesterday's report -> 26 July, precision 1, as the spent adjudicated Shuqrah 'later' row)"),
    (WT922, "استهداف تنظيم داعش في سورية", "فضلا عن استهداف تنظيم داعش في سورية",
     ERV, AIR, TUR, IS, "", "SY", "2015-07-25", "2", "", "",
     "Al Watan", "reported",
     "background: besides the raids on the PKK in Iraq, the Turkish targeting of ISIS in Syria (a different target and "
     "country -> own row, as the spent PKK/ISIS splits; given with the raids of the day before yesterday -> 25 July, "
     "precision 2; means not stated -> Air/drone strike, as the spent alyaum-1100 row of the same campaign; no place -> "
     "location empty, SY). Not coded: the Ankara-Washington deal on Incirlik and Diyarbakir bases (basing agreement, "
     "inter-state), 'Turkey's entry into the battle against ISIS' (the same campaign, generic)"),
    (WT922, "تفجير قنبلة مزروعة", "في تفجير قنبلة مزروعة على طريق سريع",
     ERV, IED, PKK, TUR, "Diyarbakir", "TR", "2015-07-25", "2", "2", "exact",
     "Turkish army statement (via Al Watan)", "reported",
     "the Turkish army said in a statement 'yesterday' (26 July) that Kurdish gunmen killed two of its soldiers and wounded "
     "four 'during the night' by detonating a bomb planted on a highway in an area near the mainly Kurdish city of "
     "Diyarbakir, then opened fire on the military vehicle with machine guns (folded: one attack); a night spanning two "
     "days -> 25 July, precision 2 (the spent aljazirah-354 Lice row of the same attack: Saturday evening 25 July); Kurdish "
     "gunmen in the article's PKK frame -> PKK (alternative Unidentified armed group, as that row); 'near Diyarbakir' -> "
     "'Diyarbakir' (the text names no district); 'اثنين' -> 2 exact"),
    (WT922, "اعتقلوا", "ستة أشخاص على الأقل اعتقلوا للاشتباه بعلاقتهم بالحادث",
     SD, "Arrests", POLTR, "Civilians (Turkey)", "Diyarbakir", "TR", "2015-07-26", "2", "", "",
     "Dogan news agency (via Al Watan)", "reported",
     "borderline: Dogan reported that at least six people were arrested on suspicion of links to the Diyarbakir bomb "
     "attack (politically motivated attack -> Strategic developments/Arrests, as the spent Turkish arrest rows; the "
     "arresting force not named -> Police Forces of Turkey, as those rows; suspects with no armed role stated -> "
     "Civilians (Turkey) by the convention, alternative actor2 empty; place of the attack -> Diyarbakir; no day, reported "
     "with the army's statement of yesterday -> 26 July, precision 2; alternative no row, folded into the attack)"),
    (WT922, "تفجير انتحاري نسب للتنظيم", "في تفجير انتحاري نسب للتنظيم",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-27", "3", "32", "exact",
     "Al Watan", "reported",
     "background: Turkey's entry into the battle against ISIS and its campaign against the PKK came shortly after 32 people "
     "were killed in the Turkish border town of Suruc in a suicide bombing attributed to ISIS ('نسب للتنظيم' -> Islamic "
     "State, as the spent Suruc rows; victims -> Civilians (Turkey); 32 exact; the text gives no date (the real 20 July is "
     "not stated) -> DCT, precision 3). Not coded: McGurk's condemnation of the PKK's 'recent attacks' in Turkey and the "
     "'terrorist attacks of recent days' behind Turkey's NATO request (generic), Davutoglu's 'operations will continue', "
     "Ban's support, the NATO emergency meeting (statements/diplomatic), Kilicdaroglu's readiness for a coalition "
     "(politics)"),
    (WT922, "مواجهات بين قوات الأمن التركية ومتظاهرين", "اندلعت أمس مواجهات بين قوات الأمن التركية ومتظاهرين",
     "Riots", "Violent demonstration", "Rioters (Turkey)", POLTR, "Gaziosmanpasa, Istanbul", "TR", "2015-07-26", "1", "",
     "", "Al Watan", "reported",
     "'yesterday' (26 July) confrontations broke out between the Turkish security forces and demonstrators in the Gazi "
     "Osmanpasa area of Istanbul; the security forces used tear gas to disperse the demonstrators, who protested the "
     "army's operations against the PKK in northern Iraq (confrontations -> Riots/Violent demonstration, as the spent "
     "aljazirah-725 'مواجهات عنيفة' row; alternative Protests/Protest with intervention, no violence of the demonstrators "
     "described; security forces -> Police Forces of Turkey; 'غازي عثمان باشا في إسطنبول' -> 'Gaziosmanpasa, Istanbul')"),
    (MD559, "سيطرت القوات الموالية", "سيطرت القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا",
     BAT, GRT, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-09", "2", "", "",
     AFPM, "reported",
     "the title's and lead's news: the forces loyal to Hadi's government (the title's 'popular resistance', the "
     "multi-affiliation pro-Hadi forces -> Yemeni Resistance) took Zinjibar, capital of Abyan, held by the Houthis, "
     "military sources said 'yesterday Sunday' (DCT Monday 10 August -> 9 August; the capture on or before it -> "
     "precision 2, as the spent events22 almadina-644 row of the identical AFP text); folded: the attack launched from Aden "
     "with coalition air support, the capture first of the 15th Brigade's positions, the armour deployed in Zinjibar on "
     "Sunday. Not coded: the control of Aden, Lahij (al-Anad), al-Dhale and most of Abyan, the Houthis' hold on Lawdar "
     "(status, no date), Shabwa expected to be the next front (expectation), the ICRC president's arrival in Sanaa (visit)"),
    (MD559, "وسيطرت عليها", "وسيطرت عليها من دون مقاومة كبيرة من الحوثيين",
     BAT, GRT, YR, HOU, "Shuqrah, Abyan", "YE", "2015-08-09", "1", "", "",
     AFPM, "reported",
     "later (after Sunday's deployment in Zinjibar) the loyalist units moved to the coastal town of Shuqrah in Abyan and "
     "took it without strong Houthi resistance ('we entered Shuqrah ... only the mines'); the lead's 'in addition to the "
     "coastal town of Shuqrah' is the same event; a differently named place -> own row; Sunday -> 9 August, precision 1, "
     "as the spent adjudicated almadina-644 row"),
    (MD559, "19 شخصا قتلوا", "وذكر لصور ان 19 شخصا قتلوا بينهم مدنيون",
     ERV, IED, HOU, CIVYE, "Zinjibar, Abyan", "YE", "2015-08-08", "2", "19", "exact",
     "Aden health official al-Khadr Lassouar", "reported",
     "19 people, among them civilians, killed and 163 wounded by the explosion of landmines left by the Houthis on Saturday "
     "and Sunday in Zinjibar and its outskirts, as residents returned to check their homes (the previous sentence's "
     "'civilians killed by landmines' is the same toll -> one row; two days -> Saturday 8 August, precision 2)"),
    (MD559, "السدة", "المقاومة سيطرت على منطقتي السدة وحزم العديد",
     BAT, GRT, YR, HOU, "As Saddah, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported",
     "in Ibb governorate, where the confrontations between the Houthis with Saleh's loyalists and the popular resistance "
     "are intensifying, a local source told AFP that 'the resistance took control of al-Sadda and Hazm al-Udayn and parts "
     "of al-Radma' (no day -> DCT, precision 2; each named area its own row, one location per row)"),
    (MD559, "وحزم العديد", "منطقتي السدة وحزم العديد واجزاء",
     BAT, GRT, YR, HOU, "Hazm al-Udayn, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported",
     "same sentence: the resistance took Hazm al-Udayn (see the al-Sadda row)"),
    (MD559, "الرضمة", "واجزاء من منطقة الرضمة",
     BAT, GRT, YR, HOU, "Ar Radmah, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported",
     "same sentence: the resistance took parts of al-Radma (see the al-Sadda row)"),
    (MD559, "اشتباكات عنيفة", "استمرار اشتباكات عنيفة بين الطرفين في منطقة يريم",
     BAT, CLASH, YR, HOU, "Yarim, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported",
     "the same source: violent clashes continue between the two sides in the Yarim area of Ibb (ongoing -> DCT, precision "
     "2; the intensifying confrontations in Ibb governorate folded here)"),
    (MD559, "معارك الكر والفر", "كذلك تستمر معارك الكر والفر في تعز",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-10", "2", "", "",
     "Al Madina (AFP)", "reported",
     "hit-and-run battles continue in Taiz (sides not named in the sentence: the article's two sides, resistance vs "
     "Houthis; ongoing -> DCT, precision 2)"),
    (MD559, "بالقبض على عشرة", "قام مسلحون تابعون للحوثيين بالقبض على عشرة",
     SD, "Arrests", HOU, CIVYE, "Sanaa", "YE", "2015-08-09", "2", "", "",
     "relatives of the detained leaders (via AFP)", "reported",
     "in Sanaa, calm on Sunday (DCT-1 = 9 August), Houthi gunmen arrested ten leaders of the Islah party, some of them "
     "women, among them the former minister Abdul-Razzaq al-Ashwal (political arrests by the Houthi de facto authority -> "
     "Strategic developments/Arrests, as the spent almadina-644 row; alternative Violence against civilians/Abduction; the "
     "arrests' own day not stated -> precision 2)"),
    (MD559, "نشر مئات الجنود", "وفي الثالث من اغسطس الحالي، نشر مئات الجنود",
     SD, "Other", COAL, "", "Aden", "YE", "2015-08-03", "1", "", "",
     "Al Madina (AFP)", "reported",
     "background: on 3 August hundreds of soldiers from the Gulf states of the coalition deployed around Aden to secure the "
     "city (troop deployment -> Strategic developments/Other, as the spent deployment rows)"),
    (MD559, "حملة عسكرية جوية", "اطلق التحالف العربي الذي تقوده المملكة حملة عسكرية جوية",
     ERV, AIR, COAL, HOU, "", "YE", "2015-03-26", "3", "", "",
     "Al Madina (AFP)", "reported",
     "aggregate: on 26 March the Saudi-led coalition launched an air campaign against the Houthis (ongoing campaign, "
     "recent background, dated at its start, precision 3, as the spent 'since 26 March' rows; no place)"),
    (MD559, "وسيطروا على صنعاء", "وسيطروا على صنعاء في سبتمبر الماضي",
     BAT, NSO, HOU, "", "Sanaa", "YE", "2014-09-01", "3", "", "",
     "Al Madina (AFP)", "reported",
     "background: the Houthis, allied with Saleh-loyal army units, set out in 2014 from their northern strongholds and took "
     "Sanaa 'last September' (September 2014 -> 1 September 2014, precision 3, within 12 months of the DCT; no defender "
     "named -> actor2 empty). Not coded: the Houthi move on Aden and Hadi's departure (no date)"),
    # ---- set b (no text filter) ----
    (SB3162, "حدث تفجير في جموع المصلين", "حدث تفجير في جموع المصلين نتج عنه استشهاد عشرة",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-06", "2", "13", "exact",
     "Interior Ministry security spokesman (via Sabq)", "reported",
     "background to the security expert's interview: the Interior Ministry's security spokesman said that while members "
     "of the Special Emergency Forces in the Asir region were praying the noon prayer in the mosque of the forces' "
     "headquarters, an explosion in the crowd of worshippers killed ten members and three workers at the site and wounded "
     "nine; remains believed to come from explosive belts were found -> Suicide bomb, as the spent aleqtisadiya-197 row "
     "(alternative the generic explosive sub-type); 10 + 3 -> 13 exact; no perpetrator named -> Unidentified armed group; "
     "no day in the text, a same-day report (published 6 August) -> DCT, precision 2. The expert's 'these bombings' "
     "are this one. Not coded: 'an extension of earlier terrorist bombings in the Kingdom and the Gulf' (generic), the "
     "call to block social media, the 36 terrorist organisations in Iraq and Syria (commentary)"),
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
