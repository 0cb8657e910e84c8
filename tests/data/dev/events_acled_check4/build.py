"""Writes ``events_acled_check4.tsv`` and ``ids.txt`` from the rows below: each row names its trigger and a snippet
of the annotated string around it, from which the trigger's occurrence is counted (no extraction logic here).

    PYTHONPATH=$PWD .venv/bin/python tests/data/dev/events_acled_check4/build.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "events_acled"))
from build import COLUMNS, occurrence  # noqa: E402

EXP, AIR, SHELL, IED = (
    "Explosions/Remote violence",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    ("Remote explosive/landmine/IED"),
)
BAT, CLASH, GRT = "Battles", "Armed clash", "Government regains territory"
VAC, PRO, FORCE = "Violence against civilians", "Protests", "Excessive force against protesters"
ISR, SYR = "Military Forces of Israel", "Military Forces of Syria"
IS, COAL = "Islamic State", "US-led international coalition"
# article, trigger, snippet, type, sub-type, actor1, actor2, location, date, precision, dead, qualifier, reported_as
ROWS = [
    ("BB-internationalNews-500-20180513", "هاجموا", "إن انتحاريين هاجموا ثلاث كنائس", EXP, "Suicide bomb",
     "Unidentified armed group", "Civilians (Indonesia)", "Surabaya", "2018-05-13", "1", "9", "at_least",
     "reported"),
    ("BB-internationalNews-500-20180513", "مقتل", "من مقتل خمسة عناصر", BAT, CLASH,
     "Unidentified Islamist militants", "Police Forces of Indonesia", "Jakarta", "2018-05-09", "2", "5", "exact",
     "reported"),
    ("CN-middleEast-822-20180506", "حتفهم", "لقي ثلاثة فلسطينيين حتفهم", VAC, "Attack", ISR,
     "Civilians (Palestine)", "Gaza", "2018-05-06", "1", "3", "exact", "reported"),
    ("CN-middleEast-822-20180506", "احتجاجات", "قطاع غزة احتجاجات من قبل", PRO, FORCE, ISR,
     "Protesters (Palestine)", "Gaza", "2018-04-15", "3", "51", "exact", "reported"),
    ("FR-middleEast-763-20180714", "غاراته", "وجدد الجيش الإسرائيلي غاراته", EXP, AIR, ISR, "Hamas", "Gaza",
     "2018-07-14", "1", "", "", "reported"),
    ("FR-middleEast-763-20180714", "اشتباكات", "غداة اشتباكات عنيفة", PRO, FORCE, ISR, "Protesters (Palestine)",
     "Gaza", "2018-07-13", "1", "2", "exact", "reported"),
    ("FR-middleEast-763-20180714", "ينظم", "ينظم الفلسطينيون في قطاع غزة", PRO, "Peaceful protest",
     "Protesters (Palestine)", "", "Gaza", "2018-07-13", "3", "", "", "reported"),
    ("BB-middleEast-727-20180713", "ضربة", "إنه نفذ ضربة جوية", EXP, AIR, "Military Forces of the United States",
     "Civilians (Syria)", "Sousa", "2018-07-12", "1", "54", "exact", "reported"),
    ("BB-middleEast-727-20180713", "وسيطرت", "وسيطرت القوات السورية الحكومية", BAT, GRT, SYR, IS, "Abu Kamal",
     "2017-12-01", "3", "", "", "reported"),
    ("BB-middleEast-727-20180713", "ضربات", "ضربات جوية على مناطق يشتبه", EXP, AIR, "Military Forces of Iraq", IS,
     "Syria", "2018-07-13", "3", "", "", "reported"),
    ("FR-middleEast-521-20180524", "ضربات", "شن ضربات عسكرية فجر الخميس", EXP, AIR, COAL, SYR, "Abu Kamal",
     "2018-05-24", "1", "", "", "claimed"),
    ("FR-middleEast-521-20180524", "ضربات", "قد شنت ضربات في نيسان", EXP, AIR,
     "Military Forces of the United States", SYR, "Damascus", "2018-04-14", "3", "", "", "reported"),
    ("FR-middleEast-7-20180217", "غارات", "شن الجيش الإسرائيلي السبت غارات", EXP, AIR, ISR, "Hamas",
     "Gaza", "2018-02-17", "1", "", "", "claimed"),
    ("FR-middleEast-7-20180217", "تفجير", "غداة تفجير عبوة ناسفة قرب", EXP, IED, "Unidentified armed group", ISR,
     "Gaza", "2018-02-17", "1", "", "", "reported"),
    ("FR-middleEast-7-20180217", "استهدفت", "دبابة إسرائيلية استهدفت بنيرانها", EXP, SHELL, ISR, "",
     "Khan Yunis", "2018-02-17", "1", "", "", "reported"),
    ("FR-middleEast-7-20180217", "غارات", "شن الطيران الإسرائيلي غارات على جنوب", EXP, AIR, ISR, "", "Gaza",
     "2018-02-03", "2", "", "", "reported"),
    ("FR-middleEast-7-20180217", "إطلاق", "بعد إطلاق صواريخ على الأراضي", EXP, SHELL, "Unidentified armed group",
     "", "Israel", "2018-02-03", "2", "", "", "reported"),
    ("SK-middleEast-1804-20180518", "مستشفى", "مستشفى في مدينة عربين", EXP, SHELL, "Unidentified armed group",
     "Civilians (Syria)", "Arbin", "2018-03-15", "3", "", "", "reported"),
    ("SK-middleEast-1804-20180518", "مستشفى", "مستشفى أطفال في مدينة دوما", EXP, SHELL, "Unidentified armed group",
     "Civilians (Syria)", "Douma", "2018-04-03", "2", "", "", "reported"),
    ("SK-middleEast-1804-20180518", "مستشفيين", "مستشفيين في بلدة الزعفرانية", EXP, SHELL,
     "Unidentified armed group", "Civilians (Syria)", "Zaafaraniya", "2018-04-15", "3", "", "", "reported"),
    ("FR-internationalNews-2406-20180720", "استعادت", "قد استعادت السيطرة الأربعاء", BAT, GRT,
     "Nicaraguan special forces", "Opposition (Nicaragua)", "Masaya", "2018-07-18", "1", "", "", "reported"),
    ("FR-internationalNews-2406-20180720", "مظاهرات", "وتهزه مظاهرات تطالب", PRO, FORCE,
     "Police Forces of Nicaragua", "Protesters (Nicaragua)", "Nicaragua", "2018-07-19", "3", "280", "at_least",
     "reported"),
    ("AL-internationalNews-80-20131229", "اعتقلت", "واعتقلت كل العاملين", VAC, "Abduction/forced disappearance",
     IS, "Journalists (Syria)", "Kafr Nabl", "2013-12-28", "1", "", "", "reported"),
]  # fmt: skip
# Articles read that hold no event under the conventions (commentary, a profile, statistics of past years).
NO_EVENT = ["FR-internationalNews-879-20180423", "FR-internationalNews-2653-20180810",
            "BB-internationalNews-772-20180709"]  # fmt: skip


def main() -> None:
    out = []
    for article, surface, snippet, etype, sub, a1, a2, place, when, prec, dead, qual, status in ROWS:
        text = (HERE / "texts" / f"{article}.txt").read_text(encoding="utf-8")
        n = occurrence(text, surface, snippet)
        out.append([article, surface, n, etype, sub, a1, "", a2, "", place, when, prec, dead, qual, status, "", ""])
    with open(HERE / "events_acled_check4.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(out)
    ids = sorted({r[0] for r in ROWS} | set(NO_EVENT))
    (HERE / "ids.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
