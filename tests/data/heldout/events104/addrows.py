"""Bookkeeping helper for the events104 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur53/events104/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 104 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events104/sample.py ("This set: events104, seeds 3044 / 3045, drawn at the start of stop 53 (64d22ef), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3044).shuffle, walked in order; (b) 10 with no text filter, random.Random(3045).shuffle, >=3 sources (got, by source, a: aawsat 5, alyaum 2, alriyadh 1, okaz 1, alwatan 1; b: alyaum 2, okaz 2, alweeam 1, aleqtisadiya 1, almadina 1, aljazirah 1, 3alyoum 1, was 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 26 rows): detection F1 0.981 before by compare.py (26 matched of 27 A / 26 B rows, P 1.000, R 0.963; all 26 pairs are true event pairs; both gave rows to the same 11 articles and left the same 9 empty); on the 26 pairs event_type, sub_event_type, actor1, location_country, time_precision, fatalities and fatalities_qualifier agreed 26/26, reported_as 25/26, actor2 23/26, event_date 23/26, location 22/26; triggers 12/26 identical trigger+occurrence, 21/26 nested; 27 -> 26 rows: 1 row dropped as B (aawsat-77 the hostages the deputy minister denied, a denied sub-action of the Gurdaspur attack); 9 values changed to B's: aawsat-77 locations 'Gurdaspur, Punjab' (attack and bombs rows, first 'Gurdaspur') and 'Wagah, Punjab' (first 'Wagah'), alyaum-2710 cell arrests actor2 'Unidentified armed group' (first empty), alriyadh-974 drone strike location 'Al Mahfad, Abyan' (first 'Wadi Dhiqa, Al Mahfad'), aawsat-401 consulate storming, restaurant attack and tourists assault event_date 2015-07-01 (first the DCT 2015-07-31, all precision 3) and restaurant attack actor2 'Civilians (Turkey)' (first empty); kept against B: aawsat-77 bombs-found actor2 'Unidentified armed group' (B empty), okaz-1431 Paktika strike reported_as claimed (B reported), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
RIO = "Riots"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
MFT = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
MFI = "Military Forces of Iraq"
MFUS = "Military Forces of the United States"
PFTN = "Police Forces of Tunisia"
AWS77 = "SN-aawsat-20150727-77"
AWS116 = "SN-aawsat-20150726-116"
YUM1294 = "SN-alyaum-20150810-1294"
YUM2710 = "SN-alyaum-20150806-2710"
RYD974 = "SN-alriyadh-20150731-974"
AWS369 = "SN-aawsat-20150806-369"
OKZ1431 = "SN-okaz-20150725-1431"
AWS401 = "SN-aawsat-20150731-401"
WAT1035 = "SN-alwatan-20150807-1035"
AWS782 = "SN-aawsat-20150724-782"
JAZ422 = "SN-aljazirah-20150811-422"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Gurdaspur attack (aawsat-77, DCT Monday 27 July 17:10 UTC)
    (AWS77, "هجوم شنه مسلحون", "أسفر هجوم شنه مسلحون على مركز للشرطة، اليوم (الاثنين)",
     BAT, CLASH, UAG, "Police Forces of India", "Gurdaspur, Punjab", "IN", "2015-07-27", "1", "5", "at_least",
     "local police; Punjab police spokesman; assistant police commissioner Abhinav Trikha (via AFP, Asharq Al-Awsat)", "reported",
     "the title's news: 'today (Monday)' (DCT Monday 27 July) gunmen attacked a police station in Gurdaspur, Punjab, near "
     "the Pakistani border, killing at least five (two policemen and three civilians; 'خمسة قتلى على الاقل' -> 5 "
     "at_least) and wounding seven; the exchange of fire is still going on, three or four attackers in army uniforms "
     "entrenched in the houses around the station (an attack on a police post with a continuing gunfight -> Battles/"
     "Armed clash vs Police Forces of India, alternative Violence against civilians for the civilian deaths; no group "
     "named, the media's 'infiltrated from Kashmir' is a belief -> Unidentified armed group). Folded: the attackers' "
     "earlier firing on a bus and the car they stole at gunpoint on the way (same attack sequence, same day). Not coded: "
     "the interior minister's order to tighten border security; the hostages held in the station, which the deputy "
     "interior minister Kiren Rijiju denied (adjudicated: dropped, as B; a denied sub-action of this same attack, "
     "first a denied Abduction row). Location adjudicated: 'Gurdaspur, Punjab', as B (first 'Gurdaspur'): the text "
     "names the state, and the set writes 'Town, Province' as 'Lawdar, Abyan'"),
    (AWS77, "عثر على خمس قنابل", "من جهة اخرى، عثر على خمس قنابل على طريق للسكك الحديد",
     SD, "Disrupted weapons use", "Police Forces of India", UAG, "Gurdaspur, Punjab", "IN", "2015-07-27", "2", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "borderline: five bombs were found on a railway line near the place of the attack (explosives found before use -> "
     "Disrupted weapons use; the finder is not named, the security forces at the scene assumed -> Police Forces of India; "
     "who planted them not named -> Unidentified armed group; 'near the place' -> 'Gurdaspur, Punjab' (adjudicated, as B, first 'Gurdaspur'); same breaking report, no "
     "day stated for the find -> DCT, precision 2; alternative not coded; actor2 kept against B's empty: an unnamed "
     "planter is an Unidentified armed group by the conventions, as the spent alwatan-1026 foiled-attack row)"),
    (AWS77, "هجوم وقع في واغا", "قتل 55 شخصا في هجوم وقع في واغا",
     VAC, "Attack", UAG, "Civilians (Pakistan)", "Wagah, Punjab", "PK", "2014-11-01", "3", "55", "exact",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: 'in November' 55 people were killed in an attack at Wagah in Pakistani Punjab, the main post on the "
     "Indian-Pakistani border (November, before the DCT -> November 2014 -> 1 November 2014, precision 3, within 12 "
     "months of the DCT; adjudicated: 'Wagah, Punjab', as B, first 'Wagah', the text says 'Wagah in Pakistani "
     "Punjab'; the text says only 'attack' -> Violence against civilians/Attack, alternative Explosions/"
     "Remote violence/Suicide bomb, which the text does not say; no perpetrator named; India and Pakistan say it was "
     "revenge for the Pakistani army operation). Not coded: the Pakistani army operation 'in mid-June' against militant "
     "strongholds near the Afghan border (June before November 2014 -> June 2014, more than 12 months before the DCT), "
     "the frequent attacks in Kashmir (generic)"),
    # Fallujah (aawsat-116, DCT Sunday 26 July 17:05 UTC)
    (AWS116, "تضييق الخناق على المدينة", "تزامنًا مع تضييق الخناق على المدينة بهدف تحريرها",
     BAT, CLASH, MFI, IS, "Fallujah", "IQ", "2015-07-26", "2", "", "",
     "Asharq Al-Awsat; security sources; Anbar provincial council member Adhal al-Fahdawi", "reported",
     "the Iraqi joint forces have completed the siege of Fallujah and tighten the noose on the city to free it from ISIS, "
     "awaiting the families' exit before the last stage of the liberation plan (ongoing siege of an enemy-held city -> "
     "Armed clash, as the spent aawsat-738 and aawsat-425 Fallujah siege rows; the lead's 'completed the siege of the two "
     "cities' for Fallujah and the 'current military operations in Anbar' folded; ongoing -> DCT, precision 2; no toll). "
     "Not coded: ISIS's ~1,000 gunmen holding about 4,000 families in the city as human shields (the title's news; "
     "restriction of movement, as the spent aljazirah-374 row; the violence against them is the executions row), "
     "families leaving via al-Falahat and al-Saqlawiya and paying ISIS to leave, the 70,000 displaced, the Bzebiz "
     "bridge"),
    (AWS116, "محاصرة المدينتين", "بعد الانتهاء من محاصرة المدينتين من قبل القوات العراقية المشتركة",
     BAT, CLASH, MFI, IS, "Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Asharq Al-Awsat; security sources", "reported",
     "the lead: Fallujah and Ramadi await the entry of the Iraqi government forces after the Iraqi joint forces completed "
     "the siege of both cities (one location per row -> Ramadi here, Fallujah its own row; ongoing siege -> Armed clash, "
     "as the spent Ramadi battle rows; ongoing -> DCT, precision 2; borderline: Ramadi is named only in the lead and the "
     "human-rights commission's complaint)"),
    (AWS116, "حملة إعدامات", "وينفذ حملة إعدامات على كل من يقدم أو يسرب معلومات",
     VAC, "Attack", IS, "Civilians (Iraq)", "Fallujah", "IQ", "2015-07-26", "2", "", "",
     "Anbar provincial council member Adhal al-Fahdawi; Iraqi High Commission for Human Rights (to Asharq Al-Awsat)", "claimed",
     "ISIS carries out a campaign of executions in Fallujah against anyone who gives or leaks security information to the "
     "army and against members of the security services; the families held in the city face 'assaults up to arrest or "
     "execution' (folded); the human-rights commission's 'mass executions of many civilians who broke its instructions' "
     "is the same campaign -> one row (ongoing -> DCT, precision 2; no number -> fatalities empty; only the sources' "
     "assertions -> claimed, as the spent aljazirah-374 Fallujah executions row)"),
    # Ferguson anniversary (alyaum-1294, DCT Monday 10 August 19:10 UTC)
    (YUM1294, "بمسيرة سلمية", "بدأت قبل ساعات بمسيرة سلمية في ضاحية سانت لويس",
     PRO, "Peaceful protest", "Protesters (United States)", "", "Ferguson", "US", "2015-08-09", "1", "", "",
     "Al Yaum (Reuters)", "reported",
     "the commemoration of Michael Brown's killing began hours earlier with a peaceful march in the St. Louis suburb "
     "after a minute's silence ('yesterday Sunday', DCT Monday 10 August -> 9 August; the suburb is Ferguson; the day "
     "march and the evening violence are two rows, as the spent aawsat-157/164/108 rows of the same anniversary)"),
    (YUM1294, "عرقل عشرات المحتجين", "إذ عرقل عشرات المحتجين حركة المرور وهشموا نوافذ المتاجر",
     RIO, "Violent demonstration", "Rioters (United States)", "Police Forces of the United States", "Ferguson", "US", "2015-08-09", "1", "", "",
     "Al Yaum (Reuters)", "reported",
     "after dark dozens of protesters blocked traffic and smashed shop windows on West Florissant Avenue, approached the "
     "police barriers throwing water bottles and chanting 'we are ready for war', while the police tried to disperse "
     "them (the second paragraph's 'blocked traffic and smashed windows' is the same -> one row; no arrests; vs the "
     "police, as the spent aawsat-164/108 clashes rows; the avenue is in Ferguson -> 'Ferguson', as those rows; 9 "
     "August, precision 1). The shooting is its own row. Not coded: Brown's killing on 9 August 2014 (more than 12 "
     "months before the DCT) and the months of protests after it"),
    (YUM1294, "إطلاق للنار", "أصيب شخصان في إطلاق للنار وقع خلال مسيرة",
     VAC, "Attack", UAG, "Civilians (United States)", "Ferguson", "US", "2015-08-09", "1", "", "",
     "Al Yaum (Reuters); police", "reported",
     "the title's news: two people were wounded by gunfire during the march in Ferguson 'yesterday Sunday' (9 August); "
     "the police do not know the source of the fire; bursts of gunfire made the police take cover behind their cars and "
     "the protesters run; one wounded, a young black man, seriously (an unknown shooter wounding two people -> Violence "
     "against civilians/Attack, Unidentified armed group; alternative Battles/Armed clash vs the police, as the spent "
     "adjudicated aawsat-157/108 rows whose texts described an exchange of fire with the police, which this text does "
     "not; no deaths)"),
    # Tunisia (alyaum-2710, DCT Thursday 6 August 18:28 UTC)
    (YUM2710, "إيقاف 6 عناصر", "من إيقاف 6 عناصر بجهة الدهماني",
     SD, "Arrests", PFTN, UAG, "Dahmani, Kef", "TN", "2015-08-04", "2", "", "",
     "Tunisian Interior Ministry statement (via Al Yaum)", "reported",
     "the title's news: the security forces dismantled a 'terrorist cell' planning attacks: the anti-terrorism unit "
     "arrested six members in al-Dahmani, Kef governorate, linked to the terrorist groups holed up in the mountains, "
     "planning to target sensitive security installations in Kef and Tunis (the statement 'on Tuesday', DCT Thursday 6 "
     "August -> 4 August; the arrests' own day not stated -> precision 2; the foiled plan folded; adjudicated: actor2 "
     "Unidentified armed group, as B (first empty, as the spent aawsat-107 row of unnamed suspects): the six are "
     "members of a 'terrorist cell' tied to the armed groups in the mountains, an armed group of no name, as the "
     "spent almadina-653 arrests row; alternative Okba Ibn Nafaa)"),
    (YUM2710, "وألقت تونس القبض على عشرات", "وألقت تونس القبض على عشرات المتشددين",
     SD, "Arrests", PFTN, "", "", "TN", "2015-06-01", "3", "", "",
     "Al Yaum (Reuters)", "reported",
     "aggregate: Tunisia has arrested dozens of militants in a broad government campaign since the Sousse resort attack "
     "(late June -> 1 June, precision 3; no place; actor2 empty, as the spent aawsat-107 aggregate). Not coded: the "
     "security forces' and army's pursuit of the Okba Ibn Nafaa group in the mountains of Kef and Kasserine (generic, "
     "no act described)"),
    (YUM2710, "وقتل مسلح 38 سائحًا", "وقتل مسلح 38 سائحًا أغلبهم بريطانيون",
     VAC, "Attack", UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-06-01", "3", "38", "exact",
     "Al Yaum (Reuters)", "reported",
     "background: a gunman killed 38 tourists, most of them British, shooting after making his way to a hotel beach in "
     "coastal Sousse 'at the end of June' (the lead's armed attack on a tourist resort is the same -> one row; month "
     "known -> 1 June, precision 3; no group named -> Unidentified armed group, as the spent 3alyoum-69 row; tourists -> "
     "Civilians (Tunisia), the country of the event)"),
    # Abyan (alriyadh-974, DCT Friday 31 July 03:49 UTC)
    (RYD974, "اشتباكات عنيفة تدور", "إن اشتباكات عنيفة تدور بين الحوثيين",
     BAT, CLASH, YR, HOU, "Lawdar, Abyan", "YE", "2015-07-30", "2", "10", "at_least",
     "Yemeni tribal sources (via Al Riyadh)", "reported",
     "violent clashes between the Houthis and Saleh's forces on one side and the popular resistance on the other in "
     "Lawdar city, Abyan, after the resistance advanced on it (tribal sources 'yesterday', DCT 31 July -> 30 July; "
     "ongoing -> precision 2); dozens of Houthis and Saleh's forces and 10 resistance members killed, about 50 wounded "
     "(the dozens are vague -> the stated 10 -> 10 at_least); folded: the title's capture of 40 Houthi gunmen in Abyan "
     "(captures in the same battle, as the spent aawsat-272 row), the siege of the Houthis at the Kahraba triangle east "
     "of the city and Lawdar secondary school in the north, the advance on the city. Not coded: the expected full "
     "control of Lawdar 'in the coming hours' (expectation), the 'Golden Arrow' operation (generic)"),
    (RYD974, "وسيطرتهم على جبل", "وسيطرتهم على جبل \"يسوف\" الاستراتيجي",
     BAT, GRT, YR, HOU, "Jabal Yasuf, Lawdar", "YE", "2015-07-30", "2", "", "",
     "Yemeni tribal sources (via Al Riyadh)", "reported",
     "the resistance took the strategic Jabal Yasuf overlooking Lawdar before the clashes (a named place of its own -> own "
     "row, as the spent aawsat-272 row 'Jabal Yasuf, Lawdar'; reported 30 July, day not stated -> precision 2)"),
    (RYD974, "غارة لطائرة بدون طيار", "في غارة لطائرة بدون طيار يرجح انها اميركية",
     ERV, AIR, MFUS, "AQAP: Al Qaeda in the Arabian Peninsula", "Al Mahfad, Abyan", "YE", "2015-07-29", "2", "5", "exact",
     "a Yemeni government official (via Al Riyadh)", "reported",
     "five presumed al-Qaeda members, among them the mid-level leader Abu Ahmed al-Kazimi and four companions, were "
     "killed 'on the night of Wednesday to Thursday' (29/30 July -> 29 July, precision 2, as the spent almadina-627 'ليل "
     "الجمعة السبت' row) in a drone strike 'probably American' that destroyed their car coming from al-Mukalla on its "
     "arrival at Wadi Dhiqa, al-Mahfad town, Abyan (the drone 'probably American' and the US drone campaign in the next "
     "sentence -> Military Forces of the United States, alternative Unidentified armed group; al-Qaeda in Yemen -> AQAP; "
     "5 exact; adjudicated: location 'Al Mahfad, Abyan', as B, first 'Wadi Dhiqa, Al Mahfad': 'وادي ضيقة' is "
     "not a place I can verify (it may be a description), the town and governorate are certain). Not coded: the US drone strikes 'for years' (aggregate beginning more than 12 months before the DCT), "
     "AQAP's hold on al-Mukalla (status)"),
    # Qatar and the Turkish strikes (aawsat-369, DCT Thursday 6 August 02:37 UTC)
    (AWS369, "غارات جوية ضد مواقع لحزب", "وتشن تركيا في الأسابيع الأخيرة غارات جوية ضد مواقع لحزب العمال الكردستاني",
     ERV, AIR, MFT, PKK, "Qandil Mountains", "IQ", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: in recent weeks Turkey has been carrying out air raids on PKK positions in the Qandil mountains, northern "
     "Iraq, the Kurdistan Region's authorities announcing civilian casualties (folded, no number); the Arab League's "
     "'Turkish bombing in northern Iraq', the Turkish aircraft's raids in the Turkish foreign ministry's statement and the "
     "closing 'since late July ... PKK camps in Iraq' are the same campaign -> one row (since late July -> 1 July, "
     "precision 3). Not coded: the Arab League's condemnation, Qatar's reservation and support, the Turkish foreign "
     "ministry's statement (statements/diplomacy), the PKK's control of parts of Iraq and its attacks since 2003 "
     "(generic/too old), the Syrian regime's practices (generic)"),
    (AWS369, "مهاجمة عناصر", "مهاجمة عناصر «داعش» في سوريا",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: since late July Turkish fighter jets and forces have been attacking ISIS members in Syria (own row, as the "
     "spent 3alyoum-206 and alwatan-922 rows; mostly jets -> Air/drone strike; since late July -> 1 July, precision 3; no "
     "place -> empty). Not coded: the planned 'safe zone' in northern Syria (an intention)"),
    (AWS369, "سوروج", "الهجمات الأخيرة على الحدود وفي (سوروج)",
     VAC, "Attack", UAG, "Civilians (Turkey)", "Suruc", "TR", "2015-08-06", "3", "", "",
     "Qatari Foreign Ministry statement (via Asharq Al-Awsat)", "reported",
     "background, borderline: the Qatari statement cites 'the recent attacks on the border and in Suruc and inside Turkey' "
     "as proof of the terrorist threat (the Suruc attack: only 'attack' in the text -> Violence against civilians/Attack, "
     "as the spent aawsat-368 and aljazirah-372 rows; no perpetrator named here -> Unidentified armed group, the "
     "'terrorist organisations' in the note; no date or toll in the text -> DCT, precision 3; a passing reference to an "
     "uncontested event -> reported). Not coded: the attacks 'on the border' and 'inside Turkey' (generic)"),
    # Paktika strike (okaz-1431, DCT Saturday 25 July 09:33 UTC)
    (OKZ1431, "غارة أمريكية", "قتل مع مسلحين اثنين آخرين في غارة أمريكية",
     ERV, AIR, MFUS, "Al Qaeda", "Paktika", "AF", "2015-07-11", "1", "3", "exact",
     "US Department of Defense statement (via Okaz, AFP)", "claimed",
     "the US Defense Department announced that a senior al-Qaeda leader, Abu Khalil al-Sudani (al-Qaeda's operations "
     "commander), was killed with two other militants in an American raid in Afghanistan: the operation 'on 11 July' in "
     "Paktika province ('one of three known extremists killed' -> 3 exact; the perpetrator's own announcement -> "
     "claimed, as the spent perpetrator-announced strike rows; kept in adjudication against B's reported: the only "
     "account is the striking side's own statement, as the events82 Hakurk row). Not coded: the planned second round of Afghan-Taliban "
     "peace talks on 30 or 31 July (diplomacy)"),
    # Erdogan in China (aawsat-401, DCT Friday 31 July 04:32 UTC)
    (AWS401, "مظاهرات احتجاج في تركيا", "مما أثار مظاهرات احتجاج في تركيا",
     PRO, "Peaceful protest", "Protesters (Turkey)", "", "", "TR", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: 'at the beginning of July' Bangkok returned about a hundred Uighurs to China, which set off protest "
     "demonstrations in Turkey (July -> 1 July, precision 3; no place -> empty; no violence or intervention in this "
     "sentence). Not coded: Ankara's summoning of the Chinese ambassador (diplomatic), Turkey's reception of about 170 "
     "Uighur refugees and the Thai deportation (migration), the arrest in Thailand in November 2014 of more than 300 "
     "Uighurs with forged passports (migrant arrests), the Chinese campaigns in Xinjiang against veils, beards and "
     "fasting (policy), Beijing's generic blame of 'terrorist groups' for violence in Xinjiang"),
    (AWS401, "واقتحم متظاهرون أتراك", "واقتحم متظاهرون أتراك قنصلية تايلاند في إسطنبول",
     RIO, "Violent demonstration", "Rioters (Turkey)", "", "Istanbul", "TR", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: Turkish protesters stormed the Thai consulate in Istanbul and burned the Chinese flag in front of the "
     "Chinese consulate (storming a consulate -> Riots/Violent demonstration; no force named -> actor2 empty; the text "
     "gives no date: the sentence follows the November 2014 arrests in Thailand; adjudicated, as B: dated with the July "
     "wave of protests set off by Bangkok's deportation of the previous paragraph -> 1 July 2015, precision 3 (first "
     "the DCT, precision 3); alternative 1 November 2014, or folded into the July protests row)"),
    (AWS401, "لهجوم", "تعرض مطعم صيني معروف في إسطنبول لهجوم",
     RIO, "Mob violence", "Rioters (Turkey)", "Civilians (Turkey)", "Istanbul", "TR", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background, borderline: 'before that' a well-known Chinese restaurant in Istanbul was attacked (in the same run of "
     "anti-China protest acts; attackers not named, read as the protesters -> Rioters (Turkey), Mob violence; alternative "
     "Strategic developments/Looting/property destruction or folded into the tourists row; adjudicated, as B: dated "
     "with the July wave -> 1 July 2015, precision 3 (first the DCT), and actor2 Civilians (Turkey), the restaurant's "
     "civilian owners and staff (first empty))"),
    (AWS401, "اعتدى متظاهرون أتراك", "كما اعتدى متظاهرون أتراك على مجموعة من السياح الكوريين الجنوبيين",
     RIO, "Mob violence", "Rioters (Turkey)", "Civilians (Turkey)", "Istanbul", "TR", "2015-07-01", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: Turkish protesters assaulted a group of South Korean tourists in central Istanbul, mistaking them for "
     "Chinese (protesters attacking bystanders -> Riots/Mob violence; the tourists -> Civilians (Turkey), the country of "
     "the event, as the spent Sousse tourist rows; 'before that', no date; adjudicated, as B: dated with the July wave "
     "-> 1 July 2015, precision 3 (first the DCT); no injuries stated)"),
    # Houthi violations against journalists (alwatan-1035, DCT Friday 7 August 06:33 UTC)
    (WAT1035, "36 حالة اختطاف", "تم تسجيل واقعة 36 حالة اختطاف",
     VAC, "Abduction/forced disappearance", HOU, "Civilians (Yemen)", "", "YE", "2015-06-01", "3", "", "",
     "Studies and Economic Media Centre report; Yemeni Journalists' Syndicate secretary-general Marwan Dammaj (via Al Watan)", "reported",
     "aggregate, borderline: the centre's report recorded 87 violations against journalists in the last two months "
     "(second half of June and July), 36 abductions, threats and assaults 46%, eight lootings and raids of media "
     "institutions, mostly by the Houthi militias (the same report as the spent aawsat-108 row: one aggregate row, the "
     "abductions as the concrete violent acts -> Abduction/forced disappearance; June and July -> 1 June, precision 3; no "
     "place -> empty; journalists -> Civilians (Yemen)); folded: the syndicate's 'abduction of 12 journalists more than a "
     "month ago', imprisonment of journalists, occupation of media offices and arrest campaigns, Shabwa ranking first. "
     "Not coded: the 350 lost jobs and the closed channels and blocked websites (no violent event), the Houthi takeover "
     "of most governorates (no date), the 2011 revolution (too old)"),
    # Teachers' demonstration in Tehran (aawsat-782, DCT Friday 24 July 08:51 UTC)
    (AWS782, "عملية قمع لمظاهرة", "خلال عملية قمع لمظاهرة في العاصمة طهران",
     PRO, "Protest with intervention", "Protesters (Iran)", "Police Forces of Iran", "Tehran", "IR", "2015-07-22", "1", "", "",
     "National Council of Resistance of Iran (opposition); Interior Ministry spokesman Hossein Ali Amiri (via Asharq Al-Awsat)", "reported",
     "more than 200 Iranian teachers were arrested on Wednesday (DCT Friday 24 July -> 22 July) during the suppression of a "
     "demonstration in Tehran, near the parliament, of about two thousand teachers demanding the release of jailed "
     "colleagues; the interior ministry confirms that the police dispersed the (union) gathering and that some were held "
     "for a few hours, three or four kept (dispersal and arrests, no excessive force described -> Protest with "
     "intervention; arrests folded; the ministry confirms the dispersal -> reported; 'near the Majlis' -> 'Tehran'). Not "
     "coded: the 694 executions in Iran from January to mid-July and the 2014 executions (judicial executions, legal "
     "actions), Amnesty's statement"),
    # Column on the Iraqi protests (aljazirah-422, DCT Tuesday 11 August 13:39 UTC)
    (JAZ422, "للتظاهرات", "بدأت الشرارة الأولى للتظاهرات في مدينة البصرة",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "", "IQ", "2015-08-11", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "aggregate (opinion column; title 'the uprising of the Iraqi people'): the demonstrations that began in Basra after "
     "continuous power cuts in heat above 50 degrees and spread to most southern provinces, demanding services and the "
     "trial of Nouri al-Maliki for corruption, organised by independent young people (the 2015 Iraqi protest wave, one "
     "aggregate row as the spent alyaum-1016 row; several places -> location empty; no date in a column -> DCT, precision "
     "3; the escalating demands and threats of civil disobedience in Karbala and Najaf folded; 'civilised, organised' -> "
     "Peaceful protest). Not coded: Sistani's representative's support (statement), the fall of Mosul (June 2014, more "
     "than 12 months), ISIS's killings (generic), the feared infiltration by the Popular Mobilisation militias "
     "(speculation)"),
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
