"""The events report's tables, on a small synthetic incidents table (the columns of ``Store.incidents()``)."""

import pandas as pd
import pytest

from helpers.report import events, tables, trust


def incident(event_id, article_id, outlet, event_type="Battles", **fields):
    """One row of an incidents table with every column, the given fields set."""
    row = dict.fromkeys(events.INCIDENT_COLUMNS, "")
    row.update(
        event_id=event_id, article_id=article_id, outlet=outlet, event_type=event_type, sentence_id=0, start=0,
        end=4, latitude=None, longitude=None, geo_precision=pd.NA, fatalities=pd.NA, confidence=0.5,
        event_date=pd.Timestamp("2018-05-07"), cluster_id=event_id, n_sources=1, first_outlet=outlet,
        first_published=pd.Timestamp("2018-05-07 10:00"), time_precision=1,
    )  # fmt: skip
    row.update(fields)
    return row


def incidents_frame():
    """Two outlets telling one battle in Derna (Sky first), an airstrike, a protest in a country, an arrest."""
    battle = {
        "actor1": "الجيش الوطني الليبي",
        "actor1_en": "Libyan National Army",
        "actor2": "مجلس شورى درنة",
        "actor2_en": "Derna Shura Council",
        "location": "درنة",
        "location_en": "Derna",
        "latitude": 32.76,
        "longitude": 22.64,
        "geo_precision": 1,
        "n_sources": 2,
        "cluster_id": "SK-1:0:0",
        "first_outlet": "Sky",
    }
    rows = [
        incident("SK-1:0:0", "SK-1", "Sky", **battle, fatalities=30, fatalities_qualifier="exact"),
        incident("BB-2:3:0", "BB-2", "BBC", **battle, fatalities=12, fatalities_qualifier="at_least"),
        incident(
            "BB-3:1:0",
            "BB-3",
            "BBC",
            "Explosions/Remote violence",
            actor1="طيران",
            actor1_en="aircraft",
            location="درنة",
            latitude=32.76,
            longitude=22.64,
            geo_precision=2,
            fatalities=100,
            fatalities_qualifier="about",
            event_date=pd.Timestamp("2018-05-22"),
        ),
        incident(
            "CN-4:0:0",
            "CN-4",
            "CNN",
            "Protests",
            actor1="محتجون",
            actor1_en="protesters",
            location="ليبيا",
            location_en="Libya",
            latitude=27.0,
            longitude=17.0,
            geo_precision=3,
        ),
        incident(
            "CN-5:2:1",
            "CN-5",
            "CNN",
            "Strategic developments",
            actor1="الشرطة",
            actor2="مسلحين",
            event_date=pd.Timestamp("1969-09-01"),
        ),
    ]
    frame = pd.DataFrame(rows)
    frame["fatalities"] = frame["fatalities"].astype("Int64")
    return frame


def test_missing_columns_are_added_empty():
    frame = events.with_columns(pd.DataFrame({"event_id": ["a:0:0"], "outlet": ["Sky"]}))
    assert set(events.INCIDENT_COLUMNS) <= set(frame.columns)


def test_a_table_without_clusters_makes_each_event_its_own():
    frame = events.with_columns(pd.DataFrame({"event_id": ["a:0:0"], "outlet": ["Sky"]}))
    assert frame.loc[0, "cluster_id"] == "a:0:0" and frame.loc[0, "first_outlet"] == "Sky"


def test_a_store_without_incidents_gives_an_empty_table_with_its_columns():
    class OldStore:
        def table(self, name):
            return pd.DataFrame()

    frame = events.load_incidents(OldStore())
    assert frame.empty and "event_type" in frame


def test_store_incidents_is_preferred_to_the_raw_table():
    class NewStore:
        def incidents(self):
            return incidents_frame()

    assert len(events.load_incidents(NewStore())) == 5


def test_type_label_gives_arabic_then_english():
    assert events.type_label("Battles") == "معارك / Battles"


def test_actor_label_without_either_name_is_unknown():
    assert events.actor_label("", None) == "(غير معروف) / (unknown)"


def test_actor_label_puts_english_beside_arabic():
    assert events.actor_label("الشرطة", "police") == "الشرطة / police"


