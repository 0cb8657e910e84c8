"""Bookkeeping helper for annotator B of the events91 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur49/events91/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 91 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 3002/3003, drawn at the start of stop 49, main 1e71539, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(3002).shuffle, walked in order; (b) 10 with no text filter: random.Random(3003).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, alriyadh 3, almadina 1, alwatan 1, alyaum 1, okaz 1; b: aawsat 3, aleqtisadiya 2, alwatan 1, alyaum 1, okaz 1, sabq 1, was 1).
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
MD1311 = "SN-almadina-20150721-1311"
AW114 = "SN-aawsat-20150810-114"
RY692 = "SN-alriyadh-20150809-692"
AW339 = "SN-aawsat-20150731-339"
WT1028 = "SN-alwatan-20150811-1028"
RY654 = "SN-alriyadh-20150727-654"
OK1344 = "SN-okaz-20150807-1344"
EQ343 = "SN-aleqtisadiya-20150802-343"
MALI = "Military Forces of Mali"
POLBH = "Police Forces of Bahrain"
CIVSA = "Civilians (Saudi Arabia)"
LPD = "Looting/property destruction"
DWU = "Disrupted weapons use"

ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (MD1311, "تفكيك خلايا", "في تفكيك خلايا التنظيم العنقودي لداعش",
     SD, "Arrests", POLSA, IS, "", "SA", "2015-07-21", "2", "", "",
     "Jeddah education director Abdullah al-Thaqafi (to Al Madina)", "reported",
     "background (the news is the education director's call on schools to fight extremism): the 'great successes' of the "
     "Saudi security services in dismantling the cluster cells of ISIS and aborting its bloody plans to target diplomatic "
     "missions and assassinate security men (the Interior Ministry's July 2015 announcement of the ISIS cell arrests; "
     "dismantled cells -> Strategic developments/Arrests, as the spent alyaum-1686 'كشف عن تلك الخلايا العنقودية' and "
     "almadina-490 editorial rows; foiled plots folded; no day and no place in the text -> DCT, precision 2, as those "
     "same-week rows; location empty). Not coded: 'all those arrested and convicted in terrorist bombings' (generic), "
     "the school programme (commentary)"),
    (AW114, "الهجوم على فندق", "مالي تسعى إلى كشف هوية منفذي الهجوم على فندق",
     BAT, CLASH, UAG, MALI, "Byblos Hotel, Sevare", "ML", "2015-08-07", "1", "13", "exact",
     "Malian government (final toll, via AFP and Asharq Al-Awsat)", "reported",
     "the title's news: the attack with hostage-taking on 'Friday' (DCT Monday 10 August -> 7 August, precision 1) on "
     "the Byblos hotel in Sevare, central Mali, stormed at about 7:00 local time by attackers of unknown identity and "
     "number; the government's 'final toll' 13 dead: four Malian soldiers, five contractors of the UN mission and four "
     "attackers (13 exact); folded: the army force's elimination of the attackers in the night of Friday to Saturday "
     "(alternative own row, 8 August, as the spent alweeam-949 row); no group claimed it, suspicion falls on the Macina "
     "Liberation Front ('شكوك', 'قد تكون') -> Unidentified armed group, as the spent Sevare rows; soldiers killed and "
     "attackers killed -> Battles/Armed clash vs Military Forces of Mali, as the spent aawsat-184 row; the hotel is "
     "named -> 'Byblos Hotel, Sevare' as that adjudicated row). Not coded: the investigations, the army patrols in Sevare "
     "and between Mopti and Sevare, the opposition parties' and CMA's statements, Algeria's support for the peace deal"),
    (AW114, "احتجاز الرهائن", "منفذي عملية احتجاز الرهائن الجمعة",
     VAC, ABD, UAG, "Civilians (Mali)", "Sevare", "ML", "2015-08-07", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "borderline: the operation is called a hostage-taking ('عملية احتجاز الرهائن' in the hotel where foreigners usually "
     "stay; 'the latest hostage-taking operation' later, same event) -> Violence against civilians/Abduction, as the "
     "spent almadina-578 and alweeam-949 Sevare hostage rows; the hostages not described -> Civilians (Mali) by the "
     "country-of-event rule; Friday -> 7 August, precision 1; fatalities in the battle row; alternative folded into the "
     "attack row, as the adjudicated aawsat-184)"),
    (AW114, "هجومان شنهما جهاديون", "وكان هجومان شنهما جهاديون في الأول والثالث من أغسطس",
     BAT, CLASH, UAG, MALI, "", "ML", "2015-08-01", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: two attacks by jihadists on 1 and 3 August killed 13 soldiers in central and northern Mali (two "
     "differently dated events -> two rows; this one the 1 August attack; the 13 is the two attacks' combined toll with "
     "no split -> fatalities empty in both rows, toll in the note; the later 'two attacks that killed 13 among the "
     "military' is the same pair; jihadists not named -> Unidentified armed group; no place named, 'central and "
     "northern Mali' -> location empty; attacks killing soldiers -> Armed clash, as the spent Mali rows)"),
    (AW114, "والثالث من أغسطس", "في الأول والثالث من أغسطس (آب) أديا إلى مقتل 13 عسكريا",
     BAT, CLASH, UAG, MALI, "", "ML", "2015-08-03", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the second of the two jihadist attacks, on 3 August (the spent adjudicated aawsat-99 Gourma-Rharous "
     "attack of that day, 10 killed, is not named here -> location empty; combined toll 13 with the 1 August attack -> "
     "fatalities empty; see the 1 August row)"),
    (AW114, "ووقعت هجمات جهادية عدة", "ووقعت هجمات جهادية عدة في الأسابيع الأخيرة في جنوب مالي",
     BAT, CLASH, UAG, "", "", "ML", "2015-08-10", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: several jihadist attacks 'in recent weeks' in southern Mali near the borders of Ivory Coast and Burkina "
     "Faso, a region not reached by violence before (no count, target, place or day -> one aggregate row, DCT, precision "
     "3; targets not stated -> actor2 empty; Armed clash as the article's other jihadist attacks, alternative not coded "
     "as generic). Not coded: the opposition's 'rise in terrorist and jihadist attacks' and the CMA's 'assassinations "
     "of Azawad civilians' (generic), the kidnappings of Westerners around Mopti, the 2012 takeover of the north and the "
     "January 2013 French-led operation (too old), Ansar Dine's 2012-2013 control of the north (too old)"),
    (RY692, "وهوجم نحو 150 مركز إيواء", "وهوجم نحو 150 مركز إيواء أنشئت حديثا",
     SD, LPD, UAG, "", "", "DE", "2015-01-01", "3", "", "",
     "Al Riyadh (Reuters)", "reported",
     "aggregate: about 150 newly established refugee shelters were attacked and damaged or destroyed 'this year', the "
     "attackers usually setting them on fire ('this year' -> 1 January 2015, precision 3; property attacks with no one "
     "hurt -> Strategic developments/Looting/property destruction; attackers unnamed -> Unidentified armed group; as the "
     "spent adjudicated aawsat-156 row of the same Reuters story). Folded: the arson incidents in the headlines, the "
     "arsonists of Eiser's words, the BfV chief's 'rising number of attacks on refugee housing'. Not coded: the protests "
     "against refugees in the headlines (no place, day or count; as the adjudicated aawsat-156), the recurring violence "
     "in Calais (generic), the Taliban's beheading of a young Afghan's brother (no date or place, personal story), the "
     "refugee housing in Kerpen-Manheim"),
    (RY692, "تروغليتز", "في بلدات مثل تروغليتز ورمشيغن",
     SD, LPD, UAG, "", "Troglitz", "DE", "2015-08-09", "3", "", "",
     "Al Riyadh (Reuters)", "reported",
     "background: 'the burned refugee centres in towns such as Tröglitz and Remchingen' (no date in the text -> DCT, "
     "precision 3; one location per row; as the spent aawsat-156 rows)"),
    (RY692, "رمشيغن", "في بلدات مثل تروغليتز ورمشيغن",
     SD, LPD, UAG, "", "Remchingen", "DE", "2015-08-09", "3", "", "",
     "Al Riyadh (Reuters)", "reported",
     "background: the second town of the burned refugee centres (see the Tröglitz row)"),
    (RY692, "فورا", "مراكز الإيواء التي أحرقت في فورا",
     SD, LPD, UAG, "", "Vorra", "DE", "2015-08-09", "3", "", "",
     "Al Riyadh (Reuters)", "reported",
     "background: a Nazi swastika was painted on one of the shelters burned in Vorra (arson + swastika one row; no date "
     "in the text -> DCT, precision 3, as the spent aawsat-156 row)"),
    (AW339, "التفجير الذي وقع في قرية سترة", "تورط إيران في التفجير الذي وقع في قرية سترة",
     ERV, IED, UAG, POLBH, "Sitra", "BH", "2015-07-31", "2", "2", "exact",
     "Bahraini authorities; Bahrain News Agency; a security source (to Asharq Al-Awsat)", "reported",
     "the title's subject: the bombing in the village of Sitra near Manama that killed two policemen and wounded six "
     "others, the deadliest attack in Bahrain in many months (title 'تفجير {سترة}', 'التفجير الإرهابي', 'الهجوم', "
     "'الحادث الإرهابي' same event -> one row; 2 exact; only 'تفجير' -> the generic explosive sub-type, as the spent "
     "Sitra rows; police victims -> Police Forces of Bahrain); claimed by an unknown group calling itself 'the Islamic "
     "Resistance - Saraya Waad Allah', new per a security source -> Unidentified armed group, as the spent Sitra rows "
     "(alternative the claimant's name); the text gives no day (the real 28 July is not stated; the authorities' hint "
     "was 'yesterday') -> DCT, precision 2, as the spent aljazirah-453 next-day reaction row. Not coded: Bahrain's hint "
     "at Iran, the Saudi, Gulf and Arab League condemnations (statements), the March 2014 attack (comparison, more than "
     "12 months)"),
    (AW339, "صادرته السلطات", "من نفس النوع الذي صادرته السلطات يوم السبت الماضي",
     SD, DWU, POLBH, "", "", "BH", "2015-07-25", "1", "", "",
     "Bahrain News Agency (via Asharq Al-Awsat)", "reported",
     "background: the explosives used were of the same kind as those the authorities seized 'last Saturday' (DCT Friday "
     "31 July -> 25 July, precision 1), a shipment they said was smuggled from Iran (seizure of explosives -> Disrupted "
     "weapons use, as the spent alwatan-1359 Bahrain seizure row; the seizing authorities -> Police Forces of Bahrain; "
     "no smuggler named -> actor2 empty; no place -> location empty)"),
    (WT1028, "تحررت عدن تماما", "تحررت عدن تماما من عصابات الحوثي",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-11", "2", "", "",
     "Al Watan (editorial)", "reported",
     "background (editorial on the Saudi summer): among the achievements of 'the past days', in Yemen, where the Kingdom "
     "leads the coalition, Aden was completely liberated from the Houthi gangs and Saleh's followers, so the legitimate "
     "leaders can settle there (the capturing side not named; pro-Hadi forces -> Yemeni Resistance as the spent Aden "
     "rows; 'the past days' -> DCT, precision 2, alternative precision 3 as the spent undated Aden background rows). "
     "Not coded: the expected march on Sanaa (expectation), 'what we saw recently in Kuwait and Bahrain', the Israeli "
     "'brutality' against the Palestinians, the developments in Iraq and Syria, the Syrian revolution's advance, the "
     "armed forces' battles near Najran and Jazan (all generic commentary)"),
    (RY654, "اشتباكات عنيفة", "من التقدم باتجاه قيادة المحور وإدارة الأمن العام بعد اشتباكات عنيفة",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-07-27", "2", "", "",
     "Al Riyadh", "reported",
     "'in the field' the Yemeni resistance in Taiz governorate advanced toward the (military) axis command and the "
     "general security directorate after violent clashes with the militias of the Houthis and the deposed Saleh "
     "(advance without a stated capture -> Armed clash; no day -> DCT, precision 2; the two buildings are in Taiz city "
     "-> 'Taiz')"),
    (RY654, "سيطرتها على نقطة الربيعي", "بعد سيطرتها على نقطة الربيعي",
     BAT, GRT, YR, HOU, "Nuqtat al-Rabi'i, Taiz", "YE", "2015-07-27", "2", "", "",
     "Al Riyadh", "reported",
     "the resistance, backed by the national army, made a military advance toward the 35th Armoured Brigade after taking "
     "the al-Rabi'i checkpoint (the capture -> Government regains territory, as the spent aawsat-72 'Nuqtat al-Rabi'i, "
     "Taiz' row; the advance toward the brigade folded; the text gives no day -> DCT, precision 2; the real capture was "
     "reported on 22 July, not stated here; army in the note, resistance named first -> Yemeni Resistance)"),
    (RY654, "الوهط", "من السيطرة على منطقتي الوهط وصبر",
     BAT, GRT, YR, HOU, "Al Waht, Lahij", "YE", "2015-07-27", "2", "", "",
     "Al Riyadh", "reported",
     "the resistance took control of the two areas of al-Waht and Sabr after strong clashes in Lahij governorate (one "
     "location per row; the clashes folded; no day -> DCT, precision 2; the spent almadina-595 row of the same capture "
     "had 'yesterday' (26 July) in its text; place spelled as that row)"),
    (RY654, "وصبر", "من السيطرة على منطقتي الوهط وصبر",
     BAT, GRT, YR, HOU, "Sabr, Lahij", "YE", "2015-07-27", "2", "", "",
     "Al Riyadh", "reported",
     "same sentence: the resistance took Sabr, Lahij (see the al-Waht row)"),
    (RY654, "وشنت مقاتلات التحالف غارات جوية", "وشنت مقاتلات التحالف غارات جوية على مواقع",
     ERV, AIR, COAL, HOU, "Sanaa", "YE", "2015-07-27", "2", "", "",
     "Al Riyadh", "reported",
     "coalition fighter jets carried out air raids on positions held by the Houthis and Saleh's forces in the capital "
     "'hours before the humanitarian truce took effect' (the truce's start is not dated in the text -> DCT, precision 2; "
     "the capital -> Sanaa; Saleh's forces in the note)"),
    (RY654, "اعتقلت القائد العسكري", "إن القوى الجنوبية اعتقلت القائد العسكري عبدالخالق الحوثي",
     SD, "Arrests", YR, HOU, "", "YE", "2015-07-27", "2", "", "",
     "the (southern) resistance movement (via Al Riyadh)", "claimed",
     "the resistance movement said the southern forces arrested the military commander Abdulkhaliq al-Houthi, brother "
     "of the Houthi leader Abdulmalik al-Houthi, who played a big role in the group's seizure of Sanaa (only the "
     "resistance's assertion -> claimed; capture of an enemy commander -> Strategic developments/Arrests, as the spent "
     "claimed Abdulkarim al-Houthi arrest row; the southern forces -> Yemeni Resistance; no place, no day -> location "
     "empty, DCT, precision 2). Not coded: the arrival of the aid ship 'Darb al-Khair' in Aden port 'yesterday morning' "
     "(humanitarian), the Houthis' seizure of Sanaa (no date in the text; September 2014)"),
    (OK1344, "حادثة تفجير مسجد قوات الطوارئ", "وتعد حادثة تفجير مسجد قوات الطوارئ الخاصة بمنطقة عسير",
     ERV, IED, IS, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Okaz", "reported",
     "the article's subject: the bombing of the Special Emergency Forces mosque in the Asir region, 'the terrorist crime "
     "that took place yesterday Thursday' in it (DCT Friday 7 August -> 6 August, precision 1; same event -> one row); "
     "only 'تفجير' -> the generic explosive sub-type, as the spent Asir rows of that wording (alternative Suicide bomb); "
     "'the fourth terrorist operation targeting worshippers since the start of the year', the series given to ISIS -> "
     "Islamic State, as the spent alriyadh-669 row of the same wording (alternative Unidentified armed group); no toll "
     "-> fatalities empty; Emergency Forces -> Police Forces of Saudi Arabia"),
    (OK1344, "قبضها على 190 إرهابيا", "قبضها على 190 إرهابيا ينتمون إلى تنظيم داعش",
     SD, "Arrests", POLSA, IS, "", "SA", "2015-07-18", "2", "", "",
     "Saudi Interior Ministry (via Okaz)", "reported",
     "background: on the second day of Eid al-Fitr (1 Shawwal 1436 = 17 July 2015 -> 18 July) the Interior Ministry "
     "announced the arrest of 190 terrorists belonging to ISIS in a pre-emptive operation, foiling 7 suicide operations "
     "planned against mosques in the Eastern Province every Friday with assassinations of road-security men (the arrests "
     "on or before the announcement -> precision 2; folded: the foiled ISIS plan to attack the Riyadh Special Emergency "
     "Forces mosque with explosive belts on Friday 9/9/1436 and the seven dated planned operations; no place -> location "
     "empty)"),
    (OK1344, "القبض على 93 شخصا", "من القبض على 93 شخصا، من بينهم امرأة",
     SD, "Arrests", POLSA, UAG, "", "SA", "2015-04-01", "3", "", "",
     "Okaz", "reported",
     "background: 'three months ago, in April of this year' the security services arrested 93 persons, among them a "
     "woman, in several regions of the Kingdom, run by elements of 'the deviant group', whose plans had reached advanced "
     "stages (April -> 1 April 2015, precision 3; 'الفئة الضالة' names no organisation -> Unidentified armed group; "
     "several regions -> location empty)"),
    (OK1344, "باستهداف مسجد في قرية الدالوة", "وذلك باستهداف مسجد في قرية الدالوة في محافظة الأحساء",
     VAC, "Attack", IS, CIVSA, "Al Dalwah, Al Ahsa", "SA", "2015-08-07", "3", "", "",
     "Okaz", "reported",
     "background: the first of the attacks on worshippers 'since the start of the year': ISIS targeted a mosque in the "
     "village of al-Dalwa, al-Ahsa governorate (kind of attack not stated -> Violence against civilians/Attack; no date "
     "in the text -> DCT, precision 3; as the spent adjudicated alriyadh-669 row of the same wording, spelling "
     "'Al Dalwah, Al Ahsa'; the real date, November 2014, is outside the text)"),
    (OK1344, "تلته عملية انتحارية", "تلته عملية انتحارية في مسجد الإمام علي بن أبي طالب في القديح",
     ERV, SUI, IS, CIVSA, "Al Qudaih, Qatif", "SA", "2015-08-07", "3", "", "",
     "Okaz", "reported",
     "background: then a suicide operation in the Imam Ali bin Abi Talib mosque in al-Qudaih, Qatif governorate (suicide "
     "stated -> Suicide bomb; ISIS's series -> Islamic State; worshippers -> Civilians (Saudi Arabia); no date, no toll "
     "-> DCT, precision 3, as the spent alriyadh-669 row)"),
    (OK1344, "إحباط عملية انتحارية", "تلاها إحباط عملية انتحارية أثناء محاولة إرهابي داعشي",
     SD, DWU, POLSA, IS, "Al Anoud Mosque, Dammam", "SA", "2015-08-07", "3", "", "",
     "Okaz", "reported",
     "background: then the foiling of a suicide operation when an ISIS terrorist disguised in women's clothes tried to "
     "enter al-Anoud mosque in Dammam during Friday prayer (the text says foiled -> Strategic developments/Disrupted "
     "weapons use, as the spent adjudicated alriyadh-669 row of the same wording; alternative Suicide bomb; no date -> "
     "DCT, precision 3). Not coded: the security men's role over the past 12 years and the al-Qaeda/ISIS aims "
     "(generic)"),
    # ---- set b (no text filter) ----
    (EQ343, "تحريرها", "في زيارة هي الأولى للمدينة منذ تحريرها من ميليشيا التمرد الحوثية",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-15", "3", "", "",
     "Al Eqtisadiya (AFP)", "reported",
     "background (the news is Prime Minister Bahah's first visit): Aden was liberated from the Houthi rebel militia and "
     "the deposed Saleh with the support of the coalition; Bahah is the highest official to return 'since the "
     "announcement in mid-July of the recapture of the coastal city' (same event -> one row; mid-July -> 15 July, "
     "precision 3, as the spent 'in mid-July' Aden row; the victor not named, pro-Hadi forces -> Yemeni Resistance, as "
     "the spent Aden rows; the fighting's damage to the presidential palace, the police HQ, the radio-TV building and "
     "the 4th Military Region HQ folded). Not coded: the visit, the planned continuation of military operations to "
     "secure Aden and liberate the other governorates (generic plan), Hadi's possible return"),
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
