"""Tests for helpers.ingest.encoding: each accepted encoding, and clear refusals."""

import codecs

import pytest

from helpers.ingest.encoding import DecodeProblem, decode, describe_binary, looks_like_mojibake, repair_mojibake

ARABIC = "خبر عربي عن العملية العسكرية في درنة"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig"),
        (ARABIC.encode("utf-16"), "utf-16"),
        (ARABIC.encode("utf-16-le"), "utf-16-le"),
        (ARABIC.encode("cp1256"), "cp1256"),
    ],
)
def test_accepted_encodings_decode_to_the_same_text(data, encoding):
    text, detected = decode(data)
    assert detected == encoding
    assert text.lstrip("\ufeff") == ARABIC


def test_damaged_utf8_is_refused_not_read_as_windows_1256():
    data = ARABIC.encode("utf-8")[:10] + b"\xff" + ARABIC.encode("utf-8")[10:]
    with pytest.raises(DecodeProblem, match="not UTF-8"):
        decode(data)


def test_binary_data_is_named():
    assert describe_binary(b"\x89PNG\r\n\x1a\n....") == "a PNG image"
    with pytest.raises(DecodeProblem, match="binary file"):
        decode(bytes(range(256)) * 4)


def test_mojibake_is_detected_and_repaired():
    broken = ARABIC.encode("utf-8").decode("latin-1")
    assert looks_like_mojibake(broken)
    assert repair_mojibake(broken) == ARABIC
    assert not looks_like_mojibake(ARABIC)
