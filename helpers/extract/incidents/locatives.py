"""Where a name stands as the place of an act, not a side: after a locative preposition (أمام المحكمة، قرب السفارة),
except أمام after a withdrawal or retreat (انسحب المسلحون أمام القوات: "in the face of", a side)."""

from __future__ import annotations

import re
from typing import Any

# A locative preposition before a name (تظاهروا أمام المحكمة، قرب السفارة الأمريكية): the place of the act, not a side.
_LOCATIVE = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:امام|قرب|بالقرب من|خارج|مقابل|قبالة|قباله)\s+$")
# After a withdrawal or retreat (انسحب المسلحون أمام القوات العراقية), أمام is "in the face of": its noun is a side.
_RETREAT_BEFORE = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:انسحب|انسحبت|انسحبوا|انسحاب|تراجع|تراجعت|تراجعوا|فر|فرت|فروا|فرار|انهار|انهارت"
    r"|انهيار|تقهقر|تقهقرت|صمد|صمدت|صمدوا|صمود)(?![\u0621-\u064a])"
)


def locative(norm: str, party: Any) -> bool:
    """Whether a locative preposition stands right before ``party`` (أمام المحكمة): the act's place, not a side;
    not أمام after a withdrawal or retreat told in the 60 characters before it (انسحبوا أمام القوات: a side)."""
    before = _LOCATIVE.search(norm, max(0, party.start - 12), party.start)
    if before is None:
        return False
    return not (norm[before.start() :].lstrip("وف").startswith("امام") and _retreat(norm, before.start()))


def _retreat(norm: str, at: int) -> bool:
    """Whether a withdrawal or retreat word stands within the 60 characters before ``at`` in its clause."""
    window = norm[max(0, at - 60) : at]
    window = re.split(r"[.،؛]", window)[-1]
    return _RETREAT_BEFORE.search(window) is not None
