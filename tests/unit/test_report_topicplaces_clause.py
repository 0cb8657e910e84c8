"""helpers.report.topicplaces.topic_in_later_clause: a step whose own clause names another place, the topic only
in a later clause of time, is not the topic's step (Quneitra's offensive told after Daraa was retaken)."""

from helpers.report.timelines import topic_pattern
from helpers.report.topicplaces import topic_in_later_clause
from helpers.text.normalize import normalize_letters

QUNEITRA = normalize_letters("بدأت القوات الأحد هجوما في محافظة القنيطرة بعدما استعادت محافظة درعا")
DARAA = normalize_letters("بدأت القوات الأحد هجوما في محافظة درعا بعدما استعادت محافظة القنيطرة")


def test_another_place_in_the_steps_clause_and_the_topic_after_bada_is_another_step():
    away = [QUNEITRA.index(normalize_letters("القنيطرة"))]
    assert topic_in_later_clause(QUNEITRA, QUNEITRA.index("بدات"), topic_pattern("درعا"), away)


def test_the_topic_in_the_steps_own_clause_is_its_step():
    away = [DARAA.index(normalize_letters("القنيطرة"))]
    assert not topic_in_later_clause(DARAA, DARAA.index("بدات"), topic_pattern("درعا"), away)


def test_no_other_place_before_the_later_clause_keeps_the_step():
    sentence = normalize_letters("بدأت القوات الأحد هجوما واسعا بعدما استعادت محافظة درعا")
    assert not topic_in_later_clause(sentence, sentence.index("بدات"), topic_pattern("درعا"), [])
