"""The time expression record, the rule registry, and the helpers rules compute TIMEX3 values with."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from helpers.extract.timex.vocabulary import (
    CL,
    DAY_PARTS,
    FUTURE_CUE,
    MONTHS,
    NUMBER_WORDS,
    PART_ADVERBS,
    UNITS,
    VAGUE_COUNTS,
    B,
    E,
)
from helpers.text.arabic import AR


@dataclass(slots=True)
class Timex:
    """One time expression: span, TIMEX3 type and value, how it was anchored, and any flag."""

    start: int
    end: int
    type: str
    value: str | None
    anchor: str = ""
    mod: str = ""
    flag: str = ""
    confidence: float = 0.9
    rule: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class _Context:
    """What rules need besides the match: the DCT, the normalised text and the text before normalisation (the
    same offsets; سأعود and سأل only differ there, the hamza being normalised away)."""

    dct: date | None
    text: str
    dct_flag: str = ""
    original: str = ""


WHITE = re.compile(r"\s+")  # a run of white space (made one space in the word tables' keys)
Handler = Callable[[re.Match[str], _Context], Timex | None]
# (name, pattern, handler, scanning pattern): the scanning pattern consumes the character before the expression
# (the tagger puts a space before the text) instead of looking behind at it, and finds the same expressions
_RULES: list[tuple[str, re.Pattern[str], Handler, re.Pattern[str]]] = []


def _rule(name: str, pattern: str) -> Callable[[Handler], Handler]:
    """Register a rule: ``pattern`` must hold a group ``t``, the span of the expression."""
    compiled = re.compile(B + CL + "(?P<t>" + pattern + ")" + E)
    scanning = re.compile(f"[^{AR}0-9]" + CL + "(?P<t>" + pattern + ")" + E)

    def wrap(func: Handler) -> Handler:
        _RULES.append((name, compiled, func, scanning))
        return func

    return wrap


# ---------------------------------------------------------------- value helpers
_DECIMAL = re.compile(r"\d+(?:[.,]\d+)?")
_TEEN = re.compile(r"(\S+) عشر[ه]?")


def _number(token: str) -> float | str | None:
    """A number written in digits or Arabic words; 'X' for vague counts (بضعة)."""
    token = WHITE.sub(" ", token.strip())
    if token in VAGUE_COUNTS:
        return "X"
    if _DECIMAL.fullmatch(token):
        value = float(token.replace(",", "."))
        return int(value) if value.is_integer() else value
    teen = _TEEN.fullmatch(token)
    if teen:
        unit = {"احد": 1, "احدي": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}.get(teen.group(1))
        unit = unit or NUMBER_WORDS.get(teen.group(1))
        return 10 + unit if unit else None
    parts = token.split(" و")
    if all(p in NUMBER_WORDS for p in parts):
        return sum(NUMBER_WORDS[p] for p in parts)
    return None


def _duration(count: float | str, unit: str) -> str:
    """TIMEX3 duration: (2, 'W') -> P2W, (48, 'H') -> PT48H, (3, 'DE') -> P30Y."""
    if unit == "DE":
        count, unit = (count * 10 if count != "X" else "X"), "Y"
    if unit == "CE":
        count, unit = (count * 100 if count != "X" else "X"), "Y"
    text = count if isinstance(count, str) else (f"{count:g}")
    if unit in ("H", "MIN", "S"):
        return f"PT{text}{ {'H': 'H', 'MIN': 'M', 'S': 'S'}[unit] }"
    return f"P{text}{unit}"


def _unit_count(num: str | None, unit_word: str) -> tuple[float | str, str] | None:
    """Count and unit from an optional number and a unit word (dual forms carry their own 2)."""
    unit_word = WHITE.sub(" ", unit_word)
    unit, implied = UNITS[unit_word]
    if num:
        count = _number(num)
        if count is None:
            return None
        return count, unit
    return (implied or "X"), unit


OUTSIDE_CALENDAR = "outside the calendar: relative date left unresolved"


def calendar_year(year: int) -> int:
    """``year`` itself when the calendar has it (1 to 9999); OverflowError otherwise, as date arithmetic
    past ``date.min`` or ``date.max`` raises (``_relative`` turns either into an unresolved value)."""
    if not 1 <= year <= 9999:
        raise OverflowError(f"year {year} is outside the calendar")
    return year


def _shift(dct: date, count: float | str, unit: str, sign: int) -> tuple[str, str] | None:
    """The date ``count`` units before (sign −1) or after (+1) the DCT, at the unit's granularity
    (OverflowError when that falls outside the calendar)."""
    if count == "X" or not isinstance(count, int):
        return None
    n = sign * count
    if unit == "D":
        return (dct + timedelta(days=n)).isoformat(), "day"
    if unit == "W":
        return _iso_week(dct + timedelta(weeks=n)), "week"
    if unit == "M":
        month = dct.month - 1 + n
        return f"{calendar_year(dct.year + month // 12):04d}-{month % 12 + 1:02d}", "month"
    if unit == "Y":
        return f"{calendar_year(dct.year + n):04d}", "year"
    if unit == "DE":
        return f"{calendar_year(dct.year + 10 * n) // 10:03d}", "decade"
    if unit == "CE":
        return f"{calendar_year(dct.year + 100 * n) // 100:02d}", "century"
    return None


def _iso_week(day: date) -> str:
    """ISO week of a day: 2018-W19."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


