"""One row per place of a strike or a battle (helpers/extract/incidents/places.py), on Articles the pipeline
builds from minimal texts."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.incidents.scope import INCIDENT_COLUMNS

TITLE = "غارات على اليمن"


def parts(sentence: str) -> list[dict]:
    """Every row of the sentence's article, split by place (the component calls ``per_place``)."""
    text = f"{TITLE}\n{sentence}"
    record = {"article_id": "a", "text": text, "dct": pd.Timestamp("2018-07-28"), "dct_source": "published",
              "outlet": "Sky News Arabia", "body_start": len(TITLE) + 1}  # fmt: skip
    (article,) = pipeline.run([record])
    rows = list(article.incidents)
    return [dict(zip(INCIDENT_COLUMNS, row, strict=True)) for row in rows]


def places(sentence: str) -> list[str]:
    return [row["location_en"] for row in parts(sentence)]


def test_a_strike_on_two_towns_joined_by_wa_is_two_events():
    rows = parts("شن طيران التحالف غارات على صنعاء وعمران.")
    assert [r["location_en"] for r in rows] == ["Sanaa", "Amran"]
    assert {(r["event_type"], r["sub_event_type"], r["event_date"]) for r in rows} == {
        ("Explosions/Remote violence", "Air/drone strike", pd.Timestamp("2018-07-28"))
    }
    assert rows[1]["event_id"] == rows[0]["event_id"] + ".1"


def test_a_second_clause_joined_by_a_comma_names_another_place():
    assert places("استهدفت الغارات مواقع للمتمردين في مدينة الحديدة، وطالت أيضا تحصينات للمتمردين في زبيد.") == [
        "Al Hudaydah",
        "Zabid",
    ]


def test_a_place_inside_another_is_one_event():
    assert len(places("استهدفت الغارات مواقع في منطقة المنقم بمديرية الدريهمي جنوبي مدينة الحديدة.")) == 1


def test_a_range_from_one_place_to_another_is_one_event():
    assert len(places("قصفت الطائرات مواقع المسلحين من صنعاء، وحتى مشارف مدينة عمران.")) == 1


def test_the_dead_stated_for_one_place_stay_on_its_row():
    rows = parts("شن الطيران غارات على صنعاء وعمران، ما أسفر عن مقتل 3 في عمران.")
    assert [(r["location_en"], r["fatalities"]) for r in rows] == [("Sanaa", None), ("Amran", 3)]


def test_the_dead_told_for_the_whole_list_go_to_none_of_its_rows():
    """The gold sets give a toll told for all of a list (before it or after it) to none of its places."""
    assert [r["fatalities"] for r in parts("قتل 5 مدنيين في قصف على صنعاء وعمران.")] == [None, None]
    after = parts("أسفر القصف على صنعاء وعمران عن مقتل ثمانية مدنيين.")
    assert [(r["location_en"], r["fatalities"]) for r in after] == [("Sanaa", None), ("Amran", None)]


def test_the_dead_of_a_where_clause_after_the_list_are_its_last_place_s():
    """«، حيث» right after the last place opens a clause about that place only; «، ما أسفر» is about all."""
    rows = parts("شن الطيران غارات على صنعاء وعمران، حيث قتل 3 مدنيين.")
    assert [(r["location_en"], r["fatalities"]) for r in rows] == [("Sanaa", None), ("Amran", 3)]
    rows = parts("شن الطيران غارات على صنعاء وعمران، ما أسفر عن مقتل 3 مدنيين.")
    assert [(r["location_en"], r["fatalities"]) for r in rows] == [("Sanaa", None), ("Amran", None)]


def test_the_dead_of_a_single_place_keep_their_row():
    assert [r["fatalities"] for r in parts("قتل 5 مدنيين في قصف على صنعاء.")] == [5]


