"""Actors: who acts and who speaks.

Each article is read sentence by sentence (so memory stays bounded however long it is):

1. the NER model (``helpers.ner``) tags persons, organisations and other names;
2. rules add what a news analyst needs and the model does not give: the curated actors of
   ``helpers/data/actors_aliases.csv`` (an alias table the analyst can extend), numbered military units
   (الكتيبة 210 مشاة), armed groups (مجلس شورى ...، كتائب ...) and nationalities used for people
   (عناصر مصرية وسودانية);
3. each mention gets a canonical name (clitics and hashtag marks taken off, aliases merged, a short
   name merged with the full name used in the same article), an English gloss, and for persons the
   rank and role written next to the name (العميد، المتحدث باسم القيادة العامة).

Offsets index the article's display text. ``actor_table`` adds the cross-article merge of surnames.
"""

from __future__ import annotations

import csv
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from helpers import config
from helpers.extract.mentions import register
from helpers.text.normalize import normalize_for_matching, normalize_letters, strip_diacritics
from helpers.text.patterns import alternation
from helpers.text.sentences import sentence_spans

AR = "\u0621-\u064a"
ALIASES = config.DATA_DIR / "actors_aliases.csv"
NATIONALITIES = config.DATA_DIR / "nationalities.csv"
MAX_TOKENS = 120  # longer "sentences" (lists, dumps) are tagged in windows of this many tokens
_TOKEN = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670\u0640])+|[^\w\s]")
_HAS_ARABIC = re.compile(f"[{AR}]")
_MARKS = re.compile("[\u0640\u064b-\u065f\u0670]")

ACTOR_TYPES = {
    "PERS": "person",
    "ORG": "organisation",
    "MISC": "other",
}
RANKS = {
    "المشير": "Field Marshal", "الفريق اول": "General", "الفريق": "Lieutenant General", "العماد": "General",
    "اللواء": "Major General", "العميد": "Brigadier General", "العقيد": "Colonel", "المقدم": "Lieutenant Colonel",
    "الرائد": "Major", "النقيب": "Captain", "الملازم اول": "First Lieutenant", "الملازم": "Lieutenant",
    "الرقيب": "Sergeant", "العريف": "Corporal", "الجنرال": "General", "الادميرال": "Admiral",
}  # fmt: skip
TITLES = {
    "الرئيس": "President", "الملك": "King", "الامير": "Prince", "الشيخ": "Sheikh", "الدكتور": "Dr",
    "السيد": "Mr", "السيده": "Ms", "الوزير": "Minister", "السفير": "Ambassador", "المبعوث": "Envoy",
    "الامام": "Imam", "المستشار": "Adviser", "النائب": "MP", "القاضي": "Judge", "الحاج": "Hajj",
}  # fmt: skip
ROLE_HEADS = {
    "المتحدث باسم": "spokesman for", "الناطق باسم": "spokesman for", "المتحدث الرسمي باسم": "official spokesman for",
    "المتحدثه باسم": "spokeswoman for", "الناطق الرسمي باسم": "official spokesman for",
    "المسؤول الاعلامي": "media officer", "المتحدث": "spokesman", "الناطق": "spokesman",
    "رئيس": "head of", "رئيسه": "head of", "نائب": "deputy", "وزير": "minister of", "وزيره": "minister of",
    "قائد": "commander of", "امر": "commander of", "ضابط": "officer", "مدير": "director of", "عضو": "member of",
    "مسؤول": "official", "سفير": "ambassador of", "مبعوث": "envoy of", "مستشار": "adviser",
    "الامين العام": "secretary-general of",
    "امين عام": "secretary-general of", "زعيم": "leader of", "مؤسس": "founder of", "محافظ": "governor of",
    "عميد بلديه": "mayor of", "عميد": "dean of", "مندوب": "delegate of", "ممثل": "representative of",
    "قائد عام": "commander-in-chief of", "القائد العام": "commander-in-chief of", "امير": "emir of",
}  # fmt: skip
UNIT_HEADS = "كتيبه|الكتيبه|لواء|اللواء|سريه|السريه|فرقه|الفرقه|فوج|الفوج|الكتائب|كتائب|المجموعه|مجموعه|الوحده|وحده"
_UNIT = re.compile(
    rf"(?<![{AR}])(?P<name>[وفبل]?(?:ل)?(?:{UNIT_HEADS})\s+(?:رقم\s+)?[0-9]{{1,4}}"
    rf"(?:\s+(?:مشاه|مدرعات|مدفعيه|صاعقه|مشاه ميكانيكيه|مغاوير|دبابات|حرس حدود|قوات خاصه|مشاه ميكانيكي))?)(?![{AR}0-9])"
)
ARMED_HEADS = "مجلس شوري|كتائب|سرايا|ميليشيا|ميليشيات|مليشيا|مليشيات|جماعه|تنظيم|جبهه|فيلق|الويه|حركه|غرفه عمليات"
_ARMED = re.compile(
    rf"(?<![{AR}])(?P<name>[وفبل]?(?:ل)?(?:ال)?(?P<head>{ARMED_HEADS})(?P<rest>(?:\s+[{AR}]{{2,}}){{1,4}}))"
)
_NAME_STOP = {
    "في", "من", "الي", "علي", "عن", "مع", "التي", "الذي", "الذين", "و", "او", "ثم", "قد", "لقد", "كان", "كانت",
    "بعد", "قبل", "خلال", "منذ", "ضد", "داخل", "خارج", "امس", "اليوم", "حيث", "كما", "ان", "انه", "بين", "عند",
    "الارهابي", "الارهابيه", "المتطرف", "المتطرفه", "المسلح", "المسلحه", "المتشدده", "المتشدد", "المسلحين",
    "الارهابيين", "المتشددين", "التابعه", "التابع", "المواليه", "الموالي", "المدعومه", "المحليه", "بقياده",
    "لها", "له", "لهم", "الان", "هذا", "هذه", "ذلك", "تلك", "ما", "لا", "لم", "لن", "اي", "كل",
}  # fmt: skip
# Armed-group heads that name a group only when the next word is a name, not a common noun.
_ARMED_COMMON = {"جماعه", "تنظيم", "حركه", "جبهه", "فيلق"}
# "The army" without a name: the army actor the article is about (its most-mentioned army), if it has one.
_GENERIC_ARMY = re.compile(
    rf"(?<![{AR}])[وفبل]{{0,2}}(?P<name>(?:القياده العامه لل|قياده ال|قوات ال|ال|ل)جيش|القوات المسلحه)(?![{AR}])"
)
PEOPLE_NOUNS = {
    "عناصر", "مقاتلين", "مقاتلون", "مسلحين", "مسلحون", "جنود", "مواطنين", "مواطنون", "عمال", "رعايا", "ارهابيين",
    "جنسيات", "مرتزقه", "متطرفين", "جهاديين", "لاجئين", "مهاجرين", "اسري", "رهائن", "قوات", "ضباط", "خبراء",
    "مسؤولين", "دبلوماسيين", "صحفيين", "شباب", "عناصرا", "مقاتلي", "مواطني", "عمالا", "جنسيه", "مسلحي",
}  # fmt: skip
ACTOR_COLUMNS = [
    "article_id", "sentence_id", "start", "end", "text", "type", "canonical", "actor_id", "english",
    "gloss_source", "rank", "rank_en", "title", "role", "role_en", "source",
]  # fmt: skip


