import importlib.util

import numpy as np
import pytest

from helpers import config

SCRIPT = config.PROJECT_ROOT / "scripts" / "ner_train" / "subword.py"


@pytest.fixture(scope="module")
def subword():
    spec = importlib.util.spec_from_file_location("ner_subword", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_linear_map_recovers_an_affine_map(subword):
    rng = np.random.default_rng(1)
    source = rng.normal(size=(200, 4)).astype(np.float32)
    target = source @ rng.normal(size=(4, 3)).astype(np.float32) + 0.5
    mapping = subword.linear_map(source, target)
    assert np.allclose(subword.apply_map(source, mapping), target, atol=1e-3)


def test_int8_quantisation_keeps_each_row_within_its_step(subword):
    vectors = np.array([[0.5, -1.0, 0.25], [0.0, 0.0, 0.0]], dtype=np.float32)
    out = subword.quantise(vectors, int8=True)
    assert np.all(np.abs(out - vectors) <= 1.0 / 127) and np.all(out[1] == 0)
