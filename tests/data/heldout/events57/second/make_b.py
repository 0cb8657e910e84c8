"""Bookkeeping helper for annotator B of the events57 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events56/second/make_b.py.
Run: python3 /work/fresh/cur38/events57/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 57 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2890/2891, drawn at the start of stop 38, main 5cbb360, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2890).shuffle, walked in order; (b) 10 with no text filter: random.Random(2891).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, alriyadh 2, aleqtisadiya 2, aljazirah 1, alyaum 1, alwatan 1; b: aljazirah 3, almadina 1, aawsat 1, alyaum 1, okaz 1, alriyadh 1, aleqtisadiya 1, alwatan 1).
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
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
ATT = "Attack"
NSO = "Non-state actor overtakes territory"
ARR = "Arrests"
UAG = "Unidentified armed group"
IS = "Islamic State"
MSY = "Military Forces of Syria"
MTR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
GCD = "Global Coalition Against Daesh"
REB = "Syrian rebels"
NUS = "Jabhat al-Nusra"
YPG = "YPG: Peoples Protection Units"
PSA = "Police Forces of Saudi Arabia"
CSY = "Civilians (Syria)"
CIQ = "Civilians (Iraq)"
RY982 = "SN-alriyadh-20150722-982"
JZ459 = "SN-aljazirah-20150807-459"
EQ228 = "SN-aleqtisadiya-20150808-228"
AW64 = "SN-aawsat-20150722-64"
AY1689 = "SN-alyaum-20150731-1689"
AW322 = "SN-aawsat-20150731-322"
AW207 = "SN-aawsat-20150806-207"
WT913 = "SN-alwatan-20150726-913"
SOHR_AY = "Syrian Observatory for Human Rights (via Al Yaum)"
MAMU = "Said Mamuzini, KDP media official in Mosul (to Asharq Al-Awsat)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    # Chattanooga (DCT Wednesday 22 July)
    (RY982, "هجوم مسلح استهدف مركزين عسكريين", "الذي قتل خمسة جنود في هجوم مسلح استهدف مركزين عسكريين في تشاتانوغا",
     BAT, CLASH, UAG, "Military Forces of the United States", "Chattanooga", "US", "2015-07-16", "1", "6", "exact",
     "Al Riyadh", "reported",
     "background (the news is the family's statement that the shooter suffered from depression): Mohammad Youssef "
     "Abdulazeez killed five servicemen (four Marines and a sailor) in an armed attack on two military centres, a "
     "Marines recruiting office and a reserve centre, in Chattanooga, Tennessee, on Thursday (DCT Wednesday 22 July -> "
     "16 July, precision 1), before the police shot him dead; a recruiter and a policeman wounded (the two centres in "
     "one city and the later mentions are the same attack -> one row; lone gunman, no group -> Unidentified armed group; "
     "military targets -> Armed clash vs Military Forces of the United States, as the spent events41/51/52 Chattanooga "
     "rows; 5 + the attacker = 6 exact, as the spent events52 alriyadh-735 row). Not coded: the investigation, the "
     "father's domestic violence (no political motive), his April drink-driving arrest (ordinary crime)"),
    # Abha, minister's condolences (DCT Friday 7 August)
    (JZ459, "التفجير الإرهابي الذي استهدف", "ضحايا التفجير الإرهابي الذي استهدف مسجد قوات أمن الطوارئ في مدينة أبها",
     ERV, IED, UAG, PSA, "Abha", "SA", "2015-08-06", "1", "", "",
     "Al Jazirah (Minister of Civil Service Khalid al-Arj)", "reported",
     "background (the news is the civil service minister's condolences): the terrorist bombing that targeted the "
     "mosque of the Emergency Security Forces in the city of Abha, Asir region, 'yesterday' (DCT 7 August -> 6 August, "
     "precision 1), killing 'a number of' security men during the noon prayer (the title's 'التفجير الإرهابي بمسجد' "
     "is the same event -> one row; only 'تفجير' -> the generic explosive sub-type, as the spent Asir rows; no "
     "perpetrator named -> Unidentified armed group; 'عدد من' -> fatalities empty; 'في مدينة أبها' -> 'Abha', as the "
     "spent Abha rows). Not coded: the condolences and praise (statements)"),
    # Asir, academics (DCT Saturday 8 August)
    (EQ228, "هذا التفجير", "وأن هذا التفجير عمل إجرامي جبان من شخص مغرر به",
     ERV, IED, UAG, PSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "Al Eqtisadiya (academics' comments)", "reported",
     "background (the news is academics' comments): 'what happened in the Emergency [Forces] mosque in Asir region', "
     "'this bombing', 'a cowardly criminal act by a misled person', with 'martyrs of duty' (the lead's 'ما حدث في "
     "مسجد الطوارئ' and 'حادثة مسجد الطوارئ' are the same event -> one row; only 'التفجير' -> the generic explosive "
     "sub-type; 'a misled person', no group -> Unidentified armed group; martyrs of duty -> Police Forces of Saudi "
     "Arabia; no number -> fatalities empty; the text gives no day, a reaction two days later -> DCT, precision 3, as "
     "the spent aljazirah-399/aleqtisadiya-228 rows; region only -> 'Asir'). Not coded: the comments (statements)"),
    # Mosul area (DCT Wednesday 22 July; the official spoke 'yesterday' = 21 July)
    (AW64, "أول عملية انتحارية نفذها", "في أول عملية انتحارية نفذها أحد مسلحي التنظيم",
     ERV, SUI, IS, IS, "Baaj", "IQ", "2015-07-20", "1", "33", "at_least", MAMU, "reported",
     "the title's news: a Kurdish official said 'yesterday' (21 July) that more than 33 ISIS gunmen were killed and "
     "dozens wounded in the first suicide operation carried out by a 'foreign' ISIS gunman against the Tal Afar "
     "Turkmen gunmen of the group in Baaj district (west of Mosul) 'the day before yesterday' (DCT 22 July -> 20 July; "
     "his quote's 'أمس' is his own yesterday, the same day; the quote's 'فجر ... نفسه' is the same event -> one row); "
     "intra-group fighting -> Islamic State on both sides (foreign/Chechen bomber vs Turkmen fighters; alternative "
     "actor2 empty); 'أكثر من 33' -> 33 at_least; a KDP official, not a party -> reported"),
    (AW64, "معارك داخلية", "في معارك داخلية اندلعت في قضاء تلعفر",
     BAT, CLASH, IS, IS, "Tal Afar", "IQ", "2015-07-21", "2", "", "", MAMU, "reported",
     "the official: 'over the past two days' more than 30 ISIS gunmen were killed in internal battles in Tal Afar "
     "district and in Mosul between Chechen gunmen led by Abu Omar al-Shishani and Tal Afar Turkmen led by Abu Muslim "
     "al-Turkmani over money and posts (the title's 'معارك بين مسلحي داعش الشيشان والتركمان'); two named places -> two "
     "rows, this one Tal Afar; the 30 are not split by place -> fatalities empty on both, the 'more than 30' in this "
     "note, as the spent events31 Kandahar/Logar split; 'the past two days' before his statement of 21 July -> 21 July, "
     "precision 2; intra-group -> Islamic State on both sides. Not coded: Baghdadi's letter to his fighters (no act)"),
    (AW64, "وفي الموصل", "في قضاء تلعفر وفي الموصل، بين مسلحين",
     BAT, CLASH, IS, IS, "Mosul", "IQ", "2015-07-21", "2", "", "", MAMU, "reported",
     "the Mosul part of the internal ISIS battles of 'the past two days' (see the Tal Afar row; fatalities not split, "
     "empty; 21 July, precision 2)"),
    (AW64, "أعدم تنظيم داعش أمس الشيخ", "أعدم تنظيم داعش أمس الشيخ نجم الدين الجبوري",
     VAC, ATT, IS, CIQ, "Al Mushairfa", "IQ", "2015-07-21", "1", "1", "exact", MAMU, "reported",
     "ISIS 'yesterday' (DCT 22 July -> 21 July) executed Sheikh Najm al-Din al-Jubouri, imam and preacher of the "
     "mosque of al-Mushairfa subdistrict (south of Mosul), because he attacked the group in his sermons (execution of "
     "a cleric -> VAC/Attack vs Civilians (Iraq); 'ناحية المشيرفة' -> 'Al Mushairfa'; 1 exact)"),
    (AW64, "أعدم التنظيم فورا أربعة منهم", "أعدم التنظيم فورا أربعة منهم",
     VAC, ATT, IS, CIQ, "Mosul", "IQ", "2015-07-21", "1", "4", "exact", MAMU, "reported",
     "ISIS 'yesterday' (21 July) detained 15 Mosul tailors for refusing to sew Afghan-style clothes for its gunmen and, "
     "according to Mamuzini, immediately executed four of them (the detention folded into the killing, one incident; "
     "alternative a separate VAC/Abduction/forced disappearance row for the 15; 'خياطا موصليا' -> 'Mosul'; 4 exact)"),
    (AW64, "صد هجوم لمسلحي", "تمكنت قوات البيشمركة في ساعة متأخرة من الليلة قبل الماضية من صد هجوم لمسلحي",
     BAT, CLASH, IS, "Military Forces of Iraq (Peshmerga)", "Kharab Dalil, Bashiqa", "IQ", "2015-07-20", "1", "15", "exact",
     "Asharq Al-Awsat", "reported",
     "late on the night before last (DCT 22 July -> the night of 20 July, precision 1) the Peshmerga repelled an ISIS "
     "attack on their positions in the village of Kharab Dalil on the Bashiqa axis; 15 gunmen killed, and the Peshmerga "
     "destroyed three Humvees used in the attack (folded; ISIS attacked -> actor1; 'قرية خراب دليل التابعة لمحور "
     "بعشيقة' -> 'Kharab Dalil, Bashiqa'; 15 exact)"),
    (AW64, "دمرت طائرات التحالف الدولي", "دمرت طائرات التحالف الدولي عددا من مواقع التنظيم",
     ERV, AIR, GCD, IS, "Badush", "IQ", "2015-07-21", "2", "", "",
     "Col. Dilshad Mawlud, Zeravani Peshmerga spokesman (to Asharq Al-Awsat)", "reported",
     "the Zeravani Peshmerga announced 'yesterday' (21 July) the destruction of several ISIS positions including "
     "weapons depots: international-coalition aircraft destroyed positions and weapons depots on the Badush heights "
     "(west of Mosul); the intensive bombardment continued 'during the past few days' (the announcement and the "
     "strikes are one event -> one row; strike days not stated -> the announcement day, 21 July, precision 2; "
     "'مرتفعات بادوش' -> 'Badush'; losses 'great', no number)"),
    (AW64, "في غارة لطيران التحالف الدولي", "في غارة لطيران التحالف الدولي استهدفت رتلا",
     ERV, AIR, GCD, IS, "Shanaf, Nimrud", "IQ", "2015-07-21", "2", "1", "exact",
     "Ghiyath Surchi, PUK media official in Nineveh (to Asharq Al-Awsat)", "reported",
     "a PUK official announced 'yesterday' (21 July) the killing of Saleh Ahmed Saleh al-Tai, an ISIS military "
     "commander, in an international-coalition air strike on a convoy of five cars carrying weapons in the village of "
     "Shanaf, Nimrud subdistrict (south-east of Mosul) (strike day not stated -> the announcement day, precision 2; "
     "'قرية شنف التابعة لناحية نمرود' -> 'Shanaf, Nimrud'; one named death -> 1 exact)"),
    # Syria round-up (DCT Friday 31 July 04:23 UTC; the article's frame: written Thursday 30 July, 'أمس الأربعاء')
    (AY1689, "خطفت جبهة النصرة", "خطفت جبهة النصرة ثمانية عناصر من فرقة سورية مقاتلة",
     BAT, CLASH, NUS, REB, "Sajo", "SY", "2015-07-29", "1", "", "", SOHR_AY, "reported",
     "the title's news: SOHR said on Thursday that Jabhat al-Nusra abducted 'on Wednesday evening' (DCT Friday 31 July "
     "-> 29 July) Col. Nadim al-Hassan, commander of Division 30, and seven of its members, trained in the US programme, "
     "on their way back from a meeting in Azaz to their base in al-Malikiya; the abduction took place at a Nusra "
     "checkpoint at the Sajo junction near Azaz (the title's 'تخطف' and Division 30's statement are the same event -> "
     "one row; rebel fighters seized by an armed group -> Battles/Armed clash vs Syrian rebels, as the adjudicated "
     "spent events40 aljazirah-761 rows of the Division 30 abductions, alternative VAC/Abduction; 'مفرق سجو قرب "
     "إعزاز' -> 'Sajo', alternative 'Azaz'). Not coded: the 54 fighters' entry into Syria two weeks earlier "
     "(movement), the planned operation against ISIS, the US-Turkey train-and-equip agreement of February and "
     "Carter's 7 July remarks (diplomatic/statements)"),
    (AY1689, "إنها قتلت عشرين عنصراً", "إنها قتلت عشرين عنصراً لقوات النظام",
     BAT, CLASH, MSY, REB, "Al Rashidin, Aleppo", "SY", "2015-07-30", "2", "20", "exact",
     "Nour al-Din al-Zenki Movement (Facebook page, via Al Yaum)", "claimed",
     "the Nour al-Din al-Zenki Movement (Fatah Halab operations room) said at dawn on Thursday (30 July) that it killed "
     "20 regime soldiers during their attempt to storm the al-Rashidin district of Aleppo and retake the Scientific "
     "Research area (the regime attacked -> actor1 Military Forces of Syria; the movement -> Syrian rebels; a party's "
     "own claim -> claimed; the fight is not dated beyond the claim's dawn Thursday -> 30 July, precision 2; 20 exact)"),
    (AY1689, "دارت اشتباكات صباح أمس", "وفي السياق، دارت اشتباكات صباح أمس",
     BAT, CLASH, REB, MSY, "Al Khalidiya, Aleppo", "SY", "2015-07-29", "2", "", "",
     "SMART news agency (via Al Yaum)", "reported",
     "clashes 'yesterday morning' between fighters of the 16th Infantry Division and the regime forces in the "
     "al-Khalidiya district of Aleppo, with the regime's gatherings in the district targeted by 'Hell Cannon' and heavy "
     "machine guns (folded; the division -> Syrian rebels, listed first; 'yesterday' in the article's own frame, whose "
     "next paragraph says 'أمس الأربعاء' -> 29 July, precision 2, as the spent events40 round-up rows; alternative "
     "DCT-1 = 30 July)"),
    (AY1689, "سقوط قذاف هاون مجهولة المصدر", "جراء سقوط قذاف هاون مجهولة المصدر",
     ERV, SHELL, UAG, CSY, "Al Ashrafiyah, Aleppo", "SY", "2015-07-29", "1", "1", "exact",
     "Al Yaum correspondent", "reported",
     "'yesterday Wednesday' (the weekday wins -> 29 July) a civilian was killed and ten wounded by mortar shells of "
     "unknown source on the regime-held al-Ashrafiyah district (Aleppo) (unknown source -> Unidentified armed group; "
     "1 exact)"),
    (AY1689, "جب القبة", "على حيي جب القبة وبستان القصر",
     ERV, SHELL, MSY, "", "Jub al-Qubba, Aleppo", "SY", "2015-07-29", "1", "", "",
     "Al Yaum correspondent", "reported",
     "at the same time ('فيما', Wednesday 29 July) two surface-to-surface missiles fired from the regime forces' "
     "gatherings in the Hanano barracks and the traffic branch fell on the Jub al-Qubba and Bustan al-Qasr districts, "
     "with no casualties (two named districts -> two rows, this one Jub al-Qubba; target not stated -> actor2 empty)"),
    (AY1689, "وبستان القصر", "جب القبة وبستان القصر مصدرهما",
     ERV, SHELL, MSY, "", "Bustan al-Qasr, Aleppo", "SY", "2015-07-29", "1", "", "",
     "Al Yaum correspondent", "reported",
     "the Bustan al-Qasr part of the two regime surface-to-surface missiles of Wednesday 29 July (see the Jub al-Qubba "
     "row; no casualties)"),
    (AY1689, "في غارة من طائرات حربية على مدينة معرة النعمان", "وقتل طفلان شقيقان في غارة من طائرات حربية على مدينة معرة النعمان",
     ERV, AIR, MSY, CSY, "Maarat al-Numan", "SY", "2015-07-30", "2", "2", "exact", SOHR_AY, "reported",
     "SOHR: 19 citizens, children among them, killed in air raids by the regime's aircraft on areas of Idlib province, "
     "split by place: two brothers (children) in a raid on the town of Maarat al-Numan (this row), a woman and her "
     "child in Jawzaf, 15 in Saraqib (one location per row; 2 + 2 + 15 = the 19, which gets no row of its own); no "
     "day in the text, an item of the round-up written on Thursday -> 30 July, precision 2 (alternative DCT 31 July, "
     "precision 2)"),
    (AY1689, "في قصف جوي على قرية جوزف", "وامرأة وطفلها في قصف جوي على قرية جوزف",
     ERV, AIR, MSY, CSY, "Jawzaf", "SY", "2015-07-30", "2", "2", "exact", SOHR_AY, "reported",
     "a woman and her child killed in an air bombardment of the village of Jawzaf in the Jabal al-Zawiya area, Idlib "
     "(part of the regime air raids of the Maarat al-Numan row; 2 exact; 30 July, precision 2)"),
    (AY1689, "في قصف من طيران حربي على بلدة سراقب", "وقتل 15 آخرون بينهم نساء واطفال في قصف من طيران حربي على بلدة سراقب",
     ERV, AIR, MSY, CSY, "Saraqib", "SY", "2015-07-30", "2", "15", "exact", SOHR_AY, "reported",
     "15 others, women and children among them, killed in a warplane bombardment of the town of Saraqib in the "
     "south-eastern countryside of Idlib (part of the regime air raids of the Maarat al-Numan row; 15 exact; 30 July, "
     "precision 2)"),
    (AY1689, "ثلاث غارات بالصواريخ الفراغية", "شن طيران النظام ثلاث غارات بالصواريخ الفراغية",
     ERV, AIR, MSY, "", "Zabadani", "SY", "2015-07-30", "2", "", "", "Al Yaum", "reported",
     "in rural Damascus the regime's aircraft launched three raids with vacuum missiles on the town of Zabadani in "
     "Qalamoun, amid artillery shelling by the regime forces from the surrounding checkpoints (the shelling of the "
     "same town folded; target not stated -> actor2 empty; no day in the text -> the round-up's Thursday 30 July, "
     "precision 2; no casualties stated)"),
    (AY1689, "غارتين على مدينة عربين", "كذلك شن الطيران الحربي غارتين على مدينة عربين",
     ERV, AIR, MSY, "", "Arbin", "SY", "2015-07-30", "2", "", "", "Al Yaum", "reported",
     "warplanes launched two raids on the town of Arbin in Eastern Ghouta (the regime's aircraft of the same "
     "paragraph -> Military Forces of Syria; target not stated -> actor2 empty; 30 July, precision 2)"),
    (AY1689, "بلدة زبدين", "بلدة زبدين، من مقراتها",
     ERV, SHELL, MSY, "", "Zabdin", "SY", "2015-07-30", "2", "", "", "Al Yaum", "reported",
     "the regime forces targeted the town of Zabdin with a surface-to-surface missile from their positions in "
     "Hteitet al-Jarsh (no casualties; target not stated -> actor2 empty; 30 July, precision 2)"),
    (AY1689, "استهدف قناص قمة هابيل", "كما استهدف قناص قمة هابيل قرية سوق وادي بردى",
     VAC, ATT, MSY, CSY, "Souq Wadi Barada", "SY", "2015-07-30", "2", "", "", "Al Yaum", "reported",
     "borderline: the sniper of the Habil summit (a regime post, in the paragraph on the regime forces' attacks) "
     "targeted the village of Souq Wadi Barada in the western countryside, with no casualties (small-arms fire at a "
     "village, no engagement -> VAC/Attack vs Civilians (Syria), alternative Battles/Armed clash with actor2 empty or "
     "no row; 30 July, precision 2)"),
    (AY1689, "وسقطت قذيفة هاون مجهولة المصدر", "وسقطت قذيفة هاون مجهولة المصدر، في شارع العدوي",
     ERV, SHELL, UAG, "", "Al Adawi, Damascus", "SY", "2015-07-30", "2", "", "", "Al Yaum", "reported",
     "a mortar shell of unknown source fell on al-Adawi street in Damascus, causing material damage (unknown source -> "
     "Unidentified armed group; no casualties; 30 July, precision 2)"),
    (AY1689, "بقذائف الهاون", "صباحاً، بقذائف الهاون، تجمعات لقوات النظام",
     ERV, SHELL, REB, MSY, "Jobar, Damascus", "SY", "2015-07-30", "2", "1", "exact",
     "Failaq al-Rahman media office director (via Al Yaum)", "claimed",
     "Failaq al-Rahman fighters targeted regime gatherings in the al-Manasher area of the Jobar district, east "
     "Damascus, with mortar shells in the morning, killing a regime sniper (Failaq al-Rahman -> Syrian rebels; "
     "'Jobar, Damascus' as the spent rows; the group's own media office -> claimed; 1 exact; 'صباحاً', no day -> 30 "
     "July, precision 2)"),
    (AY1689, "طردت من ريف ادلب", "طردت من ريف ادلب على يد جبهة النصرة في ابريل",
     BAT, NSO, NUS, REB, "Idlib", "SY", "2015-04-01", "3", "", "", "Al Yaum", "reported",
     "background, borderline: many Division 30 fighters came from various factions 'expelled from the Idlib "
     "countryside by Jabhat al-Nusra in April' (within 12 months -> 1 April, precision 3; an armed group taking the "
     "factions' areas -> Non-state actor overtakes territory, alternative Armed clash; factions -> Syrian rebels; the "
     "countryside of the province -> 'Idlib'; alternative not coded, a relative clause of background)"),
    # Afghanistan (DCT Thursday 6 August)
    (AW207, "بسقوط 1592 قتيلا", "بسقوط 1592 قتيلا و3329 جريحا",
     VAC, ATT, "Taliban", "Civilians (Afghanistan)", "", "AF", "2015-01-01", "3", "1592", "exact",
     "UN Assistance Mission in Afghanistan (UNAMA half-year report)", "reported",
     "aggregate: the title's news: the UN said 'today (Wednesday)' that civilian casualties of the conflict in "
     "Afghanistan hit a record in the first half of 2015, 1,592 killed and 3,329 wounded, in clashes between the "
     "insurgents and the security forces, attacks and killings; 70% attributed to 'anti-government elements', mostly "
     "the Taliban (coded as the adjudicated spent events31 aawsat-178 and events40 alyaum-1141 aggregates of the same "
     "report: VAC/Attack, Taliban vs Civilians (Afghanistan), 1 January, precision 3, no place, 1592 exact). Not "
     "coded: the end of NATO's combat mission in December (far from an event), the 13,000 foreign trainers"),
    # Opinion column on Turkey (DCT Friday 31 July)
    (AW322, "العملية الإرهابية", "هو العملية الإرهابية التي نفذتها",
     VAC, ATT, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-31", "3", "", "",
     "Asharq Al-Awsat (opinion column, citing Turkish PM Ahmet Davutoglu)", "reported",
     "background (an opinion column on Turkey's change of stance): Davutoglu said the main reason was 'the terrorist "
     "operation carried out by ISIS on a gathering of Kurds in the town of Suruc', which left dozens killed and wounded "
     "(the text says only 'operation' -> VAC/Attack, as the spent aawsat-368/aljazirah-372 Suruc rows of that wording, "
     "alternative Suicide bomb; 'نفذتها داعش' -> Islamic State; Kurds at a gathering -> Civilians (Turkey); 'dozens' "
     "-> fatalities empty; no day in a column -> DCT, precision 3 by the written rule). Not coded: the opening of "
     "Incirlik to US aircraft (agreement between states), Erdogan's announcement of the end of the peace process and "
     "the parliamentary mandate request (political), the wish for a no-fly zone (plan)"),
    # Turkey (DCT Sunday 26 July)
    (WT913, "واصلت مقاتلات حربية تركية أمس", "واصلت مقاتلات حربية تركية أمس، هجومها",
     ERV, AIR, MTR, IS, "", "SY", "2015-07-25", "1", "", "", "Al Watan", "reported",
     "the title's news: 'yesterday' (DCT 26 July -> 25 July) Turkish warplanes continued their attack on ISIS positions "
     "in Syria (no place -> location empty, SY; the PM's 'air and ground operations are under way' is the same "
     "campaign). Not coded: Davutoglu's order for a 'third series of strikes in Syria and Iraq' (an instruction, folded "
     "into the ongoing strikes; alternative a planned row), his warnings and the Incirlik remarks (statements)"),
    (WT913, "قامت بقصف أهداف لحزب العمال الكردستاني", "قامت بقصف أهداف لحزب العمال الكردستاني شمالي العراق",
     ERV, SHELL, MTR, PKK, "", "IQ", "2015-07-25", "2", "", "",
     "Turkish Prime Minister's office (statement, via Al Watan)", "reported",
     "the Turkish PM's office announced (the 'yesterday' frame of the lead) the start of a campaign against the PKK in "
     "northern Iraq: the ground forces' support artillery shelled PKK targets in northern Iraq (a different sub-event "
     "type from the air strikes -> own row; the campaign announcement folded, no Statement row, the acts being coded; "
     "day of the shelling not stated -> 25 July, precision 2; northern Iraq, no place -> location empty, IQ)"),
    (WT913, "شنت هجمات على معسكرات لحزب العمال الكردستاني", "أن طائراتها المقاتلة شنت هجمات على معسكرات لحزب العمال الكردستاني",
     ERV, AIR, MTR, PKK, "", "IQ", "2015-07-24", "2", "", "",
     "Turkish government (via Al Watan)", "reported",
     "Turkey announced 'yesterday' (25 July) that its warplanes struck PKK camps in northern Iraq 'during the night', "
     "hitting depots, 'logistic points', living areas and storage buildings; the Kurdistan Region's leadership "
     "condemned the air bombardment (the statement's 'مقاتلات تركية ... غارات جوية على معسكرات الأكراد' is the same "
     "event -> one row; the night before the announcement, 24-25 July -> 24 July, precision 2, as the spent night "
     "rows; no place -> location empty, IQ). Not coded: the KRG's condemnation"),
    (WT913, "اعتقال 590 من عناصر الطرفين", "مشيرا إلى اعتقال 590 من عناصر الطرفين",
     SD, ARR, "Police Forces of Turkey", "", "", "TR", "2015-07-26", "3", "", "",
     "Turkish Prime Minister Ahmet Davutoglu (press conference in Ankara, via Al Watan)", "reported",
     "aggregate: Davutoglu said 590 members of both sides (ISIS and the PKK) have been arrested in the operation "
     "(two groups -> actor2 empty, as the spent events28 1,500 arrests aggregate; arresting force not named -> Police "
     "Forces of Turkey; no start in the text -> DCT, precision 3; no place -> location empty, TR)"),
    (WT913, "قتل مفجر انتحاري", "بعد أن قتل مفجر انتحاري يشتبه بأنه من تنظيم داعش",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-19", "2", "32", "exact", "Al Watan", "reported",
     "background: a suicide bomber suspected of belonging to ISIS killed 32 people, some of them Kurds, 'last week' in "
     "the Turkish border town of Suruc ('last week' -> DCT 26 July - 7 = 19 July, precision 2, by the convention, as "
     "the spent events52 3alyoum-206 row; the actual 20 July is not in the text; 'يشتبه بأنه' -> Islamic State, "
     "suspicion in this note, as the spent Suruc rows; suicide stated -> Suicide bomb; 32 exact)"),
    (WT913, "وقتل حزب العمال الكردستاني ضابطي شرطة", "وقتل حزب العمال الكردستاني ضابطي شرطة على الأقل",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-07-19", "3", "2", "at_least", "Al Watan", "reported",
     "background: the Suruc bombing set off a wave of violence in the mainly Kurdish south-west [sic] of the country, "
     "and the PKK killed at least two police officers, saying the attack was a response to the suicide bombing (attack "
     "on the police -> Armed clash vs Police Forces of Turkey, as the spent PKK-police rows; no day, after the Suruc "
     "bombing of this text -> 19 July, precision 3, as the spent aggregates dated at the Suruc anchor; no place (the "
     "'south-west' is a region) -> location empty; 'على الأقل' -> 2 at_least; the PKK's claim of retaliation is a "
     "motive, the killing stated by the outlet -> reported)"),
    (WT913, "تفجيرين انتحاريين", "نفذ تنظيم داعش الإرهابي تفجيرين انتحاريين في قريتين",
     ERV, SUI, IS, YPG, "Tal Abyad", "SY", "2015-07-25", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Watan)", "reported",
     "ISIS carried out two suicide bombings in two villages near the Kurdish-held border town of Tal Abyad; SOHR said "
     "'yesterday' (25 July) that its members blew up two booby-trapped trucks targeting two checkpoints of the Kurdish "
     "People's Protection Units in two mostly Arab villages on the south-eastern edge of the town, 'amid reports of "
     "deaths' (two unnamed villages, the same place string -> one row, alternative two rows; day of the bombings not "
     "stated -> the statement day, precision 2; 'أنباء عن سقوط قتلى' -> fatalities empty)"),
    (WT913, "شنوا تسع غارات", "أن الولايات المتحدة وحلفاءها شنوا تسع غارات",
     ERV, AIR, GCD, IS, "", "SY", "2015-07-25", "2", "", "",
     "Combined Joint Task Force (via Al Watan)", "reported",
     "the Combined Joint Task Force announced 'yesterday' (25 July) that the United States and its allies launched nine "
     "raids on ISIS positions in Syria (no places -> one row, location empty, SY; day of the raids not stated -> the "
     "announcement day, precision 2)"),
    (WT913, "من طرد تنظيم داعش من حي", "تمكن المقاتلون الأكراد من طرد تنظيم داعش من حي في جنوب مدينة الحسكة",
     BAT, NSO, YPG, IS, "Hasakah", "SY", "2015-07-25", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Watan)", "reported",
     "the Kurdish fighters expelled ISIS from a neighbourhood in the south of the city of Hasakah, north-east Syria "
     "(SOHR 'yesterday', 25 July; day of the capture not stated -> precision 2; a non-state force taking a district from "
     "ISIS -> Non-state actor overtakes territory, as the spent aawsat-156 Maghribtin row; Kurdish fighters -> YPG, as "
     "the article's other Kurdish forces)"),
    (WT913, "إثر هجوم", "كان سيطر عليه المتشددون إثر هجوم",
     BAT, NSO, IS, "", "Hasakah", "SY", "2015-06-01", "3", "", "",
     "Syrian Observatory for Human Rights (via Al Watan)", "reported",
     "background, borderline: the militants had seized that neighbourhood after an attack they launched on the city "
     "'last month' (DCT July -> June 2015 -> 1 June, precision 3; the defenders are not named -> actor2 empty; "
     "alternative not coded, a relative clause)"),
    # ---- set b (no text filter): no events ----
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
