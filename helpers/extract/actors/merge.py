"""Person names merged across a corpus (applied when the store is read): spelling variants into the most
frequent spelling, one-word names into the one full name they end."""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from helpers.extract.actors.coref import skeleton
from helpers.extract.actors.gloss import name_gloss
from helpers.text.normalize import name_key


def variant_mapping(table: pd.DataFrame) -> dict[str, str]:
    """Person name → the most frequent spelling of the table with the same skeleton (دميرطاش، ديميرتاش:
    ``coref.skeleton``); names from the alias table are left alone."""
    persons = table[(table["type"] == "person") & (table["gloss_source"] != "alias table")]
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for name, count in persons["canonical"].value_counts().items():
        groups[skeleton(name)][name] += count
    mapping = {}
    for spellings in groups.values():
        if len(spellings) > 1:
            best = spellings.most_common(1)[0][0]
            mapping.update({name: best for name in spellings if name != best})
    return mapping


def short_name_mapping(table: pd.DataFrame) -> dict[str, str]:
    """Person name → the name it is merged into across the table (an ``actors`` table): spelling variants
    into the most frequent spelling (``variant_mapping``), then a one-word name into the one full name it
    ends; names that end several full names, and names from the alias table, are left alone."""
    variants = variant_mapping(table)
    if variants:
        table = _renamed(table, variants, "canonical", "actor_id", "english", "type")
    return variants | {short: variants.get(full, full) for short, full in _short_names(table).items()}


def _short_names(table: pd.DataFrame) -> dict[str, str]:
    """One-word person name → the one full name of the table it ends (``short_name_mapping``)."""
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
    merged = _renamed(table, mapping, "canonical", "actor_id", "english", "type")
    if "merged_by" in merged.columns and mapping:
        variants = variant_mapping(table)
        hit = table["canonical"].isin(list(mapping)) & (table["type"] == "person") & (table["merged_by"] == "")
        rule = table["canonical"].map(lambda n: "spelling variant (corpus)" if n in variants else "short name (corpus)")
        merged.loc[hit, "merged_by"] = rule[hit]
    return merged


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
    glosses = table.loc[hit, name].map(name_gloss)
    table.loc[hit, english] = glosses.str[0]
    if "gloss_source" in table.columns:  # the actors table; quotes carry no gloss source
        table.loc[hit, "gloss_source"] = glosses.str[1]
    return table
