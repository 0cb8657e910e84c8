"""Tests for helpers.report.notebook: a notebook's parameters turned into the store it reads."""

from pathlib import Path

import pandas as pd
import pytest

from helpers import config
from helpers.report import notebook


class FakeStore:
    """Records what the report asked of the store."""

    def __init__(self):
        self.subset_args = None
        self.tables = []

    def subset(self, **kwargs):
        self.subset_args = kwargs
        return self if not any(kwargs.values()) else SubsetStore(self)

    def table(self, name, columns=None):
        self.tables.append(name)
        return pd.DataFrame({"article_id": ["a"]})


class SubsetStore(FakeStore):
    def __init__(self, parent):
        super().__init__()
        self.parent = parent


@pytest.fixture
def calls(monkeypatch):
    seen = {}

    def fake_ensure_store(paths, store_dir, *, default_dct=None, rebuild=True):
        seen.update(paths=paths, store_dir=store_dir, default_dct=default_dct, rebuild=rebuild)
        seen["store"] = FakeStore()
        return seen["store"]

    monkeypatch.setattr(notebook, "ensure_store", fake_ensure_store)
    return seen


PARAMETERS = {
    "CORPUS_PATH": None,
    "DEFAULT_DCT": None,
    "STORE_DIR": None,
    "STORE_READY": False,
    "SUBSET_OUTLET": None,
    "SUBSET_FROM": None,
    "SUBSET_TO": None,
    "SUBSET_TERM": None,
}


def test_defaults_build_the_store_of_the_configured_corpus(calls, monkeypatch, tmp_path):
    monkeypatch.setenv("ANS_CORPUS_DIR", str(tmp_path / "elsewhere"))
    data = notebook.open_report(PARAMETERS)
    assert calls["paths"] == tmp_path / "elsewhere" == config.corpus_dir()  # read when called, not imported
    assert calls["store_dir"] is None and calls["default_dct"] is None and calls["rebuild"] is True
    assert data.store is calls["store"] and data.subset_note is None
    assert calls["store"].subset_args == {"outlet": None, "date_from": None, "date_to": None, "term": None}


def test_parameters_reach_the_store(calls, tmp_path):
    parameters = {
        **PARAMETERS,
        "CORPUS_PATH": "/data/news",
        "DEFAULT_DCT": "2018-05-08",
        "STORE_DIR": str(tmp_path),
        "STORE_READY": True,
        "SUBSET_OUTLET": "<b>Sky</b>",
        "SUBSET_FROM": "2018-05-01",
        "TOP": 20,
    }
    data = notebook.open_report(parameters)
    assert calls["paths"] == "/data/news" and calls["store_dir"] == Path(tmp_path)
    assert calls["default_dct"] == "2018-05-08" and calls["rebuild"] is False
    assert calls["store"].subset_args == {
        "outlet": "<b>Sky</b>",
        "date_from": "2018-05-01",
        "date_to": None,
        "term": None,
    }
    assert isinstance(data.store, SubsetStore)
    assert "outlet=&lt;b&gt;Sky&lt;/b&gt;" in data.subset_note and "from=2018-05-01" in data.subset_note
    assert "to=" not in data.subset_note and 'class="ans-note"' in data.subset_note


def test_missing_parameters_count_as_none(calls):
    data = notebook.open_report({})
    assert calls["rebuild"] is True and data.subset_note is None


def test_articles_are_read_once_and_only_when_asked_for(calls):
    data = notebook.open_report(PARAMETERS)
    assert calls["store"].tables == []
    assert data.articles is data.articles
    assert calls["store"].tables == ["articles"]


class StoreOf:
    """A store holding the given articles, and what the loader rejected."""

    def __init__(self, article_ids, rejected=()):
        self.ids = list(article_ids)
        self.rejected = pd.DataFrame(list(rejected), columns=["source_file", "record", "reason"])

    def table(self, name, columns=None):
        return pd.DataFrame({"article_id": self.ids})

    def corpus(self):
        from types import SimpleNamespace

        return SimpleNamespace(rejected=self.rejected)


