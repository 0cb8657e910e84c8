"""Ranks, titles and roles of a person: written before the name (العميد، المتحدث باسم القيادة العامة), in an
apposition after it (أحمد المسماري، المتحدث باسم الجيش) or in a relative clause (الذي يشغل منصب ...).

A role is bound to the one name it describes: the words before a name end at the previous mention, a verb, a
preposition or a comma; a second role head joined by و or starting a new phrase starts a new role; an
apposition that runs straight into the next name belongs to that name, not to the previous one.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Sequence

from helpers.extract.actors.mention import ActorMention
from helpers.extract.actors.vocabulary import _ROLE_BREAK, RANKS, ROLE_HEADS, TITLES
from helpers.extract.speakers import nationality_of
from helpers.resources.actors import alias_table
from helpers.text.arabic import AR
from helpers.text.clitics import bare_forms
from helpers.text.normalize import name_key

# Words that end the role phrase before a name: verbs, prepositions, relative words, "led by" (the spokesman
# of an army "led by" Haftar is not Haftar).
_BREAK = _ROLE_BREAK | {
    "علي", "الي", "بعد", "قبل", "منذ", "خلال", "حول", "ضد", "بين", "عند", "لدي", "امام", "ايضا", "قد", "كان",
    "وكان", "كما", "الذي", "التي", "الذين", "والذي", "والتي", "حيث", "بقياده", "بزعامه", "يقوده", "يقودها",
    "يتزعمه", "يتزعمها",
    "التابع", "التابعه", "بدوره", "بدورها", "هو", "وهو", "هي", "وهي", "يكشف", "تكشف", "يعلن", "تعلن", "اعلن",
    "اعلنت", "قالت", "اكدت", "اضافت", "ذكر", "ذكرت", "اوضح", "اوضحت", "صرح", "اشار", "هاجم", "وهاجم", "اتهم",
    "واتهم", "التقي", "والتقي", "استقبل", "واستقبل", "زار", "وزار", "دعا", "ودعا", "قاله", "طالب", "وطالب",
}  # fmt: skip
_BEFORE_BREAK = _BREAK - {"الي", "لدي"}  # (مبعوث الأمم المتحدة إلى اليمن، سفير مصر لدى ليبيا)
_ENDS_PHRASE = (",", "،", ":", ".", '"', "«", "»", ")", "(", "؛")
# After a name: ", the spokesman of ..." / ", وهو ضابط ..." (an apposition), or a relative clause naming the office.
_APPOSITION = re.compile(rf"\s*[،,]\s*(?:و?(?:هو|هي)\s+)?(?=[{AR}])")
_RELATIVE = re.compile(
    rf"\s*[،,]?\s*(?:الذي|التي)\s+(?:كان\s+|كانت\s+)?(?:يشغل|تشغل|يتولي|تتولي)\s+(?:منصب\s+)?(?=[{AR}])"
)
_MAX_ROLE_WORDS = 8
_FORMER = frozenset({"السابق", "السابقه", "الاسبق"})
_VERB_LIKE_HEADS = {"امر"}  # a head spelt like a verb (آمر / أمر): a role only with the words it heads


# Heads beside the shared table (vocabulary.ROLE_HEADS): offices it lacks.
EXTRA_HEADS = {
    "وكيل وزاره": "under-secretary of", "وكيل": "deputy", "متحدث": "spokesman", "ناطق": "spokesman",
    "رئيس الوزراء": "prime minister", "رئيسه الوزراء": "prime minister", "رئيس الحكومه": "prime minister",
    "رئيسه الحكومه": "prime minister",
}  # fmt: skip
# A head that is a country's office when only nationality adjectives follow it (الرئيس التركي: President).
_OFFICE_OF_A_COUNTRY = {"رئيس": "president", "رئيسه": "president"}
_ALL_HEADS = {**EXTRA_HEADS, **ROLE_HEADS}


@functools.cache
def _role_heads() -> dict[str, list[tuple[int, str, list[str]]]]:
    """First word of a role head (without ال) → (priority, head, its words), longest heads first."""
    index: dict[str, list[tuple[int, str, list[str]]]] = defaultdict(list)
    for priority, head in enumerate(sorted(_ALL_HEADS, key=len, reverse=True)):
        words = [w.removeprefix("ال") for w in head.split()]
        index[words[0]].append((priority, head, words))
    return dict(index)


def _head_at(words: Sequence[tuple[int, int, str]], k: int) -> str | None:
    """The role head starting at ``words[k]`` (its words may carry و/ب/ل/ال), or None."""
    for _, head, h in sorted(c for form in bare_forms(words[k][2]) for c in _role_heads().get(form, ())):
        if [w.removeprefix("ال") for _, _, w in words[k + 1 : k + len(h)]] == h[1:]:  # القائد العام: عام
            return head
    return None


def _is_head(word: str) -> bool:
    """The word (with its clitics) is the first word of a role head."""
    return any(form in _role_heads() for form in bare_forms(word))


def _proclitics(word: str, head: str) -> int:
    """How many leading letters of ``word`` are proclitics before the head's own form (والرئيس → 1)."""
    first = head.split()[0]
    for form in (first, first.removeprefix("ال")):
        if word.endswith(form) and len(word) > len(form):
            rest = word[: len(word) - len(form)]
            rest = rest.removesuffix("ال") if form == first.removeprefix("ال") else rest
            return len(rest) if rest and set(rest) <= set("وفبل") else 0
    return 0


