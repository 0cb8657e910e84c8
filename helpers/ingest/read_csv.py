"""CSV and TSV tables with a header row, streamed line by line."""

from __future__ import annotations

import csv
import io

from helpers import config
from helpers.ingest.collector import Collector
from helpers.ingest.encoding import DecodeProblem
from helpers.ingest.records import Record
from helpers.ingest.streams import LinesStream, sniffed_lines


def read_csv(stream: io.BufferedIOBase, source: str, out: Collector, delimiter: str = ",") -> None:
    """Read a CSV (or TSV, with ``delimiter='\\t'``) table; a row with the wrong field count is rejected alone."""
    try:
        encoding, lines = sniffed_lines(stream)
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return
    text_stream = io.TextIOWrapper(LinesStream(lines), encoding=encoding, newline="")
    csv.field_size_limit(config.loading_settings().max_file_bytes)
    reader = csv.reader(text_stream, delimiter=delimiter)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        out.reject(source, "", "empty table: no header row")
        return
    except (csv.Error, UnicodeDecodeError) as err:
        out.reject(source, "row 1", f"unreadable header: {err}")
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except (csv.Error, UnicodeDecodeError) as err:
            out.reject(source, f"row {reader.line_num}", f"malformed row: {err}")
            if isinstance(err, UnicodeDecodeError):
                break
            continue
        if not row:
            continue
        record = f"row {reader.line_num}"
        if len(row) != len(header):
            out.reject(source, record, f"malformed row: expected {len(header)} fields, got {len(row)}")
            continue
        out.add(Record(dict(zip(header, row, strict=True)), source, record, encoding))
