"""The stated wounded of an event (``helpers.extract.incidents.wounded``) and their columns in the event table."""

import pandas as pd

from helpers.extract.incidents.details import fatalities
from helpers.extract.incidents.wounded import injuries
from helpers.text.normalize import normalize_letters


def _hurt(text: str) -> list[tuple]:
    return [(h.count, h.text) for h in injuries(text, normalize_letters(text), 0, len(text))]


def _dead(text: str) -> list[int]:
    return [d.count for d in fatalities(text, normalize_letters(text), 0, len(text))]


def test_the_wounded_alone_are_counted_with_their_qualifier_and_no_dead():
    text = "أسفر انفجار السيارة المفخخة عن إصابة أكثر من 40 شخصا"
    assert _hurt(text) == [(40, "إصابة أكثر من 40 شخصا")]
    assert _dead(text) == []


def test_the_killed_and_the_wounded_each_keep_their_count():
    text = "أدى القصف إلى مقتل 5 جنود وجرح نحو 10 آخرين"
    assert _dead(text) == [5]
    assert _hurt(text) == [(10, "جرح نحو 10 آخرين")]


def test_killed_and_wounded_counted_together_are_casualties_not_the_dead_nor_the_wounded():
    for text, phrase in (
        ("خلفت الاشتباكات 88 قتيلا وجريحا", "88 قتيلا وجريحا"),
        ("سقط 12 شخصا بين قتيل وجريح في الهجوم", "12 شخصا بين قتيل وجريح"),
        ("أسفر التفجير عن مقتل وجرح 30 مدنيا", "مقتل وجرح 30 مدنيا"),
    ):
        assert _dead(text) == []
        assert _hurt(text) == [(None, phrase)]


def test_a_count_then_a_wounded_noun_or_state_and_one_wounded_by_a_noun():
    assert _hurt("وأسفرت الغارة عن مقتل 3 أشخاص و6 آخرين بجروح") == [(6, "6 آخرين بجروح")]
    assert _hurt("وسقط 15 جريحا على الأقل") == [(15, "15 جريحا على الأقل")]
    assert _hurt("ارتفع عدد الجرحى إلى 30 شخصا") == [(30, "عدد الجرحى إلى 30 شخصا")]
    assert _hurt("قتل مدني وإصابة جندي في القصف") == [(1, "إصابة جندي")]


def test_things_hit_are_not_the_wounded():
    assert _hurt("أعلن الجيش إصابة 3 أهداف للمسلحين") == []
    assert _hurt("وأعلن الجيش إصابة 4 دبابات للمتمردين") == []


def test_the_sick_are_not_the_wounded():
    assert _hurt("وارتفع عدد الإصابات بفيروس كورونا إلى 120 حالة") == []
    assert _hurt("وأصيب 3 ملايين يمني بالكوليرا منذ بدء الحرب") == []
    assert _hurt("وأصيب 12 شخصا بجروح في انفجار عبوة ناسفة") == [(12, "أصيب 12 شخصا")]


def _rows(text: str) -> list[dict]:
    from helpers.extract import pipeline
    from helpers.extract.incidents.scope import INCIDENT_COLUMNS

    record = {"article_id": "a", "text": text, "dct": pd.Timestamp("2015-05-10"), "dct_source": "published",
              "outlet": "Sky News Arabia"}  # fmt: skip
    (article,) = pipeline.run([record])
    return [dict(zip(INCIDENT_COLUMNS, r, strict=True)) for r in article.incidents]


def test_the_event_row_carries_the_wounded_beside_the_dead():
    rows = _rows("قتل 4 أشخاص وأصيب 9 آخرون في انفجار عبوة ناسفة بمدينة بعقوبة أمس.")
    violent = [r for r in rows if r["fatalities"] == 4]
    assert violent and violent[0]["injuries"] == 9 and violent[0]["injuries_text"] == "أصيب 9 آخرون"
