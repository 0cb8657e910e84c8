"""Load a corpus of Arabic news articles from files of many forms, losing nothing.

Every record read ends up either in ``Corpus.articles`` or in ``Corpus.rejected``
with the file, the record and the reason; problems that do not cost the article
(an unparseable date, a repaired encoding) go to ``Corpus.warnings``.
"""

from __future__ import annotations

import bz2
import csv
import functools
import gzip
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlparse

import pandas as pd

from helpers import config
from helpers.ingest.clean import clean_body
from helpers.ingest.encoding import DecodeProblem, decode, detect_encoding, looks_like_mojibake, repair_mojibake
from helpers.text.normalize import arabic_share, normalize_digits

ARTICLE_COLUMNS = [
    "article_id",
    "title",
    "text",
    "body_start",
    "raw_body",
    "published",
    "dct",
    "dct_source",
    "date_problem",
    "outlet",
    "url",
    "author",
    "tags",
    "edits",
    "n_chars",
    "source_file",
    "record",
    "encoding",
]
REJECT_COLUMNS = ["source_file", "record", "reason"]
WARNING_COLUMNS = ["source_file", "record", "article_id", "warning"]

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
TEXT_SUFFIXES = {".txt", ".text", ".xml", ".trec", ".sgml"}
TABLE_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet"}
ARCHIVE_SUFFIXES = {".gz", ".bz2", ".zip"}
DOC_FILES = re.compile(r"^(readme|source|license|licence|citation|notice)(\..*)?$|\.md$|\.meta\.json$", re.IGNORECASE)

_TREC_DOC = re.compile(r"<DOC>(.*?)(?:</DOC>|\Z)", re.DOTALL | re.IGNORECASE)
_TREC_FIELD = re.compile(r"<([A-Z]+)>(.*?)</\1>", re.DOTALL | re.IGNORECASE)
_TREC_TO_FIELD = {
    "docno": "id",
    "url": "url",
    "src": "outlet",
    "title": "title",
    "time": "published",
    "text": "body",
    "author": "author",
}
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})\s*$")


@dataclass
class Record:
    """One article as read, before cleaning: raw fields plus where it came from."""

    fields: dict[str, Any]
    source_file: str
    record: str = ""
    encoding: str = ""


@dataclass
class Rejection:
    """Something read that did not become an article, and why."""

    source_file: str
    record: str
    reason: str


@dataclass
class Corpus:
    """Loaded articles plus everything that was rejected or flagged on the way."""

    articles: pd.DataFrame
    rejected: pd.DataFrame
    warnings: pd.DataFrame
    n_read: int

    @property
    def n_kept(self) -> int:
        """Number of articles kept."""
        return len(self.articles)

    def summary(self) -> dict[str, int]:
        """Counts in and out; ``read == kept + rejected`` always holds."""
        return {
            "read": self.n_read,
            "kept": self.n_kept,
            "rejected": len(self.rejected),
            "warnings": len(self.warnings),
        }


@dataclass
class _Collector:
    """Accumulates the outcome of loading while readers stream records."""

    default_dct: date | None
    column_map: Mapping[str, str]
    today: date
    rows: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[tuple[str, str, str, str]] = field(default_factory=list)
    n_read: int = 0
    seen_ids: dict[str, int] = field(default_factory=dict)
    sink: Callable[[list[dict[str, Any]]], None] | None = None  # receives full batches when streaming
    batch_size: int = 1000

    def reject(self, source: str, record: str, reason: str) -> None:
        """Count one unreadable unit and say why."""
        self.n_read += 1
        self.rejected.append(Rejection(source, record, reason))

    def add(self, rec: Record) -> None:
        """Count one record and turn it into an article or a rejection."""
        self.n_read += 1
        try:
            row, warnings = _to_article(rec, self.column_map, self.default_dct, self.today)
        except ValueError as err:
            self.rejected.append(Rejection(rec.source_file, rec.record, str(err)))
            return
        base = row["article_id"]
        count = self.seen_ids.get(base, 0) + 1
        self.seen_ids[base] = count
        if count > 1:
            row["article_id"] = f"{base}#{count}"
            warnings.append(f"article id {base!r} already used; renamed {row['article_id']!r}")
        self.rows.append(row)
        self.warnings.extend((rec.source_file, rec.record, row["article_id"], w) for w in warnings)
        if self.sink is not None and len(self.rows) >= self.batch_size:
            self.sink(self.rows)
            self.rows = []


