"""The event table on its development set (issue 16; IN-SAMPLE: the rules were written after reading these
articles): detection P/R/F1, event-type accuracy, actor 1 / actor 2 / place / date / fatalities accuracy
given a detected event, and the time the component takes on the bundled corpus.

    PYTHONPATH=$PWD .venv/bin/python -m benchmarks.bench_events_dev [--errors]

Gold: tests/data/dev/events/events_dev.tsv (its README says how the 20 articles were drawn). A predicted event
matches a gold one when their triggers overlap, else when it has the gold's type in the gold's sentence; one
to one, in order. "Before" is the suite without the event table (no events at all).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
import tempfile
import time
from pathlib import Path

import pandas as pd

from benchmarks.common import require_shared
from helpers import config
from helpers.extract import pipeline
from helpers.extract.incidents import component as incidents
from helpers.ingest.corpus import load_corpus
from helpers.text.normalize import normalize_letters

ROOT = config.PROJECT_ROOT
GOLD = ROOT / "tests/data/dev/events/events_dev.tsv"
SEED = 16
_ID = re.compile(r"[A-Z]{2}-[A-Za-z]+-\d+-\d{8}")
_HELD_OUT_LISTS = ("tests/data/places_gold_ant_heldout_ids.txt", "tests/data/timex_gold_ant_heldout.tsv")


def held_out_ids() -> set[str]:
    """Every held-out id: the ANT held-out lists and the held-out articles (tests/data/dev/events/HELD_OUT.txt)."""
    ids: set[str] = set()
    for path in [ROOT / p for p in _HELD_OUT_LISTS] + [ROOT / "tests/data/dev/events/HELD_OUT.txt"]:
        ids |= set(_ID.findall(path.read_text(encoding="utf-8")))
    return ids


def sample_ids() -> tuple[list[str], list[str]]:
    """The development articles: 10 bundled ones and 10 ANT ones of other topics (600-2,500 characters, not in
    the Libya/Derna index), each drawn with ``random.Random(16).sample`` from the sorted ids, held-out ids out."""
    held = held_out_ids()
    bundled = sorted(a for a in load_corpus(config.corpus_dir()).articles["article_id"] if _ID.fullmatch(a))
    libya_index = config.shared_datasets() / "_derived/ant_multisource_libya_derna_index.tsv"
    libya = {line.split("\t")[1] for line in libya_index.read_text(encoding="utf-8").splitlines()[1:]}
    other = []
    for record in _ant_records():
        if record["docno"] not in held | libya and 600 <= len(record.get("text") or "") <= 2500:
            other.append(record["docno"])
    return (
        random.Random(SEED).sample([a for a in bundled if a not in held], 10),
        random.Random(SEED).sample(sorted(other), 10),
    )


def _ant_records() -> list[dict]:
    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def dev_records(bundled: list[str], ant: list[str]) -> list[dict]:
    """The loaded records of the development articles (ANT ones through the JSONL reader)."""
    corpus = load_corpus(config.corpus_dir()).articles
    records = corpus[corpus["article_id"].isin(bundled)].to_dict("records")
    wanted = set(ant)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ant_dev.jsonl"
        lines = [json.dumps(r, ensure_ascii=False) for r in _ant_records() if r["docno"] in wanted]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        records += load_corpus([path]).articles.to_dict("records")
    return records


def gold_rows(path: Path = GOLD) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _key(name: str) -> str:
    """A name for comparison: normalised letters, no ال or و before a word."""
    words = normalize_letters(str(name or "")).replace('"', " ").split()
    return " ".join(re.sub(r"^(?:و?ال|و)(?=..)", "", w) for w in words)


def same_name(gold: str, predicted: str) -> bool:
    """Equal after ``_key``, or one contains the other (الجيش الليبي ~ الجيش الوطني الليبي is not; الجيش is)."""
    g, p = _key(gold), _key(predicted)
    if not g or not p:
        return g == p
    return g in p or p in g or bool(set(g.split()) & set(p.split()) - {"تنظيم", "قوات", "مجلس"})


def score(records: list[dict], predicted: pd.DataFrame, gold: list[dict[str, str]]) -> dict:
    """Detection and attribute accuracies of ``predicted`` (an incidents table) against ``gold``."""
    texts = {r["article_id"]: (r["text"], int(r.get("body_start") or 0)) for r in records}
    sentences = {a: pipeline.Article.from_record(r) for a, r in ((r["article_id"], r) for r in records)}
    used: set[str] = set()
    matched, errors = [], []
    for row in gold:
        text, body = texts[row["article_id"]]
        at = _nth(text, row["trigger_surface"], int(row["occurrence"]), body)
        span = (at, at + len(row["trigger_surface"]))
        sentence = sentences[row["article_id"]].sentence_of(at)
        mine = predicted[(predicted["article_id"] == row["article_id"]) & ~predicted["event_id"].isin(used)]
        hit = mine[(mine["start"] < span[1]) & (span[0] < mine["end"])]
        if hit.empty:
            hit = mine[(mine["sentence_id"] == sentence) & (mine["event_type"] == row["event_type"])]
        if hit.empty:
            errors.append(f"MISSED {row['article_id']} {row['trigger_surface']} ({row['event_type']})")
            continue
        event = hit.iloc[0]
        used.add(event["event_id"])
        matched.append((row, event))
    for event in predicted[~predicted["event_id"].isin(used)].itertuples():
        errors.append(f"EXTRA {event.article_id} {event.trigger} ({event.event_type}): {event.notes[:90]}")
    checks = {
        "type": lambda g, p: g["event_type"] == p["event_type"],
        "actor1": lambda g, p: same_name(g["actor1"], p["actor1"]),
        "actor2": lambda g, p: same_name(g["actor2"], p["actor2"]),
        "location": lambda g, p: same_name(g["location"], p["location"]),
        "date": _same_date,
        "fatalities": lambda g, p: g["fatalities"] == ("" if pd.isna(p["fatalities"]) else str(p["fatalities"])),
        "reported_as": lambda g, p: g["reported_as"] == p["reported_as"],
    }  # fmt: skip
    accuracy = {}
    for name, check in checks.items():
        right = [check(g, p) for g, p in matched]
        accuracy[name] = (sum(right), len(right))
        shown = {"type": ("event_type", "event_type"), "date": ("date", "event_date")}.get(name, (name, name))
        errors += [f"WRONG {name} {g['article_id']} {g['trigger_surface']}: gold {g[shown[0]]!r} "
                   f"got {p[shown[1]]!r}" for (g, p), ok in zip(matched, right, strict=True) if not ok]  # fmt: skip
    tp, n_pred, n_gold = len(matched), len(predicted), len(gold)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": precision, "recall": recall, "f1": f1,
            "accuracy": accuracy, "errors": errors}  # fmt: skip


def _same_date(gold: dict, predicted: pd.Series) -> bool:
    """A gold date (YYYY[-MM[-DD]]) is the predicted date's prefix; no gold date: the prediction states none."""
    if not gold["date"]:
        return not predicted["date_text"]
    when = predicted["event_date"]
    return not pd.isna(when) and pd.Timestamp(when).strftime("%Y-%m-%d").startswith(gold["date"])


