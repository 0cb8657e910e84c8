"""Ranks, titles and roles written before a person's name (العميد، المتحدث باسم القيادة العامة)."""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from helpers.extract.actors.mention import ActorMention
from helpers.extract.actors.vocabulary import _ROLE_BREAK, RANKS, ROLE_HEADS, TITLES
from helpers.resources.actors import alias_table
from helpers.text.clitics import bare_forms
from helpers.text.normalize import name_key


@functools.cache
def _role_heads() -> dict[str, list[tuple[int, str, list[str]]]]:
    """First word of a role head (without ال) → (priority, head, its words), longest heads first."""
    index: dict[str, list[tuple[int, str, list[str]]]] = defaultdict(list)
    for priority, head in enumerate(sorted(ROLE_HEADS, key=len, reverse=True)):
        words = [w.removeprefix("ال") for w in head.split()]
        index[words[0]].append((priority, head, words))
    return dict(index)


def rank_and_role(m: ActorMention, text: str, norm: str, floor: int) -> None:
    """The rank, title and role written before a person's name (العميد، المتحدث باسم القيادة العامة).

    ``floor`` is where the words that may belong to this name start (the end of the previous mention).
    """
    own = [w.group(0) for w in re.finditer(r"\S+", norm[m.start : m.end])]
    words = [(w.start() + floor, w.end() + floor, w.group(0)) for w in re.finditer(r"\S+", norm[floor : m.start])]
    for table, attr in ((RANKS, "rank"), (TITLES, "title")):
        for n in (2, 1):
            lead = " ".join(own[:n])
            if len(own) > n and lead in table:  # the rank is inside the span (المشير خليفة حفتر)
                cand = lead
            else:
                cand = " ".join(w for _, _, w in words[-n:]) if len(words) >= n else ""
                cand = cand[1:] if cand[:1] and cand[:1] in "وف" and cand[1:] in table else cand
                if cand not in table:
                    continue
                words = words[:-n]
            setattr(m, attr, cand)
            if attr == "rank":
                m.rank_en = table[cand]
            break
    window: list[tuple[int, int, str]] = []  # the words between the name (or its rank) and the previous break
    for start, end, word in reversed(words[-8:]):
        if word in _ROLE_BREAK or word.endswith((",", "،", ":", ".", '"', "«", ")")):
            break
        window.insert(0, (start, end, word))
    heads = _role_heads()
    for k in range(len(window)):
        for _, head, h in sorted(c for form in bare_forms(window[k][2]) for c in heads.get(form, ())):
            if [w for _, _, w in window[k + 1 : k + len(h)]] != h[1:]:
                continue
            m.role = text[window[k][0] : window[-1][1]]
            rest = name_key(" ".join(w for _, _, w in window[k + len(h) :]))
            actor = alias_table().get(rest) or alias_table().get(rest.removeprefix("ل").removeprefix("ل"))
            gloss = ROLE_HEADS[head]
            m.role_en = f"{gloss} {actor.name_en}" if actor else gloss.removesuffix(" of").removesuffix(" for")
            return
