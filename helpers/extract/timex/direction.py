"""What a duration means in time, read from the words around it: an age, an institution's history or a record
(الأولى منذ 65 عاما، أدنى مستوى في خمسة أشهر: a period looked back over, not an event), a past span ending at
the DCT (منذ 4 سنوات، خلال الأسبوعين الماضيين، استمرت ثلاث سنوات), a past point
(قتل منذ يومين، منذ عشرين عاما خلت), a future span starting at the DCT (خلال الأسبوعين المقبلين، سيستمر
يومين، حكم عليه بالسجن لمدة عامين), or no direction at all (a law's maximum penalty, a bond's term). Heuristics on
the normalised text (``normalize_letters``), nearest cue first; the tagger's value is left as it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.extract.timex.vocabulary import NEXT_MOD, PAST_MOD
from helpers.text.arabic import AR

EVENT, AGE, HISTORY, RECORD = "event", "age", "history", "record"
PAST, FUTURE = "past", "future"
SPAN, POINT, OFFSET = "span", "point", "offset"


@dataclass(frozen=True)
class Reading:
    """role: event, age, history or record (direction past: the period a record looks back over); direction:
    past, future or "" (none); shape: span (ends or starts at the
    DCT), point (a moment that long ago) or offset (measured from another event: no calendar days)."""

    role: str
    direction: str = ""
    shape: str = ""


_B, _E = f"(?<![{AR}])", f"(?![{AR}])"
_YEARS = re.compile(rf"{_B}(?:عام|عاما|اعوام|سنه|سنوات|سنين|عامين|سنتين|شهر|شهرا|اشهر|شهور|شهرين)")
# An age: the words before it (عمره، البالغ من العمر، شاب، ذو الـ، فوق، سن) or after it (من العمر).
_AGE_BEFORE = re.compile(
    rf"{_B}(?:[وف]?(?:عمره|عمرها|عمرهم|عمر|العمر|بعمر|اعمارهم|اعمارهن|اعمار|سن|بسن|السن|يبلغ|تبلغ|البالغ|البالغه"
    rf"|البالغين|يناهز|تناهز|يناهزون|ذو|ذات|ذوي|شاب|شابه|الشاب|الشابه|طفل|طفله|الطفل|الطفله|فتاه|الفتاه|فتي"
    rf"|الفتي|رجل|الرجل|امراه|المراه|سيده|مسن|مسنه|المسن|رضيع|رضيعه|ابن|ابنه|فوق|تحت|دون))"
    rf"(?:\s+(?:من\s+العمر|بين|ما\s+بين|نحو|حوالي|قرابه|اكثر\s+من|اقل\s+من|ال|الـ))*\s*[\u0640]*$"
)
_AGE_AFTER = re.compile(r"^\s*(?:من\s+العمر|من\s+عمره|من\s+عمرها)")
_AGE_OF = re.compile(rf"{_B}(?:عمر|سن)\s+\S+\s*$")  # عمر المرشح 40 عاما
_BETWEEN_AGES = re.compile(r"(?:اعمار|عمر)\S*\s+(?:\S+\s+){0,2}(?:ما\s+)?بين\s+\S+\s+(?:\S+\s+)?و\s*$")
# (70 عاما) or ، 28 عاما، after a name: an age in apposition
_PAREN = re.compile(r"\(\s*$"), re.compile(r"^\s*\)")
_COMMAS = re.compile(r"[،,]\s*$"), re.compile(r"^\s*[،,]")
_HISTORY = re.compile(
    rf"{_B}[وبل]?(?:تاسيس|تاسيسها|تاسيسه|انشاء|انشائها|ميلاد|الذكري|ذكري|عريق|عريقه|تاريخ[{AR}]*|عمرها"
    rf"|تاسست|تاسس|انشئت|انشئ|المؤسس|المؤسسه|شيد|شيدت|المشيد|المشيده|بني|بنيت|المبني|المبنيه){_E}"
)
# N عاما على النكبة، بمرور 50 عاما على وفاته: an anniversary
_ANNIVERSARY = re.compile(
    r"^\s*(?:[^\s]+\s+)?علي\s+(?:ذكري\s+)?(?:تاسيس|انشاء|قيام|ميلاد|مولد|وفاه|رحيل|استقلال|زواج|النكبه|النكسه|الثوره"
    r"|ثوره|انطلاق|اطلاق|افتتاح|اكتشاف|صدور|اغتيال|الحرب|حرب|توحيد|اعلان)"
)
_MARUR = re.compile(rf"{_B}(?:مرور|بمرور|لمرور){_E}\s*$")
_SINCE = re.compile(rf"{_B}[وف]?منذ\s+(?:(?:اكثر|اقل)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+|ما\s+يزيد\s+عن\s+)?$")
_BEFORE_AFTER = re.compile(rf"{_B}(?:قبل|بعد|عقب)\s+(?:(?:اكثر|اقل)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+|مرور\s+)?$")
_BEFORE_BY = re.compile(rf"{_B}(?:قبل|بعد)\s+\S+(?:\s+\S+)?\s+ب(?:نحو|حوالي)?\s*$")
_AGO = re.compile(rf"^\s*(?:خلت|مضت|مضي|مضين|خلون){_E}")
_PAST_MOD = re.compile(rf"{_B}{PAST_MOD}{_E}|{_B}(?:اخر|الاخيره|الاخيرين|الاخيرتين){_E}")
_NEXT_MOD = re.compile(rf"{_B}{NEXT_MOD}{_E}")
# A term decided now and served from now on: a prison sentence, a ban, a contract, a truce, a strike.
_TERM = re.compile(
    rf"{_B}[وبل]*(?:ال)?(?:سجن|حبس|حكم|ايقاف|توقيف|حرمان|حرمانه|حرمانها|ابعاد|منع|حظر|عقد|هدنه|اضراب|حداد|تمديد"
    rf"|مهله|امهل|امهلت|يمهل|ساريا|ساري|صالحا|تجميد|تعليق|يغيب|سيغيب|تغيب|ستغيب){_E}"
)
# سـ + a present verb (not سيارة، سيطرة، سنوات، ستة...), سوف، لن، من المقرر...
_FUTURE = re.compile(
    rf"{_B}(?:[وف]?(?:س[يت](?!ا|طر|ناء|د|ول|ف[{AR}]|ر[{AR}]?(?![{AR}])|تين|تون|اس)|سن(?!و|ه|ي|ت|د|ا|ه))[{AR}]{{2,}}"
    rf"|سوف|لن|المقرر|المزمع|المرتقب|يتوقع|تتوقع|متوقعا|متوقع|المتوقع){_E}"
)
# Verbs of lasting: past (استمرت، دام، استغرق، قضي، عاشت، مرت) and present (تستمر، يستغرق، يدوم: future).
_LASTED = re.compile(
    rf"{_B}[وف]?(?:استمر|استمرت|استمرا|استمروا|دام|دامت|استغرق|استغرقت|امتد|امتدت|قضي|قضت|قضوا|قضاها|امضي|امضت"
    rf"|مكث|مكثت|بقي|بقيت|ظل|ظلت|عاش|عاشت|عاشوا|مر|مرت|مضي|مضت|كان|كانت|كانوا|تم|جري|شهد|شهدت|حقق|حققت|لعب"
    rf"|لعبت|اوقف|ينهي|لينهي|انهي|انهت|تقدم|تقدمت|حسم|حسمت|اعتقل|اعتقلوا|قتل|قتلت|قتلوا|وقع|وقعت|توفي|توفيت"
    rf"|انتهي|انتهت|بدا|بدات|اصبح|اصبحت|صار|نجح|نجحت|فشل|فشلت|تمكن|تمكنت|استطاع|استطاعت|حصل|حصلت|اعلن|اعلنت|انجز"
    rf"|اكمل|اكملت|نفذ|نفذت|شن|شنت|سجل|سجلت|اعتقل|اعتقلت|غادر|غادرت|وصل|وصلت|عاد|عادت|سقط|سقطت|اندلع|اندلعت"
    rf"|طال|طالت|لم|لما|المستمر|المستمره|المستمرين|المتواصل|المتواصله|الذي\s+استمر|التي\s+استمرت){_E}"
)
_LASTING = re.compile(rf"{_B}[وفل]?(?:يستمر|تستمر|يدوم|تدوم|يستغرق|تستغرق|يمتد|تمتد|تبقي|يبقي|تقضي|يقضي|تدخل|يدخل){_E}")
# a penalty one may face (يواجه، قد، في حال، تصل إلى): not a term that runs from the DCT
_HYPOTHETICAL = re.compile(
    rf"{_B}[وف]?(?:يواجه|تواجه|يواجهون|قد|ربما|حال|اذا|ان\s+تمت|يمكن|تصل|يصل|طالب|يطالب|طالبت|تطالب|المطالبه){_E}"
)
_YEAR = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")
# a present verb (يشن، تنشر; not a verbal noun تحرير، تدمير)
_IMPERFECT = re.compile(rf"{_B}[وفل]?[يت](?!ال)(?![{AR}]{{2}}ي[{AR}]{_E})[{AR}]{{3,}}(?<!ه)(?<!ات)(?<!يا){_E}")
_OVER = re.compile(rf"{_B}(?:علي\s+(?:مدي|مدار)|طوال|طيله)\s+(?:(?:اكثر|اقل)\s+من\s+)?$")
_WITHIN = re.compile(rf"{_B}(?:خلال|غضون)\s+$")
# lowest in five months, the worst in ten years: a span back from the DCT
_SUPERLATIVE = re.compile(
    rf"{_B}(?:اعلي|ادني|اقل|اكبر|اصغر|اسوا|افضل|اطول|اقصر|اسرع|ابطا|اضعف|اقوي|ارفع|اكثر)(?:\s+\S+){{0,3}}"
    rf"\s+(?:في|خلال|منذ)\s+(?:(?:اكثر|اقل)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+)?$"
)
# the first ... since N years (هي الأولى لرئيس منذ 65 عاما، للمرة الأولى منذ 20 شهرا، لأول مرة في عشر سنوات):
# a record, like a superlative; not خلال (سيعقد أول اجتماع خلال يومين: a span ahead)
_FIRST_SINCE = re.compile(
    rf"{_B}(?:[وفل]?(?:اول|الاول|الاولي|اولي)(?:\s+\S+){{0,4}}\s+منذ|(?:لاول\s+مره|للمره\s+الاولي)(?:\s+\S+){{0,4}}"
    rf"\s+(?:في|منذ))\s+(?:(?:اكثر|اقل)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+)?$"
)
# ساعات العمل، أيام الأسبوع: a plural unit without a count before a definite noun is not a span
_CONSTRUCT = re.compile(r"^\s+ال[^\s]")
_GENERIC = re.compile(rf"{_B}(?:يجب|يمكن|بمقدور|بمقدورها|باستطاعه|تتراوح|يتراوح|تصل\s+الي|يصل\s+اجلها|يصل|لاجل|كل){_E}")
# A past verb by its shape: a perfect ending in ت or وا (not a plural noun in ات), or a passive تم.
_PERFECT_SHAPE = re.compile(rf"{_B}[وف]?(?!ال)(?:[{AR}]{{2,5}}(?<!ا)ت|[{AR}]{{3,5}}وا){_E}")
_COUNTED = re.compile(rf"{_B}(?:ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر|عده|بضع|بضعه)|(?:ين|تين|ان|تان){_E}")
_CLAUSE = re.compile(r"[،,؛;:.!?؟\"«»()]")
_WINDOW = 60


_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def _plain(norm: str, start: int, end: int) -> str:
    """``norm[start:end]`` without short vowels and tatweel (مُنحوا -> منحوا): the cues are written bare."""
    return _MARKS.sub("", norm[start:end])


def reading(norm: str, start: int, end: int, sent_start: int = 0, sent_end: int | None = None) -> Reading:
    """What the duration at ``norm[start:end]`` (in the sentence ``norm[sent_start:sent_end]``) means in time."""
    sent_end = len(norm) if sent_end is None else sent_end
    before = _plain(norm, max(sent_start, start - _WINDOW), start)
    after = _plain(norm, end, min(sent_end, end + _WINDOW))
    surface = _plain(norm, start, end)
    role = _role(surface, before, after)
    if role != EVENT:
        return Reading(role)
    if _record(before):
        return Reading(RECORD, PAST, SPAN)  # the worst in ten years, the first since 65 years: no event span
    if _SINCE.search(before):
        return Reading(EVENT, PAST, POINT if _AGO.match(after) or _ago_verb(before) else SPAN)
    if _AGO.match(after) or _PAST_MOD.search(surface) or _PAST_MOD.match(after.lstrip()):
        return Reading(EVENT, PAST, POINT if _AGO.match(after) else SPAN)
    if _NEXT_MOD.search(surface) or _NEXT_MOD.match(after.lstrip()):
        return Reading(EVENT, FUTURE, SPAN)
    if _BEFORE_AFTER.search(before) or _BEFORE_BY.search(before) or _OWN_DIRECTION.match(surface):
        return Reading(EVENT, _tense(norm, sent_start, start, end, sent_end) or PAST, OFFSET)
    if _MARUR.search(before):
        return Reading(EVENT, PAST, SPAN)  # رغم مرور عامين على الانقلاب: since then
    if not _DIGIT.search(surface) and _CONSTRUCT.match(after) and not _COUNTED.search(surface):
        return Reading(EVENT)
    tense = _tense(norm, sent_start, start, end, sent_end)
    if not tense and _WITHIN.search(before) and (_DIGIT.search(surface) or _COUNTED.search(surface)):
        # خلال / في غضون with a present verb and no past verb in reach: a span ahead (قتل 300 خلال 3 أيام: none)
        tense = FUTURE if _IMPERFECT.search(_CLAUSE.split(before)[-1]) else ""
    if not tense and _OVER.search(before):
        tense = PAST  # على مدى ثلاثة عقود، طوال سنوات: a span up to now
    return Reading(EVENT, tense, SPAN)


def record_since(norm: str, sent_start: int, start: int) -> bool:
    """Whether a date after منذ at ``norm[start:]`` is a record's look-back (لأول مرة منذ عام 1982): no span."""
    return _record(_plain(norm, max(sent_start, start - _WINDOW), start))