class AliasTableError(ValueError):
    """A row of the actors alias table is wrong; the message names the file and the row."""


@dataclass(frozen=True)
class Actor:
    """A curated actor: the canonical Arabic and English names and its type."""

    actor_id: str
    type: str
    name_ar: str
    name_en: str


@dataclass
class ActorMention:
    """One mention of an actor in a text."""

    start: int
    end: int
    surface: str
    type: str
    source: str  # ner, alias, unit, armed_group, nationality
    canonical: str = ""
    actor_id: str = ""
    english: str = ""
    gloss_source: str = ""
    rank: str = ""
    rank_en: str = ""
    title: str = ""
    role: str = ""
    role_en: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@functools.lru_cache(maxsize=65_536)
def actor_key(text: str) -> str:
    """The matching key of a name: normalised letters, no marks, hashtag marks and punctuation as spaces."""
    norm = _MARKS.sub("", normalize_for_matching(text.replace("_", " ").replace("#", " ")))
    return " ".join(re.sub(rf"[^{AR}0-9 ]+", " ", norm).split())


# --------------------------------------------------------------------------- data files


@functools.cache
def alias_table(path: Path = ALIASES) -> dict[str, Actor]:
    """Alias key → curated actor, from the analyst-editable CSV (an alias may not point at two actors)."""
    table: dict[str, Actor] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            missing = [c for c in ("actor_id", "type", "name_ar", "name_en") if not (row.get(c) or "").strip()]
            if missing:
                raise AliasTableError(f"{path}: row {line}: empty {', '.join(missing)}")
            actor = Actor(row["actor_id"].strip(), row["type"].strip(), row["name_ar"].strip(), row["name_en"].strip())
            for alias in [actor.name_ar, *(row.get("aliases") or "").split("|")]:
                # "~القاعدة": too ambiguous to match on its own, used only for a name the model found
                key = ("~" if alias.strip().startswith("~") else "") + actor_key(alias)
                if key in ("", "~"):
                    continue
                other = table.get(key)
                if other and other.actor_id != actor.actor_id:
                    raise AliasTableError(
                        f"{path}: row {line}: alias {alias!r} of {actor.actor_id!r} is already an alias of "
                        f"{other.actor_id!r}"
                    )
                table[key] = actor
    return table


@functools.cache
def _alias_first_words() -> dict[str, int]:
    """First word of each alias key → the most words any alias starting with it has."""
    longest: dict[str, int] = {}
    for key in alias_table():
        words = key.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


@functools.cache
def nationality_forms() -> dict[str, tuple[str, str, bool]]:
    """Surface key (with ال or without) → (masculine stem, English, is a plural/collective form)."""
    forms: dict[str, tuple[str, str, bool]] = {}
    with NATIONALITIES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            stem = actor_key(row["stem"])
            english = row["english"]
            for suffix, plural in (("", False), ("ه", False), ("ين", True), ("ون", True), ("يين", True), ("يون", True)):
                word = stem + suffix if not (suffix.startswith("ي") and stem.endswith("ي")) else stem[:-1] + suffix
                forms.setdefault(word, (stem, english, plural))
                forms.setdefault("ال" + word, (stem, english, plural))
            for plural_form in filter(None, (row.get("plurals") or "").split("|")):
                key = actor_key(plural_form)
                forms.setdefault(key, (stem, english, True))
                forms.setdefault("ال" + key, (stem, english, True))
    return forms


