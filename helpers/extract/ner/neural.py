"""The neural tagger (``ner_model = "neural"``): a BiLSTM-CRF over word embeddings learned from unlabelled news,
a character CNN and name-list features, trained by ``scripts/train_ner_neural.py`` and run here in numpy from
the exported weights (``helpers/data/ner_neural.npz``).

A token's input depends on its word only (embedding, character CNN, features), so it is computed once per
word type and cached; a batch of sentences of similar length then runs the two LSTM directions as one matrix
product per step, and Viterbi over the label transitions. tests/unit/test_ner_neural.py checks the tags equal
the training framework's (torch).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from helpers.extract.ner.crf import _lexicon_classes, _word_features
from helpers.extract.ner.decode import viterbi
from helpers.extract.ner.spans import span_features
from helpers.resources.ner_model import neural_weights
from helpers.text.clitics import clitic_variants
from helpers.text.normalize import normalize_for_matching

SHAPES = ("ar", "lat", "dig", "punct")
LEXICON_CLASSES = ("PERB", "PERI", "LOCB", "LOCI", "ORGB", "ORGI",
                   "gPERB", "gPERI", "gLOCB", "gLOCI", "gORGB", "gORGI")  # fmt: skip
N_FEATURES = len(SHAPES) + 1 + 3 + len(LEXICON_CLASSES) + 2
MAX_CHARS = 24


def word_key(word: str, vocabulary: Mapping[str, int]) -> tuple[int, int]:
    """The embedding row of a word (its normalised form, else a reading without clitics, else its stem;
    0 = unknown) and how it was found (0 itself, 1 a variant, 2 not found)."""
    own = _word_features(word, "")
    n = str(own["n"])
    for how, key in enumerate((*clitic_variants(n), str(own["stem"]))):
        row = vocabulary.get(key)
        if row is not None:
            return row, min(how, 1)
    return 0, 2


def word_features(word: str, found: int) -> list[float]:
    """The word's discrete features as 0/1: shape, ال, place, personal name, name-list classes, how the
    embedding was found."""
    own = _word_features(word, "")
    shape = str(own["shape"])
    classes = set(_lexicon_classes(word))
    return [
        *(float(shape == s) for s in SHAPES),
        float(shape not in SHAPES),
        float(bool(own["al"])),
        float(bool(own["place"])),
        float(bool(own["person"])),
        *(float(c in classes) for c in LEXICON_CLASSES),
        float(found == 1),
        float(found == 2),
    ]


def word_chars(word: str, chars: Mapping[str, int]) -> list[int]:
    """The character ids of a word's normalised form (1 = unknown character), at most ``MAX_CHARS``."""
    return [chars.get(c, 1) for c in normalize_for_matching(word)[:MAX_CHARS]] or [1]


# --------------------------------------------------------------------------- numpy runtime


