"""A terrorist act told by a judgement of it (العمل الإرهابي الذي استهدف مسجد قوات الطوارئ، الجريمة الإرهابية التي
طالت المصلين، الحادث الإجرامي الذي وقع): condemnations name a bombing this way, often with no other word for it in
their sentence. The table's rows of action ``TERROR_ACT`` (``helpers/data/event_triggers.csv``) are such nouns; one
is an act only when a relative clause right after it tells that it happened (الذي/التي + وقع، استهدف، طال، نفذ،
راح ضحيته، أودى...): «مكافحة العمل الإرهابي» is terrorism in general. Its kind is the article's: a suicide bomb
when the article tells a suicide bomber (انتحاري، حزام ناسف), a remote explosive when it tells a bombing (تفجير،
انفجار، عبوة، مفخخة), else a generic attack, typed by its sides as any other.
"""

from __future__ import annotations

import re

from helpers.extract.incidents.sides import NOBODY, Party
from helpers.extract.incidents.vocabulary import Trigger
from helpers.text.arabic import AR

TERROR_ACT = "terrorist act"
REMOTE = "Explosions/Remote violence"
# A relative clause telling the act happened, up to two adjectives before it (الإرهابي الجبان الذي استهدف).
_TOLD = re.compile(
    rf"(?:\s+(?:ال)?[{AR}]+){{0,2}}?\s*،?\s+(?:الذي|التي)\s+(?:[{AR}]+\s+)?"
    r"(?:استهدف|استهدفت|وقع|وقعت|طال|طالت|نفذ|نفذه|نفذها|نفذت|نفذته|تعرض|تعرضت|تعرضوا|راح|اودي|اودت|ادي|ادت"
    r"|ارتكب|ارتكبه|ارتكبها|ارتكبت|شهده|شهدته|شهدها|حدث|حدثت|ضرب|ضربت|اقدم|قام|قامت|اسفر|اسفرت|خلف|خلفت|ذهب|سقط)"
    rf"(?![{AR}])"
)
_SUICIDE = re.compile(rf"(?<![{AR}])(?:ال)?(?:انتحاري|انتحاريه|انتحاريا|انتحاريين|حزام\s+ناسف|حزاما\s+ناسفا)(?![{AR}])")
_BOMB = re.compile(
    rf"(?<![{AR}])[وبل]?(?:ال|لل)?(?:تفجير|انفجار|عبوه|عبوات|مفخخه|مفخخات|ناسفه|ناسف|قنبله|قنابل)(?![{AR}])"
)


def terror_act(norm: str, trigger: Trigger, end: int) -> bool | None:
    """None for any other trigger; for a terrorist-act noun ending at ``end``, whether a relative clause right after it
    tells the act happened (see the module)."""
    if trigger.action_en != TERROR_ACT:
        return None
    return bool(_TOLD.match(norm, end))


def terror_kind(norm: str, trigger: Trigger, kind: tuple[str, str], actor1: Party, start: int) -> tuple[tuple, Party]:
    """The kind (event type, sub-event type) and actor 1 of a row whose trigger starts at ``start``. For a terrorist
    act: when its clause named no weapon, the article's bombing (a suicide bomb, else a remote explosive), else
    ``kind`` as typed; and no actor 1 named before it (أدان الوزير العمل الإرهابي: who condemns it, not its doer).
    Any other row's as they are."""
    if trigger.action_en != TERROR_ACT:
        return kind, actor1
    actor1 = NOBODY if actor1.name and actor1.start < start else actor1
    if kind[0] == REMOTE:
        return kind, actor1
    if _SUICIDE.search(norm):
        return (REMOTE, "Suicide bomb"), actor1
    if _BOMB.search(norm):
        return (REMOTE, "Remote explosive/landmine/IED"), actor1
    return kind, actor1
