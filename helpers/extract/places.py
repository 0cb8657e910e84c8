"""Places: find toponyms in Arabic text, resolve them to coordinates, and say how precise that is.

The gazetteer (``helpers/data/gazetteer.tsv.gz``, built by ``scripts/build_gazetteer.py``) is looked up
by a matching key; attached clitics are tried off (بدرنة → درنة, للقبة → القبة, وبنغازي → بنغازي).
Ambiguous names are resolved with the article's context: countries the article names win, then
population and feature type. Every mention gets an ACLED-style geo-precision: 1 a town, 2 near a town
or part of one, 3 a region or country. The analyst's table ``helpers/data/places_curated.csv`` adds
regions and features the gazetteers miss, and wins over them.
"""

from __future__ import annotations

import csv
import functools
import gzip
import itertools
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import config
from helpers.extract.mentions import register
from helpers.text.normalize import normalize_for_matching, normalize_letters

AR = "\u0621-\u064a"
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")
_NON_WORD = re.compile(rf"[^{AR}0-9 ]+")
_TOKEN = re.compile(rf"[{AR}\u0640\u064b-\u065f\u0670]+")
CURATED = config.DATA_DIR / "places_curated.csv"
COMMON_WORDS = config.DATA_DIR / "common_words.tsv.gz"
SMALL = 100_000  # below this population a place needs its country named in the article
COUNTRY_WEIGHT = 10_000_000  # countries carry no population in the gazetteer; score them as large
GAZETTEER = config.DATA_DIR / "gazetteer.tsv.gz"
MAX_WORDS = 4
PRECISION = {"capital": 1, "city": 1, "town": 1, "village": 1, "suburb": 2, "district": 2, "locality": 2,
             "feature": 2, "island": 2, "region": 3, "country": 3}  # fmt: skip
# Words after which a common-word place name (needs_cue) is accepted: مدينة X, قرية X...
PLACE_CUES = {
    "مدينه", "بلده", "قريه", "منطقه", "حي", "ضاحيه", "محافظه", "ولايه", "اقليم", "جزيره", "ميناء", "مدن", "مناطق",
    "بلدات", "قري", "محور", "بوابه", "مدخل", "ضواحي",
}  # fmt: skip
# Generic nouns that gazetteers list as names (المدينة = Medina, البلاد = a town in Yemen): never a toponym alone.
GENERIC = {"مدينه", "المدينه", "البلاد", "العاصمه", "المنطقه", "الولايه", "القريه", "البلده", "الميناء", "الجزيره",
           "الشرق", "الغرب", "الشمال", "الجنوب", "الساحل", "الوادي", "الجبل", "الصحراء"}  # fmt: skip
DIRECTIONS = {"شمال": "N", "جنوب": "S", "شرق": "E", "غرب": "W", "شمالي": "N", "جنوبي": "S", "شرقي": "E", "غربي": "W"}
_DIR = "(?:شمال|جنوب|شرق|غرب)(?:ي)?"
_RELATIVE = re.compile(
    rf"(?<![{AR}])(?:(?:علي\s+(?:بعد|مسافه)\s+)(?:(?:نحو|حوالي|قرابه)\s+)?(?P<km>\d+(?:[.,]\d+)?)\s*"
    rf"(?:كيلومترا|كيلومترات|كيلومتر|كلم|كم)\s+(?:الي\s+)?(?:ال)?)?"
    rf"(?<![{AR}])(?P<dir>{_DIR}(?:\s+{_DIR})?)\s+(?:(?:من|ل)\s*)?(?:(?:مدينه|بلده|قريه|العاصمه)\s+)?$"
)
_VERBISH_BEFORE = re.compile(rf"^[وف]?(?:ت[{AR}]{{3,}}|[{AR}]{{3,}}ت)$")


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


@dataclass
class PlaceMention:
    """A toponym in a text, with its resolution (``place`` is None when unresolved)."""

    start: int
    end: int
    surface: str
    key: str
    candidates: list[Place]
    place: Place | None = None
    precision: int | None = None
    lat: float | None = None
    lon: float | None = None
    role: str = "location"
    direction: str = ""
    distance_km: float | None = None
    anchor: str = ""
    confidence: float = 0.0
    flag: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


