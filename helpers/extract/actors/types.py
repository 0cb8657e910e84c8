"""ACLED-style types and countries of actor mentions, beside our own ``type``.

Curated actors take theirs from ``actor_countries.csv``; institutions and states bring theirs from their rule;
the rest is read off our type, the name's head word (شركة → company, حزب → political party, وكالة → media) and
a nationality adjective inside the name (الإعلام التركي → TR). Platforms (فيسبوك، تويتر) come from the stop list.
"""

from __future__ import annotations

from helpers.extract.actors.mention import ActorMention
from helpers.resources.actor_tables import actor_stoplist, curated_acled, nationalities
from helpers.text.normalize import name_key

ACLED_TYPES = (
    "state_forces", "external_forces", "rebel_group", "political_militia", "identity_militia", "protesters",
    "civilians", "government", "state", "international_org", "media", "platform", "political_party", "company",
    "person_official", "person", "other",
)  # fmt: skip
_BY_TYPE = {
    "army": "state_forces", "military_unit": "state_forces", "armed_group": "rebel_group", "government": "government",
    "media": "media", "party": "political_party", "person": "person", "state": "state", "nationality": "other",
}  # fmt: skip
# First word of a name → ACLED type (organisations and other names the model found).
_HEADS = {
    "شركه": "company", "شركات": "company", "مجموعه": "company", "بنك": "company", "مصرف": "company",
    "حزب": "political_party", "وكاله": "media", "قناه": "media", "صحيفه": "media", "جريده": "media",
    "اذاعه": "media", "موقع": "media", "مجله": "media", "تلفزيون": "media", "منظمه": "international_org",
    "مفوضيه": "international_org", "برنامج": "international_org", "صندوق": "international_org",
    "جمعيه": "other", "ميليشيا": "political_militia", "ميليشيات": "political_militia",
    "مليشيا": "political_militia", "مليشيات": "political_militia", "قبيله": "identity_militia",
    "قبائل": "identity_militia", "عشيره": "identity_militia", "متظاهرين": "protesters", "محتجين": "protesters",
    "وزاره": "government", "مجلس": "government", "محكمه": "government", "هيئه": "government", "دار": "government",
    "مرصد": "other", "جامعه": "other",
}  # fmt: skip


def assign_types(mentions: list[ActorMention]) -> None:
    """Set ``acled_type`` and ``country`` of every mention that has none yet, in place."""
    curated, stop = curated_acled(), actor_stoplist()
    for m in mentions:
        if m.actor_id in curated:
            m.acled_type, m.country = curated[m.actor_id]
            continue
        key = name_key(m.canonical)
        if stop.get(key, ("",))[0] == "platform":
            m.acled_type = "platform"
            continue
        words = key.split()
        if not m.country:
            m.country = next((nationalities()[w].country for w in words if w in nationalities()), "")
        if m.acled_type:
            continue
        if m.type in ("organisation", "other", "armed_group") and words:
            head = words[0].removeprefix("ال")
            kind = _HEADS.get(head) or _HEADS.get(words[0])
            if kind:
                m.acled_type = kind
                continue
        m.acled_type = _BY_TYPE.get(m.type, "other")


def row_acled_type(m: ActorMention) -> str:
    """The type a row is written with: a person whose rank, title or role is stated is an official."""
    if m.acled_type == "person" and (m.rank or m.title or m.role):
        return "person_official"
    return m.acled_type or "other"
