"""Bookkeeping helper for the events35 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur30/events35/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 35 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events35/sample.py ("This set: events35, seeds 2814 / 2815, drawn at the start of stop 30 (main 32ba3d3), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2814).shuffle, walked in order; (b) 10 with no text filter, random.Random(2815).shuffle, >=3 sources (got, by source, a: aleqtisadiya 2, almadina 2, alyaum 2, alriyadh 1, alwatan 1, alweeam 1, okaz 1; b: alwatan 2, alweeam 2, alyaum 2, 3alyoum 1, aawsat 1, almadina 1, alriyadh 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 23 rows): detection F1 0.979 "
       "before (23 matched of 24 A / 23 B rows; 1 A-only row, no B-only row; both gave rows to the same 8 articles); no row "
       "added or dropped and no field value changed: the A-only row and 7 field differences kept against B after rereading (aawsat-187 aggregate of "
       "the PKK attacks on the security forces kept; aawsat-187 Silopi precision 2 for the Thursday/Friday night; alwatan-1012 "
       "Abu Ali Awam actor1 Unidentified armed group (killer not stated) and location 'Al Anad Junction, Lahij'; "
       "aleqtisadiya-224 'Bama, Borno' (state named) and Bita 2 August (the 'also said' of the Sunday statements); "
       "alyaum-2141 Hezbollah May-June aggregate sub-type Government regains territory and location 'Qalamoun Mountains'); every difference "
       "and its reason in second/ADJUDICATION.md.")

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
ISIS = "Islamic State"
UAG = "Unidentified armed group"
PKK = "PKK: Kurdistan Workers Party"
MFTR = "Military Forces of Turkey"
POLTR = "Police Forces of Turkey"
POLSA = "Police Forces of Saudi Arabia"
COAL = "Saudi-led coalition"
GCAD = "Global Coalition Against Daesh"
BH = "Boko Haram"
MFNG = "Military Forces of Nigeria"
MFLB = "Military Forces of Lebanon"
MAD1417 = "SN-almadina-20150806-1417"
MAD554 = "SN-almadina-20150810-554"
OKAZ1404 = "SN-okaz-20150807-1404"
WAT1012 = "SN-alwatan-20150725-1012"
EQT224 = "SN-aleqtisadiya-20150803-224"
YAUM2141 = "SN-alyaum-20150721-2141"
RIY566 = "SN-alriyadh-20150804-566"
AAW187 = "SN-aawsat-20150807-187"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (MAD1417, "حادثة التفجير الغاشم", "حادثة التفجير الغاشم الذي استهدف مسجد قوات الطوارئ الخاصة",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "2", "13", "exact",
     "Al Madina (Grand Mufti Abdulaziz Al al-Sheikh's comments to Al Ekhbariya)", "reported",
     "background (the news is the Grand Mufti's condemnation): the 'unjust bombing' that targeted the mosque of the Special "
     "Emergency Forces in the Asir region, killing ten members of the Special Emergency Forces and three workers at the site "
     "and wounding nine (10 + 3 = 13 exact, the text's own count); the title's 'تفجير عسير' is the same event; only "
     "'التفجير'/'يفجرونهم' -> generic explosive sub-type, as the spent Asir rows; no perpetrator named ('الفئة الضالة' is "
     "rhetoric) -> Unidentified armed group; Special Emergency Forces -> Police Forces of Saudi Arabia; the text gives no "
     "day, a same-day reaction report -> DCT, precision 2, as the spent alriyadh-982 row; region only -> 'Asir'. Not coded: "
     "the condemnation (statement, not a military declaration)"),
    (WAT1012, "مصرع القيادي الحوثي", "مصرع القيادي الحوثي أبوعلي عوام في مفرق العند",
     BAT, CLASH, UAG, HOU, "Al Anad Junction, Lahij", "YE", "2015-07-24", "1", "1", "exact",
     "press sources (via Al Watan)", "reported",
     "press sources confirmed the death of the Houthi commander Abu Ali Awam at the al-Anad junction in Lahij governorate "
     "'yesterday' (DCT 25 July -> 24 July); how he was killed and by whom is not stated (Anad front of the resistance's "
     "advance and the coalition strikes -> Battles/Armed clash, killer unnamed -> Unidentified armed group; alternative "
     "Yemeni Resistance as actor1, or an air strike); 'مفرق العند بمحافظة لحج' -> 'Al Anad Junction, Lahij'; one named death "
     "-> 1 exact; adjudicated: actor1 Unidentified armed group and the location kept against B's Yemeni Resistance and 'Al Anad, Lahj': "
     "the text names no killer, and 'مفرق' is the junction; 'Lahij' as the spent 'Al Hawtah, Lahij')"),
    (WAT1012, "تقدم المقاومة في شبوة", "وأسفر تقدم المقاومة في شبوة عن فرار محافظ الحوثيين",
     BAT, CLASH, RES, HOU, "Shabwa", "YE", "2015-07-25", "2", "", "",
     "Al Watan", "reported",
     "the title's news: the advance of the (popular) resistance in Shabwa made the Houthi-appointed governor Salem "
     "al-Tambala al-Awlaqi flee to an unknown place with the rebel-loyal commander of the Ataq axis, Maj. Gen. Awad Farid "
     "al-Awlaqi, and other rebel leaders (the flight folded as the advance's outcome; the first paragraph's 'blows of the "
     "resistance' tightening the noose is the same; no city is said to be taken -> Armed clash, alternative Government "
     "regains territory; ongoing, no day -> DCT, precision 2; governorate only -> 'Shabwa')"),
    (WAT1012, "واصلت طائرات التحالف العربي", "في الوقت الذي واصلت طائرات التحالف العربي غاراتها مستهدفة مقرات المتمردين",
     ERV, AIR, COAL, HOU, "Shabwa", "YE", "2015-07-25", "2", "", "",
     "Al Watan", "reported",
     "the Arab coalition's aircraft continued their strikes on the rebels' headquarters in Shabwa (the sentence continues the "
     "Shabwa report; the first paragraph's 'coalition raids' tightening the noose on the Houthi governor is the same -> one "
     "row; ongoing, no day -> DCT, precision 2; 'التحالف العربي' -> Saudi-led coalition)"),
    (WAT1012, "بعد تحريرها من ميليشيات الحوثي", "في عدن، بعد تحريرها من ميليشيات الحوثي المتمردة",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-25", "3", "", "",
     "Maj. Gen. Ahmed Saif al-Yafei, commander of the 4th Military Region (interview with Al Watan); Al Watan", "reported",
     "background: the liberation of Aden from the Houthi militias and the forces of the deposed Saleh, told by the 4th "
     "Military Region commander: a feint that the battle would be at Ras Amran, then the attack on the airport, Crater and "
     "Tawahi the next day, 'the resistance succeeded and we freed Aden' (the question 'how was Aden freed', the "
     "capture of more than 500 Houthi and Republican Guard prisoners with Iranian elements among them (lead and interview, "
     "'the popular resistance in Aden' / 'the forces of the 4th Region'), and the seizure at Amran of an artillery battery "
     "and tanks are folded as the battle's outcomes; 'وفقت المقاومة وحررنا عدن' -> Yemeni Resistance, as the spent Aden "
     "rows, alternative Military Forces of Yemen for the 4th Region's forces; Houthis and Saleh's forces -> Houthis; the text "
     "gives no day -> DCT, precision 3, as the spent alwatan-823 Aden row). Not coded: the commander's 'we will free Anad, "
     "Lahij, Shabwa, Zinjibar and Abyan soon' (an intention, several places, no day) and 'entering Lahij and elsewhere' "
     "(generic), the relief planes at Aden airport (humanitarian), the destruction of 20 tons of drugs (undated, old)"),
    (WAT1012, "أطلقت عددا من قذائف الهاون", "أن ميليشيات الحوثي أطلقت عددا من قذائف الهاون",
     ERV, SHELL, HOU, "Civilians (Saudi Arabia)", "Najran", "SA", "2015-07-25", "2", "", "",
     "Lt. Col. Ali Al Jarman, Najran Civil Defence spokesman (to Al Watan)", "reported",
     "the Houthi militias fired a number of mortar shells (on Najran), wounding a Yemeni resident and causing minor damage "
     "(a resident hurt -> Civilians (Saudi Arabia), by the country of the event, as the spent alwatan-1347 shelling row; "
     "the Najran civil-defence spokesman -> 'Najran'; no day -> DCT, precision 2; no deaths)"),
    (EQT224, "يحرر 178 شخصا", "الجيش النيجيري يحرر 178 شخصا",
     BAT, GRT, MFNG, BH, "Bama, Borno", "NG", "2015-08-02", "2", "", "",
     "Col. Tukur Gusau, Nigerian army spokesman (statement); Al Eqtisadiya (title)", "reported",
     "the title's news: the Nigerian army said late on Sunday (DCT Monday 3 August -> 2 August) that it rescued 178 people "
     "(101 children, 67 women, the rest men) held by Boko Haram in Borno state, also arrested a Boko Haram commander and "
     "cleared several militant camps around the town of Bama, some 70 km south-east of Maiduguri (one operation: the rescue, "
     "the arrest and the camp clearances folded into one row; the camps taken from the group -> Government regains territory, "
     "alternative Armed clash; the only place named for the operation -> 'Bama, Borno'; operation day not stated, "
     "announced on Sunday -> 2 August, precision 2; the title states it as fact -> reported; adjudicated: 'Bama, Borno' kept "
     "against B's 'Bama': the text names the state, 'ولاية بورنو')"),
    (EQT224, "صد هجوم لبوكو حرام", "ساعدت القوات البرية في صد هجوم لبوكو حرام حول قرية بيتا",
     BAT, CLASH, BH, MFNG, "Bita", "NG", "2015-08-02", "2", "", "",
     "Nigerian Air Force", "claimed",
     "the Nigerian Air Force also said it helped the ground forces repel a Boko Haram attack around the village of Bita, at "
     "the southern edge of the Sambisa forest, west of Gwoza (Boko Haram attacked -> actor1; air support folded; no day, "
     "told with Sunday's statements -> 2 August, precision 2; only the air force's account -> claimed; village only -> "
     "'Bita'; adjudicated: 2 August kept against B's DCT 3 August: the air force's statement is an 'also said' of the "
     "Sunday report, as the spent aleqtisadiya-309 'also' Syrian strikes took their report's day)"),
    (EQT224, "هجوما كبيرا في وقت سابق", "قوات مشتركة من نيجيريا والنيجر وتشاد هجوما كبيرا في وقت سابق من العام الجاري",
     BAT, GRT, MFNG, BH, "Gwoza", "NG", "2015-01-01", "3", "", "",
     "Al Eqtisadiya (Reuters)", "reported",
     "background: Gwoza, believed to be the militants' main headquarters until joint forces of Nigeria, Niger and Chad "
     "launched a big offensive 'earlier this year' (year only -> 1 January 2015, precision 3; the HQ 'until' the offensive "
     "-> the town retaken, Government regains territory, alternative Armed clash; joint force -> Military Forces of Nigeria, "
     "Niger and Chad in the note; the next sentence's 'Boko Haram was driven out of most of the territory it held at the "
     "start of the year' folded as the same campaign). Not coded: the six-year insurgency (start too old), the return to "
     "guerrilla bombings and town raids (generic)"),
    (YAUM2141, "معارك عنيفة بين الجيش اللبناني", "ووقعت في الثاني من آب/ اغسطس 2014 معارك عنيفة بين الجيش اللبناني",
     BAT, CLASH, UAG, MFLB, "Arsal", "LB", "2014-08-02", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "background: on 2 August 2014 (within 12 months of the DCT 21 July 2015) violent battles broke out in the town of Arsal "
     "between the Lebanese army and gunmen who came from Syria and from inside refugee camps, lasting days and ending with "
     "the gunmen's expulsion from the town, who took with them a number of army and internal-security members (the "
     "capture of the soldiers folded into the battle row: combatants taken in the fighting; the gunmen are not named in the "
     "sentence, the kidnappers are later said to be Nusra and ISIS -> Unidentified armed group, alternative Jabhat "
     "al-Nusra; stated start day -> precision 1). Not coded: the killing of four hostages (no day, no place, the perpetrator "
     "split between Nusra and ISIS), Nusra's swap demand and the family visit (no violence)"),
    (YAUM2141, "عمليات عسكرية واسعة", "ونفذ حزب الله خلال شهري ايار/ مايو وحزيران/ يونيو عمليات عسكرية واسعة في جبال القلمون",
     BAT, GRT, "Hezbollah", "Syrian rebels", "Qalamoun Mountains", "SY", "2015-05-01", "3", "", "",
     "Al Yaum (AFP)", "reported",
     "aggregate/background: in May and June Hezbollah carried out wide military operations in the Qalamoun mountains and "
     "Arsal, expanding its area of control without driving out the gunmen entrenched in the caves and barrens (May -> 1 May "
     "2015, precision 3; control expanded -> Government regains territory, as the spent aawsat-107 Hezbollah row; the "
     "fighters, opposition factions with jihadists among them -> Syrian rebels; one aggregate row, location the Qalamoun "
     "mountains, Arsal's barrens in the note; adjudicated: Government regains territory and 'Qalamoun Mountains' kept against "
     "B's Armed clash and 'Qalamoun': the stated outcome is expanded control, and the text says 'جبال القلمون'). Not coded: Hezbollah's and the regime's capture of Qalamoun in April 2014 "
     "(more than 12 months before the DCT), the fighters' generic attacks on Hezbollah and regime positions"),
    (YAUM2141, "وقد اوقفت في نهاية العام 2014", "وقد اوقفت في نهاية العام 2014",
     SD, ARR, "Police Forces of Lebanon", "Civilians (Lebanon)", "", "LB", "2014-12-01", "3", "", "",
     "Al Yaum (AFP)", "reported",
     "background, borderline: Saja al-Dulaimi, Iraqi former wife of ISIS leader al-Baghdadi, was detained at the end of 2014, "
     "and Ola al-Oqaili, wife of the Nusra commander Abu Ali al-Shishani, in the same period; both are held in Lebanese "
     "prisons (two detentions of the same period -> one row; 'end of 2014' -> 1 December 2014, precision 3; the arresting "
     "force is not named -> Police Forces of Lebanon, alternative Military Forces of Lebanon; no place -> location empty, "
     "LB from 'the Lebanese prisons'). Not coded: Jumana Hamid's arrest in Arsal in February 2014 while driving a car bomb "
     "(more than 12 months before the DCT)"),
    (RIY566, "أربع غارات قرب الموصل", "بينها أربع غارات قرب الموصل",
     ERV, AIR, GCAD, ISIS, "Mosul", "IQ", "2015-08-01", "1", "", "",
     "US military statement (via Al Riyadh)", "reported",
     "the US military said 'yesterday Monday' that the US-led coalition carried out on Saturday (DCT Tuesday 4 August -> 1 "
     "August) 18 air strikes on ISIS positions in Iraq, against targets in seven different cities, four of them near Mosul "
     "(one location per row; the 10 strikes on the five unnamed cities are folded here; US-led coalition -> Global "
     "Coalition Against Daesh, as the spent rows)"),
    (RIY566, "ومثلها قرب الرمادي", "ومثلها قرب الرمادي",
     ERV, AIR, GCAD, ISIS, "Ramadi", "IQ", "2015-08-01", "1", "", "",
     "US military statement (via Al Riyadh)", "reported",
     "same statement: four strikes near Ramadi on Saturday, 1 August (a differently named place -> own row)"),
    (RIY566, "أربع قرب مدينة كوباني", "بينها أربع قرب مدينة كوباني",
     ERV, AIR, GCAD, ISIS, "Kobani", "SY", "2015-08-01", "1", "", "",
     "US military statement (via Al Riyadh)", "reported",
     "same statement: six strikes in Syria on the same Saturday (the sentence 'نفذت يوم السبت 18 غارة ... في العراق وست غارات "
     "في سورية' dates both -> 1 August, precision 1), four of them near Kobani on the Turkish border (the two unplaced Syrian "
     "strikes folded here; the text's 'كوباني' -> 'Kobani', Ain al-Arab in the spent rows)"),
    (RIY566, "للنيران يوم الجمعة", "وتعرضت أول دفعة من القوات التي دربتها الولايات المتحدة ونشرتها في شمال سورية للنيران يوم الجمعة",
     BAT, CLASH, UAG, "Syrian rebels", "", "SY", "2015-07-31", "1", "", "",
     "Al Riyadh", "reported",
     "the first batch of the forces trained and deployed by the US in northern Syria came under fire on Friday (DCT Tuesday "
     "4 August -> 31 July) from 'other extremists' (attackers not named -> Unidentified armed group; the US-trained Syrian "
     "opposition fighters -> Syrian rebels; northern Syria, no place -> location empty, as the spent aawsat-368 row)"),
    (RIY566, "أول غارات جوية معروفة", "إلى شن الولايات المتحدة أول غارات جوية معروفة لمساندة تلك القوات",
     ERV, AIR, "Military Forces of the United States", UAG, "", "SY", "2015-07-31", "2", "", "",
     "Al Riyadh", "reported",
     "the Friday attack led the United States to launch its first known air strikes in support of those forces (against "
     "the unnamed attackers -> actor2 Unidentified armed group; day not stated, after the Friday attack -> 31 July, precision "
     "2; northern Syria -> location empty). Not coded: the decision to allow air strikes to defend the US-trained fighters "
     "even against Assad's forces, reported by anonymous officials (a policy decision, not an official declaration; "
     "alternative a Statement row), Russia's criticism (diplomatic)"),
    (MAD554, "بحادث التفجير الآثم", "بحادث التفجير الآثم بمسجد الطوارئ بعسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-10", "3", "", "",
     "Al Madina", "reported",
     "background (the news is the condemnation by the cast of the 'Madagascar' show at the Jeddah 36 festival): the sinful "
     "bombing at the Emergency Forces mosque in Asir, which killed innocents (no number -> fatalities empty; only 'تفجير' -> "
     "generic explosive sub-type; no perpetrator named; the text gives no date, a reaction days later -> DCT, precision 3, "
     "as the spent aljazirah-399 and aleqtisadiya-228 rows; the later mentions are the same event). Not coded: the minute of "
     "silence 'in protest' asked of the audience (a commemoration inside a show, not a demonstration; alternative "
     "Protests/Peaceful protest, Jeddah), the condolences (statements)"),
    (OKAZ1404, "التفجير الإرهابي الذي استهدف مسجد", "التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في منطقة عسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Okaz (Bahraini House of Representatives speaker Ahmed bin Ibrahim al-Mulla, via BNA)", "reported",
     "background (the news is the Bahraini parliament speaker's condemnation): the terrorist bombing that targeted the "
     "mosque of the Emergency Forces in the Asir region, killing 'a number of' the forces' members and workers and wounding "
     "others ('عدد من' -> fatalities empty; only 'التفجير' -> generic explosive sub-type; no perpetrator named; the text gives "
     "no day, a reaction report the next morning -> DCT, precision 2, as the spent alriyadh-982 row; the later mentions are "
     "the same event). Not coded: the condemnation and the support for the Kingdom's measures (statements)"),
    # ---- set b (no text filter) ----
    (AAW187, "اشتباكات مع قوات الأمن التركية", "مقتل 3 متمردين أكراد في اشتباكات مع قوات الأمن التركية",
     BAT, CLASH, PKK, POLTR, "Silopi", "TR", "2015-08-06", "2", "3", "exact",
     "Sirnak provincial authorities (statement); Silopi mayor Seyfettin Aydemir (to AFP); Anadolu", "reported",
     "the title's news: three Kurdish rebels (one aged 17) killed and seven people wounded, two policemen among them, in an "
     "exchange of fire between the Turkish security forces and the rebels near the town of Silopi, Sirnak province, in the "
     "night of Thursday to Friday (DCT Friday 7 August -> 6 August, precision 2, as the spent alwatan-1057 night row); the "
     "provincial statement: PKK rebels attacked security-force members with weapons, explosives and rockets; Anadolu: the "
     "clashes began when gunmen fired at police filling the trenches dug by the PKK (folded) -> actor1 PKK, actor2 Police "
     "Forces of Turkey (police named); 'ثلاثة' -> 3 exact; adjudicated: precision 2 kept against B's 1: a night spanning two "
     "days)"),
    (AAW187, "هجوم انتحاري في 20 يوليو", "إثر هجوم انتحاري في 20 يوليو (تموز) في سوروتش",
     ERV, SUI, ISIS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the suicide attack of 20 July in Suruc (south Turkey), attributed to ISIS, which killed 32 Kurdish "
     "activists ('نسب إلى تنظيم داعش' -> Islamic State, as the spent Suruc rows; activists -> Civilians (Turkey))"),
    (AAW187, "بمهاجمة قوات الأمن التركية", "ورد عليه التمرد الكردي على الفور بمهاجمة قوات الأمن التركية",
     BAT, CLASH, PKK, POLTR, "", "TR", "2015-07-20", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: the Kurdish rebellion answered the Suruc attack at once by attacking the Turkish security forces, accused of "
     "not protecting the Kurds (the spiral of violence that ended a three-year truce; dated at its start, 20 July, precision "
     "3; 'قوات الأمن' -> Police Forces of Turkey, as the spent aggregate; no place; adjudicated: kept against B, who left it "
     "uncoded as generic: a stated series with actor, target and start, the counterpart of the Turkish air-strike aggregate "
     "both annotators coded)"),
    (AAW187, "غالبية الغارات التركية", "لكن غالبية الغارات التركية استهدفت حتى الآن المتمردين الأكراد",
     ERV, AIR, MFTR, PKK, "", "TR", "2015-07-20", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: most Turkish air strikes so far have targeted the Kurdish rebels (since the spiral began after 20 July -> "
     "20 July, precision 3, as the adjudicated spent aawsat-368 aggregate; no place or country given for the strikes on the "
     "rebels -> location empty, TR as the article's country, as the adjudicated events28 air-strike aggregate; alternative "
     "IQ, where the strikes mostly fell)"),
    (AAW187, "وبعض مواقع تنظيم داعش", "وبعض مواقع تنظيم داعش في شمال سوريا",
     ERV, AIR, MFTR, ISIS, "", "SY", "2015-07-20", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: the same series of Turkish strikes also hit some ISIS positions in northern Syria (second named target -> "
     "own row, as the spent aawsat-368 pair; northern Syria, no place -> location empty; 20 July, precision 3)"),
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
