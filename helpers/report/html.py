"""Safe HTML for notebook outputs: escaped text, highlighted spans, articles, tables, evidence, notes.

Article text is untrusted web text: everything here escapes it (and the report template allows only our own
hashed script). Tables are in :mod:`helpers.report.tables`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd


def escape(value: object) -> str:
    """HTML-escape any value for text or attribute context (None becomes '')."""
    return html.escape("" if value is None else str(value), quote=True)


def highlight(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Escaped ``text`` with each (start, end) span wrapped in ``<mark>``; overlaps are merged."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[str] = []
    last = 0
    for start, end in merged:
        out.append(escape(text[last:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


def article_html(article: Mapping[str, Any], spans: Iterable[tuple[int, int]] = ()) -> str:
    """One article as a right-to-left block: title, metadata, paragraphs; spans highlighted."""
    text = str(article["text"])
    start = int(article.get("body_start", 0) or 0)
    body = text[start:]
    shifted = [(s - start, e - start) for s, e in spans if e > start]
    paragraphs = highlight(body, shifted).split("\n")
    dct = article.get("dct")
    date = "بلا تاريخ" if dct is None or pd.isna(dct) else pd.Timestamp(dct).date().isoformat()
    if article.get("dct_source") == "supplied":
        date += " (تاريخ مُدخَل، لا من المصدر)"
    meta = " · ".join(f"<bdi>{escape(v)}</bdi>" for v in (article.get("outlet"), date, article.get("article_id")) if v)
    url = str(article.get("url") or "")
    link = (
        f' · <a href="{escape(url)}" rel="noopener noreferrer">الرابط</a>'
        if url.startswith(("http://", "https://"))
        else ""
    )
    paras = "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())
    return (
        f'<article class="ans-article" dir="rtl" lang="ar"><h3>{escape(article.get("title") or "")}</h3>'
        f'<div class="ans-meta">{meta}{link}</div>{paras}</article>'
    )


def note_html(message: str) -> str:
    """A highlighted note for the reader (escaped)."""
    return f'<div class="ans-note" dir="rtl">{escape(message)}</div>'
