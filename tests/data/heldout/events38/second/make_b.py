"""Bookkeeping helper for annotator B of the events38 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied (programmatically) from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur31/events38/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 38 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py ("This set: events38, seeds 2824 / 2825, drawn at the start of stop 31 (main 88152d2), 2026-11-27."). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2824).shuffle, walked in order; (b) 10 with no text filter: random.Random(2825).shuffle, walked in order, >=3 sources (got, by source, a: okaz 3, alwatan 2, aleqtisadiya 2, 3alyoum 1, alyaum 1, aawsat 1; b: alyaum 4, alweeam 2, alriyadh 1, okaz 1, sabq 1, aljazirah 1).
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
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
ATT = "Attack"
ARR = "Arrests"
CLASH = "Armed clash"
GRT = "Government regains territory"
UAG = "Unidentified armed group"
ISIS = "Islamic State"
MFS = "Military Forces of Syria"
REB = "Syrian rebels"
MFI = "Military Forces of Iraq"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
PFSA = "Police Forces of Saudi Arabia"
CSY = "Civilians (Syria)"
GC = "Global Coalition Against Daesh"
AY218 = "SN-3alyoum-20150731-218"
AW118 = "SN-aawsat-20150811-118"
JZ506 = "SN-aljazirah-20150802-506"
WT1660 = "SN-alwatan-20150724-1660"
WT1105 = "SN-alwatan-20150807-1105"
YM1686 = "SN-alyaum-20150722-1686"
OK1437 = "SN-okaz-20150725-1437"
OK1244 = "SN-okaz-20150808-1244"
WT_SRC = "Al Watan"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WT1660, "هجوماً واسعاً", "بدأت تشكيلات الجبهة الجنوبية هجوماً واسعاً على مراكز قوات النظام في مدينة درعا",
     BAT, CLASH, REB, MFS, "Daraa", "SY", "2015-07-24", "2", "", "", WT_SRC, "reported",
     "'on the ground' (no day in the text; a field round-up of a DCT Friday 24 July report -> DCT, precision 2): the "
     "Southern Front formations began a wide attack on the regime forces' positions in Daraa city, in the 'Southern "
     "Storm' battle to take the districts of Daraa still held by the regime (Southern Front -> Syrian rebels; regime "
     "forces -> Military Forces of Syria; no toll). The regime's raid on Tariq al-Sad in Daraa city is its own row "
     "(another actor, a named district). Not coded: the Jordanian FM's meeting with the Syrian opposition committee, "
     "de Mistura's visit to Damascus and his planned briefing to the Security Council (diplomacy)"),
    (WT1660, "بصواريخ من طراز جراد", "مراكز عسكرية في مدينة اللاذقية بصواريخ من طراز جراد",
     ERV, SHELL, REB, MFS, "Latakia", "SY", "2015-07-24", "2", "", "", WT_SRC, "reported",
     "the First Coastal Division of the Free Syrian Army targeted military positions in Latakia city with Grad rockets "
     "(FSA -> Syrian rebels; military positions -> Military Forces of Syria; same round-up, DCT, precision 2)"),
    (WT1660, "لغارات جوية عنيفة", "تعرضت مدينة الباب بريف حلب لغارات جوية عنيفة من قبل طيران الأسد",
     ERV, AIR, MFS, "", "Al Bab, Aleppo", "SY", "2015-07-24", "2", "", "", WT_SRC, "reported",
     "the town of al-Bab in the Aleppo countryside came under violent air raids by Assad's aviation (no target or victims "
     "stated -> actor2 empty, alternative Islamic State (al-Bab's holder, not in the text) or Civilians (Syria); same "
     "round-up, DCT, precision 2)"),
    (WT1660, "قصفت قوات النظام مناطق سكنية", "مدينة تلبيسة بريف حمص الشمالي التي قصفت قوات النظام مناطق سكنية فيها",
     ERV, SHELL, MFS, CSY, "Talbiseh, Homs", "SY", "2015-07-24", "2", "", "", WT_SRC, "reported",
     "the regime forces shelled residential areas of Talbiseh in the northern Homs countryside (residential areas -> "
     "Civilians (Syria); same round-up, DCT, precision 2)"),
    (WT1660, "وزبدين", "إضافة إلى استهدافها عدة بلدات في الريف الشرقي لدمشق وزبدين ودير العصافير",
     ERV, SHELL, MFS, "", "Zebdin", "SY", "2015-07-24", "2", "", "", WT_SRC, "reported",
     "the regime forces also targeted several towns in the eastern countryside of Damascus and Zebdin and Deir al-Asafir "
     "(continuation of the Talbiseh shelling sentence -> shelling; one location per row -> Zebdin and Deir al-Asafir "
     "separate rows, the unnamed 'several towns' folded into them; no target stated -> actor2 empty, alternative "
     "Civilians (Syria); same round-up, DCT, precision 2)"),
    (WT1660, "ودير العصافير", "الريف الشرقي لدمشق وزبدين ودير العصافير",
     ERV, SHELL, MFS, "", "Deir al-Asafir", "SY", "2015-07-24", "2", "", "", WT_SRC, "reported",
     "second named place of the same sentence as Zebdin: Deir al-Asafir, eastern Damascus countryside (one location per "
     "row)"),
    (WT1660, "الغارة التاسعة", "نفذ الطيران الحربي الغارة التاسعة على مناطق في بلدة اليادودة",
     ERV, AIR, MFS, "", "Al Yadudah", "SY", "2015-07-24", "2", "", "", WT_SRC, "reported",
     "the warplanes carried out the ninth raid on areas of the town of al-Yadudah, 'with reports of dead and wounded' "
     "(vague -> fatalities empty; the nine raids of the day folded into one row; the regime's aviation ('طيران الأسد' in "
     "the same paragraph) -> Military Forces of Syria; victims not characterised -> actor2 empty, alternative Civilians "
     "(Syria); same round-up, DCT, precision 2)"),
    (WT1660, "حي طريق السد", "كما نفذ غارة على مناطق في أطراف حي طريق السد بمدينة درعا",
     ERV, AIR, MFS, "", "Tariq al-Sad, Daraa", "SY", "2015-07-24", "2", "", "", WT_SRC, "reported",
     "the warplanes also struck areas on the edge of the Tariq al-Sad district of Daraa city, 'raising their number to 12 "
     "raids' (a named district, another actor than the Southern Front's attack -> own row, alternative folded into the "
     "Daraa battle row; no toll; same round-up, DCT, precision 2)"),
    (WT1660, "البراميل المتفجرة", "وألقى الطيران المروحي مزيدا من البراميل المتفجرة على مناطق في بلدة تل شهاب",
     ERV, AIR, MFS, "", "Tal Shihab", "SY", "2015-07-24", "2", "", "", WT_SRC, "reported",
     "the helicopters dropped more barrel bombs on areas of the town of Tal Shihab, with no reports of casualties "
     "(barrel bombs from helicopters -> Air/drone strike, as the spent almadina-483 row; same round-up, DCT, precision 2)"),
    (WT1660, "محاولاتها للتقدم", "تستمر ميليشيات حزب الله في محاولاتها للتقدم من دون أن تحقق أي نجاح",
     BAT, CLASH, "Hezbollah", REB, "Zabadani", "SY", "2015-07-24", "2", "", "", WT_SRC, "reported",
     "in Zabadani Assad's aviation resumed its violent bombardment of the city while the Hezbollah militias continue "
     "their attempts to advance without any success (ongoing battle -> one row, the air bombardment of the same place "
     "folded as a sub-action, alternative its own Air/drone strike row; the town's defenders are not named -> Syrian "
     "rebels, as the spent aawsat-107 Zabadani rows; present tense, no day -> DCT, precision 2)"),
    (OK1437, "قصفت طائرات حربية تركية", "للمرة الأولى قصفت طائرات حربية تركية أهدافا لتنظيم داعش في سوريا أمس",
     ERV, AIR, MFT, ISIS, "", "SY", "2015-07-24", "1", "", "",
     "Erdogan's office (statement); Okaz", "reported",
     "the title's news: 'yesterday' (DCT Saturday 25 July -> 24 July), for the first time, Turkish warplanes struck ISIS "
     "targets in Syria: three F-16s hit two headquarters and a gathering point of the organisation before returning to "
     "base (one sortie, one row; no place in Syria named -> location empty, SY). Not coded: the opening of Incirlik "
     "to US aircraft and the no-fly zone agreement (inter-state access decision, as the spent Incirlik rows), "
     "Erdogan's promise of more decisive measures against the Kurds (statement), the official's 'not the start of a "
     "military campaign' (commentary)"),
    (OK1437, "اعتقلت قرابة 300 شخص", "إن الشرطة اعتقلت قرابة 300 شخص في حملات أمس",
     SD, ARR, PFT, "", "", "TR", "2015-07-24", "1", "", "",
     "Turkish Prime Minister Ahmet Davutoglu; local media (CNN Turk, NTV)", "reported",
     "'yesterday' (DCT 25 July -> 24 July) the police arrested nearly 300 people in raids on suspected ISIS members and "
     "Kurdish militants (two groups -> actor2 empty, as the spent alriyadh-676 aggregate); helicopters and more than "
     "5,000 officers took part, and the counter-terrorism police raided more than 100 sites across Istanbul (folded: "
     "the same campaign; the arrests are not placed -> location empty, alternative 'Istanbul'; an official's count of "
     "his own forces' arrests -> reported, alternative claimed)"),
    (AY218, "انتحاريا فجر نفسه", "إن انتحاريا فجر نفسه في سوق مكتظة بمدينة مايدوجوري",
     ERV, SUI, "Boko Haram", "Civilians (Nigeria)", "Maiduguri", "NG", "2015-07-31", "1", "6", "exact",
     "Nigerian National Emergency Management Agency (via Reuters, Ain Alyoum)", "reported",
     "the title's news: 'today Friday' (the DCT, 31 July) a suicide bomber blew himself up in a crowded market in "
     "Maiduguri, north-east Nigeria, killing six and wounding 11 (Reuters count); witnesses: a rickshaw driver set off "
     "an explosive device at the market entrance around 07:30 (same event, folded); no claim, 'bore the hallmarks of "
     "Boko Haram' -> Boko Haram, as the spent aawsat-140 Maiduguri row (alternative Unidentified armed group); market "
     "crowd -> Civilians (Nigeria). Not coded: Boko Haram's control of the market area until late 2013 (more than 12 "
     "months old)"),
    (AY218, "قتل خلالها أكثر من 600 شخص", "سلسلة من التفجيرات وحوادث إطلاق النار التي قتل خلالها أكثر من 600 شخص",
     VAC, ATT, "Boko Haram", "", "", "NG", "2015-05-29", "3", "600", "at_least",
     "Reuters count (via Ain Alyoum)", "reported",
     "aggregate: the Maiduguri attack is the latest in a series of bombings and shootings in which more than 600 people "
     "have been killed in the north of the country since President Buhari was sworn in on 29 May (dated at the stated "
     "start, precision 3; 'أكثر من 600' -> 600 at_least; the series belongs to Boko Haram's campaign in the sentence "
     "before -> Boko Haram, alternative Unidentified armed group; mixed kinds -> Violence against civilians/Attack, as "
     "the spent aawsat-100 '800 killed since 29 May' aggregate; no place -> location empty)"),
    (AW118, "ثماني عمليات هذا العام", "قد نفذوا 11 عملية انتحارية أوقعت عشرات القتلى منها ثماني عمليات هذا العام",
     ERV, SUI, UAG, "", "", "SY", "2015-01-01", "3", "", "",
     "Asharq Al-Awsat (French official figures)", "reported",
     "aggregate (the title's figure): French extremists or residents of France have carried out 11 suicide operations "
     "that killed dozens, eight of them this year (one row for this year's count, dated 1 January 2015, precision 3; "
     "the three earlier ones folded; 'dozens' -> fatalities empty; the French fighters serve in ISIS and the Nusra "
     "Front (two groups named) -> Unidentified armed group, alternative Islamic State; the text places the French "
     "deaths, suicide operations included, in Syria -> SY, alternative IQ; no place -> location empty). Borderline: a "
     "feature of statistics on French jihadists; not coded: the 126 French extremists killed in Syria (a nationality's "
     "toll across many events), the recruitment figures, Sid Ahmed Ghlam's attempted attack on a Villejuif church on "
     "19 April (a foiled plot, no arrest or attack described)"),
    (AW118, "عمليات القصف الجوي منذ عام", "الذي سقطوا في عمليات القصف الجوي منذ عام بـ10 آلاف شخص",
     ERV, AIR, GC, ISIS, "", "SY", "2014-08-11", "3", "10000", "about",
     "the US side (estimate, via Asharq Al-Awsat)", "claimed",
     "aggregate: the Americans estimate the number of ISIS fighters killed in air strikes over the past year at 10,000 "
     "(a year before the DCT 11 August -> 11 August 2014, precision 3; an estimate -> 'about'; the US-led strikes -> "
     "Global Coalition Against Daesh, as the spent coalition rows; one party's estimate of the enemy dead -> claimed; "
     "the campaign covers Syria and Iraq, the article's frame is Syria -> SY, alternative IQ; no place -> location empty)"),
    (AW118, "محاولة التنظيم الاستيلاء على كوباني", "قد قتلوا في محاولة التنظيم الاستيلاء على كوباني (عين العرب)",
     BAT, CLASH, ISIS, "YPG: Peoples Protection Units", "Ain al-Arab", "SY", "2015-08-11", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: hundreds of ISIS fighters were killed in the organisation's attempt to seize Kobani (Ain al-Arab) and "
     "in the later battles with the Kurds in Syria (later battles folded; 'hundreds' -> fatalities empty; the Kurds in "
     "Syria -> YPG, as the spent aleqtisadiya-883 Kobani row; the text gives no date -> DCT, precision 3, alternative "
     "1 September 2014 from the real battle, within 12 months of the DCT)"),
    (WT1105, "المرحلة الثانية من عملية تحرير", "بدأت القوات الأمنية بمشاركة متطوعي العشائر في تنفيذ المرحلة الثانية من عملية تحرير مدينة الرمادي",
     BAT, CLASH, MFI, ISIS, "Ramadi", "IQ", "2015-08-07", "2", "", "",
     "Al Watan; Hikmat Sulaiman, political adviser to the Anbar local government (to Al Watan)", "reported",
     "the title's news: the security forces, with tribal volunteers, began the second phase of the operation to "
     "liberate Ramadi from ISIS; they cut most ISIS supply routes, encircled the city from three axes and fight in its "
     "heart and surroundings (siege and advance folded; security forces -> Military Forces of Iraq, as the spent "
     "Ramadi rows, tribal volunteers in the note; no day -> DCT, precision 2; no toll for the phase). Not coded: the "
     "return of dozens of displaced families to al-Karma (not an event of violence)"),
    (WT1105, "تطهير عدد من المناطق", "أسفرت عن تطهير عدد من المناطق الخاضعة لسيطرة داعش، منها الفحيمي والزاوية",
     BAT, GRT, MFI, ISIS, "Anbar", "IQ", "2015-08-07", "3", "", "",
     "Hikmat Sulaiman, political adviser to the Anbar local government (to Al Watan)", "claimed",
     "background: the first phase of the operation cleared a number of ISIS-held areas, among them al-Fuhaimi and "
     "al-Zawiya, then al-Sakra and al-Rayhana, towards Haditha district (one row for the phase's captures, four named "
     "places in one clause -> the governorate the text names, 'Anbar', alternative one row per place; the first phase "
     "is undated -> DCT, precision 3; the adviser's account -> claimed)"),
    (WT1105, "مقتل 52 عنصرا", "مؤكدا مقتل 52 عنصرا من بينهم اثنان من قياديي داعش",
     BAT, CLASH, MFI, ISIS, "Husaiba, Anbar", "IQ", "2015-08-06", "1", "52", "exact",
     "Hikmat Sulaiman, political adviser to the Anbar local government (to Al Watan)", "claimed",
     "the adviser asserted that 52 ISIS members, two leaders among them, were killed and more than 58 wounded, and nine "
     "arms depots and 22 vehicles destroyed, in military operations carried out 'yesterday' (DCT 7 August -> 6 August) "
     "in the areas of Husaiba, al-Malahma and Albu Alwan (one toll for the three places -> one row at the first named, "
     "alternative one row per place; 'مؤكدا' -> a party's assertion -> claimed; sub-city places of the Ramadi front, "
     "governorate only in the text -> 'Husaiba, Anbar')"),
    (OK1244, "بتفجير مسجد للسنة", "قام تنظيم داعش بتفجير مسجد للسنة داخل مبنى قوات الطوارئ في عسير",
     ERV, SUI, ISIS, PFSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "Okaz (opinion column)", "reported",
     "background (opinion column on who stands behind the suicide bomber): ISIS bombed a Sunni mosque inside the "
     "Emergency Forces building in Asir, after bombing a Shiite mosque in the Eastern Province; the column prays for "
     "the 'martyrs of the Emergency Forces' (the title 'الانتحاري' and 'يفجر نفسه وسط المصلين' -> Suicide bomb, "
     "alternative the generic explosive sub-type of the spent column rows; the column attributes it to ISIS -> Islamic "
     "State, as the spent aawsat-150 row; no day, no toll in the text -> DCT, precision 3). Not coded: the Shiite mosque "
     "bombing in the Eastern Province (an undated passing mention; two such bombings happened, the text does not say "
     "which), the soldiers' 'victories on the border' and the foiled plots (generic)"),
    (YM1686, "كشف عن تلك الخلايا العنقودية", "الجهد الأمني المميز الذي تم مؤخرا، وكشف عن تلك الخلايا العنقودية الكبيرة",
     SD, ARR, PFSA, ISIS, "", "SA", "2015-07-22", "2", "", "",
     "Al Yaum (editorial)", "reported",
     "background (editorial): the recent distinguished security effort that uncovered the large cluster cells and their "
     "terrorist plans to destabilise security and ignite sectarian strife, with the later 'seizing the criminal "
     "elements before the crime' (the ISIS cells -> Islamic State; the uncovering of the cells, as the spent '431' "
     "rows (almadina-653, almadina-490, alyaum-2213) -> Arrests, Police Forces of Saudi Arabia; recent, no day -> DCT, "
     "precision 2; no place -> location empty). Borderline: the word 'arrest' is not used (alternative no row). Not "
     "coded: the closing of some social-media accounts (not violence)"),
    # ---- set b (no text filter) ----
    (JZ506, "بشظايا مقذوف عسكري", "نتيجة إصابته بشظايا مقذوف عسكري من داخل الأراضي اليمنية",
     ERV, SHELL, UAG, PFSA, "Al Tuwal", "SA", "2015-08-01", "2", "1", "exact",
     "Al Jazirah", "reported",
     "background (the news is the funeral prayer 'after the afternoon prayer yesterday', DCT 2 August -> 1 August, and "
     "the condolences): the 'martyr of duty' Khalid bin Musawa Hamdi of the Mujahideen force of the al-Tuwal sector "
     "(Jazan) was killed by shrapnel of a military projectile fired from inside Yemeni territory (projectile from "
     "Yemen -> Shelling/artillery/missile attack; the text names no shooter -> Unidentified armed group, alternative "
     "Houthis as the spent alwatan-769 al-Tuwal row; the Mujahideen force (Interior Ministry) -> Police Forces of "
     "Saudi Arabia; death day not stated, the funeral on 1 August bounds it -> 1 August, precision 2, as the spent "
     "almadina-608/alwatan-827 martyr rows; one named dead -> 1 exact). Folded: the wounding of Muhsin al-Dosari of the "
     "same force and sector, whose patrol was hit by shrapnel of a projectile from Yemeni territory (visited "
     "'yesterday'; undated, possibly the same incident; alternative its own row). Not coded: the funeral, the visit"),
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
