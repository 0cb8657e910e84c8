"""Bookkeeping helper for the events101 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur52/events101/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 101 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events101/sample.py ("This set: events101, seeds 3034 / 3035, drawn at the start of stop 52 (e50674e), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3034).shuffle, walked in order; (b) 10 with no text filter, random.Random(3035).shuffle, >=3 sources (got, by source, a: aljazirah 3, aawsat 2, almadina 2, 3alyoum 1, aleqtisadiya 1, okaz 1; b: alyaum 3, alriyadh 3, 3alyoum 2, alwatan 1, sabq 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 26 rows): detection F1 0.981 before by compare.py (26 matched of 27 A / 26 B rows, P 1.000, R 0.963; all 26 pairs are true event pairs; B gave rows to 8 of my 9 articles and left almadina-1327 empty); on the 26 pairs event_type, sub_event_type, actor1, location_country and time_precision agreed 26/26, actor2 25/26, fatalities, fatalities_qualifier and reported_as 24/26, location 23/26, event_date 19/26; triggers 15/26 identical trigger+occurrence, 21/26 nested; 27 -> 27 rows, none added or dropped; 11 values changed to B's: aleqtisadiya-146 Husaiba location 'Husaiba, Anbar' (first 'Husaybah al-Sharqiyah, Anbar') and reported_as reported (first claimed), aleqtisadiya-146 Iraqi raid reported_as reported (first claimed), aljazirah-370 Baiji location 'Baiji, Salah al-Din' (first 'Baiji'), aawsat-729 Warraq clashes event_date 2015-07-23 (first 07-22), aljazirah-299 arrest-campaign aggregate event_date 2015-07-17 (first DCT 07-23), aljazirah-299 Gilboa, Bab al-Amud, Bani Naim and Hebron arrests event_date 2015-07-22 (first DCT 07-23), alriyadh-824 Abha bombing event_date 2015-08-06 (first DCT 08-07); kept against B: almadina-1327 background Aden liberation row (B none), aleqtisadiya-146 arrests actor2 empty (B Islamic State), aleqtisadiya-146 the 29 killed on the coalition row (B on the Iraqi row), aljazirah-299 ten arrested location 'West Bank' (B empty), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
RIO = "Riots"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
PWI = "Protest with intervention"
UAG = "Unidentified armed group"
IS = "Islamic State"
MFI = "Military Forces of Iraq"
MFIS = "Military Forces of Israel"
MFT = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
CPS = "Civilians (Palestine)"
JAZ435 = "SN-aljazirah-20150801-435"
EQT146 = "SN-aleqtisadiya-20150722-146"
AWS68 = "SN-aawsat-20150801-68"
JAZ370 = "SN-aljazirah-20150802-370"
AWS729 = "SN-aawsat-20150724-729"
MAD1327 = "SN-almadina-20150721-1327"
MAD639 = "SN-almadina-20150725-639"
JAZ299 = "SN-aljazirah-20150723-299"
RYD824 = "SN-alriyadh-20150807-824"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Hamas's call (aljazirah-435, DCT Saturday 1 August 07:55 UTC)
    (JAZ435, "مقتل طفل فلسطيني حرقاً", "على مقتل طفل فلسطيني حرقاً بأيدي مستوطنين في نابلس",
     VAC, "Attack", "Settlers (Israel)", CPS, "Nablus", "PS", "2015-07-31", "2", "1", "exact",
     "Al Jazirah (AFP)", "reported",
     "the occasion of Hamas's call (the article's news): a Palestinian child killed by burning at the hands of settlers "
     "'in Nablus in the north of the occupied West Bank' (the Duma arson; the title's 'مقتل الطفل الفلسطيني حرقاً' and "
     "'هذه الجريمة' are the same event -> one row; settlers -> Settlers (Israel), as the spent Duma rows; the village is "
     "not named, the text names Nablus -> 'Nablus'; one child -> 1 exact; the text gives no day for the killing, Hamas "
     "reacted 'yesterday Friday' (DCT Saturday 1 August -> 31 July) -> 31 July, precision 2 (the spent rows whose texts "
     "dated it have 31 July)). Not coded: Hamas's call to 'respond with force' and for deterrent international decisions "
     "(statements), the occupation's crimes in Gaza (generic)"),
    # Anbar operations (aleqtisadiya-146, DCT Wednesday 22 July 10:10 UTC)
    (EQT146, "تمكنت من إحباط محاولة هجوم", "ودمرتها في حين تمكنت من إحباط محاولة هجوم للإرهابيين وقتلت 21 منهم",
     BAT, CLASH, "Police Forces of Iraq", IS, "Husaiba, Anbar", "IQ", "2015-07-22", "2", "31", "exact",
     "Iraqi War Media statement (via Al Eqtisadiya)", "reported",
     "the War Media statement: the Federal Police spotted five ISIS vehicles in the East Husaybah area of Anbar and "
     "destroyed them, foiled an attack by the terrorists and killed 21 of them; the police also spotted ten terrorists in "
     "two cars and killed them all 'in the same area' (same place, same operation -> one row, 21 + 10 -> 31 exact; "
     "alternative two rows; Federal Police -> Police Forces of Iraq, as the spent alweeam-1640 Federal Police row; no day "
     "-> DCT, precision 2; adjudicated: reported, as B, first claimed after the spent aawsat-738 War Media Cell rows: the "
     "title and the lead state 'dozens of ISIS members were killed ... in the operations areas' in the outlet's own voice, "
     "and the conventions make that reported even when a source is cited; adjudicated: location 'Husaiba, Anbar', as B "
     "and the spent alyaum-1225 and alwatan-1105 rows of the same area east of Ramadi, first 'Husaybah al-Sharqiyah, "
     "Anbar'). The title's 'killing of dozens' is the sum of this article's rows, folded"),
    (EQT146, "أغارت القوات العراقية", "كما أغارت القوات العراقية على مجموعة من العناصر الإرهابية",
     BAT, CLASH, MFI, IS, "Anbar", "IQ", "2015-07-22", "2", "5", "exact",
     "Iraqi War Media statement (via Al Eqtisadiya)", "reported",
     "the same statement: the Iraqi forces raided a group of terrorist elements, killed five and burned three vehicles "
     "carrying weapons (no place beyond the Anbar operations area of the lead -> 'Anbar'; 'أغارت' read as a ground raid, "
     "alternative an air strike; no day -> DCT, precision 2; 'خمسة' -> 5 exact; adjudicated: reported, as B, first "
     "claimed: part of the 'dozens killed' the lead states in the outlet's voice)"),
    (EQT146, "واعتقل سبعة مطلوبين", "الإرهابي واعتقل سبعة مطلوبين في مناطق العمليات العسكرية",
     SD, "Arrests", MFI, "", "Anbar", "IQ", "2015-07-22", "2", "", "",
     "Al Eqtisadiya", "reported",
     "the lead: seven wanted men arrested in the areas of the Iraqi forces' military operations in Anbar (arrests during "
     "the counter-ISIS operation; the wanted men are not named as ISIS members -> actor2 empty, as the spent alriyadh-676 "
     "Turkish arrests row; kept in adjudication against B's Islamic State, the text calls them only 'wanted', "
     "alternative B's; no day -> DCT, precision 2; stated in the outlet's voice -> "
     "reported)"),
    (EQT146, "28 طلعة جوية", "جرى تنفيذ 28 طلعة جوية اليوم على مناطق العمليات العسكرية",
     ERV, AIR, MFI, IS, "", "IQ", "2015-07-22", "1", "", "",
     "Iraqi Air Force command statement (via Al Eqtisadiya)", "claimed",
     "the Iraqi Air Force command: 28 sorties 'today' over the military operations areas in Iraq, and the Army Aviation "
     "command 30 sorties (both Iraqi -> one row, Military Forces of Iraq; 'today' -> DCT 22 July, precision 1; no place "
     "beyond 'the operations areas in Iraq' -> location empty; the 29 killed are given with the coalition's sorties, see "
     "that row; the Iraqi side's statement -> claimed)"),
    (EQT146, "14 طلعة جوية", "تنفيذ طيران التحالف الدولي 14 طلعة جوية",
     ERV, AIR, "Global Coalition Against Daesh", IS, "", "IQ", "2015-07-22", "2", "29", "exact",
     "Iraqi Air Force command statement (via Al Eqtisadiya)", "claimed",
     "the same statement: the international coalition's aircraft flew 14 sorties, 'which in total' killed 29 ISIS members "
     "and destroyed two rocket and mortar sites, nine hideouts and four vehicles ('أسفرت بمجملها' read as the coalition's "
     "14 sorties, the nearest plural; alternative the total of all the day's sorties, then the 29 belong to the Iraqi "
     "row as well (B put the 29 on the Iraqi row as a joint toll; kept in adjudication: the clause follows the "
     "coalition's sentence, the Iraqi sorties stand in the previous sentence, before a full stop and a new 'وأشار البيان'); "
     "coalition -> Global Coalition Against Daesh, as the spent rows; no place -> empty; 'today' is said "
     "only of the Iraqi sorties -> DCT, precision 2; relayed from the Iraqi statement -> claimed)"),
    # Turkey (aawsat-68, DCT Saturday 1 August 08:18 UTC)
    (AWS68, "شنت الطائرات التركية أمس", "حيث شنت الطائرات التركية أمس نحو 30 غارة",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-31", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the violent Turkish military campaign against the PKK rebels continued: Turkish aircraft 'yesterday' (DCT 1 August "
     "-> 31 July) carried out about 30 raids on PKK positions in northern Iraq (northern Iraq, no place -> location "
     "empty, IQ, as the spent aawsat-104 campaign row; the title's 'التصعيد ضد الأكراد' and 'العمليات العسكرية ضد "
     "الأكراد' folded; stated in the outlet's voice -> reported)"),
    (AWS68, "هجوم جديد", "قتل عنصران من الشرطة في هجوم جديد",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-07-31", "2", "2", "exact",
     "Asharq Al-Awsat", "reported",
     "two policemen killed in a new attack by the PKK in southern Turkey (attack on the police -> Armed clash vs Police "
     "Forces of Turkey, as the spent Cinar and Midyat rows; 'جنوب تركيا', no place -> location empty; the sentence's "
     "'yesterday' governs the raids, the attack has no own day -> 31 July, precision 2; 'عنصران' -> 2 exact)"),
    (AWS68, "مجموع ضحايا الهجمات الكردية", "ليرتفع مجموع ضحايا الهجمات الكردية إلى 16 رجل أمن خلال 10 أيام",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-07-22", "3", "16", "exact",
     "Asharq Al-Awsat", "reported",
     "aggregate: the toll of the Kurdish attacks rose to 16 security men in 10 days (the two policemen above included; "
     "'الهجمات الكردية' in a PKK paragraph -> PKK; 'رجل أمن' -> Police Forces of Turkey, as the spent aawsat-104 and "
     "aawsat-187 aggregates; 10 days before the DCT -> 22 July, precision 3; no place -> empty). Not coded: the "
     "coalition talks, Erdogan on early elections and a minority government, the MHP's conditions, the December 2014 "
     "police detentions of Erdogan's associates for corruption (a legal action, criminal charges)"),
    # Column on ISIS (aljazirah-370, DCT Sunday 2 August 23:45 UTC)
    (JAZ370, "اقتحام الجيش العراقي مصفاة بيجي", "بُعيد اقتحام الجيش العراقي مصفاة بيجي في العراق",
     BAT, GRT, MFI, IS, "Baiji, Salah al-Din", "IQ", "2015-08-02", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "background, borderline (opinion column): video clips filmed just after the Iraqi army stormed the Baiji refinery, "
     "which ISIS had occupied (the army taking the refinery -> Government regains territory; the refinery at Baiji -> "
     "adjudicated 'Baiji, Salah al-Din', as B and the spent alweeam-1640 row, first 'Baiji'; no temporal word in a column -> DCT, precision 3, as the spent column rows). Not coded: ISIS's seizure of "
     "Mosul (June 2014, more than 12 months before the DCT), the US occupation of Iraq in 2003, the writer's claim that "
     "the Americans dropped supplies to ISIS in the refinery and bomb ISIS by day (commentary, not a dated event)"),
    # Nile boat accident + Rafah (aawsat-729, DCT Friday 24 July 08:49 UTC)
    (AWS729, "ووقعت اشتباكات بين أهالي الضحايا وقوات الأمن", "ووقعت اشتباكات بين أهالي الضحايا وقوات الأمن بالمنطقة",
     RIO, "Violent demonstration", "Rioters (Egypt)", "Police Forces of Egypt", "Al Warraq, Giza", "EG", "2015-07-23", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "clashes broke out between the victims' relatives and the security forces in the area after the relatives blocked "
     "the road and fired shots to express their anger; confrontations followed and the forces moved to disperse them and "
     "reopen the road (road blocking and shooting by an angry crowd -> Riots/Violent demonstration; 'مواجهات' the same "
     "event; the area of the al-Warraq boat sinking, Giza -> 'Al Warraq, Giza'; the sinking was 'the evening before "
     "yesterday' (DCT 24 July -> 22 July) and the clashes followed it, no own day -> adjudicated 23 July, as B, first "
     "22 July: an evening sinking puts the relatives' gathering, road-blocking and dispersal mostly on the next day, between "
     "the sinking and the report, precision 2; no toll). Not "
     "coded: the boat collision (an accident, 16 dead), the arrest and detention of the boat driver and his aides "
     "(criminal negligence case), the governor's compensation"),
    (AWS729, "انفجار عبوة ناسفة", "إثر انفجار عبوة ناسفة برفح في شمال سيناء",
     ERV, IED, UAG, "Military Forces of Egypt", "Rafah", "EG", "2015-07-23", "2", "4", "exact",
     "Brig. Mohammed Samir, Egyptian army spokesman (via Asharq Al-Awsat)", "reported",
     "the army spokesman announced 'yesterday' (23 July) the killing of an officer and three soldiers and the wounding "
     "of three others when an explosive device planted in a vehicle of a raiding force blew up while the soldiers combed "
     "the line between the al-Mahdiya and al-Masura areas of Rafah, North Sinai (1 + 3 -> 4 exact; planter not named -> "
     "Unidentified armed group; the blast's own day not stated, announced on 23 July -> 23 July, precision 2, as the "
     "spent aawsat-17 row of the same blast)"),
    # Column (almadina-1327, DCT Tuesday 21 July 20:13 UTC)
    (MAD1327, "قرب تحرير عدن بالكامل", "وآخرها قرب تحرير عدن بالكامل",
     BAT, GRT, "Yemeni Resistance", "Houthis", "Aden", "YE", "2015-07-21", "3", "", "",
     "Al Madina (opinion column)", "reported",
     "background, borderline (opinion column): the military successes continue daily on the ground, 'the latest of them "
     "the near-complete liberation of Aden' (the recapture of Aden by the pro-Hadi side -> Yemeni Resistance vs Houthis, "
     "as the spent Aden liberation rows; column, no temporal word -> DCT, precision 3; kept in adjudication against B, "
     "who left the article empty as generic: the clause names a place and an act under way, as the spent okaz-1461 and "
     "aawsat-771 background Aden rows; alternative not coded). Not coded: 'Decisive Storm "
     "announced by King Salman' (the campaign in general, commentary, no date), the nuclear deal and the European "
     "ministers' visits to Tehran (diplomacy)"),
    # Nepal strike (almadina-639, DCT Saturday 25 July 09:56 UTC)
    (MAD639, "إضراب احتجاجا على مسودة دستور", "بعد الدعوة إلى تنظيم إضراب احتجاجا على مسودة دستور جديد",
     PRO, "Peaceful protest", "Protesters (Nepal)", "", "", "NP", "2015-07-24", "1", "", "",
     "Nepalese authorities (via Al Madina)", "reported",
     "the title's news: schools, markets and businesses closed and transport stopped across Nepal 'yesterday Friday' "
     "(DCT Saturday 25 July -> 24 July) in a general strike against the controversial draft constitution, called by the "
     "Maoist Communist Party of Nepal (a general strike -> Protests; 'across the country', no single place -> location "
     "empty; the Kathmandu and Makwanpur arrests and the car burnings are their own rows; the closing sentence on the "
     "strike is the same event)"),
    (MAD639, "اعتقلت 60 شخصا", "وذكرت الشرطة أنها اعتقلت 60 شخصا من العاصمة كاتماندو",
     PRO, PWI, "Protesters (Nepal)", "Police Forces of Nepal", "Kathmandu", "NP", "2015-07-24", "1", "", "",
     "Nepalese police (via Al Madina)", "reported",
     "the strike in Kathmandu: the police arrested 60 people in the capital on charges of trying to enforce the strike "
     "(arrests of strikers -> Protest with intervention, the arrests folded, alternative a Strategic "
     "developments/Arrests row; 24 July, precision 1)"),
    (MAD639, "عشرة متظاهرين", "كما اعتقلت السلطات عشرة متظاهرين في منطقة ماكوانبور",
     PRO, PWI, "Protesters (Nepal)", "Police Forces of Nepal", "Makwanpur", "NP", "2015-07-24", "1", "", "",
     "Al Madina", "reported",
     "the authorities also arrested ten demonstrators in the Makwanpur district of central Nepal (one location per row; "
     "'السلطات' -> Police Forces of Nepal; 24 July, precision 1)"),
    (MAD639, "احراق سيارات", "فيما تم احراق سيارات في بعض الأماكن",
     RIO, "Violent demonstration", "Rioters (Nepal)", "", "", "NP", "2015-07-24", "1", "", "",
     "Al Madina", "reported",
     "while the strike organisers tried to stop traffic and close shops, cars were burned 'in some places' (arson by "
     "strikers -> Riots/Violent demonstration; unnamed places -> location empty; same day; alternative folded into the "
     "strike row). Not coded: the police's reinforced security measures (a precaution)"),
    # West Bank (aljazirah-299, DCT Thursday 23 July 17:28 UTC)
    (JAZ299, "مواجهات مع قوات الاحتلال", "جراء إصابته بعيار ناري في الصدر في مواجهات مع قوات الاحتلال",
     RIO, "Violent demonstration", "Rioters (Palestine)", MFIS, "Burqin", "PS", "2015-07-22", "1", "1", "exact",
     "Palestinian medical sources at Jenin government hospital; local eyewitnesses (via Al Jazirah)", "reported",
     "the title's news: the young Palestinian Mohammed Ahmed Alawneh (21) died of a bullet in the chest in clashes with "
     "the Israeli forces at dawn 'yesterday Wednesday' (DCT Thursday 23 July -> 22 July) after the forces raided the "
     "town of Burqin west of Jenin and clashes broke out (the second 'ووقعت مواجهات' and the title's killing are the "
     "same event -> one row; clashes of residents with a raiding force -> Riots/Violent demonstration with the Israeli "
     "forces as actor2 and the man killed as its fatality, as the spent adjudicated aleqtisadiya-254 row of the same "
     "killing; alternative Violence against civilians/Attack, the witnesses speak of a silenced gun 'in cold blood')"),
    (JAZ299, "حملات الاعتقال", "وكثّفت سلطات الاحتلال الإسرائيلية من حملات الاعتقال",
     SD, "Arrests", MFIS, CPS, "", "PS", "2015-07-17", "3", "", "",
     "Al Jazirah sources in the West Bank and occupied Jerusalem", "reported",
     "aggregate: the occupation authorities intensified their arrest campaigns during and after Eid; in the past few "
     "days the Israeli forces arrested more than 30 Palestinians, women and children among them, in night raids on "
     "homes (West Bank and Jerusalem, several places -> location empty; adjudicated: dated at the campaign's start, Eid "
     "al-Fitr, 17 July, precision 3, as B and as the spent aggregates dated at their start, first DCT; the named "
     "arrests below are their own rows)"),
    (JAZ299, "اعتقلت الفلسطينية", "أن قوات الاحتلال اعتقلت الفلسطينية «أمينة عامودي» خلال زيارتها",
     SD, "Arrests", MFIS, CPS, "Gilboa Prison", "IL", "2015-07-22", "2", "", "",
     "Palestinian Prisoners' Club (via Al Jazirah)", "reported",
     "the Palestinian Prisoners' Club: the occupation forces arrested Amina Amoudi while she visited her son, the "
     "prisoner Mohammed Amoudi, in Gilboa prison (the prison lies in northern Israel -> IL; 'قوات الاحتلال' -> Military "
     "Forces of Israel, alternative the prison service/police; no day -> adjudicated 22 July, the round-up's day, precision "
     "2, as B and the spent aljazirah-725 arrest rows (DCT-1, precision 2, for an Al Jazirah round-up), first DCT)"),
    (JAZ299, "قرية عوريف", "بعد اقتحام منزل عائلته ومصادرة سلاح في قرية عوريف",
     SD, "Arrests", MFIS, CPS, "Urif", "PS", "2015-07-22", "1", "", "",
     "Al Jazirah", "reported",
     "the occupation forces arrested at dawn 'yesterday Wednesday' (22 July) a young man, the son of a Palestinian "
     "security officer, after storming his family's home and confiscating a weapon in the village of Urif south of "
     "Nablus (22 July, precision 1)"),
    (JAZ299, "باب العامود", "شاباً فلسطينياً مُقعداً وفتى من منطقة باب العامود بمدينة القدس",
     SD, "Arrests", MFIS, CPS, "Bab al-Amud, Jerusalem", "PS", "2015-07-22", "2", "", "",
     "Al Jazirah", "reported",
     "the occupation forces arrested a disabled young Palestinian (Khalil Abu Abseh, taken in his wheelchair to the "
     "police station) and a boy from the Bab al-Amud (Damascus Gate) area of Jerusalem on the pretext of throwing stones "
     "at the light rail (East Jerusalem -> PS, as the spent Old City/Issawiya/Ras al-Amud arrest rows; no day -> "
     "adjudicated 22 July, the round-up's day, precision 2, as B and the spent aljazirah-725 rows, first DCT)"),
    (JAZ299, "5 فلسطينيين من مدينة نابلس", "كما اعتقلت قوات الاحتلال 5 فلسطينيين من مدينة نابلس خلال عيد الفطر",
     SD, "Arrests", MFIS, CPS, "Nablus", "PS", "2015-07-17", "2", "", "",
     "Al Jazirah", "reported",
     "the occupation forces arrested 5 Palestinians from the city of Nablus during Eid al-Fitr (Eid began on Friday 17 "
     "July 2015 -> 17 July, precision 2)"),
    (JAZ299, "عشرة فلسطينيين", "فجر أمس الأول الثلاثاء عشرة فلسطينيين في مداهمات ليلية",
     SD, "Arrests", MFIS, CPS, "West Bank", "PS", "2015-07-21", "1", "", "",
     "Al Jazirah", "reported",
     "Israeli army forces arrested ten Palestinians at dawn 'the day before yesterday, Tuesday' (DCT Thursday 23 July "
     "-> 21 July) in night raids on homes in the West Bank cities (several unnamed cities -> 'West Bank', as the spent "
     "alriyadh-913 arrest row, the spent rows with the text's 'West Bank' have it; kept in adjudication against B's empty "
     "location, alternative B's)"),
    (JAZ299, "بلدة بني نعيم", "فتيين فلسطينيين من بلدة بني نعيم",
     SD, "Arrests", MFIS, CPS, "Bani Naim", "PS", "2015-07-22", "2", "", "",
     "Al Jazirah sources", "reported",
     "the Israeli forces arrested at dawn two Palestinian boys from the town of Bani Naim after raiding and searching "
     "their families' homes (one location per row, the Hebron child is its own row; 'فجراً' with no day -> adjudicated "
     "22 July, the round-up's day (the article's other dawn arrests are 'yesterday Wednesday'), precision 2, as B, first DCT)"),
    (JAZ299, "وطفلاً من مدينة الخليل", "وطفلاً من مدينة الخليل عقب مداهمة منازل ذويهم",
     SD, "Arrests", MFIS, CPS, "Hebron", "PS", "2015-07-22", "2", "", "",
     "Al Jazirah sources", "reported",
     "the same sentence, second place: a child from the city of Hebron, taken to an unknown destination (adjudicated 22 "
     "July, precision 2, as B, first DCT). Not coded: Fares's remarks on 'the decision', Ahmed Bahr's Eid speech to prisoners' families in Gaza "
     "(statements), Mohammed Amoudi's detention since 2006 (too old)"),
    # Al-Azhar condemns (alriyadh-824, DCT Friday 7 August 06:46 UTC)
    (RYD824, "للهجوم الإرهابي", "للهجوم الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة أبها",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-06", "2", "", "",
     "Al-Azhar (statement, via Al Riyadh)", "reported",
     "the occasion of al-Azhar's condemnation (the article's news): the terrorist attack that targeted the Emergency "
     "Forces mosque 'in the Abha area', causing victims among the Saudi security men and injuring others (the title's "
     "'التفجير الآثم' and 'هذا الهجوم الأثيم' are the same event -> one row; only 'تفجير'/'هجوم' -> the generic explosive "
     "sub-type, as the spent Abha/Asir rows, alternative Suicide bomb; no perpetrator named; 'سقوط ضحايا' -> fatalities "
     "empty; the text names Abha -> 'Abha', as the spent okaz-1328 row; no day for the attack, al-Azhar's statement came "
     "'yesterday' (DCT 7 August -> 6 August) -> adjudicated 6 August, precision 2, as B and as this set's Duma row dated "
     "by its reaction's day, first DCT, precision 2, as okaz-1328). Not coded: the condemnation and condolences (statements)"),
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
