"""Tolls and takings told after the fact: a war's running total (no event), a total since a battle began (an
aggregate of the period), an act told in a report's account of months or years, and a place taken before the act
told (بعد تحريرها). Rules on the normalised text (``Article.norm``)."""

from __future__ import annotations

import re

from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

_WAR = rf"(?:ال)?(?:حرب|نزاع|صراع|ازمه|ثوره)(?![{AR}])"
# A war's toll: since it began (منذ اندلاع الحرب، منذ بدء النزاع، منذ اندلاعها), or, for ``WAR_TOLL`` dead or more,
# in it (قتل نحو 10 آلاف شخص في الحرب، خلال النزاع).
WAR_SINCE = re.compile(
    rf"(?<![{AR}])منذ\s+(?:(?:بدء|بدايه|اندلاع|انطلاق|تفجر|اشتعال)\s+{_WAR}|(?:اندلاع|بدايت|بدء|انطلاق)(?:ها|ه)(?![{AR}]))"
)
IN_WAR = re.compile(rf"(?<![{AR}])(?:في|خلال|جراء|بسبب)\s+(?:هذه\s+)?{_WAR}")
WAR_TOLL = 1000
# Between the count and the war: the battle it was counted in (قتل 1200 في معركة الموصل خلال الحرب على داعش).
_BATTLE = re.compile(rf"(?<![{AR}])(?:ال)?(?:معركه|معارك|هجوم|عمليه|حمله)(?![{AR}])")
# A count since a start (منذ بدء معركة تحرير الحديدة، منذ انطلاق العملية، منذ مطلع العام): an aggregate of weeks.
SINCE_START = re.compile(rf"(?<![{AR}])منذ\s+(?:بدء|بدايه|اندلاع|انطلاق|انطلاقه|مطلع|تفجر)(?![{AR}])")
# Between the count and منذ: a superlative (الحصيلة الأعلى منذ بدء النزاع، الغارة الأعنف منذ بدء الحرب): one event
# compared with the whole war.
SUPERLATIVE = re.compile(rf"(?<![{AR}])(?:ال)?(?:اعنف|اكبر|اسوا|اول|الاولي|اكثر|اعلي|اشد|اخطر)(?![{AR}])")
_TOTAL_CHARS = 90
_STOP = re.compile(r"[.\n]")
# Before an act with no date of its own: the account of a report told of before (وذكر التقرير أن، وبحسب التقرير;
# not ذكر تقرير إخباري: news): a summary of months or years of conduct (واعتقلت المواطنين), no dated event.
REPORT_SAID = re.compile(
    rf"(?<![{AR}])(?:[وف]?(?:ذكر|اشار|افاد|اضاف|كشف|رصد|وثق|اكد|اوضح|قال)(?:ت)?\s+ال(?:تقرير|دراسه)"
    rf"|[وف]?(?:بحسب|حسب|وفق|وفقا)\s+(?:ال|لل)(?:تقرير|دراسه))(?![{AR}])"
)
_REPORT_CHARS = 250
# Before a take-control noun with its pronoun: بعد/عقب/منذ (بعد تحريرها، عقب السيطرة عليها): the place was taken
# before the act told (the demining, the return); the taking is told again, not the article's news.
AFTER_BEFORE = re.compile(rf"(?<![{AR}])[وف]?(?:بعد|عقب|منذ)\s+(?:ال)?$")
# The place as a pronoun: on the noun (تحريرها، استعادته) with no object after it (بعد سيطرتها على المطار، بعد
# استعادته لمواقع: the taker's pronoun), or on على (السيطرة عليها).
_ITS = re.compile(r"(?:ها|هم|هما|ته|تهم)$")
_ITS_OBJECT = re.compile(rf"\s+علي(?:ها|ه|هم|هما)(?![{AR}])")
_TAKER = re.compile(rf"\s+(?:(?:علي|من)(?![{AR}])|ل(?!(?:م|ن|ا)(?![{AR}])))")  # not لم، لن، لا


def running_total(norm: str, point: int, dead_text: str, dead: object) -> str:
    """Whether the toll of the act at ``point`` is a running total: ``war`` (a war's toll, no event), ``since``
    (an aggregate since a battle or a year began, an event of the period) or ``""``."""
    if not dead_text:
        return ""
    written = normalize_letters(dead_text)
    at = norm.find(written, max(0, point - 300), point + 300)
    tail = at + len(written) if at >= 0 else point
    window = _STOP.split(norm[tail : tail + _TOTAL_CHARS], maxsplit=1)[0]  # up to a full stop
    since = next((m for m in SINCE_START.finditer(window) if not SUPERLATIVE.search(window, 0, m.start())), None)
    if since and WAR_SINCE.match(window, since.start()):
        return "war"
    big = isinstance(dead, (int, float)) and dead >= WAR_TOLL
    war = IN_WAR.search(window) if big else None
    if war and not _BATTLE.search(window, 0, war.start()):
        return "war"
    return "since" if since else ""


def report_summary(norm: str, point: int) -> bool:
    """Whether the act at ``point`` is told in a report's account (``REPORT_SAID`` before it in its sentence)."""
    low = max(0, point - _REPORT_CHARS)
    stop = max(norm.rfind(".", low, point), norm.rfind("\n", low, point))
    return bool(REPORT_SAID.search(norm, max(low, stop + 1), point))


def taken_before(norm: str, span: tuple[int, int], action: str) -> bool:
    """Whether a take-control act is told as done before the news (بعد تحريرها، عقب السيطرة عليها)."""
    start, end = span
    head = start - 2 if norm[max(0, start - 2) : start] == "ال" else start
    if action != "سيطرة" or not AFTER_BEFORE.search(norm, max(0, head - 8), head):
        return False
    if _ITS_OBJECT.match(norm, end):
        return True
    return bool(_ITS.search(norm[start:end])) and not _TAKER.match(norm, end)


def told_earlier(norm: str, span: tuple[int, int], dead_text: str, action: str) -> int:
    """1: an aggregate since a start (``running_total``), 2: a taking told after it was done, 0: neither."""
    if running_total(norm, span[0], dead_text, 0):
        return 1
    return 2 if taken_before(norm, span, action) else 0
