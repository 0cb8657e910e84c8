"""Bookkeeping helper for the events22 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events20/addrows.py (itself from events18, events16, ...).
Run: python3 /work/fresh/events22/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 22 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events22/sample.py ("This set: events22, seeds 2760 / 2761, drawn at the start of stop 25 (main 6c1c2de), 2026-11-27"; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2760).shuffle, walked in order; (b) 10 with no text filter, random.Random(2761).shuffle, >=3 sources (got, by source, a: alyaum 4, aawsat 1, aleqtisadiya 1, aljazirah 1, alriyadh 1, alwatan 1, okaz 1; b: alriyadh 4, aawsat 2, alyaum 2, almadina 1, okaz 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 35 rows): no row added or "
       "removed (37 rows; the 2 A-only rows, alyaum-1098 Cameron's readiness-to-strike Statement and aawsat-249 the brother "
       "arrested in Kuwait, kept); 5 field values changed to B's (3 actor2: alwatan-1613 'Military Forces of Yemen (Saleh "
       "loyalists)', aawsat-143 Diyala 'Civilians (Iraq)', almadina-644 Sanaa 2014 takeover empty; 2 time_precision: "
       "almadina-644 Shuqrah 1, Sanaa Islah arrests 2); 2 location spellings kept (Hazm al-Udayn, Al Sawaber); every "
       "difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
PEACE = "Peaceful protest"
RES = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
MFYE = "Military Forces of Yemen"
POLSA = "Police Forces of Saudi Arabia"
UAG = "Unidentified armed group"
PROIQ = "Protesters (Iraq)"
WAT = "SN-alwatan-20150724-1613"
AAW143 = "SN-aawsat-20150726-143"
YAUM1098 = "SN-alyaum-20150727-1098"
YAUM1100 = "SN-alyaum-20150727-1100"
JAZ324 = "SN-aljazirah-20150722-324"
RIY998 = "SN-alriyadh-20150807-998"
RIY969 = "SN-alriyadh-20150722-969"
MAD644 = "SN-almadina-20150810-644"
AAW249 = "SN-aawsat-20150806-249"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WAT, "اشتباك مسلح", "أدى اشتباك مسلح في ساعة متأخرة أول من أمس",
     BAT, CLASH, HOU, "Military Forces of Yemen (Saleh loyalists)", "Bayt Bous, Sanaa", "YE", "2015-07-22", "1", "4", "exact",
     "local sources", "reported",
     "late 'the day before yesterday' (DCT Friday 24 July -> 22 July): the Houthi official of Bayt Bous, south of Sanaa, "
     "and three gunmen of his group tried to storm the house of the former guard commander Brig. Saleh al-Jumailani; the "
     "house guards (Republican Guard units loyal to Saleh) warned them, then opened fire and killed all of them (official "
     "+ 3 -> 4, exact). Intra-alliance clash: the Saleh-loyal Republican Guard cannot be folded into Houthis here -> "
     "a Saleh-loyalist army name as actor2; the Houthis tried to storm -> actor1. Adjudicated: 'Military Forces of Yemen "
     "(Saleh loyalists)', as B; first plain 'Military Forces of Yemen', which the spent rows use for Hadi's army, the "
     "other side of this war)"),
    (WAT, "المواجهات الشرسة", "خلال المواجهات الشرسة التي شهدتها محافظة مأرب",
     BAT, CLASH, RES, HOU, "Marib", "YE", "2015-07-24", "2", "17", "exact",
     "popular resistance sources in Marib", "claimed",
     "popular-resistance sources in Marib say they killed 17 Houthi/Saleh fighters, among them a commander called "
     "al-Shahtari (Saleh's nephew) and the leader Abu al-Karar al-Madani, in fierce confrontations in Marib governorate "
     "'in the past hours', and that the Houthis/Saleh's forces were driven from the al-Jufaynah front (folded: same "
     "battle, same hours; alternative an own GRT row 'Al Jufaynah, Marib'); the killing side's own count -> claimed; "
     "'past hours' -> DCT, precision 2; Saleh's forces -> Houthis"),
    (WAT, "بكمين", "بكمين للمقاومة الشعبية في المدينة",
     BAT, CLASH, RES, HOU, "Ibb", "YE", "2015-07-24", "2", "1", "exact",
     "Al Watan", "reported",
     "in Ibb, as the fighting between the Houthis and the resistance intensifies, the Houthi leader Abu Mohammed "
     "al-Ghaili was announced killed in an ambush of the popular resistance in the city (the intensifying fighting "
     "folded; no day -> DCT, precision 2). Not coded in this article: dozens of Houthi/Saleh fighters fleeing al-Fayoush "
     "and Sabr (Lahj) towards Taiz after selling their weapons (withdrawal, no taker or clash), tribes refusing to send "
     "recruits, loudspeaker calls in Sanaa, hundreds surrendering in Aden and defections (generic, undated)"),
    (AAW143, "هاجم انتحاريان", "عندما هاجم انتحاريان حمام سباحة",
     ERV, SUI, UAG, "Civilians (Iraq)", "Tuz Khurmatu", "IQ", "2015-07-25", "1", "12", "at_least",
     "Tuz Khurmatu mayor Ali al-Husseini and police sources", "reported",
     "'yesterday' (DCT 26 July -> 25 July): two suicide bombers attacked a crowded swimming pool in Tuz Khurmatu: one "
     "blew up his vest in the pool, the other a charge on a motorbike at the entrance while police and rescuers moved "
     "the casualties (one attack, one row); at least 12 killed, 45 wounded, mostly Shia Turkmen; no claim -> "
     "Unidentified armed group"),
    (AAW143, "هجوم كبير", "بما في ذلك هجوم كبير في وقت سابق من الشهر الحالي",
     ERV, IED, "Islamic State", "Civilians (Iraq)", "Diyala", "IQ", "2015-07-01", "3", "100", "at_least",
     "Asharq Al-Awsat", "reported",
     "background: ISIS militants recently carried out a series of bombings in Baghdad and other provinces, including a "
     "big attack 'earlier this month' in Diyala governorate that killed more than 100 (this month -> 1 July, precision 3; "
     "in a list of 'تفجيرات' -> the generic explosive sub-type; adjudicated: actor2 Civilians (Iraq), as B, first empty: "
     "the dead are 'people' (أشخاص) in a bombing series on cities, no security target named, as in the Tuz row). The uncounted "
     "'series of bombings' not coded (no number, place or day)"),
    (YAUM1098, "مستعد لتوجيه أوامر بضربات جوية", "إنه مستعد لتوجيه أوامر بضربات جوية",
     "Statement", "", "Government of the United Kingdom", "Islamic State", "Indonesia", "ID", "2015-07-27", "1", "", "",
     "British Prime Minister David Cameron", "reported",
     "'today Monday' (the DCT): Cameron, speaking to journalists on landing in Indonesia, says he is ready to order air "
     "strikes on ISIS targets in Libya and Syria to avert attacks on Britain's streets (military warning that is the "
     "article's news, the title; conditional readiness, not a planned strike; adjudicated: kept against B, who coded "
     "nothing: a head of government's declared readiness to strike a named enemy is the military warning the conventions "
     "code as Statement, as the spent Trump/LNA/King Abdullah warning rows). Not coded: the terror alert raised in "
     "August last year (not an event; over 12 months)"),
    (YAUM1100, "باستهداف داعش في سوريا", "وبدات تركيا في الايام الاخيرة باستهداف داعش في سوريا",
     ERV, AIR, "Military Forces of Turkey", "Islamic State", "", "SY", "2015-07-27", "2", "", "",
     "Al Yaum (AFP)", "reported",
     "background: Turkey began 'in recent days' targeting ISIS in Syria (no place, no day -> DCT, precision 2; the text "
     "gives no means: Air/drone strike as the spent events19 row of the same Turkish campaign, alternative "
     "Shelling/artillery/missile attack)"),
    (YAUM1100, "ضربت ايضا", "غير انها ضربت ايضا متمردي حزب العمال الكردستاني في العراق",
     ERV, AIR, "Military Forces of Turkey", "PKK: Kurdistan Workers Party", "", "IQ", "2015-07-27", "2", "", "",
     "Al Yaum (AFP)", "reported",
     "background: but Turkey also struck PKK rebels in Iraq (same recent days; the minister: 'we must also strike PKK "
     "targets in northern Iraq'; no place named for the strikes -> empty; means not stated, as the row above). Not coded: "
     "the minister's accusation that the PKK intensified its attacks in Turkey (generic, claimed), the 2012 peace talks, "
     "the June election, the minister's charge against the HDP"),
    (JAZ324, "تحريرها", "بعد إعلان السلطات «تحريرها» من المتمردين الحوثيين",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-15", "2", "", "",
     "Yemeni authorities (via AFP)", "claimed",
     "background: members of the exiled government returned 'last week' to Aden after the authorities announced its "
     "'liberation' from the Houthi rebels (last week -> DCT 22 July - 7 = 15 July, precision 2; the capture on or before "
     "it; given only as the authorities' announcement, in quotation marks -> claimed; capturing side not named -> "
     "Yemeni Resistance as the spent Aden rows). Not coded: the first UN aid ship docking Tuesday (humanitarian), the "
     "government members' return (no event)"),
    (JAZ324, "أسفرت المعارك", "حيث أسفرت المعارك عن مقتل أكثر من 3200 شخص",
     BAT, CLASH, HOU, RES, "", "YE", "2015-03-01", "3", "3200", "at_least",
     "United Nations", "reported",
     "aggregate: the fighting since March has killed more than 3,200 people, mostly civilians (since March -> 1 March, "
     "precision 3; the fighting began 'late March after the Houthi rebels took control of Aden': the Houthi entry into "
     "Aden folded here, undated; actors of the war in general -> Houthis vs Yemeni Resistance; the coalition's lead since "
     "26 March is mentioned without strikes -> not coded separately)"),
    # ---- set b (no text filter) ----
    (RIY969, "تحرير عدن", "والفرحة الثانية هي تحرير عدن",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-20", "2", "", "",
     "Al Riyadh (Yemenis in Jeddah)", "reported",
     "background: Yemenis in Jeddah celebrate the liberation of Aden by the popular resistance in coordination with the "
     "coalition, which coincided with Eid al-Fitr; 'what was achieved in the past two days' (DCT 22 July -> 20 July, "
     "precision 2); the collapse, flight and surrender of hundreds of Houthi/Saleh fighters folded. Not coded: the "
     "ministers' return to Aden, naming a street after King Salman, Saleh's removal by peaceful demonstrations (2011)"),
    (RIY998, "تظاهر آلاف العراقيين", "تظاهر آلاف العراقيين اليوم الجمعة في بغداد",
     PRO, PEACE, PROIQ, "", "Tahrir Square, Baghdad", "IQ", "2015-08-07", "1", "", "",
     "Al Riyadh", "reported",
     "'today Friday' (the DCT): thousands of Iraqis demonstrated in Baghdad's Tahrir Square against corruption and the "
     "lack of services, especially electricity, carrying a black-draped coffin and chanting against the politicians (no "
     "intervention described). The six southern cities of the same Friday are own rows (one location per row, as the "
     "spent SK-3102/SK-3193 protest rows)"),
    (RIY998, "البصرة", "وخرجت تظاهرات مماثلة في البصرة",
     PRO, PEACE, PROIQ, "", "Basra", "IQ", "2015-08-07", "1", "", "",
     "Al Riyadh", "reported", "same Friday: similar demonstrations in Basra (own row, one location per row)"),
    (RIY998, "وذي قار", "البصرة وذي قار",
     PRO, PEACE, PROIQ, "", "Dhi Qar", "IQ", "2015-08-07", "1", "", "",
     "Al Riyadh", "reported", "same Friday: similar demonstrations in Dhi Qar (governorate named, no town)"),
    (RIY998, "والحلة", "وذي قار والحلة",
     PRO, PEACE, PROIQ, "", "Hillah", "IQ", "2015-08-07", "1", "", "",
     "Al Riyadh", "reported", "same Friday: similar demonstrations in Hillah"),
    (RIY998, "والنجف", "والحلة والنجف",
     PRO, PEACE, PROIQ, "", "Najaf", "IQ", "2015-08-07", "1", "", "",
     "Al Riyadh", "reported", "same Friday: similar demonstrations in Najaf"),
    (RIY998, "وكربلاء", "والنجف وكربلاء",
     PRO, PEACE, PROIQ, "", "Karbala", "IQ", "2015-08-07", "1", "", "",
     "Al Riyadh", "reported", "same Friday: similar demonstrations in Karbala"),
    (RIY998, "والديوانية", "وكربلاء والديوانية",
     PRO, PEACE, PROIQ, "", "Diwaniyah", "IQ", "2015-08-07", "1", "", "",
     "Al Riyadh", "reported", "same Friday: similar demonstrations in Diwaniyah"),
    (RIY998, "موجة احتجاجات", "وتشهد العديد من مدن العراق موجة احتجاجات للأسبوع الثاني",
     PRO, PEACE, PROIQ, "", "", "IQ", "2015-07-31", "3", "", "",
     "Al Riyadh", "reported",
     "aggregate: many Iraqi cities have seen a wave of protests for the second week running over the lack of services, "
     "especially power cuts (start: a week before the DCT -> 31 July, precision 3; no city named for the wave; today's "
     "Friday demonstrations are own rows)"),
    (MAD644, "سيطرت القوات الموالية", "سيطرت القوات الموالية لحكومة الرئيس",
     BAT, GRT, RES, HOU, "Zinjibar, Abyan", "YE", "2015-08-09", "2", "", "",
     "military sources (via AFP)", "reported",
     "title and lead: the forces loyal to Hadi's government (the title and the text: the 'popular resistance', the "
     "multi-affiliation pro-Hadi forces -> Yemeni Resistance) took Zinjibar, capital of Abyan, held by the Houthis, "
     "military sources said 'yesterday Sunday' (DCT Monday 10 August -> 9 August; capture on or before it -> precision "
     "2); folded: the attack launched from Aden with coalition air support, the capture first of the 15th Brigade's "
     "positions, the armour deployed in Zinjibar on Sunday"),
    (MAD644, "وسيطرت عليها", "وسيطرت عليها من دون مقاومة كبيرة",
     BAT, GRT, RES, HOU, "Shuqrah, Abyan", "YE", "2015-08-09", "1", "", "",
     "military sources (via AFP)", "reported",
     "later (after Sunday's deployment in Zinjibar) the loyalist units moved to the coastal town of Shuqrah in Abyan and "
     "took it without strong Houthi resistance ('we entered Shuqrah... only mines'); a differently named place -> own row. "
     "Adjudicated: precision 1, as B (first 2): 'later' than the Sunday deployment, in the Sunday report -> Sunday"),
    (MAD644, "19 شخصا قتلوا", "ان 19 شخصا قتلوا بينهم مدنيون",
     ERV, IED, HOU, "Civilians (Yemen)", "Zinjibar, Abyan", "YE", "2015-08-08", "2", "19", "exact",
     "Aden health official al-Khadr Lassouar", "reported",
     "19 people, among them civilians, killed and 163 wounded by the explosion of landmines left by the Houthis on "
     "Saturday and Sunday in Zinjibar and its outskirts, as residents returned to check their homes (two days -> "
     "Saturday 8 August, precision 2; one row for the toll)"),
    (MAD644, "السدة", "سيطرت على منطقتي السدة",
     BAT, GRT, RES, HOU, "As Saddah, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported",
     "in Ibb governorate, where the confrontations between the Houthis with Saleh's loyalists and the popular resistance "
     "are intensifying, a local source told AFP that 'the resistance took control of al-Sadda and Hazm al-Udayn and "
     "parts of al-Radma' (no day -> DCT, precision 2; each named area its own row, one location per row; alternative "
     "one row 'Ibb' as events18's 'four areas' row, where no area was named)"),
    (MAD644, "وحزم العديد", "السدة وحزم العديد",
     BAT, GRT, RES, HOU, "Hazm al-Udayn, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported", "same sentence: the resistance took Hazm al-Udayn (see the al-Sadda row)"),
    (MAD644, "الرضمة", "واجزاء من منطقة الرضمة",
     BAT, GRT, RES, HOU, "Ar Radmah, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported", "same sentence: the resistance took parts of al-Radma (see the al-Sadda row)"),
    (MAD644, "اشتباكات عنيفة", "استمرار اشتباكات عنيفة بين الطرفين في منطقة يريم",
     BAT, CLASH, RES, HOU, "Yarim, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported",
     "the same source: violent clashes continue between the two sides in the Yarim area of Ibb (ongoing -> DCT, "
     "precision 2; the intensifying confrontations in Ibb governorate folded here)"),
    (MAD644, "معارك الكر والفر", "كذلك تستمر معارك الكر والفر في تعز",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-08-10", "2", "", "",
     "Al Madina (AFP)", "reported",
     "hit-and-run battles continue in Taiz (sides not named in the sentence: the article's two sides, resistance vs "
     "Houthis; ongoing -> DCT, precision 2)"),
    (MAD644, "بالقبض على عشرة", "بالقبض على عشرة من قياديي حزب التجمع",
     SD, "Arrests", HOU, "Civilians (Yemen)", "Sanaa", "YE", "2015-08-09", "2", "", "",
     "relatives of the detained leaders", "reported",
     "in Sanaa, calm on Sunday (DCT-1 = 9 August), Houthi gunmen arrested ten leaders of the Islah party, some of them "
     "women, among them the former minister Abdul-Razzaq al-Ashwal (political arrests by the Houthi de facto authority -> "
     "Strategic developments/Arrests as the spent Houthi arrest rows; alternative Violence against civilians/Abduction). "
     "Adjudicated: precision 2, as B (first 1): Sunday is the day Sanaa was calm; the arrests' own day is not stated"),
    (MAD644, "نشر مئات الجنود", "نشر مئات الجنود من دول الخليج",
     SD, "Other", COAL, "", "Aden", "YE", "2015-08-03", "1", "", "",
     "Al Madina (AFP)", "reported",
     "background: on 3 August hundreds of soldiers from the Gulf states of the coalition deployed around Aden to secure "
     "the city (troop deployment -> Strategic developments/Other, as events18's Saudi aircraft landing in Aden)"),
    (MAD644, "حملة عسكرية جوية", "حملة عسكرية جوية ضد الحوثيين",
     ERV, AIR, COAL, HOU, "", "YE", "2015-03-26", "3", "", "",
     "Al Madina (AFP)", "reported",
     "aggregate: on 26 March the Saudi-led coalition launched an air campaign against the Houthis (ongoing campaign, "
     "recent background, dated at its start, as the spent events19 aljazirah-461 'since 26 March' row)"),
    (MAD644, "وسيطروا على صنعاء", "وسيطروا على صنعاء في سبتمبر الماضي",
     BAT, NSA, HOU, "", "Sanaa", "YE", "2014-09-01", "3", "", "",
     "Al Madina (AFP)", "reported",
     "background: the Houthis, allied with Saleh-loyal army units, set out in 2014 from their northern strongholds and "
     "took Sanaa 'last September' (September 2014 -> 1 September 2014, precision 3, within 12 months of the DCT 10 "
     "August 2015; adjudicated: actor2 empty, as B, first Military Forces of Yemen from my own knowledge: the text names "
     "no defender of Sanaa). Not coded: the Houthi move on Aden and Hadi's "
     "departure (no date), the loss of Aden, Lahj (al-Anad) and al-Dhale (status, no date), Shabwa expected to be the "
     "next front (expectation), the ICRC president's visit"),
    (AAW249, "التفجير الإرهابي الذي نفذه", "وأسفر التفجير الإرهابي الذي نفذه الانتحاري السعودي",
     ERV, SUI, "Islamic State", "Civilians (Kuwait)", "Al Sawaber, Kuwait City", "KW", "2015-06-26", "1", "26", "exact",
     "Asharq Al-Awsat", "reported",
     "background (the news is the trial): the terrorist bombing carried out by the Saudi suicide bomber Fahd al-Qabbaa "
     "on the Imam al-Sadiq mosque in al-Sawaber, Kuwait City, during Friday prayer on 26 June, 26 killed and 227 "
     "wounded (explosive belt -> Suicide bomb; the main accused says he joined ISIS a day before the attack -> Islamic "
     "State, alternative Unidentified armed group). Not coded: the trial sessions, the 14 July indictment (legal)"),
    (AAW249, "وقد قبض على أحد الأشقاء في الكويت", "وقد قبض على أحد الأشقاء في الكويت",
     SD, "Arrests", "Police Forces of Kuwait", UAG, "", "KW", "2015-07-07", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "background: of three Saudi brothers arrested on 7 July in connection with the bombing, one was arrested in Kuwait "
     "(the arresting force not named, in Kuwait -> Police Forces of Kuwait; suspects of the bombing cell -> Unidentified "
     "armed group, as the spent Saudi arrest rows; no town -> location empty; precision 2: the 7 July date is given for "
     "the three arrests together). Adjudicated: kept against B (not coded: no force named): the arrest is reported as "
     "fact; the force is the only unclear field, and an arrest in Kuwait is read as Kuwait's police)"),
    (AAW249, "في مداهمة بالخفجي", "والآخر في مداهمة بالخفجي",
     SD, "Arrests", POLSA, UAG, "Khafji", "SA", "2015-07-07", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the second brother (Mohammed al-Zahrani) arrested in a raid in Khafji on 7 July (repeated in the next "
     "paragraph, one row)"),
    (AAW249, "تبادل إطلاق النار", "بمنطقة الطائف بعد تبادل إطلاق النار مع رجال الأمن",
     BAT, CLASH, POLSA, UAG, "Taif", "SA", "2015-07-07", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the third brother (Majed al-Zahrani) arrested in Taif on 7 July after an exchange of fire with the "
     "security men, two of whom were wounded (armed exchange -> Battles/Armed clash, the arrest folded; alternative "
     "Strategic developments/Arrests)"),
    (AAW249, "الدمام", "في منطقتي الدمام والقطيف",
     ERV, IED, UAG, "", "Dammam", "SA", "2015-08-06", "3", "", "",
     "Kuwaiti Ministry of Interior", "reported",
     "background: the explosives are of the same type as those used in 'the two terrorist bombings in Dammam and "
     "Qatif' (no date or toll in the text -> DCT, precision 3, as the spent undated Asir background row; only "
     "'التفجير' -> generic explosive sub-type; no actor named)"),
    (AAW249, "والقطيف", "منطقتي الدمام والقطيف",
     ERV, IED, UAG, "", "Qatif", "SA", "2015-08-06", "3", "", "",
     "Kuwaiti Ministry of Interior", "reported",
     "background: the second of 'the two terrorist bombings in Dammam and Qatif' (see the Dammam row)"),
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