def test_events_outside_the_articles_window_are_counted_not_kept():
    kept, left_out = events.in_window(incidents_frame(), pd.Series(pd.to_datetime(["2018-05-07", "2018-05-30"])))
    assert left_out == 1 and pd.Timestamp("1969-09-01") not in set(kept["event_date"])


def test_events_table_keeps_acled_names_in_date_order():
    table = events.events_table(incidents_frame())
    assert list(table.columns[:4]) == ["event_date", "time_precision", "event_type", "sub_event_type"]
    assert table["event_date"].is_monotonic_increasing


def test_events_table_shows_the_source_scale():
    assert "source_scale" in events.events_table(incidents_frame()).columns


def test_actor_pairs_count_an_event_told_twice_as_one_cluster():
    pairs = events.actor_pairs(incidents_frame())
    battle = pairs[pairs["event_type"] == "Battles"].iloc[0]
    assert (battle["events"], battle["clusters"]) == (2, 1)


def test_actor_pairs_join_two_arabic_names_of_one_english_actor():
    named = {"actor1": "الجيش", "actor1_en": "Army", "actor2_en": "Al-Qaeda"}
    rows = [
        incident("A-1:0:0", "A-1", "Sky", actor2="تنظيم القاعدة", **named),
        incident("A-2:0:0", "A-2", "Sky", actor2="القاعدة", **named),
        incident("A-3:0:0", "A-3", "Sky", actor2="القاعدة", **named),
        incident(
            "A-4:0:0", "A-4", "Sky", actor2="مسلحون", actor2_en="", **{k: named[k] for k in ("actor1", "actor1_en")}
        ),
    ]
    pairs = events.actor_pairs(pd.DataFrame(rows))
    assert sorted(zip(pairs["actor2"], pairs["clusters"], strict=True)) == [("القاعدة", 3), ("مسلحون", 1)]
    matrix = events.actor_matrix(pd.DataFrame(rows))
    assert matrix.loc["الجيش / Army", "القاعدة / Al-Qaeda"] == 3


def test_actor_matrix_labels_both_languages_and_counts_clusters():
    matrix = events.actor_matrix(incidents_frame(), "Battles")
    assert matrix.loc["الجيش الوطني الليبي / Libyan National Army", "مجلس شورى درنة / Derna Shura Council"] == 1


def test_actor_matrix_groups_actors_past_top_as_others():
    matrix = events.actor_matrix(incidents_frame(), top=1)
    assert "(آخرون) / (others)" in matrix.index


def test_actor_matrix_puts_unknown_actors_last():
    matrix = events.actor_matrix(incidents_frame(), "Explosions/Remote violence")
    assert matrix.columns[-1] == "(غير معروف) / (unknown)"


def test_actor_matrix_of_a_type_with_no_events_is_empty():
    assert events.actor_matrix(incidents_frame(), "Riots").empty


def test_clusters_list_every_outlet_and_the_first():
    table = events.clusters(incidents_frame())
    battle = table.iloc[0]
    assert (battle["n_sources"], battle["first_outlet"], battle["outlets"]) == (2, "Sky", "BBC | Sky")


def test_outlet_summary_credits_the_first_outlet_only():
    summary = events.outlet_summary(incidents_frame()).set_index("outlet")
    assert summary.loc["Sky", "first_reports"] == 1 and summary.loc["BBC", "first_reports"] == 0


def test_outlet_summary_counts_shared_clusters():
    summary = events.outlet_summary(incidents_frame()).set_index("outlet")
    assert summary.loc["BBC", "shared_clusters"] == 1 and summary.loc["BBC", "clusters"] == 2


def test_outlet_by_cluster_marks_the_first_publisher_with_2():
    matrix = events.outlet_by_cluster(incidents_frame())
    assert matrix.iloc[0]["Sky"] == 2 and matrix.iloc[0]["BBC"] == 1


def test_outlet_by_cluster_without_shared_events_is_empty():
    frame = incidents_frame()
    assert events.outlet_by_cluster(frame.assign(n_sources=1, cluster_id=frame["event_id"])).empty


