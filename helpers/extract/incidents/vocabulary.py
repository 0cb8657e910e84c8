"""The words of the event table: the trigger table (``helpers/data/event_triggers.csv``, analyst-editable),
the generic actor nouns (الشرطة، مسلحين، مدنيين...), and the cues of sides and status (the stated dead: ``tolls``).

Every pattern runs over the length-keeping normalised text (``Article.norm``), so offsets index the display text.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from helpers import config
from helpers.resources.actor_tables import country_names
from helpers.resources.gazetteer import gazetteer
from helpers.text.arabic import AR, MARK_CHARS, MARKS
from helpers.text.normalize import normalize_letters
from helpers.text.patterns import alternation

TRIGGER_COLUMNS = [
    "forms", "pos", "event_type", "sub_event_type", "action", "action_en", "priority", "genitive", "before",
]  # fmt: skip
SIDES = ("actor1", "actor2")
NO_AGENT = "none"  # the masdar of an intransitive verb (انفجار): its genitive is what exploded, never a side


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger table: what a matched form means."""

    pos: str  # verb or noun
    event_type: str
    sub_event_type: str
    action: str
    action_en: str
    priority: int  # 0 a statement, 1 a generic act (killing, attack), 2 a specific one, 3 a more specific one
    genitive: str  # the side of an actor right after a noun trigger (اعتقال X: actor2; قصف X: actor1; انفجار X: none)
    before: str  # the side of an actor before the trigger (في قبضة: actor2; else actor1)


def triggers_path() -> Path:
    """The shipped trigger table."""
    return config.DATA_DIR / "event_triggers.csv"


class Forms(dict):
    """Normalised form → Trigger; a form matched with vowel marks (قُتل) or spaces finds its bare form's row."""

    def __missing__(self, key: str) -> Trigger:
        plain = " ".join(bare(key).split())
        if plain == key:
            raise KeyError(key)
        return self[plain]


def read_triggers(path: Path) -> dict[str, Trigger]:
    """Normalised form → Trigger, from a trigger table (``|`` separates the forms of a row; a later row wins)."""
    found: dict[str, Trigger] = Forms()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            missing = [c for c in TRIGGER_COLUMNS if not (row.get(c) or "").strip()]
            if missing:
                raise ValueError(f"{path}: a row lacks {missing}: {row}")
            if row["genitive"] not in (*SIDES, NO_AGENT) or row["before"] not in SIDES:
                raise ValueError(f"{path}: genitive (actor1, actor2 or none) and before (actor1 or actor2): {row}")
            trigger = Trigger(
                row["pos"].strip(), row["event_type"].strip(), row["sub_event_type"].strip(), row["action"].strip(),
                row["action_en"].strip(), int(row["priority"]), row["genitive"], row["before"],
            )  # fmt: skip
            for form in row["forms"].split("|"):
                if form.strip():
                    key = " ".join(normalize_letters(form).split())
                    found[key] = trigger
    for key in [k for k in found if k.startswith("ال") and " " in k]:
        if key[2:].split()[0] in found:  # الهجوم الكيماوي, shadowed by هجوم after the clitic ال: found there too
            found.setdefault(key[2:], found[key])
    return found


@functools.cache
def trigger_table() -> dict[str, Trigger]:
    """The shipped trigger table (read once)."""
    return read_triggers(triggers_path())


# A weapon glued to a form that ends in a non-joining letter (ا د ذ ر ز و): انفجارعبوة ناسفة، تفجيرسيارة مفخخة.
_GLUED = rf"(?<=[ادذرزو])(?=(?:عبوه|عبوات|عبوتين|سياره|سيارات|قنبله|قنابل|لغم|الغام|قذيفه|صاروخ)(?![{AR}]))"


def trigger_pattern(forms: list[str]) -> re.Pattern[str]:
    """A whole-word pattern of the forms, with the clitics before (و ف ب ل ك ال س) and a pronoun after; a voweled
    form matches too (استُهدفت، قُتل: marks allowed after every letter; ``bare`` gives the table's key back); a
    form followed by marks and letters is part of a longer word (سلبًا is not سلب), unless it ends in a letter that
    joins no letter after it and a weapon is glued to it (انفجارعبوة: a space left out, unseen in print)."""
    voweled = _LETTER.sub(lambda m: m.group() + f"[{MARK_CHARS}]*", alternation(forms))
    return re.compile(
        rf"(?<![{AR}])(?P<pre>[وف]?(?:بال|لل|ال|ب|ل|ك|س)?)[{MARK_CHARS}]*(?P<form>{voweled})"
        rf"(?P<suf>ه|ها|هم|هما)?(?:(?![{MARK_CHARS}]*[{AR}])|{_GLUED})"
    )


_LETTER = re.compile(f"[{AR}]")


def bare(form: str) -> str:
    """A matched form without its vowel marks (the key of the trigger table)."""
    return MARKS.sub("", form)


@functools.cache
def trigger_regex() -> re.Pattern[str]:
    """The compiled pattern of every form of the shipped table."""
    return trigger_pattern(list(trigger_table()))


