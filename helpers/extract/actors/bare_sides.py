"""A war's sides told by a bare common noun: "the coalition" (التحالف، طيران التحالف) and "the resistance"
(المقاومة), the way a story of a war names them once it has set the scene.

- A bare ``التحالف`` is the military coalition the article names (the one named last before it, else the
  first after it); with none named, the coalition of the war the article tells: the Saudi-led one where it
  names the Houthis or another side of the Yemen war, the US-led one where it names the Islamic State.
  The war must be clear: one war's sides named more than twice as often as the other's.
- A bare ``المقاومة`` is the Yemeni resistance where the article names it or the Houthis it fights, and names
  no side of Lebanon's or Palestine's wars (Hezbollah, Hamas, Israel), whose camp calls itself the resistance.
- A bare noun with a definite adjective after it (a nisba: التحالف الوطني، المقاومة الفلسطينية; التحالف الحاكم)
  is another body, and so is one after a word of politics or of another camp (أنصار التحالف، نواب التحالف، محور
  المقاومة): no mention; neither is one the article gives no war for (dropped when canonical names are given).
"""

from __future__ import annotations

import re
from collections import Counter

from helpers.extract.actors.mention import ActorMention
from helpers.text.arabic import AR

SOURCE = "bare_side"
_BARE = re.compile(rf"(?<![{AR}])(?:[وفب]?ال|[وف]?لل)(?P<noun>تحالف|مقاومه)(?![{AR}])")
_NEXT = re.compile(rf"\s*(?P<word>[{AR}]+)")
# Definite words after a bare noun that are no adjective of it (a day or a time: التحالف اليوم، المقاومة الأحد;
_NOT_ADJECTIVE = frozenset(
    {"اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الان", "الماضي", "الليله"}
    # whom it serves or who backs it (المقاومة الموالية للرئيس هادي، المسنودة بقوات الجيش): a participle, no nisba
    | {"المواليه", "الموالي", "الموالين", "التابعه", "التابع", "المسنوده", "المسنود", "المدعومه", "المدعوم"}
)
# A definite adjective of the noun (التحالف الوطني، المقاومة الفلسطينية، التحالف الحاكم): a nisba or one of these;
# another definite word is the verb's object or the next phrase (استهدف التحالف الحوثيين، كثف التحالف الغارات).
_ADJECTIVES = frozenset({"الحاكم", "الحاكمه", "الجديد", "الجديده", "المعارض", "المعارضه", "الكبير", "الواسع"})
# Words before the noun that make it a political bloc or another camp (أنصار التحالف، نواب التحالف، محور المقاومة).
_NOT_WAR_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:انصار|اعضاء|عضو|نواب|قائمه|مرشحي|مرشحو|مرشح|زعيم|رئيس|كتله|محور|حكومه|حزب)\s+$"
)
# Named actors of another war whose side is called "the resistance" (Lebanon, Palestine): no Yemeni resistance.
_OTHER_RESISTANCE = re.compile(r"Hezbollah|Hamas|Israel|Palestin|Lebanon|Islamic Jihad|Gaza", re.IGNORECASE)
_COALITIONS = {"arab_coalition": "Yemen", "us_coalition": "ISIS"}
_YEMEN_IDS = frozenset({"houthis", "yemen_resistance", "arab_coalition", "yemen_hadi_forces", "giants_brigades"})
_ISIS_IDS = frozenset({"isis"})
_RESISTANCE = "yemen_resistance"


def bare_side_mentions(text: str, norm: str, s: int, e: int) -> list[ActorMention]:
    """The bare ``التحالف`` and ``المقاومة`` of ``text[s:e]`` without a definite adjective after them."""
    if "تحالف" not in norm[s:e] and "مقاومه" not in norm[s:e]:
        return []
    found = []
    for m in _BARE.finditer(norm, s, e):
        after = _NEXT.match(norm, m.end(), e)
        word = after.group("word") if after else ""
        if word.startswith("ال") and word not in _NOT_ADJECTIVE and (word.endswith(("ي", "يه")) or word in _ADJECTIVES):
            continue
        if _NOT_WAR_BEFORE.search(norm, max(s, m.start() - 20), m.start()):
            continue
        a = m.start("noun") - 2  # the noun with its article: ال + noun (لل → ال in the canonical name)
        mention = ActorMention(a, m.end(), text[a : m.end()], "army", SOURCE)
        mention.extra["side"] = "coalition" if m.group("noun") == "تحالف" else "resistance"
        found.append(mention)
    return found


def resolve_bare_sides(mentions: list[ActorMention], actors: dict[str, tuple[str, str, str]]) -> list[ActorMention]:
    """The bare side mentions joined to the actor they mean (``actors``: actor id → (Arabic, English, type));
    those the article gives no war for dropped."""
    bare = [m for m in mentions if m.source == SOURCE]
    if not bare:
        return mentions
    named = [m for m in mentions if m.source == "alias" and m.actor_id]
    ids = Counter(m.actor_id for m in named)
    yemen, isis = sum(ids[i] for i in _YEMEN_IDS), sum(ids[i] for i in _ISIS_IDS)
    coalitions = [m for m in named if m.actor_id in _COALITIONS]
    war = "arab_coalition" if yemen > 2 * isis else "us_coalition" if isis > 2 * yemen else ""  # one war, clearly
    elsewhere = any(_OTHER_RESISTANCE.search(m.english or "") for m in mentions if m.source != SOURCE)
    for m in bare:
        if m.extra["side"] == "coalition":
            before = [n for n in coalitions if n.end <= m.start]
            chosen = before[-1].actor_id if before else coalitions[0].actor_id if coalitions else war
            rule = "coalition named before" if coalitions else "coalition of the article's war"
        else:
            chosen = _RESISTANCE if yemen and not elsewhere else ""
            rule = "resistance of the article's war"
        if chosen and chosen in actors:
            m.canonical, m.english, m.type = actors[chosen]
            m.actor_id, m.source, m.gloss_source, m.merged_by = chosen, "alias", "alias table", rule
    return [m for m in mentions if m.source != SOURCE]
