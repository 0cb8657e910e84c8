"""Bookkeeping helper for the events98 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur51/events98/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 98 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events98/sample.py ("This set: events98, seeds 3024 / 3025, drawn at the start of stop 51 (aec7f06), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3024).shuffle, walked in order; (b) 10 with no text filter, random.Random(3025).shuffle, >=3 sources (got, by source, a: alyaum 3, alriyadh 2, aljazirah 2, aawsat 1, alwatan 1, 3alyoum 1; b: alriyadh 3, aljazirah 2, aleqtisadiya 1, okaz 1, aawsat 1, was 1, alwatan 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 18 rows): detection F1 0.900 before by compare.py (18 matched of 22 A / 18 B rows, P 1.000, R 0.818; all 18 pairs are true event pairs; both gave rows to the same 7 articles and left the same 13 empty); on the 18 pairs event_type, actor1, actor2, location_country, event_date, time_precision, fatalities, fatalities_qualifier and reported_as agreed 18/18, location 17/18, sub_event_type 13/18; triggers 13/18 identical trigger+occurrence, 17/18 nested; 22 -> 18 rows: aljazirah-374 the Ramadi battle row (Armed clash) and the al-Madiq capture row merged into one Ramadi row, Government regains territory, location 'Ramadi' (as B; captures, advances and siege in the same place and days are folded into the battle row); aljazirah-374 the generic Fallujah battle/siege row folded into the al-Sijr battle row (as B); aljazirah-374 the conditional storming of Fallujah (planned) dropped (as B, a conditional plan); aljazirah-452 the aggregate of the army's 'recent months' rescues dropped (as B, a generic summary); 1 more value changed to B's: aljazirah-452 Bita bombing sub_event_type Air/drone strike (first Shelling/artillery/missile attack); kept against B: aljazirah-452 the Aulari, Dikwa and Konduga rescue operations Armed clash (B Government regains territory: no ground is said to be taken) and the spelling 'Aulari' (B 'Ulari'), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
IS = "Islamic State"
MFT = "Military Forces of Turkey"
MFI = "Military Forces of Iraq"
MFN = "Military Forces of Nigeria"
BH = "Boko Haram"
GCAD = "Global Coalition Against Daesh"
PFSA = "Police Forces of Saudi Arabia"
RYD1579 = "SN-alriyadh-20150724-1579"
AWS180 = "SN-aawsat-20150807-180"
JAZ452 = "SN-aljazirah-20150804-452"
JAZ374 = "SN-aljazirah-20150726-374"
YUM1105 = "SN-alyaum-20150723-1105"
WAT796 = "SN-alwatan-20150809-796"
RYD825 = "SN-alriyadh-20150807-825"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Turkish jets strike ISIS in Syria (alriyadh-1579, DCT Friday 24 July 12:55 UTC)
    (RYD1579, "شنت ضربات جوية", "أن مقاتلات تركية (إف16-) شنت ضربات جوية ضد أهداف",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-24", "1", "", "",
     "TRT; Turkish Prime Ministry's General Coordination office (statement, via Anadolu, Al Riyadh)", "reported",
     "the title's news ('Turkey strikes ISIS targets inside Syria'): Turkish F-16s struck ISIS targets inside Syria; "
     "the PM's coordination office: three F-16s from the 8th Air Command base in Diyarbakir hit three ISIS sites inside "
     "Syrian territory 'at dawn today Friday' (local time) with 4 guided munitions on two headquarters and a gathering "
     "place (DCT Friday 24 July -> 24 July, precision 1; the statement's 'استهدف سلاح الجو' and 'أطلقت 4 قذائف' are "
     "the same strike -> one row; three sites, none named, inside Syria -> location empty, SY, as the spent "
     "okaz-1437, aleqtisadiya-312 and 3alyoum-65 rows of the same strikes; the title and TRT state it as fact -> "
     "reported, as okaz-1437). Not coded: Turkey's consent to US use of Incirlik air base (basing permission), "
     "Davutoglu's emergency security meeting in Ankara on Thursday (a meeting)"),
    # ISIS kidnaps 230 civilians in al-Qaryatayn (aawsat-180, DCT Friday 7 August 16:13 UTC)
    (AWS180, "خطف تنظيم «داعش» نحو 230 مدنيا", "خطف تنظيم «داعش» نحو 230 مدنيا بينهم ستون",
     VAC, "Abduction/forced disappearance", IS, "Civilians (Syria)", "Al Qaryatayn", "SY", "2015-08-05", "2", "", "",
     "Syrian Observatory for Human Rights, Rami Abdulrahman (to AFP, via Asharq Al-Awsat)", "reported",
     "the title's news: ISIS kidnapped about 230 civilians, at least sixty of them Christians (170 Sunnis and more than "
     "60 Christians, accused of collaborating with the regime), during a raid on the town of al-Qaryatayn (Homs "
     "province), which it took on Wednesday (the title's 'يخطف 230 مدنيًا' and the director's 'خطفت (داعش) 170 سنيًا' "
     "are the same event -> one row; folded: the arrest of whole families who meant to flee); the kidnappings came "
     "during the raids after the capture, no own day -> the capture's Wednesday (DCT Friday 7 August -> 5 August), "
     "precision 2, as the spent events71 alriyadh-658 row of the same AFP story; no one killed stated; 'Al Qaryatayn' "
     "as that row)"),
    (AWS180, "استولوا عليها الأربعاء", "لمدينة القريتين التي استولوا عليها الأربعاء",
     BAT, NSO, IS, "", "Al Qaryatayn", "SY", "2015-08-05", "1", "", "",
     "Syrian Observatory for Human Rights, Rami Abdulrahman (to AFP, via Asharq Al-Awsat)", "reported",
     "ISIS took the town of al-Qaryatayn 'on Wednesday' (DCT Friday 7 August -> 5 August, precision 1; the lead's "
     "'بعد استيلائهم على إحدى البلدات' and 'هجوم تنظيم «داعش» عليها' are the same event -> one row); the text does not "
     "say who held the town -> actor2 empty, as the spent alriyadh-658 row. Not coded: the 2011 protest movement (far "
     "older than 12 months), the town's strategic importance (commentary)"),
    (AWS180, "سيطر التنظيم المتطرف عليها في 21 مايو", "التي سيطر التنظيم المتطرف عليها في 21 مايو",
     BAT, NSO, IS, "", "Palmyra", "SY", "2015-05-21", "1", "", "",
     "Syrian Observatory for Human Rights, Rami Abdulrahman (to AFP, via Asharq Al-Awsat)", "reported",
     "background: the ancient city of Palmyra, which the extremist organisation took on 21 May (within 12 months; no "
     "defender named -> actor2 empty; the last paragraph's 'بعد أن استولى التنظيم على مدينة تدمر' is the same event; "
     "as the spent alriyadh-658 row)"),
    (AWS180, "وخطف ثلاثة مقنعين", "وخطف ثلاثة مقنعين في مايو الأب جاك مراد",
     VAC, "Abduction/forced disappearance", UAG, "Civilians (Syria)", "Al Qaryatayn", "SY", "2015-05-01", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: in May three masked men kidnapped Father Jacques Mourad, head of the Mar Elian monastery in the town "
     "(al-Qaryatayn), after ISIS took Palmyra (month known -> 1 May, precision 3; 'three masked men', no group named -> "
     "Unidentified armed group; a priest -> Civilians (Syria); as the spent alriyadh-658 row; unattributed sentence -> "
     "the outlet)"),
    # Nigeria frees 178 Boko Haram hostages (aljazirah-452, DCT Tuesday 4 August 18:36 UTC)
    (JAZ452, "نفذ هجومًا قرب أولاري", "«الجيش النيجيري نفذ هجومًا قرب أولاري على الطريق",
     BAT, CLASH, MFN, BH, "Aulari", "NG", "2015-08-02", "2", "", "",
     "Nigerian army spokesman Col. Tukur Gusau (statement, via Al Jazirah)", "claimed",
     "the title's news ('Nigeria announces the liberation of about 180 hostages from Boko Haram'): the Nigerian army "
     "announced on Sunday (DCT Tuesday 4 August -> 2 August) that in a military operation in the north-east it freed "
     "178 people (101 children, 67 women, ten men) held hostage by Boko Haram and captured one of the group's "
     "commanders alive; the spokesman: the army carried out an attack near Aulari on the road to Bama, south of "
     "Maiduguri (the rescue, the attack and the arrest are one operation -> one row, as the spent events35 "
     "aleqtisadiya-224 row of the same operation; that text also had militant camps cleared around Bama -> Government "
     "regains territory; this text has only an attack and a rescue, no ground taken -> Armed clash, alternative "
     "Government regains territory; operation day not stated, announced Sunday -> 2 August, precision 2; the army's "
     "account of its own operation, the title attributing it ('تعلن') -> claimed, as the spent 3alyoum-65 "
     "striking-party rows, alternative reported as events35; the place named for the attack -> 'Aulari', no state named "
     "in the text; kept in adjudication against B's Government regains territory: no camp, village or ground is said "
     "to be taken, as the adjudicated events82 Tawahi advance row; and against B's spelling 'Ulari': 'Aulari' is the "
     "English name of the village in Bama area)"),
    (JAZ452, "حرر 30 رهينة", "أعلن الجيش النيجيري أنه حرر 30 رهينة",
     BAT, CLASH, MFN, BH, "Dikwa", "NG", "2015-08-02", "2", "", "",
     "Nigerian army (announcement, via Al Jazirah)", "claimed",
     "'earlier this week' the Nigerian army announced it freed 30 hostages, 21 children and seven women among them, near "
     "Dikwa east of Maiduguri (a rescue operation against Boko Haram, a differently placed operation -> own row; "
     "'earlier this week', before the Sunday announcement -> dated at the lead's Sunday 2 August, precision 2 (within "
     "days); the army's own announcement -> claimed; rescue with no fighting or ground described -> Armed clash as the "
     "lead operation, borderline; kept in adjudication against B's Government regains territory, as the lead row)"),
    (JAZ452, "تحرير 59 رهينة", "ثم أعلن تحرير 59 رهينة",
     BAT, CLASH, MFN, BH, "Konduga", "NG", "2015-08-02", "2", "", "",
     "Nigerian army (announcement, via Al Jazirah)", "claimed",
     "then the army announced the liberation of 59 hostages, 29 women and 25 children among them, 'in another "
     "operation' near Konduga on the road between Maiduguri and Bama (own row: another operation and place; dated as "
     "the Dikwa row, 2 August, precision 2; claimed; Armed clash kept in adjudication against B's Government regains "
     "territory, as the lead row)"),
    (JAZ452, "قصف قرية بيتا", "أنه قصف قرية بيتا الواقعة جنوب مالاري",
     ERV, AIR, MFN, BH, "Bita", "NG", "2015-08-02", "2", "", "",
     "Nigerian army (announcement, via Al Jazirah)", "claimed",
     "on Sunday the Nigerian army announced it bombed the village of Bita, south of Malari and near the Sambisa forest, "
     "where Boko Haram was preparing an attack, saying it killed 'many' of the terrorists ('عديد' -> fatalities empty; "
     "only 'قصف', the means not stated; adjudicated: Air/drone strike, as B, first Shelling/artillery/missile attack "
     "after the spent generic-bombardment rows: the spent events35 aleqtisadiya-224 text of the same Sunday statements "
     "has the Nigerian Air Force acting at Bita, and a pre-emptive bombing of a village in the Sambisa area is an air "
     "raid; announced Sunday, strike day not stated -> 2 August, precision 2; the army's own account -> claimed; "
     "village only -> 'Bita', as that row). Not coded (adjudicated, as B; first an aggregate row): the army's "
     "announcements 'in recent months' of hundreds of women and children freed, 'especially in the Sambisa forest' "
     "(a generic summary of past operations, no count of operations, no date, no single place, as the spent events35 "
     "'return to guerrilla bombings' generic mention), Boko Haram's recent pledge of allegiance to ISIS (no date, an "
     "alliance)"),
    # Anbar operations (aljazirah-374, DCT Sunday 26 July 16:48 UTC)
    (JAZ374, "بغارات مكثفة", "ساهمت فيها طائرات التحالف والجيش بغارات مكثفة",
     ERV, AIR, GCAD, IS, "Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Al Jazirah; military and tribal sources", "reported",
     "coalition and Iraqi army aircraft contributed with intensive raids on ISIS gatherings and weapons depots and "
     "destroyed its car bombs (the second paragraph's 'ساهم طيران التحالف والجيش في إلحاق خسائر' ... 'وركز على "
     "السيارات المفخخة' is the same campaign -> one row; joint coalition and Iraqi air force -> Global Coalition "
     "Against Daesh, the Iraqi army aviation in this note; the second paragraph's strikes are on Ramadi, 'as it did in "
     "Fallujah' -> Ramadi here, Fallujah its own row, as B; ongoing -> DCT, precision 2; no toll)"),
    (JAZ374, "كما فعلها في الفلوجة", "المعدة للتفجير كما فعلها في الفلوجة",
     ERV, AIR, GCAD, IS, "Fallujah", "IQ", "2015-07-26", "2", "", "",
     "Al Jazirah", "reported",
     "the coalition and army aviation focused on the car bombs prepared for detonation 'as it did in Fallujah' (the air "
     "strikes on Fallujah, which the provincial council asks to halt for a week, 'القصف الجوي' -> one row; one city per "
     "row; ongoing -> DCT, precision 2; actor as the Ramadi air-strike row)"),
    (JAZ374, "لحملة إعدامات وتعذيب", "يتعرضون لحملة إعدامات وتعذيب من قِبل المتطرفين",
     VAC, "Attack", IS, "Civilians (Iraq)", "Fallujah", "IQ", "2015-07-26", "2", "", "",
     "some tribal leaders (via Al Jazirah)", "claimed",
     "some tribal leaders said the people of Fallujah are subjected to a campaign of executions and torture by the "
     "extremists on the pretext of leaking information on their movements to the joint forces (ongoing campaign -> DCT, "
     "precision 2; no number -> fatalities empty; only the tribal leaders' assertion -> claimed; as the spent "
     "aljazirah-389 Fallujah execution row, here civilians)"),
    (JAZ374, "وسيطرت القوات", "وسيطرت القوات على مناطق وطرق شرق الرمادي بدءاً من المضيق",
     BAT, GRT, MFI, IS, "Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Al Jazirah; military and tribal sources", "reported",
     "the Ramadi battle in its third week: the joint forces (army, police, tribes -> Military Forces of Iraq, the "
     "article's 'القوات المشتركة') took control of areas and roads east of Ramadi starting from al-Madiq and are now "
     "five kilometres from the government complex; ISIS's movements in Ramadi shrank, it holds out at the city's "
     "entrances and near the government buildings (ongoing -> DCT, precision 2). Adjudicated, as B: one row for the "
     "Ramadi battle, Government regains territory, location 'Ramadi' (first two rows: the battle 'للمعارك في الرمادي' "
     "as Armed clash and the al-Madiq capture as Government regains territory at 'Al Madiq, Ramadi'): the conventions "
     "fold captures, advances and siege in the same place and days into the battle row, and the capture of areas east "
     "of the city is the battle's one stated outcome. Folded: the tight siege and the cut supply roads from Syria, the "
     "cautious advance south of the city along 60th Street, ISIS raising concrete barriers, the forces near the train "
     "station east of Ramadi, the south-western advance from Zankura to Anbukur towards al-Hawz, the stationing on the "
     "international road at Albu Aitha with the roads to Hamidiya, Khalidiya and Saqlawiya cut, and the isolation of 13 "
     "villages north of Ramadi from Albu Faraj to Albu Shihab (alternative own rows for al-Hawz and Albu Aitha). Not "
     "coded: the 'news of settling the battle within a few days' (expectation), ISIS's habitual car-bomb suicide "
     "attacks on Iraqi forces (generic)"),
    (JAZ374, "معارك عنيفة", "فيما تدور معارك عنيفة في منطقة السجر",
     BAT, CLASH, MFI, IS, "Al Sijr, Fallujah", "IQ", "2015-07-26", "2", "", "",
     "Al Jazirah", "reported",
     "violent battles are raging in the al-Sijr area north-west of the district (Fallujah district; the article's joint "
     "forces vs ISIS; ongoing -> DCT, precision 2). Adjudicated, as B: the lead's 'battles in ... Fallujah' in their "
     "third week and the tight siege of the city folded here (first a separate Fallujah battle row): al-Sijr is the "
     "only fighting the text describes in the Fallujah district, the air strikes on Fallujah have their own row. Not "
     "coded: the Anbar provincial council's demand that the government halt the storming of Fallujah and the air strikes "
     "for a week so tribal leaders can negotiate ISIS's exit (a political demand, the article's news); the storming of "
     "the district 'if the negotiations fail' and the 'news of storming Fallujah soon' (adjudicated, as B: a conditional "
     "plan, first a planned row); ISIS preventing four thousand families from leaving the city (restriction of "
     "movement, no violent act describedongoing -> DCT, precision 2)"),
    # Tunisian parliament debates the anti-terror law (alyaum-1105, DCT Thursday 23 July 19:23 UTC)
    (YUM1105, "في سوسة", "في يونيو في سوسة وفي مارس",
     VAC, "Attack", IS, "Civilians (Tunisia)", "Sousse", "TN", "2015-06-01", "3", "", "",
     "Al Yaum", "reported",
     "background: the debates come amid rising terrorist risk after the two attacks that killed 'dozens' of tourists in "
     "June in Sousse and in March at the Bardo museum, both claimed by ISIS (two attacks -> two rows; month only -> 1 "
     "June, precision 3, as the spent almadina-687 row; 'عشرات القتلى' -> fatalities empty; claimed by ISIS -> Islamic "
     "State). Not coded: the parliament's debate of the anti-terror bill (legislation), the NGOs' criticism (statements), "
     "'الاعتداءات تتزايد' and the rising jihadist threat (generic), the 2011 revolution (older than 12 months)"),
    (YUM1105, "في متحف باردو", "وفي مارس في متحف باردو",
     VAC, "Attack", IS, "Civilians (Tunisia)", "Bardo Museum, Tunis", "TN", "2015-03-01", "3", "", "",
     "Al Yaum", "reported",
     "background: the second of the two attacks, in March at the Bardo museum (month only -> 1 March, precision 3, as "
     "the spent almadina-687 row; 'Bardo Museum, Tunis' as the spent rows; dozens of tourists killed over both attacks "
     "-> fatalities empty; claimed by ISIS -> Islamic State)"),
    # Father of a martyr of the Asir bombing (alwatan-796, DCT Sunday 9 August 17:33 UTC)
    (WAT796, "تفجيرا في مسجد", "بأن هناك تفجيرا في مسجد قوة الطوارئ الخاصة بعسير",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-09", "3", "1", "at_least",
     "Al Watan (the martyr's father)", "reported",
     "background (the news is the father's account of his son): the martyr Mishal al-Asiri was killed in 'a bombing in "
     "the mosque of the Special Emergency Forces in Asir' (only 'تفجير' -> the generic explosive sub-type, as the spent "
     "adjudicated Asir rows; no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi "
     "Arabia; region only -> 'Asir'; the text gives no day (the son's last call 'Wednesday evening' dates the call, not "
     "the bombing) -> DCT, precision 3, as the spent aleqtisadiya-228 martyr row; one named death, the full toll not "
     "given -> 1 at_least, as the spent aleqtisadiya-228 and alwatan-945 martyr rows). Not coded: the father's search of "
     "the hospitals, the son's WhatsApp status"),
    # GCC condemns the Asir bombing (alriyadh-825, DCT Friday 7 August 06:46 UTC)
    (RYD825, "التفجير الانتحاري", "حادث التفجير الانتحاري الجبان الذي استهدف مسجداً",
     ERV, SUI, UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "GCC General Secretariat (Secretary-General Abdullatif al-Zayani) (via Al Riyadh)", "reported",
     "the occasion of the GCC condemnation (the article's news): the cowardly suicide bombing that targeted a mosque in "
     "the headquarters of the Special Emergency Forces in the Asir region 'yesterday' (DCT Friday 7 August -> 6 August, "
     "precision 1), killing and wounding 'a number of' emergency-force members and workers at the site during the noon "
     "prayer ('عدد من' -> fatalities empty; the title's 'تفجير مسجد الطوارئ' is the same event -> one row; the text says "
     "suicide bombing -> Suicide bomb, as the adjudicated events82 okaz-1403 row of the same GCC statement; no "
     "perpetrator named -> Unidentified armed group; Special Emergency Forces -> Police Forces of Saudi Arabia; no city "
     "-> 'Asir'). Not coded: the condemnation, the GCC's support and its call to arrest the perpetrators (statements)"),
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