def load_corpus(
    paths: str | Path | Iterable[str | Path] | None = None,
    *,
    default_dct: str | date | None = None,
    column_map: Mapping[str, str] | None = None,
    today: date | None = None,
) -> Corpus:
    """Load every article under ``paths`` (files or folders; default: the bundled corpus).

    ``default_dct`` is the date given to articles that carry none; they are marked
    ``dct_source='supplied'``. ``column_map`` maps our field names (id, title, body,
    published, outlet, url, author) to a table's column names.
    """
    collector = _new_collector(default_dct, column_map, today)
    _collect(paths, collector)
    return _finish(collector)


def iter_corpus(
    paths: str | Path | Iterable[str | Path] | None = None,
    *,
    batch_size: int = 1000,
    default_dct: str | date | None = None,
    column_map: Mapping[str, str] | None = None,
    today: date | None = None,
) -> Iterator[pd.DataFrame | Corpus]:
    """Stream the corpus: DataFrames of up to ``batch_size`` articles, then one ``Corpus`` whose
    ``articles`` is empty and which carries the rejected records, the warnings and the count read.

    Memory stays bounded by the batch (a reader thread fills a two-batch queue).
    """
    import queue
    import threading

    batches: queue.Queue = queue.Queue(maxsize=2)
    collector = _new_collector(default_dct, column_map, today)
    collector.batch_size = batch_size
    collector.sink = lambda rows: batches.put(("batch", rows))

    def read() -> None:
        try:
            _collect(paths, collector)
            batches.put(("batch", collector.rows))
            collector.rows = []
            batches.put(("done", None))
        except BaseException as err:  # hand any failure to the consumer
            batches.put(("error", err))

    threading.Thread(target=read, daemon=True).start()
    while True:
        kind, payload = batches.get()
        if kind == "error":
            raise payload
        if kind == "done":
            yield _finish(collector)
            return
        if payload:
            yield _articles_frame(payload)


def _new_collector(
    default_dct: str | date | None, column_map: Mapping[str, str] | None, today: date | None
) -> _Collector:
    """A collector with the loading options."""
    supplied = _as_date(default_dct) if default_dct is not None else None
    return _Collector(
        default_dct=supplied,
        column_map=dict(column_map or {}),
        today=today or datetime.now(timezone.utc).date(),
    )


def _collect(paths: str | Path | Iterable[str | Path] | None, collector: _Collector) -> None:
    """Read every file under ``paths`` into ``collector``."""
    if paths is None:
        paths = [config.corpus_dir()]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    for path in paths:
        path = Path(path)
        if not path.exists():
            collector.reject(str(path), "", "no such file or folder")
            continue
        for file in _walk(path):
            _read_file(file, collector)


