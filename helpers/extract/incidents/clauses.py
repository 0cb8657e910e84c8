"""Who does a noun act, read from the clause it is the object of (Arabic clause structure):

- A light verb and its subject before the act (شنت إسرائيل غارات، نفذ العراق ضربات، وتخوض تركيا مواجهات، جددت
  مقاتلات التحالف قصفها): the verb's subject, the noun right after it, does the act its object names; a pronoun
  subject after a complementiser (أعلن الجيش الأمريكي أنه شن غارة) is the one named before the complementiser.
- A light verb in a relative clause right after the act (غارات شنتها دمشق، قصف نفذته فصائل معارضة): its subject.
- A country or a capital as that subject stands for its state (metonymy: دمشق is the Syrian government, whose
  forces do its violence: ``roles.state_forces``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from helpers.extract.incidents.naming import forces_label
from helpers.extract.incidents.sides import NOBODY, Party
from helpers.resources.actor_tables import nationalities
from helpers.text.arabic import AR
from helpers.text.normalize import name_key

STATE_KINDS = ("country", "capital")
LIGHT_VERB = re.compile(
    rf"(?<![{AR}])[وف]?(?:شن|شنت|يشن|تشن|نفذ|نفذت|ينفذ|تنفذ|وجه|وجهت|خاض|خاضت|يخوض|تخوض|جدد|جددت|يجدد|تجدد"
    rf"|واصل|واصلت|يواصل|قاد|قادت|يقود|تقود|ارتكب|ارتكبت|يرتكب|ترتكب)(?![{AR}])"
)
# The light verb of a relative clause after the act, its pronoun the act (غارات شنتها، قصف نفذته، هجوم قاده،
# لغم خلفته عناصر القاعدة، ألغام تركها الحوثيون، كمين نصبته المقاومة، هجوم تبناه التنظيم).
_RELATIVE_LIGHT = re.compile(
    rf"^[^.،,:؛]{{0,25}}?(?<![{AR}])(?:شنه|شنها|شنته|شنتها|شنوه|شنوها|نفذه|نفذها|نفذته|نفذتها|نفذوه|نفذوها|قاده|قادته"
    rf"|يشنها|تشنها|ينفذها|تنفذها|زرعه|زرعها|زرعته|زرعتها|زرعوه|زرعوها|خلفه|خلفها|خلفته|خلفتها|خلفوها"
    rf"|تركه|تركها|تركته|تركتها|تركوها|وضعه|وضعها|وضعته|وضعتها|وضعوها"
    rf"|نصبه|نصبها|نصبته|نصبتها|نصبوه|نصبوها|تبناه|تبناها|تبنته|تبنتها|تبنوه)(?![{AR}])"
)
# Between a light verb's subject and the act: a preposition of target or cause, a relative or a complementiser
# ends the verb's object before the act (عملا عسكريا ضد النظام بسبب الهجوم).
_ANOTHER_OBJECT = re.compile(
    rf"(?<![{AR}])(?:ضد|علي|بسبب|ردا|رد|بعد|قبل|اثر|عقب|اعقاب|جراء|نتيجه|الذي|التي|الذين|ان|انه|انها)(?![{AR}])|\."
)
_PARENTHESIS = re.compile(r"[،,]\s*(?:الذي|التي|الذين)\s[^،,.]{0,100}[،,]")
_SPEECH = re.compile(
    rf"(?<![{AR}])[وف]?(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|ذكر|ذكرت|اوضح|اوضحت|افاد|افادت|صرح|صرحت)(?![{AR}])"
)
_SPEAKER_CHARS = 120  # how far before the act's verb the speech verb may stand
_PRONOUN_SUBJECT = re.compile(rf"(?<![{AR}])[وف]?(?:ب|ل)?(?:انه|انها|انهم|انهما)\s+$")
_CLAUSE_CHARS = 150  # how far before the act its light verb may stand


def state_party(m: Any) -> Party:
    """A place mention standing for its state (a country or a capital: دمشق، تل أبيب), or nobody."""
    p = m.place
    if p is None or p.kind not in STATE_KINDS or not p.country:
        return NOBODY
    return Party(m.start, m.end, p.name, p.name_en, "place", "place", p.country)


def light_verb_doer(norm: str, span: tuple[int, int], low: int, parties: Sequence[Party]) -> Party:
    """The doer of the noun act at ``span`` that the subject of a light verb names (before the act, from ``low``,
    the start of its clause; or in a relative clause right after it), or nobody."""
    t0, t1 = span
    owner = _state_of_lam(norm, t1, air=bool(_AIR_ACT.search(norm, t0, t1)))
    if owner.english:  # غارة للطيران العراقي، ضربة جوية للروس: the act of that country's forces
        return owner
    after = _RELATIVE_LIGHT.match(norm[t1 : t1 + 40])
    if after:
        doer = _subject_after(norm, t1 + after.end(), parties)
        if doer.name:
            return doer
    done = _done_by(norm, t0, parties)
    if done.name:
        return done
    verbs = list(LIGHT_VERB.finditer(norm, max(low, t0 - _CLAUSE_CHARS), t0))
    if not verbs:
        speaker = _speaker_of_instrument(norm, t0, parties)
        return speaker if speaker.name else foreign_arm(norm, t1)
    verb = verbs[-1]
    if _PRONOUN_SUBJECT.search(norm, max(0, verb.start() - 12), verb.start()):
        speech = list(_SPEECH.finditer(norm, max(0, verb.start() - _SPEAKER_CHARS), verb.start()))
        speaker = _subject_after(norm, speech[-1].end(), parties) if speech else NOBODY
        if speech:  # قال التحالف الذي تقوده واشنطن إنه نفذ: the one telling, not a name in his description
            return speaker if speaker.end <= verb.start() else NOBODY
        before = [p for p in parties if p.end <= verb.start() - 3 and verb.start() - p.end <= 60]
        return before[-1] if before else NOBODY  # أعلن الجيش الأمريكي أنه شن غارة: the one announcing
    doer = _subject_after(norm, verb.end(), parties)
    between = _PARENTHESIS.sub(" ", norm[max(doer.end, verb.end()) : t0])  # العراق، الذي حررت أراضيه،
    if doer.start >= t0 or _ANOTHER_OBJECT.search(between):
        return NOBODY  # تشن الولايات المتحدة عملا عسكريا ضد النظام بسبب الهجوم: the verb's object is another act
    return doer


def _done_by(norm: str, t0: int, parties: Sequence[Party]) -> Party:
    """The subject of قام told before an act that is its بـ object (قام الحوثيون، الذين يواجهون هجوما بدعم من
    التحالف، بقصف حي: the Houthis shell): a relative clause about the subject may stand between; nobody when the act
    is not the object of قام or a sentence ends between."""
    if not _BY_ACT.search(norm, max(0, t0 - 5), t0):
        return NOBODY
    verbs = list(_DO.finditer(norm, max(0, t0 - _CLAUSE_CHARS), t0))
    if not verbs:
        return NOBODY
    doer = _subject_after(norm, verbs[-1].end(), parties)
    if not 0 <= doer.end <= t0 or "." in norm[doer.end : t0]:
        return NOBODY
    return doer


# قام (did) with its subject before an act that is its object after بـ (قام الجيش بقصف، قامت قوات الأمن باعتقال).
_DO = re.compile(rf"(?<![{AR}])[وف]?(?:قام|قامت|يقوم|تقوم|قاموا|يقومون)(?![{AR}])")
_BY_ACT = re.compile(rf"(?<![{AR}])(?:ب|بال)$")


def _speaker_of_instrument(norm: str, t0: int, parties: Sequence[Party]) -> Party:
    """The doer of an act told as the instrument of a verb whose subject is the pronoun of a reported statement
    (قال الجيش الإسرائيلي إنه ضرب 25 هدفا لحماس بغارات جوية: the army struck, by air strikes): the speaker."""
    if norm[t0 - 1 : t0] != "ب" or (t0 >= 2 and norm[t0 - 2] not in " \n"):
        return NOBODY  # بغارات، بقصف: the act is the means of the verb before it
    pronouns = list(_PRONOUN_VERB.finditer(norm, max(0, t0 - _INSTRUMENT_CHARS), t0))
    if not pronouns or _CLAUSE_END.search(norm, pronouns[-1].end(), t0):
        return NOBODY
    at = pronouns[-1].start()
    speech = list(_SPEECH.finditer(norm, max(0, at - _SPEAKER_CHARS), at))
    if not speech:
        return NOBODY
    speaker = _subject_after(norm, speech[-1].end(), parties)
    return speaker if 0 <= speaker.end <= at and speaker.actor_type not in _SOURCE_TYPES else NOBODY


_INSTRUMENT_CHARS = 80  # how far before the act the pronoun subject of its verb may stand
# The pronoun subject of a reported statement and the verb after it (إنه ضرب، أنها استهدفت).
# Only a verb of attack: a verb of record (وثق، تلقى، رصد) or an impersonal passive (أنه قتل) tells no doer.
_PRONOUN_VERB = re.compile(
    rf"(?<![{AR}])[وف]?(?:ب|ل)?(?:انه|انها|انهم)\s+(?:ضرب|ضربت|ضربوا|استهدف|استهدفت|استهدفوا|قصف|قصفت|قصفوا|دمر|دمرت"
    rf"|دمروا|هاجم|هاجمت|هاجموا|اغار|اغارت|رد|ردت|ردوا|تصدي|تصدت|صد|صدت|اوقع|اوقعت|قضي|قضت|ضربنا|استهدفنا)\s"
)
# A speaker that only tells of violence (a monitor, the UN, a newspaper): never the doer.
_SOURCE_TYPES = ("media", "organisation")
_CLAUSE_END = re.compile(r"[.،,؛:]")


# The lam of possession after an act (الإضافة بمعنى اللام: غارة للطيران العراقي، ضربة جوية للروس، قصف للجيش السوري):
# its owner does it; here a state's arm told by its nationality, or its people (للروس، للأمريكيين).
_LAM_ARMED = re.compile(
    rf"(?:\s+[{AR}]+يه)?\s+لل(?:(?:طيران|طائرات|مقاتلات|قوات|جيش|بحريه|مدفعيه)(?:\s+(?:الحربي|الحربيه))?"
    rf"\s+(?P<adj>ال[{AR}]+)|(?P<people>[{AR}]+))(?![{AR}])"
)


_AIR_ACT = re.compile(r"غار|ضرب")  # an air raid or strike: only a state's forces own one by its people's name


def _state_of_lam(norm: str, end: int, air: bool) -> Party:
    """The state whose forces own the act ending at ``end`` by the lam of possession (غارة للطيران العراقي: Military
    Forces of Iraq; ضربة جوية للروس: of Russia, the people's name only after a raid or strike, ``air``: قصف
    للسوريين، استهداف للفلسطينيين are acts on them), or nobody."""
    lam = _LAM_ARMED.match(norm, end)
    if lam is None or (lam.group("people") and not air):
        return NOBODY
    word = lam.group("adj") or lam.group("people")
    nat = nationalities().get(name_key(word))
    label = forces_label("", nat.country) if nat is not None else ""
    if not label:
        return NOBODY
    return Party(lam.start(), lam.end(), lam.group(0).strip(), label, "state", "army", nat.country)


def _subject_after(norm: str, end: int, parties: Sequence[Party]) -> Party:
    """The party right after a verb ending at ``end`` (its subject, perhaps after its weapon or unit: طائرات
    التحالف، مدفعية الجيش), a country's weapon told by its nationality (الطيران الإسرائيلي), or nobody."""
    for p in parties:
        if p.start >= end and _BEFORE_SUBJECT.fullmatch(norm, end, p.start):
            return p
    return _armed_by_nationality(norm, end)


