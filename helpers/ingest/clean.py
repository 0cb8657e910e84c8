"""Turn a raw article body into display text, keeping a map back to the raw offsets.

Cleaning is three passes: markup, page furniture, white space. Each match is an edit (HTML tag, entity, ``.,``
paragraph join, hashtag, zero-width mark; a furniture line or caption, see ``boilerplate``; a whitespace run).
Every edit is recorded as an anchor so that any offset in the display text can
be mapped back to the raw text it came from.

Everything runs in time linear in the text: comments and ``<script>``/``<style>``
blocks are closed by looking their closing mark up with a forward-only finder,
never by a lazy regex that rescans to the end from every unclosed opening.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from helpers.ingest.boilerplate import Furniture, find_furniture, learned_lines
from helpers.text.arabic import AR

Match = re.Match[str]

_BLOCK_TAGS = frozenset({"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table"})
_TAG_START = f"[{AR}\u0671-\u06d3A-Za-z]"  # a hashtag starts with a letter: #2018 is not one
_ARABIC_WORD = f"[{AR}\u0660-\u0669\u0671-\u06d3\u06f0-\u06ff\u0640\u064b-\u065fA-Za-z0-9]"

# The whole markup pattern; comments and script/style blocks are only ever matched with ``endpos`` set to
# their known end (see _markup_match), so the lazy ``.*?`` never runs past it.
_BLOCKS = r"(?P<comment><!--.*?-->)|(?P<dropblock><(?P<droptag>script|style)\b[^>]*>.*?</(?P=droptag)\s*>)|"
_REST = (
    r"(?P<tag></?(?P<tagname>[A-Za-z][A-Za-z0-9]{0,15})\b(?:[^<>\"']|\"[^\"]*\"|'[^']*'){0,2000}/?>)"
    r"|(?P<entity>&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<join>\.,[ \t]*)"
    rf"|(?P<hashtag>(?<![#_\u0640\u064b-\u065f{AR}\u0660-\u0669\u0671-\u06d3\u06f0-\u06ffA-Za-z0-9])#(?P<tagbody>{_TAG_START}{_ARABIC_WORD}*(?:_+{_ARABIC_WORD}+)*)_*)"
    r"|(?P<zerowidth>[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]+)"
)
_MARKUP = re.compile(_BLOCKS + _REST, re.DOTALL | re.IGNORECASE)
# The same alternatives without comments and script/style blocks: safe to match without a bound.
_MARKUP_REST = re.compile(_REST, re.DOTALL | re.IGNORECASE)
_DROP_OPEN = re.compile(r"<(script|style)\b", re.IGNORECASE)
# Closing tags, ASCII letters in any case: each one closes a block whose opening tag is spelt in ASCII.
_DROP_CLOSE = {
    "script": re.compile(r"</[sS][cC][rR][iI][pP][tT]\s*>"),
    "style": re.compile(r"</[sS][tT][yY][lL][eE]\s*>"),
}
# Where a markup edit can start. Searching for these first is ~7x faster than the full pattern.
_MARKUP_TRIGGER = re.compile("[<&#\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]|\\.,")
# Where white space needs an edit: anything but a lone space or a lone newline.
_SPACES_TRIGGER = re.compile(
    "[\t\r\x0b\x0c\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|[ \n][ \n]"
)
_SPACES = re.compile(r"\s+")
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]")


@dataclass
class CleanText:
    """Display text, the hashtags found, the edits made, the furniture removed, and maps back to raw offsets.

    ``stages`` holds one anchor list per cleaning pass, each a sorted list of
    ``(offset_after, offset_before)`` pairs where that pass edited the text. ``removed`` lists the furniture:
    ``{kind, text (first 200 characters), raw_start, raw_end}``, offsets into the raw text.
    """

    text: str
    tags: list[str] = field(default_factory=list)
    edits: dict[str, int] = field(default_factory=dict)
    stages: list[list[tuple[int, int]]] = field(default_factory=list)
    removed: list[dict[str, object]] = field(default_factory=list)

    def to_raw(self, offset: int) -> int:
        """Map an offset in the display text back to the raw text it came from."""
        for anchors in reversed(self.stages):
            offset = _map_back(anchors, offset)
        return offset


def _map_back(anchors: list[tuple[int, int]], offset: int) -> int:
    """Map an offset through one pass, given that pass's anchors."""
    i = bisect.bisect_right(anchors, (offset, float("inf"))) - 1
    if i < 0:
        return offset
    after, before = anchors[i]
    return before + (offset - after)


