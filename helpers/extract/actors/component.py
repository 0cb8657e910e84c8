"""The actor component: who acts and who speaks.

Each sentence gets the rule mentions (curated aliases, institutions, states, units, armed groups, a bare
"the army", nationalities) and the model's person, organisation and other entities (not a word's fragment,
not a name after a place word); overlapping ones are merged (alias > institution > state > unit > armed group
> model > nationality > coreference) and persons get the rank and role written before their name. Then the
article's mentions get canonical names, ACLED types and countries (``canonical``), and media names in
datelines and credits are dropped (metadata). Offsets index the article's text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from helpers import config
from helpers.extract.actors.bare_sides import bare_side_mentions
from helpers.extract.actors.canonical import canonical_batch
from helpers.extract.actors.checks import after_place_word, cut_inside_word, in_byline
from helpers.extract.actors.institutions import institution_mentions, state_mentions
from helpers.extract.actors.mention import ActorMention, copy_mention
from helpers.extract.actors.roles import assign_roles
from helpers.extract.actors.rules import alias_mentions, merge_overlapping, rule_mentions
from helpers.extract.actors.types import row_acled_type
from helpers.extract.actors.vocabulary import ACTOR_COLUMNS, ACTOR_TYPES
from helpers.extract.article import Article
from helpers.text.arabic import AR, HAS_ARABIC

REQUIRES = ("sentences", "norm", "entities")
ASSIGNS = ("actor_candidates", "rule_candidates", "actors")


def sentence_candidates(
    sentence: str, norm: str, entities: list[tuple[int, int, str]]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """The mentions of one sentence in its own offsets: rules and model merged (with ranks and roles), and the
    rules alone merged. ``norm`` is the sentence's ``normalize_letters``; ``entities`` the model's spans."""
    merged, rules_only = _candidates(sentence, norm, tuple(entities))
    return [copy_mention(m) for m in merged], [copy_mention(m) for m in rules_only]


@functools.lru_cache(maxsize=8_192)
def _candidates(
    sentence: str, norm: str, entities: tuple[tuple[int, int, str], ...]
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """``sentence_candidates``, remembered for the last sentences seen (a pure function of the sentence and
    its entities; agencies repeat sentences across articles). Callers get copies: never change these."""
    n = len(sentence)
    matched = (
        alias_mentions(sentence, norm, 0, n) + institution_mentions(sentence, norm, 0, n)
        + state_mentions(sentence, norm, 0, n) + rule_mentions(sentence, norm, 0, n)
        + bare_side_mentions(sentence, norm, 0, n)
    )  # fmt: skip
    mentions = [copy_mention(m) for m in matched]
    for a, b, kind in entities:
        if kind == "LOC" or cut_inside_word(sentence, a, b) or after_place_word(norm, a):
            continue  # places are the places component's business; a word's fragment is no name
        b = over_hyphen(sentence, b) if kind == "PERS" else b
        mentions.append(ActorMention(a, b, sentence[a:b], ACTOR_TYPES[kind], "ner"))
    merged = merge_overlapping(mentions)
    assign_roles(merged, sentence, norm)
    return tuple(merged), tuple(merge_overlapping([copy_mention(m) for m in matched]))


_HYPHENED = re.compile(f"[-\u2010\u2011]([{AR}]+)")


def over_hyphen(sentence: str, end: int) -> int:
    """A person's span carried over a hyphenated second part the tokeniser split off (كيم كاي-غوان, مون جي-إن)."""
    m = _HYPHENED.match(sentence, end)
    while m:
        end = m.end()
        m = _HYPHENED.match(sentence, end)
    return end


def find_actors(article: Article) -> None:
    """Fill the article's actor candidates (per sentence) and its canonical actor mentions."""
    text, batch_size = article.text, config.extraction_settings().canonical_batch_mentions
    pending: list[tuple[int, ActorMention]] = []
    sentences: list[tuple[int, int, int]] = []
    persons: dict[str, dict[str, ActorMention]] = {}  # the persons of earlier batches, by last word
    for sentence_id, (s, e) in enumerate(article.sentences):
        if not HAS_ARABIC.search(text, s, e):
            continue
        local = [(a - s, b - s, kind) for a, b, kind in article.entities.get(sentence_id, ())]
        merged, rules_only = _candidates(text[s:e], article.norm[s:e], tuple(local))
        article.actor_candidates[sentence_id] = [copy_mention(m, s) for m in merged]
        article.rule_candidates[sentence_id] = [copy_mention(m, s) for m in rules_only]
        pending.extend((sentence_id, copy_mention(m, s)) for m in merged)
        sentences.append((sentence_id, s, e))
        if len(pending) > batch_size:  # a huge article: canonicalise in batches to keep memory bounded
            article.actors.extend(_not_metadata(text, canonical_batch(text, article.norm, sentences, pending, persons)))
            pending, sentences = [], []
    article.actors.extend(_not_metadata(text, canonical_batch(text, article.norm, sentences, pending, persons)))


def _not_metadata(text: str, found: list[tuple[int, ActorMention]]) -> list[tuple[int, ActorMention]]:
    """The mentions without media names in a dateline or a bracketed credit ("دبي - العربية.نت", "(رويترز)")."""
    return [(i, m) for i, m in found if not (m.type == "media" and in_byline(text, m.start, m.end))]


def actor_rows(article: Article) -> Iterator[tuple]:
    """The article's rows of the ``actors`` table (columns ``ACTOR_COLUMNS``)."""
    for sentence_id, m in article.actors:
        yield (
            article.article_id, sentence_id, m.start, m.end, m.surface, m.type, m.canonical, m.actor_id, m.english,
            m.gloss_source, m.rank, m.rank_en, m.title, m.role, m.role_en, m.source, row_acled_type(m), m.country,
            m.merged_by,
        )  # fmt: skip


__all__ = ["ACTOR_COLUMNS", "actor_rows", "find_actors", "sentence_candidates"]