# The labels of unnamed armed sides (ACLED's): jihadist nouns (الإرهابيين، التكفيريين) are Islamist militants,
# other armed nouns an unidentified armed group; rebels and militias are the article's named armed group when
# it has one (``REBELS`` is replaced by the component).
ISLAMIST_MILITANTS = "Unidentified Islamist militants"
UNNAMED_ARMED = "Unidentified armed group"
REBELS = "rebels"
SUICIDE_BOMBER = "suicide bomber"  # the article's armed group, as REBELS (``kinds.armed_named``)
# Opposition fighters told by a generic noun (فصائل معارضة، مقاتلي المعارضة): Syrian rebels in Syria (``kinds``).
OPPOSITION = "opposition fighters"
GENERIC_ARMED = (UNNAMED_ARMED, ISLAMIST_MILITANTS, REBELS, OPPOSITION, SUICIDE_BOMBER)  # no armed group named
# Generic actor nouns: (forms, English, kind). ``civilian`` nouns name victims or bystanders; ``state`` and
# ``armed`` nouns name forces. An adjective or two may follow (الشرطة المصرية، السلطات البريطانية).
_ACTOR_NOUNS = (
    ("الشرطة|الشرطه|شرطة|الشرطي|شرطيين|رجال الأمن|رجل أمن|رجل الأمن|رجلي أمن|رجلا أمن|رجال أمن|رجلي الأمن"
     "|رجلا الأمن|رجلا أمن|دورية أمنية|دوريات أمنية|دورية للشرطة|دورية شرطة|دوريات الشرطة|دورية الشرطة",
     "police", "state"),
    ("الجيش|جيش|القوات|قوات|قوات الأمن|قوات النظام|القوات المسلحة|الأمن|الأجهزة الأمنية|الجنود|جنود|جنديا|جنديين|جنديان"
     "|جندي|عسكريا|عسكريين|العسكريين|الحرس|الدرك|درك|الجندرمة", "military forces", "state"),  # الدرك: gendarmerie
    ("السلطات|سلطات|الحكومة|حكومة|النيابة|المحكمة|محكمة", "authorities", "state"),
    ("النظام|نظام", "regime", "state"),  # النظام السوري، قوات النظام، مواقع تابعة لنظام الأسد: a state's forces
    ("الإرهابيين|إرهابيين|الإرهابيون|إرهابيون|إرهابيا|متشددون|المتشددون|تكفيريون|التكفيريين|تكفيريين|تكفيريا|المتطرفين|متطرفين|المتشددين|متشددين"
     "|الجماعات الإرهابية|المجموعات الإرهابية|الجماعات المتشددة|الجماعات المتطرفة|مجموعات إرهابية|جماعات إرهابية"
     "|الإرهابين|الجهاديين|جهاديين|الجهاديون|جهاديون|جهاديا|مجموعة إرهابية|جماعة إرهابية", ISLAMIST_MILITANTS, "armed"),
    ("مسلحين|مسلحون|المسلحين|المسلحون|مسلحا|مسلح|عناصر|العناصر|المقاتلين|مقاتلين|الجماعات المسلحة"
     "|مسلحو|مقاتلو|المجموعات المسلحة|مجهولون|مجهولين|المجهولون|المجهولين|ملثمون|ملثمين|الملثمون|الملثمين"
     "|مجموعات مسلحة|جماعات مسلحة|مجموعة مسلحة|جماعة مسلحة",
     UNNAMED_ARMED, "armed"),
    ("انتحاريين|انتحاريون|الانتحاريين|الانتحاريون|انتحاريان|انتحاريا|انتحاري|الانتحاري|انتحارية", SUICIDE_BOMBER,
     "armed"),
    ("الميليشيات|ميليشيات|الميليشيا|ميليشيا|المليشيات|مليشيات|مليشيا|المتمردين|متمردين|المتمردون", REBELS, "armed"),
    ("فصائل المعارضة|فصائل معارضة|الفصائل المعارضة|المعارضة المسلحة|مقاتلي المعارضة|مقاتلو المعارضة|مسلحي المعارضة"
     "|مسلحو المعارضة|قوات المعارضة|الفصائل المقاتلة|فصائل مقاتلة|الفصائل المسلحة|فصائل مسلحة|الفصائل الإسلامية"
     "|فصائل إسلامية", OPPOSITION, "armed"),
    ("القاعدة|تنظيم القاعدة", "Al-Qaeda", "armed"),
    ("داعش|تنظيم داعش|تنظيم الدولة", "Islamic State (ISIS)", "armed"),
    ("المدنيين|مدنيين|مدنيا|مدنيان|المدنيون|مدنيون|المواطنين|مواطنين|مواطنا|الأهالي|السكان|أشخاص|شخصا|شخصين"
     "|الأقباط|أطفال|أطفالا|نساء|المتظاهرين|متظاهرين|متظاهر|متظاهرا|المحتجين|محتجين|محتج|محتجا|صحفيا|صحفيين"
     "|رجل أعمال|رجال أعمال|عامل|عاملا|عاملين|موظف|موظفا|موظفين|سائق|سائقا"
     "|ناشط|ناشطا|ناشطين|معارض|معارضا|معارضين|مهاجرين|المهاجرين|لاجئين|اللاجئين|مصلين|المصلين|سياح|طلاب"
     "|شخصان|شابا|شابين|شبان|رجلا|رجلين|امرأة|امرأتين|فتاة|طفلا|طفلة|أطفال"
     "|عمال الإغاثة|عمال إغاثة|موظفي الإغاثة|عاملين في المجال الإنساني|المسعفين|مسعفين|مسعفا|الأطباء|أطباء|طبيبا"
     "|الطواقم الطبية|طواقم طبية|المفتشين|مفتشين|موظفين أمميين|الصحفيين|صحفي|مراسلا|مراسل", "civilians", "civilian"),
)  # fmt: skip
ACTOR_NOUN_KIND = {normalize_letters(f): kind for forms, _, kind in _ACTOR_NOUNS for f in forms.split("|")}
# Nouns that end as a nisba adjective does (مسلحون دورية: a patrol, not a kind of gunmen), never an adjective.
_IYYA_NOUNS = "(?:دوريه|عمليه|قريه|ضحيه|اغلبيه|هديه|حريه|جمعيه|مديريه|شخصيه|كميه|اتفاقيه|قضيه|هويه|تسويه|ميليشيه)"
ACTOR_NOUN_ENGLISH = {normalize_letters(f): en for forms, en, _ in _ACTOR_NOUNS for f in forms.split("|")}
_ADJECTIVE = (
    rf"(?:\s+(?:ال[{AR}]{{2,}}(?:يه|يين|يون|ي|ه)|(?!{_IYYA_NOUNS}(?![{AR}]))[{AR}]{{2,}}(?:يه|يين|يون)(?![{AR}])))"
)
ACTOR_NOUN = re.compile(
    rf"(?<![{AR}])[وف]?(?:ب|ل|لل)?(?P<noun>{alternation(ACTOR_NOUN_KIND)}){_ADJECTIVE}{{0,2}}(?![{AR}])"
)

