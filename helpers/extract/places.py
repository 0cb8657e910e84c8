"""Places: find toponyms in Arabic text, resolve them to coordinates, and say how precise that is.

The gazetteer (``helpers/data/gazetteer.tsv.gz``, built by ``scripts/build_gazetteer.py``) is looked up
by a matching key; attached clitics are tried off (بدرنة → درنة, للقبة → القبة, وبنغازي → بنغازي).
Ambiguous names are resolved with the article's context: countries the article names win, then
population and feature type. Every mention gets an ACLED-style geo-precision: 1 a town, 2 near a town
or part of one, 3 a region or country. The analyst's table ``helpers/data/places_curated.csv`` adds
regions and features the gazetteers miss, and wins over them.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from helpers import config
from helpers.extract.article import Article
from helpers.extract.toponyms import discourse, evidence, lists, namesakes
from helpers.extract.toponyms.dateline import dateline_spans
from helpers.extract.toponyms.facilities import HEAD_WORDS, find_facilities
from helpers.extract.toponyms.mention import PlaceMention
from helpers.extract.toponyms.readings import (
    after_given_name,
    capital_of_country,
    clubs_throughout,
    false_clitic,
    homograph_reading,
    in_a_name,
    metonymy,
    phrase_reading,
    preposition_twice,
    sham_as_damascus,
    verb_reading,
)
from helpers.extract.toponyms.relative import relative_location
from helpers.extract.toponyms.senses import surname_reading
from helpers.extract.toponyms.subtown import unknown_places
from helpers.extract.toponyms.transliterated import transliterated_places
from helpers.extract.toponyms.variants import spelling_variants
from helpers.resources.gazetteer import (
    MACRO_KINDS,
    Place,
    common_words,
    first_words,
    gazetteer,
    place_rates,
)
from helpers.text.arabic import AR, MARK_CHARS, MARKS
from helpers.text.clitics import clitic_variants

__all__ = [
    "PLACE_COLUMNS", "PlaceMention", "find_and_resolve", "find_places", "place_rows", "resolve", "unknown_places",
]  # fmt: skip

REQUIRES = ("norm",)
ASSIGNS = ("places",)
_TOKEN = re.compile(f"[{AR}{MARK_CHARS}]+")
# Generic nouns that gazetteers list as names (المدينة = Medina, البلاد = a town in Yemen): never a toponym alone.
GENERIC = {"مدينه", "المدينه", "البلاد", "العاصمه", "المنطقه", "الولايه", "القريه", "البلده", "الميناء", "الجزيره",
           "الشرق", "الغرب", "الشمال", "الجنوب", "الساحل", "الوادي", "الجبل", "الصحراء"}  # fmt: skip
# A one-word name of a big city marked needs_cue passes without a place word when news mostly names it as a
# place (in a place slot in at least this share of its uses, over at least this many uses; its city this big),
# or often does and a spatial preposition stands right before it (a town of 50,000: when news mostly does).
MOSTLY_A_PLACE, OFTEN_A_PLACE, MOSTLY_A_PLACE_SEEN, MOSTLY_A_PLACE_CITY = 0.4, 0.25, 100, 200_000
MOSTLY_A_PLACE_TOWN = 50_000
_STOPS = re.compile(r"[.\n]")
_QUOTES = " \t\"'«»“”"  # may stand between a place word and its name (مدينة "درنة")


def _small(place: Place) -> bool:
    """A place too small to be taken on its name alone."""
    small = config.extraction_settings().small_place_population
    return place.source != "curated" and place.kind not in ("country", "capital", "region") and place.population < small


def _big(place: Place) -> bool:
    """A capital, a country or a city of a million: a namesake needs more than the article's country to win."""
    return place.kind in ("capital", "country") or place.population >= evidence.BIG_CITY