class _Model:
    """The exported weights, as float32 arrays, and the word and character indexes."""

    def __init__(self, weights: Mapping[str, Any]) -> None:
        import numpy as np

        self.w = {k: np.asarray(v, dtype=np.float32) for k, v in weights.items() if v.dtype.kind == "f" and k != "emb"}
        self.emb = weights["emb"]  # float16, or int8 with a scale per row (``emb_scale``)
        self.labels = tuple(bytes(weights["labels"]).decode("utf-8").split("\n"))
        words = bytes(weights["words"]).decode("utf-8").split("\n")
        self.vocabulary = {w: i + 1 for i, w in enumerate(words)}  # row 0: unknown
        self.chars = {c: i + 2 for i, c in enumerate(bytes(weights["chars"]).decode("utf-8"))}  # 0 pad, 1 unknown
        self.hidden = self.w["w_hh_f"].shape[1]
        # the last n_span inputs are per-token span features (not per word type): kept apart
        self.n_span = int(weights["n_span"][0]) if "n_span" in weights else 0
        word_part = self.w["w_ih_f"].shape[1] - self.n_span
        self.w_span_f = self.w["w_ih_f"][:, word_part:].T.copy()  # (n_span, 4 * hidden)
        self.w_span_b = self.w["w_ih_b"][:, word_part:].T.copy()
        # both directions' input projections as one matrix: (input, 8 * hidden)
        self.w_in = np.concatenate([self.w["w_ih_f"][:, :word_part], self.w["w_ih_b"][:, :word_part]]).T.copy()
        self.b_in = np.concatenate([self.w["b_f"], self.w["b_b"]])
        self.w_hh_f = self.w["w_hh_f"].T.copy()
        self.w_hh_b = self.w["w_hh_b"].T.copy()
        # each character convolution (filters, char dim, width k) as one matrix over k stacked positions
        self.convs = []
        for tail in ("", *map(str, range(1, 10))):
            if f"conv_w{tail}" in self.w:
                conv = self.w[f"conv_w{tail}"]
                matrix = conv.transpose(2, 1, 0).reshape(-1, conv.shape[0]).copy()
                self.convs.append((conv.shape[2], matrix, self.w[f"conv_b{tail}"]))

    def inputs(self, words: list[str]) -> Any:
        """The LSTM inputs of some words: embedding, character CNN, features (words, input)."""
        import numpy as np

        w = self.w
        keys = [word_key(word, self.vocabulary) for word in words]
        rows = [row for row, _ in keys]
        embedding = self.emb[rows].astype(np.float32)
        if "emb_scale" in w:
            embedding *= w["emb_scale"][rows][:, None]
        features = np.array([word_features(word, how) for word, (_, how) in zip(words, keys, strict=True)],
                            dtype=np.float32).reshape(len(words), N_FEATURES)  # fmt: skip
        ids = [word_chars(word, self.chars) for word in words]
        lengths = np.array([len(row) for row in ids])
        chars = [self._char_cnn(ids, lengths, *conv) for conv in self.convs]
        return np.concatenate([embedding, *chars, features], axis=1)

    def _char_cnn(self, ids: list[list[int]], lengths: Any, k: int, matrix: Any, bias: Any) -> Any:
        """One character convolution of width k (padding k // 2 each side, as torch's), max over the positions
        that start inside the word, then relu: (words, filters)."""
        import numpy as np

        pad = k // 2
        width = int(lengths.max()) + 2 * pad
        padded = np.zeros((len(ids), width), dtype=np.intp)
        for i, row in enumerate(ids):
            padded[i, pad : pad + len(row)] = row
        vectors = self.w["char_emb"][padded]  # (words, width, char dim); row 0 is zeros
        positions = width - k + 1
        windows = np.concatenate([vectors[:, s : s + positions] for s in range(k)], axis=2)
        out = (windows.reshape(-1, windows.shape[2]) @ matrix).reshape(len(ids), positions, -1)
        out += bias
        out[np.arange(positions) >= lengths[:, None]] = -np.inf
        return np.maximum(out.max(1), 0.0)


class _InputStore:
    """The input projections of each word type seen, before the recurrence: one array per direction, a row a
    word, and a last row of zeros for padding. Bounded: when new words do not fit, it frees the rows of the
    words used least since the last eviction (counts then halve), at least ``1 - keep`` of the capacity, never
    a word the current batch uses; so a long corpus run keeps the frequent words (function words, frequent
    names) cached. Nothing moves: freed rows are reused."""

    def __init__(self, capacity: int = 20_000, keep: float = 0.75) -> None:
        self.capacity, self.keep = capacity, keep
        self.index: dict[str, int] = {}
        self.forward: Any = None
        self.backward: Any = None
        self.hits: Any = None
        self.free: Any = None

    def ids(self, model: _Model, words: list[str]) -> Any:
        """The row of every word (computing the new ones first)."""
        import numpy as np

        distinct = list(dict.fromkeys(words))
        new = [w for w in distinct if w not in self.index]
        if self.forward is None or len(distinct) > self.capacity:
            self._allocate(model, max(self.capacity, len(distinct)))
            new = distinct
        elif len(new) > len(self.free):
            self._evict(needed={w for w in distinct if w in self.index}, room=len(new))
        if new:
            rows, self.free = self.free[: len(new)], self.free[len(new) :]
            projected = model.inputs(new) @ model.w_in + model.b_in
            four = 4 * model.hidden
            self.forward[rows] = projected[:, :four]
            self.backward[rows] = projected[:, four:]
            self.index.update(zip(new, rows.tolist(), strict=True))
        index = self.index
        out = np.fromiter((index[w] for w in words), dtype=np.intp, count=len(words))
        self.hits += np.bincount(out, minlength=len(self.hits))
        return out

    def _allocate(self, model: _Model, capacity: int) -> None:
        """Empty arrays for ``capacity`` words (the store grows past its capacity only for a batch that alone
        has more distinct words than that)."""
        import numpy as np

        self.capacity = capacity
        self.index.clear()
        self.forward = np.zeros((capacity + 1, 4 * model.hidden), dtype=np.float32)
        self.backward = np.zeros((capacity + 1, 4 * model.hidden), dtype=np.float32)
        self.hits = np.zeros(capacity + 1, dtype=np.int64)
        self.free = np.arange(capacity, dtype=np.intp)

    def _evict(self, needed: set[str], room: int) -> None:
        """Free the rows of the least used words not in ``needed``: enough for ``room`` new words and at least
        ``1 - keep`` of the capacity."""
        import numpy as np

        words = [w for w in self.index if w not in needed]
        rows = np.array([self.index[w] for w in words], dtype=np.intp)
        wanted = max(room, int(self.capacity * (1 - self.keep))) - len(self.free)
        drop = np.argsort(self.hits[rows], kind="stable")[: max(wanted, 0)]
        for j in drop.tolist():
            del self.index[words[j]]
        self.free = np.concatenate([self.free, rows[drop]])
        self.hits[rows[drop]] = 0
        self.hits //= 2


