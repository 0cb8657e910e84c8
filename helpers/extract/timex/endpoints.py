"""Readings made after the rules (``after_rules``, one walk over the expressions found), on a day they found:
- صباح الخامس من مايو / ليلة 2 حزيران: the day with its part of day, a TIME 2018-05-05TMO (not after a clock:
  الساعة 8 مساء 5 مايو keeps مساء with the clock);
- نهاية اليوم / نهاية الغد / نهاية يوم الأحد: the last minute of that day, a TIME 2016-11-07T23:59 (a deadline);
- a duration + من الآن: the date that far from the DCT, before it after منذ or a past verb (كان لدينا اجتماع منذ
  شهر و21 يوما من الآن -> 2017-10-02), after it otherwise (سيعود بعد ثلاثة أيام من الآن -> DCT+3 days).
A bare duration (منذ شهر) stays a duration: only من الآن makes it a point. A Hijri month after a day in words
becomes that day (hijri.hijri_day_in_words)."""

from __future__ import annotations

import re
from datetime import date

from dateutil.relativedelta import relativedelta

from helpers.extract.timex.direction import PAST, reading
from helpers.extract.timex.hijri import hijri_day_in_words
from helpers.extract.timex.values import WHITE, Timex
from helpers.extract.timex.vocabulary import DAY_PARTS, DAYPART, HOUR_WORDS, PART_ADVERBS
from helpers.text.patterns import alternation

_LETTER_FIRST, _LETTER_LAST = "\u0621", "\u064a"  # the Arabic letters, as helpers.text.arabic.AR
_PART_BEFORE = re.compile(rf"(?:^|\s)[وفبل]?(?P<part>{DAYPART})\s+(?:يوم\s+)?$")
_CLOCK_BEFORE = re.compile(rf"(?:[0-9]|{alternation(HOUR_WORDS)})\s*$")
_END_BEFORE = re.compile(r"(?:^|\s)[وفبل]?(?P<end>نهايه)\s+(?:يوم\s+)?$")
_FROM_NOW_GAP = re.compile(r"\s+من\s+")
_CHAIN_GAP = re.compile(r"\s*[,،]?\s*(?:و\s*)?")
_SINCE = re.compile(r"(?:^|\s)[وف]?منذ\s+$")
_DATE_UNITS = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")


_PART_STEM = re.compile("صباح|فجر|ضحي|ظهر|ظهي|عصر|مساء|ليل")  # every DAY_PARTS word holds one


def after_rules(text: str, found: list[Timex], dct: date | None) -> list[Timex]:
    """The readings made after the rules, in one walk over the expressions found (it runs on every article, so
    each expression costs a type test and, for a day, two searches in the 16 characters before it)."""
    for timex in found:
        value = timex.value
        if timex.type != "DATE" or not value:
            continue
        if len(value) == 10 and value[4] == value[7] == "-":
            _day_after(text, timex)
        elif "/" in value and timex.anchor.startswith("hijri"):
            hijri_day_in_words(text, timex)
    if dct is not None and "الان" in text:
        found = from_now(text, found, dct)
    return found


_PART_AFTER = re.compile(
    r"\s+(?P<part>صباحا|فجرا|ظهرا|عصرا|ليلا|مساءا|مساء(?!\s+(?:ال|يوم|غد|امس|[0-9])))[\u064b-\u0652]*"
    rf"(?![{_LETTER_FIRST}-{_LETTER_LAST}])"
)  # 5 فبراير صباحًا; not مساء الأحد, the part of another day


def _day_after(text: str, timex: Timex) -> None:
    """A day after a part of day (صباح الخامس من مايو -> TMO of that day; not after a clock, which keeps its
    part: الساعة 8 مساء 5 مايو) or after نهاية (نهاية يوم الأحد -> that day's T23:59), or before a part of day
    adverb (5 فبراير صباحًا -> TMO of that day)."""
    after = _PART_AFTER.match(text, timex.end)
    if after:
        part = PART_ADVERBS[after.group("part")]
        timex.end, timex.type, timex.value = after.end(), "TIME", f"{timex.value}T{part}"
        return
    low = max(0, timex.start - 16)
    before = _PART_BEFORE.search(text, low, timex.start) if _PART_STEM.search(text, low, timex.start) else None
    if before and not _CLOCK_BEFORE.search(text, max(0, before.start("part") - 14), before.start("part")):
        part = DAY_PARTS[WHITE.sub(" ", before.group("part"))]
        timex.start, timex.type, timex.value = before.start("part"), "TIME", f"{timex.value}T{part}"
    elif text.find("نهايه", low, timex.start) >= 0:
        before = _END_BEFORE.search(text, low, timex.start)
        if before:
            timex.start, timex.type, timex.value = before.start("end"), "TIME", f"{timex.value}T23:59"
            timex.anchor = f"{timex.anchor}, end of day"


