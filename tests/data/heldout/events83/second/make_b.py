"""Bookkeeping helper for annotator B of the events83 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events80/second/make_b.py.
Run: python3 /work/fresh/cur46/events83/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 83 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2974/2975, drawn at the start of stop 46, main d9fc5dc1, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2974).shuffle, walked in order; (b) 10 with no text filter: random.Random(2975).shuffle, walked in order, >=3 sources (got, by source, a: aljazirah 4, alweeam 2, aawsat 1, alriyadh 1, alwatan 1, alyaum 1; b: aljazirah 3, aleqtisadiya 2, 3alyoum 1, aawsat 1, alriyadh 1, alwatan 1, okaz 1).
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
AR755 = "SN-alriyadh-20150809-755"
AW764 = "SN-aawsat-20150724-764"
JZ523 = "SN-aljazirah-20150811-523"
YM1160 = "SN-alyaum-20150811-1160"
JZ451 = "SN-aljazirah-20150726-451"
WM2404 = "SN-alweeam-20150806-2404"
WM1036 = "SN-alweeam-20150808-1036"
JZ360 = "SN-aljazirah-20150803-360"
TAL = "Taliban"
TTP = "TTP: Tehreek-i-Taliban Pakistan"
PAK = "Military Forces of Pakistan"
NUS = "Jabhat al-Nusra"
REB = "Syrian rebels"
SYR = "Military Forces of Syria"
GCAD = "Global Coalition Against Daesh"
CHG = "Change to group/activity"
JZC = "Al Jazirah (opinion column)"
SOHR = "Syrian Observatory for Human Rights (via Al Jazirah)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AR755, "حادث تفجير مسجد الطوارئ", "المصابين من رجال الأمن في حادث تفجير مسجد الطوارئ بمنطقة عسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-09", "3", "", "",
     "Al Riyadh", "reported",
     "background (the news is the deputy health minister's Sunday visit to the wounded security men in Asir Central "
     "Hospital): the bombing of the Emergency [Forces] mosque in the Asir region (only 'تفجير' -> the generic explosive "
     "sub-type, as the spent adjudicated Asir rows; no perpetrator named -> Unidentified armed group; the wounded are "
     "security men -> Police Forces of Saudi Arabia; no number of dead -> fatalities empty; the text gives no day of the "
     "bombing, a visit three days later -> DCT, precision 3, as the spent aleqtisadiya-228 and aljazirah-399 rows). Not "
     "coded: the visit, the emergency-plan readiness check"),
    (AW764, "الهجوم الانتحاري", "في الهجوم الانتحاري الذي تبناه تنظيم داعش في سوروج",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "Asharq Al-Awsat", "reported",
     "background (the news is Milliyet's dismissal of the journalist Kadri Gursel over a tweet): the suicide attack in "
     "Suruc claimed by ISIS, 'the attack that killed 32 and wounded a hundred on Monday in Suruc near the Syrian border' "
     "(DCT Friday 24 July -> Monday 20 July, precision 1; 32 exact; claimed by ISIS -> Islamic State; victims not "
     "described, the spent Suruc rows -> Civilians (Turkey); 'اعتداء سوروج' in the tweet is the same event -> one row; "
     "suicide stated -> Suicide bomb, as the spent aleqtisadiya-883 and aawsat-187 rows). Not coded: the dismissal and "
     "the tweet (media, no political violence), Erdogan's complaint to the courts in May (legal action), the gendarmerie's "
     "interception of the arms trucks near the Syrian border in January 2014 (more than 12 months before the DCT)"),
    (JZ523, "تفجير مسجد الطوارئ", "الشيخ العثمان: تفجير مسجد الطوارئ وقتل المصلين",
     ERV, IED, UAG, POLSA, "", "SA", "2015-08-11", "3", "", "",
     "Sheikh Othman bin Nasser al-Othman, CPVPV deputy head for field affairs (Al Jazirah)", "reported",
     "background (the news is the CPVPV official's condemnation): the bombing of the Emergency [Forces] mosque and the "
     "killing of the worshippers in prostration (title; 'هذه الجريمة الغادرة' and the rest are the same event -> one row; "
     "only 'تفجير' -> the generic explosive sub-type, as the spent okaz-1413 CPVPV row; no perpetrator named ('الخوارج' "
     "is rhetoric) -> Unidentified armed group; Emergency Forces mosque -> Police Forces of Saudi Arabia; no number -> "
     "fatalities empty; the text names no place -> location empty, alternative 'Asir' as the spent rows; no day -> DCT, "
     "precision 3, as the spent aljazirah-399 condemnation). Not coded: the identification of the perpetrator "
     "(investigation), the condemnation and the awareness programmes"),
    (YM1160, "عملية انتحارية بالسيارة المفخخة", "في عملية انتحارية بالسيارة المفخخة، أمس، على الطريق إلى مطار كابل",
     ERV, SUI, TAL, "Civilians (Afghanistan)", "Hamid Karzai International Airport, Kabul", "AF", "2015-08-10", "1",
     "5", "at_least",
     "Kabul police spokesman Ebadullah Karimi; Interior Ministry spokesman Najib Danish; Kabul hospitals director Sayed "
     "Kabir Amiri; Taliban spokesman Zabihullah Mujahid (claim) (via Al Yaum)", "reported",
     "the title's news: 'yesterday' (DCT Tuesday 11 August -> 10 August) a suicide car bomb on the road to Kabul airport, "
     "at the first security checkpoint / the entrance gate of Hamid Karzai International Airport, killed at least five "
     "civilians and wounded about ten ('خمسة مدنيين على الأقل' -> 5 at_least; the title's 'تفجير يستهدف مطار كابل', "
     "'الاعتداء' and 'الانفجار' are the same event -> one row); the Taliban spokesman claimed it -> Taliban (the spent "
     "aawsat-111 row of the same bombing has Unidentified armed group, its text gave no claim); the Taliban said it "
     "targeted two foreign-forces vehicles, the police and the hospitals say all the victims were civilians, women and "
     "children among them -> Civilians (Afghanistan), alternative foreign forces; location the airport the text names, "
     "as aawsat-111)"),
    (YM1160, "هجمات، الأسبوع الماضي", "على أثر هجمات، الأسبوع الماضي، التي أسفرت عن مقتل 50 شخصا",
     ERV, IED, UAG, "", "Kabul", "AF", "2015-08-04", "2", "50", "at_least",
     "Al Yaum", "reported",
     "background: the Kabul authorities declared maximum alert after 'last week's' attacks, which killed at least 50 "
     "civilians and security men, the worst wave of violence in the city for years (one row for the series, as the spent "
     "aawsat-105 'series of attacks in Kabul' row: the text names no separate attack or place; kind not stated -> the "
     "generic explosive sub-type, borderline; no perpetrator -> Unidentified armed group; civilians and security men -> "
     "actor2 empty; 'last week' -> DCT-7 = 4 August, precision 2 (the real day, 7 August, is not in the text); 50 "
     "at_least). Not coded: the UN's figure of almost five thousand Afghan civilians killed or wounded in the first six "
     "months (a killed-and-wounded statistic with no actor, as the spent aawsat-111 decision on the same figure; "
     "alternative an aggregate VAC row from 1 January, precision 3, fatalities empty)"),
    (YM1160, "تخلوا عن أسلحتهم", "عنصرا من حركة طالبان باكستان تخلوا عن أسلحتهم أمام قوات الأمن",
     SD, CHG, TTP, PAK, "Hangu", "PK", "2015-08-11", "2", "", "",
     "security sources (via Geo TV, Al Yaum)", "reported",
     "the title's second news ('فصيل يتخلى عن طالبان'): security sources announced that 12 members of the Pakistani "
     "Taliban, of the Aslam Farooqi faction, laid down their arms before the security forces in the town of Hangu, Khyber "
     "Pakhtunkhwa, saying they want a peaceful life (a surrender of armed members -> Strategic developments/Change to "
     "group/activity, borderline, alternative Other or no row; 'قوات الأمن' -> Military Forces of Pakistan, alternative "
     "actor2 empty; the later 'الذين تخلوا عن أسلحتهم' is the same event; no day -> DCT, precision 2)"),
    (YM1160, "استسلام قائد فصيل جول زمان", "وجاء تخلي هؤلاء عن أسلحتهم بعد يوم من استسلام قائد فصيل جول زمان",
     SD, CHG, TTP, PAK, "", "PK", "2015-08-10", "2", "", "",
     "security sources (via Geo TV, Al Yaum)", "reported",
     "the Hangu surrender came a day after the surrender of the commander of the Gul Zaman faction of the Pakistani "
     "Taliban to the security forces (a differently dated surrender of another faction -> own row, borderline, alternative "
     "folded into the Hangu row; the Hangu day is the DCT, precision 2 -> DCT-1 = 10 August, precision 2; no place -> "
     "location empty, PK)"),
    (JZ451, "تحررت مدينة عدن", "ما إن تحررت مدينة عدن في الرابع عشر من يوليو",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-14", "1", "", "",
     JZC, "reported",
     "background: the city of Aden was liberated 'on the fourteenth of July' (day stated -> 14 July, precision 1), the "
     "popular resistance having 'decided the battle' and gone over from defence to attack (folded; the liberators -> "
     "Yemeni Resistance, the Yafa tribe's role in the note; 'تحرير مدينة عدن' of the next paragraph is the same event). "
     "Not coded: the 109 days of resistance since the launch of Decisive Storm on 25 March (a span named only as a measure "
     "of time, as the spent aljazirah-399 decision on operations named without action; alternative an aggregate Air/drone "
     "strike row, Saudi-led coalition vs Houthis, 2015-03-25, precision 3), the Yafa association's buying of weapons from "
     "other tribes and supplying the fronts (undated, generic), the 2011 revolution (too old)"),
    (JZ451, "تحررت الضالع", "قبل تحرير مدينة عدن تحررت الضالع",
     BAT, GRT, YR, HOU, "Ad Dali", "YE", "2015-07-26", "3", "", "",
     JZC, "reported",
     "background: before the liberation of Aden, al-Dhale was liberated (with the Yafa tribe as main supporter; no date, "
     "only 'before 14 July' -> DCT, precision 3, as the spent 3alyoum-44 al-Dhale liberation row; 'Ad Dali' as the spent "
     "rows; the governorate/city not distinguished)"),
    (JZ451, "بداية هجوم الحوثيين", "مع بداية هجوم الحوثيين في مارس 2015م",
     BAT, CLASH, HOU, "", "Aden", "YE", "2015-03-01", "3", "", "",
     JZC, "reported",
     "background, borderline: the Yafa tribe got thousands of families out of Aden to Hadramawt 'with the start of the "
     "Houthi attack in March 2015' (month known -> 1 March, precision 3, within 12 months of the DCT; an attack on the "
     "city with no capture stated -> Armed clash, no defender named -> actor2 empty, as the spent aleqtisadiya-344 'last "
     "March' Aden row; alternative no row, a time reference). Not coded: the displacement of some 80,000 families"),
    (WM2404, "حادث التفجير الذي استهدف مسجد قوات الطوارئ", "بشدة حادث التفجير الذي استهدف مسجد قوات الطوارئ في مدينة أبها",
     ERV, IED, UAG, POLSA, "Abha", "SA", "2015-08-06", "2", "", "",
     "GCC states; Kuwaiti Foreign Ministry source; Bahrain; UAE Foreign Minister Abdullah bin Zayed (via Al Weeam)",
     "reported",
     "the occasion of the Gulf condemnations (the article's news): the bombing that targeted the Emergency Forces mosque "
     "in the city of Abha during the noon prayer, killing and wounding innocents (no number -> fatalities empty; only "
     "'التفجير' -> the generic explosive sub-type, as the spent okaz-1401 Gulf-condemnation row; no perpetrator named -> "
     "Unidentified armed group; the UAE: it targeted members of the Special Emergency Forces of Asir -> Police Forces of "
     "Saudi Arabia; 'مدينة أبها' -> 'Abha', as the spent alriyadh-560/okaz-1328 rows; each state's mention and the title's "
     "'تفجير مسجد عسير' are the same event -> one row; the text gives no day, a same-day reaction report (DCT 6 August) "
     "-> DCT, precision 2, as the spent almadina-1417 row). Not coded: the condemnations and support (statements)"),
    (WM1036, "حدوث تفجير", "بشأن حدوث تفجير أثناء قيام منسوبي قوة الطوارئ الخاصة",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Ministry of Interior security spokesman (via Al Weeam)", "reported",
     "follow-up (the article's news is the bomber's identification): on Thursday 21/10/1436 AH (= 6 August 2015) a "
     "suicide bomber blew himself up with an explosive belt among the men of the Special Emergency Forces of Asir praying "
     "the noon prayer in the mosque of the force's headquarters: 15 killed (5 security men, 6 trainees of the Hajj "
     "courses, 4 Bangladeshi workers), 33 wounded (the title's 'تفجير مسجد الطوارئ' and the 'الجريمة الإرهابية' are the "
     "same event -> one row; suicide belt stated -> Suicide bomb; the bomber is named, a Saudi born 1415 AH, but no group "
     "-> Unidentified armed group; Special Emergency Forces -> Police Forces of Saudi Arabia, the Bangladeshi workers in "
     "the note; the HQ is in the Asir region, no city named -> 'Asir'; all as the spent alriyadh-859 row of the same "
     "statement). Not coded: the investigation, the ministry's condemnation"),
    (JZ360, "خطفت جبهة النصرة", "وخطفت جبهة النصرة ثمانية عناصر من الفرقة 30 مساء الاربعاء",
     BAT, CLASH, NUS, REB, "Azaz", "SY", "2015-07-29", "1", "", "",
     "Syrian Observatory for Human Rights; Division 30 (via Al Jazirah)", "reported",
     "the title's news: Jabhat al-Nusra abducted eight members of Division 30 (trained in Turkey in the US programme) on "
     "Wednesday evening near the town of Azaz in the northern Aleppo countryside (DCT Monday 3 August -> 29 July, "
     "precision 1; the Nusra video claiming the abduction 'this week', the title's «خطف» and Nusra's adoption of it are "
     "the same event -> one row; rebel fighters seized by an armed group -> Battles/Armed clash, Jabhat al-Nusra vs Syrian "
     "rebels, as the spent adjudicated aljazirah-761 and alyaum-1689 Division 30 rows; 'near Azaz' -> 'Azaz', alternative "
     "'Sijo' as alyaum-1689, which the text does not name; stated by SOHR and the division, the Pentagon's denial in this "
     "note -> reported). Not coded: the Nusra video published Saturday (propaganda), the 54 Division 30 fighters crossing "
     "into Syria more than two weeks earlier (movement), ISIS's control of half of Syria (status)"),
    (JZ360, "الاشتباكات التي دارت مع عناصر الفرقة 30", "وخلال الاشتباكات التي دارت مع عناصر الفرقة 30 والفصائل المساندة لها",
     BAT, CLASH, NUS, REB, "Azaz", "SY", "2015-08-01", "1", "7", "at_least",
     SOHR, "reported",
     "SOHR: at least 25 Nusra fighters killed on the outskirts of Azaz 'the day before yesterday' during the coalition "
     "aircraft's support of Division 30 and in the clashes with Division 30 and its supporting factions, most of the Nusra "
     "dead in the coalition's strikes on their headquarters; 7 fighters of the division and its supporting factions killed "
     "(the clashes -> this row, the strikes -> own row, as the spent aawsat-58 clash/strike split; 'أمس الأول' -> DCT-2 "
     "= 1 August, precision 1, the real day, 31 July in the spent aawsat-58 row, is not in this text, alternative "
     "precision 2; fatalities 7 at_least: the 7 rebels plus an unsplit share of the 25 Nusra dead, alternative 32 "
     "at_least with the strikes folded; Nusra, the attacker in the spent row, listed first)"),
    (JZ360, "استهداف التحالف لمقارهم", "حيث قضى معظم مقاتلي النصرة في استهداف التحالف لمقارهم",
     ERV, AIR, GCAD, NUS, "Azaz", "SY", "2015-08-01", "1", "", "",
     SOHR, "reported",
     "the international coalition's aircraft supporting Division 30 on the outskirts of Azaz struck Jabhat al-Nusra's "
     "headquarters the day before yesterday, killing most of the (at least 25) Nusra dead (not split from the clashes -> "
     "fatalities empty, the 25 in the clash row's note; the US-led coalition -> Global Coalition Against Daesh, as the "
     "spent aawsat-58 row; 'مساندة طائرات التحالف الدولي' is the same strikes -> one row; DCT-2 = 1 August, precision 1)"),
    (JZ360, "اشتباكات عند اطراف حي كرم الطراب", "دارت بعد منتصف ليل أمس اشتباكات عند اطراف حي كرم الطراب",
     BAT, CLASH, SYR, REB, "Karm al-Tarrab, Aleppo", "SY", "2015-08-02", "2", "", "",
     SOHR, "reported",
     "after midnight 'yesterday' clashes on the outskirts of the Karm al-Tarrab district near the Nayrab military airport "
     "east of Aleppo between the regime forces backed by the National Defence Forces and Lebanese Hezbollah and the "
     "fighting and extremist battalions (regime side -> Military Forces of Syria, the NDF and Hezbollah in the note; the "
     "battalions -> Syrian rebels; 'after midnight yesterday' -> DCT-1 = 2 August, precision 2, as the spent adjudicated "
     "aljazirah-341 Karm al-Tarrab row; 'Karm al-Tarrab, Aleppo' as that row; no toll)"),
    (JZ360, "حندرات", "في محيط قريتي حندرات وباشكوي",
     BAT, CLASH, REB, SYR, "Handarat", "SY", "2015-08-02", "2", "", "",
     SOHR, "reported",
     "after midnight 'yesterday' clashes between the fighting battalions, Jabhat al-Nusra and the Ansar al-Din Front and "
     "the regime forces backed by Syrian, Arab and Asian pro-regime gunmen around the villages of Handarat and Bashkoy in "
     "the northern Aleppo countryside (the rebel side listed first -> Syrian rebels, Nusra and Ansar al-Din in the note; "
     "one location per row -> Handarat here, Bashkoy its own row, as the spent alyaum-1689 Jub al-Qubba/Bustan al-Qasr "
     "split; alternative one row; DCT-1 = 2 August, precision 2, as the Karm al-Tarrab row)"),
    (JZ360, "باشكوي", "في محيط قريتي حندرات وباشكوي",
     BAT, CLASH, REB, SYR, "Bashkoy", "SY", "2015-08-02", "2", "", "",
     SOHR, "reported",
     "the same clashes' second village, Bashkoy (one location per row -> own row; see the Handarat row)"),
    (JZ360, "اشتباكات على أطراف حي الخالدية", "بينما دارت اشتباكات على أطراف حي الخالدية شمال حلب",
     BAT, CLASH, SYR, REB, "Al Khalidiya, Aleppo", "SY", "2015-08-02", "2", "", "",
     SOHR, "reported",
     "clashes on the outskirts of the Khalidiya district, north Aleppo, between the regime forces backed by the National "
     "Defence Forces and the Fatah Halab operations room, with the fighting battalions' shelling of regime positions with "
     "a number of shells (folded: same place and time; the operations room, an umbrella of opposition factions -> Syrian "
     "rebels, alternative its own name; no day of its own, an item of the same after-midnight round-up -> DCT-1 = 2 "
     "August, precision 2; 'Al Khalidiya, Aleppo' as the spent adjudicated alyaum-1689 row; no toll)"),
    # ---- set b (no text filter): no rows ----
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
