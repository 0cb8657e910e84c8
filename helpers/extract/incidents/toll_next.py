"""The dead of an act told in the sentence after it: a killing told «in the attack», «during the clashes» (وقتل في
الهجوم، في العملية التي سقط خلالها 12 قتيلا، بمقتل تسعة من قوات النظام في الاشتباكات) or a killing with no act
of its own (أن أكثر من مئة من قوات ... قتلوا) is the toll of the act told last before it. ACLED counts every death
of an event on its row, both sides' (soldiers told after fighters are added), never a breakdown twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

from helpers.extract.incidents.details import VIOLENT_TYPES, Fatalities, fatalities
from helpers.extract.incidents.merging import _toll_of_another_day, dead_told_next, toll_told_next
from helpers.extract.incidents.scope import COLUMN
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

KILLING = "قتل"
_BATTLE = "اشتباكات|اشتباك|مواجهات|مواجهه|معارك|معركه|كمين"
_STRIKE = "قصف|غاره|غارات|تفجير|تفجيرات|انفجار|ضربه|ضربات"
_ANY = "هجوم|هجمات|عمليه|حادث|حادثه"
# The act told again by a definite or a demonstrative noun after a preposition (في الهجوم، خلال تلك المواجهات).
RETOLD_ACT = re.compile(
    rf"(?<![{AR}])(?:في|خلال|اثناء|جراء|اثر)\s+(?:(?:تلك|هذه|هذا|ذلك)\s+)?ال(?:(?P<battle>{_BATTLE})|(?P<strike>{_STRIKE})"
    rf"|{_ANY})(?![{AR}])"
)
_BEFORE_CHARS, _AFTER_CHARS = 80, 60
# After a passive killing: who did it or how (على يد، برصاص، بنيران، بقصف): an act of its own.
_DOER_AFTER = re.compile(r"\s*(?:[،,]\s*)?(?:علي\s+يد|ب(?:رصاص|نيران|قصف|غار|انفجار|هجوم|تفجير|قذيف|صاروخ))")
_THAT_BEFORE = re.compile(rf"(?<![{AR}])ب?ان\s+$")
# The head noun of the dead: a state's men or fighters (the two sides of a clash, ACLED adds both).
_STATE_DEAD = re.compile(
    rf"(?<![{AR}])(?:من\s+)?(?:ال)?(?:قوات|جنود|جندي|جنديا|جنديين|عسكريين|عسكريا|شرطيا|شرطيين|رجال\s+الامن|عناصر\s+الامن|ضباط)(?![{AR}])"
)
_ARMED_DEAD = re.compile(
    rf"(?<![{AR}])(?:من\s+)?(?:ال)?(?:مقاتل|مقاتلا|مقاتلين|مسلح|مسلحا|مسلحين|متمرد|متمردا|متمردين|ارهابيا|ارهابيين|جهاديا|جهاديين"
    rf"|تكفيريا|تكفيريين|حوثيا|حوثيين|انتحاريين)(?![{AR}])"
)
_DEAD = ("fatalities", "fatalities_text", "fatalities_qualifier", "fatalities_who")


def retold_act(norm: str, death: Fatalities, sentence: tuple[int, int]) -> str:
    """The kind of act a death of ``sentence`` is told in, as a retelling of one told before: ``battle``,
    ``strike`` or ``any`` (في الهجوم), or ``""`` when none is named near it."""
    low, high = max(sentence[0], death.start - _BEFORE_CHARS), min(sentence[1], death.end + _AFTER_CHARS)
    match = RETOLD_ACT.search(norm, low, high)
    if match is None:
        return ""
    return "battle" if match.group("battle") else "strike" if match.group("strike") else "any"


def _fits(kind: str, event_type: str) -> bool:
    """Whether an act told again as ``kind`` can be an event of ``event_type`` (clashes are no strike's; a killing
    row may be the clash's own: its type read from a generic act)."""
    if kind == "battle":
        return event_type != "Explosions/Remote violence"
    if kind == "strike":
        return event_type == "Explosions/Remote violence"
    return True


def _only_toll(norm: str, row: tuple, death: Fatalities) -> bool:
    """Whether a row is a killing that only states its dead, in the account of the sentence before: its count
    after أن, then its verb, no doer or weapon after it (وأضاف أن أكثر من مئة من قوات ... قتلوا، بينما)."""
    if row[COLUMN["action"]] != KILLING or not death.start < row[COLUMN["start"]] <= death.end:
        return False
    if not _THAT_BEFORE.search(norm, max(0, death.start - 6), death.start):
        return False
    return _DOER_AFTER.match(norm, row[COLUMN["end"]]) is None


def told_after(article: Any, rows: Sequence[tuple], with_triggers: set[int]) -> list[tuple]:
    """The rows with the wounded and the dead told in the sentence after an event: in a sentence with no event
    (``merging.dead_told_next``), by a killing of the strike's kind (``merging.toll_told_next``), then in the act
    told again or by a killing with no act of its own (``dead_of_act_before``)."""
    return dead_of_act_before(article, toll_told_next(dead_told_next(article, rows, with_triggers)))


def dead_of_act_before(article: Any, rows: Sequence[tuple]) -> list[tuple]:
    """The rows with the dead of the sentence after a violent event given to it (``RETOLD_ACT``, ``_only_toll``):
    the last violent row of a sentence takes them when it states none, or adds them when it states another side's;
    a killing row that only told them (after أن) is dropped; a row of that sentence that retells the act keeps its
    count (``retold.once_per_article`` may fold it)."""
    out, dropped = [list(row) for row in rows], set()
    last: dict[int, int] = {}
    for i, row in enumerate(rows):
        if row[COLUMN["event_type"]] in VIOLENT_TYPES:
            last[row[COLUMN["sentence_id"]]] = i
    for sid, i in sorted(last.items()):
        following = sid + 1
        if following >= len(article.sentences) or i in dropped:
            continue
        span = article.sentences[following]
        there = [k for k, row in enumerate(rows) if row[COLUMN["sentence_id"]] == following]
        for death in fatalities(article.text, article.norm, *span)[:1]:
            if death.total or _toll_of_another_day(article.norm, _days(article, following), death.start, out[i]):
                continue  # a retelling, a period total, or the dead of another day (قتلوا الشهر الماضي)
            kind = retold_act(article.norm, death, span)
            alone = len(there) == 1 and _only_toll(article.norm, rows[there[0]], death)
            if not (alone or (kind and _fits(kind, out[i][COLUMN["event_type"]]))):
                continue
            if _another_place(article, span, out[i]):
                continue
            if not _given(out[i], death, _sides(article, out[i], death) if kind else ("", "")):
                continue
            if alone:
                dropped.update(there)  # the killing told only its dead
    return [tuple(row) for k, row in enumerate(out) if k not in dropped]


def _given(row: list, death: Fatalities, sides: tuple[str, str]) -> bool:
    """Give ``death`` to ``row`` (in place): taken when the row states no dead, added when it states another
    side's (``sides``: soldiers and fighters, not the same count); False when the row keeps its own."""
    mine, qualifier = row[COLUMN["fatalities"]], row[COLUMN["fatalities_qualifier"]]
    if mine is None:
        values = (death.count, death.text, death.qualifier, death.who)
    elif all(sides) and sides[0] != sides[1] and mine != death.count:
        both = f"{row[COLUMN['fatalities_text']]} + {death.text}"
        values = (mine + death.count, both, qualifier if death.qualifier == "exact" else death.qualifier, "")
    else:
        return False
    for name, value in zip(_DEAD, values, strict=True):
        row[COLUMN[name]] = value
    return True


def _sides(article: Any, row: list, death: Fatalities) -> tuple[str, str]:
    """The side of the row's stated dead and of ``death`` by their head noun (``side_of``)."""
    return side_of(normalize_letters(str(row[COLUMN["fatalities_text"]] or ""))), side_of(
        article.norm[death.start : death.end]
    )


def side_of(told: str) -> str:
    """``state`` for soldiers or police (جنود، قوات، عناصر الأمن), ``armed`` for fighters (مقاتلا، مسلحين،
    متمردين), else ''."""
    state, armed = _STATE_DEAD.search(told), _ARMED_DEAD.search(told)
    return "" if bool(state) == bool(armed) else "state" if state else "armed"


def _days(article: Any, sentence_id: int) -> list[Any]:
    """The dates the sentence ``sentence_id`` states (its DATE expressions' first day)."""
    return [
        t[6]
        for t in getattr(article, "events", [])
        if t[1] == sentence_id and t[4] == "DATE" and t[6] is not None and not pd.isna(t[6])
    ]


# A sentence opening on a place (وفي ولاية هلمند، وفي محافظة أخرى): the scene moves, even to a place the gazetteer
# lacks (not وفي المدينة نفسها: a definite noun points back).
_PLACE_FIRST = re.compile(rf"\s*و?في\s+(?:ولايه|محافظه|مدينه|بلده|منطقه|قريه|اقليم|مديريه|ريف|حي)\s+(?P<name>[{AR}]+)")


def _another_place(article: Any, span: tuple[int, int], row: list) -> bool:
    """Whether the sentence at ``span`` names a town or an area that is not the row's place, a country other than
    the row's, or opens on a place not named in the row's place: the dead of another place (وفي بلدة أخرى قتل 5 في
    الاشتباكات، وفي العراق قتل 9 جنود في الهجوم) are not the row's."""
    here = str(row[COLUMN["location"]] or "")
    places = [m for m in getattr(article, "places", []) if m.place is not None]
    codes = {getattr(m.place, "country", "") for m in places if here and m.surface in here} - {""}
    for mention in places:
        if not span[0] <= mention.start < span[1] or mention.role != "location":
            continue
        if getattr(mention.place, "kind", "") != "country":
            if mention.surface not in here:
                return True
        elif codes and getattr(mention.place, "country", "") not in codes:
            return True
    opening = _PLACE_FIRST.match(article.norm, span[0], span[1])
    return opening is not None and opening.group("name") not in normalize_letters(here)
