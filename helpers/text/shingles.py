"""Shingles and MinHash signatures of a text: how near two articles are, computed per article so that a big
corpus's duplicates are found without holding its texts (datasketch MinHash over word 5-grams)."""

from __future__ import annotations

import functools
import hashlib
import zlib

import numpy as np
from datasketch import MinHash

from helpers.text.normalize import normalize_for_matching

SHINGLE_WORDS = 5
NUM_PERM = 64
SCHEME = "affine32"  # datasketch's hashing scheme (32-bit values), named so stored MinHashes read back the same


def body_key(text: str) -> str:
    """A hash of the text as matched (diacritics, letter forms and spaces normalised)."""
    return _key_of(normalize_for_matching(text))


def _key_of(matched: str) -> str:
    """``body_key`` of a text already through ``normalize_for_matching``."""
    return hashlib.blake2b(matched.encode("utf-8"), digest_size=16).hexdigest()


def body_signature(text: str) -> tuple[str, MinHash]:
    """``body_key(text)`` and ``minhash_of(text)``, the text normalised once for both."""
    matched = normalize_for_matching(text)
    return _key_of(matched), _minhash(_hashes_of(matched.split(), SHINGLE_WORDS))


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


# Odd 64-bit multipliers, one per word position of a shingle (fixed, so signatures are stable across runs).
_POSITION_KEYS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD],
    dtype=np.uint64,
)


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the distinct word n-grams of ``shingles(text)``, computed in numpy: each word's
    CRC-32, weighted by its position in the n-gram, summed modulo 2**64 and mixed (much faster than
    hashing every n-gram string; equal n-grams get equal hashes)."""
    return _hashes_of(normalize_for_matching(text).split(), size)


def _hashes_of(words: list[str], size: int) -> np.ndarray:
    """``shingle_hashes`` of a text's normalised words."""
    if not words:
        return np.zeros(0, dtype=np.uint32)
    ids = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))  # UTF-8
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
    return _minhash(shingle_hashes(text))


def _minhash(hashes: np.ndarray) -> MinHash:
    """The MinHash of some shingle hashes."""
    mh = MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashfunc=_identity, permutations=_permutations())
    mh.update_batch(hashes.tolist())
    return mh