def _length(values: list[str]) -> relativedelta | None:
    """The sum of durations of years, months, weeks and days (None when any has another unit or X)."""
    total = relativedelta()
    for value in values:
        match = _DATE_UNITS.fullmatch(value or "")
        if not match or not any(match.groups()):
            return None
        years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
        total += relativedelta(years=years, months=months, days=days + 7 * weeks)
    return total


def from_now(text: str, found: list[Timex], dct: date) -> list[Timex]:
    """Durations chained before من الآن: the date that far before (منذ, a past verb) or after the DCT."""
    now_at = _word_at(text, "الان")
    if not now_at:
        return found
    out: list[Timex] = []
    for timex in found:
        chain = _chain_before(text, out, timex) if timex.start in now_at else []
        if not chain:
            out.append(timex)
            continue
        first = out[-len(chain)]
        lengths = [_duration_of(t) for t in chain]
        start = first.start
        bare = _BARE_UNIT_BEFORE.search(text, max(0, start - 10), start) if first.type == "DURATION" else None
        if bare:  # شهر و 2 سنة و 21 يوما من الآن: a bare unit first counts one
            lengths.insert(0, _ONE[bare.group("unit")])
            start = bare.start("unit")
        length = _length(lengths)
        if length is None:
            out.append(timex)
            continue
        past = bool(_SINCE.search(text, max(0, start - 8), start)) or first.anchor.startswith("DCT-")
        past = past or (not first.anchor.startswith("DCT+") and reading(text, start, chain[-1].end).direction == PAST)
        day = dct - length if past else dct + length
        del out[-len(chain) :]
        out.append(
            Timex(start, timex.end, "DATE", day.isoformat(), anchor=f"DCT{'-' if past else '+'}{lengths[0]}",
                  confidence=0.75, rule="from_now")
        )  # fmt: skip
    return out


_ONE = {"عام": "P1Y", "سنه": "P1Y", "شهر": "P1M", "اسبوع": "P1W", "يوم": "P1D"}
_BARE_UNIT_BEFORE = re.compile(rf"(?:^|\s)(?P<unit>{alternation(_ONE)})\s*و\s*$")
_SHIFTED = re.compile(r"DCT[+-](P\d+[YMWD])")


def _duration_of(timex: Timex) -> str:
    """The length a chained expression counts: a duration's value, or the shift of بعد/قبل + a duration."""
    if timex.type == "DURATION":
        return timex.value or ""
    shifted = _SHIFTED.fullmatch(timex.anchor)
    return shifted.group(1) if shifted else ""


def _word_at(text: str, word: str) -> set[int]:
    """Where ``word`` stands as a whole word in ``text`` (الان, not الانتخابات), found by ``str.find``."""
    found, at = set(), text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _LETTER_FIRST <= text[at - 1] <= _LETTER_LAST) and (
            end == len(text) or not _LETTER_FIRST <= text[end] <= _LETTER_LAST
        ):
            found.add(at)
        at = text.find(word, end)
    return found


def _chain_before(text: str, out: list[Timex], timex: Timex) -> list[Timex]:
    """The durations just before ``timex`` when it is الآن after من (2 سنة و1 شهر و21 أيام من الآن)."""
    if text[timex.start : timex.end] != "الان" or not out or out[-1].type != "DURATION":
        return []
    if not _FROM_NOW_GAP.fullmatch(text, out[-1].end, timex.start):
        return []
    chain = [out[-1]]
    for index in range(len(out) - 2, -1, -1):  # no copy of ``out``: a long text has many expressions
        earlier = out[index]
        if not _CHAIN_GAP.fullmatch(text, earlier.end, chain[0].start):
            break
        if earlier.type != "DURATION":
            if earlier.rule == "ago_or_later" and _SHIFTED.fullmatch(earlier.anchor):
                chain.insert(0, earlier)  # بعد 2 عام و 21 يوما من الآن: بعد opens the chain
            break
        chain.insert(0, earlier)
    return chain


__all__ = ["after_rules", "from_now"]
