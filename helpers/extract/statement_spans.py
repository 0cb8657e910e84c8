"""Where a statement and its speaker lie, beside the reporting verb: quoted names that are neither the speaker's
words nor a title, a speaker written before the verb (وكانت الوكالة قد قالت), what a trailing بحسب attributes.

The rules over the length-keeping normalised text that ``helpers.extract.attribution`` uses to place the speaker
and the quote of a statement.
"""

from __future__ import annotations

import re

from helpers.text.arabic import AR

# A short quotation followed by more of the clause is a name (لتنظيم "الدولة الإسلامية" في سوريا، وكالة "سانا"
# الخميس أن), not what is said.
QUOTED_NAME = re.compile(r"[\"«]\s*(?P<name>[^\"«»\s]+(?:\s+[^\"«»\s]+){0,3})\s*[\"»](?=\s*(?:\(|[^\s.،,:؛\"«»(]))")
TO_OUTLET = re.compile(r"(?<!\S)ل\u0640*\s*(?:(?:صحيفه|جريده|وكاله|قناه|موقع|اذاعه|مجله|شبكه|تلفزيون)\s+)?$")
# A participle's own quotation (مضيفا: "..."، وتحدث عن ...): what it says ends at the closing mark.
OWN_QUOTE = re.compile(r"\s*:?\s*[\"«]([^\"«»]{3,})[\"»]")
# A sentence "وكان X قد <verb> ..." names the subject a participle later in it continues.
HAD_DONE = re.compile(rf"\s*[وف]?(?:كان|كانت)\s+(?!قد\s)(?P<who>[^،,.:؛()]{{2,90}}?)\s+قد\s+[{AR}]")
TITLED = re.compile(  # (a work's title after its noun: بفيلمها "ووندر وومان"، كتابه "...")
    rf"(?<![{AR}])(?:بعنوان|عنوانه|عنوانها|وعنوانه|وعنوانها|عنوان|شعار"
    rf"|[وبل]?(?:ال)?(?:فيلم|كتاب|روايه|مسلسل|اغنيه|مسرحيه|قصيده|ديوان|البوم)(?:ه|ها|هم)?)\s*:?\s*$"
)
# A verb governed by رفض/عدم (رفض كشف اسمه، طالبا عدم ذكر اسمه) reports nothing.
REFUSED = re.compile(rf"(?<![{AR}])(?:رفض|رافضا|رافضه|يرفض|عدم|تجنب)\s+$")
# "كانت X (قد) قالت": the speaker written before the verb (no comma, at most eight words, a parenthesis dropped).
SUBJECT_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:كان|كانت)\s+(?!قد\s)(?P<who>[^،,.:؛()]{{2,90}}?)\s*(?:\([^()]{{0,60}}\)\s*)?(?:قد\s+)?$"
)
# A speaker's span never opens with an adverb of manner (قد أعلنت بالتزامن مع ...، بالتنسيق مع ...).
# nor is it only a time noun (وكان بولتون قد قال الشهر الماضي، إن: the span stops at الماضي).
ADVERB_FIRST = re.compile(rf"^(?:[وف]?بال[{AR}]+(?![{AR}])|(?:الشهر|الاسبوع|العام|السنه|الليله|الفجر|الظهر)\s*$)")

# Before a colon, a title, a slogan or a list's head (حملت شعار: "..."، أبرزها: "...", تضم: ...): what follows
# is no one's statement.
_LIST_HEAD = re.compile(
    rf"(?<![{AR}])[وف]?(?:ابرزها|ابرزهم|اهمها|اهمهم|منها|منهم|تضم|يضم|تشمل|يشمل|مثل|التاليه|التالي)\s*$"
)


def listed(norm: str, colon: int) -> bool:
    """Whether the colon at ``colon`` follows a title, a slogan or a list's head (no statement after it)."""
    before = max(0, colon - 20)
    return bool(TITLED.search(norm, before, colon + 1) or _LIST_HEAD.search(norm, before, colon))


POINTS_THAT = re.compile(rf"الي\s+(?:ان|انه|انها|انهم)(?![{AR}])")
# A quotation opening within this many characters of an أن (قال إنه "...") is the statement itself.
QUOTE_AFTER_AN = 7


WORD = re.compile(rf"[{AR}]{{2,}}")
OWN_WORDS = re.compile(rf"\s+(?:قول|وصف|تعبير|زعم|روايت|كلام)(?:ه|ها|هم|هما)(?![{AR}])")
AFTER_ITS_STATEMENT = re.compile(r"بحسب|حسب|وفق|وفقا ل")  # (على لسان، نقلا عن: what is said follows)
DASH = re.compile(r"\s[-–—]\s")


