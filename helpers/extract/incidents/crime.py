"""What is not political violence: a crime, and a death with no violence.

ACLED codes violence by organised armed and political actors and by state forces. A shooting or a killing by an
individual with no political or organised dimension (a grudge, a family dispute, a robbery, a lost lawsuit) is
a crime, not an event of the table; the spent gold sets follow that rule ("crimes with no political motive stated
are out of scope": the Capital Gazette shooting, the Amsterdam stabbing) and code a bombing campaign whose motive
is suspected to be hatred (Austin). ``criminal`` reads it: a violent row against civilians whose doer is no
organised side, in an article that states a personal or criminal motive and no political one.

A death told without a trigger of violence (لقي حتفه، أودى بحياة، سقوط قتلى) is an event only when its sentence
says what killed (برصاص، بقصف، في هجوم...): an accident, a disease or a disaster is not (``unexplained_death``).
"""

from __future__ import annotations

import re

from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

# A motive of a person's own: a grudge, revenge for a lawsuit, a family or personal dispute, theft, honour.
PERSONAL_MOTIVE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:ضغينه|دعوي قضائيه|قضيه تحرش|خلاف عائلي|خلافات عائليه|نزاع عائلي|خلاف شخصي"
    rf"|خلافات شخصيه|دوافع شخصيه|دافع شخصي|الثار|سرقه|سطو|شجار|مشاجره|مشاده|جريمه شرف|جرائم الشرف|مختل|اضطراب نفسي"
    rf"|اضطرابات نفسيه|مرض نفسي|امراض نفسيه|جريمه قتل|جنائي|جنائيه)(?![{AR}])"
)
# A killing whose victim is the killer's kin, right after the verb (أب يقتل ابنه، قتل زوجته، المتهم بقتل شقيقه): a
# family crime. Not a parent or a son named anywhere else (والد الشهيد, a condolence), not ابنة before a name (قتل
# ابنة الوزير), and not when a weapon of war or a force is in the sentence (قُتل زوجها برصاص قناص: passive).
KIN_KILLED = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:قتل|يقتل|تقتل|قتلت|قاتل|طعن|يطعن|طعنت|ذبح|يذبح|ذبحت|نحر|خنق|يخنق|خنقت)\s+(?:\S+\s+)?"
    rf"(?:ابنه(?!\s+ال)|ابنها|ابنته|ابنتها|ابنائه|ابنائها|زوجته|زوجها|طليقته|طليقها|شقيقه|شقيقها|شقيقته|شقيقتها|اخاه"
    rf"|اخيه|اخته|اختها|والده|والدته|والدها|والدتها|اباه|ابيه|امه|امها|اطفاله|اطفالها|ابن عمه|ابن عمها|جدته)(?![{AR}])"
)
WAR_MEANS = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:قناص|قنص|قصف|غاره|غارات|انفجار|تفجير|قذيفه|قذائف|صاروخ|صواريخ|مسلحين|مسلحون|مسلح"
    rf"|مسلحو|قوات|اشتباكات|معارك|هجوم|عبوه|لغم|مفخخه|انتحاري)(?![{AR}])"
)
# An ideological or organised dimension named anywhere in the article: terrorism, extremism, a group, hatred.
IDEOLOGY = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:ارهاب|ارهابي|ارهابيه|ارهابيين|ارهابيون|متطرف|متطرفين|تطرف|داعش|القاعده|تنظيم"
    rf"|جماعه|جماعات|ميليشيا|ميليشيات|مليشيا|مليشيات|طائفي|طائفيه|عنصري|عنصريه|كراهيه|جهادي|جهاديين|انفصالي"
    rf"|انفصاليين|متمردين|متمردون|عصابه|عصابات|كارتل)(?![{AR}])"
)
# A political setting: politics, elections, a political victim (a journalist, an activist, a candidate), a
# protest, a war or an army.
POLITICAL = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:سياسي|سياسيه|انتخابات|انتخابي|انتخابيه|مرشح|صحفي|صحفيه|صحفيين|ناشط|ناشطه"
    rf"|ناشطين|حقوقي|حزب|برلمان|نائب|معارضه|معارض|احتجاج|احتجاجات|حرب|عسكري|عسكريه|جيش|الجيش|مسلحين|مسلحون)"
    rf"(?![{AR}])"
)
# A doer who is one person, not a group: the singular nouns of one attacker (and a person's name).
INDIVIDUAL = re.compile(
    r"(?:[وفب]?(?:ال)?(?:مسلح|رجل|شخص|شاب|طالب|تلميذ|مراهق|امراه|سيده|مهاجم|قاتل|جاني|سفاح|مشتبه|متهم|مطلق النار"
    r"|مسلح مجهول|رجل مسلح)(?:\s+به)?)"
)
FORCES = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:قوات|جيش|الجيش|جنود|الجنود)(?![{AR}])")
# One perpetrator named in the article (مطلق النار، المسلح، القاتل، المشتبه به): one person acted.
LONE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)(?:مسلح|قاتل|جاني|مهاجم|سفاح|مشتبه به|مشتبه فيه|منفذ)(?![{AR}])|(?<![{AR}])مطلق النار"
    rf"(?![{AR}])|(?<![{AR}])[وفبل]?(?:رجل|شاب|طالب|مراهق|امراه)\s+مسلح(?![{AR}])"
)
_VIOLENT = frozenset({"Violence against civilians", "Battles", "Riots"})


