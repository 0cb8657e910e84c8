"""The curated actors (``helpers/data/actors_aliases.csv``, an alias table the analyst extends; a conflicting
alias stops loading with the file and row) and the nationality forms (``nationalities.csv``)."""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from helpers import config
from helpers.resources.index import first_word_index
from helpers.text.normalize import name_key


class AliasTableError(ValueError):
    """A row of the actors alias table is wrong; the message names the file and the row."""


@dataclass(frozen=True)
class Actor:
    """A curated actor: the canonical Arabic and English names and its type."""

    actor_id: str
    type: str
    name_ar: str
    name_en: str


@functools.cache
def alias_table(path: Path | None = None) -> dict[str, Actor]:
    """Alias key → curated actor, from the analyst-editable CSV (an alias may not point at two actors)."""
    path = path or config.DATA_DIR / "actors_aliases.csv"
    table: dict[str, Actor] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            missing = [c for c in ("actor_id", "type", "name_ar", "name_en") if not (row.get(c) or "").strip()]
            if missing:
                raise AliasTableError(f"{path}: row {line}: empty {', '.join(missing)}")
            actor = Actor(row["actor_id"].strip(), row["type"].strip(), row["name_ar"].strip(), row["name_en"].strip())
            for alias in [actor.name_ar, *(row.get("aliases") or "").split("|")]:
                # "~القاعدة": too ambiguous to match on its own, used only for a name the model found
                key = ("~" if alias.strip().startswith("~") else "") + name_key(alias)
                if key in ("", "~"):
                    continue
                other = table.get(key)
                if other and other.actor_id != actor.actor_id:
                    raise AliasTableError(
                        f"{path}: row {line}: alias {alias!r} of {actor.actor_id!r} is already an alias of "
                        f"{other.actor_id!r}"
                    )
                table[key] = actor
    return table


@functools.cache
def alias_first_words() -> dict[str, int]:
    """First word of each alias key → the most words any alias starting with it has."""
    return first_word_index(alias_table())


@functools.cache
def nationality_forms() -> dict[str, tuple[str, str, bool]]:
    """Surface key (with ال or without) → (masculine stem, English, is a plural/collective form)."""
    forms: dict[str, tuple[str, str, bool]] = {}
    with (config.DATA_DIR / "nationalities.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            stem = name_key(row["stem"])
            english = row["english"]
            for suffix, plural in (("", False), ("ه", False), ("ين", True), ("ون", True), ("يين", True), ("يون", True)):
                word = stem + suffix if not (suffix.startswith("ي") and stem.endswith("ي")) else stem[:-1] + suffix
                forms.setdefault(word, (stem, english, plural))
                forms.setdefault("ال" + word, (stem, english, plural))
            for plural_form in filter(None, (row.get("plurals") or "").split("|")):
                key = name_key(plural_form)
                forms.setdefault(key, (stem, english, True))
                forms.setdefault("ال" + key, (stem, english, True))
    return forms
