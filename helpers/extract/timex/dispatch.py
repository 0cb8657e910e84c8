"""Which rules to try where. Scanning the whole text with every rule costs one attempt per rule at every
word; but a rule can only start with a few letter runs (a month rule with the first letters of a month name, a
weekday rule with يوم or الاحد...), up to KEY characters and at most two words. Each rule's possible starts are
read off its parsed pattern once; the tagger then visits the words of a text and tries, at each, only the rules
that can start there (after the proclitics و ف ب ل ك). A start may run across white space into the next word
(من الساعة -> "من الس", a run of white space looked up as one space), which spares the rules led by من/في/بين
at every such word. Rules whose start cannot be named scan the whole text. The expressions found are those a
scan of the whole text finds (tests/unit/test_timex.py compares both on the bundled corpus)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from helpers.extract.timex.values import _RULES
from helpers.text.arabic import AR
from helpers.text.patterns import alternation

try:
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

KEY = 6  # letters of a start looked up (a word and the next one's first letters)
_LIMIT = 4000  # the most starts tracked for one rule
_DIGIT = "#"
_LETTER = re.compile(f"[{AR}#]")
_SPACES = re.compile(r"\s+")
_DIGIT_RUN = re.compile(f"{_DIGIT}+")  # a run of digits is one symbol, as a run of white space is one space
_WORD_START = re.compile(f"[{AR}#][{AR}# ]*[^{AR}#\\s]?")  # a start up to its first punctuation, kept (يوم ،)
_LETTERS = re.compile(f"[{AR}#]*")
Start = tuple[str, bool]  # (the text a match starts with, whether the item matched exactly that text)


def _item(item: tuple, spaces: bool) -> set[Start] | None:
    """How one parsed item can start, or None when that cannot be said (white space only with ``spaces``)."""
    op, av = item
    if op is _sre.LITERAL:
        char = chr(av)
        return {(_DIGIT if char.isdigit() else char, True)}
    if op is _sre.IN:
        chars: set[Start] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add((_DIGIT if chr(value).isdigit() else chr(value), True))
            elif kind is _sre.RANGE and value[1] - value[0] < 16:
                chars.update((_DIGIT if chr(c).isdigit() else chr(c), True) for c in range(value[0], value[1] + 1))
            elif kind is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
                chars.add((_DIGIT, True))
            elif spaces and kind is _sre.CATEGORY and value is _sre.CATEGORY_SPACE:
                chars.add((" ", True))  # any run of white space is looked up as one space
            else:
                return None
        return chars
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {("", True)}
    if op is _sre.SUBPATTERN:
        return _sequence(list(av[-1]), spaces)
    if op is _sre.BRANCH:
        out: set[Start] = set()
        for branch in av[1]:
            found = _sequence(list(branch), spaces)
            if found is None:
                return None
            out |= found
        return out
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        low, high, inner = av
        found = _sequence(list(inner), spaces)
        if found is None:
            return None
        if high != 1 and found not in ({(" ", True)}, {(_DIGIT, True)}):  # \s+, \d+ are one symbol when looked up
            found = {(text, False) for text, _ in found}
        return found | ({("", True)} if low == 0 else set())
    return None


def _sequence(items: list, spaces: bool) -> set[Start] | None:
    """How a sequence of items can start (up to KEY characters)."""
    current: set[Start] = {("", True)}
    for item in items:
        if all(not exact or len(text) >= KEY for text, exact in current):
            break
        found = _item(item, spaces)
        following: set[Start] = set()
        for text, exact in current:
            if not exact or len(text) >= KEY:
                following.add((text[:KEY], False))
            elif found is None:
                if not text:
                    return None
                following.add((text, False))
            else:
                for more, more_exact in found:
                    joined = text + more
                    if _DIGIT + _DIGIT in joined:
                        joined = _DIGIT_RUN.sub(_DIGIT, joined)
                    following.add((joined[:KEY], more_exact and len(joined) < KEY))
        if len(following) > _LIMIT:
            return None
        current = following
    return current


def starts(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The texts (KEY characters, or fewer for a shorter match) every match of a rule's ``t`` group begins
    with, digits written #; None when they cannot be named or one does not begin with a letter or digit."""
    group = pattern.groupindex["t"]
    for op, av in _sre_parse.parse(pattern.pattern):
        if op is _sre.SUBPATTERN and av[0] == group:
            for spaces in (True, False):  # across white space when the starts stay few, else up to it
                found = _sequence(list(av[-1]), spaces)
                if found is not None and all(text and _LETTER.match(text) for text, _ in found):
                    return frozenset(_two_words(_WORD_START.match(_SPACES.sub(" ", text)).group()) for text, _ in found)
            return None
    return None


