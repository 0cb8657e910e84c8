"""Reinforcements struck (استهدفت الغارات تجمعات وتعزيزات للحوثيين، شنت غارات مستهدفة تعزيزات كبيرة، تدمير بعض
تعزيزاتهم): the target of a strike told beside them, not forces sent. The trigger table's
reinforcement nouns (``action`` تعزيز) make a strategic development of their own only when no strike verb or noun
stands a word or two before them; the strike's row reads their owner as its target (``clause_cues``)."""

from __future__ import annotations

import re

from helpers.text.arabic import AR

REINFORCEMENT = "تعزيز"  # the ``action`` of the reinforcement rows of the trigger table
_HIT = (
    r"استهدف|استهدفت|استهدفوا|يستهدف|تستهدف|مستهدفه|مستهدفا|استهداف|استهدافها|دمر|دمرت|دمروا|يدمر|تدمر|تدمير"
    r"|قصف|قصفت|قصفوا|ضرب|ضربت|(?:غارات|غاره|غارتين|ضربات|ضربه|هجمات|هجوم|هجوما)\s+(?:علي|ضد)"
)
# A strike word, then at most two words (الغارات تجمعات، بعض) before the reinforcement noun (and its و).
_STRUCK_BEFORE = re.compile(rf"(?<![{AR}])[وف]?(?:ال)?(?:{_HIT})(?:\s+[^\s.،؛:]+){{0,2}}\s+$")
_BEFORE_CHARS = 45


def struck(norm: str, start: int, action: str) -> bool:
    """Whether a reinforcement noun whose match starts at ``start`` is the target of a strike word before it."""
    return action == REINFORCEMENT and bool(_STRUCK_BEFORE.search(norm, max(0, start - _BEFORE_CHARS), start))
