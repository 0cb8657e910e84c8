"""A verb of gathering is a protest only with a counted crowd for its subject (helpers/extract/incidents/
gatherings.py, read by nonevents.other_use). Minimal pairs through the pipeline."""

from tests.unit.test_incidents_merging import sentence_rows


def _types(sentence: str) -> list[str]:
    return [row["event_type"] for row in sentence_rows(sentence)]


def test_a_crowd_that_gathers_is_a_protest_and_forces_that_gather_are_not():
    assert _types("وفي شيكاغو، تجمع الآلاف للمطالبة بوقف فصل العائلات المهاجرة.") == ["Protests"]
    assert _types("وتجمعت القوات على الحدود مع تركيا.") == []


def test_a_crowd_of_soldiers_is_no_protest():
    assert _types("واحتشد آلاف الجنود الأتراك على الحدود.") == []


def test_a_crowd_that_went_out_is_a_protest_and_a_minister_who_went_out_is_not():
    assert _types("خرج مئات المصلين في المسجد الأقصى بعد صلاة الجمعة احتجاجا على الإساءات.") == ["Protests"]
    assert _types("وخرج الوزير من الاجتماع غاضبا.") == []


def test_a_crowd_further_on_is_the_object_of_another_act_not_the_subject():
    assert _types("وقال المتحدث إن المتهم ساهم وشارك بشكل مباشر في التخطيط لهجمات على مئات الليبيين.") == []
    assert _types("وقال المتحدث إن مئات الليبيين شاركوا في المسيرة أمام مقر الحكومة رافعين لافتات.") == ["Protests"]


def test_a_crowd_of_pilgrims_is_no_protest_and_a_crowd_in_solidarity_is():
    assert _types("وتجمع الآلاف من الحجاج أمس على صعيد عرفات.") == []
    assert _types("وفي نيويورك، تجمع العشرات في ساحة يونيون تضامنا مع فيرغسون.") == ["Protests"]


def test_a_crowd_taking_part_in_a_conference_or_a_funeral_is_no_protest_and_in_a_march_is():
    assert _types("وشارك آلاف الناشطين الحقوقيين في مؤتمر دولي عن حقوق الإنسان عقد في جنيف.") == []
    assert _types("وشارك آلاف الأشخاص في تشييع جنازة الناشط الذي توفي في المستشفى بعد مرض طويل.") == []
    assert _types("وشارك آلاف الناشطين في مسيرة وسط جنيف للمطالبة بالإفراج عن المعتقلين.") == ["Protests"]
