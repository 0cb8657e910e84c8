"""Files and archives: check a file, open .gz/.bz2/.zip archives, and hand each file inside to its reader.

Everything seen is accounted for: read, rejected with the reason, or, when skipped on purpose (documentation,
hidden files, unsafe or linked archive members), listed as a ``skipped: ...`` warning.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from helpers import config
from helpers.ingest.collector import Collector
from helpers.ingest.encoding import DecodeProblem
from helpers.ingest.read_csv import read_csv
from helpers.ingest.read_json import read_json, read_jsonl
from helpers.ingest.read_parquet import read_parquet
from helpers.ingest.read_text import read_text
from helpers.ingest.streams import limited

TEXT_SUFFIXES = {".txt", ".text", ".xml", ".trec", ".sgml"}
DOC_FILES = re.compile(r"^(readme|source|license|licence|citation|notice)(\..*)?$|\.md$|\.meta\.json$", re.IGNORECASE)
SIDECAR = re.compile(r"\.meta\.json$", re.IGNORECASE)
NO_ARTICLES = "no articles in this file"

SKIP_DOC = "skipped: documentation file"
SKIP_HIDDEN = "skipped: hidden file (its name starts with '.' or '_')"
SKIP_HIDDEN_FOLDER = "skipped: hidden folder (its name starts with '.' or '_')"
SKIP_UNSAFE = "skipped: unsafe path in archive"
SKIP_LINK = "skipped: symbolic link"

# What a damaged or unsupported zip member raises while it is read.
_BAD_MEMBER = (OSError, EOFError, zlib.error, lzma.LZMAError, zipfile.BadZipFile, NotImplementedError)
# Compression methods zipfile can decompress (stored, deflate, bzip2, lzma).
_ZIP_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
_ZIP_METHOD_NAMES = {9: "deflate64", 10: "PKWARE implode", 93: "zstandard", 95: "xz", 98: "ppmd", 99: "AES"}


def printable(path: str | os.PathLike[str]) -> str:
    """``path`` as text that can be printed and written: undecodable bytes of a file name shown as \\xNN."""
    name = os.fspath(path)
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")


def name_warning(path: str | os.PathLike[str]) -> str | None:
    """A warning for a file name that is not UTF-8 (saying how it reads as Windows-1256), or None."""
    raw = os.fsencode(os.fspath(path))
    try:
        raw.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    as_cp1256 = raw.decode("cp1256", errors="replace")
    return f"file name is not UTF-8 (shown with \\x escapes; as Windows-1256 it reads {as_cp1256!r})"


def read_file(path: Path, out: Collector) -> None:
    """Read one file of any supported form into ``out``; an empty, oversized or unreadable file is rejected."""
    name = printable(path)
    warning = name_warning(path)
    if warning:
        out.note(name, warning)
    limit = config.loading_settings().max_file_bytes
    try:
        st = path.stat()
    except OSError as err:
        out.reject(name, "", f"cannot read file: {err.strerror}")
        return
    if not stat.S_ISREG(st.st_mode):
        out.reject(name, "", f"not a regular file ({file_kind(st.st_mode)}): not read")
        return
    size = st.st_size
    if size == 0:
        out.reject(name, "", "empty file")
        return
    if size > limit:
        out.reject(name, "", f"file too large: {size / 2**20:.0f} MB > {limit / 2**20:.0f} MB limit")
        return
    try:
        with path.open("rb") as stream:
            read_stream(stream, printable(path.name), name, out)
    except OSError as err:
        out.reject(name, "", f"cannot read file: {printable(str(err))}")


def file_kind(mode: int) -> str:
    """What kind of non-regular file ``mode`` describes."""
    kinds = [
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISLNK, "a symbolic link"),
    ]
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def read_stream(stream: Any, filename: str, source: str, out: Collector, depth: int = 0) -> None:
    """Read a file's bytes with the reader its name calls for; a file that yields nothing is rejected."""
    before = out.n_read
    try:
        _dispatch(stream, filename, source, out, depth)
    except DecodeProblem as err:  # a reader let a stream failure (too large after decompression) through
        out.reject(source, "", str(err))
    if out.n_read == before:
        out.reject(source, "", NO_ARTICLES)


