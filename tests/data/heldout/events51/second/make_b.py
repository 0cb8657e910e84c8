"""Bookkeeping helper for annotator B of the events51 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events50/second/make_b.py.
Run: python3 /work/fresh/cur36/events51/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 51 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2870/2871, drawn at the start of stop 36, 1b8b677, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2870).shuffle, walked in order; (b) 10 with no text filter: random.Random(2871).shuffle, walked in order, >=3 sources (got, by source, a: alriyadh 3, aljazirah 2, okaz 2, 3alyoum 1, aawsat 1, alwatan 1; b: alriyadh 2, aawsat 1, aljazirah 1, almadina 1, alwatan 1, alweeam 1, alyaum 1, okaz 1, was 1).
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
SUI = "Suicide bomb"
ATT = "Attack"
ABD = "Abduction/forced disappearance"
UAG = "Unidentified armed group"
HOU = "Houthis"
YR = "Yemeni Resistance"
YA = "Military Forces of Yemen"
SLC = "Saudi-led coalition"
BH = "Boko Haram"
OK1168 = "SN-okaz-20150802-1168"
RY649 = "SN-alriyadh-20150801-649"
AY34 = "SN-3alyoum-20150811-34"
AW78 = "SN-aawsat-20150808-78"
RY1141 = "SN-alriyadh-20150731-1141"
WT1499 = "SN-alwatan-20150721-1499"
JZ981 = "SN-aljazirah-20150806-981"
JZ377 = "SN-aljazirah-20150803-377"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OK1168, "السيطرة الكاملة", "السيطرة الكاملة على مديريتي مشرعة وحدنان",
     BAT, GRT, YA, HOU, "Mashraa wa Hadnan, Taiz", "YE", "2015-08-02", "2", "", "",
     "sources in the national army command in Taiz governorate (to Okaz)", "reported",
     "the title's news ('تقدم للجيش الوطني جنوب تعز'): sources in the national army command in Taiz confirmed full "
     "control of the districts of Mashraa and Hadnan on Jabal Sabir, with more than 145 Houthi militiamen killed or "
     "wounded and 11 captured ('الجيش الوطني' -> Military Forces of Yemen, as the spent national-army rows; the resistance "
     "it supports in the note; no day in the text -> DCT Sunday 2 August, precision 2; the two named districts written "
     "as the one district 'Mashraa wa Hadnan, Taiz', as the spent events41 alweeam-1630 row; killed and wounded not "
     "split -> fatalities empty; the captures folded; the title states the advance as fact -> reported, alternative "
     "claimed as an army source's assertion). The move 'to besiege' the strategic al-Arous site is folded (a movement, "
     "no fighting stated); the coalition air cover for the resistance advancing on the southern fronts is folded. Not "
     "coded: 'all fronts advancing', the Jabal Habashi front 'fighting battles on the western front', the eastern and "
     "northern fronts, the big Houthi losses and the army brigades' advance on the southern front of Marib, the 'big "
     "advance' on the Abyan and Dhale fronts (generic front statements with no event of their own, as the spent "
     "okaz-1426 and okaz-1280 decisions; alternative Armed clash rows at 'Jabal Habashi, Taiz' and 'Marib'), the "
     "'surprises in the coming days' (no event)"),
    (OK1168, "سد الفجرة", "بعد السيطرة على موقع سد الفجرة",
     BAT, GRT, YA, HOU, "Sadd al-Fajrah, Taiz", "YE", "2015-08-02", "2", "", "",
     "sources in the national army command in Taiz governorate (to Okaz)", "reported",
     "the same advance: the army heads to besiege al-Arous 'after taking the Sad al-Fajra site' opposite it (a "
     "differently named captured site -> own row, as the spent Taiz site rows 'Tabat Masoud' and 'Central Prison'; "
     "alternative folded into the Mashraa wa Hadnan row as a capture in the same area and days; no day -> DCT, "
     "precision 2)"),
    (OK1168, "ضرب أهداف عسكرية", "وضرب أهداف عسكرية للحوثي في منطقة الجفينة",
     ERV, AIR, SLC, HOU, "Al Jufaynah, Marib", "YE", "2015-08-02", "2", "25", "at_least",
     "Okaz; a national army source", "reported",
     "in Marib governorate the coalition aircraft continued to strike Houthi military targets in the al-Jufaynah area "
     "south of Marib, killing more than 25 Houthi gunmen and wounding 15, and destroyed a number of tanks and artillery "
     "('أكثر من 25' -> 25 at_least; ongoing, no day -> DCT, precision 2; 'Al Jufaynah, Marib' as the spent rows)"),
    (OK1168, "سيطرت المقاومة الشعبية", "بالمقابل، سيطرت المقاومة الشعبية على بعض المواقع",
     BAT, GRT, YR, HOU, "Al Mintaqah al-Khadra", "YE", "2015-08-02", "2", "", "",
     "field sources (via Okaz)", "reported",
     "the popular resistance took some Houthi positions in the 'green area' (المنطقة الخضراء) between Lahj and Aden "
     "governorates and is now clearing some dens in the city centre (the clearing folded; no day -> DCT, precision 2; "
     "the area lies between two governorates -> no governorate added, alternative 'Al Mintaqah al-Khadra, Aden')"),
    (OK1168, "معارك عنيفة", "أن معارك عنيفة تدور في عدد من المواقع بمديرية بيحان",
     BAT, CLASH, YA, HOU, "Bayhan, Shabwa", "YE", "2015-08-02", "2", "", "",
     "field sources (via Okaz)", "reported",
     "in Shabwa governorate violent battles are going on at several sites in Bayhan district between the national army "
     "and the Houthi militias, with dozens of Houthis killed in the destruction of some of their reinforcements "
     "(ongoing, present tense -> DCT, precision 2; 'العشرات' -> fatalities empty; the destroyed reinforcements folded)"),
    (RY649, "هجوم نفذته انتحارية", "قتل ستة اشخاص في هجوم نفذته انتحارية",
     ERV, SUI, BH, "Civilians (Nigeria)", "Gamboru Market, Maiduguri", "NG", "2015-07-31", "2", "6", "exact",
     "Al Riyadh (AFP); Babakura Kolo, a member of the self-defence militia", "reported",
     "the title's news (one of the 'two new Boko Haram attacks', 16 killed in all): six people were killed in an attack "
     "by a female suicide bomber riding a three-wheeler in a crowded market in Maiduguri, Borno; the militia member: "
     "the suicide attack in the Gamboru market (in Maiduguri) in the early morning, as the traders arrive; she blew "
     "herself up as she got out of the vehicle (the same event -> one row; the title attributes both attacks to Boko "
     "Haram -> Boko Haram; market traders -> Civilians (Nigeria); 'ستة' -> 6 exact; the lead puts it 'while' ('فيما') "
     "the new joint force commander was appointed and vowed 'yesterday' -> Friday 31 July, precision 2, alternative "
     "DCT Saturday 1 August, precision 2). Not coded: the appointment of General Iliya Abbah at the head of the 8,700-"
     "strong joint force, his and Buhari's vows to defeat Boko Haram (no event), the joint force launched in February"),
    (RY649, "هجوما انتقاميا", "شن الإرهابيون هجوما انتقاميا على سكان قرية",
     VAC, ATT, BH, "Civilians (Nigeria)", "Yobe", "NG", "2015-07-29", "1", "10", "at_least",
     "Al Riyadh (AFP)", "reported",
     "the second of the title's two attacks: 'last Wednesday evening' (DCT Saturday 1 August -> 29 July) the "
     "terrorists (the title: Boko Haram fighters) carried out a revenge attack on the inhabitants of a village in Yobe "
     "state, who form a self-defence militia, killing at least ten including two women (the village is not named -> "
     "'Yobe'; 'عشرة اشخاص على الاقل' -> 10 at_least; villagers, women among the dead -> Civilians (Nigeria), "
     "alternative Battles/Armed clash vs the self-defence militia)"),
    (RY649, "نيجيريا", "فتيات انتحاريات، في نيجيريا",
     ERV, SUI, BH, "Civilians (Nigeria)", "", "NG", "2015-07-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "aggregate, borderline: the Maiduguri suicide attack is the latest in a series of Boko Haram attacks on crowded "
     "markets, many carried out by girl suicide bombers, in Nigeria, Chad and Cameroon, which killed and wounded a "
     "large number of people 'last month' (DCT 1 August -> July, 1 July, precision 3; one row per country, as the "
     "adjudicated spent events26/47 splits of a multi-place aggregate; this row Nigeria, no place; 'عدد كبير' -> "
     "fatalities empty; market crowds -> Civilians; alternative not coded as a generic pattern). Not coded: Boko "
     "Haram's abduction of 'thousands of civilians' and forced recruitment, its campaign of attacks on the security "
     "forces and of suicide bombings and raids on border villages (generic, undated)"),
    (RY649, "وتشاد", "في نيجيريا وتشاد والكاميرون وادت",
     ERV, SUI, BH, "Civilians (Chad)", "", "TD", "2015-07-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "aggregate, borderline: the Chad part of last month's series of Boko Haram attacks on crowded markets (see the "
     "Nigeria row; July -> 1 July, precision 3; no place)"),
    (RY649, "والكاميرون", "وتشاد والكاميرون وادت",
     ERV, SUI, BH, "Civilians (Cameroon)", "", "CM", "2015-07-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "aggregate, borderline: the Cameroon part of last month's series of Boko Haram attacks on crowded markets (see "
     "the Nigeria row; July -> 1 July, precision 3; no place)"),
    (AY34, "اعتقلوا الفتاة", "مقاتلين من تنظيم داعش اعتقلوا الفتاة وصديقها في حلب",
     VAC, ABD, "Islamic State", "Civilians (Syria)", "Aleppo", "SY", "2015-08-01", "2", "", "",
     "local (Swedish) reports, Expressen and Boras Tidning (via Ain Alyoum)", "reported",
     "the title's news: ISIS is holding a 15-year-old Swedish girl in Syria; local reports say ISIS fighters detained "
     "her and her 19-year-old boyfriend in Aleppo 'early August' (DCT 11 August -> 1 August, precision 2; detention by "
     "an armed group of two foreigners -> Abduction/forced disappearance, alternative Strategic developments/Arrests "
     "as the spent Houthi de-facto-authority rows; foreign civilians -> Civilians (Syria) by the country-of-event rule; "
     "the forced oath of allegiance and the wait for ISIS to rule on their marriage folded). Not coded: her flight from "
     "her foster parents' home in Boras on 31 May and the journey via Turkey (no event), her recruitment by a group "
     "linked to al-Qaeda (no event), the Swedish foreign ministry's comment"),
    (AW78, "انفجار ثالث", "انفجار ثالث يهز كابل قرب المطار",
     ERV, IED, UAG, "", "Kabul", "AF", "2015-08-07", "1", "", "",
     "witnesses; a Western security source (via Asharq Al-Awsat)", "reported",
     "the title's news: witnesses said a third explosion shook central Kabul 'yesterday' (DCT Saturday 8 August -> "
     "Friday 7 August), near the airport, followed by gunfire; a Western security source: 'another attack with small "
     "firearms' (the explosion and the small-arms attack one event; no attacker or target named -> Unidentified armed "
     "group, actor2 empty; explosion with no means stated -> the generic explosive sub-type, alternative Battles/Armed "
     "clash; 'near the airport' -> 'Kabul', alternative 'Kabul Airport, Kabul'; no toll)"),
    (AW78, "تفجير انتحاري تم تنفيذه", "في تفجير انتحاري تم تنفيذه خارج أكاديمية شرطة كابل",
     ERV, SUI, UAG, "Police Forces of Afghanistan", "Kabul Police Academy, Kabul", "AF", "2015-08-07", "1", "20",
     "exact",
     "an Afghan Interior Ministry official (via Asharq Al-Awsat)", "reported",
     "20 cadets of the police academy in Kabul were killed 'yesterday' (7 August) and many others wounded in a suicide "
     "bombing outside the Kabul police academy; the bomber stood in line among the cadets and blew himself up (no claim "
     "-> Unidentified armed group; police cadets -> Police Forces of Afghanistan; '20' -> 20 exact)"),
    (AW78, "انفجار سيارة مفخخة", "في انفجار سيارة مفخخة في العاصمة الأفغانية كابل",
     ERV, IED, UAG, "Civilians (Afghanistan)", "Shah Shahid, Kabul", "AF", "2015-08-07", "1", "15", "at_least",
     "Afghan Health Ministry officials; Kabul police; Sayed Zafar Hashemi (AFP) (via Asharq Al-Awsat)", "reported",
     "at least 15 killed and about 400 wounded in a car bomb 'yesterday morning' (7 August, 'Friday morning', at 1 am) "
     "in Kabul; police: 'the bomb exploded in the Shah Shahid area of the city'; the toll rose to 15 dead and more than "
     "240 wounded including 47 women and 33 children (earlier 8); a residential district in the east of the capital, "
     "houses' glass smashed, a ten-metre crater; a security source thought a military base was the target; no claim, "
     "the Taliban the main suspect (-> Unidentified armed group, as the spent events31/40 rows of the same bombing; "
     "this text says only 'car bomb' / 'truck' and 'the attack', no suicide bomber -> Remote explosive/landmine/IED, "
     "alternative Suicide bomb as the spent rows whose texts said suicide; residents -> Civilians (Afghanistan), "
     "alternative Military Forces of Afghanistan; 'منطقة شاه شاهيد' -> 'Shah Shahid, Kabul'; '15 شخصًا على الأقل' -> "
     "15 at_least). Not coded: Ghani's hospital visit, the UN mission's report 'published this week' (no figures in "
     "this text)"),
    (AW78, "عملية انتحارية نفذتها حركة طالبان", "في عملية انتحارية نفذتها حركة طالبان ضد الشرطة",
     ERV, SUI, "Taliban", "Police Forces of Afghanistan", "Pul-e Alam, Logar", "AF", "2015-08-06", "1", "6", "exact",
     "a local official; the Interior Ministry (via Asharq Al-Awsat)", "reported",
     "background: 6 people were killed 'on Thursday' (DCT Saturday 8 August -> 6 August) in a suicide operation by the "
     "Taliban against the Afghan police south of Kabul: a suicide bomber blew up his truck bomb in front of a police "
     "centre in Pul-e Alam, capital of the province 100 km south of Kabul (Logar, named in the previous paragraph), the "
     "first suicide operation since Mullah Mansour became Taliban leader; the Taliban hastened to claim it (as the spent "
     "events21 alriyadh-871 row; 'Pul-e Alam, Logar'). Folded as the same event: the earlier sentence 'at least six "
     "people, among them a policeman, were killed on Thursday in a suicide bombing in northern Afghanistan' (same day, "
     "toll and type; the text's 'north' conflicts with 'south of Kabul'; alternative a separate row, location empty) "
     "and the Logar part of the Taliban's 'series of attacks' that killed nine on Thursday in Kandahar and Logar "
     "(alternative a separate VAC/Attack 'Logar' row as the spent events31/40 rows, whose texts did not describe the "
     "Pul-e Alam attack). Not coded: Mansour's appointment and the leadership split, the peace talks (no event)"),
    (AW78, "في قندهار", "في سلسلة هجمات في قندهار مهد حركة التمرد",
     VAC, ATT, "Taliban", "Civilians (Afghanistan)", "Kandahar", "AF", "2015-08-06", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the Taliban killed nine people 'on Thursday' (6 August) in a series of attacks in Kandahar, the "
     "cradle of the insurgency, and in Logar province south of Kabul (the Kandahar part; the Logar part folded into the "
     "Pul-e Alam row; the nine are not split -> fatalities empty; 'people', no armed role stated -> VAC/Attack vs "
     "Civilians (Afghanistan), as the adjudicated spent events31/40 rows; alternative Armed clash)"),
    (RY1141, "جريمة التفجير", "مرتكبي جريمة التفجير الآثمة التي وقعت الثلاثاء الماضي",
     ERV, IED, UAG, "Police Forces of Bahrain", "Sitra", "BH", "2015-07-28", "1", "2", "exact",
     "Bahraini Interior Minister Rashid bin Abdullah Al Khalifa (via Al Riyadh)", "reported",
     "background (the news is the minister's words at the military funeral 'yesterday': the perpetrators deserve the "
     "death penalty): the terrorist bombing 'last Tuesday' (DCT Friday 31 July -> 28 July) in the Sitra area, in which "
     "two security men, Navid Ahmed Nazar and Hamid Rasool Arif (Pakistani nationals serving in the Interior Ministry), "
     "were killed and others wounded (the title's 'تفجير «سترة»' is the same event; only 'تفجير' -> the generic "
     "explosive sub-type; no group named -> Unidentified armed group; 'رجال الأمن', Interior Ministry funeral -> Police "
     "Forces of Bahrain; two named dead -> 2 exact; as the spent events49 aljazirah-812 Sitra row). Not coded: the "
     "funeral and the condolences"),
    (WT1499, "تفجير لجامع الإمام الصادق", "من تفجير لجامع الإمام الصادق في دولة الكويت",
     ERV, IED, "Islamic State", "Civilians (Kuwait)", "Kuwait City", "KW", "2015-06-26", "1", "28", "exact",
     "Al Watan (opinion column)", "reported",
     "background in an opinion column: 'recently, on the second bloody Friday of Ramadan' (Ramadan 1436 began on "
     "Thursday 18 June -> second Friday 26 June, precision 1; within 12 months of the DCT 21 July) the bombing of the "
     "Imam al-Sadiq mosque in Kuwait, in which 28 worshippers were killed and more than 200 wounded ('استشهاد 28 مصليا' "
     "-> 28 exact, the text's figure; the column says these 'were not acts unexpected of Daesh and its bloody "
     "approach' -> Islamic State, alternative Unidentified armed group; the text says only 'تفجير' -> the generic "
     "explosive sub-type, as the spent events49 aawsat-71 row, alternative Suicide bomb; worshippers -> Civilians "
     "(Kuwait); only 'Kuwait' -> 'Kuwait City', as the adjudicated spent events45/49 rows). Not coded: al-Adnani's "
     "Ramadan audio message calling for more attacks (a speech), the caliphate declared 'a year ago' (more than 12 "
     "months), the column's generic 'suicide operations' and threats"),
    (WT1499, "تفجير إرهابي آخر", "وما وقع من تفجير إرهابي آخر استهدف",
     ERV, IED, "Islamic State", "Civilians (Tunisia)", "", "TN", "2015-06-26", "2", "", "",
     "Al Watan (opinion column)", "reported",
     "background in the same column: 'another terrorist bombing' that targeted a large number of foreign tourists on "
     "one of the safe beaches of Tunisia (the text gives no day of its own: set in the same 'recent' sentence as the "
     "Kuwait bombing -> 26 June, precision 2, alternative DCT, precision 3; 'تفجير' -> the generic explosive sub-type, "
     "as the spent events49 'وتونس' row, alternative Violence against civilians/Attack as the spent Sousse rows whose "
     "texts described a shooting; attributed to Daesh in the same sentence -> Islamic State; tourists -> Civilians "
     "(Tunisia); 'a beach', no place named -> location empty; no toll)"),
    (JZ981, "الهجوم المسلح", "على الهجوم المسلح الذي نفذه محمد يوسف",
     BAT, CLASH, UAG, "Military Forces of the United States", "Chattanooga", "US", "2015-07-04", "3", "5", "exact",
     "Al Jazirah", "reported",
     "background: 'less than a month' before Tuesday's shooting (4 August; a calendar month back -> 4 July, precision 3, "
     "as the spent events49 'about a month ago' rule) Mohammad Youssef (24) carried out the armed attack on two "
     "military centres in Chattanooga, Tennessee, killing four servicemen before he was shot dead by the police (4 + "
     "the attacker -> 5 exact, as the spent events41 aawsat-16 row of the same attack, which counted the attacker; "
     "lone gunman, no group -> Unidentified armed group; military targets -> Battles/Armed clash vs Military Forces of "
     "the United States, as the spent row). Not coded, borderline: the title's news, gunfire 'on Tuesday' (4 August) "
     "near the Camp Shelby army training centre in Mississippi, seen by training soldiers on a road outside the camp, "
     "fired from a pickup truck, no injuries, two suspects sought: no target or motive stated (alternative "
     "Battles/Armed clash, Unidentified armed group vs Military Forces of the United States, 'Camp Shelby', 4 August, "
     "precision 1)"),
    # ---- set b (no text filter) ----
    (JZ377, "وقفة تضامنية", "نظم أطفال نادي الجزيرة الفلسطيني وقفة تضامنية",
     PRO, "Peaceful protest", "Protesters (Palestine)", "", "Gaza", "PS", "2015-08-03", "2", "", "",
     "Al Jazirah", "reported",
     "the title's news: the children of the Gaza al-Jazira club held a solidarity vigil in mourning and protest at the "
     "killing of the baby Ali Dawabsheh by Israeli settlers: dozens of the club's football-school members carried a "
     "model of the baby's body and raised slogans condemning the crime (the title's 'وقفة استنكارية' is the same event; "
     "no day -> DCT Monday 3 August, precision 2; 'الغزي' -> 'Gaza'; no intervention -> Peaceful protest). Not coded: "
     "the club president's statements and demands"),
    (JZ377, "لمقتل الطفل علي الدوابشة", "واستنكاراً لمقتل الطفل علي الدوابشة على يد المستوطنين",
     VAC, ATT, "Settlers (Israel)", "Civilians (Palestine)", "", "PS", "2015-08-03", "3", "1", "exact",
     "Al Jazirah", "reported",
     "background: the killing of the baby Ali Dawabsheh, burned to death by Israeli settlers (the text gives no day -> "
     "DCT, precision 3, as the spent events18 okaz-2948 row; no village named -> location empty, PS; 'مقتل الطفل' / "
     "'استشهاد الطفل الرضيع ... حرقاً' -> one stated death, 1 exact, as the spent events44 row; settlers -> Settlers "
     "(Israel), as the spent Dawabsheh rows). Not coded: the generic 'Israeli crimes of killing and burning', the "
     "siege and settlement"),
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