def _new_phrase(words: Sequence[tuple[int, int, str]], j: int) -> bool:
    """A head at ``words[j]`` starts a role of its own: joined by و (ورئيس), or an indefinite head after a
    definite word or an adverb (الكوري الشمالي بعنف مستشار)."""
    word, before = words[j][2], words[j - 1][2]
    if word[:1] == "و" and word[1:] and any(f in _role_heads() for f in bare_forms(word[1:])):
        return True
    indefinite = not word.startswith(("ال", "بال", "لل", "وال"))
    return indefinite and (before.startswith("ال") or (before.startswith("ب") and before != "باسم"))


def _set_role(m: ActorMention, text: str, words: Sequence[tuple[int, int, str]], k: int, head: str) -> None:
    """Give ``m`` the role ``words[k:]`` (from its head), with its English gloss."""
    start = words[k][0] + _proclitics(words[k][2], head)
    m.role = text[start : words[-1][1]].rstrip("،,")
    n_head = len(head.split())
    rest = name_key(" ".join(w for _, _, w in words[k + n_head :]))
    bare = "ال" + rest[2:] if rest.startswith("لل") else rest.removeprefix("ل")  # للجيش → الجيش، لمصر → مصر
    actor = (
        alias_table().get(rest)
        or alias_table().get(bare)
        or alias_table().get(rest.removeprefix("ل").removeprefix("ل"))
    )
    gloss = _ALL_HEADS[head]
    if head in _OFFICE_OF_A_COUNTRY and all(nationality_of(w) for w in rest.split()):
        gloss = _OFFICE_OF_A_COUNTRY[head]  # الرئيس، الرئيس التركي: a president, not "head"
    m.role_en = f"{gloss} {actor.name_en}" if actor else gloss.removesuffix(" of").removesuffix(" for")


def _role_in(m: ActorMention, text: str, window: list[tuple[int, int, str]]) -> bool:
    """Set the role found in ``window`` (the words right before a name): from the first head, restarted at a
    head that begins a new phrase. True when one was found."""
    k, head = None, None
    for j in range(len(window)):
        found = _head_at(window, j)
        if found and (k is None or _new_phrase(window, j)):
            k, head = j, found
    if k is None or head is None or (k == len(window) - 1 and head in _VERB_LIKE_HEADS):
        return False  # أمر حفتر بدء الزحف: "ordered", not "commander"
    _set_role(m, text, window[k:], k=0, head=head)
    return True


def _title_form(word: str) -> str:
    """A title word without a و/ف/ب before it, and لل written for ال (للرئيس → الرئيس)."""
    word = word[1:] if word[:1] in "وفب" and word[1:3] == "ال" else word
    return "ال" + word[2:] if word[:2] == "لل" else word


