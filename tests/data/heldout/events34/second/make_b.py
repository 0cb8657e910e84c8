"""Bookkeeping helper for annotator B of the events34 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur30/events34/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 34 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2812/2813, drawn at the start of stop 30, main 32ba3d3, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2812).shuffle, walked in order; (b) 10 with no text filter: random.Random(2813).shuffle, walked in order, >=3 sources (got, by source, a: 3alyoum 1, aleqtisadiya 1, aljazirah 3, almadina 1, alriyadh 1, alwatan 2, alyaum 1; b: aleqtisadiya 2, almadina 1, alriyadh 2, alwatan 1, alweeam 1, alyaum 2, okaz 1).
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
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
CLASH = "Armed clash"
UAG = "Unidentified armed group"
ISIS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFE = "Police Forces of Egypt"
COAL = "Saudi-led coalition"
HOU = "Houthis"
AY65 = "SN-3alyoum-20150725-65"
JZ357 = "SN-aljazirah-20150809-357"
WT2158 = "SN-alwatan-20150806-2158"
YM1159 = "SN-alyaum-20150811-1159"
SAADA_NOTE = ("coalition aircraft (Apache and F-15, as Al Watan observed them) responded heavily to the source of the shells "
              "inside Yemen's Saada governorate, 'specifically' al-Ma'ayin, al-Talh, Maran, Kitaf and Naq'a (one location "
              "per row -> five rows, as the spent alweeam-1164 Maran/Saqayn rows; the governorate is named in the sentence "
              "-> 'Place, Saada', as 'Al Humayqan, Al Bayda'; the response to the 5 August shelling, no day of its own -> "
              "5 August, precision 2, as the spent alwatan-1347 response rows; 'طائرات التحالف' -> Saudi-led coalition "
              "(alwatan-1347's text framed a Saudi response); the insurgents -> Houthis; no toll)")
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AY65, "شنت هجمات على معسكرات", "إن طائرات مقاتلة تركية شنت هجمات على معسكرات لحزب العمال الكردستاني في شمال العراق",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-24", "1", "", "",
     "Turkish Prime Minister's office (via Ain Alyoum); Turkish TV stations", "claimed",
     "the title's news: the Turkish prime minister's office said 'today Saturday' (DCT 25 July) that Turkish fighter jets "
     "struck PKK camps in northern Iraq 'during the night' (the later 'second round of air strikes against ISIS and the "
     "PKK shortly before midnight Friday' reported by Turkish TV dates the night -> Friday 24 July, precision 1); folded: "
     "the hit depots, 'logistic points', living areas and storage buildings 'in a number of sites' and the TV's second "
     "round (its PKK part); northern Iraq, no place named -> location empty, IQ, as the spent aljazirah-969 row; given as "
     "the office's statement -> claimed, as the spent Iraqi-MoD coalition-strike row (alternative reported: the title "
     "'Turkey confirms' and the TV reports). Not coded: the blow to the peace process begun in late 2012 (no event)"),
    (AY65, "قوات برية استهدفت", "وأضاف أن قوات برية استهدفت مسلحي حزب العمال الكردستاني علاوة على متشددي تنظيم الدولة الإسلامية في شمال سوريا",
     ERV, SHELL, MFT, ISIS, "", "SY", "2015-07-24", "2", "", "",
     "Turkish Prime Minister's office (via Ain Alyoum)", "claimed",
     "the office added that ground forces targeted PKK militants as well as ISIS militants in northern Syria (this row: "
     "the ISIS targets; two named targets -> two rows, as the spent aljazirah-969 aggregates; Turkish ground forces "
     "firing across the border, means not stated -> Shelling/artillery/missile attack, alternative Armed clash; no day "
     "of its own, told with the overnight operation -> 24 July, precision 2; northern Syria, no place -> location empty, "
     "SY; the office's statement -> claimed)"),
    (AY65, "مسلحي حزب العمال الكردستاني", "استهدفت مسلحي حزب العمال الكردستاني علاوة على متشددي",
     ERV, SHELL, MFT, PKK, "", "SY", "2015-07-24", "2", "", "",
     "Turkish Prime Minister's office (via Ain Alyoum)", "claimed",
     "the PKK targets of the same ground-forces fire (second named target -> own row; 'in northern Syria' closes the "
     "sentence and is read for both targets -> SY, location empty; alternative IQ or folded into the Iraq air-strike "
     "row; 24 July, precision 2; claimed)"),
    (AY65, "أولى هجماتها الجوية", "وشنت تركيا أولى هجماتها الجوية على أهداف الدولة الإسلامية في سوريا في الساعات الأولى من صباح أمس الجمعة",
     ERV, AIR, MFT, ISIS, "", "SY", "2015-07-24", "1", "", "",
     "Ain Alyoum", "reported",
     "background: Turkey carried out its first air strikes on ISIS targets in Syria in the early hours of 'yesterday "
     "Friday' (DCT Saturday 25 July -> 24 July), pledging firmer action against the jihadists and the Kurdish militants "
     "(no place in Syria -> location empty, SY, as the spent aleqtisadiya-312 row of the same strikes; stated by the "
     "outlet -> reported); folded: the ISIS part of the second round of strikes 'shortly before midnight Friday' "
     "(Turkish TV; same day, actors and unnamed place)"),
    (JZ357, "جنوب الشيخ زويد", "عمليات تمشيط ومداهمات تجري في مناطق جنوب الشيخ زويد ورفح وشرق العريش",
     BAT, CLASH, PFE, UAG, "Sheikh Zuweid", "EG", "2015-08-09", "2", "", "",
     "a security source (via Al Jazirah)", "reported",
     "the title's news, borderline: Egyptian security forces in North Sinai continue ('واصلت') their operations against "
     "'armed elements, terrorist hotspots and takfiri dens': sweeps and raids under air cover south of Sheikh Zuweid, in "
     "Rafah and east of al-Arish, with the areas closed and IEDs planted by gunmen cleared (one location per row -> "
     "three rows; this row south of Sheikh Zuweid); eyewitnesses heard successive explosions since early morning "
     "(folded). Counter-insurgency raids on militants, no exchange of fire or toll stated -> Battles/Armed clash, "
     "alternative Strategic developments/Other or no row; 'قوات الأمن' -> Police Forces of Egypt (alternative Military "
     "Forces of Egypt: air cover); militants not named -> Unidentified armed group; ongoing -> DCT, precision 2. Not "
     "coded: the closed squares, checkpoints and inspections on the Arish-Qantara road (security measures)"),
    (JZ357, "ورفح", "مناطق جنوب الشيخ زويد ورفح وشرق العريش",
     BAT, CLASH, PFE, UAG, "Rafah", "EG", "2015-08-09", "2", "", "",
     "a security source (via Al Jazirah)", "reported",
     "the same continuing sweeps and raids in Rafah (North Sinai) (second named place -> own row; see the Sheikh Zuweid "
     "row for the borderline type)"),
    (JZ357, "وشرق العريش", "جنوب الشيخ زويد ورفح وشرق العريش، وخلالها",
     BAT, CLASH, PFE, UAG, "Al Arish", "EG", "2015-08-09", "2", "", "",
     "a security source (via Al Jazirah)", "reported",
     "the same continuing sweeps and raids east of al-Arish (third named place -> own row; see the Sheikh Zuweid row)"),
    (JZ357, "هجوم إرهابي استهدف سيارة ترحيلات", "استشهد شرطي مصري وأصيب 3 آخرون في هجوم إرهابي استهدف سيارة ترحيلات",
     BAT, CLASH, UAG, PFE, "Sinnuris", "EG", "2015-08-08", "1", "1", "exact",
     "Al Jazirah (initial information; Fayoum security)", "reported",
     "a policeman killed and 3 wounded in a 'terrorist attack' on a police prisoner-transport vehicle on the Fayoum-Cairo "
     "road 'yesterday' (DCT Sunday 9 August -> 8 August): 'terrorists' on a motorbike fired volleys at the vehicle "
     "carrying four policemen (the driver drove on to the Kom Oshim checkpoint); the place is given as the Mimna area and "
     "as Izbet al-Hagara, both in Sinnuris district -> 'Sinnuris'; attackers not named -> Unidentified armed group; "
     "armed attack on police on duty -> Battles/Armed clash vs Police Forces of Egypt, as the spent okaz-1951 and "
     "aawsat-372 Cinar rows; the hospital report is the same event. Not coded: the governor's visit and the search for "
     "the perpetrators"),
    (WT2158, "سقطت ثمانية قذائف", "عندما سقطت ثمانية قذائف عسكرية من نوع \"كاتيوشا\" أمس في مركز علب الحدودي",
     ERV, SHELL, HOU, "Civilians (Saudi Arabia)", "Dhahran al-Janub", "SA", "2015-08-05", "1", "", "",
     "Al Watan; a medical source at Dhahran al-Janub hospital; a tribal source", "reported",
     "the title's news: 'yesterday' (DCT Thursday 6 August -> 5 August) the Houthi militia and its ally Saleh kept "
     "targeting neighbourhoods and villages of the border governorate of Dhahran al-Janub: of eight Katyusha shells fired "
     "from Yemeni territory, this row for those that fell in the Sara and al-Nuzha neighbourhoods (town level, as the "
     "spent alwatan-1347 row with two districts); no casualties (hospital and tribal sources) -> fatalities empty; "
     "Houthis and Saleh's forces -> Houthis; neighbourhoods and villages -> Civilians (Saudi Arabia), as alwatan-1347. "
     "The Alab border centre is a differently named place -> own row (alternative: one row for the whole salvo)"),
    (WT2158, "مركز علب الحدودي", "أمس في مركز علب الحدودي وأحياء سارة والنزهة",
     ERV, SHELL, HOU, "Civilians (Saudi Arabia)", "Alab", "SA", "2015-08-05", "1", "", "",
     "Al Watan", "reported",
     "the same 5 August Katyusha salvo: shells that fell on the Alab border centre (Dhahran al-Janub governorate) "
     "(one location per row; no casualties; 'مركز علب' -> 'Alab'; see the Dhahran al-Janub row)"),
    (WT2158, "المعاين", "وتحديدا مناطق المعاين، والطلح، ومران، وكتاف، ونقعة",
     ERV, AIR, COAL, HOU, "Al Maayin, Saada", "YE", "2015-08-05", "2", "", "",
     "Al Watan (its reporters observed)", "reported", SAADA_NOTE + "; this row: al-Ma'ayin"),
    (WT2158, "والطلح", "مناطق المعاين، والطلح، ومران",
     ERV, AIR, COAL, HOU, "Al Talh, Saada", "YE", "2015-08-05", "2", "", "",
     "Al Watan (its reporters observed)", "reported", "same response strikes, second named area: al-Talh (see the al-Ma'ayin row)"),
    (WT2158, "ومران", "والطلح، ومران، وكتاف",
     ERV, AIR, COAL, HOU, "Maran, Saada", "YE", "2015-08-05", "2", "", "",
     "Al Watan (its reporters observed)", "reported", "same response strikes, third named area: Maran ('Maran' as the spent alweeam-1164 row; see the al-Ma'ayin row)"),
    (WT2158, "وكتاف", "ومران، وكتاف، ونقعة",
     ERV, AIR, COAL, HOU, "Kitaf, Saada", "YE", "2015-08-05", "2", "", "",
     "Al Watan (its reporters observed)", "reported", "same response strikes, fourth named area: Kitaf (see the al-Ma'ayin row)"),
    (WT2158, "ونقعة", "وكتاف، ونقعة، كما استهدفت",
     ERV, AIR, COAL, HOU, "Naqaa, Saada", "YE", "2015-08-05", "2", "", "",
     "Al Watan (its reporters observed)", "reported", "same response strikes, fifth named area: Naq'a (see the al-Ma'ayin row)"),
    (WT2158, "مدفعية القوات المسلحة", "كما استهدفت مدفعية القوات المسلحة مواقع الانقلابيين وتدميرها",
     ERV, SHELL, "Military Forces of Saudi Arabia", HOU, "Saada", "YE", "2015-08-05", "2", "", "",
     "Al Watan (its reporters observed)", "reported",
     "the armed forces' artillery also targeted and destroyed the insurgents' positions (the Saudi army's response from "
     "Saudi soil -> Military Forces of Saudi Arabia, as the spent alwatan-1347 artillery row; no place of its own, the "
     "sentence continues the Saada one -> 'Saada'; 5 August, precision 2; 'الانقلابيين' -> Houthis). Not coded: the "
     "coalition's leaflets dropped 'the day before yesterday' (4 August) telling the Yemeni border villages to evacuate "
     "(a warning, not the article's news), the rebels' hiding among civilians (generic)"),
    (YM1159, "تفجير عبوة ناسفة", "في تفجير عبوة ناسفة وضعها إرهابيون، داخل لوحة لتوزيع الكهرباء",
     ERV, IED, UAG, PFE, "Heliopolis, Cairo", "EG", "2015-08-10", "1", "", "",
     "Al Yaum; Egyptian Interior Ministry security media official", "reported",
     "'in the field': before noon 'yesterday' (DCT Tuesday 11 August -> 10 August) two officers (one a colonel) and a "
     "soldier were wounded by an IED planted by 'terrorists' in an electricity distribution board five metres in front "
     "of the traffic kiosk near the family court in Midan al-Mahkama, Heliopolis ('حي مصر الجديدة' -> 'Heliopolis, "
     "Cairo'); detonated by a mobile-phone SIM card (the ministry); no deaths -> fatalities empty; traffic-kiosk "
     "officers and soldier -> Police Forces of Egypt. Not coded: the possible cabinet reshuffle (cabinet change), the "
     "'Zawahiri cell' case referred to the Mufti (trial)"),
    (YM1159, "تفكيك قنبلة أخرى", "نجح رجال الحماية المدنية وخبراء المفرقعات، في تفكيك قنبلة أخرى",
     SD, "Disrupted weapons use", PFE, UAG, "Heliopolis, Cairo", "EG", "2015-08-10", "1", "", "",
     "Al Yaum", "reported",
     "civil-protection men and explosives experts defused another bomb placed by unknown persons in a black bag at the "
     "same site (a separate action by another actor -> own row, Strategic developments/Disrupted weapons use, as the "
     "spent sabq-1295/okaz-1280 rows; alternative folded into the IED row, as alwatan-1347 folded a detonated "
     "unexploded shell; same day and place; 'مجهولون' -> Unidentified armed group)"),
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
