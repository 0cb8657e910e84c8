"""Bookkeeping helper for annotator B of the events60 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events59/second/make_b.py.
Run: python3 /work/fresh/cur39/events60/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 60 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2900/2901, drawn at the start of stop 39, main 8351216, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2900).shuffle, walked in order; (b) 10 with no text filter: random.Random(2901).shuffle, walked in order, >=3 sources (got, by source, a: aljazirah 2, alweeam 2, alriyadh 1, alyaum 1, aawsat 1, sabq 1, 3alyoum 1, okaz 1; b: alyaum 2, alriyadh 2, alweeam 1, arreyadi 1, aleqtisadiya 1, 3alyoum 1, aawsat 1, sabq 1).
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
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUI = "Suicide bomb"
ATT = "Attack"
PWI = "Protest with intervention"
ARR = "Arrests"
UAG = "Unidentified armed group"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MTR = "Military Forces of Turkey"
MIQ = "Military Forces of Iraq"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
AY1747 = "SN-alyaum-20150722-1747"
WM1738 = "SN-alweeam-20150724-1738"
WM957 = "SN-alweeam-20150804-957"
SB2960 = "SN-sabq-20150721-2960"
AY198 = "SN-3alyoum-20150731-198"
AW187 = "SN-aawsat-20150725-187"
OK1776 = "SN-okaz-20150722-1776"
WM933 = "SN-alweeam-20150809-933"
AY1138 = "SN-alyaum-20150727-1138"
GOV = "Aden governor Nayef al-Bakri (to Sky News Arabia, via Okaz)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AY1747, "هجوم انتحاري نسب الى تنظيم داعش", "غداة هجوم انتحاري نسب الى تنظيم داعش وضرب مدينة سوروتش",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "at_least",
     "Turkish Prime Minister Ahmet Davutoglu; Al Yaum (AFP)", "reported",
     "the occasion of the news (Turkey's promise to strengthen border security): the suicide attack attributed to ISIS "
     "that hit the town of Suruc near the Syrian border, killing 'at least 32' (the PM: the toll rose to 32; a suspect "
     "identified; 'طال النزاع تركيا الاثنين' -> Monday, DCT Wednesday 22 July -> 20 July, precision 1; the later "
     "'اعتداء سوروتش' and 'الهجوم' mentions are the same event -> one row; 'نسب الى تنظيم داعش' and the PM's 'most "
     "probably linked to Daesh' -> Islamic State, as the spent Suruc rows, though 'no party has claimed it', alternative "
     "Unidentified armed group; the victims are not described -> Civilians (Turkey), as the spent rows; the lead's "
     "'على الاقل' -> at_least, alternative exact as the PM's count). Not coded: the promised security measures "
     "(planned, not an event), the pro-Kurdish demonstrations in the south-east caused by Turkey's refusal to intervene "
     "(generic, no date or place), the intelligence warnings of attacks on 22 June and 3 July (warnings), the cargo "
     "ship that ran aground on the Bosphorus (accident)"),
    (AY1747, "واعتقلت 97 شخصا", "وأنقرة وشانلي أورفا وإزمير، واعتقلت 97 شخصا",
     SD, ARR, "Police Forces of Turkey", IS, "", "TR", "2015-07-22", "3", "", "",
     "Hurriyet (via Al Yaum)", "reported",
     "aggregate: after the intelligence warning, the security forces began operations against ISIS militants in several "
     "cities including Istanbul, Ankara, Sanliurfa and Izmir and arrested 97 people, but failed to reach a number of "
     "suspects (several cities -> location empty; no date, after warnings about 22 June and 3 July -> DCT, precision 3; "
     "the earlier 'in recent weeks the Turkish police launched a series of operations' against ISIS recruitment "
     "networks is read as the same campaign -> folded; 'قوات الأمن' in Turkey -> Police Forces of Turkey, as the spent "
     "Turkish arrest rows; the targets are ISIS militants -> Islamic State)"),
    (WM1738, "معسكر الصباحة", "حوالي ست غارات استهدفت معسكر الصباحة غرب العاصمة",
     ERV, AIR, SLC, HOU, "As Sabaha Camp, Sanaa", "YE", "2015-07-23", "2", "", "",
     "local sources (via Al Weeam)", "reported",
     "the title's news: the coalition aircraft 'ليلة امس' (DCT Friday 24 July -> the night of Thursday 23 July, "
     "precision 2 as the spent night rows) bombed positions of the Houthis and Saleh's forces in Sanaa; local sources: "
     "about six raids targeted the al-Sabaha camp west of the capital, with violent explosions and columns of smoke (the "
     "title's and lead's 'Sanaa' are this raid -> one row; Houthis and Saleh forces -> Houthis; 'As Sabaha' as the spent "
     "okaz-1982 spelling). Not coded: the Houthis' anti-aircraft fire at the coalition aircraft flying over the capital "
     "(no target hit, folded)"),
    (WM1738, "جبهة الجفينة", "اربع غارات استهدفت في جبهة الجفينة جنوب غرب مأرب",
     ERV, AIR, SLC, HOU, "Al Jufaynah, Marib", "YE", "2015-07-23", "2", "", "",
     "Al Weeam", "reported",
     "the same night (23 July, precision 2): the coalition fighters launched four raids on the al-Jufaynah front "
     "south-west of Marib (the title's and lead's 'the city of Marib' are these raids -> one row; 'Al Jufaynah, "
     "Marib' as the spent rows)"),
    (WM1738, "كمين نصبته المقاومة الشعبية", "بمقتل ثمانية مسلحين حوثيين في كمين نصبته المقاومة الشعبية بمدينة رداع",
     BAT, CLASH, YR, HOU, "Jabal al-Thaalib, Rada", "YE", "2015-07-24", "2", "8", "exact",
     "local Yemeni sources (via Al Weeam)", "reported",
     "local sources, 'early on Friday morning' (the report's time): eight Houthi gunmen killed in an ambush the popular "
     "resistance set in the town of Rada'a, al-Bayda governorate; the ambush targeted a Houthi military patrol on Jabal "
     "al-Thaalib in Qayfa Rada'a (the two sentences are one event -> one row; ambush on a patrol -> Armed clash; the "
     "ambush's own day is not given, only the report's -> DCT 24 July, precision 2; the mountain is the most specific "
     "place -> 'Jabal al-Thaalib, Rada', alternative 'Rada, Al Bayda'; 'ثمانية' / '8' -> 8 exact)"),
    (WM957, "تفجير إرهابي خلال صلاة الجمعة", "إلى تفجير إرهابي خلال صلاة الجمعة في شهر رمضان المبارك في 26 يونيو الماضي",
     ERV, SUI, UAG, "Civilians (Kuwait)", "Al Sawaber, Kuwait City", "KW", "2015-06-26", "1", "26", "exact",
     "Al Weeam", "reported",
     "background (the news is the start of the trial of the 29 accused, legal): the Imam al-Sadiq mosque in the "
     "al-Sawaber area of Kuwait City was hit by a terrorist bombing during Friday prayer on 26 June, killing 26 and "
     "wounding 227 (within 12 months of DCT 4 August; 'the suicide bomber who blew himself up inside the mosque' -> "
     "Suicide bomb; the title's and later mentions are the same event -> one row; no group named in this text -> "
     "Unidentified armed group, as the spent alyaum-983 row of a near-identical text; worshippers -> Civilians (Kuwait); "
     "'منطقة الصوابر بالكويت العاصمة' -> 'Al Sawaber, Kuwait City'; 26 exact)"),
    (WM957, "ألقت القبض على السائق", "وعقب وقوع التفجير الإرهابي في مسجد الإمام الصادق ألقت القبض على السائق",
     SD, ARR, "Police Forces of Kuwait", UAG, "Ar Riqqa", "KW", "2015-06-26", "2", "", "",
     "Al Weeam", "reported",
     "background: after the bombing the security services arrested the driver who took the suicide bomber to the "
     "mosque, a resident without legal status found hiding in a house in the al-Riqqa area, then the vehicle's owner "
     "and the other partners and accomplices (one row for the chain of arrests, as the spent alyaum-983 row; 'الأجهزة "
     "الامنية' in Kuwait -> Police Forces of Kuwait; bombing-cell suspects, no group named -> Unidentified armed group; "
     "the one place named -> 'Ar Riqqa'; 'عقب وقوع التفجير', no day -> 26 June, precision 2). Not coded: the trial "
     "session, the 14 July indictment, the remand orders (legal), the two fugitive accused 'caught in Saudi Arabia' "
     "(detention status, no date)"),
    (SB2960, "ألقت القبض مساء الاثنين", "نقطة تفتيش تابعة للمقاومة الشعبية في تعز ألقت القبض مساء الاثنين على قيادي حوثي",
     SD, ARR, YR, HOU, "Zayed Park, Taiz", "YE", "2015-07-20", "1", "", "",
     "Sky News Arabia (via Sabq); Yemeni news sites", "reported",
     "the title's news: a checkpoint of the popular resistance in Taiz arrested 'on Monday evening' (DCT Tuesday 21 July "
     "-> 20 July, precision 1) a Houthi leader disguised as a bride, who tried to flee Taiz, in an area near Sheikh "
     "Zayed Park (capture of an enemy fighter by the resistance -> Strategic developments/Arrests, as the spent "
     "aawsat-91 resistance arrest row; alternative Abduction/forced disappearance; 'near Sheikh Zayed park' -> 'Zayed "
     "Park, Taiz' as the spent Taiz row; the outlet relays 'news reports' via Sky News Arabia -> reported, alternative "
     "claimed). Not coded: the generic reports of Houthis captured disguised as women and fleeing the battlefield (no "
     "place, date or number), the social-media reactions"),
    (AY198, "سلسلة غارات جديدة ضد مواقع الحزب", "حيث شنت القوات الجوية التركية سلسلة غارات جديدة ضد مواقع الحزب المحظور",
     ERV, AIR, MTR, PKK, "", "IQ", "2015-07-31", "2", "", "",
     "Ain Alyoum (AFP)", "reported",
     "after first targeting ISIS, the Turkish military campaign now focuses on the PKK, the Turkish air force having "
     "launched a new series of raids on the banned party's positions (ongoing, no day -> DCT Friday 31 July, precision "
     "2; the text names no place or country: the PKK rear bases hit in this campaign are in northern Iraq -> IQ, "
     "location empty, alternative TR; Erdogan's 'the military operations his country launched in the last few days' "
     "folded into this row and the ISIS row). Not coded: Erdogan's denial in Jakarta of helping ISIS (a statement, "
     "not about an armed operation), the Incirlik agreement with the US (no event in scope), the Syrian foreign "
     "ministry's doubts"),
    (AY198, "عمليات عسكرية ضد تنظيم الدولة الاسلامية", "وبدأت تركيا الاسبوع الماضي عمليات عسكرية ضد تنظيم الدولة الاسلامية",
     ERV, AIR, MTR, IS, "", "SY", "2015-07-24", "2", "", "",
     "Ain Alyoum (AFP)", "reported",
     "background: 'last week' (DCT Friday 31 July -> 24 July, precision 2) Turkey began military operations against "
     "ISIS, after a devastating suicide bombing on its soil (the operations are the 'air strikes against the jihadists' "
     "of the HDP's accusation -> Air/drone strike; ISIS in Syria, no place named -> SY, location empty, as the spent "
     "rows of Turkey's first raids on 24 July; alternative Battles or no row as a generic start of operations)"),
    (AY198, "تفجير انتحاري مدمر داخل اراضيها", "في اعقاب تفجير انتحاري مدمر داخل اراضيها",
     ERV, SUI, UAG, "Civilians (Turkey)", "", "TR", "2015-07-31", "3", "", "",
     "Ain Alyoum (AFP)", "reported",
     "background, borderline: Turkey began its operations 'following a devastating suicide bombing on its territory' "
     "(the Suruc bombing, but the text names neither the place, the date nor the perpetrator -> Unidentified armed "
     "group, location empty, DCT, precision 3; alternative Islamic State/Suruc/20 July as the spent rows, or no row as "
     "a passing mention)"),
    (AW187, "جرت معارك طاحنة بين الفصيلين", "وفي الأسابيع الماضية، جرت معارك طاحنة بين الفصيلين",
     BAT, CLASH, "Taliban", IS, "", "AF", "2015-07-25", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: 'in the past weeks' fierce battles took place between the two factions, the Taliban and ISIS, whose "
     "militants are spread in eastern Afghanistan on the border with Pakistan (several battles, no day or place -> one "
     "row, DCT, precision 3; 'شرق أفغانستان' only -> location empty, AF). Not coded: the planned second round of "
     "Afghan government-Taliban talks in Urumqi (talks), the first round in Islamabad, Mullah Omar's message, ISIS's "
     "'fatwa', the Taliban's increased attacks 'in recent months' (generic)"),
    (AW187, "بضربات لطائرات من دون طيار", "بضربات لطائرات من دون طيار في هذه المنطقة",
     ERV, AIR, UAG, IS, "", "AF", "2015-07-25", "3", "2", "at_least",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: in the past weeks ISIS cadres were killed by drone strikes in this area (eastern Afghanistan on the "
     "Pakistan border), among them the leader of its Pakistan-Afghanistan branch Hafiz Saeed Khan and an early "
     "activist, Shahidullah Shahid (plural strikes, no day -> one row, DCT, precision 3; the drones' operator is not "
     "named -> Unidentified armed group, alternative Military Forces of the United States; two named dead among "
     "'cadres' -> 2 at_least; no place -> location empty, AF)"),
    (OK1776, "أصبحت تحت سيطرة المقاومة الشعبية", "أن كل مديريات عدن أصبحت تحت سيطرة المقاومة الشعبية في المدينة",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-22", "3", "", "",
     GOV, "claimed",
     "background: the Aden governor: all districts of Aden are now under the control of the popular resistance (the "
     "recapture of the city, no day -> DCT, precision 3, as the spent undated Aden rows; the governor's assertion only "
     "-> claimed, alternative reported). The clearing of the last pockets has its own rows"),
    (OK1776, "جعولة", "آخر جيوب المتمردين الحوثيين وقوات الرئيس السابق علي عبد الله صالح في جعولة وبئر أحمد",
     BAT, CLASH, YR, HOU, "Jaawla, Aden", "YE", "2015-07-22", "2", "", "",
     GOV, "claimed",
     "the governor: the resistance fighters are combing and eliminating the last pockets of the Houthi rebels and "
     "Saleh's forces in Ja'wala and Bir Ahmad (ongoing, no day -> DCT, precision 2; an ongoing operation against a "
     "named enemy in named places -> Armed clash, as the spent 'clearing pockets' rows; one location per row -> Bir "
     "Ahmad its own row; Houthis and Saleh forces -> Houthis; the governor's words only -> claimed)"),
    (OK1776, "وبئر أحمد", "في جعولة وبئر أحمد",
     BAT, CLASH, YR, HOU, "Bir Ahmad, Aden", "YE", "2015-07-22", "2", "", "",
     GOV, "claimed",
     "the same clearing operation, second named place: Bir Ahmad (own row; see the Ja'wala row)"),
    (OK1776, "قصف ميناء الزيت في البريقة", "بالإضافة إلى قصف ميناء الزيت في البريقة والسيطرة على ميناء المعلا",
     ERV, SHELL, HOU, "", "Oil Port, Al Buraiqa", "YE", "2015-07-22", "3", "", "",
     GOV, "claimed",
     "background, borderline: the governor: the basic services of Aden were deliberately destroyed by the Houthis, in "
     "addition to the shelling of the oil port in al-Buraiqa (no day -> DCT, precision 3; no victims -> actor2 empty; "
     "alternative no row, as part of the governor's damage list). Not coded: the Houthis' 'control of al-Mualla port' "
     "(a state of control, no fighting or date given; alternative a Non-state actor overtakes territory row), the "
     "siege and shelling of the city (generic), the arrival of the aid ship and the UN convoys (aid)"),
    (OK1776, "المجزرة التي تعرضت لها مديرية دار سعد", "وحول المجزرة التي تعرضت لها مديرية دار سعد",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-22", "3", "45", "at_least",
     GOV, "reported",
     "background: the massacre suffered by the Dar Saad district, a crime by the Houthi militias, according to the "
     "governor, that killed at least 45 (the massacre is stated by the outlet; the text gives neither the means nor the "
     "day: the city's 'shelling by the Houthi militias' of the previous paragraph and the spent Dar Saad rows (rocket "
     "shelling of 19 July) -> Shelling, alternative Violence against civilians/Attack; no day -> DCT, precision 3; "
     "'Dar Saad, Aden'; 45 at_least)"),
    (OK1776, "الذي يشهد قتالا عنيفا", "لكن المطار -الذي يشهد قتالا عنيفا- مغلق",
     BAT, CLASH, YR, HOU, "Aden Airport, Aden", "YE", "2015-07-22", "2", "", "",
     "World Food Programme (via Okaz)", "reported",
     "borderline: in the WFP paragraph on the aid convoys, 'the airport, which is witnessing violent fighting, is "
     "closed' (present tense, no day -> DCT, precision 2; the sides are not named -> the Aden sides, Yemeni "
     "Resistance vs Houthis; the governor's statement that the airport will reopen within two days suggests stale wire "
     "text -> alternative no row)"),
    # ---- set b (no text filter) ----
    (WM933, "حادث التفجير الإرهابي", "حادث التفجير الإرهابي الذي استهدف مسجداً لقوات الطوارئ الخاصة في منطقة عسير",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Saudi Minister of Interior (via Al Weeam)", "reported",
     "background (the news is Crown Prince Mohammed bin Nayef's meeting with the security chiefs in Jeddah): the "
     "terrorist bombing that targeted a mosque of the Special Emergency Forces in the Asir region 'last Thursday' (DCT "
     "Sunday 9 August -> 6 August, precision 1), killing 15 and wounding 33 security men ('التفجير' only, no suicide "
     "stated -> Remote explosive/landmine/IED, as the spent Asir rows; no perpetrator named -> Unidentified armed "
     "group; Emergency Forces -> Police Forces of Saudi Arabia; 15 exact). Not coded: the meeting, the call to raise "
     "alertness, the Umrah and Hajj security plans"),
    (AY1138, "تحرير عدن من ميليشيات الحوثي", "ساهموا مع رجال المقاومة الشعبية في تحرير عدن من ميليشيات الحوثي",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-27", "3", "", "",
     "Al Yaum; Yemeni politicians (to Al Yaum)", "reported",
     "background (the news is Saudi aid planes landing at Aden airport and the soldiers' gifts to children): the Saudi "
     "armed forces helped the popular resistance liberate Aden from the Houthi and Saleh militias, which fled to the sea "
     "towards Djibouti; the analyst: the resistance backed by Saudi elite forces liberated most of Aden in less than 24 "
     "hours (all mentions of the liberation -> one row; no day -> DCT, precision 3, as the spent undated Aden rows; "
     "actor1 Yemeni Resistance, the Saudi elite forces' part in the note, alternative Saudi-led coalition). Not coded: "
     "the crowds celebrating the victory in Aden's squares with fireworks and pictures of King Salman (a celebration, "
     "alternative Protests/Peaceful protest), the aid flights (aid), the expected building of a national army"),
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
