"""CSV and TSV tables with a header row, streamed line by line, each line decoded on its own.

A line that cannot be decoded costs its row only. A quote that is never closed would swallow every following
row into one field: a row spanning several lines whose quoting is broken, and whose later lines read as rows
of their own, is cut back to its first line (rejected) and the lines after it are read again as rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter, deque
from collections.abc import Iterator

from helpers import config
from helpers.ingest.collector import Collector
from helpers.ingest.encoding import DecodeProblem
from helpers.ingest.read_json import note_mixed_encodings
from helpers.ingest.records import Record
from helpers.ingest.streams import LongLine, decode_line, sniffed_lines

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
_END = "\ue000end-of-file\ue000"  # fed to csv.reader after the last line: shows a quote left open at the end
UNTERMINATED = "malformed row: unterminated quote (the rows after it are read on their own)"


class _BadLine(Exception):
    """A line that cannot be decoded (or is too long); the row it belongs to is rejected."""


class _Lines:
    """Decoded lines for ``csv.reader``, numbered, remembering the lines of the row being read."""

    def __init__(self, raw: Iterator[bytes | LongLine], encoding: str) -> None:
        self._raw = raw
        self._encoding = encoding
        self.number = 0  # physical line number of the last line handed out
        self.row: list[tuple[int, str, str]] = []  # (number, text, encoding) of the row's lines
        self.pending: deque[tuple[int, str, str]] = deque()  # lines to read again
        self.ended = False

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.pending:
            self.number, text, encoding = self.pending.popleft()
        else:
            if self.ended:
                raise StopIteration
            raw = next(self._raw, None)
            if raw is None:
                self.ended = True
                text, encoding = _END, ""
            else:
                self.number += 1
                if isinstance(raw, LongLine):
                    raise _BadLine(raw.reason)
                try:
                    text, encoding = decode_line(raw, self._encoding)
                except DecodeProblem as err:
                    raise _BadLine(str(err)) from None
                if "\r" in text.rstrip("\r\n") or text.endswith("\r"):  # lines ended by a lone CR, as csv reads them
                    text, *rest = _LINE.findall(text)
                    start = self.number
                    self.pending.extend((start + i, piece, encoding) for i, piece in enumerate(rest, start=1))
        self.row.append((self.number, text, encoding))
        return text

    def row_encoding(self, default: str) -> str:
        """The encoding of the row's lines: Windows-1256 if any line was, else that of its first line."""
        encodings = [e for _, t, e in self.row if e]
        return "cp1256" if "cp1256" in encodings else (encodings[0] if encodings else default)


def read_csv(stream: io.BufferedIOBase, source: str, out: Collector, delimiter: str = ",") -> None:
    """Read a CSV (or TSV, with ``delimiter='\\t'``) table; a row with the wrong field count is rejected alone."""
    try:
        encoding, raw_lines = sniffed_lines(stream)
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return
    csv.field_size_limit(config.loading_settings().max_file_bytes)
    lines = _Lines(raw_lines, encoding)
    reader = csv.reader(lines, delimiter=delimiter)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        out.reject(source, "", "empty table: no header row")
        return
    except (csv.Error, _BadLine, DecodeProblem) as err:
        out.reject(source, "row 1", f"unreadable header: {err}")
        return
    if header == [_END]:
        out.reject(source, "", "empty table: no header row")
        return
    used: Counter[str] = Counter()
    while True:
        lines.row = []
        try:
            row = next(reader)
        except StopIteration:
            break
        except (csv.Error, _BadLine) as err:
            out.reject(source, f"row {lines.number}", f"malformed row: {err}")
            continue
        except DecodeProblem as err:  # the stream itself failed (too large after decompression)
            out.reject(source, f"row {lines.number + 1}", f"{err}; the rest of the file is not read")
            break
        if row == [_END]:
            break
        if not row:
            continue
        if len(lines.row) > 1 and _swallowed_rows([t for _, t, _ in lines.row], len(header), delimiter):
            first, *rest = lines.row
            out.reject(source, f"row {first[0]}", UNTERMINATED)
            lines.pending.extendleft(reversed(rest))  # the end marker too, if the quote ran to the end
            continue
        if row[-1].endswith(_END):  # a quote left open in the last row: the field runs to the end
            row[-1] = row[-1][: -len(_END)]
        record = f"row {lines.number}"
        if len(row) != len(header):
            out.reject(source, record, f"malformed row: expected {len(header)} fields, got {len(row)}")
            continue
        row_encoding = lines.row_encoding(encoding)
        used[row_encoding] += 1
        out.add(Record(dict(zip(header, row, strict=True)), source, record, row_encoding))
    note_mixed_encodings(used, source, out)


def _swallowed_rows(texts: list[str], n_fields: int, delimiter: str) -> bool:
    """True when a row read over several lines has broken quoting and its later lines look like rows."""
    if texts[-1] != _END:
        try:
            for _ in csv.reader(texts, delimiter=delimiter, strict=True):
                pass
            return False  # properly quoted: a field with line breaks in it
        except csv.Error:
            pass
    for text in texts[1:]:
        if text == _END:
            continue
        try:
            fields = next(csv.reader([text], delimiter=delimiter, strict=True), [])
        except csv.Error:
            continue
        if len(fields) == n_fields:
            return True
    return False
