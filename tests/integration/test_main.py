"""Tests for the command line (helpers/__main__.py), run as a user would run it."""

import json
import subprocess
import sys

from helpers import config


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "helpers", *args], capture_output=True, text=True, cwd=config.PROJECT_ROOT, check=False
    )


def test_load_reports_counts_and_rejections(tmp_path):
    (tmp_path / "a.txt").write_text("عنوان\n\nخبر عربي.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run("load", str(tmp_path))
    assert result.returncode == 0
    assert "read 2, kept 1, rejected 1" in result.stderr
    assert "b.txt: binary file" in result.stderr


def test_extract_writes_json_lines_only_to_stdout():
    result = run("extract", str(config.corpus_dir() / "seed"))
    assert result.returncode == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows, "the seed has time expressions"
    text = (config.corpus_dir() / "seed" / "000_35111ff217f658ca.txt").read_text(encoding="utf-8")
    for row in rows:
        assert row["article_id"] == "000_35111ff217f658ca"
        assert row["kind"] in ("actor", "place", "time")
        assert set(row) >= {"sentence_id", "start", "end", "text", "type", "canonical", "value", "lat", "lon"}
    yesterday = next(r for r in rows if r["text"] == "يوم أمس الاثنين")
    assert yesterday["value"] == "2018-05-07"
    assert "يوم أمس الاثنين" in text


def test_extract_uses_the_supplied_dct_for_undated_files(tmp_path):
    (tmp_path / "a.txt").write_text("عنوان\n\nقال المتحدث أمس إن العملية بدأت.", encoding="utf-8")
    result = run("extract", str(tmp_path), "--dct", "2018-05-08")
    row = json.loads(result.stdout.splitlines()[0])
    assert (row["text"], row["value"]) == ("أمس", "2018-05-07")


def test_bad_dct_is_a_clear_error():
    result = run("extract", "corpus", "--dct", "8 May")
    assert result.returncode == 2
    assert "--dct must be a date as YYYY-MM-DD" in result.stderr
    result = run("load", "corpus", "--dct", "1439-08-22")  # Hijri
    assert result.returncode == 2
    assert "--dct must be a Gregorian date from 1900 on" in result.stderr


def test_extract_places_carry_coordinates_and_precision():
    result = run("extract", str(config.corpus_dir() / "seed"), "--kinds", "place")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    derna = next(r for r in rows if r["text"] == "درنة")
    assert derna["kind"] == "place" and derna["value"] == "geonames:87205"
    assert abs(derna["lat"] - 32.77) < 0.05 and derna["precision"] == 1
    cairo = next(r for r in rows if r["text"] == "القاهرة")
    assert cairo["role"] == "actor"


def test_reports_parameters_are_parsed_as_json_or_kept_as_text(monkeypatch, tmp_path):
    from helpers.cli import main as cli
    from helpers.report import build as reports

    seen = {}
    monkeypatch.setattr(reports, "build_reports", lambda corpus, out, hide_code, parameters: seen.update(parameters))
    cli.main(["reports", "--out", str(tmp_path), "-p", "TOP", "30", "-p", "SUBSET_OUTLET", "Sky News Arabia"])
    assert seen == {"TOP": 30, "SUBSET_OUTLET": "Sky News Arabia"}


def test_store_command_reports_counts(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "helpers", "store", str(config.corpus_dir() / "seed"), "--store", str(tmp_path),
         "--workers", "1"],
        capture_output=True, text=True, check=True, cwd=config.PROJECT_ROOT,
    )  # fmt: skip
    assert "read 1, rejected by the loader 0, already in the store 0, extracted 1" in out.stdout


def test_file_names_cannot_forge_report_lines(tmp_path):
    (tmp_path / "a\nrejected: forged.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "b\rc\x1b[2K\u202e.txt").write_text("no Arabic here at all", encoding="utf-8")
    result = run("load", str(tmp_path))
    lines = result.stderr.split("\n")
    assert lines[-1] == ""
    assert len(lines) == 4, result.stderr  # two rejections, the counts, the final newline
    assert [line.split(":")[0] for line in lines[:3]] == ["rejected", "rejected", "read 2, kept 0, rejected 2"]
    assert "a\\nrejected: forged.txt: binary file" in lines[0]
    assert "b\\rc\\x1b[2K\\u202e.txt" in lines[1]
    assert "\r" not in result.stderr and "\x1b" not in result.stderr


def test_printable_escapes_every_control_character():
    from helpers.cli.main import printable

    assert (
        printable("a\nb\r\tc\x00\x7f\x85\u2028\u2029\u202e\u2066 د")
        == "a\\nb\\r\\tc\\x00\\x7f\\x85\\u2028\\u2029\\u202e\\u2066 د"
    )


def test_missing_paths_are_named_and_fail(tmp_path):
    missing = str(tmp_path / "nowhere.jsonl")
    for command in ("load", "extract"):
        result = run(command, missing)
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert f"rejected: {missing}: no such file or folder" in result.stderr
        assert f"error: no such file or folder: {missing}" in result.stderr
    result = run("ner", missing)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"error: cannot read {missing}: No such file or directory" in result.stderr
    result = run("reports", "--corpus", missing, "--out", str(tmp_path / "out"))
    assert result.returncode == 1 and f"error: no such file or folder: {missing}" in result.stderr
    assert not (tmp_path / "out").exists()


def test_ner_command_reads_the_file_as_running_text(tmp_path, monkeypatch, capsys):
    from helpers.cli.main import main
    from helpers.extract import ner

    seen = []

    def fake_tag_text(sentences, model=None):
        seen.append([list(s) for s in sentences])
        return [["B-PERS"] * len(s) for s in sentences]

    monkeypatch.setattr(ner, "tag_text", fake_tag_text)
    path = tmp_path / "in.conll"
    path.write_text("قال\tO\nسعيد\tB-PERS\n\nوأكد\nسعيد\n", encoding="utf-8")
    assert main(["ner", str(path)]) == 0
    assert seen == [[["قال", "سعيد"], ["وأكد", "سعيد"]]]  # one call: the whole file, in order
    assert capsys.readouterr().out == "قال B-PERS\nسعيد B-PERS\n\nوأكد B-PERS\nسعيد B-PERS\n\n"
