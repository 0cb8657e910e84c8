"""Training one seed: the epoch's batches (train, auxiliary, news), the loop, EMA, dev selection and scores."""

from __future__ import annotations

import argparse
import copy
import json
import random
import time
from pathlib import Path

import torch
from torch import nn

from helpers.extract.ner import entities
from helpers.extract.ner.neural import N_FEATURES
from ner_train.augment import augment
from ner_train.data import Encoder, epoch_batches
from ner_train.lm import lm_loss, lm_targets, load_encoder, with_news
from ner_train.model import Tagger


def f1(gold: list[list[str]], predicted: list[list[str]]) -> float:
    tp = n_gold = n_pred = 0
    for g, p in zip(gold, predicted, strict=True):
        a, b = set(entities(g, g)), set(entities(p, p))
        tp, n_gold, n_pred = tp + len(a & b), n_gold + len(a), n_pred + len(b)
    return 2 * tp / (n_gold + n_pred) if n_gold + n_pred else 0.0


def predict(model: Tagger, encoder: Encoder, sentences: list[list[str]], labels: list[str]) -> list[list[str]]:
    model.eval()
    out: list[list[str]] = [[] for _ in sentences]
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    with torch.no_grad():
        for g in range(0, len(order), 256):
            group = order[g : g + 256]
            batch = encoder.batch([sentences[i] for i in group])
            for i, path in zip(group, model.decode(model.emissions(batch), batch["lengths"]), strict=True):
                out[i] = [labels[j] for j in path]
    return out


def per_type(gold: list[list[str]], predicted: list[list[str]]) -> str:
    """Precision / recall / F1 per entity type, one line."""
    tp: dict[str, int] = {}
    n_gold: dict[str, int] = {}
    n_pred: dict[str, int] = {}
    for g, p in zip(gold, predicted, strict=True):
        a, b = set(entities(g, g)), set(entities(p, p))
        for e in a:
            n_gold[e[2]] = n_gold.get(e[2], 0) + 1
        for e in b:
            n_pred[e[2]] = n_pred.get(e[2], 0) + 1
        for e in a & b:
            tp[e[2]] = tp.get(e[2], 0) + 1
    parts = []
    for k in sorted(n_gold):
        t, ng, npr = tp.get(k, 0), n_gold[k], n_pred.get(k, 0)
        parts.append(f"{k} P {t / max(npr, 1):.1%} R {t / ng:.1%} F1 {2 * t / (ng + npr):.1%} (n {ng})")
    return "; ".join(parts)


def plan(data: dict, args: argparse.Namespace, rng: random.Random, pretrain: bool = False) -> list[tuple[list, bool]]:
    """An epoch's batches: ([(tokens, tag ids)], on the auxiliary head?). Without ``--aux``: the train
    sentences only (the baseline's draws, unchanged). With it: a fresh sample of ``--aux-ratio`` x train
    auxiliary sentences each epoch, mixed into the same batches (``concat``) or in batches of their own,
    alternating with the train batches (``multitask``); ``pretrain``: all auxiliary sentences, nothing else."""
    train, aux, index = data["train"], data.get("aux") or [], data["index"]
    groups = [] if pretrain else epoch_batches(train, rng, args.batch)  # B's draws, whatever is replaced below
    if groups and getattr(args, "mention_replace", 0.0):  # Dai & Adel (2020), an own random stream
        train = augment(train, data["mention_pool"], args.mention_replace, data["mention_rng"])
    main = [[(train[i][0], [index[t] for t in train[i][1]]) for i in g] for g in groups]
    if not aux:
        return [(b, False) for b in main]
    sample = aux if pretrain else rng.sample(aux, min(len(aux), int(args.aux_ratio * len(train))))
    extra = [(t, [data["aux_index"][x] for x in g]) for t, g in sample]
    multitask = args.aux_mode == "multitask"
    if not multitask and not pretrain:  # one pool
        pool = [s for b in main for s in b] + extra
        return [([pool[i] for i in g], False) for g in epoch_batches(pool, rng, args.batch)]
    side = [([extra[i] for i in g], multitask) for g in epoch_batches(extra, rng, args.batch)]
    out: list[tuple[list, bool]] = []
    for i in range(max(len(main), len(side))):
        out += ([(main[i], False)] if i < len(main) else []) + ([side[i]] if i < len(side) else [])
    return out


