"""ACLED's sides of a peaceful protest: the protesters, and a state force only when one steps in. A protest is told
with whom it addresses («تظاهر آلاف العراقيين أمام المحكمة»، «احتجاجات ضد ترامب»، «للمطالبة برحيل نكورونزيزا»):
that is its target, not a side. ACLED gives a protest an actor 2 only when a force intervenes (a protest with
intervention, excessive force against protesters), and that actor 2 is the force (ACLED codebook 2019, "Protests";
in the spent gold sets no peaceful protest of 72 has an actor 2, and each of the 30 with one names a force).

A row typed a peaceful protest loses an actor 2 that is no state force (``STATE_FORCE``: police, military or
security forces in ACLED's naming). A force is kept: when the sentence names one against the protest, the force is
most often the intervening side and only the sub-type is missed (تتظاهر ... عندما دفعها رجل شرطة).
"""

from __future__ import annotations

import re

from helpers.extract.incidents.scope import COLUMN

PEACEFUL = "Peaceful protest"
# ACLED's English names of a state's forces (Police Forces of Iraq, Military Forces of Israel) and the actors
# layer's generic ones (police, security forces, military forces).
STATE_FORCE = re.compile(r"\b(?:police|military|security)\b", re.IGNORECASE)


def peaceful_protest_sides(row: tuple) -> tuple:
    """A row typed a peaceful protest with an actor 2 that is no state force emptied; any other row as it is."""
    target, english = row[COLUMN["actor2"]] or "", row[COLUMN["actor2_en"]] or ""
    if row[COLUMN["sub_event_type"]] != PEACEFUL or not (target or english) or STATE_FORCE.search(english):
        return row
    out = list(row)
    out[COLUMN["actor2"]], out[COLUMN["actor2_en"]] = "", ""
    return tuple(out)
