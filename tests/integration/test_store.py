"""The Parquet annotation store: incremental builds, resume after a kill, crash isolation, Dask parity."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

from helpers import config
from helpers.store import build, partition, read, version

SEED = config.corpus_dir() / "seed"
LIBYA = config.corpus_dir() / "ant_libya_2018.jsonl"


def small_corpus(folder, n=12, start=0):
    """A JSONL corpus of ``n`` bundled articles (from the Libya file), as new files under ``folder``."""
    lines = LIBYA.read_text(encoding="utf-8").splitlines()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"part{start}.jsonl"
    path.write_text("\n".join(lines[start : start + n]) + "\n", encoding="utf-8")
    return path


def all_tables(st):
    return {name: st.table(name) for name in partition.TABLES}


def assert_same_tables(a, b):
    for name in partition.TABLES:
        left, right = a[name], b[name]
        assert len(left) == len(right), name
        if len(left):
            cols = sorted(set(left.columns))
            pd.testing.assert_frame_equal(left[cols].reset_index(drop=True), right[cols].reset_index(drop=True),
                                          check_dtype=False, obj=name)  # fmt: skip


def test_build_then_rebuild_processes_only_new_articles(tmp_path):
    corpus = tmp_path / "corpus"
    small_corpus(corpus, n=6)
    first = build.build_store(corpus, tmp_path / "st", workers=1, partition_size=4)
    assert (first.read, first.extracted, first.already_done) == (6, 6, 0)
    assert first.partitions_written == 2
    small_corpus(corpus, n=3, start=6)  # three new articles
    second = build.build_store(corpus, tmp_path / "st", workers=1, partition_size=4)
    assert (second.read, second.extracted, second.already_done) == (9, 3, 6)
    st = read.open_store(tmp_path / "st")
    assert st.table("articles")["article_id"].nunique() == 9
    assert len(st.table("actors")) > 0 and len(st.table("places")) > 0 and len(st.table("times")) > 0
    assert set(st.table("actors")["article_id"]) <= set(st.table("articles")["article_id"])


def test_store_rows_equal_direct_extraction(tmp_path):
    from helpers.extract.pipeline import extract_tables
    from helpers.ingest.corpus import load_corpus

    st = read.ensure_store(SEED, tmp_path / "st")
    direct = extract_tables(load_corpus(SEED).articles)["places"]
    stored = st.table("places")
    assert list(stored["text"]) == list(direct["text"])
    assert list(stored["start"]) == list(direct["start"])


def test_a_removed_article_leaves_the_store_view(tmp_path):
    corpus = tmp_path / "corpus"
    path = small_corpus(corpus, n=4)
    build.build_store(corpus, tmp_path / "st", workers=1)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    report = build.build_store(corpus, tmp_path / "st", workers=1)
    assert report.extracted == 0
    assert len(read.open_store(tmp_path / "st").table("articles")) == 2


def test_pool_and_single_process_write_the_same_store(tmp_path):
    corpus = tmp_path / "corpus"
    small_corpus(corpus, n=8)
    build.build_store(corpus, tmp_path / "one", workers=1, partition_size=3)
    build.build_store(corpus, tmp_path / "two", workers=2, partition_size=3)
    assert_same_tables(all_tables(read.open_store(tmp_path / "one")), all_tables(read.open_store(tmp_path / "two")))


@pytest.mark.slow
def test_dask_local_cluster_writes_the_same_store(tmp_path):
    distributed = pytest.importorskip("distributed")
    corpus = tmp_path / "corpus"
    small_corpus(corpus, n=8)
    build.build_store(corpus, tmp_path / "one", workers=1, partition_size=3)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        report = build.build_store(corpus, tmp_path / "dask", scheduler=client, partition_size=3)
    assert report.extracted == 8
    assert_same_tables(all_tables(read.open_store(tmp_path / "one")), all_tables(read.open_store(tmp_path / "dask")))


def test_an_article_that_kills_its_worker_is_rejected_and_the_rest_carry_on(tmp_path):
    from tests.integration.faults import crash_on_marked_article

    corpus = tmp_path / "corpus"
    path = small_corpus(corpus, n=5)
    lines = path.read_text(encoding="utf-8").splitlines()
    victim = json.loads(lines[2])
    victim["docno"] = "CRASH-" + victim["docno"]
    lines[2] = json.dumps(victim, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = build.build_store(corpus, tmp_path / "st", workers=2, partition_size=5, extract=crash_on_marked_article)
    st = read.open_store(tmp_path / "st")
    rejected = st.table("rejected")
    assert list(rejected["article_id"]) == [victim["docno"]]
    assert "worker crashed" in rejected.loc[0, "reason"]
    assert len(st.table("articles")) == 4
    assert (report.read, report.kept, report.extraction_rejected) == (5, 4, 1)  # 5 records written above


def test_an_article_whose_extraction_raises_is_rejected_with_the_reason(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    small_corpus(corpus, n=3)

    original = partition.extract_articles

    def failing(articles):
        if "BB-middleEast-436-20180502" in set(articles["article_id"]):
            raise ValueError("boom")
        return original(articles)

    monkeypatch.setattr(partition, "extract_articles", failing)
    build.build_store(corpus, tmp_path / "st", workers=1)
    rejected = read.open_store(tmp_path / "st").table("rejected")
    assert list(rejected["article_id"]) == ["BB-middleEast-436-20180502"]
    assert "ValueError('boom')" in rejected.loc[0, "reason"]
    assert read.open_store(tmp_path / "st").table("articles")["article_id"].nunique() == 2


@pytest.mark.slow
def test_killed_build_resumes_without_losing_or_duplicating_rows(tmp_path):
    corpus = tmp_path / "corpus"
    small_corpus(corpus, n=12)
    env = {**os.environ, "PYTHONPATH": str(config.PROJECT_ROOT)}
    cmd = [sys.executable, "-m", "helpers", "store", str(corpus), "--store", str(tmp_path / "st"),
           "--workers", "1", "--partition-size", "2"]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, cwd=config.PROJECT_ROOT, start_new_session=True)
    root = version.store_root(tmp_path / "st")
    deadline = time.time() + 120
    while time.time() < deadline and len(list(root.glob("part-*"))) < 2:
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    finished = len(list(root.glob("part-*")))
    assert 2 <= finished < 6, "the build should have been killed midway"
    report = build.build_store(corpus, tmp_path / "st", workers=1, partition_size=2)
    assert report.already_done == 2 * finished
    assert report.extracted == 12 - 2 * finished
    st = read.open_store(tmp_path / "st")
    articles = st.table("articles")
    assert len(articles) == 12 and articles["article_id"].is_unique
    assert not list(root.glob(".tmp-*"))
    fresh = tmp_path / "fresh"
    build.build_store(corpus, fresh, workers=1, partition_size=2)
    assert_same_tables(all_tables(st), all_tables(read.open_store(fresh)))


def test_subset_by_outlet_date_and_term(tmp_path):
    st = read.ensure_store(config.corpus_dir() / "ant_libya_2018.jsonl", tmp_path / "st")
    articles = st.table("articles")
    outlet = articles["outlet"].mode().iat[0]
    assert set(st.subset(outlet=outlet).table("articles")["outlet"]) == {outlet}
    day = pd.to_datetime(articles["dct"]).sort_values().iloc[len(articles) // 2]
    later = st.subset(date_from=str(day.date())).table("articles")
    assert 0 < len(later) < len(articles) and (pd.to_datetime(later["dct"]) >= day).all()
    with_term = st.subset(term="طرابلس").table("articles")
    assert 0 < len(with_term) < len(articles) and with_term["text"].str.contains("طرابلس").all()
    assert set(st.subset(term="طرابلس").table("actors")["article_id"]) <= set(with_term["article_id"])


def test_a_build_writes_its_corpus_view_beside_the_shared_partitions(tmp_path):
    corpus = tmp_path / "corpus"
    small_corpus(corpus, n=2)
    report = build.build_store(corpus, tmp_path / "st", workers=1)
    root = version.store_root(tmp_path / "st")
    key = version.corpus_key(corpus)
    assert report.view == root / "corpora" / key
    assert (report.view / "corpus.parquet").exists() and len(list(report.view.glob("loading-*.parquet"))) == 1
    assert (root / "latest").read_text(encoding="utf-8").strip() == key
    assert not (root / "corpus.parquet").exists() and list(root.glob("part-*"))
    st = read.open_store(tmp_path / "st", corpus=corpus)
    assert st.view.about["paths"] == [str(corpus.resolve())] and st.view.key == key


def test_open_store_without_a_build_names_the_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="no store built"):
        read.open_store(tmp_path / "nothing")


def _version_after(tmp_path, monkeypatch, change) -> tuple[str, str]:
    """The extractor version of a copy of the package before and after ``change(package_dir)``."""
    package = tmp_path / "helpers"
    shutil.copytree(config.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__", "fonts", "templates"))
    monkeypatch.setattr(config, "PACKAGE_DIR", package)
    monkeypatch.setattr(config, "DATA_DIR", package / "data")
    version.extractor_version.cache_clear()
    try:
        before = version.extractor_version()
        change(package)
        version.extractor_version.cache_clear()
        return before, version.extractor_version()
    finally:
        version.extractor_version.cache_clear()


def _append(path):
    path.write_text(path.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")


@pytest.mark.parametrize("module", ["extract/places.py", "ingest/records.py", "text/normalize.py", "config.py"])
def test_extractor_version_changes_with_what_extraction_depends_on(tmp_path, monkeypatch, module):
    before, after = _version_after(tmp_path, monkeypatch, lambda package: _append(package / module))
    assert before != after


@pytest.mark.parametrize("module", ["report/charts.py", "cli/main.py"])
def test_editing_a_report_or_the_cli_keeps_the_extractor_version(tmp_path, monkeypatch, module):
    before, after = _version_after(tmp_path, monkeypatch, lambda package: _append(package / module))
    assert before == after


def test_extractor_version_changes_with_the_extraction_settings(tmp_path, monkeypatch):
    def change(package):
        monkeypatch.setattr(config, "extraction_settings", lambda: config.ExtractionSettings(max_place_words=3))

    before, after = _version_after(tmp_path, monkeypatch, change)
    assert before != after


def test_article_key_changes_with_its_date_source_and_date_problem():
    article = {"article_id": "a", "text": "نص", "dct": "2018-05-08", "outlet": "x", "dct_source": "article"}
    assert version.content_hash(article) != version.content_hash(dict(article, dct_source="supplied"))
    assert version.content_hash(article) != version.content_hash(dict(article, date_problem="future date"))


def test_short_names_are_merged_when_read_and_quotes_follow(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [
        {"id": "a", "body": "قال رئيس الحكومة علي السراج إن الوضع هادئ.", "published": "2018-05-08"},
        {"id": "b", "body": "وقال السراج إن الحكومة ستدعم البلديات.", "published": "2018-05-09"},
    ]
    (corpus / "x.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    build.build_store(corpus, tmp_path / "st", workers=1)
    st = read.open_store(tmp_path / "st")
    raw = st.table("actors")
    raw = raw[raw["type"] == "person"]  # (الحكومة is an institution actor too)
    assert set(raw.loc[raw["article_id"] == "b", "canonical"]) == {"السراج"}  # stored per article, unmerged
    merged = st.actors()
    merged = merged[merged["type"] == "person"]
    assert set(merged.loc[merged["article_id"] == "b", "canonical"]) == {"علي السراج"}
    quotes = st.quotes()
    assert set(quotes.loc[quotes["article_id"] == "b", "speaker_canonical"]) == {"علي السراج"}


def test_dates_far_outside_the_nanosecond_range_read_back(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [
        {"id": "a", "title": "خبر", "body": "أعلن الجيش الليبي بدء العملية في درنة.", "published": "2018-05-08"},
        {"id": "b", "title": "خبر", "body": "قال المتحدث إن القوات تتقدم نحو المدينة.", "published": "4516-06-01"},
    ]
    (corpus / "x.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    build.build_store(corpus, tmp_path / "st", workers=1, partition_size=1)
    articles = read.open_store(tmp_path / "st").table("articles")
    assert list(articles["article_id"]) == ["a", "b"]
    assert pd.Timestamp(articles.set_index("article_id").loc["b", "dct"]).year == 4516
    events = read.open_store(tmp_path / "st").table("events")
    assert set(events["article_id"]) <= {"a", "b"}


def test_store_corpus_matches_the_loader_and_counts_balance(tmp_path):
    from helpers.ingest.corpus import load_corpus

    corpus_dir = tmp_path / "corpus"
    small_corpus(corpus_dir, n=5)
    (corpus_dir / "broken.json").write_text("{not json", encoding="utf-8")
    build.build_store(corpus_dir, tmp_path / "st", workers=1)
    loaded, stored = load_corpus(corpus_dir), read.open_store(tmp_path / "st").corpus()
    assert stored.summary() == loaded.summary()
    assert (stored.summary()["read"], stored.summary()["kept"], stored.summary()["rejected"]) == (6, 5, 1)  # as written
    assert list(stored.rejected["source_file"].map(lambda p: p.rsplit("/", 1)[-1])) == ["broken.json"]
    left = loaded.articles.sort_values("article_id", ignore_index=True)
    assert stored.articles["article_id"].tolist() == left["article_id"].tolist()
    assert stored.articles["edits"].tolist() == left["edits"].tolist()  # parsed back from the stored JSON
    assert stored.articles["text"].tolist() == left["text"].tolist()


def test_store_duplicates_equal_dedupe_on_the_loaded_corpus(tmp_path):
    from helpers.ingest.corpus import load_corpus
    from helpers.store.duplicates import find_duplicates

    corpus_dir = tmp_path / "corpus"
    path = small_corpus(corpus_dir, n=6)
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    copy = dict(records[0], docno="copy-exact")  # the same story again
    near = dict(records[1], docno="copy-near", text=records[1]["text"] + " وتابع المراسل التطورات.")
    (corpus_dir / "copies.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in (copy, near)) + "\n", encoding="utf-8"
    )
    build.build_store(corpus_dir, tmp_path / "st", workers=1, partition_size=3)
    expected = find_duplicates(load_corpus(corpus_dir).articles)
    found = read.open_store(tmp_path / "st").duplicates()
    assert set(found["kind"]) == {"exact", "near"}
    pd.testing.assert_frame_equal(found, expected)


def _age(path, seconds=60):
    """Set a file's modification time ``seconds`` in the past (a corpus file that has settled)."""
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_a_rebuild_of_unchanged_files_reads_nothing_and_reports_the_same_counts(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    _age(small_corpus(corpus, n=5))
    first = build.build_store(corpus, tmp_path / "st", workers=1)

    def must_not_read(*args, **kwargs):
        raise AssertionError("the corpus was read again")

    monkeypatch.setattr("helpers.ingest.corpus.iter_corpus", must_not_read)
    second = build.build_store(corpus, tmp_path / "st", workers=1)
    assert (second.read, second.already_done, second.extracted) == (first.read, 5, 0)
    assert any("not read again" in note for note in second.notes)


def test_a_changed_file_is_read_again(tmp_path):
    corpus = tmp_path / "corpus"
    path = small_corpus(corpus, n=5)
    _age(path, 120)
    build.build_store(corpus, tmp_path / "st", workers=1)
    small_corpus(corpus, n=6)  # the same file, one article more
    _age(path, 60)
    second = build.build_store(corpus, tmp_path / "st", workers=1)
    assert (second.read, second.extracted) == (6, 1)


def test_files_modified_just_before_a_build_give_no_fingerprint(tmp_path):
    from helpers.store.fingerprint import corpus_fingerprint

    path = small_corpus(tmp_path / "corpus", n=2)
    assert corpus_fingerprint([path], None) is None
    _age(path)
    assert corpus_fingerprint([path], None) is not None
