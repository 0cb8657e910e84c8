"""Bookkeeping helper for the events7 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions are those of ../events6/addrows.py (itself from ../events2/addrows.py).
Run: python3 tests/data/heldout/events7/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 7 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. Both halves from /work/shared/datasets/ant_multisource/articles.jsonl.gz (cat in {internationalNews, middleEast}, 120-800 words, id not in /work/notes/used_ids.txt and not a bundled-corpus article): (a) 10 whose text matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2670).shuffle of line indices, walked in order; (b) 10 with no text filter: random.Random(2671).shuffle, walked in order, >=3 src (got, by id prefix, a: BB 1, FR 4, SK 5; b: AL 2, BB 4, CN 1, SK 3).
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
# Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 24 rows): no row added or removed (26 rows); 1 reported_as, 1 location spelling and 1 actor name changed; every difference and its reason in second/ADJUDICATION.md.
"""
COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
SYR = "Military Forces of Syria"
CSY = "Civilians (Syria)"
SOHR = "Syrian Observatory for Human Rights"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    ("FR-internationalNews-887-20180424", "عملية عسكرية واسعة", "وينفذ الجيش المصري عملية عسكرية واسعة في سيناء",
     "Battles", "Armed clash", "Military Forces of Egypt", "Islamic State (Sinai Province)", "Sinai", "EG",
     "2018-04-24", "3", "130", "at_least", "Egyptian army statistics (via France 24)", "reported",
     "aggregate: the army's Sinai counter-terrorism operation since 9 February killed 'more than a hundred' jihadists "
     "and 'about 30' soldiers (>100 + ~30 -> 130 at_least); stated as fact 'according to army statistics' -> "
     "reported (adjudicated; first claimed); the HRW report on movement restrictions, road closures, "
     "cuts of water/power/fuel and the ongoing home demolitions is not coded (report/commentary, generic, undated)"),
    ("SK-internationalNews-2037-20180609", "وقفا لإطلاق النار", "السبت، وقفا لإطلاق النار لمدة 3 أيام",
     SD, "Agreement", "Taliban", "Government of Afghanistan", "", "AF", "2018-06-09", "1", "", "",
     "Taliban (statement)", "reported",
     "Taliban announce on Saturday a 3-day Eid ceasefire (first of its kind), not covering foreign forces, against whom "
     "operations continue (not coded: generic); also the title's 'تعلن وقفا لإطلاق النار'; ceasefires are Agreement "
     "rows as in events5 BB-967"),
    ("SK-internationalNews-2037-20180609", "وقفا غير مشروط", "أعلن الرئيس أشرف غني وقفا غير مشروط",
     SD, "Agreement", "Government of Afghanistan", "Taliban", "", "AF", "2018-06-07", "1", "", "",
     "Sky News Arabia", "reported",
     "President Ghani's unconditional ceasefire with the Taliban announced on Thursday, until 20 June, excluding IS; "
     "'إعلان الحكومة وقفا لإطلاق النار يوم الخميس' is the same event"),
    ("SK-internationalNews-2037-20180609", "هجوم", "المسؤولية عن هجوم منها",
     ERV, "Suicide bomb", "Islamic State", "Civilians (Afghanistan)", "Kabul", "AF", "2018-06-02", "2", "14", "exact",
     "Sky News Arabia", "reported",
     "background: IS-claimed suicide bombing at the entrance of a tent of a clerics' gathering in Kabul 'last week' "
     "(DCT-7, precision 2), 14 killed; the clerics' fatwa itself is not coded; Trump's August 2017 escalation of air "
     "strikes is generic and too old"),
    ("FR-internationalNews-364-20180311", "عدد القتلى المدنيين", "أن عدد القتلى المدنيين في الغوطة الشرقية",
     ERV, SHELL, SYR, CSY, "Eastern Ghouta", "SY", "2018-03-11", "3", "1031", "exact", SOHR, "reported",
     "aggregate: civilians killed in besieged Eastern Ghouta since 18 February: 1031 incl. 219 children (title: "
     "'more than a thousand'), over 4350 injured; generic 'القصف' -> Shelling; government implied (its offensive)"),
    ("FR-internationalNews-364-20180311", "القصف", "السبت في القصف على مدينة دوما",
     ERV, SHELL, SYR, CSY, "Douma", "SY", "2018-03-10", "1", "20", "exact", SOHR, "reported",
     "Saturday: 20 civilians incl. 4 children killed in shelling of Douma amid a new army advance (perpetrator implied); "
     "the shelling that also hit the town's cemetery (local council) folded"),
    ("FR-internationalNews-364-20180311", "القصف في حرستا", "القصف في حرستا وعربين",
     ERV, SHELL, SYR, CSY, "Harasta", "SY", "2018-03-10", "2", "", "", "Rami Abdulrahman (SOHR)", "reported",
     "shelling in Harasta and Arbin killed eight civilians in total (not split by place -> fatalities empty in both "
     "rows); day implied by the Saturday toll update -> precision 2"),
    ("FR-internationalNews-364-20180311", "مقتل ثمانية مدنيين", "أسفر عن مقتل ثمانية مدنيين",
     ERV, SHELL, SYR, CSY, "Arbin", "SY", "2018-03-10", "2", "", "", "Rami Abdulrahman (SOHR)", "reported",
     "the Arbin half of 'القصف في حرستا وعربين' (one location per row); eight civilians killed in the two towns "
     "together, not split -> fatalities empty"),
    ("FR-internationalNews-364-20180311", "عزل الجيش السوري", "وقد عزل الجيش السوري السبت",
     "Battles", "Government regains territory", SYR, "Syrian rebels", "Eastern Ghouta", "SY", "2018-03-10", "1", "",
     "", "France 24", "reported",
     "Saturday: the army cut Douma off from the rest of Eastern Ghouta, splitting it into three parts; the 'new "
     "advance' and state TV's 'the army intensifies its operations' on several fronts folded"),
    ("FR-internationalNews-364-20180311", "قصف نفذته فصائل معارضة", "قصف نفذته فصائل معارضة",
     ERV, SHELL, "Syrian rebels", CSY, "Damascus", "SY", "2018-03-10", "1", "1", "exact",
     "Syrian state news agency (SANA)", "reported",
     "Saturday: a child killed and four civilians injured in east Damascus by rebel shelling from Ghouta"),
    ("FR-internationalNews-364-20180311", "طال القصف منزلهم", "عندما طال القصف منزلهم",
     ERV, SHELL, SYR, CSY, "Kafr Sajna", "SY", "2018-03-10", "2", "1", "at_least", "White Helmets (Syrian Civil Defence)",
     "reported",
     "White Helmets announced on Saturday that volunteer paramedic Subhiya al-Asad was killed with members of her "
     "family when shelling hit their home in Kafr Sajna, Idlib province (rebel-held; government implied); day of the "
     "strike not stated -> announcement day, precision 2; family deaths not counted -> 1 at_least"),
    ("SK-middleEast-3323-20180810", "بغارات جوية", "قتلوا بغارات جوية مكثفة",
     ERV, AIR, SYR, CSY, "Urum al-Kubra", "SY", "2018-08-10", "2", "20", "at_least",
     "Civil Defence in the Aleppo countryside", "reported",
     "more than 20 civilians killed by intense air strikes (6 strikes, a residential quarter destroyed) on the "
     "residential quarters of Urum al-Kubra (adjudicated spelling; first 'Orum') (the text places it in the Idlib countryside); warplanes' owner not stated "
     "(government implied by the context of a feared government offensive); no day stated -> DCT precision 2"),
    ("FR-middleEast-119-20180308", "قصف عنيف من القوات النظامية", "تعرض المدينة إلى قصف عنيف من القوات النظامية",
     ERV, SHELL, SYR, "", "Eastern Ghouta", "SY", "2018-03-08", "2", "", "", "ICRC (Angie Sedky)", "reported",
     "heavy shelling by government forces that made the ICRC postpone the aid convoy due on Thursday (= DCT); target "
     "not named; also 'لتعرضها لقصف عنيف من قبل النظام السوري'"),
    ("FR-middleEast-119-20180308", "استعادة السيطرة", "من استعادة السيطرة على أكثر من نصف مساحة الغوطة الشرقية المحاصرة",
     "Battles", "Government regains territory", SYR, "Syrian rebels", "Eastern Ghouta", "SY", "2018-03-07", "2", "", "",
     SOHR, "reported",
     "government forces retook more than half of besieged Eastern Ghouta, hours after bringing reinforcements on "
     "Wednesday (also in the lede)"),
    ("FR-middleEast-119-20180308", "غارات شنتها دمشق", "تسببت فيه غارات شنتها دمشق",
     ERV, AIR, SYR, CSY, "Eastern Ghouta", "SY", "2018-03-07", "2", "62", "at_least", SOHR, "reported",
     "air strikes by Damascus with its ally Moscow (Russia associated) killed 'more than 62' civilians in Eastern "
     "Ghouta at the time of Wednesday's advance (lede: 'مقتل 62 مدنيا في غارات'); kept apart from the battle row "
     "because it is a civilian-casualty strike event"),
    ("FR-middleEast-119-20180308", "حملة عنيفة", "شباط/فبراير حملة عنيفة",
     ERV, AIR, SYR, CSY, "Eastern Ghouta", "SY", "2018-03-08", "3", "860", "at_least", SOHR, "reported",
     "aggregate: government campaign on Eastern Ghouta since 18 February with heavy air, rocket and artillery "
     "bombardment, more than 860 civilians killed incl. more than 180 children (sub type from the first-listed 'جوي')"),
    ("FR-middleEast-119-20180308", "تحت القصف", "سلمتها \"تحت القصف\"",
     ERV, SHELL, SYR, "", "Douma", "SY", "2018-03-05", "1", "", "", "United Nations", "reported",
     "background: the first aid convoy, in Douma on Monday, unloaded 'under shelling' and had to leave before evening "
     "without unloading everything; perpetrator implied (government campaign)"),
    ("SK-internationalNews-1272-20180430", "يفجر انتحاري نفسه", "قبل أن يفجر انتحاري نفسه في الموكب",
     ERV, "Suicide bomb", "Unidentified armed group", "NATO", "Abdullah Village, Kandahar", "AF",
     "2018-04-30", "2", "11", "exact", "Aziz Ahmad Azizi (Kandahar governor's spokesman)", "reported",
     "(adjudicated: actor2 first 'NATO (Resolute Support)') suicide bomber blew himself up at a NATO (Resolute Support, Romanian unit) convoy in Abdullah village near Kandahar airport, killing 11 children "
     "gathered around it; 16 injured incl. 5 Romanian NATO soldiers and 2 Afghan policemen; no claim; day not stated "
     "-> DCT precision 2"),
    ("SK-internationalNews-1272-20180430", "عمليتان انتحاريتان", "وقعت عمليتان انتحاريتان",
     ERV, "Suicide bomb", "Islamic State", "Civilians (Afghanistan)", "Kabul", "AF", "2018-04-30", "1", "25", "exact",
     "Sky News Arabia (AFP)", "reported",
     "background: two consecutive IS-claimed suicide bombings in Kabul early on Monday killed 25 incl. an AFP "
     "photographer and 7 other journalists (same place, same morning, same actors -> one row)"),
    # ---- set b (no text filter) ----
    ("CN-middleEast-1155-20180809", "الاستهداف الذي تم", "عن سبب الاستهداف الذي تم، الخميس",
     ERV, AIR, "Saudi-led coalition", "Civilians (Yemen)", "Saada", "YE", "2018-08-09", "1", "42", "at_least",
     "Yahya Shayem (Saada health office, via CNN)", "reported",
     "Thursday's coalition strike in Saada governorate: 'at least 42' of the dead were children (ICRC: most under "
     "ten); the text says only 'الاستهداف' (coalition strikes are air strikes); the coalition calls it a legitimate "
     "strike on the elements behind the Jazan attack"),
    ("CN-middleEast-1155-20180809", "كشف", "(CNN)-- كشف",
     "Statement", "", "Saudi-led coalition", "Houthis", "", "SA", "2018-08-09", "1", "", "",
     "Turki al-Maliki (coalition spokesman, via SPA)", "reported",
     "the article's news (title): the coalition spokesman declares the Saada strike a legitimate military action in "
     "line with international humanitarian law and warns that the Houthi leaders and elements behind the missile "
     "launches 'will be held to account' (military warning); place not stated"),
    ("CN-middleEast-1155-20180809", "صاروخ أطلقه", "سقط صاروخ أطلقه المتمردون",
     ERV, SHELL, "Houthis", "Civilians (Saudi Arabia)", "Jazan", "SA", "2018-08-08", "1", "1", "exact", "CNN",
     "reported",
     "Wednesday night: a Houthi missile fired at Jazan killed a man; the same event is 'استهداف المدنيين ليلة البارحة "
     "في مدينة جازان' and the last related-news item (ballistic missile intercepted by Saudi air defences, shrapnel "
     "killed a Yemeni resident) -> one row"),
    ("CN-middleEast-1155-20180809", "قتال امتد", "في قتال امتد من ليل الأربعاء",
     "Battles", "Armed clash", "Military Forces of Israel", "Hamas", "", "PS", "2018-08-08", "2", "3", "exact",
     "Palestinian Health Ministry; Israeli army", "reported",
     "background (related-news tail): fighting between the Israeli army and Hamas from Wednesday night to Thursday "
     "dawn: 3 Palestinians killed, 12 wounded, 7 Israelis wounded; the text names no place (Gaza implied) -> location "
     "empty; 'قتال' -> Armed clash as written (air strikes/rockets not stated). Not coded: Santos, the Saudi justice "
     "minister, Trudeau (diplomatic/commentary)"),
    ("BB-middleEast-481-20180509", "لهجوم بالقذائف الصاروخية", "تعرضت لهجوم بالقذائف الصاروخية",
     ERV, SHELL, "Military Forces of Iran (Quds Force)", "Military Forces of Israel", "Golan Heights", "SY",
     "2018-05-09", "2", "", "", "Israeli army (Avichay Adraee)", "claimed",
     "Israeli army: about 20 rockets fired from Syria by Iran's Quds Force at the forward line of positions in the "
     "Golan Heights, sirens sounded (folded); the attribution is the army's accusation (title: 'إسرائيل تتهم') -> "
     "claimed; day not stated -> DCT precision 2; country SY (the occupied Golan, as the text says)"),
    ("BB-middleEast-481-20180509", "بإطلاق صواريخ", "اتهمت وسائل إعلام سورية إسرائيل بإطلاق صواريخ",
     ERV, SHELL, "Military Forces of Israel", "", "Damascus", "SY", "2018-05-08", "1", "", "",
     "Syrian media (SANA)", "claimed",
     "Tuesday: Syrian media accused Israel of firing missiles at a target near Damascus shortly after Trump's "
     "decision; SANA: air defences shot down two Israeli missiles (folded); Israel does not comment. Not coded: the "
     "generic 'repeated air strikes' by Israel in Syria (undated, no count), Tuesday's shelter orders/defence "
     "deployments/reserve call-up (military preparations), the related-link headlines"),
    ("AL-internationalNews-147-20180221", "منع منصة", "وتواصل السفن الحربية التركية منع منصة",
     SD, "Other", "Military Forces of Turkey", "Eni", "", "CY", "2018-02-21", "2", "", "", "Al Arabiya", "reported",
     "Turkish warships keep blocking the drilling platform contracted by Italy's Eni from reaching its target off "
     "south-east Cyprus (since 8 February; ongoing -> DCT precision 2); the rig halted 30 miles from the site; coercive "
     "naval action (blockade); the Turkish naval exercises are not coded; no named place beyond the island"),
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
