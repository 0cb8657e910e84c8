"""An Arabic temporal tagger: find time expressions and normalise them to TIMEX3 values.

Rules run over the text after length-keeping letter normalisation (أ/إ/آ→ا, ى→ي,
ة→ه, Arabic-Indic digits→ASCII), so every offset is an offset into the original.
Relative expressions are resolved against the document creation time (DCT):
``يوم أمس الاثنين`` → DCT−1 day, ``الأحد الماضي`` → the Sunday before the DCT,
``خلال أسبوعين`` → P2W. Without a DCT, relative values stay unresolved and say so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from helpers.text.normalize import normalize_letters
from helpers.text.patterns import alternation as _alt

# ---------------------------------------------------------------- vocabulary (normalised spellings)
AR = "\u0621-\u064a"
B = rf"(?<![{AR}0-9])"  # no letter or digit before
E = rf"(?![{AR}0-9])"  # no letter or digit after
CL = r"(?:[وف]?[بلك]?)"  # proclitics kept outside the span: و ف ب ل ك
AL = r"(?:ال|(?<=ل)ل)"  # the article, or its lam after the preposition lam (للعام)
S = r"\s+"

MONTHS: dict[str, int] = {
    # Egyptian/Gulf (Gregorian loanwords)
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine/Iraqi (Syriac)
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # Maghrebi (French)
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "جويلي": 7, "اوت": 8,
}  # fmt: skip
# Month names that are also common words: they count only beside a day, a year or a cue word.
AMBIGUOUS_MONTHS = {"مارس", "اب", "ماي", "اوت", "تموز"}
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4, "جمادي الاولي": 5,
    "جمادي الاول": 5, "جمادي الثانيه": 6, "جمادي الاخره": 6, "جمادي الاخر": 6, "رجب": 7, "شعبان": 8,
    "رمضان": 9, "شوال": 10, "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
UNITS: dict[str, tuple[str, int]] = {
    # form -> (TIMEX unit, count implied by the form: 1 singular, 2 dual, 0 plural)
    "يوم": ("D", 1), "يوما": ("D", 1), "يومين": ("D", 2), "يومان": ("D", 2), "ايام": ("D", 0),
    "اسبوع": ("W", 1), "اسبوعا": ("W", 1), "اسبوعين": ("W", 2), "اسبوعان": ("W", 2), "اسابيع": ("W", 0),
    "شهر": ("M", 1), "شهرا": ("M", 1), "شهرين": ("M", 2), "شهران": ("M", 2), "اشهر": ("M", 0), "شهور": ("M", 0),
    "عام": ("Y", 1), "عاما": ("Y", 1), "عامين": ("Y", 2), "عامان": ("Y", 2), "اعوام": ("Y", 0),
    "سنه": ("Y", 1), "سنتين": ("Y", 2), "سنتان": ("Y", 2), "سنوات": ("Y", 0), "سنين": ("Y", 0),
    "ساعه": ("H", 1), "ساعتين": ("H", 2), "ساعتان": ("H", 2), "ساعات": ("H", 0),
    "دقيقه": ("MIN", 1), "دقيقتين": ("MIN", 2), "دقيقتان": ("MIN", 2), "دقائق": ("MIN", 0),
    "عقد": ("DE", 1), "عقدين": ("DE", 2), "عقود": ("DE", 0), "قرن": ("CE", 1), "قرنين": ("CE", 2),
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "واحد": 1, "واحده": 1, "اثنين": 2, "اثنان": 2, "اثنتين": 2, "اثنتان": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40, "خمسين": 50,
    "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70, "ثمانين": 80, "ثمانون": 80,
    "تسعين": 90, "تسعون": 90, "مئه": 100, "مائه": 100, "مئتين": 200, "مائتين": 200,
}  # fmt: skip
VAGUE_COUNTS = {"بضعه": "X", "بضع": "X", "عده": "X", "بعض": "X"}
ORDINALS: dict[str, int] = {
    "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13,
    "الرابع عشر": 14, "الخامس عشر": 15, "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18,
    "التاسع عشر": 19, "العشرين": 20, "الحادي والعشرين": 21, "الثاني والعشرين": 22, "الثالث والعشرين": 23,
    "الرابع والعشرين": 24, "الخامس والعشرين": 25, "السادس والعشرين": 26, "السابع والعشرين": 27,
    "الثامن والعشرين": 28, "التاسع والعشرين": 29, "الثلاثين": 30, "الحادي والثلاثين": 31,
}  # fmt: skip
HOUR_WORDS: dict[str, int] = {
    "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6, "السابعه": 7,
    "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11, "الثانيه عشره": 12,
}  # fmt: skip
DAY_PARTS: dict[str, str] = {
    "صباح": "MO", "فجر": "MO", "ضحي": "MO", "ظهر": "AF", "ظهيره": "AF", "عصر": "AF",
    "مساء": "EV", "ليل": "NI", "ليله": "NI", "منتصف ليل": "NI", "منتصف ليله": "NI",
}  # fmt: skip
PART_ADVERBS = {
    "صباحا": "MO",
    "فجرا": "MO",
    "ظهرا": "AF",
    "عصرا": "AF",
    "بعد الظهر": "AF",
    "مساء": "EV",
    "مساءا": "EV",
    "ليلا": "NI",
}
PART_ADVERB = "(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(PART_ADVERBS, key=len, reverse=True)) + ")"
PAST_MOD = (
    r"(?:الماضيين|الماضيتين|الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه"
    r"|الاخيرين|الاخيرتين|الاخير|الاخيره)"
)
NEXT_MOD = r"(?:المقبلين|المقبلتين|القادمين|القادمتين|المقبل|المقبله|القادم|القادمه|التالي|التاليه)"
THIS_MOD = r"(?:الجاري|الجاريه|الحالي|الحاليه)"
VAGUE: dict[str, str] = {
    "الان": "PRESENT_REF", "حاليا": "PRESENT_REF", "في الوقت الحالي": "PRESENT_REF",
    "في الوقت الراهن": "PRESENT_REF", "حتي الان": "PRESENT_REF", "حتي اللحظه": "PRESENT_REF",
    "في هذه الاثناء": "PRESENT_REF", "راهنا": "PRESENT_REF",
    "مؤخرا": "PAST_REF", "في الاونه الاخيره": "PAST_REF", "في وقت سابق": "PAST_REF", "سابقا": "PAST_REF",
    "في الايام الماضيه": "PAST_REF", "في الايام الاخيره": "PAST_REF", "الايام الماضيه": "PAST_REF",
    "الايام الاخيره": "PAST_REF", "في الفتره الماضيه": "PAST_REF", "في الماضي": "PAST_REF",
    "قريبا": "FUTURE_REF", "خلال وقت قريب": "FUTURE_REF", "في وقت قريب": "FUTURE_REF",
    "في وقت لاحق": "FUTURE_REF", "لاحقا": "FUTURE_REF", "مستقبلا": "FUTURE_REF", "في المستقبل": "FUTURE_REF",
    "في الايام المقبله": "FUTURE_REF", "الايام المقبله": "FUTURE_REF", "في الفتره المقبله": "FUTURE_REF",
    "الفتره المقبله": "FUTURE_REF", "في القريب العاجل": "FUTURE_REF",
}  # fmt: skip
SETS: dict[str, str] = {
    "يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "كل يوم": "P1D", "كل اسبوع": "P1W",
    "كل شهر": "P1M", "كل عام": "P1Y", "كل سنه": "P1Y", "كل ساعه": "PT1H", "كل يومين": "P2D",
    "كل اسبوعين": "P2W", "كل شهرين": "P2M", "كل عامين": "P2Y", "كل سنتين": "P2Y", "كل ليله": "P1D",
}  # fmt: skip
# Future tense: سـ + a present-tense verb, or explicit words. سيارة, سياسة, سيطرة, سيناء... are nouns, not verbs.
FUTURE_CUE = re.compile(
    r"(?<!["
    + AR
    + r"])(?:س[يت](?!ا|طر|ناء|د|ول|ف["
    + AR
    + r"]|ر["
    + AR
    + r"]?(?!["
    + AR
    + r"])|تين|تون)["
    + AR
    + r"]{3,}|سوف|المقرر|المزمع|ينتظر|المنتظر|المرتقب|يتوقع|متوقعا|المقبل|القادم)(?!["
    + AR
    + r"])"
)


MONTH = _alt(MONTHS)
HMONTH = _alt(HIJRI_MONTHS)
WEEKDAY = _alt(WEEKDAYS)
WEEKDAY_BARE = _alt(w[2:] for w in WEEKDAYS)
UNIT = _alt(UNITS)
NUMWORD = _alt(NUMBER_WORDS)
TEEN = (
    r"(?:احد|احدي|اثنا|اثني|اثنتا|اثنتي|ثلاثه|ثلاث|اربعه|اربع|خمسه|خمس|سته|ست|سبعه|سبع|ثمانيه|ثماني|تسعه|تسع)\s+عشر[ه]?"
)
NUM = rf"(?:\d{{1,4}}(?:[.,]\d+)?|{TEEN}|{NUMWORD}(?:\s+و{NUMWORD})?|{_alt(VAGUE_COUNTS)})"
ORDINAL = _alt(ORDINALS)
DAYPART = _alt(DAY_PARTS)
DAYNUM = rf"(?:\d{{1,2}}|{ORDINAL})"
MONTH_PAIR = rf"(?:شهر\s+)?(?P<m>{MONTH})(?:\s*[/(،-]\s*(?P<m2>{MONTH})\s*\)?)?"
YEAR4 = r"(?:1[89]\d\d|20\d\d|2100)"


@dataclass
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
    """What rules need besides the match: the DCT and the normalised text."""

    dct: date | None
    text: str
    dct_flag: str = ""


Handler = Callable[[re.Match[str], _Context], Timex | None]
_RULES: list[tuple[str, re.Pattern[str], Handler, frozenset[str] | None]] = []


def _rule(name: str, pattern: str) -> Callable[[Handler], Handler]:
    """Register a rule: ``pattern`` must hold a group ``t``, the span of the expression."""
    compiled = re.compile(B + CL + "(?P<t>" + pattern + ")" + E)

    def wrap(func: Handler) -> Handler:
        _RULES.append((name, compiled, func, required_strings(compiled)))
        return func

    return wrap


# ---------------------------------------------------------------- which rules can match at all
# Most rules cannot match most articles: a Hijri date needs a Hijri month name, a clock time a colon.
# From each rule's parsed pattern we derive strings of which every match must contain one; a rule whose
# strings are all absent from a text is not run on it. The result is the same, only faster
# (tests/test_timex.py runs the tagger both ways).
try:
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_EXACT_LIMIT = 256  # the most strings tracked for one piece of a pattern


def _exact(item: tuple) -> frozenset[str] | None:
    """Every string one parsed pattern item can match, when that is a small finite set (else None)."""
    op, av = item
    if op is _sre.LITERAL:
        return frozenset({chr(av)})
    if op is _sre.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(chr(value))
            elif kind is _sre.RANGE and value[1] - value[0] < 32:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # a category, a negation or a wide range
                return None
        return frozenset(chars)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return frozenset({""})  # zero width
    if op is _sre.SUBPATTERN:
        return _exact_sequence(list(av[-1]))
    if op is _sre.BRANCH:
        options: set[str] = set()
        for branch in av[1]:
            found = _exact_sequence(list(branch))
            if found is None or len(options) + len(found) > _EXACT_LIMIT:
                return None
            options |= found
        return frozenset(options)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[1] <= 1:
        found = _exact_sequence(list(av[2]))
        return None if found is None else found | ({""} if av[0] == 0 else set())
    return None


def _exact_sequence(items: list) -> frozenset[str] | None:
    """``_exact`` of items one after another (the product of their sets)."""
    out = frozenset({""})
    for item in items:
        found = _exact(item)
        if found is None or len(out) * len(found) > _EXACT_LIMIT:
            return None
        out = frozenset(a + b for a in out for b in found)
    return out


def _needed(items: list) -> frozenset[str] | None:
    """Strings of which every match of a sequence of items contains one (None when none can be named).
    Of the candidates (a run of items with exact sets, or what one item needs) the one whose shortest
    string is longest wins."""
    candidates = []
    exact = [_exact(item) for item in items]
    for i in range(len(items)):
        run = frozenset({""})
        for j in range(i, len(items)):
            if exact[j] is None or len(run) * len(exact[j]) > _EXACT_LIMIT:
                break
            run = frozenset(a + b for a in run for b in exact[j])
            if "" not in run:
                candidates.append(run)
        op, av = items[i]
        inner = None
        if op is _sre.SUBPATTERN:
            inner = _needed(list(av[-1]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            inner = _needed(list(av[2]))
        elif op is _sre.BRANCH:
            branches = [_needed(list(b)) for b in av[1]]
            if all(b is not None for b in branches):
                inner = frozenset().union(*branches)
        if inner:
            candidates.append(inner)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings of which every match of ``pattern`` contains at least one (None: no such set was found)."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _needed(list(_sre_parse.parse(pattern.pattern, pattern.flags)))


# ---------------------------------------------------------------- value helpers
def _number(token: str) -> float | str | None:
    """A number written in digits or Arabic words; 'X' for vague counts (بضعة)."""
    token = re.sub(r"\s+", " ", token.strip())
    if token in VAGUE_COUNTS:
        return "X"
    if re.fullmatch(r"\d+(?:[.,]\d+)?", token):
        value = float(token.replace(",", "."))
        return int(value) if value.is_integer() else value
    teen = re.fullmatch(r"(\S+) عشر[ه]?", token)
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
    if unit in ("H", "MIN"):
        return f"PT{text}{'H' if unit == 'H' else 'M'}"
    return f"P{text}{unit}"


def _unit_count(num: str | None, unit_word: str) -> tuple[float | str, str] | None:
    """Count and unit from an optional number and a unit word (dual forms carry their own 2)."""
    unit_word = re.sub(r"\s+", " ", unit_word)
    unit, implied = UNITS[unit_word]
    if num:
        count = _number(num)
        if count is None:
            return None
        return count, unit
    return (implied or "X"), unit


def _shift(dct: date, count: float | str, unit: str, sign: int) -> tuple[str, str] | None:
    """The date ``count`` units before (sign −1) or after (+1) the DCT, at the unit's granularity."""
    if count == "X" or not isinstance(count, int):
        return None
    n = sign * count
    if unit == "D":
        return (dct + timedelta(days=n)).isoformat(), "day"
    if unit == "W":
        return _iso_week(dct + timedelta(weeks=n)), "week"
    if unit == "M":
        month = dct.month - 1 + n
        return f"{dct.year + month // 12:04d}-{month % 12 + 1:02d}", "month"
    if unit == "Y":
        return f"{dct.year + n:04d}", "year"
    if unit == "DE":
        return f"{(dct.year + 10 * n) // 10:03d}", "decade"
    return None


