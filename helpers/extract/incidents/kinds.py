"""The kind of an event and the labels of its sides, refined after the side rules: a generic attack on
civilians is violence against civilians, on forces or fighters a battle, with a weapon of remote violence an
explosion; a raid with deaths a battle; killing protesters excessive force; unnamed sides get ACLED's labels
(``Protesters (<country>)``, ``Civilians (<country>)``), rebels the article's named armed group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from helpers.extract.incidents.affiliates import government_affiliate
from helpers.extract.incidents.aircraft import AIR_STRIKE, by_aircraft
from helpers.extract.incidents.causes import told_before
from helpers.extract.incidents.details import VIOLENT_TYPES, Fatalities
from helpers.extract.incidents.naming import country_label, forces_label
from helpers.extract.incidents.repelled import repelled
from helpers.extract.incidents.sides import NOBODY, Party, sides
from helpers.extract.incidents.vocabulary import (
    ACTOR_NOUN,
    ACTOR_NOUN_KIND,
    FACILITY_TARGET,
    GROUND_AFTER,
    OPPOSITION,
    REBELS,
    SUICIDE_BOMBER,
    UNARMED_ORG,
    UNARMED_ORG_EN,
    UNNAMED_ARMED,
    WEAPON_KINDS,
    WEAPON_NOUNS,
    Trigger,
    bare,
    trigger_regex,
    trigger_table,
)
from helpers.resources.actor_tables import nationalities
from helpers.text.arabic import AR
from helpers.text.normalize import name_key, normalize_letters

KILLING = "قتل"
RAID = "اقتحام"
PROTESTERS = "المتظاهرون"
EXCESSIVE_FORCE = "Excessive force against protesters"


def refined(trigger: Trigger, actor1: Party, actor2: Party, fighter: bool = False) -> tuple[str, str]:
    """The event and sub-event types, refined by the sides: a generic attack on civilians is violence against
    civilians, on forces or on a fighter (``fighter``: القيادي الحوثي after the trigger) a battle; territory
    taken by an armed group is a non-state actor's, unless a militia takes it for the government (affiliates)."""
    event_type, sub = trigger.event_type, trigger.sub_event_type
    if trigger.priority == 1 and event_type in ("Battles", "Violence against civilians"):
        if actor2.kind == "civilian" or unarmed(actor2) or _political_party(actor2):
            return "Violence against civilians", "Attack"
        if fighter:
            return "Battles", "Armed clash"
        if actor2.kind in ("state", "armed") or actor2.actor_type in _ARMED_TYPES:
            return "Battles", "Armed clash"
        if not actor2.name and (actor1.name or actor1.english) and not _state_forces(actor1):
            return "Violence against civilians", "Attack"  # an armed group's attack with no armed target told
        if event_type == "Battles":
            return "Battles", "Armed clash"
    armed = actor1.kind == "armed" or actor1.actor_type == "armed_group"
    if sub == "Government regains territory" and armed and not government_affiliate(actor1, actor2):
        return event_type, "Non-state actor overtakes territory"
    return event_type, sub


_ARMED_TYPES = ("army", "armed_group", "military_unit")
_FORCES_EN = re.compile(r"(?:Police|Military) Forces of ")


def target_forces(kind: tuple[str, str], trigger: Trigger, actor2: Party) -> tuple[str, str]:
    """A generic attack typed as violence against civilians while its target was unnamed, whose target the naming
    found to be a state's forces or an armed side (قتل شرطي تركي ومدني في هجوم: Police Forces of Turkey): a
    battle, as ``refined`` types it when the target is told (ACLED: an attack on police or soldiers is a clash)."""
    if trigger.priority != 1 or kind != ("Violence against civilians", "Attack") or unarmed(actor2):
        return kind
    forces = actor2.kind in ("state", "armed") or actor2.actor_type in _ARMED_TYPES
    return ("Battles", "Armed clash") if forces or _FORCES_EN.match(actor2.english or "") else kind