def test_a_battle_noun_with_places_names_a_campaign_a_battle_verb_splits():
    assert len(places("خاض الجيش معارك في صنعاء وعمران.")) == 1
    assert len(places("اشتبكت القوات مع المسلحين في صنعاء وعمران.")) == 2


def test_a_planned_strike_is_not_split():
    assert len(places("يعتزم التحالف قصف صنعاء وعمران.")) <= 1
    assert len(places("قصف التحالف صنعاء وعمران.")) == 2


def test_a_place_after_another_act_is_not_an_item_of_the_list():
    assert len(places("قصف التحالف صنعاء والمواقع التي استهدفتها عمران.")) == 1


def test_a_district_then_its_city_with_a_direction_is_one_place_not_a_list():
    assert places("قصفت طائرات التحالف مواقع في منطقة المنصورة، جنوبي مدينة الحديدة.") == ["Al Mansurah"]


def test_a_listed_district_the_gazetteer_lacks_gets_its_romanised_name():
    found = places("قصفت طائرات التحالف مواقع في منطقة الكدحة وميناء المخا.")
    assert found[0] not in ("", None) and len(found) == 2


def test_protests_in_a_list_of_towns_are_one_event_per_town():
    rows = parts("وخرجت تظاهرات مماثلة في البصرة والنجف وكربلاء.")
    assert [(r["event_type"], r["location_en"]) for r in rows] == [
        ("Protests", "Basrah"),
        ("Protests", "Najaf"),
        ("Protests", "Karbala"),
    ]


def test_a_pair_of_towns_after_bayna_is_one_road_not_a_list():
    rows = parts("وقطع محتجون الطريق الرابط بين البصرة والعمارة احتجاجا على انقطاع الكهرباء.")
    assert len(rows) <= 1
    rows = parts("وخرجت تظاهرات في البصرة والعمارة احتجاجا على انقطاع الكهرباء.")
    assert len(rows) == 2


def test_a_strike_on_a_dual_of_districts_the_gazetteer_lacks_is_two_events():
    rows = parts("استهدفت غارات التحالف مواقع في مديريتي رازح وكتاف بمحافظة صعدة.")
    assert len(rows) == 2 and rows[0]["location"] != rows[1]["location"]
    assert len(parts("استهدفت غارات التحالف مواقع في مديرية رازح بمحافظة صعدة.")) == 1


def test_clashes_in_two_towns_are_two_events_a_battles_name_stays_one():
    """Stop 44: clash nouns split like battle verbs (the first assertion fails on the code of stop 43)."""
    assert len(places("اندلعت اشتباكات بين القوات والمسلحين في صنعاء وعمران.")) == 2
    assert len(places("خاض الجيش معارك في صنعاء وعمران.")) == 1


def test_a_place_added_with_bil_idafa_ila_is_an_item_of_the_list():
    """Stop 44: «بالإضافة إلى ... في Y» adds a place (the first assertion fails on the code of stop 43)."""
    sentence = "وقصفت مقاتلات التحالف مواقع الحوثيين في صنعاء بالإضافة إلى ورشات صيانة في عمران."
    assert places(sentence) == ["Sanaa", "Amran"]
    assert len(places("وقصفت مقاتلات التحالف مواقع الحوثيين في صنعاء وشمال عمران.")) == 1


def test_a_later_sentence_listing_places_is_not_folded_into_the_first_report():
    text = (
        "شنت طائرات التحالف العربي غارات على مواقع للحوثيين في محافظة صعدة أمس. "
        "واستهدفت غارات التحالف مواقع للحوثيين في مديريات رازح وكتاف وحيدان بمحافظة صعدة."
    )
    record = {"article_id": "a", "text": text, "dct": pd.Timestamp("2015-08-10"), "dct_source": "published"}
    (article,) = pipeline.run([record])
    located = [dict(zip(INCIDENT_COLUMNS, row, strict=True))["location_en"] for row in article.incidents]
    assert located == ["Razih", "Kataf", "Hidan"]  # one strike per district, not the first report's one row
