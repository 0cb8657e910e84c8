"""One event told by several articles: the rows of the incidents table clustered across articles.

Two rows are one event when they have the same event type, dates at most ``dedupe_days`` apart, the same
place (the same name, or coordinates at most ``dedupe_km`` apart) and overlapping actors (or one side's
actor 1 unknown). Rows without a date or a place stay alone. Clusters grow around a seed, the earliest row
not yet taken (by event date, then publication): a row joins the first seed it pairs with, so a cluster never
chains a campaign's daily clashes into one event.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import pandas as pd

from helpers import config
from helpers.text.normalize import normalize_letters

CLUSTER_COLUMNS = ["cluster_id", "n_sources", "first_outlet", "first_published"]
_CELL_DEGREES = 0.25  # a grid cell about 25-28 km across: a pair within 25 km lies in neighbouring cells


def dedupe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (an incidents table; ``published`` used when present) with ``cluster_id`` (the event_id of
    the cluster's first row), ``n_sources`` (articles telling it), ``first_outlet`` and ``first_published``."""
    settings = config.incident_settings()
    out = frame.reset_index(drop=True).copy()
    n = len(out)
    published = pd.to_datetime(out["published"]) if "published" in out else pd.Series(pd.NaT, index=out.index)
    neighbours: dict[int, set[int]] = {}
    for i, j in _candidate_pairs(out, settings.dedupe_days, settings.dedupe_km):
        if _same_sides(out.at[i, "actor1"], out.at[j, "actor1"], out.at[i, "actor2"], out.at[j, "actor2"]):
            neighbours.setdefault(i, set()).add(j)
            neighbours.setdefault(j, set()).add(i)
    roots = _seeded_clusters(pd.to_datetime(out["event_date"]), published, neighbours)
    order = pd.DataFrame({"root": roots, "published": published, "pos": np.arange(n)})
    first = order.sort_values(["root", "published", "pos"], na_position="last").groupby("root")["pos"].first()
    out["cluster_id"] = out["event_id"].to_numpy()[first.loc[roots].to_numpy()] if n else []
    out["n_sources"] = pd.Series(roots).map(pd.Series(out["article_id"].to_numpy()).groupby(roots).nunique()).to_numpy()
    out["first_outlet"] = out["outlet"].to_numpy()[first.loc[roots].to_numpy()] if n else []
    out["first_published"] = (
        published.to_numpy()[first.loc[roots].to_numpy()] if n else pd.Series([], dtype="datetime64[ns]")
    )
    return out


def _candidate_pairs(frame: pd.DataFrame, days: int, km: float) -> Iterator[tuple[int, int]]:
    """Pairs of rows of one event type, dated within ``days`` of each other, at one place: the same name or
    within ``km`` (rows are bucketed by grid cell, each compared with its own and the neighbouring cells)."""
    dates = pd.to_datetime(frame["event_date"])
    window = pd.Timedelta(days=days)
    buckets: dict[tuple, list[int]] = {}
    for i in range(len(frame)):
        if pd.isna(dates.iat[i]) or not (frame.at[i, "location"] or "").strip():
            continue
        for key in _bucket_keys(frame, i):
            buckets.setdefault(key, []).append(i)
    seen: set[tuple[int, int]] = set()
    for key, rows in buckets.items():
        if key[1] == "cell-home":
            neighbours = [
                r
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                for r in buckets.get((key[0], "cell", key[2] + dx, key[3] + dy), [])
            ]
        elif key[1] == "name":
            neighbours = rows
        else:
            continue
        for i in rows:
            for j in neighbours:
                pair = (min(i, j), max(i, j))
                if i == j or pair in seen or abs(dates.iat[i] - dates.iat[j]) > window:
                    continue
                if key[1] == "cell-home" and _km(frame, i, j) > km:
                    continue
                seen.add(pair)
                yield pair


def _bucket_keys(frame: pd.DataFrame, i: int) -> list[tuple]:
    """The buckets of one row: its place name, and its grid cell (once as home, once as a neighbour target)."""
    event_type = frame.at[i, "event_type"]
    keys: list[tuple] = [(event_type, "name", normalize_letters(str(frame.at[i, "location"])).strip())]
    lat, lon = frame.at[i, "latitude"], frame.at[i, "longitude"]
    if _known(lat) and _known(lon):
        x, y = math.floor(float(lat) / _CELL_DEGREES), math.floor(float(lon) / _CELL_DEGREES)
        keys += [(event_type, "cell-home", x, y), (event_type, "cell", x, y)]
    return keys


def _known(value: object) -> bool:
    return value is not None and not pd.isna(value)


def _km(frame: pd.DataFrame, i: int, j: int) -> float:
    """Great-circle distance between two rows' coordinates."""
    lat1, lon1 = math.radians(float(frame.at[i, "latitude"])), math.radians(float(frame.at[i, "longitude"]))
    lat2, lon2 = math.radians(float(frame.at[j, "latitude"])), math.radians(float(frame.at[j, "longitude"]))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _same_sides(a1: object, b1: object, a2: object, b2: object) -> bool:
    """Overlapping actors: an actor 1 unknown on one side, or a name shared by the two rows' sides."""
    first, second = _name(a1), _name(b1)
    if not first or not second:
        return True
    names_a = {first, _name(a2)} - {""}
    names_b = {second, _name(b2)} - {""}
    return any(x in y or y in x for x in names_a for y in names_b)


def _name(value: object) -> str:
    return normalize_letters(str(value)).strip() if isinstance(value, str) else ""


def _seeded_clusters(dates: pd.Series, published: pd.Series, neighbours: dict[int, set[int]]) -> np.ndarray:
    """Each row's seed: rows in order of event date and publication; a row paired with a seed joins it (the
    earliest such seed), else it is a seed itself."""
    n = len(dates)
    order = pd.DataFrame({"date": dates.to_numpy(), "published": published.to_numpy(), "pos": np.arange(n)})
    order = order.sort_values(["date", "published", "pos"], na_position="last")["pos"].tolist()
    rank = {pos: k for k, pos in enumerate(order)}
    roots = np.arange(n)
    seeds: set[int] = set()
    for i in order:
        joined = sorted((j for j in neighbours.get(i, ()) if j in seeds), key=rank.__getitem__)
        if joined:
            roots[i] = joined[0]
        else:
            seeds.add(i)
    return roots