class CuratedTableError(ValueError):
    """A row of the curated places table is wrong; the message names the row."""


def place_key(text: str) -> str:
    """The matching key of a name: normalised letters, no marks or punctuation, single spaces."""
    return " ".join(_NON_WORD.sub(" ", _MARKS.sub("", normalize_for_matching(text))).split())


@functools.lru_cache(maxsize=200_000)
def clitic_variants(token: str) -> tuple[str, ...]:
    """The token and what remains after taking off و ف ب ل ك (لل → ال), longest first."""
    variants = [token]
    for prefix in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"):
        rest = token[len(prefix) :]
        if token.startswith(prefix) and len(rest) >= 2:
            variants.append(rest)
            if prefix.endswith("ل") and rest.startswith("ل"):
                variants.append("ا" + rest)
    return tuple(dict.fromkeys(variants))


def _row_place(row: Mapping[str, str], source: str) -> Place:
    kind = row["kind"]
    precision = int(row.get("precision") or PRECISION.get(kind, 1))
    return Place(
        name=row["name"],
        name_en=row.get("name_en", ""),
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


def read_curated(path: Path = CURATED) -> list[Place]:
    """The analyst's table, validated: bad coordinates or two rows placing one name far apart raise an error."""
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
    for place in read_curated():
        index.setdefault(place_key(place.name), []).append(place)
    curated_keys = set(index)
    with gzip.open(GAZETTEER, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["key"] in curated_keys and row["kind"] not in ("country", "capital"):
                continue
            index.setdefault(row["key"], []).append(_row_place(row, row["source"]))
    return index


@functools.cache
def common_words() -> dict[str, int]:
    """Words found in 30+ articles of the ANT news corpus, with their article counts (built with the gazetteer)."""
    with gzip.open(COMMON_WORDS, "rt", encoding="utf-8") as handle:
        return {w: int(n) for w, n in (line.split("\t") for line in handle.read().splitlines())}


def _small(place: Place) -> bool:
    """A place too small to be taken on its name alone."""
    return place.source != "curated" and place.kind not in ("country", "capital", "region") and place.population < SMALL


def _tokens(norm: str) -> list[tuple[int, int, str]]:
    """Arabic word tokens of normalised text: (start, end, key form)."""
    return [(m.start(), m.end(), _key_form(m.group(0))) for m in _TOKEN.finditer(norm)]


@functools.lru_cache(maxsize=65_536)
def _key_form(word: str) -> str:
    """A normalised word without its marks (cached: news repeats its words)."""
    return _MARKS.sub("", word)


@functools.lru_cache(maxsize=65_536)
def _name_starts(word: str) -> tuple[tuple[str, int], ...]:
    """The clitic variants of a key-form word that begin a gazetteer name, each with the most words such a
    name has (cached: most words begin none)."""
    first_words = _first_words()
    return tuple((v, first_words[v]) for v in clitic_variants(word) if v in first_words)


@functools.cache
def _first_words() -> dict[str, int]:
    """For each first word of a gazetteer key, the longest key (in words) that starts with it."""
    longest: dict[str, int] = {}
    for key in gazetteer():
        words = key.split()
        longest[words[0]] = max(longest.get(words[0], 0), min(len(words), MAX_WORDS))
    return longest


def find_places(text: str) -> list[PlaceMention]:
    """Every gazetteer name in ``text`` (longest match first), unresolved, with its candidates."""
    norm = normalize_letters(text)
    tokens = _tokens(norm)
    index = gazetteer()
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        match = None
        options = _name_starts(tokens[i][2])
        if not options:  # most words begin no place name
            i += 1
            continue
        for n in range(max((m for _, m in options), default=0), 0, -1):
            window = tokens[i : i + n]
            if len(window) < n or any(norm[a[1] : b[0]].strip() for a, b in itertools.pairwise(window)):
                continue  # past the end, or punctuation between words: not one name
            for variant, longest in options:
                if longest < n:
                    continue
                key = " ".join([variant, *(t[2] for t in window[1:])])
                if key in index and key not in GENERIC:
                    offset = len(window[0][2]) - len(variant)
                    match = (window[0][0] + max(offset, 0), window[-1][1], key, n)
                    break
            if match:
                break
        if match is None:
            i += 1
            continue
        start, end, key, n = match
        candidates = index[key]
        if not _cued(tokens, i) and (
            all(c.needs_cue for c in candidates) or _false_clitic(tokens[i][2], key, start != tokens[i][0])
        ):
            i += 1
            continue
        found.append(PlaceMention(start, end, text[start:end], key, candidates))
        i += n
    return found


def _false_clitic(surface: str, key: str, stripped: bool) -> bool:
    """True when taking a clitic off makes a place out of a word: فرانس (France 24) is not ف + رانس (Reims).

    A real clitic + place (وبنغازي) is rarer in news than the bare place (بنغازي); a word that only looks like
    one is more frequent with its first letter than without it.
    """
    if not stripped:
        return False
    counts = common_words()
    bare = counts.get(key.split()[0], 0)
    return counts.get(surface, 0) > max(bare, 0) and counts.get(surface, 0) >= 30


def _cued(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """True when the word before token ``i`` is a place word (مدينة، قرية، جنوب...)."""
    if i == 0:
        return False
    before = tokens[i - 1][2]
    return any(v in PLACE_CUES for v in clitic_variants(before))


def _score(place: Place, context: set[str]) -> float:
    """Plausibility of a candidate: context countries first, then size and type."""
    score = math.log10((COUNTRY_WEIGHT if place.kind == "country" else place.population) + 10)
    score += 4.0 if place.country in context else 0.0
    score += {"country": 4.0, "capital": 2.0, "region": 1.0}.get(place.kind, 0.0)
    score += 1.5 if place.source == "curated" else 0.0
    return score


def resolve(mentions: list[PlaceMention], text: str, extra_context: set[str] | None = None) -> list[PlaceMention]:
    """Pick a candidate for each mention, add precision, relative location and metonymic role."""
    context = set(extra_context or ())
    for m in mentions:
        countries = {c.country for c in m.candidates}
        solid = any(not _small(c) for c in m.candidates)
        named_countries = {c.country for c in m.candidates if c.kind == "country"}
        if named_countries:
            context |= named_countries  # لبنان is Lebanon, whatever small towns share the name
        elif len(countries) == 1 and solid:
            context |= countries
    norm = normalize_letters(text)
    kept = []
    for m in mentions:
        candidates = [c for c in m.candidates if not _small(c) or c.country in context]
        if not candidates:
            continue  # a village name abroad, with nothing in the article pointing there: a common word
        m.candidates = candidates
        kept.append(m)
    mentions = kept
    for m in mentions:
        ranked = sorted(m.candidates, key=lambda p: _score(p, context), reverse=True)
        best = ranked[0]
        m.place = best
        m.lat, m.lon = best.lat, best.lon
        m.precision = best.precision
        margin = _score(best, context) - _score(ranked[1], context) if len(ranked) > 1 else 10.0
        m.confidence = round(min(0.95, 0.5 + margin / 10), 2)
        if len(ranked) > 1 and margin < 1.0 and {p.country for p in ranked[:2]} != {best.country}:
            m.flag = f"ambiguous: also {ranked[1].name_en or ranked[1].name} ({ranked[1].country})"
        _relative_location(m, norm, text)
        _metonymy(m, norm)
    return mentions


def _relative_location(m: PlaceMention, norm: str, text: str) -> None:
    """جنوب درنة, على بعد 380 كيلومترا شرق بنغازي: keep the anchor, the direction and the distance."""
    left = norm[max(0, m.start - 60) : m.start]
    rel = _RELATIVE.search(left)
    if not rel or m.place is None:
        return
    words = rel.group("dir").split()
    direction = "".join(DIRECTIONS[w] for w in words if w in DIRECTIONS)
    direction = {"SE": "SE", "SW": "SW", "NE": "NE", "NW": "NW", "ES": "SE", "WS": "SW", "EN": "NE", "WN": "NW"}.get(
        direction, direction
    )
    m.anchor = m.place.name
    m.direction = direction
    m.start = m.start - len(left) + rel.start()
    m.surface = text[m.start : m.end]
    m.precision = max(2, m.place.precision)
    if rel.group("km"):
        km = float(rel.group("km").replace(",", "."))
        m.distance_km = km
        m.lat, m.lon = _offset(m.place.lat, m.place.lon, direction, km)


def _offset(lat: float, lon: float, direction: str, km: float) -> tuple[float, float]:
    """Move a point ``km`` towards a compass direction (N, S, E, W, NE...)."""
    dy = (("N" in direction) - ("S" in direction)) * km
    dx = (("E" in direction) - ("W" in direction)) * km
    if dx and dy:
        dx, dy = dx / math.sqrt(2), dy / math.sqrt(2)
    return round(lat + dy / 111.0, 4), round(lon + dx / (111.0 * math.cos(math.radians(lat))), 4)


def _metonymy(m: PlaceMention, norm: str) -> None:
    """A capital or country used as an actor (تتابع القاهرة، أعلنت مصر، واشنطن تتهم) gets role 'actor'."""
    if m.place is None or m.place.kind not in ("capital", "country") or m.direction:
        return
    if norm[m.start - 1 : m.start] in ("ب", "ل", "ك") or (m.start > 0 and norm[m.start - 1] not in ' \n"«('):
        return
    before = norm[max(0, m.start - 25) : m.start].split()
    after = norm[m.end : m.end + 25].split()
    if before and before[-1] in ("في", "من", "الي", "علي", "عن", "بين", "مع", "نحو", "داخل", "خارج"):
        return
    if (before and _VERBISH_BEFORE.match(before[-1])) or (after and re.match(rf"^ت[{AR}]{{3,}}$", after[0])):
        m.role = "actor"


def _unknown_places(text: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """Names after مدينة/بلدة/قرية/حي that the gazetteer lacks: listed unresolved, never dropped."""
    norm = normalize_letters(text)
    taken = [(m.start, m.end) for m in known]
    found = []
    for cue in re.finditer(
        rf"(?<![{AR}])[وفبل]?(?:مدينه|بلده|قريه|بلدات|قري)\s+(?P<name>[{AR}]{{3,}}(?:\s+[{AR}]{{3,}})?)", norm
    ):
        start, end = cue.span("name")
        name = norm[start:end]
        first = name.split()[0]
        if first.endswith(("يه", "يين", "يون")) or first.startswith(("لل", "ال" + "ت")):
            continue  # المدينة الساحلية، مدينة ليبية: an adjective, not a name
        if _MARKS.sub("", first) in common_words() or any(s < end and e > start for s, e in taken):
            continue  # مدينة إلى، بلده خارج: common words are not unknown names
        end = start + len(first)
        found.append(PlaceMention(start, end, text[start:end], place_key(first), [], flag="not in gazetteer"))
    return found


PLACE_COLUMNS = [
    "article_id", "start", "end", "text", "name", "name_en", "kind", "country", "lat", "lon", "precision",
    "role", "direction", "distance_km", "anchor", "source", "source_id", "confidence", "flag",
]  # fmt: skip


def place_mentions(article: Mapping[str, Any]) -> list[PlaceMention]:
    """All place mentions of one article, resolved, plus unresolved names listed as such."""
    text = str(article["text"])
    resolved = _outside_actors(resolve(find_places(text), text), text)
    return sorted(resolved + _unknown_places(text, resolved), key=lambda m: m.start)


def _outside_actors(mentions: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Drop place names that are (part of) a person's name (السراج، عمر المختار); mark those inside an
    organisation's name (مجلس شورى مجاهدي درنة، أنصار بيت المقدس) with role ``in_name``, kept but separable.

    The alias table and rules run on every sentence with a place; the NER model only on sentences where a
    place's first word, or the word before it, is a personal name (فايز السراج، عمر المختار).
    """
    if not mentions:
        return mentions
    from helpers.extract.actors import actor_spans_near
    from helpers.extract.ner import person_names

    names, norm = person_names(), normalize_letters(text)
    suspects = []
    for m in mentions:
        before = norm[max(0, m.start - 30) : m.start].split()
        first = m.key.split()[0] if m.key else ""
        if first in names or (before and before[-1] in names):
            suspects.append((m.start, m.end))
    spans = actor_spans_near(text, [(m.start, m.end) for m in mentions], use_model=False)
    spans += actor_spans_near(text, suspects) if suspects else []
    kept = []
    for m in mentions:
        covering = [(a, b, kind) for a, b, kind in spans if a <= m.start and m.end <= b]
        if any(kind == "person" for _, _, kind in covering):
            continue
        if any((b - a) > (m.end - m.start) + 2 for a, b, _ in covering):
            m.role = "in_name"
        kept.append(m)
    return kept


@register("place")
def extract_places(article: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The ``place`` extractor for ``python -m helpers extract``."""
    for m in place_mentions(article):
        p = m.place
        yield {
            "start": m.start,
            "end": m.end,
            "type": p.kind if p else "unknown",
            "canonical": (p.name + (f" / {p.name_en}" if p.name_en else "")) if p else m.surface,
            "value": f"{p.source}:{p.source_id}" if p else None,
            "lat": m.lat,
            "lon": m.lon,
            "confidence": m.confidence,
            "precision": m.precision,
            "role": m.role,
            "direction": m.direction or None,
            "distance_km": m.distance_km,
            "anchor": m.anchor or None,
            "country": p.country if p else None,
            "flag": m.flag or None,
        }


def place_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per place mention in ``articles`` (see PLACE_COLUMNS)."""
    rows = []
    for article in articles.to_dict("records"):
        for m in place_mentions(article):
            p = m.place or replace(_UNKNOWN, name=m.surface)
            rows.append(
                (
                    article["article_id"],
                    m.start,
                    m.end,
                    m.surface,
                    p.name,
                    p.name_en,
                    p.kind,
                    p.country,
                    m.lat,
                    m.lon,
                    m.precision,
                    m.role,
                    m.direction,
                    m.distance_km,
                    m.anchor,
                    p.source,
                    p.source_id,
                    m.confidence,
                    m.flag,
                )
            )
    return pd.DataFrame(rows, columns=PLACE_COLUMNS)


_UNKNOWN = Place("", "", math.nan, math.nan, "unknown", "", 0, "", "")


def place_summary(places: pd.DataFrame) -> pd.DataFrame:
    """One row per resolved place: mentions, articles, coordinates and precision, most mentioned first."""
    resolved = places[places["source"] != ""]
    if resolved.empty:
        return pd.DataFrame(
            columns=["name", "name_en", "kind", "country", "lat", "lon", "precision", "mentions", "articles"]
        )
    grouped = resolved.groupby(["source", "source_id"], as_index=False).agg(
        name=("name", "first"),
        name_en=("name_en", "first"),
        kind=("kind", "first"),
        country=("country", "first"),
        lat=("lat", "median"),
        lon=("lon", "median"),
        precision=("precision", "min"),
        mentions=("text", "size"),
        articles=("article_id", "nunique"),
    )
    return grouped.sort_values(["mentions", "articles"], ascending=False).reset_index(drop=True)


def needs_review(places: pd.DataFrame) -> pd.DataFrame:
    """Names not in the gazetteer or resolved with doubt: what the analyst may add to places_curated.csv."""
    flagged = places[places["flag"] != ""]
    return (
        flagged.groupby(["text", "flag"], as_index=False)
        .agg(mentions=("article_id", "size"), articles=("article_id", "nunique"), resolved_to=("name_en", "first"))
        .sort_values("mentions", ascending=False)
        .reset_index(drop=True)
    )
