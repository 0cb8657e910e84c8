"""Coreference within one article: armies with and without modifiers, bare institutions, spelling variants.

- "the army" alone (الجيش، القوات المسلحة) → the army named last before it (else the article's main one);
  with a country or place after it (القوات المسلحة في شرق ليبيا) → the named army of that country, else its
  own actor; an institution army with a nationality (القوات المسلحة الليبية) → the curated army of that
  country the article names, if any. An army is never joined to another country's.
- A bare institution (البرلمان، السلطات) → the country of the same institution named before it, else the
  article's country when one country clearly dominates its actors; else left without a country.
- Spelling variants of one name (دميرطاش / ديميرتاش) → the most frequent spelling.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict

from helpers.extract.actors.mention import ActorMention
from helpers.resources.actor_tables import curated_acled, institution_heads, nationalities, short_country_names
from helpers.resources.actors import alias_table
from helpers.text.normalize import name_key

_DOMINANT_SHARE = 2 / 3
_MIN_EVIDENCE = 2


_COALITION = re.compile(r"\bcoalition\b", re.IGNORECASE)


def _army_country(m: ActorMention) -> str:
    """The country of a named army mention (curated table, else its own)."""
    return curated_acled().get(m.actor_id, ("", m.country))[1] or m.country


def resolve_armies(mentions: list[ActorMention]) -> list[ActorMention]:
    """Bare and modified army mentions joined to the named army they mean; unresolved bare ones dropped."""
    named = [m for m in mentions if m.type == "army" and m.source == "alias"]
    for m in mentions:  # القوات المسلحة الليبية → the Libyan army the article names
        if m.source == "institution" and m.extra.get("army") and m.country:
            same = [n for n in named if _army_country(n) == m.country]
            if same:
                _join(m, _nearest(same, m.start), "same country")
    named = [m for m in mentions if m.type == "army" and (m.source == "alias" or m.extra.get("army"))]
    named = [m for m in named if not _COALITION.search(m.english or "")]  # "the army" is no coalition of states
    main = Counter(m.actor_id or m.canonical for m in named).most_common(1)
    for m in mentions:
        if m.source != "coreference":
            continue
        country = m.extra.get("country", "")
        if country:
            same = [n for n in named if _army_country(n) == country]
            if same:
                _join(m, _nearest(same, m.start), "army of the modifier's country")
            else:  # its own actor: القوات المسلحة في شرق ليبيا، للجيش في العريش (ل + الجيش)
                base = m.canonical or m.surface
                base = "ال" + base[1:] if base.startswith("لجيش") else base
                m.canonical = f"{base} {m.extra.get('modifier', '')}".strip()
                m.country, m.acled_type, m.type = country, "state_forces", "army"
                if short_country_names().get(country):  # ACLED's name, not a romanised phrase
                    m.english = f"Military Forces of {short_country_names()[country]}"
                    m.gloss_source = "institution table"
                m.actor_id, m.source = "", "institution"
        elif named:
            before = [n for n in named if n.end <= m.start]
            ref = before[-1] if before else next(n for n in named if (n.actor_id or n.canonical) == main[0][0])
            _join(m, ref, "army named last")
    return [m for m in mentions if m.source != "coreference" or m.canonical]


def _nearest(candidates: list[ActorMention], at: int) -> ActorMention:
    """The candidate named last before ``at``, else the first one after it."""
    before = [n for n in candidates if n.end <= at]
    return before[-1] if before else candidates[0]


def _join(m: ActorMention, ref: ActorMention, rule: str) -> None:
    """Make ``m`` a mention of ``ref``'s actor, recording the rule that joined them."""
    m.canonical, m.actor_id, m.english = ref.canonical, ref.actor_id, ref.english
    m.acled_type, m.country, m.type = ref.acled_type, ref.country or _army_country(ref), ref.type
    m.gloss_source, m.merged_by = ref.gloss_source or "article context", rule


def bare_countries(mentions: list[ActorMention]) -> None:
    """Give bare institutions (البرلمان) the country of the same institution named before, else the
    article's dominant country; their canonical name then carries the nationality (البرلمان الليبي)."""
    bare = [m for m in mentions if m.extra.get("bare")]
    if not bare:
        return
    counts = Counter(m.country for m in mentions if m.country and not m.extra.get("bare"))
    total = sum(counts.values())
    dominant = ""
    if counts and total >= _MIN_EVIDENCE:
        country, n = counts.most_common(1)[0]
        dominant = country if n / total >= _DOMINANT_SHARE else ""
    by_country = {n.country: n for n in nationalities().values() if n.country}
    for m in bare:
        head = institution_heads()[m.extra["head"]]
        earlier = [
            n for n in mentions
            if n.end <= m.start and n.country and n.source == "institution"
            and institution_heads().get(n.extra.get("head", ""), None) == head
        ]  # fmt: skip
        country = earlier[-1].country if earlier else dominant
        nat = by_country.get(country)
        if nat is None:
            continue
        m.country, m.merged_by = country, "institution named before" if earlier else "article's country"
        m.canonical = f"{head.canonical} ال{nat.stem}{head.suffix}"
        m.english = f"{nat.english} {head.english}"
        actor = alias_table().get(name_key(m.canonical))
        if actor is not None:
            m.canonical, m.actor_id, m.english, m.type = actor.name_ar, actor.actor_id, actor.name_en, actor.type
            m.acled_type, m.country = curated_acled().get(actor.actor_id, (m.acled_type, m.country))


