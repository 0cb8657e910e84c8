"""Bookkeeping helper for the events39 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur32/events39/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 39 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events39/sample.py ("This set: events39, seeds 2830 / 2831, drawn at the start of stop 32 (main 9e2d401), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2830).shuffle, walked in order; (b) 10 with no text filter, random.Random(2831).shuffle, >=3 sources (got, by source, a: aawsat 3, aleqtisadiya 1, aljazirah 1, alriyadh 1, alwatan 2, alyaum 2; b: 3alyoum 2, aleqtisadiya 1, aljazirah 1, almadina 1, alriyadh 1, alwatan 1, okaz 1, sabq 2).
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

ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 32 rows): detection F1 0.968 "
       "before (30 matched of 30 A / 32 B rows; no A-only row, 2 B-only rows); 2 rows added (alwatan-1033 al-Sittin Street "
       "clashes, a named place outside the Taiz toll row; alwatan-1033 Central Region front of the 6 August Houthi attack, "
       "the text's 'two fronts'), both B's; 7 field values changed in 6 rows, all B's (aawsat-143 location 'Bardo Museum, "
       "Tunis'; alwatan-1033 Political Security building Government regains territory; alwatan-1033 Abyan air strikes date "
       "6 August and alwatan-2160 de-mining date 5 August, 'past two days' -> DCT-1 as the spent aawsat-72 row; alwatan-2160 "
       "de-mining location 'Al Hawtah, Lahij'; alwatan-2160 Aden mines reported, title-stated; alwatan-2160 'Al Qalah' "
       "spelling); 1 kept against B (alwatan-2160 al-Jufaynah shelling actor order Houthis first); every difference and its "
       "reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
DWU = "Disrupted weapons use"
RES = "Yemeni Resistance"
HOU = "Houthis"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
COAL = "Saudi-led coalition"
PKK = "PKK: Kurdistan Workers Party"
MFTR = "Military Forces of Turkey"
POLTR = "Police Forces of Turkey"
POLSA = "Police Forces of Saudi Arabia"
CYE = "Civilians (Yemen)"
CTN = "Civilians (Tunisia)"
YAUM1065 = "SN-alyaum-20150808-1065"
JAZ470 = "SN-aljazirah-20150808-470"
EQT257 = "SN-aleqtisadiya-20150808-257"
AAW104 = "SN-aawsat-20150809-104"
AAW143 = "SN-aawsat-20150721-143"
WAT2160 = "SN-alwatan-20150806-2160"
WAT1033 = "SN-alwatan-20150807-1033"
OKZ1461 = "SN-okaz-20150810-1461"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (YAUM1065, "العمل الإرهابي الآثم", "العمل الإرهابي الآثم الذي استهدف مسجداً بمقر قوات الطوارئ",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Yaum (Prince Abdullah bin Musaed's condemnation)", "reported",
     "the occasion of the condemnation by the head of Youth Welfare (the article's news): the terrorist act that targeted a "
     "mosque in the Special Emergency Forces headquarters in the Asir region during the noon prayer 'yesterday Thursday' "
     "(weekday named -> Thursday 6 August, precision 1), martyring 'a number of' force members and workers and wounding "
     "others ('عدد' -> fatalities empty; no suicide stated -> Remote explosive/landmine/IED, as the spent Asir rows; no "
     "perpetrator named -> Unidentified armed group; Special Emergency Forces -> Police Forces of Saudi Arabia; no city -> "
     "'Asir'). Not coded: the condemnation and condolences (statements)"),
    (JAZ470, "بالتفجير الإجرامي", "أمس بالتفجير الإجرامي الذي حدث في مسجد",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Umluj mosque preachers (via Al Jazirah)", "reported",
     "the occasion of the Umluj preachers' condemnation (the article's news): the criminal bombing in the mosque of the "
     "Special Emergency Forces in the Asir region 'the day before yesterday' (DCT Saturday 8 August -> 6 August, precision "
     "1), which targeted security men (no suicide stated -> Remote explosive/landmine/IED; no perpetrator named -> "
     "Unidentified armed group; the 'Kharijites' of the sermons are rhetoric; no toll; the title's mention is the same "
     "event). Not coded: the sermons (statements)"),
    (EQT257, "هاجم مستوطنون منزلين", "حين هاجم مستوطنون منزلين في قرية دوما",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-08-01", "2", "2", "exact",
     "Ghassan Daghlas, Palestinian Authority official (AFP, via Al Eqtisadiya)", "reported",
     "the title's news: Saad Dawabsheh, father of the child who died 'a week ago' in a fire set by Jewish extremists, died "
     "today of his wounds; settlers attacked two houses in the village of Duma and set them on fire, burning the child Ali "
     "to death and wounding his father, mother and brother ('قبل اسبوع' -> DCT 8 August - 7 = 1 August, precision 2; the "
     "father's death is a consequence of the same attack -> one row, fatalities 2 exact (the child and the father); "
     "settlers -> Settlers (Israel), as the spent alriyadh-605 row; the family -> Civilians (Palestine); 'قرية دوما' -> "
     "'Duma'). Not coded: the planned funeral in Nablus"),
    (AAW104, "خلال أسبوعين من الغارات الجوية التركية", "خلال أسبوعين من الغارات الجوية التركية على قواعد",
     ERV, AIR, MFTR, PKK, "", "IQ", "2015-07-24", "3", "390", "about",
     "Anadolu Agency (via Asharq Al-Awsat)", "claimed",
     "aggregate: the Turkish state agency Anadolu said about 390 PKK fighters were killed and 400 wounded in two weeks of "
     "Turkish air strikes on rebel bases in northern Iraq, four PKK leaders and about 30 female fighters among them (the "
     "outlet: 'information that cannot be verified'; a party's state agency -> claimed, as the spent alwatan-1057 Anadolu "
     "row of the same story; the campaign's start 'on 24 July' -> 24 July, precision 3; 'نحو 390' -> 390 about; northern "
     "Iraq, no place -> location empty, IQ; the repeat '390 terrorists neutralised' folded). Not coded: Turkey's "
     "'war on terror' declared on 24 July (not the article's news) and its bombing ISIS 'only three times' (no place or "
     "country), Demirtas's call for talks (statement)"),
    (AAW104, "شن هجمات على قوات الأمن التركية", "واصل من جهته شن هجمات على قوات الأمن التركية",
     BAT, CLASH, PKK, POLTR, "", "TR", "2015-07-24", "3", "20", "about",
     "Turkish official sources (via Asharq Al-Awsat)", "reported",
     "aggregate: the PKK kept attacking the Turkish security forces, about 20 of whose members have been killed since the "
     "new spiral of violence erupted ('نحو 20' -> 20 about; the text gives no start for the spiral, its only anchor is "
     "Turkey's 'war' launched on 24 July -> 24 July, precision 3; 'قوات الأمن' -> Police Forces of Turkey, as the spent "
     "aawsat-187 aggregate; no place -> location empty; the officials report their own losses -> reported, alternative "
     "claimed; the Midyat attack is its own row)"),
    (AAW104, "هجوما وقع مساء السبت", "أن هجوما وقع مساء السبت - الأحد في مدينة مديات",
     BAT, CLASH, PKK, POLTR, "Midyat, Mardin", "TR", "2015-08-08", "2", "1", "exact",
     "Dogan news agency (via Asharq Al-Awsat)", "reported",
     "an attack in the night of Saturday to Sunday (DCT Sunday 9 August -> 8 August, precision 2, a night spanning two "
     "days, as the spent alwatan-1057 Midyat and aawsat-187 Silopi rows) in the town of Midyat, Mardin province, "
     "attributed to the PKK ('نسب إلى' -> PKK, as the spent Suruc rows), killed a policeman and wounded another (attack "
     "on the police -> Armed clash vs Police Forces of Turkey; 'شرطي' -> 1 exact)"),
    (AAW104, "مواجهات بين قوات الأمن ومقاتلين", "مقتل ستة أشخاص في مواجهات بين قوات الأمن ومقاتلين في مدينة سيلبوبي",
     BAT, CLASH, UAG, POLTR, "Silopi", "TR", "2015-08-08", "2", "6", "exact",
     "Asharq Al-Awsat", "reported",
     "background: Demirtas spoke 'yesterday' (8 August) in the wake of the killing of six people in confrontations between "
     "the security forces and fighters in the Kurdish town of Silopi, south-east (no day given, before Demirtas's speech "
     "-> 8 August, precision 2; the fighters are not named -> Unidentified armed group, as the spent alriyadh-676 Silopi "
     "row, alternative PKK from the article's frame; 'قوات الأمن' -> Police Forces of Turkey; 'ستة' -> 6 exact)"),
    (AAW143, "الهجوم الذي أدى إلى مقتل 21 سائحًا", "لضحايا الهجوم الذي أدى إلى مقتل 21 سائحًا أجنبيًا",
     VAC, "Attack", ISIS, CTN, "Bardo Museum, Tunis", "TN", "2015-03-18", "1", "22", "exact",
     "Asharq Al-Awsat", "reported",
     "background: Sarkozy laid a wreath at the Bardo museum for the victims of the attack that killed 21 foreign tourists "
     "and a Tunisian policeman on 18 March (within 12 months of the DCT -> coded; 21 + 1 -> 22 exact; 'وتبنى تنظيم داعش "
     "الهجومين' -> Islamic State; tourists -> Civilians (Tunisia), the country of the event; the 'two bloody attacks "
     "carried out by jihadists' are this and the Sousse row; adjudicated: location 'Bardo Museum, Tunis', as B, first 'Bardo, Tunis': the text names the museum, the most specific place). Not coded: the counter-terrorism bill (legislation), "
     "Sarkozy's visit, the militants' killing of 'dozens' of police, soldiers and tourists since 2011 (generic, older "
     "than 12 months)"),
    (AAW143, "وقع هجوم آخر", "وفي 26 يونيو (حزيران) وقع هجوم آخر أسفر عن مقتل 38 سائحًا",
     VAC, "Attack", ISIS, CTN, "Sousse", "TN", "2015-06-26", "1", "38", "exact",
     "Asharq Al-Awsat", "reported",
     "background: on 26 June another attack killed 38 tourists in a hotel in Sousse; ISIS claimed both attacks (claimed "
     "by ISIS -> Islamic State, the spent events36 Sousse row had no group named in its text; tourists -> Civilians "
     "(Tunisia); 'فندق في سوسه' -> 'Sousse')"),
    # ---- set b (no text filter) ----
    (OKZ1461, "تحرير عدن", "في اليمن بعد تحرير عدن وعدد من المدن",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-08-10", "3", "", "",
     "Okaz (Fahim al-Hamid's column)", "reported",
     "background: 'the positive developments in Yemen after the liberation of Aden and several Yemeni cities' (the "
     "recapture of Aden as background, Yemeni Resistance vs Houthis, DCT, precision 3, as the spent aawsat-771 and "
     "alwatan-768 rows; the 'several cities' are unnamed, folded). Not coded: al-Jubeir's European tour (diplomacy)"),
    (WAT1033, "اقتحمت المقاومة الشعبية مبنى الأمن السياسي", "اقتحمت المقاومة الشعبية مبنى الأمن السياسي في المدينة",
     BAT, GRT, RES, HOU, "Political Security Building, Taiz", "YE", "2015-08-07", "2", "", "",
     "Al Watan", "reported",
     "the title's news: the popular resistance stormed the Political Security building in the city (Taiz, from the title) "
     "and freed a number of resistance prisoners held by the 'putschists' (storming a Houthi-held building and freeing "
     "the detainees inside means the resistance took it -> Government regains territory, as the spent aawsat-72 Central "
     "Prison, Taiz row; adjudicated, as B: my first version was Armed clash because control is not stated in so many "
     "words; the freeing of prisoners folded; no day -> DCT, precision 2)"),
    (WAT1033, "مواجهات عنيفة دارت في جبهات", "إلى أن مواجهات عنيفة دارت في جبهات كلابة",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-08-07", "2", "16", "exact",
     "resistance media centre (via Al Watan)", "claimed",
     "the resistance media centre: violent confrontations on the Kalaba, Hawd al-Ashraf and al-Arbaeen Street fronts and "
     "similar clashes around the intelligence HQ in Sina killed 16 rebels and wounded 20 (one toll for the city's fronts "
     "-> one row at city level, as the spent alweeam-1164 Taiz row; folded: the clashes north-east of Taiz (al-Arbaeen "
     "Street, north Usaifira, Jabal al-Wahsh), same battle and days and sharing al-Arbaeen Street; al-Sittin Street is its own row; "
     "a party's own count -> claimed; no day -> DCT, precision 2). Not coded: Houthi fighters leaving the city and the "
     "resistance's 'safe exit' (defections)"),
    (WAT1033, "قصف الأحياء السكنية", "وفي قصف الأحياء السكنية بالمدينة",
     ERV, SHELL, HOU, CYE, "Taiz", "YE", "2015-08-07", "2", "", "",
     "military sources (via Al Watan)", "reported",
     "military sources: the militias use heavy weapons in the confrontations and in shelling the city's residential "
     "neighbourhoods (shelling of residential areas -> Houthis vs Civilians (Yemen), as the spent Taiz shelling rows; no "
     "toll; ongoing, no day -> DCT, precision 2)"),
    (WAT1033, "اشتباكات عنيفة في شارع الستين", "كما دارت اشتباكات عنيفة في شارع الستين",
     BAT, CLASH, RES, HOU, "Al Sittin Street, Taiz", "YE", "2015-08-07", "2", "", "",
     "military sources (via Al Watan)", "reported",
     "military sources: violent clashes also took place on al-Sittin (Sixty) Street in the far north of Taiz, towards "
     "al-Mikhlaf and Sharab (a named place outside the media centre's fronts and its toll -> own row, one location per "
     "row, as the spent aawsat-157 'Al Sittin Street, Taiz' row; sides not named in the sentence, the article's "
     "resistance vs the Houthis; no day -> DCT, precision 2; adjudicated, as B: my first version folded it into the "
     "city-level Taiz row)"),
    (WAT1033, "بادرت بالاشتباك مع الانقلابيين", "أن عناصرها بادرت بالاشتباك مع الانقلابيين قبل دخولهم المحافظة",
     BAT, CLASH, RES, HOU, "", "YE", "2015-08-07", "2", "", "",
     "Yemeni popular resistance (via Al Watan)", "claimed",
     "the resistance says it spotted military vehicles returning from Lahj towards the Houthi positions in Taiz and that "
     "its men engaged the 'putschists' before they entered the governorate, inflicting heavy losses ('خسائر كبيرة' -> "
     "fatalities empty; on the road from Lahj, outside Taiz governorate, no place named -> location empty; a party's "
     "assertion -> claimed; no day -> DCT, precision 2)"),
    (WAT1033, "عثورها على مخازن للألغام", "عن عثورها على مخازن للألغام في جبل صبر",
     SD, DWU, RES, HOU, "Jabal Sabir, Taiz", "YE", "2015-08-07", "2", "", "",
     "Taiz popular resistance leadership (statement, via Al Watan)", "claimed",
     "the Taiz resistance leadership announced in a statement that it found mine stores in Jabal Sabr holding 30 barrels "
     "of Iranian-made mines, 'enough to mine the whole governorate' (weapons cache seized -> Disrupted weapons use, as "
     "the spent okaz-1280 seizure; the stores' owners implied to be the Houthis -> actor2 Houthis; a party's statement -> "
     "claimed; 'جبل صبر' -> 'Jabal Sabir, Taiz', the spent spelling; no day -> DCT, precision 2)"),
    (WAT1033, "الغارات التي شنتها المقاتلات", "بأن الغارات التي شنتها المقاتلات خلال اليومين الماضيين",
     ERV, AIR, COAL, HOU, "Abyan", "YE", "2015-08-06", "2", "80", "at_least",
     "Mohammed Aqil, resistance spokesman in Abyan (via Al Watan)", "claimed",
     "the Abyan resistance spokesman: the raids of the (coalition) fighter jets in the past two days killed more than 80 "
     "rebels and wounded 120, dozens surrendered; the strikes forced the Houthis and Saleh's forces to flee the camp and "
     "positions of the 15th Brigade in Zinjibar and Shuqra (folded: the flight from the camp, a withdrawal with no taker, "
     "as the spent Fayoush decision, and the surrenders; 'أكثر من 80' -> 80 at_least; 'past two days' -> DCT-1 = 6 August, "
     "precision 2, as the spent aawsat-72 'last two days' row (adjudicated, as B; first DCT 7 August); the strikes are given for the governorate -> 'Abyan', alternative the 15th Brigade camp; a party's count -> "
     "claimed)"),
    (WAT1033, "هاجمت أمس مواقع المقاومة", "وكانت قوات تابعة للانقلابيين هاجمت أمس مواقع المقاومة في جبهتي زنجبار",
     BAT, CLASH, HOU, RES, "Zinjibar, Abyan", "YE", "2015-08-06", "1", "", "",
     "Al Watan", "reported",
     "'yesterday' (DCT Friday 7 August -> 6 August) forces of the 'putschists' attacked resistance positions on the "
     "Zinjibar and Central Region fronts in Abyan, and the resistance repelled the attack and forced them back (attackers "
     "-> actor1 Houthis; no territory changed -> Armed clash; the text says 'two fronts' -> the Central Region front is "
     "its own row; adjudicated, as B: my first version folded it here as a regional label)"),
    (WAT1033, "والمنطقة الوسطى", "في جبهتي زنجبار والمنطقة الوسطى في أبين",
     BAT, CLASH, HOU, RES, "Central Region, Abyan", "YE", "2015-08-06", "1", "", "",
     "Al Watan", "reported",
     "second front of the attack 'yesterday' (6 August) repelled by the resistance: the 'Central Region' (المنطقة الوسطى) "
     "of Abyan (the text's 'two fronts' -> two rows, one location per row; attackers -> actor1 Houthis; adjudicated, as "
     "B: added; my first version folded it into the Zinjibar row)"),
    (WAT2160, "زرع الألغام في عدد من الأحياء السكنية", "قبيل انسحابها من عدن إلى زرع الألغام في عدد من الأحياء السكنية",
     ERV, IED, HOU, CYE, "Aden", "YE", "2015-08-06", "3", "", "",
     "Ali al-Ahmadi, spokesman of the popular resistance leadership council (to Al Watan); Al Watan (title)", "reported",
     "aggregate: the title's news: the resistance spokesman accuses the Houthi militias and Saleh's forces of planting "
     "mines in residential neighbourhoods of Aden, among them Al Arish and Dar Saad, before their withdrawal, which later "
     "killed 'many' innocent civilians (landmine victims -> Remote explosive/landmine/IED, Houthis vs Civilians (Yemen), "
     "as the spent almadina-644 mine row; 'كثير' -> fatalities empty; the title states the mine-laying as fact -> reported, as the spent alwatan-1032 title-stated row; adjudicated, as B: first claimed, the spokesman 'accused'; since the withdrawal, no "
     "day -> DCT, precision 3; one toll for the neighbourhoods -> 'Aden'). Not coded: the mines laid in al-Hawta and "
     "around al-Anad (no explosion or victim stated), the sweeps of Basateen al-Husseini and the Anad triangle (patrols), "
     "the activist's call for mine maps"),
    (WAT2160, "تمت إزالتها", "قد تمت إزالتها من قبل الجيش الوطني",
     SD, DWU, "Military Forces of Yemen", HOU, "Al Hawtah, Lahij", "YE", "2015-08-05", "2", "", "",
     "Al Watan (resistance spokesman Ali al-Ahmadi's account)", "reported",
     "borderline: hundreds of mines planted by the rebels were removed by the national army and the popular resistance "
     "in the past two days (mine clearance -> Disrupted weapons use, as the spent alyaum-1159 bomb defusal; dated and "
     "counted, unlike the spent alwatan-768 'many mines' decision; 'الجيش الوطني' named first -> Military Forces of "
     "Yemen, the resistance in the note; 'past two days' -> DCT-1 = 5 August, precision 2, as the spent aawsat-72 row; "
     "the de-miners 'combing the city's districts' echo the preceding al-Hawta sentence ('في أحياء المدينة') -> 'Al "
     "Hawtah, Lahij'; adjudicated, as B: my first version had location empty (Aden or al-Hawta) and the DCT; "
     "alternative: not coded)"),
    (WAT2160, "قبيل انسحابها من عدن", "عمدت قبيل انسحابها من عدن",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-08-06", "3", "", "",
     "Al Watan", "reported",
     "background: the militias' recent withdrawal from Aden under the blows of the popular resistance, the national army "
     "loyal to the legitimacy and the coalition (the recapture of Aden as background, DCT, precision 3, as the spent "
     "aawsat-771 and alwatan-768 rows; the first paragraph's 'withdrawal from al-Hawta and Aden' is the same event for "
     "Aden)"),
    (WAT2160, "قبل انسحابها أخيراً", "في مدينتي الحوطة وعدن، قبل انسحابها أخيراً",
     BAT, GRT, RES, HOU, "Al Hawtah, Lahij", "YE", "2015-08-06", "3", "", "",
     "Al Watan", "reported",
     "background: the militias' recent withdrawal from the cities of al-Hawta and Aden under the blows of the resistance, "
     "the national army and the coalition (one location per row -> al-Hawta here, Aden in its own row; the resistance "
     "named first -> Yemeni Resistance, as the spent aawsat-272 al-Hawta row; DCT, precision 3)"),
    (WAT2160, "سلسلة هجمات", "حيث نفذت سلسلة هجمات مُتعددة",
     BAT, CLASH, RES, HOU, "Al Bayda", "YE", "2015-08-06", "2", "9", "about",
     "Al Watan", "reported",
     "the popular resistance in al-Bayda governorate widened its attacks on the rebels with a series of attacks on their "
     "positions: the 'Jahri' security checkpoint and rebel positions on the Nasas and Kureif mountains, destroying "
     "vehicles and killing about nine rebels (one toll for the series -> one row at governorate level, as the spent "
     "alweeam-1164 Taiz row; alternative three rows, Jahri checkpoint, Jabal Nasas, Jabal Kureif; 'نحو تسعة' -> 9 about; "
     "no day -> DCT, precision 2)"),
    (WAT2160, "المعارك مستمرة", "لا تزال فيه المعارك مستمرة بين الطرفين",
     BAT, CLASH, RES, HOU, "Dhi Naim, Al Bayda", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "battles continue between the two sides in the Hormuz and al-Hamma mountains in the Dhi Naim district (the sentence "
     "names the district holding both mountains -> one row 'Dhi Naim, Al Bayda'; ongoing -> DCT, precision 2)"),
    (WAT2160, "سوداء غراب", "سيطر مقاتلو المقاومة على موقعي سوداء غراب والأجردي",
     BAT, GRT, RES, HOU, "Sawda Ghurab", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "resistance fighters took the Sawda Ghurab and al-Ajradi positions and 'liberated' them from the rebels (one location "
     "per row -> two rows, as the spent almadina-644 Ibb rows; the text names no district for the positions, the "
     "sentence follows the Dhi Naim battles -> bare name; no day -> DCT, precision 2)"),
    (WAT2160, "والأجردي", "سيطر مقاتلو المقاومة على موقعي سوداء غراب والأجردي",
     BAT, GRT, RES, HOU, "Al Ajradi", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "the second position taken in the same sentence as Sawda Ghurab: al-Ajradi (own row, one location per row; bare "
     "name; DCT, precision 2)"),
    (WAT2160, "فقدت ميليشيات الحوثي وصالح سيطرتها", "وفي محافظة مأرب فقدت ميليشيات الحوثي وصالح سيطرتها",
     BAT, GRT, RES, HOU, "Al Makhdarah, Marib", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "in Marib governorate the Houthi and Saleh militias lost control of the strategic al-Makhdara area after a surprise "
     "attack by popular-resistance fighters and local tribesmen (the resistance named first -> Yemeni Resistance, the "
     "tribesmen in the note; 'Al Makhdarah, Marib' as the spent 3alyoum-44 row; no day -> DCT, precision 2)"),
    (WAT2160, "غارتين نفذتهما طائرات التحالف", "عقب غارتين نفذتهما طائرات التحالف",
     ERV, AIR, COAL, HOU, "Al Makhdarah, Marib", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "the al-Makhdara attack followed two raids by coalition aircraft (own row: another actor and event type; target "
     "implied to be the Houthi positions; DCT, precision 2)"),
    (WAT2160, "تبادل الطرفان عمليات قصف مدفعي", "كما تبادل الطرفان عمليات قصف مدفعي في جبهة الجفينة",
     ERV, SHELL, HOU, RES, "Al Jufaynah, Marib", "YE", "2015-08-06", "2", "", "",
     "Al Watan", "reported",
     "the two sides exchanged artillery fire on the al-Jufaina front south-west of the governorate (Marib) (mutual "
     "shelling: the paragraph names the Houthi and Saleh militias first -> actor1 Houthis, actor2 Yemeni Resistance; "
     "'Al Jufaynah, Marib' as the spent 3alyoum-44 row; DCT, precision 2; adjudicated: order kept against B's "
     "resistance-first: the sentence gives no initiator, and the paragraph's first-named actor is the Houthi/Saleh "
     "militias). Not coded: the Shabwa meeting of resistance, "
     "tribal and Southern Movement leaders and their agreement to mobilise fighters (a meeting)"),
    (WAT2160, "مواجهات اندلعت يوم أول من أمس", "أن مواجهات اندلعت يوم أول من أمس في مناطق القلعة",
     BAT, CLASH, RES, HOU, "Al Qalah", "YE", "2015-08-04", "1", "", "",
     "Mubarak Baras al-Awlaqi, resistance spokesman in Shabwa (to Al Watan)", "claimed",
     "the Shabwa resistance spokesman: confrontations broke out 'the day before yesterday' (DCT Thursday 6 August -> 4 "
     "August) in the al-Qalaa and al-Mahfad areas after the rebels tried to send a large convoy (tanks, troop carriers, "
     "vehicles, short-range rocket launchers) to reinforce the Lawdar front in Abyan; local tribesmen and resistance "
     "fighters attacked the convoy in hit-and-run raids (convoy attacked -> actor1 Yemeni Resistance, the tribesmen in "
     "the note; one location per row -> al-Qal'a and al-Mahfad separate; a party's account -> claimed; adjudicated: "
     "'Al Qalah', as B, first 'Al Qalaa': ta marbuta as -ah, the set's form in Al Makhdarah, Al Jufaynah, Al Hawtah)"),
    (WAT2160, "والمحفد", "في مناطق القلعة والمحفد عقب",
     BAT, CLASH, RES, HOU, "Al Mahfad", "YE", "2015-08-04", "1", "", "",
     "Mubarak Baras al-Awlaqi, resistance spokesman in Shabwa (to Al Watan)", "claimed",
     "the same convoy confrontations of 4 August, second named area: al-Mahfad (own row, one location per row; bare name, "
     "the text names no governorate for it)"),
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
