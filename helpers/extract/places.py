"""Places: find toponyms in Arabic text, resolve them to coordinates, and say how precise that is.

The gazetteer (``helpers/data/gazetteer.tsv.gz``, built by ``scripts/build_gazetteer.py``) is looked up
by a matching key; attached clitics are tried off (بدرنة → درنة, للقبة → القبة, وبنغازي → بنغازي).
Ambiguous names are resolved with the article's context: countries the article names win, then
population and feature type. Every mention gets an ACLED-style geo-precision: 1 a town, 2 near a town
or part of one, 3 a region or country. The analyst's table ``helpers/data/places_curated.csv`` adds
regions and features the gazetteers miss, and wins over them.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from helpers import config
from helpers.extract.article import Article
from helpers.resources.gazetteer import Place, common_words, first_words, gazetteer, place_key
from helpers.text.arabic import AR, MARK_CHARS, MARKS
from helpers.text.clitics import clitic_variants
from helpers.text.spans import SpanIndex

REQUIRES = ("norm",)
ASSIGNS = ("places",)
_TOKEN = re.compile(f"[{AR}{MARK_CHARS}]+")
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


def _small(place: Place) -> bool:
    """A place too small to be taken on its name alone."""
    small = config.extraction_settings().small_place_population
    return place.source != "curated" and place.kind not in ("country", "capital", "region") and place.population < small


def _tokens(norm: str) -> list[tuple[int, int, str]]:
    """Arabic word tokens of normalised text: (start, end, key form)."""
    return [(m.start(), m.end(), _key_form(m.group(0))) for m in _TOKEN.finditer(norm)]


@functools.lru_cache(maxsize=65_536)
def _key_form(word: str) -> str:
    """A normalised word without its marks (cached: news repeats its words)."""
    return MARKS.sub("", word)


@functools.lru_cache(maxsize=65_536)
def _name_starts(word: str) -> tuple[tuple[str, int], ...]:
    """The clitic variants of a key-form word that begin a gazetteer name, each with the most words such a
    name has (cached: most words begin none)."""
    starts = first_words(config.extraction_settings().max_place_words)
    return tuple((v, starts[v]) for v in clitic_variants(word) if v in starts)


def find_places(text: str, norm: str) -> list[PlaceMention]:
    """Every gazetteer name in ``text`` (longest match first), unresolved, with its candidates; ``norm`` is
    ``normalize_letters(text)``."""
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
    weight = config.extraction_settings().country_weight if place.kind == "country" else place.population
    score = math.log10(weight + 10)
    score += 4.0 if place.country in context else 0.0
    score += {"country": 4.0, "capital": 2.0, "region": 1.0}.get(place.kind, 0.0)
    score += 1.5 if place.source == "curated" else 0.0
    return score


def resolve(
    mentions: list[PlaceMention], text: str, norm: str, extra_context: set[str] | None = None
) -> list[PlaceMention]:
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


def unknown_places(text: str, norm: str, known: list[PlaceMention]) -> list[PlaceMention]:
    """Names after مدينة/بلدة/قرية/حي that the gazetteer lacks: listed unresolved, never dropped."""
    taken = SpanIndex((m.start, m.end) for m in known)
    found = []
    for cue in re.finditer(
        rf"(?<![{AR}])[وفبل]?(?:مدينه|بلده|قريه|بلدات|قري)\s+(?P<name>[{AR}]{{3,}}(?:\s+[{AR}]{{3,}})?)", norm
    ):
        start, end = cue.span("name")
        name = norm[start:end]
        first = name.split()[0]
        if first.endswith(("يه", "يين", "يون")) or first.startswith(("لل", "ال" + "ت")):
            continue  # المدينة الساحلية، مدينة ليبية: an adjective, not a name
        if MARKS.sub("", first) in common_words() or taken.overlaps(start, end):
            continue  # مدينة إلى، بلده خارج: common words are not unknown names
        end = start + len(first)
        found.append(PlaceMention(start, end, text[start:end], place_key(first), [], flag="not in gazetteer"))
    return found


PLACE_COLUMNS = [
    "article_id", "start", "end", "text", "name", "name_en", "kind", "country", "lat", "lon", "precision",
    "role", "direction", "distance_km", "anchor", "source", "source_id", "confidence", "flag",
]  # fmt: skip


_UNKNOWN = Place("", "", math.nan, math.nan, "unknown", "", 0, "", "")


def find_and_resolve(article: Article) -> None:
    """The places component: gazetteer names of the article, resolved in its context (``reconcile`` later
    drops those inside a person's name and adds the names after مدينة/قرية the gazetteer lacks)."""
    article.places = resolve(find_places(article.text, article.norm), article.text, article.norm)


def place_rows(article: Article) -> Iterator[tuple]:
    """The article's rows of the ``places`` table (columns ``PLACE_COLUMNS``)."""
    for m in article.places:
        p = m.place or replace(_UNKNOWN, name=m.surface)
        yield (
            article.article_id, m.start, m.end, m.surface, p.name, p.name_en, p.kind, p.country, m.lat, m.lon,
            m.precision, m.role, m.direction, m.distance_km, m.anchor, p.source, p.source_id, m.confidence, m.flag,
        )  # fmt: skip


def place_mention_fields(m: PlaceMention) -> dict[str, Any]:
    """The fields of one place mention in ``python -m helpers extract`` output."""
    p = m.place
    return {
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
