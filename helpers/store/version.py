"""The store's keys: the extractor version (a hash of everything extraction depends on), each article's
content hash, and each corpus's key. Changing the first two starts a new store folder or re-extracts the
article; the corpus key names the corpus's own view (``corpora/<key>/``) in a version folder."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from helpers import config

# Packages whose code decides what extraction writes; report/ and cli/ are left out on purpose.
_CODE_PACKAGES = ("text", "resources", "ingest", "extract")


@functools.cache
def extractor_version() -> str:
    """A hash of the extraction code (text, resources, ingest, extract, the settings and the store's partition
    code), the extraction settings, and every shipped data file it reads."""
    digest = hashlib.sha1()
    package = config.PACKAGE_DIR
    files = [package / "config.py", package / "store" / "partition.py"]
    for name in _CODE_PACKAGES:
        files += sorted((package / name).rglob("*.py"))
    files += sorted(p for p in config.DATA_DIR.glob("*") if p.is_file())
    for path in files:
        digest.update(str(path.relative_to(package)).encode())
        digest.update(path.read_bytes())
    digest.update(repr(config.extraction_settings()).encode())
    return digest.hexdigest()[:12]


def content_hash(article: Mapping[str, Any]) -> str:
    """The key of one article: a hash of its id, text, date, outlet, where its date came from and any problem
    with that date (the time extractor's flags depend on the last two)."""
    parts = (
        article.get("article_id"), article.get("text"), article.get("dct"), article.get("outlet"),
        article.get("dct_source"), article.get("date_problem"),
    )  # fmt: skip
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


def store_root(store_dir: Path | None = None) -> Path:
    """The folder of the current extractor version."""
    return Path(store_dir or config.store_dir()) / f"v{extractor_version()}"


def corpus_key(paths: str | Path | Iterable[str | Path] | None, default_dct: Any = None) -> str:
    """The key of one corpus's view of the store: a hash of its resolved paths (sorted) and its default date.

    The same files named another way (relative, with ``..``, in another order) give the same key; ``None``
    stands for ``config.corpus_dir()``, as in ``iter_corpus``."""
    if paths is None:
        paths = [config.corpus_dir()]
    elif isinstance(paths, (str, Path)):
        paths = [paths]
    resolved = sorted(str(Path(p).expanduser().resolve()) for p in paths)
    digest = hashlib.sha1("\x1e".join(resolved).encode("utf-8"))
    digest.update(b"\x1f" + _dct_text(default_dct).encode())
    return digest.hexdigest()[:16]


def _dct_text(default_dct: Any) -> str:
    """A default date as ``YYYY-MM-DD`` whatever its type (str, date, Timestamp); ``""`` for none."""
    if default_dct is None or default_dct == "":
        return ""
    try:
        import pandas as pd

        return pd.Timestamp(default_dct).date().isoformat()
    except (ValueError, TypeError):
        return str(default_dct)


def corpora_dir(root: Path) -> Path:
    """Where the views of the corpora built into a version folder live (``corpora/<corpus key>/``)."""
    return root / "corpora"
