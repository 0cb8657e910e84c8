"""Bookkeeping helper for the events12 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header lines are those of ../events8/addrows.py (adapted: seed, annotator, set).
Run: python3 tests/data/heldout/events12/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 12 (Arabic news), 20 articles. Single annotator, training set of stop 20. Annotator: helper session (annotator T12), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. From /work/shared/datasets/ant_multisource/articles.jsonl.gz (ANT; cat in {internationalNews, middleEast}, 120-800 words, id not in /work/notes/used_ids.txt and not a bundled-corpus article): 20 whose text matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2684).shuffle of line indices, walked in order (PARTS = [("a", 2684, True, 20)]); got, by id prefix, BB 5, FR 5, SK 10.
# Single-annotated (no second annotation, no adjudication). Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. addrows.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
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

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
PR = "Protests"
BT = "Battles"
PKK = "PKK: Kurdistan Workers' Party"
TUR = "Military Forces of Turkey"
SYR = "Military Forces of Syria"
REB = "Syrian rebels"
ISR = "Military Forces of Israel"
PPS = "Protesters (Palestine)"
PIN = "Protesters (India)"
JKW = "Jaish Khalid bin al-Walid"
SLC = "Saudi-led coalition"
YR = "Yemeni Resistance"
HOU = "Houthis"
SK507 = "SK-middleEast-507-20180323"
SK3408 = "SK-internationalNews-3408-20181010"
SK3465 = "SK-internationalNews-3465-20181013"
BB336 = "BB-internationalNews-336-20180415"
BB723 = "BB-middleEast-723-20180712"
FR194 = "FR-middleEast-194-20180405"
FR278 = "FR-internationalNews-278-20180306"
FR1821 = "FR-internationalNews-1821-20180615"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- SK-507: PKK leaves Sinjar ----
    (SK507, "ينسحبون", "مسلحو حزب العمال الكردستاني ينسحبون من سنجار",
     SD, "Change to group/activity", PKK, "", "Sinjar", "IQ", "2018-03-23", "2", "", "",
     "Kurdistan Communities Union (KCK) statement (via Firat News Agency, Reuters)", "reported",
     "PKK fighters are withdrawing from Sinjar after Turkey threatened military action there (the title states it as "
     "fact; the KCK statement says they came to save the Yazidis and now leave); no one is said to take over, so "
     "Change to group/activity rather than Non-violent transfer of territory; present tense, no day -> DCT, precision 2. "
     "Not coded: the PKK's move to Sinjar in 2015 (too old)"),
    (SK507, "الهجمات", "وشنت تركيا عددا من الهجمات ضد معسكرات",
     ERV, "Air/drone strike", TUR, PKK, "Northern Iraq", "IQ", "2018-03-16", "2", "", "",
     "Sky News Arabia", "reported",
     "background aggregate: Turkey carried out a number of attacks on camps suspected of belonging to the PKK in "
     "northern Iraq during the past week (kind of attack not stated; Turkish attacks on PKK camps there are air raids, "
     "hence Air/drone strike; 'last week' -> DCT-7, precision 2; only a region is named)"),
    (SK507, "بعمل عسكري", "بعد أن هددت تركيا بعمل عسكري هناك",
     BT, "Armed clash", TUR, PKK, "Sinjar", "IQ", "2018-03-23", "3", "", "",
     "Kurdistan Communities Union (KCK) statement; Turkish prime minister", "planned",
     "background: Turkey's threatened military action in Sinjar against the PKK (the prime minister 'recently threatened "
     "military strikes' against the group); coded planned as events8's SK-472 (Erdogan's hinted Sinjar operation); "
     "no date -> DCT, precision 3"),
    # ---- SK-3408: Iranian diplomat charged in Belgium ----
    (SK3408, "واعتقلت الشرطة البلجيكية", "واعتقلت الشرطة البلجيكية اثنين منهم في يونيو",
     SD, "Arrests", "Police Forces of Belgium", "Civilians (Belgium)", "", "BE", "2018-06-01", "3", "", "",
     "Belgian prosecutor", "reported",
     "background: Belgian police arrested two of the suspects in June carrying 500 g of home-made explosive and a "
     "detonator (plot to bomb a meeting of the exiled Iranian opposition NCRI in France; political motive -> coded; "
     "the seizure is folded here rather than a Disrupted weapons use row); place in Belgium not named. Not coded: "
     "Wednesday's charges and Tuesday's transfer of the diplomat from Germany (legal)"),
    (SK3408, "واعتقل في ألمانيا", "يعمل في السفارة الإيرانية في فيينا واعتقل في ألمانيا",
     SD, "Arrests", "Police Forces of Germany", "Government of Iran", "", "DE", "2018-06-01", "3", "", "",
     "Belgian prosecutor", "reported",
     "background: the Iranian diplomat (Assadollah, of the Iranian embassy in Vienna) was arrested in Germany on "
     "suspicion of planning the attack on the NCRI (month not stated for the arrest; the plot is dated June -> 1 June, "
     "precision 3); actor2 Government of Iran because he is a serving diplomat (the text does not say Iran ordered it)"),
    (SK3408, "واعتقل المشتبه به الرابع", "واعتقل المشتبه به الرابع في فرنسا",
     SD, "Arrests", "Police Forces of France", "Civilians (France)", "", "FR", "2018-06-01", "3", "", "",
     "Belgian prosecutor", "reported",
     "background: the fourth suspect in the plot was arrested in France and deported to Belgium (no date; dated with "
     "the June plot, precision 3)"),
    # ---- SK-3377: Sadr City IED ----
    ("SK-middleEast-3377-20180814", "انفجار عبوة ناسفة", "قتل 3 أشخاص على الأقل بانفجار عبوة ناسفة",
     ERV, "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians (Iraq)",
     "Sadr City, Baghdad", "IQ", "2018-08-14", "1", "3", "at_least", "Baghdad Operations Command (statement)",
     "reported",
     "Tuesday: an explosive device blew up at a stall in the crowded Mraidi market, Sadr City (east Baghdad): at least 3 "
     "killed (a woman and a child among them), 4 wounded; no claim of responsibility. Not coded: the earlier "
     "campaigns to seize unlicensed weapons in the market (undated, generic)"),
    # ---- SK-3465: Berlin march against racism ----
    (SK3465, "احتجاجات", "احتجاجات عارمة في شوارع برلين",
     PR, "Peaceful protest", "Protesters (Germany)", "", "Berlin", "DE", "2018-10-13", "1", "", "",
     "Unteilbar ('We are all one') alliance; Berlin police", "reported",
     "Saturday: tens of thousands (organisers: about 242,000) marched in central Berlin to the Brandenburg Gate against "
     "rising racism; about 900 police accompanied it, no incident -> actor2 empty"),
    (SK3465, "ملاحقات", "تحولت تظاهرة لليمين المتطرف في أواخر شهر آب/اغسطس الماضي الى ملاحقات استهدفت الأجانب",
     "Riots", "Mob violence", "Rioters (Germany)", "Civilians (Germany)", "Chemnitz", "DE", "2018-08-01", "3", "", "",
     "Sky News Arabia", "reported",
     "background: in late August a far-right demonstration in Chemnitz turned into hunts of foreigners in the streets "
     "(month known -> 1 August, precision 3; some gave the Nazi salute). Not coded: the killing of a German attributed "
     "to a refugee (crime, no political motive stated)"),
    # ---- BB-123: Iranian women detained at Azadi stadium ----
    ("BB-middleEast-123-20180302", "اعتقلت", "اعتقلت السلطات الإيرانية 35 امرأة",
     SD, "Arrests", "Police Forces of Iran", "Civilians (Iran)", "Azadi Stadium, Tehran", "IR", "2018-03-01", "1", "",
     "", "BBC Arabic", "reported",
     "Thursday: 35 women who tried to attend the Esteghlal-Persepolis match were detained (the authorities said "
     "temporarily, until the end of the match; the interior ministry says they were not arrested but moved by the "
     "police to 'a suitable place'; earlier reports of two women arrested are the same event). Not coded: the online "
     "calls for women's protests outside the stadium (not said to have happened), the cut live broadcast"),
    # ---- BB-532: Wael Abbas ----
    ("BB-middleEast-532-20180523", "اقتادته", "أكدوا أن قوات الأمن اقتادته إلى جهة مجهولة فجر الأربعاء",
     SD, "Arrests", "Police Forces of Egypt", "Civilians (Egypt)", "", "EG", "2018-05-23", "1", "", "",
     "activists close to him; a human rights lawyer (BBC Arabic)", "reported",
     "blogger and political activist Wael Abbas taken by security forces to an unknown place at dawn Wednesday after "
     "posting 'I am being arrested' (the same arrest is in a spent set from France 24: Police Forces of Egypt / "
     "Civilians (Egypt), place not named). Not coded: related-link headlines (Haitham Mohamedein, a satirical "
     "blogger), the hacking of his accounts"),
    # ---- BB-336: India rape cases ----
    (BB336, "احتجاجات كبيرة", "وفجرت الحادث احتجاجات كبيرة في الهند",
     PR, "Peaceful protest", PIN, "", "", "IN", "2018-04-15", "2", "", "", "BBC Arabic", "reported",
     "aggregate: large protests across India over the Unnao rape case (BJP MLA Kuldeep Singh Sengar) and the Kathua rape "
     "and murder of 8-year-old Asifa Bano, 'the largest since the 2012 Delhi case'; no place or day -> location empty, "
     "DCT precision 2. Not coded: the arrests of Shashi Singh and of eight Hindu men, the MLA's detention (criminal "
     "case), the January discovery of the body (crime)"),
    (BB336, "احتجت", "عندما احتجت جماعات هندوسية يمينية متطرفة",
     PR, "Peaceful protest", PIN, "", "Kathua", "IN", "2018-04-15", "2", "", "", "BBC Arabic", "reported",
     "this week: far-right Hindu groups protested against the arrest of eight Hindu men charged in the Kathua case "
     "(place implied by the case, not stated); the rally in support of the accused attended by a BJP minister is "
     "folded here; 'this week' -> DCT, precision 2"),
    (BB336, "إحراق نفسها", "بعد محاولة الفتاة إحراق نفسها خارج مقر إقامة حاكم الولاية",
     PR, "Peaceful protest", PIN, "", "Uttar Pradesh", "IN", "2018-04-15", "3", "", "", "BBC Arabic", "reported",
     "background: the victim tried to set herself on fire outside the state chief minister's residence in protest at "
     "the neglect of her case (self-immolation attempt as a protest act; city not named -> the state; no date -> DCT, "
     "precision 3); actor Protesters (India) (a lone protester)"),
    # ---- BB-723: Hit (Daraa) taken by an IS affiliate ----
    (BB723, "سيطر مسلحو", "سيطر مسلحو جيش خالد بن الوليد على حيط",
     BT, "Non-state actor overtakes territory", JKW, REB, "Hit, Daraa", "SY", "2018-07-11", "1", "28", "exact",
     "Syrian Observatory for Human Rights (Rami Abdulrahman)", "reported",
     "the IS-affiliated Jaish Khalid bin al-Walid attacked on the night of Wednesday/Thursday and, after heavy fighting "
     "that broke out on Wednesday, took the rebel-held town of Hit near the Jordanian border (title); 16 rebels and 12 "
     "jihadists (incl. two suicide attackers) killed. Not coded: the group holding about 30,000 civilians as human "
     "shields (ongoing, generic)"),
    (BB723, "الضربات الجوية الروسية", "على الرغم من الضربات الجوية الروسية والحكومية السورية ضدهم",
     ERV, "Air/drone strike", "Military Forces of Russia", JKW, "Hit, Daraa", "SY", "2018-07-11", "2", "", "",
     "Syrian Observatory for Human Rights (Rami Abdulrahman)", "reported",
     "Russian air strikes against the Jaish Khalid bin al-Walid fighters during the battle for Hit (a different dyad "
     "from the battle row, so its own row; the Syrian government's strikes are the next row); day of the battle -> "
     "precision 2"),
    (BB723, "والحكومية السورية", "الضربات الجوية الروسية والحكومية السورية ضدهم",
     ERV, "Air/drone strike", SYR, JKW, "Hit, Daraa", "SY", "2018-07-11", "2", "", "",
     "Syrian Observatory for Human Rights (Rami Abdulrahman)", "reported",
     "Syrian government air strikes against the Jaish Khalid bin al-Walid fighters during the battle for Hit (see the "
     "Russian row)"),
    (BB723, "توقيع اتفاق هدنة", "في أعقاب توقيع اتفاق هدنة بين فصائل المعارضة والقوات الحكومية",
     SD, "Agreement", REB, SYR, "Daraa", "SY", "2018-07-06", "1", "", "", "BBC Arabic", "reported",
     "background: Friday's truce agreement between the opposition factions and the Russian-backed government forces "
     "in Daraa province, ending the three-week offensive (the factions had agreed to hand Hit to the government; "
     "Jaish Khalid bin al-Walid not included)"),
    (BB723, "ضغطا عسكريا", "تواصل الحكومة السورية ضغطا عسكريا مصحوبا بجهود تفاوضية",
     BT, "Government regains territory", SYR, REB, "Daraa", "SY", "2018-07-12", "3", "", "",
     "Syrian Observatory for Human Rights", "reported",
     "aggregate: since 19 June the government's military pressure to retake Daraa province from the rebels; it now "
     "holds more than 80% of the province (SOHR), parts of the western countryside still with the opposition. Not "
     "coded: the recapture of 60% of Syria since 2015 and the war toll since 2011 (too old / too general)"),
    # ---- FR-194: Gaza, Lieberman's warning before Friday ----
    (FR194, "توعد", "توعد وزير الدفاع الإسرائيلي أفيغدور ليبرمان الخميس، برد قاس",
     "Statement", "", "Government of Israel", PPS, "", "IL", "2018-04-05", "1", "", "",
     "Avigdor Lieberman (Israeli public radio)", "reported",
     "Thursday: defence minister Lieberman warns of 'the harshest reaction' to 'provocations' at Friday's new Gaza "
     "protests, rules of engagement unchanged (the article's news: the title). Not coded: B'Tselem's campaign asking "
     "soldiers not to shoot and Erdan's request to the attorney general (advocacy/legal), UN/EU calls for an inquiry"),
    (FR194, "مظاهرات جديدة غدا الجمعة", "ويعتزم الفلسطينيون تنظيم مظاهرات جديدة غدا الجمعة",
     PR, "Peaceful protest", PPS, "", "Gaza Strip", "PS", "2018-04-06", "1", "", "",
     "France 24; March of Return coordination committee", "planned",
     "planned: new demonstrations on Friday at five points along the Gaza-Israel border (organisers plan to keep "
     "protesters away from the fence and move the tents back)"),
    (FR194, "قتل فيه الجيش الإسرائيلي 20", "بعد أسبوع دموي قتل فيه الجيش الإسرائيلي 20 فلسطينيا",
     PR, "Excessive force against protesters", PPS, ISR, "Gaza Strip", "PS", "2018-04-05", "3", "20", "exact",
     "France 24", "reported",
     "aggregate: a bloody week in which the Israeli army killed 20 Palestinians, two of them on Thursday (the "
     "Thursday deaths' circumstances are not described: folded here)"),
    (FR194, "أطلقوا النار الجمعة الماضي", "عندما أطلقوا النار الجمعة الماضي على فلسطينيين",
     PR, "Excessive force against protesters", PPS, ISR, "Gaza Strip", "PS", "2018-03-30", "1", "", "",
     "France 24", "reported",
     "background: last Friday Israeli soldiers fired live ammunition at Palestinians who left a main protest of tens "
     "of thousands and approached the fence (the army says they threw stones, Molotov cocktails and burning tyres); "
     "its toll is not given apart from the week's aggregate"),
    # ---- FR-278: press review (Eastern Ghouta) ----
    (FR278, "بسبب القصف", "لكنها غادرت حتى قبل إتمام إفراغ حمولتها بسبب القصف",
     ERV, "Shelling/artillery/missile attack", SYR, "", "Eastern Ghouta", "SY", "2018-03-06", "2", "", "",
     "France 24 (press review)", "reported",
     "background: an aid convoy entered Eastern Ghouta but left before it finished unloading because of the "
     "bombardment (perpetrator implied by the context of the army's advance; target not stated -> actor2 empty; kind "
     "not stated -> Shelling; no day -> DCT, precision 2). Not coded: UNSC resolution 2401 and the truce dispute "
     "(diplomatic), the Italian elections, the past recapture of Aleppo (old)"),
    (FR278, "تقدما سريعا", "في وقت حقق فيه الجيش تقدما سريعا وغير متوقع",
     BT, "Government regains territory", SYR, REB, "Eastern Ghouta", "SY", "2018-03-06", "2", "", "",
     "Al-Arab newspaper (observers), via France 24 press review", "reported",
     "background: the Syrian army's rapid, unexpected advance in Eastern Ghouta (opponent implied: the rebels "
     "holding Ghouta; ongoing -> DCT, precision 2)"),
    # ---- FR-1821: Hodeidah offensive ----
    (FR1821, "قصف التحالف", "قصف التحالف الذي تقوده السعودية مواقع للحوثيين في الحديدة",
     ERV, "Air/drone strike", SLC, HOU, "Al Hudaydah", "YE", "2018-06-14", "1", "", "",
     "France 24 (Reuters; residents)", "reported",
     "Thursday: coalition aircraft and warships bombarded Houthi positions in Hodeidah to take the port (title); the "
     "Apache helicopters striking the coastal area near the airport are folded here. Not coded: residents fleeing, "
     "Hadi's arrival in Aden and his 'imminent victory' remark, the UNSC call to keep the port open"),
    (FR1821, "معارك عنيفة", "شهد محيط مطار المدينة معارك عنيفة بين القوات الحكومية المدعومة إماراتيا والمتمردين",
     BT, "Armed clash", YR, HOU, "Hodeidah Airport, Al Hudaydah", "YE", "2018-06-14", "1", "39", "exact",
     "France 24", "reported",
     "heavy fighting around Hodeidah airport between the UAE-backed government forces and the Houthis on the second "
     "day of the offensive: 39 fighters killed (30 Houthis, 9 government); the offensive's start on Wednesday and the "
     "title's 'fierce battles around the airport' are folded (as a spent set's FR-1846 row); pro-government forces named "
     "Yemeni Resistance as in the spent sets"),
    (FR1821, "سيطرت على منطقة الدريهمي", "القوات اليمنية المدعومة من التحالف سيطرت على منطقة الدريهمي",
     BT, "Government regains territory", YR, HOU, "Ad Durayhimi", "YE", "2018-06-15", "2", "", "",
     "an armed group (statement)", "claimed",
     "coalition-backed Yemeni forces took the Durayhimi area in the south of Hodeidah governorate (only in an armed "
     "group's statement -> claimed; no day -> DCT, precision 2)"),
    (FR1821, "ضرب أيضا الطريق الرئيسي", "إن التحالف العربي ضرب أيضا الطريق الرئيسي الذي يربط الحديدة بالعاصمة صنعاء",
     ERV, "Air/drone strike", SLC, HOU, "Hodeidah-Sanaa road", "YE", "2018-06-14", "2", "", "",
     "residents and Yemeni army officials", "reported",
     "the coalition also struck the main road linking Hodeidah to Sanaa to stop Houthi reinforcements (a different "
     "target from the city strikes -> own row; day not stated, context Thursday -> precision 2)"),
    (FR1821, "حث", "من جهته حث زعيم الحوثيين عبد الملك الحوثي مقاتليه",
     "Statement", "", HOU, YR, "", "YE", "2018-06-15", "2", "", "", "Abdul-Malik al-Houthi (al-Masirah TV)",
     "reported",
     "Houthi leader Abdul-Malik al-Houthi urges his fighters to go to Hodeidah to defend it against the UAE-backed "
     "pro-government forces (half of the title; his first remarks since the offensive began, carried at dawn Friday "
     "-> DCT, precision 2); the Houthi statement warning commercial ships in the Red Sea to stay 20 miles from "
     "coalition ships is folded here (same side's warning)"),
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
    lines = [HEADER.rstrip("\n"), "\t".join(COLS)]
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
