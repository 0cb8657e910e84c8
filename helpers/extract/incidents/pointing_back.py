"""An act told again by a definite generic noun, after ``retelling.told_in_context``: the article tells a bombing,
then «وقتل في الهجوم قائد الشرطة», «الهجوم نفذه انتحاريان», «ولم تعلن أي جهة مسؤوليتها عن التفجير», «14 شخصا قتلوا
في هذا الهجوم». The article of prior mention (or a demonstrative) on a generic act noun (هجوم، تفجير، انفجار،
اعتداء، استهداف، حادث) points back to the act told just before, whatever type the noun's own sentence gives it (a
battle for «الهجوم» on soldiers, a strike for «التفجير»): such a row is folded into the nearest act of violence
of the sentence or two before.

It is not folded when it is told as another act (كما، آخر، ردا على: ``retold._another``), when both rows state a
count of dead and they differ, when they name two towns or two doers, when the act is more than two sentences back,
or when its sentence dates it to another day (a past act recalled: «وفي الرابع من نوفمبر 2017 ... وصف الهجوم»).
The row kept keeps its offsets, sides, place, date and dead and the higher confidence;
a generic attack typed violence against civilians only because its sentence named no armed target (صد الجيش هجوما)
takes the type its later mention gives (a battle, a strike).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from helpers.extract.incidents.retold import _another, _side_agrees, _towns_agree, _two_tolls, violent_order
from helpers.extract.incidents.scope import COLUMN
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

_GENERIC_NOUN = re.compile(r"(?:ال)?(?:هجوم|تفجير|انفجار|اعتداء|استهداف|حادث|حادثه)")
# Before the noun: the article (الهجوم، بالتفجير، للاعتداء) or a demonstrative (هذا الهجوم، ذلك التفجير).
_POINTER_BEFORE = re.compile(rf"(?:(?:^|[^{AR}])[وفبل]?(?:ال|لل)|(?:هذا|هذه|ذلك|تلك)\s+(?:ال)?)$")
_SAME_AFTER = re.compile(r"\s+(?:نفسه|ذاته)")  # الهجوم نفسه
_ATTACK = "هجوم"
_CIVILIANS = "Violence against civilians"


def told_back(rows: Sequence[tuple], threshold: float = 0.0) -> list[tuple]:
    """The rows with each act told again by a definite generic noun (``points_back``) folded into the nearest act
    of violence of an earlier sentence (see the module), in their order; only rows with a confidence of at least
    ``threshold`` are read."""
    out = list(rows)
    order = violent_order(rows, threshold)
    folded: set[int] = set()
    for i in order:
        later = rows[i]
        if not points_back(later) or _another(later):
            continue
        earlier = [
            k for k in order if k not in folded and rows[k][COLUMN["sentence_id"]] < later[COLUMN["sentence_id"]]
        ]
        if not earlier or not _one_act(out[earlier[-1]], later):
            continue
        out[earlier[-1]] = _kept(out[earlier[-1]], later)
        folded.add(i)
    return [row for i, row in enumerate(out) if i not in folded]


def points_back(row: tuple) -> bool:
    """Whether a row's trigger is a generic act noun (``_GENERIC_NOUN``) written with the article or a
    demonstrative (الهجوم، عن التفجير، هذا الهجوم، الهجوم نفسه)."""
    sentence, trigger = normalize_letters(row[COLUMN["notes"]] or ""), normalize_letters(row[COLUMN["trigger"]] or "")
    at = sentence.find(trigger) if trigger else -1
    if at < 0 or not _GENERIC_NOUN.fullmatch(trigger):
        return False
    before = sentence[max(0, at - 12) : at]
    return trigger.startswith("ال") or bool(
        _POINTER_BEFORE.search(before) or _SAME_AFTER.match(sentence, at + len(trigger))
    )


def _one_act(first: tuple, later: tuple) -> bool:
    """Whether the two rows may be one act: a sentence or two apart (``_NEAR``), doers that agree, and no two counts
    of dead, no other day, no other town."""
    near = later[COLUMN["sentence_id"]] - first[COLUMN["sentence_id"]] <= _NEAR
    doers = _side_agrees(first, later, "actor1_en", "actor1_en")
    apart = _two_tolls(first, later) or _dated_apart(first, later) or not _towns_agree(first, later)
    return near and doers and not apart


_NEAR = 2  # how many sentences back the noun points (a definite noun far from its act may name another)


def _day(row: tuple) -> pd.Timestamp | None:
    """A row's day, or None."""
    value = row[COLUMN["event_date"]]
    return None if value is None or pd.isna(value) else pd.Timestamp(value).normalize()


def _dated_apart(first: tuple, later: tuple) -> bool:
    """Whether the later row's own words date it to another day than the first's."""
    days = (_day(first), _day(later))
    return bool(later[COLUMN["date_text"]]) and None not in days and days[0] != days[1]


def _kept(first: tuple, later: tuple) -> tuple:
    """The first mention with the higher confidence of the two; a generic attack typed violence against
    civilians takes the later mention's type and sub-event."""
    out = list(first)
    if first[COLUMN["event_type"]] == _CIVILIANS and first[COLUMN["action"]] == _ATTACK:
        for name in ("event_type", "sub_event_type"):
            out[COLUMN[name]] = later[COLUMN[name]]
    values = [v for v in (first[COLUMN["confidence"]], later[COLUMN["confidence"]]) if v is not None and v == v]
    out[COLUMN["confidence"]] = max(values) if values else first[COLUMN["confidence"]]
    return tuple(out)
