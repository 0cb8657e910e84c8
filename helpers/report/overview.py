"""Corpus-level tables for the overview report: counts, lengths, cleaning, dates."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pandas as pd

from helpers.report.language import words

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
    "boilerplate": "زوائد الصفحة أزيلت (اقرأ أيضاً، تعليقات الصور، دعوات المشاركة...)",
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


def duplicates_note(duplicates: pd.DataFrame, collapsed: bool) -> str:
    """One sentence, Arabic then English, on how many duplicates there are and whether the charts count them."""
    groups = duplicates["group_id"].nunique() if "group_id" in duplicates else 0
    if collapsed:
        charts = ("حُذفت من الرسوم", "left out of the charts (COLLAPSE_DUPLICATES = True)")
    else:
        charts = ("تبقى في الرسوم", "counted in the charts (COLLAPSE_DUPLICATES = False)")
    return words(
        (
            f"{len(duplicates)} مقالة مكررة في {groups} مجموعة، {charts[0]}",
            f"{len(duplicates)} duplicates in {groups} groups, {charts[1]}",
        )
    )


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


REMOVED_LABELS = {
    "read_also": "«اقرأ أيضاً» وعناوينها / read-also blocks",
    "teaser": "عناوين قصص أخرى ملحقة / related-story teasers",
    "share": "دعوات المشاركة والمتابعة / share and follow prompts",
    "prompt": "«اضغط هنا» / click prompts",
    "more_news": "«للمزيد من الأخبار» / more-news links",
    "caption": "تعليقات الصور / image captions",
    "credit": "حقوق الصور والوكالات / image and agency credits",
    "separator": "فواصل / separators",
    "learned": "أسطر متكررة في الوسيلة / lines recurring in an outlet (learned)",
}
REMOVED_COLUMNS = ["article_id", "outlet", "kind", "text"]


def removed_rows(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per piece of furniture cleaning removed: article, outlet, kind and its text (as JSON from the
    store or as lists from the loader)."""
    if "removed" not in articles or articles.empty:
        return pd.DataFrame(columns=REMOVED_COLUMNS)
    columns = (articles["article_id"], articles["outlet"], articles["removed"].map(_removed_list))
    rows = [
        (article_id, outlet, item["kind"], item["text"])
        for article_id, outlet, removed in zip(*columns, strict=True)
        for item in removed
    ]
    return pd.DataFrame(rows, columns=REMOVED_COLUMNS)


def _removed_list(value: object) -> list:
    """An article's ``removed`` value as a list (the store keeps it as JSON text)."""
    if isinstance(value, str):
        return json.loads(value)
    return list(value) if isinstance(value, (list, tuple)) else []


def removed_table(articles: pd.DataFrame) -> pd.DataFrame:
    """What cleaning removed as page furniture: per kind and outlet, the articles touched and the pieces removed."""
    rows = removed_rows(articles)
    columns = ["الصنف", "kind", "outlet", "articles", "removed"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    table = (
        rows.groupby(["kind", "outlet"])
        .agg(articles=("article_id", "nunique"), removed=("text", "size"))
        .reset_index()
        .sort_values(["removed", "kind", "outlet"], ascending=[False, True, True], ignore_index=True)
    )
    table.insert(0, "الصنف", table["kind"].map(lambda k: REMOVED_LABELS.get(k, k)))
    return table[columns]


def removed_lines(articles: pd.DataFrame, top: int = 50) -> pd.DataFrame:
    """The most frequent removed lines (first 200 characters), so an analyst can check that no news was removed."""
    rows = removed_rows(articles)
    columns = ["kind", "text", "outlets", "articles", "removed"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    table = (
        rows.groupby(["kind", "text"])
        .agg(
            outlets=("outlet", lambda s: " | ".join(sorted(set(s)))),
            articles=("article_id", "nunique"),
            removed=("article_id", "size"),
        )
        .reset_index()
        .sort_values(["removed", "kind", "text"], ascending=[False, True, True], ignore_index=True)
    )
    return table[columns].head(top)
