"""Members of a side and words that only look like one (``sides``, ``ranker_naming``), on any party with a span
and a name (``sides.Party``):

- the dead counted by a member word right before a group or forces (12 عنصرا من داعش، قائد حوثي، عشرة من رجال
  الأمن) are that group's or those forces' men, not civilians; policemen counted (قتل شرطيان) are the police;
- مسلح right after an act noun (هجوم مسلح، اشتباك مسلح، سطو مسلح) is the act's adjective, not an armed side;
- a militia led by a person (الميليشيات التي يقودها إبراهيم الجضران) is ACLED's ``Militia (<person>)``;
- a side told among the dead before an act noun (قتل أربعة جنود خلال المعارك) is that act's actor 2, not its doer;
- the subject of a verb of condemning before an act noun (أدان مجلس الوزراء تفجير المسجد) is no side of the act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from helpers.extract.incidents.naming import forces_label
from helpers.resources.actor_tables import nationalities
from helpers.text.normalize import name_key, normalize_letters

Party = Any  # a ``sides.Party`` (start, end, name, english, kind, actor_type, country)
AR = "\u0621-\u064a"

# What may stand between the dead's member word and the group they belong to (عنصرا من داعش، قائد حوثي، قياديا في
# جماعة الحوثي): nothing but من/في, an opening quotation mark, or an adjective of the member word (بارز).
_OF_GROUP = re.compile(r"\s+(?:(?:بارز|بارزا|كبير|كبيرا|ميداني|ميدانيا)\s+)?(?:(?:من|في)\s+)?[\"«“]?\s*")
_MEMBER_WORD = re.compile(
    rf"(?<![{AR}])[وف]?(?:ال)?(?:عنصر|عنصرا|عنصرين|عنصران|عناصر|قيادي|قياديا|قياديين|قيادات|قائد|قائدا|قاده|زعيم"
    rf"|امير|اميرا|عضو|عضوا|اعضاء|افراد|افرادا|مقاتل|مقاتلا|مقاتلين|منتسبي|رجال|رجل|رجلا)$"
)


def dead_group(norm: str, dead: Party, parties: Sequence[Party]) -> Party | None:
    """The group or forces a count of dead belongs to when the count ends in a member word followed right away by
    them (تصفية 12 عنصرا من داعش، مصرع قائد حوثي) or read with it as one name (عشرة من رجال الأمن): that party at
    the dead's span; else None."""
    if dead.start < 0:
        return None
    end = _who_end(norm, dead)  # 12 من رجال الأمن، وثلاثة من العاملين: the count's first noun, not the list's end
    if not _MEMBER_WORD.search(norm, dead.start, end):
        return None
    for party in sorted(parties):
        if party.kind == "civilian" or party.end <= end or party.start < dead.start:
            continue
        if party.start < end or _OF_GROUP.fullmatch(norm, end, party.start):
            return party._replace(start=dead.start, end=party.end)
        return None
    return None


def _who_end(norm: str, dead: Party) -> int:
    """Where the noun a count of dead names (``dead.name``, one word) ends in its span: the span may run on over a
    list of other dead (12 من رجال الأمن، وثلاثة من العاملين); the span's end when the noun is not found in it."""
    if " " in dead.name or not dead.name:
        return dead.end
    word = normalize_letters(dead.name)
    found = next((m for m in _WORD.finditer(norm, dead.start, dead.end) if m.group(0).lstrip("وف") == word), None)
    return found.end() if found else dead.end


_WORD = re.compile(rf"[{AR}]+")


# The police counted among the dead (قتل شرطيان، مقتل شرطي تركي): ACLED's police forces of the event's country.
_POLICEMEN = frozenset({"شرطي", "شرطيا", "شرطيان", "شرطيين", "شرطيون", "الشرطي", "الشرطيين"})


def dead_police(norm: str, dead: Party) -> Party | None:
    """The dead counted as policemen (قتل شرطيان في هجوم) as the police, a state's side, of the country their
    nationality names (شرطي تركي: Police Forces of Turkey); else None."""
    words = dead.name.split()
    if not words or words[-1].lstrip("وف") not in _POLICEMEN:
        return None
    told = _POLICEMAN.search(norm, max(0, dead.start), max(0, dead.end)) if dead.end > 0 else None
    after = _NEXT_WORD.match(norm, told.end()) if told else None
    former = after and (after.group(1) in _FORMER or (after.group(1) in _FORMER_ACC and told.group(0).endswith("ا")))
    if former and not _POLICEMAN.search(norm, after.end(), after.end() + _SERVING_CHARS):
        return None  # شرطي سابق، شرطيا سابقا: a former policeman is a civilian (not وقتل شرطيان سابقا: earlier)
    nationality = nationalities().get(name_key(after.group(1))) if after else None
    if nationality is None:
        return dead._replace(english="police", kind="state")
    label = forces_label("police", nationality.country)
    return dead._replace(english=label or "police", kind="state", country=nationality.country)


