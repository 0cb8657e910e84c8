"""An act attributed in a relative clause after it (هجوم نسب إلى تنظيم داعش، تمت نسبته إلى المتمردين): the cue
names the doer of the trigger's act only when no other act is told between them (ردا على هجمات نسبت إلى الهيئة) and
the armed side follows the cue right away (ينسب له التخطيط لهجمات حركة الشباب: not the planner's group)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from helpers.text.arabic import AR

Party = Any  # a ``sides.Party`` (start, end, name, english, kind, actor_type, country)

# An act's noun between the trigger and the cue; its frame (في هجوم، جراء تفجير، بهجوم) makes it the trigger's act.
_ACT = re.compile(
    rf"(?<![{AR}])[وف]?(?P<by>ب)?(?:ال)?(?:هجوم|هجمات|هجوما|هجمه|قصف|غاره|غارات|ضربه|ضربات|تفجير|تفجيرات|اعتداء"
    rf"|اعتداءات|عمليه|عمليات|كمين|كمائن|حادث|حادثه|انفجار)(?![{AR}])"
)
_FRAME = re.compile(r"(?:^|\s)[وف]?(?:في|جراء|اثر|بسبب|نتيجه|خلال)\s+$")
_DOER_GAP = 12  # a word of its men between (نسب إلى مسلحي التنظيم)


def attributed(norm: str, t1: int, cue: re.Match[str], after: Sequence[Party]) -> Party | None:
    """The armed party named right after the attribution ``cue`` told after the trigger ending at ``t1``, when the
    cue is the trigger's act's; else None."""
    acts = list(_ACT.finditer(norm, t1, cue.start()))
    if acts and not (acts[-1].group("by") or _FRAME.search(norm, max(0, acts[-1].start() - 12), acts[-1].start())):
        return None  # ردا على هجمات نسبت إلى: another act's attribution
    doer = next((p for p in after if p.start >= cue.end()), None)
    if doer is None or doer.start - cue.end() > _DOER_GAP:
        return None
    return doer if doer.kind == "armed" or doer.actor_type == "armed_group" else None
