"""An attack repelled: a verb of repelling before a generic attack noun (صدت المقاومة هجوما للحوثيين، تصدى الجيش
لهجمات المسلحين، صد سلسلة هجمات كبيرة). Its target fought back, so ACLED codes a battle (armed clash), not
violence against civilians; ``kinds.target_before`` reads it as a told target."""

from __future__ import annotations

import re

from helpers.text.arabic import AR

# The verb, then at most 40 characters of its clause (its subject, a place, سلسلة) up to the attack noun.
_REPELLING = re.compile(
    rf"(?<![{AR}])[وف]?(?:صد|صدت|صدوا|يصد|تصد|يصدون|نصد|تصدت|تصدي|تصدوا|يتصدي|تتصدي|التصدي|لصد|بصد|وصد)(?![{AR}])"
    rf"[^.،,؛\n]{{0,40}}$"
)
_REACH = 55


def repelled(norm: str, at: int) -> bool:
    """Whether the generic attack whose trigger starts at ``at`` in ``norm`` is the object of a verb of repelling."""
    return bool(_REPELLING.search(norm, max(0, at - _REACH), at))
