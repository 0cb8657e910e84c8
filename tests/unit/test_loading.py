"""Tests for helpers.ingest.corpus: every form, every encoding, every bad input, nothing lost."""

from __future__ import annotations

import bz2
import gzip
import json
import zipfile
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from helpers import config
from helpers.ingest.corpus import load_corpus
from helpers.ingest.dates import parse_published

BODY = "أعلن الجيش الليبي إطلاق عملية عسكرية في درنة., وقالت مصادر إن القوات تتقدم."
QBODY = f'"{BODY}"'  # quoted for CSV: the body holds a comma
TODAY = date(2026, 11, 23)
TREC = """<DOC>
<DOCNO>SK-middleEast-1-20180515</DOCNO>
<URL>https://www.skynewsarabia.com/x</URL>
<SRC>skynews</SRC>
<TITLE>الجيش الليبي يتقدم</TITLE>
<TIME>Tue, 15 May 2018 15:46:12 GMT</TIME>
<TEXT>
{body}
</TEXT>
</DOC>
"""


def load(path: Path, **kwargs) -> object:
    corpus = load_corpus(path, today=TODAY, **kwargs)
    assert corpus.n_read == corpus.n_kept + len(corpus.rejected), "counts in must equal counts out + rejected"
    return corpus


def only_reason(corpus) -> str:
    assert len(corpus.rejected) == 1, corpus.rejected
    return corpus.rejected["reason"].iloc[0]


def test_bundled_corpus_loads_whole():
    corpus = load_corpus(config.corpus_dir())
    assert corpus.n_kept >= 100
    assert corpus.rejected.empty
    assert corpus.articles["article_id"].is_unique
    assert set(corpus.articles["outlet"]) >= {"Sky News Arabia", "Al Arabiya"}


def test_seed_plain_text_form(seed_text):
    corpus = load(config.corpus_dir() / "seed")
    article = corpus.articles.iloc[0]
    assert article["title"] == seed_text.splitlines()[0].strip()
    assert article["text"].startswith(article["title"] + "\n\n")
    assert "الجيش الليبي" in article["tags"]
    assert article["dct"] == pd.Timestamp("2018-05-08")
    assert article["dct_source"] == "supplied"


def test_trec_file_fields(tmp_path):
    (tmp_path / "a.txt").write_text(TREC.format(body=BODY), encoding="utf-8")
    article = load(tmp_path).articles.iloc[0]
    assert article["article_id"] == "SK-middleEast-1-20180515"
    assert article["outlet"] == "Sky News Arabia"
    assert article["url"] == "https://www.skynewsarabia.com/x"
    assert article["published"] == pd.Timestamp("2018-05-15 15:46:12", tz="UTC")
    assert article["dct"] == pd.Timestamp("2018-05-15")


def test_jsonl_csv_parquet_and_column_map(tmp_path):
    rows = [{"headline": "عنوان", "content_ar": BODY, "when": "2018-05-08", "site": "alarabiya.net"}]
    (tmp_path / "a.jsonl").write_text(json.dumps(rows[0], ensure_ascii=False) + "\n", encoding="utf-8")
    pd.DataFrame(rows).to_csv(tmp_path / "b.csv", index=False)
    pd.DataFrame(rows).to_parquet(tmp_path / "c.parquet")
    mapping = {"body": "content_ar", "published": "when"}
    corpus = load(tmp_path, column_map=mapping)
    assert corpus.n_kept == 3
    assert set(corpus.articles["outlet"]) == {"Al Arabiya"}
    assert (corpus.articles["dct"] == pd.Timestamp("2018-05-08")).all()


def test_gzip_bz2_zip_and_mixed_folder(tmp_path):
    line = json.dumps({"title": "ع", "body": BODY}, ensure_ascii=False) + "\n"
    with gzip.open(tmp_path / "a.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(line * 2)
    (tmp_path / "b.txt.bz2").write_bytes(bz2.compress(f"عنوان\n\n{BODY}\n".encode()))
    with zipfile.ZipFile(tmp_path / "c.zip", "w") as archive:
        archive.writestr("inner/d.txt", TREC.format(body=BODY))
        archive.writestr("inner/e.csv", f"title,body\nع,{QBODY}\n")
        archive.writestr("__MACOSX/._d.txt", b"\x00\x05junk")
    corpus = load(tmp_path)
    assert corpus.n_kept == 5
    assert any("c.zip!inner/e.csv" in s for s in corpus.articles["source_file"])


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "cp1256"])
def test_encodings_are_detected_and_recorded(tmp_path, codec):
    (tmp_path / "a.txt").write_bytes(f"عنوان\n\n{BODY}\n".encode(codec))
    article = load(tmp_path).articles.iloc[0]
    assert article["title"] == "عنوان"
    assert "الجيش الليبي" in article["text"]
    assert article["encoding"] == codec


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", bytes(range(256)) * 8, "binary file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG image"),
        ("bad.txt", "عنوان\n\nنص".encode() + b"\xff\xfe\xfa" + "عربي".encode() * 5, "undecodable bytes"),
        ("english.txt", b"Title\n\nThe army said the operation began today in the east.", "not Arabic"),
        ("doc.pdf", b"%PDF-1.4", "unsupported file type"),
        ("nobody.jsonl", b'{"title": "\xd8\xb9"}\n', "missing body"),
        ("broken.gz", b"\x1f\x8b\x08\x00garbage", "corrupt gz archive"),
    ],
)
def test_bad_files_are_rejected_with_file_and_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    corpus = load(tmp_path)
    assert reason in only_reason(corpus)
    assert corpus.rejected["source_file"].iloc[0].endswith(name)