_NEXT_WORD = re.compile(rf"\s+([{AR}]+)")
_FORMER = frozenset({"سابق", "سابقان", "سابقين", "متقاعد", "متقاعدان", "متقاعدين"})
_FORMER_ACC = frozenset({"سابقا", "متقاعدا"})  # after a nominative (قتل شرطيان سابقا) سابقا is "earlier"
_SERVING_CHARS = 25  # قتل شرطي سابق وشرطي آخر في الخدمة: a serving policeman among the dead too
_POLICEMAN = re.compile(rf"(?<![{AR}])[وف]?(?:{'|'.join(sorted(_POLICEMEN, key=len, reverse=True))})(?![{AR}])")


# An act noun right before مسلح: the act's adjective (هجوم مسلح، هجوما مسلحا، اشتباك مسلح، سطو مسلح، تمرد مسلح).
_ACT_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:هجوم|هجوما|هجمات|هجوميه|اشتباك|اشتباكا|اشتباكات|سطو|عمل|عملا|اعمال|تمرد|تمردا|نزاع"
    rf"|صراع|اعتداء|اعتداءات|كفاح|تدخل|تدخلا|حادث|حادثه|هجمه|مواجهه|مواجهات|صدام|صدامات|اقتحام|رد|ردا|كمين|كمينا"
    rf"|عمليه|عمليات)\s+$"
)
_ARMED_ADJECTIVE = frozenset({"مسلح", "مسلحا"})  # not مسلحين: هجوم مسلحين is the gunmen's attack


def act_adjective(norm: str, party: Party) -> bool:
    """Whether a party is مسلح told right after an act noun (هجوم مسلح على دورية): the act's adjective, no side."""
    written = norm[party.start : party.end].strip()
    if party.kind != "armed" or written not in _ARMED_ADJECTIVE:
        return False
    return bool(_ACT_BEFORE.search(norm, max(0, party.start - 14), party.start))


def led(norm: str, parties: list[Party]) -> list[Party]:
    """A militia led by a person (الميليشيات التي يقودها إبراهيم الجضران، ميليشيات، يقودها X) is ACLED's
    ``Militia (<person>)``; a named force led by him (الجيش الليبي بقيادة حفتر) stays that force."""
    out: list[Party] = []
    skip = -1
    for i, party in enumerate(parties):
        if i == skip:
            continue
        leader = parties[i + 1] if i + 1 < len(parties) else None
        militia = party.kind == "armed" or (party.actor_type == "armed_group" and party.english == party.name)
        if (
            militia
            and leader is not None
            and leader.actor_type == "person"
            and _LED.fullmatch(norm, party.end, leader.start)
        ):
            name, english = f"ميليشيا {leader.name}", f"Militia ({leader.english})"
            led_by = {"name": name, "english": english, "kind": "armed", "actor_type": "armed_group"}
            out.append(party._replace(end=leader.end, country=leader.country, **led_by))
            skip = i + 1
            continue
        out.append(party)
    return out


_LED = re.compile(
    r"\s*[،,]?\s*(?:(?:الذي|التي|الذين)\s+)?(?:يقودها|تقودها|يقوده|تقوده|يتزعمها|يتزعمه|بقياده|بزعامه)\s+"
)


