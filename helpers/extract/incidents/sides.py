"""Who acts and to whom: the actors of a sentence (the actors layer, places standing for a government, and
generic nouns such as الشرطة or مسلحين) and the rules that put them on the sides of one trigger.

- A verb: the actor right after it is its subject (Arabic is mostly verb-first: اعتقلت الشرطة X), else the
  nearest actor before it; the next actor after the subject is the object. A victim noun right after a verb
  (قتل 9 مدنيين) is the object. A passive agent (على يد / من قبل X) is actor 1.
- A noun: the actor right after it is, as the trigger table says, its subject (قصف الجيش) or its object
  (اعتقال X، القبض على X); an actor before it is actor 1 (ألقت الشرطة القبض على X) unless the table says
  otherwise (سقط X في قبضة الجيش); بين X و Y gives both sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from helpers.extract.incidents.attribution import attributed
from helpers.extract.incidents.backing import backers_dropped, joined_ally
from helpers.extract.incidents.battle_order import attempted, state_first
from helpers.extract.incidents.causes import KILLING, caused_by
from helpers.extract.incidents.clause_cues import (
    INSTRUMENT,
    affiliated,
    armed_owner,
    behind_preposition,
    between,
    construct,
    counted,
    dead_end,
    initiated,
    loyal_to,
    military_base,
    owner_before,
    past_holder,
    possessed,
    ruler_after,
    supporting,
    target_adjective,
    their_group,
    topic,
)
from helpers.extract.incidents.held import facility_owner, held_target, hit_after
from helpers.extract.incidents.locatives import locative
from helpers.extract.incidents.members import (
    act_adjective,
    bodies_found,
    condemner,
    condemners_own,
    dead_before_act,
    dead_before_verb,
    dead_told_before,
    led,
    met_death,
    nationality_of,
    own_dead,
    suspected,
)
from helpers.extract.incidents.naming import forces_label
from helpers.extract.incidents.vocabulary import (
    ACTOR_NOUN,
    ACTOR_NOUN_ENGLISH,
    ACTOR_NOUN_KIND,
    AGENT,
    BETWEEN,
    LED_BY,
    NO_AGENT,
    OBJECT_CUE,
    REBELS,
    UNNAMED_ARMED,
    Trigger,
)
from helpers.resources.actor_tables import actor_stoplist
from helpers.text.normalize import name_key, normalize_letters


class Party(NamedTuple):
    """An actor candidate in a sentence."""

    start: int
    end: int
    name: str  # canonical Arabic (actors layer), the place's name, or the noun phrase as written
    english: str
    kind: str  # named, place, state, armed or civilian
    actor_type: str = ""
    country: str = ""  # ISO2 of a state's forces or of a place standing for its government


NOBODY = Party(-1, -1, "", "", "")
# How far after a verb its subject may start (a date or an adverb may stand between: اعتقلت، الجمعة، الشرطة).
_SUBJECT_GAP = 30
# How far after a noun trigger its genitive may start (القبض على X، اقتحام الجيش لمنزل).
_GENITIVE_GAP = 20
# How far before a trigger an actor may end to be its subject (past it, it belongs to another clause).
_BEFORE_GAP = 60
# How far the object may be from the subject.
_OBJECT_GAP = 80


def sentence_parties(
    text: str,
    norm: str,
    start: int,
    end: int,
    named: Sequence[Party],
    places: Sequence[Party],
    referred: Sequence[Party] = (),
) -> list[Party]:
    """The actor candidates of ``text[start:end]``: the named actors, the places used as actors, the definite
    descriptions that refer back to a named actor (``referred``: ``reference.anaphors``), and the generic nouns
    outside them; sorted by offset."""
    named = [p for p in (cleaned(norm, party) for party in named) if p.name and not _platform(p)]  # تويتر: a medium
    taken = sorted([*named, *places, *referred])
    found, last_end = list(taken), -1
    for match in ACTOR_NOUN.finditer(norm, start, end):
        s, e = match.start("noun"), match.end()
        if any(a < e and s < b for a, b, *_ in taken) or s < last_end:
            continue  # inside a name, or the word of the noun before (مسلحون مجهولون: one party)
        noun = match.group("noun")
        english, kind = ACTOR_NOUN_ENGLISH.get(noun, ""), ACTOR_NOUN_KIND.get(noun, "")
        country = nationality_of(norm[match.end("noun") : e]) if english in _FORCES_NOUNS else ""
        after = _NEXT_WORD.match(norm, e) if english in _FORCES_NOUNS and not country else None
        if after and nationality_of(after.group("word")):  # جنديان إسرائيليان، جنود أتراك: the adjective after
            country, e = nationality_of(after.group("word")), after.end()
        police = _POLICE_UNIT.match(norm, e) if english == "military forces" else None
        if police:  # قوات الطوارئ، قوات مكافحة الشغب: a police unit
            english, e = "police", police.end()
        if _TIGHTENING.match(norm, match.start("noun")):
            continue  # محكمة سيطرتها، مُحكِماً الحصار: the participle of أحكم (tightening), not a court
        if english == "regime" and not country and not ruler_after(norm, taken, e):
            continue  # نظام الدفع، النظام المصرفي: a system; the regime only as النظام السوري or نظام الأسد
        if country:  # جنود إسرائيليين، الشرطة المصرية: a country's forces by ACLED's label
            english = forces_label(english, country) or english
        unknown = _UNKNOWN.match(norm, e) if kind in ("state", "armed") else None
        if unknown:  # قوات مجهولة، مسلحون مجهولون: ACLED's unidentified armed group
            e, english, kind = unknown.end(), UNNAMED_ARMED, "armed"
        written = "ال" + text[s:e] if norm[match.start() : s].endswith("لل") else text[s:e]  # للقوات → القوات
        found.append(Party(s, e, written, english, kind, "", country))
        last_end = e
    found = [p for p in led(norm, sorted(found)) if not LED_BY.search(norm, max(0, p.start - 30), p.start)]
    found = [p for p in found if not act_adjective(norm, p)]  # هجوم مسلح: the act's adjective
    found = [p for p in found if not _FACILITY.search(norm, max(0, p.start - 12), p.start)]  # كلية الشرطة
    found = [p for p in found if not _SOURCE_BEFORE.search(norm, max(0, p.start - 26), p.start)]  # وفقا لوزارة: tells
    found = [p for p in found if not locative(norm, p) and not military_base(norm, p)]  # أمام المحكمة: a place
    found = [p for p in found if not target_adjective(norm, p)]  # هدفا عسكريا: a military target, not a soldier
    found = [p for p in found if not loyal_to(norm, p)]  # القوات الموالية للرئيس هادي: whom forces serve
    parties = suspected(norm, affiliated(norm, construct(norm, _operations(norm, sorted(found)))))
    return their_group(norm, parties, {(p.start, p.end) for p in referred})


def _platform(party: Party) -> bool:
    """Whether a name is a platform of the stop list (تويتر، يوتيوب): where something was told, never a side."""
    return actor_stoplist().get(name_key(party.name), ("",))[0] == "platform"


_TAKE_CONTROL = "سيطرة"
# محكمة/محكما before a grip or a siege: the active participle of أحكم (tightening it), not a court.
_TIGHTENING = re.compile(r"[وف]?(?:ال)?(?:محكمه|محكما)\s+(?:ال)?(?:سيطر|قبض|حصار|طوق)")
_FROM = re.compile(r"(?<![\u0621-\u064a])من(?![\u0621-\u064a])")


def led_militia(norm: str, persons: Sequence[tuple[int, str, str]]) -> Party:
    """The militia an article says a person leads (الميليشيات التي يقودها إبراهيم الجضران; ``persons``: start,
    name and English of each person's mention), as ``Militia (<person>)``: the militias it names elsewhere
    without their leader (سيطرت ميليشيات على الموانئ); nobody when it names none."""
    for start, name, english in persons:
        if _MILITIA_LED.search(norm, max(0, start - 60), start):
            return Party(-1, -1, f"ميليشيا {name}", f"Militia ({english})", "armed", "armed_group")
    return NOBODY


_MILITIA_LED = re.compile(
    r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:ميليشيا|ميليشيات|مليشيا|مليشيات)(?:\s+ال[\u0621-\u064a]+)?"
    r"\s*[،,]?\s*(?:(?:الذي|التي|الذين)\s+)?(?:يقودها|تقودها|يقوده|تقوده|يتزعمها|يتزعمه|بقياده|بزعامه)\s+$"
)


def _operations(norm: str, parties: list[Party]) -> list[Party]:
    """An operation's name (العملية الشاملة "سيناء 2018") stands for the forces named before it in the sentence
    (كشف الجيش المصري نتائج ... العملية); none when no forces are named before it."""
    out: list[Party] = []
    for party in parties:
        if party.kind == "named" and _OPERATION.search(norm, max(0, party.start - 25), party.start):
            owner = next((p for p in reversed(out) if p.kind == "state" or p.actor_type == "army"), None)
            if owner is not None:
                out.append(owner._replace(start=party.start, end=party.end))
            continue
        out.append(party)
    return out


_FORCES_NOUNS = ("police", "military forces", "regime")
# After a forces noun, the words of a police unit (قوات الطوارئ، قوات مكافحة الشغب، قوات حفظ النظام).
_POLICE_UNIT = re.compile(r"\s+(?:ال)?(?:طوارئ|طواريء|مكافحه الشغب|حفظ النظام|نجده|درك)(?![\u0621-\u064a])")
_UNKNOWN = re.compile(r"\s+(?:مجهوله|مجهولين|مجهولون|مجهول|مجهولي الهويه|مجهول الهويه)(?![\u0621-\u064a])")
# Before an actor's name, a place named after it (كلية الشرطة، أكاديمية الشرطة): a place, not a side.
_FACILITY = re.compile(r"(?<![\u0621-\u064a])[وفبل]?(?:ال)?(?:كليه|اكاديميه|مدرسه|جامعه|مستشفي)\s+$")
# Before a name, an operation (العملية الشاملة "سيناء 2018"): its name, not a side.
_OPERATION = re.compile(r"(?<![\u0621-\u064a])[وفب]?(?:ال|لل|ل)?(?:عمليه|معركه)(?:\s+ال[\u0621-\u064a]+)?\s*[\"«]?\s*$")
# Words no actor's name holds (a verb, a particle, a time word): the name was cut from a clause (ميليشيا ليبية شن
# هجمات، غرفة عمليات الكرامة بأن وحداتها، مليشيا الحوثي أثناء تنفيذ); the name ends before them.
_CLAUSE_WORDS = frozenset(
    {"بان", "ان", "انه", "انها", "شن", "شنت", "يشن", "تشن", "الذي", "التي", "الذين", "اثناء", "خلال", "بعد", "قبل",
     "عند", "حيث", "قد", "لقد", "لم", "لن", "كان", "كانت", "وهو", "وهي"}
)  # fmt: skip
_UNNAMED_TYPES = ("organisation", "other")  # an organisation or a name known only by its romanisation
# A militia noun heading a name with no English of its own (الميليشيات الانقلابية، مليشيا الحوثي): described.
_MILITIA = re.compile(r"^[وفبل]?(?:ال|لل)?(?:ميليشيات|ميليشيا|مليشيات|مليشيا)(?:\s|$)")


def cleaned(norm: str, party: Party) -> Party:
    """A named actor as a side: none when it is an operation's name or an organisation known only by its
    romanisation (بوك، فيلا، الأهرام، سيناء 2018); its name cut before a word no name holds when the actors
    layer has no English of its own for it."""
    if _OPERATION.search(norm, max(0, party.start - 25), party.start):
        return party  # an operation's name: its forces (``_operations``)
    uncurated = party.english == party.name
    if uncurated and party.actor_type in _UNNAMED_TYPES:
        return NOBODY
    if not uncurated:
        return party
    words = party.name.split()
    cut = next((i for i, w in enumerate(words) if normalize_letters(w) in _CLAUSE_WORDS), len(words))
    if not cut:
        return NOBODY
    name = " ".join(words[:cut])
    party = party._replace(name=name, english=name)
    if party.start >= 0 and _MILITIA.match(normalize_letters(name)):
        return party._replace(english=REBELS, kind="armed")  # الميليشيات الانقلابية: militias described, not named
    return party


_NEXT_WORD = re.compile(r"\s+(?P<word>[\u0621-\u064a]{3,})")


def sides(
    norm: str,
    trigger: Trigger,
    span: tuple[int, int],
    region: tuple[int, int],
    parties: Sequence[Party],
    suffixed: bool = False,
) -> tuple[Party, Party]:
    """Actor 1 and actor 2 of one trigger at ``span``, looked for within ``region`` of its sentence; a noun
    with a pronoun suffix (غاراته، قواته) has its owner before it, never after."""
    t0, t1 = span
    low, high = region
    if trigger.pos == "verb":  # واقتحم انتحاري بسيارة مفخخة: the subject right after the verb, itself an act's noun
        high = max([high, *(p.end for p in parties if 0 < p.start - t1 <= _ADJACENT and p.kind == "armed")])
    held = past_holder(norm, t1, high, parties) if trigger.action == _TAKE_CONTROL else None
    if held is not None:  # استعاد مواقع كانت الميليشيات تسيطر عليها: the past holder is the loser
        one, two = sides(norm, trigger, span, region, [p for p in parties if p.name != held.name], suffixed)
        return one, (two if two.name and not joined_ally(norm, held, two) else held)  # وقوات صالح: its ally
    inside = [
        m.span() for m in _RELATIVE.finditer(norm, max(low, t0 - _BEFORE_GAP - 110), t0)
    ]  # نفذ العراق، الذي حررت أراضيه من التنظيم،
    before = [
        p
        for p in parties
        if low <= p.start
        and p.end <= t0
        and t0 - p.end <= _BEFORE_GAP
        and not any(a < p.start < b for a, b in inside)
        and not possessed(norm, p)  # عربات للحوثيين، كما استهدفت: the owner of a target is no subject
        and not supporting(norm, p)
    ]
    before = backers_dropped(norm, t0, before)  # المقاومة المسنودة بقوات الجيش ... سيطرت: the backers do not act
    after = [p for p in parties if t1 <= p.start < high and not supporting(norm, p)]
    right_after = BETWEEN.match(norm, t1 + 1, t1 + 6) if t1 + 1 < high else None
    two = (after[0], after[1]) if right_after and len(after) >= 2 else between(norm, t1, high, after)
    if two is not None:  # معارك عنيفة بين القوات الحكومية والمتمردين، قتال امتد ... بين الجيش وحماس
        if initiated(norm, low, t0, parties, two[0]) or attempted(norm, t1, high, parties, two[0]):
            return two  # بعد محاولة الحوثيين التقدم: the side that started it first, as told
        if attempted(norm, t1, high, parties, two[1]):
            return two[1], two[0]
        return state_first(trigger.event_type == "Battles", *two)
    owner = armed_owner(norm, span, [p for p in parties if low <= p.start < high]) if trigger.pos == "verb" else None
    if owner is not None:  # قصفت دبابة تابعة للحوثيين حي الروضة: the tank's owner shells
        rest = [p for p in after if p.start > owner.end and p.start - t1 <= _OBJECT_GAP]
        return owner, (rest[0] if rest else NOBODY)
    agent = AGENT.search(norm, t1, high)
    if agent and agent.group("relative") and attributed(norm, t1, agent, after) is None:
        agent = None  # هجوم نسب إلى تنظيم داعش: an attribution names an armed doer of this act only
    agent = agent or caused_by(norm, trigger, t1, high, after)
    if agent:
        doer = next((p for p in after if p.start >= agent.end()), NOBODY)
        if agent.groupdict().get("relative"):  # the relative clause names the doer only
            _, two = sides(norm, trigger, span, (low, agent.start()), parties, suffixed)
            two = two if two.name else next((p for p in after if 0 < p.start - doer.end <= _GENITIVE_GAP), NOBODY)
            return doer, (NOBODY if two.name == doer.name else two)
        told_before = before[-1] if before and trigger.pos == "verb" else met_death(norm, t0, before) or NOBODY
        done = next((p for p in after if p.end <= agent.start()), told_before)  # مقتل X بنيران Y: X after the noun
        return doer, done
    if trigger.pos == "verb":
        found = bodies_found(norm, t1, after, NOBODY) if "عثر" in norm[t0:t1] else None  # عثرت الشرطة على جثتي
        # عنصرين: the finder did not kill them (only after a verb of finding: أعدم ... وعثر على جثث)
        if found is not None:
            return found
        told = dead_before_verb(norm, span, before, after) if trigger.action in KILLING else None
        if told is not None:  # الحوثيون قتلوا في مواجهات مع المقاومة: the dead before the verb, the side they fought
            return told[0] or NOBODY, told[1]
        subject = topic(norm, t0, low, before)
        if subject is not None:  # إن قوات مجهولة هاجمت سفينة: the noun after إن/أن is the verb's subject
            rest = [p for p in after if p.start - t1 <= _OBJECT_GAP]
            return subject, (rest[0] if rest else NOBODY)
        if trigger.action in KILLING:
            dead = next((p for p in after if p.start - t1 <= _SUBJECT_GAP and counted(norm, p)), None)
            if dead is not None and after[0].start < dead.start:  # قتلت الشرطة عشرة مسلحين: the subject kills
                return after[0], dead
            if dead is not None and dead_end(norm, dead, after):  # قتل فيها ما لا يقل عن 30 حوثيا: the counted dead
                return (before[-1] if before else NOBODY), dead
            near = [p for p in after if p.start - t1 <= _OBJECT_GAP]
            lone = near and all(_PREPOSITION.search(norm, max(0, p.start - 3), p.start) for p in near[1:])
            lone = lone and near[0].start - t1 <= _SUBJECT_GAP and _indefinite(near[0])  # في هجوم للحزب
            if dead is None and lone and dead_end(norm, near[0], after):
                return (before[-1] if before else NOBODY), near[0]  # قتل جنديان إسرائيليان: no object, the dead
        return _verb_sides(norm, span, before, after)
    if suffixed:
        rest = [p for p in after if p.start - t1 <= _OBJECT_GAP]
        return _previous(norm, before), (rest[0] if rest else NOBODY)
    actor1, actor2 = dead_before_act(norm, span, parties, _noun_sides(norm, trigger, t1, before, after), NOBODY)
    if trigger.action in KILLING and actor1.name and actor1.end <= t0 and own_dead(norm, t1):
        actor1, actor2 = NOBODY, actor1  # أقر التنظيم بمقتل زعيمه: the side lost its own man, it did not kill him
    if not actor2.name and not actor2.english and trigger.event_type in _VIOLENT:  # لقي 4 حوثيين مصرعهم في كمين لـ
        actor2 = dead_told_before(norm, span, parties, actor1) or held_target(norm, t1, high, parties, actor1) or NOBODY
    if not actor2.name and not actor2.english and trigger.event_type in _VIOLENT:  # داخل مسجد في مقر قوات الطوارئ
        actor2 = facility_owner(norm, t1, high, parties, actor1) or NOBODY
    if not actor1.name and not actor1.english:  # فجر انتحاري نفسه: the bomber is the act's noun and its doer
        actor1 = next((p for p in parties if p.start <= t0 and t1 <= p.end and p.kind == "armed"), NOBODY)
    if condemner(norm, t0, actor1):  # أدان مجلس الوزراء تفجير المسجد: no side; على دورية تابعة له: its victim
        actor1, actor2 = NOBODY, (actor1 if not actor2.name and condemners_own(norm, t1) else actor2)
    if not actor2.name and not actor2.english and INSTRUMENT.search(norm, max(0, t0 - 2), t0):
        actor2 = owner_before(norm, t0, low, parties, actor1) or NOBODY  # ضرب 25 هدفا لحماس بغارات: Hamas's
    return actor1, actor2


def _previous(norm: str, before: list[Party]) -> Party:
    """The nearest actor before a noun that is not the object of a preposition (أهداف لحركة حماس، غداة تفجير:
    Hamas's targets, not the bomber)."""
    free = [
        p
        for p in before
        if not behind_preposition(norm, p)
        and not _SOURCE_BEFORE.search(norm, max(0, p.start - 12), p.start)
        and not possessed(norm, p)
    ]
    if not free:
        return NOBODY
    at = len(free) - 1
    while at and _CONJUNCT.fullmatch(norm, free[at - 1].end, free[at].start):
        at -= 1  # مقاتلات التحالف ومدفعية الجيش ... قصفها: the first of joined subjects acts, the others with it
    return free[at]


# Between two joined actors: و, perhaps before the second's weapon or unit (ومدفعية، وقوات).
_CONJUNCT = re.compile(r"\s*و(?:[\u0621-\u064a]+\s+)?")


# A relative clause between commas (العراق، الذي حررت أراضيه من تنظيم الدولة، ضربات): its actors are not sides.
_RELATIVE = re.compile(r"[،,]\s*(?:الذي|التي|الذين|اللذين|اللتين)\s[^،,.]{0,100}[،,]")


# An actor ending this close before a verb, only a space between, is its subject (إن القوات المسلحة اقتحمت:
# subject, verb, object).
_ADJACENT = 2
# A pronoun that takes up a relative clause's head (مواقع كانت تسيطر عليها، قرى يتحصن فيها) right before a name.
_RESUMPTIVE = re.compile(r"(?<![\u0621-\u064a])(?:عليها|عليه|عليهم|فيها|فيه|منها|منه)\s+$")
# Or one adjective between (الجيش الوطني سيطر: the mention ends before its adjective).
_ADJECTIVE_GAP = re.compile(r"\s+ال[\u0621-\u064a]{2,}(?:ي|يه)\s+")


def _verb_sides(norm: str, span: tuple[int, int], before: list[Party], after: list[Party]) -> tuple[Party, Party]:
    """A verb's sides: the actor right before it (subject-verb order), else its subject after it (else the
    nearest before it), then its object."""
    t0, t1 = span
    gap = norm[before[-1].end : t0] if before else ""
    adjacent = before and (
        (t0 - before[-1].end <= _ADJACENT and not gap.strip()) or bool(_ADJECTIVE_GAP.fullmatch(gap))
    )
    if adjacent and before[-1].kind != "civilian":
        rest = [p for p in after if p.start - t1 <= _OBJECT_GAP]
        return before[-1], (rest[0] if rest else NOBODY)
    near = after[0] if after and after[0].start - t1 <= _SUBJECT_GAP else None
    resumptive = _RESUMPTIVE.search(norm, t1, near.start) if near is not None else None
    if resumptive and before and norm[t1 : resumptive.start()].strip():  # على مواقع كانت تسيطر عليها X; not هاجم فيها X
        return before[-1], near  # X is the subject of a relative clause on the verb's object, not of the verb
    if near is not None and before and _WITH_BEFORE.search(norm, max(0, near.start - 5), near.start):
        return before[-1], near  # مجموعات، كانت اشتبكت مع الجيش: the side after مع is the other one, not the subject
    if near is not None and near.kind == "civilian":  # a victim right after the verb: قتل 9 مدنيين
        return (before[-1] if before else NOBODY), near
    if near is not None and (_PREPOSITION.search(norm, max(0, near.start - 3), near.start) or possessed(norm, near)):
        return (before[-1] if before else NOBODY), near  # استهدفت صواريخ مستودعات للجيش: the army's, an object
    subject = near is not None and bool(_ON_AFTER.match(norm, near.end))  # سيطرت ميليشيات على: its subject
    if near is not None and before and _indefinite(near) and not subject:  # an object: اللذان ذبحا جنديا
        return before[-1], near
    if near is not None:
        rest = [p for p in after[1:] if p.start - near.end <= _OBJECT_GAP]
        return near, (rest[0] if rest else NOBODY)
    actor1 = before[-1] if before else NOBODY
    rest = [p for p in after if p.start - t1 <= _OBJECT_GAP]
    return actor1, (rest[0] if rest else NOBODY)


def _noun_sides(norm: str, trigger: Trigger, t1: int, before: list[Party], after: list[Party]) -> tuple[Party, Party]:
    """A noun's sides: its genitive by the table's word, the actor before it, an object after على/ضد/لـ."""
    genitive = after[0] if after and after[0].start - t1 <= _GENITIVE_GAP else None
    if trigger.genitive == NO_AGENT:
        genitive = None  # انفجار عبوة ناسفة داخل سوق في مدينة الصدر: an explosion has no agent after it
    previous = _previous(norm, before)
    if genitive is not None and possessed(norm, genitive) and trigger.event_type in _VIOLENT:
        return previous, genitive  # تفجير مسجد قوات الطوارئ، الغارات تجمعات للميليشيات: the target's owner is struck
    if genitive is not None and possessed(norm, genitive):
        genitive = None  # تعزيزات للحوثيين: the owner of what is told, not its doer
    hit = hit_after(norm, t1, after)  # التفجير الذي استهدف مسجد قوات الطوارئ: what it hit is actor 2
    if hit is not None and (genitive is None or genitive in hit) and trigger.event_type in _VIOLENT:
        return previous, (hit[0] if hit else NOBODY)
    if genitive is not None and trigger.action == _TAKE_CONTROL and _FROM.search(norm, t1, genitive.start):
        return previous, genitive  # تطهير المنطقة من عناصر القاعدة: the agent follows its act; من names the expelled
    if genitive is not None and trigger.genitive == "actor1" and _TARGET_CUE.search(norm, t1, genitive.start):
        return previous, genitive  # الهجوم على الأمن الوطني: the target
    if trigger.genitive == "actor2" and genitive is not None and _forces(genitive):
        rest = [p for p in after[1:] if p.start - genitive.end <= _OBJECT_GAP]
        return genitive, (rest[0] if rest else NOBODY)  # اعتقال الجيش أحد الإرهابيين: the forces arrest
    if trigger.genitive == "actor2":
        return previous, genitive or NOBODY
    if trigger.before == "actor2":
        return genitive or NOBODY, previous
    if genitive is None:
        rest = [p for p in after if p.start - t1 <= _OBJECT_GAP and _cue_before(norm, p.start, t1)]
        if not rest and trigger.event_type == "Battles" and _two_sides(before):
            return before[-2], before[-1]  # تمكن الجيش من قتل قادة القاعدة خلال المواجهات: both sides before
        return previous, (rest[0] if rest else NOBODY)
    rest = [p for p in after[1:] if p.start - genitive.end <= _OBJECT_GAP and _cue_before(norm, p.start, genitive.end)]
    return genitive, (rest[0] if rest else NOBODY)


_VIOLENT = ("Explosions/Remote violence", "Battles", "Violence against civilians")


# A source named before a noun (وبحسب الشرطة، فإن ... الهجمات): who tells, not who acts.
_SOURCE_BEFORE = re.compile(
    r"(?:^|\s)[وف]?(?:بحسب|حسب|وفق|وفقا|نقلا عن|طبقا|استنادا الي|(?:(?:في|بحسب|حسب|وفق)\s+|ب)?حصيله"
    r"(?:\s+(?:جديده|اوليه|نهائيه|رسميه|اخيره))?)\s*(?:ل|لل)?$"
)  # في حصيلة للصليب الأحمر: the toll's source
_FORCES_TYPES = {"army", "government", "state"}
_PREPOSITION = re.compile(r"(?:^|\s)(?:ل|لل|ب|بال)$")
_WITH_BEFORE = re.compile(r"(?:^|\s)مع\s+$")


def _forces(party: Party) -> bool:
    """Whether an actor is state forces or authorities (an agent, not the arrested, after اعتقال)."""
    return party.kind == "state" or party.actor_type in _FORCES_TYPES


def _two_sides(before: list[Party]) -> bool:
    """Whether the last two actors before a battle noun are two armed sides (not one named twice)."""
    if len(before) < 2:
        return False
    a, b = before[-2], before[-1]
    return a.name != b.name and "civilian" not in (a.kind, b.kind) and "place" not in (a.kind, b.kind)


def _indefinite(party: Party) -> bool:
    """Whether a generic noun is indefinite (جنديا، مسلحين): an object, not a verb's subject."""
    return party.kind in ("state", "armed", "civilian") and not _DEFINITE.match(party.name)


_DEFINITE = re.compile(r"^[وف]?(?:ال|لل)")
_ON_AFTER = re.compile(r"\s+(?:علي|ضد)(?![\u0621-\u064a])")
_TARGET_CUE = re.compile(r"(?<![\u0621-\u064a])(?:علي|ضد|مع)(?![\u0621-\u064a])")


def _cue_before(norm: str, start: int, low: int) -> bool:
    """Whether على، ضد، لـ، مع or بين stands between ``low`` and an actor starting at ``start``."""
    return bool(OBJECT_CUE.search(norm, max(low, start - 8), start + 2))


def associated(norm: str, actor1: Party, parties: Sequence[Party]) -> Party:
    """An actor joined to actor 1 by و or بالتعاون مع / بمساندة (قوات الجيش والشرطة)."""
    if actor1 is NOBODY:
        return NOBODY
    for p in parties:
        if p.start >= actor1.end and _JOINED.fullmatch(norm, actor1.end, p.start):
            return p
    return NOBODY


_BETWEEN = re.compile(r"(?:^|\s)بين\s+$")
_RECIPROCAL = re.compile(r"[وف]?(?:اشتبك|تبادل|تقاتل|تناوش|تواجه)")
_JOINED = re.compile(r"\s*(?:و|بالتعاون مع\s+|بمسانده\s+|بمسانده من\s+|بدعم من\s+)")


def associated_apart(norm: str, actor1: Party, actor2: Party, parties: Sequence[Party], at: int) -> tuple[Party, Party]:
    """``associated`` and actor 2, empty when it is that ally (خاض الجيش والتحالف معركة: not the other side)."""
    assoc = associated(norm, actor1, parties)
    same = assoc.name and (actor2.start, actor2.name) == (assoc.start, assoc.name)
    apart = _BETWEEN.search(norm, max(0, actor1.start - 8), actor1.start)  # بين الحركة والجيش: the two sides
    apart = apart or _RECIPROCAL.match(norm, at)  # اشتبكت القوات ومسلحون: a verb of two sides
    return assoc, (NOBODY if same and not apart else actor2)
