"""Times anchored to an event rather than to the calendar: ساعة الصفر، بعد يومين من الهجوم، قبل بدء العملية،
عشية الانتخابات. The article rarely dates the event in the same sentence, so the value is left unresolved
(None), the anchor names the event and the distance (``event: الهجوم +P2D``) for a reader who can date the
event, and ``mod`` says BEFORE/AFTER."""

from __future__ import annotations

import re

from helpers.extract.timex.values import Timex, _Context, _duration, _rule, _unit_count
from helpers.extract.timex.vocabulary import MONTH, NUM, UNIT, WEEKDAY
from helpers.text.arabic import AR

EVENT_FLAG = "relative to an event: left unresolved"
# nouns that start an event phrase after قبل/بعد (بدء العملية، انتهاء الاجتماع، اندلاع الحرب)
EVENT_HEAD = (
    r"(?:بدء|بدايه|انطلاق|انطلاقه|انتهاء|نهايه|اندلاع|وقوع|اعلان|توقيع|سقوط|مقتل|اغتيال|وصول|عوده|تنفيذ"
    r"|اجراء|انعقاد|صدور|دخول|خروج|انسحاب|تحرير|هجوم|الهجوم|العمليه|الهجمات|الانفجار|الاشتباكات|الانتخابات"
    r"|الاجتماع|الحادث|الحادثه|الغاره|القصف|المعركه|الاتفاق|الاعلان|الاعتداء|التفجير|الزلزال|الفيضان|الاعصار"
    r"|الكارثه|السيول|الحرب|الثوره|الانقلاب|الاستفتاء|المؤتمر|القمه|المفاوضات|الهدنه)"
)
# more heads after a counted span only (بعد يومين من لقاء قادة ...): alone, بعد وفاة والده is no time expression
_COUNTED_HEAD = (
    rf"(?:{EVENT_HEAD}|لقاء|اللقاء|زياره|الزياره|اجتماع|اعتقال|الاعتقال|اختطاف|الاختطاف|تفجير|انفجار|وفاه|رحيل"
    r"|استقاله|الموعد|موعد|موعده|موعدها)"
)
# a hedge before the count (قبل نحو عام، بعد أكثر من أسبوع) and a half after the unit (عام ونصف العام)
_HEDGE = r"(?:(?:نحو|حوالي|قرابه|زهاء|(?:اكثر|اقل)\s+من)\s+)?"
_HALF = r"(?P<half>\s+و\s*نصف(?:\s+ال\S+)?)?"
# words after بدء/نهاية that make a calendar period, not an event (نهاية العام، بداية الشهر)
_LINKS = r"(?:علي|في|من|الي|عن|مع|ضد|التي|الذي|و)(?!\S)"
_TIME_WORDS = rf"(?:{UNIT}|ال(?:عام|سنه|شهر|اسبوع|يوم|عقد|قرن|اسبوع)\S*|{MONTH}|{WEEKDAY}|[0-9])"


_PERIOD_EVENT = re.compile(rf"\S+\s+{_TIME_WORDS}")  # بداية العام: a calendar period, not an event
_PERIOD_AFTER = re.compile(rf"\s+{_TIME_WORDS}(?![{AR}])")


@_rule(
    "event_anchored",
    rf"(?P<dir>قبل|بعد|عقب|اثر|منذ)\s+{_HEDGE}(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT}){_HALF}\s+(?:من|علي)\s+"
    rf"(?P<event>{_COUNTED_HEAD}(?:\s+(?!{_TIME_WORDS}|{_LINKS})[^\s،.]+)?|ذلك|تلك|هذا|هذه)"
    rf"|(?P<dir2>قبل|بعد|عقب|اثر|فور|منذ|عشيه|غداه|ليله)\s+(?P<event2>{EVENT_HEAD}(?:\s+(?!{_TIME_WORDS}|{_LINKS})[^\s،.]+)?)"
    r"|(?P<zero>ساعه\s+الصفر)",
)
def _event_anchored(m: re.Match[str], ctx: _Context) -> Timex | None:
    if m.group("zero"):
        return Timex(*m.span("t"), "TIME", None, anchor="event: zero hour", flag=EVENT_FLAG, confidence=0.7)
    direction = m.group("dir") or m.group("dir2")
    mod = "BEFORE" if direction in ("قبل", "عشيه", "ليله") else "AFTER"
    event = m.group("event") or m.group("event2")
    after = ctx.text[m.end("t") : m.end("t") + 30]
    if m.group("event2") and (_PERIOD_EVENT.match(event) or _PERIOD_AFTER.match(after)):
        return None  # منذ بداية العام، بعد نهاية الشهر: a calendar period, not an event
    anchor = f"event: {event}"
    if m.group("unit"):
        counted = _unit_count(m.group("num"), m.group("unit"))
        if counted is None:
            return None
        if m.group("half") and not isinstance(counted[0], str):
            counted = (counted[0] + 0.5, counted[1])  # عام ونصف العام: P1.5Y
        anchor += f" {'-' if mod == 'BEFORE' else '+'}{_duration(*counted)}"
    return Timex(*m.span("t"), "DATE", None, anchor=anchor, mod=mod, flag=EVENT_FLAG, confidence=0.6)
