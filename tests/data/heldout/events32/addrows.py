"""Bookkeeping helper for the events32 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur29/events32/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 32 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events32/sample.py ("This set: events32, seeds 2806 / 2807, drawn at the start of stop 29 (main da832ac), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2806).shuffle, walked in order; (b) 10 with no text filter, random.Random(2807).shuffle, >=3 sources (got, by source, a: aawsat 3, alwatan 3, aleqtisadiya 2, aljazirah 1, okaz 1; b: aleqtisadiya 2, sabq 2, aljazirah 1, almadina 1, alriyadh 1, alwatan 1, alweeam 1, okaz 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 33 rows): detection F1 0.957 "
       "before (33 matched of 36 A / 33 B rows; 3 A-only rows, no B-only row); 2 rows dropped (aawsat-272 Hadnan clashes "
       "and al-Kashar capture, folded into the Tabat Masoud row of the same Sabr front, as B, which takes the district's "
       "10 at_least); 1 row re-identified (aawsat-272 patrol attack at Jawlat al-Qasr instead of al-Hawban, as B); field "
       "values changed to B's on 6 rows (alwatan-827 two rows actor1/actor2 Military Forces of Saudi Arabia vs Houthis; "
       "aleqtisadiya-790 locations 'Aden Airport, Aden' and 'Sadd al-Jabalain, Taiz'; aawsat-368 Statement location "
       "'Malaysia'; aawsat-368 two air-strike aggregates dated 20 July); kept against B: the Anad siege row, Najran date, "
       "Aden aggregate actor order, Aden-outskirts actor1 Military Forces of Yemen, 3 location forms and the Taiz aggregate "
       "date; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUI = "Suicide bomb"
ARR = "Arrests"
DWU = "Disrupted weapons use"
ABD = "Abduction/forced disappearance"
ATT = "Attack"
RES = "Yemeni Resistance"
HOU = "Houthis"
MFYE = "Military Forces of Yemen"
MFSA = "Military Forces of Saudi Arabia"
POLSA = "Police Forces of Saudi Arabia"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
PKK = "PKK: Kurdistan Workers Party"
MFTR = "Military Forces of Turkey"
MFIQ = "Military Forces of Iraq"
MFSD = "Military Forces of Sudan"
POLSD = "Police Forces of Sudan"
WAT827 = "SN-alwatan-20150723-827"
AAW404 = "SN-aawsat-20150806-404"
JAZ300 = "SN-aljazirah-20150723-300"
OKZ1280 = "SN-okaz-20150808-1280"
EQT790 = "SN-aleqtisadiya-20150721-790"
WAT1663 = "SN-alwatan-20150724-1663"
EQT312 = "SN-aleqtisadiya-20150725-312"
AAW368 = "SN-aawsat-20150806-368"
AAW272 = "SN-aawsat-20150731-272"
WAT1402 = "SN-alwatan-20150722-1402"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WAT827, "المواجهة مع الميليشيات الحوثية", "استشهدا أثناء المواجهة مع الميليشيات الحوثية المتمردة على الحدود بمنطقة نجران",
     BAT, CLASH, MFSA, HOU, "Najran", "SA", "2015-07-22", "2", "2", "exact",
     "Al Watan", "reported",
     "background (the news is the helicopter transfer of the bodies and the funeral prayer in Muhayil Asir): Corporal Hassan "
     "al-Khatarshi and Vice-Sergeant Ibrahim al-Munjahi were killed during the confrontation with the Houthi militias on the "
     "border in Najran region (two named dead -> 2 exact; adjudicated, as B: actor1 Military Forces of Saudi Arabia, actor2 "
     "Houthis, first the reverse: the text names no attacker, the soldiers are the subject who confront the Houthis; no day: the bodies were flown 'yesterday' (DCT 23 July -> 22 July), "
     "so on or before 22 July, precision 2, as the spent almadina-608 martyr row; kept against B's DCT, precision 3: the transfer 'yesterday' bounds the death; 'on the border in Najran region' -> 'Najran', SA). "
     "Not coded: the transfer, funeral, condolence visits and the Chief of Staff's Eid visit"),
    (WAT827, "ردع الميليشيات الحوثية", "أثناء مشاركته في ردع الميليشيات الحوثية على الشريط الحدودي بمنطقة جازان",
     BAT, CLASH, MFSA, HOU, "Jazan", "SA", "2015-06-23", "3", "1", "exact",
     "the martyr's father Saeed al-Zahrani (via Al Watan)", "reported",
     "background: Corporal Salman al-Zahrani was wounded 'about a month ago' while taking part in deterring the Houthi "
     "militias on the border strip of Jazan region and died of his wounds on the second day of Eid al-Fitr in the Riyadh "
     "armed-forces hospital (the clash is the event: 'about a month' before DCT 23 July -> 23 June, precision 3; died of "
     "the wounds -> 1 exact; adjudicated, as B: the Saudi soldier 'taking part in deterring' the Houthis is the sentence's actor, no Houthi attack stated -> actor1 Military Forces of Saudi Arabia, actor2 Houthis, first the reverse). Borderline: a single soldier's wounding told in a "
     "condolence story; alternative not coded"),
    (AAW404, "انتحاري يفجر نفسه", "انتحاري يفجر نفسه في مسجد قوات طوارئ عسير",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Saudi Interior Ministry security spokesman and Twitter account (via Asharq Al-Awsat, SPA)", "reported",
     "the title's news: 'today (Thursday)' (the DCT, 6 August) a suicide bomber blew himself up (explosive belt) in a mosque "
     "of the Emergency Forces in Asir region; the first update gives 10 Special Emergency Forces men and 3 workers at the "
     "site killed (13) and 9 wounded, the second update 2 of the wounded security men died -> 15 exact (the first "
     "'preliminary information' of about 17 dead and about 30 wounded superseded); the text says suicide/explosive belt -> "
     "Suicide bomb, as the spent alriyadh-859 and alyaum-2742 rows; no perpetrator named -> Unidentified armed group; "
     "Emergency Forces -> Police Forces of Saudi Arabia; no city -> 'Asir'"),
    (JAZ300, "اشتباكات عنيفة يخوضها منذ أسبوع", "وأصيب العشرات بجروح في اشتباكات عنيفة يخوضها منذ أسبوع مسلحون من قبيلتي التبو والطوارق",
     BAT, CLASH, "Tebu Ethnic Militia (Libya)", "Tuareg Ethnic Militia (Libya)", "Sabha", "LY", "2015-07-15", "2", "40", "at_least",
     "a local official in Sabha (to AFP, via Al Jazirah)", "reported",
     "the title's news: at least 40 killed, most of them fighters, and dozens wounded in violent clashes between gunmen of "
     "the Tebu and Tuareg tribes, going on for a week (the official spoke 'yesterday Wednesday' 22 July; 'a week' -> start "
     "15 July, precision 2; one battle, its week's toll -> 40 at_least); the government's appeal to the people of Sabha to "
     "stop fighting and the official in Sabha -> 'Sabha' (the text also says 'south-east Libya'); the displacement of "
     "hundreds of families folded. Not coded: the Tebu-Tuareg fighting 'for more than a year and a half' (started more than "
     "12 months before the DCT), the government's appeal, Leon's and Gentiloni's statements"),
    (JAZ300, "قد اختطفوا", "قد اختطفوا يوم الأحد الماضي بالقرب من مجمع مليتة النفطي بزوارة",
     VAC, ABD, UAG, "Civilians (Libya)", "Mellitah, Zuwara", "LY", "2015-07-19", "1", "", "",
     "Al Jazirah", "reported",
     "four Italians working for the Bonatti construction company were kidnapped 'last Sunday' (DCT Thursday 23 July -> 19 "
     "July) near the Mellitah oil complex in Zuwara (kidnappers not named -> Unidentified armed group; civilians of the "
     "event's country per the conventions -> Civilians (Libya), the victims are Italian; Leon's earlier sentence on 'the "
     "Italians kidnapped in the Mellitah area of Zuwara' is the same event)"),
    (OKZ1280, "ضبطا قاطرتين", "أن الجيش الوطني والمقاومة اليمنية ضبطا قاطرتين",
     SD, DWU, MFYE, HOU, "Marib", "YE", "2015-08-08", "2", "", "",
     "Marib governor Sheikh Sultan al-Arada (to Okaz)", "reported",
     "the title's news: the national army and the Yemeni resistance seized two trucks carrying Iranian-made military "
     "intelligence, eavesdropping and broadcasting equipment hidden under food, on their way to the Houthis in Sanaa "
     "(seizure of military equipment -> Disrupted weapons use; national army named first -> Military Forces of Yemen, the "
     "resistance in the note; destined for the Houthis -> actor2 Houthis; the title states it as fact -> reported; no day, "
     "recent -> DCT, precision 2; the text does not say where the trucks were stopped: the Marib governor speaks of his "
     "forces -> 'Marib', alternative empty). Not coded: the army 'advancing on all fronts', the fronts of Sirwah, "
     "al-Nujaifa, al-Makhdara and al-Jad'an, the work to clear 'some pockets' in Marib (generic, no event)"),
    (EQT790, "بعد تحريره من مسلحي الحوثي", "بعد تحريره من مسلحي الحوثي والقوات الموالية للرئيس المخلوع",
     BAT, GRT, RES, HOU, "Aden Airport, Aden", "YE", "2015-07-21", "3", "", "",
     "Yemeni interior minister Abdu al-Hudhayfi; Al Eqtisadiya", "reported",
     "background: Aden airport was liberated from the Houthi gunmen and the forces loyal to Saleh; the minister praised the "
     "popular-resistance fighters who managed to expel the Houthi gunmen; the ministerial team meets 'after the "
     "liberation operations of the governorate's towns' (same event -> one row; adjudicated, as B: location 'Aden Airport, Aden', first 'Aden': the airport is the only recapture the text places precisely, the trigger's object; pro-Hadi fighters -> "
     "Yemeni Resistance, Saleh's forces in the note; no day in the text -> DCT, precision 3, as the spent aawsat-72 Aden "
     "row). Not coded: the planned reopening of the airport and port, the ministers' meetings, the Marib sheikhs' praise"),
    (EQT790, "750 شخصا قتلوا", "مبينا أن 750 شخصا قتلوا في معارك عدن خلال ثلاثة أشهر من الاشتباكات",
     BAT, CLASH, RES, HOU, "Aden", "YE", "2015-04-21", "3", "750", "exact",
     "Yemeni interior minister Abdu al-Hudhayfi (via Al Eqtisadiya)", "claimed",
     "aggregate: 750 people were killed in the Aden battles during three months of clashes (dated at the period's start, "
     "DCT 21 July - 3 months -> 21 April, precision 3; resistance vs Houthi gunmen, as the minister's sentence; the toll "
     "is given only as a party's (Hadi government's minister) statement -> claimed, as the spent Anadolu aggregates; "
     "alternative reported; actor order kept against B's Houthis/Yemeni Resistance: the text does not say who started the "
     "Aden battles, the sentence's subject is the resistance fighters who expelled the Houthis)"),
    (EQT790, "سيطرت المقاومة الشعبية في مأرب", "سيطرت المقاومة الشعبية في مأرب، شرقي اليمن، أمس",
     BAT, GRT, RES, HOU, "Al Faw, Marib", "YE", "2015-07-20", "1", "", "",
     "Al Eqtisadiya (a resistance source)", "reported",
     "'yesterday' (DCT 21 July -> 20 July) the popular resistance in Marib took Houthi positions in the west of the "
     "governorate: a surprise attack on the Houthi gunmen's positions in the al-Faw area, three of which it took after the "
     "rebels fled; combing the area and chasing the remnants folded (the outlet states the capture as fact -> reported)"),
    (EQT790, "استهداف دورية عسكرية", "سقطوا إثر استهداف دورية عسكرية تابعة لهم بالقرب من مفرق حبيش",
     BAT, CLASH, RES, HOU, "Mafraq Hubaysh, Al Makhadir", "YE", "2015-07-20", "1", "", "",
     "Popular Resistance statement (via Al Eqtisadiya)", "reported",
     "'yesterday' (20 July) the popular resistance in Ibb carried out two separate operations against the Houthi gunmen; "
     "the resistance statement says Houthis were killed and wounded when a Houthi military patrol heading to Taiz as "
     "reinforcements was targeted near Mafraq Hubaysh in al-Makhadir district and destroyed, all aboard killed or wounded "
     "('قتلى وجرحى', no number -> empty; attack on an armed patrol -> Armed clash; the outlet states the operations as fact "
     "-> reported, alternative claimed; the second operation is not described -> folded)"),
    (EQT790, "قصفت الميليشيات المتمردة", "قصفت الميليشيات المتمردة في محافظة تعز اليمنية",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Sadd al-Jabalain, Taiz", "YE", "2015-07-20", "1", "", "",
     "Taiz Military Council (via SABA, Al Eqtisadiya)", "reported",
     "adjudicated: spelling 'Sadd al-Jabalain' (B's: 'سد' is sadd, dam; the set's 'ai' style), first 'Sad al-Jabalayn'. 'yesterday' (20 July) the Houthi and Saleh militias deliberately shelled the Sadd al-Jabalain area in al-Dhabab, "
     "Taiz, where the strategic oil and gas reserve of Taiz and Ibb is stored, 'to subdue the population' (the outlet "
     "states it first as fact -> reported; the target is a civilian storage site and its population -> Civilians (Yemen), "
     "alternative actor2 empty; Saleh's forces in the note; no casualties stated). Not coded: the council's condemnation "
     "and threat of punishment"),
    (WAT1663, "يشاركون في معارك", "يشاركون في معارك تمهد لاستعادة الرمادي من داعش",
     BAT, CLASH, MFIQ, ISIS, "Ramadi", "IQ", "2015-07-23", "2", "", "",
     "Col. Steve Warren, Pentagon spokesman (via Al Watan)", "reported",
     "the title's news: about 3,000 Iraqi army soldiers trained by the US-led coalition, and 500 Sunni tribal fighters, "
     "take part for the first time in the battles around Ramadi that prepare its recapture from ISIS; the military effort "
     "now focuses on isolating the city (ongoing, the spokesman spoke 'yesterday' 23 July -> 23 July, precision 2; the "
     "tribal fighters folded; the first sentence's 'المعارك في محيط مدينة الرمادي' is the same battle; the expected direct "
     "assault 'within weeks' folded, not its own planned row: the same operation already under way). Not coded: the "
     "training at Habbaniya base"),
    (WAT1663, "التي سيطر عليها مايو الماضي", "من داعش التي سيطر عليها مايو الماضي",
     BAT, NSO, ISIS, MFIQ, "Ramadi", "IQ", "2015-05-01", "3", "", "",
     "Col. Steve Warren, Pentagon spokesman (via Al Watan)", "reported",
     "background: ISIS took control of Ramadi 'last May' (month known -> 1 May 2015, precision 3, within 12 months of the "
     "DCT; the defender is not named in the text: Ramadi was held by the Iraqi forces the article describes -> Military "
     "Forces of Iraq, alternative actor2 empty)"),
    (EQT312, "وقصفت طائرات حربية تركية", "وقصفت طائرات حربية تركية أهدافا لـ",
     ERV, AIR, MFTR, ISIS, "", "SY", "2015-07-24", "1", "", "",
     "Al Eqtisadiya", "reported",
     "Turkish warplanes struck ISIS targets in Syria for the first time 'yesterday' (DCT Saturday 25 July -> 24 July, "
     "precision 1; no place in Syria -> location empty). Not coded: Kerry's remarks on the Iran deal and Congress, the "
     "Security Council's endorsement, Turkey's agreement to let US aircraft use a base near the Syrian border (basing "
     "permission, diplomatic), Kerry's planned meetings"),
    (AAW368, "ستطلق قريبا هجوما", "أنها ستطلق قريبا هجوما",
     "Statement", "", "Government of Turkey", ISIS, "Malaysia", "MY", "2015-08-05", "1", "", "",
     "Turkish Foreign Minister Mevlut Cavusoglu (via Anadolu, Asharq Al-Awsat)", "reported",
     "the title's news: Turkey announced 'yesterday' (DCT 6 August -> 5 August, precision 1) that it will 'soon' launch a "
     "'wide-scale' offensive against ISIS in northern Syria; the foreign minister said so at his meeting with Kerry in "
     "Malaysia on the sidelines of the ASEAN meetings (announcement of an operation start that is the article's news -> "
     "Statement, as the spent aljazirah-969 row of the same announcement; 'in Malaysia', no city -> adjudicated, as B: location 'Malaysia', as the spent Cameron 'Indonesia' Statement row, first empty; "
     "alternative a planned row in SY; his later 'we will also start our battle against ISIS soon' is the same). Not "
     "coded: the arrival of US aircraft in Turkey and the July permission to use Incirlik (basing), the training and "
     "equipping of the moderate Syrian opposition, the new chief of staff, Demirtas's trip, the coalition talks"),
    (AAW368, "بدء غارات جوية على مواقع للأكراد في العراق", "وذلك بعد أسبوعين على بدء غارات جوية على مواقع للأكراد في العراق",
     ERV, AIR, MFTR, PKK, "", "IQ", "2015-07-20", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: two weeks after the start of air strikes on Kurdish positions in Iraq; since the 20 July attack Turkey has "
     "carried out a series of air strikes which it says target PKK activists in northern Iraq (and ISIS militants); "
     "observers say they hit the Kurds more (the later 'سلسلة من الغارات الجوية' sentence is the same series -> one row for "
     "the PKK targets; adjudicated, as B: dated 20 July, the text's stated start ('منذ ذلك الحين', since the 20 July attack), precision 3, first 22 July from the approximate 'two weeks'; northern Iraq, no "
     "place -> location empty, IQ, as the spent aljazirah-969 aggregate)"),
    (AAW368, "ومسلحين من تنظيم داعش", "في شمال العراق ومسلحين من تنظيم داعش",
     ERV, AIR, MFTR, ISIS, "", "SY", "2015-07-20", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: the ISIS targets of the same series of Turkish air strikes (two named targets -> two rows, as the "
     "adjudicated spent aljazirah-969 aggregates; no country given for the ISIS targets, SY from the article's frame, "
     "northern Syria; no place -> location empty; same start as the PKK row, 20 July (adjudicated, as B, first 22 July), precision 3)"),
    (AAW368, "هجوم دامٍ في 20 يوليو", "غير أن تركيا بدلت موقفها بعد هجوم دامٍ في 20 يوليو",
     VAC, ATT, ISIS, "Civilians (Turkey)", "", "TR", "2015-07-20", "1", "32", "exact",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the bloody attack of 20 July in the south of the country on the Syrian border, attributed to ISIS, that "
     "killed 32 people (the Suruc bombing; the text says only 'attack' and gives no victims' role -> Violence against "
     "civilians/Attack, alternative Explosions/Remote violence/Suicide bomb as the spent aleqtisadiya-883 Suruc row, "
     "whose text said suicide attack; 'attributed to the terrorist organisation' -> Islamic State; no town named -> "
     "location empty, TR)"),
    (AAW368, "أول ضربة جوية مميتة", "نفذت أول ضربة جوية مميتة في شمال سوريا",
     ERV, AIR, "Military Forces of the United States", ISIS, "", "SY", "2015-08-05", "2", "", "",
     "CNN, citing US defence officials (via Reuters, Asharq Al-Awsat)", "reported",
     "CNN reported 'yesterday' (5 August) that the United States carried out its first deadly air strike in northern "
     "Syria from a base in southern Turkey (strike day not stated, on or before the report -> 5 August, precision 2; "
     "target not named in the sentence, the next sentence's strikes 'against ISIS militants' -> Islamic State; no toll "
     "number; the Pentagon's Monday confirmation that armed US drones took off from Incirlik 'to carry out missions in "
     "Syria' folded; northern Syria, no place -> location empty)"),
    (AAW272, "استعادت مواقع على مشارف عدن", "استعادت مواقع على مشارف عدن كان الحوثيون يستخدمونها",
     BAT, GRT, MFYE, HOU, "Aden", "YE", "2015-07-31", "2", "", "",
     "informed Yemeni sources (via Asharq Al-Awsat)", "reported",
     "Yemeni forces backed by coalition air strikes retook positions on the outskirts of Aden that the Houthis used to "
     "fire rockets at the city ('القوات اليمنية' -> Military Forces of Yemen, Hadi's army; the coalition strikes folded "
     "into the battle row; no day -> DCT, precision 2; outskirts of Aden -> 'Aden'; actor1 kept against B's Yemeni Resistance: the sentence names forces, not the resistance, and the lead separates 'the forces loyal to Hadi' from 'the popular resistance'; Hadi's army -> Military Forces of Yemen, as the spent alweeam-1164 row). The lead's 'continue their advance "
     "on the Lahij and Abyan fronts' is generic, covered by the rows below"),
    (AAW272, "السيطرة على جبل يسوف", "المقاومة تمكنت من السيطرة على جبل يسوف الاستراتيجي في مديرية لودر",
     BAT, GRT, RES, HOU, "Jabal Yasuf, Lawdar", "YE", "2015-07-31", "2", "", "",
     "local sources in Abyan (to Asharq Al-Awsat)", "reported",
     "the resistance took the strategic Jabal Yasuf in Lawdar district, Abyan, and cleared it of the Houthi militias; it "
     "found trenches and tunnels dug by the militias (folded); the capture of Houthi fighters including three children "
     "under 13 in Lawdar (a resistance source) folded into this battle (no day -> DCT, precision 2)"),
    (AAW272, "السيطرة على مدينة الحوطة", "تمكنت المقاومة الشعبية من السيطرة على مدينة الحوطة عاصمة المحافظة",
     BAT, GRT, RES, HOU, "Al Hawtah, Lahij", "YE", "2015-07-31", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the title's 'takes control of the capital of Lahij': the popular resistance took al-Hawtah, Lahij's capital, after "
     "fierce battles with the Houthi militias and Saleh's forces (the battles folded; Saleh's forces in the note; no day "
     "-> DCT, precision 2; 'Al Hawtah, Lahij' kept against B's 'Al Houta': the set writes 'Place, Governorate' as the "
     "spent 'Akad, Abyan')"),
    (AAW272, "بمحاصرتها قاعدة العند", "تقوم فيه المقاومة الشعبية بمحاصرتها قاعدة العند العسكرية",
     BAT, CLASH, RES, HOU, "Al Anad Air Base", "YE", "2015-07-31", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the popular resistance is besieging the strategic al-Anad military base from all directions and awaits orders to "
     "storm it, holding back because more than 1,500 detainees from the southern governorates are inside (ongoing siege "
     "of an enemy-held base -> Armed clash, as the spent alweeam-1164 Zinjibar siege; a different place from al-Hawtah "
     "-> own row; the awaited storming is not announced -> no planned row; 'Al Anad Air Base' as the spent alwatan-1032 "
     "row; ongoing -> DCT, precision 2; kept against B, who did not code the siege: it is stated as fact, ongoing, at a "
     "named place of its own, as the spent alweeam-1164 Zinjibar siege)"),
    (AAW272, "المعارك انتقلت إلى عقبة ثرة", "أن المعارك انتقلت إلى عقبة ثرة الاستراتيجي",
     BAT, CLASH, RES, HOU, "Aqabat Thirah, Abyan", "YE", "2015-07-31", "2", "", "",
     "Asharq Al-Awsat (information in Abyan)", "reported",
     "the battles moved to the strategic Thirah pass (Aqabat Thirah) to clear it of the Houthis, the Houthis' and Saleh's "
     "main supply and escape road from Sanaa via al-Bayda (a named place of its own -> own row; ongoing -> DCT, "
     "precision 2)"),
    (AAW272, "على موقع استراتيجي", "وسيطرت المقاومة الشعبية بمدينة تعز وسط اليمن، على موقع استراتيجي",
     BAT, GRT, RES, HOU, "Tabat Masoud, Taiz", "YE", "2015-07-31", "2", "10", "at_least",
     "Asharq Al-Awsat (a Popular Resistance source)", "reported",
     "the popular resistance in Taiz took a strategic site held by the Houthis and Saleh's forces: a resistance source "
     "said it took Tabat Masoud in Mashraa (wa Hadnan) district after an attack on the village of Hadnan on Jabal Sabr and "
     "seized several Houthi/Saleh military vehicles (folded); the later 'took the strategic Qubbat Masoud' after storming "
     "the Houthi stronghold in Hadnan is the same event (the outlet states the capture as fact first -> reported; no day "
     "-> DCT, precision 2; 'تبة مسعود' -> 'Tabat Masoud, Taiz', kept against B's 'Tabat Masoud, Jabal Sabir': Sabr is a "
     "mountain, the set writes 'Place, City'). Adjudicated, as B: the whole Sabr front of the same days is one battle "
     "row: the continuing clashes in Hadnan village, the capture of the al-Kashar site and the Houthi/Saleh armour sent "
     "to retake it, and the 'more than ten Houthis killed, more than 20 wounded in clashes in Mashraa wa Hadnan district' "
     "(the district holds Tabat Masoud) are folded here -> 10 at_least (captures in the same place/days fold into the "
     "battle row); my first version had the Hadnan clashes (10 at_least, claimed) and the al-Kashar capture as two rows "
     "of their own, both dropped"),
    (AAW272, "هجومًا استهدف دورية عسكرية", "نفذت المقاومة الشعبية هجومًا استهدف دورية عسكرية تابعة للحوثيين شرق مدينة تعز",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-07-31", "2", "4", "exact",
     "Asharq Al-Awsat", "reported",
     "the popular resistance attacked a Houthi military patrol east of Taiz city, killing four Houthis and wounding three "
     "(attack on an armed patrol -> Armed clash; east of the city -> 'Taiz'; no day -> DCT, precision 2). Adjudicated, as B: "
     "the source's later al-Hawban patrol ('the second operation within one hour', in front of Madinat al-Saleh, its "
     "occupants killed and wounded) is read as this attack and folded here; first I folded the Jawlat al-Qasr patrol "
     "instead, which now has its own row"),
    (AAW272, "بعد استهدافهم لدورية عسكرية", "خلال ساعة واحدة بعد استهدافهم لدورية عسكرية",
     BAT, CLASH, RES, HOU, "Jawlat al-Qasr, Taiz", "YE", "2015-07-31", "2", "", "",
     "a source close to the resistance (to Asharq Al-Awsat)", "claimed",
     "the resistance's first patrol attack of the hour: a military patrol targeted at Jawlat al-Qasr next to the Special "
     "Security Forces camp, east Taiz (no toll -> empty; a party-close source -> claimed; no day -> DCT, precision 2). "
     "Adjudicated, as B: the 'second special operation within one hour', the patrol in front of Madinat al-Saleh in "
     "al-Hawban whose occupants were 'killed and wounded', is read as the outlet's east-of-Taiz patrol attack (4 killed, "
     "3 wounded) and folded into that row; my first version had the al-Hawban patrol as this row and the Jawlat al-Qasr "
     "one folded, but only the al-Hawban description matches the killed-and-wounded toll"),
    (AAW272, "في منطقة المناخ ووصيناء", "حيث جرت اشتباكات عنيفة بينهم في منطقة المناخ ووصيناء",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-07-31", "2", "20", "at_least",
     "a source close to the resistance (to Asharq Al-Awsat)", "claimed",
     "the battles intensified between the resistance backed by the national army and the Houthi militias with Saleh's "
     "forces: violent clashes in al-Manakh, Wadi/Wasina, al-Murur, al-Dhabab, Sarb and near the security directorate and "
     "the axis command, more than 20 Houthi gunmen killed ('أكثر من 20' -> 20 at_least; one toll for several "
     "neighbourhoods -> one row at city level, as the spent alweeam-1164 Taiz row; a party-close source -> claimed); the "
     "outlet's 'while the clashes continue in Taiz, the resistance advanced on 40th and 60th streets, al-Mujalliya and "
     "al-Nuqta al-Rabia' folded (same city, same days; no day -> DCT, precision 2)"),
    (AAW272, "نصب كمين", "بالإضافة إلى نصب كمين من قبل المقاومة في منطقة البرح",
     BAT, CLASH, RES, HOU, "Al Barh, Taiz", "YE", "2015-07-31", "2", "", "",
     "a source close to the resistance (to Asharq Al-Awsat)", "claimed",
     "an ambush laid by the resistance in the al-Barh area west of Taiz city, in which Houthis were killed and wounded "
     "(no number -> empty; a named place outside the city -> own row; party-close source -> claimed; DCT, precision 2; 'Al Barh, Taiz' kept against B's 'Al Barh': an area "
     "by a city is written 'Place, City', as the spent 'Al Madiq, Ramadi')"),
    (AAW272, "منذ زحف الحوثيين وقوات صالح إليها", "وتشهد مدينة تعز اشتباكات عنيفة بين الطرفين منذ زحف الحوثيين وقوات صالح إليها",
     BAT, CLASH, HOU, RES, "Taiz", "YE", "2015-03-31", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: Taiz city has seen violent clashes between the two sides since the Houthis and Saleh's forces marched on "
     "it about four months ago, leaving dozens killed and wounded, civilians among them ('عشرات' -> fatalities empty; the "
     "Houthis' march -> actor1 Houthis; dated at the period's start, DCT 31 July - 4 months -> 31 March, precision 3, kept against B's 1 April: no month is named, the same arithmetic as the Aden 'three months' aggregate; the "
     "military council head's 'fronts facing the Houthi militias for four months' is the same). Not coded: Brig. Sarhan's "
     "visit to the units and his speech"),
    (WAT1402, "تجددت الاشتباكات الدموية", "تجددت الاشتباكات الدموية بين الشرطة والجيش في مدينة",
     BAT, CLASH, MFSD, POLSD, "Dongola", "SD", "2015-07-20", "1", "", "",
     "Al Watan", "reported",
     "bloody clashes between the police and the army renewed in Dongola, capital of the Northern State, 'the evening of "
     "the day before yesterday' (DCT Wednesday 22 July -> 20 July, precision 1), after news that an army soldier had died "
     "of wounds from the previous Thursday's clash (the army side acts on the news -> actor1 Military Forces of Sudan; "
     "the later build-up and deployment of both sides in the city folded; no toll stated). Not coded: the Khartoum trial of "
     "100 Egyptian fishermen held since April and the 24 Sudanese miners held in Egypt (legal actions, detentions)"),
    (WAT1402, "هاجم أفراد من الجيش المستشفى", "هاجم أفراد من الجيش المستشفى",
     VAC, ATT, MFSD, "Civilians (Sudan)", "Dongola", "SD", "2015-07-20", "1", "", "",
     "Al Watan", "reported",
     "army soldiers attacked the hospital, made the police and riot police guarding it withdraw, stormed it, caused chaos "
     "and beat the medical staff (violence by a state force on civilians -> VAC/Attack; a different target and type from "
     "the police-army clash -> own row, borderline: could be folded into it; same evening, 20 July)"),
    (WAT1402, "أحداث عنف مماثلة", "في أحداث عنف مماثلة حدثت بين الجانبين مساء الخميس الماضي",
     BAT, CLASH, MFSD, POLSD, "Dongola", "SD", "2015-07-16", "1", "1", "exact",
     "Al Watan", "reported",
     "background: the similar violence between the two sides on 'last Thursday evening' (DCT Wednesday 22 July -> 16 "
     "July) in which an army soldier was wounded; the news of his death from the wounds started the renewed clashes (1 "
     "exact)"),
    (WAT1402, "اعتقلت 21 من عساكر الجيش", "وأن السلطات المتخصصة اعتقلت 21 من عساكر الجيش",
     SD, ARR, POLSD, MFSD, "Dongola", "SD", "2015-07-22", "2", "", "",
     "Al Watan (reports)", "reported",
     "reports say the competent authorities arrested 21 army soldiers and the army command ordered its soldiers to respect "
     "the law and withdraw from all positions in the city (the orders folded; arrests of clash participants -> "
     "conflict-relevant Arrests; 'the authorities' -> Police Forces of Sudan, alternative Government of Sudan; no day -> "
     "DCT, precision 2)"),
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