def told_before(norm: str, start: int, prep: int, speaker_end: int, end: int) -> tuple[int, int]:
    """What a بحسب/وفق after the statement attributes: the sentence before it, or the whole sentence when the
    source is set off by dashes in its middle (وتعرض الوفد - بحسب مصادر - لاحتجاجات)."""
    if DASH.search(norm, max(start, prep - 3), prep) and DASH.match(norm, speaker_end, end):
        return start, end
    q_end = prep
    while q_end > start and norm[q_end - 1] in " \t\n،,-–—(":
        q_end -= 1
    return start + len(norm[start:q_end]) - len(norm[start:q_end].lstrip()), q_end


def apart(norm: str, intro: int, quote: int) -> bool:
    """Whether a quotation at ``quote`` is not what the أن at ``intro`` introduces (before it, or well into its
    clause: a name or a phrase quoted inside the statement)."""
    if norm.startswith("الي", intro) and not POINTS_THAT.match(norm, intro):
        return False  # أشار إلى تعرض منزله ... وقال "...": a noun pointed to, the quotation is what was said
    return norm[intro] not in ':"«' and not intro <= quote <= intro + QUOTE_AFTER_AN


def subject_before(norm: str, start: int, verb: int) -> tuple[int, int]:
    """The span of a speaker written between كان and the verb (وكانت الوكالة قد قالت), else an empty span."""
    found = SUBJECT_BEFORE.search(norm, max(start, verb - 120), verb)
    if not found or len(found.group("who").split()) > 8:
        return verb, verb
    return found.span("who")


# Before a verb, a new clause joined to the statement before it: a comma or a space then و/ف attached to the
# verb (، وأشار إلى أن؛ وأشارا), or فيما/بينما/في حين/كما/ثم (فيما توقعت الصحافة أن).
_JOINED_VERB = re.compile(rf"(?:[،,؛]?\s+[وف]|(?<![{AR}])(?:فيما|بينما|في حين|كما|ثم)\s+[وف]?)$")
# Before a participle (مضيفا، مشيرة، موضحا): a comma or a space (الحادث "ليس عملا إرهابيا" موضحا أن).
_JOINED_PARTICIPLE = re.compile(r"[،,؛\"»]?\s+$")
_NEW_CLAUSE = re.compile(rf"\s*(?:كما|ثم|بينما|فيما|[وف](?=[{AR}]{{3,}}\s))")
_AS_SAID_BEFORE = re.compile(rf"(?<![{AR}])(?:حسبما|كما|وفقما|بحسب ما|حسب ما|مثلما)\s+$")


def end_statements(found: list, norm: str, participle: re.Pattern[str]) -> None:
    """Cut each statement's quote (``found``: a sentence's attributions, in order) where a later statement of
    its sentence begins: a trailing source (قال إن ...، بحسب الوكالة; not one in the middle: قال إن النمو، بحسب
    تقديرات الصندوق، سيبلغ 3%), a participle (، مضيفا أن) or a verb joined by و/فيما (، وأشار إلى أن). A verb
    after its subject inside the statement (قال إن الجيش أعلن أن) is part of what was said: no cut."""
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            if not (b.verb and a.quote_start < b.verb_start < a.quote_end):
                continue
            cut = b.verb_start
            if b.quote_end <= b.verb_start:  # a source after its statement (without its كما)
                if norm[max(b.end, b.verb_end) : a.quote_end].strip(' .،,"»'):
                    continue
            elif joined := _JOINED_VERB.search(norm, max(a.quote_start, cut - 12), cut):
                cut = joined.start()
            elif participle.match(norm, cut) and _JOINED_PARTICIPLE.search(norm, max(a.quote_start, cut - 4), cut):
                comma = max(norm.rfind("،", a.quote_start, cut), norm.rfind(",", a.quote_start, cut))
                if comma > 0 and _NEW_CLAUSE.match(norm, comma + 1, cut):
                    cut = comma  # (…، كما دافع عن نفسه قائلا: the clause of the participle starts at the comma)
            else:
                continue
            cut = a.quote_start + len(norm[a.quote_start : cut].rstrip(" ،,؛"))
            as_said = _AS_SAID_BEFORE.search(norm, max(0, cut - 12), cut + 1)
            a.quote_end = as_said.start() if as_said else cut
            break
