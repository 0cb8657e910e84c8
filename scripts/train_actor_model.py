"""Train the side ranker (``helpers/extract/incidents/ranker_model.py``) on every annotated event set, and measure it
by leave-one-set-out cross-validation with the real scorer (``benchmarks.bench_events``).

    python -m scripts.train_actor_model --cv --cache /tmp/e19/cache     # rules vs ranker, per left-out set, pooled
    python -m scripts.train_actor_model --write --cache /tmp/e19/cache  # train on every set, write the weights

The sets' Articles come from ``scripts.train_event_model`` (``--cache DIR`` keeps them); the rules' rows are made
again from them (``component.rule_rows``: every row, none dropped by the event model), so the figures follow the
current rules. Candidates and features: ``helpers/extract/incidents/ranker.py``. A candidate's label for a slot is
the scorer's own actor agreement (``bench_events.actor_agrees`` of the gold's actor and the candidate's English) on
the rows the scorer pairs with a gold event (its ``GIVEN A MATCHED EVENT`` pairs).

Model: per slot, a linear score of the features and a softmax over the row's candidates, fitted by L-BFGS on
-log(sum of the probabilities of the agreeing candidates) + L2/2 |w|^2 (rows with no agreeing candidate left
out). The ranker's choice replaces the rules' side when its probability beats the rules' side's by the margin.
Cross-validation: for each set, a ranker trained on the others chooses its sides and the set is scored by
``bench_events.score`` itself; inside each training fold an inner leave-one-set-out chooses the L2 penalty and
the margin (most sides agreeing, by the labels; ties to the larger margin and penalty).
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy: one BLAS thread (threads spinning on a
os.environ.setdefault("OMP_NUM_THREADS", "1")  # shared machine made each small fit ~50 times slower)

import argparse
import json
import random
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize

from benchmarks.bench_events import actor_agrees, event_level
from helpers.extract.incidents import component as incidents
from helpers.extract.incidents.ranker import FEATURES, candidates, features
from helpers.extract.incidents.ranker_model import choose, picked_sides, ranker_path, with_sides
from helpers.extract.incidents.scope import COLUMN
from scripts.train_event_model import SETS, load_sets, real_score, sentence_pairs

L2_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.5, 2.0)  # 2.0: never (the rules' sides)
MODES = (False, True)  # replace any side, or only fill the sides the rules leave empty
WIDER = True  # train on the event-level pairs too (a gold event matched in another sentence of its article)
SHIP_GAIN = 3.0  # points of pooled actor accuracy (1 and 2 together) the ranker must gain to be on by default
CURVE_SIZES = (4, 8)  # training sets kept per fold in the learning curve (and every set)


def examples(data: dict) -> dict:
    """A set's rule rows (every row), the table, and per row and slot its candidates, features and labels."""
    rows, items = [], []
    for article in data["pipeline"]:
        found, context = incidents.rule_rows(article)
        for row in found:
            per_slot = []
            for slot in (1, 2):
                cands = candidates(article, context, row, slot)
                per_slot.append((cands, np.array(features(article, context, row, slot, cands), dtype=float)))
            rows.append(row)
            items.append(per_slot)
    table = incidents.typed(pd.DataFrame(rows, columns=incidents.INCIDENT_COLUMNS))
    pairs = sentence_pairs(data, table)
    labels = _labels(data, items, pairs)
    wider = _labels(data, items, event_level(data["gold"], table, pairs)) if WIDER else labels
    return {"rows": rows, "table": table, "items": items, "labels": labels, "train_labels": wider}


def _labels(data: dict, items: list, pairs: dict[int, int]) -> list:
    """Per row, each slot's candidate labels (agreeing with the paired gold's actor), None for an unpaired row."""
    gold_of = {oi: data["gold"][gi] for gi, oi in pairs.items()}
    out = []
    for i, per_slot in enumerate(items):
        gold = gold_of.get(i)
        out.append(
            None
            if gold is None
            else [np.array([actor_agrees(gold[f"actor{k}"], c.english) for c in cands], dtype=float)
                  for k, (cands, _) in enumerate(per_slot, start=1)]
        )  # fmt: skip
    return out