# A passive agent: اعتقل X على يد الشرطة / من قبل الشرطة، قتل برصاص الحراس، لقي مصرعه بنيران الجيش; or the
# doer of an act told in a relative clause after it, a verb with a pronoun for the act (قصف نفذته فصائل معارضة) or
# a passive of attribution (هجوم نسب إلى تنظيم داعش، تمت نسبته إلى المتمردين).
AGENT = re.compile(
    rf"(?<![{AR}])(?:علي يد|علي ايدي|من قبل|بيد|برصاص|بنيران)(?![{AR}])"
    rf"|(?P<relative>(?<![{AR}])[وف]?(?:نسب|نسبت|ينسب|تنسب|نسبته|نسبتها)\s+(?:الي\s+|ل(?=[{AR}])))"
)
# The second party after a noun or verb: على، ضد، لـ، مع، بين X و.
OBJECT_CUE = re.compile(rf"(?<![{AR}])(?:علي|ضد|مع|بين|ل)(?![{AR}])|(?<![{AR}])ل(?=[{AR}])")
BETWEEN = re.compile(rf"(?<![{AR}])بين(?![{AR}])")
# Where the words of a reported statement start: what comes before is its source, not the event's actor.
COMPLEMENTISER = re.compile(rf"(?<![{AR}])[وف]?(?:ان|انه|انها|بان|فان|لان)(?![{AR}])")
DENIAL = re.compile(rf"(?<![{AR}])[وف]?(?:نفي|نفت|ينفي|تنفي|نفوا|نفيه|نفيها|تكذيب|كذب|كذبت)(?![{AR}])")
FUTURE = re.compile(
    rf"(?<![{AR}])[وف]?(?:من المقرر|من المنتظر|يعتزم|تعتزم|ينوي|تنوي|سوف|تستعد|يستعد|يخطط|تخطط|ستقوم|سيقوم)(?![{AR}])"
)
# A modal before a verb of causing deaths in its clause (فقد يؤدي القتال إلى مقتل ما يصل إلى 250 ألف شخص، يمكن أن
# تسفر عن سقوط ضحايا): what may happen, a warning or a scenario, not an act done; «في خطوة قد تؤدي إلى تصعيد،
# قصفت ...» causes no deaths and leaves the act told as done.
MAY_CAUSE = re.compile(
    rf"(?<![{AR}])[وف]?(?:قد|ربما|يمكن ان|من الممكن ان|من شانه ان|من شأنه ان)\s+"
    rf"(?:يؤدي|تؤدي|يودي|تودي|يسفر|تسفر|يتسبب|تتسبب|يخلف|تخلف|يحصد|تحصد)(?![{AR}])[^.،,؛]{{0,40}}?"
    rf"(?<![{AR}])[بلو]?(?:ال)?(?:مقتل|مصرع|وفاه|وفيات|موت|قتلي|ضحايا|ارواح)(?![{AR}])"
)
# A trigger after تحت is a state (تحت سيطرة), not an act; one after a relative pronoun or a quotation mark
# is a description or a name (الأرقام التي أعلنتها، "معركة الكرامة").
STATE_BEFORE = re.compile(rf"(?:(?<![{AR}])(?:تحت|وتحت|التي|الذي|الذين|اللذين|اللتين)\s+|[\"«])$")
# Before an agreement told with ل: the agreement or the reaching of it (اتفاقا لوقف إطلاق النار، التوصل لوقف إطلاق
# نار): the ل marks what was agreed, not a purpose.
AGREED_BEFORE = re.compile(
    rf"(?<![{AR}])[وفب]?(?:اتفاق|اتفاقا|الاتفاق|اتفاقيه|الاتفاقيه|التوصل|توصل|توصلت|توصلوا|توصلا)\s+$"
)
# Before that agreement word: a draft, a refusal, a call or a negation (مشروع اتفاق، رفض الحوثيون اتفاقا، دعت إلى
# اتفاق، لم يتم التوصل): no agreement reached, so the ل stays a purpose.
NOT_REACHED_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:مشروع|مسوده|مقترح|اقتراح|رفض|رفضت|رفضوا|يرفض|ترفض|دعا|دعت|دعوا|يدعو|تدعو|طالب|طالبت|لم|لن"
    rf"|عدم|دون)(?![{AR}])(?:\s+[{AR}]+){{0,3}}\s+(?:الي\s+)?$"
)
# Before an act told with ل: a noun of reaction whose object it is (الإدانات للتفجير الإرهابي، استنكاره للهجوم):
# the ل marks the act condemned, not a purpose.
REACTION_BEFORE = re.compile(
    rf"(?<![{AR}])[وفب]?(?:ال)?(?:ادانه|ادانات|ادانته|ادانتها|ادانتهم|استنكار|استنكاره|استنكارها|شجب|شجبه|تنديد|تنديده"
    rf"|تنديدها|تنديدا|استنكارا|ادانتها|ادانتنا)(?:\s+(?:ال)?[{AR}]+(?:يه|ي))?(?:\s+و(?:ال)?[{AR}]+(?:يه|ي))?\s+$"
)


