"""Bookkeeping helper for the events50 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events47/addrows.py (itself from events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur35/events50/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 50 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events50/sample.py ("This set: events50, seeds 2864 / 2865, drawn at the start of stop 35 (main fa9223d), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2864).shuffle, walked in order; (b) 10 with no text filter, random.Random(2865).shuffle, >=3 sources (got, by source, a: aawsat 3, aljazirah 2, 3alyoum 1, alwatan 1, alweeam 1, alyaum 1, okaz 1; b: alriyadh 4, aljazirah 2, 3alyoum 1, alyaum 1, okaz 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 24 rows): detection F1 0.821 before (23 matched of 32 A / 24 B rows, P 0.958, R 0.719; 9 A-only rows: the Taiwan storming, typed differently, the Ibb four-districts row, six of the seven Marib clash places and the Marib coalition strikes, which B folded into one 'Marib' clash row and its al-Radmah row; 1 B-only row, the same Taiwan storming; both gave rows to the same 6 articles); no row added or dropped; 5 field values changed to B's (aawsat-188 Taiwan storming event_type Protests, sub_event_type Protest with intervention, actor1 Protesters (Taiwan): the text describes no violence; aawsat-188 Shawal event_date 2015-07-24, the speech day; alyaum-983 arrests location 'Ar Riqqa', sun-letter form); kept against B: the seven Marib clash rows (Houthis first) and the Marib strike row, the Ibb four-districts row, the 'Ministry of Education, Taipei' location of both Taiwan rows; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
ARR = "Arrests"
GRT = "Government regains territory"
HOU = "Houthis"
UAG = "Unidentified armed group"
COAL = "Saudi-led coalition"
RES = "Yemeni Resistance"
WAT2016 = "SN-alwatan-20150806-2016"
AWS188 = "SN-aawsat-20150725-188"
AWS101 = "SN-aawsat-20150807-101"
JAZ356 = "SN-aljazirah-20150811-356"
YAUM983 = "SN-alyaum-20150804-983"
RIY890 = "SN-alriyadh-20150722-890"
J356 = "Al Jazirah (local sources)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WAT2016, "هجوم", "خبر هجوم \"داعش سيناء\"، على زورق عسكري",
     BAT, CLASH, "Islamic State", "Military Forces of Egypt", "", "EG", "2015-07-23", "2", "", "",
     "Al Watan (columnist)", "reported",
     "background, borderline (a column of twelve maxims; the seventh): 'when I read two weeks ago the news of the attack "
     "of \"ISIS Sinai\" on a military boat, I imagined it was an Israeli boat, but it was an Egyptian boat' (ISIS's Sinai "
     "branch -> Islamic State; an Egyptian military boat -> Military Forces of Egypt; only 'هجوم' on a military target, "
     "no weapon named -> Armed clash, alternative Shelling/artillery/missile attack; 'قبل أسبوعين' -> DCT 6 August - 14 = "
     "23 July, precision 2, the reading day standing for the news day; the text names no place -> location empty, EG; no "
     "toll). Alternative: not coded, a columnist's anecdote. Not coded: the generic 'الدواعش' and the criticism of Iran's "
     "expansionist policies (commentary)"),
    (AWS188, "اقتحموا مكتب وزير التعليم", "بعد أن اقتحموا مكتب وزير التعليم",
     "Protests", "Protest with intervention", "Protesters (Taiwan)", "Police Forces of Taiwan", "Ministry of Education, Taipei", "TW",
     "2015-07-24", "1", "", "",
     "Taiwan Central News Agency; Taipei city police (via Asharq Al-Awsat)", "reported",
     "the Taiwanese central news agency: the police arrested 'yesterday' (DCT Saturday 25 July -> Friday 24 July) students "
     "who were demonstrating against the 'China-centred' changes to the school curricula, after they stormed the education "
     "minister's office; Taipei police: 33 arrested, 24 of them students and three journalists (arrests at a demonstration "
     "-> Protest with intervention vs Police Forces of Taiwan, as the spent events20 Brooklyn and events42 Afghan Basti "
     "rows; adjudicated, as B: first Riots/Violent demonstration, Rioters (Taiwan), read from the storming, but the text "
     "describes no violence or damage, the ACLED mark of a riot; the title's 'اعتقال طلاب اقتحموا مقر وزارة التعليم' is the same event "
     "-> one row; 'مقر وزارة التعليم' in Taipei -> 'Ministry of Education, Taipei', a named building as the spent 'Political Security "
     "Building, Taiz' and 'Bardo Museum, Tunis', kept in adjudication against B's 'Taipei'; the storming is dated with the arrests, "
     "'yesterday'). The sit-in since Wednesday is its own row"),
    (AWS188, "احتجاجا أمام وزارة التعليم", "وبدأ أكثر من 200 شخص معظمهم من طلاب المدارس الثانوية احتجاجا أمام وزارة التعليم منذ يوم الأربعاء",
     "Protests", "Peaceful protest", "Protesters (Taiwan)", "", "Ministry of Education, Taipei", "TW",
     "2015-07-22", "2", "", "",
     "Taiwan Central News Agency (via Asharq Al-Awsat)", "reported",
     "more than 200 people, mostly secondary-school students, began a protest in front of the education ministry 'since "
     "Wednesday' (22 July, the weekday before the DCT Saturday 25 July) to demand that the government drop the revision of "
     "the secondary curriculum guidelines, presented 'through the perspective of China's unification', and the new history "
     "curriculum planned for September (a multi-day protest dated at its stated start, precision 2; no intervention before "
     "the storming -> Peaceful protest, actor2 empty; the storming and arrests are a differently typed and dated step -> "
     "own row; alternative folded into the storming row; location kept in adjudication against B's 'Taipei', see the "
     "storming row)"),
    (AWS188, "طهرت منطقة شاوال", "مؤكدا أن القوات الباكستانية طهرت منطقة شاوال قرب الحدود الباكستانية - الأفغانية",
     BAT, GRT, "Military Forces of Pakistan", UAG, "Shawal", "PK", "2015-07-24", "3", "", "",
     "Tariq Fatemi, special assistant to the Pakistani prime minister for foreign affairs (speech at the Heritage Foundation, via Geo TV)", "claimed",
     "background, borderline: in a speech in Washington reported 'yesterday (Friday)', the prime minister's special "
     "assistant Tariq Fatemi asserted that the Pakistani forces have cleared the Shawal area near the Pakistani-Afghan "
     "border in operation Zarb-e-Azb (the army retaking an area from militants -> Government regains territory; 'الإرهابيين', "
     "no group named -> Unidentified armed group; no date for the clearing, on or before the Friday speech -> 24 July, "
     "precision 3, adjudicated as B, first the DCT: the stated day of the assertion bounds the clearing, as the spent "
     "events20 Ibb row dated at its statement day; the government's own claim "
     "-> claimed). Not coded: the 'several thousand terrorists' arrested in Zarb-e-Azb, an aggregate over the operation "
     "launched '13 months ago' (June 2014, more than 12 months before the DCT, as the spent events46 aggregate decision), "
     "the 190,000 soldiers taking part (deployment), the praise for Ghani"),
    (AWS188, "تعرض للطعن بسكين", "الذي تعرض للطعن بسكين في مارس (آذار) الماضي",
     VAC, "Attack", UAG, "Civilians (South Korea)", "Seoul", "KR", "2015-03-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the US ambassador in Seoul, Mark Lippert, 'was stabbed with a knife last March' (March 2015 -> 1 March, "
     "precision 3, within 12 months of the DCT 25 July; the attacker is not named -> Unidentified armed group; a diplomat "
     "attacked, no armed role -> Civilians (South Korea) by the country-of-event rule, as the spent consulate attack; no "
     "death). Not coded: the police's arrest 'yesterday' of an unemployed recluse, 'Lee', who threatened in a comment on "
     "the White House website to kill the ambassador (an individual's threat with no political motive or group stated, "
     "and he denies writing it: an ordinary criminal arrest; borderline). Also not coded in this article: the Mexican "
     "commission's report on the investigation into the massacre of 43 students 'last year' (a report; the massacre is "
     "dated by year only -> 1 January 2014, more than 12 months before the DCT, as the spent events3 'last year' "
     "decision), and the Iguala disappearances (the same)"),
    (AWS101, "انفجار داخلي", "قضى 4 فلسطينيين في انفجار داخلي وقع في منزل بمخيم الشابورة",
     ERV, IED, "Military Forces of Israel", "Civilians (Palestine)", "Shaboura Camp, Rafah", "PS", "2015-08-07", "2", "4", "exact",
     "Gaza Ministry of Health spokesman Ashraf al-Qudra; Gaza Ministry of Interior spokesman Iyad al-Bazm (via Asharq Al-Awsat)", "reported",
     "4 Palestinians killed and 30 wounded in an explosion in a house in al-Shaboura camp in central Rafah, southern Gaza "
     "Strip, caused, as it later turned out, by an Israeli missile left over from last summer's war that had not "
     "exploded; technical crews were removing the rubble of the Abu Naqira family's destroyed house when the missile "
     "exploded (the title's 'انفجار صاروخ إسرائيلي قديم' is the same event -> one row; unexploded ordnance of the 2014 war "
     "exploding -> Remote explosive/landmine/IED with the party that fired it, Military Forces of Israel, as actor1; the "
     "victims, members of the family (one of them, Abdulrahman Abu Naqira, mourned by the Qassam Brigades as a member), "
     "no armed role in the event -> Civilians (Palestine); the four named -> 4 exact, 'may rise'; no day in the text -> "
     "DCT, precision 2). Borderline: the alternative is not coded (an accidental detonation of war remnants). Not coded: "
     "the funeral, the Qassam obituary, the 2014 war's bombardment (older than 12 months)"),
    (JAZ356, "السيطرة على معظم مناطق مديرية لودر", "تمكنت أمس من السيطرة على معظم مناطق مديرية لودر",
     BAT, GRT, RES, HOU, "Lawdar, Abyan", "YE", "2015-08-10", "1", "", "",
     "local sources in Abyan (via Al Jazirah)", "reported",
     "local sources in Abyan: 'yesterday' (DCT Tuesday 11 August; the lead's 'يوم أمس الاثنين' -> 10 August) the popular "
     "resistance, backed by intensive coalition air cover, took control of most areas of Lawdar district, the Houthi "
     "militias' last stronghold in Abyan (pro-government resistance retaking a district -> Government regains territory, "
     "as the spent Yemeni Resistance rows; the air cover and the evening sweep of Lawdar after the Houthi gunmen fled "
     "folded; 'Lawdar, Abyan' as the spent rows). The lead's 'continued its rapid advance in many areas' and the title's "
     "'unprecedented collapses' are generic (folded)"),
    (JAZ356, "السيطرة على مدينة زنجبار", "بعد يوم واحد من السيطرة على مدينة زنجبار عاصمة المحافظة",
     BAT, GRT, RES, HOU, "Zinjibar, Abyan", "YE", "2015-08-09", "1", "", "",
     "local sources in Abyan (via Al Jazirah)", "reported",
     "background: the Lawdar capture came 'one day after' the control of Zinjibar, the governorate capital (10 August - 1 "
     "-> 9 August, precision 1: the text ties it to a stated day; the spent events41 3alyoum-66 row of the same capture "
     "has 9 August, precision 2; 'Zinjibar, Abyan' as the spent rows)"),
    (JAZ356, "السيطرة على أربع مديريات", "تمكنت حتى مساء أمس الاثنين من السيطرة على أربع مديريات بالمحافظة",
     BAT, GRT, RES, HOU, "Ibb", "YE", "2015-08-10", "2", "", "",
     "local sources in Ibb (via Al Jazirah)", "reported",
     "local sources in Ibb governorate: 'by yesterday Monday evening' (10 August) the popular resistance had taken control "
     "of four districts of the governorate (unnamed districts -> governorate 'Ibb', as the spent events18 'four areas of "
     "Ibb' row; a count reached by the Monday evening -> 10 August, precision 2). The named al-Radmah district is its own "
     "row (borderline: it is probably one of the four, the alternative is folding it here; kept in adjudication against "
     "B, who folded the four districts into the al-Radmah row: that fold drops the three other districts' captures, and "
     "ACLED codes the unnamed rest at the governorate level)"),
    (JAZ356, "عقب سيطرتها على مديرية الرضمة", "باتجاه العاصمة صنعاء عقب سيطرتها على مديرية الرضمة",
     BAT, GRT, RES, HOU, "Ar Radmah, Ibb", "YE", "2015-08-10", "2", "", "",
     "local sources in Ibb (via Al Jazirah)", "reported",
     "the resistance began 'yesterday evening' (10 August) to advance towards Yarim district, in the direction of Sanaa, "
     "after taking control of al-Radmah district (a named district -> own row, one location per row; the capture "
     "precedes the Monday-evening advance, day not stated -> 10 August, precision 2, as the spent events22/41 'Ar Radmah, "
     "Ibb' rows; the advance towards Yarim is a movement with no fighting stated -> folded, not its own row)"),
    (JAZ356, "الجفينة", "في مناطق الجفينة والسائلة",
     BAT, CLASH, HOU, RES, "Al Jufaynah, Marib", "YE", "2015-08-10", "1", "", "",
     "local sources (via Al Jazirah)", "reported",
     "the sources: violent clashes broke out 'yesterday Monday' (10 August) between the Houthi militias and their allies "
     "on one side and the popular resistance on the other in al-Jufaynah, al-Sailah, al-Tabab al-Sud, the Old Dam, north "
     "of al-Makhdarah, Wadi al-Turayq and the Mas area, all in Marib governorate (seven named places -> seven rows, one "
     "location per row, as the spent Dar Saad/Crater split; Houthis named first -> actor1, as the spent Houthi-first clash "
     "rows; 'dozens of Houthi gunmen killed and wounded' in the Marib clashes and the coalition strikes together -> "
     "fatalities empty on every row; 'Al Jufaynah, Marib' as the spent rows). This row: al-Jufaynah. Kept in adjudication "
     "against B's single 'Marib' row (B: one shared vague toll -> one row at the common level, events39's rule, which "
     "was applied there to a stated number, 9 about; here the toll is vague and kept out of every row, so the spent "
     "events14 decision on two named fronts with an unsplit toll, two rows with fatalities empty, and the events46 "
     "Dar Saad/Crater split govern; actor order as the text, Houthis first, as the spent events39 al-Jufaynah row, "
     "against B's Resistance first)"),
    (JAZ356, "والسائلة", "الجفينة والسائلة والتباب السود",
     BAT, CLASH, HOU, RES, "As Sailah, Marib", "YE", "2015-08-10", "1", "", "",
     "local sources (via Al Jazirah)", "reported",
     "same Monday clashes in Marib (10 August), next named place: 'السائلة' (As Sailah; sun-letter form as the spent 'Ar "
     "Rabat'), see the al-Jufaynah row"),
    (JAZ356, "والتباب السود", "والسائلة والتباب السود والسد القديم",
     BAT, CLASH, HOU, RES, "At Tabab as-Sud, Marib", "YE", "2015-08-10", "1", "", "",
     "local sources (via Al Jazirah)", "reported",
     "same Monday clashes in Marib (10 August), next named place: 'التباب السود' (the black hillocks), see the al-Jufaynah "
     "row"),
    (JAZ356, "والسد القديم", "والتباب السود والسد القديم وشمال منطقة مخدرة",
     BAT, CLASH, HOU, RES, "Old Dam, Marib", "YE", "2015-08-10", "1", "", "",
     "local sources (via Al Jazirah)", "reported",
     "same Monday clashes in Marib (10 August), next named place: 'السد القديم', the Old (Marib) Dam area, see the "
     "al-Jufaynah row"),
    (JAZ356, "وشمال منطقة مخدرة", "والسد القديم وشمال منطقة مخدرة ووادي",
     BAT, CLASH, HOU, RES, "Al Makhdarah, Marib", "YE", "2015-08-10", "1", "", "",
     "local sources (via Al Jazirah)", "reported",
     "same Monday clashes in Marib (10 August), next named place: north of the al-Makhdarah area ('Al Makhdarah, Marib' as "
     "the spent rows), see the al-Jufaynah row"),
    (JAZ356, "ووادي الطُريق", "ووادي الطُريق ومنطقة ماس",
     BAT, CLASH, HOU, RES, "Wadi al-Turayq, Marib", "YE", "2015-08-10", "1", "", "",
     "local sources (via Al Jazirah)", "reported",
     "same Monday clashes in Marib (10 August), next named place: 'وادي الطُريق' (Wadi al-Turayq), see the al-Jufaynah row"),
    (JAZ356, "ومنطقة ماس", "ووادي الطُريق ومنطقة ماس وجميعها تابعة لمحافظة مارب",
     BAT, CLASH, HOU, RES, "Mas, Marib", "YE", "2015-08-10", "1", "", "",
     "local sources (via Al Jazirah)", "reported",
     "same Monday clashes in Marib (10 August), last named place: the Mas area, see the al-Jufaynah row"),
    (JAZ356, "وغارات جوية لطيران التحالف العربي", "في مواجهات مع المقاومة الشعبية في محافظة مارب وغارات جوية لطيران التحالف العربي أمس الاثنين",
     ERV, AIR, COAL, HOU, "Marib", "YE", "2015-08-10", "1", "", "",
     "Al Jazirah (local sources)", "reported",
     "dozens of Houthi gunmen fell killed and wounded in confrontations with the popular resistance in Marib governorate "
     "and in air strikes of the Arab coalition 'yesterday Monday' (10 August) (the strikes in Marib: another actor and "
     "type than the clashes -> own row; no place below the governorate -> 'Marib'; 'العشرات ... بين قتيل وجريح', not split "
     "between clashes and strikes -> fatalities empty; kept in adjudication against B, who folded the strikes into "
     "one Marib clash row: another actor and type, as the spent events46 Tawahi-raids decision). The lead's 'the coalition aircraft continue their raids on the "
     "militias' positions in scattered parts of the country' is generic (folded into the named-place strike rows)"),
    (JAZ356, "بيت مران", "مواقع في منطقة بيت مران بمديرية أحرب شمال العاصمة صنعاء",
     ERV, AIR, COAL, HOU, "Bayt Maran, Arhab", "YE", "2015-08-10", "2", "", "",
     "Al Jazirah (local sources)", "reported",
     "'إلى ذلك' the coalition raids targeted positions, camps and fortifications of the Houthi militias and their allied "
     "forces in many governorates, among them positions in the Bayt Maran area of Arhab district north of Sanaa (this "
     "row; one location per row, as the spent strike lists; area + district as the spent 'Al Janadibah, Arhab'; the "
     "paragraph gives no day of its own in a round-up of 'yesterday Monday' -> 10 August, precision 2; no toll)"),
    (JAZ356, "رازح", "وفي مديريتي رازح وكتاف ومناطق أخرى بمحافظة صعدة",
     ERV, AIR, COAL, HOU, "Razih, Saada", "YE", "2015-08-10", "2", "", "",
     "Al Jazirah (local sources)", "reported",
     "same coalition raids (10 August, precision 2), next named place: Razih district, Saada governorate (the sentence's "
     "'بمحافظة صعدة' covers both districts -> 'Place, Saada', as the spent 'Kitaf, Saada')"),
    (JAZ356, "وكتاف", "مديريتي رازح وكتاف ومناطق",
     ERV, AIR, COAL, HOU, "Kitaf, Saada", "YE", "2015-08-10", "2", "", "",
     "Al Jazirah (local sources)", "reported",
     "same coalition raids (10 August, precision 2), next named place: Kitaf district, Saada governorate ('Kitaf, Saada' as "
     "the spent alwatan-2158 row)"),
    (JAZ356, "مقر جهاز الأمن السياسي", "من بينها مقر جهاز الأمن السياسي المخابرات",
     ERV, AIR, COAL, HOU, "Saada", "YE", "2015-08-10", "2", "", "",
     "Al Jazirah (local sources)", "reported",
     "same coalition raids (10 August, precision 2): 'other areas of Saada governorate, among them the headquarters of the "
     "Political Security (intelligence) apparatus' (the one named target of the 'other areas'; no town given -> "
     "governorate 'Saada'; the unnamed other areas folded here)"),
    (JAZ356, "مديرية حرض", "ومواقع في مديرية حرض بمحافظة «حجة»",
     ERV, AIR, COAL, HOU, "Haradh, Hajjah", "YE", "2015-08-10", "2", "", "",
     "Al Jazirah (local sources)", "reported",
     "same coalition raids (10 August, precision 2), last named place: positions in Haradh district, Hajjah governorate "
     "('Haradh, Hajjah' as the spent adjudicated rows)"),
    # ---- set b (no text filter) ----
    (YAUM983, "تفجير إرهابي", "إلى تفجير إرهابي خلال صلاة الجمعة",
     ERV, "Suicide bomb", UAG, "Civilians (Kuwait)", "Al Sawaber, Kuwait City", "KW", "2015-06-26", "1", "26", "exact",
     "Al Yaum", "reported",
     "background (the news is the start of the trial of the 29 accused, legal): the Imam al-Sadiq mosque in the "
     "al-Sawaber area of Kuwait City was the target of a terrorist bombing during Friday prayer in Ramadan, on 26 June, "
     "killing 26 and wounding 227; 'the suicide bomber who blew himself up inside the mosque' -> Suicide bomb (the title's "
     "'تفجير مسجد الإمام' and the later mentions are the same event -> one row; no group named in this text -> "
     "Unidentified armed group, unlike the spent events22/45 rows whose texts named ISIS; worshippers -> Civilians "
     "(Kuwait); 'منطقة الصوابر بالكويت العاصمة' -> 'Al Sawaber, Kuwait City', as the spent events22 row; 26 exact). Not "
     "coded: the trial session, the 14 July indictment and referral, the remand orders (legal)"),
    (YAUM983, "ألقت القبض على السائق", "ألقت القبض على السائق الذي أوصل",
     SD, ARR, "Police Forces of Kuwait", UAG, "Ar Riqqa", "KW", "2015-06-26", "2", "", "",
     "Al Yaum", "reported",
     "background: after the bombing the security services arrested the driver who took the suicide bomber to the mosque, "
     "a bidoon found hiding in a house in the al-Riqqa area, and then the vehicle's owner and the other partners and "
     "accomplices (one row for the chain of arrests, as the spent events45 driver row; 'الأجهزة الأمنية' in Kuwait -> "
     "Police Forces of Kuwait; suspects of the bombing cell, no group named -> Unidentified armed group, as the spent "
     "events22 arrest row; the one place named, where the driver was hiding -> 'Ar Riqqa', sun-letter form as the spent 'Ar Rabat' and 'Ar "
     "Radmah', adjudicated as B, first 'Al Riqqa'; 'عقب وقوع التفجير', no day -> "
     "26 June, precision 2). Not coded: the two fugitive accused 'caught in Saudi Arabia' (detention status with no date, "
     "as the spent events45 decision on the two Saudis held in their own country)"),
    (RIY890, "نجحت في دخول التواهي", "المقاومة الشعبية نجحت في دخول التواهي",
     BAT, CLASH, RES, HOU, "Tawahi, Aden", "YE", "2015-07-18", "2", "", "",
     "military sources (via Al Riyadh, AFP)", "reported",
     "the title's news: a military source said on Sunday (DCT Wednesday 22 July, weekday rule -> 19 July) that the forces "
     "loyal to the legitimacy advanced towards the presidency in a sector of Aden still held by the Houthis; the popular "
     "resistance forces advanced 'at night' into the Tawahi district, much of which the rebels hold; the source: the "
     "resistance 'succeeded in entering Tawahi' and is advancing towards the presidential palace and the 4th Division "
     "command (the title's and lead's advance are the same event -> one row; entry without a stated capture -> Armed clash, "
     "as the spent events46 alweeam-1635 row of the same AFP story; the night of Saturday to Sunday -> 18 July, "
     "precision 2, as that row)"),
    (RIY890, "حوالى 15 غارة", "الذي شن ليلا حوالى 15 غارة على مواقع المتمردين الحوثيين في التواهي",
     ERV, AIR, COAL, HOU, "Tawahi, Aden", "YE", "2015-07-18", "2", "", "",
     "military source (via Al Riyadh, AFP)", "reported",
     "another military source: the fighters on the ground benefited from the air support of the Arab coalition, which "
     "carried out 'at night' about 15 raids on the Houthi rebels' positions in Tawahi and in the northern and eastern "
     "suburbs of Aden (Tawahi here, the unnamed suburbs folded; another actor and type than the ground advance, with a "
     "count -> own row, as the spent events46 adjudicated row of the same story; 18 July, precision 2)"),
    (RIY890, "مستودعا للذخائر", "أصابت مستودعا للذخائر تابعا للمتمردين",
     ERV, AIR, COAL, HOU, "Ar Rabat, Aden", "YE", "2015-07-18", "2", "", "",
     "eyewitnesses (via Al Riyadh, AFP)", "reported",
     "eyewitnesses: the coalition aircraft hit an ammunition depot of the rebels, causing explosions that lasted two hours, "
     "in al-Rabat at the northern entrance of the city, where the Houthis had reinforced their presence in the last two "
     "days (a differently named place -> own row; part of the night's raids -> 18 July, precision 2; 'Ar Rabat, Aden' as "
     "the spent row; the Houthi reinforcement not coded: movement)"),
    (RIY890, "غارة جوية على خور المكسر", "تسعة متمردين قتلوا ليلا في غارة جوية على خور المكسر",
     ERV, AIR, COAL, HOU, "Khor Maksar, Aden", "YE", "2015-07-18", "2", "9", "exact",
     "military sources and residents (via Al Riyadh, AFP)", "reported",
     "military sources and residents: nine rebels were killed 'at night' in an air strike on Khor Maksar in central Aden "
     "(the coalition's raids of the paragraph -> Saudi-led coalition; 18 July, precision 2; 'تسعة' -> 9 exact)"),
    (RIY890, "دار سعد", "حول حيي دار سعد وكريتر",
     BAT, CLASH, RES, HOU, "Dar Saad, Aden", "YE", "2015-07-19", "2", "", "",
     "military sources and residents (via Al Riyadh, AFP)", "reported",
     "the battles continue between the forces loyal to Hadi's government and the Houthis and their allies around the Dar "
     "Saad and Crater districts (two named places -> two rows; ongoing on the Sunday of the report -> 19 July, precision "
     "2; pro-Hadi forces -> Yemeni Resistance; as the spent events46 rows of the same story)"),
    (RIY890, "وكريتر", "حيي دار سعد وكريتر",
     BAT, CLASH, RES, HOU, "Crater, Aden", "YE", "2015-07-19", "2", "", "",
     "military sources and residents (via Al Riyadh, AFP)", "reported",
     "second named district of the continuing battles: Crater (see the Dar Saad row; 19 July, precision 2)"),
    (RIY890, "تحرير عدن", "على الحكومة الشرعية عن تحرير عدن",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-16", "2", "", "",
     "Yemeni government (via Al Riyadh, AFP)", "claimed",
     "background: the Tawahi advance came 'three days after' the legitimate government [announced] the liberation of Aden, "
     "the largest city of the south (the text drops 'إعلان', the AFP wording of the spent events46 row is 'three days "
     "after the government in exile announced the liberation of Aden'; 19 July - 3 -> 16 July, precision 2; only the "
     "government's announcement, while the text shows fighting still going on in Tawahi, Dar Saad and Crater -> claimed, "
     "as that row)"),
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
