"""Train the event model (``helpers/extract/incidents/model.py``) on every annotated event set, and measure it by
leave-one-set-out cross-validation with the real scorer (``benchmarks.bench_events``).

    python -m scripts.train_event_model --cv      # rules alone vs rules + model, per left-out set and pooled
    python -m scripts.train_event_model --write   # train on every set, write helpers/data/event_model.json
    python -m scripts.train_event_model --write --choice-from helpers/data/event_model.json
        # no CV: train on every set with the L2 and threshold a CV run chose (here the shipped file's), so that
        # the weights follow the current rules in minutes; ``--l2 X --threshold Y`` give the choice by hand

Candidates: the rule pipeline's rows of each set's articles, every row kept (``incident_rows(..., 0)``). A row's
label is the scorer's own event-level matching (``bench_events``: a gold event matched to a row overlapping its
trigger, else of its sentence and type, else of its sentence; then, one to one, to a row of its article with its
type and a date within the gold's precision): 1 when the row matches a gold event of its article.

Cross-validation: for each set, a model trained on the other sets scores its rows; the rows under the threshold
leave the table and the set is scored by ``bench_events.score`` itself (its ``system_tables`` replaced by the
cached tables). Nested: inside each training fold, an inner leave-one-set-out over the training sets chooses the
L2 penalty (lowest log-loss) and the threshold (best event-level F1 by row labels, averaged with the neighbouring
thresholds' F1: ``smoothed_best``); the shipped model applies the same rule to every set. 0.5, fixed before the
first run, and other thresholds are printed beside it. Running the pipeline on the sets takes minutes: ``--cache DIR``
keeps its Articles.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy: one BLAS thread (threads spinning on a
os.environ.setdefault("OMP_NUM_THREADS", "1")  # shared machine made each small fit ~50 times slower)

import argparse
import contextlib
import io
import json
import pickle
import random
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from unittest import mock

import numpy as np
import pandas as pd

from benchmarks import bench_events
from benchmarks.bench_events import (
    _with_date_columns,
    actor_agrees,
    event_level,
    gold_folder,
    listed_ids,
    trigger_pairs,
)
from benchmarks.handgold import _ant_records, annotated_texts, read_tsv
from helpers import config
from helpers.extract import pipeline
from helpers.extract.incidents import component as incidents
from helpers.extract.incidents.model import model_path
from helpers.extract.incidents.signals import EVENT_TYPES, article_features, feature_names, trigger_of
from helpers.extract.incidents.vocabulary import CLAIM, COMPLEMENTISER

DATA = config.PROJECT_ROOT / "tests" / "data"
SETS = (
    "heldout/events", "heldout/events2", "heldout/events3", "heldout/events4", "heldout/events5", "heldout/events6",
    "heldout/events7", "heldout/events8", "heldout/events9", "heldout/events10", "heldout/events11",
    "heldout/events12", "heldout/events13", "heldout/events14", "heldout/events15", "heldout/events16",
    "heldout/events17", "heldout/events18", "heldout/events19", "heldout/events20", "heldout/events21",
    "heldout/events22", "heldout/events23", "heldout/events24", "heldout/events25", "heldout/events26",
    "heldout/events27", "heldout/events28", "heldout/events29", "heldout/events30", "heldout/events31",
    "heldout/events32", "heldout/events33", "heldout/events34", "heldout/events35", "heldout/events36",
    "heldout/events37", "heldout/events38", "heldout/events39", "heldout/events40", "heldout/events41",
    "heldout/events42", "heldout/events43", "heldout/events44",
    "heldout/events45", "heldout/events46", "heldout/events47",
    "heldout/events48", "heldout/events49", "heldout/events50",
    "heldout/events51", "heldout/events52", "heldout/events53",
    "heldout/events54", "heldout/events55", "heldout/events56",
    "heldout/events57", "heldout/events58", "heldout/events59",
    "heldout/events60", "heldout/events61", "heldout/events62",
    "heldout/events63", "heldout/events64", "heldout/events65",
    "heldout/events66", "heldout/events67", "heldout/events68",
    "heldout/events70", "heldout/events71", "heldout/events72", "heldout/events74",
    "heldout/events75", "heldout/events76", "heldout/events77",
    "heldout/events78", "heldout/events79", "heldout/events80",
    "heldout/events81", "heldout/events82", "heldout/events83",
    "heldout/events84", "heldout/events85", "heldout/events86",
    "heldout/events87", "heldout/events88", "heldout/events89",
    "heldout/events90", "heldout/events91", "heldout/events92",
    "heldout/events93", "heldout/events94", "heldout/events95",
    "heldout/events96", "heldout/events97", "heldout/events98",
    "heldout/events99", "heldout/events100", "heldout/events101",
    "dev/events",
    "dev/events_acled", "dev/events_acled_check", "dev/events_acled_check2", "dev/events_acled_check3",
    "dev/events_acled_check4", "dev/events_acled_check5",
)  # fmt: skip
FIXED = 0.5  # the threshold fixed before the first cross-validation run (printed beside the nested choice)
OTHER_THRESHOLDS = (0.2, 0.3, 0.4, 0.6)
GRID = (0.0, *(round(0.1 + 0.05 * i, 2) for i in range(15)))  # the nested choices (0: every row kept)
L2 = 30.0  # ridge penalty on the standardised weights (the default of ``fit``)
L2_GRID = (3.0, 10.0, 30.0, 100.0, 300.0)  # the nested choices of the penalty (100 won every fold of stop 20)


def system_articles(ids: list[str], gold: Path | None = None) -> tuple[pd.DataFrame, list]:
    """The loaded articles frame and the pipeline's Article objects (as ``handgold.system_tables`` loads them;
    ``gold``: the gold folder, whose ``records.jsonl`` may hold articles of another corpus)."""
    from helpers.ingest.corpus import load_corpus

    wanted = set(ids)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for path in [config.corpus_dir() / "ant_derna_2018" / f"{i}.txt" for i in sorted(wanted)]:
            if path.exists():
                shutil.copy(path, folder / path.name)
                wanted.discard(path.stem)
        if wanted:
            with open(folder / "ant.jsonl", "w", encoding="utf-8") as out:
                for record in _ant_records(wanted, gold):
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
        frame = load_corpus(folder).articles
    rows = frame.astype({c: object for c, t in frame.dtypes.items() if isinstance(t, pd.StringDtype)})
    return frame, pipeline.run(rows.to_dict("records"))


def collect(name: str) -> dict:
    """One gold set: its gold rows, texts, tables (every candidate row kept) and the rows' features."""
    folder, gold_file = gold_folder(str(DATA / name))
    gold = [_with_date_columns(row) for row in read_tsv(folder / gold_file)]
    ids = sorted({r["article_id"] for r in gold} | listed_ids(folder / "ids.txt"))
    texts = annotated_texts(ids, folder)
    ids = [i for i in ids if i in texts]
    frame, articles = system_articles(ids, folder)
    rows = [row for article in articles for row in incidents.incident_rows(article, 0)]
    sentences = pd.DataFrame(
        [(a.article_id, i, s, e, a.text[s:e]) for a in articles for i, (s, e) in enumerate(a.sentences)],
        columns=["article_id", "sentence_id", "start", "end", "text"],
    )
    table = incidents.typed(pd.DataFrame(rows, columns=incidents.INCIDENT_COLUMNS))
    return {
        "name": name, "folder": folder, "gold_file": gold_file, "gold": gold, "ids": ids, "texts": texts,
        "articles": frame, "sentences": sentences, "incidents": table, "pipeline": articles,
    }  # fmt: skip