# "more/less than" before a count (قتل أكثر من 40 مدنيا خلال الأسبوعين الماضيين) is a quantity, not a record
_QUANTITY = re.compile(rf"{_B}(?:اكثر|اقل)\s+من\s+\S+(?:\s+\S+){{0,2}}\s+(?:في|خلال|منذ)\s+$")
# أول that is no "first": a month (كانون الأول، ربيع الأول), a rank or post (الفريق أول، النائب الأول), أول أمس
_NOT_FIRST = re.compile(
    rf"{_B}(?:(?:كانون|تشرين|ربيع|جمادي|الفريق|فريق|الملازم|ملازم|النائب|نائب)\s+(?:ال)?اول[يى]?|اول\s+(?:من\s+)?امس){_E}"
)


def _record(before: str) -> bool:
    """Whether the words before a duration make it a record's look-back (a superlative or "the first" in the same
    clause: أسوأ حرائق منذ عشر سنوات، الأولى لرئيس تركي منذ 65 عاما)."""
    clause = _CLAUSE.split(before)[-1]
    if _SUPERLATIVE.search(clause) and not _QUANTITY.search(clause):
        return True
    return bool(_FIRST_SINCE.search(_NOT_FIRST.sub("_", clause)))


_OWN_DIRECTION = re.compile(r"(?:قبل|بعد)\s")
_DIGIT = re.compile("[0-9]")
_DIGITS = re.compile("[0-9]+")
_LONG_UNIT = re.compile("عقد|عقود|قرن|قرون")


