"""Bookkeeping helper for annotator B of the events59 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events56/second/make_b.py.
Run: python3 /work/fresh/cur38/events59/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 59 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2894/2895, drawn at the start of stop 38, main 5cbb360, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2894).shuffle, walked in order; (b) 10 with no text filter: random.Random(2895).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 2, aljazirah 2, almadina 2, alriyadh 1, alwatan 1, alweeam 1, 3alyoum 1; b: aleqtisadiya 3, alriyadh 3, alyaum 1, okaz 1, aawsat 1, almadina 1).
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
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUI = "Suicide bomb"
ATT = "Attack"
PWI = "Protest with intervention"
ARR = "Arrests"
UAG = "Unidentified armed group"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MTR = "Military Forces of Turkey"
MIQ = "Military Forces of Iraq"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
RY827 = "SN-alriyadh-20150807-827"
WT908 = "SN-alwatan-20150723-908"
JZ339 = "SN-aljazirah-20150809-339"
WM2044 = "SN-alweeam-20150721-2044"
MD627 = "SN-almadina-20150726-627"
AW334 = "SN-aawsat-20150806-334"
AY79 = "SN-3alyoum-20150804-79"
RY738 = "SN-alriyadh-20150810-738"
JZSRC = "local sources (via Al Jazirah)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RY827, "حادث التفجير", "دان مجلس علماء باكستان حادث التفجير الذي استهدف مسجد مقر قوات الطوارئ",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Riyadh", "reported",
     "background, the occasion of the article's news (the Pakistan Ulema Council's condemnation): the bombing that "
     "targeted the mosque of the Emergency Forces headquarters in the Asir region 'yesterday' (DCT Friday 7 August -> "
     "6 August, precision 1) while a group of Special Emergency Forces members were at noon prayer, killing and wounding "
     "'many' worshippers (the later 'للهجوم بمسجد قوات الطوارئ في عسير' is the same event -> one row; only 'التفجير', "
     "no suicide stated -> Remote explosive/landmine/IED, as the spent okaz-1401 and almadina-613 Asir rows; no "
     "perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; 'العديد' -> "
     "fatalities empty; 'بمنقطة عسير' -> 'Asir'). Not coded: the council's condemnation and call for a unified Islamic "
     "strategy (statements)"),
    (WT908, "فجر نفسه في مسجد الإمام الصادق", "الانتحاري السعودي الذي فجر نفسه في مسجد الإمام الصادق في الكويت",
     ERV, SUI, UAG, "Civilians (Kuwait)", "Kuwait City", "KW", "2015-07-23", "3", "", "",
     "Al Watan (columnist)", "reported",
     "background, in an opinion column on sectarianism: the Saudi suicide bomber who blew himself up in the Imam "
     "al-Sadiq mosque in Kuwait, 'the blood of Shiite worshippers shed in Kuwait' (the later mention is the same event "
     "-> one row; 'فجر نفسه' -> Suicide bomb; the column names no group for the attack (ISIS only as a generic product "
     "of the sectarian discourse) -> Unidentified armed group, alternative Islamic State as the spent rows whose texts "
     "framed it so; worshippers -> Civilians (Kuwait); 'في الكويت' -> 'Kuwait City', as the adjudicated spent "
     "events45/49 rows; no temporal word in the column -> DCT, precision 3, as the spent undated column rows (the real "
     "date, 26 June, is not in the text); no toll). Not coded: 'the bombing of Shiite mosques in Saudi Arabia' and "
     "'the bombing of Sunni mosques in Iraq' (generic, no place or date), the 'decision to execute 7,000 Sunnis in "
     "Iraq' (not an event), the Mossad report (commentary)"),
    (JZ339, "من السيطرة على مبنى ديوان محافظة الضالع", "تمكنت أمس السبت من السيطرة على مبنى ديوان محافظة الضالع بمدينة",
     BAT, GRT, YR, HOU, "Sanah, Ad Dali", "YE", "2015-08-08", "1", "", "",
     JZSRC, "reported",
     "the title's news: the popular resistance in south Yemen took the last strongholds of the Houthi militias and their "
     "allied forces in al-Dhale governorate; local sources: 'yesterday Saturday' (DCT Sunday 9 August -> 8 August) it "
     "took the governorate's office building in the town of Sanah after violent battles with the Houthis and their "
     "allies (the title's 'completes control of al-Dhale governorate', the lead's 'last strongholds' and the battles "
     "are folded into the captures of that day; one location per row -> Qatabah and the Special Security Forces camp "
     "have their own rows; popular resistance -> Yemeni Resistance, Houthis and allied forces -> Houthis; town + "
     "governorate -> 'Sanah, Ad Dali', as the spent events29 row)"),
    (JZ339, "كما سيطرت على مدينة «قعطبة»", "كما سيطرت على مدينة «قعطبة» في نفس المحافظة",
     BAT, GRT, YR, HOU, "Qatabah, Ad Dali", "YE", "2015-08-08", "1", "", "",
     JZSRC, "reported",
     "same sentence, 'yesterday Saturday' (8 August): the resistance also took the town of Qatabah in the same "
     "governorate after violent battles (a differently named place -> own row, as the spent Sadda/Hazm al-Udayn rows; "
     "'Qatabah, Ad Dali')"),
    (JZ339, "وكذا معسكر قوات الأمن الخاصة", "وكذا معسكر قوات الأمن الخاصة، بعد معارك عنيفة",
     BAT, GRT, YR, HOU, "Special Security Forces Camp, Ad Dali", "YE", "2015-08-08", "1", "", "",
     JZSRC, "reported",
     "same sentence, 8 August: the resistance also took the camp of the Special Security Forces (in al-Dhale "
     "governorate, the sentence's subject; a third named place -> own row; alternative folded into the Sanah row, the "
     "governorate seat; 'Special Security Forces Camp, Ad Dali')"),
    (JZ339, "سيطرت الجمعة الماضي على معسكر", "وكانت المقاومة الشعبية سيطرت الجمعة الماضي على معسكر «الصدرين»",
     BAT, GRT, YR, HOU, "Al Sadrain Camp, Jabal Murays", "YE", "2015-08-07", "1", "", "",
     JZSRC, "reported",
     "'last Friday' (DCT Sunday 9 August -> 7 August, precision 1) the popular resistance took the strategic "
     "al-Sadrain camp on Jabal Murays (al-Dhale governorate), so completing its control of the governorate ('لتكون "
     "بذلك قد أحكمت سيطرتها' folded; camp + mountain -> 'Al Sadrain Camp, Jabal Murays')"),
    (JZ339, "عملية تطهير الجيوب المتبقية للحوثيين", "تواصل المقاومة الشعبية عملية تطهير الجيوب المتبقية للحوثيين في محافظة لحج",
     BAT, CLASH, YR, HOU, "Lahij", "YE", "2015-08-09", "2", "", "",
     "Al Jazirah", "reported",
     "borderline: the popular resistance continues the operation to clear the remaining Houthi pockets in Lahj "
     "governorate, including the minefields they planted in several areas (an ongoing operation against enemy pockets "
     "-> Armed clash, as the spent 'advancing in Abyan' rows; no fighting described -> alternative not coded; the "
     "minefield clearing folded, alternative its own Strategic developments/Disrupted weapons use row; ongoing, no day "
     "-> DCT, precision 2; governorate only -> 'Lahij', the spent spelling)"),
    (JZ339, "جبهتي «العلم", "وكانت المعارك ما تزال مستمرة حتى مساء السبت في جبهتي «العلم وزنجبار»",
     BAT, CLASH, YR, HOU, "Al Alam, Abyan", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "other resistance forces began a wide military operation to 'liberate' Abyan governorate and 'yesterday Saturday' "
     "(8 August) launched a big attack from several fronts on the Houthi militias and allied forces; the battles were "
     "still going on until Saturday evening on the al-Alam and Zinjibar fronts (no capture stated -> Armed clash; one "
     "location per row -> this row the al-Alam front, Zinjibar its own row; the attack 'هجوماً كبيراً' folded into the "
     "two front rows, alternative one row 'Abyan'; the coalition air cover and warship shelling have their own rows)"),
    (JZ339, "وزنجبار", "جبهتي «العلم وزنجبار»",
     BAT, CLASH, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "same attack: the battles on the Zinjibar front until Saturday evening (8 August) (second named front -> own row; "
     "'Zinjibar, Abyan' as the spent rows)"),
    (JZ339, "غطاء جوي كثيف", "بالتزامن مع غطاء جوي كثيف من قبل طائرات",
     ERV, AIR, SLC, HOU, "Abyan", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "the Abyan attack of Saturday 8 August went with dense air cover by the aircraft of the Arab coalition led by the "
     "Kingdom; the later 'the air raids also targeted Houthi positions in scattered parts of Abyan governorate' "
     "(Saturday's raid list) is the same -> one row (no place below the governorate -> 'Abyan'; no toll)"),
    (JZ339, "قصف مركز من السفن الحربية", "وقصف مركز من السفن الحربية التابعة لقوات التحالف العربي",
     ERV, SHELL, SLC, HOU, "Abyan", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "same attack: concentrated shelling from the warships of the Arab coalition forces (naval fire, another means "
     "than the air cover -> own Shelling/artillery/missile attack row; alternative folded into the air row; 'Abyan', "
     "8 August)"),
    (JZ339, "جراء انفجار «ألغام» أرضية", "سقطوا بين قتيل وجريح خلال اليومين الماضيين جراء انفجار «ألغام» أرضية",
     ERV, IED, HOU, "Civilians (Yemen)", "Lahij", "YE", "2015-08-08", "2", "", "",
     "local sources in Lahj (via Al Jazirah)", "reported",
     "local sources in Lahj governorate: dozens of citizens were killed or wounded 'during the past two days' by the "
     "explosion of landmines planted by the Houthis in scattered areas of the governorate before they left it "
     "(landmines -> Remote explosive/landmine/IED, planter -> actor1 Houthis, as the spent events18/22 landmine rows; "
     "citizens -> Civilians (Yemen); 'عشرات ... بين قتيل وجريح' -> fatalities empty; the past two days, DCT Sunday 9 "
     "August -> 8 August, precision 2; scattered areas -> 'Lahij')"),
    (JZ339, "كتاف", "في مناطق كتاف ورحبان ومناطق أخرى من محافظة صعده",
     ERV, AIR, SLC, HOU, "Kitaf, Saada", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "the Arab coalition's aircraft 'yesterday Saturday' (8 August) launched a series of air raids on positions of the "
     "Houthi militias and their allied forces in the areas of Kataf and Rahban and other areas of Saada governorate, "
     "Midi district of Hajjah, the Special Security Forces camp and several military sites in Ibb, and al-Hazm district "
     "of al-Jawf (one location per row, as the spent raid lists: this row Kitaf, spelled as the spent events34 'Kitaf, "
     "Saada'; 'other areas of Saada' folded here; no toll)"),
    (JZ339, "ورحبان", "في مناطق كتاف ورحبان ومناطق أخرى",
     ERV, AIR, SLC, HOU, "Rahban, Saada", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "same raid list, Saturday 8 August: Rahban, Saada governorate (own row)"),
    (JZ339, "«ميدي»", "ومديرية «ميدي» بمحافظة حجة",
     ERV, AIR, SLC, HOU, "Midi, Hajjah", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "same raid list, Saturday 8 August: Midi district, Hajjah governorate (own row; district, governorate)"),
    (JZ339, "ومعسكر قوات الأمن الخاصة وعدة مواقع عسكرية", "ومعسكر قوات الأمن الخاصة وعدة مواقع عسكرية في محافظة إب",
     ERV, AIR, SLC, HOU, "Special Security Forces Camp, Ibb", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "same raid list, Saturday 8 August: the Special Security Forces camp and several military sites in Ibb governorate "
     "(one row for the governorate; the named camp -> 'Special Security Forces Camp, Ibb', as the spent 'Al Hamza Camp, "
     "Ibb'; the unnamed sites folded)"),
    (JZ339, "«الحزم»", "ومديرية «الحزم» بمحافظة الجوف",
     ERV, AIR, SLC, HOU, "Al Hazm, Al Jawf", "YE", "2015-08-08", "1", "", "",
     "Al Jazirah", "reported",
     "same raid list, Saturday 8 August: al-Hazm district, al-Jawf governorate (own row). The list's last item, Abyan, "
     "is folded into the Abyan air-cover row"),
    (JZ339, "في هجوم استهدف نقطة تفتيش لهم", "قُتِل اثنان من المسلحين الحوثيين وأصيب آخرون في هجوم استهدف نقطة تفتيش لهم",
     BAT, CLASH, UAG, HOU, "Arhab", "YE", "2015-08-08", "2", "2", "exact",
     "Al Jazirah", "reported",
     "two Houthi gunmen were killed and others wounded in an attack that targeted one of their checkpoints in Arhab "
     "district north of Sanaa (attack on armed men at a checkpoint -> Armed clash, as the spent aawsat-157 checkpoint "
     "row; attackers not named -> Unidentified armed group, alternative Yemeni Resistance; 'اثنان' -> 2 exact; no day of "
     "its own in the round-up of 'yesterday Saturday' -> 8 August, precision 2; district only -> 'Arhab')"),
    (WM2044, "في المواجهات المسلحة الجارية", "لقي العشرات من عناصر تنظيم داعش الإرهابي مصرعهم في المواجهات المسلحة الجارية",
     BAT, CLASH, MIQ, IS, "Ramadi", "IQ", "2015-07-21", "2", "", "",
     "Ghassan al-Ithawi, commander of the Anbar tribal fighters (via Al Weeam)", "reported",
     "the title's news: dozens of ISIS members were killed in the ongoing armed confrontations in Anbar governorate "
     "'during the last few hours'; the commander of the Anbar tribal fighters told journalists 'today' that dozens were "
     "killed in the operations to clear Ramadi, going on for more than a week, and that the Iraqi joint forces are "
     "advancing towards the Albu Aitha area and the Anbar Jazira near Ramadi centre (one ongoing battle -> one row, the "
     "advance folded; joint forces -> Military Forces of Iraq, the tribal fighters in this note; 'العشرات' -> "
     "fatalities empty; ongoing -> DCT, precision 2; the clearing of Ramadi -> 'Ramadi'; stated as fact in the lead -> "
     "reported). Not coded: the engineers dismantling IEDs and booby-trapped houses in the Jazira (clearance, as the "
     "spent events53 Anbar note)"),
    (WM2044, "بقصف مدفعي", "مقتل سبعة من قادة تنظيم داعش بقصف مدفعي استهدف موكب للسيارات",
     ERV, SHELL, MIQ, IS, "Nazal, Fallujah", "IQ", "2015-07-21", "2", "7", "exact",
     "a source in the Anbar Operations Command (via Al Weeam)", "claimed",
     "a source in the Anbar Operations Command announced 'today' the killing of seven ISIS leaders by artillery shelling "
     "that targeted a convoy of cars they were riding in the Nazal neighbourhood in central Fallujah (the shelling side "
     "unnamed but announced by the command -> Military Forces of Iraq; 'سبعة' -> 7 exact; the announcement is today, "
     "the shelling has no day -> DCT, precision 2; the striking party's statement only -> claimed, as the spent War "
     "Media Cell rows; 'حي نزال وسط مدينة الفلوجة' -> 'Nazal, Fallujah')"),
    (MD627, "غارات جوية على مواقع لتنظيم داعش الارهابي في سوريا", "وشنت مقاتلات تركية السبت غارات جوية على مواقع لتنظيم داعش الارهابي في سوريا",
     ERV, AIR, MTR, IS, "", "SY", "2015-07-25", "1", "", "",
     "Al Madina (AFP); Turkish PM Ahmet Davutoglu", "reported",
     "the title's news (DCT Sunday 26 July): Turkish fighter jets launched air raids 'on Saturday' (25 July) on ISIS "
     "positions in Syria; Davutoglu announced that the Turkish army struck ISIS in Syria and the PKK in northern Iraq on "
     "Saturday with air raids and artillery, and that 'air and ground operations are under way' (two named targets in "
     "two countries -> two rows, as the spent events34 and events37 pairs; this row ISIS/Syria; folded: the PM's office "
     "statement that the air operations against ISIS continued, and CNN Turk's and NTV's 'second series' of F-16 raids "
     "from Diyarbakir on the extremists in Syria (no day of its own); the lead's artillery is not placed for Syria -> "
     "folded, alternative a Shelling row; no place in Syria -> location empty; stated as fact by the outlet -> "
     "reported). Not coded: Davutoglu's orders for a third series (planned, generic), the Turkish jets flying over "
     "Qandil without striking, Barzani's call to stop the bombing (diplomatic), the PKK's statement that the truce has "
     "lost its meaning (a statement that is not the article's news), Assad's amnesty decree (legal)"),
    (MD627, "حملة قصف لمخيمات لناشطي حزب العمال الكردستاني", "وبدأت حملة قصف لمخيمات لناشطي حزب العمال الكردستاني في شمال العراق",
     ERV, AIR, MTR, PKK, "", "IQ", "2015-07-24", "2", "", "",
     "Al Madina (AFP); Turkish Prime Minister's office (statement)", "reported",
     "the second target: Turkish jets began a bombing campaign on the camps of PKK militants in northern Iraq; the PM's "
     "office: the Turkish fighters struck 7 PKK targets in its rear bases in northern Iraq 'in the night of Friday to "
     "Saturday'; confirmed by the PKK military wing's media official Bakhtiar Dogan ('our positions in the border "
     "strip') (the lead's Saturday strikes on the PKK and the night's 7 targets read as one campaign start -> one row; "
     "night of 24-25 July -> 24 July, precision 2, as the spent events34 row of the same night; northern Iraq, no "
     "place (Duhok is named only as a site of PKK camps) -> location empty, IQ)"),
    (MD627, "قصف مكثف للمدفعية", "مواقعنا في الشريط الحدودي مع قصف مكثف للمدفعية",
     ERV, SHELL, MTR, PKK, "", "IQ", "2015-07-25", "2", "", "",
     "Bakhtiar Dogan, PKK military wing media official; Turkish PM Ahmet Davutoglu (via Al Madina)", "reported",
     "the lead's artillery shelling 'on Saturday', which the PKK's Bakhtiar Dogan confirms as 'intensive artillery "
     "shelling' with the air strikes on 'our positions in the border strip' (another means than the air strikes -> own "
     "row, as the spent events34 ground-forces rows; alternative folded into the Iraq air row; the border strip of the "
     "PKK's northern Iraq bases -> IQ, location empty; Saturday, with the night strikes -> 25 July, precision 2; stated "
     "by both the striking and the struck party -> reported)"),
    (MD627, "اعتقلت منذ الجمعة", "ان الشرطة التركية اعتقلت منذ الجمعة في جميع انحاء تركيا 590 شخصا",
     SD, ARR, "Police Forces of Turkey", "", "", "TR", "2015-07-24", "2", "", "",
     "Turkish PM Ahmet Davutoglu (via Al Madina)", "reported",
     "Davutoglu: since Friday the Turkish police have arrested 590 people across Turkey accused of links to ISIS or the "
     "PKK, 'because they pose a potential threat' (the later 'the police carried out a campaign of arrests' in the "
     "outlet's own voice is the same operation -> one row, reported, as the adjudicated spent events38 'about 300' row; "
     "two groups named -> actor2 empty; 'since Friday' -> 24 July, precision 2; 'all over Turkey' -> location empty)"),
    (MD627, "بشن اولى غاراتها الجوية", "بشن اولى غاراتها الجوية على مواقع له في سوريا فجر الجمعة",
     ERV, AIR, MTR, IS, "", "SY", "2015-07-24", "1", "", "",
     "Al Madina (AFP)", "reported",
     "background: Ankara entered the military campaign against ISIS by launching its first air raids on its positions "
     "in Syria 'at dawn on Friday' (DCT Sunday 26 July -> 24 July, precision 1, as the spent events34/38 rows of the "
     "same raids; no place in Syria -> location empty)"),
    (MD627, "قتل شرطيين تركيين", "بعد تبني حزب العمال الاربعاء قتل شرطيين تركيين عثر على جثتيهما قرب الحدود السورية",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-07-22", "2", "2", "exact",
     "Al Madina (AFP)", "reported",
     "background: the PKK claimed 'on Wednesday' (22 July) the killing of two Turkish policemen whose bodies were found "
     "near the Syrian border, in response to Monday's Suruc bombing (the killing is stated as fact, the PKK's claim "
     "gives the perpetrator -> PKK, reported; attack on police -> Battles/Armed clash, as the spent attacks on Turkish "
     "police, alternative VAC/Attack as the bodies were found; the killing day is not given, only the claim day -> 22 "
     "July, precision 2; 'near the Syrian border', no place -> location empty; 'شرطيين' -> 2 exact)"),
    (MD627, "هجوم انتحاري دموي", "ردا على هجوم انتحاري دموي وقع الاثنين في مدينة سوروتش التركية",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Al Madina (AFP); Turkish officials", "reported",
     "background: the bloody suicide attack 'on Monday' (DCT Sunday 26 July -> 20 July) in the Turkish town of Suruc "
     "that targeted leftist activists supporting the Kurdish cause; Turkish officials accused ISIS of the bombing, which "
     "killed 32 (the later 'التفجير' is the same event -> one row; the accusation -> Islamic State, as the spent Suruc "
     "rows; activists -> Civilians (Turkey); 32 exact). Not coded: 'a week of violence in which people were killed', "
     "blamed on both groups (generic; its parts have their own rows)"),
    (AW334, "نظم أنصار القذافي مظاهرة نادرة", "إلى ذلك، نظم أنصار القذافي مظاهرة نادرة في مدينة بنغازي",
     PRO, PWI, "Protesters (Libya)", UAG, "Benghazi", "LY", "2015-08-06", "2", "", "",
     "Asharq Al-Awsat (residents)", "reported",
     "Gaddafi's supporters held a rare demonstration in the city of Benghazi, chanting 'Muammar.. Muammar', carrying "
     "his pictures and demanding the release of his son Saif al-Islam, but dispersed after opponents opened fire and "
     "pelted them with stones; apparently no one of the dozens of supporters was hurt; residents: the first demonstration "
     "of Gaddafi's supporters in the city since 2011 (the dispersal by gunfire and stones with no injury -> Protest "
     "with intervention, as the spent events53 Fallujah row; the armed opponents are not named -> Unidentified armed "
     "group, alternative Rioters (Libya) or Riots/Mob violence; no day in the paragraph -> DCT, precision 2). Not coded: "
     "the torture of al-Saadi Gaddafi and other inmates of al-Hadba prison shown in a leaked video (abuse in detention, "
     "no date, as 'prison conditions'; alternative VAC/Attack, Tripoli), the rights group's demands, the Tripoli justice "
     "ministry's and judicial council's statements, the death sentence in absentia on Saif al-Islam 'last week' and the "
     "trials (legal), Gaddafi's overthrow and killing in 2011 (too old)"),
    (AY79, "هجوم نفذته حركة طالبان على مدرسة", "إثر هجوم نفذته حركة طالبان على مدرسة في بيشاور",
     VAC, ATT, "TTP: Tehreek-i-Taliban Pakistan", "Civilians (Pakistan)", "Peshawar", "PK", "2014-12-16", "1", "154", "exact",
     "Ain Alyoum (AFP)", "reported",
     "background (the news is the hanging of Shafqat Hussain in Karachi 'this morning', a judicial execution -> not "
     "coded, legal): Pakistan partly lifted its 2008 moratorium on executions after an attack carried out by the "
     "Taliban on a school in Peshawar (north-west) that killed 154 'on 16 December last' (DCT 4 August 2015 -> 16 "
     "December 2014, precision 1, within 12 months; an attack on a school, no means stated -> VAC/Attack, alternative "
     "Battles or Suicide bomb; the Pakistani Taliban movement -> 'TTP: Tehreek-i-Taliban Pakistan', alternative "
     "'Taliban'; 154 exact). Not coded: the child murder of 2004 (too old, ordinary crime), the full lifting of the "
     "moratorium in March and the EU's call (legal, diplomatic)"),
    # ---- set b (no text filter) ----
    (RY738, "استعادة عدن", "إذ استطاعت المقاومة الشعبية استعادة عدن وغيرها من المدن الإستراتيجية",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-10", "3", "", "",
     "German Foreign Minister Frank-Walter Steinmeier (via Al Riyadh)", "reported",
     "background (the news is al-Jubeir's and Steinmeier's press conference in Berlin 'today'): Steinmeier welcomed the "
     "military operations against the Houthis and their allied forces, as the popular resistance was able to retake "
     "Aden and other strategic cities (the recapture of Aden -> Government regains territory, as the spent undated Aden "
     "rows; 'other strategic cities' unnamed -> folded; no day -> DCT, precision 3). Not coded: the Saudi and coalition "
     "intervention at Hadi's request (generic), Iran's interference in Syria, Iraq, Yemen and Bahrain (generic), the "
     "Raif Badawi case (legal), Steinmeier's planned visit (diplomatic)"),
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
