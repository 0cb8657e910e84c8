"""The names an analyst reads in the event table: ACLED's labels for a country's forces (``Military Forces of
Syria``, ``Police Forces of Indonesia``) and countries (``Civilians (Syria)``), the curated English of the actor
tables, and the Arabic as written where the only English is a romanisation (``Alwya al-Amalqa``, ``Sina 2a01a8``
read worse than ألوية العمالقة، سيناء 2018).

The short country names are the editable table ``helpers/data/acled_countries.csv`` (iso2, name); a country it
lacks falls back to the gazetteer's name.
"""

from __future__ import annotations

import csv
import functools
import re
from typing import Any

from helpers import config
from helpers.extract.incidents.vocabulary import country_english
from helpers.resources.actors import alias_table
from helpers.resources.gazetteer import gazetteer
from helpers.text.normalize import name_key

# How the actors layer says it found an English name (its ``gloss_source``): these are not curated spellings.
ROMANISED = ("romanised (approximate)",)
HEAD_WORD = "head word translated"
INSTITUTION = "institution table"
ALIAS = "alias table"
# The English words a unit's translated head may hold (الكتيبة 210 مشاة → Infantry Battalion 210).
_UNIT_WORDS = frozenset(
    {"battalion", "brigade", "company", "division", "regiment", "group", "unit", "battalions", "infantry",
     "armoured", "artillery", "commando", "rangers", "tank", "mechanised", "brigades", "companies"}
)  # fmt: skip
_FORCES = ("state_forces", "external_forces")
_PEOPLE = {"civilians": "Civilians", "protesters": "Protesters"}
POLICE = re.compile(r"police|security|interior|gendarmerie|intelligence", re.IGNORECASE)
# An army's command or operations room (غرفة عمليات الكرامة، القيادة العامة): named like an armed group, never its foe.
COMMAND = re.compile(r"غرف[ةه] عمليات|قياد[ةه]|القياد[ةه]")


@functools.cache
def _acled_countries() -> dict[str, str]:
    path = config.DATA_DIR / "acled_countries.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["iso2"].strip(): row["name"].strip() for row in csv.DictReader(handle)}


def country_label(code: str) -> str:
    """ACLED's short English name of a country (Syria, not Syrian Arab Republic), or ''."""
    return _acled_countries().get(code, "") or country_english(code) if code else ""


@functools.cache
def _arabic_countries() -> dict[str, str]:
    """ISO2 → the first (shortest, usual) Arabic name of ``country_names_ar.csv``."""
    path = config.DATA_DIR / "country_names_ar.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        out: dict[str, str] = {}
        for row in csv.DictReader(handle):
            out.setdefault(row["iso2"].strip(), row["name"].strip())
        return out


# ACLED's labels of unnamed people and their Arabic (Civilians (Libya): مدنيون (ليبيا)).
_PEOPLE_LABEL = re.compile(r"^(?P<who>Civilians|Protesters|Rioters)(?: \((?P<country>[^)]+)\))?$")
_PEOPLE_AR = {"Civilians": "مدنيون", "Protesters": "متظاهرون", "Rioters": "مثيرو شغب"}


def arabic_label(english: str) -> str:
    """The Arabic of ACLED's label of unnamed people (``Civilians (Libya)``: مدنيون (ليبيا); with no country or
    one the tables lack, مدنيون); '' for any other name."""
    found = _PEOPLE_LABEL.match(english or "")
    if not found:
        return ""
    word = _PEOPLE_AR[found.group("who")]
    code = _codes_by_label().get(found.group("country") or "", "")
    country = _arabic_countries().get(code, "")
    return f"{word} ({country})" if country else word


@functools.cache
def _codes_by_label() -> dict[str, str]:
    """ACLED's short English country name (``country_label``) → ISO2, for the codes the Arabic table has."""
    return {country_label(code): code for code in _arabic_countries() if country_label(code)}


def forces_label(english: str, code: str) -> str:
    """``Military Forces of <country>`` or ``Police Forces of <country>`` for a state's forces, or ''."""
    country = country_label(code)
    if not country:
        return ""
    country = f"the {country}" if country.startswith("United ") else country
    return f"{'Police' if POLICE.search(english) else 'Military'} Forces of {country}"


def analyst_name(arabic: str, english: str, gloss_source: str, acled_type: str = "", country: str = "") -> str:
    """The name shown for an actor: a country's generic forces by ACLED's label; the curated English when the
    actors layer has one; the Arabic when its English is only a romanisation (or a translated head word with a
    romanised rest)."""
    if gloss_source == INSTITUTION and acled_type in _PEOPLE and country and country_label(country):
        return f"{_PEOPLE[acled_type]} ({country_label(country)})"  # المدنيون السوريون: Civilians (Syria)
    if gloss_source in (INSTITUTION, ALIAS) and acled_type in _FORCES and country and _generic_forces(english):
        return forces_label(english, country) or english
    if country and acled_type in _STATE_ARMY and _DEFENCE_FORCES.search(english or ""):  # the IDF: its military
        return forces_label("", country) or english
    if gloss_source == INSTITUTION and acled_type == "government" and country and _whole_government(english):
        return government_label(country) or english  # الحكومة الأفغانية، السلطات المصرية: Government of Egypt
    if gloss_source in ROMANISED or not english:
        return arabic
    if gloss_source == HEAD_WORD and not _unit_only(english):
        return arabic
    return english