def dead_before_act(
    norm: str, span: tuple[int, int], parties: Sequence[Party], found: tuple[Party, Party], nobody: Party
) -> tuple[Party, Party]:
    """The sides of an act noun whose actor 1 is told among the dead before it (قتل أربعة جنود أوكرانيين خلال
    المعارك، 260 مقاتلا من حزب العمال قتلوا خلال الغارات التركية، قتل 4 حوثيين بعد هجوم للمقاومة): that side is
    actor 2, its loss; the doer is the subject of an active killing verb before it (قتل الجيش 10 مسلحين في غارات),
    else a side between the cause word and the act or right after the act (هجوم للمقاومة), else none."""
    actor1 = found[0]
    t0, t1 = span
    if found[1].name and found[1].start >= t1 and _WITH.fullmatch(norm, t1, found[1].start):
        return found  # خلال اشتباكات مع هيئة تحرير الشام: both sides of the battle named, neither only its loss
    if not actor1.name or actor1.start < 0 or actor1.end > t0 or "civilian" in (actor1.kind, actor1.actor_type):
        return found  # the civilians killed before an act: the side rules' victims already
    if actor1.actor_type == "person":
        return found  # مقتل زعيم القاعدة عطية الشاعري: a named man stands for his side (``persons``)
    death = _DEATH.search(norm, max(0, actor1.start - _DEATH_CHARS), t0)
    cause = next(reversed(list(_CAUSE.finditer(norm, actor1.end, t0))), None)
    if death is None or cause is None or t0 - cause.end() > _CAUSE_CHARS:
        return found
    if _ATTACKERS.search(norm, death.start(), cause.start()) or _THEIR_ACT.match(norm, cause.end()):
        return found  # قتل 3 انتحاريين خلال هجوم، خلال هجومهم، هجوم شنوه: the dead are the attackers
    after = death.start() >= actor1.end
    if after and (death.start() - actor1.end > _VERB_GAP or death.group(0).lstrip("وف") in _DEATH_NOUNS):
        return found  # أعلن الجيش مقتل زعيمهم خلال المعارك: the dead are the noun's, actor 1 announces
    if any(actor1.end <= p.start and p.end <= cause.start() for p in parties):
        return found  # قتل الجيش 10 مسلحين خلال اشتباكات: actor 1 is the subject, its object the dead
    subject = [p for p in parties if death.end() <= p.start and p.end <= actor1.start]
    told = [p for p in parties if cause.end() <= p.start and p.end <= t0]
    told += [p for p in parties if t1 <= p.start <= t1 + _DOER_GAP and _OF.fullmatch(norm, t1, p.start)]
    active = subject and death.start() < actor1.start and _KILLED.fullmatch(death.group(0))
    doer = subject[0] if active else (told[0] if told else nobody)
    return (doer if doer.name != actor1.name else nobody), actor1


def own_dead(norm: str, t1: int) -> bool:
    """Whether a death noun ending at ``t1`` is followed by a member of a side with a pronoun of that side (مقتل
    زعيمه، مصرع أحد قادتها، مقتل عدد من عناصره): the side named before the noun is the one that lost him."""
    if not _OWN_MEMBER.match(norm, t1):
        return False
    clause = re.split(r"[.،؛]", norm[t1 : t1 + _OWN_CHARS], maxsplit=1)[0]
    return not _OWN_ATTACK.search(clause)  # أقر الجيش بمقتل أحد جنوده خلال هجوم شنه على مسلحين: it attacked


_OWN_CHARS = 80
# The side's own attack told after its dead: a light verb with the side as its pronoun subject, a preposition next.
_OWN_ATTACK = re.compile(
    rf"(?<![{AR}])(?:شنه|شنها|شنته|شنتها|نفذه|نفذها|نفذته|نفذتها|قاده|قادها|قادته|شنوه|نفذوه)\s+(?:علي|ضد|في)(?![{AR}])"
)


_OWN_MEMBER = re.compile(
    rf"\s+(?:(?:احد|اثنين من|عدد من|عدد)\s+)?(?:زعيم|قائد|قاده|قيادي|قياديي|قيادات|عناصر|عنصر|عنصري|مقاتلي|افراد|امير"
    rf"|مسؤول|رئيس|ضابط|ضباط|جنود|جندي|اعضاء|عضو)(?:ه|ها|هم|هما)(?![{AR}])"
)


def dead_told_before(norm: str, span: tuple[int, int], parties: Sequence[Party], actor1: Party) -> Party | None:
    """The side told dead right before an act noun whose doer follows it (لقي أربعة حوثيين مصرعهم في كمين للمقاومة،
    قتل ثلاثة جنود جراء كمين نصبه مسلحون): that side, the act's target; None when the doer is not after the act, or
    no armed side or forces are told between a death word and the cause word before it."""
    t0, t1 = span
    if actor1.start < t1:
        return None
    cause = next(reversed(list(_CAUSE.finditer(norm, max(0, t0 - _CAUSE_CHARS), t0))), None)
    if cause is None:
        return None
    dead = [
        p
        for p in parties
        if p.end <= cause.start() and cause.start() - p.end <= _CAUSE_CHARS and p.name != actor1.name
        and "civilian" not in (p.kind, p.actor_type) and p.kind != "place"
    ]  # fmt: skip
    if not dead or not _DEATH.search(norm, max(0, dead[-1].start - _DEATH_CHARS), dead[-1].start):
        return None
    return dead[-1]