def fit_slot(groups: list[tuple[np.ndarray, np.ndarray]], l2: float) -> np.ndarray:
    """The weights of one slot: ``groups`` are (features, labels) of each row's candidates."""
    groups = [(X, y) for X, y in groups if y.any()]
    if not groups:
        return np.zeros(len(FEATURES))
    sizes = [len(X) for X, _ in groups]
    X = np.vstack([X for X, _ in groups])
    y = np.concatenate([y for _, y in groups]).astype(bool)
    starts = np.cumsum([0, *sizes[:-1]])
    group = np.repeat(np.arange(len(sizes)), sizes)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = X @ w  # log-sum-exp over every candidate and over the agreeing ones, shifted by each row's maximum
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[group])
        total = np.add.reduceat(e, starts)
        s_yes = np.where(y, s, -np.inf)
        top_yes = np.maximum.reduceat(s_yes, starts)
        e_yes = np.where(y, np.exp(s_yes - top_yes[group]), 0.0)
        total_yes = np.add.reduceat(e_yes, starts)
        p, q = e / total[group], e_yes / total_yes[group]  # q: the posterior over the agreeing candidates
        value = (top + np.log(total) - top_yes - np.log(total_yes)).sum()
        return float(0.5 * l2 * w @ w + value), l2 * w + X.T @ (p - q)

    return minimize(loss, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B").x


def train(sets: list[dict], l2: float) -> tuple[np.ndarray, np.ndarray]:
    """Both slots' weights trained on the matched rows of ``sets``."""
    out = []
    for k in (0, 1):
        pairs = [(item, lab) for d in sets for item, lab in zip(d["items"], d["train_labels"], strict=True)]
        groups = [(item[k][1], lab[k]) for item, lab in pairs if lab]
        out.append(fit_slot(groups, l2))
    return out[0], out[1]


def choices(data: dict, weights: tuple[np.ndarray, np.ndarray], margin: float, fill: bool = False) -> list[tuple]:
    """Per row, the (actor 1, actor 2) candidates the ranker picks at ``margin`` (``fill``: empty sides only)."""
    out = []
    for item in data["items"]:
        picked = []
        for k, (cands, X) in enumerate(item):
            s = X @ weights[k]
            p = np.exp(s - s.max())
            p = list(p / p.sum())
            picked.append((cands, p, choose(p, cands, k + 1, margin, fill)))
        out.append(picked_sides(picked))
    return out


def agreeing(data: dict, picks: list[tuple]) -> tuple[int, int, int]:
    """Matched rows, and how many of their actor 1 / actor 2 agree with the gold (by the labels)."""
    n = a1 = a2 = 0
    for lab, item, (c1, c2) in zip(data["labels"], data["items"], picks, strict=True):
        if lab is None:
            continue
        n += 1
        a1 += int(lab[0][item[0][0].index(c1)]) if c1 in item[0][0] else 0
        a2 += int(lab[1][item[1][0].index(c2)]) if c2 in item[1][0] else 0
    return n, a1, a2


def nested_choice(train_sets: list[dict]) -> tuple[float, float, bool]:
    """The L2 penalty, margin and mode (fill empty sides only, or replace) chosen on ``train_sets`` alone by inner
    leave-one-set-out."""
    best = None
    for l2 in L2_GRID:
        inner = []
        for i, held in enumerate(train_sets):
            w = train([d for j, d in enumerate(train_sets) if j != i], l2)
            inner.append((held, w))
        for fill in MODES:
            for margin in MARGINS:
                right = sum(sum(agreeing(h, choices(h, w, margin, fill))[1:]) for h, w in inner)
                key = (right, fill, margin, l2)
                if best is None or key > best:
                    best = key
    return best[3], best[2], best[1]


def table_of(data: dict, picks: list[tuple] | None) -> pd.DataFrame:
    """The set's table with the ranker's sides (``None``: the rules')."""
    if picks is None:
        return data["table"]
    rows = [with_sides(row, c1, c2) for row, (c1, c2) in zip(data["rows"], picks, strict=True)]
    return incidents.typed(pd.DataFrame(rows, columns=incidents.INCIDENT_COLUMNS))


def scored(data: dict, table: pd.DataFrame) -> dict:
    """``bench_events.score`` on the set's table (every row kept)."""
    return real_score({**data, "incidents": table}, np.ones(len(table), bool))


def _add(total: dict, found: dict) -> None:
    for key, (a, n) in found.items():
        total[key] = tuple(x + y for x, y in zip(total.get(key, (0, 0)), (a, n), strict=True))


def _line(label: str, found: dict) -> str:
    (tp, n_pred), (tg, n_gold) = found.get("P", (0, 0)), found.get("R", (0, 0))
    p = 100 * tp / n_pred if n_pred else 0.0
    r = 100 * tg / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    (a1, n1), (a2, n2) = found.get("actor 1", (0, 0)), found.get("actor 2", (0, 0))
    both = 100 * (a1 + a2) / (n1 + n2) if n1 + n2 else 0.0
    pct1 = 100 * a1 / n1 if n1 else 0.0
    pct2 = 100 * a2 / n2 if n2 else 0.0
    return (
        f"{label}: actor1 {pct1:5.1f} ({a1}/{n1})  actor2 {pct2:5.1f} ({a2}/{n2})  both {both:5.1f}   "
        f"event level P {p:5.1f} R {r:5.1f} F1 {f:5.1f}"
    )


def cross_validate(sets: list[dict]) -> tuple[str, dict]:
    """The leave-one-set-out report (per set and pooled, rules vs ranker) and the pooled counts."""
    lines = [
        "Leave-one-set-out cross-validation of the side ranker: each set scored by benchmarks.bench_events.score with",
        "the rules' sides and with the sides of a ranker trained on the other sets (L2 and margin chosen inside each",
        "training fold). Actor 1/2 given a matched event (the scorer's pairs); every rule row kept (no event model).",
        "",
    ]
    pooled: dict[str, dict] = {"rules": {}, "ranker": {}}
    groups: dict[str, dict[str, dict]] = {"heldout": {"rules": {}, "ranker": {}}, "dev": {"rules": {}, "ranker": {}}}
    changed_total = 0
    for k, data in enumerate(sets):
        train_sets = [d for j, d in enumerate(sets) if j != k]
        l2, margin, fill = nested_choice(train_sets)
        weights = train(train_sets, l2)
        picks = choices(data, weights, margin, fill)
        rules = scored(data, table_of(data, None))
        ranker = scored(data, table_of(data, picks))
        changed = sum(
            (c1.english, c2.english) != (r[COLUMN["actor1_en"]] or "", r[COLUMN["actor2_en"]] or "")
            for r, (c1, c2) in zip(data["rows"], picks, strict=True)
        )
        changed_total += changed
        lines.append(
            f"{data['name']}  ({len(data['rows'])} rows, {changed} rows' sides changed; L2 {l2}, margin {margin}, "
            f"{'fill empty sides only' if fill else 'replace'})"
        )
        lines += ["  " + _line("rules ", rules), "  " + _line("ranker", ranker)]
        for name, found in (("rules", rules), ("ranker", ranker)):
            _add(pooled[name], found)
            _add(groups[data["name"].split("/")[0]][name], found)
    lines += ["", f"POOLED ({len(sets)} sets, {changed_total} rows' sides changed)"]
    lines += ["  " + _line("rules ", pooled["rules"]), "  " + _line("ranker", pooled["ranker"])]
    for name, group in groups.items():
        lines += [
            f"POOLED {name} sets",
            "  " + _line("rules ", group["rules"]),
            "  " + _line("ranker", group["ranker"]),
        ]
    return "\n".join(lines), pooled


def gain(pooled: dict) -> tuple[float, float]:
    """The ranker's gain over the rules in points: actor 1 and 2 together, and actor 1 alone."""

    def pct(found: dict, keys: tuple[str, ...]) -> float:
        a = sum(found.get(k, (0, 0))[0] for k in keys)
        n = sum(found.get(k, (0, 0))[1] for k in keys)
        return 100 * a / n if n else 0.0

    both, one = ("actor 1", "actor 2"), ("actor 1",)
    return pct(pooled["ranker"], both) - pct(pooled["rules"], both), pct(pooled["ranker"], one) - pct(
        pooled["rules"], one
    )


def rules_agreeing(data: dict) -> tuple[int, int, int]:
    """Matched rows, and how many of the rules' actor 1 / actor 2 agree with the gold (by the labels)."""
    picks = [tuple(next((c for c in cands if c.rules[k]), cands[-1]) for k, (cands, _) in enumerate(item))
             for item in data["items"]]  # fmt: skip
    return agreeing(data, picks)


def learning_curve(sets: list[dict], sizes: tuple[int, ...] = CURVE_SIZES, draws: int = 3, seed: int = 2020) -> str:
    """Pooled leave-one-set-out accuracy when each training fold keeps only ``k`` of its sets (``draws`` random
    draws per fold, averaged; every set for the last line): the shipped rule (nested choice of L2, margin and mode
    inside the k sets) and the ranker's own top candidate (margin 0, replace). Counted by the labels, which are
    the scorer's own actor agreement on its pairs."""
    rng = random.Random(seed)
    n, r1, r2 = (sum(x) for x in zip(*(rules_agreeing(d) for d in sets), strict=True))
    lines = [f"LEARNING CURVE (leave-one-set-out, {len(sets)} sets, {n} matched rows; rules: actor1 {r1} actor2 {r2} "
             f"both {100 * (r1 + r2) / (2 * n):.1f})"]  # fmt: skip
    for k in (*sizes, len(sets) - 1):
        shipped, top = np.zeros(2), np.zeros(2)
        for i, data in enumerate(sets):
            others = [j for j in range(len(sets)) if j != i]
            subsets = [others] if k >= len(others) else [rng.sample(others, k) for _ in range(draws)]
            for chosen in subsets:
                train_sets = [sets[j] for j in chosen]
                l2, margin, fill = nested_choice(train_sets)
                weights = train(train_sets, l2)
                shipped += np.array(agreeing(data, choices(data, weights, margin, fill))[1:]) / len(subsets)
                top += np.array(agreeing(data, choices(data, weights, 0.0))[1:]) / len(subsets)
        label = f"k={k:2d}" + (" (all)" if k == len(sets) - 1 else f" ({draws} draws)")
        for name, (a1, a2) in (("shipped rule", shipped), ("top candidate", top)):
            both = 50 * (a1 + a2) / n
            lines.append(f"  {label:16s} {name:13s}: actor1 {a1:6.1f}  actor2 {a2:6.1f}  both {both:5.1f}")
    return "\n".join(lines)


def decision(pooled: dict) -> str:
    """The shipping rule applied to the pooled cross-validation."""
    both, one = gain(pooled)
    use = both >= SHIP_GAIN and one >= 0
    return (
        f"SHIPPING RULE (fixed before the figures): pooled actor 1 and 2 together >= rules + {SHIP_GAIN} points and "
        f"actor 1 not worse. Measured: {both:+.1f} points, actor 1 {one:+.1f} -> use: {str(use).lower()}"
    )


def in_sample(sets: list[dict], weights: tuple[np.ndarray, np.ndarray], margin: float, fill: bool) -> str:
    """The final ranker on the sets it was trained on: in-sample figures."""
    total: dict[str, dict] = {"rules": {}, "ranker": {}}
    for data in sets:
        _add(total["rules"], scored(data, table_of(data, None)))
        _add(total["ranker"], scored(data, table_of(data, choices(data, weights, margin, fill))))
    return "\n".join([
        "IN-SAMPLE (trained on every set; not a measure of unseen articles)",
        "  " + _line("rules ", total["rules"]), "  " + _line("ranker", total["ranker"]),
    ])  # fmt: skip


def top_weights(weights: tuple[np.ndarray, np.ndarray], n: int = 12) -> str:
    """The largest weights of each slot."""
    lines = []
    for k, w in enumerate(weights, start=1):
        order = np.argsort(-np.abs(w))[:n]
        lines.append(f"  actor {k}: " + ", ".join(f"{FEATURES[i]} {w[i]:+.2f}" for i in order))
    return "\n".join(lines)


def write(sets: list[dict], cv: str, pooled: dict, path: Path) -> str:
    """Train on every set (L2 and margin by the nested rule on every set) and write the weights file; on by default
    only when the cross-validated gain reaches ``SHIP_GAIN`` points and actor 1 does not fall."""
    l2, margin, fill = nested_choice(sets)
    weights = train(sets, l2)
    both, one = gain(pooled)
    use = both >= SHIP_GAIN and one >= 0
    data = {
        "about": "Side ranker: per slot a linear score of the candidate's features, softmax over the row's "
        "candidates. Written by scripts/train_actor_model.py; features from helpers/extract/incidents/ranker.py.",
        "trained": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "sets": list(SETS),
        "matched_rows": int(sum(lab is not None for d in sets for lab in d["labels"])),
        "l2": l2,
        "margin": margin,
        "use": use,
        "fill_only": fill,
        "use_rule": f"on by default when the pooled leave-one-set-out actor accuracy (1 and 2) gains >= {SHIP_GAIN} "
        f"points and actor 1 does not fall; measured gain {both:+.1f} (actor 1 {one:+.1f})",
        "cv_pooled_leave_one_set_out": [line.strip() for line in cv[cv.index("POOLED (") :].splitlines()],
        "features": list(FEATURES),
        "actor1": {name: round(float(v), 5) for name, v in zip(FEATURES, weights[0], strict=True)},
        "actor2": {name: round(float(v), 5) for name, v in zip(FEATURES, weights[1], strict=True)},
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return "\n".join([
        f"written: {path} (L2 {l2}, margin {margin}, fill only {fill}, use {use}: gain {both:+.1f}, "
        f"actor 1 {one:+.1f})",
        top_weights(weights), in_sample(sets, weights, margin, fill),
    ])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="print the leave-one-set-out cross-validation")
    parser.add_argument("--write", action="store_true", help="train on every set and write the weights file")
    parser.add_argument("--curve", action="store_true", help="print the learning curve (k of the training sets)")
    parser.add_argument("--cache", type=Path, default=None, help="a folder keeping the sets' pipeline Articles")
    args = parser.parse_args()
    sets = [{**data, **examples(data)} for data in load_sets(args.cache)]
    print(f"{len(sets)} sets, {sum(len(d['rows']) for d in sets)} rows, "
          f"{sum(lab is not None for d in sets for lab in d['labels'])} matched")  # fmt: skip
    if args.cv or args.write:
        cv, pooled = cross_validate(sets)
        print(cv, decision(pooled), sep="\n", flush=True)
        if args.write:
            print(write(sets, cv, pooled, ranker_path()), flush=True)
    if args.curve:
        print(learning_curve(sets))


if __name__ == "__main__":
    main()