# --------------------------------------------------------------------------- tokens and NER


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans of ``text[start:end]``: words (hashtags split at ``_``) and single punctuation marks."""
    return [m.span() for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


_CHUNK_TAGS: dict[tuple[str, ...], tuple[tuple[int, int, str], ...]] = {}
_CHUNK_CACHE_SIZE = 8_192  # a batch of 50 articles is about 600 chunks; bounded, so memory stays flat


def _tag_chunks(chunks: list[tuple[str, ...]]) -> list[tuple[tuple[int, int, str], ...]]:
    """Entity spans (first token, last token + 1, type) of chunks of words, tagged together in one batch
    (cached: places and actors share them, and news repeats its boilerplate)."""
    from helpers.extract.ner import entities, tag_many

    found = {c: _CHUNK_TAGS[c] for c in chunks if c in _CHUNK_TAGS}
    todo = [c for c in dict.fromkeys(chunks) if c not in found]
    if todo:
        if len(_CHUNK_TAGS) + len(todo) > _CHUNK_CACHE_SIZE:
            _CHUNK_TAGS.clear()
        for words, tags in zip(todo, tag_many(todo), strict=True):
            found[words] = _CHUNK_TAGS[words] = tuple(entities(words, tags))
    return [found[c] for c in chunks]


def _tag_chunk(words: tuple[str, ...]) -> tuple[tuple[int, int, str], ...]:
    """Entity spans of one chunk of words (see ``_tag_chunks``)."""
    return _tag_chunks([words])[0]


@functools.lru_cache(maxsize=4096)
def _sentence_chunks(sentence: str) -> tuple[tuple[str, ...], ...]:
    """The words of each chunk of at most MAX_TOKENS tokens of one sentence (cached: the tagger is primed
    with them, then the sentence is read). Their spans are ``tokens(sentence)``, in the same order."""
    words = _TOKEN.findall(sentence)
    return tuple(tuple(words[i : i + MAX_TOKENS]) for i in range(0, len(words), MAX_TOKENS))


def prime_tagger(texts: Iterable[str]) -> None:
    """Tag every sentence of some texts in one batch, so that extracting them afterwards finds the tags cached."""
    chunks = [
        words
        for text in texts
        for s, e in sentence_spans(text)
        if _HAS_ARABIC.search(text, s, e)
        for words in _sentence_chunks(text[s:e])
    ]
    if len(chunks) <= _CHUNK_CACHE_SIZE // 2:
        _tag_chunks(chunks)


def ner_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Character spans (start, end, PERS/ORG/LOC/MISC) of the model's entities, sentence by sentence."""
    for s, e in sentence_spans(text):
        if not _HAS_ARABIC.search(text, s, e):
            continue
        spans = tokens(text, s, e)
        for i in range(0, len(spans), MAX_TOKENS):
            chunk = spans[i : i + MAX_TOKENS]
            words = tuple(text[a:b] for a, b in chunk)
            for first, last, kind in _tag_chunk(words):
                yield chunk[first][0], chunk[last - 1][1], kind


# --------------------------------------------------------------------------- canonical names


def strip_clitics(surface: str, known: frozenset[str] = frozenset()) -> str:
    """The name without the clitics attached to its first word: للجيش الليبي → الجيش الليبي, وحفتر → حفتر.

    و ف ب ل ك come off a word that then starts with ال (لل → ال); before other words they come off only
    when what remains is a name in ``known`` (so وليد stays وليد).
    """
    surface = surface.strip().lstrip("#").replace("_", " ")
    first, sep, rest = surface.partition(" ")
    key = actor_key(first)
    if key.startswith("لل") and len(key) > 4:
        return "ال" + first[2:] + sep + rest
    for n in (2, 1):
        prefix, remainder = key[:n], key[n:]
        if n == 2 and prefix not in ("وب", "ول", "فب", "فل", "وك", "فك"):
            continue
        if n == 1 and prefix not in ("و", "ف", "ب", "ل", "ك"):
            continue
        if len(remainder) >= 3 and (remainder.startswith("ال") or actor_key(remainder + sep + rest) in known):
            return first[n:] + sep + rest
    return surface


def _romanize_word(word: str) -> str:
    """A rough reading of one unvowelled Arabic word in Latin letters (consonants plus long vowels)."""
    table = {
        "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
        "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f",
        "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ء": "'", "ئ": "'",
        "ؤ": "'", "ة": "a", "ى": "a",
    }  # fmt: skip
    w = normalize_alef_only(word)
    prefix = ""
    if w.startswith("ال") and len(w) > 3:
        prefix, w = "al-", w[2:]
    out = []
    for i, ch in enumerate(w):
        last = i == len(w) - 1
        if (ch == "ي" and i > 0 and not last and w[i - 1] not in "اوي") or (ch == "ي" and last and i > 0):
            out.append("i")
        elif ch == "و" and i > 0 and not last and w[i - 1] not in "اوي":
            out.append("u")
        elif ch == "ا" and i == 0:
            out.append("a")
        else:
            out.append(table.get(ch, ch))
    text = prefix + "".join(out)
    return text[:1].upper() + text[1:] if text else text


def normalize_alef_only(word: str) -> str:
    """Hamzated alefs to bare alef (a helper of the romaniser)."""
    return re.sub("[أإآٱ]", "ا", _MARKS.sub("", word))