def marked_object(norm: str, start: int, end: int, trigger: Trigger) -> bool:
    """Whether the ل before a trigger (ending at ``end``; its form at ``start``) marks its object, not a purpose:
    after an agreement (اتفاقا لوقف إطلاق النار) or a noun of condemnation (الإدانات للتفجير الإرهابي)."""
    if trigger.sub_event_type == "Agreement":
        agreed = AGREED_BEFORE.search(norm, max(0, start - 14), end)
        return bool(agreed) and not NOT_REACHED_BEFORE.search(norm, max(0, agreed.start() - 45), agreed.start())
    definite = norm[end:start] in ("لل", "ولل")  # للتفجير: a definite act, not لاستهداف المدنيين, لاغتيال (a verdict)
    plural = norm[start : start + 12].split(" ")[0].endswith("ات")
    reaction = REACTION_BEFORE.search(norm, max(0, start - 40), end)
    return trigger.priority > 0 and definite and not plural and bool(reaction)


# A source stated before the event in its sentence (قال، أكد، ذكرت مصادر، بحسب، وفق ما ذكرت...).
CLAIM = re.compile(
    rf"(?<![{AR}])[وف]?(?:قال|قالت|اكد|اكدت|ذكر|ذكرت|افاد|افادت|اوضح|اوضحت|صرح|صرحت|زعم|زعمت|ادعي|ادعت|بحسب"
    rf"|حسب|وفق|وفقا|نقلا عن|تحدث|تحدثت|اشار|اشارت|اعلن|اعلنت|يقول|تقول|قالوا|كشف|كشفت|معلنا|مؤكدا|مشيرا|موضحا"
    rf"|قائلا|مضيفا|اورد|اوردت)(?![{AR}])"
)

# من before a trigger whose actor before it is its object (من قبضة التنظيم: out of its grip, not an arrest).
FROM_BEFORE = re.compile(rf"(?<![{AR}])من\s+$")
# A name before a take-control noun: an operation, a square, a newsroom (عملية تحرير، ميدان التحرير، رئيس تحرير).
NAME_BEFORE = re.compile(
    rf"(?<![{AR}])(?:[وفبل]?(?:ال)?(?:عمليه|عمليات|معركه|معارك|عتبه|اعلان|مرحله|حمله|حرب|ساعه|منظمه|هيئه|جبهه|حركه"
    rf"|حزب|ميدان|ساحه|حي|شارع|دوار|مديريه|امانه|مراحل)|[وفبل]?(?:رئيس|رئاسه|رؤساء|مدير|مديرو|سكرتير|اسره|جيش))\s+$"
)
# Before a take-control noun: a state of control (بعد سنوات من سيطرة الإرهابيين، مناطق سيطرة التنظيم).
CONTROL_STATE_BEFORE = re.compile(
    rf"(?<![{AR}])(?:من|مناطق|منطقه|نفوذ|سنوات|عهد|خارج|داخل|بعيدا عن|بعيده عن|بمعزل عن)\s+$"
)  # (بعيدا عن سيطرة الحكومة: out of its reach)
# Before a trigger: a call for it, an end of it or an effort at it (داعية إلى إطلاق سراح، مقابل وقف الاحتجاجات، يحاول
# الحوثيون إعادة سيطرتهم: an ongoing try, not a done act; not the past حاولوا, an attempt made), not an act.
DEMAND_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:وقف|لوقف|انهاء|لانهاء|داعيه|داعيا|داعين|مطالبه|للمطالبه|مطالبين|طالب|طالبت|يطالب|تطالب"
    rf"|دعا|دعت|يدعو|تدعو|بهدف|بغرض|بقصد|ليصار|لكي|سعيا|هدفها|هدفه|يسعي|تسعي|سعت|الحريصون|حريصون|تفادي|لتفادي|تجنب|لتجنب"
    rf"|يحاول|تحاول|يحاولون|تحاولان|يحاولان)\s+(?:[{AR}]+\s+)?(?:الي\s+|ب|ل)?(?:اطلاق\s+|ارساء\s+|اعاده\s+)?$"
)
# A verbal attack: an adjective of words right after it (هجوما حادا، هجوما لاذعا، هجوما مبطنا، شديد اللهجة).
VERBAL_ADJECTIVE = re.compile(
    rf"(?:ه|ها|هم|هما)?\s+(?:[{AR}]+\s+)?(?:ال)?(?:حاد|حادا|حاده|لاذع|لاذعا|لاذعه|مبطن|مبطنا|شديد اللهجه"
    rf"|كلامي|كلاميا|اعلامي|اعلاميا|لفظي|لفظيا|سياسي|سياسيا)(?![{AR}])"
)
# After an attack launched (شن هجوما على روسيا، متهما إياها) or the verb هاجم (هاجم الوزير المعارضة بشدة), with no
# weapon in the sentence: speech (its medium, reason or speaker: ``speech.told_as_speech``).
VERBAL_AFTER = re.compile(
    rf"(?<![{AR}])[وفب]?(?:بشده|بحده|متهما|متهمه|واصفا|واصفه|معتبرا|معتبره|قائلا|قائله)(?![{AR}])"
)
LAUNCHED_BEFORE = re.compile(rf"(?<![{AR}])[وف]?(?:شن|شنت|يشن|تشن)\s+$")
# A launch or an interception at most five words before a missile (إطلاق الحوثيين لصاروخ باليستي، اعترضت الدفاعات
# الجوية صاروخا): the ل before the missile is its object's, not a purpose's.
LAUNCH_BEFORE = re.compile(
    rf"(?<![{AR}])[وفب]?(?:اطلق|اطلقت|اطلقوا|اطلاق|يطلق|تطلق|يطلقون|اطلقها|اطلقته|اعترضت|اعترض|اعتراض|تعترض|يعترض)"
    rf"(?![{AR}])(?:\s+\S+){{0,5}}?\s+$"
)
# A bare ballistic missile (صاروخا باليستيا) is an attack only with its launch, interception or fall told around it
# (اعترضت الدفاعات ... صاروخا باليستيا، صاروخا باليستيا أطلقته الميليشيا): not a test, a count, a stock or debris.
BALLISTIC_FORM = re.compile(r"^[وبل]?(?:صاروخ|صواريخ)")
BALLISTIC_ACT_NEAR = re.compile(
    rf"(?<![{AR}])[وفب]?(?:اطلق|اطلقت|اطلقوا|اطلاق|يطلق|تطلق|اطلقه|اطلقته|اطلقها|اطلقتها|اعترضت|اعترض|اعتراض|تعترض"
    rf"|يعترض|اعترضته|اعترضتها|اسقطت|اسقط|اسقاط|سقط|سقوط|استهدف|استهدفت)(?![{AR}])"
)
BALLISTIC_COUNT = re.compile(rf"(?<![{AR}])(?:عدد|اجمالي|مجموع|تجربه|تجارب)(?![{AR}])")
_BALLISTIC_CHARS = 80  # how far before a bare ballistic missile its launch or interception may stand


