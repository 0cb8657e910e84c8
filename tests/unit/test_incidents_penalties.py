"""A state's execution of a convict is no event (helpers/extract/incidents/penalties.py)."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.incidents.penalties import state_execution
from helpers.text.normalize import normalize_letters

EXECUTION = (
    "القتل تعزيرا لجان في جازان\n"
    "نفذت وزارة الداخلية أمس حكم القتل تعزيرا في جان لإقدامه على قتل مواطن بطعنه بسكين وسلب ما معه من مال "
    "في منطقة جازان. وقد تمكنت الجهات الأمنية من القبض على الجاني."
)


def rows(text: str) -> list[tuple]:
    record = {"article_id": "a", "text": text, "dct": pd.Timestamp("2015-08-06"), "dct_source": "published"}
    (article,) = pipeline.run([record])
    return list(article.incidents)


def test_an_execution_announced_by_the_interior_ministry_tells_no_event():
    assert rows(EXECUTION) == []


def test_an_armed_groups_sentence_is_not_the_states():
    assert not state_execution(normalize_letters("نفذ تنظيم داعش حكم الإعدام في أربعة سائقين بحكم محكمة التنظيم."))
    assert state_execution(normalize_letters(EXECUTION))


def test_a_killing_told_without_a_sentence_carried_out_stays():
    assert rows("قتل مسلحون مجهولون ثلاثة مدنيين في هجوم على قرية في جازان أمس.")
