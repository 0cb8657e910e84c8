"""The doer of an attack told in a claim of responsibility or a blame near it, not in the attack's own clause:
ACLED codes a claimed attack to the claimant (أعلن تنظيم داعش مسؤوليته عن الهجوم، تبنت حركة الشباب التفجير) and an
attack a military source blames on a named group to that group (على ما أعلن مصدر عسكري محملاً تنظيم القاعدة
المسؤولية). Only a claimant the curated actor table knows is taken, and only for an act of violence whose doer
the sentence leaves unnamed or unidentified; a denial or a claim nobody made (لم تعلن أي جهة مسؤوليتها) is none.
"""

from __future__ import annotations

import re

from helpers.extract.incidents.scope import COLUMN
from helpers.resources.actors import alias_table
from helpers.text.normalize import name_key

AR = "\u0621-\u064a"
W = "\u0621-\u0652\u0640"  # letters and the marks kept in ``norm`` (محملاً)
M = "[\u064b-\u0652\u0640]*"
CLAIM_CHARS = 500  # how far from an attack (either way) its claim may be told: the sentence, or the one next to it
_WORDS = 5  # the longest claimant name read (تنظيم الدولة الإسلامية في العراق والشام is cut to its known head)
_DOERS = ("armed_group", "army", "party", "organisation")
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})

_RESPONSIBILITY = r"(?:مسؤوليته|مسؤوليتها|مسؤوليتهم|مسئوليته|مسئوليتها|مسئوليتهم|المسؤوليه|المسئوليه)"
_ACT = r"(?:الهجوم|الهجمات|التفجير|التفجيرات|الاعتداء|العمليه|الاغتيال|الهجوم الانتحاري)"
# Claimed: the perfect of أعلن/تبنى with the claimant after it (VSO), then its responsibility; تبنى also with the act
# claimed (أعلن الجيش أن الهجوم، أعلنت قسد بدء العملية: an announcement, not a claim).
_CLAIM_AFTER = re.compile(
    rf"(?<![{AR}])[وف]?(?:(?:اعلن|اعلنت){M}\s+(?P<who>[{W}]+(?:\s+[{W}]+){{0,{_WORDS - 1}}}?)\s*{_RESPONSIBILITY}"
    rf"|(?:تبني|تبنت){M}\s+(?P<who2>[{W}]+(?:\s+[{W}]+){{0,{_WORDS - 1}}}?)\s*{_ACT}(?![{AR}]))"
)
# Claimed with the claimant told first (SVO): X أعلن مسؤوليته عن.
_CLAIM_BEFORE = re.compile(rf"(?<![{AR}])[وف]?(?:اعلن|اعلنت|تبني|تبنت){M}\s+{_RESPONSIBILITY}")
# Blamed: محملاً X المسؤولية (محملاً تنظيم القاعدة المسؤولية). The finite verb is left out: in «وحمل الحوثيون
# التحالف المسؤولية» the first name after it is the accuser, not the blamed.
_BLAME = re.compile(
    rf"(?<![{AR}])[وف]?(?:محملا|محمله|محملين){M}\s+(?P<who>[{W}]+(?:\s+[{W}]+){{0,{_WORDS - 1}}}?)\s+"
    rf"(?:ال)?(?:مسؤوليه|مسئوليه)(?![{AR}])"
)
_DENIED = re.compile(rf"(?<![{AR}])(?:لم|لا|ولم|ولا|لن|نفي|نفت|ينفي|تنفي)\s+(?:[{AR}]+\s+)?$")
_UNIDENTIFIED = "Unidentified"
# A denial told earlier in the claim's sentence (نفى تنظيم القاعدة أن يكون قد أعلن مسؤوليته).
_DENIED_EARLIER = re.compile(rf"(?<![{AR}])[وف]?(?:نفي|نفت|ينفي|تنفي|تبرا|تبرات)(?![{AR}])")
# The act's own text says nobody claimed it or its doer is unknown: a claim near it is of another act.
_UNCLAIMED = re.compile(
    r"(?:لم|ولم)\s+(?:تتبن|يتبن|تعلن|يعلن)\S*\s+(?:اي|أي)\s+جه"
    r"|(?:لم|ولم)\s+(?:تعرف|تعرف بعد|يعرف)\s+(?:هويه|الجهه|هوية)"
)


