"""Statements by onlookers: a speaker who reports or comments on a conflict and is no party to it (an agency, a
newspaper, an international organisation, a company; ACLED's types) makes no statement news of that conflict."""

from __future__ import annotations

from helpers.extract.incidents.scope import INCIDENT_COLUMNS

ONLOOKERS = frozenset({"media", "international_org", "company", "platform"})
_TYPE, _ACTOR1 = INCIDENT_COLUMNS.index("event_type"), INCIDENT_COLUMNS.index("actor1")


def onlooker_statement(row: tuple, types: dict[str, tuple[str, str]]) -> bool:
    """Whether a row is a statement by an onlooker (``ONLOOKERS``: وكالة الأناضول، هيومن رايتس ووتش); ``types``
    maps an actor's name to its (type, subtype)."""
    if row[_TYPE] != "Statement":
        return False
    return types.get(row[_ACTOR1], ("", ""))[0] in ONLOOKERS
