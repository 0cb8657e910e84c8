"""The Saudi-led coalition on the ground (helpers/extract/incidents/resistance.coalition_on_ground, stop 36): a
battle told of the coalition is fought by its ally on the ground, the way ACLED codes Yemen's war; a strike told by
a battle's word and a coalition whose ally the article never names keep it."""

from helpers.extract.incidents.resistance import coalition_on_ground
from helpers.extract.incidents.scope import INCIDENT_COLUMNS

_ALLY = ("المقاومة الشعبية", "Yemeni Resistance")
_ENEMY = ("الحوثيون", "Houthis (Ansar Allah)")


def _row(trigger: str, event_type: str, actor1_en: str, actor2_en: str) -> tuple:
    values = {c: "" for c in INCIDENT_COLUMNS}
    values.update(trigger=trigger, event_type=event_type, actor1="التحالف", actor1_en=actor1_en, actor2_en=actor2_en)
    return tuple(values[c] for c in INCIDENT_COLUMNS)


def _sides(row: tuple) -> tuple[str, str]:
    return row[INCIDENT_COLUMNS.index("actor1_en")], row[INCIDENT_COLUMNS.index("actor2_en")]


def test_a_battle_told_of_the_coalition_is_fought_by_its_ally_on_the_ground():
    row = _row("تحرير", "Battles", "Saudi-led coalition", "Houthis (Ansar Allah)")
    assert _sides(coalition_on_ground(row, _ALLY, _ENEMY)) == ("Yemeni Resistance", "Houthis (Ansar Allah)")


def test_the_ally_told_as_actor_2_gives_way_to_the_war_s_enemy():
    row = _row("تحرير", "Battles", "Saudi-led coalition", "Yemeni Resistance")
    assert _sides(coalition_on_ground(row, _ALLY, _ENEMY)) == ("Yemeni Resistance", "Houthis (Ansar Allah)")


def test_a_strike_or_an_ally_never_named_keeps_the_coalition():
    strike = _row("الاستهداف", "Battles", "Saudi-led coalition", "Houthis (Ansar Allah)")
    assert _sides(coalition_on_ground(strike, _ALLY, _ENEMY))[0] == "Saudi-led coalition"
    battle = _row("تحرير", "Battles", "Saudi-led coalition", "Houthis (Ansar Allah)")
    assert _sides(coalition_on_ground(battle, ("", ""), _ENEMY))[0] == "Saudi-led coalition"
    air = _row("غارات", "Explosions/Remote violence", "Saudi-led coalition", "Houthis (Ansar Allah)")
    assert _sides(coalition_on_ground(air, _ALLY, _ENEMY))[0] == "Saudi-led coalition"
