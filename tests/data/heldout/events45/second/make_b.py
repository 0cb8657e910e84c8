"""Bookkeeping helper for annotator B of the events45 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied programmatically from /work/main/tests/data/heldout/events44/second/make_b.py.
Run: python3 /work/fresh/cur34/events45/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 45 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2850/2851, drawn at the start of stop 34, main 7f6d63c, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2850).shuffle, walked in order; (b) 10 with no text filter: random.Random(2851).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 2, alweeam 2, okaz 2, almadina 1, alriyadh 1, alwatan 1, alyaum 1; b: 3alyoum 3, alyaum 2, aawsat 1, alriyadh 1, alwatan 1, alweeam 1, was 1).
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
ATT = "Attack"
ARR = "Arrests"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
MD626 = "SN-almadina-20150726-626"
AW118 = "SN-aawsat-20150802-118"
RY722 = "SN-alriyadh-20150808-722"
OK1159 = "SN-okaz-20150801-1159"
WT923 = "SN-alwatan-20150808-923"
AW135 = "SN-aawsat-20150727-135"
YM1078 = "SN-alyaum-20150802-1078"
AY10 = "SN-3alyoum-20150808-10"
AW250 = "SN-aawsat-20150806-250"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (MD626, "تحرير مدينة عدن", "وذلك بعد تحرير مدينة عدن ودحر المليشيا",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-26", "3", "", "",
     "Yemeni Interior Minister Maj. Gen. Abdu al-Hudhaifi (to Al Madina)", "reported",
     "background: hundreds of Houthi militiamen fell prisoner to the popular resistance and the army loyal to the "
     "legitimacy 'after the liberation of the city of Aden and the defeat of the armed militia', some fleeing to unknown "
     "places (the capture of the prisoners, mostly children aged 12-13, is the battle's outcome -> folded, as the spent "
     "events35 alwatan-1012 Aden row; the later 'we found Aden in a tragic state, the Houthi militia destroyed the city' "
     "folded; pro-Hadi resistance named first -> Yemeni Resistance, the army in the note; no day in the text -> DCT, "
     "precision 3, as the spent 'after its liberation' Aden rows). Not coded: the planned TV broadcast of the child "
     "prisoners, the refitting of the Mansoura central prison, the security forces' mobilisation in Aden (administrative), "
     "the minister's denial that AQ fights beside the resistance (statement)"),
    (MD626, "باستهداف مطار عدن", "من ادعاءات الحوثي باستهداف مطار عدن الدولي بصاروخ اسكود",
     ERV, SHELL, HOU, "", "Aden Airport, Aden", "YE", "2015-07-26", "2", "", "",
     "Houthis (claim); Yemeni Interior Minister al-Hudhaifi (denial, to Al Madina)", "denied",
     "borderline: the minister mocked the Houthis' claims of having targeted Aden international airport with a Scud "
     "missile, calling them fabrications meant to lift their supporters' morale after their successive defeats (an "
     "event reported only as one side's claim and denied by the other -> reported_as denied, as the spent events43 "
     "almadina-578 Mali row; missile -> Shelling/artillery/missile attack; no target party -> actor2 empty; the claim has "
     "no date of its own -> the day of the denial, DCT, precision 2; 'Aden Airport, Aden' as the spent rows; alternative "
     "not coded)"),
    (MD626, "اشتباكات عنيفة امس", "الى ذلك اندلعت اشتباكات عنيفة امس بين الحوثيين",
     BAT, CLASH, HOU, YR, "Akad, Abyan", "YE", "2015-07-25", "1", "", "",
     "local residents (to Al Madina)", "reported",
     "violent clashes broke out 'yesterday' (DCT Sunday 26 July -> 25 July) between the Houthis and Saleh loyalists and "
     "the popular resistance in Abyan governorate; residents: heavy-weapon clashes between the Houthis and the "
     "resistance in the 'Akad' area of Abyan, killed and wounded on both sides (the governorate-level lead and the Akad "
     "sentence are the same event -> one row at the named place, 'Akad, Abyan' as the spent events19 aljazirah-461 row "
     "of the same fighting; 'قتلى وجرحى' -> fatalities empty; Houthis named first, as the spent row where they tried to "
     "advance -> actor1; Saleh loyalists in the note)"),
    (MD626, "قصفاً عنيفاً", "وذكر السكان بأن قصفاً عنيفاً شنّه الحوثيون بالدبابات",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Al Khudayrah, Abyan", "YE", "2015-07-25", "1", "", "",
     "local residents and eyewitnesses (to Al Madina)", "reported",
     "amid the Akad clashes (the lead's 'amid intense shelling by the militia on one of the villages of the area', "
     "'yesterday' -> 25 July) the Houthis' heavy shelling with tanks and mortars hit the village of al-Khudaira, killing "
     "and wounding civilians (tank and mortar fire on a village -> Shelling/artillery/missile attack, a differently named "
     "place and target from the clash -> own row; 'قتلى وجرحى من المدنيين' -> fatalities empty; the witnesses' 'the "
     "shelling that reached the residential quarters' is the same shelling). Not coded: the mass displacement from the "
     "village of al-Makhdara near Maraba, Hadi's home village (displacement, humanitarian; probably the same village "
     "spelled differently)"),
    (MD626, "استهدفتها طائرات التحالف", "التي تربط بين المحافظتين واستهدفتها طائرات التحالف أكثر من مرة",
     ERV, AIR, SLC, HOU, "Aqabat Thirah, Abyan", "YE", "2015-07-24", "2", "", "",
     "eyewitnesses (to Al Madina)", "reported",
     "borderline: the Houthi military reinforcements came to the area 'the day before yesterday' (DCT 26 July -> 24 July) "
     "from Mukayras district (al-Bayda) through the Thirah pass (Aqabat Thira) linking the two governorates, 'which the "
     "coalition aircraft targeted more than once' (repeated strikes on one named place -> one row; targets implied: the "
     "Houthi reinforcements passing through -> Houthis; the strikes have no day of their own, tied to the reinforcements' "
     "passage -> 24 July, precision 2; 'Aqabat Thirah, Abyan' as the spent events32 aawsat-272 row; alternative not "
     "coded as undated and generic). Not coded: the reinforcements' movement itself"),
    (MD626, "معارك عنيفة", "في الجبهة التي تشهد معارك عنيفة بين المقاومة ومليشيا الحوثي",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-07-26", "2", "", "",
     "Brig. Mohammed Tammah, military commander of the al-Anad front (to Al Madina)", "claimed",
     "the commander of the al-Anad air base front: the resistance is making great progress on the front, which is "
     "witnessing violent battles between the resistance and the Houthi militia; the fall of the base is imminent; Saleh's "
     "Republican Guard and Central Security forces and the Houthi militias holding the base are besieged, and the "
     "coalition aircraft keep pursuing them among the trees, valleys and hills around the base (ongoing, present tense, "
     "no day -> DCT 26 July, precision 2; the siege and the coalition air pursuit are sub-actions of the same battle -> "
     "folded, as the spent events44 al-Anad offensive row; given only in a party commander's words -> claimed, as the "
     "spent events40 Tammah rows; 'Al Anad Air Base' as the spent rows). Not coded: the expected fall of the base "
     "(expectation)"),
    (AW118, "تم استهداف سفينة قطرية", "حيث تم استهداف سفينة قطرية كانت تحمل إمدادات غذائية",
     VAC, ATT, HOU, "Civilians (Yemen)", "Aden", "YE", "2015-05-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: at the end of May the rebels (the Houthis) obstructed the arrival of a Qatari aid ship at the port of "
     "Aden: a Qatari ship carrying food supplies from Djibouti was targeted, forcing it to turn back (attack on a civilian "
     "aid ship, means not stated -> Violence against civilians/Attack, alternative Shelling/artillery/missile attack; "
     "'المتمردون' -> Houthis; the ship's crew -> Civilians (Yemen), the country of the event; no casualties stated; "
     "'نهاية مايو' -> month known -> 1 May, precision 3, as the spent 'end of 2014' row; the port of Aden -> 'Aden'; "
     "within 12 months of the DCT)"),
    (AW118, "بعد تحريرها من الحوثيين", "التي تصل إلى عدن بعد تحريرها من الحوثيين",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-02", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the Qatari plane is the sixth Gulf plane to reach Aden 'after its liberation from the Houthis' (no "
     "victor named -> Yemeni Resistance, as the spent 'بعد تحريرها' Aden rows (events23 aawsat-72, events41 "
     "alwatan-1021); no day -> DCT, precision 3). Not coded: the Qatari, Saudi and Emirati aid flights (humanitarian), "
     "the first plane landing at Aden airport in mid-July and the Saudi plane of 15 July carrying officials (flights, "
     "no conflict action), the Houthis' seizure of Aden and the battles since 26 March (given only as the cause of the "
     "airport's closure, no date of the seizure, as the spent almadina-644 'Houthi move on Aden' decision)"),
    (RY722, "التفجير الإرهابي", "المقبل التفجير الإرهابي الذي استهدف مسجد مقر قوات الطوارئ",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-06", "1", "", "",
     "Transport Minister Abdullah al-Muqbel (via Al Riyadh)", "reported",
     "the occasion of the minister's condemnation (the article's news, not coded): the terrorist bombing that targeted "
     "the mosque of the Special Emergency Forces headquarters in the city of Abha 'the day before yesterday' (DCT "
     "Saturday 8 August -> Thursday 6 August) during the noon prayer, killing a number of Emergency Forces members and "
     "workers and wounding others ('عدد من' -> fatalities empty; only 'التفجير', no 'suicide' -> Remote "
     "explosive/landmine/IED, as the spent Asir rows; 'a misguided group', no perpetrator named -> Unidentified armed "
     "group; Emergency Forces -> Police Forces of Saudi Arabia; 'مدينة أبها' -> 'Abha', as the spent alriyadh-560 row; "
     "the title's 'حادث التفجير' is the same event)"),
    (OK1159, "معارك طاحنة", "إن الجيش الوطني يخوض معارك طاحنة في جبهات القتال",
     BAT, CLASH, "Military Forces of Yemen", HOU, "Taiz", "YE", "2015-04-01", "3", "", "",
     "Brig. Sadiq Sarhan, head of the Taiz military council and commander of the 22nd Armoured Brigade (to Okaz)",
     "claimed",
     "aggregate: the national army has been fighting fierce battles on the fronts with the Houthi putschists 'for four "
     "months', and soon the putschists will leave Taiz; the resistance men and the military forces are teaching the "
     "Saleh and Houthi militias lessons on all fronts (folded, same fighting; the frame is Taiz, the commander's "
     "governorate -> 'Taiz'; 'الجيش الوطني' -> Military Forces of Yemen, the popular army/resistance that joined it in "
     "the note, alternative Yemeni Resistance; four months before the DCT 1 August -> 1 April, precision 3; a party "
     "commander's words only -> claimed, as the spent events40 Tammah rows; alternative not coded as generic, as the "
     "spent events28 okaz-1426 'victories in Taiz'). Not coded: the threat to attack Houthi positions 'in the coming "
     "days' (vague intention; the article's news is the praise of the coalition, so no Statement row), the merger of the "
     "popular resistance into the army (process, undated)"),
    (WT923, "طهر السعوديون عدن", "لقد طهر السعوديون عدن وسنطهر اليمن كاملا",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-08", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background, borderline (an opinion column): 'the Saudis have cleansed Aden and we will cleanse all of Yemen'; "
     "'what happened in Aden' drove Iran mad (the recapture of Aden from the Houthis; the later 'ما حدث في عدن' is the "
     "same event; the column credits the Saudis -> alternative actor1 Saudi-led coalition; Yemeni Resistance kept as the "
     "spent Aden rows, e.g. events41 aawsat-275 where the coalition was credited; no day -> DCT, precision 3; "
     "alternative not coded as rhetoric). Not coded: the Saudi pilots' 'cauterising' of the Houthis (the coalition air "
     "campaign as a metaphor, no date or place), Bashar's barrel bombs, the Iraqi army's flight before ISIS (2014, too "
     "old), Hezbollah's killings in Lebanon, the 'adulterated food ship' (all generic or undated)"),
    (AW135, "القصف التركي", "بالمناطق التابعة لقضاء سوران المتمثلة بناحية سيدكان أطراف راوندوز ومنطقة بالاكايتي جراء القصف التركي",
     ERV, AIR, TUR, PKK, "Soran, Erbil", "IQ", "2015-07-27", "3", "", "",
     "Karmanj Izzat Suleiman, qaimaqam of Soran district (to Asharq Al-Awsat)", "reported",
     "aggregate: the damage caused by 'the Turkish bombardment' to the areas of Soran district (Erbil governorate): the "
     "Sidakan subdistrict on the outskirts of Rawanduz and the Balakayati area; tens of millions of dollars of material "
     "damage, no human losses, temporary displacement of the residents, who returned 'after the bombardment stopped' "
     "(the Turkish campaign against PKK positions in the Kurdistan Region -> actor2 PKK, the local residents' losses in "
     "the note; 'القصف' with no means stated -> Air/drone strike, the Turkish campaign in northern Iraq being air "
     "strikes as the spent events22 alyaum-1100 row, alternative Shelling/artillery/missile attack; several named places "
     "in one district, a tally of damage over the campaign -> one aggregate row at district level, 'Soran, Erbil'; no "
     "day or start in the text -> DCT, precision 3, as the spent events21 Kurdistan Region aggregate; no fatalities). "
     "The earlier MP's 'the Turkish bombardment affects the local residents' is the same campaign, folded. Not coded: "
     "the Iranian drones and Turkish reconnaissance planes flying over the border areas 'yesterday' without strikes "
     "(overflights), the 'breach of the truce' and 'this war' between Turkey and the PKK (generic), the Kurdistan "
     "leaders' mediation (diplomacy)"),
    (AW135, "بدأوا بالسير نحو جبال قنديل", "المئات من مواطني الإقليم بدأوا بالسير نحو جبال قنديل أمس تضامنا",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "Qandil Mountains", "IQ", "2015-07-26", "1", "", "",
     "Diyari Mohammed, Kurdish journalist close to the PKK (to Asharq Al-Awsat)", "reported",
     "borderline: hundreds of citizens of the Kurdistan Region began 'yesterday' (DCT Monday 27 July -> 26 July) to walk "
     "towards the Qandil mountains in solidarity with the PKK fighters (a solidarity march -> Peaceful protest; no "
     "intervention -> actor2 empty; the marchers' starting place is not named, their destination is -> 'Qandil "
     "Mountains'; a journalist's account, not a party's own claim -> reported, alternative claimed for his closeness to "
     "the PKK)"),
    (YM1078, "غارات شنتها الطائرات التركية", "وقتل ستة أشخاص على الأقل في غارات شنتها الطائرات التركية",
     ERV, AIR, TUR, "Civilians (Iraq)", "Zarkali, Erbil", "IQ", "2015-08-01", "1", "6", "at_least",
     "Kurdistan Region presidency statement; Al Yaum", "reported",
     "the occasion of the title's news (the Kurdistan presidency's demand that the PKK move its bases out of the region, "
     "a political demand, not coded): at least six people were killed in Turkish air strikes on the village of Zarkali in "
     "the Rawanduz area east of Erbil; the presidency: a number of citizens were killed and wounded 'at dawn Saturday' "
     "(DCT Sunday 2 August -> 1 August) by the Turkish air bombardment of the village (the lead's 'after residents were "
     "killed in the village of Zarkali' and the statement's sentence are the same event -> one row; victims called "
     "residents, citizens and civilians ('قصف المدنيين') -> Civilians (Iraq), as the spent events24 alriyadh-700 row, "
     "alternative PKK, the campaign's target, as the spent events31 alwatan-808 row; 'ستة أشخاص على الأقل' -> 6 "
     "at_least; 'Zarkali, Erbil' as the spent alriyadh-700 row, alternative 'Zarkala, Rawanduz')"),
    (YM1078, "أسفرت خلال أسبوع", "أن الغارات التركية أسفرت خلال أسبوع عن مقتل حوالى 260",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-07-26", "3", "260", "about",
     "Anadolu (via Al Yaum)", "claimed",
     "aggregate: Anadolu said on Saturday that the Turkish air strikes killed about 260 PKK members and wounded about 400 "
     "in a week, among them victims in Turkey as in Iraq; the agency cited no source -> claimed, as the spent alriyadh-700 "
     "and alwatan-808 rows of the same wire story ('حوالى 260' -> 260 about; a week -> DCT 2 August - 7 = 26 July, "
     "precision 3, as those rows; alternative 25 July, a week before Anadolu's Saturday; the strikes on the mountain "
     "areas of northern Iraq -> IQ, location empty). Folded: Ankara's air operation against the PKK in the mountains on "
     "both sides of the border, the 'tens of strikes so far' on northern Iraq, the many civilians killed and wounded in "
     "the campaign, the PKK's count of only five killed before Saturday's strikes. Not coded: the Turkish operation and "
     "first air strikes against ISIS in Syria (named only as the campaign's other front, no place, day or toll, as the "
     "spent alwatan-808), the 'series of bloody attacks' in Turkey attributed to the PKK (generic), the Iraqi "
     "government's condemnation, Carter's visit to Erbil, the US support for the strikes (diplomatic)"),
    # ---- set b (no text filter) ----
    (AY10, "النصر الذي تحقق في عدن", "بعد النصر الذي تحقق في عدن ولحج",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-08", "3", "", "",
     "southern activist Abduljabbar al-Yafei (to Ain Alyoum)", "reported",
     "background: the return of the security patrols is a new phase 'after the victory achieved in Aden and Lahj' (the "
     "recapture of Aden from the Houthis; one location per row -> Aden here, Lahj its own row; victor not named -> "
     "Yemeni Resistance, as the spent Aden rows; no day -> DCT, precision 3; alternative not coded as a passing "
     "phrase). Not coded: the title's news, the security patrols taking up positions in Aden to keep order (the "
     "restoration of routine policing, no conflict action; borderline, alternative Strategic developments/Other), the "
     "security breakdown since the legitimate government left (status)"),
    (AY10, "ولحج", "بعد النصر الذي تحقق في عدن ولحج",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-08", "3", "", "",
     "southern activist Abduljabbar al-Yafei (to Ain Alyoum)", "reported",
     "background: the second place of 'the victory achieved in Aden and Lahj' (governorate-level recapture, as the spent "
     "events40 almadina-580 Lahij row; no day -> DCT, precision 3; alternative not coded as a passing phrase)"),
    (AW250, "الهجوم الانتحاري", "عشية الهجوم الانتحاري الذي استهدف مسجد الامام الصادق",
     ERV, SUI, "Islamic State", "Civilians (Kuwait)", "Kuwait City", "KW", "2015-06-26", "1", "26", "exact",
     "Asharq Al-Awsat", "reported",
     "background (the news is the start of the trial, not coded, legal): the suicide attack on the Imam al-Sadiq mosque "
     "in Kuwait on 26 June (within 12 months of the DCT), which left 26 dead and about two hundred wounded; the Saudi "
     "suicide bomber Fahd al-Qabbaa; the attack was claimed by ISIS ('تبناه تنظيم داعش' -> Islamic State; the title's "
     "'تفجير مسجد الإمام الصادق' and the lead's 'the bombing of a Shia mosque in Kuwait at the end of June' are the same "
     "event -> one row; worshippers -> Civilians (Kuwait); the text names only 'Kuwait' -> 'Kuwait City', the capital, "
     "the spent events22 aawsat-249 row of the same trial has 'Al Sawaber, Kuwait City' from its own text; 'خلف 26 "
     "قتيلا' -> 26 exact)"),
    (AW250, "كان اعتقل", "كان اعتقل بعد يومين من الهجوم لدى مشتبه بهما آخرين",
     SD, ARR, "Police Forces of Kuwait", "Islamic State", "", "KW", "2015-06-28", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the main suspect Abdulrahman Sabah Eidan Saud (bidoon), who drove the suicide bomber to the mosque, "
     "was arrested two days after the attack (26 June + 2 -> 28 June) at the place of two other suspects (arrest of "
     "the bombing cell; arresting force not named, in Kuwait -> Police Forces of Kuwait, as the spent events22 "
     "aawsat-249 row; he admitted in court joining ISIS on the eve of the attack, which ISIS claimed -> Islamic State, "
     "alternative Unidentified armed group as the spent row; no place -> location empty, KW). Not coded: the trial of "
     "29 accused and its sessions, the prosecutor's intention to seek the maximum penalty (legal), the two Saudis "
     "'detained in their country' (a detention status, no date or place), his trip to a village near the Saudi border to "
     "get the explosive belt (preparation, folded into the plot), the Kuwaiti authorities' reinforced security around "
     "mosques and oil installations (security measures)"),
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
