"""A projectile that fell or struck, told by the projectile (سقوط مقذوف عسكري من داخل الأراضي اليمنية، سقط صاروخ على
سديروت، صاروخان سقطا قرب المطار، أصيب مقيمان بشظايا مقذوف، مقذوفات أطلقتها عناصر حوثية): ACLED's shelling, artillery
or missile attack, its launcher often unnamed. The bare nouns (صاروخ، مقذوف) are rows of the trigger table
(``action_en`` ``PROJECTILE_FELL``); read by ``nonevents.other_use``, a noun with no fall, hit or launch around it is a
weapon talked about (صفقة صواريخ، منظومة صواريخ، برنامج الصواريخ الباليستية), no event."""

from __future__ import annotations

import re

from helpers.extract.incidents.vocabulary import Trigger, bare
from helpers.text.arabic import AR

PROJECTILE_FELL = "projectile fell"  # the ``action_en`` of the bare nouns in the trigger table
FIRED_AT = "fired at"  # the ``action_en`` of the bare launch verbs (أطلق، أطلقت …) in the trigger table

_WORD = r"[^\s.،,؛:؟!]+"
# Before the noun, a count or a word or two between (سقوط ثلاثة صواريخ، سقوط عدد من المقذوفات، تعرض المركز لمقذوفات):
# a fall, splinters, a hit suffered or caused (شظايا، تعرض ل، أصيب ب، جراء، إثر).
_FALL = (
    r"(?:سقط|سقطت|سقطا|سقوط|يسقط|تسقط|تساقط|تساقطت|تساقطه|شظايا|شظيه|تعرض|تعرضت|تعرضا|تعرضه|تعرضها|اصيب|اصيبت"
    r"|اصيبوا|اصابه)"
)
# A cause right before the noun only (جراء صاروخ، بفعل الصواريخ; إثر، أثر one spelling: indefinite only): with words
# between it is a cause of something else (جراء تهديدات الصواريخ، أثر الصواريخ الدقيقة على الردع).
_CAUSE = r"(?:(?:جراء|بفعل)\s+(?:ال)?|اثر\s+)"
FALL_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:{_FALL}(?![{AR}])(?:\s+{_WORD}){{0,3}}?\s+(?:[وف]?(?:بال|لل|ال|ب|ل))?|{_CAUSE})$"
)
# After it in its clause: its fall, its launch or where it came from (صاروخان إسرائيليان سقطا، مقذوف أطلق من داخل
# الأراضي اليمنية، صاروخ أطلقه الحوثيون، مقذوف عسكري من داخل الحدود).
# Not the present (صواريخ تطلق من الغواصات: what a weapon can do); من داخل for a مقذوف only (صاروخا من داخل منطقة
# الجزاء: a shot in football).
_AFTER = (
    r"(?:سقط|سقطت|سقطا|سقطوا|انفجر|انفجرت|انفجرا|اطلق|اطلقت|اطلقه|اطلقته|اطلقها|اطلقتها|اطلقوه|اطلقوها|اطلقا"
    r"|مصدره|مصدرها)"
)
FALL_AFTER = re.compile(rf"(?:\s+{_WORD}){{0,2}}?\s+{_AFTER}(?![{AR}])")
FROM_INSIDE = re.compile(rf"(?:\s+{_WORD}){{0,1}}?\s+من\s+داخل(?![{AR}])")
# A cargo, system or stock of projectiles (شحنة صواريخ مهربة من داخل ليبيا، منظومة صواريخ): a weapon talked about.
HELD = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:شحنه|شحنات|صفقه|صفقات|منظومه|منظومات|ترسانه|مخزن|مخازن|مستودع|مستودعات|برنامج"
    rf"|تجربه|تجارب|منصه|منصات|مصنع)\s+(?:ال|لل)?$"
)
_BEFORE_CHARS = 45  # a verb and three words
# A launch told before the noun, its launcher between (أطلقت الميليشيات الحوثية مقذوفا، أطلقوا اليوم عشرات الصواريخ،
# أطلق مسلحون صاروخين): past forms only (تطلق منها الصواريخ، يطلق عليه اسم: what is done or called, not an act).
LAUNCH_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:اطلق|اطلقت|اطلقوا|اطلقا|اطلقتا)(?![{AR}])(?:\s+{_WORD}){{0,4}}?\s+(?:[وف]?(?:بال|لل|ال|ب|ل))?$"
)
_LAUNCH_CHARS = 70  # the verb, its launcher and a time or a count
# A launch into space, a test, a drill or a shot in a game (أطلقت سبيس إكس صاروخ فالكون 9، قمرا صناعيا، تجربة إطلاق،
# خلال مناورات عسكرية، أطلق اللاعب صاروخا سكن الشباك): no attack.
NOT_FIRED = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:فضاء|قمر|قمرا|اقمار|مدار|فالكون|سبيس|مركبه|تجريبي|تجريبيا|تجربه|تجارب|اختبار"
    rf"|مناوره|مناورات|تدريبات|تمرين|تمارين|شباك|مرمي|مباراه)(?![{AR}])"
)
# A count before a definite plural (عشرات الصواريخ، عددا من الصواريخ): new projectiles, not the ones told before.
COUNTED = re.compile(rf"(?<![{AR}])(?:عشرات|مئات|الاف|عدد\s+من|عددا\s+من|بعض|مجموعه\s+من)\s+$")
# لم يسقط صاروخ واحد، دون سقوط صواريخ، نفى سقوط صاروخ: none fell
NEGATED = re.compile(rf"(?<![{AR}])[وف]?(?:لم|لن|لا|ما|دون|بدون|عدم|نفي|نفت|ينفي|تنفي|نفيه)\s+$")


