"""The side ranker's candidates and features: who may be actor 1 and actor 2 of a row, and what tells them apart.

A row's candidates for a slot (1 or 2) are every party the side rules can see for its sentence (the actors layer,
places standing for a government, generic nouns: ``sides.sentence_parties``), those of the sentence before it,
the doer of the event told before it, the article's most named army and armed group, the sides the rules chose
(after merging), and nobody; each named by the same transforms the rules apply to the sides they choose
(``ranker_naming.final_side``) and kept once by the name the row would show. Each (row, candidate, slot) gets a
vector of ``FEATURES``: where the candidate stands relative to the trigger, what precedes it, its kind, whether
it is the attribution's speaker or inside a quote, how often the article names it (and whether it is the
article's most named army or armed group), the trigger a noun or a verb, passive voice, and whether the rules
chose it. No names, outlets or story words. (The event-type interactions of stop 19 were dropped in stop 20: 45
weights for under 200 matched rows, no better in cross-validation.)
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from helpers.extract.incidents.persons import passive
from helpers.extract.incidents.ranker_context import Context, RowSides, place_party
from helpers.extract.incidents.ranker_naming import final_side
from helpers.extract.incidents.scope import COLUMN
from helpers.extract.incidents.sides import NOBODY, Party, sentence_parties
from helpers.extract.incidents.vocabulary import COMPLEMENTISER
from helpers.text.arabic import AR


class Candidate(NamedTuple):
    """One candidate side of a row: the name and English the row would show, the party as found (``NOBODY`` for
    nobody or a side only the rules name), where it comes from, and whether the rules chose it as actor 1 / 2."""

    name: str
    english: str
    party: Party
    origin: str  # sentence, previous, doer, article, rules, nobody
    rules: tuple[bool, bool]


ORIGINS = ("sentence", "previous", "doer", "article", "rules", "nobody")
KINDS = ("forces", "armed", "state", "person", "civilian", "organisation", "generic", "label")
_CUES = {
    "agent": re.compile(r"(?:من قبل|علي يد|علي ايدي|بواسطه)\s*$"),
    "on": re.compile(rf"(?<![{AR}])علي\s*$"),
    "against": re.compile(rf"(?<![{AR}])ضد\s*$"),
    "in": re.compile(rf"(?<![{AR}])في\s*$"),
    "to": re.compile(rf"(?:(?<![{AR}])ل(?:ـ)?\s*|(?<![{AR}])[وف]?ل)$"),
    "between": re.compile(rf"(?<![{AR}])بين\s+(?:[{AR}]+\s+){{0,3}}(?:و\s*)?$"),
    "with": re.compile(rf"(?<![{AR}])مع\s*$"),
    "forces": re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?قوات\s*$"),
    "aircraft": re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:طائرات|طائره|طيران|مقاتلات|مدفعيه|صواريخ)\s*$"),
    "light_verb": re.compile(rf"(?<![{AR}])[وف]?(?:شن|شنت|نفذ|نفذت|يشن|تشن|خاض|خاضت|تخوض|يخوض)\s*$"),
    "target": re.compile(
        rf"(?<![{AR}])[وفبل]?(?:ال)?(?:تجمعات|مواقع|اهداف|تحصينات|تعزيزات|عربات|دفاعات|معاقل|صفوف|عناصر|مسلحي|"
        rf"مقاتلي|جيوب|اوكار|مقرات|معسكرات)\s+(?:لل|ل)?$"
    ),
}
_LABELS = ("civilians", "protesters", "unidentified", "militants")
_FORCES_WORDS = re.compile(r"forces of|police|army|military|security|troops|soldiers|coalition", re.IGNORECASE)
_ORGANISATION = {"organisation", "party", "other", "media"}
_CLAUSE_MARK = re.compile(r"[،,.؛:]")
_QUOTE = re.compile(r"[\"«»“”]")


def _kind(candidate: Candidate) -> str:
    """A candidate's kind (``KINDS``), by the side it would be and the party it was found as."""
    english, party = candidate.english.lower(), candidate.party
    if english.startswith(_LABELS) or "unidentified" in english:
        return "civilian" if english.startswith("civilians") else "label"
    if party.kind == "civilian":
        return "civilian"
    if party.actor_type in ("army", "military_unit") or party.kind == "state" or _FORCES_WORDS.search(english):
        return "forces"
    if party.actor_type == "armed_group" or party.kind == "armed":
        return "armed"
    if party.kind == "place" or party.actor_type in ("government", "state"):
        return "state"
    if party.actor_type == "person":
        return "person"
    if party.actor_type in _ORGANISATION:
        return "organisation"
    return "generic" if party.name else "label"


