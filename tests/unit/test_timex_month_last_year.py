"""A month named with الماضي in that same month is last year's (أكتوبر الماضي written in October)."""

from datetime import date

import pytest

from helpers.extract.timex.tagger import tag

DCT = date(2018, 10, 8)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في أكتوبر الماضي", "2017-10"),
        ("في سبتمبر الماضي", "2018-09"),
        ("في أكتوبر", "2018-10"),
        ("وقع الهجوم في 20 أكتوبر الماضي", "2017-10-20"),
        ("وقع الهجوم في 2 أكتوبر الماضي", "2018-10-02"),
    ],
)
def test_a_month_named_with_past_in_that_month(text, value):
    assert [t.value for t in tag(text, DCT)] == [value]
