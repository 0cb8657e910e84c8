"""Bookkeeping helper for annotator B of the events40 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur32/events40/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 40 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py ("This set: events40, seeds 2832 / 2833, drawn at the start of stop 32 (main 9e2d401), 2026-11-27."). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2832).shuffle, walked in order; (b) 10 with no text filter: random.Random(2833).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 2, alriyadh 2, alwatan 2, aleqtisadiya 1, aljazirah 1, almadina 1, okaz 1; b: alyaum 3, alriyadh 2, aljazirah 1, almadina 1, alwatan 1, alweeam 1, sabq 1).
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
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
GRT = "Government regains territory"
ATT = "Attack"
ARR = "Arrests"
CLASH = "Armed clash"
PEACE = "Peaceful protest"
UAG = "Unidentified armed group"
ISIS = "Islamic State"
HOU = "Houthis"
YR = "Yemeni Resistance"
SLC = "Saudi-led coalition"
MFS = "Military Forces of Syria"
REB = "Syrian rebels"
NUS = "Jabhat al-Nusra"
PFSA = "Police Forces of Saudi Arabia"
PIQ = "Protesters (Iraq)"
CAF = "Civilians (Afghanistan)"
OK1282 = "SN-okaz-20150808-1282"
RI642 = "SN-alriyadh-20150801-642"
RI663 = "SN-alriyadh-20150809-663"
AW189 = "SN-aawsat-20150725-189"
WT1340 = "SN-alwatan-20150722-1340"
JZ450 = "SN-aljazirah-20150726-450"
JZ761 = "SN-aljazirah-20150806-761"
MD580 = "SN-almadina-20150808-580"
YM1141 = "SN-alyaum-20150808-1141"
SOHR = "Syrian Observatory for Human Rights (via Al Jazirah, AFP)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OK1282, "تظاهر آلاف العراقيين", "تظاهر آلاف العراقيين أمس في بغداد وست محافظات",
     PRO, PEACE, PIQ, "", "Tahrir Square, Baghdad", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported",
     "the title's news: 'yesterday' (DCT Saturday 8 August -> Friday 7 August) thousands of Iraqis demonstrated in "
     "Baghdad against financial and administrative corruption and the lack of basic services, especially electricity, "
     "asking Abadi to be bolder; they gathered in Tahrir Square in central Baghdad, carried a black-draped coffin and "
     "chanted against the politicians (folded; no intervention described -> Peaceful protest, actor2 empty; 'Tahrir "
     "Square, Baghdad' as the spent alriyadh-998 row of the same Friday). The six southern places are own rows (one "
     "location per row, as alriyadh-998)"),
    (OK1282, "البصرة", "وخرجت تظاهرات مماثلة في البصرة",
     PRO, PEACE, PIQ, "", "Basra", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday (7 August): similar demonstrations in Basra (own row, one location per row)"),
    (OK1282, "وذي قار", "في البصرة وذي قار والحلة",
     PRO, PEACE, PIQ, "", "Dhi Qar", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday (7 August): similar demonstrations in Dhi Qar (governorate named, no town)"),
    (OK1282, "والحلة", "وذي قار والحلة والنجف",
     PRO, PEACE, PIQ, "", "Hillah", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday (7 August): similar demonstrations in Hillah"),
    (OK1282, "والنجف", "والحلة والنجف وكربلاء",
     PRO, PEACE, PIQ, "", "Najaf", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday (7 August): similar demonstrations in Najaf"),
    (OK1282, "وكربلاء", "والنجف وكربلاء والديوانية",
     PRO, PEACE, PIQ, "", "Karbala", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday (7 August): similar demonstrations in Karbala"),
    (OK1282, "والديوانية", "وكربلاء والديوانية وجميعها",
     PRO, PEACE, PIQ, "", "Diwaniyah", "IQ", "2015-08-07", "1", "", "",
     "Okaz", "reported", "same Friday (7 August): similar demonstrations in Diwaniyah"),
    (OK1282, "موجة احتجاجات", "وتشهد العديد من مدن العراق موجة احتجاجات للاسبوع الثاني",
     PRO, PEACE, PIQ, "", "", "IQ", "2015-08-01", "3", "", "",
     "Okaz", "reported",
     "aggregate: many Iraqi cities have seen a wave of protests for the second week running over the lack of services, "
     "especially the power cuts (second week -> start a week before the DCT Saturday 8 August -> 1 August, precision 3, "
     "as the spent alriyadh-998 and aawsat-155 wave rows; no city named for the wave -> location empty; yesterday's "
     "Friday demonstrations are own rows)"),
    (RI642, "بهدم مسجد", "في بيان أصدره أمس بهدم مسجد",
     SD, "Looting/property destruction", "Government of Iran", "", "Punak, Tehran", "IR", "2015-07-29", "1", "", "",
     "international news agencies (via the Al-Azhar statement, Al Riyadh)", "reported",
     "background (the news is Al-Azhar's and the Egyptian Mufti's condemnation): the demolition of the only Sunni "
     "mosque in the Punak area of Tehran 'last Wednesday' (DCT Saturday 1 August -> 29 July), as the news agencies "
     "reported (stated as fact, the agencies cited -> reported). Borderline: the demolition of a place of worship, "
     "implicitly by the Iranian authorities (Al-Azhar asks 'the official authorities in Iran' to explain what happened; "
     "the text does not name who demolished it) -> Strategic developments/Looting/property destruction, actor1 "
     "Government of Iran (alternative not coded as an administrative act, or actor1 Unidentified). Not coded: the "
     "condemnations and the call to punish those responsible (statements)"),
    (RI663, "حادث التفجير", "ووصف د. الجفري حادث التفجير بأنه عمل إجرامي",
     ERV, IED, UAG, PFSA, "Abha", "SA", "2015-08-09", "3", "", "",
     "Shura Council officials (via Al Riyadh)", "reported",
     "background (the news is the Shura Council officials' condemnations): the terrorist bombing that targeted the "
     "security men praying the noon prayer in a mosque of the Emergency Forces headquarters 'in the city of Abha' (also "
     "'the mosque of the special security forces in Asir', 'the Emergency Security Forces mosque in Asir region': the "
     "same event, one row); the text says only 'التفجير' -> the generic explosive sub-type, as the spent adjudicated Abha/"
     "Asir rows; no perpetrator named ('الفئة الضالة' is rhetoric) -> Unidentified armed group; Emergency Forces -> "
     "Police Forces of Saudi Arabia; 'martyrs and wounded', no number -> fatalities empty; the text gives no day, a "
     "reaction report three days later -> DCT, precision 3, as the spent aljazirah-397 row; 'بمدينة أبها' -> 'Abha', as "
     "the spent alriyadh-560 row. Not coded: the security forces' foiling of plots and 'arrest of dozens of their "
     "followers' (generic, no date), the condolences"),
    (AW189, "احتجاجات استمرت عدة أسابيع", "التي شهدت احتجاجات استمرت عدة أسابيع ضد نكورونزيزا",
     PRO, PEACE, "Protesters (Burundi)", "", "Bujumbura", "BI", "2015-07-25", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate/background: the capital Bujumbura saw protests lasting several weeks against Nkurunziza before the "
     "election (his third-term bid); the text states no violence at these protests -> Peaceful protest, actor2 empty "
     "(the spent alriyadh-812 row had Excessive force because its text said dozens were killed); no month stated -> DCT, "
     "precision 3, as alriyadh-812. Not coded: Tuesday's presidential election, its boycott and results (elections), "
     "the 'months of unrest and acts of violence' and 'climate of intimidation and political violence' (generic), the "
     "closing of private radio stations, the US aid review (political)"),
    (WT1340, "قصر المعاشيق", "ساحة قصر المعاشيق الرئاسي في عدن الذي كان الثوار استعادوه",
     BAT, GRT, YR, HOU, "Maashiq Palace, Aden", "YE", "2015-07-20", "1", "", "",
     "popular resistance sources (via Al Watan)", "reported",
     "the popular resistance's fighters ('الثوار') retook the Maashiq presidential palace in Aden late 'the day before "
     "yesterday' (DCT 22 July -> 20 July); dozens of bodies of the Houthi and Saleh militias lie in its square "
     "('العشرات' -> fatalities empty; Houthis and Saleh's remnants -> Houthis; pro-Hadi popular resistance -> Yemeni "
     "Resistance); the recapture is stated as a presupposed fact -> reported (alternative claimed: in the resistance "
     "sources' statement). Not coded: the refusals to fight and defections in the Houthi-held army camps after 'the "
     "recent defeats' (generic, no place or day), the Houthi mobilisation of northern tribesmen, the arrival of the "
     "first food-aid ship in Aden port 'yesterday'"),
    (WT1340, "مبنى الإذاعة", "تم قتل متمردين آخرين وأسر عشرات في مبنى الإذاعة",
     BAT, CLASH, YR, HOU, "Radio Building, Aden", "YE", "2015-07-22", "2", "", "",
     "popular resistance sources (via Al Watan)", "claimed",
     "the same resistance sources: other rebels were killed and dozens captured in the radio building (Aden) (a "
     "differently named place from the palace -> own row; killing and capture of fighters -> Armed clash; only in the "
     "resistance sources' account -> claimed; no number killed -> empty; no own day -> DCT, precision 2; alternative "
     "folded into the Aden recapture rows)"),
    (WT1340, "مديرية التواهي", "تمكنوا من طرد المتمردين من كامل مديرية التواهي",
     BAT, GRT, YR, HOU, "Tawahi, Aden", "YE", "2015-07-22", "2", "", "",
     "Al Watan; resistance media office", "reported",
     "the popular resistance fighters had expelled the rebels from the whole of Tawahi district (Aden); the resistance "
     "media office's statement on the control of 'a number of important sites' and the combing and clearing of "
     "residential neighbourhoods folded (same operation); no day -> DCT, precision 2 (the pluperfect 'وكان... تمكنوا' "
     "puts it on or before the DCT; 'Tawahi, Aden' as the spent aljazirah-980 row of 20 July)"),
    (WT1340, "استهدفت خمس قذائف", "استهدفت خمس قذائف عسكرية، أرسلتها أيادي الغدر الحوثية صباح أمس",
     ERV, SHELL, HOU, "Civilians (Saudi Arabia)", "Dhahran al-Janub", "SA", "2015-07-21", "1", "", "",
     "Al Watan", "reported",
     "'yesterday morning' (DCT 22 July -> 21 July) five military shells fired by 'the Houthi hands of treachery' hit "
     "the Dhahran al-Janub general hospital and a number of citizens' houses in the al-Rahib al-Sharqi and al-Iskan "
     "districts; no injuries (fatalities empty; hospital and homes -> Civilians (Saudi Arabia); the same event and "
     "coding as the spent alwatan-1347 row)"),
    (JZ450, "431 مشبوهاً", "إلقائهم القبض على 431 مشبوهاً من المنتمين لتنظيم داعش",
     SD, ARR, PFSA, ISIS, "", "SA", "2015-07-26", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "background (opinion column): the security forces' ('صقور الوطن') arrest of 431 suspects belonging to ISIS (the "
     "interior ministry's July announcement; Daesh named -> Islamic State, as the spent alyaum-2213/almadina-490 '431' "
     "rows; no place -> location empty; the text gives no day and the column is not a breaking report -> DCT, precision 3; "
     "the spent '431' rows of 21-22 July had precision 2, as reaction reports; alternative 2). Not coded: the foiled "
     "suicide operations (generic), 9/11 (far older than 12 months)"),
    (JZ450, "القبض على 144 شخصاً", "حيث تم فيها القبض على 144 شخصاً من مروجي الفكر الداعشي",
     SD, ARR, PFSA, ISIS, "", "SA", "2015-07-26", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "background: the interior ministry's 'security sweep' against the online networks, in which 144 promoters of ISIS "
     "ideas and recruiters of young men through Twitter accounts were arrested (the column presents it as a separate "
     "sweep from the 431 -> own row; alternative folded into the 431 row if they are part of the same announcement; "
     "ISIS promoters -> actor2 Islamic State; no place, no day -> DCT, precision 3)"),
    # ---- set b (no text filter) ----
    (JZ761, "خطفت جبهة النصرة", "خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا خمسة مقاتلين",
     BAT, CLASH, NUS, REB, "Qah", "SY", "2015-08-04", "1", "", "",
     SOHR, "reported",
     "the title's news: Jabhat al-Nusra (al-Qaeda's arm in Syria) abducted at least five more fighters of Division 30, "
     "trained under the US programme for the opposition, 'yesterday Tuesday' (DCT Thursday 6 August -> Tuesday 4 August) "
     "in the border village of Qah with Turkey, north-west Syria (the director's quote is the same event; abduction of "
     "fighters, not civilians -> Battles/Armed clash, as the spent CN-719 abduction of security personnel; alternative "
     "Violence against civilians/Abduction; Division 30 -> Syrian rebels)"),
    (JZ761, "خطف ثمانية مقاتلين آخرين", "بعد أقل من أسبوع على خطف ثمانية مقاتلين آخرين",
     BAT, CLASH, NUS, REB, "", "SY", "2015-07-29", "2", "", "",
     SOHR, "reported",
     "background: less than a week before the 4 August abduction, Jabhat al-Nusra abducted eight other US-trained "
     "fighters (no place in the text -> location empty, SY; 'less than a week' before Tuesday 4 August -> 29 July, "
     "precision 2; same typing as the Qah row)"),
    (JZ761, "في مدينة الزبداني", "في مدينة الزبداني ومحيطها، بالتزامن مع قصف",
     BAT, CLASH, REB, MFS, "Zabadani", "SY", "2015-08-04", "2", "1", "at_least",
     SOHR, "reported",
     "violent clashes continued until after midnight Monday-Tuesday (3/4 August) between local fighters on one side and "
     "the regime forces, Hezbollah, the Palestine Liberation Army and the National Defence Forces on the other, in "
     "Zabadani and its surroundings, with regime shelling of the city (folded: sub-action of the same battle); a major "
     "of the regime forces killed, with information on more losses (1 at_least); sides in the text's order (local "
     "fighters -> Syrian rebels; the regime's allies in the note); night of 3-4 August -> 4 August, precision 2"),
    (JZ761, "مناطق في مدينة داريا", "قصفت قوات النظام بعد منتصف ليل أمس مناطق في مدينة داريا",
     ERV, SHELL, MFS, "", "Daraya", "SY", "2015-08-04", "2", "", "",
     SOHR, "reported",
     "the regime forces shelled areas of Daraya (Western Ghouta) after midnight 'yesterday', no reports of casualties "
     "(the article's own 'yesterday' is Tuesday ('يوم أمس الثلاثاء') -> 4 August, precision 2; alternative DCT-1 = 5 "
     "August by the 'yesterday' rule; target not described -> actor2 empty)"),
    (JZ761, "مخيم خان الشيح", "في بساتين مخيم خان الشيح بالغوطة الغربية",
     BAT, CLASH, MFS, REB, "Khan al-Shih", "SY", "2015-08-04", "2", "", "",
     SOHR, "reported",
     "after midnight 'yesterday' clashes between the regime forces and allied gunmen and the opposition and fighting "
     "factions in the orchards of the Khan al-Shih camp, Western Ghouta, with reports of losses on both sides (no number "
     "-> empty; 'yesterday' = the article's Tuesday, 4 August, precision 2)"),
    (JZ761, "محطة تشرين الحرارية", "في محيط محطة تشرين الحرارية بمنطقة بئر قصب",
     BAT, CLASH, MFS, ISIS, "Bir Qasab", "SY", "2015-08-04", "2", "", "",
     SOHR, "reported",
     "at dawn 'yesterday' clashes between the regime forces and allied gunmen and ISIS ('داعش') around the Tishreen "
     "thermal power station in the Bir Qasab area, eastern Damascus countryside, with reports of losses on both sides "
     "(no number; 'yesterday' = Tuesday 4 August, precision 2; the station in the note, location the named area)"),
    (JZ761, "في القلمون الشرقي", "وتنظيم داعش من طرف آخر في القلمون الشرقي",
     BAT, CLASH, REB, ISIS, "Eastern Qalamoun", "SY", "2015-08-04", "2", "", "",
     SOHR, "reported",
     "clashes between fighters of the 'extremist' and fighting factions and ISIS in Eastern Qalamoun, with confirmed "
     "losses among the factions and reports of losses among ISIS (no number; factions -> Syrian rebels; no own day, same "
     "report -> 4 August, precision 2)"),
    (JZ761, "مقتل مقاتل من المعارضة", "مقتل مقاتل من المعارضة خلال اشتباكات مع قوات النظام",
     BAT, CLASH, REB, MFS, "Daraya", "SY", "2015-08-04", "2", "1", "exact",
     SOHR, "reported",
     "an opposition fighter killed in clashes with the regime forces and allied gunmen around Daraya, Western Ghouta "
     "(1 exact; a clash, a different event type from the Daraya shelling row -> own row; same report -> 4 August, "
     "precision 2)"),
    (JZ761, "مناطق في حي جوبر", "تعرضت بعد منتصف ليل الاثنين - الثلاثاء مناطق في حي جوبر",
     ERV, SHELL, MFS, "", "Jobar, Damascus", "SY", "2015-08-04", "1", "", "",
     SOHR, "reported",
     "after midnight Monday-Tuesday (-> Tuesday 4 August) areas of the Jobar district were shelled by the regime forces, "
     "no reports of casualties (Jobar is a Damascus district -> 'Jobar, Damascus')"),
    (JZ761, "منذ عدة اشهر", "حيث يتعرض الحي منذ عدة اشهر لهجمات من قبل حزب الله",
     BAT, CLASH, MFS, REB, "Jobar, Damascus", "SY", "2015-08-06", "3", "", "",
     SOHR, "reported",
     "aggregate: for several months the Jobar district has been attacked by Hezbollah, the regime forces and the NDF "
     "trying to take it, with clashes against the opposition factions and Jabhat al-Nusra defending it (ongoing battle; "
     "no start month -> DCT, precision 3; regime forces -> actor1, Hezbollah and NDF in the note; opposition factions "
     "-> Syrian rebels, Nusra in the note)"),
    (JZ761, "قذيفة دبابة", "كما سقطت قذيفة دبابة بعد منتصف يوم أمس الثلاثاء",
     ERV, SHELL, MFS, "", "Al Waer, Homs", "SY", "2015-08-04", "1", "", "",
     SOHR, "reported",
     "a tank shell fired by the regime forces fell on an area of the al-Waer district of Homs after midday 'yesterday "
     "Tuesday' (-> 4 August), no reports of casualties (sub-city place -> 'Al Waer, Homs')"),
    (JZ761, "نيران رشاشاتها الثقيلة", "فتحت قوات النظام بعد منتصف ليل الاثنين نيران رشاشاتها الثقيلة",
     ERV, SHELL, MFS, "", "Talbiseh, Homs", "SY", "2015-08-04", "1", "", "",
     SOHR, "reported",
     "after midnight Monday (-> early Tuesday 4 August) the regime forces opened fire with heavy machine guns on areas "
     "in the western part of Talbiseh, northern Homs countryside (no casualties stated; stand-off fire on areas, no "
     "exchange described -> coded with the shelling sub-type, alternative Battles/Armed clash; 'Talbiseh, Homs' as the "
     "spent alwatan-1660 row)"),
    (MD580, "بلاد الشيخ عبدالله", "وقالت مصادر إن المقاومة سيطرت على بلاد الشيخ عبدالله",
     BAT, GRT, YR, HOU, "Bilad al-Sheikh Abdullah, Abyan", "YE", "2015-08-08", "2", "", "",
     "sources (via Al Madina)", "reported",
     "sources said the resistance took control of Bilad al-Sheikh Abdullah, where the new governorate administration "
     "building is, and reached the al-Mashhour farm between Abyan and Shuqra (folded: same advance); place in Abyan "
     "(the paragraph is on Abyan) -> 'Bilad al-Sheikh Abdullah, Abyan'; no day -> DCT, precision 2. Not coded: the "
     "'hundreds' of Houthis seen fleeing Lawdar towards Aqabat Thirah and Jaar (withdrawal, no taker or clash stated, as "
     "the spent alwatan-1613 flight), the 4th Military Region's plan to liberate Abyan and Shabwa (a plan, no date), the "
     "coordination meeting"),
    (MD580, "أصبحت بالكامل مطهرة", "إن المحافظة أصبحت بالكامل مطهرة إلى حدود ما قبل الوحدة",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-08", "2", "", "",
     "Brig. Mohammed Saleh Tamah (to Al Madina)", "claimed",
     "a commander who took part in the liberation of al-Anad air base says Lahij governorate is now fully cleared up to "
     "the pre-unity border (the governorate's recapture by the army loyal to legitimacy and the resistance -> Yemeni "
     "Resistance; folded as its steps: the Anad liberation, the defeat at Labouza camp and the routing of the militia "
     "from al-Hawtah; alternative own rows for al-Anad Air Base and al-Hawtah, Lahij); the Houthi dead 'in the hundreds', "
     "'more than 50 dead at one site' and the dozens of bodies in the streets folded (vague toll -> fatalities empty); "
     "the commander's statement -> claimed; no day -> DCT, precision 2. Not coded: his appeal on mine clearing, the "
     "mines planted 'in all the cities' (generic)"),
    (MD580, "بزرع الألغام في المعسكر", "قاموا عند هروبهم بزرع الألغام في المعسكر إذ استشهد 30 من أبطال المقاومة",
     ERV, IED, HOU, YR, "Labouza Camp", "YE", "2015-08-08", "3", "30", "exact",
     "Brig. Mohammed Saleh Tamah (to Al Madina)", "claimed",
     "background: after their defeat at the Labouza camp the Houthi militia planted mines in the camp as they fled; 30 "
     "resistance 'heroes' were killed (30 exact; landmines -> Remote explosive/landmine/IED; the commander's statement -> "
     "claimed; the text names no governorate for the camp -> 'Labouza Camp'; no day -> DCT, precision 3)"),
    (MD580, "قصف طيران التحالف فجر أمس", "إلى ذلك قصف طيران التحالف فجر أمس مبنى بجوار المجمع الحكومي",
     ERV, AIR, SLC, HOU, "Hays, Al Hudaydah", "YE", "2015-08-07", "1", "", "",
     "Al Madina; local sources", "reported",
     "at dawn 'yesterday' (DCT Saturday 8 August -> 7 August) coalition aircraft bombed a building next to the "
     "government complex in Hays district, Hodeidah governorate, used by the Houthi militias as a headquarters; local "
     "sources: Houthis killed and wounded, many charred bodies under the rubble (no number -> empty; 'Hays, Al "
     "Hudaydah' as the spent rows)"),
    (MD580, "مزرعة منصور", "منتصف ليلة الخميس مزرعة منصور مركز تجمع للحوثيين",
     ERV, AIR, SLC, HOU, "Mansour Farm, Ad Durayhimi", "YE", "2015-08-06", "1", "", "",
     "Al Madina; local residents", "reported",
     "the coalition aircraft had bombed, at midnight Thursday (-> Thursday night, 6 August), the Mansour farm, a Houthi "
     "gathering point north-west of al-Durayhimi district, Hodeidah governorate; residents report Houthi dead and "
     "wounded (no number -> empty; another place and day than Hays -> own row)"),
    (MD580, "بقنبلة يدوية", "هاجم مسلحو المقاومة الشعبية بقنبلة يدوية تجمعًا للحوثيين",
     ERV, "Grenade", YR, HOU, "Bayt al-Shabab, As Sukhnah", "YE", "2015-08-08", "2", "", "",
     "Al Madina", "reported",
     "the popular resistance for the liberation of Tihama carried out a series of operations in several districts of "
     "Hodeidah (generic, folded): its gunmen attacked a Houthi gathering with a hand grenade at Bayt al-Shabab in "
     "al-Sukhnah district south of Hodeidah (Tihama resistance -> Yemeni Resistance, as the spent alyaum-938 rows; no "
     "casualties stated; no day -> DCT, precision 2)"),
    (YM1141, "هجوم بشاحنة مفخخة", "أسفر هجوم بشاحنة مفخخة في حي سكني في كابول",
     ERV, "Suicide bomb", UAG, CAF, "Shahid, Kabul", "AF", "2015-08-07", "1", "15", "at_least",
     "AFP journalists; Afghan presidential spokesman (via Al Yaum)", "reported",
     "the title's news: a truck-bomb attack in a residential district of Kabul on Friday morning (DCT Saturday 8 August "
     "-> 7 August) killed at least 15 and wounded more than a hundred, the first big attack in the capital since Mullah "
     "Omar's successor was named; it damaged homes, destroyed a fruit market and left a crater in 'حي شهيد' east of the "
     "capital (-> 'Shahid, Kabul', as the adjudicated spent aawsat-178 row of the same event); the police chief's earlier "
     "8 dead and 128 wounded superseded by the presidency's 15 ('15 قتيلًا على الاقل' -> 15 at_least); Ghani calls it "
     "'a suicide attack' -> Suicide bomb, as aawsat-178; no claim ('may bear the hallmarks of the Taliban') -> "
     "Unidentified armed group; residential district, many women and children -> Civilians (Afghanistan); the probable "
     "target, a nearby military building, in the note"),
    (YM1141, "في قندهار", "قتلت تسعة اشخاص نهار الخميس في سلسلة هجمات في قندهار",
     VAC, ATT, "Taliban", CAF, "Kandahar", "AF", "2015-08-06", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "background: the Taliban killed nine people on Thursday (DCT Saturday 8 August -> 6 August) in a series of attacks "
     "in Kandahar, the insurgency's cradle, and in Logar province south of Kabul (two named places -> two rows; the nine "
     "are not split -> fatalities empty on both, the 9 in the note; 'people' with no armed role stated -> VAC/Attack vs "
     "Civilians (Afghanistan), as the adjudicated spent aawsat-178 rows). Not coded: the UNAMA half-year toll (1,592 "
     "killed, 1 January - 30 June; a country-wide report figure with no actor or place), Mullah Mansour's appointment "
     "and the leadership dispute, Mullah Omar's death (April 2013), the July talks in Pakistan and the postponed second "
     "round (political)"),
    (YM1141, "لوغار", "وفي ولاية لوغار جنوب كابول",
     VAC, ATT, "Taliban", CAF, "Logar", "AF", "2015-08-06", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "background: the Logar part of the Taliban's Thursday (6 August) series of attacks that killed nine in all with "
     "Kandahar (see the Kandahar row; fatalities empty, not split)"),
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
