"""Annotator B: hand-typed rows -> events_b.tsv. No extraction: the occurrence number is computed from a context
snippet copied by hand from the text (the trigger's position inside the snippet), dct from ../ids.txt (TIME -> UTC).
Run: python3 tests/data/heldout/events4/second/make_b.py"""
import email.utils, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HEADER = ("article_id dct trigger_surface occurrence event_type sub_event_type actor1 actor2 location location_country "
          "event_date time_precision fatalities fatalities_qualifier source reported_as note").split()
LNA = "Libyan National Army"
UIM = "Unidentified Islamist militants"
SD, BA, EX = "Strategic developments", "Battles", "Explosions/Remote violence"
GRT = "Government regains territory"

# (article_id, trigger, snippet containing trigger, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    ("CN-middleEast-1445-20181008", "إلقاء القبض", "إلقاء القبض على الإرهابي المصري هشام عشماوي", SD, "Arrests",
     LNA, UIM, "Derna", "LY", "2018-10-08", "1", "", "", "LNA General Command (Facebook)", "claimed",
     "Hisham Ashmawi captured 'at dawn on Monday' in a security operation in Derna; only the LNA's announcement; no group named in this text"),
    ("CN-middleEast-1445-20181008", "مقتل", "معلنا مقتل \"52 تكفيريا\"", BA, "Armed clash",
     "Military Forces of Egypt", UIM, "North Sinai", "EG", "2018-10-08", "3", "55", "exact", "Egyptian army statement no. 28", "claimed",
     "aggregate: results of army statement no. 28 of operation Sinai 2018 (52 'takfiris' killed; an officer, an NCO and a soldier killed); period not stated; location Sinai"),
    ("CN-middleEast-1447-20181009", "قتل داخل القنصلية", "إن خاشقجي قتل داخل القنصلية", "Violence against civilians", "Attack",
     "Government of Saudi Arabia", "Civilians (Saudi Arabia)", "Saudi Consulate, Istanbul", "TR", "2018-10-02", "2", "1", "exact",
     "Turkish officials (to Washington Post, Reuters)", "claimed",
     "Khashoggi entered the consulate 'last Tuesday' and was not seen again; Turkish officials say he was killed inside, Saudi ambassador denies, US cannot verify; killing date not stated"),
    ("CN-middleEast-1447-20181009", "إلقاء القبض", "إلقاء القبض على الإرهابي المصري هشام عشماوي", SD, "Arrests",
     LNA, UIM, "Derna", "LY", "2018-10-08", "1", "", "", "LNA General Command (Facebook)", "claimed",
     "same appended news item as in CN-1445: Ashmawi captured at dawn on Monday in Derna"),
    ("SK-middleEast-3664-20180912", "هاجمت", "بالإشراف على القوات التي هاجمت منشآت النفط", BA, "Non-state actor overtakes territory",
     "Jadhran militia", LNA, "Oil Crescent", "LY", "2018-06-14", "1", "", "", "UN sanctions committee / Sky News Arabia", "reported",
     "background: latest Jadhran attack on the Oil Crescent facilities 'on 14 June 2018'; the army later had to 'liberate' the region; actor2 inferred"),
    ("SK-middleEast-3664-20180912", "أضرمت", "وحينها أضرمت ميليشيات الجضران النيران في خزانين", SD, "Looting/property destruction",
     "Jadhran militia", "", "Oil Crescent", "LY", "2018-06-14", "2", "", "", "Sky News Arabia", "reported",
     "background: Jadhran's militias set fire to two oil tanks 'at that time' (June attack), halting ~350,000 bpd exports"),
    ("SK-middleEast-3664-20180912", "تحرير المنطقة النفطية", "تمكن الجيش من تحرير المنطقة النفطية", BA, GRT,
     LNA, "Jadhran militia", "Oil Crescent", "LY", "2018-06-01", "3", "", "", "Sky News Arabia", "reported",
     "background: 'within days' the army liberated the oil region; air strikes from Ras Lanuf to the outskirts of Sirte folded in"),
    ("SK-middleEast-3664-20180912", "بتحرير مدينة درنة", "انشغال قوات الجيش الوطني الليبي بتحرير مدينة درنة", BA, "Armed clash",
     LNA, UIM, "Derna", "LY", "2018-06-01", "3", "", "", "Sky News Arabia", "reported",
     "background: the army was busy 'liberating Derna' in June"),
    ("FR-internationalNews-1504-20180529", "تواصلت الاشتباكات", "وتواصلت الاشتباكات في المدينة اليوم الاثنين", BA, "Armed clash",
     LNA, UIM, "Derna", "LY", "2018-05-28", "1", "", "", "France 24 (Reuters)", "reported",
     "clashes continued in Derna on Monday; the LNA siege and the campaign stepped up 'this month' folded in; enemy unnamed"),
    ("FR-internationalNews-1504-20180529", "أطاحت", "ومطلع هذا الأسبوع أطاحت فصائل مسلحة في طرابلس بالحرس الرئاسي", BA, "Non-state actor overtakes territory",
     "Unidentified armed group (Libya)", "Presidential Guard (Libya)", "Tripoli", "LY", "2018-05-27", "2", "", "", "France 24 (Reuters)", "reported",
     "'early this week' armed factions ousted the GNA Presidential Guard from strategic positions at the international airport and the PM's office; day not given"),
    ("SK-middleEast-2140-20180604", "استعادت", "إن القوات الخاصة استعادت بالكامل منطقة الساحل الشرقي", BA, GRT,
     LNA, "Al Qaeda", "Eastern Coast, Derna", "LY", "2018-06-04", "1", "", "", "field sources to Sky News Arabia", "reported",
     "special forces fully retook the eastern coast area of Derna from al-Qaeda (Monday, title)"),
    ("SK-middleEast-2140-20180604", "سيطر", "إن الجيش الوطني سيطر على معسكر الصاعقة", BA, GRT,
     LNA, "Al Qaeda", "Saiqa Camp, Derna", "LY", "2018-06-04", "1", "", "", "field sources to Sky News Arabia", "reported",
     "west of the city: al-Saiqa camp and the police college taken after clashes; deaths among the terrorists, number not given"),
    ("SK-middleEast-2140-20180604", "انتفض", "انتفض أهالي منطقة باب طبرق", "Riots", "Mob violence",
     "Rioters (Libya)", "Mujahideen Shura Council of Derna", "Bab Tobruk, Derna", "LY", "2018-06-04", "1", "", "", "military sources to Sky News Arabia", "reported",
     "residents of Bab Tobruk rose against and expelled the al-Qaeda-linked Shura Council militants, then closed the area for the army; type uncertain (could be Battles with a communal militia)"),
    ("SK-middleEast-2140-20180604", "دخول", "أن دخول أكبر أحياء درنة", BA, GRT,
     LNA, "Al Qaeda", "Derna", "LY", "2018-06-03", "1", "", "", "Ahmed al-Mismari (LNA spokesman)", "claimed",
     "Sunday: the army entered the largest district of Derna after driving out the al-Qaeda loyalists (district not named); the siege is folded in"),
    ("FR-internationalNews-1735-20180610", "يسيطر", "بات يسيطر بشكل كامل على منطقتي شيحا", BA, GRT,
     LNA, UIM, "Shiha, Derna", "LY", "2018-06-10", "2", "", "", "Libyan media", "reported",
     "full control of West and East Shiha after fierce battles against 'those described as terrorists'; campaign intensified; day not given"),
    ("FR-internationalNews-1556-20180531", "قصفا عنيفا", "التي تشهد قصفا عنيفا من قبل القوات المسلحة", EX, "Shelling/artillery/missile attack",
     LNA, "", "Derna", "LY", "2018-05-31", "2", "", "", "France 24 correspondent Moaz al-Sheikh", "reported",
     "ongoing heavy shelling of Derna by Haftar's forces, humanitarian situation deteriorating; no battle or target described, so not folded into a battle row; the Paris election agreement is political, not coded"),
    ("SK-middleEast-1821-20180520", "استهداف", "باستهداف غرفة عمليات \"العصابات الإرهابية\"", EX, "Air/drone strike",
     LNA, "Al Qaeda", "Derna", "LY", "2018-05-20", "2", "", "", "LNA statement (Ahmed al-Mismari)", "claimed",
     "air force destroyed the 'terrorist gangs' (al-Qaeda) operations room inside Derna; strike day not stated (announced Sunday)"),
    ("SK-middleEast-1821-20180520", "أحكمت", "وأحكمت وحدات من القوات الخاصة بالجيش الليبي السيطرة", BA, GRT,
     LNA, "Ansar al-Sharia", "Arqub Bulam, Derna", "LY", "2018-05-20", "2", "4", "exact", "Sky News Arabia", "reported",
     "special forces took full control of Arqub Bulam next to Timsikt and advanced into al-Khajkhaj (south-west entrance); 4 militants killed resisting the advance (bodies handed to the Red Crescent) counted here; Ansar al-Sharia named as fleeing Timsikt"),
    ("SK-middleEast-1821-20180520", "بتفجير", "مسلحي \"القاعدة \" في درنة بتفجير جسر", SD, "Looting/property destruction",
     "Al Qaeda", "", "Shallal Bridge, Derna", "LY", "2018-05-20", "2", "", "", "Sky News Arabia", "reported",
     "al-Qaeda militants blew up al-Shallal bridge over Wadi al-Shawaer (south entrance) to stop the army's advance; before the statement, day not given"),
    ("SK-middleEast-2508-20180621", "فجر انتحاري", "بعد أن فجر انتحاري سيارة ملغومة", EX, "Suicide bomb",
     "Al Qaeda", LNA, "Derna", "LY", "2018-06-20", "1", "4", "exact", "Ahmed al-Mismari (LNA spokesman)", "reported",
     "Wednesday: suicide car bomber under a white flag killed 4 security forces; bomber unnamed, al-Qaeda is the enemy named in the article"),
    ("SK-middleEast-2508-20180621", "سيطر", "وفي الأثناء سيطر الجيش الليبي على أحياء وسط", BA, GRT,
     LNA, "Al Qaeda", "Derna", "LY", "2018-06-20", "2", "", "", "Sky News Arabia; military sources", "reported",
     "army took central districts; main battle over, pockets in 1 km2; al-Qaeda fled, pursued in al-Maghar (folded)"),
    ("SK-middleEast-2661-20180629", "حذرت", "حذرت القيادة العامة للقوات المسلحة الليبية", "Statement", "",
     LNA, "", "", "LY", "2018-06-29", "1", "", "", "LNA General Command statement", "reported",
     "warning to unnamed international parties against a military presence in southern Libya; will take all measures against any aggression"),
    ("SK-middleEast-2661-20180629", "حرر", "يذكر أن الجيش الليبي حرر، الخميس", BA, GRT,
     LNA, "Al Qaeda", "Al-Bilad, Derna", "LY", "2018-06-28", "1", "", "", "sources to Sky News Arabia", "reported",
     "Thursday: al-Bilad in central Derna liberated; the whole city under army control"),
    ("SK-middleEast-2661-20180629", "مقتل زعيم القاعدة", "أعلن الجيش عن مقتل زعيم القاعدة", BA, "Armed clash",
     LNA, "Al Qaeda", "Derna", "LY", "2018-06-29", "3", "1", "exact", "LNA", "claimed",
     "background: al-Qaeda leader in Derna Atiya al-Shaeri killed in clashes 'during the recent operations'; day not given"),
    ("SK-internationalNews-3302-20181005", "احتشدوا", "احتشدوا", "Protests", "Protest with intervention",
     "Protesters (United States)", "Police Forces of the United States", "Washington, D.C.", "US", "2018-10-04", "1", "", "", "Sky News Arabia", "reported",
     "Thursday: thousands of anti-Kavanaugh protesters at the Supreme Court entered a Senate building; hundreds arrested incl. Amy Schumer (arrests folded)"),
    ("FR-internationalNews-1419-20180524", "اعتقلت", "اعتقلت السلطات المصرية فجر الأربعاء", SD, "Arrests",
     "Police Forces of Egypt", "Civilians (Egypt)", "", "EG", "2018-05-23", "1", "", "", "activists close to him; lawyer Gamal Eid", "reported",
     "blogger/activist Wael Abbas arrested at dawn Wednesday and taken to an unknown place; location not stated in the text"),
    ("FR-internationalNews-1419-20180524", "توقيف", "بعد أيام قليلة من توقيف الشرطة المصرية", SD, "Arrests",
     "Police Forces of Egypt", "Civilians (Egypt)", "", "EG", "2018-05-20", "2", "", "", "France 24", "reported",
     "'a few days' before: police arrested lawyer Haitham Mohamedein (Revolutionary Socialists) and Shadi al-Ghazali Harb (ex-Dostour) in one sentence, one row; date approximate; location not stated"),
    ("BB-internationalNews-704-20180626", "وتظاهر", "وتظاهر نشطاء يرتدون قمصانا صفراء", "Protests", "Peaceful protest",
     "Protesters (Spain)", "", "Madrid", "ES", "2018-06-26", "2", "", "", "BBC", "reported",
     "activists in yellow shirts demonstrated outside the court at the trial of Dr Eduardo Vela, demanding other stolen-babies cases be opened; day not stated"),
    ("SK-middleEast-2024-20180529", "تحرير معظم مناطق", "وتحرير معظم مناطق مديريتي التحيتا والدريهمي", BA, GRT,
     "Yemeni Resistance (pro-government)", "Ansar Allah (Houthis)", "Ad Durayhimi, Al Hudaydah", "YE", "2018-05-27", "2", "", "", "Sky News Arabia", "reported",
     "last 72 hours: Tihama/National Resistance and Giants Brigades with UAE support took most of Al-Tuhayta and Ad-Durayhimi districts; clashes in Ad-Durayhimi with 'a large number' of Houthis killed folded in (vague); also al-Tuhayta"),
    ("SK-middleEast-2024-20180529", "جابوا", "عناصر من الحوثيين جابوا \"شوارع صنعاء", SD, "Other",
     "Ansar Allah (Houthis)", "Civilians (Yemen)", "Sanaa", "YE", "2018-05-29", "2", "", "", "field sources", "claimed",
     "Houthi members roamed the streets of Sanaa, Amran and Hajjah to push youths to fight, threatening punishment (coercive recruitment); borderline scope"),
]


