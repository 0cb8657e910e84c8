import gzip
import importlib.util

import pytest

from helpers import config

SCRIPT = config.PROJECT_ROOT / "scripts" / "ner_train" / "lexicon.py"


@pytest.fixture(scope="module")
def lexicon():
    spec = importlib.util.spec_from_file_location("ner_lexicon", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def table(tmp_path, lexicon):
    path = tmp_path / "lexicon.tsv.gz"
    rows = ["# word\tn\t" + "\t".join(lexicon.COLUMNS), "سلمان\t200\t150\t40\t0\t0\t5\t0\t0\t0",
            "نادر\t3\t3\t0\t0\t0\t0\t0\t0\t0"]  # fmt: skip
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(rows) + "\n")
    return lexicon.read_lexicon(path, min_count=5)


def test_words_seen_too_rarely_are_left_out(table):
    assert set(table) == {"سلمان"}


def test_features_are_smoothed_shares_and_a_count_bucket(lexicon, table):
    features = lexicon.lexicon_features("سلمان", table, alpha=1.0)
    assert len(features) == lexicon.N_LEXICON
    assert features[0] == pytest.approx(151 / 205)  # B-PERS
    assert features[2] == pytest.approx(1 / 205)  # B-ORG, never seen: alpha only
    assert features[len(lexicon.COLUMNS) :] == [0.0, 0.0, 1.0, 0.0]  # 100 <= n < 1000


def test_a_word_with_a_proclitic_reads_the_bare_words_row(lexicon, table):
    assert lexicon.lexicon_features("وسلمان", table) == lexicon.lexicon_features("سلمان", table)


def test_an_unknown_word_has_zero_features(lexicon, table):
    assert lexicon.lexicon_features("قلم", table) == [0.0] * lexicon.N_LEXICON