_KEY = operator.itemgetter(2)  # a token's key form


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
    starts = list(map(_name_starts, map(_KEY, tokens)))
    free = 0  # the first token not inside a name found
    for i in itertools.compress(range(len(tokens)), starts):  # most words begin no place name
        if i < free:
            continue
        match = None
        options = starts[i]
        window = tokens[i : i + max(m for _, m in options)]
        reach = 1  # how many of the window's words follow each other with nothing but white space between
        while reach < len(window) and not norm[window[reach - 1][1] : window[reach][0]].strip():
            reach += 1
        following = [t[2] for t in window[1:reach]]
        for n in range(reach, 0, -1):  # more words than that: punctuation between words, not one name
            for variant, longest in options:
                if longest < n:
                    continue
                key = " ".join([variant, *following[: n - 1]])
                if key in index and key not in GENERIC:
                    offset = len(window[0][2]) - len(variant)
                    match = (window[0][0] + max(offset, 0), window[n - 1][1], key, n)
                    break
            if match:
                break
        if match is None:
            continue
        start, end, key, n = match
        candidates = index[key]
        cued = _cued(tokens, i, norm, text) or namesakes.her_nationality_after(
            tokens, i + n, norm, candidates, tokens[i - 1][2] if i else ""
        )
        listed = bool(found) and tokens[i][2][:1] == "و" and not norm[found[-1].end : tokens[i][0]].strip()
        if homograph_reading(key, tokens, i, norm, text, cued or listed) or phrase_reading(tokens, i, key):
            continue  # سيارة طراز، بربك، خلق مشهد، مسقط رأسه: an ordinary word (not عدن ولحج وأبين: a list)
        if not cued and (
            (all(c.needs_cue for c in candidates) and not _mostly_a_place(key, candidates, tokens, i, norm))
            or key in HEAD_WORDS
            or false_clitic(tokens[i][2], key, start != tokens[i][0], norm, tokens[i][0])
            or preposition_twice(tokens, i, start)
            or verb_reading(tokens, i, key, candidates)
            or (
                all(c.country not in FOCUS_COUNTRIES for c in candidates)
                and surname_reading(tokens, i, norm, candidates, start != tokens[i][0])
            )
        ):
            continue  # حصار، معسكر (a camp, not Mascara), فرانس، وكسرت، اللواتي عدن، جون ريتشاردسون: not places here
        mention = PlaceMention(start, end, text[start:end], key, list(candidates), extra={"cued": cued})
        after_place = bool(found) and not norm[found[-1].end : start].strip()  # الرياض وجدة: a list of places
        namesakes.add_shorter_reading(
            mention, index, window[0][2] == key.split()[0], window[1][0] if n > 1 else end, GENERIC, after_place
        )
        found.append(mention)
        free = i + n
    return found


def _mostly_a_place(key: str, candidates: list[Place], tokens: list[tuple[int, int, str]], i: int, norm: str) -> bool:
    """True when ``key`` names a big city (``MOSTLY_A_PLACE_CITY`` people or more) that news names as a place more
    often than not, so it needs no place word before it: القدس and الحديدة stand in a place slot in about half
    their uses or more, while ليفربول and ميلان (clubs) almost never do; السجن and الحدود often do, but as nouns
    (their namesakes are villages). Right after a spatial preposition, a city in a place slot a quarter of the
    time (غزة, mostly after قطاع) passes, and so does a town of ``MOSTLY_A_PLACE_TOWN`` people named as a place
    more often than not (في دوما)."""
    seen, in_slot = place_rates().get(key, (0, 0))
    size = max(c.population for c in candidates)
    if seen < MOSTLY_A_PLACE_SEEN or size < MOSTLY_A_PLACE_TOWN:
        return False
    share = in_slot / seen
    if share >= MOSTLY_A_PLACE and size >= MOSTLY_A_PLACE_CITY:
        return True
    if share < OFTEN_A_PLACE or i == 0 or norm[tokens[i - 1][1] : tokens[i][0]].strip():
        return False
    before = tokens[i - 1][2]
    after_preposition = before in evidence.SPATIAL or (before[1:] in evidence.SPATIAL and before[0] in "وف")
    return after_preposition and (size >= MOSTLY_A_PLACE_CITY or share >= MOSTLY_A_PLACE)


