"""Who the sides of an event are, beyond the side rules: victims told before the act (exposed to it, hurt by
it), a strike told with its nationality (غارة جوية أمريكية), a country as a side of violence (its military
forces), and a country's generic army where the article names that country's own force.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from helpers.extract.incidents.airpower import only_air_force
from helpers.extract.incidents.battle_order import loyal_militia_first
from helpers.extract.incidents.claimed import claimed_doer
from helpers.extract.incidents.clauses import foreign_arm
from helpers.extract.incidents.dead_side import dead_not_doer
from helpers.extract.incidents.details import VIOLENT_TYPES
from helpers.extract.incidents.naming import COMMAND, POLICE, al_qaeda_branch, arabic_label, country_label, forces_label
from helpers.extract.incidents.resistance import coalition_on_ground, resistance_named, row_sentence
from helpers.extract.incidents.scope import COLUMN
from helpers.extract.incidents.sides import NOBODY, Party
from helpers.extract.incidents.vocabulary import AGENT, COMPLEMENTISER, EXPOSED, VICTIM_BEFORE
from helpers.resources.actor_tables import nationalities
from helpers.text.normalize import name_key, normalize_letters

FORCES = "army"
EXPOSED_CHARS = 80  # how far before an act its exposed side may start (تعرضت مواقع الجيش ... لهجوم)


def passive_victim(
    norm: str,
    span: tuple[int, int],
    pre: str,
    region: tuple[int, int],
    parties: Sequence[Party],
    found: tuple[Party, Party],
) -> tuple[Party, Party]:
    """Victims told before the act: the side exposed to it (تعرضت مواقعنا لعدوان شنه الطيران: actor 2, the doer
    after it) or hurt by it (جرح أربعة جنود إسرائيليين بتفجير عبوة: actor 2, the doer unknown)."""
    actor1, actor2 = found = dead_not_doer(norm, span, parties, found)  # مقتل 20 من الحوثيين: the dead are actor 2
    (t0, t1), (low, high) = span, region
    exposed = [m for m in EXPOSED.finditer(norm, max(low, t0 - EXPOSED_CHARS), t0)]
    if exposed and pre.lstrip("وف").startswith("ل"):
        victim = next((p for p in parties if exposed[-1].end() <= p.start and p.end <= t0), NOBODY)
        doer = next((p for p in parties if t1 <= p.start < high and p.start - t1 <= 60), NOBODY)
        if victim.name:
            return (doer if doer.name != victim.name else NOBODY), victim
    by = pre.lstrip("وف").startswith("ب") or bool(_IN_BEFORE.search(norm, max(0, t0 - 4), t0))
    told = [p for p in parties if low <= p.start and p.end <= t0]
    victim = told[-1] if by and told else NOBODY  # قتل عدد من مسلحي الحوثي في غارات شنتها طائرات التحالف
    if victim.name:
        word = VICTIM_BEFORE.search(norm, max(0, victim.start - 30), victim.start)
        passive = word and (word.group(0).split()[0].lstrip("وف") in _PASSIVE or not _DEFINITE.match(victim.name))
        struck = _struck_side(norm, t1, victim, (actor1, actor2)) if passive else None
        if struck is not None:  # قتل ستة أشخاص في غارات على مواقع لحزب العمال: the side struck lost them
            doers = (p for p in (actor1, actor2) if p.start > t1 and p is not struck and p.kind != "civilian")
            doer = next(doers, NOBODY)
            return doer, struck
        if passive:
            doer = next((p for p in (actor1, actor2) if p.start > t1 and p.name != victim.name), NOBODY)
            return doer, victim
    return actor1, actor2


def _struck_side(norm: str, t1: int, victim: Party, found: tuple[Party, Party]) -> Party | None:
    """The armed side or forces an act ending at ``t1`` was aimed at, told after it (على مواقع لـ، ضد، الذي
    استهدف), when the dead told before it are people with no side (ستة أشخاص، 12 شخصا): ACLED codes them as the
    losses of the side struck; None when the dead are said to be civilians or no such side is told."""
    if normalize_letters(victim.name).lstrip("وف") not in _ANYONE:
        return None
    for party in found:
        armed = party.kind in ("state", "armed") or party.actor_type in ("army", "armed_group", "state")
        if party.start > t1 and armed and _AIMED.search(norm, max(t1, party.start - 30), party.start):
            return party
    return None


# People counted with no side (أشخاص، شخصا): not the civilians ACLED names when the act's target is a side.
_ANYONE = frozenset({"اشخاص", "شخصا", "شخص", "شخصين", "شخصان", "اشخاصا", "الاشخاص"})
# Right before the struck side (a word or two between: مواقع، مسجد قوات): the act's aim.
_AIMED = re.compile(r"(?<![\u0621-\u064a])(?:علي|ضد|استهدف|استهدفت|طال|طالت)(?:\s+[\u0621-\u064a]+){0,2}\s+(?:ل|لل)?$")


def by_nationality(norm: str, span: tuple[int, int], pos: str, actor1: Party) -> Party:
    """A strike or an attack told with its nationality (غارة جوية أمريكية، القصف الإسرائيلي) is that country's
    military forces (named by the adjective as written); not the nationality of a bomber (الانتحاري السعودي) or of
    what was struck (تفجير طائرة روسية)."""
    t0, t1 = span
    if pos == "verb":
        return actor1 if actor1.name or actor1.english else _cause_nationality(norm, t1)
    if pos == "noun" and _DEATH_NOUN.fullmatch(norm, t0, t1):  # مقتل زعيمه في هجوم بطائرة أمريكية
        return actor1 if actor1.name or actor1.english else _cause_nationality(norm, t1)
    if pos != "noun" or _NISBA.search((norm[t0:t1].split() or [""])[0]):
        return actor1  # الانتحاري السعودي: the bomber's nationality, not his state's act
    for n, word in enumerate(list(_WORD.finditer(norm, t1, min(len(norm), t1 + 30)))[:2]):
        if word.group(0) in _PLACE_PREPOSITIONS:
            return actor1  # غارة جوية في سورية: the country the act was in (سورية also reads "Syrian")
        nat = nationalities().get(name_key(word.group(0)))
        head = (norm[t0:t1].split() or [""])[0].lstrip("وفبل").removeprefix("ال")
        carrier = word.group(0).startswith("ل") or head in _STRIKE  # غارة لطائرة أمريكية: who flew it
        if nat is None and not n and not carrier and not _ADJECTIVE_FORM.search(word.group(0)):
            return actor1  # تفجير طائرة روسية: the nationality of what was struck
        if nat is not None and nat.country != actor1.country:
            label = forces_label("", nat.country)
            return Party(word.start(), word.end(), "", label, "state", FORCES, nat.country) if label else actor1
        if nat is not None:
            return actor1
    return actor1


def _cause_nationality(norm: str, t1: int) -> Party:
    """The state whose strike caused what a verb tells, told after it in its clause (قتل قيادي في غارة أمريكية، قتل
    اثنان في هجوم بطائرة أمريكية بدون طيار): that country's military forces, or nobody."""
    clause = _CLAUSE_END.split(norm[t1 : t1 + _CAUSE_CHARS], maxsplit=1)[0]
    cause = _CAUSE_ACT.search(clause)
    if cause is None:
        return NOBODY
    act = (t1 + cause.start("act"), t1 + cause.end("act"))
    state = by_nationality(norm, act, "noun", NOBODY)
    return state if state.english else foreign_arm(norm, act[1])


