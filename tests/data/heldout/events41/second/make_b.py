"""Bookkeeping helper for annotator B of the events41 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied programmatically from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur32/events41/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 41 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2834/2835, drawn at the start of stop 32, main 9e2d401, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2834).shuffle, walked in order; (b) 10 with no text filter: random.Random(2835).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, aleqtisadiya 2, alweeam 2, aljazirah 1, alwatan 1, 3alyoum 1; b: aleqtisadiya 3, aljazirah 3, almadina 1, alriyadh 1, alyaum 1, sabq 1).
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
RIO = "Riots"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
ATT = "Attack"
ARR = "Arrests"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
CYE = "Civilians (Yemen)"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
AW91 = "SN-aawsat-20150727-91"
WE1827 = "SN-alweeam-20150721-1827"
WT1021 = "SN-alwatan-20150725-1021"
EQ254 = "SN-aleqtisadiya-20150723-254"
JZ372 = "SN-aljazirah-20150811-372"
AY66 = "SN-3alyoum-20150809-66"
AW16 = "SN-aawsat-20150721-16"
AW275 = "SN-aawsat-20150731-275"
WE1630 = "SN-alweeam-20150731-1630"
JZ402 = "SN-aljazirah-20150801-402"
EQ294 = "SN-aleqtisadiya-20150809-294"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AW91, "أعلن أول من أمس هدنة", "وكان التحالف قد أعلن أول من أمس هدنة يبدأ سريانها",
     "Statement", "", "Saudi-led coalition", HOU, "", "YE", "2015-07-25", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "borderline, the title's news is the truce ('the Yemen truce wavers'): the coalition announced 'the day before "
     "yesterday' (DCT Monday 27 July -> 25 July) a five-day humanitarian truce from 23:59 on the night of Sunday to "
     "Monday to deliver relief (the lead's 'the truce due to take effect last night at the coalition's call' is the same "
     "declaration; an actor's official declaration about the armed conflict (operation pause) that is the article's news "
     "-> Statement; place of the announcement not stated -> location empty; actor2 Houthis, the side the truce concerns; "
     "alternative Strategic developments/Agreement or no row). Not coded: the tweet attributed to Abdulmalik al-Houthi "
     "rejecting the ceasefire (denied as fake by al-Bukhaiti: no official declaration), the GPC's indifference, the "
     "phone call Hadi - Mohammed bin Salman, the Saudi relief ship in Aden, Hadi's invitation to the UN envoy, the talks "
     "on the Gulf diplomats' return (diplomacy)"),
    (AW91, "باعتقال", "باعتقال",
     SD, ARR, YR, HOU, "Aden", "YE", "2015-07-27", "2", "", "",
     "resistance sources in Aden (via Asharq Al-Awsat)", "claimed",
     "'in the field': sources in the resistance in Aden reported the arrest of Abdulkarim al-Houthi, brother of the "
     "rebel leader, and the capture of dozens of Houthi and Saleh fighters (one row for the arrest and the captures; no "
     "clash described -> Strategic developments/Arrests, alternative Battles/Armed clash as the spent aawsat-157 capture "
     "row; the resistance -> Yemeni Resistance, Houthi and Saleh fighters -> Houthis; no day -> DCT, precision 2; only "
     "the resistance's own sources -> claimed, alternative reported)"),
    (AW91, "بعد تحريرها", "إلى زيارة مدينة عدن في أقرب وقت بعد تحريرها",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-27", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: Hadi invited the UN envoy to visit Aden 'after its liberation' (also 'the liberated southern city of "
     "Aden', same event); the capture of Aden from the Houthis stated as fact, no day -> DCT, precision 3, as the spent "
     "aawsat-72 'بعد تحريرها' row; capturing side not named -> Yemeni Resistance as the spent Aden rows; alternative not "
     "coded as a passing clause"),
    (WE1827, "اعتقلت هؤلاء السائحين", "قد اعتقلت هؤلاء السائحين وأغلبهم من كبار السن",
     SD, ARR, "Police Forces of China", "Civilians (China)", "Inner Mongolia", "CN", "2015-07-14", "2", "", "",
     "spokesman for two of the tourists; South African charity (via Reuters, Al Weeam)", "reported",
     "borderline: early 'last week' (DCT 21 July - 7 -> 14 July, precision 2) the authorities of Inner Mongolia, "
     "northern China, arrested a tour group of 20 foreign tourists (9 still held: five South Africans, three Britons and "
     "an Indian, plus 11 others already expelled), suspected, per the Chinese authorities, of watching 'terror' videos "
     "linked to a banned group (arrest on a terrorism suspicion -> Strategic developments/Arrests, as the spent Key West "
     "ISIS-supporter arrest; arrested civilians -> Civilians (China), the country of the event; alternative no row: the "
     "group says it was a documentary on Genghis Khan). Not coded: the deportations (expulsions), the crackdown on "
     "ethnic-Mongol rights groups (generic), the jailing of a Mongol dissident in 1996 (too old)"),
    (WT1021, "بعد تحريرها من أيدي المتمردين الحوثيين", "للمدينة، بعد تحريرها من أيدي المتمردين الحوثيين",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-25", "3", "", "",
     "Al Watan", "reported",
     "background: Aden's residents recover after the aid flow that followed the city's liberation from the Houthi "
     "rebels (no day in the text -> DCT, precision 3; capturing side not named here, the text's pro-Hadi fighters are "
     "the popular resistance -> Yemeni Resistance, as the spent Aden rows). Not coded: the aid ships, the Saudi air "
     "bridge and the third relief plane at Aden airport (humanitarian), the coalition's announced air bridge 'carrying "
     "big surprises in support of the resistance and the army' (vague future support)"),
    (WT1021, "ضحايا العدوان الحوثي", "إن ضحايا العدوان الحوثي على المحافظة",
     VAC, ATT, HOU, CYE, "Aden", "YE", "2015-03-01", "3", "1000", "exact",
     "Yemeni Ministry of Health; Aden health director al-Khadr Lassouar", "reported",
     "aggregate: the number of those who fell in Aden since the battles between the Houthi militias backed by Saleh's "
     "remnants and the popular resistance broke out reached one thousand killed; the health director: the victims of "
     "the Houthi aggression on the governorate are 1,000 killed and 9,000 wounded, from the violence of the Houthis and "
     "Saleh's forces against civilians (same toll, one row; 'ألف قتيل' with no 'about' -> 1000 exact; victims of "
     "violence against civilians -> VAC/Attack Houthis vs Civilians (Yemen), as the spent okaz-1855 row of the same "
     "statistic; dated at the period's start: the text dates the outbreak of the conflict in Yemen to 'March' -> 1 March, "
     "precision 3, alternative DCT precision 3 as okaz-1855). Folded: the Houthis' deliberate shelling of hospitals with "
     "shells and bombs during their invasion of Aden, the blocking of medicines and the siege of the city's entrances "
     "(undated patterns of the same period)"),
    (EQ254, "قتلت فلسطينيا بالرصاص", "إن القوات الإسرائيلية قتلت فلسطينيا بالرصاص أمس الأربعاء",
     RIO, "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel", "Burqin", "PS", "2015-07-22", "1",
     "1", "exact", "Palestinian sources; a Palestinian witness (via Reuters)", "reported",
     "'yesterday Wednesday' (DCT Thursday 23 July -> 22 July) Israeli forces shot dead a Palestinian during a raid to "
     "arrest activists in the occupied West Bank, when clashes broke out between them and the residents; the witness: "
     "the forces entered the village of Burqin south-west of Jenin for an arrest campaign and the residents threw stones "
     "at the soldiers (stone-throwing residents clashing with a raid -> Riots/Violent demonstration, Rioters (Palestine) "
     "vs Military Forces of Israel, as the spent events23 rows; alternative Violence against civilians/Attack; the arrest "
     "campaign folded, no arrest stated). Not coded: the approval of 886 settlement units and the retroactive approval "
     "of 179, the committee to legalise outposts (administrative), the ministry's 'declaration of war' (rhetoric)"),
    (JZ372, "هجوم بسيارة مفخخة", "واستهدف هجوم بسيارة مفخخة يشتبه بأنه انتحاري",
     ERV, "Suicide bomb", UAG, PFT, "Sultanbeyli, Istanbul", "TR", "2015-08-10", "1", "", "",
     "Anadolu Agency (via Al Jazirah)", "reported",
     "a car-bomb attack, suspected to be a suicide attack, targeted a police station in the Sultanbeyli district on the "
     "Asian side of Istanbul after midnight on Sunday (DCT Tuesday 11 August: after midnight Sunday -> Monday 10 "
     "August, the lead's 'yesterday Monday'), wounding ten, three policemen among them (the text says suspected suicide "
     "-> Suicide bomb, alternative Remote explosive/landmine/IED; no perpetrator named -> Unidentified armed group; no "
     "deaths stated -> fatalities empty; the title's 'police station' attack is the same event)"),
    (JZ372, "صدامات", "وجرت صدامات إثر الهجوم استمرت طوال الليل",
     BAT, CLASH, UAG, PFT, "Sultanbeyli, Istanbul", "TR", "2015-08-10", "1", "2", "exact",
     "Al Jazirah (Turkish media; NTV)", "reported",
     "after the car bomb, clashes lasted all night between the security forces and gunmen who fired at the police "
     "station; on Monday morning (10 August) the police killed two gunmen of unknown affiliation in these clashes (own "
     "row: a firefight after the bombing, another sub-type; 2 exact; NTV's report that a policeman was also killed 'was "
     "not officially confirmed' -> not counted, alternative 3)"),
    (JZ372, "فتح مسلحان", "فتح مسلحان صباح الاثنين النار على القنصلية",
     VAC, ATT, UAG, "Civilians (Turkey)", "Istinye, Istanbul", "TR", "2015-08-10", "1", "", "",
     "Turkish television (via Al Jazirah)", "reported",
     "on Monday morning (10 August) two gunmen opened fire on the US consulate in the quiet Istinye district in the "
     "suburbs of Istanbul; the security forces then pursued them and the police arrested one of them, a woman (the "
     "pursuit and the arrest folded into the attack row; alternative own Arrests row); no one hurt is stated; the "
     "authorities named no perpetrator -> Unidentified armed group; a diplomatic building, no armed defender described "
     "-> Violence against civilians/Attack vs Civilians (Turkey), the country of the event, alternative Battles/Armed "
     "clash vs Police Forces of Turkey or Strategic developments/Looting/property destruction)"),
    (JZ372, "انفجار قنبلة وضعت بجانب طريق", "في انفجار قنبلة وضعت بجانب طريق في إقليم سيلوبي",
     ERV, IED, PKK, PFT, "Silopi", "TR", "2015-08-10", "1", "4", "exact",
     "local media (via Al Jazirah)", "reported",
     "the lead's 'yesterday Monday' (10 August): four policemen killed by a roadside bomb in the Silopi district of "
     "Sirnak province, on the Syrian and Iraqi borders; the attack was attributed to PKK rebels (attribution stated by "
     "the outlet from local media -> actor1 PKK; the lead's 'four policemen killed in a bomb explosion in the south-east' "
     "is the same event; 'Silopi' as the spent Silopi rows)"),
    (JZ372, "هجوم بقاذفة صواريخ", "قتل جندي تركي في هجوم بقاذفة صواريخ",
     BAT, CLASH, PKK, MFT, "Beytussebap, Sirnak", "TR", "2015-08-10", "2", "1", "exact",
     "Dogan agency (via Al Jazirah)", "reported",
     "in a separate incident a Turkish soldier was killed in a rocket-launcher attack by Kurdish rebels on a military "
     "helicopter carrying soldiers in the Beytussebap district of Sirnak (rebels attacking the army -> Battles/Armed "
     "clash, as the spent PKK attacks on the army, alternative Shelling/artillery/missile attack; Kurdish rebels in the "
     "article's PKK frame -> PKK; no day of its own in the Monday round-up -> 10 August, precision 2; district, "
     "province -> 'Beytussebap, Sirnak' as the spent 'Midyat, Mardin')"),
    (JZ372, "طوافات «كوبرا» باستهداف المنطقة", "وبدأت طوافات «كوبرا» باستهداف المنطقة",
     ERV, AIR, MFT, PKK, "Beytussebap, Sirnak", "TR", "2015-08-10", "2", "", "",
     "Dogan agency (via Al Jazirah)", "reported",
     "after the helicopter attack the Turkish army launched a military operation and Cobra helicopters began striking "
     "the area (helicopter gunship fire -> Air/drone strike; target the rebels of the preceding attack -> PKK; same day "
     "as the attack, no day of its own -> 10 August, precision 2; the ground operation folded)"),
    (JZ372, "يستمر القصف الجوي", "في وقت يستمر القصف الجوي لمواقع متمردي",
     ERV, AIR, MFT, PKK, "", "TR", "2015-08-11", "3", "", "",
     "Al Jazirah", "reported",
     "aggregate: the continuing air bombardment of PKK rebel positions, the air campaign Ankara launched against the "
     "PKK rebels 'in Turkey and northern Iraq' (the later sentence is the same campaign; no start date in the text -> "
     "DCT, precision 3; two countries, no place -> location empty, TR as the spent aggregates, alternative IQ)"),
    (JZ372, "الهجوم الذي وقع في سوروتش", "وشكل الهجوم الذي وقع في سوروتش",
     VAC, ATT, "Islamic State", "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Al Jazirah", "reported",
     "background: the attack in Suruc (southern Turkey) on 20 July that killed 32 and was attributed to ISIS, the spark "
     "of the violence that ended the 2013 truce ('نسب لتنظيم داعش' -> Islamic State; the text says only 'attack' and "
     "names no victims -> Violence against civilians/Attack, Civilians (Turkey), as the spent events32 aawsat-368 row; "
     "alternative Suicide bomb as the spent events29/35 Suruc rows). Not coded: the 2013 truce (older than 12 months)"),
    (AY66, "سيطرت القوات الموالية", "سيطرت القوات الموالية لحكومة الرئيس اليمني",
     BAT, GRT, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-09", "2", "", "",
     "military sources (via Ain Alyoum)", "reported",
     "the title's news: the forces loyal to Hadi's government took Zinjibar, capital of Abyan, held by the Houthi "
     "rebels, military sources said on Sunday (the DCT, 9 August; capture on or before it -> precision 2); folded: the "
     "attack launched from Aden with coalition air support, the capture first of the 15th Brigade's positions, the "
     "armour deployed in Zinjibar on Sunday (pro-Hadi forces, the 'popular resistance' -> Yemeni Resistance, as the spent "
     "almadina-644 row of the same AFP story). Not coded: the status of Aden, Lahj (al-Anad), al-Dhale and most of Abyan "
     "under Hadi's forces and Lawdar still Houthi-held (status, no date), Shabwa expected as the next front "
     "(expectation), the continued advance in the south (generic)"),
    (AY66, "وسيطرت عليها", "وسيطرت عليها من دون مقاومة كبيرة",
     BAT, GRT, YR, HOU, "Shuqrah, Abyan", "YE", "2015-08-09", "1", "", "",
     "military sources (via Ain Alyoum)", "reported",
     "later (after Sunday's deployment in Zinjibar) the loyalist units moved to the coastal town of Shuqrah in Abyan "
     "and took it without strong Houthi resistance ('we entered Shuqrah', only mines); the lead's 'and the coastal town "
     "of Shuqrah' is the same event; a differently named place -> own row; Sunday 9 August, precision 1, as the spent "
     "adjudicated almadina-644 Shuqrah row)"),
    (AY66, "19 شخصا قتلوا", "ان 19 شخصا قتلوا بينهم مدنيون",
     ERV, IED, HOU, CYE, "Zinjibar, Abyan", "YE", "2015-08-08", "2", "19", "exact",
     "Aden health official al-Khadr Lassouar", "reported",
     "19 people, civilians among them, killed and 163 wounded by the explosion of landmines on Saturday and Sunday in "
     "Zinjibar and its outskirts; civilians killed by landmines left by the Houthis when they returned to check their "
     "homes (the preceding sentence is the same event -> one row; mines left by the Houthis -> actor1 Houthis; two days "
     "-> Saturday 8 August, precision 2, as the spent almadina-644 row)"),
    (AY66, "السدة", "المقاومة سيطرت على منطقتي السدة",
     BAT, GRT, YR, HOU, "As Saddah, Ibb", "YE", "2015-08-09", "2", "", "",
     "local source (via AFP, Ain Alyoum)", "reported",
     "in Ibb governorate, where confrontations between the Houthis with Saleh's loyalists and the popular resistance "
     "are intensifying, a local source told AFP 'the resistance took control of al-Sadda and Hazm al-Udayn and parts "
     "of al-Radma' (no day -> DCT 9 August, precision 2; one location per row; spellings as the spent almadina-644 rows)"),
    (AY66, "وحزم العديد", "منطقتي السدة وحزم العديد واجزاء",
     BAT, GRT, YR, HOU, "Hazm al-Udayn, Ibb", "YE", "2015-08-09", "2", "", "",
     "local source (via AFP, Ain Alyoum)", "reported",
     "same sentence: the resistance took Hazm al-Udayn (see the al-Sadda row)"),
    (AY66, "الرضمة", "واجزاء من منطقة الرضمة",
     BAT, GRT, YR, HOU, "Ar Radmah, Ibb", "YE", "2015-08-09", "2", "", "",
     "local source (via AFP, Ain Alyoum)", "reported",
     "same sentence: the resistance took parts of al-Radma (see the al-Sadda row)"),
    (AY66, "اشتباكات عنيفة", "استمرار اشتباكات عنيفة بين الطرفين في منطقة يريم",
     BAT, CLASH, YR, HOU, "Yarim, Ibb", "YE", "2015-08-09", "2", "", "",
     "local source (via AFP, Ain Alyoum)", "reported",
     "the same source: violent clashes continue between the two sides in the Yarim area of Ibb (ongoing -> DCT, "
     "precision 2; the intensifying confrontations in Ibb governorate folded here, as the spent almadina-644 row)"),
    (AY66, "معارك الكر والفر", "تستمر معارك الكر والفر في تعز",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-09", "2", "", "",
     "Ain Alyoum (AFP)", "reported",
     "hit-and-run battles continue in Taiz (sides not named in the sentence: the article's two sides, resistance vs "
     "Houthis; ongoing -> DCT, precision 2)"),
    (AW16, "إطلاق النار على مركزين عسكريين", "إلى إطلاق النار على مركزين عسكريين في مدينة تشاتانوغا",
     BAT, CLASH, UAG, "Military Forces of the United States", "Chattanooga", "US", "2015-07-19", "1", "5", "exact",
     "Asharq Al-Awsat", "reported",
     "the title's subject: the Kuwaiti-born Jordanian Mohammad Youssef Abdulazeez (24), living in Tennessee, opened fire "
     "on two military centres in Chattanooga on the evening of 'the day before yesterday' (DCT Tuesday 21 July -> 19 July "
     "by the text; the shooting is known to have been on 16 July, but the convention resolves against the DCT), killing "
     "four Marines and wounding three people before he was shot dead (4 + the gunman = 5 exact; a lone gunman, no group "
     "-> Unidentified armed group; Marines -> Military Forces of the United States; two centres in one city, one attack "
     "-> one row; police treat it as 'domestic terrorism'). Not coded: his yearbook line of four years ago, his trip to "
     "Jordan (no event)"),
    (AW275, "تحرير عدن من ميليشيا الحوثي", "والذي أسفر عن تحرير عدن من ميليشيا الحوثي",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-31", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the Saudi-led coalition, in which the UAE took part, 'resulted in the liberation of Aden from the "
     "Houthi militia and the forces of the deposed Saleh'; Bahah's praise of the coalition's role in operation 'Golden "
     "Arrow' to liberate Aden is the same event (one row; no day -> DCT, precision 3; capturing side -> Yemeni "
     "Resistance as the spent Aden rows, with coalition support, alternative Saudi-led coalition; Saleh's forces in the "
     "note). Not coded: the Emirati aid ship at Aden port (humanitarian), the UAE technical team for Aden airport, the UAE "
     "chief of staff's inspection of UAE units in Saudi Arabia's southern region (visit), Bahah's meeting with Gargash, "
     "the UAE's participation in Decisive Storm / Restoring Hope (generic, no strike described)"),
    (WE1630, "يدكّ البيوت", "يدكّ البيوت ويقتل المواطنين في قرى",
     ERV, SHELL, HOU, CYE, "Mashraa wa Hadnan, Taiz", "YE", "2015-07-31", "2", "", "",
     "Al Weeam (opinion column)", "reported",
     "opinion column: during the truce recently announced by the coalition the Houthis extended their battles to the "
     "villages of Taiz, using all heavy weapons against unarmed civilians, and 'until this very moment' are pounding "
     "houses and killing citizens in the Sabr villages of Mashra'a and Hadnan (ongoing, present tense -> DCT, precision 2; "
     "heavy weapons on homes -> Shelling/artillery/missile attack, Civilians (Yemen); no number -> fatalities empty; the "
     "district Mashra'a wa Hadnan of Jabal Sabr -> 'Mashraa wa Hadnan, Taiz'). Not coded: 'hundreds' of Adenis killed "
     "during the first truce (months-old, undated in the text), the 200,000 killed since 2011 and the Houthi march from "
     "Dammaj to Sanaa (generic/too old), the mobilisation of 20,000 new fighters (no event)"),
    # ---- set b (no text filter) ----
    (JZ402, "بهدم مسجد لأهل السنّة", "وقامت بلدية طهران أخيراً بهدم مسجد لأهل السنّة",
     SD, "Looting/property destruction", "Government of Iran", "Civilians (Iran)", "Tehran", "IR", "2015-08-01", "3",
     "", "", "Al Jazirah (opinion column)", "reported",
     "borderline, the title's subject: the Tehran municipality 'recently' demolished a Sunni mosque in the Iranian "
     "capital (the title's 'the last Sunni mosque in Tehran'; a state demolition of a minority's place of worship -> "
     "Strategic developments/Looting/property destruction; municipality -> Government of Iran; Sunni community -> "
     "Civilians (Iran); 'recently', no day, opinion column -> DCT, precision 3; alternative no row). Not coded: the "
     "settlers' incursions into al-Aqsa and the Ibrahimi mosque (generic, undated), Iran's executions of opponents "
     "(generic)"),
    (EQ294, "الرهائن الذين قتلوا", "تجدر الإشارة إلى أن الرهائن الذين قتلوا من قبل قرويي فويو",
     RIO, "Mob violence", "Rioters (China)", "Civilians (China)", "Fuyu", "CN", "2015-08-09", "3", "4", "exact",
     "Al Eqtisadiya (translated feature)", "reported",
     "background, borderline: in a land-seizure dispute the villagers of Fuyu (Yunnan) killed four hostages, quarry "
     "workers hired as a demolition crew, all from Zhenxiong, one of them 18 ('the four men who were burned in Fuyu'; "
     "a mob of villagers killing hired men in a land dispute -> Riots/Mob violence; the victims' hired role -> Civilians "
     "(China); the text gives no date -> DCT, precision 3; alternative no row as an undated passing example). Not coded: "
     "the warlord wars of the early 20th century (too old), land seizures in general (no violence described)"),
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
