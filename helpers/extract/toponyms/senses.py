"""Other senses of a place's name read from the words around it: a person's surname after a given name (الأميرال
جون ريتشاردسون: the admiral, not Richardson, Texas), a country's adjective (منتجات سورية: Syrian products)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from helpers.extract.toponyms.evidence import PLACE_CUES, SPATIAL
from helpers.extract.toponyms.facilities import HEAD_WORDS
from helpers.resources.actor_tables import nationalities
from helpers.resources.gazetteer import Place
from helpers.resources.names import name_lexicon, person_names, word_clusters
from helpers.text.arabic import AR
from helpers.text.normalize import name_key

# Kinds named on their own after a person's name (زار جون كيري السعودية: the object of the visit).
_NOT_SURNAMES = frozenset({"country", "capital", "continent", "sea", "gulf", "region", "river", "desert"})
_GIVEN_TAGS = frozenset({"PERB", "gPERB"})  # the first word of a person's name in the name lists
# Titles of persons named by a given name alone (الملك عبدالله، الأمير فيصل، البابا فرنسيس): no surname follows,
# the town after is the verb's object (غادر الملك عبدالله نيويورك).
_SINGLE_NAME_TITLES = frozenset({"الملك", "الملكه", "الامير", "الاميره", "السلطان", "البابا", "الشيخ", "الشيخه"})


def surname_reading(
    tokens: list[tuple[int, int, str]], i: int, norm: str, candidates: list[Place], clitic: bool = False
) -> bool:
    """Whether the town's name at token ``i``, written bare with only a space after the word before it, is a
    surname (سيمون نورفولك، جواو كارلوس نارا): that word is a given name of the name lists whose word cluster
    is one of names (``_name_clusters``: not فاز برشلونة, a verb the lists also hold), not a preposition (على
    normalised is علي), a word the lists know as a place, a place word or a facility's head (ريف دير الزور،
    جامع غازي عنتاب). With a letter taken off the name as a clitic, the word as written must be a name itself
    (جون بوينر: Boehner; not يوليا بساليسبري: Yulia in Salisbury). Countries, capitals and regions stay places,
    and so does a town after a king's, prince's or pope's given name (``_SINGLE_NAME_TITLES``)."""
    if i == 0 or any(c.kind in _NOT_SURNAMES for c in candidates) or norm[tokens[i - 1][1] : tokens[i][0]].strip():
        return False
    if i >= 2 and _single_name_title(tokens[i - 2][2]):
        return False
    word = tokens[i - 1][2]
    if word in SPATIAL or word in PLACE_CUES or word in HEAD_WORDS or not _given_name(word):
        return False
    if clitic and not (_in_name_cluster(tokens[i][2]) or _person_word(tokens[i][2])):
        return False
    return _in_name_cluster(word)


def _single_name_title(word: str) -> bool:
    """Whether a word is a title of persons named by a given name alone (الملك، والأمير)."""
    return word in _SINGLE_NAME_TITLES or (word[:1] in "وف" and word[1:] in _SINGLE_NAME_TITLES)


def _in_name_cluster(word: str) -> bool:
    """Whether a word stands in a word cluster of names (``_name_clusters``)."""
    cluster = word_clusters().get(word)
    return cluster is not None and cluster[0] in _name_clusters()


def _person_word(word: str) -> bool:
    """Whether the name lists hold a word as (part of) a person's name (بوينر as written)."""
    return any(t.startswith(("PER", "gPER")) for t in name_lexicon().get(word, ()))


def _given_name(word: str) -> bool:
    """Whether a word is a given name of the name lists and not also a place of theirs."""
    tags = set(name_lexicon().get(word, ()))
    return (word in person_names() or bool(tags & _GIVEN_TAGS)) and not any(t.endswith("LOCB") for t in tags)


@functools.cache
def _name_clusters() -> frozenset[str]:
    """Word clusters (of 256, learned from news) in which given names of the name lists make ``_NAME_SHARE`` of
    the words or more: جون، كارلوس، غازي stand in them; فاز، خسر (verbs) and ريف، سهل (nouns) do not."""
    words: Counter = Counter()
    names: Counter = Counter()
    for word, (cluster, _) in word_clusters().items():
        words[cluster] += 1
        names[cluster] += _given_name(word)
    return frozenset(c for c in words if names[c] >= _NAME_SHARE * words[c])


_NAME_SHARE = 0.2  # clusters of names hold 21-51% given names (people, players), of verbs and nouns 2-17%


