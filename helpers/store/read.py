"""Reading a built store: one table at a time, limited to one corpus's view and to a subset.

A view (``corpora/<corpus key>/``) is read once, when the store is opened: a reader keeps the corpus it
opened while other builds run (they add partitions and replace views, never change what a view names)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.ingest.corpus import Corpus
from helpers.store.version import corpora_dir, corpus_key, store_root

LATEST_NAME = "latest"  # as in build.py (the store's readers import nothing from its writer)
VIEW_NAME = "corpus.parquet"
LOADING_COLUMNS = ["source_file", "record", "reason", "kind"]


@dataclass(frozen=True)
class View:
    """One corpus's view of the store as built: its articles' keys in load order, what the loader rejected
    or flagged, and what was recorded about it (paths, default date, build id)."""

    key: str
    folder: Path
    corpus: pd.DataFrame = field(repr=False)  # article_id, content_hash
    loading: pd.DataFrame = field(repr=False)
    about: dict[str, Any] = field(default_factory=dict)

    @property
    def hashes(self) -> frozenset[str]:
        """The content hashes of the corpus."""
        return frozenset(self.corpus["content_hash"])


def read_view(root: Path, key: str) -> View:
    """A corpus's view, read whole now (``corpus.parquet`` first, then the loading file it names)."""

    folder = corpora_dir(root) / key
    for _ in range(20):
        try:
            corpus = pd.read_parquet(folder / VIEW_NAME)
        except FileNotFoundError:
            raise FileNotFoundError(
                f"{folder}: this corpus has no view in the store; run `python -m helpers store PATH`"
            ) from None
        attrs = dict(corpus.attrs)
        corpus.attrs = {}
        name = attrs.get("loading")
        try:
            loading = pd.read_parquet(folder / name) if name else pd.DataFrame(columns=LOADING_COLUMNS)
        except FileNotFoundError:  # two builds of this corpus replaced the view meanwhile: read it again
            time.sleep(0.05)
            continue
        about = {k: _json_or_text(v) for k, v in attrs.items()}
        about.setdefault("loading", name)
        return View(key, folder, corpus[["article_id", "content_hash"]], loading, about)
    raise RuntimeError(f"{folder}: the view kept changing while being read")


def _json_or_text(value: Any) -> Any:
    import json

    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return value


def latest_key(root: Path) -> str | None:
    """The corpus key of the view built last in a version folder, or None."""
    try:
        return (root / LATEST_NAME).read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None


