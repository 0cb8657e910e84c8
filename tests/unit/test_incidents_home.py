"""Sides named by the row's country (helpers/extract/incidents/home.py, stop 34): a police or security force and a
crowd told with no country, and the doer of an arrest told with none. Each test fails on the code of stop 33."""

from helpers.extract.incidents.home import home_side, home_sides, police_label
from helpers.extract.incidents.scope import INCIDENT_COLUMNS


def _row(**values: object) -> tuple:
    base = {c: "" for c in INCIDENT_COLUMNS}
    base.update(values)
    return tuple(base[c] for c in INCIDENT_COLUMNS)


def _get(row: tuple, column: str) -> object:
    return row[INCIDENT_COLUMNS.index(column)]


def test_security_forces_with_no_country_are_the_police_of_the_rows_country():
    assert home_side("قوات الأمن", "Security Forces", "Saudi Arabia") == "Police Forces of Saudi Arabia"
    assert home_side("القوات الأمنية", "military forces", "Iraq") == "Police Forces of Iraq"
    assert home_side("قوات مكافحة الشغب", "police", "United States") == "Police Forces of the United States"


def test_an_army_a_named_force_and_a_row_with_no_country_keep_their_name():
    assert home_side("القوات", "military forces", "Iraq") == "military forces"  # no police word: maybe a foreign army
    assert home_side("الجيش الإسرائيلي", "Military Forces of Israel", "Palestine") == "Military Forces of Israel"
    assert home_side("قوات الأمن", "Security Forces", "") == "Security Forces"
    assert home_side("اللواء الثامن", "military forces", "Syria") == "military forces"  # ثامن is no أمن


def test_protesters_with_no_country_take_the_rows_and_those_with_one_keep_it():
    assert home_side("المتظاهرون", "Protesters", "Iraq") == "Protesters (Iraq)"
    assert home_side("المتظاهرون", "Protesters (Iran)", "Iraq") == "Protesters (Iran)"


def test_an_arrest_with_no_doer_is_the_polices_of_its_country():
    row = home_sides(_row(sub_event_type="Arrests", country="Kuwait", notes="وقد قبض على أحد الأشقاء في الكويت"))
    assert (_get(row, "actor1"), _get(row, "actor1_en")) == ("الشرطة", police_label("Kuwait"))


def test_an_arrest_with_a_doer_with_hostages_or_with_no_country_gets_no_police():
    told = _row(sub_event_type="Arrests", country="Kuwait", actor1="مسلحون", actor1_en="Unidentified armed group")
    assert _get(home_sides(told), "actor1_en") == "Unidentified armed group"
    hostages = _row(sub_event_type="Arrests", country="Mali", notes="أزمة احتجاز عدد من الرهائن من قبل مجموعة مسلحة")
    assert _get(home_sides(hostages), "actor1_en") == ""
    assert _get(home_sides(_row(sub_event_type="Arrests")), "actor1_en") == ""
    abduction = _row(sub_event_type="Abduction/forced disappearance", country="Iraq")
    assert _get(home_sides(abduction), "actor1_en") == ""
