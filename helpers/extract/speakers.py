"""Who a statement's speaker is, from the words of the speaker's span: the rules shared by the attribution
component (what is written after the verb) and ``reconcile`` (linking it to an actor, resolving a pronoun,
a surname or a bare "the spokesman" to the last matching speaker or actor).

Speaker kinds: ``person``, ``institution`` (armies, ministries, governments, parties, bodies and their unnamed
spokesmen), ``described_source`` (مصدر عسكري، مصادر مطلعة), ``state`` (a country or its capital speaking:
أكدت مصر، تؤكد أثينا), ``media`` (a newspaper, channel or agency) and ``unknown``.
"""

from __future__ import annotations

import csv
import functools
import re
from typing import Any

from helpers import config
from helpers.resources.gazetteer import gazetteer
from helpers.text.arabic import AR
from helpers.text.normalize import name_key

KINDS = ("person", "institution", "described_source", "state", "media", "unknown")
# Vague heads: the source is described, not named (an indefinite مسؤول، متحدث too).
DESCRIBED_HEADS = {
    "مصدر", "مصادر", "شهود", "شاهد", "سكان", "مراقبون", "محللون", "خبراء", "جهات", "اوساط", "مسؤول", "مسؤولون",
    "مسؤولين", "متحدث", "ناشطون", "ناشطين", "تقارير", "معلومات", "المصدر", "المصادر", "الشهود", "مسؤوله",
    "مصادرنا", "دبلوماسي", "دبلوماسيون", "مسؤولان", "المسؤولان", "النقاد", "نقاد", "مراقبين", "محللين",
    "احد", "احدي", "رجل", "امراه", "ناجون", "ناجين", "مواطن", "مواطنون", "اهالي", "عضو",
}  # fmt: skip
MEDIA_HEADS = {
    "وسائل", "صحيفه", "جريده", "وكاله", "قناه", "موقع", "اذاعه", "مجله", "تلفزيون", "شبكه", "التلفزيون", "صحافه", "صحف",
}  # fmt: skip
INSTITUTION_HEADS = {
    "جيش", "قوات", "وزاره", "حكومه", "رئاسه", "سلطات", "شرطه", "مرصد", "بيان", "مجلس", "قياده", "منظمه", "لجنه",
    "هيئه", "مكتب", "خارجيه", "داخليه", "دفاع", "برلمان", "محكمه", "نيابه", "امم", "اتحاد", "حلف", "بعثه", "اجهزه",
    "جهاز", "مفوضيه", "حزب", "حركه", "تحالف", "اداره", "كرملين", "بنتاغون", "غرفه", "وحده", "كتيبه", "شركه",
    "سفاره", "قنصليه", "دار", "مركز", "جامعه", "جماعه", "تنظيم", "ائتلاف", "مؤسسه", "البيت", "مجموعه",
    "منظمات", "هيئات", "جماعات", "وزارات", "حكومات", "جمعيات", "جمعيه", "نقابه", "نقابات", "احزاب", "ارصاد",
    "صندوق", "بنك", "مصرف", "معهد", "نادي", "منتخب", "بلديه", "مستشفي",
}  # fmt: skip
# Office-holders in the plural, unnamed (وزراء الخارجية العرب، القادة العسكريون): a group described, as
# المسؤولون is.
GROUP_HEADS = {"وزراء", "رؤساء", "قاده", "زعماء", "سفراء", "مسؤولو", "ممثلو", "ممثلي", "اعضاء", "مبعوثو", "محافظو"}
# A document's head may follow a superlative (بحسب أحدث تقارير البنك، وفق آخر الإحصائيات).
_LATEST = {"احدث", "اخر", "ابرز", "اهم", "اول", "اخري"}
# A document or a finding that speaks for whoever wrote it (أكدت دراسة حديثة، وكشفت التحقيقات، بحسب نص الحكم): an
# institution's voice unless a person is named in it.
DOCUMENT_HEADS = {
    "تقرير", "دراسه", "دراسات", "بحث", "ابحاث", "احصائيه", "احصائيات", "احصاءات", "تحقيق", "تحقيقات", "بيانات",
    "حكم", "احكام", "نص", "وثيقه", "وثائق", "مذكره", "استطلاع", "مسح", "ارقام", "تقديرات", "نتائج", "لائحه", "قرار",
    "امر",
}  # fmt: skip
_REPORTS = DOCUMENT_HEADS | {"تقارير"}  # (تقارير alone is described: reports say; أحدث تقارير البنك: the bank's)
# Outlets written in Latin letters (وكشفت CNN، ...): the media speak.
LATIN_MEDIA = re.compile(
    r"^(?:CNN|BBC|AFP|AP|DPA|ANSA|REUTERS|NBC|CBS|ABC|FOX NEWS|SKY NEWS|AL ARABIYA|AL JAZEERA|FRANCE 24|RT|"
    r"THE (?:NEW YORK TIMES|WASHINGTON POST|GUARDIAN|TIMES|INDEPENDENT|TELEGRAPH)|NEW YORK TIMES|WASHINGTON POST|"
    r"WALL STREET JOURNAL|ASSOCIATED PRESS|BLOOMBERG|POLITICO|AXIOS|LE MONDE|DER SPIEGEL)$",
    re.IGNORECASE,
)
# Outlets written in Arabic letters as a whole name, normalised (سي إن إن، بي بي سي).
MEDIA_NAMES = {"سي ان ان", "بي بي سي", "ان بي سي", "سي بي اس", "سي ان بي سي", "رويترز", "فرانس برس", "اسوشيتد برس"}
# A plural noun with a possessive (معارضوها، مؤيدوهم، أنصاره): a group described by whose it is.
_THEIR_PEOPLE = re.compile(rf"^[{AR}]{{3,}}(?:وها|وهم|وه|وهما|يها|يهم)$|^(?:انصار|اقارب|ذوو|ذوي)(?:ه|ها|هم)$")
# A one-word definite speaker that stands for someone named before: "the spokesman", "the newspaper".
PERSON_ANAPHORS = {
    "المتحدث", "المتحدثه", "الناطق", "الناطقه", "الوزير", "الوزيره", "الرئيس", "السفير", "المبعوث", "القائد",
    "المشير", "العميد", "اللواء", "العقيد", "المستشار", "الامين",
}  # fmt: skip
MEDIA_ANAPHORS = {"ال" + h for h in MEDIA_HEADS if not h.startswith("ال")}
# Heads of an unnamed office-holder who speaks for an institution (المتحدث باسم الحكومة البريطانية).
OFFICE_HEADS = {"المتحدث", "المتحدثه", "الناطق", "الناطقه", "متحدث", "ناطق", "المسؤول"}
# Heads of one office-holder, a person whatever body the words name after it (وكيل الأزهر، وزير الكهرباء،
# رئيس وكالة الأمم المتحدة): not its spokesman, who speaks for the body.
TITLE_HEADS = {
    "رئيس", "رئيسه", "وزير", "وزيره", "مدير", "مديره", "وكيل", "نائب", "امين", "مستشار", "سفير", "سفيره", "محافظ",
    "قائد", "زعيم", "امير", "ملك", "مفوض", "مندوب", "ممثل", "مبعوث", "حاكم", "عمده", "نقيب", "مرشد", "شيخ",
}  # fmt: skip
FEMININE_VERBS = {
    "قالت", "اكدت", "اضافت", "اوضحت", "افادت", "ذكرت", "اعلنت", "لفتت", "اشارت", "صرحت", "كشفت", "نقلت",
    "تابعت", "تقول", "تؤكد", "نفت", "اعتبرت", "حذرت", "شددت", "رجحت", "توقعت", "زعمت", "ادعت", "روت", "وصفت",
    "مضيفه", "مشيره", "مؤكده", "موضحه", "لافته", "قائله", "محذره", "متوقعه", "تضيف", "توضح", "تشير", "تعتبر",
    "تري", "رات", "تساءلت", "اوردت", "اقرت", "اعترفت", "كتبت", "استدركت", "المحت", "اجابت", "خلصت", "بينت",
    "معلنه", "متابعه", "مبينه", "مستدركه", "مشدده", "منوهه", "معتبره", "مستطرده", "بقولها",
}  # fmt: skip
_PRONOUN_VERBS = ("بحسب", "حسب", "وفق", "طبقا", "نقلا", "علي لسان")  # (prepositions: no gender)
_STATEMENT_BEFORE = ("بحسب", "حسب", "وفق", "طبقا")