def _cued(tokens: list[tuple[int, int, str]], i: int, norm: str, text: str = "") -> bool:
    """True when the word before token ``i`` is a place word (مدينة، قرية، جنوب...), or token ``i`` is a later
    member (و or a comma before it) of a list after a dual or plural place word (مديريتي التحيتا والدريهمي،
    محافظات الحديدة وصعدة والجوف)."""
    if i == 0 or MARKS.sub("", norm[tokens[i - 1][1] : tokens[i][0]]).strip(_QUOTES):
        return _listed(tokens, i, norm)  # جزيرة، إنه: punctuation (not a quote) between a place word and a name
    cue = any(v in evidence.PLACE_CUES for v in clitic_variants(tokens[i - 1][2]))  # not وأدى إلى (led to)
    return (cue and not evidence.verb_cue(text, tokens[i - 1])) or _listed(tokens, i, norm)


_LIST_REACH = 5  # words back from a list's later member to its plural place word
_LIST_FIRST_COMMON = 200  # articles: a list's first member in more is an ordinary word (التحيتا is in 150)


def _listed(tokens: list[tuple[int, int, str]], i: int, norm: str) -> bool:
    """Whether token ``i`` continues a list opened by a dual or plural place word (``evidence.LIST_CUES``): it
    has و or a comma before it (not both: "، و" opens a new clause), only words, quotes, و and commas stand
    between it and that place word, and the word right after the place word is a name or a rare word."""
    gap = MARKS.sub("", norm[tokens[i - 1][1] : tokens[i][0]]).strip(_QUOTES) if i else ""
    if i == 0 or not (tokens[i][2].startswith("و") or gap in ("،", ",")):
        return False
    if tokens[i][2].startswith("و") and gap in ("،", ","):
        return False  # مدن كثيرة، والخبر الذي: a comma then و starts a new clause
    for j in range(i - 1, max(-1, i - 1 - _LIST_REACH), -1):
        if any(v in evidence.LIST_CUES for v in clitic_variants(tokens[j][2])):
            return j + 1 < i and _name_or_rare(tokens[j + 1][2])
        if tokens[i][2].startswith("و") and i - j <= 3 and _DISTRICT.match(tokens[j][2]):
            return j + 1 < i and tokens[j + 1][2] in _PARTICLES  # منطقة رأس عيسى والصليف: two places of one area
        between = MARKS.sub("", norm[tokens[j - 1][1] : tokens[j][0]]).strip(_QUOTES + "،,") if j else "."
        if between:
            return False  # a full stop or a bracket: the list ended
    return False


# A singular district word whose two-word name (رأس عيسى، جبل حبشي) may be followed by a second place with و.
_DISTRICT = re.compile(r"^[وفب]?(?:منطقه|مديريه|ناحيه)$")
_PARTICLES = frozenset({"راس", "جبل", "وادي", "عين", "بئر", "بيت", "بني", "دار", "سوق", "باب", "كفر", "دير", "تل"})


def _name_or_rare(word: str) -> bool:
    """Whether a list's first member may be a place: a gazetteer name, or a word rare in news (التحيتا), not
    an ordinary word (مناطق الإنتاج، مدن كثيرة)."""
    return bool(_name_starts(word)) or common_words().get(word, 0) < _LIST_FIRST_COMMON


# The Arab world and its neighbours: Arabic news names their places most (a small bonus when candidates tie).
FOCUS_COUNTRIES = frozenset({
    "LY", "EG", "TN", "DZ", "MA", "MR", "SD", "SY", "IQ", "YE", "SA", "AE", "QA", "KW", "BH", "OM",
    "JO", "LB", "PS", "SO", "DJ", "KM", "IL", "TD", "NE", "ML", "TR", "IR",
})  # fmt: skip


def _score(place: Place, context: Counter, sentence: set[str], big_rival: bool = False) -> float:
    """Plausibility of a candidate: the article's countries (named elsewhere, most named, in the same sentence;
    less, and no sentence bonus, for a namesake of a capital or a city of a million: موسكو وواشنطن is not
    Mesquite, Texas), then size and type."""
    weight = config.extraction_settings().country_weight if place.kind == "country" else place.population
    score = math.log10(weight + 10)
    if place.country and place.country in context and big_rival and not _big(place):
        score += 3.0  # a namesake needs more than the article's country to beat a capital (London KY, Mesquite TX)
    elif place.country and place.country in context:
        score += 5.0 + (2.0 if context[place.country] == max(context.values()) else 0.0)
    score += 3.0 if place.country in sentence and place.country and not (big_rival and not _big(place)) else 0.0
    score += 1.0 if place.country in FOCUS_COUNTRIES else 0.0
    score += {"country": 4.0, "capital": 2.0}.get(place.kind, 1.0 if place.kind in MACRO_KINDS else 0.0)
    score += 1.5 if place.source == "curated" else 0.0
    return score