def _armed_by_nationality(norm: str, end: int) -> Party:
    """A weapon or an arm told with a nationality right after ``end`` (الطيران الإسرائيلي، المقاتلات الروسية): that
    country's military forces, or nobody."""
    arm = _ARM.match(norm, end)
    return _forces_of(arm, arm.end(), arm.group(0).strip()) if arm is not None else NOBODY


def foreign_arm(norm: str, end: int) -> Party:
    """The state whose aircraft or missile the act ending at ``end`` was done with, told by its nationality (هجوم
    بطائرة أمريكية بلا طيار، غارة بطائرات روسية: Military Forces of the United States, of Russia); not a weapon
    made there (بطائرة روسية الصنع: whoever flew it), nor a missile or a shell (بصواريخ إيرانية: whoever fired
    them), nor a coalition's aircraft told as one member's (بطائرة سعودية تابعة للتحالف); or nobody."""
    arm = _BY_ARM.match(norm, end)
    return _forces_of(arm, arm.end("nat"), "") if arm is not None else NOBODY


def _forces_of(arm: re.Match, end: int, surface: str) -> Party:
    """The military forces of the nationality an arm's match names (its ``nat`` group), or nobody."""
    nat = nationalities().get(name_key(arm.group("nat")))
    label = forces_label("", nat.country) if nat is not None else ""
    if not label:
        return NOBODY
    return Party(arm.start("nat"), end, surface, label, "state", "army", nat.country)


