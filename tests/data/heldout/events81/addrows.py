"""Bookkeeping helper for the events81 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events80/addrows.py (itself from events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur46/events81/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 81 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events81/sample.py ("This set: events81, seeds 2970 / 2971, drawn at the start of stop 46 (d9fc5dc1), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2970).shuffle, walked in order; (b) 10 with no text filter, random.Random(2971).shuffle, >=3 sources (got, by source, a: aleqtisadiya 3, aawsat 2, alweeam 2, alwatan 2, alyaum 1; b: alweeam 2, okaz 2, alwatan 2, alriyadh 1, 3alyoum 1, aawsat 1, aljazirah 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 23 rows): detection F1 0.955 before by compare.py (21 matched of 21 A / 23 B rows, P 0.913, R 1.000; all 21 pairs are true event pairs; both gave rows to the same 4 articles and left the same 16 empty; B's 2 extra rows are the split of the aawsat-70 Taiz clashes into al-Nuqta al-Rabia, Usayfira and al-Arbain Street); on the 21 pairs actor1, actor2, location_country and reported_as agreed 21/21, event_type, sub_event_type, fatalities and fatalities_qualifier 20/21, time_precision 19/21, event_date 16/21, location 15/21; triggers 14/21 identical trigger+occurrence, 20/21 nested; 21 -> 21 rows, no row added or dropped; 5 values changed to B's: aawsat-274 convoy location 'Imam Reza, Mosul' (first 'Imam Rida, Mosul'), aawsat-70 al-Durayhimi farm raid and naval shelling locations 'Ad Durayhimi, Al Hudaydah' (first 'Ad Durayhimi'), alyaum-1300 Asir bombing and aleqtisadiya-781 '431' arrests precision 2 (first 3; the spent same-DCT rows); kept against B: the one city-level Taiz clash row with 12 exact (B three neighbourhood rows, no toll), the Mosul phone arrests as Arrests (B Abduction), the 6 August date of the three Hodeidah coalition rows (B 7 August), the DCT date of the two grenade rows (B 7 August), 'Jawlat al-Samaka, Al Hudaydah' and 'Khwaja Khalil, Wana' (B 'Al Samaka Roundabout', 'Khawaja Khalil'); every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GREN = "Grenade"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
GCD = "Global Coalition Against Daesh"
SLC = "Saudi-led coalition"
CYE = "Civilians (Yemen)"
PFS = "Police Forces of Saudi Arabia"
AWS274 = "SN-aawsat-20150731-274"
AWS70 = "SN-aawsat-20150808-70"
YAU1300 = "SN-alyaum-20150807-1300"
EQT781 = "SN-aleqtisadiya-20150721-781"
MAM = "Saeed Mamuzini, media official of the KDP's 14th branch in Mosul (to Asharq Al-Awsat)"
FUAD = "Fuad Qaid Ahmed, a popular-resistance member (to Asharq Al-Awsat)"
TIH = "a person close to the Tihama popular resistance (to Asharq Al-Awsat)"
WIT = "local witnesses (to Asharq Al-Awsat)"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Yazidi abductees and Mosul round-up (aawsat-274, DCT Friday 31 July 04:28 UTC; 'أمس' -> Thursday 30 July)
    (AWS274, "دمرت طائرات التحالف الدولي", "لقد دمرت طائرات التحالف الدولي أمس مخزنا كبيرا",
     ERV, AIR, GCD, IS, "Bayboukht, Bashiqa", "IQ", "2015-07-30", "1", "10", "at_least",
     MAM, "reported",
     "'yesterday' (DCT 31 July -> 30 July) international-coalition aircraft destroyed a large ISIS weapons depot in the "
     "village of Bayboukht, Bashiqa subdistrict (east of Mosul); more than ten ISIS gunmen killed in the strike ('أكثر من "
     "عشرة' -> 10 at_least, as the spent 'more than N' rows); the lead's 'intensive raids of the international "
     "coalition's aircraft on the group's positions and headquarters in Mosul and its outskirts yesterday' is the "
     "generic frame of this and the three other strike rows -> folded; US-led coalition -> Global Coalition Against "
     "Daesh, as the spent rows; a KDP official to the outlet, no caveat -> reported"),
    (AWS274, "فجرت الطائرات الدولية سيارة مفخخة", "وفي الوقت ذاته فجرت الطائرات الدولية سيارة مفخخة",
     ERV, AIR, GCD, IS, "Bashiqa", "IQ", "2015-07-30", "1", "", "",
     MAM, "reported",
     "'at the same time' (30 July) the international aircraft blew up an ISIS car bomb driven by a suicide bomber before "
     "it reached the positions of the Peshmerga near Bashiqa subdistrict (a strike on a car bomb in a differently named "
     "place than the Bayboukht depot -> own row; Air/drone strike, alternative Strategic developments/Disrupted weapons "
     "use for a foiled suicide attack; the driver's death not stated -> fatalities empty)"),
    (AWS274, "استهدفت غارة أخرى رتلا", "استهدفت غارة أخرى رتلا من عجلات (داعش)",
     ERV, AIR, GCD, IS, "Imam Reza, Mosul", "IQ", "2015-07-30", "1", "9", "exact",
     MAM, "reported",
     "another (coalition) raid targeted a convoy of ISIS vehicles near the village of Imam Rida (east of Mosul), "
     "destroying three vehicles and killing nine gunmen ('تسعة' -> 9 exact; same day as the lead's 'yesterday' raids -> "
     "30 July, precision 1; village of the Mosul outskirts -> 'Imam Reza, Mosul' (adjudicated, as B: the usual English "
     "spelling of this village named after the imam; first 'Imam Rida, Mosul', a spelling variant))"),
    (AWS274, "في قصف جوي للتحالف", "قتل أحد عشر مسلحا آخر في قصف جوي للتحالف",
     ERV, AIR, GCD, IS, "Khwaja Khalil, Wana", "IQ", "2015-07-30", "1", "11", "exact",
     MAM, "reported",
     "eleven more ISIS gunmen killed in a coalition air strike on the group's positions near the Khwaja Khalil area of "
     "Wana subdistrict (north of Mosul) (own place -> own row; 'أحد عشر' -> 11 exact; 30 July, precision 1; 'Place, "
     "Subdistrict' as the spent 'Al Manqam, Al Durayhimi'; 'Khwaja Khalil' kept against B's 'Khawaja Khalil', a "
     "spelling variant)"),
    (AWS274, "لهجوم من قبل مجموعة مسلحة", "إثر تعرضهن لهجوم من قبل مجموعة مسلحة",
     BAT, CLASH, UAG, IS, "Wadi al-Hajar, Mosul", "IQ", "2015-07-30", "1", "3", "exact",
     MAM, "reported",
     "'yesterday' (30 July) three armed women of ISIS's al-Khansaa women's armed brigade were killed in the Wadi al-Hajar "
     "area near the Mosul railway (west of the city) in an attack by an armed group; a prominent ISIS leader, Umm Aisha, "
     "among the dead (attack on armed members of ISIS by an unnamed group -> Battles/Armed clash, Unidentified armed "
     "group vs Islamic State; 'ثلاث نساء' -> 3 exact)"),
    (AWS274, "اعتقل أمس في حملة موسعة", "اعتقل أمس في حملة موسعة أكثر من 80 مواطنا",
     SD, "Arrests", IS, "Civilians (Iraq)", "Mosul", "IQ", "2015-07-30", "1", "", "",
     MAM, "reported",
     "'yesterday' (30 July) ISIS arrested, in a wide campaign, more than 80 citizens of Mosul on the charge of using "
     "mobile phones, for which the group set the death penalty unless the detainee pays a fine (mass arrests by the "
     "group holding the city -> Strategic developments/Arrests, as the spent Houthi de facto authority arrest rows "
     "(almadina-644); alternative Violence against civilians/Abduction/forced disappearance, as the spent 3alyoum-34 "
     "ISIS arrest row; kept in adjudication against B's Abduction: ACLED's Arrests covers mass arrests by an actor "
     "exercising de facto control over a territory, and both annotators coded the Houthi checkpoint arrests of this set "
     "as Arrests; no one killed)"),
    (AWS274, "أعدمت لجنة الإعدامات", "أعدمت لجنة الإعدامات التي شكلها (داعش)",
     VAC, "Attack", IS, IS, "Mosul", "IQ", "2015-07-30", "1", "41", "exact",
     MAM, "reported",
     "'yesterday' (30 July) the executions committee ISIS formed in the rear positions of its fronts executed by shooting "
     "41 children of its child fighters who had fled the battles of Bashiqa (summary execution of its own fighters -> "
     "Violence against civilians/Attack, Islamic State vs Islamic State, as the spent almadina-534 execution of ISIS "
     "leaders; the execution place is not named, the report is Mosul's -> 'Mosul', alternative 'Bashiqa' (the front "
     "they fled) or empty; 41 exact). Not coded: the dozens of gunmen who fled from the left to the right bank of Mosul "
     "(a movement), the daily ransoming of Yazidi abductees (2,014 of 5,838 freed through buyers; purchases, not a "
     "conflict act; the abduction itself is not dated in the text, it is the August 2014 Sinjar attack, over 12 months "
     "before the DCT in any case not dated here), the slave markets in Raqqa, Fallujah and Mosul (generic, ongoing)"),
    # Taiz and Tihama round-up (aawsat-70, DCT Saturday 8 August 06:55 UTC; 'أمس' -> Friday 7 August)
    (AWS70, "السيطرة على مرتفعات جبل صبر", "المقاومة الشعبية استطاعت السيطرة على مرتفعات جبل صبر",
     BAT, GRT, YR, HOU, "Jabal Sabir, Taiz", "YE", "2015-08-08", "2", "", "",
     "Asharq Al-Awsat; " + FUAD, "reported",
     "the popular resistance took the heights of Jabal Sabir, the al-Arous site, several vital entrances of Taiz city and "
     "hills around the city held by the Houthis and Saleh's supporters (one capture of the Sabir heights and their "
     "surroundings -> one row, the sites folded; the outlet's own 'the resistance advanced and took a number of sites' "
     "is the same gain, folded; the outlet states the capture of sites as fact in its own voice -> reported, as the spent "
     "aawsat-272 Tabat Masoud row (the named places come from a resistance member; alternative claimed); no day -> DCT, precision 2; 'Jabal Sabir, Taiz' as the spent okaz-1982 and "
     "alwatan-1033 rows)"),
    (AWS70, "إعطاب دبابة", "تمكنوا من إعطاب دبابة خاصة بالمسلحين الحوثيين",
     BAT, CLASH, YR, HOU, "Hawd al-Ashraf, Taiz", "YE", "2015-08-08", "2", "", "",
     FUAD, "claimed",
     "resistance fighters disabled a tank of the Houthi gunmen in the Hawd al-Ashraf area, which was being used to shell "
     "residential neighbourhoods (a named place of its own -> own row, as the spent alweeam-1164 Hawd al-Ashraf tank row "
     "of the same days; attack on an armed force -> Armed clash; a resistance member's words -> claimed; no day -> DCT, "
     "precision 2)"),
    (AWS70, "اشتباكات عنيفة بين المقاومة الشعبية", "اشتباكات عنيفة بين المقاومة الشعبية والمسلحين الحوثيين وأنصار صالح، مما أسفر",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-08", "2", "12", "exact",
     FUAD, "claimed",
     "violent clashes between the popular resistance and the Houthi gunmen and Saleh's supporters in al-Nuqta al-Rabia, "
     "Usayfira and al-Arbaeen Street killed 11 Houthi gunmen and one resistance fighter (11 + 1 -> 12 exact; the 30 and "
     "7 wounded not counted) (one toll for the three neighbourhoods -> one row at city level, as the spent alweeam-1164 "
     "row of the same clashes; folded: the lead's 'violent battles' in Taiz between the Houthis and Saleh's supporters and "
     "the resistance backed by the national army, and the rebels' siege of the city (the ongoing battle); a resistance "
     "member's words -> claimed; no day -> DCT, precision 2; kept in adjudication against B's three rows (al-Nuqta "
     "al-Rabia, Usayfira, al-Arbain Street, toll on none): the spent rows with one toll for several neighbourhoods of "
     "one city (alweeam-1164, the same clashes; aawsat-272; aawsat-72) code one city-level row carrying the toll)"),
    (AWS70, "نتيجة القصف العشوائي على المدينة", "نتيجة القصف العشوائي على المدينة من قبل المسلحين الحوثيين",
     ERV, SHELL, HOU, CYE, "Taiz", "YE", "2015-08-08", "2", "1", "exact",
     FUAD, "claimed",
     "a citizen killed and others wounded by the Houthi gunmen's indiscriminate shelling of the city (civilian victim -> "
     "Houthis vs Civilians (Yemen), as the spent Taiz shelling rows; 'مقتل مواطن' -> 1 exact); folded: the continuing "
     "indiscriminate shelling of the al-Dhabua and al-Ashbat neighbourhoods and other neighbourhoods, and the lorry "
     "burned near the Layali al-Arab restaurant (the same ongoing shelling of the city in the same days, generic; "
     "alternative own rows for al-Dhabua and al-Ashbat); a resistance member's words -> claimed; no day -> DCT, "
     "precision 2)"),
    (AWS70, "وكانت الحصيلة 93 قتيلا", "وكانت الحصيلة 93 قتيلا بينهم 24 طفلا",
     VAC, "Attack", HOU, CYE, "Taiz", "YE", "2015-07-01", "3", "93", "exact",
     "Local Monitors Network in Taiz (press conference, via Asharq Al-Awsat)", "reported",
     "aggregate: the Local Monitors Network in Taiz counted the dead and wounded of last July: 93 killed (24 children, "
     "10 women, 59 men), all of them killed by the Houthi group, and 1,027 wounded (month stated -> 1 July, precision 3; "
     "'93' -> 93 exact; victims of the Houthis counted by a monitoring group, no method -> Violence against "
     "civilians/Attack, as the spent okaz-1855 and alwatan-1021 Aden tallies; Taiz governorate -> 'Taiz'; a monitoring "
     "network, not a party -> reported). Not coded: the dengue deaths, the famine and displacement figures, the "
     "rebels' 'violations' (generic)"),
    (AWS70, "قاموا باعتقال عدد من الشخصيات الاجتماعية", "قاموا باعتقال عدد من الشخصيات الاجتماعية الساعة الواحدة والنصف",
     SD, "Arrests", HOU, CYE, "Ad Dahi, Al Hudaydah", "YE", "2015-08-07", "1", "", "",
     "a source (to Asharq Al-Awsat)", "reported",
     "Houthi gunmen stationed at the al-Dahi checkpoint (a district of Al Hudaydah governorate) arrested a number of "
     "social figures at 1:30 a.m. on Friday (DCT Saturday 8 August -> 7 August) as they went to the city of al-Munira "
     "for the funeral of Abdul-Bari al-Ahdal, head of the Islah branch in al-Munira district (political arrests by the "
     "Houthi de facto authority -> Strategic developments/Arrests, as the spent almadina-644 row, alternative Violence "
     "against civilians/Abduction; 'Ad Dahi, Al Hudaydah' as the spent aawsat-157 row); folded: the Houthis' continuing "
     "pursuit and arrest of all their opponents in Al Hudaydah governorate (generic)"),
    (AWS70, "بتنفيذ هجوم على (يان هايلوكس)", "بتنفيذ هجوم على (يان هايلوكس)",
     BAT, CLASH, YR, HOU, "Al Lawha, Bani Qais", "YE", "2015-08-07", "1", "", "",
     TIH, "claimed",
     "'yesterday' at dawn (DCT 8 August -> 7 August) the Tihama resistance attacked with Kalashnikovs a Houthi Hilux "
     "pick-up carrying a number of gunmen in the al-Lawha area of Bani Qais, Hajjah governorate, 'with news of dead and "
     "wounded' (attack on armed men -> Armed clash; Tihama resistance -> Yemeni Resistance, as the spent alyaum-938 and "
     "almadina-580 rows; vague -> fatalities empty; a person close to the resistance -> claimed); folded: the Tihama "
     "resistance's continuing attacks in the cities and governorates of Tihama and its 'special operations' (generic)"),
    (AWS70, "دورية خاصة للمسلحين الحوثيين بقنبلة يدوية", "استهدفت المقاومة أيضًا دورية خاصة للمسلحين الحوثيين بقنبلة يدوية",
     ERV, GREN, YR, HOU, "Jawlat al-Samaka, Al Hudaydah", "YE", "2015-08-08", "2", "", "",
     TIH, "claimed",
     "the (Tihama) resistance also targeted a Houthi patrol with a hand grenade at the al-Samaka roundabout in front of "
     "the Eid prayer ground in Al Hudaydah (city), with dead and wounded among the Houthis (-> Grenade, as the spent "
     "almadina-580 row; 'قتلى وجرحى' -> fatalities empty; 'also', no day of its own -> DCT, precision 2, as the spent "
     "almadina-580 grenade row, kept in adjudication against B's 7 August; roundabout written as the spent 'Jawlat "
     "al-Qasr, Taiz', kept against B's 'Al Samaka Roundabout, Al Hudaydah'; claimed as the Hilux row)"),
    (AWS70, "ببيت الشباب في مديرية السخنة", "تجمعًا للمسلحين الحوثيين ببيت الشباب في مديرية السخنة",
     ERV, GREN, YR, HOU, "Bayt al-Shabab, As Sukhnah", "YE", "2015-08-08", "2", "", "",
     TIH, "claimed",
     "the resistance also targeted a gathering of Houthi gunmen at the youth house (بيت الشباب) in al-Sukhnah district, "
     "south of Al Hudaydah, with a hand grenade, causing serious injuries among the Houthis (no deaths stated; no day -> "
     "DCT, precision 2, as the spent almadina-580 row of the same attack, kept in adjudication against B's 7 August; "
     "located as there: 'Bayt al-Shabab, As Sukhnah')"),
    (AWS70, "مبنى مكافحة الملاريا", "شنت غاراتها على مبنى مكافحة الملاريا الذي يسيطر عليه الحوثيون",
     ERV, AIR, SLC, HOU, "Hays, Al Hudaydah", "YE", "2015-08-06", "2", "2", "at_least",
     WIT + "; private sources", "reported",
     "the Saudi-led coalition aircraft struck, 'the evening of the day before yesterday and yesterday' (DCT 8 August -> "
     "6-7 August, the raid's own day not given -> 6 August, precision 2, the start of the stated span, kept in adjudication against B's 7 August), the anti-malaria building held by the Houthis "
     "in Hays district, south of Al Hudaydah; charred Houthi bodies seen under the rubble; private sources confirmed the "
     "death of two Houthi leaders from Amran (Abu Badr and Marzah) in the raid on the malaria centre (-> 2 at_least; the "
     "witnesses' 'more than 16 Houthi gunmen killed' is given for the Hays and al-Durayhimi raids together -> not put on "
     "either row, as the spent aawsat-64 two-place toll; alternative 16 at_least here); folded: the lead's raids on "
     "'a number of military headquarters' of the Houthis and Saleh's supporters 'in Al Hudaydah city' (the generic "
     "frame of the named raids); 'Hays, Al Hudaydah' as the spent almadina-580 row)"),
    (AWS70, "وتجمعا لهم في مزرعة", "وتجمعا لهم في مزرعة شمال غربي مديرية الدريهمي",
     ERV, AIR, SLC, HOU, "Ad Durayhimi, Al Hudaydah", "YE", "2015-08-06", "2", "", "",
     WIT, "reported",
     "the coalition aircraft also struck a Houthi gathering in a farm north-west of al-Durayhimi district, Al Hudaydah "
     "(a differently named place -> own row; the combined 'more than 16' toll is on neither row, see the Hays row; "
     "6-7 August -> 6 August, precision 2, the start of the stated span, kept against B's 7 August; the farm not named -> "
     "'Ad Durayhimi, Al Hudaydah' (adjudicated, as B: 'District, Governorate' as the Hays and Ad Dahi rows of this "
     "article and the text's 'مديرية الدريهمي بالحديدة'; first 'Ad Durayhimi', as the spent FR-1821 row))"),
    (AWS70, "قصفت البارجات البحرية", "قصفت البارجات البحرية تجمعات للحوثيين في مديرية الدريهمي",
     ERV, SHELL, SLC, HOU, "Ad Durayhimi, Al Hudaydah", "YE", "2015-08-06", "2", "", "",
     WIT, "reported",
     "the same sources: the (coalition) warships shelled Houthi gatherings in al-Durayhimi district and a Houthi camp on "
     "the coast that had been held by the al-Nasr battalion of the 180th Brigade, which the Houthis seized (naval "
     "shelling -> Shelling/artillery/missile attack, own row next to the air raid; the unnamed coastal camp folded; the "
     "warships not named, in the coalition paragraph -> Saudi-led coalition; 6-7 August -> 6 August, precision 2, kept "
     "against B's 7 August; location 'Ad Durayhimi, Al Hudaydah', adjudicated as the farm row, first 'Ad Durayhimi'). "
     "Not coded: the Houthis' seizure of the 180th Brigade (undated background)"),
    # Najran emir's condolences (alyaum-1300, DCT Friday 7 August 16:16 UTC)
    (YAU1300, "حادثة التفجير الإرهابية", "في حادثة التفجير الإرهابية التي استهدفت مسجد قوات الطوارئ",
     ERV, IED, UAG, PFS, "Asir", "SA", "2015-08-07", "2", "", "",
     "Prince Jalawi bin Abdulaziz bin Musaed, emir of Najran region (via Al Yaum)", "reported",
     "background (the news is the Najran emir's condolences and condemnation): the martyrdom of security men in the "
     "terrorist bombing that targeted the mosque of the Special Emergency Forces in the Asir region (the text says only "
     "'التفجير' -> the generic explosive sub-type, as the spent adjudicated Asir rows (alriyadh-796, aljazirah-352); no "
     "perpetrator named ('الشرذمة') -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; "
     "martyrs and wounded, no number -> fatalities empty; no day in the text -> DCT, precision 2 (adjudicated, as B: "
     "the bombing is the day before this DCT's reaction pieces, and the spent same-DCT reaction rows alriyadh-838 and "
     "okaz-1328 have precision 2; first precision 3, as the later-DCT aleqtisadiya-228 and alwatan-1000 rows)). Not coded: the blood donations (not an event)"),
    # Ambassadors on Saudi counter-terrorism (aleqtisadiya-781, DCT Tuesday 21 July 02:49 UTC)
    (EQT781, "قبض الجهات الأمنية في المملكة على 431", "أن قبض الجهات الأمنية في المملكة على 431 إرهابيا",
     SD, "Arrests", PFS, IS, "", "SA", "2015-07-21", "2", "", "",
     "Jamal al-Shamayleh, Jordanian ambassador to Saudi Arabia (to Al Eqtisadiya)", "reported",
     "background: the Jordanian ambassador cites the Saudi security agencies' arrest of 431 terrorists belonging to ISIS "
     "as proof of their vigilance (the mass arrest of ISIS cells, as the spent almadina-653 '431' row; the text names "
     "ISIS -> Islamic State (the spent row's column did not); the security agencies of the Interior Ministry -> Police "
     "Forces of Saudi Arabia; no place -> location empty, SA; no temporal word in the text -> DCT, precision 2 (adjudicated, as B: the spent "
     "alyaum-2213 '431' row of the same DCT has precision 2, a recent announcement; first precision 3)); folded: "
     "the French ambassador's 'arrests continue' and the dismantling of sleeper cells (the same campaign, generic). Not "
     "coded: the ambassadors' praise, Saudi-French and Saudi-Jordanian cooperation (commentary, diplomacy), 'some "
     "terrorist acts' (generic)"),
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
