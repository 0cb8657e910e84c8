"""Persons on the sides of an event, the way ACLED codes them: ACLED names groups, not persons.

- A passive verb (قُتل، اُعتقل، أُصيب: its first vowel mark a damma) or a transitive act with a person before it
  and nobody after it (إن خاشقجي قتل داخل القنصلية) puts that person on the actor-2 side, nobody acting.
- A person on a side is the group the text ties him to (القيادي في تنظيم القاعدة X، X، أحد قادة الحوثيين); an
  official of the article's army's country is that army (حفتر: the Libyan National Army); a militant by his
  title (الإرهابي X) is an unidentified militant group; any other person suffering an act is a civilian
  (``Civilians (<country>)``: الناشط والمدون وائل عباس); a person fought in a battle gives way to the side the
  article gives (``roles.opposed``); a person with no group, no armed title and not of the article's army named as
  the doer of a strike or a bombing (the king, a candidate, a witness named near it) is nobody: ACLED's doer there
  is a group, unknown when the text names none.
- A person named right after a speech verb (وقال المسماري) is the one telling, not the one an act is done to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.extract.incidents.naming import branch_label, country_label
from helpers.extract.incidents.roles import force_unit
from helpers.extract.incidents.scope import COLUMN
from helpers.extract.incidents.sides import NOBODY, Party
from helpers.extract.incidents.vocabulary import COMPLEMENTISER, ISLAMIST_MILITANTS, UNNAMED_ARMED, Trigger

AR = "\u0621-\u064a"
DAMMA = "\u064f"
MARKS = re.compile("[\u064b-\u0652]")
PERSON = "person"
OFFICIAL = "person_official"
ATTACKER = "attacker"  # actor 1 of a strike (Explosions/Remote violence)
CIVILIANS = "مدنيون"
MILITANTS = "مسلحون"
_ACTS = frozenset({"Violence against civilians", "Battles", "Explosions/Remote violence", "Strategic developments"})
_GROUP_TYPES = frozenset({"armed_group"})
# Words telling a person's tie to a group between them (القيادي في، أحد قادة، عضو، المسؤول الأمني التابع لـ).
_MEMBER = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:قيادي|قياديا|قائد|قاده|قيادات|زعيم|امير|عضو|اعضاء|عنصر|عناصر|مسؤول|مؤسس|"
    rf"منتمي|المنتمي|ينتمي|تابع|التابع|مقاتل|مسلح|متحدث|احد)(?![{AR}])"
)
_CIVILIAN_TITLE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:ناشط|ناشطه|مدون|مدونه|صحفي|صحفيه|صحافي|صحافيه|اعلامي|اعلاميه|مغني|مغنيه|مطرب|"
    rf"مطربه|فنان|فنانه|ممثل|ممثله|محامي|محاميه|طالب|طالبه|طفل|طفله|كاتب|كاتبه|روائي|شاعر|مصور|مواطن|مواطنه|"
    rf"حقوقي|حقوقيه|اكاديمي|باحث|باحثه|طبيب|طبيبه|مهندس|رجل الاعمال|سائح|سائحه|لاعب|مدرس|معلم|معلمه)(?![{AR}])"
)
_MILITANT_TITLE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:ارهابي|تكفيري|متطرف|متشدد|جهادي|انتحاري|داعشي|الداعشي)(?![{AR}])"
)
_ARMED_TITLE = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:مسلح|قيادي|زعيم|امير|قائد ميليشيا|قائد مليشيا)(?![{AR}])")
_SPEECH_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت|ذكر|ذكرت|تابع|تابعت|اعلن|اعلنت|"
    rf"افاد|افادت)\s+(?:[{AR}]+\s+){{0,1}}$"
)
# Acts done to a person (a transitive verb with him before it and nobody after it is passive: خاشقجي قتل).
_DONE_TO_PERSONS = frozenset({"قتل", "اغتيال", "اعتقال", "اختطاف", "Arrests", "Abduction/forced disappearance"})
_CLAUSE_CHARS = 120  # how far before a passive verb the clause telling it (أن عشماوي ... اُعتقل) may start
_TITLE_CHARS = 40  # how far before a person his title may start (الناشط السياسي والمدون المستقل وائل عباس)
_GROUP_CHARS = 60  # how far from a person the group he is tied to may stand


def passive(written: str) -> bool:
    """Whether a verb as written is passive: its first vowel mark is a damma (قُتل، اُعتقل، أُصيب، يُقتل)."""
    mark = MARKS.search(written)
    return bool(mark) and mark.group(0) == DAMMA


def patient_first(
    norm: str, trigger: Trigger, span: tuple[int, int], found: tuple[Party, Party], parties: Sequence[Party]
) -> tuple[Party, Party]:
    """A passive verb's sides: the actor found as its subject (or the nearest before it) is what it was done to,
    the agent (على يد، found as actor 2 after it) stays unknown unless named so; a transitive act with a person
    right before it and nobody after it is passive too (خاشقجي قتل داخل القنصلية)."""
    written = norm[span[0] : span[1]]
    actor1, actor2 = found
    if trigger.pos != "verb":
        return found
    t0 = span[0]
    if passive(written):
        told = list(COMPLEMENTISER.finditer(norm, max(0, t0 - _CLAUSE_CHARS), t0))
        after_that = [p for p in parties if told and told[-1].end() <= p.start and p.end <= t0]
        before = [p for p in parties if 0 <= t0 - p.end <= 30]
        done = (after_that or [actor1 if actor1.name and actor1.end <= t0 else NOBODY])[0]
        return NOBODY, done if done.name else (before[-1] if before else NOBODY)
    harm = trigger.action in _DONE_TO_PERSONS or trigger.sub_event_type in _DONE_TO_PERSONS
    if harm and actor1.actor_type == PERSON and 0 <= actor1.end <= t0 and not actor2.name:
        return NOBODY, actor1
    return found


def spoken(norm: str, party: Party) -> bool:
    """Whether a party is named right after a speech verb (وقال المسماري، أكدت الوزارة): the one telling."""
    return party.start > 0 and bool(_SPEECH_BEFORE.search(norm, max(0, party.start - 25), party.start))


def person_side(
    norm: str,
    party: Party,
    acled_type: str,
    parties: Sequence[Party],
    context: tuple[Party, str, str, str],
) -> Party:
    """The side ACLED names for a unit of the article's army acting (that army) or for a person on one side of
    an act (``context``: the article's army, the event's country, the role (``actor1``, ``attacker``, ``actor2``,
    ``fought`` or ``struck``) and the words before his other mentions): his group, his army, militants, civilians
    (not when struck from afar with no civilian title), or (a person fought in a battle, or doing a strike with no
    tie told) nobody; any other actor as it is."""
    forces, country, role, told = context
    acting = role in ("actor1", ATTACKER)
    if acting and force_unit(party, forces):
        return forces._replace(start=party.start, end=party.end)  # القوات الخاصة: the LNA
    branch = branch_label(party.english, party.actor_type, party.country)
    if branch:  # سلاح الجو الإسرائيلي، the special forces struck: Military Forces of Israel, acting or not
        return party._replace(english=branch)
    if party.actor_type != PERSON or party.start < 0:
        return party
    group = tied_group(norm, party, parties)
    if group.name:
        return group
    if acled_type == OFFICIAL:
        same = forces.name and forces.country and party.country == forces.country
        if same:
            return forces._replace(start=party.start, end=party.end)
        return NOBODY if role == ATTACKER else party  # الملك سلمان ... التفجير: he speaks, someone else struck
    title = _title(norm, party, parties)
    if not any(t.search(title) for t in (_MILITANT_TITLE, _ARMED_TITLE, _CIVILIAN_TITLE)):
        title = told  # his title told elsewhere in the article (الإرهابي المصري هشام عشماوي)
    if _MILITANT_TITLE.search(title):
        return Party(party.start, party.end, MILITANTS, ISLAMIST_MILITANTS, "armed", "armed_group", party.country)
    if _ARMED_TITLE.search(title):
        return Party(party.start, party.end, MILITANTS, UNNAMED_ARMED, "armed", "armed_group", party.country)
    if role in ("fought", ATTACKER):
        return NOBODY  # the side the article gives (roles.opposed); a strike's doer is a group, not a lone name
    if role == "actor1" or (role == "struck" and not _CIVILIAN_TITLE.search(title)):
        return party  # a person acting, or struck with nothing telling his side, is kept
    place = country_label(party.country or country)
    english = f"Civilians ({place})" if place else "Civilians"
    return Party(party.start, party.end, CIVILIANS, english, "civilian", "civilians", party.country or country)


def _title(norm: str, party: Party, parties: Sequence[Party]) -> str:
    """The words before a person's name back to the previous actor (at most ``_TITLE_CHARS``), with the words
    after it up to a comma (his title told after him: وائل عباس، الناشط)."""
    low = max([0, party.start - _TITLE_CHARS, *(p.end for p in parties if p.end <= party.start)])
    after = norm[party.end : party.end + _TITLE_CHARS]
    after = after[: min([len(after), *(i for i in (after.find("."),) if i >= 0)])]
    return norm[low : party.start] + " " + after


def tied_group(norm: str, person: Party, parties: Sequence[Party]) -> Party:
    """The armed group a person is tied to by a word of membership between them (القيادي في تنظيم القاعدة X;
    X، أحد قادة الحوثيين; X، مسؤول الملف الأمني لتنظيم القاعدة), no full stop between; else nobody."""
    for p in parties:
        if p.actor_type not in _GROUP_TYPES or p.name == person.name:
            continue
        if 0 <= person.start - p.end <= _GROUP_CHARS:
            between = norm[p.end : person.start]
        elif 0 <= p.start - person.end <= _GROUP_CHARS:
            between = norm[person.end : p.start]
        else:
            continue
        if "." in between or _CIVILIAN_TITLE.search(between):
            continue
        told = between if p.start > person.start else norm[max(0, p.start - 30) : p.start]
        if _MEMBER.search(told):
            return p._replace(start=person.start, end=person.end)
    return NOBODY


def applies(event_type: str) -> bool:
    """Whether persons on the sides of an event of this type are read as ACLED's groups."""
    return event_type in _ACTS