def _nth(text: str, surface: str, n: int, start: int) -> int:
    at = start - 1
    for _ in range(n):
        at = text.find(surface, at + 1)
        if at < 0:
            raise ValueError(f"gold trigger {surface!r} #{n} not found")
    return at


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list the misses, extras and wrong attributes")
    parser.add_argument("--ant", type=int, default=0, help="also time the event table on the first N ANT articles")
    args = parser.parse_args()
    require_shared(config.ant_articles())
    gold = gold_rows()
    bundled, ant = sample_ids()
    wanted = set(bundled) | set(ant)
    assert {g["article_id"] for g in gold} <= wanted, "gold rows outside the sample"
    records = dev_records(bundled, ant)
    articles = pipeline.run(records)
    predicted = incidents.typed(
        pd.DataFrame([row for a in articles for row in incidents.incident_rows(a)], columns=incidents.INCIDENT_COLUMNS)
    )
    result = score(records, predicted, gold)
    print(f"development set (IN-SAMPLE): {len(bundled)} bundled + {len(ant)} ANT articles, {len(gold)} gold events")
    print("before (no event table): detection P -, R 0.000, F1 0.000")
    print(f"after: detection P {result['precision']:.3f} R {result['recall']:.3f} F1 {result['f1']:.3f} "
          f"({result['tp']} matched, {result['predicted']} predicted, {result['gold']} gold)")  # fmt: skip
    for name, (right, total) in result["accuracy"].items():
        print(f"  {name} accuracy given a match: {right}/{total} = {right / total if total else 0:.3f}")
    _timing(load_corpus(config.corpus_dir()).articles.to_dict("records"), "bundled corpus")
    if args.ant:
        _timing(_first_ant(args.ant), f"first {args.ant} ANT articles")
    if args.errors:
        print("\n".join(result["errors"]))


def _first_ant(n: int) -> list[dict]:
    """The first ``n`` ANT articles (file order) as loaded records."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ant.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _ant_records()[:n]) + "\n", "utf-8")
        return load_corpus([path]).articles.to_dict("records")


def _timing(records: list[dict], name: str) -> None:
    """Extraction of some articles without the event table, and the component alone after it."""
    without = [c for c in pipeline.COMPONENTS if c.name != "incidents"]
    started = time.perf_counter()
    articles = pipeline.run(records, without)
    before = time.perf_counter() - started
    started = time.perf_counter()
    for article in articles:
        incidents.find_incidents(article)
    alone = time.perf_counter() - started
    n = sum(len(a.incidents) for a in articles)
    per_article = 1000 * alone / max(len(records), 1)
    print(f"{name} ({len(records)} articles): pipeline without the event table {before:.2f} s; "
          f"event table alone {alone:.3f} s ({n} events, {per_article:.2f} ms/article)")  # fmt: skip


if __name__ == "__main__":
    main()
