"""Writes ``events_acled_check5.tsv`` and ``ids.txt`` from the rows below: each row names its trigger and a snippet
of the annotated string around it, from which the trigger's occurrence is counted (no extraction logic here).

    PYTHONPATH=$PWD .venv/bin/python tests/data/dev/events_acled_check5/build.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "events_acled"))
from build import COLUMNS, occurrence  # noqa: E402

EXP, AIR = "Explosions/Remote violence", "Air/drone strike"
BAT, CLASH, GRT = "Battles", "Armed clash", "Government regains territory"
VAC, PRO = "Violence against civilians", "Protests"
PEACE, FORCE = "Peaceful protest", "Excessive force against protesters"
YEM, HOU, COAL = "Military Forces of Yemen", "Houthis", "Arab Coalition"
# article, trigger, snippet, type, sub-type, actor1, actor2, location, date, precision, dead, qualifier, reported_as
ROWS = [
    ("AL-internationalNews-733-20180401", "هجوم", "ردا على هجوم في الرابع من مارس", VAC, "Attack",
     "Unidentified armed group", "Civilians (United Kingdom)", "Salisbury", "2018-03-04", "1", "", "", "reported"),
    ("BB-middleEast-630-20180618", "غارة", "في غارة جوية على موقع عسكري", EXP, AIR,
     "US-led international coalition", "Military Forces of Syria", "Al Hari", "2018-06-18", "2", "", "",
     "reported"),
    ("FR-internationalNews-2288-20180714", "مقتل", "مقتل شخصين وجرح عشرات", VAC, "Attack",
     "Pro-Government Militia (Nicaragua)", "Protesters (Nicaragua)", "Masaya", "2018-07-14", "2", "2", "exact",
     "reported"),
    ("FR-internationalNews-2288-20180714", "داهمت", "داهمت الشرطة وقوات عسكرية", PRO, FORCE,
     "Police Forces of Nicaragua", "Protesters (Nicaragua)", "Managua", "2018-07-14", "2", "", "", "reported"),
    ("FR-internationalNews-2288-20180714", "إضراب", "ردا على إضراب عام", PRO, PEACE, "Protesters (Nicaragua)", "",
     "Nicaragua", "2018-07-14", "2", "", "", "reported"),
    ("FR-internationalNews-2288-20180714", "بمسيرة", "للقيام بمسيرة إلى مسايا", PRO, PEACE,
     "Protesters (Nicaragua)", "", "Masaya", "2018-07-14", "2", "", "", "reported"),
    ("SK-internationalNews-1392-20180505", "مسيرة", "شارك عشرات الآلاف في مسيرة", PRO, PEACE,
     "Protesters (United Kingdom)", "", "Glasgow", "2018-05-05", "1", "", "", "reported"),
    ("SK-middleEast-3772-20181008", "دهم", "بعد عمليات دهم واقتحام", VAC, "Abduction/forced disappearance", HOU,
     "Civilians (Yemen)", "Sanaa", "2018-10-08", "2", "", "", "reported"),
    ("SK-middleEast-90-20180227", "دمرت", "طائرات التحالف دمرت عربات", EXP, AIR, COAL, HOU, "Zabid", "2018-02-27",
     "1", "", "", "reported"),
    ("SK-middleEast-90-20180227", "استهدفت", "كما استهدفت تعزيزات للحوثيين", EXP, AIR, COAL, HOU, "Jabal Ras",
     "2018-02-27", "1", "", "", "reported"),
    ("SK-middleEast-90-20180227", "تقدم", "الطريق أمام تقدم قوات الشرعية", BAT, CLASH, YEM, HOU, "Al Jarrahi",
     "2018-02-27", "1", "", "", "reported"),
    ("SK-middleEast-90-20180227", "معارك", "معارك مع المتمردين الحوثيين", BAT, CLASH, YEM, HOU, "Maswarah",
     "2018-02-27", "1", "", "", "reported"),
    ("SK-middleEast-90-20180227", "مقتل", "مقتل العشرات من ميليشيات", BAT, CLASH, YEM, HOU, "Nihm", "2018-02-27",
     "2", "10", "at_least", "reported"),
]  # fmt: skip
# Articles read that hold no event under the conventions (diplomacy, a referendum, a court case, a policy row).
NO_EVENT = ["BB-internationalNews-678-20180620", "BB-internationalNews-949-20180809",
            "FR-internationalNews-1454-20180526", "SK-internationalNews-2161-20180616"]  # fmt: skip


def main() -> None:
    out = []
    for article, surface, snippet, etype, sub, a1, a2, place, when, prec, dead, qual, status in ROWS:
        text = (HERE / "texts" / f"{article}.txt").read_text(encoding="utf-8")
        n = occurrence(text, surface, snippet)
        out.append([article, surface, n, etype, sub, a1, "", a2, "", place, when, prec, dead, qual, status, "", ""])
    with open(HERE / "events_acled_check5.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(out)
    ids = sorted({r[0] for r in ROWS} | set(NO_EVENT))
    (HERE / "ids.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
