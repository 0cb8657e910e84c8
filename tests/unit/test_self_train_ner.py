import importlib.util
import itertools
import types

import pytest

from helpers import config

SCRIPT = config.PROJECT_ROOT / "scripts" / "self_train_ner.py"


def test_crf_marginals_equal_brute_force_sums_over_paths():
    torch = pytest.importorskip("torch")
    spec = importlib.util.spec_from_file_location("self_train_ner", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    torch.manual_seed(0)
    labels = 3
    model = types.SimpleNamespace(start=torch.randn(labels), end=torch.randn(labels),
                                  transitions=torch.randn(labels, labels))  # fmt: skip
    scores, lengths = torch.randn(2, 4, labels), torch.tensor([4, 2])
    got = script.marginals(model, scores, lengths)
    for b in range(2):
        n = int(lengths[b])
        total, z = torch.zeros(n, labels), 0.0
        for path in itertools.product(range(labels), repeat=n):
            s = model.start[path[0]] + scores[b, 0, path[0]] + model.end[path[-1]]
            for t in range(1, n):
                s = s + model.transitions[path[t - 1], path[t]] + scores[b, t, path[t]]
            w = torch.exp(s)
            z = z + w
            for t in range(n):
                total[t, path[t]] += w
        assert torch.allclose(total / z, got[b, :n], atol=1e-5)