def ballistic_act(norm: str, start: int, end: int) -> bool:
    """Whether a bare ballistic missile is told as launched, intercepted or fallen: a launch or interception verb
    within ``_BALLISTIC_CHARS`` before it (no count or test between: عدد الصواريخ التي أطلقها ... 150 صاروخا
    باليستيا) or a launch verb right after it (صاروخا باليستيا أطلقته الميليشيا)."""
    low = max(0, start - _BALLISTIC_CHARS)
    cue = list(BALLISTIC_ACT_NEAR.finditer(norm, low, start))
    if cue and not BALLISTIC_COUNT.search(norm, low, start):
        return True
    return bool(BALLISTIC_ACT_NEAR.search(norm, end, min(len(norm), end + 20)))


# Right after an attack, with no weapon in the sentence: a target of words (هجماتهم على المنتقدين، على الصحافة).
WORDS_TARGET = re.compile(
    rf"(?:ه|ها|هم|هما)?\s+(?:علي\s+|ضد\s+)?(?:ال)?(?:منتقدين|منتقديه|منتقديها|صحافه|اعلام|وسائل الاعلام"
    rf"|قناه|صحيفه|منصات)(?![{AR}])"
)
# Right after a war or an attack: an abstract target (الحرب على الفساد، حرب ضد المخدرات): a policy, not violence.
_SOCIAL_ILLS = (
    "فساد|مخدرات|فقر|بطاله|شائعات|اشاعات|غلاء|اسعار|تهرب الضريبي|تطرف الفكري|امراض|وباء|تصحر|اميه|تبغ|تدخين"
    "|ارهاب الالكتروني|تلوث|احتكار|تغير المناخ|سمنه"
)
ABSTRACT_AFTER = re.compile(
    rf"(?:ه|ها|هم|هما)?\"?\s+(?:[{AR}]+\s+)?(?:علي|ضد|مع)\s+(?:ال)?(?:{_SOCIAL_ILLS})(?![{AR}])"
)
# A battle or a war whose genitive (idafa) is a civic contest, an ill or an economy, not a place, a side or a weapon:
# figurative (يخوض معركة الانتخابات الرئاسية، حرب الأسعار، معركة كورونا، معركة الوعي، حرب الأرقام).
CIVIC_BATTLE = re.compile(
    rf"[وفبل]?(?:ال|لل)?(?:معركه|معارك|حرب|حروب)\s+(?:ال)?(?:{_SOCIAL_ILLS}|انتخابات|انتخابيه|رئاسه"
    rf"|رئاسيات|برلمان|تشريعيات|بلديات|كورونا|فيروس|اقتصاد|تنميه|اصلاح|اعمار|وعي|بقاء|هويه|كرامه|ثقافه|ارقام|عقول"
    rf"|قلوب|نفوذ|ديمقراطيه|حريات|دستور|موازنه|ميزانيه|خبز|جوائز|لقب|صداره|ادمغه|عمله|عملات|رسوم|تعريفات"
    rf"|اعلام|اعلانات|مصالح|كسر العظم|لي الذراع|تصريحات|بيانات)(?![{AR}])"
)
WEAPON_NEAR = re.compile(  # not a weapon named as a topic: نزع السلاح، الأسلحة النووية، أسلحة الدمار الشامل
    rf"(?<![{AR}])(?<!نزع )[وفب]?(?:ال)?(?:صاروخ|صواريخ|قذيفه|قذائف|رصاص|مسلح|مسلحين|مسلحون|عبوه|قتل|مقتل|قتلي|جرح"
    rf"|جرحي|اصابه|اصابات|غاره|غارات|طائره|طائرات|انتحاري|سكين|طعن|دهس|تفجير|انفجار|قنبله|نار|النيران"
    rf"|(?:سلاح|اسلحه)(?!\s+(?:ال)?(?:نوويه|كيماويه|كيميائيه|دمار)))(?![{AR}])"
)
# A sentence about a disaster or an accident (a stampede too): its deaths and destruction are not political violence.
NOT_CONFLICT = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:زلزال|هزه ارتداديه|فيضان|فيضانات|اعصار|عاصفه|سيول|حادث سير|حادث مروري|حادث مرور"
    rf"|تحطم|تحطمت|تحطمها|سقوط طائره"
    rf"|حادث سياره|تصادم|حادث انقلاب|انقلاب سياره|انقلاب مركبه"
    rf"|انهيار|غرق|تدافع|التدافع)(?![{AR}])"
)
# A sentence about an ordinary criminal case or an extradition: its arrests are not ACLED's.
CRIMINAL = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:تسليمه|تسليمها|تسليم|كفاله|بكفاله|مخدرات|تهريب|سرقه|احتيال|رشوه|رشاوي|غسيل"
    rf"|اختلاس|تجسس|فساد|بتهمه الفساد)(?![{AR}])"
)
# After بحال: a state, not a condition (أصيب جندي بحال خطرة، بحال من الأحوال، ليس بحال أفضل).
_STATE_WORDS = "خطره|خطيره|حرجه|مستقره|جيده|سيئه|صحيه|افضل|اسوا|احسن|حرج|خطر|مستقر"
# A condition or an obligation before a trigger in its sentence (إذا سمحت إسرائيل ... فسوف تخف الاحتجاجات، كان
# يجب أن تحدث مجزرة): not an event.
CONDITIONAL = re.compile(
    rf"(?<![{AR}])[وف]?(?:اذا|لو|لولا|في حال|بحال(?!\s+(?:من الاحوال|من الاحوال|{_STATE_WORDS})(?![{AR}]))|حال|يجب ان"
    rf"|ينبغي ان|لا بد ان)(?![{AR}])"
)
# Before a trigger: a fear, a threat, a warning or a plot of it (المخاوف من هجمات، حذرت الأمم المتحدة من هجمات،
# مخطط للاعتداء), not an act.
THREAT_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:مخاوف|خوفا|خوف|مخطط|مخططا|تحذير|تحذيرات|تهديد|تهديدات|خشيه|احتمال|تحضير|تخطيط|لتنفيذ"
    rf"|منع|لمنع|درء|لدرء|خطر|تحسبا|تحسب|حذر|حذرت|يحذر|تحذر|هدد|هددت|يهدد|تهدد|توعد|توعدت|يتوعد|تتوعد)[{MARK_CHARS}]*"
    rf"(?:\s+[{AR}{MARK_CHARS}]+){{0,3}}\s+$"
)
# Between a threat or a prevention and its act: من or خطر, and a light verbal noun (منع الحوثيين من بسط سيطرتهم،
# لدرء خطر شن هجمات): the act is the object of the threat, not done.
THREAT_LINK = re.compile(rf"(?<![{AR}])(?:من|خطر)\s+(?:(?:بسط|شن|تنفيذ|وقوع)\s+)?$")
# A verb of success and its subject before من or في (وتمكنت القوات العراقية أمس من بسط، نجحت المقاومة في بسط): the
# act that follows was done, not the object of a threat (منع الحوثيين من بسط).
SUCCESS_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:تمكن|تمكنت|تمكنوا|تمكنا|نجح|نجحت|نجحوا|نجحا|استطاع|استطاعت|استطاعوا)(?![{AR}])"
    rf"(?:\s+[{AR}]+){{0,4}}\s+(?:من|في)\s+$"
)
_SUCCESS_CHARS = 60
# Right before a success masdar: a fear or a prevention of it (خطر تمكن الحوثيين من، خشية تمكن المسلحين من).
_FEAR_OF_SUCCESS = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:من|خطر|خشيه|مخاوف|احتمال|منع|تحسبا)\s+$")


