"""Bookkeeping helper for the events13 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions are those of ../events8/addrows.py (itself from ../events7/, ../events6/ and ../events2/).
Run: python3 tests/data/heldout/events13/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 13 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. Both halves from /work/shared/datasets/ant_multisource/articles.jsonl.gz (cat in {internationalNews, middleEast}, 120-800 words, id not in /work/notes/used_ids.txt and not a bundled-corpus article): (a) 10 whose text matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2685).shuffle of line indices, walked in order; (b) 10 with no text filter: random.Random(2686).shuffle, walked in order, >=3 src (got, by id prefix, a: AL 1, BB 2, CN 1, FR 2, SK 4; b: CN 1, FR 4, SK 5).
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
ADJ = ("Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 36 rows): 1 row added "
       "(SK-575 police killing of Stephon Clark), none removed (36 rows); 1 actor1, 1 actor2, 1 event_date, 1 time_precision and 2 "
       "reported_as values changed; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
PR = "Protests"
VAC = "Violence against civilians"
SYR = "Military Forces of Syria"
ISR = "Military Forces of Israel"
PIQ = "Protesters (Iraq)"
YEM = "Military Forces of Yemen"
COAL = "Saudi-led coalition"
PIJ = "Palestinian Islamic Jihad"
BB66 = "BB-middleEast-66-20180221"
AL1376 = "AL-internationalNews-1376-20180530"
SK3156 = "SK-middleEast-3156-20180728"
FR2416 = "FR-internationalNews-2416-20180720"
SK1248 = "SK-internationalNews-1248-20180429"
SK2041 = "SK-middleEast-2041-20180530"
FR2453 = "FR-internationalNews-2453-20180722"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    ("CN-middleEast-263-20180314", "قسموا", "كانوا قد قسموا الغوطة الشرقية",
     "Battles", "Government regains territory", SYR, "Syrian rebels", "Eastern Ghouta", "SY", "2018-03-10", "2",
     "", "", "Syrian media and an activist inside Eastern Ghouta (via CNN)", "reported",
     "background: the government and its allies split the besieged Eastern Ghouta into 3 parts after the army "
     "intensified its attacks over the weekend (DCT Wednesday 14 March -> weekend of 10-11 March, precision 2). Not "
     "coded: Ronaldo's post and the Save the Children video of bombardment (undated footage), the 7-year war (frame)"),
    ("SK-internationalNews-2809-20180725", "بالاعتداء على متظاهرين", "بالاعتداء على متظاهرين ولعب دور الشرطي",
     PR, "Protest with intervention", "Protesters (France)", "Alexandre Benalla (Elysee security aide)", "Paris",
     "FR", "2018-05-01", "3", "", "", "Sky News Arabia (Le Monde revelation)", "reported",
     "background: at the start of May a Macron security aide, wearing a helmet and acting as a police officer, beat "
     "protesters with a baton at a march in Paris (no deaths or grave injuries -> Protest with intervention; 'early "
     "May' -> 1 May, precision 3). Not coded: the judicial inquiry, his custody and dismissal, the three officers "
     "prosecuted, the two-week suspension, Macron's and Collomb's statements (legal/political)"),
    ("SK-internationalNews-575-20180324", "احتجاجات", "وخرجت احتجاجات في الشوارع",
     PR, "Peaceful protest", "Protesters (United States)", "", "Sacramento", "US", "2018-03-21", "2", "", "",
     "Sky News Arabia", "reported",
     "street protests after the police video of the Stephon Clark shooting was released late on Wednesday evening "
     "(Wednesday evening or the following day -> 21 March, precision 2); the city is implied by the context "
     "(Sacramento). Not coded: the policy review (administrative). The police killing of Clark is its own row "
     "(adjudicated)"),
    ("SK-internationalNews-575-20180324", "قتل رجلا شرطة", "قتل رجلا شرطة من سكرامنتو",
     VAC, "Attack", "Police Forces of the United States", "Civilians (United States)", "Sacramento", "US",
     "2018-03-18", "1", "1", "exact", "Sky News Arabia (Sacramento police footage)", "reported",
     "background: on Sunday two Sacramento police officers answering a call about broken car windows shot dead the "
     "unarmed black man Stephon Alonzo Clark (22) in his grandfather's dark backyard (the phone taken for a gun); "
     "state forces deliberately killing an unarmed civilian (ACLED's definition of Violence against civilians; no "
     "listed exclusion applies; unlike a police shooting of an armed attacker); title 'قتل أعزل' is the same event. "
     "Added in adjudication, from B"),
    (BB66, "قصف", "جراء قصف القوات الحكومية السورية",
     ERV, "Air/drone strike", SYR, "Civilians (Syria)", "Eastern Ghouta", "SY", "2018-02-20", "2", "250",
     "at_least", "Syrian Observatory for Human Rights; activists", "reported",
     "250 killed (SOHR: at least 250, incl. more than 50 children) in two days of government air strikes and "
     "artillery on Eastern Ghouta; folded: six hospitals shelled, Tuesday's shelling of at least 10 towns and villages "
     "by government forces and allies (within the same two days), the army's own claim of 'precise strikes' on the "
     "areas the shells came from (ending Tuesday 20 February -> precision 2). Not coded: the 2013 chemical attack "
     "(too old), UN warnings"),
    (BB66, "أرسلت الحكومة السورية قواتها", "أرسلت الحكومة السورية قواتها إلى منطقة عفرين",
     SD, "Other", SYR, "", "Afrin", "SY", "2018-02-21", "2", "", "", "BBC Arabic", "reported",
     "at the same time, the Syrian government sent forces into the Kurdish-held Afrin area (troop deployment, no "
     "fighting described -> Strategic developments/Other; no day -> DCT, precision 2)"),
    (BB66, "مواجهات", "مواجهات مع الأكراد في عفرين",
     "Battles", "Armed clash", "Military Forces of Turkey", "YPG: People's Protection Units", "Afrin", "SY",
     "2018-01-01", "3", "", "", "BBC Arabic", "reported",
     "aggregate: Turkey, backed by armed Syrian opposition fighters, has been fighting 'the Kurds' in Afrin since last "
     "month (January -> 1 January, precision 3; the Kurdish force is unnamed in the text, YPG as in the spent sets' "
     "Afrin rows)"),
    (BB66, "قتل 13 مدنيا", "فقد قتل 13 مدنيا وأصيب 77",
     ERV, "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians (Syria)", "Damascus", "SY", "2018-02-21",
     "2", "13", "exact", "SANA", "reported",
     "SANA: 13 civilians killed and 77 wounded by 'armed groups' targeting residential neighbourhoods of Damascus and its "
     "countryside (the shells the army says it answered); no day -> DCT, precision 2; the groups are not named -> "
     "Unidentified armed group (adjudicated: first Syrian rebels, from the context)"),
    (AL1376, "صاروخ", "الـ 100 صاروخ من قطاع غزة",
     ERV, "Shelling/artillery/missile attack", "Hamas", "Civilians (Israel)", "", "IL", "2018-05-29", "1", "", "",
     "Hamas and Islamic Jihad (joint statement); Nikki Haley", "reported",
     "about 100 rockets (and mortars) fired from Gaza at southern Israel in the past hours, claimed jointly by Hamas "
     "and Islamic Jihad on Tuesday evening (first joint claim since 2014); per Haley, mortars hit civilian sites "
     "incl. a kindergarten -> actor2 Civilians (Israel); 'southern Israel' names no place -> location empty. Not coded: "
     "Israel's and the Jihad's threats (conditional), the US request for a Security Council meeting (diplomatic)"),
    (AL1376, "سلسلة غارات", "بشن سلسلة غارات على مواقع",
     ERV, "Air/drone strike", ISR, "Hamas", "Gaza Strip", "PS", "2018-05-29", "2", "", "", "the outlet (unattributed)", "reported",
     "the Israeli air force answered the rockets with a series of raids on sites mainly of Hamas and Islamic Jihad in "
     "the Gaza Strip (no day stated for the raids themselves -> DCT, precision 2; adjudicated: first precision 1)"),
    (AL1376, "وقفا لإطلاق النار", "مساء الثلاثاء وقفا لإطلاق النار",
     SD, "Agreement", PIJ, "Government of Israel", "Gaza Strip", "PS", "2018-05-29", "1", "", "",
     "Islamic Jihad (Daoud Shehab); Israeli official (Reuters)", "denied",
     "Tuesday evening: Islamic Jihad announced a ceasefire with Israel through Egyptian mediation (return to the 2014 "
     "understandings); Israel denied that a truce was reached (title) -> denied"),
    ("BB-internationalNews-873-20180725", "إلقاء القبض عليهما", "فتم إلقاء القبض عليهما",
     SD, "Arrests", "Government of Pakistan", "Civilians (Pakistan)", "", "PK", "2018-07-01", "3", "", "",
     "BBC Arabic", "reported",
     "background: former PM Nawaz Sharif and his daughter Maryam arrested on returning to Pakistan early this month "
     "despite his 10-year sentence (political leader, framed by the army/party conflict; as events3's SK-1677 arrest "
     "to serve a sentence; 'early this month' -> 1 July, precision 3; place not stated). Not coded: the election "
     "(polling), the campaign 'marred by widespread bloody violence' (generic, no event), the charges against 17,000 "
     "PML-N members (legal), media censorship, the 1970s coup (too old)"),
    (FR2453, "هجوم انتحاري", "الأحد من هجوم انتحاري",
     ERV, "Suicide bomb", "Islamic State", "Civilians (Afghanistan)", "Kabul International Airport, Kabul", "AF",
     "2018-07-22", "1", "14", "exact", "Hashmat Stanikzai (Kabul police spokesman); Amaq (via SITE)", "reported",
     "Sunday: suicide attack at the entrance of Kabul airport as dozens gathered to welcome returning vice-president "
     "Dostum (unhurt); 14 killed incl. 9 police/security members, 60 wounded; claimed by IS via Amaq"),
    (FR2453, "احتجاجات عنيفة", "وسط احتجاجات عنيفة في العديد من الولايات",
     "Riots", "Violent demonstration", "Rioters (Afghanistan)", "", "", "AF", "2018-07-22", "3", "", "",
     "France 24", "reported",
     "aggregate: in recent weeks thousands of Dostum supporters in several northern provinces took to the streets, "
     "smashed election and government offices and blocked highways, demanding the release of a pro-government militia "
     "leader and Dostum's return; on Sunday they vowed to go on (folded). No province named -> location empty. Not "
     "coded: Dostum's return, the 2001 container killings, the 2017 accusations (too old), the elections"),
    (SK3156, "استعادت القوات الشرعية", "استعادت القوات الشرعية السيطرة على مخزن",
     SD, "Disrupted weapons use", YEM, "Houthis", "Baqim, Saada", "YE", "2018-07-28", "1", "", "",
     "military sources; Col. Sami al-Qubati", "reported",
     "Saturday: government forces seized a large Houthi weapons depot (Katyusha launcher, B10 and mortar shells) while "
     "sweeping positions around the Baqim district centre, north Saada (seizure of a cache -> Disrupted weapons use; "
     "the completed sweep is folded)"),
    (SK3156, "تحاصر", "أصبحت تحاصر مليشيات الحوثي",
     SD, "Other", YEM, "Houthis", "Baqim, Saada", "YE", "2018-07-28", "2", "", "", "Col. Sami al-Qubati", "claimed",
     "the army, backed by the coalition, now besieges the Houthis in the Baqim district centre from several axes (siege "
     "without fighting described -> Strategic developments/Other, as the spent sets' Derna sieges; in the colonel's "
     "words -> claimed). Not coded: his forecast that Baqim will soon be declared liberated"),
    (SK3156, "تحرير مواقع جديدة", "أعلن الجيش اليمني تحرير مواقع جديدة",
     "Battles", "Government regains territory", YEM, "Houthis", "Bart al-Anan, Al Jawf", "YE", "2018-07-28", "2",
     "", "", "Yemeni army", "claimed",
     "the army announced the liberation of new positions in Bart (Barat al-Anan) district, north Al Jawf, after fierce "
     "battles with the Houthis, who suffered heavy human and material losses (vague -> no number); no day -> DCT, "
     "precision 2"),
    (SK3156, "الحديدة", "في محافظات الحديدة وصعدة",
     ERV, "Air/drone strike", COAL, "Houthis", "Al Manqam, Al Durayhimi", "YE", "2018-07-28", "2", "", "",
     "Sky News Arabia", "reported",
     "coalition air strikes on Houthi gatherings in Hodeidah governorate, some on al-Manqam in al-Durayhimi district "
     "south of Hodeidah city (most specific place); 'a number' of Houthis killed across the five governorates (vague "
     "-> empty). One location per row: Saada, Al Jawf, Hajjah, Amran are separate rows"),
    (SK3156, "وصعدة", "الحديدة وصعدة والجوف",
     ERV, "Air/drone strike", COAL, "Houthis", "Saada", "YE", "2018-07-28", "2", "", "", "Sky News Arabia",
     "reported", "coalition air strikes on Houthi gatherings in Saada governorate (see the Hodeidah row)"),
    (SK3156, "والجوف", "وصعدة والجوف وحجة",
     ERV, "Air/drone strike", COAL, "Houthis", "Al Jawf", "YE", "2018-07-28", "2", "", "", "Sky News Arabia",
     "reported", "coalition air strikes on Houthi gatherings in Al Jawf governorate (see the Hodeidah row)"),
    (SK3156, "وحجة", "والجوف وحجة وعمران",
     ERV, "Air/drone strike", COAL, "Houthis", "Hajjah", "YE", "2018-07-28", "2", "", "", "Sky News Arabia",
     "reported", "coalition air strikes on Houthi gatherings in Hajjah governorate (see the Hodeidah row)"),
    (SK3156, "وعمران", "وحجة وعمران",
     ERV, "Air/drone strike", COAL, "Houthis", "Amran", "YE", "2018-07-28", "2", "", "", "Sky News Arabia",
     "reported", "coalition air strikes on Houthi gatherings in Amran governorate (see the Hodeidah row)"),
    (FR2416, "متظاهرا قتل", "إن متظاهرا قتل الجمعة",
     PR, "Excessive force against protesters", PIQ, "Badr Organization", "Diwaniyah", "IQ", "2018-07-20", "1",
     "1", "exact", "medical source in Diwaniyah", "reported",
     "Friday: a 20-year-old civilian protester died of gunshot wounds from the guards of the Badr Organization's "
     "headquarters during a demonstration in front of it in Diwaniyah"),
    (FR2416, "خراطيم المياه والقنابل", "استخدمت القوات الأمنية خراطيم المياه والقنابل",
     PR, "Protest with intervention", PIQ, "Police Forces of Iraq", "Tahrir Square, Baghdad", "IQ", "2018-07-20",
     "1", "", "", "France 24 (AFP)", "reported",
     "Friday in Baghdad: hundreds gathered in Tahrir Square and marched over al-Jumhuriya bridge towards the Green "
     "Zone; security forces used water cannon and tear gas after several scuffles (same event told twice, folded). "
     "Not coded: the security reinforcement since the morning (folded), the weekly Friday protests since 2015 and the "
     "2016 Green Zone entry (too old), the blocked social media"),
    (FR2416, "مظاهرة سلمية", "في مظاهرة سلمية أمام مبنى المحافظة",
     PR, "Peaceful protest", PIQ, "", "Basra", "IQ", "2018-07-20", "1", "", "", "France 24 (AFP)", "reported",
     "Friday in Basra: thousands held a peaceful demonstration in front of the cordoned-off governorate building, "
     "chanting 'peaceful'"),
    (FR2416, "وأطلقت القوات الأمنية قنابل", "وأطلقت القوات الأمنية قنابل مسيلة",
     PR, "Protest with intervention", PIQ, "Police Forces of Iraq", "Al-Haboubi Square, Nasiriyah", "IQ",
     "2018-07-20", "1", "", "", "France 24 (AFP)", "reported",
     "Friday in Nasiriyah: hundreds demonstrated in al-Haboubi Square against corruption, later surrounded the house of "
     "Dhi Qar governor Yahya al-Nasiri, and security forces fired tear gas to disperse them (one protest, one row)"),
    (FR2416, "ثمانية قتلى", "بعد سقوط ثمانية قتلى خلال احتجاجات",
     PR, "Excessive force against protesters", PIQ, "", "", "IQ", "2018-07-13", "2", "8",
     "exact", "France 24 (AFP)", "reported",
     "aggregate: eight killed during last week's protests in the south (last week -> DCT-7, precision 2; no place "
     "named; the text does not say who killed them -> actor2 empty; adjudicated: first Police Forces of Iraq, assumed)"),
    (FR2416, "انطلقت موجة الاحتجاجات", "من حيث انطلقت موجة الاحتجاجات الأخيرة",
     PR, "Peaceful protest", PIQ, "", "Basra", "IQ", "2018-07-08", "3", "", "", "France 24 (AFP)", "reported",
     "aggregate: the latest protest wave began in Basra on 8 July (start of the wave; aggregate -> precision 3)"),
    # ---- set b (no text filter) ----
    (SK1248, "لقي أكثر من 30 مدنيا", "لقي أكثر من 30 مدنيا من الطوارق",
     VAC, "Attack", "Unidentified armed group", "Civilians (Mali)", "Menaka", "ML", "2018-04-27", "2", "30",
     "at_least", "concordant sources; Tuareg armed group; tribal official Sidigi Ag Hamadi", "reported",
     "more than 30 Tuareg civilians killed by suspected militants in north-eastern Mali on the Niger border, reported "
     "Friday; 43 killed in two days with Thursday's attack -> this one on Friday 27 April (precision 2). The two "
     "attacks hit the villages of Aklaz and Awkassa (which one is which not said) -> region named by the official "
     "(Menaka). Not coded: Tuareg groups' attacks on the militants (generic), France's 2013 intervention and the 2015 "
     "peace deal (too old)"),
    (SK1248, "مقتل 12 شخصا", "مما أدى إلى مقتل 12 شخصا",
     VAC, "Attack", "Unidentified armed group", "Civilians (Mali)", "Inderamboukane", "ML", "2018-04-26", "1", "12",
     "exact", "Tuareg armed group; tribal officials", "reported",
     "Thursday: gunmen on motorbikes killed 12 people on the outskirts of Inderamboukane (all civilians per the tribal "
     "official's 43-in-two-days count)"),
    ("SK-internationalNews-3067-20180817", "محتجون", "وأحاط بسيارتهم محتجون مناهضون",
     PR, "Peaceful protest", "Protesters (Israel)", "", "Prime Minister's Residence, Jerusalem", "IL", "2018-08-17",
     "1", "", "", "Sky News Arabia (Reuters)", "reported",
     "Friday: anti-Netanyahu protesters surrounded the police investigators' car at the PM's official residence in "
     "Jerusalem with 'crime minister' signs. Not coded: the police questioning (legal)"),
    (SK2041, "ضرب 25", "إنه ضرب 25",
     ERV, "Air/drone strike", ISR, "Hamas", "Gaza Strip", "PS", "2018-05-30", "2", "", "", "Israeli army",
     "reported",
     "the Israeli army said on Wednesday it struck 25 Hamas 'military targets' in the Gaza Strip overnight in "
     "response to rockets and shells (night of 29-30 May: dated at the Wednesday announcement, precision 2, as the "
     "spent sets date by the announcement day when the act's day is not given; the title states the strikes as "
     "fact -> reported); explosions still heard before midnight Tuesday (folded). Adjudicated: first 29 May, claimed"),
    (SK2041, "قصفت أكثر من 35", "مقاتلاتها الحربية قصفت أكثر من 35",
     ERV, "Air/drone strike", ISR, "Hamas", "Gaza Strip", "PS", "2018-05-29", "1", "", "", "Israeli army (statement)",
     "reported",
     "Tuesday: Israel said its warplanes struck more than 35 military targets of Hamas and Islamic Jihad in the Gaza "
     "Strip (a differently dated step -> own row); the title's 'new targets' and AFP's explosions heard on Tuesday "
     "night state the strikes as fact -> reported (adjudicated: first claimed)"),
    (SK2041, "صاروخا وقذيفة", "نحو 70 صاروخا وقذيفة هاون",
     ERV, "Shelling/artillery/missile attack", "Hamas", ISR, "", "IL", "2018-05-29", "1", "", "",
     "Israeli army; Hamas and Islamic Jihad (joint statement)", "reported",
     "Tuesday: about 70 rockets and mortar shells fired from Gaza at Israel during the day, some intercepted, 3 Israeli "
     "soldiers wounded; Hamas and Islamic Jihad jointly claimed the launches (both sides state it -> reported; the "
     "wounded are soldiers -> actor2 Military Forces of Israel; no place named)"),
    (SK2041, "اتفاق لوقف اطلاق النار", "إلى اتفاق لوقف اطلاق النار",
     SD, "Agreement", PIJ, "Government of Israel", "Gaza Strip", "PS", "2018-05-29", "1", "", "",
     "Islamic Jihad", "claimed",
     "Tuesday evening: Islamic Jihad announced an Egypt-brokered ceasefire between the Palestinian factions and Israel; "
     "the Israeli army declined to comment and said it was continuing operations -> claimed. Not coded: the Security "
     "Council meeting (diplomatic)"),
    ("CN-middleEast-1550-20181015", "قُتل بالخطأ", "قُتل بالخطأ خلال تحقيق",
     VAC, "Attack", "Government of Saudi Arabia", "Civilians (Saudi Arabia)", "Saudi Consulate, Istanbul", "TR",
     "2018-10-15", "3", "1", "exact", "two sources (CNN) on a Saudi report in preparation", "claimed",
     "background: Saudi report in preparation saying Khashoggi 'was killed by mistake during an interrogation' meant "
     "to bring him back (two sources; Trump's 'rogue killers') -> claimed, as the spent sets' Khashoggi rows; the "
     "place is only implied by the Turkish team entering the Saudi consulate in Istanbul; no date in the text -> "
     "DCT, precision 3. Not coded: Pompeo sent to Riyadh, the Turkish investigators' entry, Iran's statement "
     "(diplomatic/legal), Hadi's dismissal of PM bin Daghr (cabinet change), the Jaber-Nasib crossing reopening"),
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
    lines = [HEADER.replace("# ADJUDICATION_LINE", "# " + ADJ).rstrip("\n"), "\t".join(COLS)]
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
