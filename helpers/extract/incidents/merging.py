"""One row per event of a sentence: two triggers that tell one event (غارات جوية ... انفجارات، يفجر انتحاري نفسه
... ويقتل 11 طفلا) give one row. Two rows of one sentence are one event when they are of one type, or a strike
(explosions/remote violence) and its explosions or deaths, and the second names no other doer, no other place
and no other date; an arrest and the raid it was made in are one arrest. The row kept is the first mention (its
offsets are the provenance) with the more specific type and the sides, place, dead and wounded the other adds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

from helpers.extract.incidents.details import VIOLENT_TYPES, fatalities, retelling
from helpers.extract.incidents.planned import planned_before
from helpers.extract.incidents.scope import COLUMN
from helpers.extract.incidents.wounded import injuries
from helpers.text.arabic import AR

STRIKE = "Explosions/Remote violence"
# The sub-events of a strike, most specific first (a suicide bomber's explosion is a suicide bomb).
STRIKE_SUB_EVENTS = (
    "Chemical weapon",
    "Suicide bomb",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Grenade",
    "Remote explosive/landmine/IED",
)
KILLING = "قتل"
_STRIKE_PARTS = {"انفجار", KILLING}  # actions that a strike's own explosions and deaths are told with
FILLED = (  # the column groups a later mention fills in the kept one, each as a whole
    ("actor1", "actor1_en"),
    ("assoc_actor_1",),
    ("actor2", "actor2_en"),
    ("location", "location_en", "latitude", "longitude", "geo_precision"),
    ("fatalities", "fatalities_text", "fatalities_qualifier", "fatalities_who"),
    ("injuries", "injuries_text"),
)


def one_per_event(rows: Sequence[tuple], norm: str = "") -> tuple[list[tuple], set[str]]:
    """The rows with the rows of a sentence that tell one event merged (see the module), and the ids of the
    merged rows; ``norm``, the article's normalised text, says whether a sequel stands between them."""
    kept: list[tuple] = []
    merged: set[str] = set()
    by_sentence: dict[tuple, list[int]] = {}  # only rows of one sentence tell one event: linear in long articles
    for row in rows:
        places = by_sentence.setdefault((row[COLUMN["article_id"]], row[COLUMN["sentence_id"]]), [])
        for i in places:
            earlier = kept[i]
            if one_event(earlier, row, norm) and not _sequel(norm, earlier, row):
                told = _told_once(earlier, row, norm)  # else the dead of the strike (``_fell_by_strike``)
                kept[i] = _joined(earlier, row) if told else _joined(row, earlier)
                merged.add(kept[i][COLUMN["event_id"]])
                break
        else:
            places.append(len(kept))
            kept.append(row)
    return kept, merged


def one_event(a: tuple, b: tuple, norm: str = "") -> bool:
    """Whether two rows of one sentence tell one event (see the module; ``norm``, the article's normalised text,
    says whether a killing is told as a battle's toll or as fallen by a strike)."""
    return _told_once(a, b, norm) or _fell_by_strike(a, b, norm)


def _fell_by_strike(a: tuple, b: tuple, norm: str) -> bool:
    """Whether two rows of one sentence are a killing and the strike it is told as fallen by (``_dead_of_strike``)
    on one day, whatever their sides and places (the strike's are kept)."""
    one = a[COLUMN["article_id"]] == b[COLUMN["article_id"]] and a[COLUMN["sentence_id"]] == b[COLUMN["sentence_id"]]
    return (
        one
        and a[COLUMN["reported_as"]] == b[COLUMN["reported_as"]]
        and _dead_of_strike(a, b, norm)
        and _same_date(a, b)
    )


def _told_once(a: tuple, b: tuple, norm: str) -> bool:
    """``one_event`` but for the dead of a strike."""
    if a[COLUMN["article_id"]] != b[COLUMN["article_id"]] or a[COLUMN["sentence_id"]] != b[COLUMN["sentence_id"]]:
        return False
    types = {a[COLUMN["event_type"]], b[COLUMN["event_type"]]}
    if "Statement" in types or a[COLUMN["reported_as"]] != b[COLUMN["reported_as"]]:
        return False
    if _toll_of_battle(a, b, norm):
        return _agree(a, b, "location") and _same_date(a, b)
    if _arrest_in_raid(a, b):
        return _agree(a, b, "location") and _same_date(a, b)  # the raid's sides are the arrest's
    strike_part = STRIKE in types and _part_of_strike(a, b)
    if len(types) > 1 and not strike_part:
        return False
    if len(types) == 1 and STRIKE not in types and a[COLUMN["action"]] != b[COLUMN["action"]]:
        return False  # one act told twice, not two acts of one type (a siege and a raid)
    sides = _agree(a, b, "actor1_en") and (strike_part or _agree(a, b, "actor2_en"))
    return sides and _agree(a, b, "location") and _same_date(a, b)