def _anchor_countries(m: PlaceMention, capitals: bool = True) -> set[str]:
    """The countries a mention vouches for on its own: a country name, a sizeable place of one country only, or a
    capital or a city of a million whose namesakes are all small."""
    if any(c.source == "curated" for c in m.candidates) and len({c.country for c in m.candidates}) > 1:
        return set()  # الصحراء الغربية: the analyst listed more than one referent, the context must decide
    named = {c.country for c in m.candidates if c.kind == "country"}
    if named:
        return named
    countries = {c.country for c in m.candidates if c.country}
    if len(countries) == 1 and any(not _small(c) for c in m.candidates):
        return countries
    big = {c.country for c in m.candidates if _big(c) and c.country} if capitals else set()
    if len(big) == 1 and all(_small(c) for c in m.candidates if c.country not in big):
        return big  # الرياض: the Saudi capital, whatever villages of Iraq or Egypt share its name
    return set()


def _keep_countries(m: PlaceMention) -> None:
    """A country name is the country, whatever villages share it (لبنان), unless the analyst listed others;
    another country's capital of the same name stays a rival (عمان: Oman or Amman, ``toponyms.namesakes``)."""
    if any(c.kind == "country" for c in m.candidates) and not any(c.source == "curated" for c in m.candidates):
        rivals = namesakes.rivals(m.candidates)
        m.candidates = [c for c in m.candidates if c.kind == "country" or (rivals and c.kind == "capital")]


def _needs_evidence(m: PlaceMention) -> bool:
    """An ambiguous name (``toponyms.evidence``), or one word naming only small towns far from the Arab world
    (مايكل روجرز is not Rogers, Arkansas): neither is a place on its name alone."""
    if evidence.ambiguous(m.key, m.candidates):
        return True
    far_and_small = all(_small(c) and c.country not in FOCUS_COUNTRIES for c in m.candidates)
    return " " not in m.key and bool(m.candidates) and far_and_small


def _evident(m: PlaceMention, norm: str, context: Counter, known: list[Place], neighbours: set[int]) -> bool:
    """Whether an ambiguous name has the evidence it needs to be a place (``toponyms.evidence``)."""
    window = norm[max(0, m.start - 40) : m.end]
    tokens = _tokens(window)
    words = [t[2] for t in tokens]
    i = len(words) - 1
    if i > 0 and MARKS.sub("", window[tokens[i - 1][1] : tokens[i][0]]).strip(_QUOTES):
        words = words[i:]  # punctuation before the name: the word before it says nothing about it
        i = 0
    word_start = max(norm.rfind(" ", 0, m.start), norm.rfind("\n", 0, m.start)) + 1
    written = _key_form(norm[word_start : m.end])
    attached = written[: len(written) - len(m.key)] if written.endswith(m.key) else written[:1]
    if evidence.cue_before(words, i) or id(m) in neighbours:
        return True
    if not attached.startswith("و") and evidence.adjective_after_definite(words, i, m.key):
        return False
    return evidence.preposition_before(words, i, attached) and any(
        c.country in context or evidence.near_known(c, known) or (c.kind in MACRO_KINDS and not c.country)
        for c in m.candidates
    )  # إلى القبة with Libya in the article; إلى أوروبا (a region of no one country)


def _named_before(m: PlaceMention, placed: set[str], norm: str) -> bool:
    """Whether a far small town's name with no cue here is a place the article names after a place word elsewhere
    (في مدينة فيرغسون ... وكانت فيرغسون شهدت): one sense per article (a preposition is not enough: عن دارين).
    Not for a name that is an ordinary word too (الخبر: Khobar or the news, in ``_WORD_OF_NEWS`` articles or more),
    nor after a given name (المدرب أليكس فيرغسون: a surname)."""
    return m.key in placed and common_words().get(m.key, 0) < _WORD_OF_NEWS and not after_given_name(norm, m.start)


