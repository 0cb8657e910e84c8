"""Forces entering a place told subject first (الجيش الليبي دخل أكبر أحياء درنة، قوات الأمن دخلت جامعة الأنبار،
المقاومة الشعبية نجحت في دخول التواهي): the verb or its masdar after the forces that enter, a few words of their name
between, or a verb of success (نجحت في، تمكنت من). The forms of the other order (دخلت القوات، دخول الجيش) are rows of
their own; the bare forms (``action_en`` ``FORCES_ENTERING``) are read by ``nonevents.other_use``: with no forces
right before them they tell no entry (دخل حيز التنفيذ، دخلت المستشفى، تمنع قوات حفظ السلام من دخول)."""

from __future__ import annotations

import re

from helpers.text.arabic import AR

FORCES_ENTERING = "forces entering"  # the ``action_en`` of the bare forms in the trigger table

_FORCES = r"(?:ال)?(?:جيش|قوات|مقاومه|وحدات|مسلحو|مسلحي|مقاتلو|مقاتلي|شرطه|كتيبه|ميليشيات|مليشيات)"
# A word of the forces' name: not a particle that makes them the object or the verb another's (من، عن، لم، أن...).
_NAME_WORD = rf"(?!(?:من|في|الي|علي|عن|لم|لن|لا|ان|انه|قد|ما|التي|الذي)(?![{AR}]))[^\s.،,؛:؟!]+"
_SUCCESS = r"(?:نجحت|نجح|نجحوا|تمكنت|تمكن|تمكنوا)\s+(?:في|من)\s+(?:ال)?"
_NAMED = rf"(?<![{AR}])[وف]?{_FORCES}(?![{AR}])(?:\s+{_NAME_WORD}){{0,4}}\s+"
FORCES_BEFORE = re.compile(_NAMED + "$")
# The masdar (دخول) only after a verb of success: else it is allowed, awaited or prevented (أتاحت دخول، بانتظار الدخول).
SUCCEEDED_BEFORE = re.compile(_NAMED + _SUCCESS + "$")
_FORCES_CHARS = 90  # how far before the verb its forces' noun may stand (five words)
# What the forces enter when it is no place: a state, talks, a phase, service or history (دخلت في حالة استنفار، دخلت
# في مفاوضات، دخل مرحلة جديدة، دخلت الخدمة، دخل على خط الأزمة); في عمق (deep into) is a place.
NO_PLACE_AFTER = re.compile(rf"[{AR}]*\s+(?:في(?!\s+عمق(?![{AR}]))|علي\s+(?:ال)?خط|حيز|مرحله|الخدمه|التاريخ)(?![{AR}])")


def without_forces(norm: str, sentence: tuple[int, int], action_en: str, start: int) -> bool:
    """Whether a bare entry form (see the module) has no forces right before it (a masdar: no forces and a verb of
    success): no entry of forces."""
    if action_en != FORCES_ENTERING:
        return False
    masdar = norm.startswith("دخول", start)
    if not masdar and NO_PLACE_AFTER.match(norm, start, sentence[1]):
        return True
    before = SUCCEEDED_BEFORE if masdar else FORCES_BEFORE
    return not before.search(norm, max(sentence[0], start - _FORCES_CHARS), start)
