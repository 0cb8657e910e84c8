"""The timex benchmark's second ANT held-out gold: scored as the first, under its own heading, when its file exists
(a tiny gold and article store written here; the real gold is never read by tests)."""

import gzip
import json

from benchmarks import bench_timex as bench

GOLD = "\n".join(
    [
        "# a tiny gold in the held-out format",
        "article_id\tdct\tsurface\toccurrence\ttype\tvalue",
        "X-1\t2018-06-18\t5 مايو\t1\tDATE\t2018-05-05",
        "X-1\t2018-06-18\tأمس\t1\tDATE\t2018-06-17",
    ]
)


def _store(tmp_path, monkeypatch, gold: str | None = GOLD):
    articles = tmp_path / "articles.jsonl.gz"
    with gzip.open(articles, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"docno": "X-1", "title": "خبر", "text": "وصل أمس بعد زيارة في 5 مايو."}) + "\n")
    monkeypatch.setattr(bench, "ANT_ARTICLES", articles)
    path = tmp_path / "timex_gold_ant_heldout2.tsv"
    if gold is not None:
        path.write_text(gold, encoding="utf-8")
    return path


def test_second_ant_gold_is_scored_under_its_own_heading(tmp_path, monkeypatch, capsys):
    path = _store(tmp_path, monkeypatch)
    assert bench.print_second_ant({"ours": bench.ours_news}, path)
    out = capsys.readouterr().out
    assert "held-out 2, ANT multi-source (timex_gold_ant_heldout2.tsv): 1 articles, 2 time expressions" in out
    assert out.strip().splitlines()[-1].split()[1:] == ["100.0%"] * 6


def test_second_ant_gold_is_skipped_when_absent(tmp_path, monkeypatch, capsys):
    path = _store(tmp_path, monkeypatch, gold=None)
    assert not bench.print_second_ant({"ours": bench.ours_news}, path)
    assert capsys.readouterr().out == ""
