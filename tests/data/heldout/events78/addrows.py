"""Bookkeeping helper for the events78 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events77/addrows.py (itself from events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur45/events78/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 78 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events78/sample.py ("This set: events78, seeds 2960 / 2961, drawn at the start of stop 45 (751b2e5a), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2960).shuffle, walked in order; (b) 10 with no text filter, random.Random(2961).shuffle, >=3 sources (got, by source, a: alriyadh 2, alyaum 2, alwatan 2, sabq 1, okaz 1, aawsat 1, aljazirah 1; b: aleqtisadiya 3, okaz 2, alriyadh 2, 3alyoum 1, aljazirah 1, almadina 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 42 rows): detection F1 0.913 before by compare.py (42 matched of 50 A / 42 B rows, P 1.000, R 0.840; 8 A-only rows, no B-only row; compare.py's 42 pairs checked by hand, all true event pairs); both gave rows to the same 7 articles and left the same 13 empty; on the 42 pairs event_type, sub_event_type, actor1, location_country and event_date agreed 42/42, actor2, fatalities, fatalities_qualifier and reported_as 41/42, time_precision 39/42, location 37/42; 50 -> 50 rows, no row added or dropped; 3 values changed to B's: alriyadh-678 Central Prison capture precision 2 (told 'earlier Monday', on or before 20 July; first 1; the al-Thalathin siege row of the same sentence set to 2 with it), alriyadh-678 telecom office shelling actor2 empty (no victims or holder named; first Civilians (Yemen)), alriyadh-678 al-Qaidah (Ibb) attack claimed (only the attacking side's sources; first reported); kept against B: the 8 A-only rows (alriyadh-678 Bala front, the four late-Monday Taiz district clashes Hawd al-Ashraf, al-Barid, al-Jumhuri, al-Dhabab, the al-Thalathin checkpoint siege and the background Aden liberation; alyaum-987 al-Dhabab battles: one location per row), al-Anad fatalities empty (the 22 + 9 toll spans the Bala and Anad fronts; B 31 exact) and 'Al Anad, Lahij', the Taiz several-fronts toll precision 2 (B 1), Sanah 21 July precision 1 and 'Sanah, Ad Dali', 'Jabal Sabir, Taiz', 'Dofas, Abyan', 'Cairo-Fayoum road'; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
SLC = "Saudi-led coalition"
MFY = "Military Forces of Yemen"
CIVY = "Civilians (Yemen)"
POL = "Police Forces of Saudi Arabia"
YAUM987 = "SN-alyaum-20150804-987"
SBQ3165 = "SN-sabq-20150806-3165"
OKZ1475 = "SN-okaz-20150811-1475"
YAUM1020 = "SN-alyaum-20150801-1020"
RYD678 = "SN-alriyadh-20150722-678"
WTN834 = "SN-alwatan-20150809-834"
RYD1714 = "SN-alriyadh-20150806-1714"
SRC987 = "Al Yaum (correspondents; local sources)"
SRC678 = "local and resistance sources (to Al Riyadh)"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Yemen round-up (alyaum-987, DCT Tuesday 4 August 18:22 UTC; 'أمس' = 3 August)
    (YAUM987, "تطرد المتمردين من قاعدة العند", "اليمن: المقاومة تطرد المتمردين من قاعدة العند",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "1", "", "",
     SRC987, "reported",
     "the title's news: the popular resistance, backed by the national army and coalition aircraft, drives the "
     "Houthi rebels (backed by Saleh's forces) out of al-Anad air base in Lahij; the body: violent clashes inside the "
     "base after the resistance stormed its western entrance 'at noon yesterday' (DCT 4 August -> 3 August, precision "
     "1, as the spent alwatan-823 Anad row) and took its western gate in a broad attack backed by coalition strikes "
     "(folded: the clashes inside, the storming, the supporting strikes and the weeks-long siege of the base from its "
     "northern and eastern sides; pro-Hadi popular resistance -> Yemeni Resistance, Houthis and Saleh's forces -> "
     "Houthis, spent naming)"),
    (YAUM987, "تمكنت المقاومة من دخول مدينة الحوطة", "تمكنت المقاومة من دخول مدينة الحوطة مركز محافظة لحج",
     BAT, GRT, YR, HOU, "Al Hawtah, Lahij", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the resistance managed to enter the city of al-Hawtah, the centre of Lahij governorate, while clashes go on at "
     "the city's eastern edges (entry into the governorate capital -> Government regains territory, alternative Armed "
     "clash as only 'entered'; the edge clashes folded; no day -> DCT, precision 2; 'Al Hawtah, Lahij' as the spent "
     "aawsat-272 row)"),
    (YAUM987, "كما شن طيران التحالف غارات", "كما شن طيران التحالف غارات على تجمعات ومعدات عسكرية للحوثين",
     ERV, AIR, SLC, HOU, "Al Bayda", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the coalition aircraft also struck gatherings and military equipment of the Houthis and Saleh's forces in al-Bayda "
     "governorate (no day -> DCT, precision 2; governorate only)"),
    (YAUM987, "ومنذ سيطرة المقاومة على مدينة عدن", "ومنذ سيطرة المقاومة على مدينة عدن، أهم مدن جنوبي اليمن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-04", "3", "", "",
     "Al Yaum", "reported",
     "background: since the resistance took control of the city of Aden the legitimacy forces have expanded northwards "
     "(no day in the text -> DCT, precision 3, as the spent undated Aden-liberation rows, e.g. aawsat-72). Not coded: the "
     "northward expansion as such (generic)"),
    (YAUM987, "مواجهات اندلعت", "وقتل 13 متمردا من الحوثي ومقاتلي صالح في مواجهات اندلعت",
     BAT, CLASH, YR, HOU, "Al Jufaynah, Marib", "YE", "2015-08-02", "2", "13", "exact",
     "local sources (via Al Yaum)", "reported",
     "13 Houthi and Saleh fighters were killed in confrontations that broke out in the night of Sunday to Monday west "
     "of Marib governorate; local sources: clashes with heavy weapons in the al-Jufaynah area west of Marib left 13 "
     "rebels dead (same event -> one row; the night of Sunday 2 to Monday 3 August -> 2 August, precision 2, as the "
     "spent adjudicated 3alyoum-44 night row; the opponent of the rebels is not named, the pro-Hadi side -> Yemeni "
     "Resistance; 'Al Jufaynah, Marib' as the spent rows)"),
    (YAUM987, "فيما استمرت الاشتباكات في محافظة تعز", "فيما استمرت الاشتباكات في محافظة تعز جنوبي البلاد",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the clashes continued in Taiz governorate; in Taiz a number of dead and wounded fell on both sides in fierce "
     "battles, especially in the south-western areas in al-Dhabab (own row) and in the northern areas; the number of "
     "dead could not be established (ongoing -> DCT, precision 2; 'a number of' -> fatalities empty; the northern areas "
     "folded here, no place named; pro-Hadi side -> Yemeni Resistance)"),
    (YAUM987, "في الضباب", "خاصة في المناطق الجنوبية الغربية في الضباب",
     BAT, CLASH, YR, HOU, "Al Dhabab, Taiz", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the fierce battles in the south-western areas of Taiz, in al-Dhabab (a named place -> own row, one location per "
     "row, as the spent alweeam-1164 Taiz and Hawd al-Ashraf rows; adjudicated: kept against B, who folded it into the "
     "Taiz row; 'Al Dhabab, Taiz' as the spent rows; ongoing -> DCT, precision 2; dead on both sides not counted -> empty)"),
    (YAUM987, "عربة كاتيوشا", "ودمر طيران التحالف \"عربة كاتيوشا\" للحوثي",
     ERV, AIR, SLC, HOU, "Al Jufaynah, Marib", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the coalition aircraft destroyed a Houthi 'Katyusha vehicle' in (al-)Jufaynah south-west of Marib (no day -> DCT, "
     "precision 2; another event type than the al-Jufaynah clash row of the Sunday night)"),
    (YAUM987, "بعد أن قصف موقع \"أومان\" العسكري", "بعد أن قصف موقع \"أومان\" العسكري في منطقة الحوبان بمدينة تعز",
     ERV, AIR, SLC, HOU, "Al Hawban, Taiz", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the coalition aircraft bombed the 'Oman' military site in the al-Hawban area of Taiz city, besieged by the "
     "popular resistance, and the Radio camp in al-Hawban (same area -> folded); folded too: the later paragraph's "
     "coalition strikes on Houthi/Saleh positions 'in al-Hawban and the eastern entrance of Taiz city' (same place, same "
     "undated report; the eastern entrance is al-Hawban, as the spent adjudicated okaz-3005 row); no day -> DCT, "
     "precision 2; dead and wounded not counted"),
    (YAUM987, "وشن 6 غارات", "وشن 6 غارات على تجمع للمتمردين في وادي خبش",
     ERV, AIR, SLC, HOU, "Wadi Khabash, Al Jawf", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the coalition aircraft carried out 6 strikes on a rebel gathering in Wadi Khabash (al-Kharid), al-Matammah "
     "district, al-Jawf governorate (no day -> DCT, precision 2)"),
    (YAUM987, "وقصف أهدافا أخرى في همدان", "وقصف أهدافا أخرى في همدان بمدينة الحزم",
     ERV, AIR, SLC, HOU, "Hamdan, Al Hazm", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the coalition aircraft bombed other targets in Hamdan in the city of al-Hazm, capital of al-Jawf (a differently "
     "named place -> own row; no day -> DCT, precision 2)"),
    (YAUM987, "استهدافه عربات للحوثيين", "إضافة إلى استهدافه عربات للحوثيين في منطقة الغيل",
     ERV, AIR, SLC, HOU, "Al Ghayl, Al Jawf", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the coalition aircraft also targeted Houthi vehicles in the al-Ghayl area (same al-Jawf paragraph -> 'Al Ghayl, "
     "Al Jawf'; no day -> DCT, precision 2)"),
    (YAUM987, "طهرت جبل صبر من الحوثيين", "إن المقاومة \"طهرت جبل صبر من الحوثيين",
     BAT, GRT, YR, HOU, "Jabal Sabir, Taiz", "YE", "2015-08-04", "2", "", "",
     "a source in the popular resistance (to DPA, via Al Yaum)", "claimed",
     "a resistance source told DPA that the resistance 'cleansed Jabal Sabir of the Houthis' and approached Taiz "
     "airport and al-Hawban and only needs air cover to storm those positions (the approach folded; as the spent "
     "okaz-3005 Jabal Sabir row: only the resistance source's words -> claimed; no day -> DCT, precision 2). Not coded: "
     "the 'near' liberation of Taiz (an expectation), the Houthis' 'heavy daily losses' (generic, claimed); adjudicated: "
     "'Jabal Sabir, Taiz' kept against B's 'Jabal Sabr, Taiz', the spelling of 3 of the 4 spent rows"),
    (YAUM987, "والمفرق", "في منطقة القاعدة والمفرق والحوبان",
     ERV, AIR, SLC, HOU, "Al Mafraq", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the coalition fighters bombed Houthi and Saleh positions in the al-Qaidah area, al-Mafraq, al-Hawban and the "
     "eastern entrance of Taiz city; sources reported heavy explosions and thick smoke and dead and wounded among the "
     "Houthis (one location per row, as the spent okaz-3005 rows: al-Qaidah and al-Mafraq are own rows, al-Hawban and "
     "the eastern entrance folded into the al-Hawban row; no day -> DCT, precision 2; dead not counted)"),
    (YAUM987, "منطقة القاعدة", "في منطقة القاعدة والمفرق والحوبان",
     ERV, AIR, SLC, HOU, "Al Qaidah", "YE", "2015-08-04", "2", "", "",
     SRC987, "reported",
     "the coalition fighters' bombardment of Houthi and Saleh positions in the al-Qaidah area (first place of the clause, "
     "see the al-Mafraq row; 'Al Qaidah' as the spent okaz-3005 row; no day -> DCT, precision 2)"),
    (YAUM987, "والسيطرة على أجزاء واسعة منها", "بعد زحف الحوثيين وقوات صالح الى المدينة والسيطرة على أجزاء واسعة منها",
     BAT, NSO, HOU, "", "Taiz", "YE", "2015-04-01", "3", "", "",
     "Al Yaum", "reported",
     "background, borderline: Taiz city has seen violent confrontations for about four months, since the Houthis and "
     "Saleh's forces advanced into the city and took large parts of it (as the spent adjudicated okaz-3005 'fall of "
     "Taiz four months ago' row: DCT 4 August -> April 2015 -> 1 April, precision 3; no defender named -> actor2 empty; "
     "the four months of confrontations themselves not coded, generic)"),
    # Abha mosque bombing (sabq-3165, DCT Thursday 6 August 18:33 UTC)
    (SBQ3165, "التفجير الإرهابي الذي وقع في مقر قوة الطوارئ", "لإدانة التفجير الإرهابي الذي وقع في مقر قوة الطوارئ الخاصة بعسير",
     ERV, IED, UAG, POL, "Asir", "SA", "2015-08-06", "1", "13", "exact",
     "Sabq", "reported",
     "background (the news is the condemnations by sheikhs and preachers on Twitter): the terrorist bombing at the headquarters of the Special Emergency Force in Asir, which killed ten security men "
     "and three workers and wounded nine others during the noon prayer 'today' (DCT 6 August -> 6 August, precision 1; "
     "10 + 3 -> 13 exact, as the spent aleqtisadiya-197 row; only 'تفجير' -> the generic explosive sub-type, as the "
     "spent Asir rows; no perpetrator named -> Unidentified armed group; the title's 'terrorist incident' and the hashtag "
     "are the same event). Not coded: the hashtag campaign itself"),
    # Shaddadi ambush (okaz-1475, DCT Tuesday 11 August 13:34 UTC; 'أمس' = 10 August)
    (OKZ1475, "كمين نصبه مسلحون حوثيون", "في كمين نصبه مسلحون حوثيون في نقيل العرقوب",
     BAT, CLASH, HOU, YR, "Al Arqoub, Abyan", "YE", "2015-08-10", "1", "4", "exact",
     "news sources (via Okaz)", "reported",
     "the deputy speaker of the Yemeni parliament Mohammed Ali al-Shaddadi was wounded and four of his escorts killed "
     "in an ambush laid by Houthi gunmen at Naqil al-Arqoub past Shuqrah, Abyan, 'at noon yesterday' (DCT 11 August -> "
     "10 August, precision 1) while he was pursuing the remnants of the Houthi militias on Jabal al-Arqoub (the second "
     "paragraph's account, same event -> one row; former interior minister Maj. Gen. Hussein Arab also wounded, "
     "folded); he and the legitimacy forces were in the front lines -> an ambush on a fighting party -> Battles/Armed "
     "clash, actor2 Yemeni Resistance (the pro-Hadi side; alternative Violence against civilians with Civilians (Yemen), "
     "as the spent alweeam-1144 row of the same incident, told there as a landmine on an official's party); 'Al "
     "Arqoub, Abyan' as the spent row)"),
    (OKZ1475, "بتحرير العلم", "قد تقدما جبهات القتال بتحرير العلم ودوفس",
     BAT, GRT, YR, HOU, "Al Alam, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: al-Shaddadi and Hussein Arab had led the fighting fronts in the liberation of al-Alam, Dofas, al-Kawd, "
     "Zinjibar, Shuqrah and al-Arqoub 'in the past days' (one location per row -> six rows; 'in the past days' -> DCT, "
     "precision 2; the legitimacy forces -> Yemeni Resistance; the Abyan places as the spent rows)"),
    (OKZ1475, "ودوفس", "بتحرير العلم ودوفس والكود",
     BAT, GRT, YR, HOU, "Dofas, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: the liberation of Dofas in the past days (see the al-Alam row; adjudicated: 'Dofas, Abyan' kept against "
     "B's 'Wadi Dofas, Abyan': the text says only 'دوفس', and the spent sets have 'Dofas, Abyan')"),
    (OKZ1475, "والكود", "ودوفس والكود وزنجبار",
     BAT, GRT, YR, HOU, "Al Kawd, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: the liberation of al-Kawd in the past days (see the al-Alam row)"),
    (OKZ1475, "وزنجبار", "والكود وزنجبار وشقرة",
     BAT, GRT, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: the liberation of Zinjibar in the past days (see the al-Alam row)"),
    (OKZ1475, "وشقرة", "وزنجبار وشقرة والعرقوب",
     BAT, GRT, YR, HOU, "Shuqrah, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: the liberation of Shuqrah in the past days (see the al-Alam row)"),
    (OKZ1475, "والعرقوب", "وشقرة والعرقوب خلال الأيام الماضية",
     BAT, GRT, YR, HOU, "Al Arqoub, Abyan", "YE", "2015-08-11", "2", "", "",
     "Okaz", "reported",
     "background: the liberation of al-Arqoub in the past days (see the al-Alam row; a capture, another event type than "
     "the ambush row at the same place)"),
    # Tunisia (alyaum-1020, DCT Saturday 1 August 07:58 UTC); the extension of the state of emergency is not coded
    (YAUM1020, "قتل 38 سائحا", "وفي 26 يونيو، قتل 38 سائحا بينهم ثلاثون بريطانيا",
     VAC, "Attack", IS, "Civilians (Tunisia)", "Sousse", "TN", "2015-06-26", "1", "38", "exact",
     "Al Yaum", "reported",
     "background: on 26 June 38 tourists, thirty of them British, were killed in an attack by an armed Tunisian student "
     "in the tourist city of Sousse, claimed by ISIS (within 12 months of the DCT; 'وتبناه تنظيم داعش' -> Islamic State, "
     "as the spent aawsat-143 Sousse row; tourists -> Civilians (Tunisia), the country of the event; the 'deadliest "
     "terrorist attack in Tunisia's history' eight days before 4 July is the same event)"),
    (YAUM1020, "الهجوم الذي استهدف متحف باردو", "على غرار الهجوم الذي استهدف متحف باردو في العاصمة التونسية في 18 مارس",
     VAC, "Attack", IS, "Civilians (Tunisia)", "Bardo Museum, Tunis", "TN", "2015-03-18", "1", "", "",
     "Al Yaum", "reported",
     "background: the attack on the Bardo museum in the Tunisian capital on 18 March ('like the attack on Bardo': ISIS "
     "claimed both, as the spent aawsat-143 row -> Islamic State; victims not stated here, the museum's visitors -> "
     "Civilians (Tunisia); no toll in this text -> fatalities empty; 'Bardo Museum, Tunis' as the spent adjudicated "
     "row). Not coded: the extension of the state of emergency by two months from 3 August and its declaration on 4 July "
     "(administrative measures, as the spent 'state of emergency' decisions), the human-rights groups' statement on the "
     "anti-terrorism law (legal/commentary)"),
    # Yemen round-up (alriyadh-678, DCT Wednesday 22 July 09:45 UTC; 'أمس' = Tuesday 21 July, 'الاثنين' = 20 July)
    (RYD678, "المواجهات الدائرة في منطقة العند", "بين قتيل وجريح في المواجهات الدائرة في منطقة العند بمحافظة لحج",
     BAT, CLASH, YR, HOU, "Al Anad, Lahij", "YE", "2015-07-22", "2", "", "",
     SRC678, "reported",
     "the title's news: dozens of Houthis and Saleh loyalists killed and wounded in the ongoing confrontations in the "
     "al-Anad area of Lahij, with coalition air support for the popular resistance; local and resistance sources: 22 "
     "Houthi/Saleh gunmen killed and dozens wounded, 9 resistance fighters killed and 50 wounded 'on the Bala and Anad "
     "fronts' (the toll covers two named fronts and is not split -> fatalities empty here and on the Bala row, as the "
     "spent events77 Zabadani/Western Ghouta rows; ongoing, no day -> DCT, precision 2; the area, not the base -> 'Al "
     "Anad, Lahij'; the supporting strikes have their own dated rows; adjudicated: kept against B's 31 exact with Bala "
     "folded and B's 'Al Anad': two named fronts, one location per row; the text gives the governorate)"),
    (RYD678, "بلة", "في جبهتي بلة والعند",
     BAT, CLASH, YR, HOU, "Bala, Lahij", "YE", "2015-07-22", "2", "", "",
     SRC678, "reported",
     "the second front of the toll sentence: the Bala front (one location per row; same toll of 22 + 9 dead across both "
     "fronts -> fatalities empty, see the al-Anad row; Lahij context -> 'Bala, Lahij'; DCT, precision 2)"),
    (RYD678, "غارات جوية استهدفت قاعدة العند الجوية", "امس، غارات جوية استهدفت قاعدة العند الجوية",
     ERV, AIR, SLC, HOU, "Al Anad Air Base", "YE", "2015-07-21", "1", "", "",
     SRC678, "reported",
     "coalition fighter jets 'yesterday' (DCT 22 July -> 21 July, precision 1) carried out air strikes on al-Anad air "
     "base (a Houthi-held target -> actor2 Houthis, as the spent aleqtisadiya-319 row)"),
    (RYD678, "ومعسكر لبوزة", "ومعسكر لبوزة المجاور للقاعدة بمحافظة لحج",
     ERV, AIR, SLC, HOU, "Labouza Camp, Lahij", "YE", "2015-07-21", "1", "", "",
     SRC678, "reported",
     "the same 21 July strikes also hit the Labouza camp next to the base in Lahij (a differently named target -> own "
     "row; 'Labouza Camp, Lahij' as the spent almadina-580 rows)"),
    (RYD678, "منطة سناح", "كما استهدفت طائرات التحالف العربي منطة سناح",
     ERV, AIR, SLC, HOU, "Sanah, Ad Dali", "YE", "2015-07-21", "1", "", "",
     SRC678, "reported",
     "the coalition aircraft also targeted the Sanah area north of al-Dhale city (text's typo 'منطة'; 'كما' continues "
     "the sentence of 'yesterday' -> 21 July, precision 1, as the spent aleqtisadiya-319 'same raids also hit' row; "
     "adjudicated: kept against B's precision 2 and 'Sanah'; target not named, the coalition campaign's -> Houthis; 'Sanah, "
     "Ad Dali' as the spent rows)"),
    (RYD678, "أحرزوا تقدما ميدانيا", "وأضاف أن مقاتلي المقاومة الشعبية أحرزوا تقدما ميدانيا",
     BAT, CLASH, YR, HOU, "Aden", "YE", "2015-07-22", "2", "", "",
     SRC678, "reported",
     "the popular resistance fighters made field progress on the northern edges of Aden governorate towards Lahij, "
     "facing the Houthi rebels and Saleh's forces (no capture of a named place -> Armed clash; folded: the earlier "
     "flight of dozens of Houthi gunmen from Aden city to Lahij 'under the blows of the resistance' and the resistance's "
     "sweeping campaigns in Aden governorate to expel the remaining gunmen; no day -> DCT, precision 2)"),
    (RYD678, "غارات جوية مستمرة منذ ثلاثة ايام", "لقوا مصرعهم في غارات جوية مستمرة منذ ثلاثة ايام",
     ERV, AIR, SLC, HOU, "Aden", "YE", "2015-07-22", "2", "", "",
     "sources (to Al Riyadh)", "reported",
     "sources said dozens of rebels were killed in air strikes ongoing for three days on their positions north of Aden "
     "city (the coalition's campaign; ongoing -> DCT, precision 2, the three days within the week; 'dozens' -> "
     "fatalities empty; north of the city -> 'Aden')"),
    (RYD678, "قبل دحرهم من قبل المقاومة", "من حصار الحوثيين للمدينة قبل دحرهم من قبل المقاومة",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-22", "3", "", "",
     "Al Riyadh", "reported",
     "background: the UAE aid ship helps those hurt by the Houthis' siege of the city (Aden) 'before they were driven "
     "out by the resistance' (the recent liberation of Aden; no day in the text -> DCT, precision 3, as the spent "
     "undated Aden-liberation rows; the siege folded; adjudicated: kept against B, who called it backstory with this "
     "row as the alternative: the same kind of clause as the alyaum-987 Aden row both annotators coded). Not coded: the "
     "aid ships (humanitarian)"),
    (RYD678, "قصفت في وقت متأخر من الاثنين", "ان الحوثيين وقوات صالح قصفت في وقت متأخر من الاثنين الأحياء السكنية",
     ERV, SHELL, HOU, CIVY, "Taiz", "YE", "2015-07-20", "1", "2", "exact",
     SRC678, "reported",
     "the Houthis and Saleh's forces shelled the residential districts of Taiz city indiscriminately late on Monday (20 "
     "July, precision 1; the lead's 'shelled Taiz city indiscriminately' is the same event); the shelling burned some "
     "houses, among them the headquarters building of the Hayel Saeed Anam group (folded); 'two civilians were killed "
     "in Houthi shelling of residential districts of the city' (told twice, two wounded) -> 2 exact"),
    (RYD678, "سيطر الجيش الوطني", "فيما سيطر الجيش الوطني مدعوماً بمسلحي المقاومة الشعبية على مواقع بجوار السجن المركزي",
     BAT, GRT, MFY, HOU, "Central Prison, Taiz", "YE", "2015-07-20", "2", "", "",
     SRC678, "reported",
     "the national army, backed by the popular-resistance gunmen, took control of positions next to the Central Prison "
     "in Taiz city; the Monday account (told 'earlier Monday': on or before 20 July -> precision 2; adjudicated, as B, first precision 1): the army with the resistance advanced on "
     "some fronts, approached the Central Prison and took positions from next to the prison to the Aqaqa area (folded: "
     "the same advance) ('الجيش الوطني' named first -> Military Forces of Yemen, as the spent alwatan-2160 row; 'Central "
     "Prison, Taiz' as the spent aawsat-72 row)"),
    (RYD678, "ومحاصرة نقطة الثلاثين", "ومحاصرة نقطة الثلاثين، عند المدخل الجنوبي الغربي لتعز",
     BAT, CLASH, MFY, HOU, "Nuqtat al-Thalathin, Taiz", "YE", "2015-07-20", "2", "", "",
     SRC678, "reported",
     "the same advance, told earlier Monday (20 July, precision 2 as the Central Prison row; adjudicated: first precision 1), besieged the al-Thalathin checkpoint at the south-western entrance of Taiz (a siege of an "
     "enemy-held place -> Armed clash, as the spent alweeam-1164 Zinjibar siege; a differently named place -> own row, "
     "'Nuqtat ...' as the spent 'Nuqtat al-Rabi'i, Taiz'; alternative: folded into the Central Prison row, B's reading; adjudicated: kept, borderline)"),
    (RYD678, "خلال مواجهات دارت على عدة جبهات", "خلال مواجهات دارت على عدة جبهات",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-07-20", "2", "15", "exact",
     SRC678, "reported",
     "the same sources (earlier Monday) confirmed 8 Houthis and Saleh fighters and 7 popular-resistance fighters killed "
     "in confrontations on several fronts (in Taiz), and dozens wounded on both sides (8 + 7 -> 15 exact; fronts not "
     "named -> 'Taiz'; told on Monday, the fighting on or before -> 20 July, precision 2; the dead named are resistance "
     "-> actor1 Yemeni Resistance; adjudicated: precision 2 kept against B's 1, B having joined this toll to the "
     "late-Monday district clashes: the toll is from the earlier-Monday report of fighting on several fronts)"),
    (RYD678, "حوض الأشراف", "في أحياء حوض الأشراف والبريد والجمهوري والضباب",
     BAT, CLASH, YR, HOU, "Hawd al-Ashraf, Taiz", "YE", "2015-07-20", "1", "", "",
     SRC678, "reported",
     "late on Monday (20 July, precision 1) clashes broke out between popular-resistance fighters and the Houthis in "
     "the districts of Hawd al-Ashraf, al-Barid, al-Jumhuri and al-Dhabab of Taiz (one location per row -> four rows; "
     "'Hawd al-Ashraf, Taiz' as the spent alweeam-1164 row; no toll for these clashes; adjudicated: the four district "
     "rows kept against B, who folded them into one Taiz row with the several-fronts toll: named sub-city places, "
     "a later time of day than the toll's report)"),
    (RYD678, "والبريد", "حوض الأشراف والبريد والجمهوري",
     BAT, CLASH, YR, HOU, "Al Barid, Taiz", "YE", "2015-07-20", "1", "", "",
     SRC678, "reported",
     "the late-Monday clashes in the al-Barid district of Taiz (see the Hawd al-Ashraf row)"),
    (RYD678, "والجمهوري", "والبريد والجمهوري والضباب",
     BAT, CLASH, YR, HOU, "Al Jumhuri, Taiz", "YE", "2015-07-20", "1", "", "",
     SRC678, "reported",
     "the late-Monday clashes in the al-Jumhuri district of Taiz (see the Hawd al-Ashraf row; 'Al Jumhuri, Taiz' as the "
     "spent rows)"),
    (RYD678, "والضباب", "والجمهوري والضباب. وأدى",
     BAT, CLASH, YR, HOU, "Al Dhabab, Taiz", "YE", "2015-07-20", "1", "", "",
     SRC678, "reported",
     "the late-Monday clashes in the al-Dhabab district of Taiz (see the Hawd al-Ashraf row)"),
    (RYD678, "باستهداف مكتب الاتصالات", "باستهداف مكتب الاتصالات بقذائف الدبابة المتمركزة في منطقة ثعبات",
     ERV, SHELL, HOU, "", "Taiz", "YE", "2015-07-21", "2", "", "",
     "Popular Resistance coordination in Taiz (statement, via Al Riyadh)", "claimed",
     "the popular-resistance coordination accused, in a statement, the Houthis and Saleh loyalists of targeting the "
     "telecommunications office with shells of the tank stationed in the Thaabat area; the shelling cut the internet "
     "and landline service (communications and internet cut in Taiz 'for the second day running' -> about 21 July, "
     "precision 2; only the resistance's accusation -> claimed; adjudicated, as B: actor2 empty, the text names no "
     "victims and no holder of the office, as the spent no-victim shelling rows (events77 Nubl/Zahraa); first Civilians "
     "(Yemen)). Not coded: the communications cut itself, the 'continuing siege' of Taiz (generic)"),
    (RYD678, "استهدفوا في وقت متأخر من مساء الاثنين", "استهدفوا في وقت متأخر من مساء الاثنين تعزيزات حوثية شمال مدينة القاعدة",
     BAT, CLASH, YR, HOU, "Al Qaidah, Ibb", "YE", "2015-07-20", "1", "", "",
     "resistance sources in Ibb (to Al Riyadh)", "claimed",
     "in Ibb, popular-resistance gunmen targeted Houthi reinforcements north of the town of al-Qaidah late on Monday "
     "evening (20 July, precision 1); a vehicle (طقم) burned and Houthi dead and wounded (not counted -> empty) "
     "(an attack on a convoy of fighters -> Armed clash, as the spent ambush rows; 'Al Qaidah' in Ibb governorate; "
     "adjudicated, as B: claimed, the attack and its result are given only by the attacking side's sources, as the "
     "spent alwatan-1613 Marib row; first reported)"),
    (RYD678, "جبهة الجفينة", "مواقع للحوثيين في جبهة الجفينة وتبة الدفاع غربي مأرب",
     ERV, AIR, SLC, HOU, "Al Jufaynah, Marib", "YE", "2015-07-21", "1", "", "",
     SRC678, "reported",
     "'early yesterday' (21 July, precision 1) the coalition fighter jets bombed Houthi positions on the al-Jufaynah "
     "front and Tabbat al-Difa west of Marib (one location per row -> two rows)"),
    (RYD678, "وتبة الدفاع", "جبهة الجفينة وتبة الدفاع غربي مأرب",
     ERV, AIR, SLC, HOU, "Tabbat al-Difa, Marib", "YE", "2015-07-21", "1", "", "",
     SRC678, "reported",
     "the same early-21 July coalition strikes on Tabbat al-Difa ('Defence Hill') west of Marib (see the al-Jufaynah "
     "row)"),
    (RYD678, "تواصلت المواجهات في مناطق متفرقة من مارب", "هذا فيما تواصلت المواجهات في مناطق متفرقة من مارب",
     BAT, CLASH, YR, HOU, "Marib", "YE", "2015-07-22", "2", "", "",
     SRC678, "reported",
     "confrontations continued in various areas of Marib (ongoing, no day -> DCT, precision 2; sides not named, the "
     "article's pro-Hadi resistance and the Houthis)"),
    (RYD678, "هجوم بسيارة مفخخة", "واصيب ثمانية اخرون في هجوم بسيارة مفخخة",
     ERV, IED, UAG, HOU, "Al Jiraf, Sanaa", "YE", "2015-07-20", "1", "4", "exact",
     "eyewitnesses (to Al Riyadh)", "reported",
     "in Sanaa four Houthis were killed and eight wounded in a car-bomb attack on the house of a Houthi leader on "
     "Monday evening (20 July, precision 1); eyewitnesses: the attack targeted the house of the Houthi leader Ihab "
     "al-Kahlani in the western al-Jiraf district, north of Sanaa (a car bomb, no suicide bomber stated -> Remote "
     "explosive/landmine/IED; no perpetrator named -> Unidentified armed group)"),
    # Egypt (alwatan-834, DCT Sunday 9 August 17:36 UTC; 'أمس' = 8 August)
    (WTN834, "أطلق مجهولان أعيرة نارية", "أطلق مجهولان أعيرة نارية تجاه القوة فقامت بمبادلتهما",
     BAT, CLASH, UAG, "Police Forces of Egypt", "Cairo-Fayoum road", "EG", "2015-08-08", "1", "1", "exact",
     "Egyptian Ministry of Interior (via Al Watan)", "reported",
     "a police sergeant was killed 'yesterday' (DCT 9 August -> 8 August, precision 1) and three conscripts wounded when "
     "two unknown men opened fire on a prisoner-transport force of the New Valley security directorate on the Cairo "
     "(Misr)-Fayoum agricultural road; the force returned fire and the two fled (exchange of fire with police -> "
     "Battles/Armed clash, as the spent aljazirah-357 row of the same attack; the lead's 'إطلاق مجهولين النار' is the "
     "same event; the road as the place, as the spent 'Hodeidah-Sanaa road'; adjudicated: kept against B's 'Fayoum': the "
     "text names the road, not a place in Fayoum). Not coded: the Minya court's "
     "postponement of the trials of 371 Morsi supporters and of Mahmoud Ezzat and 16 others, and the release of 11 "
     "defendants (legal actions; the 2013 storming of the al-Adwa police station is the old case, over 12 months)"),
    # Asir governor at the site of the bombing (alriyadh-1714, DCT Thursday 6 August 18:53 UTC)
    (RYD1714, "التفجير الإرهابي الذي وقع ظهر اليوم", "بجولة لموقع التفجير الإرهابي الذي وقع ظهر اليوم بمسجد قيادة قوة الطوارئ بأبها",
     ERV, IED, UAG, POL, "Abha", "SA", "2015-08-06", "1", "", "",
     "Al Riyadh", "reported",
     "background (the news is the Asir governor Prince Faisal bin Khalid's visit to the site and to the wounded): the "
     "terrorist bombing 'at noon today' (DCT 6 August, precision 1) at the mosque of the Emergency Force command in "
     "Abha (title's 'حادثة تفجير مسجد الطوارئ' the same event; only 'تفجير' -> the generic explosive sub-type; no "
     "perpetrator named; martyrs and wounded not counted -> fatalities empty; victims the force's men -> Police Forces "
     "of Saudi Arabia, as the spent rows; 'Abha' as the spent sabq-3213 row). Not coded: the blood donors"),
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