def _political_party(party: Party) -> bool:
    """Whether a side is an unarmed political party (تعرض مقر حزب العدالة والتنمية لاعتداء مسلح): its offices and
    members are civilians to ACLED (not a party's militia: Hezbollah, the PKK are armed)."""
    return party.actor_type in ("party", "political_party") and party.kind not in ("state", "armed")


# Between a side and a noun act it stands against (صمدت القوات أمام هجوم، تصدى الجيش لهجوم، تعرض الجنود لهجوم).
_FACING = re.compile(r"^\s+(?:(?:امام|ضد|في وجه)\s+)?ل?$")


def target_before(norm: str, at: int, actor1: Party, parties: Sequence[Party]) -> bool:
    """Whether a state's forces or an armed side other than ``actor1`` stands right before the act at ``at``, with
    at most أمام/ضد/لـ between (صمدت القوات الحكومية أمام هجوم المتمردين): the attack's target, told before it."""
    for party in parties:
        if party.name == actor1.name or party.end > at or at - party.end > 14:
            continue
        armed = party.kind in ("state", "armed") or party.actor_type in (*_ARMED_TYPES, "government")
        if armed and _FACING.match(norm[party.end : at]):
            return True
    return repelled(norm, at)  # صدت المقاومة هجوما للحوثيين: its target fought back


def _state_forces(party: Party) -> bool:
    """Whether a side is a state's forces or authorities (their attack with no target told is an operation)."""
    return party.kind in ("state", "place") or party.actor_type in ("army", "government", "state", "military_unit")


def unarmed(party: Party) -> bool:
    """Whether a side is an unarmed organisation (the UN, an aid agency, the Red Cross): its people are
    civilians to ACLED; peacekeeping missions (UNIFIL, MINUSMA: external forces) are not."""
    if party.kind in ("state", "armed") or not party.name:
        return False
    return bool(UNARMED_ORG.search(normalize_letters(party.name)) or UNARMED_ORG_EN.search(party.english or ""))


REMOTE = "Explosions/Remote violence"
_ADJACENT_CHARS = 30  # a weapon this close after the trigger qualifies it (هجمات جوية كيماوية، هجوم بطائرة مسيرة)
_CLAUSE_CHARS = 80  # how far from an attack on civilians its weapon may stand
_SHOOTING = "shooting"
_TARGETING = "استهد"  # استهدف، استهداف


# Before a weapon: the support a ground force had (بدعم من طيران التحالف، بإسناد جوي، تحت غطاء جوي، مدعومة
# بطائرات), not the weapon of its act.
_SUPPORT = re.compile(
    rf"(?<![{AR}])[وف]?(?:بدعم|باسناد|بمسانده|بمؤازره|بغطاء|غطاء|بتغطيه|مدعوم|مدعومه|مدعومين|مدعومون|مسنود|مسنوده"
    rf"|مسنودين)(?:\s+(?!و)[{AR}]+){{0,2}}\s+$"
)
_SUPPORT_CHARS = 30


def weapon_kind(norm: str, low: int, high: int, adjectives: bool = True) -> str:
    """ACLED's sub-event of remote violence named by a weapon word of ``norm[low:high]`` in ``WEAPON_KINDS``' order
    (chemical, suicide, air, shelling, explosive), or ''; ``adjectives``: adjectives too (جوية، صاروخي: right after
    an attack). A weapon told as support (بدعم من طيران التحالف) does not count."""
    for pattern, sub in WEAPON_KINDS if adjectives else WEAPON_NOUNS:
        for match in pattern.finditer(norm, low, high):
            if not _SUPPORT.search(norm, max(0, match.start() - _SUPPORT_CHARS), match.start()):
                return sub
    return ""


def _adjacent_end(norm: str, end: int, high: int) -> int:
    """Where the words that qualify a trigger end: at most ``_ADJACENT_CHARS`` on, before a comma or a stop."""
    stop = min(high, end + _ADJACENT_CHARS)
    cut = [i for i in (norm.find(c, end, stop) for c in "،,.؛") if i >= 0]
    return min(cut) if cut else stop


