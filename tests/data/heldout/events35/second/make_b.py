"""Bookkeeping helper for annotator B of the events35 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur30/events35/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 35 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py ("This set: events35, seeds 2814 / 2815, drawn at the start of stop 30 (main 32ba3d3), 2026-11-27."). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2814).shuffle, walked in order; (b) 10 with no text filter: random.Random(2815).shuffle, walked in order, >=3 sources (got, by source, a: aleqtisadiya 2, almadina 2, alyaum 2, alriyadh 1, alwatan 1, alweeam 1, okaz 1; b: alwatan 2, alweeam 2, alyaum 2, 3alyoum 1, aawsat 1, almadina 1, alriyadh 1).
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
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
CLASH = "Armed clash"
GRT = "Government regains territory"
ARR = "Arrests"
UAG = "Unidentified armed group"
ISIS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
PFSA = "Police Forces of Saudi Arabia"
GCAD = "Global Coalition Against Daesh"
MFN = "Military Forces of Nigeria"
BH = "Boko Haram"
YR = "Yemeni Resistance"
HOU = "Houthis"
A187 = "SN-aawsat-20150807-187"
Q224 = "SN-aleqtisadiya-20150803-224"
M1417 = "SN-almadina-20150806-1417"
M554 = "SN-almadina-20150810-554"
K1404 = "SN-okaz-20150807-1404"
R566 = "SN-alriyadh-20150804-566"
W1012 = "SN-alwatan-20150725-1012"
Y2141 = "SN-alyaum-20150721-2141"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (Q224, "أنقذ 178 شخصا", "إنه أنقذ 178 شخصا كانت جماعة بوكو حرام المتشددة تحتجزهم",
     BAT, GRT, MFN, BH, "Bama", "NG", "2015-08-02", "2", "", "",
     "Nigerian army spokesman Col. Tukur Gusau (emailed statement, via Al Eqtisadiya)", "reported",
     "the title's news: the Nigerian army said late on Sunday (DCT Monday 3 August -> the statement 2 August) that it "
     "freed 178 people (101 children, 67 women, the rest men) held by Boko Haram in Borno state, arrested a Boko Haram "
     "commander and cleared several militant camps around the town of Bama, about 70 km south-east of Maiduguri (one "
     "operation: the rescue and the commander's capture folded into the camp clearing -> Battles/Government regains "
     "territory, alternative Armed clash; the arrest of the commander could be its own Strategic developments/Arrests "
     "row; the operation day is not stated, on or before the Sunday statement -> 2 August, precision 2; the title states "
     "the rescue as fact -> reported; the only town named -> 'Bama')"),
    (Q224, "صد هجوم لبوكو حرام", "ساعدت القوات البرية في صد هجوم لبوكو حرام حول قرية بيتا",
     BAT, CLASH, BH, MFN, "Bita", "NG", "2015-08-03", "2", "", "",
     "Nigerian Air Force", "claimed",
     "the Nigerian air force 'also said' it helped ground troops repel a Boko Haram attack around the village of Bita, "
     "at the southern edge of the Sambisa forest, west of Gwoza (attacker Boko Haram -> actor1; the air support is a "
     "sub-action of the same fight, folded; no day stated -> DCT, precision 2; only the air force's assertion -> "
     "claimed)"),
    (Q224, "هجوما كبيرا", "شنت قوات مشتركة من نيجيريا والنيجر وتشاد هجوما كبيرا",
     BAT, GRT, MFN, BH, "Gwoza", "NG", "2015-01-01", "3", "", "",
     "Al Eqtisadiya (Reuters)", "reported",
     "background: Gwoza was believed to be the militants' headquarters until joint forces of Nigeria, Niger and Chad "
     "launched a major offensive 'earlier this year'; Boko Haram was driven from most of the territory it held at the "
     "start of the year (folded; year only -> 1 January 2015, precision 3; joint force -> actor1 Military Forces of "
     "Nigeria, Niger's and Chad's forces in the note; the loss of Gwoza as HQ -> Government regains territory at "
     "'Gwoza', alternative location empty). Not coded: the six-year insurgency and the return to guerrilla tactics, "
     "bombing soft targets and attacking towns (generic)"),
    (M1417, "حادثة التفجير الغاشم", "حادثة التفجير الغاشم الذي استهدف مسجد قوات الطوارئ الخاصة",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "2", "13", "exact",
     "Grand Mufti Sheikh Abdulaziz Al al-Sheikh (to Al Ekhbariya, via Al Madina)", "reported",
     "background (the news is the Grand Mufti's condemnation): the 'treacherous bombing' that targeted the mosque of "
     "the Special Emergency Forces in the Asir region, killing ten members of the Special Emergency Forces and three "
     "workers at the site and wounding nine (10 + 3 = 13 exact; the title's 'تفجير عسير' is the same event; only "
     "'تفجير'/'يفجرونهم' -> the generic explosive sub-type, as the spent adjudicated Asir rows; no perpetrator named "
     "('this deviant group') -> Unidentified armed group; Special Emergency Forces -> Police Forces of Saudi Arabia; "
     "the text gives no day, a same-day reaction -> DCT, precision 2, as the spent okaz-1328 reaction row). Not "
     "coded: the condemnation"),
    (M554, "حادث التفجير الآثم", "بحادث التفجير الآثم بمسجد الطوارئ بعسير",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-10", "3", "", "",
     "Al Madina (the cast of the play 'Madagascar'; the Bellucci circus performers)", "reported",
     "background (the news is the condemnation by the Jeddah festival's foreign performers): the 'sinful bombing' at "
     "the Emergency Forces mosque in Asir, 'killing innocents' (no number -> fatalities empty; only 'التفجير' -> the "
     "generic explosive sub-type; no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of "
     "Saudi Arabia; the text gives no date, a reaction four days later -> DCT, precision 3, as the spent adjudicated "
     "aljazirah-399 row; the later 'حادث التفجير الإرهابي بدُور العبادة بمنطقة عسير' is the same event). Not coded: the "
     "minute of silence the audience was asked to stand 'in protest' (a commemoration inside a play, not a "
     "demonstration; alternative Protests/Peaceful protest in Jeddah), the condolences"),
    (R566, "أربع غارات قرب الموصل", "بينها أربع غارات قرب الموصل ومثلها قرب الرمادي",
     ERV, AIR, GCAD, ISIS, "Mosul", "IQ", "2015-08-01", "1", "", "",
     "US military (statement, via Al Riyadh)", "reported",
     "the US military said 'yesterday, Monday' that the US-led coalition carried out on Saturday (DCT Tuesday 4 August "
     "-> 1 August) 18 air strikes on ISIS sites in Iraq, on targets in seven different cities, among them four near "
     "Mosul (one location per row; the 10 unplaced Iraqi strikes in five other cities are folded here, alternative "
     "into the Ramadi row; US-led coalition -> Global Coalition Against Daesh, as the spent aleqtisadiya-309 rows)"),
    (R566, "ومثلها قرب الرمادي", "بينها أربع غارات قرب الموصل ومثلها قرب الرمادي",
     ERV, AIR, GCAD, ISIS, "Ramadi", "IQ", "2015-08-01", "1", "", "",
     "US military (statement, via Al Riyadh)", "reported",
     "same statement: as many (four) strikes near Ramadi on Saturday (1 August) (differently named place -> own row)"),
    (R566, "أربع قرب مدينة كوباني", "بينها أربع قرب مدينة كوباني على الحدود مع تركيا",
     ERV, AIR, GCAD, ISIS, "Kobani", "SY", "2015-08-01", "1", "", "",
     "US military (statement, via Al Riyadh)", "reported",
     "same statement: six strikes in Syria on Saturday (the lead gives the day for both countries -> 1 August, "
     "precision 1), four of them near the city of Kobani on the Turkish border (the two unplaced Syrian strikes folded "
     "here; 'كوباني' -> 'Kobani', the spent rows wrote 'Ain al-Arab' where the text said 'عين العرب')"),
    (R566, "للنيران يوم الجمعة", "ونشرتها في شمال سورية للنيران يوم الجمعة من متطرفين آخرين",
     BAT, CLASH, UAG, "Syrian rebels", "", "SY", "2015-07-31", "1", "", "",
     "US officials (via Al Riyadh)", "reported",
     "the first batch of the US-trained forces deployed in northern Syria came under fire on Friday (DCT Tuesday 4 "
     "August -> 31 July) from 'other extremists' (attackers not named -> Unidentified armed group; the US-trained Syrian "
     "opposition fighters -> Syrian rebels, as the spent Zabadani rows; northern Syria, no place -> location empty)"),
    (R566, "أول غارات جوية معروفة", "مما أدى إلى شن الولايات المتحدة أول غارات جوية معروفة لمساندة تلك القوات",
     ERV, AIR, "Military Forces of the United States", UAG, "", "SY", "2015-07-31", "2", "", "",
     "US officials (via Al Riyadh)", "reported",
     "the Friday attack led the United States to launch its first known air strikes in support of those forces (own "
     "row: another event type and actor; day not stated, right after the Friday attack -> 31 July, precision 2; target "
     "the attackers -> Unidentified armed group; northern Syria -> location empty). Not coded: the decision to allow "
     "air strikes to defend the trained rebels even against Assad's forces (the title's news: a policy decision, not "
     "an operation start), the planned support of advances against ISIS (generic), Russia's criticism"),
    (W1012, "مصرع القيادي الحوثي", "مصرع القيادي الحوثي أبوعلي عوام في مفرق العند بمحافظة لحج أمس",
     BAT, CLASH, YR, HOU, "Al Anad, Lahj", "YE", "2015-07-24", "1", "1", "exact",
     "press sources (via Al Watan)", "reported",
     "press sources confirmed the death of the Houthi commander Abu Ali Awam at the al-Anad junction in Lahj governorate "
     "'yesterday' (DCT Saturday 25 July -> 24 July); how he died is not stated: in the frame of the coalition strikes "
     "and the resistance's blows on the Houthis -> Battles/Armed clash, Yemeni Resistance vs Houthis (alternative a "
     "coalition Air/drone strike, or not coded); 'مفرق العند بمحافظة لحج' -> 'Al Anad, Lahj'"),
    (W1012, "تقدم المقاومة في شبوة", "وأسفر تقدم المقاومة في شبوة عن فرار محافظ الحوثيين",
     BAT, CLASH, YR, HOU, "Shabwa", "YE", "2015-07-25", "2", "", "",
     "Al Watan", "reported",
     "the title's news: the resistance's advance in Shabwa (and the coalition strikes, own row) tightened the noose on "
     "the Houthis, and the Houthi-appointed governor Salem al-Tambala al-Awlaki fled with the pro-Houthi commander of "
     "the Ataq axis, Maj. Gen. Awad Farid al-Awlaki, and other rebel leaders to an unknown destination (the flight "
     "folded; no place taken is stated -> Armed clash, alternative Government regains territory; no day -> DCT, "
     "precision 2; governorate only -> 'Shabwa')"),
    (W1012, "واصلت طائرات التحالف العربي غاراتها", "في الوقت الذي واصلت طائرات التحالف العربي غاراتها مستهدفة مقرات المتمردين",
     ERV, AIR, "Saudi-led coalition", HOU, "Shabwa", "YE", "2015-07-25", "2", "", "",
     "Al Watan", "reported",
     "meanwhile the Arab coalition's aircraft continued their strikes on the rebels' headquarters (the sentence is about "
     "Shabwa, as the lead's 'coalition strikes' on the Houthis there -> 'Shabwa'; ongoing, no day -> DCT, precision 2)"),
    (W1012, "بعد تحريرها من ميليشيات الحوثي", "في عدن، بعد تحريرها من ميليشيات الحوثي المتمردة",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-25", "3", "", "",
     "Maj. Gen. Ahmed Saif al-Yafei, commander of the 4th Military Region (interview with Al Watan)", "reported",
     "background: life returns to Aden 'after its liberation' from the Houthi militias and Saleh's forces; the "
     "commander tells how it was freed (a feint towards Ras Imran, then the attack on the airport, Crater and Tawahi "
     "the next day: sub-actions folded), and that the resistance / the 4th region's forces captured more than 500 "
     "Houthis and Republican Guards, Iranians among them, and seized artillery and tanks in Imran (folded) (no date in "
     "the text -> DCT, precision 3, as the spent alwatan-823 / aawsat-771 Aden rows; 'ووفقت المقاومة وحررنا عدن' -> "
     "Yemeni Resistance, alternative Military Forces of Yemen, the speaker's army region). Not coded: the planned "
     "liberation of al-Anad, Lahj, Shabwa, Zinjibar and Abyan 'soon' (a vague intention), 'entering Lahj and "
     "elsewhere' (generic), the Saudi relief planes at Aden airport (humanitarian), Saleh's drug smuggling (undated)"),
    (W1012, "أطلقت عددا من قذائف الهاون", "أن ميليشيات الحوثي أطلقت عددا من قذائف الهاون، ما أسفر عن إصابة مقيم يمني",
     ERV, "Shelling/artillery/missile attack", HOU, "Civilians (Saudi Arabia)", "Najran", "SA", "2015-07-25", "2", "", "",
     "Najran Civil Defence spokesman Lt. Col. Ali Al Jarman (to Al Watan)", "reported",
     "the Houthi militias fired a number of mortar shells (on Najran, the Civil Defence spokesman's area), wounding a "
     "Yemeni resident and causing minor damage (no death; victim a resident -> Civilians (Saudi Arabia), as the spent "
     "alwatan-1347 / alwatan-769 shelling rows; no day -> DCT, precision 2)"),
    (Y2141, "معارك عنيفة", "ووقعت في الثاني من آب/ اغسطس 2014 معارك عنيفة بين الجيش اللبناني",
     BAT, CLASH, UAG, "Military Forces of Lebanon", "Arsal", "LB", "2014-08-02", "1", "", "",
     "Al Yaum", "reported",
     "background (the news is Nusra's demand to swap five women prisoners for three soldiers): on 2 August 2014 violent "
     "battles broke out in the town of Arsal between the Lebanese army and gunmen who came from Syria and from inside "
     "refugee camps; they lasted days and ended with the gunmen driven out of the town, taking soldiers and Internal "
     "Security men with them (the abduction of the servicemen folded into the battle: captured security forces, not "
     "civilians; start day stated -> 2 August 2014, precision 1, alternative 2 for 'lasted days'; less than 12 months "
     "before the DCT -> coded; the gunmen are not named in the sentence -> Unidentified armed group, alternative "
     "Jabhat al-Nusra / Islamic State, who hold the hostages)"),
    (Y2141, "اوقفت في نهاية العام 2014", "وقد اوقفت في نهاية العام 2014",
     SD, ARR, "Police Forces of Lebanon", "Civilians (Lebanon)", "", "LB", "2014-12-01", "3", "", "",
     "Al Yaum", "reported",
     "background: Saja al-Dulaimi, an Iraqi, ex-wife of ISIS leader Abu Bakr al-Baghdadi, was arrested at the end of "
     "2014, and Ola al-Oqaili, wife of the Nusra commander Abu Ali al-Shishani, 'in the same period' (folded: same "
     "vague date, no place; alternative two rows); both are among the five women Nusra demands (held in Lebanese "
     "prisons -> Lebanon; arresting force not named -> Police Forces of Lebanon, as the spent alriyadh-605 / alyaum-1082 "
     "rows; 'end of the year' -> 1 December 2014, precision 3; within 12 months of the DCT). Not coded: Jumana Hmayed's "
     "arrest in February 2014 (more than 12 months before the DCT)"),
    (Y2141, "عمليات عسكرية واسعة", "ونفذ حزب الله خلال شهري ايار/ مايو وحزيران/ يونيو عمليات عسكرية واسعة",
     BAT, CLASH, "Hezbollah", "Syrian rebels", "Qalamoun", "SY", "2015-05-01", "3", "", "",
     "Al Yaum", "reported",
     "aggregate: in May and June Hezbollah carried out wide military operations in the Qalamoun mountains and Arsal, "
     "expanding its control without fully driving out the gunmen entrenched in the caves and barrens (the opposition "
     "fighters, jihadists among them -> Syrian rebels, as the spent Zabadani rows; alternative Unidentified armed "
     "group; two-month campaign -> 1 May 2015, precision 3; one row at 'Qalamoun', the Arsal barrens (LB) folded). "
     "Not coded: Hezbollah's and the regime's takeover of Qalamoun in April 2014 (more than 12 months before the DCT), "
     "the militants' attacks on Hezbollah and regime positions (generic), the killing of four of the hostages by the "
     "kidnappers (undated, two groups, no place; alternative an aggregate Violence against civilians row), Nusra's "
     "demand, the family visit and the stalled negotiations (no event)"),
    (K1404, "التفجير الإرهابي", "التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في منطقة عسير",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Bahraini parliament speaker Ahmed bin Ibrahim Al-Mulla (via Bahrain News Agency)", "reported",
     "background (the news is the Bahraini parliament speaker's condemnation): the terrorist bombing that targeted the "
     "Emergency Forces mosque in the Asir region, killing 'a number of' the forces' members and workers and wounding "
     "others ('عدد من' -> fatalities empty; only 'التفجير' -> the generic explosive sub-type; no perpetrator named -> "
     "Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; no day in the text, a reaction the "
     "next morning -> DCT, precision 2, as the spent okaz-1328 row). Not coded: the condemnation and support"),
    # ---- set b (no text filter) ----
    (A187, "اشتباكات بين قوات الأمن التركية", "في اشتباكات بين قوات الأمن التركية والمتمردين في جنوب شرقي البلاد",
     BAT, CLASH, PKK, PFT, "Silopi", "TR", "2015-08-06", "1", "3", "exact",
     "Sirnak provincial authorities; Silopi mayor Seyfettin Aydemir (via AFP, Asharq Al-Awsat)", "reported",
     "the title's news: three Kurdish rebels killed (one aged 17, died in hospital of gunshot wounds) and seven people "
     "wounded, two policemen among them, in an exchange of fire in the night of Thursday to Friday near the town of "
     "Silopi, Sirnak province (DCT Friday 7 August; the night begins on Thursday -> 6 August, precision 1, alternative "
     "7 August); the province says PKK rebels attacked the security forces with weapons, explosives and rockets -> "
     "actor1 PKK; Anadolu: gunmen fired on police trying to fill the trenches dug by the PKK (folded) -> actor2 Police "
     "Forces of Turkey; the title's 'مقتل 3' is the same event)"),
    (A187, "هجوم انتحاري في 20 يوليو", "إثر هجوم انتحاري في 20 يوليو (تموز) في سوروتش",
     ERV, "Suicide bomb", ISIS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the spiral of violence began after the suicide attack of 20 July in Suruc (south Turkey), attributed "
     "to ISIS, which killed 32 Kurdish activists ('نسب إلى تنظيم داعش' -> Islamic State, as the spent aleqtisadiya-883 "
     "and aawsat-368 rows; the text says suicide -> Suicide bomb). Not coded: the Kurdish rebels' immediate response of "
     "attacking the Turkish security forces (generic, no place, day or toll; alternative an aggregate Armed clash row, "
     "PKK vs Military/Police Forces of Turkey), the end of the three-year truce"),
    (A187, "غالبية الغارات التركية", "لكن غالبية الغارات التركية استهدفت حتى الآن المتمردين الأكراد",
     ERV, AIR, MFT, PKK, "", "TR", "2015-07-20", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: most of the Turkish air strikes so far (since the spiral that began with the 20 July attack) have "
     "targeted the Kurdish rebels (dated at the text's stated start, 20 July, precision 3, as the adjudicated spent "
     "aawsat-368 aggregate; no place and no country named for the PKK targets -> location empty, TR, as the adjudicated "
     "spent alweeam-1057 aggregate, alternative IQ; two named targets -> two rows)"),
    (A187, "وبعض مواقع تنظيم داعش في شمال سوريا", "وبعض مواقع تنظيم داعش في شمال سوريا",
     ERV, AIR, MFT, ISIS, "", "SY", "2015-07-20", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: the same series of Turkish strikes also hit some ISIS positions in northern Syria (second target -> own "
     "row, as the spent aawsat-368 / aljazirah-969 aggregates; northern Syria, no place -> location empty, SY; 20 July, "
     "precision 3)"),
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
