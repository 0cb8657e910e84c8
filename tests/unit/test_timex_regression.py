"""The tagger's output on bundled-corpus sentences stays what it was when the fixture was made (speed work must
not change behaviour). The fixture (tests/data/timex_regression_sentences.json) holds every sentence of the bundled
corpus with a time expression, and one in eight of the others, held-out articles left out, with the tags the
tagger gave them at commit 317019f (the speed work since changed none of them). Regenerated once, for an intended
change: the month_position rule (نهاية شهر مارس -> the month with mod END) changed 3 sentences. Updated again (issue
20b) for 6 reviewed sentences: النائب العام السابق is not a year (3), اليوم الاثنين on a Tuesday DCT takes the
Monday (2), قبل نهاية العام is the year's end, not an event (1); then for 1 more: القمة المقررة في سنغافورة يوم 12
يونيو is the coming 12 June (المقررة is a future cue); then for 2 more (stop 17): أكتوبر الماضي written on 8
October 2018 is October 2017; and 1 more: مدعين عامين is public prosecutors, not two years; and 1 more
(stop 27): اليوم وغدا وبعد غد is an idiom (from now on), not three dates; and 2 more (stop 27): بعد يومين من
لقاء / بعد يوم من اعتقال are relative to an event; and 3 more (stop 28): نهاية الأسبوع القادم told on Sunday 17
June in a Monday article is the weekend of 23-24 June, not 30 June (2 sentences, one story in two outlets); قبل
نحو عام ونصف العام من الموعد المحدد is relative to the scheduled date, not "2017" (1); then 2 more (stop 28):
سينتخب الأتراك، الأحد / تشهد تركيا، الأحد written on Saturday 23 June are the coming Sunday, not 17 June. Regenerate it
only for an intended change of behaviour, and say so."""

import json
from datetime import date
from pathlib import Path

import pytest

from helpers.extract.timex.tagger import tag

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "timex_regression_sentences.json"
CASES = json.loads(FIXTURE.read_text(encoding="utf-8"))


def test_the_fixture_has_a_few_hundred_sentences_with_expressions():
    assert sum(1 for case in CASES if case["tags"]) >= 300


@pytest.mark.parametrize("case", CASES, ids=lambda case: case["text"][:30])
def test_a_sentence_is_tagged_as_before(case):
    dct = date.fromisoformat(case["dct"]) if case["dct"] else None
    found = [[t.start, t.end, t.type, t.value, t.anchor, t.mod, t.flag] for t in tag(case["text"], dct)]
    assert found == case["tags"]
