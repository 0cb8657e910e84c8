"""One event told by several articles: the rows of the incidents table clustered across articles.

Two rows are one event when they have the same event type (for strikes, not two weapons named: a mine blast
and a shelling), dates at most ``dedupe_days`` apart, the same place (the same name, or coordinates at most
``dedupe_km`` apart) and overlapping actors (or one side's actor 1 unknown). Weak sides (an actor 1 unknown, or
the one shared name the attacker of one row and the target of the other) join only rows of the same day and the
same sub-event, or of the same stated dead; a plan never joins an act, and two kinds of strategic development (an
arrest, a looting) are two events. A retelling (a row dated by its article and told as an earlier report's news:
وكان الجيش قد أعلن مقتل) pairs with rows up to ``RETOLD_DAYS`` before it (of the same sub-event when it states no
dead, but for battles), and is never a cluster's first report. Rows without a date or a place stay alone.
Clusters grow around a seed, the earliest row not yet taken (by event date, then publication): a row joins the
first seed it pairs with, so a cluster never chains a campaign's daily clashes into one event, and never a seed
whose cluster holds a row its own article tells apart from it (another count of dead: two mine blasts on two days).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterator, Mapping

import numpy as np
import pandas as pd

from helpers import config
from helpers.extract.incidents.details import AGGREGATE_NOTE, RETOLD_NOTE
from helpers.extract.incidents.merging import STRIKE_SUB_EVENTS
from helpers.extract.incidents.totals import SUPERLATIVE
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

CLUSTER_COLUMNS = ["cluster_id", "n_sources", "first_outlet", "first_published"]
RETOLD_DAYS = 7  # a retelling (``details.RETOLD_NOTE``) dated by its article tells an event up to a week older
_CELL_DEGREES = 0.25  # a grid cell about 25-28 km across: a pair within 25 km lies in neighbouring cells


def dedupe(frame: pd.DataFrame, same_story: Mapping[str, str] | None = None) -> pd.DataFrame:
    """``frame`` (an incidents table; ``published`` used when present) with ``cluster_id`` (the event_id of
    the cluster's first row), ``n_sources`` (articles telling it; the copies ``same_story`` maps to one article
    count once), ``first_outlet`` and ``first_published``."""
    settings = config.incident_settings()
    out = frame.reset_index(drop=True).copy()
    n = len(out)
    published = pd.to_datetime(out["published"]) if "published" in out else pd.Series(pd.NaT, index=out.index)
    neighbours: dict[int, set[int]] = {}
    actor1, actor2 = out["actor1"].tolist(), out["actor2"].tolist()
    dates = pd.to_datetime(out["event_date"])
    dead = out["fatalities"].tolist() if "fatalities" in out else [None] * n
    when, reach = dates.tolist(), pd.Timedelta(days=settings.dedupe_days)
    weapons = _weapons(out)
    subs = out["sub_event_type"].tolist() if "sub_event_type" in out else [""] * n
    types = out["event_type"].tolist()
    planned = out["reported_as"].eq("planned").tolist() if "reported_as" in out else [False] * n
    notes = out["date_note"].fillna("").astype(str) if "date_note" in out else pd.Series([""] * n)
    # a day stated in the sentence; the article's own day (an update «ارتفعت الحصيلة إلى 25» two days on) is no
    # evidence of a second act
    by_article = notes.str.startswith(_ARTICLE_DAY).tolist()
    to_the_day = [
        p and not a
        for p, a in zip(
            (out["time_precision"].eq(1).tolist() if "time_precision" in out else [False] * n), by_article, strict=True
        )
    ]
    tallies = _tallies(out)
    states = [_state(v) for v in out["actor1_en"]] if "actor1_en" in out else [""] * n
    for i, j in _candidate_pairs(out, settings.dedupe_days, settings.dedupe_km):
        if not _same_sides(actor1[i], actor1[j], actor2[i], actor2[j]):
            continue
        if tallies[i] != tallies[j]:
            continue  # a total since the campaign began (منذ بدء الهجوم قتل 200) is no day's act it counts
        if to_the_day[i] and to_the_day[j] and _two_days_two_tolls(dead, when, i, j):
            continue  # a strike on Wednesday that killed 10, one on Friday that killed 43: two acts of a campaign
        if planned[i] != planned[j]:
            continue  # a plan (استعدادا لمعركة، ستقوم بعد التحرير) is not the act it plans
        if _two_developments(types[i], subs[i], subs[j]):
            continue  # an arrest and a looting, a statement and an agreement: two developments
        if _weak_sides(actor1[i], actor1[j], actor2[i], actor2[j]) and not _one_act(dead, subs, when, i, j):
            continue  # a side unknown or swapped: only the same day and the same kind of act or toll join
        if _two_states(states[i], states[j]) and not _one_day_one_kind(subs, when, i, j):
            continue  # two states' forces on one target: a joint raid of one day and kind (tolls may differ: 12, 15)
        if _two_weapons(weapons[i], weapons[j]):
            continue  # a mine blast and a shelling: two strikes, whatever their day and place
        if abs(when[i] - when[j]) > reach and not _one_toll_or_sides(dead, actor1, actor2, i, j):
            continue  # a retelling's longer reach: the same dead, or none stated by the same two sides
        if abs(when[i] - when[j]) > reach and _another_kind(types[i], dead, subs, i, j):
            continue  # ... and of the same kind of act (a raid on banks, a looting four days later: two events)
        neighbours.setdefault(i, set()).add(j)
        neighbours.setdefault(j, set()).add(i)
    retold = _retold(out)
    roots = _seeded_clusters(dates, published, neighbours, retold, _told_apart(out))
    order = pd.DataFrame({"root": roots, "retold": retold, "published": published, "pos": np.arange(n)})
    order = order.sort_values(["root", "retold", "published", "pos"], na_position="last")
    first = order.groupby("root")["pos"].first()  # a retelling is never a cluster's first report
    out["cluster_id"] = out["event_id"].to_numpy()[first.loc[roots].to_numpy()] if n else []
    stories = out["article_id"].map(lambda a: (same_story or {}).get(a, a)).to_numpy()
    out["n_sources"] = pd.Series(roots).map(pd.Series(stories).groupby(roots).nunique()).to_numpy()
    out["first_outlet"] = out["outlet"].to_numpy()[first.loc[roots].to_numpy()] if n else []
    out["first_published"] = (
        published.to_numpy()[first.loc[roots].to_numpy()] if n else pd.Series([], dtype="datetime64[ns]")
    )
    return out


def _candidate_pairs(frame: pd.DataFrame, days: int, km: float) -> Iterator[tuple[int, int]]:
    """Pairs of rows of one event type, dated within ``days`` of each other, at one place: the same name or
    within ``km`` (rows are bucketed by place name and by grid cell, each cell compared with its own and the
    neighbouring cells; within a bucket, rows sorted by date are compared only inside the date window)."""
    rows = _Rows(frame)
    window = days * 86_400_000_000  # in microseconds, like the rows' times
    older = (RETOLD_DAYS - days) * 86_400_000_000 if days < RETOLD_DAYS else 0
    retold = _retold(frame).tolist()
    buckets: dict[tuple, list[int]] = {}
    for i in range(len(frame)):
        if rows.us[i] is None or not rows.location[i].strip():
            continue
        for key in rows.bucket_keys(i):
            buckets.setdefault(key, []).append(i)
    for members in buckets.values():
        members.sort(key=rows.us.__getitem__)
    seen: set[tuple[int, int]] = set()
    for key, members in buckets.items():
        if key[1] == "cell-home":
            cells = [
                buckets.get((key[0], "cell", key[2] + dx, key[3] + dy), []) for dx in (-1, 0, 1) for dy in (-1, 0, 1)
            ]
            others = sorted((r for cell in cells for r in cell), key=rows.us.__getitem__)
        elif key[1] == "name":
            others = members
        else:
            continue
        times = [rows.us[r] for r in others]
        for i in members:
            lo = bisect.bisect_left(times, rows.us[i] - window - (older if retold[i] else 0))
            hi = bisect.bisect_right(times, rows.us[i] + window)
            for j in others[lo:hi]:
                pair = (min(i, j), max(i, j))
                if i == j or pair in seen:
                    continue
                if key[1] == "cell-home" and rows.km(i, j) > km:
                    continue
                seen.add(pair)
                yield pair


class _Rows:
    """The columns pairing reads, as plain lists (a pandas lookup per pair is what made this slow)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        dates = pd.to_datetime(frame["event_date"]).to_numpy().astype("datetime64[us]")  # us: years 1-9999 fit
        self.us = [
            None if missing else int(t) for missing, t in zip(np.isnat(dates), dates.astype("int64"), strict=True)
        ]
        self.location = [str(v) if isinstance(v, str) else "" for v in frame["location"]]
        english = frame["location_en"] if "location_en" in frame else pd.Series([""] * len(frame))
        self.location_en = [str(v).strip().casefold() if isinstance(v, str) else "" for v in english]
        self.event_type = frame["event_type"].tolist()
        self.lat = [float(v) if _known(v) else None for v in frame["latitude"]]
        self.lon = [float(v) if _known(v) else None for v in frame["longitude"]]

    def bucket_keys(self, i: int) -> list[tuple]:
        """The buckets of one row: its place name, and its grid cell (once as home, once as a neighbour target)."""
        keys: list[tuple] = [(self.event_type[i], "name", normalize_letters(self.location[i]).strip())]
        if self.location_en[i]:  # the gazetteer's one name for a town spelt two ways (كابول، كابل: Kabul)
            keys.append((self.event_type[i], "name", "en:" + self.location_en[i]))
        lat, lon = self.lat[i], self.lon[i]
        if lat is not None and lon is not None:
            x, y = math.floor(lat / _CELL_DEGREES), math.floor(lon / _CELL_DEGREES)
            keys += [(self.event_type[i], "cell-home", x, y), (self.event_type[i], "cell", x, y)]
        return keys

    def km(self, i: int, j: int) -> float:
        """Great-circle distance between two rows' coordinates."""
        lat1, lon1 = math.radians(self.lat[i]), math.radians(self.lon[i])
        lat2, lon2 = math.radians(self.lat[j]), math.radians(self.lon[j])
        a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _retold(frame: pd.DataFrame) -> np.ndarray:
    """Whether each row is told as a retelling of an earlier report (its date note says so)."""
    if "date_note" not in frame:
        return np.zeros(len(frame), dtype=bool)
    return frame["date_note"].eq(RETOLD_NOTE).to_numpy()


