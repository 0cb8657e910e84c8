"""ACLED's sides of a peaceful protest (helpers/extract/incidents/protest_sides.py, stop 35): whom a protest addresses
is its target, not its actor 2; a force that kills or arrests protesters stays a side. Minimal sentences through the
pipeline; the first fails on the code of stop 34 (actor 2 Donald Trump)."""

from helpers.extract.incidents.protest_sides import peaceful_protest_sides
from helpers.extract.incidents.scope import INCIDENT_COLUMNS
from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_whom_a_peaceful_protest_addresses_is_no_actor_2():
    text = "وخرجت احتجاجات ضد الرئيس دونالد ترامب في نيويورك يوم السبت."
    assert _sides(text, "احتجاجات") == [("Protesters (United States)", "")]


def test_the_force_that_kills_protesters_stays_actor_2():
    text = "وقتل الجيش الإسرائيلي 10 متظاهرين فلسطينيين على حدود غزة يوم الجمعة."
    assert _sides(text, "قتل") == [("Protesters (Palestine)", "Military Forces of Israel")]


def _row(sub_event_type: str, actor2: str, actor2_en: str) -> tuple:
    values = {c: "" for c in INCIDENT_COLUMNS}
    values.update(event_type="Protests", sub_event_type=sub_event_type, actor2=actor2, actor2_en=actor2_en)
    return tuple(values[c] for c in INCIDENT_COLUMNS)


def test_a_peaceful_protest_loses_its_target_and_keeps_a_force():
    actor2 = INCIDENT_COLUMNS.index("actor2_en")
    assert peaceful_protest_sides(_row("Peaceful protest", "المحكمة", "Iraqi Court"))[actor2] == ""
    assert peaceful_protest_sides(_row("Peaceful protest", "الشرطة", "Police Forces of Iraq"))[actor2] != ""


def test_a_protest_met_by_force_keeps_its_actor_2():
    actor2 = INCIDENT_COLUMNS.index("actor2_en")
    assert peaceful_protest_sides(_row("Excessive force against protesters", "ترامب", "Donald Trump"))[actor2] != ""
