"""Arabic clause cues the side rules read (``sides``), on any party with a span and a name (``sides.Party``):

- the owner of a target or a place held (تجمعات للميليشيات، مواقع تابعة للنظام) is an object, never the doer;
- an indefinite forces noun in construct with a named actor (قوات ألوية العمالقة، عناصر تنظيم القاعدة) is that actor;
- the noun right after إنّ/أنّ is the subject of the verb of its clause (إن قوات مجهولة هاجمت);
- بين X و Y after an act's words names its two sides (معارك عنيفة بين القوات الحكومية والمتمردين); told with
  من جهة (بين X وحلفائه من جهة وY من جهة أخرى), X and Y;
- a party told as support (بإسناد من التحالف) is no side; militants told with the one armed group their sentence
  names are its men (مقتل زعيم القاعدة خلال اشتباكات مع المتشددين);
- a generic noun in the relative form right after a target is its adjective (هدفا عسكريا), no side;
- the counted after a killing verb (قتل 30 حوثيا) are the dead (the attack that caused a killing: ``causes``);
- a party behind ل or ب, apart or as its first word's clitic (مخازن أسلحة لحركة الشباب), owns a target: before an
  act used as a means (بغارات جوية) it is the one struck;
- a regime noun is the regime only with its ruler or its country after it (نظام الأسد، النظام في سوريا);
- a generic noun affiliated to a named actor is that actor (الميليشيات التابعة للقاعدة); a named actor's patron
  after it (قوات المقاومة الموالية للرئيس هادي) is no side;
- the owner of a weapon that is a verb's subject acts with it (قصفت دبابة تابعة للحوثيين الحي).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from helpers.extract.incidents.vocabulary import BETWEEN, GENERIC_ARMED, ISLAMIST_MILITANTS
from helpers.resources.actor_tables import country_names, nationalities
from helpers.text.normalize import name_key, normalize_letters

Party = Any  # a ``sides.Party`` (start, end, name, english, kind, actor_type, country)
_PREPOSITION = re.compile(r"(?:^|\s)(?:ل|لل|ب|بال)$")
_DEFINITE = re.compile(r"^[وف]?(?:ال|لل)")
_UNNAMED = {*GENERIC_ARMED, "military forces", "police", "authorities", ""}


# A target or a place held (مواقع، تجمعات، عربات عسكرية، مناطق سيطرة) before a party: the party owns what is
# struck or taken (تجمعات للميليشيات، دفاعات ميليشيات الحوثي، مواقع تابعة للنظام), the object, never the doer; the
# noun and its adjective perhaps in the accusative (معسكرا تدريبيا للميليشيات، هدفا عسكريا لحماس).
_TARGET_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:مواقع|موقع|تجمعات|تجمع|تحصينات|دفاعات|معاقل|معقل|مناطق|منطقه|مقرات|مقر"
    r"|منزل|منازل|اهداف|هدف|مستودعات|مستودع|عربات|تعزيزات|صفوف|جيوب|اوكار|معسكرات|معسكر|ثكنات|تحركات|مناطق سيطره"
    r"|دبابه|دبابات|اليه|اليات|مدرعه|مدرعات|مخازن|مخزن|اطقم|طقم|منصات|منصه|شحنه|شحنات|مسجد|حافله|حافلات|موكب"
    r"|دوريه|دوريات|حاجز|مبني)"
    r"ا?(?:\s+[\u0621-\u064a]+(?:يه|ي|ين|يا))?(?:\s+(?:ال)?تابعه)?\s+(?:لل|ل)?$"
)


# A target or a projectile noun right before a generic noun (هدفا عسكريا، مواقع عسكرية، صاروخا عسكريا): the noun is
# its adjective, not an actor.
_TARGET_NOUN_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:مواقع|موقع|تجمعات|تجمع|تحصينات|دفاعات|مقرات|مقر|اهداف|هدف|مستودعات"
    r"|مستودع|عربات|معسكرات|معسكر|ثكنات|منشات|منشاه|صاروخ|صواريخ|صاروخين|صاروخان|مقذوف|مقذوفات|مقذوفين|قذيفه"
    r"|قذائف)ا?\s+$"
)


def target_adjective(norm: str, party: Party) -> bool:
    """Whether a generic noun (not a named actor) stands right after a target noun as its adjective: indefinite,
    in the relative form (هدفا عسكريا، مواقع عسكرية: a military target, not a soldier); not an owner (مواقع
    الجيش، تجمعات للميليشيات)."""
    written = norm[party.start : party.end]
    if party.kind not in ("state", "armed") or not _RELATIVE_ADJECTIVE.fullmatch(written):
        return False
    return bool(_TARGET_NOUN_BEFORE.search(norm, max(0, party.start - 20), party.start))


_RELATIVE_ADJECTIVE = re.compile(r"(?!ال|لل|ل)[\u0621-\u064a]+(?:ي|يا|يه)")


def possessed(norm: str, party: Party) -> bool:
    """Whether a party is told as the owner of a target or a place held (``_TARGET_BEFORE``): an object."""
    target = _TARGET_BEFORE.search(norm, max(0, party.start - 40), party.start) if party.start > 0 else None
    if target is not None and _WEAPON_TOPIC.search(norm, max(0, target.start() - 8), target.end()):
        return False  # إن دبابات المقاومة قصفت: the tanks are the subject after إن, their owner acts
    return target is not None and not _RALLY.search(norm, target.start(), party.end)


_WEAPON_TOPIC = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:ان|بان|فان|لان)\s+(?:ال)?(?:دبابه|دبابات|مدرعه|مدرعات|اليه|اليات|منصه|منصات)"
)


# A gathering of people (تجمعا لأنصار التيار، تجمعات للمتظاهرين): a rally, not a troop concentration to strike.
_RALLY = re.compile(
    r"تجمع(?:ا|ات)?\s+(?:لل|ل)?(?:ال)?(?:انصار|مؤيدي|مناصري|متظاهرين|محتجين|اهالي|عمال|طلاب|سكان|معلمين)(?![\u0621-\u064a])"
)


def construct(norm: str, parties: list[Party]) -> list[Party]:
    """An indefinite forces or fighters noun in construct with a named actor (إضافة: قوات ألوية العمالقة، مسلحو جيش
    خالد، عناصر تنظيم القاعدة، عناصر من طالبان) is that actor, spanning both."""
    out: list[Party] = []
    skip = -1
    for i, party in enumerate(parties):
        if i == skip:
            continue
        owner = parties[i + 1] if i + 1 < len(parties) else None
        head = party.kind in ("state", "armed") and not party.actor_type and not _DEFINITE.match(party.name)
        head = head and party.english != "regime"  # نظام الأسد: the regime, not the person
        named = owner is not None and (owner.kind == "named" or owner.english not in _UNNAMED)  # القاعدة as a noun
        joined = _OF.fullmatch(norm, party.end, owner.start) if owner is not None else None
        state = owner is not None and (owner.kind == "state" or owner.actor_type in ("army", "police"))
        if joined and state and _NUNATED.search(norm, party.start, party.end) and "من" not in joined.group(0):
            joined = None  # هاجم مسلحون الجيش: a nunated plural is no construct (مسلحو الجيش); news: مسلحين الحوثي
        if head and named and owner.kind != "civilian" and joined:
            out.append(owner._replace(start=party.start))
            skip = i + 1
            continue
        out.append(party)
    return out


_OF = re.compile(r"\s+(?:من\s+)?[\"«]?")
_NUNATED = re.compile(r"(?:ون|ين|ان)$")  # the sound plural and the dual keep their nun only outside a construct


def topic(norm: str, t0: int, low: int, before: Sequence[Party]) -> Party | None:
    """The subject of a verb told after إنّ/أنّ and its noun (إن قوات مجهولة هاجمت، أن القوات البحرية السعودية،
    استهدفت; ism inna: the noun right after the particle is the subject of the clause), or None."""
    particles = list(_INNA.finditer(norm, max(low - 6, t0 - _TOPIC_CHARS, 0), t0))  # low may follow the particle
    if not particles:
        return None
    end = particles[-1].end()
    first = next((p for p in before if p.start >= end), None)
    armed = first is not None and bool(_ARMS.fullmatch(norm, end, first.start))  # إن دبابات المقاومة قصفت
    if first is None or (first.start - end > 2 and not armed) or first.kind == "civilian":
        return None
    others = [p for p in before if p.start > first.start]
    if any(not _PREPOSITION.search(norm, max(0, p.start - 3), p.start) for p in others):
        return None  # another actor between the subject and the verb (not after a preposition: مسنودة بقوات X)
    return first


_INNA = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:ان|بان|فان|لان)\s+")
# A party's weapons or arm told before it as the subject (دبابات المقاومة، مدفعية الجيش، طائرات التحالف).
_ARMS = re.compile(
    r"(?:ال)?(?:دبابات|دبابه|مدفعيه|طائرات|مقاتلات|طيران|مروحيات|بوارج|زوارق|راجمات|صواريخ|قناصه)\s+(?:لل|ل)?"
)
_TOPIC_CHARS = 70  # how far before the verb the particle may stand (أن القوات البحرية الملكية السعودية، استهدفت)


def between(norm: str, t1: int, high: int, after: Sequence[Party]) -> tuple[Party, Party] | None:
    """The two sides told by بين X و Y after the act's words (its adjectives, its time) with no actor before بين:
    X and Y; else None."""
    cue = BETWEEN.search(norm, t1, min(high, t1 + _BETWEEN_CHARS))
    if cue is None or any(p.start < cue.start() for p in after):
        return None
    rest = [p for p in after if p.start >= cue.end()]
    if len(rest) >= 2 and _ONE_SIDE.match(norm, rest[0].end):
        return rest[0], rest[1]  # بين الجيش من جهة والمتمردين من جهة أخرى
    if len(rest) < 2 or not _AND.fullmatch(norm, rest[0].end, rest[1].start):
        return None
    if len(rest) >= 3 and _ONE_SIDE.match(norm, rest[1].end):
        return rest[0], rest[2]  # بين الحوثيين وقوات صالح من جهة، والمقاومة من جهة أخرى: the allies are one side
    return rest[0], rest[1]


# من جهة after a side told by بين: the other side comes after it (its allies, told with و, before it).
_ONE_SIDE = re.compile(r"\s*من\s+جهه(?![\u0621-\u064a])")


# An attack told with its doer right after it (هجوم لمسلحي داعش، شن مسلحو داعش هجوما، هاجم التنظيم).
_ATTACK_BY = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:هجوم|هجوما|هجمات|هاجم|هاجمت|هاجموا|شن|شنت|شنوا)"
    r"(?:\s+(?:شنه|شنها|نفذه|نفذها))?\s+"
)
_DOER_GAP = 10  # a word of its men between (هجوم لمسلحي داعش)


def initiated(norm: str, low: int, t0: int, parties: Sequence[Party], party: Party) -> bool:
    """Whether an attack told earlier in the sentence (from ``low`` to the act at ``t0``) has ``party`` as its
    doer right after it (وأسفر هجوم لمسلحي داعش على قرية عن اشتباكات بين التنظيم والقوات العراقية): the one who
    started the battle, first as told."""
    for attack in _ATTACK_BY.finditer(norm, low, t0):
        if any(p.english == party.english and 0 <= p.start - attack.end() <= _DOER_GAP for p in parties if p.english):
            return True
    return False


_BETWEEN_CHARS = 70  # how far after the act بين may stand (قتال امتد من ليل الأربعاء حتى فجر الخميس، بين)
# و between the two, perhaps after the first's words (القوات الحكومية المدعومة إماراتيا والمتمردين).
_AND = re.compile(r"(?:\s+[^،,.:\s]+){0,3}?\s*و\s*")


# Before a party, its support of another (بإسناد من التحالف، بدعم ومشاركة التحالف، المدعومة من التحالف، بغطاء جوي
# من): the party helps a side; ACLED keeps it as an associated actor, never the other side.
_SUPPORT_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])(?:[وف]?ب?(?:اسناد|دعم|مسانده|غطاء)(?:\s+و(?:ب)?(?:اسناد|دعم|مشاركه|مسانده))?(?:\s+جوي)?\s+(?:من\s+)?"
    r"|(?:ال)?مدعوم(?:ه|ين|ون|ا)?\s+(?:من\s+)?|(?:ال)?مسنود(?:ه|ين|ون|ا)?\s+(?:ب|من\s+))"
    r"(?:(?:ال)?(?:طيران|طائرات|مقاتلات|مدفعيه|بوارج)\s+)?$"  # بدعم من طيران التحالف: the supporter's arm
)


def loyal_to(norm: str, party: Party) -> bool:
    """Whether a person or a government is told as the one forces are loyal to (القوات الموالية لحكومة الرئيس
    اليمني عبدربه منصور هادي، القوات الموالية للأسد): a description of the forces, not a side."""
    if party.start <= 0 or not (party.actor_type in _LOYAL_TO_KINDS or party.english.lower() in _LOYAL_TO_NAMES):
        return False
    end = party.start + 1 if norm.startswith("ل", party.start) else party.start  # لصالح: the lam in the mention
    low = max(0, party.start - 60)
    return bool(_LOYAL_BEFORE.search(norm, low, end) or _ALLY_BEFORE.search(norm, low, party.start))


_LOYAL_TO_KINDS = ("person", "government")
_LOYAL_TO_NAMES = ("authorities", "government")
# The words between whom forces are loyal to and the named person or government: titles and adjectives
# (لحكومة الرئيس اليمني عبدربه منصور هادي), not a new object (الموالية لإيران الناشط فلان: the activist is a side).
_TITLE = (
    r"(?:ال)?(?:رئيس|زعيم|مرشد|حكومه|نظام|سابق|معزول|مخلوع|راحل|وفاق|وطني|شرعيه"
    r"|يمني|سوري|ليبي|عراقي|مصري|سوداني|ايراني|تركي|روسي|اسد|معترف|دوليا|به|بها)ه?"
)
# A loyalty adjective and its lam before a name, a few words between (الموالية لحكومة الرئيس اليمني المعترف بها
# دوليا، والموالون لصالح، الموالية للأسد).
_LOYAL_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:ال)?(?:موالي|مواليه|موالين|موالون|مؤيده|مؤيدين|مؤيدون)\s+"
    r"(?:ل|لل)(?:[\u0621-\u064a]+(?:\s+(?:" + _TITLE + r")){0,6}\s+)?(?:(?!ال)[\u0621-\u064a]+\s+)?$"
)  # a first name the mention leaves out (عبدربه منصور هادي: منصور هادي), never a noun with ال (الناشط فلان)
# An ally and its titles before a name (ميليشيات الحوثي وحليفها المخلوع علي صالح): the side's ally, not a side.
_ALLY_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:ال)?(?:حليف|حليفه|حليفها|حليفهم|حليفته|حليفتها|حلفاء|حلفاؤه|حلفاؤها)"
    r"(?:\s+(?:" + _TITLE + r")){0,3}\s+$"
)


def supporting(norm: str, party: Party) -> bool:
    """Whether ``party`` is told as the support of a side (بإسناد من التحالف العربي): not a side of the act."""
    return party.start > 0 and bool(_SUPPORT_BEFORE.search(norm, max(0, party.start - 30), party.start))


_MILITANTS = (ISLAMIST_MILITANTS,)
_GROUPS = ("Al-Qaeda", "Islamic State (ISIS)")  # the groups the generic nouns name (القاعدة، داعش as nouns)


# After القاعدة, an adjective of a military base (القاعدة العسكرية، الجوية، البحرية): the base, not the group.
_BASE_AFTER = re.compile(r"\s+(?:ال)?(?:عسكري|جوي|بحري)")
_BASE = re.compile(r"قاعده\s+(?:ال)?(?:عسكري|جوي|بحري)")


def military_base(norm: str, party: Party) -> bool:
    """Whether ``party`` is القاعدة the military base (القاعدة العسكرية، الجوية), not the group; not a side
    followed by a base it acts on (قصفت طائرات التحالف قاعدة جوية: the base starts after the side)."""
    base = _BASE.search(norm, party.start, party.end + 12)
    return base is not None and base.start() < party.end


# Between a group and militants after it, the word that puts them on opposite sides (اشتباكات مع المتشددين).
_OPPOSED_BETWEEN = re.compile(r"(?<![\u0621-\u064a])(?:مع|ضد|بين)(?![\u0621-\u064a])")


def their_group(norm: str, parties: list[Party], referred: set[tuple[int, int]]) -> list[Party]:
    """Militants told in a sentence that names one armed group (by its name, not by a back-reference such as
    التنظيم: ``referred``) (مقتل زعيم القاعدة خلال اشتباكات مع المتشددين): that group's men, named as ACLED names
    an identified group. Not militants the group acts on (قتلت قوات سوريا الديمقراطية عشرة من المتشددين: after
    the group with no مع/ضد/بين between), and not القاعدة the military base."""
    groups = {
        p.english: p
        for p in parties
        if (p.start, p.end) not in referred
        and ((p.kind == "named" and p.actor_type == "armed_group") or (p.kind == "armed" and p.english in _GROUPS))
        and not _BASE_AFTER.match(norm, p.end)
    }
    if len(groups) != 1:
        return parties
    (group,) = groups.values()

    def theirs(p: Party) -> bool:
        if p.english not in _MILITANTS:
            return False
        return p.start < group.start or bool(_OPPOSED_BETWEEN.search(norm, group.end, p.start))

    return [group._replace(start=p.start, end=p.end) if theirs(p) else p for p in parties]


# A count right before a party (30 حوثيا، سبعة من المسلحين، عشرات الجنود): the party is counted.
_COUNT_BEFORE = re.compile(
    r"(?:^|\s)(?:\d+|واحد|اثنان|اثنين|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|عشرات|مئات|العشرات|المئات|عدد|عددا)"
    r"(?:\s+من)?\s+$"
)


def counted(norm: str, party: Party) -> bool:
    """Whether a count stands right before ``party`` (after a killing verb: the dead, its passive subject)."""
    return party.start > 0 and bool(_COUNT_BEFORE.search(norm, max(0, party.start - 16), party.start))


# After the dead told right after a killing verb (and their adjectives: جنديان إسرائيليان، مسلحين مجهولين): a
# preposition, a time word or the clause's end (قتل جنديان في هجوم، قتل 30 حوثيا.). Any other word is the verb's
# object (قتل مسلحون مجهولون صاحب محل، قتل ثلاثة مسلحين ضابطا): then the told are the killers.
_DEAD_END = re.compile(
    r"(?:\s*(?:[.،,؛:؟!\n]|$)|\s+(?:في|خلال|جراء|اثر|بسبب|نتيجه"
    r"|عند|قرب|امام|داخل|علي|اثناء|منذ|فيما|بينما|حين|عندما|حيث|وذلك|بينهم|منهم"
    r"|يوم|امس|اول من امس|اليوم|صباح|مساء|فجر|ليل|ليله|الليله|واصيب|واصيبت|وجرح|واصابه|واخر|واخرون|واخران"
    r"|(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه))(?![\u0621-\u064a])|\s+ب[\u0621-\u064a])"
)


def dead_end(norm: str, party: Party, after: Sequence[Party] = ()) -> bool:
    """Whether a preposition, a time word or the clause's end follows ``party`` (and its adjectives) right away:
    told after a killing verb, the party is its dead (قتل جنديان إسرائيليان في هجوم), not its subject before an
    object (قتل مسلحون مجهولون قاضيا)."""
    joined = next((p for p in after if p.start > party.end and _JOINED.fullmatch(norm, party.end, p.start)), None)
    if joined is not None:  # قتل سبعة من المسلحين وجنديان هنديان في: the dead joined by و, the last's end
        return dead_end(norm, joined, after)
    words = norm[party.start : party.end].split()
    ending = next((e for e in _AGREEING if words and words[-1].endswith(e)), "")
    at = party.end
    while not _DEAD_END.match(norm, at):
        adjective = _ADJECTIVE_AFTER.match(norm, at)  # it agrees: جنديان إسرائيليان، مسلحين مجهولين، جنود أتراك
        word = adjective.group("word") if adjective else ""
        if not word or (not word.endswith(ending or "ي") and name_key(word) not in nationalities()):
            return False
        at = adjective.end()
    return True


_JOINED = re.compile(r"\s+و\s*(?:\d+\s+|[\u0621-\u064a]+\s+من\s+)?")
_AGREEING = ("ون", "ين", "ان", "ا")  # a sound plural's, a dual's, the accusative's ending, its adjective's too
_ADJECTIVE_AFTER = re.compile(r"\s+(?P<word>[\u0621-\u064a]+)")


_AFFILIATED_BEFORE = re.compile(r"(?:ال)?(?:تابع|تابعه|تابعين|تابعون|موالي|مواليه|موالين|موالون)\s+$")


def behind_preposition(norm: str, party: Party) -> bool:
    """Whether ل or ب stands right before a party, apart (أهداف ل حماس) or as the clitic its span starts with
    (مخازن أسلحة لحركة الشباب: the lam of the target's owner, where the name is حركة الشباب)."""
    if _PREPOSITION.search(norm, max(0, party.start - 3), party.start):
        return True
    if party.start < 0 or norm[party.start : party.start + 1] not in ("ل", "ب"):
        return False
    if _AFFILIATED_BEFORE.search(norm, max(0, party.start - 12), party.start):
        return False  # طائرات تابعة للتحالف: the weapons are its own
    written = norm[party.start : party.end].split()
    named = normalize_letters(party.name).split()
    if not written or not named:
        return False
    word = "ال" + written[0][2:] if written[0].startswith("لل") else written[0][1:]  # للجيش → الجيش
    return word == named[0]


_OWNER_GAP = 60  # how far before the act the owner of its target may end
# ب as a word of its own before an act (بغارات جوية، بقصف مدفعي): the act is the means of the verb before it.
INSTRUMENT = re.compile(r"(?:^|\s)ب$")
_CLAUSE_MARK = re.compile(r"[.،,؛:]")


def owner_before(norm: str, t0: int, low: int, parties: Sequence[Party], actor1: Party) -> Party | None:
    """The owner of the target told by the lam of possession in the clause before an act used as a means (هدفا
    لحماس، مخازن لحركة الشباب), or None."""
    for p in reversed([p for p in parties if low <= p.start and p.end <= t0 and t0 - p.end <= _OWNER_GAP]):
        if _CLAUSE_MARK.search(norm, p.end, t0) or p.name == actor1.name:
            return None
        if _SUPPORT_NOUN.search(norm, max(0, p.start - 30), p.start):
            return None  # قدمت المقاتلات الدعم لقوات سوريا الديمقراطية بغارات: the ally backed, not struck
        if possessed(norm, p) or behind_preposition(norm, p):
            return p
    return None


# Support given to a party behind lam (الدعم لقوات، إسنادا جويا للجيش، غطاء جويا ل): the party is helped.
_SUPPORT_NOUN = re.compile(
    r"(?<![\u0621-\u064a])(?:ال)?(?:دعم|دعما|اسناد|اسنادا|مسانده|غطاء|غطاءا|عون|عونا)(?:\s+(?:ال)?جوي(?:ا|ه)?)?"
    r"\s+(?:لل|ل)?\s*$"
)


_RULER = re.compile(r"\s+(?:الاسد|بشار|القذافي|صدام|مبارك|الملالي|مادورو|كيم|الرئيس)(?![\u0621-\u064a])")
_IN_COUNTRY = re.compile(r"\s+في\s+(?P<name>[\u0621-\u064a]+)")


def ruler_after(norm: str, taken: Sequence[Party], end: int) -> bool:
    """Whether a regime noun ending at ``end`` is qualified: a ruler's name or title right after it (نظام الأسد،
    نظام الرئيس)، or, for the definite النظام, its country right after في (أهداف للنظام في سوريا)."""
    if _RULER.match(norm, end) or any(p.actor_type == "person" and 0 <= p.start - end <= 2 for p in taken):
        return True
    country = _IN_COUNTRY.match(norm, end)
    definite = norm[max(0, end - 6) : end].endswith("النظام") or norm[max(0, end - 5) : end].endswith("لنظام")
    return bool(country and definite and name_key(country.group("name")) in country_names())


def affiliated(norm: str, parties: list[Party]) -> list[Party]:
    """A generic noun followed by التابعة لـ / الموالية لـ a named actor is that actor (الميليشيات التابعة
    لتنظيم القاعدة: al-Qaeda), spanning both; a named actor followed by the one it is loyal to (قوات المقاومة
    الموالية للرئيس هادي) stays itself, spanning both: the one it serves is no side of its act."""
    out: list[Party] = []
    skip = -1
    for i, party in enumerate(parties):
        if i == skip:
            continue
        owner = parties[i + 1] if i + 1 < len(parties) else None
        loyal = owner is not None and owner.kind in ("named", "place") and party.kind == "named"
        if loyal and _LOYAL_TO.fullmatch(norm, party.end, owner.start):
            out.append(party._replace(end=owner.end))
            skip = i + 1
            continue
        if party.kind not in ("named", "place") and owner is not None and owner.kind in ("named", "place"):
            clitic = owner.start + 1 if norm.startswith("لل", owner.start) else owner.start  # للحوثيين: its ل
            link = _AFFILIATION.fullmatch(norm, party.end, clitic)
            said = (link.group(0) if link else "") + " " + norm[party.start : party.end]
            if link and _AFFILIATED.search(said):
                out.append(owner._replace(start=party.start, kind="armed", country=""))
                skip = i + 1
                continue
        out.append(party)
    return out


_AFFILIATED = re.compile(r"(?:ال)?(?:تابع|تابعه|تابعين|تابعون|موالي|مواليه|موالين|موالون)(?:\s|$)")
_AFFILIATION = re.compile(r"(?:\s+(?:ال)?(?:تابع|تابعه|تابعين|تابعون|موالي|مواليه|موالين|موالون))?\s+ل(?:ـ\s*)?")
# الموالية للرئيس اليمني، التابعة لـ: up to three words (a title, a country) before the one served.
_LOYAL_TO = re.compile(
    r"\s+(?:ال)?(?:تابع|تابعه|تابعين|تابعون|موالي|مواليه|موالين|موالون)\s+(?:ل|لل)?(?:ـ\s*)?(?:[\u0621-\u064a]+\s+){0,3}?"
)


# A weapon or an armed vehicle owned by a party (دبابة تابعة للحوثيين، زوارق تابعة للحرس الثوري): when it is the verb's
# subject, its owner acts with it (قصفت دبابة تابعة للحوثيين الحي), unlike a target owned (مواقع تابعة للنظام).
_WEAPON_OWNED = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:ال)?(?P<weapon>دبابه|دبابات|مدرعه|مدرعات|اليه|اليات|مدفعيه|منصه|منصات|مروحيه"
    r"|مروحيات|زورق|زوارق|بارجه|بارجات|طقم|اطقم|قناص|قناصه)(?:\s+[\u0621-\u064a]+(?:يه|ي|ين|يا))?"
    r"\s+(?:ال)?(?:تابعه|تابع|تابعين)\s+(?:لل|ل)?$"
)
# The weapon's owner after a bare lam (دبابات لميليشيا الحوثي تقصف): owns it only when the verb follows at once.
_WEAPON_OF = re.compile(_WEAPON_OWNED.pattern.split(r"\s+(?:ال)?(?:تابعه")[0] + r"\s+(?:لل|ل)$")
# What may stand between a verb and the owned weapon it acts with: a time word, not a subject (دمر الجيش دبابة ...).
_TIME_GAP = re.compile(r"\s*(?:[،,]\s*)?(?:امس|اليوم|صباح|مساء|فجر|ليل|الليله|صباح اليوم|مساء امس)?\s*(?:[،,]\s*)?")
_SUBJECT_GAP = 12  # a time word may stand between the verb and its subject (قصفت، أمس، دبابة)