def own_story_retold():
    """The battle also told twice by Sky alone (another cluster): not a race between outlets."""
    frame = incidents_frame()
    retold = frame.iloc[[0, 0]].assign(
        event_id=["SK-5:0:0", "SK-6:0:0"], article_id=["SK-5", "SK-6"], cluster_id="SK-5:0:0", n_sources=2
    )
    return pd.concat([frame, retold], ignore_index=True)


def test_outlet_summary_counts_only_clusters_told_by_two_outlets():
    summary = events.outlet_summary(own_story_retold()).set_index("outlet")
    assert summary.loc["Sky", ["shared_clusters", "first_reports"]].tolist() == [1, 1]


def test_outlet_by_cluster_leaves_out_an_outlet_retelling_its_own_story():
    matrix = events.outlet_by_cluster(own_story_retold())
    assert len(matrix) == 1 and matrix.iloc[0]["BBC"] == 1


def test_fatalities_of_one_event_told_twice_are_counted_once():
    table = events.fatalities_by(incidents_frame()).set_index("event_type")
    assert table.loc["Battles", "exact"] == 30 and table.loc["Battles", "at_least"] == 0


def test_fatalities_keep_about_apart_from_exact():
    table = events.fatalities_by(incidents_frame()).set_index("event_type")
    assert table.loc["Explosions/Remote violence", "about"] == 100
    assert table.loc["Explosions/Remote violence", "stated"] == "about 100"


def test_stated_deaths_read_with_the_qualifier_before_the_number():
    """'7 at least' reads as a count of 'at least'; the analyst reads 'at least 7' (as the docstring says)."""
    row = pd.Series({"exact": 17, "at_least": 7, "about": 100, "up_to": 0})
    assert events._stated(row) == "17 exact + at least 7 + about 100"


def test_fatalities_by_week_start_on_monday():
    table = events.fatalities_by(incidents_frame(), by="week")
    assert all(pd.Timestamp(w).day_of_week == 0 for w in table["week"])


def test_a_count_without_qualifier_reads_as_exact():
    frame = incidents_frame().assign(fatalities_qualifier="")
    assert events.stated_counts(frame)["qualifier"].eq("exact").all()


@pytest.mark.parametrize(
    "function",
    [events.events_table, events.actor_pairs, events.clusters, events.outlet_summary, events.fatalities_by],
)
def test_tables_of_no_events_are_empty_with_columns(function):
    table = function(events.with_columns(pd.DataFrame()))
    assert table.empty and len(table.columns)


def test_evidence_gives_each_event_its_sentence():
    frame = incidents_frame().assign(start=4, end=8)
    articles = pd.DataFrame({"article_id": frame["article_id"], "text": "قتل اشتباك في درنة. ثم هدوء."})
    rows = events.evidence(frame, articles)
    assert rows.loc[0, "sentence"] == "قتل اشتباك في درنة." and rows.loc[0, "sentence_start"] == 0


def test_events_drilldown_escapes_and_marks_the_trigger():
    frame = incidents_frame().assign(start=4, end=9, actor1="<script>x</script>")
    articles = pd.DataFrame({"article_id": frame["article_id"], "text": "قتل اشتباك في درنة."})
    page = tables.drilldown_html(events.evidence(frame, articles), events.EVENT_COLUMNS, span=("start", "end"))
    assert "<script>x" not in page and "<mark>اشتبا</mark>" in page


def test_an_empty_events_table_still_renders():
    page = tables.table_html(events.fatalities_by(events.with_columns(pd.DataFrame())), name="fatalities")
    assert 'data-ans-table="fatalities"' in page


def test_intro_is_empty_until_the_trust_tables_know_the_report(monkeypatch):
    monkeypatch.delitem(trust.LIMITS, "events", raising=False)
    assert events.intro_html() == ""


def test_the_events_drilldown_of_no_events_renders_empty():
    empty = events.with_columns(pd.DataFrame())
    rows = events.evidence(empty, pd.DataFrame({"article_id": ["a"], "text": ["نص."]}))
    page = tables.drilldown_html(rows, events.EVENT_COLUMNS, name="events", span=("start", "end"))
    assert 'data-ans-table="events"' in page


def test_no_events_give_no_types_to_draw():
    assert events.most_common_types(events.with_columns(pd.DataFrame())) == []


