"""Bookkeeping helper for annotator B of the events25 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events22/second/make_b.py (itself from
events20/events18/events16). Run: python3 /work/fresh/events25/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 25 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2772/2773, drawn at the start of stop 26, main 861ff0f, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2772).shuffle, walked in order; (b) 10 with no text filter: random.Random(2773).shuffle, walked in order, >=3 sources (got, by source, a: aleqtisadiya 2, aljazirah 2, alriyadh 2, aawsat 1, almadina 1, alwatan 1, alyaum 1; b: sabq 3, aljazirah 2, 3alyoum 1, aawsat 1, aleqtisadiya 1, almadina 1, alweeam 1).
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
SD = "Strategic developments"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
LOOT = "Looting/property destruction"
UAG = "Unidentified armed group"
POLSA = "Police Forces of Saudi Arabia"
WA928 = "SN-alwatan-20150727-928"
AW132 = "SN-aawsat-20150807-132"
EQ228 = "SN-aleqtisadiya-20150809-228"
RI618 = "SN-alriyadh-20150809-618"
AW156 = "SN-aawsat-20150809-156"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WA928, "هجوم انتحاري", "في هجوم انتحاري بسيارة ملغومة نفذه أعضاء من الحركة المتشددة",
     ERV, SUI, "Al Shabaab", "Civilians (Somalia)", "Mogadishu", "SO", "2015-07-26", "1", "6", "at_least",
     "official Mohamed Jama; Al Watan", "reported",
     "title and lead: 'yesterday' (DCT Monday 27 July -> 26 July) at least six killed in a suicide car-bomb attack "
     "carried out by members of the Shabaab movement on a hotel (the Jazeera Hotel, housing several diplomatic missions) "
     "in 'the Somali capital' (not named in the text -> Mogadishu); eight wounded; al-Shabaab claimed responsibility "
     "(the outlet states it as fact -> reported). 'Six dead, most of them security guards', 'toll may be higher' -> 6 "
     "at_least; hotel guards (private guards of a civilian hotel, alternative a security force) -> Civilians (Somalia); "
     "the hotel is not a gazetteer place -> the city. Not coded: Obama's statement in Kenya that al-Shabaab's strength "
     "declined (commentary), the Le Figaro commentary, Obama's 2009/2011 visits"),
    (AW132, "فجر انتحاري نفسه", "فجر انتحاري نفسه بحزام ناسف أمس، داخل مسجد",
     ERV, SUI, "Islamic State", POLSA, "Abha", "SA", "2015-08-06", "1", "15", "exact",
     "Interior Ministry spokesman Maj. Gen. Mansour al-Turki", "reported",
     "title and lead: 'yesterday' (DCT Friday 7 August -> Thursday 6 August, about 10:30 am / noon prayer) a suicide "
     "bomber with an explosive belt blew himself up inside the mosque of the Special Emergency Forces headquarters in "
     "the city of Abha, killing 12 security men (Special Emergency Forces members) and three workers at the site and "
     "wounding nine, three seriously (12 + 3 = 15 exact, the ministry spokesman's figures; the site visits, the hospital "
     "care, the DNA identification folded/not coded); ISIS claimed responsibility in a statement naming the bomber "
     "'Abu Sinan al-Najdi' -> actor1 Islamic State (the claim is reported as fact by the outlet); Special Emergency "
     "Forces (Interior Ministry) -> Police Forces of Saudi Arabia as the spent Asir rows; the text names the city -> "
     "Abha. Not coded: the Asir governor's and the spokesman's declarations (commentary/resolve)"),
    (EQ228, "التفجير الغاشم", "الذي استشهد، في التفجير الغاشم الذي استهدف مسجد مقر قوات الطوارئ الخاصة",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-09", "3", "", "",
     "Al Eqtisadiya", "reported",
     "background (the news is the funeral 'yesterday' in Maysan, south of Taif): the 19-year-old martyr Mamdouh al-Harithi, "
     "enrolled in the course, was killed in 'the treacherous bombing that targeted the mosque of the Special Emergency "
     "Forces headquarters in the Asir region' (the text says only 'التفجير' -> the generic explosive sub-type, as the "
     "adjudicated events18/19 Asir rows; no perpetrator named -> Unidentified armed group; trainee of the Emergency "
     "Forces -> Police Forces of Saudi Arabia; no temporal word for the bombing -> DCT, precision 3 by the written rule, "
     "as the spent alriyadh-796 row (the funeral 'yesterday' bounds it, alternative 8 August precision 2); only one "
     "named victim, no toll stated -> fatalities empty (alternative 1 at_least)). Not coded: the funeral, the relative's "
     "call to report suspects (commentary)"),
    (RI618, "حادث التفجير الإرهابي", "في حادث التفجير الإرهابي الذي استهدف مسجداً لقوات الطوارئ الخاصة",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Al Riyadh (Deputy Crown Prince and Interior Minister Mohammed bin Nayef's meeting)", "reported",
     "background (the news is the Interior Minister's meeting with the security chiefs in Jeddah): the terrorist bombing "
     "that targeted a mosque of the Special Emergency Forces in the Asir region 'last Thursday' (DCT Sunday 9 August -> "
     "6 August) killed 15 and wounded 33 security men (the text says only 'التفجير' -> the generic explosive sub-type; "
     "no perpetrator named -> Unidentified armed group; security men -> Police Forces of Saudi Arabia; the region only "
     "-> Asir), as the spent alriyadh-551 row of the same story. Not coded: the minister's 'these incidents "
     "will not deter our resolve' (title; general resolve, not an operation or a military warning), the call to raise "
     "alertness, the Umrah/Hajj security plans"),
    # ---- set b (no text filter) ----
    (AW156, "وهوجم نحو 150 مركز إيواء", "وهوجم نحو 150 مركز إيواء أنشئت حديثا",
     SD, LOOT, UAG, "", "", "DE", "2015-01-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: about 150 newly established refugee shelters in Germany were attacked and damaged or destroyed 'this "
     "year', the attackers usually setting them on fire (year only -> 1 January 2015, precision 3); folded here: 'a wave "
     "of arson attacks on a number of refugee hostels', the 'arson incidents' dominating the headlines, the head of the "
     "domestic intelligence service's 'marked increase in attacks on refugee housing over the past year'. Arson on "
     "buildings with no casualty stated -> Strategic developments/Looting/property destruction (alternative Violence "
     "against civilians/Attack); attackers not named beyond 'extremists who set fires' -> Unidentified armed group; "
     "target the shelters, not people -> actor2 empty (alternative Civilians (Germany)); no place -> location empty. "
     "Not coded: the 'protests against refugees' (uncounted, no place or day), the violence 'repeated' in Calais "
     "(generic, France), the TV presenter's appeal (commentary), the hate comments online"),
    (AW156, "تروجليتز", "مشاهد مراكز اللاجئين المحترقة في بلدات مثل تروجليتز ورمشيجن",
     SD, LOOT, UAG, "", "Tröglitz", "DE", "2015-08-09", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: 'the scenes of burned refugee centres in towns such as Tröglitz and Remchingen' (a named place -> own "
     "row, one location per row, as the spent undated Dammam/Qatif background rows; no date for this item -> DCT, "
     "precision 3; arson on a building -> property destruction as the aggregate row; borderline passing mention)"),
    (AW156, "رمشيجن", "مشاهد مراكز اللاجئين المحترقة في بلدات مثل تروجليتز ورمشيجن",
     SD, LOOT, UAG, "", "Remchingen", "DE", "2015-08-09", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the second town of 'burned refugee centres in towns such as Tröglitz and Remchingen' (see the Tröglitz "
     "row; borderline passing mention)"),
    (AW156, "فورا", "ورسمت شارة النازية على أحد مراكز الإيواء التي أحرقت في فورا",
     SD, LOOT, UAG, "", "Vorra", "DE", "2015-08-09", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: a swastika was painted on one of the shelters burned in Vorra (named place -> own row; given right "
     "after the 'this year' count but without its own date -> DCT, precision 3, alternative 1 January 2015 as the "
     "aggregate; borderline passing mention)"),
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
