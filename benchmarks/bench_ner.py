"""Entity-level micro F1 (conlleval-style exact span and type match) and tagging speed of the shipped NER models,
side by side: the CRF and the neural BiLSTM-CRF (``ExtractionSettings.ner_model`` picks the one the pipeline uses).

- ANERcorp, CAMeL test split (in-domain news). Published bar: AraBERT v0.1 fine-tuned, 83.1 F1 on this split.
- AQMAR test split (Wikipedia; out of domain). Its PER and MIS labels are mapped to PERS and MISC.
Speed is tokens/s on one core (BLAS limited to one thread), features included: batched (all sentences at once,
as the pipeline tags them) and one sentence at a time. The actor layer runs with the configured tagger.

Run: ``make bench-ner`` (or ``python -m benchmarks.bench_ner``).
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core: set before numpy is imported
os.environ.setdefault("OMP_NUM_THREADS", "1")

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from benchmarks.common import config, measure, require_shared
from helpers.extract.ner import entities, read_conll, tag_many, tag_text, tag_tokens
from helpers.resources.ner_model import model_path, neural_path

ANERCORP_TEST = config.shared_datasets() / "anercorp_camel" / "ANERCorp_CamelLab_test.txt"
AQMAR_TEST = config.shared_datasets() / "aqmar" / "test.txt"
LABELS = {"PER": "PERS", "MIS": "MISC"}


def load(path: Path) -> list[tuple[list[str], list[str]]]:
    """(tokens, gold tags) per sentence, with AQMAR's label names mapped to ANERcorp's."""
    out = []
    for sentence in read_conll(path.read_text(encoding="utf-8").splitlines()):
        tokens = [p[0] for p in sentence]
        tags = []
        for p in sentence:
            tag = p[-1]
            if tag[:2] in ("B-", "I-"):
                tag = tag[:2] + LABELS.get(tag[2:], tag[2:])
            tags.append(tag)
        out.append((tokens, tags))
    return out


def evaluate(
    data: list[tuple[list[str], list[str]]], model: str, tagger: Callable = tag_many
) -> tuple[dict[str, tuple[float, float, float]], float, float]:
    """Per-type and micro (P, R, F1) over exact entity spans, and tokens/s batched and one sentence at a time
    (each timed from a fresh process state of the word caches: the first pass pays for every word type).
    ``tagger`` tags the whole file: ``tag_many`` (the model alone) or ``tag_text`` (the file read as running
    text, with the pipeline's document-level label consistency)."""
    tp: Counter = Counter()
    n_pred: Counter = Counter()
    n_gold: Counter = Counter()
    tag_tokens(["تحميل"], model)  # load the model, gazetteer and clusters before timing
    n_tokens = sum(len(tokens) for tokens, _ in data)
    _, seconds_one, _ = measure(lambda: [tag_tokens(tokens, model) for tokens, _ in data])
    start = time.perf_counter()
    predictions = tagger([tokens for tokens, _ in data], model)
    seconds = time.perf_counter() - start
    for (tokens, gold), pred in zip(data, predictions, strict=True):
        g = set(entities(tokens, gold))
        p = set(entities(tokens, pred))
        for _, _, kind in g:
            n_gold[kind] += 1
        for _, _, kind in p:
            n_pred[kind] += 1
        for _, _, kind in g & p:
            tp[kind] += 1
    scores = {}
    for kind in [*sorted(n_gold | n_pred), "micro"]:
        t = sum(tp.values()) if kind == "micro" else tp[kind]
        np_ = sum(n_pred.values()) if kind == "micro" else n_pred[kind]
        ng = sum(n_gold.values()) if kind == "micro" else n_gold[kind]
        prec = t / np_ if np_ else 0.0
        rec = t / ng if ng else 0.0
        scores[kind] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return scores, n_tokens / seconds, n_tokens / seconds_one


def main() -> None:
    """Print F1 tables and speed for both test sets."""
    require_shared(ANERCORP_TEST)
    models = {"crf": model_path(), "neural": neural_path()}
    for model, path in models.items():
        size = f"{path.stat().st_size / 2**20:.1f} MiB" if path.exists() else "missing"
        print(f"model {model}: {path.name}, {size}")
    print(f"configured tagger (ExtractionSettings.ner_model): {config.extraction_settings().ner_model}")
    for name, path in (("ANERcorp CAMeL test", ANERCORP_TEST), ("AQMAR test (out of domain)", AQMAR_TEST)):
        data = load(path)
        for model in (m for m, p in models.items() if p.exists()):
            scores, speed, speed_one = evaluate(data, model)
            print(f"\n== {name}, {model}: micro F1 {scores['micro'][2]:.1%}   (tokens/s on one core: "
                  f"{speed:,.0f} batched, {speed_one:,.0f} one sentence at a time)")  # fmt: skip
            for kind, (p, r, f) in scores.items():
                print(f"   {kind:>6}  P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}")
        if models["neural"].exists():
            scores, _, _ = evaluate(data, "neural", tag_text)
            print(f"\n== {name}, neural + label consistency within +-5 sentences (what the pipeline runs per "
                  f"article; the file read as running text): micro F1 {scores['micro'][2]:.1%}")  # fmt: skip
            for kind, (p, r, f) in scores.items():
                print(f"   {kind:>6}  P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}")
    print("\nAraBERT v0.1 fine-tuned (published), ANERcorp CAMeL test: 83.1 micro F1")
    for model in (m for m, p in models.items() if p.exists()):
        actor_overlap(load(ANERCORP_TEST), model)
    ner_component_speed([m for m, p in models.items() if p.exists()])
    actor_speed()


def actor_overlap(data: list[tuple[list[str], list[str]]], tagger: str) -> None:
    """The whole actor layer (model + alias table + rules) against ANERcorp test's PERS/ORG/MISC spans.

    Overlap, not exact span: recall is the share of gold PERS and ORG spans an actor mention overlaps;
    precision the share of actor mentions (nationalities left out: ANERcorp does not tag them) that
    overlap a gold PERS, ORG or MISC span. The model alone is scored the same way for comparison.
    """
    from helpers.extract.actors.component import sentence_candidates
    from helpers.extract.actors.vocabulary import ACTOR_TYPES
    from helpers.text.normalize import normalize_letters
    from helpers.text.tokens import token_spans

    counts = {"actors": Counter(), "model": Counter()}
    for tokens, gold in data:
        starts, pos = [], 0
        for token in tokens:
            starts.append(pos)
            pos += len(token) + 1
        text = " ".join(tokens)
        spans = [(starts[a], starts[b - 1] + len(tokens[b - 1]), kind) for a, b, kind in entities(tokens, gold)]
        wanted = [(a, b) for a, b, kind in spans if kind in ("PERS", "ORG")]
        any_name = [(a, b) for a, b, kind in spans if kind != "LOC"]
        window = config.extraction_settings().max_sentence_tokens
        token_at = token_spans(text)
        ner_spans = []
        for i in range(0, len(token_at), window):  # the whole text is one sentence, tagged as the pipeline does
            chunk = token_at[i : i + window]
            words = [text[a:b] for a, b in chunk]
            ner_spans += [(chunk[a][0], chunk[b - 1][1], k) for a, b, k in entities(words, tag_tokens(words, tagger))]
        merged, _ = sentence_candidates(text, normalize_letters(text), ner_spans)
        found = [(m.start, m.end) for m in merged if m.type != "nationality"]
        model = [
            (starts[a], starts[b - 1] + len(tokens[b - 1]))
            for a, b, kind in entities(tokens, tag_tokens(tokens, tagger))
            if kind in ACTOR_TYPES
        ]
        for name, mentions in (("actors", found), ("model", model)):
            c = counts[name]
            c["gold"] += len(wanted)
            c["hit"] += sum(any(a < y and b > x for x, y in mentions) for a, b in wanted)
            c["pred"] += len(mentions)
            c["right"] += sum(any(a < y and b > x for a, b in any_name) for x, y in mentions)
    print(f"\n== Actor layer with the {tagger} tagger vs ANERcorp CAMeL test PERS+ORG spans (overlap match)")
    for name, label in (("model", "model alone"), ("actors", "model + alias table + rules")):
        c = counts[name]
        print(f"   {label:<30} recall {c['hit'] / c['gold']:6.1%} of {c['gold']:,}   "
              f"precision {c['right'] / c['pred']:6.1%} of {c['pred']:,}")  # fmt: skip


def actor_speed(n: int = 1000) -> None:
    """Articles/s and mentions of the whole actor pipeline (model, rules, canonical names) on ANT articles."""
    if not config.ant_articles().exists():
        return
    import gzip
    import itertools
    import json

    import pandas as pd

    from helpers.extract import pipeline

    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in itertools.islice(handle, 5000, 5000 + n)]
    articles = pd.DataFrame({"article_id": [str(i) for i in range(len(records))],
                             "text": [str(r.get("text") or "") for r in records]})  # fmt: skip

    def run() -> tuple[int, int]:
        done = pipeline.run(articles.to_dict("records"), pipeline.components_for(["actors"]))
        found = [m.actor_id for article in done for _, m in article.actors]
        return len(found), len(set(found))

    (mentions, distinct), seconds, rss = measure(run)
    tagger = config.extraction_settings().ner_model
    print(f"\n== Actor extraction ({tagger} tagger), {len(articles):,} ANT articles on one core: "
          f"{len(articles) / seconds:,.0f} articles/s, {mentions:,} mentions of {distinct:,} actors, "
          f"peak RSS {rss:,.0f} MiB")  # fmt: skip