def succeeded(norm: str, start: int, end: int) -> bool:
    """Whether a verb of success governs the act told from ``end`` (its clitics) on: تمكنت القوات من تحرير."""
    success = SUCCESS_BEFORE.search(norm, max(0, start - _SUCCESS_CHARS), end)
    verb = success.start() + (norm[success.start()] in "وف") if success else 0
    return bool(success) and not _FEAR_OF_SUCCESS.search(norm, max(0, verb - 20), verb)


def threat_link(norm: str, start: int, end: int) -> bool:
    """Whether من or خطر links an act to a threat or a prevention before it (``THREAT_LINK``), unless a verb of
    success governs it (وبعد أسابيع من التهديد تمكنت القوات من بسط سيطرتها: done)."""
    return bool(THREAT_LINK.search(norm, max(0, start - 20), end)) and not succeeded(norm, start, end)


# Before an arrest noun: a place of detention (مراكز احتجاز، مركز اعتقال), not an arrest.
FACILITY_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:مركز|مراكز|مرافق|معسكر|معسكرات|سجن|سجون|مكان|اماكن|مقر|مقار)\s+$"
)  # (مكان احتجازه: where he is held, a state)
# Before a trigger: a noun it qualifies (قواعد الاشتباك، خطوط المواجهة، ضحايا الهجوم is an event, these are not).
QUALIFIED_BEFORE = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:قواعد|خطوط|خط|ساحات|ساحه|جبهات|مناطق|منطقه)\s+$")
# Before or after a trigger: a demonstrative (هذه المداهمة، الهجوم ذاته): an event told before, not a new one.
DEMONSTRATIVE_BEFORE = re.compile(rf"(?<![{AR}])[وف]?(?:هذه|هذا|تلك|ذلك|هاتين|هذين)\s+$")
# A weapon of remote violence in an attack's clause (استهدفت الضربات، استهدفت صواريخ): explosions, not a battle.
AIR_WEAPON = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:ضربات|طائرات|طائره|غارات|مقاتلات)(?![{AR}])")
REMOTE_WEAPON = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:صواريخ|صاروخ|قذائف|قذيفه|مدفعيه|قصف)(?![{AR}])")
# ACLED's sub-event of explosions/remote violence named by a weapon word, in order of precedence (a chemical
# attack from the air is a chemical weapon): (pattern, sub-event type). ``WEAPON_KINDS`` counts right after an
# attack (adjectives too: هجمات جوية كيماوية، هجوم صاروخي); ``WEAPON_NOUNS`` anywhere in its clause (nouns only:
# غطاء جوي in a sentence does not make its ground attack an air strike).
_W = rf"(?<![{AR}])[وفبل]?(?:ال)?"
_CHEMICAL = (
    r"سارين|كلور|غاز سام|غازات سامه|غاز الاعصاب|غاز اعصاب"
    r"|تسميم|نوفيتشوك|اسلحه كيماويه|اسلحه كيميائيه|سلاح كيماوي|سلاح كيميائي"
)
_SUICIDE = (  # a suicide bomber, his belt, or one who blew himself up (فجر رجل يرتدي البرقع نفسه)
    r"انتحاري|انتحاريه|انتحاريون|انتحاريين|انتحاريان|حزام ناسف|احزمه ناسفه"
    rf"|(?<!ال)(?:ي|ت)?فجر(?:ت|وا)?(?!\s+(?:اليوم|امس|يوم|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه))"
    rf"(?:\s+(?!في|علي|من|الي|عند|قرب)[{AR}]+){{0,3}}?\s+(?:نفسه|نفسها|انفسهم)"
)
_AIR = (  # the coalition's aviation and a state's own aircraft (طيران التحالف، طائراتها) too
    r"ضربات|طائرات|طائره|غاره|غارات|مقاتلات|مسيره|مسيرات|درون|طيران حربي|الطيران الحربي|سلاح الجو|مروحيات"
    r"|طائراتها|طائراته|طائراتهم|مقاتلاتها|طيران التحالف|طيران العدوان"
)
_SHELLING = r"صواريخ|صاروخ|قذائف|قذيفه|مدفعيه|قصف|هاون|راجمات|كاتيوشا"
_EXPLOSIVE = r"عبوه|عبوات|مفخخه|مفخخات|لغم|الغام|قنبله|قنابل|متفجرات"
_SUBS = ("Chemical weapon", "Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack",
         "Remote explosive/landmine/IED")  # fmt: skip
