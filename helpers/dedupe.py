"""Find exact and near-duplicate articles (the same wire story carried many times).

Exact duplicates share a body once normalised for matching. Near duplicates are
found with MinHash locality-sensitive hashing (datasketch) over word 5-grams and
confirmed with the exact Jaccard similarity of those shingles.
"""

from __future__ import annotations

import hashlib

import pandas as pd
from datasketch import MinHash, MinHashLSH

from helpers.normalize import normalize_for_matching

DUPLICATE_COLUMNS = ["article_id", "group_id", "kind", "kept_id", "similarity"]
SHINGLE_WORDS = 5
NUM_PERM = 64


def body_key(text: str) -> str:
    """A hash of the text as matched (diacritics, letter forms and spaces normalised)."""
    return hashlib.blake2b(normalize_for_matching(text).encode("utf-8"), digest_size=16).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams of the normalised text (the whole text if it is shorter than n words)."""
    words = normalize_for_matching(text).split()
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """Jaccard similarity of two sets (1.0 for two empty sets)."""
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def find_duplicates(articles: pd.DataFrame, threshold: float = 0.8) -> pd.DataFrame:
    """One row per article that duplicates an earlier one: its group, kind and similarity.

    Within a group the article kept is the earliest published (then the first loaded).
    ``kind`` is ``exact`` when the normalised bodies are identical, else ``near``.
    """
    if articles.empty:
        return pd.DataFrame(columns=DUPLICATE_COLUMNS)
    order = articles.assign(_pos=range(len(articles))).sort_values(["published", "_pos"], na_position="last")
    ids = order["article_id"].tolist()
    bodies = [t[s:] for t, s in zip(order["text"], order["body_start"], strict=True)]
    keys = [body_key(b) for b in bodies]
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
    shingle_sets: dict[str, set[str]] = {}
    for article_id, key, body in zip(ids, keys, bodies, strict=True):
        if first_by_key[key] != article_id:
            continue
        sh = shingles(body)
        shingle_sets[article_id] = sh
        mh = MinHash(num_perm=NUM_PERM)
        mh.update_batch([s.encode("utf-8") for s in sh])
        for candidate in lsh.query(mh):
            if jaccard(sh, shingle_sets[candidate]) >= threshold:
                parent[root(article_id)] = root(candidate)
        lsh.insert(article_id, mh)

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
            similarity = (
                1.0 if exact else jaccard(_shingles_of(member, shingle_sets, order), shingle_sets.get(kept, set()))
            )
            rows.append((member, f"dup{n + 1:04d}", "exact" if exact else "near", kept, round(similarity, 3)))
    return pd.DataFrame(rows, columns=DUPLICATE_COLUMNS)


def _shingles_of(article_id: str, cache: dict[str, set[str]], order: pd.DataFrame) -> set[str]:
    """Shingles of one article, from the cache or computed afresh."""
    if article_id not in cache:
        row = order.loc[order["article_id"] == article_id].iloc[0]
        cache[article_id] = shingles(row["text"][row["body_start"] :])
    return cache[article_id]


def collapse_duplicates(articles: pd.DataFrame, duplicates: pd.DataFrame) -> pd.DataFrame:
    """The articles without the duplicates (each group keeps its earliest article)."""
    return articles[~articles["article_id"].isin(set(duplicates["article_id"]))].reset_index(drop=True)
