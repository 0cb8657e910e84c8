"""Tests for helpers.ner: features, span decoding, the shipped model and the CoNLL command."""

import subprocess
import sys

from helpers import config
from helpers.extract.ner import entities, read_conll, sentence_features, stem, tag_tokens


def test_stem_takes_clitics_off():
    assert stem("وبالجيش") == "جيش"
    assert stem("للقوات") == "قوات"
    assert stem("درنه") == "درنه"


def test_features_mark_places_and_names():
    features = sentence_features(["قال", "أحمد", "في", "بنغازي"])
    assert features[1]["person"] is True
    assert features[3]["place"] is True
    assert features[0]["+1:person"] is True
    assert features[0]["-1:edge"] is True


def test_entities_from_iob2():
    tags = ["B-PERS", "I-PERS", "O", "B-LOC", "I-ORG", "O"]
    assert entities(list("abcdef"), tags) == [(0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "ORG")]


def test_read_conll_splits_on_blank_lines():
    sentences = list(read_conll(["أ O", "ب B-LOC", "", "", "ج O"]))
    assert [[p[0] for p in s] for s in sentences] == [["أ", "ب"], ["ج"]]


def test_shipped_model_tags_news_sentences():
    tokens = ["وقال", "المتحدث", "باسم", "الجيش", "الليبي", "أحمد", "المسماري", "إن", "القوات", "تقدمت"]
    tags = tag_tokens(tokens)
    assert len(tags) == len(tokens)
    assert (tags[tokens.index("أحمد")], tags[tokens.index("المسماري")]) == ("B-PERS", "I-PERS")
    tokens = ["وصلت", "القوات", "إلى", "مدينة", "بنغازي", "أمس"]
    assert tag_tokens(tokens)[tokens.index("بنغازي")] == "B-LOC"


def test_empty_sentence_is_fine():
    assert tag_tokens([]) == []


def test_ner_command_prints_token_tag_lines(tmp_path):
    path = tmp_path / "in.conll"
    path.write_text("زار O\nالرئيس O\nالقاهرة O\n\nوصل O\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "helpers", "ner", str(path)],
        capture_output=True,
        text=True,
        cwd=config.PROJECT_ROOT,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert lines[3] == "" and len(lines) == 6
    assert all(len(line.split()) == 2 for line in lines if line)
    assert lines[2].split()[0] == "القاهرة"


def _corpus_sentences(limit: int = 400) -> list[list[str]]:
    """Token lists of sentences of the bundled corpus (the same tokeniser the actors module uses)."""
    from helpers.extract.actors import tokens
    from helpers.ingest.loading import load_corpus
    from helpers.text.sentences import sentence_spans

    out = []
    for text in load_corpus(config.corpus_dir()).articles["text"]:
        for s, e in sentence_spans(text):
            words = [text[a:b] for a, b in tokens(text, s, e)][:120]
            if words:
                out.append(words)
    return out[:limit]


def test_fast_decoder_gives_crfsuite_tags():
    from helpers.extract.ner import tag_tokens_crfsuite

    sentences = _corpus_sentences()
    assert len(sentences) >= 200
    assert [tag_tokens(s) for s in sentences] == [tag_tokens_crfsuite(s) for s in sentences]


def test_batched_tagging_equals_one_by_one():
    from helpers.extract.ner import tag_many

    sentences = [*_corpus_sentences(150), [], ["درنة"]]
    assert tag_many(sentences, batch=16) == [tag_tokens(s) for s in sentences]
    assert tag_many(sentences, batch=16)[-2:] == [[], [tag_tokens(["درنة"])[0]]]


def test_word_score_store_that_fills_up_starts_again_with_the_same_tags(monkeypatch):
    from helpers.extract import ner

    sentences = _corpus_sentences(120)
    expected = [ner.tag_tokens_crfsuite(s) for s in sentences]
    small = ner._WordScores(capacity=300)  # far fewer than the words of these sentences
    monkeypatch.setattr(ner, "_WORD_SCORES", small)
    got = [tag for i in range(0, len(sentences), 10) for tag in ner.tag_many(sentences[i : i + 10])]
    assert got == expected
    assert len(small.index) <= 300 and small.capacity == 300
