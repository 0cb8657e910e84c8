"""The mention rows of ``python -m helpers extract``: one JSON-ready dict per actor, place or time mention,
with the article, the sentence and the offsets into the article's display text."""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from helpers.extract import pipeline, places

MENTION_COLUMNS = [
    "article_id", "sentence_id", "start", "end", "text", "kind", "type", "canonical", "value", "lat", "lon",
    "confidence", "flag",
]  # fmt: skip
KINDS = ("actor", "place", "time")
_FIELDS = {"actor": "actors", "place": "places", "time": "times"}
# output key → attribute of the mention; the optional ones are written as null when empty
_ACTOR_FIELDS = {
    "start": "start", "end": "end", "type": "type", "canonical": "canonical", "value": "actor_id",
    "english": "english", "gloss_source": "gloss_source", "rank": "rank", "title": "title", "role": "role",
    "role_en": "role_en", "source": "source",
}  # fmt: skip
_ACTOR_OPTIONAL = ("rank", "title", "role", "role_en")
_TIME_FIELDS = {
    "start": "start", "end": "end", "type": "type", "canonical": "anchor", "value": "value",
    "confidence": "confidence", "flag": "flag",
}  # fmt: skip


def iter_mentions(records: Iterable[Mapping[str, Any]], kinds: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """Every mention of the wanted kinds in the articles, as dicts with the MENTION_COLUMNS keys first and the
    kind's own fields (precision, role, rank...) after them. Runs only the components those kinds need."""
    wanted = [k for k in dict.fromkeys(kinds or KINDS) if k in KINDS]
    components = pipeline.components_for(_FIELDS[k] for k in wanted)
    for article in pipeline.run(records, components):
        starts = [s for s, _ in article.sentences]
        found = {
            "actor": [_fields(m, _ACTOR_FIELDS, _ACTOR_OPTIONAL) for _, m in article.actors],
            "place": [places.place_mention_fields(m) for m in article.places],
            "time": [_fields(t, _TIME_FIELDS, ("flag",)) for t in article.times],
        }
        for kind in wanted:
            for mention in found[kind]:
                sentence = max(bisect.bisect_right(starts, mention["start"]) - 1, 0)
                row = {column: mention.get(column) for column in MENTION_COLUMNS}
                row.update(article_id=article.article_id, sentence_id=sentence, kind=kind)
                row.update({k: v for k, v in mention.items() if k not in row})  # kind-specific fields
                row["text"] = article.text[mention["start"] : mention["end"]]
                yield row


def _fields(mention: Any, names: Mapping[str, str], optional: Iterable[str]) -> dict[str, Any]:
    """The output fields of one mention (``names``: key → attribute); empty optional ones become None."""
    out = {key: getattr(mention, attribute) for key, attribute in names.items()}
    out.update({key: out[key] or None for key in optional})
    return out


def json_ready(row: Mapping[str, Any]) -> dict[str, Any]:
    """A mention with NaN turned into None, ready for ``json.dumps``."""
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}