def country_adjective(key: str, before: list[str], after: str) -> bool:
    """Whether a country whose name is also a feminine adjective (السعودية، سورية) is that adjective here: right
    after a noun it describes (``_DESCRIBED``: الأسهم السعودية، منتجات سورية), at the end of a construct whose
    first noun is one (شركات التأمين الصحي السعودية، كرة القدم السعودية), or joined by و to another feminine
    adjective (مواقع سورية وإيرانية). Not after a noun of its ground (الأراضي السعودية), a person (زار الرئيس
    الفرنسي السعودية), a preposition (في سورية وبرلمانية في العراق) or a construct another country's adjective
    already describes (اتهمت وزارة الخارجية الإيرانية السعودية); ``before`` are the words before it, ``after``
    the text after it."""
    if " " in key or not key.endswith("يه"):
        return False
    if not key.startswith("ال") and _AND_ADJECTIVE.match(after):
        return not before or before[-1] not in SPATIAL
    for j in range(len(before) - 1, max(-1, len(before) - 1 - _CONSTRUCT_REACH), -1):
        word = before[j]
        if not _LETTERS.fullmatch(word):
            return False  # a word with punctuation after it (الأوسط، السعودية) ends its phrase
        if j == len(before) - 1:
            described = _definite(word) if key.startswith("ال") else _with_article(word)
            if described in _DESCRIBED:
                return True
            if not key.startswith("ال"):
                return False
        if _definite(word) in _STATE_WORDS:
            return False  # حكومة المملكة السعودية: the adjective names the state, the country itself
        if _nationality(word):
            return False  # وزارة الخارجية الإيرانية السعودية: the ministry is Iran's, Saudi Arabia the object
        if not word.startswith("ال"):
            return j < len(before) - 1 and _with_article(word) in _DESCRIBED  # شركات التأمين الصحي السعودية
    return False


def _nationality(word: str) -> bool:
    """Whether a word is a country's nationality adjective (الإيرانية، الأمريكية; not العربية)."""
    nat = nationalities().get(name_key(word))
    return nat is not None and bool(nat.country)


def _definite(word: str) -> str:
    """A definite word without the clitic before its article (بالقوات، للجمعية → القوات، الجمعية)."""
    bare = word[1:] if word[:1] in "وفبلك" and word[1:3] == "ال" else word
    return "ال" + bare[2:] if bare.startswith("لل") else bare


def _with_article(word: str) -> str:
    """An indefinite noun with ال, after its clitic goes (وشركات → الشركات)."""
    bare = word[1:] if word[:1] in "وفبل" and len(word) > 3 and "ال" + word[1:] in _DESCRIBED else word
    return "ال" + bare


_STATE_WORDS = frozenset({"المملكه", "الجمهوريه", "الدوله"})
_CONSTRUCT_REACH = 3  # words back from the adjective to the construct's first noun (شركات التأمين الصحي)
_AND_ADJECTIVE = re.compile(rf"\s+و(?!ال)[{AR}]{{3,}}يه(?![{AR}])")  # سورية وإيرانية: a second nisba adjective
_LETTERS = re.compile(f"[{AR}]+")
# Definite nouns a feminine country adjective describes (الأسهم السعودية، القوات السعودية): institutions, markets,
# forces, firms. Not العاصمة، الجارة، الشقيقة (appositions: the country itself), persons, or its ground (الحدود).
_DESCRIBED = frozenset({
    "الاسهم", "البورصه", "السوق", "الاسواق", "وزاره", "الوزاره", "القوات", "الحكومه", "الدفاعات", "الخطوط",
    "الشركه", "الشركات", "الطائرات", "المقاتلات", "السلطات", "الجمعيه", "الهيئه", "الداخليه", "الخارجيه",
    "الدفاع", "الصحه", "الماليه", "الطوارئ", "الجويه", "البحريه", "البريه", "السفاره", "القنصليه", "الملكيه",
    "الدبلوماسيه", "الاتصالات", "الكهرباء", "الصحف", "الصحيفه", "الوكاله", "القناه", "الشرطه", "المصادر",
    "الامنيه", "العسكريه", "الرسميه", "البنوك", "المصارف", "الجامعه", "الاتحاد", "الرابطه", "الكره", "المنتخبات",
    "الاراميه", "الشرعيه", "التحالف", "الاستخبارات", "القياده", "الميزانيه", "الصادرات", "الانديه", "النوادي",
    # people, goods and customs a country's adjective describes (الجماهير السعودية، المنتجات السعودية، العرضة
    # السعودية، طائرة الشحن السعودية)
    "الجماهير", "المنتجات", "العرضه", "الشحن", "الطائره", "الصناعه", "الصناعات", "الاستثمارات", "الرياضه",
    "الثقافه", "الجامعات", "الواردات",
})  # fmt: skip
