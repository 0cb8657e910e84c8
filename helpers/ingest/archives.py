"""Files and archives: check a file, open .gz/.bz2/.zip archives, and hand each file inside to its reader."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from helpers import config
from helpers.ingest.collector import Collector
from helpers.ingest.read_csv import read_csv
from helpers.ingest.read_json import read_json, read_jsonl
from helpers.ingest.read_parquet import read_parquet
from helpers.ingest.read_text import read_text

TEXT_SUFFIXES = {".txt", ".text", ".xml", ".trec", ".sgml"}
DOC_FILES = re.compile(r"^(readme|source|license|licence|citation|notice)(\..*)?$|\.md$|\.meta\.json$", re.IGNORECASE)
NO_ARTICLES = "no articles in this file"

# What a damaged or unsupported zip member raises while it is read.
_BAD_MEMBER = (OSError, EOFError, zlib.error, lzma.LZMAError, zipfile.BadZipFile, NotImplementedError)


def read_file(path: Path, out: Collector) -> None:
    """Read one file of any supported form into ``out``; an empty, oversized or unreadable file is rejected."""
    name = str(path)
    limit = config.loading_settings().max_file_bytes
    try:
        size = path.stat().st_size
    except OSError as err:
        out.reject(name, "", f"cannot read file: {err.strerror}")
        return
    if size == 0:
        out.reject(name, "", "empty file")
        return
    if size > limit:
        out.reject(name, "", f"file too large: {size / 2**20:.0f} MB > {limit / 2**20:.0f} MB limit")
        return
    try:
        with path.open("rb") as stream:
            read_stream(stream, path.name, name, out)
    except OSError as err:
        out.reject(name, "", f"cannot read file: {err}")


def read_stream(stream: io.BufferedIOBase, filename: str, source: str, out: Collector) -> None:
    """Read a file's bytes with the reader its name calls for; a file that yields nothing is rejected."""
    before = out.n_read
    _dispatch(stream, filename, source, out)
    if out.n_read == before:
        out.reject(source, "", NO_ARTICLES)


def _dispatch(stream: io.BufferedIOBase, filename: str, source: str, out: Collector) -> None:
    """Dispatch on the file name: archives are opened and their contents read in turn."""
    suffix = PurePosixPath(filename.lower()).suffix
    if suffix in (".gz", ".bz2"):
        opener: Callable[..., Any] = gzip.open if suffix == ".gz" else bz2.open
        try:
            with opener(stream, "rb") as inner:
                read_stream(inner, filename[: -len(suffix)], source, out)
        except (OSError, EOFError, zlib.error) as err:
            out.reject(source, "", f"corrupt {suffix[1:]} archive: {err}")
    elif suffix == ".zip":
        _read_zip(stream, source, out)
    elif suffix in (".jsonl", ".ndjson"):
        read_jsonl(stream, source, out)
    elif suffix in (".csv", ".tsv"):
        read_csv(stream, source, out, delimiter="\t" if suffix == ".tsv" else ",")
    elif suffix == ".parquet":
        read_parquet(stream, source, out)
    elif suffix == ".json":
        read_json(stream, source, out)
    elif suffix in TEXT_SUFFIXES or suffix == "":
        read_text(stream, filename, source, out)
    else:
        out.reject(
            source,
            "",
            f"unsupported file type {suffix!r}: expected .txt, .jsonl, .json, .csv, .tsv, .parquet, .gz or .zip",
        )


def _read_zip(stream: io.BufferedIOBase, source: str, out: Collector) -> None:
    """Read each member of a zip archive as if it were a file, skipping folders, hidden and documentation files."""
    limit = config.loading_settings().max_file_bytes
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
            elif info.file_size > limit:
                out.reject(inner, "", f"file too large: {info.file_size / 2**20:.0f} MB")
            elif info.flag_bits & 0x1:
                out.reject(inner, "", "encrypted zip member: it needs a password")
            else:
                try:
                    with archive.open(info) as member_stream:
                        read_stream(member_stream, member.name, inner, out)
                except _BAD_MEMBER as err:
                    out.reject(inner, "", f"corrupt zip member: {err}")
