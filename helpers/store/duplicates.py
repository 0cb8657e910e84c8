"""Exact and near-duplicate articles (the same wire story carried many times), from the stored signatures.

Exact duplicates share a body once normalised for matching. Near duplicates are MinHash LSH candidates
(datasketch) confirmed with the exact Jaccard similarity of their word 5-grams.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from datasketch import MinHash, MinHashLSH

from helpers.extract.signatures import signature_table
from helpers.text.shingles import NUM_PERM, SCHEME, jaccard, shingles

DUPLICATE_COLUMNS = ["article_id", "group_id", "kind", "kept_id", "similarity"]


def find_duplicates(articles: pd.DataFrame, threshold: float = 0.8) -> pd.DataFrame:
    """One row per article that duplicates an earlier one: its group, kind and similarity.

    Within a group the article kept is the earliest published (then the first loaded).
    ``kind`` is ``exact`` when the normalised bodies are identical, else ``near``.
    """
    if articles.empty:
        return pd.DataFrame(columns=DUPLICATE_COLUMNS)
    bodies = {
        a: t[s:] for a, t, s in zip(articles["article_id"], articles["text"], articles["body_start"], strict=True)
    }
    return duplicates_from_signatures(signature_table(articles), lambda ids: {i: bodies[i] for i in ids}, threshold)


def duplicates_from_signatures(
    signatures: pd.DataFrame, bodies: Callable[[list[str]], dict[str, str]], threshold: float = 0.8
) -> pd.DataFrame:
    """``find_duplicates`` from a signature table in load order; ``bodies`` gives the texts of the few
    articles whose similarity must be confirmed (MinHash candidates are checked on exact shingles)."""
    if signatures.empty:
        return pd.DataFrame(columns=DUPLICATE_COLUMNS)
    order = signatures.assign(_pos=range(len(signatures))).sort_values(["published", "_pos"], na_position="last")
    ids = order["article_id"].tolist()
    keys = order["body_key"].tolist()
    parent = {i: i for i in ids}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first_by_key: dict[str, str] = {}
    for article_id, key in zip(ids, keys, strict=True):
        if key in first_by_key:
            parent[root(article_id)] = root(first_by_key[key])
        else:
            first_by_key[key] = article_id

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    permutations = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations  # made once, not per article (6 s on 30k)
    pairs: list[tuple[str, str]] = []
    for article_id, key, packed in zip(ids, keys, order["minhash"], strict=True):
        if first_by_key[key] != article_id:
            continue
        hashvalues = np.frombuffer(packed, dtype=np.uint32)
        mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=hashvalues, permutations=permutations)
        pairs.extend((article_id, candidate) for candidate in lsh.query(mh))
        lsh.insert(article_id, mh)
    shingle_sets: dict[str, set[str]] = {}

    def shingles_of(wanted: list[str]) -> list[set[str]]:
        missing = [i for i in dict.fromkeys(wanted) if i not in shingle_sets]
        shingle_sets.update({i: shingles(b) for i, b in bodies(missing).items()} if missing else {})
        return [shingle_sets[i] for i in wanted]

    shingles_of([i for pair in pairs for i in pair])
    for article_id, candidate in pairs:  # in the order found, as when inserted one by one
        if jaccard(*shingles_of([article_id, candidate])) >= threshold:
            parent[root(article_id)] = root(candidate)

    rank = {article_id: i for i, article_id in enumerate(ids)}
    groups: dict[str, list[str]] = {}
    for article_id in ids:
        groups.setdefault(root(article_id), []).append(article_id)
    key_of = dict(zip(ids, keys, strict=True))
    rows = []
    for n, members in enumerate(sorted((g for g in groups.values() if len(g) > 1), key=lambda g: rank[g[0]])):
        kept = min(members, key=rank.__getitem__)
        for member in members:
            if member == kept:
                continue
            exact = key_of[member] == key_of[kept]
            similarity = 1.0 if exact else jaccard(*shingles_of([member, kept]))
            rows.append((member, f"dup{n + 1:04d}", "exact" if exact else "near", kept, round(similarity, 3)))
    return pd.DataFrame(rows, columns=DUPLICATE_COLUMNS)