def bare_head(word: str, heads: set[str]) -> str:
    """The word's form in ``heads`` without و/ف and ال (والحكومه → حكومه; وكاله stays), else the word."""
    for form in (word, word[1:] if word[:1] in ("و", "ف") else ""):
        for bare in (form, form[2:] if form.startswith("ال") else ""):
            if bare in heads:
                return bare
    return word


def written_kind(speaker: str) -> str:
    """The kind a written speaker's words show on their own: ``described_source``, ``media``, ``institution``,
    ``person`` (an office-holder's title), or ``""`` (a name: ``reconcile`` decides from the actor it links)."""
    words = name_key(speaker).split()
    if LATIN_MEDIA.match(speaker.strip(" \"«»'")) or " ".join(words) in MEDIA_NAMES:
        return "media"
    if not words:
        return "unknown"
    head = words[0]
    described = head in DESCRIBED_HEADS or head[2:] in DESCRIBED_HEADS
    if described and (len(words) == 1 or all(nationality_of(w) for w in words[1:])):
        return "described_source"  # المسؤول الأمريكي، المسؤول: a source described, not named
    if head in OFFICE_HEADS and len(words) > 1 and words[1].startswith("ال") and not head.startswith("ال"):
        return "institution"  # متحدث الجيش الليبي: the army's spokesman
    if head in DESCRIBED_HEADS and not (head.startswith("ال") and len(words) > 1 and head != "المصادر"):
        return "described_source"
    if head in OFFICE_HEADS and len(words) > 1 and (words[1] in ("باسم", "الرسمي") or words[1].startswith("ال")):
        return "institution"
    if len(words) == 1 and _THEIR_PEOPLE.search(head):
        return "described_source"  # معارضوها، منتقدوه، محاموه: people of someone's, not a name
    if bare_head(head, MEDIA_HEADS) in MEDIA_HEADS:
        return "media"
    if bare_head(head, GROUP_HEADS) in GROUP_HEADS:
        return "described_source"
    if head in _LATEST and len(words) > 1 and bare_head(words[1], _REPORTS) in _REPORTS:
        return "institution"
    if bare_head(head, TITLE_HEADS) in TITLE_HEADS and len(words) > 1:
        return "person"  # وكيل مشيخة الأزهر، الرئيس التنفيذي للشركة
    if bare_head(head, INSTITUTION_HEADS) in INSTITUTION_HEADS or bare_head(head, DOCUMENT_HEADS) in DOCUMENT_HEADS:
        return "institution"
    return ""


