"""Detect and decode the text encodings Arabic news arrives in, refusing to guess blindly.

Handled: UTF-8 (with or without BOM), UTF-16 (with BOM, or recognisable by its
NUL bytes), and Windows-1256. Anything else is an error that says where the
first bad byte is; a binary file is named as binary.
"""

from __future__ import annotations

import codecs
import re

from helpers.text.normalize import arabic_share

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a zip archive",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"PAR1": "a Parquet file",
}
# UTF-8 Arabic read as Latin-1/Windows-1252: "ال" shows up as "Ø§Ù„".
_MOJIBAKE = re.compile(
    "[\u00d8\u00d9\u00da\u00db][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]"
)
_UTF8_ARABIC_PAIR = re.compile(rb"[\xd8-\xdb][\x80-\xbf]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


class DecodeProblem(ValueError):
    """The bytes are not text in an encoding we accept; the message says why."""


def describe_binary(data: bytes) -> str | None:
    """Name what binary content ``data`` starts with, or None if it may be text."""
    for magic, name in _MAGIC.items():
        if data.startswith(magic):
            return name
    head = data[:4096]
    if b"\x00" in head and _utf16_order(head) is None:
        return "binary data (NUL bytes)"
    return None


def _utf16_order(head: bytes) -> str | None:
    """Guess UTF-16 byte order of BOM-less text: high bytes are 0x00 (ASCII) or 0x06 (Arabic)."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]

    def high_share(part: bytes) -> float:
        return (part.count(0) + part.count(6)) / len(part)

    if high_share(odd) > 0.85 and even.count(0) < 0.05 * len(even) and odd.count(0) > 0:
        return "utf-16-le"
    if high_share(even) > 0.85 and odd.count(0) < 0.05 * len(odd) and even.count(0) > 0:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """Return the codec name for ``data`` (a sample or the whole), or raise DecodeProblem."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    binary = describe_binary(data)
    if binary:
        raise DecodeProblem(f"binary file: {binary}, not text")
    order = _utf16_order(data[:4096])
    if order:
        return order
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
        return "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    if is_cp1256_arabic(data):
        return "cp1256"
    raise DecodeProblem(
        f"undecodable bytes: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}), "
        "UTF-16 or Windows-1256 Arabic"
    )


def is_cp1256_arabic(data: bytes) -> bool:
    """True when ``data`` reads as Windows-1256 Arabic text (and is not damaged UTF-8 Arabic)."""
    if _mostly_utf8_arabic(data):
        return False
    text = data.decode("cp1256", errors="replace")
    return _CONTROL.search(text) is None and arabic_share(text) >= 0.5


def decode_line(raw: bytes, encoding: str) -> tuple[str, str]:
    """Decode one line of a line-oriented file on its own: (text, encoding), or raise DecodeProblem.

    UTF-8 first (a line that is UTF-8 is never read as Windows-1256 mojibake), then Windows-1256 when the
    line is Arabic in it, or when the file was sniffed as Windows-1256 and the line is not damaged UTF-8.
    ``encoding`` is the file's sniffed encoding; it labels the line whenever the line decodes the same way.
    """
    try:
        text = raw.decode("utf-8-sig" if encoding == "utf-8-sig" else "utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    else:
        return text, encoding if encoding.startswith("utf-8") or raw.isascii() else "utf-8"
    if is_cp1256_arabic(raw) or (encoding == "cp1256" and not _mostly_utf8_arabic(raw)):
        return raw.decode("cp1256", errors="replace"), "cp1256"
    raise DecodeProblem(
        f"undecodable bytes: not UTF-8 (byte 0x{raw[utf8_error.start]:02x} at byte {utf8_error.start} of the line) "
        "or Windows-1256 Arabic"
    )


def _mostly_utf8_arabic(data: bytes) -> bool:
    """True when most high bytes pair up as UTF-8 Arabic letters (so the text is damaged UTF-8)."""
    high = sum(1 for b in data if b >= 0x80)
    pairs = len(_UTF8_ARABIC_PAIR.findall(data))
    return high > 0 and 2 * pairs >= 0.5 * high


def decode(data: bytes) -> tuple[str, str]:
    """Decode ``data`` whole: (text, encoding). Raises DecodeProblem with the reason."""
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise DecodeProblem(f"undecodable bytes for {encoding} at offset {err.start}: {err.reason}") from err
    return text, encoding


def looks_like_mojibake(text: str) -> bool:
    """True when Arabic UTF-8 seems to have been decoded as Latin-1 somewhere upstream."""
    sample = text[:5000]
    return len(_MOJIBAKE.findall(sample)) >= 3 and arabic_share(sample) < 0.2


def repair_mojibake(text: str) -> str | None:
    """Undo UTF-8-read-as-Latin-1/Windows-1252; None if the text does not round-trip."""
    for codec in ("cp1252", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if arabic_share(fixed) > arabic_share(text):
            return fixed
    return None
