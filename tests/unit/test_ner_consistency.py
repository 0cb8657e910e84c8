from helpers import config
from helpers.extract import ner
from helpers.extract.article import Article
from helpers.extract.ner.consistency import consistent_spans, consistent_tags

TWICE = [["وصل", "سامي", "الجابر"], ["وقال", "سامي", "الجابر"]]
PERSON = [(1, 3, "PERS")]


def test_a_name_found_twice_nearby_is_tagged_where_it_was_missed():
    sentences = [*TWICE, ["ثم", "غادر", "سامي", "الجابر"]]
    out = consistent_spans(sentences, [PERSON, PERSON, []])
    assert out[2] == [(2, 4, "PERS")]


def test_a_name_found_once_is_not_copied():
    sentences = [["وصل", "سامي", "الجابر"], ["ثم", "غادر", "سامي", "الجابر"]]
    assert consistent_spans(sentences, [PERSON, []])[1] == []


def test_a_name_outside_the_window_is_not_copied():
    sentences = [*TWICE, ["كلام"], ["ثم", "غادر", "سامي", "الجابر"]]
    assert consistent_spans(sentences, [PERSON, PERSON, [], []], window=1)[3] == []


def test_the_first_word_may_carry_a_proclitic():
    sentences = [["فاز", "ليون"], ["خسر", "ليون"], ["وفاز", "وليون"]]
    out = consistent_spans(sentences, [[(1, 2, "ORG")], [(1, 2, "ORG")], []])
    assert out[2] == [(1, 2, "ORG")]


def test_a_two_letter_word_is_never_copied():
    sentences = [["قال", "مع"], ["قال", "مع"], ["جاء", "مع"]]
    assert consistent_spans(sentences, [[(1, 2, "ORG")], [(1, 2, "ORG")], []])[2] == []


def test_a_name_found_with_two_types_as_often_is_not_copied():
    sentences = [["في", "عمان"], ["في", "عمان"], ["الى", "عمان"]]
    assert consistent_spans(sentences, [[(1, 2, "LOC")], [(1, 2, "ORG")], []])[2] == []


def test_an_occurrence_right_after_an_entity_is_left_alone():
    sentences = [*TWICE, ["قال", "احمد", "سامي", "الجابر"]]
    assert consistent_spans(sentences, [PERSON, PERSON, [(1, 2, "PERS")]])[2] == [(1, 2, "PERS")]


def test_consistent_tags_writes_iob2():
    tags = [["O", "B-PERS", "I-PERS"], ["O", "B-PERS", "I-PERS"], ["O", "O", "O", "O"]]
    out = consistent_tags([*TWICE, ["ثم", "غادر", "سامي", "الجابر"]], tags)
    assert out[2] == ["O", "O", "B-PERS", "I-PERS"]


def test_the_component_makes_each_articles_entities_consistent(monkeypatch):
    def fake(sentences, *args, **kwargs):
        return [["O", "B-PERS", "I-PERS"] if s[0] in ("وصل", "وقال") else ["O"] * len(s) for s in sentences]

    monkeypatch.setattr(config, "extraction_settings", lambda: config.ExtractionSettings(ner_model="neural"))
    monkeypatch.setattr(ner, "_CHUNK_ENTITIES", ner._ChunkMemo())
    monkeypatch.setattr(ner, "tag_many", fake)
    texts = ["وصل سامي الجابر. وقال سامي الجابر. ثم غادر سامي الجابر.", "ثم غادر سامي الجابر."]
    articles = [Article.from_record({"article_id": str(i), "text": t}) for i, t in enumerate(texts)]
    ner.tag_entities(articles)
    found = [[(a.text[s:e], kind) for spans in a.entities.values() for s, e, kind in spans] for a in articles]
    assert found[0] == [("سامي الجابر", "PERS")] * 3
    assert found[1] == []  # another article: nothing copied into it


def test_tag_text_leaves_the_crf_tags_alone(monkeypatch):
    tags = [["O", "B-PERS", "I-PERS"], ["O", "B-PERS", "I-PERS"], ["O", "O", "O", "O"]]
    monkeypatch.setattr(ner, "tag_many", lambda sentences, model=None: tags)
    assert ner.tag_text([*TWICE, ["ثم", "غادر", "سامي", "الجابر"]], "crf") == tags
    assert ner.tag_text([*TWICE, ["ثم", "غادر", "سامي", "الجابر"]], "neural")[2] == ["O", "O", "B-PERS", "I-PERS"]
