"""Bookkeeping helper for the events77 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events72/addrows.py (itself from events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur44/events77/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 77 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events77/sample.py ("This set: events77, seeds 2954 / 2955, drawn at the start of stop 44 (7d40864), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2954).shuffle, walked in order; (b) 10 with no text filter, random.Random(2955).shuffle, >=3 sources (got, by source, a: aawsat 4, aljazirah 4, alyaum 1, aleqtisadiya 1; b: aljazirah 3, alweeam 1, sabq 1, alyaum 1, was 1, alriyadh 1, almadina 1, okaz 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 21 rows): detection F1 0.824 before by compare.py (21 matched of 30 A / 21 B rows, P 1.000, R 0.700; compare.py's greedy pass paired my Western Ghouta 25 July clash row with B's Qalamoun clash row, whose true partner is my Qalamoun row typed Shelling; true pairs 21, true F1 0.824 unchanged); both gave rows to the same 9 articles, A also to aawsat-193; by compare.py's pairs event_type, sub_event_type, location_country, fatalities and fatalities_qualifier agreed 21/21, reported_as and time_precision 20/21, actor1 and event_date 19/21, actor2 18/21, location 14/21; on the true pairs event_type and sub_event_type 20/21, time_precision and location_country 21/21, actor1, event_date and reported_as 20/21, actor2 18/21, location 15/21 (mostly spelling and 'Place, Governorate' form); 30 -> 29 rows: 1 row dropped, as B: aawsat-193 background Charlie Hebdo attack (named only as an act Saadeh justified, no place, as the Kasasbeh killing next to it); 4 values changed to B's: aleqtisadiya-308 actor2 Police Forces of Saudi Arabia (first empty; the governor speaks to the security chiefs, as the spent rows of the same bombing), aawsat-98 the Houthi execution of 12 prisoners claimed (first reported; only the opposing party's spokesman), aawsat-99 Gourma-Rharous actor1 Unidentified armed group (first Ansar Dine; 'linked to', as the spent Sevare rows), aljazirah-994 'Al Nasr, Makhmur' (first Makhmour); kept against B (A-only rows B folded or left out): the coalition-campaign aggregate since August 2014 (as the spent aleqtisadiya-295), the two Saadeh arrests (as the spent aawsat-250 background arrest in a trial article), the background Aden liberation (as the spent aawsat-72), the Zabadani barrel bombs of the night of 26 July (another event type), the 25 July clashes in Zabadani and in Western Ghouta (a differently dated step; another place), the Zahraa rocket row (one location per row); kept values: Qalamoun typed Shelling ('استهداف', as the spent adjudicated aawsat-156; B Armed clash), Karm al-Tarrab 26 July (after midnight 'yesterday', as the spent adjudicated aljazirah-761; B 27 July), actor2 empty for al-Shaddadi and Sarrin (no target in the text; B Islamic State), the plain village names Al Naimah, Tal Ishhib, Tal Maaz, 'Anadan', 'Deh Salah, Baghlan'; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
GC = "Global Coalition Against Daesh"
MFS = "Military Forces of Syria"
REB = "Syrian rebels"
POL = "Police Forces of Saudi Arabia"
SOHR = "Syrian Observatory for Human Rights (via Al Jazirah)"
JAZ994 = "SN-aljazirah-20150724-994"
AWS193 = "SN-aawsat-20150811-193"
EQT308 = "SN-aleqtisadiya-20150807-308"
AWS483 = "SN-aawsat-20150731-483"
AWS98 = "SN-aawsat-20150804-98"
JAZ341 = "SN-aljazirah-20150727-341"
AWS99 = "SN-aawsat-20150803-99"
JAZ511 = "SN-aljazirah-20150810-511"
WEE2050 = "SN-alweeam-20150721-2050"
SBQ3213 = "SN-sabq-20150806-3213"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Iraq round-up (aljazirah-994, DCT Friday 24 July 08:38 UTC; 'أمس الخميس' = 23 July)
    (JAZ994, "سيارة مفخخة", "وقال الجبوري إن سيارة مفخخة مركونة على جانب الطريق",
     ERV, IED, UAG, IS, "Mosul", "IQ", "2015-07-23", "2", "42", "exact",
     "Brig. Mohammed al-Jabouri, Nineveh police (via Al Jazirah)", "reported",
     "Brig. al-Jabouri revealed 'yesterday Thursday' (DCT Friday 24 July -> 23 July) that a car bomb parked on the "
     "roadside exploded as an ISIS convoy entered the southern gate of Mosul, killing 42 ISIS members including leaders "
     "and wounding 18 (the lead's 'مقتل 42 من عناصر تنظيم داعش بالقرب من بوابة الموصل' is the same event -> one row; "
     "bomber not named -> Unidentified armed group; the day of the blast is not stated, on or before the disclosure -> "
     "23 July, precision 2). Not coded: ISIS's curfew on Mosul's right bank imposed in reaction (no violence; alternative "
     "SD/Other), the convoy's earlier battles in Baiji (no day, generic), the June 2014 fall of Mosul (over 12 months)"),
    (JAZ994, "قصف طائرات التحالف الدولي", "كشف مصدر في وزارة البيشمركة الكردية أمس الخميس عن قصف طائرات التحالف الدولي",
     ERV, AIR, GC, IS, "Mosul", "IQ", "2015-07-23", "2", "", "",
     "source in the Kurdish Peshmerga ministry (via Al Jazirah)", "reported",
     "a Peshmerga ministry source revealed 'yesterday Thursday' (23 July) that coalition aircraft bombed four ISIS "
     "weapons and ammunition depots north and east of Mosul (strike day not stated -> 23 July, precision 2; 'north and "
     "east of Mosul' -> Mosul; no casualties stated)"),
    (JAZ994, "قصف مواقع لعناصر داعش", "وقال المصدر إن طيران التحالف قصف مواقع لعناصر داعش في قرية النصر",
     ERV, AIR, GC, IS, "Al Nasr, Makhmur", "IQ", "2015-07-23", "2", "7", "exact",
     "Iraqi security source (via Al Jazirah)", "reported",
     "an Iraqi security source said 'yesterday Thursday' (23 July) that coalition aircraft struck ISIS positions in the "
     "village of al-Nasr west of Makhmur district and on the road between Hawija and Makhmur, killing seven ISIS "
     "members and wounding others (adjudicated: 'Makhmur' as B, the usual English spelling, first 'Makhmour'; the 'west of Kirkuk' lead is the same event; the road between two towns is not a "
     "named place of its own -> folded into the al-Nasr row, which carries the toll of 7; alternative: a second row for "
     "the road with the toll left empty on both)"),
    (JAZ994, "آلاف الغارات الجوية", "ائتلافاً دولياً شن آلاف الغارات الجوية",
     ERV, AIR, GC, IS, "", "IQ", "2014-08-01", "3", "", "",
     "Al Jazirah", "reported",
     "aggregate, borderline: since August (2014) Washington has led an international coalition that has carried out "
     "thousands of air strikes on ISIS positions in Iraq and Syria (within 12 months of the DCT; dated at the start, "
     "precision 3, as the spent aleqtisadiya-295 'since September 2014' campaign aggregate; two countries, the "
     "article's frame is Iraq -> IQ, location empty). Not coded: Carter's visit to Baghdad (diplomatic), the Iraqi "
     "forces' recapture of 'some areas' (no place, generic), ISIS control since June 2014 (over 12 months)"),
    # US trial of Nader Saadeh (aawsat-193, DCT Tuesday 11 August); the court appearance itself is a trial, not coded
    (AWS193, "اعتقل شقيقه", "اعتقل شقيقه علاء سعادة",
     SD, "Arrests", "Police Forces of the United States", "Civilians (United States)", "New Jersey", "US", "2015-06-29",
     "1", "", "", "Asharq Al-Awsat (court documents)", "reported",
     "background: in New Jersey his brother Alaa Saadeh (23) was arrested on 29 June and also charged with conspiring "
     "to provide support and recruits to ISIS (a terrorism-support arrest, as the spent aawsat-393 Key West row; "
     "arresting force not named, in the US -> Police Forces of the United States; a suspected supporter, not a stated "
     "member -> Civilians (United States))"),
    (AWS193, "إلا أن سعادة اعتقل", "إلا أن سعادة اعتقل بعد وقت قصير على وصوله إلى الأردن",
     SD, "Arrests", "Police Forces of Jordan", "Civilians (Jordan)", "", "JO", "2015-05-05", "2", "", "",
     "Asharq Al-Awsat (court documents)", "reported",
     "background: Nader Saadeh, who flew from New York to Amman on 5 May apparently to join ISIS, was arrested shortly "
     "after arriving in Jordan and deported to the US (arresting force not named, in Jordan -> Police Forces of Jordan, "
     "as the spent aawsat-250 Kuwait row; 'shortly after' the 5 May arrival -> 5 May, precision 2; the place in Jordan "
     "is not stated -> location empty). Not coded: his court appearance 'yesterday Monday' in Newark (trial); the "
     "'at least four people arrested in the New York area in the past months' (a generic count that includes the "
     "brother's row; alternative an aggregate row); Comey's 200 Americans; the Charlie Hebdo attack 'in January' and the "
     "burning of the pilot al-Kasasbeh, named only as acts Saadeh justified (no place; adjudicated: the Charlie Hebdo "
     "background row of my first version dropped, as B)"),
    # Asir emir on the mosque bombing (aleqtisadiya-308, DCT Friday 7 August)
    (EQT308, "تفجير في بيت من بيوت الله", "ما حدث بالأمس من تفجير في بيت من بيوت الله",
     ERV, IED, UAG, POL, "Asir", "SA", "2015-08-06", "1", "", "",
     "Asir governor Prince Faisal bin Khalid bin Abdulaziz (via Al Eqtisadiya)", "reported",
     "background (the news is the Asir governor's reception of the Director of Public Security and his praise of the "
     "security men): 'what happened yesterday' (DCT 7 August -> 6 August, precision 1), a bombing in a house of God by "
     "an aggressor group (the Asir Emergency Forces mosque bombing; only 'تفجير' -> the generic explosive sub-type, as "
     "the spent adjudicated Asir rows; no perpetrator named; the text names no victims, but the governor speaks of it to the security chiefs while praising the security men "
     "-> Police Forces of Saudi Arabia, as the spent rows of the same event (adjudicated, as B; first empty); the text does not place the bombing, the governor of Asir speaks "
     "of it in Abha -> 'Asir', alternative empty)"),
    # Afghan wedding shoot-out (aawsat-483, DCT Friday 31 July)
    (AWS483, "تبادل لإطلاق النار", "في تبادل لإطلاق النار خلال حفل زفاف في شمال",
     BAT, CLASH, UAG, UAG, "Deh Salah, Baghlan", "AF", "2015-07-27", "2", "20", "at_least",
     "Baghlan police spokesman Jawad Basharat (to AFP, via Asharq Al-Awsat)", "reported",
     "borderline (scope): an exchange of fire between gunmen during a wedding in Deh Salah district, Baghlan province, "
     "on 'Monday night' killed at least 20 (all male guests aged 14-60) and wounded 10; a quarrel between gunmen, then a "
     "local security official fired in the air and both sides opened fire (armed men on both sides -> Unidentified "
     "armed group x2; alternative: not coded, a private dispute with no political motive stated); the text's 'yesterday "
     "Monday' clashes with the Friday DCT, the weekday wins -> 27 July, precision 2 (night, may run past midnight); "
     "title 'at least' -> at_least. Not coded: the official delegation sent to investigate"),
    # al-Anad (aawsat-98, DCT Tuesday 4 August; 'أمس' = 3 August)
    (AWS98, "باستعادتها السيطرة على «قاعدة العند»", "وذلك باستعادتها السيطرة على «قاعدة العند» العسكرية",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "1", "", "",
     "Al Anad base spokesman Qaed Nasr; a military source (to Asharq Al-Awsat)", "reported",
     "the title's news: 'yesterday' (DCT 4 August -> 3 August) the southern popular resistance, backed by the "
     "coalition, retook the strategic al-Anad base in Lahij and took full control of it (pro-Hadi resistance -> Yemeni "
     "Resistance, as the spent Anad rows, e.g. alwatan-823 dated 3 August); folded: the mass flight of the Houthi and "
     "Saleh militias, the 4,000-man flanking force from al-Subayha, the diversion on the al-Hawta road, the capture of "
     "dozens; 'about 50 militiamen killed and wounded' mixes dead and wounded -> fatalities empty"),
    (AWS98, "بإعدام أسرى جنوبيين", "حيث قامت بإعدام أسرى جنوبيين (12 أسيرًا)",
     VAC, "Attack", HOU, YR, "", "YE", "2015-08-04", "2", "12", "exact",
     "Southern Resistance spokesman Ali Shaif al-Hariri (to Asharq Al-Awsat)", "claimed",
     "the title's second news ('والحوثيون يعدمون أسرى جنوبيين'): the Houthi militias and Saleh's forces executed 12 "
     "southern prisoners from the unit of the late commander Bin Harhara (captured fighters killed -> VAC/Attack with "
     "the victims' group as actor2, as the spent aljazirah-389 row of ISIS executing soldiers; adjudicated, as B: claimed, "
     "the body has it only from the spokesman of the opposing party and the title only condenses it; first reported "
     "from the title; no day -> DCT, "
     "precision 2; no place named -> location empty)"),
    (AWS98, "التي حررت عدن", "عملية «السهم الذهبي» التي حررت عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-04", "3", "", "",
     "Al Anad base spokesman Qaed Nasr (to Asharq Al-Awsat)", "reported",
     "background: the 'Golden Arrow' operation 'that liberated Aden' (no day in the text -> DCT, precision 3, as the "
     "spent aawsat-72 and events72 aleqtisadiya-302 Aden rows). Not coded: the operation's resumption to liberate Lahij "
     "and Abyan (generic, the Anad row is its step here)"),
    # Syria round-up (aljazirah-341, DCT Monday 27 July 17:02 UTC; 'أمس' = 26 July, 'أول أمس' = 25 July)
    (JAZ341, "قصف الطيران المروحي بثلاثة براميل متفجرة", "قصف الطيران المروحي بثلاثة براميل متفجرة",
     ERV, AIR, MFS, "", "Al Naimah", "SY", "2015-07-27", "2", "", "", SOHR, "reported",
     "the title's news: regime helicopters dropped three barrel bombs on areas of the town of al-Naimah east of Daraa "
     "city, no information on casualties (helicopter barrel bombs -> Military Forces of Syria; target areas not a party "
     "-> actor2 empty; no day -> DCT, precision 2; folded: the generic 'intense air bombardment by warplanes and "
     "helicopters on several areas' of Daraa city and its countryside; alternative: a separate Daraa row)"),
    (JAZ341, "برميلين متفجرين", "كما ألقى الطيران المروحي برميلين متفجرين",
     ERV, AIR, MFS, "", "Al Shaddadi", "SY", "2015-07-27", "2", "", "", SOHR, "reported",
     "regime helicopters dropped two barrel bombs on places in the ISIS-held al-Shaddadi area, southern Hasakah "
     "countryside, no reports of casualties (places hit, no stated target -> actor2 empty, alternative Islamic State; "
     "no day -> DCT, precision 2)"),
    (JAZ341, "لقصف جوي", "وتعرضت مناطق في تل اشهيب شرقي مطار خلخلة لقصف جوي",
     ERV, AIR, MFS, "", "Tal Ishhib", "SY", "2015-07-27", "2", "", "", SOHR, "reported",
     "areas of Tal Ishhib east of the Khalkhalah airbase were hit by air strikes, no reports of casualties (the text "
     "names no aircraft owner; the regime's air force is the one flying in the report's Suwayda frame -> Military Forces "
     "of Syria, alternative Unidentified armed group; no day -> DCT, precision 2)"),
    (JAZ341, "استهدف عناصر تنظيم «داعش", "كما استهدف عناصر تنظيم «داعش مناطق سيطرة قوات النظام في تل معاز",
     ERV, SHELL, IS, MFS, "Tal Maaz", "SY", "2015-07-27", "2", "", "", SOHR, "reported",
     "ISIS members targeted regime-held areas in Tal Maaz east of the village of Shaqqa, northern Suwayda countryside, "
     "no information on casualties ('استهداف' of areas, no ground fighting -> Shelling/artillery/missile attack, as the "
     "spent adjudicated aawsat-156 row; no day -> DCT, precision 2)"),
    (JAZ341, "ألقى الطيران المروحي بعد منتصف ليل السبت- الأحد", "ألقى الطيران المروحي بعد منتصف ليل السبت- الأحد",
     ERV, AIR, MFS, "", "Zabadani", "SY", "2015-07-26", "1", "", "", SOHR, "reported",
     "after midnight Saturday-Sunday (-> Sunday 26 July, precision 1) regime helicopters dropped several barrel bombs on "
     "areas of Zabadani city (target not stated -> actor2 empty, as the spent Zabadani strike rows)"),
    (JAZ341, "استمرار الاشتباكات العنيفة", "ترافق مع استمرار الاشتباكات العنيفة بين الفرقة الرابعة",
     BAT, CLASH, MFS, REB, "Zabadani", "SY", "2015-07-26", "2", "", "", SOHR, "reported",
     "the violent clashes continue in Zabadani between the 4th Division and Lebanese Hezbollah on one side and the "
     "fighting factions and local gunmen on the other, in the regime's and Hezbollah's attempt since 4 July to take the "
     "city (4th Division -> Military Forces of Syria, Hezbollah in the note; factions -> Syrian rebels; ongoing, tied to "
     "the night of 26 July -> 26 July, precision 2, as the spent aljazirah-298 row)"),
    (JAZ341, "خلال اشتباكات مع قوات النظام", "قتلوا خلال اشتباكات مع قوات النظام والمسلحين الموالين لها في الزبداني",
     BAT, CLASH, REB, MFS, "Zabadani", "SY", "2015-07-25", "1", "", "", SOHR, "reported",
     "the death toll of 'the day before yesterday' (DCT 27 July -> 25 July) in rural Damascus rose to 5, among them 4 "
     "fighters of the fighting battalions killed in clashes with the regime forces and pro-regime gunmen in Zabadani "
     "and Western Ghouta (a differently dated step of the Zabadani battle -> own row; one location per row -> Zabadani "
     "and Western Ghouta rows; the 4 are not split between the two places -> fatalities empty on both, as the spent "
     "adjudicated aawsat-64 Tal Afar row; the fifth death is not described)"),
    (JAZ341, "والغوطة الغربية", "في الزبداني والغوطة الغربية",
     BAT, CLASH, REB, MFS, "Western Ghouta", "SY", "2015-07-25", "1", "", "", SOHR, "reported",
     "the Western Ghouta part of the 25 July clashes in which 4 rebel fighters were killed (see the Zabadani 25 July "
     "row; toll not split -> fatalities empty)"),
    (JAZ341, "استهدف التنظيم تمركزاً لقوات النظام", "في حين استهدف التنظيم تمركزاً لقوات النظام",
     ERV, SHELL, IS, MFS, "Qalamoun", "SY", "2015-07-27", "2", "", "", SOHR, "reported",
     "ISIS targeted a regime forces' position on the edge of Qalamoun near one of the thermal power stations, with "
     "confirmed information on regime dead (no number -> fatalities empty; 'استهداف' of a position, no ground fighting "
     "stated -> Shelling/artillery/missile attack, alternative Battles/Armed clash; no day of its own -> DCT, precision 2)"),
    (JAZ341, "عشرات القذائف الصاروخية", "كما سقطت عشرات القذائف الصاروخية التي أطلقتها الفصائل المقاتلة",
     ERV, SHELL, REB, "", "Nubl", "SY", "2015-07-27", "2", "", "", SOHR, "reported",
     "dozens of rocket shells fired by the fighting factions fell on areas of the towns of Nubl and al-Zahraa (one "
     "location per row -> Nubl and Zahraa rows; target areas, no casualties stated -> actor2 empty, as the spent al-Fuaa "
     "shelling rows; no day -> DCT, precision 2)"),
    (JAZ341, "والزهراء", "بلدتي نبل والزهراء",
     ERV, SHELL, REB, "", "Zahraa", "SY", "2015-07-27", "2", "", "", SOHR, "reported",
     "the al-Zahraa part of the factions' rocket shelling of Nubl and al-Zahraa (see the Nubl row)"),
    (JAZ341, "قصف من قبل قوات النظام", "عقبه قصف من قبل قوات النظام على مناطق في بلدة عندان",
     ERV, SHELL, MFS, "", "Anadan", "SY", "2015-07-27", "2", "", "", SOHR, "reported",
     "followed by regime shelling of areas in the town of Anadan (target not stated -> actor2 empty; no day -> DCT, "
     "precision 2)"),
    (JAZ341, "اشتباكات على أطراف حي كرم الطراب", "دارت بعد منتصف ليل أمس اشتباكات على أطراف حي كرم الطراب",
     BAT, CLASH, MFS, REB, "Karm al-Tarrab, Aleppo", "SY", "2015-07-26", "2", "", "", SOHR, "reported",
     "after midnight 'yesterday' (-> 26 July, precision 2, as the spent adjudicated aljazirah-761 'after midnight "
     "yesterday' rows) clashes on the edges of Karm al-Tarrab near the Nayrab military airport east of Aleppo between "
     "the regime forces backed by the National Defence Forces and Hezbollah and the fighting battalions (allies in the "
     "note; battalions -> Syrian rebels)"),
    (JAZ341, "عدة ضربات على منطقة صرين", "نفذت طائرات يعتقد أنها تابعة للتحالف الدولي عدة ضربات على منطقة صرين",
     ERV, AIR, GC, "", "Sarrin", "SY", "2015-07-27", "2", "", "", SOHR, "reported",
     "aircraft believed to belong to the international coalition carried out several strikes on the Sarrin area, "
     "north-eastern Aleppo countryside, no information on casualties (believed coalition -> Global Coalition Against "
     "Daesh, as the spent aawsat-156 Sarrin row; the text names no target -> actor2 empty, alternative Islamic State; "
     "no day -> DCT, precision 2)"),
    # Mali (aawsat-99, DCT Monday 3 August 20:43 UTC)
    (AWS99, "هجوم شنه مسلحون متشددون", "قتل عشرة جنود في هجوم شنه مسلحون متشددون",
     BAT, CLASH, UAG, "Military Forces of Mali", "Gourma-Rharous", "ML", "2015-08-03", "1", "10", "exact",
     "Malian military sources (to AFP, via Asharq Al-Awsat)", "reported",
     "the title's news: 'this morning (Monday)' (3 August, about 5:30) militants attacked the army camp of "
     "Gourma-Rharous (a National Guard unit), about 140 km east of Timbuktu, killing ten soldiers ('عشرة قتلى في "
     "صفوفنا', title 'مقتل 10 جنود' -> 10 exact; the second official's 'نحو عشرة' noted); attackers 'extremists linked "
     "to Ansar Dine' per an army official in Bamako, 'terrorists' per the first source -> Unidentified armed group "
     "(adjudicated, as B and as the spent Sevare rows: linked to, not named as the group; first Ansar Dine); an attack on an army camp -> Battles/Armed clash, as the spent Sevare rows"),
    # Asir bombing: the deputy health minister's visit (aljazirah-511, DCT Monday 10 August)
    (JAZ511, "حادث تفجير مسجد الطوارئ", "على المصابين من رجال الأمن في حادث تفجير مسجد الطوارئ بمنطقة عسير",
     ERV, IED, UAG, POL, "Asir", "SA", "2015-08-10", "3", "", "",
     "Al Jazirah", "reported",
     "background (the news is the deputy health minister's visit 'yesterday' to the wounded security men in Asir "
     "Central Hospital): the bombing of the Emergency [Forces] mosque in the Asir region (no day in the text -> DCT, "
     "precision 3, as the spent okaz-1438 row of the same DCT; only 'تفجير' -> the generic explosive sub-type; wounded "
     "security men -> Police Forces of Saudi Arabia; no toll)"),
    # Indonesia (alweeam-2050, DCT Tuesday 21 July 17:02 UTC)
    (WEE2050, "تعرضوا لهجوم من جانب مسيحيين", "بعدما تعرضوا لهجوم من جانب مسيحيين صباح اليوم",
     "Riots", "Mob violence", "Rioters (Indonesia)", "Civilians (Indonesia)", "Papua", "ID", "2015-07-21", "1", "1",
     "exact", "Indonesian official; Ministry of Social Affairs; national police chief Gen. Badrodin Haiti (via Al Weeam)",
     "reported",
     "the title's news: 'this morning' (the official spoke 'today Tuesday', DCT 21 July -> 21 July, precision 1) "
     "Christians attacked Muslims preparing for the dawn prayer in Papua province; a mosque and 63 shops were set on "
     "fire; the police fired to disperse the rioters, killing one and wounding 11 (12 shot) (a mob attack on a religious "
     "group -> Riots/Mob violence, Rioters (Indonesia) vs Civilians (Indonesia), as the spent aleqtisadiya-294 mob row; "
     "the police fire is the intervention in the same riot -> folded, its toll 1 exact carried here; alternative: a "
     "separate police-vs-rioters row; the army and police protecting 153 Muslims folded)"),
    # Supreme Judicial Council on the Abha mosque bombing (sabq-3213, DCT Thursday 6 August 22:32 UTC)
    (SBQ3213, "التفجير الذي وقع في مسجد قوات الطوارئ", "التفجير الذي وقع في مسجد قوات الطوارئ في أبها",
     ERV, IED, UAG, POL, "Abha", "SA", "2015-08-06", "2", "", "",
     "Supreme Judicial Council General Secretariat (spokesman Sheikh Salman al-Nashwan) (via Sabq)", "reported",
     "background (the news is the Supreme Judicial Council's condemnation): the bombing that took place in the mosque "
     "of the Emergency Forces in Abha (no day in the text, a reaction report published while the reactions go on -> "
     "DCT, precision 2, as the spent aleqtisadiya-197 and alriyadh-982 rows; 'التفجير' -> the generic explosive "
     "sub-type, the council's 'operations they claimed were martyrdom operations' is generic, alternative Suicide bomb; "
     "no perpetrator named; Emergency Forces -> Police Forces of Saudi Arabia; killed worshippers, no number -> "
     "fatalities empty)"),
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