UNIT_WORDS = {
    "كتيبه": "Battalion", "لواء": "Brigade", "سريه": "Company", "فرقه": "Division", "فوج": "Regiment",
    "مجموعه": "Group", "وحده": "Unit", "كتائب": "Battalions", "مشاه": "Infantry", "مدرعات": "Armoured",
    "مدفعيه": "Artillery", "صاعقه": "Commando", "مغاوير": "Rangers", "دبابات": "Tank", "ميكانيكيه": "Mechanised",
    "ميكانيكي": "Mechanised", "حرس": "Guard", "حدود": "Border", "قوات": "Forces", "خاصه": "Special",
}  # fmt: skip
GROUP_HEADS = {
    "مجلس شوري": "Shura Council of", "كتائب": "Brigades", "سرايا": "Companies", "ميليشيا": "militia",
    "ميليشيات": "militias", "مليشيا": "militia", "مليشيات": "militias", "جماعه": "group", "تنظيم": "organisation",
    "جبهه": "Front", "فيلق": "Legion", "الويه": "Brigades", "حركه": "Movement", "غرفه عمليات": "Operations Room",
}  # fmt: skip


def group_gloss(name: str) -> str:
    """English for a unit or armed group: head and unit words translated, the rest transliterated.

    الكتيبة 210 مشاة → Infantry Battalion 210; مجلس شورى مجاهدي درنة → Shura Council of Mjahdi Drna.
    """
    key = actor_key(name)
    words = [w.removeprefix("ال") if w.removeprefix("ال") in UNIT_WORDS else w for w in key.split()]
    number = next((w for w in words if w.isdigit()), "")
    if number and words[0] in UNIT_WORDS:
        kinds = [UNIT_WORDS[w] for w in words[1:] if w in UNIT_WORDS]
        return " ".join([*kinds, UNIT_WORDS[words[0]], number])
    plain = " ".join(w.removeprefix("ال") for w in key.split())
    for head, english in sorted(GROUP_HEADS.items(), key=lambda kv: -len(kv[0])):
        if plain.startswith(head + " "):
            return f"{english} {romanize(' '.join(name.split()[len(head.split()) :]))}"
    return romanize(name)


def romanize(name: str) -> str:
    """An approximate Latin transliteration of an Arabic name, for readers who do not read Arabic."""
    return " ".join(_romanize_word(w) for w in name.split())


# --------------------------------------------------------------------------- rules


_ALIAS_WORD = re.compile(f"[{AR}0-9\u0640\u064b-\u065f]+")


@functools.lru_cache(maxsize=65_536)
def _alias_starts(word: str) -> tuple[str, tuple[tuple[str, int], ...]]:
    """A word without its marks, and those of its clitic variants that begin an alias, each with the most
    words an alias starting with it has (cached: most words begin none)."""
    from helpers.extract.places import clitic_variants

    bare, first_words = _MARKS.sub("", word), _alias_first_words()
    return bare, tuple((v, first_words[v]) for v in clitic_variants(bare) if first_words.get(v))


def _alias_mentions(text: str, norm: str, s: int, e: int) -> list[ActorMention]:
    """Curated aliases in ``text[s:e]``, longest match first, clitics allowed on the first word."""
    table, part = alias_table(), norm[s:e]
    words = [_alias_starts(w) for w in _ALIAS_WORD.findall(part)]  # (bare word, alias starts)
    spans: list[tuple[int, int]] = []  # found only when an alias is
    found: list[ActorMention] = []
    i = 0
    while i < len(words):
        matched = 0
        bare = words[i][0]
        for variant, longest in words[i][1]:
            for n in range(min(longest, len(words) - i), 0, -1):
                key = " ".join([variant, *(w[0] for w in words[i + 1 : i + n])])
                actor = table.get(key)
                if actor is None:
                    continue
                behind_preposition = n == 1 and variant != bare and not bare.startswith(("و", "ف"))
                if behind_preposition and actor.type != "person":
                    continue  # بحماس (with enthusiasm): a one-word alias behind ب/ل/ك counts only for persons
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
        i += matched or 1
    return found


def _name_words(norm: str, start: int, limit: int, max_words: int) -> int:
    """End offset of up to ``max_words`` name-like words from ``start`` (stopping at function words)."""
    end = start
    for count, m in enumerate(re.finditer(rf"[{AR}0-9]+|[^\s{AR}0-9]", norm[start:limit])):
        word = m.group(0)
        if count >= max_words or not re.match(f"[{AR}]", word) or word in _NAME_STOP:
            break
        if word.startswith("و") and word[1:] in _NAME_STOP:
            break
        if word.startswith("ي") and len(word) >= 4 and word not in _person_names():
            break  # an imperfect verb (يعتبرون) ends the name
        end = start + m.end()
    return end


def _person_names() -> frozenset[str]:
    """The model's personal-name list (imported late: the model module loads data on first use)."""
    from helpers.extract.ner import person_names

    return person_names()


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


def _rule_mentions(text: str, norm: str, s: int, e: int) -> list[ActorMention]:
    """Numbered units, armed groups and nationalities in ``text[s:e]``."""
    found = []
    for m in _UNIT.finditer(norm, s, e):
        a, b = m.span("name")
        found.append(ActorMention(a, b, text[a:b], "military_unit", "unit"))
    for m in _ARMED.finditer(norm, s, e):
        head = m.group("head")
        a = m.start("name")
        b = _name_words(norm, m.end("head"), e, 4 if head == "مجلس شوري" else 3)
        if b <= m.end("head"):
            continue
        nxt = norm[m.end("head") : b].split()
        if head in _ARMED_COMMON and not (nxt[0].startswith("ال") or nxt[0] in {"داعش", "حماس"}):
            continue
        if (
            head in _ARMED_COMMON
            and nxt[0] in {"الدوله", "المرور", "الانتخابات", "العمل", "الطيران", "الاحتجاجات"}
            and len(nxt) == 1
        ):
            continue
        found.append(ActorMention(a, b, text[a:b], "armed_group", "armed_group"))
    forms = nationality_forms()
    for m in _GENERIC_ARMY.finditer(norm, s, e):
        following = norm[m.end() : m.end() + 30].split()
        if following and (following[0] in forms or following[0].strip("،,.") in forms):
            continue  # الجيش الأمريكي: another army, not a back-reference
        a, b = m.span("name")
        found.append(ActorMention(a, b, text[a:b], "army", "coreference"))
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


