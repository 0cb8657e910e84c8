"""Tests for helpers.report.actors: top actors, anonymous sources and the co-occurrence network."""

import pandas as pd

from helpers.report import actors

COLUMNS = ["article_id", "sentence_id", "actor_id", "canonical", "english", "type", "text", "role"]


def mentions(*rows):
    return pd.DataFrame(list(rows), columns=COLUMNS)


HAFTAR = ("haftar", "خليفة حفتر", "Khalifa Haftar", "person")
SARRAJ = ("sarraj", "فايز السراج", "Fayez al-Sarraj", "person")
ARMY = ("lna", "الجيش الليبي", "Libyan National Army", "army")
EGYPTIAN = ("egyptian", "مصري", "Egyptian", "nationality")
TABLE = mentions(
    ("a", 0, *HAFTAR, "حفتر", "القائد العام"),
    ("a", 0, *ARMY, "الجيش الليبي", ""),
    ("a", 1, *HAFTAR, "المشير حفتر", "القائد العام"),
    ("a", 1, *SARRAJ, "السراج", ""),
    ("b", 0, *HAFTAR, "حفتر", ""),
    ("b", 0, *ARMY, "للجيش الليبي", ""),
    ("b", 0, *EGYPTIAN, "مصرية", ""),
)


def test_actor_summary_counts_mentions_articles_roles_and_forms():
    summary = actors.actor_summary(TABLE).set_index("canonical")
    assert summary.index[0] == "خليفة حفتر"
    assert summary.loc["خليفة حفتر", ["mentions", "articles", "role"]].tolist() == [3, 2, "القائد العام"]
    assert summary.loc["خليفة حفتر", "surface_forms"].split(" | ")[0] == "حفتر"
    assert summary.loc["الجيش الليبي", "role"] == ""
    assert len(actors.actor_summary(TABLE, top=2)) == 2


def test_actor_summary_of_nothing_has_the_same_columns():
    empty = actors.actor_summary(mentions())
    assert empty.empty and empty.columns.tolist() == actors.actor_summary(TABLE).columns.tolist()


def test_anonymous_share_per_outlet():
    quotes = pd.DataFrame({"outlet": ["x", "x", "x", "y"], "source_kind": ["anonymous", "named", "anonymous", "named"]})
    share = actors.anonymous_share(quotes).set_index("outlet")
    assert share.loc["x", ["statements", "anonymous"]].tolist() == [3, 2]
    assert share.loc["x", "anonymous_share"] == 0.667 and share.loc["y", "anonymous_share"] == 0
    empty = actors.anonymous_share(quotes.iloc[0:0])
    assert empty.columns.tolist() == share.reset_index().columns.tolist()


def test_cooccurrence_links_actors_by_sentence_or_article_and_leaves_out_nationalities():
    nodes, edges = actors.cooccurrence(TABLE)
    assert "مصري" not in set(nodes["actor_id"])  # actors are keyed by canonical name
    pairs = {frozenset((e.source_id, e.target_id)): e.weight for e in edges.itertuples()}
    assert pairs == {frozenset(("خليفة حفتر", "الجيش الليبي")): 2, frozenset(("خليفة حفتر", "فايز السراج")): 1}
    _, by_article = actors.cooccurrence(TABLE, unit="article")
    pairs = {frozenset((e.source_id, e.target_id)): e.weight for e in by_article.itertuples()}
    assert pairs[frozenset(("الجيش الليبي", "فايز السراج"))] == 1
    assert pairs[frozenset(("خليفة حفتر", "الجيش الليبي"))] == 2


def test_cooccurrence_of_nothing_is_empty_with_columns():
    nodes, edges = actors.cooccurrence(mentions())
    full_nodes, full_edges = actors.cooccurrence(TABLE)
    assert nodes.empty and nodes.columns.tolist() == full_nodes.columns.tolist()
    assert edges.empty and edges.columns.tolist() == full_edges.columns.tolist()


def test_an_actors_country_is_its_most_frequent_known_one():
    table = pd.DataFrame({"actor_id": ["a", "a", "a", "a", "b"], "country": ["LY", "", "LY", "EG", ""]})
    assert actors.most_common_country(table).to_dict() == {"a": "LY"}


POLICE = mentions(  # one resolver id (Libyan Police) for three canonical names, two ids for one name
    ("a", 0, "ly_police", "الشرطة الليبية", "Libyan Police", "police", "الشرطة الليبية", ""),
    ("a", 1, "ly_police", "الشرطة", "Police", "police", "الشرطة", ""),
    ("b", 0, "ly_police", "الشرطة اليونانية", "Greek Police", "police", "الشرطة اليونانية", ""),
    ("b", 1, "tr_gov", "الحكومة التركية", "Turkish Government", "government", "الحكومة التركية", ""),
    ("c", 0, "tr_gov_2", "الحكومة التركية", "Turkish Government", "government", "أنقرة", ""),
)


def test_actor_summary_has_one_row_per_canonical_name():
    summary = actors.actor_summary(POLICE, top=10)
    assert not summary["canonical"].duplicated().any()
    assert summary.set_index("canonical").loc["الحكومة التركية", "mentions"] == 2


def test_every_actor_summary_count_equals_its_drill_down_rows():
    drill = actors.by_canonical(POLICE)  # what the notebook's drill-down shows, one row per mention
    summary = actors.actor_summary(POLICE, top=10)
    for name, count in zip(summary["canonical"], summary["mentions"], strict=True):
        assert (drill["canonical"] == name).sum() == count


def test_a_bare_police_is_not_summed_under_the_libyan_police():
    summary = actors.actor_summary(POLICE, top=10).set_index("canonical")
    assert summary.loc["الشرطة الليبية", "mentions"] == 1
    assert summary.loc["الشرطة", "english"] == "Police"


def test_two_spellings_of_one_name_with_one_english_name_are_one_actor_across_articles():
    table = mentions(
        ("a", 0, "us_forces", "القوات الأمريكية", "American Forces", "army", "القوات الأمريكية", ""),
        ("b", 0, "us_forces_2", "القوات الأميركية", "American Forces", "army", "القوات الأميركية", ""),
        ("c", 0, "us_forces", "القوات الأمريكية", "American Forces", "army", "القوات الأمريكية", ""),
        ("c", 1, "ly_police", "الشرطة الليبية", "Libyan Police", "police", "الشرطة الليبية", ""),
    )
    summary = actors.actor_summary(table, top=10).set_index("canonical")
    assert summary.loc["القوات الأمريكية", "mentions"] == 3
    assert "القوات الأميركية" not in summary.index and len(summary) == 2


def test_found_by_names_every_rule_and_tells_a_persons_back_reference_from_a_bare_army():
    """On an Iraq corpus 107 person mentions («السفير» back to a full name, «العبادي» after «حيدر العبادي») read
    "rule: a bare army is the army named before", and 447 read the bare codes «institution» and «state»."""
    source = pd.Series(["coreference", "coreference", "institution", "state", "bare_side", "ner", "other"])
    kind = pd.Series(["person", "army", "government", "state", "armed_group", "person", "person"])
    words = actors.found_by(source, kind).tolist()
    assert words[0].endswith("rule: a short name or a kunya refers to the full name named before")
    assert words[1].endswith("rule: a bare army is the army named before")
    assert words[2].endswith("rule: institution table") and words[3].endswith("rule: a country acting or speaking")
    assert words[4].startswith("قاعدة:") and words[5] == "النموذج / model (NER)" and words[6] == "other"
    assert actors.found_by(source).tolist()[2].endswith("rule: institution table")  # without the types too
