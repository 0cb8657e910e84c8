"""Corpus-level tables for the overview report: counts, lengths, cleaning, dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from helpers.ingest.corpus import Corpus

EDIT_LABELS = {
    "paragraph_join": "فقرات مستعادة من «.,»",
    "hashtag": "وسوم (#) حُوّلت إلى كلمات",
    "html_tag": "وسوم HTML أزيلت",
    "html_entity": "كيانات HTML فُكّت",
    "html_script_or_style": "كتل script/style أزيلت",
    "html_comment": "تعليقات HTML أزيلت",
    "zero_width": "محارف خفية أزيلت",
    "whitespace": "مسافات وُحّدت",
}
DUPLICATE_TABLE_COLUMNS = [
    "group_id",
    "kind",
    "similarity",
    "article_id",
    "outlet",
    "title",
    "kept_id",
    "kept_outlet",
    "kept_title",
]


def counts_table(corpus: Corpus) -> pd.DataFrame:
    """Articles read, kept and rejected, plus date coverage, as a two-column table."""
    articles = corpus.articles
    rows = [
        ("مقالات مقروءة (read)", corpus.n_read),
        ("مقالات محفوظة (kept)", corpus.n_kept),
        ("مقالات مرفوضة (rejected)", len(corpus.rejected)),
        ("تحذيرات (warnings)", len(corpus.warnings)),
        ("بتاريخ من المصدر", int((articles["dct_source"] == "article").sum())),
        ("بتاريخ مُدخَل (supplied)", int((articles["dct_source"] == "supplied").sum())),
        ("بلا تاريخ", int((articles["dct_source"] == "missing").sum())),
        ("وسائل إعلام", articles["outlet"].nunique()),
    ]
    return pd.DataFrame(rows, columns=["البند", "العدد"])


def length_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Body length in characters and words: quantiles per outlet and overall."""
    words = articles["text"].map(lambda t: len(str(t).split())).astype("int64")
    frame = pd.DataFrame({"outlet": articles["outlet"], "chars": articles["n_chars"], "words": words})
    per_outlet = frame.groupby("outlet").agg(
        articles=("chars", "size"), median_words=("words", "median"), max_words=("words", "max")
    )
    overall = pd.DataFrame(
        {"articles": [len(frame)], "median_words": [words.median()], "max_words": [words.max()]}, index=["(all)"]
    )
    return pd.concat([per_outlet, overall]).reset_index(names="outlet")


def cleaning_table(articles: pd.DataFrame) -> pd.DataFrame:
    """What cleaning changed: for each kind of edit, the articles touched and the total edits."""
    rows = []
    for kind, label in EDIT_LABELS.items():
        counts = articles["edits"].map(lambda e, k=kind: e.get(k, 0) if isinstance(e, dict) else 0)
        rows.append((label, kind, int((counts > 0).sum()), int(counts.sum())))
    return pd.DataFrame(rows, columns=["التعديل", "edit", "articles", "edits"])


def encoding_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per detected source encoding."""
    return articles["encoding"].value_counts().rename_axis("encoding").reset_index(name="articles")


def top_tags(articles: pd.DataFrame, top: int = 20) -> pd.Series:
    """The most frequent hashtags (as words), counted once per article."""
    tags = articles["tags"].map(lambda t: sorted(set(t)) if isinstance(t, list) else []).explode().dropna()
    return tags.value_counts().head(top)


def undated_note(articles: pd.DataFrame) -> str | None:
    """A plain sentence about articles whose date was supplied or is missing, or None."""
    supplied = int((articles["dct_source"] == "supplied").sum())
    missing = int((articles["dct_source"] == "missing").sum())
    parts = []
    if supplied:
        parts.append(f"{supplied} مقالة تاريخها مُدخَل وليس من المصدر")
    if missing:
        parts.append(f"{missing} مقالة بلا تاريخ: التعابير الزمنية النسبية فيها لا تُحلّ إلى تواريخ")
    return "؛ ".join(parts) + "." if parts else None


def duplicate_table(articles: pd.DataFrame, duplicates: pd.DataFrame) -> pd.DataFrame:
    """Each duplicate beside the article kept for its group, with titles and outlets."""
    if duplicates.empty:
        return pd.DataFrame(columns=DUPLICATE_TABLE_COLUMNS)
    info = articles.set_index("article_id")[["title", "outlet"]]
    table = duplicates.join(info, on="article_id").join(info.add_prefix("kept_"), on="kept_id")
    return table[DUPLICATE_TABLE_COLUMNS]


def collapse_duplicates(articles: pd.DataFrame, duplicates: pd.DataFrame) -> pd.DataFrame:
    """The articles without the duplicates (each group keeps its earliest article)."""
    return articles[~articles["article_id"].isin(set(duplicates["article_id"]))].reset_index(drop=True)


def pick_sample(articles: pd.DataFrame, article_id: str | None = None) -> pd.Series | None:
    """The article to show as a sample: the one asked for, else the one nearest the median length."""
    if articles.empty:
        return None
    if article_id is not None:
        match = articles[articles["article_id"] == article_id]
        if match.empty:
            raise KeyError(f"no article with id {article_id!r} in the corpus")
        return match.iloc[0]
    distance = (articles["n_chars"] - articles["n_chars"].median()).abs()
    return articles.loc[distance.idxmin()]