def _trigger_start(norm: str, low: int, high: int, trigger: Trigger) -> tuple[int, int]:
    """The span of the first form of ``trigger``'s row in ``norm[low:high]`` (the part of the sentence that is
    the event's: its trigger is the first of its row there), or (-1, -1)."""
    table = trigger_table()
    for match in trigger_regex().finditer(norm, low, high):
        if table[match.group("form")] == trigger:  # (a voweled form finds its bare row: not ``get``)
            return match.start("form"), match.end()
    return -1, -1


# Between a killing and the act told next in its sentence: a cause (قتل 4 جنود ... بعد أن فجر انتحاري سيارة).
_CAUSE = re.compile(rf"(?<![{AR}])(?:بعد ان|بعدما|اثر|جراء|نتيجه|بسبب|عقب|في)(?![{AR}])(?:\s+[{AR}]+)?\s*$")
_CAUSE_WEAPON_CHARS = 40


def _caused_by(norm: str, end: int, high: int) -> str:
    """The sub-event of the weapon of the act told right after a killing as its cause (the next trigger of the
    sentence at ``high``, after بعد أن، إثر، جراء، في), or ''."""
    if end < 0 or high - end > _CLAUSE_CHARS or not _CAUSE.search(norm, max(end, high - 25), high):
        return ""
    return weapon_kind(norm, high, min(len(norm), high + _CAUSE_WEAPON_CHARS), adjectives=False)


_CONTINUED = re.compile(rf"(?<![{AR}])(?:كما|وكذلك|كذلك)\s+$")


def _continued(norm: str, span: tuple[int, int], low: int, trigger: Trigger) -> str:
    """The weapon of the sentence's earlier clause when a verb without a subject of its own continues it (طائرات
    التحالف دمرت عربات ... كما استهدفت تعزيزات للحوثيين), or ''."""
    start, end = span
    if start < 0 or trigger.pos != "verb":
        return ""
    joined = _CONTINUED.search(norm, max(0, start - 8), start) or norm[start - 1 : start] == "و"
    if not joined or ACTOR_NOUN.match(norm, end + 1):
        return ""  # واستهدف المسلحون حاجزا: a subject of its own
    first = max(norm.rfind(c, 0, low) for c in ".\n؟!") + 1
    return weapon_kind(norm, first, low, adjectives=False)


