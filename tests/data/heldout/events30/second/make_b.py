"""Bookkeeping helper for annotator B of the events30 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, COLS and the convention lines of HEADER copied programmatically from
/work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur29/events30/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 30 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2800/2801, drawn at the start of stop 29, main da832ac, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2800).shuffle, walked in order; (b) 10 with no text filter: random.Random(2801).shuffle, walked in order, >=3 sources (got, by source, a: 3alyoum 1, aleqtisadiya 2, alriyadh 1, alwatan 3, alweeam 1, alyaum 1, sabq 1; b: 3alyoum 1, aawsat 2, aleqtisadiya 1, alriyadh 1, alwatan 1, okaz 3, sabq 1).
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
VAC = "Violence against civilians"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
ATT = "Attack"
CLASH = "Armed clash"
GRT = "Government regains territory"
UAG = "Unidentified armed group"
PFSA = "Police Forces of Saudi Arabia"
MFSA = "Military Forces of Saudi Arabia"
CSA = "Civilians (Saudi Arabia)"
HOU = "Houthis"
YR = "Yemeni Resistance"
SLC = "Saudi-led coalition"
SR = "Syrian rebels"
MFS = "Military Forces of Syria"
YM1083 = "SN-alyaum-20150808-1083"
WT804 = "SN-alwatan-20150802-804"
WT769 = "SN-alwatan-20150803-769"
EQ319 = "SN-aleqtisadiya-20150725-319"
WT945 = "SN-alwatan-20150808-945"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list); set b has no rows ----
    (YM1083, "تفجير إرهابي", "في ظهر يوم الخميس هز تفجير إرهابي مدينة أبها",
     ERV, IED, UAG, PFSA, "Abha", "SA", "2015-08-06", "1", "", "",
     "Al Yaum (opinion column)", "reported",
     "background (an opinion column on terrorism, 'plans of enemies or treachery of sons'): at noon on Thursday (DCT "
     "Saturday 8 August -> 6 August) a terrorist bombing shook the city of Abha in the Asir region, targeting a mosque in "
     "the headquarters of the Emergency Forces of the Interior Ministry (the column says only 'تفجير' -> generic explosive "
     "sub-type, as the spent adjudicated alriyadh-796 / aleqtisadiya-228; no perpetrator named -> Unidentified armed "
     "group; Emergency Forces -> Police Forces of Saudi Arabia; the text says 'التفجير كان في أبها' -> 'Abha'; no toll). "
     "Not coded: 'the preceding terrorist attacks on mosques in our country' (generic, undated, placeless), the writer's "
     "call to the Associated Press (not an event)"),
    (WT945, "عملية تفجير مسجد قوات الطوارىء", "استشهد في عملية تفجير مسجد قوات الطوارىء بعسير أول من أمس",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "1", "at_least",
     "Al Watan", "reported",
     "background (the news is the martyr's brother's tribute): Corporal Sultan Mohammed al-Shahrani was killed in the "
     "bombing of the Emergency Forces mosque in Asir 'the day before yesterday' (DCT Saturday 8 August -> 6 August, "
     "precision 1; only 'تفجير' -> generic explosive sub-type, as the spent aleqtisadiya-228 martyr row; no perpetrator "
     "named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; one named death, the full "
     "toll not given -> 1 at_least, as aleqtisadiya-228; 'بعسير' -> 'Asir'). Not coded: the condolences, his biography"),
    (WT804, "محاولة هجوم فاشلة", "خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية في محافظة حلب",
     BAT, CLASH, SR, MFS, "Aleppo", "SY", "2015-07-31", "1", "34", "at_least",
     "Syrian Observatory for Human Rights (via Al Watan)", "reported",
     "the title's news (34 killed of the opposition and the regime in Aleppo): at least 25 Syrian opposition fighters, "
     "three group commanders among them, were killed in a failed attack on a military base in Aleppo governorate, and "
     "nine regime soldiers in the clashes that broke out after several fighting groups launched their attack 'late the "
     "day before yesterday' (DCT 2 August -> 31 July, precision 1; the SOHR reported it 'yesterday'); 25 'at least' + 9 "
     "= 34, the title's figure -> 34 at_least; opposition fighting groups -> Syrian rebels (attackers), regime forces -> "
     "Military Forces of Syria; the base is not named, only the governorate -> 'Aleppo'"),
    (WT804, "اشتباكات عنيفة", "وشهدت الأطراف الغربية لمدينة حلب \"اشتباكات عنيفة منذ صباح أمس",
     BAT, CLASH, SR, MFS, "Aleppo", "SY", "2015-08-01", "1", "", "",
     "Syrian Observatory for Human Rights (via Al Watan)", "reported",
     "the western outskirts of Aleppo city saw violent clashes since yesterday morning (DCT 2 August -> 1 August), with "
     "air bombardment of the clash area, regime shelling, and the factions' targeting of positions of the regime forces "
     "and their allied gunmen (the air and artillery strikes folded into the battle, as sub-actions of one battle; the "
     "factions -> Syrian rebels, regime forces and allied militiamen -> Military Forces of Syria; own row: another day "
     "and place (the city's western edges) than the failed attack on the base of the first paragraph; borderline: it "
     "may be the continuation of that attack, alternative folded into the 31 July row; no toll stated for it)"),
    (WT804, "حكم الإعدام", "ونفذت جبهة النصرة (ذراع القاعدة في سورية) حكم الإعدام",
     VAC, ATT, "Jabhat al-Nusra", "Civilians (Syria)", "Al Shaar, Aleppo", "SY", "2015-08-01", "1", "10", "exact",
     "Syrian Observatory for Human Rights (via Al Watan)", "reported",
     "'yesterday' (DCT 2 August -> 1 August) the Nusra Front (al-Qaeda's arm in Syria) executed ten people by shooting, "
     "under a sentence of its sharia court, in the al-Shaar district of Aleppo: two men for 'adultery', then eight for "
     "'collaboration with the regime'; their bodies taken to an unknown place (unarmed captives killed -> Violence "
     "against civilians/Attack, Civilians (Syria); 'حي الشعار بحلب' -> 'Al Shaar, Aleppo'; actor name 'Jabhat al-Nusra' "
     "is my choice, alternative 'Al Nusra Front'). Not coded: the Syrian National Coalition's meetings in Istanbul "
     "(political), the safe zones Turkey works to secure (no event)"),
    (WT769, "سقوط ثلاث قذائف", "فقد شهدت إحدى القرى التابعة لمحافظة الحرث أمس، سقوط ثلاث قذائف",
     ERV, SHELL, HOU, CSA, "Al Harth", "SA", "2015-08-02", "1", "", "",
     "Al Watan (its reporters' field visit)", "reported",
     "the title's news (shells target the border villages): 'yesterday' (DCT Monday 3 August -> 2 August) three shells "
     "fell on a village of al-Harth governorate (Jazan region) and hit a citizen's house, with no human casualties "
     "(fatalities empty); the lead's 'the guns of the Houthi militias and the forces of the ousted Saleh still renew their "
     "random shelling of the villages of the border governorates of Jazan' is the ongoing pattern, folded into this and "
     "the al-Tuwal row; Houthis and Saleh's forces -> Houthis; villages and a house -> Civilians (Saudi Arabia), as the "
     "spent alwatan-1347 Dhahran al-Janub row; village unnamed -> 'Al Harth')"),
    (WT769, "لسقوط عدد من القذائف", "كما تعرضت بعض القرى التابعة لمحافظة الطوال لسقوط عدد من القذائف",
     ERV, SHELL, HOU, CSA, "Al Tuwal", "SA", "2015-08-02", "2", "", "",
     "Al Watan (its reporters' field visit)", "reported",
     "some villages of al-Tuwal governorate (Jazan region) were also hit by a number of shells, which fell on farmland "
     "and uninhabited areas (another named place -> own row; no own day, reported with yesterday's al-Harth shells -> "
     "2 August, precision 2, as the spent alwatan-1347 response rows; alternative DCT 3 August, precision 2; no "
     "casualties stated; Houthis/Saleh -> Houthis; villages -> Civilians (Saudi Arabia))"),
    (WT769, "مدافع القوات السعودية", "قامت مدافع القوات السعودية على الحدود",
     ERV, SHELL, MFSA, HOU, "", "YE", "2015-08-02", "2", "", "",
     "Al Watan", "reported",
     "in response the Saudi forces' guns on the border answered the sources of this fire and silenced them and destroyed "
     "their vehicles (the response to the 2 August shelling, no own day -> 2 August, precision 2, as the spent "
     "alwatan-1347 artillery row; Saudi army firing from the border -> Military Forces of Saudi Arabia, alternative "
     "Saudi-led coalition; the sources of fire are across the border, no place named -> location empty, YE; no toll)"),
    (WT769, "طيران الأباتشي", "وطيران الأباتشي بالرد على مصادر هذه النيران",
     ERV, AIR, MFSA, HOU, "", "YE", "2015-08-02", "2", "", "",
     "Al Watan", "reported",
     "Apache helicopters also responded to the sources of the fire (separate sub-type from the artillery row, as the "
     "spent alwatan-1347 Apache row; same day and place as the artillery row -> 2 August, precision 2, location empty, "
     "YE; alternative one combined response row)"),
    (EQ319, "غاراتها على قاعدة العند الجوية", "كثفت غاراتها على قاعدة العند الجوية، وجسر الحسيني",
     ERV, AIR, SLC, HOU, "Al Anad Air Base", "YE", "2015-07-24", "1", "", "",
     "press sources in Lahij (to dpa, via Al Eqtisadiya)", "reported",
     "'yesterday' (DCT Saturday 25 July -> 24 July) the Saudi-led coalition intensified its air strikes on positions of "
     "the Houthis and the forces loyal to ex-president Saleh in Lahij, among them al-Anad air base (the lead's 'in the "
     "city of Lahij' is the umbrella of this and the bridge row, folded; Houthis and Saleh's forces -> Houthis; one "
     "location per row -> the base and the bridge separate; no toll)"),
    (EQ319, "وجسر الحسيني", "كثفت غاراتها على قاعدة العند الجوية، وجسر الحسيني الذي يربط بين الحوطة",
     ERV, AIR, SLC, HOU, "Al Husseini Bridge", "YE", "2015-07-24", "1", "", "",
     "press sources in Lahij (to dpa, via Al Eqtisadiya)", "reported",
     "the same 24 July coalition strikes also hit the al-Husseini bridge linking al-Houta, capital of Lahij "
     "governorate, and al-Anad base (differently named place -> own row; 'Al Husseini Bridge', alternative 'Al Husseini "
     "Bridge, Lahij')"),
    (EQ319, "سيطرت على جبل", "إن المقاومة الشعبية سيطرت على جبل \"منيف\"",
     BAT, GRT, YR, HOU, "Jabal Munif", "YE", "2015-07-25", "2", "", "",
     "press sources in Lahij (to dpa, via Al Eqtisadiya); Al Eqtisadiya (title)", "reported",
     "the title's news: the popular resistance took control of Mount Munif, near al-Anad base on its eastern side "
     "(pro-Hadi popular resistance -> Yemeni Resistance, vs the Houthis/Saleh forces -> Houthis; retaking ground -> "
     "Government regains territory, as the spent al-Anad triangle row; the sources' report has no own day for the "
     "capture -> DCT, precision 2, alternative 24 July with the strikes; the title's «منيف» is the same event)"),
    (EQ319, "حررت مدينة عدن", "بعد أن حررت مدينة عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-25", "3", "", "",
     "Al Eqtisadiya (the resistance's earlier statements)", "reported",
     "background: the popular resistance 'liberated the city of Aden' before continuing its 'Golden Arrow' operation to "
     "free the other southern governorates (no day in the text -> DCT, precision 3, as the spent aawsat-72 'after its "
     "liberation' row; pro-Hadi resistance -> Yemeni Resistance). Not coded: the resistance's stated intention to head "
     "for al-Anad air base ('ستتوجه بالتحديد لتحرير قاعدة العند', an earlier statement; the offensive towards al-Anad is "
     "under way in the strike and Jabal Munif rows; alternative a planned Battles row at Al Anad Air Base), the Houthis' "
     "use of al-Anad to move reinforcements (no event), the ICRC's statement on access and the UN aid shipment to Aden "
     "on 21 July (humanitarian, not coded)"),
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
