"""Bookkeeping helper for the events11 gold set (single annotator, training set of stop 20): writes
events_gold.tsv from the rows typed below by hand. For each row I copied a short context snippet from
texts/<id>.txt by hand; this script finds that snippet (it must occur exactly once), locates the trigger inside it
and turns that into the trigger's 1-based occurrence number (every substring hit of trigger_surface in
title + "\n" + text counts, also inside longer words). It also fills dct from the TIME field in ids.txt (converted
to a UTC date). It does no extraction. The helper functions are those of ../events8/addrows.py.
Run: python3 tests/data/heldout/events11/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 11 (Arabic news), 20 articles. Single annotator, training set of stop 20. Annotator: helper session (annotator T11), 2026-11-26 (UTC). Not double-annotated, not adjudicated.
# Sample: sample.py -> ids.txt. From /work/shared/datasets/ant_multisource/articles.jsonl.gz (ANT; cat in {internationalNews, middleEast}, 120-800 words, id not in /work/notes/used_ids.txt and not a bundled-corpus article): one part (a) of 20 whose text matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2683).shuffle of line indices, walked in order, >=3 src (got, by id prefix: AL 2, BB 3, CN 2, FR 3, SK 10).
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

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
PR = "Protests"
VAC = "Violence against civilians"
SYR = "Military Forces of Syria"
ISR = "Military Forces of Israel"
PPS = "Protesters (Palestine)"
PIR = "Protesters (Iran)"
PUS = "Protesters (United States)"
POLIR = "Police Forces of Iran"
CSY = "Civilians (Syria)"
HOU = "Houthis"
FR2680 = "FR-internationalNews-2680-20180812"
SK2772 = "SK-middleEast-2772-20180705"
SK438 = "SK-middleEast-438-20180320"
BB52 = "BB-middleEast-52-20180220"
BB352 = "BB-middleEast-352-20180416"
CN719 = "CN-internationalNews-719-20181017"
SK3020 = "SK-internationalNews-3020-20180815"
SK97 = "SK-internationalNews-97-20180223"
SK467 = "SK-middleEast-467-20180321"
FR118 = "FR-middleEast-118-20180307"
SK2402 = "SK-middleEast-2402-20180615"
SK790 = "SK-internationalNews-790-20180404"
AL759 = "AL-internationalNews-759-20180402"
SK1060 = "SK-internationalNews-1060-20180421"
AL1239 = "AL-internationalNews-1239-20180518"
FR1118 = "FR-internationalNews-1118-20180507"
CN1385 = "CN-middleEast-1385-20181001"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- FR-2680: Unite the Right rally in Washington, counter-protest, Charlottesville ----
    (FR2680, "تظاهرة", "الأحد تظاهرة أمام البيت الأبيض",
     PR, "Peaceful protest", PUS, "", "Lafayette Square, Washington", "US", "2018-08-12", "1", "", "",
     "France 24", "planned",
     "Sunday rally of some hundreds of white supremacists / far right ('Unite the Right', organiser Jason Kessler) in "
     "Lafayette Square in front of the White House, authorised for about 400 people from 17:30 for two hours; the "
     "article (10:28 UTC) precedes it -> planned. Same event as the title's and lead's 'تظاهرة كبيرة'/'يتظاهر'. Not "
     "coded: the security deployment, the firearms ban, Trump's and Ivanka Trump's tweets, Bowser's remarks"),
    (FR2680, "تظاهرة مضادة", "مشاركين في تظاهرة مضادة ستنظم في المكان نفسه",
     PR, "Peaceful protest", PUS, "", "Lafayette Square, Washington", "US", "2018-08-12", "1", "", "",
     "France 24", "planned",
     "counter-demonstration to be held at the same place on Sunday; the left-wing ANSWER Coalition planned 'a big "
     "action' against the white nationalists (own row: different protesters, opposite cause)"),
    (FR2680, "وساروا", "وساروا مسافة قصيرة في هذا الحي",
     PR, "Peaceful protest", PUS, "", "Charlottesville", "US", "2018-08-12", "2", "", "",
     "France 24", "reported",
     "background: dozens of anti-fascist activists dressed in black marched a short distance in Charlottesville's "
     "downtown pedestrian area while police surrounded them (escorting/encircling, no force described -> Peaceful "
     "protest, actor2 empty); no day in the text (anniversary weekend) -> DCT, precision 2. Not coded: the 12 August "
     "2017 Charlottesville clashes and car ramming (Heather Heyer killed, 19 injured; 12 months before the DCT, "
     "history), Virginia's state of emergency and barriers (administrative), the refused Charlottesville permit"),
    # ---- SK-2772: Giants Brigades offensive on al-Tuhayta (Hodeidah) ----
    (SK2772, "هجوما واسعا", "الخميس، هجوما واسعا على مركز مديرية التحيتا",
     "Battles", "Armed clash", "Giants Brigades", HOU, "Al-Tuhayta, Hodeidah", "YE", "2018-07-05", "1", "", "",
     "Military sources", "reported",
     "Thursday: the Giants Brigades (commander Abu Zaraa al-Muharrami), backed by the Saudi-led coalition, launched a "
     "wide attack on the centre of al-Tuhayta district (Hodeidah governorate) against the Houthis; seizure of "
     "'a number of' Houthi positions and heavy Houthi losses (vague) folded. Not coded: reinforcements arriving before "
     "the attack"),
    (SK2772, "غارات", "غارات للتحالف وهجوم واسع",
     ERV, "Air/drone strike", "Saudi-led coalition", HOU, "Al-Tuhayta, Hodeidah", "YE", "2018-07-05", "2", "", "",
     "Military sources", "reported",
     "coalition aircraft support the resistance with direct strikes on the Houthis deep in al-Tuhayta (title: "
     "'coalition raids'); present tense, ongoing -> DCT, precision 2"),
    (SK2772, "زبيد", "مواقع الميليشيات في مديريتي زبيد والتحيتا",
     "Battles", "Armed clash", "Yemeni Resistance", HOU, "Zabid, Hodeidah", "YE", "2018-07-05", "2", "", "",
     "Military sources", "reported",
     "background: the Joint Yemeni Resistance carries out several attacks on Houthi positions in Zabid and al-Tuhayta "
     "districts to secure the coastal road (ongoing, generic; the al-Tuhayta part is folded into the Thursday attack, "
     "Zabid is a different place -> own row, precision 2). The clearing of farms (generic) is folded"),
    # ---- SK-438: Douma and Jaramana, Tuesday ----
    (SK438, "قصف مدفعي وغارات", "في قصف مدفعي وغارات سورية وروسية",
     ERV, "Air/drone strike", SYR, CSY, "Douma", "SY", "2018-03-20", "1", "29", "exact",
     "Syrian Observatory for Human Rights", "reported",
     "Tuesday: 29 civilians killed in artillery shelling and Syrian and Russian air strikes on Douma (Eastern "
     "Ghouta) that went on all day; one row (same place and day, one toll), actor1 Syrian forces, Russian aircraft "
     "in the note"),
    (SK438, "قذيفة صاروخية", "أن قذيفة صاروخية أطلقتها",
     ERV, "Shelling/artillery/missile attack", "Syrian rebels", CSY, "Kashkoul, Jaramana", "SY", "2018-03-20", "1",
     "35", "exact", "Syrian state television (Rif Dimashq police command source)", "reported",
     "Tuesday: a rocket fired by opposition factions ('terrorist organisations' in the police source's words) hit a "
     "popular market in Kashkoul on the edge of Jaramana, south-east of Damascus: 35 killed (the lead states the "
     "toll as fact: '35 civilians killed ... by opposition shelling'). The generic intensified shelling of Damascus "
     "is not a separate row"),
    (SK438, "ضربة جوية", "بعدما دمرت ضربة جوية، الأحد",
     ERV, "Air/drone strike", SYR, CSY, "Douma", "SY", "2018-03-18", "1", "", "",
     "Iyad Abdulaziz (head of the Douma civil council)", "claimed",
     "background: on Sunday an air strike destroyed warehouses holding the last UN aid shipment in Douma (given only "
     "in Abdulaziz's words -> claimed; the striking force is not named: government air strikes implied by the "
     "context of Syrian/Russian raids on Douma)"),
    (SK438, "حملة عسكرية", "بالتزامن مع حملة عسكرية لقوات النظام السوري",
     "Battles", "Government regains territory", SYR, "Syrian rebels", "Eastern Ghouta", "SY", "2018-03-20", "3",
     "", "", "Russian Ministry of Defence", "reported",
     "aggregate: the government offensive against Eastern Ghouta since 18 February, during which it took about 65% "
     "of the besieged area (figure from the Russian defence ministry); as events8's SK-561 aggregate, DCT precision 3"),
    # ---- BB-52: IEDs at massage centres in Baghdad ----
    (BB52, "انفجارعبوة ناسفة", "بجروح في انفجارعبوة ناسفة",
     ERV, "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians (Iraq)", "Al-Nidal Street, Baghdad",
     "IQ", "2018-02-19", "1", "", "", "Security and medical sources", "reported",
     "late Monday night: an IED exploded near a massage centre on al-Nidal Street in central Baghdad, 5 civilians "
     "wounded (trigger has no space in the text: 'انفجارعبوة'). A security source says unnamed 'religious groups' "
     "have lately been targeting massage centres (not attributed to this blast -> Unidentified armed group)"),
    (BB52, "تفجير الأحد", "وأسفر تفجير الأحد عن وقوع أضرار",
     ERV, "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians (Iraq)", "Al-Ghadir, Baghdad",
     "IQ", "2018-02-18", "1", "", "", "Iraqi media", "reported",
     "background: Sunday's IED targeting a massage centre in al-Ghadir near Maysalun Square, Baghdad; material damage "
     "only. Not coded: the third blast 'within about a month' (no place or day), the attacks since 2014 (generic)"),
    # ---- BB-352: Assad's children at Artek; Western strikes ----
    (BB352, "الهجمات الصاروخية الغربية", "بعيد الهجمات الصاروخية الغربية",
     ERV, "Shelling/artillery/missile attack", "Western coalition (United States, United Kingdom, France)", SYR, "",
     "SY", "2018-04-15", "2", "", "", "BBC", "reported",
     "background: the Western missile strikes on Syrian government targets shortly before Assad met Russian MPs in "
     "Damascus on Sunday (day not given -> on/before Sunday, precision 2). The text says only 'Western'; the three "
     "states are added from the well-known 14 April strikes (borderline naming). Not coded: the Artek holiday, the "
     "MPs' visit, Russian air strikes since September 2015 (generic, too old)"),
    (BB352, "هجوم مزعوم بالأسلحة الكيمياوية", "في هجوم مزعوم بالأسلحة الكيمياوية",
     ERV, "Chemical weapon", SYR, CSY, "", "SY", "2018-04-16", "3", "", "",
     "Western governments", "claimed",
     "background: the alleged chemical attack for which Western governments blamed the Syrian army (no place or day in "
     "the text -> location empty, DCT precision 3; 'alleged', attribution only by Western governments -> claimed)"),
    # ---- CN-719: Kerch college explosion; Iranian border guards abducted ----
    (CN719, "التفجير", "أن يكون التفجير الذي وقع في كلية",
     ERV, "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians (Ukraine)", "Kerch", "UA",
     "2018-10-16", "1", "10", "exact", "Russian National Anti-Terrorism Committee; Dmitry Peskov", "reported",
     "Tuesday: explosion at the Kerch Polytechnic College in Crimea, 10 killed and 50 injured; the anti-terrorism "
     "committee says an 'unidentified explosive device' caused it, Peskov says it may be a terrorist act, Russian "
     "media cited emergency officials about a gas-cylinder explosion (perpetrator not named). Crimea coded under UA "
     "(ACLED practice), victims Civilians (Ukraine) accordingly (borderline)"),
    (CN719, "اختطاف", "اختطاف عدد من قوات التعبئة وحرس الحدود",
     "Battles", "Armed clash", "Unidentified armed group", "Military Forces of Iran", "", "IR", "2018-10-16", "1",
     "", "", "Islamic Republic News Agency (IRNA)", "reported",
     "Tuesday: a number of Basij forces and border guards abducted in south-eastern Iran by 'a terrorist group' "
     "(unnamed, no details). Abduction of security personnel, not civilians -> Battles/Armed clash (borderline; not "
     "Violence against civilians). Not coded: the Afghan election preview, Castaner's appointment, Peskov and Trump "
     "on '60 Minutes' (news-ticker items)"),
    # ---- SK-3020: car ramming at Westminster ----
    (SK3020, "ودهس بها المارة", "قاد سيارة ودهس بها المارة",
     VAC, "Attack", "Salih Khater", "Civilians (United Kingdom)", "Houses of Parliament, London", "GB", "2018-08-14",
     "1", "", "", "European security source", "reported",
     "Tuesday: a man (Salih Khater, 29, British of Sudanese origin from Birmingham) drove a car into passers-by and "
     "cyclists in front of the British parliament; several non-serious injuries; police arrested him (folded); being "
     "treated as a terrorist act, not yet confirmed (Ben Wallace), motive unknown. Not coded: Khalid Masood's "
     "Westminster attack of March 2017 (more than 12 months before the DCT)"),
    # ---- SK-97: Dapchi schoolgirls ----
    (SK97, "هاجموا مدرسة للبنات", "ثم هاجموا مدرسة للبنات",
     VAC, "Abduction/forced disappearance", "Boko Haram", "Civilians (Nigeria)", "Dapchi, Yobe", "NG", "2018-02-19",
     "1", "", "", "Reuters", "reported",
     "Monday evening: Boko Haram fighters drove trucks into Dapchi (Yobe State), some with heavy weapons, attacked a "
     "girls' school; 76 schoolgirls missing/abducted (reports vary 50 to over 100); a witness saw three trucks full of "
     "crying girls. Not coded: the state government's Wednesday announcement that the army rescued them, retracted "
     "by Governor Ibrahim Gaidam on Thursday (no rescue took place)"),
    # ---- SK-467: Ahed Tamimi plea deal ----
    (SK467, "إلقاء القبض عليها", "منذ إلقاء القبض عليها في ديسمبر",
     SD, "Arrests", ISR, "Civilians (Palestine)", "", "PS", "2017-12-01", "3", "", "",
     "Gaby Lasky (Ahed Tamimi's lawyer)", "reported",
     "background: Ahed Tamimi (then 16) arrested in December after the filmed slapping of a soldier (arresting force "
     "not named; the Israeli army confirmed the plea deal and she was tried by the Ofer military court -> Israeli "
     "forces). Not coded: the plea deal, 8-month sentence and trial (legal), the petition, Amnesty's statement; the "
     "slapping incident itself (no ACLED event)"),
    # ---- FR-118: Iranian women's anti-hijab protests ----
    (FR118, "اعتقال إمراة", "اعتقال إمراة، فيدا موفاهد",
     PR, "Protest with intervention", PIR, POLIR, "Enghelab Street, Tehran", "IR", "2017-12-01", "3", "", "",
     "France 24", "reported",
     "background: Vida Movahed arrested in late December after uncovering her head on crowded Enghelab ('Revolution') "
     "Street in Tehran and hanging her headscarf on a stick (one-woman protest; arresting force not named, police "
     "implied; released since)"),
    (FR118, "توقيف نحو ثلاثين امرأة", "فقد تم توقيف نحو ثلاثين امرأة",
     PR, "Protest with intervention", PIR, POLIR, "", "IR", "2018-03-07", "3", "", "",
     "France 24", "reported",
     "aggregate: about thirty other women arrested in Iran for uncovering their heads in public in protest against the "
     "hijab law (no place or days)"),
    (FR118, "دفع شرطي", "دفع شرطي بقسوة امرأة",
     PR, "Protest with intervention", PIR, POLIR, "", "IR", "2018-02-01", "3", "", "",
     "France 24; Masih Alinejad", "reported",
     "background: late February, a policeman roughly pushed a woman protesting against the hijab off the platform she "
     "stood on; per Masih Alinejad she was arrested and 'severely beaten during her arrest' (beating only in her "
     "words; not coded as Excessive force: no death or stated serious injury). No place in the text"),
    (FR118, "واعتقلت باباي", "واعتقلت باباي وهي محامية",
     PR, "Protest with intervention", PIR, POLIR, "", "IR", "2018-02-02", "1", "", "",
     "France 24", "reported",
     "background: lawyer Shima Babaei arrested with her husband on 2 February for removing her hijab in front of a court "
     "(city not named). Not coded: her release on bail on 4 March (legal), the online solidarity videos of women in "
     "Istanbul, Yerevan and Pakistan (social-media campaign for Women's Day, not a demonstration), #WhiteWednesdays "
     "since May 2017 (online campaign)"),
    # ---- SK-2402: Daraa shelling ----
    (SK2402, "قصف كثيف", "في قصف كثيف نفذته القوات الحكومية",
     ERV, "Shelling/artillery/missile attack", SYR, CSY, "Daraa", "SY", "2018-06-15", "1", "6", "at_least",
     "Syrian Observatory for Human Rights", "reported",
     "Friday (first day of Eid): heavy government shelling of at least two towns in the north-western Daraa "
     "countryside, at least 6 civilians killed incl. two children, more than 30 wounded (highest toll since the "
     "ceasefire). Not coded: Washington's warning (statement, not the news), government reinforcements for an "
     "operation conditional on failed talks"),
    (SK2402, "وقفا لاطلاق النار", "وقفا لاطلاق النار أعلنته موسكو مع واشنطن وعمان",
     SD, "Agreement", "Government of Russia", "Government of the United States", "", "SY", "2017-07-01", "3", "", "",
     "Sky News Arabia", "reported",
     "background: the south-west Syria (Daraa, Quneitra, Sweida) ceasefire announced by Moscow with Washington and "
     "Amman 'since July last' (Jordan a third party, in the note; within 12 months of the DCT)"),
    # ---- SK-790: Ahvaz night protests ----
    (SK790, "الاحتجاجات", "استمرار الاحتجاجات المناهضة للنظام الإيراني",
     PR, "Peaceful protest", PIR, "", "Ahvaz", "IR", "2018-04-04", "1", "", "",
     "Sky News Arabia (social-media videos)", "reported",
     "Wednesday evening: continued protests in the Ahvaz region (Khuzestan) against the Iranian government's "
     "policies on the region's Arab demography and culture; chants for Ahvaz and for the café-fire victims; no "
     "intervention described for that night"),
    (SK790, "القمع والاعتقالات", "استمرار المظاهرات رغم القمع والاعتقالات",
     PR, "Protest with intervention", PIR, POLIR, "Ahvaz", "IR", "2018-04-04", "3", "", "",
     "Sky News Arabia (social-media videos)", "reported",
     "aggregate: the nightly protests, spreading every night, continuing despite repression, arrests and a wide "
     "deployment of the IRGC and Iranian security (forces named generically -> Police Forces of Iran). Not coded: "
     "the café fire set by unknown persons that killed 12 (no political motive stated), the secret burial of "
     "victims (claimed by sources; not an event)"),
    # ---- AL-759: US air strike near El Bur ----
    (AL759, "غارة جوية قتلت", "أنه شن غارة جوية قتلت خمسة",
     ERV, "Air/drone strike", "Military Forces of the United States", "Al Shabaab", "El Bur", "SO", "2018-04-02",
     "2", "5", "exact", "US Africa Command (AFRICOM)", "reported",
     "US air strike near El Bur, central Somalia, killing five militants (a vehicle carrying senior al-Shabaab "
     "officials, per Somali intelligence; a woman among the dead; pro-Shabaab media say two civilians killed); "
     "announced Monday, day of the strike not given -> DCT, precision 2"),
    (AL759, "أكثر من عشر غارات", "أكثر من عشر غارات جوية بطائرات",
     ERV, "Air/drone strike", "Military Forces of the United States", "Al Shabaab", "", "SO", "2018-04-02", "3",
     "", "", "Al Arabiya", "reported",
     "aggregate: more than ten US drone strikes against al-Shabaab since last year (with the Somali government)"),
    # ---- SK-1060: protests in Iran mentioned in Rouhani story ----
    (SK1060, "أصفهان", "على نقص المياه في أصفهان",
     PR, "Peaceful protest", PIR, "", "Isfahan", "IR", "2018-04-21", "3", "", "",
     "Sky News Arabia (social-media recordings)", "reported",
     "background: farmers protesting water shortages in Isfahan, in the past few weeks (-> DCT, precision 3). Not "
     "coded: Rouhani's Saturday speech"),
    (SK1060, "الأهواز", "في معاملتهم في الأهواز",
     PR, "Peaceful protest", PIR, "", "Ahvaz", "IR", "2018-04-21", "3", "", "",
     "Sky News Arabia (social-media recordings)", "reported",
     "background: Arab residents protesting discrimination in Ahvaz, in the past few weeks"),
    (SK1060, "كازرون", "إصلاحات إدارية في مدينة كازرون",
     PR, "Peaceful protest", PIR, "", "Kazerun", "IR", "2018-04-21", "3", "", "",
     "Sky News Arabia (social-media recordings)", "reported",
     "background: protests against administrative reforms in the city of Kazerun (south-west), in the past few weeks"),
    # ---- AL-1239: Gaza March of Return (UNHRC resolution is the news) ----
    (AL1239, "لقي 110 فلسطينيين مصرعهم", "لقي 110 فلسطينيين مصرعهم",
     PR, "Excessive force against protesters", PPS, ISR, "Gaza Strip", "PS", "2018-05-18", "3", "110", "exact",
     "Al Arabiya", "reported",
     "aggregate: since the Great March of Return began on 30 March (thousands gathering at several points near the "
     "border fence), 110 Palestinians killed and about 12,000 wounded by Israeli army fire. Not coded: the UN Human "
     "Rights Council resolution and vote (diplomatic), Kenneth Roth's tweet"),
    (AL1239, "مقتل 62", "كان آخرها مقتل 62 فلسطينيًا",
     PR, "Excessive force against protesters", PPS, ISR, "Gaza Strip", "PS", "2018-05-14", "2", "62", "exact",
     "Al Arabiya", "reported",
     "background: last Monday and Tuesday (14-15 May), 62 Palestinians killed and 3188 wounded ('a bloody massacre'); "
     "two days -> 14 May, precision 2; a differently dated step of the campaign -> own row"),
    # ---- FR-1118: OIC campaign on the Rohingya ----
    (FR1118, "حملة عسكرية", "شن الجيش البورمي حملة عسكرية على ولاية الراخين",
     VAC, "Attack", "Military Forces of Myanmar", "Civilians (Myanmar)", "Rakhine", "MM", "2017-08-01", "3", "", "",
     "France 24", "reported",
     "background: the Burmese army's military campaign in Rakhine State from August last year (within 12 months of "
     "the DCT) that drove about 700,000 Rohingya to Bangladesh; Rohingya report rapes, killings and hundreds of "
     "villages burned; the UN and US call it ethnic cleansing, the army says it targets militants only. Not coded: the "
     "OIC campaign and committee in Dhaka (diplomatic), the November repatriation agreement (diplomatic), earlier "
     "waves of violence (undated)"),
    # ---- CN-1385: news-ticker items after an Egyptian education story ----
    (CN1385, "هجوما صاروخيا", "\"هجوما صاروخيا\" على مقر",
     ERV, "Shelling/artillery/missile attack", "Military Forces of Iran (Islamic Revolutionary Guard Corps)",
     "Unidentified armed group", "", "SY", "2018-10-01", "1", "", "", "Fars News Agency", "claimed",
     "dawn Monday: the IRGC fired missiles at the headquarters of those it called 'terrorists' in Syria, in response "
     "to the Ahvaz attack (announced by Fars -> claimed; target group not named -> Unidentified armed group; no place "
     "in Syria). Not coded: the Egyptian education minister's reply to Al Jazeera (the article's first item), the "
     "Bahrain-Syria foreign ministers' meeting, Mohammed bin Salman's visit to troops in Khamis Mushait"),
    (CN1385, "هجوم الأحواز", "\"جريمة\" هجوم الأحواز",
     VAC, "Attack", "Unidentified armed group", "Civilians (Iran)", "Ahvaz", "IR", "2018-10-01", "2", "25", "exact",
     "Fars News Agency", "reported",
     "background: the Ahvaz attack 'days ago' that killed 25 and wounded dozens (no day or perpetrator in the text "
     "-> DCT, precision 2; victims' status not given -> Civilians (Iran))"),
    (CN1385, "استهدفت زورقين مفخخين", "استهدفت زورقين مفخخين ومسيرين",
     SD, "Disrupted weapons use", "Military Forces of Saudi Arabia", "Unidentified armed group", "Jazan", "SA",
     "2018-09-30", "1", "", "", "Turki al-Maliki (Saudi-led coalition spokesman)", "claimed",
     "dawn Sunday: the Royal Saudi Naval Forces hit two remote-controlled explosive-laden boats trying to strike Jazan "
     "port (only the coalition spokesman's assertion -> claimed; the boats' senders are not named in the text)"),
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
    lines = [HEADER.rstrip("\n"), "\t".join(COLS)]
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