def _known(value: object) -> bool:
    return value is not None and not pd.isna(value)


def _same_sides(a1: object, b1: object, a2: object, b2: object) -> bool:
    """Overlapping actors: an actor 1 unknown on one side, or a name shared by the two rows' sides."""
    first, second = _name(a1), _name(b1)
    if not first or not second:
        return True
    names_a = {first, _name(a2)} - {""}
    names_b = {second, _name(b2)} - {""}
    return any(x in y or y in x for x in names_a for y in names_b)


def _weak_sides(a1: object, b1: object, a2: object, b2: object) -> bool:
    """Whether two rows' sides overlap only weakly: an actor 1 unknown on one row, or the one name they share is
    the attacker of one row and the target of the other (the Houthis shelling homes, a raid on the Houthis)."""
    first, second = _name(a1), _name(b1)
    if not first or not second:
        return True
    target_a, target_b = _name(a2), _name(b2)
    return not (_overlap(first, second) or (bool(target_a) and bool(target_b) and _overlap(target_a, target_b)))


def _state(actor_en: object) -> str:
    """The state whose forces or government an actor 1 is (``Military Forces of Turkey``: ``turkey``), else ''."""
    if not isinstance(actor_en, str) or not _STATE_ACTOR.match(actor_en):
        return ""
    return actor_en.rsplit(" of ", 1)[1].strip().casefold()


