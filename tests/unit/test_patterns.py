"""Regex building blocks: the trie alternation matches what the flat, longest-first one matches."""

import re

from hypothesis import given
from hypothesis import strategies as st

from helpers.text.patterns import alternation

WORDS = st.lists(st.text(alphabet="ابت ي", min_size=1, max_size=6).map(str.strip).filter(bool), min_size=1, max_size=12)


def flat(words: list[str]) -> str:
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"


@given(WORDS, st.text(alphabet="ابتي \n", max_size=40))
def test_trie_finds_the_same_matches_as_the_flat_alternation(words, text):
    for wrap in ("{}", r"(?<![ابتي]){}(?![ابتي])", "{}ت", "(?:{})?ب"):
        trie, plain = re.compile(wrap.format(alternation(words))), re.compile(wrap.format(flat(words)))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_trie_shares_prefixes_and_keeps_spaces_flexible():
    pattern = alternation(["يوم", "يوما", "يومين", "كانون الثاني"])
    assert pattern.count("يوم") == 1
    assert re.fullmatch(pattern, "كانون   الثاني") and re.fullmatch(pattern, "يومين")
    assert not re.fullmatch(pattern, "يومي")
