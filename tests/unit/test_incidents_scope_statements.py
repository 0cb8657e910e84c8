"""Which statements the event table keeps (helpers/extract/incidents/scope.py, ``statement_kept``): a leader's,
a government's or an army's words on the conflict that are the article's news, made by a verb or told by their
medium; minimal pairs through the pipeline."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.incidents.scope import INCIDENT_COLUMNS

TITLE = "تطورات"
FILLER = "وتشهد المنطقة طقسا معتدلا هذا الأسبوع. "


def statements(body: str) -> list[dict]:
    text = f"{TITLE}\n{body}"
    record = {"article_id": "a", "text": text, "dct": pd.Timestamp("2018-06-01"), "dct_source": "published",
              "outlet": "Sky News Arabia", "body_start": len(TITLE) + 1}  # fmt: skip
    (article,) = pipeline.run([record])
    rows = [dict(zip(INCIDENT_COLUMNS, row, strict=True)) for row in article.incidents]
    return [row for row in rows if row["event_type"] == "Statement"]


def test_a_leaders_tweet_on_war_is_a_statement_on_the_economy_not():
    found = statements("وقال الرئيس الأميركي دونالد ترامب في تغريدة على تويتر إن الصواريخ الجديدة قادمة.")
    assert [row["actor1_en"] for row in found] == ["Donald Trump"]
    assert statements("وقال الرئيس الأميركي دونالد ترامب في تغريدة على تويتر إن الاقتصاد ينمو بسرعة.") == []


def test_a_warning_of_military_action_is_a_statement_a_warning_of_heat_is_not():
    assert len(statements("حذر الرئيس المصري عبد الفتاح السيسي من أي تحرك عسكري في الجنوب.")) == 1
    assert statements("حذر الرئيس المصري عبد الفتاح السيسي من ارتفاع درجات الحرارة في الجنوب.") == []


def test_a_warning_inside_someones_words_is_not_a_statement_made():
    assert statements("وقال مسؤول إن الرئيس المصري عبد الفتاح السيسي حذر من أي تحرك عسكري في الجنوب.") == []


def test_a_statement_deep_in_the_article_is_kept_only_when_it_declares_an_operation():
    warning = "حذر الرئيس المصري عبد الفتاح السيسي من أي تحرك عسكري في الجنوب."
    assert statements(FILLER * 6 + warning) == []
    assert len(statements(FILLER * 6 + "وأعلن الرئيس المصري عبد الفتاح السيسي بدء عملية عسكرية في سيناء.")) == 1


def test_a_statement_with_no_named_speaker_is_not_kept():
    assert statements("وحذر المدنيون من أي تحرك عسكري في الجنوب.") == []


def test_a_war_of_trade_is_not_a_statement_on_the_war():
    said = "وقال وزير التجارة الصيني تشونغ شان في مؤتمر صحفي إن الحرب ستجلب كارثة"
    assert statements(said + " على الجيش.") != []
    assert statements(said + " في حرب تجارية على الرسوم.") == []


def test_the_speaker_after_the_verb_is_not_the_statements_words():
    assert statements("أعلنت القوات الخاصة التايلاندية إخراج جميع الفتية من الكهف.") == []
