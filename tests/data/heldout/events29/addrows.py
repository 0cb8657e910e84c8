"""Bookkeeping helper for the events29 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events26/addrows.py (itself from events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur28/events29/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 29 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events29/sample.py ("This set: events29, seeds 2792 / 2793, drawn at the start of stop 28 (main f7f6cda), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2792).shuffle, walked in order; (b) 10 with no text filter, random.Random(2793).shuffle, >=3 sources (got, by source, a: alriyadh 3, alyaum 3, aljazirah 1, alwatan 1, okaz 1, sabq 1; b: aljazirah 3, 3alyoum 2, aleqtisadiya 2, aawsat 1, alriyadh 1, alwatan 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 18 rows): detection F1 0.973 before by compare.py (18 matched of 19 A / 18 B rows), 0.919 when its one spurious pair is undone (A's vehicle-burning aggregate and B's Ankara raids row, paired only by type and date window: 17 true matches, 2 A-only, 1 B-only); 2 A rows removed (aljazirah-307 vehicle-burning aggregate folded into the attacks aggregate; aleqtisadiya-883 Kobani expulsion 'last month' folded into the September-January battle), 3 field values changed to B's (aljazirah-307 air-strike aggregate reported_as claimed; sabq-1295 actor2 empty; aleqtisadiya-883 actor2 spelling 'YPG: Peoples Protection Units'); 3 kept against B (alyaum-938 Dhale reported_as claimed; alyaum-938 location 'Al Qatn, Hadramawt'; aljazirah-307 Ankara raids not coded); 17 rows; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
ARR = "Arrests"
RES = "Yemeni Resistance"
HOU = "Houthis"
AQAP = "AQAP: Al Qaeda in the Arabian Peninsula"
MFTR = "Military Forces of Turkey"
POLTR = "Police Forces of Turkey"
POLSA = "Police Forces of Saudi Arabia"
PKK = "PKK: Kurdistan Workers Party"
ISIS = "Islamic State"
YPG = "YPG: Peoples Protection Units"
UAG = "Unidentified armed group"
YAUM938 = "SN-alyaum-20150801-938"
OKAZ1328 = "SN-okaz-20150807-1328"
RIY838 = "SN-alriyadh-20150807-838"
YAUM1082 = "SN-alyaum-20150809-1082"
RIY811 = "SN-alriyadh-20150726-811"
JAZ307 = "SN-aljazirah-20150808-307"
SABQ1295 = "SN-sabq-20150802-1295"
EQT883 = "SN-aleqtisadiya-20150721-883"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (YAUM938, "مواجهات عنيفة اندلعت", "إن مواجهات عنيفة اندلعت، مساء الخميس",
     BAT, CLASH, HOU, RES, "Sanah, Ad Dali", "YE", "2015-07-30", "1", "22", "exact",
     "Popular Resistance source (to DPA)", "claimed",
     "the title's news: violent confrontations broke out on Thursday evening (DCT Saturday 1 August -> 30 July) in the "
     "Sanah area on the edge of Ad Dali city after the Houthis tried to attack resistance positions, and lasted until "
     "Friday morning (one battle, dated at its start, precision 1); 18 Houthis and 4 resistance fighters killed "
     "(18 + 4 = 22 exact), dozens wounded, six Houthis captured (folded); the killing side's own count, the only account "
     "-> claimed, as the spent Marib row (alternative reported: the title states it); the Houthis attacked, repelled -> "
     "actor1 Houthis. Not coded: the recurrent clashes on the edge of Ad Dali 'for several months' (generic)"),
    (YAUM938, "كمين مسلح", "جراء كمين مسلح نصبته المقاومة الشعبية",
     BAT, CLASH, RES, HOU, "Al Khamsin Street, Al Hudaydah", "YE", "2015-07-31", "1", "4", "exact",
     "press sources in Al Hudaydah", "reported",
     "'today Friday' (the text was written on Friday 31 July; DCT 1 August) four Houthis were killed and two wounded in an "
     "ambush of the Tihama popular resistance on a Houthi checkpoint in Street 50 (شارع الخمسين) of Al Hudaydah city: a "
     "rocket attack followed by machine-gun fire (the later 'شنت هجوماً بصاروخ' is the same event; rocket + gunfire on a "
     "checkpoint -> Armed clash, as the spent Hajjah row)"),
    (YAUM938, "هجوماً آخر على دورية", "تبنت هجوماً آخر على دورية تابعة للحوثيين",
     BAT, CLASH, RES, HOU, "Al Khamsin Street, Al Hudaydah", "YE", "2015-07-30", "1", "2", "exact",
     "Al Yaum (press sources in Al Hudaydah)", "reported",
     "the Tihama popular resistance claimed another attack, on a Houthi patrol, on Thursday evening (-> 30 July) 'in the "
     "same area' (Street 50, Al Hudaydah), killing two and wounding two (the resistance's claim of responsibility, the "
     "attack stated by the outlet -> reported). Not coded: the Tihama resistance's attacks 'from time to time' on Houthi "
     "gatherings and vehicles that killed or wounded dozens (generic, no date or place)"),
    (YAUM938, "بسيارة مفخخة", "واقتحم انتحاري بسيارة مفخخة نقطة تفتيش",
     ERV, SUI, AQAP, "Military Forces of Yemen", "Al Qatn, Hadramawt", "YE", "2015-07-31", "1", "9", "exact",
     "a military source (via AFP)", "reported",
     "on Friday (31 July) a suicide bomber drove a car bomb into a checkpoint in the town of Al Qatn, Hadramawt governorate, "
     "killing nine soldiers of the pro-Hadi forces (the First Military Region, which declared allegiance to Hadi); the "
     "military source blamed AQAP ('تنظيم القاعدة في شبه جزيرة العرب' named) -> AQAP (alternative Unidentified armed "
     "group: attribution by the victim side's source); trigger at the detailed sentence ('هجوم بسيارة مفخخة' of the "
     "previous sentence is the same event)"),
    (YAUM938, "ويسيطر عناصرها منذ أبريل", "ويسيطر عناصرها منذ أبريل على الملا",
     BAT, "Non-state actor overtakes territory", AQAP, "", "Mukalla", "YE", "2015-04-01", "3", "", "",
     "Al Yaum (AFP)", "reported",
     "background (borderline): AQAP members have controlled 'الملا' [sic, Mukalla], the largest city of Hadramawt, since "
     "April (the takeover -> Non-state actor overtakes territory; April -> 1 April, precision 3, within 12 months; the side "
     "that lost the city is not named -> actor2 empty). Not coded: two other AQAP leaders killed in Yemen in April (no "
     "method, actor or place), the Houthis' seizure of wide areas including Sanaa and the First Military Region's "
     "allegiance to Hadi (undated), AQAP's use of the 2011 uprising (too old), the unilateral humanitarian truce and the "
     "accusations that the Houthis breached it 'from its first hours' (generic, no dated violation)"),
    (YAUM938, "بطائرة أميركية بلا طيار", "في هجوم بطائرة أميركية بلا طيار",
     ERV, AIR, "Military Forces of the United States", AQAP, "", "YE", "2015-06-01", "3", "1", "exact",
     "AQAP (its acknowledgement, via AFP)", "reported",
     "background: in mid-June AQAP acknowledged that its leader Nasser al-Wuhayshi was killed in an American drone strike "
     "'in the same month' (June -> 1 June, precision 3; no place in the text -> location empty, YE; one named death -> "
     "1 exact)"),
    (OKAZ1328, "التفجير الذي طال مسجد", "«التفجير الذي طال مسجد قوات الطوارئ في أبها",
     ERV, IED, UAG, POLSA, "Abha", "SA", "2015-08-07", "2", "", "",
     "Okaz (scholars and the Minister of Islamic Affairs Saleh Al al-Sheikh)", "reported",
     "background (the news is the scholars' condemnations): 'the bombing that hit the mosque of the Emergency Forces in "
     "Abha', aimed at worshippers, 'loss of protected lives' (the later 'تفجير مسجد قوات الطوارئ الخاصة في أبها' is the "
     "same event); the text gives no day -> DCT, precision 2, as the spent reaction row alriyadh-982; only 'التفجير' -> "
     "the generic explosive sub-type; ISIS is named only as the head of 'deviant terrorist groups' in general, no "
     "attribution of this bombing -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; no number "
     "-> fatalities empty; 'Abha' as the text (spent alriyadh-560). Not coded: the condemnations"),
    (RIY838, "حادثة تفجير مسجد قوات الطوارئ", "حادثة تفجير مسجد قوات الطوارئ في منطقة عسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Al Riyadh", "reported",
     "background (the news is the tweeters' condemnations, hashtags 'تفجير طوارئ عسير' / 'تفجير مسجد الطوارئ'): the "
     "bombing of the Emergency Forces mosque in the Asir region killed 'a number of' security men and wounded others "
     "taken to Asir hospital ('عدد من' -> fatalities empty); no day in the text -> DCT, precision 2, as the spent "
     "alriyadh-982 reaction row; only 'تفجير' -> generic explosive sub-type; no perpetrator named; region only -> 'Asir'. "
     "Not coded: the tweets"),
    (YAUM1082, "واعتقل محمد علان", "واعتقل محمد علان (30 عامًا)",
     SD, ARR, "Police Forces of Israel", "Civilians (Palestine)", "", "PS", "2014-11-01", "3", "", "",
     "Al Yaum", "reported",
     "background: Mohammed Allan (30), a lawyer, was arrested in November last year and his administrative detention was "
     "extended twice on the charge of membership of Islamic Jihad (political administrative detention -> Arrests, as the "
     "spent alriyadh-605 rows; November 2014, within 12 months of the DCT -> 1 November 2014, precision 3; arresting force "
     "not named -> Police Forces of Israel as the spent rows, alternative Military Forces of Israel; the detainee -> "
     "Civilians (Palestine), alternative PIJ; no place -> location empty, PS). Not coded: Allan's 55-day hunger strike and "
     "the 120 Nafha prisoners' hunger strike over living conditions (prison protests/conditions), the Knesset's "
     "force-feeding law and the prosecution's notice (legal), the Prisoners' Club call for solidarity demonstrations (a "
     "call, no date or place), the force-feeding deaths of the 1980s (too old), Hamas's statement"),
    (RIY811, "الهجوم على جامعة غاريسا", "ولا سيما الهجوم على جامعة غاريسا",
     VAC, "Attack", "Al Shabaab", "Civilians (Kenya)", "Garissa", "KE", "2015-04-01", "3", "147", "exact",
     "Al Riyadh (AFP)", "reported",
     "background: the Somali al-Shabaab's attack on Garissa University, which killed 147 students in April (April 2015, "
     "within 12 months -> 1 April, precision 3; students -> Civilians (Kenya); 147 exact). Not coded: al-Shabaab's 'large "
     "number of suicide attacks and massacres' on Kenyan soil (generic), the summit's security measures and the US "
     "embassy's warning, Obama's visit"),
    (JAZ307, "ألقت قوات الأمن التركية", "ألقت قوات الأمن التركية، فجر أمس الجمعة",
     SD, ARR, POLTR, ISIS, "Manisa", "TR", "2015-08-07", "1", "", "",
     "Anadolu Agency (security sources)", "reported",
     "the title's news: at dawn 'yesterday Friday' (DCT Saturday 8 August -> 7 August) Turkish counter-terrorism forces "
     "with the gendarmerie arrested 17 people suspected of belonging to ISIS (contacts with ISIS members in Syria, "
     "recruiting) in simultaneous raids in Manisa, western Turkey (suspected members -> actor2 Islamic State, as the spent "
     "Cameroon row; counter-terrorism police -> Police Forces of Turkey; stated as fact in the lead -> reported, "
     "alternative claimed as the adjudicated Cameroon row). Not coded: the gendarmerie's five simultaneous operations at "
     "dawn Friday in Ankara on places suspected of sheltering PKK members (raids, no arrest or other result stated; "
     "borderline, alternative an Arrests row; adjudicated: kept out against B's Arrests row); the subtitle's 'collapse of the truce' between the government and the PKK "
     "(no date or act)"),
    (JAZ307, "الهجمات «الإرهابية» التي استهدفت تركيا", "نتيجة الهجمات «الإرهابية» التي استهدفت تركيا",
     BAT, CLASH, UAG, POLTR, "", "TR", "2015-07-07", "3", "39", "exact",
     "Anadolu Agency (informed sources)", "reported",
     "aggregate: the 'terrorist' attacks on Turkey from 7 July to 5 August killed 22 security men and 6 citizens and "
     "wounded 89; in the same period 11 'terrorists' were killed in clashes with the security forces (folded: same "
     "period, same sides -> 22 + 6 + 11 = 39 exact; also folded, adjudicated as B: the 'terrorists'' burning of more "
     "than 100 vehicles in the same period, first its own aggregate Looting/property destruction row: one tally of the "
     "same unnamed actor over the same period -> one aggregate row); attackers not named ('terrorists'; the frame is the PKK truce's "
     "collapse, but ISIS is also in the article) -> Unidentified armed group; mainly security men -> Police Forces of "
     "Turkey (alternative actor2 empty, mixed targets); attacks on security forces -> Battles/Armed clash as the spent "
     "okaz-1951 row; dated at the period's start, precision 3; no place -> location empty"),
    (JAZ307, "غارات جوية على أهداف محددة", "غارات جوية على أهداف محددة لحزب",
     ERV, AIR, MFTR, PKK, "", "TR", "2015-07-07", "3", "260", "at_least",
     "Anadolu Agency", "claimed",
     "aggregate: in return the Turkish armed forces carried out air strikes on PKK targets 'inside and outside the "
     "country' killing more than 260 militants and wounding more than 400, 'in the same period' (7 July - 5 August -> "
     "dated at its start, precision 3; 'أكثر من 260' -> 260 at_least; one row: the text names no second country, TR the "
     "only country named, as the adjudicated spent alweeam-1057 row, alternative IQ; adjudicated: claimed, as B (first "
     "reported): the toll is the striking side's own count, relayed by the state agency from informed sources, as the "
     "spent alriyadh-700 and alwatan-1057 rows of the same Turkish figures and this set's Dhale row)"),
    (JAZ307, "القبض على أكثر من ألف و500", "وألقت فرق الأمن القبض على أكثر من ألف و500",
     SD, ARR, POLTR, "", "", "TR", "2015-07-07", "3", "", "",
     "Anadolu Agency", "reported",
     "aggregate: in the same period the security teams arrested more than 1,500 suspects in operations targeting ISIS, "
     "the PKK and the DHKP-C, and warrants were issued for 275 (folded); three groups -> actor2 empty (mixed, as the spent "
     "aggregate rows with mixed targets); dated at the period's start (7 July), precision 3; no place"),
    (SABQ1295, "ضبط الجهات الأمنية", "خاصة بعد ضبط الجهات الأمنية في شهر مايو",
     SD, "Disrupted weapons use", POLSA, "", "King Fahd Causeway", "SA", "2015-05-01", "3", "", "",
     "Sabq", "reported",
     "background (borderline): in May the security agencies seized highly explosive RDX and detonators made to set it "
     "off, and arrested its smugglers, after customs suspected a car coming from Bahrain over the King Fahd Causeway "
     "(seizure of explosives -> Disrupted weapons use, the arrest folded, alternative Arrests; May -> 1 May, precision 3, "
     "within 12 months; security agencies -> Police Forces of Saudi Arabia; adjudicated: actor2 empty, as B (first "
     "Unidentified armed group): the text calls them only smugglers, not an armed group). Not coded: the smuggled bottle of alcohol in the video (the article's news, not political)"),
    # ---- set b (no text filter) ----
    (EQT883, "الاعتداء الانتحاري الذي استهدف", "الاعتداء الانتحاري الذي استهدف أمس مدينة سوروتش",
     ERV, SUI, ISIS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "30", "at_least",
     "Turkish Prime Minister Ahmet Davutoglu; President Erdogan", "reported",
     "the title's news: 'yesterday' (DCT Tuesday 21 July -> 20 July) a suicide attack on the garden of a cultural centre "
     "in Suruc (سوروتش / سروج), on the Syrian border, where young leftist and pro-Kurdish activists who wanted to cross to "
     "help rebuild Kobani were staying, killed at least 30 ('30 قتيلا على الأقل' -> 30 at_least); the PM said the first "
     "elements of the investigation show ISIS was behind it, 'but we have not reached a final verdict' -> Islamic State "
     "(the government's investigation finding; alternative Unidentified armed group); activists -> Civilians (Turkey). "
     "Not coded: the continued military reinforcements on the Syrian border (deployment), NATO's call for border "
     "controls (diplomatic), the 2013 Reyhanli attack and the PKK insurgency since 1984 (too old)"),
    (EQT883, "المعركة التي دارت بين مقاتلي", "المدمرة من جراء المعركة التي دارت بين مقاتلي تنظيم",
     BAT, CLASH, ISIS, YPG, "Ain al-Arab", "SY", "2014-09-01", "3", "", "",
     "Al Eqtisadiya", "reported",
     "background: the battle for Kobani (Ain al-Arab) between ISIS fighters and the Syrian Kurdish People's Protection "
     "Units from September to January last (September 2014, within 12 months of the DCT -> 1 September 2014, precision "
     "3; 'one of the biggest battles against ISIS last year' is the same battle; 'Ain al-Arab' as the spent aleqtisadiya-309 "
     "row; ISIS attacked the town -> actor1). Folded (adjudicated, as B; first its own June 2015 Non-state actor "
     "overtakes territory row): the People's Protection Units expelling ISIS from the town 'last month' with US air "
     "strikes 'after months of fighting and siege' is the end of this same battle, which the article itself dates "
     "September-January; the 'last month' contradicts the text's own span (a stale wire line)"),
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