def test_a_report_with_articles_has_no_empty_note():
    data = notebook.ReportData(StoreOf(["a"]))
    assert data.has_articles and data.empty_reason is None and data.empty_note is None


def test_every_file_rejected_is_named_in_the_empty_note():
    rejected = [("/in/scan.pdf", "", "unsupported file type"), ("/in/<b>.txt", "", "undecodable")]
    data = notebook.ReportData(StoreOf([], rejected))
    assert not data.has_articles
    assert data.empty_reason.startswith(notebook.NO_ARTICLES)
    assert "scan.pdf: unsupported file type" in data.empty_note and "&lt;b&gt;.txt" in data.empty_note


def test_a_missing_or_empty_corpus_says_so():
    assert (
        "no such file or folder"
        in notebook.ReportData(StoreOf([], [("/nowhere", "", "no such file or folder")])).empty_note
    )
    assert "no articles in this corpus" in notebook.ReportData(StoreOf([])).empty_note


def test_a_subset_that_selects_nothing_names_the_subset(calls, monkeypatch):
    monkeypatch.setattr(SubsetStore, "table", lambda self, name, columns=None: pd.DataFrame(columns=["article_id"]))
    data = notebook.open_report({**PARAMETERS, "SUBSET_TERM": "<i>x</i>"})
    assert not data.has_articles
    assert "no articles in this subset" in data.empty_note and "term=&lt;i&gt;x&lt;/i&gt;" in data.empty_note


class StoreWithEvents(FakeStore):
    """A store whose events are placed in two countries (and one nowhere)."""

    root, view = Path("/store"), None

    def incidents(self):
        return pd.DataFrame(
            {"article_id": ["a", "b", "c", "a"], "country": ["Afghanistan", "Palestine", None, "Pakistan"]}
        )

    def table(self, name, columns=None):
        return pd.DataFrame({"article_id": ["a", "b", "c"], "content_hash": ["ha", "hb", "hc"]})


def test_a_country_subset_keeps_the_articles_telling_events_there_and_only_those_events(monkeypatch):
    """A corpus of two wars (Gaza and Afghanistan) could be split only by a word of the text: SUBSET_COUNTRY keeps
    the articles that tell an event placed in that country, and the events report keeps only those events."""
    monkeypatch.setattr(notebook, "ensure_store", lambda *args, **kwargs: StoreWithEvents())
    made = []
    monkeypatch.setattr(notebook, "Store", lambda root, hashes, view: made.append(hashes) or FakeStore())
    data = notebook.open_report({**PARAMETERS, "SUBSET_COUNTRY": " afghanistan"})
    assert made == [frozenset({"ha"})]
    assert "country=" in data.subset_note and data.country == "afghanistan"
    rows = data.in_country(StoreWithEvents().incidents())
    assert rows["country"].tolist() == ["Afghanistan"]
    everything = notebook.open_report(PARAMETERS)
    assert everything.in_country(StoreWithEvents().incidents()).shape[0] == 4 and everything.subset_note is None


@pytest.mark.parametrize("asked", ["أفغانستان", "افغانستان", "AF", "af"])
def test_a_country_subset_may_be_asked_in_arabic_or_by_its_code(monkeypatch, asked):
    """An Arabic-reading analyst types «أفغانستان» (or the code): the subset is the same as for "Afghanistan"."""
    monkeypatch.setattr(notebook, "ensure_store", lambda *args, **kwargs: StoreWithEvents())
    made = []
    monkeypatch.setattr(notebook, "Store", lambda root, hashes, view: made.append(hashes) or FakeStore())
    data = notebook.open_report({**PARAMETERS, "SUBSET_COUNTRY": asked})
    assert made == [frozenset({"ha"})]
    assert data.in_country(StoreWithEvents().incidents())["country"].tolist() == ["Afghanistan"]