def _role(surface: str, before: str, after: str) -> str:
    """age, history or event."""
    if not _YEARS.search(surface):
        return EVENT
    if any(p.search(before) for p in (_AGE_BEFORE, _AGE_OF, _BETWEEN_AGES)) or _AGE_AFTER.match(after):
        return AGE
    if (_PAREN[0].search(before) and _PAREN[1].match(after)) or (_COMMAS[0].search(before) and _COMMAS[1].match(after)):
        return AGE
    if (_MARUR.search(before) and _HISTORY.search(after[:30])) or (_HISTORY.search(before[-25:]) and _long(surface)):
        return HISTORY
    if _ANNIVERSARY.match(after):
        return HISTORY
    return EVENT


def _long(surface: str) -> bool:
    """Ten years or more (a school built منذ سنتين is not a history)."""
    digits = _DIGITS.search(surface)
    return int(digits.group()) >= 10 if digits else bool(_LONG_UNIT.search(surface))


_AGO_VERB = re.compile(
    rf"{_B}[وف]?(?:قتل|قتلت|قتلوا|وقع|وقعت|توفي|توفيت|اعتقل|اعتقلت|اختطف|اختفي|اختفت|غادر|غادرت|وصل|وصلت|عاد|عادت"
    rf"|سقط|سقطت|انفجر|انفجرت|اندلع|اندلعت|اعلن|اعلنت|اطلق|اطلقت|نشر|نشرت|بدا|بدات|ولد|ولدت|فر|هرب|هربت"
    rf"|التقي|التقت|التقينا|التقوا){_E}"
)


