"""The names and the source scale of the event table (helpers/extract/incidents: naming, sources)."""

from helpers.extract.incidents import naming, sources
from tests.unit.test_incidents_rules import events


def test_a_countrys_generic_forces_take_acleds_label():
    assert naming.analyst_name("الجيش الإسرائيلي", "Israeli Army", "institution table", "state_forces", "IL") == (
        "Military Forces of Israel"
    )
    assert naming.analyst_name("الشرطة", "Indonesia Police", "institution table", "state_forces", "ID") == (
        "Police Forces of Indonesia"
    )


def test_a_branch_keeps_its_own_name():
    assert naming.analyst_name("البحرية الليبية", "Libyan Navy", "institution table", "state_forces", "LY") == (
        "Libyan Navy"
    )


def test_a_romanised_name_gives_way_to_the_arabic():
    assert naming.analyst_name("سيناء 2018", "Sina 2a01a8", "romanised (approximate)") == "سيناء 2018"
    assert naming.analyst_name("خليفة حفتر", "Khalifa Haftar", "alias table") == "Khalifa Haftar"


def test_a_translated_head_is_kept_only_when_nothing_is_romanised():
    assert naming.analyst_name("الكتيبة 210 مشاة", "Infantry Battalion 210", "head word translated") == (
        "Infantry Battalion 210"
    )
    assert naming.analyst_name("جبهة الساحل", "Front al-Sahil", "head word translated") == "جبهة الساحل"


def test_countries_take_acleds_short_names():
    assert naming.country_label("SY") == "Syria"
    assert naming.forces_label("", "US") == "Military Forces of the United States"


def test_the_outlets_reach_is_the_scale_of_an_unattributed_event():
    assert sources.event_scale(("Sky News Arabia", "outlet", ""), "Sky News Arabia", {}) == "Regional"
    assert sources.event_scale(("BBC Arabic", "outlet", ""), "BBC Arabic", {}) == "International"


def test_a_named_source_joins_its_reach_smallest_first():
    types = {"الجيش السوري": ("state_forces", "Syrian Army"), "الأمم المتحدة": ("international_org", "UN")}
    assert sources.event_scale(("الجيش السوري", "named", ""), "Al Arabiya", types) == "National-Regional"
    assert sources.event_scale(("الأمم المتحدة", "named", ""), "Al Arabiya", types) == "Regional-International"


def test_an_anonymous_source_says_nothing_of_its_reach():
    assert sources.event_scale(("مصدر عسكري", "anonymous", "described_source"), "CNN Arabic", {}) == "International"


def test_named_protesters_and_civilians_take_acleds_labels():
    assert naming.analyst_name(
        "المحتجون الفلسطينيون", "Palestinian Protesters", "institution table", "protesters", "PS"
    ) == ("Protesters (Palestine)")
    assert naming.analyst_name("المحتجون", "Protesters", "institution table", "protesters", "") == "Protesters"


def test_the_arabic_of_acleds_label_of_unnamed_people_is_a_name_not_the_counted_word():
    """Stop 28: the Arabic column showed the counted noun (شخصا) for Civilians (Libya)."""
    assert naming.arabic_label("Civilians (Libya)") == "مدنيون (ليبيا)"
    assert naming.arabic_label("Protesters") == "متظاهرون"
    assert naming.arabic_label("Military Forces of Libya") == ""
    (event,) = [e for e in events("قتل 20 شخصا في ليبيا في قصف على حي سكني ببنغازي.") if e["trigger"] == "قصف"]
    assert (event["actor2"], event["actor2_en"]) == ("مدنيون (ليبيا)", "Civilians (Libya)")


def test_a_sahel_country_the_acled_table_lacks_still_has_its_name():
    """Rows placed in Ouagadougou had no country (and «Civilians» no country) because Burkina Faso had no Arabic
    name in ``country_names_ar.csv``, through which the gazetteer's English is found."""
    assert naming.country_label("BF") == "Burkina Faso"
    assert naming.arabic_label("Civilians (Burkina Faso)") == "مدنيون (بوركينا فاسو)"
