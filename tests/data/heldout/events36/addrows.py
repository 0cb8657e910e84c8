"""Bookkeeping helper for the events36 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur31/events36/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 36 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events36/sample.py ("This set: events36, seeds 2820 / 2821, drawn at the start of stop 31 (main 88152d2), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2820).shuffle, walked in order; (b) 10 with no text filter, random.Random(2821).shuffle, >=3 sources (got, by source, a: alriyadh 3, aawsat 2, 3alyoum 1, aljazirah 1, almadina 1, alwatan 1, okaz 1; b: aawsat 2, alriyadh 2, alyaum 2, aleqtisadiya 1, almadina 1, alwatan 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 20 rows): detection F1 0.952 "
       "before (20 matched of 22 A / 20 B rows; 2 A-only rows, no B-only row; both gave rows to the same 9 articles); 2 rows dropped "
       "(aawsat-157 generic 'cleansing of many areas' of Taiz and generic 'heavy losses' on the Taiz fronts, as B: generic summaries "
       "with no named engagement, place or time); 7 field values changed to B's (aawsat-157 air-strike aggregate location empty, "
       "'Islah Party Headquarters, Al Hudaydah', 'Al Sittin Street, Taiz'; alwatan-2223 smuggling actor2 empty and Sitra actor2 "
       "Military Forces of Bahrain; sabq-1241 'Al Misyal' and the response's precision 2); kept against B: aawsat-157 'Ad Dahi, "
       "Al Hudaydah' and 'Al Mujairin, Mashraa wa Hadnan', alwatan-2223 Sitra date 1 August, okaz-1855 reported, sabq-1241 actor2 "
       "Police Forces of Saudi Arabia (Border Guard); every difference and its reason in second/ADJUDICATION.md.")

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
DWU = "Disrupted weapons use"
ATT = "Attack"
PEACE = "Peaceful protest"
RES = "Yemeni Resistance"
HOU = "Houthis"
UAG = "Unidentified armed group"
COAL = "Saudi-led coalition"
CYE = "Civilians (Yemen)"
POLSA = "Police Forces of Saudi Arabia"
MFSA = "Military Forces of Saudi Arabia"
POLBH = "Police Forces of Bahrain"
IRGC = "Military Forces of Iran (Islamic Revolutionary Guard Corps)"
PIQ = "Protesters (Iraq)"

RIY1143 = "SN-alriyadh-20150731-1143"
AAW157 = "SN-aawsat-20150810-157"
WAT2223 = "SN-alwatan-20150806-2223"
OKZ1855 = "SN-okaz-20150722-1855"
ALY69 = "SN-3alyoum-20150725-69"
JAZ512 = "SN-aljazirah-20150811-512"
AAW150 = "SN-aawsat-20150811-150"
YAUM1051 = "SN-alyaum-20150808-1051"
SBQ1241 = "SN-sabq-20150801-1241"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RIY1143, "على موقع استراتيجي", "بمدينة تعز وسط اليمن، على موقع استراتيجي كان في قبضة",
     BAT, GRT, RES, HOU, "Tabat Masoud, Taiz", "YE", "2015-07-31", "2", "", "",
     "Al Riyadh (a Popular Resistance source)", "reported",
     "the title's news: the popular resistance in Taiz took a strategic site held by the Houthis and Saleh's forces; a resistance "
     "source said it took Tabat Masoud ('تبة مسعود') in Mashraa (wa Hadnan) district after an attack on the village of Hadnan on Jabal "
     "Sabr (the outlet states the capture as fact first -> reported; no day, breaking report -> DCT, precision 2; 'Tabat Masoud, Taiz' "
     "as the spent adjudicated aawsat-272 row of the same story; Houthis and Saleh's forces -> Houthis). Folded (the same Sabr front "
     "of the same days, as the spent aawsat-272 row): the seizure of several Houthi/Saleh military vehicles and the clashes that "
     "'continue' in Hadnan, which the resistance seeks to liberate; no toll stated for this front"),
    (RIY1143, "هجوماً استهدف دورية عسكرية", "نفذت المقاومة الشعبية هجوماً استهدف دورية عسكرية",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-07-31", "2", "4", "exact",
     "Al Riyadh", "reported",
     "in another context the popular resistance attacked a Houthi military patrol east of Taiz city, killing four Houthis and wounding "
     "three (attack on an armed patrol -> Armed clash; east of the city -> 'Taiz'; no day -> DCT, precision 2; as the spent aawsat-272 "
     "row of the same story)"),
    (RIY1143, "منذ زحف الحوثيين وقوات صالح إليها", "منذ زحف الحوثيين وقوات صالح إليها منذ حوالي أربعة أشهر",
     BAT, CLASH, HOU, RES, "Taiz", "YE", "2015-03-31", "3", "", "",
     "Al Riyadh", "reported",
     "aggregate: Taiz city has seen violent clashes between the two sides since the Houthis and Saleh's forces marched on it about "
     "four months ago, leaving dozens killed and wounded, civilians among them ('عشرات' -> fatalities empty; the Houthis' march -> "
     "actor1 Houthis; dated at the period's start, DCT 31 July - 4 months -> 31 March, precision 3, as the spent aawsat-272 aggregate "
     "of the same sentence)"),
    (AAW157, "بشن غاراتها", "استمرار طائرات التحالف بشن غاراتها على المقرات",
     ERV, AIR, COAL, HOU, "", "YE", "2015-08-10", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: hundreds of the Houthi fighters and Saleh's supporters killed and wounded as the coalition aircraft continue their "
     "raids on their headquarters (the paragraph is about the Tihama resistance in Al Hudaydah governorate and 'the cities and "
     "governorates of the Tihama region', but the air-strike clause itself names no place and Tihama spans several governorates -> location empty; adjudicated, as B: my first version had 'Al Hudaydah'; 'المئات' killed and wounded -> fatalities empty; continuing campaign, no "
     "start in the text -> DCT, precision 3; Houthis and Saleh's forces -> Houthis). Folded/not coded: the resistance's generic "
     "'escalation of its special attacks' on patrols, checkpoints and gatherings in the Tihama cities (the dated-less specific attacks "
     "that follow are own rows); the resistance's warning to Houthi loyalists in Al Hudaydah (a warning, not the news)"),
    (AAW157, "استهدفت نقطة تفتيش", "في إقليم تهامة استهدفت نقطة تفتيش خاصة",
     BAT, CLASH, RES, HOU, "Ad Dahi, Al Hudaydah", "YE", "2015-08-10", "2", "", "",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "eyewitnesses: the popular resistance in the Tihama region targeted a Houthi checkpoint in al-Duha (Ad Dahi) district, Al "
     "Hudaydah, with a LAW rocket, causing dead and wounded among the Houthi fighters (rocket attack by fighters on a checkpoint -> "
     "Armed clash, as the spent 3alyoum-44 'قذيفة صاروخية' row; 'قتلى وجرحى' -> fatalities empty; no day -> DCT, precision 2; "
     "eyewitnesses to the outlet, no caveat -> reported; 'Ad Dahi, Al Hudaydah' kept against B's 'Al Duha, Al Hudaydah': the "
     "text's 'الضحى' is the district's spelling variant, and the district's standard name is Ad Dahi)"),
    (AAW157, "هجوم آخر على تجمع", "وكذا تنفيذ هجوم آخر على تجمع للمسلحين",
     BAT, CLASH, RES, HOU, "Islah Party Headquarters, Al Hudaydah", "YE", "2015-08-10", "2", "", "",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "another resistance attack on a gathering of Houthi fighters in the headquarters of the Islah party, which they hold, in Al "
     "Hudaydah city (a differently named place -> own row; a landmark written title case as the spent 'Al Sharif Hotel, Taiz', adjudicated, as B: first 'Islah Party headquarters'; no toll for this attack; no day -> DCT, precision 2)"),
    (AAW157, "واستهداف نقطة للحوثيين", "واستهداف نقطة للحوثيين بجوار مستبا",
     BAT, CLASH, RES, HOU, "Mustaba, Hajjah", "YE", "2015-08-10", "2", "", "",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "the resistance targeted a Houthi post next to Mustaba, Hajjah governorate, with 'news of dead and wounded' (vague -> fatalities "
     "empty; own place -> own row; no day -> DCT, precision 2)"),
    (AAW157, "بالقصف العشوائي", "وأنصار الرئيس السباق علي عبد الله صالح بالقصف العشوائي على منطقة عقاقة",
     ERV, SHELL, HOU, CYE, "Aqaqa, Taiz", "YE", "2015-08-10", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "in Taiz the Houthi group and Saleh's supporters carried out indiscriminate shelling on the Aqaqa area while asking the residents "
     "to leave their homes (residential area, residents -> Civilians (Yemen), as the spent Taiz shelling rows; no casualties stated; "
     "no day -> DCT, precision 2). Folded: al-Mikhlafi's 'the Houthi and Saleh militia shell the city hysterically, heedless of "
     "children, women and the old' (generic, ongoing, same city and days). Adjudicated, as B: not coded, the resistance's (backed by the national "
     "army) 'cleansing of many areas of the city and of Jabal Sabr' (a generic summary of gains with no named place or time, as the "
     "spent okaz-1426 generic 'victories'); my first version had it as a Government regains territory row, Taiz, DCT precision 2, "
     "dropped. Not coded: the Golden Arrow operation's expected extension to Taiz and the preparations for 'the decisive battle' "
     "(expectations), al-Mikhlafi's tour of the streets and the fronts"),
    (AAW157, "مصرع قيادي حوثي", "ويؤكد المكتب الإعلامي للمقاومة بتعز مصرع قيادي حوثي",
     BAT, CLASH, RES, HOU, "Hattab, Mashraa wa Hadnan", "YE", "2015-08-10", "2", "1", "exact",
     "media office of the Popular Resistance in Taiz (statement)", "claimed",
     "the resistance's media office in Taiz: the Houthi commander Ahmed Jalil al-Rumaima was killed by the popular resistance in the "
     "village of Hattab, Mashraa wa Hadnan district (the title's 'heavy losses'; the office's statement only -> claimed; a village of "
     "the district -> 'Hattab, Mashraa wa Hadnan'; no day -> DCT, precision 2)"),
    (AAW157, "صد هجوم عنيف", "تمكنوا من صد هجوم عنيف لميليشيا الحوثي وصالح في قرية المجيرين",
     BAT, CLASH, HOU, RES, "Al Mujairin, Mashraa wa Hadnan", "YE", "2015-08-10", "2", "", "",
     "media office of the Popular Resistance in Taiz (statement)", "claimed",
     "the resistance repelled a violent attack by the Houthi and Saleh militia on the village of al-Mujairin and foiled an attempt "
     "to storm the district, inflicting 'heavy losses in lives' (the attacker -> actor1 Houthis; the foiled storming attempt folded; "
     "vague losses -> fatalities empty; statement -> claimed; no day -> DCT, precision 2; 'Al Mujairin, Mashraa wa Hadnan' kept against B's 'Al Mujairin': the "
     "same statement's 'the district' is Mashraa wa Hadnan, written as the Hattab row)"),
    (AAW157, "أسر 3 من المسلحين", "تمكنت المقاومة من أسر 3 من المسلحين الحوثيين",
     BAT, CLASH, RES, HOU, "Al Sittin Street, Taiz", "YE", "2015-08-10", "2", "", "",
     "media office of the Popular Resistance in Taiz (statement)", "claimed",
     "the resistance captured three Houthi fighters and seized a military vehicle with a machine gun and their personal weapons when "
     "it clashed with them on the eastern Sixty Street ('شارع الستين', al-Hayma), Taiz ('Al Sittin Street, Taiz', transliterated as the spent 'Al Khamsin Street, Al Hudaydah'; adjudicated, as B: first 'Sixty Street, Taiz'; clash with capture -> Armed clash; captures and seizure "
     "folded; statement -> claimed; no day -> DCT, precision 2). Adjudicated, as B: the same statement's 'heavy losses in lives "
     "and equipment' on the fronts of al-Dabab, Sabr, al-Dimna and the outskirts of Taiz city are not coded (generic, several "
     "fronts, no engagement or toll; the statement's specific engagements are own rows); my first version had them as an Armed "
     "clash row, Taiz, claimed, dropped. Not coded: the Houthis' planting of mines on both sides of the al-Rahida - al-Shuraija "
     "road and their state of emergency in Khadir and al-Rahida (no explosion or clash; alternative Strategic developments/Other)"),
    (WAT2223, "إفشال محاولات لتهريب بعض المتفجرات", "أعلنت الداخلية البحرينية عن إفشال محاولات لتهريب بعض المتفجرات",
     SD, DWU, POLBH, "", "", "BH", "2015-07-30", "2", "", "",
     "Bahraini state television (via Al Watan column)", "reported",
     "background in an opinion column: after Khamenei's statements 'last week' (DCT Thursday 6 August -> 30 July, precision 2) the "
     "Bahraini interior ministry announced it had foiled attempts to smuggle explosives into the country by sea and arrested three "
     "people linked to the Iranian Revolutionary Guard, and is pursuing others (foiled smuggling of explosives -> Disrupted weapons "
     "use, the arrests folded, as the spent sabq-1295 row; alternative Arrests; interior ministry -> Police Forces of Bahrain; linked "
     "to the IRGC, not IRGC members, and the text names no group for the smugglers -> actor2 empty, as the spent adjudicated sabq-1295 "
     "smugglers row; adjudicated, as B: my first version had actor2 'Military Forces of Iran (Islamic Revolutionary Guard Corps)' by "
     "analogy with the '431 linked to ISIS' rows, but a link to a foreign state force is not membership of an armed group and would "
     "put Iranian forces in Bahrain, which the text does not say; 'by sea', no place -> location empty). Not "
     "coded: the 1968 Shah threats and the 2011 'terrorist operations and riots' and Peninsula Shield deployment (far older than 12 "
     "months), the summons of Iran's charge d'affaires and the recall of Bahrain's ambassador (diplomatic), Khamenei's and Zarif's "
     "statements (speeches)"),
    (WAT2223, "في إطلاق نار من قبل مسلحين", "وإصابة ستة آخرين في إطلاق نار من قبل مسلحين بمنطقة سترة",
     BAT, CLASH, UAG, "Military Forces of Bahrain", "Sitra", "BH", "2015-08-01", "2", "2", "exact",
     "Al Watan (opinion column)", "reported",
     "background in an opinion column: 'only two days after' the interior ministry's announcement, two Bahraini 'soldiers' were "
     "announced killed and six wounded in gunfire by gunmen in the Sitra area (the announcement ~30 July + 2 -> 1 August, precision 2; "
     "gunmen not named (the columnist's 'who moved them' is rhetoric) -> Unidentified armed group; an attack on security men -> "
     "Battles/Armed clash as the spent Turkish attack rows; 'جنديين بحرينيين' (two soldiers), no force named -> "
     "Military Forces of Bahrain; adjudicated, as B: my first version had Police Forces of Bahrain because 'جندي' is also an Interior "
     "Ministry rank word, but that reading rests on knowledge outside the text, which names no force; alternative Police Forces of "
     "Bahrain; date kept against B's 30 July: the text puts the announcement 'only two days after' the interior ministry's, which is "
     "dated at the 'last week' anchor)"),
    (OKZ1855, "حوالى ألف قتيل", "قائلا ان الإحصائيات لدينا حوالى ألف قتيل وتسعة آلاف جريح",
     VAC, ATT, HOU, CYE, "Aden", "YE", "2015-07-22", "3", "1000", "about",
     "Aden health director Dr. al-Khadr Lassouar (to Okaz)", "reported",
     "aggregate: the Aden health director's statistics of the Houthi militias' victims in Aden governorate in 'the past few months': "
     "about one thousand killed and nine thousand wounded, all civilians (the title's '10 thousand Yemeni citizens victims of the "
     "Houthis'; 'حوالى ألف' -> 1000 about; all civilians, victims of the Houthis, no method -> VAC/Attack; no start in the text -> DCT, "
     "precision 3; a health official's figures, and the title states the toll as fact -> reported, as the spent almadina-644 Lassouar row; kept "
     "against B's claimed). Folded/not coded: the destruction "
     "of Aden's hospitals (part of the same toll of the fighting, undated), the Houthis' control of the city's entrances and their "
     "land siege (an ongoing situation), the coalition's 'successes on the ground' (generic), aid and hospital needs"),
    (ALY69, "مقتل 38 سائحاً", "الإرهابي المسؤول عن مقتل 38 سائحاً في هجوم على شاطئ سوسة",
     VAC, ATT, UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-07-25", "3", "38", "exact",
     "Ain Alyoum", "reported",
     "background: the terrorist Seifeddine Rezgui, responsible for the killing of 38 tourists in an attack on a Sousse beach, trained "
     "in the same camp as Emwazi, as the investigations 'recently' revealed (the text gives no date -> DCT, precision 3; no group "
     "named for the attack -> Unidentified armed group, alternative Islamic State; tourists -> Civilians (Tunisia), the country of "
     "the event). Not coded: Emwazi's departure from ISIS (a defection rumour, not an ACLED event), the killings of Sotloff, Foley, "
     "Haines, Henning and Kassig (named only as the grounds of his being wanted, no date or place in the text; alternative one "
     "aggregate VAC row Islamic State vs civilians, 5 exact), his fear of being hunted by special forces"),
    (JAZ512, "التفجير الإرهابي", "التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ الخاصة",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-11", "3", "15", "exact",
     "Al Jazirah (Dr. Abdullah Basfar, Secretary-General of the International Organisation for Memorising the Holy Quran)", "reported",
     "background (the news is Dr. Basfar's condemnation): the terrorist bombing that targeted the mosque of the Special Emergency "
     "Forces in the Asir region during the noon prayer, with 15 'martyrs' (the title's 'التفجير الإرهابي' is the same event; only "
     "'التفجير' -> the generic explosive sub-type, as the spent adjudicated Asir rows; 'a deviant group', no name -> Unidentified "
     "armed group; Special Emergency Forces -> Police Forces of Saudi Arabia; the text gives no date, a reaction five days later -> "
     "DCT, precision 3, as the spent aljazirah-399 and aleqtisadiya-228 rows). Not coded: the condemnation (statement)"),
    (AAW150, "المظاهرات ضد الفساد", "في حال استمرت المظاهرات ضد الفساد وسوء الخدمات",
     PRO, PEACE, PIQ, "", "", "IQ", "2015-08-11", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate/background: the ongoing demonstrations in Iraq against corruption and poor services, which Maliki warned could be "
     "'hijacked' and Allawi's and the activist Kadhim al-Muqdadi's remarks refer to (no place, no start and no single day in the "
     "text -> location empty, DCT, precision 3; no intervention described). Not coded: the Anbar and Mosul sit-ins and "
     "demonstrations (far older than 12 months), Maliki's speech at the 1920 Revolution ceremony in Muthanna and Allawi's press "
     "conference (political), Abadi's reforms and the parliament vote (political)"),
    # ---- set b (no text filter) ----
    (YAUM1051, "جريمة تفجير مسجد قوات الطوارئ", "ارتفع عدد شهداء جريمة تفجير مسجد قوات الطوارئ بمنطقة عسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-08", "2", "15", "exact",
     "Asir health spokesman Saeed al-Nuqair (via Al Yaum)", "reported",
     "follow-up (the news is the rise of the toll and the medical evacuation): the toll of the bombing of the Emergency Forces mosque "
     "in the Asir region rose to 15 'martyrs' and 40 wounded (15 exact; only 'تفجير' -> the generic explosive sub-type; no "
     "perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; region only -> 'Asir'; the "
     "text gives no day of the attack ('yesterday' is the evacuation), a follow-up report -> DCT, precision 2, as the spent "
     "alriyadh-982 row). Not coded: the evacuation of 8 wounded to Riyadh, the hospitals' emergency plan, blood donations"),
    (SBQ1241, "قذائف عسكرية كثيفة", "بعد تعرض المركز لقذائف عسكرية كثيفة من داخل الأراضي اليمنية",
     ERV, SHELL, UAG, POLSA, "Al Misyal", "SA", "2015-07-31", "1", "3", "exact",
     "Ministry of Interior security spokesman (via Sabq)", "reported",
     "background (the news is the flights carrying two of the bodies home): Corporal Ahmed al-Mujayshi and Privates First Class "
     "Mohammed al-Omari and Hassan Bashiri of the Border Guard at the al-Misyal post, Dhahran al-Janub sector, Asir region, were killed "
     "'yesterday Friday' (DCT Saturday 1 August -> 31 July) when the post came under heavy military shells from inside Yemeni "
     "territory (3 exact; the firing side is not named -> Unidentified armed group, alternative Houthis as the spent border-shelling "
     "rows where the text names them; Border Guard, an Interior Ministry force -> Police Forces of Saudi Arabia, as the Special "
     "Emergency Forces rows, alternative Military Forces of Saudi Arabia; the post in the Dhahran al-Janub (border-guard) sector -> "
     "'Al Misyal', as the spent 'Alab' border-centre row; adjudicated, as B: first 'Al Misyal, Dhahran al-Janub', but a sector is not "
     "a city and the post is not a sub-city place; actor2 kept against B's Military Forces of Saudi Arabia: the text gives the Border "
     "Guard and the Interior Ministry's security spokesman)"),
    (SBQ1241, "تدمير منصات إطلاق القذائف", "وتم تدمير منصات إطلاق القذائف",
     ERV, SHELL, MFSA, UAG, "", "YE", "2015-07-31", "2", "", "",
     "Ministry of Interior security spokesman (via Sabq)", "reported",
     "the response to the Friday (31 July) shelling: in coordination with the land forces the sources of fire inside Yemeni territory were "
     "dealt with and the shell launch pads destroyed (the land forces -> Military Forces of Saudi Arabia; fire across the border on "
     "launch sites, weapon not stated -> Shelling/artillery/missile attack, as the spent Saudi artillery answers; alternative Armed "
     "clash; the launchers' crews not named -> Unidentified armed group; inside Yemen, no place -> location empty, YE; adjudicated, as B: precision 2 (first 1): the text gives the "
     "response no time of its own, only that it answered Friday's shelling)"),
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
