"""A bomb's sides: a state's forces are not who planted it. An improvised explosive, a suicide bomb or a grenade
told beside the police or the army («حادث تفجير مسجد الطوارئ»، «المصابين من رجال الأمن في حادث تفجير») is an
attack on those forces, not by them: in the spent gold sets none of 270 such events has a state's police as its
actor 1, and one (an Israeli army demolition) has a state's military. Rows of those sub-event types whose actor 1
is a state force (``STATE_FORCE``) lose it: told by a forces noun it becomes actor 2 when none is named, else it
is dropped, and the bomber stays unnamed (ACLED's unidentified armed group) unless another rule names one. This is
done before an event told twice is merged (``retold``): rows of one bombing that named a condemning country or a
force as actor 1 are then one event.
"""

from __future__ import annotations

import re

from helpers.extract.incidents.protest_sides import STATE_FORCE
from helpers.extract.incidents.scope import COLUMN
from helpers.text.normalize import normalize_letters

BOMBS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
# A force told by its noun (قوات الطوارئ، رجال الأمن، الشرطة، الجيش، دورية): the bomb's target. A country named as
# its army (أدانت البحرين التفجير) is who condemns it, and is dropped.
_FORCES = re.compile(r"قوات|قوه|شرطه|شرطي|امن|جيش|جنود|جندي|عسكري|طوارئ|حرس|درك|دوريه|عناصر|رجال")


def bomb_sides(row: tuple) -> tuple:
    """A bombing row whose actor 1 is a state force with that force as its target (see the module); any other row
    as it is."""
    english = row[COLUMN["actor1_en"]] or ""
    if row[COLUMN["sub_event_type"]] not in BOMBS or not STATE_FORCE.search(english):
        return row
    out = list(row)
    forces = _FORCES.search(normalize_letters(row[COLUMN["actor1"]] or ""))  # not a country named as its army
    if forces and not (row[COLUMN["actor2"]] or row[COLUMN["actor2_en"]]):
        out[COLUMN["actor2"]], out[COLUMN["actor2_en"]] = row[COLUMN["actor1"]], english
    out[COLUMN["actor1"]], out[COLUMN["actor1_en"]] = "", ""
    return tuple(out)
