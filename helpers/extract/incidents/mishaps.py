"""Words of war used for everyday things. A can of milk is an عبوة (an IED only when it is ناسفة or goes off), a
fire brought under control is a سيطرة (a civil-defence report, no battle), fireworks explode (انفجرت إحداها
في وجهه) at a celebration, a father (والدهم، والدك) is no raid (دهم) or pounding (دك), and a shark that
attacked a swimmer (هاجمته سمكة قرش) is no armed party. A control, a recovery or a liberation (one trigger
family) of a disease, a right or a memory takes no ground (مركز السيطرة على الأمراض، استعادت اليونان حقها،
تحرير محضر), and the dead of a collision (لقي 21 مصرعهم بعدما اصطدم مركب) died in an accident. ``mishap`` tells
a trigger match that is one of these, so it makes no row.
"""

from __future__ import annotations

import re

from helpers.extract.incidents.vocabulary import Trigger
from helpers.text.arabic import AR

# A bare can or container (عبوة، عبوات), not an explosive device by its own words.
_CAN = re.compile(r"(?:[وفب]?(?:ال)?)(?:عبوه|عبوات)$")
# Its sentence says something exploded or was planted, defused or made: then it is the device told again.
_BLAST_WORDS = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:انفجار|انفجرت|انفجر|تفجير|تفجيرها|فجر|فجرت|ناسفه|ناسفتين|ناسفات|متفجره|متفجرات"
    rf"|مفخخه|زرع|زرعت|زرعها|تفكيك|فكك|ابطال|بدائيه|الصنع)(?![{AR}])"
)
# A fire, flames or a blaze right after على, the object of a control trigger (سيطرت فرق الدفاع المدني على حريق).
_FIRE = re.compile(rf"(?<![{AR}])عل[يى]\s+(?:ال)?(?:حريق|حرائق|نيران|نار|لهيب|السنه|اللهب)(?![{AR}])")
_ON = re.compile(rf"(?<![{AR}])عل[يى](?![{AR}])")
_FIRE_CHARS = 90  # how far after the control word its على may stand (the crews, the place and the time between)
# Civil defence in the sentence: what it brings under control is a fire or a flood, never a town.
_CIVIL_DEFENCE = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?دفاع المدني(?![{AR}])")
# Fireworks in the sentence: what exploded is a firework, not a bomb.
_FIREWORKS = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:العاب ناريه|الالعاب الناريه|مفرقعات|المفرقعات)(?![{AR}])")
_WENT_OFF = re.compile("انفجر|انفجار")
_CONTROL = "سيطرة"
_SEIZURE = "ضبط"
# What a seizure or a find must name in its sentence to be ACLED's: arms, explosives, bodies, an army or an armed
# party (not drugs, a painting or medicines seized: ضبطت الجمارك لوحة لبيكاسو).
_ARMS = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:سلاح|اسلحه|ذخائر|ذخيره|متفجرات|متفجره|ناسفه|ناسفات|عبوه|عبوات|صاروخ|صواريخ|قذائف"
    rf"|قذيفه|قنبله|قنابل|الغام|لغم|مفخخه|مفخخات|جثه|جثث|جثتي|جثتين|جثمان|رفات|مقبره|حزام|احزمه|رصاص|بندقيه|بنادق"
    rf"|مسدس|مسدسات|اسلحته|خليه|خلايا|داعش|ارهابي|ارهابيه|ارهابيين|مسلح|مسلحين|مسلحون|انفاق|نفق|خنادق|تفخيخ"
    rf"|جيش)(?![{AR}])"
)
# An animal right before or after an attack (هاجمته سمكة قرش، هجوم دب): no armed party. Not the lion or the tiger:
# الأسد is Assad, نمر a man's name (نمر النمر).
_ANIMAL = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:قرش|اسماك القرش|سمكه قرش|سمك القرش|تمساح|تماسيح|ذئب|ذئاب|دب"
    rf"|دببه|ثعبان|افعي|فيل|افيال|ضبع|كلب|كلاب مسعوره|نحل|ثور|قرد|قرود|ناقه|بعير|جمل)(?![{AR}])"
)
_ANIMAL_CHARS = 20  # a word or two either side
# What a control, a recovery or a liberation holds when it takes no ground: a disease, prices, oneself, a right, a
# memory, a title or a police report (تحرير محضر). Right after the trigger or its على (السيطرة على انتشار المرض،
# تحرير 63 مخالفة), or after its one-word subject with a pronoun back to it (استعادت اليونان حقها، استعاد ذكرياته).
_NO_GROUND_WORDS = (
    "مرض|امراض|وباء|اوبئه|فيروس|فيروسات|عدوي|اعراض|انتشار|تفشي|حمي|اسعار|تضخم|اعصاب|مشاعر|حق|حقوق|ذكري|ذكريات"
    "|توازن|وعي|اموال|لقب|كاس|محضر|محاضر|مخالفات|بلاغ|زمام|(?:حيا|ذاكر|ثق|مكان|لياق|عافي|صح|بطول|صدار|مخالف)[هت]"
)
_NO_GROUND = re.compile(
    rf"[{AR}]*\s+(?:(?:عل[يى]\s+)?[وب]?(?:ال)?(?:{_NO_GROUND_WORDS})(?:ه|ها|هم|هما|ي)?"
    rf"|[{AR}]+\s+(?:{_NO_GROUND_WORDS})(?:ه|ها|هم|هما))(?![{AR}])"
)
# The situation brought under control (تم التعامل مع الموقف ... والسيطرة على الموقف: the interior ministry's formula
# after a border shelling; السيطرة على الوضع), whatever arms the sentence names: no ground taken.
_SITUATION = re.compile(rf"[{AR}]*\s+عل[يى]\s+(?:ال)?(?:موقف|وضع|اوضاع)(?![{AR}])")
# Control as a name or a duty, not an act: مركز السيطرة على الأمراض، القيادة والسيطرة، السيطرة والتحكم.
_CONTROL_NAME_BEFORE = re.compile(rf"(?<![{AR}])(?:مركز|مراكز|القياده و|قياده و)\s*(?:ال)?$")
_CONTROL_NAME_AFTER = re.compile(r"\s+والتحكم")
# A collision told as the cause of the dead (بعدما اصطدم مركب، إثر اصطدام سيارة، في اصطدام مروحية، لاصطدامه بها);
# not clashes (اصطدامات، اصطدموا مع الشرطة).
_COLLISION = re.compile(
    rf"(?<![{AR}])(?:(?:اثر|بعد|بعدما|جراء|في|عند|عندما|حين|حينما|نتيجه|اثناء)\s+(?:ما\s+)?(?:حادث\s+)?|[بل])"
    rf"(?:ال)?(?:اصطدام|اصطدم|اصطدمت|ارتطام|ارتطمت)(?:ه|ها)?(?![{AR}])"
)
# A fight named beside a collision (اصطدمت دوريته بكمين، في هجوم): the dead fell in it, not in an accident.
_FIGHT = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:كمين|كمينا|هجوم|هجوما|اشتباك|اشتباكات|مواجهات|مقاتلو|مقاتلي|مسلحو|مسلحي|قناص"
    rf"|النار)(?![{AR}])"
)
_ATTACKS = ("Battles", "Violence against civilians")
# A parent read as a raid or a pounding: والدهم is "their father", not و + الدهم; والدك "your father", not و + الدك.
_PARENTS = frozenset({"والدهم", "والدك", "والدكم", "والدكما", "والدهما", "الدكه", "والدكه"})
_WORD = re.compile(rf"[{AR}]+")
_EXPLOSIONS = "Explosions/Remote violence"


