"""Document-level label consistency after decoding (no retraining), evaluated on the dev tail.

A word sequence tagged as an entity of type T with confidence >= ``conf`` (the lowest CRF marginal of its
tokens' labels) somewhere in a document, or in a window of +-K sentences (ANERcorp has no document marks; the
dev tail is contiguous text), is tagged T where it occurs untagged (all O, neighbours O) in that window.
Guards: a one-word anchor is skipped when its normalised form is short (<= ``min_chars`` letters) or mostly O
in ANERcorp train (O share > ``max_o`` among >= 2 occurrences); with ``clitic``, an occurrence may carry a
proclitic on its first word (وليون for ليون), as ANERcorp keeps clitics attached; ``votes`` = the anchors a key
needs; a key tagged with two types in the window takes the type with most anchors (ties: none).

Run: ``python scripts/ner_consistency.py --teacher B`` (prints B's dev-tail F1 and every variant's).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

Span = tuple[int, int, str]  # start, end (exclusive), type


def spans_of(tags: Sequence[str]) -> list[Span]:
    """The entity spans of IOB2 tags."""
    out: list[Span] = []
    start, kind = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if start >= 0 and not (t.startswith("I-") and t[2:] == kind):
            out.append((start, i, kind))
            start = -1
        if t.startswith("B-") or (t.startswith("I-") and start < 0):
            start, kind = i, t[2:]
    return out


def anchors(tokens: list[list[str]], tags: list[list[str]], confidence: list[list[float]], conf: float,
            norm) -> Counter:  # fmt: skip
    """(normalised word tuple, type) → how many confident spans of each sentence."""
    out: Counter = Counter()
    for words, t, c in zip(tokens, tags, confidence, strict=True):
        for a, b, kind in spans_of(t):
            if min(c[a:b]) >= conf:
                out[(tuple(norm(w) for w in words[a:b]), kind)] += 1
    return out


def propagate(tokens: list[list[str]], tags: list[list[str]], confidence: list[list[float]], *, window: int,
              conf: float, votes: int = 1, clitic: bool = True, min_chars: int = 2, max_o: float = 0.5,
              o_share: dict[str, float] | None = None, norm=None, variants=None) -> list[list[str]]:  # fmt: skip
    """The tags with confident entities copied to their untagged occurrences within +-``window`` sentences
    (``window`` < 0: all the sentences given, one document)."""
    o_share = o_share or {}
    per_sentence = [anchors([w], [t], [c], conf, norm) for w, t, c in zip(tokens, tags, confidence, strict=True)]
    out = [list(t) for t in tags]
    for s, words in enumerate(tokens):
        lo, hi = (0, len(tokens)) if window < 0 else (max(0, s - window), min(len(tokens), s + window + 1))
        found: Counter = Counter()
        for k in range(lo, hi):
            found.update(per_sentence[k])
        by_key: dict[tuple[str, ...], Counter] = {}
        for (key, kind), n in found.items():
            by_key.setdefault(key, Counter())[kind] = n
        chosen: dict[tuple[str, ...], str] = {}
        for key, kinds in by_key.items():
            (kind, n), *rest = kinds.most_common()
            if n < votes or (rest and rest[0][1] == n):
                continue
            if len(key) == 1 and (len(key[0]) <= min_chars or o_share.get(key[0], 0.0) > max_o):
                continue
            chosen[key] = kind
        if not chosen:
            continue
        normed = [norm(w) for w in words]
        firsts = [variants(n) if clitic else (n,) for n in normed]
        longest = max(map(len, chosen))
        i = 0
        while i < len(words):
            hit = None
            for size in range(min(longest, len(words) - i), 0, -1):
                rest = tuple(normed[i + 1 : i + size])
                for first in firsts[i]:
                    kind = chosen.get((first, *rest))
                    if kind:
                        hit = (size, kind)
                        break
                if hit:
                    break
            if hit:
                size, kind = hit
                inside = all(t == "O" for t in out[s][i : i + size])
                before = i == 0 or out[s][i - 1] == "O"
                after = i + size == len(words) or not out[s][i + size].startswith("I-")
                if inside and before and after:
                    out[s][i : i + size] = [f"B-{kind}"] + [f"I-{kind}"] * (size - 1)
                i += size
            else:
                i += 1
    return out


def main() -> None:
    import numpy as np
    import torch
    import train_ner_neural as cli
    from self_train_ner import marginals

    from helpers.text.clitics import clitic_variants
    from helpers.text.normalize import normalize_for_matching

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--teacher", default="B")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    kept = torch.load(Path(".cache/ner") / f"{args.teacher}_seed{args.seed}.pt", weights_only=False)
    run = argparse.Namespace(**{**vars(cli.parser().parse_args([])), **kept["args"]})
    run.pseudo = run.aux = None
    run.lm_aux_weight = 0.0
    data = cli.prepare(run)
    model = cli.Tagger(data["vectors"], len(data["encoder"].chars) + 2, len(data["labels"]), run)
    model.load_state_dict(kept["state"], strict=False)
    model.eval()
    tokens = [t for t, _ in data["dev"]]
    gold = [g for _, g in data["dev"]]
    tags, confidence = [], []
    with torch.no_grad():
        for g in range(0, len(tokens), 64):
            group = tokens[g : g + 64]
            batch = data["encoder"].batch(group)
            scores = model.emissions(batch)
            paths = model.decode(scores, batch["lengths"])
            probs = marginals(model, scores, batch["lengths"]).numpy()
            for b, path in enumerate(paths):
                tags.append([data["labels"][j] for j in path])
                confidence.append([float(probs[b, i, j]) for i, j in enumerate(path)])
    counts: Counter = Counter()
    o_counts: Counter = Counter()
    for words, g in data["train"]:
        for w, t in zip(words, g, strict=True):
            counts[normalize_for_matching(w)] += 1
            o_counts[normalize_for_matching(w)] += t == "O"
    o_share = {w: o_counts[w] / n for w, n in counts.items() if n >= 2}
    base = cli.f1(gold, tags)
    print(f"{args.teacher} seed {args.seed} dev tail F1 {base:.2%} ({cli.per_type(gold, tags)})")
    norm, variants = normalize_for_matching, clitic_variants
    grid = itertools.product((2, 5, 10, 20, -1), (0.0, 0.5, 0.9), (1, 2), (True, False), (0.5, 1.01))
    rows = []
    for window, conf, votes, clitic, max_o in grid:
        new = propagate(tokens, tags, confidence, window=window, conf=conf, votes=votes, clitic=clitic,
                        max_o=max_o, o_share=o_share, norm=norm, variants=variants)  # fmt: skip
        changed = sum(a != b for x, y in zip(tags, new, strict=True) for a, b in zip(x, y, strict=True))
        score = cli.f1(gold, new)
        rows.append((score, window, conf, votes, clitic, max_o, changed))
        print(f"K {window:>3} conf {conf:.2f} votes {votes} clitic {clitic!s:5} max_o {max_o:.2f}: "
              f"F1 {score:.2%} ({100 * (score - base):+.2f}), {changed} tags changed", flush=True)  # fmt: skip
    best = max(rows)
    print(f"best: {best}; variants {len(rows)}; mean delta {100 * (np.mean([r[0] for r in rows]) - base):+.2f}")


if __name__ == "__main__":
    main()