def by_weapon_or_death(
    norm: str, part: tuple[int, int], trigger: Trigger, kind: tuple[str, str], death: Fatalities | None
) -> tuple[str, str]:
    """The kind of a generic attack (هجوم، استهداف، قتل، ضربة) from its weapon: a weapon of remote violence right
    after it (هجمات جوية كيماوية، هجوم صاروخي) or in its clause (استهدفت صواريخ مستودعات) makes it
    explosions/remote violence with ACLED's sub-event (chemical weapon, suicide bomb, air/drone strike,
    shelling/artillery/missile attack, remote explosive/IED), civilians targeted or not (ACLED codes remote
    violence on civilians as remote violence); a targeting of a facility (استهداف مطار دبي) is a missile attack
    when no weapon is named; a raid with deaths (مداهمة أسفرت عن مقتل 10) is a battle; a bombardment by planes
    (قصفت طائرات التحالف) an air strike."""
    low, high = part
    start = _trigger_start(norm, low, high, trigger)
    generic = trigger.priority == 1 and trigger.sub_event_type == "Attack"
    if generic:
        adjacent = weapon_kind(norm, start[1], _adjacent_end(norm, start[1], high)) if start[1] >= 0 else ""
        if adjacent:
            return REMOTE, adjacent
        civilian = kind[0] == "Violence against civilians"
        ground = start[1] >= 0 and GROUND_AFTER.match(norm, start[1])
        if civilian and start[0] >= 0:
            near = (max(low, start[0] - _CLAUSE_CHARS), min(high, start[1] + _CLAUSE_CHARS))
            sub = weapon_kind(norm, *near, adjectives=False)
        else:
            sub = "" if civilian else weapon_kind(norm, low, high, adjectives=False)
        sub = sub or _caused_by(norm, start[1], high) or _continued(norm, start, low, trigger)
        sub = sub or weapon_kind(norm, *told_before(norm, start[0], low), adjectives=False)  # فجر نفسه مما أدى
        if sub and trigger.action_en != _SHOOTING and not ground:
            return REMOTE, sub
        targeting = start[1] >= 0 and bare(norm[start[0] : start[1]]).startswith(_TARGETING)
        if targeting and FACILITY_TARGET.match(norm, start[1]):
            return REMOTE, "Shelling/artillery/missile attack"
    if trigger.action == RAID and kind[0] == "Strategic developments" and death is not None:
        return "Battles", "Armed clash"
    if kind[1] == _DESTRUCTION:  # طائرات التحالف دمرت عربات: destruction from afar is the strike (ACLED)
        start = _trigger_start(norm, low, high, trigger)
        sub = weapon_kind(norm, max(low, start[0] - _DOER_CHARS), start[0], adjectives=False) if start[0] >= 0 else ""
        sub = sub or (weapon_kind(norm, start[1], min(high, start[1] + _DOER_CHARS), False) if start[1] >= 0 else "")
        return (REMOTE, sub) if sub else kind
    if kind == (REMOTE, _SHELLING_SUB) and by_aircraft(
        norm, _trigger_start(norm, low, high, trigger), part, trigger.action_en
    ):
        return REMOTE, AIR_STRIKE  # قصفت طائرات التحالف: the planes' bombardment is an air strike
    return kind


_DESTRUCTION = "Looting/property destruction"
_SHELLING_SUB = "Shelling/artillery/missile attack"
RIOT = ("Riots", "Violent demonstration")


def riot_destruction(norm: str, sentence: tuple[int, int], kind: tuple[str, str]) -> tuple[str, str]:
    """Property destruction by no force from afar (أضرم، أحرق، تخريب) in a sentence that tells of demonstrators
    (أضرم المحتجون النار في مبنى المحافظة؛ مقتل 12 متظاهرا وإضرام النار في المباني): a riot, ACLED's violent
    demonstration, not a strategic development."""
    if kind == ("Strategic developments", _DESTRUCTION) and _PROTEST_WORDS.search(norm, *sentence):
        return RIOT
    return kind


STORMING = "اقتحام"
# A crowd as a storming verb's subject (اقتحم مئات العراقيين، اقتحم آلاف المواطنين، اقتحم محتجون): people, not a force.
_CROWD = re.compile(rf"(?<![{AR}])(?:مئات|الاف|آلاف|عشرات|حشود|حشد|الاهالي|اهالي|السكان|مواطنون|مواطنين)(?![{AR}])")
_SUBJECT_CHARS = 25  # the subject of a verb-first clause stands right after the verb


def riot_storming(norm: str, sentence: tuple[int, int], kind: tuple[str, str], slot: tuple[int, int]) -> bool:
    """Whether a storming (اقتحم) typed a battle is a crowd's in a sentence that tells of protests (واقتحم مئات
    العراقيين مطار مدينة النجف ... موسعين نطاق احتجاجات؛ أقدم عشرات المحتجين على اقتحام مبنى المحافظة): ACLED's
    violent demonstration, a riot, not a battle. ``slot``: where the doer stands (after a verb, before a noun)."""
    if kind[0] != "Battles" or slot[0] >= slot[1] or not _PROTEST_WORDS.search(norm, *sentence):
        return False
    return bool(_PROTEST_WORDS.search(norm, *slot) or _CROWD.search(norm, *slot))