def dct_of():
    out = {}
    for line in open(os.path.join(ROOT, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _, _, time = line.split("\t")
        d = email.utils.parsedate_to_datetime(time)
        out[aid] = d.astimezone(__import__("datetime").timezone.utc).date().isoformat()
    return out


def occurrence(text, trigger, snippet):
    assert text.count(snippet) == 1, ("snippet not unique", snippet, text.count(snippet))
    pos = text.index(snippet) + snippet.index(trigger)
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(trigger), text)]
    return hits.index(pos) + 1


def main():
    dct = dct_of()
    lines = [
        "# Blind second annotation (annotator B) of event gold set 4 (ACLED style, Arabic news), 20 articles.",
        "# Annotator: helper session B (annotator B), 2026-11-26 (UTC). Blind second annotation: written without seeing annotator A's rows.",
        "# Hand annotation by reading ../texts/<id>.txt (title + \"\\n\" + text); no extractor or project code opened or run. make_b.py only writes typed rows, computes occurrence from a hand-copied snippet, and fills dct from ../ids.txt.",
        "# Conventions as in events3 (README and # header lines of events3/events_gold.tsv): same 17 columns, ACLED types, folding, scope, actors, reported_as, occurrence counting.",
        "\t".join(HEADER),
    ]
    for r in ROWS:
        aid, trig, snip = r[0], r[1], r[2]
        text = open(os.path.join(ROOT, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, snip)
        row = [aid, dct[aid], trig, str(occ)] + list(r[3:])
        assert len(row) == 17 and all("\t" not in c and "\n" not in c for c in row), row
        lines.append("\t".join(row))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
