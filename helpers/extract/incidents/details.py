"""The details of one event: its fatalities, its date and time precision, and how it was reported."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any, NamedTuple

import pandas as pd

from helpers.extract.incidents.bodies import ONE_DIED, bodies, his_men, last_noun, one_died
from helpers.extract.incidents.scope import BACKGROUND_DAYS, SHIFTED_NOTE
from helpers.extract.incidents.timecues import (
    CLOCK_NOTE,
    DCT_NOTE,
    MONTH_WORDS,
    PERIOD_NOTE,
    UNTIL_BEFORE,
    bare_clock,
    day_which,
    habitual,
    long_ago,
    named_by_day,
    not_since_start,
    period_start,
    town_not_month,
)
from helpers.extract.incidents.tolls import (
    AND_COUNT,
    AT_LEAST_AFTER,
    ATTACKER_DIED,
    COUNT_THEN_KILLED,
    FATALITIES,
    FEW_DEAD,
    JOINED_TOLL,
    KILLED_BY_THEN_COUNT,
    MORE_DEAD,
    MULTIPLIERS,
    NOT_DEAD_NOUNS,
    NOT_WHO,
    NUMBER_WORDS,
    ONE_AND_COUNT_KILLED,
    PERIOD,
    QUALIFIERS,
    TOLL,
    VAGUE_NUMBERS,
    WOUND_AFTER,
    WOUNDED,
    co_counted,
)
from helpers.extract.incidents.unmarked import read_unmarked
from helpers.extract.incidents.vocabulary import (
    BIRTH_BEFORE,
    DAYS_AFTER_BEFORE,
    DAYS_OF_UNIT,
    DENIAL,
    FIRST_SINCE,
    FUTURE,
    MAY_CAUSE,
    RELATIVE_BEFORE,
    SINCE_BEFORE,
    THAT_BETWEEN,
)
from helpers.extract.incidents.wounded import casualties
from helpers.text.arabic import AR
from helpers.text.patterns import alternation

# A person's record, not an event's toll: ساهم في قتل مئات، ساهم وشارك بشكل مباشر في قتل، المتهم بقتل 5، ادين بقتل،
# بتهمه قتل; between شارك and في only a verb or a manner (a doer there tells an act: شاركت ميليشيات في قتل 30 مدنيا).
_RECORD = re.compile(
    r"(?:(?:ال)?(?:متهم|متورط|مدان)\S*|(?:ي|ت)?(?:ساهم|شارك|تورط)\S*(?:\s+(?:و\S+|بشكل\s+\S+|بصوره\s+\S+|مباشره))*\s+في|ادين\S*|\S*تهم[هة])\s+$"
)
_RECORD_CHARS = 60

# The dead told in other ways than the vocabulary's killing word and count (each a count, read by ``_more_dead``):
_COUNT = rf"(?P<count>\d+|{alternation(NUMBER_WORDS)})"
_QUAL = rf"(?:(?P<qual>{alternation(QUALIFIERS)})(?:\s+|(?=\d)))?"
_WHO = rf"(?:\s+(?P<mult>الف|الاف|مليون))?(?:(?:(?<=\d)\s*|\s+)(?:من\s+)?(?P<who>[{AR}]{{3,}}))?"
# a martyr's verb, or a killing word in quotation marks, before the count (استشهد 16 شخصا، «استشهاد» 12 من رجال الامن)
_MARTYRED = re.compile(
    rf"(?<![{AR}])(?:[وف]?استشهد(?:ت|وا)?\s+|[\"«“]\s*(?:استشهاد|مقتل|مصرع)\s*[\"»”]\s*){_QUAL}{_COUNT}{_WHO}(?![{AR}])"
)
# the count told as the dead (عن 20 قتيلا، خلف 12 قتيلا، 3 شهداء): no victim named
_COUNT_OF_DEAD = re.compile(
    rf"(?<![{AR}]){_QUAL}{_COUNT}(?P<mult>)(?P<who>)\s+(?:قتيلا|قتلي|قتيل|شهيدا|شهداء|شهيد)(?![{AR}])"
)
# a subject counted after ان, its passive killing verb later in the clause (ان نحو 260 مقاتلا كرديا من حزب العمال
# الكردستاني قتلوا ومئات جرحوا); the verb is passive when a preposition, a conjunction or punctuation follows it
_SUBJECT_COUNT = re.compile(rf"(?<![{AR}])(?:ان|بان)\s+{_QUAL}{_COUNT}{_WHO}(?![{AR}])")
_DIED_LATER = re.compile(
    rf"(?<![{AR}])(?:قد\s+)?(?:قتلوا|لقوا|سقطوا|استشهدوا|قضوا)(?:\s+(?:مصرعهم|حتفهم))?"
    rf"(?=\s*(?:[،,.؛]|$|(?:في|خلال|جراء|اثر|علي|بعد|قبل|اثناء|عندما|حين|منذ)(?![{AR}])|و"
    rf"|ب(?:غار|نيران|رصاص|قصف|انفجار|هجوم|تفجير|ضرب|اشتباك|معارك)))"
)
_CLAUSE_END = re.compile(rf"[.؛:!؟]|(?<![{AR}])(?:ان|انه|بان)(?![{AR}])")
_SUBJECT_CHARS = 110
# one of a group (مقتل احد قادته، استشهد احد العاملين): one dead
_ONE_OF = re.compile(
    rf"(?<![{AR}])[وف]?[بل]?(?:مقتل|قتل|مصرع|استشهاد|استشهد|اغتيال|(?:اود[يت]|يودي|تودي|راح|ذهب)\s+بحياه)\s+(?P<who>(?:احد|احدي)\s+[{AR}]{{3,}})"
    rf"(?![{AR}])"
)
# استشهد ب + a saying or a text is "cited", not "was killed" (استشهد المسؤول بتقرير، استشهد الطفل بآية)
_CITED = (
    r"(?:\s+[^\s]+){0,2}?\s+[وف]?ب(?:قول|كلام|ما\s|تصريح|ايه|ايات|حديث|مقوله|تقرير|بيت|مثل|عباره|نص|شعر|احصاء|ارقام)"
)
# one man of a rank or a title, definite or not (مقتل القيادي الحوثي، مقتل "والي الصقلاوية"، اغتيال المسؤول):
# one dead; and a pronoun (اعلن المجلس مقتله): one dead
_TITLES = "قيادي|قائد|زعيم|امير|والي|مسؤول|ضابط|جندي|شرطي|طفل|طفله|شاب|رجل|مواطن|صحفي|ناشط|مسعف|مسعفه|موظف|مفتي"
_ONE_TITLED = re.compile(
    rf"(?<![{AR}])[وف]?[بل]?(?:مقتل|مصرع|استشهاد|اغتيال|تصفيه|استشهد|استشهدت)\s+[\"«“]?\s*(?P<who>(?:ال)?(?:{_TITLES}))"
    rf"(?![{AR}])(?!{_CITED})"
    rf"|(?<![{AR}])[وف]?[بل]?(?P<pronoun>مقتله|مقتلها|مصرعه|اغتياله|اغتيالها|استشهاده|استشهادها|تصفيته)(?![{AR}])"
)
# No death told (ONE_OF, ONE_TITLED) in the 25 characters after a failed attempt (محاوله اغتيال، نجا من، فشلت), a
# denial or a rumour (نفي الجيش مقتل، انباء عن مقتل), or a protest's cause (احتجاجا علي مقتل، تنديدا باغتيال).
_NOT_A_DEATH = re.compile(
    rf"(?<![{AR}])[وف]?(?:ال)?(?:محاوله|نجا|نجت|ينجو|تنجو|فشل\S*|نفي|نفت|ينفي|تنفي|تنفيان|انباء\s+عن|شائعات|احتجاجا\s+علي"
    rf"|تنديدا|للتنديد|علي\s+خلفيه)(?![{AR}])"
)
_NOT_A_DEATH_CHARS = 25
# The one dead named a victim (fatalities_who) only by a civilian noun (طفل، مواطن، احد المدنيين): a commander's or
# a soldier's death must not make the act one against civilians.
_CIVILIAN_ONE = re.compile(
    r"(?:(?:احد|احدي)\s+)?(?:ال)?(?:طفل|طفله|اطفال|شاب|شبان|رجل|مواطن|مواطنه|مواطنين|مدني|مدنيين|صحفي|صحفيه|صحفيين"
    r"|ناشط|ناشطه|ناشطين|مسعف|مسعفه|مسعفين|موظف|موظفه|موظفين|سكان|اهالي|امراه|سيده|نساء)"
)
# one fallen told by a singular state (سقط قتيلا، ارداه قتيلا، خر صريعا)
_FELL_ONE = re.compile(
    rf"(?<![{AR}])[وفل]?(?:سقط|سقطت|خر|وقع|ارداه|ارداها|اردوه|اردته|اردتها|ترديه)(?:\s+[{AR}]+){{0,3}}?"
    rf"\s+(?P<who>قتيلا|صريعا|قتيله|صريعه)(?![{AR}])"
)
# A count's "victim" that is more of the count: a thousand (اربعين الفا) or another count or qualifier (مئه ونحو 30).
_THOUSANDS = frozenset({"الفا", "الافا"})
_MORE_NEXT = frozenset({*NUMBER_WORDS, "نحو", "حوالي", "قرابه", "زهاء", "اكثر", "ما"})
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


class Fatalities(NamedTuple):
    """A stated count of the dead."""

    start: int
    end: int
    count: int
    text: str
    qualifier: str  # exact, at_least, about or up_to
    who: str
    total: bool = False  # a total over a period (منذ فبراير، حتي الان), not the dead of one strike


@read_unmarked
def fatalities(text: str, norm: str, start: int, end: int) -> list[Fatalities]:
    """The death counts stated in ``text[start:end]``: مقتل 30 جنديا، بحياة 3 مدنيين، ما لا يقل عن 5، اكثر من 20
    مدنيا قتلوا، مقتل شخص، مقتل شخصين; a count joined by و (و30 جنديا) added to the one before; no wounded."""
    found = [_stated(text, norm, m, end) for m in FATALITIES.finditer(norm, start, end)]
    before_verb = COUNT_THEN_KILLED.finditer(norm, start, end)  # اثنان منهم وطفلان قتلوا: the joined dead, the verb
    found += [_stated(text, norm, m, end, max(m.end("count"), m.end("who"))) for m in before_verb]
    found += [_stated(text, norm, m, end) for m in TOLL.finditer(norm, start, end)]
    found += [
        _stated(text, norm, m, end)
        for m in KILLED_BY_THEN_COUNT.finditer(norm, start, end)
        if m.group("who") and m.group("who") not in NOT_WHO
    ]
    for m in ONE_AND_COUNT_KILLED.finditer(norm, start, end):  # لقي قيادي و12 من مرافقيه مصرعهم: 13
        death, one = _stated(text, norm, m, end), his_men(norm, m.start("count"), m.group("who") or "")
        found.append(death._replace(count=death.count + 1) if death is not None and not one else death)
    found += [_stated(text, norm, m, end) for p in (_MARTYRED, _COUNT_OF_DEAD) for m in p.finditer(norm, start, end)]
    found += _subjects_killed(text, norm, start, end)
    found = sorted((f for f in found if f is not None), key=lambda f: f.start)
    kept: list[Fatalities] = []
    for death in found:
        if not any(k.start <= death.start < k.end or death.start <= k.start < death.end for k in kept):
            kept.append(death)
    for match in FEW_DEAD.finditer(norm, start, end):
        if any(k.start <= match.start() < k.end + 2 or match.start() <= k.start < match.end() for k in kept):
            continue  # مسلح قتل 5 اشخاص: the count says it
        who = match.group("one") or match.group("two") or match.group("one_before")
        at = match.start("one" if match.group("one") else "two" if match.group("two") else "one_before")
        count, last = 2 if match.group("two") else 1, at + len(who)
        more, qualifiers, last = _joined_after(norm, last, end)  # ضابط وضابط صف وجندي، جندي وثلاثة مسلحين
        kept.append(Fatalities(at, last, count + more, text[at:last], _widest(qualifiers), text[at : at + len(who)]))
    kept += _one_dead(text, norm, (start, end), kept)
    kept += [Fatalities(*f, "exact", "") for f in bodies(text, norm, (start, end), kept)]
    if not kept:
        kept += [Fatalities(*one_died(text, m), "exact", "") for m in ONE_DIED.finditer(norm, start, end)][:1]
    total = bool(PERIOD.search(norm, start, end))
    kept = [k for k in kept if not casualties(norm, k.start, k.end)]
    joined = _joined_tolls(sorted((k._replace(total=total) for k in kept), key=lambda f: f.start), text, norm)
    return [d._replace(count=d.count + 1) if ATTACKER_DIED.match(norm, d.end, end) else d for d in joined]  # he died


def _joined_tolls(found: list[Fatalities], text: str, norm: str) -> list[Fatalities]:
    """Counts told one after the other with و and a killing word (مقتل 52 تكفيريا واستشهاد ضابط وجندي): one
    toll, their sum, the widest qualifier kept."""
    out: list[Fatalities] = []
    for death in found:
        if out and JOINED_TOLL.fullmatch(norm, out[-1].end, death.start):
            first = out[-1]
            qualifier = next(
                (q for q in ("at_least", "about", "up_to") if q in (first.qualifier, death.qualifier)), "exact"
            )
            out[-1] = first._replace(
                end=death.end, count=first.count + death.count, qualifier=qualifier, text=text[first.start : death.end]
            )
            continue
        out.append(death)
    return out


def _count(match: re.Match) -> int:
    """The number a count match states (digits or words, times its multiplier)."""
    raw = match.group("count")
    return (int(raw) if raw.isdigit() else NUMBER_WORDS[raw]) * MULTIPLIERS.get(match.group("mult") or "", 1)


def _stated(text: str, norm: str, match: re.Match, end: int, told_end: int | None = None) -> Fatalities | None:
    """One stated count (None when it counts the wounded, a person's record: المتهم بقتل 5, or is a day of a
    month: قتل حرقا في 31 يوليو), with the counts joined to it by و added."""
    who, tail, times, joined = match.group("who") or "", told_end or match.end(), 1, False
    if who in WOUNDED or who in MONTH_WORDS:
        return None
    if who in _THOUSANDS:  # اربعين الفا
        who, times = "", 1000
    elif who[:1] == "و" and who[1:] in _MORE_NEXT:  # مئه ونحو 30، مئه وثلاثين: more dead, read by _joined_after
        who, tail, joined = "", match.start("who"), True
    if _RECORD.search(norm, max(0, match.start() - _RECORD_CHARS), match.start()):
        return None
    count, raw = _count(match) * times + his_men(norm, match.start("count"), who), match.group("count")
    qualifiers = [QUALIFIERS.get(match.group("qual") or "", "exact")]
    if raw in VAGUE_NUMBERS:
        qualifiers[0] = "about"
    more, added, last = _joined_after(norm, tail, end, who)
    count, qualifiers, last = count + more, qualifiers + added, max(last, match.end())  # the verb after the dead
    if qualifiers == ["exact"] * len(qualifiers) and AT_LEAST_AFTER.match(norm, last, min(end, last + 25)):
        qualifiers.append("at_least")
    who_text = text[match.start("who") : match.end("who")] if who and who not in NOT_WHO else ""
    if joined:  # مئه ونحو 30 مدنيا: civilians named after the last count joined are the victims (fighters are not)
        who_text = last_noun(text, norm, (tail, last), {*WOUNDED, *NOT_WHO, *_MORE_NEXT}, _CIVILIAN_ONE) or who_text
    span_start = match.start("qual") if match.group("qual") else match.start("count")
    return Fatalities(span_start, last, count, text[span_start:last], _widest(qualifiers), who_text)


def _widest(qualifiers: list[str]) -> str:
    """The widest of the qualifiers of counts added up (at least, about, up to, else exact)."""
    return next((q for q in ("at_least", "about", "up_to") if q in qualifiers), "exact")


def _joined_after(norm: str, last: int, end: int, first: str = "") -> tuple[int, list[str], int]:
    """The dead joined by و (or إضافة إلى) after a count ending at ``last``: more counts (و30 جنديا، وثلاثة من
    العاملين) and singular or dual nouns (وجنديان هنديان، وشرطي, not counted with ``first``: 13 جنديا وشرطيا); their
    sum, their qualifiers and where they end. The wounded (و6 آخرين بجروح) and things (ومنازل) stop the reading."""
    count, qualifiers = 0, []
    while True:
        least = AT_LEAST_AFTER.match(norm, last, end)  # 12 مدنيا على الأقل وجنديا: the at least, then more
        if least is not None and (AND_COUNT.match(norm, least.end(), end) or MORE_DEAD.match(norm, least.end(), end)):
            qualifiers.append("at_least")
            last = least.end()
        more = AND_COUNT.match(norm, last, end)
        if more is not None:
            who = more.group("who") or ""
            if not who or who in WOUNDED or who in NOT_DEAD_NOUNS:
                break
            if WOUND_AFTER.match(norm, more.end(), min(end, more.end() + 25)):
                break  # و6 آخرين بجروح، إضافة إلى 20 آخرين أصيبوا: the wounded, not more dead
            count, last = count + _count(more), more.end()
            qualifiers.append(QUALIFIERS.get(more.group("qual") or "", "exact"))
            continue
        one = MORE_DEAD.match(norm, last, end)
        if one is None or WOUND_AFTER.match(norm, one.end(), min(end, one.end() + 25)) or co_counted(first, one):
            break
        count, last = count + (2 if one.group("two") else 1), one.end()
    return count, qualifiers, last


def _subjects_killed(text: str, norm: str, start: int, end: int) -> list[Fatalities]:
    """A count after ان that its clause later says were killed (قال إن 12 مدنيا على الأقل وجنديا تشاديا قتلوا في
    هجومين): the count, the dead joined to it, and the verb (the span reaches it)."""
    out = []
    for match in _SUBJECT_COUNT.finditer(norm, start, end):
        clause_end = _CLAUSE_END.search(norm, match.end(), min(end, match.end() + _SUBJECT_CHARS))
        limit = clause_end.start() if clause_end else min(end, match.end() + _SUBJECT_CHARS)
        verb = _DIED_LATER.search(norm, match.end(), limit)
        death = _stated(text, norm, match, end) if verb is not None else None
        if death is not None and verb is not None:
            last = max(death.end, verb.end())
            out.append(death._replace(end=last, text=text[death.start : last]))
    return out


def _one_dead(text: str, norm: str, span: tuple[int, int], kept: list[Fatalities]) -> list[Fatalities]:
    """One dead told without a count (``_ONE_OF``, ``_ONE_TITLED``, ``_FELL_ONE``: مقتل أحد قادته، مقتل القيادي
    الحوثي، أعلن مقتله، سقط قتيلا), with the dead joined to it by و; none where a count of ``kept`` says it."""
    start, end = span
    out: list[Fatalities] = []
    for pattern in (_ONE_OF, _ONE_TITLED, _FELL_ONE):
        for match in pattern.finditer(norm, start, end):
            group = "pronoun" if pattern is _ONE_TITLED and match.group("pronoun") else "who"
            at, last = match.start(group), match.end(group)
            if any(k.start <= at < k.end + 2 or at <= k.start < last + 2 for k in (*kept, *out)):
                continue
            if _RECORD.search(norm, max(0, match.start() - _RECORD_CHARS), match.start()):
                continue
            if pattern is not _FELL_ONE and _NOT_A_DEATH.search(
                norm, max(0, match.start() - _NOT_A_DEATH_CHARS), match.start()
            ):
                continue
            more, qualifiers, last = _joined_after(norm, last, end)
            civilian = group == "who" and _CIVILIAN_ONE.fullmatch(norm[at : match.end(group)])
            who = text[at : match.end(group)] if civilian and pattern is not _FELL_ONE else ""
            out.append(Fatalities(at, last, 1 + more, text[at:last], _widest(qualifiers), who))
    return out


class EventDate(NamedTuple):
    """When an event happened, as the sentence or the article says."""

    when: pd.Timestamp | None
    precision: int  # ACLED's time precision: 1 a day, 2 a week, 3 a month or vaguer
    text: str
    note: str


def value_precision(value: str) -> int:
    """ACLED's time precision of a TIMEX value: 1 a day, 2 a week, 3 a month (or vaguer: ACLED codes nothing
    vaguer than a month, so a year is 3 too)."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", value or ""):
        return 1
    if re.fullmatch(r"\d{4}-W\d\d(?:-WE)?", value or ""):
        return 2
    return 3