_STORE = _InputStore()


@functools.cache
def _model() -> _Model:
    return _Model(neural_weights())


def _lstm(inputs: Any, order: Any, w_hh: Any) -> Any:
    """Hidden states of one LSTM direction over left-aligned sentences → (batch, width, H): ``order`` (batch,
    width) picks each step's rows of ``inputs`` (rows, 4H), the input projections; states past a sentence's end
    are computed but never read. Gates in torch's order i, f, g, o; the sigmoids as 0.5 + 0.5 tanh(x / 2), so
    one tanh covers the four gates. Each step works in place on buffers of one step (the same operations in the
    same order as out-of-place arithmetic, so the same floats)."""
    import numpy as np

    batch, width = order.shape
    four = inputs.shape[1]
    hidden = four // 4
    half = np.full(four, 0.5, dtype=np.float32)
    half[2 * hidden : 3 * hidden] = 1.0  # g is a tanh
    h = np.zeros((batch, hidden), dtype=np.float32)
    c = np.zeros((batch, hidden), dtype=np.float32)
    gates = np.empty((batch, four), dtype=np.float32)
    scratch = np.empty((batch, hidden), dtype=np.float32)
    out = np.empty((batch, width, hidden), dtype=np.float32)
    i, f, g, o = (gates[:, k * hidden : (k + 1) * hidden] for k in range(4))
    for t in range(width):
        np.matmul(h, w_hh, out=gates)
        gates += inputs[order[:, t]]
        gates *= half
        np.tanh(gates, out=gates)
        for sigmoid in (i, f, o):
            sigmoid *= 0.5
            sigmoid += 0.5
        c *= f
        c += np.multiply(i, g, out=scratch)
        np.multiply(o, np.tanh(c, out=scratch), out=h)
        out[:, t] = h
    return out


