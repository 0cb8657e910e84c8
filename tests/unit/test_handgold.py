"""The scoring plumbing of the hand-annotated gold benchmarks (benchmarks/handgold.py)."""

from benchmarks.handgold import Aligner, locate, same_english, same_name


def test_locate_counts_raw_non_overlapping_matches():
    assert locate("قال وقال قال", "قال", 2) == 5
    assert locate("قال", "قال", 2) == -1


def test_aligner_carries_an_offset_across_a_changed_prefix():
    gold, ours = "عنوان\nقال الجيش", "عنوان\n\nقال الجيش"
    at = gold.index("الجيش")
    assert ours[Aligner(gold, ours)(at) :].startswith("الجيش")


def test_same_name_ignores_clitics_and_the_article():
    assert same_name("للجيش الليبي", "الجيش الليبي")
    assert not same_name("الجيش المصري", "الشرطة التركية")


def test_same_english_needs_the_gold_words():
    assert same_english("Khalifa Haftar", "Field Marshal Khalifa Haftar")
    assert not same_english("John Bolton", "Jun Bultun")
