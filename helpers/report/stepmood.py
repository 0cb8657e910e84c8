"""Whether a step word of the stated sequence tells a step done: not one only possible, intended, threatened or
attempted. Pure rules on the normalised sentence before the step word."""

from __future__ import annotations

import re

from helpers.text.arabic import AR

# a step only possible, intended or threatened (يمكن أن تشن، تعتزم شن، تتوعد بشن، لن تبدأ) has not happened
_UNREALISED = re.compile(
    rf"(?<![{AR}])[وف]?(?:يمكن|يمكنها|يمكنه|يمكنهم|سوف|لن|تعتزم|يعتزم|تنوي|ينوي|تستعد|يستعد|تتوعد|يتوعد|تهدد|يهدد)"
    r"\s+(?:ان\s+)?(?:\S+\s+){0,2}$"  # up to two words between: تتوعد الحكومة الأحد بشن
)
# an attempt (تحاول القوات منذ الأربعاء اقتحام المدينة، في محاولة لاقتحام) is no step done: up to six words
# between, no comma and none starting another clause (حاولوا الفرار قبل اقتحام الجيش المدينة، محاولة طهران رغم
# أنها خلفت قتلى, منذ محاولة الانقلاب، ألقت السلطات القبض: those happened)
_ATTEMPTED = re.compile(
    rf"(?<![{AR}])[وف]?(?:تحاول|يحاول|يحاولون|حاولت|حاول|حاولوا|محاوله|محاولات|محاولتها|محاولته|محاولتهم)"
    r"\s+(?:ان\s+)?(?:(?![وف]?(?:قبل|بعد|ثم|لكن|حين|عندما|لم|رغم|بينما|فيما|حيث|اذ)\s)[^\s،,.:؛]+\s+){0,6}(?:ل)?$"
)
# past forms, no verbal noun an attempt or a modal could govern (اقتحام، اعتقال): «بعد محاولات عدة اقتحمت القوات
# المدينة» happened
_DONE = re.compile(
    r"[وف]?(?:شنت|شنوا|بدات|بداوا|اطلقت|اطلقوا|اطلق|انطلقت|انطلق|دخلت|دخل|دخلوا|اقتحمت|اقتحم|اقتحموا|توغلت"
    r"|قتلت|اعتقلت|اعتقل|اعتقلوا|اوقفت|اوقف|اسرت)(?!\w)"
)


def unrealised(sentence: str, at: int) -> bool:
    """Whether the step word at ``at`` of a normalised sentence follows a modal, a threat or an attempt (يمكن أن
    تشن، تحاول القوات اقتحام) and is not itself a past form (شنت، اقتحمت، اعتقلت: those happened) nor, after an
    attempt, joined by و or ف as an act of its own."""
    before = sentence[:at]
    # محاولة اعتداء وتوقيف، حاولوا الفرار فاعتقلت القوات: a second act joined by و or ف
    attempted = _ATTEMPTED.search(before) and not sentence.startswith(("و", "ف"), at)
    if not (_UNREALISED.search(before) or attempted):
        return False
    return not _DONE.match(sentence, at)


# «شن» whose object is strikes (شن الاثنين التحالف غارات على مواقع الحوثيين): a raid told, not an operation launched;
# an operation word first (شن الجيش هجوما واسعا ترافقه غارات) keeps the launch, and so do strikes in a «with the
# support of» phrase (شنت القوات بدعم من غارات التحالف عملية: the operation is the object). Up to eight words, no comma.
_WAGED = re.compile(rf"(?<![{AR}])[وف]?(?:شن|شنت|شنوا|يشن|تشن|يشنون)$")
_WINDOW = re.compile(r"(?:\s+[^\s،,.:؛]+){1,8}")
_OBJECT = re.compile(
    rf"(?<![{AR}])(?:(?P<op>[وب]?(?:ال)?(?:عمليه|عملية|حمله|هجوم|هجوما|معركه))"
    rf"|[وب]?(?:ال)?(?:غارات|غاره|غارة|غارتين|ضربات|ضربه|قصفا))(?![{AR}])"
)
# a «with the support / cover of» phrase: بدعم من، بغطاء جوي من، بإسناد من، بمساندة من
_SUPPORT = re.compile(rf"(?<![{AR}])ب(?:دعم|غطاء|اسناد|مسانده|مساعده|مشاركه)(?:\s+[{AR}]+)?\s+من\s+$")


def strikes_waged(sentence: str, start: int, end: int) -> bool:
    """Whether the launch word «شن» at ``start:end`` of a normalised sentence wages strikes, not an operation."""
    if not _WAGED.search(sentence[max(0, start - 2) : end]):
        return False
    window = _WINDOW.match(sentence, end)
    words = window.group() if window else ""
    for found in _OBJECT.finditer(words):
        if found.group("op"):
            return False
        if not _SUPPORT.search(words[: found.start()]):
            return True
    return False
