"""Byte streams to text: read whole and decoded, or sniffed and split into raw lines. Raise DecodeProblem."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from helpers import config
from helpers.ingest.encoding import DecodeProblem, decode, detect_encoding


def read_decoded(stream: io.BufferedIOBase) -> tuple[str, str]:
    """Read and decode a whole stream: (text, encoding). DecodeProblem says why the file cannot be read."""
    limit = config.loading_settings().max_file_bytes
    data = stream.read(limit + 1)
    if not data:
        raise DecodeProblem("empty file")
    if len(data) > limit:
        raise DecodeProblem("file too large after decompression")
    return decode(data)


def sniffed_lines(stream: io.BufferedIOBase) -> tuple[str, Iterator[bytes]]:
    """Sniff a line-oriented stream's encoding: (encoding, iterator over its raw lines, ends kept)."""
    head = stream.read(65536)
    if not head:
        raise DecodeProblem("empty file")
    encoding = detect_encoding(head)
    if encoding.startswith("utf-16"):
        rest = head + stream.read()
        try:
            text = rest.decode(encoding, errors="strict")
        except UnicodeDecodeError as err:
            raise DecodeProblem(f"undecodable bytes for {encoding} at offset {err.start}: {err.reason}") from err
        return "utf-8", iter(text.encode("utf-8").splitlines(keepends=True))

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


class LinesStream(io.RawIOBase):
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
