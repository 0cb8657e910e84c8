"""The analyst-extendable tables of the actor layer: institution heads (``institutions.csv``), the stop list
(``actor_stoplist.csv``: currencies, religions, common nouns, platforms), the ACLED type and country of curated
actors (``actor_countries.csv``), country names and nationality adjectives with their countries."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from helpers import config
from helpers.text.normalize import name_key


@dataclass(frozen=True)
class Institution:
    """An institution head word: its canonical Arabic head, English, ACLED type, our type, the suffix an
    adjective takes after it (ة feminine, ون a plural of people, none masculine), whether it is an actor with
    no modifier, and whether it can be an army."""

    canonical: str
    english: str
    acled_type: str
    type: str
    suffix: str
    bare: bool
    army: bool


@dataclass(frozen=True)
class Nationality:
    """A nationality adjective: its masculine stem as written, country (ISO2, may be empty) and English."""

    stem: str
    country: str
    english: str


def _rows(name: str, path: Path | None = None) -> list[dict[str, str]]:
    with (path or config.DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


_SUFFIX = {"f": "ة", "m": "", "p": "ون"}


@functools.cache
def institution_heads(path: Path | None = None) -> dict[str, Institution]:
    """Head key (normalised, with ال when the head has it) → institution."""
    return {
        name_key(row["head"]): Institution(
            row["canonical"],
            row["english"],
            row["acled_type"],
            row["type"],
            _SUFFIX[row["gender"]],
            row["bare"] == "1",
            row["army"] == "1",
        )
        for row in _rows("institutions.csv", path)
    }


@functools.cache
def actor_stoplist(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """Name key → (kind, English): kind ``platform`` keeps the row as a platform, any other kind drops it."""
    return {name_key(row["word"]): (row["kind"], row["english"]) for row in _rows("actor_stoplist.csv", path)}


@functools.cache
def curated_acled(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """Curated actor id → (ACLED type, country)."""
    return {row["actor_id"]: (row["acled_type"], row["country"]) for row in _rows("actor_countries.csv", path)}


@functools.cache
def country_names() -> dict[str, str]:
    """Country name key → ISO2 (``country_names_ar.csv``)."""
    return {name_key(row["name"]): row["iso2"] for row in _rows("country_names_ar.csv")}


@functools.cache
def short_country_names() -> dict[str, str]:
    """ISO2 → ACLED's short English name of a country (Iran, not "Iran, Islamic Republic of";
    ``acled_countries.csv``)."""
    return {row["iso2"]: row["name"] for row in _rows("acled_countries.csv")}


@functools.cache
def nationalities() -> dict[str, Nationality]:
    """Adjective key (masculine or feminine, with ال or without) → nationality."""
    out: dict[str, Nationality] = {}
    for row in _rows("nationalities.csv"):
        nat = Nationality(row["stem"], row["country"], row["english"])
        key = name_key(row["stem"])
        for form in (key, key + "ه", key + "ين", key + "ون"):
            out.setdefault(form, nat)
            out.setdefault("ال" + form, nat)
        for plural in filter(None, row["plurals"].split("|")):
            out.setdefault(name_key(plural), nat)
            out.setdefault("ال" + name_key(plural), nat)
    return out
