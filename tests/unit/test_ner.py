"""The NER package and its CRF tagger: features, span decoding, the shipped model, the CoNLL command and the
pipeline component."""

import subprocess
import sys

from helpers import config
from helpers.extract import ner
from helpers.extract.article import Article
from helpers.extract.ner import crf, entities, read_conll, sentence_features, tag_tokens
from helpers.resources.ner_model import crf_tagger, model_path
from helpers.text.tokens import token_spans


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


def test_shipped_model_is_the_one_the_tagger_opens():
    assert model_path().is_file()
    assert crf_tagger().info().state_features  # a trained model, opened from model_path()


def test_component_tags_the_sentences_of_several_articles_with_offsets_into_each_text():
    texts = [
        "عنوان\n\nوقال المتحدث باسم الجيش الليبي أحمد المسماري إن القوات تقدمت.",
        "The army said.\nوصلت القوات إلى مدينة بنغازي أمس.",
        "",
    ]
    articles = [Article.from_record({"article_id": str(i), "text": t}) for i, t in enumerate(texts)]
    ner.tag_entities(articles)
    found = [{(a.text[s:e], kind) for spans in a.entities.values() for s, e, kind in spans} for a in articles]
    assert ("أحمد المسماري", "PERS") in found[0]
    assert ("بنغازي", "LOC") in found[1]
    assert articles[1].entities.keys() == {1}  # the English sentence is not tagged
    assert found[2] == set()
    for article in articles:
        for sentence_id, spans in article.entities.items():
            s, e = article.sentences[sentence_id]
            assert all(s <= a < b <= e for a, b, _ in spans)


def test_long_sentences_are_tagged_in_windows_with_offsets_into_the_text(monkeypatch):
    sentence = "وقال المتحدث باسم الجيش الليبي أحمد المسماري إن القوات دخلت المدينة و "
    text = sentence * 12  # one sentence of 144 tokens
    whole = Article.from_record({"article_id": "a", "text": text})
    assert len(whole.sentences) == 1 and len(token_spans(text)) > 100
    monkeypatch.setattr(config, "extraction_settings", lambda: config.ExtractionSettings(max_sentence_tokens=12))
    monkeypatch.setattr(ner, "_CHUNK_ENTITIES", ner._ChunkMemo())  # nothing remembered from other tests
    windows: list[int] = []
    tag_many = ner.tag_many

    def counted(sentences, *args, **kwargs):
        windows.extend(len(s) for s in sentences)
        return tag_many(sentences, *args, **kwargs)

    monkeypatch.setattr(ner, "tag_many", counted)
    ner.tag_entities([whole])
    assert windows and max(windows) <= 12
    people = [text[a:b] for a, b, kind in whole.entities[0] if kind == "PERS"]
    assert people == ["أحمد المسماري"] * 12


def _corpus_sentences(limit: int = 400) -> list[list[str]]:
    """Token lists of sentences of the bundled corpus (the same tokeniser the NER component uses)."""
    from helpers.ingest.corpus import load_corpus
    from helpers.text.sentences import sentence_spans

    out = []
    for text in load_corpus(config.corpus_dir()).articles["text"]:
        for s, e in sentence_spans(text):
            words = [text[a:b] for a, b in token_spans(text, s, e)][:120]
            if words:
                out.append(words)
    return out[:limit]


def test_fast_decoder_gives_crfsuite_tags():
    sentences = _corpus_sentences()
    assert len(sentences) >= 200
    assert [crf.tag_tokens(s) for s in sentences] == [crf.tag_tokens_crfsuite(s) for s in sentences]


def test_batched_tagging_equals_one_by_one():
    sentences = [*_corpus_sentences(150), [], ["درنة"]]
    assert crf.tag_many(sentences, batch=16) == [crf.tag_tokens(s) for s in sentences]
    assert crf.tag_many(sentences, batch=16)[-2:] == [[], [crf.tag_tokens(["درنة"])[0]]]


def test_the_setting_chooses_the_tagger(monkeypatch):
    calls = []
    monkeypatch.setattr(crf, "tag_many", lambda sentences: calls.append(sentences) or [["O"] for _ in sentences])
    monkeypatch.setattr(config, "extraction_settings", lambda: config.ExtractionSettings(ner_model="crf"))
    assert tag_tokens(["درنة"]) == ["O"] and calls == [[["درنة"]]]


def test_an_unknown_tagger_is_refused():
    import pytest

    with pytest.raises(ValueError, match="unknown NER model"):
        tag_tokens(["درنة"], model="svm")


def test_word_score_store_that_fills_up_starts_again_with_the_same_tags(monkeypatch):
    sentences = _corpus_sentences(120)
    expected = [crf.tag_tokens_crfsuite(s) for s in sentences]
    small = crf._WordScores(capacity=300)  # far fewer than the words of these sentences
    monkeypatch.setattr(crf, "_WORD_SCORES", small)
    got = [tag for i in range(0, len(sentences), 10) for tag in crf.tag_many(sentences[i : i + 10])]
    assert got == expected
    assert len(small.index) <= 300 and small.capacity == 300


def test_remembered_chunks_give_the_tagger_spans_and_the_memo_stays_bounded(monkeypatch):
    sentences = list(dict.fromkeys(tuple(s) for s in _corpus_sentences(60)))
    expected = {s: entities(s, tag_tokens(list(s))) for s in sentences}
    memo = ner._ChunkMemo(capacity=25)  # fewer than the chunks
    tagged: list[tuple[str, ...]] = []
    tag_many = ner.tag_many

    def counted(chunks, *args, **kwargs):
        tagged.extend(chunks)
        return tag_many(chunks, *args, **kwargs)

    monkeypatch.setattr(ner, "tag_many", counted)
    for i in range(0, len(sentences), 10):
        chunk = sentences[i : i + 10]
        assert memo.lookup(chunk + chunk[:3]) == {s: expected[s] for s in chunk}
        assert len(memo.spans) <= 25
    assert sorted(tagged) == sorted(sentences)  # each chunk tagged once, though asked for again in its call
    tagged.clear()
    last = sentences[-5:]
    assert memo.lookup(last) == {s: expected[s] for s in last}
    assert tagged == []  # remembered
