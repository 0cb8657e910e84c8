"""Bookkeeping helper for the events102 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur53/events102/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 102 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events102/sample.py ("This set: events102, seeds 3040 / 3041, drawn at the start of stop 53 (64d22ef), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3040).shuffle, walked in order; (b) 10 with no text filter, random.Random(3041).shuffle, >=3 sources (got, by source, a: aawsat 3, alweeam 1, alriyadh 1, okaz 1, almadina 1, alwatan 1, aljazirah 1, aleqtisadiya 1; b: aawsat 2, sabq 2, alriyadh 2, aleqtisadiya 1, alweeam 1, almadina 1, was 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 26 rows): detection F1 0.852 before by compare.py (23 matched of 28 A / 26 B rows, P 0.885, R 0.821; all 23 pairs are true event pairs except that B's 'Al Bayda' multiple-attacks row, with Tiyab and Qayfa folded, is paired with my Qayfa row; the one true pair typed differently, the Taiz siege (A Strategic developments/Other, B Battles/Armed clash), is left unpaired; both gave rows to the same 5 articles, B also to aawsat-104 and alriyadh-872); on the 23 pairs event_type, sub_event_type, location_country, fatalities and fatalities_qualifier agreed 23/23, actor1 and reported_as 22/23, actor2 and time_precision 21/23, event_date 20/23, location 17/23; triggers 9/23 identical trigger+occurrence, 20/23 nested; 28 -> 26 rows: 2 rows dropped as B (aleqtisadiya-658 Houthi seizure of 300 million riyals of the Youth Fund, an administrative order with no force described; aawsat-142 advance towards al-Tamim, folded into the Anbar University row as the spent adjudicated aawsat-139), no row added; 11 values changed to B's: aawsat-332 the Saada, Abyan and Lahij coalition raids dated DCT 31 July (first 30 July; no day of their own), aawsat-332 'Nuqum, Sanaa' (first 'Naqam, Sanaa'), aawsat-57 Aden liberation and building handover precision 2 (first 3), aawsat-57 Taiz oil-stock actor2 empty (first Civilians (Yemen)), aleqtisadiya-658 unnamed base location 'Lahij' (first empty), 'Az Zahir, Al Bayda' (first 'Al Zahir'), and Tiyab/Qayfa reported_as reported (first claimed; Tiyab not paired by compare.py); kept against B: no rows for the aawsat-104 campaign time marker and the alriyadh-872 Paris killings time marker (B's aggregate and background rows), the Tiyab and Qayfa rows (B one 'Al Bayda' row), the Taiz siege as Strategic developments/Other dated 1 April (B Battles/Armed clash, 12 April), the media-violations aggregate (B none, as the spent events99 aawsat-108), the handover's actor order (B Houthis first), 'Al Anad Air Base' (B 'Al Anad'), 'Al Husseini, Lahij' (B 'Al Husayni'), my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

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
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
SLC = "Saudi-led coalition"
GCD = "Global Coalition Against Daesh"
MFI = "Military Forces of Iraq"
PFSA = "Police Forces of Saudi Arabia"
CYE = "Civilians (Yemen)"
AWS332 = "SN-aawsat-20150731-332"
AWS57 = "SN-aawsat-20150721-57"
EQT658 = "SN-aleqtisadiya-20150806-658"
WAT1044 = "SN-alwatan-20150810-1044"
AWS142 = "SN-aawsat-20150726-142"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Aden governor on Iranian prisoners; field round-up (aawsat-332, DCT Friday 31 July 04:30 UTC)
    (AWS332, "منطقة المحلة", "خصوصًا في منطقة المحلة والجلاجل",
     BAT, GRT, YR, HOU, "Al Mahallah, Lahij", "YE", "2015-07-30", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "'yesterday' (DCT Friday 31 July -> 30 July) the resistance loyal to the legitimacy advanced in several areas of "
     "Lahij governorate, especially the al-Mahalla and al-Jalajil area about 4 km from al-Hawta, the governorate's "
     "capital (an advance 'in' named areas, ground gained -> Government regains territory, as the spent aljazirah-737 "
     "'منطقة المحلة' row, alternative Armed clash; opponent implied: the Houthis; one location per row -> al-Mahalla "
     "here, al-Jalajil its own row; the unnamed 'several areas' folded). Not coded: the governor's claim that the "
     "resistance holds Iranian and other foreign prisoners taken on the Aden, Lahij and Abyan fronts (the title's news: "
     "captures in battle, undated, no place of their own; as the spent aawsat-16 Iranian-officers decision), the rights "
     "sources' count of at least 1,500 detainees held by the Houthis (a status, no act or date), Hadi's decision to merge "
     "the popular committees into the army (policy)"),
    (AWS332, "والجلاجل", "خصوصًا في منطقة المحلة والجلاجل",
     BAT, GRT, YR, HOU, "Al Jalajil, Lahij", "YE", "2015-07-30", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the same advance of 30 July, second named place: al-Jalajil near al-Hawta, Lahij (one location per row)"),
    (AWS332, "حصارها لقاعدة العند الجوية", "حصارها لقاعدة العند الجوية الواقعة في المحافظة",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-07-31", "2", "", "",
     "Asharq Al-Awsat; the pro-Hadi forces", "reported",
     "the forces loyal to Hadi continued their siege of al-Anad air base in Lahij, saying they refrain from storming "
     "the strategic base for now because hundreds of detainees are held inside (a siege of an enemy-held base stated as "
     "fact -> Armed clash, as the spent aawsat-151 and almadina-595 al-Anad siege rows; pro-Hadi forces -> Yemeni "
     "Resistance, as those rows; ongoing -> DCT, precision 2; 'Al Anad Air Base' kept in adjudication against B's 'Al "
     "Anad': the text says 'the al-Anad air base', as the spent siege rows)"),
    (AWS332, "سلسلة غارات جوية", "شن طيران التحالف سلسلة غارات جوية",
     ERV, AIR, SLC, HOU, "Saada", "YE", "2015-07-31", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "'meanwhile' coalition aircraft carried out a series of raids on positions of the militias and of Saleh's forces "
     "in Saada governorate, the Houthis' main stronghold (one location per row; the raid sentence has no day of its "
     "own and 'meanwhile' follows a paragraph mixing the 30 July advance and the continuing al-Anad siege -> DCT, "
     "precision 2 by the written rule; adjudicated, as B: first 30 July, precision 2; Saleh's forces folded into actor2 "
     "Houthis, as the spent rows)"),
    (AWS332, "في محافظتي أبين", "مواقع للمتمردين في محافظتي أبين ولحج بالجنوب",
     ERV, AIR, SLC, HOU, "Abyan", "YE", "2015-07-31", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the coalition aircraft also targeted rebel positions in Abyan and Lahij governorates (one location per row -> "
     "Abyan here, Lahij its own row; DCT 31 July, precision 2, as the Saada row; adjudicated, as B: first 30 July)"),
    (AWS332, "ولحج بالجنوب", "مواقع للمتمردين في محافظتي أبين ولحج بالجنوب",
     ERV, AIR, SLC, HOU, "Lahij", "YE", "2015-07-31", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the same coalition strikes on rebel positions, second governorate: Lahij (one location per row; DCT 31 July, "
     "precision 2; adjudicated, as B: first 30 July)"),
    (AWS332, "انفجار بسيارة مفخخة", "إذ استهدف انفجار بسيارة مفخخة، عصر أمس",
     ERV, IED, IS, CYE, "Nuqum, Sanaa", "YE", "2015-07-30", "1", "5", "at_least",
     "Asharq Al-Awsat; news agencies (the ISIS claim)", "reported",
     "in Sanaa 'yesterday afternoon' (30 July) a car-bomb explosion targeted the al-Faidh al-Hatimi mosque in the Naqam "
     "area in the east of the capital, attended by the Bohra (Ismaili) community, killing at least 5 and wounding others "
     "('5 أشخاص، على الأقل' -> 5 at_least; 'وأسفر الانفجار' is the same event -> one row; a car bomb with no suicide "
     "bomber stated -> Remote explosive/landmine/IED, as the spent alriyadh-678 Sanaa car-bomb row; an ISIS 'official' "
     "claimed it through the news agencies -> Islamic State; worshippers -> Civilians (Yemen); 'منطقة نقم، بشرق "
     "العاصمة' -> 'Nuqum, Sanaa', the usual English form of Jabal Nuqum; adjudicated spelling, as B, first 'Naqam, Sanaa')"),
    # Yemeni human-rights minister al-Asbahi (aawsat-57, DCT Tuesday 21 July 02:53 UTC)
    (AWS57, "قبيل تحرير عدن", "انتحروا قبيل تحرير عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-21", "2", "", "",
     "Yemeni Human Rights Minister Ezzedine al-Asbahi (to Asharq Al-Awsat)", "reported",
     "background: the minister revealed that the government's inspection tours of Aden's districts, formerly under "
     "Houthi control, found bodies of Houthi fighters who killed themselves 'shortly before the liberation of Aden' "
     "(the recapture of Aden by the pro-Hadi side -> Yemeni Resistance vs Houthis, as the spent Aden liberation rows; "
     "no date in the text -> DCT; adjudicated, as B: precision 2 (first 3), as the spent events82 aawsat-5 and alweeam-1640 "
     "Aden rows of the same DCT, the liberation being days old (the ministers arrived 'recently'); the found bodies "
     "of suicides not coded as an event of their own). Not coded: the inspection tours and the minister's meeting with "
     "the resistance youth (no violence), the invitation to the UN High Commissioner to visit Aden and the return of "
     "the ministers (diplomatic/political), the 'incidents' among Yemenis from the Houthis' anti-aircraft missiles "
     "(generic, no place or date)"),
    (AWS57, "سلما من قبل ميليشيات الحوثي", "مبنيي التلفزيون والمخابرات سلما من قبل ميليشيات الحوثي إلى الحكومة الشرعية",
     SD, "Non-violent transfer of territory", "Government of Yemen", HOU, "Aden", "YE", "2015-07-21", "2", "", "",
     "Yemeni Human Rights Minister Ezzedine al-Asbahi (to Asharq Al-Awsat)", "claimed",
     "borderline: the minister revealed that the television and intelligence buildings were handed over by the Houthi "
     "militias to the legitimate government (a handover of sites without fighting -> Non-violent transfer of territory, "
     "actor1 the side taking over, as the spent alwatan-880 Hezbollah row; the buildings are in Aden, the paragraph's "
     "subject -> 'Aden'; no day -> DCT; adjudicated, as B: precision 2 (first 3), as the liberation row it belongs to; "
     "only the minister's word, a party -> claimed; kept in adjudication against B's actor order (Houthis first): "
     "actor1 is the side acquiring the sites, as the spent alwatan-880 row; alternative folded into the liberation row)"),
    (AWS57, "أن تقصف أحياء سكنية", "أن تقصف أحياء سكنية مأهولة بالسكان بصواريخ الكاتيوشا",
     ERV, SHELL, HOU, CYE, "Aden", "YE", "2015-07-21", "3", "", "",
     "Yemeni Human Rights Minister Ezzedine al-Asbahi (to Asharq Al-Awsat)", "claimed",
     "aggregate, borderline: the minister: the shelling of inhabited residential neighbourhoods with Katyusha rockets "
     "is unprecedented, 'and this is what was recorded in Aden governorate' (the Houthis named as the militias of the "
     "paragraph; residential neighbourhoods -> Civilians (Yemen); no day, no neighbourhood, no toll -> one row, DCT, "
     "precision 3; the minister of the opposing side -> claimed; alternative not coded, generic, as the spent "
     "alweeam-994 undated catalogue decision)"),
    (AWS57, "قامت بحصار ممنهج", "ميليشيات الحوثي قامت بحصار ممنهج لأكثر من 100 يوم",
     SD, "Other", HOU, CYE, "Taiz", "YE", "2015-04-01", "3", "", "",
     "Yemeni Human Rights Minister Ezzedine al-Asbahi (to Asharq Al-Awsat)", "claimed",
     "aggregate, borderline: the minister: the Houthi militias imposed a systematic siege on Taiz governorate for more "
     "than 100 days without any move by the international community (a siege cutting supplies to a population -> "
     "Strategic developments/Other, as the spent aawsat-116 al-Hameh starvation-siege row; the population -> Civilians "
     "(Yemen); 'more than 100 days' before the DCT (21 July) -> begun by about 12 April -> 1 April 2015, precision 3; "
     "the opposing side's minister -> claimed; kept in adjudication against B's Battles/Armed clash dated 12 April, "
     "actor2 empty: the minister frames a siege of a governorate's population, not fighting, and 'more than 100 days' "
     "puts the start before 12 April -> 1 April, precision 3; B's type stays the alternative)"),
    (AWS57, "قامت بتفجير كل المخزون النفطي", "قامت بتفجير كل المخزون النفطي لمحافظة تعز",
     SD, "Looting/property destruction", HOU, "", "Taiz", "YE", "2015-07-21", "3", "", "",
     "Yemeni Human Rights Minister Ezzedine al-Asbahi (to Asharq Al-Awsat)", "claimed",
     "borderline: the minister: the Houthi militia blew up all the oil stock of Taiz governorate and cut all supplies "
     "to the governorate of four million people (destruction of property by an armed group -> Looting/property "
     "destruction; the target is property, no harmed people named -> actor2 empty (adjudicated, as B; first Civilians "
     "(Yemen)); the cut supplies are the "
     "siege row; no day -> DCT, precision 3; the opposing side's minister -> claimed)"),
    # Lahij and al-Bayda fronts, Houthi fund seizure, media report (aleqtisadiya-658, DCT Thursday 6 August 08:09 UTC)
    (EQT658, "حصارا محكما على معسكر لبوزة", "يفرض مقاتلو المقاومة الشعبية وقوات من الجيش الموالي للشرعية حصارا محكما على معسكر لبوزة",
     BAT, CLASH, YR, HOU, "Labouza Camp, Lahij", "YE", "2015-08-06", "2", "", "",
     "Al Eqtisadiya", "reported",
     "the title's second news ('a stifling siege of their last fortress in Lahij'): the popular resistance fighters and "
     "pro-legitimacy army units impose a tight siege on the Labouza camp, where the Houthi militias are entrenched, in "
     "Lahij governorate (siege of an enemy-held camp -> Armed clash, as the spent okaz-1225 Labouza siege row; the "
     "resistance named first -> Yemeni Resistance, the army in the note; ongoing -> DCT, precision 2; 'all the Houthi "
     "and Saleh gunmen in the southern governorates are besieged' folded, generic). Not coded: the armoured forces "
     "heading to the Karish area (a movement), the 24 Houthi gunmen swept away by a flood in Wadi al-Kharid, al-Jawf, on "
     "Wednesday (a natural disaster, not political violence), the Houthi seizure of more than 300 million riyals of the "
     "Youth Fund's revenues by a memo of the Houthi 'revolutionary committee' to the Tobacco and Matches Company "
     "(adjudicated, dropped as B: an administrative order with no force, place or day described; first a borderline "
     "Looting/property destruction row, claimed, which stays the alternative)"),
    (EQT658, "معارك محدودة في منطقة الحسيني", "إن معارك محدودة في منطقة الحسيني بين المقاومة والحوثيين",
     BAT, CLASH, YR, HOU, "Al Husseini, Lahij", "YE", "2015-08-06", "2", "", "",
     "media sources accompanying the resistance (to Al Eqtisadiya)", "reported",
     "on the ground: limited battles in the al-Husseini area between the resistance and the Houthis (the Lahij "
     "paragraph; 'Al Husseini, Lahij', as the spent alyaum-2517 'Wadi al-Husseini, Lahij' row of the same days; "
     "present -> DCT, precision 2; embedded media sources, not a party's own statement -> reported, alternative "
     "claimed; spelling kept in adjudication against B's 'Al Husayni, Lahij', as the spent rows)"),
    (EQT658, "قد سيطرت على أكبر القواعد", "قد سيطرت على أكبر القواعد الاستراتيجية للجيش اليمني",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-06", "3", "", "",
     "Al Eqtisadiya", "reported",
     "background: the popular resistance and the pro-legitimacy army had taken 'the largest strategic base of the "
     "Yemeni army', a crushing blow to the group's operations since March (this is the al-Anad air base, taken on about "
     "3 August as in the spent alyaum-2517 row, but the text does not name it; adjudicated, as B: location 'Lahij', the "
     "governorate of the paragraph (Labouza, al-Husseini, Karish), first empty; alternative 'Al Anad Air Base'; "
     "pluperfect recap, no day -> DCT, precision 3)"),
    (EQT658, "وتستمر المعارك حتى اللحظة", "وتستمر المعارك حتى اللحظة بين رجال المقاومة",
     BAT, CLASH, YR, HOU, "Dhi Naim, Al Bayda", "YE", "2015-08-06", "2", "", "",
     "Al Eqtisadiya; a popular resistance source", "reported",
     "the title's news ('al-Bayda rises against the Houthis'): in al-Bayda the popular resistance launched multiple "
     "surprise attacks on the Houthis in more than one district; the battles continue 'until this moment' between the "
     "resistance men, who launched a wide attack on Houthi positions in the Hormuz and al-Hamma mountains in Dhi Naim "
     "district (two mountains of one named district -> one row 'Dhi Naim, Al Bayda', as the spent alwatan-2160 and "
     "aawsat-363 rows; the source's 'the largest operations are in Dhi Naim' folded; the source's 'dozens' of Houthi and "
     "Saleh dead, not tied to one place -> fatalities empty; ongoing -> DCT, precision 2; the outlet's own voice -> "
     "reported)"),
    (EQT658, "وطياب", "أكبر العمليات تشن في ذي ناعم وطياب وقيفه",
     BAT, CLASH, YR, HOU, "Tiyab", "YE", "2015-08-06", "2", "", "",
     "Al Eqtisadiya; a popular resistance source", "reported",
     "a resistance source: the fronts of al-Bayda are ablaze as never before, the largest operations being waged in Dhi "
     "Naim, Tiyab, Qayfa and al-Zahir Al Humayqan (one location per row: Dhi Naim is the row above, al-Zahir its own "
     "row; bare 'Tiyab', as the spent aawsat-363 row; ongoing -> DCT, precision 2; kept in adjudication against B, "
     "who folded Tiyab and Qayfa into one 'Al Bayda' row: one location per row; adjudicated reported_as: reported, "
     "first claimed: the outlet states in its own voice the multiple attacks in more than one district, the source "
     "only names them)"),
    (EQT658, "وقيفه", "أكبر العمليات تشن في ذي ناعم وطياب وقيفه",
     BAT, CLASH, YR, HOU, "Qayfa", "YE", "2015-08-06", "2", "", "",
     "Al Eqtisadiya; a popular resistance source", "reported",
     "the same source's list, third named place: Qayfa, al-Bayda (one location per row; bare name; DCT, precision 2; "
     "compare.py pairs this row with B's 'Al Bayda' row ('شنت المقاومة الشعبية هجمات متعددة', Tiyab and Qayfa "
     "folded): location kept against B (one location per row); reported_as changed to B's reported, first claimed, as "
     "the Tiyab row)"),
    (EQT658, "باتت شبه محررة", "مديرية الزاهر آل حميقان باتت شبه محررة",
     BAT, GRT, YR, HOU, "Az Zahir, Al Bayda", "YE", "2015-08-06", "2", "", "",
     "a popular resistance source (to Al Eqtisadiya)", "claimed",
     "the source: the al-Zahir Al Humayqan district is now 'almost liberated', with progress on all fronts (most of a "
     "district taken -> Government regains territory, as the spent aawsat-16 '90 percent' al-Anad row, alternative "
     "Armed clash; the district's operations in the source's list folded here; 'مديرية الزاهر' in al-Bayda -> 'Al "
     "Zahir, Al Bayda', adjudicated spelling 'Az Zahir, Al Bayda' as B and the spent 'Az Zahir, Saada' (first 'Al "
     "Zahir, Al Bayda'); DCT, precision 2; only the resistance source -> claimed)"),
    (EQT658, "87 حالة انتهاك", "ورصد مركز الدراسات والإعلام الاقتصادي 87 حالة انتهاك",
     VAC, "Abduction/forced disappearance", HOU, CYE, "", "YE", "2015-06-01", "3", "", "",
     "Studies and Economic Media Centre report (via Al Eqtisadiya)", "reported",
     "aggregate, borderline: the centre recorded 87 violations against media workers and social-media activists in "
     "June and July 2015 by the Houthi group: 40 assaults and threats, 36 abductions, 8 raids and lootings, 3 injuries "
     "(the same report as the spent adjudicated events99 aawsat-108 row: one aggregate row, the abductions the concrete "
     "violent acts -> Abduction/forced disappearance, alternative Attack; the text also says about 93 percent were "
     "'distributed between the coalition forces and government bodies', a garbled line, and 3.5 percent al-Qaeda: "
     "folded, the paragraph names the Houthis; the first '87 حالة' mention is the same -> one row; June and July -> 1 "
     "June, precision 3; no place -> empty; Shabwa ranks first, not the place of all). Not coded: the 350 media workers "
     "who lost their jobs, the closed channels and blocked websites (no violent act), the 2011 revolution (too old). "
     "Kept in adjudication against B, who left the report uncoded: as the spent adjudicated events99 aawsat-108 row "
     "of the same report"),
    (EQT658, "اجتياح جماعة الحوثي للعاصمة", "مع اجتياح جماعة الحوثي للعاصمة اليمنية صنعاء",
     BAT, NSO, HOU, "", "Sanaa", "YE", "2014-09-01", "3", "", "",
     "Studies and Economic Media Centre (via Al Eqtisadiya)", "reported",
     "background: media freedoms suffered a setback with the Houthi storming of the capital Sanaa 'in September 2014' "
     "(-> 1 September 2014, precision 3, within 12 months of the DCT 6 August 2015; no defender named -> actor2 empty; "
     "as the spent events99 aawsat-108 row of the same report and the almadina-644 row). Not coded: 'the conflicts that "
     "followed' (generic)"),
    # Column on the Emergency Forces mosque attack (alwatan-1044, DCT Monday 10 August 19:39 UTC)
    (WAT1044, "الاعتداء الإرهابي على مسجد قوات الطوارئ", "لم يكن الغضب من الاعتداء الإرهابي على مسجد قوات الطوارئ",
     ERV, SUI, IS, PFSA, "", "SA", "2015-08-10", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background (opinion column): the terrorist attack on the Emergency Forces mosque 'in the far south of the "
     "country', its martyrs and wounded (the 6 August Asir bombing); the column makes ISIS the doer ('targeting a "
     "mosque of the Sunnis', 'the explosive belts of its followers reached the mosques of the Sunnis') -> Islamic State "
     "and Suicide bomb, as the spent okaz-1244 column row; 'استهداف مسجد للسنة' is the same event -> one row; Emergency "
     "Forces -> Police Forces of Saudi Arabia; the text names no place ('the far south of the country') -> location "
     "empty by the written rule, alternative 'Asir' as the spent rows; no toll; an opinion column, no day -> DCT, "
     "precision 3). Not coded: ISIS's earlier targeting of Shia places of worship (generic, no place or date), its "
     "spread in conflict zones (generic)"),
    # Iraqi forces enter Anbar University (aawsat-142, DCT Sunday 26 July 17:06 UTC)
    (AWS142, "تدخل جامعة الأنبار", "القوات العراقية تدخل جامعة الأنبار وتشتبك",
     BAT, GRT, MFI, IS, "Anbar University, Ramadi", "IQ", "2015-07-26", "1", "", "",
     "Iraqi Joint Operations Command (statement); Anbar provincial council member Falih al-Issawi (to Reuters)",
     "reported",
     "the title's news, stated as fact: the security forces entered Anbar University in the south of Ramadi and "
     "clashed with ISIS inside its campus; al-Issawi: special forces, army and federal police entered the campus 'early "
     "today (Sunday)' (DCT Sunday 26 July -> 26 July, precision 1) and tactically impose full control over the "
     "university complex (control stated -> Government regains territory, as the spent aleqtisadiya-309 and aawsat-139 "
     "rows of the same capture; the clashes inside and the clearing of ISIS remnants and explosives folded; "
     "Counter-Terrorism Service, army, federal police -> Military Forces of Iraq). Folded (adjudicated, as B; first its "
     "own Armed clash row 'Al Tamim, Ramadi'): the forces advancing 'towards' the nearby al-Tamim district faced ISIS "
     "positions fortified with explosives and barbed wire, and used ISIS's retreat to advance towards al-Tamim (an "
     "advance towards, not into, the district, the same forces and day -> a sub-action of this battle, as the "
     "convention folds advances and as the spent adjudicated aawsat-139 folded al-Tamim into the university row). "
     "Not coded: the Popular Mobilization did not take part (a non-event)"),
    (AWS142, "بغارات مكثفة من التحالف", "مدعومة بغارات مكثفة من التحالف الذي تقوده الولايات المتحدة",
     ERV, AIR, GCD, IS, "Anbar University, Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Anbar provincial council member Falih al-Issawi (to Reuters, via Asharq Al-Awsat)", "reported",
     "the entry was backed by intensive raids of the US-led coalition (a different actor from the ground battle -> own "
     "row, as the spent aawsat-139 row of the same capture; US-led coalition -> Global Coalition Against Daesh; tied to "
     "the capture, no own day -> 26 July, precision 2, as that row)"),
    (AWS142, "عملية عسكرية في محافظة الانبار", "في أبريل (نيسان)، عملية عسكرية في محافظة الانبار",
     BAT, CLASH, MFI, IS, "Anbar", "IQ", "2015-04-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate, borderline: the security forces and allied armed groups launched in April a military operation in "
     "Anbar governorate in western Iraq to retake it from ISIS (one campaign -> one row dated at its stated start, April "
     "-> 1 April 2015, precision 3, as the spent aawsat-738 '13 July' Anbar-operations aggregate; allied groups folded; "
     "alternative not coded, a background sentence)"),
    (AWS142, "ويشن التحالف غارات على العراق", "ويشن التحالف غارات على العراق وسوريا المجاورة منذ أغسطس",
     ERV, AIR, GCD, IS, "", "IQ", "2014-08-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: the coalition has been carrying out raids on Iraq and neighbouring Syria since August 2014 (within 12 "
     "months of the DCT; one row dated at its start, 1 August 2014, precision 3; two countries, no place -> location "
     "empty, country of the first named, IQ; as the spent alyaum-1225 and aleqtisadiya-295 coalition-campaign "
     "aggregates)"),
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
