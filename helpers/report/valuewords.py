"""Codes shown to readers in words: a table cell holding a code (``at_least``, ``named``, ``in_name``,
``National-Regional``) shows its Arabic and English words, and the code moves to a ``<column>_code`` column
beside it, so exported tables can still be filtered on the code. Values that are not codes stay as they are."""

from __future__ import annotations

import pandas as pd

from helpers.report.language import choose

_CLAIM = {
    "reported": "خبر / reported",
    "claimed": "ادعاء / claimed",
    "planned": "خطة معلنة / stated plan",
}
_SCALES = {
    "Regional": "إقليمي / regional",
    "National": "وطني / national",
    "International": "دولي / international",
    "Subnational": "محلي / subnational",
    "Other": "آخر / other",
}
VALUE_WORDS: dict[str, dict[str, str]] = {
    "fatalities_qualifier": {
        "exact": "عدد دقيق / exact",
        "at_least": "على الأقل / at least",
        "about": "نحو / about",
        "up_to": "حتى / up to",
    },
    "source_kind": {
        "named": "مصدر مسمّى / named source",
        "anonymous": "مصدر مجهول / anonymous source",
        "outlet": "الوسيلة نفسها / the outlet itself",
        "unknown": "غير معروف / unknown",
        "none": "بلا مصدر / no source",
    },
    "reported_as": _CLAIM,
    "status": _CLAIM,
    "role": {
        "in_name": "داخل اسم / inside a name",
        "dateline": "مكان الإرسال / dateline (filed from)",
        "actor": "فاعل / as an actor",
        "location": "موقع / location",
    },
    "speaker_kind": {
        "person": "شخص / person",
        "institution": "مؤسسة / institution",
        "described_source": "مصدر موصوف / described source",
        "state": "دولة / state",
        "media": "وسيلة إعلام / media",
        "unknown": "غير معروف / unknown",
    },
}


def scale_words(code: str) -> str | None:
    """An ACLED source scale ("National-Regional") in words, or None when a part is not a known scale."""
    parts = [_SCALES.get(part) for part in code.split("-")]
    if not code or None in parts:
        return None
    arabic = "-".join(str(p).split(" / ")[0] for p in parts)
    english = " and ".join(str(p).split(" / ")[1] for p in parts)
    return f"{arabic} / {english}"


def words_for(column: str, value: object) -> str | None:
    """The words for ``value`` in ``column`` (in the report's language), or None when it is not a code."""
    if not isinstance(value, str):
        return None
    found = scale_words(value) if column == "source_scale" else VALUE_WORDS.get(column, {}).get(value)
    return choose(found) if found else None


def coded_columns(frame: pd.DataFrame) -> list[str]:
    """The columns of ``frame`` holding at least one code that has words."""
    known = [c for c in map(str, frame.columns) if c in VALUE_WORDS or c == "source_scale"]
    return [c for c in known if frame[c].map(lambda v, c=c: words_for(c, v)).notna().any()]


def in_words(frame: pd.DataFrame, columns: list[str] | None = None) -> tuple[pd.DataFrame, list[str]]:
    """``frame`` with every code in words and its code kept in ``<column>_code`` right after it, and the
    ``columns`` to show (the shown ones, each coded one followed by its code column)."""
    shown = list(frame.columns) if columns is None else list(columns)
    coded = [c for c in coded_columns(frame) if c in shown]
    if not coded:
        return frame, shown
    out = frame.copy()
    for column in coded:
        words = out[column].map(lambda v, c=column: words_for(c, v))
        code = out[column].where(words.notna(), "")
        out[column] = words.where(words.notna(), out[column])
        out.insert(out.columns.get_loc(column) + 1, f"{column}_code", code)
        shown.insert(shown.index(column) + 1, f"{column}_code")
    return out, shown
