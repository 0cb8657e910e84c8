"""Bookkeeping helper for annotator B of the events36 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur31/events36/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 36 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2820/2821, drawn at the start of stop 31, main 88152d2, per its docstring: "This set: events36, seeds 2820 / 2821, drawn at the start of stop 31 (main 88152d2), 2026-11-27."). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2820).shuffle, walked in order; (b) 10 with no text filter: random.Random(2821).shuffle, walked in order, >=3 sources (got, by source, a: alriyadh 3, aawsat 2, 3alyoum 1, aljazirah 1, almadina 1, alwatan 1, okaz 1; b: aawsat 2, alriyadh 2, alyaum 2, aleqtisadiya 1, almadina 1, alwatan 1, sabq 1).
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
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
ATT = "Attack"
CLASH = "Armed clash"
GRT = "Government regains territory"
DWU = "Disrupted weapons use"
UAG = "Unidentified armed group"
RES = "Yemeni Resistance"
HOU = "Houthis"
CYE = "Civilians (Yemen)"
PFSA = "Police Forces of Saudi Arabia"
MFSA = "Military Forces of Saudi Arabia"
RI1143 = "SN-alriyadh-20150731-1143"
AW157 = "SN-aawsat-20150810-157"
WT2223 = "SN-alwatan-20150806-2223"
OK1855 = "SN-okaz-20150722-1855"
AY69 = "SN-3alyoum-20150725-69"
JZ512 = "SN-aljazirah-20150811-512"
AW150 = "SN-aawsat-20150811-150"
YM1051 = "SN-alyaum-20150808-1051"
SB1241 = "SN-sabq-20150801-1241"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RI1143, "على موقع استراتيجي", "على موقع استراتيجي كان في قبضة الحوثيين",
     BAT, GRT, RES, HOU, "Tabat Masoud, Taiz", "YE", "2015-07-31", "2", "", "",
     "Al Riyadh (a Popular Resistance source)", "reported",
     "the title's news: the popular resistance in Taiz took a strategic site held by the Houthis and Saleh's forces; a "
     "resistance source: it took Tabat Masoud (تبة مسعود) in Mashraa district after an attack on the village of Hadnan on "
     "Jabal Sabr, and seized several military vehicles of the Houthis and Saleh's forces (folded); the clashes that "
     "'still continue' in Hadnan, where the resistance seeks to free the village, are folded into this battle row (same "
     "front, same days), as the spent adjudicated aawsat-272 Tabat Masoud row of the same wire story (outlet states the "
     "capture as fact first -> reported; no day -> DCT, precision 2; Houthis and Saleh's forces -> Houthis; no toll "
     "in this text -> fatalities empty; 'Tabat Masoud, Taiz' as the spent row)"),
    (RI1143, "هجوماً استهدف دورية عسكرية", "نفذت المقاومة الشعبية هجوماً استهدف دورية عسكرية تابعة للحوثيين",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-07-31", "2", "4", "exact",
     "Al Riyadh", "reported",
     "'in another context' the popular resistance attacked a Houthi military patrol east of Taiz city, killing four "
     "Houthis and wounding three (attack on an armed patrol -> Armed clash; east of the city -> 'Taiz'; no day -> DCT, "
     "precision 2; as the spent aawsat-272 row)"),
    (RI1143, "منذ زحف الحوثيين وقوات صالح إليها", "منذ زحف الحوثيين وقوات صالح إليها منذ حوالي أربعة أشهر",
     BAT, CLASH, HOU, RES, "Taiz", "YE", "2015-03-31", "3", "", "",
     "Al Riyadh", "reported",
     "aggregate: Taiz city has seen violent clashes between the two sides since the Houthis and Saleh's forces marched "
     "on it about four months ago, leaving dozens killed and wounded, civilians among them ('عشرات' -> fatalities empty; "
     "the Houthis' march -> actor1 Houthis; period start DCT 31 July - 4 months -> 31 March, precision 3, as the spent "
     "aawsat-272 aggregate)"),
    (AW157, "بصاروخ (لو)", "في مديرية الضحى بالحديدة بصاروخ (لو)",
     BAT, CLASH, RES, HOU, "Al Duha, Al Hudaydah", "YE", "2015-08-10", "2", "", "",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "eyewitnesses: the Tihama popular resistance targeted a checkpoint of the Houthi gunmen in al-Duha district (مديرية "
     "الضحى, Hodeidah governorate) with a LAW rocket, killing and wounding Houthi gunmen (no number -> fatalities empty; "
     "rocket on an armed checkpoint -> Armed clash, as the spent 3alyoum-44 Hajjah and alyaum-938 Hodeidah rows, "
     "alternative Shelling/artillery/missile attack; no day -> DCT, precision 2; witnesses quoted by the outlet -> "
     "reported). The lead's escalation of the Tihama resistance's 'qualitative attacks' on patrols, checkpoints and "
     "gatherings across Tihama is the generic frame of the three dated-less attacks -> folded into them"),
    (AW157, "مقر حزب الإصلاح", "تجمع للمسلحين الحوثيين في مقر حزب الإصلاح الذي يسيطرون عليه بمدينة الحديدة",
     BAT, CLASH, RES, HOU, "Islah Party Headquarters, Al Hudaydah", "YE", "2015-08-10", "2", "", "",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "same witnesses: another attack on a gathering of the Houthi gunmen in the Islah party headquarters, which they "
     "control, in Hodeidah city (a named landmark of the city -> 'Place, City', as the spent 'Al Sharif Hotel, Taiz'; "
     "alternative 'Al Hudaydah'; no toll for this attack; no day -> DCT, precision 2)"),
    (AW157, "بجوار مستبا", "واستهداف نقطة للحوثيين بجوار مستبا محافظة حجة",
     BAT, CLASH, RES, HOU, "Mustaba, Hajjah", "YE", "2015-08-10", "2", "", "",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "same witnesses: a Houthi checkpoint next to Mustaba, Hajjah governorate, was targeted, with 'reports of killed and "
     "wounded' (vague -> fatalities empty; the attacker is the Tihama resistance of the sentence; a different place -> own "
     "row; 'Mustaba, Hajjah' as the spent 'Haradh, Hajjah'; no day -> DCT, precision 2)"),
    (AW157, "بالقصف العشوائي على منطقة عقاقة", "بالقصف العشوائي على منطقة عقاقة مع طلبهم من الأهالي إخلاء مساكنهم",
     ERV, SHELL, HOU, CYE, "Aqaqa, Taiz", "YE", "2015-08-10", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "in Taiz city the Houthis and Saleh's supporters shelled the Aqaqa area indiscriminately and asked the residents to "
     "leave their homes (residential area shelled -> Civilians (Yemen), as the spent Houthi shelling rows in Taiz; Houthis "
     "and Saleh's forces -> Houthis; no toll; no day -> DCT, precision 2). Folded here: al-Mikhlafi's 'the militia shells "
     "the city hysterically' (same city, same days, generic). Not coded: the resistance with the national army 'cleansing "
     "many areas in the city and Jabal Sabr' (generic summary of gains, no named place); the Houthis planting mines on "
     "both sides of the al-Rahida - al-Shuraija road and the state of emergency on Khadir and al-Rahida (no explosion or "
     "clash; mine-laying is not an ACLED event here)"),
    (AW157, "مصرع قيادي حوثي", "ويؤكد المكتب الإعلامي للمقاومة بتعز مصرع قيادي حوثي",
     BAT, CLASH, RES, HOU, "Hattab, Mashraa wa Hadnan", "YE", "2015-08-10", "2", "1", "exact",
     "media office of the resistance in Taiz (statement, via Asharq Al-Awsat)", "claimed",
     "the resistance's media office in Taiz: the Houthi leader Ahmed Jalil al-Rumaima was killed by the popular resistance "
     "in the village of Hattab, Mashraa wa Hadnan district (a party's statement -> claimed; one named dead -> 1 exact; "
     "village + district as the spent 'Al Jaara, Al Madain'; no day -> DCT, precision 2)"),
    (AW157, "صد هجوم عنيف", "تمكنوا من صد هجوم عنيف لميليشيا الحوثي وصالح في قرية المجيرين",
     BAT, CLASH, HOU, RES, "Al Mujairin", "YE", "2015-08-10", "2", "", "",
     "media office of the resistance in Taiz (statement, via Asharq Al-Awsat)", "claimed",
     "same statement: the resistance repelled a violent attack of the Houthi and Saleh militia on the village of "
     "al-Mujairin and foiled an attempt to storm the district, inflicting 'heavy losses in lives' (vague -> fatalities "
     "empty; the Houthis attacked -> actor1 Houthis; a named village of its own -> own row, the text names no district for "
     "it beyond 'the district' (Mashraa wa Hadnan) -> 'Al Mujairin', alternative 'Al Mujairin, Mashraa wa Hadnan'; the "
     "storming attempt folded; party statement -> claimed; DCT, precision 2)"),
    (AW157, "أسر 3 من المسلحين الحوثيين", "تمكنت المقاومة من أسر 3 من المسلحين الحوثيين",
     BAT, CLASH, RES, HOU, "Al Sittin Street, Taiz", "YE", "2015-08-10", "2", "", "",
     "media office of the resistance in Taiz (statement, via Asharq Al-Awsat)", "claimed",
     "same statement ('وأضاف'): the resistance captured 3 Houthi gunmen and seized a military pick-up with a machine gun "
     "and their personal weapons when it clashed with them on eastern 60th Street (al-Haima) in Taiz (capture of fighters "
     "in a clash -> Armed clash; 'شارع الستين' -> 'Al Sittin Street, Taiz', as the spent 'Al Khamsin Street, Al "
     "Hudaydah'; party statement -> claimed; DCT, precision 2). Not coded: the 'heavy losses' on the al-Dhabab, Sabr, "
     "al-Dimna and Taiz-outskirts fronts (generic, several fronts, no event)"),
    (AW157, "طائرات التحالف بشن غاراتها", "جراء استمرار طائرات التحالف بشن غاراتها على المقرات الخاصة بهم",
     ERV, AIR, "Saudi-led coalition", HOU, "", "YE", "2015-08-10", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate (borderline): hundreds of the Houthi gunmen and Saleh's supporters were killed and wounded as coalition "
     "aircraft continue their raids on their headquarters (in the Tihama context of the paragraph, no named place -> "
     "location empty, YE; 'المئات' killed and wounded, vague -> fatalities empty; ongoing campaign with no start in the "
     "text -> DCT, precision 3; alternative: not coded as generic). Not coded: the Tihama resistance's warning to Houthi "
     "sympathisers in Hodeidah that 'the warning period is over' (a military warning, but not the article's news); "
     "al-Mikhlafi's expected 'decisive battle' and the expected extension of Operation Golden Arrow to Taiz (no announced "
     "action)"),
    (WT2223, "إفشال محاولات لتهريب بعض المتفجرات", "أعلنت الداخلية البحرينية عن إفشال محاولات لتهريب بعض المتفجرات إلى البلاد عبر البحر",
     SD, DWU, "Police Forces of Bahrain", "", "", "BH", "2015-07-30", "2", "", "",
     "Bahraini Interior Ministry (via Bahrain state TV, in an Al Watan opinion column)", "reported",
     "background (the article is an opinion column on Iran and Bahrain): the Bahraini Interior Ministry announced that it "
     "foiled attempts to smuggle explosives into the country by sea and arrested three people linked to the Iranian "
     "Revolutionary Guard, and is pursuing others (seizure of explosives -> Disrupted weapons use, the arrests folded, as "
     "the spent sabq-1295 row; alternative Arrests; the Interior Ministry -> Police Forces of Bahrain; the arrested are "
     "'linked to' the IRGC, not IRGC members -> actor2 empty; no place -> location empty; told in the chain of Khamenei's "
     "statements 'last week' (DCT Thursday 6 August -> 30 July) -> 30 July, precision 2; alternative DCT, precision 3). "
     "Not coded: the 2011 'terrorist operations and riots' and the Peninsula Shield deployment (older than 12 months), the "
     "summons of the Iranian chargé d'affaires and the recall of Bahrain's ambassador (diplomatic)"),
    (WT2223, "إطلاق نار من قبل مسلحين", "في إطلاق نار من قبل مسلحين بمنطقة سترة",
     BAT, CLASH, UAG, "Military Forces of Bahrain", "Sitra", "BH", "2015-07-30", "2", "2", "exact",
     "Al Watan (opinion column)", "reported",
     "background: 'only two days after' the Interior Ministry's announcement, two Bahraini soldiers were announced killed "
     "and six wounded by gunfire from gunmen in the Sitra area (gunmen attacking security personnel -> Battles/Armed clash; "
     "no group named -> Unidentified armed group; 'جنديين بحرينيين' -> Military Forces of Bahrain, alternative Police "
     "Forces of Bahrain; 2 exact; dated with the announcement's week (30 July, precision 2: two days later still within "
     "the days before the DCT); alternative DCT, precision 3)"),
    (OK1855, "حوالى ألف قتيل", "قائلا ان الإحصائيات لدينا حوالى ألف قتيل وتسعة آلاف جريح جميعهم مدنيون",
     VAC, ATT, HOU, CYE, "Aden", "YE", "2015-07-22", "3", "1000", "about",
     "Aden health director Dr. al-Khadr Lasawar (to Okaz)", "claimed",
     "aggregate: the Aden health director's figures for the Houthi militias' destruction of Aden's medical institutions "
     "'in the past few months': about 1,000 killed and 9,000 wounded, all civilians (title: '10,000 Yemeni citizens "
     "victims of the Houthis'; 'حوالى ألف' -> 1000 about; the destruction of hospitals folded; no weapon named -> "
     "VAC/Attack, alternative Shelling; a Hadi-government official's statistics -> claimed, as the spent aleqtisadiya-790 "
     "minister's aggregate, alternative reported; 'the past few months', no start -> DCT, precision 3). Not coded: the "
     "Houthis 'now only control the entrances of Aden and impose a land siege' (a state of control, no fighting "
     "described), the relief reaching the port, the coalition's 'successes on the ground' (generic)"),
    (AY69, "هجوم على شاطئ سوسة", "عن مقتل 38 سائحاً في هجوم على شاطئ سوسة",
     VAC, ATT, UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-07-25", "3", "38", "exact",
     "Ain Alyoum (citing investigations)", "reported",
     "background: the terrorist Seifeddine Rezgui (23), responsible for killing 38 tourists in an attack on a Sousse beach, "
     "trained in the same camp as Emwazi, investigations found (no date in the text -> DCT, precision 3; the text names "
     "no group for him -> Unidentified armed group, alternative Islamic State; tourists -> Civilians (Tunisia) by the "
     "country of the event; 38 exact). Not coded: 'Jihadi John' Emwazi leaving ISIS 'a few weeks ago' (an individual's "
     "defection, reported from sources, not an ACLED event); his killing of Sotloff, Foley, Haines, Henning and Kassig "
     "(given only as why he is wanted: no date or place in the text); the fear of being hunted by special forces"),
    (JZ512, "التفجير الإرهابي الذي استهدف مسجد", "التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ الخاصة بمنطقة عسير",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-11", "3", "15", "exact",
     "Al Jazirah (condemnation by Dr. Abdullah Basfar)", "reported",
     "background (the news is the condemnation by Dr. Abdullah Basfar, secretary-general of the International Holy Quran "
     "Memorization Organization): the terrorist bombing that targeted the mosque of the Special Emergency Forces in the "
     "Asir region during the noon prayer, killing 15 'martyrs' (15 exact; only 'التفجير' -> the generic explosive "
     "sub-type, as the spent adjudicated Asir rows; no perpetrator named -> Unidentified armed group; Special Emergency "
     "Forces -> Police Forces of Saudi Arabia; the title's mention is the same event; no day in the text, a reaction "
     "report -> DCT, precision 3, as the spent aljazirah-399 condemnation row). Not coded: the condemnation"),
    (AW150, "المظاهرات ضد الفساد وسوء الخدمات", "في حال استمرت المظاهرات ضد الفساد وسوء الخدمات",
     PRO, "Peaceful protest", "Protesters (Iraq)", "", "", "IQ", "2015-08-11", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate (borderline): the ongoing demonstrations in Iraq against corruption and poor services, which al-Maliki "
     "warns could be 'hijacked' and which raise slogans against the officials responsible for corruption (the activist "
     "al-Muqdadi), and whose demands Allawi invokes (ongoing wave, no city, no start in the text -> location empty, DCT, "
     "precision 3; alternative: dated 31 July with the spent alriyadh-998/aawsat-155 wave rows, or not coded as the "
     "political backdrop of the news). Not coded: Maliki's and Allawi's rejection of Abadi's reforms (political), the "
     "Anbar and Mosul sit-ins (2012-13, older than 12 months), Maliki's speech at the 'Twentieth Revolution' ceremony in "
     "Muthanna and Allawi's press conference"),
    # ---- set b (no text filter) ----
    (YM1051, "تفجير مسجد قوات الطوارئ", "ارتفع عدد شهداء جريمة تفجير مسجد قوات الطوارئ بمنطقة عسير",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-08", "2", "15", "exact",
     "Asir Health spokesman Saeed al-Nuqair (via Al Yaum)", "reported",
     "follow-up (the article's news is the rising toll): the death toll of the bombing of the Emergency Forces mosque in "
     "the Asir region rose to 15 'martyrs' and 40 wounded; 8 wounded flown to Riyadh 'yesterday' (the transfer not coded; "
     "15 exact; only 'تفجير' -> the generic explosive sub-type, as the spent adjudicated Asir rows; no perpetrator named -> "
     "Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; the text gives no day of the bombing, a "
     "follow-up within days -> DCT, precision 2, as the spent aleqtisadiya-197 row; Abha's hospitals are where the "
     "wounded are treated, the bombing is placed only 'in the Asir region' -> 'Asir')"),
    (SB1241, "لقذائف عسكرية كثيفة", "بعد تعرض المركز لقذائف عسكرية كثيفة من داخل الأراضي اليمنية",
     ERV, SHELL, UAG, MFSA, "Al Misyal", "SA", "2015-07-31", "1", "3", "exact",
     "Interior Ministry security spokesman (via Sabq)", "reported",
     "background (the news is the security-aviation flights carrying the bodies of two of the border guards on Friday "
     "night): Corporal Ahmed al-Mujayshi, First Soldier Mohammed al-Omari and First Soldier Hassan Bishri of the Border "
     "Guard at the al-Misyal post, Dhahran al-Janub sector, Asir region, were killed 'yesterday Friday' (DCT Saturday 1 "
     "August -> 31 July) when the post came under heavy shelling from inside Yemeni territory (three named dead -> 3 "
     "exact; the shooter is not named -> Unidentified armed group, alternative Houthis from the frame of the war; Border "
     "Guard -> Military Forces of Saudi Arabia, alternative Police Forces of Saudi Arabia (Interior Ministry); a border "
     "post -> 'Al Misyal', as the spent 'Alab' border-centre row; the guards' 'confronting the aggression' folded)"),
    (SB1241, "تدمير منصات إطلاق القذائف", "وتم تدمير منصات إطلاق القذائف",
     ERV, SHELL, MFSA, UAG, "", "YE", "2015-07-31", "2", "", "",
     "Interior Ministry security spokesman (via Sabq)", "reported",
     "the response: in coordination with the land forces the sources of fire in Yemeni territory were dealt with and the "
     "shell launch pads destroyed (the Saudi response across the border, as the spent alwatan-769/1347 response rows; "
     "weapon not stated, an answer to shelling -> Shelling/artillery/missile attack; land forces -> Military Forces of "
     "Saudi Arabia; the shooters not named -> Unidentified armed group, alternative Houthis; no place named in Yemen -> "
     "location empty, YE; same day, no own time -> 31 July, precision 2)"),
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
