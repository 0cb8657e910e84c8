"""Evidence for drill-down tables: each mention with the sentence it was found in."""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.text.sentences import sentence_spans

SENTENCE_COLUMNS = ["sentence_id", "sentence", "sentence_start"]


class SentenceIndex:
    """The articles' texts and their sentence spans, each article split once, when first asked for: pass one
    index to several :func:`attach_sentences` calls of a report so no article is split twice."""

    def __init__(self, articles: pd.DataFrame) -> None:
        self.texts = dict(zip(articles["article_id"], articles["text"], strict=True))
        self._spans: dict[object, tuple[tuple[int, int], ...]] = {}

    @classmethod
    def from_table(cls, articles: pd.DataFrame, sentences: pd.DataFrame) -> SentenceIndex:
        """An index whose spans come from a sentences table (``article_id``, ``start``, ``end``: the store's, as
        extraction split them) instead of splitting again; an article missing from it is split when asked for."""
        index = cls(articles)
        ordered = sentences.sort_values(["article_id", "start"], kind="stable")
        ids = ordered["article_id"].tolist()
        pairs = list(
            zip(ordered["start"].astype("int64").tolist(), ordered["end"].astype("int64").tolist(), strict=True)
        )
        first = 0
        for i in range(1, len(ids) + 1):
            if i == len(ids) or ids[i] != ids[first]:
                if ids[first] in index.texts:
                    index._spans[ids[first]] = tuple(pairs[first:i])
                first = i
        return index

    def spans(self, article_id: object) -> tuple[tuple[int, int], ...]:
        """The (start, end) of each sentence of an article."""
        if article_id not in self._spans:
            self._spans[article_id] = sentence_spans(str(self.texts[article_id]))
        return self._spans[article_id]


def _locate(text: str, spans: tuple[tuple[int, int], ...], offsets: np.ndarray) -> list[tuple[int | None, str, int]]:
    """For each offset into ``text``: the index, text and start of the sentence holding it (binary search)."""
    starts = np.fromiter((s for s, _ in spans), dtype="int64", count=len(spans))
    found = np.searchsorted(starts, offsets, side="right") - 1
    rows: list[tuple[int | None, str, int]] = []
    for offset, i in zip(offsets.tolist(), found.tolist(), strict=True):
        if i >= 0 and offset < spans[i][1]:
            start, end = spans[i]
            rows.append((i, text[start:end], start))
        else:
            rows.append((None, "", offset))
    return rows


def attach_sentences(
    mentions: pd.DataFrame, articles: pd.DataFrame | SentenceIndex, start: str = "start"
) -> pd.DataFrame:
    """Add sentence_id, sentence and sentence_start to a mention table, for drill-down views.

    Each article is split once (once per report when ``articles`` is a :class:`SentenceIndex`) and its mentions
    are found by binary search over its sentence starts: the cost grows with articles plus mentions.
    """
    index = articles if isinstance(articles, SentenceIndex) else SentenceIndex(articles)
    texts = index.texts
    offsets = pd.to_numeric(mentions[start], errors="coerce").fillna(-1).astype("int64").to_numpy()
    by_article: dict[object, list[int]] = {}
    for position, article_id in enumerate(mentions["article_id"].tolist()):
        by_article.setdefault(article_id, []).append(position)
    rows: list[tuple[int | None, str, int] | None] = [None] * len(mentions)
    for article_id, where in by_article.items():
        text = texts.get(article_id)
        wanted = offsets[where]
        if text is None:
            found = [(None, "", int(o)) for o in wanted]
        else:
            found = _locate(str(text), index.spans(article_id), wanted)
        for position, row in zip(where, found, strict=True):
            rows[position] = row
    located = pd.DataFrame(rows, columns=SENTENCE_COLUMNS, index=mentions.index)
    kept = mentions.drop(columns=[c for c in SENTENCE_COLUMNS if c in mentions])
    return pd.concat([kept, located], axis=1)
