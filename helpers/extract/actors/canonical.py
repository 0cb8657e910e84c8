"""Canonical names within one article: clitics off, aliases looked up, descriptors dropped, short names
and surnames joined to the full name the article gives."""

from __future__ import annotations

import functools
import re

from helpers.extract.actors.bare_sides import resolve_bare_sides
from helpers.extract.actors.checks import only_a_place, platform_english, stopped
from helpers.extract.actors.coref import bare_countries, link_kunyas, merge_variants, resolve_armies
from helpers.extract.actors.gloss import group_gloss, name_gloss
from helpers.extract.actors.mention import ActorMention
from helpers.extract.actors.types import assign_types, person_offices
from helpers.extract.actors.vocabulary import _DESCRIPTORS, _NAME_STOP, RANKS, TITLES
from helpers.resources.actors import alias_table, nationality_forms
from helpers.resources.names import name_lexicon, person_names
from helpers.text.clitics import clitic_name, rule_clitic_forms, strip_clitics
from helpers.text.normalize import name_key, normalize_letters, strip_diacritics
from helpers.text.spans import SpanIndex


@functools.cache
def _curated() -> dict[str, tuple[str, str, str]]:
    """Curated actor id → (Arabic name, English name, type)."""
    return {a.actor_id: (a.name_ar, a.name_en, a.type) for a in alias_table().values()}


def canonicalise(mentions: list[ActorMention]) -> list[ActorMention]:
    """Canonical names within one article: clitics off, aliases looked up, short names joined to full ones.

    Returns the mentions kept: a bare "the army" is dropped when the article names no army it could mean, and
    the model's names that are no actor (``checks``) are dropped. Armies, bare institutions and spelling
    variants are resolved by ``coref``; ACLED types and countries set by ``types``.
    """
    mentions = resolve_armies(resolve_bare_sides(mentions, _curated()))
    ner_keys = frozenset(name_key(strip_clitics(m.surface, name_key)) for m in mentions)
    known = ner_keys | person_names()
    for m in mentions:
        if m.source in ("alias", "nationality", "coreference", "institution", "state"):
            continue
        if m.source in ("unit", "armed_group"):  # the rule matched a head word: a clitic before it comes off
            name = strip_clitics(m.surface, name_key, rule_clitic_forms(m.surface))
        else:
            name = strip_clitics(m.surface, name_key, known)
        if m.source == "ner":
            name = clitic_before_name(name, m.type)
        if m.type == "person" and m.source == "ner":
            name = drop_title_words(name)
        if m.source == "ner" and (not plausible_name(name, m.type) or _not_an_actor(name, m.type)):
            m.canonical = ""  # a descriptor, currency, religion or place the model took for a name: dropped below
            continue
        platform = platform_english(name)
        if platform is not None:
            m.canonical, m.english, m.gloss_source, m.acled_type = name, platform, "platform table", "platform"
            continue
        actor = alias_table().get(name_key(name)) or alias_table().get("~" + name_key(name))
        if actor:
            m.canonical, m.actor_id, m.english, m.gloss_source, m.type = (
                actor.name_ar, actor.actor_id, actor.name_en, "alias table", actor.type)  # fmt: skip
        else:
            m.canonical = name
    mentions = [m for m in mentions if m.canonical or m.source != "ner"]
    # a person's short name (حفتر، المسماري) → the longest full name in the article that contains it
    persons = [m for m in mentions if m.type == "person" and not m.actor_id]
    # longest first; among names as long, the one the article gives first (never set order: hash-seeded)
    full = sorted(dict.fromkeys(m.canonical for m in persons), key=lambda n: -len(n.split()))
    longer = _longer_names(full)
    for m in persons:
        name = longer.get(tuple(name_key(m.canonical).split()))
        if name is not None:
            m.merged_by = "short name" if name != m.canonical else m.merged_by
            m.canonical = name
    for m in mentions:
        if not m.english and m.source in ("unit", "armed_group"):
            m.english, m.gloss_source = group_gloss(m.canonical), "head word translated"
        if not m.english:
            m.english, m.gloss_source = name_gloss(m.canonical)
        if not m.actor_id:
            m.actor_id = name_key(m.canonical).replace(" ", "_")
    assign_types(mentions)
    bare_countries(mentions)
    merge_variants(mentions)
    return mentions


def _longer_names(full: list[str]) -> dict[tuple[str, ...], str]:
    """Words of a name → the first name of ``full`` with more words that ends or begins with them (what a
    scan of ``full`` in order finds), for every such run of words at once: linear in the names' words."""
    found: dict[tuple[str, ...], str] = {}
    for name in full:
        other = tuple(name_key(name).split())
        if other:
            found.setdefault((), name)  # no words at all: other[:0] == [] holds for the first name with words
        for k in range(1, len(other)):
            found.setdefault(other[-k:], name)
            found.setdefault(other[:k], name)
    return found


_ORG_HEADS = frozenset({
    "حزب", "منظمه", "حركه", "جماعه", "جبهه", "اتحاد", "مجلس", "هيئه", "لجنه", "وكاله", "صحيفه", "جريده", "مجله",
    "قناه", "شركه", "جامعه", "مركز", "معهد", "نادي", "اتفاق", "اتفاقيه", "تحالف", "ائتلاف", "تنظيم", "مؤسسه",
    "منتدي", "رابطه", "نقابه", "مصرف", "محكمه",
})  # fmt: skip
_KUNYA_HEADS = frozenset({"ابو", "ام", "بن", "ابن", "بنت"})