def test_a_confidence_threshold_keeps_the_surer_events_and_counts_the_others():
    frame = pd.DataFrame([incident("e1", "a", "Sky", confidence=0.8), incident("e2", "a", "Sky", confidence=0.4),
                          incident("e3", "b", "BBC", confidence=None)])  # fmt: skip
    kept, left_out = events.surer(frame, 0.5)
    assert list(kept["event_id"]) == ["e1"] and left_out == 2


def test_no_threshold_keeps_the_store_table_and_says_so():
    frame = pd.DataFrame([incident("e1", "a", "Sky", confidence=0.1)])
    kept, left_out = events.surer(frame, None)
    assert len(kept) == 1 and left_out == 0
    assert "default" in events.confidence_note(None, 0) and "0.5" in events.confidence_note(0.5, 3)


def test_an_actor_has_one_arabic_name_as_actor_1_and_actor_2_and_two_actors_never_share_one():
    """The matrix named "Unidentified Islamist militants" الإرهابيين as actor 1 and مسلحون as actor 2, and headed
    two columns مسلحون (one Islamist militants, one an armed group): an Arabic reader could not tell them apart."""
    militants, gunmen = "Unidentified Islamist militants", "Unidentified armed group"
    army = {"actor1": "الجيش", "actor1_en": "Army"}
    rows = [
        incident("A-1:0:0", "A-1", "Sky", actor1="الإرهابيين", actor1_en=militants, actor2="الجيش", actor2_en="Army"),
        incident("A-2:0:0", "A-2", "Sky", actor1="الإرهابيين", actor1_en=militants, actor2="الجيش", actor2_en="Army"),
        incident("A-3:0:0", "A-3", "Sky", actor2="مسلحون", actor2_en=militants, **army),
        incident("A-4:0:0", "A-4", "Sky", actor2="مسلحون", actor2_en=militants, **army),
        incident("A-5:0:0", "A-5", "Sky", actor2="الإرهابيين", actor2_en=militants, **army),
        incident("A-6:0:0", "A-6", "Sky", actor2="مسلحون", actor2_en=gunmen, **army),
    ]
    matrix = events.actor_matrix(pd.DataFrame(rows))
    assert f"الإرهابيين / {militants}" in matrix.index and f"الإرهابيين / {militants}" in matrix.columns
    assert f"مسلحون / {gunmen}" in matrix.columns and f"مسلحون / {militants}" not in matrix.columns


def test_a_cluster_row_takes_an_actor_its_first_report_leaves_empty_from_its_other_reports():
    """The clusters table's top row on a Yemen corpus read "Government regains territory at الحديدة, no actor 1,
    no actor 2" for six reports, three of which name the Houthis as actor 2 and two the government forces as
    actor 1: the first report's own sentence (a plan to take the city) named neither."""
    shared = {"cluster_id": "SK-1:0:0", "n_sources": 3, "first_outlet": "Sky", "location": "الحديدة"}
    rows = [
        incident("SK-1:0:0", "SK-1", "Sky", **shared),
        incident("FR-2:1:0", "FR-2", "France 24", **shared, actor1="القوات الحكومية", actor2="جماعة الحوثي"),
        incident("FR-3:1:0", "FR-3", "France 24", **shared, actor1="القوات الحكومية", actor2="جماعة الحوثي"),
        incident("AL-4:2:0", "AL-4", "Al Arabiya", **shared, actor1="القوات السعودية", actor2="جماعة الحوثي"),
    ]
    row = events.clusters(pd.DataFrame(rows)).iloc[0]
    assert (row["actor1"], row["actor2"], row["location"]) == ("القوات الحكومية", "جماعة الحوثي", "الحديدة")


def test_a_cluster_row_keeps_the_actor_its_first_report_names():
    table = events.clusters(incidents_frame())
    assert table.iloc[0]["actor1"] == "الجيش الوطني الليبي"