def _articles_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The articles DataFrame of some rows, with typed dates."""
    articles = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    articles["published"] = pd.to_datetime(articles["published"], utc=True)
    articles["dct"] = pd.to_datetime(articles["dct"])
    return articles


def _finish(collector: _Collector) -> Corpus:
    """Assemble the DataFrames from the collector."""
    articles = _articles_frame(collector.rows)
    rejected = pd.DataFrame([vars(r) for r in collector.rejected], columns=REJECT_COLUMNS)
    warnings = pd.DataFrame(collector.warnings, columns=WARNING_COLUMNS)
    return Corpus(articles=articles, rejected=rejected, warnings=warnings, n_read=collector.n_read)


def _walk(path: Path) -> Iterator[Path]:
    """Yield the files under ``path`` in a stable order, skipping hidden and documentation files."""
    if path.is_file():
        yield path
        return
    for file in sorted(path.rglob("*")):
        rel = file.relative_to(path).parts
        if file.is_file() and not any(p.startswith((".", "_")) for p in rel) and not DOC_FILES.search(file.name):
            yield file


def _read_file(path: Path, out: _Collector) -> None:
    """Read one file of any supported form into ``out``."""
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as err:
        out.reject(name, "", f"cannot read file: {err.strerror}")
        return
    if size == 0:
        out.reject(name, "", "empty file")
        return
    if size > config.loading_settings().max_file_bytes:
        out.reject(name, "", f"file too large: {size / 2**20:.0f} MB > {config.loading_settings().max_file_bytes / 2**20:.0f} MB limit")
        return
    try:
        with path.open("rb") as stream:
            _read_stream(stream, path.name, name, out)
    except OSError as err:
        out.reject(name, "", f"cannot read file: {err}")


def _read_stream(stream: io.BufferedIOBase, filename: str, source: str, out: _Collector) -> None:
    """Dispatch on the file name: archives are opened and their contents read in turn."""
    suffix = PurePosixPath(filename.lower()).suffix
    if suffix == ".gz" or suffix == ".bz2":
        opener: Callable[..., Any] = gzip.open if suffix == ".gz" else bz2.open
        try:
            with opener(stream, "rb") as inner:
                _read_stream(inner, filename[: -len(suffix)], source, out)
        except (OSError, EOFError) as err:
            out.reject(source, "", f"corrupt {suffix[1:]} archive: {err}")
        return
    if suffix == ".zip":
        _read_zip(stream, source, out)
        return
    if suffix in (".jsonl", ".ndjson"):
        _read_jsonl(stream, source, out)
        return
    if suffix in (".csv", ".tsv"):
        _read_csv(stream, source, out, delimiter="\t" if suffix == ".tsv" else ",")
        return
    if suffix == ".parquet":
        _read_parquet(stream, source, out)
        return
    if suffix == ".json":
        _read_json(stream, source, out)
        return
    if suffix in TEXT_SUFFIXES or suffix == "":
        _read_text(stream, filename, source, out)
        return
    out.reject(
        source, "", f"unsupported file type {suffix!r}: expected .txt, .jsonl, .json, .csv, .tsv, .parquet, .gz or .zip"
    )


def _read_zip(stream: io.BufferedIOBase, source: str, out: _Collector) -> None:
    """Read each member of a zip archive as if it were a file."""
    try:
        archive = zipfile.ZipFile(stream if stream.seekable() else io.BytesIO(stream.read()))
    except zipfile.BadZipFile as err:
        out.reject(source, "", f"corrupt zip archive: {err}")
        return
    with archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            member = PurePosixPath(info.filename)
            hidden = any(p.startswith((".", "__MACOSX")) for p in member.parts)
            if info.is_dir() or hidden or DOC_FILES.search(member.name):
                continue
            inner = f"{source}!{info.filename}"
            if info.file_size == 0:
                out.reject(inner, "", "empty file")
            elif info.file_size > config.loading_settings().max_file_bytes:
                out.reject(inner, "", f"file too large: {info.file_size / 2**20:.0f} MB")
            else:
                with archive.open(info) as member_stream:
                    _read_stream(member_stream, member.name, inner, out)


def _read_all(stream: io.BufferedIOBase, source: str, out: _Collector) -> tuple[str, str] | None:
    """Read and decode a whole stream; reject the file (and return None) if it cannot be."""
    data = stream.read(config.loading_settings().max_file_bytes + 1)
    if not data:
        out.reject(source, "", "empty file")
        return None
    if len(data) > config.loading_settings().max_file_bytes:
        out.reject(source, "", "file too large after decompression")
        return None
    try:
        return decode(data)
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return None


def _read_text(stream: io.BufferedIOBase, filename: str, source: str, out: _Collector) -> None:
    """A TREC-like ``<DOC>`` file, or a plain article: title line, blank line, body."""
    decoded = _read_all(stream, source, out)
    if decoded is None:
        return
    text, encoding = decoded
    stem = PurePosixPath(filename).stem
    if re.match(r"\s*<DOC>", text, re.IGNORECASE):
        docs = _TREC_DOC.findall(text)
        for i, doc in enumerate(docs, start=1):
            record = f"doc {i}" if len(docs) > 1 else ""
            fields: dict[str, Any] = {}
            for tag, value in _TREC_FIELD.findall(doc):
                key = _TREC_TO_FIELD.get(tag.lower(), tag.lower())
                fields[key] = value.strip()
            fields.setdefault("id", stem if len(docs) == 1 else f"{stem}:{i}")
            out.add(Record(fields, source, record, encoding))
        return
    fields = _plain_article(text)
    fields["id"] = stem
    try:
        fields.update(_sidecar(source))
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return
    out.add(Record(fields, source, "", encoding))


def _plain_article(text: str) -> dict[str, Any]:
    """Split plain text into title and body: a first line followed by a blank line is the title."""
    lines = text.lstrip("\ufeff").strip("\r\n").splitlines()
    if len(lines) >= 3 and lines[0].strip() and not lines[1].strip():
        return {"title": lines[0].strip(), "body": "\n".join(lines[2:])}
    return {"title": "", "body": "\n".join(lines)}


def _sidecar(source: str) -> dict[str, Any]:
    """Metadata for a plain-text article from ``NAME.meta.json`` beside it, if present."""
    path = Path(source)
    meta = path.with_name(path.stem + ".meta.json")
    if "!" in source or not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise DecodeProblem(f"{meta}: unreadable sidecar metadata: {err}") from err
    if not isinstance(data, dict):
        return {}
    fields = {k: v for k, v in data.items() if k in FIELD_ALIASES and k != "body"}
    if "date_note" in data:
        fields["date_note"] = str(data["date_note"])
    return fields


def _line_decoder(stream: io.BufferedIOBase, source: str, out: _Collector) -> tuple[str, Iterator[bytes]] | None:
    """Sniff a line-oriented stream's encoding; return it with an iterator over its raw lines."""
    head = stream.read(65536)
    if not head:
        out.reject(source, "", "empty file")
        return None
    try:
        encoding = detect_encoding(head)
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return None
    if encoding.startswith("utf-16"):
        rest = head + stream.read()
        lines = rest.decode(encoding, errors="strict").encode("utf-8").splitlines(keepends=True)
        return "utf-8", iter(lines)

    def chain() -> Iterator[bytes]:
        buffer = head
        while True:
            *complete, buffer = buffer.split(b"\n")
            for line in complete:
                yield line + b"\n"
            chunk = stream.read(1 << 20)
            if not chunk:
                break
            buffer += chunk
        if buffer:
            yield buffer

    return encoding, chain()


