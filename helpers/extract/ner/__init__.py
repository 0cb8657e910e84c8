"""Arabic named-entity tagger, trained by our own code and shipped in the repo.

Labels are IOB2 over PERS, LOC, ORG and MISC (ANERcorp's classes). Two taggers, chosen by
``config.ExtractionSettings.ner_model``: ``"neural"`` (a BiLSTM-CRF with a character CNN, news word
embeddings and name-list features, run in numpy: ``ner.neural``) and ``"crf"`` (a feature CRF: ``ner.crf``).
With the neural tagger, a name found twice in an article is also tagged where the model left it untagged nearby
(``ner.consistency``; ``tag_text`` does the same for running text given as sentences).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from helpers import config
from helpers.extract.article import Article
from helpers.extract.ner import crf
from helpers.extract.ner.crf import sentence_features, tag_tokens_crfsuite
from helpers.text.arabic import HAS_ARABIC
from helpers.text.tokens import token_spans

__all__ = ["entities", "read_conll", "sentence_features", "tag_entities", "tag_many", "tag_text", "tag_tokens",
           "tag_tokens_crfsuite"]  # fmt: skip

REQUIRES = ("sentences",)
ASSIGNS = ("entities",)


def tag_many(sentences: Sequence[Sequence[str]], model: str | None = None) -> list[list[str]]:
    """IOB2 tags for many sentences (batched), by ``model`` or else the configured tagger."""
    model = model or config.extraction_settings().ner_model
    if model == "crf":
        return crf.tag_many(sentences)
    if model == "neural":
        from helpers.extract.ner import neural

        return neural.tag_many(sentences)
    raise ValueError(f"unknown NER model {model!r}: 'neural' or 'crf'")


def tag_text(sentences: Sequence[Sequence[str]], model: str | None = None) -> list[list[str]]:
    """IOB2 tags for running text (the sentences of one document, in order): ``tag_many``, then, with the
    neural tagger, document-level label consistency (``ner.consistency``)."""
    tags = tag_many(sentences, model)
    if (model or config.extraction_settings().ner_model) != "neural":
        return tags
    from helpers.extract.ner.consistency import consistent_tags

    return consistent_tags(sentences, tags)


def tag_tokens(tokens: Sequence[str], model: str | None = None) -> list[str]:
    """IOB2 tags for one sentence of tokens (``tag_many`` of one)."""
    return tag_many([tokens], model)[0]


def read_conll(lines: Iterable[str]) -> Iterator[list[list[str]]]:
    """Sentences from CoNLL-style lines: one token per line (extra columns kept), blank line between sentences."""
    sentence: list[list[str]] = []
    for line in lines:
        parts = line.replace("\u200e", "").strip().split()
        if not parts:
            if sentence:
                yield sentence
                sentence = []
            continue
        sentence.append(parts)
    if sentence:
        yield sentence


def entities(tokens: Sequence[str], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans (first token, last token + 1, type) from IOB2 tags; a stray I- starts an entity."""
    if tags.count("O") == len(tags):
        return []  # most chunks name nothing
    spans: list[tuple[int, int, str]] = []
    start, kind = None, ""
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and start is not None and tag[2:] == kind
        if not inside and start is not None:
            spans.append((start, i, kind))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and not inside):
            start, kind = i, tag[2:]
    return spans


class _ChunkMemo:
    """Entity spans (first token, last token + 1, type) of chunks of words, remembered for the chunks seen
    last: the spans are a pure function of the words, and news repeats its boilerplate across articles.
    Bounded: when full it starts again, so memory stays flat however long a build runs."""

    def __init__(self, capacity: int = 8_192) -> None:
        self.capacity = capacity
        self.spans: dict[tuple[str, ...], list[tuple[int, int, str]]] = {}

    def lookup(self, chunks: list[tuple[str, ...]]) -> dict[tuple[str, ...], list[tuple[int, int, str]]]:
        """The spans of every chunk, tagging (together, in one batch) only those not remembered."""
        found = {c: self.spans[c] for c in chunks if c in self.spans}
        todo = [c for c in dict.fromkeys(chunks) if c not in found]
        if len(self.spans) + len(todo) > self.capacity:
            self.spans.clear()
        for words, tags in zip(todo, tag_many(todo), strict=True):
            found[words] = self.spans[words] = entities(words, tags)
        return found


_CHUNK_ENTITIES = _ChunkMemo()


def tag_entities(articles: Sequence[Article]) -> None:
    """The NER component: the model's entities of every sentence with Arabic in it, for several articles at
    once (the tagger is fastest on many sentences; a chunk repeated across articles is tagged once). Sentences
    longer than ``max_sentence_tokens`` are tagged in windows of that many tokens. With the neural tagger, the
    entities of each article are then made consistent (``ner.consistency``: the article's windows in order)."""
    width = config.extraction_settings().max_sentence_tokens
    chunks: list[tuple[str, ...]] = []
    where: list[tuple[Article, int, list[tuple[int, int]]]] = []
    for article in articles:
        text = article.text
        for sentence_id, (s, e) in enumerate(article.sentences):
            if not HAS_ARABIC.search(text, s, e):
                continue
            spans = token_spans(text, s, e)
            for i in range(0, len(spans), width):
                window = spans[i : i + width]
                chunks.append(tuple(text[a:b] for a, b in window))
                where.append((article, sentence_id, window))
    found_in = _CHUNK_ENTITIES.lookup(chunks)
    spans = [found_in[words] for words in chunks]
    if config.extraction_settings().ner_model == "neural":  # label consistency within each article
        from helpers.extract.ner.consistency import consistent_spans

        start = 0
        while start < len(chunks):
            end = start
            while end < len(chunks) and where[end][0] is where[start][0]:
                end += 1
            spans[start:end] = consistent_spans(chunks[start:end], spans[start:end])
            start = end
    for found, (article, sentence_id, window) in zip(spans, where, strict=True):
        if found:
            article.entities.setdefault(sentence_id, []).extend(
                (window[first][0], window[last - 1][1], kind) for first, last, kind in found
            )