def settled(row: tuple, sides: dict[tuple[str, str, str], Party]) -> tuple:
    """A row (after merging) with its persons replaced by ACLED's sides (``sides``: (row id, ``1`` or ``2``,
    name) → side, as ``person_side`` read them in their sentence); merging first keeps two persons' events
    apart."""
    out = list(row)
    for number in ("1", "2"):
        column = f"actor{number}"
        side = sides.get((row[COLUMN["event_id"]], number, row[COLUMN[column]] or ""))
        if side is None:
            side = next((p for (_, n, name), p in sides.items() if n == number and name == row[COLUMN[column]]), None)
        if side is not None and row[COLUMN[column]]:
            out[COLUMN[column]], out[COLUMN[column + "_en"]] = side.name, side.english
    if out[COLUMN["actor2"]] and out[COLUMN["actor2"]] == out[COLUMN["actor1"]]:
        out[COLUMN["actor2"]] = out[COLUMN["actor2_en"]] = ""  # حفتر against the LNA: one side named twice
    if not out[COLUMN["actor1"]] and out[COLUMN["actor2"]] != row[COLUMN["actor2"]] and _battle(row):
        for name in ("actor1", "actor1_en"):  # معارك ... حفتر: the army he leads fights; its opponent is unknown
            out[COLUMN[name]], out[COLUMN[name.replace("1", "2")]] = out[COLUMN[name.replace("1", "2")]], ""
    return tuple(out)


def _battle(row: tuple) -> bool:
    """Whether a row is a battle (its sides have no direction)."""
    return row[COLUMN["event_type"]] == "Battles"


def titles(norm: str, mentions: Sequence[tuple[str, int]]) -> dict[str, str]:
    """The words before each person's mentions in the article (``mentions``: name, start), joined by name."""
    out: dict[str, str] = {}
    for name, start in mentions:
        out[name] = out.get(name, "") + " " + norm[max(0, start - _TITLE_CHARS) : start]
    return out