def test_a_cluster_row_fills_its_empty_actor_counting_copies_once_and_one_actors_names_together():
    """A Syria corpus's cluster of the Douma attack (first report naming no actor 1) read actor 1 «عناصر أساسية»
    ("key elements", a misread of one article and its exact copy) although four other reports named the Syrian
    forces three ways («الجيش السوري», «القوات السورية», «النظام السوري»)."""
    shared = {"cluster_id": "FR-1:0:0", "n_sources": 6, "first_outlet": "France 24", "location": "دوما"}
    syria = "Military Forces of Syria"
    rows = [
        incident("FR-1:0:0", "FR-1", "France 24", **shared, content_hash="h1"),
        incident("FR-2:3:0", "FR-2", "France 24", **shared, content_hash="h2", actor1="عناصر", actor1_en="Elements"),
        incident("FR-3:3:0", "FR-3", "France 24", **shared, content_hash="h2", actor1="عناصر", actor1_en="Elements"),
        incident(
            "FR-4:1:0", "FR-4", "France 24", **shared, content_hash="h4", actor1="القوات السورية", actor1_en=syria
        ),
        incident("SK-5:6:0", "SK-5", "Sky", **shared, content_hash="h5", actor1="الجيش السوري", actor1_en=syria),
        incident("FR-6:1:0", "FR-6", "France 24", **shared, content_hash="h6", actor1="النظام السوري", actor1_en=syria),
    ]
    row = events.clusters(pd.DataFrame(rows)).iloc[0]
    assert row["actor1"] in {"القوات السورية", "الجيش السوري", "النظام السوري"}


def test_one_article_stating_one_toll_twice_for_one_day_counts_it_once():
    """A Syria corpus's deaths table counted the Sweida attack's «أكثر من 250 قتيلا» twice: the article gave it
    in one sentence (placed at Sweida) and carried it on the next (the abductions «أثناء هجومه الأربعاء», no
    place); two rows, two clusters, at least 500."""
    day = {"event_date": pd.Timestamp("2018-07-25"), "fatalities": 250.0, "fatalities_qualifier": "at_least"}
    rows = [
        incident("FR-1:1:0", "FR-1", "France 24", "Violence against civilians", location="السويداء", **day),
        incident("FR-1:4:0", "FR-1", "France 24", "Violence against civilians", **day),
    ]
    table = events.fatalities_by(pd.DataFrame(rows))
    assert table["at_least"].tolist() == [250] and table["events"].tolist() == [1]
    elsewhere = {"event_date": pd.Timestamp("2018-07-25"), "fatalities": 3.0}
    two = [
        incident("FR-2:1:0", "FR-2", "France 24", location="درعا", **elsewhere),
        incident("FR-2:2:0", "FR-2", "France 24", location="إدلب", **elsewhere),
    ]
    assert events.fatalities_by(pd.DataFrame(two))["exact"].tolist() == [6]  # two places: two tolls


def test_two_event_types_with_one_toll_in_one_article_are_two_tolls():
    """Review of s29R: a clash killing 3 soldiers and an air strike killing 3 civilians in Tripoli the same day,
    told in one article, were counted as one toll of 3."""
    day = {"event_date": pd.Timestamp("2020-03-10"), "fatalities": 3.0, "location": "طرابلس"}
    rows = [
        incident("L:1:0", "L", "Sky", "Battles", **day),
        incident("L:2:0", "L", "Sky", "Explosions/Remote violence", **day),
    ]
    assert events.fatalities_by(pd.DataFrame(rows))["exact"].sum() == 6


def test_a_toll_of_only_hundreds_or_dozens_is_not_added_up_as_about_100():
    """On an Egypt corpus «وقتل المئات من أفراد الجيش والشرطة والمدنيين» (years of attacks) was drawn twice as
    "about 100" dead in a week; «ثلاثة آلاف» is a count and stays."""
    day = {"event_date": pd.Timestamp("2018-05-22"), "fatalities_qualifier": "about"}
    rows = [
        incident("B:1:0", "B", "BBC", fatalities=100.0, fatalities_text="المئات من أفراد", **day),
        incident("C:1:0", "C", "CNN", fatalities=10.0, fatalities_text="عشرات القتلى", **day),
        incident("D:1:0", "D", "Sky", fatalities=3000.0, fatalities_text="ثلاثة آلاف شخص", **day),
        incident("E:1:0", "E", "Sky", fatalities=7.0, fatalities_text="7 جنود", event_date=pd.Timestamp("2018-05-22")),
    ]
    table = events.fatalities_by(pd.DataFrame(rows))
    assert table["about"].tolist() == [3000] and table["exact"].tolist() == [7] and table["events"].tolist() == [2]
    note = events.vague_note(pd.DataFrame(rows))
    assert note.startswith("2 حصيلة بلا عدد") and "«المئات من أفراد»" in note
    assert "hundreds, thousands or dozens" in note
    assert events.vague_note(pd.DataFrame(rows[2:])) == ""
    assert "/ 1 toll stated only as hundreds" in events.vague_note(pd.DataFrame(rows[:1]))  # one toll, not "1 tolls"


