"""Bookkeeping helper for the events83 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events80/addrows.py (itself from events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur46/events83/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 83 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events83/sample.py ("This set: events83, seeds 2974 / 2975, drawn at the start of stop 46 (d9fc5dc1), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2974).shuffle, walked in order; (b) 10 with no text filter, random.Random(2975).shuffle, >=3 sources (got, by source, a: aljazirah 4, alweeam 2, alwatan 1, alriyadh 1, aawsat 1, alyaum 1; b: aljazirah 3, aleqtisadiya 2, aawsat 1, 3alyoum 1, alriyadh 1, alwatan 1, okaz 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 19 rows): detection F1 0.974 before by compare.py (19 matched of 20 A / 19 B rows, P 1.000, R 0.950; all 19 pairs are true event pairs; both gave rows to the same 8 articles and left the same 12 empty); on the 19 pairs event_type, sub_event_type, actor1, location, location_country, time_precision, fatalities, fatalities_qualifier and reported_as agreed 19/19, event_date 18/19, actor2 17/19; triggers 14/19 identical trigger+occurrence, 18/19 nested; 20 -> 19 rows: 1 row dropped as B (aljazirah-451 aggregate 'انطلاق عملية «عاصفة الحزم»', the Decisive Storm launch on 25 March, a time marker for Aden's 109 days, as the events80 coalition-launch/Charlie Hebdo time markers), no row added; 3 values changed to B's: alyaum-1160 Hangu surrender actor2 'Military Forces of Pakistan' (first empty), alyaum-1160 Gul Zaman surrender actor2 'Military Forces of Pakistan' (first empty) and event_date 2015-08-10 (first 2015-08-11; 'a day before' the DCT-dated Hangu surrender); 1 trigger changed to B's (not compared by compare.py): aljazirah-360 coalition strike 'استهداف التحالف لمقارهم' (first 'مساندة طائرات التحالف الدولي', same row and values); kept: A's nested trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
CHG = "Change to group/activity"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
NUS = "Jabhat al-Nusra"
REB = "Syrian rebels"
MFS = "Military Forces of Syria"
PFS = "Police Forces of Saudi Arabia"
TTP = "TTP: Tehreek-i-Taliban Pakistan"
RYD755 = "SN-alriyadh-20150809-755"
AWS764 = "SN-aawsat-20150724-764"
JAZ523 = "SN-aljazirah-20150811-523"
YAU1160 = "SN-alyaum-20150811-1160"
JAZ451 = "SN-aljazirah-20150726-451"
WEE2404 = "SN-alweeam-20150806-2404"
WEE1036 = "SN-alweeam-20150808-1036"
JAZ360 = "SN-aljazirah-20150803-360"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Turkish journalist fired over a tweet (aawsat-764, DCT Friday 24 July 08:50 UTC); the firing itself is not coded
    (AWS764, "الهجوم الانتحاري", "في الهجوم الانتحاري الذي تبناه تنظيم داعش في سوروج",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Asharq Al-Awsat (wire)", "reported",
     "background: Gursel's tweet implied Erdogan's responsibility for the suicide attack claimed by ISIS in Suruc; the "
     "attack that killed 32 and wounded a hundred 'on Monday' in Suruc near the Syrian border (DCT Friday 24 July -> "
     "Monday 20 July, precision 1; the second mention and 'اعتداء سوروج' are the same event -> one row, the first, "
     "which names the suicide mode and the claimant; ISIS claimed it, stated by the outlet -> Islamic State, reported; "
     "'32 قتيلا' -> 32 exact; as the spent aawsat-187/aawsat-256/aleqtisadiya-883 Suruc rows). Not coded: Milliyet's "
     "ending of its work with Kadri Gursel (media, not an event), the opposition's criticism (commentary), Erdogan's "
     "complaint against Cumhuriyet in May (legal action), the gendarmerie's interception of the trucks with mortar "
     "shells near the Syrian border in January 2014 (over 12 months)"),
    # Deputy health minister visits the injured security men (alriyadh-755, DCT Sunday 9 August 20:23 UTC)
    (RYD755, "حادث تفجير مسجد الطوارئ", "المصابين من رجال الأمن في حادث تفجير مسجد الطوارئ بمنطقة عسير",
     ERV, IED, UAG, PFS, "Asir", "SA", "2015-08-09", "3", "", "",
     "Al Riyadh", "reported",
     "background (the news is the deputy health minister's Sunday-morning visit to the injured in Asir Central "
     "Hospital): the security men injured in the bombing of the Emergency [Forces] mosque in the Asir region (only "
     "'تفجير' -> the generic explosive sub-type, as the spent alriyadh-796/aleqtisadiya-228/aljazirah-399 rows; no "
     "perpetrator named -> Unidentified armed group; the Emergency Forces -> Police Forces of Saudi Arabia; no deaths "
     "stated -> fatalities empty; the text gives no day -> DCT, precision 3, as the spent aleqtisadiya-228 and "
     "aljazirah-399 rows of the same DCT). Not coded: the visit, the hospital's emergency plans"),
    # CPVPV deputy condemns the Emergency mosque bombing (aljazirah-523, DCT Tuesday 11 August)
    (JAZ523, "تفجير مسجد الطوارئ", "الشيخ العثمان: تفجير مسجد الطوارئ وقتل المصلين",
     ERV, IED, UAG, PFS, "", "SA", "2015-08-11", "3", "", "",
     "Sheikh Othman al-Othman, CPVPV deputy head for field affairs (via Al Jazirah)", "reported",
     "background (the news is the condemnation by the CPVPV deputy head): the title's bombing of the Emergency "
     "[Forces] mosque and the killing of the worshippers in prostration; the body's 'this treacherous crime', 'the "
     "killing of worshippers' and the identification of 'the one who committed this crime' are the same event -> one "
     "row (only 'تفجير' -> the generic explosive sub-type; no perpetrator named ('الخوارج') -> Unidentified armed group; "
     "the Emergency Forces' mosque -> Police Forces of Saudi Arabia; the text names no place -> location empty, "
     "alternative 'Asir' from the other reports; killed, no number -> fatalities empty; no day -> DCT, precision 3, as "
     "the spent alwatan-1000 row of the same DCT). Not coded: the condemnation, the awareness programmes"),
    # Kabul airport bombing and a Pakistani Taliban faction laying down arms (alyaum-1160, DCT Tuesday 11 August 14:13 UTC)
    (YAU1160, "عملية انتحارية بالسيارة المفخخة", "في عملية انتحارية بالسيارة المفخخة، أمس",
     ERV, SUI, "Taliban", "Civilians (Afghanistan)", "Hamid Karzai International Airport, Kabul", "AF", "2015-08-10",
     "1", "5", "at_least",
     "Kabul police (spokesman Abadullah Karimi; deputy chief Sayed Gul Agha Rohani); interior ministry spokesman Najib "
     "Danish; Taliban spokesman Zabihullah Mujahid (claim) (via Al Yaum)", "reported",
     "the title's news: 'yesterday' (DCT Tuesday 11 August -> 10 August, precision 1) a suicide car bomb on the road to "
     "Kabul airport, at the first security checkpoint / the entrance gate of Hamid Karzai International Airport, "
     "killed at least five civilians and wounded about ten; the Taliban spokesman claimed it, saying it targeted 'two "
     "vehicles of foreign forces' (the title's 'تفجير', 'الاعتداء', 'الانفجار' and the interior ministry's 'انتحارياً نفذ "
     "تفجيراً' are the same event -> one row; the claim stated by the outlet -> actor1 Taliban, as the spent "
     "aawsat-105 claimed-bombing row (the spent aawsat-111 row of the same bombing had no claim in its text -> "
     "Unidentified armed group); all victims civilians per the police and hospitals -> Civilians (Afghanistan); 'خمسة "
     "مدنيين على الأقل' -> 5 at_least; airport named -> 'Hamid Karzai International Airport, Kabul', as the spent "
     "aawsat-111 row). Not coded: the UN figure of almost five thousand civilian casualties in the first six months "
     "(a statistic of killed and wounded, as the spent aawsat-111 non-row), the state of maximum alert"),
    (YAU1160, "هجمات، الأسبوع الماضي", "على أثر هجمات، الأسبوع الماضي، التي أسفرت",
     ERV, IED, UAG, "", "Kabul", "AF", "2015-08-04", "2", "50", "at_least",
     "Al Yaum", "reported",
     "background: the authorities in Kabul had declared maximum alert after attacks 'last week' that killed at least 50 "
     "civilians and security men, the worst wave of violence in the city for years (one row for the series, as the "
     "spent aawsat-105 'سلسلة هجمات في كابل' row: no separate attack or place named; kind not stated -> the generic "
     "explosive sub-type, borderline; no perpetrator -> Unidentified armed group; civilians and security men -> actor2 "
     "empty; 'last week' -> DCT-7 = 4 August, precision 2; 'مقتل 50 شخصا على الأقل' -> 50 at_least)"),
    (YAU1160, "تخلوا عن أسلحتهم", "12 عنصرا من حركة طالبان باكستان تخلوا عن أسلحتهم",
     SD, CHG, TTP, "Military Forces of Pakistan", "Hangu", "PK", "2015-08-11", "2", "", "",
     "Pakistani security sources (via Geo TV, Al Yaum)", "reported",
     "the title's second news ('فصيل يتخلى عن طالبان'): security sources announced that 12 members of the Pakistani "
     "Taliban, of the Aslam Farooqi faction, laid down their arms before the security forces in the town of Hangu, "
     "Khyber Pakhtunkhwa, saying they want a peaceful life (militants of an armed group giving up arms -> Strategic "
     "developments/Change to group/activity, as the spent change-of-allegiance rows; borderline, alternative "
     "Strategic developments/Other; the security forces before whom they laid down arms -> actor2 Military Forces of "
     "Pakistan (adjudicated, as B: the text names the counterpart, as the spent change-of-allegiance rows name the "
     "group joined; first empty); the sentence repeated ('الـ12 الذين تخلوا') is the same event; no day -> DCT, "
     "precision 2)"),
    (YAU1160, "استسلام قائد فصيل جول زمان", "بعد يوم من استسلام قائد فصيل جول زمان",
     SD, CHG, TTP, "Military Forces of Pakistan", "", "PK", "2015-08-10", "2", "", "",
     "Pakistani security sources (via Geo TV, Al Yaum)", "reported",
     "borderline: the Hangu surrender came one day after the surrender to the security forces of the commander of the "
     "Gul Zaman faction of the Pakistani Taliban (a different faction and day -> own row; same sub-type as the Hangu "
     "row; surrendered 'to the security forces' -> Military Forces of Pakistan (adjudicated, as B; first empty); no "
     "place -> location empty, country PK; 'a day before' the Hangu surrender, itself dated DCT precision 2 -> DCT-1 = "
     "10 August, precision 2 (adjudicated, as B: the text's only date information is the one-day order; first DCT 11 "
     "August))"),
    # Column on the Yafa tribe's role (aljazirah-451, DCT Sunday 26 July 16:49 UTC)
    (JAZ451, "تحررت مدينة عدن", "ما إن تحررت مدينة عدن في الرابع عشر من يوليو",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-14", "1", "", "",
     "Al Jazirah (opinion column)", "reported",
     "background: 'as soon as the city of Aden was liberated on the fourteenth of July' (day stated -> 14 July, "
     "precision 1); the popular resistance 'decided the battle' and went over to the attack (folded; the later 'قبل "
     "تحرير مدينة عدن' and the Yafa tribe's role in the two battles are the same event); the liberators -> Yemeni "
     "Resistance, the Houthi putschists and Saleh -> Houthis, as the spent Aden-liberation rows"),
    (JAZ451, "تحررت الضالع", "قبل تحرير مدينة عدن تحررت الضالع",
     BAT, GRT, YR, HOU, "Ad Dali", "YE", "2015-07-26", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "background: before Aden's liberation al-Dhale was liberated (the fiercest battles by the Houthi putschists and "
     "Saleh; achieved 'first in al-Dhale, then in Aden'); the pro-Hadi side with the Yafa tribe -> Yemeni Resistance vs "
     "Houthis; the text gives no date (only 'before 14 July') -> DCT, precision 3, by the conventions; 'Ad Dali' as the "
     "spent 3alyoum-44 row)"),
    (JAZ451, "هجوم الحوثيين", "مع بداية هجوم الحوثيين في مارس 2015م",
     BAT, CLASH, HOU, "", "Aden", "YE", "2015-03-01", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "background: the Yafa tribe helped thousands of families leave Aden for Hadramawt 'at the start of the Houthi "
     "attack in March 2015' (an attack on the city, no capture stated -> Battles/Armed clash, no defender named -> "
     "actor2 empty, as the spent aleqtisadiya-344 row; month known -> 1 March, precision 3, within 12 months). Not "
     "coded: the displacement of 80,000 families (not an ACLED event), the Ahmed Abdulhakim al-Saadi association's "
     "buying of weapons from other tribes and supply of the fronts (generic support, no place or time), the 2011 "
     "revolution (over 12 months), Resolution 2216 (UN), the 109 days since the launch of Operation Decisive Storm "
     "on 25 March and the Restoring Hope phase (time markers and commentary; adjudicated, as B: first an aggregate "
     "coalition air-strike row dated 25 March, dropped as the events80 coalition-launch and Charlie Hebdo time markers)"),
    # GCC states condemn the Asir mosque bombing (alweeam-2404, DCT Thursday 6 August 22:19 UTC)
    (WEE2404, "حادث التفجير", "بشدة حادث التفجير الذي استهدف مسجد قوات الطوارئ",
     ERV, IED, UAG, PFS, "Abha", "SA", "2015-08-06", "2", "", "",
     "GCC states (Kuwaiti foreign ministry source; Bahrain; UAE foreign minister Abdullah bin Zayed) (via Al Weeam)",
     "reported",
     "the occasion of the GCC condemnations (the article's news): the bombing that targeted the mosque of the Emergency "
     "Forces in the city of Abha during the noon prayer, killing and wounding innocents ('استشهاد وجرح أبرياء' -> "
     "fatalities empty); the title's 'تفجير مسجد عسير' and the UAE's 'the crime that targeted members of the Special "
     "Emergency Forces in Asir' are the same event -> one row (only 'تفجير' -> the generic explosive sub-type; no "
     "perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; the city named "
     "-> 'Abha', as the spent alriyadh-560/okaz-1328 rows; the text gives no day -> DCT, precision 2, as the spent "
     "reaction rows alriyadh-982 and okaz-1328). Not coded: the condemnations (statements, not an actor's military "
     "declaration)"),
    # MOI names the Asir suicide bomber (alweeam-1036, DCT Saturday 8 August 18:02 UTC)
    (WEE1036, "حدوث تفجير", "بشأن حدوث تفجير أثناء قيام منسوبي",
     ERV, SUI, UAG, PFS, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Ministry of Interior security spokesman (via Al Weeam)", "reported",
     "the bombing announced on Thursday 21/10/1436 H (= 6 August 2015, precision 1) during the noon prayer of the "
     "Special Emergency Forces in the mosque of the force's headquarters in the Asir region: a suicide bomber blew "
     "himself up with an explosive belt among the worshippers -> Suicide bomb (as the spent alriyadh-859 MOI row of "
     "the same statement); 15 killed ('(15) خمسة عشر' -> 15 exact: five security men, six trainees, four Bangladeshi "
     "workers) and 33 wounded; the bomber named, a Saudi born 1415 H, no group named -> Unidentified armed group; "
     "Emergency Forces -> Police Forces of Saudi Arabia; the title's 'تفجير مسجد الطوارئ بعسير' and the later 'الحادث "
     "الإجرامي' are the same event -> one row. Not coded: the identification of the bomber (investigation)"),
    # Nusra video of the Division 30 abduction; Aleppo round-up (aljazirah-360, DCT Monday 3 August 21:08 UTC)
    (JAZ360, "وخطفت جبهة النصرة", "وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء",
     BAT, CLASH, NUS, REB, "Azaz", "SY", "2015-07-29", "1", "", "",
     "Syrian Observatory for Human Rights; Division 30 (via Al Jazirah)", "reported",
     "the title's news (the video shows the abduction): Jabhat al-Nusra abducted eight members of Division 30, trained "
     "in the US programme for the moderate opposition, on Wednesday evening near the town of Azaz, northern Aleppo "
     "countryside (DCT Monday 3 August -> Wednesday 29 July, precision 1; the title's 'خطف', the lead's 'بخطف مقاتلين' "
     "and Nusra's claim are the same event -> one row; rebel fighters seized by an armed group -> Battles/Armed clash, "
     "Jabhat al-Nusra vs Syrian rebels, as the spent adjudicated aljazirah-761 and alyaum-1689 rows of the same "
     "abduction; 'قرب مدينة اعزاز' -> 'Azaz'; the US defence ministry's denial noted, SOHR and the division state it -> "
     "reported). Not coded: the video (media), the Division's crossing into Syria over two weeks earlier (movement), "
     "ISIS's control of half of Syria (generic)"),
    (JAZ360, "استهداف التحالف لمقارهم", "حيث قضى معظم مقاتلي النصرة في استهداف التحالف لمقارهم",
     ERV, AIR, "Global Coalition Against Daesh", NUS, "Azaz", "SY", "2015-08-01", "1", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "the day before yesterday (DCT 3 August -> 1 August, precision 1, as the spent aljazirah-341 'أمس الأول' row; the "
     "wider record puts the fighting on 31 July) the international coalition's aircraft supported Division 30 on the "
     "edges of Azaz: most of the at least 25 Nusra fighters killed died in the coalition's targeting of their "
     "headquarters (trigger 'استهداف التحالف لمقارهم', the strike act itself (adjudicated, as B; first the support "
     "mention 'مساندة طائرات التحالف الدولي', same row and values); the coalition -> Global Coalition Against Daesh, as the "
     "spent rows; a different actor from the ground clash -> own row, as the spent alweeam-960 split; 'most of' the 25, "
     "not split -> fatalities empty, the 25 in this note)"),
    (JAZ360, "الاشتباكات التي دارت مع عناصر الفرقة 30", "وخلال الاشتباكات التي دارت مع عناصر الفرقة 30 والفصائل",
     BAT, CLASH, NUS, REB, "Azaz", "SY", "2015-08-01", "1", "7", "at_least",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "the same day (1 August, precision 1): the clashes between Jabhat al-Nusra and Division 30 with its supporting "
     "factions on the edges of Azaz, in which 7 fighters of the division and its allies were killed, and part of the "
     "at least 25 Nusra dead (the Nusra toll is not split between the strikes and the clashes -> the row carries the 7 "
     "stated for the division's side: 7 at_least; Division 30 -> Syrian rebels, as the spent rows; Nusra the attacker, "
     "first, as the spent aawsat-58 row)"),
    (JAZ360, "اشتباكات عند اطراف حي كرم الطراب", "دارت بعد منتصف ليل أمس اشتباكات عند اطراف حي كرم الطراب",
     BAT, CLASH, MFS, REB, "Karm al-Tarrab, Aleppo", "SY", "2015-08-02", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "after midnight 'yesterday' (DCT 3 August -> 2 August, precision 2, as the spent adjudicated aljazirah-761 and "
     "aljazirah-341 'after midnight yesterday' rows) clashes on the edges of Karm al-Tarrab near the Nayrab military "
     "airport east of Aleppo between the regime forces backed by the National Defence Forces and Lebanese Hezbollah and "
     "the fighting and extremist battalions (allies in the note; battalions -> Syrian rebels; 'Karm al-Tarrab, Aleppo' "
     "as the spent aljazirah-341 row; no toll)"),
    (JAZ360, "حندرات", "في محيط قريتي حندرات",
     BAT, CLASH, REB, MFS, "Handarat", "SY", "2015-08-02", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "also after midnight 'yesterday' (2 August, precision 2) clashes between the fighting battalions, Jabhat al-Nusra "
     "and Jabhat Ansar al-Din on one side and the regime forces backed by Syrian, Arab and Asian loyalist gunmen on the "
     "other, around the villages of Handarat and Bashkoy, northern Aleppo countryside (the side listed first, the "
     "battalions with Nusra and Ansar al-Din -> Syrian rebels, Nusra in this note; one location per row -> Handarat "
     "and Bashkoy rows, as the spent Nubl/Zahraa split; no toll)"),
    (JAZ360, "وباشكوي", "حندرات وباشكوي بريف",
     BAT, CLASH, REB, MFS, "Bashkoy", "SY", "2015-08-02", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "the Bashkoy part of the clashes around Handarat and Bashkoy after midnight 'yesterday' (2 August, precision 2; "
     "see the Handarat row; one location per row)"),
    (JAZ360, "اشتباكات على أطراف حي الخالدية", "بينما دارت اشتباكات على أطراف حي الخالدية شمال حلب",
     BAT, CLASH, MFS, REB, "Al Khalidiya, Aleppo", "SY", "2015-08-02", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Jazirah)", "reported",
     "clashes on the edges of the Khalidiya district of north Aleppo between the regime forces backed by the National "
     "Defence Forces and the Fatah Halab operations room, accompanied by the fighting battalions' shelling of regime "
     "positions with a number of shells (folded: same place and time; Fatah Halab, an umbrella of factions -> Syrian "
     "rebels; 'Al Khalidiya, Aleppo' as the spent alyaum-1689 row; an item of the round-up of the night after midnight "
     "'yesterday', no day of its own -> 2 August, precision 2; no toll)"),
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
