"""Annotator B's blind second annotation of events13: the hand-typed rows below -> events_b.tsv.
No extraction: each row's occurrence number comes from a hand-copied context snippet (the trigger's position inside
the unique snippet -> count of trigger hits before it in title+"\n"+text); dct comes from ids.txt (TIME -> UTC date).
Run: python3 tests/data/heldout/events13/second/make_b.py"""
import email.utils, datetime, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HEADER = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
          "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
          "source", "reported_as", "note"]
BA = "Battles"
EXP = "Explosions/Remote violence"
VAC = "Violence against civilians"
SD = "Strategic developments"
PR = "Protests"
RI = "Riots"

# (article, trigger, context snippet containing the trigger once, type, sub, actor1, actor2, location, country,
#  event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # CN-middleEast-263-20180314 (DCT Wed 14 March)
    ("CN-middleEast-263-20180314", "قسموا الغوطة الشرقية", "كانوا قد قسموا الغوطة الشرقية المحاصرة إلى 3 أقسام",
     BA, "Government regains territory", "Military Forces of Syria", "Syrian rebels", "Eastern Ghouta", "SY",
     "2018-03-10", "2", "", "", "Syrian media; activist inside Eastern Ghouta", "reported",
     "background: the Syrian regime and allies split besieged Eastern Ghouta into 3 parts after the army intensified its attacks on the area over the weekend (DCT Wednesday -> weekend 10-11 March, precision 2); the split implies territory taken, the intensified attacks are folded; the bombardment shown in Ronaldo's Save the Children video is undated -> not coded"),
    # SK-internationalNews-2809-20180725 (DCT Wed 25 July)
    ("SK-internationalNews-2809-20180725", "بالاعتداء على متظاهرين", "بالاعتداء على متظاهرين ولعب دور الشرطي",
     PR, "Protest with intervention", "Protesters (France)", "Police Forces of France", "Paris", "FR",
     "2018-05-01", "3", "", "", "Le Monde; Sky News Arabia", "reported",
     "background: early May ('مطلع مايو', month -> 1 May precision 3) Alexandre Benalla, a security aide of Macron's office acting as a policeman (helmet, baton), assaulted protesters at a march in Paris; violence without deaths or serious injuries stated -> Protest with intervention; actor2 the police side he posed as (he was an Elysee aide, not police: borderline actor); title/first mention 'يعتدي على متظاهرين' is the same event; the prosecutor's inquiry, his custody, suspension and dismissal and the three police officers prosecuted are legal/administrative -> not coded"),
    # SK-internationalNews-575-20180324 (DCT Sat 24 March)
    ("SK-internationalNews-575-20180324", "قتل رجلا شرطة", "قتل رجلا شرطة من سكرامنتو ستيفون ألونزو كلارك",
     VAC, "Attack", "Police Forces of the United States", "Civilians (United States)", "Sacramento", "US",
     "2018-03-18", "1", "1", "exact", "Sky News Arabia", "reported",
     "background: Sunday (DCT Saturday 24 March -> 18 March) two Sacramento police officers shot dead the unarmed black man Stephon Alonzo Clark (22) in his grandfather's backyard (responding to a car-window-breaking call; the phone taken for a gun); borderline in scope (police killing, no political motive) but coded as the trigger of the protests and the policy review; title 'قتل أعزل' is the same event"),
    ("SK-internationalNews-575-20180324", "وخرجت احتجاجات", "وخرجت احتجاجات في الشوارع بعد نشر الفيديو",
     PR, "Peaceful protest", "Protesters (United States)", "", "Sacramento", "US",
     "2018-03-21", "1", "", "", "Sky News Arabia", "reported",
     "street protests after the release of the police video late Wednesday evening (DCT Saturday -> 21 March); place not stated, Sacramento implied; no intervention described; the mayor's review of police protocol is administrative"),
    # BB-middleEast-66-20180221 (DCT Wed 21 February)
    ("BB-middleEast-66-20180221", "جراء قصف القوات الحكومية السورية", "جراء قصف القوات الحكومية السورية في الغوطة الشرقية",
     EXP, "Shelling/artillery/missile attack", "Military Forces of Syria", "Civilians (Syria)", "Eastern Ghouta", "SY",
     "2018-02-19", "2", "250", "at_least", "Syrian Observatory for Human Rights; activists", "reported",
     "aggregate: 250 killed in only two days (Monday-Tuesday 19-20 February, precision 2) by Syrian government bombardment (SOHR: 'at least 250', air strikes and artillery shells; over 50 children) in Eastern Ghouta; folded: title, six hospitals hit (UN), the army's 'precise strikes' on launch areas (its claim), the shelling of at least 10 towns on Tuesday by government forces and allies, the pro-government offensive to retake the enclave; one row for air and artillery strikes (generic 'قصف' -> Shelling); the 2013 chemical attack is too old"),
    ("BB-middleEast-66-20180221", "قتل 13 مدنيا", "فقد قتل 13 مدنيا وأصيب 77 آخرون",
     EXP, "Shelling/artillery/missile attack", "Unidentified armed group", "Civilians (Syria)", "Damascus", "SY",
     "2018-02-21", "2", "13", "exact", "SANA", "reported",
     "13 civilians killed and 77 wounded when 'armed groups' targeted residential neighbourhoods of Damascus and its countryside (SANA; shells from Ghouta implied, group not named -> Unidentified armed group); no day -> DCT precision 2"),
    ("BB-middleEast-66-20180221", "أرسلت الحكومة السورية قواتها", "أرسلت الحكومة السورية قواتها إلى منطقة عفرين",
     SD, "Other", "Military Forces of Syria", "", "Afrin", "SY",
     "2018-02-21", "2", "", "", "BBC", "reported",
     "the Syrian government sent its forces into the Kurdish-held Afrin area (troop deployment -> Strategic developments/Other, as the spent sets' reinforcements); no day -> DCT precision 2"),
    ("BB-middleEast-66-20180221", "مواجهات مع الأكراد", "مواجهات مع الأكراد في عفرين منذ الشهر الماضي",
     BA, "Armed clash", "Military Forces of Turkey", "YPG: People's Protection Units", "Afrin", "SY",
     "2018-01-01", "3", "", "", "BBC", "reported",
     "aggregate: Turkey, backed by Syrian armed opposition fighters, has been fighting the Kurds in Afrin since last month (January -> 1 January precision 3)"),
    # AL-internationalNews-1376-20180530 (TIME Wed 00:25 +0400 -> DCT Tue 29 May UTC)
    ("AL-internationalNews-1376-20180530", "إطلاق ما يقارب الـ 100 صاروخ", "بعد إطلاق ما يقارب الـ 100 صاروخ من قطاع غزة نحو جنوب إسرائيل",
     EXP, "Shelling/artillery/missile attack", "Hamas", "Civilians (Israel)", "Southern Israel", "IL",
     "2018-05-29", "1", "", "", "Hamas and Palestinian Islamic Jihad (joint statement); Nikki Haley", "reported",
     "about 100 rockets (and mortars) fired from the Gaza Strip at southern Israel in the past hours; Hamas and Palestinian Islamic Jihad claimed the firing of dozens of rockets in a joint statement Tuesday evening (actor1 Hamas, PIJ jointly: note); mortars hit civilian facilities incl. a kindergarten (Haley) -> actor2 Civilians (Israel); DCT Tuesday (UTC) precision 1; Israel's threats to assassinate Hamas leaders are statements -> not coded"),
    ("AL-internationalNews-1376-20180530", "سلسلة غارات", "ورد سلاح الجو الاسرائيلي بشن سلسلة غارات",
     EXP, "Air/drone strike", "Military Forces of Israel", "Hamas", "Gaza Strip", "PS",
     "2018-05-29", "2", "", "", "Al Arabiya", "reported",
     "the Israeli air force responded with a series of raids on sites mainly of Hamas and Palestinian Islamic Jihad in the Gaza Strip; no day stated (same Tuesday round) -> DCT precision 2"),
    ("AL-internationalNews-1376-20180530", "وقفا لإطلاق النار", "أعلنت حركة #الجهاد_الاسلامي مساء الثلاثاء وقفا لإطلاق النار",
     SD, "Agreement", "Palestinian Islamic Jihad", "Government of Israel", "Gaza Strip", "PS",
     "2018-05-29", "1", "", "", "Palestinian Islamic Jihad (Daoud Shehab)", "denied",
     "Tuesday evening PIJ announced a ceasefire with Israel (Egyptian mediation, return to the 2014 understandings, factions to keep calm if Israel does); Israel denied that a truce was reached (Reuters, Israeli official) -> denied; title 'تعلن التهدئة وإسرائيل تنفي'; the 2014 truce is history"),
    # BB-internationalNews-873-20180725 (DCT Wed 25 July)
    ("BB-internationalNews-873-20180725", "فتم إلقاء القبض عليهما", "فتم إلقاء القبض عليهما",
     SD, "Arrests", "Police Forces of Pakistan", "PML-N: Pakistan Muslim League (Nawaz)", "", "PK",
     "2018-07-01", "3", "", "", "BBC", "reported",
     "background: Nawaz Sharif and his daughter Maryam were arrested on returning to Pakistan early this month despite his 10-year sentence ('أوائل الشهر الجاري' -> 1 July precision 3; place not stated); borderline (arrest executing a corruption sentence) but a politically relevant arrest of an opposition leader before the election; the campaign 'marred by widespread bloody violence', the 17,000 party members facing charges and media pressure are generic/undated -> not coded; voting is an election -> not coded"),
    # FR-internationalNews-2453-20180722 (DCT Sun 22 July)
    ("FR-internationalNews-2453-20180722", "هجوم انتحاري تبناه", "لقي اليوم الأحد 14شخصا مصرعهم في هجوم انتحاري تبناه",
     EXP, "Suicide bomb", "Islamic State", "Civilians (Afghanistan)", "Kabul International Airport, Kabul", "AF",
     "2018-07-22", "1", "14", "exact", "Kabul police spokesman Hashmat Stanikzai", "reported",
     "Sunday: suicide attack at the entrance of Kabul international airport as dozens gathered to welcome vice-president Abdul Rashid Dostum back from exile (he was unhurt); 14 killed incl. 9 police/security forces, 60 wounded; IS claimed via Amaq (SITE) -> actor1 Islamic State, reported (the outlet states the attack); title is the same event"),
    ("FR-internationalNews-2453-20180722", "خرج آلاف من أنصاره إلى الشوارع", "خرج آلاف من أنصاره إلى الشوارع وحطموا مكاتب انتخابية",
     RI, "Violent demonstration", "Rioters (Afghanistan)", "", "", "AF",
     "2018-07-22", "3", "", "", "France 24", "reported",
     "aggregate: in recent weeks thousands of Dostum supporters took to the streets in several northern provinces, smashed election and government offices and blocked parts of highways, demanding the release of a pro-government militia leader and Dostum's return ('violent protests'); no single place -> location empty; 'recent weeks' -> DCT precision 3; their Sunday vow to keep protesting is not a separate event"),
    # SK-middleEast-3156-20180728 (DCT Sat 28 July)
    ("SK-middleEast-3156-20180728", "استعادت القوات الشرعية السيطرة على مخزن", "استعادت القوات الشرعية السيطرة على مخزن للأسلحة والذخائر",
     SD, "Disrupted weapons use", "Military Forces of Yemen", "Houthis", "Baqim, Saada", "YE",
     "2018-07-28", "1", "", "", "Military sources; Col. Sami al-Qubati (5th Border Guards Brigade)", "reported",
     "Saturday: government forces took a large Houthi weapons and ammunition depot (Katyusha launcher, B10 and 160 mortar shells) while combing positions around the centre of Baqim district, northern Saada (weapons found while combing -> Disrupted weapons use, as the spent sets); title is the same event; the completed sweep is folded"),
    ("SK-middleEast-3156-20180728", "أصبحت تحاصر مليشيات الحوثي", "أصبحت تحاصر مليشيات الحوثي الانقلابية في مركز مديرية باقم",
     SD, "Other", "Military Forces of Yemen", "Houthis", "Baqim, Saada", "YE",
     "2018-07-28", "2", "", "", "Col. Sami al-Qubati", "claimed",
     "the army, backed by the Saudi-led coalition, now besieges the Houthis in the Baqim district centre from several axes (siege -> Strategic developments/Other, as the spent sets' Derna siege; his words -> claimed); ongoing -> DCT precision 2; 'soon the first fully liberated district' is a forecast -> not coded"),
    ("SK-middleEast-3156-20180728", "أعلن الجيش اليمني تحرير مواقع جديدة", "أعلن الجيش اليمني تحرير مواقع جديدة في مديرية برط",
     BA, "Government regains territory", "Military Forces of Yemen", "Houthis", "Bart al-Anan, Al Jawf", "YE",
     "2018-07-28", "2", "", "", "Military Forces of Yemen", "claimed",
     "the Yemeni army announced it liberated new positions in Bart district, northern al-Jawf, after fierce battles with the Houthis who suffered heavy losses (no number); announcement only -> claimed; no day -> DCT precision 2"),
    ("SK-middleEast-3156-20180728", "في غارات شنتها طائرات تحالف دعم الشرعية", "في غارات شنتها طائرات تحالف دعم الشرعية",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Al Manqam, Ad Durayhimi", "YE",
     "2018-07-28", "2", "", "", "Sky News Arabia", "reported",
     "coalition air strikes on Houthi gatherings killed 'a number' of fighters (vague -> fatalities empty) in Hodeidah, Saada, al-Jawf, Hajjah and Amran governorates; one location per row: this row Hodeidah governorate, where some strikes hit rebel positions in al-Manqam, ad-Durayhimi district south of Hodeidah city; no day -> DCT precision 2"),
    ("SK-middleEast-3156-20180728", "وصعدة والجوف", "محافظات الحديدة وصعدة والجوف وحجة وعمران",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Saada", "YE",
     "2018-07-28", "2", "", "", "Sky News Arabia", "reported",
     "coalition air strikes on Houthi gatherings in Saada governorate (see al-Manqam row); governorate only"),
    ("SK-middleEast-3156-20180728", "والجوف وحجة", "محافظات الحديدة وصعدة والجوف وحجة وعمران",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Al Jawf", "YE",
     "2018-07-28", "2", "", "", "Sky News Arabia", "reported",
     "coalition air strikes on Houthi gatherings in al-Jawf governorate (see al-Manqam row); governorate only"),
    ("SK-middleEast-3156-20180728", "وحجة وعمران", "محافظات الحديدة وصعدة والجوف وحجة وعمران",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Hajjah", "YE",
     "2018-07-28", "2", "", "", "Sky News Arabia", "reported",
     "coalition air strikes on Houthi gatherings in Hajjah governorate (see al-Manqam row); governorate only"),
    ("SK-middleEast-3156-20180728", "وعمران", "محافظات الحديدة وصعدة والجوف وحجة وعمران",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Amran", "YE",
     "2018-07-28", "2", "", "", "Sky News Arabia", "reported",
     "coalition air strikes on Houthi gatherings in Amran governorate (see al-Manqam row); governorate only"),
    # FR-internationalNews-2416-20180720 (DCT Fri 20 July)
    ("FR-internationalNews-2416-20180720", "متظاهرا قتل الجمعة", "قال مصدر طبي عراقي إن متظاهرا قتل الجمعة",
     PR, "Excessive force against protesters", "Protesters (Iraq)", "Badr Organization", "Diwaniyah", "IQ",
     "2018-07-20", "1", "1", "exact", "Medical source in Diwaniyah", "reported",
     "Friday: a 20-year-old civilian protester died in hospital after being shot by the guards of the Badr Organization office during a demonstration in front of it in Diwaniyah; title 'مصرع متظاهر' and the repeated mentions are the same event; actor2 Badr (pro-Iran Shiite paramilitary, part of the state-affiliated PMF)"),
    ("FR-internationalNews-2416-20180720", "لتفريق مئات المتظاهرين", "لتفريق مئات المتظاهرين الذين حاولوا التوجه إلى المنطقة الخضراء",
     PR, "Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq", "Baghdad", "IQ",
     "2018-07-20", "1", "", "", "France 24", "reported",
     "Friday in Baghdad: thousands demonstrated (anti-corruption, services); hundreds gathered in Tahrir Square and took the Jumhuriya bridge towards the Green Zone; security forces used water cannon and tear gas to disperse them after skirmishes (no deaths) -> Protest with intervention; folded: the mentions 'security forces dispersed several gatherings, especially in Baghdad', Tahrir/bridge paragraph; the other unnamed areas are not coded; the heavy security deployment since morning is folded; the weekly Friday protests since 2015 and the 2016 Green Zone entry are too old"),
    ("FR-internationalNews-2416-20180720", "خرج الآلاف الجمعة في مظاهرة سلمية", "خرج الآلاف الجمعة في مظاهرة سلمية أمام مبنى المحافظة",
     PR, "Peaceful protest", "Protesters (Iraq)", "", "Basra", "IQ",
     "2018-07-20", "1", "", "", "France 24", "reported",
     "Friday: thousands held a peaceful demonstration in front of the cordoned-off governorate building in Basra, chanting 'peaceful'"),
    ("FR-internationalNews-2416-20180720", "وتظاهر المئات في مدينة الناصرية", "وتظاهر المئات في مدينة الناصرية",
     PR, "Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq", "Nasiriyah", "IQ",
     "2018-07-20", "1", "", "", "France 24", "reported",
     "Friday: hundreds demonstrated in al-Habboubi Square, central Nasiriyah (Dhi Qar), demanding the dismissal of the electricity minister and the governor; later they besieged the house of governor Yahya al-Nasiri and security forces fired tear gas to disperse them (same protest, folded) -> Protest with intervention"),
    ("FR-internationalNews-2416-20180720", "انطلقت موجة الاحتجاجات الأخيرة", "من حيث انطلقت موجة الاحتجاجات الأخيرة في 8 تموز/يوليو",
     PR, "Peaceful protest", "Protesters (Iraq)", "", "Basra", "IQ",
     "2018-07-08", "1", "", "", "France 24", "reported",
     "background: the latest protest wave started in Basra on 8 July"),
    ("FR-internationalNews-2416-20180720", "سقوط ثمانية قتلى", "خصوصا بعد سقوط ثمانية قتلى خلال احتجاجات الأسبوع الماضي",
     PR, "Excessive force against protesters", "Protesters (Iraq)", "", "", "IQ",
     "2018-07-13", "2", "8", "exact", "France 24", "reported",
     "aggregate/background: eight killed during last week's protests in southern Iraq ('last week' -> DCT-7 precision 2; no single place -> location empty; who killed them is not stated -> actor2 empty, Excessive force by the context of lethal violence at protests: borderline)"),
    # SK-internationalNews-1248-20180429 (DCT Sun 29 April)
    ("SK-internationalNews-1248-20180429", "لقي أكثر من 30 مدنيا", "لقي أكثر من 30 مدنيا من الطوارق مصرعهم",
     VAC, "Attack", "Unidentified armed group", "Civilians (Mali)", "Menaka", "ML",
     "2018-04-27", "2", "30", "at_least", "Concordant sources (AFP); Tuareg ex-rebel armed group; tribal officials", "reported",
     "more than 30 Tuareg civilians killed by suspected militants in north-eastern Mali on the Niger border, reported Friday (27 April, precision 2: day of the attack not stated); the two attacks on the villages of Aklaz and Awkassa killed 43 in two days (which village is which attack is not clear -> location the region capital named in the text, Menaka: borderline); title 'مقتل العشرات' is this attack; the chief's 'our fighters destroy their bases' is generic; France's 2013 intervention and the 2015 peace deal are too old"),
    ("SK-internationalNews-1248-20180429", "هجوم مماثل شنه، الخميس", "بعد هجوم مماثل شنه، الخميس، مسلحون على دراجات نارية",
     VAC, "Attack", "Unidentified armed group", "Civilians (Mali)", "Inderamboukane", "ML",
     "2018-04-26", "1", "12", "exact", "Tuareg ex-rebel armed group; tribal officials", "reported",
     "Thursday (26 April): gunmen on motorbikes killed 12 people on the outskirts of Inderamboukane in the same area (part of the 43 in two days)"),
    # SK-internationalNews-3067-20180817 (DCT Fri 17 August)
    ("SK-internationalNews-3067-20180817", "وأحاط بسيارتهم محتجون", "وأحاط بسيارتهم محتجون مناهضون لنتانياهو",
     PR, "Peaceful protest", "Protesters (Israel)", "", "Prime Minister's residence, Jerusalem", "IL",
     "2018-08-17", "1", "", "", "Sky News Arabia", "reported",
     "Friday: anti-Netanyahu protesters surrounded the police investigators' car at the prime minister's official residence in Jerusalem, with signs 'crime minister'; Netanyahu's questioning (Case 4000) is a legal action -> not coded"),
    # SK-middleEast-2041-20180530 (DCT Wed 30 May)
    ("SK-middleEast-2041-20180530", "إنه ضرب 25", "إنه ضرب 25 \"هدفا عسكريا\" لحماس",
     EXP, "Air/drone strike", "Military Forces of Israel", "Hamas", "Gaza Strip", "PS",
     "2018-05-30", "2", "", "", "Military Forces of Israel", "reported",
     "overnight (Tuesday-Wednesday night, said Wednesday -> DCT precision 2) Israeli air strikes on 25 Hamas 'military targets' in the Gaza Strip in response to rockets and mortars; title 'تضرب 25 هدفا' is the same event; differently dated from Tuesday's 35 targets -> own row"),
    ("SK-middleEast-2041-20180530", "قصفت أكثر من 35 هدفا", "أن مقاتلاتها الحربية قصفت أكثر من 35 هدفا عسكريا",
     EXP, "Air/drone strike", "Military Forces of Israel", "Hamas", "Gaza Strip", "PS",
     "2018-05-29", "1", "", "", "Military Forces of Israel", "reported",
     "Tuesday: Israeli warplanes struck more than 35 military targets of Hamas and Palestinian Islamic Jihad in the Gaza Strip (Israel's statement); no casualties announced in Gaza; explosions still heard before midnight (folded)"),
    ("SK-middleEast-2041-20180530", "نحو 70 صاروخا وقذيفة هاون", "نحو 70 صاروخا وقذيفة هاون أطلقت باتجاهها",
     EXP, "Shelling/artillery/missile attack", "Hamas", "Military Forces of Israel", "", "IL",
     "2018-05-29", "1", "", "", "Military Forces of Israel", "reported",
     "Tuesday: about 70 rockets and mortar shells fired from Gaza at Israel during the day, some intercepted; 3 Israeli soldiers wounded; Hamas and Palestinian Islamic Jihad claimed the firing of dozens of rockets in a joint statement Tuesday evening (folded; actor1 Hamas, PIJ in note); no place in Israel named -> location empty"),
    ("SK-middleEast-2041-20180530", "التوصل، برعاية مصر، إلى اتفاق لوقف اطلاق النار", "التوصل، برعاية مصر، إلى اتفاق لوقف اطلاق النار",
     SD, "Agreement", "Palestinian Islamic Jihad", "Government of Israel", "Gaza Strip", "PS",
     "2018-05-29", "1", "", "", "Palestinian Islamic Jihad", "claimed",
     "Tuesday evening PIJ announced an Egyptian-brokered ceasefire agreement between the Palestinian factions and Israel; the Israeli army declined to comment and said it continues operations -> only PIJ's assertion -> claimed; the UNSC meeting is diplomatic"),
    # CN-middleEast-1550-20181015 (DCT Mon 15 October)
    ("CN-middleEast-1550-20181015", "قُتل بالخطأ", "\"قُتل بالخطأ خلال تحقيق معه",
     VAC, "Attack", "Government of Saudi Arabia", "Civilians (Turkey)", "Saudi Consulate, Istanbul", "TR",
     "2018-10-15", "3", "1", "exact", "Two sources (CNN)", "claimed",
     "background: two sources say the Saudis are preparing a report that journalist Jamal Khashoggi 'was killed by mistake during an interrogation aimed at bringing him back', an unauthorised operation; Trump: 'rogue killers' may be responsible; the place is implied by the consulate investigation paragraph (Istanbul); no date in the text -> DCT precision 3; only sources' and Trump's words -> claimed; actor1 the Saudi state operation (borderline), actor2 Civilians (country of the event; Khashoggi is Saudi); the digest items (Hadi dismissing PM bin Daghr, Jaber-Nassib crossing reopened, Turkish team entering the consulate, Iran's comment, Trump-Salman call, Pompeo sent) are not coded"),
]