class _Forward:
    """``str.find`` and ``Pattern.search`` for positions that never decrease: each answer is reused until the
    position passes it, so every needle scans the text at most once (linear time however often it is asked)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cache: dict[object, tuple[int, int]] = {}  # needle -> (asked from, found at or -1)

    def find(self, needle: str | re.Pattern[str], pos: int) -> int:
        """Where ``needle`` first occurs at or after ``pos`` (the match start for a pattern), or -1."""
        asked, found = self.cache.get(needle, (-1, -1))
        if asked < 0 or pos < asked or (found >= 0 and pos > found):
            if isinstance(needle, str):
                found = self.text.find(needle, pos)
            else:
                hit = needle.search(self.text, pos)
                found = hit.start() if hit else -1
            self.cache[needle] = (pos, found)
        return found


def _markup_match(text: str, pos: int, forward: _Forward) -> Match | None:
    """The markup pattern matched at ``pos``: the same match as ``_MARKUP.match(text, pos)``, in linear time.

    (Except for script/style tags spelt with non-ASCII look-alike letters, U+017F or U+0130, which the regex
    engine folds to ASCII: they are no longer blocks dropped whole, only tags removed one by one.)
    """
    if text.startswith("<!--", pos):
        close = forward.find("-->", pos + 4)
        return _MARKUP.match(text, pos, close + 3) if close >= 0 else None  # nothing else starts with "<!"
    opener = _DROP_OPEN.match(text, pos)
    if opener and opener.group(1).isascii():  # "<ſcript>" (U+017F) is a lone tag, not a block
        gt = forward.find(">", opener.end())
        close_pattern = _DROP_CLOSE[opener.group(1).lower()]
        close = forward.find(close_pattern, gt + 1) if gt >= 0 else -1
        if close >= 0:  # the block ends at this closing tag, or at an earlier one spelt with U+0130
            match = _MARKUP.match(text, pos, close_pattern.match(text, close).end())
            if match and match.group("dropblock"):
                return match
    return _MARKUP_REST.match(text, pos)


def _markup_matches(text: str) -> Iterator[Match]:
    """Every markup edit, left to right, never overlapping."""
    forward = _Forward(text)
    last = 0
    for hit in _MARKUP_TRIGGER.finditer(text):
        pos = hit.start()
        if pos < last:
            continue
        match = _markup_match(text, pos, forward)
        if match:
            yield match
            last = match.end()


def _triggered(trigger: re.Pattern[str], pattern: re.Pattern[str], text: str, back: bool = False) -> Iterator[Match]:
    """Matches of ``pattern`` tried only where ``trigger`` fires, left to right, never overlapping.

    With ``back``, a match may start before the trigger (for runs of white space).
    """
    last = 0
    for hit in trigger.finditer(text):
        pos = hit.start()
        if pos < last:
            continue
        if back:
            while pos > last and text[pos - 1].isspace():
                pos -= 1
        match = pattern.match(text, pos)
        if match:
            yield match
            last = match.end()


def _edges(text: str) -> Iterator[Match]:
    """White space runs at the start and end of ``text``.

    The trailing run is found from ``rstrip`` (``\\s`` and ``str.isspace`` agree): searching for ``\\s+\\Z``
    would try every inner white space run to its end, quadratic in a long run.
    """
    if text and text[0].isspace():
        yield _SPACES.match(text, 0)
    if text and text[-1].isspace():
        yield _SPACES.match(text, len(text.rstrip()))


def _space_matches(text: str) -> Iterator[Match]:
    """Every white space run that needs an edit, in order."""
    inner = _triggered(_SPACES_TRIGGER, _SPACES, text, back=True)
    seen_end = -1
    for match in sorted((*_edges(text), *inner), key=lambda m: m.start()):
        if match.start() >= seen_end:
            seen_end = match.end()
            yield match


def _apply(matches: Iterable[Match], text: str, replace) -> tuple[str, list[tuple[int, int]], dict[str, int]]:
    """Apply ``replace(match) -> (kind, replacement | None)`` to every match, recording anchors."""
    pieces: list[str] = []
    anchors: list[tuple[int, int]] = []
    edits: dict[str, int] = {}
    out_len = 0
    last = 0
    for match in matches:
        kind, repl = replace(match)
        if repl is None or repl == match.group(0):
            continue
        start, end = match.span()
        pieces.append(text[last:start])
        out_len += start - last
        anchors.append((out_len, start))
        pieces.append(repl)
        out_len += len(repl)
        anchors.append((out_len, end))
        last = end
        edits[kind] = edits.get(kind, 0) + 1
    if not anchors:
        return text, anchors, edits
    pieces.append(text[last:])
    return "".join(pieces), anchors, edits


def _markup_edit(match: re.Match[str]) -> tuple[str, str | None]:
    """Return (edit kind, replacement) for one match of the markup pattern."""
    groups = match.groupdict()  # the groups of _MARKUP or of _MARKUP_REST (no comment or dropblock)
    if groups["tag"] is not None:
        name = (groups["tagname"] or "").lower()
        return "html_tag", "\n" if name in _BLOCK_TAGS else " "
    if groups.get("dropblock") is not None:
        return "html_script_or_style", " "
    if groups.get("comment") is not None:
        return "html_comment", " "
    if groups["entity"] is not None:
        decoded = html.unescape(match.group(0))
        return "html_entity", decoded if decoded.strip() or decoded == "" else " "
    if groups["join"] is not None:
        return "paragraph_join", ".\n"
    if groups["hashtag"] is not None:
        return "hashtag", hashtag_to_words(groups["tagbody"])
    return "zero_width", ""


def _space_edit(match: re.Match[str]) -> tuple[str, str | None]:
    """Collapse a whitespace run: one newline if it holds a line break, else one space."""
    run = match.group(0)
    if run in (" ", "\n") and match.start() > 0 and match.end() < len(match.string):
        return "whitespace", None
    at_edge = match.start() == 0 or match.end() == len(match.string)
    if at_edge:
        return "whitespace", ""
    return "whitespace", "\n" if _LINE_BREAK.search(run) else " "


def markup_text(raw: str) -> str:
    """The text after the markup pass alone: the lines the furniture pass (and the line counter) sees."""
    return _apply(_markup_matches(raw), raw, _markup_edit)[0]


def _drop(found: list[Furniture], text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` without the furniture spans, and the anchors of that pass."""
    pieces: list[str] = []
    anchors: list[tuple[int, int]] = []
    out_len = last = 0
    for item in found:
        pieces.append(text[last : item.start])
        out_len += item.start - last
        anchors += [(out_len, item.start), (out_len, item.end)]
        last = item.end
    pieces.append(text[last:])
    return "".join(pieces), anchors


