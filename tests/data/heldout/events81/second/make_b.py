"""Bookkeeping helper for annotator B of the events81 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events80/second/make_b.py.
Run: python3 /work/fresh/cur46/events81/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 81 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (its seeds, stop and main commit are not restated here: annotator B did not open sample.py, per the brief). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), as in the spent sets: (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT); (b) 10 with no text filter (got, by source, counted from ids.txt, a: aleqtisadiya 3, aawsat 2, alwatan 2, alweeam 2, alyaum 1; b: alwatan 2, alweeam 2, okaz 2, 3alyoum 1, aawsat 1, aljazirah 1, alriyadh 1).
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
CLASH = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
ABD = "Abduction/forced disappearance"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
HZB = "Hezbollah"
POLSA = "Police Forces of Saudi Arabia"
SHELL = "Shelling/artillery/missile attack"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
IRQ = "Military Forces of Iraq"
AW274 = "SN-aawsat-20150731-274"
AW70 = "SN-aawsat-20150808-70"
YM1300 = "SN-alyaum-20150807-1300"
EQ781 = "SN-aleqtisadiya-20150721-781"
GCAD = "Global Coalition Against Daesh"
CIVIQ = "Civilians (Iraq)"
CIVYE = "Civilians (Yemen)"
MAMO = "Said Mamouzini, KDP 14th branch media official in Mosul (to Asharq Al-Awsat)"
FOUAD = "Fouad Qaid Ahmed, a member of the popular resistance (to Asharq Al-Awsat)"
TIHAMA = "a person close to the Tihama popular resistance (to Asharq Al-Awsat)"
WITN = "local witnesses (to Asharq Al-Awsat)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AW274, "دمرت طائرات التحالف الدولي أمس", "لقد دمرت طائرات التحالف الدولي أمس مخزنا كبيرا لأسلحة تنظيم داعش",
     ERV, AIR, GCAD, IS, "Bayboukht, Bashiqa", "IQ", "2015-07-30", "1", "10", "at_least",
     MAMO, "reported",
     "'yesterday' (DCT Fri 31 July -> 30 July) coalition aircraft destroyed a large ISIS weapons depot in the village of "
     "Bayboukht, Bashiqa subdistrict (east of Mosul), and more than ten ISIS militants were killed in the raid ('أكثر من "
     "عشرة' -> 10 at_least; 'Place, subdistrict' as the spent 'Kharab Dalil, Bashiqa' and 'Shanaf, Nimrud' rows; the "
     "international coalition -> Global Coalition Against Daesh, as the spent aawsat-64 rows; the KDP official is no party "
     "to the strikes -> reported). The outlet's umbrella 'Mosul and its outskirts saw intensive coalition raids yesterday "
     "on ISIS positions and headquarters' is folded into the named-place strike rows. Not coded: the 5,838 Yazidis "
     "abducted by ISIS (undated, the August 2014 Sinjar abductions, coded in the spent aawsat-803-92 set when dated; here "
     "a running tally; alternative a background Abduction row) and the 2,014 'liberated' so far, mostly bought back from "
     "traders (a running tally of ransoms, no violent act; the daily liberations generic); the sale of Yazidi women in "
     "slave markets in Raqqa, Fallujah and Mosul (generic, ongoing, no incident); the dozens of ISIS fighters who fled "
     "from the left to the right bank of Mosul (a movement, no clash)"),
    (AW274, "فجرت الطائرات الدولية سيارة مفخخة", "وفي الوقت ذاته فجرت الطائرات الدولية سيارة مفخخة تابعة لتنظيم داعش",
     ERV, AIR, GCAD, IS, "Bashiqa", "IQ", "2015-07-30", "1", "", "",
     MAMO, "reported",
     "at the same time (30 July) the coalition aircraft blew up an ISIS car bomb driven by a suicide bomber before it "
     "reached the Peshmerga positions near Bashiqa subdistrict (a strike on a different target near a differently named "
     "place -> own row; the bomber presumably killed but not stated -> fatalities empty; borderline: alternative folded "
     "into the Bayboukht row, or Strategic developments/Disrupted weapons use)"),
    (AW274, "استهدفت غارة أخرى رتلا", "استهدفت غارة أخرى رتلا من عجلات (داعش) بالقرب من قرية إمام رضا",
     ERV, AIR, GCAD, IS, "Imam Reza, Mosul", "IQ", "2015-07-30", "1", "9", "exact",
     MAMO, "reported",
     "another coalition raid targeted a column of ISIS vehicles near the village of Imam Reza (east of Mosul), destroying "
     "three vehicles and killing nine militants (9 exact; 'another raid' in the official's account of yesterday's raids -> "
     "30 July, precision 1, alternative 2; differently named place -> own row; the village is given only as east of "
     "Mosul -> 'Imam Reza, Mosul')"),
    (AW274, "في قصف جوي للتحالف", "بينما قتل أحد عشر مسلحا آخر في قصف جوي للتحالف استهدف مواقع التنظيم",
     ERV, AIR, GCAD, IS, "Khawaja Khalil, Wana", "IQ", "2015-07-30", "1", "11", "exact",
     MAMO, "reported",
     "eleven more militants were killed in a coalition air bombardment on ISIS positions near Khawaja Khalil, in Wana "
     "subdistrict (north of Mosul) ('أحد عشر' -> 11 exact; same account of 30 July -> precision 1; 'Place, subdistrict' as "
     "the Bayboukht row)"),
    (AW274, "إثر تعرضهن لهجوم من قبل مجموعة مسلحة", "إثر تعرضهن لهجوم من قبل مجموعة مسلحة",
     BAT, CLASH, UAG, IS, "Wadi al-Hajar, Mosul", "IQ", "2015-07-30", "1", "3", "exact",
     MAMO, "reported",
     "'yesterday' (30 July) three armed women of the ISIS women's al-Khansaa brigade, among them a prominent ISIS leader "
     "called Umm Aisha, were killed in Wadi al-Hajar near the Mosul railway line (west of the city) when an armed group "
     "attacked them (unnamed attackers -> Unidentified armed group; the victims are armed ISIS members -> Armed clash, "
     "alternative Violence against civilians/Attack; 3 exact; a quarter of west Mosul -> 'Wadi al-Hajar, Mosul')"),
    (AW274, "اعتقل أمس في حملة موسعة", "اعتقل أمس في حملة موسعة أكثر من 80 مواطنا موصليا",
     VAC, ABD, IS, CIVIQ, "Mosul", "IQ", "2015-07-30", "1", "", "",
     MAMO, "reported",
     "'yesterday' (30 July) ISIS detained more than 80 Mosul citizens in a wide campaign on the charge of using mobile "
     "phones, which the group punishes with death unless the detainee pays a fine (detention of civilians by ISIS -> "
     "Violence against civilians/Abduction/forced disappearance, as the spent 3alyoum-34 and aawsat-64 first rows; "
     "alternative Strategic developments/Arrests; no deaths)"),
    (AW274, "أعدمت لجنة الإعدامات", "أعدمت لجنة الإعدامات التي شكلها (داعش) في المواقع الخلفية لجبهاته أمس رميا بالرصاص",
     VAC, "Attack", IS, IS, "Mosul", "IQ", "2015-07-30", "1", "41", "exact",
     MAMO, "reported",
     "'yesterday' (30 July) the executions committee formed by ISIS at the rear positions of its fronts shot dead 41 of its "
     "child fighters who had fled from the Bashiqa battles (execution of the group's own members -> Violence against "
     "civilians/Attack, Islamic State vs Islamic State, as the spent almadina-534 row of ISIS executing 13 of its "
     "commanders; 41 exact; no place beyond the rear of its fronts in the Mosul account -> 'Mosul', alternative "
     "'Bashiqa' or empty)"),
    (YM1300, "حادثة التفجير الإرهابية", "في استشهاد رجال الأمن البواسل في حادثة التفجير الإرهابية التي استهدفت مسجد قوات الطوارئ",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Prince Jalawi bin Abdulaziz bin Musaed, governor of Najran region (Al Yaum)", "reported",
     "background (the news is the Najran governor's condolences and condemnation): the terrorist bombing that targeted the "
     "mosque of the Special Emergency Forces in Asir region, martyring security men and wounding others (the text says "
     "only 'bombing', no suicide -> Remote explosive/landmine/IED, as most spent Asir rows, alternative Suicide bomb; "
     "'this gang' not named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; no number -> "
     "fatalities empty; no date in the text, recent -> DCT, precision 2, as the spent alriyadh-838 and okaz-1328 rows of "
     "the same DCT; the actual 6 August is not in the text). Not coded: the citizens' blood donations (no event)"),
    (EQ781, "قبض الجهات الأمنية", "أن قبض الجهات الأمنية في المملكة على 431 إرهابيا منتمين لتنظيم",
     SD, "Arrests", POLSA, IS, "", "SA", "2015-07-21", "2", "", "",
     "Jamal al-Shamayleh, Jordanian ambassador to Saudi Arabia (to Al Eqtisadiah)", "reported",
     "background (the news is ambassadors' praise of Saudi counter-terrorism): the Saudi security agencies' arrest of 431 "
     "terrorists belonging to ISIS (the interior ministry's announcement of the dismantled ISIS-linked cells; the French "
     "ambassador's 'continuing arrests' and 'dismantling of many sleeper cells' and the foiled attacks are the same "
     "operation or generic -> folded; no place -> location empty; recent, no day -> DCT, precision 2, as the spent "
     "alyaum-2213 '431' row of the same DCT). Not coded: the ambassadors' statements (commentary), Saudi-French and "
     "Saudi-Jordanian cooperation"),
    (AW70, "السيطرة على مرتفعات جبل صبر", "«المقاومة الشعبية استطاعت السيطرة على مرتفعات جبل صبر وموقع العروس",
     BAT, GRT, YR, HOU, "Jabal Sabir, Taiz", "YE", "2015-08-08", "2", "", "",
     "Asharq Al-Awsat; " + FOUAD, "reported",
     "militarily the popular resistance in Taiz advanced and took a number of sites held by the Houthis (outlet's voice -> "
     "reported): the heights of Jabal Sabr, the al-Arous site, several important entrances to Taiz city and a number of "
     "hills around the city, held by the Houthis and Saleh's supporters (one set of captures on the Sabr front -> one row, "
     "'Jabal Sabir, Taiz' as the spent rows, alternative 'Taiz'; no day -> DCT, precision 2). Not coded: the Houthi siege "
     "of Taiz in the title and lead (a continuing condition), the 'violent battles' of the lead (generic, the named "
     "engagements are their own rows), the dengue deaths, hunger and displacement (humanitarian)"),
    (AW70, "إعطاب دبابة", "وإن مسلحي المقاومة تمكنوا من إعطاب دبابة خاصة بالمسلحين الحوثيين في منطقة حوض الأشرف",
     BAT, CLASH, YR, HOU, "Hawd al-Ashraf, Taiz", "YE", "2015-08-08", "2", "", "",
     FOUAD, "claimed",
     "the resistance fighters disabled a Houthi tank in the Hawd al-Ashraf area that had been used to shell residential "
     "neighbourhoods (a differently named place -> own row, as the spent alweeam-1164 'tank' row at Hawd al-Ashraf; "
     "alternative folded into the capture row; only in a resistance member's words -> claimed; no day -> DCT, precision 2)"),
    (AW70, "النقطة الرابعة", "«شهدت مناطق النقطة الرابعة وعصيفرة وشارع الأربعين، اشتباكات عنيفة",
     BAT, CLASH, YR, HOU, "Al Nuqta al-Rabia, Taiz", "YE", "2015-08-08", "2", "", "",
     FOUAD, "claimed",
     "the areas of al-Nuqta al-Rabia (Fourth Point), Usayfira and al-Arbain Street saw violent clashes between the popular "
     "resistance and the Houthis and Saleh's supporters, killing 11 Houthi fighters and one resistance fighter and wounding "
     "more than 30 Houthis and 7 resistance fighters (one location per row -> three rows, as the spent alriyadh-678 Taiz "
     "district clashes; the toll of 11 + 1 = 12 killed is given for the three areas together -> fatalities empty on all "
     "three, as the spent split rows; alternative one row 'Taiz' with 12 exact; resistance member's words -> claimed; no "
     "day -> DCT, precision 2)"),
    (AW70, "وعصيفرة", "«شهدت مناطق النقطة الرابعة وعصيفرة وشارع الأربعين، اشتباكات عنيفة",
     BAT, CLASH, YR, HOU, "Usayfira, Taiz", "YE", "2015-08-08", "2", "", "",
     FOUAD, "claimed",
     "the same clashes' second named area, Usayfira (one location per row; the 12 killed given for the three areas "
     "together -> fatalities empty, as the al-Nuqta al-Rabia row; claimed; DCT, precision 2)"),
    (AW70, "وشارع الأربعين", "«شهدت مناطق النقطة الرابعة وعصيفرة وشارع الأربعين، اشتباكات عنيفة",
     BAT, CLASH, YR, HOU, "Al Arbain Street, Taiz", "YE", "2015-08-08", "2", "", "",
     FOUAD, "claimed",
     "the same clashes' third named area, al-Arbain (Forty) Street ('Al Arbain Street, Taiz', transliterated as the spent "
     "'Al Sittin Street, Taiz'; fatalities empty as the al-Nuqta al-Rabia row; claimed; DCT, precision 2)"),
    (AW70, "القصف العشوائي على المدينة", "نتيجة القصف العشوائي على المدينة من قبل المسلحين الحوثيين",
     ERV, SHELL, HOU, CIVYE, "Taiz", "YE", "2015-08-08", "2", "1", "exact",
     FOUAD, "claimed",
     "a citizen was killed and others wounded by the Houthis' indiscriminate shelling of the city (1 exact); the Houthis "
     "and Saleh's supporters continue their indiscriminate shelling of the al-Dhabua and al-Ashbat neighbourhoods and "
     "others, and a lorry burned near the Layali al-Arab restaurant from the shelling (the same continuing shelling of the "
     "city -> folded; alternative own rows for the named neighbourhoods; residential areas -> Civilians (Yemen), as the "
     "spent Taiz shelling rows; resistance member's words -> claimed; no day -> DCT, precision 2)"),
    (AW70, "وكانت الحصيلة 93 قتيلا", "وكانت الحصيلة 93 قتيلا بينهم 24 طفلا و10 نساء و59 من الرجال",
     VAC, "Attack", HOU, CIVYE, "Taiz", "YE", "2015-07-01", "3", "93", "exact",
     "Taiz local monitors network (press conference, via Asharq Al-Awsat)", "reported",
     "aggregate: the Taiz local monitors network recorded for last July 93 killed, 24 children, 10 women and 59 men, 'all "
     "of whose lives the Houthi group reaped', and 1,027 wounded in Taiz governorate (a monitors' tally of victims "
     "attributed to the Houthis, no means stated -> Violence against civilians/Attack, alternative Shelling/artillery/"
     "missile attack; the month of July -> 1 July, precision 3; 93 exact; a monitoring group, not a party -> reported)"),
    (AW70, "قاموا باعتقال عدد من الشخصيات الاجتماعية", "قاموا باعتقال عدد من الشخصيات الاجتماعية الساعة الواحدة والنصف صباح الجمعة",
     SD, "Arrests", HOU, CIVYE, "Ad Dahi, Al Hudaydah", "YE", "2015-08-07", "1", "", "",
     "a source (to Asharq Al-Awsat)", "reported",
     "the Houthi gunmen stationed at the al-Dahi checkpoint (one of the districts of Al Hudaydah governorate) arrested a "
     "number of social figures at 1:30 a.m. on Friday (DCT Saturday 8 August -> 7 August, precision 1) as they headed to "
     "al-Munira to attend the burial of Abdulbari al-Ahdal, head of the Islah party branch in al-Munira district (Houthi "
     "detentions of civilians -> Strategic developments/Arrests, as the spent almadina-644 and okaz-1982 rows; "
     "alternative Violence against civilians/Abduction; 'Ad Dahi, Al Hudaydah' as the spent aawsat-157 row). Folded/not "
     "coded: the Houthis' continuing pursuit and arrest of all their opponents in Al Hudaydah and the Tihama resistance's "
     "continuing attacks 'in various cities' (generic)"),
    (AW70, "بتنفيذ هجوم على", "وأنهم قاموا، أمس، بتنفيذ هجوم على (يان هايلوكس)",
     BAT, CLASH, YR, HOU, "Al Lawha, Bani Qais", "YE", "2015-08-07", "1", "", "",
     TIHAMA, "claimed",
     "the Tihama resistance 'yesterday' (7 August) attacked with Kalashnikovs a Houthi Hilux pickup carrying a number of "
     "gunmen in al-Lawha area, Bani Qais, Hajjah governorate, 'and reports of dead and wounded' (vague -> fatalities "
     "empty; Tihama resistance -> Yemeni Resistance, as the spent alyaum-938 and almadina-580 rows; a person close to the "
     "resistance -> claimed; 'Place, district' as the spent 'Hattab, Mashraa wa Hadnan')"),
    (AW70, "دورية خاصة للمسلحين الحوثيين بقنبلة يدوية", "استهدفت المقاومة أيضًا دورية خاصة للمسلحين الحوثيين بقنبلة يدوية بجولة السمكة",
     ERV, "Grenade", YR, HOU, "Al Samaka Roundabout, Al Hudaydah", "YE", "2015-08-07", "2", "", "",
     TIHAMA, "claimed",
     "the resistance 'also' targeted a Houthi patrol with a hand grenade at the al-Samaka roundabout in front of the Eid "
     "prayer ground in Al Hudaydah city, with Houthi dead and wounded ('قتلى وجرحى' -> fatalities empty; hand grenade -> "
     "Grenade, as the spent almadina-580 row; 'also' after yesterday's attack, day not certain -> 7 August, precision 2; "
     "claimed)"),
    (AW70, "ببيت الشباب", "استهدافهم تجمعًا للمسلحين الحوثيين ببيت الشباب في مديرية السخنة",
     ERV, "Grenade", YR, HOU, "Bayt al-Shabab, As Sukhnah", "YE", "2015-08-07", "2", "", "",
     TIHAMA, "claimed",
     "the resistance also targeted a gathering of Houthi gunmen at the youth house (Bayt al-Shabab) in al-Sukhnah "
     "district, south of Al Hudaydah, with a hand grenade, causing serious injuries among the Houthis (no deaths stated; "
     "the same event as the spent almadina-580 row, its location form 'Bayt al-Shabab, As Sukhnah' kept; that row dated "
     "its DCT 8 August, precision 2; here 'also' after yesterday's attack -> 7 August, precision 2; claimed)"),
    (AW70, "مبنى مكافحة الملاريا", "شنت غاراتها على مبنى مكافحة الملاريا الذي يسيطر عليه الحوثيون في مديرية حيس",
     ERV, AIR, COAL, HOU, "Hays, Al Hudaydah", "YE", "2015-08-07", "2", "2", "at_least",
     "Asharq Al-Awsat; " + WITN + "; special sources", "reported",
     "the coalition aircraft launched raids on the evening of the day before yesterday and yesterday (6-7 August) on Houthi "
     "military headquarters in Al Hudaydah; witnesses: raids on the anti-malaria building held by the Houthis in Hays "
     "district, south of Al Hudaydah, with charred Houthi bodies seen under the rubble; special sources: two Houthi "
     "leaders from Amran, believed to be Abu Badr and Marzah, were killed in the strike on the malaria centre in Hays "
     "(-> 2 at_least; the 'more than 16 Houthi gunmen' killed are given for the Hays and al-Durayhimi raids together -> "
     "only in this note, as the spent split rows; the umbrella raids on 'a number of Houthi headquarters in Al Hudaydah "
     "city' folded into the two named-place rows, alternative own row 'Al Hudaydah'; two-day span -> 7 August, "
     "precision 2; 'Hays, Al Hudaydah' as the spent almadina-580 row, alternative 'Malaria Control Building, Hays')"),
    (AW70, "وتجمعا لهم في مزرعة", "وتجمعا لهم في مزرعة شمال غربي مديرية الدريهمي بالحديدة",
     ERV, AIR, COAL, HOU, "Ad Durayhimi, Al Hudaydah", "YE", "2015-08-07", "2", "", "",
     "Asharq Al-Awsat; " + WITN, "reported",
     "witnesses: the coalition raids also hit a Houthi gathering at a farm north-west of al-Durayhimi district, Al "
     "Hudaydah (differently named place -> own row; the more than 16 killed are given for Hays and al-Durayhimi together "
     "-> fatalities empty, as the spent split rows; unnamed farm -> 'Ad Durayhimi, Al Hudaydah', as the spent SK-3235 "
     "form; probably the spent almadina-580 Mansour farm strike of 6 August, but this text gives only the 6-7 August "
     "span -> 7 August, precision 2)"),
    (AW70, "قصفت البارجات البحرية", "«قصفت البارجات البحرية تجمعات للحوثيين في مديرية الدريهمي",
     ERV, SHELL, COAL, HOU, "Ad Durayhimi, Al Hudaydah", "YE", "2015-08-07", "2", "", "",
     WITN, "reported",
     "the same witnesses: the (coalition) warships shelled Houthi gatherings in al-Durayhimi district and a Houthi camp on "
     "the coast that had housed the al-Nasr battalion of the 180th brigade, which the Houthis seized (naval gunfire -> "
     "Shelling/artillery/missile attack; the coastal camp, unnamed place, folded; the warships' side implied: the "
     "coalition; no toll; day not stated, with the 6-7 August raids -> 7 August, precision 2). Not coded: the Houthis' "
     "earlier seizure of the 180th brigade's camp (undated relative clause)"),
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