def _dispatch(stream: Any, filename: str, source: str, out: Collector, depth: int) -> None:
    """Dispatch on the file name: archives are opened and their contents read in turn."""
    suffix = PurePosixPath(filename.lower()).suffix
    limit = config.loading_settings().max_archive_depth
    if suffix in (".gz", ".bz2", ".zip") and depth >= limit:
        out.reject(source, "", f"archive nested too deeply: more than {limit} archives inside each other")
    elif suffix in (".gz", ".bz2"):
        opener: Callable[..., Any] = gzip.open if suffix == ".gz" else bz2.open
        try:
            with opener(stream, "rb") as inner:
                read_stream(limited(inner), filename[: -len(suffix)], source, out, depth + 1)
        except (OSError, EOFError, zlib.error) as err:
            out.reject(source, "", f"corrupt {suffix[1:]} archive: {err}")
    elif suffix == ".zip":
        _read_zip(stream, source, out, depth)
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


def skip_reason(name: str) -> str | None:
    """Why a file of this name is skipped on purpose (hidden or documentation), or None to read it."""
    if name.startswith((".", "_")):
        return SKIP_HIDDEN
    if DOC_FILES.search(name):
        return SKIP_DOC
    return None


def _member_skip(info: zipfile.ZipInfo) -> str | None:
    """Why a zip member is skipped and listed as a warning, or None to read it."""
    member = PurePosixPath(info.filename)
    if info.filename.startswith(("/", "\\")) or ".." in member.parts or ".." in info.filename.split("\\"):
        return SKIP_UNSAFE
    if stat.S_ISLNK(info.external_attr >> 16):
        return SKIP_LINK + " in archive"
    if any(p.startswith((".", "__MACOSX")) for p in member.parts[:-1]):
        return SKIP_HIDDEN_FOLDER
    if member.name.startswith("."):
        return SKIP_HIDDEN
    if SIDECAR.search(member.name):
        return "skipped: metadata sidecar (not read inside archives)"
    if DOC_FILES.search(member.name):
        return SKIP_DOC
    return None


def _open_zip(stream: Any) -> zipfile.ZipFile:
    """Open a zip archive from a stream, reading an unseekable one into memory (up to the file limit)."""
    if not stream.seekable():
        limit = config.loading_settings().max_file_bytes
        data = stream.read(limit + 1)
        if len(data) > limit:
            raise DecodeProblem(f"file too large after decompression: more than {limit / 2**20:.0f} MB limit")
        stream = io.BytesIO(data)
    return zipfile.ZipFile(stream)


def _read_zip(stream: Any, source: str, out: Collector, depth: int) -> None:
    """Read each member of a zip archive as if it were a file; skipped members are listed as warnings."""
    limit = config.loading_settings().max_file_bytes
    try:
        archive = _open_zip(stream)
        infos = sorted(archive.infolist(), key=lambda i: i.filename)
    except DecodeProblem as err:
        out.reject(source, "", str(err))
        return
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as err:
        out.reject(source, "", f"corrupt zip archive: {err}")
        return
    skipped_folders: set[str] = set()
    with archive:
        for info in infos:
            if info.is_dir():
                continue
            inner = f"{source}!{info.filename}"
            reason = _member_skip(info)
            if reason == SKIP_HIDDEN_FOLDER:
                parts = PurePosixPath(info.filename).parts
                hidden = next(i for i, p in enumerate(parts) if p.startswith((".", "__MACOSX")))
                folder = "/".join(parts[: hidden + 1]) + "/"
                if folder not in skipped_folders:
                    skipped_folders.add(folder)
                    out.note(f"{source}!{folder}", reason)
                continue
            if reason:
                out.note(inner, reason)
                continue
            member = PurePosixPath(info.filename)
            if info.file_size == 0:
                out.reject(inner, "", "empty file")
            elif info.file_size > limit:
                out.reject(inner, "", f"file too large: {info.file_size / 2**20:.0f} MB")
            elif info.flag_bits & 0x1:
                out.reject(inner, "", "encrypted zip member: it needs a password")
            elif info.compress_type not in _ZIP_METHODS:
                method = _ZIP_METHOD_NAMES.get(info.compress_type, f"method {info.compress_type}")
                out.reject(inner, "", f"unsupported zip compression: {method} cannot be read; recompress the archive")
            else:
                try:
                    with archive.open(info) as member_stream:
                        read_stream(limited(member_stream), member.name, inner, out, depth + 1)
                except _BAD_MEMBER as err:
                    out.reject(inner, "", f"corrupt zip member: {err}")