_CLAUSE_END = re.compile(r"[.؛:]")  # not a comma: the dead may be told with a relative clause between commas
_DEATH_NOUN = re.compile(r"[وفبل]?(?:ال)?(?:مقتل|مصرع|استشهاد|استشهد[تاو]*|حتف|سقوط قتلي|سقوط قتيل)")
_CAUSE_CHARS = 120  # مقتل زعيمه فلان الذي كان ...، في هجوم: the dead, their group, a relative clause before the cause
_CAUSE_ACT = re.compile(
    r"(?:(?<![\u0621-\u064a])(?:في|خلال|جراء|اثر|اثناء)\s+|(?<![\u0621-\u064a])ب)(?P<act>(?:ال)?(?:هجوم|هجمات|غاره|غارات"
    r"|ضربه|ضربات|قصف))(?![\u0621-\u064a])"
)
_WORD = re.compile(r"[^\s،,.]+")
_PLACE_PREPOSITIONS = frozenset({"في", "داخل", "قرب", "شمال", "جنوب", "شرق", "غرب", "علي"})
_STRIKE = frozenset({"قصف", "غاره", "غارات", "ضربه", "ضربات", "قصفا"})
# A trigger's head noun in the relative form (انتحاري، انتحارية): a person, whose nationality is his own.
_NISBA = re.compile(r"(?:ي|يه)$")
# An adjective between an act and its nationality (غارة جوية أمريكية، القصف المدفعي التركي، ضربات صاروخية).
_ADJECTIVE_FORM = re.compile(r"(?:ي|يه|يا|يين)$")