FEATURES: tuple[str, ...] = (
    "nobody", "rules_this", "rules_other", "rules_only", *(f"from_{o}" for o in ORIGINS[:4]),
    "before", "after", "log_tokens", "adjacent", "within_3", "nearest_before", "first_after", "in_region",
    "same_clause", "said_between", *(f"cue_{c}" for c in _CUES), *(f"kind_{k}" for k in KINDS), "curated",
    "speaker", "in_quote", "verb_before", "verb_after", "verb_nearest_before", "verb_first_after", "passive_before",
    "passive_after", "noun_first_after", "noun_nearest_before", *(f"rules_empty_{o}" for o in ORIGINS[:4]),
    "log_mentions", "most_named", "main_forces", "main_group",
)  # fmt: skip
INDEX = {name: i for i, name in enumerate(FEATURES)}


def _key(name: str, english: str) -> str:
    """The name a row shows for a side (its English, else its Arabic); '' for nobody."""
    return english or name


def candidates(article: Any, context: Context, row: tuple, slot: int) -> list[Candidate]:
    """A row's candidates for ``slot``, each kept once by the name the row would show (the nearest to the trigger
    first), nobody last."""
    seen: RowSides = context.rows[row[COLUMN["event_id"]]]
    event = (row[COLUMN["event_type"]], seen.country, seen.acts)
    chosen = [_key(row[COLUMN["actor1"]] or "", row[COLUMN["actor1_en"]] or ""),
              _key(row[COLUMN["actor2"]] or "", row[COLUMN["actor2_en"]] or "")]  # fmt: skip
    t0 = seen.span[0]
    here = sorted(seen.parties, key=lambda p: abs(p.start - t0))
    found = [(p, "sentence") for p in here] + [(p, "previous") for p in previous_parties(article, context, seen)]
    found += [(seen.doer, "doer"), (context.forces, "article"), (context.names.rebels, "article")]
    out: dict[str, Candidate] = {}
    for party, origin in found:
        if not party.name and not party.english:
            continue
        side = final_side(party, slot, event, context.names, seen.parties)
        key = _key(side.name, side.english)
        if key and key not in out:
            out[key] = Candidate(side.name, side.english, party, origin, (key == chosen[0], key == chosen[1]))
    for k, key in enumerate(chosen, start=1):
        if key and key not in out:
            name, english = row[COLUMN[f"actor{k}"]] or "", row[COLUMN[f"actor{k}_en"]] or ""
            out[key] = Candidate(name, english, NOBODY, "rules", (key == chosen[0], key == chosen[1]))
    nobody = Candidate("", "", NOBODY, "nobody", (not chosen[0], not chosen[1]))
    return [*out.values(), nobody]


def previous_parties(article: Any, context: Context, seen: RowSides) -> list[Party]:
    """The parties of the sentence before the row's (as ``sentence_parties`` reads a sentence)."""
    sid = seen.sentence_id - 1
    if sid < 0 or not article.sentences:
        return []
    s, e = article.sentences[sid]
    as_actor = [place_party(m) for m in context.places.get(sid, []) if m.role == "actor"]
    return sentence_parties(article.text, article.norm, s, e, context.parties.get(sid, []), as_actor)


