"""One country per list of places: the towns of one list joined by و or commas (مدن وبلدات نوى وكحيل والسهوة
والمسيفرة وطفس وبصرى الشام) lie in one country. A member whose chosen namesake lies elsewhere (نوى: Nawa, Egypt;
الجيزة: Al Jizah, Jordan) takes its namesake in the country that at least ``LIST_AGREEING`` members of the list
name on their own (a country, or a place of that country only) more than any other, when it has one; with none it
keeps its choice. Words the gazetteer lacks may stand between two members as members of their own (وكحيل
والسهوة وأم المياذن: each starts with و, one or two words long).
A country or a capital is never re-read: «دمشق وعمان» is a list of capitals of two countries.
"""

from __future__ import annotations

import itertools
from collections import Counter

from helpers.extract.toponyms.mention import PlaceMention

LIST_AGREEING = 1  # list members naming one country on their own (more than any other): the list's country
MEMBER_WORDS = 2  # words of a list member the gazetteer lacks (وأم المياذن)
MAX_GAP_WORDS = 8  # words between two named members of one list


def _runs(mentions: list[PlaceMention], norm: str) -> list[list[PlaceMention]]:
    """Runs of mentions joined by و (written alone or on the next name) or by a comma, nothing else between."""
    runs: list[list[PlaceMention]] = []
    for a, b in itertools.pairwise(mentions):
        gap = norm[a.end : b.start].strip()
        joined = gap in ("و", "،", ",") or (not gap and norm[b.start - 1 : b.start] == "و") or _unnamed_members(gap)
        if joined and runs and runs[-1][-1] is a:
            runs[-1].append(b)
        elif joined:
            runs.append([a, b])
    return runs


def _unnamed_members(gap: str) -> bool:
    """Whether the text between two named members is more members the gazetteer lacks: words in groups that each
    start with و, ``MEMBER_WORDS`` words at most (وكحيل والسهوة وأم المياذن و)."""
    words = gap.replace("،", " ").split()
    if not words or len(words) > MAX_GAP_WORDS or not words[0].startswith("و"):
        return False
    member = 0
    for word in words:
        member = 1 if word.startswith("و") else member + 1
        if member > MEMBER_WORDS:
            return False
    return True


def _own_country(m: PlaceMention) -> str:
    """The country a mention names whatever its reading: all its candidates lie in one country, else ''."""
    countries = {c.country for c in m.candidates if c.country}
    return countries.pop() if len(countries) == 1 else ""


def list_country(run: list[PlaceMention]) -> str:
    """The country at least ``LIST_AGREEING`` members of a run name on their own, else ''."""
    votes = Counter(c for c in map(_own_country, run) if c)
    if not votes:
        return ""
    ranked = votes.most_common(2)
    (country, n), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    return country if n >= LIST_AGREEING and n > runner_up else ""


def one_country_per_list(mentions: list[PlaceMention], norm: str) -> None:
    """Re-read, in place, a list member resolved outside its list's country when it has a namesake there
    (the most populous one)."""
    for run in _runs(mentions, norm):
        country = list_country(run)
        if not country:
            continue
        for m in run:
            if m.place is None or m.place.country == country or m.place.kind in ("country", "capital"):
                continue
            there = [c for c in m.candidates if c.country == country]
            if not there:
                continue
            best = max(there, key=lambda c: c.population)
            m.place, m.lat, m.lon, m.precision = best, best.lat, best.lon, best.precision
            m.flag = ""