def event_date(times: Sequence[tuple], where: tuple[int, int, int, int], dct: date | None) -> EventDate:
    """The date of an event whose trigger is at ``where[0]``, in the part ``where[1]:where[2]`` of its
    sentence whose first event starts at ``where[3]`` (``times``: rows of the stated-events table of the
    sentence): the first dated time expression after the trigger in its part, else the last before it in its
    part, else the last before the sentence's first event (a date of the whole sentence: أعلن الجيش، الجمعة،
    ...). Without one, the article's DCT with precision 2, or 3 when the sentence's time expressions give no
    date for it (they belong to its other events, or are vague)."""
    point, low, high, first = where
    dated = [t for t in times if t[4] in ("DATE", "TIME") and t[6] is not None and not pd.isna(t[6])]
    after = [t for t in dated if point <= t[14] < high]
    before = [t for t in dated if low <= t[14] < point] or [t for t in dated if t[14] < first]
    chosen = after[0] if after else before[-1] if before else None
    if chosen is not None:
        return EventDate(pd.Timestamp(chosen[6]), value_precision(chosen[5]), chosen[3], "")
    if dct is None:
        return EventDate(None, 3, "", "no date in the sentence and no article date")
    precision = 3 if times else 2
    return EventDate(pd.Timestamp(dct), precision, "", DCT_NOTE)


