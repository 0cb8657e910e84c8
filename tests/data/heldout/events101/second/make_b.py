"""Bookkeeping helper for annotator B of the events101 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "
" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur52/events101/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 101 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 3034/3035, drawn at the start of stop 52, main e50674e, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(3034).shuffle, walked in order; (b) 10 with no text filter: random.Random(3035).shuffle, walked in order, >=3 sources (got, by source, a: aljazirah 3, aawsat 2, almadina 2, 3alyoum 1, aleqtisadiya 1, okaz 1; b: alriyadh 3, alyaum 3, 3alyoum 2, alwatan 1, sabq 1).
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
JZ435 = "SN-aljazirah-20150801-435"
EQ146 = "SN-aleqtisadiya-20150722-146"
AW68 = "SN-aawsat-20150801-68"
JZ370 = "SN-aljazirah-20150802-370"
AW729 = "SN-aawsat-20150724-729"
MD639 = "SN-almadina-20150725-639"
JZ299 = "SN-aljazirah-20150723-299"
RY824 = "SN-alriyadh-20150807-824"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
POLTR = "Police Forces of Turkey"
IRQM = "Military Forces of Iraq"
IRQP = "Police Forces of Iraq"
GCAD = "Global Coalition Against Daesh"
ISR = "Military Forces of Israel"
CIVPS = "Civilians (Palestine)"
ARR = "Arrests"
RIOT = "Riots"
VD = "Violent demonstration"
PWI = "Protest with intervention"
POLNP = "Police Forces of Nepal"
AJZ = "Al Jazirah"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (JZ435, "مقتل طفل فلسطيني حرقاً", "على مقتل طفل فلسطيني حرقاً بأيدي مستوطنين في نابلس",
     VAC, "Attack", "Settlers (Israel)", CIVPS, "Nablus", "PS", "2015-07-31", "2", "1", "exact",
     "Al Jazirah (AFP)", "reported",
     "background, the occasion of the title's news: a Palestinian child killed by burning at the hands of settlers in "
     "Nablus, northern West Bank (the title's 'مقتل الطفل الفلسطيني حرقاً' is the same event -> one row; settlers -> "
     "Settlers (Israel), as the spent Duma rows; the text names only Nablus -> 'Nablus', as the spent okaz-1227 row; "
     "'مقتل' -> 1 exact; the text gives no day: Hamas's call was made 'yesterday Friday' (DCT Saturday 1 August -> 31 "
     "July) and the killing came on or before it -> 31 July, precision 2). Not coded: Hamas spokesman Fawzi Barhoum's "
     "call to 'respond with force' and for deterrent international decisions (statement, not an act)"),
    (EQ146, "إحباط محاولة هجوم", "تمكنت من إحباط محاولة هجوم للإرهابيين وقتلت 21 منهم",
     BAT, CLASH, IRQP, IS, "Husaiba, Anbar", "IQ", "2015-07-22", "2", "31", "exact",
     "Iraqi War Media Cell statement (via Al Eqtisadiya)", "reported",
     "the title's news ('dozens of ISIS killed in the military operations areas west of Iraq', stated as fact -> "
     "reported, alternative claimed, the source being a party's statement): the Federal Police spotted five ISIS vehicles "
     "in the Eastern Husaiba area of Anbar and destroyed them, foiled an attack attempt by the 'terrorists' and killed 21 "
     "of them; they also spotted ten 'terrorists' in two cars and killed them all 'in the same area' (same force, place "
     "and days -> folded: 21 + 10 = 31 exact; 'الشرطة الاتحادية' -> Police Forces of Iraq; 'حصيبة الشرقية' -> "
     "'Husaiba, Anbar', as the spent alyaum-1225 and alwatan-1105 rows; no day stated, same-day statement -> DCT, "
     "precision 2)"),
    (EQ146, "أغارت القوات العراقية", "كما أغارت القوات العراقية على مجموعة من العناصر الإرهابية",
     BAT, CLASH, IRQM, IS, "Anbar", "IQ", "2015-07-22", "2", "5", "exact",
     "Iraqi War Media Cell statement (via Al Eqtisadiya)", "reported",
     "the Iraqi forces raided a group of 'terrorist elements', killing five and burning three vehicles carrying "
     "weapons (a different force and engagement from the police's Husaiba fight -> own row; no place of its own -> the "
     "article's 'operations areas in Anbar governorate' -> 'Anbar'; 'أغارت' read as a ground raid -> Armed clash, "
     "alternative Air/drone strike; no day -> DCT, precision 2)"),
    (EQ146, "28 طلعة جوية", "جرى تنفيذ 28 طلعة جوية اليوم",
     ERV, AIR, IRQM, IS, "", "IQ", "2015-07-22", "1", "29", "exact",
     "Iraqi Air Force Command statement (via Al Eqtisadiya)", "claimed",
     "a statement of the Iraqi Air Force Command: 28 sorties flown 'today' (the DCT, 22 July) on the military operations "
     "areas in Iraq, while the Army Aviation Command flew 30 sorties (same actor and day -> folded); the statement adds "
     "that the international coalition flew 14 sorties and that they 'altogether' killed 29 ISIS members and destroyed "
     "two rocket and mortar positions, nine hideouts and four vehicles ('بمجملها' read as the joint toll of all the "
     "sorties -> on this first-named row, as the spent joint-toll rows; alternative the coalition row's toll; only "
     "'operations areas in Iraq' -> location empty; a party's own statement of its strikes -> claimed)"),
    (EQ146, "14 طلعة جوية", "تنفيذ طيران التحالف الدولي 14 طلعة جوية",
     ERV, AIR, GCAD, IS, "", "IQ", "2015-07-22", "2", "", "",
     "Iraqi Air Force Command statement (via Al Eqtisadiya)", "claimed",
     "the same statement: the international coalition's aircraft flew 14 sorties (a different actor -> own row; "
     "'التحالف الدولي' -> Global Coalition Against Daesh, as the spent alweeam-1640 row; the joint toll of 29 is on the "
     "Iraqi air row; no day of its own -> DCT, precision 2; location empty; claimed by the Iraqi statement)"),
    (EQ146, "واعتقل سبعة مطلوبين", "الإرهابي واعتقل سبعة مطلوبين في مناطق العمليات العسكرية",
     SD, ARR, IRQM, IS, "Anbar", "IQ", "2015-07-22", "2", "", "",
     "Al Eqtisadiya; Iraqi War Media Cell", "reported",
     "seven wanted men arrested in the military operations areas of the Iraqi forces in Anbar governorate (arresting "
     "force: the Iraqi forces conducting the operations -> Military Forces of Iraq; the wanted in the operations "
     "against ISIS -> Islamic State, alternative Unidentified armed group; no day -> DCT, precision 2)"),
    (AW68, "نحو 30 غارة", "حيث شنت الطائرات التركية أمس نحو 30 غارة",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-07-31", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the 'violent Turkish military campaign against the PKK rebels continued': Turkish aircraft launched 'yesterday' "
     "(DCT Saturday 1 August -> 31 July, precision 1) about 30 raids on PKK positions in northern Iraq (one wave -> one "
     "row; the continuing campaign folded; northern Iraq, no place -> location empty, IQ, as the spent aawsat-82 row "
     "of the same 30-raid wave, which had no day in its text; no toll)"),
    (AW68, "هجوم جديد", "في حين قتل عنصران من الشرطة في هجوم جديد",
     BAT, CLASH, PKK, POLTR, "", "TR", "2015-07-31", "2", "2", "exact",
     "Asharq Al-Awsat", "reported",
     "while two police officers were killed in a new attack by 'the Kurdistan (Workers' Party)' in southern Turkey (the "
     "attack on a police post, no weapon named -> Armed clash, as the spent Pozanti/Adana rows of 31 July; 'southern "
     "Turkey', no place -> location empty, TR; the sentence's 'yesterday' belongs to the raids clause -> 31 July, "
     "precision 2, alternative precision 1; 2 exact)"),
    (AW68, "ضحايا الهجمات الكردية", "ليرتفع مجموع ضحايا الهجمات الكردية إلى 16 رجل أمن",
     BAT, CLASH, PKK, POLTR, "", "TR", "2015-07-22", "3", "16", "exact",
     "Asharq Al-Awsat", "reported",
     "aggregate: the toll of the Kurdish attacks rose to 16 security men within 10 days (one row; 'الهجمات الكردية' in "
     "the article's PKK frame -> PKK, alternative Unidentified armed group; security men -> Police Forces of Turkey, as "
     "the spent alriyadh-676 aggregate; 10 days before the DCT -> 22 July, precision 3; includes the two police of the "
     "previous row). Not coded: the police detentions in December 2014 of people close to Erdogan on corruption charges "
     "(legal, criminal), the coalition talks, early elections and Bahceli's conditions (politics)"),
    (JZ370, "اقتحام الجيش العراقي مصفاة بيجي", "بُعيد اقتحام الجيش العراقي مصفاة بيجي في العراق",
     BAT, GRT, IRQM, IS, "Baiji, Salah al-Din", "IQ", "2015-08-02", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "background in an opinion column: footage sent to the writer just after the Iraqi army stormed the Baiji refinery, "
     "which ISIS had occupied (storming an ISIS-held site -> Government regains territory, alternative Armed clash; "
     "'Baiji, Salah al-Din' as the spent alweeam-1640 row; the text gives no date -> DCT, precision 3). Not coded: ISIS's "
     "seizure of Mosul under Maliki (June 2014, more than 12 months before the DCT), the alleged US airdrops of supplies "
     "to ISIS and 'the Americans bomb ISIS by day' (the column's allegation and a generic remark), the 2003 occupation "
     "of Iraq (far too old)"),
    (AW729, "اشتباكات بين أهالي الضحايا وقوات الأمن", "ووقعت اشتباكات بين أهالي الضحايا وقوات الأمن بالمنطقة",
     RIOT, VD, "Rioters (Egypt)", "Police Forces of Egypt", "Al Warraq, Giza", "EG", "2015-07-23", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "clashes broke out between the families of the victims of the Warraq boat sinking and the security forces in the "
     "area, after the families blocked the road and fired shots to express their anger; confrontations followed and the "
     "forces moved to disperse them and reopen the road (road blocking and gunfire by the crowd -> Riots/Violent "
     "demonstration vs Police Forces of Egypt; the sinking 'the evening of the day before yesterday' (22 July) and the "
     "Interior Ministry's statement 'yesterday' (23 July) -> 23 July, precision 2, alternative DCT; 'الوراق ... بمحافظة "
     "الجيزة' -> 'Al Warraq, Giza'). Not coded: the boat collision itself (16 dead at least, an accident), the arrest "
     "and detention of the boat driver and his aides (criminal negligence), the governor's compensation"),
    (AW729, "انفجار عبوة ناسفة", "إثر انفجار عبوة ناسفة برفح في شمال سيناء",
     ERV, IED, UAG, "Military Forces of Egypt", "Rafah", "EG", "2015-07-23", "2", "4", "exact",
     "Brig. Mohammed Samir, Egyptian army spokesman (via Asharq Al-Awsat)", "reported",
     "the army spokesman announced 'yesterday' (DCT 24 July -> 23 July) that an officer and three soldiers were killed "
     "and three wounded when an explosive device, planted in one of the raiding force's vehicles, blew up while the "
     "soldiers were combing the line between al-Mahdiya and al-Masoura in Rafah, North Sinai (planter not named -> "
     "Unidentified armed group; the blast's own day not stated -> the announcement day, precision 2, as the spent "
     "aawsat-17 row of the same blast; 1 + 3 -> 4 exact)"),
    (MD639, "إضراب احتجاجا", "بعد الدعوة إلى تنظيم إضراب احتجاجا على مسودة دستور جديد",
     PRO, "Peaceful protest", "Protesters (Nepal)", "", "", "NP", "2015-07-24", "1", "", "",
     "Nepalese authorities (via Al Madina)", "reported",
     "the title's news: schools, markets and businesses closed and transport stopped across Nepal 'yesterday Friday' "
     "(DCT Saturday 25 July -> 24 July) in a general strike called by the Maoist Communist Party against the "
     "controversial draft constitution (the title's 'إضرابات' and the closing sentence are the same strike -> one row; "
     "nationwide, no place -> location empty, NP; a strike with its enforcement attempts -> Peaceful protest, alternative "
     "folded into the Kathmandu row; the arrests and the car burning are their own rows). Not coded: the reinforced "
     "security measures (no event)"),
    (MD639, "اعتقلت 60 شخصا", "وذكرت الشرطة أنها اعتقلت 60 شخصا من العاصمة كاتماندو",
     PRO, PWI, "Protesters (Nepal)", POLNP, "Kathmandu", "NP", "2015-07-24", "1", "", "",
     "Nepal police (via Al Madina)", "reported",
     "the police arrested 60 people in the capital Kathmandu on charges of trying to enforce the strike (strikers "
     "arrested while enforcing it -> Protests/Protest with intervention, alternative Strategic developments/Arrests; "
     "Friday 24 July)"),
    (MD639, "اعتقلت السلطات عشرة متظاهرين", "كما اعتقلت السلطات عشرة متظاهرين في منطقة ماكوانبور",
     PRO, PWI, "Protesters (Nepal)", POLNP, "Makwanpur", "NP", "2015-07-24", "1", "", "",
     "Nepal police (via Al Madina)", "reported",
     "the authorities also arrested ten demonstrators in the Makwanpur district of central Nepal (a differently named "
     "place -> own row; arresting authorities -> Police Forces of Nepal; Friday 24 July)"),
    (MD639, "احراق سيارات", "فيما تم احراق سيارات في بعض الأماكن",
     RIOT, VD, "Rioters (Nepal)", "", "", "NP", "2015-07-24", "1", "", "",
     "Al Madina", "reported",
     "while the strike organisers tried to stop traffic and close shops, cars were burned 'in some places' (violence "
     "during the strike -> Riots/Violent demonstration, borderline, alternative folded into the strike row; no place "
     "-> location empty; Friday 24 July)"),
    (JZ299, "مواجهات مع قوات الاحتلال", "في مواجهات مع قوات الاحتلال الإسرائيلي جرت فجر أمس الأربعاء",
     RIOT, VD, "Rioters (Palestine)", ISR, "Burqin", "PS", "2015-07-22", "1", "1", "exact",
     "Palestinian medical sources at Jenin Government Hospital; local eyewitnesses (via Al Jazirah)", "reported",
     "the title's news ('the occupation kills a Palestinian youth in cold blood in Jenin'): Mohammed Ahmed Alawneh (21) "
     "died of a bullet in the chest in confrontations with the Israeli occupation forces at dawn 'yesterday Wednesday' "
     "(DCT Thursday 23 July -> 22 July, precision 1) after the forces stormed the town of Burqin west of Jenin; witnesses "
     "say a silenced weapon was used at 100 (metres) (residents confronting a raiding force -> Riots/Violent "
     "demonstration vs Military Forces of Israel, as the spent events41 aleqtisadiya-254 row of the same killing; "
     "alternative Violence against civilians/Attack; the raid folded; 1 exact)"),
    (JZ299, "أكثر من 30 فلسطينياً", "اعتقلت خلال الأيام القليلة الماضية أكثر من 30 فلسطينياً",
     SD, ARR, ISR, CIVPS, "", "PS", "2015-07-17", "3", "", "",
     "Al Jazirah sources in the West Bank and Jerusalem", "reported",
     "aggregate: the occupation authorities intensified their arrest campaigns during the Eid and after it; the forces "
     "arrested more than 30 Palestinians, women and children among them, in night raids on homes in the last few days "
     "(one row; West Bank and occupied Jerusalem, no single place -> location empty, PS; from Eid al-Fitr, 17 July, "
     "-> 17 July, precision 3). The specific arrests below are their own rows"),
    (JZ299, "اعتقلت الفلسطينية", "أن قوات الاحتلال اعتقلت الفلسطينية «أمينة عامودي»",
     SD, ARR, ISR, CIVPS, "Gilboa Prison", "IL", "2015-07-22", "2", "", "",
     "Palestinian Prisoners' Club (via Al Jazirah)", "reported",
     "the occupation forces arrested the Palestinian Amina Amoudi during her visit to her imprisoned son Mohammed Amoudi "
     "in Gilboa prison (the arrest at the prison, inside Israel -> 'Gilboa Prison', IL; 'قوات الاحتلال' -> Military "
     "Forces of Israel, alternative Police Forces of Israel; no day -> the round-up's day, 22 July, precision 2, as the "
     "spent round-up rows; alternative DCT)"),
    (JZ299, "اعتقلت قوات الاحتلال فجر أمس الأربعاء", "كما اعتقلت قوات الاحتلال فجر أمس الأربعاء شاب",
     SD, ARR, ISR, CIVPS, "Urif", "PS", "2015-07-22", "1", "", "",
     "Al Jazirah", "reported",
     "at dawn 'yesterday Wednesday' (22 July) the occupation forces arrested a young man, the son of a Palestinian "
     "security officer, after storming his family's home and confiscating a weapon, in the village of Urif south of "
     "Nablus (raid and confiscation folded; 'قرية عوريف' -> 'Urif')"),
    (JZ299, "شاباً فلسطينياً مُقعداً", "كما اعتقلت قوات الاحتلال شاباً فلسطينياً مُقعداً وفتى",
     SD, ARR, ISR, CIVPS, "Bab al-Amud, Jerusalem", "PS", "2015-07-22", "2", "", "",
     "Al Jazirah", "reported",
     "the occupation forces arrested a disabled young Palestinian, Khalil Abu Absa, and a boy in the Bab al-Amud "
     "(Damascus Gate) area of Jerusalem, on the pretext of throwing stones at the light rail, taking him in his "
     "wheelchair to the police station (the alleged stone-throwing is only the arrest's stated reason -> not its own "
     "row; East Jerusalem -> PS; no day -> the round-up's day, 22 July, precision 2)"),
    (JZ299, "5 فلسطينيين من مدينة نابلس", "كما اعتقلت قوات الاحتلال 5 فلسطينيين من مدينة نابلس",
     SD, ARR, ISR, CIVPS, "Nablus", "PS", "2015-07-17", "2", "", "",
     "Al Jazirah", "reported",
     "the occupation forces arrested 5 Palestinians from the city of Nablus during Eid al-Fitr (17-19 July 2015 -> 17 "
     "July, precision 2)"),
    (JZ299, "عشرة فلسطينيين", "فجر أمس الأول الثلاثاء عشرة فلسطينيين",
     SD, ARR, ISR, CIVPS, "", "PS", "2015-07-21", "1", "", "",
     "Al Jazirah", "reported",
     "Israeli army forces arrested ten Palestinians at dawn 'the day before yesterday Tuesday' (21 July) in night raids "
     "on homes in the cities of the West Bank (no city named -> location empty, PS)"),
    (JZ299, "فتيين فلسطينيين", "فجراً فتيين فلسطينيين من بلدة بني نعيم",
     SD, ARR, ISR, CIVPS, "Bani Naim", "PS", "2015-07-22", "2", "", "",
     "Al Jazirah sources", "reported",
     "according to Al Jazirah's sources, the Israeli occupation forces arrested at dawn two Palestinian boys from the "
     "town of Bani Naim (and a child from Hebron: own row, one location per row) after raiding and searching their "
     "families' homes and took them to an unknown destination (dawn, no day -> the round-up's day, 22 July, precision 2)"),
    (JZ299, "وطفلاً من مدينة الخليل", "وطفلاً من مدينة الخليل عقب مداهمة منازل ذويهم",
     SD, ARR, ISR, CIVPS, "Hebron", "PS", "2015-07-22", "2", "", "",
     "Al Jazirah sources", "reported",
     "the same sentence: and a child from the city of Hebron (see the Bani Naim row). Not coded in this article: the "
     "'decision' Fares commented on (not described), the MP Ahmed Bahr's Eid speech to the prisoners' families in Gaza "
     "(a speech), Mohammed Amoudi's sentence and detention since 2006 (legal, too old)"),
    # ---- set b (no text filter) ----
    (RY824, "للهجوم الإرهابي الذي استهدف مسجد", "للهجوم الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة أبها",
     ERV, IED, UAG, POLSA, "Abha", "SA", "2015-08-06", "2", "", "",
     "Al Azhar statement (via Al Riyadh)", "reported",
     "the occasion of the title's news (al-Azhar condemns 'the sinful bombing'): the terrorist attack that targeted the "
     "mosque of the Emergency Forces in the Abha area, causing victims among the Saudi security men and wounding others "
     "(the title's 'التفجير' -> Remote explosive/landmine/IED, as the spent Asir rows of that wording; no perpetrator "
     "named -> Unidentified armed group; 'بمنطقة أبها' -> 'Abha', as the spent okaz-1328 row, alternative 'Asir'; "
     "'سقوط ضحايا' -> fatalities empty; the statement was issued 'yesterday' (DCT 7 August -> 6 August) and the attack "
     "came on or before it -> 6 August, precision 2). Not coded: al-Azhar's condemnation (statement)"),
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
