"""Bookkeeping helper for the events100 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur52/events100/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 100 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events100/sample.py ("This set: events100, seeds 3032 / 3033, drawn at the start of stop 52 (e50674e), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3032).shuffle, walked in order; (b) 10 with no text filter, random.Random(3033).shuffle, >=3 sources (got, by source, a: alwatan 4, almadina 3, alyaum 1, aawsat 1, 3alyoum 1; b: alriyadh 3, okaz 2, aawsat 1, 3alyoum 1, alweeam 1, almadina 1, aleqtisadiya 1).
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


ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 18 rows): detection F1 0.971 before by compare.py (17 matched of 17 A / 18 B rows, P 0.944, R 1.000; all 17 pairs are true event pairs; both gave rows to the same 9 articles and left the same 11 empty); on the 17 pairs location_country, fatalities and fatalities_qualifier agreed 17/17, actor1, location and reported_as 16/17, event_type and time_precision 14/17, sub_event_type 13/17, actor2 and event_date 12/17; triggers 10/17 identical trigger+occurrence, 15/17 nested; 17 -> 18 rows: 1 row added from B (aawsat-195 South Korea's restart of the border propaganda loudspeakers, Strategic developments/Other, borderline); values changed to B's on 9 rows: alyaum-1300 al-Sabri air strikes location 'Al Sabri, Benghazi' (first 'Sabri, Benghazi') and reported_as claimed (first reported); alwatan-1026 al-Ha'ir 'foiled attempt' Strategic developments/Disrupted weapons use, Police Forces of Saudi Arabia vs Unidentified armed group (first Explosions/Remote explosive, actors reversed); alwatan-1026 denied Riyadh HQ row event_date 2015-08-07 (first 08-06); alwatan-1695 the four Ramadan ISIS country rows (Kuwait, Tunisia, Egypt, France) Explosions/Remote explosive, actor2 empty, 2015-06-18 precision 3 (first dates and sub-types from annotator knowledge: 26 June precision 1, Kuwait Suicide bomb, Tunisia/France Violence against civilians/Attack, Egypt 1 July); alwatan-1695 Awad al-Malki actor2 empty (first Civilians (Saudi Arabia)); kept: my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
UAG = "Unidentified armed group"
IS = "Islamic State"
LNA = "Libyan National Army"
PFSA = "Police Forces of Saudi Arabia"
CSA = "Civilians (Saudi Arabia)"
YUM1300 = "SN-alyaum-20150725-1300"
WAT1026 = "SN-alwatan-20150807-1026"
ALY37 = "SN-3alyoum-20150811-37"
WAT1695 = "SN-alwatan-20150724-1695"
WAT894 = "SN-alwatan-20150808-894"
MAD537 = "SN-almadina-20150811-537"
AWS195 = "SN-aawsat-20150811-195"
OKZ1179 = "SN-okaz-20150809-1179"
OKZ2412 = "SN-okaz-20150721-2412"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Benghazi (alyaum-1300, DCT Saturday 25 July 10:02 UTC)
    (YUM1300, "اشتباكات في وسط مدينة بنغازي", "وأصيب عشرة بجروح يوم الخميس في اشتباكات في وسط مدينة بنغازي",
     BAT, CLASH, LNA, UAG, "Benghazi", "LY", "2015-07-23", "1", "2", "exact",
     "medical sources; military officials (via Al Yaum)", "reported",
     "the title's news: two killed and ten wounded 'on Thursday' (DCT Saturday 25 July -> 23 July) in clashes in central "
     "Benghazi between the forces of the government based in eastern Libya and extremist fighters (the army as the spent "
     "Benghazi rows -> Libyan National Army; the 'extremist fighters' / 'Islamist groups' not named -> Unidentified "
     "armed group; the same Thursday's 'new attempt to advance towards the commercial port' and the field commander's "
     "'the army today made progress on the al-Sabri axis ... a strong attack with heavy weapons' are the same fighting -> "
     "folded; 'central Benghazi' -> 'Benghazi'). Not coded: the army's regaining of some ground lost last year (generic), "
     "the conflict since 2011, ISIS's seizure of towns, executions of foreigners and attacks on embassies in Tripoli "
     "(generic background, no time), the up to 40 migrants drowned off Libya and the landing of 88 migrants in Augusta "
     "(migrant accidents/rescues at sea, out of scope)"),
    (YUM1300, "سلاح الجو قام بقصف تمركزات", "«سلاح الجو قام بقصف تمركزات للمجموعات الإرهابية في محور الصابري»",
     ERV, AIR, LNA, UAG, "Al Sabri, Benghazi", "LY", "2015-07-23", "2", "", "",
     "Libyan air force spokesman Nasser al-Hassi (via Al Yaum)", "claimed",
     "the title's 'the Libyan army shells the extremists' positions': the air force bombed positions of the 'terrorist "
     "groups' on the al-Sabri axis, a coastal district of central Benghazi near the port, and blew up an ammunition "
     "depot of theirs in al-Sabri (the depot folded: same strikes, same place; the quote has no day, the article's day "
     "is Thursday -> 23 July, precision 2; adjudicated: claimed, as B and the spent aawsat-67 air-force-spokesman rows, "
     "first reported: the body's only account is the striking side's spokesman, the title's 'shells' summarises him; "
     "location adjudicated 'Al Sabri, Benghazi', as B and the spent 'Al Laithi, Benghazi' spelling, first 'Sabri, "
     "Benghazi'; target groups not named -> Unidentified armed group)"),
    # Abha mosque bombing report (alwatan-1026, DCT Friday 7 August 06:32 UTC)
    (WAT1026, "العملية الإرهابية التي استهدفت مسجد", "فشلت العملية الإرهابية التي استهدفت مسجد قوة طوارئ عسير في أبها أمس",
     ERV, SUI, IS, PFSA, "Abha", "SA", "2015-08-06", "1", "15", "exact",
     "Al Watan; eyewitnesses; Interior Ministry security spokesman Maj. Gen. Mansour al-Turki", "reported",
     "the title's news: the terrorist operation that targeted the mosque of the Asir Emergency Force in Abha 'yesterday' "
     "(DCT Friday 7 August -> 6 August): the suicide bomber 'who belongs to the terrorist organisation Daesh' blew "
     "himself up with explosive belts during the noon prayer at 12:40; 15 martyrs, 12 of the forces and three workers, "
     "and others wounded (title 'والشهداء 15', 'استشهاد 15' -> 15 exact; the ministry's earlier 10 + 3 and the rise to "
     "12 of the forces are the same toll; the outlet says the bomber belongs to Daesh and that the organisation later "
     "claimed it -> Islamic State, the ministry's reserve noted; Special Emergency Forces -> Police Forces of Saudi "
     "Arabia; the text names Abha -> 'Abha', as the spent alriyadh-560 row; the possible second bomber, 'هذا الفعل "
     "الإرهابي', 'الهجوم الإرهابي' are the same event). Not coded: the ministry's vow to pursue the perpetrators "
     "(statement), the foiled attacks on 'a number of other mosques' (generic, no time or place; the July cell "
     "arrests), the spokesman's remarks on Aden (no event)"),
    (WAT1026, "إحباط محاولة إرهابية فاشلة", "بعد 21 يوما من إحباط محاولة إرهابية فاشلة استهدفت حاجزا أمنيا على الطريق المؤدي لسجن الحاير",
     SD, "Disrupted weapons use", PFSA, UAG, "Al Ha'ir", "SA", "2015-07-16", "1", "", "",
     "Al Watan", "reported",
     "background: the Asir attack came '21 days after' the foiling of a failed terrorist attempt that targeted a security "
     "checkpoint on the road to al-Ha'ir prison in Riyadh (6 August - 21 days -> 16 July, precision 1; the car bomb at "
     "the al-Ha'ir checkpoint, 'Al Ha'ir', 16 July, as the spent almadina-1171 row; adjudicated: Strategic developments/"
     "Disrupted weapons use, Police Forces of Saudi Arabia vs Unidentified armed group, as B, first Explosions/the "
     "generic explosive sub-type with the actors reversed, as almadina-1171 whose own text said 'تفجير': this text "
     "reports only the 'foiling' of a 'failed attempt', and the rows follow the text; no toll in the text)"),
    (WAT1026, "إحباط عملية إرهابية أخرى", "وفيما تواترت أنباء عن إحباط عملية إرهابية أخرى كانت تستهدف مقر قيادة قوات الطوارئ في الرياض",
     SD, "Disrupted weapons use", PFSA, UAG, "Riyadh", "SA", "2015-08-07", "2", "", "",
     "Saudi Interior Ministry (security spokesman, on Twitter)", "denied",
     "borderline: reports circulated of the foiling of another terrorist operation targeting the Special Emergency "
     "Forces command headquarters in Riyadh; the interior ministry denied it on Twitter ('no other headquarters of the "
     "Special Emergency Forces was subjected to an attempted terrorist bombing') -> denied; the rumour followed the 6 "
     "August bombing, no day -> DCT 7 August, precision 2, by the written rule for undated items of a breaking report "
     "(adjudicated, as B, first 6 August); alternative not coded (a denied rumour))"),
    # Eastern Province emir's condolences (3alyoum-37, DCT Tuesday 11 August 13:46 UTC)
    (ALY37, "تستهدفهم يد الغدر", "أن تستهدفهم يد الغدر على يد أحد المجرمين",
     ERV, IED, UAG, PFSA, "Abha", "SA", "2015-08-06", "1", "", "",
     "Eastern Province emir Prince Saud bin Nayef (via Ain Alyoum)", "reported",
     "the occasion of the emir's condolences (the article's news): the martyrs of the Special Emergency Forces in the "
     "city of Abha, targeted by 'the hand of treachery, at the hands of one of the criminals', who 'passed away ... last "
     "Thursday' during their prayer (DCT Tuesday 11 August -> Thursday 6 August, precision 1; the title's and the "
     "emir's 'bombing of mosques' is the act named generically -> the generic explosive sub-type, alternative Suicide "
     "bomb; no group named -> Unidentified armed group; no number -> fatalities empty). Not coded: the emir's vow to "
     "pursue 'these groups' (statement)"),
    # Ramadan column (alwatan-1695, DCT Friday 24 July 06:23 UTC); Ramadan 1436 = 18 June - 16 July 2015
    (WAT1695, "الكويت", "الكويت وتونس ومصر وفرنسا واجهت عمليات قتل وتفجير نفذها",
     ERV, IED, IS, "", "Kuwait City", "KW", "2015-06-18", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background (opinion column 'the Ramadan toll'): Kuwait, Tunisia, Egypt and France faced killings and bombings "
     "carried out by Daesh that 'reaped lives wholesale' during Ramadan (one location per row -> one row per country, "
     "as the spent aawsat-71 'Kuwait, Tunisia and France' rows: Islamic State, the generic explosive sub-type, actor2 "
     "empty, Kuwait -> 'Kuwait City'; this row Kuwait; the text dates the list only 'this Ramadan' -> 1 Ramadan 1436 = "
     "18 June 2015, precision 3; adjudicated all as B, first Suicide bomb vs Civilians (Kuwait) on 26 June, precision 1, "
     "the day and sub-type of the Imam al-Sadiq mosque bombing taken from annotator knowledge, not from the text; no "
     "number -> fatalities empty)"),
    (WAT1695, "وتونس", "الكويت وتونس ومصر وفرنسا",
     ERV, IED, IS, "", "", "TN", "2015-06-18", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background: the Tunisian one of the Daesh killings and bombings of Ramadan in the column's list (the text names "
     "only the country -> location empty, as the spent aawsat-71 Tunisia row; 'this Ramadan' -> 18 June, precision 3; "
     "adjudicated as B, first Violence against civilians/Attack vs Civilians (Tunisia) on 26 June, precision 1, the "
     "Sousse attack taken from annotator knowledge)"),
    (WAT1695, "ومصر", "الكويت وتونس ومصر وفرنسا",
     ERV, IED, IS, "", "", "EG", "2015-06-18", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background, borderline: the Egyptian one of the Daesh killings and bombings of Ramadan in the column's list (the "
     "text names no place or attack; ISIS's Ramadan attacks in Egypt were several (Sinai, 1 July; the Italian consulate "
     "in Cairo, 11 July) -> location empty, 'this Ramadan' -> 18 June, precision 3 (adjudicated as B and the other "
     "three country rows, first 1 July), the generic explosive sub-type)"),
    (WAT1695, "وفرنسا", "الكويت وتونس ومصر وفرنسا",
     ERV, IED, IS, "", "", "FR", "2015-06-18", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background: the French one of the Daesh killings and bombings of Ramadan in the column's list (no place in the "
     "text -> location empty, as the spent aawsat-71 France row; 'this Ramadan' -> 18 June, precision 3; adjudicated as "
     "B, first Violence against civilians/Attack vs Civilians (France) on 26 June, precision 1, the "
     "Saint-Quentin-Fallavier attack taken from annotator knowledge)"),
    (WAT1695, "استشهد عوض المالكي غيلة", "في منتصف الشهر استشهد عوض المالكي غيلة",
     VAC, "Attack", UAG, "", "", "SA", "2015-07-02", "2", "1", "exact",
     "Al Watan (opinion column)", "reported",
     "background, borderline: 'in the middle of the month (Ramadan) Awad al-Malki was martyred, assassinated', his "
     "father's and children's tears moving people (mid-Ramadan 1436 ~ 2 July, precision 2; a treacherous killing "
     "listed among the month's terror -> political violence; no perpetrator, place or role in the text -> "
     "Unidentified armed group, location empty; adjudicated actor2 empty, as B, first Civilians (Saudi Arabia): "
     "'martyred' may mean a security man, the text does not say; one killed)"),
    (WAT1695, "أقدم مجرم متطرف على قتل والده", "في العشر الأواخر أقدم مجرم متطرف على قتل والده في خميس مشيط",
     VAC, "Attack", UAG, CSA, "Khamis Mushait", "SA", "2015-07-08", "2", "1", "exact",
     "Al Watan (opinion column)", "reported",
     "background, borderline: 'in the last ten days (of Ramadan) an extremist criminal killed his father in Khamis "
     "Mushait' (last ten days of Ramadan 1436 = 7/8-16 July -> 8 July, precision 2; an 'extremist' killer -> political "
     "motive implied, alternative not coded as a family crime; no group -> Unidentified armed group; one killed). Not "
     "coded: 'a number of soldiers were martyred in the war' (generic, no place, time or number), the death of Prince "
     "Saud al-Faisal, the nuclear agreement (no violence), Iran's 'regards' to Lebanon, Iraq, Syria, Bahrain, Yemen "
     "(commentary)"),
    # Column 'your bombings will not terrify us' (alwatan-894, DCT Saturday 8 August 06:03 UTC)
    (WAT894, "فحادث الإرهاب الذي طال مسجد طوارئ عسير", "فحادث الإرهاب الذي طال مسجد طوارئ عسير ظهر يوم الخميس الماضي",
     ERV, SUI, UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Watan (opinion column, Mohammed Ibrahim Fayea)", "reported",
     "background (opinion column): the terrorist incident that struck the mosque of the Asir Emergency [Forces] at noon "
     "'last Thursday' (DCT Saturday 8 August -> 6 August, precision 1), whose perpetrators 'blew themselves up among "
     "the worshippers' -> Suicide bomb; 'the Khawarij' not a named group -> Unidentified armed group; Emergency Forces "
     "-> Police Forces of Saudi Arabia; 'innocent lives' without number -> fatalities empty; the column's 'تفجيراتهم' "
     "and 'جريمتهم' are the same event)"),
    # Security experts on social media (almadina-537, DCT Tuesday 11 August 13:24 UTC)
    (MAD537, "استهداف المصلين في مسجد قوات الطوارئ", "وقال: إن استهداف المصلين في مسجد قوات الطوارئ وغيره من المساجد",
     ERV, IED, UAG, PFSA, "", "SA", "2015-08-11", "3", "", "",
     "Naif Arab University vice-president Dr. Abdulrahman al-Shaer (via Al Madina)", "reported",
     "background (the news is security experts' call to monitor social media): 'the targeting of the worshippers in the "
     "Emergency Forces mosque and other mosques' is condemnable (the Asir bombing of 6 August; the text names no place "
     "and no day -> location empty, DCT, precision 3, as the spent aljazirah-508 and aljazirah-523 rows; only "
     "'استهداف' -> the generic explosive sub-type; 'other mosques' generic). Not coded: the pre-emptive foiling of "
     "'many terrorist operations' and arrests of networks (generic), Turkey's suspension of Twitter 'months ago' and the "
     "US Congress decision (not events of violence)"),
    # Korean DMZ landmines (aawsat-195, DCT Tuesday 11 August 18:47 UTC)
    (AWS195, "انفجار ألغام الأسبوع الماضي", "وأدى انفجار ألغام الأسبوع الماضي إلى بتر أطراف جنديين كوريين جنوبيين",
     ERV, IED, "Military Forces of North Korea", "Military Forces of South Korea", "Korean Demilitarized Zone", "KR",
     "2015-08-04", "2", "", "",
     "Asharq Al-Awsat; South Korean defence ministry and presidency", "reported",
     "the title's news ('after the explosion of mines on the border'): a mine explosion 'last week' in the "
     "demilitarised zone cost two South Korean soldiers their legs (DCT 11 August - 7 -> 4 August, precision 2; "
     "maimed, not killed -> fatalities empty); Seoul holds the North responsible, accusing North Korean soldiers of "
     "crossing the border to plant anti-personnel mines -> actor1 Military Forces of North Korea by Seoul's "
     "accusation, the blast itself reported, alternative Unidentified armed group; on the southern side, victims South "
     "Korean -> KR). Not coded: the demand for an apology (statement), the joint exercises next week "
     "(military exercises)"),
    (AWS195, "أعادت كوريا الجنوبية", "وردا على ذلك أعادت كوريا الجنوبية للمرة الأولى منذ أحد عشر عاما تشغيل مكبرات الصوت",
     SD, "Other", "Military Forces of South Korea", "", "Korean Demilitarized Zone", "KR", "2015-08-11", "2", "", "",
     "South Korean Ministry of Defence (via Asharq Al-Awsat)", "reported",
     "borderline, added in adjudication from B: in retaliation for the mines South Korea restarted, for the first time "
     "in eleven years, the propaganda loudspeakers in the border zone (the lead: 'ordered the restart of the "
     "loudspeakers ... resuming its propaganda war'), with reinforced defensive positions and a warning to 'respond "
     "immediately' if the North fires on them (folded) -> a coercive military measure by a conflict actor -> Strategic "
     "developments/Other, as the spent deployment rows; no day -> DCT, precision 2; no actor2)"),
    # Column 'why do you kill your mother?' (okaz-1179, DCT Sunday 9 August 17:46 UTC)
    (OKZ1179, "المذبحة الباغية", "ضحايا المذبحة الباغية التي وقعت في مسجد قوات الطوارئ في منطقة عسير ظهر الخميس الماضي",
     ERV, SUI, UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Okaz (opinion column)", "reported",
     "background (opinion column): the martyrs of the 'unjust massacre' in the Emergency Forces mosque in the Asir region "
     "at noon 'last Thursday' (DCT Sunday 9 August -> 6 August, precision 1); the column's 'these fools who blow "
     "themselves up in mosques to kill the worshippers' and 'these suicide killers' -> Suicide bomb (borderline: said "
     "of the bombers in general, alternative the generic explosive sub-type); no group named -> Unidentified armed "
     "group; no number -> fatalities empty). Not coded: the comparison with Israel's actions in Jerusalem (commentary, "
     "generic)"),
    # Families of the martyrs on the ISIS cells (okaz-2412, DCT Tuesday 21 July 02:27 UTC)
    (OKZ2412, "الإطاحة بأكبر شبكة عنقودية داعشية", "حول الضربة الأمنية الساحقة التي أسفرت عن الإطاحة بأكبر شبكة عنقودية داعشية في المملكة",
     SD, "Arrests", PFSA, IS, "", "SA", "2015-07-19", "2", "", "",
     "Saudi Interior Ministry statement (via martyrs' families, Okaz)", "reported",
     "the occasion of the families' praise (the article's news): the interior ministry's statement 'the evening before "
     "yesterday' (DCT 21 July -> 19 July) on the crushing security strike that brought down the largest ISIS cluster "
     "network in the Kingdom (the title's 'الضربة الأمنية ضد داعش', 'ضرب خلايا داعش العنقودية' and 'من تم ضبطهم "
     "والاطاحة بهم' are the same operation -> one Arrests row, as the spent '431' rows; the arrests preceded the "
     "statement -> precision 2; Daesh named -> Islamic State; no place -> location empty; no number in this text). Not "
     "coded: 'the corrupt clique whose victims were dozens of citizens and residents' (generic aggregate, no time)"),
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