# The lead's news day: the first day-precise date of the headline or the first sentence (``LEAD_SENTENCES``)
# that falls one to ``LEAD_DAYS`` days before the DCT (أمس، أمس الخميس، يوم الثلاثاء): a daily's report of
# yesterday's fighting tells the rest of the day's acts without a date of their own.
LEAD_SENTENCES = 2
LEAD_DAYS = 3


def lead_day(events: Sequence[tuple], dct: date | None) -> pd.Timestamp | None:
    """The day the article's lead dates its news (``events``: rows of the stated-events table), or None."""
    if dct is None:
        return None
    for row in events:
        if row[1] >= LEAD_SENTENCES:
            break
        if row[4] not in ("DATE", "TIME") or row[6] is None or pd.isna(row[6]) or value_precision(row[5]) != 1:
            continue
        days = (pd.Timestamp(dct).normalize() - pd.Timestamp(row[6]).normalize()).days
        return pd.Timestamp(row[6]).normalize() if 1 <= days <= LEAD_DAYS else None
    return None


def reported_as(norm: str, sentence: tuple[int, int], point: int, future: bool, claimed: bool) -> str:
    """denied (نفى before it), planned (a future marker before it, or ``future``: سـ on the trigger), claimed
    (a source states it, or an announcement carries it) or reported."""
    s, e = sentence
    if DENIAL.search(norm, s, point):
        return "denied"
    may = MAY_CAUSE.search(norm, s, e)  # its deaths may stand after the act (قد يؤدي القتال إلى مقتل)
    if future or FUTURE.search(norm, s, point) or (may is not None and may.start() < point):
        return "planned"  # سيعلن، من المقرر؛ قد يؤدي إلى مقتل: not done (yet)
    return "claimed" if claimed else "reported"