_EMPHATIC = str.maketrans({"ط": "ت", "ص": "س", "ض": "د", "ظ": "ز", "ث": "ت", "ذ": "د", "غ": "ج", "ك": "ق"})
_LONG_VOWELS = re.compile(r"(?<=\S)[اويءئؤ]")


_MIN_VOWEL_STRIP = 6  # shorter words keep their long vowels: حسن ≠ حسين، سلمان ≠ سليمان


@functools.lru_cache(maxsize=16_384)
def skeleton(name: str) -> str:
    """A name's matching skeleton: normalised letters, emphatics as their plain pair and, in words of six
    letters or more, no long vowels or hamza after the first letter (ديميرتاش، دميرطاش → دمرتش)."""
    words = name_key(name).translate(_EMPHATIC).split()
    return " ".join(_LONG_VOWELS.sub("", w) if len(w) >= _MIN_VOWEL_STRIP else w for w in words)


def merge_variants(mentions: list[ActorMention]) -> None:
    """Spelling variants of one person's or organisation's name in an article → its most frequent spelling."""
    groups: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.type in ("person", "organisation") and not m.actor_id.startswith("state_") and m.canonical:
            groups[(m.type, skeleton(m.canonical))][m.canonical] += 1
    choice = {}
    for (kind, _), spellings in groups.items():
        if len(spellings) > 1:
            best = spellings.most_common(1)[0][0]
            choice.update({(kind, s): best for s in spellings if s != best})
    if not choice:
        return
    by_name = {(m.type, m.canonical): m for m in mentions if (m.type, m.canonical) not in choice}
    for m in mentions:
        best = choice.get((m.type, m.canonical))
        if best is not None:
            ref = by_name[(m.type, best)]
            m.canonical, m.actor_id, m.english = ref.canonical, ref.actor_id, ref.english
            m.gloss_source, m.merged_by = ref.gloss_source, "spelling variant"


_KUNYA_CUE = re.compile(
    r"(?:المكني|الملقب|المعروف|ويدعي|المدعو|الشهير)\s+ب?ـ?\s*[\"']?(?:ا|ب)?(?P<kunya>(?:ابو|ابي|ابا)\s+[\u0621-\u064a]{2,})"
)
_KUNYA = re.compile(r"(?<![\u0621-\u064a])[وفبل]?(?P<kunya>(?:ابو|ابي|ابا)\s+(?P<word>[\u0621-\u064a]{2,}))")


def kunya_key(name: str) -> str:
    """A kunya's key whatever its case (أبو عمر، أبي عمر، أبا عمر → ابو عمر)."""
    words = name_key(name).split()
    if len(words) == 2 and words[0] in ("ابو", "ابي", "ابا"):
        return "ابو " + words[1]
    return ""


def link_kunyas(text: str, norm: str, mentions: list[ActorMention], offset: int = 0) -> list[ActorMention]:
    """A kunya the article says names a person ("X، الملقب بأبي عمر") → that person wherever it is used;
    returns the kunya's mentions no other mention covered (to be added). ``norm`` is the normalised
    ``text[offset:]`` part the mentions lie in."""
    if not _KUNYA_CUE.search(norm):
        return []
    persons = [m for m in mentions if m.type == "person"]
    linked: dict[str, ActorMention] = {}
    for cue in _KUNYA_CUE.finditer(norm):
        before = [m for m in persons if 0 <= offset + cue.start() - m.end <= 3 and not kunya_key(m.canonical)]
        if before:
            linked[kunya_key(cue.group("kunya"))] = before[-1]
    if not linked:
        return []
    for m in mentions:
        person = linked.get(kunya_key(m.canonical))
        if person is not None:
            _join(m, person, "kunya")
    added = []
    taken = [(m.start, m.end) for m in mentions]
    for hit in _KUNYA.finditer(norm):
        person = linked.get(kunya_key(hit.group("kunya")))
        a, b = offset + hit.start("kunya"), offset + hit.end("kunya")
        if person is None or any(s < b and a < e for s, e in taken):
            continue
        m = ActorMention(a, b, text[a:b], "person", "coreference")
        _join(m, person, "kunya")
        added.append(m)
    return added
