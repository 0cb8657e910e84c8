"""Annotator B's blind second annotation of events14: the hand-typed rows below -> events_b.tsv.
No extraction: each row's occurrence number comes from a hand-copied context snippet (the trigger's position inside
the unique snippet -> count of trigger hits before it in title+"\n"+text); dct comes from ids.txt (TIME -> UTC date).
Run: python3 tests/data/heldout/events14/second/make_b.py"""
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
ST = "Statement"

# (article, trigger, context snippet containing the trigger once, type, sub, actor1, actor2, location, country,
#  event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # SK-internationalNews-3563-20181019 (DCT Fri 19 Oct)
    ("SK-internationalNews-3563-20181019", "محاولة قتل", "استخدمت نوفيتشوك في محاولة قتل الجاسوس",
     EXP, "Chemical weapon", "Government of Russia", "Sergei Skripal (former Russian double agent)", "Salisbury", "GB",
     "2018-03-01", "3", "", "", "Government of the United Kingdom (via Sky News Arabia)", "claimed",
     "background: Britain says Moscow used Novichok in the attempt to kill the former Russian spy Sergei Skripal in Salisbury in March (month -> 1 March, precision 3; within 12 months of the DCT; Chemical weapon as the spent events/ SK-360 Skripal row; perpetrator only in Britain's assertion -> claimed). Not coded: Russian espionage in Switzerland, the two spies targeting a Swiss chemical-weapons test facility, the cyber attack on WADA, the September foiled plot against a Swiss nerve-agent lab (espionage/cyber, no violence), Britain's charges in absentia (legal)"),
    # SK-middleEast-2758-20180704 (DCT Wed 4 July)
    ("SK-middleEast-2758-20180704", "غارة روسية", "في غارة روسية في الثاني من يوليو",
     EXP, "Air/drone strike", "Military Forces of Russia", "Islamic State", "Homs", "SY",
     "2018-07-02", "1", "11", "exact", "Iraqi intelligence (Falcons Cell, senior source)", "claimed",
     "Iraqi intelligence's account: Baghdadi's son Hudhayfa al-Badri killed in a Russian air strike on a cave in Homs (three smart missiles, about 30 IS leaders and guards inside) on 2 July 2018; 11 of those present confirmed killed; one event, one row: the IS account of the same death (Amaq, Tuesday: killed fighting Syrian regime and Russian troops at the Homs thermal power station; coded in FR-2149, which has only that version) is folded here, the Iraqi version being the article's news (title: the 'truth' of the killing)"),
    ("SK-middleEast-2758-20180704", "غارة للطيران العراقي", "نجا من غارة للطيران العراقي داخل الأراضي السورية",
     EXP, "Air/drone strike", "Military Forces of Iraq", "Islamic State", "", "SY",
     "2018-06-22", "1", "2", "exact", "Iraqi intelligence (senior source)", "claimed",
     "background: 22 June an Iraqi air raid inside Syrian territory missed Baghdadi's son but killed his two companions (incl. Saud Mohammed al-Kurdi, Baghdadi's son-in-law); no place named -> location empty. Not coded: the May statement that Baghdadi is alive, Russia's 2017 claim and Baghdadi's 2017 speech (too old)"),
    # CN-middleEast-1383-20181001 (DCT Mon 1 Oct)
    ("CN-middleEast-1383-20181001", "هجوما صاروخيا", "\"هجوما صاروخيا\" على مقر",
     EXP, "Shelling/artillery/missile attack", "Military Forces of Iran (Islamic Revolutionary Guard Corps)", "Unidentified armed group", "", "SY",
     "2018-10-01", "1", "", "", "Fars news agency; US-led coalition in Syria", "reported",
     "related CNN item: at dawn on Monday the IRGC launched a missile attack on the headquarters of those it called 'terrorists' in Syria, in response to the Ahvaz attack; the US-led coalition says Iran gave no warning of the missile strike (same event, confirms it happened -> reported); target group unnamed -> Unidentified armed group; no place in Syria named. The article itself (Global Firepower military ranking) has no event"),
    ("CN-middleEast-1383-20181001", "هجوم الأحواز", "ردا على \"جريمة\" هجوم الأحواز",
     VAC, "Attack", "Unidentified armed group", "Civilians (Iran)", "Ahvaz", "IR",
     "2018-09-24", "2", "25", "exact", "Fars news agency (via CNN)", "reported",
     "background: the Ahvaz attack that killed 25 people and wounded dozens 'a few days ago' (no day in the text -> DCT-7 as for 'last week', precision 2); attacker not named. Borderline type: the text names no target other than 'people'"),
    ("CN-middleEast-1383-20181001", "استهدفت زورقين مفخخين", "استهدفت زورقين مفخخين ومسيرين",
     SD, "Disrupted weapons use", "Military Forces of Saudi Arabia", "Unidentified armed group", "Jizan", "SA",
     "2018-09-30", "1", "", "", "Turki al-Maliki (Saudi-led coalition spokesman)", "claimed",
     "related CNN item: at dawn on Sunday the Royal Saudi Navy destroyed two remote-controlled explosive boats heading to attack Jizan port (interception -> Disrupted weapons use); the senders are not named (Houthis implied) -> Unidentified armed group. Not coded: the Bahraini FM's meeting with Muallem (diplomatic), the Egyptian curriculum row"),
    # FR-internationalNews-2149-20180704 (DCT Wed 4 July)
    ("FR-internationalNews-2149-20180704", "هجوم شنه", "في هجوم شنه مع جهاديين آخرين",
     BA, "Armed clash", "Islamic State", "Military Forces of Syria", "Thermal power station, Homs", "SY",
     "2018-07-03", "2", "1", "exact", "Amaq (Islamic State)", "claimed",
     "IS announced (Tuesday 3 July, via its propaganda agency) that Baghdadi's son Hudhayfa al-Badri was killed in an attack he carried out with other jihadists on the 'Nusayriyya' (Alawite regime) and the Russians at the thermal power station in Homs province; no day for the death -> announcement day, precision 2; title and first sentence are the same event. Not coded: Baghdadi alive (May statement), Russia's 2017 claim, his September 2017 speech, the fall of Raqqa (too old)"),
    # SK-middleEast-3614-20180910 (DCT Mon 10 Sep)
    ("SK-middleEast-3614-20180910", "بهجوم ستة أشخاص", "بهجوم ستة أشخاص بينهم الأربعة",
     VAC, "Attack", "Unidentified armed group", "Civilians (Bahrain)", "Mashhad", "IR",
     "2018-09-03", "2", "", "", "Sheikh Mohammed Mulla Ahmed al-Toublani (via Bahrain News Agency)", "claimed",
     "on his last day in Mashhad (religious visit 'last week' -> DCT-7, precision 2) the Bahraini Supreme Council for Islamic Affairs member was beaten to the ground by six men (incl. four who had verbally abused him days earlier because of his positions and his membership -> political motive); the text later calls them 'terrorists and wanted persons'; victim's nationality for Civilians (as the spent Khashoggi rows). Not coded: the earlier verbal abuse"),
    ("SK-middleEast-3614-20180910", "وضعوني رهن الاعتقال", "وأخذوني إلى التحقيق ووضعوني رهن الاعتقال",
     SD, "Arrests", "Police Forces of Iran", "Civilians (Bahrain)", "Mashhad", "IR",
     "2018-09-03", "2", "", "", "Sheikh Mohammed Mulla Ahmed al-Toublani (via Bahrain News Agency)", "claimed",
     "the Iranian police stepped in after the beating and detained the cleric (interrogated on his visit, views and links, confronted with allegedly forged documents insulting Iran's religious leadership), held several days in a small cell where he was beaten (folded); released Saturday 8 September. Same day as the assault -> DCT-7, precision 2; his account -> claimed"),
    # CN-middleEast-755-20180429 (DCT Sun 29 April)
    ("CN-middleEast-755-20180429", "غارات العدوان", "ورغم غارات العدوان صمد الحاضرون",
     EXP, "Air/drone strike", "Saudi-led coalition", "Civilians (Yemen)", "", "YE",
     "2018-04-28", "2", "1", "exact", "Abdul-Malik al-Houthi (Houthi-run Saba)", "claimed",
     "Abdul-Malik al-Houthi (Saturday speech): during Saleh al-Sammad's funeral the 'aggression forces' (the Saudi-led coalition) carried out reckless acts that left one martyr and two wounded, and air raids hit while the mourners stood firm (one row); funeral place and day not stated -> location empty, speech day precision 2. Not coded: Sammad's death (cause not stated in the text), the threat that it 'will not pass without accounting' (conditional)"),
    # FR-middleEast-834-20180723 (DCT Mon 23 July)
    ("FR-middleEast-834-20180723", "حذر الرئيس الأمريكي", "حذر الرئيس الأمريكي دونالد ترامب الأحد في تغريدة كتبها بالأحرف الكبيرة على موقع تويتر",
     ST, "", "Government of the United States", "Government of Iran", "", "US",
     "2018-07-22", "1", "", "", "Donald Trump (Twitter)", "reported",
     "Sunday: Trump's all-caps tweet warning Rouhani never to threaten the US again or face consequences 'few throughout history have ever suffered' (military warning; the article's news, title 'war of words'; as events6's Trump tweet Statement); first paragraph's mention is the same event"),
    ("FR-middleEast-834-20180723", "مجددا تحذيره", "مجددا تحذيره بأن إيران يمكن أن تغلق مضيق هرمز",
     ST, "", "Government of Iran", "Government of the United States", "", "IR",
     "2018-07-22", "1", "", "", "Hassan Rouhani (televised speech)", "reported",
     "Sunday: Rouhani's televised speech warning Trump 'do not play with fire', renewing the warning that Iran could close the Strait of Hormuz, 'war with Iran would be the mother of all wars' (military warning, half of the article's news). Not coded: Khamenei's Saturday remarks (no negotiation), Pompeo's sanctions and propaganda channel, the Basij commander's comment, the May withdrawal from the nuclear deal (diplomatic)"),
    # BB-middleEast-570-20180602 (DCT Sat 2 June)
    ("BB-middleEast-570-20180602", "عملية اقتحام مدينة الحديدة", "إن عملية اقتحام مدينة الحديدة باتت وشيكة",
     BA, "Armed clash", "Saudi-led coalition", "Houthis", "Hodeidah", "YE",
     "2018-06-02", "2", "", "", "Saudi-led coalition sources; Turki al-Maliki", "planned",
     "coalition sources: the storming of Hodeidah city is imminent, prepared from several axes with heavy air and naval cover ('liberating Hodeidah' per al-Maliki) -> planned; Houthi preparations (checkpoints, alert) not coded (mobilisation); the displacement warnings are humanitarian"),
    ("BB-middleEast-570-20180602", "واحتدت المعارك حول الحديدة", "واحتدت المعارك حول الحديدة في منتصف مايو",
     BA, "Armed clash", "Military Forces of Yemen", "Houthis", "Hodeidah", "YE",
     "2018-05-15", "3", "", "", "BBC Arabic", "reported",
     "background: fighting around Hodeidah intensified in mid-May 2018 between the Houthis and coalition-backed government forces, starting the battle to retake the port (mid-month -> 15 May, precision 3); folded: Egeland's coalition ground forces at the city's threshold, thousands fleeing the outskirts 'now a battle zone'. Not coded: the link headline 'coalition raid kills the head of the Houthi political arm' (navigation link, undated), the October 2016 ship attacks (too old)"),
    ("BB-middleEast-570-20180602", "لصاروخ باليستي", "إطلاق الحوثيين لصاروخ باليستي بالقرب من العاصمة الرياض",
     EXP, "Shelling/artillery/missile attack", "Houthis", "", "Riyadh", "SA",
     "2017-11-01", "3", "", "", "BBC Arabic", "reported",
     "background: the Houthis' ballistic missile launched near the capital Riyadh, which prompted the November 2017 closure of the port (month -> 1 November, precision 3; within 12 months of the DCT)"),
    ("BB-middleEast-570-20180602", "إغلاق الميناء", "بسبب إغلاق الميناء الذي جاء كرد فعل",
     SD, "Other", "Government of Saudi Arabia", "", "Hodeidah", "YE",
     "2017-11-01", "3", "", "", "BBC Arabic", "reported",
     "background: Saudi Arabia closed Hodeidah port in November 2017 in reaction to the Houthi missile (blockade, a coercive military measure -> Strategic developments/Other; borderline scope); 3.2 million affected by famine (humanitarian)"),
    # SK-internationalNews-3564-20181019 (DCT Fri 19 Oct)
    ("SK-internationalNews-3564-20181019", "هجوم نفذته حركة طالبان", "بعد هجوم نفذته حركة طالبان الخميس",
     BA, "Armed clash", "Taliban", "Police Forces of Afghanistan", "Governor's compound, Kandahar", "AF",
     "2018-10-18", "1", "2", "at_least", "Sky News Arabia; AP cameraman; deputy governor; Taliban spokesman", "reported",
     "Thursday: at the end of a security meeting on the election plans in the Kandahar governor's compound, an Afghan forces guard opened fire on the departing Afghan delegation; Kandahar police chief Gen. Abdul Raziq and the intelligence chief Abdul Momin killed ('two senior officials', 'at least one' besides Raziq -> 2 at_least); the Taliban say the target was US commander Gen. Scott Miller (unhurt); attack on security officials -> Battles (actor2 named after the police chief; the intelligence chief also killed). Not coded: the postponement of the Kandahar election"),
    # FR-middleEast-309-20180418 (DCT Wed 18 April)
    ("FR-middleEast-309-20180418", "الهجوم الكيميائي", "من موقع الهجوم الكيميائي المفترض في السابع",
     EXP, "Chemical weapon", "Military Forces of Syria", "Civilians (Syria)", "Douma", "SY",
     "2018-04-07", "1", "40", "at_least", "medics and doctors; Western states (accusation)", "claimed",
     "background: the alleged chemical attack on Douma on 7 April, more than 40 killed according to medics and doctors; Western states accuse the Syrian regime ('presumed' attack, perpetrator only in the accusation -> claimed). Not coded: the OPCW mission waiting for clearance, the UN security team entering Douma, the French concern about evidence (investigation/diplomatic)"),
    ("FR-middleEast-309-20180418", "ضربات عسكرية", "لتوجيه ضربات عسكرية في البلاد",
     EXP, "Air/drone strike", "Western coalition (United States, United Kingdom, France)", "Military Forces of Syria", "", "SY",
     "2018-04-18", "3", "", "", "France 24", "reported",
     "background: the Western states that accused the regime carried out military strikes in Syria in response (no date or place in the text -> DCT precision 3, location empty; actor name as the spent sets' Western coalition row; type by the usual air/missile strikes, not specified in the text)"),
    ("FR-middleEast-309-20180418", "تنتشر", "حيث تنتشر منذ السبت شرطة عسكرية روسية وسورية",
     SD, "Other", "Military Forces of Russia", "", "Douma", "SY",
     "2018-04-14", "1", "", "", "France 24", "reported",
     "Russian and Syrian military police deployed in Douma since Saturday (DCT Wednesday 18 April -> 14 April) (deployment, no fighting -> Strategic developments/Other; actor1 the Russian military police, Syrian military police also)"),
    # SK-middleEast-2317-20180611 (DCT Mon 11 June)
    ("SK-middleEast-2317-20180611", "واستهدفت الغارات", "واستهدفت الغارات تجمعات وتعزيزات للحوثيين في منطقة العرج",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Al-Arj, Bajil", "YE",
     "2018-06-11", "2", "", "", "Sky News Arabia", "reported",
     "coalition fighter jets kept striking Houthi positions in Hodeidah governorate: the raids hit Houthi gatherings and reinforcements in al-Arj, Bajil district (one row per named place; this one with the title 'غارات على الحديدة'); killed and wounded, no number -> empty; ongoing, no day -> DCT precision 2"),
    ("SK-middleEast-2317-20180611", "ومنطقة الجبانة", "ومنطقة الجبانة مقر معسكر الدفاع الساحلي",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Al-Jabbana, Al-Hali", "YE",
     "2018-06-11", "2", "", "", "Sky News Arabia", "reported",
     "second place of the same raids: al-Jabbana, seat of the coastal defence camp, al-Hali district (Hodeidah); killed and wounded, no number; no day -> DCT precision 2"),
    ("SK-middleEast-2317-20180611", "حملة اعتقالات لمقاتليها", "تنفذ الميليشيات المتمردة حملة اعتقالات لمقاتليها الفارين",
     SD, "Arrests", "Houthis", "Houthis (deserting fighters)", "", "YE",
     "2018-06-11", "2", "", "", "Sky News Arabia", "reported",
     "title: the Houthis carry out an arrest campaign against their fighters fleeing the west-coast front (de facto authority arresting; no place beyond 'the west coast front' -> location empty; ongoing -> DCT precision 2); folded: the earlier arrest campaign against Yemeni army soldiers and officers who did not join the battles (undated). Not coded: preparations and reinforcements of both sides, the new battalion, the recall of former Central Security members, the '100 people for military media' circular (mobilisation)"),
    ("SK-middleEast-2317-20180611", "في غارات لمقاتلات التحالف", "في غارات لمقاتلات التحالف العربي على منطقة المِبها",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Jabal Habashi, Taiz", "YE",
     "2018-06-11", "2", "", "", "Sky News Arabia", "reported",
     "coalition raids on al-Mibha, Mukaer and around Jabal al-Mana'm in Jabal Habashi district, west Taiz governorate: Houthi dead and wounded (no number), vehicles destroyed; the three villages of one district in one sentence -> one row at district level (borderline with the one-place-per-row rule); no day -> DCT precision 2"),
    ("SK-middleEast-2317-20180611", "مواجهات تشهدها تلك القرى", "بالتزامن مع مواجهات تشهدها تلك القرى",
     BA, "Armed clash", "Military Forces of Yemen", "Houthis", "Jabal Habashi, Taiz", "YE",
     "2018-06-11", "2", "", "", "Sky News Arabia", "reported",
     "clashes in the same Jabal Habashi villages; government forces advanced, imposing fire control over the Houthi supply line between Taiz and Hodeidah at al-Ramada-al-Baraha (folded: no territory stated as taken); no day -> DCT precision 2"),
    # BB-internationalNews-1-20180218 (DCT Sun 18 Feb)
    ("BB-internationalNews-1-20180218", "مسيرة مشحونة عاطفيا", "ونظم طلاب وعائلاتهم مسيرة مشحونة عاطفيا",
     PR, "Peaceful protest", "Protesters (United States)", "", "Fort Lauderdale", "US",
     "2018-02-17", "1", "", "", "BBC Arabic; CNN", "reported",
     "Saturday: students and families held an emotional rally with politicians in Fort Lauderdale near Parkland against inaction on guns (Emma Gonzalez's speech against NRA money); 'وخرجت احتجاجات، السبت' (chants against Trump and Congress) is folded into it (same day, no other place named). Not coded: the Parkland school shooting (17 killed, Wednesday 14 Feb) and Cruz's arrest (crime, no political motive stated), Trump's tweets and meeting, the gun show"),
    ("BB-internationalNews-1-20180218", "عن تنظيم مسيرة بالعاصمة واشنطن", "عن تنظيم مسيرة بالعاصمة واشنطن للمطالبة",
     PR, "Peaceful protest", "Protesters (United States)", "", "Washington", "US",
     "2018-03-24", "1", "", "", "survivors of the Parkland shooting (via CNN)", "planned",
     "the surviving students announced a march in Washington on 24 March ('March for Our Lives' campaign 'أرواحنا'), with similar protests planned in other cities the same day (folded); title is the same event"),
    # SK-middleEast-3791-20181009 (DCT Tue 9 Oct)
    ("SK-middleEast-3791-20181009", "اختفاء الصحفي", "بشأن اختفاء الصحفي جمال خاشقجي",
     VAC, "Abduction/forced disappearance", "Government of Saudi Arabia", "Civilians (Saudi Arabia)", "Saudi Consulate, Istanbul", "TR",
     "2018-10-03", "2", "", "", "Saudi ambassador in Washington; Saudi consulate in Istanbul", "denied",
     "Khashoggi's disappearance after his visit to the Saudi consulate in Istanbul, under Turkish investigation; the Saudi ambassador calls the reports 'completely false' and the consulate says he disappeared after leaving the building -> denied; the text gives no date: the consulate's statement of last Wednesday (3 October) -> precision 2; no killing is stated here -> Abduction/forced disappearance rather than the spent sets' Attack. Not coded: Saudi readiness to cooperate, the planned consulate search (investigation)"),
    # SK-middleEast-2709-20180701 (DCT Sun 1 July)
    ("SK-middleEast-2709-20180701", "تحتجز السفينة", "تحتجز السفينة \"G Muse\"",
     SD, "Other", "Houthis", "", "Hodeidah port, Hodeidah", "YE",
     "2018-07-01", "2", "", "", "Saudi-led coalition", "claimed",
     "Sunday the coalition revealed that the Houthis have been holding the ship 'G Muse' in Hodeidah port for two months for unknown reasons (ongoing -> DCT precision 2; coalition's assertion -> claimed); folded/not separately coded: the earlier 69-day deliberate delay of the tanker 'MT Rahuna' (now entered the port). Not coded: coalition permits, ships unloading (humanitarian/administrative)"),
    # SK-middleEast-1811-20180519 (DCT Sat 19 May)
    ("SK-middleEast-1811-20180519", "في مواجهات عنيفة", "السبت، في مواجهات عنيفة مع المقاومة اليمنية",
     BA, "Armed clash", "Yemeni Resistance", "Houthis", "Hodeidah", "YE",
     "2018-05-19", "1", "26", "exact", "local Yemeni sources", "reported",
     "Saturday: 26 Houthi fighters killed in violent clashes with the coalition-backed Yemeni resistance on the al-Jarrahi and al-Tuhayta fronts (west coast, both Hodeidah governorate districts; one toll for both -> one row at governorate level); folded: the advance of the Giants Brigades, the Hodeidah Brigade and the National Resistance in al-Tuhayta and the mass flight of Houthi fighters. Not coded: the Houthi checkpoints in Bayt al-Faqih, al-Husayniyah and north al-Tuhayta to catch deserters (no arrest stated)"),
    ("SK-middleEast-1811-20180519", "18 غارة جوية", "نحو 18 غارة جوية على مواقع الحوثيين في حرض",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Harad, Hajjah", "YE",
     "2018-05-19", "2", "", "", "military and field sources", "reported",
     "about 18 coalition air strikes on Houthi gatherings and positions in Harad and Abs districts, Hajjah: 20 Houthis killed (bodies received at Abs and al-Mahabisha rural hospitals), 'dozens' killed and wounded, vehicles destroyed; one row per named district: the 20 cannot be split between them -> fatalities empty on both (the 20 in the note); no day -> DCT precision 2"),
    ("SK-middleEast-1811-20180519", "مديرية حرض وعبس", "تجمعات للمتمردين في مديرية حرض وعبس",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Abs, Hajjah", "YE",
     "2018-05-19", "2", "", "", "military and field sources", "reported",
     "the Abs part of the same coalition air strikes (20 Houthis killed in Harad and Abs together, not split -> fatalities empty); no day -> DCT precision 2"),
    ("SK-middleEast-1811-20180519", "معارك بين المتمردين والقوات الشرعية", "معارك بين المتمردين والقوات الشرعية في مديرية حرض",
     BA, "Armed clash", "Military Forces of Yemen", "Houthis", "Harad, Hajjah", "YE",
     "2018-05-19", "2", "", "", "Sky News Arabia", "reported",
     "battles between the Houthis and government forces in Harad district at the same time as the strikes; government forces cut the road linking Harad and al-Mazraq (folded); no day -> DCT precision 2"),
    ("SK-middleEast-1811-20180519", "استعادت السيطرة", "وكانت القوات الشرعية استعادت السيطرة على عدد من المناطق",
     BA, "Government regains territory", "Military Forces of Yemen", "Houthis", "Harad, Hajjah", "YE",
     "2018-05-19", "3", "", "", "Sky News Arabia", "reported",
     "background: government forces had retaken al-Sardah, al-Majrub, al-Ma'ayn and Jabal al-Dhira' and large parts of the strategic Jabal al-Nar in Harad district (several places of one district -> one row at district level; undated -> DCT precision 3)"),
    # SK-middleEast-3787-20181009 (DCT Tue 9 Oct)
    ("SK-middleEast-3787-20181009", "من السيطرة على المعبر", "في يوليو من السيطرة على المعبر",
     SD, "Non-violent transfer of territory", "Military Forces of Syria", "Syrian rebels", "Nasib border crossing, Daraa", "SY",
     "2018-07-01", "3", "", "", "AFP (via Sky News Arabia)", "reported",
     "background: in July government forces took control of the Nasib crossing and the whole border with Jordan under a Russian-brokered agreement between the two sides (July -> 1 July, precision 3; transfer by agreement -> Non-violent transfer of territory). Not coded: the planned reopening of the crossing (administrative), Jordan's April 2015 closure and the rebel takeover (too old)"),
    ("SK-middleEast-3787-20181009", "هجوماً شنته القوات الحكومية", "وأعقب هجوماً شنته القوات الحكومية على المنطقة الجنوبية",
     BA, "Government regains territory", "Military Forces of Syria", "Syrian rebels", "Daraa", "SY",
     "2018-07-01", "3", "", "", "AFP (via Sky News Arabia)", "reported",
     "background: the government offensive on the south by which it took the whole of Daraa governorate (the Quneitra part is its own row); dated with the July takeover (month -> 1 July, precision 3; the offensive's start is not stated)"),
    ("SK-middleEast-3787-20181009", "والقنيطرة", "كامل محافظتي درعا والقنيطرة",
     BA, "Government regains territory", "Military Forces of Syria", "Syrian rebels", "Quneitra", "SY",
     "2018-07-01", "3", "", "", "AFP (via Sky News Arabia)", "reported",
     "background: the same southern offensive took the whole of Quneitra governorate (one location per row); July -> 1 July, precision 3"),
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
        "# Hand-annotated ACLED-style EVENT gold set 14 (Arabic news), 20 articles: blind second annotation. Annotator: helper session (annotator B), 2026-11-26 (UTC), 14:57-15:05 UTC.",
        "# Blind second annotation: texts/<id>.txt read by hand; no project code opened or run, annotator A's files not seen. Conventions of events13/README.md, events9/README.md and events8/README.md and their spent events_gold.tsv rows (17 columns, ACLED types, folding, scope, actors, reported_as, occurrence counting).",
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