_SUBORDINATE = re.compile(r"(?<!\w)(?:بعدما|بعد\s+[اأ]ن|عندما|حين|حينما|الذي|التي|بينما|فيما)(?!\w)")


def _future_context(ctx: _Context, start: int, end: int) -> bool:
    """True when the clause around the span speaks of the future (سـ, سوف, من المقرر, المقبل...)."""
    # only a break within the 40 characters before the span matters: looked for there alone (a long
    # sentence without one would otherwise be scanned back to its start for every expression)
    low = max(0, start - 41)
    text = ctx.text
    head = start - 1
    while head > low and text[head].isspace():
        head -= 1
    set_off = text[head] in "،," and head > low  # سينتخب الأتراك، الأحد، ...: a time set off by commas
    commas = max(text.rfind("،", low, head), text.rfind(",", low, head)) if set_off else text.rfind("،", low, start - 1)
    left = max(text.rfind(".", low, start), text.rfind("\n", low, start), commas)
    if set_off:  # وسيصل الوفد بعدما التقى الرئيس، الإثنين،: the verb after the last subordinator governs
        for m in _SUBORDINATE.finditer(text, left + 1, head):
            left = m.end() - 1
    right = min(len(ctx.text), end + 15)
    that = _THAT.match(ctx.text, end, right)  # أعلنت الثلاثاء أنها سترسل: the future is the report's, not the day's
    window = ctx.text[max(left + 1, start - 40) : end if that else right]
    if (
        _FUTURE_LED.search(" " + window)
        or _intends(" " + window)
        or _scheduled(ctx.text[max(left + 1, start - 40) : start])
    ):
        return not _past_frame(ctx.text, max(left + 1, start - 40), start, end)
    low = max(left + 1, start - 40)
    return "سأ" in ctx.original[low:start] and bool(FIRST_PERSON_FUTURE.search(ctx.original, low, start))


# a complementizer right after the time: what follows it is what was said, not when (قالت الثلاثاء إنها ستعلن;
# not فإنه, "then it": في 27 يوليو، فإنه سيكون)
_THAT = re.compile(rf"\s*(?:علي\s+)?(?:ان|انه|انها|انهم|انهما|بان|بانه|بانها|بانهم)(?![{AR}])")
# A past verb told of the time itself, right after it: في أبريل قتل فيها سبعة، يوم الأحد وقعت فيه (a relative
# clause with its pronoun back: "in which seven were killed")
_PAST_AFTER = re.compile(
    rf"\s*[،,]?\s*[وف]?(?:قتل|قتلت|قتلوا|وقع|وقعت|سقط|سقطت|لقي|لقيت|اصيب|اصيبت|جري|جرت|شهد|شهدت|تم|اندلع|اندلعت"
    rf"|شن|شنت|نفذ|نفذت|استهدف|استهدفت|تعرض|تعرضت|اعلن|اعلنت|اعتقل|اعتقلت|توفي|توفيت|قضي|قضت|هاجم|هاجمت|ضرب"
    rf"|ضربت|فجر|فجرت|انفجر|انفجرت|كان|كانت|كانوا)\s+(?:في|خلال)?(?:ه|ها|هما|هم)(?![{AR}])"
)
# A past frame between the cue and the time: a relative pronoun or a subordinator before a past verb (الذي وقع في
# مارس، التي تعرضت لها في أبريل، بعدما قتل يوم الأحد; not one before a present or future verb: التي تعقد، الذي
# سيجري), or كان/كانت/كانوا/قد before a past verb; the nearest such frame after the future cue governs
_PAST_BEFORE = re.compile(
    rf"(?<![{AR}])(?:[وف]?(?:الذي|التي|الذين|اللذين|اللتين|بعدما|عندما|حينما|حين|لما)\s+(?:قد\s+)?"
    rf"(?:تم|ت[{AR}]{{2,5}}ت|(?![يتسن])[{AR}]{{2,6}})|[وف]?(?:كان|كانت|كانوا)\s+(?:قد\s+)?(?![يتسن])[{AR}]{{2,6}}"
    rf"|[وف]?قد\s+(?:تم|ت[{AR}]{{2,5}}ت|(?![يتسن])[{AR}]{{2,6}}))(?![{AR}])"
)


