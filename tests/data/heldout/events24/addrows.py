"""Bookkeeping helper for the events24 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events22/addrows.py (itself from events20, events18, events16, ...).
Run: python3 /work/fresh/events24/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 24 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events24/sample.py ("This set: events24, seeds 2770 / 2771, drawn at the start of stop 26 (main 861ff0f), 2026-11-27"; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2770).shuffle, walked in order; (b) 10 with no text filter, random.Random(2771).shuffle, >=3 sources (got, by source, a: almadina 3, alriyadh 2, alwatan 2, 3alyoum 1, aawsat 1, aljazirah 1; b: alyaum 3, alweeam 3, alwatan 2, alriyadh 1, okaz 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 25 rows): detection F1 1.000 "
       "before (25/25 matched, no A-only or B-only row), so no row added or removed; 9 field values changed to B's (2 actor1: "
       "alriyadh-605 both Israeli arrest rows 'Police Forces of Israel'; 6 event_date: 3alyoum-44 Saturday-night round-up "
       "(three coalition strike rows, Zinjibar, Hazm al-Udayn, the Hajjah checkpoint attack) 8 August; 1 time_precision: "
       "3alyoum-44 al-Dhale liberation 3); 10 location spellings/forms kept (Ad Dali, Al Makhdarah, New Baghdad, Al Jash, "
       "governorate suffixes of 6 village rows); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
RES = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
POLSA = "Police Forces of Saudi Arabia"
UAG = "Unidentified armed group"
BH = "Boko Haram"
CIVNG = "Civilians (Nigeria)"
CIVIQ = "Civilians (Iraq)"
MFSY = "Military Forces of Syria"
MFTR = "Military Forces of Turkey"
ISIS = "Islamic State"
RIY982 = "SN-alriyadh-20150807-982"
MAD613 = "SN-almadina-20150808-613"
RIY605 = "SN-alriyadh-20150809-605"
AY44 = "SN-3alyoum-20150809-44"
JAZ834 = "SN-aljazirah-20150731-834"
MAD483 = "SN-almadina-20150723-483"
RIY700 = "SN-alriyadh-20150802-700"
OKAZ1951 = "SN-okaz-20150731-1951"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RIY982, "استهدف رجال الأمن", "للعمل الجبان الذي استهدف رجال الأمن في مسجد الطوارئ",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Al Riyadh", "reported",
     "background (the news is the flood of condemning tweets): the 'cowardly act that targeted the security men in the "
     "Emergency [Forces] mosque in Asir region', hashtag #تفجير_طوارئ_عسير; the text gives no day (a reaction report "
     "published while the reactions go on -> DCT, precision 2, as the spent aleqtisadiya-197 row; its real day, 6 August, is "
     "not in this text); only 'تفجير'/'فجّر' -> the generic explosive sub-type; no perpetrator stated by the outlet (a "
     "tweeter's 'الدواعش' is an opinion) -> Unidentified armed group; martyrs and wounded among the security men, no number "
     "-> fatalities empty; region only -> 'Asir' as the spent rows. Not coded: the tweets and condemnations"),
    (MAD613, "للتفجير الإرهابي", "أعرب خلاله عن إدانته للتفجير الإرهابي",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Madina", "reported",
     "background (the news is the condolence calls): the 'heinous crime' in the Emergency Forces mosque in Asir region "
     "'the day before yesterday' (DCT 8 August -> 6 August), which killed 'a number of' security men and civilians "
     "(vague -> fatalities empty); 'التفجير الإرهابي' -> generic explosive sub-type; no perpetrator named. Not coded: the "
     "phone calls of the Bahraini crown prince and the interior ministers of the UAE, Bahrain and Kuwait (diplomatic)"),
    (RIY605, "اعتقلا في الأيام الأخيرة", "اللذين اعتقلا في الأيام الأخيرة",
     SD, "Arrests", "Police Forces of Israel", "Civilians (Israel)", "", "IL", "2015-08-09", "2", "", "",
     "Israeli Defence Ministry spokesman (via AFP)", "reported",
     "the title's news: Israel announced on Sunday (the DCT) that two Jewish extremists, Meir Ettinger and Evyatar Slonim, "
     "'arrested in recent days', were placed in administrative detention for six months without charge by order of the "
     "defence minister, for involvement in a Jewish extremist organisation, after the Duma arson (one row for both: one "
     "announcement, no place; the arrests 'in recent days', the detention order Sunday -> DCT, precision 2; the arresting "
     "force is not named, only the minister's order -> Police Forces of Israel (adjudicated, as B; first Government of "
     "Israel: an Arrests row's actor1 is the arresting force, unnamed forces read as the country's police as the spent "
     "events22 Kuwait arrest row); the "
     "detained are civilians suspected of political violence -> Civilians (Israel), alternative Settlers (Israel); no "
     "place named -> location empty, IL)"),
    (RIY605, "وضع الأسبوع الماضي", "وكان مردخاي ماير (18 عاما) وضع الأسبوع الماضي قيد الاعتقال الإداري",
     SD, "Arrests", "Police Forces of Israel", "Civilians (Israel)", "", "IL", "2015-08-02", "2", "", "",
     "Israeli Defence Ministry spokesman (via AFP)", "reported",
     "background: Mordechai Meyer (18) was placed in administrative detention last week (DCT 9 August - 7 -> 2 August, "
     "precision 2), the first of the three Jewish detainees (same actors as the row above; adjudicated: actor1 Police Forces of Israel, as B, first Government of Israel)"),
    (RIY605, "قتل حرقا", "علي دوابشة (18 شهرا) قتل حرقا في 31 يوليو",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "", "PS", "2015-07-31", "1", "2", "exact",
     "Al Riyadh (AFP)", "reported",
     "background: the Palestinian child Ali Dawabsheh (18 months) was burned to death on 31 July when Jewish extremists "
     "threw a firebomb through the open window of his family's house; his father Saad Dawabsheh died of his wounds on "
     "Saturday (two deaths stated -> 2 exact; 'متطرفون يهود' -> Settlers (Israel) as the spent okaz-2948 Dawabsheh row; the "
     "text names no village -> location empty, PS). Not coded: Kahane's assassination (1990, too old)"),
    (AY44, "غارات جوية", "شنت غارات جوية على مواقع للحوثيين في مأرب وإب",
     ERV, AIR, COAL, HOU, "Al Makhdarah, Marib", "YE", "2015-08-08", "2", "", "",
     "Yemeni security sources", "reported",
     "Yemeni security sources said in the night of Saturday to Sunday (DCT Sunday 9 August; the strikes "
     "on or before the Saturday-night report -> 8 August, precision 2; adjudicated, as B, first DCT 9 August: the "
     "report's stated night anchors the events, not the publication day) that coalition aircraft struck Houthi positions in Marib and Ibb: 3 strikes on "
     "Houthi positions at the al-Makhdarah front north-west of Marib (the lead's 'Marib' strikes folded into this and the "
     "al-Jufaynah row; one location per row); the targets a gathering of vehicles and men of the Houthis and Saleh's "
     "forces -> Houthis"),
    (AY44, "وغارة رابعة", "وغارة رابعة استهدفت مواقع للحوثيين في جبهـة الجفينة",
     ERV, AIR, COAL, HOU, "Al Jufaynah, Marib", "YE", "2015-08-08", "2", "", "",
     "Yemeni security sources", "reported",
     "a fourth coalition strike on Houthi positions at the al-Jufaynah front south-west of Marib (differently named "
     "place -> own row; same Saturday-night report -> 8 August, precision 2; adjudicated, as B, first 9 August)"),
    (AY44, "معسكر الحمزة", "فيما قصفت طائرات التحالف أيضا معسكر الحمزة",
     ERV, AIR, COAL, HOU, "Al Hamza Camp, Ibb", "YE", "2015-08-08", "2", "", "",
     "Yemeni security sources", "reported",
     "coalition aircraft also bombed the al-Hamza camp, loyal to Saleh and the Houthis, in Ibb governorate (the lead's "
     "'Ibb' strikes; Saleh's forces -> Houthis; same Saturday-night report -> 8 August, precision 2; adjudicated, as B, first 9 August)"),
    (AY44, "الدخول إلى مدينة زنجبار", "نجاح القوات الحكومية والمقاومة الشعبية في الدخول إلى مدينة زنجبار",
     BAT, GRT, RES, HOU, "Zinjibar, Abyan", "YE", "2015-08-08", "2", "", "",
     "military sources", "reported",
     "the title's news: military sources confirmed that government forces and the popular resistance entered Zinjibar, "
     "capital of Abyan, through its southern entrance after the rebels fled (pro-Hadi forces -> Yemeni Resistance as the "
     "spent Zinjibar row; the Saturday-night reports -> 8 August, precision 2, adjudicated as B, first DCT 9 August; repeated in the second paragraph, one row)"),
    (AY44, "تحرير القوات الشرعية محافظة الضالع", "في أعقاب تحرير القوات الشرعية محافظة الضالع",
     BAT, GRT, RES, HOU, "Ad Dali", "YE", "2015-08-09", "3", "", "",
     "military sources", "reported",
     "background: the Zinjibar entry came 'in the wake of' the legitimate forces' liberation of al-Dhale governorate after "
     "they took all positions held by the Houthi and Saleh militias; folded: the capture 'after bloody confrontations' of "
     "several government headquarters, which made the rebels flee towards Ibb, adjacent to al-Dhale (no day; 'in the "
     "wake of' orders it before the Zinjibar entry but gives no date -> DCT, precision 3 by the convention's 'otherwise'; "
     "adjudicated: precision 3, as B, first 2)"),
    (AY44, "تسيطر على مديرية حزم العدين", "قبل أن تسيطر على مديرية حزم العدين كاملة",
     BAT, GRT, RES, HOU, "Hazm al-Udayn, Ibb", "YE", "2015-08-08", "2", "", "",
     "military sources", "reported",
     "the loyalist forces then took the whole Hazm al-Udayn district of Ibb after confrontations with the Houthis that "
     "left dead and wounded (vague -> fatalities empty; no own day, in the Saturday-night round-up -> 8 August, precision 2; adjudicated, as B, first DCT 9 August)"),
    (AY44, "هجوم للمقاومة بقذيفة صاروخية", "بعد هجوم للمقاومة بقذيفة صاروخية على نقطة تابعة للحوثيين",
     BAT, CLASH, RES, HOU, "Hajjah", "YE", "2015-08-08", "2", "4", "exact",
     "Ain Alyoum", "reported",
     "meanwhile 4 Houthis were killed and two wounded in a resistance attack with a rocket-propelled shell on a Houthi "
     "checkpoint on the international road between Hodeidah and Haradh in Hajjah governorate (armed group attacking an "
     "armed checkpoint -> Battles/Armed clash, as the spent ambush rows; alternative Shelling/artillery/missile attack; "
     "on a road, no town -> the governorate; no own day, 'meanwhile' in the Saturday-night round-up -> 8 August, precision 2; adjudicated, as B, first DCT 9 August)"),
    (JAZ834, "في بوندارام", "في بوندارام، قتلوا أربعة أشخاص",
     VAC, "Attack", BH, CIVNG, "Bundaram, Borno", "NG", "2015-07-27", "1", "4", "exact",
     "Abubakar Gamandi, head of the Borno fishermen's union (via AFP)", "reported",
     "Boko Haram members attacked three fishing villages on the shore of Lake Chad near Baga on Monday at 16:00 (DCT "
     "Friday 31 July -> 27 July) and killed ten fishermen with knives (to avoid alerting the soldiers in Baga); by village: "
     "Bundaram 4 killed (one location per row: three rows for the ten; alternative one row 'Baga' with 10)"),
    (JAZ834, "في فيشدام", "ثم في فيشدام قتلوا شخصين",
     VAC, "Attack", BH, CIVNG, "Fishdam, Borno", "NG", "2015-07-27", "1", "2", "exact",
     "Abubakar Gamandi, head of the Borno fishermen's union (via AFP)", "reported",
     "same Monday attack: two killed in Fishdam (see the Bundaram row; number word 'شخصين' -> 2)"),
    (JAZ834, "وفي كواتار مالي", "وفي كواتار مالي قتلوا أربعة أشخاص",
     VAC, "Attack", BH, CIVNG, "Kwatar Mali, Borno", "NG", "2015-07-27", "1", "4", "exact",
     "Abubakar Gamandi, head of the Borno fishermen's union (via AFP)", "reported",
     "same Monday attack: four killed in Kwatar Mali (see the Bundaram row)"),
    (JAZ834, "لهجمات كانت الأعنف", "إثر تعرضها لهجمات كانت الأعنف لحركة بوكو حرام",
     VAC, "Attack", BH, CIVNG, "Baga, Borno", "NG", "2015-01-01", "3", "", "",
     "Al Jazirah (AFP)", "reported",
     "background: residents abandoned the fishing villages around Baga in January after Boko Haram's most violent attacks "
     "on them (January -> 1 January 2015, precision 3, within 12 months of the DCT; no toll in the text; attacks on "
     "villages -> civilians). Not coded: the residents' return a month ago under army protection (no event)"),
    # ---- set a, continued ----
    (MAD483, "غارات جوية", "في غارات جوية نفذها الجيش السوري على قرية",
     ERV, AIR, MFSY, "Civilians (Syria)", "Qasr al-Buraij, Aleppo", "SY", "2015-07-22", "1", "12", "at_least",
     "Syrian Observatory for Human Rights", "reported",
     "the title's news: 'yesterday Wednesday' (DCT Thursday 23 July -> 22 July) at least 12 people, among them four "
     "children and a pregnant woman, were killed in Syrian army air strikes (barrel bombs dropped in the morning) on the "
     "ISIS-held village of Qasr al-Buraij, more than 60 km east of Aleppo (victims civilians -> Civilians (Syria))"),
    (MAD483, "حملة قصف كثيفة", "منذ 11 يوليو حملة قصف كثيفة",
     ERV, AIR, MFSY, ISIS, "Aleppo", "SY", "2015-07-11", "3", "", "",
     "Syrian Observatory for Human Rights", "reported",
     "aggregate: since 11 July the Syrian army has waged an intense bombing campaign on the ISIS-held towns and villages "
     "of Aleppo governorate (dated at its start, precision 3, as the spent 'since 26 March' campaign row; 'قصف' by an army "
     "whose raids here are air raids -> Air/drone strike, alternative Shelling/artillery/missile attack)"),
    (MAD483, "تفجير سيارة مفخخة", "وجرح 30 في تفجير سيارة مفخخة في شارع تجاري في منطقة البياع",
     ERV, IED, UAG, CIVIQ, "Al Bayaa, Baghdad", "IQ", "2015-07-22", "1", "16", "at_least",
     "police colonel; Interior Ministry and medical sources", "reported",
     "Wednesday (22 July): at least 16 killed and 30 wounded by a car bomb in a commercial street of al-Bayaa, west "
     "Baghdad (car bomb -> Remote explosive/landmine/IED; Wednesday's attacks unclaimed in the text -> Unidentified armed "
     "group; the '21 killed on Wednesday in attacks on Shia-majority areas' is this row plus the al-Shaab row, not coded "
     "separately)"),
    (MAD483, "هجوم استهدف منطقة الشعب", "قتل خمسة أشخاص وجرح 16 في هجوم استهدف منطقة الشعب",
     ERV, SUI, UAG, "Military Forces of Iraq", "Al Shaab, Baghdad", "IQ", "2015-07-22", "1", "5", "exact",
     "police colonel and Interior Ministry source (medical source differs)", "reported",
     "Wednesday: five killed and 16 wounded in an attack on the Shia-majority al-Shaab area (north-east Baghdad); the "
     "accounts differ: the police colonel and the Interior Ministry source say two suicide bombers in explosive belts hit a "
     "joint army-police checkpoint and the victims were security forces, the medical source a car bomb against civilians "
     "(two of three sources -> Suicide bomb, actor2 the checkpoint's army, alternative Police Forces of Iraq; "
     "alternative reading Remote explosive/landmine/IED vs Civilians (Iraq))"),
    (MAD483, "تفجير سيارة مفخخة", "في تفجير سيارة مفخخة استهدف سوقا تجارية",
     ERV, IED, ISIS, CIVIQ, "New Baghdad, Baghdad", "IQ", "2015-07-21", "1", "19", "at_least",
     "Iraqi security and medical sources", "reported",
     "background: the deadliest of Tuesday's (21 July) two bombings claimed by ISIS hit New Baghdad (east): at least 19 "
     "killed and 43 wounded by a car bomb on a market (the '23 killed in two bombings' is this row plus al-Zafaraniya, not "
     "coded separately; claim stated by the outlet -> Islamic State)"),
    (MAD483, "انفجرت سيارة", "كما انفجرت سيارة في اليوم نفسه في منطقة الزعفرانية",
     ERV, IED, ISIS, CIVIQ, "Al Zafaraniya, Baghdad", "IQ", "2015-07-21", "1", "4", "at_least",
     "Iraqi security and medical sources", "reported",
     "background: the same Tuesday a car exploded in al-Zafaraniya (south Baghdad), at least four killed and ten wounded "
     "(the second of the two bombings claimed by ISIS)"),
    # ---- set b (no text filter) ----
    (RIY700, "خلال اسبوع من الغارات الجوية التركية", "قتلوا ومئات جرحوا خلال اسبوع من الغارات الجوية التركية",
     ERV, AIR, MFTR, "PKK: Kurdistan Workers Party", "", "IQ", "2015-07-26", "3", "260", "about",
     "Anadolu Agency", "claimed",
     "aggregate (the title): Turkey's state news agency Anadolu said about 260 PKK fighters were killed and hundreds wounded "
     "in a week of Turkish air strikes on rebel bases (information that cannot be cross-checked, the outlet says -> "
     "claimed; a week -> DCT 2 August - 7 = 26 July, precision 3; bases not placed, the PKK is said to shelter in the "
     "mountains of northern Iraq -> location empty, IQ as the spent events22 Turkish PKK row). Not coded: Nurettin "
     "Demirtas joining the PKK (no event), the 'collusion' charge"),
    (RIY700, "قصف للطائرات الحربية التركية", "في قصف للطائرات الحربية التركية على مناطق جبل قنديل",
     ERV, AIR, MFTR, CIVIQ, "Zarkali, Erbil", "IQ", "2015-08-01", "1", "8", "exact",
     "eyewitnesses (resident Marwan Mohammed)", "reported",
     "eyewitnesses said 'yesterday' (DCT 2 August -> 1 August; the resident: 'yesterday morning') eight civilians were "
     "killed and seven wounded when Turkish warplanes bombed the Qandil mountain area of northern Iraq; the resident speaks "
     "from the village of Zarkali near the Qandil mountains north of Erbil, the strike hit 'that area' -> 'Zarkali, Erbil' "
     "(alternative 'Qandil Mountains')"),
    (OKAZ1951, "اغتالته", "الذي اغتالته يد الغدر في بلدة «الجش» بالقطيف",
     BAT, CLASH, UAG, POLSA, "Al Jash, Qatif", "SA", "2015-07-31", "3", "1", "exact",
     "Okaz (the martyr's family)", "reported",
     "background (the news is the family's words and the condolences): the security man Sami al-Harbi was 'assassinated "
     "by the hand of treachery' in the town of al-Jash, Qatif, 'in defence of his religion, king and country' (a member of "
     "the security forces killed on duty by unnamed attackers -> Battles/Armed clash vs Police Forces of Saudi Arabia, "
     "alternative Violence against civilians/Attack; no day in the text, not a breaking report -> DCT, precision 3; one "
     "named dead -> 1 exact). Not coded: the burial in Medina, the condolences"),
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