def _forces_in(norm: str, slot: tuple[int, int]) -> bool:
    """Whether a state's or an armed side's noun stands in ``slot`` (مئات الجنود، عشرات المسلحين)."""
    nouns = ACTOR_NOUN.finditer(norm, *slot) if slot[0] < slot[1] else ()
    return any(ACTOR_NOUN_KIND.get(m.group("noun")) in ("state", "armed") for m in nouns)


def riots(norm: str, sentence: tuple[int, int], kind: tuple[str, str], hit: Any, actor1: Party) -> tuple:
    """((event type, sub-event type), actor 1) after the riot rules: ``riot_destruction``, and ``riot_storming``
    for a storming verb's hit, whose actor 1 is then the crowd (nobody named: ACLED's rioters) unless civilians."""
    kind = riot_destruction(norm, sentence, kind)
    trigger = hit.trigger
    storming = trigger.action == STORMING
    words = list(re.finditer(rf"[{AR}]+", norm[hit.end : min(sentence[1], hit.end + _SUBJECT_CHARS + 15)]))[:2]
    after = (hit.end, hit.end + words[-1].end()) if words and trigger.pos == "verb" else (0, 0)
    before = (max(sentence[0], hit.start - _SUBJECT_CHARS - 10), hit.start)  # أقدم المحتجون على اقتحام، كانوا قد
    armed = actor1.kind in ("state", "armed") or actor1.actor_type in ("army", "armed_group")
    crowd = kind[0] == "Battles" and (actor1.english or "").startswith(("Protesters", "Rioters"))
    told = riot_storming(norm, sentence, kind, after)  # اقتحم مئات العراقيين: its own subject, not the one carried
    told = told and not _forces_in(norm, after)  # اقتحم مئات الجنود، عشرات المسلحين: a crowd of a force
    if storming and (told or (not armed and (crowd or riot_storming(norm, sentence, kind, before)))):
        return RIOT, actor1 if actor1.kind == "civilian" else NOBODY
    return kind, actor1


_DOER_CHARS = 35  # how far from a destruction its weapon may stand (مدفعية الجيش الوطني دمرت، دمرت غارة جوية)


def armed_named(party: Party, group: Party) -> Party:
    """Rebels, militias and suicide bombers (المتمردين، الميليشيات، انتحاري) are the article's most named armed group
    (the Houthis), or an unidentified armed group when it names none."""
    if party.english not in (REBELS, SUICIDE_BOMBER):
        return party
    if group.name:
        return group._replace(start=party.start, end=party.end)
    return party._replace(english=UNNAMED_ARMED)


_NOTPROTESTERS = {"army", "government", "state", "person", "media"}  # a protest is not an official's


def force_against(norm: str, hits: Sequence[Any], sentence: tuple[int, int], parties: Sequence[Party]) -> Party:
    """Who killed protesters, when the sentence of a protest tells a killing (قتلت القوات 136 فلسطينيا خلال
    مظاهرات): the killing's actor 1 if it is forces or a named actor, else nobody."""
    for hit in hits:
        if hit.trigger.action == KILLING:
            actor1, _ = sides(norm, hit.trigger, (hit.start, hit.end), sentence, parties)
            if actor1.name and actor1.kind != "civilian" and not actor1.english.startswith("Protesters"):
                return actor1  # not the protesters themselves (قوات الأمن المتظاهرين ... مقتل: the killed's side)
    return _shooter(norm, sentence, parties)


def _shooter(norm: str, sentence: tuple[int, int], parties: Sequence[Party]) -> Party:
    """The force whose fire killed in a protest's sentence, the killing told in a relative or a result clause
    (الاحتجاجات التي قتل فيها 121 فلسطينيا برصاص القوات الإسرائيلية؛ واجهت قوات الأمن المتظاهرين بالقوة، مما أدى
    إلى مقتل 4 أشخاص): the state's forces after برصاص/بنيران, or the subject of a verb of facing or repressing
    protesters; nobody when the sentence tells no killing."""
    s, e = sentence
    if not _DEATH.search(norm, s, e):
        return NOBODY
    for cue in _FIRE_OF.finditer(norm, s, e):
        shooter = next((p for p in parties if 0 <= p.start - cue.end() <= 2), None)
        if shooter is not None and _forces_side(shooter):
            return shooter
    for verb in _REPRESS.finditer(norm, s, e):
        force = next((p for p in parties if 0 <= p.start - verb.end() <= 2), None)
        if force is not None and _forces_side(force) and _PROTEST_WORDS.match(norm, force.end + 1):
            return force
    return NOBODY


