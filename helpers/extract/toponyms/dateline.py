"""A dateline: the place a story was filed from, before the agency at the head of a paragraph
("دبي، الإمارات العربية المتحدة (CNN) –", "القاهرة (رويترز) -"). It says where the reporter was, not where
anything happened: its places get role ``dateline`` and are neither locations of events nor counted as places
the news is about."""

from __future__ import annotations

import re

# An agency or outlet in parentheses: Latin capitals (CNN, AFP) or the usual Arabic names (normalised letters).
_AGENCY = (
    r"[A-Z][A-Za-z.\- ]{1,20}|رويترز|ا\s?\.?\s?ف\s?\.?\s?ب|فرانس\s?برس|د\s?\.?\s?ب\s?\.?\s?ا|الاناضول|واس|وام|قنا|بترا"
    r"|سانا|كونا|شينخوا|سي\s?ان\s?ان|يو\s?بي\s?اي|اسوشيتد\s?برس|العربيه(?:\.نت)?|سكاي\s?نيوز(?:\s?عربيه)?"
)
_DATELINE = re.compile(rf"(?m)^[^\S\n]*(?P<place>[^\n.()؟!:]{{2,70}}?)\s*\(\s*(?:{_AGENCY})\s*\)\s*[-–—:]")


def dateline_spans(norm: str) -> list[tuple[int, int]]:
    """The spans (offsets of the normalised text) of the place part of every dateline."""
    return [m.span("place") for m in _DATELINE.finditer(norm)]