# A second act after the first (قبل ان ترد اسرائيل بتنفيذ غارات، ثم، ردا علي): two events, not one told twice.
_REPLY = "ثم|ترد|يرد|ردت|رد|ردا|ردها|انتقاما|لترد|ليرد"
_SEQUEL = re.compile(rf"(?<![{AR}])[وف]?(?:قبل ان|بعد ان|{_REPLY})(?![{AR}])")


# Right before a battle's trigger, after a killing: the dead fell in it (قتل 11 شخصا نتيجة مواجهات، لقي 12 مصرعهم
# بعد اشتباكات عنيفة، قتلوا خلال معارك).
_IN_BATTLE = re.compile(rf"(?<![{AR}])(?:نتيجه|جراء|اثر|عقب|بعد|خلال|اثناء|في)\s+(?:ال)?$")
_CAUSE_CHARS = 12


def _toll_of_battle(a: tuple, b: tuple, norm: str) -> bool:
    """Whether one row is a killing and the later other a battle it is told as the toll of (``_IN_BATTLE`` right
    before the battle's trigger): the dead of the battle, one event (ACLED counts the dead of a clash in it, who
    ever the killer the rules gave the killing)."""
    killing, battle = sorted((a, b), key=lambda r: r[COLUMN["start"]])
    if killing[COLUMN["action"]] != KILLING or battle[COLUMN["event_type"]] != "Battles":
        return False
    at = battle[COLUMN["start"]]
    return (
        battle[COLUMN["action"]] != KILLING
        and bool(norm)
        and bool(_IN_BATTLE.search(norm, max(0, at - _CAUSE_CHARS), at))
    )


# Right before a strike's trigger, after a killing: the dead fell by it (مقتل "والي" التنظيم بقصف لطيران التحالف،
# قتل 5 مدنيين جراء غارة).
_BY_STRIKE = re.compile(rf"(?:(?<![{AR}])(?:نتيجه|جراء|اثر|في|خلال)\s+(?:ال)?|(?<![{AR}])[وف]?ب(?:ال)?)$")


def _dead_of_strike(a: tuple, b: tuple, norm: str) -> bool:
    """Whether one row is a killing and the later other a strike it is told as the toll of (``_BY_STRIKE`` right
    before the strike's trigger): one event, the strike's, whoever the rules made the killer (the strike's doer is);
    the strike's row is kept with the killing's dead."""
    killing, strike = sorted((a, b), key=lambda r: r[COLUMN["start"]])
    if killing[COLUMN["action"]] != KILLING or strike[COLUMN["event_type"]] != STRIKE:
        return False
    at = strike[COLUMN["start"]]
    if strike[COLUMN["action"]] == KILLING or not norm or at - killing[COLUMN["end"]] > _STRIKE_CHARS:
        return False
    return bool(_BY_STRIKE.search(norm, max(0, at - 8), at))


_STRIKE_CHARS = 120  # a killing and the strike it fell by, told within this many characters


RAID, ARREST = "اقتحام", "اعتقال"  # the actions of a raid (دهم، داهم، مداهمة) and of an arrest (القبض على، اعتقل)


def _arrest_in_raid(a: tuple, b: tuple) -> bool:
    """Whether one row is an arrest and the other the raid it was made in (القبض على 17 شخصا في عمليات دهم، داهمت
    الشرطة منزلا واعتقلت ثلاثة): one event, an arrest (ACLED codes the arrests of a raid once)."""
    return {a[COLUMN["action"]], b[COLUMN["action"]]} == {RAID, ARREST} and a[COLUMN["event_type"]] == b[
        COLUMN["event_type"]
    ] == "Strategic developments"


def _sequel(norm: str, a: tuple, b: tuple) -> bool:
    """Whether a sequel or a reply stands between two rows' triggers (see ``_SEQUEL``), or, between two rows of
    one type, a word telling one more act (``another_act``: فضلا عن، أيضا)."""
    low, high = sorted((a[COLUMN["end"]], b[COLUMN["start"]]))
    if not norm or planned_before(norm, high):
        return False  # the steps of one plan (الهدف تحرير الرمادي ومن ثم تحرير الأنبار): one act
    if _SEQUEL.search(norm, low, high):
        return True
    return a[COLUMN["event_type"]] == b[COLUMN["event_type"]] and another_act(norm, low, high)


# Between two acts of one type: one more act told beside the first (فضلا عن قصف أربع غارات، غير أنها ضربت أيضا،
# كذلك تستمر معارك): two events, not one told twice. Not فيما/بينما: the clause they open often names the first
# act again as background (فيما أكدت أنها في حالة دفاع ضد الهجوم التركي).
_ANOTHER_ACT = re.compile(rf"(?<![{AR}])[وف]?(?:{_REPLY}|فضلا\s+عن|بالاضافه\s+(?:الي|ل)|ايضا|كذلك)(?![{AR}])")


