"""Bookkeeping helper for the events51 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events50/addrows.py (itself from events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur36/events51/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 51 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events51/sample.py ("This set: events51, seeds 2870 / 2871, drawn at the start of stop 36 (1b8b677), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2870).shuffle, walked in order; (b) 10 with no text filter, random.Random(2871).shuffle, >=3 sources (got, by source, a: alriyadh 3, aljazirah 2, okaz 2, 3alyoum 1, aawsat 1, alwatan 1; b: alriyadh 2, aawsat 1, aljazirah 1, almadina 1, alwatan 1, alweeam 1, alyaum 1, okaz 1, was 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 22 rows): detection F1 0.829 before (17 matched of 19 A / 22 B rows, P 0.773, R 0.895; 2 A-only rows, the Swedish girl's detention typed Arrests and Chattanooga dated at the DCT, each the same event as a B-only row; 3 more B-only rows: the Sad al-Fajra capture, which I folded into the Mashraa wa Hadnan row, and B's Nigeria and Chad rows of the Boko Haram market-attack aggregate, which I coded as one NG row; both gave rows to the same 8 articles); no row added or dropped; 7 field values changed to B's (3alyoum-34 Swedish girl event_type Violence against civilians and sub_event_type Abduction/forced disappearance: ACLED counts arrests by non-state groups as abductions; aljazirah-981 Chattanooga event_date 2015-07-04, a calendar month back from the Tuesday; alwatan-1499 Tunisian beach bombing event_date 2015-06-26 and time_precision 2, paired with the Kuwait bombing's Friday; alriyadh-649 location 'Gamboru Market, Maiduguri'; aawsat-78 location 'Kabul Police Academy, Kabul'); kept against B: the Sad al-Fajra capture folded, one aggregate row for the three-country market attacks (NG), the 'Green Area' location; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
ARR = "Arrests"
GRT = "Government regains territory"
HOU = "Houthis"
UAG = "Unidentified armed group"
COAL = "Saudi-led coalition"
RES = "Yemeni Resistance"
MFY = "Military Forces of Yemen"
OKZ1168 = "SN-okaz-20150802-1168"
RIY649 = "SN-alriyadh-20150801-649"
ALY34 = "SN-3alyoum-20150811-34"
AWS78 = "SN-aawsat-20150808-78"
RIY1141 = "SN-alriyadh-20150731-1141"
WAT1499 = "SN-alwatan-20150721-1499"
JAZ981 = "SN-aljazirah-20150806-981"
JAZ377 = "SN-aljazirah-20150803-377"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OKZ1168, "السيطرة الكاملة على مديريتي مشرعة وحدنان", "لـ «عكاظ» السيطرة الكاملة على مديريتي مشرعة وحدنان بجبل صبر",
     BAT, GRT, MFY, HOU, "Mashraa wa Hadnan, Taiz", "YE", "2015-08-02", "2", "", "",
     "sources in the national army command in Taiz (via Okaz)", "reported",
     "the title's news ('advance of the national army south of Taiz under coalition air cover'): sources in the national "
     "army command in Taiz confirmed to Okaz full control of the Mashraa and Hadnan districts in Jabal Sabir and the move to "
     "besiege the strategic al-Arous site after taking the Sad al-Fajra site opposite it, announcing more than 145 Houthi "
     "militiamen killed or wounded and 11 captured (national army -> Military Forces of Yemen, as the spent national-army "
     "rows; full control of districts -> Government regains territory; the Sad al-Fajra capture, the siege move on al-Arous, "
     "the captures and the coalition air cover are sub-actions in the same place and days -> folded, as the spent events32 "
     "Tabat Masoud decision, which folded the named al-Kashar capture of the same Sabr front; kept in adjudication against "
     "B's separate 'Sadd al-Fajrah, Taiz' row, the alternative; '145 killed and wounded' not split -> fatalities "
     "empty; 'Mashraa wa Hadnan, Taiz' as the spent rows; no day anywhere in the article, DCT 2 August (UTC) -> 2 August, "
     "precision 2; the title states the advance as fact -> reported). Not coded: the resistance 'creeping towards the last "
     "Houthi strongholds' on the southern fronts, 'all fronts in great progress' and the Jabal Habashi front 'fighting battles "
     "on the western front' (generic, as the spent 'daily attrition' decision; borderline for Jabal Habashi), the surprises "
     "'in the coming days' (an expectation)"),
    (OKZ1168, "وضرب أهداف عسكرية للحوثي", "وضرب أهداف عسكرية للحوثي في منطقة الجفينة جنوب مأرب حيث لقي أكثر من 25 مسلحا",
     ERV, AIR, COAL, HOU, "Al Jufaynah, Marib", "YE", "2015-08-02", "2", "25", "at_least",
     "Okaz (national army source)", "reported",
     "in Marib the Arab coalition aircraft continued striking Houthi military targets in the al-Jufaynah area south of Marib, "
     "where more than 25 Houthi gunmen were killed and 15 wounded and a number of tanks and artillery destroyed ('أكثر من 25' "
     "-> 25 at_least; 'Al Jufaynah, Marib' as the spent rows; no day -> DCT, precision 2). Not coded: the army source's "
     "'very large Houthi losses on the southern Marib front and an advance of the army brigades on a number of axes' "
     "(generic, no place or day; borderline, the alternative is an Armed clash row, Military Forces of Yemen vs Houthis, "
     "'Marib', DCT, precision 2)"),
    (OKZ1168, "سيطرت المقاومة الشعبية على بعض المواقع", "بالمقابل، سيطرت المقاومة الشعبية على بعض المواقع للحوثيين في المنطقة الخضراء",
     BAT, GRT, RES, HOU, "Green Area", "YE", "2015-08-02", "2", "", "",
     "field sources (via Okaz)", "reported",
     "field sources: the popular resistance took control of some Houthi positions in 'المنطقة الخضراء' (the Green Area) "
     "between the Lahij and Aden governorates and is 'now' clearing some hideouts in the middle of the city (positions "
     "taken from the Houthis -> Government regains territory, Yemeni Resistance, as the spent resistance captures; the "
     "clearing of hideouts is the same operation -> folded; the area straddles two governorates, no city named -> 'Green "
     "Area', translated as the spent 'Old Dam, Marib', kept in adjudication against B's transliterated 'Al Mintaqah "
     "al-Khadra' (the same place), YE; DCT, precision 2)"),
    (OKZ1168, "معارك عنيفة تدور", "أكدت مصادر ميدانية أن معارك عنيفة تدور في عدد من المواقع بمديرية بيحان",
     BAT, CLASH, MFY, HOU, "Bayhan, Shabwa", "YE", "2015-08-02", "2", "", "",
     "field sources (via Okaz)", "reported",
     "in Shabwa governorate field sources confirmed violent battles going on in a number of sites in Bayhan district "
     "between the national army and the Houthi putschist militias, with 'dozens' of Houthis killed in the destruction of "
     "some of their reinforcements (ongoing, present tense -> DCT 2 August, precision 2; national army named first -> "
     "actor1 Military Forces of Yemen; the destroyed reinforcements folded; 'العشرات' -> fatalities empty). Not coded: 'the "
     "Abyan and Dhale front sees great progress and losses among the Houthi militias' (generic, as the spent events49 "
     "'daily attrition' decision)"),
    (RIY649, "هجوم نفذته انتحارية", "فيما قتل ستة اشخاص في هجوم نفذته انتحارية تستقل سيارة ذات ثلاث عجلات",
     ERV, SUI, "Boko Haram", "Civilians (Nigeria)", "Gamboru Market, Maiduguri", "NG", "2015-07-31", "2", "6", "exact",
     "Babakura Kolo, member of the self-defence militia (via Al Riyadh, AFP)", "reported",
     "the title's 'two new Boko Haram attacks', first: six people were killed in an attack by a female suicide bomber riding "
     "a three-wheeler in a crowded market in Maiduguri, Borno state; the militia member Kolo: 'a suicide attack in the "
     "Gamboru market (in Maiduguri) in the morning', she blew herself up as soon as she stepped out among the traders "
     "(the later 'الهجوم الانتحاري' and Kolo's 'هجوم انتحاري' are the same event -> one row; Boko Haram from the title; "
     "market traders -> Civilians (Nigeria); 'سوق غامبورو (في مايدوغوري)' -> 'Gamboru Market, Maiduguri', the "
     "text's named market in 'Place, City' form, adjudicated as B, first 'Gamboru, Maiduguri'; no day stated, 'فيما' ties it to the appointment of the joint-force commander 'yesterday' -> 31 July, "
     "precision 2 (DCT Saturday 1 August); 6 exact)"),
    (RIY649, "هجوما انتقاميا", "شن الإرهابيون هجوما انتقاميا على سكان قرية في ولاية يوبي",
     VAC, "Attack", "Boko Haram", "Civilians (Nigeria)", "Yobe", "NG", "2015-07-29", "1", "10", "at_least",
     "Al Riyadh (AFP)", "reported",
     "the second attack of the title: 'the terrorists' (Boko Haram, by the title) launched a revenge attack on the "
     "inhabitants of a village in Yobe state who form a self-defence militia, killing at least ten people, two women among "
     "them, 'last Wednesday evening' (DCT Saturday 1 August -> 29 July, precision 1; an attack 'on the inhabitants' -> "
     "VAC/Attack vs Civilians (Nigeria), alternative CJTF as actor2; the village is not named -> 'Yobe'; 'عشرة اشخاص على "
     "الاقل' -> 10 at_least; the title's 16 = 6 + 10)"),
    (RIY649, "سلسلة هجمات لبوكو حرام", "والهجوم الانتحاري هو الاخير في سلسلة هجمات لبوكو حرام استهدفت اسواقاً مزدحمة",
     ERV, SUI, "Boko Haram", "Civilians (Nigeria)", "", "NG", "2015-07-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "aggregate, borderline: the Maiduguri suicide attack is the latest in a series of Boko Haram attacks on crowded markets, "
     "many of them carried out by girl suicide bombers, in Nigeria, Chad and Cameroon, which killed and wounded a large "
     "number of people 'last month' (July -> 1 July, precision 3; many by suicide bombers -> Suicide bomb; three countries, "
     "the first named kept, as the adjudicated spent events49 Iraq-and-Syria aggregate (one row, not one per "
     "country) -> NG, location empty; kept in adjudication against B's three rows NG, TD and CM; 'عدد كبير' killed and "
     "wounded -> fatalities empty). Alternative: not coded. Not coded in this article: the thousands of civilians abducted "
     "by Boko Haram and the forced recruitment (undated, no period), the 'campaign of attacks on the security forces' "
     "(generic history), the appointment of General Iliya Abbah, his and Buhari's promise to crush the insurgency 'soon', "
     "the 8,700-strong joint force (deployment)"),
    (ALY34, "اعتقلوا الفتاة وصديقها", "وقالت تقارير محلية إن مقاتلين من تنظيم داعش اعتقلوا الفتاة وصديقها في حلب مطلع أغسطس",
     VAC, "Abduction/forced disappearance", "Islamic State", "Civilians (Syria)", "Aleppo", "SY", "2015-08-01", "2", "", "",
     "Swedish media (Expressen, Boras Tidning) and local reports (via Ain Alyoum, Al Jazeera Online)", "reported",
     "borderline: ISIS is holding a 15-year-old Swedish girl in Syria (title 'appeared pregnant with ISIS'); local reports: "
     "ISIS fighters arrested the girl and her 19-year-old friend in Aleppo 'at the beginning of August'; she called her "
     "parents twice during her detention; they await ISIS's ruling on their marriage (the lead's 'يحتجز داعش' is the same "
     "detention -> one row; a detention by a non-state group of two unremarkable individuals -> VAC/Abduction/forced "
     "disappearance, adjudicated as B: ACLED counts arrests by non-state groups as abductions and keeps Arrests for "
     "politically significant detentions by those in control, first Strategic developments/Arrests as the spent Houthi "
     "arrest rows; the victims by the country-of-event rule -> Civilians (Syria); 'مطلع أغسطس' -> 1 "
     "August, precision 2 (DCT 11 August)). Alternative: not coded (a detention inside a jihadist milieu the girl had "
     "joined). Not coded: her running away from home in Boras on 31 May, her recruitment by an al-Qaeda-linked group, the "
     "possible transfer to Raqqa or Manbij (hypothetical)"),
    (AWS78, "انفجارا ثالثا", "قال شهود إن انفجارا ثالثا هز وسط كابل أمس وإنه وقع قرب المطار",
     ERV, IED, UAG, "", "Kabul", "AF", "2015-08-07", "1", "", "",
     "witnesses; a Western security source (via Asharq Al-Awsat)", "reported",
     "the title's news: witnesses: a third explosion shook central Kabul 'yesterday' (DCT Saturday 8 August -> 7 August), near "
     "the airport, followed by the sound of gunfire; a Western security source in the area: 'another attack with small arms "
     "took place' (the title's 'انفجار ثالث' is the same event -> one row; an explosion with no means stated -> the generic "
     "explosive sub-type, as the spent 'تفجير' rows; the small-arms attack is the same incident -> folded, alternative a "
     "separate Armed clash row; no perpetrator or target named -> Unidentified armed group, actor2 empty; 'near the "
     "airport' in central Kabul -> 'Kabul'; no toll)"),
    (AWS78, "تفجير انتحاري تم تنفيذه خارج أكاديمية", "في تفجير انتحاري تم تنفيذه خارج أكاديمية شرطة كابل",
     ERV, SUI, UAG, "Police Forces of Afghanistan", "Kabul Police Academy, Kabul", "AF", "2015-08-07", "1", "20", "exact",
     "an Afghan interior ministry official (via Asharq Al-Awsat)", "reported",
     "20 students of the police academy in Kabul were killed 'yesterday' (7 August) and many others wounded in a suicide "
     "bombing outside the Kabul police academy; the bomber stood in the line among the academy students and blew himself up "
     "(no claim in the text -> Unidentified armed group; police cadets -> Police Forces of Afghanistan; outside the named "
     "academy, 'أكاديمية شرطة كابل' -> 'Kabul Police Academy, Kabul', a named building as the spent building rows, adjudicated "
     "as B, the text's full name, first 'Police Academy, Kabul'; 20 exact)"),
    (AWS78, "انفجار سيارة مفخخة", "وأصيب نحو 400 آخرين في انفجار سيارة مفخخة في العاصمة الأفغانية كابل",
     ERV, IED, UAG, "Civilians (Afghanistan)", "Shah Shahid, Kabul", "AF", "2015-08-07", "1", "15", "at_least",
     "Afghan health ministry officials; Kabul police; presidential spokesman Sayed Zafar Hashemi (via Asharq Al-Awsat, Reuters, AFP)", "reported",
     "at least 15 killed and about 400 wounded in a car-bomb explosion in Kabul 'yesterday morning' (7 August; the 1 a.m. "
     "Friday blast); police: 'the bomb exploded in the Shah Shahid area'; Hashemi: the toll of 'the attack of Friday morning "
     "in Kabul' rose to 15 killed and more than 240 wounded; the blast hit a residential district in the east of the city, "
     "shattering windows of sleeping residents (the 'اعتداء' mentions are the same event -> one row; unlike the spent "
     "events31/40 texts of the same truck bomb, this text never calls it suicide -> the generic explosive sub-type, "
     "alternative Suicide bomb; no claim, the Taliban only 'the main suspect' -> Unidentified armed group, as those rows; "
     "residents, women and children -> Civilians (Afghanistan), the possible military-base target only a guess; 'بمنطقة شاه "
     "شاهيد' -> 'Shah Shahid, Kabul' (events31's 'Shahid, Kabul' came from its text's 'حي شهيد'); 'على الأقل' -> 15 at_least, "
     "as events40; the earlier toll of eight folded)"),
    (AWS78, "عملية انتحارية نفذتها حركة طالبان", "وكان 6 أشخاص قتلوا الخميس في عملية انتحارية نفذتها حركة طالبان ضد الشرطة الأفغانية",
     ERV, SUI, "Taliban", "Police Forces of Afghanistan", "Pul-e Alam, Logar", "AF", "2015-08-06", "1", "6", "exact",
     "a local official; the Afghan interior ministry (via Asharq Al-Awsat)", "reported",
     "background: 6 people were killed on Thursday (6 August) in a suicide operation carried out by the Taliban against the "
     "Afghan police south of Kabul; a suicide bomber blew up his truck bomb in front of a police station in Pul-e Alam, "
     "capital of the province 100 km south of Kabul; the first suicide attack since Mullah Mansour's appointment, quickly "
     "claimed by the Taliban (as the spent events21 alriyadh-871 row; 6 exact). The earlier 'at least six people, a "
     "policeman among them, killed on Thursday in a suicide bombing in northern Afghanistan' is read as the same attack (same "
     "day, toll and means; the text's 'north' contradicts its later 'south of Kabul') -> folded, alternative its own row "
     "with location empty; the Logar part of the Taliban's 'nine killed on Thursday in a series of attacks in Kandahar ... "
     "and in Logar province south of Kabul' is this attack too -> folded (the Kandahar part is its own row)"),
    (AWS78, "في قندهار", "في سلسلة هجمات في قندهار مهد حركة التمرد",
     VAC, "Attack", "Taliban", "Civilians (Afghanistan)", "Kandahar", "AF", "2015-08-06", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the Taliban 'killed nine people on Thursday' (6 August) in a series of attacks in Kandahar, the cradle of "
     "the insurgency, and in Logar province south of Kabul (one location per row: the Kandahar attacks here, VAC/Attack vs "
     "Civilians (Afghanistan) as the adjudicated spent events31/40 rows of the same AFP line; the nine are not split -> "
     "fatalities empty; the Logar part is the Pul-e Alam row). Not coded in this article: Mullah Mansour's appointment and "
     "the succession split (leadership change), the July peace talks, Ghani's hospital visit, the UN report (no figures), "
     "'car bombs almost weekly' (generic)"),
    (RIY1141, "جريمة التفجير", "مرتكبي جريمة التفجير الآثمة التي وقعت الثلاثاء الماضي في منطقة سترة",
     ERV, IED, UAG, "Police Forces of Bahrain", "Sitra", "BH", "2015-07-28", "1", "2", "exact",
     "Bahraini interior minister Sheikh Rashid bin Abdullah Al Khalifa (via Al Riyadh)", "reported",
     "background (the news is the minister's statement at the military funeral 'yesterday'): the criminal bombing that took "
     "place 'last Tuesday' in the Sitra area (DCT Friday 31 July -> 28 July, precision 1), in which the two policemen Naveed "
     "Ahmed Nazar and Hamid Rasool Arif were 'martyred' (the title's 'تفجير «سترة»' and 'التفجير الإرهابي' are the same event "
     "-> one row; no perpetrator named -> Unidentified armed group; 'شهيدي الواجب' of the interior ministry -> Police Forces "
     "of Bahrain; 2 exact; as the spent events49 aljazirah-812 Sitra row). Not coded: the funeral, the call for the death "
     "penalty"),
    (WAT1499, "تفجير لجامع الإمام الصادق", "من تفجير لجامع الإمام الصادق في دولة الكويت الشقيقة",
     ERV, IED, "Islamic State", "Civilians (Kuwait)", "Kuwait City", "KW", "2015-06-26", "1", "28", "exact",
     "Al Watan (columnist)", "reported",
     "background, in an opinion column: what happened recently on the second bloody Ramadan Friday, the bombing of the Imam "
     "al-Sadiq mosque in Kuwait, which killed 28 worshippers and wounded more than 200 ('not acts unexpected of Daesh and its "
     "bloody approach' -> Islamic State; only 'تفجير' -> the generic explosive sub-type, as the spent events49 aawsat-71 "
     "row; worshippers -> Civilians (Kuwait); 'دولة الكويت', the mosque in the capital -> 'Kuwait City', as the spent "
     "adjudicated events45/49 rows; the second Friday of Ramadan 1436 -> 26 June, precision 1, within 12 months of the DCT 21 "
     "July; alternative DCT, precision 3, if the Hijri week is not resolved; the text's 28 -> 28 exact). Not coded: "
     "al-Adnani's Ramadan audio message (a threat, commentary), the caliphate declaration 'one year' ago (June 2014, more than "
     "12 months), the generic 'terror striking everywhere'"),
    (WAT1499, "تفجير إرهابي آخر", "وما وقع من تفجير إرهابي آخر استهدف عددا كبيرا من السياح الأجانب",
     ERV, IED, "Islamic State", "Civilians (Tunisia)", "", "TN", "2015-06-26", "2", "", "",
     "Al Watan (columnist)", "reported",
     "background, same sentence: 'another terrorist bombing that targeted a large number of foreign tourists on one of the "
     "safe beaches of Tunisia', also framed as an act of Daesh (the text's 'تفجير' -> the generic explosive sub-type, as the "
     "spent events49 Tunisia row, alternative VAC/Attack; tourists -> Civilians (Tunisia); no beach or town named -> "
     "location empty, TN; the sentence pairs it with the Kuwait bombing, 'what happened recently on the second bloody "
     "Ramadan Friday ... and what occurred of another terrorist bombing' -> the same Friday, 26 June, precision 2 as it "
     "has no day of its own, adjudicated as B, first DCT, precision 3, reading the Friday as the Kuwait bombing's only; "
     "no toll)"),
    (JAZ981, "الهجوم المسلح الذي نفذه محمد يوسف", "بعد أقل من شهر على الهجوم المسلح الذي نفذه محمد يوسف",
     BAT, CLASH, UAG, "Military Forces of the United States", "Chattanooga", "US", "2015-07-04", "3", "5", "exact",
     "Al Jazirah (AFP)", "reported",
     "background: 'less than a month' before Tuesday's incident, the armed attack carried out by Mohammad Youssef (24), which "
     "targeted two military centres in Chattanooga (Tennessee) and killed four servicemen before the attacker was shot dead "
     "by the police (as the spent events41 aawsat-16 row: a lone gunman -> Unidentified armed group; military targets -> "
     "Armed clash vs Military Forces of the United States; 4 + the attacker = 5 exact; 'less than a month' before Tuesday 4 August -> a "
     "calendar month back, 4 July, precision 3, adjudicated as B, the text's own anchor and span as the spent events49 'about a "
     "month ago' rule, first DCT 6 August, precision 3). Not coded: Tuesday's (4 August) gunfire from a pickup truck on Perrett Tower road near "
     "Camp Shelby, Mississippi, outside the camp, with no injuries and no target or motive stated (gunfire near, not at, "
     "the camp; the sheriff seeks two suspects: an ordinary crime as told; borderline, the alternative is an Armed clash or "
     "VAC row at 'Camp Shelby', 4 August, precision 1)"),
    # ---- set b (no text filter) ----
    (JAZ377, "وقفة استنكارية", "نادي الجزيرة الغزي ينظم وقفة استنكارية",
     "Protests", "Peaceful protest", "Protesters (Palestine)", "", "Gaza", "PS", "2015-08-03", "2", "", "",
     "Al Jazirah", "reported",
     "the title's news: children of the Gaza al-Jazeera club held a solidarity stand in mourning and protest at the killing "
     "of the child Ali Dawabsheh by Israeli settlers; dozens of the club's football-school members took part, carried a "
     "model of the baby's body and raised slogans condemning the crime (the 'وقفة تضامنية' of the first sentence is the same "
     "event -> one row; a vigil with slogans, no intervention -> Peaceful protest, actor2 empty; the Gaza club, no other "
     "place named -> 'Gaza'; no day -> DCT 3 August, precision 2). Not coded: the club president's statements (commentary)"),
    (JAZ377, "لمقتل الطفل علي الدوابشة", "لمقتل الطفل علي الدوابشة على يد المستوطنين الإسرائيليين",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "", "PS", "2015-08-03", "3", "1", "exact",
     "Al Jazirah", "reported",
     "background: the killing of the child Ali Dawabsheh at the hands of Israeli settlers, the baby 'martyred by burning' "
     "(the 'حرق الطفل' and 'الجريمة' mentions are the same event -> one row; settlers -> Settlers (Israel), as the spent Duma "
     "rows; the village is not named in this text -> location empty, PS; no date in the text -> DCT 3 August, precision 3 "
     "(the spent Duma rows dated it from their texts' 'Friday'/'a week ago'); one child killed -> 1 exact). Not coded: 'the "
     "repeated Israeli aggressions', siege and settlement (generic)"),
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
