"""Draws the 10 articles of this check set and saves their annotated strings (title, newline, body).

    PYTHONPATH=$PWD .venv/bin/python tests/data/dev/events_acled_check5/sample.py

``random.Random(2656).sample`` over the sorted ids of ANT articles with cat middleEast or internationalNews,
120-800 words, not in /work/notes/used_ids.txt (no filter on violence words, so some
articles hold no event, as on real news).
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

HERE = Path(__file__).parent
ANT = Path("/work/shared/datasets/ant_multisource/articles.jsonl.gz")
USED = Path("/work/notes/used_ids.txt")
CATS = {"middleEast", "internationalNews"}


def candidates(used: set[str]) -> dict[str, dict]:
    """Every eligible ANT record by id."""
    out = {}
    with gzip.open(ANT, "rt", encoding="utf-8") as handle:
        for record in map(json.loads, handle):
            text = record.get("text") or ""
            if record.get("cat") not in CATS or record["docno"] in used:
                continue
            if 120 <= len(text.split()) <= 800:
                out[record["docno"]] = record
    return out


def main() -> None:
    used = {line.split("\t")[0].strip() for line in USED.read_text(encoding="utf-8").splitlines() if line.strip()}
    pool = candidates(used)
    chosen = random.Random(2656).sample(sorted(pool), 10)
    (HERE / "texts").mkdir(exist_ok=True)
    for article_id in chosen:
        record = pool[article_id]
        (HERE / "texts" / f"{article_id}.txt").write_text(record["title"] + "\n" + record["text"], encoding="utf-8")
        print(article_id)


if __name__ == "__main__":
    main()