def dated(norm: str, times: list[tuple], where: tuple[int, int, int, int], dct: date | None) -> EventDate:
    """The event's date (``event_date``), a span's start (منذ فبراير) left out: an event told since a
    date is an aggregate, dated by the DCT with precision 3; the date of a first since (أول ... منذ عام 2013)
    is a comparison, never the event's."""
    times = [t for t in times if not FIRST_SINCE.search(norm, max(0, t[14] - 120), t[14])]  # first since 2013
    times = [t for t in times if not town_not_month(norm, t)]  # وفي إب، محافظة اب: the town
    times = [t for t in times if not named_by_day(norm, t)]  # قصر 22 مايو: a palace, not a day
    clock = any(bare_clock(t, dct) for t in times)
    times = [t for t in times if not (habitual(t, times) or bare_clock(t, dct) or day_which(norm, t))]
    old = [t for t in times if long_ago(t, dct, BACKGROUND_DAYS)]
    since = [t for t in times if SINCE_BEFORE.search(norm, max(0, t[14] - 15), t[14]) and t not in old]
    kept = [t for t in times if t not in since and not _in_relative(norm, t, times, where[0])]
    kept = [t for t in kept if not (t[14] > where[0] and _ANOTHER_CLAUSE.search(norm, where[0], t[14]))]
    kept = [t for t in kept if not (t[14] > where[0] and UNTIL_BEFORE.search(norm, max(0, t[14] - 12), t[14]))]
    when = event_date(kept, where, dct)
    if not any(t[3] == when.text and t[14] >= where[0] for t in kept):  # a date after the trigger is its own
        when = _days_before(norm, where[0], when)
    if since and not when.text and when.when is not None:
        start = min(since, key=lambda t: abs(t[14] - where[0]))  # nearest the trigger; not a running total
        unknown = start[6] is None or pd.isna(start[6]) or pd.Timestamp(start[6]) > pd.Timestamp(when.when)
        if unknown or not_since_start(norm, start[14], where[0], fatalities(norm, norm, where[1], where[2])):
            return when._replace(precision=3, note=AGGREGATE_NOTE)
        return EventDate(pd.Timestamp(start[6]).normalize(), value_precision(start[5]), start[3], SINCE_NOTE)
    if not when.text and when.when is not None:
        period = period_start(norm, kept, where, when.when)
        if period is not None and fatalities(norm, norm, where[1], where[2]):  # a toll told over the period
            return EventDate(period[0], 3, period[1], PERIOD_NOTE)
    if when.when is not None and retelling(norm, where[0], bool(when.text)):
        return when._replace(precision=3, note=RETOLD_NOTE)
    if clock and when.note == DCT_NOTE:
        return when._replace(note=CLOCK_NOTE)
    return when


