"""Bookkeeping for the hand annotation of events3 (no extraction).
The rows below were typed by hand after reading texts/<id>.txt. For each row this script turns a context snippet
(copied by hand from the text, containing the trigger) into the trigger's 1-based occurrence number (counting every
substring hit of the trigger in title + "\n" + text, including inside longer words), fills dct from ids.txt (TIME
converted to a UTC date) and writes events_gold.tsv. Run: python3 tests/data/heldout/events3/addrows.py"""
import email.utils, datetime, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]
HEADER = """\
# Hand-annotated ACLED-style EVENT gold set 3 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. (a) 10 articles from /work/main/corpus (not seed/: the founding article is excluded) whose text contains "درنة" and whose id is not in /work/notes/used_ids.txt: random.Random(2626).sample over the candidates sorted by id; (b) 10 from /work/shared/datasets/ant_multisource/articles.jsonl.gz: random.Random(2627).shuffle of line indices, cat in {internationalNews, middleEast}, 120-800 words, no "درنة", id not in /work/notes/used_ids.txt, >=3 src (got alarabia, BBC, skynews).
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. addrows.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, elections and campaign rallies, cabinet changes, ordinary criminal arrests, legal actions, commentary, prison conditions. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in README). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country>)" for civilian victims and for arrested civilians; in Derna the article's label ("Al Qaeda" when the article names al-Qaeda as the enemy), generic "terrorist groups" -> "Unidentified Islamist militants". Protest rows: actor1 protesters, actor2 the force. Statement location empty when the text does not say where it was made. location: most specific English name; sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
# Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv): 1 row folded into its battle row, 1 sub-type (and its trigger) changed, 2 locations and 1 country changed; every change and its reason in second/ADJUDICATION.md.
"""

