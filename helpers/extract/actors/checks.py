"""Type checks on the model's names: what is no actor although the model tagged it.

A span cut inside a word (لاختف), a name after a place word (حي شيحة، مدينة أدرنة), an organisation the
gazetteer knows only as a place (أدرنة), and the stop list (currencies, religions, common nouns; platforms are
kept, typed ``platform``). A media name in a dateline ("دبي - العربية.نت") or a bracketed credit ("(رويترز)")
is metadata, not an actor.
"""

from __future__ import annotations

import re

from helpers.extract.actors.vocabulary import ARMED_HEADS
from helpers.resources.actor_tables import actor_stoplist
from helpers.resources.actors import alias_table
from helpers.resources.gazetteer import gazetteer
from helpers.resources.names import person_names
from helpers.text.arabic import AR
from helpers.text.normalize import name_key

_IS_AR = re.compile(f"[{AR}]")
_PLACE_CUES = {
    "منطقه", "حي", "مدينه", "بلده", "قريه", "ضاحيه", "شارع", "ميناء", "مطار", "محافظه", "ولايه", "اقليم",
    "بمنطقه", "بحي", "بمدينه", "ببلده", "بقريه", "بضاحيه", "بشارع", "بميناء", "بمطار", "وحي", "ومنطقه", "ومدينه",
    "لمنطقه", "لحي", "لمدينه", "جنوب", "شمال", "شرق", "غرب", "شرقي", "غربي", "جنوبي", "شمالي", "محيط", "ضواحي",
}  # fmt: skip
_ORG_HEADS = frozenset(ARMED_HEADS.split("|")) | {
    "شركه", "حزب", "وكاله", "قناه", "صحيفه", "جريده", "منظمه", "مجلس", "جامعه", "هيئه", "وزاره", "اتحاد", "بنك",
    "مصرف", "مجموعه", "اذاعه", "مركز", "مرصد", "دار", "جمعيه", "لجنه", "محكمه", "قوات", "جيش",
}  # fmt: skip


def cut_inside_word(sentence: str, a: int, b: int) -> bool:
    """True when the span starts or ends inside an Arabic word (a fragment, not a name)."""
    return bool((a > 0 and _IS_AR.match(sentence[a - 1])) or (b < len(sentence) and _IS_AR.match(sentence[b])))


def after_place_word(norm: str, a: int) -> bool:
    """True when the word before the span is a place word (حي، منطقة، مدينة، جنوب ...)."""
    before = norm[max(0, a - 14) : a].split()
    return bool(before) and before[-1] in _PLACE_CUES


def stopped(name: str) -> bool:
    """True for a name on the stop list that is no actor (currencies, religions, common nouns)."""
    kind = actor_stoplist().get(name_key(name), ("",))[0]
    return bool(kind) and kind != "platform"


def platform_english(name: str) -> str | None:
    """The English name of a platform (فيسبوك → Facebook), None for anything else."""
    kind, english = actor_stoplist().get(name_key(name), ("", ""))
    return english if kind == "platform" else None


def only_a_place(name: str, kind: str) -> bool:
    """True for a name the gazetteer knows as a place with no person or organisation evidence in it: not a
    curated actor, no organisation head word, and (for a person) no personal name first."""
    key = name_key(name)
    words = key.split()
    if not words or key not in gazetteer() or key in alias_table():
        return False
    if words[0] in _ORG_HEADS or words[0].removeprefix("ال") in _ORG_HEADS:
        return False
    if kind == "person":
        return words[0] not in person_names() and any(p.population >= 20_000 for p in gazetteer()[key])
    return True


_BYLINE = re.compile(r"(?:^|\n)[^\n.،]{0,25}[-–—]\s*$")  # "دبي - " right before the outlet's name
_CREDIT = re.compile(r"\(\s*$")  # "(رويترز)" / "(CNN)": a wire credit in brackets


def in_byline(text: str, start: int, end: int) -> bool:
    """True for a media name in a dateline ("دبي - العربية.نت") or a bracketed credit ("(رويترز)")."""
    before, after = text[max(0, start - 30) : start], text[end : end + 3]
    return bool(_BYLINE.search(before) or (_CREDIT.search(before) and after.lstrip().startswith(")")))
