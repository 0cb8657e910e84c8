"""Learn page furniture from the ANT corpus and ship it: ``helpers/data/boilerplate_learned.csv``.

The same first pass the loader runs on every corpus (``boilerplate.LineCounter``, settings in
``config.BoilerplateSettings``), here over the 31.5k ANT articles, so that a small corpus from the same outlets
(the bundled one) also loses the teasers and footers that only a large corpus shows to recur. Articles whose ids
are in the ``--exclude`` files (held-out gold) are not counted.

Run: ``python scripts/build_boilerplate.py --exclude ids.txt ...`` (about 10 s).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
from pathlib import Path

from helpers import config
from helpers.ingest.boilerplate import LineCounter, find_furniture, shipped_learned_path
from helpers.ingest.clean import markup_text
from helpers.ingest.records import Record, outlet_and_body

ANT_ID = re.compile(r"\b[A-Z]{2}-[A-Za-z]+-\d+-\d{8}\b")


def excluded_ids(files: list[Path]) -> set[str]:
    """Every ANT article id written anywhere in ``files``."""
    return {i for f in files for i in ANT_ID.findall(f.read_text(encoding="utf-8"))}


def count(path: Path, exclude: set[str]) -> LineCounter:
    """Count the lines of every ANT article not excluded."""
    counter = LineCounter()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            fields = json.loads(line)
            if fields.get("docno") in exclude:
                continue
            outlet, body = outlet_and_body(Record(fields, str(path)), {})
            if body.strip():
                counter.add(outlet, markup_text(body))
    return counter


def main() -> None:
    """Count, select and write the learned lines (those no listed pattern removes already)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--exclude", nargs="*", type=Path, default=[])
    parser.add_argument("--corpus", type=Path, default=config.ant_articles())
    args = parser.parse_args()
    exclude = excluded_ids(args.exclude)
    counter = count(args.corpus, exclude)
    seen = {(o, e.text): e.articles for o, entries in counter.seen.items() for e in entries.values()}
    rows = sorted(
        (
            (outlet, seen[(outlet, text)], text)
            for outlet, lines in counter.furniture().items()
            for text in lines
            if not find_furniture(text)  # a listed pattern removes it already
        ),
        key=lambda r: (r[0], -r[1], r[2]),
    )
    with open(shipped_learned_path(), "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["outlet", "articles", "text"])
        writer.writerows(rows)
    print(f"{len(rows)} lines from {sum(counter.articles.values())} articles ({len(exclude)} ids excluded)")


if __name__ == "__main__":
    main()