def _iso_week(day: date) -> str:
    """ISO week of a day: 2018-W19."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _future_context(ctx: _Context, start: int, end: int) -> bool:
    """True when the clause around the span speaks of the future (سـ, سوف, من المقرر, المقبل...)."""
    left = max(ctx.text.rfind(".", 0, start), ctx.text.rfind("\n", 0, start), ctx.text.rfind("،", 0, start - 1))
    window = ctx.text[max(left + 1, start - 40) : min(len(ctx.text), end + 15)]
    return bool(FUTURE_CUE.search(window))


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
    value = resolve(ctx.dct)
    return Timex(*span, kw.pop("type", "DATE"), value, anchor=anchor, flag=ctx.dct_flag, **kw)


def _part(m: re.Match[str]) -> str:
    """The TIMEX part of day named before (صباح الأحد) or after (الأحد مساء) a day."""
    before = DAY_PARTS.get(re.sub(r"\s+", " ", m.group("part") or ""), "")
    after = PART_ADVERBS.get(re.sub(r"\s+", " ", m.groupdict().get("part_after") or ""), "")
    return before or after


def _make_date(year: int, month: int, day: int) -> tuple[str | None, str]:
    """An ISO date, or (None, flag) when the day does not exist (31 فبراير)."""
    try:
        return date(year, month, day).isoformat(), ""
    except ValueError:
        return None, f"impossible date: day {day} of month {month}"


def _closest_year(dct: date, month: int, future: bool | None) -> int:
    """Year for a month named without one: the DCT's year, moved by tense when it is clearly off."""
    if future is True and month < dct.month:
        return dct.year + 1
    if future is False and month > dct.month:
        return dct.year - 1
    return dct.year


