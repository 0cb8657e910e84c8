"""Codes shown to readers in words: a table cell holding a code (``at_least``, ``named``, ``in_name``,
``National-Regional``) shows its Arabic and English words, and the code moves to a ``<column>_code`` column
beside it, so exported tables can still be filtered on the code. Values that are not codes stay as they are."""

from __future__ import annotations

import csv
import functools

import numpy as np
import pandas as pd
import pycountry

from helpers import config
from helpers.report.events import EVENT_TYPES
from helpers.report.language import choose

_CLAIM = {
    "reported": "خبر / reported",
    "claimed": "ادعاء / claimed",
    "planned": "خطة معلنة / stated plan",
}
_STATUS = {**_CLAIM, "forecast": "توقع / forecast"}  # a stated event's status (timelines): a claim, or a forecast
_ACLED_TYPES = {  # an actor's ACLED-style type (helpers.extract.actors.types.ACLED_TYPES)
    "state_forces": "قوات الدولة / state forces",
    "external_forces": "قوات خارجية / external forces",
    "rebel_group": "جماعة متمردة / rebel group",
    "political_militia": "ميليشيا سياسية / political militia",
    "identity_militia": "ميليشيا هوية / identity militia",
    "protesters": "محتجون / protesters",
    "civilians": "مدنيون / civilians",
    "government": "حكومة / government",
    "state": "دولة / state",
    "international_org": "منظمة دولية / international organisation",
    "media": "وسيلة إعلام / media",
    "platform": "منصة اجتماعية / social platform",
    "political_party": "حزب سياسي / political party",
    "company": "شركة / company",
    "person_official": "شخص ذو منصب / person with an office",
    "person": "شخص / person",
    "other": "أخرى / other",
}
_ACTOR_TYPES = {  # an actor's own type (the NER model and the rules)
    "person": "شخص / person",
    "army": "جيش أو قوات / army or forces",
    "military_unit": "وحدة عسكرية / military unit",
    "armed_group": "جماعة مسلحة / armed group",
    "government": "حكومة / government",
    "organisation": "منظمة / organisation",
    "media": "وسيلة إعلام / media",
    "nationality": "جنسية / nationality",
    "party": "حزب / party",
    "state": "دولة / state",
    "other": "أخرى / other",
}
_PLACE_KINDS = {  # a place's kind (the gazetteer)
    "city": "مدينة / city",
    "capital": "عاصمة / capital",
    "town": "بلدة / town",
    "village": "قرية / village",
    "district": "حي / district",
    "country": "دولة / country",
    "region": "إقليم أو منطقة / region",
    "facility": "منشأة / facility",
    "sea": "بحر / sea",
    "continent": "قارة / continent",
}
_DIRECTIONS = {  # a relative place's direction from its anchor (جنوب درنة)
    "N": "شمال / north",
    "S": "جنوب / south",
    "E": "شرق / east",
    "W": "غرب / west",
    "NE": "شمال شرق / north-east",
    "NW": "شمال غرب / north-west",
    "SE": "جنوب شرق / south-east",
    "SW": "جنوب غرب / south-west",
}
_YES_NO = {True: "نعم / yes", False: "لا / no"}
BOOLEAN_COLUMNS = frozenset({"disagrees", "table_spelling"})  # columns of True/False shown as yes/no
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
    "status": _STATUS,
    "acled_type": _ACLED_TYPES,
    "type": _ACTOR_TYPES,
    "kind": _PLACE_KINDS,
    "direction": _DIRECTIONS,
    "event_type": {code: f"{arabic} / {english}" for code, (arabic, english) in EVENT_TYPES.items()},
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


@functools.cache
def _country_names() -> dict[str, tuple[str, str]]:
    """ISO code → (Arabic, English) country name: the first Arabic spelling of ``country_names_ar.csv`` and ACLED's
    short English name (``acled_countries.csv``), else pycountry's."""
    names: dict[str, list[str]] = {}
    for table, side in (("country_names_ar.csv", 0), ("acled_countries.csv", 1)):
        with open(config.DATA_DIR / table, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                pair = names.setdefault(row["iso2"].strip(), ["", ""])
                pair[side] = pair[side] or row["name"].strip()
    return {code: (arabic, english) for code, (arabic, english) in names.items()}


def _arabic_key(name: str) -> str:
    """An Arabic country name for comparison: alef forms as ا, ة as ه, the article and spaces dropped."""
    key = name.strip().translate(str.maketrans("أإآى", "ااا" + "ي")).replace("ة", "ه").replace(" ", "")
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


@functools.cache
def _arabic_country_codes() -> dict[str, str]:
    """Every Arabic spelling of ``country_names_ar.csv`` (its key) → ISO code."""
    with open(config.DATA_DIR / "country_names_ar.csv", encoding="utf-8", newline="") as handle:
        return {_arabic_key(row["name"]): row["iso2"].strip() for row in csv.DictReader(handle)}


def asked_country(name: str) -> str:
    """The events table's country name for a country an analyst typed: an English name as is, an ISO code
    ("YE") or an Arabic spelling (اليمن، أفغانستان) as its short English name."""
    name = name.strip()
    code = name.upper() if len(name) == 2 and name.isascii() else _arabic_country_codes().get(_arabic_key(name), "")
    return (country_english(code) or name) if code else name


def country_english(code: str) -> str:
    """A country's short English name from its ISO code (North Korea, not "Korea, Democratic People's Republic
    of"), or ""."""
    english = _country_names().get(code, ("", ""))[1]
    if not english:
        found = pycountry.countries.get(alpha_2=code) if len(code) == 2 and code.isupper() else None
        english = (getattr(found, "common_name", "") or found.name).split(",")[0] if found else ""
    return english


def country_words(code: str) -> str | None:
    """A country's ISO code in words ("ليبيا / Libya"), or None when it is not a known code."""
    arabic = _country_names().get(code, ("", ""))[0]
    english = country_english(code)
    if not english:
        return None
    return f"{arabic} / {english}" if arabic else f"{english} / {english}"


def words_for(column: str, value: object) -> str | None:
    """The words for ``value`` in ``column`` (in the report's language), or None when it is not a code."""
    if column in BOOLEAN_COLUMNS and isinstance(value, bool | np.bool_):
        return choose(_YES_NO[bool(value)])
    if not isinstance(value, str):
        return None
    if column == "country":
        found = country_words(value)
    elif column == "source_scale":
        found = scale_words(value)
    else:
        found = VALUE_WORDS.get(column, {}).get(value)
    return choose(found) if found else None


def series_in_words(column: str, values: pd.Series) -> pd.Series:
    """``values`` of ``column`` in words where they are codes (for a chart's labels), the others as they are."""
    return values.map(lambda v: words_for(column, v) or v)


def coded_columns(frame: pd.DataFrame) -> list[str]:
    """The columns of ``frame`` holding at least one code that has words."""
    special = BOOLEAN_COLUMNS | {"source_scale", "country"}
    known = [c for c in map(str, frame.columns) if c in VALUE_WORDS or c in special]
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
