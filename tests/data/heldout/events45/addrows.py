"""Bookkeeping helper for the events45 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events44/addrows.py (itself from events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur34/events45/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 45 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events45/sample.py ("This set: events45, seeds 2850 / 2851, drawn at the start of stop 34 (main 7f6d63c), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2850).shuffle, walked in order; (b) 10 with no text filter, random.Random(2851).shuffle, >=3 sources (got, by source, a: aawsat 2, okaz 2, alweeam 2, almadina 1, alriyadh 1, alwatan 1, alyaum 1; b: 3alyoum 3, alyaum 2, aawsat 1, alriyadh 1, alwatan 1, alweeam 1, was 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 19 rows): detection F1 0.895 before (17 matched of 19 A / 19 B rows, P 0.895, R 0.895; A only: the aawsat-118 Qatari-ship row, typed Shelling where B had Violence against civilians/Attack, and the aawsat-135 Balakayati row; B only: the same ship row and the alwatan-923 Aden recapture); 1 row added from B (alwatan-923 background Aden recapture in the opinion column); 3 field values changed to B's (aawsat-118 Qatari aid ship event_type/sub_event_type -> Violence against civilians/Attack; aawsat-135 Turkish bombing of Sidakan time_precision 3); 1 changed to follow B on the A-only row (aawsat-135 Balakayati time_precision 3); kept against B: the Balakayati row (B: one aggregate row at 'Soran, Erbil'; the one-location rule), the Sidakan row's location 'Sidakan, Soran', almadina-626 Aqabat Thirah date/precision (DCT, 3; B 24 July, 2), alyaum-1078 Zarkali location 'Zarkali, Rawanduz' (B 'Zarkali, Erbil') and the Anadolu aggregate date 25 July (B 26 July); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
ARR = "Arrests"
RES = "Yemeni Resistance"
HOU = "Houthis"
UAG = "Unidentified armed group"
COAL = "Saudi-led coalition"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
MAD626 = "SN-almadina-20150726-626"
AAW118 = "SN-aawsat-20150802-118"
RIY722 = "SN-alriyadh-20150808-722"
OKZ1159 = "SN-okaz-20150801-1159"
AAW135 = "SN-aawsat-20150727-135"
YAU1078 = "SN-alyaum-20150802-1078"
ALY10 = "SN-3alyoum-20150808-10"
ALW923 = "SN-alwatan-20150808-923"
AAW250 = "SN-aawsat-20150806-250"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (MAD626, "تحرير مدينة عدن", "وذلك بعد تحرير مدينة عدن ودحر المليشيا المسلحة",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-26", "3", "", "",
     "Yemeni Interior Minister Maj. Gen. Abdu al-Hudhaifi (to Al Madina)", "reported",
     "background: hundreds of Houthi militiamen taken prisoner by the popular resistance and the army loyal to the "
     "legitimate government 'after the liberation of the city of Aden and the rout of the armed militia' (the captures of "
     "combatants in the fighting folded into the recapture, as the spent Arsal row folded captured soldiers; no day in the "
     "text -> DCT, precision 3, as the spent undated 'after its liberation' Aden rows, e.g. events41 aawsat-91 and "
     "alwatan-1021; pro-Hadi fighters -> Yemeni Resistance). Not coded: the planned TV broadcast of the child prisoners, "
     "the rearrangement of the Mansoura central prison (prison conditions), the Houthi destruction of Aden and the "
     "'successive defeats in Aden and the other fronts' (generic), the mobilisation of the security forces and the "
     "return of security (no event), the al-Qaeda question (rhetoric)"),
    (MAD626, "باستهداف مطار عدن الدولي", "من ادعاءات الحوثي باستهداف مطار عدن الدولي بصاروخ اسكود",
     ERV, SHELL, HOU, "", "Aden Airport, Aden", "YE", "2015-07-26", "2", "", "",
     "Houthi claims, denied by Yemeni Interior Minister Abdu al-Hudhaifi (to Al Madina)", "denied",
     "borderline: the minister mocked the Houthi claims of targeting Aden International Airport with a Scud missile as "
     "fabrications meant to raise their supporters' morale after their defeats (an event reported only as a party's "
     "claim that the other side calls fabricated -> reported_as denied, as the spent events43 almadina-578 Mali "
     "kidnapping row; ballistic missile -> Shelling/artillery/missile attack; no target side named -> actor2 empty; the "
     "claims have no date -> DCT, precision 2; 'Aden Airport, Aden' as the spent rows; alternative: not coded)"),
    (MAD626, "اشتباكات عنيفة", "الى ذلك اندلعت اشتباكات عنيفة امس بين الحوثيين",
     BAT, CLASH, HOU, RES, "Akad, Abyan", "YE", "2015-07-25", "1", "", "",
     "local residents (via Al Madina)", "reported",
     "'yesterday' (DCT Sunday 26 July -> 25 July) violent clashes broke out between the Houthis and Saleh loyalists and the "
     "popular resistance in Abyan governorate; residents: clashes with heavy weapons between the Houthis and the "
     "resistance in the area of 'Akad' in Abyan, with dead and wounded on both sides (the two sentences are one event -> "
     "one row; 'قتلى وجرحى' -> fatalities empty; the Houthis named first -> actor1, as the spent events19 aljazirah-461 "
     "Akad row; Saleh loyalists -> Houthis; 'Akad, Abyan' as that row; the shelling of a village has its own row)"),
    (MAD626, "قصفاً عنيفاً", "وذكر السكان بأن قصفاً عنيفاً شنّه الحوثيون بالدبابات",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Al Khudayrah, Abyan", "YE", "2015-07-25", "1", "", "",
     "local residents; eyewitnesses (via Al Madina)", "reported",
     "the residents: heavy shelling by the Houthis with tanks and mortars targeted the village of al-Khudayra, killing and "
     "wounding civilians (the lead's 'amid intense militia shelling of one of the area's villages' during 'yesterday's' "
     "clashes -> 25 July; a named village, a different kind of event -> own row; 'قتلى وجرحى من المدنيين' -> fatalities "
     "empty). Not coded: the mass displacement from the village of al-Mukhaddara (spelled differently, 2 km from Hadi's "
     "home village Maraba) and the humanitarian situation (no event), the Houthi reinforcements that came 'the day before "
     "yesterday' from Mukayras via Aqabat Thirah (troop movement, folded)"),
    (MAD626, "واستهدفتها طائرات التحالف", "التي تربط بين المحافظتين واستهدفتها طائرات التحالف أكثر من مرة",
     ERV, AIR, COAL, HOU, "Aqabat Thirah, Abyan", "YE", "2015-07-26", "3", "", "",
     "eyewitnesses (via Al Madina)", "reported",
     "aggregate: the Thirah pass (Aqabat Thirah), which links al-Bayda and Abyan governorates and through which the Houthi "
     "reinforcements came 'the day before yesterday', 'was targeted by the coalition aircraft more than once' (repeated "
     "strikes with no day -> one row, DCT, precision 3; the target is the Houthi route -> Houthis; 'Aqabat Thirah, Abyan' "
     "as the spent events32 aawsat-272 row; kept against B's 24 July, precision 2, which ties the strikes to the "
     "reinforcements' passage: the relative clause 'التي تربط ... واستهدفتها' describes the pass, not that day)"),
    (MAD626, "معارك عنيفة", "الجبهة التي تشهد معارك عنيفة بين المقاومة ومليشيا الحوثي",
     BAT, CLASH, RES, HOU, "Al Anad Air Base", "YE", "2015-07-26", "2", "", "",
     "Brig. Mohammed Tammah, military commander of the al-Anad front (to Al Madina)", "claimed",
     "the commander of the al-Anad air base front: the resistance is making great progress on the front, which is seeing "
     "violent battles between the resistance and the Houthi militia; the defenders (Saleh's Republican Guard and Central "
     "Security with the Houthi militias) are besieged, and the coalition aircraft keep pursuing them in the trees, valleys "
     "and hills around the base (ongoing, present tense -> DCT, precision 2; the siege and the coalition strikes folded into "
     "the battle row; a commander's words only -> claimed, as the spent almadina-580 Tammah rows; Saleh's forces -> "
     "Houthis). Not coded: 'the fall of al-Anad is imminent' (expectation)"),
    (AAW118, "بعد تحريرها من الحوثيين", "التي تصل إلى عدن بعد تحريرها من الحوثيين",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-08-02", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the Qatari aid plane is the sixth Gulf plane to reach Aden 'after its liberation from the Houthis' (no day "
     "in the text -> DCT, precision 3, as the spent undated Aden rows; the victor not named, pro-Hadi forces -> Yemeni "
     "Resistance, as those rows). Not coded: the arrival of the Qatari, Saudi and Emirati relief planes (humanitarian, as "
     "the spent relief-flight decisions), the first plane landing at Aden airport in mid-July / on 15 July carrying "
     "officials (a civil flight), the 'war operations that followed the Houthis' seizure of the southern capital' (undated, "
     "as the spent events22 'Houthi move on Aden' decision) and the air traffic suspended 'since the outbreak of the "
     "battles on 26 March' (a passing clause with no event of its own)"),
    (AAW118, "استهداف سفينة قطرية", "حيث تم استهداف سفينة قطرية كانت تحمل إمدادات غذائية",
     VAC, "Attack", HOU, "Civilians (Yemen)", "Aden", "YE", "2015-05-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: 'at the end of May' the rebels obstructed the arrival of a Qatari aid ship at the port of Aden: a Qatari "
     "ship carrying food supplies from Djibouti was targeted, forcing it to return (the rebels -> Houthis; month known -> "
     "1 May, precision 3, as the spent 'end of 2014' -> 1 December row; the means are not stated ('استهداف' only) -> "
     "Violence against civilians/Attack, as the spent rows whose text says only 'attack' (adjudicated, as B; first "
     "Shelling/artillery/missile attack, read as fire from the coast, now the alternative); an aid ship -> civilians "
     "of the country of the event, Civilians (Yemen); the port of Aden -> 'Aden'; no casualties stated)"),
    (RIY722, "التفجير الإرهابي", "المقبل التفجير الإرهابي الذي استهدف مسجد",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-06", "1", "", "",
     "Minister of Transport Abdullah al-Muqbel (via Al Riyadh)", "reported",
     "background (the news is the transport minister's condemnation): the terrorist bombing that targeted the mosque of the "
     "Special Emergency Forces headquarters in the city of Abha 'the day before yesterday' (DCT Saturday 8 August -> "
     "Thursday 6 August, precision 1), killing 'a number of' members of the Emergency Forces and workers and wounding others "
     "during the noon prayer (the title's 'حادث التفجير' is the same event -> one row; 'عدد من' -> fatalities empty; only "
     "'التفجير' -> Remote explosive/landmine/IED, as the spent rows whose text says only 'bombing'; 'a misguided group' -> "
     "no group named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; 'مدينة أبها' -> "
     "'Abha', as the spent alriyadh-663 and alriyadh-560 rows)"),
    (OKZ1159, "معارك طاحنة", "إن الجيش الوطني يخوض معارك طاحنة في جبهات القتال",
     BAT, CLASH, "Military Forces of Yemen", HOU, "Taiz", "YE", "2015-04-01", "3", "", "",
     "Brig. Sadeq Sarhan, head of the Taiz military council and commander of the 22nd Armoured Brigade (via Okaz)", "claimed",
     "aggregate: the head of the Taiz military council: the national army has been fighting fierce battles on the fronts "
     "with the Houthi putschists 'for four months', and soon the putschists will leave Taiz for good (the resistance and "
     "the army 'teaching Saleh's and the Houthi militia lessons on all fronts' folded; 'four months' before the DCT "
     "1 August -> 1 April, precision 3, as the spent events32 aawsat-272 Taiz 'about four months' aggregate; 'الجيش "
     "الوطني' -> Military Forces of Yemen, as the spent national-army rows, the popular resistance in the note; his Taiz "
     "fronts -> 'Taiz'; a commander's words -> claimed). Not coded: 'in the coming days the national army will attack the "
     "Houthi positions and pursue them everywhere' (a vague military warning that is not the article's news: the title is "
     "the thanks to the Kingdom and the coalition), the merging of the resistance into the army (no event)"),
    (ALW923, "طهر السعوديون عدن", "لقد طهر السعوديون عدن وسنطهر اليمن كاملا",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-08-08", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background, borderline (an opinion column; added in adjudication, from B): 'the Saudis have cleansed Aden and we "
     "will cleanse all of Yemen'; 'what happened in Aden' drove Iran mad (the same event, folded): the recapture of Aden "
     "from the Houthis, stated as a past capture, as the spent undated 'after its liberation' Aden rows (my first version "
     "left the column out as rhetoric, but the capture itself is a real, recent event, unlike the spent events18 "
     "'fleeing' mention, which stated no capture); the column credits the Saudis -> alternative actor1 Saudi-led "
     "coalition, Yemeni Resistance as the spent Aden rows where the coalition was credited; no day -> DCT, precision 3). "
     "Not coded: the Saudi pilots 'cauterising' the Houthi brain (a metaphor for the air campaign, no date or place), "
     "Bashar's barrel bombs, the Iraqi army's flight before ISIS (2014), Hezbollah in Lebanon, the adulterated-food ship "
     "(generic or undated), the journalist's question to al-Jubeir"),
    (AAW135, "القصف التركي", "ومنطقة بالاكايتي جراء القصف التركي كانت أضرارا",
     ERV, AIR, TUR, PKK, "Sidakan, Soran", "IQ", "2015-07-27", "3", "", "",
     "Karmanj Izzat Sulaiman, qaimmaqam of Soran district (to Asharq Al-Awsat)", "reported",
     "aggregate: the qaimmaqam of Soran district (Erbil governorate): the damage in the areas of the district, the Sidakan subdistrict "
     "on the outskirts of Rawanduz and the Balakayati area, caused by the Turkish bombing was material, tens of millions of "
     "dollars, with no human losses; the residents were temporarily displaced and came back after the bombing stopped "
     "(this row: Sidakan; one location per row -> Balakayati has its own row; the means are not stated: Air/drone strike "
     "as the spent rows of the same Turkish campaign on the PKK in northern Iraq; the targets are the PKK's areas -> PKK, "
     "alternative Civilians (Iraq); a tally of damage from bombing that has stopped, no day and no start in the text -> "
     "DCT, precision 3, the conventions' 'otherwise' case, as the spent events21 Kurdistan Region aggregate (adjudicated, "
     "as B; first precision 2); kept against B's single aggregate row at 'Soran, Erbil': two named areas -> two rows by "
     "the one-location rule, as the adjudicated spent events21 Kamyaran / Diwan Bara pair; no human losses -> fatalities "
     "empty)"),
    (AAW135, "ومنطقة بالاكايتي", "المتمثلة بناحية سيدكان أطراف راوندوز ومنطقة بالاكايتي",
     ERV, AIR, TUR, PKK, "Balakayati, Soran", "IQ", "2015-07-27", "3", "", "",
     "Karmanj Izzat Sulaiman, qaimmaqam of Soran district (to Asharq Al-Awsat)", "reported",
     "aggregate: the same Turkish bombing, second named area of Soran district: the Balakayati area (see the Sidakan row: "
     "material damage, no human losses, temporary displacement; one location per row, kept against B, who folded both "
     "areas into one 'Soran, Erbil' row; DCT, precision 3, adjudicated as the Sidakan row, first 2). Not coded: the Iranian drones that flew over "
     "the PKK areas 'yesterday' and the Turkish spy planes that flew 'without carrying out any air raid' (flights, no "
     "attack), the breach of the truce and the 'war between Turkey and the PKK' (generic), the Kurdistan leaders' "
     "mediation efforts (diplomatic)"),
    (AAW135, "بدأوا بالسير نحو جبال قنديل", "المئات من مواطني الإقليم بدأوا بالسير نحو جبال قنديل أمس",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "Qandil Mountains", "IQ", "2015-07-26", "1", "", "",
     "Kurdish journalist Diyari Mohammed, close to the PKK (to Asharq Al-Awsat)", "reported",
     "the journalist: hundreds of citizens of the Kurdistan Region began 'yesterday' (DCT Monday 27 July -> 26 July) "
     "marching towards the Qandil mountains in solidarity with the PKK fighters (a solidarity march -> Peaceful protest, as "
     "the spent events37 Sulaymaniyah demonstration against the Turkish strikes; no force named -> actor2 empty; the march's "
     "destination named -> 'Qandil Mountains'; the journalist is not a party -> reported)"),
    (YAU1078, "غارات شنتها الطائرات التركية", "وقتل ستة أشخاص على الأقل في غارات شنتها الطائرات التركية في قرية زاركلي",
     ERV, AIR, TUR, "Civilians (Iraq)", "Zarkali, Rawanduz", "IQ", "2015-08-01", "1", "6", "at_least",
     "Kurdistan Region Presidency statement (via Al Yaum)", "reported",
     "the occasion of the title's demand: at least six people were killed in strikes by Turkish aircraft on the village of "
     "Zarkali in the Rawanduz area east of Erbil; the presidency: citizens were killed and wounded 'at dawn on Saturday' "
     "(DCT Sunday 2 August -> 1 August) by the Turkish air bombardment of Zarkali, 'we condemn this bombardment', 'do not "
     "repeat the bombing of civilians' (the lead's 'after residents were killed in the village of Zarkali' is the same "
     "event -> one row; 'ستة أشخاص على الأقل' -> 6 at_least; the text calls the victims civilians/residents -> Civilians "
     "(Iraq), as the spent events24 alriyadh-700 row of the same strike, alternative PKK as the spent events31 alwatan-808 "
     "row, whose text named PKK positions; village + the area the text names, as 'Zarkala, Rawanduz' there; kept against "
     "B's 'Zarkali, Erbil': Erbil is only the direction, 'east of Erbil')"),
    (YAU1078, "أسفرت خلال أسبوع", "أن الغارات التركية أسفرت خلال أسبوع عن مقتل حوالى 260",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-07-25", "3", "260", "about",
     "Anadolu Agency (via Al Yaum)", "claimed",
     "aggregate: Anadolu reported on Saturday that the Turkish strikes killed about 260 PKK members and wounded about 400 "
     "'within a week', with victims in Turkey as in Iraq; the agency cited no source (-> claimed, as the spent alriyadh-700 "
     "and alwatan-808 Anadolu rows; 'حوالى 260' -> 260 about; a week up to the Saturday report -> 25 July, precision 3, "
     "kept against B's DCT-7 = 26 July, the spent rows' date, because this text dates the report to Saturday; the strikes on the mountain bases in northern Iraq -> IQ, location empty). Folded: "
     "Ankara's air operation against the PKK in the mountains on both sides of the border, the 'dozens of raids' on the "
     "mountain areas of northern Iraq, the many civilians killed and wounded in the campaign, the PKK's count of only five "
     "killed before Saturday's raids. Not coded: the Kurdistan presidency's demand that the PKK remove its bases (a "
     "political call, not a declaration about armed conflict of the kinds the Statement rule lists; as the spent events37 "
     "'Barzani's call on the PKK to withdraw'), the calls to return to the peace process, the Iraqi government's "
     "condemnation (diplomatic), Turkey's first air strikes on ISIS (the campaign's other front, no place, day or toll, as "
     "the spent alwatan-808 decision), the 'series of bloody attacks' in Turkey (generic), the Saddam-era border agreement "
     "(old), Carter's visit to Erbil"),
    # ---- set b (no text filter) ----
    (ALY10, "النصر الذي تحقق في عدن", "بعد النصر الذي تحقق في عدن ولحج",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-08-08", "3", "", "",
     "southern activist Abduljabbar al-Yafei (to Ain Alyoum)", "reported",
     "background: the activist: 'after the victory achieved in Aden and Lahj' the coalition states send patrols to keep "
     "the security (no day -> DCT, precision 3, as the spent undated Aden rows; victor and loser not named, the pro-Hadi "
     "side's victory over the Houthis -> Yemeni Resistance vs Houthis; one location per row -> Lahij has its own row). Not "
     "coded: the title's news, the security patrols beginning to take up their positions in Aden to restore normal life "
     "(routine policing, no conflict event; the spent deployment rows are military deployments), the "
     "'security chaos' since the government left (generic)"),
    (ALY10, "ولحج", "النصر الذي تحقق في عدن ولحج وهو إرسال",
     BAT, GRT, RES, HOU, "Lahij", "YE", "2015-08-08", "3", "", "",
     "southern activist Abduljabbar al-Yafei (to Ain Alyoum)", "reported",
     "background: the second place of 'the victory achieved in Aden and Lahj' (see the Aden row; governorate-level victory "
     "-> 'Lahij', as the spent events40 almadina-580 Lahij row; no day -> DCT, precision 3)"),
    (AAW250, "الهجوم الانتحاري", "عشية الهجوم الانتحاري الذي استهدف مسجد الامام الصادق",
     ERV, SUI, "Islamic State", "Civilians (Kuwait)", "Kuwait City", "KW", "2015-06-26", "1", "26", "exact",
     "Asharq Al-Awsat (AFP)", "reported",
     "background (the news is the start of the trial of 29 accused): the suicide attack on the (Shia) Imam al-Sadiq mosque "
     "in Kuwait on 26 June, which left 26 dead and about two hundred wounded; the Saudi suicide bomber Fahd al-Qabbaa was "
     "driven to the mosque, with an explosive belt; the attack was claimed by ISIS (the title's 'تفجير مسجد الإمام الصادق' "
     "and the lead's 'bombing of a Shia mosque in Kuwait at the end of June' are the same event -> one row; 'تبناه تنظيم "
     "داعش' -> Islamic State, as the spent events22 aawsat-249 row of the same bombing; worshippers -> Civilians (Kuwait); "
     "'في الكويت' with no district -> 'Kuwait City', that row's city; 26 exact, the text's count)"),
    (AAW250, "كان اعتقل", "كان اعتقل بعد يومين من الهجوم",
     SD, ARR, "Police Forces of Kuwait", "Islamic State", "", "KW", "2015-06-28", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: Abdulrahman Sabah Eidan Saud (a bidoon), who drove the suicide bomber to the mosque and admitted in court "
     "that he joined ISIS on the eve of the attack, had been arrested two days after the attack together with two other "
     "suspects (26 June + 2 -> 28 June, precision 1; the arresting force is not named, in Kuwait -> Police Forces of "
     "Kuwait, as the spent events22 Kuwait arrest row; a member of ISIS by his own admission -> Islamic State, alternative "
     "Unidentified armed group as that row; no place -> location empty). Not coded: the trial and its adjournment, the "
     "prosecutor's demand (legal), the two Saudis held in their own country (detention status, no arrest date), the 29th "
     "suspect still at large, the reinforced security measures around mosques and oil facilities (no event)"),
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