LNA = "Libyan National Army"
# (article_id, trigger, context snippet containing the trigger, event_type, sub_event_type, actor1, actor2, location,
#  country, event_date ("DCT" = the dct), precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # --- set a (Derna corpus) ---
    ("SK-middleEast-2112-20180602", "اشتباكات", "بعد اشتباكات مع عناصر التنظيمات الإرهابية", "Battles",
     "Armed clash", LNA, "Unidentified Islamist militants", "Derna", "LY", "DCT", "2", "", "",
     "Military sources (Libya)", "reported",
     "entered one of the western districts after clashes (entry, no control stated -> Armed clash; adjudicated); the four air strikes on the centre late Saturday and the "
     "earlier artillery shelling of the Korean buildings project at the western entrance are folded into this row; "
     "the residents' show of support in army footage is not coded"),
    ("SK-middleEast-949-20180411", "لمعاركة", "الترتيبات الأخيرة لمعاركة تحرير درنة", "Battles", "Armed clash",
     LNA, "Unidentified Islamist militants", "Derna", "LY", "DCT", "3", "", "",
     "Libyan National Army statement (LANA)", "planned",
     "emergency meeting of LNA commanders (Wednesday) on the final arrangements for the battle to liberate Derna; "
     "the meeting itself is not coded; text has the typo لمعاركة"),
    ("SK-middleEast-949-20180411", "تعزيزات", "وكانت تعزيزات عسكرية كبيرة وصلت إلى مشارف درنة",
     "Strategic developments", "Other", LNA, "", "Derna", "LY", "DCT", "3", "", "", "Sky News Arabia", "reported",
     "large military reinforcements arrived on the outskirts of Derna (undated, earlier)"),
    ("SK-middleEast-2498-20180620", "تتقدم", "أن تتقدم إلى مزيد من المناطق في درنة", "Battles",
     "Government regains territory", LNA, "Al Qaeda", "Derna", "LY", "DCT", "2", "", "",
     "Military sources (Libya)", "reported",
     "advance into more areas and siege of the militants in al-Maghar; the intermittent clashes, the shrinking "
     "pocket (about 50 fighters, 1500 m2) and 'most districts regained since the start' are folded here; the "
     "commander's 'liberation within 48 hours' is the same battle's expected end, not a separate row"),
    ("SK-middleEast-2461-20180618", "سيطرت", "سيطرت ميليشيات على ميناءي راس لانوف والسدرة", "Battles",
     "Non-state actor overtakes territory", "Jadhran militia", LNA, "Ras Lanuf", "LY", "2018-06-14", "1", "", "",
     "Sky News Arabia", "reported",
     "militias led by Ibrahim al-Jadhran seized the Ras Lanuf and Sidra ports 'last Thursday' (one attack, one row; "
     "Sidra named too); actor2 inferred from the army's counter-attack to expel them"),
    ("SK-middleEast-2461-20180618", "هجوم كبير", "من شن هجوم كبير، لطرد الميليشيات", "Battles", "Armed clash",
     LNA, "Jadhran militia", "Ras Lanuf", "LY", "DCT", "2", "", "", "Libyan National Army spokesman", "reported",
     "LNA counter-attack to expel the militias from the Oil Crescent facilities; the air strikes on supply columns "
     "and on positions from Ras Lanuf to the outskirts of Sirte are folded into this row"),
    ("SK-middleEast-2461-20180618", "أضرمت النيران", "ميليشيات الجضران أضرمت النيران في خزانين للنفط",
     "Strategic developments", "Looting/property destruction", "Jadhran militia", "", "Oil Crescent", "LY", "DCT",
     "2", "", "", "Abdul Basit bin Hamel (analyst)", "claimed",
     "set fire to two oil tanks (only in the analyst's words); the text does not say at which port"),
    ("SK-middleEast-2461-20180618", "معركة تحرير", "يواصل الجيش الوطني الليبي معركة تحرير مدينة درنة", "Battles",
     "Armed clash", LNA, "Al Qaeda", "Derna", "LY", "DCT", "2", "", "", "Sky News Arabia", "reported",
     "background: the ongoing Derna battle against al-Qaeda, mentioned as context"),
    ("SK-middleEast-1777-20180517", "تقدم", "تقدم واسع للجيش الليبي في درنة", "Battles",
     "Government regains territory", LNA, "Unidentified Islamist militants", "Derna", "LY", "DCT", "2", "", "",
     "Libyan National Army; military sources", "reported",
     "advance on several axes (east and west), several positions taken after clashes; the capture of dozens of "
     "foreign fighters during these operations and the air strikes ('a large number' killed, vague) are folded here"),
    ("SK-middleEast-2645-20180628", "أعلن", "أعلن قائد الجيش الوطني الليبي المشير خليفة حفتر، مساء الخميس",
     "Statement", "", LNA, "", "", "LY", "2018-06-28", "1", "", "", "Khalifa Haftar", "reported",
     "Haftar's televised announcement that Derna is fully liberated (the article's news)"),
    ("SK-middleEast-2645-20180628", "حرر", "حرر الجيش الوطني الليبي منطقة البلاد وسط درنة", "Battles",
     "Government regains territory", LNA, "Al Qaeda", "Al-Bilad, Derna", "LY", "2018-06-28", "1", "", "",
     "Sky News Arabia sources", "reported",
     "earlier on Thursday the LNA took al-Bilad, the last district; enemy = groups linked to al-Qaeda"),
    ("SK-middleEast-2645-20180628", "الاجتياح المقدس", "\"عملية الاجتياح المقدس\" التي انطلقت قبل أيام", "Battles",
     "Government regains territory", LNA, "Unidentified armed group", "Ras Lanuf", "LY", "DCT", "2", "", "",
     "Khalifa Haftar", "claimed",
     "operation 'Holy Sweep' launched days ago; Ras Lanuf and Sidra ports 'under our control' only in Haftar's words"),
    ("BB-middleEast-1079-20181009", "ألقت القبض", "إن غرفة عمليات الكرامة ألقت القبض على عشماوي",
     "Strategic developments", "Arrests", LNA, "Al Mourabitoun", "Al-Maghar, Derna", "LY", "2018-10-08", "2", "",
     "", "Libyan National Army spokesman and statement", "reported",
     "capture of Hisham Ashmawi (founder of al-Mourabitoun) wearing an explosive belt; announced on 8 October, arrest "
     "day not stated; the wife and sons of Mohamed Rifai Surur taken with him are folded here"),
    ("SK-middleEast-2318-20180611", "يعلن", "الجيش الليبي يعلن دخول معركة درنة مراحلها الأخيرة", "Statement", "",
     LNA, "", "", "LY", "DCT", "2", "", "", "Ahmed al-Mismari", "reported",
     "LNA spokesman declares the Derna battle in its final stages (the article's news); day not stated"),
    ("SK-middleEast-2318-20180611", "تقدم", "إنه تقدم في حي شيحا", "Battles", "Government regains territory", LNA,
     "Al Qaeda", "Shiha, Derna", "LY", "2018-06-09", "2", "", "", "Libyan National Army", "claimed",
     "the army said on Saturday and Sunday that it advanced in Shiha and reached al-Maghar; Mismari's ongoing 'very "
     "heavy fighting' in the last <10 km2 and 'many terrorists arrested and many eliminated' (vague) are folded here "
     "(adjudicated); enemy = coalition of militant groups linked to al-Qaeda plus foreign fighters"),
    # --- set b (ANT multisource) ---
    ("AL-internationalNews-1234-20180518", "مجزرة", "مجزرة دامية بحق المتظاهرين على حدود قطاع غزة", "Protests",
     "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "Gaza Strip", "PS",
     "2018-05-14", "2", "62", "exact", "Al Arabiya", "reported",
     "Monday and Tuesday (14-15 May) at the Gaza border: 62 killed, 3188 wounded by live and rubber bullets and tear "
     "gas; protest against the US embassy move and for the Nakba anniversary (one row for both days)"),
    ("SK-internationalNews-2600-20180712", "تمردوا", "قد تمردوا على طاقم السفينة الإيطالية", "Riots",
     "Mob violence", "Rioters (International)", "Civilians (Italy)", "Vos Thalassa, Mediterranean Sea", "IT", "DCT", "2", "", "",
     "Italian media", "reported",
     "some of the 67 migrants rescued by the Vos Thalassa rebelled against the crew, refusing return to Libya; crew "
     "locked the control room; aboard the ship at sea, no other place given; country IT, the ship's (the text "
     "calls it Italian; adjudicated); day not stated, before Wednesday"),
    ("SK-internationalNews-1677-20180520", "اعتقلت", "واعتقلت السلطات آيدنلار، في 15 مايو الماضي", "Strategic developments",
     "Arrests", "Government of Turkey", "Civilians (Turkey)", "Ataturk Airport, Istanbul", "TR", "2018-05-15", "1", "", "",
     "Sky News Arabia (Hurriyet)", "reported",
     "folk singer Pinar Aydinlar (former HDP candidate) arrested at Ataturk airport to serve 10 months for "
     "'terrorist propaganda' in 2015 campaign speeches (political arrest); the strip search and the lawyer's "
     "complaint are not coded"),
    ("BB-internationalNews-503-20180513", "اعتقال", "اعتقال معلم بتهمة إهانة الذات الملكية", "Strategic developments",
     "Arrests", "Police Forces of Cambodia", "Civilians (Cambodia)", "Kampong Thom", "KH", "DCT", "2", "", "",
     "Cambodian police (provincial police chief, via Reuters)", "reported",
     "teacher Kheang Navy arrested for a Facebook comment insulting the king, first arrest under the new lese-majeste "
     "law (political arrest); day not stated"),
]


def dcts():
    out = {}
    for line in open(os.path.join(HERE, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _, _, time = line.split("\t")
        dt = email.utils.parsedate_to_datetime(time).astimezone(datetime.timezone.utc)
        out[aid] = dt.date().isoformat()
    return out


def occurrence(text, trigger, context):
    assert text.count(context) == 1, (trigger, context, text.count(context))
    pos = text.index(context) + context.index(trigger)
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(trigger), text)]
    return hits.index(pos) + 1


def main():
    dct = dcts()
    out = [HEADER.rstrip("\n"), "\t".join(COLS)]
    for r in ROWS:
        aid, trig, ctx = r[0], r[1], r[2]
        text = open(os.path.join(HERE, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, ctx)
        date = dct[aid] if r[9] == "DCT" else r[9]
        row = [aid, dct[aid], trig, str(occ), r[3], r[4], r[5], r[6], r[7], r[8], date] + list(r[10:])
        assert len(row) == 17 and not any("\t" in f or "\n" in f for f in row), row
        out.append("\t".join(row))
    open(os.path.join(HERE, "events_gold.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
