"""Text files: a TREC-like file of ``<DOC>`` elements, or one plain article (title line, blank line, body)."""

from __future__ import annotations

import bisect
import io
import json
import re
from pathlib import Path, PurePosixPath
from typing import Any

from helpers.ingest.collector import Collector
from helpers.ingest.encoding import DecodeProblem
from helpers.ingest.records import FIELD_ALIASES, Record
from helpers.ingest.streams import read_decoded

_TREC_START = re.compile(r"\s*<DOC>", re.IGNORECASE)
_TREC_DOC = re.compile(r"<DOC>(.*?)(?:</DOC>|\Z)", re.DOTALL | re.IGNORECASE)
_TREC_OPEN = re.compile(r"<([A-Z]+)>", re.IGNORECASE)
_TREC_CLOSE = re.compile(r"</([^<>]+)>")
_TREC_TO_FIELD = {
    "docno": "id",
    "url": "url",
    "src": "outlet",
    "title": "title",
    "time": "published",
    "text": "body",
    "author": "author",
}


def read_text(stream: io.BufferedIOBase, filename: str, source: str, out: Collector) -> None:
    """Read a ``<DOC>`` file (one record per document) or a plain article with its ``.meta.json`` sidecar."""
    try:
        text, encoding = read_decoded(stream)
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return
    stem = PurePosixPath(filename).stem
    if _TREC_START.match(text):
        docs = _TREC_DOC.findall(text)
        for i, doc in enumerate(docs, start=1):
            record = f"doc {i}" if len(docs) > 1 else ""
            fields: dict[str, Any] = {}
            for tag, value in trec_fields(doc):
                fields[_TREC_TO_FIELD.get(tag.lower(), tag.lower())] = value.strip()
            fields.setdefault("id", stem if len(docs) == 1 else f"{stem}:{i}")
            out.add(Record(fields, source, record, encoding))
        return
    fields = plain_article(text)
    fields["id"] = stem
    try:
        fields.update(sidecar(source))
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return
    out.add(Record(fields, source, "", encoding))


def trec_fields(doc: str) -> list[tuple[str, str]]:
    """The ``<TAG>value</TAG>`` fields of one document, left to right, in linear time.

    The same fields as ``re.findall(r"<([A-Z]+)>(.*?)</\\1>", doc, re.DOTALL | re.IGNORECASE)``, which took
    quadratic time on unclosed tags: every closing tag is indexed once, and each opening tag looks up the first
    matching closing tag after it (names compared case-insensitively, letter by letter, as that regex does).
    """
    closes: dict[str, list[int]] = {}
    for match in _TREC_CLOSE.finditer(doc):
        closes.setdefault(_fold(match.group(1)), []).append(match.start())
    fields: list[tuple[str, str]] = []
    pos = 0
    while (opener := _TREC_OPEN.search(doc, pos)) is not None:
        tag = opener.group(1)
        starts = closes.get(_fold(tag), [])
        i = bisect.bisect_left(starts, opener.end())
        if i == len(starts):
            pos = opener.start() + 1  # unclosed: not a field; its text may hold other fields
            continue
        fields.append((tag, doc[opener.end() : starts[i]]))
        pos = starts[i] + len(tag) + 3
    return fields


def _fold(name: str) -> str:
    """A tag name lower-cased letter by letter (the regex engine's case-insensitive back-reference test)."""
    return "".join("i" if c == "\u0130" else c.lower() for c in name)


def plain_article(text: str) -> dict[str, Any]:
    """Split plain text into title and body: a first line followed by a blank line is the title."""
    lines = text.lstrip("\ufeff").strip("\r\n").splitlines()
    if len(lines) >= 3 and lines[0].strip() and not lines[1].strip():
        return {"title": lines[0].strip(), "body": "\n".join(lines[2:])}
    return {"title": "", "body": "\n".join(lines)}


def sidecar(source: str) -> dict[str, Any]:
    """Metadata for a plain-text article from ``NAME.meta.json`` beside it, if present (not inside archives)."""
    path = Path(source)
    meta = path.with_name(path.stem + ".meta.json")
    if "!" in source or not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as err:
        raise DecodeProblem(f"{meta}: unreadable sidecar metadata: {err}") from err
    if not isinstance(data, dict):
        return {}
    fields = {k: v for k, v in data.items() if k in FIELD_ALIASES and k != "body"}
    if "date_note" in data:
        fields["date_note"] = str(data["date_note"])
    return fields