_WORD_OF_NEWS = 30  # articles of ANT: a name in more is an ordinary word too (الخبر in 171)


def _coordinated(mentions: list[PlaceMention], norm: str, ambiguous: set[int]) -> set[int]:
    """Ambiguous mentions joined by و to a mention that is not ambiguous (الجفرة والقبة), or by a comma inside a
    list of three or more (درنة، القبة والبيضاء). A lone comma is no list: "في درنة، الباب أمام..." (the door)."""
    joins = []
    for a, b in itertools.pairwise(mentions):
        gap = norm[a.end : b.start].strip()
        joins.append("و" if gap == "و" or (not gap and norm[b.start - 1 : b.start] == "و") else
                     "," if gap in ("،", ",") else "")  # fmt: skip
    out = set()
    for k, (a, b) in enumerate(itertools.pairwise(mentions)):
        if not joins[k] or (joins[k] == "," and not any(joins[j] for j in (k - 1, k + 1) if 0 <= j < len(joins))):
            continue  # a comma joins a list only with a third member right before or after the pair
        if id(a) in ambiguous and id(b) not in ambiguous:
            out.add(id(a))
        if id(b) in ambiguous and id(a) not in ambiguous:
            out.add(id(b))
    return out


def resolve(
    mentions: list[PlaceMention], text: str, norm: str, extra_context: set[str] | None = None
) -> list[PlaceMention]:
    """Pick a candidate for each mention, add precision, relative location and metonymic role. Ambiguous names
    (``toponyms.evidence``) without evidence are dropped; candidates in the article's countries win."""
    for m in mentions:
        _keep_countries(m)
    anchors = {id(m): _anchor_countries(m) for m in mentions}
    context: Counter = Counter(extra_context or ())
    for found in anchors.values():
        context.update(found)
    rivalled = [m for m in mentions if namesakes.rivals(m.candidates)]
    unsure = {id(m) for m in mentions if _needs_evidence(m) and not m.extra.get("cued")}
    needed = rivalled or unsure or any(_small(c) for m in mentions for c in m.candidates)
    adjectives = namesakes.adjective_countries(norm) if needed else Counter()
    for m in rivalled:
        m.candidates = namesakes.chosen(m.candidates, norm, m.start, context - Counter(anchors[id(m)]), adjectives)
    neighbours = _coordinated(mentions, norm, unsure)
    # Evidence comes from the names that need none: an ambiguous word vouches neither for itself (الأم naming
    # Ilam, Iran, "near" Ilam) nor for another ambiguous word.
    sure_context: Counter = Counter(extra_context or ()) + adjectives  # الفلسطينيين: the article is about Palestine
    for m in mentions:
        if id(m) not in unsure:
            sure_context.update(anchors[id(m)])
    sure_known = [p for m in mentions if id(m) not in unsure and anchors[id(m)] for p in m.candidates[:1]
                  if p.kind != "country"]  # fmt: skip
    # A name that is an ordinary word of news too (الخبر: Khobar or the news) needs a country named, not only a
    # capital: an article on Riyadh says "في الخبر" (in the report) as often as it names Khobar.
    strict: Counter = Counter(extra_context or ()) + adjectives
    for m in mentions:
        if id(m) not in unsure:
            strict.update(_anchor_countries(m, capitals=False))
    evident = {
        id(m)
        for m in mentions
        if id(m) in unsure
        and _evident(
            m, norm, strict if common_words().get(m.key, 0) >= _WORD_OF_NEWS else sure_context, sure_known, neighbours
        )
    }
    placed = {m.key for m in mentions if m.extra.get("cued")}
    kept = []
    for m in mentions:
        if id(m) in unsure and id(m) not in evident and not _named_before(m, placed, norm):
            continue  # سلطات، الخبر، الخمس سنوات: an ordinary word here
        candidates = [c for c in m.candidates if not _small(c) or c.country in context or c.country in adjectives]
        if not candidates:
            continue  # a village name abroad, with nothing in the article pointing there: a common word
        m.candidates = candidates
        kept.append(m)
    sentence_of = _sentence_ids(norm)
    by_sentence: dict[int, Counter] = {}
    for m in kept:
        by_sentence.setdefault(sentence_of(m.start), Counter()).update(anchors[id(m)])
    for m in kept:
        own = context - Counter(anchors[id(m)])
        sentence = set(by_sentence[sentence_of(m.start)] - Counter(anchors[id(m)]))
        big = any(c.kind == "capital" or c.population >= evidence.BIG_CITY for c in m.candidates)
        scores = {id(p): _score(p, own, sentence, big) for p in m.candidates}
        ranked = sorted(m.candidates, key=lambda p: scores[id(p)], reverse=True)
        best = ranked[0]
        if id(best) in m.extra.get("shorter", {}):  # و + جدة, not وجدة: the mention is the shorter name
            m.start, m.key = m.extra["shorter"][id(best)]
            m.surface = text[m.start : m.end]
        m.place = best
        m.lat, m.lon = best.lat, best.lon
        m.precision = best.precision
        margin = scores[id(best)] - scores[id(ranked[1])] if len(ranked) > 1 else 10.0
        m.confidence = round(min(0.95, 0.5 + margin / 10), 2)
        if len(ranked) > 1 and margin < 1.0 and {p.country for p in ranked[:2]} != {best.country}:
            m.flag = f"ambiguous: also {ranked[1].name_en or ranked[1].name} ({ranked[1].country})"
        capital_of_country(m, norm, text)
        sham_as_damascus(m, norm, context)
        relative_location(m, norm, text)
        metonymy(m, norm)
        in_a_name(m, norm)
    lists.one_country_per_list(kept, norm)  # نوى وكحيل والمسيفرة: a list's towns lie in one country
    clubs_throughout(kept, norm)
    datelines = dateline_spans(norm) if "(" in norm else []
    for m in kept:
        if any(start <= m.start and m.end <= end for start, end in datelines):
            m.role = "dateline"  # دبي، الإمارات (CNN) –: where the story was filed, not where it happened
    return kept


