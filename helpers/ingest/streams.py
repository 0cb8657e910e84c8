"""Byte streams to text: read whole and decoded, or sniffed and split into raw lines. Raise DecodeProblem.

Limits: a decompressed stream is cut off past ``max_file_bytes`` (``LimitedStream`` raises ``TooLarge``) and
lines are split in linear time; a line longer than the limit is not accumulated but handed on as ``LongLine``.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from helpers import config
from helpers.ingest.encoding import DecodeProblem, decode, decode_line, describe_binary, detect_encoding

__all__ = ["LimitedStream", "LongLine", "TooLarge", "decode_line", "read_decoded", "sniffed_lines"]

_CHUNK = 1 << 20


class TooLarge(DecodeProblem):
    """More bytes came out of a stream (after decompression) than ``max_file_bytes`` allows."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"file too large after decompression: more than {_mb(limit)} limit")


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n} bytes"


class LongLine:
    """Stands for a line longer than the limit: its bytes were skipped, not kept."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.reason = f"line too long: {_mb(size)} > {_mb(limit)} limit"


class LimitedStream(io.RawIOBase):
    """A readable stream over ``inner`` that raises TooLarge once more than ``limit`` bytes were read."""

    def __init__(self, inner: Any, limit: int) -> None:
        self._inner = inner
        self._limit = limit
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(min(len(buffer), self._limit + 1 - self._count))
        n = len(data)
        self._count += n
        if self._count > self._limit:
            raise TooLarge(self._limit)
        buffer[:n] = data
        return n


def limited(stream: Any) -> io.BufferedReader:
    """``stream`` (a decompressing stream) cut off at ``max_file_bytes``."""
    return io.BufferedReader(LimitedStream(stream, config.loading_settings().max_file_bytes), _CHUNK)


def read_decoded(stream: io.BufferedIOBase) -> tuple[str, str]:
    """Read and decode a whole stream: (text, encoding). DecodeProblem says why the file cannot be read."""
    limit = config.loading_settings().max_file_bytes
    data = stream.read(limit + 1)
    if not data:
        raise DecodeProblem("empty file")
    if len(data) > limit:
        raise DecodeProblem("file too large after decompression")
    return decode(data)


def sniffed_lines(stream: io.BufferedIOBase) -> tuple[str, Iterator[bytes | LongLine]]:
    """Sniff a line-oriented stream's encoding: (encoding, iterator over its raw lines, ends kept).

    The encoding is a hint for ``decode_line``, which decodes each line on its own; only a binary file
    (or broken UTF-16) is refused whole. Lines longer than ``max_file_bytes`` come as ``LongLine``.
    """
    limit = config.loading_settings().max_file_bytes
    head = stream.read(65536)
    if not head:
        raise DecodeProblem("empty file")
    try:
        encoding = detect_encoding(head)
    except DecodeProblem:
        if describe_binary(head):
            raise
        encoding = "utf-8"  # mixed or damaged: each line is decoded (or rejected) on its own
    if encoding.startswith("utf-16"):
        rest = head + stream.read(limit + 1 - len(head))
        if len(rest) > limit:
            raise TooLarge(limit)
        try:
            text = rest.decode(encoding, errors="strict")
        except UnicodeDecodeError as err:
            raise DecodeProblem(f"undecodable bytes for {encoding} at offset {err.start}: {err.reason}") from err
        return "utf-8", iter(text.encode("utf-8").splitlines(keepends=True))
    return encoding, split_lines(head, stream, limit)


def split_lines(head: bytes, stream: Any, limit: int) -> Iterator[bytes | LongLine]:
    """The lines of ``head`` + the rest of ``stream``, ends kept, in linear time; over-long lines as LongLine."""
    parts: list[bytes] = []
    size = 0
    chunk = head
    while chunk:
        pieces = chunk.split(b"\n")
        for piece in pieces[:-1]:
            size += len(piece) + 1
            if size > limit:
                yield LongLine(size, limit)
            else:
                parts.append(piece)
                yield b"".join(parts) + b"\n"
            parts, size = [], 0
        rest = pieces[-1]
        size += len(rest)
        if size > limit:
            parts = []  # over the limit: count the bytes, keep none
        elif rest:
            parts.append(rest)
        chunk = stream.read(_CHUNK)
    if size > limit:
        yield LongLine(size, limit)
    elif size:
        yield b"".join(parts)
