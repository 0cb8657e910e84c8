"""The place gazetteer: the shipped GeoNames/OSM/countries table plus the analyst's curated tables
(``helpers/data/places_curated.csv`` and the physical and macro regions of ``places_regions.csv``, validated on
load; curated rows win), the named OSM facilities, the common-word counts that keep ordinary words from becoming
places, and how often each name stands in a place slot in news (``place_rates.tsv.gz``)."""

from __future__ import annotations

import csv
import dataclasses
import functools
import gzip
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from helpers import config
from helpers.resources.index import first_word_index
from helpers.text.normalize import name_key as place_key

# Physical and macro regions (continents, seas, gulfs, deserts, ranges, peninsulas, rivers): precision 3, never a dot.
MACRO_KINDS = frozenset({"continent", "sea", "gulf", "desert", "mountains", "peninsula", "river", "region"})
PRECISION = {"capital": 1, "city": 1, "town": 1, "village": 1, "suburb": 2, "district": 2, "locality": 2,
             "feature": 2, "island": 2, "facility": 2, "street": 2, "country": 3,
             **dict.fromkeys(MACRO_KINDS, 3)}  # fmt: skip


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    name: str
    name_en: str
    lat: float
    lon: float
    kind: str
    country: str
    population: int
    source: str
    source_id: str
    needs_cue: bool = False
    precision: int = 1
    note: str = ""


class CuratedTableError(ValueError):
    """A row of the curated places table is wrong; the message names the row."""


def _row_place(row: Mapping[str, str], source: str) -> Place:
    kind = row["kind"]
    precision = int(row.get("precision") or PRECISION.get(kind, 1))
    return Place(
        name=row["name"],
        name_en=row.get("name_en", "").replace("`", ""),  # GeoNames writes the ʿayn as a backtick: I`zaz, `Afrin
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        kind=kind,
        country=row.get("country", ""),
        population=int(float(row.get("population") or 0)),
        source=source,
        source_id=row.get("source_id") or row.get("id", ""),
        needs_cue=row.get("needs_cue") == "1",
        precision=precision,
        note=row.get("note", ""),
    )


def read_curated(path: Path | None = None) -> list[Place]:
    """The analyst's table, validated: bad coordinates or two rows placing one name far apart raise an error."""
    path = path or config.DATA_DIR / "places_curated.csv"
    places: list[Place] = []
    seen: dict[str, tuple[int, Place]] = {}
    with path.open(encoding="utf-8") as handle:
        for line_no, row in enumerate(csv.DictReader(line for line in handle if not line.startswith("#")), start=2):
            where = f"{path.name} row {line_no} ({row.get('name', '')!r})"
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError):
                raise CuratedTableError(
                    f"{where}: lat/lon must be numbers, got {row.get('lat')!r}, {row.get('lon')!r}"
                ) from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise CuratedTableError(f"{where}: coordinates out of range: lat {lat}, lon {lon}")
            if row.get("precision") not in ("1", "2", "3"):
                raise CuratedTableError(f"{where}: precision must be 1, 2 or 3, got {row.get('precision')!r}")
            names = [row["name"], *[a for a in (row.get("aliases") or "").split("|") if a.strip()]]
            for name in names:
                place = _row_place({**row, "name": name.strip(), "source_id": row.get("id", "")}, "curated")
                key = place_key(name)
                if key in seen and _km(seen[key][1], place) > 25:
                    other = seen[key][0]
                    raise CuratedTableError(
                        f"{where}: conflicting coordinates for {name!r}: row {other} puts it "
                        f"{_km(seen[key][1], place):.0f} km away"
                    )
                seen.setdefault(key, (line_no, place))
                places.append(place)
    return places


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two places in km."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


