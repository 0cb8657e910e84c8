"""Bookkeeping helper for annotator B of the events80 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events77/second/make_b.py.
Run: python3 /work/fresh/cur45/events80/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 80 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2964/2965, drawn at the start of stop 45, main 751b2e5a, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2964).shuffle, walked in order; (b) 10 with no text filter: random.Random(2965).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, alwatan 3, 3alyoum 1, aleqtisadiya 1, alriyadh 1, alweeam 1; b: almadina 2, alwatan 2, alyaum 2, aawsat 1, aljazirah 1, alriyadh 1, sabq 1).
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
CLASH = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
ABD = "Abduction/forced disappearance"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
HZB = "Hezbollah"
POLSA = "Police Forces of Saudi Arabia"
SHELL = "Shelling/artillery/missile attack"
AW282 = "SN-aawsat-20150731-282"
AW821 = "SN-aawsat-20150724-821"
WM1505 = "SN-alweeam-20150722-1505"
WT1000 = "SN-alwatan-20150811-1000"
AW160 = "SN-aawsat-20150802-160"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
IRQ = "Military Forces of Iraq"
AAW = "Asharq Al-Awsat"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AW282, "حادث الهجوم الإرهابي", "ووعدت المستشارة ميركل بمساندة تركيا بعد حادث الهجوم الإرهابي الذي أودى بحياة العشرات",
     VAC, "Attack", UAG, "Civilians (Turkey)", "Suruc", "TR", "2015-07-31", "3", "", "",
     AAW + "; Hans-Peter Bartels, Bundestag armed forces commissioner", "reported",
     "background: the terrorist attack in the Turkish town of Suruc that killed dozens and wounded hundreds, after which "
     "Merkel promised to support Turkey; Bartels' 'the latest attack in Suruc' (سوروج) is the same event -> one row "
     "(the text says only 'attack', neither bomb nor suicide -> Violence against civilians/Attack, as the spent "
     "aawsat-322 and aawsat-368 rows of that wording, alternative Suicide bomb; no group named for it -> Unidentified "
     "armed group, as the spent 3alyoum-198 row, alternative Islamic State by the context; 'العشرات' -> fatalities "
     "empty; no date in the text -> DCT, precision 3). Not coded: the German Patriot mission on the Turkish-Syrian border "
     "(deployment), the German Foreign Ministry's warning of possible attacks on Istanbul's metro and bus stations "
     "(a warning, no act), the 2005 London attacks (too old), the 'military conflict on the Turkish-Syrian border' (generic)"),
    (AW282, "هجوم تركيا علي مواقع المقاتلين الأكراد", "في أعقاب هجوم تركيا علي مواقع المقاتلين الأكراد",
     ERV, AIR, TUR, PKK, "", "TR", "2015-07-31", "3", "", "",
     AAW, "reported",
     "background: the German warning came in the wake of Turkey's attack on the positions of the Kurdish fighters (the "
     "PKK named in the next sentence; the closing 'Turkey's striking of ... the Kurdish groups' is the same campaign -> "
     "one row; no weapon stated, the Turkish air campaign against the PKK -> Air/drone strike, as the spent alweeam-1057 "
     "and aljazirah-372 rows, alternative Shelling; no place -> location empty, TR as those rows, alternative IQ; no date "
     "-> DCT, precision 3)"),
    (AW282, "في ضرب «داعش»", "الموقف الألماني جاء داعما إلى الحكومة التركية في ضرب «داعش»",
     ERV, AIR, TUR, IS, "", "SY", "2015-07-31", "3", "", "",
     AAW, "reported",
     "background: the German position supported the Turkish government in striking ISIS as well as the Kurdish groups "
     "(Turkey's change of position 'by striking ISIS' in the last paragraph is the same -> one row; two targets -> two "
     "rows, as the spent 3alyoum-206 PKK/ISIS split; no place, the strikes on ISIS were in Syria -> location empty, SY, "
     "borderline; no date -> DCT, precision 3). Alternative: folded into the PKK row or no row (generic)"),
    (AW821, "خسارة الجيش العراقي للرمادي", "يذكر أنّ خسارة الجيش العراقي للرمادي كانت أسوأ هزيمة",
     BAT, NSO, IS, IRQ, "Ramadi", "IQ", "2015-07-24", "3", "", "",
     AAW, "reported",
     "background: the Iraqi army's loss of Ramadi, its worst defeat since ISIS swept northern Iraq last summer (the "
     "attacker not named in the sentence, the 'extremist organisation' of the next clause -> Islamic State; no date in the "
     "text (May 2015, within 12 months) -> DCT, precision 3, as the spent undated background rows; borderline: a "
     "months-old side mention, alternative no row). Not coded: Carter's visit to Erbil and his talks with Barzani and "
     "al-Obeidi (diplomatic), the Peshmerga's pushing ISIS back in northern Iraq and the daily US-led air strikes "
     "(generic), the Iraqi army's collapse before ISIS in northern Iraq 'last year' (more than 12 months before the DCT)"),
    (WM1505, "جندوا", "الحوثيين جندوا خلال الأيام الماضية قرابة خمسة آلاف وفتحوا معسكرات تدريب",
     SD, "Other", HOU, "", "Amd, Amran", "YE", "2015-07-22", "2", "", "",
     "special/informed sources quoted by the Al-Khabar website (Al Weeam)", "reported",
     "the title's news: the Houthi/Saleh militia recruited about five thousand young men 'during the past days' from Saada, "
     "Hajjah and Amran (tribal sheikhs urged to bring them; numbered and given Interior Ministry cards) and opened training "
     "camps in the Amd area east of Amran governorate, to send them to the fronts in Aden, Taiz and Lahij (one row; the "
     "camps' place -> 'Amd, Amran'; past days -> DCT, precision 2; borderline: recruitment, which the spent AL-485 row "
     "left uncoded as a side mention; alternative no row or Headquarters or base established)"),
    (WM1505, "المواجهات التي دارت", "قتلوا في المواجهات التي دارت في مديرية التواهي بمحافظة عدن",
     BAT, GRT, YR, HOU, "Tawahi, Aden", "YE", "2015-07-22", "2", "40", "at_least",
     "an informed source; sources citing Houthi gunmen who fled from Aden to Saada (Al Weeam)", "reported",
     "at least 40 Houthis from Haydan district (Saada) were killed in the confrontations in al-Tawahi district of Aden "
     "'during the last few days' ('ما لا يقل عن 40', 'تجاوزت 40' -> 40 at_least); the resistance's liberation of 'the "
     "strategic al-Tawahi area (west of Aden)' is the outcome of the same fighting -> folded, sub-type Government regains "
     "territory, as the spent alwatan-1340 and aljazirah-980 Tawahi rows (alternative Armed clash plus a separate GRT "
     "row); resistance -> Yemeni Resistance; past days -> DCT, precision 2)"),
    (WM1505, "وتحريرها مطار عدن الدولي", "بعد النصر الذي أحرزته المقاومة في عدن، وتحريرها مطار عدن الدولي ومحيطه",
     BAT, GRT, YR, HOU, "Aden Airport, Aden", "YE", "2015-07-22", "3", "", "",
     "Al Weeam", "reported",
     "background: the recruitment came after the resistance's victory in Aden and its liberation of Aden International "
     "Airport and its surroundings (the victory in Aden folded; Tawahi is its own row above; no date -> DCT, precision 3, "
     "as the spent aleqtisadiya-790 airport row). Not coded: the 'blazing fronts' of Aden, Taiz and Lahij (generic)"),
    (WT1000, "التفجير الغاشم", "خلال التفجير الغاشم لمسجد قيادة قوة الطوارئ الخاصة بعسير",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-11", "3", "", "",
     "Dr Saad Saeed al-Hajri, head of the Asir fatwa branch (Al Watan)", "reported",
     "background (the news is the governor's reception of al-Hajri): his condolences for those martyred in the heinous "
     "bombing of the mosque of the Special Emergency Forces command in Asir; the perpetrator's 'suicide and killing "
     "himself' -> Suicide bomb, as the spent aleqtisadiya-197 row; 'the Kharijites' is no named group -> Unidentified "
     "armed group; Emergency Forces -> Police Forces of Saudi Arabia; no number of martyrs -> fatalities empty; no date in "
     "the text -> DCT, precision 3, as the spent undated Asir rows). Not coded: the meeting"),
    # ---- set b (no text filter) ----
    (AW160, "بعد تحريرها من المتمردين", "للانضمام إلى قوات الأمن بعد تحريرها من المتمردين",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-02", "3", "", "",
     "Aden governor Nayef al-Bakri", "reported",
     "background (the news is the governor's meeting and the youth's rush to join the police and army): Aden 'after its "
     "liberation from the rebels' (no date -> DCT, precision 3, as the spent alwatan-1012 and aawsat-275 Aden rows). Not "
     "coded: the youth enlisting in the police and army, the WFP food distribution, the repair plans (no political "
     "violence); the earlier Houthi/Saleh artillery shelling of the cables in Dar Saad, north of Aden (undated, side "
     "mention of damage, as the spent alriyadh-748 undated Aden shelling left uncoded; alternative a background "
     "Shelling row 'Dar Saad, Aden', DCT, precision 3); 'what the Houthi forces destroyed' (generic)"),
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
