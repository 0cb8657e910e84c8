"""The data of a run: ANERcorp train and dev, the pruned vocabulary and vectors, the per-word-type inputs."""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
from pathlib import Path
from types import ModuleType

import numpy as np
import torch

from helpers import config
from helpers.extract.ner import read_conll
from helpers.extract.ner.neural import N_FEATURES, word_chars, word_features, word_key
from helpers.extract.ner.spans import N_SPAN_FEATURES, span_features
from helpers.text.normalize import normalize_for_matching
from ner_train.augment import mention_pool
from ner_train.lexicon import lexicon_features, read_lexicon
from ner_train.subword import add_subword_vectors

SCRIPTS = Path(__file__).resolve().parent.parent
TRAIN = config.shared_datasets() / "anercorp_camel" / "ANERCorp_CamelLab_train.txt"
VECTORS = Path(".cache/ner/news_w2v.npz")
FIXTURE = config.PROJECT_ROOT / "tests" / "data" / "ner_neural_torch_tags.json"


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
        self.lexicon: dict[str, tuple[float, ...]] | None = None  # --name-lexicon: per-word features appended
        self.lexicon_alpha = 1.0
        self.subword: dict[str, int] | None = None  # --subword-vectors: rows of the words word2vec does not know

    def type_id(self, word: str) -> int:
        i = self.types.get(word)
        if i is None:
            i = self.types[word] = len(self.rows)
            row, how = word_key(word, self.vocabulary)
            if how == 2 and self.subword is not None:  # the "not found" feature stays on
                row = self.subword.get(normalize_for_matching(word), 0)
            self.rows.append(row)
            own = [0.0] * N_FEATURES if self.features_off else word_features(word, how)
            if self.lexicon is not None:
                own = own + lexicon_features(word, self.lexicon, self.lexicon_alpha)
            self.features.append(own)
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
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
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


def epoch_batches(sentences: list, rng: random.Random, size: int) -> list[list[int]]:
    """Batches of sentence indexes of similar length, in random order."""
    order = sorted(range(len(sentences)), key=lambda i: (len(sentences[i][0]), rng.random()))
    batches = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(batches)
    return batches


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
    subword = None
    if getattr(args, "subword_vectors", None):  # fastText rows for the words word2vec does not know (train, dev)
        seen = [t for s, _ in train + dev for t in s]
        vectors, subword = add_subword_vectors(args, words, vectors, seen)
        print(f"+ subword vectors {args.subword_vectors} ({args.subword_mode}): {len(subword):,} unknown words")
    counts: dict[str, int] = {}
    for tokens, _ in train:
        for token in tokens:
            for c in normalize_for_matching(token):
                counts[c] = counts.get(c, 0) + 1
    chars = {c: i + 2 for i, c in enumerate(sorted(c for c, n in counts.items() if n >= 2))}
    labels = sorted({t for _, g in train for t in g})
    encoder = Encoder({w: i + 1 for i, w in enumerate(words)}, chars)
    encoder.features_off = args.no_features
    encoder.subword = subword
    encoder.spans_on = getattr(args, "span_features", False)
    if getattr(args, "name_lexicon", None):  # the news-induced name lexicon (scripts/build_ner_lexicon.py)
        encoder.lexicon = read_lexicon(args.name_lexicon, args.lexicon_min_count)
        encoder.lexicon_alpha = args.lexicon_alpha
        print(f"+ name lexicon {args.name_lexicon}: {len(encoder.lexicon):,} words seen >= {args.lexicon_min_count}")
    if getattr(args, "mention_replace", 0.0):  # the train part's own spans (the dev tail is not in it)
        out_pool = mention_pool(train, set(args.mention_types))
        print("+ mention replacement p", args.mention_replace, {k: len(v) for k, v in out_pool.items()})
    if getattr(args, "pseudo", None):  # after the vocabulary, characters and labels: they stay ANERcorp's
        extra = [json.loads(line) for line in args.pseudo.read_text(encoding="utf-8").splitlines() if line]
        random.Random(13).shuffle(extra)
        extra = [(e["tokens"], e["tags"]) for e in extra[: int(args.pseudo_ratio * len(train))]]
        print(f"+ {len(extra):,} pseudo-labelled sentences from {args.pseudo}")
        train = train + extra
    out = {"train": train, "dev": dev, "labels": labels, "index": {t: i for i, t in enumerate(labels)},
           "encoder": encoder, "vectors": vectors, "words": words, "stored": stored}  # fmt: skip
    if getattr(args, "mention_replace", 0.0):
        out["mention_pool"] = out_pool
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