def train_seed(seed: int, data: dict, args: argparse.Namespace) -> tuple[float, dict, int]:
    """Train one seed; return its best dev F1, the state at that epoch and the epoch."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    data["mention_rng"] = random.Random(1000 + seed)  # --mention-replace's draws, apart from the batch order
    labels, encoder = data["labels"], data["encoder"]
    model = Tagger(data["vectors"], len(encoder.chars) + 2, len(labels), args, len(data.get("aux_labels", [])))
    loaded = load_encoder(model, args.lm_init, encoder.chars) if getattr(args, "lm_init", None) else set()
    scale = getattr(args, "lm_lr_scale", 1.0)
    groups = [{"params": [p for k, p in model.named_parameters() if p.requires_grad and k not in loaded]},
              {"params": [p for k, p in model.named_parameters() if p.requires_grad and k in loaded],
               "lr": args.lr * scale}]  # fmt: skip
    optimizer = torch.optim.Adam([g for g in groups if g["params"]], lr=args.lr)
    averaged = copy.deepcopy(model) if args.ema else model  # what is evaluated and kept
    dev_tokens = [t for t, _ in data["dev"]]
    dev_gold = [g for _, g in data["dev"]]
    best, best_state, best_epoch, since = -1.0, {}, 0, 0

    def run(batches: list[tuple[list, bool]]) -> float:
        """One pass over some batches; the mean loss."""
        model.train()
        total = 0.0
        for items, aux in batches:
            if aux == "lm":  # unlabelled news: the language-model loss only
                batch = encoder.batch(items)
                loss = args.lm_aux_weight * lm_loss(model, model.states(batch), lm_targets(items, data["lm_classes"]))
            else:
                batch = encoder.batch([t for t, _ in items], [g for _, g in items])
                if args.word_dropout:
                    dropped = torch.rand(len(batch["rows"])) < args.word_dropout
                    batch["rows"] = torch.where(dropped, torch.zeros_like(batch["rows"]), batch["rows"])
                if getattr(args, "lexicon_dropout", 0.0):  # a word type's lexicon features off, p
                    dropped = torch.rand(len(batch["rows"])) < args.lexicon_dropout
                    batch["features"][dropped, N_FEATURES:] = 0.0
                h = model.states(batch)
                scores = (model.aux_out if aux else model.out)(model.dropout(h))
                loss = model.loss(scores, batch["tags"], batch["lengths"], aux)
                loss = loss * args.aux_weight if aux else loss
                if getattr(args, "lm_aux_weight", 0.0):  # Rei (2017): the train sentences' own LM loss too
                    targets = lm_targets([t for t, _ in items], data["lm_classes"])
                    loss = loss + args.lm_aux_weight * lm_loss(model, h, targets)
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            if args.ema:  # exponential moving average of the weights, updated after every step
                with torch.no_grad():
                    for a, p in zip(averaged.parameters(), model.parameters(), strict=True):
                        if p.requires_grad:
                            a.mul_(args.ema).add_(p, alpha=1 - args.ema)
            total += float(loss.detach())
        return total / max(len(batches), 1)

    for epoch in range(1, args.aux_pretrain + 1):  # auxiliary sentences only, nothing selected
        start = time.perf_counter()
        loss = run(plan(data, args, rng, pretrain=True))
        seconds = time.perf_counter() - start
        print(f"  seed {seed} pretrain epoch {epoch}: loss {loss:.3f} ({seconds:.0f} s)", flush=True)
    for epoch in range(1, args.epochs + 1):
        start = time.perf_counter()
        batches = with_news(plan(data, args, rng), data, args, rng)
        total = run(batches) * len(batches)
        if args.full:  # train + dev: a fixed number of epochs, nothing to select on
            print(f"  seed {seed} epoch {epoch:2d}: loss {total / len(batches):.3f}  "
                  f"({time.perf_counter() - start:.0f} s)", flush=True)  # fmt: skip
            best, best_epoch = float("nan"), epoch
            best_state = {k: v.detach().clone() for k, v in averaged.state_dict().items()}
            continue
        score = f1([[t for t in g] for g in dev_gold], predict(averaged, encoder, dev_tokens, labels))
        print(f"  seed {seed} epoch {epoch:2d}: loss {total / len(batches):.3f}  dev F1 {score:.1%}  "
              f"({time.perf_counter() - start:.0f} s)", flush=True)  # fmt: skip
        if score > best:
            best, best_epoch, since = score, epoch, 0
            best_state = {k: v.detach().clone() for k, v in averaged.state_dict().items()}
        else:
            since += 1
            if since >= args.patience:
                break
    if not args.full:
        model.load_state_dict(best_state)
        predicted = predict(model, encoder, dev_tokens, labels)
        print(f"  seed {seed} best epoch {best_epoch}: {per_type(dev_gold, predicted)}", flush=True)
        keep = Path(".cache/ner") / f"{args.name}_seed{seed}_dev.json"
        keep.write_text(json.dumps([{"tokens": t, "gold": g, "predicted": p}
                                    for t, g, p in zip(dev_tokens, dev_gold, predicted, strict=True)],
                                   ensure_ascii=False), encoding="utf-8")  # fmt: skip
    return best, best_state, best_epoch
