"""The language-model parts of scripts/train_ner_neural.py and scripts/pretrain_ner_lm.py (skipped without torch)."""

import argparse
import importlib.util

import pytest

from helpers import config

SCRIPTS = config.PROJECT_ROOT / "scripts"


def script(name):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tiny_tagger(tn, torch, chars=5):
    torch.manual_seed(0)
    args = argparse.Namespace(char_dim=4, filters=3, widths=[3], dropout=0.0, hidden=6, lm_aux_weight=1.0, lm_top=3)
    return tn.Tagger(torch.randn(8, 5).numpy(), chars + 2, 3, args)


def test_lm_targets_rank_frequent_words_and_mask_padding():
    pytest.importorskip("torch")
    tn = script("train_ner_neural")
    got = tn.lm_targets([["قال", "زيد"], ["قال"]], {"قال": 1})
    assert got.tolist() == [[1, 0], [1, -100]]


def test_forward_prediction_of_a_word_does_not_see_that_word():
    torch = pytest.importorskip("torch")
    tn = script("train_ner_neural")
    tagger = tiny_tagger(tn, torch)
    tagger.eval()
    n = 4
    batch = {"rows": torch.tensor([1, 2, 3, 4]), "chars": torch.ones(n, 2, dtype=torch.long),
             "char_lengths": torch.full((n,), 2), "types": torch.tensor([[0, 1, 2, 3]]),
             "lengths": torch.tensor([n]), "features": torch.randn(n, tn.N_FEATURES, requires_grad=True)}  # fmt: skip
    targets = torch.tensor([[-100, -100, 2, -100]])  # word 2 only: predicted by the forward state at word 1
    tn.lm_loss(tagger, tagger.states(batch), targets).backward()
    grad = batch["features"].grad.abs().sum(1)
    assert grad[1] > 0 and grad[2] == 0 and grad[3] == 0


def test_pretrained_character_rows_are_matched_by_character(tmp_path):
    torch = pytest.importorskip("torch")
    tn = script("train_ner_neural")
    tagger = tiny_tagger(tn, torch)
    source = tiny_tagger(tn, torch)
    with torch.no_grad():
        source.char_emb.weight.copy_(torch.arange(7.0)[:, None].expand(7, 4))
    state = {k: v for k, v in source.state_dict().items() if k.startswith(("char_emb.", "convs.", "lstm."))}
    path = tmp_path / "lm.pt"
    torch.save({"state": state, "chars": {2: "ب", 3: "ا"}}, path)
    tn.load_encoder(tagger, path, {"ا": 2, "ب": 3, "ت": 4})
    rows = tagger.char_emb.weight[:, 0].tolist()
    assert rows[2] == 3.0 and rows[3] == 2.0 and rows[1] == 1.0
