"""Offset spans asked which of them overlap or cover another span, by bisection: a huge article's many
mentions are then not each compared with all the others (what made extraction quadratic in its length)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from typing import Any


class SpanIndex:
    """Spans (tuples whose first two items are start and end offsets), sorted by start, with the greatest end
    up to each: a query bisects the starts, then walks back only while an earlier span can still reach. The
    spans extraction asks about (mentions of a sentence) rarely nest, so the walk is short."""

    def __init__(self, spans: Iterable[tuple[Any, ...]]) -> None:
        self.spans = sorted(spans, key=lambda span: span[0])
        self.starts = [span[0] for span in self.spans]
        self.reach = list(itertools.accumulate((span[1] for span in self.spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        """True when some span (x, y) has x < end and y > start."""
        i = bisect.bisect_left(self.starts, end)  # the spans with x < end
        return i > 0 and self.reach[i - 1] > start

    def overlapping(self, start: int, end: int) -> list[tuple[Any, ...]]:
        """The spans (x, y, ...) with x < end and y > start, in no particular order."""
        found = []
        i = bisect.bisect_left(self.starts, end) - 1
        while i >= 0 and self.reach[i] > start:
            if self.spans[i][1] > start:
                found.append(self.spans[i])
            i -= 1
        return found

    def covering(self, start: int, end: int) -> list[tuple[Any, ...]]:
        """The spans (x, y, ...) with x <= start and end <= y, in no particular order."""
        found = []
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0 and self.reach[i] >= end:
            if self.spans[i][1] >= end:
                found.append(self.spans[i])
            i -= 1
        return found
