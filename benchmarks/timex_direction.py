"""Duration direction: does a duration in a news sentence point to the past, the future, or nowhere (an age, an
institution's history, a length with no direction)? Scored on sentences drawn from ANT articles
(``../shared/.../ant_multisource``) and labelled by reading before the rules were tuned:

- ``tests/data/duration_direction_dev.tsv``: seed 16, read while tuning (in-sample);
- ``tests/data/duration_direction_heldout.tsv``: seed 61, labelled before tuning, scored once at the end.

Sampling (``python -m benchmarks.timex_direction sample SEED N OUT [--exclude TSV...]``): the ANT articles in
``random.Random(SEED)`` order, held-out gold articles skipped, one DURATION the tagger finds per article, chosen with
the same generator, in a sentence of at most 300 characters, until N sentences.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pandas as pd

from benchmarks.common import config
from benchmarks.handgold import held_out_ids
from helpers.extract.events import date_span
from helpers.extract.timex.direction import reading
from helpers.extract.timex.tagger import tag
from helpers.text.normalize import normalize_letters
from helpers.text.sentences import sentence_spans

DATA = config.PROJECT_ROOT / "tests" / "data"
DEV = DATA / "duration_direction_dev.tsv"
HELD_OUT = DATA / "duration_direction_heldout.tsv"
COLUMNS = ["article_id", "dct", "surface", "start", "end", "label", "sentence"]
LABELS = ("past", "future", "none")
_MAX_SENTENCE = 300


def _dct(article_id: str) -> date:
    """An ANT article's date, from the end of its id (``SK-middleEast-290-20180314`` -> 2018-03-14)."""
    digits = article_id.rsplit("-", 1)[1]
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def sample(seed: int, count: int, exclude: set[str]) -> Iterator[dict[str, str]]:
    """``count`` unlabelled rows: one duration per article, the articles in seeded random order."""
    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    rng = random.Random(seed)
    order = list(range(len(records)))
    rng.shuffle(order)
    found = 0
    for index in order:
        record = records[index]
        if record["docno"] in exclude:
            continue
        text, dct = record["title"] + "\n" + record["text"], _dct(record["docno"])
        durations = [t for t in tag(text, dct) if t.type == "DURATION"]
        if not durations:
            continue
        timex = rng.choice(durations)
        s, e = next(((s, e) for s, e in sentence_spans(text) if s <= timex.start < e), (0, len(text)))
        if e - s > _MAX_SENTENCE:
            continue
        yield {
            "article_id": record["docno"], "dct": dct.isoformat(), "surface": text[timex.start : timex.end],
            "start": str(timex.start - s), "end": str(timex.end - s), "label": "",
            "sentence": text[s:e].replace("\n", " "),
        }  # fmt: skip
        found += 1
        if found == count:
            return


def read_set(path: Path) -> list[dict[str, str]]:
    """The rows of a labelled set (lines starting with # are comments)."""
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def predicted(row: dict[str, str]) -> str:
    """past, future or none: what the rules read for the row's duration."""
    sentence = normalize_letters(row["sentence"])
    found = reading(sentence, int(row["start"]), int(row["end"]))
    return found.direction or "none"  # an age or a history has none; a record looks back over a past period


def before_issue_16(row: dict[str, str]) -> str:
    """What the events table drew before issue 16: every duration with a known length forward from the DCT
    (future), no span otherwise (none)."""
    dct, start = date.fromisoformat(row["dct"]), int(row["start"])
    timex = next((t for t in tag(row["sentence"], dct) if t.start <= start < t.end), None)
    if timex is None or timex.type != "DURATION":
        return "none"
    first, last = date_span(timex.value, dct, "DURATION")
    return "future" if first is not None and not pd.isna(first) and last > first else "none"


def accuracy(path: Path, predict: Callable[[dict[str, str]], str] = predicted) -> tuple[int, int, Counter]:
    """(right, total, confusion counts of (label, predicted)) over a labelled set."""
    rows = read_set(path)
    confusion = Counter((row["label"], predict(row)) for row in rows)
    return sum(n for (gold, guess), n in confusion.items() if gold == guess), len(rows), confusion


def print_direction() -> None:
    """The "duration direction" section of bench_timex: before issue 16 and with the rules, both sets."""
    print("\n== Duration direction (past / future / none: age, history, no direction), sentences from ANT")
    print(f"   {'set':<28} {'before (drawn forward)':>24} {'rules (direction.py)':>22}")
    for label, path in (("development (in-sample)", DEV), ("held-out (labelled blind)", HELD_OUT)):
        if not path.exists():
            continue
        old, total, _ = accuracy(path, before_issue_16)
        new, _, confusion = accuracy(path)
        print(f"   {label:<28} {f'{old}/{total} = {old / total:.1%}':>24} {f'{new}/{total} = {new / total:.1%}':>22}")
        wrong = ", ".join(f"{gold}->{guess} {n}" for (gold, guess), n in sorted(confusion.items()) if gold != guess)
        print(f"   {'':<28} rules' errors: {wrong or 'none'}")


def main(argv: list[str]) -> None:
    """``sample SEED N OUT [--exclude TSV...]``: write an unlabelled set."""
    _, seed, count, out, *rest = argv
    exclude = held_out_ids()
    for path in rest[1:] if rest[:1] == ["--exclude"] else []:
        exclude |= {row["article_id"] for row in read_set(Path(path))}
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for row in sample(int(seed), int(count), exclude):
            handle.write("\t".join(row[c].replace("\t", " ") for c in COLUMNS) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