def government_label(code: str) -> str:
    """``Government of <country>``, ACLED's name of a state's government and authorities, or ''."""
    country = country_label(code)
    if not country:
        return ""
    return f"Government of {'the ' if country.startswith('United ') else ''}{country}"


def _whole_government(english: str) -> bool:
    """Whether an institution's English names a country's government or authorities as a whole (Afghan
    Government, Egyptian Authorities), not one of its bodies (Egyptian Interior Ministry)."""
    words = english.lower().split()
    return len(words) == 2 and words[1] in ("government", "authorities")


# A state's national military named as its defence forces (Israel Defense Forces, Kenya Defence Forces, South
# African National Defence Force): ACLED's Military Forces of <country>.
_DEFENCE_FORCES = re.compile(r"\bDefen[cs]e Forces?\b")
# Only a state's own army (the IDF); a militia of that name is not (National Defence Forces of Syria, armed_group).
_STATE_ARMY = ("army", *_FORCES)


# A branch of a state's military (its air force, navy, special forces): ACLED names the state's military forces.
_BRANCH = re.compile(
    r"\b(?:Air Force|Navy|Naval Forces|Air Defen[cs]e(?: Forces)?|Special Forces|Land Forces|Ground Forces)\b"
)


def branch_label(english: str, actor_type: str, country: str) -> str:
    """ACLED's name for a branch of a state's military (سلاح الجو الإسرائيلي: Military Forces of Israel), or ''."""
    if not country or actor_type not in _UNITS or not _BRANCH.search(english or ""):
        return ""
    return forces_label("", country)


_UNITS = ("army", "military_unit")


def _generic_forces(english: str) -> bool:
    """Whether an institution's English names a country's forces as a whole (Israeli Army, Syrian Forces, Indonesia
    Police), not a branch (Libyan Navy, Border Guard), which keeps its own name."""
    words = english.lower().split()
    return " ".join(words[1:]) in _GENERIC_HEADS or " ".join(words) in _GENERIC_HEADS


_GENERIC_HEADS = frozenset(
    {"army", "forces", "armed forces", "military", "troops", "soldiers", "police", "security forces", "security",
     "police forces", "military forces", "army forces"}
)  # fmt: skip


def _unit_only(english: str) -> bool:
    """Whether a translated head holds only unit words and numbers (Infantry Battalion 210)."""
    return all(w.lower() in _UNIT_WORDS or w.isdigit() for w in english.split())


# Al-Qaeda told without its branch in a story of a country where one branch fights: ACLED names the branch (the
# alias table's actor id, its Arabic and English). The country is the one the article names most of those where
# al-Qaeda fights, named at least twice.
_BRANCHES = {"YE": "aqap"}
THEATRES = {
    "YE": re.compile(r"(?<![\u0621-\u064a])(?:ال)?(?:يمن|يمني|يمنيه|يمنيون|يمنيين)(?![\u0621-\u064a])"),
    "SY": re.compile(r"(?<![\u0621-\u064a])(?:سوريا|سوريه|السوري|السوريه|السوريين)(?![\u0621-\u064a])"),
    "IQ": re.compile(r"(?<![\u0621-\u064a])(?:العراق|العراقي|العراقيه|العراقيين)(?![\u0621-\u064a])"),
    "LY": re.compile(r"(?<![\u0621-\u064a])(?:ليبيا|الليبي|الليبيه|الليبيين)(?![\u0621-\u064a])"),
    "AF": re.compile(r"(?<![\u0621-\u064a])(?:افغانستان|الافغاني|الافغانيه)(?![\u0621-\u064a])"),
    "ML": re.compile(r"(?<![\u0621-\u064a])(?:مالي)(?![\u0621-\u064a])"),
}
AL_QAEDA = "Al-Qaeda"


def al_qaeda_branch(english: str, norm: str, at: int = -1, place: str = "") -> tuple[str, str] | None:
    """The Arabic and English names of the al-Qaeda branch a side told as Al-Qaeda is, by the article's country
    (AQAP in a story of Yemen); None for any other side or country, and for a row whose own sentence (around
    ``at``) names another theatre (وفي أفغانستان، حماة السورية) or whose place lies in another country (إدلب)."""
    if english != AL_QAEDA:
        return None
    if at >= 0:
        low = max(norm.rfind(stop, 0, at) for stop in ".!؟\n") + 1
        ends = [i for i in (norm.find(stop, at) for stop in ".!؟\n") if i >= 0]
        sentence = norm[low : min(ends, default=len(norm))]
        if any(pattern.search(sentence) for code, pattern in THEATRES.items() if code not in _BRANCHES):
            return None
    if place and any(p.country not in _BRANCHES for p in gazetteer().get(name_key(place), ())[:1]):
        return None
    counts = {code: len(pattern.findall(norm)) for code, pattern in THEATRES.items()}
    country = max(counts, key=lambda code: counts[code])
    branch = _by_id().get(_BRANCHES.get(country, "")) if counts[country] >= 2 else None
    return (branch.name_ar, branch.name_en) if branch is not None else None


@functools.cache
def _by_id() -> dict[str, Any]:
    """The alias table's actors by their id."""
    return {actor.actor_id: actor for actor in alias_table().values()}