_ROLE_BREAK = {"قال", "وقال", "اكد", "واكد", "اضاف", "واضاف", "ان", "انه", "بان", "و", "او", "في", "من", "عن", "مع"}


def _bare(word: str) -> set[str]:
    """The word and its forms without a leading و/ف, ب/ل and ال (بالمبعوث → مبعوث), to match role heads."""
    forms = {word, word.removeprefix("ال")}
    if word[:1] and word[:1] in "وف":
        forms |= _bare(word[1:])
    if word[:1] and word[:1] in "بل" and word[1:3] == "ال":
        forms |= {word[1:], word[3:]}
    return forms


@functools.cache
def _role_heads() -> dict[str, list[tuple[int, str, list[str]]]]:
    """First word of a role head (without ال) → (priority, head, its words), longest heads first."""
    index: dict[str, list[tuple[int, str, list[str]]]] = defaultdict(list)
    for priority, head in enumerate(sorted(ROLE_HEADS, key=len, reverse=True)):
        words = [w.removeprefix("ال") for w in head.split()]
        index[words[0]].append((priority, head, words))
    return dict(index)


def _rank_and_role(m: ActorMention, text: str, norm: str, floor: int) -> None:
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
        for _, head, h in sorted(c for form in _bare(window[k][2]) for c in heads.get(form, ())):
            if [w for _, _, w in window[k + 1 : k + len(h)]] != h[1:]:
                continue
            m.role = text[window[k][0] : window[-1][1]]
            rest = actor_key(" ".join(w for _, _, w in window[k + len(h) :]))
            actor = alias_table().get(rest) or alias_table().get(rest.removeprefix("ل").removeprefix("ل"))
            gloss = ROLE_HEADS[head]
            m.role_en = f"{gloss} {actor.name_en}" if actor else gloss.removesuffix(" of").removesuffix(" for")
            return


def _merge(mentions: list[ActorMention]) -> list[ActorMention]:
    """Drop mentions overlapping a better one: alias > unit > armed group > model > nationality > coreference."""
    priority = {"alias": 0, "unit": 1, "armed_group": 2, "ner": 3, "nationality": 4, "coreference": 5}
    kept: list[ActorMention] = []
    for m in sorted(mentions, key=lambda x: (priority[x.source], -(x.end - x.start), x.start)):
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda x: x.start)


# --------------------------------------------------------------------------- per article


def sentence_actor_mentions(text: str, s: int, e: int, use_model: bool = True) -> list[ActorMention]:
    """The actor mentions of one sentence ``text[s:e]`` (not yet merged across the article).

    ``use_model=False`` gives the alias-table and rule mentions only (fast: no tagging).
    """
    if not _HAS_ARABIC.search(text, s, e):
        return []
    # fresh copies, moved to the article's offsets: callers change them (canonical names, coreference)
    return [_copy(m, s) for m in _sentence_mentions(text[s:e], use_model)]


def _copy(m: ActorMention, shift: int = 0) -> ActorMention:
    """A copy of a mention with its own ``extra``, its offsets moved by ``shift`` (``dataclasses.replace``,
    without its per-call field inspection)."""
    copy = object.__new__(ActorMention)
    copy.__dict__.update(m.__dict__)
    copy.start, copy.end, copy.extra = m.start + shift, m.end + shift, dict(m.extra)
    return copy


@functools.lru_cache(maxsize=8192)
def _sentence_mentions(sentence: str, use_model: bool) -> tuple[ActorMention, ...]:
    """The mentions of one sentence, offsets in the sentence (cached: places ask again for the sentences
    around their places, and agencies repeat sentences). Never change what this returns."""
    norm = normalize_letters(sentence)  # length-keeping, so offsets carry over
    mentions = [_copy(m) for m in _matched_mentions(sentence)]  # ranks are set below
    chunks = _sentence_chunks(sentence) if use_model else ()
    spans: list[tuple[int, int]] = []  # the tokens' spans, found only for a sentence the model names things in
    for n, tags in enumerate(_tag_chunks(list(chunks))):
        for first, last, kind in tags:
            if kind == "LOC":
                continue  # places are the places module's business
            spans = spans or tokens(sentence)
            a, b = spans[n * MAX_TOKENS + first][0], spans[n * MAX_TOKENS + last - 1][1]
            mentions.append(ActorMention(a, b, sentence[a:b], ACTOR_TYPES[kind], "ner"))
    merged = _merge(mentions)
    floor = 0
    for m in merged:
        if m.type == "person":
            _rank_and_role(m, sentence, norm, floor)
            floor = m.end  # a role before one person's name is not the next person's
    return tuple(merged)


@functools.lru_cache(maxsize=8192)
def _matched_mentions(sentence: str) -> tuple[ActorMention, ...]:
    """The alias-table and rule mentions of one sentence, before merging (cached: they are wanted with and
    without the model's). Never change what this returns."""
    norm, n = normalize_letters(sentence), len(sentence)
    return tuple(_alias_mentions(sentence, norm, 0, n) + _rule_mentions(sentence, norm, 0, n))


