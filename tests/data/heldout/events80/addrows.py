"""Bookkeeping helper for the events80 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events77/addrows.py (itself from events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur45/events80/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 80 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events80/sample.py ("This set: events80, seeds 2964 / 2965, drawn at the start of stop 45 (751b2e5a), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2964).shuffle, walked in order; (b) 10 with no text filter, random.Random(2965).shuffle, >=3 sources (got, by source, a: aawsat 3, alwatan 3, aleqtisadiya 1, 3alyoum 1, alweeam 1, alriyadh 1; b: alyaum 2, almadina 2, alwatan 2, aljazirah 1, sabq 1, aawsat 1, alriyadh 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 9 rows): detection F1 1.000 before by compare.py (9 matched of 9 A / 9 B rows, P 1.000, R 1.000; all 9 pairs are true event pairs; both gave rows to the same 5 articles and left the same 15 empty); on the 9 pairs event_type, sub_event_type, actor1, actor2, location_country, event_date, time_precision, fatalities, fatalities_qualifier and reported_as agreed 9/9, location 8/9; triggers 5/9 identical trigger+occurrence, 8/9 nested; 9 -> 9 rows, no row added or dropped; 1 value changed to B's: alweeam-1505 Houthi recruitment location 'Amd, Amran' (first 'Amran'; the training camps in the Amd area east of Amran governorate are the one place the text gives for the drive); kept against B (not compared by compare.py): the alweeam-1505 Tawahi row's trigger 'ومنطقة التواهي' (the liberation, the coded Government regains territory; B 'المواجهات التي دارت', the confrontations carrying the toll, same row and values); every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
MFT = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
AWS282 = "SN-aawsat-20150731-282"
AWS821 = "SN-aawsat-20150724-821"
WEE1505 = "SN-alweeam-20150722-1505"
WAT1000 = "SN-alwatan-20150811-1000"
AWS160 = "SN-aawsat-20150802-160"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # German views on Turkey and ISIS (aawsat-282, DCT Friday 31 July 04:29 UTC); the news is commentary and a travel warning
    (AWS282, "حادث الهجوم الإرهابي", "بعد حادث الهجوم الإرهابي الذي أودى بحياة العشرات",
     VAC, "Attack", UAG, "Civilians (Turkey)", "Suruc", "TR", "2015-07-31", "3", "", "",
     "Asharq Al-Awsat; Hans-Peter Bartels, Bundestag defence commissioner", "reported",
     "background: Merkel promised to support Turkey after the terrorist attack that killed dozens and wounded hundreds "
     "in the Turkish town of Suruc (the same attack as Bartels's 'the latest attack in Suruc' -> one row, the clearer "
     "mention; the text says only 'هجوم' -> Violence against civilians/Attack, as the spent aawsat-368, aljazirah-372 "
     "and aawsat-322 rows of the same wording, alternative Suicide bomb; the text names no perpetrator -> Unidentified "
     "armed group, alternative Islamic State from the article's frame; 'العشرات' -> fatalities empty; no day in the "
     "text -> DCT, precision 3, as the spent aawsat-322 column row). Not coded: the German foreign ministry's warning of "
     "possible attacks on Istanbul's metro and bus stations (a warning by a third state), the London tube attacks of "
     "2005 (over 12 months), the launch of the Western coalition in September 2014 and the Charlie Hebdo attack of "
     "January 2015 (named only as time markers; no place or act described, as the events77 adjudicated Charlie Hebdo "
     "drop), the Patriot mission (deployment), Merkel's 2015 statements (commentary)"),
    (AWS282, "هجوم تركيا علي مواقع المقاتلين الأكراد", "في أعقاب هجوم تركيا علي مواقع المقاتلين الأكراد",
     ERV, AIR, MFT, PKK, "", "TR", "2015-07-31", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the German warning came after Turkey's attack on the positions of the Kurdish fighters (the next "
     "sentence and the later 'ضرب ... المجموعات الكردية أبرزها حزب العمال الكردستاني' name the PKK; the Turkish "
     "campaign on PKK positions -> Air/drone strike as the spent alweeam-1057 row, the text itself does not name the "
     "mode, alternative Battles/Armed clash; no place named -> location empty, country TR, the only frame the text "
     "gives, as the adjudicated alweeam-1057 row; no day -> DCT, precision 3; the later 'Turkey striking Daesh and the "
     "Kurdish groups' is the same campaign, folded here for the Kurdish side)"),
    (AWS282, "ضرب «داعش»", "الموقف الألماني جاء داعما إلى الحكومة التركية في ضرب «داعش»",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-31", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate, borderline: the German position supports the Turkish government in striking Daesh (and the Kurdish "
     "groups, see the PKK row; two targets -> two rows, as the spent 3alyoum-206 split); Turkey's 'change of position "
     "by striking Daesh' is the same campaign (folded); mode not stated -> Air/drone strike as the spent 3alyoum-206 "
     "and 'three raids' rows; no place -> location empty; the text's frame is the military conflict on the "
     "Turkish-Syrian border -> SY, alternative TR; no day -> DCT, precision 3)"),
    # Carter in Erbil (aawsat-821, DCT Friday 24 July 16:29 UTC); the visit itself is diplomatic, not coded
    (AWS821, "خسارة الجيش العراقي للرمادي", "يذكر أنّ خسارة الجيش العراقي للرمادي كانت أسوأ هزيمة",
     BAT, NSO, IS, "Military Forces of Iraq", "Ramadi", "IQ", "2015-07-24", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the Iraqi army's loss of Ramadi (to 'the extremist organisation', ISIS in the article) was its worst "
     "defeat since ISIS overran the north last summer (as the spent alwatan-1663 row, ISIS vs Military Forces of Iraq; "
     "the text gives no month -> DCT, precision 3, by the conventions). Not coded: Carter's arrival in Erbil and his "
     "meetings with Obeidi and Barzani (diplomatic), the Peshmerga forcing ISIS back in northern Iraq (generic, no "
     "place or time), the army's collapse in the north 'last year' (over 12 months), the daily US-led air strikes "
     "(generic, no place or period; alternative an aggregate row)"),
    # Houthi recruitment (alweeam-1505, DCT Wednesday 22 July 17:31 UTC)
    (WEE1505, "الحوثيين جندوا", "وكشفت المصادر أن “الحوثيين جندوا خلال الأيام الماضية",
     SD, "Other", HOU, "", "Amd, Amran", "YE", "2015-07-22", "2", "", "",
     "private sources (via the Al Khabar website, Al Weeam)", "reported",
     "the title's news: the Houthis recruited 'during the past days' nearly five thousand young men (mostly from Saada, "
     "Hajjah and Amran, urged through tribal sheikhs and neighbourhood notables) to fight in Aden, Taiz and Lahij, and "
     "opened training camps in the Amd area east of Amran governorate (a recruitment drive -> Strategic "
     "developments/Other, as the spent SK-middleEast-2024 Houthi recruitment row; the camps folded; the one place "
     "where something was set up -> 'Amd, Amran' (adjudicated, as B: the most specific place the text gives, the Amd "
     "area east of Amran governorate, written 'Place, Governorate' as the spent 'Deh Salah, Baghlan'; first 'Amran'); 'خلال الأيام الماضية' -> DCT, precision 2; the sources are not a party -> "
     "reported)"),
    (WEE1505, "وتحريرها مطار عدن الدولي", "وتحريرها مطار عدن الدولي ومحيطه",
     BAT, GRT, YR, HOU, "Aden Airport, Aden", "YE", "2015-07-22", "3", "", "",
     "Al Weeam", "reported",
     "background: the recruitment comes after the resistance's victory in Aden and its liberation of Aden International "
     "Airport and its surroundings (as the spent alweeam-1527 and aleqtisadiya-790 airport rows; no day in the text -> "
     "DCT, precision 3; one location per row -> the airport and Tawahi rows; the generic 'victory in Aden' folded)"),
    (WEE1505, "ومنطقة التواهي", "ومنطقة التواهي الاستراتيجية",
     BAT, GRT, YR, HOU, "Tawahi, Aden", "YE", "2015-07-22", "2", "40", "at_least",
     "Al Weeam; an informed source (via Al Weeam)", "reported",
     "the resistance's liberation of the strategic Tawahi area (west of Aden); folded: the confrontations in Tawahi "
     "district 'during the last few days' in which at least 40 Houthis from Haydan district (Saada) alone were killed "
     "('ما لا يقل عن 40', 'تجاوزت 40 قتيلاً' -> 40 at_least; the capture and the fighting in the same place and days -> "
     "one battle row, the capture as its outcome, as the spent aljazirah-980 Tawahi row; alternative a separate "
     "Battles/Armed clash row for the confrontations carrying the toll); 'during the last few days' -> DCT, precision 2"),
    # Asir emir receives al-Hajri (alwatan-1000, DCT Tuesday 11 August)
    (WAT1000, "التفجير الغاشم لمسجد", "خلال التفجير الغاشم لمسجد قيادة قوة الطوارئ",
     ERV, SUI, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-11", "3", "", "",
     "Dr Saad al-Hajri, head of the Asir Ifta branch (via Al Watan)", "reported",
     "background (the news is the Asir governor's reception 'yesterday' of the head of the Ifta branch): condolences "
     "for those martyred in the heinous bombing of the mosque of the Special Emergency Forces command in Asir; al-Hajri "
     "speaks of the bomber's 'suicide and killing himself' -> Suicide bomb (as the spent aleqtisadiya-197 and "
     "alyaum-2742 rows; alternative the generic explosive sub-type of the 'تفجير'-only rows); no perpetrator named "
     "('الخوارج') -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; killed, no number -> "
     "fatalities empty; no day in the text -> DCT, precision 3, as the spent aljazirah-511 and aleqtisadiya-228 rows)"),
    # Aden after liberation (aawsat-160, DCT Sunday 2 August 23:05 UTC)
    (AWS160, "بعد تحريرها من المتمردين", "قوات الأمن بعد تحريرها من المتمردين",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-02", "3", "", "",
     "Aden governor Nayef al-Bakri (via Asharq Al-Awsat)", "reported",
     "background (the news is the governor's meeting on restoring services and the young men's rush to join the police "
     "and army): Aden 'after its liberation from the rebels' (as the spent aawsat-118 row of the same DCT and wording; "
     "no day -> DCT, precision 3; the liberators not named here -> Yemeni Resistance, as the spent Aden rows). Not "
     "coded: the earlier Houthi/Saleh artillery shelling of the cables in Dar Saad (undated war background, as the "
     "spent adjudicated alweeam-994 and alriyadh-748 Aden shelling non-rows), the destruction by the Houthi forces "
     "(generic), the enlistment of young men (not a conflict act), WFP's food distribution (aid)"),
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