def features(article: Any, context: Context, row: tuple, slot: int, found: Sequence[Candidate]) -> list[list[float]]:
    """The feature vectors (``FEATURES`` order) of a row's candidates for ``slot``."""
    seen: RowSides = context.rows[row[COLUMN["event_id"]]]
    norm, (t0, t1) = article.norm, seen.span
    in_sentence = [c.party for c in found if c.origin == "sentence"]
    before = [p for p in in_sentence if p.end <= t0]
    after = [p for p in in_sentence if p.start >= t1]
    nearest = max(before, key=lambda p: p.end, default=None)
    first = min(after, key=lambda p: p.start, default=None)
    verb, was_passive = seen.pos == "verb", seen.pos == "verb" and passive(norm[t0:t1])
    quote = context.quotes.get(seen.sentence_id)
    counts = [mentions(context, c) for c in found]
    out = []
    for c, count in zip(found, counts, strict=True):
        v = [0.0] * len(FEATURES)

        def on(name: str, value: float = 1.0, v: list[float] = v) -> None:
            v[INDEX[name]] = value

        on("nobody", c.origin == "nobody")
        on("rules_this", c.rules[slot - 1])
        on("rules_other", c.rules[2 - slot])
        on("rules_only", c.origin == "rules")
        if c.origin in ORIGINS[:4]:
            on(f"from_{c.origin}")
        if c.origin in ORIGINS[:4] and found[-1].rules[slot - 1]:  # the rules named nobody on this side
            on(f"rules_empty_{c.origin}")
        kind = "" if c.origin == "nobody" else _kind(c)
        if kind:
            on(f"kind_{kind}")
            on("curated", bool(c.english) and c.english != c.name)
        if count:
            on("log_mentions", math.log1p(count))
            on("most_named", count == max(counts))
        on("main_forces", c.origin != "nobody" and _same(c, context.forces))
        on("main_group", c.origin != "nobody" and _same(c, context.names.rebels))
        p = c.party
        if c.origin == "sentence" and p.start >= 0:
            _position(v, norm, p, seen, (nearest, first), (verb, was_passive))
            if quote is not None:
                attribution = quote[0]
                on("speaker", attribution.start <= p.start < max(attribution.end, attribution.start + 1))
                on("in_quote", attribution.quote_start <= p.start < attribution.quote_end)
            s = article.sentences[seen.sentence_id][0] if article.sentences else 0
            if len(_QUOTE.findall(norm, s, p.start)) % 2:
                on("in_quote")
        out.append(v)
    return out


def mentions(context: Context, c: Candidate) -> int:
    """How many times the article mentions the candidate (by the name it would show or as found); 0 for nobody."""
    keys = {c.english, c.name, c.party.english, c.party.name} - {""}
    return max((context.mentions.get(k, 0) for k in keys), default=0)


def _same(c: Candidate, party: Party) -> bool:
    """Whether a candidate is ``party`` (the article's most named army or armed group), by either name."""
    return bool(party.name or party.english) and bool(
        {c.english, c.name, c.party.english, c.party.name} & ({party.english, party.name} - {""})
    )


def _position(
    v: list[float], norm: str, p: Party, seen: RowSides, ends: tuple[Any, Any], voice: tuple[bool, bool]
) -> None:
    """The position features of a party of the row's sentence (in place in ``v``)."""
    (t0, t1), (low, high) = seen.span, seen.region
    nearest, first = ends
    verb, was_passive = voice
    is_before = p.end <= t0
    gap = norm[p.end : t0] if is_before else norm[t1 : max(t1, p.start)]
    tokens = len(gap.split())
    v[INDEX["before"]], v[INDEX["after"]] = float(is_before), float(not is_before)
    v[INDEX["log_tokens"]] = math.log1p(tokens)
    v[INDEX["adjacent"]], v[INDEX["within_3"]] = float(tokens == 0), float(tokens <= 3)
    v[INDEX["nearest_before"]] = float(p is nearest)
    v[INDEX["first_after"]] = float(p is first)
    v[INDEX["in_region"]] = float(low <= p.start < high)
    v[INDEX["same_clause"]] = float(not _CLAUSE_MARK.search(gap))
    v[INDEX["said_between"]] = float(is_before and bool(COMPLEMENTISER.search(gap)))
    ahead = norm[max(0, p.start - 25) : p.start]
    for cue, pattern in _CUES.items():
        v[INDEX[f"cue_{cue}"]] = float(bool(pattern.search(ahead)))
    if verb:
        v[INDEX["verb_before"]], v[INDEX["verb_after"]] = float(is_before), float(not is_before)
        v[INDEX["verb_nearest_before"]], v[INDEX["verb_first_after"]] = float(p is nearest), float(p is first)
        v[INDEX["passive_before"]] = float(was_passive and is_before)
        v[INDEX["passive_after"]] = float(was_passive and not is_before)
    else:
        v[INDEX["noun_first_after"]], v[INDEX["noun_nearest_before"]] = float(p is first), float(p is nearest)