_UNMANNED = r"(?:\s+(?:بدون|بلا|من دون|دون)\s+طيار)?"
_BY_ARM = re.compile(
    rf"(?:\s+[{AR}]+يه)?\s+ب(?:طائره|طائرات|مقاتله|مقاتلات|زورق|زوارق|بارجه|بوارج)"
    rf"(?:\s+(?:حربيه|مسيره|موجه|موجهه))?{_UNMANNED}\s+(?P<nat>[{AR}]+)(?![{AR}])"
    rf"(?!\s+(?:الصنع|الطراز|المنشا|تابعه\s+لل?تحالف))"
)


_WEAPON = r"(?:ال)?(?:طائرات|طائره|مقاتلات|مدفعيه|طيران|سلاح الجو|قوات|وحدات|عناصر|مسلحو|مقاتلو|صواريخ|بوارج|زوارق)"
_BEFORE_SUBJECT = re.compile(rf"\s*(?:{_WEAPON}\s+)?")
_ARM = re.compile(rf"\s*{_WEAPON}(?:\s+(?:الحربيه|الجويه))?\s+(?P<nat>ال[{AR}]+)")


def subject_acts(hits: Sequence[Any]) -> list[Any]:
    """Trigger hits with a noun that is the subject of the verb right before it (يفجر انتحاري نفسه: a suicide bomber
    blows himself up) folded into that verb: one act, of the noun's kind when it is the more specific (the noun
    is also its doer, a side the verb's row reads)."""
    out: list[Any] = []
    for hit in sorted(hits, key=lambda h: h.start):
        verb = out[-1] if out else None
        subject = (
            verb is not None
            and verb.trigger.pos == "verb"
            and hit.trigger.pos == "noun"
            and hit.trigger.event_type == verb.trigger.event_type
            and 0 <= hit.start - verb.end <= _SUBJECT_CHARS
        )
        if not subject:
            out.append(hit)
            continue
        if hit.trigger.priority > verb.trigger.priority or hit.trigger.sub_event_type != verb.trigger.sub_event_type:
            kind = replace(verb.trigger, sub_event_type=hit.trigger.sub_event_type)
            out[-1] = verb._replace(trigger=kind)
    return out


_SUBJECT_CHARS = 2  # a space between the verb and its subject
