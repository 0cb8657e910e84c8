"""Bookkeeping helper for the events63 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events62/addrows.py (itself from events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur40/events63/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 63 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events63/sample.py ("This set: events63, seeds 2910 / 2911, drawn at the start of stop 40 (74be73d), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2910).shuffle, walked in order; (b) 10 with no text filter, random.Random(2911).shuffle, >=3 sources (got, by source, a: alriyadh 3, aawsat 3, alweeam 1, alwatan 1, aleqtisadiya 1, almadina 1; b: aljazirah 2, okaz 2, alyaum 2, sabq 1, alriyadh 1, alweeam 1, 3alyoum 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 31 rows): detection F1 0.918 before (28 matched of 30 A / 31 B rows by compare.py, P 0.903, R 0.933; "
       "on compare.py's pairs event_type, actor1, actor2, location_country, time_precision and reported_as agreed 28/28, sub_event_type, fatalities and qualifier 27/28, event_date 25/28, location 16/28, most location differences being spellings; "
       "two of its alriyadh-791 pairs were not true pairs: A's al-Zunuj clash with B's Qayfa ambushes and A's al-Majliya clash with B's Jabal Arish capture). "
       "Changes: 2 rows dropped (alriyadh-791 al-Zunuj clash, folded into the Taiz Thursday row; al-Majliya clash, folded into the al-Jumhuri row), "
       "3 rows added from B (aleqtisadiya-295 al-Bukamal bridges; alriyadh-791 Jabal Arish Government regains territory; aljazirah-389 background Garma battles), "
       "2 values changed to B's (alriyadh-791 shelling location 'Al Jumhuri, Taiz', first 'Taiz'; Kirsh spelling, first 'Karish'). "
       "Kept against B: the 'since September 2014' coalition aggregate (B: not coded), almadina-576 'Turkey bombings last week' not coded (B: background IED), the Aleppo date 24 July (B 25 July), "
       "the Qayfa ambush location 'Jabal al-Thaalib, Rada' (B 'Qayfat Rada'), 'Industrial District, Fallujah' (B 'Fallujah'), and my spellings of other places; the reasons in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
GRT = "Government regains territory"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
UAG = "Unidentified armed group"
IS = "Islamic State"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
GCD = "Global Coalition Against Daesh"
CYE = "Civilians (Yemen)"
RYD773 = "SN-alriyadh-20150727-773"
WEEAM1499 = "SN-alweeam-20150722-1499"
AWS25 = "SN-aawsat-20150722-25"
RYD985 = "SN-alriyadh-20150722-985"
EQT295 = "SN-aleqtisadiya-20150801-295"
RYD791 = "SN-alriyadh-20150725-791"
JAZ389 = "SN-aljazirah-20150725-389"
RYDSRC = "local, medical and resistance sources (via Al Riyadh)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Aleppo (alriyadh-773, DCT Monday 27 July)
    (RYD773, "سقوط قذيفة صاروخية", "اثر سقوط قذيفة صاروخية اطلقها مقاتلو المعارضة",
     ERV, SHELL, "Syrian rebels", "Civilians (Syria)", "Al Shahba al-Jadida, Aleppo", "SY", "2015-07-24", "2", "5", "at_least",
     "Syrian Observatory for Human Rights (via Al Riyadh)", "reported",
     "the title's news: at least five children, four siblings and a girl relative, all under 14, killed 'the night before "
     "last' by a rocket shell fired by opposition fighters ('Islamist factions' in the Observatory's quote) on their home in "
     "the regime-held al-Shahba al-Jadida district of Aleppo city (the title's 'سقوط قذيفة' and the quote are the same event "
     "-> one row; the agency frame is the Sunday of 'أفاد الأحد' (26 July) -> the night before last = the night of Friday "
     "24 July, precision 2; alternative DCT-2 = 25 July; opposition/Islamist factions -> Syrian rebels; 'على الأقل' -> 5 "
     "at_least). Not coded: the regime's regular bombing of opposition areas and the rebels' shelling of regime areas "
     "(generic), the battle of Aleppo since summer 2012 and the 230,000 dead since March 2011 (far older than 12 months)"),
    # Coalition strikes near Mosul (alweeam-1499, DCT Wednesday 22 July)
    (WEEAM1499, "قرية تل شعير", "ونقاط تفتيش لداعش في قرية تل شعير",
     ERV, AIR, GCD, IS, "Tell Shair, Nineveh", "IQ", "2015-07-22", "1", "28", "at_least",
     "PUK official Rashad Kalali in the Makhmour sector (to Radio Sawa, via Al Weeam)", "reported",
     "the title's news: on Wednesday (the DCT, 22 July) air strikes by the US-led international coalition hit ISIS positions "
     "in villages south-east of Nineveh governorate; in the village of Tell Shair they hit a building and ISIS checkpoints, "
     "killing at least 28 militants (one location per row: the three named villages are separate rows; US-led coalition -> "
     "Global Coalition Against Daesh, as the spent rows; 28 at_least). Not coded: ISIS's control of Mosul since 10 June of "
     "last year (more than 12 months before the DCT)"),
    (WEEAM1499, "قريتي دويزات", "لمقرات في قريتي دويزات والحود",
     ERV, AIR, GCD, IS, "Duwaizat, Nineveh", "IQ", "2015-07-22", "1", "", "",
     "PUK official Rashad Kalali (to Radio Sawa, via Al Weeam)", "reported",
     "another number of ISIS members killed when the coalition bombed headquarters in the villages of Duwaizat and al-Hud "
     "near Mosul, the same Wednesday raids (one location per row -> Duwaizat here, al-Hud its own row; 'عدد آخر' -> "
     "fatalities empty)"),
    (WEEAM1499, "والحود", "لمقرات في قريتي دويزات والحود",
     ERV, AIR, GCD, IS, "Al Hud, Nineveh", "IQ", "2015-07-22", "1", "", "",
     "PUK official Rashad Kalali (to Radio Sawa, via Al Weeam)", "reported",
     "the second village of the same clause (see the Duwaizat row; 22 July, fatalities not numbered)"),
    # UAE soldier (aawsat-25, DCT Wednesday 22 July)
    (AWS25, "الذي «استشهد» أمس", "الذي «استشهد» أمس، معاملة الشهيد السعودي",
     BAT, CLASH, "Military Forces of the United Arab Emirates", "", "", "YE", "2015-07-21", "1", "1", "exact",
     "UAE Armed Forces General Command; the coalition's joint command (via Asharq Al-Awsat)", "reported",
     "the title's news, borderline: the UAE armed forces announced the 'martyrdom' of Staff Sergeant Saif Yousef Ahmed "
     "al-Falasi while on duty with the forces in the Saudi-led coalition's Operation Restoring Hope in Yemen, 'yesterday' "
     "(DCT 22 July -> 21 July, precision 1; the title's and the statements' 'استشهاد' are the same event -> one row); the "
     "agency gave no details whether he was killed in Aden alongside the pro-legitimacy forces or near the Saudi border "
     "(location empty, YE); a soldier killed on duty in the war -> Battles/Armed clash, the soldier's force actor1, no "
     "opponent named -> actor2 empty, as the spent events33 alweeam-2046 row of the same death; 1 exact; alternative not "
     "coded: no fighting is described). Not coded: the first Emirati soldier killed in the operation (undated), the body's "
     "arrival at al-Bateen airport and the Saudi minister's order"),
    # Chattanooga (alriyadh-985, DCT Wednesday 22 July)
    (RYD985, "أعقاب هجمات أدت إلى مقتل", "في أعقاب هجمات أدت إلى مقتل خمسة من أفراد الجيش",
     BAT, CLASH, UAG, "Military Forces of the United States", "Chattanooga", "US", "2015-07-16", "1", "5", "exact",
     "Al Riyadh", "reported",
     "background (the news is six governors' Saturday orders to arm National Guard members, not coded: a policy measure): "
     "the attacks that killed five members of the US military in Tennessee, four Marines and a Navy officer shot dead on "
     "Thursday in Chattanooga, the attack targeting two facilities, one inside a shopping centre (the title-less later "
     "'بعد مقتل أربعة من مشاة البحرية' and 'الهجوم' are the same event -> one row; Thursday before the Saturday orders and "
     "the DCT Wednesday 22 July -> 16 July, precision 1; no attacker named -> Unidentified armed group; military targets -> "
     "Armed clash vs Military Forces of the United States, as the spent Chattanooga rows; this text does not say the "
     "attacker died -> 5 exact, the spent rows' 6 counted him from their own texts)"),
    # Coalition strikes in Syria and Iraq (aleqtisadiya-295, DCT Saturday 1 August)
    (EQT295, "17 ضربة جوية نفذت قرب دير الزور", "إن 17 ضربة جوية نفذت قرب دير الزور",
     ERV, AIR, GCD, IS, "Deir ez-Zor", "SY", "2015-07-31", "1", "", "",
     "the coalition's joint command (statement); SOHR director Rami Abdulrahman (via Al Eqtisadiya)", "reported",
     "the title's news: 'yesterday' (DCT 1 August -> 31 July) the US-led coalition carried out 41 air strikes on ISIS in "
     "Syria and Iraq; 17 near Deir ez-Zor hit gatherings, bridges, checkpoints, a training centre and a logistics site (one "
     "location per row: Hasakah and Iraq separate rows; the Observatory's strikes 'after midnight the night before last' "
     "that largely destroyed two main bridges near al-Bukamal have their own row (adjudicated, as B: a differently named "
     "place; first folded here); the Washington announcement of strikes in the eastern border region is the same; no toll)"),
    (EQT295, "تهدم جزء كبير من جسرين", "تسببت في تهدم جزء كبير من جسرين رئيسيين",
     ERV, AIR, GCD, IS, "Al Bukamal", "SY", "2015-07-31", "2", "", "",
     "SOHR director Rami Abdulrahman (via Al Eqtisadiya)", "reported",
     "added in adjudication (B's row): the Observatory: the coalition's strikes, several raids by its warplanes 'after "
     "midnight of the night before last' (DCT 1 August -> early 31 July, precision 2), largely destroyed two main bridges "
     "in Deir ez-Zor province, one linking al-Bukamal and al-Baghouz over the Euphrates, the other al-Bukamal and "
     "al-Suwaiya on the Iraqi border (a differently named place from the statement's 'near Deir ez-Zor' -> own row, one "
     "location per row; the statement's bridge targets are the same strikes, so the Deir ez-Zor row keeps the other "
     "targets; no toll)"),
    (EQT295, "سبع ضربات جوية قرب الحسكة", "كما نفذت سبع ضربات جوية قرب الحسكة",
     ERV, AIR, GCD, IS, "Hasakah", "SY", "2015-07-31", "1", "", "",
     "the coalition's joint command (statement, via Al Eqtisadiya)", "reported",
     "seven air strikes near Hasakah the same day (31 July) hit tactical units, fighting positions, vehicles and a command "
     "centre"),
    (EQT295, "17 ضربة جوية في العراق", "نفذت أيضاً 17 ضربة جوية في العراق قرب تسع مدن",
     ERV, AIR, GCD, IS, "", "IQ", "2015-07-31", "1", "", "",
     "the coalition's joint command (statement, via Al Eqtisadiya)", "reported",
     "17 air strikes in Iraq the same day, near nine cities (none named -> location empty, IQ; one row for the unplaced "
     "Iraqi strikes; Gen. Killea's remark on Ramadi is about their effect, not their place)"),
    (EQT295, "منذ أيلول (سبتمبر) 2014", "في سورية والعراق منذ أيلول (سبتمبر) 2014",
     ERV, AIR, GCD, IS, "", "SY", "2014-09-01", "3", "", "",
     "Al Eqtisadiya", "reported",
     "aggregate, borderline: coalition aircraft have been carrying out raids on ISIS positions in Syria and Iraq since "
     "September 2014 (within 12 months of the DCT; dated at the start, precision 3, as the spent campaign aggregates; two "
     "countries, the article's focus is Syria -> SY, alternative IQ; alternative not coded, a closing background clause). "
     "Not coded: ISIS's takeover of Deir ez-Zor province in summer 2014 (no month; most likely more than 12 months)"),
    # Yemen round-up (alriyadh-791, DCT Saturday 25 July; the lead's 'امس الجمعة' = 24 July)
    (RYD791, "مباني المجمع الحكومي", "واستهدف الطيران مباني المجمع الحكومي",
     ERV, AIR, SLC, HOU, "Al Bayda", "YE", "2015-07-24", "1", "", "",
     RYDSRC, "reported",
     "'yesterday Friday' (24 July) the Arab coalition's aircraft carried out several raids on Houthi and Saleh-forces "
     "positions in scattered areas (the lead is folded into the named targets); the aircraft struck the buildings of the "
     "government complex held by the rebel militias in al-Bayda city, ambulances heard rushing there after the first "
     "missile (the later 'ضربات لقوات التحالف بمدينة البيضاء' is the same strike; the 12 killed are given for the Qayfa "
     "ambushes and these strikes together -> fatalities empty)"),
    (RYD791, "في كرش", "وقوات الرئيس السابق علي عبدالله صالح في كرش",
     ERV, AIR, SLC, HOU, "Kirsh, Lahij", "YE", "2015-07-24", "1", "", "",
     RYDSRC, "reported",
     "the same Friday the coalition aircraft struck Houthi and Saleh-forces military vehicles in Kirsh, Lahj governorate, "
     "on a dirt road leading to al-Anad base (one location per row; adjudicated: 'Kirsh', B's spelling of كرش, first 'Karish')"),
    (RYD791, "في محيط قاعدة العند", "تجمعات الميليشيات في محيط قاعدة العند الجوية",
     ERV, AIR, SLC, HOU, "Al Anad Air Base", "YE", "2015-07-24", "1", "29", "about",
     RYDSRC, "reported",
     "coalition strikes on militia gatherings around al-Anad air base killed about 29 rebels, among them the Houthi "
     "commander Mohammed al-Madani (Friday 24 July, the lead's day; 'نحو 29' -> 29 about; 'Al Anad Air Base' as the spent "
     "rows)"),
    (RYD791, "في مزارع الوهط", "كما استهدفت تجمعات للمليشيات في مزارع الوهط",
     ERV, AIR, SLC, HOU, "Al Waht, Lahij", "YE", "2015-07-24", "1", "", "",
     RYDSRC, "reported",
     "the strikes also hit militia gatherings in the al-Waht farms (Lahj; one location per row; 24 July)"),
    (RYD791, "وجسر الحسيني", "أربع منصات لإطلاق صواريخ الكاتيوشا، وجسر الحسيني",
     ERV, AIR, SLC, HOU, "Al Husseini Bridge", "YE", "2015-07-24", "1", "", "",
     RYDSRC, "reported",
     "the coalition destroyed four Katyusha launchers and the al-Husseini bridge linking Aden and Lahj (24 July; the "
     "unplaced launchers folded into the bridge row of the same sentence; 'Al Husseini Bridge' as the spent "
     "aleqtisadiya-319 row of the same strike)"),
    (RYD791, "معسكر مره", "مخازن سلاح للمتمردين في معسكر مره",
     ERV, AIR, SLC, HOU, "Murrah Camp, Shabwa", "YE", "2015-07-23", "2", "", "",
     "local sources in Shabwa (to Al Riyadh)", "reported",
     "coalition strikes hit rebel weapons stores in the Murrah camp, Shabwa governorate; the stores kept exploding 'from "
     "Thursday evening until Friday dawn' -> the strike on Thursday evening, 23 July, precision 2 (inferred)"),
    (RYD791, "شهدت مواجهات عنيفة", "التي شهدت مواجهات عنيفة بين المقاومة الشعبية",
     BAT, CLASH, YR, HOU, "Shabwa", "YE", "2015-07-24", "2", "", "",
     "Al Riyadh", "reported",
     "borderline: Shabwa governorate 'witnessed violent confrontations' between the popular resistance and the Houthi and "
     "Saleh militias (a relative clause, no day -> the round-up's Friday frame, 24 July, precision 2; alternative DCT; "
     "alternative not coded as a passing clause)"),
    (RYD791, "جبهة الجفينة", "3 غارات على مواقع للحوثيين وقوات صالح في جبهة الجفينة",
     ERV, AIR, SLC, HOU, "Al Jufaynah, Marib", "YE", "2015-07-24", "2", "", "",
     "Al Riyadh", "reported",
     "the aircraft carried out 3 raids on Houthi and Saleh-forces positions on the al-Jufaynah front in Marib (no day -> "
     "the round-up's Friday frame, 24 July, precision 2; 'Al Jufaynah, Marib' as the spent rows)"),
    (RYD791, "مع استمرار الاشتباكات", "مع استمرار الاشتباكات في مناطق في مأرب بشكل متقطع",
     BAT, CLASH, YR, HOU, "Marib", "YE", "2015-07-24", "2", "", "",
     "Al Riyadh", "reported",
     "borderline: intermittent clashes continuing in areas of Marib (no side named in the clause; the Marib front is "
     "resistance vs Houthis -> Yemeni Resistance vs Houthis; ongoing, no day -> 24 July, precision 2; alternative not "
     "coded as too vague)"),
    (RYD791, "كمين للمقاومة", "مصرع ثمانية حوثيين في كمين للمقاومة شرقي جبل الثعالب",
     BAT, CLASH, YR, HOU, "Jabal al-Thaalib, Rada", "YE", "2015-07-24", "2", "8", "at_least",
     "popular-resistance sources in Qayfa (to Al Riyadh)", "reported",
     "the resistance's ambushes in Qayfat Radaa (al-Bayda): two Houthi patrols ambushed and all aboard killed, another "
     "patrol burned with all aboard less than a quarter of an hour after eight Houthis were killed in a resistance ambush "
     "east of Jabal al-Thaalib (the ambushes of one place and day folded into one row; 'Jabal al-Thaalib, Rada' as the "
     "spent alweeam-1738 row of the eight killed; the lead's 12 Saleh and Houthi gunmen killed combine these ambushes and "
     "the al-Bayda strikes -> the eight stated for this ambush, at_least because the patrols' dead are not numbered; no "
     "day -> 24 July, precision 2)"),
    (RYD791, "في مواجهات بمدينة تعز الخميس", "من المقاومة الشعبية واصيب العشرات من الطرفين في مواجهات بمدينة تعز الخميس",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-07-23", "1", "33", "about",
     "a resistance source (via Al Riyadh)", "reported",
     "the title's 'the resistance advances in Taiz amid violent clashes': Taiz city saw violent clashes between the Houthi "
     "and Saleh militia and the resistance and the pro-legitimacy army in several areas, the popular resistance advancing "
     "towards the Axis command and the general security directorate (folded); nearly 25 Houthis and Saleh forces and 8 "
     "resistance killed and dozens wounded in confrontations in Taiz city on Thursday (23 July, precision 1; 'قرابة 25' + 8 "
     "-> 33 about); adjudicated, as B: the northern outskirts' confrontations in the al-Zunuj district and its surroundings "
     "(16 Houthis and Saleh forces and 8 resistance killed, 35 resistance wounded) are folded here: the same 8 resistance "
     "dead show they are a breakdown of the Thursday toll, so a row of their own double-counted (first an own row 'Al "
     "Zunuj, Taiz', 24 exact); the capture of Jabal Arish has its own row"),
    (RYD791, "سيطرت على جبل عريش", "المقاومة الشعبية تمكنت من احراز تقدم في الجبهة و سيطرت على جبل عريش",
     BAT, GRT, YR, HOU, "Jabal Arish, Taiz", "YE", "2015-07-23", "2", "", "",
     "local sources (via Al Riyadh)", "reported",
     "added in adjudication (B's row): local sources: the popular resistance advanced on the front (the northern "
     "outskirts of Taiz, al-Zunuj) and took control of Jabal Arish, seizing an armoured vehicle and another vehicle (a "
     "differently named position taken from the Houthis -> Government regains territory, as the spent Yemeni Resistance "
     "capture rows such as aleqtisadiya-319 Jabal Munif; the clashes themselves are folded into the Taiz row; in the "
     "Thursday paragraph, no day of its own -> 23 July, precision 2; first folded into an al-Zunuj clash row)"),
    (RYD791, "في حي الجمهوري والمجلية", "على خطوط التماس بين المقاومة ومليشيا الحوثي وصالح في حي الجمهوري والمجلية",
     BAT, CLASH, YR, HOU, "Al Jumhuri, Taiz", "YE", "2015-07-24", "2", "", "",
     "Al Riyadh", "reported",
     "violent clashes broke out on the contact lines between the resistance and the Houthi and Saleh militia in the "
     "al-Jumhuri district and al-Majliya, south of the city (adjudicated, as B: one front line -> one row, al-Majliya "
     "folded, first its own row; no day -> 24 July, precision 2)"),
    (RYD791, "منطقة الضباب", "كما شهدت منطقة الضباب جنوب غرب تعز اشتباكات",
     BAT, CLASH, "Military Forces of Yemen", HOU, "Al Dhabab, Taiz", "YE", "2015-07-24", "2", "", "",
     "Al Riyadh", "reported",
     "the al-Dhabab area south-west of Taiz saw clashes between the Houthis and Saleh forces and the legitimate national "
     "army backed by the resistance (the army named first of the two -> Military Forces of Yemen, as the spent national-army "
     "rows, alternative Yemeni Resistance; no day -> 24 July, precision 2)"),
    (RYD791, "في قصف عشوائي", "في قصف عشوائي على الاحياء السكنية",
     ERV, SHELL, UAG, CYE, "Al Jumhuri, Taiz", "YE", "2015-07-24", "2", "4", "exact",
     "medical and local sources (via Al Riyadh)", "reported",
     "four civilians killed and more than 20 wounded in random shelling of residential districts of Taiz; three of them "
     "killed and 20 women and children wounded when an artillery shell fell on women and children gathered to fetch water "
     "from a charity tanker in al-Jumhuri district (one row, the fourth death folded; adjudicated, as B: located at "
     "al-Jumhuri, the only named place, where three of the four died, first 'Taiz'; the text names no shelling side -> Unidentified armed group, alternative Houthis; no day -> 24 July, "
     "precision 2; 'أربعة' -> 4 exact)"),
    (RYD791, "مبنى قيادة اللواء 17", "وقصف طيران التحالف الخميس، مبنى قيادة اللواء 17 مشاة",
     ERV, AIR, SLC, HOU, "Bab al-Mandab, Taiz", "YE", "2015-07-23", "1", "15", "exact",
     "Al Riyadh", "reported",
     "on Thursday (23 July) the coalition aircraft bombed the headquarters of the 17th Infantry Brigade at Bab al-Mandab, "
     "Taiz governorate, killing 15 Houthi rebels gathered in it ('Bab al-Mandab, Taiz' as the spent row; 15 exact)"),
    (RYD791, "44 غارة جوية", "مساء الخميس أكثر من 44 غارة جوية على مواقع لميليشيات الحوثي في محافظة صعدة",
     ERV, AIR, SLC, HOU, "Saada", "YE", "2015-07-23", "1", "", "",
     "Al Riyadh", "reported",
     "on Thursday evening (23 July) the Arab coalition's aircraft carried out more than 44 air strikes on Houthi militia "
     "positions in Saada governorate (one governorate, no place inside it -> one row, 'Saada')"),
    (RYD791, "منذ تحرير المدينة", "منذ تحرير المدينة من ميليشيات الحوثي وصالح",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-25", "3", "", "",
     "Al Riyadh", "reported",
     "background: the air bridge supporting Yemenis 'since the liberation of the city' (Aden) from the Houthi and Saleh "
     "militias (no date in the text -> DCT, precision 3, as the spent aleqtisadiya-319 and aawsat-72 Aden background rows; "
     "alternative not coded as a passing clause). Not coded: the first Emirati relief plane landing at Aden airport "
     "(aid), the Houthis' grant of military ranks by the Revolutionary Committee set up after their February coup "
     "(political)"),
    # ISIS executions in Fallujah (aljazirah-389, DCT Saturday 25 July)
    (JAZ389, "أعدم تنظيم “داعش” 23 شخصا", "وفي تطور آخر أعدم تنظيم “داعش” 23 شخصا",
     VAC, "Attack", IS, "Military Forces of Iraq", "Industrial District, Fallujah", "IQ", "2015-07-23", "1", "23", "exact",
     "Sheikh Ahmed Dira al-Jumaili, spokesman of the council of sheikhs of Fallujah and Garma (via Al Jazirah)", "reported",
     "ISIS executed 23 people, 22 soldiers and one civilian, in Fallujah district; the spokesman: ISIS executed 22 members "
     "of the Iraqi army 'on the evening of the day before yesterday, Thursday' (DCT Saturday 25 July -> 23 July, precision "
     "1) in the industrial district south of Fallujah, shooting them en masse in the al-Ras area, after capturing them in "
     "the Garma battles at Dhira Dijla (his 22 and the lead's 23 are the same execution -> one row, 23 exact; captured "
     "soldiers killed -> Violence against civilians/Attack with the soldiers' force as actor2, alternative Civilians "
     "(Iraq)). The Garma battles in which they were captured have their own row. Not coded: ISIS holding about 100,000 "
     "people in the city as human shields (ongoing, tribal sources' claim), Carter's visits to Baghdad and Erbil and the "
     "Iraqi Forces Alliance's rejection of Maliki's remarks (diplomatic/political)"),
    (JAZ389, "معارك الگرمة", "كان قد أسرهم في معارك الگرمة",
     BAT, CLASH, IS, "Military Forces of Iraq", "Dhira Dijla, Garma", "IQ", "2015-07-25", "3", "", "",
     "Sheikh Ahmed Dira al-Jumaili (via Al Jazirah)", "reported",
     "background, borderline, added in adjudication (B's row): ISIS had captured the executed soldiers 'in the battles of "
     "Garma, specifically in the Dhira Dijla area' (a distinct, earlier battle with a named place and both sides; recent "
     "by context, the captives were executed on 23 July; no date -> DCT, precision 3, as the written rule; first not "
     "coded, folded into the execution row; alternative not coded)"),
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