def _forces_side(party: Party) -> bool:
    """Whether a party is a state's forces (kind state, a state's army, or labelled as such)."""
    return party.kind == "state" or party.actor_type == "army" or bool(_STATE.search(party.english or ""))


_DEATH = re.compile(rf"(?<![{AR}])[وف]?(?:قتل|قتلوا|قتلي|مقتل|مصرع|مصرعهم|حتفهم|حتفه)(?![{AR}])")
_FIRE_OF = re.compile(rf"(?<![{AR}])(?:برصاص|بنيران)(?![{AR}])\s*")
_REPRESS = re.compile(rf"(?<![{AR}])[وف]?(?:واجهت|واجه|قمعت|قمع|هاجمت|اطلقت النار علي)(?![{AR}])\s*")


def labelled(event_type: str, actor1: Party, actor2: Party, country: str) -> tuple[Party, Party]:
    """ACLED's labels for unnamed sides: a protest without a named actor is ``Protesters (<country>)``, civilian
    victims are ``Civilians (<country>)``, the country being the event's place's."""
    place = country_label(country) if country else ""
    suffix = f" ({place})" if place else ""
    protest = event_type in ("Protests", "Riots")
    if protest and (actor1.kind == "state" or actor1.actor_type in _NOTPROTESTERS):
        actor1 = NOBODY  # a protest is the protesters' (دفعت السلطات إلى اعتقال: the authorities answer it)
    crowd = "Rioters" if event_type == "Riots" else "Protesters"  # ACLED: a riot's crowd are rioters
    if event_type in ("Protests", "Riots") and not actor1.name:
        actor1 = Party(-1, -1, PROTESTERS, f"{crowd}{suffix}", "civilian")
    elif event_type in ("Protests", "Riots") and actor1.kind == "civilian":
        actor1 = actor1._replace(english=f"{crowd}{suffix}")
    if actor2.kind == "civilian" and event_type != "Protests":
        actor2 = actor2._replace(english=f"Civilians{suffix}")
    return state_labelled(actor1, country), state_labelled(actor2, country)


_GENERIC_STATE = ("police", "military forces")
SYRIAN_REBELS = "Syrian rebels"  # the actors layer's name of Syria's armed opposition (actors_aliases.csv)
REGIME = "regime"
_SECURITY = re.compile(r"امن|شرط")  # قوات الأمن، القوات الأمنية، الشرطة: ACLED's police forces
_GENDARMERIE = re.compile(r"درك|جندرم")  # a state's gendarmerie (الدرك، مركز للدرك): its military forces, ACLED's


# The actors layer's names of a state's police or security forces with no country (قوات الأمن: Security Forces).
# (The actors layer's "Police" is left as it is: the side ranker's tests and weights read that name.)
_HOME_FORCES = frozenset({"security forces", "security services"})
# The same told with a town (رجال الأمن في القطيف: Al Qatif Security Forces; الشرطة في القطيف: Al Qatif Police): its
# country's police, as ACLED names them.
_TOWN_FORCES = re.compile(r"^(?!.*Military )\S.* (?:Security (?:Forces|Services)|Police)$")  # not military police


