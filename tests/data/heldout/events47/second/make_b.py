"""Bookkeeping helper for annotator B of the events47 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events44/second/make_b.py.
Run: python3 /work/fresh/cur34/events47/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 47 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2854/2855, drawn at the start of stop 34, main 7f6d63c, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2854).shuffle, walked in order; (b) 10 with no text filter: random.Random(2855).shuffle, walked in order, >=3 sources (got, by source, a: alriyadh 3, aljazirah 3, almadina 2, aawsat 1, alweeam 1; b: alriyadh 2, almadina 2, alwatan 2, aawsat 1, aljazirah 1, alweeam 1, alyaum 1).
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
NSAOT = "Non-state actor overtakes territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
ATT = "Attack"
ARR = "Arrests"
UAG = "Unidentified armed group"
HOU = "Houthis"
SLC = "Saudi-led coalition"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
MFI = "Military Forces of Israel"
CPS = "Civilians (Palestine)"
RY714 = "SN-alriyadh-20150808-714"
WM1145 = "SN-alweeam-20150807-1145"
MD1463 = "SN-almadina-20150806-1463"
MD620 = "SN-almadina-20150811-620"
JZ1069 = "SN-aljazirah-20150724-1069"
JZ725 = "SN-aljazirah-20150731-725"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RY714, "حادثة التفجير الإرهابية", "البواسل في حادثة التفجير الإرهابية التي استهدفت مسجد",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-08", "3", "", "",
     "Najran governor Prince Jalawi bin Abdulaziz (via Al Riyadh)", "reported",
     "background (the news is the Najran governor's condolences and condemnation): the terrorist bombing that targeted "
     "the mosque of the Special Emergency Forces in the Asir region, with security men 'martyred' and wounded (no number "
     "-> fatalities empty; only 'التفجير' -> the generic explosive sub-type, as the spent Asir rows; no perpetrator named "
     "-> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; the text gives no day -> DCT, "
     "precision 3, as the spent events42 aljazirah-499 row of the same condolence statement; the later 'الحادث الجبان' "
     "and 'الحادثة الإرهابية' are the same event). Not coded: the condolences, condemnation and blood donations"),
    (WM1145, "الاعتداء الغاشم", "جراء الاعتداء الغاشم الذي وقع يوم أمس في مسجد قوات الطوارئ",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Weeam; Director of Public Security Lt. Gen. Othman al-Muhraj", "reported",
     "background (the news is the Public Security director's visit to the wounded in Asir Central Hospital and to the "
     "investigation): the brutal attack 'that took place yesterday' (DCT Friday 7 August -> 6 August, precision 1) in the "
     "mosque of the Special Emergency Forces in the region (Asir); the title calls it 'حادثة التفجير' -> the generic "
     "explosive sub-type, as the spent Asir rows; martyrs and wounded, no number (seven wounded moved to Riyadh) -> "
     "fatalities empty; no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi "
     "Arabia; his 'this aggression' and 'today we see them in the mosques of our camps' are the same event). Not coded: "
     "'yesterday they were in the mosques of the Eastern Province' (a rhetorical, undated allusion with no act verb to "
     "the May mosque bombings; alternative a background row at DCT, precision 3, as the spent events38 okaz-1244 row), "
     "the investigation, the visit and the message to the enemies (statements)"),
    (MD1463, "ستبدأ «قريبا» بمحاربة", "أن بلاده ستبدأ «قريبا» بمحاربة تنظيم",
     "Statement", "", "Government of Turkey", "Islamic State", "Kuala Lumpur", "MY", "2015-08-05", "1", "", "",
     "Turkish Foreign Minister Mevlut Cavusoglu", "reported",
     "the title's news: 'yesterday Wednesday' (DCT Thursday 6 August -> 5 August, precision 1) the Turkish foreign "
     "minister announced, at a meeting with Kerry in a Kuala Lumpur hotel on the sidelines of the ASEAN meetings, that "
     "Turkey will 'soon' start fighting ISIS in northern Syria 'effectively' (announcement of an operation start that is "
     "the article's news -> Statement, as the spent events26 aljazirah-969 and events32 aawsat-368 rows of the same "
     "announcement; alternative a planned row in SY; his 'we will also launch our battle against Daesh soon' is the "
     "same). Not coded: the US-Turkey training and equipping of the moderate opposition, Kerry's welcome of Turkey's "
     "opening of its bases to the US (basing), al-Muallem's statement in Tehran"),
    (MD1463, "سلسلة من الغارات الجوية", "وشنت تركيا منذ ذلك الحين سلسلة من الغارات الجوية",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-08-06", "3", "", "",
     "Al Madina (AFP)", "reported",
     "aggregate: since the bloody attacks on Turkish soil Turkey has carried out a series of air strikes which it says "
     "target PKK activists in northern Iraq and ISIS jihadists; observers say they hit the Kurds more (this row for the "
     "PKK targets in northern Iraq, no place -> location empty, IQ; start not dated in the text -> DCT, precision 3; split "
     "by target as the adjudicated spent events26 aljazirah-969 rows of the same AFP text). Not coded: the 'bloody "
     "attacks on Turkish territory, some attributed to the organisation' (no type, place, day or number)"),
    (MD1463, "وجهاديين", "في شمال العراق وجهاديين من تنظيم داعش",
     ERV, AIR, MFT, "Islamic State", "", "SY", "2015-08-06", "3", "", "",
     "Al Madina (AFP)", "reported",
     "aggregate: the ISIS targets of the same series of Turkish air strikes (two named targets -> two rows, as the "
     "spent aljazirah-969 and aawsat-368 aggregates; the text gives no country for the ISIS targets, SY from the "
     "article's frame, Turkey's fight against ISIS in northern Syria; no place -> location empty; DCT, precision 3)"),
    (MD1463, "اشتباكات عنيفة", "«اشتباكات عنيفة بين الطرفين في محيط قرية البحصة",
     BAT, CLASH, "Syrian rebels", "Military Forces of Syria", "Al Bahsa", "SY", "2015-08-05", "1", "", "",
     "Syrian Observatory for Human Rights (Rami Abdulrahman, to AFP, via Al Madina)", "reported",
     "'yesterday Wednesday' (5 August) a group of Islamic and fighting factions (with Central Asian and Chechen fighters "
     "and Jabhat al-Nusra) advanced towards the regime's vital operations command centre in the village of Jurin, Hama, "
     "coming within less than 2 km of it; SOHR reported violent clashes between the two sides around the village of "
     "al-Bahsa, less than 2 km from Jurin (the advance folded into the clash; the factions named first, Nusra among them "
     "-> Syrian rebels, as the spent Fuaa rows; regime forces and loyal gunmen -> Military Forces of Syria; the clash "
     "place -> 'Al Bahsa'; no toll). Not coded: the hypothetical advance on the Latakia mountains if Jurin falls"),
    (MD1463, "من السيطرة على مواقع عدة", "من السيطرة على مواقع عدة في هذه المنطقة",
     BAT, NSAOT, "Syrian rebels", "Military Forces of Syria", "Sahl al-Ghab", "SY", "2015-08-06", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Madina)", "reported",
     "in the al-Ghab plain, where battles have been going on 'for days' between the regime forces and the Islamic and "
     "fighting factions, the factions took control of several positions after a series of attacks and regime "
     "counter-attacks (rebel capture of positions from the regime -> Non-state actor overtakes territory; the days-long "
     "battle and the attacks/counter-attacks folded into this row; undated, ongoing -> DCT, precision 2; the regime "
     "uses Jurin as its command centre for the al-Ghab operations, backed by Iranian fighters, 100 Hezbollah members and "
     "Afghan Shia fighters -> folded, Military Forces of Syria; alternative: folded into the al-Bahsa row as the same "
     "offensive)"),
    (MD620, "هجوم انتحاري بسيارة مفخخة", "استهدف هجوم انتحاري بسيارة مفخخة مركز شرطة",
     ERV, SUI, PKK, PFT, "Sultanbeyli, Istanbul", "TR", "2015-08-10", "1", "1", "exact",
     "Istanbul governor's office (statement, via Al Madina)", "reported",
     "shortly after midnight (the title's and lead's 'yesterday Monday' series, DCT Tuesday 11 August -> 10 August) a "
     "suicide car-bomb attack targeted a police station in the Sultanbeyli district on the Asian bank of the Bosphorus "
     "in Istanbul, wounding ten including three policemen; the governor's office counts the suicide bomber among the "
     "dead -> 1 exact (the attacker counted, as the spent Sousse gunman); the lead attributes the Istanbul attack to "
     "the PKK ('نسب الى'), a Turkish official told AFP the PKK attacked the police station, and a small leftist group, "
     "the 'People's Defence Units', also claimed it on Twitter -> PKK, the attribution stated by the outlet, as the spent "
     "Midyat/Suruc 'نسب' rows; alternative Unidentified armed group as the spent events41 aljazirah-372 row of the same "
     "attack, whose text named no one). The following clashes are their own row"),
    (MD620, "مواجهات بين المهاجمين والشرطة", "وقعت مواجهات بين المهاجمين والشرطة استمرت طوال الليل",
     BAT, CLASH, PKK, PFT, "Sultanbeyli, Istanbul", "TR", "2015-08-10", "1", "3", "exact",
     "Istanbul governor's office (via Al Madina)", "reported",
     "later, clashes between the attackers and the police lasted all night; two militants were killed in them, and the "
     "head of the police bomb-disposal unit Beyazit Cetin was wounded in the clashes and died in hospital (2 + 1 = 3 "
     "exact; the bomber is on the suicide-bomb row; different type and hours from the car bomb -> own row, as the spent "
     "events41 aljazirah-372 rows; the attackers first -> actor1, PKK as the bombing row). Not coded: Cetin's funeral "
     "with Erdogan"),
    (MD620, "فتحت امرأتان صباح الاثنين النار", "فتحت امرأتان صباح الاثنين النار على القنصلية الاميركية",
     VAC, ATT, "DHKP-C: Revolutionary People's Liberation Party-Front", "Civilians (Turkey)", "Istinye, Istanbul", "TR",
     "2015-08-10", "1", "", "",
     "Istanbul governor's office; Anadolu; DHKP-C (claim, via Al Madina)", "reported",
     "on Monday morning (10 August) two women opened fire on the heavily guarded US consulate in the quiet Istinye "
     "district on the western bank of the Bosphorus; the police arrested one of them after she was wounded (folded); the "
     "'Revolutionary People's Liberation Party-Front' claimed the attack and confirmed the fleeing attacker, Hatice Asik, "
     "is its activist -> actor1 DHKP-C; no casualties stated; a diplomatic mission's building -> Civilians (Turkey) by the "
     "country-of-event rule, as the spent events41 aljazirah-372 row of the same attack; alternative Battles/Armed clash "
     "with Police Forces of Turkey, the text does not describe an exchange of fire; the title's 'اعتداء على القنصلية' is "
     "the same event). Not coded: the group's 2013 suicide attack on the US embassy in Ankara and its attack on a police "
     "station 3 years ago (older than 12 months), Asik's release on 8 July pending trial (legal), the consulate's closure, "
     "the group's threat to continue the struggle"),
    (MD620, "انفجار عبوة وضعت بجانب طريق", "في انفجار عبوة وضعت بجانب طريق في منطقة سيلوبي",
     ERV, IED, PKK, PFT, "Silopi", "TR", "2015-08-10", "1", "4", "exact",
     "Dogan agency (via Al Madina)", "reported",
     "four police officers were killed by the explosion of a roadside bomb in the Silopi area of Sirnak province on the "
     "Syrian and Iraqi borders (south-east) (the lead's 'two other attacks attributed to the PKK rebels in the economic "
     "capital and in the south-east' -> PKK; the title's 'yesterday Monday' toll of 5 policemen and a soldier includes "
     "them -> 10 August, precision 1; 'أربعة' -> 4 exact; 'Silopi' as the spent rows)"),
    (MD620, "هجوم بقاذفة صواريخ", "وقتل جندي تركي في هجوم بقاذفة صواريخ",
     BAT, CLASH, PKK, MFT, "Beytussebap, Sirnak", "TR", "2015-08-10", "1", "1", "exact",
     "Dogan agency (via Al Madina)", "reported",
     "a Turkish soldier was killed in a rocket-launcher attack by Kurdish rebels on a military helicopter carrying "
     "soldiers in the Beytussebap area of Sirnak (Kurdish rebels in the article's PKK frame -> PKK; a direct-fire attack "
     "on troops -> Armed clash, as the spent events41 aljazirah-372 row of the same attack, alternative "
     "Shelling/artillery/missile attack; the title's 'yesterday Monday' toll includes the soldier -> 10 August, "
     "precision 1; 'منطقة بيت الشباب في شرناك' -> 'Beytussebap, Sirnak' as the spent row)"),
    (MD620, "الحملة الجوية", "تكثيف انقرة الحملة الجوية على متمردي حزب العمال الكردستاني",
     ERV, AIR, MFT, PKK, "", "TR", "2015-08-11", "3", "", "",
     "Al Madina (AFP)", "reported",
     "aggregate: Ankara's intensified air campaign against the PKK rebels in Turkey and northern Iraq (one campaign -> "
     "one row; two countries named, no place -> location empty, TR as the spent Turkish air-strike aggregates, "
     "alternative IQ; the text gives no start -> DCT, precision 3). Not coded: the US deployment of F-16s in Turkey to "
     "fight ISIS (basing), the rising tension in the Turkish street (generic)"),
    (JZ1069, "غارات مسائية", "واستهدفت غارات مسائية مواقع عسكرية جنوب صنعاء",
     ERV, AIR, SLC, HOU, "Sanaa", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "'yesterday' (DCT Friday 24 July -> 23 July) the coalition aircraft launched a series of air strikes on positions of "
     "the Houthi militias and their allied forces in scattered areas of the north and south of Yemen (the lead, folded "
     "into the named places); evening raids targeted military sites south of Sanaa (-> 'Sanaa'; one location per row: "
     "each named place of the same strikes is its own row, as the spent events34 alwatan-2158 Saada rows). Not coded: "
     "the destruction the Houthi and Saleh militias left in Aden (generic), the government meeting in Riyadh and the "
     "ministers' return to Aden (administrative)"),
    (JZ1069, "مثلث عاهم", "في منطقة مثلث عاهم بمديرية حرض",
     ERV, AIR, SLC, HOU, "Aham Triangle, Haradh", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "same strikes 'yesterday' (23 July): positions of the Houthis and their allies in the Aham Triangle area in Haradh "
     "district ('Place, District' as the spent 'Al Janadibah, Arhab'; the sentence ends 'in Saada governorate', which "
     "does not fit Haradh -> no governorate)"),
    (JZ1069, "وحيران", "بمديرية حرض وحيران وحيدان",
     ERV, AIR, SLC, HOU, "Hayran", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "same strikes (23 July), second named place of the list: Hayran (the list's closing 'in Saada governorate' is "
     "ambiguous here, Hayran may also be read with 'Haradh district' -> no governorate, as the spent events20 "
     "Maran/Saqayn adjudication)"),
    (JZ1069, "وحيدان", "حرض وحيران وحيدان وعلان",
     ERV, AIR, SLC, HOU, "Haydan, Saada", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "same strikes (23 July), third named place: Haydan, in the list closed by 'بمحافظة صعدة' -> 'Haydan, Saada'"),
    (JZ1069, "وعلان", "وحيدان وعلان وساقين",
     ERV, AIR, SLC, HOU, "Allan, Saada", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "same strikes (23 July), fourth named place: 'علان' (spelling 'Allan'), Saada governorate from the list's closing "
     "phrase"),
    (JZ1069, "وساقين", "وعلان وساقين بمحافظة صعدة",
     ERV, AIR, SLC, HOU, "Saqayn, Saada", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "same strikes (23 July), fifth named place: Saqayn in Saada governorate ('Saqayn' as the spent events20 row)"),
    (JZ725, "اعتقلت عناصر من قوات الاحتلال", "ميدانياً، اعتقلت عناصر من قوات الاحتلال الإسرائيلي عدداً من الأطفال",
     SD, ARR, MFI, CPS, "Issawiya, Jerusalem", "PS", "2015-07-30", "2", "", "",
     "Al Jazirah; local eyewitnesses", "reported",
     "in the field section (no day of its own; the article, stamped 03:45 UTC Friday 31 July, reports Thursday's news, "
     "'صباح أمس الخميس' -> 30 July, precision 2, as the spent events23 aawsat-158 round-up rows): members of the Israeli "
     "occupation forces arrested a number of Palestinian children after raiding their families' homes in the village of "
     "al-Issawiya in the middle of occupied Jerusalem; eyewitnesses say the forces brutally beat the arrested children "
     "(folded) ('قوات الاحتلال' -> Military Forces of Israel, as the spent Old City and Hebron rows; East Jerusalem -> "
     "PS). The confrontations during the raids are their own row"),
    (JZ725, "مواجهات عنيفة بين السكان وقوات الاحتلال", "ورافق عمليات دهم منازل المقدسيين مواجهات عنيفة بين السكان وقوات الاحتلال",
     "Riots", "Violent demonstration", "Rioters (Palestine)", MFI, "Issawiya, Jerusalem", "PS", "2015-07-30", "2", "", "",
     "Al Jazirah", "reported",
     "the house raids in al-Issawiya were accompanied by violent confrontations between the residents and the "
     "occupation forces, in which a number of young men were wounded (residents confronting a raiding force -> "
     "Riots/Violent demonstration with Military Forces of Israel as actor2, as the spent events41 aleqtisadiya-254 "
     "Burqin row; wounded only, 'عدد من' -> fatalities empty; same day as the arrests, 30 July, precision 2)"),
    (JZ725, "اعتقلت قوات الاحتلال الإسرائيلي خمسة", "كما اعتقلت قوات الاحتلال الإسرائيلي خمسة فلسطينيين",
     SD, ARR, MFI, CPS, "Hebron", "PS", "2015-07-30", "2", "", "",
     "Al Jazirah", "reported",
     "the Israeli occupation forces also arrested five Palestinians, two children among them, from the city of Hebron, "
     "south of the West Bank (same round-up day, 30 July, precision 2; one location per row)"),
    (JZ725, "اعتقلت فتيين", "بينما اعتقلت فتيين فلسطينيين من سكان حي رأس العامود",
     SD, ARR, MFI, CPS, "Ras al-Amud, Jerusalem", "PS", "2015-07-30", "2", "", "",
     "Al Jazirah", "reported",
     "while the occupation forces arrested two Palestinian boys, residents of the Ras al-Amud neighbourhood of "
     "Jerusalem, on the claim that they threw incendiary bottles at a house in the Ma'ale HaZeitim settlement in the "
     "city (political arrest by the occupation forces -> Arrests; the alleged Molotov throwing is only the forces' claim "
     "('بزعم'), undated -> not coded; same round-up day, 30 July, precision 2). Not coded in this article: the Knesset's "
     "force-feeding law passed on Thursday (legal); the Nafha prison unrest, where the Dror and Masada repression units "
     "stormed the prisoners' rooms, abused detainees and moved many, and the prisoners declared rebellion and burned "
     "several rooms in protest (prison conditions/unrest, no day, reported by the Palestinian Commission of Detainees' "
     "Affairs; borderline, alternative Riots/Violent demonstration, Rioters (Palestine) vs Israeli prison units)"),
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
