"""A written word that is an ordinary word, not a clitic + a place: بحجة (under the pretext), not ب + Hajjah;
وبنوك (and banks), not و + ب + Nuuk; بلاتر (Blatter), not ب + Latur. Read from how news uses the two words."""

from __future__ import annotations

from helpers.resources.gazetteer import common_words
from helpers.resources.names import word_clusters

_MIN_ARTICLES = 30  # the common-word table holds words of 30+ ANT articles
# A preposition + place is written far less than the bare place (بغزة 0.1-0.3 of غزة, بحلب, بعدن); a ب-word
# half as common as the bare name or more is the preposition + an ordinary word (بحجة 0.81: under the pretext,
# بأمان 0.59: safely) or a word of its own (بالسجن).
_B_SHARE = 0.5


def ordinary_word(word: str, bare: str) -> bool:
    """Whether ``word`` (key form, as written) is an ordinary word rather than clitics + the place ``bare`` (the
    name's first word, key form): with و or ف off, the word is more common than the name (وبنوك: بنوك), a ب-word
    at least half as common (بحجة), or a ب، ل or ك word of the news vocabulary whose bare name news never writes
    alone (بنوك، بلاتر: نوك، لاتر are no words of news)."""
    written = word[1:] if word[:1] in "وف" and len(word) - 1 > len(bare) else word
    if written == bare:
        return False
    counts = common_words()
    seen, alone = counts.get(written, 0), counts.get(bare, 0)
    if written != word and seen >= _MIN_ARTICLES and seen > alone:
        return True  # وبنوك: و + بنوك (banks)
    if written == "ب" + bare and seen >= _MIN_ARTICLES and seen >= _B_SHARE * alone:
        return True  # بحجة: under the pretext
    vocabulary = word_clusters()
    return written[:1] in "بلك" and written in vocabulary and bare not in vocabulary
