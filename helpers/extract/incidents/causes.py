"""The attack that caused a killing, told after it with its doer (قتل 45 مسلحا جراء هجمات شنها التنظيم، قتل ثلاثة جنود
في هجوم للحوثيين، لقي جندي مصرعه إثر هجوم مسلحين على حاجز): the doer of the attack is the killing's actor 1."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

Party = Any  # a ``sides.Party``

# A killing told with the attack that caused it and that attack's doer in a relative clause (قتل 45 مسلحا جراء هجمات
# شنها التنظيم، مقتل طفل في قصف نفذته فصائل معارضة): the doer of the attack is actor 1, the killed actor 2.
_CAUSE = re.compile(
    r"(?<![\u0621-\u064a])(?:(?:جراء|اثر|بسبب|نتيجه|في|خلال)\s+|ب)(?:ال)?(?:هجوم|هجمات|هجوما|قصف|غاره|غارات|ضربه"
    r"|ضربات|تفجير|تفجيرات|اعتداء|اعتداءات|عمليه|عمليات|كمين|كمائن)(?:\s+[\u0621-\u064a]+)?\s+(?:شنه|شنها|شنته"
    r"|شنتها|شنوه|شنوها|نفذه|نفذها|نفذته|نفذتها|نفذوه|نفذوها|نصبه|نصبها|نصبته|نصبتها|نصبوه|نصبوها|تبناه|تبناها|تبنته"
    r"|تبنتها|تبنوه)\s+"
)
# The same attack with its doer in a genitive behind ل (قتل ثلاثة جنود في هجوم للحوثيين، جراء قصف مدفعي لقوات النظام).
_CAUSE_OF = re.compile(
    r"(?<![\u0621-\u064a])(?:(?:جراء|اثر|بسبب|نتيجه|في|خلال)\s+|ب)(?:ال)?(?:هجوم|هجمات|هجوما|قصف|غاره|غارات|ضربه"
    r"|ضربات|تفجير|تفجيرات|اعتداء|اعتداءات|كمين|كمائن)(?:\s+(?!ل)[\u0621-\u064a]+)?\s+(?=[وف]?ل)"
)
# The same attack in construct with its doer, an attack noun whose target follows على (إثر هجوم مسلحين على حاجز، في
# هجوم المسلحين): the genitive of هجوم/اعتداء/كمين is who attacked; or the doer's undertaking (إثر قيام مجهولين
# بإطلاق النار عليه).
_CAUSE_OWNER = re.compile(
    r"(?<![\u0621-\u064a])(?:(?:جراء|اثر|بسبب|نتيجه|في|خلال|بعد|عقب)\s+|ب)(?:(?:هجوم|هجمات|اعتداء|اعتداءات|كمين|كمائن)"
    r"|قيام)\s+(?=[\u0621-\u064a])"
)
KILLING = ("قتل",)  # the action of قتل and مقتل
_CAUSE_CHARS = 60  # how far after the killing the attack may be told


def caused_by(norm: str, trigger: Any, t1: int, high: int, after: Sequence[Party]) -> re.Match[str] | None:
    """The relative light verb of the attack that caused a killing (``_CAUSE``) when a party follows it right
    away: its match, read as a passive's agent; else None."""
    if trigger.action not in KILLING:
        return None
    match = _cause_match(norm, trigger, t1, high, after)
    return None if match is None or _own_subject(norm, trigger, t1, match.start(), after) else match


def _own_subject(norm: str, trigger: Any, t1: int, cause: int, after: Sequence[Party]) -> bool:
    """Whether an active killing verb has its own subject and object before the attack (قتلت القوات العراقية خمسة
    مسلحين عقب هجوم مسلحين: the forces killed, the attack is only when): two parties, not joined by و."""
    told = [p for p in after if t1 <= p.start and p.end <= cause]
    if trigger.pos != "verb" or len(told) < 2:
        return False
    gap = norm[told[0].end : told[1].start].strip()
    return not gap.startswith(("و", "،", ","))


def _cause_match(norm: str, trigger: Any, t1: int, high: int, after: Sequence[Party]) -> re.Match[str] | None:
    """The first reading of ``caused_by`` that fits, or None."""
    cause = _CAUSE.search(norm, t1, min(high, t1 + _CAUSE_CHARS + 40))
    if cause is not None and cause.start() - t1 <= _CAUSE_CHARS and any(p.start == cause.end() for p in after):
        return cause
    cause = _CAUSE_OF.search(norm, t1, min(high, t1 + _CAUSE_CHARS + 40))  # في هجوم للحوثيين: the doer behind ل
    if cause is not None and cause.start() - t1 <= _CAUSE_CHARS:
        return cause if any(0 <= p.start - cause.end() <= 2 and p.kind != "civilian" for p in after) else None
    cause = _CAUSE_OWNER.search(norm, t1, min(high, t1 + _CAUSE_CHARS + 40))  # إثر هجوم مسلحين: its genitive
    if cause is None or cause.start() - t1 > _CAUSE_CHARS:
        return None
    return cause if any(p.start == cause.end() and p.kind != "civilian" for p in after) else None


# Right before a killing: its result clause (مما أدى إلى مقتل، ما أسفر عن مقتل، وراح ضحيتها): the killing is the
# result of the act told before it in its sentence (انتحاريا فجر نفسه في سوق ... مما أدى إلى مقتل ستة أشخاص).
_RESULT = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:مما|ما)?\s*(?:ادي|ادت|اسفر|اسفرت)\s+(?:الي|ل|عن)\s*$"
    r"|(?<![\u0621-\u064a])[وف]?راح\s+(?:ضحيتها|ضحيته|ضحيتهم)\s+$"
)
_RESULT_CHARS = 30  # how far before the killing its result verb may start
_ACT_CHARS = 220  # how far back in its sentence the act may be told


def told_before(norm: str, start: int, low: int) -> tuple[int, int]:
    """The span of the sentence before a killing at ``start`` told as a result (``_RESULT``), where the act that
    caused it is told (its weapon is the killing's), or an empty span."""
    found = _RESULT.search(norm, max(low, start - _RESULT_CHARS), start) if start >= 0 else None
    return (max(low, found.start() - _ACT_CHARS), found.start()) if found else (0, 0)
