"""Trigger words framed as no act of the news: an anniversary (ذكرى مرور 70 عاما على القصف), a campaign's running
day or week (مع دخول القصف أسبوعه الثاني), a permission (السماح لطائرات أمريكية بشن ضربات), a grip that was or still is
(موقع كان في قبضة الحوثيين), the forms of an ill (الفساد بشتى صوره ومظاهره: its manifestations, not a demonstration)
an attack on sovereignty (اعتداء صارخ على سيادة البحرين: words of a statement), what a period saw (وشهدت الفترة
ذاتها مقتل 2100 شخص: a total over weeks), a tally of separate incidents (قتل سبعة أشخاص ... في حوادث أمنية منفصلة:
the lead's sum of acts told one by one) and the object of a demand (طالبت كوبا، في إطار ...، استعادة الأراضي:
asked for, not done).

Every rule reads the normalised article text (``normalize_letters``: length-keeping, so offsets hold); read by
``nonevents.other_use``.
"""

from __future__ import annotations

import re

from helpers.extract.incidents.vocabulary import Trigger
from helpers.text.arabic import AR

# Before an act: the passing of years since it (ذكرى مرور 70 عاما على القصف، بعد مضي عقد على المجزرة): an
# anniversary, history told as context. Not days or months (بعد مرور يومين على الهجوم: the news told again).
ANNIVERSARY_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:مرور|مضي)\s+(?:\S+\s+){{0,2}}?(?:عام|عاما|اعوام|سنه|سنوات|سنين|عقد|عقود|قرن)\S*"
    rf"\s+(?:علي\s+(?:ال)?|ل(?:ل)?)$"
)
_ANNIVERSARY_CHARS = 60
# Right before an act: the campaign entering (مع دخول القصف، بدخول الغارات) and, after it in its clause, its day, week,
# month or year (أسبوعه الثاني): a campaign's running time, no act of one day. Not a day (دخلت الاشتباكات يومها
# الثالث: they go on that day) and not a protest (دخل الاعتصام يومه العاشر، أسبوعه الثاني: a protest that day too).
ENTERING_BEFORE = re.compile(rf"(?<![{AR}])[وفب]?(?:دخول|دخل|دخلت|يدخل|تدخل)\s+(?:ال)?$")
RUNNING_TIME_AFTER = re.compile(rf"[^.،؛؟!\n]{{0,140}}?(?<![{AR}])(?:اسبوعه|اسبوعها|شهره|شهرها|عامه|عامها)(?![{AR}])")
# Before an act: a permission (السماح لطائرات أمريكية بشن ضربات، لن يسمح للنظام ... أن يقصف), in its clause, the act
# told with ب or أن: allowed, not done. A past سمح only with whom
# it lets (سمحت أنقرة للطائرات بشن): not a thing that enabled (صفقة سمحت بالإفراج، مما سمح بتحرير نهم: done).
PERMISSION_BEFORE = re.compile(
    rf"(?<![{AR}])(?:[وفبل]?(?:ال)?(?:سماح|يسمح|تسمح|يسمحون|سيسمح|ستسمح)(?![{AR}])"
    rf"|[وف]?(?:سمح|سمحت|سمحوا)(?![{AR}])[^.،؛؟!\n]{{0,40}}?\sل[{AR}]+)[^.،؛؟!\n]{{0,90}}?"
    rf"(?:\sب(?:ال)?|\sب(?:شن|تنفيذ|القيام\s+ب)\s+(?:ال)?|(?<!بعد)(?<!قبل)(?<!منذ)(?<!عقب)\sان\s+)$"
)
_PERMISSION_CHARS = 110
# Before a grip (قبضة): a state that was or still is (كان في قبضة الحوثيين، لا يزال في قبضة التنظيم): no arrest, no
# place taken that day. Not a fall into it (سقط في قبضة الأمن، وكان المطلوب قد وقع في قبضة الأمن أمس: an arrest).
GRIP_STATE_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:كان|كانت|كانوا|يزال|تزال|يزالون|زال|زالت|مازال|مازالت|ظل|ظلت|بقي|بقيت|يبقي|تبقي)\s+"
    rf"(?:(?!قد\s|وقع|سقط)\S+\s+){{0,3}}?في\s+$"
)
_GRIP_CHARS = 60
# Before a protest noun read in its other sense: the forms of a thing (بشتى صوره ومظاهره، بكل أشكاله ومظاهره):
# manifestations (مظاهر + a pronoun), not a demonstration.
FORMS_BEFORE = re.compile(
    rf"(?:(?<![{AR}])(?:صور|اشكال|انواع|الوان)(?:ه|ها|هم)\s+و|(?<![{AR}])(?:بشتي|بكافه|بجميع|بمختلف|بكل)\s+)$"
)
_MANIFESTATIONS = ("مظاهره", "مظاهرها", "مظاهرهم")
# Right after an attack noun: on sovereignty (اعتداء صارخ على سيادة البحرين، اعتداءات على السيادة الوطنية): a
# statement's word for an interference, not an assault.
SOVEREIGNTY_AFTER = re.compile(rf"\S*\s+(?:\S+\s+){{0,2}}?(?:علي\s+|ل)(?:ال)?سياده(?![{AR}])")
_ATTACKS = ("Attack", "Armed clash")
# Before an act in its sentence: what a period saw (وشهدت الفترة ذاتها مقتل، وشهدت نفس الفترة إحراق ... ومقتل ...
# خلال اشتباكات): the acts of weeks or months summed, no event of one day.
PERIOD_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:شهد|شهدت)\s+(?:(?:نفس|ذات)\s+الفتره|الفتره\s+(?:ذاتها|نفسها))(?![{AR}])[^.؛؟!\n]*$"
)
_PERIOD_CHARS = 120
# A day named from the period's words to the end of the act's clause (شهدت الفترة نفسها هجوما ... أمس، ... يوم الأحد):
# one act of that day, not a total.
PERIOD_DAY = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:يوم|امس|ليله|بارحه|سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)(?![{AR}])"
)
_CLAUSE_END = re.compile(r"[،,.؛؟!\n]")
# After a generic killing or attack in its sentence: separate incidents (قتل وأصيب سبعة عراقيين، فيما عثر على
# جثتين ... بحادثين أمنيين منفصلين؛ لقي 6 أشخاص مصرعهم في حوادث متفرقة): a tally of acts, each told on its own.
# Not separate attacks (قتل ثلاثة جنود في هجومين منفصلين شنهما مسلحون على كمينين: the acts, told in their sentence).
SEPARATE_AFTER = re.compile(
    rf"[^.؛؟!\n]{{0,160}}?(?<![{AR}])(?:في\s+|ب)(?:حادثين|حوادث|احداث)"
    rf"\s+(?:(?:ال)?(?:امنيين|امنيه|ارهابيه|مسلحه)\s+)?(?:ال)?(?:منفصلين|منفصله|متفرقين|متفرقه)(?![{AR}])"
)
_GENERIC_ACTS = ("قتل", "هجوم", "ضبط")  # a killing, an attack, bodies found
# Before the first comma after the act, when a comma parts it from the tally: its own place or means (وقتل شرطي في
# العريش، في حادثين منفصلين؛ قتل متظاهران برصاص الأمن في الناصرية، وأصيب العشرات في حوادث متفرقة): an act told.
_OWN_PLACE = re.compile(rf"(?<![{AR}])(?:في\s|ب[{AR}])")
# Before a verbal noun in its sentence: a demand or a condition made by a verb or its verbal noun (طالبت كوبا، في
# إطار تطبيع علاقاتها، استعادة الأراضي؛ تطالب فيه بإجبار الجيش على التوقف عن إطلاق الرصاص؛ تشترط إطلاق ... مقابل
# إطلاق سراح): the act is what is asked for, not done. Further than ``DEMAND_BEFORE``'s next word, so not when a
# cause, a time or an inquiry stands between (طالبت بالتحقيق في مقتل، طالبوا بالرحيل بعد قتل: the act is done).
DEMANDED_BEFORE = re.compile(
    rf"(?<![{AR}])(?:(?<!ابو )(?<!ابي )(?<!ابن )(?<!بن )طالب(?=\s+(?:ال|ب))|[وف]طالب"
    rf"|[وف]?(?:طالبت|طالبوا|يطالب|تطالب|يطالبون|يطالبان|تطالبان|اشترط|اشترطت|يشترط|تشترط)"
    rf"|[وفبل]?(?:ال|لل)?مطالبه)(?![{AR}])(?:(?!(?<![{AR}])[وفبل]?(?:ال)?(?:بعد|اثر|عقب|اعقاب|جراء|بسبب|خلفيه|منذ|خلال|اثناء|عندما|تحقيق"
    rf"|محاسبه|معاقبه|محاكمه|ملابسات|مرتكبي|مسؤولين|ضحايا|الذي|التي|الذين"
    rf"|منفذي|منفذ|مصير|ازاء|حيال|حيث|ادانه|استنكار|ثار|فيما|بينما|وسط|غداه)(?![{AR}]))[^.؛؟!\n]){{0,160}}$"
)
# A student or a name is no demand (قتل طالب جامعي في انفجار، أبو طالب العراقي في غارة). After a comma past the
# demand, the act is its object only right after that comma (طالبت كوبا، في إطار ...، استعادة؛ طالبت موسكو، في
# بيان، بوقف الضربات); further on, a new clause tells its own act (طالب بضبط النفس، في حين شهدت الزاوية اشتباكات).
# Right after في, the act is the setting of the object, not the object (بالكشف عن مصير المخطوفين في هجوم).
_OBJECT_AFTER_COMMA = re.compile(
    r"[،,]\s*(?:(?:الي\s+)?[بل]?(?:ال)?(?:وقف|انهاء|اطلاق|اعاده|ارساء)\s+)?(?:[بل]|ال|بال|لل)?$"
)
_SETTING_BEFORE = re.compile(rf"(?<![{AR}])في\s+$")
_DEMANDED_CHARS = 200


