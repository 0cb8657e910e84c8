"""عامين after a plural noun it agrees with is "general" (مدعين عامين: public prosecutors), not two years."""

from datetime import date

import pytest

from helpers.extract.timex.tagger import tag


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("واعتقل قضاة ومدعين عامين", []),
        ("بحضور المدعين العامين", []),
        ("ظل المعتقلون عامين في السجن", ["P2Y"]),
        ("سجن لمدة عامين", ["P2Y"]),
    ],
)
def test_general_after_a_plural_it_agrees_with(text, values):
    assert [t.value for t in tag(text, date(2018, 10, 8))] == values