# ACLED's names of a state's own actors; "Mujahideen Shura Council of Derna" is no state
_STATE_ACTOR = re.compile(r"(?:Military|Police) Forces of |Government of ")


def _two_states(a: str, b: str) -> bool:
    """Whether two rows' attackers are the forces of two states (Turkey's army and Syria's, both against the YPG):
    their shared target alone makes weak sides, joined only on one day and one kind of act (a joint raid)."""
    return bool(a) and bool(b) and a != b


def _overlap(x: str, y: str) -> bool:
    return x in y or y in x


def _one_act(dead: list, subs: list, when: list, i: int, j: int) -> bool:
    """The evidence two rows with weak sides need to be one event: the same day, and the same toll when both
    state one (the same dead when both state them, whatever the day: a retelling), else the same sub-event."""
    if _known(dead[i]) and _known(dead[j]):
        return float(dead[i]) == float(dead[j])
    if pd.isna(when[i]) or pd.isna(when[j]) or when[i].normalize() != when[j].normalize():
        return False
    return _sub(subs[i]) == _sub(subs[j])


_SUPERLATIVE_CHARS = 40  # «أعنف هجوم منذ بدء»، «أحد أكثر الأيام دموية منذ بدء»
# «منذ بدء الهجوم»، «ومنذ اندلاع الاحتجاجات»، «منذ انطلاقها» (letters normalized: ة → ه).
_SINCE_START = re.compile(
    rf"(?<![{AR}])[وف]?منذ\s+(?:ان\s+)?(?:بدء|بدايه|اندلاع|انطلاق|انطلاقه|انطلاقها|مطلع|تفجر)(?![{AR}])"
)