@functools.cache
def gazetteer() -> dict[str, list[Place]]:
    """Key → candidate places: the shipped gazetteer plus the curated table (curated first)."""
    index: dict[str, list[Place]] = {}
    curated = read_curated()
    for place in [*curated, *read_curated(config.DATA_DIR / "places_regions.csv")]:
        index.setdefault(place_key(place.name), []).append(place)
    curated_keys = set(index)
    with gzip.open(config.DATA_DIR / "gazetteer.tsv.gz", "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["key"] in curated_keys and row["kind"] not in ("country", "capital"):
                continue
            index.setdefault(row["key"], []).append(_row_place(row, row["source"]))
    _add_country_spellings(index)
    _add_hamza_drops(index)
    for place in curated:
        if place.kind in _LOCAL_KINDS:
            for variant in ending_variants(place_key(place.name)):
                index.setdefault(variant, [place])
    return index


# Curated places finer than a town: their names are written with either ending (شيحا / شيحة).
_LOCAL_KINDS = frozenset({"district", "feature", "village", "facility"})


def ending_variants(key: str) -> list[str]:
    """A local name's other spellings: one word's final ا written ة (normalised ه) or the reverse (شيحا الشرقيه →
    شيحه الشرقيه; شيحه → شيحا), a word of three letters or more only."""
    words = key.split()
    swap = {"ا": "ه", "ه": "ا"}
    return [
        " ".join([*words[:i], w[:-1] + swap[w[-1]], *words[i + 1 :]])
        for i, w in enumerate(words)
        if len(w) >= 3 and w[-1] in swap and not w.startswith("ال")
    ]


# Where a place name's final hamza is often dropped in news (التحيتاء → التحيتا، المعلاء → المعلا، تاجوراء → تاجورا).
_HAMZA_DROP_COUNTRIES = frozenset({"YE", "IQ", "SY", "LY"})


def _add_hamza_drops(index: dict[str, list[Place]]) -> None:
    """A town's name ending in اء also under its spelling without the hamza, in the countries of
    ``_HAMZA_DROP_COUNTRIES``, when that spelling names nothing else."""
    added: dict[str, list[Place]] = {}
    for key, places in index.items():
        word = key.split()[-1]
        if not key.endswith("اء") or len(word) < 5 or key[:-1] in index:
            continue
        kept = [p for p in places if p.country in _HAMZA_DROP_COUNTRIES and p.kind not in ("country", "capital")]
        if kept:
            added[key[:-1]] = kept
    index.update(added)


def _add_country_spellings(index: dict[str, list[Place]]) -> None:
    """Spellings of ``country_names_ar.csv`` the shipped table lacks (فيتنام، المجر، صربيا: added after it was
    built), each as its country at the country's point, read at load so that no rebuild is needed."""
    countries = {p.country: p for places in index.values() for p in places if p.kind == "country"}
    with (config.DATA_DIR / "country_names_ar.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            key, country = place_key(row["name"]), countries.get(row["iso2"])
            if country is not None and not any(p.kind == "country" for p in index.get(key, ())):
                index.setdefault(key, []).insert(0, dataclasses.replace(country, name=row["name"]))


@functools.cache
def common_words() -> dict[str, int]:
    """Words found in 30+ articles of the ANT news corpus, with their article counts (built with the gazetteer)."""
    with gzip.open(config.DATA_DIR / "common_words.tsv.gz", "rt", encoding="utf-8") as handle:
        return {w: int(n) for w, n in (line.split("\t") for line in handle.read().splitlines())}


@functools.cache
def homographs() -> dict[str, str]:
    """Key → what a place name that is also an ordinary word needs before it to be read as a place: ``place_word``
    (مدينة، منطقة...) or ``preposition`` (also في، من، إلى...); from ``helpers/data/places_homographs.csv``."""
    with (config.DATA_DIR / "places_homographs.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {place_key(row["name"]): row["needs"].strip() for row in rows}


@functools.cache
def place_phrases() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Key → (words before, words after) that make a place name an ordinary word (مسقط رأسه: birthplace, not
    Muscat; قبل المغرب: the sunset prayer, not Morocco); from ``helpers/data/places_phrases.csv``."""
    with (config.DATA_DIR / "places_phrases.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {
            place_key(row["name"]): tuple(
                frozenset(place_key(w) for w in row[side].split("|") if w.strip()) for side in ("before", "after")
            )
            for row in rows
        }


@functools.cache
def first_words(max_words: int) -> dict[str, int]:
    """For each first word of a gazetteer key, the longest key (in words, at most ``max_words``) starting with it."""
    return first_word_index(gazetteer(), max_words)


@functools.cache
def place_rates() -> dict[str, tuple[int, int]]:
    """Key → (occurrences in ANT news, occurrences in a place slot: after في/من/إلى, مدينة, شرق... or with ب)."""
    with gzip.open(config.DATA_DIR / "place_rates.tsv.gz", "rt", encoding="utf-8") as handle:
        return {
            r["key"]: (int(r["occurrences"]), int(r["in_place_slot"])) for r in csv.DictReader(handle, delimiter="\t")
        }


@functools.cache
def facilities() -> dict[str, list[Place]]:
    """Key → named OpenStreetMap facilities of Libya and its neighbours (مطار بنينا، مستشفى الهواري...)."""
    index: dict[str, list[Place]] = {}
    with gzip.open(config.DATA_DIR / "places_facilities.tsv.gz", "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            place = Place(row["name"], row["name_en"], float(row["lat"]), float(row["lon"]), "facility", row["country"],
                          0, "osm", row["source_id"], precision=1, note=row["kind"])  # fmt: skip
            index.setdefault(row["key"], []).append(place)
    return index
