"""Bookkeeping for events_gold.tsv (no extraction). Holds the rows typed by hand (annotator A); for each, a context
snippet copied by hand from the text is located, the trigger's position inside it is turned into the trigger's
occurrence number (counting every substring hit of title+"\n"+text), and dct is filled from ids.txt (TIME -> UTC date).
Run: python3 tests/data/heldout/events4/addrows.py"""
import email.utils, datetime, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ("article_id dct trigger_surface occurrence event_type sub_event_type actor1 actor2 location location_country "
          "event_date time_precision fatalities fatalities_qualifier source reported_as note").split()
COMMENTS = [
    "# Hand-annotated ACLED-style EVENT gold set 4 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).",
    "# Sample: sample.py -> ids.txt. (a) 10 articles from /work/main/corpus (not seed/: the founding article is excluded) whose text contains \"درنة\" (matched as a word) and whose id is not in /work/notes/used_ids.txt: random.Random(2646).sample over the candidates sorted by id; (b) 10 from /work/shared/datasets/ant_multisource/articles.jsonl.gz: random.Random(2647).shuffle of line indices, cat in {internationalNews, middleEast}, 120-800 words, no \"درنة\", id not in /work/notes/used_ids.txt, >=3 src (got, by id prefix, BB 2, CN 2, FR 1, SK 5).",
    "# Hand annotation by reading texts/<id>.txt (= title + \"\\n\" + text); no extractor or project code was opened or run. addrows.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.",
    "# Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv): 1 row removed, 1 actor1, 2 actor2, 1 event_date and 2 time_precision values changed; every change and its reason in second/ADJUDICATION.md.",
    "# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row.",
    "# Aggregates (\"21 suicide bombings since the offensive began\", \"dozens killed since the campaign started\") get ONE row with time_precision 3 and note starting \"aggregate\". Recent background mentions get a note starting \"background\".",
    "# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests, legal actions and trials, commentary, prison conditions. \"Statement\" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article's news.",
    "# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus \"Statement\" (sub_event_type empty) only when the statement itself is the news.",
    "# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+\"\\n\"+text.",
    "# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; \"yesterday\" -> DCT-1); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in README). Precision: 1 day, 2 week/within days, 3 month or vaguer.",
    "# actors: English canonical names; \"Unidentified armed group\" when unnamed; \"Civilians (<country>)\" for civilian victims and for arrested civilians; in Derna the article's label (\"Al Qaeda\" when the article names al-Qaeda as the enemy), generic \"terrorist groups\" -> \"Unidentified Islamist militants\". Protest rows: actor1 protesters, actor2 the force. Statement location empty when the text does not say where it was made. location: most specific English name; sub-city places written \"Place, City\". location_country ISO-3166 alpha-2.",
    "# fatalities: integer only when a number is stated (number words converted); empty when none or vague (\"a number of\", \"dozens\" -> empty, vagueness in note). qualifier: exact | at_least | about.",
    "# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion (\"X said that...\"); planned = announced/expected future action; denied = reported as denied.",
    "# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).",
]
LNA = "Libyan National Army"
# (article_id, snippet, trigger, type, sub, actor1, actor2, location, country, date, prec, fat, qual, source, reported_as, note)
ROWS = [
    # --- set a ---
    ("CN-middleEast-1445-20181008", "إلقاء القبض على الإرهابي المصري هشام عشماوي", "إلقاء القبض", "Strategic developments", "Arrests", LNA, "Unidentified Islamist militants", "Derna", "LY", "2018-10-08", "1", "", "", "LNA General Command (Facebook)", "claimed", "arrest of the Egyptian militant Hisham Ashmawi at dawn Monday in a security operation in Derna; no group named in this text"),
    ("CN-middleEast-1445-20181008", "معلنا مقتل \"52 تكفيريا\"", "مقتل", "Battles", "Armed clash", "Military Forces of Egypt", "Unidentified Islamist militants", "Sinai", "EG", "2018-10-08", "3", "55", "exact", "Egyptian army (statement no. 28)", "claimed", "aggregate: results of statement no. 28 of Operation Sinai 2018 (under way since February): 52 'takfiris' killed and an officer, an NCO and a soldier killed (52+3)"),
    ("SK-middleEast-3664-20180912", "وهاجمت ميليشيات، يقودها", "هاجمت", "Battles", "Non-state actor overtakes territory", "Jadhran militia", LNA, "Oil Crescent", "LY", "2018-06-14", "1", "", "", "UN Security Council Libya sanctions committee; Sky News Arabia", "reported", "background: Jadhran's militias attacked the Oil Crescent ports, the latest time on 14 June 2018 (date from the committee's quote) while the LNA was busy in Derna; earlier attacks (2013 seizure of ports) older than 12 months not coded; US/UN sanctions not coded"),
    ("SK-middleEast-3664-20180912", "وحينها أضرمت ميليشيات الجضران النيران", "أضرمت", "Strategic developments", "Looting/property destruction", "Jadhran militia", "", "Oil Crescent", "LY", "2018-06-14", "2", "", "", "Sky News Arabia", "reported", "background: Jadhran's militias set fire to two oil tanks at the time of the June attack, trying to escape air strikes; exports of about 350,000 barrels a day stopped"),
    ("SK-middleEast-3664-20180912", "وفي غضون أيام تمكن الجيش من تحرير المنطقة النفطية", "تحرير المنطقة النفطية", "Battles", "Government regains territory", LNA, "Jadhran militia", "Oil Crescent", "LY", "2018-06-01", "3", "", "", "Sky News Arabia", "reported", "background: within days of the attack the LNA retook the oil area, with air strikes on positions from Ras Lanuf to the outskirts of Sirte (folded)"),
    ("SK-middleEast-3664-20180912", "انشغال قوات الجيش الوطني الليبي بتحرير مدينة درنة", "بتحرير مدينة درنة", "Battles", "Armed clash", LNA, "Unidentified Islamist militants", "Derna", "LY", "2018-06-01", "3", "", "", "Sky News Arabia", "reported", "background: the LNA's battle to liberate Derna in June 2018, mentioned as context of the Oil Crescent attack"),
    ("FR-internationalNews-1504-20180529", "وتواصلت الاشتباكات في المدينة اليوم الاثنين", "الاشتباكات", "Battles", "Armed clash", LNA, "Unidentified Islamist militants", "Derna", "LY", "2018-05-28", "1", "", "", "France24", "reported", "clashes continued in Derna on Monday; the LNA's escalated campaign this month and its siege of Derna are folded; enemy not named in the text"),
    ("FR-internationalNews-1504-20180529", "أطاحت فصائل مسلحة في طرابلس بالحرس الرئاسي", "أطاحت", "Battles", "Non-state actor overtakes territory", "Unidentified armed group", "Presidential Guard (Libya)", "Tripoli", "LY", "2018-05-27", "2", "", "", "France24; diplomatic sources", "reported", "early this week armed factions in Tripoli ousted the GNA's Presidential Guard from strategic positions at the international airport and the prime minister's office; no fighting described"),
    ("FR-internationalNews-1556-20180531", "جراء القصف الذي تقوم به القوات المسلحة", "القصف", "Explosions/Remote violence", "Shelling/artillery/missile attack", LNA, "", "Derna", "LY", "2018-05-31", "2", "", "", "France24 correspondent in Tripoli (Moaz al-Sheikh)", "reported", "ongoing heavy shelling of Derna by Haftar's forces, worsening the humanitarian situation; target not named; Gharyani's 'killing and siege' of Derna folded; Paris agreement and reactions not coded (political)"),
    ("FR-internationalNews-1735-20180610", "بات يسيطر بشكل كامل على منطقتي شيحا", "يسيطر", "Battles", "Government regains territory", LNA, "Unidentified Islamist militants", "Shiha, Derna", "LY", "2018-06-10", "2", "", "", "Libyan media", "reported", "LNA fully controls Shiha al-Gharbiya and Shiha al-Sharqiya after fierce battles against 'those described as terrorists'; the intensified campaign folded; Haftar's earlier 'hour of victory' remark not coded"),
    ("SK-middleEast-2140-20180604", "القوات الخاصة استعادت بالكامل منطقة الساحل الشرقي", "استعادت", "Battles", "Government regains territory", LNA, "Al Qaeda", "Sahel al-Sharqi, Derna", "LY", "2018-06-04", "1", "", "", "field sources (Sky News Arabia)", "reported", "Monday: special forces fully retook the eastern coast area of Derna from al-Qaeda; siege of the militants folded"),
    ("SK-middleEast-2140-20180604", "سيطر على معسكر الصاعقة وكلية الشرطة", "سيطر", "Battles", "Government regains territory", LNA, "Al Qaeda", "Saiqa Camp, Derna", "LY", "2018-06-04", "1", "", "", "field sources (Sky News Arabia)", "reported", "west of the city the LNA took the Saiqa camp and the Police College after clashes that killed militants (number not given)"),
    ("SK-middleEast-2140-20180604", "غداة دخوله أكبر أحياء المدينة", "دخوله", "Battles", "Government regains territory", LNA, "Al Qaeda", "Derna", "LY", "2018-06-03", "1", "", "", "Sky News Arabia; LNA spokesman Ahmed al-Mismari", "reported", "Sunday: the LNA entered the largest district of Derna after routing the al-Qaeda-linked militants (district not named)"),
    ("SK-middleEast-2140-20180604", "انتفض أهالي منطقة باب طبرق", "انتفض", "Riots", "Mob violence", "Rioters (Libya)", "Mujahideen Shura Council of Derna", "Bab Tobruk, Derna", "LY", "2018-06-04", "1", "", "", "military sources (Sky News Arabia)", "reported", "residents of Bab Tobruk rose against the Mujahideen Shura Council of Derna (al-Qaeda affiliate), expelled the militants and closed the area for the army, simultaneously with Monday's advance (precision 1) [adjudicated]; no weapons mentioned; Haftar's 7 May announcement of the operation is background, not coded"),
    ("SK-middleEast-1821-20180520", "وأحكمت وحدات من القوات الخاصة بالجيش الليبي السيطرة", "وأحكمت", "Battles", "Government regains territory", LNA, "Ansar al-Sharia", "Arqub Bulam, Derna", "LY", "2018-05-20", "2", "4", "exact", "LNA statement (Ahmed al-Mismari); Sky News Arabia", "reported", "special forces took full control of Arqub Bulam next to the Tamaskat mountains and advanced to al-Khajkhaj at the south-western entrance; the air strike that destroyed the militants' operations room in Derna (LNA statement) folded; 4 militants killed resisting the advance (bodies handed to the Red Crescent); actor2 Ansar al-Sharia, named as the group fleeing the adjacent Tamaskat mountains (al-Qaeda is named for the operations room and the bridge) [adjudicated]"),
    ("SK-middleEast-1821-20180520", "بتفجير جسر \"الشلّال\"", "بتفجير جسر", "Strategic developments", "Looting/property destruction", "Al Qaeda", "", "Shallal Bridge, Derna", "LY", "2018-05-20", "2", "", "", "Sky News Arabia", "reported", "al-Qaeda militants blew up the Shallal bridge over Wadi al-Shawaer at the southern entrance to stop the army's advance; no casualties mentioned; the safe-passage offer not coded"),
    ("SK-middleEast-2508-20180621", "بعد أن فجر انتحاري سيارة ملغومة", "فجر انتحاري", "Explosions/Remote violence", "Suicide bomb", "Al Qaeda", LNA, "Derna", "LY", "2018-06-20", "1", "4", "exact", "LNA spokesman Ahmed al-Mismari", "reported", "Wednesday: a suicide bomber raising a white flag drove a car bomb into a group of soldiers, killing 4; bomber's group not stated (article's label for the enemy is al-Qaeda)"),
    ("SK-middleEast-2508-20180621", "وفي الأثناء سيطر الجيش الليبي على أحياء وسط", "سيطر", "Battles", "Government regains territory", LNA, "Al Qaeda", "Derna", "LY", "2018-06-21", "2", "", "", "Ahmed al-Mismari; Libyan military sources", "reported", "LNA took the central districts of Derna; main battle over, fighting pockets in one square km, militants fled and chased in the alleys of al-Maghar (folded)"),
    ("SK-middleEast-2661-20180629", "حذرت القيادة العامة للقوات المسلحة الليبية", "حذرت", "Statement", "", LNA, "", "", "LY", "2018-06-29", "1", "", "", "LNA General Command statement", "reported", "military warning to unnamed international parties against establishing a military presence in southern Libya; the LNA will take all measures against any aggression"),
    ("SK-middleEast-2661-20180629", "حرر، الخميس، منطقة البلاد وسط درنة", "حرر", "Battles", "Government regains territory", LNA, "Al Qaeda", "al-Bilad, Derna", "LY", "2018-06-28", "1", "", "", "sources (Sky News Arabia)", "reported", "Thursday: the LNA liberated al-Bilad in central Derna; whole city under its control"),
    ("SK-middleEast-2661-20180629", "أعلن الجيش عن مقتل زعيم القاعدة", "مقتل", "Battles", "Armed clash", LNA, "Al Qaeda", "Derna", "LY", "2018-06-29", "3", "1", "exact", LNA, "claimed", "during the recent operations the army announced the killing of al-Qaeda's leader in Derna, Atiya al-Shaeri, in clashes; day not stated"),
    ("CN-middleEast-1447-20181009", "إن خاشقجي قتل داخل القنصلية", "قتل داخل القنصلية", "Violence against civilians", "Attack", "Government of Saudi Arabia", "Civilians (Saudi Arabia)", "Saudi Consulate, Istanbul", "TR", "2018-10-02", "2", "1", "exact", "Turkish officials (Washington Post, Reuters)", "claimed", "Khashoggi last seen entering the Saudi consulate on Tuesday; Turkish officials say he was killed inside (no evidence given); the Saudi ambassador denies he was killed or detained by Saudi authorities; actor1 is the perpetrator the claim names (Saudi authorities) and precision 2 because the day of the killing is not stated [adjudicated]; disappearance mentions folded"),
    ("CN-middleEast-1447-20181009", "إلقاء القبض على الإرهابي المصري هشام عشماوي", "إلقاء القبض", "Strategic developments", "Arrests", LNA, "Unidentified Islamist militants", "Derna", "LY", "2018-10-08", "1", "", "", "LNA General Command (Facebook)", "claimed", "in the trailing related-news snippets: arrest of the Egyptian militant Hisham Ashmawi at dawn Monday in Derna"),
    # --- set b ---
    ("SK-internationalNews-3302-20181005", "المحتجين المناهضين لكافانو", "المحتجين", "Protests", "Protest with intervention", "Protesters (United States)", "Police Forces of the United States", "Supreme Court, Washington", "US", "2018-10-04", "1", "", "", "Sky News Arabia", "reported", "Thursday: thousands of anti-Kavanaugh protesters rallied in front of the Supreme Court and entered a Senate building; hundreds arrested (folded), including Amy Schumer; the Senate votes not coded"),
    ("FR-internationalNews-1419-20180524", "اعتقلت السلطات المصرية فجر الأربعاء", "اعتقلت", "Strategic developments", "Arrests", "Police Forces of Egypt", "Civilians (Egypt)", "", "EG", "2018-05-23", "1", "", "", "activists close to him; France24", "reported", "arrest of blogger and activist Wael Abbas at dawn Wednesday, taken to an unknown place (lawyer: enforced disappearance); place of arrest not named"),
    ("FR-internationalNews-1419-20180524", "بعد أيام قليلة من توقيف الشرطة المصرية", "توقيف الشرطة", "Strategic developments", "Arrests", "Police Forces of Egypt", "Civilians (Egypt)", "", "EG", "2018-05-20", "2", "", "", "France24", "reported", "[adjudicated: dated 2018-05-20, 'a few days' before 23 May, not DCT] a few days earlier: arrests of lawyer Haitham Mohamedein (Revolutionary Socialists) and Shady al-Ghazali Harb (former Dostour party leader), one row; the wider 'series of arrests' and 60,000 political prisoners not coded (undated aggregate)"),
    ("BB-internationalNews-704-20180626", "وتظاهر نشطاء يرتدون قمصانا صفراء", "وتظاهر", "Protests", "Peaceful protest", "Protesters (Spain)", "", "Madrid", "ES", "2018-06-26", "2", "", "", "BBC", "reported", "activists in yellow shirts demonstrated in front of the Madrid court trying Eduardo Vela, demanding that other stolen-baby cases be opened; the trial itself not coded (legal)"),
    ("SK-middleEast-2024-20180529", "عناصر من الحوثيين جابوا", "جابوا", "Strategic developments", "Other", "Houthis", "", "Sanaa", "YE", "2018-05-29", "2", "", "", "field sources (Sky News Arabia)", "reported", "Houthi recruitment campaign: members toured the streets of Sanaa, Amran and Hajjah urging young men to fight for Hodeidah and threatening those who refuse; Abdulmalik al-Houthi's televised speech not coded"),
    ("SK-middleEast-2024-20180529", "وتحرير معظم مناطق مديريتي التحيتا والدريهمي", "وتحرير", "Battles", "Government regains territory", "Yemeni Resistance", "Houthis", "Ad Durayhimi", "YE", "2018-05-26", "2", "", "", "Sky News Arabia", "reported", "in the last 72 hours the Tihama and National Resistance and the Giants Brigades, backed by UAE forces, liberated most of al-Tuhayta and al-Durayhimi districts and reached the outskirts of Hodeidah; clashes in al-Durayhimi with 'a large number' of Houthis killed folded (vague)"),
]


def dcts():
    out = {}
    for line in open(os.path.join(HERE, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _set, _where, time = line.split("\t")
        dt = email.utils.parsedate_to_datetime(time).astimezone(datetime.timezone.utc)
        out[aid] = dt.date().isoformat()
    return out


def occurrence(text, snippet, trigger):
    """1-based occurrence number of trigger at its first position inside the first hit of snippet."""
    s = text.find(snippet)
    assert s >= 0, snippet
    t = snippet.find(trigger)
    assert t >= 0, (snippet, trigger)
    pos = s + t
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(trigger), text)]
    return hits.index(pos) + 1


def main():
    d = dcts()
    lines = COMMENTS + ["\t".join(HEADER)]
    for r in ROWS:
        aid, snip, trig = r[0], r[1], r[2]
        text = open(os.path.join(HERE, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, snip, trig)
        row = [aid, d[aid], trig, str(occ)] + [str(x) for x in r[3:]]
        assert len(row) == 17, row
        assert all("\t" not in x and "\n" not in x for x in row), row
        lines.append("\t".join(row))
    open(os.path.join(HERE, "events_gold.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
