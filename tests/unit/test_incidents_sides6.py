"""Who acts and to whom, stop 34 (helpers/extract/incidents/clause_cues: loyal_to, past_holder): an ally or the
leader forces are loyal to is no side, also with the lam written in his mention, after his government's titles or
with his first name left out of it; a place that was in a side's hands names the loser. Minimal sentences through
the pipeline; each fails on the code of stop 33."""

from tests.unit.test_incidents_rules import events


def _sides(text: str, trigger: str) -> list[tuple[str, str]]:
    return [(e["actor1_en"], e["actor2_en"]) for e in events(text) if e["trigger"].startswith(trigger)]


def test_an_ally_or_the_leader_forces_are_loyal_to_is_no_side_even_with_the_lam_in_his_name():
    text = "استمرت ميليشيات الحوثي الانقلابية وحليفها المخلوع علي صالح أمس في استهداف أحياء محافظة ظهران الجنوب."
    assert _sides(text, "استهداف")[0][0] == "Houthis (Ansar Allah)"
    text = "واستمر المخلوع علي صالح أمس في استهداف أحياء محافظة ظهران الجنوب."  # no ally before him: he acts
    assert _sides(text, "استهداف")[0][0] == "Ali Saleh"
    text = "وقصفت طائرات التحالف معسكر الحمزة الموالي لصالح والحوثيين في محافظة إب."
    assert _sides(text, "قصفت") == [("Saudi-led coalition", "Houthis (Ansar Allah)")]
    text = "وقتل 43 شخصا في قصف نفذه الحوثيون والموالون لصالح في دار سعد."
    assert all(a2 != "Ali Abdullah Saleh" for _, a2 in _sides(text, "قصف"))


def test_whom_forces_are_loyal_to_after_his_governments_titles_and_the_hands_a_place_was_in():
    text = (
        "سيطرت القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا عبدربه منصور هادي على زنجبار والتي كانت في"
        " أيدي المتمردين الحوثيين."
    )
    assert _sides(text, "سيطرت") == [("Yemeni Resistance", "Houthis (Ansar Allah)")]
