"""Tests for helpers.ingest.boilerplate: listed and learned page furniture."""

import dataclasses

import pytest

from helpers import config
from helpers.ingest import boilerplate
from helpers.ingest.boilerplate import REPEATED, LineCounter, find_furniture, learned_lines, listed_rules


def kinds(text: str, learned: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """(kind, text) of every piece of furniture found."""
    return [(f.kind, f.text) for f in find_furniture(text, learned)]


def test_read_also_heading_takes_the_teaser_lines_under_it():
    text = "قال المتحدث إن القوات تقدمت.\nاقرأ أيضاً:\nمن هم الأكراد؟\nانتشال مهاجرين من المتوسط\nوتتعاون السلطات."
    assert [t for _, t in kinds(text)] == ["اقرأ أيضاً:", "من هم الأكراد؟", "انتشال مهاجرين من المتوسط"]


def test_teaser_block_stops_at_a_sentence():
    text = "اقرأ أيضا:\nوأضاف الأمير أن التقارير كاذبة.\nمن هم الأكراد؟"
    assert [t for _, t in kinds(text)] == ["اقرأ أيضا:"]


def test_teaser_block_stops_at_a_subheading_with_a_comma():
    text = "اقرأ ايضاً:\nمن هم الأكراد؟\nإذاً، ما سبب استمرار حالة الطوارئ؟"
    assert [t for _, t in kinds(text)] == ["اقرأ ايضاً:", "من هم الأكراد؟"]


def test_read_also_with_its_teaser_on_one_line():
    assert kinds("خبر.\nاقرأ أيضا| أول تعليق من محمد بن سلمان\nخبر آخر.") == [
        ("read_also", "اقرأ أيضا| أول تعليق من محمد بن سلمان")
    ]


def test_second_cnn_dateline_starts_the_teaser_tail():
    text = (
        "دبي (CNN)-- أعلن الجيش السيطرة على درنة.\nوقال المتحدث إن المعارك انتهت.\n"
        "عمان (CNN)-- أعلنت الحكومة موازنة جديدة.\nكشفت وزارة الخارجية تفاصيل الزيارة."
    )
    assert [k for k, _ in kinds(text)] == ["teaser", "teaser"]
    assert find_furniture(text)[0].text.startswith("عمان (CNN)")


def test_first_cnn_dateline_is_news():
    assert kinds("هذا المقال بقلم كاتب.\nدبي (CNN)-- أعلن الجيش السيطرة على درنة.") == []


def test_archive_photo_caption_inside_a_sentence_goes_alone():
    found = find_furniture("وصل الرئيس (صورة أرشيفية) إلى درنة.")
    assert [(f.kind, f.text) for f in found] == [("caption", "(صورة أرشيفية)")]


def test_image_credit_line_is_furniture():
    assert kinds("خبر.\nمصدر الصورة Getty Images\nخبر آخر.") == [("credit", "مصدر الصورة Getty Images")]


def test_share_prompt_is_furniture():
    assert kinds("خبر.\nشارك هذا الخبر") == [("share", "شارك هذا الخبر")]


def test_share_as_a_verb_is_news():
    assert kinds("شارك الرئيس في القمة العربية.") == []


def test_follow_us_is_furniture():
    assert kinds("خبر.\nتابعونا على فيسبوك وتويتر") == [("share", "تابعونا على فيسبوك وتويتر")]


def test_more_news_line_is_furniture():
    assert kinds("خبر.\nللمزيد من الأخبار زوروا موقعنا") == [("more_news", "للمزيد من الأخبار زوروا موقعنا")]


def test_a_link_line_repeating_the_title_closes_the_article():
    text = "المقاومة تسيطر على ابين\nقال المصدر إن القوات تقدمت.\nرابط الخبر بصحيفة الوئام: المقاومة تسيطر على ابين"
    assert kinds(text) == [("link_back", "رابط الخبر بصحيفة الوئام: المقاومة تسيطر على ابين")]
    glued = "قال المصدر إن القوات تقدمت.   رابط الخبر بصحيفة الوئام: المقاومة تسيطر على ابين"
    assert [k for k, _ in kinds(glued)] == ["link_back"]
    assert kinds("وقال إن رابط الخبر: قوي.") == []


def test_separator_line_is_furniture():
    assert kinds("خبر.\n--------------\nخبر آخر.") == [("separator", "--------------")]


def test_learned_line_is_removed_only_when_learned():
    footer = "جميع المقالات تمثل رأي كتابها فقط"
    text = f"خبر عن درنة.\n{footer}"
    assert kinds(text) == []
    assert kinds(text, frozenset({footer})) == [("learned", footer)]


def test_learned_line_stays_as_the_lead_of_its_own_article():
    lead = "أعلنت الشرطة الهولندية إطلاق النار على مشتبه به"
    assert kinds(f"{lead}\nوقالت الشرطة إن الحادث وقع صباحا.", frozenset({lead})) == []


def test_learned_lines_are_read_back_from_removed():
    removed = [{"kind": "learned", "text": "تذييل"}, {"kind": "share", "text": "شارك"}]
    assert learned_lines(removed) == frozenset({"تذييل"})


def count(articles: list[str], **settings) -> dict[str, frozenset[str]]:
    """The furniture a LineCounter learns from ``articles`` of one outlet."""
    counter = LineCounter(dataclasses.replace(config.BoilerplateSettings(), **settings))
    for text in articles:
        counter.add("BBC", text)
    return counter.furniture()


def test_line_recurring_after_different_lines_is_learned():
    articles = [f"خبر رقم {i} عن درنة.\nتذييل الموقع" for i in range(5)]
    assert count(articles) == {"BBC": frozenset({"تذييل الموقع"})}


def test_line_repeated_by_duplicated_articles_is_not_learned():
    assert count(["خبر عن درنة.\nتذييل الموقع"] * 6) == {}


def test_line_below_the_outlet_share_is_not_learned():
    articles = [f"خبر رقم {i} عن درنة.\nتذييل الموقع" for i in range(5)] + [f"خبر {i}." for i in range(100)]
    assert count(articles, min_share=0.1) == {}


def test_long_lines_are_never_learned():
    articles = [f"خبر رقم {i}.\nسطر طويل يتكرر" for i in range(5)]
    assert count(articles, max_learned_chars=5) == {}


def test_unknown_scope_in_the_table_is_an_error(tmp_path):
    table = tmp_path / "boilerplate.csv"
    table.write_text("kind,scope,pattern,note\nshare,everywhere,^شارك$,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown scope"):
        listed_rules(table)


def test_shipped_table_loads():
    assert {r.kind for r in listed_rules(boilerplate.boilerplate_path())} >= {"read_also", "teaser", "caption"}


def test_shipped_learned_table_is_read_per_outlet(tmp_path):
    table = tmp_path / "learned.csv"
    table.write_text("outlet,articles,text\nBBC Arabic,9,تذييل  الموقع\n", encoding="utf-8")
    assert boilerplate.shipped_learned(table) == {"BBC Arabic": frozenset({"تذييل الموقع"})}


def test_learned_tables_merge_outlet_by_outlet():
    merged = boilerplate.merge_learned({"A": frozenset({"x"})}, {"A": frozenset({"y"}), "B": frozenset({"z"})})
    assert merged == {"A": frozenset({"x", "y"}), "B": frozenset({"z"})}


TEASER = "أعلنت الشرطة الهولندية إطلاق النار على مشتبه به"
OTHER_LEAD = "كشف الجيش المصري نتائج البيان رقم 28 للعملية الشاملة"


def test_repeated_leads_right_after_a_learned_teaser_are_an_appended_block():
    text = f"خبر عن خاشقجي.\n{TEASER}\n{OTHER_LEAD}"
    found = kinds(text, frozenset({TEASER, REPEATED + OTHER_LEAD}))
    assert found == [("learned", TEASER), ("learned", OTHER_LEAD)]


def test_a_repeated_line_alone_is_news():
    text = f"خبر عن خاشقجي.\n{OTHER_LEAD}"
    assert kinds(text, frozenset({REPEATED + OTHER_LEAD})) == []


def test_the_block_stops_at_a_line_seen_nowhere_else():
    text = f"خبر عن خاشقجي.\n{TEASER}\nسطر لم يتكرر في أي مقال.\n{OTHER_LEAD}"
    assert kinds(text, frozenset({TEASER, REPEATED + OTHER_LEAD})) == [("learned", TEASER)]


def test_lines_after_different_first_lines_are_counted_as_repeated():
    counter = LineCounter()
    for i in range(2):
        counter.add("CNN", f"خبر رقم {i} عن درنة.\n{OTHER_LEAD}")
    assert counter.repeated() == {"CNN": frozenset({REPEATED + OTHER_LEAD})}
