"""Bookkeeping helper for annotator B of the events94 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur50/events94/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 94 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 3012/3013, drawn at the start of stop 50, main 9be3e03, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(3012).shuffle, walked in order; (b) 10 with no text filter: random.Random(3013).shuffle, walked in order, >=3 sources (got, by source, a: 3alyoum 2, aawsat 2, aljazirah 1, almadina 1, alriyadh 1, alweeam 1, alyaum 1, okaz 1; b: aleqtisadiya 2, aawsat 1, aljazirah 1, almadina 1, alwatan 1, alweeam 1, alyaum 1, okaz 1, sabq 1).
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
CIVSY = "Civilians (Syria)"
SYR = "Military Forces of Syria"
REB = "Syrian rebels"
POLIL = "Police Forces of Israel"
AY1303 = "SN-alyaum-20150810-1303"
AW154 = "SN-aawsat-20150804-154"
AW326 = "SN-aawsat-20150806-326"
WM977 = "SN-alweeam-20150723-977"
SOHR = "Syrian Observatory for Human Rights (via Al Weeam)"
DEMIS = "UN envoy Staffan de Mistura, citing local sources (via Al Weeam)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AY1303, "حادث تفجير مسجد الطوارئ", "على المصابين من رجال الأمن في حادث تفجير مسجد الطوارئ بمنطقة عسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-10", "3", "", "",
     "Al Yaum", "reported",
     "background (the news is the deputy health minister's visit 'yesterday' to the wounded security men in Asir Central "
     "Hospital): the bombing of the Emergency [Forces] mosque in the Asir region (the same visit as the spent aljazirah-511 "
     "and alriyadh-755 rows; only 'تفجير' -> the generic explosive sub-type; no perpetrator named -> Unidentified armed "
     "group; wounded security men -> Police Forces of Saudi Arabia; no toll; the text gives no day for the bombing -> DCT, "
     "precision 3, as those spent rows; the real 6 August is not stated). Not coded: the visit, the check of the region's "
     "emergency plans"),
    (AW154, "حرق منزلهم", "إثر حرق منزلهم في قرية دوما، فجر الجمعة الماضي",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-07-31", "1", "1", "exact",
     "Israeli intelligence and army sources (to Asharq Al-Awsat)", "reported",
     "background to the news (the Israeli services' findings on the 'Jewish terror' organisations): the killing of the "
     "Palestinian child Ali Dawabsheh and the severe burning of his parents and brother when their house in the village of "
     "Duma was set on fire 'at dawn last Friday' (DCT Tuesday 4 August -> Friday 31 July, precision 1); the lead's 'عملية "
     "حرق عائلة دوابشة أثناء نومهم' is the same event -> one row; the perpetrators are far-right activists based in the "
     "settlement outposts -> Settlers (Israel), as the many spent Duma rows; the child's death -> 1 exact (the text states "
     "no other death)"),
    (AW154, "عن اعتقاله", "الذي أعلنت أجهزة الأمن الإسرائيلية أمس عن اعتقاله في مدينة صفد",
     SD, "Arrests", POLIL, "Civilians (Israel)", "Safed", "IL", "2015-08-03", "2", "", "",
     "Israeli security services (via Asharq Al-Awsat)", "reported",
     "the Israeli security services announced 'yesterday' (DCT 4 August -> 3 August) the arrest in the city of Safed of the "
     "right-wing activist Meir Ettinger, grandson of Meir Kahane, who called for escalating steps against Arabs and fighting "
     "the state (arrest of a Jewish extremist in the crackdown after Duma -> Strategic developments/Arrests, as the spent "
     "alriyadh-605/was-1532 rows; security services -> Police Forces of Israel, Civilians (Israel); the arrest's own day "
     "not stated, only the announcement's -> precision 2). Not coded: the agreement at Netanyahu's consultations 'the day "
     "before yesterday' to issue administrative detention orders (a planned legal measure), the Shin Bet's earlier failed "
     "request for his administrative detention and his removal from the West Bank (legal measures), the old Jewish terror "
     "organisation's shootings a decade ago (far too old), the generic mosque and church burnings"),
    (AW154, "إحراق كنيسة الطابغة", "بتهمة المشاركة في إحراق كنيسة الطابغة في طبريا",
     SD, "Looting/property destruction", UAG, "", "Tabgha", "IL", "2015-08-04", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the arson of the Tabgha church near Tiberias, for which the ultra-Orthodox youth Moshe Orbach of Bnei "
     "Brak was 'recently' indicted (the later 'في حالة إحراق كنيسة الطابغة الاستثنائية', where a glove left behind led by "
     "DNA to the cell's arrest, is the same event -> one row); arson of a church with no one hurt -> Strategic "
     "developments/Looting/property destruction, actor1 Unidentified armed group (a cell of Jewish extremists, no group "
     "named, not called settlers), actor2 empty, location 'Tabgha', all as the adjudicated spent events84 3alyoum-153 row "
     "of the same arson; the text gives no date (the real 18 June is not stated) -> DCT, precision 3. Not coded: the "
     "indictment and the cell's arrest (legal; no date)"),
    (AW326, "إرسال قوات", "باتفاق على دعم مصري لليمن يتمثل في إرسال قوات لحماية موانئ الجنوب",
     SD, "Other", "Military Forces of Egypt", "", "Aden", "YE", "2015-08-06", "3", "", "",
     "Asharq Al-Awsat; Yemeni foreign minister Riyadh Yassin", "planned",
     "borderline, the title's news: Sisi's and Hadi's talks in Cairo 'yesterday' ended in an agreement on Egyptian support "
     "to Yemen by sending forces to protect the southern ports; Yassin: Hadi asked for the Egyptian navy to visit Aden and "
     "take part in protecting its ports (an announced future troop deployment -> planned Strategic developments/Other, as "
     "the spent deployment rows; the ports of the south, Aden the one named -> 'Aden'; no date for the deployment -> DCT, "
     "precision 3). Alternative: not coded (a diplomatic agreement). Not coded: the training of Yemeni officers and of the "
     "Bab al-Mandab protection forces, Sisi's call for a political solution"),
    (AW326, "طرد آخر جيوب الحوثيين", "التي تمكنت من طرد آخر جيوب الحوثيين في لحج",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-06", "2", "", "",
     "Yemeni military sources; Asharq Al-Awsat", "reported",
     "background: the force led by Brig. Fadl Hassan managed to expel the last Houthi pockets in Lahij; the later outlet's "
     "'بعد تحرير عدن ولحج بالكامل' is the same capture for Lahij -> one row, reported (stated in the outlet's voice); the "
     "pro-legitimacy national army and resistance -> Yemeni Resistance, as the spent Lahij rows (alternative Military "
     "Forces of Yemen: the text speaks of the army loyal to legitimacy); no day -> DCT, precision 2, as the spent "
     "aawsat-237 Lahij row of the same DCT. Not coded: the forces awaiting orders to move on Sanaa and the planned junction "
     "of the Fadl Hassan and al-Subaihi forces 'in the coming days' (a plan; alternative a planned row), the Houthi "
     "trenches and food stocks at Sanaa's entrances (preparations), the army command's decision to start the operation to "
     "liberate Abyan (a decision, not an announced action date, as the spent 'Abyan will be the next destination' "
     "decisions; alternative a planned row)"),
    (AW326, "تحرير عدن", "وذلك بعد تحرير عدن ولحج بالكامل",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-06", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the decision on Abyan came 'after the complete liberation of Aden and Lahij' (Aden its own row, one "
     "location per row; no victor named in the clause, the pro-Hadi forces -> Yemeni Resistance, as the spent Aden "
     "liberation rows; no date in the text -> DCT, precision 3, as the spent alwatan-1021/alweeam-1119 rows)"),
    (AW326, "مواجهات عنيفة", "شهدت محافظة تعز أمس مواجهات عنيفة",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-05", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "'yesterday' (DCT 6 August, published 02:36 UTC -> 5 August) Taiz governorate saw violent confrontations (sides not "
     "named in the sentence: the article's pro-legitimacy forces and the Houthi militias -> Yemeni Resistance vs Houthis, "
     "as the spent Taiz rows; governorate-level -> 'Taiz'; no toll). Not coded: the government sources' claim that the "
     "legitimate forces have regained more than three quarters of Taiz governorate (a cumulative status claim, as the spent "
     "okaz-1225 'three quarters of the city' decision; alternative an aggregate claimed GRT row)"),
    (AW326, "أطلقت سراح", "إن المقاومة أطلقت سراح 70 قاصرا",
     SD, "Other", YR, HOU, "", "YE", "2015-08-06", "2", "", "",
     "private sources (to Asharq Al-Awsat)", "reported",
     "borderline: the resistance released 70 minors captured during the recent battles in the south 'for humanitarian "
     "reasons, being under the legal age' (a unilateral release of captured enemy fighters, no deal stated -> Strategic "
     "developments/Other, as the spent Boko Haram hostage-release row; the captives fought for the Houthis, who, the "
     "sources say, use children -> actor2 Houthis; 'in the south', no place -> location empty, YE; no day -> DCT, precision "
     "2). Alternative: not coded"),
    (WM977, "الاشتباكات العنيفة", "إن الاشتباكات العنيفة استمرت مساء الثلاثاء في منطقة الزبداني",
     BAT, CLASH, SYR, REB, "Zabadani", "SY", "2015-07-21", "1", "", "",
     SOHR, "reported",
     "SOHR said on Wednesday that violent clashes continued 'on Tuesday evening' (DCT Thursday 23 July -> 21 July) in the "
     "Zabadani area, with reports of dead on both sides (no number -> fatalities empty); folded: the Syrian army's and "
     "Hezbollah's offensive to wrest the area from the opposition forces (the title's 'ongoing battle'; the army named "
     "first -> actor1 Military Forces of Syria, as the spent Zabadani clash rows; the opposition -> Syrian rebels)"),
    (WM977, "الغارات", "إن الغارات التي تشنها قوات النظام السوري على مدينة الزبداني",
     ERV, AIR, SYR, CIVSY, "Zabadani", "SY", "2015-07-23", "2", "", "",
     DEMIS, "reported",
     "de Mistura: the air raids the Syrian regime forces are carrying out on Zabadani caused destruction and killed people "
     "on a wide scale; citing local sources, the army dropped a large number of barrel bombs on Zabadani, causing "
     "'unprecedented destruction and a large number of dead among the civilian residents' (barrel bombs folded; 'a large "
     "number' -> fatalities empty; civilian dead named -> Civilians (Syria); ongoing, present tense -> DCT, precision 2). "
     "Folded: SOHR's 'violent air raids in and around the city' on Tuesday evening and de Mistura's 'the air force bombed "
     "areas in and around Zabadani' (same campaign; alternative a 21 July row of its own)"),
    (WM977, "دمرت نفقا", "دمرت نفقا للتنظيمات الإرهابية بطول 70 مترا",
     SD, "Disrupted weapons use", SYR, REB, "Zabadani Plain, Zabadani", "SY", "2015-07-23", "2", "", "",
     "Syrian state television (via Al Weeam)", "claimed",
     "Syrian state TV: an army unit destroyed a 70-metre-long, 2-metre-deep tunnel of 'the terrorist organisations' running "
     "from the Zabadani plain towards Madaya, used by the 'terrorists' to infiltrate and move supplies (destruction of an "
     "enemy tunnel -> Disrupted weapons use, as the spent tunnel rows; the regime's 'terrorists' in Zabadani -> Syrian "
     "rebels; only state TV's assertion -> claimed; no day -> DCT, precision 2; the tunnel starts in the Zabadani plain)"),
    (WM977, "باطلاق الصواريخ", "وان مقاتلي المعارضة السنة ردوا باطلاق الصواريخ وقذائف المورتر الثقيلة",
     ERV, SHELL, REB, "", "Idlib", "SY", "2015-07-23", "2", "", "",
     DEMIS, "reported",
     "de Mistura: the Sunni opposition fighters responded by firing rockets and heavy mortar shells at two villages near "
     "the city of Idlib in the north (the villages are not named in the text -> location 'Idlib', the one named place, "
     "alternative empty; no target group named -> actor2 empty, as the spent al-Fuaa/Kafraya shelling rows; no day -> DCT, "
     "precision 2). Not coded: de Mistura's concern (statement)"),
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
