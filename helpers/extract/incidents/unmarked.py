"""A sentence's counts read without its vowel marks: the toll patterns are written for unvowelled text, and a paper
that vowels a passive verb (قُتل شخصان، وأُصيب ثلاثة، 2295 مدرّساً) would hide its dead and wounded from them.
``read_unmarked`` wraps a reader of counts (``details.fatalities``, ``wounded.injuries``): when the span holds a
mark, the reader runs on the span without its marks and each count's offsets are mapped back to the text.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from helpers.text.arabic import MARKS


def read_unmarked(reader: Callable[[str, str, int, int], list[Any]]) -> Callable[[str, str, int, int], list[Any]]:
    """``reader(text, norm, start, end)`` run on ``text[start:end]`` without its marks when it holds any; the
    counts it returns (named tuples with ``start``, ``end`` and ``text``) keep offsets into ``text``."""

    @functools.wraps(reader)
    def wrapped(text: str, norm: str, start: int, end: int) -> list[Any]:
        if not MARKS.search(norm, start, end):
            return reader(text, norm, start, end)
        kept = [i for i in range(start, end) if not MARKS.match(norm, i)]
        bare_text, bare_norm = "".join(text[i] for i in kept), "".join(norm[i] for i in kept)
        out = []
        for found in reader(bare_text, bare_norm, 0, len(kept)):
            first = kept[found.start] if found.start < len(kept) else end
            last = kept[found.end - 1] + 1 if found.end > 0 else first
            while last < end and MARKS.match(norm, last):  # the marks on the last letter are the count's
                last += 1
            out.append(found._replace(start=first, end=last, text=text[first:last]))
        return out

    return wrapped
