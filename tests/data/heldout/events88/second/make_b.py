"""Bookkeeping helper for annotator B of the events88 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur48/events88/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 88 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2992/2993, drawn at the start of stop 48, main 33dff2c, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2992).shuffle, walked in order; (b) 10 with no text filter: random.Random(2993).shuffle, walked in order, >=3 sources (got, by source, a: sabq 3, alriyadh 2, aawsat 1, alwatan 1, alweeam 1, alyaum 1, arreyadi 1; b: aawsat 3, alyaum 3, 3alyoum 1, aljazirah 1, alriyadh 1, alwatan 1).
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
WE921 = "SN-alweeam-20150802-921"
AY941 = "SN-alyaum-20150802-941"
RY645 = "SN-alriyadh-20150801-645"
RY990 = "SN-alriyadh-20150722-990"
AW94 = "SN-aawsat-20150804-94"
SB1390 = "SN-sabq-20150727-1390"
AW156 = "SN-aawsat-20150803-156"
AW108 = "SN-aawsat-20150810-108"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
POLTR = "Police Forces of Turkey"
NUS = "Jabhat al-Nusra"
SYR = "Syrian rebels"
PJAK = "PJAK: Kurdistan Free Life Party"
KOM = "Komala Party of Iranian Kurdistan"
IRN = "Military Forces of Iran"
USPOL = "Police Forces of the United States"
SOHR = "Syrian Observatory for Human Rights (Rami Abdulrahman, to AFP, via Asharq Al-Awsat)"
AYAFP = "Al Yaum (AFP)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WE921, "مقتل وإصابة 3440 عراقيًا", "أعلنت بعثة الأمم المتحدة في العراق “يونامي” مقتل وإصابة 3440 عراقيًا",
     VAC, "Attack", UAG, "Civilians (Iraq)", "", "IQ", "2015-07-01", "3", "844", "exact",
     "UN Assistance Mission for Iraq (UNAMI) statement (via Al Weeam)", "reported",
     "aggregate: the title's news: UNAMI announced 3,440 Iraqis killed and wounded 'during last July' in the acts of "
     "violence in the country (1,332 killed, 2,108 wounded); of them 844 civilians killed, among them 27 members of the "
     "civil police, and 1,616 civilians wounded (this row: the civilian toll, 844 exact; the perpetrators are not named, "
     "'أعمال العنف' -> Unidentified armed group; the security forces' 488 dead have their own row, one actor pair per row, "
     "alternative one row with the 1,332 total; Baghdad, the worst-hit province with 335 killed and 756 wounded among "
     "civilians, is folded, alternative its own row; month -> 1 July, precision 3; location empty, IQ). Not coded: "
     "Kubis's 'since the attacks ISIS launched last summer' (June 2014, more than 12 months before the DCT) and his call "
     "for firm measures against ISIS (statement)"),
    (WE921, "مقتل 488 عنصراً", "وأشار البيان إلى مقتل 488 عنصراً من منتسبي قوات الأمن العراقية",
     BAT, CLASH, IS, "Military Forces of Iraq", "", "IQ", "2015-07-01", "3", "488", "exact",
     "UN Assistance Mission for Iraq (UNAMI) statement (via Al Weeam)", "reported",
     "aggregate: the same UNAMI July toll: 488 members of the Iraqi security forces killed, among them Peshmerga and "
     "special-task forces, and 492 wounded, not counting the victims of the military operations in Anbar (the conflict "
     "party named in the article is ISIS -> actor1 Islamic State, alternative Unidentified armed group; security forces "
     "killed in the conflict -> Battles/Armed clash, as the spent aawsat-109 monthly Reuters toll of Ukrainian soldiers; "
     "month -> 1 July, precision 3; location empty, IQ; 488 exact)"),
    (AY941, "عملية انتحارية", "مع وقوع عملية انتحارية تبناها حزب العمال الكردستاني استهدفت مركزا للدرك",
     ERV, SUI, PKK, TUR, "Dogubayazit, Agri", "TR", "2015-08-02", "1", "2", "exact",
     "Turkish army; PKK (claim of responsibility) (via Al Yaum, AFP)", "reported",
     "the title's news: on Sunday (the DCT, 2 August) a suicide operation claimed by the PKK targeted a gendarmerie post "
     "and killed at least two; 'early today Sunday' a suicide bomber drove a tractor rigged with two tonnes of explosives "
     "into a gendarmerie post near the town of Dogubayazit in eastern Turkey near the Iranian border; the army: two "
     "soldiers killed and 31 wounded (the title's 'هجوم انتحاري', the lead's operation and the tractor sentence are the "
     "same event -> one row; the army's 'جنديين' -> 2 exact, the lead's 'at least two' and the PKK's 'dozens of soldiers' "
     "noted, as the spent events55 aleqtisadiya-265 row of the same AFP story; soldiers at a gendarmerie post -> Military "
     "Forces of Turkey, as the spent rows; the rebels' 'ambush' near the site to block help is folded; 'Dogubayazit, "
     "Agri' as the spent rows, the province not named in this text). The text says both 'early today Sunday' and "
     "'evening': Sunday kept, precision 1, as the spent aleqtisadiya-265 row"),
    (AY941, "انفجر لغم ارضي", "عندما انفجر لغم ارضي بينما كانت قافلة عسكرية تمر",
     ERV, IED, PKK, TUR, "Midyat, Mardin", "TR", "2015-08-02", "1", "1", "exact",
     "Anadolu Agency (via Al Yaum)", "reported",
     "in a separate incident also attributed to the PKK, a Turkish soldier was killed and seven wounded early on Sunday "
     "(2 August) when a landmine exploded as a military convoy passed on a road in the town of Midyat, Mardin province, "
     "south-east Turkey (attributed -> PKK, noted, as the spent aleqtisadiya-265 row; 1 exact)"),
    (AY941, "الغارات التي استهدفت مواقع", "في الغارات التي استهدفت مواقع في محيط قرية زراكلي",
     ERV, AIR, TUR, "Civilians (Iraq)", "Zarkali, Erbil", "IQ", "2015-08-01", "1", "6", "at_least",
     "Kurdistan Region authorities; HDP statement; Kurdish sources; pro-Kurdish Turkish media (via Al Yaum)", "reported",
     "the disputed civilian toll of the Turkish raids in Iraq on Saturday (DCT Sunday 2 August -> 1 August): Kurdish "
     "sources said ten civilians, children among them, were killed on Saturday; the Kurdistan Region authorities announced "
     "six dead among the local residents, pro-Kurdish media spoke of a 'massacre' with nine dead, and the HDP said ten "
     "civilians were killed and 15 wounded in the raids on sites around the village of Zarkali north of Erbil (all the "
     "same strike -> one row; the lowest official figure, with higher ones reported -> 6 at_least; the victims are called "
     "civilians -> Civilians (Iraq), as the spent alriyadh-700/alyaum-1078 rows of the same strike, alternative PKK; "
     "'قرية زراكلي شمال اربيل' -> 'Zarkali, Erbil', as the spent alriyadh-700 row). The Turkish army denied targeting "
     "any inhabited area (noted; the deaths are stated by several sources -> reported, alternative denied)"),
    (AY941, "غارات مكثفة", "ينفذ الطيران التركي يوميا غارات مكثفة على مواقع للمتمردين في جبال شمال العراق",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-08-02", "3", "260", "at_least",
     "Ankara (Turkish government) (via Al Yaum)", "claimed",
     "aggregate: the Turkish aircraft carry out intensive raids daily on the rebels' (PKK) positions in the mountains of "
     "northern Iraq, where they have been based for years; at least 260 Kurdish fighters killed and about 400 wounded in "
     "these raids 'according to Ankara' (one party's count -> claimed, as the spent Anadolu 260 rows; 'ما لا يقل عن 260' "
     "-> 260 at_least); folded: the lead's 'the Turkish aviation continues to bomb the party's bases in northern Iraq', "
     "'dozens of raids' on PKK targets, the Qandil mountains, the Anadolu report that the raids forced the PKK leadership "
     "to split into three groups; the text gives no start for the campaign -> DCT, precision 3, as the spent "
     "aleqtisadiya-265 aggregate of the same AFP story; northern Iraq, no place -> location empty, IQ). The Zarkali "
     "strike has its own row"),
    (AY941, "شن هجمات يومية", "منذ ان باشر متمردو حزب العمال الكردستاني شن هجمات يومية في 22 تموز/يوليو",
     BAT, CLASH, PKK, POLTR, "", "TR", "2015-07-22", "3", "17", "at_least",
     AYAFP, "reported",
     "aggregate: at least 17 members of the Turkish security forces killed and dozens wounded since the PKK rebels began "
     "daily attacks on 22 July ('ما لا يقل عن 17' -> 17 at_least; dated at the series' start, 22 July, precision 3; "
     "'قوات الامن' -> Police Forces of Turkey, as the spent PKK aggregates; no place -> location empty, TR); folded: the "
     "PKK's 'retaliatory operations against the central authorities' after Suruc and the 'new escalation in the spiral of "
     "violence'. The day's two attacks have their own rows (presumably inside the 17). Not coded: the fall of the "
     "2013 truce 'ten days ago' (no violent act of its own), the 'more than 40 thousand killed in thirty years' (far "
     "older than 12 months)"),
    (AY941, "العملية الانتحارية التي وقعت في 20 تموز", "المتهم بالوقوف خلف العملية الانتحارية التي وقعت في 20 تموز/يوليو في سوروتش",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     AYAFP, "reported",
     "background: the suicide operation of 20 July in Suruc (south) that killed 32 young Kurdish activists, of which ISIS "
     "is accused ('المتهم' -> Islamic State, as the spent Suruc rows; victims -> Civilians (Turkey); date stated -> 20 July, "
     "precision 1; 32 exact). Not coded: Erdogan's 'war on terror' against the PKK and ISIS, the PM office's 'the battle "
     "will continue', Barzani's call on the PKK to withdraw its fighters (statements)"),
    (AY941, "ثلاث غارات", "سوى عن ثلاث غارات على مقاتلي تنظيم الدولة الاسلامية في سوريا",
     ERV, AIR, TUR, IS, "", "SY", "2015-08-02", "3", "", "",
     AYAFP, "reported",
     "aggregate: the Turkish operations so far focused on PKK targets (dozens of raids), while only three raids on "
     "Islamic State fighters in Syria have been announced (a second target in another country -> own row, as the spent "
     "alwatan-828 pair; no date or start in the text -> DCT, precision 3; no place -> location empty, SY)"),
    (RY645, "تم تحرير 12 وحدة إدارية", "تم تحرير 12 وحدة إدارية تابعة لمحافظة نينوى على يد قوات البشمركة",
     BAT, GRT, "Military Forces of Iraq (Peshmerga)", IS, "Nineveh", "IQ", "2015-08-01", "3", "", "",
     "Mosul governor Atheel al-Nujaifi (to Al Riyadh)", "reported",
     "aggregate, borderline: the Mosul (Nineveh) governor said that at present 12 administrative units of Nineveh "
     "governorate, out of thirty that ISIS controlled, have been liberated by the Peshmerga and are run by the Peshmerga "
     "and defence committees of the province's people (cumulative recaptures since ISIS's 2014 sweep, no start or day -> "
     "DCT, precision 3; 'Military Forces of Iraq (Peshmerga)' as the spent rows; the province -> 'Nineveh'). Alternative: "
     "not coded (a status report inside an interview). Not coded: the fall of Mosul to ISIS (June 2014, more than 12 "
     "months before the DCT), the training of 6,000 Mosul fighters by US forces and their withdrawal by the interior "
     "ministry 'days ago', the training of the national mobilisation volunteers by Turkish special forces (training, "
     "redeployment), the governor's dismissal by parliament (politics)"),
    (RY990, "انفجار عبوات ناسفة", "دمرت صباح أمس الاحد في انفجار عبوات ناسفة في شمال مدينة غزة",
     ERV, IED, UAG, "Hamas", "Gaza City", "PS", "2015-07-19", "1", "", "",
     "eyewitnesses (to AFP, via Al Riyadh)", "reported",
     "the title's news: eyewitnesses told AFP that five cars belonging to activists of Hamas and Islamic Jihad were "
     "destroyed on the morning of 'yesterday Sunday' in the explosion of explosive devices in the north of Gaza City; "
     "bombs placed under the cars parked in front of their owners' homes, all exploding in turn within a quarter of an "
     "hour; three cars belonged to members of the Qassam Brigades (Hamas), two to Saraya al-Quds (PIJ) (one series of "
     "blasts in one place and quarter-hour -> one row; the title's 'سلسلة تفجيرات' is the same event; no perpetrator "
     "named, the Hamas police gave no details -> Unidentified armed group; the majority of the cars and the first-named "
     "movement -> actor2 Hamas, Palestinian Islamic Jihad in the note; no casualties stated; the weekday wins over "
     "'yesterday' (DCT Wednesday 22 July, the text written on Monday) -> Sunday 19 July, precision 1; 'شمال مدينة غزة' "
     "-> 'Gaza City')"),
    (RY990, "اطلاق قذيفتي هاون", "في مايو اطلاق قذيفتي هاون على موقع للتدريب تابع لكتائب القسام",
     ERV, SHELL, "Supporters of the Islamic State in Jerusalem", "Hamas", "Gaza Strip", "PS", "2015-05-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "background: a hardline group calling itself 'Supporters of ISIS in Bayt al-Maqdis' claimed responsibility in May for "
     "firing two mortar shells at a training site of the Qassam Brigades in the south of the Gaza Strip (May -> 1 May, "
     "precision 3, within 12 months; the group named -> actor1 by its name, alternative Unidentified armed group or "
     "Islamic State; the Qassam site -> Hamas; 'south of the Gaza Strip', no town -> 'Gaza Strip'; the group's "
     "claim of responsibility is reported as fact by the outlet -> reported, alternative claimed)"),
    (RY990, "ثم في يونيو ضد سيارة", "ثم في يونيو ضد سيارة احد كوادر جهاز الامن التابع لحماس",
     ERV, IED, "Supporters of the Islamic State in Jerusalem", "Hamas", "", "PS", "2015-06-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "background: the same group then claimed in June an attack against the car of a cadre of Hamas's security apparatus "
     "(June -> 1 June, precision 3; the means are not stated: an attack on a car, as the day's car bombs -> Remote "
     "explosive/landmine/IED, alternative Shelling by the sentence's ellipsis; no place -> location empty, PS)"),
    (RY990, "اعتقلت حماس", "ومؤخرا اعتقلت حماس التي قمعت بقسوة في 2009",
     SD, "Arrests", "Hamas", "Civilians (Palestine)", "Gaza Strip", "PS", "2015-07-22", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "'recently' Hamas, which controls the Gaza Strip, arrested dozens from the active Salafi circles in the strip "
     "(political arrests by the de facto authority -> Strategic developments/Arrests, actor1 Hamas, alternative a Hamas "
     "police actor; the detainees -> Civilians (Palestine), alternative a Salafist group; 'recently', no date -> DCT, "
     "precision 3; 'in the strip' -> 'Gaza Strip'). Not coded: Hamas's harsh 2009 crackdown and the destruction of a "
     "mosque (2009, far older than 12 months), the video of Gazans who joined ISIS in Syria calling to attack Hamas "
     "(propaganda, no act)"),
    (AW94, "خطفت جبهة النصرة ذراع", "خطفت جبهة النصرة ذراع تنظيم القاعدة في سوريا، من جديد خمسة مقاتلين",
     BAT, CLASH, NUS, SYR, "Qah", "SY", "2015-08-03", "2", "", "",
     SOHR, "reported",
     "the title's news: Jabhat al-Nusra abducted again at least five fighters trained in the US programme for the "
     "moderate Syrian opposition; the SOHR director: Nusra abducted 'between Monday and today (Tuesday)' (DCT Tuesday "
     "4 August -> 3-4 August, precision 2, dated at the first day) at least five fighters of Division 30 in the village of "
     "Qah on the Turkish border (the title's 'تخطف' and the quote are the same event -> one row; the storming of the IDP "
     "camp in Qah where the fighters had taken refuge on Monday and 'seen abducting five fighters' folded; rebel fighters "
     "seized by an armed group -> Battles/Armed clash, Jabhat al-Nusra vs Syrian rebels, as the spent adjudicated "
     "aljazirah-761 row of the same abduction, dated there 4 August, precision 1, from its text's 'Tuesday'; no deaths). "
     "Folded: Nusra 'pursuing' the trained fighters in Idlib and the Aleppo countryside (ongoing, generic). Not coded: "
     "the fighters' crossing into Syria in mid-July (movement)"),
    (AW94, "خطفت ثمانية عناصر", "وكانت جبهة النصرة خطفت ثمانية عناصر من «الفرقة 30»",
     BAT, CLASH, NUS, SYR, "Azaz", "SY", "2015-07-29", "1", "", "",
     "Syrian Observatory for Human Rights (via Asharq Al-Awsat)", "reported",
     "background: Nusra had abducted eight members of Division 30, among them its commander Col. Nadim al-Hassan, on "
     "Wednesday evening (DCT Tuesday 4 August -> 29 July, precision 1) near the town of Azaz in the northern Aleppo "
     "countryside, according to SOHR; the US Department of Defense denied it (the monitor's report stated as fact -> "
     "reported, alternative denied; the lead's 'days after it abducted eight other fighters' is the same event; as the "
     "spent alyaum-1689 Sijo row, Battles/Armed clash; 'near Azaz' -> 'Azaz')"),
    (AW94, "هاجمت الجمعة مقرًا", "وكانت جبهة النصرة قد هاجمت الجمعة مقرًا للفرقة في المنطقة نفسها",
     BAT, CLASH, NUS, SYR, "Azaz", "SY", "2015-07-31", "1", "32", "exact",
     "Syrian Observatory for Human Rights (tally, via Asharq Al-Awsat)", "reported",
     "background: on Friday (31 July) Nusra attacked a headquarters of the division in the same area (near Azaz) and "
     "clashes broke out with its defenders, killing 25 Nusra militants and seven of the fighters and their supporters who "
     "came to back the division, by SOHR's tally (25 + 7 -> 32 exact; 'in the same area' -> 'Azaz', as the spent "
     "aawsat-58 row of the same attack)"),
    (AW94, "غارات نفذها الائتلاف الدولي", "تزامن الاشتباكات مع غارات نفذها الائتلاف الدولي",
     ERV, AIR, "Global Coalition Against Daesh", NUS, "Azaz", "SY", "2015-07-31", "1", "", "",
     "Syrian Observatory for Human Rights (via Asharq Al-Awsat)", "reported",
     "the same Friday's clashes coincided with air raids carried out by the international coalition (a different actor "
     "and type -> own row, as the spent aawsat-58 and alweeam-960 strike rows; target not stated, the raids accompanied "
     "the defence of the headquarters -> actor2 Jabhat al-Nusra; the clashes' place -> 'Azaz', alternative empty; "
     "31 July, precision 1)"),
    (SB1390, "مقاتلي التنظيم", "وشنّ غارات جوية ضدّ كل من مقاتلي التنظيم والأكراد في العراق",
     ERV, AIR, TUR, IS, "", "SY", "2015-07-20", "2", "", "",
     "Al Sabq (Reuters)", "reported",
     "background: Turkey's big shift 'last week' in the US-led coalition against ISIS: it let the coalition use its air "
     "bases and launched air strikes against both the ISIS fighters and the Kurds in Iraq ('last week' -> DCT Monday "
     "27 July - 7 = 20 July, precision 2; two named targets -> two rows; this row ISIS: 'in Iraq' belongs to the Kurds, "
     "the article's ISIS frame is Syria -> SY, location empty, alternative IQ). Not coded: the opening of the air bases "
     "(a decision), Davutoglu's 'no plans to send ground troops', the need for air cover for the moderate Syrian "
     "opposition and the PYD remark (statements of policy, not a declaration of an operation)"),
    (SB1390, "والأكراد في العراق", "ضدّ كل من مقاتلي التنظيم والأكراد في العراق",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-07-20", "2", "", "",
     "Al Sabq (Reuters)", "reported",
     "background: the same sentence's second target: Turkish air strikes against the Kurds in Iraq 'last week' (Kurdish "
     "militants in northern Iraq -> PKK, as the spent rows of the same campaign; 20 July, precision 2; no place -> "
     "location empty, IQ)"),
    # ---- set b (no text filter) ----
    (AW156, "اندلعت أول من أمس اشتباكات", "وإثر هذه العملية، اندلعت أول من أمس اشتباكات بين مقاتلينا والجيش الإيراني",
     BAT, CLASH, PJAK, IRN, "Sardasht", "IR", "2015-08-01", "1", "5", "exact",
     "Arvin Ahmadpour, relations official of the Free Democratic Society (PJAK) (to Asharq Al-Awsat)", "reported",
     "the East Kurdistan Protection Forces, military wing of the Iranian branch of the PKK (PJAK), revealed that its "
     "fighters clashed with the Iranian forces, killing and wounding seven Iranian soldiers; Ahmadpour: after the "
     "Iranian operation in the Sardasht areas, clashes broke out 'the day before yesterday' (DCT Monday 3 August -> "
     "1 August, precision 1) between 'our fighters' and the Iranian army, killing five Iranian soldiers and wounding two "
     "(the 'seven killed and wounded' are the same 5 + 2 -> one row; 5 exact; the lead states the battles around "
     "Sardasht in the outlet's voice -> reported, as the spent adjudicated aawsat-256 row; alternative claimed)"),
    (AW156, "وقصفت هذه المناطق", "وقصفت هذه المناطق بقذائف الهاون وصواريخ الكاتيوشا والمدافع",
     ERV, SHELL, IRN, PJAK, "Sardasht", "IR", "2015-07-31", "2", "", "",
     "Arvin Ahmadpour, relations official of the Free Democratic Society (PJAK) (to Asharq Al-Awsat)", "claimed",
     "'for three days' the Iranian forces have been carrying out a military operation to hunt 'our fighters' in the "
     "areas of the town of Sardasht and shelled these areas with mortars, Katyusha rockets and artillery, and pushed the "
     "army into the area (the shelling is a different type from the 1 August clash -> own row; 'منذ ثلاثة أيام' -> about "
     "31 July, precision 2; only in the PJAK official's words -> claimed; target PJAK's fighters). Not coded: Iran's "
     "building of new camps and massing of troops, special forces and heavy weapons in the Kurdish areas since July "
     "(military build-up; alternative Strategic developments/Other), the threat 'we will strike the Iranian forces "
     "wherever' (statement, not the news), the parties' 1994 halt of armed activity (far too old)"),
    (AW156, "منطقة دالاهو", "خاصة في منطقة دالاهو التابعة لمدينة كرمانشاه",
     BAT, CLASH, PJAK, IRN, "Dalahu, Kermanshah", "IR", "2015-08-03", "2", "", "",
     "Arvin Ahmadpour, relations official of the Free Democratic Society (PJAK) (to Asharq Al-Awsat)", "reported",
     "other armed clashes broke out between the two sides in several areas of Iranian Kurdistan, especially in the "
     "Dalahu area of Kermanshah, with no news yet of the Iranian army's losses (the lead's 'fierce battles' in 'Dalahu of "
     "Kermanshah' in the outlet's voice -> reported; no day, 'the last few days' -> DCT, precision 2; the several unnamed "
     "areas folded)"),
    (AW156, "قصفت القوات الإيرانية بالمدفعية", "قصفت القوات الإيرانية بالمدفعية جبل سورين",
     ERV, SHELL, IRN, KOM, "Surin Mountain", "IR", "2015-08-03", "2", "", "",
     "Komala military official (Peshmerga commander) (to Asharq Al-Awsat)", "claimed",
     "the Komala military official: the Iranian forces shelled with artillery Mount Surin in Iranian Kurdistan, where "
     "'our forces' are (the lead's 'fronts of the Surin mountains' battles folded here; no day -> DCT, precision 2; only "
     "in Komala's words -> claimed; 'حزب الكوملة (العصبة) الكردستاني الإيراني' -> Komala Party of Iranian Kurdistan; "
     "'جبل سورين' -> 'Surin Mountain')"),
    (AW156, "معركة ضارية", "كما اندلعت معركة ضارية بين مجموعة من مقاتلينا",
     BAT, CLASH, KOM, IRN, "Marivan", "IR", "2015-08-03", "2", "1", "exact",
     "Komala military official (Peshmerga commander) (to Asharq Al-Awsat)", "reported",
     "a fierce battle broke out between a group of Komala fighters on a tour on the outskirts of the town of Marivan "
     "(western Iran) and the Iranian special forces, who set fire to the area to burn the fighters; they repelled the "
     "regime forces, killing one of its soldiers and wounding others (the fire folded; 1 exact; the outlet states the "
     "'violent battles' around Marivan between the Iranian forces and Komala in its own voice -> reported, alternative "
     "claimed; no day -> DCT, precision 2)"),
    (AW108, "فتح النار على الشرطة", "الرجل الذي فتح النار على الشرطة في مدينة فيرغسون",
     BAT, CLASH, UAG, USPOL, "Ferguson", "US", "2015-08-09", "1", "", "",
     "St. Louis County police chief Jon Belmar (via Asharq Al-Awsat)", "reported",
     "the title's news: the St. Louis County police chief said the man who opened fire on the police in Ferguson, "
     "Missouri, 'yesterday Sunday' (DCT Monday 10 August -> 9 August, precision 1) was seriously wounded in the exchange "
     "with the security men; an amateur video records exchanged gunfire; he is in critical, unstable condition and in "
     "surgery (the title's 'اشتباكات مع الشرطة' is the same event -> one row; a lone gunman -> Unidentified armed group "
     "vs Police Forces of the United States, Battles/Armed clash, as the spent adjudicated aawsat-157 row of the same "
     "shooting; wounded only -> fatalities empty)"),
    (AW108, "أعمال عنف", "إلى أعمال عنف",
     "Riots", "Violent demonstration", "Rioters (United States)", USPOL, "Ferguson", "US", "2015-08-09", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the peaceful demonstrations on the first anniversary of the killing of the unarmed black youth Michael Brown by a "
     "white police officer in Ferguson turned into acts of violence; a police officer is being treated for face injuries "
     "after being hit by a stone near the place where Brown was shot (stone-throwing at the police -> Riots/Violent "
     "demonstration vs Police Forces of the United States, as the spent aawsat-164 clash row; the anniversary day -> "
     "9 August, precision 1; the peaceful part folded, alternative its own Peaceful protest row as the spent aawsat-164 "
     "march; the shooting has its own row). Not coded: Michael Brown's killing on 9 August 2014 (more than 12 months "
     "before the DCT)"),
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
