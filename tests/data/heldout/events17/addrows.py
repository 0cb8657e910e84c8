"""Bookkeeping helper for the events17 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions are those of ../events15/addrows.py (itself from ../events13/, ../events8/ and ../events2/).
Run: python3 tests/data/heldout/events17/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = """# Hand-annotated ACLED-style EVENT gold set 17 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. Both halves from /work/shared/datasets/ant_multisource/articles.jsonl.gz (cat in {internationalNews, middleEast}, 120-800 words, id not in /work/notes/used_ids.txt and not a bundled-corpus article), as in sample.py's PARTS: (a) 10 whose text matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2712).shuffle of line indices, walked in order; (b) 10 with no text filter: random.Random(2713).shuffle, walked in order, >=3 src (got, by id prefix, a: AL 1, CN 2, FR 4, SK 3; b: BB 2, CN 1, SK 7).
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
COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]
ADJ = ("Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 13 rows): 1 row added "
       "(SK-1534 clash site near the bridge on the road to Lashio), none removed (15 rows); no field value changed; "
       "every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
PR = "Protests"
VAC = "Violence against civilians"
BAT = "Battles"
SYR = "Military Forces of Syria"
ISR = "Military Forces of Israel"
IS = "Islamic State"
PJO = "Protesters (Jordan)"
CN1053 = "CN-middleEast-1053-20180530"
SK605 = "SK-middleEast-605-20180328"
SK1534 = "SK-internationalNews-1534-20180512"
FR602 = "FR-middleEast-602-20180607"
SK1065 = "SK-middleEast-1065-20180415"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (CN1053, "إضراب عام", "الأربعاء في إضراب عام دعت له",
     PR, "Peaceful protest", PJO, "", "", "JO", "2018-05-30", "1", "", "",
     "CNN Arabic; Council of Professional Associations (Ali al-Abbous)", "reported",
     "Wednesday: thousands of Jordanians took part in a general strike called by the professional and labour unions "
     "(more than 17 unions, popular and party groups, civil society) against the draft income-tax law; thousands of "
     "shops closed and thousands of workers of the medical, technical and commercial sectors went out 'in various "
     "locations' denouncing the decision, protesters carried mocking banners (a demonstration is described, unlike "
     "the events15 rail strike -> Peaceful protest; no intervention reported). Places: 'across the kingdom', 'in the "
     "various governorates' -> location empty (the Amman dateline is the reporter's place). Not coded: the failed "
     "meeting with PM Mulki (political), the social-media campaign, the Arab Spring protests (years old)"),
    (CN1053, "وقفة احتجاجية", "عن تنفيذ وقفة احتجاجية نقابية",
     PR, "Peaceful protest", PJO, "", "", "JO", "2018-06-06", "2", "", "",
     "the unions' statement (Council of Professional Associations)", "planned",
     "the unions gave the government one week to withdraw the bill and announced a union protest stand after the "
     "deadline expires (and further 'escalatory steps', a demand for the government's departure, folded) -> "
     "planned; dated DCT + 7 (the week's deadline), precision 2; no place named"),
    (SK605, "خروج أكبر موكب", "وكالة الأنباء السورية خروج أكبر موكب",
     SD, "Non-violent transfer of territory", SYR, "Faylaq al-Rahman", "Eastern Ghouta", "SY", "2018-03-28", "2",
     "", "", "Syrian Arab News Agency (SANA)", "reported",
     "SANA announced the largest convoy so far of fighters and civilians evacuated from Eastern Ghouta towards "
     "northern Syria: 100 buses with about 7,000 people, 1,500 of them fighters, left the area held by Faylaq "
     "al-Rahman (coded as the spent events13 SK-561 evacuation rows: Non-violent transfer, Military Forces of Syria "
     "<- Faylaq al-Rahman); no day stated -> DCT, precision 2. Not coded: Guterres' call to refer Syria to the ICC "
     "and his report on resolution 2401 (diplomatic/legal); Lowcock's '1,700 killed in a month since the UN "
     "ceasefire resolution' (a country-wide UN toll with no perpetrator, event kind or place -> no ACLED row); the "
     "Russia-Jaysh al-Islam negotiations on Douma (ongoing talks, no agreement)"),
    (SK605, "حشود موالية", "تحدث الاخبار عن حشود موالية للنظام",
     SD, "Other", SYR, "", "Douma", "SY", "2018-03-28", "2", "", "",
     "news reports; Syrian media", "reported",
     "pro-government troop build-ups around Douma, the last opposition pocket in Eastern Ghouta: Syrian media say "
     "the government directed all its forces in Eastern Ghouta to launch a huge operation in Douma unless Jaysh "
     "al-Islam agrees to leave; Syria and Russia threatened a military operation (threat and order folded into the "
     "deployment: troop deployment -> Strategic developments/Other, as the spent BB-66 and events15 AL-720 rows; "
     "the operation itself is conditional, not coded as planned); no day -> DCT, precision 2"),
    ("FR-internationalNews-1795-20180613", "هجوما واسعا", "الأربعاء هجوما واسعا على مدينة الحديدة",
     BAT, "Armed clash", "Saudi-led coalition", "Houthis", "Al Hudaydah", "YE", "2018-06-13", "1", "", "",
     "France 24 (AFP)", "reported",
     "Wednesday: Saudi and Emirati forces began a broad attack on the Houthi-held city of Hodeidah to take control of "
     "it (also the lede's 'بدأت هجوما على المدينة'); no capture or casualties in the text -> Armed clash; 'Saudi and "
     "Emirati forces' -> Saudi-led coalition. Not coded: Griffiths' statement and call for restraint, the French "
     "foreign ministry statement, the NGOs' letter and the planned Paris conference (diplomatic), the conflict since "
     "March 2015 and its >10,000 dead (start more than 12 months before the DCT, as the spent BB-249 note)"),
    (SK1534, "اشتباكات بين جيش ميانمار", "في اشتباكات بين جيش ميانمار ومجموعة",
     BAT, "Armed clash", "Military Forces of Myanmar", "Ta'ang National Liberation Army", "Muse, Shan", "MM",
     "2018-05-12", "1", "19", "at_least", "military sources (AFP); TNLA spokesman Mai Aik Kyaw", "reported",
     "Saturday from 5 a.m.: clashes between the Myanmar army and the Ta'ang National Liberation Army in remote Shan "
     "State near the Chinese border, at least 19 killed and more than 20 wounded (title: 'dozens killed and "
     "wounded'); the TNLA says fighting broke out at 5 sites, two army bases in Muse and one near a bridge on the "
     "road to Lashio; this row is the Muse bases and carries the day's toll (not split by site in the text). "
     "Adjudicated: the bridge site is its own row (first folded here). Not coded: activists' remark that clashes "
     "in the north intensified in recent months (trend commentary, no count)"),
    (SK1534, "جسر على الطريق", "وآخر قرب جسر على الطريق",
     BAT, "Armed clash", "Military Forces of Myanmar", "Ta'ang National Liberation Army", "Lashio road, Shan", "MM",
     "2018-05-12", "1", "", "", "TNLA spokesman Mai Aik Kyaw (AFP)", "reported",
     "Saturday from 5 a.m.: another of the 5 clash sites, near a bridge on the road to the town of Lashio (Shan "
     "State): a differently named place -> own row under 'one location per row', as the road kept apart in the "
     "events15 adjudication (AL-720 Zabid-al-Jarrahi road); the 19 dead are carried by the Muse row (the text does "
     "not split them) -> fatalities empty. Added in adjudication, from B (first folded into the Muse row)"),
    (SK1534, "حملة تطهير عرقي", "بتنفيذ حملة تطهير عرقي",
     VAC, "Attack", "Military Forces of Myanmar", "Civilians (Myanmar)", "Rakhine", "MM", "2018-05-12", "3", "", "",
     "Sky News Arabia (AFP)", "claimed",
     "background: the Myanmar army is accused of an ethnic-cleansing campaign against the stateless Rohingya minority "
     "in Rakhine State (an accusation -> claimed; undated in the text -> DCT, precision 3, as the spent CN-407 "
     "undated background row). Borderline: one subordinate sentence"),
    (FR602, "هجمات نفذها مسلحو", "قتلوا في هجمات نفذها مسلحو",
     BAT, "Armed clash", IS, SYR, "As Suwayda", "SY", "2018-06-07", "2", "26", "exact",
     "Syrian Observatory for Human Rights (Rami Abdel Rahman)", "reported",
     "IS attacks on pro-government fighters in a desert area of Suwayda governorate (south): 17 pro-government "
     "fighters killed (9 of them from Iran-backed Shia militias, 2 unidentified) and 9 IS militants killed in the "
     "clashes -> 26 (17 + 9, both stated); the first such attacks in the area for more than a year; announced by "
     "the Observatory on Thursday, day of the attacks not stated -> DCT, precision 2; title. Pro-government fighters "
     "-> actor2 Military Forces of Syria (militias in the note)"),
    (FR602, "يرتفع عدد قتلى", "وبذلك، يرتفع عدد قتلى",
     BAT, "Armed clash", IS, SYR, "", "SY", "2018-06-07", "3", "268", "exact",
     "Syrian Observatory for Human Rights", "reported",
     "aggregate: since 22 May 179 pro-government fighters and 89 jihadists killed in the IS attacks (179 + 89 = 268; "
     "Suwayda and Euphrates rows included); places not stated -> location empty; dated at the DCT, precision 3"),
    (FR602, "قرى في الضفة الغربية", "على قرى في الضفة الغربية لنهر الفرات",
     BAT, "Armed clash", IS, SYR, "", "SY", "2018-06-04", "2", "45", "exact",
     "Syrian Observatory for Human Rights", "reported",
     "early this week ('مطلع الأسبوع الجاري'; DCT Thursday 7 June -> Monday 4 June, precision 2): 45 pro-government "
     "fighters killed in IS attacks on villages on the west bank of the Euphrates in eastern Syria (a differently "
     "dated event at another place -> own row; villages not named, governorate not stated -> location empty). Not "
     "coded: IS's 2014 caliphate and its later territorial losses (older or undated aggregate)"),
    # ---- set b (no text filter) ----
    ("SK-middleEast-3495-20180902", "صاروخا باليستيا", "السعودي، الأحد، صاروخا باليستيا",
     ERV, "Shelling/artillery/missile attack", "Houthis", "Civilians (Saudi Arabia)", "Jazan", "SA", "2018-09-02",
     "1", "", "", "coalition spokesman Col. Turki al-Maliki", "reported",
     "Sunday 19:27: a ballistic missile fired by the Houthis from Yemeni territory towards Jazan, intercepted and "
     "destroyed by Saudi air defences, no casualties; aimed at civilian, populated areas (the spokesman) -> actor2 "
     "Civilians (Saudi Arabia) as the spent intercepted-missile rows (events5 CN-435, events8 BB-249, events14 "
     "CN-407). Not coded: the total of 185 ballistic missiles fired at Saudi Arabia so far (since 2015: start more "
     "than 12 months before the DCT), the coalition's accusations against Iran (commentary)"),
    ("BB-internationalNews-817-20180716", "تسميم جاسوس روسي", "حادثة تسميم جاسوس روسي سابق في بريطانيا",
     VAC, "Attack", "Unidentified armed group", "Civilians (United Kingdom)", "", "GB", "2018-07-16", "3", "", "",
     "BBC Arabic", "reported",
     "background: 'the expulsions that followed the poisoning of a former Russian spy in Britain' (the Salisbury "
     "attack, coded VAC/Attack as events15 CN-581); the text names neither perpetrator (-> Unidentified armed "
     "group; not Government of Russia, since no accusation is stated here) nor place nor date (-> location empty, "
     "DCT, precision 3). Borderline (a clause about the diplomatic expulsions). Not coded: the Helsinki summit, "
     "election interference (no violence), the annexation of Crimea (2014), sanctions, the Cold War"),
    (SK1065, "دمرت نفقا", "ذكرت إسرائيل أنها دمرت نفقا",
     SD, "Disrupted weapons use", ISR, "Hamas", "Gaza Strip", "PS", "2018-04-15", "2", "", "",
     "Israeli army (spokesman Lt. Col. Jonathan Conricus)", "claimed",
     "Israel said it destroyed a tunnel running 'kilometres' from the Gaza Strip across the border, used for hostile "
     "acts, which it says Hamas dug; sealed without explosives (the opening blocked) -> no explosion, the "
     "destruction of an attack tunnel -> Disrupted weapons use; only Israel's statement -> claimed; no day -> DCT, "
     "precision 2; location the Gaza Strip, where the tunnel starts (it crosses into Israel). Not coded: the secret "
     "military lab (set up in 2016, an announcement), the underground wall (construction)"),
    (SK1065, "خامس نفق", "وهذا خامس نفق تكشف عنه",
     SD, "Disrupted weapons use", ISR, "Hamas", "Gaza Strip", "PS", "2018-04-15", "3", "", "",
     "Sky News Arabia", "reported",
     "aggregate: the fifth tunnel Israel has uncovered in five months (dated at the DCT, precision 3)"),
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