def clean_body(raw: str, learned: Iterable[str] = (), furniture: bool = True) -> CleanText:
    """Clean one raw body into display text; a pure function of ``raw`` and the ``learned`` furniture lines
    (those of the article's outlet in its corpus, see ``boilerplate.LineCounter``). ``furniture=False`` keeps
    page furniture (for a title)."""
    markup = list(_markup_matches(raw))
    text1, anchors1, edits = _apply(markup, raw, _markup_edit)
    found = find_furniture(text1, learned) if furniture else []
    text_b, anchors_b = _drop(found, text1)
    if found:
        edits["boilerplate"] = len(found)
    text2, anchors2, space_edits = _apply(_space_matches(text_b), text_b, _space_edit)
    edits.update(space_edits)
    tags = [hashtag_to_words(m.group("tagbody")) for m in markup if m.groupdict().get("hashtag")]
    removed = [
        {
            "kind": f.kind,
            "text": f.text[:200],
            "raw_start": _map_back(anchors1, f.start),
            "raw_end": _map_back(anchors1, f.end),
        }
        for f in found
    ]
    return CleanText(text=text2, tags=tags, edits=edits, stages=[anchors1, anchors_b, anchors2], removed=removed)


def reclean(raw: str, removed: Iterable[Mapping[str, object]] = ()) -> CleanText:
    """The cleaning the loader made of an article, from its ``raw_body`` and ``removed`` columns."""
    return clean_body(raw, learned_lines(removed))


def hashtag_to_words(tag: str) -> str:
    """``#منطقة_الهلال_النفطي`` -> ``منطقة الهلال النفطي``."""
    return re.sub("_+", " ", tag.lstrip("#")).strip()


def clean_text(raw: str) -> str:
    """Display text only (see :func:`clean_body` for tags and offsets)."""
    return clean_body(raw).text
