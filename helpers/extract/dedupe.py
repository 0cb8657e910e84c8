"""Find exact and near-duplicate articles (the same wire story carried many times).

Exact duplicates share a body once normalised for matching. Near duplicates are
found with MinHash locality-sensitive hashing (datasketch) over word 5-grams and
confirmed with the exact Jaccard similarity of those shingles.
"""

from __future__ import annotations

import functools
import hashlib
import zlib
from collections.abc import Callable

import numpy as np
import pandas as pd
from datasketch import MinHash, MinHashLSH

from helpers.text.normalize import normalize_for_matching

DUPLICATE_COLUMNS = ["article_id", "group_id", "kind", "kept_id", "similarity"]
SHINGLE_WORDS = 5
NUM_PERM = 64
SCHEME = "affine32"  # datasketch's hashing scheme (32-bit values), named so stored MinHashes read back the same


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


SIGNATURE_COLUMNS = ["article_id", "published", "body_key", "minhash"]


# Odd 64-bit multipliers, one per word position of a shingle (fixed, so signatures are stable across runs).
_POSITION_KEYS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD],
    dtype=np.uint64,
)


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the distinct word n-grams of ``shingles(text)``, computed in numpy: each word's
    CRC-32, weighted by its position in the n-gram, summed modulo 2**64 and mixed (much faster than
    hashing every n-gram string; equal n-grams get equal hashes)."""
    words = normalize_for_matching(text).split()
    if not words:
        return np.zeros(0, dtype=np.uint32)
    ids = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    width = min(size, len(words))
    count = len(words) - width + 1
    h = np.zeros(count, dtype=np.uint64)
    for k in range(width):
        h += ids[k : k + count] * _POSITION_KEYS[k]
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(29)
    return np.unique((h >> np.uint64(32)).astype(np.uint32))


def _identity(value: int) -> int:
    return value


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutations for NUM_PERM and SCHEME (its default seed), made once."""
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def minhash_of(text: str) -> MinHash:
    """The MinHash of a text's shingles (from ``shingle_hashes``)."""
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=_identity, permutations=_permutations())
    mh.update_batch(shingle_hashes(text).tolist())
    return mh


def signature_table(articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: publication time, body key and MinHash (as bytes), in the order given. Computed per
    article, so the store keeps them and duplicates across a big corpus are found without its texts."""
    rows = []
    for article_id, published, text, start in zip(
        articles["article_id"], articles["published"], articles["text"], articles["body_start"], strict=True
    ):
        body = text[start:]
        rows.append((article_id, published, body_key(body), minhash_of(body).hashvalues.tobytes()))
    return pd.DataFrame(rows, columns=SIGNATURE_COLUMNS)


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
    pairs: list[tuple[str, str]] = []
    for article_id, key, packed in zip(ids, keys, order["minhash"], strict=True):
        if first_by_key[key] != article_id:
            continue
        mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(packed, dtype=np.uint32))
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


def collapse_duplicates(articles: pd.DataFrame, duplicates: pd.DataFrame) -> pd.DataFrame:
    """The articles without the duplicates (each group keeps its earliest article)."""
    return articles[~articles["article_id"].isin(set(duplicates["article_id"]))].reset_index(drop=True)
