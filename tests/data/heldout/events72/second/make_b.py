"""Bookkeeping helper for annotator B of the events72 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events71/second/make_b.py.
Run: python3 /work/fresh/cur43/events72/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 72 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2940/2941, drawn at the start of stop 43, main 9e6c7ab, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2940).shuffle, walked in order; (b) 10 with no text filter: random.Random(2941).shuffle, walked in order, >=3 sources (got, by source, a: alyaum 4, alriyadh 2, 3alyoum 1, aleqtisadiya 1, alwatan 1, okaz 1; b: aawsat 4, 3alyoum 1, aleqtisadiya 1, aljazirah 1, alyaum 1, okaz 1, sabq 1).
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
SD = "Strategic developments"
VAC = "Violence against civilians"
PRO = "Protests"
CLASH = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
ABD = "Abduction/forced disappearance"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
HZB = "Hezbollah"
YM2517 = "SN-alyaum-20150806-2517"
OK1120 = "SN-okaz-20150809-1120"
YM2735 = "SN-alyaum-20150806-2735"
RY760 = "SN-alriyadh-20150722-760"
RY710 = "SN-alriyadh-20150811-710"
AW106 = "SN-aawsat-20150802-106"
AW3 = "SN-aawsat-20150721-3"
AW109 = "SN-aawsat-20150804-109"
EQ302 = "SN-aleqtisadiya-20150727-302"
YM1227 = "SN-alyaum-20150726-1227"
AFG = "Military Forces of Afghanistan"
TAL = "Taliban"
UKR = "Military Forces of Ukraine"
NAF = "NAF: United Armed Forces of Novorossiya"
POLSA = "Police Forces of Saudi Arabia"
SHELL = "Shelling/artillery/missile attack"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (YM2517, "الحوطة باتت تحت السيطرة", "ان الحوطة باتت تحت السيطرة بعد عمليات تمشيط ليل الثلاثاء",
     BAT, GRT, YR, HOU, "Al Hawtah, Lahij", "YE", "2015-08-05", "1", "56", "at_least",
     "military source; medical and military sources (AFP wire, Al Yaum)", "reported",
     "a military source said 'Wednesday' (DCT Thursday 6 August 01:38 UTC -> 5 August) that al-Hawta, capital of Lahij, "
     "is under control after sweeping operations on Tuesday night and Wednesday morning; at least 39 rebels and 17 loyalist "
     "fighters killed in the last 24 hours in the fierce battles in al-Hawta (39 at least + 17 -> 56 at_least; the battles "
     "folded into the recapture, same place and days); Hadi's forces -> Yemeni Resistance as the spent Lahij rows; "
     "'Al Hawtah, Lahij' as the spent aawsat-272 row. Not coded: the Lahij governor's expected arrival"),
    (YM2517, "في منطقة وادي الحسيني", "المتمردين الحوثيين وحلفاءهم من قوات الرئيس السابق علي عبدالله صالح، في منطقة وادي الحسيني",
     BAT, CLASH, YR, HOU, "Wadi al-Husseini, Lahij", "YE", "2015-08-05", "1", "", "",
     "military sources (AFP wire, Al Yaum)", "reported",
     "on Wednesday (5 August) Hadi's forces pursued the retreating rebels and besieged those who withdrew from al-Hawta "
     "and al-Anad base, and besieged the Houthis and Saleh's forces in the Wadi al-Husseini area on the road between "
     "al-Hawta and al-Anad (an ongoing siege of enemy fighters -> Armed clash, as the spent Zinjibar and al-Anad siege "
     "rows; the pursuit and the siege of the withdrawn rebels folded here, the one named place of the siege; Saleh's "
     "forces in the note)"),
    (YM2517, "سقطت قاعدة العند", "سقطت قاعدة العند الاستراتيجية بعد هجوم شنته قوات هادي",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "2", "", "",
     "Yemeni Ministry of Defence (AFP wire, Al Yaum)", "reported",
     "the strategic al-Anad base fell after an attack by Hadi's forces backed by the Saudi-led coalition's aircraft and "
     "weapons (coalition support folded); no day in this text, but Abdul-Malik al-Houthi spoke on Sunday 'before the fall "
     "of the base' and the pursuit was on Wednesday -> between 3 and 5 August, dated 3 August precision 2 (the spent "
     "alwatan-823 row has 3 August); also 'after they lost the city of Aden and al-Anad' (same event, one row); "
     "'Al Anad Air Base' as the spent rows. Alternative: DCT, precision 2"),
    (YM2517, "خسروا مدينة عدن", "بعد ان خسروا مدينة عدن وقاعدة العند",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-06", "3", "", "",
     "Al Yaum (AFP wire)", "reported",
     "background: the Houthis and their allies lost the city of Aden, which 'saw fierce battles for months' (no date in "
     "this text -> DCT, precision 3, as the spent alwatan-2160 undated Aden/al-Hawta background rows; the months of "
     "fighting folded). Borderline: alternative not coded (an undated mention)"),
    (YM2517, "منذ سيطرة الحوثيين عليها في اذار", "للمرة الاولى منذ سيطرة الحوثيين عليها في اذار/مارس",
     BAT, NSO, HOU, "", "Al Hawtah, Lahij", "YE", "2015-03-01", "3", "", "",
     "Al Yaum (AFP wire)", "reported",
     "background: the Houthis took al-Hawta (Lahij's capital) in March (within 12 months of the DCT; month only -> "
     "1 March, precision 3; no defender named -> actor2 empty, as the spent Sanaa 2014 row)"),
    (YM2517, "أكد الرئيس ، عبدربه منصور هادي", "كذلك أكد الرئيس ، عبدربه منصور هادي رئيس الجمهورية اليمنية أن الإنتصارات",
     "Statement", "", "Government of Yemen", HOU, "Riyadh", "SA", "2015-08-05", "1", "", "",
     "President Abd Rabbuh Mansur Hadi (statement on leaving Riyadh)", "reported",
     "the title's news: Hadi declared, in a statement on leaving Riyadh for Egypt (Wednesday: he arrived in Cairo 'today "
     "Wednesday' -> 5 August), that the victories of the national army and the popular resistance, backed by the coalition, "
     "will not stop until every Yemeni governorate is cleansed of the putschist forces (a victory declaration and "
     "announcement of continuing operations that is the title's news -> Statement, as the spent alwatan-2033 Defence "
     "Ministry row; made in Riyadh -> location Riyadh, SA). Borderline: alternative no row. Not coded: Hadi's visit to "
     "Cairo for the Suez Canal opening (diplomatic), the Saudi military plane landing Wednesday at Aden airport with 25 "
     "tons of medical aid (humanitarian delivery, not the first reopening flight of the spent Other rows), the expected "
     "advance on Abyan (expectation), Abdul-Malik al-Houthi's Sunday remarks (quoted background), Zinjibar still held"),
    (OK1120, "تفجير نفسه بحزام ناسف", "إقدام شخص انتحاري على تفجير نفسه بحزام ناسف في جموع المصلين",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Ministry of Interior security spokesman Maj. Gen. Mansour al-Turki", "reported",
     "follow-up (the article's news is the bomber's identification): the bombing announced 'last Thursday' (DCT Sunday "
     "9 August -> 6 August) during the noon prayer in the mosque of the Special Emergency Forces HQ in the Asir region was a "
     "suicide bomber with an explosive belt; 15 killed (5 security men, 6 trainees of the Hajj courses, 4 Bangladeshi "
     "workers), 33 wounded (the text states the suicide belt -> Suicide bomb; the bomber Yusuf al-Sulaiman is named, no "
     "group -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; the HQ is in the Asir region, no "
     "city -> 'Asir'), coded as the spent alriyadh-859 row of the same statement. Not coded: the search for accomplices "
     "(ongoing investigation), the bomber's 1434 AH detention and his listing among those arrested over the Buraydah "
     "events of late 2012 (too old)"),
    (YM2735, "التفجير الإرهابي", "وأدانت الحكومة الالمانية التفجير الإرهابي الذي استهدف مسجداً",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Yaum (Pakistani, German and Spanish statements)", "reported",
     "background (the news is the Pakistani, German and Spanish condemnations): the terrorist attack/bombing that targeted "
     "'today' (DCT Thursday 6 August) the mosque of the Emergency Forces in the Asir region, killing 'a number of' martyrs "
     "among the security forces and the workers at the site and wounding others ('عدداً من' -> fatalities empty; only "
     "'الهجوم'/'التفجير' -> the generic explosive sub-type, as the spent Asir rows; no perpetrator named -> Unidentified "
     "armed group). Not coded: the condemnations"),
    (RY760, "الذي استشهد، أمس", "سيف يوسف أحمد الفلاسي، الذي استشهد، أمس، أثناء تأديته واجبه الوطني",
     BAT, CLASH, "Military Forces of the United Arab Emirates", "", "", "YE", "2015-07-21", "1", "1", "exact",
     "UAE armed forces General Command; Sheikh Abdullah bin Zayed", "reported",
     "the title's news is the UAE foreign minister's eulogy: the Emirati NCO Saif Yousef Ahmed al-Falasi was killed "
     "'yesterday' (DCT Wednesday 22 July -> 21 July) on duty with the forces of the coalition's Operation Restoring Hope in "
     "Yemen (a soldier killed in action -> Battles/Armed clash, no opponent named -> actor2 empty, no place named -> "
     "location empty, YE; 1 exact), coded as the spent alweeam-2046 row of the same death. Not coded: the hashtag, the tweets"),
    (RY710, "سيطرت ايضا على منطقة عتمة", "وقد سيطرت ايضا على منطقة عتمة التابعة لمحافظة ذمار",
     BAT, GRT, YR, HOU, "Utmah, Dhamar", "YE", "2015-08-11", "2", "", "",
     "concurring military sources (AFP wire, Al Riyadh)", "reported",
     "the title's news: Hadi's forces, now about 100 km south of Sanaa, have also taken the Utmah area of Dhamar "
     "governorate (no day -> DCT, precision 2; Hadi's forces, called 'the popular resistance' -> Yemeni Resistance; "
     "'Utmah, Dhamar' as 'Place, Governorate'). Not coded: the control of most of the south, of Aden, Lahij, al-Dhale "
     "(status summary), the tension in Dhamar, the Houthi-appointed Shabwa governor's flight, residents' claim that the "
     "Houthis are planting landmines in Shabwa (no explosion; alternative an SD/Other row)"),
    (RY710, "سيطرت على ست مديريات في اب", "قوات المقاومة سيطرت على ست مديريات في اب وتصعد تحركها",
     BAT, GRT, YR, HOU, "Ibb", "YE", "2015-08-11", "2", "", "",
     "military source loyal to Hadi (AFP wire, Al Riyadh)", "claimed",
     "a pro-Hadi military source: the resistance forces took six districts in Ibb and are escalating; clashes continue "
     "in the mountainous governorate with 'casualties on both sides' (vague -> fatalities empty); the escalating operations "
     "and the advance in Ibb (concurring military sources, the outlet) folded here, one battle in one governorate (no "
     "district named); no day -> DCT, precision 2; a party's source -> claimed, as the spent alweeam-1116 Ibb row"),
    (RY710, "وطردت الاثنين الحوثيين", "وطردت الاثنين الحوثيين وحلفاءهم من آخر معاقلهم في محافظة ابين",
     BAT, GRT, YR, HOU, "Abyan", "YE", "2015-08-10", "1", "", "",
     "military sources (AFP wire, Al Riyadh)", "reported",
     "on Monday (DCT Tuesday 11 August -> 10 August) Hadi's forces drove the Houthis and their allies out of their last "
     "strongholds in the southern governorate of Abyan (no town named -> 'Abyan'; coalition air and ground support folded)"),
    (RY710, "تستمر المواجهات في تعز", "كما تستمر المواجهات في تعز، ثالث أكبر مدن البلاد",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-11", "2", "", "",
     "Al Riyadh (AFP wire)", "reported",
     "the confrontations continue in Taiz, the country's third city and the resistance's next target (ongoing, present "
     "tense -> DCT, precision 2; sides not named in the sentence, the article's two sides -> Yemeni Resistance vs Houthis)"),
    # ---- set b (no text filter) ----
    (AW106, "في هجوم صاروخي على سيارته", "قتل اليوم (الاحد)، في هجوم صاروخي على سيارته في بوجمبورا",
     ERV, SHELL, UAG, "Military Forces of Burundi", "Bujumbura", "BI", "2015-08-02", "1", "1", "exact",
     "officials, police and eyewitnesses; presidency communications official Willy Nyamitwe", "reported",
     "the title's news: General Adolphe Nshimirimana, President Nkurunziza's close aide, the de facto internal security "
     "chief and former army chief of staff and intelligence head, was killed 'today (Sunday)' (DCT 2 August) in a rocket "
     "attack on his car in the capital Bujumbura shortly before noon ('هجوم صاروخي' -> Shelling/artillery/missile attack; "
     "no attacker named -> Unidentified armed group; a serving general -> Military Forces of Burundi; 1 exact). "
     "Alternative: Violence against civilians/Attack or Battles. Not coded: the disputed election a week earlier and "
     "the opposition protests (undated, generic)"),
    (AW3, "ضربة جوية على معسكر للجيش", "عندما نفذت قوات حلف شمال الاطلسي ضربة جوية على معسكر للجيش في شرق أفغانستان",
     ERV, AIR, "Military Forces of the United States", AFG, "Baraki Barak, Logar", "AF", "2015-07-20", "1", "14", "exact",
     "Afghan officials; Baraki Barak district governor Mohammad Rahim Amin; Logar government spokesman", "reported",
     "the title's news: 'today (Monday)' (DCT Tuesday 21 July 02:51 UTC -> Monday 20 July; the governor: 6 am) two American "
     "helicopters of the NATO forces struck an Afghan army checkpoint by mistake in Baraki Barak district, Logar province, "
     "destroying it and killing 14 Afghan soldiers (friendly fire; American helicopters -> Military Forces of the United "
     "States, NATO in the note; 14 exact). Not coded: the US investigation, the similar March 2014 incident in Logar (more "
     "than 12 months before the DCT), the continuing US air and drone strikes on the Taliban (generic), the Taliban's "
     "annual spring and summer offensive (generic)"),
    (AW109, "في قتال مع متمردين موالين لروسيا", "أن 4 جنود قتلوا وأصيب 15 في قتال مع متمردين موالين لروسيا في شرق البلاد",
     BAT, CLASH, NAF, UKR, "", "UA", "2015-08-03", "2", "4", "exact",
     "Ukrainian army; military spokesman Andriy Lysenko", "reported",
     "the title's news: the Ukrainian army announced 'yesterday' (DCT Tuesday 4 August -> 3 August) that 4 soldiers were "
     "killed and 15 wounded in fighting with pro-Russian rebels in the east of the country during the past 24 hours "
     "(-> 3 August, precision 2; the 'fighting continues with tank and artillery fire at times' and the tense western "
     "districts of Donetsk folded; no place given for the deaths -> location empty, UA, as the spent alriyadh-1639 row)"),
    (AW109, "قتل 29 جنديا أوكرانيا", "قتل 29 جنديا أوكرانيا وأصيب 175 في المناطق الانفصالية في شرق البلاد في يوليو",
     BAT, CLASH, NAF, UKR, "", "UA", "2015-07-01", "3", "29", "exact",
     "Reuters tally (Asharq Al-Awsat)", "reported",
     "aggregate: 29 Ukrainian soldiers killed and 175 wounded in the separatist areas of the east in July despite the "
     "ceasefire (Reuters figures; month -> 1 July, precision 3)"),
    (AW109, "في هجمات من الجانب الأوكراني", "لقوا مصرعهم وأصيب 29 خلال الشهر الماضي في هجمات من الجانب الأوكراني",
     ERV, SHELL, UKR, "", "", "UA", "2015-07-01", "3", "22", "exact",
     "separatist officials via the separatist DAN news service", "claimed",
     "aggregate: separatist officials said 22 civilians and fighters were killed and 29 wounded last month in attacks from "
     "the Ukrainian side, and accused the Ukrainian forces of heavy-weapons fire (-> Shelling/artillery/missile attack; "
     "civilians and fighters together -> actor2 empty; last month -> 1 July, precision 3; a party's assertion -> claimed)"),
    (AW109, "اتفاق وقف إطلاق النار الذي تم التوصل إليه في فبراير", "بشأن تطبيق اتفاق وقف إطلاق النار الذي تم التوصل إليه في فبراير",
     SD, "Agreement", "Government of Ukraine", NAF, "Minsk", "BY", "2015-02-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the ceasefire agreement reached in February (Minsk talks context; February -> 1 February, precision 3), "
     "repeatedly violated, as the spent alriyadh-1639 'Minsk 2' row. Not coded: the resumption of the Minsk talks "
     "(diplomatic), Crimea's annexation 'last year' (more than 12 months before the DCT), the German MPs' planned trip to "
     "Crimea and the Ukrainian SBU's three-year travel ban on ten French MPs (sanctions/diplomatic)"),
    (EQ302, "طالب الرئيس اليمني", "طالب الرئيس اليمني عبدربه منصور هادي الميليشيات الحوثية وقوات صالح باحترام الهدنة",
     "Statement", "", "Government of Yemen", HOU, "", "YE", "2015-07-26", "2", "", "",
     "Saba (official Yemeni news agency) via Al Eqtisadiya", "reported",
     "the title's news: President Hadi demanded that the Houthi militias and Saleh's forces respect the humanitarian "
     "truce that came into force 'at midnight last night' (DCT Monday 27 July -> the night of 26/27 July) (an official "
     "declaration about the armed conflict, a ceasefire, that is the article's news -> Statement, as the spent aawsat-91 "
     "truce row; the demand is reported with his meeting 'yesterday in Riyadh' with the UN envoy but not clearly placed "
     "there -> location empty, YE; 26 July, precision 2). Borderline: alternative no row (a call, not a declaration). Not "
     "coded: the meeting with Ismail Ould Cheikh Ahmed (diplomatic), the invitation to visit Aden"),
    (EQ302, "تمكن المقاومة الشعبية وقوات الجيش الموالية للشرعية تحريرها", "بعد تمكن المقاومة الشعبية وقوات الجيش الموالية للشرعية تحريرها من الميليشيات",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-27", "3", "", "",
     "President Hadi via Saba (Al Eqtisadiya)", "reported",
     "background: the popular resistance and the army units loyal to legitimacy liberated Aden governorate from the rebel "
     "militias (no date in the text -> DCT, precision 3, as the spent alwatan-2160 undated Aden background row; army units "
     "in the note). Borderline: alternative not coded (undated)"),
    (YM1227, "ووقع الهجوم في منطقة واردوج الخميس", "ووقع الهجوم في منطقة واردوج الخميس، وقتل عضوان من قوات الأمن",
     BAT, CLASH, TAL, AFG, "Warduj, Badakhshan", "AF", "2015-07-23", "1", "23", "at_least",
     "Badakhshan deputy governor Gul Mohammad Bedar; Taliban claim", "reported",
     "the title's news: about a hundred Taliban fighters attacked several security posts in Warduj district, Badakhshan "
     "province; the attack came on Thursday (DCT Sunday 26 July -> 23 July), two days of fierce fighting; 2 security men "
     "and at least 21 insurgents, mostly foreigners, killed (2 + 21 at least -> 23 at_least), 13 insurgents and 5 soldiers "
     "wounded; folded: the arrest of the local Taliban commander Qari Zabihullah (captured in the fighting; alternative an "
     "Arrests row) and the Taliban's claim that a security post fell to them and many policemen were killed (alternative a "
     "claimed Non-state actor overtakes territory row); security forces, soldiers and police -> Military Forces of "
     "Afghanistan"),
    (YM1227, "شنت قوات الأمن الأفغانية عملية عسكرية", "بعد أن شنت قوات الأمن الأفغانية عملية عسكرية أعقبتها غارة جوية أمس الجمعة",
     BAT, CLASH, AFG, TAL, "Almar, Faryab", "AF", "2015-07-24", "1", "18", "at_least",
     "Faryab deputy governor Abdul Sattar Bariz", "reported",
     "meanwhile at least 18 insurgents were killed and nine wounded in Faryab province after the Afghan security forces "
     "launched a military operation in Almar district on Friday morning (DCT Sunday 26 July -> Friday 24 July), followed by "
     "an air strike, still going on (the air strike folded into the operation, one battle; two Taliban shadow-government "
     "members for the Shirin Tagab and Kohistan districts among the dead; insurgents -> Taliban). Not coded: the Taliban "
     "summer offensive since late April across the country (generic, no place or count; alternative an aggregate row)"),
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
