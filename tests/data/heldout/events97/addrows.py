"""Bookkeeping helper for the events97 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur51/events97/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 97 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events97/sample.py ("This set: events97, seeds 3022 / 3023, drawn at the start of stop 51 (aec7f06), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3022).shuffle, walked in order; (b) 10 with no text filter, random.Random(3023).shuffle, >=3 sources (got, by source, a: aawsat 2, alyaum 2, aljazirah 2, alriyadh 2, alweeam 1, 3alyoum 1; b: alwatan 4, aljazirah 3, alyaum 1, aleqtisadiya 1, almadina 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 16 rows): detection F1 1.000 before by compare.py (16 matched of 16 A / 16 B rows, P 1.000, R 1.000; compare.py's greedy pass cross-paired the two alweeam-891 rows that both annotators have (the 1 August raids and the ISIS aggregate: same type, empty locations, dates within its 31-day window); on the 16 true pairs, checked by hand, F1 1.000 as well; both gave rows to the same 6 articles and left the same 14 empty); on compare.py's 16 pairs event_type, sub_event_type, actor1 and reported_as agreed 16/16, location, location_country, event_date, time_precision, fatalities and fatalities_qualifier 14/16, actor2 13/16; on the 16 true pairs all fields 16/16 except actor2 15/16 and location 14/16; triggers 10/16 identical trigger+occurrence, 15/16 nested on the true pairs; no row added or dropped (16 -> 16); 1 value changed to B's: aawsat-192 Air Defense stadium location 'Air Defense Stadium, Cairo' (first 'Air Defense Stadium'); kept against B: alriyadh-671 Sudan arrests location empty (B 'Khartoum'), alwatan-823 Abha mention actor2 empty (B Police Forces of Saudi Arabia), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
BAT = "Battles"
RIO = "Riots"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
ARR = "Arrests"
VDEM = "Violent demonstration"
UAG = "Unidentified armed group"
IS = "Islamic State"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
PFSD = "Police Forces of Sudan"
AWS99 = "SN-aawsat-20150807-99"
WEM891 = "SN-alweeam-20150801-891"
RYD671 = "SN-alriyadh-20150804-671"
AWS192 = "SN-aawsat-20150725-192"
JAZ306 = "SN-aljazirah-20150801-306"
WAT823 = "SN-alwatan-20150809-823"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Turkey secures energy lines (aawsat-99, DCT Friday 7 August 06:23 UTC)
    (AWS99, "هجوم شنه حزب العمال الكردستاني", "بعد إغلاق دام أسبوعا عقب هجوم شنه حزب العمال الكردستاني",
     ERV, IED, PKK, "", "", "TR", "2015-07-30", "2", "", "",
     "a Turkish energy official and a shipping agent (to Reuters, via Asharq Al-Awsat)", "reported",
     "the oil flow through the Iraq-Turkey pipeline (from the Kurdish region to Ceyhan) resumed 'yesterday Thursday' "
     "(6 August) after a week-long closure following an attack launched by the PKK (closure of a week -> the attack about "
     "30 July, precision 2; the lead's 'the recent attack on it cost [the Kurdistan Region] more than 250 million dollars' "
     "is the same attack -> one row; sabotage of a pipeline, means not stated -> Remote explosive/landmine/IED with actor2 "
     "empty, as the spent aawsat-372 pipeline rows, alternative Strategic developments/Looting/property destruction; no "
     "place -> location empty; TR, the pipeline's Turkish section, as aawsat-372, alternative IQ)"),
    (AWS99, "خط أنابيب ازري شاه دينيز", "وتعرض خط أنابيب ازري شاه دينيز",
     ERV, IED, PKK, "", "", "TR", "2015-07-28", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the Azeri Shah Deniz gas pipeline was attacked 'during the past ten days' (two pipelines named in one sentence -> "
     "two attacks on two targets -> two rows, the Iranian pipeline its own row; attacker not named in the sentence, the "
     "article's frame is the Kurdish militants' rising attacks on energy lines (title 'تزايد هجمات الأكراد') -> PKK, "
     "alternative Unidentified armed group; means not stated -> Remote explosive/landmine/IED, as the spent pipeline rows; "
     "ten days -> DCT-10 = 28 July, precision 2, as the spent 'about 10 days ago' aawsat-82 row; no place -> empty, TR)"),
    (AWS99, "وخط الأنابيب الإيراني", "وخط الأنابيب الإيراني اللذان ينقلان",
     ERV, IED, PKK, "", "", "TR", "2015-07-28", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "same sentence, second target: the Iranian gas pipeline attacked 'during the past ten days' (see the Shah Deniz row; "
     "the PKK claimed the Iran-Turkey gas pipeline bombing in the spent aawsat-372 and aawsat-256 rows, but this text does "
     "not: PKK from the article's frame, alternative Unidentified armed group; 28 July, precision 2; TR)"),
    (AWS99, "ضربات جوية على معسكرات", "منذ بدأت أنقرة ضربات جوية على معسكرات",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-24", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate, background: the attacks became almost daily since Ankara began air strikes on the PKK camps in northern "
     "Iraq on the 24th of last month (24 July; dated at the campaign's start, precision 3, as the spent alwatan-828 "
     "aggregate; northern Iraq, no place -> empty, IQ). Not coded: the PKK's 'almost daily' attacks (generic: no kind, "
     "target or place beyond the pipeline rows), the PKK's mid-July statement that it escalates its attacks, the planned "
     "thermal cameras and horse patrols on the pipelines (security measures, planned), the PKK's 1990s attacks and the "
     "30-year conflict (too old)"),
    # Barzani and the PKK (alweeam-891, DCT Saturday 1 August 20:39 UTC)
    (WEM891, "خلال أسبوع من الغارات التركية", "وأصيب حوالى400 آخرين، خلال أسبوع من الغارات التركية",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-07-25", "3", "260", "exact",
     "Al Weeam", "reported",
     "aggregate: 260 Kurdish PKK fighters were killed and about 400 wounded during a week of Turkish air strikes (stated by "
     "the outlet with no attribution -> reported, unlike the spent Anadolu rows alwatan-808/alyaum-1078, claimed; '260' "
     "flat -> exact, the 'حوالى' is on the 400 wounded; folded: Barzani's 'the raids of the Turkish army that killed 260 "
     "Kurds', the 'air military operation' launched 'a week ago' against the PKK, the Kurdistan official's call to stop "
     "the raids, and the wounded brother of Demirtas; a week -> DCT 1 August - 7 = 25 July, precision 3, as the spent "
     "alyaum-1078 row; the frame is Iraqi Kurdistan, no place -> empty, IQ)"),
    (WEM891, "أطلقت قبل أسبوع عملية عسكرية جوية", "أطلقت قبل أسبوع عملية عسكرية جوية",
     ERV, AIR, MFT, IS, "", "SY", "2015-07-25", "3", "", "",
     "Al Weeam", "reported",
     "aggregate, background: Ankara launched 'a week ago' an air military operation against two main targets, ISIS in "
     "Syria and the PKK, after a series of bloody attacks in Turkey attributed to the PKK (two named targets in two "
     "countries -> two rows, as the spent alwatan-828 and aawsat-187 pairs; this row the ISIS target, the PKK target is "
     "the 260 aggregate; a week -> 25 July, precision 3; Demirtas's 'the Turkish air strikes against ISIS are a trick' is "
     "the same campaign; no place -> empty, SY). Not coded: the 'series of bloody attacks in Turkey attributed to the PKK' "
     "(generic)"),
    (WEM891, "غارات شنتها الطائرات التركية", "قتل 6 أشخاص اليوم، في غارات شنتها الطائرات التركية",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-08-01", "1", "6", "exact",
     "Al Weeam", "reported",
     "on the Turkish operations: six people were killed 'today' (DCT Saturday 1 August, evening) in raids by Turkish "
     "aircraft on the party's (PKK's) positions (the positions of the party -> actor2 PKK; the spent alyaum-1078 row of a "
     "text naming the victims citizens has Civilians (Iraq); no place named -> empty; IQ from the article's Iraqi "
     "Kurdistan frame, as the spent alwatan-808 Zarkala row of the same day; 6 exact). Not coded: Barzani's call on the PKK "
     "to leave Kurdistan and his 'implementation' of the Saddam-era agreement (political statements), the Kurdistan "
     "official's call in Washington, the investigation opened against Demirtas 'last Thursday' (legal action), the "
     "violence that killed 34 (undated)"),
    # Sudan arrests Salafi sheikhs (alriyadh-671, DCT Tuesday 4 August 18:16 UTC)
    (RYD671, "أعادت السلطات السودانية اعتقال", "أعادت السلطات السودانية اعتقال",
     SD, ARR, PFSD, "Civilians (Sudan)", "", "SD", "2015-08-04", "2", "", "",
     "Al Riyadh; Sheikh al-Sudaira's official Facebook page", "reported",
     "the title's news: the Sudanese authorities re-arrested the Salafi figure Sheikh Musaed al-Sudaira with a number of "
     "his students and arrested Sheikh Omar Abdelkhaliq, head of the Jamaat al-I'tisam bil-Kitab wal-Sunna, in a campaign "
     "against those who urge young people to join ISIS (the Facebook page's 'the security authorities arrested the man "
     "with Sheikh Omar Abdelkhaliq, Sheikh Salah al-Din and a number of students' is the same operation -> one row; 'the "
     "security authorities' -> Police Forces of Sudan; clerics and students accused of incitement, not named as members "
     "-> Civilians (Sudan), alternative Islamic State; the place of arrest is not named (his institute is in Shambat north "
     "of Khartoum) -> empty, alternative 'Khartoum'; kept in adjudication against B's 'Khartoum': the text places the "
     "institute, not the arrests, and Omar Abdelkhaliq's arrest is not placed at all; no day -> DCT, precision 2)"),
    (RYD671, "إلى المعتقل", "إلى المعتقل وهو أيضا المتهم",
     SD, ARR, PFSD, "Civilians (Sudan)", "", "SD", "2015-06-30", "1", "", "",
     "Al Riyadh", "reported",
     "background: on 30 June the security authorities returned Mohamed Ali al-Jazouli, general coordinator of the 'One "
     "Nation Current', also accused of supporting ISIS, to detention, four days after his release (date stated -> "
     "precision 1; no place -> empty). Not coded: al-Sudaira's release in January after three months' detention (the "
     "release is not an event, the arrest's day only implied), his arrests after the 2012 US embassy events and in Cairo "
     "airport in 2009 (more than 12 months old), the vice-president's speech (statement)"),
    (RYD671, "ألقت السلطات التركية القبض", "وألقت السلطات التركية القبض، في يونيو الماضي",
     SD, ARR, PFT, "Civilians (Turkey)", "", "TR", "2015-06-01", "3", "", "",
     "Al Riyadh", "reported",
     "background, borderline: the Turkish authorities arrested in June 18 Sudanese students on their way to join ISIS "
     "(month known -> 1 June, precision 3; arresting force not named -> Police Forces of Turkey; would-be recruits, not "
     "members -> Civilians (Turkey) by the country-of-event rule, alternative Islamic State as the spent Manisa "
     "'suspected members' rows; no place -> empty, TR). Alternative: no row (an interception of travellers). Not coded: "
     "the nine students of British passports who went to Syria in March (travel, no act)"),
    # Egyptian football without fans (aawsat-192, DCT Saturday 25 July 10:05 UTC)
    (AWS192, "مقتل 19 من مشجعي الزمالك", "منذ مقتل 19 من مشجعي الزمالك",
     RIO, VDEM, "Rioters (Egypt)", "Police Forces of Egypt", "Air Defense Stadium, Cairo", "EG", "2015-02-01", "3", "19", "exact",
     "Asharq Al-Awsat; witnesses and rights groups", "reported",
     "background, borderline: matches are played without fans since 19 Zamalek fans were killed in February 'in a "
     "massacre' in front of the Air Defense stadium: the match ended in tragedy due to a stampede; witnesses and rights "
     "groups say the police fired tear gas as the fans passed through a narrow iron cage; 16 fans are tried for rioting "
     "and causing their colleagues' deaths ('الفوضى ورائحة الغاز أمام استاد الدفاع الجوي' and 'هذه الأحداث' are the "
     "same event -> one row; a crowd-police confrontation with tear gas and rioting charges -> Riots/Violent "
     "demonstration, alternative Violence against civilians/Attack by the police; the spent events-set almadina-1198 "
     "reference to the same 'Air Defense massacre' had no row because that text gave no date, actor or kind, this text "
     "gives all three; February -> 1 February, precision 3, within 12 months of the DCT; 19 exact; adjudicated, as B: "
     "'Air Defense Stadium, Cairo' (first 'Air Defense Stadium'): sub-city places are written 'Place, City', and the "
     "article is set in Cairo (Petrosport stadium 'east of Cairo', the Sayeda Zeinab cafe 'in central Cairo', the derby "
     "moved 'more than 200 km from the capital')). Not coded: the Port Said massacre of February 2012 and the protests that ousted "
     "Morsi in July 2013 (more than 12 months old), the hundreds of security men killed in attacks since July 2013 "
     "(aggregate begun more than 12 months before), the car bombs in Cairo (generic), the court's dissolution of the "
     "Ultras in May (legal action), the Ahly-Zamalek match behind closed doors"),
    # Two Turkish policemen killed (aljazirah-306, DCT Saturday 1 August 07:53 UTC)
    (JAZ306, "هاجموا مفوضية", "هاجموا مفوضية مدينة بوزانتي",
     BAT, CLASH, PKK, "Police Forces of Turkey", "Pozanti, Adana", "TR", "2015-07-31", "1", "2", "exact",
     "Anadolu news agency (via Al Jazirah)", "reported",
     "the title's news: two Turkish policemen were shot dead 'yesterday Friday morning' (31 July) in the Adana area in a "
     "new attack the authorities attributed to the Kurdish insurgency; Anadolu: PKK fighters attacked the police station "
     "of the town of Pozanti, the police returned fire and two were killed in the exchange (title, lead, Anadolu sentence "
     "and 'the attack yesterday Friday in an area tourists frequent in the west' are one event -> one row; attack with an "
     "exchange of fire -> Armed clash; 2 exact, as the spent adjudicated alriyadh-552 row of the same wire text; 'Pozanti, "
     "Adana' as that row)"),
    (JAZ306, "جولة العنف الجديدة", "ومنذ اندلاع جولة العنف الجديدة",
     BAT, CLASH, PKK, MFT, "", "TR", "2015-07-20", "3", "13", "at_least",
     "Al Jazirah", "reported",
     "aggregate: since the new round of violence broke out on 20 July at least 13 soldiers and policemen have been killed "
     "('13 جنديا وشرطيا على الاقل' -> 13 at_least; dated at the stated start, precision 3; the Kurdish insurgency's daily "
     "bloody attacks on the security forces 'for a week' and 'most attacks in south-east Anatolia' folded here; PKK vs "
     "Military Forces of Turkey, as the spent alriyadh-552 aggregate of the same wire text; no place -> empty). The Pozanti "
     "and convoy rows are inside it and keep their own rows, as there"),
    (JAZ306, "مكمن استهدف الخميس", "في مكمن استهدف الخميس قافلة عسكرية",
     BAT, CLASH, PKK, MFT, "", "TR", "2015-07-30", "1", "3", "exact",
     "Al Jazirah", "reported",
     "three of the 13 were killed in an ambush that targeted a military convoy on Thursday (DCT Saturday 1 August -> 30 "
     "July, precision 1; ambush on a convoy, no weapon named -> Armed clash; attackers not named in the sentence, the "
     "article's wave is the Kurdish insurgency's -> PKK, alternative Unidentified armed group, as the spent alriyadh-552 "
     "row; no place -> empty, TR; 3 exact)"),
    (JAZ306, "غارات جوية كثيفة", "يشن الجيش التركي يومياً غارات جوية كثيفة",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-08-01", "3", "", "",
     "Al Jazirah", "reported",
     "aggregate: in response to the killing of the two policemen the Turkish army launches daily intense air strikes on "
     "PKK positions in northern Iraq (ongoing daily campaign, no start stated -> DCT, precision 3, as the spent "
     "almadina-620 aggregate; northern Iraq, no place -> empty, IQ). Not coded: Erdogan's accusations against Europe over "
     "the refugees and his safe-zone remarks (statements), the Syrian refugees in Turkey"),
    # Column on the justification of killing (alwatan-823, DCT Sunday 9 August 17:34 UTC)
    (WAT823, "العلميات الانتحارية لقتل المصلين", "العلميات الانتحارية لقتل المصلين مثل ما حصل في أبها",
     ERV, SUI, UAG, "", "Abha", "SA", "2015-08-09", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background (opinion column): the writer asks what drives 'the suicide operations to kill worshippers, as happened in "
     "Abha' (the 6 August Emergency Forces mosque bombing; the text says suicide -> Suicide bomb, as the spent "
     "alwatan-1041 column row; no perpetrator named -> Unidentified armed group; the victims are described only as "
     "worshippers -> actor2 empty, as the adjudicated spent alriyadh-796 column row ('houses of God'), alternative Police "
     "Forces of Saudi Arabia as the spent rows naming the Emergency Forces, B's value, kept against B in adjudication: this "
     "text never names the Emergency Forces; no temporal word in a column -> DCT, "
     "precision 3; no toll). Not coded: ISIS killing and declaring infidel the followers of al-Nusra in the Levant "
     "(generic commentary)"),
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
