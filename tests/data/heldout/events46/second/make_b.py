"""Bookkeeping helper for annotator B of the events46 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied programmatically from /work/main/tests/data/heldout/events44/second/make_b.py.
Run: python3 /work/fresh/cur34/events46/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 46 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2852/2853, drawn at the start of stop 34, main 7f6d63c, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2852).shuffle, walked in order; (b) 10 with no text filter: random.Random(2853).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 4, almadina 2, okaz 2, alwatan 1, alweeam 1; b: 3alyoum 2, alweeam 2, alyaum 2, sabq 2, aawsat 1, almadina 1).
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
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUI = "Suicide bomb"
ARR = "Arrests"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
OK1982 = "SN-okaz-20150724-1982"
AW86 = "SN-aawsat-20150721-86"
WM1527 = "SN-alweeam-20150722-1527"
AW256 = "SN-aawsat-20150806-256"
AW113 = "SN-aawsat-20150809-113"
MD646 = "SN-almadina-20150810-646"
WM1635 = "SN-alweeam-20150721-1635"
YM1050 = "SN-alyaum-20150809-1050"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OK1982, "غارات جوية", "إن غارات جوية نفذتها طائرات التحالف على معسكر",
     ERV, AIR, SLC, HOU, "Bab al-Mandab, Taiz", "YE", "2015-07-24", "2", "", "",
     "local sources in al-Mukha district (to Okaz)", "reported",
     "the title's news: coalition air strikes on a camp held by the Houthis in the Bab al-Mandab area ('بمنطقة باب المندب "
     "بمدينة تعز'): four strikes on the 17th Infantry Brigade of the Republican Guard and a fifth on the government "
     "complex the Houthis use as a barracks (the fifth strike's place is not stated apart from the sentence -> folded "
     "here; the lead's 'destroyed some strategic Houthi sites in Bab al-Mandab', 'the first attack of its kind' is the "
     "same raid); the sources: Houthi dead and wounded including senior leaders ('قتلى وجرحى', no number -> fatalities "
     "empty); Republican Guard brigade of Saleh -> Houthis, as the spent rows; no day in a Friday-morning report -> DCT, "
     "precision 2"),
    (OK1982, "والمخا", "في باب المندب والمخا في أول هجوم",
     ERV, AIR, SLC, HOU, "Al Mukha, Taiz", "YE", "2015-07-24", "2", "", "",
     "Okaz; local sources in al-Mukha district", "reported",
     "the title ('التحالف يستهدف مواقع الحوثي بالمخا') and the lead name al-Mukha (Mocha) as the second place where the "
     "coalition destroyed strategic Houthi sites (one location per row -> own row, as the spent sabq-3187 Wadi Dofas "
     "row; borderline: the body details only the Bab al-Mandab camp and an unplaced government complex, which may be "
     "this target; alternative folded into the Bab al-Mandab row; 'Al Mukha, Taiz' as the spent aljazirah-461 row; DCT, "
     "precision 2)"),
    (OK1982, "مواجهات عنيفة", "مصرعه في مواجهات عنيفة تشهدها مديريات جبل صبر",
     BAT, CLASH, YR, HOU, "Jabal Sabir, Taiz", "YE", "2015-07-24", "2", "15", "exact",
     "Okaz", "reported",
     "15 Houthis killed in violent confrontations under way in the districts of Jabal Sabr (Taiz governorate) between "
     "the Saleh and Houthi militias and the popular resistance, which is advancing towards the strategic al-Arous camp "
     "and Sabr (the advance folded; the advancing side -> actor1 Yemeni Resistance; Saleh's militias -> Houthis, in the "
     "note; '15حوثيا' -> 15 exact; present tense, no day -> DCT, precision 2; 'Jabal Sabir, Taiz' as the spent "
     "alwatan-1033 row)"),
    (OK1982, "القضاء على تعزيزات حوثية", "نجحت طائرات التحالف العربي في القضاء على تعزيزات حوثية",
     ERV, AIR, SLC, HOU, "Lahij", "YE", "2015-07-24", "2", "", "",
     "Okaz", "reported",
     "in Lahij governorate the Arab coalition's aircraft destroyed Houthi reinforcements that were on their way to Lahij "
     "(air strike on a convoy; no toll; no day -> DCT, precision 2; governorate named -> 'Lahij', the spent spelling)"),
    (OK1982, "استهدف الطيران مخازن", "حيث استهدف الطيران مخازن للحوثي في مقر قيادة الصواريخ",
     ERV, AIR, SLC, HOU, "Faj Attan, Sanaa", "YE", "2015-07-24", "2", "", "",
     "Okaz; eyewitnesses", "reported",
     "explosions continued in the capital Sanaa, where the aircraft targeted Houthi stores at the headquarters of the "
     "missile command and the special forces 'بفج عطان والصباحة', where the Houthis were trying to prepare weapons to "
     "reinforce Lahij and Aden (one location per row: Faj Attan (the missile command) here, al-Sabaha its own row; the "
     "witnesses' 'the bombing targeted camps in the western areas of the capital' is the same raids, folded; 'the "
     "aircraft' in a coalition article -> Saudi-led coalition; ongoing, no day -> DCT, precision 2)"),
    (OK1982, "والصباحة", "بفج عطان والصباحة حيث",
     ERV, AIR, SLC, HOU, "Al Sabaha, Sanaa", "YE", "2015-07-24", "2", "", "",
     "Okaz; eyewitnesses", "reported",
     "the same Sanaa raids, second named place: al-Sabaha (the special forces' camp) in western Sanaa (one location per "
     "row, see the Faj Attan row; the witnesses' 'camps in the western areas of the capital' folded; DCT, precision 2)"),
    (OK1982, "مواجهات بنقطة العلم", "لقي مصرعه في مواجهات بنقطة العلم",
     BAT, CLASH, HOU, YR, "Nuqtat al-Alam, Abyan", "YE", "2015-07-24", "2", "1", "exact",
     "field sources in Abyan (via Okaz)", "reported",
     "field sources in Abyan: the commander of the Houthi front at Nuqtat al-Alam, close to Abdulmalik al-Houthi and "
     "known as Abu Yahya al-Houthi, was killed in confrontations at Nuqtat al-Alam while trying to lead reinforcements "
     "towards Aden (the Houthis trying to push through -> actor1, as the spent Akad row; the opponent is not named, the "
     "resistance of the article -> Yemeni Resistance; one named death -> 1 exact; 'Place, Governorate' as the spent "
     "'Nuqtat al-Rabi'i, Taiz'; DCT, precision 2)"),
    (OK1982, "نصبت المقاومة كمينا", "نصبت المقاومة كمينا محكما لقائد محور البيضاء",
     BAT, CLASH, YR, HOU, "Lawdar, Abyan", "YE", "2015-07-24", "2", "2", "exact",
     "Okaz", "reported",
     "in Lawdar district of the same governorate (Abyan) the resistance laid a tight ambush for the 'Houthified' "
     "commander of the al-Bayda axis, Abdulbari al-Namri al-Hubaji, badly wounding him and killing two of his escorts "
     "(ambush on an armed convoy -> Armed clash, as the spent al-Barh ambush row; two escorts -> 2 exact; 'Lawdar, "
     "Abyan' as the spent row; DCT, precision 2)"),
    (OK1982, "حملت اعتقالات", "وتنفذ حملت اعتقالات بحق المواطنين",
     SD, ARR, HOU, "Civilians (Yemen)", "Lawdar, Abyan", "YE", "2015-07-24", "2", "", "",
     "sources (via Okaz)", "reported",
     "borderline: most Houthi leaders in al-Bayda withdrew to Lawdar, set up camps and barricades inside the town and "
     "carry out arrest campaigns ('حملت' sic for 'حملات') against the citizens (arrests by the Houthi de facto "
     "authority -> Strategic developments/Arrests, Houthis vs Civilians (Yemen), as the spent almadina-644 Islah row; "
     "ongoing, no day -> DCT, precision 2; the withdrawal and the camps folded; alternative not coded as a generic "
     "pattern)"),
    (OK1982, "اعتقالات تقوم بها الجماعة", "مبينة بأن هناك اعتقالات تقوم بها الجماعة",
     SD, ARR, HOU, "Military Forces of Yemen", "", "YE", "2015-07-24", "2", "", "",
     "informed sources (via Okaz)", "reported",
     "borderline: the Houthi militias are pursuing soldiers of the special forces' 'reserve battalion' who refused the "
     "deposed president's orders to go down to Aden, and the group is arresting soldiers, some of whom it followed to "
     "their homes (the pursuit folded into the arrests; soldiers -> Military Forces of Yemen; no place in the text -> "
     "location empty; ongoing, no day -> DCT, precision 2; alternative not coded). Not coded: the announced return of "
     "ministers to Aden in the coming days (political)"),
    (AW86, "قصف القوات الاوكرانية", "ان رجلا قُتل جراء قصف القوات الاوكرانية في وسط دونيتسك",
     ERV, SHELL, "Military Forces of Ukraine", "Civilians (Ukraine)", "Donetsk", "UA", "2015-07-18", "2", "1", "exact",
     "pro-Russian separatists (via Asharq Al-Awsat)", "claimed",
     "the separatists said a man was killed by the shelling of the Ukrainian forces in central Donetsk; the lead: "
     "'yesterday (Saturday)' Ukraine and the separatists traded accusations of shelling populated areas (DCT Tuesday "
     "21 July: the text is written in a Sunday frame, the named weekday -> Saturday 18 July; the shelling's own hour not "
     "stated -> precision 2, as the events44 'yesterday Friday' Nagaland row); the last paragraph's separatist account "
     "of attacks on the residential areas north-west of Donetsk under their control while accusing the Ukrainian army "
     "of stepping up its offensive is read as the same accusation, folded (alternative: separatist attacks, own row); "
     "a party's accusation -> claimed, as the spent alriyadh-1639 rows"),
    (AW86, "بقصف مناطق سكانية", "الاتهامات أمس (السبت) بقصف مناطق سكانية",
     ERV, SHELL, "NAF: United Armed Forces of Novorossiya", "Civilians (Ukraine)", "", "UA", "2015-07-18", "2", "", "",
     "Ukrainian side (via Asharq Al-Awsat)", "claimed",
     "the other half of the lead's mutual accusation: Ukraine accused the pro-Russian separatists of shelling populated "
     "areas 'yesterday (Saturday)' despite the ceasefire (-> 18 July, precision 2; no place for this side's accusation "
     "-> location empty; separatists -> NAF, as the spent alriyadh-1639 rows; claimed). Fatalities empty: the lead's "
     "'four civilians and a soldier' (the title's five) are the two sides' announcements together and cannot be split "
     "between the rows beyond the Donetsk man. Not coded: the 'most violent fighting in a month' a week before (vague), "
     "the 6,500+ killed since April last year (aggregate starting more than 12 months before the DCT), the OSCE's "
     "remark that heavy artillery was not withdrawn (status)"),
    (AW86, "اتفاق لوقف اطلاق النار في مينسك", "منذ التوسط في اتفاق لوقف اطلاق النار في مينسك",
     SD, "Agreement", "Government of Ukraine", "NAF: United Armed Forces of Novorossiya", "Minsk", "BY", "2015-02-01", "3",
     "", "", "Asharq Al-Awsat", "reported",
     "background: the attacks calmed after a ceasefire agreement was brokered in Minsk, capital of Belarus, five months "
     "ago (DCT July -> February 2015, within 12 months -> 1 February, precision 3; as the spent alriyadh-1639 Minsk 2 "
     "row)"),
    (WM1527, "استعادت السيطرة على المطار", "قد استعادت السيطرة على المطار من أيدي مسلحي الحوثيين",
     BAT, GRT, YR, HOU, "Aden Airport, Aden", "YE", "2015-07-22", "3", "", "",
     "BBC (via Al Weeam)", "reported",
     "background: the forces loyal to President Hadi had regained control of the airport from the Houthi gunmen (the "
     "text gives no day -> DCT, precision 3, as the spent undated Aden rows; pro-Hadi forces -> Yemeni Resistance; "
     "'Aden Airport, Aden' as the spent rows). Not coded: the reopening of the airport, the first Saudi military "
     "plane and the second cargo plane, the air bridge of relief (the article's news, humanitarian), the plane's "
     "military aid and weapons for the resistance (arms supply), the Saudi naval commander's visit on Wednesday "
     "(a visit), the ships expected at the port and Monday's WFP ship (aid), Hadi's exile"),
    (WM1527, "غارات جوية", "وقد شن التحالف الذي تقوده السعودية غارات جوية",
     ERV, AIR, SLC, HOU, "", "YE", "2015-03-01", "3", "", "",
     "BBC (via Al Weeam)", "reported",
     "aggregate: the Saudi-led coalition launched air strikes at the end of last March to restore Hadi and drive the "
     "Houthis out of the areas they had taken, in Sanaa and large parts of the country (an ongoing campaign dated at "
     "its start; 'نهاية مارس' -> month known -> 1 March, precision 3; alternative 26 March as the spent 'since 26 March' "
     "rows, a day this text does not give; no place). Not coded: the Houthi control of Sanaa and other areas (status, "
     "undated)"),
    (WM1527, "عمليات مطاردة المسلحين الحوثيين", "إن عمليات مطاردة المسلحين الحوثيين مستمرة",
     BAT, CLASH, YR, HOU, "Aden", "YE", "2015-07-22", "2", "", "",
     "sources of the 'Popular Resistance Council' (to the BBC, via Al Weeam)", "claimed",
     "sources of the so-called 'Popular Resistance Council' told the BBC that the operations to pursue the Houthi "
     "gunmen continue in several districts of Aden (ongoing, no day -> DCT, precision 2; districts not named -> 'Aden'; "
     "the pursuing side's own account -> claimed)"),
    (AW256, "شرناخ", "وقد شهد إقليم شرناخ وآغري بايزيد اشتباكات",
     BAT, CLASH, PKK, MFT, "Sirnak", "TR", "2015-08-05", "2", "", "",
     "Dalil Amed, KCK foreign-relations member (to Asharq Al-Awsat); HPG source", "claimed",
     "the Kurdistan Democratic Communities Union (KCK) announced 'yesterday' (DCT Thursday 6 August -> 5 August) that PKK "
     "fighters clashed with the Turkish forces in several areas of south-east Turkey; its official: 'Sirnak province "
     "and Agri-Bayazid saw clashes between our forces and the Turkish army', the army's losses unknown (one location "
     "per row: Sirnak here, Dogubayazit its own row; the lead's 'several areas' folded; folded also: the HPG source's "
     "'many qualitative operations against the Turkish army in Sirnak and other areas in the past hours' and the "
     "clashes the witnesses saw after the roadside bomb, own row; clash day not stated -> 5 August, precision 2; the "
     "PKK's own account -> claimed)"),
    (AW256, "وآغري بايزيد", "وقد شهد إقليم شرناخ وآغري بايزيد اشتباكات",
     BAT, CLASH, PKK, MFT, "Dogubayazit, Agri", "TR", "2015-08-05", "2", "", "",
     "Dalil Amed, KCK foreign-relations member (to Asharq Al-Awsat)", "claimed",
     "the same statement's second place: clashes between the PKK and the Turkish army in 'Agri-Bayazid' (-> "
     "'Dogubayazit, Agri' as the spent alwatan-828 row; 5 August, precision 2; claimed)"),
    (AW256, "انفجار عبوة ناسفة", "انفجار عبوة ناسفة بعجلة عسكرية تركية",
     ERV, IED, PKK, MFT, "Sirnak", "TR", "2015-08-06", "2", "3", "at_least",
     "eyewitnesses in Sirnak (to Asharq Al-Awsat)", "reported",
     "eyewitnesses confirmed that an explosive device blew up a Turkish military vehicle passing on a road in Sirnak "
     "province on the border with Iraq, killing 'more than three' Turkish soldiers and wounding others; clashes broke "
     "out between PKK fighters and the Turkish army after the explosion (folded into the Sirnak clash row) ('أكثر من "
     "ثلاثة' -> 3 at_least, as the spent aawsat-372 Sirnak row; the bomb itself is not attributed, but the sentence "
     "ties it to the PKK-army clashes that followed and the HPG claims operations against the army in Sirnak -> PKK, "
     "alternative Unidentified armed group as the spent alwatan-828 landmine row; no day -> DCT, precision 2)"),
    (AW256, "فجروا أمس أنبوب نقل الغاز", "مقاتلينا فجروا أمس أنبوب نقل الغاز",
     ERV, IED, PKK, "", "Bako", "TR", "2015-08-05", "1", "", "",
     "HPG (People's Defence Forces) official source (to Asharq Al-Awsat)", "claimed",
     "an official source of the PKK's military wing: 'our fighters yesterday (DCT 6 August -> 5 August) blew up the gas "
     "pipeline between Iran and Turkey, which passes through the border area of Bako in south-east Turkey' (sabotage "
     "by explosion -> Remote explosive, as the spent aawsat-372 pipeline row; no human target -> actor2 empty; the "
     "place as the text spells it, 'باكو'; the perpetrator's own claim -> claimed)"),
    (AW256, "هجمات الطائرات التركية", "جاءت ردا على هجمات الطائرات التركية",
     ERV, AIR, MFT, PKK, "Kurdistan Region", "IQ", "2015-08-06", "3", "", "",
     "HPG official source; Asharq Al-Awsat", "reported",
     "aggregate: the attacks of the Turkish aircraft on the PKK's strongholds in the border areas of the Kurdistan "
     "Region (Iraq), to which the PKK says it responds; Erdogan's 'war on terror' on the PKK and ISIS, stated by the "
     "outlet, is the same campaign (folded; the text gives no start -> DCT, precision 3, as the spent aawsat-372 "
     "'Kurdistan Region' aggregate; the Zarkali strike is its own row). Not coded: the collapse of the 2013 truce (no "
     "act), the 40,000 killed in 30 years (older than 12 months), the threat of 'more and stronger operations' (vague)"),
    (AW256, "استهدافهم من قبل الطائرات التركية", "إثر استهدافهم من قبل الطائرات التركية في قرية زاركلي",
     ERV, AIR, MFT, "Civilians (Iraq)", "Zarkali, Rawanduz", "IQ", "2015-08-01", "1", "", "",
     "HPG official source (to Asharq Al-Awsat)", "claimed",
     "background: the civilians killed when the Turkish aircraft targeted them in the village of Zarkali, Rawanduz "
     "district (north-east of Erbil), on 1 August (date stated -> precision 1; no number in this text -> fatalities "
     "empty; 'Zarkali, Rawanduz' from the text, the spent rows of the same strike wrote 'Zarkali, Erbil' and "
     "'Zarkala, Rawanduz'; given only in the PKK source's quote -> claimed, alternative reported)"),
    (AW256, "العملية الانتحارية", "المتهم بالوقوف خلف العملية الانتحارية",
     ERV, SUI, "Islamic State", "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Asharq Al-Awsat", "reported",
     "background: the suicide operation of 20 July in the Turkish town of Suruc, which killed 32 Kurdish activists; "
     "ISIS 'accused of being behind it' -> Islamic State, as the spent Suruc rows; 'العملية الانتحارية' -> Suicide "
     "bomb, as the spent aleqtisadiya-883 and aawsat-187 rows; activists -> Civilians (Turkey))"),
    (AW256, "اشتباكات ضارية", "عن اندلاع اشتباكات ضارية بين مقاتلي",
     BAT, CLASH, "PJAK: Kurdistan Free Life Party", "Military Forces of Iran", "Salas-e Babajani, Kermanshah", "IR",
     "2015-08-05", "2", "17", "exact",
     "East Kurdistan Units; Arvin Ahmadpour, relations official (to Asharq Al-Awsat)", "claimed",
     "the title's news (its second half): the East Kurdistan Units (military wing of the Iranian wing of the PKK) "
     "announced that their fighters killed a senior commander of the IRGC and 12 Iranian soldiers in fierce clashes with "
     "the Iranian army in the Salas-e Babajani area, Kermanshah province, 'in the past few days'; four of their own "
     "fighters were killed and a wounded fighter captured (1 + 12 + 4 = 17 exact; the first paragraph's announcement and "
     "the quote are the same event -> one row; the clashes followed the Iranian army's operations in the area, the Units "
     "name no initiator -> actor1 PJAK, the name of the spent events21 rows for the East Kurdistan Units; the IRGC "
     "commander in the note; announced with the KCK statement of 'yesterday' -> 5 August, precision 2; one party's "
     "account -> claimed). Not coded: the Iranian troop build-up and heavy weapons sent towards the border (no act), "
     "the Iranian ambushes (generic), the end of the truce with Tehran"),
    (AW113, "الاحتجاج السلمي", "في ساحات الاحتجاج السلمي والشعبي التي اجتاحت",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "", "IQ", "2015-08-09", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate/background: the peaceful popular protests (squares of protest and sit-in) that swept a large number of "
     "Iraqi cities against corruption, the parliament and the lack of electricity and services; the article's news is "
     "their satirical banners (no city, start or single day in the text -> location empty, DCT, precision 3, as the "
     "spent aawsat-150 Iraq protest aggregate; no intervention described)"),
    (MD646, "عمليات عسكرية في محافظة الأنبار", "وتنفذ القوات الأمنية عمليات عسكرية في محافظة الأنبار",
     BAT, CLASH, "Military Forces of Iraq", "Islamic State", "Anbar", "IQ", "2015-08-10", "2", "", "",
     "Iraqi 7th Division commander Maj. Gen. Numan Abd al-Zobaie; Al Madina", "reported",
     "the security forces carry out military operations in Anbar governorate, supported by the Popular Mobilisation "
     "volunteers and the tribesmen, to clear it of ISIS; the 7th Division commander said 'yesterday' they were making "
     "great progress in the Anbar, Jazira and Badia operations sectors and that ISIS suffered big losses in equipment and "
     "lives (folded; ongoing, present tense -> DCT, precision 2; security forces -> Military Forces of Iraq, PMF and "
     "tribesmen in the note, as the spent alwatan-1105 row). Not coded: the flight of dozens of ISIS leaders from Anbar "
     "to Nineveh and Raqqa (a movement, no act), the cabinet's abolition of the vice-presidents' posts and the other "
     "reforms (cabinet/administrative, the article's news)"),
    (MD646, "هجمات متفرقة", "من قوات البيشمركة في هجمات متفرقة بالعراق",
     BAT, CLASH, "Islamic State", "Peshmerga (Kurdistan Regional Government)", "", "IQ", "2015-08-09", "2", "53", "exact",
     "Iraqi security sources (via Al Madina)", "reported",
     "aggregate: Iraqi security sources said 'yesterday' (DCT Monday 10 August -> 9 August) that 37 ISIS militants and "
     "16 Peshmerga were killed in scattered attacks in Iraq (one tally, no place -> one row, location empty; 37 + 16 = "
     "53 exact; the attacks' sides are the two named -> actor1 Islamic State, actor2 the Peshmerga; reported on that "
     "day, the attacks on or before it -> precision 2)"),
    # ---- set b (no text filter) ----
    (WM1635, "تقدمت باتجاه مقر الرئاسة", "في جنوب اليمن تقدمت باتجاه مقر الرئاسة",
     BAT, CLASH, YR, HOU, "Tawahi, Aden", "YE", "2015-07-18", "2", "", "",
     "military sources (via Al Weeam)", "reported",
     "the title's news: a military source said 'today Sunday' (the text's own frame; DCT Tuesday 21 July -> Sunday "
     "19 July) that the pro-Hadi forces advanced towards the presidential headquarters in a sector of Aden still held by "
     "the Houthis: the Popular Resistance advanced 'at night' in the Tawahi district, entered it and is advancing "
     "towards the presidential palace and the 4th Division HQ (entry, no capture stated -> Armed clash, the spent "
     "aljazirah-980 GRT row of 20 July is the later capture; the night before Sunday -> 18 July, precision 2, as the "
     "spent night rows; folded: the coalition's air support, about 15 night raids on Houthi positions in Tawahi and in "
     "the northern and eastern suburbs of Aden (unnamed; the named al-Rabat and Khor Maksar strikes have own rows); "
     "Popular Resistance -> Yemeni Resistance; 'Tawahi, Aden' as the spent rows)"),
    (WM1635, "اصابت مستودعا للذخائر", "ان طائرات التحالف العربي اصابت مستودعا للذخائر",
     ERV, AIR, SLC, HOU, "Al Rabat, Aden", "YE", "2015-07-18", "2", "", "",
     "eyewitnesses (via Al Weeam)", "reported",
     "eyewitnesses: the Arab coalition's aircraft hit an ammunition depot of the rebels, causing explosions for two "
     "hours in al-Rabat at the northern entrance of the city, where the Houthis had reinforced their presence in the "
     "last two days (the reinforcement folded; told with the night raids -> the night before Sunday 19 July -> 18 July, "
     "precision 2; 'Place, City')"),
    (WM1635, "غارة جوية على خور المكسر", "قتلوا ليلا في غارة جوية على خور المكسر",
     ERV, AIR, SLC, HOU, "Khor Maksar, Aden", "YE", "2015-07-18", "2", "9", "exact",
     "military sources and residents (via Al Weeam)", "reported",
     "military sources and residents: nine rebels were killed 'at night' in an air strike on Khor Maksar in central Aden "
     "(the night before Sunday 19 July -> 18 July, precision 2; 'تسعة' -> 9 exact; the coalition's strike in the "
     "article's frame -> Saudi-led coalition)"),
    (WM1635, "حيي دار سعد", "حول حيي دار سعد وكريتر",
     BAT, CLASH, YR, HOU, "Dar Saad, Aden", "YE", "2015-07-19", "2", "", "",
     "military sources and residents (via Al Weeam)", "reported",
     "the battles continue between the forces loyal to Hadi's government and the Houthis and their allies around the "
     "Dar Saad and Crater districts (one location per row: Dar Saad here, Crater its own row; present tense in the "
     "Sunday frame -> 19 July, precision 2; 'Dar Saad, Aden' as the spent rows)"),
    (WM1635, "وكريتر", "حول حيي دار سعد وكريتر",
     BAT, CLASH, YR, HOU, "Crater, Aden", "YE", "2015-07-19", "2", "", "",
     "military sources and residents (via Al Weeam)", "reported",
     "the same continuing battles, second named district: Crater (one location per row; 19 July, precision 2)"),
    (WM1635, "تحرير عدن", "اعلان الحكومة في المنفى تحرير عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-16", "2", "", "",
     "Yemeni government in exile (via Al Weeam)", "claimed",
     "background: the advance came three days after the government in exile announced the liberation of Aden, the "
     "largest city of the south (three days before the Sunday frame -> Thursday 16 July, precision 2; the text itself "
     "says parts of Aden are still held by the rebels -> the government's announcement, claimed; capture by the "
     "pro-Hadi forces -> Yemeni Resistance, as the spent Aden rows)"),
    (YM1050, "الانفجار الانتحاري", "بعد الانفجار الانتحاري الذي وقع داخل مسجد",
     ERV, SUI, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-06", "1", "15", "exact",
     "Al Yaum", "reported",
     "the occasion of the tweeted photos of blood-stained Qurans and of the Director of Public Security's tour (the "
     "article's news): the suicide explosion inside the mosque of the Special Emergency Forces in the city of Abha, Asir "
     "region, during the noon prayer 'last Thursday' (DCT Sunday 9 August -> 6 August, precision 1); 12 members of the "
     "forces and 3 workers at the site killed, 33 wounded (12 + 3 = 15 exact); 'الانفجار الانتحاري' / 'تفجير انتحاري "
     "نفسه' -> Suicide bomb; no perpetrator named -> Unidentified armed group; the city is named -> 'Abha', as the spent "
     "aawsat-132 and alriyadh-663 rows; Emergency Forces -> Police Forces of Saudi Arabia). Not coded: the tour and "
     "the quoted verses"),
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