def state_labelled(party: Party, country: str) -> Party:
    """A state's police or security forces told by a generic noun with no nationality (الشرطة، القوات الأمنية) named
    by ACLED's label of the event's country (Police Forces of Iraq); opposition fighters (فصائل معارضة) are Syrian
    rebels in Syria and an unidentified armed group elsewhere."""
    if party.english == OPPOSITION:
        return party._replace(english=SYRIAN_REBELS if country == "SY" else UNNAMED_ARMED)
    if party.english == REGIME:  # النظام: the state of the event's country, its military forces (else as written)
        return party._replace(english=forces_label("", country) if country else "")
    if party.kind == "named" and not party.country and country and party.english.lower() in _HOME_FORCES:
        return party._replace(english=forces_label("police", country) or party.english)  # قوات الأمن, the institution
    if party.kind == "named" and party.country and _TOWN_FORCES.search(party.english):
        return party._replace(english=forces_label("police", party.country) or party.english)  # رجال الأمن في القطيف
    if party.kind != "state" or party.country or party.english not in _GENERIC_STATE or not country:
        return party
    if party.english != "police" and _GENDARMERIE.search(normalize_letters(party.name)):
        return party._replace(english=forces_label("", country) or party.english)  # الدرك: a gendarmerie, at home
    if party.english != "police" and not _SECURITY.search(normalize_letters(party.name)):
        return party  # جنود في غزة: soldiers may be a foreign army's; the police and security forces are at home
    return party._replace(english=forces_label("police", country) or party.english)


# Between a death count and the act it died in (قتل 40 شخصا على الأقل في تفجيرات، مقتل 5 جنود بغارة، جراء القصف).
_IN_IT = re.compile(r"[\s،,]*(?:علي الاقل\s+)?(?:(?:في|جراء|من جراء|اثر|خلال|بسبب)\s+(?:ال)?|ب(?:ال)?|)")


def deaths_by_event(kept: Sequence[Any], deaths: Sequence[Fatalities], norm: str = "") -> dict[int, Fatalities]:
    """Each death count of the sentence given to the violent event (or raid) it died in when that is named right
    after it (قتل 40 شخصا في تفجيرات), else to the one told last before it (else the first); in a sentence with no
    violent event, to its protest (احتجاجات ... راح ضحيتها 51 فلسطينيا)."""
    violent = [n for n, hit in enumerate(kept) if hit.trigger.event_type in VIOLENT_TYPES or hit.trigger.action == RAID]
    violent = violent or [n for n, hit in enumerate(kept) if hit.trigger.event_type == "Protests"]
    kinds = (*VIOLENT_TYPES, "Protests")
    campaigns = [n for n, h in enumerate(kept) if h.trigger.event_type in kinds and not single(h, norm)]
    out: dict[int, Fatalities] = {}
    for death in deaths:
        if death.total:  # a total over a period: the campaign's (حملة، غارات), never a single strike's
            wider = [n for n in campaigns if kept[n].start <= death.start] or campaigns
            if wider:
                out.setdefault(wider[-1], death)
            continue
        after = [n for n in violent if kept[n].start >= death.end]
        told_in = [n for n in after if _IN_IT.fullmatch(norm, death.end, kept[n].start)]
        if told_in:  # قتل 40 شخصا على الأقل في تفجيرات: the dead of the act named after them
            out.setdefault(told_in[0], death)
            continue
        before = [n for n in violent if kept[n].start <= death.start]
        if before or violent:
            out.setdefault(before[-1] if before else violent[0], death)
    return out


# Triggers that name one strike or one blast: a total over a period is never theirs.
_SINGLE = frozenset(
    normalize_letters(w)
    for w in ("غارة", "الغارة", "ضربة", "الضربة", "انفجار", "الانفجار", "تفجير", "التفجير", "قذيفة", "القذيفة", "صاروخ")
)


def single(hit: Any, norm: str) -> bool:
    """Whether a trigger (a Hit) tells a single act: a verb, or a noun of one strike or blast (غارة، انفجار)."""
    return hit.trigger.pos == "verb" or norm[hit.start : hit.end] in _SINGLE


