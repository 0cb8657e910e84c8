"""JSON files: an array of article objects, ``{"articles": [...]}``, one object, or JSON Lines."""

from __future__ import annotations

import io
import json
from collections import Counter
from typing import Any

from helpers.ingest.collector import Collector
from helpers.ingest.encoding import DecodeProblem
from helpers.ingest.records import Record
from helpers.ingest.streams import LongLine, decode_line, read_decoded, sniffed_lines

TOO_DEEP = "malformed JSON: nested too deeply"


def read_jsonl(stream: io.BufferedIOBase, source: str, out: Collector) -> None:
    """One JSON object per line, each line decoded on its own; a bad line is rejected alone and reading goes on."""
    try:
        encoding, lines = sniffed_lines(stream)
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return
    used: Counter[str] = Counter()
    number = 0
    try:
        for number, raw in enumerate(lines, start=1):
            record = f"line {number}"
            if isinstance(raw, LongLine):
                out.reject(source, record, raw.reason)
                continue
            if not raw.strip():
                continue
            try:
                text, line_encoding = decode_line(raw, encoding)
                obj = json.loads(text)
            except DecodeProblem as err:
                out.reject(source, record, str(err))
                continue
            except ValueError as err:
                out.reject(source, record, f"malformed JSON: {err}")
                continue
            except RecursionError:
                out.reject(source, record, TOO_DEEP)
                continue
            if not isinstance(obj, dict):
                out.reject(source, record, f"expected a JSON object, got {type(obj).__name__}")
                continue
            used[line_encoding] += 1
            out.add(Record(obj, source, record, line_encoding))
    except DecodeProblem as err:  # the stream itself failed (too large after decompression)
        out.reject(source, f"line {number + 1}", f"{err}; the rest of the file is not read")
    note_mixed_encodings(used, source, out)


def note_mixed_encodings(used: Counter[str], source: str, out: Collector) -> None:
    """Warn once per file whose lines came in more than one encoding."""
    if len(used) > 1:
        counts = ", ".join(f"{n} in {enc}" for enc, n in sorted(used.items()))
        out.note(source, f"mixed encodings: lines decoded one by one ({counts})")


def read_json(stream: io.BufferedIOBase, source: str, out: Collector) -> None:
    """A JSON array of objects, ``{"articles": [...]}``, one object, or (despite the name) JSON Lines."""
    try:
        text, encoding = read_decoded(stream)
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return
    try:
        data = json.loads(text)
    except ValueError:
        read_jsonl(io.BytesIO(text.encode("utf-8")), source, out)
        return
    except RecursionError:
        out.reject(source, "", TOO_DEEP)
        return
    items = _items(data, source, out)
    for i, obj in enumerate(items, start=1):
        if isinstance(obj, dict):
            out.add(Record(obj, source, f"item {i}", encoding))
        else:
            out.reject(source, f"item {i}", f"expected a JSON object, got {type(obj).__name__}")


def _items(data: Any, source: str, out: Collector) -> list[Any]:
    """The article items of a parsed JSON file; a file that holds none is rejected once, with the reason."""
    if isinstance(data, dict) and "articles" in data:
        items = data["articles"]
        if not isinstance(items, list):
            out.reject(source, "", f"'articles' must be a list of objects, got {type(items).__name__}")
            return []
        if not items:
            out.reject(source, "", "no articles in this file: 'articles' is an empty list")
        return items
    if isinstance(data, list):
        if not data:
            out.reject(source, "", "no articles in this file: the JSON array is empty")
        return data
    return [data]
