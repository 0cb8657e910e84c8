"""The Arabic letter ranges and marks every rule is written with (one definition for the whole package)."""

from __future__ import annotations

import re

AR = "\u0621-\u064a"  # the Arabic letters (hamza to yeh), for character classes in rules
MARK_CHARS = "\u0640\u064b-\u065f\u0670"  # tatweel, harakat, tanween, shadda, sukun, superscript alef
MARKS = re.compile(f"[{MARK_CHARS}]")
HAS_ARABIC = re.compile(f"[{AR}]")


def strip_marks(text: str) -> str:
    """The text without tatweel and vowel marks (keeps everything else)."""
    return MARKS.sub("", text)