def vectors(data: dict) -> np.ndarray:
    """The feature vectors of a set's candidate rows, in the table's order (computed again from its Articles, so
    a cached set follows the current ``signals``)."""
    out = [v for a in data["pipeline"] for v in article_features(a, list(incidents.incident_rows(a, 0)))]
    return np.array(out, dtype=float).reshape(len(out), len(feature_names()))


def matched(data: dict, ours: pd.DataFrame) -> dict[int, int]:
    """The scorer's event-level pairs (gold index → row index) of ``ours`` (``bench_events.score``'s matching)."""
    return event_level(data["gold"], ours, sentence_pairs(data, ours))


def sentence_pairs(data: dict, ours: pd.DataFrame) -> dict[int, int]:
    """The scorer's pairs by trigger or sentence (those ``GIVEN A MATCHED EVENT`` reads), before the event level."""
    display = data["articles"].set_index("article_id")["text"].to_dict()
    return trigger_pairs(data["gold"], ours, data["sentences"], data["ids"], data["texts"], display)


def labels(data: dict) -> np.ndarray:
    """1 for each candidate row the scorer matches to a gold event (event level), else 0."""
    ours = data["incidents"].reset_index(drop=True)
    hits = set(matched(data, ours).values())
    return np.array([float(i in hits) for i in range(len(ours))])


