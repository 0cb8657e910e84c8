"""Evidence for drill-down tables: each mention with the sentence it was found in."""

from __future__ import annotations

import pandas as pd

from helpers.text.sentences import sentence_spans

SENTENCE_COLUMNS = ["sentence_id", "sentence", "sentence_start"]


def attach_sentences(mentions: pd.DataFrame, articles: pd.DataFrame, start: str = "start") -> pd.DataFrame:
    """Add sentence_id, sentence and sentence_start to a mention table, for drill-down views."""
    wanted = set(mentions["article_id"])  # only the articles the mentions come from: reports on big corpora
    texts = {a: t for a, t in zip(articles["article_id"], articles["text"], strict=True) if a in wanted}
    spans = {a: list(sentence_spans(t)) for a, t in texts.items()}
    rows = []
    for article_id, offset in zip(mentions["article_id"], mentions[start], strict=True):
        found = next(((i, s, e) for i, (s, e) in enumerate(spans.get(article_id, [])) if s <= offset < e), None)
        if found is None:
            rows.append((None, "", offset))
        else:
            i, s, e = found
            rows.append((i, texts[article_id][s:e], s))
    extra = pd.DataFrame(rows, columns=SENTENCE_COLUMNS, index=mentions.index)
    return pd.concat([mentions.drop(columns=[c for c in extra.columns if c in mentions]), extra], axis=1)
