"""The held-out NER figures of the shipped neural tagger with and without document-level label consistency:
``benchmarks.bench_ner``'s own loading and scoring (``evaluate``), once with ``ner.tag_many`` (the raw tagger:
what ``make bench-ner`` prints) and once with ``ner.tag_text`` (the test files read as running text, the
consistency step over +-5 sentences, as the pipeline applies it within an article). ANERcorp's test file is
contiguous news text with no document marks; AQMAR's test split is Wikipedia articles one after another.

Run once, after the choice on the dev tail: ``python scripts/eval_ner_text.py``.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from benchmarks import bench_ner
from helpers.extract import ner


def main() -> None:
    for name, path in (("ANERcorp CAMeL test", bench_ner.ANERCORP_TEST), ("AQMAR test", bench_ner.AQMAR_TEST)):
        data = bench_ner.load(path)
        for label, tagger in (("tag_many (raw)", ner.tag_many), ("tag_text (+ consistency)", ner.tag_text)):
            bench_ner.tag_many = tagger
            scores, speed, _ = bench_ner.evaluate(data, "neural")
            p, r, f = scores["micro"]
            types = ", ".join(f"{k} {v[2]:.1%}" for k, v in scores.items() if k != "micro")
            print(f"{name}, neural, {label}: micro F1 {f:.1%} (P {p:.1%}, R {r:.1%}); {types}; "
                  f"{speed:,.0f} tokens/s batched", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