def clitic_before_name(name: str, kind: str) -> str:
    """The name without a و/ف/ب/ل/ك the model took into its first word, when that word is then a known head:
    an organisation's head word (وحزب الخير → حزب الخير, لاتفاق باريس → اتفاق باريس) or, for a person, a kunya
    (وأبو عمر → أبو عمر) or a first name of four letters or more after و/ف (ومختار → مختار) while the word
    itself is no name (وليد stays; بترو is not ب + ترو)."""
    first, sep, rest = name.partition(" ")
    key = name_key(first)
    for n in (2, 1):
        prefix, bare = key[:n], key[n:]
        if prefix not in _PROCLITICS or len(bare) < 2:
            continue
        if kind == "person":
            known = person_names()
            if bare in _KUNYA_HEADS and sep:
                return first[n:] + sep + rest
            if key in known or "PERB" in name_lexicon().get(key, ()):
                return name
            if prefix in ("و", "ف") and len(bare) >= 4 and (bare in known or "PERB" in name_lexicon().get(bare, ())):
                return first[n:] + sep + rest
        elif bare in _ORG_HEADS and sep:
            return first[n:] + sep + rest
    return name


_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك"})


def plausible_name(name: str, kind: str) -> bool:
    """False for what the model tags but is no name: a lone nationality (الليبي) or descriptor (الإعلامي)."""
    words = name_key(name).split()
    if not words:
        return False
    if len(words) == 1 and (words[0] in nationality_forms() or words[0] in _DESCRIPTORS):
        return False
    return not (kind == "person" and all(w in nationality_forms() or w in _DESCRIPTORS for w in words))


def _not_an_actor(name: str, kind: str) -> bool:
    """A stop-listed word, a count ("52 تكفيريا") or a name the gazetteer knows only as a place."""
    return name[:1].isdigit() or stopped(name) or only_a_place(name, kind)


def drop_title_words(name: str) -> str:
    """A person's name without a rank or title the model took into the span (العميد أحمد → أحمد)."""
    words = name.split()
    while len(words) > 1:
        key = name_key(words[0])
        two = name_key(" ".join(words[:2]))
        if two in RANKS and len(words) > 2:
            words = words[2:]
        elif key in RANKS or key in TITLES or key in _DESCRIPTORS or key in nationality_forms():
            words = words[1:]  # الإعلامي السعودي جمال خاشقجي → جمال خاشقجي
        else:
            break
    return " ".join(words)


def canonical_batch(
    text: str,
    norm: str,
    sentences: list[tuple[int, int, int]],
    pending: list[tuple[int, ActorMention]],
    persons: dict[str, dict[str, ActorMention]] | None = None,
) -> list[tuple[int, ActorMention]]:
    """Canonicalise a batch of sentences' mentions, then find the surnames of its persons used alone (``norm``
    is ``normalize_letters(text)``).

    ``persons`` carries the multi-word persons of a huge article's earlier batches (by last word; filled here):
    a surname used alone after its full name was in an earlier batch is still that person."""
    kept = {id(m) for m in canonicalise([m for _, m in pending])}
    out = [(i, m) for i, m in pending if id(m) in kept]
    if sentences and _KUNYA_CUES.search(text, sentences[0][1], sentences[-1][2]):
        first, last = sentences[0][1], sentences[-1][2]
        for m in link_kunyas(text, norm[first:last], [m for _, m in out], first):
            out.append((next(i for i, s, e in sentences if s <= m.start < e), m))
        out.sort(key=lambda pair: pair[1].start)
    surnames = _surnames([m for _, m in out], persons)
    if surnames:
        taken = SpanIndex((m.start, m.end) for _, m in out)
        bare = {strip_diacritics(name): name for name in surnames}  # a mark in the text or the name is no bar
        cues = [key[1:] if key.startswith("ا") else key for key in bare]  # ل + الاسم is written للاسم
        few = len(cues) <= 16  # many names: looking each word up beats searching the sentence for each
        for sentence_id, s, e in sentences:
            part = norm[s:e]
            plain = strip_diacritics(part)
            if few and not any(map(plain.__contains__, cues)):
                continue  # (only a speed-up: a word that is a name, clitics off, holds its cue)
            marked = len(plain) != len(part)
            for hit in _NAME_RUN.finditer(part):
                word = hit.group()
                plain_word = strip_diacritics(word) if marked else word
                if few and not any(map(plain_word.__contains__, cues)):
                    continue
                name = clitic_name(word, surnames) or bare.get(clitic_name(plain_word, bare) or "")
                if name is None:
                    continue
                a, b = s + hit.start(), s + hit.end()
                if taken.overlaps(a, b):
                    continue
                full = surnames[name]
                m = ActorMention(a, b, text[a:b], "person", "coreference", full.canonical, full.actor_id,
                                 full.english, full.gloss_source)  # fmt: skip
                m.acled_type, m.country, m.merged_by = full.acled_type, full.country, "surname"
                out.append((sentence_id, m))
        out.sort(key=lambda pair: pair[1].start)
    person_offices([m for _, m in out])
    return out


_KUNYA_CUES = re.compile("المكنى|المكني|الملقب|المعروف|ويدعى|ويدعي|المدعو|الشهير")  # before normalising
_NAME_RUN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670]+")  # a word with its marks


def _surnames(
    mentions: list[ActorMention], by_last: dict[str, dict[str, ActorMention]] | None = None
) -> dict[str, ActorMention]:
    """Last word (normalised) → the one multi-word person of the batch (and of ``by_last``, the earlier batches,
    which this fills) it ends; ambiguous surnames left out."""
    by_last = by_last if by_last is not None else {}
    for m in mentions:
        words = normalize_letters(m.canonical).split()
        if m.type == "person" and len(words) > 1 and len(words[-1]) >= 4 and words[-1] not in _NAME_STOP:
            by_last.setdefault(words[-1], {})[m.actor_id] = m
    return {last: next(iter(found.values())) for last, found in by_last.items() if len(found) == 1}