_DEATH = re.compile(rf"(?<![{AR}])[وف]?(?:قتل|قتلوا|قتلا|قتلت|سقط|سقطوا|لقي|لقوا|مقتل|مصرع|استشهد|استشهدوا)(?![{AR}])")
_DEATH_NOUNS = frozenset({"مقتل", "مصرع"})
_VERB_GAP = 12  # 260 مقاتلا من حزب العمال قتلوا: the dead side's verb right after it
_KILLED = re.compile(r"[وف]?(?:قتل|قتلت)")  # a verb that may have a subject before its object (not مقتل X)
_DEATH_CHARS = 30  # a count and a member word may stand between the death word and the side (قتل أربعة جنود)
# The word that ties the dead to the act that killed them (خلال المعارك، بعد هجوم، إثر استهداف، جراء القصف).
_CAUSE = re.compile(rf"(?<![{AR}])(?:خلال|في|جراء|اثر|بعد|عقب|نتيجه|بسبب)(?![{AR}])")
_CAUSE_CHARS = 30  # خلال أسبوع من الغارات: a span of time may stand between the cause word and the act
_DOER_GAP = 12  # هجوم للمقاومة: the doer's ل-genitive right after the act
_OF = re.compile(r"\s*(?:ل|لل)?")  # not مع/ضد المتشددين: the opponent
# The opponent of a battle told right after it (خلال اشتباكات عنيفة مع X، خلال عملية عسكرية ضد X).
_WITH = re.compile(rf"(?:\s+[{AR}]+)?\s+(?:مع|ضد)\s+")
# The dead named as the attackers (انتحاريين، انغماسيين، المهاجمين), or the act told as theirs (هجومهم، هجوم شنوه).
_ATTACKERS = re.compile(rf"(?<![{AR}])[وف]?(?:ال)?(?:انتحاري|انغماسي|مهاجم)(?:ا|ان|ين|ون)?(?![{AR}])")
_THEIR_ACT = re.compile(
    rf"\s+[وبل]?(?:هجوم|هجمات|اعتداء|اعتداءات|عمليت|عمليات|تقدم|محاولت|اقتحام|تسلل)(?:هم|هما)(?![{AR}])"
    rf"|\s+[{AR}]+\s+(?:الذي\s+)?(?:شنوه|نفذوه|شنوها|نفذوها)(?![{AR}])"
)


def condemner(norm: str, t0: int, actor1: Party) -> bool:
    """Whether ``actor1`` of an act noun at ``t0`` is the subject of a verb of condemning or denouncing told right
    before it (أدان مجلس الوزراء تفجير المسجد، نددت الخارجية بشدة بالهجوم): the condemner, no side of the act."""
    if actor1.start < 0 or actor1.end > t0 or t0 - actor1.end > _CONDEMNED_GAP:
        return False
    return bool(_CONDEMN.search(norm, max(0, actor1.start - _CONDEMN_CHARS), actor1.start))


def condemners_own(norm: str, t1: int) -> bool:
    """Whether an act noun ending at ``t1`` is followed by a reference back to its condemner (أدان الجيش الاعتداء
    على دورية تابعة له، الهجوم على جنوده، على قواتها): the condemner is then the act's actor 2, its victim."""
    return bool(_OWN.search(norm, t1, t1 + _OWN_CHARS))


_OWN = re.compile(
    rf"(?<![{AR}])(?:تابع|تابعه|تابعين|تابعون)\s+ل(?:ه|ها|هم)(?![{AR}])"
    rf"|(?<![{AR}])[وبل]?(?:جنود|قوات|عناصر|افراد|دوريت|دوريات|مواقع)(?:ه|ها|هم)(?![{AR}])"
)
_OWN_CHARS = 30


_CONDEMN = re.compile(
    rf"(?<![{AR}])[وف]?(?:ادان|ادانت|دان|دانت|ندد|نددت|استنكر|استنكرت|شجب|شجبت|يدين|تدين|يستنكر|تستنكر)\s+$"
)
_CONDEMN_CHARS = 12
_CONDEMNED_GAP = 25  # بشدة، بأشد العبارات between the condemner and the act