_LINE = re.compile(r"\((\d+)/(\d+)\)")


def real_score(data: dict, keep: np.ndarray) -> dict[str, tuple[int, int]]:
    """``bench_events.score`` on the set with only the ``keep`` rows: (numerator, denominator) of the event-level
    precision and recall and of actor 1 and actor 2 given a matched event."""
    tables = {
        "articles": data["articles"], "sentences": data["sentences"],
        "incidents": data["incidents"][keep].reset_index(drop=True),
    }  # fmt: skip
    out = io.StringIO()
    cached = mock.patch.object(bench_events, "system_tables", lambda ids, folder=None: tables)
    with cached, contextlib.redirect_stdout(out):
        bench_events.score(data["folder"], data["gold_file"])
    found = {}
    for line in out.getvalue().splitlines():
        counts = [(int(a), int(b)) for a, b in _LINE.findall(line)]
        if line.strip().startswith("event level:"):
            found["P"], found["R"] = counts[0], counts[1]
        elif line.strip().startswith(("actor 1", "actor 2")):
            found[line.strip()[:7]] = counts[0] if counts else (0, 0)
    return found


def fit(X: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method on standardised features; weights and bias on the raw features."""
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale[scale == 0] = 1.0
    Z = np.hstack([(X - mean) / scale, np.ones((len(X), 1))])
    w = np.zeros(Z.shape[1])
    penalty = np.full(Z.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(Z @ w, -40, 40)))
        grad = Z.T @ (p - y) + penalty * w
        hess = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(penalty) + 1e-9 * np.eye(Z.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w[:-1] / scale
    return raw, float(w[-1] - (raw * mean).sum())


def predict(X: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    """The model's probabilities of rows."""
    return 1 / (1 + np.exp(-np.clip(X @ weights + bias, -40, 40)))


def load_sets(cache: Path | None, names: tuple[str, ...] = SETS) -> list[dict]:
    """Every set collected (from ``cache`` when it holds them), its event rows made again by the current rules from
    its Articles (``rerun_rules``), and labelled. A cached set that cannot be read is collected again."""
    sets = []
    for name in names:
        path = cache / (name.replace("/", "_") + ".pkl") if cache else None
        data = _cached(path)
        if data is None:
            data = collect(name)
            if path:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(pickle.dumps(data))
        else:
            rerun_rules(data)
        data["X"], data["y"] = vectors(data), labels(data)
        sets.append(data)
    return sets


def _cached(path: Path | None) -> dict | None:
    """A cached set, or None when there is none or it cannot be read (written by other code)."""
    if path is None or not path.exists():
        return None
    try:
        return pickle.loads(path.read_bytes())
    except Exception as error:  # a stale pickle of any kind: collect the set again
        print(f"cache {path} not read ({type(error).__name__}: {error}); collecting the set again")
        return None


def rerun_rules(data: dict) -> None:
    """The set's event rows made again by the current event component from its cached Articles (the stages before
    it are not re-run: rebuild the cache when they change), every candidate row kept."""
    for article in data["pipeline"]:
        article.incidents = []
        incidents.find_incidents(article)
    rows = [row for article in data["pipeline"] for row in incidents.incident_rows(article, 0)]
    data["incidents"] = incidents.typed(pd.DataFrame(rows, columns=incidents.INCIDENT_COLUMNS))


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return 100 * p, 100 * r, (200 * p * r / (p + r) if p + r else 0.0)


def nested_choice(train: list[dict]) -> tuple[float, float]:
    """The penalty and the threshold chosen on ``train`` alone, by inner leave-one-set-out: the penalty of
    ``L2_GRID`` with the lowest log-loss of the inner predictions, then the threshold of ``GRID`` maximising their
    pooled event-level F1 (by the rows' labels) averaged over it and its neighbours (``smoothed_best``)."""
    y = np.concatenate([d["y"] for d in train])
    gold = sum(len(d["gold"]) for d in train)
    best = None
    for l2 in L2_GRID:
        probs = []
        for i, inner in enumerate(train):
            others = [d for j, d in enumerate(train) if j != i]
            w, b = fit(np.vstack([d["X"] for d in others]), np.concatenate([d["y"] for d in others]), l2)
            probs.append(predict(inner["X"], w, b))
        p = np.clip(np.concatenate(probs), 1e-9, 1 - 1e-9)
        loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        if best is None or loss < best[0]:
            best = (loss, l2, p)
    _, l2, p = best
    scores = [_prf(int(y[p >= t].sum()), int((p >= t).sum()), int(y[p >= t].sum()), gold)[2] for t in GRID]
    return l2, smoothed_best(scores)


def smoothed_best(scores: list[float], grid: tuple[float, ...] = GRID) -> float:
    """The threshold of ``grid`` whose F1, averaged with its two neighbours' (the ends repeated), is the highest
    (the lowest of equal ones): a flat top is not decided by one row of one fold (stop 34: 0.40 in 27 folds,
    0.35 in 22)."""
    padded = [scores[0], *scores, scores[-1]]
    smooth = [sum(padded[i : i + 3]) / 3 for i in range(len(scores))]
    return grid[smooth.index(max(smooth))]


def cross_validate(sets: list[dict]) -> str:
    """The leave-one-set-out report: per set and pooled, rules alone and rules + model at each threshold."""
    thresholds = (0.0, "nested", FIXED, *OTHER_THRESHOLDS)
    pooled: dict = {t: {} for t in thresholds}
    probs: list[np.ndarray] = []
    lines = [
        "Leave-one-set-out cross-validation of the event model (each set scored by benchmarks.bench_events.score",
        "with a model trained on the other sets). Threshold 0 = rules alone; 'nested' = the threshold chosen inside",
        "each training fold by inner leave-one-set-out (the shipped rule); 0.5 = fixed before the first run; others",
        "for comparison; the L2 penalty is chosen inside each fold too. Event level P/R/F1 (bench_events'",
        "counts); actor 1/2 given a matched event.",
        "",
    ]
    for k, data in enumerate(sets):
        train = [d for j, d in enumerate(sets) if j != k]
        l2, chosen = nested_choice(train)
        w, b = fit(np.vstack([d["X"] for d in train]), np.concatenate([d["y"] for d in train]), l2)
        prob = predict(data["X"], w, b)
        probs.append(prob)
        lines.append(
            f"{data['name']}  ({len(data['gold'])} gold events, {len(prob)} candidate rows, nested L2 {l2} t={chosen})"
        )
        for t in thresholds:
            limit = chosen if t == "nested" else t
            found = real_score(data, prob >= limit if limit > 0 else np.ones(len(prob), bool))
            for key, (a, n) in found.items():
                pooled[t][key] = tuple(x + y for x, y in zip(pooled[t].get(key, (0, 0)), (a, n), strict=True))
            lines.append("  " + _figures(t, found))
    lines += ["", f"POOLED ({sum(len(d['gold']) for d in sets)} gold events, {len(sets)} sets)"]
    lines += ["  " + _figures(t, pooled[t]) for t in thresholds]
    lines += ["", "CALIBRATION (out-of-fold probabilities; a row is right when the scorer matches it)"]
    lines += ["  " + line for line in calibration(np.concatenate(probs), np.concatenate([d["y"] for d in sets]))]
    return "\n".join(lines)


def calibration(p: np.ndarray, y: np.ndarray) -> list[str]:
    """Rows by probability band: how many, the mean probability, the share right; and the ranking's AUC."""
    out = []
    for low, high in ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)):
        band = (p >= low) & (p < high)
        if band.any():
            mean, right = p[band].mean(), y[band].mean()
            out.append(f"{low:.1f}-{min(high, 1.0):.1f}: {band.sum():4d} rows, mean p {mean:.2f}, right {right:.2f}")
    out.append(f"AUC {auc(p, y):.3f} over {len(p)} rows ({int(y.sum())} right)")
    return out


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """The ranking's AUC: the chance that a right row gets a higher probability than a wrong one."""
    order = np.argsort(p)
    ranks = np.empty(len(p))
    ranks[order] = np.arange(1, len(p) + 1)
    n1, n0 = y.sum(), len(y) - y.sum()
    return float((ranks[y == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def learning_curve(sets: list[dict], sizes: tuple[int, ...] = (4, 8), draws: int = 3, seed: int = 2020) -> str:
    """Leave-one-set-out when each training fold keeps only ``k`` of its sets (``draws`` passes with random sets;
    every set for the last line): the out-of-fold AUC, and the event-level P/R/F1 counted by the rows' labels
    (every row kept: the scorer's matching; a dropped row's gold is not matched again by another row) at the
    nested threshold and at 0.5."""
    rng = random.Random(seed)
    y = np.concatenate([d["y"] for d in sets])
    gold = sum(len(d["gold"]) for d in sets)
    tp, rows = int(y.sum()), len(y)
    lines = [f"LEARNING CURVE of the event model ({len(sets)} sets; rules alone by the labels: "
             f"P {100 * tp / rows:.1f} R {100 * tp / gold:.1f} F1 {_prf(tp, rows, tp, gold)[2]:.1f})"]  # fmt: skip
    for k in (*sizes, len(sets) - 1):
        for _ in range(1 if k >= len(sets) - 1 else draws):
            probs, limits = [], []
            for i, data in enumerate(sets):
                others = [j for j in range(len(sets)) if j != i]
                train = [sets[j] for j in (others if k >= len(others) else rng.sample(others, k))]
                l2, chosen = nested_choice(train)
                w, b = fit(np.vstack([d["X"] for d in train]), np.concatenate([d["y"] for d in train]), l2)
                probs.append(predict(data["X"], w, b))
                limits.append(np.full(len(data["y"]), chosen))
            p, limit = np.concatenate(probs), np.concatenate(limits)
            f1 = [_prf(int(y[m].sum()), int(m.sum()), int(y[m].sum()), gold)[2] for m in (p >= limit, p >= 0.5)]
            lines.append(f"  k={k:2d}: AUC {auc(p, y):.3f}  nested F1 {f1[0]:.1f}  t=0.5 F1 {f1[1]:.1f}")
    return "\n".join(lines)


def in_sample(sets: list[dict]) -> str:
    """The shipped model (trained on every set) scoring each set at its threshold: in-sample figures."""
    l2, limit = nested_choice(sets)
    w, b = fit(np.vstack([d["X"] for d in sets]), np.concatenate([d["y"] for d in sets]), l2)
    lines = [f"IN-SAMPLE (trained on every set, L2 {l2}, threshold {limit}; not a measure of unseen articles)"]
    pooled: dict = {}
    for data in sets:
        found = real_score(data, predict(data["X"], w, b) >= limit)
        for key, (a, n) in found.items():
            pooled[key] = tuple(x + y for x, y in zip(pooled.get(key, (0, 0)), (a, n), strict=True))
        lines.append(f"  {data['name']:28s} " + _figures(limit, found))
    return "\n".join([*lines, f"  {'pooled':28s} " + _figures(limit, pooled)])


def _figures(t: object, found: dict) -> str:
    """One line of figures."""
    label = "rules alone " if t == 0.0 else ("model nested" if t == "nested" else f"model t={t:.2f}")
    (tp, n_pred), (tg, n_gold) = found.get("P", (0, 0)), found.get("R", (0, 0))
    p, r, f = _prf(tp, n_pred, tg, n_gold)
    a1, a2 = found.get("actor 1", (0, 0)), found.get("actor 2", (0, 0))
    return (
        f"{label}: P {p:5.1f} ({tp}/{n_pred})  R {r:5.1f} ({tg}/{n_gold})  F1 {f:5.1f}   "
        f"actor1 {a1[0]}/{a1[1]}  actor2 {a2[0]}/{a2[1]}"
    )


def write_model(sets: list[dict], cv: str, path: Path, choice: dict | None = None) -> tuple[float, float]:
    """Train on every set and write the weights file. Without ``choice`` its penalty and threshold are the nested
    rule's choice on every set and ``cv`` is the report of this run's CV; with ``choice`` (``fixed_choice``) they
    are those of an earlier CV run, whose report lines and record it carries over."""
    if choice is None:
        l2, threshold = nested_choice(sets)
        pooled = [line.strip() for line in cv[cv.index("POOLED (") :].splitlines() if line.strip()]  # + calibration
        rule = (
            "L2: the lowest log-loss, threshold: the best event-level F1 averaged with its two neighbours' on the "
            "grid, of the leave-one-set-out predictions on every set (the rule applied inside each fold of the CV)"
        )
        run = {"command": "scripts/train_event_model.py --write (nested CV run with the writing)",
               "code": _commit(), "finished": _now(), "sets": len(sets)}  # fmt: skip
    else:
        l2, threshold, pooled, rule, run = (choice[k] for k in ("l2", "threshold", "pooled", "rule", "cv_run"))
    w, b = fit(np.vstack([d["X"] for d in sets]), np.concatenate([d["y"] for d in sets]), l2)
    data = {
        "about": "Logistic regression behind the event rules: P(row is an event an annotator records). "
        "Written by scripts/train_event_model.py; features from helpers/extract/incidents/signals.py.",
        "trained": _now(),
        "sets": [d["name"] for d in sets],
        "rows": int(sum(len(d["y"]) for d in sets)),
        "positive_rows": int(sum(d["y"].sum() for d in sets)),
        "l2": l2,
        "threshold": threshold,
        "threshold_rule": rule,
        "cv_run": run,
        "cv_pooled_leave_one_set_out": pooled,
        "bias": round(b, 5),
        "features": feature_names(),
        "weights": {name: round(float(v), 5) for name, v in zip(feature_names(), w, strict=True)},
    }
    if choice is not None:
        data["chosen_by"] = choice["chosen_by"]
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return l2, threshold


def fixed_choice(source: Path | None, l2: float | None, threshold: float | None) -> dict:
    """The penalty and threshold of a write without CV: those of the weights file ``source`` (written by a CV run;
    its record, rule and pooled lines are carried over), each replaced by ``l2`` / ``threshold`` when given."""
    old = json.loads(source.read_text(encoding="utf-8")) if source else {}
    hand = {"L2": l2, "threshold": threshold}
    chosen = {"L2": l2 if l2 is not None else old.get("l2"), "threshold": threshold}
    chosen["threshold"] = threshold if threshold is not None else old.get("threshold")
    if None in chosen.values():
        raise SystemExit("--write without CV needs --choice-from FILE or both --l2 and --threshold")
    by = [f"--choice-from {source} (trained {old.get('trained', '?')}, {len(old.get('sets', []))} sets)"][: bool(old)]
    by += [f"{name} {value} given by hand" for name, value in hand.items() if value is not None]
    by.append(f"weights refitted on the current rules without CV ({_now()}, code {_commit()})")
    return {
        "l2": float(chosen["L2"]),
        "threshold": float(chosen["threshold"]),
        "pooled": old.get("cv_pooled_leave_one_set_out", []),
        "rule": old.get("threshold_rule", "given by hand"),
        "cv_run": old.get("cv_run", {}),
        "chosen_by": "; ".join(by),
    }


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _commit() -> str:
    """The code's git commit (with ``+`` when the tree has changes), or ``?`` outside a git tree."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, check=True).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "?"
    return head.stdout.strip() + ("+" if dirty else "")


SIDE_OPTIONS = ("swap", "blank actor 1", "blank actor 2")
_STATE_WORDS = ("military", "police", "government", "army", "forces", "authorities", "ministry")


def side_kind(english: str, name: str) -> str:
    """A side's kind as the row names it: empty, civilian, unidentified, state, or other (a named group, a person)."""
    low = (english or "").lower()
    if not (english or name):
        return "empty"
    if "civilian" in low or "protester" in low:
        return "civilian"
    if "unidentified" in low or "militant" in low:
        return "unidentified"
    return "state" if any(w in low for w in _STATE_WORDS) else "other"


def side_features(article: object, row: pd.Series) -> list[float]:
    """The side model's features of a row: each side empty, before or after the trigger in its sentence, its kind;
    the trigger a noun, its genitive side actor 2, a saying verb or complementiser before it; the event type."""
    s, e = article.sentences[int(row["sentence_id"])]
    start, norm = int(row["start"]), article.norm
    trigger = trigger_of(str(row["trigger"]), str(row["action"]))
    out = []
    for side in ("1", "2"):
        name, english = row[f"actor{side}"] or "", row[f"actor{side}_en"] or ""
        at = article.text.find(name, s, e) if name else -1
        kind = side_kind(english, name)
        out += [float(0 <= at < start), float(at >= start), float(bool(name) and at < 0)]
        out += [float(kind == k) for k in ("empty", "civilian", "unidentified", "state", "other")]
    out += [float(bool(trigger) and trigger.pos == "noun"), float(bool(trigger) and trigger.genitive == "actor2")]
    out += [float(bool(CLAIM.search(norm, s, start))), float(bool(COMPLEMENTISER.search(norm, s, start)))]
    return out + [float(row["event_type"] == t) for t in EVENT_TYPES]


def _agree(gold: dict, sides: tuple[str, str]) -> int:
    return int(actor_agrees(gold["actor1"], sides[0])) + int(actor_agrees(gold["actor2"], sides[1]))


def side_examples(data: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per matched row (the scorer's sentence pairs): features, each option's change in agreeing sides
    (swap, blank 1, blank 2), and the rule's own count of agreeing sides."""
    ours = data["incidents"].reset_index(drop=True)
    articles = {a.article_id: a for a in data["pipeline"]}
    X, gains, base = [], [], []
    for gi, oi in sentence_pairs(data, ours).items():
        gold, row = data["gold"][gi], ours.loc[oi]
        a1, a2 = row["actor1_en"] or "", row["actor2_en"] or ""
        kept = _agree(gold, (a1, a2))
        options = ((a2, a1), ("", a2), (a1, ""))
        X.append(side_features(articles[row["article_id"]], row))
        gains.append([_agree(gold, sides) - kept for sides in options])
        base.append(kept)
    return np.array(X, dtype=float), np.array(gains, dtype=float), np.array(base, dtype=float)


def side_cv(sets: list[dict], threshold: float = 0.5) -> str:
    """Leave-one-set-out: one model per option (P(the option makes more sides agree)); on the left-out set the
    likeliest option is applied when its probability reaches ``threshold``. Sides agreeing, rules vs model."""
    examples = [side_examples(d) for d in sets]
    lines = [f"SIDE MODEL (keep / swap / blank one side), leave-one-set-out, threshold {threshold}"]
    totals = Counter()
    for k, data in enumerate(sets):
        X, gains, base = examples[k]
        train = [examples[j] for j in range(len(sets)) if j != k]
        TX = np.vstack([x for x, _, _ in train])
        models = [fit(TX, np.concatenate([g[:, o] for _, g, _ in train]) > 0, 10.0) for o in range(3)]
        probs = np.column_stack([predict(X, w, b) for w, b in models]) if len(X) else np.zeros((0, 3))
        chosen = [int(np.argmax(p)) if p.max() >= threshold else -1 for p in probs]
        after = base + np.array([gains[i, c] if c >= 0 else 0 for i, c in enumerate(chosen)])
        changed = sum(c >= 0 for c in chosen)
        totals.update(rows=len(X), before=int(base.sum()), after=int(after.sum()), changed=changed)
        lines.append(f"  {data['name']:28s} rows {len(X):3d}  sides agreeing {int(base.sum())} -> {int(after.sum())}"
                     f"  (rows changed {changed})")  # fmt: skip
    better = [int((np.vstack([g for _, g, _ in examples])[:, o] > 0).sum()) for o in range(3)]
    worse = [int((np.vstack([g for _, g, _ in examples])[:, o] < 0).sum()) for o in range(3)]
    lines.append(
        f"  pooled: {totals['rows']} matched rows, sides agreeing {totals['before']} -> {totals['after']} of "
        f"{2 * totals['rows']}, rows changed {totals['changed']}; options better/worse than the rule's sides "
        f"over all rows: " + ", ".join(f"{o} {b}/{w}" for o, b, w in zip(SIDE_OPTIONS, better, worse, strict=True))
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="print the leave-one-set-out cross-validation")
    parser.add_argument("--in-sample", action="store_true", help="print the shipped model's in-sample figures")
    parser.add_argument("--sides", action="store_true", help="cross-validate the side model (not shipped)")
    parser.add_argument("--write", action="store_true", help="train on every set and write the weights file")
    parser.add_argument(
        "--choice-from",
        type=Path,
        default=None,
        help="with --write: no CV, the L2 and threshold of this weights file (a CV run's)",
    )
    parser.add_argument("--l2", type=float, default=None, help="with --write: no CV, this L2 penalty")
    parser.add_argument("--threshold", type=float, default=None, help="with --write: no CV, this threshold")
    parser.add_argument("--out", type=Path, default=None, help="the weights file written (default: the shipped)")
    parser.add_argument("--curve", action="store_true", help="print the learning curve (k of the training sets)")
    parser.add_argument("--cache", type=Path, default=None, help="a folder keeping the sets' pipeline tables")
    args = parser.parse_args(argv)  # fmt: skip
    given = args.choice_from is not None or args.l2 is not None or args.threshold is not None
    if given and not args.write:
        parser.error("--choice-from, --l2 and --threshold go with --write")
    choice = fixed_choice(args.choice_from, args.l2, args.threshold) if given else None
    sets = load_sets(args.cache)
    cv = cross_validate(sets) if args.cv or (args.write and choice is None) else ""
    if cv:
        print(cv)
    if args.sides:
        print(side_cv(sets))
    if args.in_sample:
        print(in_sample(sets))
    if args.curve:
        print(learning_curve(sets))
    if args.write:
        out = args.out or model_path()
        l2, threshold = write_model(sets, cv, out, choice)
        how = choice["chosen_by"] if choice else "the nested rule on every set"
        print(f"written: {out} (L2 {l2}, threshold {threshold}: {how})")


if __name__ == "__main__":
    main()