def criminal(event_type: str, doer: tuple[str, str], victims: str, norm: str, sentence: str = "") -> bool:
    """Whether a violent row is a crime (see the module): against civilians (``victims``: actor 2's English
    name, civilians or none); by no organised side (``doer``: actor 1's Arabic and English names, no English
    name of a group, a force or a state unless one person is named; no forces named in its ``sentence``); in
    an article (``norm``) that names no ideological or organised dimension and either states a personal or
    criminal motive (a grudge over a lawsuit) or its sentence tells a killing of kin (أب يقتل ابنه), or has one
    person as the perpetrator (the doer, or مطلق النار، المسلح named in the article) and no political setting at
    all (a school shooting)."""
    arabic, english = doer
    if event_type not in _VIOLENT or IDEOLOGY.search(norm) or FORCES.search(sentence):
        return False  # برصاص القوات الإسرائيلية: state forces in the event's sentence
    if victims and "civilian" not in victims.lower():
        return False
    one = bool(arabic) and (INDIVIDUAL.fullmatch(normalize_letters(arabic)) is not None or not english.isascii())
    if re.match("[A-Z]", english) and not one:
        return False  # Islamic State, Police Forces of Turkey: an organised side (a person's name stays Arabic)
    if PERSONAL_MOTIVE.search(norm) or (KIN_KILLED.search(sentence) and not WAR_MEANS.search(sentence)):
        return True
    return (one or bool(LONE.search(norm))) and not POLITICAL.search(norm)


# What killed, said in a death's sentence: a weapon or its shrapnel, an attack or a confrontation, a force.
DEATH_CAUSE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:رصاص|الرصاص|برصاص|نيران|بنيران|اطلاق نار|اطلاق النار|قصف|غاره|غارات|انفجار|تفجير"
    rf"|هجوم|هجمات|اشتباكات|اشتباك|معارك|مواجهات|قذيفه|قذائف|صاروخ|صواريخ|لغم|عبوه|ناسفه|مفخخه|انتحاري|طعن|طعنا"
    rf"|ذبح|ذبحا|قناص|قنص|اعدام|تعذيب|قوات|مسلحين|مسلحون|مسلح|مواجهه|شظايا|شظيه|مقذوف|مقذوفات|قنبله|قنابل|كمين)"
    rf"(?![{AR}])"
)


# استشهد in its other sense, to cite: the verb and, within a few words, what is cited (استشهد المتحدث بتقرير).
CITED = re.compile(
    rf"(?<![{AR}])[وف]?(?:استشهد|استشهدت|استشهدوا|يستشهد|تستشهد)\s+(?:[^\s.،]+\s+){{0,5}}?"
    rf"(?:ب|بال)(?:تقرير|تقارير|تصريح|تصريحات|قول|اقوال|كلام|ايه|ايات|بيت|مثال|امثله|ارقام|احصاء|احصاءات|احصائيات|صور"
    rf"|شهاده|شهادات|دراسه|دراسات|مقوله|حديث|نص|نصوص|وثيقه|وثائق|بيانات|ابيات|مقال|كتاب)(?![{AR}])"
)


def cited(norm: str, start: int, end: int) -> bool:
    """Whether استشهد at ``start`` cites (استشهد الوزير بتقرير) rather than tells a martyr's death; ``end`` bounds
    the sentence."""
    return bool(CITED.match(norm, start, end))


def unexplained_death(norm: str, sentence: tuple[int, int]) -> bool:
    """Whether a death told without a trigger of violence (لقي حتفه) has no cause of violence in its sentence
    (غرقا، في حادث، إثر مرض): no event."""
    return not DEATH_CAUSE.search(norm, *sentence)
