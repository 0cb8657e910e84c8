"""Bookkeeping helper for the events14 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions are those of ../events13/addrows.py (itself from ../events8/, ../events7/ and ../events2/).
Run: python3 tests/data/heldout/events14/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 14 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. Both halves from /work/shared/datasets/ant_multisource/articles.jsonl.gz (cat in {internationalNews, middleEast}, 120-800 words, id not in /work/notes/used_ids.txt and not a bundled-corpus article): (a) 10 whose text matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2690).shuffle of line indices, walked in order; (b) 10 with no text filter: random.Random(2691).shuffle, walked in order, >=3 src (got, by id prefix, a: BB 1, CN 2, FR 3, SK 4; b: BB 1, FR 1, SK 8).
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

ADJ = ("Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 37 rows): 1 row added "
       "(BB-570 Saudi closure of Hodeidah port, from B), none removed (39 rows); 1 event_type/sub_event_type, 1 actor1, "
       "4 actor2, 9 location, 1 event_date, 1 fatalities_qualifier and 1 reported_as values changed; every difference "
       "and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
PR = "Protests"
VAC = "Violence against civilians"
BAT = "Battles"
SYR = "Military Forces of Syria"
YEM = "Military Forces of Yemen"
COAL = "Saudi-led coalition"
YR = "Yemeni Resistance"
SKY = "Sky News Arabia"

SK3563 = "SK-internationalNews-3563-20181019"
SK2758 = "SK-middleEast-2758-20180704"
CN1383 = "CN-middleEast-1383-20181001"
FR2149 = "FR-internationalNews-2149-20180704"
SK3614 = "SK-middleEast-3614-20180910"
CN755 = "CN-middleEast-755-20180429"
FR834 = "FR-middleEast-834-20180723"
BB570 = "BB-middleEast-570-20180602"
SK3564 = "SK-internationalNews-3564-20181019"
FR309 = "FR-middleEast-309-20180418"
SK2317 = "SK-middleEast-2317-20180611"
BB1 = "BB-internationalNews-1-20180218"
SK2709 = "SK-middleEast-2709-20180701"
SK1811 = "SK-middleEast-1811-20180519"
SK3787 = "SK-middleEast-3787-20181009"

# (article_id, trigger, hand-copied context containing the trigger once, then columns 5-17)
ROWS = [
    # ---- set a (conflict-word texts) ----
    (SK3563, "محاولة قتل", "نوفيتشوك في محاولة قتل الجاسوس",
     ERV, "Chemical weapon", "Government of Russia", "Sergei Skripal (former Russian double agent)", "Salisbury",
     "GB", "2018-03-01", "3", "", "", "Government of the United Kingdom", "claimed",
     "background: Britain says Moscow used Novichok in the attempt to kill the former Russian spy Sergei Skripal in "
     "Salisbury in March (month only -> 1 March, precision 3; the perpetrator only in Britain's words -> claimed; as "
     "the spent SK-360 Skripal row's type). Not coded: Russian agents caught trying to penetrate Swiss sites, the "
     "September plot against the Spiez nerve-agent laboratory foiled with British and Dutch services, the cyber attack "
     "on WADA's offices (espionage/cyber operations, not ACLED events), the charges against two Russians (legal)"),
    (SK2758, "بضربة جوية للروس", "مقتله كان \"بضربة جوية للروس على مغارة",
     ERV, "Air/drone strike", "Military Forces of Russia", "Islamic State", "Homs", "SY", "2018-07-02", "1", "11",
     "exact", "Iraqi intelligence (Falcons Cell), senior source", "claimed",
     "2 July 2018: a Russian air strike with three smart missiles on a cave in Homs holding about 30 IS leaders and "
     "guards killed Baghdadi's son Hudhayfa al-Badri; 11 of those present confirmed killed (Iraqi intelligence's "
     "account, contradicting IS's version of a fight at the Homs thermal station, which is the same death and is "
     "folded here: one death, one row; in the Iraqi statement's words -> claimed). Not coded: Russia's 2017 claim to "
     "have killed Baghdadi near Raqqa and the US denial (older than 12 months), the fall of Raqqa (only a time "
     "reference for his last speech, no actor), the early-May statement that Baghdadi is alive"),
    (SK2758, "غارة للطيران العراقي", "نجا من غارة للطيران العراقي",
     ERV, "Air/drone strike", "Military Forces of Iraq", "Islamic State", "", "SY", "2018-06-22", "1", "2", "exact",
     "Iraqi intelligence (Falcons Cell), senior source", "claimed",
     "background: 22 June: Baghdadi's son survived an Iraqi air force raid inside Syrian territory that killed his "
     "two companions (one of them Baghdadi's son-in-law Saud al-Kurdi); no place named -> location empty"),
    (CN1383, "هجوما صاروخيا", "شن، فجر الإثنین، \"هجوما صاروخيا\"",
     ERV, "Shelling/artillery/missile attack", "Military Forces of Iran (Islamic Revolutionary Guard Corps)",
     "Unidentified armed group", "", "SY", "2018-10-01", "1", "", "", "Fars news agency; US-led coalition", "reported",
     "related-news tail (coded as the spent sets' CNN tails): at dawn Monday the IRGC launched a 'missile attack' on "
     "the headquarters of those it called 'terrorists' in Syria, in response to the Ahvaz attack; the US-led "
     "coalition's remark that Iran gave no warning of its missile strike in Syria is the same event (folded); the "
     "targets are not named -> Unidentified armed group; no place in Syria named. Not coded in the main text: the "
     "Global Firepower military rankings; in the tail: Egypt's education minister, Bahrain's foreign minister on "
     "his meeting with Walid al-Muallem (statements/diplomacy)"),
    (CN1383, "هجوم الأحواز", "ردا على هجوم الأحواز الذي",
     VAC, "Attack", "Unidentified armed group", "Civilians (Iran)", "Ahvaz", "IR", "2018-09-24", "2", "25", "exact",
     "CNN", "reported",
     "background: the Ahvaz attack that killed 25 people and wounded dozens 'a few days ago' (mentioned in two tail "
     "items, one row; 'a few days ago' -> DCT-7, precision 2, as 'last week'); the text gives no perpetrator and no "
     "detail of the target -> Unidentified armed group, victims as civilians (the IRGC calls it a 'crime')"),
    (CN1383, "زورقين مفخخين", "استهدفت زورقين مفخخين",
     SD, "Disrupted weapons use", "Military Forces of Saudi Arabia", "Unidentified armed group", "Jazan", "SA",
     "2018-09-30", "1", "", "", "Turki al-Maliki (coalition spokesman)", "claimed",
     "related-news tail: at dawn Sunday the Royal Saudi Navy hit two remote-controlled explosive-laden boats that "
     "were trying to target Jazan port (intercepted before reaching the target, no casualty stated -> Disrupted "
     "weapons use); the item is cut off and names no launcher -> Unidentified armed group (adjudicated: first "
     "empty); stopped before reaching the port -> location Jazan (adjudicated: first 'Jazan Port, Jazan'); only the "
     "spokesman's assertion -> claimed (adjudicated: first reported)"),
    (FR2149, "قتل منغمسا", "\"قتل منغمسا في النصيرية",
     BAT, "Armed clash", "Islamic State", SYR, "Thermal power station, Homs", "SY", "2018-07-03", "2", "1", "exact",
     "Amaq (IS propaganda agency)", "claimed",
     "IS announced on Tuesday that Baghdadi's son Hudhayfa al-Badri was killed in an attack he carried out with other "
     "jihadists against 'the Nusayris (Alawites/Syrian government) and the Russians' at the thermal power station in "
     "Homs province (the most specific place named -> the station, adjudicated: first 'Homs'; IS's own account -> claimed; the day of the fight is not given -> the Tuesday announcement, "
     "precision 2; Russians in the note). Not coded: the Iraqi official's early-May statement that Baghdadi is alive, "
     "Russia's June 2017 claim (older than 12 months), the fall of Raqqa (time reference only)"),
    (SK3614, "بهجوم ستة أشخاص", "بهجوم ستة أشخاص بينهم",
     VAC, "Attack", "Unidentified armed group", "Civilians (Iran)", "Mashhad", "IR", "2018-09-03", "2", "", "",
     "Sheikh Mohammed Mulla Ahmed al-Toublani (via Bahrain News Agency)", "reported",
     "last week in Mashhad: on his last day, six people (four of whom had verbally abused him days earlier over his "
     "views and his seat on Bahrain's Supreme Council for Islamic Affairs) beat the Bahraini cleric in the street "
     "until he fell: a premeditated, targeted attack (the same four came back with two more) by men the closing "
     "paragraph calls 'terrorists and wanted persons', not a spontaneous crowd -> Violence against civilians/Attack, "
     "Unidentified armed group (adjudicated: first Riots/Mob violence, Rioters (Iran)); victim civilian, country of "
     "the event (header rule). "
     "The closing paragraph states the 'two attacks' as fact -> reported. Dated with the arrest (last week -> DCT-7, "
     "precision 2). Not coded: the earlier verbal abuse"),
    (SK3614, "رهن الاعتقال", "ووضعوني رهن الاعتقال",
     SD, "Arrests", "Police Forces of Iran", "Civilians (Iran)", "Mashhad", "IR", "2018-09-03", "2", "", "",
     "Sheikh Mohammed Mulla Ahmed al-Toublani (via Bahrain News Agency)", "reported",
     "the Iranian police took him for questioning and detained him for several days in a small cell, questioning him "
     "on his political positions and confronting him with forged documents; released on Saturday 8 September (a "
     "member of a Bahraini state religious council detained for his views -> politically significant arrest; "
     "beatings in detention folded: prison conditions are not coded; last week -> DCT-7, precision 2)"),
    (CN755, "غارات العدوان", "ورغم غارات العدوان",
     ERV, "Air/drone strike", COAL, "Civilians (Yemen)", "", "YE", "2018-04-28", "2", "1", "exact",
     "Abdul-Malik al-Houthi (Houthi-run Saba)", "claimed",
     "Houthi leader's Saturday speech: during the funeral of Saleh al-Sammad the 'aggression forces' (the coalition) "
     "carried out 'reckless acts' that left one dead and two wounded, and despite the aggression's air raids the "
     "mourners stood firm (Houthi account -> claimed; the funeral's day and place are not given -> the speech day, "
     "precision 2, location empty). Not coded: his threats (conditional), al-Sammad's death (not described in this text)"),
    (FR834, "تغريدة", "الأحد بعد أن حذر الرئيس الأمريكي دونالد ترامب في تغريدة",
     "Statement", "", "Government of the United States", "Government of Iran", "", "US", "2018-07-22", "1", "", "",
     "Donald Trump (Twitter)", "reported",
     "Sunday: Trump's capital-letter tweet warning Rouhani never to threaten the US again or suffer consequences "
     "'few throughout history have ever suffered' (military warning that is the article's news; repeated in the "
     "second paragraph; the warned party as actor2, as the spent warning Statements CN-1155, SK-2609, SK-3361; "
     "adjudicated: first empty). Also "
     "Not coded: Pompeo on sanctions and the Persian-language media campaign, Khamenei's "
     "no-negotiation remarks, the Basij commander's comment, the May withdrawal from the nuclear deal (diplomatic)"),
    (FR834, "خطاب متلفز", "في وقت سابق الأحد في خطاب متلفز",
     "Statement", "", "Government of Iran", "Government of the United States", "", "IR", "2018-07-22", "1", "", "",
     "Hassan Rouhani (televised speech)", "reported",
     "Sunday: Rouhani's televised warning to Trump ('don't play with fire, you will regret it'; Iran could close the "
     "Strait of Hormuz; war with Iran 'the mother of all wars'), the other half of the war of words that is the "
     "article's news (military warning; actor2 the warned party, adjudicated: first empty)"),
    (BB570, "عملية اقتحام", "إن عملية اقتحام مدينة الحديدة",
     BAT, "Government regains territory", COAL, "Houthis", "Al Hudaydah", "YE", "2018-06-02", "3", "", "",
     "sources in the Arab coalition", "planned",
     "coalition sources: the storming of Hodeidah city is imminent, expected to be swift, prepared from several axes "
     "with heavy air and naval cover (expected future action -> planned; no date -> DCT, precision 3). Not coded: the "
     "Houthi preparations and checkpoints, the coalition spokesman's aims, UN/NGO warnings"),
    (BB570, "واحتدت المعارك", "واحتدت المعارك حول الحديدة",
     BAT, "Armed clash", YEM, "Houthis", "Al Hudaydah", "YE", "2018-05-15", "3", "", "", "BBC Arabic", "reported",
     "aggregate: fighting around Hodeidah intensified from mid-May 2018 between the Houthis and coalition-backed "
     "government forces ('mid-May' -> 15 May, the text's own day rather than the month-only fallback; aggregate -> precision 3; adjudicated: first 1 May); Egeland's 'coalition ground forces at the gates, thousands "
     "fleeing the outskirts, now a battle zone' folded. Not coded: the related-link headline on the coalition strike "
     "that killed the head of the Houthis' political arm (a link title, as the spent sets' related-link headlines), "
     "the October 2016 attacks on the Emirati ship and the US destroyer (older than 12 months)"),
    (BB570, "لصاروخ باليستي", "إطلاق الحوثيين لصاروخ باليستي",
     ERV, "Shelling/artillery/missile attack", "Houthis", "", "Riyadh", "SA", "2017-11-01", "3", "", "",
     "BBC Arabic", "reported",
     "background: the Houthis' ballistic missile launch near Riyadh in November 2017 that prompted the Saudi closure "
     "of the port (month -> 1 November 2017, precision 3; within 12 months of the DCT; target not stated -> actor2 "
     "empty). The port closure it prompted is its own row (adjudicated); the famine figures are not coded"),
    (BB570, "إغلاق الميناء", "بسبب إغلاق الميناء الذي",
     SD, "Other", "Government of Saudi Arabia", "", "Hodeidah Port, Al Hudaydah", "YE", "2017-11-01", "3", "", "",
     "BBC Arabic", "reported",
     "background: the closure of Hodeidah port in November 2017 by Saudi Arabia in reaction to the Houthi ballistic "
     "missile near Riyadh (a belligerent's blockade of a port -> Strategic developments/Other, as the spent SK-2574 "
     "blocked ships and AL-147 blocked platform; month -> 1 November 2017, precision 3; within 12 months of the DCT). "
     "Added in adjudication, from B"),
    (SK3564, "بفتح النار", "الأفغانية بفتح النار",
     BAT, "Armed clash", "Taliban", "Police Forces of Afghanistan", "Governor's Compound, Kandahar", "AF",
     "2018-10-18", "1", "2", "at_least", "Sky News Arabia (AP); Taliban spokesman; deputy governor", "reported",
     "Thursday: after a security meeting in the Kandahar governor's compound, a guard of the Afghan forces opened fire "
     "on the departing Afghan delegation, killing police chief Gen. Abdul Raziq and intelligence chief Abdul Momin "
     "('two senior officials', but also 'Raziq and at least one senior official' -> 2 at_least, adjudicated: first exact); the Taliban carried out the attack and said US commander Gen. Scott Miller (unhurt) "
     "was the target (attack on security officials -> Battles/Armed clash; the title's 'هجوم طالبان' is the same event). "
     "Not coded: the postponement of Kandahar's elections"),
    (FR309, "هجوم كيميائي", "للتحقيق في هجوم كيميائي مفترض وقع",
     ERV, "Chemical weapon", SYR, "Civilians (Syria)", "Douma", "SY", "2018-04-07", "1", "40", "at_least",
     "Western states; paramedics and doctors (via the French foreign ministry)", "claimed",
     "background: the alleged chemical attack on Douma on 7 April ('ten days ago'), which killed more than 40 people "
     "according to paramedics and doctors; Western states accuse the Syrian government -> claimed (as the spent "
     "BB-382 row)"),
    (FR309, "لتوجيه ضربات عسكرية", "ما دفعها لتوجيه ضربات عسكرية",
     ERV, "Air/drone strike", "Military Forces of the United States", "Military Forces of Syria", "", "SY",
     "2018-04-18", "3", "", "", "France 24 (AFP)", "reported",
     "background: the Western states' military strikes in Syria after the alleged attack (the states are not named "
     "here; US as the spent BB-382 row, UK and France implied); no date in the text -> DCT, precision 3; no place "
     "named; the target is the regime they accuse -> actor2 Military Forces of Syria"),
    (FR309, "تنتشر منذ السبت", "حيث تنتشر منذ السبت",
     SD, "Other", "Military Forces of Russia", "", "Douma", "SY", "2018-04-14", "1", "", "", "France 24 (AFP)",
     "reported",
     "Russian and Syrian military police deployed in Douma since Saturday (troop deployment, no fighting -> Strategic "
     "developments/Other, as events13's Afrin deployment; Russia named first, Syrian military police in the note). "
     "Not coded: the OPCW team waiting, the UN security team entering Douma on Tuesday, SANA's and al-Jaafari's "
     "statements (investigation/diplomacy)"),
    # ---- set b (no text filter) ----
    (SK2317, "العرج", "في منطقة العرج بمديرية باجل",
     ERV, "Air/drone strike", COAL, "Houthis", "Al Arj, Bajil", "YE", "2018-06-11", "2", "", "", SKY, "reported",
     "coalition air strikes on Houthi gatherings and reinforcements in al-Arj area, Bajil district, Hodeidah "
     "governorate; 'dead and wounded' (vague -> empty), vehicles destroyed; no day -> DCT, precision 2 (the title's "
     "'غارات على الحديدة' and the continuing strikes folded into the two named places)"),
    (SK2317, "الجبانة", "ومنطقة الجبانة مقر",
     ERV, "Air/drone strike", COAL, "Houthis", "Al Jabbanah, Al Hali", "YE", "2018-06-11", "2", "", "", SKY,
     "reported",
     "coalition air strikes on al-Jabbanah area, the coastal defence camp headquarters, al-Hali district, Hodeidah "
     "(one location per row; see the al-Arj row)"),
    (SK2317, "حملة اعتقالات", "المتمردة حملة اعتقالات لمقاتليها",
     SD, "Arrests", "Houthis", "Houthis (deserting fighters)", "", "YE", "2018-06-11", "2", "", "", SKY, "reported",
     "the Houthis are carrying out an arrest campaign against their own fighters who fled the West Coast front (the "
     "title's news; actor2 the arrested, adjudicated: first empty; ongoing -> DCT, precision 2; where the arrests happen is not said -> location empty; borderline: "
     "arrests by a non-state group of its deserters). Not coded: the earlier, undated campaign of arrests of army "
     "soldiers and officers who did not join the fighting, reinforcements, recall of ex-Central Security members, "
     "the call for 100 'war media' staff (preparations)"),
    (SK2317, "المِبها", "على منطقة المِبها ومُكائر",
     ERV, "Air/drone strike", COAL, "Houthis", "Al Mibha, Jabal Habashi", "YE", "2018-06-11", "2", "", "", SKY,
     "reported",
     "coalition air strikes on al-Mibha, Jabal Habashi district, west of Taiz governorate: Houthi dead and wounded "
     "(vague), vehicles destroyed; one location per row (Mukair and Jabal al-Munim are separate rows)"),
    (SK2317, "ومُكائر", "المِبها ومُكائر ومحيط",
     ERV, "Air/drone strike", COAL, "Houthis", "Mukair, Jabal Habashi", "YE", "2018-06-11", "2", "", "", SKY,
     "reported", "coalition air strikes on Mukair, Jabal Habashi district, Taiz (see the al-Mibha row)"),
    (SK2317, "جبل المنعم", "ومحيط جبل المنعم",
     ERV, "Air/drone strike", COAL, "Houthis", "Jabal al-Munim, Jabal Habashi", "YE", "2018-06-11", "2", "", "", SKY,
     "reported", "coalition air strikes around Jabal al-Munim, Jabal Habashi district, Taiz (see the al-Mibha row)"),
    (SK2317, "مواجهات", "بالتزامن مع مواجهات تشهدها",
     BAT, "Armed clash", YEM, "Houthis", "Jabal Habashi, Taiz", "YE", "2018-06-11", "2", "", "", SKY, "reported",
     "clashes in those villages of Jabal Habashi (Taiz), where the legitimate forces advanced and imposed fire "
     "control over the Houthi supply line between Taiz and Hodeidah in the al-Ramada-al-Baraha area (advance folded)"),
    (BB1, "وخرجت احتجاجات", "وخرجت احتجاجات، السبت",
     PR, "Peaceful protest", "Protesters (United States)", "", "Fort Lauderdale", "US", "2018-02-17", "1", "", "",
     "BBC Arabic (CNN)", "reported",
     "Saturday: protests against inaction on guns, chanting against Trump and Congress ('shame on you'); the same "
     "Saturday rally of students and families with politicians in Fort Lauderdale near Parkland (Emma Gonzalez's "
     "speech; coinciding with a gun show) is the place given -> one row. Not coded: the Parkland school shooting "
     "(17 killed; a crime with no political motive stated, as the spent SK-227) and Cruz's arrest (criminal), "
     "Trump's statements and meeting, the social-media campaigns"),
    (BB1, "تنظيم مسيرة", "عن تنظيم مسيرة بالعاصمة واشنطن",
     PR, "Peaceful protest", "Protesters (United States)", "", "Washington", "US", "2018-03-24", "1", "", "",
     "surviving students (via CNN)", "planned",
     "the surviving students announced a march in Washington on 24 March ('March for Our Lives') to demand gun "
     "control (announced future action -> planned; 24 March stated); similar protests planned in other cities the "
     "same day are unnamed (folded)"),
    (SK2709, "تحتجز السفينة", "الإيرانية تحتجز السفينة",
     SD, "Other", "Houthis", "", "Hodeidah Port, Al Hudaydah", "YE", "2018-07-01", "2", "", "",
     "Arab Coalition", "claimed",
     "Sunday: the coalition said the Houthis have been holding the ship 'G Muse' in Hodeidah port for two months for "
     "unknown reasons (ongoing -> the announcement day, precision 2; the coalition's word -> claimed, as the spent "
     "SK-2574 blocked-ships row); the earlier deliberate 69-day blocking of the fuel ship 'MT Rhona' (now entered) "
     "is the same policy at the same port, folded. Not coded: ship permits, ships unloading, al-Maliki's remarks"),
    (SK1811, "الجراحي", "جبهتي الجراحي والتحيتا",
     BAT, "Armed clash", YR, "Houthis", "Al Jarrahi, Al Hudaydah", "YE", "2018-05-19", "1", "", "", "local Yemeni sources",
     "reported",
     "Saturday: fierce clashes between the coalition-backed Yemeni resistance and the Houthis on the al-Jarrahi "
     "front (West Coast); 26 Houthis killed across the al-Jarrahi and al-Tuhayta fronts (split not given -> "
     "fatalities empty in both rows). Not coded: the Houthi checkpoints to catch their deserters (no arrest reported), "
     "the desertions"),
    (SK1811, "والتحيتا", "جبهتي الجراحي والتحيتا",
     BAT, "Armed clash", YR, "Houthis", "At Tuhayta, Al Hudaydah", "YE", "2018-05-19", "1", "", "", "local Yemeni sources",
     "reported",
     "Saturday: fierce clashes on the al-Tuhayta front (see the al-Jarrahi row; 26 killed not split); the advance of "
     "the Giants Brigades, the Hodeidah Brigade and the National Resistance in al-Tuhayta folded"),
    (SK1811, "حرض", "في مديرية حرض وعبس",
     ERV, "Air/drone strike", COAL, "Houthis", "Haradh, Hajjah", "YE", "2018-05-19", "2", "", "",
     "military and field sources; Abs and al-Mahabisha hospitals", "reported",
     "coalition air strikes (about 18) on Houthi gatherings in Haradh district, Hajjah; 20 Houthis killed across "
     "Haradh and Abs (split not given -> fatalities empty), dozens of casualties, vehicles destroyed; no day -> DCT, "
     "precision 2"),
    (SK1811, "وعبس", "في مديرية حرض وعبس",
     ERV, "Air/drone strike", COAL, "Houthis", "Abs, Hajjah", "YE", "2018-05-19", "2", "", "",
     "military and field sources; Abs and al-Mahabisha hospitals", "reported",
     "coalition air strikes on Houthi gatherings in Abs district, Hajjah (see the Haradh row; 20 killed not split)"),
    (SK1811, "معارك", "بالتزامن مع معارك بين المتمردين",
     BAT, "Armed clash", YEM, "Houthis", "Haradh, Hajjah", "YE", "2018-05-19", "2", "", "", SKY, "reported",
     "battles between the Houthis and government forces in the border district of Haradh, where the forces cut the "
     "road between Haradh and al-Mazraq (folded); no day -> DCT, precision 2"),
    (SK1811, "استعادت السيطرة", "الشرعية استعادت السيطرة",
     BAT, "Government regains territory", YEM, "Houthis", "Haradh, Hajjah", "YE", "2018-05-19", "3", "", "", SKY,
     "reported",
     "background: the government forces had retaken several areas (al-Sardah, al-Majrub, al-Maayin, Jabal al-Dhira) "
     "and large parts of the strategic Jabal al-Nar in Haradh district, Hajjah (captures of one advance in one "
     "district -> one row at the district; undated pluperfect -> DCT, precision 3)"),
    (SK3787, "السيطرة على المعبر", "في يوليو من السيطرة على المعبر",
     SD, "Non-violent transfer of territory", SYR, "Syrian rebels", "Nasib Border Crossing, Daraa", "SY",
     "2018-07-01", "3", "", "", "Sky News Arabia (AFP)", "reported",
     "background: in July the Syrian government forces took the Nasib crossing and the whole border with Jordan "
     "under a Russian-brokered agreement between the two sides (as the spent BB-382 East Qalamoun exit; July -> 1 "
     "July, precision 3). Not coded: the planned reopening of the crossing and the ministers' statements "
     "(administrative/diplomatic), Jordan's April 2015 closure and the rebel capture (older than 12 months)"),
    (SK3787, "هجوماً", "وأعقب هجوماً شنته",
     BAT, "Government regains territory", SYR, "Syrian rebels", "Daraa", "SY", "2018-07-01", "3", "", "",
     "Sky News Arabia (AFP)", "reported",
     "aggregate: the government offensive on the south by which it took all of Daraa governorate (the offensive's "
     "month is not given; dated with the July crossing capture it preceded -> 1 July, precision 3; one location per "
     "row: Quneitra is its own row)"),
    (SK3787, "والقنيطرة", "محافظتي درعا والقنيطرة",
     BAT, "Government regains territory", SYR, "Syrian rebels", "Quneitra", "SY", "2018-07-01", "3", "", "",
     "Sky News Arabia (AFP)", "reported",
     "aggregate: the same southern offensive took all of Quneitra governorate (see the Daraa row)"),
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
