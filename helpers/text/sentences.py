"""Split display text into sentences on Arabic and Latin punctuation, with offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pandas as pd

# A sentence ends at a line break, or after . ! ? ؟ ؛ … (and any closing quotes or
# brackets) when white space follows. A dot between digits (3.5) never ends one.
_BOUNDARY = re.compile(
    r"\n+"
    r"|(?<![0-9])(?:[.!?\u061f\u061b\u06d4]+|\u2026|\.\.\.)[\"'\u00bb\u201d)\]]*(?=\s)\s*"
    r"|(?<=[0-9])[!?\u061f\u061b\u2026]+[\"'\u00bb\u201d)\]]*(?=\s)\s*"
    r"|(?<=[0-9])\.[\"'\u00bb\u201d)\]]*(?=\s+[^\s0-9])\s*"
)

# Every boundary begins with one of these characters: the boundary pattern is tried only where one is (its
# look-behinds keep the regex engine from skipping ahead to them itself, so a plain scan tries every position).
_BOUNDARY_START = re.compile("[\n.!?\u061f\u061b\u06d4\u2026]")

SENTENCE_COLUMNS = ["article_id", "sentence_id", "start", "end", "text"]


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of each non-empty sentence in ``text``."""
    return tuple(_split(text))


def _split(text: str) -> Iterator[tuple[int, int]]:
    """Yield the sentence spans of ``text``."""
    start = 0
    for match in _boundaries(text):
        end = match.start() if match.group(0).startswith("\n") else match.end()
        yield from _trimmed(text, start, end)
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_BOUNDARY.finditer(text)`` gives, the pattern tried only where a boundary can begin."""
    end = 0
    for cue in _BOUNDARY_START.finditer(text):
        if cue.start() >= end:
            match = _BOUNDARY.match(text, cue.start())
            if match:
                end = match.end()
                yield match


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield the span without surrounding white space, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings."""
    return [text[s:e] for s, e in sentence_spans(text)]


def sentence_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: article id, sentence number, offsets into the display text, text."""
    rows = [
        (article_id, i, s, e, text[s:e])
        for article_id, text in zip(articles["article_id"], articles["text"], strict=True)
        for i, (s, e) in enumerate(sentence_spans(text))
    ]
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
