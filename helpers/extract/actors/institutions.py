"""Institutions and states as actors.

An institution is a head word of ``institutions.csv`` (السلطات، الشرطة، وزارة الخارجية، سلاح الجو ...) with a
nationality adjective (الشرطة المصرية، محكمة مصرية), a country (حكومة ليبيا، السلطات في مصر) or a place
(شرطة دبي) after it; a head marked ``bare`` is an actor alone too (البرلمان، الحكومة: its country comes from the
article, see ``canonical``). A state is a country name that is the subject of a speech or action verb
(قالت ألمانيا، أعلنت مصر، "اليونان تنفي"); elsewhere a country name is a place.
"""

from __future__ import annotations

import functools
import itertools
import re

from helpers.extract.actors.mention import ActorMention
from helpers.resources.actor_tables import country_names, institution_heads, nationalities, short_country_names
from helpers.resources.actors import alias_table
from helpers.resources.gazetteer import gazetteer, homographs
from helpers.text.arabic import AR
from helpers.text.normalize import name_key
from helpers.text.patterns import alternation

_WORD = re.compile(f"[{AR}]+")
# A role word right before the head: the institution names the person's office (وزير الخارجية المصري).
_OFFICE_BEFORE = {
    "وزير", "وزيره", "وكيل", "رئيس", "رئيسه", "نائب", "مدير", "قائد", "سفير", "مندوب", "مستشار", "عضو", "امين",
    "باسم", "المتحدث", "الناطق", "مساعد", "ضابط", "ضباط", "لوزير", "ووزير",
}  # fmt: skip
# A definite adjective after a bare head names another institution (المحكمة الإسلامية), not the bare one.
_ADJECTIVE = re.compile(r"ال[\u0621-\u064a]{2,}(?:يه|ي|يين|يون)$")
_NEXT_WORD = re.compile(rf"\s{{1,2}}([{AR}]+)")


def _names_country(word: str) -> bool:
    """A word after a definite head that may give its country: a nationality or "في"."""
    return word == "في" or word in nationalities()


_PLACE_KINDS = {"city", "capital", "town", "region", "country"}
_MIN_PLACE_POPULATION = 20_000
# Speech and action verbs a state is the subject of: before the name (قالت ألمانيا) or after it in a headline.
_VERBS_BEFORE = [
    "قال",
    "قالت",
    "اعلن",
    "اعلنت",
    "اكد",
    "اكدت",
    "نفي",
    "نفت",
    "ادان",
    "ادانت",
    "رفض",
    "رفضت",
    "طالب",
    "طالبت",
    "دعا",
    "دعت",
    "هدد",
    "هددت",
    "اتهم",
    "اتهمت",
    "حذر",
    "حذرت",
    "قرر",
    "قررت",
    "وافق",
    "وافقت",
    "ابلغ",
    "ابلغت",
    "استدعي",
    "استدعت",
    "ردت",
    "رحب",
    "رحبت",
    "اعتبر",
    "اعتبرت",
    "شن",
    "شنت",
    "ارسل",
    "ارسلت",
    "طرد",
    "طردت",
    "فرض",
    "فرضت",
    "علق",
    "علقت",
    "اعترف",
    "اعترفت",
    "تعهد",
    "تعهدت",
    "اكدت",
    "نشرت",
]
_VERBS_AFTER = [
    "تنفي",
    "ينفي",
    "تؤكد",
    "يؤكد",
    "تعلن",
    "يعلن",
    "ترفض",
    "يرفض",
    "تطالب",
    "يطالب",
    "تدين",
    "يدين",
    "تتهم",
    "يتهم",
    "تحذر",
    "يحذر",
    "تهدد",
    "يهدد",
    "تدعو",
    "يدعو",
    "تقرر",
    "يقرر",
]


