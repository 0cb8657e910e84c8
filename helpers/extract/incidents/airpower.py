"""The doer of an air strike or a chemical attack told with no doer, in a war where one side alone flies: ACLED
codes such strikes to that side. In Yemen since the coalition's air war began (26 March 2015) the Saudi-led
coalition; in Syria, where the regime's, Russia's and the US-led coalition's planes all fly, only a chemical
attack (and, before Russia's air war of 30 September 2015, any strike): the regime's forces, unless the clause names the
Islamic State or a foreign air force (the US-led coalition, Russia, Turkey, Israel) or planes told before
(الطائرات نفذت غارات: whoever the article named). A group with no aircraft told
as a strike's doer (غارات ... الحوثيين) is the struck side. A drone may be anyone's: left alone.
"""

from __future__ import annotations

import re

from helpers.extract.incidents.naming import THEATRES, forces_label
from helpers.extract.incidents.scope import COLUMN
from helpers.resources.actors import alias_table
from helpers.resources.gazetteer import gazetteer
from helpers.text.normalize import name_key

_CHEMICAL = "Chemical weapon"
_STRIKES = frozenset({"Air/drone strike", _CHEMICAL})
_YEMEN_AIR_WAR = "2015-03-26"  # the coalition's first strikes (Operation Decisive Storm)
# Russia's first strikes in Syria: before them only the regime's planes struck outside the US-led coalition's war
# on the Islamic State (told by its name, or داعش, in the clause), so a strike with no doer is the regime's.
_RUSSIAN_AIR_WAR = "2015-09-30"
_GROUNDED = re.compile(r"Houthi", re.IGNORECASE)  # a side with no aircraft: a strike's target, never its doer
_DRONE = re.compile(r"مسير|بدون طيار|بلا طيار|دون طيار|درون")
# Another air force in the clause (قصف روسي، ضربة جوية للروس، الطيران العراقي، التحالف الدولي) or the IS struck.
_FOREIGN_AIR = re.compile(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال|لل)?(?:روس|روسي|روسيه|روسيا|امريكي|اميركي|امريكيه|اميركيه|الولايات المتحده"
    r"|تركي|تركيه|تركيا|اتراك|اسرائيلي|اسرائيليه|اسرائيل|بريطاني|بريطانيه|فرنسي|فرنسيه|اردني|اردنيه|عراقي|عراقيه"
    r"|سعودي|سعوديه|اماراتي|اماراتيه)(?![\u0621-\u064a])|داعش|تنظيم الدوله|التحالف الدولي"
    r"|(?:ضربات|الضربات|غارات|الغارات|صواريخ)\s+(?:ال)?غربيه"
)
_PLANES_TOLD = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:الطائرات|المقاتلات)(?![\u0621-\u064a])")
# The Houthis' own aircraft (هجوما بطائرة مفخخة، بطائرات قاصف): their attack, not a strike on them.
_OWN_AIRCRAFT = re.compile(r"(?<![\u0621-\u064a])(?:ب|و)?(?:طائره|طائرات)\s+(?:مفخخه|قاصف|صماد)|بطائره|بطائرات|قاصف")
# A US strike in Yemen (غارة يعتقد أنها أمريكية): not the coalition's.
_US_AIR = re.compile(r"امريكي|اميركي|الولايات المتحده")
_JIHADIST = re.compile(r"Qaeda|AQAP|Islamic State|Ansar al-Sharia", re.IGNORECASE)
# A chemical attack in Syria its sentence or the next blames on the armed opposition: not the regime's.
_REBELS_BLAMED = re.compile(r"المعارضه|الفصائل|المسلحين|المسلحه|هيئه تحرير الشام|النصره|الارهابي")
_CLAUSE_CHARS = 120  # the words around a strike read for its drone or another air force
_ONLY_AIR_FORCE = {"YE": "arab_coalition", "SY": ""}  # "": the country's own forces


def _country(row: tuple, norm: str, at: int) -> str:
    """The country of a row: its place's (the gazetteer's first reading), else the one its sentence names, else
    the article's most named one (named at least twice); '' when none of the wars read here."""
    place = row[COLUMN["location"]]
    found = gazetteer().get(name_key(place), ()) if isinstance(place, str) and place else ()
    if found:
        return found[0].country
    low = max(norm.rfind(stop, 0, at) for stop in ".!؟\n") + 1
    ends = [i for i in (norm.find(stop, at) for stop in ".!؟\n") if i >= 0]
    sentence = norm[low : min(ends, default=len(norm))]
    told = [code for code, pattern in THEATRES.items() if pattern.search(sentence)]
    if len(told) == 1:
        return told[0]
    counts = {code: len(pattern.findall(norm)) for code, pattern in THEATRES.items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= 2 else ""


def only_air_force(row: tuple, norm: str) -> tuple:
    """A strike row (air or chemical) with no doer, or a grounded group as its doer, with the only air force of
    its war as actor 1 (that group then actor 2); any other row as it is."""
    if row[COLUMN["sub_event_type"]] not in _STRIKES or not norm:
        return row
    english1 = str(row[COLUMN["actor1_en"]] or "")
    grounded = bool(_GROUNDED.search(english1)) and row[COLUMN["sub_event_type"]] == "Air/drone strike"
    if (english1 or row[COLUMN["actor1"]]) and not grounded:
        return row
    start, end = row[COLUMN["start"]], row[COLUMN["end"]]
    if not isinstance(start, int) or start < 0:
        return row
    clause = norm[max(0, start - _CLAUSE_CHARS) : int(end or start) + _CLAUSE_CHARS]
    if _DRONE.search(clause) or (grounded and _OWN_AIRCRAFT.search(clause)):
        return row
    country = _country(row, norm, start)
    date = str(row[COLUMN["event_date"]] or "")[:10]
    if country not in _ONLY_AIR_FORCE or (country == "YE" and (not date or date < _YEMEN_AIR_WAR)):
        return row
    if country == "YE" and (_US_AIR.search(clause) or _JIHADIST.search(str(row[COLUMN["actor2_en"]] or ""))):
        return row  # a US strike, or one on AQAP or the IS (mostly the United States': ACLED)
    if country == "SY" and _REBELS_BLAMED.search(norm, start, min(len(norm), int(end or start) + 250)):
        return row
    if country == "SY" and row[COLUMN["sub_event_type"]] != _CHEMICAL and not (date and date < _RUSSIAN_AIR_WAR):
        return row  # the regime's, Russia's and the US-led coalition's planes all fly there: only gas is the regime's
    if country == "SY" and (_FOREIGN_AIR.search(clause) or _PLANES_TOLD.search(norm, max(0, start - 40), start)):
        return row  # الطائرات نفذت غارات: planes told before, by whoever the article named
    actor_id = _ONLY_AIR_FORCE[country]
    actor = next((a for a in alias_table().values() if a.actor_id == actor_id), None) if actor_id else None
    arabic, english = (actor.name_ar, actor.name_en) if actor else ("قوات النظام", forces_label("", country))
    out = list(row)
    if grounded and not out[COLUMN["actor2"]]:
        out[COLUMN["actor2"]], out[COLUMN["actor2_en"]] = out[COLUMN["actor1"]], english1
    out[COLUMN["actor1"]], out[COLUMN["actor1_en"]] = arabic, english
    return tuple(out)