# A retelling: the act told as news of an earlier report, in the sentence before its trigger when no date is
# stated for it (وكان الجيش قد أعلن مقتل، يذكر أن، سبق أن، خلال العمليات الأخيرة); a cue in a relative clause
# on the speaker (وقالت الوزارة، التي كانت قد حذرت، إن مسلحين قتلوا) is none (``rel``). «بعد ساعات من إعلان»
# tells a new act after an announcement (retold.py reads بعد ساعات so), no retelling...
_RETOLD_BEFORE = re.compile(
    rf"(?<![{AR}])(?P<rel>(?:الذي|التي|الذين|اللذين|اللتين|اللاتي|اللواتي)\s+)?"
    rf"(?:[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){{0,6}}?قد|[وف]?(?:يذكر|يشار\s+الي)\s+ان|[وف]?سبق\s+(?:ان|ل)"
    rf"|[وف]?خلال\s+(?:العمليات|المعارك|الايام|الاسابيع|الفتره)\s+(?:الاخيره|الماضيه))(?![{AR}])"
)
# ... or, whatever its date, the topic of a commentary (تناولت الصحيفة تداعيات معركة الهلال النفطي; not اثار,
# also the verb أثار: وأثار اغتيال القيادي غضبا is fresh news).
_TOPIC_BEFORE = re.compile(rf"(?<![{AR}])[وفب]?(?:تداعيات|انعكاسات|تبعات|دروس)\s+$")
_RETOLD_CHARS = 150
RETOLD_NOTE = "date: the article's date; told again after an earlier report (the event is earlier)"
AGGREGATE_NOTE = "date: the article's date, an aggregate since a stated date"
SINCE_NOTE = "date: the start of the span an aggregate is told since (منذ مارس، منذ صباح أمس)"
AGGREGATE_NOTES = (AGGREGATE_NOTE, SINCE_NOTE)


