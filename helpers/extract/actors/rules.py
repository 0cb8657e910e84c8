"""The rule mentions of a sentence: curated aliases, numbered units, armed groups, a bare "the army" and
nationalities used for people; and the merge that keeps the best of overlapping mentions."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from helpers.extract.actors.mention import ActorMention
from helpers.extract.actors.vocabulary import _ARMED, _ARMED_COMMON, _GENERIC_ARMY, _NAME_STOP, _UNIT, PEOPLE_NOUNS
from helpers.resources.actor_tables import country_names
from helpers.resources.actors import alias_first_words, alias_table, nationality_forms
from helpers.resources.gazetteer import gazetteer
from helpers.resources.names import name_lexicon, person_names
from helpers.text.arabic import AR, MARKS
from helpers.text.clitics import clitic_variants
from helpers.text.patterns import alternation, cue_strings, holds_any

_ALIAS_WORD = re.compile(f"[{AR}0-9\u0640\u064b-\u065f]+")


@functools.lru_cache(maxsize=65_536)
def _alias_starts(word: str) -> tuple[str, tuple[tuple[str, int], ...]]:
    """A word without its marks, and those of its clitic variants that begin an alias, each with the most
    words an alias starting with it has (cached: most words begin none)."""
    bare, first_words = MARKS.sub("", word), alias_first_words()
    return bare, tuple((v, first_words[v]) for v in clitic_variants(bare) if first_words.get(v))


_STARTS_SEEN: dict[str, tuple[tuple[str, int], ...]] = {}


def _starts_of(words: list[str]) -> list[tuple[tuple[str, int], ...]]:
    """The alias starts (``_alias_starts``) of each word, from a plain dict of the words seen (faster than the
    cache's own look-up: a sentence's words are nearly all seen before)."""
    seen = _STARTS_SEEN
    found = list(map(seen.get, words))
    if None in found:
        if len(seen) > 200_000:
            seen.clear()
        for k, starts in enumerate(found):
            if starts is None:
                found[k] = seen[words[k]] = _alias_starts(words[k])[1]
    return found


def alias_mentions(text: str, norm: str, s: int, e: int) -> list[ActorMention]:
    """Curated aliases in ``text[s:e]``, longest match first, clitics allowed on the first word."""
    table, part = alias_table(), norm[s:e]
    words = _ALIAS_WORD.findall(part)
    starts = _starts_of(words)
    spans: list[tuple[int, int]] = []  # found only when an alias is
    found: list[ActorMention] = []
    free = 0  # the first word not inside an alias found
    for i in itertools.compress(range(len(words)), starts):  # only the words that begin an alias
        if i < free:
            continue
        matched = 0
        bare = _alias_starts(words[i])[0]
        following = [_alias_starts(w)[0] for w in words[i + 1 : i + max(n for _, n in starts[i])]]
        for variant, longest in starts[i]:
            for n in range(min(longest, len(words) - i), 0, -1):
                key = " ".join([variant, *following[: n - 1]])
                actor = table.get(key)
                if actor is None:
                    continue
                behind_preposition = n == 1 and variant != bare and not bare.startswith(("و", "ف"))
                kept = actor.type == "person" or (actor.type == "media" and bare[0] == "ل")
                if behind_preposition and not kept:
                    spans = spans or [m.span() for m in _ALIAS_WORD.finditer(part)]
                    kept = _definite_side(variant, actor.type) and not _FOR_OR_AGAINST.search(
                        norm, max(s, s + spans[i][0] - 30), s + spans[i][0]
                    )
                if behind_preposition and not kept:
                    continue  # بحماس (with enthusiasm): a one-word alias behind ب/ل/ك counts only for persons,
                    # for media behind ل (قال لرويترز: the agency it was said to), and for a definite armed side
                    # (قصف مدفعي للحوثيين: the shelling's doer; مواقع للحوثيين: the side struck)
                spans = spans or [m.span() for m in _ALIAS_WORD.finditer(part)]
                start = s + spans[i][0] + (len(bare) - len(variant) if variant != bare else 0)
                if variant.startswith("ا") and not bare.endswith(variant):  # لل → ال: keep the whole word
                    start = s + spans[i][0]
                end = s + spans[i + n - 1][1]
                found.append(
                    ActorMention(
                        start,
                        end,
                        text[start:end],
                        actor.type,
                        "alias",
                        actor.name_ar,
                        actor.actor_id,
                        actor.name_en,
                        "alias table",
                    )
                )
                matched = n
                break
            if matched:
                break
        free = i + matched
    return found


_SIDE_TYPES = frozenset({"armed_group", "army"})


# Before ل + a side: against it, loyal to it, for it, handed to it (مظاهرة مناهضة للحوثيين، الموالين للحوثيين، سلمت
# مواقعها للحوثيين): the side is named as what the others are for or against, not as a doer or a target here.
_FOR_OR_AGAINST = re.compile(
    r"(?<![\u0621-\u064a])[وفب]?(?:ال)?(?:مناهض|مناهضه|مناهضين|مناهضون|معارض|معارضه|معارضين|معارضون|موال|موالي"
    r"|مواليه|موالين|موالون|مؤيد|مؤيده|مؤيدين|مؤيدون|مويد|مويده|مويدين|مويدون|انصار|دعما|تاييدا"
    r"|ولاء|ولاءه|ولاءها|انضم|انضمت|انضموا|انضمام|بيعه|ضد|(?:سلم|سلمت|سلموا|تسليم)(?:\s+[\u0621-\u064a]+){0,2})\s+$"
)


def _definite_side(variant: str, actor_type: str) -> bool:
    """A one-word alias with the article (الحوثيين) of an armed group or an army: behind ل or ب it is still that
    side (للحوثيين، بالحوثيين), unlike a bare word that is also a common noun (بحماس: with enthusiasm)."""
    return variant.startswith("ال") and actor_type in _SIDE_TYPES


def _name_words(norm: str, start: int, limit: int, max_words: int) -> int:
    """End offset of up to ``max_words`` name-like words from ``start`` (stopping at function words).

    After the first word, a word must look like part of a name (``_name_like``): ميليشيات الجضران أضرمت النيران
    ends before the verb, ميليشيا ليبية شن هجمات before شن."""
    end = start
    for count, m in enumerate(_NAME_TOKEN.finditer(norm, start, limit)):  # lazily: a sentence may be huge
        word = m.group(0)
        if count >= max_words or not re.match(f"[{AR}]", word) or word in _NAME_STOP:
            break
        if word.startswith("و") and word[1:] in _NAME_STOP:
            break
        if word.startswith("ي") and len(word) >= 4 and word not in person_names():
            break  # an imperfect verb (يعتبرون) ends the name
        if count and not _name_like(word):
            break
        end = m.end()
    return end


# After a common head (حركة، تنظيم، جماعة): words that make it an act or traffic, not a group (تنظيم الوقفات
# الاحتجاجية: organising the protests; حركة الملاحة الجوية، الحركة الجوية: air traffic); the first set only alone
# (تنظيم الدولة الإسلامية is a group, تنظيم الدولة alone too, but تنظيم العمل is organising the work).
_NO_NAME_ALONE = frozenset({"الدوله", "الانتخابات", "العمل"})
_NO_NAME = frozenset({"المرور", "الطيران", "الاحتجاجات", "الملاحه", "الجويه", "السير", "الوقفات", "التظاهرات",
                      "المظاهرات", "الاعتصامات", "التظاهري", "الاحتجاجي", "الاحتجاجيه", "التجاريه"})  # fmt: skip


_MILITIA_HEADS = frozenset({"ميليشيا", "ميليشيات", "مليشيا", "مليشيات"})
# Adjectives that describe militias rather than name them (a place, a people or a leader names them).
_MILITIA_ADJECTIVES = frozenset({"محليه", "مدنيه", "مشاركه", "مسلحه", "مدعو", "مواليه", "تابعه", "مدعومه"})
# A participle of the forms تفعّل / تفاعل (متناحرة، متحاربة، متصارعة، متنافسة): a description.
_FORM_V_VI = re.compile(r"^مت[\u0621-\u064a]{3,}$")


def _militia_description(word: str) -> bool:
    """Whether the word after a militia head describes the militias (المتناحرة، المحلية، المشاركة) instead of
    naming them (الحوثي، مصراتة، الحشد)."""
    bare = word[2:] if word.startswith("ال") else word
    return bare in _MILITIA_ADJECTIVES or bool(_FORM_V_VI.match(bare))


def _definite_words_end(norm: str, start: int, end: int) -> int:
    """Where the name after a definite head ends: a definite noun takes no genitive, so only definite adjectives
    follow it (الميليشيات الحوثية); an indefinite word is the next phrase (الميليشيات تستخدم، الميليشيات بصنعاء)."""
    stop = start
    for m in _NAME_TOKEN.finditer(norm, start, end):
        if not m.group(0).startswith("ال"):
            break
        stop = m.end()
    return stop


@functools.lru_cache(maxsize=65_536)
def _name_like(word: str) -> bool:
    """A (normalised) word that can continue a group's name: a definite noun or adjective (الشام), a nisba
    (الليبية، ليبيه، مجاهدي), a number, or a word the name lists or the gazetteer know (درنه، الله)."""
    if word.startswith("ال") or word.isdigit() or word.endswith(("ي", "يه", "يين", "يون")):
        return True
    return word in person_names() or word in name_lexicon() or word in gazetteer()


_NAME_TOKEN = re.compile(rf"[{AR}0-9]+|[^\s{AR}0-9]")


_AR_RUN = re.compile(f"[{AR}]+")


@functools.lru_cache(maxsize=65_536)
def _nationality_base(word: str) -> str | None:
    """The nationality form a word is, behind a و/ب/ل if need be (وسودانية → سودانية), or None."""
    forms = nationality_forms()
    base = word[1:] if word[:1] and word[:1] in "وبل" and word[1:] in forms and word not in forms else word
    return base if base in forms else None


@functools.cache
def _nationality_words() -> re.Pattern[str]:
    """Whole words that are a nationality form, bare or behind one و/ب/ل (where ``_nationality_base`` may
    find one): the words of a sentence are only looked at one by one when this finds something."""
    forms = alternation(form for form in nationality_forms() if " " not in form)
    return re.compile(rf"(?<![{AR}])[وبل]?{forms}(?![{AR}])")


# An operations room the army owns (غرفة عمليات المختار التابعة للقيادة العامة للجيش): the army's unit, no armed group.
_ARMY_OWNED = re.compile(r"\s+التابعه\s+(?:لل?قياده|لل?جيش|لقوات|للقوات|لرئاسه الاركان)")


# Strings every match of a pattern holds: the patterns (which begin with a look-behind, so the regex engine
# tries them at every position) only scan the sentences that hold one.
_UNIT_CUES, _ARMED_CUES, _ARMY_CUES = cue_strings(_UNIT), cue_strings(_ARMED), cue_strings(_GENERIC_ARMY)


def rule_mentions(text: str, norm: str, s: int, e: int) -> list[ActorMention]:
    """Numbered units, armed groups and nationalities in ``text[s:e]``."""
    found = []
    for m in _UNIT.finditer(norm, s, e) if holds_any(norm, s, e, _UNIT_CUES) else ():
        a, b = m.span("name")
        found.append(ActorMention(a, b, text[a:b], "military_unit", "unit"))
    for m in _ARMED.finditer(norm, s, e) if holds_any(norm, s, e, _ARMED_CUES) else ():
        head = m.group("head")
        a = m.start("name")
        b = _name_words(norm, m.end("head"), e, 4 if head == "مجلس شوري" else 3)
        if norm[m.start("head") - 2 : m.start("head")] == "ال":
            b = _definite_words_end(norm, m.end("head"), b)
        if b <= m.end("head"):
            continue
        nxt = norm[m.end("head") : b].split()
        if head in _ARMED_COMMON and not (nxt[0].startswith("ال") or nxt[0] in {"داعش", "حماس"}):
            continue
        if head in _ARMED_COMMON and (
            (nxt[0] in _NO_NAME_ALONE and len(nxt) == 1) or nxt[0] in _NO_NAME or nxt[-1] in _NO_NAME
        ):
            continue  # تنظيم الانتخابات، حركة الملاحة الجوية، الحركة الجوية: an act or traffic, not a group
        if head in _MILITIA_HEADS and _militia_description(nxt[0]):
            continue  # الميليشيات المتناحرة، ميليشيا محلية: militias described, not a named group
        if head == "جبهه" and _front_place(nxt):
            continue  # جبهة الساحل الغربي، جبهة الدريهمي: a front line at a place, not an armed group
        kind = "military_unit" if head == "غرفه عمليات" and _ARMY_OWNED.match(norm, b) else "armed_group"
        found.append(ActorMention(a, b, text[a:b], kind, "unit" if kind == "military_unit" else "armed_group"))
    forms = nationality_forms()
    for m in _GENERIC_ARMY.finditer(norm, s, e) if holds_any(norm, s, e, _ARMY_CUES) else ():
        following = norm[m.end() : m.end() + 30].split()
        if following and (following[0] in forms or following[0].strip("،,.") in forms):
            continue  # الجيش الأمريكي: another army, not a back-reference (an institution, see institutions)
        a, b = m.span("name")
        mention = ActorMention(a, b, text[a:b], "army", "coreference")
        modifier = army_modifier(text, norm, m.end(), e)
        if modifier:
            mention.extra["country"], mention.extra["modifier"] = modifier
        found.append(mention)
    candidates = [m.start() for m in _nationality_words().finditer(norm, s, e)]
    words = list(_AR_RUN.finditer(norm[s:e])) if candidates else []
    found_at = {s + m.start(): i for i, m in enumerate(words)}
    for i in (found_at[c] for c in candidates):
        m = words[i]
        w = m.group(0)
        base = _nationality_base(w)
        if base is None:
            continue
        stem, english, plural = forms[base]
        j = i - 1
        while j >= 0 and (words[j].group(0)[1:] in forms or words[j].group(0) in forms):
            j -= 1  # a list: عناصر مصرية وسودانية وتونسية
        people = j >= 0 and (words[j].group(0) in PEOPLE_NOUNS or words[j].group(0)[1:] in PEOPLE_NOUNS)
        if not (people or (plural and base.startswith("ال")) or (plural and i == 0)):
            continue
        a, b = s + m.start() + (len(w) - len(base)), s + m.end()
        mention = ActorMention(a, b, text[a:b], "nationality", "nationality", stem, "", english, "nationality list")
        found.append(mention)
    return found


_DIRECTIONS = {"شرق", "غرب", "جنوب", "شمال", "شرقي", "غربي", "جنوبي", "شمالي", "وسط"}
# Nouns of a kind of place before its name (في مدينة دنقلا، بمحافظة مأرب): not a place of their own.
_PLACE_NOUNS = {"مدينه", "محافظه", "منطقه", "ولايه", "بلده", "قريه", "اقليم", "مديريه", "قضاء", "ناحيه", "حي"}


def army_modifier(text: str, norm: str, start: int, limit: int) -> tuple[str, str] | None:
    """(country, modifier text) of a country or place right after a bare army: "في شرق ليبيا", "بدرنة";
    None when no such modifier follows."""
    words = [(w.group(), w.start(), w.end()) for w in _AR_RUN.finditer(norm, start, min(limit, start + 40))][:4]
    if not words or words[0][1] - start > 2:
        return None
    first = words[0][0]
    if first == "في":
        rest = words[1:]
    elif first.startswith("ب") and len(first) > 3:
        rest = [(first[1:], words[0][1] + 1, words[0][2]), *words[1:]]
    else:
        return None
    if rest and rest[0][0] in _DIRECTIONS:
        rest = rest[1:]
    if rest and rest[0][0] in _PLACE_NOUNS:
        rest = rest[1:]  # في مدينة دنقلا: the town's name follows its noun (مدينة is not Medina)
    for n in (2, 1):
        if len(rest) >= n:
            key = " ".join(w for w, _, _ in rest[:n])
            country = country_names().get(key) or _place_country(key)
            if country:
                return country, text[start : rest[n - 1][2]].strip()
    return None


# Words that make "جبهة + word" a front at a place (جبهة الساحل الغربي، جبهة الحدود), not a group's name.
_FRONT_PLACE_WORDS = {"الساحل", "ساحل", "الحدود", "الشريط", "الشمال", "الجنوب", "الشرق", "الغرب", "الوسط"}
# Words of fronts' names that are also towns' (جبهة النصر، جبهة الكرامة): a group's name.
_FRONT_NAME_WORDS = {"الشام", "الكرامه", "النصر", "الثوره", "السلام", "الحريه", "العدل", "الوحده", "التحرير"}
_FRONT_PLACE_KINDS = {"town", "city", "capital", "district", "region"}


def _front_place(words: list[str]) -> bool:
    """``words`` after a front's head (جبهه) name a place: a geographic noun, or a town or district of the
    gazetteer (جبهة الدريهمي), so the front is a place of fighting, not an armed group."""
    if words[0] in _FRONT_PLACE_WORDS:
        return True
    if words[0] in _FRONT_NAME_WORDS:
        return False
    keys = (" ".join(words[:2]), words[0])
    return any(p.kind in _FRONT_PLACE_KINDS for key in keys for p in gazetteer().get(key, ()))


def _place_country(key: str) -> str:
    """The country of a sizeable gazetteer place with this key ("" when none)."""
    return next((p.country for p in gazetteer().get(key, ()) if p.population >= 20_000 or p.kind == "country"), "")


def merge_overlapping(mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions overlapping a better one: alias > institution > state > unit > armed group and a war's
    bare side > model > nationality > coreference."""
    priority = {
        "alias": 0, "institution": 1, "state": 2, "unit": 3, "armed_group": 4, "ner": 5, "nationality": 6,
        "coreference": 7, "bare_side": 4,
    }  # fmt: skip
    kept: list[ActorMention] = []
    spans: list[tuple[int, int]] = []  # the kept spans, sorted: they never overlap, so their ends are sorted too
    for m in sorted(mentions, key=lambda x: (priority[x.source], -(x.end - x.start), x.start)):
        i = bisect.bisect_left(spans, (m.end,))  # the kept spans starting before this one ends
        if i and spans[i - 1][1] > m.start:
            continue  # the last of them reaches into it
        kept.append(m)
        bisect.insort(spans, (m.start, m.end))
    return sorted(kept, key=lambda x: x.start)