_VETO_TYPES = {"person", "organisation", "armed_group", "army", "government", "media", "party", "military_unit"}


def actor_spans_near(text: str, places: list[tuple[int, int]], use_model: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, type) of the person and organisation mentions in the sentences that contain ``places``."""
    wanted = sorted(places)
    out: list[tuple[int, int, str]] = []
    i = 0
    for s, e in sentence_spans(text):
        while i < len(wanted) and wanted[i][1] <= s:
            i += 1
        if i >= len(wanted):
            break
        if wanted[i][0] < e:
            found = sentence_actor_mentions(text, s, e, use_model)
            out.extend((m.start, m.end, m.type) for m in found if m.type in _VETO_TYPES)
    return out


def _canonicalise(mentions: list[ActorMention]) -> list[ActorMention]:
    """Canonical names within one article: clitics off, aliases looked up, short names joined to full ones.

    Returns the mentions kept: a bare "the army" is dropped when the article names no army it could mean.
    """
    named = [m for m in mentions if m.type == "army" and m.source == "alias"]
    if named:
        counts = Counter(m.actor_id for m in named)
        first_choice = next(m for m in named if m.actor_id == counts.most_common(1)[0][0])
        for m in mentions:
            if m.source == "coreference":  # the army named last before it, else the article's main army
                before = [n for n in named if n.end <= m.start]
                ref = before[-1] if before else first_choice
                m.canonical, m.actor_id, m.english = ref.canonical, ref.actor_id, ref.english
                m.gloss_source = "article context"
    mentions = [m for m in mentions if m.source != "coreference" or m.actor_id]
    ner_keys = frozenset(actor_key(strip_clitics(m.surface)) for m in mentions)
    from helpers.extract.ner import person_names

    known = ner_keys | person_names()
    for m in mentions:
        if m.source in ("alias", "nationality", "coreference"):
            continue
        if m.source in ("unit", "armed_group"):  # the rule matched a head word: a clitic before it comes off
            name = strip_clitics(m.surface, frozenset(actor_key(m.surface[k:]) for k in (1, 2)))
        else:
            name = strip_clitics(m.surface, known)
        if m.type == "person" and m.source == "ner":
            name = _drop_title_words(name)
        if m.source == "ner" and not _plausible_name(name, m.type):
            m.canonical = ""  # a descriptor the model took for a name (الإعلامي السعودي، الليبي): dropped below
            continue
        actor = alias_table().get(actor_key(name)) or alias_table().get("~" + actor_key(name))
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
    for m in persons:
        words = actor_key(m.canonical).split()
        for name in full:
            other = actor_key(name).split()
            if len(other) > len(words) and (other[-len(words) :] == words or other[: len(words)] == words):
                m.canonical = name
                break
    for m in mentions:
        if not m.english and m.source in ("unit", "armed_group"):
            m.english, m.gloss_source = group_gloss(m.canonical), "head word translated"
        if not m.english:
            m.english, m.gloss_source = romanize(m.canonical), "transliteration"
        if not m.actor_id:
            m.actor_id = actor_key(m.canonical).replace(" ", "_")
    return mentions


_DESCRIPTORS = {
    "الاعلامي", "الصحفي", "الصحافي", "الكاتب", "الناشط", "المحلل", "الخبير", "المعارض", "الداعيه", "المفتي",
    "القيادي", "الزعيم", "المتحدث", "الناطق", "الارهابي", "المتهم", "المطلوب", "الضابط", "الجندي", "المواطن",
}  # fmt: skip


def _plausible_name(name: str, kind: str) -> bool:
    """False for what the model tags but is no name: a lone nationality (الليبي) or descriptor (الإعلامي)."""
    words = actor_key(name).split()
    if not words:
        return False
    if len(words) == 1 and (words[0] in nationality_forms() or words[0] in _DESCRIPTORS):
        return False
    return not (kind == "person" and all(w in nationality_forms() or w in _DESCRIPTORS for w in words))


def _drop_title_words(name: str) -> str:
    """A person's name without a rank or title the model took into the span (العميد أحمد → أحمد)."""
    words = name.split()
    while len(words) > 1:
        key = actor_key(words[0])
        two = actor_key(" ".join(words[:2]))
        if two in RANKS and len(words) > 2:
            words = words[2:]
        elif key in RANKS or key in TITLES or key in _DESCRIPTORS or key in nationality_forms():
            words = words[1:]  # الإعلامي السعودي جمال خاشقجي → جمال خاشقجي
        else:
            break
    return " ".join(words)


def actor_mentions(article: Mapping[str, Any]) -> Iterator[tuple[int, ActorMention]]:
    """(sentence id, mention) for every actor mention of one article, sentence by sentence."""
    text = str(article.get("text") or "")
    pending: list[tuple[int, ActorMention]] = []
    sentences: list[tuple[int, int, int]] = []
    for sentence_id, (s, e) in enumerate(sentence_spans(text)):
        found = sentence_actor_mentions(text, s, e)
        pending.extend((sentence_id, m) for m in found)
        sentences.append((sentence_id, s, e))
        if len(pending) > 5_000:  # a huge article: canonicalise in batches to keep memory bounded
            yield from _canonical_batch(text, sentences, pending)
            pending, sentences = [], []
    yield from _canonical_batch(text, sentences, pending)