def gender(verb: str, speaker: str = "") -> str:
    """``f``/``m`` as the verb agrees (قالت → f), else from the speaker's head (الحكومة → f), else ``""``."""
    verb = name_key(verb)
    if verb and not verb.startswith(_PRONOUN_VERBS) and verb != ":":
        return "f" if verb in FEMININE_VERBS else "m"
    head = name_key(speaker).split()[:1]
    if head:
        return "f" if head[0].endswith("ه") or head[0] in ("مصادر", "المصادر") else "m"
    return ""


def trails_its_statement(a: Any) -> bool:
    """Whether the attribution ``a`` is a بحسب/وفقا لـ after the statement it names the source of (قتل خمسة،
    بحسب المرصد): that source is not the subject a later verb with no written subject (وأضاف) continues."""
    return a.quote_end <= a.verb_start and name_key(a.verb).startswith(_STATEMENT_BEFORE)


def is_anaphor(speaker: str) -> str:
    """``person``, ``media`` or ``institution`` when the speaker is one definite word standing for someone named
    before (المتحدث، الصحيفة، المرصد), else ``""``."""
    words = name_key(speaker).split()
    if len(words) != 1 or not words[0].startswith("ال"):
        return ""
    word = words[0]
    if word in PERSON_ANAPHORS:
        return "person"
    if word in MEDIA_ANAPHORS:
        return "media"
    if word[2:] in INSTITUTION_HEADS and word not in ("البيان",):
        return "institution"
    return ""


