"""Bookkeeping helper for annotator B of the events84 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur47/events84/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = '# Hand-annotated ACLED-style EVENT gold set 84 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).\n# Sample: ids.txt, drawn with sample.py (seeds 2980/2981, drawn at the start of stop 47, main 9984211, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2980).shuffle, walked in order; (b) 10 with no text filter: random.Random(2981).shuffle, walked in order, >=3 sources (got, by source, a: alriyadh 3, aljazirah 2, 3alyoum 1, aawsat 1, alyaum 1, arreyadi 1, okaz 1; b: okaz 4, almadina 2, 3alyoum 1, aawsat 1, alweeam 1, sabq 1).\n# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. make_b.py only writes typed rows and converts a hand-copied context snippet into the trigger\'s occurrence number.\n# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row. One location per row: strikes on differently named places are separate rows.\n# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".\n# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, summits, military exercises, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests and crimes with no political motive stated, legal actions and trials, commentary, prison conditions, migrant rescues and interceptions at sea. "Statement" only for an actor\'s official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article\'s news.\n# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.\n# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.\n# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1; "last week" -> DCT-7 with precision 2); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in NOTES_B.md). Precision: 1 day, 2 week/within days, 3 month or vaguer.\n# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country of the event>)" for civilian victims and for arrested civilians. Protest rows: actor1 protesters, actor2 the force (empty when none). Statement location empty when the text does not say where it was made. location: most specific English name (empty when the text names no place); sub-city places written "Place, City". location_country ISO-3166 alpha-2.\n# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.\n# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party\'s assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.\n# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).\n'

COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]

OK1225 = "SN-okaz-20150723-1225"
JZ970 = "SN-aljazirah-20150721-970"
AY153 = "SN-3alyoum-20150731-153"
MD1163 = "SN-almadina-20150806-1163"
ERV = "Explosions/Remote violence"
BAT = "Battles"
SD = "Strategic developments"
CLASH = "Armed clash"
GRT = "Government regains territory"
AIR = "Air/drone strike"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
OKZ = "Okaz"
OKRES = "resistance field sources (to Okaz)"
AMD = "Al Madina"

ROWS = [
    # ---- set a (conflict word list) ----
    (OK1225, "السلامية", "السيطرة على مواقع قرية السلامية",
     BAT, GRT, YR, HOU, "As Salamiyah, Abyan", "YE", "2015-07-23", "2", "", "",
     OKZ, "reported",
     "violent battles broke out in Abyan between the army backed by the resistance and the Houthi-Saleh militias, in which "
     "the resistance took positions of the village of al-Salamiya, Jabal Akd, al-Humayra and Husun al-Tali (army + "
     "resistance -> Yemeni Resistance, as the spent rows; each named place its own row, as the spent al-Sadda/Hazm "
     "al-Udayn/al-Radma rows; no day -> DCT, precision 2; the places' district not stated, governorate Abyan)"),
    (OK1225, "وجبل عكد", "مواقع قرية السلامية وجبل عكد",
     BAT, GRT, YR, HOU, "Jabal Akd, Abyan", "YE", "2015-07-23", "2", "", "",
     OKZ, "reported",
     "same sentence: the resistance took Jabal Akd (see the al-Salamiya row)"),
    (OK1225, "والحميراء", "وجبل عكد والحميراء",
     BAT, GRT, YR, HOU, "Al Humayra, Abyan", "YE", "2015-07-23", "2", "", "",
     OKZ, "reported",
     "same sentence: the resistance took al-Humayra (see the al-Salamiya row)"),
    (OK1225, "وحصون الطلي", "والحميراء وحصون الطلي",
     BAT, GRT, YR, HOU, "Husun at-Tali, Abyan", "YE", "2015-07-23", "2", "", "",
     OKZ, "reported",
     "same sentence: the resistance took Husun al-Tali (see the al-Salamiya row)"),
    (OK1225, "منطقة العين", "لاتزال المعارك تدور في منطقة العين التابعة لمديرية مودية",
     BAT, CLASH, YR, HOU, "Al Ain, Mudiyah", "YE", "2015-07-23", "2", "", "",
     OKZ, "reported",
     "the battles are still going on in the al-Ain area of Mudiyah district, Abyan (ongoing -> DCT, precision 2; a "
     "differently named place -> own row)"),
    (OK1225, "والوضيع", "والوضيع لمديرية لودر",
     BAT, CLASH, YR, HOU, "Al Wadea, Lawdar", "YE", "2015-07-23", "2", "", "",
     OKZ, "reported",
     "same sentence: the battles still going on in al-Wadi' of Lawdar district; folded here: the resistance field "
     "sources' 'the resistance advancing on the last Houthi strongholds in Lawdar under coalition air cover, inflicting "
     "heavy losses' (same Lawdar front, same days; losses vague -> no toll)"),
    (OK1225, "تمكنت من كشفها وتدميرها", "لكن قوات التحالف تمكنت من كشفها وتدميرها",
     ERV, AIR, COAL, HOU, "Shuqrah, Abyan", "YE", "2015-07-23", "2", "", "",
     "Yemeni local sources (to Okaz)", "reported",
     "the Houthis tried to use ten fishermen's boats, looted at gunpoint, setting out from Shuqrah in Abyan towards Aden, "
     "carrying 34 Houthis and heavy military equipment; the coalition forces detected and destroyed them before they "
     "reached Aden (means not stated: Air/drone strike as the coalition's usual attack; alternative "
     "Shelling/artillery/missile attack (naval) or Battles/Armed clash; location the stated departure point Shuqrah, "
     "alternative empty (at sea); no deaths stated of the 34 aboard -> fatalities empty; no day -> DCT, precision 2). "
     "The looting of the boats at gunpoint is folded (preparatory act, no own place/day)"),
    (OK1225, "شددت قوات من الجيش والمقاومة الخناق", "في الوقت الذي شددت قوات من الجيش والمقاومة الخناق",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-07-23", "2", "", "",
     OKZ, "reported",
     "army and resistance forces tightened the noose on the Houthis' last stronghold, al-Anad military base, where the "
     "resistance advanced with strong coalition support (siege/advance -> Armed clash, 'Al Anad Air Base' as the spent "
     "rows; ongoing -> DCT, precision 2). Not coded: the resistance sources' expectation of full control of the base "
     "'within the next few hours' (expectation; alternative a planned GRT row)"),
    (OK1225, "منطقة النخيلة", "أبرزها منطقة النخيلة بمديرية",
     BAT, GRT, YR, HOU, "An Nakhilah, Al Musaymir", "YE", "2015-07-23", "2", "", "",
     "resistance sources (to Okaz)", "reported",
     "the resistance took several positions near al-Anad base in Lahij, chief among them al-Nakhila in al-Musaymir "
     "district (the other positions unnamed -> folded; no day -> DCT, precision 2; alternative location 'An Nakhilah, "
     "Lahij')"),
    (OK1225, "معسكر لبوزة", "ولاتزال تفرض حصارا على معسكر لبوزة",
     BAT, CLASH, YR, HOU, "Labouza Camp, Lahij", "YE", "2015-07-23", "2", "", "",
     "resistance sources (to Okaz)", "reported",
     "the resistance is still besieging Labouza camp; dozens of Houthis fell killed or wounded in the confrontations near "
     "Labouza camp and al-Anad air base (folded here: one siege, same days; 'dozens ... killed or wounded' vague -> "
     "fatalities empty; 'Labouza Camp, Lahij' as the spent rows; ongoing -> DCT, precision 2)"),
    (OK1225, "الحسيني", "على مواقع للحوثيين في منطقة «الحسيني»",
     ERV, AIR, COAL, HOU, "Al Husseini, Lahij", "YE", "2015-07-23", "2", "", "",
     "resistance sources (to Okaz)", "reported",
     "meanwhile coalition aircraft carried out numerous raids on Houthi positions in the al-Husseini area (Lahij, by the "
     "paragraph; one row for the raids on one area; no day -> DCT, precision 2; alternative 'Wadi al-Husseini, Lahij' as "
     "the spent clash row)"),
    (OK1225, "غارتين جويتين استهدفتا أمس", "أن غارتين جويتين استهدفتا أمس معسكر المنار",
     ERV, AIR, COAL, HOU, "Al Manar Camp, Sanaa", "YE", "2015-07-22", "1", "", "",
     "eyewitnesses (to Okaz)", "reported",
     "coalition aircraft destroyed in two air raids a Houthi-held camp in the outskirts of Sanaa; witnesses: the two raids "
     "'yesterday' (DCT Thursday 23 July -> 22 July) hit the al-Manar camp of the Republican Guard in al-Haymah "
     "al-Kharijiyah district west of the capital, and some of its targets and stores (the first mention 'دمرت ... في "
     "غارتين' is the same event -> one row; the Saleh-loyal Republican Guard in the Houthi-Saleh alliance -> Houthis, "
     "alternative a Saleh-loyalist military actor; 'As Sawad Camp, Sanaa' format of the spent rows)"),
    (OK1225, "قتل 13 مسلحا", "وفي محافظة مأرب شرق اليمن قتل 13 مسلحا",
     BAT, CLASH, HOU, YR, "Al Jufaynah, Marib", "YE", "2015-07-23", "2", "13", "exact",
     OKZ, "reported",
     "in Marib governorate 13 Houthi militiamen were killed and three captured in violent confrontations with the "
     "resistance after a Houthi attempt to advance towards al-Jufaynah (the attackers first -> Houthis vs Yemeni "
     "Resistance, as the spent al-Jufaynah clash rows; '13' exact; no day -> DCT, precision 2; 'منطقتي «الجفينة»' names "
     "only one place). Not coded: the rift between the Houthis and Saleh's followers, Saleh's call for general "
     "mobilisation and the Houthi leader's meeting in Saada (politics)"),
    (JZ970, "الإطاحة بأكبر تنظيم", "حول الإطاحة بأكبر تنظيم مكون من خلايا عنقودية",
     SD, "Arrests", "Police Forces of Saudi Arabia", IS, "", "SA", "2015-07-21", "2", "", "",
     "Saudi Interior Ministry statement (via Al Jazirah opinion column)", "reported",
     "background of the opinion column: the Interior Ministry's statement 'days ago' on dismantling the largest "
     "ISIS-linked organisation of cluster cells inside Saudi Arabia, 431 detained, most of them citizens (as the spent 431 "
     "arrest rows: Police Forces of Saudi Arabia vs Islamic State, location empty, SA; 'قبل أيام' -> DCT, precision 2, "
     "alternative 3 as the adjudicated aljazirah-450 column row). Not coded: the rest of the column (commentary on the "
     "Saudi counter-terrorism strategy); the titles of other columns at the end (Aden, Fallujah, Sinai) are not events"),
    # ---- set b (no text filter) ----
    (AY153, "الهجوم", "ووقع الهجوم يوم 18 يونيو",
     SD, "Looting/property destruction", UAG, "", "Tabgha", "IL", "2015-06-18", "1", "", "",
     "3alyoum (Israeli authorities; Shin Bet statement)", "reported",
     "background to the news (the indictment 'today Wednesday' of two Israelis the authorities call extremist Jews, a "
     "legal action, not coded): the arson attack on 18 June that burned part of the Church of the Multiplication of the "
     "Loaves and Fishes on the north-west shore of Lake Tiberias, damaging its roof, with Hebrew graffiti on a wall "
     "(property arson with no one hurt -> Strategic developments/Looting/property destruction, as the spent attacks on "
     "shelters rows; alternative Violence against civilians/Attack; two young Jewish extremists, no group named -> "
     "Unidentified armed group, as the spent Jerusalem pride-march stabbing row, alternative Settlers (Israel); 18 June -> "
     "precision 1, within 12 months; 'Tabgha' the site's name, the text names only the lake shore; the indictment hearing "
     "in Nazareth not coded). Not coded: 'more than 40 suspected hate crimes against churches, mosques and monasteries "
     "since 2009' (aggregate over six years, mostly more than 12 months old)"),
    (MD1163, "ستمدد حملتها الجوية", "إن بلاده ستمدد حملتها الجوية في العراق",
     "Statement", "", "Government of the United Kingdom", IS, "Iraq", "IQ", "2015-08-05", "2", "", "",
     "British Defence Secretary Michael Fallon", "reported",
     "the article's second news item: the British defence secretary said Britain will extend its air campaign against "
     "ISIS in Iraq by another year, using Tornado jets for strikes until at least early 2017; said during a visit to Iraq "
     "-> location 'Iraq' (an official declaration continuing a military operation -> Statement, as the spent aawsat-104 "
     "row of the same AFP story; the Tornado quotes are 'in a statement yesterday' -> 5 August; the extension sentence "
     "itself has no day -> precision 2; borderline: the title's news is ISIS in Raqqa, alternative not coded)"),
    (MD1163, "عشرات الغارات الجوية", "وشن تحالف تقوده الولايات المتحدة عشرات الغارات الجوية",
     ERV, AIR, "Global Coalition Against Daesh", IS, "", "IQ", "2015-08-06", "3", "", "",
     AMD, "reported",
     "aggregate: a US-led coalition carried out dozens of air strikes in Iraq and Syria 'in the past few days' to weaken "
     "the militants (one aggregate of one campaign -> one row, IQ, the first-named country, as the adjudicated spent "
     "aawsat-104 row of the same story; no place -> location empty; no start -> DCT, precision 3; 'dozens' -> no toll)"),
    (MD1163, "أولى ضرباتها", "وشنت تركيا أولى ضرباتها ضد التنظيم المتشدد في سورية",
     ERV, AIR, TUR, IS, "", "SY", "2015-07-27", "2", "", "",
     AMD, "reported",
     "background: Turkey launched its first strikes against ISIS in Syria 'a week and a half ago' (DCT 6 August - 10 -> "
     "27 July, precision 2; means not stated -> Air/drone strike, as the spent aawsat-104/alyaum-1100 rows; no place -> "
     "location empty, SY)"),
    (MD1163, "مهاجمة مقاتلين أكراد", "كما بدأت في مهاجمة مقاتلين أكراد",
     ERV, AIR, TUR, PKK, "", "TR", "2015-07-27", "2", "", "",
     AMD, "reported",
     "background: in the same sentence Turkey also began attacking Kurdish fighters (a different target -> own row; "
     "Kurdish fighters in Turkey's campaign -> PKK; means not stated -> Air/drone strike; no country in the text -> TR, as "
     "the adjudicated spent aawsat-104 row, alternative IQ; no place; 27 July, precision 2, as the first-strikes row). "
     "Not coded: the title's news, ISIS leaders feasting in Raqqa while residents go hungry, ISIS stealing zakat and "
     "imposing levies (conditions of rule, no discrete dated event); the earlier plan to retire the Tornados, the Cyprus "
     "basing, the parliament's Iraq-only mandate"),
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
