"""Tests for helpers.dedupe: exact and near duplicates, and collapsing them."""

import pandas as pd

from helpers.extract.dedupe import collapse_duplicates, find_duplicates, shingles

STORY = (
    "أعلن الجيش الليبي إطلاق عملية عسكرية واسعة في درنة شرق البلاد على مقربة من الحدود مع مصر "
    "وأكد المتحدث باسم القيادة العامة أن القوات تتقدم نحو المدينة من ثلاثة محاور وأن العملية لن تطول "
    "وأفادت مصادر عسكرية عن تنسيق مكثف بين السلطات المصرية والليبية على جانبي الحدود"
)


def frame(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": texts,
            "body_start": 0,
            "published": pd.to_datetime([f"2018-05-{i + 1:02d}" for i in range(len(texts))], utc=True),
        }
    )


def test_identical_after_normalisation_is_exact():
    dups = find_duplicates(frame([STORY, STORY.replace("ي ", "ى ").replace("ة", "ه")]))
    assert dups[["article_id", "kind", "kept_id"]].values.tolist() == [["a1", "exact", "a0"]]


def test_small_edit_is_near_duplicate():
    edited = STORY + " وقال مراسلنا"
    dups = find_duplicates(frame([STORY, edited, "خبر مختلف تماما عن الاقتصاد والنفط والأسعار في الأسواق"]))
    assert dups["article_id"].tolist() == ["a1"]
    assert dups["kind"].tolist() == ["near"]
    assert 0.8 <= dups["similarity"].iloc[0] < 1.0


def test_different_stories_are_not_duplicates():
    assert find_duplicates(frame([STORY, "مباراة كرة القدم انتهت بالتعادل بين الفريقين في الدوري"])).empty


def test_earliest_article_is_kept_when_collapsing():
    articles = frame([STORY, STORY, STORY])
    kept = collapse_duplicates(articles, find_duplicates(articles))
    assert kept["article_id"].tolist() == ["a0"]


def test_shingles_of_short_text_is_the_whole_text():
    assert shingles("درنة") == {"درنه"}
