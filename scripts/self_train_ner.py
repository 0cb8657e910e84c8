"""Self-training data for the neural NER model: tag unlabelled ANT news sentences with trained seeds (torch
states saved by ``scripts/train_ner_neural.py``, e.g. the ``--dev-tail`` runs, so the dev tail stays unseen),
keep the confident ones, and write them as JSON lines for ``train_ner_neural.py --pseudo FILE``.

- Sentences: ANT articles drawn with ``random.Random(--seed)`` (every id in ``--exclude`` left out: the
  project's held-out and development articles), split and tokenised as the pipeline does, 6 to 60 tokens.
- Confidence: the CRF's token marginals (forward-backward). A sentence is kept when it names at least one entity
  (with ``--need``: one of those types),
  every token's best label has marginal ≥ ``--min-marginal`` and, with several seeds, when all seeds give the
  same tags (the tags written are the first seed's).

Run: ``python scripts/self_train_ner.py --teacher EMA --seeds 1 --articles 3000 --out .cache/ner/pseudo.jsonl``
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import sys
import time
from pathlib import Path

import torch

from helpers import config
from helpers.extract.ner import entities

HERE = Path(__file__).resolve().parent
USED = Path("/work/notes/used_ids.txt")


def _trainer():
    spec = importlib.util.spec_from_file_location("train_ner_neural", HERE / "train_ner_neural.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_ner_neural"] = module
    spec.loader.exec_module(module)
    return module


def news_sentences(articles: int, seed: int, exclude: set[str]) -> list[tuple[str, list[str]]]:
    """(article id, tokens) of the sentences of ``articles`` ANT articles drawn at random."""
    from helpers.ingest.clean import clean_text
    from helpers.text.sentences import sentence_spans
    from helpers.text.tokens import token_spans

    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows = [r for r in rows if r.get("docno") not in exclude and r.get("text")]
    random.Random(seed).shuffle(rows)
    out = []
    for row in rows[:articles]:
        text = clean_text(row["text"])
        for s, e in sentence_spans(text):
            words = [text[a:b] for a, b in token_spans(text, s, e)]
            if 6 <= len(words) <= 60:
                out.append((row["docno"], words))
    return out


def marginals(model: torch.nn.Module, scores: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    """Each token's label marginals under the CRF (sentences, width, labels); padding positions are junk."""
    count, width, _ = scores.shape
    mask = torch.arange(width)[None, :] < lengths[:, None]
    alphas = [model.start + scores[:, 0]]
    for t in range(1, width):
        nxt = torch.logsumexp(alphas[-1][:, :, None] + model.transitions[None] + scores[:, t, None, :], dim=1)
        alphas.append(torch.where(mask[:, t, None], nxt, alphas[-1]))
    betas = [torch.zeros_like(alphas[0])] * width
    last = lengths - 1
    beta = model.end.expand(count, -1).clone()
    for t in range(width - 1, -1, -1):
        at_end = last == t
        inside = t < last
        if t < width - 1:
            step = torch.logsumexp(model.transitions[None] + (scores[:, t + 1] + betas[t + 1])[:, None, :], dim=2)
            beta = torch.where(inside[:, None], step, beta)
        beta = torch.where(at_end[:, None], model.end.expand(count, -1), beta)
        betas[t] = beta
    alpha = torch.stack(alphas, 1)
    beta_all = torch.stack(betas, 1)
    log_z = torch.logsumexp(alpha[torch.arange(count), last] + model.end, dim=1)
    return torch.exp(alpha + beta_all - log_z[:, None, None])


def tag_with_confidence(module, model, encoder, sentences, labels):
    """Viterbi tags and each sentence's lowest token confidence (best label's marginal)."""
    model.eval()
    tags: list[list[str]] = [[] for _ in sentences]
    confidence = [0.0] * len(sentences)
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    with torch.no_grad():
        for g in range(0, len(order), 256):
            group = order[g : g + 256]
            batch = encoder.batch([sentences[i] for i in group])
            scores = model.emissions(batch)
            paths = model.decode(scores, batch["lengths"])
            probs = marginals(model, scores, batch["lengths"]).max(2).values
            for b, i in enumerate(group):
                n = len(sentences[i])
                tags[i] = [labels[j] for j in paths[b]]
                confidence[i] = float(probs[b, :n].min())
    return tags, confidence


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--teacher", default="EMA", help="name of the saved states: .cache/ner/NAME_seedN.pt")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2611, help="draw of the articles")
    parser.add_argument("--min-marginal", type=float, default=0.95)
    parser.add_argument("--need", nargs="+", default=[], help="keep only sentences with an entity of these types "
                        "(e.g. PERS ORG MISC: fewer place-only sentences)")  # fmt: skip
    parser.add_argument("--exclude", type=Path, default=USED, help="article ids left out, one a line")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path(".cache/ner/pseudo.jsonl"))
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    start = time.perf_counter()
    module = _trainer()
    kept = [torch.load(Path(".cache/ner") / f"{args.teacher}_seed{s}.pt", weights_only=False) for s in args.seeds]
    run = argparse.Namespace(**{**vars(module.parser().parse_args([])), **kept[0]["args"]})
    run.pseudo = None  # the teacher's own data: ANERcorp only
    data = module.prepare(run)
    exclude = set(args.exclude.read_text(encoding="utf-8").split()) if args.exclude.exists() else set()
    found = news_sentences(args.articles, args.seed, exclude)
    sentences = [words for _, words in found]
    print(f"{len(sentences):,} news sentences from {args.articles} articles ({time.perf_counter() - start:.0f} s)")
    outputs = []
    for k in kept:
        model = module.Tagger(data["vectors"], len(data["encoder"].chars) + 2, len(data["labels"]), run)
        model.load_state_dict(k["state"])
        outputs.append(tag_with_confidence(module, model, data["encoder"], sentences, data["labels"]))
        print(f"tagged with a seed (dev F1 {k['dev']:.2%}) ({time.perf_counter() - start:.0f} s)")
    n_kept = 0
    with args.out.open("w", encoding="utf-8") as out:
        for i, (docno, words) in enumerate(found):
            tags = outputs[0][0][i]
            found_types = {kind for _, _, kind in entities(tags, tags)}
            if not found_types or (args.need and not found_types & set(args.need)):
                continue
            if any(o[0][i] != tags for o in outputs[1:]):
                continue
            low = min(o[1][i] for o in outputs)
            if low < args.min_marginal:
                continue
            out.write(json.dumps({"id": docno, "tokens": words, "tags": tags, "confidence": round(low, 4)},
                                 ensure_ascii=False) + "\n")  # fmt: skip
            n_kept += 1
    with_entity = sum(bool(entities(t, t)) for t in outputs[0][0])
    print(f"{args.out}: {n_kept:,} sentences kept of {len(sentences):,} ({with_entity:,} with an entity) "
          f"({time.perf_counter() - start:.0f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
