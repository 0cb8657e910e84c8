"""A country that shares its name with another country's capital (عمان: Oman, and Amman in Jordan): which one
the article means.

- A word right before the name decides: سلطنة (the Sultanate) is the country; a nationality adjective (العاصمة
  الأردنية عمان) is the place of that nationality.
- Else the article does: its other places' countries and its nationality adjectives (الأردنية، الأردنيين) are
  counted for each reading, and the larger count wins (a Jordan story with عمان is about Amman; مسقط or the
  Gulf countries' names make it Oman).
- Else the country, as before.

And a name that is another name shortened (وجدة and و + جدة; مدينة زنجبار and زنجبار) lets both readings compete.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from helpers.extract.toponyms.mention import PlaceMention
from helpers.resources.actor_tables import nationalities
from helpers.resources.gazetteer import Place
from helpers.text.normalize import name_key

_SULTANATE = re.compile(r"(?:^|\s)[وفبل]?(?:ال)?سلطن[هة]\s*$")


def rivals(candidates: list[Place]) -> bool:
    """Whether the candidates hold a country and a capital of another country."""
    countries = {c.country for c in candidates if c.kind == "country"}
    return bool(countries) and any(c.kind == "capital" and c.country not in countries for c in candidates)


def adjective_countries(norm: str) -> Counter:
    """How often each country's nationality adjective occurs in the text (الأردنية، الأردنيين → JO)."""
    return Counter(dict(_adjective_counts(norm)))


@functools.lru_cache(maxsize=64)
def _adjective_counts(norm: str) -> tuple[tuple[str, int], ...]:
    """``adjective_countries`` of a text, cached (the places layer asks for one article's several times)."""
    counts: Counter = Counter()
    for word, n in Counter(norm.split()).items():  # each distinct word looked up once
        code = _word_country(word)
        if code:
            counts[code] += n
    return tuple(counts.items())


@functools.lru_cache(maxsize=131_072)
def _word_country(word: str) -> str:
    """The country of a word that is a nationality adjective (الأردنية → JO), else "" (cached: news repeats its
    words)."""
    nat = nationalities().get(name_key(word))
    return nat.country if nat is not None else ""


# Heads of a medium's or a firm's name (وكالة مهر الإيرانية، قناة دجلة العراقية، وكالة صفا الفلسطينية): the adjective
# after the name describes the medium, not a town.
_MEDIA_HEADS = frozenset({"وكاله", "صحيفه", "قناه", "شركه", "مجله", "اذاعه", "شبكه", "موقع", "جريده", "فضائيه"})


def her_nationality_after(
    tokens: list[tuple[int, int, str]], j: int, norm: str, candidates: list[Place], before: str = ""
) -> bool:
    """Whether token ``j`` (right after a name, nothing but a space between) is the definite feminine nationality
    adjective of a country one of the name's places is in (مرسيليا الفرنسية، أكدة السورية: a town, feminine in
    Arabic; not نادي مرسيليا الفرنسي, a club): the adjective places the name as a place word before it would. Not
    after a definite noun (الثورة السورية، الحكومة اليمنية) nor an indefinite adjective (طائرات حربية سعودية)."""
    if j >= len(tokens) or tokens[j - 1][2].startswith(("ال", "وال")) or norm[tokens[j - 1][1] : tokens[j][0]] != " ":
        return False
    if before in _MEDIA_HEADS or (before[:1] in "ولب" and before[1:] in _MEDIA_HEADS):  # وكالة، لوكالة
        return False
    if not (tokens[j][2].startswith("ال") and tokens[j][2].endswith("يه")):
        return False
    code = _word_country(tokens[j][2])
    return bool(code) and any(c.country == code for c in candidates)


def chosen(candidates: list[Place], norm: str, start: int, context: Counter, adjectives: Counter) -> list[Place]:
    """The candidates of the reading the article means (see the module docstring)."""
    country = next(c for c in candidates if c.kind == "country")
    capitals = [c for c in candidates if c.kind == "capital" and c.country != country.country]
    before = norm[max(0, start - 40) : start]
    if _SULTANATE.search(before):
        return [country]
    words = before.split()[-2:]
    for word in reversed(words):
        nat = nationalities().get(name_key(word))
        if nat is not None and nat.country == country.country:
            return [country]
        if nat is not None and any(c.country == nat.country for c in capitals):
            return [c for c in capitals if c.country == nat.country]
    votes = {c.country: context[c.country] + adjectives[c.country] for c in [country, *capitals]}
    best = max(votes, key=lambda code: (votes[code], code == country.country))
    return [country] if best == country.country else [c for c in capitals if c.country == best]


_CITY_WORD = "مدينه "


def add_shorter_reading(
    m: PlaceMention, index: dict, whole_word: bool, second_word: int, generic: set[str], after_place: bool
) -> None:
    """Add the candidates of a shorter reading of a name that is a gazetteer name of its own too, to compete with
    it in ``places.resolve``: و + a place (وجدة: Oujda, or و + جدة, Jeddah), and a town named after مدينة
    (مدينة زنجبار: Zanzibar City, or the town of Zinjibar); ``generic`` words are never a place alone.
    ``m.extra["shorter"]`` maps a candidate's id to where its reading starts and its key. و + a place only after
    another place (الرياض وجدة: a list; في وجدة is Oujda); never a country for مدينة (مدينة الكويت is the city)."""
    if (
        whole_word
        and after_place
        and " " not in m.key
        and m.key.startswith("و")
        and m.key[1:] in index
        and m.key[1:] not in generic
    ):
        shorter, at = m.key[1:], m.start + 1
    elif m.key.startswith(_CITY_WORD) and m.key[len(_CITY_WORD) :] in index:
        shorter, at = m.key[len(_CITY_WORD) :], second_word
    else:
        return
    others = [c for c in index[shorter] if c not in m.candidates and c.kind != "country"]
    m.candidates.extend(others)
    m.extra["shorter"] = {id(c): (at, shorter) for c in others}
