import importlib.util

import numpy as np
import pytest

from helpers import config

SCRIPT = config.PROJECT_ROOT / "scripts" / "ner_ensemble.py"
LABELS = ["B-LOC", "B-PERS", "I-LOC", "I-PERS", "O"]


@pytest.fixture(scope="module")
def ensemble():
    spec = importlib.util.spec_from_file_location("ner_ensemble", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_repair_turns_a_stray_inside_tag_into_a_beginning(ensemble):
    assert ensemble.repair(["O", "I-PERS", "I-PERS", "B-LOC", "I-PERS"]) == ["O", "B-PERS", "I-PERS", "B-LOC", "B-PERS"]


def test_vote_takes_the_majority_tag(ensemble):
    paths = [["B-PERS", "O"], ["B-PERS", "O"], ["O", "B-LOC"]]
    assert ensemble.vote(paths, ["L1", "MT", "B"]) == ["B-PERS", "O"]


def test_vote_tie_goes_to_the_baseline(ensemble):
    assert ensemble.vote([["B-LOC"], ["B-PERS"]], ["L1", "B"]) == ["B-PERS"]


def test_viterbi_never_starts_inside_an_entity(ensemble):
    probs = np.array([[0.05, 0.2, 0.05, 0.6, 0.1]])
    assert ensemble.viterbi(np.log(probs), LABELS) == ["B-PERS"]


def test_viterbi_keeps_an_inside_tag_after_its_own_type(ensemble):
    probs = np.array([[0.1, 0.7, 0.0, 0.1, 0.1], [0.1, 0.1, 0.2, 0.5, 0.1]])
    assert ensemble.viterbi(np.log(probs + 1e-9), LABELS) == ["B-PERS", "I-PERS"]


def test_mean_marginals_average_the_members(ensemble):
    one = np.array([[0.0, 0.9, 0.0, 0.0, 0.1]])
    two = np.array([[0.0, 0.0, 0.0, 0.0, 1.0]])
    assert ensemble.mean_marginals([one, two, two], LABELS) == ["O"]


def test_agreement_counts_the_weakest_token(ensemble):
    paths = [["B-PERS", "O"], ["B-PERS", "B-LOC"], ["O", "O"]]
    assert ensemble.agreement(paths, ["B-PERS", "O"]) == 2
