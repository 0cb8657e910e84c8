"""Bookkeeping helper for the events94 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur50/events94/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 94 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events94/sample.py ("This set: events94, seeds 3012 / 3013, drawn at the start of stop 50 (9be3e03), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3012).shuffle, walked in order; (b) 10 with no text filter, random.Random(3013).shuffle, >=3 sources (got, by source, a: 3alyoum 2, aawsat 2, alriyadh 1, okaz 1, alyaum 1, almadina 1, aljazirah 1, alweeam 1; b: aleqtisadiya 2, aljazirah 1, alyaum 1, almadina 1, alweeam 1, okaz 1, aawsat 1, alwatan 1, sabq 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 13 rows): detection F1 0.929 before by compare.py (13 matched of 15 A / 13 B rows, P 1.000, R 0.867; 12 of the 13 pairs are true event pairs, the 13th pairs A's aawsat-326 three-quarters-of-Taiz aggregate with B's Aden liberation row; both gave rows to the same 4 articles and left the same 16 empty); on the 13 pairs event_type, actor2, location_country, event_date, time_precision, fatalities and fatalities_qualifier agreed 13/13, sub_event_type, actor1 and reported_as 12/13, location 10/13; triggers 5/13 identical trigger+occurrence, 11/13 nested; 15 -> 13 rows: 3 rows dropped, as B and the spent aawsat-390/almadina-580 decisions (aawsat-326 the planned march on Sanaa, the planned Abyan operation: intentions; the government's three quarters of Taiz regained: a status claim); 1 row added from B (aawsat-326 background liberation of Aden); 2 values changed to B's: aawsat-326 Egyptian forces location 'Aden' (first empty), alweeam-977 tunnel location 'Zabadani Plain, Zabadani' (first 'Zabadani'); kept against B: aawsat-326 Lahij actor1 Military Forces of Yemen (B Yemeni Resistance), aawsat-326 release of 70 minors sub_event_type Agreement (B Other), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
MFY = "Military Forces of Yemen"
HOU = "Houthis"
MFS = "Military Forces of Syria"
SYR = "Syrian rebels"
PFSA = "Police Forces of Saudi Arabia"
AWS154 = "SN-aawsat-20150804-154"
AWS326 = "SN-aawsat-20150806-326"
WEE977 = "SN-alweeam-20150723-977"
YUM1303 = "SN-alyaum-20150810-1303"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Jewish extremist groups (aawsat-154, DCT Tuesday 4 August 18:08 UTC); the news is the investigation's findings
    (AWS154, "حرق منزلهم", "وإصابة والديه وشقيقه بحروق بالغة إثر حرق منزلهم في قرية دوما",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-07-31", "1", "1", "exact",
     "Israeli intelligence and army sources (via Asharq Al-Awsat)", "reported",
     "the occasion of the investigation the article reports: the burning of the Dawabsheh family's house in the village "
     "of Duma 'at dawn last Friday' (DCT Tuesday 4 August -> Friday 31 July, precision 1) killed the Palestinian child "
     "Ali Dawabsheh and badly burned his parents and brother (1 exact: only the child's death is stated; the lead's "
     "'عملية حرق عائلة دوابشة أثناء نومهم' is the same event -> one row); the sources blame far-right activists of the "
     "ideological group based in the settlement outposts -> Settlers (Israel), as the spent Duma rows (alweeam-1669, "
     "alyaum-1036); the attack itself is stated as fact -> reported. Not coded: the 'series of hate crimes' and mosque "
     "burnings of the group (generic), Netanyahu's consultations and the agreement to issue administrative detention "
     "orders (policy), the older Jewish terror group's shootings a decade ago (too old)"),
    (AWS154, "عن اعتقاله في مدينة صفد", "الذي أعلنت أجهزة الأمن الإسرائيلية أمس عن اعتقاله في مدينة صفد",
     SD, "Arrests", "Police Forces of Israel", "Civilians (Israel)", "Safed", "IL", "2015-08-03", "2", "", "",
     "Israeli security services (via Asharq Al-Awsat)", "reported",
     "the Israeli security services announced 'yesterday' (DCT 4 August -> 3 August) the arrest in Safed of the right-wing "
     "activist Meir Ettinger, grandson of Meir Kahane (arrest on or before the announcement -> precision 2, as the "
     "adjudicated Zinjibar 'on or before' rows; the arrest of a suspected Jewish extremist after Duma -> Arrests, "
     "arresting force not named -> Police Forces of Israel, detainee Civilians (Israel), as the spent alriyadh-605 and "
     "alyaum-1042 Ettinger rows). Not coded: the Shin Bet's failed request for his administrative detention at the start "
     "of the year and his removal from the West Bank (legal/administrative)"),
    (AWS154, "إحراق كنيسة الطابغة", "بتهمة المشاركة في إحراق كنيسة الطابغة في طبريا",
     SD, "Looting/property destruction", UAG, "", "Tabgha", "IL", "2015-08-04", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the arson of the Tabgha church near Tiberias, for participation in which Moshe Orbach was 'recently' "
     "indicted (the Church of the Multiplication, 18 June 2015, within 12 months of the DCT; the text gives no date -> "
     "DCT, precision 3; arson of a religious building with no one hurt -> Looting/property destruction, Unidentified "
     "armed group, as the spent 3alyoum-153 Tabgha row; the later mention 'في حالة إحراق كنيسة الطابغة الاستثنائية' is "
     "the same event). Not coded: Orbach's indictment (legal), the arrest of the cell's members after the DNA of the "
     "gloves (undated background arrests, folded here)"),
    # Egypt / Yemen (aawsat-326, DCT Thursday 6 August 02:36 UTC)
    (AWS326, "إرسال قوات لحماية موانئ الجنوب", "يتمثل في إرسال قوات لحماية موانئ الجنوب",
     SD, "Other", "Military Forces of Egypt", "", "Aden", "YE", "2015-08-06", "3", "", "",
     "Asharq Al-Awsat; Yemeni Foreign Minister Riad Yassin", "planned",
     "the title's news, borderline: the Sisi-Hadi talks in Cairo 'yesterday' ended in an agreement on Egyptian support to "
     "Yemen by sending forces to protect the southern ports (Hadi asked for the Egyptian navy to visit Aden and take part "
     "in protecting its ports) and training Yemeni officers (an announced deployment of foreign forces into the conflict "
     "-> Strategic developments/Other, planned, as the spent SK-887 and SK-1690 announced deployments; no date for the "
     "deployment -> DCT, precision 3; adjudicated, as B: location 'Aden' (first empty, 'the ports of the south'): Aden "
     "is the one port the text names for the Egyptian forces (Hadi asked for the navy in Aden to protect its ports); "
     "alternative no row, a diplomatic agreement). Not coded: the talks themselves, Sisi's call for a political solution (diplomatic), the "
     "training of Yemeni units guarding Bab al-Mandab (training)"),
    (AWS326, "طرد آخر جيوب الحوثيين في لحج", "التي تمكنت من طرد آخر جيوب الحوثيين في لحج",
     BAT, GRT, MFY, HOU, "Lahij", "YE", "2015-08-06", "2", "", "",
     "Yemeni military sources (to Asharq Al-Awsat)", "reported",
     "background: the force led by Brigadier Fadl Hassan, which managed to expel the last Houthi pockets in Lahij "
     "(the later 'after the complete liberation of Aden and Lahij' is the same completion for Lahij; the army loyal to the "
     "legitimacy -> Military Forces of Yemen; no day, recent -> DCT, precision 2, as the spent alwatan-2172 Lahij row; "
     "the liberation of Aden is its own row since the adjudication; kept in adjudication against B's Yemeni Resistance: "
     "the text makes this force a unit of the national army loyal to the legitimacy, led by a brigadier, as the "
     "adjudicated okaz-1225 army rows; alternative Yemeni Resistance, as the spent aawsat-237 Lahij row)"),
    (AWS326, "تحرير عدن", "وذلك بعد تحرير عدن ولحج بالكامل",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-06", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background, adjudicated, added from B: the army command's decision on Abyan came 'after the complete liberation of "
     "Aden and Lahij' (the outlet's own voice -> reported; Lahij has its own row, a differently named place -> own row "
     "for Aden; the pro-Hadi forces that retook Aden -> Yemeni Resistance, as the spent Aden rows; the text gives no "
     "date -> DCT, precision 3; my first version folded it as a status recap). Not coded (adjudicated, dropped as B and "
     "the spent decisions): the forces awaiting orders to march on Sanaa and the planned junction of the two forces "
     "(intention, as the spent aawsat-390 'Hadi's pledge to advance'), the decision to start the liberation of Abyan "
     "(intention, as the spent aawsat-390/almadina-580 'Abyan is the next destination'), the government sources' 'more "
     "than three quarters of Taiz governorate regained' (status claim, as the spent aawsat-390 'three quarters of the city')"),
    (AWS326, "مواجهات عنيفة", "شهدت محافظة تعز أمس مواجهات عنيفة",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-05", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "Taiz governorate saw violent confrontations 'yesterday' (DCT Thursday 6 August -> 5 August, precision 1); sides "
     "not named in the sentence: the article's sides, the legitimacy forces vs the Houthis -> Yemeni Resistance vs "
     "Houthis, as the spent Taiz rows (alwatan-2172, alweeam-1164)"),
    (AWS326, "أطلقت سراح 70 قاصرا", "إن المقاومة أطلقت سراح 70 قاصرا كانوا وقعوا أسرى",
     SD, "Agreement", YR, HOU, "", "YE", "2015-08-06", "2", "", "",
     "private sources (to Asharq Al-Awsat)", "reported",
     "private sources said the resistance released 70 minors captured during the recent battles in the south 'for "
     "humanitarian reasons, being under age' (captured fighters of the Houthis, who use children in their battles -> "
     "actor2 Houthis; a release of captives -> Strategic developments/Agreement, as the spent CN-163 and aljazirah-364 "
     "release/exchange rows; kept in adjudication against B's Other: ACLED lists prisoner releases under Agreement; "
     "no day -> DCT, precision 2; 'in the south' -> no place, location empty). Not coded: the "
     "Houthis' use of children in battle (generic)"),
    # Zabadani (alweeam-977, DCT Thursday 23 July 17:25 UTC)
    (WEE977, "البراميل المتفجرة", "إن الجيش السوري ألقى عددا كبيرا من البراميل المتفجرة على الزبداني",
     ERV, AIR, MFS, "Civilians (Syria)", "Zabadani", "SY", "2015-07-23", "2", "", "",
     "UN envoy Staffan de Mistura (citing local sources, via Al Weeam)", "reported",
     "the UN envoy said the raids the regime forces are waging on Zabadani caused destruction and wide-scale deaths: the "
     "Syrian army dropped a large number of barrel bombs on Zabadani, causing 'unprecedented destruction and a large "
     "number of deaths among the civilian population' (one row for the ongoing air campaign on the town: the first "
     "sentence's 'الغارات', SOHR's 'heavy air raids in and around the city' on Tuesday evening and de Mistura's 'the air "
     "force bombed areas in and around Zabadani' folded; ongoing -> DCT, precision 2; civilian deaths named -> actor2 "
     "Civilians (Syria), alternative empty as the spent Zabadani air rows; 'large number' -> fatalities empty; the UN "
     "envoy is not a party -> reported)"),
    (WEE977, "الاشتباكات العنيفة استمرت مساء الثلاثاء", "إن الاشتباكات العنيفة استمرت مساء الثلاثاء في منطقة الزبداني",
     BAT, CLASH, MFS, SYR, "Zabadani", "SY", "2015-07-21", "1", "", "",
     "Syrian Observatory for Human Rights (via Al Weeam)", "reported",
     "SOHR said on Wednesday that the violent clashes continued on Tuesday evening (DCT Thursday 23 July -> 21 July, "
     "precision 1) in the Zabadani area, with reports of dead on both sides (no number -> fatalities empty); the offensive "
     "the Syrian army and its ally Hezbollah wage to wrest the area from the opposition is the same battle -> folded "
     "(actor1 the Syrian army named first, alternative Hezbollah; rebels -> Syrian rebels, as the spent Zabadani rows)"),
    (WEE977, "دمرت نفقا", "وحدة من الجيش والقوات المسلحة دمرت نفقا للتنظيمات الإرهابية",
     SD, "Disrupted weapons use", MFS, SYR, "Zabadani Plain, Zabadani", "SY", "2015-07-23", "2", "", "",
     "Syrian state television (via Al Weeam)", "claimed",
     "Syrian state TV: an army unit destroyed a tunnel of the 'terrorist organisations', 70 metres long and two metres "
     "deep, running from the Zabadani plain towards Madaya, used for infiltration and supplies (destruction of an enemy "
     "tunnel -> Disrupted weapons use, as the spent SK-1065 tunnel row; only the regime's TV -> claimed; no day -> DCT, "
     "precision 2; 'terrorist organisations' of the regime's wording -> Syrian rebels; adjudicated, as B: location "
     "'Zabadani Plain, Zabadani' (first 'Zabadani'): the tunnel starts in the named plain, as the spent Zabadani Plain rows)"),
    (WEE977, "باطلاق الصواريخ وقذائف المورتر", "ردوا باطلاق الصواريخ وقذائف المورتر الثقيلة على قريتين قرب مدينة إدلب",
     ERV, SHELL, SYR, "", "Idlib", "SY", "2015-07-23", "2", "", "",
     "UN envoy Staffan de Mistura (via Al Weeam)", "reported",
     "de Mistura: the Sunni opposition fighters responded by firing rockets and heavy mortar shells at two villages near "
     "the city of Idlib in the north (the besieged Shia villages, unnamed in the text; one row for the two unnamed "
     "villages; location by the named reference city -> 'Idlib', borderline, alternative empty; actor2 empty as the "
     "spent al-Fuaa/Kafraya shelling rows; no day -> DCT, precision 2)"),
    # Asir wounded visited (alyaum-1303, DCT Monday 10 August 19:10 UTC)
    (YUM1303, "حادث تفجير مسجد الطوارئ", "على المصابين من رجال الأمن في حادث تفجير مسجد الطوارئ بمنطقة عسير",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-10", "3", "", "",
     "Al Yaum", "reported",
     "background (the news is the deputy health minister's visit to the wounded in Asir Central Hospital): the bombing of "
     "the Emergency Forces mosque in the Asir region, whose wounded security men he visited 'yesterday' (the visit is "
     "dated, the bombing is not -> DCT, precision 3, as the spent aljazirah-511 row of the same DCT and wording; only "
     "'تفجير' -> the generic explosive sub-type; no perpetrator named; security men -> Police Forces of Saudi Arabia; no "
     "city -> 'Asir'; the closing '.. ويقبل رأس مصاب في الحادث' is the same incident). Not coded: the visit, the hospital "
     "readiness tour (not events)"),
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
