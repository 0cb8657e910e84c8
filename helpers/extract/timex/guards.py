"""Words that look like time expressions but are not: العام as an adjective (النائب العام السابق), a birthday
(عيد الميلاد الـ11), an idiom (يوما بعد يوم، اليوم وغدا وبعد غد، اليوم قبل الغد),
"for the first time in" (لأول مرة في عام 2014), a name (آلان), a
newspaper or a party (حزب الغد، المصري اليوم)."""

from __future__ import annotations

import re

from helpers.extract.timex.vocabulary import MONTH
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


_BIRTHDAY = re.compile(r"\s*(?:ال)?[\u0640\s]*[0-9]")  # عيد الميلاد الـ11: the 11th birthday, not Christmas
_FIRST_TIME = re.compile(r"(?:^|\s)(?:ل|ب)?(?:اول|اخر)\s+$")  # لأول مرة في عام 2014: first time, not once a year
_AGAIN_UNIT = re.compile(r"(?:^|\s)(?:يوما|يوم|عاما|عام|شهرا|شهر|سنه|ساعه|اسبوعا|اسبوع)[\u064b-\u0652]*\s+$")

# a newspaper, party or channel named اليوم/الغد (حزب الغد، صحيفة اليوم، المصري اليوم)
# اليوم وغدا وبعد غد (from now on), اليوم قبل الغد (at once): idioms of insistence, not three dates or two
_NOW_AND_EVER = re.compile(r"(?<![\u0621-\u064a])اليوم\s+(?:و\s*غدا\s+و\s*بعد\s+غد|قبل\s+(?:ال)?غد)(?![\u0621-\u064a])")
_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:حزب|صحيفه|جريده|قناه|تيار|مجله|موقع|وكاله|المصري|اخبار)\s+$")


def _foreign_letter(char: str) -> bool:
    """A letter outside the Arabic class (Persian ی, Latin): ``[^\\W\\d_{AR}]`` told without a pattern."""
    return char.isalnum() and not char.isdecimal() and not "\u0621" <= char <= "\u064a"


_DECIMAL = re.compile(r"[0-9][.,\u066b][0-9]")  # ديسمبر 15.3 دولار، الساعة 6.58: a number the rule read in part
_STOPWATCH = re.compile(r"[0-9]{1,2}:[0-9]{2}:[0-9]{2}")  # في زمن بلغ 00:39:49: a race time, not a clock
_MEASURED = re.compile(rf"(?<![{AR}])(?:ب?زمن|ب?رقم|قدره|مسجلا|مسجله|بلغ|بلغت)(?![{AR}])[^{AR}]*(?:[{AR}]+\s+)?$")
_MONTH_AFTER = re.compile(rf"\s+{MONTH}(?![{AR}])")  # خلال شهر سبتمبر: the month's name, not a duration


# عامين/عامون "general" after a sound masculine plural it qualifies (مدعين عامين، المديرين العامين): an adjective
# agrees with its noun in case and definiteness, so the noun ends as the word does (ين/ون) and both have ال or
# neither. The subject of a duration does not agree (ظل المعتقلون عامين: two years).
_PLURAL_BEFORE = re.compile(rf"(?<![{AR}])[وفبل]?(?P<al>ال)?[{AR}]{{2,}}(?P<end>ين|ون)\s+$")
_GENERAL_PLURAL = re.compile(r"(?P<al>ال)?عام(?P<end>ين|ون)(?![\u0621-\u064a])")
_NOT_PLURAL = frozenset({"الاثنين", "اثنين", "حين", "بين", "سنين", "السنين", "الماضيين", "الاخيرين", "المقبلين"})


def _general_plural(text: str, start: int, end: int) -> bool:
    """مدعين عامين: the dual-looking word agrees with the plural noun before it (public prosecutors)."""
    word = _GENERAL_PLURAL.fullmatch(text, start, end)
    before = _PLURAL_BEFORE.search(text, max(0, start - 20), start) if word else None
    if word is None or before is None or before.group(0).split()[-1] in _NOT_PLURAL:
        return False
    return word["end"] == before["end"] and bool(word["al"]) == bool(before["al"])


def _in_idiom(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside اليوم وغدا وبعد غد or اليوم قبل الغد."""
    for m in _NOW_AND_EVER.finditer(text, max(0, start - 20), min(len(text), end + 20)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def misread(rule: str, text: str, original: str, start: int, end: int) -> bool:
    """True when the expression ``rule`` found at ``start:end`` of the normalised ``text`` is not a time:
    العام as an adjective, a birthday, an idiom (يوما بعد يوم), لأول مرة في عام, a title (حزب الغد), or آلان
    (read as الآن once آ is normalised; ``original`` is the text before normalisation, at the same offsets)."""
    if text.startswith("العام", start) and adjectival(text, start):
        return True
    if "عام" in text[start:end] and _general_plural(text, start, end):
        return True  # ومدعين عامين: public prosecutors, not two years
    if end < len(text) and _foreign_letter(text[end]):
        return True  # a letter the Arabic class does not know glued to it (Persian ی in أمسیة)
    if "0" <= original[end - 1] <= "9" and _DECIMAL.match(original, end - 1):
        return True
    if rule == "clock_time" and _STOPWATCH.fullmatch(text, start, end):
        return bool(_MEASURED.search(text, max(0, start - 16), start))
    if rule == "duration" and text.startswith("شهر", start) and end - start <= 4:
        return bool(_MONTH_AFTER.match(text, end))
    if rule == "holiday":
        return text.startswith("عيد الميلاد", start) and bool(_BIRTHDAY.match(text, end, end + 8))
    if rule == "frequency":
        return bool(_FIRST_TIME.search(text, max(0, start - 8), start))
    if rule == "ago_or_later":
        return text.startswith("بعد", start) and bool(_AGAIN_UNIT.search(text, max(0, start - 10), start))
    if rule == "day_relative" and _in_idiom(text, start, end):
        return True
    if rule == "day_relative" and text.startswith(("اليوم", "الغد"), start) and end - start <= 5:
        return bool(_TITLE_BEFORE.search(text, max(0, start - 10), start))
    if rule == "vague":
        return original.startswith("آلان", start)
    return False