def _month_of(match: re.Match[str]) -> int:
    """Month number from the ``m`` group (the first of a pair such as مايو/أيار)."""
    return MONTHS[re.sub(r"\s+", " ", match.group("m"))]


# ---------------------------------------------------------------- rules (longest match wins)
@_rule("date_numeric_dmy", r"(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<mo>\d{1,2})\s*(?P=sep)\s*(?P<y>\d{4}|\d{2})")
def _numeric_dmy(m: re.Match[str], ctx: _Context) -> Timex | None:
    year = int(m.group("y"))
    year = year + 2000 if year < 50 else year + 1900 if year < 100 else year
    value, flag = _make_date(year, int(m.group("mo")), int(m.group("d")))
    return Timex(*m.span("t"), "DATE", value, anchor="absolute", flag=flag)


@_rule("date_numeric_ymd", r"(?P<y>\d{4})\s*(?P<sep>[/.-])\s*(?P<mo>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})")
def _numeric_ymd(m: re.Match[str], ctx: _Context) -> Timex | None:
    value, flag = _make_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return Timex(*m.span("t"), "DATE", value, anchor="absolute", flag=flag)


@_rule(
    "date_day_month_year",
    rf"(?:(?:يوم|{AL}?{WEEKDAY_BARE})\s+)?(?:{WEEKDAY}\s+)?(?P<d>{DAYNUM})\s*(?:من\s+)?{MONTH_PAIR}"
    rf"(?:\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<y>{YEAR4})(?:\s*م(?![{AR}]))?)?"
    rf"(?:\s+(?P<mod>{THIS_MOD}|{PAST_MOD}|{NEXT_MOD}))?",
)
def _day_month_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    raw_day = re.sub(r"\s+", " ", m.group("d"))
    day = int(raw_day) if raw_day.isdigit() else ORDINALS[raw_day]
    month = _month_of(m)
    if m.group("y"):
        value, flag = _make_date(int(m.group("y")), month, day)
        return Timex(*m.span("t"), "DATE", value, anchor="absolute", flag=flag)
    if ctx.dct is None:
        return Timex(*m.span("t"), "DATE", None, anchor="year from DCT", flag="no DCT: year unknown")
    mod = m.group("mod") or ""
    future = True if re.fullmatch(NEXT_MOD, mod) else False if re.fullmatch(PAST_MOD, mod) else None
    if future is None and not mod:
        future = _future_context(ctx, *m.span("t"))
    year = _closest_year(ctx.dct, month, future)
    value, flag = _make_date(year, month, day)
    return Timex(*m.span("t"), "DATE", value, anchor="year from DCT", flag=flag or ctx.dct_flag, confidence=0.8)