def suspected(norm: str, parties: list[Party]) -> list[Party]:
    """People told with the group they are held to belong to (17 شخصا يشتبه في انتمائهم لتنظيم داعش، أشخاص مشتبه
    بانتمائهم إلى حزب العمال، سبعة أشخاص ينتمون إلى الجماعة): that group, at the people's span (ACLED names the
    arrested by their group, not as civilians); the group's own mention is folded into it."""
    found, skip = [], set()
    for i, p in enumerate(parties):
        if i in skip:
            continue
        group = parties[i + 1] if i + 1 < len(parties) else None
        civil = _CIVILIAN_WORD.match(norm, p.start)  # مدنيين ينتمون إلى عشيرة: civilians all the same
        if p.kind == "civilian" and not civil and group is not None and _group(group):
            link = _SUSPECTED.match(norm, p.end)
            if link and group.start - link.end() <= _SUSPECTED_GAP and group.start >= link.end():
                found.append(group._replace(start=p.start))
                skip.add(i + 1)
                continue
        found.append(p)
    return found


def _group(party: Party) -> bool:
    """Whether a party is a named armed group or party (one people may be held to belong to)."""
    return party.kind == "named" and party.actor_type in ("armed_group", "party")


# After the people: a word of suspicion or charge, then of belonging (يشتبه في انتمائهم لـ، مشتبها بصلتهم بـ،
# بتهمة الانتماء إلى، المتهمين بالانتماء لـ), or ينتمون/المنتمين (إلى); then the group.
_SUSPECTED = re.compile(
    rf"[\s،,]*(?:(?:ممن|الذين|من)\s+)?(?:(?:[وف]?(?:يشتبه|مشتبه|مشتبها|مشتبهين|المشتبه|يعتقد|متهمين|متهما|متهم"
    rf"|المتهمين|بتهمه|بتهم)(?:\s+(?:في|بهم|فيهم|به|فيه))?\s+)?(?:ب|في\s+)?(?:ال)?(?:انتمائهم|انتمائه|انتماء|انتماءهم"
    rf"|صلتهم|صلته|ارتباطهم|ارتباطه|انتسابهم|انتسابه)|ينتمون|ينتمي|المنتمين|منتمين)(?![{AR}])"
)
_CIVILIAN_WORD = re.compile(rf"[وف]?(?:ال)?مدني(?:ين|ون|ان|ا)?(?![{AR}])")
_SUSPECTED_GAP = 12  # إلى تنظيم، لـ«: the preposition and the group's head word before the name


# After a verb of finding, the bodies found (عثرت الشرطة على جثتي عنصرين، عثر على جثث): the finder did not kill them.
_BODIES = re.compile(
    rf"(?<![{AR}])علي\s+(?:ال)?(?:جثه|جثث|جثتي|جثتين|جثمان|جثامين|رفات)(?:\s+(?:مجهوله|مجهولي)\s+الهويه)?(?![{AR}])"
)
_FINDER_CHARS = 40  # the finder between the verb and على (عثرت قوات الشرطة العراقية على)
_DEAD_CHARS = 40  # the dead's side right after the bodies (جثتي عنصرين من قوات الصحوة)


def bodies_found(norm: str, t1: int, parties: Sequence[Party], nobody: Party) -> tuple[Party, Party] | None:
    """The sides of a finding verb ending at ``t1`` whose object is bodies (عثرت الشرطة على جثتي عنصرين من
    الصحوة): nobody known as actor 1 (whoever killed them; the finder only found them) and the side of the dead,
    told right after the bodies, as actor 2; None when no bodies follow the verb."""
    bodies = _BODIES.search(norm, t1, t1 + _FINDER_CHARS + 20)
    if bodies is None:
        return None
    dead = next((p for p in parties if bodies.end() <= p.start <= bodies.end() + _DEAD_CHARS), nobody)
    return nobody, dead


def nationality_of(words: str) -> str:
    """The country of the first nationality adjective among ``words`` (الإسرائيلية، إسرائيليين، the dual
    إسرائيليان by its singular), or ''."""
    table = nationalities()
    for word in words.split():
        nat = table.get(name_key(word))
        if nat is None and word.endswith(("يان", "يين")):
            nat = table.get(name_key(word[:-2]))
        if nat is not None:
            return nat.country
    return ""