def _ago_verb(before: str) -> bool:
    """Whether the clause before منذ has a verb of a single happening (قتل، وقع، اعتقل): a point that long ago."""
    clause = _CLAUSE.split(before)[-1]
    words = clause.split()
    return bool(words[-4:-1] and any(_AGO_VERB.fullmatch(w) for w in words[-4:-1]))


def _tense(norm: str, sent_start: int, start: int, end: int, sent_end: int) -> str:
    """past, future or "" from the clause's nearest cue: a future verb or marker, a present verb of lasting
    (future), a term decided now (future), a past verb (past); a generic verb or none leaves it undirected."""
    left = _plain(norm, max(sent_start, start - _WINDOW), start)
    left_clause = _CLAUSE.split(left)[-1] if _CLAUSE.search(left) else left
    right = _plain(norm, end, min(sent_end, end + 30))
    right_clause = _CLAUSE.split(right)[0]
    cues: list[tuple[int, str]] = []
    for pattern, meaning in (
        (_FUTURE, FUTURE), (_LASTING, FUTURE), (_TERM, FUTURE), (_LASTED, PAST), (_GENERIC, ""),
        (_PERFECT_SHAPE, PAST),
    ):  # fmt: skip
        for m in pattern.finditer(left_clause):
            cues.append((len(left_clause) - m.end(), meaning))
        for m in pattern.finditer(right_clause) if pattern is not _TERM else ():  # سنوات حكم: not a term
            cues.append((m.start() + 2, meaning))  # a cue after the duration counts as a little further
    if not cues:
        return ""
    if _TERM.search(left_clause) and (_HYPOTHETICAL.search(left + right) or _YEAR.search(left + right)):
        return ""  # a penalty he may face, or a term passed in a year named: no span from the DCT
    future = [d for d, meaning in cues if meaning == FUTURE]
    if future and any(m.group(0) for m in _FUTURE.finditer(left + right)):
        return FUTURE  # an explicit future marker in reach wins over a past-looking word
    return min(cues)[1]