_ADJECTIVES = (r"كيماوي|كيميائي|كيمياوي|كيماويه|كيميائيه|كيماويا|كيميائيا", r"انتحاريا", r"جوي|جويه|جويا|حربيه",
               r"صاروخي|صاروخيه|صاروخيا|مدفعي|مدفعيا|باليستي|باليستيه", r"ناسفه|ناسفا|مفخخا")  # fmt: skip
_NOUNS = (_CHEMICAL, _SUICIDE, _AIR, _SHELLING, _EXPLOSIVE)
WEAPON_NOUNS = tuple((re.compile(rf"{_W}(?:{n})(?![{AR}])"), sub) for n, sub in zip(_NOUNS, _SUBS, strict=True))
WEAPON_KINDS = tuple(
    (re.compile(rf"{_W}(?:{n}|{a})(?![{AR}])"), sub) for n, a, sub in zip(_NOUNS, _ADJECTIVES, _SUBS, strict=True)
)
# Right after an attack: a ground or small-arms attack (هجوم بري، هجوم مسلح), not remote violence.
GROUND_AFTER = re.compile(rf"(?:ه|ها|هم)?\s+(?:ال)?(?:بري|بريا|بريه|مسلح|مسلحا|مسلحه|بالرصاص|بالاسلحه)(?![{AR}])")
# Right after a targeting verb: a facility struck from afar (استهداف مطار دبي، استهدفت منشآت نفطية): remote violence.
FACILITY_TARGET = re.compile(
    rf"(?:ه|ها|هم)?\s+(?:[{AR}]+\s+){{0,1}}[وفبل]?(?:ال)?(?:مطار|مطارات|ميناء|موانئ|منشاه|منشات|محطه|محطات|مصفاه"
    rf"|مصافي|ناقله|ناقلات|سفينه|سفن|بارجه|مدمره|خزانات|انابيب|قاعده جويه)(?![{AR}])"
)
# Unarmed organisations (the UN, aid agencies, the Red Cross, inspectors): an attack on them is violence
# against civilians (ACLED: aid workers and UN staff are civilians), by their Arabic or English name.
UNARMED_ORG = re.compile(
    r"(?:الامم المتحده|اممي|امميه|الصليب الاحمر|الهلال الاحمر|اطباء بلا حدود|حظر الاسلحه الكيميائيه"
    r"|حظر الاسلحه الكيماويه|اليونيسف|يونيسف|الصحه العالميه|برنامج الاغذيه|الاونروا|اغاثه|الاغاثه|انسانيه"
    r"|الخوذ البيضاء|الدفاع المدني)"
)
UNARMED_ORG_EN = re.compile(
    r"United Nations|\bUN\b|UNHCR|UNICEF|UNRWA|OCHA|World Health|World Food|\bWFP\b|\bWHO\b|Red Cross"
    r"|Red Crescent|\bICRC\b|Doctors Without Borders|\bMSF\b|OPCW|White Helmets|Civil Defen[cs]e"
)
# Before شغب: a name of people or of a force (مثيري الشغب، مكافحة الشغب), not a riot.
RIOTERS_BEFORE = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:مثيري|مكافحه)\s+$")
# Before a generic killing: its result clause (أدى ... إلى مقتل، أسفر عن مقتل): the same event as the act before.
# Victims told before the act that hurt them (جرح أربعة جنود ... بتفجير عبوة): the side before is actor 2.
VICTIM_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:جرح|اصيب|اصيبت|قتل|قتلت|استشهد|استشهدت|مقتل|اصابه|جرح|مصرع)\s+(?:[^\s]+\s+){{0,3}}$"
)
# Exposed to an act or facing it (تعرضت مواقعنا لعدوان، تصدى الجيش لهجوم): the side exposed or facing it is actor 2.
EXPOSED = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:تعرض|تعرضت|يتعرض|تتعرض|تعرضوا|يتعرضون|تعرضه|تعرضها|تعرضهم|تعرضهما"
    rf"|تصدي|تصدت|تصدوا|يتصدي|تتصدي|يتصدون|التصدي)(?![{AR}])"
)  # the masdar with its possessor too (إثر تعرضها لهجمات، بعد تعرضه لاعتداء)


