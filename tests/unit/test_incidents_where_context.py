"""A row whose sentence names no place takes the place of the account told before it (where._context_place); a
place that only situates the one before it (على بعد 75 كيلومترا جنوب بغداد) is passed over for it. The first
assertion fails on the code of stop 50."""

from tests.unit.test_incidents_rules import events


def _places(text: str) -> list[str]:
    return [e["location_en"] for e in events(text)]


def test_the_place_a_distance_situates_is_the_accounts():
    text = "في كربلاء على بعد 75 كيلومترا جنوب بغداد. تظاهر صباح أمس المئات احتجاجا على تردي الخدمات."
    assert _places(text) == ["Karbala"]


def test_the_last_place_told_otherwise():
    text = "وصل الوزير إلى بغداد أمس. تظاهر صباح أمس المئات احتجاجا على تردي الخدمات."
    assert _places(text) == ["Baghdad"]
