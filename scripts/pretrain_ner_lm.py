"""Pre-train the neural NER tagger's own encoder (character CNN + BiLSTM, the shipped sizes) as a language model
on unlabelled news (ANT + SaudiNewsNet, the text the embeddings are trained on), for
``scripts/train_ner_neural.py --lm-init``.

The forward LSTM's state at a word predicts the next word, the backward LSTM's state the previous word
(``train_ner_neural.lm_loss``: two linear layers over the ``--top`` most frequent normalised news words + one
"other" class; never exported).
The inputs are exactly the tagger's: frozen news embeddings, the character CNN over ANERcorp's characters and
the name-list features, through ``train_ner_neural.prepare`` (same options, so the same vocabulary and
characters). Sentences of ``--min-len``..``--max-len`` tokens (longer ones cut), drawn with
``random.Random(--seed)``; training stops after ``--minutes`` or ``--tokens`` tokens, whichever comes first.
Writes ``--out`` (default ``.cache/ner/lm_encoder.pt``): the encoder's weights, the characters they index and
the run's arguments.

Run: ``python scripts/pretrain_ner_lm.py --dev-tail --minutes 25 --threads 1`` (after
``scripts/train_embeddings.py``).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import time
from collections import Counter
from pathlib import Path
from types import ModuleType

import torch
from torch import nn

from helpers.text.normalize import normalize_for_matching

SCRIPTS = Path(__file__).resolve().parent
OUT = Path(".cache/ner/lm_encoder.pt")
ENCODER_PREFIXES = ("char_emb.", "convs.", "lstm.")
TRAINED = (*ENCODER_PREFIXES, "lm_forward.", "lm_backward.")


def script(name: str) -> ModuleType:
    """A sibling script as a module."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def news_sentences(args: argparse.Namespace) -> list[list[str]]:
    """A random subset (``--keep``) of the news sentences, raw tokens as the pipeline gives them."""
    from helpers.ingest.clean import clean_text
    from helpers.text.sentences import split_sentences
    from helpers.text.tokens import token_words

    news = script("train_embeddings")
    rng = random.Random(args.seed)
    out = []
    for text in news.news_texts():
        for sentence in split_sentences(clean_text(text)):
            if rng.random() >= args.keep:
                continue
            words = token_words(sentence)
            if len(words) >= args.min_len:
                out.append(words[: args.max_len])
    rng.shuffle(out)
    return out


def targets_of(sentences: list[list[str]], top: int) -> dict[str, int]:
    """The ``top`` most frequent normalised words → class ids 1..top (0: every other word)."""
    counts = Counter(normalize_for_matching(w) for s in sentences for w in s)
    return {w: i + 1 for i, (w, _) in enumerate(counts.most_common(top))}


def encoder_state(tagger: nn.Module) -> dict[str, torch.Tensor]:
    """The pre-trained part of the tagger: character embeddings and CNN, BiLSTM."""
    return {k: v.detach().clone() for k, v in tagger.state_dict().items() if k.startswith(ENCODER_PREFIXES)}


def parser() -> argparse.ArgumentParser:
    """train_ner_neural's options (sizes, vocabulary, characters) plus the language model's."""
    p = script("train_ner_neural").parser()
    p.description = __doc__
    p.add_argument("--out", type=Path, default=OUT)
    p.add_argument("--top", type=int, default=2000, help="words predicted by name (the rest: one 'other' class)")
    p.add_argument("--keep", type=float, default=0.5, help="share of the news sentences read")
    p.add_argument("--min-len", type=int, default=5)
    p.add_argument("--max-len", type=int, default=50)
    p.add_argument("--minutes", type=float, default=25.0, help="stop after this many minutes of training")
    p.add_argument("--tokens", type=int, default=0, help="stop after this many tokens (0: no limit)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--lm-batch", type=int, default=64)
    p.add_argument("--report", type=int, default=200, help="print the held-out loss every N batches")
    return p


def main() -> None:
    args = parser().parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    tn = script("train_ner_neural")
    start = time.perf_counter()
    data = tn.prepare(args)
    encoder = data["encoder"]
    sentences = news_sentences(args)
    classes = targets_of(sentences, args.top)
    held, sentences = sentences[:500], sentences[500:]
    covered = sum(normalize_for_matching(w) in classes for s in sentences[:20000] for w in s)
    total = sum(map(len, sentences[:20000]))
    print(f"{len(sentences):,} news sentences, {sum(map(len, sentences)):,} tokens; top {args.top} words cover "
          f"{covered / total:.1%} ({time.perf_counter() - start:.0f} s)", flush=True)  # fmt: skip
    args.lm_aux_weight, args.lm_top = 1.0, args.top  # the tagger with its language-model heads
    tagger = tn.Tagger(data["vectors"], len(encoder.chars) + 2, len(data["labels"]), args)
    params = [p for k, p in tagger.named_parameters() if p.requires_grad and k.startswith(TRAINED)]
    optimizer = torch.optim.Adam(params, lr=args.lr)

    def loss_of(chosen: list[list[str]]) -> tuple[torch.Tensor, int]:
        """The mean LM loss of some sentences and how many predictions it averages (2 x (tokens - 1) each)."""
        loss = tn.lm_loss(tagger, tagger.states(encoder.batch(chosen)), tn.lm_targets(chosen, classes))
        return loss, 2 * sum(len(s) - 1 for s in chosen)

    rng = random.Random(args.seed)
    order = sorted(range(len(sentences)), key=lambda i: (len(sentences[i]), rng.random()))
    batches = [order[i : i + args.lm_batch] for i in range(0, len(order), args.lm_batch)]
    rng.shuffle(batches)
    held_batches = [held[i : i + 100] for i in range(0, len(held), 100)]

    def held_loss() -> float:
        tagger.eval()
        with torch.no_grad():
            losses = [loss_of(b) for b in held_batches]
        tagger.train()
        return sum(float(x) * n for x, n in losses) / sum(n for _, n in losses)

    print(f"held-out loss before: {held_loss():.3f}", flush=True)
    began, seen, total_loss, steps = time.perf_counter(), 0, 0.0, 0
    tagger.train()
    for step, group in enumerate(batches, 1):
        chosen = [sentences[i] for i in group]
        loss, _ = loss_of(chosen)
        optimizer.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(params, 5.0)
        optimizer.step()
        seen += sum(map(len, chosen))
        total_loss, steps = total_loss + float(loss.detach()), steps + 1
        elapsed = time.perf_counter() - began
        done = elapsed > args.minutes * 60 or (args.tokens and seen >= args.tokens) or step == len(batches)
        if step % args.report == 0 or done:
            print(f"  step {step:6d}: {seen:,} tokens, train loss {total_loss / steps:.3f}, held-out "
                  f"{held_loss():.3f} ({elapsed:.0f} s, {seen / elapsed:.0f} tokens/s)", flush=True)  # fmt: skip
            total_loss, steps = 0.0, 0
            save(tagger, encoder, args, seen)
        if done:
            break


def save(tagger: nn.Module, encoder: object, args: argparse.Namespace, seen: int) -> None:
    """The encoder's weights, the characters its embedding rows stand for (row = id) and the run."""
    args.out.parent.mkdir(parents=True, exist_ok=True)
    chars = {i: c for c, i in encoder.chars.items()}  # type: ignore[attr-defined]
    run = {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()}
    torch.save({"state": encoder_state(tagger), "chars": chars, "tokens": seen, "args": run}, args.out)


if __name__ == "__main__":
    main()