@dataclass
class Store:
    """Read access to a built store, limited to one corpus's view (the latest built when none is given)
    and an optional subset."""

    root: Path
    hashes: frozenset[str] | None = None
    view: View | None = field(default=None, repr=False)
    _names: dict[str, str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.view is None:
            key = latest_key(self.root)
            if key is None:
                raise FileNotFoundError(
                    f"{self.root}: no store built by this version; run `python -m helpers store PATH`"
                )
            self.view = read_view(self.root, key)

    def table(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        """One table, filtered in Parquet (pushed down by pyarrow) to the corpus and the subset."""
        import pyarrow.parquet as pq

        files = sorted(str(p) for p in self.root.glob(f"part-*/{name}.parquet"))
        wanted = self.hashes if self.hashes is not None else self.corpus_hashes()
        read = None if columns is None else list(dict.fromkeys([*columns, "content_hash"]))
        frames = []
        for path in files:  # file by file: partitions may type a column differently (all-null, far dates)
            if not _has_rows(path) or not wanted:
                continue
            table = _rows_of(pq.read_table(path, columns=read), wanted)
            if table.num_rows:
                if columns is not None and "content_hash" not in columns:
                    table = table.drop_columns(["content_hash"])
                frames.append(_microseconds(table.to_pandas()))
        if not frames:  # no rows: the columns still come from the table's schema
            names = next((pq.read_schema(f).names for f in files if pq.read_schema(f).names), None)
            return pd.DataFrame(columns=columns or names or _known_columns(name))
        frame = pd.concat(frames, ignore_index=True)
        order = [c for c in ("article_id", "sentence_id", "start") if c in frame]
        return frame.sort_values(order, kind="stable", ignore_index=True) if order else frame

    def corpus(self) -> Corpus:
        """The corpus as loaded for this store: its articles (edits, tags and removed parsed back), what the loader
        rejected or flagged, and the articles extraction rejected. ``read == kept + rejected`` holds."""
        import json

        from helpers.ingest.corpus import REJECT_COLUMNS, WARNING_COLUMNS, Corpus

        articles = self.table("articles")
        for column in ("edits", "tags", "removed"):
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

        from helpers.store.duplicates import duplicates_from_signatures

        signatures = self.table("signatures")
        position = {h: i for i, h in enumerate(self.view.corpus["content_hash"])}
        signatures = signatures.assign(_pos=signatures["content_hash"].map(position))
        signatures = signatures.sort_values("_pos", kind="stable", ignore_index=True)  # load order breaks ties

        def bodies(ids: list[str]) -> dict[str, str]:
            wanted = set(ids)
            hashes = frozenset(signatures.loc[signatures["article_id"].isin(wanted), "content_hash"])
            frame = Store(self.root, hashes, self.view).table("articles", columns=["article_id", "text", "body_start"])
            return {
                a: t[int(s) :] for a, t, s in zip(frame["article_id"], frame["text"], frame["body_start"], strict=True)
            }

        return duplicates_from_signatures(signatures, bodies, threshold)

    def actors(self) -> pd.DataFrame:
        """The actors table with one-word person names merged with the one full name they end in this view."""
        from helpers.extract.actors.merge import merge_short_names

        table = self.table("actors")
        return merge_short_names(table, self._name_mapping(table))

    def quotes(self) -> pd.DataFrame:
        """The quotes table, its speakers linked to the names ``actors()`` gives (short names merged)."""
        from helpers.extract.actors.merge import merge_quote_speakers

        return merge_quote_speakers(self.table("quotes"), self._name_mapping())

    def _name_mapping(self, actors: pd.DataFrame | None = None) -> dict[str, str]:
        """The view's person-name merges (``short_name_mapping``), computed once per store object."""
        from helpers.extract.actors.merge import short_name_mapping

        if self._names is None:
            if actors is None:
                actors = self.table("actors", columns=["canonical", "type", "gloss_source", "actor_id", "english"])
            self._names = short_name_mapping(actors)
        return self._names

    def incidents(self) -> pd.DataFrame:
        """The event table, with the article's publication time (``published``) and the cross-article
        clusters of ``helpers.store.incidents.dedupe`` (cluster_id, n_sources, first_outlet, first_published)."""
        from helpers.extract.incidents.component import typed
        from helpers.store.incidents import dedupe

        events = self.table("incidents")
        if events.empty:
            return dedupe(events.assign(published=pd.Series(dtype="datetime64[us]")))
        articles = self.table("articles", columns=["article_id", "published"]).drop_duplicates("article_id")
        return dedupe(typed(events).merge(articles, on="article_id", how="left"), self._same_body())

    def _same_body(self) -> dict[str, str]:
        """Article id → the first article (in load order) with the same normalised body: exact copies of one
        story count as one source of an event."""
        signatures = self.table("signatures", columns=["article_id", "body_key"])
        first = signatures.drop_duplicates("body_key").set_index("body_key")["article_id"]
        return dict(zip(signatures["article_id"], signatures["body_key"].map(first), strict=True))

    def corpus_hashes(self) -> frozenset[str]:
        """Content hashes of the view's corpus (as built when the store was opened)."""
        return self.view.hashes

    def loading(self) -> pd.DataFrame:
        """What the loader rejected or flagged when the view's corpus was built."""
        return self.view.loading.copy()

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
        return Store(self.root, frozenset(articles.loc[keep, "content_hash"]), self.view)


def _microseconds(frame: pd.DataFrame) -> pd.DataFrame:
    """Datetime columns in microseconds, so that partitions concatenate without overflowing nanoseconds."""
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(frame[column]):
            frame[column] = frame[column].dt.as_unit("us")
    return frame


def _rows_of(table: Any, wanted: frozenset[str]) -> Any:
    """The rows of an Arrow table whose content hash is wanted. A partition holds a few hundred articles: their
    hashes are checked in Python, and the table is filtered only when some are not wanted (a 31k-value
    Parquet ``in`` filter per file cost more than reading the file)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    hashes = table.column("content_hash")
    present = [h for h in pc.unique(hashes).to_pylist() if h is not None]
    keep = [h for h in present if h in wanted]
    if len(keep) == len(present) and hashes.null_count == 0:
        return table
    return table.filter(pc.is_in(hashes, value_set=pa.array(keep, type=pa.string())))


def _has_rows(path: str) -> bool:
    """Whether a Parquet file holds any row (empty tables are written without a schema)."""
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows > 0


def open_store(
    store_dir: Path | None = None,
    *,
    corpus: str | Path | Iterable[str | Path] | None = None,
    default_dct: Any = None,
) -> Store:
    """The store of the current extractor version, seen through the view of ``corpus`` (its paths, with the
    ``default_dct`` it was built with), or of the corpus built last when ``corpus`` is None."""
    root = store_root(store_dir)
    if corpus is None:
        return Store(root)
    return Store(root, view=read_view(root, corpus_key(corpus, default_dct)))


def ensure_store(
    paths: str | Path | Iterable[str | Path] | None = None,
    store_dir: Path | None = None,
    *,
    default_dct: Any = None,
    rebuild: bool = True,
) -> Store:
    """The store for ``paths``, seen through its own view: brought up to date first (only new articles are
    extracted) unless ``rebuild`` is false and this corpus has a view in the store of this version."""
    from helpers.store.build import build_store

    root = store_root(store_dir)
    key = corpus_key(paths, default_dct)
    if rebuild or not (corpora_dir(root) / key / VIEW_NAME).exists():
        build_store(paths, store_dir, default_dct=default_dct)
    return Store(root, view=read_view(root, key))


def _known_columns(name: str) -> list[str]:
    """The columns a table has by definition, for a view with no rows and no schema to read them from."""
    from helpers.extract.pipeline import TABLE_COLUMNS
    from helpers.ingest.records import ARTICLE_COLUMNS
    from helpers.store.partition import REJECTED_COLUMNS

    known = {**TABLE_COLUMNS, "articles": ARTICLE_COLUMNS, "rejected": REJECTED_COLUMNS}.get(name, [])
    return [*known, "content_hash"] if known and "content_hash" not in known else list(known)
