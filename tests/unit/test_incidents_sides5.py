"""Who acts and to whom, stop 28 (helpers/extract/incidents: sides, clause_cues): a weapon owned by a side after a
bare lam shells for it, not whoever saw it; a place's past holder in a relative clause is what was regained from;
a toll's source is no side. Minimal sentences through the pipeline; each fails on the code of stop 27."""

from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_tanks_of_a_side_told_with_a_bare_lam_shell_for_it_not_for_who_reported_them():
    text = "وقال الجيش إنه رصد آليات لميليشيا الحوثي تقصف الأحياء السكنية في المدينة."
    assert _sides(text, "تقصف")[0][0] == "Houthis (Ansar Allah)"


def test_the_past_holder_of_a_regained_place_told_in_a_relative_clause_is_the_loser():
    text = "وتقدمت قوات الجيش اليمني نحو الحوثيين بعد استعادتها لقرى كانت الميليشيات الحوثية تسيطر عليها."
    assert _sides(text, "استعادت") == [("Military Forces of Yemen", "Houthis (Ansar Allah)")]


def test_the_source_of_a_toll_is_no_side_of_the_act():
    text = "وقتل 40 مدنيا في قصف على المدينة بحسب حصيلة للأمم المتحدة."
    assert _sides(text, "قصف")[0][0] == ""
    text = "وقتل 40 مدنيا وأصيب 100 بجروح في أعمال قصف على المدينة في حصيلة للصليب الأحمر."
    assert _sides(text, "قصف")[0][0] == ""


def test_the_side_a_place_is_taken_from_after_min_is_the_loser_not_the_taker():
    text = "وتقدمت القوات نحو المديرية، إذ استعادت قريتين خلال ساعات من ميليشيات الحوثي."
    assert _sides(text, "استعادت") == [("military forces", "Houthis (Ansar Allah)")]
    assert _sides("واقتحم مسلحون من تنظيم داعش القرية أمس.", "اقتحم")[0][0] == "Islamic State (ISIS)"
    text = "وأحكمت وحدات من الجيش الليبي السيطرة على المنطقة."  # a part of the taker: no loser
    assert _sides(text, "أحكمت")[0][0] == "Libyan National Army (LNA)"


def test_an_ally_joined_to_actor_1_by_wa_is_not_the_other_side_of_the_battle():
    # review 28_review_F: «وخاض الجيش اليمني والتحالف معركة» paired the two allies as actor 1 and actor 2
    assert _sides("وخاض الجيش اليمني والتحالف أمس معركة في صرواح.", "معركة") == [("Military Forces of Yemen", "")]
    assert _sides("واشتبك الجيش السوري أمس مع تنظيم داعش في دير الزور.", "اشتبك") == [
        ("Military Forces of Syria", "Islamic State (ISIS)")
    ]
    found = _sides("واشتبكت قوات الأمن العراقية ومسلحون من داعش أمس في كركوك.", "اشتبكت")
    assert found == [("Police Forces of Iraq", "Islamic State (ISIS)")]  # a verb of two sides: و joins the two


def test_the_name_after_a_resumptive_pronoun_is_the_relative_clauses_subject_not_the_verbs():
    text = "وتقدمت قوات الجيش العراقي أمس وسيطرت على قرى كان يتحصن فيها مسلحو داعش جنوب الموصل."
    assert [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"] == "سيطرت"] == [
        ("Military Forces of Iraq", "Islamic State (ISIS)")
    ]


def test_a_suicide_bomber_told_as_the_acts_noun_or_right_after_its_verb_is_its_doer():
    rows = events("فجر انتحاري نفسه داخل مسجد في مقر قوات الطوارىء في جدة أمس.")
    pair = ("Unidentified armed group", "Police Forces of Saudi Arabia")
    assert [(e["actor1_en"], e["actor2_en"]) for e in rows] == [pair]
    rows = events("واقتحم انتحاري بسيارة مفخخة حاجزا في أبين أمس.")
    assert rows and rows[0]["actor1_en"] == "Unidentified armed group"
