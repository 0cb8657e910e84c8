"""Train the neural NER model (BiLSTM-CRF, character CNN, frozen news embeddings, name-list features) on
ANERcorp's CAMeL train split, select on a dev split carved from it, and export it for the numpy runtime.

- Dev split: 10% of the train sentences, drawn with ``random.Random(13)`` (``--dev-seed``), or, with
  ``--dev-tail``, the last 10% of the train file (397 sentences; it tracks test far better: the random split
  shares stories with train). Test is never read.
- Embeddings: ``.cache/ner/news_w2v.npz`` from ``scripts/train_embeddings.py``, pruned to the words of the
  train split and the ``--news-words`` most frequent news words (default 0: all), stored as int8 with a scale
  per row (or float16, ``--float16``), and frozen: the model trains on the values the runtime reads.
- Each seed trains up to ``--epochs`` epochs and keeps the epoch with the best dev F1 (``--patience``); with
  ``--ema`` the weights kept and evaluated are a moving average of the trained ones. The best epoch's dev
  predictions go to ``.cache/ner/NAME_seedN_dev.json`` (for error analysis).
- ``--full``: train on train + dev for exactly ``--epochs`` epochs (the count chosen on dev), nothing selected.
- ``--aux FILE`` (``scripts/wikifane_ner.py``'s WikiFANE Gold sentences): ``--aux-mode multitask`` trains a
  second output layer + CRF on their coarse tags (batches alternating with the train batches; only the ANERcorp
  head is exported, so the runtime's npz keeps its shape), ``concat`` mixes their ANERcorp-mapped tags into the
  train batches; ``--aux-ratio`` auxiliary sentences per train sentence are drawn afresh each epoch;
  ``--aux-pretrain N`` first trains N epochs on all of them. None of these won on the dev tail (round 4).
- ``--lm-init FILE`` (``scripts/pretrain_ner_lm.py``): start the character CNN and BiLSTM from a language
  model pre-trained on news (``--lm-lr-scale``: their learning rate, times ``--lr``); ``--lm-aux-weight W``
  adds a next/previous-word loss (Rei 2017) on the train batches and on news batches (``--lm-aux-ratio`` per
  train sentence). The LM heads are never exported. Neither won on the dev tail (round 5).
- ``--export`` writes helpers/data/ner_neural.npz from the best seed on dev (with ``--full``: the first seed
  given), and tests/data/ner_neural_torch_tags.json: torch's tags of the bundled corpus's first sentences
  (the fixture the numpy runtime is checked against).

The shipped model (chosen on ``--dev-tail``; every configuration tried is in docs/methods.md, NER section):
``python scripts/train_ner_neural.py --dev-tail --full --epochs 34 --ema 0.995 --seeds 1 --export``, after
``pip install -e '.[train]' && python scripts/train_embeddings.py``. About 6-10 minutes a seed on one thread.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import random
import time
from pathlib import Path
from types import ModuleType

import numpy as np
import torch
from torch import nn

from helpers import config
from helpers.extract.ner import entities, read_conll
from helpers.extract.ner.neural import N_FEATURES, word_chars, word_features, word_key
from helpers.extract.ner.spans import N_SPAN_FEATURES, span_features
from helpers.resources.ner_model import neural_path
from helpers.text.normalize import normalize_for_matching

TRAIN = config.shared_datasets() / "anercorp_camel" / "ANERCorp_CamelLab_train.txt"
VECTORS = Path(".cache/ner/news_w2v.npz")
FIXTURE = config.PROJECT_ROOT / "tests" / "data" / "ner_neural_torch_tags.json"


class Tagger(nn.Module):
    """BiLSTM-CRF over [frozen word embedding, character CNN, features]."""

    def __init__(
        self, embeddings: np.ndarray, n_chars: int, n_labels: int, args: argparse.Namespace, n_aux: int = 0
    ) -> None:
        super().__init__()
        self.emb = nn.Embedding.from_pretrained(torch.tensor(embeddings), freeze=True)
        self.char_emb = nn.Embedding(n_chars, args.char_dim, padding_idx=0)
        widths = getattr(args, "widths", [3])
        self.convs = nn.ModuleList(nn.Conv1d(args.char_dim, args.filters, k, padding=k // 2) for k in widths)
        size = embeddings.shape[1] + args.filters * len(widths) + N_FEATURES
        size += N_SPAN_FEATURES if getattr(args, "span_features", False) else 0
        self.dropout = nn.Dropout(args.dropout)
        self.lstm = nn.LSTM(size, args.hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * args.hidden, n_labels)
        self.transitions = nn.Parameter(torch.zeros(n_labels, n_labels))
        self.start = nn.Parameter(torch.zeros(n_labels))
        self.end = nn.Parameter(torch.zeros(n_labels))
        if getattr(args, "lm_aux_weight", 0.0):  # language-model heads (next / previous word; never exported)
            self.lm_forward = nn.Linear(args.hidden, args.lm_top + 1)
            self.lm_backward = nn.Linear(args.hidden, args.lm_top + 1)
        if n_aux:  # multitask: a second output layer and CRF for the auxiliary set's labels (never exported)
            self.aux_out = nn.Linear(2 * args.hidden, n_aux)
            self.aux_transitions = nn.Parameter(torch.zeros(n_aux, n_aux))
            self.aux_start = nn.Parameter(torch.zeros(n_aux))
            self.aux_end = nn.Parameter(torch.zeros(n_aux))

    def crf(self, aux: bool = False) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """The transitions, start and end scores of the main (ANERcorp) or the auxiliary head."""
        if aux:
            return self.aux_transitions, self.aux_start, self.aux_end
        return self.transitions, self.start, self.end

    def chars(self, ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Character CNN of words (words, max chars) → (words, filters × widths): for each filter width, max
        over the positions that start inside the word (padding k // 2 each side), then relu."""
        x = self.char_emb(ids).transpose(1, 2)
        pooled = []
        for conv in self.convs:
            out = conv(x)  # (words, filters, positions)
            mask = torch.arange(out.shape[2])[None, :] >= lengths[:, None]
            pooled.append(torch.relu(out.masked_fill(mask[:, None, :], float("-inf")).max(2).values))
        return torch.cat(pooled, dim=1)

    def emissions(self, batch: dict[str, torch.Tensor], aux: bool = False) -> torch.Tensor:
        """Label scores (sentences, width, labels) of the main head (or the auxiliary one)."""
        return (self.aux_out if aux else self.out)(self.dropout(self.states(batch)))

    def states(self, batch: dict[str, torch.Tensor]) -> torch.Tensor:
        """The BiLSTM's outputs (sentences, width, 2 x hidden): forward half, then backward half."""
        words = torch.cat([self.emb(batch["rows"]), self.chars(batch["chars"], batch["char_lengths"]),
                           batch["features"]], dim=1)  # fmt: skip
        x = words[batch["types"]]  # (sentences, width, input)
        if "spans" in batch:  # name-list span features, per token
            x = torch.cat([x, batch["spans"]], dim=2)
        x = self.dropout(x)
        packed = nn.utils.rnn.pack_padded_sequence(x, batch["lengths"], batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        return h

    def loss(self, scores: torch.Tensor, tags: torch.Tensor, lengths: torch.Tensor, aux: bool = False) -> torch.Tensor:
        """Mean negative log-likelihood of the gold paths under the CRF (of the main or the auxiliary head)."""
        transitions, start, end = self.crf(aux)
        count, width, _ = scores.shape
        mask = torch.arange(width)[None, :] < lengths[:, None]
        rows = torch.arange(count)
        gold = start[tags[:, 0]] + scores[rows, 0, tags[:, 0]]
        alpha = start + scores[:, 0]
        for t in range(1, width):
            m = mask[:, t]
            step = transitions[tags[:, t - 1], tags[:, t]] + scores[rows, t, tags[:, t]]
            gold = gold + step * m
            nxt = torch.logsumexp(alpha[:, :, None] + transitions[None] + scores[:, t, None, :], dim=1)
            alpha = torch.where(m[:, None], nxt, alpha)
        gold = gold + end[tags[rows, lengths - 1]]
        return (torch.logsumexp(alpha + end, dim=1) - gold).mean()

    def decode(self, scores: torch.Tensor, lengths: torch.Tensor) -> list[list[int]]:
        """Viterbi in torch (the reference the numpy runtime is checked against)."""
        count, width, _ = scores.shape
        score = self.start + scores[:, 0]
        final = score + self.end
        back = []
        for t in range(1, width):
            candidates = score[:, :, None] + self.transitions[None]
            best, arg = candidates.max(1)
            back.append(arg)
            score = best + scores[:, t]
            ends = lengths == t + 1
            final = torch.where(ends[:, None], score + self.end, final)
        paths = []
        for b in range(count):
            y = int(final[b].argmax())
            path = [y]
            for t in range(int(lengths[b]) - 1, 0, -1):
                y = int(back[t - 1][b, y])
                path.append(y)
            paths.append(path[::-1])
        return paths


class Encoder:
    """Word types → model inputs (computed once per type), with the pruned vocabulary and characters."""

    def __init__(self, vocabulary: dict[str, int], chars: dict[str, int]) -> None:
        self.vocabulary, self.chars = vocabulary, chars
        self.types: dict[str, int] = {}
        self.rows: list[int] = []
        self.features: list[list[float]] = []
        self.char_ids: list[list[int]] = []
        self.features_off = False
        self.spans_on = False
        self.span_cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}

    def type_id(self, word: str) -> int:
        i = self.types.get(word)
        if i is None:
            i = self.types[word] = len(self.rows)
            row, how = word_key(word, self.vocabulary)
            self.rows.append(row)
            self.features.append([0.0] * N_FEATURES if self.features_off else word_features(word, how))
            self.char_ids.append(word_chars(word, self.chars))
        return i

    def batch(self, sentences: list[list[str]], tags: list[list[int]] | None = None) -> dict[str, torch.Tensor]:
        """Tensors of a batch: the types it uses (rows, chars, features) and each token's type."""
        ids = [[self.type_id(w) for w in s] for s in sentences]
        used = sorted({i for s in ids for i in s})
        local = {t: j for j, t in enumerate(used)}
        width = max(map(len, sentences))
        types = torch.zeros(len(sentences), width, dtype=torch.long)
        for b, s in enumerate(ids):
            types[b, : len(s)] = torch.tensor([local[i] for i in s])
        char_width = max(len(self.char_ids[t]) for t in used)
        chars = torch.zeros(len(used), char_width, dtype=torch.long)
        for j, t in enumerate(used):
            chars[j, : len(self.char_ids[t])] = torch.tensor(self.char_ids[t])
        out = {
            "rows": torch.tensor([self.rows[t] for t in used]),
            "features": torch.tensor([self.features[t] for t in used], dtype=torch.float32),
            "chars": chars,
            "char_lengths": torch.tensor([len(self.char_ids[t]) for t in used]),
            "types": types,
            "lengths": torch.tensor([len(s) for s in sentences]),
        }
        if self.spans_on:
            spans = torch.zeros(len(sentences), width, N_SPAN_FEATURES)
            for b, s in enumerate(sentences):
                key = tuple(s)
                if key not in self.span_cache:
                    self.span_cache[key] = span_features(s)
                for t, k in self.span_cache[key]:
                    spans[b, t, k] = 1.0
            out["spans"] = spans
        if tags is not None:
            gold = torch.zeros(len(sentences), width, dtype=torch.long)
            for b, s in enumerate(tags):
                gold[b, : len(s)] = torch.tensor(s)
            out["tags"] = gold
        return out


