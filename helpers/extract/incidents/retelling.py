"""An act of violence told again as the subject of «يأتي/جاء», after ``retold.once_per_article``: the article tells
a bombing, then «وجاء الهجوم فيما بدأت الحكومة حملة ...» or «ويأتي القصف بعد ساعات من تهديد واشنطن ...». The
definite noun right after the verb that opens its sentence is the act told before, set in its context; the rest of
the sentence (its sides, places and days) is the context's, so ``retold`` (which needs agreeing sides, places and
days, and one type) lets it through as a second row, often a battle against the lead's strike.

Such a row is folded into the article's first act of violence (its lead's, in an earlier sentence), whatever it
names: the row kept keeps its offsets (its sentence is the provenance), type, sides, place, date and dead, and the
higher confidence of the two. Only rows the table keeps (confidence at least the model's threshold) are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.extract.incidents.pointing_back import told_back
from helpers.extract.incidents.retold import once_per_article, violent_order
from helpers.extract.incidents.scope import COLUMN
from helpers.text.normalize import normalize_letters

# A sentence that opens on «يأتي/جاء» and a definite act noun, its subject (ويأتي الهجوم، وجاءت هذه الغارات).
_COMES = re.compile(r"\W*[وف]?(?:ياتي|تاتي|جاء|جاءت)\s+(?:هذا\s+|هذه\s+)?")
# What follows the act when it is set in its context (بعد ساعات من، فيما، في وقت، رغم): an ordinal, a relative clause,
# a target or a place after the noun (الغارة الثانية على رازح، القصف الذي تعرض له المطار) tells another act.
_CONTEXT = re.compile(
    r"\s+(?:بعد|فيما|بينما|وسط|رغم|عقب|غداة|قبل|مع|اثر|اثناء|تزامنا|متزامنا|ضمن|في\s+(?:وقت|ظل|اعقاب|اطار|سياق|خضم))\b"
)


def one_row_per_act(rows: Sequence[tuple], threshold: float = 0.0) -> list[tuple]:
    """The rows with each event told again folded into its first mention: ``retold.once_per_article``, then the
    acts told again as the subject of «يأتي/جاء» (``told_in_context``), then those told again by a definite generic
    noun (``pointing_back.told_back``)."""
    return told_back(told_in_context(once_per_article(rows, threshold), threshold), threshold)


def told_in_context(rows: Sequence[tuple], threshold: float = 0.0) -> list[tuple]:
    """The rows with each act of violence told again as the subject of «يأتي/جاء» (``comes_after``) folded into
    the article's first act of violence told in an earlier sentence, in their order; only rows with a confidence of
    at least ``threshold`` are read."""
    out = list(rows)
    order = violent_order(rows, threshold)
    folded: set[int] = set()
    for i in order:
        sentence = rows[i][COLUMN["sentence_id"]]
        first = next((k for k in order if k not in folded and rows[k][COLUMN["sentence_id"]] < sentence), None)
        if first is not None and comes_after(rows[i]):
            out[first] = _higher_confidence(out[first], rows[i])
            folded.add(i)
    return [row for i, row in enumerate(out) if i not in folded]


def comes_after(row: tuple) -> bool:
    """Whether a row's trigger is a definite noun right after the «يأتي/جاء» that opens its sentence (ويأتي
    القصف بعد ساعات من ...), named once in its sentence and followed by its context (``_CONTEXT``): the act told
    before, set in its context."""
    sentence, trigger = normalize_letters(row[COLUMN["notes"]] or ""), normalize_letters(row[COLUMN["trigger"]] or "")
    opening = _COMES.match(sentence)
    if not opening or not trigger:
        return False
    rest, bare = sentence[opening.end() :], trigger.removeprefix("ال")
    noun = "ال" + bare
    once = len(re.findall(re.escape(bare), sentence)) == 1  # «ويأتي الهجوم بعد يومين من هجوم مماثل»: the second
    return rest.startswith(noun) and once and bool(_CONTEXT.match(rest[len(noun) :]))


def _higher_confidence(kept: tuple, other: tuple) -> tuple:
    """``kept`` with the higher confidence of the two rows (nothing else taken from ``other``)."""
    values = [v for v in (kept[COLUMN["confidence"]], other[COLUMN["confidence"]]) if v is not None and v == v]
    out = list(kept)
    out[COLUMN["confidence"]] = max(values) if values else kept[COLUMN["confidence"]]
    return tuple(out)