def dcts():
    out = {}
    for line in open(os.path.join(ROOT, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _set, _where, time = line.split("\t")
        out[aid] = email.utils.parsedate_to_datetime(time).astimezone(datetime.timezone.utc).date().isoformat()
    return out


def occurrence(text, trigger, snippet):
    starts = [m.start() for m in re.finditer("(?=%s)" % re.escape(snippet), text)]
    assert len(starts) == 1, (snippet, len(starts))
    inner = snippet.index(trigger)
    assert snippet.count(trigger) == 1, (trigger, snippet)
    pos = starts[0] + inner
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(trigger), text)]
    return hits.index(pos) + 1


def main():
    d = dcts()
    lines = [
        "# Hand-annotated ACLED-style EVENT gold set 13 (Arabic news), 20 articles: blind second annotation. Annotator: helper session (annotator B), 2026-11-26 (UTC).",
        "# Blind second annotation: texts/<id>.txt read by hand; no project code opened or run, annotator A's files not seen. Conventions of events8/README.md and events7/README.md (17 columns, ACLED types, folding, scope, actors, reported_as, occurrence counting).",
        "# make_b.py writes this file from typed rows; occurrence from a hand-copied context snippet; dct from ids.txt (TIME -> UTC date). Decisions and articles without events: NOTES_B.md.",
        "\t".join(HEADER),
    ]
    for r in ROWS:
        aid, trig, snip = r[0], r[1], r[2]
        text = open(os.path.join(ROOT, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, snip)
        row = [aid, d[aid], trig, str(occ)] + list(r[3:])
        assert len(row) == 17, row
        lines.append("\t".join(row))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