def _tallies(frame: pd.DataFrame) -> list[bool]:
    """Whether each row is a running total of a campaign rather than one day's act: it states dead, and the
    extraction's date note says they are counted since a stated date, or its sentence counts them since the
    campaign's start (منذ بدء الهجوم، منذ اندلاع الاحتجاجات). A row without dead is an act, whatever its date
    (a town taken «في إطار عملية بدأت منذ شهرين»)."""
    n = len(frame)
    notes = frame["date_note"].tolist() if "date_note" in frame else [""] * n
    sentences = frame["notes"].tolist() if "notes" in frame else [""] * n
    dead = frame["fatalities"].tolist() if "fatalities" in frame else [None] * n
    return [
        _known(toll)
        and (note == AGGREGATE_NOTE or (isinstance(text, str) and _counts_since_start(normalize_letters(text))))
        for toll, note, text in zip(dead, notes, sentences, strict=True)
    ]


# a day's toll bringing a total up to date: «قتل جنديان السبت، ليرتفع عدد القتلى منذ بدء العملية إلى 41»، «ما يرفع»
_BRINGS_UP = re.compile(rf"(?<![{AR}])(?:[لف]?[يت]رتفع|[لف]?[يت]صل|[يت]رفع|وبذلك)(?![{AR}])")


def _counts_since_start(norm: str) -> bool:
    """A since-start phrase not after a superlative («في أحد أكثر الأيام دموية منذ بدء العملية»: that day's toll)
    nor after a verb bringing the total up to date («ليرتفع عدد القتلى منذ بدء»: the row's toll is that day's)."""
    return any(
        not SUPERLATIVE.search(norm[max(0, m.start() - _SUPERLATIVE_CHARS) : m.start()])
        and not _BRINGS_UP.search(norm[max(0, m.start() - _SUPERLATIVE_CHARS) : m.start()])
        for m in _SINCE_START.finditer(norm)
    )


def _two_days_two_tolls(dead: list, when: list, i: int, j: int) -> bool:
    """Whether two rows dated to the day, two days or more apart, state two different numbers of dead: two acts of
    one campaign (a strike on a checkpoint on Wednesday, one on a hospital on Friday). One day apart is a night or
    a report's delay (ليل الأربعاء الخميس), and a toll updated later keeps its event's day, so those still join."""
    if not (_known(dead[i]) and _known(dead[j])) or float(dead[i]) == float(dead[j]):
        return False
    if pd.isna(when[i]) or pd.isna(when[j]):
        return False
    return abs((when[i].normalize() - when[j].normalize()).days) >= 2


_ARTICLE_DAY = "date: the article's date"  # DCT_NOTE, RETOLD_NOTE, AGGREGATE_NOTE begin so


def _one_day_one_kind(subs: list, when: list, i: int, j: int) -> bool:
    """The same day and the same sub-event (a joint raid told by each state's side, its toll updated or not)."""
    if pd.isna(when[i]) or pd.isna(when[j]) or when[i].normalize() != when[j].normalize():
        return False
    return _sub(subs[i]) == _sub(subs[j])


def _sub(value: object) -> str:
    return value if isinstance(value, str) else ""


def _another_kind(event_type: object, dead: list, subs: list, i: int, j: int) -> bool:
    """Whether a retelling beyond the usual days stating no dead tells another kind of act than the row it would
    join; battles are exempt (a town's capture is retold as the fighting in it: أثناء المواجهات داخلها)."""
    if event_type == "Battles" or _known(dead[i]) or _known(dead[j]):
        return False
    return _sub(subs[i]) != _sub(subs[j])


# Strategic developments of two kinds are two events, whatever their sides (an arrest campaign and a looting,
# a statement and an agreement); "Other" is no kind.
_DEVELOPMENTS = "Strategic developments"


def _two_developments(event_type: object, a: object, b: object) -> bool:
    a, b = _sub(a), _sub(b)
    return event_type == _DEVELOPMENTS and bool(a) and bool(b) and a != b and "Other" not in (a, b)


def _one_toll_or_sides(dead: list, actor1: list, actor2: list, i: int, j: int) -> bool:
    """Whether two rows beyond the usual days apart may tell one event (a retelling): both state the same number
    of dead, or neither states one and both their actors are the same (5 dead and 12 dead at one checkpoint of
    a daily campaign are two attacks)."""
    told_i, told_j = _known(dead[i]), _known(dead[j])
    if told_i or told_j:
        return told_i and told_j and float(dead[i]) == float(dead[j])
    return _name(actor1[i]) == _name(actor1[j]) and _name(actor2[i]) == _name(actor2[j])