def another_act(norm: str, low: int, high: int) -> bool:
    """Whether a reply, a sequel or one more act (ردا على، ثم، فضلا عن، أيضا، كذلك) stands in ``norm[low:high]``
    (not بعد أن: the act it follows is often the same one told again), the acts told as done (not after a plan, a
    future, a wish or a condition: ``planned.planned_before``)."""
    return bool(_ANOTHER_ACT.search(norm, low, high)) and not planned_before(norm, high)


def _part_of_strike(a: tuple, b: tuple) -> bool:
    """Whether one row is a strike and the other a strike too, or the explosions or deaths it caused."""
    other = b if a[COLUMN["event_type"]] == STRIKE else a
    return other[COLUMN["event_type"]] == STRIKE or other[COLUMN["action"]] in _STRIKE_PARTS


def _agree(a: tuple, b: tuple, column: str) -> bool:
    """Whether two rows name the same value in ``column``, or one names none."""
    x, y = a[COLUMN[column]], b[COLUMN[column]]
    return not x or not y or x == y


def _same_date(a: tuple, b: tuple) -> bool:
    """Whether two rows have one date, or one of them states none of its own."""
    if not a[COLUMN["date_text"]] or not b[COLUMN["date_text"]]:
        return True
    return a[COLUMN["event_date"]] == b[COLUMN["event_date"]]


def strike_rank(row: tuple) -> int:
    """How specific a row's type is: a strike's named sub-event first, then any strike, then the rest."""
    if row[COLUMN["event_type"]] != STRIKE:
        return len(STRIKE_SUB_EVENTS) + 1
    sub = row[COLUMN["sub_event_type"]]
    return STRIKE_SUB_EVENTS.index(sub) if sub in STRIKE_SUB_EVENTS else len(STRIKE_SUB_EVENTS)


def _joined(first: tuple, later: tuple) -> tuple:
    """The first mention, typed as the more specific of the two, completed by the other where it is empty."""
    out = list(first)
    if later[COLUMN["action"]] == ARREST and first[COLUMN["action"]] == RAID:  # داهمت ... واعتقلت: an arrest
        for name in ("action", "sub_event_type", "action_en"):
            out[COLUMN[name]] = later[COLUMN[name]]
    if later[COLUMN["event_type"]] == "Battles" and first[COLUMN["action"]] == KILLING:
        names = ("event_type", "sub_event_type", "actor1", "actor1_en", "actor2", "actor2_en")
        for name in names:  # the dead of a battle: the battle's type and its sides (a killing's are guessed)
            if later[COLUMN[name]]:
                out[COLUMN[name]] = later[COLUMN[name]]
    if strike_rank(later) < strike_rank(first):
        for name in ("event_type", "sub_event_type"):
            out[COLUMN[name]] = later[COLUMN[name]]
    for group in FILLED:
        if out[COLUMN[group[0]]] in (None, "") and later[COLUMN[group[0]]] not in (None, ""):
            for name in group:
                out[COLUMN[name]] = later[COLUMN[name]]
    if not first[COLUMN["date_text"]] and later[COLUMN["date_text"]]:
        for name in ("event_date", "time_precision", "date_text", "date_note"):
            out[COLUMN[name]] = later[COLUMN[name]]
    return tuple(out)


def dead_told_next(article: Any, rows: Sequence[tuple], with_triggers: set[int]) -> list[tuple]:
    """The rows with the wounded of their sentence (``wounded_told``), and the dead and wounded stated in the
    sentence after an event (الغارات ... . وأدت الى سقوط 40 قتيلا) given to the last violent event of its sentence
    that states none, when that next sentence tells no event of its own."""
    last: dict[int, int] = {}
    for i, row in enumerate(rows):
        if row[COLUMN["event_type"]] in VIOLENT_TYPES:
            last[row[COLUMN["sentence_id"]]] = i
    out = wounded_told(article, rows)
    days: dict[int, list] = {}  # the dates each sentence states (``_toll_of_another_day``)
    for t in getattr(article, "events", []):
        if t[4] == "DATE" and t[6] is not None and not pd.isna(t[6]):
            days.setdefault(t[1], []).append(t[6])
    for sid, i in last.items():
        following = sid + 1
        told = out[i][COLUMN["fatalities"]] is not None
        if told or following in with_triggers or following >= len(article.sentences):
            continue
        counts = fatalities(article.text, article.norm, *article.sentences[following])
        if counts and not _toll_of_another_day(article.norm, days.get(following, []), counts[0].start, out[i]):
            death, row = counts[0], list(out[i])
            values = (death.count, death.text, death.qualifier, death.who)
            for name, value in zip(_DEAD, values, strict=True):
                row[COLUMN[name]] = value
            hurt = injuries(article.text, article.norm, *article.sentences[following])
            if hurt and not row[COLUMN["injuries_text"]]:  # وأدت الى سقوط 40 قتيلا و70 جريحا
                row[COLUMN["injuries"]], row[COLUMN["injuries_text"]] = hurt[0].count, hurt[0].text
            out[i] = tuple(row)
    return out


