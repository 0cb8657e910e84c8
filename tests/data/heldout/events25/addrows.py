"""Bookkeeping helper for the events25 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events22/addrows.py (itself from events20, events18, events16, ...).
Run: python3 /work/fresh/events25/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 25 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events25/sample.py ("This set: events25, seeds 2772 / 2773, drawn at the start of stop 26 (main 861ff0f), 2026-11-27"; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2772).shuffle, walked in order; (b) 10 with no text filter, random.Random(2773).shuffle, >=3 sources (got, by source, a: aleqtisadiya 2, aljazirah 2, alriyadh 2, aawsat 1, almadina 1, alwatan 1, alyaum 1; b: sabq 3, aljazirah 2, 3alyoum 1, aawsat 1, aleqtisadiya 1, almadina 1, alweeam 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 8 rows): 3 A-only rows "
       "removed (alyaum-1205 Alitalia pilots' strike and Rome tram drivers' strikes: labour strikes with no gathering "
       "described, not protest events, as the spent events15/SK-1386/FR-1845 decisions; aawsat-156 'protests against "
       "the refugees' aggregate: no place, period or count); no row added (B had no B-only row); 2 field values kept "
       "against B (aleqtisadiya-228 fatalities 1 at_least, aawsat-156 location spelling 'Troglitz'); 8 rows; every "
       "difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
LOOT = "Looting/property destruction"
POLSA = "Police Forces of Saudi Arabia"
UAG = "Unidentified armed group"
WAT928 = "SN-alwatan-20150727-928"
AAW132 = "SN-aawsat-20150807-132"
EQT228 = "SN-aleqtisadiya-20150809-228"
RIY618 = "SN-alriyadh-20150809-618"
AAW156 = "SN-aawsat-20150809-156"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WAT928, "هجوم انتحاري", "هجوم انتحاري على فندق في الصومال",
     ERV, SUI, "Al Shabaab", "Civilians (Somalia)", "Mogadishu", "SO", "2015-07-26", "1", "6", "at_least",
     "Al Watan; official Mohamed Jama", "reported",
     "title: 'yesterday' (DCT Monday 27 July -> 26 July) at least six killed, mostly security guards, and eight others "
     "wounded in a suicide attack with a car bomb carried out by members of al-Shabaab on a hotel (al-Jazeera hotel, "
     "housing several diplomatic missions, frequented by Somali government members and foreign staff) in the Somali "
     "capital; al-Shabaab claimed responsibility (the later 'الهجوم' and 'الانفجار' mentions are the same event). "
     "Actor2 Civilians (Somalia): a hotel target, the guards not said to be state forces. Not coded: Obama's statement "
     "in Kenya that al-Shabaab's territory was reduced (commentary), Le Figaro's commentary on his Africa visits"),
    (AAW132, "فجر انتحاري نفسه", "فجر انتحاري نفسه بحزام ناسف أمس",
     ERV, SUI, "Islamic State", POLSA, "Abha", "SA", "2015-08-06", "1", "15", "exact",
     "Saudi Ministry of Interior spokesman Maj. Gen. Mansour al-Turki; Asharq Al-Awsat", "reported",
     "'yesterday' (DCT Friday 7 August -> Thursday 6 August, about 10:30 am): a suicide bomber with an explosive belt blew "
     "himself up inside the mosque of the Special Emergency Forces headquarters in Abha during the noon prayer; 12 "
     "Special Emergency Forces members and 3 workers at the site killed (12 + 3 = 15, exact), nine wounded; ISIS "
     "claimed responsibility (bomber 'Abu Sinan al-Najdi'; the title calls him 'داعشي') -> Islamic State; the mosque "
     "of the Interior Ministry's Emergency Forces -> Police Forces of Saudi Arabia, as the spent Abha rows; location "
     "'Abha', as the spent adjudicated alriyadh-560 row. Not coded: the Asir emir's visit and statements, the DNA "
     "identification in progress"),
    (EQT228, "التفجير الغاشم", "في التفجير الغاشم الذي استهدف",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-09", "3", "1", "at_least",
     "Al Eqtisadiya", "reported",
     "background (the news is the funeral 'yesterday' in Maysan, Taif): the martyr Mamdouh Misfer al-Harthi, 19, a "
     "trainee on the course, was killed in 'the treacherous bombing that targeted the mosque of the Special Emergency "
     "Forces headquarters in the Asir region' (only 'التفجير' -> generic explosive sub-type, as the spent adjudicated "
     "alriyadh-796; no perpetrator named -> Unidentified armed group; the text gives no date -> DCT, precision 3; one "
     "named death, the full toll not given -> 1 at_least). Not coded: the funeral, the relative's call to report "
     "deviant relatives"),
    (RIY618, "حادث التفجير الإرهابي", "في حادث التفجير الإرهابي الذي استهدف",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Al Riyadh", "reported",
     "background (the news is the Interior Minister's meeting with security chiefs in Jeddah 'this evening'): the "
     "terrorist bombing that targeted a mosque of the Special Emergency Forces in the Asir region 'last Thursday' (DCT "
     "Sunday 9 August -> 6 August) killed 15 and wounded 33 security men (only 'التفجير' -> generic explosive "
     "sub-type; no perpetrator named -> Unidentified armed group; 'Asir region' the only place -> Asir). Not coded: "
     "the meeting, the call to raise readiness, the Umrah/Hajj security plans"),
    # ---- set b (no text filter) ----
    (AAW156, "وهوجم نحو 150 مركز إيواء", "وهوجم نحو 150 مركز إيواء أنشئت حديثا",
     SD, LOOT, UAG, "", "", "DE", "2015-01-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: about 150 newly established refugee shelters were attacked and damaged or destroyed 'this year', the "
     "attackers usually setting them on fire ('this year' -> 1 January 2015, precision 3; property attacks with no "
     "one hurt -> Strategic developments/Looting/property destruction; attackers unnamed ('extremists who set fires' "
     "in a volunteer's words) -> Unidentified armed group). Folded: 'Germany has seen a wave of arson attacks on a "
     "number of refugee hostels', the arson incidents in the headlines, the domestic-intelligence chief's 'rising "
     "number of attacks on refugee housing over the past year'. Named towns are own rows. Not coded: the 'protests "
     "against the refugees' that dominated the headlines with the arson incidents (no place, day, period or count; "
     "adjudicated: removed, first an aggregate Protests row, as B), the recurring violence in Calais (generic), the TV "
     "presenter Anja Reschke's appeal and the debate (commentary), the online hate comments, the refugee housing in "
     "Kerpen-Manheim"),
    (AAW156, "تروجليتز", "في بلدات مثل تروجليتز ورمشيجن",
     SD, LOOT, UAG, "", "Troglitz", "DE", "2015-08-09", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: 'the burned refugee centres in towns such as Tröglitz and Remchingen' (no date in the text -> DCT, "
     "precision 3, as the spent undated Dammam/Qatif background rows; one location per row)"),
    (AAW156, "ورمشيجن", "في بلدات مثل تروجليتز ورمشيجن",
     SD, LOOT, UAG, "", "Remchingen", "DE", "2015-08-09", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the second town of 'burned refugee centres in towns such as Tröglitz and Remchingen' (see the "
     "Tröglitz row)"),
    (AAW156, "فورا", "مراكز الإيواء التي أحرقت في فورا",
     SD, LOOT, UAG, "", "Vorra", "DE", "2015-08-09", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: a Nazi swastika was painted on one of the shelters burned in Vorra (no date in the text -> DCT, "
     "precision 3; arson + swastika one row)"),
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
