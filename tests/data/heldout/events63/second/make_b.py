"""Bookkeeping helper for annotator B of the events63 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Copied from /work/main/tests/data/heldout/events62/second/make_b.py (helper functions, HEADER layout and conventions unchanged); only the docstring, header lines 1-2 and the rows are new.
Run: python3 /work/fresh/cur40/events63/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 63 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2910/2911, drawn at the start of stop 40, main 74be73d, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2910).shuffle, walked in order; (b) 10 with no text filter: random.Random(2911).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, alriyadh 3, aleqtisadiya 1, almadina 1, alwatan 1, alweeam 1; b: aljazirah 2, alyaum 2, okaz 2, 3alyoum 1, alriyadh 1, alweeam 1, sabq 1).
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
CLASH = "Armed clash"
GRT = "Government regains territory"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
ATT = "Attack"
UAG = "Unidentified armed group"
IS = "Islamic State"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
GCAD = "Global Coalition Against Daesh"
R773 = "SN-alriyadh-20150727-773"
W1499 = "SN-alweeam-20150722-1499"
AW25 = "SN-aawsat-20150722-25"
R985 = "SN-alriyadh-20150722-985"
Q295 = "SN-aleqtisadiya-20150801-295"
R791 = "SN-alriyadh-20150725-791"
M576 = "SN-almadina-20150808-576"
J389 = "SN-aljazirah-20150725-389"
RS791 = "Al Riyadh; local sources"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (R773, "قذيفة صاروخية", "اثر سقوط قذيفة صاروخية اطلقها مقاتلو المعارضة", ERV, SHELL, "Syrian rebels", "Civilians (Syria)",
     "Shahba al-Jadida, Aleppo", "SY", "2015-07-25", "2", "5", "at_least", "Syrian Observatory for Human Rights (via Al Riyadh)", "reported",
     "the title's news: at least five children, four siblings and a girl relative, all under 14, killed by a rocket shell fired by opposition fighters ('Islamist factions' in the Observatory's quote) on their home in the regime-held al-Shahba al-Jadida district of Aleppo 'the night before last' (the Observatory reported on Sunday; DCT Monday 27 July -> the night of Saturday 25 July, precision 2 for a night that may cross midnight; alternative 24 July if read from the Sunday report); the title's 'مقتل خمسة أطفال' is the same event; opposition/Islamist factions -> Syrian rebels; the lead's 'على الاقل' -> 5 at_least (the quote gives 5). Not coded: the regime's regular bombing of rebel areas and the rebels' shells on regime areas (generic), the 230,000 dead since March 2011 (aggregate starting more than 12 months before the DCT)"),
    (W1499, "الضربات استهدفت", "إن الضربات استهدفت مبنى ونقاط تفتيش لداعش في قرية تل شعير", ERV, AIR, GCAD, IS,
     "Tal Shaeer", "IQ", "2015-07-22", "1", "28", "at_least", "Rashad Kalali, PUK official in the Makhmour sector (to Radio Sawa, via Al Weeam)", "reported",
     "the title's news: on Wednesday (the DCT, 22 July) US-led coalition aircraft struck ISIS sites in villages south-east of Nineveh governorate; the strikes hit a building and checkpoints in the village of Tal Shaeer, killing at least 28 ISIS fighters (one location per row; the lead's 'dozens' is the total of this and the next two rows; US-led coalition -> Global Coalition Against Daesh, as the spent rows). Not coded: ISIS's capture of Mosul on 10 June 2014 (more than 12 months before the DCT)"),
    (W1499, "قصف التحالف", "لدى قصف التحالف لمقرات في قريتي دويزات", ERV, AIR, GCAD, IS,
     "Duwaizat", "IQ", "2015-07-22", "1", "", "", "Rashad Kalali, PUK official in the Makhmour sector (to Radio Sawa, via Al Weeam)", "reported",
     "same Wednesday strikes (22 July): other ISIS members were killed when the coalition hit headquarters in the villages of Duwaizat and al-Hud near Mosul (two named villages -> two rows; 'a number of others' -> fatalities empty)"),
    (W1499, "والحود", "دويزات والحود قرب الموصل", ERV, AIR, GCAD, IS,
     "Al Hud", "IQ", "2015-07-22", "1", "", "", "Rashad Kalali, PUK official in the Makhmour sector (to Radio Sawa, via Al Weeam)", "reported",
     "same Wednesday strikes (22 July) on ISIS headquarters in the village of al-Hud near Mosul (second named village of the sentence -> own row; no toll of its own)"),
    (AW25, "«استشهد» أمس", "الذي «استشهد» أمس، معاملة", BAT, CLASH, "Military Forces of the United Arab Emirates", "",
     "", "YE", "2015-07-21", "1", "1", "exact", "UAE Armed Forces General Command; Joint Forces Command of the coalition (via Asharq Al-Awsat)", "reported",
     "the title's news: the UAE armed forces announced 'yesterday' (DCT 22 July -> 21 July) the death of Staff Sergeant Saif Yousef Ahmed al-Falasi while on duty with the Arab coalition's Operation Restoring Hope in Yemen (the same death as the spent alweeam-2046 row, coded as it: a soldier killed in action -> Battles/Armed clash, his force actor1, no opponent named -> actor2 empty; the agency did not say whether in Aden or near the Saudi border -> location empty, YE; 1 exact). Borderline: no fighting described; alternative not coded. Not coded: Mohammed bin Salman's order, the funeral honours, the earlier first Emirati death (undated)"),
    (R985, "مقتل أربعة من مشاة البحرية", "بعد مقتل أربعة من مشاة البحرية وضابط من البحرية بالرصاص يوم الخميس", BAT, CLASH, UAG, "Military Forces of the United States",
     "Chattanooga", "US", "2015-07-16", "1", "5", "exact", "Al Riyadh", "reported",
     "background (the news is six governors' orders to arm the National Guard): four Marines and a Navy officer were shot dead on Thursday (DCT Wednesday 22 July -> 16 July) in Chattanooga, Tennessee, in an attack on two facilities, one in a shopping centre (the lead's 'هجمات أدت إلى مقتل خمسة' is the same event -> one row; lone gunman unnamed -> Unidentified armed group; military targets -> Armed clash vs Military Forces of the United States, as the spent Chattanooga rows; the attacker's death is not mentioned -> 5 exact). Not coded: the governors' orders of Saturday (a security measure, not an event), the Texas governor's remarks"),
    (Q295, "قرب دير الزور", "إن 17 ضربة جوية نفذت قرب دير الزور", ERV, AIR, GCAD, IS,
     "Deir ez-Zor", "SY", "2015-07-31", "1", "", "", "Combined Joint Task Force statement (via Al Eqtisadiya)", "reported",
     "the title's news: 'yesterday' (DCT Saturday 1 August -> 31 July) the US-led coalition carried out 41 air strikes on ISIS in Syria and Iraq; 17 near Deir ez-Zor hit gathering areas, bridges, checkpoints, a training centre and a logistics site (one location per row; the bridges at al-Bukamal, named by the Observatory, are their own row; the Washington announcement of strikes on the eastern border region folded; no toll)"),
    (Q295, "قرب الحسكة", "سبع ضربات جوية قرب الحسكة", ERV, AIR, GCAD, IS,
     "Hasakah", "SY", "2015-07-31", "1", "", "", "Combined Joint Task Force statement (via Al Eqtisadiya)", "reported",
     "same statement: seven strikes near Hasakah on tactical units, fighting positions, vehicles and a command centre (31 July; differently named place -> own row)"),
    (Q295, "17 ضربة جوية في العراق", "أيضاً 17 ضربة جوية في العراق قرب تسع مدن", ERV, AIR, GCAD, IS,
     "", "IQ", "2015-07-31", "1", "", "", "Combined Joint Task Force statement (via Al Eqtisadiya)", "reported",
     "same statement: 17 strikes in Iraq near nine (unnamed) cities on gathering areas, tactical units and weapons (no place named -> location empty, IQ; 31 July). The general's remark on Ramadi is an expectation, not coded"),
    (Q295, "تهدم جزء كبير من جسرين", "تسببت في تهدم جزء كبير من جسرين رئيسيين", ERV, AIR, GCAD, IS,
     "Al Bukamal", "SY", "2015-07-31", "2", "", "", "Rami Abdulrahman, Syrian Observatory for Human Rights (via Al Eqtisadiya)", "reported",
     "the Observatory: coalition strikes after midnight of 'the night before last' largely destroyed two main bridges in Deir ez-Zor governorate, one between al-Bukamal and al-Baghouz over the Euphrates, the other between al-Bukamal and al-Suwaiya on the Iraqi border (a differently named place from the statement's 'near Deir ez-Zor' -> own row, alternative folded into the Deir ez-Zor row; after midnight of the night before the DCT's eve -> 31 July, precision 2). Not coded: ISIS's capture of Deir ez-Zor in summer 2014 (more than 12 months before), the campaign 'since September 2014' (generic)"),
    (R791, "واستهدف الطيران مباني المجمع الحكومي", "واستهدف الطيران مباني المجمع الحكومي", ERV, AIR, SLC, HOU,
     "Al Bayda", "YE", "2015-07-24", "1", "", "", RS791, "reported",
     "'yesterday Friday' (DCT Saturday 25 July -> 24 July) the Arab coalition's aircraft carried out several raids on Houthi and Saleh positions across Yemen (the general sentence and the title's 'يدك معاقل الانقلابيين' folded into the named targets); the aircraft hit the government complex buildings held by the rebels in the city of al-Bayda, ambulances heard after the first missile (the later 'ضربات لقوات التحالف بمدينة البيضاء' of the 12-dead sentence is folded here; its dead are not split from the Qayfa ambushes -> fatalities empty; Houthis and Saleh's forces -> Houthis)"),
    (R791, "مركبات عسكرية", "استهدفت طائرات التحالف، الذي تقوده المملكة، مركبات عسكرية", ERV, AIR, SLC, HOU,
     "Kirsh, Lahij", "YE", "2015-07-24", "1", "", "", RS791, "reported",
     "same Friday raids (24 July): coalition aircraft hit Houthi/Saleh military vehicles in Kirsh, Lahij governorate, on a dirt road leading to al-Anad base (differently named place -> own row; no toll)"),
    (R791, "محيط قاعدة العند الجوية", "تجمعات الميليشيات في محيط قاعدة العند الجوية، مما أدى", ERV, AIR, SLC, HOU,
     "Al Anad Air Base", "YE", "2015-07-24", "1", "29", "about", RS791, "reported",
     "same Friday raids (24 July): coalition strikes on militia gatherings around al-Anad air base killed about 29 rebels, among them the Houthi leader Mohammed al-Madani ('نحو 29' -> 29 about; 'Al Anad Air Base' as the spent rows, the same day as the spent aleqtisadiya-319 Anad row)"),
    (R791, "مزارع الوهط", "كما استهدفت تجمعات للمليشيات في مزارع الوهط", ERV, AIR, SLC, HOU,
     "Al Waht", "YE", "2015-07-24", "1", "", "", RS791, "reported",
     "same Friday raids (24 July): militia gatherings in the farms of al-Waht (Lahij; the text names no governorate for it -> 'Al Waht'; own row; no toll)"),
    (R791, "وجسر الحسيني", "وجسر الحسيني الرابط بين عدن ولحج", ERV, AIR, SLC, HOU,
     "Al Husseini Bridge", "YE", "2015-07-24", "1", "", "", RS791, "reported",
     "same Friday raids (24 July): the coalition destroyed the al-Husseini bridge linking Aden and Lahj ('Al Husseini Bridge' as the spent aleqtisadiya-319 row of the same day); the four Katyusha launchers destroyed in the same sentence (no place) are folded here"),
    (R791, "معسكر مره", "مخازن سلاح للمتمردين في معسكر مره بمحافظة شبوة", ERV, AIR, SLC, HOU,
     "Marra Camp, Shabwa", "YE", "2015-07-23", "2", "", "", "local sources in Shabwa (to Al Riyadh)", "reported",
     "coalition strikes hit the rebels' arms depots in Marra camp, Shabwa governorate; local sources: the depots kept exploding from Thursday evening until Friday dawn (so the strike was on or before Thursday evening -> 23 July, precision 2)"),
    (R791, "مواجهات عنيفة بين المقاومة الشعبية", "التي شهدت مواجهات عنيفة بين المقاومة الشعبية وميليشيات الحوثي وصالح", BAT, CLASH, YR, HOU,
     "Shabwa", "YE", "2015-07-24", "2", "", "", "Al Riyadh", "reported",
     "borderline: Shabwa governorate 'witnessed violent confrontations' between the popular resistance and the Houthi/Saleh militias (a relative clause, no day -> the article's Friday frame, 24 July, precision 2, alternative DCT; governorate only -> 'Shabwa'; alternative not coded as an undated mention)"),
    (R791, "3 غارات", "وشن الطيران 3 غارات على مواقع", ERV, AIR, SLC, HOU,
     "Al Jufaynah, Marib", "YE", "2015-07-24", "2", "", "", "Al Riyadh", "reported",
     "three coalition raids on Houthi/Saleh positions on the al-Jufaynah front in Marib (no day -> the article's Friday frame, 24 July, precision 2, alternative DCT; 'Al Jufaynah, Marib' as the spent rows)"),
    (R791, "استمرار الاشتباكات", "مع استمرار الاشتباكات في مناطق في مأرب", BAT, CLASH, YR, HOU,
     "Marib", "YE", "2015-07-24", "2", "", "", "Al Riyadh", "reported",
     "clashes continuing intermittently in areas of Marib (ongoing; the other side is not named, Marib's fighters against the Houthis are the resistance -> Yemeni Resistance; no day -> the article's Friday frame, 24 July, precision 2, alternative DCT; no toll)"),
    (R791, "نفذوا كمائن", "مسلحي المقاومة نفذوا كمائن استهدفت دوريتين", BAT, CLASH, YR, HOU,
     "Qayfat Rada", "YE", "2015-07-24", "2", "8", "at_least", "popular resistance sources in Qayfa (to Al Riyadh)", "reported",
     "12 Houthi/Saleh gunmen killed in ambushes in Qayfat Radaa and coalition strikes in al-Bayda city (the 12 covers both places); resistance sources: its gunmen ambushed two Houthi patrols and killed those aboard, and burnt another patrol killing all aboard less than a quarter of an hour after eight Houthis were killed in a resistance ambush east of Jabal al-Thaalib in Qayfat Radaa (one series of ambushes in one area -> one row; ambushes of armed patrols -> Armed clash, as the spent ambush rows; the eight of the Jabal al-Thaalib ambush plus the unnumbered patrol crews -> 8 at_least; no day -> 24 July, precision 2; alternative location 'Jabal al-Thaalib, Rada', the spent alweeam-1738 row of the same eight)"),
    (R791, "مواجهات بمدينة تعز", "في مواجهات بمدينة تعز الخميس", BAT, CLASH, YR, HOU,
     "Taiz", "YE", "2015-07-23", "1", "33", "about", "Al Riyadh; a resistance source; local sources", "reported",
     "about 25 Houthi and Saleh fighters and 8 popular resistance fighters killed, dozens wounded on both sides, in confrontations in Taiz city on Thursday (DCT Saturday 25 July -> 23 July; 'قرابة 25' + 8 -> 33 about); folded: the paragraph's violent clashes in several areas of the city between the Houthis/Saleh and the resistance and the pro-legitimacy army, the resistance's advance towards the axis command and the security directorate (the title's 'المقاومة تتقدم في تعز'), and the northern outskirts' clashes in al-Zunuj and around it that killed 16 Houthis/Saleh fighters and 8 resistance fighters (the same 8 -> the same Thursday fighting; alternative an own 'Al Zunuj, Taiz' row)"),
    (R791, "سيطرت على جبل عريش", "و سيطرت على جبل عريش واستولت", BAT, GRT, YR, HOU,
     "Jabal Arish, Taiz", "YE", "2015-07-23", "2", "", "", "local sources (via Al Riyadh)", "reported",
     "local sources: the popular resistance advanced on the (northern) front, took control of Jabal Arish and seized an armoured vehicle and another vehicle (pro-government resistance retakes a position -> Government regains territory, as the spent Yemeni Resistance rows; in the Thursday paragraph, no day of its own -> 23 July, precision 2)"),
    (R791, "اندلعت اشتباكات عنيفة", "هذا فيما اندلعت اشتباكات عنيفة على خطوط التماس", BAT, CLASH, YR, HOU,
     "Al Jumhuri, Taiz", "YE", "2015-07-24", "2", "", "", "Al Riyadh", "reported",
     "violent clashes broke out on the contact lines between the resistance and the Houthi/Saleh militia in the al-Jumhuri and al-Mujalliya districts south of the city (one front line -> one row, al-Mujalliya folded, alternative its own row; no day -> the article's Friday frame, 24 July, precision 2; no toll)"),
    (R791, "منطقة الضباب", "كما شهدت منطقة الضباب جنوب غرب تعز اشتباكات", BAT, CLASH, "Military Forces of Yemen", HOU,
     "Al Dabab, Taiz", "YE", "2015-07-24", "2", "", "", "Al Riyadh", "reported",
     "clashes in the al-Dabab area south-west of Taiz between the Houthis/Saleh's forces and the legitimate national army backed by the resistance (the army named as the fighting side -> Military Forces of Yemen, as the spent Zinjibar row, alternative Yemeni Resistance; no day -> 24 July, precision 2)"),
    (R791, "قصف عشوائي", "في قصف عشوائي على الاحياء السكنية", ERV, SHELL, UAG, "Civilians (Yemen)",
     "Al Jumhuri, Taiz", "YE", "2015-07-24", "2", "4", "exact", "medical and local sources (via Al Riyadh)", "reported",
     "four civilians killed and more than 20 wounded in indiscriminate shelling of residential districts (of Taiz); three of them, and 20 women and children wounded, by an artillery shell on a group fetching water from a charity water tanker in al-Jumhuri district (one row at the named place, the fourth death folded; the shelling side is not named -> Unidentified armed group, alternative Houthis from the context; no day -> 24 July, precision 2)"),
    (R791, "وقصف طيران التحالف الخميس", "وقصف طيران التحالف الخميس، مبنى قيادة اللواء 17 مشاة", ERV, AIR, SLC, HOU,
     "Bab al-Mandab, Taiz", "YE", "2015-07-23", "1", "15", "exact", "Al Riyadh", "reported",
     "on Thursday (23 July) coalition aircraft bombed the command building of the 17th Infantry Brigade in Bab al-Mandab, Taiz governorate, killing 15 Houthi rebels gathered there (as the spent okaz-1982 Bab al-Mandab row; 15 exact)"),
    (R791, "44 غارة جوية", "أكثر من 44 غارة جوية على مواقع لميليشيات الحوثي في محافظة صعدة", ERV, AIR, SLC, HOU,
     "Saada", "YE", "2015-07-23", "1", "", "", "Al Riyadh", "reported",
     "on Thursday evening (23 July) the coalition carried out more than 44 air strikes on Houthi positions in Saada governorate (no place below the governorate -> 'Saada'; no toll)"),
    (R791, "تحرير المدينة", "منذ تحرير المدينة من ميليشيات الحوثي وصالح", BAT, GRT, YR, HOU,
     "Aden", "YE", "2015-07-25", "3", "", "", "Al Riyadh", "reported",
     "background: the air bridge supports Yemenis 'since the liberation of the city (Aden) from the Houthi and Saleh militias' (as the spent aawsat-72 'after its liberation' row; the liberator is not named -> Yemeni Resistance, as the spent Aden rows; no date -> DCT, precision 3; borderline, alternative not coded). Not coded: the first Emirati relief plane at Aden airport (aid), the Houthis' 90 promotion decrees (administrative), the Houthi 'coup against the legitimate authority in February' (political, a passing mention), al-Hakim's old prison escape (undated)"),
    (M576, "تفجيرات تركيا", "في تفجيرات تركيا الأسبوع الماضي", ERV, IED, IS, "",
     "", "TR", "2015-08-01", "2", "", "", "Robert Ford, former US ambassador to Syria (to CNN, via Al Madina)", "reported",
     "background, borderline: Ford says the Turks blame ISIS for 'the bombings in Turkey last week' (the Turks' attribution -> Islamic State, alternative Unidentified armed group; 'تفجيرات' only, no suicide stated -> IED; no victims or place -> actor2 and location empty, TR; 'last week' -> DCT-7, 1 August, precision 2, by the convention, though the interview may be older; alternative not coded as a mention in an interview). Not coded: the Assad forces' months of attempts to retake Damascus suburbs (generic), Iran's training of Shia militias (generic), Turkey's entry into the war (generic)"),
    # ---- set b (no text filter) ----
    (J389, "أعدم تنظيم", "وفي تطور آخر أعدم تنظيم", VAC, ATT, IS, "Military Forces of Iraq",
     "Fallujah", "IQ", "2015-07-23", "1", "23", "exact", "Sheikh Ahmed Dir' al-Jumaili, spokesman of the council of sheikhs of Fallujah and Garma (via Al Jazirah)", "reported",
     "ISIS executed 23 people, 22 soldiers and one civilian, in Fallujah district, Anbar; al-Jumaili: ISIS executed 22 Iraqi army members on the evening of 'the day before yesterday, Thursday' (DCT Saturday 25 July -> 23 July) in the industrial district south of Fallujah, shooting them collectively (one execution of captives -> one row; captured soldiers killed -> VAC/Attack, as the spent detainee executions; the one civilian folded, 23 exact; alternative location 'Industrial District, Fallujah' and 22 for the soldiers alone). Not coded: ISIS holding about 100,000 people in the city as human shields and threatening anyone who leaves (tribal sources, ongoing and generic), the Iraqi reactions to al-Maliki's remarks, Carter's visits to Baghdad and Erbil (diplomatic)"),
    (J389, "معارك الگرمة", "أسرهم في معارك الگرمة", BAT, CLASH, IS, "Military Forces of Iraq",
     "Dhira Dijla, Garma", "IQ", "2015-07-25", "3", "", "", "Sheikh Ahmed Dir' al-Jumaili (via Al Jazirah)", "reported",
     "background, borderline: ISIS had captured the executed soldiers 'in the battles of Garma, specifically in the Dhira Dijla area' (no date -> DCT, precision 3; alternative not coded, folded into the execution row)"),
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
