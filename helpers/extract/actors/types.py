"""ACLED-style types and countries of actor mentions, beside our own ``type``.

Curated actors take theirs from ``actor_countries.csv``; institutions and states bring theirs from their rule;
the rest is read off our type, the name's head word (شركة → company, حزب → political party, وكالة → media) and
a nationality adjective inside the name (الإعلام التركي → TR). Platforms (فيسبوك، تويتر) come from the stop list.
"""

from __future__ import annotations

from helpers.extract.actors.mention import ActorMention
from helpers.resources.actor_tables import actor_stoplist, country_names, curated_acled, nationalities
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


# A role ends its own country's part at a preposition naming another country (سفير مصر لدى ليبيا → EG).
_ROLE_COUNTRY_STOP = frozenset({"الي", "لدي", "في", "عن", "مع", "ضد", "بين"})


def role_country(role: str) -> str:
    """The country a person's stated role names: its first nationality adjective (وزير الخارجية الأمريكي → US)
    or country name (سفير كوريا الشمالية → KP, بحكومة جيبوتي → DJ), not past a preposition to another country
    (مبعوث الأمم المتحدة إلى اليمن → ""); ``""`` when it names none."""
    words = name_key(role).split()
    names, nats = country_names(), nationalities()
    for i, word in enumerate(words):
        if word in _ROLE_COUNTRY_STOP and i:
            break
        bare = word[2:] if word[:2] == "لل" else word
        for form in dict.fromkeys((word, word[1:] if word[:1] in "وبل" else word, bare)):
            for n in (3, 2, 1):
                key = " ".join([form, *words[i + 1 : i + n]])
                if key in names:
                    return names[key]
            nat = nats.get(form) or (nats.get("ال" + form[2:]) if word[:2] == "لل" else None)
            if nat and nat.country:
                return nat.country
    return ""


def person_offices(mentions: list[ActorMention]) -> None:
    """One person, one type and country in an article: a person whose rank, title or role is stated at any of his
    mentions is an official at all of them (بشار الأسد ... الأسد), and one with no country of his own takes the
    country his role names (الرئيس السوري بشار الأسد → SY), in place."""
    people: dict[str, list[ActorMention]] = {}
    for m in mentions:
        if m.type == "person" and m.actor_id:
            people.setdefault(m.actor_id, []).append(m)
    for group in people.values():
        official = any(m.rank or m.title or m.role or m.acled_type == "person_official" for m in group)
        country = next((m.country for m in group if m.country), "") or next(
            (c for c in (role_country(m.role) for m in group if m.role) if c), ""
        )
        for m in group:
            if official and m.acled_type in ("", "person"):
                m.acled_type = "person_official"
            m.country = m.country or country