def load_script(name: str) -> ModuleType:
    """A sibling script as a module."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent / f"{name}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def load(path: Path) -> list[tuple[list[str], list[str]]]:
    return [([p[0] for p in s], [p[-1] for p in s]) for s in read_conll(path.read_text(encoding="utf-8").splitlines())]


def vocabulary_of(
    train: list[tuple[list[str], list[str]]], news_words: int, path: Path, int8: bool
) -> tuple[list[str], np.ndarray, dict[str, np.ndarray]]:
    """The shipped words (train words the news vectors know, then the most frequent news words), the vectors
    the model sees (row 0: unknown, zeros) and the arrays that store them."""
    data = np.load(path)
    words = [str(w) for w in data["words"]]
    index = {w: i for i, w in enumerate(words)}
    full = {w: i for i, w in enumerate(words)}
    keep: dict[str, None] = {}
    for tokens, _ in train:
        for token in tokens:
            row, how = word_key(token, full)
            if how < 2:
                keep[words[row]] = None
    for w in words[: news_words or len(words)]:  # gensim orders by frequency
        keep[w] = None
    chosen = list(keep)
    vectors = np.zeros((len(chosen) + 1, data["vectors"].shape[1]), dtype=np.float32)
    vectors[1:] = data["vectors"][[index[w] for w in chosen]]
    if int8:
        scale = (np.abs(vectors).max(1) / 127).astype(np.float32)
        scale[scale == 0] = 1.0
        q = np.round(vectors / scale[:, None]).astype(np.int8)
        return chosen, q.astype(np.float32) * scale[:, None], {"emb": q, "emb_scale": scale}
    half = vectors.astype(np.float16)
    return chosen, half.astype(np.float32), {"emb": half}


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


def epoch_batches(sentences: list, rng: random.Random, size: int) -> list[list[int]]:
    """Batches of sentence indexes of similar length, in random order."""
    order = sorted(range(len(sentences)), key=lambda i: (len(sentences[i][0]), rng.random()))
    batches = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(batches)
    return batches


def plan(data: dict, args: argparse.Namespace, rng: random.Random, pretrain: bool = False) -> list[tuple[list, bool]]:
    """An epoch's batches: ([(tokens, tag ids)], on the auxiliary head?). Without ``--aux``: the train
    sentences only (the baseline's draws, unchanged). With it: a fresh sample of ``--aux-ratio`` x train
    auxiliary sentences each epoch, mixed into the same batches (``concat``) or in batches of their own,
    alternating with the train batches (``multitask``); ``pretrain``: all auxiliary sentences, nothing else."""
    train, aux, index = data["train"], data.get("aux") or [], data["index"]
    main = [] if pretrain else [[(train[i][0], [index[t] for t in train[i][1]]) for i in g]
                                for g in epoch_batches(train, rng, args.batch)]  # fmt: skip
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


def with_news(batches: list[tuple[list, bool]], data: dict, args: argparse.Namespace,
              rng: random.Random) -> list[tuple[list, bool | str]]:  # fmt: skip
    """With ``--lm-aux-weight``: batches of ``--lm-aux-ratio`` x train news sentences, drawn afresh, alternating
    with the epoch's batches (marked "lm"); without it the batches unchanged."""
    news = data.get("lm_news")
    if not news or not args.lm_aux_ratio:
        return list(batches)
    sample = rng.sample(news, min(len(news), int(args.lm_aux_ratio * len(data["train"]))))
    side = [([sample[i] for i in g], "lm") for g in epoch_batches([(s,) for s in sample], rng, args.batch)]
    out: list[tuple[list, bool | str]] = []
    for i in range(max(len(batches), len(side))):
        out += ([batches[i]] if i < len(batches) else []) + ([side[i]] if i < len(side) else [])
    return out


def lm_targets(sentences: list[list[str]], classes: dict[str, int]) -> torch.Tensor:
    """Language-model class ids (sentences, width): a word's rank among the frequent news words, 0 for any other
    word, -100 past each sentence's end."""
    width = max(map(len, sentences))
    out = torch.full((len(sentences), width), -100, dtype=torch.long)
    for b, s in enumerate(sentences):
        out[b, : len(s)] = torch.tensor([classes.get(normalize_for_matching(w), 0) for w in s])
    return out


def lm_loss(model: Tagger, h: torch.Tensor, targets: torch.Tensor) -> torch.Tensor:
    """The forward state at t predicts word t + 1, the backward state at t + 1 word t (each side sees only its
    own context): mean cross-entropy over both."""
    h = model.dropout(h)
    hidden = h.shape[2] // 2
    nxt = model.lm_forward(h[:, :-1, :hidden])
    prev = model.lm_backward(h[:, 1:, hidden:])
    after = targets[:, 1:]
    before = torch.where(after == -100, torch.full_like(after, -100), targets[:, :-1])
    logits = torch.cat([nxt.reshape(-1, nxt.shape[2]), prev.reshape(-1, prev.shape[2])])
    return nn.functional.cross_entropy(logits, torch.cat([after.reshape(-1), before.reshape(-1)]), ignore_index=-100)


def train_seed(seed: int, data: dict, args: argparse.Namespace) -> tuple[float, dict, int]:
    """Train one seed; return its best dev F1, the state at that epoch and the epoch."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
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


def load_encoder(model: Tagger, path: Path, chars: dict[str, int]) -> set[str]:
    """Copy a pre-trained encoder (``scripts/pretrain_ner_lm.py``: character CNN + BiLSTM) into the tagger.
    Character embedding rows are matched by character (padding and unknown by id); rows of characters the
    pre-training did not have keep their initial values. Returns the names of the parameters loaded."""
    kept = torch.load(path, weights_only=False)  # our own file
    state, theirs = kept["state"], {c: i for i, c in kept["chars"].items()}
    own = model.state_dict()
    with torch.no_grad():
        for key, value in state.items():
            if key == "char_emb.weight":
                rows = own[key]
                for i in (0, 1):
                    rows[i] = value[i]
                for c, i in chars.items():
                    if c in theirs:
                        rows[i] = value[theirs[c]]
            else:
                own[key].copy_(value)
    print(f"encoder from {path}: {len(state)} tensors, {kept.get('tokens', 0):,} news tokens; characters "
          f"matched {sum(c in theirs for c in chars)}/{len(chars)}", flush=True)  # fmt: skip
    return set(state)


def export(model: Tagger, data: dict, args: argparse.Namespace) -> None:
    """Write the numpy runtime's weights (embeddings as stored, float32 rest) and torch's tags fixture."""
    s = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    arrays = {
        "labels": np.frombuffer("\n".join(data["labels"]).encode("utf-8"), dtype=np.uint8),
        "words": np.frombuffer("\n".join(data["words"]).encode("utf-8"), dtype=np.uint8),
        "chars": np.frombuffer("".join(data["encoder"].chars).encode("utf-8"), dtype=np.uint8),
        **data["stored"],
        "char_emb": s["char_emb.weight"],
        **conv_arrays(s),
        "w_ih_f": s["lstm.weight_ih_l0"],
        "w_hh_f": s["lstm.weight_hh_l0"],
        "b_f": s["lstm.bias_ih_l0"] + s["lstm.bias_hh_l0"],
        "w_ih_b": s["lstm.weight_ih_l0_reverse"],
        "w_hh_b": s["lstm.weight_hh_l0_reverse"],
        "b_b": s["lstm.bias_ih_l0_reverse"] + s["lstm.bias_hh_l0_reverse"],
        "out_w": s["out.weight"],
        "out_b": s["out.bias"],
        "transitions": s["transitions"],
        "start": s["start"],
        "end": s["end"],
    }
    if getattr(args, "span_features", False):
        arrays["n_span"] = np.array([N_SPAN_FEATURES], dtype=np.int32)
    np.savez_compressed(neural_path(), **arrays)
    print(f"{neural_path()}: {neural_path().stat().st_size / 2**20:.1f} MiB, {len(data['words']):,} words")
    sentences = fixture_sentences()
    tags = predict(model, data["encoder"], sentences, data["labels"])
    FIXTURE.write_text(json.dumps([{"tokens": s, "tags": t} for s, t in zip(sentences, tags, strict=True)],
                                  ensure_ascii=False) + "\n", encoding="utf-8")  # fmt: skip
    print(f"{FIXTURE}: {sum(map(len, sentences)):,} tokens")


def conv_arrays(state: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The character convolutions as the runtime reads them: conv_w/conv_b, then conv_w1/conv_b1, ..."""
    out = {}
    for i in range(len([k for k in state if k.startswith("convs.") and k.endswith(".weight")])):
        tail = str(i) if i else ""
        out[f"conv_w{tail}"], out[f"conv_b{tail}"] = state[f"convs.{i}.weight"], state[f"convs.{i}.bias"]
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


def fixture_sentences(tokens: int = 3000) -> list[list[str]]:
    """The first sentences of the bundled corpus, about ``tokens`` tokens, tokenised as the pipeline does."""
    from helpers.ingest.corpus import load_corpus
    from helpers.text.sentences import sentence_spans
    from helpers.text.tokens import token_spans

    out: list[list[str]] = []
    for text in load_corpus(config.corpus_dir()).articles["text"]:
        for s, e in sentence_spans(text):
            words = [text[a:b] for a, b in token_spans(text, s, e)][:120]
            if words:
                out.append(words)
            if sum(map(len, out)) >= tokens:
                return out
    return out


def parser() -> argparse.ArgumentParser:
    """The command-line options (also the saved run arguments' names)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--dev-seed", type=int, default=13)
    parser.add_argument("--epochs", type=int, default=30)
    parser.add_argument("--patience", type=int, default=6)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (at most 2 on the 2-core build machine)")
    parser.add_argument("--window", type=int, default=120, help="train sentences longer than this are cut in windows")
    parser.add_argument("--name", default="neural", help="name of the saved states: .cache/ner/NAME_seedN.pt")
    parser.add_argument("--export-only", action="store_true", help="export the best of the saved seeds, no training")
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--char-dim", type=int, default=32)
    parser.add_argument("--filters", type=int, default=64, help="character CNN filters per width")
    parser.add_argument("--widths", type=int, nargs="+", default=[3], help="character CNN filter widths")
    parser.add_argument("--dropout", type=float, default=0.5)
    parser.add_argument("--ema", type=float, default=0.0, help="keep and evaluate a moving average of the weights: "
                        "its decay per step (0: the last weights)")  # fmt: skip
    parser.add_argument("--news-words", type=int, default=0, help="most frequent news words kept (0: all)")
    parser.add_argument("--dev-tail", action="store_true", help="dev = the last 10%% of the train file, not random")
    parser.add_argument("--full", action="store_true",
                        help="train on train + dev for exactly --epochs epochs (the count chosen on dev)")  # fmt: skip
    parser.add_argument("--word-dropout", type=float, default=0.0, help="training: a word's embedding unknown, p")
    parser.add_argument("--float16", action="store_true", help="store the embeddings as float16, not int8 + scale")
    parser.add_argument("--no-features", action="store_true", help="ablation: zero the name-list features")
    parser.add_argument("--span-features", action="store_true",
                        help="add B/I marks of multiword name-list matches per token (ner/spans.py)")  # fmt: skip
    parser.add_argument("--vectors", type=Path, default=VECTORS)
    parser.add_argument("--limit", type=int, default=0, help="debugging: train on this many sentences only")
    parser.add_argument("--export", action="store_true")
    parser.add_argument("--pseudo", type=Path, help="self-training: pseudo-labelled news sentences to add to train "
                        "(JSON lines with tokens and tags, scripts/self_train_ner.py)")  # fmt: skip
    parser.add_argument("--pseudo-ratio", type=float, default=0.5, help="at most this many pseudo-labelled "
                        "sentences per train sentence (drawn with random.Random(13))")  # fmt: skip
    parser.add_argument("--aux", type=Path, help="extra labelled sentences (scripts/wikifane_ner.py's JSON lines)")
    parser.add_argument("--aux-mode", choices=("multitask", "concat"), default="multitask",
                        help="multitask: own output layer + CRF on the 'coarse' tags, batches alternating; "
                        "concat: the 'anercorp' tags, mixed into the train batches")  # fmt: skip
    parser.add_argument("--aux-ratio", type=float, default=1.0, help="auxiliary sentences drawn afresh each epoch "
                        "per train sentence")  # fmt: skip
    parser.add_argument("--aux-weight", type=float, default=1.0, help="weight of the auxiliary head's loss")
    parser.add_argument("--aux-pretrain", type=int, default=0, help="epochs on all auxiliary sentences first")
    parser.add_argument("--lm-aux-weight", type=float, default=0.0, help="weight of an auxiliary language-model "
                        "loss (next / previous word, Rei 2017) on train and news batches (0: off)")  # fmt: skip
    parser.add_argument("--lm-aux-ratio", type=float, default=1.0, help="news sentences per train sentence, drawn "
                        "afresh each epoch, for the auxiliary LM loss")  # fmt: skip
    parser.add_argument("--lm-top", type=int, default=2000, help="LM classes: the most frequent news words + other")
    parser.add_argument("--lm-news-keep", type=float, default=0.05, help="share of the news sentences read for "
                        "the auxiliary LM loss (random.Random(1))")  # fmt: skip
    parser.add_argument("--lm-init", type=Path, help="start from a pre-trained encoder (scripts/pretrain_ner_lm.py)")
    parser.add_argument("--lm-lr-scale", type=float, default=1.0, help="learning rate of the pre-trained part, "
                        "times --lr")  # fmt: skip
    return parser


def prepare(args: argparse.Namespace) -> dict:
    """The train and dev sentences, labels, vocabulary, vectors and encoder of a run."""
    sentences = load(TRAIN)
    if not args.dev_tail:
        random.Random(args.dev_seed).shuffle(sentences)
    n_dev = len(sentences) // 10
    dev, train = sentences[:n_dev], sentences[n_dev:]
    if args.dev_tail:
        train, dev = sentences[: len(sentences) - n_dev], sentences[len(sentences) - n_dev :]
    if args.full:
        train = train + dev
    if args.limit:
        dev, train = dev[: args.limit // 5], train[: args.limit]
    w = args.window  # as the pipeline tags long sentences (ExtractionSettings.max_sentence_tokens)
    train = [(t[i : i + w], g[i : i + w]) for t, g in train for i in range(0, len(t), w)]
    print(f"train {len(train):,} sentences, dev {len(dev):,} (seed {args.dev_seed}); {vars(args)}")
    words, vectors, stored = vocabulary_of(train, args.news_words, args.vectors, not args.float16)
    counts: dict[str, int] = {}
    for tokens, _ in train:
        for token in tokens:
            for c in normalize_for_matching(token):
                counts[c] = counts.get(c, 0) + 1
    chars = {c: i + 2 for i, c in enumerate(sorted(c for c, n in counts.items() if n >= 2))}
    labels = sorted({t for _, g in train for t in g})
    encoder = Encoder({w: i + 1 for i, w in enumerate(words)}, chars)
    encoder.features_off = args.no_features
    encoder.spans_on = getattr(args, "span_features", False)
    if getattr(args, "pseudo", None):  # after the vocabulary, characters and labels: they stay ANERcorp's
        extra = [json.loads(line) for line in args.pseudo.read_text(encoding="utf-8").splitlines() if line]
        random.Random(13).shuffle(extra)
        extra = [(e["tokens"], e["tags"]) for e in extra[: int(args.pseudo_ratio * len(train))]]
        print(f"+ {len(extra):,} pseudo-labelled sentences from {args.pseudo}")
        train = train + extra
    out = {"train": train, "dev": dev, "labels": labels, "index": {t: i for i, t in enumerate(labels)},
           "encoder": encoder, "vectors": vectors, "words": words, "stored": stored}  # fmt: skip
    if getattr(args, "lm_aux_weight", 0.0):  # unlabelled news for the auxiliary language-model loss
        lm = load_script("pretrain_ner_lm")
        news = lm.news_sentences(argparse.Namespace(seed=1, keep=args.lm_news_keep, min_len=5, max_len=50))
        out.update(lm_news=news, lm_classes=lm.targets_of(news, args.lm_top))
        print(f"+ {len(news):,} news sentences for the LM loss ({sum(map(len, news)):,} tokens)")
    if getattr(args, "aux", None):  # after the vocabulary, characters and labels: they stay ANERcorp's
        rows = [json.loads(line) for line in args.aux.read_text(encoding="utf-8").splitlines() if line]
        key = "coarse" if args.aux_mode == "multitask" else "anercorp"
        aux = [(r["tokens"][i : i + w], r[key][i : i + w]) for r in rows for i in range(0, len(r["tokens"]), w)]
        aux_labels = sorted({t for _, g in aux for t in g}) if key == "coarse" else labels
        out.update(aux=aux, aux_index={t: i for i, t in enumerate(aux_labels)})
        if key == "coarse":
            out["aux_labels"] = aux_labels
        print(f"+ {len(aux):,} auxiliary sentences from {args.aux} ({args.aux_mode}, {len(aux_labels)} labels)")
    return out


def main() -> None:
    args = parser().parse_args()
    torch.set_num_threads(args.threads)
    data = prepare(args)
    vectors, chars, labels = data["vectors"], data["encoder"].chars, data["labels"]
    results = []
    for seed in args.seeds:
        saved = Path(".cache/ner") / f"{args.name}_seed{seed}.pt"
        if args.export_only:
            kept = torch.load(saved, weights_only=False)  # our own file, with the run's arguments
            score, state, epoch = kept["dev"], kept["state"], kept["epoch"]
        else:
            score, state, epoch = train_seed(seed, data, args)
            torch.save({"state": state, "dev": score, "epoch": epoch, "args": vars(args)}, saved)
        print(f"seed {seed}: best dev F1 {score:.2%} at epoch {epoch}", flush=True)
        results.append((score, seed, state))
    scores = np.array([r[0] for r in results])
    print(f"dev F1 over seeds {args.seeds}: mean {scores.mean():.2%}, std {scores.std(ddof=0):.2%}, "
          f"min {scores.min():.2%}, max {scores.max():.2%}")  # fmt: skip
    if args.export:
        # on dev: the seed best on dev; with --full (no dev) the first seed given
        score, seed, state = results[0] if args.full else max(results, key=lambda r: r[0])
        model = Tagger(vectors, len(chars) + 2, len(labels), args, len(data.get("aux_labels", [])))
        model.load_state_dict(state)
        model.eval()
        print(f"exporting seed {seed} (dev F1 {score:.2%})")
        export(model, data, args)


if __name__ == "__main__":
    main()
