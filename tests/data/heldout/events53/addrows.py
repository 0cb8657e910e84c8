"""Bookkeeping helper for the events53 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events50/addrows.py (itself from events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur36/events53/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 53 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events53/sample.py ("This set: events53, seeds 2874 / 2875, drawn at the start of stop 36 (1b8b677), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2874).shuffle, walked in order; (b) 10 with no text filter, random.Random(2875).shuffle, >=3 sources (got, by source, a: alyaum 4, aawsat 3, aleqtisadiya 1, aljazirah 1, almadina 1; b: alriyadh 4, aawsat 2, 3alyoum 1, aleqtisadiya 1, alyaum 1, okaz 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 37 rows): detection F1 0.914 before (32 matched of 33 A / 37 B rows, P 0.865, R 0.970; "
       "the matcher paired my Taiz capture row with B's background Aden row; in substance 2 A-only rows, the Taiz capture and the al-Zankoura rocket strike, and 6 B-only rows, the defence ministry's "
       "phase-one Statement, the al-Jazira strike, the two Fallujah sieges, the background Aden recapture and the generic PKK attacks aggregate; both gave rows to the same 8 articles); "
       "3 rows added from B (aawsat-738 Statement of the end of phase one, 23 July, Habbaniyah Base: the lead's official declaration; aawsat-738 and aawsat-425 Fallujah sieges, Armed clash, as the spent adjudicated events32 al-Anad siege); "
       "2 rows dropped (alyaum-2199 Taiz capture of buildings, folded into the Taiz street-war row as B: captures in the same place and days, no date of their own; aawsat-425 al-Zankoura rocket strike, folded into the Albu Alwan row as B, which now carries the one stated toll, 30 exact, as the spent events38 Husaiba row); "
       "3 locations changed to B's ('Ar Rayhanah, Anah'; '40 Street, Fallujah', the street the text names; 'Al Fallahat, Ramadi', the shadda of الفلاحات) and 1 actor2 (alriyadh-706 'Military Forces of Iran (Islamic Revolutionary Guard Corps)', first '(Quds Force)'); "
       "kept against B: 'As Sawad Camp, Sanaa' (sun-letter form), 'Al Karmah' (a town, as 'Rawa' and 'Kubaisa'), "
       "al-Jazira folded into Rawa, no background Aden row (the expulsion is the Tawahi capture), no PKK-attacks aggregate (generic, as the spent events19/26 decisions); "
       "every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
ARR = "Arrests"
GRT = "Government regains territory"
HOU = "Houthis"
UAG = "Unidentified armed group"
COAL = "Saudi-led coalition"
RES = "Yemeni Resistance"
IS = "Islamic State"
MFI = "Military Forces of Iraq"
YAUM2199 = "SN-alyaum-20150721-2199"
MAD584 = "SN-almadina-20150811-584"
AWS738 = "SN-aawsat-20150724-738"
YAUM1036 = "SN-alyaum-20150802-1036"
YAUM1070 = "SN-alyaum-20150727-1070"
AWS425 = "SN-aawsat-20150806-425"
AWS150 = "SN-aawsat-20150807-150"
RIY706 = "SN-alriyadh-20150808-706"
Y2199 = "Al Yaum"
WMC = "Iraqi War Media Cell statement (via Asharq Al-Awsat)"
MOH = "Anbar Operations commander Maj. Gen. Qasim al-Mohammadi (to Asharq Al-Awsat)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    # Yemen round-up (alyaum-2199, DCT Tuesday 21 July; no day stated anywhere in the text)
    (YAUM2199, "استعادت المقاومة الشعبية", "استعادت المقاومة الشعبية والجيش الوطني القصر الرئاسي",
     BAT, GRT, RES, HOU, "Tawahi, Aden", "YE", "2015-07-21", "2", "", "",
     Y2199, "reported",
     "the title's news: the popular resistance and the national army recaptured the presidential palace in the Tawahi "
     "district of Aden and took full control of the district, the rebels' last stronghold, seizing the radio and TV, "
     "Political Security, 4th Military Region command and naval base buildings (the title's 'تستعيد القصر الرئاسي', the "
     "'دخول حي التواهي' paragraph, the wide sweep and clashes with the remnants, and the later 'طرد ميليشيات الحوثي منها' are the "
     "same event -> one row; the palace is inside Tawahi -> 'Tawahi, Aden', as the spent alwatan-1340 and aljazirah-980 rows; "
     "pro-Hadi resistance and army -> Yemeni Resistance; Houthis and Saleh's forces -> Houthis; the text gives no day -> "
     "DCT, precision 2, as the spent alwatan-1340 row (the spent aljazirah-980 text dated it 20 July)). Not coded: the "
     "Houthi leaders moving their families out of Sanaa, the officers' refusal to fight and the forced recruitment of tribal "
     "fighters in civilian clothes (generic), the arming of new fighters from army stores in Ibb and Taiz, Hadi's "
     "appointment of Nayef al-Bakri as governor of Aden (administrative), the destruction of Aden airport and the Houthi "
     "shelling of power stations and oil facilities 'more than once' (undated, generic)"),
    (YAUM2199, "معسكر السواد", "غارات جوية على مخازن الأسلحة في معسكر السواد جنوب صنعاء، فيما",
     ERV, AIR, COAL, HOU, "As Sawad Camp, Sanaa", "YE", "2015-07-21", "2", "", "",
     Y2199, "reported",
     "the coalition aircraft carried out several air raids on the weapons stores in the al-Sawad camp south of Sanaa (the "
     "title's 'غارات على صنعاء' and the repeat in the 'غارات' paragraph are the same event -> one row; the camp's holders not "
     "named, the Houthi/Saleh side -> Houthis; no day -> DCT, precision 2; a named camp by a city -> 'Place, City', as the "
     "spent 'Labouza Camp, Lahij'; 'السواد' written with the sun-letter article, as the spent adjudicated 'Ar Riqqa' and "
     "'As Sailah', kept in adjudication against B's 'Al Sawad Camp, Sanaa'; no toll)"),
    (YAUM2199, "منطقة الفاو", "من السيطرة على مواقع لمليشيات الحوثي في منطقة الفاو",
     BAT, GRT, RES, HOU, "Al Faw, Marib", "YE", "2015-07-21", "2", "", "",
     Y2199, "reported",
     "the popular resistance in Marib governorate took positions of the Houthi militias in the al-Faw area (capture -> "
     "Government regains territory, the pro-Hadi resistance as the spent rows; 'Al Faw, Marib' as the spent events32 "
     "aleqtisadiya-790 row of the same capture, which its text dated 20 July; this text gives no day -> DCT, precision 2)"),
    (YAUM2199, "سيطروا على مثلث العند", "المقاومة والجيش الوطني سيطروا على مثلث العند",
     BAT, GRT, RES, HOU, "Al Anad Triangle", "YE", "2015-07-21", "2", "", "",
     "Al Yaum (news reports)", "reported",
     "on the Lahij front the news says the resistance and the national army took the al-Anad triangle and are heading for "
     "the base, on the outskirts of the Labouza camp; the later 'al-Anad base and Tao' paragraph repeats it (the resistance "
     "a few metres from the Labouza brigade after taking the triangle; the advance came after battles under intense "
     "coalition air cover on rebel hideouts) -> one row, the air cover and the 'violent, continuous confrontations for "
     "several days' in Lahij folded; 'Al Anad Triangle' as the spent events19 alweeam-1640 row of the same capture; no "
     "day -> DCT, precision 2). 'تفيد الأنباء' is the outlet citing news reports, not a party -> reported"),
    (YAUM2199, "بقصف صاروخي", "في حي دار سعد شمال مدينة عدن بقصف صاروخي",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-21", "2", "60", "at_least",
     Y2199, "reported",
     "'the Dar Saad massacre': the latest violation of the Houthi and Saleh militias, after their defeat in Aden, was a "
     "massacre killing at least 60 civilians, children and women among them, and wounding more than 200 in the Dar Saad "
     "district north of Aden with rocket shelling ('ما لا يقل عن 60' -> 60 at_least; rocket shelling -> "
     "Shelling/artillery/missile attack, as the spent Dar Saad rows; no day in the text -> DCT, precision 2, as the spent "
     "events19 alweeam-1640 row). Not coded: the militias' refusal to let the Red Cross bring in fuel tankers for the water "
     "pumps (humanitarian access, no violence)"),
    (YAUM2199, "حرب شوارع", "وتخوض حاليا حرب شوارع للسيطرة على مبنى البريد",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-07-21", "2", "", "",
     Y2199, "reported",
     "in Taiz the popular resistance took a number of buildings, among them the headquarters of Saleh's party, the "
     "telecommunications building and others, and is now fighting a street war to take the post office building and "
     "advance on the security directorate, with dozens of Houthi/Saleh militiamen killed and wounded ('عشرات القتلى والجرحى' -> "
     "fatalities empty; ongoing, 'حاليا' -> DCT, precision 2; the earlier 'violent and continuous confrontations for "
     "several days' in Taiz folded here). Adjudicated, as B: the captured buildings are folded here (captures in the same "
     "place and days, no date of their own); my first version gave them their own Government regains territory row, after "
     "the spent events23 aawsat-72 row, whose text dated the capture 'three days ago'. Alternative: that separate GRT row"),
    (YAUM2199, "أربع غارات", "كما شن أربع غارات على مواقع مليشيات الحوثي في منطقة حرض",
     ERV, AIR, COAL, HOU, "Haradh, Hajjah", "YE", "2015-07-21", "2", "", "",
     Y2199, "reported",
     "the coalition aircraft carried out four raids on Houthi positions in the Haradh area of Hajjah governorate, on the "
     "Saudi border (one location per row; 'Haradh, Hajjah' as the spent rows; no day -> DCT, precision 2)"),
    (YAUM2199, "عدة غارات جوية على مواقع ومعسكرات", "كما شن عدة غارات جوية على مواقع ومعسكرات مليشيات الحوثي في محافظة مأرب",
     ERV, AIR, COAL, HOU, "Marib", "YE", "2015-07-21", "2", "", "",
     Y2199, "reported",
     "the coalition also carried out several air raids on Houthi positions and camps in Marib governorate (governorate "
     "only -> 'Marib'; DCT, precision 2)"),
    (YAUM2199, "ست غارات جوية", "وشن ست غارات جوية على مواقع مليشيات الحوثي في محافظة عمران",
     ERV, AIR, COAL, HOU, "Amran", "YE", "2015-07-21", "2", "", "",
     Y2199, "reported",
     "six coalition air raids on Houthi positions in Amran governorate (governorate only -> 'Amran'; DCT, precision 2)"),
    (YAUM2199, "ثلاث غارات جوية", "ثلاث غارات جوية على مواقع مليشيات الحوثي في محافظة الجوف",
     ERV, AIR, COAL, HOU, "Al Jawf", "YE", "2015-07-21", "2", "", "",
     Y2199, "reported",
     "in addition three coalition air raids on Houthi positions in al-Jawf governorate (governorate only -> 'Al Jawf'; DCT, "
     "precision 2)"),
    # Abha column (almadina-584, DCT 11 August)
    (MAD584, "تفجير مسجد الطوارئ في أبها", "ومنها تفجير مسجد الطوارئ في أبها",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-11", "3", "", "",
     "Al Madina (opinion column)", "reported",
     "background in an opinion column on the media: 'the criminal events, among them the bombing of the Emergency [Forces] "
     "mosque in Abha'; the quoted Grand Mosque imam's 'تفجير عسير' (killing of worshippers) is the same event -> one row "
     "(only 'تفجير' -> the generic explosive sub-type, as the spent adjudicated alriyadh-796 column row; no perpetrator "
     "named ('الخوارج' is a label) -> Unidentified armed group; the Emergency Forces' mosque -> Police Forces of Saudi Arabia, as "
     "the spent rows; no temporal word in a column -> DCT, precision 3, as alriyadh-796; no toll). Not coded: the generic "
     "explosive belts and mosque bombings (commentary)"),
    # Anbar (aawsat-738, DCT Friday 24 July; 'أمس' = 23 July)
    (AWS738, "انتهاء أول مرحلة", "أعلنت وزارة الدفاع في العراق انتهاء أول مرحلة",
     "Statement", "", MFI, IS, "Habbaniyah Base", "IQ", "2015-07-23", "1", "", "",
     "Iraqi Ministry of Defence; Defence Minister Khalid al-Obeidi (press conference, attended by Asharq Al-Awsat)", "reported",
     "adjudicated, added from B: the lead: the Iraqi Ministry of Defence announced the successful end of the first phase of "
     "the operation to retake Anbar from ISIS; the defence minister, at a press conference at the al-Habbaniyah base in "
     "Anbar 'yesterday' (DCT Friday 24 July -> 23 July, precision 1), said the joint forces had reached the outskirts of "
     "Ramadi and announced that the second phase, the storming of Ramadi, would start soon (an official declaration of "
     "victory and of an operation start that is the article's lead -> Statement, as the spent Yemeni defence-ministry "
     "Statement rows; the ministry -> Military Forces of Iraq; the place stated -> 'Habbaniyah Base'). Borderline: the "
     "title's news is the university; my first version folded the announcement into the university row"),
    (AWS738, "تطويق جامعة الأنبار", "أعلن جهاز مكافحة الإرهاب عن تطويق جامعة الأنبار",
     BAT, CLASH, MFI, IS, "Anbar University, Ramadi", "IQ", "2015-07-24", "2", "", "",
     "Iraqi Counter-Terrorism Service, spokesman Sabah al-Numan (to Asharq Al-Awsat)", "reported",
     "the title's news ('Iraqi forces near the liberation of Anbar University', stated as fact -> reported): the "
     "Counter-Terrorism Service announced it had encircled Anbar University (3 km south of Ramadi), cut the supplies of "
     "the ISIS fighters besieged inside and isolated them, before storming it; the spokesman: the forces surround the "
     "university, whose buildings are mined (the encirclement and siege of an ISIS-held position -> Armed clash, no "
     "capture yet; CTS -> Military Forces of Iraq, as the spent events27 Anbar University row; no day for the announcement "
     "-> DCT, precision 2). Folded: the intensified offensive on Anbar's towns and the move on the western areas (generic). "
     "The defence minister's announcement is its own Statement row (adjudicated). Not coded: the planned second phase (storming Ramadi) and the planned storming of the university (expectations), the "
     "engineers' dismantling of IEDs over 45 km and the detonation of others from the air (clearance)"),
    (AWS738, "منطقة الطاش", "وحررت مناطق مهمة كمنطقة الطاش",
     BAT, GRT, MFI, IS, "Al Tash, Ramadi", "IQ", "2015-07-24", "2", "", "",
     "Iraqi Counter-Terrorism Service spokesman Sabah al-Numan (to Asharq Al-Awsat)", "claimed",
     "the CTS spokesman: our forces advanced 'during the past days' in the southern sector and freed important areas such "
     "as al-Tash, which was a stronghold of the terrorists (the one named place -> own row; 'خلال الأيام الماضية' -> DCT, "
     "precision 2; only in the spokesman's words -> claimed)"),
    (AWS738, "ناحية الريحانة", "في ناحية الريحانة التابعة لقضاء عنه",
     ERV, AIR, MFI, IS, "Ar Rayhanah, Anah", "IQ", "2015-07-24", "2", "1", "at_least",
     WMC, "claimed",
     "the War Media Cell's statement (three 'prominent' ISIS leaders killed by air strikes in Anbar): the military aviation "
     "bombed ISIS targets in the al-Rayhana subdistrict of Anah district and in Rawa district and the Jazira, killing and "
     "wounding 'numbers' of ISIS members; the strike killed Talal Khamis Alloush al-Jughaifi, an ISIS leader in the "
     "subdistrict (one location per row: Rayhana here, adjudicated spelling 'Ar Rayhanah, Anah' (B's; first 'Rayhana, Anah'); Iraqi military aviation -> Military Forces of Iraq; one named death, "
     "the full toll vague -> 1 at_least; no day -> DCT, precision 2; a party's statement -> claimed)"),
    (AWS738, "وقضاء راوة", "لقضاء عنه وقضاء راوة والجزيرة",
     ERV, AIR, MFI, IS, "Rawa", "IQ", "2015-07-24", "2", "", "",
     WMC, "claimed",
     "same War Media Cell statement, second named place: the strikes on ISIS targets in Rawa district 'and the Jazira' (the "
     "Jazira, a desert region, not a town, folded here ('قضاء راوة والجزيرة' read as Rawa district and its Jazira; kept in "
     "adjudication against B's own 'Al Jazira, Anbar' row, which is the alternative); the killed and wounded 'numbers' are vague -> fatalities empty; DCT, "
     "precision 2; claimed)"),
    (AWS738, "قصفا مدفعيا", "قصفا مدفعيا من قبل القوات الأمنية المشتركة في قاطع الكرمة",
     ERV, SHELL, MFI, IS, "Al Karmah", "IQ", "2015-07-24", "2", "1", "exact",
     WMC, "claimed",
     "same statement: artillery shelling by the joint security forces in the al-Karma sector killed Omar Asaad Sarih "
     "al-Khalifawi, a security leader of ISIS in the Albu Khalifa area (joint forces -> Military Forces of Iraq; one "
     "stated death -> 1 exact; DCT, precision 2; claimed; 'Al Karmah', a town, written alone as 'Rawa' and 'Kubaisa', "
     "kept in adjudication against B's 'Al Karmah, Anbar')"),
    (AWS738, "تم قتل الإرهابي محمد عبود", "«تم قتل الإرهابي محمد عبود فرج الشيحاوي",
     ERV, AIR, MFI, IS, "Albu Aifan, Saqlawiyah", "IQ", "2015-07-24", "2", "1", "exact",
     WMC, "claimed",
     "same statement: Mohammed Abboud Faraj al-Shihawi, ISIS's military emir of the Albu Aifan area near the al-Shiha "
     "bridge north of Fallujah district, in al-Saqlawiyah subdistrict, was killed (the lead's 'مقتل ثلاثة قياديين ... بضربات "
     "جوية ... من بينهم ... الأمير العسكري لمنطقة البوعيفان' is the same event -> one row, air strike from the lead; the "
     "place as the text ties it -> 'Albu Aifan, Saqlawiyah'; 1 exact; DCT, precision 2; claimed)"),
    (AWS738, "خروج مظاهرة", "وشهدت مدينة الفلوجة أمس خروج مظاهرة لسكانها المحاصرين",
     "Protests", "Protest with intervention", "Protesters (Iraq)", IS, "40 Street, Fallujah", "IQ", "2015-07-23", "1", "", "",
     "Asharq Al-Awsat; Fallujah residents (to Asharq Al-Awsat)", "reported",
     "'yesterday' (DCT Friday 24 July -> 23 July) the besieged residents of Fallujah demonstrated, demanding that ISIS let "
     "them leave the city before the Iraqi forces enter it; dozens marched with banners and 40 Street in the centre filled "
     "with demonstrators; residents: ISIS gunmen arrested the demonstrators, fired shots at those who fled, and took a "
     "large number to an unknown destination (arrests and shots with no injury stated -> Protest with intervention, "
     "actor2 the force that dispersed them, Islamic State; alternative Excessive force against protesters; the abductions "
     "folded; 'شارع 40 وسط المدينة' -> '40 Street, Fallujah', adjudicated, as B, the most specific place the text names, as "
     "the spent 'Tahrir Square, Baghdad' rows; first 'Fallujah'; the outlet states the demonstration as fact -> reported)"),
    (AWS738, "حصار المدينة من الجهات الأربع", "استكملت القوات العراقية المشتركة حصار المدينة من الجهات الأربع",
     BAT, CLASH, MFI, IS, "Fallujah", "IQ", "2015-07-24", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "adjudicated, added from B: in Fallujah (50 km east of Ramadi) the Iraqi joint forces completed the siege of the city "
     "from all four sides, preparing to enter it and free it from ISIS (a siege of an enemy-held city stated as fact -> "
     "Armed clash, as the spent adjudicated events32 aawsat-272 al-Anad siege row; joint forces -> Military Forces of Iraq; "
     "no day -> DCT, precision 2; the outlet's own voice -> reported). My first version left it out as a siege with no "
     "fighting described. Not coded: ISIS's capture of Fallujah 'since the beginning of last year' (2014, more than 12 "
     "months before the DCT)"),
    (AWS738, "ثورة شعبية", "ثورة شعبية كان آخرها في منطقة كبيسة",
     BAT, CLASH, UAG, IS, "Kubaisa", "IQ", "2015-07-24", "3", "", "",
     "Fallujah residents (to Asharq Al-Awsat)", "reported",
     "background, borderline: the residents: Fallujah and the other ISIS-held towns of Anbar have seen a popular "
     "revolution, the latest in the Kubaisa area (70 km west of Ramadi), where many ISIS gunmen were killed by the "
     "revolutionaries from the town's people (armed townsmen killing ISIS fighters -> Armed clash; the revolutionaries are "
     "not a named group -> Unidentified armed group, alternative a communal/tribal militia; 'many' -> fatalities empty; no "
     "day -> DCT, precision 3). Alternative: not coded (undated, vague)"),
    # Duma and its aftermath (alyaum-1036, DCT Sunday 2 August)
    (YAUM1036, "أحرق مهاجمان", "بعد أن أحرق مهاجمان يشتبه",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-07-31", "1", "1", "exact",
     "Al Yaum (Reuters)", "reported",
     "background (the news is Abbas's pledge to the Meretz delegation 'today Sunday'): 'two days' before (DCT Sunday 2 "
     "August -> Friday 31 July) an 18-month-old Palestinian baby was killed after two attackers suspected to be Jewish "
     "extremists set fire to a house in the village of Duma in the West Bank (the 'crime in Duma', 'the Duma attack' and "
     "'the burning of the house in Duma' are the same event -> one row; Jewish extremists -> Settlers (Israel), as the "
     "spent Duma rows; the mother, father and brother badly burned; one death stated -> 1 exact, as the spent events44 "
     "alyaum-1001 row of the same Reuters story). Not coded: Abbas's statements, the international condemnations, and "
     "the Israeli officials' plan to hold Israelis suspected of political violence in administrative detention without "
     "trial (a legal measure, as the spent events44 decision)"),
    (YAUM1036, "مواجهات بين الجيش الاسرائيلي والشبان الفلسطينيين", "وأعقب هذا الحادث مواجهات بين الجيش الاسرائيلي والشبان الفلسطينيين",
     "Riots", "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel", "Ramallah", "PS", "2015-07-31", "2", "1", "exact",
     "Al Yaum (Reuters)", "reported",
     "the incident was followed by clashes between the Israeli army and Palestinian youths in the West Bank, in which an "
     "18-year-old was killed near Ramallah (Palestinian youths clashing with the army -> Riots/Violent demonstration vs "
     "Military Forces of Israel, as the spent events41 Burqin and events47 Issawiya rows; the one named place, where the "
     "death was -> 'Ramallah'; 1 exact; 'after' the Friday arson, no day -> 31 July, precision 2, as the spent 'after the "
     "bombing' rows)"),
    (YAUM1036, "برصاص الجيش الاسرائيلي", "كما قتل فلسطيني اخر برصاص الجيش الاسرائيلي على الحدود",
     VAC, "Attack", "Military Forces of Israel", "Civilians (Palestine)", "Gaza Strip", "PS", "2015-07-31", "2", "1", "exact",
     "Al Yaum (Reuters)", "reported",
     "another Palestinian was killed by Israeli army fire on the border with the Gaza Strip (no clash or protest "
     "described -> Violence against civilians/Attack, as the spent events23 Dheisheh row; the text names only the Gaza "
     "border -> 'Gaza Strip'; 1 exact; in the same aftermath sentence -> 31 July, precision 2)"),
    # Bahrain (alyaum-1070, DCT Monday 27 July)
    (YAUM1070, "شبكة تهريب متفجرات", "أعلنت البحرين عن اكتشافها شبكة تهريب متفجرات",
     SD, "Disrupted weapons use", "Police Forces of Bahrain", "", "", "BH", "2015-07-25", "2", "", "",
     "Bahraini government (via Al Yaum)", "reported",
     "background (the article is a report/commentary on Iran's 'Eid gift' to Bahrain): 'two days ago' (DCT 27 July -> 25 "
     "July) Bahrain announced it had uncovered a network smuggling dangerous explosives, weapons and equipment, which the "
     "Bahraini security forces seized at sea, and arrested a group it said meant to bring the explosives into Bahrain for "
     "bombings (seizure of explosives -> Disrupted weapons use, the arrests folded, as the spent events36/49 Bahrain rows "
     "of the same seizure; security forces -> Police Forces of Bahrain; the group is not named (Iran's agents in the "
     "writer's words) -> actor2 empty, as the spent rows; at sea -> location empty; the announcement day, the seizure on or "
     "before it -> precision 2). The caption 'جانب من المضبوطات' is the same seizure. Not coded: the 'several' smuggling "
     "and bomb-making cases uncovered over the months (generic), Bahrain's recall of its ambassador to Tehran "
     "(diplomatic), Khamenei's threats and the tribes' statements (speech)"),
    (YAUM1070, "انفجار قنبلة", "عند انفجار قنبلة في منطقة العكر الشرقي",
     ERV, IED, UAG, "", "Al Akr al-Sharqi", "BH", "2015-07-17", "2", "1", "exact",
     "Al Yaum", "reported",
     "background, borderline: 'ten days ago' (DCT 27 July -> 17 July, precision 2) a bomb exploded in the al-Akr al-Sharqi "
     "area, killing the boy who was planting and preparing it, a secondary-school student 'apparently' misled by Iran's "
     "agents (a bomb set by an unnamed cell that killed its planter -> Remote explosive/landmine/IED, Unidentified armed "
     "group, actor2 empty: no target hit; 1 exact). Alternative: not coded (a premature detonation)"),
    # Anbar (aawsat-425, DCT Thursday 6 August)
    (AWS425, "معارك شديدة في قلب مدينة الرمادي", "تخوض الآن معارك شديدة في قلب مدينة الرمادي",
     BAT, CLASH, MFI, IS, "Ramadi", "IQ", "2015-08-06", "2", "", "",
     "Asharq Al-Awsat; Anbar Operations Command (commander Maj. Gen. Qasim al-Mohammadi)", "reported",
     "with the announced second phase of the operation to free Ramadi from ISIS, the battles widen: the Anbar operations "
     "commander says the joint forces (army, police, tribal volunteers) are 'now' fighting fierce battles in the heart of "
     "Ramadi (the outlet states the second phase and the battles in its own voice -> reported; joint forces -> Military "
     "Forces of Iraq, police and tribes in this note; ongoing -> DCT, precision 2). Folded: the encirclement of Ramadi "
     "from three axes and the cut supply lines, the destruction of 'a number of dens' east of Ramadi, the police "
     "commander's 'excellent advance' and the current battles on the Husaiba side (same battle). Not coded: the first "
     "phase's recaptures (no place or day), ISIS's losses of "
     "'more than 100 a day' to Iraqi and coalition aircraft (a rate, no place or day), the displaced-persons measures"),
    (AWS425, "البوعلوان", "استهدفت منطقتي البوعلوان والزنكورة",
     ERV, SHELL, MFI, IS, "Albu Alwan, Ramadi", "IQ", "2015-08-06", "2", "30", "exact",
     MOH, "claimed",
     "the commander: the joint security forces directed intensive rocket strikes on ISIS positions, killing 30 terrorists; "
     "the rocket bombardment targeted the Albu Alwan and al-Zankoura areas north of Ramadi, bomb-making workshops and guest "
     "houses of the terrorists (rockets by ground forces -> Shelling/artillery/missile attack; two areas in one sentence "
     "with one stated toll -> one row at the first area named, al-Zankoura folded here, 30 exact; adjudicated, as B, after "
     "the spent events38 alwatan-1105 Husaiba row and the events39 'one shared toll -> one row' rule, which keep a stated "
     "number a split would lose; my first version had two rows, Albu Alwan and 'Zankoura, Ramadi', fatalities empty on "
     "both, as the spent events42 al-Fuaa/Kafraya split; alternative that split; no day -> DCT, precision 2; the commander's words -> claimed)"),
    (AWS425, "4 أوكار", "تمكنت من تدمير 4 أوكار للدواعش",
     ERV, AIR, MFI, IS, "Al Fallahat, Ramadi", "IQ", "2015-08-06", "2", "", "",
     MOH, "claimed",
     "the commander: Air Force aircraft, in coordination with Anbar operations intelligence, destroyed 4 ISIS dens holding "
     "a number of terrorists, leaders among them, in the al-Fallahat area east of Ramadi (adjudicated spelling, B's, for "
     "the shadda of 'الفلاحات'; first 'Al Falahat, Ramadi'; Iraqi Air Force -> Military Forces "
     "of Iraq; no toll; DCT, precision 2; claimed)"),
    (AWS425, "ما زالت تحاصر مدينة الفلوجة", "القطعات ما زالت تحاصر مدينة الفلوجة",
     BAT, CLASH, MFI, IS, "Fallujah", "IQ", "2015-08-06", "2", "", "",
     "Anbar police chief Maj. Gen. Hadi Razij (to Asharq Al-Awsat)", "claimed",
     "adjudicated, added from B: the Anbar police chief: the units are still besieging Fallujah, following a plan to "
     "separate the civilians from the enemy so that there are no civilian losses (an ongoing siege of an ISIS-held city "
     "-> Armed clash, as the spent adjudicated events32 al-Anad siege row and this set's aawsat-738 Fallujah row; DCT, "
     "precision 2; only in the police chief's words -> claimed). Borderline: a status with no fighting described; the "
     "alternative is no row"),
    # Turkey (aawsat-150, DCT Friday 7 August)
    (AWS150, "انفجار لغم", "أن مدنيا قتل في انفجار لغم جنوب شرقي تركيا",
     ERV, IED, "PKK: Kurdistan Workers Party", "Civilians (Turkey)", "", "TR", "2015-08-06", "1", "1", "exact",
     "media reports; Hurriyet (via Asharq Al-Awsat)", "reported",
     "media reports 'yesterday': a civilian was killed by a landmine explosion in south-eastern Turkey after midnight "
     "Wednesday-Thursday (-> Thursday 6 August, precision 1); Hurriyet: there are allegations that a youth group "
     "affiliated with the banned PKK planted the mine, which targeted the security forces in the area (the one named "
     "perpetrator, a PKK affiliate, attributed by local media -> PKK, as the spent events41 Silopi row; alternative "
     "Unidentified armed group, since only 'allegations' are reported; the victim -> Civilians (Turkey); no place beyond "
     "the south-east -> location empty; 1 exact). Not coded: the Rouhani-Erdogan phone call (diplomatic) and the generic "
     "'Kurdish militants attack the police and army inside Turkey' (no place, day or act)"),
    (AWS150, "غارات جوية على قواعد حزب العمال", "وينفذ الجيش التركي غارات جوية على قواعد حزب العمال",
     ERV, AIR, "Military Forces of Turkey", "PKK: Kurdistan Workers Party", "", "TR", "2015-08-07", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: the Turkish army carries out air strikes on PKK bases in the Kurdish-majority south-east of the country "
     "and in northern Iraq, with an unknown number of victims (one row per country, as the spent events19/26 splits of "
     "the Turkish strike aggregates; this row the south-east, TR, location empty; no start given -> DCT, precision 3; "
     "'عدد غير معلوم' -> fatalities empty)"),
    (AWS150, "وفي شمال العراق", "ذي الأغلبية الكردية، وفي شمال العراق",
     ERV, AIR, "Military Forces of Turkey", "PKK: Kurdistan Workers Party", "", "IQ", "2015-08-07", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: the same Turkish air strikes on PKK bases in northern Iraq (the IQ row of the split; location empty, as "
     "the spent IQ aggregates; DCT, precision 3)"),
    # ---- set b (no text filter) ----
    (RIY706, "بضبطها عنصراً", "أعلنت عنها عمّان بضبطها عنصراً ينتمي لفيلق القدس",
     SD, ARR, "Police Forces of Jordan", "Military Forces of Iran (Islamic Revolutionary Guard Corps)", "", "JO", "2015-08-08", "3", "", "",
     "Al Riyadh (editorial)", "reported",
     "background in an editorial on Saudi-Jordanian relations: Iran's destabilising interventions, 'perhaps the latest' "
     "the one Amman announced, its seizure of a member of the Iranian Quds Force who meant to carry out bombings against "
     "Jordan's national security (an arrest of a foreign force member planning bombings -> Arrests; the arresting force is "
     "not named -> Police Forces of Jordan, as the spent unnamed-force rows; membership stated ('ينتمي') -> Military Forces "
     "of Iran (Islamic Revolutionary Guard Corps), adjudicated, as B: the Quds Force is the IRGC's foreign branch and the "
     "IRGC form is the one the spent events18-50 rows use; first 'Military Forces of Iran (Quds Force)'; no place -> location empty, JO; no temporal word -> DCT, precision 3). "
     "Not coded: Jordan's part in the coalition against ISIS 'since the start of the campaign', its training of the Syrian "
     "opposition (generic), the US Congress bill, the refugee figures and the visit of Prince Mohammed bin Salman "
     "(diplomatic)"),
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