def armed_owner(norm: str, span: tuple[int, int], parties: Sequence[Party]) -> Party | None:
    """The owner of the weapon that is a verb's subject, told right after the verb (قصفت دبابة تابعة للحوثيين) or
    right before it (دبابة تابعة للحوثيين قصفت); else None."""
    t0, t1 = span
    told_before = any(0 <= t0 - p.end <= 2 for p in parties)  # قوات اليوم هاجمت دبابة تابعة ل: its subject before
    for party in parties:
        owned = _WEAPON_OWNED.search(norm, max(0, party.start - 40), party.start) if party.start > 0 else None
        right_before = 0 <= t0 - party.end <= 2
        if owned is None and right_before and _WEAPON_OF.search(norm, max(0, party.start - 30), party.start):
            return party  # رصد دبابات للحوثيين تقصف المنازل: the tanks' owner shells, not who saw them
        if owned is None:
            continue
        subject_between = bool(norm[t1 : owned.start()].strip()) and not _TIME_GAP.fullmatch(norm, t1, owned.start())
        after_verb = not told_before and not subject_between and 0 <= owned.start() - t1 <= _SUBJECT_GAP
        if 0 <= t0 - party.end <= 2 or after_verb:
            return party
    return None


# A place's past holder told in a relative clause (مواقع كانت الميليشيات تسيطر عليها، قرى كانت تحت سيطرة داعش).
_HELD_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])(?:كانت|كان)\s+(?:قد\s+)?(?:(?:تحت|خاضعه\s+ل)\s*(?:ال)?سيطره\s+|في\s+(?:قبضه|ايدي|يد)\s+)?$"
)
_HOLDS_AFTER = re.compile(
    r"(?:\s+ال[\u0621-\u064a]+)?\s+(?:تسيطر|يسيطر|يسيطرون|تحتل|يحتل|يحتلون|تتمركز|يتمركز|يتمركزون)(?![\u0621-\u064a])"
)
_UNDER_HOLD = re.compile(r"(?:سيطره|قبضه|ايدي|يد)\s+$")  # كانت في أيدي المتمردين: held by them