_IN_BEFORE = re.compile(r"(?<![\u0621-\u064a])في\s+$")
_PASSIVE = frozenset({"اصيب", "اصيبت", "استشهد", "استشهدت", "مقتل", "مصرع", "اصابه"})
_DEFINITE = re.compile(r"^[وف]?(?:ال|لل)")


def country_army(actor: Party, forces: Party) -> bool:
    """Whether ``actor`` is a country's generic military (``Military Forces of Libya``) where the article's most
    named army is a named force of that country (the Libyan National Army)."""
    return (
        actor.english.startswith(_MILITARY)
        and bool(forces.name)
        and forces.country == actor.country
        and not forces.english.startswith(_MILITARY)
    )


def force_unit(actor: Party, forces: Party) -> bool:
    """Whether ``actor`` is a unit of a country's forces (the Libyan Special Forces, Air Force, Navy) where the
    article's most named army is a named force of that country (the Libyan National Army): ACLED's actor is
    the force (the unit is read as a side only after merging, so that two units' acts stay two events)."""
    if not forces.name or forces.english.startswith(_MILITARY) or forces.country != actor.country:
        return False
    return actor.actor_type in _UNIT_TYPES and actor.name != forces.name and not POLICE.search(actor.english)


_UNIT_TYPES = ("army", "military_unit")


_MILITARY = "Military Forces of"


def state_forces(event_type: str, party: Party) -> Party:
    """A country or its government named as a side of political violence (الولايات المتحدة شنت ضربات، الحكومة
    التركية سيطرت) is its military forces, the way ACLED names it (``Military Forces of the United States``)."""
    state = party.kind == "place" or party.actor_type == "state"
    state = state or (party.actor_type == "government" and "government" in party.english.lower())
    if not state or not party.country or event_type not in VIOLENT_TYPES:
        return party
    return party._replace(english=forces_label("", party.country) or party.english)


def reported_between(norm: str, start: int, end: int) -> bool:
    """Whether reported words start between ``start`` and ``end`` (قالت الشرطة إن ...), not a time clause (بعد أن)."""
    return any(
        not _TIME_BEFORE.search(norm, max(0, m.start() - 6), m.start())
        for m in COMPLEMENTISER.finditer(norm, start, end)
    )


_TIME_BEFORE = re.compile(r"(?:بعد|قبل|منذ|دون|حين|الي)\s+$")


