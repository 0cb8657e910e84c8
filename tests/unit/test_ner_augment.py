import importlib.util
import random

import pytest

from helpers import config

SCRIPT = config.PROJECT_ROOT / "scripts" / "ner_train" / "augment.py"


@pytest.fixture(scope="module")
def augment():
    spec = importlib.util.spec_from_file_location("ner_augment", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_spans_are_read_from_iob2(augment):
    assert augment.spans_of(["B-PERS", "I-PERS", "O", "B-LOC", "I-ORG"]) == [
        (0, 2, "PERS"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
    ]


def test_pool_keeps_only_the_wanted_types(augment):
    pool = augment.mention_pool([(["زار", "أحمد", "بغداد"], ["O", "B-PERS", "B-LOC"])], {"PERS"})
    assert pool == {"PERS": [("أحمد",)]}


def test_a_longer_name_gets_b_then_i_tags(augment):
    tokens, tags = augment.replace_mentions(["قال", "زيد", "أمس"], ["O", "B-PERS", "O"],
                                            {"PERS": [("محمد", "علي")]}, random.Random(1))  # fmt: skip
    assert (tokens, tags) == (["قال", "محمد", "علي", "أمس"], ["O", "B-PERS", "I-PERS", "O"])


def test_spans_of_other_types_stay(augment):
    tokens, tags = augment.replace_mentions(["زيد", "في", "بغداد"], ["B-PERS", "O", "B-LOC"],
                                            {"PERS": [("عمر",)]}, random.Random(1))  # fmt: skip
    assert tokens == ["عمر", "في", "بغداد"] and tags == ["B-PERS", "O", "B-LOC"]


def test_share_zero_changes_nothing(augment):
    sentences = [(["زيد", "هنا"], ["B-PERS", "O"])]
    assert augment.augment(sentences, {"PERS": [("عمر",)]}, 0.0, random.Random(1)) == sentences
