"""One record as read (raw fields) → one article row: field look-up, cleaning, ids, outlet, dates."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlparse

from helpers import config
from helpers.ingest.clean import clean_body
from helpers.ingest.dates import article_dates, source_offset_minutes
from helpers.ingest.encoding import looks_like_mojibake, repair_mojibake
from helpers.resources.outlets import outlet_name
from helpers.text.normalize import arabic_share

ARTICLE_COLUMNS = [
    "article_id",
    "title",
    "text",
    "body_start",
    "raw_body",
    "published",
    "utc_offset_min",
    "dct",
    "dct_source",
    "date_problem",
    "outlet",
    "url",
    "author",
    "tags",
    "edits",
    "removed",
    "n_chars",
    "source_file",
    "record",
    "encoding",
]

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "docno", "doc_id", "guid", "uuid"),
    "title": ("title", "headline", "heading"),
    "body": ("body", "text", "content", "article", "article_text", "story"),
    "published": (
        "published",
        "date",
        "time",
        "pubdate",
        "published_at",
        "publication_date",
        "date_published",
        "datetime",
        "timestamp",
    ),
    "outlet": ("outlet", "source", "src", "site", "publisher", "newspaper", "website"),
    "url": ("url", "link", "href", "permalink"),
    "author": ("author", "byline", "dateline"),
}


_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Record:
    """One article as read, before cleaning: raw fields plus where it came from."""

    fields: dict[str, Any]
    source_file: str
    record: str = ""
    encoding: str = ""


def field_value(fields: Mapping[str, Any], name: str, column_map: Mapping[str, str]) -> Any:
    """Look our field ``name`` up by the user's column map, then by its known aliases (any case)."""
    if name in column_map:
        return fields.get(column_map[name])
    for alias in FIELD_ALIASES[name]:
        if alias in fields and fields[alias] not in (None, ""):
            return fields[alias]
    lowered = {str(k).lower(): v for k, v in fields.items()}
    for alias in FIELD_ALIASES[name]:
        if lowered.get(alias) not in (None, ""):
            return lowered[alias]
    return None


def as_text(value: Any) -> str:
    """A field value as a string ('' for missing and NaN)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return value if isinstance(value, str) else str(value)


def encodable(text: str) -> tuple[str, int]:
    """``text`` with every surrogate code point (which UTF-8, hence Parquet, cannot hold) replaced by U+FFFD,
    and how many were replaced; the length is kept, so offsets into the text stay valid."""
    if text.isascii() or not _SURROGATE.search(text):
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def _text_fields(rec: Record, column_map: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """Our text fields of one record, made encodable, and a warning if any character had to be replaced."""
    values: dict[str, str] = {}
    replaced: dict[str, int] = {}
    for name in FIELD_ALIASES:
        values[name], n = encodable(as_text(field_value(rec.fields, name, column_map)))
        if n:
            replaced[name] = n
    total = sum(replaced.values())
    if not total:
        return values, []
    where = ", ".join(replaced)
    plural = "s" if total > 1 else ""
    return values, [f"replaced {total} invalid character{plural} (lone surrogates) with U+FFFD in {where}"]


def record_outlet(values: Mapping[str, str]) -> str:
    """The readable outlet of a record's text fields: its outlet field, else its URL's domain."""
    return outlet_name(values["outlet"].strip() or _domain(values["url"].strip()))


def outlet_and_body(rec: Record, column_map: Mapping[str, str]) -> tuple[str, str]:
    """(outlet, raw body) of one record, for the first pass that learns furniture lines."""
    values = {name: as_text(field_value(rec.fields, name, column_map)) for name in ("outlet", "url", "body")}
    return record_outlet(values), values["body"]


def to_article(
    rec: Record,
    column_map: Mapping[str, str],
    default_dct: date | None,
    today: date,
    learned: Mapping[str, frozenset[str]] | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Clean one record into (article row, warnings); raise ValueError (the rejection reason) if it cannot be.

    ``learned`` maps an outlet to the furniture lines learned from the corpus (``boilerplate.LineCounter``)."""
    settings = config.loading_settings()
    values, warnings = _text_fields(rec, column_map)
    body_raw = values["body"]
    title_raw = values["title"]
    if not body_raw.strip():
        raise ValueError(encodable("missing body: no article text found" + _columns_hint(rec.fields, column_map))[0])
    if len(body_raw) > settings.max_article_chars:
        raise ValueError(
            f"body too long: {len(body_raw):,} characters > {settings.max_article_chars:,} "
            "(raise LoadingSettings.max_article_chars if this really is one article)"
        )
    if looks_like_mojibake(body_raw):
        fixed = repair_mojibake(body_raw)
        if fixed is None:
            raise ValueError("mojibake: UTF-8 text decoded as Latin-1 upstream, and it cannot be repaired")
        body_raw = fixed
        title_raw = repair_mojibake(title_raw) or title_raw
        warnings.append("repaired mojibake (UTF-8 text that had been decoded as Latin-1)")
    url = values["url"].strip()
    outlet = record_outlet(values)
    body = clean_body(body_raw, (learned or {}).get(outlet, ()))
    title = clean_body(title_raw, furniture=False).text.replace("\n", " ")
    if not body.text:
        raise ValueError("empty body after cleaning (markup or page furniture only)")
    share = arabic_share(body.text[:5000])
    if share < settings.min_arabic_share:
        raise ValueError(f"not Arabic: {share:.0%} of letters are Arabic (< {settings.min_arabic_share:.0%})")
    date_text = values["published"]
    published, dct, dct_source, problem = article_dates(date_text, default_dct, today)
    if problem:
        warnings.append(problem)
    if rec.fields.get("date_note"):
        dct_source = "supplied"
        warnings.append(encodable(f"date supplied by the corpus editor: {rec.fields['date_note']}")[0])
    title_part = f"{title}\n\n" if title else ""
    article_id = values["id"].strip() or encodable(_fallback_id(rec))[0]
    row = {
        "article_id": article_id,
        "title": title,
        "text": title_part + body.text,
        "body_start": len(title_part),
        "raw_body": body_raw,
        "published": published,
        "utc_offset_min": source_offset_minutes(published),
        "dct": dct,
        "dct_source": dct_source,
        "date_problem": problem,
        "outlet": outlet,
        "url": url,
        "author": values["author"].strip(),
        "tags": body.tags,
        "edits": body.edits,
        "removed": body.removed,
        "n_chars": len(body.text),
        "source_file": rec.source_file,
        "record": rec.record,
        "encoding": rec.encoding,
    }
    return row, warnings


def _columns_hint(fields: Mapping[str, Any], column_map: Mapping[str, str]) -> str:
    """Say which columns were there, to help the analyst fix the column map."""
    if "body" in column_map:
        return f" (column {column_map['body']!r} is empty or missing)"
    names = ", ".join(sorted(map(str, fields))[:12])
    return f" (columns: {names}; map one with column_map={{'body': ...}})" if names else ""


def _fallback_id(rec: Record) -> str:
    """An id from the file name and record number, for records that carry none."""
    stem = PurePosixPath(rec.source_file.replace("!", "/")).name.split(".")[0]
    suffix = re.sub(r"\W+", "", rec.record)
    return f"{stem}:{suffix}" if suffix else stem


def _domain(url: str) -> str:
    """The host of a URL without ``www.``."""
    host = urlparse(url).netloc.lower() if url else ""
    return host.removeprefix("www.")