@_rule("date_month_year", rf"{MONTH_PAIR}\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<y>{YEAR4})")
def _month_year(m: re.Match[str], ctx: _Context) -> Timex | None:
    return Timex(*m.span("t"), "DATE", f"{int(m.group('y')):04d}-{_month_of(m):02d}", anchor="absolute")


@_rule(
    "date_month_cued",
    rf"(?:(?<=في )|(?<=منذ )|(?<=حتي )|(?<=خلال )|(?<=بعد )|(?<=قبل )|(?<=اواخر )|(?<=اوائل )|(?<=مطلع )"
    rf"|(?<=منتصف )|(?<=نهايه )|(?<=بدايه )|(?<=شهر ))(?P<m>{MONTH})(?:\s*[/(]\s*(?P<m2>{MONTH})\s*\)?)?"
    rf"(?:\s+(?P<mod>{PAST_MOD}|{NEXT_MOD}|{THIS_MOD}))?",
)
def _month_cued(m: re.Match[str], ctx: _Context) -> Timex | None:
    month = _month_of(m)
    mod = m.group("mod") or ""
    future = True if re.fullmatch(NEXT_MOD, mod) else False if re.fullmatch(PAST_MOD, mod) else None
    preceding = ctx.text[max(0, m.start("t") - 5) : m.start("t")]
    if future is None and re.search(r"(?:منذ|قبل) $", preceding):
        future = False
    if future is None and not re.fullmatch(THIS_MOD, mod):
        future = _future_context(ctx, *m.span("t"))

    def resolve(dct: date) -> str:
        return f"{_closest_year(dct, month, future):04d}-{month:02d}"

    return _relative(ctx, m.span("t"), "year from DCT", resolve, confidence=0.8)


