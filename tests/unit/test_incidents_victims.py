"""Civilians are never actor 1 of a strike, a shelling or an attack (helpers/extract/incidents/component.py
``_sides``), on an Article the pipeline builds from a minimal text."""

import pandas as pd

from helpers.extract import pipeline

TITLE = "قصف على الغوطة"


def test_civilians_killed_in_a_shelling_are_its_target_and_the_army_its_doer():
    sentence = (
        "قال المرصد السوري لحقوق الإنسان إنه وثق مقتل 20 مدنيا، بينهم أربعة أطفال، السبت في القصف على مدينة دوما، "
        "وسط تقدم جديد للجيش السوري."
    )
    record = {"article_id": "a", "text": f"{TITLE}\n{sentence}", "dct": pd.Timestamp("2018-03-11"),
              "dct_source": "published", "outlet": "France 24", "body_start": len(TITLE) + 1}  # fmt: skip
    (article,) = pipeline.run([record])
    (row,) = article.incidents
    assert (row[10], row[13]) == ("Military Forces of Syria", "Civilians (Syria)")
