"""Bookkeeping helper for the events18 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events16/addrows.py (itself from events15, events13, events8, events7, events2).
Run: python3 /work/fresh/events18/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 18 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt), drawn with `python3 sample.py /work/fresh/events18 2730 2731`: (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT in sample.py): random.Random(2730).shuffle of the pool indices, walked in order; (b) 10 with no text filter: random.Random(2731).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 4, aleqtisadiya 1, alriyadh 1, alwatan 1, alweeam 1, okaz 1, sabq 1; b: 3alyoum 1, aleqtisadiya 1, aljazirah 1, almadina 2, alriyadh 1, alwatan 1, alyaum 2, okaz 1).
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
ADJ = ("Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 16 rows): no row added, "
       "1 removed (sabq-1518 Houthis fleeing Aden airport; 16 rows); 1 reported_as, 1 location, 1 event_date, 1 fatalities "
       "(+qualifier) and 1 actor2 value changed to B's; 1 actor2 difference kept; every difference and its reason in "
       "second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
RES = "Yemeni Resistance"
HOU = "Houthis"
CIVYE = "Civilians (Yemen)"
OKAZ1984 = "SN-okaz-20150724-1984"
AAW175 = "SN-aawsat-20150802-175"
WEEAM = "SN-alweeam-20150810-1144"
RIY551 = "SN-alriyadh-20150809-551"
AAW270 = "SN-aawsat-20150731-270"
SABQ = "SN-sabq-20150725-1518"
OKAZ2948 = "SN-okaz-20150806-2948"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OKAZ1984, "تبادل خطير لإطلاق النار", "في تبادل خطير لإطلاق النار أمس",
     BAT, CLASH, "Islamic State", "Military Forces of Turkey", "Kilis", "TR", "2015-07-23", "1", "2", "exact",
     "Turkish General Staff (statement)", "reported",
     "'yesterday' (DCT Friday 24 July -> 23 July): five ISIS members in Syria opened fire on an advanced Turkish army "
     "post near Kilis (southern Turkey) across the border; one Turkish NCO and one ISIS member killed, two soldiers "
     "wounded, three ISIS vehicles damaged (the first sentence's 'exchange of fire' and the General Staff's account are "
     "the same event -> one row; 1 soldier + 1 ISIS = 2; ISIS opened fire -> actor1; stated by the outlet, citing the "
     "army -> reported; the clash is 'near Kilis' on the Turkish side -> Kilis, TR). Not coded: Turkey allowing the US "
     "to use Incirlik and other bases for air strikes on ISIS (an access decision between allies, announced by a US "
     "official; no deployment or strike described, not between conflict parties; borderline), the coalition's strikes "
     "(generic), ISIS control of large areas (generic)"),
    (OKAZ1984, "هجوم انتحاري", "بعد ثلاثة أيام على هجوم انتحاري",
     ERV, "Suicide bomb", "Islamic State", "", "", "TR", "2015-07-20", "1", "", "",
     "Okaz", "reported",
     "background: the clash came 'three days after a suicide attack carried out by ISIS' (23 July - 3 -> 20 July, "
     "precision 1); the text names neither the place nor the victims nor a toll -> location and actor2 empty, "
     "fatalities empty; country from the article's frame (Turkey's war on ISIS) -> TR"),
    (AAW175, "فتحت النار دون تمييز", "قوات الأمن الهندية فتحت النار دون تمييز",
     BAT, CLASH, "Military Forces of India", "Military Forces of Pakistan", "Bajwat, Punjab", "PK", "2015-08-01", "2",
     "", "", "Pakistani paramilitary sources", "claimed",
     "brief 1: Pakistani paramilitary sources said on Saturday (1 August) that Indian security forces opened "
     "indiscriminate fire on the Bajwat sector of Punjab province (eastern Pakistan), in violation of the ceasefire, and "
     "the paramilitary forces responded forcefully, forcing the Indian forces to stop (exchange of fire -> Armed clash; "
     "Indian border forces -> Military Forces of India, Pakistani paramilitary -> Military Forces of Pakistan; day of the "
     "firing not stated, on or before the Saturday statement -> 1 August, precision 2; only one party's account, title "
     "'Pakistan accuses India' -> claimed). Not coded: the frequent exchanges of fire along the border and the Line of "
     "Control (generic)"),
    (AAW175, "ألقوا القبض على ثلاثة", "مسؤولين في الكاميرون ألقوا القبض على ثلاثة مشتبه بهم",
     SD, "Arrests", "Police Forces of Cameroon", "Boko Haram", "Maroua", "CM", "2015-08-01", "2", "", "",
     "security sources; a senior local government official", "claimed",
     "brief 3 (title 'Cameroon arrests 3 suspected Boko Haram members'): officials in Cameroon arrested three suspects "
     "carrying a bag of home-made explosive devices in Maroua, northern Cameroon, who were planning a new attack "
     "(seizure of the IEDs folded; security sources spoke 'yesterday', Saturday 1 August, arrest day not stated -> "
     "1 August, precision 2; the arresting force is not named beyond 'officials'/'security sources' -> Police Forces of "
     "Cameroon; suspected Boko Haram militants, not civilians -> actor2 Boko Haram; the only account is the security "
     "sources', i.e. the arresting side -> claimed, as the events16 adjudicated SK-1473 arrests, although the title "
     "states it as fact; adjudicated: first reported, on the strength of the title)"),
    (AAW175, "تفجيرات نفذها انتحاريون", "قتل 40 شخصا على الأقل في تفجيرات نفذها انتحاريون",
     ERV, "Suicide bomb", "Boko Haram", "Civilians (Cameroon)", "Maroua", "CM", "2015-07-26", "2", "40", "at_least",
     "Asharq Al-Awsat (security sources)", "reported",
     "background: in Maroua at least 40 people were killed 'last week' in bombings by suicide bombers suspected to "
     "belong to Boko Haram (last week -> DCT-7 = 26 July, precision 2; several bombings given with one toll and no "
     "separate days -> one row; suspected -> in the note, actor Boko Haram)"),
    (WEEAM, "بانفجار لغم ارضي", "بانفجار لغم ارضي زرعه الحوثيين",
     ERV, IED, HOU, CIVYE, "Al Arqoub, Abyan", "YE", "2015-08-10", "2", "4", "exact",
     "Yemeni sources", "reported",
     "the deputy speaker of parliament Mohammed Ali al-Shaddadi was wounded in the head by the explosion of a landmine "
     "planted by the Houthis in the al-Arqoub area of Abyan governorate; four of his escorts killed; he is to be moved to "
     "Riyadh (no day -> DCT, precision 2; a politician and his escort party -> Civilians (Yemen), the escorts' status "
     "is not stated; alternative actor2 Government of Yemen, B's value, not adopted in adjudication: ACLED codes an "
     "unarmed official as a civilian, the office in the note; Yemeni sources, not a party -> reported)"),
    (WEEAM, "سيطرت على أربع مناطق", "إن المقاومة سيطرت على أربع مناطق في محافظة إب",
     BAT, GRT, RES, HOU, "Ibb", "YE", "2015-08-10", "1", "", "",
     "residents and local officials", "reported",
     "Monday (DCT Monday 10 August): the resistance (armed tribesmen and Sunni Islamist fighters loyal to Hadi's "
     "government) took control of four areas of Ibb governorate amid violent clashes with the Houthis, backed by "
     "coalition air strikes and weapons (pro-government forces retaking areas -> Government regains territory, as the "
     "spent Yemeni Resistance rows; coalition strikes folded: no place or day of their own; the four areas are not "
     "named -> governorate Ibb). Not coded: the civil war's start in late March when the Houthis advanced towards Aden "
     "(generic background)"),
    (WEEAM, "معارك ضد قوات الحوثي", "خاض المقاتلون الجنوبيون اليوم الاثنين معارك ضد قوات الحوثي في مدينة لودر",
     BAT, CLASH, RES, HOU, "Lawdar, Abyan", "YE", "2015-08-10", "1", "", "",
     "Al Weeam", "reported",
     "Monday (10 August): the southern fighters fought the Houthi forces in the southern town of Lawdar, one of the "
     "Houthis' last strongholds in Abyan (southern resistance fighters -> Yemeni Resistance; no capture stated -> "
     "Armed clash; adjudicated: location 'Lawdar, Abyan', town + governorate as the spent 'Haradh, Hajjah' and this "
     "row's own 'Al Arqoub, Abyan', first 'Lawdar')"),
    (WEEAM, "تسيطر على ابين", "تسيطر على ابين.. اصابة نائب رئيس مجلس النواب اليمني ونقله للعلاج بالرياض\nافادت",
     BAT, GRT, RES, HOU, "Abyan", "YE", "2015-08-10", "2", "", "",
     "Al Weeam", "reported",
     "title: 'the resistance takes control of Abyan' (governorate-level capture; the body only gives the Lawdar battles, "
     "own row, and calls Lawdar one of the last Houthi strongholds in Abyan; no day -> DCT, precision 2). Borderline: "
     "the title could be read as a summary of the Ibb/Lawdar paragraphs (then folded), but it names a different place "
     "and a capture, so it is its own row"),
    (RIY551, "حادث التفجير الإرهابي", "في حادث التفجير الإرهابي الذي استهدف مسجداً لقوات الطوارئ الخاصة",
     ERV, IED, "Unidentified armed group", "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1", "15",
     "exact", "Crown Prince Mohammed bin Nayef (Interior Minister); Al Riyadh", "reported",
     "background: the 'terrorist bombing' that targeted a mosque of the Special Emergency Forces in the Asir region "
     "'last Thursday' (DCT Sunday 9 August -> 6 August) killed 15 and wounded 33 security men (perpetrator not named -> "
     "Unidentified armed group; the Special Emergency Forces are Interior Ministry forces -> Police Forces of Saudi "
     "Arabia; the text does not say suicide bombing -> the generic explosive sub-type, alternative Suicide bomb). Not "
     "coded: the meeting with security chiefs, the call to raise alertness, Hajj security plans"),
    (AAW270, "قصف نفذه الحوثيون", "قتلوا وأصيب 173 في قصف نفذه الحوثيون",
     ERV, SHELL, HOU, CIVYE, "Dar Saad, Aden", "YE", "2015-07-19", "1", "43", "exact",
     "Yemeni Ministry of Health; Human Rights Watch", "reported",
     "background: on 19 July mortar fire by the Houthis and Saleh loyalists on Dar Saad, Aden, killed 43 and wounded 173 "
     "(ministry of health; HRW: 'at least dozens of civilians, including children', 'the deadliest attack'; the HRW "
     "sentence is the same event -> one row, the ministry's number; Saleh-loyal army units named second -> in the "
     "note). Not coded: HRW's condemnation and its call to stop the attacks (a statement by an NGO)"),
    (AAW270, "أمطرت القوات الموالية للحوثيين", "أمطرت القوات الموالية للحوثيين مناطق مأهولة من عدن",
     ERV, SHELL, HOU, CIVYE, "Aden", "YE", "2015-07-31", "3", "", "",
     "Human Rights Watch (Ole Solvang)", "reported",
     "aggregate: the Houthi-aligned forces 'rained' mortar rounds and rockets on populated areas of Aden with no regard "
     "for the civilians (HRW visited four areas of Aden where civilians were targeted; heavy civilian losses, no number "
     "-> fatalities empty; undated -> DCT, precision 3; the 19 July Dar Saad attack is its own row)"),
    (AAW270, "فقد الحوثيون السيطرة على المدينة", "وبعد ذلك بقليل فقد الحوثيون السيطرة على المدينة",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-20", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "background: 'shortly after' the 19 July shelling the Houthis lost control of the city (Aden) to the resistance "
     "loyal to President Hadi ('after' 19 July -> 20 July, precision 2; adjudicated: first dated 19 July, the day of "
     "the shelling, although the text places the loss after it)"),
    (SABQ, "وصلت الطائرة الأولى", "حين وصلت الطائرة الأولى من نوع",
     SD, "Other", "Military Forces of Saudi Arabia", "", "Aden Airport, Aden", "YE", "2015-07-18", "2", "", "",
     "Sabq (Abdullah al-Bariqi, Aden)", "reported",
     "'last week' (DCT Saturday 25 July -> 18 July, precision 2): the first C-130 flown by Saudi pilots landed at Aden "
     "airport, the first plane of the air bridge ordered by King Salman to bring relief and secure Aden airport, carrying "
     "relief, support and coalition military force, with the Saudi elite force (troop and materiel deployment -> "
     "Strategic developments/Other, as the spent AL-720 coalition reinforcements; Saudi pilots and Saudi forces -> "
     "Military Forces of Saudi Arabia, coalition in the note). Not coded: the description of the C-130 and of the elite "
     "force's training and missions (generic); the Houthi and Saleh militias 'fled from Aden airport and its "
     "surroundings', frightened by the footsteps of the Saudi elite force (adjudicated: dropped, as B; first a "
     "background Government regains territory row, but the sentence is a rhetorical flourish, undated, crediting the "
     "flight to intimidation rather than reporting a battle or a capture)"),
    # ---- set b (no text filter) ----
    (OKAZ2948, "حادثة حرق طفل", "حادثة حرق طفل من (الغونيم)",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "", "PS", "2015-08-06", "3", "", "",
     "Okaz (opinion column)", "reported",
     "background (opinion column): the burning by settlers of the Palestinian child Ali Dawabsheh, one and a half years "
     "old, with his four-year-old brother and his parents in their one-room house (no village named -> location "
     "empty; undated -> DCT, precision 3; the column calls the child a victim and speaks of 'the burner of the Dawabsheh "
     "family' but never states that anyone died -> fatalities empty; adjudicated: first 1 exact, a death inferred, "
     "against the rule 'integer only when a number is stated')"),
    (OKAZ2948, "مصرع الصبية الإسرائيلية", "فهل يمكنه تجاوز مصرع الصبية الإسرائيلية",
     VAC, "Attack", "Settlers (Israel)", "Protesters (Israel)", "", "IL", "2015-08-06", "3", "1", "exact",
     "Okaz (opinion column)", "reported",
     "background (opinion column): the death of the 16-year-old Israeli Shira Banki, stabbed by an Israeli settler "
     "(Yishai Schlissel, named at the end) while taking part in a demonstration, his second such crime in ten years "
     "(a non-state attacker on marchers -> Violence against civilians/Attack, the victims identified as demonstrators -> "
     "actor2 Protesters (Israel), as ACLED codes non-state attacks on demonstrations; adjudicated: first Civilians "
     "(Israel); no place named -> location empty; undated -> DCT, precision 3). Not coded: Rabin's assassination in 1995 (too old), the call on the UN to end the occupation "
     "(commentary)"),
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
