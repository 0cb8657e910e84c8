"""Bookkeeping helper for the events26 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events24/addrows.py (itself from events22, events20, events18, ...).
Run: python3 /work/fresh/cur27/events26/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 26 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events26/sample.py ("This set: events26, seeds 2780 / 2781, drawn at the start of stop 27 (main edfa6f8), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2780).shuffle, walked in order; (b) 10 with no text filter, random.Random(2781).shuffle, >=3 sources (got, by source, a: aawsat 2, aljazirah 2, alriyadh 2, alyaum 2, aleqtisadiya 1, alwatan 1; b: aleqtisadiya 2, alwatan 2, okaz 2, aawsat 1, aljazirah 1, alriyadh 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 15 rows): detection F1 0.966 "
       "before (14 matched of 14 A / 15 B rows; no A-only row, 1 B-only row); 1 row added from B (aljazirah-969 aggregate "
       "Turkish air strikes on ISIS, SY: two targets named in two countries -> two rows as the spent alweeam-1057 aggregates); "
       "3 field values changed (alriyadh-812 sub_event_type 'Excessive force against protesters', B's: dozens killed = lethal "
       "violence; aawsat-96 June pledge actor1 'Unidentified armed group' (neither side's first value: the header convention "
       "for unnamed groups) and actor2 'Islamic State' (B's)); 1 kept against B (aawsat-71 Skhirat actor1 'Government of "
       "Libya'); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
RES = "Yemeni Resistance"
HOU = "Houthis"
MFSA = "Military Forces of Saudi Arabia"
MFTR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
POLRU = "Police Forces of Russia"
WAT1347 = "SN-alwatan-20150722-1347"
JAZ969 = "SN-aljazirah-20150806-969"
AAW71 = "SN-aawsat-20150801-71"
RIY812 = "SN-alriyadh-20150726-812"
JAZ980 = "SN-aljazirah-20150721-980"
AAW96 = "SN-aawsat-20150802-96"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WAT1347, "استهدفت خمس قذائف", "استهدفت خمس قذائف عسكرية من نوع",
     ERV, SHELL, HOU, "Civilians (Saudi Arabia)", "Dhahran al-Janub", "SA", "2015-07-21", "1", "", "",
     "security source (to Al Watan); hospital director", "reported",
     "the title's news: 'yesterday morning' (DCT 22 July -> 21 July) five Katyusha shells fired by the Houthi militia and "
     "its ally Saleh hit the Dhahran al-Janub general hospital (one on the nurses' residence) and citizens' homes in the "
     "al-Rahib al-Sharqi and al-Iskan districts; no injuries (fatalities empty); folded: the fifth shell, fallen in a farm "
     "in the village of Al Jubayr, was detonated by Dhahran al-Janub police (not a separate Disrupted weapons use row); "
     "Houthis and Saleh's forces -> Houthis; targets a hospital and homes -> Civilians (Saudi Arabia); town only -> "
     "'Dhahran al-Janub' (Asir region). Not coded: the governor's inspection visit"),
    (WAT1347, "مدفعية القوات المسلحة السعودية", "رصدت \"الوطن\" مدفعية القوات المسلحة السعودية",
     ERV, SHELL, MFSA, HOU, "Saada", "YE", "2015-07-21", "2", "", "",
     "Al Watan (its reporters observed)", "reported",
     "Al Watan observed the Saudi armed forces' artillery responding heavily to the source of the shells deep inside Saada "
     "governorate in Yemen (the response to the 21 July shelling, no own day -> 21 July, precision 2; the Saudi army "
     "firing from Saudi soil -> Military Forces of Saudi Arabia, alternative Saudi-led coalition; no toll)"),
    (WAT1347, "شنت طائرات الأباتشي", "كما شنت طائرات الأباتشي و\"f15 \" عددا من الغارات المركزة",
     ERV, AIR, MFSA, HOU, "Saada", "YE", "2015-07-21", "2", "", "",
     "Al Watan (its reporters observed)", "reported",
     "Apache helicopters and F-15s also carried out a number of focused raids on positions of the Houthis and Saleh, "
     "destroying them (separate sub-type from the artillery row; in the same sentence as Saada -> 'Saada'; same day as the "
     "artillery row, precision 2; Saudi aircraft in the Saudi response -> Military Forces of Saudi Arabia, alternative "
     "Saudi-led coalition; no toll)"),
    (JAZ969, "ستبدأ «قريبا» بمحاربة", "أنقرة ستبدأ «قريبا» بمحاربة",
     "Statement", "", "Government of Turkey", ISIS, "Kuala Lumpur", "MY", "2015-08-06", "2", "", "",
     "Turkish Foreign Minister Mevlut Cavusoglu", "reported",
     "the title's news: the Turkish foreign minister announced, at a meeting with Kerry in a Kuala Lumpur hotel on the "
     "sidelines of the ASEAN meetings, that Turkey will 'soon' start fighting ISIS in northern Syria 'effectively' "
     "(announcement of an operation start that is the article's news -> Statement, as the spent Cameron row; no day -> DCT, "
     "precision 2; alternative a planned Battles/Air strike row in northern Syria). Not coded: the US-Turkey training of the "
     "moderate opposition; Ankara's July permission for US aircraft to use Incirlik (basing permission, diplomatic)"),
    (JAZ969, "سلسلة من الغارات الجوية", "وشنت تركيا منذ ذلك الحين سلسلة من الغارات الجوية",
     ERV, AIR, MFTR, PKK, "", "IQ", "2015-08-06", "3", "", "",
     "Al Jazirah (AFP)", "reported",
     "aggregate: since the bloody attacks on Turkish soil Turkey has carried out a series of air strikes which it says target "
     "PKK activists in northern Iraq and ISIS jihadists; observers say the strikes hit the Kurds more than the jihadists "
     "(this row for the PKK targets; "
     "adjudicated: first one row with ISIS folded, now the ISIS targets have their own row, below; northern Iraq, no place -> location empty, IQ, as the "
     "spent alriyadh-700 row; start day not in the text -> DCT, precision 3). Not coded: the 'bloody attacks on Turkish "
     "territory, some attributed to ISIS' (no type, place, day or number)"),
    (JAZ969, "وجهاديين", "في شمال العراق وجهاديين من تنظيم داعش",
     ERV, AIR, MFTR, ISIS, "", "SY", "2015-08-06", "3", "", "",
     "Al Jazirah (AFP)", "reported",
     "aggregate (added in adjudication, from B): the ISIS targets of the same series of Turkish air strikes (two named "
     "targets in two countries -> two rows, as the spent alweeam-1057 aggregates; the text gives no country for the ISIS "
     "targets, SY from the article's frame, Turkey's fight against ISIS in northern Syria; no place -> location empty; "
     "start not dated -> DCT, precision 3)"),
    (JAZ969, "استهدفت ثلاثة جنود", "مجموعة مسلحة من حزب العمال الكردستاني استهدفت ثلاثة جنود",
     BAT, CLASH, PKK, MFTR, "Mus", "TR", "2015-08-06", "2", "", "",
     "a news report (via Al Jazirah)", "reported",
     "an armed PKK group targeted three Turkish gendarmerie soldiers on their way home in Mus province, eastern Turkey, "
     "wounding them (attack on security forces by an armed group -> Battles/Armed clash, as the spent okaz-1951 row; "
     "alternative Violence against civilians/Attack since they were going home; gendarmerie -> Military Forces of Turkey; "
     "no day -> DCT, precision 2; wounded only -> fatalities empty; province only -> 'Mus')"),
    (AAW71, "اقتحم متشددون من تنظيم داعش", "عندما اقتحم متشددون من تنظيم داعش نقطة تفتيش",
     BAT, CLASH, ISIS, "Military Forces of Libya", "Ajdabiya", "LY", "2015-07-31", "1", "7", "exact",
     "Libyan military officials", "reported",
     "'yesterday Friday' (DCT Saturday 1 August -> 31 July) seven Libyan soldiers were killed when ISIS militants stormed a "
     "checkpoint (Gate 200, between Ajdabiya and Tobruk, outside Ajdabiya near Brega port) held by forces loyal to the "
     "internationally recognised government: five soldiers of the 21st border-guard battalion killed and 15 missing, two more "
     "killed and five wounded when the government sent reinforcements; 'the clashes continue' (one battle, the reinforcement "
     "fight folded; 5 + 2 = 7 exact, the officials' total; one source's interim 'two dead, five wounded' is the reinforcement "
     "toll)"),
    (AAW71, "وقعت في 11 يوليو", "قد وقعت في 11 يوليو (تموز) الماضي بالأحرف الأولى",
     SD, "Agreement", "Government of Libya", "", "Skhirat", "MA", "2015-07-11", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background: on 11 July the parties to the Libyan conflict present in Skhirat, Morocco, initialled a 'peace and "
     "reconciliation' agreement opening the way to a national unity government; the Tripoli parliament's representatives "
     "were absent and refused to sign (peace agreement -> Strategic developments/Agreement, as the spent Minsk 2 row; "
     "signatories present = the recognised (Tobruk) side and others -> actor1 Government of Libya, actor2 empty since the "
     "Tripoli camp did not sign; borderline; adjudicated: kept against B's 'Government of Libya (House of "
     "Representatives)': the text does not name the HoR as signatory, and the set's Ajdabiya row names the recognised "
     "side's forces plainly 'Military Forces of Libya'). Not coded: the Algiers consultations of Leon with the GNC (diplomatic talks); "
     "the rival faction's seizure of Tripoli (undated background, older than a year)"),
    (RIY812, "وقتل العشرات في احتجاجات", "وقتل العشرات في احتجاجات استمرت أسابيع",
     "Protests", "Excessive force against protesters", "Protesters (Burundi)", "", "", "BI", "2015-07-26", "3", "", "",
     "Al Riyadh (Reuters)", "reported",
     "aggregate: Nkurunziza's decision to run for a third term caused the biggest political crisis since 2005; dozens were "
     "killed in protests that lasted weeks and more than 170,000 fled (lethal violence at protests -> Excessive force against "
     "protesters; adjudicated, as B, first Protest with intervention, which ACLED keeps for interventions without deaths or "
     "serious injuries; the force is not named -> actor2 empty, alternative Police Forces of Burundi; 'dozens' -> fatalities empty; no month "
     "in the text -> DCT, precision 3; no place -> location empty, BI). Not coded: the presidential election of Tuesday "
     "and its boycott, Kerry's statement, the vague 'incidents of violence before the vote'"),
    (JAZ980, "بسطت سيطرتها على الجزء الأكبر من حي التواهي", "أنها بسطت سيطرتها على الجزء الأكبر من حي التواهي",
     BAT, GRT, RES, HOU, "Tawahi, Aden", "YE", "2015-07-20", "1", "28", "exact",
     "Popular Resistance spokesman Ali al-Ahmadi (via AFP); pro-Hadi military sources", "reported",
     "the title's news: 'yesterday Monday' (DCT Tuesday 21 July -> 20 July) the pro-Hadi forces took most of the Tawahi "
     "district, the Houthis' last stronghold in Aden; folded: the recapture of the 22 May presidential palace, HQ of the "
     "4th military region, entered by Gen. Abdullah Sabihi's men, and the ongoing sweep of the last pockets; the fighting "
     "in the district killed 28 in 24 hours (17 rebels, 11 loyalists) -> 28 exact; pro-Hadi forces and resistance -> "
     "Yemeni Resistance; Houthis and Saleh's forces -> Houthis. Not coded: the coalition air support (generic)"),
    (JAZ980, "بقصف أحد أحياء شمال عدن", "بقصف أحد أحياء شمال عدن الأحد",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Aden", "YE", "2015-07-19", "1", "60", "about",
     "Aden health department", "reported",
     "background: on Sunday (DCT Tuesday 21 July -> 19 July) the Houthis shelled a neighbourhood of northern Aden, killing "
     "about sixty civilians ('نحو ستين' -> 60 about; the neighbourhood is not named -> 'Aden'; the spent aawsat-270 row of "
     "what is probably the same shelling names Dar Saad, but this text does not)"),
    # ---- set b (no text filter) ----
    (AAW96, "اشتبكت مع «مجموعة من المسلحين»", "إنّ القوات الخاصة اشتبكت مع «مجموعة من المسلحين»",
     BAT, CLASH, POLRU, ISIS, "", "RU", "2015-08-02", "2", "8", "exact",
     "Russian National Anti-Terrorism Committee (via Russian news agencies)", "reported",
     "the title's news: Russia's security services announced 'today (Sunday)' (the DCT) that special forces clashed with a "
     "group of gunmen in a forested mountain area near Chechnya and killed eight militants who had pledged allegiance to "
     "ISIS and were behind attacks in the Caucasus (among them Adam Tagilov); the date of the operation is not given -> "
     "DCT, precision 2; security services' special forces -> Police Forces of Russia, alternative Military Forces of Russia; "
     "'near Chechnya', no named place -> location empty, RU, alternative 'Chechnya'; 8 exact; the outlet's title states it "
     "as fact -> reported)"),
    (AAW96, "اقتحم مسلحون", "حين اقتحم مسلحون عددًا من المباني في غروزني",
     BAT, CLASH, UAG, POLRU, "Grozny", "RU", "2014-12-01", "3", "14", "exact",
     "Russian National Anti-Terrorism Committee; Asharq Al-Awsat", "reported",
     "background: in December 2014 gunmen led by Adam Tagilov stormed several buildings in Grozny, the Chechen capital, and "
     "14 security officers were killed, on the day Putin gave his address to the nation (December 2014, within 12 months "
     "of the DCT -> 1 December 2014, precision 3; the gunmen are not named as a group -> Unidentified armed group; security "
     "officers -> Police Forces of Russia). Not coded: the militants' unspecified 'killing of policemen and other crimes'"),
    (AAW96, "أعلن مقاتلون متطرفون", "أعلن مقاتلون متطرفون من اربع جمهوريات",
     SD, "Change to group/activity", UAG, ISIS, "", "RU", "2015-06-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background (borderline): in June extremist fighters of four republics of the Russian Caucasus pledged allegiance to "
     "ISIS in an audio recording posted online; the organisation accepted and named a 'wali' for the Caucasus (a change of "
     "allegiance of an armed group -> Strategic developments/Change to group/activity; June -> 1 June, precision 3; no "
     "place -> location empty, RU; the fighters are not named as a group -> actor1 Unidentified armed group, the group "
     "they joined -> actor2 Islamic State; adjudicated: first actor1 Islamic State, actor2 empty; B had actor1 'Unidentified "
     "Islamist militants', actor2 Islamic State; the header convention names unnamed groups 'Unidentified armed group', as "
     "the Grozny row of the same militants)"),
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
