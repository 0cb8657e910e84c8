"""Bookkeeping helper for the events88 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur48/events88/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 88 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events88/sample.py ("This set: events88, seeds 2992 / 2993, drawn at the start of stop 48 (33dff2c), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2992).shuffle, walked in order; (b) 10 with no text filter, random.Random(2993).shuffle, >=3 sources (got, by source, a: sabq 3, alriyadh 2, arreyadi 1, alweeam 1, alyaum 1, alwatan 1, aawsat 1; b: aawsat 3, alyaum 3, alriyadh 1, 3alyoum 1, alwatan 1, aljazirah 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 27 rows): detection F1 0.943 before by compare.py (25 matched of 26 A / 27 B rows, P 0.926, R 0.962; all 25 pairs are true event pairs; A gave rows to 7 articles, B to 8, 7 in common); on the 25 pairs event_type, sub_event_type, actor2, location_country, time_precision and fatalities agreed 25/25, fatalities_qualifier 24/25, actor1, event_date and reported_as 23/25, location 21/25; triggers 16/25 identical trigger+occurrence, 21/25 nested; 26 -> 27 rows: 1 row added from B (alweeam-921 UNAMI's 488 security-force dead in July, a Battles aggregate beside the civilian VAC aggregate); 6 values changed to B's: alyaum-941 Turkish air-campaign aggregate reported_as claimed (first reported; Ankara's own toll, as the spent Anadolu 260 rows), alyaum-941 Zarkali fatalities_qualifier at_least (first exact) and reported_as reported (first claimed), both as the spent alyaum-1078 row, alriyadh-990 car bombs location 'Gaza City' (first 'Gaza'), alriyadh-990 May and June attacks actor1 'Supporters of the Islamic State in Jerusalem' (first Islamic State); kept against B: aawsat-108 the anniversary's Peaceful protest row (B folded it), the B-only alriyadh-645 Nineveh recapture aggregate left uncoded (a status in an interview), alyaum-941 location 'Dogubayazit' (B 'Dogubayazit, Agri'), alriyadh-990 June attack location 'Gaza Strip' (B empty), aawsat-94 Qah date 4 August (B 3 August, both precision 2), aawsat-156 Sardasht shelling date 3 August (B 31 July, both precision 2), 'Mount Sorin' (B 'Surin Mountain'), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
RIO = "Riots"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
IS = "Islamic State"
MFT = "Military Forces of Turkey"
MFI = "Military Forces of Iran"
PKK = "PKK: Kurdistan Workers Party"
PJAK = "PJAK: Kurdistan Free Life Party"
KOM = "Komala Party of Iranian Kurdistan"
NUS = "Jabhat al-Nusra"
REB = "Syrian rebels"
GCAD = "Global Coalition Against Daesh"
SUP = "Supporters of the Islamic State in Jerusalem"
PFUS = "Police Forces of the United States"
WEM921 = "SN-alweeam-20150802-921"
YUM941 = "SN-alyaum-20150802-941"
RYD990 = "SN-alriyadh-20150722-990"
AWS94 = "SN-aawsat-20150804-94"
SBQ1390 = "SN-sabq-20150727-1390"
AWS156 = "SN-aawsat-20150803-156"
AWS108 = "SN-aawsat-20150810-108"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # UNAMI's July toll (alweeam-921, DCT Sunday 2 August 23:31 UTC)
    (WEM921, "عدد القتلى المدنيين", "وأوضح البيان أن عدد القتلى المدنيين بلغ 844",
     VAC, "Attack", UAG, "Civilians (Iraq)", "", "IQ", "2015-07-01", "3", "844", "exact",
     "UN Assistance Mission for Iraq (UNAMI statement) (via Al Weeam)", "reported",
     "aggregate (the title's news): UNAMI announced that 3,440 Iraqis were killed or wounded in acts of violence 'during "
     "last July': 1,332 killed in all, of them 844 civilians (27 civilian police among them), and 488 members of the "
     "Iraqi security forces (Peshmerga and special forces included, Anbar's military operations excluded); 2,108 "
     "wounded; Baghdad the worst hit (335 killed, 756 wounded) (one monthly toll of the whole conflict -> one aggregate "
     "row, as the spent UNAMA half-year aggregates (aawsat-178, alyaum-1141, aawsat-207): VAC/Attack vs Civilians (Iraq) "
     "with the civilian toll, 844 exact; the 488 security-force dead of the same statement have their own row "
     "(adjudicated: added from B; alternative one row with the total 1332); the text attributes the July violence to no "
     "one -> Unidentified armed group, alternative Islamic State, named only in the envoy's remarks on 'last summer'; "
     "no single place -> location empty (Baghdad only as the worst-hit province); July -> 1 July, precision 3). Not "
     "coded: Kubis's remarks (statements), ISIS's attacks 'last summer' (June 2014, generic and older than 12 months)"),
    (WEM921, "مقتل 488 عنصراً", "وأشار البيان إلى مقتل 488 عنصراً",
     BAT, CLASH, IS, "Military Forces of Iraq", "", "IQ", "2015-07-01", "3", "488", "exact",
     "UN Assistance Mission for Iraq (UNAMI statement) (via Al Weeam)", "reported",
     "aggregate (adjudicated: added from B): the same UNAMI July toll's second figure: 488 members of the Iraqi "
     "security forces killed, Peshmerga and special-task forces among them, and 492 wounded, the military operations "
     "in Anbar not counted (security forces killed in the conflict -> Battles/Armed clash, as the spent aawsat-109 "
     "monthly toll of Ukrainian soldiers; a different event type and actor pair from the civilian row -> own row; the "
     "only conflict party the article names is ISIS -> actor1 Islamic State, alternative Unidentified armed group; "
     "July -> 1 July, precision 3; no place -> location empty; 488 exact)"),
    # Turkey and the PKK (alyaum-941, DCT Sunday 2 August 23:38 UTC)
    (YUM941, "عملية انتحارية تبناها", "مع وقوع عملية انتحارية تبناها حزب العمال الكردستاني استهدفت مركزا للدرك",
     ERV, SUI, PKK, MFT, "Dogubayazit", "TR", "2015-08-02", "1", "2", "exact",
     "Turkish army; PKK statement (claim of responsibility) (via Al Yaum, AFP)", "reported",
     "the title's news: 'early today Sunday' (the DCT, 2 August) a suicide bomber drove a tractor loaded with two tons "
     "of explosives into a gendarmerie post near the town of Dogubayazit in eastern Turkey near the Iranian border; "
     "the army said two soldiers were killed and 31 wounded (the lead's 'at least two' -> the army's count, 2 exact; "
     "the PKK's 'tens of soldiers killed' noted; the bomber not counted); the PKK claimed it -> actor1 PKK, the outlet "
     "states the attack as fact -> reported; gendarmerie post -> Military Forces of Turkey, as the spent "
     "aleqtisadiya-265 and alwatan-828 rows of the same bombing; the text names no province -> 'Dogubayazit' (the spent "
     "rows' 'Dogubayazit, Agri' came from texts naming Agri; kept in adjudication against B's 'Dogubayazit, Agri', "
     "as the events82 adjudication of 'Sabr' (first 'Sabr, Lahij'): this text names no province); the title's 'هجوم انتحاري' and the rebels' 'ambush' near "
     "the site to block help folded; the sentence's 'مساء' is at odds with 'early Sunday', the day is the same)"),
    (YUM941, "انفجر لغم ارضي", "عندما انفجر لغم ارضي بينما كانت قافلة عسكرية",
     ERV, IED, PKK, MFT, "Midyat, Mardin", "TR", "2015-08-02", "1", "1", "exact",
     "Anadolu Agency (via Al Yaum)", "reported",
     "in a separate incident also attributed to the PKK, a Turkish soldier was killed and seven wounded early on Sunday "
     "(2 August) when a landmine blew up as a military convoy passed on a road in the town of Midyat, Mardin province "
     "(attributed -> PKK, as the spent aleqtisadiya-265 row of the same blast; 1 exact)"),
    (YUM941, "غارات مكثفة", "ينفذ الطيران التركي يوميا غارات مكثفة على مواقع",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-08-02", "3", "260", "at_least",
     "Ankara (Turkish government) (via Al Yaum, AFP)", "claimed",
     "aggregate: the Turkish air force carries out intensive daily raids on the rebels' positions in the mountains of "
     "northern Iraq; at least 260 Kurdish fighters killed and about 400 wounded in these raids according to Ankara "
     "(the lead's 'continues to bomb the party's bases in northern Iraq' and the 'tens of raids' on PKK targets are "
     "the same campaign -> one row; no start or place -> DCT, precision 3, location empty, as the spent "
     "aleqtisadiya-265 aggregate; 'ما لا يقل عن 260' -> 260 at_least; adjudicated: claimed, as B (first reported): "
     "the row carries Ankara's own count of its strikes' victims, as the spent Anadolu 260 rows alriyadh-700, "
     "alwatan-808 and the adjudicated aljazirah-307). The Zarkali strikes of Saturday have their own row. Not coded: Anadolu's report that the "
     "raids forced the PKK leadership to split into three groups (Qandil, Syria, Iran; an internal move)"),
    (YUM941, "الغارات التي استهدفت مواقع", "في الغارات التي استهدفت مواقع في محيط قرية زراكلي",
     ERV, AIR, MFT, "Civilians (Iraq)", "Zarkali, Erbil", "IQ", "2015-08-01", "1", "6", "at_least",
     "Kurdistan Region authorities; Peoples' Democratic Party (HDP) statement; Kurdish sources (via Al Yaum, AFP)",
     "reported",
     "'Saturday' (DCT Sunday 2 August -> 1 August) civilians killed by the Turkish raids that targeted positions around "
     "the village of Zarkali north of Erbil in Iraqi Kurdistan: the Kurdistan Region authorities announced six local "
     "residents killed, pro-Kurdish Turkish media spoke of a 'massacre' with nine dead, the HDP and 'Kurdish sources' "
     "ten civilians including children and a pregnant woman, 15 wounded (the lead's 'ten civilians on Saturday' is "
     "the same event -> one row; differing counts -> the lowest, the regional authorities' six, with higher ones "
     "reported -> 6 at_least (adjudicated, as B and the spent alyaum-1078 row of the same strike; first 6 exact); "
     "'Zarkali, Erbil' as the spent alriyadh-700 row); the outlet calls the information 'contradictory', and the "
     "Turkish army denied hitting any inhabited area (noted); adjudicated: reported, as B (first claimed): the deaths "
     "are given by the regional authorities and other non-combatant sources, not by a party to the strike, and the "
     "raids themselves are undisputed, as the spent alriyadh-700 and alyaum-1078 rows"),
    (YUM941, "شن هجمات يومية", "منذ ان باشر متمردو حزب العمال الكردستاني شن هجمات يومية",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-07-22", "3", "17", "at_least",
     "Al Yaum (AFP)", "reported",
     "aggregate: at least 17 members of the Turkish security forces killed and tens wounded since the PKK rebels began "
     "daily attacks on 22 July (start stated -> 22 July, precision 3; 'قوات الامن' -> Police Forces of Turkey, as the "
     "spent aleqtisadiya-265 aggregate of the same AFP tally; 'ما لا يقل عن 17' -> 17 at_least; the PKK's 'retaliatory "
     "operations against the central authorities' after Suruc folded). Not coded: the fall of the truce ten days "
     "before and the 2013 truce (political), the 40,000 dead in thirty years (far older than 12 months)"),
    (YUM941, "العملية الانتحارية التي وقعت في 20 تموز", "المتهم بالوقوف خلف العملية الانتحارية التي وقعت في 20 تموز",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Al Yaum (AFP)", "reported",
     "background: the suicide operation of 20 July in Suruc (south) that killed 32 young Kurdish activists, of which "
     "the Islamic State is accused (accused -> Islamic State, as the spent Suruc rows, e.g. aawsat-256 and "
     "aawsat-187; 32 exact). Not coded: Erdogan's 'war on terror' and the PM's office's 'the battle will continue' "
     "(statements), Barzani's call on the PKK to withdraw (statement)"),
    (YUM941, "ثلاث غارات", "سوى عن ثلاث غارات على مقاتلي تنظيم الدولة الاسلامية في سوريا",
     ERV, AIR, MFT, IS, "", "SY", "2015-08-02", "3", "", "",
     "Al Yaum (AFP)", "reported",
     "aggregate: Turkey's operations so far have focused on PKK targets, while only three raids on Islamic State "
     "fighters in Syria have been announced (three raids in one sentence, no place or day each -> one aggregate row, "
     "as the spent alweeam-1057 'three raids only' row; no start in this text -> DCT, precision 3)"),
    # Gaza car bombs (alriyadh-990, DCT Wednesday 22 July 09:55 UTC)
    (RYD990, "انفجار عبوات ناسفة", "دمرت صباح أمس الاحد في انفجار عبوات ناسفة",
     ERV, IED, UAG, "Hamas", "Gaza City", "PS", "2015-07-19", "1", "", "",
     "eyewitnesses (to AFP, via Al Riyadh)", "reported",
     "the title's news: five cars belonging to activists of Hamas and Islamic Jihad were destroyed on the morning of "
     "'yesterday Sunday' by explosive charges in the north of Gaza City: bombs placed under cars parked in front of "
     "their owners' homes, all blasts within a quarter of an hour (one series -> one row; the title's 'سلسلة "
     "تفجيرات' is the same; the weekday name wins over 'yesterday' (DCT Wednesday 22 July, an AFP text of Sunday) -> "
     "19 July, precision 1; no perpetrator (Hamas police give no details) -> Unidentified armed group; three cars of "
     "the Qassam Brigades' members, two of Saraya al-Quds (Islamic Jihad) -> actor2 Hamas, Islamic Jihad in this "
     "note; no one reported hurt -> fatalities empty; 'شمال مدينة غزة' -> 'Gaza City' (adjudicated, as B; first "
     "'Gaza'))"),
    (RYD990, "اطلاق قذيفتي هاون", "في مايو اطلاق قذيفتي هاون على موقع للتدريب",
     ERV, SHELL, SUP, "Hamas", "Gaza Strip", "PS", "2015-05-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "background: a hard-line group calling itself 'Supporters of Daesh in Bayt al-Maqdis' claimed firing two mortar "
     "shells in May at a training site of the Qassam Brigades in the south of the Gaza Strip (the group is named -> "
     "actor1 by its own name (adjudicated, as B; first Islamic State: the text calls it a group 'calling itself' "
     "supporters of Daesh, not ISIS itself or one of its declared provinces), alternative Unidentified armed group; Qassam site -> Hamas; May -> 1 May, precision 3, "
     "within 12 months; 'south of the Gaza Strip' -> 'Gaza Strip'; the outlet states the claim as fact -> reported)"),
    (RYD990, "ضد سيارة احد كوادر", "ثم في يونيو ضد سيارة احد كوادر جهاز الامن",
     ERV, IED, SUP, "Hamas", "Gaza Strip", "PS", "2015-06-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "background: the same group then claimed, in June, an attack 'against the car of a cadre of Hamas's security "
     "apparatus' (actor1 as the May row, adjudicated as B; the verb is elided; a car targeted -> a bombing read, Remote explosive/landmine/IED, borderline: "
     "the parallel clause could be read as another mortar attack -> Shelling; Hamas security -> Hamas; June -> 1 June, "
     "precision 3; no place of its own -> 'Gaza Strip', the frame of the same group's claims (kept against B's "
     "empty location; alternative empty))"),
    (RYD990, "اعتقلت حماس", "ومؤخرا اعتقلت حماس",
     SD, "Arrests", "Hamas", "Civilians (Palestine)", "Gaza Strip", "PS", "2015-07-22", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "background: 'recently' Hamas arrested dozens of the Salafist circles active in the Strip (politically motivated "
     "arrests by the de facto authority; arrested activists of no named armed group -> Civilians (Palestine); no day "
     "-> DCT, precision 3; 'dozens'). Not coded: Hamas's harsh 2009 crackdown and the destruction of a mosque (far "
     "older than 12 months), the Gazans in ISIS's video calling to attack Hamas (media), the factions' condemnation"),
    # Nusra and Division 30 (aawsat-94, DCT Tuesday 4 August 18:05 UTC)
    (AWS94, "خطفت جبهة النصرة", "«خطفت جبهة النصرة بين يوم الاثنين",
     BAT, CLASH, NUS, REB, "Qah", "SY", "2015-08-04", "2", "", "",
     "Syrian Observatory for Human Rights (Rami Abdulrahman, to AFP)", "reported",
     "the title's news: 'between Monday and today (Tuesday)' (3-4 August -> DCT 4 August, precision 2) Jabhat al-Nusra "
     "abducted at least five fighters of Division 30, trained in the US programme for the moderate opposition, in the "
     "border village of Qah (the lead's 'خطفت ... خمسة مقاتلين' and the storming of the IDP camp in Qah where the "
     "fighters had taken refuge on Monday are the same event -> one row; an armed group seizing another group's "
     "fighters -> Battles/Armed clash, Jabhat al-Nusra vs Syrian rebels, as the spent adjudicated aljazirah-761 row of "
     "the same abduction, which its text dated Tuesday; no deaths; date kept in adjudication against B's 3 August, "
     "precision 2, the span's first day: the span ends at the DCT and the spent row of the same abduction has 4 "
     "August; both readings lie in the same precision-2 window). Not coded: Nusra 'pursuing' the trained fighters "
     "in Idlib and rural Aleppo (generic, ongoing), the 54 fighters' crossing from Turkey in mid-July (movement)"),
    (AWS94, "خطفت ثمانية عناصر", "وكانت جبهة النصرة خطفت ثمانية عناصر",
     BAT, CLASH, NUS, REB, "Azaz", "SY", "2015-07-29", "1", "", "",
     "Syrian Observatory for Human Rights (via Asharq Al-Awsat)", "reported",
     "background: Nusra had abducted eight members of Division 30, including its commander Col. Nadim al-Hassan, on "
     "'Wednesday evening' near the town of Azaz in northern rural Aleppo (DCT Tuesday 4 August -> Wednesday 29 July, "
     "precision 1; typed and located as the spent aljazirah-360 row of the same abduction; the US Defence Department's "
     "denial noted, the Observatory and the outlet state it -> reported)"),
    (AWS94, "هاجمت الجمعة مقرًا للفرقة", "وكانت جبهة النصرة قد هاجمت الجمعة مقرًا للفرقة",
     BAT, CLASH, NUS, REB, "Azaz", "SY", "2015-07-31", "1", "32", "exact",
     "Syrian Observatory for Human Rights (tally, via Asharq Al-Awsat)", "reported",
     "background: on 'Friday' (DCT Tuesday 4 August -> 31 July, precision 1) Jabhat al-Nusra attacked a headquarters of "
     "the division 'in the same area' and clashes with its defenders killed 25 Nusra extremists and seven of the "
     "division's fighters and the allies who came to support it (25 + 7 -> 32 exact, the text gives the whole toll to "
     "the clashes; 'the same area' -> near Azaz, the previous place named for the division, as the spent aawsat-58 "
     "row, alternative location empty; Nusra the attacker -> actor1)"),
    (AWS94, "غارات نفذها الائتلاف الدولي", "مع غارات نفذها الائتلاف الدولي",
     ERV, AIR, GCAD, NUS, "Azaz", "SY", "2015-07-31", "1", "", "",
     "Syrian Observatory for Human Rights (via Asharq Al-Awsat)", "reported",
     "background: the Observatory noted that the clashes of Friday coincided with raids carried out by the "
     "international coalition (a different actor from the ground clash -> own row, as the spent aljazirah-360 and "
     "alweeam-960 splits; target: the attacking Nusra, as the spent rows; same day and place as the clash row; no toll "
     "of its own in the text)"),
    # Turkish shift (sabq-1390, DCT Monday 27 July 18:15 UTC)
    (SBQ1390, "مقاتلي التنظيم", "ضدّ كل من مقاتلي التنظيم والأكراد",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-20", "2", "", "",
     "Reuters (via Sabq)", "reported",
     "background: Turkey's big shift 'last week' (DCT Monday 27 July - 7 -> 20 July, precision 2): granting the "
     "coalition the use of its air bases and launching air raids against both the organisation's (ISIS) fighters and "
     "the Kurds (two targets -> two rows, as the spent aawsat-104 background split; the sentence ends 'in Iraq', read "
     "as the Kurds' place; the ISIS strikes placed in Syria from the article's frame (Davutoglu on Syria), as the "
     "spent rows of the same campaign, alternative IQ; no place -> location empty). Not coded: the basing permission "
     "(as the spent aleqtisadiya-312), Davutoglu's remarks on ground troops, air cover and the PYD (statements)"),
    (SBQ1390, "والأكراد في العراق", "ضدّ كل من مقاتلي التنظيم والأكراد في العراق",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-20", "2", "", "",
     "Reuters (via Sabq)", "reported",
     "background: the same week's Turkish air raids against the Kurds in Iraq ('last week' -> 20 July, precision 2; "
     "Kurdish fighters in Turkey's campaign -> PKK, as the spent rows of the same campaign, alternative an unnamed "
     "Kurdish group; 'in Iraq' -> IQ, location empty)"),
    # Iranian Kurdistan (aawsat-156, DCT Monday 3 August 20:46 UTC)
    (AWS156, "اندلعت أول من أمس اشتباكات", "وإثر هذه العملية، اندلعت أول من أمس اشتباكات",
     BAT, CLASH, PJAK, MFI, "Sardasht", "IR", "2015-08-01", "1", "5", "exact",
     "Arvin Ahmadpour, relations official of the Free Democratic Society (KODAR), and the East Kurdistan Units "
     "(to Asharq Al-Awsat)", "reported",
     "'the day before yesterday' (DCT 3 August -> 1 August) clashes broke out between 'our fighters' and the Iranian "
     "army in the Sardasht area, killing five Iranian soldiers and wounding two (the East Kurdistan Units' announcement "
     "of clashes that killed or wounded 7 Iranian soldiers is the same, 5 + 2; the East Kurdistan Units, military wing "
     "of KODAR, the Iranian wing of the PKK -> PJAK, as the spent aawsat-372/aawsat-256 rows of the same spokesman; "
     "5 exact; the outlet's lead states fierce battles in the Sardasht area as fact and the title the front "
     "'ignites' -> reported, as the adjudicated spent aawsat-256 row, alternative claimed: the toll is PJAK's)"),
    (AWS156, "وقصفت هذه المناطق بقذائف الهاون", "وقصفت هذه المناطق بقذائف الهاون",
     ERV, SHELL, MFI, PJAK, "Sardasht", "IR", "2015-08-03", "2", "", "",
     "Arvin Ahmadpour (KODAR/PJAK) (to Asharq Al-Awsat)", "claimed",
     "Ahmadpour: for three days the Iranian forces have been conducting a military operation to search for 'our "
     "fighters' in the areas of the town of Sardasht and shelled these areas with mortars, Katyusha rockets and "
     "artillery, and pushed the army into the area (the operation's shelling -> own row, an act before the clashes of "
     "1 August that broke out 'as a result of this operation'; ongoing for three days -> DCT, precision 2, by the "
     "conventions' rule for ongoing present-tense events (kept in adjudication against B's start date, 31 July, "
     "precision 2; same window); the "
     "opposing party's account only -> claimed; target: PJAK's fighters; the troop push folded)"),
    (AWS156, "اندلعت اشتباكات مسلحة أخرى", "«اندلعت اشتباكات مسلحة أخرى بين الجانبين",
     BAT, CLASH, PJAK, MFI, "Dalahu, Kermanshah", "IR", "2015-08-03", "2", "", "",
     "Arvin Ahmadpour (KODAR/PJAK) (to Asharq Al-Awsat)", "reported",
     "other armed clashes between the two sides in several areas of Iranian Kurdistan, especially in the Dalahu area "
     "of Kermanshah; no news yet of the army's losses (the named place -> 'Dalahu, Kermanshah', as the spent "
     "'Salas-e Babajani, Kermanshah'; the lead also names Dalahu's fierce battles in the outlet's voice -> reported; "
     "'the last few days' of the lead, no day -> DCT, precision 2; the unnamed 'several areas' folded)"),
    (AWS156, "جبل سورين", "قصفت القوات الإيرانية بالمدفعية جبل سورين",
     ERV, SHELL, MFI, KOM, "Mount Sorin", "IR", "2015-08-03", "2", "", "",
     "Komala military official (to Asharq Al-Awsat)", "claimed",
     "the Komala military official: the Iranian forces shelled with artillery Mount Sorin in Iranian Kurdistan, where "
     "'our forces' are (the Komala Party of Iranian Kurdistan, 'حزب الكوملة (العصبة) الكردستاني الإيراني'; the lead's "
     "and the later 'fierce battles on the fronts of the Sorin mountains' folded into this row, the only act described "
     "there, alternative a Battles/Armed clash row; no day -> DCT, precision 2; the opposing party's account only -> "
     "claimed; the spelling 'Mount Sorin' kept in adjudication against B's 'Surin Mountain', a transliteration "
     "variant)"),
    (AWS156, "اندلعت معركة ضارية", "كما اندلعت معركة ضارية بين مجموعة من مقاتلينا",
     BAT, CLASH, KOM, MFI, "Marivan", "IR", "2015-08-03", "2", "1", "exact",
     "Komala military official (to Asharq Al-Awsat)", "reported",
     "a fierce battle between a group of Komala fighters on a tour around the town of Marivan (western Iran) and the "
     "Iranian special forces, who set fire to the area to burn the fighters; the fighters repelled them, killed one "
     "soldier and wounded others (1 exact; the fire folded; the outlet states violent battles between the Iranian "
     "forces and Komala around Marivan -> reported; no day -> DCT, precision 2). Not coded: Iran's building of new "
     "camps since July and its build-up of troops, Basij, special forces and IRGC in the Kurdish areas (deployment, as "
     "the spent aawsat-256), PJAK's threat to strike Iranian forces (statement), the 1994 end of the parties' "
     "activity and years of repression (generic/old)"),
    # Ferguson anniversary (aawsat-108, DCT Monday 10 August 18:43 UTC)
    (AWS108, "المظاهرات السلمية", "وتحولت المظاهرات السلمية في الذكرى الأولى",
     PRO, "Peaceful protest", "Protesters (United States)", "", "Ferguson", "US", "2015-08-09", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the peaceful demonstrations in Ferguson on the first anniversary of the killing of Michael Brown (Sunday 9 "
     "August, the day of the shooting 'yesterday Sunday' that the title places 'during the Ferguson demonstrations'; "
     "as the spent aawsat-157 and aawsat-164 anniversary march rows). Their turn to violence is its own row. Kept "
     "in adjudication against B, who folded the peaceful part into the riot row: the spent rows of the same "
     "anniversary code the daytime march and the evening violence as two events; borderline"),
    (AWS108, "أعمال عنف", "إلى أعمال عنف",
     RIO, "Violent demonstration", "Rioters (United States)", PFUS, "Ferguson", "US", "2015-08-09", "1", "", "",
     "Asharq Al-Awsat; St. Louis County police chief Jon Belmar", "reported",
     "the peaceful demonstrations turned into violence: a policeman is treated for face wounds after being hit by a "
     "stone near the place where Brown was shot (stone-throwing at the police at the demonstration -> Riots/Violent "
     "demonstration vs the police, as the spent aawsat-164 clashes row; the shooting is its own row; same evening -> "
     "9 August, precision 1; borderline: alternative folded into the shooting row, as the spent adjudicated aawsat-157)"),
    (AWS108, "فتح النار على الشرطة", "الرجل الذي فتح النار على الشرطة",
     BAT, CLASH, UAG, PFUS, "Ferguson", "US", "2015-08-09", "1", "", "",
     "St. Louis County police chief Jon Belmar (via Asharq Al-Awsat)", "reported",
     "the title's news: the man who opened fire on the police in Ferguson 'yesterday Sunday' (DCT Monday 10 August -> "
     "9 August) was seriously wounded in the exchange with the security men (exchange of fire heard on an amateur "
     "video; in critical condition, in surgery; a gunman of no named group -> Unidentified armed group vs Police "
     "Forces of the United States, Battles/Armed clash, as the spent adjudicated aawsat-157 row of the same shooting; "
     "no deaths). Not coded: Brown's killing by a white policeman 'last year' (9 August 2014, more than 12 months "
     "before the DCT)"),
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
