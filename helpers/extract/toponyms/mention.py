"""The place mention every part of the places component reads and writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from helpers.resources.gazetteer import Place


@dataclass
class PlaceMention:
    """A toponym in a text, with its resolution (``place`` is None when unresolved)."""

    start: int
    end: int
    surface: str
    key: str
    candidates: list[Place]
    place: Place | None = None
    precision: int | None = None
    lat: float | None = None
    lon: float | None = None
    role: str = "location"
    direction: str = ""
    distance_km: float | None = None
    anchor: str = ""
    confidence: float = 0.0
    flag: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