def retelling(norm: str, point: int, dated_in_sentence: bool) -> bool:
    """Whether the act whose trigger is at ``point`` is told as a retelling (see ``_RETOLD_BEFORE``), or as the
    topic of a commentary (``_TOPIC_BEFORE``): its day is that of an earlier report, not the article's."""
    if _TOPIC_BEFORE.search(norm, max(0, point - 20), point):
        return True
    if dated_in_sentence:
        return False
    low = max(0, point - _RETOLD_CHARS)
    stop = max(norm.rfind(".", low, point), norm.rfind("\n", low, point))
    cues = _RETOLD_BEFORE.finditer(norm, max(low, stop + 1), point)
    return any(not cue.group("rel") for cue in cues)


# Between a trigger and a later time: a clause of what another said (وهذا ما أعلنه القائد مطلع مايو): its time is
# that statement's, not the act's (وهو ما حققته القوات الاثنين: the act itself, its time kept).
_ANOTHER_CLAUSE = re.compile(
    rf"(?<![{AR}])[وف]?(?:هذا|هو|ذلك)\s+ما\s+(?:اعلن|اكد|قال|ذكر|اوضح|كشف|اشار|صرح|اكده|اعلنه|قاله|ذكره)"
)


def _in_relative(norm: str, time_row: tuple, times: Sequence[tuple], point: int) -> bool:
    """Whether a time expression before the trigger lies in a relative clause on a speaker (وامس قالت الحكومه التي
    خرجت من عدن في مارس ان قواتها استعادت ...: ان between it and the trigger) after another time of the
    sentence: that one dates the event."""
    start = time_row[14]
    if start >= point or not RELATIVE_BEFORE.search(norm, max(0, start - 50), start):
        return False
    if not THAT_BETWEEN.search(norm, start, point):
        return False  # المظاهره التي خرجت يوم الاثنين شهدت اعتقال: the clause's time is the event's own
    return any(t[14] < start and t[6] is not None and not pd.isna(t[6]) for t in times)