@_rule(
    "date_hijri",
    rf"(?P<d>\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?(?P<hm>{HMONTH})\s+(?:(?:عام|سنه)\s+)?(?P<y>1[34]\d\d)(?:\s*هـ?)?",
)
def _hijri(m: re.Match[str], ctx: _Context) -> Timex | None:
    from hijridate import Hijri

    month = HIJRI_MONTHS[re.sub(r"\s+", " ", m.group("hm"))]
    try:
        value = Hijri(int(m.group("y")), month, int(m.group("d"))).to_gregorian().isoformat()
        flag = ""
    except (ValueError, OverflowError) as err:
        value, flag = None, f"impossible Hijri date: {err}"
    return Timex(*m.span("t"), "DATE", value, anchor="hijri", flag=flag)


POSITIONS = {
    "مطلع": "START",
    "بدايه": "START",
    "اوائل": "START",
    "منتصف": "MID",
    "اواسط": "MID",
    "اواخر": "END",
    "نهايه": "END",
}


@_rule("year", rf"(?:(?P<pos>{_alt(POSITIONS)})\s+)?(?:(?:عام|العام|سنه|لعام)\s+)(?P<y>{YEAR4})(?:\s*م(?![{AR}]))?")
def _year(m: re.Match[str], ctx: _Context) -> Timex | None:
    return Timex(*m.span("t"), "DATE", m.group("y"), anchor="absolute", mod=POSITIONS.get(m.group("pos") or "", ""))


@_rule(
    "year_range",
    rf"(?:بين|من)\s+(?:(?:عامي|العامين|سنتي|عام|العام)\s+)?(?P<y1>{YEAR4})\s*(?:و|الي|حتي|-)\s*(?:(?:عام|العام)\s+)?(?P<y2>{YEAR4})",
)
def _year_range(m: re.Match[str], ctx: _Context) -> Timex | None:
    return Timex(*m.span("t"), "DATE", f"{m.group('y1')}/{m.group('y2')}", anchor="absolute", mod="RANGE")


@_rule(
    "year_cued",
    rf"(?:(?<=في )|(?<=منذ )|(?<=حتي )|(?<=خلال )|(?<=مطلع )|(?<=نهايه )|(?<=اواخر )|(?<=بدايه )|(?<=منتصف )"
    rf"|(?<=مواليد ))(?P<y>{YEAR4})(?![0-9]|[.,][0-9])",
)
def _year_cued(m: re.Match[str], ctx: _Context) -> Timex | None:
    return Timex(*m.span("t"), "DATE", m.group("y"), anchor="absolute", confidence=0.8)


_DAY_REL = {
    "امس": -1, "البارحه": -1, "اول امس": -2, "اول من امس": -2, "قبل امس": -2,
    "اليوم": 0, "غدا": 1, "غد": 1, "الغد": 1, "بعد غد": 2,
}  # fmt: skip
DAY_REL = _alt(_DAY_REL)


@_rule(
    "day_relative",
    rf"(?:(?P<part>{DAYPART})\s+)?(?:يوم\s+)?(?P<rel>{DAY_REL})(?:\s+(?:يوم\s+)?(?P<wd>{WEEKDAY}))?"
    rf"(?:\s+(?P<part_after>{PART_ADVERB}))?"
    rf"(?!\s+(?:{ORDINAL}|العالمي|الوطني|التالي|الموالي))",
)
def _day_relative(m: re.Match[str], ctx: _Context) -> Timex | None:
    rel = re.sub(r"\s+", " ", m.group("rel"))
    if rel == "غد" and not m.group("part") and not ctx.text[max(0, m.start("t") - 4) : m.start("t")].endswith("بعد "):
        return None  # bare غد is rare and literary; غدا and بعد غد carry the meaning
    offset = _DAY_REL[rel]
    part = _part(m)
    weekday = m.group("wd")
    kind = "TIME" if part else "DATE"

    def resolve(dct: date) -> str:
        day = dct + timedelta(days=offset)
        return day.isoformat() + (f"T{part}" if part else "")

    timex = _relative(ctx, m.span("t"), f"DCT{offset:+d}D", resolve, type=kind)
    if weekday and ctx.dct is not None and (ctx.dct + timedelta(days=offset)).weekday() != WEEKDAYS[weekday]:
        timex.flag = f"weekday {weekday} does not fall on DCT{offset:+d}D ({timex.value})"
        timex.confidence = 0.5
    return timex


@_rule(
    "weekday",
    rf"(?:(?P<part>{DAYPART})\s+)?(?:يوم\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<mod>{PAST_MOD}|{NEXT_MOD}))?"
    rf"(?:\s+(?P<part_after>{PART_ADVERB}))?",
)
def _weekday(m: re.Match[str], ctx: _Context) -> Timex | None:
    weekday = WEEKDAYS[m.group("wd")]
    mod = m.group("mod") or ""
    part = _part(m)
    if re.fullmatch(PAST_MOD, mod):
        direction, confidence = -1, 0.9
    elif re.fullmatch(NEXT_MOD, mod):
        direction, confidence = 1, 0.9
    elif ctx.dct is not None and ctx.dct.weekday() == weekday:
        direction, confidence = 0, 0.8
    else:
        direction, confidence = (1 if _future_context(ctx, *m.span("t")) else 0), 0.7

    def resolve(dct: date) -> str:
        return _weekday_date(dct, weekday, direction).isoformat() + (f"T{part}" if part else "")

    anchor = {-1: "previous", 1: "next", 0: "latest"}[direction] + f" {m.group('wd')} from DCT"
    return _relative(ctx, m.span("t"), anchor, resolve, type="TIME" if part else "DATE", confidence=confidence)