def past_holder(norm: str, t1: int, high: int, parties: Sequence[Party]) -> Party | None:
    """The side told after a take-control act as the one that held the place before, in a relative clause
    (استعادت مواقع كانت الميليشيات تسيطر عليها، قرى كانت تحت سيطرة التنظيم): the loser, actor 2; else None."""
    after = [p for p in parties if t1 <= p.start < high]
    for party in after:
        told = _HELD_BEFORE.search(norm, max(t1, party.start - 30), party.start)
        if told and (_UNDER_HOLD.search(norm, told.start(), party.start) or _HOLDS_AFTER.match(norm, party.end)):
            return party
    first = after[0] if after else None  # استعادت قريتين خلال ساعات من ميليشيات الحوثي: من names the loser
    taken_from = _TAKEN_FROM.search(norm, max(t1, first.start - 6), first.start) if first else None
    if taken_from and first.start - t1 <= 45 and not _NEAR_FROM.search(norm, t1, taken_from.start()):
        return first
    return None


_TAKEN_FROM = re.compile(r"(?<![\u0621-\u064a])من\s+(?:ايدي\s+|قبضه\s+)?(?:ال|لل)?$")
# A part of a side or a nearness before من (وحدات من القوات الخاصة، مسلحون من داعش، قريبة من): no loser.
_NEAR_FROM = re.compile(
    r"(?<![\u0621-\u064a])[وفب]?(?:ال)?(?:قريب|قريبه|بالقرب|مقربه|اقترب|اقتربت|مزيد|عدد|عشرات|مئات|الاف|كل|اي|بعض"
    r"|جزء|وحدات|وحده|عناصر|افراد|قوات|قوه|مجموعه|مجموعات|فرق|فرقه|كتيبه|كتائب|سريه|سرايا|دوريه|دوريات|جنود"
    r"|مقاتلين|مقاتلو|مقاتلون|مسلحين|مسلحون|مسلحو|رجال|ابطال|افراد|لواء|الويه)\s+$"
)
