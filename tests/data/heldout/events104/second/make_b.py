"""Bookkeeping helper for annotator B of the events104 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur53/events104/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 104 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 3044/3045, drawn at the start of stop 53, main 64d22ef, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(3044).shuffle, walked in order; (b) 10 with no text filter: random.Random(3045).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 5, alyaum 2, alriyadh 1, alwatan 1, okaz 1; b: alyaum 2, okaz 2, 3alyoum 1, aleqtisadiya 1, aljazirah 1, almadina 1, alweeam 1, was 1).
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
CLASH = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
ABD = "Abduction/forced disappearance"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
HZB = "Hezbollah"
POLSA = "Police Forces of Saudi Arabia"
SHELL = "Shelling/artillery/missile attack"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
POLTR = "Police Forces of Turkey"
CIVYE = "Civilians (Yemen)"
AAW = "Asharq Al-Awsat"
AFPM = "military sources (via AFP)"
INDIA77 = "SN-aawsat-20150727-77"
FAL116 = "SN-aawsat-20150726-116"
FER1294 = "SN-alyaum-20150810-1294"
TUN2710 = "SN-alyaum-20150806-2710"
RY974 = "SN-alriyadh-20150731-974"
AW369 = "SN-aawsat-20150806-369"
OK1431 = "SN-okaz-20150725-1431"
AW401 = "SN-aawsat-20150731-401"
WT1035 = "SN-alwatan-20150807-1035"
AW782 = "SN-aawsat-20150724-782"
JZ422 = "SN-aljazirah-20150811-422"
MFIQ = "Military Forces of Iraq"
MFUS = "Military Forces of the United States"
MFTR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
POLUS = "Police Forces of the United States"
POLTN = "Police Forces of Tunisia"
RIOTR = "Rioters (Turkey)"
VDEM = "Violent demonstration"
MOB = "Mob violence"

ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (INDIA77, "هجوم شنه مسلحون", "أسفر هجوم شنه مسلحون على مركز للشرطة",
     BAT, CLASH, UAG, "Police Forces of India", "Gurdaspur, Punjab", "IN", "2015-07-27", "1", "5", "at_least",
     "Punjab police (via Asharq Al-Awsat, AFP)", "reported",
     "the title's news: 'today (Monday)' (the DCT, 27 July) gunmen attacked a police station in Gurdaspur, Indian Punjab, "
     "near the Pakistani border, killing at least five ('خمسة قتلى على الاقل' -> 5 at_least: two policemen and three "
     "civilians) and wounding seven; the exchange of fire was still going on, three or four attackers in army uniforms "
     "entrenched in the houses around the station (armed attack on a police station with a continuing exchange of fire -> "
     "Battles/Armed clash, as the spent alwatan-1092 row of this attack; no group named -> Unidentified armed group; "
     "folded: their earlier firing on a bus and the car-jacking on the way). Not coded: the home minister's order to "
     "tighten border security, the denied hostage reports, the mid-June Pakistani army operation (June 2014 by the "
     "text's order, more than 12 months before the DCT), the generic Kashmir attacks"),
    (INDIA77, "عثر على خمس قنابل", "عثر على خمس قنابل على طريق للسكك الحديد",
     SD, "Disrupted weapons use", "Police Forces of India", "", "Gurdaspur, Punjab", "IN", "2015-07-27", "2", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "borderline: five bombs were found on a railway line close to the place of the attack (found explosives -> "
     "Disrupted weapons use; finder not named, the security forces implied -> Police Forces of India; no planter named "
     "-> actor2 empty; same day, time not stated -> DCT, precision 2; alternative: no row)"),
    (INDIA77, "في هجوم وقع في واغا", "قتل 55 شخصا في هجوم وقع في واغا",
     VAC, "Attack", UAG, "Civilians (Pakistan)", "Wagah, Punjab", "PK", "2014-11-01", "3", "55", "exact",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: 'in November' 55 people were killed in an attack at Wagah in Pakistani Punjab, the main crossing on the "
     "Indian-Pakistani border (November 2014 -> 1 November 2014, precision 3, within 12 months of the DCT; the text says "
     "only 'هجوم', no method or group -> Violence against civilians/Attack, Unidentified armed group; alternative "
     "Explosions/Remote violence/Suicide bomb from annotator knowledge). India and Pakistan call it revenge for the "
     "army's mid-June operation (not coded, see the first row)"),
    (FAL116, "تضييق الخناق", "تزامنًا مع تضييق الخناق على المدينة",
     BAT, CLASH, MFIQ, IS, "Fallujah", "IQ", "2015-07-26", "2", "", "",
     "Asharq Al-Awsat; Anbar provincial council member Athal al-Fahdawi; a security source", "reported",
     "the title's frame: after the Iraqi joint forces completed the siege of Fallujah and Ramadi, the noose tightens on "
     "Fallujah, held by ISIS for more than a year; entry into the city (the last phase of the liberation plan) waits for "
     "the trapped families to leave (an ongoing siege of an ISIS-held city stated as fact -> Armed clash, as the spent "
     "aawsat-738 and aawsat-425 Fallujah siege rows; ongoing -> DCT, precision 2). Not coded: ISIS holding about 4,000 "
     "families as human shields and letting some leave for money (folded into the execution row's campaign), the "
     "displaced crossing the Bzebiz bridge, the human-rights commission's criticism of the government"),
    (FAL116, "محاصرة المدينتين", "بعد الانتهاء من محاصرة المدينتين",
     BAT, CLASH, MFIQ, IS, "Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Asharq Al-Awsat; security sources", "reported",
     "the lead: the Iraqi joint forces have finished besieging the two cities, Fallujah and Ramadi, which await the "
     "government forces' entry to free them from ISIS; 'the current military operations in Anbar' (one location per "
     "row: this is the Ramadi row, the Fallujah siege has its own; ongoing -> DCT, precision 2; alternative: one row "
     "only, Fallujah, the article's subject)"),
    (FAL116, "حملة إعدامات", "وينفذ حملة إعدامات على كل من",
     VAC, "Attack", IS, "Civilians (Iraq)", "Fallujah", "IQ", "2015-07-26", "2", "", "",
     "Anbar provincial council member Athal al-Fahdawi; Iraqi High Commission for Human Rights (to Asharq Al-Awsat)",
     "claimed",
     "the council member: ISIS enforces its law by force and carries out a campaign of executions against anyone who "
     "gives or leaks security information to the forces; the human-rights commission: ISIS carried out a campaign of "
     "mass executions of many civilians who broke its instructions (the same campaign -> one row; trapped families "
     "exposed to arrest or execution folded; ongoing, no number -> DCT, precision 2, fatalities empty; given only as the "
     "speakers' assertions -> claimed, as the spent aljazirah-374 Fallujah executions row)"),
    (FER1294, "بمسيرة سلمية", "بدأت قبل ساعات بمسيرة سلمية في ضاحية",
     PRO, "Peaceful protest", "Protesters (United States)", "", "Ferguson", "US", "2015-08-09", "1", "", "",
     "Al Yaum (Reuters)", "reported",
     "the commemoration of Michael Brown's killing began hours earlier with a peaceful march in the St. Louis suburb "
     "after a minute of silence ('yesterday Sunday', DCT Monday 10 August -> 9 August; as the spent aawsat-164/108 "
     "anniversary march rows); its turn to violence after dark is its own row"),
    (FER1294, "المواجهة", "مع استمرار المواجهة بين الشرطة ومحتجين",
     "Riots", VDEM, "Rioters (United States)", POLUS, "Ferguson", "US", "2015-08-09", "1", "", "",
     "Al Yaum (Reuters)", "reported",
     "the title: the confrontation between police and protesters continues; after dark dozens of protesters blocked "
     "traffic and smashed shop windows on West Florissant Avenue and approached the police barriers throwing water "
     "bottles, chanting 'we are ready for war', while the police tried to disperse them (no arrests; activists and "
     "clergy separated the sides) -> Riots/Violent demonstration vs the police, as the spent aawsat-164/108 rows; "
     "Sunday 9 August)"),
    (FER1294, "إطلاق للنار", "أصيب شخصان في إطلاق للنار وقع خلال مسيرة",
     VAC, "Attack", UAG, "Civilians (United States)", "Ferguson", "US", "2015-08-09", "1", "", "",
     "Ferguson police (via Al Yaum, Reuters)", "reported",
     "the lead: two people were wounded by gunfire during the march on Sunday 9 August; bursts of gunfire made the "
     "police take cover behind their cars and the demonstrators run; the police do not yet know the source of the fire "
     "(wounded only -> fatalities empty; shooter unknown, victims people at the march -> Violence against "
     "civilians/Attack, Unidentified armed group vs Civilians (United States); alternative Battles/Armed clash vs the "
     "police, as the spent aawsat-157/108 rows whose texts described an exchange of fire with the police)"),
    (TUN2710, "فككت", "قوات الامن فككت «خلية ارهابية»",
     SD, "Arrests", POLTN, UAG, "Dahmani, Kef", "TN", "2015-08-04", "2", "", "",
     "Tunisian Ministry of Interior statement", "reported",
     "the title's news: the interior ministry said in a statement on Tuesday (DCT Thursday 6 August -> 4 August) that "
     "the security forces dismantled a 'terrorist cell' planning attacks: the counter-terrorism unit arrested 6 members "
     "in al-Dahmani, Kef governorate, linked to the armed groups in the mountains, who planned to target sensitive "
     "security installations in Kef and Tunis (arrest day not stated, on or before the statement -> precision 2; "
     "suspected militants of no named group -> Unidentified armed group, alternative Okba Ibn Nafaa Brigade, the group "
     "of the next paragraph, or Civilians (Tunisia); 'بجهة الدهماني (في محافظة) الكاف' -> 'Dahmani, Kef')"),
    (TUN2710, "وقتل مسلح", "وقتل مسلح 38 سائحًا",
     VAC, "Attack", UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-06-01", "3", "38", "exact",
     "Al Yaum (Reuters)", "reported",
     "background: a gunman killed 38 tourists, mostly British, after reaching the beach of a hotel in the coastal city "
     "of Sousse 'in late June' (the lead's armed attack on a tourist resort is the same event -> one row; month only -> "
     "1 June, precision 3, as the spent aawsat-136/almadina-687 Sousse rows; no group named -> Unidentified armed group; "
     "tourists -> Civilians (Tunisia))"),
    (TUN2710, "وألقت تونس القبض", "وألقت تونس القبض على عشرات المتشددين",
     SD, "Arrests", POLTN, "", "", "TN", "2015-06-01", "3", "", "",
     "Al Yaum (Reuters)", "reported",
     "aggregate: Tunisia has arrested dozens of militants in a wide campaign since the Sousse attack (late June -> "
     "1 June, precision 3; no place; no group -> actor2 empty, as the spent aawsat-107 arrests aggregate). Not coded: "
     "the security and army forces' pursuit of the Okba Ibn Nafaa group in the Kef and Kasserine mountains (generic, "
     "undated)"),
    (RY974, "اشتباكات عنيفة", "إن اشتباكات عنيفة تدور بين الحوثيين",
     BAT, CLASH, YR, HOU, "Lawdar, Abyan", "YE", "2015-07-30", "2", "10", "at_least",
     "Yemeni tribal sources (via Al Riyadh)", "reported",
     "tribal sources said 'yesterday' (DCT Friday 31 July -> 30 July) that violent clashes are going on between the "
     "Houthis with Saleh's forces and the popular resistance in Lawdar after the resistance advanced on it; the "
     "resistance besieged the Houthis at the electricity triangle east of the city and Lawdar secondary school in the "
     "north (folded); dozens of Houthis/Saleh forces and 10 resistance members killed, about 50 wounded (10 + 'dozens' "
     "-> 10 at_least); the title's capture of 40 Houthi gunmen in Abyan is folded into this battle (as the spent "
     "aawsat-272 row folded the capture of Houthi fighters in Lawdar); ongoing on the sources' day -> precision 2. "
     "Not coded: the expected full control of Lawdar within hours (expectation), the 'Golden Arrow' operation frame"),
    (RY974, "جبل \"يسوف\"", "وسيطرتهم على جبل \"يسوف\" الاستراتيجي",
     BAT, GRT, YR, HOU, "Jabal Yasuf, Lawdar", "YE", "2015-07-30", "2", "", "",
     "Yemeni tribal sources (via Al Riyadh)", "reported",
     "the resistance took the strategic Jabal Yasuf overlooking Lawdar (a named capture -> own row, as the spent "
     "aawsat-272 'Jabal Yasuf, Lawdar' row; on or before the sources' day -> 30 July, precision 2)"),
    (RY974, "غارة لطائرة بدون طيار", "قتلوا ليل الاربعاء الخميس في غارة لطائرة بدون طيار",
     ERV, AIR, MFUS, "AQAP: Al Qaeda in the Arabian Peninsula", "Al Mahfad, Abyan", "YE", "2015-07-29", "2", "5",
     "exact", "Yemeni government official (via Al Riyadh)", "reported",
     "a government official: five presumed al-Qaeda members, among them a mid-level leader Abu Ahmed al-Kazimi and four "
     "companions, were killed in the night of Wednesday to Thursday by a drone strike 'probably American' that destroyed "
     "their car coming from Mukalla on reaching Wadi Dhayqa, al-Mahfad, Abyan (night of Wednesday 29 to Thursday 30 "
     "July -> 29 July, precision 2, as the spent almadina-627 night-of row; 'probably American' -> Military Forces of the "
     "United States, alternative Unidentified armed group; 5 exact; location alternative 'Wadi Dhayqa, Al Mahfad'). "
     "Not coded: the US drone strikes in Yemen 'for years' (generic)"),
    (AW369, "غارات جوية ضد مواقع لحزب العمال", "وتشن تركيا في الأسابيع الأخيرة غارات جوية ضد مواقع لحزب العمال",
     ERV, AIR, MFTR, PKK, "Qandil Mountains", "IQ", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: in recent weeks Turkey has been carrying out air raids on PKK positions in the Qandil mountains of "
     "northern Iraq; the Kurdistan Region authorities announced civilian casualties (folded; no number); the Arab "
     "League's condemned 'Turkish bombardment in northern Iraq' and the last paragraph's attacks on PKK camps in Iraq "
     "'since late July' are the same campaign (start 'late July' -> 1 July, precision 3). Not coded: the Arab League's "
     "condemnation, Qatar's reservation and the Turkish foreign ministry's reply (statements/diplomatic), the PKK's "
     "attacks on Turkey 'since 2003' and its hold on parts of Iraq (generic)"),
    (AW369, "مهاجمة عناصر «داعش» في سوريا", "مهاجمة عناصر «داعش» في سوريا",
     ERV, AIR, MFTR, IS, "", "SY", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: since late July Turkish fighter jets and forces have been attacking ISIS members in Syria, in a campaign "
     "meant to help set up a 'safe zone' in northern Syria ('مقاتلات وقوات' -> Air/drone strike, as the spent Turkish "
     "ISIS-in-Syria rows; late July -> 1 July, precision 3; no place)"),
    (AW369, "(سوروج)", "على الحدود وفي (سوروج)",
     VAC, "Attack", UAG, "Civilians (Turkey)", "Suruc", "TR", "2015-08-06", "3", "", "",
     "Qatari Ministry of Foreign Affairs statement (via Asharq Al-Awsat)", "reported",
     "background, borderline: the Qatari statement cites 'the recent attacks on the border and in Suruc and inside "
     "Turkey' as proof of the terrorist threat (the Suruc attack: undated and without toll or perpetrator in this text "
     "-> DCT, precision 3, Unidentified armed group, 'attacks' -> Violence against civilians/Attack, as the spent "
     "aawsat-368 Suruc row of a 'هجوم' wording; alternative Suicide bomb/Islamic State from annotator knowledge; "
     "alternative no row). 'The attacks on the border and inside Turkey' are generic (not coded)"),
    (OK1431, "غارة أمريكية", "قتل مع مسلحين اثنين آخرين في غارة أمريكية",
     ERV, AIR, MFUS, "Al Qaeda", "Paktika", "AF", "2015-07-11", "1", "3", "exact",
     "US Department of Defense statement (via Okaz, AFP)", "reported",
     "the US Defense Department announced that a senior al-Qaeda leader, Abu Khalil al-Sudani (the group's operational "
     "commander), was killed with two other militants in an American strike in Afghanistan; the operation took place on "
     "11 July in Paktika province ('one of three known extremists killed in the strike' -> 3 exact; 'غارة' -> "
     "Air/drone strike; the statement of the striking party, stated as fact by the outlet -> reported, as the spent "
     "coalition-statement strike rows). Not coded: the planned next round of Afghan government-Taliban peace talks on "
     "30/31 July (talks, diplomatic)"),
    (AW401, "مظاهرات احتجاج في تركيا", "مما أثار مظاهرات احتجاج في تركيا",
     PRO, "Peaceful protest", "Protesters (Turkey)", "", "", "TR", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: in early July, after Turkey received about 170 Uighur refugees, Bangkok sent about a hundred others "
     "back to China, which set off protest demonstrations in Turkey ('في مطلع يوليو' ... 'آنذاك' -> July, 1 July, "
     "precision 3; no place -> empty; their violent acts, the consulate storming and the attacks, are their own rows). "
     "Not coded: Ankara's summoning of the Chinese ambassador (diplomatic), the deportation itself (migrants), Erdogan's "
     "Beijing talks and the counter-terrorism cooperation agreement, China's Xinjiang restrictions (policy), "
     "Erdogan's 2009 'near genocide' accusation (too old)"),
    (AW401, "واقتحم متظاهرون أتراك", "واقتحم متظاهرون أتراك قنصلية تايلاند",
     "Riots", VDEM, RIOTR, "", "Istanbul", "TR", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: Turkish demonstrators stormed the Thai consulate in Istanbul and burned the Chinese flag in front of "
     "the Chinese consulate in the city, condemned by Beijing (storming a consulate -> Riots/Violent demonstration, no "
     "force named -> actor2 empty; the flag burning at the Chinese consulate is the same protest wave in the same city "
     "-> folded). Date: the sentence follows 'in November 2014 more than 300 Uighurs were detained in Thailand', but "
     "the storming reads as part of the protests set off by Bangkok's July deportation of the previous paragraph -> "
     "July 2015, 1 July, precision 3 (alternative 2014-11-01)"),
    (AW401, "مطعم صيني", "تعرض مطعم صيني معروف في إسطنبول لهجوم",
     "Riots", MOB, RIOTR, "Civilians (Turkey)", "Istanbul", "TR", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background, borderline: 'before that' a well-known Chinese restaurant in Istanbul was attacked (attackers not "
     "named, in the anti-Chinese protest wave of the paragraph -> Riots/Mob violence, Rioters (Turkey); alternative "
     "Strategic developments/Looting/property destruction or folding into the consulate row; dated with the wave, "
     "July 2015, precision 3)"),
    (AW401, "اعتدى متظاهرون أتراك", "اعتدى متظاهرون أتراك على مجموعة من السياح",
     "Riots", MOB, RIOTR, "Civilians (Turkey)", "Istanbul", "TR", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: Turkish demonstrators assaulted a group of South Korean tourists in central Istanbul, mistaking them "
     "for Chinese (demonstrators attacking bystanders -> Riots/Mob violence; tourists -> Civilians (Turkey), the country "
     "of the event; 'وسط إسطنبول' -> 'Istanbul'; dated with the wave, July 2015, precision 3)"),
    (WT1035, "36 حالة اختطاف", "فيما تم تسجيل واقعة 36 حالة اختطاف",
     VAC, ABD, HOU, "Civilians (Yemen)", "", "YE", "2015-06-01", "3", "", "",
     "Studies and Economic Media Centre report (via Al Watan); Yemeni Journalists Syndicate secretary-general Marwan "
     "Dammaj", "reported",
     "aggregate, borderline: the centre's report (issued 'yesterday') on Houthi violations against journalists in the "
     "past two months (second half of June and July, 87 violations): threats and assaults 46 percent, 36 abductions, "
     "8 cases of looting and storming of media institutions; the syndicate head accuses the Houthi militias of "
     "abducting 12 journalists more than a month ago, of jailing journalists and occupying media headquarters (one "
     "aggregate row, as the spent aawsat-108 row of the same report; abductions the concrete violent acts -> "
     "Abduction/forced disappearance; June-July -> 1 June, precision 3; no place: Shabwa is only the governorate with "
     "most violations). Not coded: the 350 lost jobs, the closed channels and radio stations, the website blocking by "
     "the Houthi-controlled ministry (no violent event), the Houthi takeover of most governorates (undated)"),
    (AW782, "لمظاهرة", "خلال عملية قمع لمظاهرة في العاصمة طهران",
     PRO, "Protest with intervention", "Protesters (Iran)", "Police Forces of Iran", "Tehran", "IR", "2015-07-22",
     "1", "", "", "Iranian opposition (National Council of Resistance of Iran); Interior Ministry spokesman Hossein Ali "
     "Amiri (via Asharq Al-Awsat)", "reported",
     "more than 200 Iranian teachers were arrested on Wednesday (DCT Friday 24 July -> 22 July) during the suppression "
     "of a demonstration in Tehran, according to the opposition; the interior ministry spokesman said the gathering was "
     "a union one, the police dispersed it, some were held for a few hours and three or four kept in prison; the NCRI: "
     "about 2,000 teachers gathered near the parliament (Majlis) to demand the release of jailed colleagues and the "
     "security forces deployed in large numbers dispersed it (dispersal and arrests -> Protest with intervention; "
     "location alternative 'Islamic Consultative Assembly, Tehran'). Not coded: Amnesty's count of 694 executions "
     "(judicial, legal actions)"),
    # ---- set b (no text filter) ----
    (JZ422, "حركة التظاهر الشعبي", "وشملت حركة التظاهر الشعبي معظم المحافظات",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "", "IQ", "2015-08-11", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "aggregate, borderline (an opinion column): the Iraqi protest wave against al-Abadi's government and al-Maliki: "
     "the first spark in Basra after the power cuts, then most southern governorates, organised by independent young "
     "people, with the Najaf religious authority's support and talk of civil disobedience in Karbala and Najaf (one "
     "aggregate row, as the spent alyaum-1016 'weeks of protests' row: several places -> location empty; undated -> "
     "DCT, precision 3; alternative a background Basra row for the spark). Not coded: the fall of Mosul to ISIS "
     "(June 2014, more than 12 months before the DCT), ISIS's killings (generic), Sistani's call (statement)"),
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
