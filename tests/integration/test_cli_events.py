"""``python -m helpers events``: the event table of a corpus as CSV, JSON lines or Parquet."""

import json
import subprocess
import sys

import pandas as pd

from helpers import config
from helpers.extract.incidents.component import INCIDENT_COLUMNS

ARTICLE = "اعتقال مسلحين\n\nاعتقلت الشرطة المصرية ثلاثة مسلحين في القاهرة يوم الخميس."


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args], capture_output=True, text=True, cwd=config.PROJECT_ROOT, check=False
    )


def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_jsonl_rows_with_acled_like_columns(tmp_path):
    out = tmp_path / "events.jsonl"
    result = run("events", str(corpus(tmp_path)), "--dct", "2018-06-01", "--format", "jsonl", "-o", str(out))
    assert result.returncode == 0, result.stderr
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert set(INCIDENT_COLUMNS) | {"cluster_id", "n_sources", "first_outlet"} <= set(row)
    assert (row["event_type"], row["sub_event_type"], row["location"]) == (
        "Strategic developments",
        "Arrests",
        "القاهرة",
    )
    assert row["event_date"].startswith("2018-05-31")
    assert "1 events from 1 articles" in result.stderr


def test_csv_to_standard_output(tmp_path):
    result = run("events", str(corpus(tmp_path)), "--dct", "2018-06-01")
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0].split(",")
    assert header[:3] == ["event_id", "article_id", "sentence_id"]


def test_parquet_keeps_the_integer_fatalities_column(tmp_path):
    out = tmp_path / "events.parquet"
    result = run("events", str(corpus(tmp_path)), "--dct", "2018-06-01", "--format", "parquet", "-o", str(out))
    assert result.returncode == 0, result.stderr
    frame = pd.read_parquet(out)
    assert str(frame["fatalities"].dtype) == "Int64"
    assert frame["actor1"].tolist() == ["الشرطة المصرية"]


def test_a_missing_path_is_an_error(tmp_path):
    result = run("events", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    assert "no such file or folder" in result.stderr
