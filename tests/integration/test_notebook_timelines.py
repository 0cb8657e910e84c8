"""The timelines report built on the bundled corpus (plus hostile articles): its tables add up, name their
reasons, show TIMEX values in words, and give the stated sequence of the default topic."""

import pandas as pd
import pytest

pytestmark = pytest.mark.slow


def table(built_reports, name):
    return pd.read_csv(built_reports / "tables" / "03_timelines" / f"{name}.csv", encoding="utf-8-sig")


def test_unresolved_counts_add_up_to_every_time_expression(built_reports):
    summary = table(built_reports, "unresolved").set_index("reason")
    expressions = table(built_reports, "time_expressions")
    assert summary.loc["all", "expressions"] == len(expressions)
    assert summary["expressions"].drop("all").sum() == len(expressions)
    listed = table(built_reports, "unresolved_expressions")
    assert len(listed) == len(expressions) - summary.loc["resolved", "expressions"]


def test_every_time_value_is_shown_in_words_beside_its_code(built_reports):
    rows = table(built_reports, "time_expressions").fillna("")
    coded = rows[rows["time_value"].isin(["PAST_REF", "FUTURE_REF"]) | rows["time_value"].str.startswith("P")]
    assert not coded.empty
    assert (coded["in_words"] != coded["time_value"]).all()


def test_the_stated_sequence_of_the_default_topic_is_in_date_order(built_reports):
    sequence = table(built_reports, "stated_sequence")
    assert not sequence.empty and sequence["date"].tolist() == sorted(sequence["date"])


def test_the_status_table_has_no_nameless_column(built_reports):
    status = table(built_reports, "status_by_outlet")
    assert not any(str(c).startswith("Unnamed") or str(c).strip() == "" for c in status.columns)