def _canonical_batch(
    text: str, sentences: list[tuple[int, int, int]], pending: list[tuple[int, ActorMention]]
) -> list[tuple[int, ActorMention]]:
    """Canonicalise a batch of sentences' mentions, then find the surnames of its persons used alone."""
    kept = {id(m) for m in _canonicalise([m for _, m in pending])}
    out = [(i, m) for i, m in pending if id(m) in kept]
    surnames = _surnames([m for _, m in out])
    if surnames:
        taken = [(m.start, m.end) for _, m in out]
        bare = {strip_diacritics(name): name for name in surnames}  # a mark in the text or the name is no bar
        cues = [key[1:] if key.startswith("ا") else key for key in bare]  # ل + الاسم is written للاسم
        for sentence_id, s, e in sentences:
            norm = normalize_letters(text[s:e])
            plain = strip_diacritics(norm)
            if not any(cue in plain for cue in cues):
                continue
            marked = len(plain) != len(norm)
            for hit in _NAME_RUN.finditer(norm):
                word = hit.group()
                plain_word = strip_diacritics(word) if marked else word
                if not any(cue in plain_word for cue in cues):
                    continue
                name = _clitic_name(word, surnames) or bare.get(_clitic_name(plain_word, bare) or "")
                if name is None:
                    continue
                a, b = s + hit.start(), s + hit.end()
                if any(a < y and b > x for x, y in taken):
                    continue
                full = surnames[name]
                m = ActorMention(a, b, text[a:b], "person", "coreference", full.canonical, full.actor_id,
                                 full.english, full.gloss_source)  # fmt: skip
                out.append((sentence_id, m))
        out.sort(key=lambda pair: pair[1].start)
    return out


_NAME_RUN = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670]+")  # a word with its marks


def _clitic_name(word: str, names: Mapping[str, Any]) -> str | None:
    """The name ``word`` is once a proclitic (و/ف, then ب/ل) is taken off, tried in the order of the regex
    ``[وف]?[بل]?(name)``: both clitics, و/ف alone, ب/ل alone, none; ل before ال drops the alef
    (للغرياني is ل + الغرياني). None when no name fits."""
    head, second = word[:1], word[1:2]
    candidates = []
    if head and head in "وف":
        if second and second in "بل":
            candidates.append(word[2:])
            if word[1:3] == "لل":
                candidates.append("ا" + word[2:])
        candidates.append(word[1:])
    if head and head in "بل":
        candidates.append(word[1:])
        if word[:2] == "لل":
            candidates.append("ا" + word[1:])
    candidates.append(word)
    return next((c for c in candidates if c in names), None)


def _surnames(mentions: list[ActorMention]) -> dict[str, ActorMention]:
    """Last word (normalised) → the one multi-word person of the batch it ends; ambiguous surnames left out."""
    by_last: dict[str, dict[str, ActorMention]] = defaultdict(dict)
    for m in mentions:
        words = normalize_letters(m.canonical).split()
        if m.type == "person" and len(words) > 1 and len(words[-1]) >= 4 and words[-1] not in _NAME_STOP:
            by_last[words[-1]][m.actor_id] = m
    return {last: next(iter(found.values())) for last, found in by_last.items() if len(found) == 1}


