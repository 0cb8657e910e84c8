"""Bookkeeping helper for annotator B of the events65 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events62/second/make_b.py.
Run: python3 /work/fresh/cur40/events65/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 65 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2914/2915, drawn at the start of stop 40, main 74be73d, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2914).shuffle, walked in order; (b) 10 with no text filter: random.Random(2915).shuffle, walked in order, >=3 sources (got, by source, a: alriyadh 3, alwatan 3, alyaum 2, almadina 1, okaz 1; b: almadina 4, aawsat 1, aleqtisadiya 1, aljazirah 1, alwatan 1, alweeam 1, was 1).
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
CLASH = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
PSA = "Police Forces of Saudi Arabia"
AY1306 = "SN-alyaum-20150807-1306"
WT960 = "SN-alwatan-20150808-960"
OK3005 = "SN-okaz-20150806-3005"
MD648 = "SN-almadina-20150810-648"
AY1064 = "SN-alyaum-20150809-1064"
WT795 = "SN-alwatan-20150801-795"
HUM = "Mohammed bin Muqbil al-Humairi (head of the Taiz notables' council, spokesman of the Popular Resistance coordination council, to Okaz)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AY1306, "العمل الإرهابي الدنيء", "العمل الإرهابي الدنيء الذي استهدف مسجد قوات",
     ERV, IED, UAG, PSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Saudi Consul General in Los Angeles Faisal bin Abdulaziz al-Sudairi (via Al Yaum)", "reported",
     "background, the occasion of the consul's condemnation (the article's news, not coded): the vile terrorist act "
     "that targeted the mosque of the Special Emergency Forces in the Asir region, taking innocent lives (the title's "
     "'التفجير الإرهابي في عسير' and 'هذا العمل الدنيء' are the same event -> one row; only 'التفجير' -> Remote "
     "explosive/landmine/IED, as the spent Asir rows; no perpetrator named -> Unidentified armed group; Emergency Forces "
     "-> Police Forces of Saudi Arabia; no number -> fatalities empty; no day for the bombing, a statement 'today' "
     "published the day after -> DCT 7 August, precision 2, as the spent almadina-687 and okaz-1404 rows)"),
    (WT960, "حادث التفجير", "ثمانية مصابين في حادث التفجير الذي تعرض له مسجد الطوارئ الخاصة بأبها",
     ERV, IED, UAG, PSA, "Abha", "SA", "2015-08-06", "1", "", "",
     "Al Watan (Asir health spokesman Saeed al-Naqir)", "reported",
     "background (the news is the medical evacuation 'yesterday' of eight wounded to Riyadh): the bombing that hit the "
     "Special Emergency Forces mosque in Abha 'the day before yesterday' (DCT Saturday 8 August -> Thursday 6 August, "
     "precision 1); 40 wounded transported, no dead counted in the text -> fatalities empty; 'تفجير' only -> generic "
     "explosive sub-type; no perpetrator named -> Unidentified armed group; the text says Abha -> 'Abha'. Not coded: "
     "the air evacuation, the hospitals' state of emergency, the blood donations"),
    (OK3005, "بتطهير منطقة جبل صبر", "المقاومة قامت بتطهير منطقة جبل صبر بالكامل من الحوثيين",
     BAT, GRT, YR, HOU, "Jabal Sabir, Taiz", "YE", "2015-08-06", "2", "", "", HUM, "claimed",
     "the resistance spokesman: the resistance has fully cleared the Jabal Sabr area of the Houthis (recapture by the "
     "pro-Hadi popular resistance -> Government regains territory, Yemeni Resistance vs Houthis, as the spent Jabal "
     "Sabir/Tabat rows; no day -> DCT, precision 2; only his words to Okaz -> claimed). The title's 'our aim is to purge "
     "Jabal Sabr and Taiz' is the same. Not coded: his expectation that the start of the operation to liberate Taiz "
     "will be announced in the coming days, and the wait for coalition air operations (expectations, not planned "
     "actions announced by their actor)"),
    (OK3005, "مواجهات هي الأعنف", "لمدينة تعز التي تشهد الآن مواجهات هي الأعنف",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-06", "2", "", "", HUM, "claimed",
     "the city of Taiz 'is now witnessing' its fiercest confrontations since it fell to the Houthis (ongoing -> DCT, "
     "precision 2; the resistance's advance towards Taiz airport and the al-Hawban area and the Houthis' 'heavy losses "
     "in lives and equipment' folded, vague -> fatalities empty; Yemeni Resistance vs Houthis, Saleh's forces noted; "
     "in the spokesman's words -> claimed, alternative reported)"),
    (OK3005, "قصف قوات التحالف العربي", "والتي كان آخرها قصف قوات التحالف العربي لميليشياتهم",
     ERV, AIR, COAL, HOU, "Al Qaidah", "YE", "2015-08-06", "2", "", "", HUM, "claimed",
     "the latest of the Houthis' losses: the Arab coalition forces' bombardment of their militias in the al-Qaidah "
     "area, al-Mafraq, al-Hawban and the eastern entrance of Taiz city (one location per row: al-Qaidah here, "
     "al-Mafraq and al-Hawban own rows, the eastern entrance of Taiz folded into the al-Hawban row, al-Hawban being the "
     "city's eastern edge; coalition 'قصف' -> Air/drone strike; no day, 'the latest' -> DCT, precision 2; no toll; "
     "al-Qaidah taken as the town on the Ibb-Taiz road, the text names no governorate -> 'Al Qaidah'; claimed)"),
    (OK3005, "والمفرق", "بمنطقة القاعدة والمفرق والحوبان",
     ERV, AIR, COAL, HOU, "Al Mafraq", "YE", "2015-08-06", "2", "", "", HUM, "claimed",
     "same coalition bombardment, second named place: al-Mafraq (one location per row; the text names no district -> "
     "'Al Mafraq'; DCT, precision 2; claimed)"),
    (OK3005, "والحوبان", "والمفرق والحوبان والمدخل الشرقي لمدينة تعز",
     ERV, AIR, COAL, HOU, "Al Hawban, Taiz", "YE", "2015-08-06", "2", "", "", HUM, "claimed",
     "same coalition bombardment, third named place: al-Hawban and the eastern entrance of Taiz city (folded here; "
     "alternative a fourth row 'Taiz'); DCT, precision 2; claimed"),
    (OK3005, "سقوط المدينة", "منذ سقوط المدينة في أيدي الحوثيين قبل أربعة أشهر",
     BAT, NSO, HOU, "", "Taiz", "YE", "2015-04-01", "3", "", "", HUM, "claimed",
     "background (borderline): the fall of the city (Taiz) into the Houthis' hands 'four months ago' (DCT 6 August -> "
     "April 2015 -> 1 April, precision 3, within 12 months; no defender named -> actor2 empty, as the spent almadina-644 "
     "Sanaa row; alternative not coded, a time clause of the clash sentence; in the spokesman's words -> claimed, "
     "alternative reported)"),
    (MD648, "الانتصارات الكبيرة", "بالانتصارات الكبيرة التي حققها الجيش الموالي للشرعية",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-10", "3", "", "", "Al Madina", "reported",
     "background (the news is the displaced in Mukalla preparing to go home): the great victories of the army loyal to "
     "legitimacy and the resistance in the governorates of Aden and Lahj and the expulsion of the Houthi remnants from "
     "both, with the coalition's help (one location per row: Aden here, Lahj its own row; pro-legitimacy army and "
     "resistance -> Yemeni Resistance, as the spent Aden rows; no day -> DCT, precision 3). Not coded: the Houthi war "
     "and shelling that displaced them, the violent Houthi shelling of Dar Saad (undated, the reason for one man's "
     "flight), the mines the Houthis planted on the Mukalla-Shuqra-Abyan-Aden coastal road (undated, generic), the "
     "returns by sea"),
    (MD648, "ولحج", "في محافظتي عدن ولحج",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-10", "3", "", "", "Al Madina", "reported",
     "background: same sentence, second governorate: the expulsion of the Houthis from Lahj governorate (one location "
     "per row; governorate only -> 'Lahij', as the spent Lahj rows; DCT, precision 3)"),
    (AY1064, "الحادث الإجرامي", "الحادث الإجرامي بمسجد قوة الطوارئ بمنطقة عسير",
     ERV, IED, UAG, PSA, "Asir", "SA", "2015-08-09", "3", "", "",
     "Jazan officials (appeals judge Iyas Bajawi, notary head Ali al-Fadhli; via Al Yaum)", "reported",
     "background (the news is the Jazan officials' condemnations): the criminal incident in the Emergency Force mosque "
     "in the Asir region (the title's 'التفجير الإرهابي' and 'حادثة التفجير' are the same event -> one row; only "
     "'تفجير' -> generic explosive sub-type; no perpetrator named; 'the martyrs', no number -> fatalities empty; no day "
     "in a text of three days later -> DCT 9 August, precision 3, as the spent aljazirah-397/399 rows)"),
    # ---- set b (no text filter) ----
    (WT795, "تحرير عدن", "الأوّل هو تحرير عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-01", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background (opinion column on Mohammed bin Salman's Cairo visit): the visit coincided with 'the liberation of "
     "Aden' and the start of Restoring Hope through the aid bridge (Aden recaptured by the pro-Hadi side -> Government "
     "regains territory, Yemeni Resistance vs Houthis, as the spent alriyadh-969 and aleqtisadiya-319 'تحرير عدن' "
     "rows; no day -> DCT, precision 3; alternative not coded, a passing clause). Not coded: 'Turkey's direct entry "
     "into the Syrian arena' (vague, no act, place or day; alternative a background Strategic development), the "
     "military graduation parade in Cairo (ceremony), the Cairo Declaration (agreement between states, diplomatic), "
     "the French minister's Tehran visit"),
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
