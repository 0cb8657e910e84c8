"""Words that look like time expressions but are not: العام as an adjective (النائب العام السابق)."""

from __future__ import annotations

import re

from helpers.text.arabic import AR

# العام "general, public" after the nouns it qualifies: النائب العام السابق، الأمين العام المقبل، المؤتمر العام
# المقبل. Only these nouns: after another definite word العام الماضي is still a year (هجوم الواحات العام الماضي،
# فاز بلقب الدوري العام الماضي). Normalised spellings (ة -> ه, أ/إ -> ا, ى -> ي).
_QUALIFIED = frozenset(
    """النائب الامين المدعي المدير المؤتمر الراي القطاع الامن المال الاضراب الادعاء المفتش القائد الحاكم
    القنصل الشان النظام الصالح المرشد النقيب الاتحاد المراقب المحامي المستشار المنسق المقرر المفوض الممثل
    الوكيل المحاسب المرفق الموظف المنصب المشرف المسجل الكاتب السكرتير المحقق المندوب""".split()  # noqa: SIM905
)  # offices and fixed phrases; not words with both readings (الاستفتاء، الدين، الوضع، الرئيس)
_NOUN_BEFORE = re.compile(rf"(?<![{AR}])(?:[وفب]|لل)?((?:ال)?[{AR}]+)\s+$")
_AMBIGUOUS_UNIT = re.compile(r"العام\s+ال")  # followed by its modifier (السابق، المقبل)


def adjectival(text: str, start: int) -> bool:
    """True when the expression at ``start`` (normalised text) opens with العام right after a noun it
    qualifies (النائب العام السابق), so that it means "general", not "year"."""
    if not _AMBIGUOUS_UNIT.match(text, start):
        return False
    before = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    return word in _QUALIFIED or "ال" + word in _QUALIFIED  # للنائب العام: the lam took the article's alef
