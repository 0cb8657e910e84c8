"""Bookkeeping helper for the events46 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events44/addrows.py (itself from events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur34/events46/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 46 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events46/sample.py ("This set: events46, seeds 2852 / 2853, drawn at the start of stop 34 (main 7f6d63c), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2852).shuffle, walked in order; (b) 10 with no text filter, random.Random(2853).shuffle, >=3 sources (got, by source, a: aawsat 4, almadina 2, okaz 2, alwatan 1, alweeam 1; b: 3alyoum 2, alweeam 2, alyaum 2, sabq 2, aawsat 1, almadina 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 34 rows): detection F1 0.971 before (34 matched of 36 A / 34 B rows; P 1.000, R 0.944; 2 A-only rows, no B-only row; both gave rows to the same 8 articles); no row added or dropped; 7 field values changed to B's (okaz-1982 Jabal Sabir and Lahij spellings; okaz-1982 al-Alam checkpoint clash actor1 Houthis, actor2 Yemeni Resistance, location Nuqtat al-Alam, Abyan; aawsat-86 separatist shelling row re-anchored on the lead's accusation: location empty, claimed, trigger 'بقصف مناطق سكانية'); kept against B: the 2 A-only rows (alweeam-1527 Saudi weapons flight, Strategic developments/Other; alweeam-1635 the ~15 coalition raids on Tawahi), and 6 values (okaz-1982 'As Sabaha, Sanaa'; alweeam-1635 'Ar Rabat, Aden'; alweeam-1527 air campaign 26 March; aawsat-256 Iran clash reported; almadina-646 scattered-attacks aggregate precision 3 and actor2 'Military Forces of Iraq (Peshmerga)'); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
SUI = "Suicide bomb"
ARR = "Arrests"
RES = "Yemeni Resistance"
HOU = "Houthis"
UAG = "Unidentified armed group"
COAL = "Saudi-led coalition"
PKK = "PKK: Kurdistan Workers Party"
TUR = "Military Forces of Turkey"
NAF = "NAF: United Armed Forces of Novorossiya"
OKZ1982 = "SN-okaz-20150724-1982"
AAW86 = "SN-aawsat-20150721-86"
WEM1527 = "SN-alweeam-20150722-1527"
AAW256 = "SN-aawsat-20150806-256"
AAW113 = "SN-aawsat-20150809-113"
MAD646 = "SN-almadina-20150810-646"
WEM1635 = "SN-alweeam-20150721-1635"
YAU1050 = "SN-alyaum-20150809-1050"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OKZ1982, "غارات جوية نفذتها طائرات التحالف", "إن غارات جوية نفذتها طائرات التحالف على معسكر يقع تحت سيطرة الحوثيين بمنطقة باب المندب",
     ERV, AIR, COAL, HOU, "Bab al-Mandab, Taiz", "YE", "2015-07-24", "2", "", "",
     "local sources in al-Mukha district (to Okaz)", "reported",
     "the title's news: coalition air strikes on a Houthi-held camp in the Bab al-Mandab area (Taiz): four raids hit the 17th "
     "Infantry Brigade of the Republican Guard; the lead's 'first attack of its kind since Decisive Storm began on a strategic "
     "site the Houthis use as a permanent base' is the same strikes (folded); Houthi dead and wounded, leaders among them, no "
     "number -> fatalities empty; Republican Guard brigade in Houthi hands -> Houthis; no day in a morning-edition report -> "
     "DCT Friday 24 July, precision 2; Bab al-Mandab and al-Mukha are two named places -> two rows (see the al-Mukha row)"),
    (OKZ1982, "غارة خامسة", "وغارة خامسة استهدفت المجمع الحكومي الذي يتخذه الحوثي ثكنة عسكرية",
     ERV, AIR, COAL, HOU, "Al Mukha, Taiz", "YE", "2015-07-24", "2", "", "",
     "local sources in al-Mukha district (to Okaz)", "reported",
     "the second place of the lead's 'destroyed some strategic Houthi sites in Bab al-Mandab and al-Mukha' (also the title's "
     "'بالمخا'): a fifth raid hit the government complex the Houthis use as a barracks (its place is not stated; the sources "
     "speak from al-Mukha district and the lead names al-Mukha as the second target -> 'Al Mukha, Taiz', as the spent "
     "aljazirah-461 spelling; alternative: the raid folded into the Bab al-Mandab row and al-Mukha left without a row); "
     "no day -> DCT, precision 2"),
    (OKZ1982, "مواجهات عنيفة", "لقي 15حوثيا مصرعه في مواجهات عنيفة تشهدها مديريات جبل صبر",
     BAT, CLASH, RES, HOU, "Jabal Sabir, Taiz", "YE", "2015-07-24", "2", "15", "exact",
     "Okaz", "reported",
     "15 Houthis killed in violent confrontations going on in the districts of Jabal Sabr, Taiz governorate, between the "
     "militias of Saleh and the Houthis and the popular resistance, which is advancing towards the al-Arous camp and the "
     "strategic Sabr (ongoing, present tense, no day -> DCT, precision 2; the advancing resistance -> actor1; Saleh's "
     "militias -> Houthis; '15حوثيا' -> 15 exact; the advance towards al-Arous folded, no capture stated; "
     "adjudicated: location 'Jabal Sabir, Taiz', as B and the spent 'Jabal Sabir' rows, first 'Jabal Sabr, Taiz')"),
    (OKZ1982, "القضاء على تعزيزات حوثية", "نجحت طائرات التحالف العربي في القضاء على تعزيزات حوثية كانت في طريقها إلى محافظة لحج",
     ERV, AIR, COAL, HOU, "Lahij", "YE", "2015-07-24", "2", "", "",
     "Okaz", "reported",
     "in Lahj governorate the Arab coalition's aircraft destroyed Houthi reinforcements on their way to Lahj governorate (the "
     "sentence is placed 'in Lahj governorate' -> 'Lahij', the spent spelling ('Al Hawtah, Lahij'); adjudicated, as B, "
     "first 'Lahj'; no toll; no day -> DCT, precision 2)"),
    (OKZ1982, "بفج عطان", "مخازن للحوثي في مقر قيادة الصواريخ والقوات الخاصة بفج عطان والصباحة",
     ERV, AIR, COAL, HOU, "Faj Attan, Sanaa", "YE", "2015-07-24", "2", "", "",
     "Okaz; eyewitnesses", "reported",
     "explosions continued in Sanaa as the aircraft hit Houthi stores at the headquarters of the Missile Command (and the "
     "Special Forces) in Faj Attan and al-Sabaha, where the Houthis were preparing weapons to reinforce Lahj and Aden (two "
     "named places -> two rows, see al-Sabaha; the 'continued explosions' in the capital and the eyewitnesses' 'the bombing "
     "targeted camps in the western areas of Sanaa' folded into these two rows; the aircraft of the coalition paragraph -> "
     "Saudi-led coalition; no day -> DCT, precision 2)"),
    (OKZ1982, "والصباحة", "مخازن للحوثي في مقر قيادة الصواريخ والقوات الخاصة بفج عطان والصباحة",
     ERV, AIR, COAL, HOU, "As Sabaha, Sanaa", "YE", "2015-07-24", "2", "", "",
     "Okaz; eyewitnesses", "reported",
     "second named place of the Sanaa strikes: al-Sabaha (the Special Forces headquarters; see the Faj Attan row; sun-letter "
     "form as the spent 'As Salif'; kept in adjudication against B's 'Al Sabaha, Sanaa' (the set writes the sun-letter "
     "article assimilated: 'As Salif', 'Ad Durayhimi'); no day -> DCT, precision 2)"),
    (OKZ1982, "في مواجهات بنقطة العلم", "لقي مصرعه في مواجهات بنقطة العلم أثناء محاولته قيادة تعزيزات باتجاه مدينة عدن",
     BAT, CLASH, HOU, RES, "Nuqtat al-Alam, Abyan", "YE", "2015-07-24", "2", "1", "exact",
     "field sources in Abyan (to Okaz)", "reported",
     "field sources in Abyan: the commander of the Houthi front at the al-Alam checkpoint, close to Abdulmalik al-Houthi, "
     "nicknamed Abu Yahya al-Houthi, was killed in confrontations at the al-Alam checkpoint while trying to lead "
     "reinforcements towards Aden (the other side is not named; the Abyan paragraph's fighters against the Houthis are the "
     "resistance -> Yemeni Resistance; adjudicated, as B: the Houthis, who were pushing reinforcements towards Aden, are "
     "actor1, as the spent aljazirah-461 Akad row ('the Houthis tried to advance -> actor1'), first Yemeni Resistance as "
     "the side that killed him; location 'Nuqtat al-Alam, Abyan' (the checkpoint's name, as the spent 'Nuqtat al-Rabi'i, "
     "Taiz'), as B, first 'Al Alam, Abyan'; one named death -> 1 exact; no day -> DCT, precision 2)"),
    (OKZ1982, "كمينا محكما", "نصبت المقاومة كمينا محكما لقائد محور البيضاء المتحوث",
     BAT, CLASH, RES, HOU, "Lawdar, Abyan", "YE", "2015-07-24", "2", "2", "exact",
     "field sources in Abyan (to Okaz)", "reported",
     "in Lawdar district of the same governorate (Abyan) the resistance laid a tight ambush for the Houthi-aligned commander "
     "of the al-Bayda axis, Abdulbari al-Namri al-Habji, who was seriously wounded, and two of his escorts were killed "
     "(ambush of armed men -> Armed clash, as the spent ambush rows; 2 exact; 'Lawdar, Abyan' as the spent alweeam-1144 row; "
     "no day -> DCT, precision 2)"),
    (OKZ1982, "حملت اعتقالات", "وأقامت معسكرات ومتارس داخل المدينة وتنفذ حملت اعتقالات بحق المواطنين",
     SD, ARR, HOU, "Civilians (Yemen)", "Lawdar, Abyan", "YE", "2015-07-24", "2", "", "",
     "sources (to Okaz)", "reported",
     "borderline: most Houthi leaders in al-Bayda withdrew to Lawdar, set up camps and barricades inside the city and carry "
     "out arrest campaigns against the citizens (ongoing, present tense, no day -> DCT, precision 2; arrests of citizens by "
     "the Houthi de facto authority -> Strategic developments/Arrests as the spent almadina-644 Houthi arrest row, "
     "alternative Violence against civilians/Abduction; the withdrawal and the camps and barricades are not coded: movement "
     "and positions, alternative Headquarters or base established; alternative: the whole sentence not coded as generic)"),
    (OKZ1982, "اعتقالات تقوم بها الجماعة", "مبينة بأن هناك اعتقالات تقوم بها الجماعة في أوساط الجنود الذين لاحقت بعضهم إلى منازلهم",
     SD, ARR, HOU, "Military Forces of Yemen", "", "YE", "2015-07-24", "2", "", "",
     "informed sources (to Okaz)", "reported",
     "borderline: informed sources: the Houthi militias are pursuing soldiers of the Special Forces 'reserve battalion' who "
     "refused the deposed president's orders to go down to Aden; the group is arresting soldiers, some of whom it followed "
     "to their homes (the pursuit folded; ongoing, no day -> DCT, precision 2; no place stated -> location empty, YE; "
     "soldiers, not civilians -> Military Forces of Yemen; alternative not coded as undated and unplaced). Not coded: the "
     "government spokesman Rajeh Badi on the expected return of ministers to Aden (political, future)"),
    (AAW86, "قصف القوات الاوكرانية", "ان رجلا قُتل جراء قصف القوات الاوكرانية في وسط دونيتسك",
     ERV, SHELL, "Military Forces of Ukraine", "Civilians (Ukraine)", "Donetsk", "UA", "2015-07-18", "2", "1", "exact",
     "the separatists (via Asharq Al-Awsat)", "claimed",
     "the separatists said a man was killed by the Ukrainian forces' shelling of central Donetsk (the lead: Ukraine and the "
     "pro-Russian separatists accused each other 'yesterday (Saturday)' of shelling populated areas despite the ceasefire; "
     "DCT Tuesday 21 July, weekday rule -> Saturday 18 July; the shelling day is not stated -> precision 2; one party's "
     "accusation -> claimed, as the spent alriyadh-1639 Ukraine rows; a man in a populated area -> Civilians (Ukraine); "
     "1 exact). The lead's toll 'four civilians and a soldier' (both sides' announcements together, the title's 'five') is "
     "not split by side or place -> only the Donetsk man is given to a row; folded here: the last paragraph's separatist "
     "complaint about attacks on the residential areas north-west of Donetsk 'under their control' (adjudicated, see the "
     "NAF row)"),
    (AAW86, "بقصف مناطق سكانية", "تبادلت أوكرانيا وانفصاليون موالون لروسيا الاتهامات أمس (السبت) بقصف مناطق سكانية",
     ERV, SHELL, NAF, "Civilians (Ukraine)", "", "UA", "2015-07-18", "2", "", "",
     "the Ukrainian side (via Asharq Al-Awsat)", "claimed",
     "the lead: Ukraine and the pro-Russian separatists accused each other 'yesterday (Saturday)' of shelling populated "
     "areas despite the ceasefire (DCT Tuesday 21 July, weekday rule -> 18 July; shelling day not stated -> precision 2); "
     "this row is the Ukrainian side's accusation against the separatists (an accusation by a party -> claimed, as the "
     "spent alriyadh-1639 Ukraine rows; separatist forces -> NAF; populated areas -> Civilians (Ukraine); no place for it "
     "-> location empty; the lead's 'four civilians and a soldier' not split by side -> fatalities empty). Adjudicated, as "
     "B: my first version built this row on the last paragraph, 'the separatists focused their attacks on the residential "
     "areas north-west of the city of Donetsk under their control, accusing in turn the Ukrainian army of stepping up its "
     "attack' (reported, 'Donetsk'); areas 'under their control' and 'accusing in turn' make that sentence the separatists' "
     "complaint about Ukrainian fire, so it is folded into the Donetsk row, and the NAF row rests on the lead's accusation. "
     "Not coded: 'more than 6500 killed since the conflict broke out in April last year' (aggregate starting more than 12 "
     "months before the DCT, as the spent alriyadh-1639 6800 toll), the fiercest fighting 'a week' earlier (no place), the "
     "OSCE's remark on heavy artillery"),
    (AAW86, "اتفاق لوقف اطلاق النار في مينسك", "منذ التوسط في اتفاق لوقف اطلاق النار في مينسك عاصمة روسيا البيضاء قبل خمسة أشهر",
     SD, "Agreement", "Government of Ukraine", NAF, "Minsk", "BY", "2015-02-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the attacks calmed down after the ceasefire agreement mediated in Minsk, capital of Belarus, 'five months "
     "ago' (DCT 21 July -> February 2015, within 12 months -> 1 February, precision 3; the spent alriyadh-1639 Minsk 2 row: "
     "Government of Ukraine vs NAF, Minsk, BY, 2015-02-01, 3); both sides accuse each other of violations (generic, not coded)"),
    (WEM1527, "أول طائرة تهبط في المطار", "وكانت أول طائرة تهبط في المطار هي طائرة عسكرية سعودية",
     SD, "Other", "Military Forces of Saudi Arabia", "", "Aden Airport, Aden", "YE", "2015-07-22", "1", "", "",
     "Saudi military official; Yemeni military official (via BBC / Al Weeam)", "reported",
     "the first plane to land at the reopened Aden international airport, the first flight since 25 March, was a Saudi "
     "military plane carrying military aid and weapons for the 'popular resistance' forces; a senior Saudi navy commander "
     "arrived on it and made a brief surprise visit to Aden on Wednesday (DCT Wednesday 22 July -> 22 July, precision 1); "
     "the Saudi official: the start of an air bridge (delivery of arms and troops' materiel -> Strategic "
     "developments/Other, as the spent sabq-1518 first-plane row; actor2 empty; kept in adjudication against B, who left the weapons flight uncoded: an arms "
     "delivery to a party of the war is a conflict-relevant development, and the spent sabq-1518 row coded the same air "
     "bridge's first plane). Not coded: the reopening of the airport, "
     "the second Saudi cargo plane with humanitarian aid, the relief ships expected at Aden port and the WFP ship 'last "
     "Monday' (aid), the commander's visit (folded), Hadi's exile"),
    (WEM1527, "استعادت السيطرة على المطار", "قد استعادت السيطرة على المطار من أيدي مسلحي الحوثيين",
     BAT, GRT, RES, HOU, "Aden Airport, Aden", "YE", "2015-07-22", "3", "", "",
     "BBC (via Al Weeam)", "reported",
     "background: the forces loyal to President Hadi had regained control of the airport from the Houthi gunmen (pluperfect, "
     "no date in the text -> DCT, precision 3, as the spent aleqtisadiya-790 airport row; pro-Hadi forces -> Yemeni "
     "Resistance; 'Aden Airport, Aden' as the spent rows); 'after four months of fighting' (generic, not coded)"),
    (WEM1527, "شن التحالف الذي تقوده السعودية غارات جوية", "وقد شن التحالف الذي تقوده السعودية غارات جوية في نهاية مارس/آذار الماضي",
     ERV, AIR, COAL, HOU, "", "YE", "2015-03-26", "3", "", "",
     "BBC (via Al Weeam)", "reported",
     "aggregate: the Saudi-led coalition launched air strikes at the end of last March to restore Hadi and drive the Houthis "
     "out of the areas they took, in Sanaa and large parts of the country (the ongoing campaign, recent background; 'end of "
     "March' -> its start, 26 March, precision 3, as the spent 'since 26 March' campaign rows; kept in adjudication against B's 1 March: 'end of March' is finer "
     "than the month, as the spent 'mid-July' -> 15 July; location empty). Not coded: "
     "the Houthi control of Sanaa (status), Hadi forced to leave Aden (undated)"),
    (WEM1527, "عمليات مطاردة المسلحين الحوثيين", "إن عمليات مطاردة المسلحين الحوثيين مستمرة في عدة أحياء بمدينة عدن",
     BAT, CLASH, RES, HOU, "Aden", "YE", "2015-07-22", "2", "", "",
     "sources of the 'Popular Resistance Council' (to BBC)", "claimed",
     "sources of the so-called 'Popular Resistance Council' told the BBC that the operations to pursue the Houthi gunmen "
     "continue in several districts of Aden city (ongoing, no day -> DCT, precision 2; the districts are not named -> "
     "'Aden'; given only by a party's sources -> claimed, as the spent alwatan-1340 radio-building row)"),
    (AAW256, "إقليم شرناخ", "وقد شهد إقليم شرناخ وآغري بايزيد اشتباكات بين قواتنا وقوات الجيش التركي",
     BAT, CLASH, PKK, TUR, "Sirnak", "TR", "2015-08-05", "2", "", "",
     "Kurdistan Democratic Society (KCK) and its foreign-relations member Dalil Amed; PKK military-wing source (to Asharq Al-Awsat)", "claimed",
     "the KCK announced 'yesterday' (DCT Thursday 6 August -> 5 August) that PKK fighters clashed with the Turkish forces in "
     "several areas of south-east Turkey; Dalil Amed: the 'defensive operations' go on daily, Sirnak and Agri Bayazid saw "
     "clashes between 'our forces' and the Turkish army, the Turkish losses are not known (two named places -> two rows, see "
     "Dogubayazit; the lead's 'several areas' folded; folded here too: the HPG source's 'a large number of qualitative "
     "operations against the Turkish army in Sirnak during the last few hours' and the clashes that broke out after the "
     "Sirnak roadside bomb (same place, same days); clash days not stated, announced on 5 August -> precision 2; only the "
     "PKK side's announcement -> claimed). Not coded: 'more and stronger operations' in the coming days (threat in a quote)"),
    (AAW256, "آغري بايزيد", "وقد شهد إقليم شرناخ وآغري بايزيد اشتباكات بين قواتنا وقوات الجيش التركي",
     BAT, CLASH, PKK, TUR, "Dogubayazit, Agri", "TR", "2015-08-05", "2", "", "",
     "Dalil Amed, KCK foreign-relations member (to Asharq Al-Awsat)", "claimed",
     "second named place of the KCK's clashes: 'آغري بايزيد' (Dogubayazit, Agri province; 'Dogubayazit, Agri' as the spent "
     "alwatan-828 row); see the Sirnak row (announced 5 August, precision 2; claimed)"),
    (AAW256, "انفجار عبوة ناسفة", "انفجار عبوة ناسفة بعجلة عسكرية تركية لدى مرورها بطريق في إقليم شرناخ",
     ERV, IED, PKK, TUR, "Sirnak", "TR", "2015-08-06", "2", "3", "at_least",
     "eyewitnesses in Sirnak (to Asharq Al-Awsat)", "reported",
     "eyewitnesses from Sirnak province confirmed the explosion of a bomb under a Turkish military vehicle passing on a road "
     "in Sirnak province on the border with Iraq, killing 'more than three' Turkish soldiers and wounding others; clashes "
     "between PKK fighters and the Turkish army broke out after the explosion (folded into the Sirnak clash row); the bomber "
     "is not named, the article's frame and the clashes that followed point to the PKK -> PKK, as the spent events41 "
     "aljazirah-372 Silopi bomb ('Kurdish rebels in the article's PKK frame'), alternative Unidentified armed group; "
     "'أكثر من ثلاثة' -> 3 at_least, as the spent aawsat-372 Sirnak row; no day -> DCT, precision 2; witnesses' account "
     "given by the outlet as confirmed -> reported)"),
    (AAW256, "فجروا أمس أنبوب نقل الغاز", "«مقاتلينا فجروا أمس أنبوب نقل الغاز بين إيران وتركيا",
     ERV, IED, PKK, "", "Bako", "TR", "2015-08-05", "1", "", "",
     "source in the People's Defence Forces (HPG, PKK military wing) (to Asharq Al-Awsat)", "claimed",
     "the HPG source: 'our fighters blew up yesterday the gas pipeline between Iran and Turkey, which passes through the "
     "border area of Bako (باكو) in south-east Turkey' (DCT 6 August -> 5 August, precision 1; sabotage by explosion -> "
     "Remote explosive/landmine/IED with actor2 empty, as the spent aawsat-372 pipeline row; the perpetrator's own claim -> "
     "claimed; the place is written as in the text, 'Bako', an unidentified border area)"),
    (AAW256, "هجمات الطائرات التركية", "جاءت ردا على هجمات الطائرات التركية التي استهدفت معاقل الحزب في المناطق الحدودية لإقليم كردستان",
     ERV, AIR, TUR, PKK, "Kurdistan Region", "IQ", "2015-08-06", "3", "", "",
     "Asharq Al-Awsat; HPG source", "reported",
     "aggregate: the attacks of the Turkish aircraft on the party's (PKK's) strongholds in the border areas of the Kurdistan "
     "Region, to which the PKK says its operations respond; folded: President Erdogan's 'war on terror' against the PKK and "
     "ISIS and 'the Turkish military operation' that ended the truce, which the outlet states in its own voice (-> reported, "
     "as the spent adjudicated aawsat-372 aggregate); no start in the text -> DCT, precision 3, location 'Kurdistan Region', "
     "IQ, as the spent aawsat-372 row. The 1 August Zarkali strike has its own row. Not coded: the truce kept since 2013, "
     "'more than 40 thousand killed in 30 years' (far older than 12 months)"),
    (AAW256, "استهدافهم من قبل الطائرات التركية", "وانتقاما للمدنيين الذين قتلوا إثر استهدافهم من قبل الطائرات التركية في قرية زاركلي",
     ERV, AIR, TUR, "Civilians (Iraq)", "Zarkali, Rawanduz", "IQ", "2015-08-01", "1", "", "",
     "source in the People's Defence Forces (HPG, PKK military wing) (to Asharq Al-Awsat)", "claimed",
     "background: the civilians killed when Turkish aircraft targeted them in the village of Zarkali, Rawanduz district "
     "(north-east of Erbil), on 1 August (date stated -> precision 1; no number in this text -> fatalities empty; the "
     "source says civilians were targeted -> Civilians (Iraq), as the spent alriyadh-700 row, alternative PKK as the spent "
     "alwatan-808 row whose text named PKK positions as the target; 'قرية زاركلي، التابعة لقضاء راوندوز' -> 'Zarkali, "
     "Rawanduz'; only in the PKK source's quote -> claimed)"),
    (AAW256, "العملية الانتحارية", "المتهم بالوقوف خلف العملية الانتحارية التي وقعت في 20 من يوليو",
     ERV, SUI, "Islamic State", "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Asharq Al-Awsat", "reported",
     "background: the suicide operation of 20 July in the Turkish town of Suruc, which killed 32 Kurdish activists; ISIS is "
     "'accused of being behind' it -> Islamic State, as the spent Suruc rows ('نسب إلى'); suicide stated -> Suicide bomb, as "
     "the spent aleqtisadiya-883 and aawsat-187 rows; activists -> Civilians (Turkey); 32 exact"),
    (AAW256, "اشتباكات اندلعت بين الجانبين", "و12 جنديا خلال اشتباكات اندلعت بين الجانبين في محافظة كرمانشاه",
     BAT, CLASH, "PJAK: Kurdistan Free Life Party", "Military Forces of Iran", "Salas-e Babajani, Kermanshah", "IR", "2015-08-05", "2", "17", "exact",
     "East Kurdistan Units (YRK); relations official Arvin Ahmadpour (to Asharq Al-Awsat)", "reported",
     "the title's news: the East Kurdistan Units (military wing of the Iranian branch of the PKK, i.e. PJAK) announced "
     "(with the KCK's announcement 'yesterday', DCT 6 August -> 5 August) that their fighters killed a prominent commander "
     "of the Revolutionary Guard and 12 soldiers in clashes in Kermanshah province; Ahmadpour: fierce clashes between the "
     "units' fighters and the Iranian army in the Salasi Bawajani area (Salas-e Babajani, Kermanshah) 'during the last few "
     "days', killing the IRGC commander and 12 Iranian soldiers, four of 'our fighters' killed and one wounded fighter "
     "captured (1 + 12 + 4 = 17 exact; the capture folded; the last few days -> 5 August, precision 2; the title states the "
     "killing as fact -> reported, kept in adjudication against B's claimed, as the spent Bishkek (events44 aawsat-564) "
     "and adjudicated aawsat-372 air-strike rows; PJAK and Military Forces of Iran as the spent aawsat-372 rows). Not coded: the Iranian "
     "build-up of heavy weapons in the Kurdish areas and towards the Kurdistan Region border (deployment), the Iranian "
     "ambushes (generic), the end of the truce (statement)"),
    (AAW113, "الاحتجاجات التي عمت البلاد", "ولم تكن اللافتات وحدها بطلة الاحتجاجات التي عمت البلاد",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "", "IQ", "2015-08-09", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: the article's news is the humour of the banners of the angry demonstrators in the squares of peaceful "
     "popular protest that swept a large number of Iraq's cities (against parliament, corruption, the power cuts; a black "
     "coffin 'services of the people'); 'the protests that swept the country', 'the recent demonstrations', 'the sit-in "
     "squares' are the same wave -> one row; no city, no start and no single day in the text -> location empty, DCT, "
     "precision 3, as the spent aawsat-150 row; peaceful, no intervention described"),
    (MAD646, "عمليات عسكرية في محافظة الأنبار", "وتنفذ القوات الأمنية عمليات عسكرية في محافظة الأنبار بمساندة متطوعي الحشد الشعبي",
     BAT, CLASH, "Military Forces of Iraq", "Islamic State", "Anbar", "IQ", "2015-08-10", "2", "", "",
     "Al Madina; 7th Division commander Maj. Gen. Numan Abd al-Zobaie", "reported",
     "the security forces carry out military operations in Anbar governorate, backed by the Popular Mobilization volunteers "
     "and the tribes' sons, to clear the governorate of ISIS; the 7th Division commander 'yesterday': a large advance of the "
     "security forces in the Anbar, al-Jazira and al-Badiya operations sectors, ISIS's heavy losses in equipment and lives "
     "(folded: same campaign, no place captured -> Armed clash; ongoing, present tense -> DCT, precision 2; security forces "
     "-> Military Forces of Iraq, the Popular Mobilization and tribes in the note). Not coded: the flight of dozens of ISIS "
     "leaders from Anbar to Nineveh and Raqqa (movement), the cabinet's reforms (political)"),
    (MAD646, "هجمات متفرقة", "بمقتل 37 مسلحًا من داعش و16 من قوات البيشمركة في هجمات متفرقة بالعراق",
     BAT, CLASH, "Islamic State", "Military Forces of Iraq (Peshmerga)", "", "IQ", "2015-08-09", "3", "53", "exact",
     "Iraqi security sources", "reported",
     "aggregate: Iraqi security sources said 'yesterday' (DCT 10 August -> 9 August) that 37 ISIS gunmen and 16 Peshmerga "
     "were killed in scattered attacks in Iraq (several unplaced attacks, one toll -> one row, location empty; ISIS "
     "gunmen and Peshmerga killed in attacks -> ISIS as the attacker, alternative actor order; 37 + 16 = 53 exact; dated at "
     "the report, precision 3 as an aggregate: the conventions give aggregates precision 3; kept in adjudication against "
     "B's precision 2 and B's actor2 'Peshmerga (Kurdistan Regional Government)': the set names a state force's branch "
     "'Military Forces of <country> (<branch>)', as the spent 'Military Forces of Iran (Islamic Revolutionary Guard "
     "Corps)'; the Peshmerga are the Kurdistan Region's constitutional forces within Iraq)"),
    # ---- set b (no text filter) ----
    (WEM1635, "دخول التواهي", "المقاومة الشعبية نجحت في دخول التواهي وتتقدم باتجاه قصر رئاسة الجمهورية",
     BAT, CLASH, RES, HOU, "Tawahi, Aden", "YE", "2015-07-18", "2", "", "",
     "military sources (via Al Weeam, AFP)", "reported",
     "the title's news: a military source announced 'today Sunday' (DCT Tuesday 21 July, weekday rule -> Sunday 19 July) "
     "that the forces loyal to Hadi advanced towards the presidential headquarters in a sector of Aden still held by the "
     "Houthis; the 'popular resistance' forces advanced 'at night' into the Tawahi district, much of which the rebels hold; "
     "the source: the resistance succeeded in entering Tawahi and is advancing towards the presidential palace and the 4th "
     "Division command (the lead's and title's advance are the same event -> one row; entry without a stated capture -> "
     "Armed clash, alternative Government regains territory as the spent aljazirah-980 row of the next day's capture; the "
     "night of Saturday to Sunday -> 18 July, precision 2, as the spent night rows; 'Tawahi, Aden' as the spent rows)"),
    (WEM1635, "حوالى 15 غارة", "الذي شن ليلا حوالى 15 غارة على مواقع المتمردين الحوثيين في التواهي",
     ERV, AIR, COAL, HOU, "Tawahi, Aden", "YE", "2015-07-18", "2", "", "",
     "military source (via Al Weeam, AFP)", "reported",
     "another military source: the fighters benefited from the air support of the Arab coalition, which carried out 'at "
     "night' about 15 raids on the Houthi rebels' positions in Tawahi and in the northern and eastern suburbs of Aden (one "
     "location per row: Tawahi here; the unnamed eastern suburb folded here; the northern entrance's al-Rabat depot and "
     "Khor Maksar have own rows; the night of 18-19 July -> 18 July, precision 2; kept in adjudication against B, who "
     "folded the raids into the Tawahi battle as its air support: another actor and event type, with a stated count and "
     "targets, as the spent alwatan-2160 'two raids' row ('own row: another actor and event type'))"),
    (WEM1635, "مستودعا للذخائر", "طائرات التحالف العربي اصابت مستودعا للذخائر تابعا للمتمردين",
     ERV, AIR, COAL, HOU, "Ar Rabat, Aden", "YE", "2015-07-18", "2", "", "",
     "eyewitnesses (via Al Weeam, AFP)", "reported",
     "eyewitnesses: the Arab coalition's aircraft hit an ammunition depot of the rebels, causing explosions that lasted two "
     "hours, in al-Rabat at the northern entrance of the city, where the Houthis had reinforced their presence in the last "
     "two days (a differently named place -> own row; part of the night's raids -> 18 July, precision 2; 'الرباط' at Aden's "
     "northern entrance -> 'Ar Rabat, Aden', sun-letter form as the spent 'As Salif', kept in adjudication against B's "
     "'Al Rabat, Aden'; the Houthi reinforcement not coded: "
     "movement)"),
    (WEM1635, "غارة جوية على خور المكسر", "ان تسعة متمردين قتلوا ليلا في غارة جوية على خور المكسر في وسط عدن",
     ERV, AIR, COAL, HOU, "Khor Maksar, Aden", "YE", "2015-07-18", "2", "9", "exact",
     "military sources and residents (via Al Weeam, AFP)", "reported",
     "military sources and residents: nine rebels were killed 'at night' in an air strike on Khor Maksar in central Aden "
     "(the coalition's raids of the paragraph -> Saudi-led coalition; the night of 18-19 July -> 18 July, precision 2; "
     "'تسعة' -> 9 exact)"),
    (WEM1635, "دار سعد", "حول حيي دار سعد وكريتر",
     BAT, CLASH, RES, HOU, "Dar Saad, Aden", "YE", "2015-07-19", "2", "", "",
     "military sources and residents (via Al Weeam, AFP)", "reported",
     "the battles continue between the forces loyal to Hadi's government and the Houthis and their allies around the Dar "
     "Saad and Crater districts (two named places -> two rows, see Crater; ongoing on the Sunday of the report -> 19 July, "
     "precision 2; pro-Hadi forces -> Yemeni Resistance; the Houthis' allies (Saleh's forces) -> Houthis; 'Dar Saad, Aden' "
     "as the spent rows)"),
    (WEM1635, "وكريتر", "حول حيي دار سعد وكريتر",
     BAT, CLASH, RES, HOU, "Crater, Aden", "YE", "2015-07-19", "2", "", "",
     "military sources and residents (via Al Weeam, AFP)", "reported",
     "second named district of the continuing battles: Crater (see the Dar Saad row; 19 July, precision 2)"),
    (WEM1635, "تحرير عدن", "بعد ثلاثة ايام على اعلان الحكومة في المنفى تحرير عدن",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-16", "2", "", "",
     "Yemeni government in exile (via Al Weeam, AFP)", "claimed",
     "background: the government in exile announced the liberation of Aden, the largest city of the south, 'three days' "
     "before the Sunday advance (19 July - 3 -> 16 July; the announcement day, the liberation on or before it -> precision "
     "2; given only as the government's announcement, while the text shows fighting still going on in Tawahi, Dar Saad and "
     "Crater -> claimed; pro-Hadi side -> Yemeni Resistance, as the spent Aden rows)"),
    (YAU1050, "الانفجار الانتحاري", "بعد الانفجار الانتحاري الذي وقع داخل مسجد قوات الطوارئ الخاصة في مدينة أبها",
     ERV, SUI, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-06", "1", "15", "exact",
     "Al Yaum", "reported",
     "background (the news is the tweeted pictures of blood-stained and burnt Qurans and the Director of Public Security's "
     "tour of the mosque): the suicide explosion inside the mosque of the Special Emergency Forces in the city of Abha, Asir "
     "region, during the noon prayer 'last Thursday' (DCT Sunday 9 August -> 6 August, precision 1); 'a suicide bomber blew "
     "himself up' -> Suicide bomb; 12 members of the forces and three workers at the site killed, 33 wounded (12 + 3 = 15 "
     "exact); no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; 'مدينة "
     "أبها' -> 'Abha', as the spent adjudicated alriyadh-560 row). Not coded: the general's tour (not an event)"),
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
