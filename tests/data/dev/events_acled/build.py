"""Writes ``events_acled.tsv`` (and the two check sets' TSVs in ``../events_acled_check*``) from the rows below: each
row names its trigger and a snippet of the annotated string around it, from which the trigger's occurrence is
counted (no extraction logic here).

    python tests/data/dev/events_acled/build.py
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).parent
COLUMNS = [
    "article_id", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "actor2", "assoc_actor_2", "location", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
    "reported_as", "source", "notes",
]  # fmt: skip
LNA, AQ = "Libyan National Army", "Al-Qaeda"
BAT, GRT, CLASH = "Battles", "Government regains territory", "Armed clash"
# article, trigger, snippet, type, sub-type, actor1, actor2, location, date, precision, dead, qualifier, reported_as
ROWS = [
    ("SK-middleEast-2278-20180610", "المواجهات", "خلال المواجهات التي دارت في منطقة شيحا", BAT, CLASH, LNA, AQ,
     "Shiha, Derna", "2018-06-09", "1", "3", "exact", "reported"),
    ("SK-middleEast-2278-20180610", "حاصرت", "وحاصرت وحدات الجيش الليبي", BAT, CLASH, LNA,
     "Mujahideen Shura Council of Derna", "Jubayla, Derna", "2018-06-06", "1", "", "", "reported"),
    ("SK-middleEast-1988-20180527", "السيطرة", "السيطرة الكاملة على معقل", BAT, GRT, LNA, "Ansar al-Sharia",
     "Tamsikt, Derna", "2018-05-27", "1", "", "", "claimed"),
    ("SK-middleEast-1988-20180527", "السيطرة", "فرض السيطرة على مواقع", BAT, GRT, LNA,
     "Unidentified Islamist militants", "Dahr al-Hamar, Derna", "2018-05-27", "2", "", "", "reported"),
    ("SK-middleEast-247-20180312", "توقيف", "توقيف سفينة شحن", "Strategic developments", "Other", LNA, "",
     "Derna", "2018-03-11", "1", "", "", "claimed"),
    ("SK-middleEast-2169-20180605", "استعادت", "قوات الجيش استعادت السيطرة على ميناء", BAT, GRT, LNA, AQ,
     "Derna", "2018-06-05", "2", "", "", "claimed"),
    ("SK-middleEast-2169-20180605", "سيطرة", "غداة سيطرة الجيش الليبي على 75", BAT, GRT, LNA, "", "Derna",
     "2018-06-04", "1", "", "", "reported"),
    ("SK-middleEast-2169-20180605", "استعادت", "القوات الخاصة استعادت بالكامل", BAT, GRT, LNA, AQ,
     "Derna", "2018-06-05", "2", "", "", "claimed"),
    ("SK-middleEast-2169-20180605", "سيطر", "الجيش الوطني سيطر على معسكر", BAT, GRT, LNA, "", "Derna",
     "2018-06-05", "2", "", "", "claimed"),
    ("SK-middleEast-2169-20180605", "أعلن", "أعلن القائد العام للجيش الليبي", "Statement", "", "Khalifa Haftar",
     "", "Derna", "2018-06-05", "2", "", "", "reported"),
    ("SK-middleEast-2441-20180617", "عملياته العسكرية", "ويركز الجيش الوطني عملياته العسكرية", BAT, CLASH, LNA,
     "Unidentified Islamist militants", "Derna", "2018-06-17", "2", "", "", "reported"),
    ("SK-middleEast-2587-20180625", "اقتحمت", "إن القوات المسلحة اقتحمت آخر معاقل تنظيم", BAT, GRT, LNA, AQ,
     "Maghar, Derna", "2018-06-25", "1", "", "", "claimed"),
    ("SK-middleEast-2587-20180625", "مقتل", "عن مقتل زعيم القاعدة", BAT, CLASH, LNA, AQ, "Derna", "2018-06-25",
     "2", "", "", "claimed"),
    ("SK-middleEast-2587-20180625", "إعلان", "مؤكدا أن إعلان تحرير المدينة", "Statement", "", LNA, "", "Derna",
     "2018-06-25", "2", "", "", "planned"),
    ("SK-middleEast-1497-20180508", "أعلن", "والاثنين، أعلن القائد العام", "Statement", "", "Khalifa Haftar", "",
     "Derna", "2018-05-07", "1", "", "", "reported"),
    ("SK-middleEast-1497-20180508", "تدك", "القوات تدك الآن معاقل", "Explosions/Remote violence",
     "Shelling/artillery/missile attack", LNA, "Unidentified Islamist militants", "Derna", "2018-05-07", "1", "",
     "", "claimed"),
    ("SK-middleEast-1497-20180508", "هجوم الواحات", "بعد هجوم الواحات في أكتوبر", BAT, CLASH,
     "Unidentified armed group", "Police Forces of Egypt", "Wahat, Egypt", "2017-10-01", "3", "31", "exact",
     "reported"),
    ("SK-middleEast-1497-20180508", "اعتقال", "اعتقال ليبي شارك", "Strategic developments", "Arrests",
     "Egyptian Ministry of Interior", "", "Egypt", "2017-11-01", "3", "", "", "reported"),
    ("FR-middleEast-616-20180611", "اعتقالات", "وشنت السلطات المصرية موجة اعتقالات", "Strategic developments",
     "Arrests", "Egyptian authorities", "Activists (Egypt)", "Egypt", "2018-06-11", "3", "", "", "reported"),
    ("AL-internationalNews-1430-20180603", "الاحتجاجات", "تجددت الاحتجاجات مساء السبت", "Protests",
     "Peaceful protest", "Protesters (Jordan)", "", "Amman, Jordan", "2018-06-02", "1", "", "", "reported"),
    ("SK-internationalNews-686-20180330", "الاعتداءين", "بعد الاعتداءين الإرهابيين", "Violence against civilians",
     "Attack", "Unidentified armed group", "Civilians (France)", "France", "2018-03-23", "1", "", "", "reported"),
    ("AL-internationalNews-1821-20180709", "طرده", "وتم طرده من القطاع", "Protests", "Peaceful protest",
     "Protesters (Palestine)", "", "Gaza", "2018-02-01", "3", "", "", "reported"),
    ("AL-internationalNews-1821-20180709", "وقتلت", "هذا وقتلت القوات الإسرائيلية", "Protests",
     "Excessive force against protesters", "Military Forces of Israel", "Protesters (Palestine)", "Gaza",
     "2018-03-30", "3", "136", "at_least", "reported"),
]  # fmt: skip
# Articles read that hold no event under the conventions (legal actions, a poll's background, an earthquake).
NO_EVENT = ["SK-internationalNews-1997-20180606", "FR-internationalNews-2671-20180811", "SK-middleEast-3042-20180722"]
# The check set: six more articles annotated after the first round of rule changes, before the system was run on
# them (its first score is the figure closest to unseen news; later figures on it are in-sample).
HOU, COAL, RES = "Houthis", "Arab Coalition", "Yemeni Joint Resistance"
EXP, AIR, SHELL = "Explosions/Remote violence", "Air/drone strike", "Shelling/artillery/missile attack"
CHECK_ROWS = [
    ("SK-middleEast-2433-20180617", "عثر", "عثر الجيش على مصنع", "Strategic developments", "Other", LNA, "",
     "Derna", "2018-06-17", "2", "", "", "reported"),
    ("SK-middleEast-2433-20180617", "تضييق", "تمكن ميدانيا من تضييق", BAT, CLASH, LNA, AQ, "Derna", "2018-06-17",
     "2", "", "", "reported"),
    ("SK-middleEast-2761-20180704", "مصرعه", "السراجي مصرعه على يد", BAT, CLASH, "Giants Brigades", HOU,
     "Al-Faza, Tuhayta", "2018-07-04", "2", "", "", "reported"),
    ("SK-middleEast-2761-20180704", "الاشتباكات", "تجددت الاشتباكات بين", BAT, CLASH, RES, HOU,
     "Al-Nakhil, Durayhimi", "2018-07-04", "2", "", "", "reported"),
    ("SK-middleEast-2761-20180704", "قذيفة", "سقوط قذيفة أطلقتها", EXP, SHELL, HOU, "Civilians (Yemen)",
     "Al-Maarif, Durayhimi", "2018-07-04", "2", "1", "exact", "reported"),
    ("SK-middleEast-2761-20180704", "قصف", "وردا على قصف المتمردين", EXP, SHELL, HOU, RES, "Hodeidah Airport",
     "2018-07-04", "2", "", "", "reported"),
    ("SK-middleEast-2761-20180704", "غارات", "نفذت طائرات التحالف العربي غارات عدة", EXP, AIR, COAL, HOU,
     "Hodeidah", "2018-07-04", "2", "", "", "reported"),
    ("SK-middleEast-2761-20180704", "استهدفت", "كما استهدفت مواقع لهم", EXP, AIR, COAL, HOU, "Zabid",
     "2018-07-04", "2", "", "", "reported"),
    ("SK-middleEast-2761-20180704", "مقتل", "مقتل عشرات الحوثيين", BAT, CLASH, "", HOU, "Hodeidah", "2018-07-04",
     "3", "", "", "claimed"),
    ("BB-middleEast-825-20180802", "احتجاجات", "تشهد احتجاجات لليوم", "Protests", "Peaceful protest",
     "Protesters (Iran)", "", "Iran", "2018-08-02", "2", "", "", "reported"),
    ("BB-middleEast-825-20180802", "مظاهرات", "شارك في مظاهرات بطهران", "Protests", "Protest with intervention",
     "Protesters (Iran)", "Police Forces of Iran", "Tehran", "2018-06-01", "3", "", "", "reported"),
    ("BB-middleEast-825-20180802", "اعتقال", "إلى اعتقال", "Strategic developments", "Arrests",
     "Iranian authorities", "Protesters (Iran)", "Iran", "2018-06-01", "3", "", "", "reported"),
    ("CN-middleEast-1440-20181008", "قُتل", "هو أن خاشقجي قُتل", "Violence against civilians", "Attack",
     "Unidentified armed group", "Jamal Khashoggi", "Istanbul", "2018-10-02", "2", "1", "exact", "claimed"),
    ("CN-middleEast-1440-20181008", "القبض", "إلقاء القبض على الإرهابي المصري", "Strategic developments",
     "Arrests", LNA, "Hisham Ashmawi", "Derna", "2018-10-08", "1", "", "", "claimed"),
    ("CN-middleEast-1440-20181008", "مقتل", "معلنا مقتل", BAT, CLASH, "Military Forces of Egypt",
     "Unidentified Islamist militants", "Sinai", "2018-10-08", "3", "55", "exact", "claimed"),
]  # fmt: skip
CHECK_NO_EVENT = ["SK-internationalNews-3448-20181013", "SK-middleEast-2553-20180623"]
# A second check set: six more articles annotated late in the session, before the system ran on them.
SYR = "Military Forces of Syria"
CHECK2_ROWS = [
    ("SK-internationalNews-1080-20180422", "محتجزين", "جنديين يونانيين محتجزين", "Strategic developments",
     "Arrests", "Turkish authorities", "Military Forces of Greece", "Edirne", "2018-03-02", "1", "", "",
     "reported"),
    ("SK-middleEast-1025-20180414", "استهدفت", "واستهدفت الضربات", EXP, AIR, "Military Forces of the United States",
     SYR, "Barzeh, Damascus", "2018-04-14", "1", "", "", "reported"),
    ("SK-middleEast-1025-20180414", "استهدفت", "استهدفت صواريخ مستودعات", EXP, AIR,
     "Military Forces of the United States", SYR, "Homs", "2018-04-14", "1", "", "", "reported"),
    ("SK-middleEast-1025-20180414", "هجوم", "رداً على هجوم كيماوي", EXP, "Chemical weapon", SYR,
     "Civilians (Syria)", "Douma", "2018-04-14", "3", "", "", "claimed"),
    ("SK-middleEast-1980-20180527", "السيطرة", "من السيطرة الكاملة على مواقع", BAT, GRT, LNA,
     "Unidentified Islamist militants", "Al-Fatayah, Derna", "2018-05-27", "2", "", "", "reported"),
    ("SK-middleEast-3792-20181009", "مداهمة", "أسفرت مداهمة أمنية", BAT, CLASH, "Police Forces of Egypt",
     "Unidentified Islamist militants", "Arish", "2018-10-09", "1", "10", "exact", "reported"),
    ("SK-middleEast-3792-20181009", "اعتقال", "بعد يوم من اعتقال الجيش", "Strategic developments", "Arrests", LNA,
     "Hisham Ashmawi", "Derna", "2018-10-08", "1", "", "", "claimed"),
]  # fmt: skip
CHECK2_NO_EVENT = ["FR-middleEast-577-20180603", "SK-middleEast-3325-20180810"]
# A third check set: six more articles annotated after the rules were frozen, before the system ran on them.
MSCD, IM = "Mujahideen Shura Council of Derna", "Unidentified Islamist militants"
CHECK3_ROWS = [
    ("CN-middleEast-73-20180223", "قذائف", "تنهمر المئات من قذائف", EXP, SHELL, "Unidentified armed group",
     "Civilians (Syria)", "Damascus", "2018-02-22", "1", "", "", "claimed"),
    ("SK-internationalNews-5-20180218", "غارات", "سلسلة غارات جوية", EXP, AIR, "Military Forces of Israel", SYR,
     "Syria", "2018-02-10", "1", "", "", "reported"),
    ("SK-middleEast-2152-20180604", "سيطرت", "سيطرت صباح اليوم", BAT, GRT, LNA, IM, "Derna", "2018-06-04", "1", "",
     "", "claimed"),
    ("SK-middleEast-2263-20180609", "سيطرته", "أحكم الجيش الوطني الليبي، السبت، سيطرته", BAT, GRT, LNA, MSCD,
     "Shiha, Derna", "2018-06-09", "1", "", "", "reported"),
    ("SK-middleEast-2263-20180609", "الاشتباكات", "ولا تزال الاشتباكات مستمرة", BAT, CLASH, LNA, AQ, "Derna",
     "2018-06-09", "2", "", "", "reported"),
    ("SK-middleEast-2263-20180609", "القبض", "من القبض على يحيى", "Strategic developments", "Arrests", LNA,
     "Yahya al-Usta Omar", "Derna", "2018-06-08", "1", "", "", "reported"),
    ("SK-middleEast-2304-20180611", "اشتباكات", "بعد اشتباكات عنيفة في حي شيحا", BAT, CLASH, LNA, IM,
     "Shiha, Derna", "2018-06-11", "2", "", "", "claimed"),
    ("SK-middleEast-2304-20180611", "القبض", "إلقاء القبض على عدد كبير", "Strategic developments", "Arrests", LNA,
     IM, "Derna", "2018-06-11", "2", "", "", "claimed"),
    ("SK-middleEast-816-20180406", "ضربات", "ضربات جوية مكثفة", EXP, AIR, SYR, "Civilians (Syria)", "Douma",
     "2018-04-06", "1", "32", "at_least", "reported"),
    ("SK-middleEast-816-20180406", "قواته", "إن قواته في مدينة دوما", BAT, CLASH, SYR, "Jaysh al-Islam", "Douma",
     "2018-04-06", "1", "", "", "claimed"),
]  # fmt: skip


def occurrence(text: str, surface: str, snippet: str) -> int:
    """The 1-based occurrence of ``surface`` that lies inside the first match of ``snippet``."""
    at = text.index(snippet) + snippet.index(surface)
    n, pos = 0, 0
    while True:
        hit = text.find(surface, pos)
        n += 1
        if hit == at:
            return n
        if hit < 0 or hit > at:
            raise ValueError(f"{surface!r} not aligned in {snippet!r}")
        pos = hit + len(surface)


def write(folder: Path, name: str, rows: list[tuple], no_event: list[str]) -> None:
    """The gold TSV and ``ids.txt`` (every article read) of one folder."""
    out = []
    for article, surface, snippet, etype, sub, a1, a2, place, when, prec, dead, qual, status in rows:
        text = (folder / "texts" / f"{article}.txt").read_text(encoding="utf-8")
        n = occurrence(text, surface, snippet)
        out.append([article, surface, n, etype, sub, a1, "", a2, "", place, when, prec, dead, qual, status, "", ""])
    with open(folder / name, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(out)
    ids = sorted({r[0] for r in rows} | set(no_event))
    (folder / "ids.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")


def main() -> None:
    write(HERE, "events_acled.tsv", ROWS, NO_EVENT)
    write(HERE.parent / "events_acled_check", "events_acled_check.tsv", CHECK_ROWS, CHECK_NO_EVENT)
    write(HERE.parent / "events_acled_check2", "events_acled_check2.tsv", CHECK2_ROWS, CHECK2_NO_EVENT)
    write(HERE.parent / "events_acled_check3", "events_acled_check3.tsv", CHECK3_ROWS, [])


if __name__ == "__main__":
    main()