def _sentence_ids(norm: str):
    """A function giving the sentence number (counted by full stops and line breaks) of an offset."""
    stops = [m.start() for m in _STOPS.finditer(norm)]
    return lambda offset: bisect.bisect_left(stops, offset)


PLACE_COLUMNS = [
    "article_id", "start", "end", "text", "name", "name_en", "kind", "country", "lat", "lon", "precision",
    "role", "direction", "distance_km", "anchor", "source", "source_id", "confidence", "flag",
]  # fmt: skip


_UNKNOWN = Place("", "", math.nan, math.nan, "unknown", "", 0, "", "")


def find_and_resolve(article: Article) -> None:
    """The places component: gazetteer names of the article, resolved in its context, towns the gazetteer lacks
    found by their Latin names in a place slot (``toponyms.transliterated``), big cities spelt with other inner
    vowels (``toponyms.variants``: كولالمبور), then facilities and sub-city places (HEAD + name) which replace the
    place names inside them (``reconcile`` later drops places inside a person's name, adds names after مدينة)."""
    mentions = resolve(find_places(article.text, article.norm), article.text, article.norm)
    mentions = discourse.homographs_named_elsewhere(mentions, article.text, article.norm)  # one sense per article
    mentions = sorted(mentions + transliterated_places(article.text, article.norm, mentions), key=lambda m: m.start)
    mentions = sorted(mentions + spelling_variants(article.text, article.norm, mentions), key=lambda m: m.start)
    article.places = with_facilities(mentions, article.text, article.norm)


def with_facilities(mentions: list[PlaceMention], text: str, norm: str) -> list[PlaceMention]:
    """``mentions`` plus the facilities of the text, without the towns and regions inside a facility's name (a
    country stays: القنصلية السعودية names Saudi Arabia too)."""
    found = find_facilities(text, norm, mentions)
    if not found:
        return mentions
    inside = {id(m) for f in found for m in f.extra.pop("inner", ())}
    kept = [m for m in mentions if id(m) not in inside]
    return sorted(kept + found, key=lambda m: m.start)


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
