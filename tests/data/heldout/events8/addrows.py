"""Bookkeeping helper for the events8 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions are those of ../events7/addrows.py (itself from ../events6/ and ../events2/addrows.py).
Run: python3 tests/data/heldout/events8/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 8 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. Both halves from /work/shared/datasets/ant_multisource/articles.jsonl.gz (cat in {internationalNews, middleEast}, 120-800 words, id not in /work/notes/used_ids.txt and not a bundled-corpus article): (a) 10 whose text matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2675).shuffle of line indices, walked in order; (b) 10 with no text filter: random.Random(2676).shuffle, walked in order, >=3 src (got, by id prefix, a: AL 1, CN 3, FR 3, SK 3; b: BB 1, CN 2, FR 4, SK 3).
# Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 20 rows): 3 rows added (SK-3102 Nasiriyah, Diwaniyah, Karbala), none removed (22 rows); 1 actor1 and 2 time_precision values changed; every difference and its reason in second/ADJUDICATION.md.
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

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
PR = "Protests"
SYR = "Military Forces of Syria"
ISR = "Military Forces of Israel"
PPS = "Protesters (Palestine)"
PIQ = "Protesters (Iraq)"
AFG = "Government of Afghanistan"
FR1859 = "FR-internationalNews-1859-20180617"
SK561 = "SK-middleEast-561-20180326"
SK3102 = "SK-middleEast-3102-20180725"
SK936 = "SK-internationalNews-936-20180416"
FR1431 = "FR-internationalNews-1431-20180525"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    ("SK-middleEast-472-20180322", "عملية عسكرية", "بشأن عملية عسكرية في سنجار",
     "Battles", "Armed clash", "Military Forces of Turkey", "PKK: Kurdistan Workers' Party", "Sinjar", "IQ",
     "2018-05-01", "3", "", "", "Recep Tayyip Erdogan; Mevlut Cavusoglu", "planned",
     "Erdogan's hints at a military operation in Sinjar against the PKK, and Cavusoglu's earlier statement that after "
     "Afrin Turkish forces will move into northern Iraq 'in May next' (one announced operation -> 1 May, precision 3). "
     "Not coded: Jaafari's Wednesday rejection to the Turkish deputy minister (diplomatic), the Turkish raids on the "
     "PKK (generic, undated, uncounted), the Turkish presence at Bashiqa (no event)"),
    ("AL-internationalNews-824-20180407", "وقُتل", "وقُتل 8 متظاهرين فلسطينيين",
     PR, "Excessive force against protesters", PPS, ISR, "Gaza Strip", "PS", "2018-04-06", "1", "8", "exact",
     "Gaza Ministry of Health", "reported",
     "Friday's protests in the Gaza Strip (Great March of Return): 8 protesters killed by Israeli fire, 442 wounded "
     "(incl. a 16-year-old among the dead). Not coded: Kuwait's Security Council statement blocked by the US "
     "(diplomatic); the movement's start ('30 April', evidently 30 March) is only the campaign frame"),
    ("CN-middleEast-579-20180411", "الهجوم الكيماوي", "بسبب الهجوم الكيماوي على مدينة دوما",
     ERV, "Chemical weapon", SYR, "Civilians (Syria)", "Douma", "SY", "2018-04-11", "3", "", "",
     "CNN", "reported",
     "background: the chemical attack on Douma, cited as the reason for expected US-led action against Assad's "
     "government (attribution implied by that context; no day in the text -> DCT, precision 3). Not coded: the "
     "Eurocontrol/EASA warning and airlines' reactions; the possible air/missile strikes within 72 hours (expected, "
     "not announced by a party)"),
    ("SK-middleEast-561-20180326", "لاتفاق", "لاتفاق يوم الجمعة",
     SD, "Agreement", "Faylaq al-Rahman", "Government of Syria", "Arbin", "SY", "2018-03-23", "1", "", "",
     "Syrian state media (SANA)", "reported",
     "Faylaq al-Rahman, the main group in the Arbin area of Eastern Ghouta, reached an agreement on Friday to hand the "
     "area to the government and be moved to the opposition-held north-west"),
    ("SK-middleEast-561-20180326", "مغادرة الغوطة الشرقية", "في انتظار مغادرة الغوطة الشرقية",
     SD, "Non-violent transfer of territory", SYR, "Faylaq al-Rahman", "Eastern Ghouta", "SY", "2018-03-25", "1",
     "", "", "Syrian state media", "reported",
     "Sunday, second day of the evacuation: more than 5000 fighters and families boarded 77 buses to leave Eastern "
     "Ghouta (also the title's second group); coded like events6 BB-382 (Non-violent transfer, rebels leaving by bus)"),
    ("SK-middleEast-561-20180326", "غادروا", "نحو ألف مقاتل وأقاربهم غادروا يوم السبت",
     SD, "Non-violent transfer of territory", SYR, "Faylaq al-Rahman", "Eastern Ghouta", "SY", "2018-03-24", "1",
     "", "", "Syrian Arab News Agency (SANA)", "reported",
     "Saturday, first day of the evacuation: about 1000 fighters and relatives left (a differently dated step -> own row)"),
    ("SK-middleEast-561-20180326", "هجوم جوي وبري", "وبعد هجوم جوي وبري مستمر منذ شهر",
     "Battles", "Government regains territory", "Military Forces of Syria", "Syrian rebels", "Eastern Ghouta", "SY",
     "2018-03-26", "3", "", "", "Sky News Arabia", "reported",
     "aggregate: after a month-long air and ground offensive and evacuation deals with Faylaq al-Rahman and Ahrar "
     "al-Sham, pro-government forces control most of Eastern Ghouta; only Douma remains with the armed opposition. "
     "Not coded: the siege since 2013 (more than 12 months before the DCT)"),
    ("SK-internationalNews-936-20180416", "وتظاهرات", "اجتاحت اعتصامات وتظاهرات مختلف أنحاء تركيا",
     PR, "Peaceful protest", "Protesters (Turkey)", "", "", "TR", "2018-04-16", "1", "", "",
     "Associated Press (via Sky News Arabia)", "reported",
     "Monday: sit-ins and demonstrations by supporters of the main opposition party (CHP) in all 81 provinces against "
     "the extension of the state of emergency; no single place -> location empty (as events2's Turkey protests). "
     "Not coded: the post-coup arrest campaign (July 2016, too old)"),
    ("SK-internationalNews-936-20180416", "تظاهرة", "نظم مئات من مؤيدي الحزب تظاهرة",
     PR, "Peaceful protest", "Protesters (Turkey)", "", "Taksim, Istanbul", "TR", "2018-04-16", "1", "", "",
     "Associated Press (via Sky News Arabia)", "reported",
     "Istanbul: hundreds of CHP supporters demonstrated in a street near Taksim Square after police barred them from "
     "the square (police blocking access, no force described -> Peaceful protest, not Protest with intervention); "
     "own row because a place is named"),
    ("CN-middleEast-21-20180219", "أسقطتها", "طائرة إيرانية بدون طيار أسقطتها إسرائيل",
     SD, "Disrupted weapons use", "Military Forces of Israel", "Military Forces of Iran", "", "IL", "2018-02-19",
     "3", "", "", "Benjamin Netanyahu (Munich Security Conference)", "claimed",
     "background (opinion article): Netanyahu showed a piece he said came from an Iranian drone that Israel shot down "
     "after it entered Israeli airspace (given only in his words -> claimed; no date in the text -> DCT, precision 3). "
     "Not coded: the Munich conference, Haley's draft resolution, the May-Merkel meeting (diplomatic/commentary)"),
    # ---- set b (no text filter) ----
    (SK3102, "تظاهرة", "إلى تظاهرة واسعة أمام مبنى المحافظة",
     PR, "Peaceful protest", PIQ, "", "Dhi Qar", "IQ", "2018-07-25", "3", "", "",
     "Dhi Qar coordination committees of the protests (statement)", "planned",
     "the coordination committees call for a large demonstration in front of the Dhi Qar governorate building "
     "(demands: dismissal of the governor and 'corrupt' directors, services); no day given -> DCT, precision 3"),
    (SK3102, "مقتل 4", "مما أدى إلى مقتل 4 أشخاص الجمعة",
     PR, "Excessive force against protesters", PIQ, "Police Forces of Iraq", "Baghdad", "IQ", "2018-07-20", "1",
     "4", "exact", "Sky News Arabia", "reported",
     "Friday in Baghdad: security forces confronted protesters by force, 4 killed; thousands demonstrated Friday in "
     "several areas incl. Baghdad, where water cannon and tear gas dispersed protesters heading for the Green Zone "
     "(same event, folded; the other areas are not named)"),
    (SK3102, "التظاهرات", "وبدأت التظاهرات السلمية في مدينة البصرة",
     PR, "Peaceful protest", PIQ, "", "Basra", "IQ", "2018-07-01", "3", "", "", "Sky News Arabia", "reported",
     "aggregate: the service protests that began in Basra at the start of July and spread, turning violent, to "
     "Nasiriyah, Diwaniyah, Karbala and then Baghdad (each named town its own row; adjudicated: first folded here). "
     "Not coded: the calm since last Monday and the tribal sheikhs' one-week deadline"),
    (SK3102, "الناصرية", "ووصلت إلى الناصرية",
     PR, "Peaceful protest", PIQ, "", "Nasiriyah", "IQ", "2018-07-01", "3", "", "", "Sky News Arabia", "reported",
     "background: the protest wave spread to Nasiriyah in July (no day -> 1 July, precision 3; 'took a violent turn' "
     "is said of the wave in general -> Peaceful protest); one location per row (added in adjudication, from B)"),
    (SK3102, "والديوانية", "الناصرية والديوانية وكربلاء",
     PR, "Peaceful protest", PIQ, "", "Diwaniyah", "IQ", "2018-07-01", "3", "", "", "Sky News Arabia", "reported",
     "background: the protest wave spread to Diwaniyah (see the Nasiriyah row; added in adjudication, from B)"),
    (SK3102, "وكربلاء", "والديوانية وكربلاء جنوبا",
     PR, "Peaceful protest", PIQ, "", "Karbala", "IQ", "2018-07-01", "3", "", "", "Sky News Arabia", "reported",
     "background: the protest wave spread to Karbala (see the Nasiriyah row; added in adjudication, from B)"),
    (FR1859, "فجر انتحاري نفسه", "فجر انتحاري نفسه في حشد",
     ERV, "Suicide bomb", "Islamic State", "Civilians (Afghanistan)", "Rodat, Nangarhar", "AF",
     "2018-06-16", "2", "25", "at_least", "Attaullah Khogyani (Nangarhar governor's spokesman)", "reported",
     "suicide bomber in a crowd of Taliban members, security forces and civilians celebrating the ceasefire in Rodat "
     "district, Nangarhar: at least 25 killed, 54 wounded; no claim yet, but the lead says Afghan security sources "
     "attributed it to IS (and a security source does not rule IS out) -> the text names the perpetrator -> Islamic "
     "State (adjudicated; first Unidentified armed group); day implied (reported Saturday) -> precision 2"),
    (FR1859, "تمديد وقف لإطلاق النار", "أعلن فيه الرئيس الأفغاني أشرف غني تمديد وقف لإطلاق النار",
     SD, "Agreement", AFG, "Taliban", "", "AF", "2018-06-16", "1", "", "", "Ashraf Ghani (televised address)",
     "reported",
     "Saturday: Ghani announces a one-week extension of the government's ceasefire with the Taliban and calls on them "
     "to extend theirs (title; 'أعلن غني قرار حكومته تمديد وقف النار' is the same event); ceasefires are Agreement rows"),
    (FR1859, "وقف قوات الشرطة والجيش عملياتها", "إعلان الرئيس الأفغاني وقف قوات الشرطة والجيش عملياتها",
     SD, "Agreement", AFG, "Taliban", "", "AF", "2018-06-12", "2", "", "", "France 24", "reported",
     "background: the government's eight-day halt of police and army operations against the Taliban from last "
     "Tuesday (12 June), operations against IS continuing (announcement day not stated -> dated at its start, "
     "precision 2; adjudicated: first precision 1)"),
    (FR1859, "التزامها بوقف النار", "أعلنت التزامها بوقف النار",
     SD, "Agreement", "Taliban", AFG, "", "AF", "2018-06-17", "3", "", "", "France 24", "reported",
     "background: the Taliban's ceasefire for the first three days of Eid al-Fitr (no attacks on Afghan forces, NATO "
     "forces still targeted); the row is the earlier announcement ('had announced'), day not stated -> DCT, "
     "precision 3 (adjudicated: first 2, as if ongoing). Not coded: the "
     "Eid fraternisation scenes, the EU's praise"),
    (FR1431, "قتل حوالي 121", "بعد أن قتل حوالي 121 فلسطينيا",
     PR, "Excessive force against protesters", PPS, ISR, "Gaza Strip", "PS", "2018-05-25", "3", "121", "about",
     "France 24", "reported",
     "aggregate: about 121 Palestinians killed by Israeli fire at the Gaza border since the Great March of Return began "
     "on 30 March. Not coded: the Supreme Court ruling and the April petition (legal), the wars since 2008 and the "
     "2014 ceasefire (too old)"),
    (FR1431, "ذروتها", "بلغت ذروتها في 14 أيار/مايو",
     PR, "Excessive force against protesters", PPS, ISR, "Gaza Strip", "PS", "2018-05-14", "1", "", "",
     "France 24", "reported",
     "background: the protests peaked on 14 May with the US embassy move to Jerusalem and the Nakba anniversary "
     "(a dated step of the campaign; its toll is not given apart from the aggregate)"),
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