_DEAD = ("fatalities", "fatalities_text", "fatalities_qualifier", "fatalities_who")
_OTHER_DAY = 1  # days between an event and a day its next sentence tells: more, another day's toll


def _toll_of_another_day(norm: str, days: Sequence[Any], at: int, row: tuple) -> bool:
    """Whether the dead counted at ``at`` in the sentence after an event are another act's: told as a retelling
    (وكان الهجوم قد أسفر، يذكر أن: ``details.retelling``) or in a sentence dated (``days``, the dates it states)
    to another day than the event (وفي الشهر الماضي سقط 20 قتيلا)."""
    if retelling(norm, at, False):
        return True
    when = row[COLUMN["event_date"]]
    if when is None or pd.isna(when):
        return False
    return any(abs((pd.Timestamp(day) - pd.Timestamp(when)).days) > _OTHER_DAY for day in days)


_HURT = ("injuries", "injuries_text")


def wounded_told(article: Any, rows: Sequence[tuple]) -> list[tuple]:
    """The rows with the wounded stated in their sentence (``wounded.injuries``), each count given as the dead
    are: to the violent event (else the protest) told last before it (غارة ... أسفرت عن مقتل 5 وإصابة 10), else the
    first; a row keeps the first count given to it."""
    by_sentence: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        by_sentence.setdefault(row[COLUMN["sentence_id"]], []).append(i)
    out = [list(row) for row in rows]
    for sid, members in by_sentence.items():
        if sid >= len(article.sentences):
            continue
        violent = [i for i in members if rows[i][COLUMN["event_type"]] in VIOLENT_TYPES]
        violent = violent or [i for i in members if rows[i][COLUMN["event_type"]] == "Protests"]
        if not violent:
            continue
        for hurt in injuries(article.text, article.norm, *article.sentences[sid]):
            before = [i for i in violent if rows[i][COLUMN["start"]] <= hurt.start]
            row = out[before[-1] if before else violent[0]]
            if not row[COLUMN["injuries_text"]]:
                row[COLUMN["injuries"]], row[COLUMN["injuries_text"]] = hurt.count, hurt.text
    return [tuple(row) for row in out]


def toll_told_next(rows: Sequence[tuple]) -> list[tuple]:
    """A strike or an attack told in one sentence and its toll in the next, told by a killing of its own kind
    (ضربة جوية ... . وقتل 54 شخصا جراء غارة جوية أمريكية): one event, the first mention kept with the dead, the
    sides and the place it lacks; only when the killing is the next sentence's only row, names no other doer,
    no other place and no other day."""
    by_sentence: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        by_sentence.setdefault(row[COLUMN["sentence_id"]], []).append(i)
    out, dropped = list(rows), set()
    for i, row in enumerate(rows):
        following = by_sentence.get(row[COLUMN["sentence_id"]] + 1, [])
        if row[COLUMN["event_type"]] not in VIOLENT_TYPES or row[COLUMN["fatalities"]] is not None:
            continue
        if len(following) != 1 or following[0] in dropped or not _its_toll(out[i], rows[following[0]]):
            continue
        toll, merged = rows[following[0]], list(out[i])
        for name in (*_DEAD, *_HURT, "actor2", "actor2_en", "location", "location_en", "latitude", "longitude"):
            if merged[COLUMN[name]] is None or merged[COLUMN[name]] == "":
                merged[COLUMN[name]] = toll[COLUMN[name]]
        out[i] = tuple(merged)
        dropped.add(following[0])
    return [row for k, row in enumerate(out) if k not in dropped]


def _its_toll(event: tuple, killing: tuple) -> bool:
    """Whether a killing with its dead, of the event's kind, names no other doer, place or day (a day of its
    own: one not stated is the event's)."""
    if killing[COLUMN["action"]] != KILLING or killing[COLUMN["fatalities"]] is None:
        return False
    if killing[COLUMN["event_type"]] != event[COLUMN["event_type"]]:
        return False
    doers = (event[COLUMN["actor1_en"]], killing[COLUMN["actor1_en"]])
    places = (event[COLUMN["location"]], killing[COLUMN["location"]])
    same_day = event[COLUMN["event_date"]] == killing[COLUMN["event_date"]] or not killing[COLUMN["date_text"]]
    return (not all(doers) or doers[0] == doers[1]) and (not all(places) or places[0] == places[1]) and same_day
