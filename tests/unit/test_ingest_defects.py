"""Regression tests for helpers.ingest: files that used to vanish, be miscounted, crash the load or leak a thread."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import threading
import time
import zipfile
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from helpers.ingest.corpus import iter_corpus, load_corpus

BODY = "أعلن الجيش الليبي إطلاق عملية عسكرية في درنة وقالت مصادر إن القوات تتقدم"
TODAY = date(2026, 11, 23)
READER = "ingest-iter_corpus-reader"


def only_rejection(path: Path) -> pd.Series:
    corpus = load_corpus(path, today=TODAY)
    assert corpus.n_kept == 0
    assert corpus.n_read == 1, corpus.rejected
    assert len(corpus.rejected) == 1, corpus.rejected
    return corpus.rejected.iloc[0]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('{"articles": []}', "no articles in this file"),
        ("[]", "no articles in this file"),
        ('{"articles": "نص"}', "'articles' must be a list of objects, got str"),
        ('{"articles": null}', "'articles' must be a list of objects, got NoneType"),
        ('{"articles": 5}', "'articles' must be a list of objects, got int"),
        ('{"articles": {"body": "نص"}}', "'articles' must be a list of objects, got dict"),
    ],
)
def test_json_file_without_a_list_of_articles_is_rejected_once(tmp_path, content, reason):
    (tmp_path / "a.json").write_text(content, encoding="utf-8")
    rejection = only_rejection(tmp_path)
    assert reason in rejection["reason"]
    assert rejection["source_file"] == str(tmp_path / "a.json")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("header_only.csv", "id,body\n"),
        ("blank_lines.jsonl", "\n\n  \n"),
        ("only_docs.zip", None),
        ("empty_table.parquet", None),
    ],
)
def test_files_holding_no_articles_are_listed_not_dropped(tmp_path, name, content):
    path = tmp_path / name
    if name.endswith(".zip"):
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("README.md", "about")
            archive.writestr("__MACOSX/._a.txt", "x")
    elif name.endswith(".parquet"):
        pd.DataFrame({"body": pd.Series([], dtype=str)}).to_parquet(path)
    else:
        path.write_text(content, encoding="utf-8")
    rejection = only_rejection(tmp_path)
    assert rejection["reason"].startswith("no articles in this file")
    assert rejection["source_file"] == str(path)


def reader_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == READER and t.is_alive()]


def wait_until_no_reader(seconds: float = 2.0) -> bool:
    deadline = time.monotonic() + seconds
    while reader_threads() and time.monotonic() < deadline:
        time.sleep(0.02)
    return not reader_threads()


@pytest.fixture
def many_articles(tmp_path) -> Path:
    line = json.dumps({"body": BODY, "date": "2018-05-08"}, ensure_ascii=False) + "\n"
    (tmp_path / "a.jsonl").write_text(line * 3000, encoding="utf-8")
    return tmp_path


def test_breaking_out_of_iter_corpus_ends_the_reader_thread(many_articles):
    assert wait_until_no_reader(), "a reader thread from an earlier test is still running"
    for batch in iter_corpus(many_articles, batch_size=10, today=TODAY):
        assert isinstance(batch, pd.DataFrame)
        assert len(batch) == 10
        assert reader_threads(), "the reader thread should be running while batches are consumed"
        break
    assert wait_until_no_reader(), "the reader thread is still alive after the consumer stopped"


def test_closing_iter_corpus_ends_the_reader_thread(many_articles):
    assert wait_until_no_reader()
    batches = iter_corpus(many_articles, batch_size=10, today=TODAY)
    next(batches)
    time.sleep(0.2)  # let the reader fill the queue and block on it
    assert reader_threads()
    batches.close()
    assert wait_until_no_reader(), "the reader thread is still alive after close()"


def test_iter_corpus_read_to_the_end_matches_load_corpus(many_articles):
    *frames, summary = iter_corpus(many_articles, batch_size=700, today=TODAY)
    whole = load_corpus(many_articles, today=TODAY)
    assert [len(f) for f in frames] == [700, 700, 700, 700, 200]
    pd.testing.assert_frame_equal(pd.concat(frames, ignore_index=True), whole.articles)
    assert summary.n_read == 3000
    assert wait_until_no_reader()


def test_iter_corpus_hands_a_reading_error_to_the_consumer(tmp_path, monkeypatch):
    from helpers.ingest import corpus

    def fail(path, out):
        raise RuntimeError("disk on fire")

    (tmp_path / "a.txt").write_text(f"عنوان\n\n{BODY}", encoding="utf-8")
    monkeypatch.setattr(corpus, "read_file", fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        list(iter_corpus(tmp_path, today=TODAY))
    assert wait_until_no_reader()


# Inputs that used to raise out of load_corpus and lose the whole load.


def test_utf16_file_with_a_stray_byte_is_rejected_not_raised(tmp_path):
    (tmp_path / "a.csv").write_bytes(f"id,body\n1,{BODY}\n".encode("utf-16") + b"\x00")
    assert "undecodable bytes for utf-16" in only_rejection(tmp_path)["reason"]


@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl"])
def test_absurdly_nested_json_is_rejected_not_raised(tmp_path, name):
    (tmp_path / name).write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "nested too deeply" in only_rejection(tmp_path)["reason"]


def test_damaged_compressed_data_is_rejected_not_raised(tmp_path):
    text = f"عنوان\n\n{BODY}\n" * 50
    broken = bytearray(gzip.compress(text.encode()))
    broken[15:35] = bytes(b ^ 0xFF for b in broken[15:35])
    (tmp_path / "a.txt.gz").write_bytes(bytes(broken))
    assert "corrupt gz archive" in only_rejection(tmp_path)["reason"]


def test_damaged_zip_member_is_rejected_and_the_others_are_read(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", f"عنوان\n\n{BODY}\n" * 50)
        archive.writestr("b.txt", f"عنوان\n\n{BODY}\n")
        archive.writestr("c.txt.bz2", bz2.compress(f"عنوان\n\n{BODY}\n".encode()))
    data = bytearray(buffer.getvalue())
    data[40:60] = bytes(b ^ 0xFF for b in data[40:60])  # inside a.txt's compressed bytes
    (tmp_path / "x.zip").write_bytes(bytes(data))
    corpus = load_corpus(tmp_path, today=TODAY)
    assert corpus.articles["source_file"].tolist() == [f"{tmp_path / 'x.zip'}!b.txt", f"{tmp_path / 'x.zip'}!c.txt.bz2"]
    assert corpus.rejected["source_file"].tolist() == [f"{tmp_path / 'x.zip'}!a.txt"]
    assert "corrupt zip member" in corpus.rejected["reason"].iloc[0]
    assert corpus.n_read == 3


def test_encrypted_zip_member_is_rejected_with_the_reason(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", f"عنوان\n\n{BODY}\n")
    data = bytearray(buffer.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1  # the central directory's "encrypted" flag
    (tmp_path / "x.zip").write_bytes(bytes(data))
    assert "encrypted zip member" in only_rejection(tmp_path)["reason"]
