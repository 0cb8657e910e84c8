"""Bookkeeping helper for the events66 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events65/addrows.py (itself from events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur41/events66/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 66 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events66/sample.py ("This set: events66, seeds 2920 / 2921, drawn at the start of stop 41 (0546bcd), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2920).shuffle, walked in order; (b) 10 with no text filter, random.Random(2921).shuffle, >=3 sources (got, by source, a: alweeam 2, aawsat 2, was 1, alyaum 1, okaz 1, aleqtisadiya 1, alriyadh 1, alwatan 1; b: alriyadh 3, alwatan 2, alyaum 1, alweeam 1, okaz 1, 3alyoum 1, aljazirah 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 16 rows): detection F1 0.938 before (15 matched of 16 A / 16 B rows, P 0.938, R 0.938; A gave rows to 6 articles, B to 7, 6 in common; on the 15 matched pairs every field agreed except location 13/15 and time_precision 14/15); 16 -> 16 rows: 1 row added from B: alweeam-1039 the Saudi-led coalition striking Houthi targets (aggregate Air/drone strike, DCT, precision 3); 1 row dropped, as B: aawsat-58 the alleged abduction of the Division 30 leader (folded into the Azaz attack row); 2 values changed, as B: was-1532 consulate location Ankara -> US Consulate, Ankara; alwatan-1043 location Al-Aqsa Mosque, Jerusalem -> Bab al-Asbat, Jerusalem; 1 value kept against B: alriyadh-875 arrests precision 1 (B 2); the reasons in second/ADJUDICATION.md.")
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
SD = "Strategic developments"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
UAG = "Unidentified armed group"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
CTR = "Civilians (Turkey)"
NUS = "Jabhat al-Nusra"
SRB = "Syrian rebels"
GCD = "Global Coalition Against Daesh"
PFI = "Police Forces of Israel"
CPS = "Civilians (Palestine)"
WEEAM1039 = "SN-alweeam-20150808-1039"
WAS1532 = "SN-was-20150811-1532"
YAUM1843 = "SN-alyaum-20150724-1843"
AAW58 = "SN-aawsat-20150801-58"
AAW13 = "SN-aawsat-20150723-13"
RIY875 = "SN-alriyadh-20150725-875"
WAT1043 = "SN-alwatan-20150811-1043"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Jubeir's Moscow visit (alweeam-1039, DCT Saturday 8 August)
    (WEEAM1039, "بضرب أهداف الحوثيين", "يقوم تحالف عربي بقيادة السعودية بضرب أهداف الحوثيين",
     ERV, AIR, "Saudi-led coalition", "Houthis", "", "YE", "2015-08-08", "3", "", "",
     "Al Weeam (Russian Foreign Ministry statement)", "reported",
     "aggregate, borderline, adjudicated (added from B): the conflict in Yemen 'where an Arab coalition led by Saudi "
     "Arabia is striking the targets of the Iran-backed Houthis' (the ongoing campaign in a present-tense clause; "
     "'ضرب' of targets by the coalition -> Air/drone strike, as the spent campaign aggregates; no start date in the text "
     "-> DCT, precision 3, as the spent aawsat-157 'continue their raids' aggregate, alternative 26 March 2015 as the "
     "spent 'since 26 March' rows; no place -> location empty; alternative: not coded, a passing clause). Not coded: "
     "Jubeir's planned Moscow visit and the Doha meeting (diplomatic), Russia's proposed wider coalition against ISIS"),
    # Tunisian press review (was-1532, DCT Tuesday 11 August)
    (WAS1532, "سلسلة الهجمات", "واهتمت بسلسلة الهجمات التي ضربت أهدافا أمنية تركية أمس",
     BAT, CLASH, UAG, PFT, "", "TR", "2015-08-10", "1", "6", "exact",
     "Tunisian newspapers (via SPA)", "reported",
     "the series of attacks that hit Turkish security targets 'yesterday' (DCT 11 August -> 10 August), killing six "
     "Turkish police officers ('ستة' -> 6 exact; the toll is given only for the whole series; no perpetrator named -> "
     "Unidentified armed group; attacks on the police -> Armed clash, as the spent attacks on Turkish police; no place for "
     "the series -> location empty, TR). The two attacks the text names inside the series (the US consulate, the Istanbul "
     "police station) keep their own rows, as the spent aggregates beside their named attacks"),
    (WAS1532, "هجومان استهدفا القنصلية الأمريكية", "من بينها هجومان استهدفا القنصلية الأمريكية في أنقرة",
     VAC, "Attack", UAG, CTR, "US Consulate, Ankara", "TR", "2015-08-10", "1", "", "",
     "Tunisian newspapers (via SPA)", "reported",
     "one of the two named attacks of yesterday's series: the attack on the US consulate 'in Ankara' (adjudicated, as B: "
     "'US Consulate, Ankara', the most specific place the text names, as the spent 'Saudi Consulate, Istanbul' rows, "
     "first 'Ankara'; the text's city; "
     "the 10 August consulate attack was in fact in Istinye, Istanbul, but the row follows the text; an attack on a "
     "diplomatic mission's building, no exchange of fire described -> Violence against civilians/Attack vs Civilians "
     "(Turkey), as the spent aljazirah-372 and almadina-620 consulate rows; no perpetrator -> Unidentified armed group; "
     "no toll of its own)"),
    (WAS1532, "ومركزًا للشرطة في مدينة اسطنبول", "ومركزًا للشرطة في مدينة اسطنبول",
     BAT, CLASH, UAG, PFT, "Istanbul", "TR", "2015-08-10", "1", "", "",
     "Tunisian newspapers (via SPA)", "reported",
     "the second named attack of the series: the attack on a police station in Istanbul (the 'هجومان' target it too; the "
     "text says only 'attack', no bomb -> Battles/Armed clash vs Police Forces of Turkey, alternative Suicide bomb as the "
     "spent Sultanbeyli rows whose texts named a car bomb; no perpetrator -> Unidentified armed group; no toll of its own)"),
    (WAS1532, "إحراق مستوطنين يهود للرضيع", "في قضية إحراق مستوطنين يهود للرضيع الفلسطيني الدوابشة حتى الموت",
     VAC, "Attack", "Settlers (Israel)", CPS, "", "PS", "2015-08-11", "3", "1", "exact",
     "Tunisian newspapers (via SPA)", "reported",
     "background: Jewish settlers burned the Palestinian infant Dawabsheh to death (the Duma arson; the text gives no "
     "date and no place -> DCT, precision 3, location empty, PS, as the spent okaz-2948 row; one infant burned to death -> "
     "1 exact)"),
    (WAS1532, "تم اعتقالهم أمس الأول", "والذين كان قد تم اعتقالهم أمس الأول",
     SD, "Arrests", PFI, "Civilians (Israel)", "", "IL", "2015-08-09", "1", "", "",
     "Tunisian newspapers (via SPA)", "reported",
     "borderline: the suspects in the Dawabsheh arson case (Jewish settlers) had been arrested 'the day before yesterday' "
     "(DCT 11 August -> 9 August, precision 1; arrests of suspects of a politically motivated attack, not an ordinary "
     "crime; arresting force not named -> Police Forces of Israel, Civilians (Israel), IL, as the spent alriyadh-605 "
     "arrests of Jewish extremists; alternative: not coded). Not coded: their release (legal), Jubeir's visits to "
     "Germany and Russia (diplomatic), the 21 heat deaths in Cairo (natural), Hammond's remarks on migrants"),
    # Iran deal reactions (alyaum-1843, DCT Friday 24 July)
    (YAUM1843, "تجمع متظاهرون", "تجمع متظاهرون في شارع تايمز سكوير بنيويورك",
     "Protests", "Peaceful protest", "Protesters (United States)", "", "Times Square, New York", "US", "2015-07-24", "2", "", "",
     "Al Yaum (AFP)", "reported",
     "demonstrators gathered in Times Square in New York to denounce the Iran nuclear deal and call on Congress to reject "
     "it (about a thousand by an AFP photographer's estimate, about 10,000 per organiser Jeffrey Wiesenfeld; Republican "
     "lawmakers, pro-Israeli-right supporters and evangelical groups; speeches by George Pataki and Alan Dershowitz folded; "
     "no day in the text -> DCT, precision 2). Not coded: Rouhani's and Netanyahu's statements, Khamenei's position, "
     "Carter's visit to Israel (diplomatic), the Pew poll"),
    # Column on Syria (aawsat-58, DCT Saturday 1 August)
    (AAW58, "بشن هجوم قرب بلدة أعزاز", "قامت «جبهة النصرة» بشن هجوم قرب بلدة أعزاز شمال حلب",
     BAT, CLASH, NUS, SRB, "Azaz", "SY", "2015-07-31", "2", "5", "exact",
     "Asharq Al-Awsat (column); Division 30 (statement)", "reported",
     "in 'the past two days' Jabhat al-Nusra launched an attack near the town of Azaz north of Aleppo on Syrian opposition "
     "fighters trained by Washington; Division 30 said Nusra fighters attacked its headquarters and killed five of its "
     "members (the column states the attack as fact -> reported; 'خمسة' -> 5 exact, from Division 30; Division 30 -> "
     "Syrian rebels, as the spent Division 30 rows; 'the past two days' before the DCT, before Friday's strikes -> 31 "
     "July, precision 2). Folded (adjudicated, as B): Division 30's accusation that Nusra also abducted the division's "
     "leader and others, which the Pentagon denies (a capture in the same episode, with no place or day of its own in the "
     "text; first its own claimed Armed clash row, 31 July, precision 2)"),
    (AAW58, "بقصف مواقع", "قد قامت بقصف مواقع لـ«جبهة النصرة» بشمال سوريا أمس (الجمعة)",
     ERV, AIR, GCD, NUS, "", "SY", "2015-07-31", "1", "", "",
     "Syrian Observatory for Human Rights (via the column)", "reported",
     "the Syrian Observatory: warplanes believed to belong to the US-led coalition against ISIS bombed Jabhat al-Nusra "
     "positions in northern Syria 'yesterday (Friday)' (DCT Saturday 1 August -> 31 July, precision 1; the US-led "
     "coalition -> Global Coalition Against Daesh, as the spent rows; 'northern Syria' only -> location empty; a monitor, "
     "not a party -> reported). Not coded: the Pentagon's denial (a statement), 9/11 and Massoud's assassination (too old)"),
    # Kilis clash (aawsat-13, DCT Thursday 23 July)
    (AAW13, "اشتباكات مع تنظيم", "في اشتباكات مع تنظيم \"داعش\" المتطرف عبر الحدود مع سوريا اليوم",
     BAT, CLASH, IS, MFT, "Elbeyli, Kilis", "TR", "2015-07-23", "1", "1", "exact",
     "senior Turkish official (via Asharq Al-Awsat)", "reported",
     "the title's news: 'today' (Thursday 23 July) a Turkish soldier was killed and another wounded in clashes with ISIS "
     "across the Syrian border; fire came from the Syrian side and the soldiers responded, the clash 'still continuing' "
     "(folded); local media: near the village of al-Bayli (Elbeyli) east of Kilis (ISIS opened fire -> actor1, as the "
     "spent okaz-1984 row of the same clash; one soldier -> 1 exact; the title states it as fact -> reported). Not coded: "
     "the border reinforcements and armoured vehicles (deployment), NATO allies' concern, the fighting in Syria between "
     "Kurds, ISIS and the Syrian forces (generic)"),
    (AAW13, "تفجير انتحاري", "وذلك بعد تفجير انتحاري قتل 32 شخصا",
     ERV, SUI, IS, CTR, "Suruc", "TR", "2015-07-20", "1", "32", "exact",
     "senior Turkish official; Asharq Al-Awsat", "reported",
     "background: the suicide bombing that killed 32 people, blamed on ISIS, and 'Monday's bombing in the town of Suruc in "
     "south-eastern Turkey' later in the text are the same event -> one row (DCT Thursday 23 July, 'الاثنين الماضي' -> 20 "
     "July, precision 1; responsibility placed on ISIS -> Islamic State, as the spent Suruc rows; 32 exact)"),
    # Turkish raids (alriyadh-875, DCT Saturday 25 July)
    (RIY875, "اوقفت 251 شخصا", "ان الشرطة اوقفت 251 شخصا في اطار حملة",
     SD, "Arrests", PFT, "", "", "TR", "2015-07-24", "1", "", "",
     "Office of the Turkish Prime Minister (statement); Dogan and Anadolu agencies", "reported",
     "the police arrested 251 people suspected of belonging to ISIS and the PKK in a campaign launched on Friday (24 July) "
     "across the country, raids in 13 provinces; folded: the raids on 140 houses in 26 districts of Istanbul with 5,000 "
     "police and helicopters, the dawn raids in Istanbul, and Davutoglu's later figure of 297 arrested on Friday, 37 "
     "foreigners among them (the same operation -> one row, as the spent okaz-1437 row of the same arrests: two groups "
     "named -> actor2 empty; not placed -> location empty, alternative 'Istanbul'; adjudicated: precision 1 kept against "
     "B's 2: the PM states that the police arrested 297 'on Friday', as the spent okaz-1437 row)"),
    (RIY875, "الغارات الجوية التي نفذتها فجر الجمعة", "بالغارات الجوية التي نفذتها فجر الجمعة على مواقع لداعش",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-24", "1", "", "",
     "Turkish Prime Minister Ahmet Davutoglu (via Al Riyadh)", "reported",
     "the Turkish air raids at dawn on Friday (24 July) on ISIS positions on Syrian territory; the earlier 'raids launched "
     "by the Turkish air force on the extremists' positions in Syria' are the same raids -> one row (no place beyond Syria "
     "-> location empty, SY, as the spent okaz-1437 row). Not coded: Davutoglu's denial that Syria was notified, his "
     "warnings and statement that operations will continue (statements)"),
    (RIY875, "اعدام عنصرين من الشرطة", "مسؤوليته عن اعدام عنصرين من الشرطة التركية",
     BAT, CLASH, PKK, PFT, "", "TR", "2015-07-22", "2", "2", "exact",
     "Al Riyadh (AFP)", "reported",
     "background: on Wednesday (22 July) the PKK claimed responsibility for executing two Turkish policemen with a bullet "
     "to the head, accusing them of collaborating with ISIS (an attack on the police -> Armed clash, as the spent "
     "almadina-627 row of the same killing; the killing on or before the Wednesday claim -> 22 July, precision 2; no place "
     "-> location empty; 2 exact)"),
    (RIY875, "تفجير انتحاري", "بعد مقتل 32 شخصا في تفجير انتحاري الاثنين",
     ERV, SUI, IS, CTR, "", "TR", "2015-07-20", "1", "32", "exact",
     "Al Riyadh (AFP)", "reported",
     "background: 32 people killed in a suicide bombing on Monday in a Turkish town on the Syrian border, attributed to "
     "ISIS (DCT Saturday 25 July -> Monday 20 July, precision 1; the town is not named -> location empty, TR; 32 exact). "
     "Not coded: 'violent attacks on civilians and security forces recently' (generic)"),
    # Al-Aqsa guards (alwatan-1043, DCT Tuesday 11 August)
    (WAT1043, "وإنهالوا عليه ضربا", "وإنهالوا عليه ضربا بعد أن احتج على قرار الشرطة",
     VAC, "Attack", PFI, CPS, "Bab al-Asbat, Jerusalem", "PS", "2015-08-11", "2", "", "",
     "Al Watan", "reported",
     "Israeli police officers fell upon Al-Aqsa guard Moayad Hashim and beat him after he objected to their barring "
     "Palestinian children from the mosque, then cuffed him and took him to a police station; they used pepper spray on "
     "the child worshippers and the guards at Bab al-Asbat, several suffocation cases (the same incident -> one row; the "
     "arrest folded; no day in the text -> DCT, precision 2; adjudicated, as B: 'Bab al-Asbat, Jerusalem', the most "
     "specific place the text names for the incident (the gate where the children were barred and the pepper spray used), "
     "first 'Al-Aqsa Mosque, Jerusalem' as the spent rows; PS). Not coded: the Waqf director's letter (statement), the police's recurring "
     "beatings, arrests and removals of guards (generic), the settlers' incursions (generic)"),
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