def mishap(norm: str, sentence: tuple[int, int], trigger: Trigger, span: tuple[int, int]) -> bool:
    """Whether a trigger match in its sentence tells an everyday thing: a can that no word makes a bomb, a fire
    brought under control, fireworks that went off (انفجرت، not a bombing, تفجير), a parent, an animal's attack,
    a seizure or a find that names no arms, explosives, bodies or armed party, a control of no ground, or the dead
    of a collision."""
    s, e = sentence
    start, end = span
    word = _WORD.match(norm, start)
    if word and word.group() in _PARENTS:
        return True
    if _CAN.search(norm[max(s, start - 4) : end]) and not _BLAST_WORDS.search(norm, s, e):
        return True
    if trigger.action == _CONTROL:
        after = _FIRE.search(norm, end, min(e, end + _FIRE_CHARS))
        if (after and not _ON.search(norm, end, after.start())) or _CIVIL_DEFENCE.search(norm, s, e):
            return True
        no_ground = _NO_GROUND.match(norm, end, e) and not _ARMS.search(norm, s, e)
        if no_ground or _SITUATION.match(norm, end, e) or _CONTROL_NAME_AFTER.match(norm, end, e):
            return True
        if _CONTROL_NAME_BEFORE.search(norm, max(s, start - 12), start):
            return True
    collision = trigger.event_type in (*_ATTACKS, _EXPLOSIONS) and _COLLISION.search(norm, s, e)
    if collision and not _ARMS.search(norm, s, e) and not _FIGHT.search(norm, s, e):
        return True
    if trigger.action == _SEIZURE and not _ARMS.search(norm, s, e):
        return True
    went_off = trigger.event_type == _EXPLOSIONS and _WENT_OFF.search(norm, start, end)  # not تفجير: a bombing
    if went_off and _FIREWORKS.search(norm, s, e):
        return True
    near = _ANIMAL.search(norm, max(s, start - _ANIMAL_CHARS), start) or _ANIMAL.search(norm, end, end + _ANIMAL_CHARS)
    return trigger.event_type in _ATTACKS and bool(near)
