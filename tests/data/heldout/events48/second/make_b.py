"""Bookkeeping helper for annotator B of the events48 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events47/second/make_b.py.
Run: python3 /work/fresh/cur35/events48/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 48 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2860/2861, drawn at the start of stop 35, main fa9223d, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2860).shuffle, walked in order; (b) 10 with no text filter: random.Random(2861).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 5, aleqtisadiya 2, okaz 2, aljazirah 1; b: alyaum 3, alweeam 2, okaz 2, aawsat 2, alwatan 1).
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
VAC = "Violence against civilians"
PRO = "Protests"
NSAOT = "Non-state actor overtakes territory"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
ATT = "Attack"
EXF = "Excessive force against protesters"
UAG = "Unidentified armed group"
HOU = "Houthis"
YR = "Yemeni Resistance"
PFS = "Police Forces of Saudi Arabia"
PFB = "Police Forces of Burundi"
EQ230 = "SN-aleqtisadiya-20150808-230"
OK1438 = "SN-okaz-20150810-1438"
AW113 = "SN-aawsat-20150725-113"
AW73 = "SN-aawsat-20150722-73"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (EQ230, "التفجير الإجرامي والإرهابي", "ومسؤولون دوليون التفجير الإجرامي والإرهابي الذي استهدف أمس الأول مسجد",
     ERV, IED, UAG, PFS, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Eqtisadiya", "reported",
     "background (the news is the EU's commitment to keep working with Saudi Arabia against extremism and the "
     "international condemnations): the criminal and terrorist bombing that targeted 'the day before yesterday' (DCT "
     "Saturday 8 August -> 6 August, precision 1) the mosque of the Special Emergency Forces in the Asir region, leaving "
     "'a number of' martyrs and wounded ('عدد من' -> fatalities empty; only 'التفجير' -> the generic explosive sub-type, "
     "as the spent Asir rows; no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of "
     "Saudi Arabia; the US ambassador's 'bombing that targeted a mosque in the city of Asir', Ellwood's 'attack on the "
     "mosque', Ghali's 'terrorist operation in Asir' are the same event -> one row). Not coded: the condemnations of the "
     "EU, the UN Security Council members, the US ambassador, the British minister, Boutros-Ghali and the former "
     "Jordanian speaker (statements), the Mogherini-Jubeir meeting (diplomatic), Ghali's 'other terrorist operations "
     "in the states of the region' (generic)"),
    (AW113, "تحرير المدينة", "إلى أن تم تحرير المدينة الأسبوع الماضي من قبل القوات الحكومية",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-18", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "background (the news is the Gulf air bridge of relief to Aden airport): the city (Aden) was liberated 'last week' "
     "(DCT Saturday 25 July - 7 -> 18 July, precision 2) by the government forces and the popular resistance loyal to "
     "President Hadi, from the rebels (Houthis) (pro-Hadi forces -> Yemeni Resistance, as the spent Aden recapture "
     "rows; alternative Military Forces of Yemen, named first in this sentence; the later 'after its liberation from "
     "the armed militias and the followers of the deposed Saleh' is the same event -> one row). Not coded: the arrival "
     "of two Saudi and one Emirati relief planes, the earlier Wednesday/Thursday relief planes, the minister's return, "
     "the repair of the airport (humanitarian/administrative), the destruction and 'indiscriminate shelling' left by "
     "the Houthis and Saleh's followers and the displacement 'because of the violence' (generic, no place or day)"),
    (AW113, "استيلاء المتمردين", "منذ استيلاء المتمردين على كبرى مدن الجنوب اليمني قبل أربعة أشهر",
     BAT, NSAOT, HOU, "", "Aden", "YE", "2015-03-25", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the airport had been closed since the rebels' seizure of the largest city of the south (Aden) 'four "
     "months ago' (DCT 25 July - 4 months -> 25 March, precision 3; within 12 months; the rebels of the article, the "
     "Houthi militias and Saleh's followers -> Houthis; the text names no defender -> actor2 empty, as the spent "
     "almadina-644 Sanaa row; the airport's closure folded). Borderline: a time clause; alternative not coded, as the "
     "spent undated 'Houthi move on Aden' decision (almadina-644), but this text dates it"),
    (AW73, "انفجار قنبلة", "أن «شرطيا قد قتل خلال الليل من جراء انفجار قنبلة في حي موتاكورا",
     ERV, IED, UAG, PFB, "Mutakura, Bujumbura", "BI", "2015-07-20", "1", "1", "exact",
     "Burundian police official (anonymous, to AFP, via Asharq Al-Awsat)", "reported",
     "before the presidential election (held 'yesterday', DCT Wednesday 22 July -> 21 July), two people were killed 'the "
     "night before yesterday' (-> 20 July, precision 1) in Bujumbura, where explosions and gunfire were heard all night "
     "(folded into this row and the Nyakabiga row, which are the two dead): a policeman was killed during the night by "
     "the explosion of a bomb ('قنبلة', not 'قنبلة يدوية' -> the generic explosive sub-type, alternative Grenade) in the "
     "Mutakura neighbourhood ('حي'; the text says 'in the north of the country', but the lead places the two deaths in "
     "Bujumbura -> 'Mutakura, Bujumbura'); no perpetrator named -> Unidentified armed group; 1 exact"),
    (AW73, "قتل مدني بالرصاص", "فيما قتل مدني بالرصاص في نياكابيغا في شرق البلاد في ظروف غامضة",
     VAC, ATT, UAG, "Civilians (Burundi)", "Nyakabiga, Bujumbura", "BI", "2015-07-20", "1", "1", "exact",
     "Burundian police official and witnesses (via AFP, Asharq Al-Awsat); an official of the opposition MSD party",
     "reported",
     "the same night (20 July, precision 1): a civilian was shot dead in Nyakabiga 'in mysterious circumstances'; an "
     "official of the opposition Movement for Solidarity and Development confirmed the civilian was Deo Nshimirimana, a "
     "party member from Gitega province who had left the region after receiving threats (shooting of an unarmed "
     "opposition member by unnamed attackers -> Violence against civilians/Attack, Civilians (Burundi); the second of "
     "the lead's two dead in Bujumbura -> 'Nyakabiga, Bujumbura', although the text says 'in the east of the country'; "
     "1 exact)"),
    (AW73, "انفجار وإطلاق نار", "وسمع دوي انفجار وإطلاق نار صباح أمس قبيل فتح مراكز الاقتراع في حي موساغا",
     ERV, IED, UAG, "", "Musaga, Bujumbura", "BI", "2015-07-21", "1", "", "",
     "AFP journalist and residents (via Asharq Al-Awsat)", "reported",
     "borderline: an explosion and gunfire were heard 'yesterday morning' (DCT 22 July -> 21 July, precision 1) shortly "
     "before the polling stations opened in the Musaga neighbourhood in the south of Bujumbura; the president's media "
     "adviser denounced 'terrorist acts' aimed at 'intimidating the voters' (political violence on election day at a "
     "named place and time; no actor, target or casualty stated -> Unidentified armed group, actor2 empty; 'انفجار' "
     "-> the generic explosive sub-type, the gunfire folded; alternatives Battles/Armed clash or no row, as the spent "
     "events34 'explosions heard' with no stated cause)"),
    (AW73, "قمع عنيف", "وقد تعرضت المظاهرات الممنوعة لقمع عنيف منذ نهاية أبريل",
     PRO, EXF, "Protesters (Burundi)", "", "", "BI", "2015-04-30", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: since the end of April the banned demonstrations (against Nkurunziza's third term) have been violently "
     "repressed, sometimes with live bullets (lethal force at protests -> Excessive force against protesters, as the "
     "adjudicated spent events26 alriyadh-812 Burundi aggregate; the force is not named -> actor2 empty, alternative "
     "Police Forces of Burundi; no place -> location empty; 'end of April' -> 30 April, precision 3). The earlier "
     "'the candidacy plunged the country since the end of April into a serious political crisis marked by violence "
     "that killed more than eighty' is folded here: the toll is given for the crisis's violence in general, not for the "
     "protests -> fatalities empty (alternative 80 at_least on this row). Not coded: the presidential election and its "
     "boycott (elections), the US and Belgian statements and Ban Ki-moon's call (diplomatic), the silencing of private "
     "media, the ruling-party 'militia' intimidation and voters wiping the ink off for fear of reprisals (generic)"),
    # ---- set b (no text filter) ----
    (OK1438, "العملية الإرهابية التي استهدفت المصلين", "منطقة نجران العملية الإرهابية التي استهدفت المصلين في مسجد",
     ERV, IED, UAG, PFS, "Asir", "SA", "2015-08-10", "3", "", "",
     "Okaz (Najran sheikhs and notables)", "reported",
     "background (the news is the condemnation by sheikhs, notables and council members of the Najran region): the "
     "terrorist operation that targeted the worshippers in the mosque of the Special Emergency Forces in the Asir region "
     "(no explosion word, no 'suicide' -> the generic explosive sub-type, as the spent events39 alyaum-1065 'terrorist "
     "act' row; no toll -> fatalities empty; no perpetrator named -> Unidentified armed group; Emergency Forces -> "
     "Police Forces of Saudi Arabia; the text gives no day, a reaction days later -> DCT, precision 3, as the spent "
     "events47 alriyadh-714 and events42 aljazirah-499 Najran rows; the sheikhs' later 'العملية الإرهابية' and 'هذه "
     "العملية الإجرامية' are the same event). Not coded: the condemnations (statements), the security men's 'successes "
     "in foiling many terrorist operations after uncovering some cells linked to Daesh' and 'bringing the perpetrators "
     "of some criminal acts to justice' (generic praise, no number, place or day; alternative a background Arrests row "
     "as the spent events38 alyaum-1686 cells editorial)"),
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