def without_fall(norm: str, sentence: tuple[int, int], trigger: Trigger, span: tuple[int, int]) -> bool:
    """Whether a bare projectile noun (see the module) has no fall, hit or launch around it in its sentence (a
    definite one only after a fall: after it, its launch tells of one told before)."""
    if trigger.action_en != PROJECTILE_FELL:
        return False
    start, end = span
    s, e = sentence
    fall = FALL_BEFORE.search(norm, max(s, start - _BEFORE_CHARS), start)
    if fall:
        return bool(NEGATED.search(bare(norm[max(s, fall.start() - 10) : fall.start()])))  # لَم تسقط: marks too
    definite = norm[max(s, start - 2) : start] == "ال"
    launch = LAUNCH_BEFORE.search(norm, max(s, start - _LAUNCH_CHARS), start)
    if launch and (not definite or COUNTED.search(norm, max(s, start - 16), start - 2)):
        # أطلقت الميليشيات مقذوفا، أطلقوا عشرات الصواريخ; لم تطلق إيران صاروخا واحدا: none was
        negated = NEGATED.search(bare(norm[max(s, launch.start() - 10) : launch.start()]))
        return bool(negated or NOT_FIRED.search(norm, s, e))
    if definite or HELD.search(norm, max(s, start - 16), start):
        return True  # اعترضت الصاروخ الذي أطلق: the one told before; شحنة صواريخ: a cargo
    if _is_shell(norm, span) and FROM_INSIDE.match(norm[:e], end):
        return False  # مقذوفات من داخل الأراضي اليمنية
    return not FALL_AFTER.match(norm[:e], end)


def _is_shell(norm: str, span: tuple[int, int]) -> bool:
    """Whether the matched noun is a مقذوف (a word of military reports), not a صاروخ (also a shot in football)."""
    return bare(norm[span[0] : span[1]]).startswith("مقذوف")


# Fire after a launch verb, its shooter or target between (أطلق مجهولون النار، أطلقت قوات الاحتلال النار، أطلقوا عليه
# النار، وأطلق الخاطفون الرصاص): a shooting. Right after the verb it is a form of its own (أطلق النار); a shot in
# sport is a رصاصة (أطلق المهاجم رصاصة), not fire.
FIRE_AFTER = re.compile(rf"(?:\s+{_WORD}){{1,4}}?\s+(?:ال)?(?:نار|رصاص|نيران)(?![{AR}])")
# Fire in joy (أطلقوا النار في الهواء احتفالا، في حفل زفاف): no shooting.
JOY = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:احتفال|احتفالا|احتفالات|ابتهاجا|ابتهاج|زفاف|عرس|اعراس)(?![{AR}])")


def without_fire(norm: str, sentence: tuple[int, int], trigger: Trigger, span: tuple[int, int]) -> bool:
    """Whether a bare launch verb (``FIRED_AT``) has no fire after it in its clause (أطلقت حملة، أطلق سراح، أطلق
    النار: the last a form of its own), is negated or fires in joy (احتفالا، حفل زفاف): no shooting."""
    if trigger.action_en != FIRED_AT:
        return False
    start, end = span
    if NEGATED.search(bare(norm[max(sentence[0], start - 10) : start])):
        return True  # لم يطلق أحد النار
    return not FIRE_AFTER.match(norm[: sentence[1]], end) or bool(JOY.search(norm, sentence[0], sentence[1]))
