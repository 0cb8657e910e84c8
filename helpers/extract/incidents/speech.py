"""Speech told around the verb هاجم (stop 40): its medium, its reason or an office-holder as its subject make it words,
not violence, unless the attack has a physical target (a base, a checkpoint, homes, protesters, farmers)."""

from __future__ import annotations

import re

from helpers.text.arabic import AR

# A cue of speech near the verb: its medium (في تغريدة، عبر حسابه، في كلمة), «بقولها»، «بشأن»، «ووصفوا»، «واتهمهم» or
# its reason (لفشله، لعرقلتها، لدعمها، لموقفه).
SPEECH_CUE = re.compile(
    rf"(?<![{AR}])[وفب]?(?:بقوله|بقولها|بقولهم|بشان|واتهمه|واتهمها|واتهمهم|ووصف|ووصفت|ووصفوا)(?![{AR}])"
    rf"|(?<![{AR}])[وف]?(?:في|عبر|علي)\s+(?:تغريده|تغريدات|تدوينه|حسابه|حسابها|تويتر|خطاب|خطابه|كلمه|كلمته|مقابله|الفيديو"
    rf"|مؤتمر صحفي)(?![{AR}])"
    rf"|(?<![{AR}])لل?(?:فشل|رفض|موقف|مواقف|دعم|قبول|عرقله|عرقلت|تصريحات|سياسات|سياسه|سياست|انتقاد)(?:ه|ها|هم|هما)?(?![{AR}])"
)
# Right after the verb هاجم, its subject an office-holder (وهاجم رئيس الحكومة، يهاجم فيها الرئيس الأميركي، هاجم
# الزعيم الدرزي، هاجم نائب الوزير).
SPEAKER_SUBJECT = re.compile(
    rf"(?:\s+(?:فيها|فيه|فيهم))?\s+(?:ال)?(?:رئيس|وزير|نائب|زعيم|مستشار|سفير|قيادي|متحدث|ناطق|امين عام|مندوب"
    rf"|مبعوث|رئيسه|وزيره|نائبه|برلماني|نائبا|مسؤول|مسؤولون|مسؤولو)(?![{AR}])"
)
# A physical target named soon after the verb (هاجم قيادي في الشباب قاعدة عسكرية، هاجم مستوطنون المزارعين): a place,
# a force's post or a crowd of people, which words do not attack.
PHYSICAL_TARGET = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:مقر|مقار|قاعده|قواعد|موقع|مواقع|حاجز|حواجز|دوريه|دوريات|نقطه|ثكنه|معسكر|مركز|مراكز"
    rf"|منزل|منازل|بيوت|قريه|مخيم|خيام|موكب|سفاره|مسجد|كنيسه|متظاهرين|معتصمين|محتجين|مصلين|مزارعين|رعاه|مدنيين)(?![{AR}])"
)
_SPEECH_CHARS = 90
_TARGET_CHARS = 60


def told_as_speech(norm: str, sentence: tuple[int, int], span: tuple[int, int], verb: bool) -> bool:
    """Whether an attack with no weapon near is told as speech: a cue of speech 45 characters before it or 90 after
    it, or (the verb) an office-holder as its subject; never when a physical target follows within 60 characters."""
    (s, e), (start, end) = sentence, span
    told = SPEECH_CUE.search(norm, max(s, start - _SPEECH_CHARS // 2), min(e, end + _SPEECH_CHARS))
    told = told or (verb and SPEAKER_SUBJECT.match(norm, end))
    return bool(told) and not PHYSICAL_TARGET.search(norm, end, min(e, end + _TARGET_CHARS))
