"""A verb of gathering is a protest only with a counted crowd (helpers/extract/incidents/gatherings.py, read by
nonevents.other_use); indefinite accusative act nouns (انفجارا، اشتباكا) are triggers. Minimal pairs through the
pipeline."""

from tests.unit.test_incidents_merging import sentence_rows


def _types(sentence: str) -> list[str]:
    return [row["event_type"] for row in sentence_rows(sentence)]


def test_a_crowd_that_gathers_is_a_protest_and_forces_that_gather_are_not():
    assert _types("وفي شيكاغو، تجمع الآلاف للسير باتجاه المكاتب المحلية لسلطات الهجرة.") == ["Protests"]
    assert _types("وتجمعت القوات على الحدود مع تركيا.") == []


def test_a_crowd_of_soldiers_is_no_protest():
    assert _types("واحتشد آلاف الجنود الأتراك على الحدود.") == []


def test_a_crowd_that_went_out_is_a_protest_and_a_minister_who_went_out_is_not():
    assert _types("خرج مئات المصلين في المسجد الأقصى بعد صلاة الجمعة.") == ["Protests"]
    assert _types("وخرج الوزير من الاجتماع غاضبا.") == []


def test_an_indefinite_accusative_explosion_is_an_event_and_an_achievement_is_not():
    assert _types("وأعلن مكتب التحقيقات الفيدرالي أن انفجاراً وقع في مركز تابع لشركة فيديكس بمدينة شيرتز.") == [
        "Explosions/Remote violence"
    ]
    assert _types("وأعلن مكتب التحقيقات الفيدرالي أن انجازاً تحقق في مركز تابع لشركة فيديكس بمدينة شيرتز.") == []
