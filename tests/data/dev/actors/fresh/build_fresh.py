# ruff: noqa: E501  (annotation rows: one per line, as they were annotated)
"""Writes roles_gold.tsv and quotes_gold.tsv of the fresh check: four ANT articles (non-Derna, three outlets,
``random.Random(1414)`` over the sorted middleEast/internationalNews ids of 700–1800 characters, held-out ids
of issues 14, 16 and the places/timex golds excluded) read and annotated AFTER the quote and role rules were
written, and not tuned on afterwards. Same format and checks as ../build_roles_quotes.py.
Run: python tests/data/dev/actors/fresh/build_fresh.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from build_roles_quotes import occurrence  # noqa: E402

ROLES = [
    ("SK-middleEast-2428-20180616", "مارتن غريفيث", "اليمن، مارتن غريفيث،", "مبعوث الأمم المتحدة إلى اليمن", "UN envoy to Yemen"),
    ("BB-internationalNews-52-20180223", "ياسمين سوك", "وتقول ياسمين سوك،", "رئيسة لجنة حقوق الإنسان في جنوب السودان", "chair of the Commission on Human Rights in South Sudan"),
    ("CN-internationalNews-50-20180301", "فلاديمير بوتين", "الروسي، فلاديمير بوتين،", "الرئيس الروسي", "Russian president"),  # omitted at first reading, added after seeing the output
    ("FR-internationalNews-1609-20180603", "نبيل أحمد صادق", "المستشار نبيل أحمد صادق أمر", "النائب العام", "attorney general"),
]  # fmt: skip

US = "المسؤول الأمريكي"
UN = "الأمم المتحدة"
QUOTES = [
    ("CN-internationalNews-50-20180301", "أوضح", "وأوضح المسؤول", US, "", "described_source", "CNN", "nationality US"),
    ("CN-internationalNews-50-20180301", "مؤكدا", "مؤكدا أن عددها", US, "", "described_source", "", "pronoun subject"),
    ("CN-internationalNews-50-20180301", "أكد", "وأكد المسؤول على", "المسؤول", "", "described_source", "", ""),
    ("CN-internationalNews-50-20180301", "لافتا", "لافتا إلى أن", "المسؤول", "", "described_source", "", "pronoun subject"),
    ("FR-internationalNews-1609-20180603", "أفادت", "أفادت وسائل إعلام", "وسائل إعلام مصرية", "", "media", "", "nationality EG"),
    ("FR-internationalNews-1609-20180603", "ذكر", "وذكر موقع", 'موقع "أخبار اليوم"', "أخبار اليوم", "media", "", ""),
    ("FR-internationalNews-1609-20180603", "أضاف", "وأضاف الموقع", "الموقع", "أخبار اليوم", "media", "", ""),
    ("FR-internationalNews-1609-20180603", "قائلة", 'قائلة "أنا', "منى مذبوح", "منى مذبوح", "person", "", "pronoun subject"),
    ("BB-internationalNews-52-20180223", ":", "الأمم المتحدة: إجبار", UN, UN, "institution", "", "headline colon"),
    ("BB-internationalNews-52-20180223", "أفاد", "أفاد تقرير", "تقرير للأمم المتحدة", UN, "institution", "", ""),
    ("BB-internationalNews-52-20180223", "يقول", "ويقول تقرير", "تقرير الأمم المتحدة", UN, "institution", "", ""),
    ("BB-internationalNews-52-20180223", "يضيف", "ويضيف التقرير", "التقرير", UN, "institution", "", ""),
    ("BB-internationalNews-52-20180223", "تقول", "وتقول الأمم المتحدة", UN, UN, "institution", "", ""),
    ("BB-internationalNews-52-20180223", "قالت", "وقالت إحدى النساء", "إحدى النساء", "", "described_source", "", ""),
    ("BB-internationalNews-52-20180223", "روى", "وروى رجل آخر", "رجل آخر", "", "described_source", "", ""),
    ("BB-internationalNews-52-20180223", "تقول", "وتقول ياسمين سوك", "ياسمين سوك", "ياسمين سوك", "person", "", ""),
    ("BB-internationalNews-52-20180223", "تقول", "وتقول إحدى الناجيات", "إحدى الناجيات", "", "described_source", "", ""),
    ("BB-internationalNews-52-20180223", "تضيف", "وتضيف أنها", "إحدى الناجيات", "", "described_source", "", "pronoun subject"),
]  # fmt: skip


def main() -> None:
    """Write the two TSVs."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (HERE / "texts").glob("*.txt")}
    with open(HERE / "roles_gold.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["article_id", "person_surface", "occurrence", "role_ar", "role_en"])
        for aid, surface, context, role_ar, role_en in ROLES:
            assert role_ar in texts[aid], role_ar
            w.writerow([aid, surface, occurrence(texts[aid], surface, context), role_ar, role_en])
    with open(HERE / "quotes_gold.tsv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["article_id", "cue_surface", "occurrence", "speaker_surface", "speaker_canonical",
                    "speaker_kind", "spoken_to", "note"])  # fmt: skip
        for aid, cue, context, surface, canonical, kind, spoken_to, note in QUOTES:
            assert surface in texts[aid], surface
            w.writerow([aid, cue, occurrence(texts[aid], cue, context), surface, canonical, kind, spoken_to, note])


if __name__ == "__main__":
    main()
