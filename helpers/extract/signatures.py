"""The signatures component: per article its publication time, body key and MinHash, kept by the store so
that duplicates across the corpus are found later without the texts (``helpers.store.duplicates``)."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from helpers.extract.article import Article
from helpers.text.shingles import body_key, body_signature, minhash_of

SIGNATURE_COLUMNS = ["article_id", "published", "body_key", "minhash"]


def signature_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: publication time, body key and MinHash (as bytes), in the order given. Computed per
    article, so the store keeps them and duplicates across a big corpus are found without its texts."""
    rows = []
    for article_id, published, text, start in zip(
        articles["article_id"], articles["published"], articles["text"], articles["body_start"], strict=True
    ):
        body = text[start:]
        rows.append((article_id, published, body_key(body), minhash_of(body).hashvalues.tobytes()))
    return pd.DataFrame(rows, columns=SIGNATURE_COLUMNS)


REQUIRES = ("text",)
ASSIGNS = ("signature",)


def find_signature(article: Article) -> None:
    """The signatures component: publication time, body key and MinHash bytes of the article's body."""
    record = article.record
    body = article.text[record.get("body_start") or 0 :]
    key, minhash = body_signature(body)
    article.signature = (record.get("published"), key, minhash.hashvalues.tobytes())


def signature_rows(article: Article) -> Iterator[tuple]:
    """The article's row of the ``signatures`` table (columns ``SIGNATURE_COLUMNS``)."""
    if article.signature is not None:
        yield (article.article_id, *article.signature)
