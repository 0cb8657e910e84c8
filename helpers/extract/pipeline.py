"""The pipeline: the components in the order they run, what each requires from the Article and what it
assigns to it, and the store's tables built from the processed articles.

A component reads only what it declares (fields of the Article set when it is made, or assigned by a
component before it) and never imports another component; ``reconcile`` runs last and settles conflicts.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from helpers.extract import attribution, events, ner, places, reconcile, signatures
from helpers.extract.actors import component as actors
from helpers.extract.article import Article
from helpers.extract.incidents import component as incidents
from helpers.extract.timex import tagger as times
from helpers.text.sentences import SENTENCE_COLUMNS

# The columns of each table extraction writes (see docs/schema.md); the store adds ``content_hash``.
TABLE_COLUMNS: dict[str, list[str]] = {
    "sentences": SENTENCE_COLUMNS,
    "actors": actors.ACTOR_COLUMNS,
    "places": places.PLACE_COLUMNS,
    "times": times.TIME_COLUMNS,
    "quotes": [*attribution.QUOTE_COLUMNS, *attribution.QUOTE_ACTOR_COLUMNS, "outlet"],
    "events": events.EVENT_COLUMNS,
    "signatures": signatures.SIGNATURE_COLUMNS,
    "incidents": incidents.INCIDENT_COLUMNS,
}
# What an Article holds as soon as it is made (``Article.from_record``).
BASE_FIELDS = ("article_id", "text", "record", "norm", "sentences", "dct", "dct_flag")


@dataclass(frozen=True)
class Component:
    """One step: ``run`` takes an Article (or, with ``batch``, all the articles at once) and fills ``assigns``."""

    name: str
    run: Callable[[Any], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    batch: bool = False


COMPONENTS: tuple[Component, ...] = (
    Component("ner", ner.tag_entities, ner.REQUIRES, ner.ASSIGNS, batch=True),
    Component("actors", actors.find_actors, actors.REQUIRES, actors.ASSIGNS),
    Component("places", places.find_and_resolve, places.REQUIRES, places.ASSIGNS),
    Component("times", times.find_times, times.REQUIRES, times.ASSIGNS),
    Component("attribution", attribution.find_attributions, attribution.REQUIRES, attribution.ASSIGNS),
    Component("events", events.find_events, events.REQUIRES, events.ASSIGNS),
    Component("signatures", signatures.find_signature, signatures.REQUIRES, signatures.ASSIGNS),
    Component("reconcile", reconcile.reconcile, reconcile.REQUIRES, reconcile.ASSIGNS),
    Component("incidents", incidents.find_incidents, incidents.REQUIRES, incidents.ASSIGNS),
)


def components_for(fields: Iterable[str]) -> list[Component]:
    """The components needed to fill ``fields``, in pipeline order (a field's last writer and what it needs)."""
    wanted, chosen = set(fields), []
    for component in reversed(COMPONENTS):
        if wanted & set(component.assigns):
            chosen.append(component)
            wanted |= set(component.requires)
            wanted -= set(component.assigns) - set(component.requires)
    return list(reversed(chosen))


def run(records: Iterable[Mapping[str, Any]], components: Sequence[Component] = COMPONENTS) -> list[Article]:
    """Articles made from loaded records, with every component of ``components`` run on them in order."""
    with _cycle_collector_paused():
        articles = [Article.from_record(record) for record in records]
        for component in components:
            if component.batch:
                component.run(articles)
            else:
                for article in articles:
                    component.run(article)
    return articles


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a batch is extracted, then restored. The components make no
    reference cycles (what they drop is freed at once), but the collector's full passes walk every live
    object, the shipped resources included: measured, they took about a fifth of the extraction time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def extract_tables(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Every table of some articles (a frame of the loaded articles table): articles, sentences, actors,
    places, times, quotes, events, signatures and incidents (see docs/schema.md)."""
    # the components read the articles row by row: plain Python strings make that faster than Arrow ones
    rows = frame.astype({c: object for c, t in frame.dtypes.items() if isinstance(t, pd.StringDtype)})
    # the collector stays paused until the articles are gone: its first pass after a pause would otherwise
    # walk every object they hold (measured: 6% of the extraction time)
    with _cycle_collector_paused():
        tables = _tables(run(rows.to_dict("records")))
    return {"articles": frame} | tables | {"incidents": incidents.typed(tables["incidents"])}


def _tables(articles: list[Article]) -> dict[str, pd.DataFrame]:
    """The tables of some processed articles, except ``articles`` (``extract_tables``)."""

    def table(rows_of: Callable[[Article], Iterable[tuple]], columns: list[str]) -> pd.DataFrame:
        return pd.DataFrame([row for article in articles for row in rows_of(article)], columns=columns)

    rows_of = {
        "sentences": _sentence_rows, "actors": actors.actor_rows, "places": places.place_rows,
        "times": times.time_rows, "quotes": attribution.quote_rows, "events": events.event_rows,
        "signatures": signatures.signature_rows, "incidents": incidents.incident_rows,
    }  # fmt: skip
    return {name: table(rows, TABLE_COLUMNS[name]) for name, rows in rows_of.items()}


def _sentence_rows(article: Article) -> Iterable[tuple]:
    """The article's rows of the ``sentences`` table."""
    text = article.text
    return ((article.article_id, i, s, e, text[s:e]) for i, (s, e) in enumerate(article.sentences))
