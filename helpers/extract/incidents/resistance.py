"""Yemen's pro-Hadi ground fighters of 2015 as ACLED named them (the Yemeni Resistance), not the national army
rebuilt in 2016 (stop 31; moved out of roles.py with its sentence check)."""

from __future__ import annotations

import re

from helpers.extract.incidents.scope import COLUMN
from helpers.text.normalize import normalize_letters


def resistance_named(row: tuple, norm: str = "") -> tuple:
    """A battle of Yemen's war of 2015 against the Houthis or Saleh's forces (or no side yet, the Houthis filled in
    after) whose side is Yemen's forces told as no army (القوات الشرعية، القوات الموالية، الحكومة اليمنية for the
    fighters it backs; not الجيش اليمني/الوطني, an army's brigade or soldiers, told in the row's sentence, since the
    alias table writes every army alias as قوات الشرعية): the Yemeni Resistance, the name ACLED gave the pro-Hadi
    fighters before the national army was rebuilt in 2016 (not in 2014 or before: AQAP's or the Houthis' wars with
    the army)."""
    year = str(row[COLUMN["event_date"]] or "")[:4]
    if year != _RESISTANCE_YEAR:
        return row
    if _ARMY_TOLD.search(row_sentence(norm, row)):
        return row
    out = list(row)
    for (arabic, english), other in ((("actor1", "actor1_en"), "actor2_en"), (("actor2", "actor2_en"), "actor1_en")):
        army = _ARMY_WORD.search(normalize_letters(out[COLUMN[arabic]] or ""))
        foe = out[COLUMN[other]] or ""
        if out[COLUMN[english]] == _YEMEN_FORCES and not army and (not foe or foe.startswith(_RESISTANCE_FOES)):
            out[COLUMN[arabic]], out[COLUMN[english]] = _RESISTANCE
    return tuple(out)


def row_sentence(norm: str, row: tuple) -> str:
    """The sentence of a row's trigger in the article (empty when the row has no place in it)."""
    start, end = row[COLUMN["start"]], row[COLUMN["end"]]
    if not norm or not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(norm):
        return ""
    low = max((norm.rfind(mark, 0, start) for mark in ".!؟\n"), default=-1) + 1
    highs = [i for i in (norm.find(mark, end) for mark in ".!؟\n") if i >= 0]
    return norm[low : min(highs, default=len(norm))]


_RESISTANCE_YEAR = "2015"  # the year ACLED named Yemen's pro-government ground fighters the resistance
_YEMEN_FORCES = "Military Forces of Yemen"
_RESISTANCE = ("المقاومة الشعبية", "Yemeni Resistance")
_RESISTANCE_FOES = ("Houthis", "Saleh")  # the resistance's war; AQAP or IS fought the army's garrisons
_ARMY_WORD = re.compile(r"جيش|لواء|الويه|عسكري|حرس|جنود|جندي|جنديا")
# The army told in the row's sentence (الجيش اليمني، الجيش الوطني، اللواء 35، جنود): the alias table names it
# قوات الشرعية, so the row's Arabic name cannot tell it.
_ARMY_TOLD = re.compile(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال|لل)?(?:جيش|لواء|الويه|جنود|جندي|جنديا|حرس)(?![\u0621-\u064a])"
)


def coalition_on_ground(row: tuple, ally: tuple[str, str], enemy: tuple[str, str]) -> tuple:
    """A battle whose actor 1 is an air coalition (the Saudi-led one) with its own troops not named: its ally on the
    ground (``ally``: Arabic, English, the Yemeni resistance or army the article names) fought it, the way ACLED
    codes the war on the ground (the coalition's jets are no side of a battle); an actor 2 that was that ally is the
    war's enemy (``enemy``, the article's armed group) instead. The row as it is when no ally is named."""
    if row[COLUMN["event_type"]] != "Battles" or not _AIR_COALITION.search(str(row[COLUMN["actor1_en"]] or "")):
        return row
    if not ally[1] or _AIR_COALITION.search(ally[1]) or _STRIKE_WORD.search(str(row[COLUMN["trigger"]] or "")):
        return row  # الاستهداف الذي تم في صعدة: a strike told by a battle's word is the jets' own
    out = list(row)
    out[COLUMN["actor1"]], out[COLUMN["actor1_en"]] = ally
    if str(out[COLUMN["actor2_en"]] or "") in (ally[1], _YEMEN_FORCES, _RESISTANCE[1]):
        out[COLUMN["actor2"]], out[COLUMN["actor2_en"]] = enemy
    return tuple(out)


_AIR_COALITION = re.compile(r"Saudi-led|Arab coalition", re.IGNORECASE)
_STRIKE_WORD = re.compile(r"استهداف|قصف|غار|ضرب")
