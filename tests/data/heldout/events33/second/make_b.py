"""Bookkeeping helper for annotator B of the events33 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur30/events33/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 33 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2810/2811, drawn at the start of stop 30, main 32ba3d3, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2810).shuffle, walked in order; (b) 10 with no text filter: random.Random(2811).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 1, almadina 1, alwatan 2, alweeam 1, alyaum 1, okaz 2, sabq 2; b: aawsat 1, aleqtisadiya 1, aljazirah 2, alriyadh 2, alweeam 2, alyaum 1, okaz 1).
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
PRO = "Protests"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
CLASH = "Armed clash"
UAG = "Unidentified armed group"
HOU = "Houthis"
ISIS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFSA = "Police Forces of Saudi Arabia"
COAL = "Saudi-led coalition"
SB3187 = "SN-sabq-20150806-3187"
SB1313 = "SN-sabq-20150804-1313"
WM2046 = "SN-alweeam-20150721-2046"
MD490 = "SN-almadina-20150722-490"
OK1413 = "SN-okaz-20150807-1413"
YM1137 = "SN-alyaum-20150811-1137"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (SB3187, "يقصف اللواء", "التحالف يقصف اللواء١٥ التابع لصالح",
     ERV, AIR, COAL, HOU, "Zinjibar, Abyan", "YE", "2015-08-06", "2", "", "",
     "popular-resistance news sources (via Sabq)", "reported",
     "the title's news: the coalition bombs the 15th Brigade (loyal to Saleh) at Zinjibar; in the text, violent explosions "
     "were heard in Zinjibar, Wadi Dofas and the 15th Brigade's positions from the coalition aviation's 'intense bombing' "
     "(the body's 'القصف المكثف لطيران التحالف' is the same event -> one row, the title's trigger; one bombing of 'those "
     "areas' around Zinjibar, Wadi Dofas lies in the Zinjibar area -> folded, alternative a separate 'Wadi Dofas, Abyan' "
     "row; Houthi-Saleh side against the coalition -> Houthis, the Saleh-loyal brigade in the note, alternative 'Military "
     "Forces of Yemen (Saleh loyalists)'; no day in a breaking report -> DCT, precision 2; no casualty figure)"),
    (SB3187, "ضربات قاسية", "أن المقاتلين الموالين وجهوا \"ضربات قاسية\" للمتمردين في أبين",
     BAT, CLASH, "Military Forces of Yemen", HOU, "Abyan", "YE", "2015-08-06", "2", "", "",
     "spokesman of the government forces (via Sabq)", "claimed",
     "a spokesman for the government forces said the loyalist fighters dealt 'severe blows' to the rebels in Abyan and "
     "that the liberation of Zinjibar 'is near' (the spokesman's assertion -> claimed; government forces' spokesman -> "
     "Military Forces of Yemen, the pro-Hadi resistance implied, alternative Yemeni Resistance; 'the rebels' -> Houthis; "
     "no day -> DCT, precision 2; one governorate-level row). Folded: the militias' mass flight from Zinjibar, Wadi Dofas "
     "and the brigade's positions towards Shuqrah, the central plateau and Lawdar (a withdrawal under the bombing and the "
     "fighting, no capture stated; the liberation of Zinjibar is only 'near' -> no Government regains territory row)"),
    (SB3187, "بتعزيزات برية كبيرة", "كما دفعت قوات التحالف بتعزيزات برية كبيرة من قوات الجيش الوطني",
     SD, "Other", COAL, "", "Al Wadiah", "YE", "2015-08-06", "2", "", "",
     "Sabq (eyewitnesses)", "reported",
     "the coalition forces pushed large ground reinforcements of the national army loyal to the legitimacy, trained in "
     "Sharurah (Saudi Arabia), towards the Marib and Shabwa governorates to reinforce the popular resistance; eyewitnesses "
     "saw dozens of heavy vehicles and military carriers cross the al-Wadiah crossing towards the al-Abr desert (the "
     "sighting is the same deployment -> folded; troop deployment -> Strategic developments/Other, as the spent sabq-1518 "
     "and almadina-644 coalition deployment rows; two destination governorates, the one place seen -> 'Al Wadiah' (the "
     "border crossing, entry into Yemen), alternative Marib/Shabwa or location empty; no day -> DCT, precision 2)"),
    (SB1313, "احتجاجات في جنازة", "بالفيديو.. احتجاجات في جنازة أمّ صينية",
     PRO, "Protest with intervention", "Protesters (China)", "Private Security Forces (China)", "", "CN", "2015-08-04",
     "2", "", "", "Daily Mail (via Sabq)", "reported",
     "borderline: at the funeral of a Chinese mother crushed by an escalator in a shopping mall, mourners protesting her "
     "death carried the shroud with her body into the mall's main hall; when the protest cries rose, the mall's security "
     "men in black suits intervened, a scuffle broke out and they pulled the shroud away, but the protesters carried the "
     "body out amid protest cries (protest against a company over a death, scuffle with security -> Protest with "
     "intervention, alternative not coded as a non-political accident story or Riots/Mob violence; mall guards -> "
     "Private Security Forces (China); no city in the text -> location empty, CN; she died 'last Saturday' (DCT Tuesday "
     "4 August -> 1 August), the funeral day is not given -> DCT, precision 2). Not coded: the accident itself"),
    (WM2046, "استشهاده", "وأعلنت القيادة العامة للقوات المسلحة الإماراتية استشهاده",
     BAT, CLASH, UAG, "Military Forces of the United Arab Emirates", "", "YE", "2015-07-21", "1", "1", "exact",
     "UAE Armed Forces General Command (via Al Weeam)", "reported",
     "background (the news is a martyr's mother's letter of condolence): Saif al-Falasi died at dawn 'today Tuesday' "
     "(DCT Tuesday 21 July) and the UAE armed forces' General Command announced his martyrdom while on duty with the forces "
     "of the Arab coalition's Operation Restoring Hope in Yemen (borderline: the text gives neither place nor adversary nor "
     "cause; a soldier's 'martyrdom' on operations -> Battles/Armed clash vs the UAE forces, as the spent okaz-1951 "
     "martyr row; killer unnamed -> Unidentified armed group, alternative Houthis from the war's frame; no place -> "
     "location empty, YE; one named dead -> 1 exact). Not coded: the death of Tariq al-Shehhi in a terrorist operation "
     "in Bahrain in May of last year (more than 12 months before the DCT), the mother's promise of revenge"),
    (MD490, "القبض على", "هو خبر القبض على « 431 « من خلايا التنظيم الإرهابي",
     SD, "Arrests", PFSA, ISIS, "", "SA", "2015-07-22", "2", "", "",
     "Al Madina (opinion column; Interior Ministry statement)", "reported",
     "background (opinion column on the counselling programmes): the news of the arrest of 431 members of ISIS cells and "
     "the foiling of 4 terrorist attempts planned as bloody bombings of several mosques, a Special Emergency Forces mosque "
     "and military and residential facilities, by the Interior Ministry (foiled plots folded; recent, no day -> DCT, "
     "precision 2, as the spent almadina-653 and alyaum-2213 '431' rows; 'خلايا التنظيم الإرهابي داعش' -> actor2 Islamic "
     "State, as alyaum-2213; no place -> location empty). Not coded: the column's views on the counselling programme"),
    (OK1413, "التفجير الإرهابي", "بالتفجير الإرهابي الذي وقع ظهر أمس الخميس",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Okaz (Sheikh Abdulrahman al-Sanad, head of the Commission for the Promotion of Virtue)", "reported",
     "background (the news is the condemnation): the terrorist bombing at noon 'yesterday Thursday' (DCT Friday 7 August "
     "-> 6 August) in the mosque of the Special Emergency Forces headquarters in the Asir region, which left 'a number of' "
     "members of the forces martyred and wounded ('عدد من' -> fatalities empty; only 'التفجير' -> the generic explosive "
     "sub-type, as the spent okaz-1408 and okaz-1327 rows; the 'perpetrator' is not named -> Unidentified armed group; "
     "Emergency Forces -> Police Forces of Saudi Arabia; region only -> 'Asir'). Not coded: the condemnation"),
    (YM1137, "ركزت غاراتها", "غير انها ركزت غاراتها على مواقع حزب العمال الكردستاني",
     ERV, AIR, MFT, PKK, "", "TR", "2015-07-24", "3", "", "",
     "Al Yaum", "reported",
     "aggregate: since Ankara launched its 'war on terror' on 24 July, targeting both the Kurdish rebels and ISIS fighters "
     "in Syria, Turkey has concentrated its air raids on PKK positions (no place named -> location empty; country TR, the "
     "sentence's frame, as the adjudicated spent alweeam-1057 row of the same wire text; dated at the campaign's start, "
     "precision 3). The article's news (Zarif's postponed visit to Turkey) is diplomatic. Not coded: the generic 'violence "
     "linked especially to the PKK' in Turkey (as alweeam-1057), Turkey's permission for the US-led coalition to use "
     "Incirlik air base (inter-state cooperation), Zarif's article"),
    (YM1137, "ثلاث غارات فقط", "فيما اعلنت عن ثلاث غارات فقط على الجهاديين",
     ERV, AIR, MFT, ISIS, "", "SY", "2015-07-24", "3", "", "",
     "Al Yaum", "reported",
     "aggregate: Turkey announced only three air raids on the jihadists (the ISIS fighters 'in Syria') since 24 July "
     "(three raids in one sentence, no place or day each -> one aggregate row, as the spent alweeam-1057 row; Syria from "
     "'مقاتلي داعش في سوريا')"),
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