def _read_jsonl(stream: io.BufferedIOBase, source: str, out: _Collector) -> None:
    """One JSON object per line; a bad line is rejected alone and reading goes on."""
    sniffed = _line_decoder(stream, source, out)
    if sniffed is None:
        return
    encoding, lines = sniffed
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
        if not isinstance(obj, dict):
            out.reject(source, record, f"expected a JSON object, got {type(obj).__name__}")
            continue
        out.add(Record(obj, source, record, encoding))


def _read_json(stream: io.BufferedIOBase, source: str, out: _Collector) -> None:
    """A JSON array of objects, one object, or (despite the name) JSON Lines."""
    decoded = _read_all(stream, source, out)
    if decoded is None:
        return
    text, encoding = decoded
    try:
        data = json.loads(text)
    except ValueError:
        _read_jsonl(io.BytesIO(text.encode("utf-8")), source, out)
        return
    items = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else [data]
    for i, obj in enumerate(items, start=1):
        if isinstance(obj, dict):
            out.add(Record(obj, source, f"item {i}", encoding))
        else:
            out.reject(source, f"item {i}", f"expected a JSON object, got {type(obj).__name__}")


def _read_csv(stream: io.BufferedIOBase, source: str, out: _Collector, delimiter: str) -> None:
    """A CSV or TSV table with a header row; a row with the wrong field count is rejected."""
    sniffed = _line_decoder(stream, source, out)
    if sniffed is None:
        return
    encoding, lines = sniffed
    text_stream = io.TextIOWrapper(_BytesLines(lines), encoding=encoding, newline="")
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


class _BytesLines(io.RawIOBase):
    """A readable byte stream over an iterator of byte strings."""

    def __init__(self, lines: Iterator[bytes]) -> None:
        self._lines = lines
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            try:
                self._pending = next(self._lines)
            except StopIteration:
                return 0
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def _read_parquet(stream: io.BufferedIOBase, source: str, out: _Collector) -> None:
    """A Parquet table, read in batches."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table_file = pq.ParquetFile(stream if stream.seekable() else io.BytesIO(stream.read()))
        batches = table_file.iter_batches(batch_size=2048)
        row = 0
        for batch in batches:
            for obj in batch.to_pylist():
                row += 1
                out.add(Record(obj, source, f"row {row}", "parquet"))
    except (pa.ArrowException, OSError) as err:
        out.reject(source, "", f"unreadable Parquet file: {err}")


def _field(fields: Mapping[str, Any], name: str, column_map: Mapping[str, str]) -> Any:
    """Look a field up by the user's column map, then by its known aliases."""
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