def opposed(row: tuple, forces: Party, group: Party, towns: set[str], norm: str = "") -> tuple:
    """A battle row (after merging) with its actor 2 completed: a town or a district is the ground fought over,
    not a side; an unnamed opponent of the article's most named army is its most named armed group, and the
    reverse (the LNA against Al-Qaeda in a story of Derna; against any armed group that is not a state's); an
    unnamed side fighting a named one is the
    article's army; the way an analyst codes it from the article. An actor 2 that names actor 1's side again (two
    mentions merged) is none."""
    row = only_air_force(claimed_doer(row, norm), norm)  # أعلن تنظيم داعش مسؤوليته; غارات in Yemen: the coalition's
    row = branch_named(people_named(row), norm)
    twice = row[COLUMN["actor2_en"]] and row[COLUMN["actor2_en"]] == row[COLUMN["actor1_en"]]
    if twice and not row[COLUMN["actor2_en"]].startswith(_UNNAMED_SIDES):  # two unknown groups may fight each other
        row = _one_side(row)  # القوات الشرعية ... الجيش اليمني joined from another mention: one side named twice
    if row[COLUMN["event_type"]] not in _OPPOSED:
        return coalition_target(row, group, norm)
    ally = ground_forces(Party(-1, -1, row[COLUMN["actor1"]], row[COLUMN["actor1_en"]] or "", "named"), norm)
    row = coalition_on_ground(row, (ally.name, ally.english), (group.name, group.english))  # its ally fought
    out = list(resistance_named(row, norm))
    if out[COLUMN["actor2"]] in towns:
        out[COLUMN["actor2"]] = out[COLUMN["actor2_en"]] = ""  # سيطرته على شيحة: the place taken
    if group.name and COMMAND.search(group.name):
        group = NOBODY  # غرفة عمليات الكرامة: an army's command, not its opponent
    if not out[COLUMN["actor2"]] and forces.name and group.name:
        actor1 = out[COLUMN["actor1"]]
        loyal = actor1 and actor1 != group.name and _PRO_GOVERNMENT.search(out[COLUMN["actor1_en"]])
        rebel = actor1 and not _unarmed(out[COLUMN["actor1_en"]]) and not _STATE.search(out[COLUMN["actor1_en"]])
        rebel = rebel and not loyal  # المقاومة الشعبية: it fights beside the army, against the article's group
        state = actor1 and _GOVERNMENT.search(out[COLUMN["actor1_en"]])  # أعلن الجيش اليمني تحرير مواقع جديدة
        foreign = forces.country and country_label(forces.country) not in out[COLUMN["actor1_en"]]
        state = (state and not (forces.name and foreign)) or loyal  # Egypt's forces in a story of the LNA: not its war
        ground = ground_forces(forces, norm)  # a coalition's jets hold no ground: its ally on the ground fights
        other = group if actor1 == forces.name or state else ground if rebel else NOBODY  # ميليشيات الجضران: the LNA
        other = NOBODY if other.name == actor1 else other  # the article's ally on the ground is no side against itself
        out[COLUMN["actor2"]], out[COLUMN["actor2_en"]] = other.name, other.english
        if other.name and other is not group and actor1 == group.name and _MUTUAL.fullmatch(out[COLUMN["trigger"]]):
            out[COLUMN["actor1"]], out[COLUMN["actor1_en"]] = other.name, other.english  # مواجهات مع الحوثيين:
            out[COLUMN["actor2"]], out[COLUMN["actor2_en"]] = group.name, group.english  # no initiator, the state first
    loyal2 = out[COLUMN["actor2"]] != group.name and _PRO_GOVERNMENT.search(out[COLUMN["actor2_en"]])
    if not out[COLUMN["actor1"]] and group.name and loyal2:  # اشتباكات ... بين قوات المقاومة والحوثيين
        out[COLUMN["actor1"]], out[COLUMN["actor1_en"]] = out[COLUMN["actor2"]], out[COLUMN["actor2_en"]]
        out[COLUMN["actor2"]], out[COLUMN["actor2_en"]] = group.name, group.english
    fought = out[COLUMN["actor2"]] and out[COLUMN["actor2"]] != forces.name and not _unarmed(out[COLUMN["actor2_en"]])
    ground = ground_forces(forces, norm)
    if not out[COLUMN["actor1"]] and fought and ground.name and out[COLUMN["actor2"]] != ground.name:
        out[COLUMN["actor1"]], out[COLUMN["actor1_en"]] = ground.name, ground.english  # خلال اشتباكات مع المتشددين
    return loyal_militia_first(tuple(out), row_sentence(norm, tuple(out)), COLUMN)


def people_named(row: tuple) -> tuple:
    """A row whose civilian side shows the Arabic of ACLED's label (شخصا، مدنيين as Civilians (Libya): مدنيون
    (ليبيا)); a crowd named already (المتظاهرون) keeps its name. Display only: after merging and scope."""
    out = list(row)
    for arabic, english in (("actor1", "actor1_en"), ("actor2", "actor2_en")):
        label = arabic_label(out[COLUMN[english]])
        if label and not _CROWD.search(out[COLUMN[arabic]] or ""):
            out[COLUMN[arabic]] = label
    return tuple(out)


_CROWD = re.compile(r"متظاهر|محتج|مشاغب")


def branch_named(row: tuple, norm: str) -> tuple:
    """A row whose side told as Al-Qaeda (تنظيم القاعدة) is the branch of the article's country, by ACLED's name
    (AQAP: Al Qaeda in the Arabian Peninsula in a story of Yemen; ``naming.al_qaeda_branch``)."""
    out = list(row)
    for arabic, english in (("actor1", "actor1_en"), ("actor2", "actor2_en")):
        branch = al_qaeda_branch(out[COLUMN[english]], norm, _offset(out), _place(out))
        if branch is not None:
            out[COLUMN[arabic]], out[COLUMN[english]] = branch
    return tuple(out)