def framed(norm: str, sentence: tuple[int, int], trigger: Trigger, span: tuple[int, int]) -> bool:
    """Whether a trigger match is framed as no act of the news (see the module)."""
    start, end = span
    s, _ = sentence
    form = norm[start:end]
    if ANNIVERSARY_BEFORE.search(norm, max(s, start - _ANNIVERSARY_CHARS), start):
        return True  # ذكرى مرور 70 عاما على القصف
    entering = trigger.event_type != "Protests" and ENTERING_BEFORE.search(norm, max(s, start - 12), start)
    if entering and RUNNING_TIME_AFTER.match(norm, end):
        return True  # مع دخول القصف التركي أسبوعه الثاني
    if trigger.priority > 0 and PERMISSION_BEFORE.search(norm, max(s, start - _PERMISSION_CHARS), start):
        return True  # وافقت على السماح لطائرات أمريكية بشن ضربات جوية
    if form == "قبضه" and GRIP_STATE_BEFORE.search(norm, max(s, start - _GRIP_CHARS), start):
        return True  # موقع كان في قبضة الحوثيين
    if form.endswith(_MANIFESTATIONS) and FORMS_BEFORE.search(norm, max(s, start - 14), start):
        return True  # مكافحة الفساد بشتى صوره ومظاهره
    period = PERIOD_BEFORE.search(norm, max(s, start - _PERIOD_CHARS), start)
    if period:
        stop = _CLAUSE_END.search(norm, end)
        if not PERIOD_DAY.search(norm, period.start(), stop.start() if stop else len(norm)):
            return True  # وشهدت الفترة ذاتها مقتل أو فقدان 2100 شخص
    tally = trigger.priority == 1 and trigger.action in _GENERIC_ACTS and SEPARATE_AFTER.match(norm, end)
    if tally:
        comma = _CLAUSE_END.search(norm, end, tally.end())
        if not (comma and _OWN_PLACE.search(norm, end, comma.start())):
            return True  # قتل وأصيب سبعة عراقيين ... بحادثين أمنيين منفصلين
    demanded = trigger.pos == "noun" and trigger.priority > 0
    asked = demanded and DEMANDED_BEFORE.search(norm, max(s, start - _DEMANDED_CHARS), start)
    if asked and not _SETTING_BEFORE.search(norm, asked.start(), start):
        between = asked.group(0)
        if not re.search("[،,]", between) or _OBJECT_AFTER_COMMA.search(between):
            return True  # طالبت كوبا، في إطار تطبيع علاقاتها، استعادة الأراضي
    return trigger.sub_event_type in _ATTACKS and bool(SOVEREIGNTY_AFTER.match(norm, end))
