"""The collector: what readers hand their records and rejections to, counting every unit read."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from helpers.ingest.boilerplate import LineCounter, shipped_learned
from helpers.ingest.clean import markup_text
from helpers.ingest.records import Record, outlet_and_body, to_article


@dataclass
class Rejection:
    """Something read that did not become an article, and why."""

    source_file: str
    record: str
    reason: str


@dataclass
class Collector:
    """Accumulates the outcome of loading while readers stream records.

    Every call to ``add`` or ``reject`` counts one unit read, so ``n_read == len(rows) + len(rejected)``
    (plus the rows already handed to ``sink``).
    """

    default_dct: date | None
    column_map: Mapping[str, str]
    today: date
    rows: list[dict[str, Any]] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[tuple[str, str, str, str]] = field(default_factory=list)
    n_read: int = 0
    seen_ids: dict[str, int] = field(default_factory=dict)
    sink: Callable[[list[dict[str, Any]]], None] | None = None  # receives full batches when streaming
    batch_size: int = 1000
    learned: dict[str, frozenset[str]] = field(default_factory=lambda: dict(shipped_learned()))  # furniture per outlet

    def reject(self, source: str, record: str, reason: str) -> None:
        """Count one unreadable unit and say why."""
        self.n_read += 1
        self.rejected.append(Rejection(source, record, reason))

    def note(self, source: str, warning: str, record: str = "") -> None:
        """List a warning about a file or a part of it (a skipped file, mixed encodings); nothing is counted."""
        self.warnings.append((source, record, "", warning))

    def add(self, rec: Record) -> None:
        """Count one record and turn it into an article or a rejection."""
        self.n_read += 1
        try:
            row, warnings = to_article(rec, self.column_map, self.default_dct, self.today, self.learned)
        except ValueError as err:
            self.rejected.append(Rejection(rec.source_file, rec.record, str(err)))
            return
        base = row["article_id"]
        count = self.seen_ids.get(base, 0) + 1
        self.seen_ids[base] = count
        if count > 1:
            row["article_id"] = f"{base}#{count}"
            warnings.append(f"article id {base!r} already used; renamed {row['article_id']!r}")
        self.rows.append(row)
        self.warnings.extend((rec.source_file, rec.record, row["article_id"], w) for w in warnings)
        if self.sink is not None and len(self.rows) >= self.batch_size:
            self.sink(self.rows)
            self.rows = []


@dataclass
class CountingCollector(Collector):
    """The first pass of loading: every record's lines are counted per outlet to learn furniture; nothing is kept."""

    counter: LineCounter = field(default_factory=LineCounter)

    def add(self, rec: Record) -> None:
        """Count the lines of one record's body (as the furniture pass will see them)."""
        self.n_read += 1
        outlet, body = outlet_and_body(rec, self.column_map)
        if body.strip():
            self.counter.add(outlet, markup_text(body))

    def reject(self, source: str, record: str, reason: str) -> None:
        """Count one unreadable unit; its reason is listed by the second pass."""
        self.n_read += 1

    def note(self, source: str, warning: str, record: str = "") -> None:
        """Warnings are listed by the second pass."""
