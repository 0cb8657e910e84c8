"""The neural NER tagger: its word features, the numpy runtime against the training framework's tags."""

import json

import pytest

from helpers import config
from helpers.extract.ner import entities, neural, tag_many, tag_tokens
from helpers.resources.ner_model import neural_path, neural_weights

FIXTURE = config.PROJECT_ROOT / "tests" / "data" / "ner_neural_torch_tags.json"
SCRIPT = config.PROJECT_ROOT / "scripts" / "train_ner_neural.py"


def test_word_features_mark_names_places_and_unknown_words():
    vocabulary = {"احمد": 1}
    row, how = neural.word_key("أحمد", vocabulary)
    assert (row, how) == (1, 0)
    person = neural.word_features("أحمد", how)
    assert len(person) == neural.N_FEATURES
    assert person[neural.SHAPES.index("ar")] == 1.0
    assert person[len(neural.SHAPES) + 3] == 1.0  # a personal name
    assert neural.word_key("بنغازي", vocabulary) == (0, 2)
    assert neural.word_features("بنغازي", 2)[len(neural.SHAPES) + 2] == 1.0  # a place


def test_a_word_is_found_without_its_clitics():
    assert neural.word_key("وليبيا", {"ليبيا": 3}) == (3, 1)


def test_word_chars_are_normalised_ids_and_never_empty():
    assert neural.word_chars("أب", {"ا": 2, "ب": 3}) == [2, 3]
    assert neural.word_chars("", {}) == [1]
    assert len(neural.word_chars("ا" * 40, {"ا": 2})) == neural.MAX_CHARS


def test_shipped_weights_are_small_with_quantised_embeddings():
    assert neural_path().stat().st_size < 20 * 2**20
    assert neural_weights()["emb"].dtype.name in ("float16", "int8")


def test_numpy_runtime_gives_the_training_frameworks_tags():
    """The fixture holds torch's tags of the bundled corpus's first sentences (scripts/train_ner_neural.py)."""
    cases = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert sum(len(c["tokens"]) for c in cases) >= 2000
    assert tag_many([c["tokens"] for c in cases], "neural") == [c["tags"] for c in cases]


