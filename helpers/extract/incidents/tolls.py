"""The stated dead of an event: number words, qualifiers (at least, about), killing words and the patterns that
read a count and who they were (مقتل 30 جنديا، استشهاد ثلاثة عشر شخصا، لقي قيادي و12 من مرافقيه مصرعهم).

Every pattern runs over the length-keeping normalised text (``Article.norm``), so offsets index the display text.
"""

from __future__ import annotations

import re

from helpers.text.arabic import AR, MARK_CHARS
from helpers.text.normalize import normalize_letters
from helpers.text.patterns import alternation

_LETTER = re.compile(f"[{AR}]")

# Fatalities: a killing word, then an optional qualifier, a count and who they were.
_NUMBER_WORDS = {
    "واحد": 1, "واحدا": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4,
    "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "تسعه": 9, "تسع": 9,
    "عشره": 10, "عشر": 10, "عشرات": 12, "العشرات": 12, "مئات": 100, "المئات": 100,
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40, "خمسين": 50, "خمسون": 50,
    "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70, "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90,
    "احد عشر": 11, "احدي عشره": 11, "اثني عشر": 12, "اثنا عشر": 12, "اثنتي عشره": 12, "ثلاثه عشر": 13,
    "ثلاث عشره": 13, "اربعه عشر": 14, "اربع عشره": 14, "خمسه عشر": 15, "خمس عشره": 15, "سته عشر": 16,
    "ست عشره": 16, "سبعه عشر": 17, "سبع عشره": 17, "ثمانيه عشر": 18, "ثماني عشره": 18, "تسعه عشر": 19,
    "تسع عشره": 19,
    "مئه": 100, "مائه": 100, "مئتين": 200, "مائتين": 200, "مئتان": 200, "مائتان": 200, "مئتي": 200, "مائتي": 200,
    "الف": 1000,
}  # fmt: skip
# The hundreds 300-900, written joined or apart, مئة or مائة (ثلاثمائة، خمس مئة، ثماني مئة).
_HUNDREDS = {"ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "ثماني": 8, "تسع": 9}
_NUMBER_WORDS |= {u + sep + h: n * 100 for u, n in _HUNDREDS.items() for sep in ("", " ") for h in ("مئه", "مائه")}
NUMBER_WORDS = {normalize_letters(k): v for k, v in _NUMBER_WORDS.items()}
VAGUE_NUMBERS = {"عشرات", "العشرات", "مئات", "المئات"}
_QUALIFIERS = {
    "ما لا يقل عن": "at_least", "لا يقل عن": "at_least", "اكثر من": "at_least", "ما يزيد عن": "at_least",
    "ما يزيد علي": "at_least", "نحو": "about", "حوالي": "about", "قرابه": "about", "زهاء": "about",
    "ما يقارب": "about", "ما يصل الي": "up_to", "حتي": "up_to",
}  # fmt: skip
QUALIFIERS = {normalize_letters(k): v for k, v in _QUALIFIERS.items()}
_KILL = (
    "مقتل|قتل|قتلت|قتلي|القتلي|مصرع|بحياه|حياه|ضحيتها|ضحيته|ضحيتهم|ضحايا|استشهاد|اعدام|ذبح|القضاء علي|تصفيه"
    "|سقوط|سقط|سقطوا|راح|لقي|لقوا|يقتل|تقتل|استشهد|استشهدوا|اغتيال|اغتال|اغتالت|اغتالوا|اعدم|اعدمت|اعدموا"
)
_KILL_VOWELED = _LETTER.sub(lambda m: m.group() + f"[{MARK_CHARS}]*", _KILL)  # وقُتل 8 متظاهرين
_COUNT = rf"(?P<count>\d+|{alternation(NUMBER_WORDS)})"
_QUAL = rf"(?:(?P<qual>{alternation(QUALIFIERS)})(?:\s+|(?=\d)))?"  # ما لا يقل عن25: glued to its digits
_MULTIPLIER = r"(?:\s+(?P<mult>الف|الاف|مليون))?"
_WHO = rf"{_MULTIPLIER}(?:(?:(?<=\d)\s*|\s+)(?:من\s+)?(?P<who>[{AR}]{{3,}}))?"
_QUOTE = r"[\"«“(]?"
_BRACKET = r"\)?"  # a count in brackets, as some papers print it: استشهاد (15) وإصابة (33)
FATALITIES = re.compile(
    rf"(?<![{AR}])(?:[وف]?ب?(?:{_KILL_VOWELED})|[وف]?ل(?:مقتل|مصرع))\s+(?:(?:فيه|فيها|فيهم|عن|الي|ضحيتها|ضحيته|حتفهم|حتفه)\s+)?{_QUOTE}{_QUAL}{_COUNT}"
    rf"{_BRACKET}{_WHO}"
    rf"(?![{AR}])"
)
# A word that opens another clause (فيما، بينما، حيث): a count before it is not the subject of the killing after it
# (القوة المؤلفة من 8700 عسكري فيما قتل ستة أشخاص).
_OPENER = "(?:فيما|بينما|حيث|عندما|حين|بعدما|بعد|كما|اذ|ثم|لكن|وقد|فقد|قبل)"
# The count before a passive killing verb (اكثر من 20 مدنيا قتلوا بغارات، 5 جنود لقوا حتفهم).
COUNT_THEN_KILLED = re.compile(
    rf"(?<![{AR}]){_QUAL}{_COUNT}{_WHO}\s+(?:(?!{_OPENER}\s)[{AR}]+\s+)?[\"«“]?(?:قد\s+)?(?:قتلوا|قتل|قتلت|لقوا|سقطوا|قضوا|استشهدوا|استشهدا|استشهدت)(?![{AR}])"
)
# A killing verb, its subject, then the count (وقتلت القوات الاسرائيليه ما لا يقل عن 136 فلسطينيا، أعدم داعش 23 شخصا).
KILLED_BY_THEN_COUNT = re.compile(
    rf"(?<![{AR}])[وف]?(?:(?:قتلت|قتل|يقتل|تقتل|اغتالت|اغتال|اغتالوا|اعدم|اعدمت|اعدموا|ذبح|ذبحت|ذبحوا)\s+(?:(?![وف]?(?:اصيب|اصيبت|جرح|جرحت|اصابه)\s)[{AR}]+\s+){{1,3}}|قضي\s+)"
    rf"{_QUOTE}{_QUAL}{_COUNT}{_WHO}(?![{AR}])"
)
# One named dead and a count of his men, then their death (لقي قيادي حوثي بارز و12 من مرافقيه مصرعهم): the count
# and one more.
ONE_AND_COUNT_KILLED = re.compile(
    rf"(?<![{AR}])[وف]?(?:لقي|لقوا)\s+(?:[{AR}]+\s+){{1,4}}?و{_QUAL}{_COUNT}{_WHO}(?:\s+[{AR}]+)?\s+"
    rf"(?:مصرعهم|حتفهم|مصرعهما|حتفهما)(?![{AR}])"
)
# A toll (ارتفع عدد القتلي الي 30، بلغت حصيله الضحايا 12 شخصا).
TOLL = re.compile(
    rf"(?<![{AR}])[وفب]?(?:عدد|حصيله)\s+(?:ال)?(?:قتلي|ضحايا|وفيات|شهداء)(?:\s+[{AR}]+){{0,3}}?\s+"
    rf"(?:(?:الي|بلغ|بلغت|وصل|وصلت)\s+)?{_QUAL}{_COUNT}{_WHO}(?![{AR}])"
)
# A total over a period (منذ 18 فبراير، حتي الان): the dead of a campaign, not of one strike.
PERIOD = re.compile(rf"(?<![{AR}])(?:منذ|حتي الان|حتي اليوم|منذ بدء|منذ بدايه)(?![{AR}])")
# One or two dead told by a singular or dual noun (مقتل شخص، لقي شخص مصرعه، طفلا قتل، مقتل شخصين، قتل فلسطينيان،
# استشهد جنديان).
_PEOPLE = "متظاهر|محتج|سجين|معتقل|مسعف|مسعفه|طالب|صبي|مراهق|ناشط|مزارع|صياد|راع|عامل|موظف|سائق"  # protest, held, work
_ONE = rf"شخص|رجل|طفل|طفله|امراه|سيده|جندي|شرطي|مدني|ضابط|مواطن|صحفي|مسلح|عنصر|فتي|فتاه|شاب|زعيم|قائد|رب|قتيل|{_PEOPLE}"
_ONE_BEFORE = rf"شخص|رجل|طفل|طفله|امراه|سيده|جندي|شرطي|مدني|مواطن|صحفي|فتي|فتاه|شاب|{_PEOPLE}"  # not a gunman
_TWO = (  # duals whose plural is broken, so their -ين is no plural (ضابطين، عنصرين; not مدنيين، مسلحين)
    rf"شخصين|شخصان|رجلين|رجلان|طفلين|طفلان|جنديين|جنديان|شرطيين|شرطيان|امراتين|[{AR}]{{3,}}يان"
    r"|ضابطين|ضابطان|عنصرين|عنصران|شقيقين|شقيقان|شابين|شابان|سيدتين|طفلتين|فتاتين|قتيلين|قتيلان"
)
FEW_DEAD = re.compile(
    rf"(?<![{AR}])[وف]?[بل]?(?:مقتل|قتل|مصرع|استشهاد|استشهد|استشهدت|استشهدا|اغتيال|بحياه|حياه|ضحيتها|ضحيته"
    rf"|(?:اوقع|اوقعت|خلفت|مخلفا|مخلفه|موقعا|موقعه)(?=\s+قتيل))\s+"  # وأوقعت قتيلين، مخلفا قتيلا: one or two dead
    rf"(?:(?:فيه|فيها|فيهم)\s+)?"
    rf"(?:(?P<one>(?:{_ONE})(?:ا|ه)?)|(?P<two>{_TWO}))(?![{AR}])"
    rf"|(?<![{AR}])(?:لقي\s+)?(?P<one_before>(?:{_ONE_BEFORE})(?:ا)?)\s+(?:[{AR}]+\s+)?(?:قد\s+)?(?:قتل|مصرعه|حتفه)(?![{AR}])"
)
# One more of the dead named after a singular or dual one (استشهاد ضابط وضابط صف (رتبة أقل من ضابط) وجندي؛ قتل
# جندي تركي وآخر: the other one, after the first's nationality).
MORE_DEAD = re.compile(
    rf"(?:\s+صف)?(?:\s+(?:ال)?[{AR}]{{2,}}ي(?![{AR}]))?\s*(?:\([^)]{{0,40}}\)\s*)?[\"”»]?\s*"
    rf"و(?:(?P<one>(?:{_ONE}|اخر)(?:ا|ه)?)|(?P<two>{_TWO}))(?![{AR}])"
)
# A second count told with its own killing word right after a first (مقتل 52 تكفيريا واستشهاد ضابط): one toll.
JOINED_TOLL = re.compile(r"[\s\"”»“«]*و[\s\"“«]*(?:استشهاد|مقتل|مصرع|قتل)?\s*$")
# Another count joined to a stated one (مقتل اكثر من مئه من الجهاديين ونحو 30 جنديا): the dead add up.
# Also one added by إضافة إلى، بالإضافة إلى، فضلا عن, after the first's complement (مقتل عشرة من رجال الأمن، إضافة
# إلى ثلاثة من العمال), of up to three words (استشهاد 13 من منسوبي قوات الطوارئ الخاصة وثلاثة من العاملين); not
# across a preposition, a time or a relative (مقتل 20 شخصا يوم الجمعة و15 يوم السبت: two days' dead).
_COMPLEMENT = (
    rf"(?:\s+(?!(?:في|علي|الي|عن|منذ|خلال|بعد|قبل|بين|بينهم|حيث|الذين|التي|الذي|يوم|امس|اليوم|ليله|صباح|مساء"
    rf"|فجر|ظهر|عصر)(?![{AR}]))(?!و)[{AR}]{{2,}}){{0,3}}?"
)
AND_COUNT = re.compile(
    rf"{_COMPLEMENT}\s*[،,]?\s*(?:و|(?:ب?ال|و)?اضافه\s+(?:الي|ل)\s*|فضلا\s+عن\s+){_QUAL}{_COUNT}{_BRACKET}{_WHO}(?![{AR}])"
)
# The wounded are not the dead (سقوط 10 جرحي، و15 مصابا).
WOUNDED = {"جريحا", "جرحي", "الجرحي", "مصابا", "مصابين", "المصابين", "اصابات", "اصابه", "مصاب", "جريح"}
AT_LEAST_AFTER = re.compile(rf"\s+(?:[{AR}]+\s+)?علي الاقل(?![{AR}])")
NOT_WHO = {"من", "في", "الي", "علي", "عن", "منذ", "خلال", "بعد", "قبل", "ايام", "اشهر", "سنوات", "عاما", "ساعات"}
NOT_WHO |= {"يوما", "شهرا", "اسابيع", "دقائق", "ليال", "سنه", "عام"}  # قضي 3 ساعات: time spent, not the dead
MULTIPLIERS = {"الف": 1000, "الاف": 1000, "مليون": 1_000_000, "ملايين": 1_000_000}


# The attacker's own death told after the dead he caused, in the same clause (قتل خمسة جنود ... قبل أن ترديه الشرطة،
# مقتل أربعة من المارينز وإصابة ثلاثة أشخاص، قبل أن يقتل هو بالرصاص؛ وقتل ناشطان في المواجهات، إلى جانب الانتحاري):
# ACLED counts him among the event's dead.
ATTACKER_DIED = re.compile(
    rf"[^.؛\n]{{0,80}}?(?<![{AR}])(?:قبل\s+ان\s+(?:يقتل|يلقي\s+(?:حتفه|مصرعه)|ترديه|يردي\s+قتيلا|تقتله)"
    rf"|(?:الي\s+جانب|فضلا\s+عن|بالاضافه\s+الي)\s+(?:الانتحاري|المهاجم|منفذ\s+الهجوم))(?![{AR}])"
)

# Security forces named together after one count (13 جنديا وشرطيا، 16 جنديا ورجل أمن، 17 جنديا وضابطا مصريا): one
# count of both, not one more dead (12 مدنيا وجنديا: a soldier more).
_FORCES_ONE = ("جندي", "شرطي", "ضابط", "عسكري", "عنصر")


def co_counted(first: str, more: re.Match) -> bool:
    """Whether the one dead joined after a count of ``first`` (its accusative noun: جنديا) is counted in it."""
    one = (more.group("one") or "").removesuffix("ا").removesuffix("ه")
    return first[-1:] == "ا" and first[:-1] in _FORCES_ONE and (one in _FORCES_ONE or one == "رجل")


# After an added count: the wounded (و6 اخرين بجروح، اصيبوا) or things (منازل، اليات) are no more dead.
WOUND_AFTER = re.compile(r"\s*(?:\S+\s+)?(?:بجروح|بجراح|جرحي|مصابين|اصيبوا|اصيب|باصابات|جريحا)(?![\u0600-\u06FF])")
NOT_DEAD_NOUNS = frozenset({"منازل", "منزلا", "اليات", "اليه", "اليا", "مركبات", "سيارات", "سياره", "مباني", "مبني"})
