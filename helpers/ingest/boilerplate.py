"""Page furniture: find the lines (and a few inline marks) of a text that are not news.

Two sources, both applied line by line after markup is removed (``clean_body``):

- **listed** patterns in ``helpers/data/boilerplate.csv`` (analyst-extendable): "اقرأ أيضاً" headings with the
  teaser lines under them, related-story teasers, image captions and credits, share and app prompts, separators;
- **learned** lines: a line that recurs verbatim (after white space normalisation) in many articles of one outlet
  of the corpus being loaded. ``LineCounter`` counts them in a first pass over the corpus; what it finds, with the
  lines learned once from ANT and shipped in ``helpers/data/boilerplate_learned.csv``, is handed to ``clean_body``
  per outlet, so cleaning one article stays a pure function of its raw body and that list. Lines seen in only
  two or more articles (marked ``REPEATED``) join it too, but count as furniture only in the run of lines right
  after a learned line: other stories' leads an outlet appends as a block (CNN's teasers).
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from helpers import config

LEARNED = "learned"
KEY_CHARS = 200  # a learned line is known by its first 200 characters (what ``removed`` records of it)
SCOPES = ("line", "heading", "inline", "tail")
_SENTENCE_END = re.compile(r"[.!؛:]\s*$")
_CONTINUES = re.compile("^\u0648")  # a line starting with و continues the article: never learned
_NOT_TITLE = re.compile(r"^(?:و|ف|إذا|اذا|لكن|ثم|كما)|،")  # a connective or a comma: article text, not a title


@dataclass(frozen=True)
class Rule:
    """One listed pattern: the kind of furniture it finds, where it applies (a whole ``line``, a ``heading`` that
    takes the teaser lines under it, an ``inline`` span, or a ``tail``: its second matching line and every line
    after it, as another story's dateline starts the teasers appended to an article), the compiled pattern, and
    the longest line it can match; ``triggers`` are plain strings looked up once per text (fast) to skip the
    rule on texts where it cannot match."""

    kind: str
    scope: str
    pattern: re.Pattern[str]
    max_chars: int  # longer lines never match (the rule is not even tried on them)
    triggers: tuple[str, ...] = ()  # one of these strings is in every line the rule matches; () : always tried


@dataclass(frozen=True)
class Furniture:
    """One piece of furniture found in a text: its kind, its span in that text and the text itself."""

    kind: str
    start: int
    end: int
    text: str


def boilerplate_path() -> Path:
    """The shipped table of listed patterns."""
    return config.DATA_DIR / "boilerplate.csv"


def shipped_learned_path() -> Path:
    """The shipped table of furniture lines learned from ANT (``scripts/build_boilerplate.py``)."""
    return config.DATA_DIR / "boilerplate_learned.csv"


@functools.cache
def shipped_learned(path: Path | None = None) -> dict[str, frozenset[str]]:
    """The shipped learned lines per outlet ({} when the table is absent)."""
    path = path or shipped_learned_path()
    if not path.exists():
        return {}
    lines: dict[str, set[str]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lines.setdefault(row["outlet"], set()).add(line_key(row["text"])[:KEY_CHARS])
    return {outlet: frozenset(texts) for outlet, texts in lines.items()}


def merge_learned(*tables: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """The union, outlet by outlet, of several learned tables."""
    out: dict[str, frozenset[str]] = {}
    for table in tables:
        for outlet, lines in table.items():
            out[outlet] = out.get(outlet, frozenset()) | lines
    return out


@functools.cache
def listed_rules(path: Path | None = None) -> tuple[Rule, ...]:
    """The listed patterns, in table order (raise ValueError on an unknown scope or a bad pattern)."""
    rules = []
    with open(path or boilerplate_path(), encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=2):
            if row["scope"] not in SCOPES:
                raise ValueError(f"boilerplate.csv line {number}: unknown scope {row['scope']!r} (use {SCOPES})")
            try:
                pattern = re.compile(row["pattern"])
            except re.error as err:
                raise ValueError(f"boilerplate.csv line {number}: bad pattern: {err}") from err
            limit = int(row.get("max_chars") or 0) or 1_000_000
            triggers = tuple(t for t in (row.get("trigger") or "").split("|") if t)
            rules.append(Rule(row["kind"], row["scope"], pattern, limit, triggers))
    return tuple(rules)


def line_key(line: str) -> str:
    """A line as compared across articles: white space runs collapsed, ends stripped."""
    return " ".join(line.split())


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end including the line break, key) of every line of ``text``."""
    start, size = 0, len(text)
    for line in text.split("\n"):
        end = start + len(line) + 1
        yield start, min(end, size), line_key(line)
        start = end


def _line_kind(key: str, rules: tuple[Rule, ...], learned: frozenset[str], tails: set[Rule]) -> tuple[str, str] | None:
    """(kind, scope) of the first rule a whole line matches, or the learned kind; None for a news line.

    A ``tail`` rule's first match is news (the article's own dateline); ``tails`` records it. ``learned`` is
    empty for the first line: a story's lead stays in its own article even when other articles carry it as a
    teaser."""
    size = len(key)
    for rule in rules:
        if rule.scope == "inline" or size > rule.max_chars or not _triggered(rule, key) or not rule.pattern.search(key):
            continue
        if rule.scope != "tail" or rule in tails:
            return rule.kind, rule.scope
        tails.add(rule)
    return (LEARNED, "line") if key[:KEY_CHARS] in learned else None


@functools.cache
def _trigger_strings(rules: tuple[Rule, ...]) -> tuple[str, ...]:
    """Every trigger string of the rules, once."""
    return tuple(sorted({t for r in rules for t in r.triggers}))


def _active_rules(text: str) -> tuple[Rule, ...]:
    """The listed rules that may match in ``text``: those without triggers, or with one of them in it."""
    rules = listed_rules()
    present = {t for t in _trigger_strings(rules) if t in text}
    return tuple(r for r in rules if not r.triggers or not present.isdisjoint(r.triggers))


def _triggered(rule: Rule, text: str) -> bool:
    """Whether one of the rule's trigger strings is in ``text`` (always, for a rule without any)."""
    return not rule.triggers or any(t in text for t in rule.triggers)


def _is_teaser(key: str, settings: config.BoilerplateSettings) -> bool:
    """A teaser line under a "read also" heading: a short title, not a sentence."""
    words = len(key.split())
    return 0 < words <= settings.max_teaser_words and not _SENTENCE_END.search(key) and not _NOT_TITLE.search(key)


def find_furniture(text: str, learned: Iterable[str] = ()) -> list[Furniture]:
    """Every piece of furniture in ``text``, left to right, never overlapping."""
    settings = config.boilerplate_settings()
    rules = _active_rules(text)
    learned, repeated = _split_learned(learned)
    found: list[Furniture] = []
    teasers_left = 0
    tails: set[Rule] = set()
    lead = True
    skip_to = 0  # the end of an appended block already taken
    for start, end, key in _lines(text):
        if start < skip_to:
            continue
        if not key:
            teasers_left = 0
            continue
        hit = _line_kind(key, rules, frozenset() if lead else learned, tails)
        lead = False
        if hit is not None and hit[1] == "tail":
            found.extend(Furniture(hit[0], s, e, k) for s, e, k in _lines_from(text, start) if k)
            return found
        if hit is None and teasers_left and _is_teaser(key, settings):
            hit = (found[-1].kind, "line")
            teasers_left -= 1
        else:
            teasers_left = 0
        if hit is None:
            found.extend(_inline(text, start, end, rules))
            continue
        found.append(Furniture(hit[0], start, end, key))
        if hit[1] == "heading":
            teasers_left = settings.max_teaser_lines
        if hit[0] == LEARNED and repeated:
            block = _appended_block(text, end, learned, repeated, settings.max_teaser_lines)
            found.extend(Furniture(LEARNED, s, e, k) for s, e, k in block)
            skip_to = block[-1][1] if block else 0
    return found


REPEATED = "\x00"  # marks a line of the learned table seen in a few articles: furniture only in a learned tail


def _split_learned(lines: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The learned lines, and the lines only repeated (``REPEATED``-marked), by their keys."""
    sure, repeated = set(), set()
    for line in lines:
        if line.startswith(REPEATED):
            repeated.add(line[1 : 1 + KEY_CHARS])
        else:
            sure.add(line[:KEY_CHARS])
    return frozenset(sure), frozenset(repeated)


def _appended_block(
    text: str, start: int, learned: frozenset[str], repeated: frozenset[str], most: int
) -> list[tuple[int, int, str]]:
    """The lines right after a learned line (from ``start``) that are other stories' leads appended as a block:
    the run of lines each learned or repeated in other articles of the outlet, when at least one is only repeated
    (else the learned lines take them one by one); at most ``most`` lines, else none (no block is that long)."""
    block = []
    for line in _lines_from(text, start):
        key = line[2][:KEY_CHARS]
        if not key:
            continue
        if key not in learned and key not in repeated:
            break
        block.append(line)
        if len(block) > most:
            return []
    return block if any(key[:KEY_CHARS] not in learned for _, _, key in block) else []


def _lines_from(text: str, start: int) -> Iterator[tuple[int, int, str]]:
    """The lines of ``text`` from offset ``start`` (a line start) to the end."""
    for line_start, line_end, key in _lines(text[start:]):
        yield start + line_start, start + line_end, key


def _inline(text: str, start: int, end: int, rules: tuple[Rule, ...]) -> Iterator[Furniture]:
    """Inline furniture (an image caption in parentheses) inside one news line."""
    for rule in rules:
        if rule.scope == "inline":
            for match in rule.pattern.finditer(text, start, end):
                yield Furniture(rule.kind, match.start(), match.end(), match.group(0))


@dataclass
class _Seen:
    """How often one line was seen in one outlet: articles, the distinct first lines of those articles, its text."""

    articles: int = 0
    leads: set[int] = field(default_factory=set)
    text: str = ""


@dataclass
class LineCounter:
    """First pass of learned furniture: count, per outlet, the articles each line occurs in.

    A line starting with و is never counted: it continues a story (a background paragraph repeated across
    articles is news), where a teaser or a footer stands alone. Memory holds one integer per distinct line; a
    line seen twice also keeps its text and up to ``min_articles`` hashes of the first lines of the articles it
    was seen in (a line repeated only because an article is duplicated comes with the same first line, so it is
    not furniture).
    """

    settings: config.BoilerplateSettings = field(default_factory=config.boilerplate_settings)
    articles: dict[str, int] = field(default_factory=dict)
    first: dict[str, dict[int, int]] = field(default_factory=dict)
    seen: dict[str, dict[int, _Seen]] = field(default_factory=dict)

    def add(self, outlet: str, text: str) -> None:
        """Count the lines of one article's text (after markup removal) for ``outlet``."""
        self.articles[outlet] = self.articles.get(outlet, 0) + 1
        first = self.first.setdefault(outlet, {})
        seen = self.seen.setdefault(outlet, {})
        lead = None
        done: set[int] = set()
        for _, _, key in _lines(text):
            if not key:
                continue
            h = hash(key)
            lead = h if lead is None else lead
            if h not in done and len(key) <= self.settings.max_learned_chars and not _CONTINUES.match(key):
                done.add(h)
                self._count(first, seen, h, key, lead)

    def _count(self, first: dict[int, int], seen: dict[int, _Seen], h: int, key: str, lead: int) -> None:
        """Count one line of one article whose first line hashes to ``lead``."""
        entry = seen.get(h)
        if entry is None:
            if h not in first:
                first[h] = lead
                return
            entry = seen[h] = _Seen(1, {first.pop(h)}, key[:KEY_CHARS])
        entry.articles += 1
        if len(entry.leads) < self.settings.min_articles:
            entry.leads.add(lead)

    def repeated(self) -> dict[str, frozenset[str]]:
        """The lines of each outlet seen in two articles or more with different first lines, marked ``REPEATED``:
        furniture only when they close an article after a learned line (``find_furniture``)."""
        out = {}
        for outlet, seen in self.seen.items():
            lines = frozenset(REPEATED + e.text for e in seen.values() if len(e.leads) >= 2)
            if lines:
                out[outlet] = lines
        return out

    def furniture(self) -> dict[str, frozenset[str]]:
        """The learned furniture per outlet: lines in at least ``min_articles`` articles with as many different
        first lines, and in at least ``min_share`` of the outlet's articles."""
        out = {}
        for outlet, seen in self.seen.items():
            floor = max(self.settings.min_articles, self.settings.min_share * self.articles[outlet])
            lines = frozenset(
                e.text for e in seen.values() if e.articles >= floor and len(e.leads) >= self.settings.min_articles
            )
            if lines:
                out[outlet] = lines
        return out


def learned_lines(removed: Iterable[Mapping[str, object]]) -> frozenset[str]:
    """The learned lines an article's ``removed`` list records: with its raw body they rebuild its cleaning."""
    return frozenset(str(r["text"])[:KEY_CHARS] for r in removed if r.get("kind") == LEARNED)
