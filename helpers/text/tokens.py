"""Token spans: the tagger's tokens (words and single punctuation marks) and Arabic words for look-ups."""

from __future__ import annotations

import re

from helpers.text.arabic import AR, MARK_CHARS

# A word (letters, digits, marks; a hashtag splits at "_") or one punctuation mark: what the NER model reads.
_TOKEN = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670\u0640])+|[^\w\s]")
# An Arabic word with its marks: what the gazetteer is looked up by.
_ARABIC_WORD = re.compile(f"[{AR}{MARK_CHARS}]+")


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans of ``text[start:end]``: words (hashtags split at ``_``) and single punctuation marks."""
    return [m.span() for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


def token_words(text: str) -> list[str]:
    """The tokens of ``text`` as strings (the same tokens as ``token_spans``)."""
    return _TOKEN.findall(text)


def arabic_word_matches(text: str) -> list[re.Match[str]]:
    """The Arabic words of ``text`` (letters and marks), as regex matches."""
    return list(_ARABIC_WORD.finditer(text))
