"""Bookkeeping helper for the events41 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur32/events41/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 41 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events41/sample.py ("This set: events41, seeds 2834 / 2835, drawn at the start of stop 32 (main 9e2d401), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2834).shuffle, walked in order; (b) 10 with no text filter, random.Random(2835).shuffle, >=3 sources (got, by source, a: aawsat 3, aleqtisadiya 2, alweeam 2, 3alyoum 1, aljazirah 1, alwatan 1; b: aleqtisadiya 3, aljazirah 3, almadina 1, alriyadh 1, alyaum 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 28 rows): detection F1 0.945 before (26 matched of 27 A / 28 B rows; 1 A-only row, 2 B-only rows; both gave rows to the same 11 articles; the A-only row and one B-only row are the same alwatan-1021 Aden toll aggregate, dated differently); 1 row added (aawsat-91 background liberation of Aden, B's); 7 field values changed to B's (alwatan-1021 toll aggregate date 1 March; aljazirah-372 Sultanbeyli clashes actor1 Unidentified armed group, actor2 Police Forces of Turkey, fatalities qualifier exact; aljazirah-372 both Beytussebap rows 'Beytussebap, Sirnak'; alweeam-1630 'Mashraa wa Hadnan, Taiz'); 1 kept against B (aljazirah-372 air-campaign aggregate dated 20 July); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
RIOT = "Riots"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
ARR = "Arrests"
RES = "Yemeni Resistance"
HOU = "Houthis"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
PKK = "PKK: Kurdistan Workers Party"
MFTR = "Military Forces of Turkey"
POLTR = "Police Forces of Turkey"
CYE = "Civilians (Yemen)"
AAW91 = "SN-aawsat-20150727-91"
WEE1827 = "SN-alweeam-20150721-1827"
WAT1021 = "SN-alwatan-20150725-1021"
EQT254 = "SN-aleqtisadiya-20150723-254"
JAZ372 = "SN-aljazirah-20150811-372"
ALY66 = "SN-3alyoum-20150809-66"
AAW16 = "SN-aawsat-20150721-16"
AAW275 = "SN-aawsat-20150731-275"
WEE1630 = "SN-alweeam-20150731-1630"
JAZ402 = "SN-aljazirah-20150801-402"
EQT294 = "SN-aleqtisadiya-20150809-294"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AAW91, "أعلن أول من أمس هدنة", "وكان التحالف قد أعلن أول من أمس هدنة يبدأ سريانها",
     "Statement", "", "Saudi-led coalition", HOU, "", "YE", "2015-07-25", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the title's news is the wavering of the truce: the Arab coalition announced 'the day before yesterday' (DCT Monday "
     "27 July -> Saturday 25 July) a five-day humanitarian truce from 23:59 on Sunday night to deliver relief (an actor's "
     "official declaration about the armed conflict, a ceasefire, that is the article's news -> Statement; the truce "
     "'due to take effect last night' is the same declaration; the text does not say where it was made -> location "
     "empty; borderline: alternative not coded, as a unilateral humanitarian truce mentioned in passing was in a spent "
     "set). Not coded: the tweet attributed to Abdulmalik al-Houthi rejecting the ceasefire (denied by al-Bukhaiti), the "
     "GPC's indifference, the Hadi-Mohammed bin Salman call, the relief ship in Aden, Hadi's invitation to the UN envoy, "
     "the return of Gulf diplomats (diplomatic/humanitarian)"),
    (AAW91, "باعتقال", "ﻓﻲ ﻋﺪﻥ باعتقال",
     SD, ARR, RES, HOU, "Aden", "YE", "2015-07-27", "2", "", "",
     "sources in the resistance in Aden (via Asharq Al-Awsat)", "claimed",
     "'in the field', sources of the (popular) resistance in Aden reported the arrest of Abdulkarim al-Houthi, brother of "
     "the rebels' leader, and the capture of dozens of Houthi and Saleh gunmen (the capture of the fighters is folded, "
     "one report; the resistance's own sources only -> claimed; pro-Hadi resistance -> Yemeni Resistance, as the spent "
     "Houthi-arrest rows coded a de facto authority's arrests as Arrests; alternative Battles/Armed clash; no day -> DCT, "
     "precision 2; the sources are 'in Aden', no other place -> 'Aden')"),
    (AAW91, "بعد تحريرها", "في أقرب وقت بعد تحريرها",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-27", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: Hadi invited the UN envoy to visit Aden as soon as possible 'after its liberation' to see the war "
     "damage (also 'the liberated southern city of Aden', same event -> one row; no victor named, the pro-Hadi side -> "
     "Yemeni Resistance, as the spent Aden rows; no day -> DCT, precision 3, as the spent aawsat-72 'بعد تحريرها' row; "
     "adjudicated: added, B's row, missed in my first version although I coded the same background in alwatan-1021 and "
     "aawsat-275)"),
    (WEE1827, "اعتقلت هؤلاء السائحين", "قد اعتقلت هؤلاء السائحين وأغلبهم من كبار السن",
     SD, ARR, "Police Forces of China", "Civilians (China)", "Inner Mongolia", "CN", "2015-07-14", "2", "", "",
     "spokesman for two of the tourists; South African charity (via Reuters, Al Weeam)", "reported",
     "borderline: 'early last week' (DCT Tuesday 21 July -> 'last week' = DCT-7, 14 July, precision 2) the authorities "
     "of Inner Mongolia in northern China arrested these 20 foreign tourists (the 9 now being deported with 11 others of "
     "their group) on a historical tour; the Chinese authorities told their governments that some of them watched "
     "'terror' videos linked to a banned group (a terrorism suspicion -> political/security motive, in scope as the "
     "spent Key West row; alternative not coded as a misunderstanding over a documentary; 'السلطات' -> Police Forces of "
     "China; foreign tourists -> Civilians (China) by the country-of-event rule; the title's first mention is the "
     "deportation). Not coded: the deportations (expulsions), the jailing of a Mongolian dissident in 1996 (too old), "
     "the generic crackdown on ethnic-Mongol rights groups"),
    (WAT1021, "بعد تحريرها من أيدي المتمردين الحوثيين", "بعد تحريرها من أيدي المتمردين الحوثيين",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-25", "3", "", "",
     "Al Watan", "reported",
     "background: the aid flows into Aden 'after its liberation from the hands of the Houthi rebels' (no victor named in "
     "the sentence; the text's pro-Hadi fighters are the 'popular resistance' -> Yemeni Resistance, as the spent Aden "
     "rows (events35 alwatan-1012, events23 aawsat-72); no day in the text -> DCT, precision 3). Not coded: the Houthis' "
     "siege of the city's entrances and refusal of fuel and food (an ongoing situation, folded as the spent okaz-1855), "
     "the coalition's planned airlift with 'big surprises' for the resistance and the national army (support, "
     "expectation), the WFP ship of 26 June and the Saudi relief planes (humanitarian)"),
    (WAT1021, "بلغوا ألف قتيل", "ومقاتلي المقاومة الشعبية، بلغوا ألف قتيل",
     VAC, "Attack", HOU, CYE, "Aden", "YE", "2015-03-01", "3", "1000", "exact",
     "Yemeni Ministry of Health; Aden health director al-Khadr Lassouar", "reported",
     "aggregate: the Yemeni health ministry: those who fell in Aden since the outbreak of the battles between the Houthi "
     "militias backed by Saleh's remnants and the popular-resistance fighters reached one thousand killed; the Aden "
     "health director: the victims of the Houthi aggression on the governorate reached one thousand killed and nine "
     "thousand wounded, from the violence committed by the Houthis and Saleh's forces against civilians (same toll, one "
     "row; as the spent okaz-1855 Lassouar row: all civilians, victims of the Houthis, no method -> VAC/Attack, Houthis vs "
     "Civilians (Yemen), alternative Battles/Armed clash from the ministry's sentence; 'ألف' -> 1000 exact; start of the "
     "battles: adjudicated, as B, dated at the period's start, 1 March, precision 3 (first DCT/3 as okaz-1855): the "
     "same article dates the outbreak of the conflict in Yemen to 'March' ('منذ اندلاع النزاع في اليمن في مارس "
     "الماضي'), and an aggregate is dated at its period's start; official figures -> reported). Folded: the Houthis' "
     "deliberate attacks and shelling of hospitals during their invasion of Aden and the seizure of medicines (undated, "
     "part of the same toll)"),
    (EQT254, "اندلعت اشتباكات بينها وبين السكان", "إذ اندلعت اشتباكات بينها وبين السكان",
     RIOT, "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel", "Burqin", "PS", "2015-07-22", "1", "1", "exact",
     "Palestinian sources; a Palestinian witness (to Reuters, via Al Eqtisadiya)", "reported",
     "'yesterday Wednesday' (DCT Thursday 23 July -> 22 July) the Israeli forces killed a Palestinian with bullets during "
     "a raid to arrest activists in Burqin village south-west of Jenin, West Bank, when clashes broke out between them and "
     "the residents, who threw stones at the soldiers (stone-throwing residents against a raiding force -> Riots/Violent "
     "demonstration with the Israeli forces as actor2 and the Palestinian killed as its fatality; alternative Violence "
     "against civilians/Attack for the killing; the purpose 'arrest campaign' is folded, no arrest is stated; 'قرية "
     "برقين' -> 'Burqin'). Not coded: the settlement approvals and the ministry's 'declaration of war' statement "
     "(administrative, commentary)"),
    (JAZ372, "هجوم بسيارة مفخخة", "واستهدف هجوم بسيارة مفخخة يشتبه بأنه انتحاري",
     ERV, "Suicide bomb", UAG, POLTR, "Sultanbeyli, Istanbul", "TR", "2015-08-10", "1", "", "",
     "Anadolu agency (via Al Jazirah)", "reported",
     "a car-bomb attack, suspected to be a suicide attack, targeted a police station in the Sultanbeyli district on the "
     "Asian side of Istanbul 'after midnight on Sunday' (-> early Monday 10 August, the title's 'yesterday Monday' series, "
     "DCT Tuesday 11 August), wounding ten including three policemen (suspected suicide -> Suicide bomb, alternative "
     "Remote explosive/landmine/IED for a car bomb; no claim -> Unidentified armed group; no deaths). The following "
     "clashes are their own row"),
    (JAZ372, "قتلت الشرطة مسلحين اثنين", "وصباح أمس الاثنين، قتلت الشرطة مسلحين اثنين",
     BAT, CLASH, UAG, POLTR, "Sultanbeyli, Istanbul", "TR", "2015-08-10", "1", "2", "exact",
     "Anadolu agency; NTV (via Al Jazirah)", "reported",
     "after the bombing, clashes lasted all night between the security forces and gunmen who fired on the police station; "
     "on Monday morning (10 August) the police killed two gunmen of unknown affiliation in these clashes; NTV said a "
     "policeman was also killed, not officially confirmed (different type and hours from the car bomb -> own row; "
     "adjudicated, as B: actor1 the gunmen who fired on the police station, the side that started the clashes, actor2 "
     "Police Forces of Turkey (first the reverse, from the trigger's killing); 2 exact, the number stated as fact, the "
     "unconfirmed policeman only in this note (first 2 at_least))"),
    (JAZ372, "فتح مسلحان صباح الاثنين النار", "فتح مسلحان صباح الاثنين النار على القنصلية",
     VAC, "Attack", UAG, "Civilians (Turkey)", "Istinye, Istanbul", "TR", "2015-08-10", "1", "", "",
     "Turkish television; Turkish media (via Al Jazirah)", "reported",
     "on Monday morning (10 August) two gunmen opened fire on the US consulate in the quiet Istinye district in the "
     "suburbs of Istanbul; the security forces then pursued them and the police later arrested one of them, a woman "
     "(pursuit and arrest folded; no casualties; no responsible party named -> Unidentified armed group; a diplomatic "
     "mission's building -> Civilians (Turkey) by the country-of-event rule; alternative Battles/Armed clash with Police "
     "Forces of Turkey, which the text does not describe as an exchange of fire)"),
    (JAZ372, "انفجار قنبلة وضعت بجانب طريق", "قتل أربعة عناصر من الشرطة في انفجار قنبلة وضعت بجانب طريق",
     ERV, IED, PKK, POLTR, "Silopi", "TR", "2015-08-10", "1", "4", "exact",
     "local media (via Al Jazirah)", "reported",
     "in Sirnak province on the Syrian and Iraqi borders, four policemen were killed by a roadside bomb in Silopi "
     "district; the attack was attributed to the PKK rebels by local media (attribution stated -> PKK; the lead's 'four "
     "policemen killed by a bomb in the south-east' is the same event -> one row; the title's 'yesterday Monday' series "
     "-> 10 August, precision 1; 'إقليم سيلوبي' -> 'Silopi' as the spent rows)"),
    (JAZ372, "هجوم بقاذفة صواريخ", "قتل جندي تركي في هجوم بقاذفة صواريخ",
     BAT, CLASH, PKK, MFTR, "Beytussebap, Sirnak", "TR", "2015-08-10", "2", "1", "exact",
     "Dogan agency (via Al Jazirah)", "reported",
     "in a separate incident a Turkish soldier was killed in a rocket-launcher attack by Kurdish rebels on a military "
     "helicopter carrying soldiers in Beytussebap district, Sirnak (Kurdish rebels in the article's PKK frame -> PKK; a "
     "direct-fire attack on troops -> Armed clash, alternative Shelling/artillery/missile attack; no day of its own in "
     "the Monday report -> 10 August, precision 2; 'إقليم بيت شباب في شيرناك' -> adjudicated, as B: 'Beytussebap, "
     "Sirnak', district, province as the spent 'Midyat, Mardin' and 'Dogubayazit, Agri' (first 'Beytussebap'))"),
    (JAZ372, "باستهداف المنطقة", "وبدأت طوافات «كوبرا» باستهداف المنطقة",
     ERV, AIR, MFTR, PKK, "Beytussebap, Sirnak", "TR", "2015-08-10", "2", "", "",
     "Dogan agency (via Al Jazirah)", "reported",
     "after the helicopter attack the Turkish army launched a military operation and 'Cobra' helicopters began targeting "
     "the area (helicopter gunships striking the attackers' area -> Air/drone strike, Military Forces of Turkey vs PKK; "
     "the ground operation folded; same place as the attack, after it -> 10 August, precision 2; location adjudicated "
     "as the attack row, 'Beytussebap, Sirnak', B's)"),
    (JAZ372, "يستمر القصف الجوي", "في وقت يستمر القصف الجوي لمواقع متمردي حزب العمال الكردستاني",
     ERV, AIR, MFTR, PKK, "", "TR", "2015-07-20", "3", "", "",
     "Al Jazirah", "reported",
     "aggregate: the continuing air bombardment of PKK rebel positions, the air campaign launched by Ankara against the "
     "PKK rebels in Turkey and northern Iraq (the same campaign, one row; started after the Suruc attack of 20 July that "
     "'sparked' the violence -> 20 July, precision 3, as the spent aawsat-187 aggregate; two countries named, no place -> "
     "location empty, TR as the spent Turkish air-strike aggregates; alternative IQ; adjudicated: date kept against "
     "B's DCT 11 August: the text makes the 20 July Suruc attack the spark of the violence the campaign belongs to, the "
     "inference of the spent aawsat-187 aggregate)"),
    (JAZ372, "الهجوم الذي وقع في سوروتش", "وشكل الهجوم الذي وقع في سوروتش",
     VAC, "Attack", ISIS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Al Jazirah", "reported",
     "background: the attack in Suruc (south Turkey) on 20 July, which killed 32 and was attributed to ISIS, sparked the "
     "violence in Turkey and ended the 2013 truce between Ankara and the Kurdish rebels (the text says only 'attack' -> "
     "Violence against civilians/Attack, as the spent aawsat-368 row of the same wording, alternative Suicide bomb; "
     "'نسب لتنظيم داعش' -> Islamic State; victims -> Civilians (Turkey)). Not coded: the end of the truce (no act), the "
     "rising tensions (generic)"),
    (ALY66, "سيطرت القوات الموالية لحكومة", "سيطرت القوات الموالية لحكومة الرئيس اليمني",
     BAT, GRT, RES, HOU, "Zinjibar, Abyan", "YE", "2015-08-09", "2", "", "",
     "military sources (via Ain Alyoum, AFP)", "reported",
     "title and lead: the forces loyal to Hadi's government took Zinjibar, capital of Abyan, held by the Houthis, military "
     "sources said on Sunday (the DCT, 9 August; capture on or before it -> precision 2; the text: the 'popular "
     "resistance', the multi-affiliation pro-Hadi forces -> Yemeni Resistance), as the spent events22 almadina-644 row of "
     "the same AFP report; folded: the attack launched from Aden with coalition air support, the capture first of the "
     "15th Brigade's positions, the armour deployed in Zinjibar on Sunday. Not coded: the control of Aden, Lahj (al-Anad), "
     "al-Dhale and most of Abyan, the Houthis' hold on Lawdar (status, no date), Shabwa expected to be the next front "
     "(expectation)"),
    (ALY66, "وسيطرت عليها من دون مقاومة", "وسيطرت عليها من دون مقاومة كبيرة",
     BAT, GRT, RES, HOU, "Shuqrah, Abyan", "YE", "2015-08-09", "1", "", "",
     "military sources (via Ain Alyoum, AFP)", "reported",
     "later (after Sunday's deployment in Zinjibar) the loyalist units moved to the coastal town of Shuqrah in Abyan and "
     "took it without strong Houthi resistance ('we entered Shuqrah... only the mines the Houthis planted'); the lead's "
     "'in addition to the coastal town of Shuqrah' is the same event; a differently named place -> own row; Sunday "
     "report -> 9 August, precision 1, as the adjudicated spent almadina-644 Shuqrah row"),
    (ALY66, "19 شخصا قتلوا", "ان 19 شخصا قتلوا بينهم مدنيون",
     ERV, IED, HOU, CYE, "Zinjibar, Abyan", "YE", "2015-08-08", "2", "19", "exact",
     "Aden health official al-Khadr Lassouar", "reported",
     "19 people, among them civilians, killed and 163 wounded by the explosion of landmines left by the Houthis on "
     "Saturday and Sunday in Zinjibar and its outskirts, as residents returned to check their homes (the previous "
     "sentence's 'civilians killed by landmines' is the same toll -> one row; two days -> Saturday 8 August, precision 2, "
     "as the spent almadina-644 row)"),
    (ALY66, "السدة", "سيطرت على منطقتي السدة",
     BAT, GRT, RES, HOU, "As Saddah, Ibb", "YE", "2015-08-09", "2", "", "",
     "local source (to AFP, via Ain Alyoum)", "reported",
     "in Ibb governorate, where the confrontations between the Houthis with Saleh's loyalists and the popular resistance "
     "are intensifying, a local source told AFP that 'the resistance took control of al-Sadda and Hazm al-Udayn [sic "
     "'العديد'] and parts of al-Radma' (no day -> DCT, precision 2; each named area its own row, as the spent "
     "almadina-644 rows)"),
    (ALY66, "وحزم العديد", "السدة وحزم العديد",
     BAT, GRT, RES, HOU, "Hazm al-Udayn, Ibb", "YE", "2015-08-09", "2", "", "",
     "local source (to AFP, via Ain Alyoum)", "reported",
     "same sentence: the resistance took Hazm al-Udayn (see the al-Sadda row)"),
    (ALY66, "الرضمة", "واجزاء من منطقة الرضمة",
     BAT, GRT, RES, HOU, "Ar Radmah, Ibb", "YE", "2015-08-09", "2", "", "",
     "local source (to AFP, via Ain Alyoum)", "reported",
     "same sentence: the resistance took parts of al-Radma (see the al-Sadda row)"),
    (ALY66, "اشتباكات عنيفة", "استمرار اشتباكات عنيفة بين الطرفين",
     BAT, CLASH, RES, HOU, "Yarim, Ibb", "YE", "2015-08-09", "2", "", "",
     "local source (to AFP, via Ain Alyoum)", "reported",
     "the same source: violent clashes continue between the two sides in the Yarim area of Ibb (ongoing -> DCT, "
     "precision 2; the intensifying confrontations in Ibb governorate folded here, as the spent almadina-644 row)"),
    (ALY66, "معارك الكر والفر", "تستمر معارك الكر والفر في تعز",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-08-09", "2", "", "",
     "Ain Alyoum (AFP)", "reported",
     "hit-and-run battles continue in Taiz (sides not named in the sentence: the article's two sides, resistance vs "
     "Houthis; ongoing -> DCT, precision 2, as the spent almadina-644 row)"),
    (AAW16, "إطلاق النار على مركزين عسكريين", "إلى إطلاق النار على مركزين عسكريين",
     BAT, CLASH, UAG, "Military Forces of the United States", "Chattanooga", "US", "2015-07-19", "1", "5", "exact",
     "Asharq Al-Awsat", "reported",
     "the Kuwaiti-born Jordanian Mohammad Youssef Abdulazeez (24) opened fire on two military centres in Chattanooga, "
     "Tennessee, on the evening of 'the day before yesterday' (DCT Tuesday 21 July -> 19 July, by the text's own day), "
     "killing four Marines and wounding three, before he was shot dead (4 + the attacker = 5 exact, as the spent Mali "
     "row counted the attackers; a lone gunman with no group known, the police treat it as 'domestic terrorism' -> "
     "Unidentified armed group; military targets -> Battles/Armed clash vs Military Forces of the United States, "
     "alternative Violence against civilians). Not coded: the investigation, his yearbook line"),
    (AAW275, "أسفر عن تحرير عدن", "والذي أسفر عن تحرير عدن من ميليشيا الحوثي",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-31", "3", "", "",
     "Asharq Al-Awsat (UAE statement)", "reported",
     "background: the Saudi-led Arab coalition, in which the UAE took part, 'resulted in the liberation of Aden from the "
     "Houthi militia and the forces of the deposed Saleh'; Bahah praised the role of the UAE and the coalition in "
     "operation 'Golden Arrow' to liberate Aden (same event, one row; the pro-Hadi side that took the city -> Yemeni "
     "Resistance, as the spent Aden rows with Golden Arrow (events23 aawsat-72), alternative Saudi-led coalition, which "
     "the sentence credits; no day -> DCT, precision 3). Not coded: the UAE relief ship and aid figures (humanitarian), "
     "the UAE technical team to reopen Aden airport, the UAE chief of staff's inspection of UAE units in the southern "
     "region (visit), Bahah's meeting with Gargash (diplomatic)"),
    (WEE1630, "يدكّ البيوت ويقتل المواطنين", "يدكّ البيوت ويقتل المواطنين في قرى",
     ERV, SHELL, HOU, CYE, "Mashraa wa Hadnan, Taiz", "YE", "2015-07-31", "2", "", "",
     "Al Weeam (opinion column)", "reported",
     "borderline (an opinion column): during the truce recently announced by the coalition the Houthis extended their "
     "battles to the villages and countryside of Taiz, attacking unarmed civilians with all kinds of heavy weapons, and "
     "'until this moment' pound houses and kill citizens in the villages of Sabr, Mashraa wa Hadnan (ongoing, stated as "
     "fact, at a named place -> DCT, precision 2; heavy weapons on houses -> Shelling; 'killing' without a number -> "
     "fatalities empty; 'صبر مشرعة وحدنان' -> the district Mashraa wa Hadnan of the Taiz villages; adjudicated, as B: "
     "'Mashraa wa Hadnan, Taiz', district, governorate as the set's Yemen district rows ('Yarim, Ibb', 'Hazm al-Udayn, "
     "Ibb'), first 'Mashraa wa Hadnan'). Not coded: "
     "the Houthis' killing of 'hundreds' of Aden's people during the first truce and of 'more than 200,000 Yemenis' "
     "(polemic, undated aggregates), the mobilisation of 20,000 new fighters (no event), the 2011 events (too old)"),
    # ---- set b (no text filter) ----
    (JAZ402, "بهدم مسجد لأهل السنّة", "وقامت بلدية طهران أخيراً بهدم مسجد لأهل السنّة",
     SD, "Looting/property destruction", "Government of Iran", "Civilians (Iran)", "Tehran", "IR", "2015-08-01", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "borderline (an opinion column; the title's 'the last Sunni mosque in Tehran demolished'): the Tehran municipality "
     "'recently' demolished a mosque of the Sunnis in the Iranian capital (state demolition of a minority's place of "
     "worship -> Strategic developments/Looting/property destruction; the municipality -> Government of Iran; the Sunni "
     "community -> Civilians (Iran); 'أخيراً', no day -> DCT, precision 3; alternative not coded as an administrative "
     "act). Not coded: the executions of opponents (generic, undated), Israeli violations at al-Aqsa and Hebron "
     "(generic)"),
    (EQT294, "الرهائن الذين قتلوا من قبل قرويي فويو", "الرهائن الذين قتلوا من قبل قرويي فويو",
     RIOT, "Mob violence", "Rioters (China)", "Civilians (China)", "Fuyu", "CN", "2015-08-09", "3", "4", "exact",
     "Al Eqtisadiya (translated feature)", "reported",
     "background, borderline: in a land-grab feature, 'the four men who were burned in Fuyu': the hostages killed by the "
     "villagers of Fuyu were workers at a quarry in Jincheng, all four from Zhenxiong, Yunnan, hired (as demolition "
     "crews) for 350 renminbi a day (villagers killing hired men in a land dispute -> Riots/Mob violence; the earlier "
     "mention is the same event -> one row; the text gives no date -> DCT, precision 3). Not coded: land seizures and "
     "the landless population (generic), the warlords of the early 20th century (too old)"),
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
