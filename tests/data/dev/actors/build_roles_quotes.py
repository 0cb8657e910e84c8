# ruff: noqa: E501  (annotation rows: one per line, as they were annotated)
"""Writes roles_gold.tsv and quotes_gold.tsv from the annotations below (hand-annotated from reading texts/).

Each row names its surface and a context snippet that occurs once in the article's text and holds the surface;
the script checks both and computes ``occurrence`` (1-based among raw, non-overlapping, left-to-right substring
matches of the surface). No extraction logic. Run: python tests/data/dev/actors/build_roles_quotes.py
"""

from __future__ import annotations

import csv
from pathlib import Path

HERE = Path(__file__).parent

# article_id, person_surface, context, role_ar, role_en
ROLES = [
    ("AL-internationalNews-336-20180303", "يورغوس كاتروغالوس", "اليوناني يورغوس كاتروغالوس للصحافيين",
     "وكيل وزارة الخارجية اليوناني", "Greek deputy foreign minister"),
    ("SK-middleEast-3775-20181008", "أحمد المسماري", "العميد أحمد المسماري لـ",
     "الناطق باسم الجيش الوطني الليبي", "spokesman for the Libyan National Army"),
    ("SK-middleEast-3775-20181008", "هشام عشماوي", "هو هشام عشماوي، الضابط",
     "الضابط السابق بسلاح الصاعقة", "former officer of the Thunderbolt (Saiqa) corps"),
    ("SK-middleEast-3782-20181008", "أحمد المسماري", "العميد أحمد المسماري، في حديث",
     "المتحدث باسم الجيش الليبي", "spokesman for the Libyan army"),
    ("SK-middleEast-3782-20181008", "عشماوي", "أن عشماوي، ضابط الصاعقة",
     "ضابط الصاعقة السابق", "former Thunderbolt (Saiqa) officer"),
    ("SK-middleEast-3782-20181008", "محمد إبراهيم", "الأسبق محمد إبراهيم عام",
     "وزير الداخلية الأسبق", "former interior minister"),
]  # fmt: skip

OBS = "مرصد الفتاوى التكفيرية والآراء المتشددة"
MISMARI = "أحمد المسماري"
# article_id, cue_surface, context, speaker_surface, speaker_canonical, speaker_kind, spoken_to, note
QUOTES = [
    ("AL-internationalNews-336-20180303", ":", 'تركيا: "مجرد أوهام"', "اليونان", "اليونان", "state", "", "headline colon"),
    ("AL-internationalNews-336-20180303", "صرح", "صرح وكيل وزارة", "يورغوس كاتروغالوس", "يورغوس كاتروغالوس", "person", "", ""),
    ("AL-internationalNews-336-20180303", "قال", 'وقال "هذه مجرد', "يورغوس كاتروغالوس", "يورغوس كاتروغالوس", "person", "", "pronoun subject"),
    ("AL-internationalNews-336-20180303", "مضيفاً", "مضيفاً أن مثل", "يورغوس كاتروغالوس", "يورغوس كاتروغالوس", "person", "", "pronoun subject"),
    ("AL-internationalNews-336-20180303", "نقلت", "ونقلت عنه وكالة", "يورغوس كاتروغالوس", "يورغوس كاتروغالوس", "person", "", "pronoun subject; relayed by the agency ANA"),
    ("AL-internationalNews-336-20180303", "قال", "وقال الجيش اليوناني", "الجيش اليوناني", "الجيش اليوناني", "institution", "", ""),
    ("AL-internationalNews-336-20180303", "ذكرت", "وذكرت وكالة الأنباء أن", "وكالة الأنباء", "وكالة الأنباء الرسمية انا", "media", "", ""),
    ("AL-internationalNews-336-20180303", "تؤكد", "وتؤكد أثينا", "أثينا", "اليونان", "state", "", ""),
    ("AL-internationalNews-336-20180303", "ذكرت", "ذكرت وكالة أنباء الأناضول", "وكالة أنباء الأناضول", "وكالة أنباء الأناضول", "media", "", ""),
    ("SK-middleEast-2436-20180617", "حسب", "حسب مصادر عسكرية", "مصادر عسكرية ليبية", "", "described_source", "", "nationality LY"),
    ("SK-middleEast-3775-20181008", "قال", "قال مصدر عسكري ليبي", "مصدر عسكري ليبي", "", "described_source", "", "nationality LY"),
    ("SK-middleEast-3775-20181008", "أوضح", "وأوضح الناطق", MISMARI, MISMARI, "person", "سكاي نيوز عربية", ""),
    ("SK-middleEast-3775-20181008", "أُعلنت", "أُعلنت الأجهزة المصرية", "الأجهزة المصرية", "الأجهزة المصرية", "institution", "", ""),
    ("SK-middleEast-3782-20181008", "تؤكد", "وتؤكد الحكومة المصرية", "الحكومة المصرية", "الحكومة المصرية", "institution", "", ""),
    ("SK-middleEast-3782-20181008", "حسب", "وحسب مصادر بالمخابرات", "مصادر بالمخابرات والأمن في مصر", "", "described_source", "", "nationality EG"),
    ("SK-middleEast-3782-20181008", "وصف", "ووصف المتحدث", MISMARI, MISMARI, "person", "سكاي نيوز عربية", "في حديث مع"),
    ("SK-middleEast-3782-20181008", "مشيرا", "مشيرا إلى أنه كان", MISMARI, MISMARI, "person", "", "pronoun subject"),
    ("SK-middleEast-3782-20181008", "أشار", "وأشار في تصريح", MISMARI, MISMARI, "person", "", "pronoun subject"),
    ("SK-middleEast-3845-20181013", "أكد", "حسبما أكد مرصد", OBS, OBS, "institution", "", ""),
    ("SK-middleEast-3845-20181013", "قال", "وقال المرصد في بيان", "المرصد", OBS, "institution", "", ""),
    ("SK-middleEast-3845-20181013", "أوضح", "وأوضح المرصد", "المرصد", OBS, "institution", "", ""),
    ("SK-middleEast-3845-20181013", "اعتبر", "واعتبر أن", "المرصد", OBS, "institution", "", "pronoun subject"),
    ("SK-middleEast-3845-20181013", "أشار", "وأشار المرصد", "المرصد", OBS, "institution", "", ""),
    ("SK-middleEast-3845-20181013", "تابع", "وتابع البيان", "البيان", OBS, "institution", "", "the observatory's statement"),
    ("SK-middleEast-3845-20181013", "أضاف", "وأضاف مرصد الإفتاء", "مرصد الإفتاء", OBS, "institution", "", ""),
    ("SK-middleEast-3845-20181013", "شدد", "وشدد على أن", "مرصد الإفتاء", OBS, "institution", "", "pronoun subject"),
]  # fmt: skip


def occurrence(text: str, surface: str, context: str) -> int:
    """1-based index of ``surface`` inside the unique ``context`` among raw non-overlapping matches."""
    assert text.count(context) == 1, context
    assert surface in context, (surface, context)
    at = text.index(context) + context.index(surface)
    n, pos = 0, 0
    while True:
        found = text.find(surface, pos)
        assert found != -1 and found <= at, (surface, context)
        n += 1
        if found == at:
            return n
        pos = found + len(surface)


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
