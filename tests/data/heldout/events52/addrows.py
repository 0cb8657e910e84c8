"""Bookkeeping helper for the events52 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events50/addrows.py (itself from events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur36/events52/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 52 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events52/sample.py ("This set: events52, seeds 2872 / 2873, drawn at the start of stop 36 (1b8b677), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2872).shuffle, walked in order; (b) 10 with no text filter, random.Random(2873).shuffle, >=3 sources (got, by source, a: alriyadh 2, sabq 2, 3alyoum 1, aawsat 1, aljazirah 1, alwatan 1, okaz 1, was 1; b: aljazirah 3, aleqtisadiya 2, aawsat 1, almadina 1, alriyadh 1, alweeam 1, alyaum 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 20 rows): detection F1 1.000 before (20 matched of 20 A / 20 B rows, P 1.000, R 1.000; no A-only or B-only row; both gave rows to the same 5 articles; per field on the 20 matched rows 20/20 except location_country 18/20 and time_precision 18/20); no row added or dropped; 4 field values changed, all to B's (alriyadh-756 Abha bombing time_precision 3: a column with no temporal word, as the adjudicated spent events19 alriyadh-796; aawsat-82 Turkish raids aggregate location_country TR and 3alyoum-206 Turkish PKK-strikes aggregate location_country TR: the spent events41/events47 'Turkey and northern Iraq' rows of the same campaign; aljazirah-737 al-Hawtah capture time_precision 2: the capture's own day is not stated); nothing kept against B; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
ARR = "Arrests"
GRT = "Government regains territory"
HOU = "Houthis"
UAG = "Unidentified armed group"
RES = "Yemeni Resistance"
PKK = "PKK: Kurdistan Workers Party"
TUR = "Military Forces of Turkey"
IS = "Islamic State"
RIY756 = "SN-alriyadh-20150807-756"
AWS82 = "SN-aawsat-20150801-82"
ALY206 = "SN-3alyoum-20150731-206"
JAZ737 = "SN-aljazirah-20150731-737"
RIY735 = "SN-alriyadh-20150723-735"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RIY756, "التفجير الإرهابي في أبها", "التفجير الإرهابي في أبها ما هو إلا اعتراف",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-07", "3", "", "",
     "Al Riyadh (columnist)", "reported",
     "the column's occasion: 'the terrorist bombing in Abha', which targeted 'security men at prayer' (the Special "
     "Emergency Forces mosque; 'this misguided group', no group named -> Unidentified armed group; security men -> Police "
     "Forces of Saudi Arabia; the text says only 'التفجير', not suicide -> Remote explosive/landmine/IED, as the many spent "
     "Abha/Asir rows of the same wording; the text gives no day or temporal word at all, and a column is not a breaking report -> DCT, precision 3 by the "
     "written rule, as the adjudicated spent events19 alriyadh-796 column row; adjudicated, as B: first precision 2, read "
     "from the emir's rush to the site and the blood donations, as the spent reaction reports alriyadh-982 and okaz-1328; "
     "'Abha' named; no toll). Not coded: the Saudi security forces' 'successive pre-emptive strikes, the last in the past month "
     "of Shawwal' and the Gulf coordination 'foiling more than one terrorist plot' (generic, no act, place or number), "
     "the emir's visit to the wounded and the blood donations"),
    (AWS82, "المواجهات التي انطلقت قبل نحو 10 أيام", "سقوط 16 جنديا ورجل أمن في المواجهات التي انطلقت قبل نحو 10 أيام",
     BAT, CLASH, TUR, PKK, "", "TR", "2015-07-22", "3", "16", "exact",
     "Turkish media reports (via Asharq Al-Awsat)", "reported",
     "aggregate: the confrontations between the Turkish forces and the PKK rebels continued in scattered parts of the "
     "country; Turkish media reports: 16 soldiers and security men fell in the confrontations that began 'about 10 days "
     "ago' (the lead's 'تواصلت المواجهات' is the same series -> one row; dated at the start, DCT 1 August - 10 -> 22 July, "
     "precision 3; 'سقوط 16' of the Turkish side -> 16 exact, the only stated toll; actor order as the text, 'بين القوات "
     "التركية ومتمردي' -> Military Forces of Turkey first, alternative PKK first as the spent events35 attack aggregate; "
     "'scattered parts of the country', no place -> location empty, TR). The Adana and Sarikamis attacks have their own rows"),
    (AWS82, "هجوما على مركز شرطة", "وشن مسلحون أكراد هجوما على مركز شرطة جنوب تركيا أمس",
     BAT, CLASH, PKK, "Police Forces of Turkey", "Adana", "TR", "2015-07-31", "1", "4", "exact",
     "Dogan news agency (via Asharq Al-Awsat)", "reported",
     "Kurdish gunmen attacked a police station in southern Turkey 'yesterday' (DCT Saturday 1 August -> Friday 31 July), "
     "killing two officers; Dogan: two of the Kurdish gunmen who took part in the attack on the police station in the city "
     "of Adana died in the exchange of fire with the police (one attack -> one row; 2 officers + 2 attackers = 4 exact, "
     "the attackers counted as the spent Chattanooga and Sultanbeyli rows; Kurdish gunmen in the article's PKK frame -> "
     "PKK, as the spent events47 'Kurdish rebels' row; attack on the police with an exchange of fire -> Armed clash, as the "
     "spent Cinar and Midyat rows)"),
    (AWS82, "هجوم بالأسلحة", "في هجوم بالأسلحة مساء الخميس",
     VAC, "Attack", PKK, "Civilians (Turkey)", "Sarikamis, Kars", "TR", "2015-07-30", "1", "1", "exact",
     "reports (via Asharq Al-Awsat)", "reported",
     "a worker of the Turkish railways company was killed and another person wounded in an armed attack on Thursday "
     "evening (DCT Saturday 1 August -> 30 July) by suspected PKK members in the Sarikamis area of Kars province, eastern "
     "Turkey, 'according to reports' (railway workers repairing the line -> Civilians (Turkey); 'من يشتبه بأنهم عناصر من حزب "
     "العمال الكردستاني' -> PKK, suspicion in the note, as the spent attributed rows; 'Sarikamis, Kars' as the spent "
     "'Midyat, Mardin'; 1 exact)"),
    (AWS82, "انفجار قنبلة على الخط", "أضرار تسبب بها انفجار قنبلة على الخط نسب",
     ERV, IED, PKK, "", "Sarikamis, Kars", "TR", "2015-07-29", "1", "", "",
     "reports (via Asharq Al-Awsat)", "reported",
     "background: the two men were repairing damage caused by a bomb explosion on the (railway) line, attributed to the PKK, "
     "'a day before' (the Thursday-evening attack, 30 July - 1 -> Wednesday 29 July, precision 1; 'نسب إلى' -> PKK, as the "
     "spent attributed rows; sabotage with no victim -> actor2 empty; the line where the men worked -> 'Sarikamis, Kars'; "
     "no toll)"),
    (AWS82, "موجة جديدة من الغارات", "موجة جديدة من الغارات ضد أهداف لحزب العمال الكردستاني شمال العراق",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-08-01", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "about 30 Turkish F-16 aircraft launched a new wave of raids against PKK targets in northern Iraq (one wave -> one row; "
     "the text gives no day -> DCT, precision 2; northern Iraq, no place -> location empty, IQ, as the spent Turkish PKK "
     "rows; no toll). Not coded: Davutoglu's 'the operations will continue until the weapons are laid down' (not the "
     "article's news), the army's thanks for the volunteers, Erdogan's denial of links with ISIS and his 'great losses' "
     "(commentary)"),
    (AWS82, "الغارات التي تنفذها القوات التركية", "بالتزامن مع الغارات التي تنفذها القوات التركية على مواقع التنظيم",
     ERV, AIR, TUR, PKK, "", "TR", "2015-08-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: the title's 'the Turkish raids continue on the PKK' and the lead's raids that the Turkish forces carry out "
     "on the PKK's positions 'in Iraq and in southern Turkey' (the ongoing campaign, one row as the spent events41 "
     "aljazirah-372 and events47 almadina-620 'in Turkey and northern Iraq' aggregates; adjudicated, as B: TR, as those "
     "two rows of the same Turkish campaign on the PKK in both countries, and because the Iraqi part has its own dated "
     "row (the F-16 wave, IQ); first IQ by the first-named country of the adjudicated events49 rule, which was made for "
     "another campaign; no place -> location empty; no start in the text -> DCT, precision 3). "
     "The dated F-16 wave has its own row, as the spent events24 Zarkali strike beside its aggregate"),
    (ALY206, "ستستمر بالعزم نفسه", "العمليات العسكرية ضد الأكراد و داعش ستستمر بالعزم نفسه",
     "Statement", "", "Government of Turkey", PKK, "Ankara", "TR", "2015-07-28", "1", "", "",
     "Turkish President Recep Tayyip Erdogan (via Ain Alyoum)", "reported",
     "the title's news: on Tuesday (DCT Friday 31 July -> 28 July) at a press conference in Ankara, before a four-day tour of "
     "China and Indonesia, Erdogan said continuing the peace process with the Kurds is 'impossible' while the PKK keeps up "
     "its bloody attacks, that those who abuse the state's tolerance will get the answer they deserve, and that the military "
     "operations against the Kurdish militants and the ISIS jihadists will continue 'with the same resolve', 'no step back' "
     "(an official declaration continuing a military operation that is the article's news -> Statement, as the spent "
     "events49 UK row; the PKK named first in the sentence and the subject of the peace-process part -> actor2 PKK, ISIS in "
     "the note; 'في مؤتمر صحافي في انقرة' -> Ankara). Not coded: the PKK's declaration that the truce of March 2013 'lost its "
     "meaning' (not the article's news), the US-Turkish decision on Monday to strengthen their military cooperation "
     "(inter-state), the 2012 peace talks and the insurgency since 1984 (far older than 12 months)"),
    (ALY206, "تفجير", "الا ان العملية انهارت بعد تفجير نسبت",
     ERV, IED, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-24", "2", "32", "exact",
     "Ain Alyoum (AFP)", "reported",
     "background: the peace process collapsed after a bombing attributed to ISIS in the Kurdish border town of Suruc 'last "
     "week', which killed 32 people ('last week' -> DCT 31 July - 7 = 24 July, precision 2, by the convention; the actual "
     "day, 20 July, is not in the text; 'نسبت المسؤولية عنه' -> Islamic State, as the spent Suruc rows; the text says only "
     "'تفجير', not suicide -> Remote explosive/landmine/IED, as the spent Abha rows of that wording, alternative Suicide bomb "
     "as the spent Suruc rows whose texts said suicide; victims not described -> Civilians (Turkey), as the spent rows; "
     "32 exact)"),
    (ALY206, "هجمات انتقامية", "الى شن هجمات انتقامية ضد قوات الامن التركية",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-07-24", "3", "", "",
     "Ain Alyoum (AFP)", "reported",
     "aggregate: the Suruc bombing pushed the Kurdish militants to launch retaliatory attacks against the Turkish security "
     "forces; Erdogan: the PKK rebels 'continue to carry out bloody attacks' on the security forces (the same series -> one "
     "row, as the spent events35 aawsat-187 aggregate; dated at its start, the Suruc bombing of this text, 24 July, "
     "precision 3; Kurdish militants in the PKK frame -> PKK; 'قوات الامن' -> Police Forces of Turkey, as that row; no place, "
     "no toll)"),
    (ALY206, "غارات ضد تنظيم الدولة الاسلامية في سوريا", "تشن القوات التركية غارات ضد تنظيم الدولة الاسلامية في سوريا",
     ERV, AIR, TUR, IS, "", "SY", "2015-07-24", "3", "", "",
     "Ain Alyoum (AFP)", "reported",
     "aggregate: 'since then' (the Suruc bombing and the retaliatory attacks) the Turkish forces carry out raids against "
     "ISIS in Syria (two targets in different countries -> two rows, as the spent events26 and events47 PKK/ISIS splits; "
     "dated at the start, 24 July as the Suruc row, precision 3; no place -> location empty, SY)"),
    (ALY206, "ومواقع حزب العمال الكردستاني", "في سوريا ومواقع حزب العمال الكردستاني في شمال العراق وداخل تركيا",
     ERV, AIR, TUR, PKK, "", "TR", "2015-07-24", "3", "", "",
     "Ain Alyoum (AFP)", "reported",
     "aggregate: the same raids' second target, the PKK's positions 'in northern Iraq and inside Turkey' (one campaign with "
     "two countries -> one row, TR, as the spent events41 aljazirah-372 and events47 almadina-620 'in Turkey and northern "
     "Iraq' rows of the same campaign, alternative IQ; adjudicated, as B: first IQ by the first-named country of the "
     "events49 rule, made for another campaign; no place -> location empty; 24 July, precision 3, as the ISIS row); folded: the air bombardment after which the PKK declared "
     "the truce void"),
    (JAZ737, "أمطرت القوات الموالية للحوثيين", "أمطرت القوات الموالية للحوثيين مناطق مأهولة من عدن",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Aden", "YE", "2015-07-31", "3", "", "",
     "Human Rights Watch (Ole Solvang) (via Al Jazirah)", "reported",
     "aggregate: HRW's statement (Thursday): the Houthi-aligned forces 'rained' mortar rounds and rockets on populated "
     "areas of Aden with no regard for the civilians left there; HRW visited four areas of Aden where civilians were "
     "targeted and found the traces of mortar and rocket explosions (coded as the spent events18 aawsat-270 aggregate of "
     "the same HRW statement: undated -> DCT, precision 3; no number -> fatalities empty; the 19 July Dar Saad attack is "
     "its own row). Not coded: HRW's condemnation and its warning of war-crimes trials (an NGO's statement)"),
    (JAZ737, "قتلت نيران الهاون", "قتلت نيران الهاون في منطقة دار سعد",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-19", "1", "", "",
     "Human Rights Watch (via Al Jazirah)", "reported",
     "background: HRW: 'in the deadliest attack, mortar fire in the Dar Saad area on 19 July killed at least dozens of "
     "civilians, including children' (the Houthi-aligned forces of the paragraph -> Houthis; 'ما لا يقل عن عشرات' -> "
     "vague, fatalities empty, unlike the spent events18 row whose text gave the ministry's 43; 'Dar Saad, Aden' as that "
     "row; 19 July, precision 1)"),
    (JAZ737, "تسيطر على أجزاء كبيرة من الحوطة", "المقاومة الشعبية اليمنية تسيطر على أجزاء كبيرة من الحوطة",
     BAT, GRT, RES, HOU, "Al Hawtah, Lahij", "YE", "2015-07-30", "2", "", "",
     "Yemeni sources (to DPA, via Al Jazirah)", "reported",
     "the title's news: Yemeni sources reported 'yesterday Thursday' (DCT Friday 31 July -> 30 July) that the popular "
     "resistance took control of parts of al-Hawtah, capital of Lahij governorate; violent clashes are going on 'now' "
     "between the Houthis with Saleh's forces on one side and the resistance on the other, after the resistance entered "
     "al-Hawtah and seized several positions; dead and wounded on both sides (vague) (capture of parts and the ongoing "
     "clashes at the same place and day -> one row, folded, as the rule on captures in the same place/days; capture of "
     "parts -> GRT, as the spent events22 'parts of al-Radma' row; the capture is reported on the Thursday, its own day "
     "not stated (on or before it) -> 30 July, precision 2, as the spent events20 alweeam-1116 Ibb row; adjudicated, as B: "
     "first precision 1, from the clashes going on 'now' on the Thursday, but the row's event is the capture; 'Al Hawtah, Lahij' as the spent events32 row; Saleh's forces in the note)"),
    (JAZ737, "منطقة المحلة", "على منطقة المحلة و الجلاجل",
     BAT, GRT, RES, HOU, "Al Mahallah, Lahij", "YE", "2015-07-29", "1", "", "",
     "Yemeni sources (to DPA, via Al Jazirah)", "reported",
     "background: the popular resistance had taken full control 'the day before yesterday, Wednesday' (29 July) of the "
     "al-Mahalla and al-Jalajil area, about four kilometres from al-Hawtah (two named places -> two rows, one location per "
     "row, as the spent events22 al-Sadda/al-Radma split; alternative one row for the pair, the text's singular 'منطقة'; "
     "this row al-Mahalla, 'Al Mahallah, Lahij')"),
    (JAZ737, "الجلاجل", "المحلة و الجلاجل التي",
     BAT, GRT, RES, HOU, "Al Jalajil, Lahij", "YE", "2015-07-29", "1", "", "",
     "Yemeni sources (to DPA, via Al Jazirah)", "reported",
     "background: same capture on Wednesday 29 July, second named place: al-Jalajil (see the al-Mahalla row)"),
    (JAZ737, "مطهرة", "أصبحت مطهرة بشكل كامل",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-31", "2", "", "",
     "Ali Saeed al-Ahmadi, spokesman of the popular resistance in Aden (via Al Jazirah)", "claimed",
     "the resistance's Aden spokesman: the northern area of Aden has become 'completely cleansed' (of the Houthis), awaiting "
     "the decisive battle in al-Madina al-Khadra and al-Fayoush, after which the resistance will head for al-Hawtah and "
     "al-Anad base (capture stated only by a party's spokesman -> claimed, as the spent events40 'مطهرة' row; state reached "
     "now, no day -> DCT, precision 2; the northern area of the city -> 'Aden'). Not coded: the awaited battle in al-Madina "
     "al-Khadra and al-Fayoush and the move on al-Hawtah and al-Anad (expectations, not announced operations)"),
    # ---- set b (no text filter) ----
    (RIY735, "تعتقل خال", "المخابرات الأردنية تعتقل خال منفذ",
     SD, ARR, "Police Forces of Jordan", "Civilians (Jordan)", "", "JO", "2015-07-17", "1", "", "",
     "lawyer Abdelqader al-Khatib (via Al Riyadh, AFP)", "reported",
     "the title's news: Jordan's General Intelligence has held since Friday (the lawyer spoke on Wednesday 22 July; "
     "DCT Thursday 23 July -> Friday 17 July) the maternal uncle of the Chattanooga attacker, Asaad Ibrahim al-Haj Ali, a "
     "university teacher of Palestinian origin with US nationality: summoned by phone, questioned for hours and released, "
     "then that afternoon his house was searched and he was arrested again, his phones and computer seized (one detention "
     "-> one row; intelligence service -> Police Forces of Jordan, alternative a Jordan intelligence actor; a civilian "
     "relative held in a terrorism inquiry -> Civilians (Jordan); the title states it as fact -> reported; the text names "
     "no town -> location empty, JO; borderline: the lawyer calls it arbitrary and says he belongs to no political or "
     "religious current; alternative not coded as a non-political detention)"),
    (RIY735, "هاجم الخميس", "وكان عبدالعزيز هاجم الخميس مكتبا للتجنيد العسكري",
     BAT, CLASH, UAG, "Military Forces of the United States", "Chattanooga", "US", "2015-07-16", "1", "6", "exact",
     "Al Riyadh (AFP)", "reported",
     "background: Mohammad Youssef Abdulazeez attacked on Thursday a military recruiting office and then went to a reserve "
     "centre, where he killed five soldiers and wounded a Marine volunteer and a policeman, before he was killed by the "
     "police in an exchange of fire (the lead places the attack on the two military centres 'last week' -> the Thursday of "
     "the week before the DCT Thursday 23 July -> 16 July, precision 1; the title's and lead's 'هجوم تينيسي' are the same "
     "event -> one row; lone gunman, no group, the authorities speak of 'domestic terrorism' -> Unidentified armed group, "
     "military targets -> Armed clash vs Military Forces of the United States, as the spent events41 aawsat-16 row; 5 + "
     "the attacker = 6 exact, the attacker counted as that row; 'Chattanooga' as that row). Not coded: the investigators' "
     "questions about his motives"),
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