def _two_words(start: str) -> str:
    """A start cut after the first letters of its second word: the tagger looks up a word and the next one only
    (من # الى -> من #)."""
    words = start.split(" ")[:2]
    if len(words) == 2:
        letters = _LETTERS.match(words[1]).group()  # the next word is looked up by its letters, or a punctuation
        words[1] = letters or words[1][:1]
    return " ".join(words)


@functools.lru_cache(maxsize=1)
def table() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """(start text -> the rules, by index, that can begin with it; the rules that must scan everything)."""
    by_start: dict[str, set[int]] = {}
    everywhere = []
    for index, (_, compiled, _, _) in enumerate(_RULES):
        found = starts(compiled)
        if found is None or not all(_WORDLIKE.fullmatch(text) for text in found):
            everywhere.append(index)
            continue
        for text in found:
            by_start.setdefault(text, set()).add(index)
    return {k: tuple(sorted(v)) for k, v in by_start.items()}, tuple(everywhere)


_WORDLIKE = _WORD_START


@functools.lru_cache(maxsize=1)
def _words() -> re.Pattern[str]:
    """The words some rule can start with (after proclitics), with their first KEY + 2 letters and the first
    letters of the word after them (a start may run across white space: من الساعة -> من الس)."""
    by_start, _ = table()
    starts_ = alternation(k.replace(_DIGIT, "0") for k in _shortest(by_start))
    starts_ = starts_.replace("0", "[0-9]+").replace(" ", r"\s+")
    # then the next word's letters, or the white space or punctuation after the word: looked at, not consumed
    following = f"(?=(\\s*[^{AR}0-9\\s]|\\s+[{AR}0-9]{{1,{KEY}}})?)"
    return re.compile(f"[^{AR}0-9](?=[وف]?[بلك]?(?:{starts_}))([{AR}0-9]{{1,{KEY + 2}}}[0-9]*){following}")


def _shortest(keys: Iterable[str]) -> list[str]:
    """The starts no other start begins: a word begins some start exactly when it begins one of these (يوم
    covers يوما and يومين), so the look-ahead that finds the words has fewer branches to try."""
    shortest: list[str] = []
    for key in sorted(keys):  # a start sorts right after the shorter starts it begins with
        if not shortest or not key.startswith(shortest[-1]):
            shortest.append(key)
    return shortest


_DIGITS = str.maketrans("0123456789", _DIGIT * 10)
_SEEN: dict[str, tuple[int, ...]] = {}


def _rules_at(prefix: str) -> tuple[int, ...]:
    """The rules that can start in a word beginning with ``prefix`` (its first KEY + 2 letters), after the
    proclitics it may carry (remembered: words repeat)."""
    known = _SEEN.get(prefix)
    if known is not None:
        return known
    by_start, _ = table()
    key = _DIGIT_RUN.sub(_DIGIT, prefix.translate(_DIGITS))
    offsets = [0]
    if key[:1] in ("و", "ف", "ب", "ل", "ك"):
        offsets.append(1)
        if key[:1] in ("و", "ف") and key[1:2] in ("ب", "ل", "ك"):
            offsets.append(2)
    found: set[int] = set()
    for offset in offsets:
        for length in range(1, KEY + 1):
            found.update(by_start.get(key[offset : offset + length], ()))
    if len(_SEEN) > 100_000:
        _SEEN.clear()
    _SEEN[prefix] = known = tuple(sorted(found))
    return known


def candidates(text: str) -> Iterator[tuple[int, tuple[int, ...]]]:
    """For each word of ``text`` (the position of the character before it), the rules that can start there."""
    seen = _SEEN
    for match in _words().finditer(text):
        prefix, following = match.groups()
        if following:  # the next word's first letters after one space (that word is still visited), or punctuation
            prefix += " " + following.lstrip() if following[0].isspace() else following
        rules = seen.get(prefix)
        if rules is None:
            rules = _rules_at(prefix)
        if rules:
            yield match.start(), rules
