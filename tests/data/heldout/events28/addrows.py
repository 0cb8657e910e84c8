"""Bookkeeping helper for the events28 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events26/addrows.py (itself from events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur28/events28/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 28 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events28/sample.py ("This set: events28, seeds 2790 / 2791, drawn at the start of stop 28 (main f7f6cda), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2790).shuffle, walked in order; (b) 10 with no text filter, random.Random(2791).shuffle, >=3 sources (got, by source, a: 3alyoum 1, aawsat 1, aleqtisadiya 1, aljazirah 1, almadina 1, alriyadh 1, alwatan 1, alweeam 1, alyaum 1, okaz 1; b: alriyadh 4, 3alyoum 2, aawsat 2, alweeam 1, alyaum 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 16 rows): detection F1 0.970 "
       "before (16 matched of 17 A / 16 B rows; 1 A-only row, no B-only row); 1 row dropped (aawsat-155 planned second-week "
       "demonstrations, folded into the wave aggregate as B: a generic expectation with no place or day); 1 field value changed "
       "(alriyadh-676 aggregate of attacks fatalities 28, B's: the 11 militants killed in clashes are a same-period figure, not "
       "the attacks' toll); 2 kept against B (alriyadh-676 air-strike aggregate country TR; 3alyoum-62 'Wahid Huzairan, "
       "Kirkuk' spelling); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
ARR = "Arrests"
PEACE = "Peaceful protest"
RES = "Yemeni Resistance"
HOU = "Houthis"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
PKK = "PKK: Kurdistan Workers Party"
MFTR = "Military Forces of Turkey"
POLTR = "Police Forces of Turkey"
CIQ = "Civilians (Iraq)"
PIQ = "Protesters (Iraq)"
YAUM2742 = "SN-alyaum-20150806-2742"
YAUM2213 = "SN-alyaum-20150721-2213"
ALY62 = "SN-3alyoum-20150809-62"
RIY676 = "SN-alriyadh-20150808-676"
AAW155 = "SN-aawsat-20150807-155"
WAT1032 = "SN-alwatan-20150807-1032"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (ALY62, "انفجارعبوة ناسفة", "في انفجارعبوة ناسفة قرب محال تجارية في منطقة كمب سارة",
     ERV, IED, UAG, CIQ, "Camp Sara, Baghdad", "IQ", "2015-08-09", "1", "2", "exact",
     "Iraqi security source (via Ain Alyoum)", "reported",
     "round-up of 'today' (the DCT, 9 August): two killed and seven wounded by an IED near shops in the Camp Sara area, "
     "central Baghdad (no perpetrator named -> Unidentified armed group; victims near shops -> Civilians (Iraq); "
     "'منطقة كمب سارة' in central Baghdad -> 'Camp Sara, Baghdad'; the round-up's 'today' covers its items -> precision 1)"),
    (ALY62, "الانفجار بعبوة ناسفة", "أن الانفجار بعبوة ناسفة قرب سوق شعبي في منطقة بغداد الجديدة",
     ERV, IED, UAG, CIQ, "New Baghdad, Baghdad", "IQ", "2015-08-09", "1", "1", "exact",
     "Iraqi security source (via Ain Alyoum)", "reported",
     "an IED near a popular market in the New Baghdad (Baghdad al-Jadida) area killed one and wounded six (same round-up "
     "of 'today'; a different place from Camp Sara -> own row; 'New Baghdad, Baghdad' as the spent almadina-483 row)"),
    (ALY62, "بنيران مسلحين مجهولين", "ولقي مدرس وزوجته مصرعهما بنيران مسلحين مجهولين في منطقة الجعارة",
     VAC, "Attack", UAG, CIQ, "Al Jaara, Al Madain", "IQ", "2015-08-09", "1", "2", "exact",
     "Iraqi security source (via Ain Alyoum)", "reported",
     "a teacher and his wife were killed by the fire of unknown gunmen in the al-Jaara area of the al-Madain district "
     "south of the capital (unknown gunmen -> Unidentified armed group; teacher and wife -> Civilians (Iraq); 'منطقة "
     "الجعارة التابعة لقضاء المدائن' -> 'Al Jaara, Al Madain'; same round-up of 'today')"),
    (ALY62, "هجوم شنه عليه مسلحون", "بمقتل شخص في هجوم شنه عليه مسلحون مجهولون يستقلون سيارة مدنية",
     VAC, "Attack", UAG, CIQ, "Wahid Huzairan, Kirkuk", "IQ", "2015-08-09", "1", "1", "exact",
     "another Iraqi security source (via Ain Alyoum)", "reported",
     "one person killed in an attack by unknown gunmen in a civilian car with machine guns near the 'Wahid Huzairan' "
     "(1 June) neighbourhood, south Kirkuk (a 'person' -> Civilians (Iraq); 'حي واحد حزيران جنوبي مدينة كركوك' -> "
     "'Wahid Huzairan, Kirkuk'; same round-up of 'today'; adjudicated: spelling kept against B's 'Huzayran', the set's 'ai' transliteration style as in the spent 'Tal Mushaihida')"),
    (ALY62, "على جثتي رجلين", "وعثرت شرطة المحافظة ذاتها على جثتي رجلين مجهولي الهوية",
     VAC, "Attack", UAG, CIQ, "Kirkuk", "IQ", "2015-08-09", "2", "2", "exact",
     "Kirkuk police (via Ain Alyoum)", "reported",
     "the Kirkuk police found the bodies of two unidentified men shot dead near the road linking Kirkuk and Erbil north of "
     "the city (found 'today', killing day unknown -> DCT, precision 2, as the spent aleqtisadiya-309 bodies row; "
     "unidentified men, no armed role stated -> Civilians (Iraq), VAC/Attack; near the road north of the city -> 'Kirkuk')"),
    (AAW155, "مظاهرات في البصرة", "تزامنت مع مظاهرات في البصرة ومناطق أخرى في العراق",
     PRO, PEACE, PIQ, "", "", "IQ", "2015-07-31", "3", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "aggregate: the wave of demonstrations in Basra and other areas of Iraq against the poor water quality and the power "
     "cuts, with the popular anger against the politicians, now in its second week ('للأسبوع الثاني'; start a week before "
     "the DCT Friday 7 August -> 31 July, precision 3, as the spent alriyadh-998 wave row; no single city for the wave -> "
     "location empty; the councillor's 'the demonstrations roam Iraq from north to south' folded; the Saturday Basra "
     "demonstration is its own row; adjudicated: the expected start of the second week's demonstrations ('من المرتقب انطلاق مظاهرات للأسبوع الثاني') is folded into this wave, as B; my first version had it as its own planned row, dropped: a generic expectation with no place or day, a continuation of the same wave). Not coded: the traders' and importers' objection to the "
     "new tariff (no demonstration described), the Basra council's refusal to apply the customs law (administrative)"),
    (AAW155, "خرجوا إلى الشوارع السبت", "واحتج المتظاهرون الذين خرجوا إلى الشوارع السبت",
     PRO, PEACE, PIQ, "", "Basra", "IQ", "2015-08-01", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "the demonstrators who took to the streets on Saturday (DCT Friday 7 August -> 1 August) protested the neglect and "
     "the deteriorating economic situation (the sentence is about Basra -> 'Basra'; no intervention or violence stated)"),
    (YAUM2742, "التفجير الانتحاري", "حادث التفجير الانتحاري الجبان الذي استهدف مسجداً",
     ERV, "Suicide bomb", UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1", "", "",
     "GCC General Secretariat (Secretary-General Abdullatif al-Zayani)", "reported",
     "the occasion of the GCC condemnation (the article's news): the suicide bombing 'today' (the DCT, 6 August) that "
     "targeted a mosque in the headquarters of the Special Emergency Forces in the Asir region during the noon prayer, "
     "killing and wounding 'a number of' emergency-force members and workers at the site ('عدد من' -> fatalities empty; "
     "the text says suicide bombing -> Suicide bomb, as the spent alriyadh-859 row; no perpetrator named -> Unidentified "
     "armed group; Special Emergency Forces -> Police Forces of Saudi Arabia; no city -> 'Asir'; the title's mention is "
     "the same event). Not coded: the condemnation and the GCC's support (statements, not the news of an actor's "
     "military declaration)"),
    (WAT1032, "هزيمة قواته في العند", "وأكد أن هزيمة قواته في العند سببت للمتمردين أزمة نفسية",
     BAT, GRT, RES, HOU, "Al Anad Air Base", "YE", "2015-08-07", "3", "", "",
     "Abdulnasser al-Awdhali (Houthi defector, to Al Watan); Al Watan (title)", "reported",
     "background: the defeat of Abdulmalik al-Houthi's forces at al-Anad, whose 'liberation' is the key to liberating "
     "all of Yemen (the title: 'the fall of the base' -> the air base; its capture by the pro-Hadi side stated as fact "
     "in the title -> reported; the victor is not named in the sentence, the text's pro-Hadi fighters are the 'popular "
     "resistance' -> Yemeni Resistance, as the spent alwatan-823 Anad row; no day in the text, one recent past event -> "
     "DCT, precision 3). Not coded: the resignation of Naif al-Qars from the Revolutionary Committee and the committee's "
     "internal 'protests' (political, no demonstration), the Iranian prisoners held by the resistance (undated, claimed "
     "status), the 'recent defeats' and 'repeated withdrawals' (generic)"),
    # ---- set b (no text filter) ----
    (RIY676, "اشتباكات جديدة", "في اشتباكات جديدة اندلعت ليلة امس في جنوب شرق تركيا",
     BAT, CLASH, UAG, "", "Silopi", "TR", "2015-08-07", "1", "2", "exact",
     "Haberturk website (via Al Riyadh)", "reported",
     "two killed and several wounded in new clashes 'last night' (DCT Saturday 8 August -> 7 August) in restive "
     "south-east Turkey; the deaths were in Silopi near the Iraqi and Syrian borders; the identity of the dead is not "
     "clear (the sides are not named -> actor1 Unidentified armed group, actor2 empty; alternative PKK vs Turkish "
     "security forces from the article's frame, which the sentence does not state)"),
    (RIY676, "القبض على 17 شخصا", "القبض على 17 شخصا، يشتبه في انتمائهم لتنظيم",
     SD, ARR, POLTR, ISIS, "Manisa", "TR", "2015-08-07", "1", "", "",
     "security sources (via Al Riyadh)", "reported",
     "the title's news: at dawn 'yesterday' (DCT 8 August -> 7 August) Turkish security forces arrested 17 people "
     "suspected of belonging to ISIS in raids in Manisa, western Turkey; counter-terrorism forces with the gendarmerie "
     "raided several places simultaneously (folded) -> Police Forces of Turkey; suspected of links to ISIS members in "
     "Syria and of recruiting for the organisation -> actor2 Islamic State"),
    (RIY676, "خمس عمليات أمنية متزامنة", "خمس عمليات أمنية متزامنة في العاصمة أنقرة",
     SD, ARR, MFTR, PKK, "Ankara", "TR", "2015-08-07", "1", "", "",
     "Al Riyadh (security sources)", "reported",
     "borderline: at dawn Friday (DCT Saturday 8 August -> 7 August) the Turkish gendarmerie carried out five "
     "simultaneous security operations in Ankara on places suspected of sheltering PKK members (the first paragraph's "
     "'campaigns targeting PKK members in the capital Ankara' is the same event -> one row; raids of a crackdown -> "
     "Arrests, though no arrest is stated; gendarmerie -> Military Forces of Turkey, as the spent aljazirah-969 row; "
     "alternative: not coded or Strategic developments/Other)"),
    (RIY676, "الهجمات \"الإرهابية\"", "نتيجة الهجمات \"الإرهابية\" التي استهدفت تركيا",
     BAT, CLASH, UAG, POLTR, "", "TR", "2015-07-07", "3", "28", "exact",
     "informed sources (via Al Riyadh)", "reported",
     "aggregate: the 'terrorist' attacks that targeted Turkey from 7 July to 5 August killed 22 security men and 6 "
     "citizens and wounded 89; in the same period the 'terrorists' burned more than 100 vehicles and 11 'terrorists' were "
     "killed in clashes with the security forces (the attacks' stated toll 22 + 6 = 28 exact; adjudicated, as B: my first version added the 11 "
     "'terrorists' killed in clashes (39), which the text gives only as a figure of 'the same period', not as a toll of "
     "the attacks; the 11 and the vehicle burnings are folded; attacks mostly on security men -> Battles/Armed clash vs Police Forces of Turkey ('رجال الأمن'); "
     "the attackers are not named -> Unidentified armed group; dated at the period's start, precision 3; no place -> "
     "location empty)"),
    (RIY676, "غارات جوية على أهداف", "شنت القوات المسلحة التركية، غارات جوية على أهداف محددة",
     ERV, AIR, MFTR, PKK, "", "TR", "2015-07-07", "3", "260", "at_least",
     "informed sources (via Al Riyadh)", "reported",
     "aggregate: in the same period (from 7 July to 5 August) the Turkish armed forces carried out air strikes on "
     "specific PKK targets inside and outside the country, killing more than 260 militants and wounding more than 400 "
     "('أكثر من 260' -> 260 at_least; dated at the period's start, precision 3; 'inside and outside the country', no "
     "place -> location empty, TR, the only country the sentence names, as the adjudicated alweeam-1057 aggregate; "
     "alternative IQ; adjudicated: kept against B's IQ, which the text does not name; stated by the outlet from its sources, no caveat -> reported)"),
    (RIY676, "القبض على أكثر من ألف", "وألقت فرق الأمن القبض على أكثر من ألف و500 مشتبه به",
     SD, ARR, POLTR, "", "", "TR", "2015-07-07", "3", "", "",
     "informed sources (via Al Riyadh)", "reported",
     "aggregate: in the same period the security teams arrested more than 1,500 suspects in operations targeting ISIS, "
     "the PKK and the DHKP-C, and arrest warrants were issued for 275 (folded; three groups named -> actor2 empty, one "
     "aggregate row; security teams -> Police Forces of Turkey; dated at the period's start, precision 3; no place)"),
    (YAUM2213, "اعتقال 431", "تفكيك خلايا إرهابية تابعة لداعش واعتقال 431 مرتبطين",
     SD, ARR, "Police Forces of Saudi Arabia", ISIS, "", "SA", "2015-07-21", "2", "", "",
     "Al Yaum (Arab Parliament speaker Ahmed al-Jarwan's statement)", "reported",
     "background: the occasion of the Arab Parliament speaker's praise (the article's news): the announcement of the "
     "dismantling of ISIS-linked terrorist cells and the arrest of 431 people linked to the organisation by the Saudi "
     "interior ministry, which foiled a number of attacks planned on mosques, security men, diplomatic missions and "
     "government facilities (foiled attacks and cell dismantling folded; recent, no day in the text -> DCT, precision 2, "
     "as the spent almadina-653 '431' row; ISIS named -> actor2 Islamic State; no place -> location empty). Not coded: "
     "the praise (statement, not a military declaration)"),
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