def test_one_days_toll_at_one_place_told_in_two_clusters_is_counted_once():
    """Friday's 43 dead in one town, told as a shelling by one outlet and as an air raid by another (two clusters),
    were added twice in the week's bar; another town's 43, or another type's, stay apart."""
    base = {"event_type": "Explosions/Remote violence", "event_date": "2018-03-16", "location": "بلدة",
            "fatalities": 43.0, "fatalities_qualifier": "exact", "fatalities_text": "43"}  # fmt: skip
    rows = [
        base | {"event_id": "a:1:0", "article_id": "a", "cluster_id": "a:1:0"},
        base | {"event_id": "b:1:0", "article_id": "b", "cluster_id": "b:1:0", "fatalities_qualifier": "at_least"},
        base | {"event_id": "c:1:0", "article_id": "c", "cluster_id": "c:1:0", "location": "قرية"},
        base | {"event_id": "d:1:0", "article_id": "d", "cluster_id": "d:1:0", "event_type": "Battles"},
    ]
    frame = events.with_columns(pd.DataFrame(rows))
    assert sorted(events.stated_counts(frame)["event_id"]) == ["a:1:0", "c:1:0", "d:1:0"]


def test_two_weapons_with_one_toll_at_one_place_and_day_are_two_tolls():
    """An American air raid (3 dead) and an IED of al-Shabaab (3 dead) in Mogadishu on one day: the store kept them
    apart (two weapons) and the deaths tables add 6; a shelling and an air raid (one strike told twice) count once."""
    base = {"event_type": "Explosions/Remote violence", "event_date": "2018-10-27", "location": "مقديشو",
            "fatalities": 3.0, "fatalities_qualifier": "exact", "fatalities_text": "3"}  # fmt: skip
    rows = [
        base | {"event_id": "a:1:0", "article_id": "a", "cluster_id": "a:1:0", "sub_event_type": "Air/drone strike"},
        base | {"event_id": "b:1:0", "article_id": "b", "cluster_id": "b:1:0",
                "sub_event_type": "Remote explosive/landmine/IED"},
        base | {"event_id": "c:1:0", "article_id": "c", "cluster_id": "c:1:0",
                "sub_event_type": "Shelling/artillery/missile attack"},
    ]  # fmt: skip
    frame = events.with_columns(pd.DataFrame(rows))
    assert sorted(events.stated_counts(frame)["event_id"]) == ["a:1:0", "b:1:0"]


def test_the_toll_of_a_scenario_or_a_denial_is_no_stated_death():
    """A Hodeidah deaths table read «150 exact + up to 250000»: the 250,000 were a UN scenario («قد يؤدي القتال إلى
    مقتل ما يصل إلى 250 ألف شخص»), a row told as planned. Only rows told as done count."""
    base = {"event_type": "Battles", "event_date": "2018-06-26", "location": "الحديدة", "fatalities_text": "x"}
    rows = [
        base | {"event_id": "a:1:0", "article_id": "a", "cluster_id": "a:1:0", "fatalities": 250000.0,
                "fatalities_qualifier": "up_to", "reported_as": "planned"},
        base | {"event_id": "b:1:0", "article_id": "b", "cluster_id": "b:1:0", "fatalities": 12.0,
                "fatalities_qualifier": "exact", "reported_as": "reported"},
        base | {"event_id": "c:1:0", "article_id": "c", "cluster_id": "c:1:0", "fatalities": 5.0,
                "fatalities_qualifier": "exact", "reported_as": "denied"},
    ]  # fmt: skip
    frame = events.with_columns(pd.DataFrame(rows))
    assert events.stated_counts(frame)["event_id"].tolist() == ["b:1:0"]
    assert events.fatalities_by(frame)["stated"].tolist() == ["12 exact"]