def _as_text(value: Any) -> str:
    """A field value as a string ('' for missing and NaN)."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return value if isinstance(value, str) else str(value)


def _to_article(
    rec: Record, column_map: Mapping[str, str], default_dct: date | None, today: date
) -> tuple[dict[str, Any], list[str]]:
    """Clean one record into an article row; raise ValueError (the rejection reason) if it cannot be."""
    warnings: list[str] = []
    body_raw = _as_text(_field(rec.fields, "body", column_map))
    title_raw = _as_text(_field(rec.fields, "title", column_map))
    if not body_raw.strip():
        raise ValueError("missing body: no article text found" + _columns_hint(rec.fields, column_map))
    if len(body_raw) > config.loading_settings().max_article_chars:
        raise ValueError(
            f"body too long: {len(body_raw):,} characters > {config.loading_settings().max_article_chars:,} "
            "(raise config.loading_settings().max_article_chars if this really is one article)"
        )
    if looks_like_mojibake(body_raw):
        fixed = repair_mojibake(body_raw)
        if fixed is None:
            raise ValueError("mojibake: UTF-8 text decoded as Latin-1 upstream, and it cannot be repaired")
        body_raw = fixed
        title_raw = repair_mojibake(title_raw) or title_raw
        warnings.append("repaired mojibake (UTF-8 text that had been decoded as Latin-1)")
    body = clean_body(body_raw)
    title = clean_body(title_raw).text.replace("\n", " ")
    if not body.text:
        raise ValueError("empty body after cleaning (markup only)")
    share = arabic_share(body.text[:5000])
    if share < config.loading_settings().min_arabic_share:
        raise ValueError(f"not Arabic: {share:.0%} of letters are Arabic (< {config.loading_settings().min_arabic_share:.0%})")
    published, dct, dct_source, problem = _dates(_field(rec.fields, "published", column_map), default_dct, today)
    if problem:
        warnings.append(problem)
    if rec.fields.get("date_note"):
        dct_source = "supplied"
        warnings.append(f"date supplied by the corpus editor: {rec.fields['date_note']}")
    url = _as_text(_field(rec.fields, "url", column_map)).strip()
    outlet = outlet_name(_as_text(_field(rec.fields, "outlet", column_map)).strip() or _domain(url))
    title_part = f"{title}\n\n" if title else ""
    article_id = _as_text(_field(rec.fields, "id", column_map)).strip() or _fallback_id(rec)
    row = {
        "article_id": article_id,
        "title": title,
        "text": title_part + body.text,
        "body_start": len(title_part),
        "raw_body": body_raw,
        "published": published,
        "dct": dct,
        "dct_source": dct_source,
        "date_problem": problem,
        "outlet": outlet,
        "url": url,
        "author": _as_text(_field(rec.fields, "author", column_map)).strip(),
        "tags": body.tags,
        "edits": body.edits,
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


@functools.cache
def _outlet_table() -> dict[str, str]:
    """Outlet codes and domains mapped to display names (``helpers/data/outlets.csv``)."""
    with (config.DATA_DIR / "outlets.csv").open(encoding="utf-8") as handle:
        return {row["key"].lower(): row["outlet"] for row in csv.DictReader(handle)}


def outlet_name(code: str) -> str:
    """A readable outlet name for a source code or web domain; unknown codes pass through."""
    if not code:
        return "unknown"
    return _outlet_table().get(code.lower().removeprefix("www."), code)


def _domain(url: str) -> str:
    """The host of a URL without ``www.``."""
    host = urlparse(url).netloc.lower() if url else ""
    return host.removeprefix("www.")


def _dates(
    value: Any, default_dct: date | None, today: date
) -> tuple[datetime | None, datetime | None, str, str | None]:
    """(published UTC, DCT as a local calendar date, DCT source, problem or None)."""
    text = _as_text(value).strip()
    if not text:
        if default_dct is not None:
            return None, _midnight(default_dct), "supplied", "no date in the source; the supplied date is used"
        return None, None, "missing", "no date in the source: relative times cannot be resolved"
    parsed = parse_published(text)
    if parsed is None:
        supplied = _midnight(default_dct) if default_dct else None
        return None, supplied, "supplied" if supplied else "missing", f"unparseable date {text[:40]!r}"
    local_day = parsed.date()
    published = parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    if local_day > today + timedelta(days=config.loading_settings().future_date_tolerance_days):
        return published, _midnight(local_day), "article", f"future date {local_day.isoformat()} (after {today})"
    return published, _midnight(local_day), "article", None


def _midnight(day: date) -> datetime:
    """A naive datetime at midnight, the form DCTs are stored in."""
    return datetime(day.year, day.month, day.day)


def _as_date(value: str | date) -> date:
    """A supplied DCT as a date; raises ValueError naming the bad value."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    parsed = parse_published(value)
    if parsed is None:
        raise ValueError(f"supplied date {value!r} is not a date (use YYYY-MM-DD)")
    return parsed.date()


def parse_published(text: str) -> datetime | None:
    """Parse a publication time: RFC 822, ISO 8601, YYYY/MM/DD, DD/MM/YYYY or epoch seconds."""
    text = normalize_digits(str(text)).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    match = _NUMERIC_DATE.match(text)
    if match:
        a, b, c = (int(g) for g in match.groups())
        year, month, day = (a, b, c) if a > 31 else (c, b, a)
        try:
            return datetime(year, month, day)
        except ValueError:
            return None
    if text.isdigit() and 9 <= len(text) <= 10:
        return datetime.fromtimestamp(int(text), tz=timezone.utc)
    return None