def test_malformed_lines_are_rejected_alone_and_loading_goes_on(tmp_path):
    good = json.dumps({"body": BODY}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_text(f"{good}\n{{not json\n[1, 2]\n{good}\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(f"title,body\nع,{QBODY}\nonly-one-field\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(f"عنوان\n\n{BODY}", encoding="utf-8")
    corpus = load(tmp_path)
    assert corpus.n_kept == 4
    assert sorted(corpus.rejected["record"]) == ["line 2", "line 3", "row 3"]
    assert any("malformed JSON" in r for r in corpus.rejected["reason"])
    assert any("expected 2 fields, got 1" in r for r in corpus.rejected["reason"])


def test_oversized_article_is_rejected_not_loaded(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "loading_settings", lambda: config.LoadingSettings(max_article_chars=1000))
    (tmp_path / "huge.txt").write_text("عنوان\n\n" + "كلمة " * 1000, encoding="utf-8")
    assert "body too long" in only_reason(load(tmp_path))


def test_oversized_file_is_rejected_without_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "loading_settings", lambda: config.LoadingSettings(max_file_bytes=100))
    (tmp_path / "big.txt").write_text("عنوان\n\n" + "كلمة " * 100, encoding="utf-8")
    assert "file too large" in only_reason(load(tmp_path))


def test_unparseable_and_future_dates_warn_and_keep_the_article(tmp_path):
    rows = f"id,body,date\n1,{QBODY},31/02/2018\n2,{QBODY},2031-01-01\n3,{QBODY},\n"
    (tmp_path / "a.csv").write_text(rows, encoding="utf-8")
    corpus = load(tmp_path)
    assert corpus.n_kept == 3
    problems = dict(zip(corpus.articles["article_id"], corpus.articles["date_problem"], strict=True))
    assert "unparseable date" in problems["1"]
    assert "future date" in problems["2"]
    assert "no date" in problems["3"]
    assert len(corpus.warnings) == 3


def test_supplied_date_fills_only_missing_dates(tmp_path):
    (tmp_path / "a.csv").write_text(f"id,body,date\n1,{QBODY},2018-06-28\n2,{QBODY},\n", encoding="utf-8")
    articles = load(tmp_path, default_dct="2018-05-08").articles.set_index("article_id")
    assert articles.loc["1", "dct"] == pd.Timestamp("2018-06-28")
    assert articles.loc["1", "dct_source"] == "article"
    assert articles.loc["2", "dct"] == pd.Timestamp("2018-05-08")
    assert articles.loc["2", "dct_source"] == "supplied"


def test_repeated_ids_are_renamed_and_flagged(tmp_path):
    (tmp_path / "a.csv").write_text(f"id,body\nx,{QBODY}\nx,{QBODY}\n", encoding="utf-8")
    corpus = load(tmp_path)
    assert corpus.articles["article_id"].tolist() == ["x", "x#2"]
    assert corpus.warnings["warning"].str.contains("already used").sum() == 1


def test_missing_path_is_rejected(tmp_path):
    assert "no such file" in only_reason(load(tmp_path / "nope"))


def test_documentation_files_in_the_corpus_are_skipped(tmp_path):
    (tmp_path / "README.md").write_text("# about", encoding="utf-8")
    (tmp_path / "a.txt").write_text(f"عنوان\n\n{BODY}", encoding="utf-8")
    corpus = load(tmp_path)
    assert corpus.n_read == 1
    assert (str(tmp_path / "README.md"), "skipped: documentation file") in set(
        zip(corpus.warnings["source_file"], corpus.warnings["warning"], strict=True)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue, 15 May 2018 15:46:12 GMT", "2018-05-15"),
        ("2018-05-08T10:00:00+02:00", "2018-05-08"),
        ("٨/٥/٢٠١٨", "2018-05-08"),
        ("2018/05/08", "2018-05-08"),
    ],
)
def test_parse_published_common_forms(text, expected):
    assert parse_published(text).date().isoformat() == expected


def test_parse_published_refuses_impossible_dates():
    assert parse_published("31/02/2018") is None
