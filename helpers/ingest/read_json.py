"""JSON files: an array of article objects, ``{"articles": [...]}``, one object, or JSON Lines."""

from __future__ import annotations

import io
import json
from typing import Any

from helpers.ingest.collector import Collector
from helpers.ingest.encoding import DecodeProblem
from helpers.ingest.records import Record
from helpers.ingest.streams import read_decoded, sniffed_lines

TOO_DEEP = "malformed JSON: nested too deeply"


def read_jsonl(stream: io.BufferedIOBase, source: str, out: Collector) -> None:
    """One JSON object per line; a bad line is rejected alone and reading goes on."""
    try:
        encoding, lines = sniffed_lines(stream)
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        record = f"line {number}"
        try:
            obj = json.loads(raw.decode(encoding))
        except UnicodeDecodeError as err:
            out.reject(source, record, f"undecodable bytes ({encoding}) at byte {err.start} of the line")
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
        out.add(Record(obj, source, record, encoding))


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