def emissions(sentences: Sequence[Sequence[str]]) -> tuple[Any, Any]:
    """Label scores of every token of a batch of sentences (batch, width, labels), and their lengths."""
    import numpy as np

    model = _model()
    hidden = model.hidden
    lengths = np.array([len(s) for s in sentences])
    count, width = len(sentences), int(lengths.max())
    ids = _STORE.ids(model, [t for s in sentences for t in s])
    filled = np.arange(width) < lengths[:, None]
    position = np.broadcast_to(np.arange(width), (count, width))[filled]
    sentence = np.repeat(np.arange(count), lengths)
    # the backward direction reads each sentence reversed, left-aligned: token j of a sentence of length n at n-1-j
    reverse = lengths[sentence] - 1 - position
    pad = len(_STORE.forward) - 1
    forward = np.full((count, width), pad, dtype=np.intp)
    forward[filled] = ids
    backward = np.full((count, width), pad, dtype=np.intp)
    backward[sentence, reverse] = ids
    spans = _span_inputs(model, sentences) if model.n_span else None
    if spans:
        forward = _with_spans(_STORE.forward, forward, (spans[0], spans[1]), model.w_span_f[spans[2]])
        backward = _with_spans(_STORE.backward, backward, (spans[0], lengths[spans[0]] - 1 - spans[1]),
                               model.w_span_b[spans[2]])  # fmt: skip
    h_f = _lstm(*forward, model.w_hh_f) if spans else _lstm(_STORE.forward, forward, model.w_hh_f)
    h_b = _lstm(*backward, model.w_hh_b) if spans else _lstm(_STORE.backward, backward, model.w_hh_b)
    out_w = model.w["out_w"]
    scores = np.zeros((count, width, len(model.labels)), dtype=np.float32)
    scores[filled] = (h_f[filled] @ out_w[:, :hidden].T + h_b[sentence, reverse] @ out_w[:, hidden:].T
                      + model.w["out_b"])  # fmt: skip
    return scores, lengths


def _with_spans(store: Any, order: Any, where: tuple[Any, Any], added: Any) -> tuple[Any, Any]:
    """The inputs of a batch with per-token span inputs added at ``where``, as (rows, order) for ``_lstm``."""
    import numpy as np

    projected = store[order]
    np.add.at(projected, where, added)
    batch, width, four = projected.shape
    return projected.reshape(-1, four), np.arange(batch * width).reshape(batch, width)


def _span_inputs(model: _Model | None, sentences: Sequence[Sequence[str]]) -> tuple[Any, Any, Any] | None:
    """The span features that are on in a batch as (sentence, token, feature) index arrays, or None."""
    import numpy as np

    found = [(b, t, k) for b, s in enumerate(sentences) for t, k in span_features(s)]
    if not found:
        return None
    b, t, k = (np.array(column, dtype=np.intp) for column in zip(*found, strict=True))
    return b, t, k


@functools.cache
def _openblas() -> tuple[Any, Any] | None:
    """Get and set of numpy's own OpenBLAS thread count (ctypes), or None when it is not found."""
    import ctypes
    import glob
    import os

    import numpy as np

    base = os.path.dirname(np.__file__)
    for path in glob.glob(base + ".libs/*openblas*") + glob.glob(os.path.join(base, ".libs", "*openblas*")):
        try:
            lib = ctypes.CDLL(path)  # already loaded by numpy: the same library
        except OSError:
            continue
        for prefix, suffix in (
            ("scipy_openblas", "64_"),
            ("scipy_openblas", ""),
            ("openblas", "64_"),
            ("openblas", ""),
        ):
            get = getattr(lib, f"{prefix}_get_num_threads{suffix}", None)
            put = getattr(lib, f"{prefix}_set_num_threads{suffix}", None)
            if get is not None and put is not None:
                return get, put
    return None


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    """Run the block with OpenBLAS on one thread, then restore it. The tagger's matrix products are small and
    come one per step: several BLAS threads per process only wait on each other, and far worse when the
    pipeline already runs one process per core (a 400k-character article took 3x as long)."""
    found = _openblas()
    if found is None:
        yield
        return
    get, put = found
    before = get()
    put(1)
    try:
        yield
    finally:
        put(before)


def tag_many(sentences: Sequence[Sequence[str]], batch: int = 256) -> list[list[str]]:
    """IOB2 tags for many sentences, in batches of sentences of similar length (BLAS on one thread)."""
    with _one_blas_thread():
        return _tag_many(sentences, batch)


def _tag_many(sentences: Sequence[Sequence[str]], batch: int) -> list[list[str]]:
    model = _model()
    w = model.w
    out: list[list[str]] = [[] for _ in sentences]
    order = sorted((i for i, s in enumerate(sentences) if len(s)), key=lambda i: len(sentences[i]))
    for g in range(0, len(order), batch):
        group = order[g : g + batch]
        scores, lengths = emissions([sentences[i] for i in group])
        path = viterbi(scores, lengths, w["transitions"], w["start"], w["end"])
        for b, i in enumerate(group):
            out[i] = [model.labels[j] for j in path[b, : lengths[b]]]
    return out
