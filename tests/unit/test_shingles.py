"""Shingles, Jaccard, body keys and MinHash signatures of a text."""

import zlib

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from helpers.text.normalize import normalize_for_matching
from helpers.text.shingles import (
    NUM_PERM,
    body_key,
    body_signature,
    jaccard,
    minhash_of,
    shingle_hashes,
    shingles,
)

STORY = (
    "أعلن الجيش الليبي إطلاق عملية عسكرية واسعة في درنة شرق البلاد على مقربة من الحدود مع مصر "
    "وأكد المتحدث باسم القيادة العامة أن القوات تتقدم نحو المدينة من ثلاثة محاور وأن العملية لن تطول"
)


def test_shingles_of_short_text_is_the_whole_text():
    assert shingles("درنة") == {"درنه"}
    assert shingles("") == set()


def test_shingles_are_word_five_grams_of_the_matching_key():
    assert shingles("أ ب ت ث ج ح") == {"ا ب ت ث ج", "ب ت ث ج ح"}
    assert shingles("بِنغازى  الـجيش") == shingles("بنغازي الجيش")


def test_jaccard():
    assert jaccard({"a", "b"}, {"b", "c"}) == 1 / 3
    assert jaccard(set(), set()) == 1.0
    assert jaccard({"a"}, set()) == 0.0


def test_body_key_ignores_spelling_variants_and_spaces_only():
    assert body_key(STORY) == body_key(STORY.replace("ي ", "ى ").replace("ة", "ه").replace(" ", "  "))
    assert body_key(STORY) != body_key(STORY + " وقال مراسلنا")


def test_shingle_hashes_are_one_per_distinct_shingle():
    text = STORY + " " + STORY  # the same shingles again, and a few across the join
    assert len(shingle_hashes(STORY)) == len(shingles(STORY))
    assert len(shingle_hashes(text)) == len(shingles(text))
    assert shingle_hashes("").size == 0


def test_minhash_estimates_the_jaccard_similarity():
    edited = STORY + " وقال مراسلنا إن الوضع هادئ"
    other = "مباراة كرة القدم انتهت بالتعادل بين الفريقين في الدوري المحلي بعد شوط أول سلبي"
    a, b, c = minhash_of(STORY), minhash_of(edited), minhash_of(other)
    assert len(a.hashvalues) == NUM_PERM
    assert abs(a.jaccard(b) - jaccard(shingles(STORY), shingles(edited))) < 0.2
    assert a.jaccard(c) < 0.2
    assert np.array_equal(minhash_of(STORY).hashvalues, a.hashvalues)  # stable: the store keeps them


@given(st.text(alphabet="ابت ي\n", max_size=80))
def test_equal_texts_once_normalised_have_equal_signatures(text):
    variant = text.replace("ي", "ى")
    assert shingles(text) == shingles(variant)
    assert np.array_equal(minhash_of(text).hashvalues, minhash_of(variant).hashvalues)


def test_shingle_hashes_are_the_mixed_position_weighted_crc32_sums_of_each_shingles_words():
    words = normalize_for_matching(STORY).split()
    keys = [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD]
    expected = set()
    for i in range(len(words) - 4):  # the reference in plain integers, modulo 2**64
        h = sum(zlib.crc32(words[i + k].encode("utf-8")) * keys[k] for k in range(5)) % 2**64
        h ^= h >> 33
        h = h * 0xFF51AFD7ED558CCD % 2**64
        h ^= h >> 29
        expected.add(h >> 32)
    assert shingle_hashes(STORY).tolist() == sorted(expected)


def test_body_signature_is_the_body_key_and_the_minhash_of_the_text():
    key, minhash = body_signature(STORY)
    assert key == body_key(STORY)
    assert np.array_equal(minhash.hashvalues, minhash_of(STORY).hashvalues)
    assert body_signature("")[0] == body_key("")