_UNIT_REL = {"الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنه": "Y"}


@_rule(
    "unit_relative",
    rf"(?:(?P<pos>مطلع|بدايه|اوائل|منتصف|اواخر|نهايه|اواسط)\s+)?"
    rf"(?:(?:هذا|هذه)\s+(?P<unit1>{AL}?(?:اسبوع|شهر|عام|سنه))|{AL}(?P<unit2>اسبوع|شهر|عام|سنه)\s+"
    rf"(?P<mod>{PAST_MOD}|{NEXT_MOD}|{THIS_MOD}))",
)
def _unit_relative(m: re.Match[str], ctx: _Context) -> Timex | None:
    word = (m.group("unit1") or m.group("unit2")).removeprefix("ال").lstrip("ل")
    unit = _UNIT_REL["ال" + word]
    mod = m.group("mod") or ""
    step = -1 if re.fullmatch(PAST_MOD, mod) else 1 if re.fullmatch(NEXT_MOD, mod) else 0
    position = {"مطلع": "START", "بدايه": "START", "اوائل": "START", "منتصف": "MID", "اواسط": "MID"}
    mod_value = position.get(m.group("pos") or "", "END" if m.group("pos") else "")

    def resolve(dct: date) -> str | None:
        if step == 0:
            return {"W": _iso_week(dct), "M": f"{dct.year:04d}-{dct.month:02d}", "Y": f"{dct.year:04d}"}[unit]
        shifted = _shift(dct, 1, unit, step)
        return shifted[0] if shifted else None

    return _relative(ctx, m.span("t"), f"DCT{step:+d}{unit}", resolve, mod=mod_value)


@_rule(
    "ago_or_later",
    rf"(?P<dir>قبل|بعد)\s+(?:(?:نحو|حوالي|قرابه|اكثر\s+من|اقل\s+من)\s+)?(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT})"
    rf"(?!\s+(?:من|علي)\s)",
)
def _ago_or_later(m: re.Match[str], ctx: _Context) -> Timex | None:
    counted = _unit_count(m.group("num"), m.group("unit"))
    if counted is None:
        return None
    count, unit = counted
    sign = 1 if m.group("dir") == "بعد" else -1
    if unit in ("H", "MIN"):
        return Timex(*m.span("t"), "DURATION", _duration(count, unit), anchor="duration", confidence=0.7)

    def resolve(dct: date) -> str | None:
        shifted = _shift(dct, count, unit, sign)
        return shifted[0] if shifted else ("FUTURE_REF" if sign > 0 else "PAST_REF")

    return _relative(ctx, m.span("t"), f"DCT{'+' if sign > 0 else '-'}P{count}{unit}", resolve)


@_rule(
    "duration_past_span",
    rf"(?:{AL}\u0640*(?P<num>\d{{1,4}})\s+|{AL})?(?P<unit>{AL}?{UNIT})(?:\s+{AL}?(?:قليله|قلائل))?\s+(?P<mod>{PAST_MOD}|{NEXT_MOD})"
    rf"|(?:{AL}\u0640*)?(?P<num2>\d{{1,4}})\s+(?P<unit2>{UNIT})\s+(?P<mod2>{PAST_MOD}|{NEXT_MOD})"
    rf"|{AL}(?P<unit3>{UNIT})\s+{AL}(?P<num3>{NUMWORD})\s+(?P<mod3>{PAST_MOD}|{NEXT_MOD})",
)
def _duration_past_span(m: re.Match[str], ctx: _Context) -> Timex | None:
    unit_word = (m.group("unit") or m.group("unit2") or m.group("unit3") or "").removeprefix("ال")
    unit_word = re.sub(r"^ل(?=[" + AR + "])", "", unit_word) if unit_word not in UNITS else unit_word
    if unit_word not in UNITS:
        return None
    counted = _unit_count(m.group("num") or m.group("num2") or m.group("num3"), unit_word)
    if counted is None:
        return None
    count, unit = counted
    if count == "X" and unit == "D":
        mod = m.group("mod") or m.group("mod2") or m.group("mod3") or ""
        return Timex(*m.span("t"), "DATE", "PAST_REF" if re.fullmatch(PAST_MOD, mod) else "FUTURE_REF", anchor="vague")
    return Timex(*m.span("t"), "DURATION", _duration(count, unit), anchor="duration")


@_rule(
    "duration",
    rf"(?:(?<=خلال )|(?<=منذ )|(?<=لمده )|(?<=مده )|(?<=طيله )|(?<=طوال )|(?<=مدار )|(?<=مدي )"
    rf"|(?<=اكثر من )|(?<=اقل من )|(?<=حوالي )|(?<=نحو )|(?<=قرابه ))?"
    rf"(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT})(?P<one>\s+(?:واحد|واحده))?",
)
def _duration_rule(m: re.Match[str], ctx: _Context) -> Timex | None:
    num, unit_word = m.group("num"), re.sub(r"\s+", " ", m.group("unit"))
    _, implied = UNITS[unit_word]
    cued = bool(
        re.search(
            r"(?:خلال|منذ|لمده|مده|طيله|طوال|مدار|مدي|اكثر من|اقل من|حوالي|نحو|قرابه) $", ctx.text[: m.start("t")]
        )
    )
    if m.group("one"):
        num, cued = "1", True
    if num is None and implied != 2 and not cued:
        return None  # a bare "يوم" or "عام" is not a duration
    if num is not None and implied == 2:
        return None
    if unit_word in ("يوم", "يوما") and num is None and not cued:
        return None
    counted = _unit_count(num, unit_word)
    if counted is None:
        return None
    count, unit = counted
    return Timex(*m.span("t"), "DURATION", _duration(count, unit), anchor="duration", confidence=0.85 if num else 0.75)


