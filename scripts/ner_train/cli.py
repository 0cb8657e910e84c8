"""The command line: options, the run over seeds, the export for the numpy runtime."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import torch

import ner_train
from helpers.extract.ner.spans import N_SPAN_FEATURES
from helpers.resources.ner_model import neural_path
from ner_train.data import FIXTURE, VECTORS, fixture_sentences, prepare
from ner_train.model import Tagger
from ner_train.train import predict, train_seed


def export(model: Tagger, data: dict, args: argparse.Namespace) -> None:
    """Write the numpy runtime's weights (embeddings as stored, float32 rest) and torch's tags fixture."""
    if getattr(args, "name_lexicon", None):
        raise SystemExit("--name-lexicon models cannot be exported: the numpy runtime does not read lexicon features")
    if getattr(args, "subword_vectors", None):
        raise SystemExit("--subword-vectors models cannot be exported: the numpy runtime has no n-gram vectors")
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


def parser() -> argparse.ArgumentParser:
    """The command-line options (also the saved run arguments' names)."""
    parser = argparse.ArgumentParser(
        description=ner_train.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
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
    parser.add_argument("--name-lexicon", type=Path, help="per-word features from a name lexicon induced from "
                        "tagged news (scripts/build_ner_lexicon.py's table)")  # fmt: skip
    parser.add_argument("--lexicon-min-count", type=int, default=5, help="lexicon words seen fewer times: no features")
    parser.add_argument("--lexicon-alpha", type=float, default=1.0, help="smoothing of the lexicon shares")
    parser.add_argument("--lexicon-dropout", type=float, default=0.0, help="training: a word type's lexicon "
                        "features set to 0 in a batch, p")  # fmt: skip
    parser.add_argument("--mention-replace", type=float, default=0.0, help="training: share of the train "
                        "sentences holding a span of --mention-types whose spans are replaced, each epoch, by "
                        "spans of the same type drawn from the train part (Dai & Adel 2020; 0: off)")  # fmt: skip
    parser.add_argument("--subword-vectors", type=Path, help="fastText model (scripts/train_fasttext.py) giving "
                        "vectors to the words news_w2v does not know (ner_train/subword.py)")  # fmt: skip
    parser.add_argument("--subword-mode", choices=("oov", "all"), default="oov", help="oov: only those words, "
                        "mapped into word2vec's space; all: fastText vectors for every word")  # fmt: skip
    parser.add_argument("--subword-fit", type=int, default=50_000, help="words fitting the oov mode's linear map")
    parser.add_argument("--mention-types", nargs="+", default=["PERS"], help="types replaced by --mention-replace")
    return parser


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
