"""Bookkeeping helper for annotator B of the events26 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events24/second/make_b.py.
Run: python3 /work/fresh/cur27/events26/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 26 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2780/2781, drawn at the start of stop 27, main edfa6f8, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2780).shuffle, walked in order; (b) 10 with no text filter: random.Random(2781).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 2, aljazirah 2, alriyadh 2, alyaum 2, aleqtisadiya 1, alwatan 1; b: aleqtisadiya 2, alwatan 2, okaz 2, aawsat 1, aljazirah 1, alriyadh 1, sabq 1).
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
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
HOU = "Houthis"
RES = "Yemeni Resistance"
MFSA = "Military Forces of Saudi Arabia"
ISIS = "Islamic State"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
WT1347 = "SN-alwatan-20150722-1347"
JZ969 = "SN-aljazirah-20150806-969"
AW71 = "SN-aawsat-20150801-71"
RI812 = "SN-alriyadh-20150726-812"
JZ980 = "SN-aljazirah-20150721-980"
AW96 = "SN-aawsat-20150802-96"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WT1347, "استهدفت خمس قذائف", "استهدفت خمس قذائف عسكرية من نوع",
     ERV, SHELL, HOU, "Civilians (Saudi Arabia)", "Dhahran al-Janub", "SA", "2015-07-21", "1", "", "",
     "security source (Al Watan)", "reported",
     "the title's news: 'yesterday morning' (DCT Wednesday 22 July -> 21 July) five Katyusha rockets fired by the "
     "Houthi militias and their ally Saleh hit Dhahran al-Janub general hospital (one on the nurses' housing) and "
     "homes in the al-Ruhayb al-Sharqi and al-Iskan districts; no injuries (fatalities empty); one town -> one row; "
     "Saleh's forces -> Houthis; hospital and homes hit -> Civilians (Saudi Arabia), as the spent Houthi rocket rows "
     "on Saudi towns. Folded: the fifth shell, detonated by the Dhahran al-Janub police in a farm in Al Jubair village. "
     "Not coded: the governor's visit"),
    (WT1347, "ترد بقوة", "مدفعية القوات المسلحة السعودية وهي ترد بقوة وبكثافة على مصدر تلك القذائف",
     ERV, SHELL, MFSA, HOU, "Saada", "YE", "2015-07-21", "2", "", "",
     "Al Watan (its reporters' observation)", "reported",
     "Al Watan 'observed' the Saudi armed forces' artillery answering heavily the source of the rockets deep inside "
     "Yemen's Saada governorate (the response to the 21 July rockets, no own day -> 21 July, precision 2; governorate "
     "only; target the Houthi/Saleh launchers -> Houthis)"),
    (WT1347, "الغارات المركزة", "عددا من الغارات المركزة على مواقع وجود عصابة الحوثي",
     ERV, AIR, MFSA, HOU, "Saada", "YE", "2015-07-21", "2", "", "",
     "Al Watan (its reporters' observation)", "reported",
     "same response: Apache helicopters and F-15s launched a number of concentrated strikes on positions of the Houthi "
     "and Saleh 'gang' and destroyed them (Saada from the same sentence; Saudi aircraft on the border -> Military "
     "Forces of Saudi Arabia, alternative Saudi-led coalition; other sub-type than the artillery -> own row; 21 July, "
     "precision 2)"),
    (JZ969, "ستبدأ «قريبا» بمحاربة", "أن بلاده ستبدأ «قريبا» بمحاربة تنظيم داعش في شمال سوريا",
     "Statement", "", "Government of Turkey", ISIS, "Kuala Lumpur", "MY", "2015-08-06", "2", "", "",
     "Turkish foreign minister Mevlut Cavusoglu", "reported",
     "the title's news: the Turkish foreign minister announced, during a meeting with John Kerry in Malaysia (hotel in "
     "Kuala Lumpur, ASEAN meetings), that Turkey will 'soon' start fighting ISIS in northern Syria 'effectively' "
     "(announcement of an operation start -> Statement, as the spent UK 'ready to order air strikes' row; place where "
     "made -> Kuala Lumpur, MY; no day stated -> DCT, precision 2; alternative: a planned Air/drone strike row in SY). "
     "Not coded: training and equipping the moderate opposition, the July permission for US aircraft to use Incirlik "
     "(basing decision, diplomatic), the 'bloody attacks on Turkish territory' (vague, no place or date)"),
    (JZ969, "سلسلة من الغارات الجوية", "وشنت تركيا منذ ذلك الحين سلسلة من الغارات الجوية",
     ERV, AIR, TUR, PKK, "", "IQ", "2015-08-06", "3", "", "",
     "Al Jazirah (AFP)", "reported",
     "aggregate: since the attacks on its territory Turkey has launched a series of air strikes, saying they target "
     "PKK militants in northern Iraq and ISIS jihadists (observers: more the Kurds); this row for the PKK targets in "
     "northern Iraq (no named place -> location empty, IQ, as the spent alriyadh-700 row; start not dated in the text "
     "-> DCT, precision 3)"),
    (JZ969, "وجهاديين", "وجهاديين من تنظيم داعش",
     ERV, AIR, TUR, ISIS, "", "SY", "2015-08-06", "3", "", "",
     "Al Jazirah (AFP)", "reported",
     "aggregate: the ISIS targets of the same series of Turkish air strikes (two targets in two countries -> two rows, "
     "as the spent alweeam-1057 rows; the text names no country for the ISIS targets, SY from the article's northern "
     "Syria context; alternative: one row with the PKK one; DCT, precision 3)"),
    (JZ969, "استهدفت ثلاثة جنود", "مجموعة مسلحة من حزب العمال الكردستاني استهدفت ثلاثة جنود من قوات الدرك التركية",
     BAT, CLASH, PKK, TUR, "Mus", "TR", "2015-08-06", "2", "", "",
     "a news report (via Al Jazirah)", "reported",
     "an armed PKK group attacked three Turkish gendarmes on their way home in Mus province, eastern Turkey, wounding "
     "them (no deaths -> fatalities empty; attack on security personnel -> Battles/Armed clash as the spent PKK rows; "
     "gendarmerie -> Military Forces of Turkey, alternative Police Forces of Turkey; province only; no day -> DCT, "
     "precision 2)"),
    (AW71, "اقتحم متشددون", "عندما اقتحم متشددون من تنظيم داعش نقطة تفتيش",
     BAT, CLASH, ISIS, "Military Forces of Libya", "Ajdabiya", "LY", "2015-07-31", "1", "7", "exact",
     "Libyan military officials", "reported",
     "'yesterday Friday' (DCT Saturday 1 August -> 31 July) ISIS militants stormed a checkpoint (Gate 200 on the "
     "Ajdabiya-Tobruk road, outside Ajdabiya near Brega port) held by forces loyal to the recognised government (21st "
     "border-guard battalion): five soldiers killed and 15 missing, two more killed when reinforcements came, five "
     "wounded -> 7 exact (one source's 'toll so far two killed' differs); clashes still going on (folded). Not coded: "
     "the Algiers consultations (diplomatic)"),
    (AW71, "وقعت في 11 يوليو", "قد وقعت في 11 يوليو (تموز) الماضي بالأحرف الأولى",
     SD, "Agreement", "Government of Libya (House of Representatives)", "", "Skhirat", "MA", "2015-07-11", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background: on 11 July the parties to the Libyan conflict present in Skhirat, Morocco, initialled the 'peace and "
     "reconciliation' agreement opening the way to a national unity government; the Tripoli parliament (GNC, backed by "
     "Libya Dawn) was absent and refused to sign -> actor2 empty (borderline: an initialled political deal, coded as "
     "the spent Minsk 2 Agreement row; could be left out as diplomacy)"),
    (RI812, "احتجاجات استمرت أسابيع", "وقتل العشرات في احتجاجات استمرت أسابيع",
     "Protests", "Excessive force against protesters", "Protesters (Burundi)", "", "", "BI", "2015-07-26", "3", "", "",
     "Al Riyadh", "reported",
     "aggregate (background): Nkurunziza's third-term bid caused the worst crisis since 2005: 'dozens were killed in "
     "protests that lasted weeks' ('dozens' -> fatalities empty; who killed them is not said -> actor2 empty; "
     "alternative sub-type Protest with intervention, or no row; no place or date -> location empty, DCT precision 3). "
     "Not coded: the election and boycott, Kerry's statement, 'incidents of violence before the vote' (vague), refugees"),
    (JZ980, "بسطت سيطرتها", "أنها بسطت سيطرتها على الجزء الأكبر من حي التواهي",
     BAT, GRT, RES, HOU, "Tawahi, Aden", "YE", "2015-07-20", "1", "28", "exact",
     "popular-resistance spokesman Ali al-Ahmadi; pro-Hadi military sources (via AFP)", "reported",
     "the title's news: 'yesterday Monday' (DCT Tuesday 21 July -> 20 July) the forces loyal to Hadi (the popular "
     "resistance -> Yemeni Resistance) took most of al-Tawahi, the Houthis' last stronghold in Aden, and retook the "
     "22 May presidential palace, HQ of the 4th military region (folded, with the sweep of the last pockets); the "
     "fighting in the district killed 28 in 24 hours (17 rebels + 11 loyalists -> 28 exact); Saleh's forces -> Houthis"),
    (JZ980, "بقصف أحد أحياء شمال عدن", "بقصف أحد أحياء شمال عدن الأحد",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Aden", "YE", "2015-07-19", "1", "60", "about",
     "Aden health department", "reported",
     "background: on Sunday (DCT Tuesday 21 July -> 19 July) the Houthis shelled a district of northern Aden, killing "
     "about sixty civilians (the district is not named -> Aden; the spent aawsat-270 row of this shelling has Dar Saad). "
     "Not coded: the coalition-backed operation (generic)"),
    # ---- set b (no text filter) ----
    (AW96, "اشتبكت", "إنّ القوات الخاصة اشتبكت مع",
     BAT, CLASH, "Police Forces of Russia", ISIS, "", "RU", "2015-08-02", "2", "8", "exact",
     "Russian National Anti-Terrorism Committee (via Russian news agencies)", "reported",
     "the title's news: the Russian security services announced today (Sunday, the DCT) that special forces clashed with "
     "'a group of gunmen' in a wooded mountain area near Chechnya and killed eight militants who had pledged allegiance "
     "to ISIS and were behind attacks in the Caucasus (the committee did not give the date -> DCT, precision 2; "
     "security-service special forces -> Police Forces of Russia, alternative Military Forces of Russia; area not "
     "named, only 'near Chechnya' -> location empty, RU; ISIS-pledged militants -> Islamic State)"),
    (AW96, "اقتحم مسلحون", "حين اقتحم مسلحون عددًا من المباني في غروزني",
     BAT, CLASH, "Unidentified armed group", "Police Forces of Russia", "Grozny", "RU", "2014-12-01", "3", "14", "exact",
     "Asharq Al-Awsat", "reported",
     "background: in December 2014 gunmen led by Adam Tagilov (one of the eight killed) stormed several buildings in "
     "Grozny on the day of Putin's address; 14 security officers were killed (December 2014 -> 1 December, precision 3, "
     "within 12 months of the DCT; no group named in the text -> Unidentified armed group). Not coded: the militants' "
     "'killing of policemen and other crimes' (vague)"),
    (AW96, "مبايعة تنظيم", "من القوقاز الروسي مبايعة تنظيم",
     SD, "Change to group/activity", "Unidentified Islamist militants", ISIS, "", "RU", "2015-06-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: last June militants from four republics of the Russian Caucasus announced their allegiance to ISIS "
     "in an audio recording; ISIS accepted it and named a 'wali' for the Caucasus (June -> 1 June, precision 3; "
     "borderline: a pledge of allegiance as Change to group/activity; could be left out). Not coded: Russians gone to "
     "fight in Syria, the two Chechen wars (too old)"),
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