def _past_frame(text: str, low: int, start: int, end: int) -> bool:
    """True when a past clause governs the time at ``text[start:end]`` more closely than a future cue before it:
    a past verb with a pronoun back to the time right after it, or a past frame between the last future cue (in
    ``text[low:start]``) and the time (ويتوقع أن ينظر في الهجوم الذي وقع في مارس: March past)."""
    if _PAST_AFTER.match(text, end):
        return True
    before = " " + text[low:start]
    cues = [m.end() for m in _FUTURE_LED.finditer(before)]
    cues += [m.end() for m in _INTENT.finditer(before) if not m.group("was")]
    frames = list(_PAST_BEFORE.finditer(before, max(cues, default=0)))
    # a present verb after the frame governs the time (الذي أعلنته الحكومة وينتهي الثلاثاء: ahead)
    return (
        bool(frames) and not _FUTURE_LED.search(before, frames[-1].end()) and not _scheduled(before[frames[-1].end() :])
    )


def _intends(text: str) -> bool:
    """An intention or سنـ in ``text`` not told as a past state (كانا يسعيان لـ: were seeking, in the past)."""
    return any(not m.group("was") for m in _INTENT.finditer(text))


# FUTURE_CUE led by the character before the cue instead of a look-behind, so that the search skips to it (the
# window is searched with a space before it: the same answer)
_FUTURE_LED = re.compile(f"[^{AR}]" + FUTURE_CUE.pattern.removeprefix(f"(?<![{AR}])"))
# An intention (تعتزم، ينوي، يخطط، تسعى إلى) or the first person plural future (سنعقد، وسنواصل; not سنة، سنوات،
# سنجار، سندات): what is intended lies ahead, as after سـ; not after كان (كانا يسعيان لـ: a past state)
_INTENT = re.compile(
    rf"[^{AR}](?P<was>[وف]?كان(?:ت|وا|ا|تا)?\s+(?:قد\s+)?)?"
    rf"[وف]?(?:[يتن](?:عتزم|نوي|زمع|خطط)(?:ون|ان)?|[يتن]سع(?:ي|يان|ون)(?=\s+(?:الي|ل[{AR}]))"
    rf"|سن(?![هويتداغجب])[{AR}]{{3,}})(?![{AR}])"
)
# the first person future (سأعود، وسأزور; not سأل, asked, nor سأم), read on the text before normalisation
FIRST_PERSON_FUTURE = re.compile(r"(?<![\w])[وف]?سأ(?!ل|م)\w{2,}")


# present verbs of a scheduled happening (يبدأ، تعقد، ينطلق، تجرى، يزور، يصوت...), with سـ or و/ف before them;
# not those whose ت-form is also a past verb (تعرض، تواجه، تلقى، تصدر)
_SCHEDULED = re.compile(
    r"[وف]?س?[يت](?:بدا|عقد|نعقد|نطلق|لتقي|جتمع|زور|صل|توجه|ستضيف|لعب|خوض|جري|قام|صوت|ختتم|فتتح|ستانف|عود"
    r"|غادر|تراس|نظم|حتفل|نتهي|شارك|دلي|تسلم|حل|طلق|فتح|ناقش|بحث|شهد)"
)
# the same verbs found by their ي/ت: a search led by a letter class skips to its candidates (the same answer, as
# the optional و/ف/سـ before them cannot decide whether one is there)
_SCHEDULED_CORE = re.compile(_SCHEDULED.pattern.removeprefix("[وف]?س?"))
_NOT_AHEAD = {"منذ", "قبل", "حتي"}
_PAST_FRAME = {"لم", "لما", "كان", "كانت", "كانوا"}  # لم يعقد، كان يلتقي: past


