"""Bookkeeping helper for the events15 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions are those of ../events13/addrows.py (itself from ../events8/, ../events7/ and ../events2/).
Run: python3 tests/data/heldout/events15/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 15 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. Both halves from /work/shared/datasets/ant_multisource/articles.jsonl.gz (cat in {internationalNews, middleEast}, 120-800 words, id not in /work/notes/used_ids.txt and not a bundled-corpus article), as in sample.py's PARTS: (a) 10 whose text matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2692).shuffle of line indices, walked in order; (b) 10 with no text filter: random.Random(2693).shuffle, walked in order, >=3 src (got, by id prefix, a: AL 2, BB 1, CN 1, SK 6; b: AL 2, BB 2, CN 2, FR 2, SK 2).
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
ADJ = ("Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 33 rows): 3 rows added "
       "(AL-722 Abwab al-Hadid strikes, SK-1690 March of Return aggregate and announced doubling of Israeli units), none "
       "removed (30 rows); 1 location and 1 time_precision value changed; every difference and its reason in "
       "second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
PR = "Protests"
VAC = "Violence against civilians"
BAT = "Battles"
AIR = "Air/drone strike"
GRT = "Government regains territory"
EFP = "Excessive force against protesters"
YEM = "Military Forces of Yemen"
COAL = "Saudi-led coalition"
HOU = "Houthis"
ISR = "Military Forces of Israel"
PPS = "Protesters (Palestine)"
PFR = "Protesters (France)"
PNI = "Protesters (Nicaragua)"
AL128 = "AL-internationalNews-128-20180220"
AL720 = "AL-internationalNews-720-20180331"
AL722 = "AL-internationalNews-722-20180331"
SK1690 = "SK-middleEast-1690-20180514"
SK1386 = "SK-internationalNews-1386-20180505"
SK2674 = "SK-middleEast-2674-20180630"
FR1845 = "FR-internationalNews-1845-20180616"
CN25 = "CN-middleEast-25-20180219"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    ("CN-internationalNews-581-20180907", "اعتداء سالزبري", "بشأن اعتداء سالزبري، الذي اتُهمت روسيا",
     VAC, "Attack", "Government of Russia", "Civilians (United Kingdom)", "Salisbury", "GB", "2018-03-01", "3", "", "",
     "joint statement of the US, UK, German, French and Canadian leaders; UK security minister Ben Wallace (via CNN)",
     "claimed",
     "background: the Salisbury attack of March 2018 (Novichok nerve agent against the Russian double agent Sergei "
     "Skripal and his daughter Yulia), which Russia is accused of organising; Wallace says Putin is ultimately "
     "responsible (the attack is fact, the perpetrator only an accusation -> claimed, as the spent Khashoggi rows; "
     "targeted attack on persons -> Violence against civilians/Attack; 'March 2018' -> 1 March, precision 3; no one "
     "killed in the text). Not coded: Trump's wish for an inquiry into the op-ed author (political/legal), France's "
     "accusation of Russian satellite espionage (no violence), the 1923 founding of Interpol (history)"),
    ("SK-middleEast-2172-20180605", "مقتل المسعفة", "من مقتل المسعفة الفلسطينية رزان",
     PR, EFP, PPS, ISR, "Khuza'a, Khan Younis", "PS", "2018-06-01", "1", "1", "exact",
     "Gaza Ministry of Health (Ashraf al-Qudra); Israeli army (preliminary inquiry)", "reported",
     "the killing of the Palestinian paramedic Razan al-Najjar (22) by Israeli army fire east of Khan Younis on 1 June "
     "(date in the army statement) while she treated protesters wounded at the border fence (the return camp on "
     "Khuza'a land); the army admits firing 'a limited number of bullets' at other protesters but denies aiming at "
     "her (the killing itself is not denied -> reported). Folded: the more than 100 wounded that day, 40 by live fire "
     "(same protest, same day). Not coded: the army's inquiry and its referral to the military prosecutor (legal). "
     "Adjudicated: location first 'Khan Younis'; Khuza'a (the return camp's land east of Khan Younis, where she "
     "worked) is the most specific place the text gives"),
    ("AL-internationalNews-128-20180220", "معارك عنيفة", "تدور معارك عنيفة منذ ساعات",
     BAT, "Armed clash", YEM, HOU, "Mawza, Taiz", "YE", "2018-02-20", "1", "", "", "Al Arabiya; military sources",
     "reported",
     "Tuesday since the morning: fierce battles between the national army, backed by coalition forces, and the Houthis "
     "in the Mawza area south and east of the Khalid bin al-Walid camp (Taiz governorate); title. Folded (same place "
     "and day, in support of the battle): coalition artillery on Houthi positions south of the camp, continuing "
     "clashes east of the camp, coalition air strikes destroying two military vehicles south of the camp. Houthi "
     "'heavy losses' vague -> fatalities empty"),
    (AL128, "هجوما مباغتا", "شنت قوات الشرعية هجوما مباغتا",
     BAT, GRT, YEM, HOU, "Hays, Al Hudaydah", "YE", "2018-02-20", "1", "", "", "field sources in the national army",
     "claimed",
     "the government forces' surprise attack on Houthi positions in farms and heights east of Hays district (south of "
     "Hodeidah governorate), taking their positions after killing and wounding 'dozens' (vague -> fatalities empty); "
     "folded: the simultaneous battles east of Hays on Tuesday (title 'بشرق حيس'). Only the army's field sources -> "
     "claimed; adjudicated: precision 1 (first 2): the folded battles east of Hays are dated Tuesday by the first "
     "paragraph ('simultaneous' with Tuesday's battles), and the capture is their outcome"),
    (AL128, "غارات مكثّفة", "شنت طائرات التحالف غارات مكثّفة",
     ERV, AIR, COAL, HOU, "Jabal Ras", "YE", "2018-02-20", "2", "", "", "Al Arabiya", "reported",
     "on the West Coast front: intensive coalition air strikes on large Houthi reinforcements sent from Ibb "
     "governorate in the Jabal Ras area (a different front and place from the Taiz battle -> own row; no day stated -> "
     "DCT, precision 2)"),
    (AL720, "وصلت عدة محافظات", "والمدرعات وصلت عدة محافظات يمنية",
     SD, "Other", COAL, "", "", "YE", "2018-03-31", "2", "", "", "Al Arabiya and Al Hadath correspondent", "reported",
     "title: the Saudi-led coalition sent multi-task reinforcements (thousands of soldiers, hundreds of tanks and "
     "armoured vehicles, reconnaissance and demining battalions, medical teams) that arrived in several Yemeni "
     "governorates to support the army in retaking Houthi-held areas (troop deployment, no fighting -> Strategic "
     "developments/Other, as the spent BB-66 Afrin deployment; no governorate named -> location empty; no day -> DCT, "
     "precision 2)"),
    (AL720, "استهدفت المقاتلات", "استهدفت المقاتلات تعزيزات ومواقع",
     ERV, AIR, COAL, HOU, "Fadhha, Al Malajim", "YE", "2018-03-31", "1", "", "", "Al Arabiya", "reported",
     "early Saturday morning: coalition jets struck Houthi reinforcements and positions in the Fadhha area of al-Malajim "
     "district (al-Bayda governorate), killing and wounding Houthis (no number) and burning weapons, vehicles and "
     "ammunition. The opening sentence's Saturday strikes 'on the West Coast and in al-Bayda' are covered by this row "
     "and the Hodeidah rows"),
    (AL720, "استهداف طائرات التحالف", "إثر استهداف طائرات التحالف بعدة غارات",
     ERV, AIR, COAL, HOU, "Wadi Ayan, Az Zuhrah", "YE", "2018-03-31", "2", "", "", "security sources in Hodeidah",
     "reported",
     "several coalition strikes on a Houthi training camp in Wadi Ayan, al-Khashm area, al-Zuhra district north of "
     "Hodeidah city; about 150 Houthis killed or wounded (split not stated -> fatalities empty); 'in a related context' "
     "(the Saturday West Coast strikes, day not restated -> precision 2)"),
    (AL720, "حيس", "في ضواحي مديرية #حيس",
     ERV, AIR, COAL, HOU, "Hays, Al Hudaydah", "YE", "2018-03-31", "2", "", "", "security sources in Hodeidah",
     "reported",
     "the strikes also destroyed Houthi reinforcements on the outskirts of Hays district (a differently named place -> "
     "own row)"),
    (AL720, "الخط العام", "وعلى الخط العام الرابط بين زبيد والجراحي",
     ERV, AIR, COAL, HOU, "Zabid-Al Jarrahi road", "YE", "2018-03-31", "2", "", "", "security sources in Hodeidah",
     "reported",
     "the strikes destroyed Houthi reinforcements on the main road between Zabid and al-Jarrahi (a differently named "
     "place -> own row)"),
    (AL720, "التحيتا", "شمال مديرية التحيتا",
     ERV, AIR, COAL, HOU, "At Tuhayta", "YE", "2018-03-31", "2", "", "", "security sources in Hodeidah", "reported",
     "the strikes destroyed Houthi ammunition and weapons stores north of al-Tuhayta district near the front lines "
     "(own row; spelling as the spent SK-1150 row)"),
    (SK1690, "40 فلسطينيا قتلوا", "40 فلسطينيا قتلوا",
     PR, EFP, PPS, ISR, "Gaza Strip", "PS", "2018-05-14", "1", "40", "exact", "Palestinian medical sources",
     "reported",
     "Monday (US embassy inauguration day): Israeli forces fired live ammunition and tear gas at thousands of unarmed "
     "Palestinians gathered at the border east of the Gaza Strip (also at people in the tents); 40 killed and more "
     "than 1,700 wounded at the time of writing (title: 'dozens'). Folded: Israeli aircraft dropping incendiary "
     "material on the protesters' tyre piles (witnesses, same place and day). The March of Return aggregate and the "
     "announced doubling of Israeli units are their own rows (adjudicated). Not coded: the embassy opening and "
     "Trump's December recognition of Jerusalem (diplomatic)"),
    (SK1690, "مسيرة العودة الكبرى", 'ليرتفع بذلك عدد قتلى "مسيرة العودة الكبرى"',
     PR, EFP, PPS, ISR, "Gaza Strip", "PS", "2018-05-14", "3", "", "", "Palestinian medical sources", "reported",
     "aggregate: Monday's dead raise the death toll of the 'Great March of Return' protests at the Gaza border, "
     "going on for six weeks since 30 March 2018 (no total given -> fatalities empty, as the header's 'dozens killed "
     "since the campaign started' example; dated at the DCT, precision 3, as the spent March-of-Return aggregates "
     "events8 FR-1431 and events9 FR-2772). Added in adjudication, from B (first not coded for want of a number)"),
    (SK1690, "سيضاعف عدد وحدات جيشه", "قال السبت إنه سيضاعف عدد وحدات جيشه",
     SD, "Other", ISR, "", "Gaza Strip", "PS", "2018-05-12", "2", "", "", "Israeli army", "planned",
     "the Israeli army, on maximum alert, said on Saturday it would double its combat units around the Gaza Strip and "
     "in the occupied West Bank, and about 1,000 police would be mobilised in Jerusalem for the embassy (folded): an "
     "announced troop deployment -> Strategic developments/Other, planned (as the spent BB-66 deployment and this "
     "set's AL-720 reinforcements); dated at the Saturday announcement, precision 2. Added in adjudication, from B "
     "(first excluded as a precaution, an exclusion the conventions do not list)"),
    (SK1690, "إلى ذروتها", "إلى ذروتها، الثلاثاء",
     PR, "Peaceful protest", PPS, "", "Gaza Strip", "PS", "2018-05-15", "1", "", "", "Sky News Arabia", "planned",
     "the March of Return protests are expected to peak on Tuesday, Nakba day (announced/expected -> planned)"),
    (SK1386, "خرج عشرات الآلاف", "خرج عشرات الآلاف في شوارع باريس",
     PR, "Peaceful protest", PFR, "", "Paris", "FR", "2018-05-05", "1", "", "", "Sky News Arabia (Reuters)",
     "reported",
     "Saturday: tens of thousands marched in Paris against Macron's economic reforms ('one year is enough'), organised "
     "by a member of La France Insoumise (160,000 per the movement, 40,000 per the Paris mayor's office); heavy police "
     "presence, no intervention -> actor2 empty. Not coded: the continuing rail workers' strike (a strike, no "
     "demonstration described)"),
    (SK1386, "بإشعال النار في سيارات", "بإشعال النار في سيارات",
     "Riots", "Violent demonstration", "Rioters (France)", "Police Forces of France", "Paris", "FR", "2018-05-01", "1",
     "", "", "Sky News Arabia (Reuters)", "reported",
     "background: on May Day (Tuesday 1 May) hundreds of members of anarchist groups set cars on fire and threw stones "
     "at the police, taking over the march called by the trade unions (the union march is folded into this row; the "
     "police are the target -> actor2)"),
    (SK1386, "26 مايو", "في 26 مايو",
     PR, "Peaceful protest", PFR, "", "", "FR", "2018-05-26", "1", "", "", "La France Insoumise", "planned",
     "the movement seeks to organise a much bigger rally with the unions and other forces on 26 May (planned; no city "
     "named -> location empty)"),
    ("SK-middleEast-1210-20180424", "بغارة للتحالف", "مقتله بغارة للتحالف العربي",
     ERV, AIR, COAL, HOU, "", "YE", "2018-04-19", "1", "1", "exact", "Houthi Supreme Political Council (announcement)",
     "claimed",
     "background: Saleh al-Sammad, head of the Houthis' Supreme Political Council, killed in a coalition air strike "
     "'last Thursday' (DCT Tuesday 24 April -> 19 April); given as the council's announcement -> claimed; no place "
     "named -> location empty; only his death is mentioned -> 1. Not coded: the appointment of Mahdi al-Mashat as his "
     "successor (leadership change, as cabinet changes), the 2014 takeover of Sanaa (too old), the 'assassinations "
     "and liquidations' between Houthi wings (generic, undated)"),
    # ---- set b (no text filter) ----
    ("AL-internationalNews-722-20180331", "فتح جبهة جديدة", "عن فتح جبهة جديدة في مديرية",
     BAT, GRT, YEM, HOU, "Az Zahir, Saada", "YE", "2018-03-31", "1", "", "", "Yemeni army; a military source (army media centre)",
     "claimed",
     "Saturday: the army, backed by coalition Apache helicopters, opened a new front in al-Dhahir district (south-west "
     "Saada governorate) and says it 'liberated' Haid al-Asam, Abu Aqqal hill and the al-Camp camp, with fierce "
     "battles continuing a kilometre from Suq al-Malahidh, the district centre (only the army's account -> claimed; "
     "captures, advance and ongoing battles folded; Houthi losses vague)"),
    (AL722, "حررت قوات الجيش اليمني", "وفي شمال صعدة، حررت قوات الجيش اليمني",
     BAT, GRT, YEM, HOU, "Baqim, Saada", "YE", "2018-03-31", "2", "15", "at_least",
     "Brig. Saleh Qarush (5th Border Guards Brigade commander)", "claimed",
     "north of Saada: a special unit of the 5th Border Guards Brigade, backed by the coalition, 'liberated' al-Tabba "
     "al-Hamra, Janah al-Saqr and other heights in Baqim district; 'at least 15' Houthis killed incl. a sniper "
     "(commander's account -> claimed; day not stated -> DCT, precision 2). Folded: weapons and ammunition "
     "recovered. The coalition strikes 'at the same time' are their own row (adjudicated: first folded here)"),
    (AL722, "شنت مقاتلات التحالف غارات", "بالتزامن مع ذلك، شنت مقاتلات التحالف غارات",
     ERV, AIR, COAL, HOU, "Abwab al-Hadid, Baqim", "YE", "2018-03-31", "2", "", "", "Al Arabiya", "reported",
     "at the same time as the Baqim operation, coalition jets struck Houthi reinforcements and movements, destroying "
     "two vehicles and killing those aboard (no number -> fatalities empty) and other reinforcements in the Abwab "
     "al-Hadid area (7 motorcycles, guns); Abwab al-Hadid is the only place named for the strikes and differs from "
     "the captured heights -> own row (one location per row: strikes on differently named places are separate rows; "
     "the spent SK-2352 fold concerned strikes on the same place). Added in adjudication, from B"),
    (SK2674, "ومقتل 3 سجناء", "ومقتل 3 سجناء",
     VAC, "Attack", HOU, "Civilians (Yemen)", "Hodeidah Central Prison, Al Hudaydah", "YE", "2018-06-28", "1", "3",
     "exact", "Sky News Arabia sources", "reported",
     "'last Thursday' (DCT Saturday 30 June -> 28 June): prisoners of Hodeidah central prison rose against the Houthis' "
     "attempts to move them by force to the front lines to fight; Houthi gunmen fired on them and blew up a gas "
     "cylinder, starting a fire; 3 prisoners killed, others wounded; 'Central Security' soldiers fired tear gas inside "
     "(folded). Detainees killed by the armed group holding them -> Violence against civilians/Attack (no violence by "
     "the prisoners described). Not coded: the Houthis' siege of the prisoners since (food, water and visits "
     "blocked: the title's news; prison conditions)"),
    (SK2674, "بمطار الحديدة", "دحر الحوثيين بمطار الحديدة",
     BAT, GRT, "Yemeni Resistance", HOU, "Hodeidah Airport, Al Hudaydah", "YE", "2018-06-30", "3", "", "",
     "Sky News Arabia", "reported",
     "background: on the West Coast front the joint Yemeni forces recently drove the Houthis out of Hodeidah airport "
     "and are heading for the port (joint forces -> Yemeni Resistance, as the spent SK-2472 airport row; 'recently', "
     "no day -> DCT, precision 3). Not coded: generic Houthi defeats on several fronts"),
    (FR1845, "بمقتل أربعة أشخاص", "ارتفعت الجمعة بمقتل أربعة أشخاص",
     PR, EFP, PNI, "Police Forces of Nicaragua", "", "NI", "2018-06-15", "1", "4", "exact",
     "Nicaraguan Center for Human Rights", "reported",
     "Friday: four people, including a 15-year-old boy, killed in attacks by riot police and special forces on the "
     "protesters' roadblocks (no place named -> location empty). Not coded: the government's acceptance of "
     "international human-rights observers announced by the bishops' conference (political concession in the "
     "national dialogue, no armed actors), Thursday's general strike (a strike, no demonstration described)"),
    (FR1845, "170 قتيلا", "بلغت حصيلة الضحايا 170 قتيلا",
     PR, EFP, PNI, "", "", "NI", "2018-06-16", "3", "170", "at_least",
     "Nicaraguan Center for Human Rights; France 24", "reported",
     "aggregate: the protest movement's toll reached at least 170 killed and more than 1,300 wounded in two months "
     "(the text does not say by whom -> actor2 empty, as the spent FR-2416 'eight killed' row; dated at the DCT, "
     "precision 3, as the spent cumulative Gaza tolls); the protesters' roadblocks are folded"),
    ("CN-middleEast-323-20180321", "الاعتقالات التعسفية", "سلسلة من الاعتقالات التعسفية",
     SD, "Arrests", "Government of Egypt", "Civilians (Egypt)", "", "EG", "2018-01-01", "3", "", "",
     "Human Rights Watch (report, via CNN)", "claimed",
     "aggregate: a Human Rights Watch report on Egypt 'silencing' Sisi's critics with 'a series of arbitrary arrests' "
     "in late January and February 2018 (political arrests in the election period; Egyptian officials called HRW "
     "'liars' -> claimed; January -> 1 January, precision 3; no place or number). Not coded: Sisi's interview, the "
     "30 June / 3 July 2013 events (too old), the elections"),
    (CN25, "انفجار عبوة", "لانفجار عبوة بالقرب",
     ERV, "Remote explosive/landmine/IED", "Unidentified armed group", ISR, "", "IL", "2018-02-17", "1", "", "",
     "Israeli army", "reported",
     "Saturday: an explosive device blew up near the border with the Gaza Strip, wounding four Israeli soldiers, two "
     "seriously; those responsible not identified (the army holds Hamas responsible for the attack and everything "
     "from Gaza: a blanket accusation -> actor1 Unidentified armed group); 'near the border with the Gaza Strip' "
     "-> outside the Strip, IL, place not named -> location empty"),
    (CN25, "سلسلة من الضربات الجوية", "شن الجيش الإسرائيلي سلسلة من الضربات الجوية",
     ERV, AIR, ISR, "Hamas", "Gaza Strip", "PS", "2018-02-17", "1", "2", "exact",
     "WAFA; Israeli army", "reported",
     "Saturday night: in response to the IED, a series of Israeli air strikes and tank shelling on the Gaza Strip hit "
     "18 Hamas targets (army), incl. an 'attack tunnel' in the Zeitoun neighbourhood of Gaza City (one of the 18 "
     "targets, not a separately reported strike -> folded), and killed the teenagers Salem Mohammed Sabah (17) and "
     "Abdullah Ayman al-Rumailat (15) (WAFA); tank shelling folded. Not coded: Sunday's funeral, the US terror "
     "listing of Haniyeh (sanction), the 2014 war (too old)"),
    ("BB-middleEast-806-20180728", "مئات المحتجين", "وخرج مئات المحتجين",
     PR, "Protest with intervention", "Protesters (Algeria)", "Police Forces of Algeria", "Ouargla", "DZ",
     "2018-07-28", "2", "", "", "BBC Arabic", "reported",
     "hundreds of protesters in Ouargla gathered at the venue of a concert planned for Thursday and Friday, demanding "
     "the money be spent on development, held a sit-in until late at night and prayed there, ringed by security; the "
     "police arrested a number of protesters and soon released them (arrests -> Protest with intervention; no "
     "clashes); the authorities cancelled the concert. The protest's day is not stated -> DCT, precision 2. Not "
     "coded: the earlier shale-gas protest wave (years ago, vague)"),
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
