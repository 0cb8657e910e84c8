"""Bookkeeping helper for the events76 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events72/addrows.py (itself from events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur44/events76/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 76 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events76/sample.py ("This set: events76, seeds 2952 / 2953, drawn at the start of stop 44 (7d40864), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2952).shuffle, walked in order; (b) 10 with no text filter, random.Random(2953).shuffle, >=3 sources (got, by source, a: aljazirah 2, aawsat 1, aleqtisadiya 1, alweeam 1, 3alyoum 1, arriyadiyah 1, okaz 1, alwatan 1, alyaum 1; b: alyaum 3, aljazirah 2, alwatan 1, alweeam 1, almadina 1, alriyadh 1, okaz 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 12 rows): detection F1 1.000 before (12 matched of 12 A / 12 B rows, P 1.000, R 1.000; both gave rows to the same 7 articles and left the same 13 empty; on the 12 matched rows event_type, sub_event_type, actor1, actor2, location_country, event_date, time_precision, fatalities, fatalities_qualifier and reported_as agreed 12/12, location 11/12; compare.py's pairs are the true event pairs; both leaned on the same spent rows); 12 -> 12 rows: no row added or dropped, no value changed; kept against B: aljazirah-374 location 'Jebel Semmama, Kasserine' (B 'Jebel Samama', a spelling variant of the same mountain; 'Semmama' is the usual romanisation); every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
AWS61 = "SN-aawsat-20150722-61"
WEM1463 = "SN-alweeam-20150731-1463"
AYM102 = "SN-3alyoum-20150725-102"
OKZ1253 = "SN-okaz-20150727-1253"
WTN803 = "SN-alwatan-20150802-803"
JZR374 = "SN-aljazirah-20150811-374"
YUM2252 = "SN-alyaum-20150721-2252"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Tunisia round-up (aawsat-61, DCT Wednesday 22 July)
    (AWS61, "احتجاجات", "الجدار العازل بين تونس وليبيا احتجاجات ورفض سكان مدينة بن قردان",
     PRO, "Peaceful protest", "Protesters (Tunisia)", "", "Ben Guerdane", "TN", "2015-07-22", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the works on the border wall between Tunisia and Libya met protests by the residents of Ben Guerdane (south-east, on "
     "the Libyan border): the road between Ben Guerdane and Ras Jedir was closed, trucks were forced to stop and unload "
     "their cargo on the public road, statements demanded an immediate halt to the works and young protesters raised "
     "slogans against the government's decision (all folded: one protest movement in one town; road blocking with no "
     "violence against people -> Peaceful protest, borderline: alternative Riots/Violent demonstration for the trucks "
     "forced to dump their loads; no day, ongoing -> DCT, precision 2). Not coded: the unions' rejection (statements), "
     "the defence spokesman's denial of a US listening base (not conflict), the wall's construction since 10 April "
     "(defensive works), the threats of ISIS Libya and Fajr Libya to demolish the wall on social media (threats), "
     "Sarkozy's visit and the British travel warning (diplomatic)"),
    (AWS61, "رفعهم شعار", "بسبب رفعهم شعار «ارحل» في وجه ساركوزي",
     PRO, "Protest with intervention", "Protesters (Tunisia)", "Police Forces of Tunisia", "La Marsa", "TN", "2015-07-22", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "civil-society activists raised the slogan 'Dégage' (ارحل) against former French president Sarkozy in front of the "
     "hotel where he met the Nidaa Tounes party; the Tunisian security forces held them for hours at the La Marsa "
     "security post (northern suburb of the capital) and then released them (detention of protesters -> Protest with "
     "intervention; the hotel is not named, the detention post is -> 'La Marsa'; the visit is not dated -> DCT, "
     "precision 2)"),
    (AWS61, "الهجوم على متحف باردو", "وخاصة الهجوم على متحف باردو وفي المنتجع",
     VAC, "Attack", UAG, "Civilians (Tunisia)", "Bardo Museum, Tunis", "TN", "2015-07-22", "3", "", "",
     "Tunisian newspapers (via Asharq Al-Awsat)", "reported",
     "background: Tunisian papers say most terrorist acts in Tunisia, 'especially the attack on the Bardo museum and in "
     "the tourist resort in Sousse', were carried out by elements trained in Libya (within 12 months but undated and "
     "without a toll in the text -> DCT, precision 3, as the spent aawsat-20150808-107 Bardo row; no group named -> "
     "Unidentified armed group; 'Bardo Museum, Tunis' as the spent rows)"),
    (AWS61, "المنتجع السياحي في سوسة", "وفي المنتجع السياحي في سوسة، تقف",
     VAC, "Attack", UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-07-22", "3", "", "",
     "Tunisian newspapers (via Asharq Al-Awsat)", "reported",
     "background: the attack on the tourist resort in Sousse, second of the pair (own row, a different place and event; "
     "undated in the text -> DCT, precision 3, as the spent aawsat-20150808-107 Sousse row; see the Bardo row)"),
    # HRW on Aden (alweeam-1463, DCT Friday 31 July; HRW spoke 'today Thursday')
    (WEM1463, "قصف نفذه الحوثيون", "وأصيب 173 في قصف نفذه الحوثيون والموالون لصالح في دار سعد",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-19", "1", "43", "exact",
     "Yemeni Ministry of Health; Human Rights Watch (via Al Weeam, Reuters)", "reported",
     "background: on 19 July shelling by the Houthis and Saleh loyalists on Dar Saad killed 43 and wounded 173 (ministry of "
     "health; HRW: in the fiercest attack of its kind mortar rounds killed dozens of civilians including children in Dar "
     "Saad on 19 July; residents: the Houthis and their allies carried it out; all the same event -> one row, the "
     "ministry's number; as the spent aawsat-20150731-270 row of the same Reuters story; Saleh's forces in the note). Not "
     "coded: HRW's report and its war-crimes warning (an NGO's statement)"),
    (WEM1463, "أمطرت القوات الموالية للحوثيين", "“أمطرت القوات الموالية للحوثيين مناطق مأهولة",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Aden", "YE", "2015-07-31", "3", "", "",
     "Human Rights Watch (Ole Solvang) (via Al Weeam)", "reported",
     "aggregate: HRW: the pro-Houthi forces fired mortar rounds and rockets indiscriminately on residential areas of Aden "
     "(the lead's 'أطلقت قذائف مورتر وصواريخ عشوائيا' and the 'rained' quote are the same series -> one row; heavy "
     "losses, no number -> fatalities empty; undated -> DCT, precision 3; the 19 July Dar Saad attack is its own row; "
     "as the spent aawsat-20150731-270 and aljazirah-20150731-737 aggregates)"),
    (WEM1463, "فقد الحوثيون السيطرة على المدينة", "وبعد ذلك بقليل فقد الحوثيون السيطرة على المدينة",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-20", "2", "", "",
     "Al Weeam (Reuters)", "reported",
     "background: 'shortly after' the 19 July shelling the Houthis lost control of the city (Aden) to local fighters backed "
     "by the Saudi-led coalition and Hadi's government ('after' 19 July -> 20 July, precision 2, as the spent "
     "aawsat-20150731-270 row; local fighters -> Yemeni Resistance). Not coded: the Houthis' advance from the north and "
     "capture of Sanaa 'last year' (year only -> 2014 -> more than 12 months before the DCT, as the spent aawsat-270 "
     "article), the coalition's effort to deny the Houthis their gains (generic)"),
    # Suruc (3alyoum-102, DCT Saturday 25 July)
    (AYM102, "تفجير انتحاري", "أمام تفجير انتحاري أودى بحياة 32 شخصا",
     ERV, SUI, "Islamic State", "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "32", "at_least",
     "White House statement; Ain Alyoum", "reported",
     "background (the news is the Obama-Erdogan call): the suicide bombing that killed at least 32 people in a Turkish "
     "town near the Syrian border 'this week', which Obama condemned, took place 'on Monday' in the town of Suruc (DCT "
     "Saturday 25 July -> 20 July, precision 1; 'التفجير الذي وقع يوم الاثنين في بلدة سروج' is the same event -> one "
     "row; the text ties it to the government's alleged tacit support for ISIS militants -> Islamic State, as the spent "
     "Suruc rows; alternative Unidentified armed group). Not coded: the phone call and the agreement to stop the flow "
     "of foreign fighters (diplomatic), ISIS's territorial gains in Syria and Iraq and the foreign fighters' transit over "
     "the past years (generic)"),
    # North Sinai (okaz-1253, DCT Monday 27 July)
    (OKZ1253, "انفجار عبوة ناسفة", "امس في انفجار عبوة ناسفة استهدفت حافلة",
     ERV, IED, UAG, "Police Forces of Egypt", "Al Arish", "EG", "2015-07-26", "1", "", "",
     "security and medical sources (via Okaz)", "reported",
     "at least 18 Egyptian policemen were wounded 'yesterday' (DCT Monday 27 July -> 26 July, precision 1) by an IED "
     "targeting the bus they were riding near the city of al-Arish in North Sinai (no killed; no group named -> "
     "Unidentified armed group; 'near al-Arish' -> 'Al Arish'). Not coded: the title's news, the government's "
     "three-month extension of the state of emergency and curfew in parts of North Sinai (administrative), the "
     "'continuing confrontations' between the security forces and the extremists (generic)"),
    # Hezbollah in Zabadani (alwatan-803, DCT Sunday 2 August)
    (WTN803, "مصرع ستة من مقاتلي الحزب", "مصرع ستة من مقاتلي الحزب خلال المواجهات الدائرة",
     BAT, CLASH, "Hezbollah", "Syrian rebels", "Zabadani", "SY", "2015-08-02", "2", "6", "exact",
     "sources inside Hezbollah (via Al Watan)", "reported",
     "sources inside Hezbollah confirmed that six of the party's fighters were killed and four wounded in the ongoing "
     "confrontations in the Syrian town of Zabadani; the party itself acknowledged only two (Abbas Hussein Nour al-Din "
     "and Mohammed Mustafa Qanso) (one row for the ongoing fighting with the sources' toll; no day -> DCT, precision 2; "
     "the opponent is not named -> Syrian rebels, as the spent Zabadani rows). Not coded: the title's news, Iran's "
     "instructions to Hezbollah to obstruct the Salam government (politics)"),
    # Jebel Semmama (aljazirah-374, DCT Tuesday 11 August)
    (JZR374, "فنصب كمين لها", "في جبل سمامة فنصب كمين لها سقط",
     BAT, CLASH, "Police Forces of Tunisia", UAG, "Jebel Semmama, Kasserine", "TN", "2015-08-10", "2", "1", "exact",
     "Tunisian Ministry of Interior spokesman Walid Louguini (via Al Jazirah)", "reported",
     "the title's news: the counter-terrorism forces, acting on intelligence, spotted the movements of an armed group in "
     "Jebel Semmama (Kasserine governorate, on the Algerian border) and ambushed it: a dangerous militant fell ('سقط', "
     "read as killed -> 1 exact; alternative empty) and several gunmen were wounded; 'the last successful blows within "
     "the past two days' (DCT 11 August -> 10 August, precision 2). Folded: the army's support in the combing operations "
     "that are still going on, the seizure of a Kalashnikov, magazines, grenades, binoculars and TNT, and the arrest of a "
     "supporter of the group in the same operation. No group named -> Unidentified armed group. Not coded: the generic "
     "war on terror in the mountains; Algeria appears only in the title"),
    # Blatter (alyaum-2252, DCT Tuesday 21 July)
    (YUM2252, "أمطر محتج", "أمطر محتج على السويسري سيب بلاتر",
     PRO, "Protest with intervention", "Protesters (Switzerland)", "Private Security Forces (Switzerland)", "Zurich", "CH",
     "2015-07-20", "1", "", "",
     "Al Yaum (AFP)", "reported",
     "borderline: a protester with a British accent (a British comedian) showered FIFA president Blatter with fake banknotes "
     "before his press conference 'yesterday Monday' (DCT Tuesday 21 July -> 20 July, precision 1) after the FIFA executive "
     "committee meeting in Zurich; security removed him and the conference was delayed ten minutes (a one-person protest "
     "act, as the spent BB-336 self-immolation protest row; removal by the venue's security -> Protest with "
     "intervention, alternative Peaceful protest; alternative: no row, a comedian's stunt). Not coded: Blatter's "
     "announcement that he will not run, the FIFA election date (sport governance)"),
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
