"""The report's language (``REPORT_LANGUAGE``): ``ar``, ``en`` or ``both`` (Arabic first, then English).

Charts, table headers and table captions follow it. Text is given either as an (Arabic, English) pair or as one
bilingual string "عربي / English" (the last " / " before English-only text splits it).
"""

from __future__ import annotations

import re

Text = str | tuple[str, str]  # text: as is, or (Arabic, English)
LANGUAGES = ("ar", "en", "both")
_language = {"value": "both"}
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
SEPARATOR = " / "


def set_language(language: str | None) -> str:
    """Choose the report's language: ``ar``, ``en`` or ``both`` (Arabic first, then English); returns it."""
    value = language or "both"
    if value not in LANGUAGES:
        raise ValueError(f"REPORT_LANGUAGE must be one of {LANGUAGES}, not {language!r}")
    _language["value"] = value
    return value


def language() -> str:
    """The language chosen last (``both`` until one is chosen)."""
    return _language["value"]


def words(text: Text | None, separator: str = SEPARATOR) -> str:
    """Text in the chosen language: a plain string as it is, an (Arabic, English) pair as one, the other, or
    both joined by ``separator``."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    arabic, english = text
    chosen = _language["value"]
    if chosen == "ar" or not english:
        return arabic
    if chosen == "en" or not arabic:
        return english
    return f"{arabic}{separator}{english}"


def split_bilingual(text: str) -> tuple[str, str] | None:
    """("عربي", "English") of a string "عربي / English": split at the first " / " after the last Arabic
    letter; None when the string is not bilingual (no Arabic, or nothing after it)."""
    arabic_letters = list(_ARABIC.finditer(text))
    if not arabic_letters:
        return None
    at = text.find(SEPARATOR, arabic_letters[-1].end())
    if at < 0 or not text[at + len(SEPARATOR) :].strip():
        return None
    return text[:at], text[at + len(SEPARATOR) :]


def choose(text: str) -> str:
    """A bilingual string "عربي / English" in the chosen language; any other string as it is."""
    pair = split_bilingual(text)
    return text if pair is None else words(pair)