def rank_and_role(m: ActorMention, text: str, norm: str, floor: int) -> None:
    """The rank, title and role written before a person's name (العميد، المتحدث باسم القيادة العامة).

    ``floor`` is where the words that may belong to this name start (the end of the previous mention).
    """
    own = [w.group(0) for w in re.finditer(r"\S+", norm[m.start : m.end])]
    words = [(w.start() + floor, w.end() + floor, w.group(0)) for w in re.finditer(r"\S+", norm[floor : m.start])]
    if len(words) > 1 and words[-1][2] in _FORMER and _title_form(words[-2][2]) in TITLES:
        words = words[:-1]  # خلفا للرئيس السابق بوريس يلتسين: a former president is titled all the same
    for table, attr in ((RANKS, "rank"), (TITLES, "title")):
        for n in (2, 1):
            lead, taken = " ".join(own[:n]), []
            if len(own) > n and lead in table:  # the rank is inside the span (المشير خليفة حفتر)
                cand = lead
            else:
                cand = " ".join(w for _, _, w in words[-n:]) if len(words) >= n else ""
                cand = cand[1:] if cand[:1] and cand[:1] in "وفب" and cand[1:] in table else cand
                cand = "ال" + cand[2:] if cand[:2] == "لل" and "ال" + cand[2:] in table else cand  # للرئيس
                if cand not in table:
                    continue
                words, taken = words[:-n], words[-n:]
            if attr == "title" and taken and words and _is_head(words[-1][2]):
                words = [*words, *taken]  # نائب الرئيس مايك بنس: "the president" is part of the role
                break
            setattr(m, attr, cand)
            if attr == "rank":
                m.rank_en = table[cand]
            break
    in_apposition = bool(words) and words[-1][2].endswith(("،", ","))
    if in_apposition:  # "المتحدث باسم الجيش الليبي، العميد أحمد المسماري"
        last = words[-1]
        words = [*words[:-1], (last[0], last[1] - 1, last[2][:-1])]
    window: list[tuple[int, int, str]] = []  # the words between the name (or its rank) and the previous break
    for start, end, word in reversed(words[-_MAX_ROLE_WORDS:]):
        if word == "في" and in_apposition:
            pass  # "وزيرة الأسرة في الحكومة الألمانية، فلانة": the office's "in" before a comma and the name
        elif word in _BEFORE_BREAK or word.endswith(_ENDS_PHRASE) or word.startswith(_ENDS_PHRASE):
            break
        window.insert(0, (start, end, word))
    _role_in(m, text, window)


def role_after(m: ActorMention, text: str, norm: str, ceiling: int) -> int:
    """The role in an apposition or relative clause right after a person's name (", المتحدث باسم الجيش",
    "الذي يشغل منصب وزير الخارجية"), set on ``m`` when it has none; returns where the role ends (``m.end``
    when there is none). ``ceiling`` is where the next person's name starts: a phrase that runs into it
    describes that person."""
    relative = _RELATIVE.match(norm, m.end, ceiling)
    opening = relative or _APPOSITION.match(norm, m.end, ceiling)
    if not opening:
        return m.end
    words: list[tuple[int, int, str]] = []
    closed = False
    for w in re.finditer(r"\S+", norm[opening.end() : ceiling]):
        start, end, word = w.start() + opening.end(), w.end() + opening.end(), w.group(0)
        if word in _BREAK or word.startswith(_ENDS_PHRASE) or len(words) >= _MAX_ROLE_WORDS:
            closed = True
            break
        if word.endswith(_ENDS_PHRASE):
            words.append((start, end - 1, word[:-1]))
            closed = True
            break
        words.append((start, end, word))
    if not words or (not closed and ceiling < len(norm)):
        return m.end  # the phrase runs into the next name: it is that name's
    head = _head_at(words, 0)
    if relative and not head:
        m.role = m.role or text[words[0][0] : words[-1][1]]
        return words[-1][1]
    if not head:
        return m.end
    if not m.role:
        _set_role(m, text, words, 0, head)
    return words[-1][1]


def assign_roles(mentions: Sequence[ActorMention], text: str, norm: str) -> None:
    """Ranks, titles and roles of the persons among a sentence's ``mentions`` (in order), each bound to its
    own name: the words before a name stop at the previous mention or apposition."""
    floor = 0
    people = [m for m in mentions if m.type == "person"]
    for i, m in enumerate(people):
        rank_and_role(m, text, norm, floor)
        ceiling = people[i + 1].start if i + 1 < len(people) else len(norm)
        floor = role_after(m, text, norm, ceiling)