@functools.cache
def _head_pattern() -> re.Pattern[str]:
    """Institution heads behind optional clitics (و ف، ب ل ك، لل), with or without ال."""
    forms = set()
    for key in institution_heads():
        forms.add(key)
        if key.startswith("ال"):
            forms.add(key[2:])
    return re.compile(rf"(?<![{AR}])(?P<pre>[وف]?(?:لل|[بلك])?)(?P<head>{alternation(forms)})(?![{AR}])")


@functools.cache
def _country_pattern() -> re.Pattern[str]:
    """A country name as a whole word, behind an optional و/ف."""
    return re.compile(rf"(?<![{AR}])(?P<name>{alternation(country_names())})(?![{AR}])")


_VERB_BEFORE_KEYS = frozenset(name_key(v) for v in _VERBS_BEFORE)
_VERB_AFTER_KEYS = frozenset(name_key(v) for v in _VERBS_AFTER)


def _institution_of(head: str) -> tuple[str, object] | None:
    """The table key and institution a matched head form stands for (ال added back when it was left off)."""
    heads = institution_heads()
    if head in heads:
        return head, heads[head]
    if "ال" + head in heads:
        return "ال" + head, heads["ال" + head]
    return None


def _place_country(key: str) -> tuple[str, str] | None:
    """(country, English name) of a sizeable gazetteer place with this key, else None; not a place name that is
    also an ordinary word (``places_homographs.csv``: قوات أمن is security forces, not Emmen)."""
    if key in homographs():
        return None
    for place in gazetteer().get(key, ()):
        if place.kind in _PLACE_KINDS and (place.kind == "country" or place.population >= _MIN_PLACE_POPULATION):
            return place.country, place.name_en
    return None


def institution_mentions(text: str, norm: str, s: int, e: int) -> list[ActorMention]:
    """Institutions in ``text[s:e]`` with the modifier that names their country (or bare, when allowed)."""
    found = []
    for m in _head_pattern().finditer(norm, s, e):
        key_inst = _institution_of(m.group("head"))
        if key_inst is None:
            continue
        key, inst = key_inst
        definite = m.group("head").split()[-1].startswith("ال") or m.group("pre").endswith("لل")
        following = _NEXT_WORD.match(norm, m.end(), e)
        if definite and not inst.bare and not (following and _names_country(following.group(1))):
            continue  # (most heads: القوات، الأمن with no nationality after them)
        before = norm[max(s, m.start() - 20) : m.start()].split()
        if before and before[-1] in _OFFICE_BEFORE:
            continue
        words = itertools.islice(_WORD.finditer(norm, m.end(), min(e, m.end() + 40)), 3)
        after = [(w.group(), w.start(), w.end()) for w in words]
        mention = _with_modifier(text, m, key, inst, definite, after)
        named_by_adjective = bool(after) and after[0][1] - m.end() <= 2 and _ADJECTIVE.match(after[0][0])
        if mention is None and definite and inst.bare and not named_by_adjective:
            a = m.start("head")
            mention = ActorMention(a, m.end(), text[a : m.end()], inst.type, "institution", inst.canonical)
            mention.english, mention.acled_type, mention.extra["bare"] = inst.english, inst.acled_type, True
        if mention is None:
            continue
        mention.gloss_source, mention.extra["army"] = "institution table", inst.army
        mention.extra["head"] = key
        actor = alias_table().get(name_key(mention.canonical))
        if actor is not None:  # مجلس النواب الليبي: a curated actor
            mention.canonical, mention.actor_id, mention.english, mention.type = (
                actor.name_ar, actor.actor_id, actor.name_en, actor.type)  # fmt: skip
            mention.gloss_source, mention.source = "alias table", "alias"
        found.append(mention)
    return found


# Nouns of a place's kind before its name (في مدينة البصرة، في محافظة ذي قار): the gazetteer lists مدينة as Medina.
_PLACE_NOUNS = frozenset({"مدينه", "محافظه", "منطقه", "بلده", "قريه", "ولايه", "مديريه", "قضاء", "ناحيه", "حي"})


