"""Bookkeeping helper for annotator B of the events44 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied programmatically from /work/main/tests/data/heldout/events28/second/make_b.py.
Run: python3 /work/fresh/cur33/events44/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 44 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-27 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2844/2845, drawn at the start of stop 33, main 28e1bc2, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2844).shuffle, walked in order; (b) 10 with no text filter: random.Random(2845).shuffle, walked in order, >=3 sources (got, by source, a: alriyadh 3, alyaum 2, 3alyoum 1, aawsat 1, aleqtisadiya 1, aljazirah 1, alweeam 1; b: aawsat 5, 3alyoum 1, aleqtisadiya 1, aljazirah 1, alweeam 1, sabq 1).
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
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
ATT = "Attack"
ARR = "Arrests"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
YM1001 = "SN-alyaum-20150804-1001"
RY802 = "SN-alriyadh-20150725-802"
RY547 = "SN-alriyadh-20150803-547"
AW564 = "SN-aawsat-20150721-564"
YM1271 = "SN-alyaum-20150807-1271"
AY19 = "SN-3alyoum-20150808-19"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (YM1001, "أحرق مهاجمان", "ويوم الجمعة، أحرق مهاجمان يشتبه بأنهما يهوديان متطرفان",
     VAC, ATT, "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-07-31", "1", "1", "exact",
     "Al Yaum", "reported",
     "on Friday (DCT Tuesday 4 August -> 31 July) two attackers suspected to be Jewish extremists set fire to a "
     "Palestinian house in the village of Duma (Nablus), killing a Palestinian baby and badly burning his parents and "
     "brother (the lead's 'crime of burning the Palestinian house in Duma' and the later 'burning of the baby Ali "
     "Dawabsheh at the hands of extremist settlers' are the same event -> one row; 'مستوطنين متطرفين' -> Settlers "
     "(Israel), as the spent alriyadh-605 and aleqtisadiya-257 Duma rows; one death stated here -> 1 exact). Not coded: "
     "the title's news, the security cabinet's extension of administrative detention to Israelis (administrative/legal), "
     "the 'several attacks' of late last year (generic), the 391 Palestinians held without trial (a status figure), no "
     "arrest made so far, the Jordanian-Palestinian draft resolution and the phone call (diplomacy)"),
    (RY802, "هجوم نفذه عنصر مسلح", "بعد هجوم نفذه عنصر مسلح على فندق",
     VAC, ATT, UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-06-26", "1", "39", "exact",
     "Al Riyadh", "reported",
     "background (the news is the tourism loss): the attack carried out by a gunman on the 'Riu Imperial Marhaba' hotel "
     "on 26 June (within 12 months of the DCT) killed 38, mostly Britons, and wounded dozens; he moved from the beach to "
     "the hotel shooting tourists before security units shot him dead (38 + the gunman = 39 exact, as the spent "
     "Chattanooga row counted the attacker, alternative 38 as the spent Sousse rows whose texts gave only the 38; no "
     "group named -> Unidentified armed group, as events36 3alyoum-69; tourists -> Civilians (Tunisia); the title's "
     "'Sousse bombing' and the lead's 'bloody terrorist attack' are the same event). Not coded: the tourist exodus, the "
     "ministry's relief measures, the Libyan situation (generic)"),
    (RY547, "نشر مئات الجنود", "نشر مئات الجنود من دول الخليج",
     SD, "Other", SLC, "", "Aden", "YE", "2015-08-02", "2", "", "",
     "military source (via Al Riyadh)", "reported",
     "the title's news: hundreds of soldiers of the Gulf states of the Arab coalition deployed around Aden to secure it; "
     "the source: they landed 'yesterday Sunday' (DCT Monday 3 August -> 2 August) in Aden port with dozens of tanks and "
     "armoured vehicles and deployed at once around the city, 'the biggest force the coalition has deployed on Yemeni "
     "soil' (troop deployment -> Strategic developments/Other, as the spent almadina-644 row of the same deployment and "
     "sabq-1518; the lead's 'today' vs the source's Sunday -> the earlier day, precision 2, as the spent Mali row with "
     "conflicting days; alternative 3 August as almadina-644; countries not named -> Saudi-led coalition)"),
    (RY547, "هجوما واسعا", "وبدأت القوات الموالية لهادي بدعم من طيران التحالف هجوما واسعا",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "1", "", "",
     "Al Riyadh", "reported",
     "the forces loyal to Hadi, backed by coalition aircraft, launched a broad offensive on Monday (the DCT, 3 August) to "
     "retake the strategic al-Anad base in Lahij and protect Aden (no capture stated in this text -> Armed clash; the "
     "coalition air support folded; forces loyal to Hadi -> Yemeni Resistance as the spent Anad rows, alternative "
     "Military Forces of Yemen; 'Al Anad Air Base' as the spent rows)"),
    (RY547, "استعادت", "منذ أن استعادت القوات الموالية للرئيس",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-15", "3", "", "",
     "Al Riyadh", "reported",
     "background: the forces loyal to President Hadi regained control of Aden 'in mid-July' (mid-July -> 15 July, "
     "precision 3, as the spent alwatan-828 'since mid-July'; capturing side -> Yemeni Resistance as the spent Aden rows, "
     "alternative Military Forces of Yemen; the last paragraph's coalition campaign that 'helped retake Aden, its airport "
     "and port' is the same capture, folded)"),
    (RY547, "سقطت قاعدة العند", "سقطت قاعدة العند في مارس بايدي المقاتلين الحوثيين",
     BAT, "Non-state actor overtakes territory", HOU, "", "Al Anad Air Base", "YE", "2015-03-01", "3", "", "",
     "Al Riyadh", "reported",
     "background: al-Anad base fell in March to the Houthi fighters (March 2015, within 12 months of the DCT -> 1 March, "
     "precision 3; no defender named -> actor2 empty, as the spent almadina-644 Sanaa row; alternative not coded as a "
     "passing clause). Not coded: the Houthis' broad offensive from Saada since July 2014 (older than 12 months), their "
     "control of wide areas including Sanaa (status)"),
    (RY547, "حملة جوية", "منذ 26 مارس حملة جوية ضد المتمردين الحوثيين",
     ERV, AIR, SLC, HOU, "", "YE", "2015-03-26", "3", "", "",
     "Al Riyadh", "reported",
     "aggregate: the Arab coalition has been waging an air campaign against the Houthi rebels since 26 March (the earlier "
     "'since the start of the air campaign it wages on the Houthi forces and their allies in Yemen last March' is the "
     "same campaign; dated at its start, precision 3, as the spent almadina-644 and aljazirah-461 rows; no place)"),
    (AW564, "قتلت ستة مسلحين", "إنها قتلت ستة مسلحين في اشتباكين في بشكك",
     BAT, CLASH, "Police Forces of Kyrgyzstan", UAG, "Bishkek", "KG", "2015-07-16", "2", "6", "exact",
     "Kyrgyz security forces; State Committee for National Security spokesman; police (via Asharq Al-Awsat)", "reported",
     "brief 2 (title: 'security forces kill 6 militants in the capital of Kyrgyzstan'): the security forces killed six "
     "gunmen in two clashes in Bishkek on the evening of 'the day before yesterday'; four attackers killed and four "
     "security men wounded in central Bishkek, two more attackers killed about the same time in the suburbs (one city, "
     "suburbs unnamed -> one row, 6 exact; the militants 'were preparing a terrorist attack', group unknown -> "
     "Unidentified armed group; security forces / national-security committee -> Police Forces of Kyrgyzstan). Date: the "
     "round-up is written in a Saturday frame (its other briefs say 'yesterday Friday', DCT Tuesday 21 July), so the day "
     "before yesterday = Thursday 16 July, by the article's own frame as the spent events40 aljazirah-761 round-up; "
     "precision 2 for the frame ambiguity; alternative DCT-2 = 19 July, as the spent aawsat-16 Chattanooga row"),
    (AW564, "اشتباكات", "قتلوا خلال اشتباكات بولاية ناجالاند",
     BAT, CLASH, "NSCN: National Socialist Council of Nagaland", "Military Forces of India", "Phek", "IN", "2015-07-17", "2",
     "4", "exact", "Indian officials and news reports; army spokesman (via Asharq Al-Awsat)", "reported",
     "brief 4: officials and reports said 'yesterday Friday' (weekday named -> 17 July; reported on that day, clash on or "
     "before it -> precision 2) that two militants and two children were killed in clashes in Nagaland after the Indian "
     "security forces were attacked while tracking members of the 'National Socialist Council of Nagaland' in the town "
     "of Phek and returned fire; the army came under fire again while moving the bodies (folded) (2 + 2 = 4 exact; the "
     "attacked side is the army -> Military Forces of India, the attackers the NSCN members tracked -> actor1, faction not "
     "named)"),
    (AW564, "واعتقلت اثنين", "واعتقلت اثنين من أعضائه أمس",
     SD, ARR, "Military Forces of Pakistan", "MQM: Muttahida Qaumi Movement", "Karachi", "PK", "2015-07-17", "2", "", "",
     "Asharq Al-Awsat; Sindh Rangers", "reported",
     "brief 5: Pakistani security forces raided the headquarters of the Muttahida Qaumi Movement in Karachi and arrested "
     "two of its members 'yesterday' (the raid folded; the force is the Sindh Rangers, 'under army command' -> Military "
     "Forces of Pakistan, as the spent aawsat-175 paramilitary row, alternative Police Forces of Pakistan; political "
     "arrests over 'hate speech' -> Arrests). Date: 'yesterday' in the round-up's Saturday frame -> Friday 17 July, "
     "precision 2 (see the Bishkek row; alternative DCT-1 = 20 July). Not coded: the announced further arrests (vague "
     "future), the Korean invitation to talks (diplomacy), the UN criticism of Guatemala's party system, the suit against "
     "the president and the resignations (political/legal)"),
    (YM1271, "العمل الارهابي", "ان العمل الارهابي الذي وقع في مسجد قوات الطوارئ",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-07", "2", "13", "exact",
     "security officers quoted by Al Yaum", "reported",
     "the occasion of the officers' comments (the article's news): the terrorist act in the mosque of the Special "
     "Emergency Forces in the Asir region, which killed 10 members of the forces and 3 workers at the site and wounded 9 "
     "(10 + 3 = 13 exact, as the spent almadina-1417 row; the title's 'التفجير' and the later 'التفجير في مواقع عسكرية' "
     "are the same event; only 'التفجير'/'المفجر', no 'suicide' -> Remote explosive/landmine/IED, as the spent Asir "
     "rows; no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; the "
     "text gives no day, a next-morning reaction report -> DCT, precision 2, as the spent okaz-1404 row). Not coded: the "
     "officers' statements"),
    (AY19, "عملية تحرير محافظة أبين", "عملية تحرير محافظة أبين الواقعة",
     BAT, CLASH, YR, HOU, "Abyan", "YE", "2015-08-08", "2", "", "",
     "local official (via DPA, Ain Alyoum)", "reported",
     "the title's news: the popular resistance, backed by the coalition and the army loyal to the legitimacy, began the "
     "operation to liberate Abyan governorate from the Houthis and Saleh's forces; a large force of thousands of fighters "
     "with vehicles reached several areas of the governorate, where violent confrontations are under way on many fronts "
     "(no place taken -> Armed clash, as the spent alweeam-1116 'advancing in Abyan' row; the force's arrival folded; "
     "Saleh's forces in the note; ongoing, no day -> DCT 8 August, precision 2; governorate level -> 'Abyan')"),
    (AY19, "اشتباكات مسلحة", "السبت في اشتباكات مسلحة مع المقاومة الشعبية",
     BAT, CLASH, HOU, YR, "Al Janadibah, Arhab", "YE", "2015-08-08", "1", "", "",
     "Yemeni sources (via Ain Alyoum)", "reported",
     "on Saturday (the DCT, 8 August) Houthis were killed and wounded in armed clashes with the popular resistance in "
     "Arhab district north of Sanaa; the clashes broke out in the village of al-Janadiba after the Houthis attacked it to "
     "carry out a campaign of abducting citizens accused of belonging to ISIS and al-Qaeda, and are still going on with "
     "heavy and light weapons ('قتلى وجرحى', no number -> fatalities empty; the attackers -> actor1 Houthis; the "
     "abduction campaign is the attack's purpose, no abduction stated -> folded; 'Place, District' as the spent "
     "'Lakmat Arsh, Sanah')"),
    (AY19, "سيطرة المقاومة الشعبية", "السبت إلى سيطرة المقاومة الشعبية على أحد المعسكرات",
     BAT, GRT, YR, HOU, "Ad Dali", "YE", "2015-08-08", "2", "", "",
     "Yemeni press sources (via Ain Alyoum)", "reported",
     "Yemeni press sources reported on Saturday (the DCT, 8 August) that the popular resistance took control of one of "
     "the strategic camps held by the Houthis and Saleh's forces in al-Dhale governorate (camp not named -> the "
     "governorate, 'Ad Dali' as the spent rows; capture on or before the report -> precision 2)"),
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