def ner_component_speed(models: list[str], n: int = 1000) -> None:
    """Tokens/s of the whole NER component (``ner.tag_entities``: tokenising, windows, chunk memo, tagging) on
    ANT articles, one core, each tagger in a fresh child process."""
    if not config.ant_articles().exists():
        return
    import dataclasses
    import gzip
    import itertools
    import json

    from helpers.extract import ner
    from helpers.extract.article import Article
    from helpers.text.arabic import HAS_ARABIC
    from helpers.text.tokens import token_spans

    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in itertools.islice(handle, 5000, 5000 + n)]
    articles = [Article.from_record({"article_id": str(i), "text": str(r.get("text") or "")})
                for i, r in enumerate(records)]  # fmt: skip
    tokens = sum(len(token_spans(a.text, s, e)) for a in articles for s, e in a.sentences
                 if HAS_ARABIC.search(a.text, s, e))  # fmt: skip
    settings = config.extraction_settings()
    print(f"\n== NER component (tag_entities) on {len(articles):,} ANT articles, {tokens:,} tokens, one core")
    for model in models:

        def run(model: str = model) -> tuple[float, int]:
            config.extraction_settings = lambda: dataclasses.replace(settings, ner_model=model)
            ner.tag_many([["تحميل"]])  # load the model before timing
            start = time.perf_counter()
            ner.tag_entities(articles)
            return time.perf_counter() - start, sum(len(v) for a in articles for v in a.entities.values())

        (seconds, found), _, rss = measure(run)
        print(f"   {model:<7} {tokens / seconds:9,.0f} tokens/s  ({seconds:.1f} s, {found:,} entities, "
              f"peak RSS {rss:,.0f} MiB)")  # fmt: skip


if __name__ == "__main__":
    main()
