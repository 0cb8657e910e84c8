"""Bookkeeping helper for the events72 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events71/addrows.py (itself from events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur43/events72/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 72 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events72/sample.py ("This set: events72, seeds 2940 / 2941, drawn at the start of stop 43 (9e6c7ab), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2940).shuffle, walked in order; (b) 10 with no text filter, random.Random(2941).shuffle, >=3 sources (got, by source, a: alyaum 4, alriyadh 2, okaz 1, aleqtisadiya 1, 3alyoum 1, alwatan 1; b: aawsat 4, okaz 1, aleqtisadiya 1, alyaum 1, sabq 1, aljazirah 1, 3alyoum 1).
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

ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 23 rows): detection F1 0.978 before (22 matched of 22 A / 23 B rows, P 0.957, R 1.000; both gave rows to the same 10 articles and left the same 10 empty; on the 22 matched rows event_type, sub_event_type, actor1, location_country, fatalities, fatalities_qualifier and reported_as agreed 22/22, actor2, location and time_precision 21/22, event_date 20/22; compare.py's pairs are the true event pairs); 22 -> 23 rows: 1 row added from B: aawsat-109 background Minsk ceasefire agreement of February (Strategic developments/Agreement, Government of Ukraine vs NAF, Minsk, BY, 1 February, precision 3, as the spent alriyadh-1639 and aawsat-86 rows); 2 values changed to B's: alyaum-2517 al-Anad fall event_date 3 August (first 5 August; the Sunday speech 'before the fall' bounds it, as the spent alwatan-823 row), alyaum-1227 location 'Warduj, Badakhshan' (first 'Wardooj'); kept against B: alyaum-2517 Wadi al-Husseini precision 2 (ongoing siege), aawsat-109 separatists' July toll actor2 NAF, aleqtisadiya-302 Hadi's truce demand dated DCT 27 July (no day stated); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
NAF = "NAF: United Armed Forces of Novorossiya"
UKR = "Military Forces of Ukraine"
AFG = "Military Forces of Afghanistan"
YUM2517 = "SN-alyaum-20150806-2517"
OKZ1120 = "SN-okaz-20150809-1120"
YUM2735 = "SN-alyaum-20150806-2735"
RIY760 = "SN-alriyadh-20150722-760"
RIY710 = "SN-alriyadh-20150811-710"
AWS106 = "SN-aawsat-20150802-106"
AWS3 = "SN-aawsat-20150721-3"
AWS109 = "SN-aawsat-20150804-109"
EQT302 = "SN-aleqtisadiya-20150727-302"
YUM1227 = "SN-alyaum-20150726-1227"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Hadi / Lahij round-up (alyaum-2517, DCT Thursday 6 August; the AFP text is written on Wednesday 5 August)
    (YUM2517, "لن تتوقف حتى يتم تطهير", "مسنودة بقوات التحالف العربي، ضد المليشيات المتمردة، لن تتوقف حتى يتم تطهير",
     "Statement", "", "Government of Yemen", HOU, "Riyadh", "SA", "2015-08-05", "1", "", "",
     "President Abd Rabbuh Mansur Hadi (via Al Yaum)", "reported",
     "the title's news: President Hadi, in a statement on leaving Riyadh for Egypt, says the victories of the national "
     "army and the popular resistance, backed by the Arab coalition, against the rebel militias will not stop until all "
     "Yemeni governorates are cleansed of the putschists (official declaration continuing a military campaign that is the "
     "article's news -> Statement, as the spent alriyadh-20150806-1726 row of the same statement; 'لدى مغادرته الرياض' -> "
     "Riyadh, SA; he arrived in Cairo 'today Wednesday' -> 5 August, precision 1). Not coded: the Egypt visit and Suez "
     "canal celebrations (diplomatic), the talks with Sisi"),
    (YUM2517, "سقطت قاعدة العند", "سقطت قاعدة العند الاستراتيجية بعد هجوم شنته قوات هادي",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "2", "", "",
     "Yemeni Ministry of Defence (via Al Yaum, AFP)", "reported",
     "the strategic al-Anad base fell after an attack by Hadi's forces backed by the Saudi-led coalition's aircraft and "
     "weapons (the lead's 'بعد ان خسروا ... وقاعدة العند الجوية' is the same event; coalition air support folded; Hadi's "
     "forces -> Yemeni Resistance, as the spent Anad rows; no day: Abdulmalik al-Houthi spoke 'on Sunday, before the fall', "
     "so the fall follows Sunday 2 August and precedes Wednesday's report -> 3 August, precision 2, as the spent "
     "alwatan-823 row of the same capture; adjudicated: as B, first 5 August, the report's day). Not coded: al-Houthi's "
     "Sunday speech (commentary)"),
    (YUM2517, "الحوطة باتت تحت السيطرة", "ان الحوطة باتت تحت السيطرة بعد عمليات تمشيط",
     BAT, GRT, YR, HOU, "Al Hawtah, Lahij", "YE", "2015-08-05", "1", "56", "at_least",
     "military and medical sources (via Al Yaum, AFP)", "reported",
     "a military source 'on Wednesday': al-Hawta, capital of Lahij governorate, is under control after combing operations "
     "on Tuesday night and this morning (DCT Thursday 6 August -> Wednesday 5 August, precision 1); folded: the fierce "
     "battles in al-Hawta in the last 24 hours in which at least 39 rebels and 17 loyalist fighters were killed (same place, "
     "same days -> one row; 39 at least + 17 -> 56 at_least) and the rebels' withdrawal from al-Hawta. Not coded: the Lahij "
     "governor's expected arrival, the expected push on Abyan (no announced plan)"),
    (YUM2517, "في منطقة وادي الحسيني", "وحلفاءهم من قوات الرئيس السابق علي عبدالله صالح، في منطقة وادي الحسيني",
     BAT, CLASH, YR, HOU, "Wadi al-Husseini, Lahij", "YE", "2015-08-05", "2", "", "",
     "military sources (via Al Yaum, AFP)", "reported",
     "borderline: on Wednesday Hadi's forces pursue the withdrawing rebels and besiege the Houthis and Saleh's forces in "
     "the Wadi al-Husseini area on the road between al-Hawta and al-Anad (a siege of a differently named place -> own "
     "row, Armed clash as the spent siege rows; folded: the siege of the rebels who withdrew from al-Hawta and al-Anad, no "
     "other place named, and the generic 'عمليات تعقب'; present tense -> 5 August, precision 2; alternative: no row, a "
     "siege with no fighting stated)"),
    (YUM2517, "منذ سيطرة الحوثيين عليها", "للمرة الاولى منذ سيطرة الحوثيين عليها في اذار/مارس",
     BAT, NSA, HOU, "", "Al Hawtah, Lahij", "YE", "2015-03-01", "3", "", "",
     "Al Yaum (AFP)", "reported",
     "background: the Houthis took al-Hawta (the Lahij governor returns 'for the first time since the Houthis took it in "
     "March') -> month known, 1 March, precision 3, within 12 months; no defender named -> actor2 empty, as the spent "
     "Sanaa rows"),
    (YUM2517, "خسروا مدينة عدن", "الذين يستمرون بالانسحاب بعد ان خسروا مدينة عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-06", "3", "", "",
     "Al Yaum (AFP)", "reported",
     "background: the Houthis and their allies lost the city of Aden (undated -> DCT, precision 3, as the spent "
     "aleqtisadiya-319 'حررت مدينة عدن' row; al-Houthi's 'breach achieved by the enemy in Aden' is the same). Not coded: "
     "'the months of fierce battles' in Aden (generic), the Saudi military plane that landed at Aden airport on Wednesday "
     "with 25 tons of medical aid (a new relief shipment, not the first plane -> relief, not conflict)"),
    # Abha emergency forces mosque (okaz-1120, DCT Sunday 9 August)
    (OKZ1120, "تفجير نفسه بحزام ناسف", "إقدام شخص انتحاري على تفجير نفسه بحزام ناسف",
     ERV, SUI, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Saudi Ministry of Interior security spokesman Maj. Gen. Mansour al-Turki", "reported",
     "follow-up (the news is the bomber's identification): the explosion announced 'last Thursday' (DCT Sunday 9 August -> "
     "6 August) during the noon prayer in the mosque of the Special Emergency Forces HQ in the Asir region was a suicide "
     "bomber blowing himself up with an explosive belt among the worshippers; 15 killed (5 security men, 6 trainees of the "
     "Hajj courses, 4 Bangladeshi workers), 33 wounded (the earlier 'حدوث تفجير' and later mentions are the same event; "
     "bomber named, a Saudi, but no group -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; "
     "no city -> Asir, as the spent alriyadh-20150808-859 row of the same statement). Not coded: the search for partners "
     "(investigation), the bomber's 1434 AH detention and the end-2012 Buraydah events (far older than 12 months)"),
    # Condemnations (alyaum-2735, DCT Thursday 6 August)
    (YUM2735, "للهجوم الإرهابي", "إدانة باكستانية و ألمانية و إسبانية للهجوم الإرهابي في منطقة عسير",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1", "", "",
     "Pakistani, German and Spanish foreign ministries (via Al Yaum)", "reported",
     "background (the news is the condemnations): the terrorist attack 'today' on the mosque of the Emergency Forces in "
     "the Asir region, with a number of martyrs and wounded among the security forces and workers at the site (the later "
     "'الهجوم الإرهابي' and 'التفجير الإرهابي' mentions are the same event -> one row; only 'attack'/'bombing', no suicide "
     "stated -> the generic explosive sub-type, as the spent reaction rows; no group -> Unidentified armed group; 'عدداً "
     "من الشهداء' -> fatalities empty). Not coded: the condemnations themselves"),
    # UAE soldier (alriyadh-760, DCT Wednesday 22 July)
    (RIY760, "الذي استشهد، أمس", "ضابط صف سيف يوسف أحمد الفلاسي، الذي استشهد، أمس",
     BAT, CLASH, "Military Forces of the United Arab Emirates", "", "", "YE", "2015-07-21", "1", "1", "exact",
     "UAE Armed Forces General Command; Sheikh Abdullah bin Zayed (via Al Riyadh)", "reported",
     "UAE non-commissioned officer Saif Yousef Ahmed al-Falasi was martyred 'yesterday' (DCT 22 July -> 21 July) while "
     "on duty with the forces in the Arab coalition's Operation Restoring Hope in Yemen (the later mentions are the same "
     "death; no opponent, place or cause stated -> Armed clash with actor2 empty and location empty, as the spent "
     "alweeam-2046 and aawsat-20150722-25 rows of the same death). Not coded: the condolences and the hashtag"),
    # Resistance 100 km from Sanaa (alriyadh-710, DCT Tuesday 11 August)
    (RIY710, "سيطرت ايضا على منطقة عتمة", "وقد سيطرت ايضا على منطقة عتمة التابعة لمحافظة ذمار",
     BAT, GRT, YR, HOU, "Utmah, Dhamar", "YE", "2015-08-11", "2", "", "",
     "military sources (via Al Riyadh)", "reported",
     "the title's news ('100 km from Sanaa'): Hadi's forces also took the Utmah area of Dhamar governorate, about 100 km "
     "south of the capital (no day -> DCT, precision 2; Hadi's forces, called 'the popular resistance' -> Yemeni "
     "Resistance; the Houthis' loss implied -> actor2 Houthis)"),
    (RIY710, "وطردت الاثنين الحوثيين", "وطردت الاثنين الحوثيين وحلفاءهم من آخر معاقلهم في محافظة ابين",
     BAT, GRT, YR, HOU, "Abyan", "YE", "2015-08-10", "1", "", "",
     "military sources (via Al Riyadh)", "reported",
     "on Monday (DCT Tuesday 11 August -> 10 August) Hadi's forces expelled the Houthis and their allies from their last "
     "strongholds in Abyan governorate (no town named -> 'Abyan'). Not coded: the list of governorates now held (Aden, "
     "Lahij, al-Dhale, Abyan: status), 'control of most of the south' (generic)"),
    (RIY710, "سيطرت على ست مديريات في اب", "قوات المقاومة سيطرت على ست مديريات في اب",
     BAT, GRT, YR, HOU, "Ibb", "YE", "2015-08-11", "2", "", "",
     "military source loyal to Hadi (via Al Riyadh)", "claimed",
     "a pro-Hadi military source: the resistance forces took six districts in Ibb and are stepping up their moves there "
     "(folded: the escalating operations and advance in Ibb, the continuing clashes in the mountainous governorate with "
     "'casualties on both sides' -> fatalities empty; districts not named -> 'Ibb'; no day -> DCT, precision 2; only the "
     "party source's words -> claimed). Not coded: the 'great tension' in Dhamar (no event)"),
    (RIY710, "تستمر المواجهات في تعز", "كما تستمر المواجهات في تعز",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-11", "2", "", "",
     "Al Riyadh", "reported",
     "the confrontations continue in Taiz, the third largest city, the resistance's next target (ongoing, present tense -> "
     "DCT, precision 2). Not coded: the flight of the Houthi-appointed Shabwa governor Ali al-Awlaki (no violence), the "
     "residents' report that the Houthis are planting landmines at important sites in Shabwa (no explosion, no "
     "place/day; alternative Strategic developments/Other)"),
    # Burundi general (aawsat-106, DCT Sunday 2 August)
    (AWS106, "هجوم صاروخي على سيارته", "في هجوم صاروخي على سيارته في بوجمبورا",
     ERV, SHELL, UAG, "Military Forces of Burundi", "Bujumbura", "BI", "2015-08-02", "1", "1", "exact",
     "officials, police and witnesses (via Asharq Al-Awsat)", "reported",
     "the title's news: General Adolphe Nshimirimana, de facto internal security chief and former army chief of staff and "
     "intelligence head, one of President Nkurunziza's closest aides, was killed 'today (Sunday)' in a rocket attack on "
     "his car in the capital Bujumbura shortly before noon (title 'هجوم صاروخي' and later mentions the same -> one row; "
     "no attacker named -> Unidentified armed group; an army general -> Military Forces of Burundi). Not coded: the "
     "contested election and the opposition protests (elections; undated, generic)"),
    # Friendly fire in Logar (aawsat-3, DCT Tuesday 21 July; 'today (Monday)')
    (AWS3, "ضربة جوية على معسكر للجيش", "عندما نفذت قوات حلف شمال الاطلسي ضربة جوية على معسكر للجيش",
     ERV, AIR, "Military Forces of the United States", AFG, "Baraki Barak, Logar", "AF", "2015-07-20", "1", "14", "exact",
     "Afghan officials; Baraki Barak district governor Mohammad Rahim Amin; a US military official in Kabul (via Asharq Al-Awsat)", "reported",
     "the title's news: 14 Afghan soldiers killed 'today (Monday)' (published early Tuesday 21 July UTC -> Monday 20 July) "
     "by 'friendly fire' when NATO forces mistakenly carried out an air strike on an army post in Baraki Barak district, "
     "Logar province: two American helicopters attacked the Afghan army checkpoint at 6:00, which burnt and was destroyed "
     "(all mentions the same strike; 'two American helicopters', a US official confirmed -> Military Forces of the United "
     "States, alternative NATO). Not coded: the ongoing US air and drone strikes on the Taliban (generic, no count or "
     "place), the March 2014 ISAF rocket incident (over 12 months), the Taliban's frequent attacks and annual offensive "
     "(generic)"),
    # Ukraine (aawsat-109, DCT Tuesday 4 August; 'yesterday' = 3 August)
    (AWS109, "4 جنود قتلوا", "أعلن الجيش الأوكراني أمس أن 4 جنود قتلوا",
     BAT, CLASH, NAF, UKR, "", "UA", "2015-08-03", "2", "4", "exact",
     "Ukrainian army spokesman Andriy Lysenko (via Asharq Al-Awsat)", "reported",
     "the title's news: the Ukrainian army said 'yesterday' (DCT 4 August -> 3 August) that 4 soldiers were killed and 15 "
     "wounded in fighting with pro-Russian rebels in the east of the country in the past 24 hours (24 hours up to the "
     "announcement -> 3 August, precision 2; no place beyond 'the east' -> location empty; pro-Russian separatists -> "
     "NAF, as the spent alriyadh-1639 row; folded: the fighting 'continuing with tank and artillery fire', the western "
     "areas of Donetsk described as the most tense)"),
    (AWS109, "قتل 29 جنديا أوكرانيا", "قتل 29 جنديا أوكرانيا وأصيب 175",
     BAT, CLASH, NAF, UKR, "", "UA", "2015-07-01", "3", "29", "exact",
     "Reuters tally (via Asharq Al-Awsat)", "reported",
     "aggregate: according to Reuters' count, 29 Ukrainian soldiers were killed and 175 wounded in the separatist areas of "
     "the east in July despite the ceasefire (month -> 1 July, precision 3)"),
    (AWS109, "22 من المدنيين والمقاتلين لقوا مصرعهم", "إن «22 من المدنيين والمقاتلين لقوا مصرعهم",
     ERV, SHELL, UKR, NAF, "", "UA", "2015-07-01", "3", "22", "exact",
     "separatist officials via the separatists' DAN news service (via Asharq Al-Awsat)", "claimed",
     "aggregate: the separatists say 22 civilians and fighters were killed and 29 wounded last month (July -> 1 July, "
     "precision 3) in attacks from the Ukrainian side, and accuse the Ukrainian forces of heavy-weapons fire (heavy "
     "weapons -> Shelling; victims mixed civilians and fighters -> actor2 NAF, alternative Civilians (Ukraine); only the "
     "separatists' words -> claimed; borderline: alternative Armed clash). Not coded: the Minsk talks, the German MPs' "
     "Crimea trip plans, the Crimea annexation (over 12 months), the SBU travel ban on French MPs (sanctions)"),
    (AWS109, "اتفاق وقف إطلاق النار الذي تم التوصل إليه في فبراير", "بشأن تطبيق اتفاق وقف إطلاق النار الذي تم التوصل إليه في فبراير",
     SD, "Agreement", "Government of Ukraine", NAF, "Minsk", "BY", "2015-02-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background, adjudicated (added from B): the ceasefire agreement reached in February, whose implementation the "
     "representatives of Ukraine, Russia and the rebels are to discuss in Minsk, and which is repeatedly violated (month "
     "-> 1 February, precision 3, within 12 months; the Minsk talks context -> Minsk, BY, as the spent alriyadh-1639 and "
     "aawsat-20150721-86 'Minsk' agreement rows; my first version left it uncoded as context of the talks)"),
    # Hadi and the truce (aleqtisadiya-302, DCT Monday 27 July)
    (EQT302, "طالب الرئيس اليمني", "طالب الرئيس اليمني عبدربه منصور هادي الميليشيات الحوثية",
     "Statement", "", "Government of Yemen", HOU, "", "YE", "2015-07-27", "2", "", "",
     "President Abd Rabbuh Mansur Hadi (via Al Eqtisadiah, Saba)", "reported",
     "borderline, the title's news: President Hadi demands that the Houthi militias and Saleh's forces respect the "
     "humanitarian truce that took effect last midnight (a head of state's declaration about the ceasefire in the armed "
     "conflict -> Statement, as the spent aawsat-91 truce row; the place of the demand is not stated (the Riyadh meeting "
     "with the UN envoy was 'yesterday') -> location empty, YE; no day -> DCT, precision 2; alternative: no row). Not "
     "coded: the meeting with Ismail Ould Cheikh Ahmed and the invitation to visit Aden (diplomatic), the coalition's "
     "truce itself (folded here), the aid arriving in Aden"),
    (EQT302, "تحريرها من الميليشيات المتمردة", "تمكن المقاومة الشعبية وقوات الجيش الموالية للشرعية تحريرها من الميليشيات المتمردة",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-27", "3", "", "",
     "Al Eqtisadiah (Saba)", "reported",
     "background: the popular resistance and the army forces loyal to the legitimacy liberated Aden governorate from the "
     "rebel militias (the other 'بعد تحريرها' mentions are the same; undated -> DCT, precision 3, as the spent "
     "aleqtisadiya-319 row; pro-Hadi resistance and army -> Yemeni Resistance, alternative Military Forces of Yemen)"),
    # Afghanistan (alyaum-1227, DCT Sunday 26 July; the official spoke on Saturday)
    (YUM1227, "هاجموا العديد من المواقع الأمنية", "نحو مئة مقاتل من حركة طالبان هاجموا العديد من المواقع الأمنية",
     BAT, CLASH, "Taliban", AFG, "Warduj, Badakhshan", "AF", "2015-07-23", "1", "23", "at_least",
     "Badakhshan deputy governor Gul Mohammad Bidar (via Al Yaum)", "reported",
     "the title's news (adjudicated: location spelled 'Warduj', the usual English form, as B; first 'Wardooj'): about a hundred Taliban fighters attacked several security posts in north-east Afghanistan; the "
     "attack took place in Wardooj district on Thursday (DCT Sunday 26 July -> 23 July, precision 1), followed by two days "
     "of fierce fighting: 2 members of the security forces and at least 21 insurgents (mostly foreigners) killed, 13 "
     "insurgents and 5 soldiers wounded (2 + 21 at least -> 23 at_least; security forces and soldiers -> Military Forces "
     "of Afghanistan, alternative Police Forces of Afghanistan; folded: the arrest of the local Taliban commander Qari "
     "Zabihullah during the fighting and the Taliban's claim that a post fell and many policemen were killed). Not coded: "
     "the Taliban summer offensive since late April and the stepped-up attacks (generic)"),
    (YUM1227, "شنت قوات الأمن الأفغانية عملية عسكرية", "بعد أن شنت قوات الأمن الأفغانية عملية عسكرية أعقبتها غارة جوية",
     BAT, CLASH, AFG, "Taliban", "Almar, Faryab", "AF", "2015-07-24", "1", "18", "at_least",
     "Faryab deputy governor Abdul Sattar Bariz (via Al Yaum)", "reported",
     "at least 18 insurgents killed and 9 wounded in Faryab province after the Afghan security forces launched a military "
     "operation, followed by an air strike, 'yesterday Friday' (24 July) in Almar district, still continuing; two members "
     "of the Taliban shadow government of Shirin Tagab and Kohistan among the dead (the air strike of the same operation, "
     "same place and day, folded; the insurgents -> Taliban, as the shadow officials show)"),
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
