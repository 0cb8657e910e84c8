"""One-word person names merged with the one full name they end across a corpus (applied when the store is read)."""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from helpers.extract.actors.gloss import romanize
from helpers.text.normalize import name_key


def short_name_mapping(table: pd.DataFrame) -> dict[str, str]:
    """One-word person name → the one full name of the table (an ``actors`` table) it ends; names that end
    several full names, and names from the alias table, are left alone."""
    persons = table[(table["type"] == "person") & (table["gloss_source"] != "alias table")]
    full = persons.loc[persons["canonical"].str.split().str.len() > 1, "canonical"]
    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    for name, count in full.value_counts().items():
        words = name_key(name).split()
        by_word[words[-1]][name] += count
    mapping = {}
    for name in persons.loc[persons["canonical"].str.split().str.len() == 1, "canonical"].unique():
        candidates = by_word.get(name_key(name))
        if candidates and len(candidates) == 1:
            mapping[name] = next(iter(candidates))
    return mapping


def merge_short_names(table: pd.DataFrame, mapping: dict[str, str] | None = None) -> pd.DataFrame:
    """The actors table with one-word person names replaced by their full name (``short_name_mapping``)."""
    mapping = short_name_mapping(table) if mapping is None else mapping
    return _renamed(table, mapping, "canonical", "actor_id", "english", "type")


def merge_quote_speakers(quotes: pd.DataFrame, mapping: dict[str, str]) -> pd.DataFrame:
    """The quotes table with each speaker linked to the merged name its actor mention got."""
    return _renamed(quotes, mapping, "speaker_canonical", "speaker_id", "speaker_english", "speaker_type")


def _renamed(
    table: pd.DataFrame, mapping: dict[str, str], name: str, key: str, english: str, kind: str
) -> pd.DataFrame:
    """Persons whose name is in ``mapping`` renamed, with their id and English gloss made again."""
    if not mapping or table.empty:
        return table
    table = table.copy()
    hit = table[name].isin(list(mapping)) & (table[kind] == "person")
    table.loc[hit, name] = table.loc[hit, name].map(mapping)
    table.loc[hit, key] = table.loc[hit, name].map(lambda n: name_key(n).replace(" ", "_"))
    table.loc[hit, english] = table.loc[hit, name].map(romanize)
    return table
