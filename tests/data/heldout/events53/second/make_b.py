"""Bookkeeping helper for annotator B of the events53 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events50/second/make_b.py.
Run: python3 /work/fresh/cur36/events53/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 53 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2874/2875, drawn at the start of stop 36, main 1b8b677, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2874).shuffle, walked in order; (b) 10 with no text filter: random.Random(2875).shuffle, walked in order, >=3 sources (got, by source, a: alyaum 4, aawsat 3, aleqtisadiya 1, aljazirah 1, almadina 1; b: alriyadh 4, aawsat 2, 3alyoum 1, aleqtisadiya 1, alyaum 1, okaz 1).
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
RIO = "Riots"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
ATT = "Attack"
ARR = "Arrests"
DWU = "Disrupted weapons use"
UAG = "Unidentified armed group"
HOU = "Houthis"
YR = "Yemeni Resistance"
SLC = "Saudi-led coalition"
IS = "Islamic State"
MIQ = "Military Forces of Iraq"
MIL = "Military Forces of Israel"
PKK = "PKK: Kurdistan Workers Party"
MTR = "Military Forces of Turkey"
AY2199 = "SN-alyaum-20150721-2199"
MD584 = "SN-almadina-20150811-584"
AW738 = "SN-aawsat-20150724-738"
AY1036 = "SN-alyaum-20150802-1036"
AY1070 = "SN-alyaum-20150727-1070"
AW425 = "SN-aawsat-20150806-425"
AW150 = "SN-aawsat-20150807-150"
RY706 = "SN-alriyadh-20150808-706"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AY2199, "استعادت المقاومة الشعبية", "استعادت المقاومة الشعبية والجيش الوطني القصر الرئاسي بحي التواهي",
     BAT, GRT, YR, HOU, "Tawahi, Aden", "YE", "2015-07-21", "2", "", "",
     "Al Yaum", "reported",
     "the title's news: the popular resistance and the national army retook the presidential palace in the Tawahi "
     "district of Aden, took full control of the district, 'the rebels' last stronghold', and the radio and television, "
     "Political Security, 4th Military Region command and naval base buildings (the title's 'تستعيد القصر الرئاسي' and "
     "the repeated 'دخول حي التواهي' paragraph are the same event -> one row; the ongoing wide combing operation and "
     "the confrontations with the rebels' remnants are folded; pro-Hadi resistance named first -> Yemeni Resistance, "
     "the national army in this note; the palace folded into the district -> 'Tawahi, Aden' as the spent rows; no day "
     "in the text -> DCT 21 July, precision 2, the written rule for a breaking report; the spent events26 "
     "aljazirah-980 row dates the Tawahi capture 20 July from its own text)"),
    (AY2199, "بعد طرد ميليشيات الحوثي منها", "محافظا لعدن بعد طرد ميليشيات الحوثي منها",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-21", "3", "", "",
     "Al Yaum", "reported",
     "background: Hadi appointed Nayef al-Bakri governor of Aden 'after the Houthi militias were expelled from it' (the "
     "recapture of Aden, also the paragraph's 'الهزائم المنكرة' and 'منيت بالهزيمة في عدن' -> one background row, "
     "as the spent aawsat-771 and aleqtisadiya-319 Aden rows; no day -> DCT, precision 3; the expelling side not "
     "named, the article's pro-Hadi fighters -> Yemeni Resistance). Borderline: it overlaps the Tawahi row (Tawahi is "
     "the last step); alternative not coded. Not coded: the appointment (administrative)"),
    (AY2199, "عدة غارات جوية على مخازن الأسلحة", "وشن طيران التحالف عدة غارات جوية على مخازن الأسلحة في معسكر السواد",
     ERV, AIR, SLC, HOU, "Al Sawad Camp, Sanaa", "YE", "2015-07-21", "2", "", "",
     "Al Yaum", "reported",
     "the coalition aircraft carried out several air raids on the weapons depots in the al-Sawad camp south of Sanaa "
     "(said twice, in the lead and in the 'غارات' paragraph -> one row; the camp is not said to be Houthi-held but "
     "the raids of the paragraph all hit the Houthi militias -> actor2 Houthis; no day -> DCT, precision 2)"),
    (AY2199, "السيطرة على مواقع", "في محافظة مأرب من السيطرة على مواقع لمليشيات الحوثي في منطقة الفاو",
     BAT, GRT, YR, HOU, "Al Faw, Marib", "YE", "2015-07-21", "2", "", "",
     "Al Yaum", "reported",
     "the popular resistance in Marib governorate took positions of the Houthi militias in the al-Faw area ('Al Faw, "
     "Marib' as the spent events32 aleqtisadiya-790 row of the same capture, dated there 'yesterday' 20 July from its "
     "own text; this text gives no day -> DCT, precision 2)"),
    (AY2199, "سيطروا على مثلث العند", "أن المقاومة والجيش الوطني سيطروا على مثلث العند",
     BAT, GRT, YR, HOU, "Al Anad Triangle", "YE", "2015-07-21", "2", "", "",
     "Al Yaum (news reports)", "reported",
     "on the Lahj front the resistance and the national army took the al-Anad triangle and are heading towards the "
     "base, on the outskirts of the Labouza camp; repeated in the 'قاعدة العند وتعز' paragraph (same event -> one row; "
     "the advance to within metres of the Labouza brigade, the battles fought under intensive coalition air cover "
     "that targeted rebel hideouts and the Lahj 'continuing confrontations for several days' are folded; 'Al Anad "
     "Triangle' as the adjudicated spent events19 row; no day -> DCT, precision 2)"),
    (AY2199, "بقصف صاروخي", "في حي دار سعد شمال مدينة عدن بقصف صاروخي",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-21", "2", "60", "at_least",
     "Al Yaum", "reported",
     "'the Dar Saad massacre': the Houthi and Saleh militias, after their defeat in Aden, killed at least 60 civilians, "
     "children and women among them, and wounded more than 200 in the Dar Saad district north of Aden with rocket "
     "shelling ('ما لا يقل عن 60' -> 60 at_least; Saleh's forces -> Houthis, as the spent rows; 'the latest "
     "violation', no day in the text -> DCT, precision 2; the spent events18/26 rows date this shelling 19 July from "
     "their own texts). Not coded: the militias barring the Red Cross from bringing in fuel for the water pumps (no "
     "violence), the water and power cuts"),
    (AY2199, "حرب شوارع", "وتخوض حاليا حرب شوارع للسيطرة على مبنى البريد",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-07-21", "2", "", "",
     "Al Yaum", "reported",
     "in Taiz the popular resistance took a number of buildings (the deposed Saleh's party headquarters, the "
     "telecommunications building and others) and is now waging a street war to take the post office building and "
     "advance towards the security directorate, in which dozens of Houthi and Saleh militiamen were killed and wounded "
     "(captures in the same place and days folded into the battle row; the military sources' 'Taiz and Lahj have seen "
     "violent, continuing confrontations for several days' folded; 'عشرات القتلى والجرحى' -> fatalities empty; "
     "ongoing, no day -> DCT, precision 2). Alternative: a separate GRT row for the buildings"),
    (AY2199, "أربع غارات", "كما شن أربع غارات على مواقع مليشيات الحوثي في منطقة حرض",
     ERV, AIR, SLC, HOU, "Haradh, Hajjah", "YE", "2015-07-21", "2", "", "",
     "Al Yaum", "reported",
     "the coalition aircraft also carried out four raids on Houthi positions in the Haradh area of Hajjah governorate "
     "on the Saudi border (one location per row; 'Haradh, Hajjah' as the spent rows; no day -> DCT, precision 2)"),
    (AY2199, "عدة غارات جوية على مواقع ومعسكرات", "كما شن عدة غارات جوية على مواقع ومعسكرات مليشيات الحوثي في محافظة مأرب",
     ERV, AIR, SLC, HOU, "Marib", "YE", "2015-07-21", "2", "", "",
     "Al Yaum", "reported",
     "the coalition also carried out several air raids on Houthi positions and camps in Marib governorate (no place "
     "below the governorate -> 'Marib'; not tied to the al-Faw capture in the text -> own row; DCT, precision 2)"),
    (AY2199, "ست غارات جوية", "وشن ست غارات جوية على مواقع مليشيات الحوثي في محافظة عمران",
     ERV, AIR, SLC, HOU, "Amran", "YE", "2015-07-21", "2", "", "",
     "Al Yaum", "reported",
     "six coalition air raids on Houthi positions in Amran governorate (governorate only -> 'Amran'; DCT, precision 2)"),
    (AY2199, "ثلاث غارات جوية", "ثلاث غارات جوية على مواقع مليشيات الحوثي في محافظة الجوف",
     ERV, AIR, SLC, HOU, "Al Jawf", "YE", "2015-07-21", "2", "", "",
     "Al Yaum", "reported",
     "three coalition air raids on Houthi positions in al-Jawf governorate (governorate only -> 'Al Jawf'; DCT, "
     "precision 2). Not coded in this article: the Houthi leaders moving their families out of Sanaa, the disputes in "
     "the army camps and the forced recruitment of tribesmen (no violence stated), the government spokesman's account "
     "of the destruction in Aden and the Houthis' shelling of the power stations and oil facilities 'more than once' "
     "(generic, undated)"),
    (MD584, "تفجير مسجد الطوارئ في أبها", "ومنها تفجير مسجد الطوارئ في أبها",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-11", "3", "", "",
     "Al Madina (opinion column)", "reported",
     "background in an opinion column on the media's weakness: 'the criminal events, among them the bombing of the "
     "Emergency [Forces] mosque in Abha' (the quoted imam's 'تفجير عسير' is the same event -> one row; only 'تفجير' "
     "-> the generic explosive sub-type, as the adjudicated spent Asir/Abha column rows; no perpetrator named -> "
     "Unidentified armed group; the Emergency Forces' mosque -> Police Forces of Saudi Arabia, alternative actor2 "
     "empty as the adjudicated spent alriyadh-796 column row whose text did not describe the victims; no day in a "
     "column -> DCT, precision 3 by the written rule; no toll). Not coded: the generic suicide belts and mosque "
     "bombings"),
    (AW738, "انتهاء أول مرحلة", "أعلنت وزارة الدفاع في العراق انتهاء أول مرحلة",
     "Statement", "", MIQ, IS, "Habbaniyah Base", "IQ", "2015-07-23", "1", "", "",
     "Iraqi Defence Minister Khaled al-Obeidi (press conference attended by Asharq Al-Awsat)", "reported",
     "the lead's news: the Iraqi Ministry of Defence announced the successful end of the first phase of the operation "
     "to retake Anbar from ISIS; the minister, at a press conference at the Habbaniyah base in Anbar 'yesterday' (DCT "
     "Friday 24 July -> 23 July), said the joint forces had reached the outskirts of Ramadi and announced the coming "
     "second phase, the storming of Ramadi (victory and operation-start declaration of a party, the article's lead -> "
     "Statement, as the spent Yemeni defence ministry rows; place stated -> 'Habbaniyah Base'). Borderline: the title's "
     "news is the Anbar University encirclement; alternative not coded. Not coded: the forces' generic intensified "
     "attack on the Anbar towns and the move on the western areas towards Syria (no place, no day)"),
    (AW738, "تطويق جامعة الأنبار", "أعلن جهاز مكافحة الإرهاب عن تطويق جامعة الأنبار",
     BAT, CLASH, MIQ, IS, "Anbar University, Ramadi", "IQ", "2015-07-24", "2", "", "",
     "Counter-Terrorism Service and its spokesman Sabah al-Numan (to Asharq Al-Awsat)", "reported",
     "the title's news: the Counter-Terrorism Service announced that it had encircled Anbar University (3 km south of "
     "Ramadi, near the ISIS-held al-Tamim district) and cut the supplies of the ISIS gunmen besieged inside its "
     "buildings, ahead of storming it; the spokesman: 'our forces surround the university and have isolated the "
     "terrorists inside' (siege of an enemy-held place -> Armed clash, as the spent al-Anad siege row; CTS -> Military "
     "Forces of Iraq, as the spent events27 row; the title's 'تقترب من تحرير' states it as fact -> reported; the "
     "planned storming is not coded (no day); no day -> DCT, precision 2; 'Anbar University, Ramadi' as the spent row)"),
    (AW738, "كمنطقة الطاش", "وحررت مناطق مهمة كمنطقة الطاش",
     BAT, GRT, MIQ, IS, "Al Tash, Ramadi", "IQ", "2015-07-24", "2", "", "",
     "Sabah al-Numan, Counter-Terrorism Service spokesman (to Asharq Al-Awsat)", "claimed",
     "the CTS spokesman: on the southern axis 'our forces advanced during the past days and freed important areas such "
     "as the al-Tash area, which was a stronghold of the terrorists' (a named capture -> own row; 'during the past "
     "days' -> DCT, precision 2; only the party's spokesman -> claimed). Folded: the engineering teams' dismantling of "
     "most IEDs and car bombs along the 45 km of the advance and the detonation of others from the air (alternative "
     "Strategic developments/Disrupted weapons use)"),
    (AW738, "ناحية الريحانة", "في ناحية الريحانة التابعة لقضاء عنه",
     ERV, AIR, MIQ, IS, "Ar Rayhanah, Anah", "IQ", "2015-07-24", "2", "1", "at_least",
     "Iraqi War Media Cell (statement, via Asharq Al-Awsat)", "claimed",
     "the War Media Cell: three 'prominent' ISIS leaders killed by air strikes in Anbar; the warplanes bombed ISIS "
     "targets in the al-Rayhana subdistrict of Anah district, Rawa district and al-Jazira, killing and wounding "
     "'numbers' of ISIS members; the strike killed Talal Khamis Allosh al-Jughaifi, an ISIS leader 'in the "
     "subdistrict' (one location per row: al-Rayhana here; Iraqi war planes -> Military Forces of Iraq; the named "
     "leader + vague 'أعداد' -> 1 at_least; no day in the statement -> DCT, precision 2; a party's statement -> "
     "claimed)"),
    (AW738, "وقضاء راوة", "لقضاء عنه وقضاء راوة والجزيرة",
     ERV, AIR, MIQ, IS, "Rawa", "IQ", "2015-07-24", "2", "", "",
     "Iraqi War Media Cell (statement, via Asharq Al-Awsat)", "claimed",
     "same War Media Cell statement: the second named target area, Rawa district (own row, one location per row; the "
     "killed and wounded 'numbers' are not placed -> fatalities empty; DCT, precision 2)"),
    (AW738, "والجزيرة", "وقضاء راوة والجزيرة، ما أدى",
     ERV, AIR, MIQ, IS, "Al Jazira, Anbar", "IQ", "2015-07-24", "2", "", "",
     "Iraqi War Media Cell (statement, via Asharq Al-Awsat)", "claimed",
     "same statement: the third named target area, al-Jazira (the Jazira desert area of Anbar; own row, one location per "
     "row; alternative folded into the Rawa row, reading 'قضاء راوة والجزيرة' as one area; DCT, precision 2)"),
    (AW738, "قصفا مدفعيا", "قصفا مدفعيا من قبل القوات الأمنية المشتركة في قاطع الكرمة",
     ERV, SHELL, MIQ, IS, "Al Karmah, Anbar", "IQ", "2015-07-24", "2", "1", "exact",
     "Iraqi War Media Cell (statement, via Asharq Al-Awsat)", "claimed",
     "same statement: artillery shelling by the joint security forces in the al-Karma sector killed Omar Asaad Sarih "
     "al-Khalifawi, an ISIS security leader in the Albu Khalifa area (one named death -> 1 exact; DCT, precision 2)"),
    (AW738, "تم قتل الإرهابي محمد عبود", "تم قتل الإرهابي محمد عبود فرج الشيحاوي",
     ERV, AIR, MIQ, IS, "Albu Aifan, Saqlawiyah", "IQ", "2015-07-24", "2", "1", "exact",
     "Iraqi War Media Cell (statement, via Asharq Al-Awsat)", "claimed",
     "same statement: Mohammed Abboud Faraj al-Shihawi, ISIS's 'military emir' of the Albu Aifan area near the Shiha "
     "bridge north of Fallujah district, in the Saqlawiya subdistrict, was killed (the means is not given in his "
     "sentence; the statement's lead says the three leaders were killed 'by air strikes' -> Air/drone strike, "
     "alternative Battles/Armed clash; 1 exact; DCT, precision 2). Not coded: his brother Hamid Rummana's killing "
     "'earlier' (undated)"),
    (AW738, "حصار المدينة من الجهات الأربع", "استكملت القوات العراقية المشتركة حصار المدينة من الجهات الأربع",
     BAT, CLASH, MIQ, IS, "Fallujah", "IQ", "2015-07-24", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "in Fallujah (50 km east of Ramadi) the Iraqi joint forces completed the siege of the city from all four sides, "
     "preparing to enter it and free it from ISIS (siege of an enemy-held city -> Armed clash, as the spent al-Anad "
     "siege row; no day -> DCT, precision 2). Not coded: ISIS's capture of Fallujah 'since the beginning of last "
     "year' (2014, more than 12 months before the DCT)"),
    (AW738, "خروج مظاهرة", "وشهدت مدينة الفلوجة أمس خروج مظاهرة لسكانها",
     PRO, "Protest with intervention", "Protesters (Iraq)", IS, "40 Street, Fallujah", "IQ", "2015-07-23", "1", "", "",
     "local residents of Fallujah (to Asharq Al-Awsat)", "reported",
     "'yesterday' (DCT Friday 24 July -> 23 July) dozens of the besieged residents of Fallujah demonstrated, demanding "
     "that ISIS let them leave the city before the Iraqi forces enter; Street 40 in the city centre was packed with "
     "demonstrators; ISIS gunmen arrested demonstrators, fired shots towards those who fled, and led a large number to "
     "an unknown destination (arrests and dispersal of a peaceful protest -> Protest with intervention, the de-facto "
     "authority ISIS as actor2; no one is said to be hit -> not Excessive force, alternative Excessive force against "
     "protesters for the gunfire; the abductions folded; 'شارع 40 وسط المدينة' -> '40 Street, Fallujah')"),
    (AW738, "على أيدي الثوار", "وتم قتل الكثير من مسلحي تنظيم داعش على أيدي الثوار",
     BAT, CLASH, UAG, IS, "Kubaisa", "IQ", "2015-07-24", "3", "", "",
     "local residents of Fallujah (to Asharq Al-Awsat)", "reported",
     "background: Fallujah and the other ISIS-held Anbar towns have seen a popular revolt, the latest in the Kubaisa "
     "area (70 km west of Ramadi), where 'many' ISIS gunmen were killed by the rebels among the town's people (the "
     "town's armed residents, no group named -> Unidentified armed group, alternative a communal/tribal militia; "
     "'الكثير' -> fatalities empty; no day, a background mention -> DCT, precision 3; the generic revolt elsewhere "
     "not coded)"),
    (AY1036, "أحرق مهاجمان", "بعد أن أحرق مهاجمان يشتبه بأنهما يهوديان متطرفان منزلا",
     VAC, ATT, "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-07-31", "1", "1", "exact",
     "Al Yaum", "reported",
     "background (the news is Abbas's pledge to a Meretz delegation 'today Sunday'): 'two days' before (DCT Sunday "
     "2 August -> Friday 31 July) an 18-month-old Palestinian baby was killed after two attackers suspected to be "
     "Jewish extremists burned a house in the village of Duma in the West Bank; his mother (90% burns), father and "
     "brother badly burned (the later 'الجريمة التي حدثت في قرية دوما', 'الهجوم في قرية دوما' and 'حادث إحراق "
     "المنزل' are the same event -> one row; 'يهوديان متطرفان' -> Settlers (Israel), as the spent Duma rows; one death "
     "stated -> 1 exact). Not coded: the Israeli plan to extend administrative detention to Israelis suspected of "
     "political violence (a legal measure, announced intention), Abbas's talks and warnings (diplomatic)"),
    (AY1036, "مواجهات بين الجيش الاسرائيلي والشبان الفلسطينيين", "وأعقب هذا الحادث مواجهات بين الجيش الاسرائيلي والشبان الفلسطينيين",
     RIO, "Violent demonstration", "Rioters (Palestine)", MIL, "Ramallah", "PS", "2015-07-31", "2", "1", "exact",
     "Al Yaum", "reported",
     "the Duma attack was followed by confrontations between the Israeli army and Palestinian youths in the West Bank, "
     "in which an 18-year-old was killed near Ramallah (youths confronting the army -> Riots/Violent demonstration, "
     "as the spent Issawiya and Burqin rows; 'بالقرب من رام الله' -> 'Ramallah'; 'after the incident' -> on or after "
     "31 July, precision 2; one death -> 1 exact)"),
    (AY1036, "قتل فلسطيني اخر برصاص الجيش الاسرائيلي", "كما قتل فلسطيني اخر برصاص الجيش الاسرائيلي على الحدود",
     VAC, ATT, MIL, "Civilians (Palestine)", "Gaza Strip", "PS", "2015-07-31", "2", "1", "exact",
     "Al Yaum", "reported",
     "in the same aftermath another Palestinian was killed by Israeli army fire on the border with the Gaza Strip (a "
     "differently placed killing -> own row; no armed role or protest stated in the text -> Violence against "
     "civilians/Attack, alternative a protest row (Excessive force) or part of the confrontations; 'after the "
     "incident' -> 31 July, precision 2; 1 exact)"),
    (AY1070, "ضبطها في عرض البحر", "تمكنت قوات الأمن البحرينية من ضبطها في عرض البحر",
     SD, DWU, "Police Forces of Bahrain", "", "", "BH", "2015-07-25", "2", "", "",
     "Bahraini government announcement (via Al Yaum column)", "reported",
     "background in an opinion column: 'two days ago' (DCT Monday 27 July -> 25 July, the announcement day; the "
     "seizure on or before it -> precision 2) Bahrain announced it had uncovered a dangerous network smuggling "
     "explosives, weapons and equipment, which the Bahraini security forces seized at sea, and arrested a group it "
     "said meant to bring the explosives into Bahrain for bombings (seizure of explosives -> Disrupted weapons use, "
     "the arrests folded, as the spent events36/49 rows of the Bahraini sea seizure; 'قوات الأمن البحرينية' -> Police "
     "Forces of Bahrain; smugglers linked to Iran by the columnist, no group named -> actor2 empty, as the adjudicated "
     "spent smuggler rows; at sea -> location empty). Not coded: the recall of Bahrain's ambassador to Tehran "
     "(diplomatic), the earlier smuggling cases 'during months' (generic), the solidarity visits and cables"),
    (AY1070, "انفجار قنبلة في منطقة العكر الشرقي", "قبل عشرة أيام عند انفجار قنبلة في منطقة العكر الشرقي",
     ERV, IED, UAG, "", "Al Akr al-Sharqi", "BH", "2015-07-17", "2", "1", "exact",
     "Al Yaum (opinion column)", "reported",
     "background in the same column: 'ten days ago' (DCT 27 July - 10 -> 17 July, precision 2) a bomb exploded in the "
     "al-Akr al-Sharqi area, killing the youth, a secondary-school student, who was planting and preparing it "
     "(premature detonation of a planted bomb -> Remote explosive/landmine/IED with the bomber's side as actor1; the "
     "columnist's 'agents of Iran' names no group -> Unidentified armed group; no other target stated -> actor2 empty; "
     "1 exact)"),
    (AW425, "معارك شديدة في قلب مدينة الرمادي", "تخوض الآن معارك شديدة في قلب مدينة الرمادي",
     BAT, CLASH, MIQ, IS, "Ramadi", "IQ", "2015-08-06", "2", "", "",
     "Anbar Operations commander Maj. Gen. Qasim al-Muhammadi (to Asharq Al-Awsat); Anbar Operations Command", "reported",
     "the lead's news: with the announcement that the Iraqi security forces are carrying out the second phase of the "
     "operation to free Ramadi from ISIS, the joint forces (army, police, tribal volunteers) have cut most of ISIS's "
     "supply routes and imposed a cordon on Ramadi from three axes; the commander: 'our joint forces are now fighting "
     "fierce battles in the heart of Ramadi' (ongoing -> DCT, precision 2; cordon, advance, the destruction of 'a "
     "number of dens' east of Ramadi and the police chief's 'current battles from the Husaiba side' folded; joint "
     "forces -> Military Forces of Iraq, as the spent alwatan-1105 row of the same phase). Not coded: the first "
     "phase's recapture of 'many areas' (no place, no day), the displaced-persons decisions (humanitarian), the tribal "
     "emergency regiments' graduation, ISIS's '100 killed daily' by Iraqi and coalition aircraft and the security "
     "forces (a generic rate, no place or period)"),
    (AW425, "ضربات صاروخية مكثفة", "قامت بتوجيه ضربات صاروخية مكثفة",
     ERV, SHELL, MIQ, IS, "Albu Alwan, Ramadi", "IQ", "2015-08-06", "2", "30", "exact",
     "Anbar Operations commander Maj. Gen. Qasim al-Muhammadi (to Asharq Al-Awsat)", "claimed",
     "the commander: the joint forces directed intensive rocket strikes at ISIS positions, killing 30 'terrorists'; the "
     "rocket bombardment targeted the Albu Alwan and al-Zankura areas north of Ramadi, booby-trapping workshops and "
     "guest houses (two areas in one sentence with one toll -> one row at the first area named, as the adjudicated "
     "spent events38 alwatan-1105 Husaiba row, al-Zankura in this note, alternative two rows; ground forces' rockets "
     "-> Shelling/artillery/missile attack; '30' -> exact; DCT, precision 2; party commander only -> claimed)"),
    (AW425, "تدمير 4 أوكار", "تمكنت من تدمير 4 أوكار للدواعش",
     ERV, AIR, MIQ, IS, "Al Fallahat, Ramadi", "IQ", "2015-08-06", "2", "", "",
     "Anbar Operations commander Maj. Gen. Qasim al-Muhammadi (to Asharq Al-Awsat)", "claimed",
     "the commander: the air force's planes, with Anbar Operations intelligence, destroyed 4 ISIS dens holding a number "
     "of terrorists, leaders among them, in the al-Fallahat area east of Ramadi (Iraqi Air Force -> Military Forces of "
     "Iraq; no death stated -> fatalities empty; DCT, precision 2; claimed)"),
    (AW425, "ما زالت تحاصر مدينة الفلوجة", "القطعات ما زالت تحاصر مدينة الفلوجة",
     BAT, CLASH, MIQ, IS, "Fallujah", "IQ", "2015-08-06", "2", "", "",
     "Anbar police chief Maj. Gen. Hadi Rzeij (to Asharq Al-Awsat)", "claimed",
     "the Anbar police chief: the units are still besieging Fallujah, following a plan to separate the civilians from "
     "the enemy (ongoing siege of an ISIS-held city -> Armed clash, as the spent al-Anad siege row; DCT, precision 2; "
     "the police chief's word only -> claimed; borderline, alternative not coded as a status)"),
    (AW150, "انفجار لغم", "أن مدنيا قتل في انفجار لغم جنوب شرقي تركيا",
     ERV, IED, PKK, "Civilians (Turkey)", "", "TR", "2015-08-06", "1", "1", "exact",
     "media reports; Hurriyet (via Asharq Al-Awsat)", "reported",
     "media reports said 'yesterday' that a civilian was killed in a landmine explosion in south-east Turkey after "
     "midnight on Wednesday-Thursday (-> early Thursday 6 August, precision 1); Hurriyet: there are allegations that a "
     "youth group affiliated with the banned PKK planted the mine, which targeted the security forces working in the "
     "area (the stated attribution -> PKK, alternative Unidentified armed group since it is only 'allegations'; the "
     "victim -> Civilians (Turkey); no place below 'south-east Turkey' -> location empty; 1 exact). Not coded: the "
     "Rouhani-Erdogan phone call (diplomatic)"),
    (AW150, "غارات جوية على قواعد حزب العمال الكردستاني", "وينفذ الجيش التركي غارات جوية على قواعد حزب العمال الكردستاني في جنوب شرقي البلاد",
     ERV, AIR, MTR, PKK, "", "TR", "2015-08-07", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: the Turkish army carries out air strikes on PKK bases in the Kurdish-majority south-east of the "
     "country and in northern Iraq, causing an unknown number of casualties (one location per row: the Turkish "
     "south-east here, northern Iraq its own row; ongoing campaign, no start or day -> DCT, precision 3, as the spent "
     "undated Turkish strike aggregates; 'عدد غير معلوم' -> fatalities empty; no place -> location empty)"),
    (AW150, "وفي شمال العراق", "ذي الأغلبية الكردية، وفي شمال العراق",
     ERV, AIR, MTR, PKK, "", "IQ", "2015-08-07", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: the same sentence's second area, the Turkish air strikes on PKK bases in northern Iraq (own row, "
     "another country; DCT, precision 3; location empty, IQ, as the spent Anadolu aggregate rows)"),
    (AW150, "يهاجم المسلحون الأكراد الشرطة والجيش", "بينما يهاجم المسلحون الأكراد الشرطة والجيش داخل تركيا",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-08-07", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: meanwhile the Kurdish militants attack the police and the army inside Turkey (the PKK frame of the "
     "sentence -> PKK; police named first -> Police Forces of Turkey, the army in this note, as the spent PKK attack "
     "aggregates; no start, place or toll -> DCT, precision 3, location empty). Borderline: generic, as the adjudicated "
     "spent events19 'violence linked to the PKK' that was dropped; alternative not coded"),
    # ---- set b (no text filter) ----
    (RY706, "بضبطها عنصراً ينتمي لفيلق القدس الإيراني", "أعلنت عنها عمّان بضبطها عنصراً ينتمي لفيلق القدس الإيراني",
     SD, ARR, "Police Forces of Jordan", "Military Forces of Iran (Islamic Revolutionary Guard Corps)", "", "JO",
     "2015-08-08", "3", "", "",
     "Jordanian authorities (via Al Riyadh editorial)", "reported",
     "background in an editorial on Saudi-Jordanian relations: the latest Iranian interference, which Amman announced: "
     "it caught a member of the Iranian Quds Force who intended to carry out bombings harming Jordan's national "
     "security (arrest of a foreign force's operative planning attacks -> Arrests; the arresting body not named -> "
     "Police Forces of Jordan; 'ينتمي لفيلق القدس' states membership -> the IRGC name of the spent rows; no day -> "
     "DCT, precision 3; no place -> location empty, JO; the planned bombings folded). Borderline: a passing mention; "
     "alternative not coded. Not coded: Jordan's membership of the anti-ISIS coalition and the training of the Syrian "
     "opposition (generic), Prince Mohammed bin Salman's visit and the joint statement (diplomatic)"),
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
