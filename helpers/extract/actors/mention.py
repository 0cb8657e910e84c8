"""One actor mention, as the actor component finds it and canonicalises it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ActorMention:
    """One mention of an actor in a text."""

    start: int
    end: int
    surface: str
    type: str
    source: str  # ner, alias, institution, state, unit, armed_group, nationality, coreference
    canonical: str = ""
    actor_id: str = ""
    english: str = ""
    gloss_source: str = ""
    rank: str = ""
    rank_en: str = ""
    title: str = ""
    role: str = ""
    role_en: str = ""
    acled_type: str = ""  # ACLED-style type (see ``types``); "" until set
    country: str = ""  # ISO 3166-1 alpha-2 of the actor's country; "" when unknown
    merged_by: str = ""  # the rule that joined this mention to another actor's name ("" when none did)
    extra: dict[str, Any] = field(default_factory=dict)


def copy_mention(m: ActorMention, shift: int = 0) -> ActorMention:
    """A copy of a mention with its own ``extra``, its offsets moved by ``shift`` (``dataclasses.replace``,
    without its per-call field inspection)."""
    copy = object.__new__(ActorMention)
    copy.__dict__.update(m.__dict__)
    copy.start, copy.end, copy.extra = m.start + shift, m.end + shift, dict(m.extra)
    return copy
