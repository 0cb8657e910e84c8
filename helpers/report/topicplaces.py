"""Where a stated sequence's topic is: the places table's mentions that tell a sentence about the topic town
from one about somewhere else (another town, another country) or one naming the topic only as its government
(«اتهمت دمشق إسرائيل»), for :func:`helpers.report.sequence.stated_steps`."""

from __future__ import annotations

import re

import pandas as pd

from helpers.report.timelines import topic_pattern
from helpers.text.normalize import normalize_letters

TOWN_KINDS = frozenset({"city", "capital", "town", "village"})
TOPIC_KINDS = ("city", "capital", "town", "village", "district", "suburb")  # what a default topic may be


def elsewhere(places: pd.DataFrame | None, topic: str) -> dict[str, list[int]]:
    """Per article, the offsets of place mentions that are not the topic: a town or city other than it, or
    anything in another country than the topic's (the country most of the topic's own mentions resolve to).
    A sentence that names one of them and not the topic is about somewhere else (مداهمة في العريش in an
    article on Derna). Districts and facilities of no other country may lie inside the topic and are kept."""
    if places is None or places.empty:
        return {}
    mentions = topic_pattern(topic)
    is_topic = places["text"].fillna("").astype(str).map(lambda t: bool(mentions.search(normalize_letters(t))))
    countries = places.loc[is_topic, "country"].fillna("").astype(str)
    countries = countries[countries != ""]
    home = countries.mode().iloc[0] if not countries.empty else ""
    country = places["country"].fillna("").astype(str)
    other = ~is_topic & (places["kind"].isin(TOWN_KINDS) | ((home != "") & (country != "") & (country != home)))
    away: dict[str, list[int]] = {}
    for article_id, start in zip(places.loc[other, "article_id"], places.loc[other, "start"], strict=True):
        away.setdefault(str(article_id), []).append(int(start))
    return away


NOT_THE_PLACE = frozenset({"actor", "in_name", "dateline"})  # «اتهمت دمشق إسرائيل»: the government, not the town


def topic_mentions(places: pd.DataFrame | None, topic: str) -> dict[str, list[tuple[int, bool]]]:
    """Per article, the offsets of the topic's mentions in the places table, each with whether it names the
    place itself (role ``location``) rather than a government (``actor``: «اتهمت دمشق إسرائيل»), part of a name or
    a dateline: a sentence naming a capital only as its government is not about the town."""
    if places is None or places.empty or "role" not in places.columns:
        return {}
    mentions = topic_pattern(topic)
    is_topic = places["text"].fillna("").astype(str).map(lambda t: bool(mentions.search(normalize_letters(t))))
    found = places[is_topic]
    out: dict[str, list[tuple[int, bool]]] = {}
    for article_id, start, role in zip(found["article_id"], found["start"], found["role"], strict=True):
        out.setdefault(str(article_id), []).append((int(start), str(role or "") not in NOT_THE_PLACE))
    return out


def names_the_place(
    sentence: str, span: tuple[int, int], topic_at: list[tuple[int, bool]], mentions: re.Pattern[str]
) -> bool:
    """Whether a sentence names the topic as a place: its topic mentions in the places table include a place,
    or (the places layer having none of them) the topic's word is in it."""
    inside = [is_place for at, is_place in topic_at if span[0] <= at < span[1]]
    if inside:
        return any(inside)
    return bool(mentions.search(sentence))


def topic_candidates(places: pd.DataFrame, incidents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Towns ranked as a default topic, most reported first: ``event_articles`` (articles with an event placed
    in the town, the events table's ``location``), then ``place_articles`` (articles naming it as a place: a
    capital named as its government, «اتهمت بغداد أنقرة», a dateline or a name's part do not count), then
    ``mentions``. A capital that articles name as the seat of government no longer outranks the town where the
    events are."""
    columns = ["name", "event_articles", "place_articles", "mentions"]
    if places is None or places.empty or "kind" not in places.columns:
        return pd.DataFrame(columns=columns)
    towns = places[places["kind"].isin(TOPIC_KINDS) & places["name"].fillna("").ne("")]
    if "role" in towns.columns:
        towns = towns[~towns["role"].fillna("").astype(str).isin(NOT_THE_PLACE)]
    if towns.empty:
        return pd.DataFrame(columns=columns)
    # one town however spelt (كابول، كابل): grouped by its English name where the gazetteer gives one, and shown
    # under its most mentioned spelling
    english = towns["name_en"].fillna("").astype(str).str.strip() if "name_en" in towns.columns else None
    town = towns["name"].astype(str) if english is None else english.where(english != "", towns["name"].astype(str))
    spelling = towns.assign(_town=town).groupby("_town")["name"].agg(lambda names: names.value_counts().index[0])
    towns = towns.assign(name=town.map(spelling))
    counts = towns.groupby("name").agg(place_articles=("article_id", "nunique"), mentions=("article_id", "size"))
    counts["event_articles"] = 0
    if incidents is not None and not incidents.empty and "location" in incidents.columns:
        written = places.loc[town.index, "name"]
        keys = {normalize_letters(str(name)): spelling[key] for key, name in zip(town, written, strict=True)}
        keys.update({normalize_letters(str(name)): name for name in counts.index})
        located = incidents.assign(town=incidents["location"].fillna("").astype(str).map(normalize_letters).map(keys))
        located = located.dropna(subset=["town"])
        if not located.empty:
            per_town = located.groupby("town")["article_id"].nunique()
            counts["event_articles"] = per_town.reindex(counts.index, fill_value=0).astype(int)
    counts = counts.sort_values(["event_articles", "place_articles", "mentions"], ascending=False, kind="stable")
    return counts.reset_index()[columns]


def topic_note(candidates: pd.DataFrame, shown: int = 3) -> str:
    """Plain text saying how the default topic was chosen, with the counts and the next towns (escape it)."""
    if candidates is None or candidates.empty:
        return ""
    by_events = int(candidates["event_articles"].iloc[0]) > 0
    column = "event_articles" if by_events else "place_articles"
    top = candidates.iloc[0]
    runners = "، ".join(f"{r['name']} {int(r[column])}" for _, r in candidates.iloc[1:shown].iterrows())
    runners_en = ", ".join(f"{r['name']} {int(r[column])}" for _, r in candidates.iloc[1:shown].iterrows())
    if by_events:
        ar = f"البلدة التي تقع فيها أحداث أكثر المقالات ({int(top[column])} مقالة"
        en = f"the town the corpus's events are placed in by the most articles ({int(top[column])}"
    else:
        ar = f"البلدة المذكورة مكانا في أكثر المقالات ({int(top[column])} مقالة"
        en = f"the town named as a place by the most articles ({int(top[column])}"
    ar += f"؛ تليها {runners})" if runners else ")"
    en += f"; then {runners_en})" if runners_en else ")"
    return f"{ar}؛ غيّرها بالمعامل TOPIC / {en}; set TOPIC to change it"


def default_topic(places: pd.DataFrame, incidents: pd.DataFrame | None = None) -> str | None:
    """The topic when the user names none: the town the corpus's events are placed in by the most articles, then
    the town named as a place (not as its government, a dateline or inside a name) in the most articles; None
    when the corpus names no town. See :func:`topic_candidates`."""
    candidates = topic_candidates(places, incidents)
    return None if candidates.empty else str(candidates["name"].iloc[0])
