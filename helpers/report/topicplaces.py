"""Where a stated sequence's topic is: the places table's mentions that tell a sentence about the topic town
from one about somewhere else (another town, another country) or one naming the topic only as its government
(«اتهمت دمشق إسرائيل»), for :func:`helpers.report.sequence.stated_steps`."""

from __future__ import annotations

import re

import pandas as pd

from helpers.report.timelines import topic_pattern
from helpers.text.normalize import normalize_letters

TOWN_KINDS = frozenset({"city", "capital", "town", "village"})


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