def exposure(norm: str, low: int, high: int, start: int) -> re.Match[str] | None:
    """The exposure verb or masdar before an act (``EXPOSED`` in ``low:high``); a masdar with its possessor only
    when the act (at ``start``) is its object right after it (بعد تعرضها لهجمات; not ... لتحرير درنة, a purpose)."""
    found = EXPOSED.search(norm, low, high)
    masdar = found and found.group(0).endswith(("ه", "ها", "هم", "هما"))
    return None if masdar and norm[found.end() : start].strip(" ل") else found


# Led or backed by (التحالف الذي تقوده الولايات المتحدة، المدعومة من روسيا): the leader is not a side.
LED_BY = re.compile(
    r"(?:(?:الذي|التي|الذين)\s+(?:تقوده|يقوده|تقودها|يقودها|تدعمه|يدعمه|تدعمها|يدعمها)"
    r"|(?:ال)?مدعوم(?:ه|ين|ون)?\s+من)\s+$"
)
RESULT_BEFORE = re.compile(rf"(?<![{AR}])(?:الي|عن|في)\s+$")
RESULT_VERB = re.compile(rf"(?<![{AR}])[وف]?(?:ادي|ادت|اسفر|اسفرت|خلف|خلفت|اوقع|اوقعت|تسبب|تسببت)(?![{AR}])")
# After a claim verb: news, reports, witnesses or monitors, not a party (أفادت الأنباء، قال المرصد): the event is
# reported, not claimed.
NEWS_AFTER = re.compile(
    rf"\s+(?:[{AR}]+\s+)?(?:الانباء|التقارير|تقارير|وسائل الاعلام|مراسل|شهود|المرصد|ناشطون|ناشطين|مسعفون|مصادر طبيه"
    rf"|الامم المتحده|منظمه)(?![{AR}])"
)
# Before a victim: a fighter's title (القيادي الحوثي، عناصر التنظيم): the killing is a battle, not violence
# against civilians.
FIGHTER = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:قيادي|قائد|زعيم|امير|عنصر|عناصر|مسلحي|مقاتلي|قيادات)(?![{AR}])")
# Before a time expression: the start of a span (منذ فبراير): the event is an aggregate up to the DCT.
SINCE_BEFORE = re.compile(rf"(?<![{AR}])منذ\s+(?:[{AR}]+\s+)?$")
# The first since a date (اول مراه مسعفه ... تقتل منذ تاسيس المنظمه العام 2013): a comparison, not the event's date.
FIRST_SINCE = re.compile(rf"(?<![{AR}])(?:ل?اول|الاول|الاولي)(?![{AR}])(?:\s+\S+){{0,10}}?\s+منذ(?:\s+\S+){{0,4}}?\s+$")
# An event told as the one days or weeks before the sentence's own (قتل جندي امس ... بعد ثلاثه ايام علي هجوم
# انتحاري; بعد يومين من التفجير; بعد اسبوع علي): the sentence's date less that span, just before the trigger.
DAYS_AFTER_BEFORE = re.compile(
    rf"(?<![{AR}])بعد\s+(?:(?P<count>\d+|[{AR}]+)\s+)?(?P<unit>يوم|يوما|يومين|ايام|اسبوع|اسبوعين|اسابيع)"
    rf"\s+(?:علي|من)\s+(?:[{AR}]+\s+){{0,1}}$"
)
DAYS_OF_UNIT = {"يوم": 1, "يوما": 1, "يومين": 2, "ايام": 1, "اسبوع": 7, "اسبوعين": 14, "اسابيع": 7}
# A time told in a relative clause (الحكومه التي خرجت من عدن في مارس): the clause's act's, not the main event's.
THAT_BETWEEN = re.compile(rf"(?<![{AR}])(?:ان|انه|انها|بان)(?![{AR}])")  # قال ... ان: what follows is said
RELATIVE_BEFORE = re.compile(rf"(?<![{AR}])(?:التي|الذي|الذين|اللتين|اللذين)\s+(?:[{AR}]+\s+){{0,4}}(?:في\s+)?$")
# A year of birth (من مواليد 1991): not the date of an event.
BIRTH_BEFORE = re.compile(rf"(?<![{AR}])(?:مواليد|ولد|ولدت|المولود|عمره)\s+(?:عام\s+|سنه\s+)?$")


@functools.cache
def noun_forms() -> frozenset[str]:
    """The normalised forms of the trigger table's noun rows (إعلان، اعتقال...)."""
    return frozenset(form for form, trigger in trigger_table().items() if trigger.pos == "noun")


@functools.cache
def country_english(code: str) -> str:
    """The English name of a country from its ISO code (the gazetteer's country entry), or ''."""
    names = {iso: key for key, iso in country_names().items()}
    places = gazetteer().get(names.get(code, ""), [])
    english = next((p.name_en for p in places if p.kind == "country"), "")
    return english.split(",")[0]