def _with_modifier(text: str, m: re.Match[str], key: str, inst, definite: bool, after: list) -> ActorMention | None:
    """The institution named with a nationality adjective, a country or a place after its head, else None."""
    a = m.start("head")
    if not after or after[0][1] - m.end() > 2:
        return None
    word, _, end = after[0]
    nat = nationalities().get(word)
    if nat is None and definite and word == "في" and len(after) > 1 and after[1][0] in _country_adjectives():
        nat, end = _country_adjectives()[after[1][0]], m.end()  # السلطات في مصر: the Egyptian authorities
    if nat is not None:
        adjective = "ال" + nat.stem + inst.suffix
        mention = ActorMention(a, end, text[a:end], inst.type, "institution", f"{inst.canonical} {adjective}")
        mention.english, mention.country = f"{nat.english} {inst.english}", nat.country
        mention.acled_type = "external_forces" if nat.english == "Foreign" and inst.army else inst.acled_type
        return mention
    construct = inst.canonical.removeprefix("ال") if inst.canonical.startswith("ال") else inst.canonical
    if definite and word == "في" and len(after) > 1 and not inst.army:
        words = after[1:]  # (a place after "في" stays a place: the mention ends at the head)
    elif not definite:
        words = after
    else:
        return None
    if words and words[0][0] in _PLACE_NOUNS:
        words = words[1:]  # المتظاهرون في مدينة البصرة: the noun of the place's kind, not Medina (مدينة)
    for n in (2, 1):
        if len(words) < n or words[n - 1][1] - words[0][1] > 30:
            continue
        place = " ".join(w for w, _, _ in words[:n])
        country = country_names().get(place)
        named = (country, "") if country else _place_country(place)
        if not named:
            continue
        surface_place = text[words[0][1] : words[n - 1][2]]
        canonical = f"{inst.canonical} في {surface_place}" if definite else f"{construct} {surface_place}"
        stop = m.end() if definite else words[n - 1][2]
        mention = ActorMention(a, stop, text[a:stop], inst.type, "institution", canonical)
        english_place = named[1] or _english_country(place)
        mention.english = f"{english_place} {inst.english}".strip()
        mention.country, mention.acled_type = named[0], inst.acled_type
        return mention
    return None


@functools.cache
def _country_adjectives() -> dict[str, object]:
    """Country name key → its nationality (مصر → مصري), for the one-word country names that have one."""
    by_country = {n.country: n for n in nationalities().values() if n.country}
    return {key: by_country[iso] for key, iso in country_names().items() if iso in by_country and " " not in key}


def _english_country(key: str) -> str:
    """A country's short English name: ACLED's (Iran, Russia), else the gazetteer's up to a comma ("" if none)."""
    short = short_country_names().get(country_names().get(key, ""), "")
    return short or next((p.name_en.split(",")[0] for p in gazetteer().get(key, ()) if p.kind == "country"), "")


def state_mentions(text: str, norm: str, s: int, e: int) -> list[ActorMention]:
    """Countries acting or speaking in ``text[s:e]``: after a speech/action verb (قالت ألمانيا), or opening
    the sentence before one ("اليونان تنفي")."""
    found = []
    for m in _country_pattern().finditer(norm, s, e):
        a, b = m.span("name")
        before = norm[max(s, a - 12) : a].split()
        verb_before = bool(before) and (before[-1] in _VERB_BEFORE_KEYS or before[-1][1:] in _VERB_BEFORE_KEYS)
        opening = not norm[s:a].strip()
        after = norm[b : b + 12].split()
        if not (verb_before or (opening and after and after[0] in _VERB_AFTER_KEYS)):
            continue
        key = name_key(m.group("name"))
        mention = ActorMention(a, b, text[a:b], "state", "state", text[a:b])
        mention.english, mention.country = _english_country(key), country_names().get(key, "")
        mention.acled_type, mention.gloss_source, mention.actor_id = "state", "gazetteer", "state_" + mention.country
        found.append(mention)
    return found