def _offset(row: list) -> int:
    """Where a row's trigger starts in the article (-1 when the row has none)."""
    start = row[COLUMN["start"]]
    return int(start) if isinstance(start, (int, float)) and not isinstance(start, bool) else -1


def _place(row: list) -> str:
    """A row's place as written ('' when none)."""
    place = row[COLUMN["location"]]
    return place if isinstance(place, str) else ""


def ground_forces(forces: Party, norm: str) -> Party:
    """The article's army as a battle's unnamed side: itself, or for an air coalition (the Saudi-led one, whose
    war on the ground is fought by its allies) the ally the article names more often (the Yemeni resistance or
    the Yemeni army), none when it names neither (a coalition's jets are no side of a ground battle)."""
    if not _AIR_COALITION.search(forces.english or "") or _COALITION_TROOPS.search(norm):
        return forces  # القوات الإماراتية، قواته البرية: the coalition's own troops fight on the ground
    counts = [(len(pattern.findall(norm)), party) for pattern, party in _GROUND_ALLIES]
    count, ally = max(counts, key=lambda pair: pair[0])
    return ally if count else NOBODY


# Battle nouns that name no initiator (the two sides fight each other): the state's side is told first, as
# ``battle_order.state_first`` orders معارك بين X و Y.
_MUTUAL = re.compile(r"[وفب]?(?:ال)?(?:معارك|معركه|معركة|مواجهات|مواجهة|مواجهه|اشتباكات|اشتباك|قتال|اقتتال)")
# The coalition's own ground troops named (قوات إماراتية، القوات السودانية المشاركة في التحالف، قواته البرية).
_COALITION_TROOPS = re.compile(
    r"(?<![\u0621-\u064a])(?:قوات|القوات)\s+(?:ال)?(?:اماراتيه|سودانيه|سعوديه)(?![\u0621-\u064a])"
    r"|(?<![\u0621-\u064a])(?:قواته|قوات التحالف(?: العربي)?)\s+البريه|المشاركه في التحالف"
)
_AIR_COALITION = re.compile(r"Saudi-led|Arab coalition", re.IGNORECASE)
# The Saudi-led coalition's allies on the ground, as the article names them (definite المقاومة is the resistance;
# من دون مقاومة is no side), with the names of the alias table.
_GROUND_ALLIES = (
    (
        re.compile(
            r"(?<![\u0621-\u064a])[وفب]?(?:ال|لل)(?:مقاومه|قوات الموالي[هة] (?:للشرعيه|للحكومه|لهادي|للرئيس هادي"
            r"|لحكومه هادي))(?![\u0621-\u064a])"
        ),  # the loyalist forces of 2015, the resistance (الموالية لهادي), as the alias table names them
        Party(-1, -1, "المقاومة الشعبية", "Yemeni Resistance", "named", "armed_group"),
    ),
    (
        re.compile(
            r"(?<![\u0621-\u064a])[وفب]?(?:ال|لل)(?:جيش الوطني|جيش اليمني|قوات الحكوميه|قوات الشرعيه|قوات اليمنيه)"
            r"(?![\u0621-\u064a])"
        ),
        Party(-1, -1, "قوات الشرعية", "Military Forces of Yemen", "named", FORCES, "YE"),
    ),
)


_OPPOSED = ("Battles",)


_UNNAMED_SIDES = ("Unidentified", "Civilians", "Protesters", "Rioters")


def _one_side(row: tuple) -> tuple:
    """A row with its actor 2 emptied (it names actor 1's side again)."""
    out = list(row)
    out[COLUMN["actor2"]] = out[COLUMN["actor2_en"]] = ""
    return tuple(out)


