"""Bookkeeping helper for the events30 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, ...).
Run: python3 /work/fresh/cur29/events30/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 30 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events30/sample.py ("This set: events30, seeds 2800 / 2801, drawn at the start of stop 29 (main da832ac), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2800).shuffle, walked in order; (b) 10 with no text filter, random.Random(2801).shuffle, >=3 sources (got, by source, a: 3alyoum 1, aleqtisadiya 2, alriyadh 1, alwatan 3, alweeam 1, alyaum 1, sabq 1; b: aawsat 2, okaz 3, 3alyoum 1, aleqtisadiya 1, alriyadh 1, alwatan 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 13 rows): detection F1 1.000 "
       "before (13 matched of 13 A / 13 B rows; no A-only or B-only row); every field agreed 13/13 except time_precision "
       "(12/13); 1 field value changed (alwatan-804 failed base attack time_precision 2 -> 1, B's: the text states the launch "
       "day, 31 July, and the next day's clashes are their own row); trigger spans differ in 6 rows (nested or overlapping, "
       "same mention; kept); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
RES = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
UAG = "Unidentified armed group"
PFSA = "Police Forces of Saudi Arabia"
MFSA = "Military Forces of Saudi Arabia"
CSA = "Civilians (Saudi Arabia)"
REB = "Syrian rebels"
MFSY = "Military Forces of Syria"
YAUM1083 = "SN-alyaum-20150808-1083"
WAT945 = "SN-alwatan-20150808-945"
WAT804 = "SN-alwatan-20150802-804"
WAT769 = "SN-alwatan-20150803-769"
EQT319 = "SN-aleqtisadiya-20150725-319"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (YAUM1083, "هز تفجير إرهابي", "في ظهر يوم الخميس هز تفجير إرهابي مدينة أبها",
     ERV, IED, UAG, PFSA, "Abha", "SA", "2015-08-06", "1", "", "",
     "Al Yaum (opinion column)", "reported",
     "background (the article is an opinion column on terrorism): 'at noon on Thursday' (DCT Saturday 8 August -> 6 August) "
     "a terrorist bombing shook the city of Abha in the Asir region, targeting a mosque in the headquarters of the "
     "Emergency Forces of the Interior Ministry (the later 'التفجير كان في أبها بمنطقة عسير' is the same event; only "
     "'تفجير' -> generic explosive sub-type, as the spent adjudicated alriyadh-796; no perpetrator named -> Unidentified "
     "armed group; Emergency Forces -> Police Forces of Saudi Arabia; the text names the city -> 'Abha', as the spent "
     "alriyadh-560; no toll in the text -> fatalities empty). Not coded: 'the previous terrorist attacks on mosques in our "
     "country' (generic, no place or date), the author's call for a national campaign (commentary)"),
    (WAT945, "عملية تفجير مسجد", "استشهد في عملية تفجير مسجد قوات الطوارىء بعسير أول من أمس",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "1", "at_least",
     "Al Watan (the martyr's brother)", "reported",
     "background (the news is a portrait of the martyr Corporal Sultan al-Shahrani): he was killed in the bombing of the "
     "Emergency Forces mosque in Asir 'the day before yesterday' (DCT Saturday 8 August -> 6 August, precision 1); only "
     "'تفجير' -> generic explosive sub-type; no perpetrator named -> Unidentified armed group; Emergency Forces -> Police "
     "Forces of Saudi Arabia; region only -> 'Asir'; one named death, the full toll not given -> 1 at_least, as the spent "
     "aleqtisadiya-228 martyr row). Not coded: the family's condolences"),
    (WAT804, "محاولة هجوم فاشلة", "خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية في محافظة حلب",
     BAT, CLASH, REB, MFSY, "Aleppo", "SY", "2015-07-31", "1", "34", "at_least",
     "Syrian Observatory for Human Rights (via Al Watan)", "reported",
     "the title's news: at least 25 Syrian opposition fighters (three group commanders among them) were killed in a failed "
     "attack on a military base in Aleppo governorate, and nine regime soldiers in the clashes that broke out after several "
     "fighting groups launched the attack 'late on the day before yesterday' (the Observatory spoke 'yesterday'; DCT "
     "2 August -> launched 31 July, precision 1; adjudicated, as B: first precision 2 because the fighting may have run into "
     "1 August, but the text states only the launch day and the 1 August clashes are their own row); 25 'at least' + 9 = 34 at_least (the "
     "title's 34); opposition fighting groups -> Syrian rebels; regime forces -> Military Forces of Syria; the base is not "
     "named -> 'Aleppo' (governorate)"),
    (WAT804, "اشتباكات عنيفة منذ صباح أمس", "وشهدت الأطراف الغربية لمدينة حلب \"اشتباكات عنيفة منذ صباح أمس",
     BAT, CLASH, REB, MFSY, "Aleppo", "SY", "2015-08-01", "1", "", "",
     "Syrian Observatory for Human Rights (via Al Watan)", "reported",
     "the western outskirts of Aleppo city saw violent clashes 'since yesterday morning' (DCT 2 August -> 1 August), "
     "with air strikes on the clash area and regime shelling, and the factions targeting positions of the regime forces "
     "and their loyal gunmen (air strikes and shelling folded into the battle row as generic sub-actions; a differently "
     "dated step from the 31 July base attack -> own row, alternative folded into it; factions -> Syrian rebels; regime "
     "forces -> Military Forces of Syria; western outskirts of the city -> 'Aleppo'; no toll stated for this day)"),
    (WAT804, "حكم الإعدام", "ونفذت جبهة النصرة (ذراع القاعدة في سورية) حكم الإعدام",
     VAC, "Attack", "Jabhat al-Nusra", "Civilians (Syria)", "Al Shaar, Aleppo", "SY", "2015-08-01", "1", "10", "exact",
     "Syrian Observatory for Human Rights (via Al Watan)", "reported",
     "'yesterday' (DCT 2 August -> 1 August) Jabhat al-Nusra (al-Qaeda's arm in Syria) executed ten people by shooting, "
     "under a ruling of its sharia court in the al-Shaar district of Aleppo: two men for 'adultery', then eight for "
     "'collaborating with the regime'; their bodies were taken to an unknown place (summary executions by an armed group "
     "-> VAC/Attack; no armed role stated for the victims -> Civilians (Syria); 'حي الشعار بحلب' -> 'Al Shaar, Aleppo'). "
     "Not coded: the Syrian National Coalition's general assembly in Istanbul and its decisions (political meetings)"),
    (WAT769, "سقوط ثلاث قذائف", "لمحافظة الحرث أمس، سقوط ثلاث قذائف",
     ERV, SHELL, HOU, CSA, "Al Harth", "SA", "2015-08-02", "1", "", "",
     "Al Watan (its reporters observed)", "reported",
     "'yesterday' (DCT Monday 3 August -> 2 August) three shells fell on a village of al-Harth governorate (Jazan region) "
     "and hit a citizen's house, no casualties (the title's and the lead's continuing 'random shelling' by the Houthi militias "
     "and the forces of the deposed Saleh on the Jazan border villages folded into the dated rows; Houthis and Saleh's "
     "forces -> Houthis, as the spent alwatan-1347 Dhahran al-Janub row; a house hit -> Civilians (Saudi Arabia); the "
     "village is not named -> 'Al Harth')"),
    (WAT769, "لسقوط عدد من القذائف", "كما تعرضت بعض القرى التابعة لمحافظة الطوال لسقوط عدد من القذائف",
     ERV, SHELL, HOU, CSA, "Al Tuwal", "SA", "2015-08-02", "2", "", "",
     "Al Watan (its reporters observed)", "reported",
     "some villages of al-Tuwal governorate (Jazan region) were hit by a number of shells that fell on farmland and "
     "uninhabited areas (a different place from al-Harth -> own row; 'كما' continues the report of 'yesterday' but gives "
     "no own day -> 2 August, precision 2; villages shelled -> Civilians (Saudi Arabia), alternative actor2 empty; no "
     "casualties stated; a resident's comment not coded)"),
    (WAT769, "قامت مدافع القوات السعودية", "في المقابل، قامت مدافع القوات السعودية على الحدود",
     ERV, SHELL, MFSA, HOU, "", "YE", "2015-08-02", "2", "", "",
     "Al Watan", "reported",
     "in response, the Saudi forces' artillery on the border answered the sources of the fire, silencing them and destroying "
     "their vehicles (the response to the shelling, no own day -> 2 August, precision 2, as the spent alwatan-1347 response "
     "rows; the Saudi army firing from the border -> Military Forces of Saudi Arabia, alternative Saudi-led coalition; the "
     "sources of the Houthi fire across the border, no place named -> location empty, YE)"),
    (WAT769, "وطيران الأباتشي", "قامت مدافع القوات السعودية على الحدود وطيران الأباتشي",
     ERV, AIR, MFSA, HOU, "", "YE", "2015-08-02", "2", "", "",
     "Al Watan", "reported",
     "the Apache helicopters also answered the sources of the fire (separate sub-type from the artillery row, as the spent "
     "alwatan-1347 Apache row; same day and place as the artillery row; Saudi aircraft -> Military Forces of Saudi Arabia; "
     "no toll)"),
    (EQT319, "كثفت غاراتها على قاعدة العند", "إن طائرات التحالف كثفت غاراتها على قاعدة العند الجوية",
     ERV, AIR, COAL, HOU, "Al Anad Air Base", "YE", "2015-07-24", "1", "", "",
     "press sources in Lahij (to DPA, via Al Eqtisadiya)", "reported",
     "'yesterday' (DCT Saturday 25 July -> 24 July) the Saudi-led coalition intensified its air strikes on positions of the "
     "Houthis and the forces loyal to the deposed Saleh in Lahij; its aircraft intensified their raids on al-Anad air base "
     "(the lead's 'in the city of Lahij' folded into the two named targets; Houthis and Saleh's forces -> Houthis; "
     "'Al Anad Air Base' as the spent alwatan-823 row; no toll)"),
    (EQT319, "وجسر الحسيني", "وجسر الحسيني الذي يربط بين الحوطة عاصمة المحافظة",
     ERV, AIR, COAL, HOU, "Al Husseini Bridge", "YE", "2015-07-24", "1", "", "",
     "press sources in Lahij (to DPA, via Al Eqtisadiya)", "reported",
     "the same 24 July raids also hit the al-Husseini bridge linking al-Hawtah, the governorate capital, and al-Anad base "
     "(a differently named target -> own row; same day and actors as the al-Anad row)"),
    (EQT319, "سيطرت على جبل", "إن المقاومة الشعبية سيطرت على جبل",
     BAT, GRT, RES, HOU, "Jabal Munif", "YE", "2015-07-25", "2", "", "",
     "press sources in Lahij (to DPA, via Al Eqtisadiya)", "reported",
     "the title's news: the popular resistance took control of Mount Munif near al-Anad air base, on its eastern side "
     "(no day for the capture -> DCT, precision 2, the written rule for a breaking report; the pro-Hadi popular resistance "
     "-> Yemeni Resistance and a capture from the Houthis -> Government regains territory, as the spent alweeam-1640 "
     "al-Anad triangle row; the title's mention is the same event). Not coded: the resistance's earlier statements that its "
     "'Golden Arrow' operation goes on and will head for al-Anad (statements, intention), the Houthis' use of al-Anad for "
     "reinforcements (no event), the ICRC's statement and the UN aid delivery to Aden on 21 July (humanitarian)"),
    (EQT319, "حررت مدينة عدن", "بعد أن حررت مدينة عدن",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-25", "3", "", "",
     "Al Eqtisadiya (the popular resistance's earlier statements)", "reported",
     "background: the popular resistance 'liberated the city of Aden' (stated as fact; the text gives no date -> DCT, "
     "precision 3, as the spent events28 alwatan-1032 al-Anad background row; Yemeni Resistance vs Houthis as the spent "
     "Aden rows; alternative not coded as a passing clause)"),
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