def _name(value: object) -> str:
    return normalize_letters(str(value)).strip() if isinstance(value, str) else ""


# The sub-events of a strike that name its weapon (a generic blast names none).
_WEAPONS = frozenset(STRIKE_SUB_EVENTS)


def _weapons(frame: pd.DataFrame) -> list[str]:
    """Each row's weapon: its sub-event when that names one, else ''."""
    if "sub_event_type" not in frame:
        return [""] * len(frame)
    return [v if v in _WEAPONS else "" for v in frame["sub_event_type"]]


def _two_weapons(a: str, b: str) -> bool:
    """Whether two strikes name two weapons; a suicide bombing and a blast (التفجير) may be one."""
    return bool(a) and bool(b) and a != b and {a, b} not in (_ONE_BLAST, _ONE_BOMBARDMENT)


_ONE_BLAST = {"Suicide bomb", "Remote explosive/landmine/IED"}
# «قصف» is written for an air raid as well as for artillery (قصف لطيران التحالف، قصف روسي): one strike may be told
# as either by two outlets.
_ONE_BOMBARDMENT = {"Air/drone strike", "Shelling/artillery/missile attack"}


def _told_apart(frame: pd.DataFrame) -> Callable[[int, int], bool]:
    """Whether two rows are told by one article as two events: each with its dead and the numbers differ (a mine
    blast on Wednesday that killed 9, another on Thursday that killed 3); the article's own reading, which a
    cluster never undoes. Two days or two place names are not enough: one act is told on the day it was done and
    on the day it was announced, at a district and at its town (حرر الخميس منطقة البلاد ... أعلن الجمعة تحرير درنة).
    The rows of one list split per place (``<id>`` and ``<id>.<k>``: غارات على حرستا وعربين) are apart."""
    n = len(frame)
    articles = frame["article_id"].tolist() if "article_id" in frame else [None] * n
    lists = [_split_root(v) for v in frame["event_id"]] if "event_id" in frame else [""] * n
    dead = frame["fatalities"].tolist() if "fatalities" in frame else [None] * n
    places = [_name(v) for v in frame["location"]] if "location" in frame else [""] * n
    days = pd.to_datetime(frame["event_date"]).dt.normalize().tolist() if "event_date" in frame else [None] * n

    def apart(i: int, j: int) -> bool:
        if articles[i] is None or articles[i] != articles[j]:
            return False
        if places[i] == places[j] and days[i] == days[j]:
            return False  # one place, one day: a toll updated (12, then 20) or a part of it told, not two events
        if lists[i] and lists[i] == lists[j]:
            return True  # two places of one list (``incidents.places.per_place``): one event each
        return _known(dead[i]) and _known(dead[j]) and float(dead[i]) != float(dead[j])

    return apart


def _split_root(event_id: object) -> str:
    """The row a per-place row was split from (``a:3:0`` for ``a:3:0.2`` and for ``a:3:0`` itself), or "" for an
    id that is none of the incidents table's."""
    if not isinstance(event_id, str) or ":" not in event_id:
        return ""
    head, _, last = event_id.rpartition(":")
    return f"{head}:{last.split('.')[0]}"


def _seeded_clusters(
    dates: pd.Series,
    published: pd.Series,
    neighbours: dict[int, set[int]],
    retold: np.ndarray,
    apart: Callable[[int, int], bool] = lambda i, j: False,
) -> np.ndarray:
    """Each row's seed: rows in order of event date and publication; a row paired with a seed joins it (the
    earliest such seed; for a retelling the nearest earlier one: a recap more likely tells the latest report),
    unless the seed's cluster holds a row its article tells ``apart`` from it; else it is a seed itself."""
    n = len(dates)
    order = pd.DataFrame({"date": dates.to_numpy(), "published": published.to_numpy(), "pos": np.arange(n)})
    order = order.sort_values(["date", "published", "pos"], na_position="last")["pos"].tolist()
    rank = {pos: k for k, pos in enumerate(order)}
    roots = np.arange(n)
    seeds: set[int] = set()
    members: dict[int, list[int]] = {}
    for i in order:
        joined = sorted((j for j in neighbours.get(i, ()) if j in seeds), key=rank.__getitem__)
        joined = [j for j in joined if not any(apart(i, k) for k in members[j])]
        if joined:
            roots[i] = joined[-1] if retold[i] else joined[0]
        else:
            seeds.add(i)
        members.setdefault(int(roots[i]), []).append(i)
    return roots