def coalition_target(row: tuple, group: Party, norm: str = "") -> tuple:
    """A military coalition's strike with no side told as struck (شنت طائرات التحالف غارات على مديرية كسمة) is on
    the armed group its war is fought against, the way ACLED codes a coalition's air strikes: the Houthis for the
    Saudi-led coalition, the Islamic State for the US-led one, when that is the article's armed group (not an ally
    such as the SDF); civilians told as hit are a side already and stay, and a strike whose clause names another
    target (مواقع القاعدة، حفل زفاف، حافلة مدرسية) is left without one."""
    if row[COLUMN["event_type"]] != _STRIKE or row[COLUMN["actor2"]] or not group.name:
        return row
    enemy = next((e for c, e in _WAR_ENEMY if c.search(row[COLUMN["actor1_en"]])), None)
    if enemy is None or not enemy.search(group.english or "") or row[COLUMN["actor1"]] == group.name:
        return row
    end = int(row[COLUMN["end"]]) if str(row[COLUMN["end"]]).strip() else 0
    clause = norm[end : end + _TARGET_CHARS].split(".")[0]
    if _OTHER_TARGET.search(clause):
        return row
    out = list(row)
    out[COLUMN["actor2"]], out[COLUMN["actor2_en"]] = group.name, group.english
    return tuple(out)


_STRIKE = "Explosions/Remote violence"
_WAR_ENEMY = (
    (re.compile(r"Saudi-led|Arab coalition", re.IGNORECASE), re.compile(r"Houthi", re.IGNORECASE)),
    (re.compile(r"Coalition Against|US-led", re.IGNORECASE), re.compile(r"Islamic State|ISIS|Daesh", re.IGNORECASE)),
)
_TARGET_CHARS = 90
# Targets the clause may name that are not the war's enemy: another group, civilians' places and gatherings.
_OTHER_TARGET = re.compile(
    r"القاعده|داعش|تنظيم الدوله|النصره|قسد|سوريا الديمقراطيه|زفاف|عرس|حافله|حافلات|مدرسه|مدارس|سوق|مستشفي|مستشفيات"
    r"|مدنيين|مدنيون|المدنيين|احياء سكنيه|حي سكني|منازل|منزل|مسجد|جنازه|عزاء|مخيم"
)
_STATE = re.compile(r"Forces of|Government|Authorities|Army|Ministry|Police|Treasury|^military forces$", re.IGNORECASE)
# A state's forces, labelled or generic (القوات الشرعية with no country known): they fight the article's rebels.
_GOVERNMENT = re.compile(r"^(?:Military|Police) Forces of|^military forces$")
# Armed groups that fight beside a state's forces (ACLED's pro-government militias): their opponent is the
# article's armed group, never its army (the Yemeni resistance against the Houthis, not the coalition).
_PRO_GOVERNMENT = re.compile(
    r"Yemeni Resistance|Popular Mobili[sz]ation|Peshmerga|Giants Brigades|Security Belt|Elite Forces"
    r"|Sahwa|Awakening Council|Tribal Mobili[sz]ation|Sunni tribal fighters",
    re.IGNORECASE,
)


def _unarmed(english: str) -> bool:
    """Whether a side is civilians or protesters (never fought by a battle's unnamed side)."""
    return english.lower().startswith(("civilians", "protesters"))


def victims_named(hits: Sequence[Any], parties: Sequence[Party], norm: str) -> set[Party]:
    """The actors named right after a killing noun of the sentence (مقتل X، مصرع X، اغتيال X), kept or not: the
    first, and those after it in the same phrase (مقتل زعيم القاعدة في المدينة عطية الشاعري) before a comma or
    another trigger."""
    out = set()
    starts = sorted(h.start for h in hits)
    for hit in hits:
        if hit.suffix:
            continue  # لقي ثلاثة حتفهم، برصاص القوات: the pronoun is the dead, the name after it not
        taken = hit.trigger.sub_event_type == _TERRITORY  # تطهير قوات الجيش له: who takes it, not a victim
        if hit.trigger.pos == "noun" and hit.trigger.genitive == "actor2" and hit.trigger.event_type in VIOLENT_TYPES:
            if taken:
                continue
            at = bisect.bisect_right(starts, hit.end)
            following = starts[at : at + 1]
            stop = min([*following, hit.end + _VICTIM_PHRASE])
            near = [p for p in parties if 0 <= p.start - hit.end <= _VICTIM_GAP and not _by(norm, hit.end, p.start)]
            phrase = [p for p in parties if hit.end <= p.start < stop and not _COMMA.search(norm, hit.end, p.start)]
            phrase = [p for p in phrase if not _by(norm, hit.end, p.start)]  # مصرع قائد حوثي بنيران X: X killed him
            out.update(near + (phrase if near else []))
    return out


_TERRITORY = "Government regains territory"


