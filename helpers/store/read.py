"""Reading a built store: one table at a time, limited to the corpus of its last build and to a subset."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from helpers.ingest.corpus import Corpus
from helpers.store.version import store_root


@dataclass
class Store:
    """Read access to a built store, limited to the corpus of its last build and an optional subset."""

    root: Path
    hashes: frozenset[str] | None = None

    def table(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        """One table, filtered in Parquet (pushed down by pyarrow) to the corpus and the subset."""
        import pyarrow.parquet as pq

        files = sorted(str(p) for p in self.root.glob(f"part-*/{name}.parquet"))
        wanted = sorted(self.hashes if self.hashes is not None else self.corpus_hashes())
        frames = []
        for path in files:  # file by file: partitions may type a column differently (all-null, far dates)
            if not _has_rows(path) or not wanted:
                continue
            table = pq.read_table(path, columns=columns, filters=[("content_hash", "in", wanted)])
            if table.num_rows:
                frames.append(_microseconds(table.to_pandas()))
        if not frames:  # no rows: the columns still come from the table's schema
            names = next((pq.read_schema(f).names for f in files if pq.read_schema(f).names), None)
            return pd.DataFrame(columns=columns or names or _known_columns(name))
        frame = pd.concat(frames, ignore_index=True)
        order = [c for c in ("article_id", "sentence_id", "start") if c in frame]
        return frame.sort_values(order, kind="stable", ignore_index=True) if order else frame

    def corpus(self) -> Corpus:
        """The corpus as loaded for this store: its articles (edits and tags parsed back), what the loader
        rejected or flagged, and the articles extraction rejected. ``read == kept + rejected`` holds."""
        import json

        from helpers.ingest.corpus import REJECT_COLUMNS, WARNING_COLUMNS, Corpus

        articles = self.table("articles")
        for column in ("edits", "tags"):
            if column in articles:
                articles[column] = articles[column].map(lambda v: json.loads(v) if isinstance(v, str) else v)
        loading = self.loading().replace({"None": None, "nan": None})
        failed = self.table("rejected")
        failed = pd.DataFrame(
            {"source_file": "(extraction)", "record": failed["article_id"], "reason": failed["reason"]},
            columns=REJECT_COLUMNS,
        )
        rejected = pd.concat([loading.loc[loading["kind"] == "rejected", REJECT_COLUMNS], failed], ignore_index=True)
        warnings = loading.loc[loading["kind"] == "warning"].rename(columns={"reason": "warning"})[WARNING_COLUMNS]
        return Corpus(articles, rejected, warnings.reset_index(drop=True), len(articles) + len(rejected))

    def duplicates(self, threshold: float = 0.8) -> pd.DataFrame:
        """Exact and near duplicates among the articles (``dedupe.find_duplicates``), from the stored
        signatures; only the candidates' texts are read, to confirm them."""
        import pyarrow.parquet as pq

        from helpers.store.duplicates import duplicates_from_signatures

        signatures = self.table("signatures")
        position = {
            h: i for i, h in enumerate(pq.read_table(self.root / "corpus.parquet").column("content_hash").to_pylist())
        }
        signatures = signatures.assign(_pos=signatures["content_hash"].map(position))
        signatures = signatures.sort_values("_pos", kind="stable", ignore_index=True)  # load order breaks ties

        def bodies(ids: list[str]) -> dict[str, str]:
            wanted = set(ids)
            hashes = frozenset(signatures.loc[signatures["article_id"].isin(wanted), "content_hash"])
            frame = Store(self.root, hashes).table("articles", columns=["article_id", "text", "body_start"])
            return {
                a: t[int(s) :] for a, t, s in zip(frame["article_id"], frame["text"], frame["body_start"], strict=True)
            }

        return duplicates_from_signatures(signatures, bodies, threshold)

    def actors(self) -> pd.DataFrame:
        """The actors table with one-word person names merged with the one full name they end in this view."""
        from helpers.extract.actors.merge import merge_short_names

        return merge_short_names(self.table("actors"))

    def quotes(self) -> pd.DataFrame:
        """The quotes table, its speakers linked to the names ``actors()`` gives (short names merged)."""
        from helpers.extract.actors.merge import merge_quote_speakers, short_name_mapping

        return merge_quote_speakers(self.table("quotes"), short_name_mapping(self.table("actors")))

    def corpus_hashes(self) -> frozenset[str]:
        """Content hashes of the corpus as last built."""
        return frozenset(pd.read_parquet(self.root / "corpus.parquet")["content_hash"])

    def loading(self) -> pd.DataFrame:
        """What the loader rejected or flagged in the last build."""
        return pd.read_parquet(self.root / "loading.parquet")

    def subset(
        self,
        outlet: str | Iterable[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        term: str | None = None,
    ) -> Store:
        """A view limited to articles from ``outlet``, dated within the range, or containing ``term``."""
        if outlet is None and date_from is None and date_to is None and not term:
            return self
        articles = self.table("articles", columns=["article_id", "content_hash", "outlet", "dct", "text"])
        keep = pd.Series(True, index=articles.index)
        if outlet is not None:
            keep &= articles["outlet"].isin([outlet] if isinstance(outlet, str) else list(outlet))
        dct = pd.to_datetime(articles["dct"])
        if date_from is not None:
            keep &= dct >= pd.Timestamp(date_from)
        if date_to is not None:
            keep &= dct <= pd.Timestamp(date_to)
        if term:
            from helpers.text.normalize import normalize_for_matching

            needle = normalize_for_matching(term)
            keep &= articles["text"].map(lambda t: needle in normalize_for_matching(str(t)))
        return Store(self.root, frozenset(articles.loc[keep, "content_hash"]))


def _microseconds(frame: pd.DataFrame) -> pd.DataFrame:
    """Datetime columns in microseconds, so that partitions concatenate without overflowing nanoseconds."""
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(frame[column]):
            frame[column] = frame[column].dt.as_unit("us")
    return frame


def _has_rows(path: str) -> bool:
    """Whether a Parquet file holds any row (empty tables are written without a schema)."""
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows > 0


def open_store(store_dir: Path | None = None) -> Store:
    """The store of the current extractor version (built by ``build_store``)."""
    root = store_root(store_dir)
    if not (root / "corpus.parquet").exists():
        raise FileNotFoundError(f"{root}: no store built by this version; run `python -m helpers store PATH`")
    return Store(root)


def ensure_store(
    paths: str | Path | Iterable[str | Path] | None = None,
    store_dir: Path | None = None,
    *,
    default_dct: str | None = None,
    rebuild: bool = True,
) -> Store:
    """The store for ``paths``: brought up to date first (only new articles are extracted) unless
    ``rebuild`` is false and a store of this version exists."""
    from helpers.store.build import build_store

    root = store_root(store_dir)
    if rebuild or not (root / "corpus.parquet").exists():
        build_store(paths, store_dir, default_dct=default_dct)
    return open_store(store_dir)


def _known_columns(name: str) -> list[str]:
    """The columns a table has by definition, for a view with no rows and no schema to read them from."""
    from helpers.extract.pipeline import TABLE_COLUMNS
    from helpers.ingest.records import ARTICLE_COLUMNS
    from helpers.store.partition import REJECTED_COLUMNS

    known = {**TABLE_COLUMNS, "articles": ARTICLE_COLUMNS, "rejected": REJECTED_COLUMNS}.get(name, [])
    return [*known, "content_hash"] if known and "content_hash" not in known else list(known)