@_rule("part_of_day", r"(?P<expr>الليله|هذا\s+الصباح|هذا\s+المساء|صباح\s+اليوم|مساء\s+اليوم)(?!\s+(?:ال|[0-9]))")
def _part_of_day(m: re.Match[str], ctx: _Context) -> Timex | None:
    expr = re.sub(r"\s+", " ", m.group("expr"))
    part = {"الليله": "NI", "هذا الصباح": "MO", "هذا المساء": "EV", "صباح اليوم": "MO", "مساء اليوم": "EV"}[expr]
    return _relative(ctx, m.span("t"), "DCT", lambda dct: f"{dct.isoformat()}T{part}", type="TIME")


_HOUR_PARTS = {"صباحا": 0, "فجرا": 0, "ظهرا": 12, "عصرا": 12, "مساء": 12, "مساءا": 12, "ليلا": 12}


@_rule(
    "clock_time",
    rf"(?P<lead>الساعه\s+)?(?P<h>\d{{1,2}})(?P<sep>[:.])(?P<mi>\d{{2}})(?![0-9])(?:\s*(?P<p>{_alt(_HOUR_PARTS)}))?"
    rf"|الساعه\s+(?P<h2>\d{{1,2}}|{_alt(HOUR_WORDS)})(?:\s+(?:و|الا\s+)?(?P<frac>النصف|الربع|نصف|ربع|ثلث))?"
    rf"(?:\s*(?P<p2>{_alt(_HOUR_PARTS)}))?",
)
def _clock_time(m: re.Match[str], ctx: _Context) -> Timex | None:
    if m.group("h") and m.group("sep") == "." and not m.group("lead"):
        return None  # 77.71 is a number, not a time; a dot separates hours only after الساعة
    raw_hour = m.group("h") or m.group("h2")
    hour = int(raw_hour) if raw_hour.isdigit() else HOUR_WORDS[re.sub(r"\s+", " ", raw_hour)]
    minute = int(m.group("mi") or 0)
    minute += {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "ثلث": 20}.get(m.group("frac") or "", 0)
    part = m.group("p") or m.group("p2")
    if part and hour < 12:
        hour += _HOUR_PARTS[part]
    if hour > 24 or minute > 59:
        if not m.group("lead") and not m.group("h2"):
            return None  # 30:75 without الساعة is a score or a ratio
        return Timex(*m.span("t"), "TIME", None, flag=f"impossible time {hour}:{minute:02d}")
    clock = f"T{hour:02d}:{minute:02d}"
    return _relative(ctx, m.span("t"), "DCT day", lambda dct: dct.isoformat() + clock, type="TIME", confidence=0.8)


@_rule("set", _alt(SETS))
def _set(m: re.Match[str], ctx: _Context) -> Timex | None:
    return Timex(*m.span("t"), "SET", SETS[re.sub(r"\s+", " ", m.group("t"))], anchor="set")


@_rule("vague", _alt(VAGUE))
def _vague(m: re.Match[str], ctx: _Context) -> Timex | None:
    value = VAGUE[re.sub(r"\s+", " ", m.group("t"))]
    start, end = m.span("t")
    lead = re.match(r"(?:في|حتي|خلال)\s+", m.group("t"))
    return Timex(start + (lead.end() if lead else 0), end, "DATE", value, anchor="vague", confidence=0.8)


@_rule(
    "frequency",
    rf"(?P<n>مره|مرتين|مرتان|{NUM}\s+مرات)(?:\s+واحده)?\s+(?:في|كل)\s+{AL}?(?P<unit>يوم|اسبوع|شهر|عام|سنه|ساعه)",
)
def _frequency(m: re.Match[str], ctx: _Context) -> Timex | None:
    unit = {"يوم": "P1D", "اسبوع": "P1W", "شهر": "P1M", "عام": "P1Y", "سنه": "P1Y", "ساعه": "PT1H"}[m.group("unit")]
    return Timex(*m.span("t"), "SET", unit, anchor="set")


@_rule(
    "day_range_in_month",
    rf"(?:من|بين)\s+(?P<d1>\d{{1,2}})\s*(?:الي|حتي|و|-)\s*(?P<d2>\d{{1,2}})\s+(?:من\s+)?{MONTH_PAIR}"
    rf"(?:\s+(?:(?:عام|سنه)\s+)?(?P<y>{YEAR4}))?",
)
def _day_range(m: re.Match[str], ctx: _Context) -> Timex | None:
    month = _month_of(m)
    if m.group("y"):
        year = int(m.group("y"))
    elif ctx.dct is not None:
        year = _closest_year(ctx.dct, month, _future_context(ctx, *m.span("t")))
    else:
        return Timex(*m.span("t"), "DATE", None, anchor="range", flag="no DCT: year unknown")
    first, flag1 = _make_date(year, month, int(m.group("d1")))
    last, flag2 = _make_date(year, month, int(m.group("d2")))
    value = f"{first}/{last}" if first and last else None
    return Timex(*m.span("t"), "DATE", value, anchor="range", mod="RANGE", flag=flag1 or flag2)


