"""Exact and near-duplicate articles, from the texts or from the signatures the store keeps."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.signatures import SIGNATURE_COLUMNS, signature_table
from helpers.store.duplicates import DUPLICATE_COLUMNS, duplicates_from_signatures, find_duplicates

STORY = (
    "أعلن الجيش الليبي إطلاق عملية عسكرية واسعة في درنة شرق البلاد على مقربة من الحدود مع مصر "
    "وأكد المتحدث باسم القيادة العامة أن القوات تتقدم نحو المدينة من ثلاثة محاور وأن العملية لن تطول "
    "وأفادت مصادر عسكرية عن تنسيق مكثف بين السلطات المصرية والليبية على جانبي الحدود"
)


def frame(texts: list[str], published: list[str] | None = None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(texts))],
            "text": texts,
            "body_start": 0,
            "published": pd.to_datetime(published or [f"2018-05-{i + 1:02d}" for i in range(len(texts))], utc=True),
        }
    )


def test_identical_after_normalisation_is_exact():
    dups = find_duplicates(frame([STORY, STORY.replace("ي ", "ى ").replace("ة", "ه")]))
    assert list(dups.columns) == DUPLICATE_COLUMNS
    assert dups[["article_id", "kind", "kept_id"]].values.tolist() == [["a1", "exact", "a0"]]


def test_small_edit_is_near_duplicate():
    edited = STORY + " وقال مراسلنا"
    dups = find_duplicates(frame([STORY, edited, "خبر مختلف تماما عن الاقتصاد والنفط والأسعار في الأسواق"]))
    assert dups["article_id"].tolist() == ["a1"]
    assert dups["kind"].tolist() == ["near"]
    assert 0.8 <= dups["similarity"].iloc[0] < 1.0


def test_different_stories_are_not_duplicates():
    assert find_duplicates(frame([STORY, "مباراة كرة القدم انتهت بالتعادل بين الفريقين في الدوري"])).empty


def test_the_earliest_published_is_kept_whatever_the_load_order():
    dups = find_duplicates(frame([STORY, STORY, STORY], ["2018-05-03", "2018-05-01", "2018-05-02"]))
    assert set(dups["kept_id"]) == {"a1"} and sorted(dups["article_id"]) == ["a0", "a2"]
    assert dups["group_id"].nunique() == 1


def test_only_the_body_counts():
    articles = frame(["عنوان أول\n" + STORY, "عنوان آخر مختلف\n" + STORY])
    assert "exact" not in set(find_duplicates(articles)["kind"])  # the titles differ
    bodies = articles.assign(body_start=[len("عنوان أول\n"), len("عنوان آخر مختلف\n")])
    assert find_duplicates(bodies)["kind"].tolist() == ["exact"]


def test_no_articles_no_duplicates():
    assert list(find_duplicates(frame([])).columns) == DUPLICATE_COLUMNS


def test_signatures_component_gives_the_signature_table():
    articles = frame([STORY, STORY + " وقال مراسلنا", "خبر مختلف"]).assign(body_start=[0, 5, 0])
    from_pipeline = pipeline.extract_tables(articles)["signatures"]
    direct = signature_table(articles)
    assert list(from_pipeline.columns) == SIGNATURE_COLUMNS
    pd.testing.assert_frame_equal(from_pipeline, direct)


def test_duplicates_from_stored_signatures_equal_those_from_the_texts():
    articles = frame([STORY, STORY + " وقال مراسلنا", STORY, "خبر مختلف تماما عن الاقتصاد"])
    signatures = pipeline.extract_tables(articles)["signatures"]
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    asked: list[str] = []

    def bodies(ids):
        asked.extend(ids)
        return {i: texts[i] for i in ids}

    from_signatures = duplicates_from_signatures(signatures, bodies)
    pd.testing.assert_frame_equal(from_signatures, find_duplicates(articles))
    assert "a3" not in asked  # only MinHash candidates' texts are read