def _days_before(norm: str, point: int, when: EventDate) -> EventDate:
    """A stated date less the span told just before the trigger (امس ... بعد ثلاثه ايام علي هجوم: three days
    before yesterday); unchanged when the date is the DCT's (nothing stated) or no span is told."""
    found = DAYS_AFTER_BEFORE.search(norm, max(0, point - 40), point)
    if found is None or not when.text or when.when is None:
        return when
    count, unit = found.group("count"), found.group("unit")
    if count is None and unit in ("ايام", "اسابيع"):
        return when  # بعد ايام من: a vague span
    number = 1 if count is None else int(count) if count.isdigit() else NUMBER_WORDS.get(count, 0)
    days = number * DAYS_OF_UNIT[unit]
    if not days:
        return when
    return when._replace(when=when.when - pd.Timedelta(days=days), note=f"date: {days} {SHIFTED_NOTE}")


def birth(norm: str, time_row: tuple) -> bool:
    """Whether a time expression is a year of birth or an age (من مواليد 1991), never an event's date."""
    start = time_row[14]
    return time_row[17] == "age" or bool(BIRTH_BEFORE.search(norm, max(0, start - 20), start))


def person_killed(text: str, trigger: Any, victim: Any) -> Fatalities | None:
    """One dead when a killing's victim is a person named (خاشقجي قتل، مقتل زعيم القاعدة عطية الشاعري); else None."""
    if trigger.action != "قتل" or trigger.event_type not in VIOLENT_TYPES or victim.actor_type != "person":
        return None
    if victim.start < 0:
        return None
    name = text[victim.start : victim.end]
    return Fatalities(victim.start, victim.end, 1, name, "exact", name)
