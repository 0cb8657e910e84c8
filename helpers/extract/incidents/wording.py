"""How a later mention of an event is worded, for ``retold``: a definite noun (الهجوم، بالتفجير: the act told
before), a demonstrative place after it (المعارك في هذا الحي: the place told before) or a sentence opened on a
place (وفي محافظة نينوى،: the wire's turn to another place).
"""

from __future__ import annotations

import re

from helpers.extract.incidents.scope import COLUMN
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters


def definite_noun(row: tuple) -> bool:
    """Whether a row's trigger is written as a definite noun in its sentence (الهجوم، بالتفجير، للغارات)."""
    sentence, trigger = normalize_letters(row[COLUMN["notes"]] or ""), normalize_letters(row[COLUMN["trigger"]] or "")
    if not trigger or " " in trigger:
        return False
    at = sentence.find(trigger)
    return at >= 0 and bool(_DEFINITE_BEFORE.search(sentence[max(0, at - 4) : at]))


_THIS_PLACE = re.compile(rf"\s+(?:في|ب|علي)\s*(?:هذا|هذه)\s+(?:ال)?[{AR}]+")


def this_place(row: tuple) -> bool:
    """Whether a row's trigger is followed by a demonstrative place (المعارك في هذا الحي، القصف على هذه المدينة)."""
    sentence, trigger = normalize_letters(row[COLUMN["notes"]] or ""), normalize_letters(row[COLUMN["trigger"]] or "")
    at = sentence.find(trigger) if trigger else -1
    return at >= 0 and bool(_THIS_PLACE.match(sentence, at + len(trigger)))


def fronted_place(row: tuple) -> bool:
    """Whether a row's sentence opens on a place before its trigger (وفي محافظة نينوى، تواصلت الاشتباكات): the
    wire's turn to another place, hence another event."""
    sentence, trigger = normalize_letters(row[COLUMN["notes"]] or ""), normalize_letters(row[COLUMN["trigger"]] or "")
    opened = _FRONTED_PLACE.match(sentence)
    return bool(opened) and trigger in sentence[opened.end() :]


_FRONTED_PLACE = re.compile(
    r"\s*[وف]?في\s+(?:محافظه|ولايه|منطقه|مدينه|ريف|قضاء|مديريه|اقليم|بلده|حي|شمال|جنوب|شرق|غرب)(?!["
    + AR
    + r"])[^،,.]{0,40}[،,]"
)


_DEFINITE_BEFORE = re.compile(rf"(?:^|[^{AR}])[وفبل]?ال$|(?:^|[^{AR}])[وف]?لل$")