def _by(norm: str, end: int, start: int) -> bool:
    """Whether an agent cue (برصاص، بنيران، على يد) stands between a killing noun and a party: its killer."""
    return bool(AGENT.search(norm, end, start))


_VICTIM_GAP = 12  # a count may stand between (مقتل عشرات الحوثيين)
_VICTIM_PHRASE = 35  # the victim's name after a title and a place (زعيم القاعدة في المدينة عطية الشاعري)
_COMMA = re.compile(r"[،,.:]")


def speaker_not_actor(norm: str, attribution: Any, start: int, actor1: Party) -> Party:
    """A person speaking the words an event is told in is not its actor (وأضاف المسماري: "تقدمت وحداتنا في معركة
    درنة"): nobody (a battle's unnamed side is then the article's army, ``opposed``). An institution telling its
    own act (قالت الداخلية إنها اعتقلت) stays its actor."""
    if actor1.actor_type != "person":
        return actor1
    within = attribution.start <= actor1.start < max(attribution.end, attribution.start + 1)
    return NOBODY if within and attribution.quote_start <= start else actor1


# Bodies that count the dead (ministries of health, hospitals, medics, monitors, the Red Crescent and Cross): in
# news they tell a toll (وزارة الصحة أجملت عدد القتلى، وفق المرصد), never do the killing.
TOLL_REPORTERS = re.compile(
    r"(?:وزار[ةه]|وزير) الصح[ةه]|مستشف[ىي]|طبي[ةه]?\b|مسعف|الإسعاف|الاسعاف|المرصد|الهلال الأحمر|الهلال الاحمر"
    r"|الصليب الأحمر|الصليب الاحمر|Health|Hospital|Medical|Observatory|Red Crescent|Red Cross"
)


def reporter_not_actor(actor1: Party) -> Party:
    """A body that counts the dead (``TOLL_REPORTERS``) is not the actor of the violence it counts: nobody."""
    return NOBODY if TOLL_REPORTERS.search(f"{actor1.name} {actor1.english}") else actor1


def light_verb_subject(norm: str, start: int, countries: Sequence[Party]) -> Party:
    """A country right after a light verb before a noun act (نفذ العراق ... ضربات جوية، شنت إسرائيل غارات) is
    its actor (a place the places layer read as a location)."""
    verbs = list(LIGHT_VERB.finditer(norm, max(0, start - _LIGHT_CHARS), start))
    if not verbs:
        return NOBODY
    verb = verbs[-1]
    return next((p for p in countries if 0 <= p.start - verb.end() <= 2 and p.end <= start), NOBODY)


LIGHT_VERB = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:شن|شنت|نفذ|نفذت|وجه|وجهت)\s+")
_LIGHT_CHARS = 90


def struck_forces(norm: str, span: tuple[int, int], country: str, actor1: Party) -> Party:
    """A strike's target told as military sites (مواقع عسكرية حكومية، قواعد ومقرات عسكرية، أهداف سورية) is a
    country's military forces: the country of a nationality adjective in the phrase, else of the event's place;
    nobody when it is actor 1's own country or none is known."""
    t1, high = span
    target = _MILITARY_TARGET.search(norm, t1, min(high, t1 + _TARGET_CHARS))
    if target is None:
        return NOBODY
    code = ""
    for word in target.group(0).split()[1:]:
        nat = nationalities().get(name_key(word))
        if nat is not None:
            code = nat.country
            break
    if not code and not _MILITARY_WORD.search(target.group(0)):
        return NOBODY  # أهداف في المدينة: no side told
    code = code or country
    label = forces_label("", code) if code and code != actor1.country else ""
    return Party(target.start(), target.end(), target.group(0), label, "state", FORCES, code) if label else NOBODY


_TARGET_CHARS = 90
_MILITARY_TARGET = re.compile(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:مواقع|موقع|قواعد|قاعده|مقرات|مقر|مستودعات|مستودع|اهداف|هدف|معسكرات|"
    r"معسكر|مطار|ثكنات|ثكنه|تعزيزات|عربات|ارتال|رتل|منشات|منشاه)(?:\s+(?:و[\u0621-\u064a]+|\"?[\u0621-\u064a]+\"?)){1,2}"
)
_MILITARY_WORD = re.compile(r"عسكري|حكومي|للجيش|للقوات|الجيش")
