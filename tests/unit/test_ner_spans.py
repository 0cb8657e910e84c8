from helpers.extract.ner.spans import N_SPAN_FEATURES, span_features, span_matches
from helpers.resources.ner_model import name_spans


def test_name_list_is_multiword_and_typed():
    names = name_spans()
    assert names[("الدار", "البيضاء")] == ("LOC",)
    assert all(2 <= len(name) <= 6 for name in names)


def test_a_multiword_place_is_matched():
    assert span_matches(["وصل", "الوفد", "إلى", "الدار", "البيضاء", "أمس"]) == [(3, 5, ("LOC",))]


def test_the_longest_name_wins():
    assert span_matches(["نقلت", "وكالة", "أنباء", "الشرق", "الأوسط", "الخبر"]) == [(1, 5, ("ORG",))]


def test_the_first_word_may_carry_clitics():
    assert span_matches(["وحزب", "الله"]) == [(0, 2, ("ORG",))]


def test_features_are_b_then_i_of_the_class():
    assert span_features(["في", "الدار", "البيضاء"]) == [(1, 2), (2, 3)]
    assert N_SPAN_FEATURES == 6


def test_no_name_no_feature():
    assert span_features(["قال", "الوزير"]) == []
    assert span_features([]) == []


def test_runtime_gathers_span_inputs_by_sentence_token_and_feature():
    from helpers.extract.ner import neural

    found = neural._span_inputs(None, [["قال", "الوزير"], ["في", "الدار", "البيضاء"]])
    assert [column.tolist() for column in found] == [[1, 1], [1, 2], [2, 3]]
    assert neural._span_inputs(None, [["قال"]]) is None