def test_numpy_runtime_equals_torch_when_torch_is_here():
    """Rebuilds the training script's torch model from the exported weights and compares its tags with the
    numpy runtime's (skipped without torch)."""
    torch = pytest.importorskip("torch")
    import argparse
    import importlib.util

    import numpy as np

    spec = importlib.util.spec_from_file_location("train_ner_neural", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    w, runtime = neural_weights(), neural._model()
    vectors = runtime.emb.astype(np.float32)
    if "emb_scale" in w:
        vectors *= w["emb_scale"][:, None]
    widths = [k for k, _, _ in runtime.convs]
    args = argparse.Namespace(char_dim=w["char_emb"].shape[1], filters=w["conv_w"].shape[0], dropout=0.0,
                              hidden=runtime.hidden, widths=widths, span_features=runtime.n_span > 0)  # fmt: skip
    model = script.Tagger(vectors, w["char_emb"].shape[0], len(runtime.labels), args)
    state = {"emb.weight": vectors, "char_emb.weight": w["char_emb"], "out.weight": w["out_w"],
             "out.bias": w["out_b"], "transitions": w["transitions"], "start": w["start"], "end": w["end"]}  # fmt: skip
    for i in range(len(widths)):
        state[f"convs.{i}.weight"], state[f"convs.{i}.bias"] = w[f"conv_w{i or ''}"], w[f"conv_b{i or ''}"]
    for suffix, d in (("", "f"), ("_reverse", "b")):
        state[f"lstm.weight_ih_l0{suffix}"] = w[f"w_ih_{d}"]
        state[f"lstm.weight_hh_l0{suffix}"] = w[f"w_hh_{d}"]
        state[f"lstm.bias_ih_l0{suffix}"] = w[f"b_{d}"]
        state[f"lstm.bias_hh_l0{suffix}"] = np.zeros_like(w[f"b_{d}"])
    model.load_state_dict({k: torch.tensor(np.asarray(v, dtype=np.float32)) for k, v in state.items()})
    encoder = script.Encoder(runtime.vocabulary, runtime.chars)
    encoder.spans_on = runtime.n_span > 0
    sentences = [c["tokens"] for c in json.loads(FIXTURE.read_text(encoding="utf-8"))]
    assert script.predict(model, encoder, sentences, list(runtime.labels)) == tag_many(sentences, "neural")


def test_batched_tags_equal_one_sentence_at_a_time():
    cases = json.loads(FIXTURE.read_text(encoding="utf-8"))[:60]
    sentences = [c["tokens"] for c in cases] + [[], ["درنة"]]
    assert neural.tag_many(sentences, batch=7) == [tag_tokens(s, "neural") for s in sentences]


def test_input_store_that_fills_up_starts_again_with_the_same_tags(monkeypatch):
    cases = json.loads(FIXTURE.read_text(encoding="utf-8"))[:80]
    sentences = [c["tokens"] for c in cases]
    expected = tag_many(sentences, "neural")
    small = neural._InputStore(capacity=200)
    monkeypatch.setattr(neural, "_STORE", small)
    got = [t for i in range(0, len(sentences), 5) for t in neural.tag_many(sentences[i : i + 5])]
    assert got == expected
    assert len(small.index) <= 200 and small.capacity == 200


def test_neural_tagger_finds_a_person_and_a_place():
    tokens = ["وقال", "المتحدث", "باسم", "الجيش", "الليبي", "أحمد", "المسماري", "إن", "القوات", "دخلت", "بنغازي"]
    found = entities(tokens, tag_tokens(tokens, "neural"))
    assert (5, 7, "PERS") in found
    assert (10, 11, "LOC") in found


def test_tagging_runs_blas_on_one_thread_and_restores_it():
    found = neural._openblas()
    if found is None:
        pytest.skip("numpy's OpenBLAS not found")
    get, _ = found
    before = get()
    with neural._one_blas_thread():
        assert get() == 1
    assert get() == before


def test_input_store_keeps_the_most_used_words_when_it_evicts():
    import numpy as np

    store = neural._InputStore(capacity=50)
    model = neural._model()
    store.ids(model, [f"كلمة{i}" for i in range(30)] + ["في"] * 20 + ["قال"] * 10)
    rows = store.ids(model, [f"اسم{i}" for i in range(30)] + ["في"])
    assert "في" in store.index and "قال" in store.index
    assert len(store.index) == 50
    fresh = neural._InputStore(capacity=5)
    row = fresh.ids(model, ["في"])[0]
    assert np.allclose(store.forward[rows[-1]], fresh.forward[row], atol=1e-5)  # moved intact


def _plain_lstm(projected, w_hh):
    """The LSTM step written out of place: the reference the in-place runtime must equal bit for bit."""
    import numpy as np

    batch, width, four = projected.shape
    hidden = four // 4
    half = np.full(four, 0.5, dtype=np.float32)
    half[2 * hidden : 3 * hidden] = 1.0
    h = np.zeros((batch, hidden), dtype=np.float32)
    c = np.zeros((batch, hidden), dtype=np.float32)
    out = np.empty((batch, width, hidden), dtype=np.float32)
    for t in range(width):
        gates = np.tanh((projected[:, t] + h @ w_hh) * half)
        i, f = 0.5 + 0.5 * gates[:, :hidden], 0.5 + 0.5 * gates[:, hidden : 2 * hidden]
        o = 0.5 + 0.5 * gates[:, 3 * hidden :]
        c = f * c + i * gates[:, 2 * hidden : 3 * hidden]
        h = o * np.tanh(c)
        out[:, t] = h
    return out


def test_lstm_reads_its_inputs_by_row_and_equals_the_plain_recurrence_exactly():
    import numpy as np

    rng = np.random.default_rng(3)
    inputs = rng.standard_normal((9, 16), dtype=np.float32)
    w_hh = rng.standard_normal((4, 16), dtype=np.float32)
    order = np.array([[0, 3, 5, 8], [2, 2, 8, 8], [7, 1, 4, 6]])
    expected = _plain_lstm(inputs[order], w_hh)
    assert np.array_equal(neural._lstm(inputs, order, w_hh), expected)
