"""How a place name reads in its sentence: as a verb rather than a town (اللواتي عدن إلى: "who returned", not Aden;
وكسرت: "and broke", not Sirte), or as an actor rather than a location (a capital or a country that acts: تتابع
القاهرة، أعلنت مصر، واشنطن تتهم، غارات شنتها دمشق، تل أبيب قد رفضت، تركيا ستطهر; not where something happened:
شهدت دمشق احتجاجات، وفي ماناغوا داهمت الشرطة)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from helpers.extract.toponyms.clitic_words import ordinary_word
from helpers.extract.toponyms.evidence import DIRECTIONS, PLACE_CUES, SPATIAL
from helpers.extract.toponyms.facilities import HEAD_WORDS
from helpers.extract.toponyms.mention import PlaceMention
from helpers.extract.toponyms.namesakes import adjective_countries
from helpers.extract.toponyms.senses import country_adjective
from helpers.resources.gazetteer import Place, common_words, gazetteer, homographs, place_key, place_phrases
from helpers.resources.names import name_lexicon, person_names
from helpers.text.arabic import AR, MARKS

_VERBISH_BEFORE = re.compile(rf"^[وف]?(?:ت[{AR}]{{3,}}|[{AR}]{{3,}}ت)$")
_VERB_CLITICS = ("وك", "فك")  # وكسرت: و + a verb starting with ك; never a lone ك ("such as") nor كال
_RELATIVES = {"الذي", "التي", "الذين", "اللواتي", "اللاتي", "اللائي", "اللذين", "اللتين", "اللذان", "اللتان"}
_NEGATIONS = {f"{c}{w}" for c in ("", "و", "ف") for w in ("لا", "لم", "لن")}
_DEMONSTRATIVES = {f"{c}{w}" for c in ("", "و", "ب", "وب", "ل") for w in ("هذه", "هذا", "تلك", "ذلك")}


def verb_reading(tokens: list[tuple[int, int, str]], i: int, key: str, candidates: list[Place]) -> bool:
    """True when a one-word town's name reads as a verb or a common noun here: right after a relative pronoun
    (اللواتي عدن إلى مدينة: "who returned", not Aden), a negation (لا نجد: "we do not find", not Najd) or a
    demonstrative (من هذه الزاوية: "from this angle", not Zawiya), or found under و or ف then ك (وكسرت: "and
    broke", not Sirte). A lone ك is "such as" (مدن كحلب وحمص، كالموصل) and keeps the town. A country or a
    capital is read as the place."""
    if " " in key or any(c.kind in ("country", "capital") for c in candidates):
        return False
    word = tokens[i][2]
    clitics = word[: len(word) - len(key)] if word.endswith(key) else ""
    if clitics in _VERB_CLITICS or (i > 0 and tokens[i - 1][2] in _RELATIVES):
        return True
    before = tokens[i - 1][2] if i else ""
    if key not in common_words() or not (before in _NEGATIONS or before in _DEMONSTRATIVES):
        return False  # لا الموصل: a town's name that is no common word stays the town
    if before in _DEMONSTRATIVES:
        return key.startswith("ال")  # هذه الزاوية: "this angle"; هذه حلب: "this is Aleppo"
    near = {t[2] for t in tokens[max(0, i - 4) : i + 5]}
    return not key.startswith("ال") and not ({"لا", "ولا"} <= near)  # لا نجد: a verb; لا حمص ولا حماة: towns


def phrase_reading(tokens: list[tuple[int, int, str]], i: int, key: str) -> bool:
    """True when a place name stands in one of the analyst's phrases that make it an ordinary word (مسقط رأسه:
    birthplace; قبل المغرب: the sunset prayer), ``helpers/data/places_phrases.csv``."""
    words = place_phrases().get(key)
    if words is None:
        return False
    before, after = words
    n = len(key.split())
    previous = tokens[i - 1][2] if i > 0 else ""
    bare = previous[1:] if previous[:1] in "وف" and len(previous) > 3 else previous  # وقبل المغرب
    return previous in before or bare in before or (i + n < len(tokens) and tokens[i + n][2] in after)


def false_clitic(surface: str, key: str, stripped: bool, norm: str = "", at: int = 0) -> bool:
    """True when taking a clitic off makes a place out of a word: فرانس (France 24) is not ف + رانس (Reims).

    A real clitic + place (وبنغازي) is rarer in news than the bare place (بنغازي); a word that only looks like
    one is more frequent with its first letter than without it, or is an ordinary word (``clitic_words``: بحجة،
    وبنوك، بلاتر). ك before a bare name right after a given name (the word at ``at`` of ``norm``) is a surname's
    letter.
    """
    if not stripped:
        return False
    kaf = surface[: len(surface) - len(key.split()[0])].endswith("ك") and not key.startswith("ال")
    if kaf and _after_a_name(norm, at):
        return True  # سالم سعيد كبيش: a surname, not ك + بيش (كحلب وحمص: "such as Aleppo")
    counts = common_words()
    bare = counts.get(key.split()[0], 0)
    if counts.get(surface, 0) > max(bare, 0) and counts.get(surface, 0) >= 30:
        return True
    return ordinary_word(surface, key.split()[0])  # بحجة، وبنوك، بلاتر


def accusative_adjective(text: str, tokens: list[tuple[int, int, str]], i: int, key: str) -> bool:
    """True when a name in ا is written with tanween (هجوماً روسياً، دعمًا تركيًا، تدخلاً سورياً، أصبح مالكاً
    للعقارات): an indefinite noun or adjective in the accusative (here the relative adjective), never a place
    (a place's name takes no tanween)."""
    written = text[tokens[i][0] : tokens[i][1]]
    return key.endswith("ا") and _TANWEEN_FATH in written[-2:]


_TANWEEN_FATH = "\u064b"


def metonymy(m: PlaceMention, norm: str) -> None:
    """A capital or country used as an actor (تتابع القاهرة، أعلنت مصر، واشنطن تتهم، غارات شنتها دمشق، تل أبيب قد
    رفضت، تركيا ستطهر) gets role 'actor'."""
    if m.place is None or m.place.kind not in ("capital", "country") or m.direction:
        return
    if norm[m.start - 1 : m.start] in ("ب", "ل", "ك") or (m.start > 0 and norm[m.start - 1] not in ' \n"«('):
        return
    before = MARKS.sub("", norm[max(0, m.start - 40) : m.start]).split()
    after = MARKS.sub("", norm[m.end : m.end + 25]).split()
    if before and (before[-1] in _SPATIAL or (before[-1][:1] in "وف" and before[-1][1:] in _SPATIAL)):
        return  # وفي ماناغوا داهمت الشرطة: the place of the verb after it
    if after and after[0] in _PARTICLES:
        after = after[1:]  # تل أبيب قد رفضت، دمشق لم ترد
    if any(w and _WITNESSED.match(w) for w in (before[-1] if before else "", after[0] if after else "")):
        return  # شهدت دمشق احتجاجات، وكانت إيران قد شهدت: the place where something happened
    if (before and (_VERBISH_BEFORE.match(before[-1]) or _verb_with_object(before))) or (
        after and _VERB_AFTER.match(after[0]) and not _and_verb(after[0])
    ):
        m.role = "actor"


def in_a_name(m: PlaceMention, norm: str) -> None:
    """A place named as part of a team's, a competition's, a festival's, an airline's or a channel's name
    (منتخب السويد، نادي الرياض، أتلتيكو مدريد، بطولة فرنسا، مهرجان أبها، الخطوط السعودية، سكاي نيوز أستراليا), a
    newspaper quoted as a source or in its byline (قال لـ«الشرق الأوسط»، لندن: «الرياض»),
    a town with a masculine nationality adjective (برشلونة الإسباني، السد القطري: a town is feminine, a club
    masculine), or a country that is a feminine adjective of the noun before it (``senses.country_adjective``:
    الأسهم السعودية، كرة القدم السعودية، منتجات سورية) gets role 'in_name': not where anything happened. A club
    is marked ``extra["club"]`` (the article's other mentions of it are the club too: ``clubs_throughout``)."""
    before = MARKS.sub("", norm[max(0, m.start - 20) : m.start]).split()
    attached = norm[m.start - 1 : m.start].isspace()
    own = m.extra.get("own_start", m.start)  # the name's own start, not a relative location's (جنوب السعودية)
    own_attached = norm[own - 1 : own].isspace()
    named_after = m.place is None or m.place.kind != "country"
    if (
        before
        and attached
        and (
            _NAME_HEAD.match(before[-1]) or (named_after and _EVENT_NAME_HEAD.match(before[-1])) or _council(before, m)
        )
    ):
        m.role = "in_name"
        m.extra["headed"] = True
        if _CLUB_HEAD.match(before[-1]):
            m.extra["club"] = "head"
    elif (
        m.place is not None
        and m.place.kind == "country"
        and m.key.endswith("يه")
        and ((before and attached and _FIRM_HEAD.match(before[-1])) or _firm_before(norm, m.start))
    ):
        m.role = "in_name"  # شركة موبايلي السعودية: a firm's name
    elif _NEWSPAPER_BEFORE.search(norm, max(0, m.start - 6), m.start) and norm[m.end : m.end + 1] in _CLOSING:
        m.role = "in_name"  # قال لـ«الشرق الأوسط»، لندن: «الرياض»: a newspaper quoted in its byline or as a source
    elif (
        m.place is not None
        and m.place.kind in _TOWNS
        and not m.extra.get("cued")
        and not (before and attached and _construct_head(before[-1]))
        and _club_adjective(norm, m.end)
    ):
        m.role = "in_name"
        m.extra["club"] = "adjective"
    elif (
        m.place is not None
        and m.place.kind == "country"
        and own_attached
        and country_adjective(m.key, MARKS.sub("", norm[max(0, own - 50) : own]).split(), norm[m.end : m.end + 20])
    ):
        m.role = "in_name"
        m.extra["adjective"] = True
    elif _quoted_name(m, norm):
        m.role = "in_name"  # «بترو رابغ»، «أبها يجمعنا»، "فيلق القدس": a firm's, a campaign's or a unit's name


def _quoted_name(m: PlaceMention, norm: str) -> bool:
    """Whether a place stands inside a short quoted name of two or three words that is more than the place (a
    firm, a campaign, a unit: «بترو رابغ»، «أبها يجمعنا»): no direction, place word, preposition or list in it
    («روج آفا»، "شرق أوكرانيا"، "الجفينة، والفاو" are places)."""
    opening = max(norm.rfind(q, max(0, m.start - _QUOTE_REACH), m.start) for q in _OPENING)
    closing = [at for q in _CLOSING_QUOTES if (at := norm.find(q, m.end, m.end + _QUOTE_REACH)) >= 0]
    if opening < 0 or not closing or m.direction:
        return False
    said = MARKS.sub("", norm[max(0, opening - 12) : opening]).split()
    if said and (said[-1].endswith(":") or said[-1].removeprefix("و").removeprefix("ب") in _BATTLE_NAMES):
        return False  # قال: "حررنا الرمادي"، عملية "تحرير الموصل": an utterance, or an operation named by its field
    inner = norm[opening + 1 : min(closing)]
    words = [w.removeprefix("و").removeprefix("ب") for w in MARKS.sub("", inner).split()]
    if not 2 <= len(words) <= 3 or any(c in inner for c in '،,\n"«»“”') or inner.strip() == m.key:
        return False
    return not any(w in SPATIAL or w in PLACE_CUES or w in _DIRECTION_WORDS for w in words)


_QUOTE_REACH = 30
_BATTLE_NAMES = frozenset({"عمليه", "العمليه", "معركه", "المعركه", "غزوه", "عمليات"})
_OPENING = ("«", '"', "“")
_CLOSING_QUOTES = ("»", '"', "”")
_DIRECTION_WORDS = frozenset({"شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط"})


_NAME_HEAD = re.compile(
    r"^[وفبل]?(?:ل?ال)?(?:منتخب|مونديال|الخطوط|نيوز|مونديالي|نادي|فريق|مهرجان|بطوله|ريال|اتلتيكو|طراز)$"
)  # طراز: a model's or a class's name (غواصة من طراز لوس أنجلوس، صواريخ من طراز سكود)
# A town's council (بلدية الخرج، أمانة منطقة الرياض) or a region's directorate of health or education (مدير صحة
# الباحة، تعليم جدة): an institution, not a place; not after a preposition of
# place (في بلدية درنة، ببلدية سوق الجمعة: the municipality as an area); an opening bracket or quote before it
# changes nothing ((بلدية الخبر)), and بأمانة is at the institution (مدير صحة البيئة بأمانة منطقة الرياض).
_COUNCIL_HEAD = re.compile(r"^[(«\"“]?(?:و?(?:ل?ال)?(?:بلديه|امانه|اماره)|و?بامانه|و?لاماره|و?[بل]?(?:صحه|تعليم))$")
# Heads of an institution's name that never name an area (مكتبة الإسكندرية، هيئة مدينة الرياض، هيئة قناة السويس،
# بورصة شنغهاي): the place after them, a place word allowed between, is part of the name, whatever stands before.
_INSTITUTION_HEAD = re.compile(r"^[(«\"“]?و?[بل]?(?:ل?ال)?(?:مكتبه|هيئه|بورصه)$")
_COUNCIL_AREA = frozenset({"منطقه", "محافظه", "مدينه"})


def _council(before: list[str], m: PlaceMention) -> bool:
    """Whether the words before a place are a town council's head (بلدية، أمانة منطقة، إمارة منطقة), not in a
    place slot, or an institution's (``_INSTITUTION_HEAD``: مكتبة، هيئة مدينة). An emirate of the UAE is the
    state itself, not an administration (استهدف الحوثيون إمارة أبوظبي)."""
    at = len(before) - 1 - (before[-1] in _COUNCIL_AREA)
    if at >= 0 and _INSTITUTION_HEAD.match(before[at]):
        return True
    if at < 0 or not _COUNCIL_HEAD.match(before[at]):
        return False
    if "اماره" in before[at] and m.place is not None and m.place.country == "AE":
        return False
    return at == 0 or before[at - 1].removeprefix("و") not in _AREA_SLOT


# before بلدية X: a place (في بلدية درنة، أمام بلدية بنغازي، مبنى بلدية مصراتة، رئيس بلدية درنة), not an institution
_AREA_SLOT = frozenset(
    {"في", "الي", "داخل", "خارج", "وسط", "نحو", "مبني", "مقر", "امام", "رئيس", "عميد", "اطراف", "موظفي", "موظف", "قرب"}
)
# A competition's or an accord's name after a town or a region (دوري أبطال آسيا، كأس آسيا، اتفاق الطائف); before a
# country these are its parties (اتفاق روسيا وتركيا، معاهدة مصر وإسرائيل) or its champions (لأبطال العراق).
_EVENT_NAME_HEAD = re.compile(r"^[وفبل]?(?:ل?ال)?(?:ابطال|كاس|اتفاق|اتفاقيه|معاهده)$")
# Telecom and oil firms named with their country in ـية (زين السعودية، أرامكو السعودية; not تزود أرامكو الهند).
_FIRM_HEAD = re.compile(r"^[وفبل]?(?:ل?ال)?(?:زين|ارامكو|فودافون|اورنج)$")
# A country in ـية after a firm's name (شركة موبايلي السعودية): the firm's name, not a place (not شركة أبل الصين:
# a country as the object of a verb).
_FIRM_BEFORE = re.compile(rf"(?<![{AR}])[وفبل]?(?:ل?ال)?(?:شركه|شركات)\s+[{AR}]{{3,}}\s+$")
# A quoted name right after ل (told to) or a byline's colon: a newspaper (لـ«الشرق الأوسط»، لندن: «الرياض»).
_NEWSPAPER_BEFORE = re.compile(r"(?:(?<![\w])ل\u0640?\s*|:\s*)[«\"“]$")
_CLOSING = ("»", '"', "”")
_CLUB_HEAD = re.compile(r"^[وفبل]?(?:ل?ال)?(?:نادي|فريق|ريال|اتلتيكو)$")
_TOWNS = frozenset({"capital", "city", "town", "village"})
# A definite masculine adjective in ـي right after a town (سيتي between: نيويورك سيتي الأميركي).
_AFTER_TOWN = re.compile(rf"\s+(?:سيتي\s+)?(ال[{AR}]{{2,}}ي)(?![{AR}])")
# Masculine adjectives after a town that do not make it a club: directions, the Arab/Islamic world, descriptions.
_NOT_CLUB = frozenset({
    "الشرقي", "الغربي", "الشمالي", "الجنوبي", "العربي", "الاسلامي", "الدولي", "الحالي", "الثاني", "الماضي",
})  # fmt: skip


# Heads of a construct phrase whose adjective follows the town (مطار طرابلس العالمي، سوق الرياض الشعبي, مؤتمر
# باريس الاقتصادي): the town is in a facility's or an event's name, never a club.
_CONSTRUCT_HEADS = HEAD_WORDS | frozenset({
    "سوق", "مؤتمر", "معرض", "ريف", "قضاء", "مركز", "مجلس", "مصنع", "مرفا", "منفذ", "طريق", "مستشفي", "متحف",
    "برج", "قصر", "ملتقي", "منتدي", "اتفاق", "بنك", "مصرف", "مهرجان", "معهد", "حقل", "سد", "نهر", "مجمع",
})  # fmt: skip


def _construct_head(word: str) -> bool:
    """Whether a word (with و/ف/ب/ل or ال) is the head of a construct phrase a town completes (مطار، سوق)."""
    bare = word[1:] if word[:1] in "وفبل" and len(word) > 3 else word
    return word in _CONSTRUCT_HEADS or bare in _CONSTRUCT_HEADS or bare.removeprefix("ال") in _CONSTRUCT_HEADS


def _firm_before(norm: str, start: int) -> bool:
    """Whether a country follows شركة/مجموعة and one name (شركة موبايلي السعودية), not a preposition (شركة في
    السعودية) or an adjective of the firm (شركة كبرى في، شركة أمريكية)."""
    found = _FIRM_BEFORE.search(MARKS.sub("", norm[max(0, start - 30) : start]))
    if not found:
        return False
    name = found.group(0).split()[-1]
    return name not in _SPATIAL and not name.endswith("يه") and name not in _FIRM_NOT_NAMES


_FIRM_NOT_NAMES = frozenset({"كبري", "عملاقه", "ناشئه", "خاصه", "عامه", "تعمل", "تابعه", "مقرها"})


def _club_adjective(norm: str, end: int) -> bool:
    """Whether a masculine adjective in ـي (not a direction or a description) follows a town's name."""
    found = _AFTER_TOWN.match(MARKS.sub("", norm[end : end + 30]))
    return bool(found) and found.group(1) not in _NOT_CLUB


def clubs_throughout(mentions: list[PlaceMention], norm: str) -> None:
    """Once a town is read as a club in an article (برشلونة الإسباني، نادي برشلونة), its other mentions are the
    club too (أمام برشلونة، صفوف برشلونة), unless في or a place word stands right before (في برشلونة);
    and a place written right after a name's place (كوبا أمريكا، with كوبا in a name), or joined to a name's
    place by و after the name's head (بلدية الباحة وأبها والطائف), is in that name."""
    sports = bool(_SPORTS.search(norm))
    clubs = {m.key for m in mentions if m.extra.get("club") == "head" or (m.extra.get("club") and sports)}
    previous = None
    for m in mentions:
        club = m.key in clubs and m.role == "location" and not m.extra.get("cued") and not _in_place(norm, m.start)
        gap = norm[previous.end : m.start].strip() if previous is not None else None
        after_name = (
            previous is not None
            and previous.role == "in_name"
            and not previous.extra.get("adjective")
            and (not gap or (gap == "و" and previous.extra.get("headed")))
        )  # بلدية لندن وباريس: the list goes on the name
        if club or after_name:
            m.role = "in_name"
        if after_name and previous.extra.get("headed"):
            m.extra["headed"] = True
        previous = m


# Words of sport in an article: a town read as a club by its adjective is the club in the whole article only then.
_SPORTS = re.compile(r"مباراه|الدوري|مباريات|هدفا|هدفين|مدرب|بطوله|كاس العالم|الملعب|المنتخب|لاعب")
_DIRECTIONS = frozenset({"شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "وسط", "قرب", "اطراف"})


def _in_place(norm: str, start: int) -> bool:
    """Whether a spatial preposition (في، إلى، من، على…, or ب on the name) or a direction word (شرق X) stands
    right before a name: a place slot."""
    if norm[start - 1 : start] == "ب":
        return True
    before = MARKS.sub("", norm[max(0, start - 12) : start]).split()
    if not before:
        return False
    word = before[-1][1:] if before[-1][:1] in "وف" and len(before[-1]) > 2 else before[-1]
    return any((w in _SPATIAL and w not in _VERSUS) or w in _DIRECTIONS for w in (before[-1], word))


_VERSUS = ("علي", "مع")  # فاز على برشلونة، تعادل مع برشلونة: in a sports article the club's opponent


_SPATIAL = ("في", "من", "الي", "علي", "عن", "بين", "مع", "نحو", "داخل", "خارج")
_WITNESSED = re.compile(rf"^[وف]?(?:ت|ست)?شهد[{AR}]*$")
_PARTICLES = {"قد", "لم", "لن", "لا", "ما", "كانت", "باتت"}
# A verb with its object attached right before a capital: شنتها دمشق (Damascus launched them), التي ضمتها روسيا.
_VERB_WITH_OBJECT = re.compile(rf"^[وف]?[{AR}]{{2,}}ت(?:ها|ه|هم)$")


def _verb_with_object(before: list[str]) -> bool:
    """Whether the word before a capital is a verb with its object (شنتها، أعلنته), not a feminine noun with a
    pronoun after a preposition (قرب عاصمتها طرابلس، في مقدمتهم روسيا)."""
    if not _VERB_WITH_OBJECT.match(before[-1]) or before[-1][:1] in "بل":
        return False
    return len(before) < 2 or before[-2] not in (*_SPATIAL, "قرب", "امام", "خلف", "حول")


def _and_verb(word: str) -> bool:
    """Whether a word after the name is و + a common verb (اقتصاد إيران وقالت، بمونديال روسيا وانتهت: the name
    ends the clause before), not a verb whose root begins with و (إيران وافقت، وصلت، وجهت: rare without it)."""
    return word.startswith("و") and common_words().get(word[1:], 0) >= _COMMON_VERB


_COMMON_VERB = 100  # news articles: قالت، انتهت are in thousands; افقت، صلت، جهت (وافقت…) in few or none
# A feminine verb right after it (the present, the future with س, the past after a particle): تنفي، ستطهر، رفضت;
# not a feminine plural in ـات (بنما لإثبات، الصين والولايات).
_VERB_AFTER = re.compile(rf"^(?:س?ت[{AR}]{{3,}}|[{AR}]{{3,}}(?<!ا)ت)$")


# عاصمة + a country (في عاصمة تشاد، العاصمة الليبية is an adjective, not this): the capital, not the country.
_CAPITAL_WORD = re.compile(rf"(?<![{AR}])[وفب]?(?P<word>(?:ال)?عاصمه)\s+$")
# An adjective after عاصمة + a country: another capital than the seat of government (المؤقتة، الإدارية).
_OTHER_CAPITAL = re.compile(rf"\s+(?:ال)?(?:مؤقته|اداريه|جديده|سابقه|اقتصاديه|ثقافيه|تاريخيه|روحيه|تجاريه)(?![{AR}])")


def capital_of_country(m: PlaceMention, norm: str, text: str) -> None:
    """A country named as whose capital (في عاصمة تشاد): the mention is that capital, from عاصمة on; not another
    capital (عاصمة اليمن المؤقتة، عاصمة مصر الإدارية) nor a town named as it (عدن عاصمة اليمن: the town is)."""
    if m.place is None or m.place.kind != "country" or not m.place.country:
        return
    cue = _CAPITAL_WORD.search(norm, max(0, m.start - 12), m.start)
    capital = _capitals().get(m.place.country)
    if cue is None or capital is None or _OTHER_CAPITAL.match(norm, m.end):
        return
    before = MARKS.sub("", norm[max(0, cue.start() - 30) : cue.start()]).split()
    towns = gazetteer().get(before[-1], []) if before and norm[cue.start() - 1 : cue.start()].isspace() else []
    if any(c.country == m.place.country and c.kind in _TOWNS for c in towns):
        return  # عدن عاصمة اليمن: the town before is the capital named
    after = MARKS.sub("", norm[m.end : m.end + 30]).split()[:1]
    if after and any(c.country == m.place.country and c.kind == "capital" for c in gazetteer().get(after[0], [])):
        return  # العاصمة السعودية الرياض: the capital is named right after, a mention of its own
    m.start, m.place, m.key = cue.start("word"), capital, capital.name
    m.surface = text[m.start : m.end]
    m.lat, m.lon, m.precision = capital.lat, capital.lon, capital.precision


@functools.cache
def _capitals() -> dict[str, Place]:
    """Each country's capital in the gazetteer (the most populous if it lists several)."""
    out: dict[str, Place] = {}
    for places in gazetteer().values():
        for p in places:
            if p.kind == "capital" and p.country and _capital_rank(p) >= _capital_rank(out.get(p.country, p)):
                out[p.country] = p
    return out


def _capital_rank(place: Place) -> tuple[int, int]:
    """Population, then how many gazetteer entries share the entry's spelling: of one city's entries, the usual
    spelling (الرياض, shared by towns named after it) before a rare variant of it (رىياد)."""
    return place.population, len(gazetteer().get(place_key(place.name), []))


def sham_as_damascus(m: PlaceMention, norm: str, context: Counter) -> None:
    """Bare الشام after في (في الشام، بالشام) in an article mostly about Syria is Damascus,
    as Syrians name their capital; elsewhere (نصارى الشام، بلاد الشام) it stays the Levant."""
    if m.key != "الشام" or m.place is None or m.place.country or not _in_before(norm, m.start):
        return
    context = context + adjective_countries(norm)  # مسؤول سوري: the article is about Syria
    if not context or context.get("SY", 0) < max(context.values()):
        return
    damascus = _capitals().get("SY")
    if damascus is not None:
        m.place, m.lat, m.lon, m.precision = damascus, damascus.lat, damascus.lon, damascus.precision


def _in_before(norm: str, start: int) -> bool:
    """Whether في (alone or with و/ف) or ب written on stands right before an offset: where something is, not
    where people go (إلى الشام والعراق, سافر إلى الشام: the Levant or Syria)."""
    if norm[start - 1 : start] == "ب":
        return True
    before = MARKS.sub("", norm[max(0, start - 12) : start]).split()
    word = before[-1] if before and norm[start - 1 : start].isspace() else ""
    return word in ("في", "وفي", "ففي")


def _after_a_name(norm: str, start: int) -> bool:
    """Whether a word that may be a person's name, given name or not (سالم، سعيد), stands right before an offset."""
    before = MARKS.sub("", norm[max(0, start - 20) : start]).split()
    if not before or not norm[start - 1 : start].isspace():
        return False
    return before[-1] in person_names() or any("PERB" in tag for tag in name_lexicon().get(before[-1], ()))


def after_given_name(norm: str, start: int) -> bool:
    """Whether a given name stands right before an offset (أليكس فيرغسون، محمد تعز): a surname there, not a town."""
    before = MARKS.sub("", norm[max(0, start - 20) : start]).split()
    if not before or not norm[start - 1 : start].isspace():
        return False
    return before[-1] in person_names() or "PERB" in name_lexicon().get(before[-1], ())


def homograph_reading(
    key: str, tokens: list[tuple[int, int, str]], i: int, norm: str, text: str = "", cued: bool = False
) -> bool:
    """Whether an uncued name is one of the analyst's homographs read here as its ordinary word: one that needs a
    place word, one that needs a spatial preposition or a compass direction (في مشهد، شمال مالي) with none right
    before it, or one that needs its spelling and is written otherwise (إب, Ibb; أب، آب: father, August); or a
    country name written as an adjective (``accusative_adjective``: هجوماً روسياً)."""
    if text and accusative_adjective(text, tokens, i, key):
        return True
    needs = homographs().get(key)
    if needs is None:
        return False
    if needs.startswith("spelling"):  # whatever stands before it (حي باب السلام is no Ibb)
        written = MARKS.sub("", text[tokens[i][0] : tokens[i][1]]) if text else ""
        return not written.endswith(needs.split(":", 1)[-1])
    if cued or (needs == "preposition" and _in_a_country(key, tokens[i][2])):
        return False
    if needs != "preposition" or i == 0 or norm[tokens[i - 1][1] : tokens[i][0]].strip():
        return True
    before = tokens[i - 1][2]
    if i + 1 < len(tokens) and not norm[tokens[i][1] : tokens[i + 1][0]].strip() and ADJECTIVE.match(tokens[i + 1][2]):
        return tokens[i + 1][2] not in NOT_ADJECTIVES  # في مشهد مؤثر، صيدا ثمينا: a noun and its adjective
    bare = before[1:] if before[:1] in "وفب" else before  # وفي، بشمال
    return not (before in SPATIAL or bare in SPATIAL or before in DIRECTIONS or bare in DIRECTIONS)  # شمال مالي


def _in_a_country(key: str, written: str) -> bool:
    """Whether the homograph ``key`` is written with the preposition ب attached and names a country: بمالي (in
    Mali) is the place, where بربك (by your Lord) or بمشهد (with a scene) before a town stay words."""
    return written.removeprefix("و") == "ب" + key and any(c.kind == "country" for c in gazetteer().get(key, ()))


# An indefinite adjective (a participle in م, a nisba in ي) after a homograph: its ordinary word.
ADJECTIVE = re.compile(rf"^(?!ال)(?:م[{AR}]{{3,}}(?<!ا)|[{AR}]{{3,}}ي)$")  # not an adverb in ـا (مجددا، فجرا)
NOT_ADJECTIVES = frozenset(
    {"مساء", "منذ", "مطلع", "منتصف", "جنوبي", "شمالي", "شرقي", "غربي", "صباحا", "مساءا", "ليلا", "ايضا"}
)


def preposition_twice(tokens: list[tuple[int, int, str]], i: int, start: int) -> bool:
    """True when the letter taken off a name as the preposition ب or ل follows a preposition (كثير من بسطات: من
    + ب cannot be; the ب is the word's own, stalls, not Settat)."""
    clitic = tokens[i][2][: start - tokens[i][0]]
    return i > 0 and clitic[-1:] in ("ب", "ل") and tokens[i - 1][2] in _PREPOSITIONS


_PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "وفي", "ومن", "والي", "وعلي", "فمن", "ففي"})
