"""Evidence for drill-down tables: each mention with the sentence it was found in."""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.text.sentences import sentence_spans

SENTENCE_COLUMNS = ["sentence_id", "sentence", "sentence_start"]


def _locate(text: str, offsets: np.ndarray) -> list[tuple[int | None, str, int]]:
    """For each offset into ``text``: the index, text and start of the sentence holding it (binary search)."""
    spans = sentence_spans(text)
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


def attach_sentences(mentions: pd.DataFrame, articles: pd.DataFrame, start: str = "start") -> pd.DataFrame:
    """Add sentence_id, sentence and sentence_start to a mention table, for drill-down views.

    Each article is split once and its mentions are found by binary search over its sentence starts, so the
    cost grows with articles plus mentions, not their product.
    """
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    offsets = pd.to_numeric(mentions[start], errors="coerce").fillna(-1).astype("int64").to_numpy()
    by_article: dict[object, list[int]] = {}
    for position, article_id in enumerate(mentions["article_id"].tolist()):
        by_article.setdefault(article_id, []).append(position)
    rows: list[tuple[int | None, str, int] | None] = [None] * len(mentions)
    for article_id, where in by_article.items():
        text = texts.get(article_id)
        wanted = offsets[where]
        found = _locate(str(text), wanted) if text is not None else [(None, "", int(o)) for o in wanted]
        for position, row in zip(where, found, strict=True):
            rows[position] = row
    located = pd.DataFrame(rows, columns=SENTENCE_COLUMNS, index=mentions.index)
    kept = mentions.drop(columns=[c for c in SENTENCE_COLUMNS if c in mentions])
    return pd.concat([kept, located], axis=1)
