"""Bookkeeping helper for the events48 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events47/addrows.py (itself from events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur35/events48/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 48 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events48/sample.py ("This set: events48, seeds 2860 / 2861, drawn at the start of stop 35 (main fa9223d), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2860).shuffle, walked in order; (b) 10 with no text filter, random.Random(2861).shuffle, >=3 sources (got, by source, a: aawsat 5, aleqtisadiya 2, okaz 2, aljazirah 1; b: alyaum 3, aawsat 2, alweeam 2, okaz 2, alwatan 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 8 rows): detection F1 1.000 before (8 matched of 8 A / 8 B rows; no A-only or B-only row; both gave rows to the same 4 articles); every field agreed 8/8 except event_date 7/8; no row added or dropped; 1 field value changed to B's (aawsat-73 Burundi protest-repression aggregate event_date 2015-04-30, first 2015-04-01: 'since the end of April' is finer than the month, as the spent events46 'end of March' and 'mid-July' -> 15 July rows); none kept against B; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
IED = "Remote explosive/landmine/IED"
GRT = "Government regains territory"
NSAOT = "Non-state actor overtakes territory"
EXF = "Excessive force against protesters"
HOU = "Houthis"
UAG = "Unidentified armed group"
YRES = "Yemeni Resistance"
SA_POL = "Police Forces of Saudi Arabia"
AW113 = "SN-aawsat-20150725-113"
AW73 = "SN-aawsat-20150722-73"
EQ230 = "SN-aleqtisadiya-20150808-230"
OK1438 = "SN-okaz-20150810-1438"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AW113, "تحرير المدينة الأسبوع الماضي", "إلى أن تم تحرير المدينة الأسبوع الماضي من قبل القوات الحكومية والمقاومة الشعبية",
     BAT, GRT, YRES, HOU, "Aden", "YE", "2015-07-18", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "background (the news is the Gulf relief air bridge to Aden airport): Aden was 'liberated last week' by the "
     "government forces and the popular resistance loyal to President Hadi (DCT Saturday 25 July, 'last week' -> "
     "18 July, precision 2; the resistance and the loyal forces -> Yemeni Resistance, as the spent Aden-liberation "
     "rows; the closing 'بعد تحريرها من الميليشيات المسلحة' is the same event). Not coded: the relief flights (two "
     "Saudi military relief planes and an Emirati one with medical aid and airport equipment; humanitarian aid, no "
     "troops or weapons stated, unlike the spent sabq-1518 and alweeam-1527 first-plane rows), the ministers' return, "
     "the repatriation of stranded Yemenis, and the generic 'destruction caused by the Houthi militias', 'random "
     "shelling' and 'acts of violence'"),
    (AW113, "استيلاء المتمردين", "منذ استيلاء المتمردين على كبرى مدن الجنوب اليمني قبل أربعة أشهر",
     BAT, NSAOT, HOU, "", "Aden", "YE", "2015-03-25", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the airport had been closed since the rebels seized the largest city of southern Yemen 'four months "
     "ago' (DCT 25 July minus four months -> 25 March, precision 3, within 12 months; the rebels -> Houthis, as the "
     "article's 'Houthi militias'; no defender named -> actor2 empty, as the spent adjudicated Sanaa and al-Anad "
     "takeover rows). Borderline: a subordinate clause; the alternative is no row"),
    (AW73, "انفجار قنبلة", "قد قتل خلال الليل من جراء انفجار قنبلة في حي موتاكورا",
     ERV, IED, UAG, "Police Forces of Burundi", "Mutakura, Bujumbura", "BI", "2015-07-20", "1", "1", "exact",
     "a police official, anonymous (to AFP) (via Asharq Al-Awsat)", "reported",
     "'two people were killed the night before yesterday in Bujumbura, where explosions and gunfire were heard all "
     "night' (DCT Wednesday 22 July -> the night of 20 July, precision 1): a policeman was killed during the night by "
     "a bomb explosion in the Mutakura district ('in the north of the country' in the text; the lead sentence places "
     "both killings in Bujumbura, and Mutakura is a Bujumbura district -> 'Mutakura, Bujumbura'); only 'انفجار "
     "قنبلة' -> the generic explosive sub-type, alternative Grenade; no perpetrator named -> Unidentified armed group; "
     "the night's explosions and gunfire are folded into this row and the Nyakabiga row"),
    (AW73, "قتل مدني بالرصاص", "فيما قتل مدني بالرصاص في نياكابيغا",
     VAC, "Attack", UAG, "Civilians (Burundi)", "Nyakabiga, Bujumbura", "BI", "2015-07-20", "1", "1", "exact",
     "a police official (to AFP); witnesses; an official of the opposition Movement for Solidarity and Development "
     "(via Asharq Al-Awsat)", "reported",
     "the same night (20 July, precision 1) a civilian was shot dead in Nyakabiga ('in the east of the country' in "
     "the text; the lead sentence places both killings in Bujumbura -> 'Nyakabiga, Bujumbura') in mysterious "
     "circumstances, according to witnesses; an opposition MSD official said he was Deo Nshimirimana, a party member "
     "from Gitega province who had left the area after receiving threats (no shooter named -> Unidentified armed "
     "group; civilian victim -> Civilians (Burundi))"),
    (AW73, "وسمع دوي انفجار وإطلاق نار صباح أمس", "وسمع دوي انفجار وإطلاق نار صباح أمس قبيل فتح مراكز الاقتراع في حي موساغا",
     ERV, IED, UAG, "", "Musaga, Bujumbura", "BI", "2015-07-21", "1", "", "",
     "an AFP journalist and residents (via Asharq Al-Awsat)", "reported",
     "the sound of an explosion and gunfire was heard 'yesterday morning' (DCT 22 July -> Tuesday 21 July, election "
     "day, precision 1) shortly before the polling stations opened, in the Musaga district in southern Bujumbura; the "
     "president's media adviser denounced 'terrorist acts' aimed at 'intimidating voters' (explosion with no device "
     "named -> the generic explosive sub-type; no perpetrator, target or toll -> Unidentified armed group, actor2 "
     "empty). Borderline: an explosion only heard; the alternative is no row"),
    (AW73, "لقمع عنيف", "وقد تعرضت المظاهرات الممنوعة لقمع عنيف منذ نهاية أبريل الماضي وأحيانا بالرصاص الحي",
     PRO, EXF, "Protesters (Burundi)", "", "", "BI", "2015-04-30", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: since the end of April the banned demonstrations (against Nkurunziza's third-term bid) have been "
     "violently repressed, sometimes with live ammunition; the crisis that his candidacy opened at the end of April "
     "was marked by 'acts of violence that left more than eighty dead' (folded here; 'end of April' -> 30 April, "
     "precision 3: adjudicated, as B, first 1 April as the spent events45 'end of May' -> 1 May row; 'end of April' is "
     "finer than the month, as in the spent events46 'end of March' and events37/44 'mid-July' -> 15 July rows; lethal repression of protests -> Excessive force against "
     "protesters, as the spent adjudicated alriyadh-812 Burundi aggregate; no force named -> actor2 empty, as that "
     "row; no place -> location empty; fatalities empty: the 80+ dead are given for the crisis's violence as a "
     "whole, not for the protests, alternative 80 at_least). Not coded: the presidential election of Tuesday, its "
     "boycott and the low turnout, the US, Belgian and UN statements, the generic intimidation by the ruling party's "
     "'militia', the silencing of private media, and the civil war of the past"),
    (EQ230, "التفجير الإجرامي والإرهابي", "التفجير الإجرامي والإرهابي الذي استهدف أمس الأول مسجد قوات الطوارئ الخاصة في منطقة عسير",
     ERV, IED, UAG, SA_POL, "Asir", "SA", "2015-08-06", "1", "", "",
     "Al Eqtisadiya", "reported",
     "background (the news is the condemnations and the EU's commitment to work with Saudi Arabia against "
     "extremism): the criminal and terrorist bombing that 'the day before yesterday' (DCT Saturday 8 August -> "
     "Thursday 6 August, precision 1) targeted the mosque of the Special Emergency Forces in the Asir region, leaving "
     "'a number of martyrs' and wounded (vague -> fatalities empty; only 'التفجير' -> the generic explosive sub-type, "
     "as the spent Asir rows; no perpetrator named -> Unidentified armed group, the UNSC's mention of ISIS is "
     "general; Emergency Forces -> Police Forces of Saudi Arabia). The later mentions (the US ambassador's 'bombing "
     "that targeted a mosque in the city of Asir', the UK minister's 'attack', Boutros-Ghali's 'terrorist operation') "
     "are the same event. Not coded: the condemnations and statements"),
    # ---- set b (no text filter) ----
    (OK1438, "العملية الإرهابية", "استنكر عدد من مشايخ وأعيان ووجهاء منطقة نجران العملية الإرهابية التي استهدفت المصلين",
     ERV, IED, UAG, SA_POL, "Asir", "SA", "2015-08-10", "3", "", "",
     "Najran sheikhs and notables (via Okaz)", "reported",
     "background (the news is the Najran sheikhs' and notables' condemnation): the terrorist operation that targeted "
     "the worshippers in the mosque of the Special Emergency Forces in the Asir region (no day in the text -> DCT, "
     "precision 3, as the spent undated Asir rows; no device named, only 'العملية الإرهابية' -> the generic "
     "explosive sub-type of all spent Asir rows; no perpetrator named -> Unidentified armed group; security men "
     "targeted -> Police Forces of Saudi Arabia; no toll). Not coded: the condemnations, and the generic foiling of "
     "'many terrorist operations' after uncovering ISIS cells (no place, date or number)"),
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
