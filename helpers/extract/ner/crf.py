"""The CRF tagger (``ner_model = "crf"``): trained by our own code (``scripts/train_ner.py``), shipped in the repo.

Labels are IOB2 over PERS, LOC, ORG and MISC (ANERcorp's classes). Features: the word and its
normalised form, the word with clitics taken off (و ف ب ل ك ال), prefixes and suffixes, shape, membership
in the shipped place gazetteer and personal-name list, word clusters, and the same for two words either side;
plus the classes the word and its neighbours have in name lists (ANETAC, ANERGazet).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from helpers.extract.ner.decode import viterbi
from helpers.resources.gazetteer import gazetteer
from helpers.resources.names import name_lexicon, person_names, word_clusters
from helpers.resources.ner_model import crf_tagger
from helpers.text.arabic import AR, HAS_ARABIC
from helpers.text.clitics import stem
from helpers.text.normalize import normalize_for_matching

_ARABIC = HAS_ARABIC
_LATIN = re.compile("[A-Za-z]")
_DIGIT = re.compile("[0-9\u0660-\u0669]")
_PUNCT = re.compile(rf"^[^\w{AR}]+$")


@functools.lru_cache(maxsize=100_000)
def _lexicon_classes(word: str) -> tuple[str, ...]:
    """The name-list classes of a word, or of the word without its clitics."""
    n = normalize_for_matching(word)
    s = stem(n)
    lexicon = name_lexicon()
    return lexicon.get(n) or lexicon.get(s) or lexicon.get("ال" + s) or ()


@functools.cache
def place_words() -> frozenset[str]:
    """Single-word keys of the place gazetteer, and first words of multi-word ones."""
    return frozenset(key.split()[0] for key in gazetteer())


def _shape(word: str) -> str:
    """A coarse shape: arabic, latin, digit, punct or mixed."""
    if _PUNCT.match(word):
        return "punct"
    kinds = [name for name, rx in (("ar", _ARABIC), ("lat", _LATIN), ("dig", _DIGIT)) if rx.search(word)]
    return "+".join(kinds) or "other"


@functools.lru_cache(maxsize=60_000)  # a dict each (~1 KB): the neural tagger keeps its own 20k-word store
def _word_features(word: str, prefix: str = "") -> dict[str, str | bool]:
    """Features of one word on its own (cached: news repeats its words)."""
    n = normalize_for_matching(word)
    s = stem(n)
    places, persons, clusters = place_words(), person_names(), word_clusters()
    c256, c1024 = clusters.get(n) or clusters.get(s) or ("-", "-")
    return {
        "c256": c256,
        "c1024": c1024,
        "n": n,
        "stem": s,
        "shape": _shape(word),
        "al": n.startswith("ال") or (n[:1] != "" and n[:1] in "وفبلك" and n[1:3] == "ال"),
        "place": n in places or s in places or "ال" + s in places,
        "person": n in persons or s in persons,
    }


def sentence_features(tokens: Sequence[str]) -> list[dict[str, str | bool]]:
    """The CRF features of every token of a sentence (each word's own features are computed once)."""
    norms = [normalize_for_matching(t) for t in tokens]
    own = [_word_features(t, "") for t in tokens]
    classes = [_lexicon_classes(t) for t in tokens]
    out = []
    for i, n in enumerate(norms):
        s = own[i]["stem"]
        features: dict[str, str | bool] = {"bias": True, "len": str(min(len(n), 8)), **own[i]}
        for k in (1, 2, 3):
            features[f"p{k}"] = n[:k]
            features[f"s{k}"] = n[-k:]
            features[f"stem_s{k}"] = s[-k:]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(tokens):
                features.update({f"{offset:+d}:{key}": value for key, value in own[j].items()})
            else:
                features[f"{offset:+d}:edge"] = True
        if i > 0:
            features["-1|0"] = norms[i - 1] + "|" + n
        if i + 1 < len(tokens):
            features["0|+1"] = n + "|" + norms[i + 1]
        for offset in (-1, 0, 1):
            if 0 <= i + offset < len(tokens):
                for c in classes[i + offset]:
                    features[f"{offset}lex_{c}"] = True
        out.append(features)
    return out


def tag_tokens_crfsuite(tokens: Sequence[str]) -> list[str]:
    """IOB2 tags for one sentence, decoded by crfsuite itself (the reference for ``tag_tokens``)."""
    if not tokens:
        return []
    return list(crf_tagger().tag(sentence_features(tokens)))


# --------------------------------------------------------------------------- fast decoding
#
# crfsuite turns each feature into an attribute ("key:value" for a string value, "key" with weight 1 for
# True) and scores a label by summing the attribute weights, then runs Viterbi over label transitions.
# Nearly every attribute of a token comes from one word (the token's own, or a neighbour's under a
# -2:/-1:/+1:/+2: prefix), so the score each word type adds at each offset is summed once and cached; a
# sentence is then a few vector additions per token plus Viterbi in numpy. Same weights, same argmax:
# tests/test_ner.py checks the tags equal crfsuite's.

_OFFSETS = (-2, -1, 0, 1, 2)


@functools.cache
def _weights() -> tuple[tuple[str, ...], dict[str, Any], Any, dict[str, Any]]:
    """The model's labels, attribute → label-score vector, label transition matrix, and a word's own
    attribute → its scores at each distance (rows -2, -1, 0, +1, +2: ``-1:n:...`` is row 1 of ``n:...``)."""
    import numpy as np

    info = crf_tagger().info()
    labels = tuple(sorted(info.labels, key=lambda label: int(info.labels[label])))
    index = {label: i for i, label in enumerate(labels)}
    vectors: dict[str, Any] = {}
    by_offset: dict[str, Any] = {}
    prefixes = {f"{offset:+d}:": row for row, offset in enumerate(_OFFSETS) if offset}
    for (attribute, label), weight in info.state_features.items():
        vector = vectors.get(attribute)
        if vector is None:
            vector = vectors[attribute] = np.zeros(len(labels))
        vector[index[label]] += weight
        row = prefixes.get(attribute[:3], 2)
        own = attribute[3:] if row != 2 else attribute
        matrix = by_offset.get(own)
        if matrix is None:
            matrix = by_offset[own] = np.zeros((len(_OFFSETS), len(labels)))
        matrix[row, index[label]] += weight
    transitions = np.zeros((len(labels), len(labels)))
    for (a, b), weight in info.transitions.items():
        transitions[index[a], index[b]] = weight
    return labels, vectors, transitions, by_offset


def _attributes(features: Mapping[str, str | bool]) -> list[str]:
    """The crfsuite attributes of some features: ``key:value`` for strings, ``key`` for True."""
    names = []
    for key, value in features.items():
        if isinstance(value, str):
            names.append(f"{key}:{value}")  # an empty string is a value too
        elif value:
            names.append(key)
    return names


@functools.cache
def _score_rows() -> tuple[Any, dict[str, int], dict[str, int]]:
    """Every attribute's scores as one array (attribute, offset row, label), for gathering a word's at once:
    a word's own attributes at every distance (from ``_weights``' by-offset matrices), then the attributes
    that score one row only (prefixes, suffixes, length at row 0; lexicon classes at -1, 0 or +1). The last
    entry is all zeros, for a word with no attribute the model knows."""
    import numpy as np

    labels, vectors, _, by_offset = _weights()
    table = np.zeros((len(by_offset) + len(vectors) + 1, len(_OFFSETS), len(labels)))
    own = {name: i for i, name in enumerate(by_offset)}
    for name, i in own.items():
        table[i] = by_offset[name]
    single = {}
    for i, (name, vector) in enumerate(vectors.items(), start=len(by_offset)):
        lexicon = name.partition("lex_")[0] if "lex_" in name else None
        row = int(lexicon) + 2 if lexicon in ("-1", "0", "1") else 2
        table[i, row] = vector
        single[name] = i
    return table, own, single


def _word_rows(word: str) -> tuple[list[int], str]:
    """The ``_score_rows`` entries of a word's attributes, in crfsuite's feature order, and the word's
    normalised form (for the word-pair features)."""
    table, own_rows, single_rows = _score_rows()
    own = _word_features(word, "")
    n, s = own["n"], own["stem"]
    names = [f"len:{min(len(n), 8)}"]
    for k in (1, 2, 3):
        names += [f"p{k}:{n[:k]}", f"s{k}:{n[-k:]}", f"stem_s{k}:{s[-k:]}"]
    for offset in (-1, 0, 1):
        names += [f"{offset}lex_{c}" for c in _lexicon_classes(word)]
    rows = [i for i in map(own_rows.get, _attributes(own)) if i is not None]
    rows += [i for i in map(single_rows.get, names) if i is not None]
    return rows or [len(table) - 1], n


class _WordScores:
    """Label scores each word adds to the token at each distance (rows: the word at -2, -1, 0, +1, +2), kept
    as rows of one array so that a batch gathers its tokens' scores at once. Bounded: when full, it starts
    again (numpy commits the array's memory only as rows are written)."""

    def __init__(self, capacity: int = 150_000) -> None:
        self.capacity = capacity
        self.index: dict[str, int] = {}
        self.norms: list[str] = []
        self.scores: Any = None

    def ids(self, words: list[str]) -> Any:
        """The row of every word (scoring the new ones first)."""
        import numpy as np

        new = [w for w in dict.fromkeys(words) if w not in self.index]
        if len(self.index) + len(new) > self.capacity:
            self.index.clear()
            self.norms.clear()
            new = list(dict.fromkeys(words))
            if len(new) > self.capacity:  # one batch bigger than the whole store: make room
                self.capacity, self.scores = len(new), None
        if new:
            self._add(new)
        index = self.index
        return np.fromiter((index[w] for w in words), dtype=np.intp, count=len(words))

    def _add(self, words: list[str]) -> None:
        """Score new words together: one gather of their attributes' rows, summed per word in order."""
        import numpy as np

        table = _score_rows()[0]
        if self.scores is None:
            self.scores = np.zeros((self.capacity, *table.shape[1:]))
        first = len(self.norms)
        lists = []
        for word in words:
            rows, n = _word_rows(word)
            lists.append(rows)
            self.index[word] = len(self.norms)
            self.norms.append(n)
        # each word's rows added one after another, in feature order, as crfsuite does; the shorter lists
        # are padded with the zero row (adding 0.0 changes nothing)
        width = max(map(len, lists))
        order = np.full((len(lists), width), len(table) - 1, dtype=np.intp)
        for i, rows in enumerate(lists):
            order[i, : len(rows)] = rows
        total = table[order[:, 0]]
        for j in range(1, width):
            total += table[order[:, j]]
        self.scores[first : len(self.norms)] = total


_WORD_SCORES = _WordScores()


@functools.cache
def _pairs() -> frozenset[str]:
    """The word pairs ``a|b`` of the model's pair attributes (``-1|0:a|b``, ``0|+1:a|b``): others score 0."""
    _, vectors, _, _ = _weights()
    return frozenset(name.split(":", 1)[1] for name in vectors if name.startswith(("-1|0:", "0|+1:")))


def _emissions_of(sentences: Sequence[Sequence[str]]) -> Any:
    """The label scores of every token of some sentences before transitions, the sentences' tokens one after
    another: (tokens, labels). The additions per token come in crfsuite's order, so the sums are its own."""
    import numpy as np

    _, vectors, _, _ = _weights()
    ids = _WORD_SCORES.ids([t for sentence in sentences for t in sentence])
    stacked = _WORD_SCORES.scores[ids]  # (tokens, offsets, labels)
    lengths = np.array([len(sentence) for sentence in sentences])
    total = int(lengths.sum())
    first = np.repeat(np.cumsum(lengths) - lengths, lengths)
    position = np.arange(total) - first  # each token's place in its sentence
    size = np.repeat(lengths, lengths)
    emission = stacked[:, 2] + vectors.get("bias", 0.0)
    inside = {}
    for row, offset in enumerate(_OFFSETS):
        if offset:
            inside[offset] = (position + offset >= 0) & (position + offset < size)  # the neighbour exists
            at = np.flatnonzero(inside[offset])
            emission[at] += stacked[at + offset, row]
    for offset in _OFFSETS:
        edge = vectors.get(f"{offset:+d}:edge") if offset else None
        if edge is not None:
            emission[~inside[offset]] += edge
    pairs, known = _pairs(), _WORD_SCORES.norms
    norms = [known[i] for i in ids.tolist()]
    for i in range(1, total):
        pair = norms[i - 1] + "|" + norms[i]
        if pair in pairs and position[i]:
            for name, at in ((f"-1|0:{pair}", i), (f"0|+1:{pair}", i - 1)):
                vector = vectors.get(name)
                if vector is not None:
                    emission[at] += vector
    return emission


def tag_many(sentences: Sequence[Sequence[str]], batch: int = 128) -> list[list[str]]:
    """IOB2 tags for many sentences: the shipped CRF, decoded by Viterbi in numpy over batches of sentences
    of similar length (see above; the tags equal crfsuite's)."""
    import numpy as np

    labels, _, transitions, _ = _weights()
    out: list[list[str]] = [[] for _ in sentences]
    order = sorted((i for i, s in enumerate(sentences) if len(s)), key=lambda i: len(sentences[i]))
    for g in range(0, len(order), batch):
        group = order[g : g + batch]
        lengths = np.array([len(sentences[i]) for i in group])
        width, count = int(lengths.max()), len(group)
        emission = np.zeros((count, width, len(labels)))
        filled = np.arange(width) < lengths[:, None]  # (sentences, width): the real tokens
        emission[filled] = _emissions_of([sentences[i] for i in group])
        path = viterbi(emission, lengths, transitions, 0.0, 0.0)
        for b, i in enumerate(group):
            out[i] = [labels[j] for j in path[b, : lengths[b]]]
    return out


def tag_tokens(tokens: Sequence[str]) -> list[str]:
    """IOB2 tags for one sentence of tokens (``tag_many`` of one)."""
    return tag_many([tokens])[0]
