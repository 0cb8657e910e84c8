"""The customary English spellings of frequent names (``helpers/data/english_names.csv``, analyst-extendable;
sources and method in ``helpers/data/NAMES_SOURCES.md``). A wrong row stops loading with the file and row."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from helpers import config
from helpers.text.normalize import name_key

SCOPES = ("name", "word")


class EnglishNamesError(ValueError):
    """A row of the English names table is wrong; the message names the file and the row."""


@dataclass(frozen=True)
class EnglishNames:
    """Name key → English for whole names (خليفة حفتر → Khalifa Haftar) and for words or short runs of words
    a name is made of (محمد → Mohammed, عبد الله → Abdullah)."""

    names: dict[str, str]
    words: dict[str, str]

    @functools.cached_property
    def longest_word_run(self) -> int:
        """The most words any ``word`` entry has (عبد الرحمن: 2)."""
        return max((len(key.split()) for key in self.words), default=1)


@functools.cache
def english_names(path: Path | None = None) -> EnglishNames:
    """The table, keyed by ``name_key`` of the Arabic; the first row of a key wins, later ones are ignored."""
    path = path or config.DATA_DIR / "english_names.csv"
    tables: dict[str, dict[str, str]] = {scope: {} for scope in SCOPES}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            arabic, english = (row.get("arabic") or "").strip(), (row.get("english") or "").strip()
            scope = (row.get("scope") or "").strip()
            if not arabic or not english:
                raise EnglishNamesError(f"{path}: row {line}: empty arabic or english")
            if scope not in SCOPES:
                raise EnglishNamesError(f"{path}: row {line}: scope {scope!r} is not one of {', '.join(SCOPES)}")
            tables[scope].setdefault(name_key(arabic), english)
    return EnglishNames(tables["name"], tables["word"])