def _denied(norm: str, at: int) -> bool:
    low = max(norm.rfind(stop, 0, at) for stop in ".!؟\n") + 1
    return bool(_DENIED.search(norm, max(0, at - 20), at) or _DENIED_EARLIER.search(norm, max(low, at - 60), at))


def claimant(words: str) -> tuple[str, str] | None:
    """The curated actor (Arabic, English) that ``words`` name, read from their start (تنظيم داعش الإرهابي:
    the longest known head), or None when the table knows none of them as a doer."""
    parts = words.split()
    table = alias_table()
    for n in range(min(len(parts), _WORDS), 0, -1):
        actor = table.get(name_key(" ".join(parts[:n])))
        if actor is not None and actor.type in _DOERS:
            return actor.name_ar, actor.name_en
    return None


def _claimed_before(norm: str, start: int) -> tuple[str, str] | None:
    """The claimant named right before a claim verb (التنظيم ... أعلن مسؤوليته): its last words."""
    parts = norm[max(0, start - 60) : start].split()
    for n in range(min(len(parts), _WORDS), 0, -1):
        found = claimant(" ".join(parts[-n:]))
        if found is not None:
            return found
    return None


def claims(norm: str) -> list[tuple[int, str, str]]:
    """Every claim or blame of an article: where it is told, and the claimant (Arabic, English)."""
    out = []
    for pattern in (_CLAIM_AFTER, _BLAME):
        for m in pattern.finditer(norm):
            if _denied(norm, m.start()):
                continue
            found = claimant(m.group("who") or m.groupdict().get("who2") or "")
            if found is not None:
                out.append((m.start(), *found))
    for m in _CLAIM_BEFORE.finditer(norm):
        found = None if _denied(norm, m.start()) else _claimed_before(norm, m.start())
        if found is not None:
            out.append((m.start(), *found))
    return sorted(out)


def claimed_doer(row: tuple, norm: str) -> tuple:
    """A violent row whose actor 1 is unnamed or unidentified, with the claimant of the nearest claim or blame
    within ``CLAIM_CHARS`` of its trigger as actor 1 (the row as it is when none)."""
    if row[COLUMN["event_type"]] not in _VIOLENT or not norm:
        return row
    english1 = str(row[COLUMN["actor1_en"]] or "")
    unnamed = not english1 and not row[COLUMN["actor1"]]
    if not (unnamed or english1.startswith(_UNIDENTIFIED)):
        return row
    start = row[COLUMN["start"]]
    if not isinstance(start, int) or start < 0:
        return row
    low = max(norm.rfind(stop, 0, start) for stop in ".!؟\n") + 1
    ends = sorted(i for i in (norm.find(stop, start) for stop in ".!؟\n") if i >= 0)
    after = norm.find(".", ends[0] + 1) if ends else -1
    if _UNCLAIMED.search(norm[low : after if after > 0 else len(norm)]):
        return row  # ولم تعرف هوية المهاجمين، لم تتبن أي جهة الهجوم: the claim near it is another act's
    near = [(abs(at - start), ar, en) for at, ar, en in claims(norm) if abs(at - start) <= CLAIM_CHARS]
    if not near:
        return row
    _, arabic, english = min(near)
    if english in (row[COLUMN["actor2_en"]] or ""):
        return row  # the claimant is the side struck (its own men killed): no doer of its own attack
    out = list(row)
    out[COLUMN["actor1"]], out[COLUMN["actor1_en"]] = arabic, english
    return tuple(out)