def _scheduled(before: str) -> bool:
    """True when the nearest present verb of a scheduled happening in the few words before an expression
    governs it (يبدأ مشواره يوم الاثنين: the coming Monday); منذ/قبل/حتى between them break it, and so does
    a past frame before the verb (لم يعقد، كان يلتقي، قبل أن يفتح); after ما it tells a quantity (ما يصل إلى)."""
    if not _SCHEDULED_CORE.search(before):
        return False  # no such verb at all: the usual case, one search instead of a match per word
    words = before.split()[-8:]
    for index in range(len(words) - 1, max(-1, len(words) - 7), -1):
        word = words[index]
        if word in _NOT_AHEAD:
            return False
        if _SCHEDULED.fullmatch(word):
            frame = [w.removeprefix("و") for w in words[max(0, index - 2) : index]]
            if frame[-1:] == ["ما"]:
                continue  # ما يصل إلى 60: a quantity (up to), no happening
            return not (
                (frame and frame[-1] in _PAST_FRAME) or (frame[-2:-1] in (["قبل"], ["بعد"]) and frame[-1] == "ان")
            )
    return False


def _weekday_date(dct: date, weekday: int, direction: int) -> date:
    """The given weekday before (−1), after (+1) or nearest-past-or-today (0) relative to the DCT."""
    if direction > 0:
        return dct + timedelta(days=(weekday - dct.weekday()) % 7 or 7)
    if direction < 0:
        return dct - timedelta(days=(dct.weekday() - weekday) % 7 or 7)
    return dct - timedelta(days=(dct.weekday() - weekday) % 7)


def _relative(ctx: _Context, span: tuple[int, int], anchor: str, resolve: Callable[[date], str | None], **kw) -> Timex:
    """A DCT-relative Timex: resolved when there is a DCT, flagged when there is none."""
    if ctx.dct is None:
        return Timex(
            *span, kw.pop("type", "DATE"), None, anchor=anchor, flag="no DCT: relative date left unresolved", **kw
        )
    try:
        value = resolve(ctx.dct)
    except OverflowError:  # before 0001-01-01 or after 9999-12-31
        return Timex(*span, kw.pop("type", "DATE"), None, anchor=anchor, flag=OUTSIDE_CALENDAR, **kw)
    return Timex(*span, kw.pop("type", "DATE"), value, anchor=anchor, flag=ctx.dct_flag, **kw)


def _part(m: re.Match[str]) -> str:
    """The TIMEX part of day named before (صباح الأحد) or after (الأحد مساء) a day."""
    before = m.group("part")
    if before:
        return DAY_PARTS.get(WHITE.sub(" ", before), "")
    after = m.group("part_after") if "part_after" in m.re.groupindex else None
    return PART_ADVERBS.get(WHITE.sub(" ", after), "") if after else ""


def _make_date(year: int, month: int, day: int) -> tuple[str | None, str]:
    """An ISO date, or (None, flag) when the day does not exist (31 فبراير)."""
    try:
        return date(year, month, day).isoformat(), ""
    except ValueError:
        return None, f"impossible date: day {day} of month {month}"


def _closest_year(dct: date, month: int, future: bool | None) -> int:
    """Year for a month named without one: the DCT's year, moved by tense when it is clearly off
    (OverflowError when that leaves the calendar)."""
    if future is True and month < dct.month:
        return calendar_year(dct.year + 1)
    if future is False and month > dct.month:
        return calendar_year(dct.year - 1)
    return dct.year


def _spaced(m: re.Match[str], group: str) -> str:
    """A matched group with its inner white space made single spaces (a key into the word tables)."""
    return WHITE.sub(" ", m.group(group))


def _month_of(match: re.Match[str]) -> int:
    """Month number from the ``m`` group (the first of a pair such as مايو/أيار)."""
    return MONTHS[WHITE.sub(" ", match.group("m"))]
