"""Bookkeeping helper for the events33 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur30/events33/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 33 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events33/sample.py ("This set: events33, seeds 2810 / 2811, drawn at the start of stop 30 (main 32ba3d3), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2810).shuffle, walked in order; (b) 10 with no text filter, random.Random(2811).shuffle, >=3 sources (got, by source, a: alwatan 2, okaz 2, sabq 2, aawsat 1, almadina 1, alweeam 1, alyaum 1; b: aljazirah 2, alriyadh 2, alweeam 2, aawsat 1, aleqtisadiya 1, alyaum 1, okaz 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 9 rows): detection F1 0.900 "
       "before (9 matched of 11 A / 9 B rows; 2 A-only rows, no B-only row); 1 row dropped (sabq-3187: the separate 15th "
       "Brigade and Zinjibar strike rows merged into one Zinjibar row on the title's trigger, as B: the brigade's positions "
       "are a target of the same bombardment with no place of their own); 2 field values changed to B's on that row "
       "(actor2 Houthis, location 'Zinjibar, Abyan'); kept against B: the sabq-3187 Wadi Dofas strike row (a differently "
       "named place), the 'harsh blows' actor1 Yemeni Resistance, the alweeam-2046 actor order (Military Forces of the "
       "United Arab Emirates as actor1, actor2 empty); 10 rows; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
BAT = "Battles"
PRO = "Protests"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
ARR = "Arrests"
RES = "Yemeni Resistance"
HOU = "Houthis"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
PKK = "PKK: Kurdistan Workers Party"
MFTR = "Military Forces of Turkey"
COAL = "Saudi-led coalition"
POLSA = "Police Forces of Saudi Arabia"
SABQ3187 = "SN-sabq-20150806-3187"
WEEAM2046 = "SN-alweeam-20150721-2046"
SABQ1313 = "SN-sabq-20150804-1313"
YAUM1137 = "SN-alyaum-20150811-1137"
MAD490 = "SN-almadina-20150722-490"
OKAZ1413 = "SN-okaz-20150807-1413"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (SABQ3187, "يقصف اللواء", "التحالف يقصف اللواء١٥ التابع لصالح",
     ERV, AIR, COAL, HOU, "Zinjibar, Abyan", "YE", "2015-08-06", "2", "", "",
     "Sabq (Popular Resistance news sources)", "reported",
     "the title's news: the coalition bombs the 15th Brigade (اللواء 15) loyal to Saleh; in the body violent explosions "
     "were heard in the areas of Zinjibar, Wadi Dofas and the 15th Brigade's positions from the intense bombardment of "
     "the coalition aircraft ('القصف المكثف لطيران التحالف'), and dozens of armed vehicles fled from them (one location "
     "per row: this row is Zinjibar, the title's place; the brigade's positions have no place of their own and the "
     "title pairs them with Zinjibar -> folded here; Wadi Dofas is its own row; Saleh's brigade with the fleeing "
     "'militias' -> Houthis, Saleh's forces in the note, as the spent alweeam-1164 rows; no day in the report, DCT "
     "Thursday 6 August -> precision 2; stated as fact in the title -> reported; adjudicated: my first version had a "
     "separate 'Abyan' row for the brigade with actor2 'Military Forces of Yemen (Saleh loyalists)' and a Zinjibar row "
     "on 'القصف المكثف لطيران التحالف'; merged into this row with B's actor2 and location: the brigade's positions are "
     "a target, not a differently named place, of the same bombardment). The mass flight of the militias from Zinjibar "
     "toward Shuqrah and Lawdar is not coded (withdrawal, as the spent 'fleeing al-Fayoush and Sabr'), nor the "
     "spokesman's 'liberation of Zinjibar is near' (expectation)"),
    (SABQ3187, "ووادي دوفس", "من مناطق زنجبار ووادي دوفس ومواقع اللواء 15",
     ERV, AIR, COAL, HOU, "Wadi Dofas, Abyan", "YE", "2015-08-06", "2", "", "",
     "Sabq (Popular Resistance news sources)", "reported",
     "the same intense coalition bombardment, second named area: Wadi Dofas (one location per row; 'Wadi Dofas, Abyan' "
     "as the spent aljazirah-461 row; no day -> DCT, precision 2; adjudicated: kept against B, who folded it into the "
     "Zinjibar row: a differently named place of the strikes)"),
    (SABQ3187, "ضربات قاسية", "المقاتلين الموالين وجهوا \"ضربات قاسية\" للمتمردين في أبين",
     BAT, CLASH, RES, HOU, "Abyan", "YE", "2015-08-06", "2", "", "",
     "a spokesman of the government forces (via Sabq)", "claimed",
     "a spokesman of the government forces said the loyal fighters dealt 'harsh blows' to the rebels in Abyan (given as "
     "the spokesman's assertion -> claimed; 'المقاتلين الموالين', loyal fighters, not the army -> Yemeni Resistance, the "
     "set's name for pro-Hadi fighters, alternative Military Forces of Yemen; 'the rebels' -> Houthis; governorate only "
     "-> 'Abyan'; no day -> DCT, precision 2; adjudicated: actor1 kept against B's Military Forces of Yemen: the "
     "sentence says fighters, not army or forces, although the speaker is the government forces' spokesman)"),
    (SABQ3187, "دفعت قوات التحالف بتعزيزات", "كما دفعت قوات التحالف بتعزيزات برية كبيرة",
     SD, "Other", COAL, "", "Al Wadiah", "YE", "2015-08-06", "2", "", "",
     "Sabq; eyewitnesses", "reported",
     "borderline: the coalition forces pushed large ground reinforcements of the national army loyal to the legitimate "
     "government, trained in Saudi Sharurah, toward Marib and Shabwa governorates to reinforce the popular resistance; "
     "eyewitnesses saw dozens of heavy vehicles and military carriers crossing the al-Wadiah crossing toward the al-Abr "
     "desert (troop deployment -> Strategic developments/Other, as the spent sabq-1518 and almadina-644 deployment rows; "
     "the only place where the movement is seen -> 'Al Wadiah', the crossing's Yemeni side, YE, alternative SA; the "
     "Yemeni army units in the note, actor2 empty; no day -> DCT, precision 2; alternative not coded, as the spent "
     "'border reinforcements')"),
    (WEEAM2046, "قضى فجر اليوم الثلاثاء", "سيف الفلاسي الذي قضى فجر اليوم الثلاثاء",
     BAT, CLASH, "Military Forces of the United Arab Emirates", "", "", "YE", "2015-07-21", "1", "1", "exact",
     "UAE Armed Forces General Command (via Al Weeam)", "reported",
     "background (the news is a martyr's mother's letter): the Emirati soldier Saif al-Falasi died at dawn 'today "
     "Tuesday' (the DCT, 21 July) while on duty with the forces taking part in the Arab coalition's Operation Restoring "
     "Hope in Yemen, his death announced by the UAE armed forces' General Command (a soldier killed in action -> Battles/"
     "Armed clash; no opponent named -> actor2 empty; no place in Yemen named -> location empty, YE; 1 exact; "
     "adjudicated: kept against B's Unidentified armed group vs Military Forces of the United Arab Emirates: the text "
     "states no attack or attacker, so the soldier's force is actor1, as the adjudicated alwatan-827 martyr rows, "
     "unlike the spent okaz-1951 'assassinated' row). "
     "Borderline: the text describes no fighting; alternative not coded. Not coded: Tariq al-Shehhi killed in a "
     "'terrorist operation' in Bahrain in May of last year (May 2014, more than 12 months before the DCT)"),
    (SABQ1313, "احتجاجات في جنازة", "بالفيديو.. احتجاجات في جنازة أمّ صينية",
     PRO, "Protest with intervention", "Protesters (China)", "Private Security Forces (China)", "", "CN",
     "2015-08-04", "2", "", "",
     "Daily Mail (via Sabq)", "reported",
     "borderline: mourners carrying the shroud of a mother crushed by an escalator into the main hall of a shopping mall "
     "protested her death; security men in black suits intervened and in a scuffle pulled the shroud away, the protesters "
     "insisted and finally left with the body amid chants (a demonstration against the mall -> in ACLED scope though not "
     "political; force used to suppress it, no injuries -> Protest with intervention, alternative Riots/Violent "
     "demonstration for the mutual scuffle; 'security men in black suits' in a mall -> 'Private Security Forces (China)', "
     "alternative Police Forces of China; the mall is not named -> location empty, CN; the death was 'last Saturday' "
     "(1 August), the funeral's day not stated -> DCT, precision 2). Not coded: the escalator accident (not political)"),
    (YAUM1137, "ركزت غاراتها", "غير انها ركزت غاراتها على مواقع حزب العمال الكردستاني",
     ERV, AIR, MFTR, PKK, "", "TR", "2015-07-24", "3", "", "",
     "Al Yaum", "reported",
     "aggregate: since Ankara launched its 'war on terror' on 24 July against the Kurdish rebels and IS fighters in Syria, "
     "Turkey has concentrated its air raids on PKK positions (no place named -> location empty; dated at the campaign's "
     "start, precision 3; country TR, the only frame the text gives, as the spent adjudicated alweeam-1057 row of the "
     "same wire text). The article's news (Zarif's postponed visit) is diplomatic. Not coded: the generic 'violence "
     "linked especially to the PKK' in Turkey (as the spent alweeam-1057), the US-led coalition's use of Incirlik "
     "(inter-state cooperation)"),
    (YAUM1137, "ثلاث غارات فقط", "فيما اعلنت عن ثلاث غارات فقط على الجهاديين",
     ERV, AIR, MFTR, ISIS, "", "SY", "2015-07-24", "3", "", "",
     "Al Yaum", "reported",
     "aggregate: Turkey announced only three air raids on the jihadists (the IS fighters 'in Syria') since 24 July "
     "(three raids in one sentence, no place or day each -> one aggregate row, as the spent alweeam-1057 row)"),
    (MAD490, "القبض على", "هو خبر القبض على « 431 « من خلايا",
     SD, ARR, POLSA, ISIS, "", "SA", "2015-07-22", "2", "", "",
     "Al Madina (opinion column)", "reported",
     "background (opinion column on the counselling programmes): the news of the arrest of 431 members of the cells of "
     "the terrorist organisation Daesh by the interior ministry and the foiling of 4 attempted bombings planned against "
     "mosques, among them a Special Emergency Forces mosque, and military and residential facilities (foiled attacks "
     "folded; Daesh named -> Islamic State, as the spent alyaum-2213 row; recent, no day -> DCT, precision 2, as the "
     "spent almadina-653 and alyaum-2213 '431' rows; no place -> location empty)"),
    (OKAZ1413, "التفجير الإرهابي", "بالتفجير الإرهابي الذي وقع ظهر أمس الخميس",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Okaz (CPVPV president Sheikh Abdulrahman al-Sanad)", "reported",
     "background (the news is the condemnation by the head of the Commission for the Promotion of Virtue): the terrorist "
     "bombing at noon 'yesterday Thursday' (DCT Friday 7 August -> 6 August) in the mosque of the Special Emergency "
     "Forces headquarters in Asir region, which killed and wounded 'a number of' the forces' members ('عدد من' -> "
     "fatalities empty; generic 'التفجير' -> generic explosive sub-type, as the spent okaz-1408 row; 'its perpetrator' "
     "not named -> Unidentified armed group; Special Emergency Forces -> Police Forces of Saudi Arabia). Not coded: the "
     "condemnation"),
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
