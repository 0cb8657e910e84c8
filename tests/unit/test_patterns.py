"""Regex building blocks: the trie alternation matches what the flat, longest-first one matches, and the
prefilter's required strings are in every match of a pattern."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.text.patterns import alternation, cue_strings, holds_any, required_strings

WORDS = st.lists(
    st.text(alphabet="ابت ي", min_size=1, max_size=6).map(lambda w: " ".join(w.split())).filter(bool),
    min_size=1,
    max_size=12,
)


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


@pytest.mark.parametrize(
    ("pattern", "inside", "outside"),
    [
        (r"(?:يناير|فبراير)\s+\d{4}", "في يناير 2018", "في 2018"),
        (r"\d{1,2}:\d{2}", "الساعة 10:30", "الساعة العاشرة"),
        (r"(?:منذ|خلال)?\s*(?:ساعة|ساعات)", "خلال ساعات", "خلال أيام"),
    ],
)
def test_required_strings_are_in_every_match(pattern, inside, outside):
    compiled = re.compile(pattern)
    needs = required_strings(compiled)
    assert needs, pattern
    assert compiled.search(inside) and any(n in inside for n in needs)
    assert not any(n in outside for n in needs) and not compiled.search(outside)


@pytest.mark.parametrize("pattern", [r"\d+", r"(?:ab)*", "x|", "(?i)abc"])
def test_required_strings_are_none_when_a_match_may_hold_none_of_them(pattern):
    assert required_strings(re.compile(pattern)) is None


@given(st.text(alphabet="ابت يك", max_size=30))
def test_required_strings_never_miss_a_match(text):
    for pattern in (r"(?:ب|ت)ا+ي?", r"ا(?:بت|تب)\s+ي", r"ك?(?:اب|بي)(?:ت|ي)"):
        compiled = re.compile(pattern)
        needs = required_strings(compiled)
        assert needs
        if compiled.search(text):
            assert any(n in text for n in needs), (pattern, text, needs)


def test_cue_strings_drop_the_required_strings_that_hold_a_shorter_one():
    compiled = re.compile(r"[وف]?(?:كتيبه|الكتيبه|لواء)\s+[0-9]+")
    assert required_strings(compiled) == {"الكتيبه", "كتيبه", "لواء"}
    assert set(cue_strings(compiled)) == {"كتيبه", "لواء"}
    assert cue_strings(re.compile(r"\d+")) is None


def test_holds_any_looks_only_inside_the_range_and_holds_when_there_are_no_cues():
    text = "قال الجيش اليوم"
    assert holds_any(text, 0, len(text), ("جيش",))
    assert not holds_any(text, 10, len(text), ("جيش",))
    assert not holds_any(text, 0, 6, ("جيش",))  # only part of the word
    assert holds_any(text, 0, 0, None)
