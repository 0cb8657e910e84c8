"""Bookkeeping helper for the events59 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events56/addrows.py (itself from events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur38/events59/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 59 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events59/sample.py ("This set: events59, seeds 2894 / 2895, drawn at the start of stop 38 (5cbb360), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2894).shuffle, walked in order; (b) 10 with no text filter, random.Random(2895).shuffle, >=3 sources (got, by source, a: aawsat 2, aljazirah 2, almadina 2, alriyadh 1, alwatan 1, alweeam 1, 3alyoum 1; b: aleqtisadiya 3, alriyadh 3, alyaum 1, okaz 1, aawsat 1, almadina 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 30 rows): detection F1 0.949 before (28 matched of 29 A / 30 B rows, P 0.933, R 0.966; "
       "both gave rows to the same 8 articles and left the same 12 empty; event_type, actor1 and fatalities agreed 28/28, sub_event_type, actor2, location_country and reported_as 27/28, event_date and time_precision 26/28, location 25/28; "
       "the one A-only row and the 27/28 fields come from compare.py's greedy pairing of my Syria artillery row with B's Iraq PKK air row, which both of us had); "
       "1 row dropped: almadina-627 Turkish artillery on ISIS in Syria (the lead does not say which target the artillery hit); 2 rows added from B: aljazirah-339 the Special Security Forces camp in al-Dhale (first folded into Qatabah) and the Lahj clearing operation (borderline, first not coded); "
       "4 field values changed to B's: aljazirah-339 'Al Sadrain Camp, Jabal Murays' (first 'Sadrain Camp, Murais'), 'Special Security Forces Camp, Ibb' (first 'Ibb'), Arhab event_date 2015-08-08 (first DCT 2015-08-09); almadina-627 Iraq artillery time_precision 2 (first 1); "
       "2 values kept against B: almadina-627 PKK air-strike location 'Kurdistan Region' (B empty) and alweeam-2044 'Nazzal, Fallujah' (B 'Nazal, Fallujah'); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
CLASH = "Armed clash"
GRT = "Government regains territory"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
UAG = "Unidentified armed group"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
MFI = "Military Forces of Iraq"
JAZ339 = "SN-aljazirah-20150809-339"
MAD627 = "SN-almadina-20150726-627"
WEEAM2044 = "SN-alweeam-20150721-2044"
AYN79 = "SN-3alyoum-20150804-79"
RIY827 = "SN-alriyadh-20150807-827"
WAT908 = "SN-alwatan-20150723-908"
AWS334 = "SN-aawsat-20150806-334"
RIY738 = "SN-alriyadh-20150810-738"
JAZSRC = "local sources (via Al Jazirah)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Yemen, al-Dhale / Abyan / Lahj and coalition strikes (aljazirah-339, DCT Sunday 9 August; 'أمس السبت' = 8 August)
    (JAZ339, "السيطرة على مبنى ديوان محافظة الضالع", "تمكنت أمس السبت من السيطرة على مبنى ديوان محافظة الضالع",
     BAT, GRT, YR, HOU, "Sanah, Ad Dali", "YE", "2015-08-08", "1", "", "",
     JAZSRC, "reported",
     "the title's news: 'yesterday Saturday' (DCT Sunday 9 August -> 8 August) the popular resistance took the al-Dhale "
     "governorate building in the town of Sanah after violent battles with the Houthi militias and their allies (pro-Hadi "
     "popular resistance -> Yemeni Resistance, the Houthis and allied forces -> Houthis, as the spent rows; the battles "
     "folded into the capture; the title's and lead's 'completed control of al-Dhale' / 'the last strongholds' sum up this "
     "row, the Qatabah, Special Security Forces camp and Friday al-Sadrain camp rows -> no separate governorate row; 'Sanah, "
     "Ad Dali' as the spent events29 row). One location per row: Qatabah and the camp have their own rows"),
    (JAZ339, "قعطبة", "كما سيطرت على مدينة «قعطبة» في نفس المحافظة",
     BAT, GRT, YR, HOU, "Qatabah, Ad Dali", "YE", "2015-08-08", "1", "", "",
     JAZSRC, "reported",
     "the same Saturday (8 August) the resistance also took the town of Qatabah in the same governorate (a differently "
     "named place -> own row). Adjudicated: the Special Security Forces camp of the same clause, first folded here, has "
     "its own row (from B)"),
    (JAZ339, "وكذا معسكر قوات الأمن الخاصة", "في نفس المحافظة وكذا معسكر قوات الأمن الخاصة",
     BAT, GRT, YR, HOU, "Special Security Forces Camp, Ad Dali", "YE", "2015-08-08", "1", "", "",
     JAZSRC, "reported",
     "adjudicated, added from B: the same Saturday (8 August) the resistance also took the camp of the Special Security "
     "Forces in the same governorate (a third named place of the clause -> own row by the one-location rule; my first "
     "version folded it into the Qatabah row; the camp is not placed below the governorate -> 'Special Security Forces "
     "Camp, Ad Dali')"),
    (JAZ339, "معسكر «الصدرين»", "سيطرت الجمعة الماضي على معسكر «الصدرين» الإستراتيجي",
     BAT, GRT, YR, HOU, "Al Sadrain Camp, Jabal Murays", "YE", "2015-08-07", "1", "", "",
     "Al Jazirah", "reported",
     "background: 'last Friday' (DCT Sunday 9 August -> 7 August) the popular resistance took the strategic al-Sadrain "
     "camp on Jabal Murais (al-Dhale governorate), completing its control of the governorate (a different day -> own row; "
     "adjudicated, as B: 'Al Sadrain Camp, Jabal Murays', keeping the article and the 'Jabal' of the text's 'جبل «مريس»' "
     "(first 'Sadrain Camp, Murais'))"),
    (JAZ339, "عملية تطهير الجيوب المتبقية للحوثيين", "تواصل المقاومة الشعبية عملية تطهير الجيوب المتبقية للحوثيين",
     BAT, CLASH, YR, HOU, "Lahij", "YE", "2015-08-09", "2", "", "",
     "Al Jazirah", "reported",
     "adjudicated, added from B; borderline: the popular resistance continues the operation to clear the remaining Houthi "
     "pockets in Lahj governorate, including the minefields they planted (an ongoing operation against a named enemy in a "
     "named governorate -> Armed clash, as the spent events43 Ramadi 'pursuit' and events20 'advancing in Abyan' rows; the "
     "minefield clearing folded; ongoing, no day -> DCT, precision 2). My first version left it out as generic; the "
     "alternative remains no row"),
    (JAZ339, "العلم", "في جبهتي «العلم وزنجبار»",
     BAT, CLASH, YR, HOU, "Al Alam, Abyan", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "other resistance forces began a wide military operation to liberate Abyan and on Saturday (8 August) launched a big "
     "attack from several fronts on the Houthi militias and allied forces; the battles were still going on on Saturday "
     "evening on the al-Alam and Zinjibar fronts (the operation and 'هجوماً كبيراً' are folded into the two named fronts; one "
     "location per row -> this row al-Alam, 'Al Alam, Abyan' as the spent 'Nuqtat al-Alam, Abyan'); the coalition air cover "
     "and naval shelling have their own rows"),
    (JAZ339, "وزنجبار", "«العلم وزنجبار»",
     BAT, CLASH, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "the same Saturday attack, second named front: battles still going on on Saturday evening on the Zinjibar front "
     "(own row, one location per row)"),
    (JAZ339, "غطاء جوي كثيف", "بالتزامن مع غطاء جوي كثيف من قبل طائرات",
     ERV, AIR, SLC, HOU, "Abyan", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "the Saturday attack in Abyan came with heavy air cover by the aircraft of the Saudi-led Arab coalition (the later "
     "'the air raids also targeted Houthi positions in various parts of Abyan governorate' is the same day, place and actor "
     "-> one row; no place below the governorate -> 'Abyan')"),
    (JAZ339, "قصف مركز من السفن الحربية", "وقصف مركز من السفن الحربية التابعة لقوات التحالف",
     ERV, SHELL, SLC, HOU, "Abyan", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "the same Saturday attack in Abyan was backed by concentrated shelling from the coalition's warships (naval gunfire -> "
     "Shelling/artillery/missile attack, a different sub-event from the air cover -> own row; 'Abyan')"),
    (JAZ339, "انفجار «ألغام» أرضية", "جراء انفجار «ألغام» أرضية زرعها الحوثيون",
     ERV, IED, HOU, "Civilians (Yemen)", "Lahij", "YE", "2015-08-08", "2", "", "",
     "local sources in Lahj (via Al Jazirah)", "reported",
     "local sources in Lahj: dozens of citizens fell dead or wounded 'during the last two days' in the explosion of "
     "landmines the Houthis planted in scattered areas of the governorate before they left (one row for the series, no "
     "single place; 'the last two days' -> DCT - 1 = 8 August, precision 2, as the spent events23/39 'last two days' rows; "
     "'عشرات ... بين قتيل وجريح' -> fatalities empty)"),
    (JAZ339, "كتاف", "في مناطق كتاف ورحبان",
     ERV, AIR, SLC, HOU, "Kitaf, Saada", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "'yesterday Saturday' (8 August) the Arab coalition aircraft launched a series of air raids on the positions of the "
     "Houthi militias and allied forces in the Kitaf, Rahban and other areas of Saada governorate, the Midi district of "
     "Hajjah, the Special Security Forces camp and several military sites in Ibb, and the al-Hazm district of al-Jawf (one "
     "location per row: this row Kitaf, with 'other areas of Saada' folded in, as the spent events42 Mosul row)"),
    (JAZ339, "ورحبان", "في مناطق كتاف ورحبان",
     ERV, AIR, SLC, HOU, "Rahban, Saada", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "the same Saturday series of coalition raids: Rahban, Saada governorate (own row; see the Kitaf row)"),
    (JAZ339, "«ميدي»", "ومديرية «ميدي» بمحافظة حجة",
     ERV, AIR, SLC, HOU, "Midi, Hajjah", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "the same Saturday series of coalition raids: Midi district, Hajjah governorate (own row; see the Kitaf row)"),
    (JAZ339, "في محافظة إب", "وعدة مواقع عسكرية في محافظة إب",
     ERV, AIR, SLC, HOU, "Special Security Forces Camp, Ibb", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "the same Saturday series of coalition raids: the Special Security Forces camp and several military sites in Ibb "
     "governorate (own row; adjudicated, as B: the named camp, the most specific place -> 'Special Security Forces Camp, "
     "Ibb', as the spent 'Al Hamza Camp, Ibb' (first 'Ibb'); the unnamed sites folded)"),
    (JAZ339, "«الحزم»", "ومديرية «الحزم» بمحافظة الجوف",
     ERV, AIR, SLC, HOU, "Al Hazm, Al Jawf", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "the same Saturday series of coalition raids: al-Hazm district, al-Jawf governorate (own row; see the Kitaf row). The "
     "raids on Abyan in the same sentence are folded into the Abyan air-cover row"),
    (JAZ339, "هجوم استهدف نقطة تفتيش", "في هجوم استهدف نقطة تفتيش لهم في مديرية «أرحب»",
     BAT, CLASH, UAG, HOU, "Arhab", "YE", "2015-08-08", "2", "2", "exact",
     "Al Jazirah", "reported",
     "two Houthi gunmen were killed and others wounded in an attack on their checkpoint in Arhab district north of Sanaa "
     "(attackers not named -> Unidentified armed group, alternative Yemeni Resistance as the spent events44 Arhab row, "
     "whose text named the resistance; 'اثنان' -> 2 exact; no day of its own: adjudicated, as B, 8 August, precision 2 (first "
     "DCT 9 August): the clause hangs by 'وفيما' on the Saturday raid sentence and every dated item of the round-up is "
     "'yesterday Saturday' or earlier)"),
    # Turkey's strikes on ISIS and the PKK (almadina-627, DCT Sunday 26 July; Saturday = 25 July, Friday = 24 July)
    (MAD627, "غارات جوية على مواقع لتنظيم داعش", "وشنت مقاتلات تركية السبت غارات جوية على مواقع لتنظيم داعش",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-25", "1", "", "",
     "Turkish Prime Minister Ahmet Davutoglu; Al Madina", "reported",
     "the title's news: on Saturday (DCT Sunday 26 July -> 25 July) Turkish fighter jets carried out air raids on ISIS "
     "positions in Syria (the lead's Davutoglu announcement of Saturday's air raids on ISIS in Syria, and the PM's office: "
     "'the air operations against ISIS also continued' are the same day, actor and country -> one row; stated in the "
     "outlet's own voice -> reported; no place in Syria -> location empty). The Friday-dawn first raids have their own row. "
     "Adjudicated, as B: the lead's 'air raids and artillery shelling' on 'ISIS in Syria and the PKK in northern Iraq' does "
     "not say which target the artillery hit, and only the PKK confirms artillery (own IQ row) -> folded here; my first "
     "version had a claimed Shelling row for Syria"),
    (MAD627, "قصفت ليل الجمعة السبت", "ان المقاتلات التركية قصفت ليل الجمعة السبت 7 اهداف",
     ERV, AIR, MFT, PKK, "Kurdistan Region", "IQ", "2015-07-24", "2", "", "",
     "Turkish Prime Minister's office statement; Al Madina", "reported",
     "the Turkish government's statement: Turkish fighter jets struck 7 PKK targets in its rear bases in northern Iraq in "
     "the night of Friday to Saturday (the lead's Saturday raids on the PKK in northern Iraq, 'began a bombing campaign on "
     "PKK camps in northern Iraq', the PKK's 'intensive air strikes' and its HPG official's confirmation of the aircraft's "
     "bombing are the same strikes -> one row; a night spanning two days -> 24 July, precision 2, as the spent events34 "
     "3alyoum-65 row of the same night; confirmed by the target and stated by the outlet -> reported; Barzani asked to stop "
     "the Turkish bombing of PKK positions 'in a number of areas of the Region' -> 'Kurdistan Region', as the spent "
     "events21/46 rows, alternative empty (adjudicated: kept against B's empty, as the text names the Region); Dohuk is named only as where the PKK has camps). Not coded: the flights over "
     "Qandil 'without carrying out raids', Davutoglu's order of a third series (folded, ongoing), Barzani's call (diplomatic), "
     "the PKK statement that the truce has lost its meaning (no act, as the spent events41 end-of-truce decision)"),
    (MAD627, "قصف مكثف للمدفعية", "مع قصف مكثف للمدفعية",
     ERV, SHELL, MFT, PKK, "", "IQ", "2015-07-25", "2", "", "",
     "Bakhtiar Dogan, media official of the PKK's military wing; Turkish PM Ahmet Davutoglu (via Al Madina)", "reported",
     "the PKK's military-wing media official confirmed the Turkish aircraft's bombing of 'our positions in the border strip "
     "with intensive artillery shelling'; Davutoglu: the army shelled the PKK rebels in northern Iraq with artillery on "
     "Saturday (both sides state it -> reported; artillery, a different sub-event from the air strikes -> own row; Saturday "
     "-> 25 July; adjudicated, as B: precision 2 (first 1), since the lead's 'Saturday' also covers the air strikes of the "
     "night of Friday to Saturday; the border strip, no named place -> location empty, IQ)"),
    (MAD627, "اولى غاراتها الجوية", "بشن اولى غاراتها الجوية على مواقع له في سوريا فجر الجمعة",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-24", "1", "", "",
     "Al Madina", "reported",
     "background: Ankara entered the campaign against ISIS by launching its first air raids on its positions in Syria at "
     "dawn on Friday (DCT Sunday 26 July -> 24 July, precision 1, as the spent events34 row of the same raids); folded: CNN "
     "Turk's and NTV's F-16s taking off from Diyarbakir for a 'second series' of raids on the extremists in Syria, which the "
     "text places on the same day"),
    (MAD627, "اعتقلت منذ الجمعة", "ان الشرطة التركية اعتقلت منذ الجمعة",
     SD, "Arrests", "Police Forces of Turkey", "", "", "TR", "2015-07-24", "2", "", "",
     "Turkish Prime Minister Ahmet Davutoglu (via Al Madina)", "reported",
     "Davutoglu announced that the Turkish police have arrested since Friday, all over Turkey, 590 people accused of links "
     "with ISIS or the PKK (the later 'the police carried out a counter-terrorism arrest campaign across the country' on "
     "Friday is the same campaign -> one row; two groups -> actor2 empty, as the spent events38 okaz-1437 '300 arrested' "
     "row of the same campaign; 'since Friday' -> 24 July, precision 2; announced arrests -> reported, as that adjudicated "
     "row; no place)"),
    (MAD627, "قتل شرطيين تركيين", "تبني حزب العمال الاربعاء قتل شرطيين تركيين",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-07-22", "2", "2", "exact",
     "Al Madina (AFP)", "reported",
     "background: on Wednesday (22 July) the PKK claimed the killing of two Turkish policemen whose bodies were found near "
     "the Syrian border, in response to the Suruc bombing (the claimant -> actor1 PKK; an attack on the police -> Armed "
     "clash, as the spent attacks on Turkish police; the killing on or before the Wednesday claim -> 22 July, precision 2; "
     "no town named -> location empty; 2 exact)"),
    (MAD627, "هجوم انتحاري دموي", "ردا على هجوم انتحاري دموي وقع الاثنين",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Al Madina (AFP)", "reported",
     "background: the bloody suicide attack on Monday (DCT Sunday 26 July -> 20 July) in the Turkish town of Suruc that "
     "targeted leftist activists supporting the Kurdish cause; Turkish officials accused ISIS of being behind the bombing, "
     "which killed 32 (the later 'التفجير الذي اوقع 32 قتيلا' is the same event -> one row; the officials' accusation -> "
     "Islamic State, as the spent Suruc rows; activists -> Civilians (Turkey)). Not coded: 'a week of violence in which "
     "people were killed' (generic), Assad's amnesty decree (legal)"),
    # Anbar (alweeam-2044, DCT Tuesday 21 July)
    (WEEAM2044, "المواجهات المسلحة الجارية", "مصرعهم في المواجهات المسلحة الجارية بمحافظة الانبار",
     BAT, CLASH, MFI, IS, "Ramadi", "IQ", "2015-07-21", "2", "", "",
     "Ghassan al-Ithawi, commander of the Anbar tribal fighters (via Al Weeam)", "reported",
     "the title's news: dozens of ISIS members were killed 'in the last few hours' in the ongoing armed confrontations in "
     "Anbar; the tribal fighters' commander: dozens were killed in the operations to clear Ramadi, going on for more than a "
     "week, and the Iraqi joint forces are advancing towards Albu Aitha and Jazirat al-Anbar near the centre of Ramadi (the "
     "advance folded; joint forces -> Military Forces of Iraq, tribal fighters in this note, as the spent events43 row; the "
     "title and lead state it in the outlet's voice -> reported, alternative claimed as that row; 'العشرات' -> fatalities "
     "empty; DCT, precision 2). Not coded: the engineers dismantling IEDs and booby-trapped houses in the Jazira area "
     "(ongoing, uncounted)"),
    (WEEAM2044, "بقصف مدفعي", "مقتل سبعة من قادة تنظيم داعش بقصف مدفعي",
     ERV, SHELL, MFI, IS, "Nazzal, Fallujah", "IQ", "2015-07-21", "2", "7", "exact",
     "a source in the Anbar Operations Command (via Al Weeam)", "claimed",
     "a source in the Anbar Operations Command announced 'today' the killing of seven ISIS leaders by artillery shelling "
     "that targeted their convoy of cars in the Nazzal district in the centre of Fallujah (the command -> Military Forces "
     "of Iraq; only the attacking side's announcement -> claimed, as the spent events53 War Media Cell rows; no day of the "
     "shelling -> DCT, precision 2; 'سبعة' -> 7 exact; 'حي نزال وسط مدينة الفلوجة' -> 'Nazzal, Fallujah', the usual spelling of the Fallujah district; "
     "adjudicated: kept against B's 'Nazal')"),
    # Pakistan (3alyoum-79, DCT Tuesday 4 August)
    (AYN79, "هجوم نفذته حركة طالبان", "إثر هجوم نفذته حركة طالبان على مدرسة في بيشاور",
     VAC, "Attack", "TTP: Tehreek-i-Taliban Pakistan", "Civilians (Pakistan)", "Peshawar", "PK", "2014-12-16", "1",
     "154", "exact",
     "Ain Alyoum (AFP)", "reported",
     "background (the news, the hanging of Shafqat Hussain in Karachi, is a judicial execution and is not coded): Pakistan "
     "partly lifted its moratorium on executions after an attack carried out by the Taliban on a school in Peshawar that "
     "killed 154 on 16 December last (within 12 months of the DCT; an attack on a school -> Violence against civilians/"
     "Attack; the Pakistani Taliban -> 'TTP: Tehreek-i-Taliban Pakistan', alternative 'Taliban' as the text says; '154 "
     "قتيلا' -> 154 exact). Not coded: the 2004 murder of a child (criminal, too old), the 2008 moratorium and its lifting "
     "(policy), the EU's call (diplomatic)"),
    # Asir mosque (alriyadh-827, DCT Friday 7 August)
    (RIY827, "حادث التفجير", "دان مجلس علماء باكستان حادث التفجير الذي استهدف",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Riyadh", "reported",
     "background (the news is the Pakistan Ulema Council's condemnation): the bombing that targeted the mosque of the "
     "Emergency Forces headquarters in the Asir region 'yesterday' (DCT 7 August -> 6 August) while members of the Special "
     "Emergency Forces were performing the noon prayer, killing and wounding 'many' worshippers (the title's 'العمل الآثم' "
     "and 'للهجوم بمسجد قوات الطوارئ' are the same event -> one row; 'تفجير' only -> Remote explosive/landmine/IED, as the "
     "spent Asir condolence rows, alternative Suicide bomb; 'العديد' -> fatalities empty; no perpetrator named)"),
    # Opinion column (alwatan-908, DCT Thursday 23 July)
    (WAT908, "فجر نفسه", "الانتحاري السعودي الذي فجر نفسه في مسجد الإمام الصادق",
     ERV, SUI, UAG, "Civilians (Kuwait)", "Kuwait City", "KW", "2015-07-23", "3", "", "",
     "Al Watan (columnist)", "reported",
     "background, borderline (an opinion column): the Saudi suicide bomber who blew himself up in the Imam al-Sadiq "
     "mosque in Kuwait (the later 'the blood of Shia worshippers was shed in Kuwait' is the same event -> one row; no group "
     "named for it -> Unidentified armed group, as the spent events50 row; worshippers -> Civilians (Kuwait); 'Kuwait City' "
     "as the spent adjudicated Kuwait rows; the text gives no date or toll -> DCT, precision 3, fatalities empty). "
     "Alternative: not coded. Not coded: 'bombings of Shia mosques in Saudi Arabia' and 'of Sunni mosques in Iraq' "
     "(generic plurals), the 'decision to execute 7000 Sunnis in Iraq' (legal), the Mossad report (commentary)"),
    # Libya (aawsat-334, DCT Thursday 6 August)
    (AWS334, "مظاهرة نادرة", "نظم أنصار القذافي مظاهرة نادرة في مدينة بنغازي",
     PRO, "Protest with intervention", "Protesters (Libya)", UAG, "Benghazi", "LY", "2015-08-06", "2", "", "",
     "Asharq Al-Awsat; residents", "reported",
     "Gaddafi supporters staged a rare demonstration in Benghazi, chanting 'Muammar', carrying his pictures and demanding "
     "the release of his son Saif al-Islam, but dispersed after opponents opened fire and threw stones; apparently no one "
     "was hurt (an attempt to disperse with no injury -> Protest with intervention, actor2 the armed opponents, not named -> "
     "Unidentified armed group, as the spent events53 ISIS-dispersed Fallujah protest; no day in the text -> DCT, precision "
     "2). Not coded: the torture of al-Saadi Gaddafi in al-Hadba prison shown in a leaked video (prison conditions, undated), "
     "the rights group's and the ministry's statements, the Tripoli trials and Saif al-Islam's death sentence 'last week' "
     "(legal)"),
    # Germany-Saudi press conference (alriyadh-738, DCT Monday 10 August)
    (RIY738, "استعادة عدن", "استطاعت المقاومة الشعبية استعادة عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-10", "3", "", "",
     "German Foreign Minister Frank-Walter Steinmeier (via Al Riyadh)", "reported",
     "background (the news is the al-Jubeir-Steinmeier press conference in Berlin, diplomatic): Steinmeier welcomed the "
     "military operations against the Houthis, as the popular resistance 'was able to recover Aden and other strategic "
     "cities' (the other cities are unnamed -> folded; no date in the text -> DCT, precision 3, as the spent events55 "
     "alwatan-1019 'تحرير مدينة عدن' row). Not coded: al-Jubeir's remarks on Iran, Yemen and Raif Badawi (commentary, "
     "legal), the coalition's intervention at Hadi's request (generic)"),
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