SEASONS = {
    "الربيع": "SP",
    "الصيف": "SU",
    "الخريف": "FA",
    "الشتاء": "WI",
    "ربيع": "SP",
    "صيف": "SU",
    "خريف": "FA",
    "شتاء": "WI",
}


@_rule(
    "season",
    rf"(?P<s>{_alt(SEASONS)})\s+(?:(?:عام|العام)\s+)?(?P<y>{YEAR4})|(?P<s2>الربيع|الصيف|الخريف|الشتاء)\s+(?P<mod>{PAST_MOD}|{NEXT_MOD}|{THIS_MOD})",
)
def _season(m: re.Match[str], ctx: _Context) -> Timex | None:
    if m.group("y"):
        return Timex(*m.span("t"), "DATE", f"{m.group('y')}-{SEASONS[m.group('s')]}", anchor="absolute")
    season = SEASONS[m.group("s2")]
    mod = m.group("mod")
    step = -1 if re.fullmatch(PAST_MOD, mod) else 1 if re.fullmatch(NEXT_MOD, mod) else 0
    return _relative(ctx, m.span("t"), f"DCT season {step:+d}", lambda dct: f"{dct.year + step:04d}-{season}")


@_rule("weekly_set", rf"(?:كل\s+(?:يوم\s+)?|ايام\s+)(?P<wd>{WEEKDAY}|{WEEKDAY_BARE})")
def _weekly_set(m: re.Match[str], ctx: _Context) -> Timex | None:
    word = m.group("wd")
    weekday = WEEKDAYS.get(word, WEEKDAYS.get("ال" + word))
    return Timex(*m.span("t"), "SET", f"XXXX-WXX-{weekday + 1}", anchor="set")


@_rule("hour_part", rf"(?P<h>\d{{1,2}})\s*(?P<p>{PART_ADVERB})")
def _hour_part(m: re.Match[str], ctx: _Context) -> Timex | None:
    hour = int(m.group("h"))
    part = PART_ADVERBS[re.sub(r"\s+", " ", m.group("p"))]
    if hour > 12:
        return None
    hour += 12 if part in ("AF", "EV", "NI") and hour < 12 and not (part == "NI" and hour < 5) else 0
    return _relative(
        ctx, m.span("t"), "DCT day", lambda dct: f"{dct.isoformat()}T{hour:02d}:00", type="TIME", confidence=0.7
    )


def _merge_durations(text: str, found: list[Timex]) -> list[Timex]:
    """Join durations chained by و (ثلاث سنوات وستة أشهر -> P3Y6M)."""
    merged: list[Timex] = []
    for timex in found:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.type == timex.type == "DURATION"
            and re.fullmatch(r"\s*و\s*", text[last.end : timex.start])
            and last.value
            and timex.value
        ):
            last.value = _add_durations(last.value, timex.value)
            last.end = timex.end
            continue
        merged.append(timex)
    return merged


def _add_durations(first: str, second: str) -> str:
    """P1Y + P1M -> P1Y1M; PT2H + PT30M -> PT2H30M (units kept in ISO order)."""
    parts: dict[str, str] = {}
    for value in (first, second):
        date_part, _, time_part = value[1:].partition("T")
        for number, unit in re.findall(r"([\dX.]+)([YMWD])", date_part):
            parts[unit] = number
        for number, unit in re.findall(r"([\dX.]+)([HMS])", time_part):
            parts["T" + unit] = number
    date_units = "".join(f"{parts[u]}{u}" for u in "YMWD" if u in parts)
    time_units = "".join(f"{parts['T' + u]}{u}" for u in "HMS" if "T" + u in parts)
    return "P" + date_units + (f"T{time_units}" if time_units else "")


# ---------------------------------------------------------------- the tagger
def tag(text: str, dct: date | None = None, dct_flag: str = "", prefilter: bool = True) -> list[Timex]:
    """Find and normalise every time expression in ``text`` (offsets index ``text`` itself). ``prefilter``
    skips the rules whose needed strings are absent (the same result; False runs every rule, for tests)."""
    norm = normalize_letters(text)
    ctx = _Context(dct=dct, text=norm, dct_flag=dct_flag)
    candidates: list[Timex] = []
    for priority, (name, pattern, handler, needs) in enumerate(_RULES):
        if needs is not None and prefilter and not any(map(norm.__contains__, needs)):
            continue  # nothing this rule needs is in the text
        for match in pattern.finditer(norm):
            timex = handler(match, ctx)
            if timex is not None and timex.end > timex.start:
                while timex.end < len(norm) and "\u064b" <= norm[timex.end] <= "\u065f":
                    timex.end += 1
                timex.rule = name
                timex.extra["priority"] = str(priority)
                candidates.append(timex)
    return _merge_durations(norm, _select(candidates))


def _select(candidates: list[Timex]) -> list[Timex]:
    """Keep the longest non-overlapping expressions (earlier rules win ties)."""
    chosen: list[Timex] = []
    taken: list[tuple[int, int]] = []
    for timex in sorted(candidates, key=lambda t: (-(t.end - t.start), int(t.extra["priority"]), t.start)):
        if all(timex.end <= s or timex.start >= e for s, e in taken):
            chosen.append(timex)
            taken.append((timex.start, timex.end))
    for timex in chosen:
        timex.extra.pop("priority", None)
    return sorted(chosen, key=lambda t: t.start)