@register("actor")
def extract_actors(article: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The ``actor`` extractor for ``python -m helpers extract``."""
    for _, m in actor_mentions(article):
        yield {
            "start": m.start,
            "end": m.end,
            "type": m.type,
            "canonical": m.canonical,
            "value": m.actor_id,
            "english": m.english,
            "gloss_source": m.gloss_source,
            "rank": m.rank or None,
            "title": m.title or None,
            "role": m.role or None,
            "role_en": m.role_en or None,
            "source": m.source,
        }


def actor_table(articles: pd.DataFrame, merge: bool = True) -> pd.DataFrame:
    """One row per actor mention (see ACTOR_COLUMNS); with ``merge``, one-word names used alone are merged
    with full names across the corpus (``merge_short_names``; the store applies it when read)."""
    rows = []
    records = articles.to_dict("records")
    for at, article in enumerate(records):
        if at % 50 == 0:  # the model tags sentences fastest in batches
            prime_tagger(str(a.get("text") or "") for a in records[at : at + 50])
        for sentence_id, m in actor_mentions(article):
            rows.append(
                (
                    article["article_id"],
                    sentence_id,
                    m.start,
                    m.end,
                    m.surface,
                    m.type,
                    m.canonical,
                    m.actor_id,
                    m.english,
                    m.gloss_source,
                    m.rank,
                    m.rank_en,
                    m.title,
                    m.role,
                    m.role_en,
                    m.source,
                )
            )
    table = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    return merge_short_names(table) if merge else table


def merge_short_names(table: pd.DataFrame) -> pd.DataFrame:
    """A one-word person name that ends (or starts) exactly one full name in the corpus becomes that person."""
    persons = table[(table["type"] == "person") & (table["gloss_source"] != "alias table")]
    full = persons.loc[persons["canonical"].str.split().str.len() > 1, "canonical"]
    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    for name, count in full.value_counts().items():
        words = actor_key(name).split()
        by_word[words[-1]][name] += count
    mapping = {}
    for name in persons.loc[persons["canonical"].str.split().str.len() == 1, "canonical"].unique():
        candidates = by_word.get(actor_key(name))
        if candidates and len(candidates) == 1:
            mapping[name] = next(iter(candidates))
    if mapping:
        table = table.copy()
        hit = table["canonical"].isin(list(mapping)) & (table["type"] == "person")
        table.loc[hit, "canonical"] = table.loc[hit, "canonical"].map(mapping)
        table.loc[hit, "actor_id"] = table.loc[hit, "canonical"].map(lambda n: actor_key(n).replace(" ", "_"))
        table.loc[hit, "english"] = table.loc[hit, "canonical"].map(romanize)
    return table


def actor_summary(table: pd.DataFrame, top: int = 30) -> pd.DataFrame:
    """Top actors: mentions, articles, type, English gloss, most common rank/role and surface forms."""
    if table.empty:
        return pd.DataFrame(
            columns=["actor_id", "canonical", "english", "type", "mentions", "articles", "role", "surface_forms"]
        )
    out = table.groupby("actor_id").agg(
        canonical=("canonical", "first"),
        english=("english", "first"),
        type=("type", "first"),
        mentions=("text", "size"),
        articles=("article_id", "nunique"),
    )
    roles = table.loc[table["role"] != "", ["actor_id", "role"]].value_counts().reset_index()
    out["role"] = roles.drop_duplicates("actor_id").set_index("actor_id")["role"].reindex(out.index).fillna("")
    forms = table[["actor_id", "text"]].value_counts().reset_index().groupby("actor_id").head(5)
    out["surface_forms"] = forms.groupby("actor_id")["text"].agg(" | ".join).reindex(out.index).fillna("")
    return out.sort_values(["mentions", "articles"], ascending=False).head(top).reset_index()


QUOTE_ACTOR_COLUMNS = ["speaker_canonical", "speaker_id", "speaker_english", "speaker_type"]


def quote_table(articles: pd.DataFrame, actors: pd.DataFrame | None = None) -> pd.DataFrame:
    """Who is quoted: the attribution table (speaker, named/anonymous, verb, outlet spoken to, quoted span),
    with the speaker linked to an actor where an actor mention lies in the speaker's span, and the outlet.

    ``actors`` is the article's ``actor_table`` if already computed (it is computed otherwise).
    """
    from helpers.extract.attribution import quote_table as attributed

    quotes = attributed(articles)
    if actors is None:
        actors = actor_table(articles)
    by_article: dict[str, list[tuple[int, int, str, str, str, str]]] = defaultdict(list)
    columns = ["article_id", "start", "end", "type", "canonical", "actor_id", "english"]
    for article_id, start, end, kind, canonical, actor_id, english in actors[columns].itertuples(index=False):
        if kind != "nationality":
            by_article[article_id].append((start, end, kind, canonical, actor_id, english))
    linked = []
    last: dict[str, tuple[str, str, str, str]] = {}
    empty = ("", "", "", "")
    for article_id, start, end, speaker in quotes[["article_id", "start", "end", "speaker"]].itertuples(index=False):
        match = empty
        if end > start:
            inside = sorted(m for m in by_article.get(article_id, ()) if m[0] < end and m[1] > start)
            if inside:  # a person named in the span is the speaker; else the first organisation
                people = [m for m in inside if m[2] == "person"]
                first = (people or inside)[0]
                match = (first[3], first[4], first[5], first[2])
        elif speaker:  # a continued quote: the previous speaker of the article
            match = last.get(article_id, empty)
        if match[0]:
            last[article_id] = match
        linked.append(match)
    extra = pd.DataFrame(linked, columns=QUOTE_ACTOR_COLUMNS, index=quotes.index)
    out = pd.concat([quotes, extra], axis=1)
    outlets = articles.set_index("article_id")["outlet"] if "outlet" in articles else None
    out["outlet"] = out["article_id"].map(outlets) if outlets is not None else ""
    return out


def anonymous_share(quotes: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Per outlet (or other column): attributed statements, how many rest on anonymous sources, and the share."""
    if quotes.empty:
        return pd.DataFrame(columns=[by, "statements", "anonymous", "anonymous_share"])
    grouped = quotes.groupby(by)
    out = pd.DataFrame(
        {"statements": grouped.size(), "anonymous": grouped["source_kind"].agg(lambda s: int((s == "anonymous").sum()))}
    )
    out["anonymous_share"] = (out["anonymous"] / out["statements"]).round(3)
    return out.sort_values("statements", ascending=False).reset_index()


def cooccurrence(table: pd.DataFrame, top: int = 25, unit: str = "sentence") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and edges of the network of the ``top`` actors: two actors are linked once per sentence (or
    article, with ``unit="article"``) in which both are mentioned. Nationalities are left out."""
    actors = table[table["type"] != "nationality"]
    summary = actor_summary(actors, top=top)
    keep = set(summary["actor_id"])
    keys = ["article_id", "sentence_id"] if unit == "sentence" else ["article_id"]
    pairs = actors.loc[actors["actor_id"].isin(keep), [*keys, "actor_id"]].drop_duplicates()
    both = pairs.merge(pairs, on=keys)  # every two actors of the same sentence (or article)
    both = both[both["actor_id_x"] < both["actor_id_y"]]
    weights = both.groupby(["actor_id_x", "actor_id_y"]).size().to_dict()
    nodes = summary.rename(columns={"canonical": "label"})[["label", "mentions", "type", "actor_id", "english"]]
    clash = nodes["label"].duplicated(keep=False)
    nodes.loc[clash, "label"] = nodes.loc[clash, "label"] + " (" + nodes.loc[clash, "actor_id"] + ")"
    label = dict(zip(nodes["actor_id"], nodes["label"], strict=True))
    edges = pd.DataFrame(
        [(label[a], label[b], w, a, b) for (a, b), w in weights.items()],
        columns=["source", "target", "weight", "source_id", "target_id"],
    ).sort_values("weight", ascending=False, ignore_index=True)
    return nodes, edges
