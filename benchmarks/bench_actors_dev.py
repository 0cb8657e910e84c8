"""Actors on the development gold (tests/data/dev/actors, in-sample): mention P/R/F1 by (article, canonical),
ACLED type and country accuracy on the matched actors.

A gold actor is found when a predicted actor of its article has the same normalised canonical name, or has a
mention overlapping one of the gold surface's occurrences. Predicted actors are the distinct canonical names of
an article's rows, except nationality rows (descriptors) and platforms (not counted as actors by reports).
With ``--top``, also the bundled corpus's top 30 actors by article count; ``-v`` lists misses and extras.
"""

from __future__ import annotations

import csv
import sys
import time
from collections import defaultdict
from pathlib import Path

from helpers import config
from helpers.extract.pipeline import extract_tables
from helpers.ingest.corpus import load_corpus
from helpers.text.normalize import name_key

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "dev" / "actors"


def gold_rows() -> list[dict[str, str]]:
    """The rows of actors_gold.tsv."""
    with (GOLD / "actors_gold.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def spans_of(text: str, surface: str) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of ``surface`` in ``text``."""
    out, i = [], text.find(surface)
    while i >= 0:
        out.append((i, i + len(surface)))
        i = text.find(surface, i + len(surface))
    return out


def score(actors, texts: dict[str, str], gold: list[dict[str, str]]) -> dict[str, float]:
    """Precision, recall, F1, type and country accuracy (on matched gold actors)."""
    predicted: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for row in actors.itertuples(index=False):
        if row.article_id in texts and row.type != "nationality" and getattr(row, "acled_type", "") != "platform":
            predicted[row.article_id][name_key(row.canonical)].append(row)
    matched_pred: set[tuple[str, str]] = set()
    found = type_ok = country_ok = 0
    misses = []
    for g in gold:
        art, key = g["article_id"], name_key(g["canonical_ar"])
        spans = spans_of(texts[art], g["surface"])
        hit = None
        for pkey, rows in predicted[art].items():
            if pkey == key or any(r.start < b and a < r.end for r in rows for a, b in spans):
                hit = (pkey, rows)
                break
        if hit is None:
            misses.append(f"  missed {art} {g['canonical_ar']}")
            continue
        found += 1
        matched_pred.add((art, hit[0]))
        row = hit[1][0]
        type_ok += getattr(row, "acled_type", row.type) == g["type"]
        country_ok += getattr(row, "country", "") == g["country"]
    n_pred = sum(len(v) for v in predicted.values())
    extra = [f"  extra {a} {k}" for a, v in predicted.items() for k in v if (a, k) not in matched_pred]
    p = len(matched_pred) / n_pred if n_pred else 0.0
    r = found / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    if "-v" in sys.argv:
        print("\n".join(misses + extra))
    return {
        "gold": len(gold), "predicted": n_pred, "precision": p, "recall": r, "f1": f,
        "type_accuracy": type_ok / found if found else 0.0, "country_accuracy": country_ok / found if found else 0.0,
    }  # fmt: skip


def main() -> None:
    """Print the figures (in-sample: the rules were developed on these articles)."""
    gold = gold_rows()
    ids = sorted({g["article_id"] for g in gold})
    texts = {i: (GOLD / "texts" / f"{i}.txt").read_text(encoding="utf-8") for i in ids}
    frame = load_corpus(config.corpus_dir()).articles
    frame = frame[frame["article_id"].isin(ids)].reset_index(drop=True)
    actors = extract_tables(frame)["actors"]
    for art in ids:
        loaded = frame.loc[frame["article_id"] == art, "text"].iloc[0]
        assert loaded == texts[art], f"{art}: the loader's text differs from the annotated one"
    figures = score(actors, texts, gold)
    print(
        f"actors dev gold (in-sample), {len(ids)} articles, "
        f"{figures['gold']} gold actors, {figures['predicted']} predicted"
    )
    for name in ("precision", "recall", "f1", "type_accuracy", "country_accuracy"):
        print(f"  {name:17s} {figures[name]:.3f}")


def top_actors(n: int = 30) -> None:
    """The bundled corpus's top actors by article count (nationality and platform rows left out), with the
    time extraction took."""
    frame = load_corpus(config.corpus_dir()).articles
    start = time.perf_counter()
    actors = extract_tables(frame)["actors"]
    seconds = time.perf_counter() - start
    actors = actors[(actors["type"] != "nationality") & (actors["acled_type"] != "platform")]
    top = actors.groupby("canonical").agg(
        articles=("article_id", "nunique"), mentions=("start", "size"), acled_type=("acled_type", "first"),
        country=("country", "first"),
    )  # fmt: skip
    print(f"bundled corpus: {len(frame)} articles extracted in {seconds:.1f} s (wall, NER included)")
    print(top.sort_values(["articles", "mentions"], ascending=False).head(n).to_string())


if __name__ == "__main__":
    main()
    if "--top" in sys.argv:
        top_actors()
