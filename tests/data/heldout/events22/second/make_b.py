"""Bookkeeping helper for annotator B of the events22 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events20/second/make_b.py (itself from
events18/events16). Run: python3 /work/fresh/events22/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 22 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2760/2761, drawn at the start of stop 25, main 6c1c2de, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2760).shuffle, walked in order; (b) 10 with no text filter: random.Random(2761).shuffle, walked in order, >=3 sources (got, by source, a: alyaum 4, alriyadh 1, alwatan 1, aleqtisadiya 1, aawsat 1, okaz 1, aljazirah 1; b: alriyadh 4, alyaum 2, aawsat 2, almadina 1, okaz 1).
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
PRO = "Protests"
SD = "Strategic developments"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
PEACE = "Peaceful protest"
RES = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
UAG = "Unidentified armed group"
POLSA = "Police Forces of Saudi Arabia"
PIQ = "Protesters (Iraq)"
WA1613 = "SN-alwatan-20150724-1613"
AW143 = "SN-aawsat-20150726-143"
YA1100 = "SN-alyaum-20150727-1100"
JZ324 = "SN-aljazirah-20150722-324"
RI998 = "SN-alriyadh-20150807-998"
RI969 = "SN-alriyadh-20150722-969"
MD644 = "SN-almadina-20150810-644"
AW249 = "SN-aawsat-20150806-249"
AFPMD = "military sources (via AFP, Al Madina)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WA1613, "اشتباك مسلح", "أدى اشتباك مسلح في ساعة متأخرة أول من أمس",
     BAT, CLASH, HOU, "Military Forces of Yemen (Saleh loyalists)", "Bayt Bous, Sanaa", "YE", "2015-07-22", "1",
     "4", "exact", "local sources (Al Watan)", "reported",
     "late on 'the day before yesterday' (DCT Friday 24 July -> 22 July): an armed clash between the Houthis and the "
     "ex-president's loyalists: the Houthi official of the Bayt Bous area, south of Sanaa, and three gunmen of his group "
     "tried to storm the house of the former Republican Guard commander Brig. Saleh al-Juaimlani, ignored the guards' "
     "warning and the guards (Republican Guard forces loyal to Saleh) opened fire and killed them all (official + three "
     "-> 4 exact; the stormers -> actor1 Houthis; the Saleh-loyal Republican Guard guards -> 'Military Forces of Yemen "
     "(Saleh loyalists)', my own name: the precedents fold Saleh's forces into Houthis only when they fight on the "
     "Houthi side, here they fight the Houthis; the outlet states the clash as fact -> reported). Not coded: dozens of "
     "Houthi/Saleh fighters fleeing Fiyush and Sabr (Lahij) towards Taiz, selling their weapons (withdrawal, no "
     "opponent or capture; borderline Strategic developments), tribes refusing to send fighters, loudspeaker calls to "
     "fight in Sanaa, Houthi fighters in Aden refusing orders and hundreds surrendering to the resistance (undated, "
     "generic), defections in the Houthi ranks (commentary)"),
    (WA1613, "المواجهات الشرسة", "وذلك خلال المواجهات الشرسة التي شهدتها محافظة مأرب",
     BAT, CLASH, RES, HOU, "Marib", "YE", "2015-07-24", "2", "17", "exact",
     "popular resistance sources in Marib governorate", "claimed",
     "popular-resistance sources in Marib said they killed 17 Houthi and Saleh militiamen, among them a commander "
     "called al-Shahtari (the ex-president's nephew) and the prominent leader Abu al-Karrar al-Madani, in the fierce "
     "confrontations in Marib governorate 'in the past hours', and that the Houthi/Saleh militia was driven back from "
     "the al-Jufaynah front (same battle, folded; alternative Government regains territory for the Jufaynah front); "
     "only the resistance, a party, says so -> claimed; 'past hours' -> DCT, precision 2; Saleh's forces -> Houthis"),
    (WA1613, "بكمين", "أعلن عن مقتل القيادي الحوثي أبومحمد الغيلي بكمين للمقاومة الشعبية في المدينة",
     BAT, CLASH, RES, HOU, "Ibb", "YE", "2015-07-24", "2", "1", "exact",
     "Al Watan", "reported",
     "in Ibb, amid intensifying battles between the Houthi militias and the resistance (folded), the killing of the "
     "Houthi leader Abu Mohammed al-Ghaili in a popular-resistance ambush in the city was announced (announcer not "
     "named -> the outlet, reported; ambush of a militia leader -> Armed clash; no day -> DCT, precision 2)"),
    (AW143, "هاجم انتحاريان", "قتل 12 شخصا على الأقل أمس عندما هاجم انتحاريان",
     ERV, SUI, UAG, "Civilians (Iraq)", "Tuz Khurmatu", "IQ", "2015-07-25", "1", "12", "at_least",
     "Tuz Khurmatu mayor Ali al-Husseini and police sources", "reported",
     "'yesterday' (DCT Sunday 26 July -> 25 July): two suicide bombers attacked a crowded swimming pool in Tuz "
     "Khurmatu, northern Iraq, killing at least 12 and wounding 45, mostly Shia Turkmen: one detonated his explosive "
     "vest inside the pool, the other a charge on a motorbike at the entrance while police and rescuers carried the "
     "casualties (one attack, one row; 'toll may rise' -> the stated 12 at_least; no one claimed it -> Unidentified "
     "armed group, ISIS suspected only by context)"),
    (AW143, "هجوم كبير", "بما في ذلك هجوم كبير في وقت سابق من الشهر الحالي في محافظة ديالى",
     ERV, IED, "Islamic State", "Civilians (Iraq)", "Diyala", "IQ", "2015-07-01", "3", "100", "at_least",
     "Asharq Al-Awsat", "reported",
     "background: ISIS militants have recently carried out a series of bombings in Baghdad and other provinces, "
     "including a major attack earlier this month in Diyala governorate that killed more than 100 ('earlier this "
     "month' -> 1 July 2015, precision 3; 'more than 100' -> 100 at_least; within the 'series of bombings' -> generic "
     "explosive sub-type; victims not described -> Civilians (Iraq), borderline). The uncounted, unplaced 'series of "
     "bombings in Baghdad and other provinces' is folded here (no count, too vague for its own aggregate)"),
    (YA1100, "باستهداف داعش في سوريا", "وبدات تركيا في الايام الاخيرة باستهداف داعش في سوريا",
     ERV, AIR, "Military Forces of Turkey", "Islamic State", "", "SY", "2015-07-27", "2", "", "",
     "Al Yaum", "reported",
     "Turkey began 'in the last days' to target ISIS in Syria (the strikes of recent days -> one row, DCT Monday 27 July, "
     "precision 2; the text gives no means: Air/drone strike from 'ضربت'/'نضرب' and the campaign, alternative "
     "Shelling/artillery/missile attack; no place below the country -> location empty). The article's news is the "
     "foreign minister's accusation against the PKK in Lisbon (commentary). Not coded: the PKK 'intensified their "
     "attacks and terrorist activities in Turkey' (the minister's generic assertion, no place, day or count), the 2012 "
     "peace talks, the 7 June elections, the HDP's alleged call to arms and demonstrations (accusation)"),
    (YA1100, "ضربت ايضا متمردي حزب العمال الكردستاني في العراق", "غير انها ضربت ايضا متمردي حزب العمال الكردستاني في العراق",
     ERV, AIR, "Military Forces of Turkey", "PKK: Kurdistan Workers Party", "", "IQ", "2015-07-27", "2", "", "",
     "Al Yaum", "reported",
     "but Turkey also struck PKK rebels in Iraq ('in the last days'; the minister: 'we must also strike PKK targets in "
     "northern Iraq' -> same strikes, folded; no named place -> location empty, country IQ as the text says; means "
     "not stated -> Air/drone strike, alternative Shelling/artillery/missile attack; DCT, precision 2)"),
    (JZ324, "تحريرها", "بعد إعلان السلطات «تحريرها» من المتمردين الحوثيين",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-15", "2", "", "",
     "Yemeni authorities (Hadi's government)", "claimed",
     "background: members of the exiled Yemeni government, who received the first UN aid ship at Aden port on Tuesday "
     "21 July, returned to Aden 'last week' after the authorities announced its 'liberation' from the Houthi rebels "
     "(DCT Wednesday 22 July - 7 -> 15 July, precision 2; the liberation in quotation marks and given as the "
     "authorities' announcement -> claimed; the forces not named, the popular resistance as in the spent Aden rows). "
     "Not coded: the WFP ship docking (humanitarian), the start of the fighting in late March after the Houthis took "
     "Aden (generic war-start background, as events18), 'since 26 March Saudi Arabia leads a military coalition' (no "
     "act of violence named, unlike the spent 'air raids since 26 March' aggregate; borderline)"),
    (JZ324, "أسفرت المعارك عن مقتل", "حيث أسفرت المعارك عن مقتل أكثر من 3200 شخص",
     BAT, CLASH, HOU, RES, "", "YE", "2015-03-01", "3", "3200", "at_least",
     "United Nations", "reported",
     "aggregate: according to the UN the fighting in Yemen has killed more than 3,200 people, mostly civilians, since "
     "March ('since March' -> 1 March 2015, precision 3; 'more than 3200' -> 3200 at_least; mixed fighting and strikes, "
     "sides not named in the sentence -> Battles/Armed clash, Houthis vs the pro-Hadi side, borderline actors; no place "
     "-> location empty)"),
    # ---- set b (no text filter) ----
    (RI998, "تظاهر آلاف العراقيين", "تظاهر آلاف العراقيين اليوم الجمعة في بغداد",
     PRO, PEACE, PIQ, "", "Tahrir Square, Baghdad", "IQ", "2015-08-07", "1", "", "",
     "Al Riyadh", "reported",
     "today Friday (DCT Friday 7 August): thousands of Iraqis demonstrated in Baghdad's Tahrir Square against financial "
     "and administrative corruption and the lack of basic services, especially electricity, carrying a black-draped "
     "coffin and chanting against corrupt politicians (no force or violence -> Peaceful protest; the six southern "
     "provinces' protests are separate rows, one location per row)"),
    (RI998, "البصرة", "وخرجت تظاهرات مماثلة في البصرة",
     PRO, PEACE, PIQ, "", "Basra", "IQ", "2015-08-07", "1", "", "", "Al Riyadh", "reported",
     "similar demonstrations the same Friday in Basra (one of the six southern provinces listed; one row per place)"),
    (RI998, "وذي قار", "في البصرة وذي قار والحلة",
     PRO, PEACE, PIQ, "", "Dhi Qar", "IQ", "2015-08-07", "1", "", "", "Al Riyadh", "reported",
     "similar demonstrations the same Friday in Dhi Qar (province named, no city -> Dhi Qar)"),
    (RI998, "والحلة", "في البصرة وذي قار والحلة",
     PRO, PEACE, PIQ, "", "Hillah", "IQ", "2015-08-07", "1", "", "", "Al Riyadh", "reported",
     "similar demonstrations the same Friday in Hillah"),
    (RI998, "والنجف", "والحلة والنجف وكربلاء",
     PRO, PEACE, PIQ, "", "Najaf", "IQ", "2015-08-07", "1", "", "", "Al Riyadh", "reported",
     "similar demonstrations the same Friday in Najaf"),
    (RI998, "وكربلاء", "والحلة والنجف وكربلاء",
     PRO, PEACE, PIQ, "", "Karbala", "IQ", "2015-08-07", "1", "", "", "Al Riyadh", "reported",
     "similar demonstrations the same Friday in Karbala"),
    (RI998, "والديوانية", "وكربلاء والديوانية",
     PRO, PEACE, PIQ, "", "Diwaniyah", "IQ", "2015-08-07", "1", "", "", "Al Riyadh", "reported",
     "similar demonstrations the same Friday in Diwaniyah"),
    (RI998, "موجة احتجاجات", "وتشهد العديد من مدن العراق موجة احتجاجات للأسبوع الثاني على التوالي",
     PRO, PEACE, PIQ, "", "", "IQ", "2015-07-31", "3", "", "", "Al Riyadh", "reported",
     "aggregate: many Iraqi cities have seen a wave of protests for the second consecutive week against the lack of "
     "services, especially power cuts in record heat (start 'second week' -> DCT - 7 = 31 July, precision 3; no count, "
     "no place -> location empty; borderline: could be judged generic and left to the dated Friday rows)"),
    (RI969, "تحرير عدن", "والفرحة الثانية هي تحرير عدن",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-20", "2", "", "",
     "Al Riyadh (Yemenis in Jeddah)", "reported",
     "background: the liberation of Aden from the Houthi and Saleh militias by the popular resistance committees in "
     "coordination with the coalition, celebrated by the Yemeni community in Jeddah at Eid al-Fitr ('what was achieved "
     "in the past two days' -> DCT Wednesday 22 July - 2 = 20 July, precision 2; stated by the outlet as fact -> "
     "reported; Saleh's forces -> Houthis; every later mention of the liberation/control of Aden is the same event). "
     "Not coded: the Jeddah celebrations (not a protest), Saleh's removal by peaceful demonstrations (2011, too old), "
     "the surrender of hundreds of Houthi/Saleh men (undated, generic), the return of ministers to Aden, naming a street "
     "after King Salman"),
    (MD644, "سيطرت القوات الموالية", "سيطرت القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا",
     BAT, GRT, RES, HOU, "Zinjibar, Abyan", "YE", "2015-08-09", "2", "", "",
     AFPMD, "reported",
     "title and lead: forces loyal to Hadi's government (the 'popular resistance' of the title) took Zinjibar, capital "
     "of Abyan, held by the Houthi rebels, according to military sources 'yesterday Sunday' (DCT Monday 10 August -> "
     "9 August; the capture may be a day earlier, returning civilians were killed in Zinjibar on Saturday -> precision "
     "2); folded: the offensive launched from Aden with coalition air support, the capture of the 15th Brigade's "
     "positions before entering the city, and the armour deployed in Zinjibar on Sunday. Not coded: the forces "
     "controlling Aden, Lahij (al-Anad base), al-Dhale and most of Abyan (cumulative state, no new step), Lawdar still "
     "held by the Houthis, Shabwa expected to be the next front (expectation, no party's plan)"),
    (MD644, "وسيطرت عليها", "وسيطرت عليها من دون مقاومة كبيرة من الحوثيين",
     BAT, GRT, RES, HOU, "Shuqrah, Abyan", "YE", "2015-08-09", "1", "", "",
     AFPMD, "reported",
     "later on Sunday (after the Sunday deployment in Zinjibar -> 9 August) pro-Hadi units moved to the coastal town of "
     "Shuqra in Abyan and took it without much Houthi resistance ('we entered Shuqra ... only the mines the Houthis "
     "planted everywhere', a field commander; a different named place -> own row)"),
    (MD644, "انفجار الغام", "قتلوا بينهم مدنيون جراء انفجار الغام",
     ERV, IED, HOU, "Civilians (Yemen)", "Zinjibar, Abyan", "YE", "2015-08-08", "2", "19", "exact",
     "Aden health official al-Khader Lasour", "reported",
     "civilians returning to check their abandoned houses in Zinjibar were killed by landmines left by the Houthis: 19 "
     "killed, civilians among them, and 163 wounded on Saturday and Sunday in Zinjibar and its outskirts (two days -> "
     "Saturday 8 August, precision 2; mines left by the Houthis -> actor1 Houthis; 'among them civilians' -> actor2 "
     "Civilians (Yemen), the others' status not stated)"),
    (MD644, "السدة", "سيطرت على منطقتي السدة وحزم العديد",
     BAT, GRT, RES, HOU, "As Saddah, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported",
     "in Ibb governorate, amid fierce confrontations between the Houthis and Saleh's loyalists and the popular "
     "resistance, a local source told AFP the resistance took control of the al-Sadda and Hazm al-Udayn areas and parts "
     "of al-Radma (three named places -> three rows; not a party -> reported; no day -> DCT, precision 2; the general "
     "'confrontations rage in Ibb' folded into these rows)"),
    (MD644, "حزم العديد", "سيطرت على منطقتي السدة وحزم العديد",
     BAT, GRT, RES, HOU, "Hazm al Udayn, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported",
     "the resistance took control of the Hazm al-Udayn area, Ibb (see the al-Sadda row)"),
    (MD644, "الرضمة", "واجزاء من منطقة الرضمة",
     BAT, GRT, RES, HOU, "Ar Radmah, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported",
     "the resistance took control of parts of the al-Radma area, Ibb (partial capture; see the al-Sadda row)"),
    (MD644, "اشتباكات عنيفة", "استمرار اشتباكات عنيفة بين الطرفين في منطقة يريم",
     BAT, CLASH, RES, HOU, "Yarim, Ibb", "YE", "2015-08-10", "2", "", "",
     "local source (via AFP)", "reported",
     "the same source: violent clashes continue between the two sides in the Yarim area of Ibb (ongoing -> DCT, "
     "precision 2; Houthis and Saleh's loyalists -> Houthis)"),
    (MD644, "معارك الكر والفر", "تستمر معارك الكر والفر في تعز",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-08-10", "2", "", "",
     "Al Madina (AFP)", "reported",
     "hit-and-run battles continue in Taiz, Yemen's third city (sides not named in the sentence, the paragraph's "
     "resistance vs Houthis; ongoing -> DCT, precision 2)"),
    (MD644, "بالقبض على عشرة", "قام مسلحون تابعون للحوثيين بالقبض على عشرة",
     SD, "Arrests", HOU, "Civilians (Yemen)", "Sanaa", "YE", "2015-08-09", "2", "", "",
     "relatives of the detained leaders", "reported",
     "in Sanaa, calm on Sunday, Houthi gunmen arrested ten leaders of the Islah party, the country's main Islamist "
     "party, among them several women and the former minister Abdulrazzaq al-Ashwal (the Houthis hold Sanaa -> de facto "
     "authority's politically significant arrests -> Strategic developments/Arrests, alternative Violence against "
     "civilians/Abduction/forced disappearance; party leaders, unarmed -> Civilians (Yemen), Islah in the note; the "
     "sentence follows Sunday's calm -> 9 August, precision 2)"),
    (MD644, "وسيطروا على صنعاء", "وسيطروا على صنعاء في سبتمبر الماضي",
     BAT, "Non-state actor overtakes territory", HOU, "", "Sanaa", "YE", "2014-09-01", "3", "", "",
     "Al Madina (AFP)", "reported",
     "background: the Iran-backed Houthis, allied with army forces loyal to ex-president Saleh, set out in 2014 from "
     "their northern strongholds in an expansion southwards and took Sanaa 'last September' (September 2014 -> 1 "
     "September 2014, precision 3, within 12 months of the DCT 10 August 2015; no opponent named -> actor2 empty). Not "
     "coded: their move on Aden and Hadi's leaving Aden (no fighting or capture stated), the ICRC president's visit "
     "to Sanaa on Saturday (humanitarian visit)"),
    (MD644, "حملة عسكرية جوية", "اطلق التحالف العربي الذي تقوده المملكة حملة عسكرية جوية ضد الحوثيين",
     ERV, AIR, COAL, HOU, "", "YE", "2015-03-26", "3", "", "",
     "Al Madina (AFP)", "reported",
     "aggregate: on 26 March the Saudi-led Arab coalition launched an air campaign against the Houthis (ongoing "
     "campaign, recent background, as the spent events19 aljazirah-461 'since 26 March' air-raid aggregate; dated at "
     "its start, precision 3; no place -> location empty)"),
    (MD644, "نشر مئات الجنود", "نشر مئات الجنود من دول الخليج الاعضاء في التحالف حول عدن",
     SD, "Other", COAL, "", "Aden", "YE", "2015-08-03", "1", "", "",
     "Al Madina (AFP)", "reported",
     "background: on 3 August hundreds of soldiers from the Gulf member states of the coalition were deployed around "
     "Aden to secure the south's largest city (troop deployment -> Strategic developments/Other, as the spent events18 "
     "sabq-1518 air-bridge row; Gulf coalition troops, no country named -> Saudi-led coalition)"),
    (AW249, "التفجير الإرهابي الذي نفذه", "وأسفر التفجير الإرهابي الذي نفذه الانتحاري السعودي فهد القباع",
     ERV, SUI, "Islamic State", "Civilians (Kuwait)", "Al Sawabir, Kuwait City", "KW", "2015-06-26", "1", "26", "exact",
     "Asharq Al-Awsat", "reported",
     "background (the article's news is the trial of 29 accused, not coded): the Saudi suicide bomber Fahd al-Qabaa blew "
     "himself up in the Imam al-Sadiq mosque, al-Sawabir, Kuwait City, during Friday prayer on 26 June (Ramadan), "
     "killing 26 and wounding 227 (explosive belt -> Suicide bomb; the main accused says he joined 'Daesh' one day "
     "before the attack and equipped the bomber -> Islamic State, alternative Unidentified armed group: the text names "
     "no claim; worshippers -> Civilians (Kuwait))"),
    (AW249, "مداهمة بالخفجي", "والآخر في مداهمة بالخفجي",
     SD, "Arrests", POLSA, UAG, "Khafji", "SA", "2015-07-07", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background: on 7 July the Saudi authorities arrested three Saudi brothers linked to the al-Sadiq mosque bombing "
     "(they delivered the explosives to the main accused); Mohammed al-Zahrani was arrested in a raid in Khafji (cell "
     "members, no group named -> Unidentified armed group, as the spent events21 arrest row; arrest of terrorism "
     "suspects -> Arrests, in scope). Not coded: the arrest of the third brother 'in Kuwait' (no force named: the text "
     "gives all three to the Saudi authorities but one in Kuwait; borderline, a Kuwait Arrests row could be coded), "
     "the 14 July indictment and the trial (legal)"),
    (AW249, "تبادل إطلاق النار", "بمنطقة الطائف بعد تبادل إطلاق النار مع رجال الأمن السعودي",
     BAT, CLASH, POLSA, UAG, "Taif", "SA", "2015-07-07", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background: on 7 July his brother Majed al-Zahrani was arrested in the Taif region after an exchange of fire with "
     "Saudi security men, two of whom were wounded (exchange of fire during the arrest raid -> Battles/Armed clash, "
     "arrest folded; alternative Strategic developments/Arrests; the earlier 'after an exchange of fire with the "
     "authorities' is the same event)"),
    (AW249, "الدمام", "وقع في منطقتي الدمام والقطيف",
     ERV, IED, UAG, "", "Dammam", "SA", "2015-08-06", "3", "", "",
     "Kuwaiti Ministry of Interior", "reported",
     "background: the explosives are of the same type as those used in 'the two terrorist bombings in the Dammam and "
     "Qatif areas in Saudi Arabia' (no day, target, toll or perpetrator in this text -> DCT, precision 3, generic "
     "explosive sub-type, Unidentified armed group, actor2 empty; one row per place). Borderline: a passing "
     "comparison, could be left out"),
    (AW249, "والقطيف", "وقع في منطقتي الدمام والقطيف",
     ERV, IED, UAG, "", "Qatif", "SA", "2015-08-06", "3", "", "",
     "Kuwaiti Ministry of Interior", "reported",
     "background: the second of the two bombings the explosives are compared with, in the Qatif area (see the Dammam "
     "row)"),
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
