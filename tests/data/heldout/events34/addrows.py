"""Bookkeeping helper for the events34 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur30/events34/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 34 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events34/sample.py ("This set: events34, seeds 2812 / 2813, drawn at the start of stop 30 (main 32ba3d3), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2812).shuffle, walked in order; (b) 10 with no text filter, random.Random(2813).shuffle, >=3 sources (got, by source, a: aljazirah 3, alwatan 2, 3alyoum 1, aleqtisadiya 1, almadina 1, alriyadh 1, alyaum 1; b: aleqtisadiya 2, alriyadh 2, alyaum 2, almadina 1, alwatan 1, alweeam 1, okaz 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 18 rows): detection F1 0.882 "
       "before (15 matched of 16 A / 18 B rows; 1 A-only row, 3 B-only rows; the A-only and one B-only row are the same "
       "Sheikh Zuweid sweep, unmatched because of its event type); 2 rows added from B (alwatan-2158 'Alab' shelling row, by "
       "the one-location rule; alyaum-1159 defused second bomb, Disrupted weapons use); 5 field values changed (3alyoum-65 "
       "reported_as claimed on three rows given only as the Turkish PM office's statement; aljazirah-357 'Al Arish'; "
       "alwatan-2158 'Naqaa, Saada'); kept against B: the three North Sinai sweep rows as Strategic developments/Other (no "
       "violent interaction stated), 3alyoum-65 night strikes precision 2, alyaum-1159 'Heliopolis' without ', Cairo'; "
       "every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
BAT = "Battles"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
HOU = "Houthis"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
PKK = "PKK: Kurdistan Workers Party"
MFTR = "Military Forces of Turkey"
POLEG = "Police Forces of Egypt"
COAL = "Saudi-led coalition"
ALY65 = "SN-3alyoum-20150725-65"
JAZ357 = "SN-aljazirah-20150809-357"
WAT2158 = "SN-alwatan-20150806-2158"
YAUM1159 = "SN-alyaum-20150811-1159"
PMO = "Turkish Prime Minister's office (via Ain Alyoum)"
WATOBS = "Al Watan (its reporters observed)"
SINAI = ("(ongoing, present tense 'تجري', no day -> DCT 9 August, precision 2; 'قوات الأمن المصرية بمحافظة شمال سيناء' -> "
         "Police Forces of Egypt; the targets are 'armed elements', 'terrorist hotbeds' and 'takfiri dens', unnamed -> "
         "Unidentified armed group; combing and raids under air cover with no clash, arrest or toll stated -> Strategic "
         "developments/Other, alternatives Arrests (as the spent alriyadh-676 Ankara raids) or Battles/Armed clash; adjudicated: kept against B's Battles/Armed clash: the text states no exchange of fire, clash or toll, and the explosions heard have no stated cause; one "
         "location per row: the sentence names three areas, south Sheikh Zuweid, Rafah and east Arish -> three rows; folded: "
         "the closure of the areas, the clearing of roads of IEDs planted 'earlier', the new checkpoints, the explosions heard "
         "by witnesses since the early morning, the closure of five squares and the searches on the Arish-Qantara road)")
SAADA = ("coalition aircraft (Apache and F-15) were seen by the paper responding heavily to the source of the shells inside "
         "Saada governorate, 'namely the areas of al-Maayin, al-Talh, Maran, Kitaf and Naqah' (the response to yesterday's "
         "shelling, no own day -> 5 August, precision 2, as the spent alwatan-1347 response rows; 'طائرات التحالف' -> "
         "Saudi-led coalition (the spent alwatan-1347 text had Saudi aircraft); one location per row -> five rows, as the "
         "spent alweeam-1164 Maran/Saqayn rows; the governorate is named in the text -> 'Place, Saada'; no toll)")
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (ALY65, "طائرات مقاتلة تركية", "إن طائرات مقاتلة تركية شنت هجمات على معسكرات",
     ERV, AIR, MFTR, PKK, "", "IQ", "2015-07-24", "2", "", "", PMO, "claimed",
     "the title's news: the Turkish PM's office said 'today Saturday' (DCT 25 July) that Turkish fighter jets struck PKK "
     "camps in northern Iraq 'during the night', hitting depots, 'logistic points', living quarters and storage buildings "
     "in several locations (the night of Friday 24 to Saturday 25 July -> 24 July, precision 2, as the spent alwatan-1057 "
     "night row; the Turkish TV's 'second round of air strikes against ISIS and the PKK shortly before midnight Friday' "
     "is folded: its PKK part is this night's strikes; northern Iraq, no place -> location empty, IQ, as the spent "
     "alriyadh-700 row; adjudicated: claimed, as B (first reported on the title 'Turkey confirms'): the strikes are given only as the office's statement, the striking party's own account, as the spent Iraqi-MoD alweeam-1640 and PJAK aawsat-372 rows, and the title attributes them too; precision 2 kept against B's 1: a night that straddles two days, as the spent night rows). Not coded: the likely blow to the 2012 peace process "
     "(commentary), Turkey's pledge of tougher action (statement)"),
    (ALY65, "قوات برية استهدفت", "وأضاف أن قوات برية استهدفت مسلحي حزب العمال",
     ERV, SHELL, MFTR, PKK, "", "SY", "2015-07-24", "2", "", "", PMO, "claimed",
     "the PM's office added that ground forces targeted PKK militants in northern Syria, in a Turkish campaign to play a "
     "leading role in the US-led coalition (ground forces firing across the border, means not stated -> Shelling/"
     "artillery/missile attack, alternative Armed clash; two targets named, PKK and ISIS -> two rows, as the spent "
     "aljazirah-969 and aawsat-368 'two named targets' rows, this one the PKK; no own time, same statement as the night "
     "strikes -> 24 July, precision 2; northern Syria, no place -> location empty, SY; adjudicated: claimed, as B, the office's 'added that' only)"),
    (ALY65, "متشددي تنظيم الدولة الإسلامية", "علاوة على متشددي تنظيم الدولة الإسلامية في شمال سوريا",
     ERV, SHELL, MFTR, ISIS, "", "SY", "2015-07-24", "2", "", "", PMO, "claimed",
     "the same ground-forces sentence, second named target: ISIS militants in northern Syria (two named targets -> own "
     "row; as the PKK row: Shelling/artillery/missile attack, 24 July, precision 2, location empty, SY; adjudicated: claimed, as B, the office's statement only)"),
    (ALY65, "أولى هجماتها الجوية", "وشنت تركيا أولى هجماتها الجوية على أهداف الدولة الإسلامية",
     ERV, AIR, MFTR, ISIS, "", "SY", "2015-07-24", "1", "", "", "Ain Alyoum", "reported",
     "background: Turkey's first air strikes on ISIS targets in Syria 'in the early hours of yesterday morning, Friday' "
     "(DCT Saturday 25 July -> 24 July, precision 1, as the spent aleqtisadiya-312 row of the same strikes; no place in "
     "Syria -> location empty; folded: the ISIS part of the Turkish TV's 'second round' shortly before midnight Friday, "
     "the same day, actors and country)"),
    (JAZ357, "مناطق جنوب الشيخ زويد", "تجري في مناطق جنوب الشيخ زويد ورفح",
     SD, "Other", POLEG, UAG, "Sheikh Zuweid", "EG", "2015-08-09", "2", "", "", "security source (via Al Jazirah)", "reported",
     "the title's news: the Egyptian security forces in North Sinai continued their security operations against armed "
     "elements; combing and raids are under way south of Sheikh Zuweid, under air cover, against terrorist hotbeds " + SINAI),
    (JAZ357, "ورفح", "مناطق جنوب الشيخ زويد ورفح وشرق العريش",
     SD, "Other", POLEG, UAG, "Rafah", "EG", "2015-08-09", "2", "", "", "security source (via Al Jazirah)", "reported",
     "the same sweep, second named area: Rafah (North Sinai, Egypt) " + SINAI),
    (JAZ357, "وشرق العريش", "ورفح وشرق العريش، وخلالها",
     SD, "Other", POLEG, UAG, "Al Arish", "EG", "2015-08-09", "2", "", "", "security source (via Al Jazirah)", "reported",
     "the same sweep, third named area: east of al-Arish (adjudicated: 'Al Arish', as B, first 'Arish': the set keeps the article, as 'Al Maayin', 'Al Anad') " + SINAI),
    (JAZ357, "في هجوم إرهابي", "وأصيب 3 آخرون في هجوم إرهابي استهدف سيارة ترحيلات",
     BAT, CLASH, UAG, POLEG, "Sinnuris", "EG", "2015-08-08", "1", "1", "exact", "Al Jazirah (preliminary information)", "reported",
     "'yesterday' (DCT Sunday 9 August -> 8 August): a policeman was killed and three wounded in a terrorist attack on a "
     "prisoner-transport vehicle on the Fayoum-Cairo road; 'terrorists' on a motorcycle fired a volley at the vehicle "
     "carrying four policemen (the photo caption 'the Egyptian policeman's body in Fayoum' and the hospital report are "
     "the same event -> one row; attack on police by an armed group -> Battles/Armed clash, as the spent okaz-1951 and "
     "aljazirah-969 rows; attackers unnamed -> Unidentified armed group; the text places it 'at the Mimna area' and 'at "
     "Izbat al-Hagara', both in the Sinnuris district -> 'Sinnuris' (Fayoum); 1 exact). Not coded: the governor's visit "
     "and the security cordon"),
    (WAT2158, "سقطت ثمانية قذائف", "عندما سقطت ثمانية قذائف عسكرية من نوع",
     ERV, SHELL, HOU, "Civilians (Saudi Arabia)", "Dhahran al-Janub", "SA", "2015-08-05", "1", "", "",
     "Al Watan (hospital medical source, a tribal source)", "reported",
     "the title's news: 'yesterday' (DCT Thursday 6 August -> 5 August) eight Katyusha shells fired from inside Yemen by "
     "the Houthi militias and their ally Saleh fell on the Olab border centre and the Sara and Nuzha neighbourhoods of "
     "Dhahran al-Janub governorate; no casualties (Houthis and Saleh's forces -> Houthis, as the spent alwatan-1347 "
     "Dhahran al-Janub row; neighbourhoods and villages hit -> Civilians (Saudi Arabia); the Sara and Nuzha neighbourhoods "
     "of the town -> 'Dhahran al-Janub', as the spent alwatan-1347 row; adjudicated: the Olab (Alab) border centre, first "
     "folded here, now has its own row, as B, by the one-location rule; the title's 'shells hit Dhahran al-Janub' is the same event). "
     "Not coded: the coalition's leaflets dropped 'the day before yesterday' asking Yemeni border villagers to evacuate "
     "(a warning, not the news), the rebels' generic hiding among civilians"),
    (WAT2158, "مركز علب الحدودي", "أمس في مركز علب الحدودي وأحياء",
     ERV, SHELL, HOU, "Civilians (Saudi Arabia)", "Alab", "SA", "2015-08-05", "1", "", "",
     "Al Watan (hospital medical source, a tribal source)", "reported",
     "added in adjudication, from B: the same 'yesterday' (5 August) Katyusha salvo, the shells that fell on the Alab "
     "('علب', Olab) border centre of Dhahran al-Janub governorate (a differently named place from the town's Sara and "
     "Nuzha neighbourhoods -> own row by the one-location rule; first folded into the Dhahran al-Janub row; Houthis and "
     "Saleh's forces -> Houthis; the 'neighbourhoods and villages' of the governorate -> Civilians (Saudi Arabia); no "
     "casualties; 'Alab', B's spelling, the unvowelled name read with a)"),
    (WAT2158, "المعاين", "وتحديدا مناطق المعاين، والطلح",
     ERV, AIR, COAL, HOU, "Al Maayin, Saada", "YE", "2015-08-05", "2", "", "", WATOBS, "reported",
     "first named area: " + SAADA),
    (WAT2158, "والطلح", "مناطق المعاين، والطلح، ومران",
     ERV, AIR, COAL, HOU, "Al Talh, Saada", "YE", "2015-08-05", "2", "", "", WATOBS, "reported",
     "second named area, al-Talh: " + SAADA),
    (WAT2158, "ومران", "والطلح، ومران، وكتاف",
     ERV, AIR, COAL, HOU, "Maran, Saada", "YE", "2015-08-05", "2", "", "", WATOBS, "reported",
     "third named area, Maran (the spent spelling 'Maran'): " + SAADA),
    (WAT2158, "وكتاف", "ومران، وكتاف، ونقعة",
     ERV, AIR, COAL, HOU, "Kitaf, Saada", "YE", "2015-08-05", "2", "", "", WATOBS, "reported",
     "fourth named area, Kitaf: " + SAADA),
    (WAT2158, "ونقعة", "وكتاف، ونقعة، كما",
     ERV, AIR, COAL, HOU, "Naqaa, Saada", "YE", "2015-08-05", "2", "", "", WATOBS, "reported",
     "fifth named area, Naqaa (adjudicated: 'Naqaa', as B, first 'Naqah': the ayn of 'نقعة' is kept as in 'Al Maayin'): " + SAADA),
    (WAT2158, "مدفعية القوات المسلحة", "كما استهدفت مدفعية القوات المسلحة مواقع الانقلابيين",
     ERV, SHELL, "Military Forces of Saudi Arabia", HOU, "Saada", "YE", "2015-08-05", "2", "", "", WATOBS, "reported",
     "the armed forces' artillery also targeted the putschists' positions and destroyed them (the Saudi army answering "
     "the shelling of Dhahran al-Janub -> Military Forces of Saudi Arabia, as the spent alwatan-1347 artillery row; separate "
     "sub-type from the air strikes; the same sentence names Saada governorate, no own area -> 'Saada'; 5 August, "
     "precision 2; 'the putschists' -> Houthis; no toll)"),
    (YAUM1159, "تفجير عبوة ناسفة", "في تفجير عبوة ناسفة وضعها إرهابيون",
     ERV, IED, UAG, POLEG, "Heliopolis", "EG", "2015-08-10", "1", "", "",
     "Al Yaum (Egyptian Interior Ministry security media official)", "reported",
     "'before noon yesterday' (DCT Tuesday 11 August -> 10 August): three wounded, two officers (one a colonel) and a "
     "soldier, by an IED planted by 'terrorists' in an electricity distribution box 5 metres in front of the traffic kiosk "
     "near the family court in Al-Mahkama Square, Heliopolis ('حي مصر الجديدة' -> 'Heliopolis'; the text does not name "
     "the city -> no ', Cairo'; officers and a soldier at a traffic post -> Police Forces of Egypt; unnamed 'terrorists' "
     "-> Unidentified armed group; wounded only -> fatalities empty; remote-controlled by a mobile SIM, the ministry "
     "says; folded: the second bomb in a black bag, planted by unknowns and defused by the civil protection and "
     "explosives experts now has its own row (adjudicated, from B); the location kept against B's 'Heliopolis, Cairo'). Not coded: the cabinet "
     "reshuffle speculation (cabinet change), the referral of 10 defendants of the 'Zawahiri cell' to the Mufti (trial)"),
    (YAUM1159, "تفكيك قنبلة أخرى", "في تفكيك قنبلة أخرى، وضعها مجهولون",
     SD, "Disrupted weapons use", POLEG, UAG, "Heliopolis", "EG", "2015-08-10", "1", "", "",
     "Al Yaum", "reported",
     "added in adjudication, from B: the civil-protection men and explosives experts defused another bomb, placed by "
     "unknown persons in a black bag, at the IED site 'before noon yesterday' (10 August) (a second device and a different "
     "actor's action -> own row, Strategic developments/Disrupted weapons use, as the spent sabq-1295 and okaz-1280 rows; "
     "my first version folded it into the IED row, as the spent alwatan-1347 fifth shell and alweeam-1640 IED removal, "
     "but those were parts of the same salvo or advance, not a separate device; civil protection, Interior Ministry -> "
     "Police Forces of Egypt; 'مجهولون' planting a bomb beside the 'terrorists'' IED -> Unidentified armed group; "
     "'Heliopolis', no city in the text, kept against B's 'Heliopolis, Cairo')"),
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