def dead_before_verb(
    norm: str, span: tuple[int, int], before: Sequence[Party], after: Sequence[Party]
) -> tuple[Party | None, Party] | None:
    """The sides of a killing verb whose side told right before it is the dead (المسلحون الحوثيون قتلوا في مناطق
    متفرقة خلال مواجهتهم مع المقاومة: were killed), since the verb is followed by a preposition or a time word, not
    an object: actor 1 the side they fought (after مع/ضد), else none; actor 2 the dead's side. None otherwise
    (الجيش قتل 20 مسلحا: an object, the side before kills). After a comma (شرطي قتل، السبت، في هجوم) its object may
    follow the time, up to the cause's preposition."""
    t0, t1 = span
    if not before or before[-1].kind == "civilian" or norm[before[-1].end : t0].strip():
        return None
    free = _NO_OBJECT.match(norm, t1)
    if not _PLURAL_DEATH.fullmatch(norm, t0, t1) or not free:
        return None
    clause = _CLAUSE_END.search(norm, t1)
    end = clause.start() if clause else len(norm)
    stop = _OBJECT_END.search(norm, t1, end)
    end_object = stop.start() if stop else end
    if not free.group(0).strip(" ،,"):  # قتل، السبت، 20 مسلحا: after a comma, its object up to the cause's preposition
        cause = _CAUSE_AFTER.search(norm, t1, end)
        end_object = cause.start() if cause else end
    if _COUNTED.search(norm, t1, end_object) or any(
        t1 <= p.start < end_object and not _PREPOSITION_BEFORE.search(norm, max(t1, p.start - _FOUGHT_CHARS), p.start)
        for p in after
    ):  # الحوثيين قتلوا امس خمسة مدنيين، داعش قتلوا في الموصل عشرات المدنيين: an object after the time or place
        return None
    other = next(
        (p for p in after if p.start < end and _FOUGHT_BEFORE.search(norm, max(t1, p.start - _FOUGHT_CHARS), p.start)),
        None,
    )
    return other, before[-1]


# A killing verb after its side: قتل/قتلت may be active, then an object follows (الجيش قتل في الموصل 20 مسلحا).
_PLURAL_DEATH = re.compile(r"[وف]?(?:قتلوا|قتلا|قتل|قتلت)")
_NO_OBJECT = re.compile(
    rf"\s*[،,]|\s+(?:في|خلال|جراء|اثر|بعد|عند|عندما|امس|اليوم|الليله|صباح|مساء|فجر|بنيران|برصاص)(?![{AR}])"
)
_CLAUSE_END = re.compile(r"[.؛:]")
_CAUSE_AFTER = re.compile(rf"(?<![{AR}])(?:في|خلال|جراء|اثر|بعد|عند|عندما|بنيران|برصاص)(?![{AR}])")
_OBJECT_END = re.compile(r"،")
# A counted object of the verb (12 جنديا، عشرات المدنيين، سبعة من عناصر): the side before killed them.
_COUNTED = re.compile(
    rf"(?<![{AR}\d])(?:\d+|عشرات|مئات|الاف|اثنين|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|ثلاث|اربع|خمس|ست|سبع"
    rf"|ثماني|تسع|عشر|[اأ]حد|عدد[اًا]?)(?![{AR}])"
)
_PREPOSITION_BEFORE = re.compile(rf"(?<![{AR}])(?:مع|ضد|بين|من|في|على|عن|الى|لدى|بيد|يد)\s+$")
_FOUGHT_BEFORE = re.compile(rf"(?<![{AR}])(?:مع|ضد)\s+$")
_FOUGHT_CHARS = 8


def met_death(norm: str, t0: int, before: Sequence[Party]) -> Party | None:
    """The dead of a death noun told with لقي (لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم على يد المقاومة): the
    first side right after the verb, before the noun; None when the noun has no لقي before it (قُتل X برصاص is
    the verb's own)."""
    met = next(reversed(list(_MET.finditer(norm, max(0, t0 - _MET_CHARS), t0))), None)
    if met is None or not _MET_NOUN.match(norm, t0):  # لقي ... مصرعه/حتفه; not لقيت دعوات الحكومة ترحيبا بعد مقتله
        return None
    return next((p for p in before if p.start >= met.end() and p.start - met.end() <= _MET_GAP), None)


_MET = re.compile(rf"(?<![{AR}])[وف]?(?:لقي|لقيت|لقوا|لقيا)(?![{AR}])")
_MET_NOUN = re.compile(r"[وف]?(?:مصرع|حتف)")  # the nouns لقي takes for a death
_MET_CHARS = 80  # the dead and their escorts between the verb and the noun (و12 من مرافقيه)
_MET_GAP = 12  # a member word before the side (قيادي حوثي، عناصر من داعش)