# A people told by its nationality: a plural or a counted noun (الفلسطينيون، عراقيين، 121 فلسطينيا), not forces'.
_PEOPLE = re.compile(rf"(?<![{AR}])[وفبل]?[{AR}]{{3,}}(?:ون|ين|يا)(?![{AR}])")
_FORCES_BEFORE = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:قوات|جنود|جيش|شرطه|احتلال|سلطات|مستوطنين|عناصر|مسلحين)\s+$")


def people_country(norm: str, start: int, end: int) -> str:
    """The country of the first people named by its nationality in ``norm[start:end]`` (who protests or dies), not
    a nationality of forces (جنود إسرائيليين، القوات الإسرائيلية), or ''."""
    table = nationalities()
    for match in _PEOPLE.finditer(norm, start, end):
        word = match.group(0)
        words = (word, word[1:]) if word[0] in "وفبل" else (word,)  # وللفلسطينيين، فلسطينيين
        keys = [w[:-1] if w.endswith("يا") else w for w in words]  # فلسطينيا: فلسطيني
        nat = next((n for n in (table.get(name_key(k)) for k in keys) if n is not None), None)
        if nat is not None and not _FORCES_BEFORE.search(norm, max(0, match.start() - 12), match.start()):
            return nat.country
    return ""


# Words of a demonstration in a sentence (مظاهرات، المتظاهرين، تحرك احتجاجي، مسيرات العودة).
_PROTEST_WORDS = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:مظاهرات|مظاهره|تظاهرات|تظاهره|احتجاجات|احتجاجي|احتجاجيه|متظاهرين|متظاهرون|متظاهرا"
    rf"|متظاهر|محتجين|محتجون|محتجا|مسيرات|مسيره|اعتصام)(?![{AR}])"
)
_LETHAL_ACTIONS = ("قتل", "هجوم")  # a killing; an attack, a massacre or shooting


# Where the clause of a lethal act ends: punctuation, or a time word that starts another event (بعد أيام من مظاهرات).
_CLAUSE_END = re.compile(rf"[.،,؛:!؟]|(?<![{AR}])[وف]?(?:بعد|قبل|عقب|منذ)(?![{AR}])")
_OWN_CLAUSE = 80  # characters after the act in which its object (بحق المتظاهرين، خلال مظاهرات) is read


def excessive_force(norm: str, at: tuple[int, int], trigger: Trigger, kind: str, sides: tuple[Party, Party]) -> bool:
    """Whether lethal violence by a state's forces (``sides[0]``) is told against a demonstration in the act's own
    clause (ارتكب جيش الاحتلال مجزرة بحق المتظاهرين؛ قتلت القوات 10 فلسطينيين خلال مظاهرات): ACLED's protest met
    with excessive force, the protesters actor 1 and the force actor 2 (with no force named it stays violence
    against civilians). Not when the victims are armed or a state (قتلت القوات مسلحين ... بعد أيام من مظاهرات)."""
    if kind not in ("Violence against civilians", "Battles") or trigger.action not in _LETHAL_ACTIONS:
        return False
    actor1, actor2 = sides
    state = (
        actor1.kind == "state"
        or actor1.actor_type in ("army", "government", "state")
        or _STATE.search(actor1.english or "")
    )
    return bool(state) and against_protest(norm, at, actor2)


def against_protest(norm: str, at: tuple[int, int], victim: Party) -> bool:
    """Whether the act at ``at`` is told against a demonstration: a protest word in its own clause after it (بحق
    المتظاهرين، خلال مظاهرات), and its victim neither armed nor a state (قتلت القوات مسلحين ... بعد أيام من مظاهرات)."""
    if victim.kind in ("armed", "state") or victim.actor_type in ("armed_group", "army", "government", "state"):
        return False
    clause = norm[at[1] : at[1] + _OWN_CLAUSE]
    cut = _CLAUSE_END.search(clause)
    return _PROTEST_WORDS.search(clause[: cut.start()] if cut else clause) is not None


_STATE = re.compile(r"^(?:Military|Police) Forces of")