@functools.cache
def _nationality_countries() -> dict[str, str]:
    """Nationality adjective (every gender and number, with or without ال) → ISO country code."""
    out: dict[str, str] = {}
    with (config.DATA_DIR / "nationalities.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            stem, country = name_key(row["stem"]), row["country"].strip()
            forms = [
                stem,
                stem + "ه",
                stem + "ين",
                stem + "ون",
                *(name_key(p) for p in (row.get("plurals") or "").split("|") if p),
            ]
            for form in forms:
                out.setdefault(form, country)
                out.setdefault("ال" + form, country)
    return out


def nationality_of(word: str) -> str:
    """The ISO code of a nationality adjective (المصري، مصرية، أمريكي), or ``""``."""
    table = _nationality_countries()
    word = name_key(word)
    return table.get(word) or (table.get(word[1:], "") if word[:1] in "وب" else "")


def nationality(speaker: str) -> str:
    """The ISO code of the first nationality adjective among the speaker's words (مصدر مصري → EG), or ``""``."""
    table = _nationality_countries()
    for word in name_key(speaker).split()[1:]:
        for form in (word, word[1:] if word[:1] in "وب" else word):
            if form in table:
                return table[form]
    return ""


_HEADLINE_VERBS = (
    "ينفي|تنفي|يؤكد|تؤكد|يقول|تقول|يحذر|تحذر|يعلن|تعلن|يرد|ترد|يتهم|تتهم|يرفض|ترفض|يطالب|تطالب|يكشف|تكشف|يدعو|تدعو"
)
_HEADLINE = re.compile(r"\s*(?P<who>[^:\n\"«»0-9]{2,80}?)\s*:\s*(?=\S)")
_HEADLINE_VERB = re.compile(rf"(?<![{AR}])(?:{_HEADLINE_VERBS})(?![{AR}])")
# What follows the colon of a label, not of a statement: a profile (هشام عشماوي: ضابط صاعقة سابق), a question.
_LABEL_CONTENT = {
    "ضابط", "المرشح", "مرشح", "الرجل", "قصه", "سيره", "من", "ما", "ماذا", "كيف", "لماذا", "هل", "اين", "متي",
    "الزعيم", "زعيم", "القائد", "قائد", "رئيس", "الرئيس", "وزير", "الوزير", "اسرار", "تفاصيل", "كل",
}  # fmt: skip
_FIRST_PERSON = re.compile(rf"(?:[\"«]|(?:لن|لا|لم|نحن|سوف|سن[{AR}]{{3,}}|ن[{AR}]{{3,}})(?![{AR}]))")
# A title's topic before its colon: an event, a contest, a case (never who speaks).
_TOPIC_HEADS = {
    "انتخابات", "مونديال", "كاس", "دوري", "بطوله", "مباراه", "كره", "ازمه", "حرب", "ملف", "قضيه", "معركه",
    "محاكمه", "اولمبياد", "تصفيات", "نهائي", "فيلم", "مهرجان", "معرض", "قمه", "استفتاء", "اقتراع",
    # an event's noun (اختفاء جمال خاشقجي: تركيا تنفي ...، زلزال إندونيسيا: ...، احتجاجات البصرة: ...): stop 38
    "اختفاء", "مقتل", "اغتيال", "اختطاف", "مصير", "وفاه", "هجوم", "هجمات", "تفجير", "تفجيرات", "انفجار",
    "احتجاجات", "مظاهرات", "اعتقال", "حادث", "حادثه", "كارثه", "زلزال", "فيضانات", "حصار", "قصف", "اشتباكات",
}  # fmt: skip
_NOT_SPEAKERS = {"عاجل", "بالفيديو", "فيديو", "بالصور", "صور", "شاهد", "خاص", "تقرير", "حصري", "مباشر", "انفوغراف"}


def headline_speaker(norm: str, start: int, end: int) -> tuple[int, int, int] | None:
    """In a title "X: ..." or "X تنفي ...: ...": (speaker start, speaker end, colon offset), or None. X is
    at most four words and not a label (عاجل، بالفيديو); what follows is not a question or a profile; a
    place (تركيا: ...) speaks only in a quote or in the first person (ليبيا: مقتل العشرات is a topic)."""
    match = _HEADLINE.match(norm, start, end)
    if not match:
        return None
    content = norm[match.end() : end]
    first = content.split()[0].strip('"') if content.split() else ""
    if "؟" in content or first in _LABEL_CONTENT:
        return None
    s, e = match.span("who")
    verb = _HEADLINE_VERB.search(norm, s, e)
    if verb:
        e = verb.start()
    words = norm[s:e].split()
    if not words or len(words) > 4 or any(w.strip(".") in _NOT_SPEAKERS for w in words):
        return None
    if bare_head(words[0], _TOPIC_HEADS) in _TOPIC_HEADS:
        return None  # مونديال روسيا: تونس ...؛ الانتخابات الرئاسية في مالي: انتهاء ...: a topic, no one speaks
    if len(words) > 1 and words[-1].startswith("ل"):  # كوريا الشمالية لترامب: said to Trump
        words = words[:-1]
    e = s + len(" ".join(words))
    if is_place(norm[s:e]) and not _FIRST_PERSON.match(content):
        return None
    return s, e, norm.index(":", match.end("who"))


def place_then_object(norm: str, start: int, end: int) -> int:
    """The end of a speaker's span cut after a country or a capital that a definite word follows, not part of
    the place's name nor a nationality (اعتبرت دمشق الاتهامات بأنها: Damascus, the accusations its object);
    else ``end``."""
    words = list(re.finditer(r"\S+", norm[start:end]))
    if len(words) < 2 or is_place(norm[start:end]):
        return end
    for k in range(len(words) - 1, 0, -1):
        after = words[k].group()
        if is_place(norm[start : start + words[k - 1].end()]):
            return start + words[k - 1].end() if after.startswith("ال") and not nationality_of(after) else end
    return end


def is_place(words: str) -> tuple[str, str] | None:
    """(kind, ISO country) when the words name a country or a capital in the gazetteer, else None."""
    for place in gazetteer().get(name_key(words), ()):
        if place.kind in ("country", "capital"):
            return place.kind, place.country
    return None
