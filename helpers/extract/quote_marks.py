"""Quotation marks in a sentence: the quotes it holds (listed once in a long sentence), and whether a quotation
opened in an earlier sentence runs on into it or stays open after it.

Used by ``helpers.extract.attribution`` over the length-keeping normalised text.
"""

from __future__ import annotations

import bisect
import re

QUOTE = re.compile(r"[\"«]([^\"«»]{3,})[\"»]")


def quoted_spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the quotations (with their marks) of a sentence."""
    if '"' not in norm[start:end]:
        return []
    return [(m.start(), m.end()) for m in QUOTE.finditer(norm, start, end)]


# A sentence longer than this has its quotes listed once (``Quotes``), not searched for from each verb to
# its end (a long quote-less dump made that quadratic).
LONG_SENTENCE = 2_000


class Quotes:
    """The quotes of one long sentence, each found once: ``first_from(pos)`` is ``QUOTE.search(norm, pos,
    end)``. A quote starts at an opening mark and nothing before the mark bears on it, so the search from a
    point finds the first mark after it where a quote matches; a match attempt stops at the next mark, so
    trying every mark once is linear."""

    def __init__(self, norm: str, start: int, end: int) -> None:
        self.found = [m for m in (QUOTE.match(norm, o.start(), end) for o in _OPENING.finditer(norm, start, end)) if m]
        self.starts = [m.start() for m in self.found]

    def first_from(self, pos: int) -> re.Match[str] | None:
        """The first quote starting at or after ``pos``."""
        i = bisect.bisect_left(self.starts, pos)
        return self.found[i] if i < len(self.found) else None


_OPENING = re.compile(r"[\"«]")  # where a ``QUOTE`` can start


CLOSE_WITHIN = 400  # a quotation continued into a sentence closes within this many characters of its start


def closes_soon(norm: str, start: int, end: int) -> bool:
    """Whether the sentence ``norm[start:end]`` reads as the rest of an open quotation: a closing mark comes
    within ``CLOSE_WITHIN`` characters of its start, and its first mark closes (not an even number of straight
    quotes, nor a « before its first »: a quotation of its own)."""
    window = norm[start : start + CLOSE_WITHIN]
    if '"' not in window and "»" not in window:
        return False
    first = min(i for i in (window.find('"'), window.find("»")) if i >= 0)
    if window[first] == '"' and (first == 0 or window[first - 1].isspace()) and window[first + 1 : first + 2].isalpha():
        return False  # the first mark opens a quotation (وأكد شهود أن "المسلحين فروا"): nothing open closes here
    straight = norm.count('"', start, end)
    opening, closing = norm.find("«", start, end), norm.find("»", start, end)
    return not (straight and straight % 2 == 0) and not (opening >= 0 and (closing < 0 or opening < closing))


def still_quoting(norm: str, start: int, end: int, quoting: bool) -> bool:
    """Whether a quotation is open at the end of the sentence ``norm[start:end]``: one open before it and not
    closed in it, or one opened in it (an odd number of straight quotes flips it; «» say it themselves)."""
    opening, closing = norm.rfind("«", start, end), norm.rfind("»", start, end)
    if opening >= 0 or closing >= 0:
        return opening > closing
    return quoting != (norm.count('"', start, end) % 2 == 1)
