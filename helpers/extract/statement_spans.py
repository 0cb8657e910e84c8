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
TITLED = re.compile(rf"(?<![{AR}])(?:بعنوان|عنوانه|عنوانها|وعنوانه|وعنوانها|عنوان|شعار)\s*:?\s*$")
# A verb governed by رفض/عدم (رفض كشف اسمه، طالبا عدم ذكر اسمه) reports nothing.
REFUSED = re.compile(rf"(?<![{AR}])(?:رفض|رافضا|رافضه|يرفض|عدم|تجنب)\s+$")
# "كانت X (قد) قالت": the speaker written before the verb (no comma, at most eight words, a parenthesis dropped).
SUBJECT_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:كان|كانت)\s+(?!قد\s)(?P<who>[^،,.:؛()]{{2,90}}?)\s*(?:\([^()]{{0,60}}\)\s*)?(?:قد\s+)?$"
)
# A speaker's span never opens with an adverb of manner (قد أعلنت بالتزامن مع ...، بالتنسيق مع ...).
# nor is it only a time noun (وكان بولتون قد قال الشهر الماضي، إن: the span stops at الماضي).
ADVERB_FIRST = re.compile(rf"^(?:[وف]?بال[{AR}]+(?![{AR}])|(?:الشهر|الاسبوع|العام|السنه|الليله|الفجر|الظهر)\s*$)")

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
