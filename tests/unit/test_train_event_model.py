"""scripts/train_event_model.py: writing the weights file without a CV run, from a choice made by an earlier one."""

import json

import numpy as np
import pytest

from helpers.extract.incidents import model
from helpers.extract.incidents.signals import feature_names
from scripts import train_event_model as trainer


def tiny_sets(count=3, rows=40):
    """Synthetic sets: random features, a label that follows the first feature."""
    rng = np.random.default_rng(7)
    sets = []
    for k in range(count):
        X = rng.random((rows, len(feature_names())))
        sets.append({"name": f"tiny/set{k}", "X": X, "y": (X[:, 0] > 0.5).astype(float), "gold": [{}] * 10})
    return sets


@pytest.fixture
def no_pipeline(monkeypatch):
    """load_sets gives the synthetic sets; a CV run would fail the test."""
    monkeypatch.setattr(trainer, "load_sets", lambda cache: tiny_sets())
    monkeypatch.setattr(trainer, "cross_validate", lambda sets: pytest.fail("the write ran a CV"))


def test_write_with_a_given_l2_and_threshold_writes_a_readable_file_without_cv(no_pipeline, tmp_path):
    out = tmp_path / "event_model.json"
    trainer.main(["--write", "--l2", "10", "--threshold", "0.4", "--out", str(out)])
    written = json.loads(out.read_text(encoding="utf-8"))
    assert (written["l2"], written["threshold"], written["rows"]) == (10.0, 0.4, 120)
    assert "L2 10.0 given by hand" in written["chosen_by"]
    assert model.read_model(out).threshold == 0.4


def test_write_with_the_choice_of_a_cv_run_carries_its_record(no_pipeline, tmp_path):
    source, out = tmp_path / "chosen.json", tmp_path / "event_model.json"
    trainer.main(["--write", "--l2", "30", "--threshold", "0.35", "--out", str(source)])
    record = {"command": "--cv --curve", "code": "abc1234", "sets": 45}
    chosen = json.loads(source.read_text(encoding="utf-8")) | {"cv_run": record, "cv_pooled_leave_one_set_out": ["x"]}
    source.write_text(json.dumps(chosen), encoding="utf-8")
    trainer.main(["--write", "--choice-from", str(source), "--out", str(out)])
    written = json.loads(out.read_text(encoding="utf-8"))
    assert (written["l2"], written["threshold"]) == (30.0, 0.35)
    assert (written["cv_run"], written["cv_pooled_leave_one_set_out"]) == (record, ["x"])
    assert f"--choice-from {source}" in written["chosen_by"]


def test_a_choice_without_write_or_without_a_threshold_is_refused(no_pipeline, tmp_path):
    with pytest.raises(SystemExit):
        trainer.main(["--l2", "10", "--threshold", "0.4"])
    with pytest.raises(SystemExit):
        trainer.main(["--write", "--l2", "10", "--out", str(tmp_path / "m.json")])


def test_the_threshold_is_the_best_of_the_smoothed_f1_not_a_lone_peak():
    grid = (0.3, 0.35, 0.4, 0.45, 0.5)
    assert trainer.smoothed_best([60.0, 68.0, 68.0, 69.0, 60.0], grid) == 0.4  # a broad top: its middle
    assert trainer.smoothed_best([68.0, 69.0, 60.0, 60.0, 60.0], grid) == 0.3  # the ends count twice
    assert trainer.smoothed_best([60.0, 60.0, 60.0, 70.0, 50.0], grid) == 0.4  # the lone peak's neighbour wins
