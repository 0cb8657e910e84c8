"""The cues of reported speech: reporting verbs (قال، أكدت، يقول), their participles that continue a statement
(مضيفا، مشيرة), the prepositions of a source (بحسب، وفقا لـ، نقلا عن), a document that speaks (جاء في بيان ...), and
where a speaker's name stops and what a verb introduces begins.

Patterns over the length-keeping normalised text, used by ``helpers.extract.attribution``.
"""

from __future__ import annotations

import re

from helpers.text.arabic import AR, MARK_CHARS
from helpers.text.patterns import alternation, cue_strings

VERB_WORDS = (
    "قال|قالت|اكد|اكدت|اضاف|اضافت|اوضح|اوضحت|افاد|افادت|ذكر|ذكرت|اعلن|اعلنت|لفت|لفتت|اشار|اشارت|صرح|صرحت"
    "|كشف|كشفت|نقل|نقلت|تابع|تابعت|يقول|تقول|يؤكد|تؤكد|نفي|نفت|اعتبر|اعتبرت|حذر|حذرت|شدد|شددت|رجح|رجحت"
    "|توقع|توقعت|زعم|زعمت|ادعي|ادعت|روي|روت|وصف|وصفت|يضيف|تضيف|يوضح|توضح|يشير|تشير|يعتبر|تعتبر|يري|تري"
    "|راي|رات|تساءل|تساءلت|اورد|اوردت|اقر|اقرت|اعترف|اعترفت"
    # the plural: المسؤولون الإيرانيون قالوا إنهم ...، ويقول سكان إن ...
    "|قالوا|اكدوا|اضافوا|اوضحوا|افادوا|ذكروا|اعلنوا|اشاروا|صرحوا|كشفوا|نقلوا|نفوا|اعتبروا|حذروا|شددوا|توقعوا"
    "|زعموا|ادعوا|رووا|وصفوا|يقولون|يؤكدون|يضيفون|يشيرون|يعتبرون|يرون|يحذرون|اقروا|اعترفوا"
    # the dual: وقال المدرب واللاعب إن ...، وأشارا إلى أن
    "|قالا|اكدا|اضافا|اوضحا|اشارا|ذكرا|اعتبرا|شددا|صرحا|حذرا"
    # wrote (a post, an op-ed), went on (but), hinted, answered, concluded, made clear: like قال when أن, a
    # colon or a quotation follows (كتب على تويتر: "..."، ألمح إلى أن، خلص الباحثون إلى أن، أجاب بأن)
    "|كتب|كتبت|كتبوا|استدرك|استدركت|المح|المحت|اجاب|اجابت|خلص|خلصت|خلصوا|بينت"
)
# "admitted" only when its أن follows the speaker straight (أقرت الشركة بأنها، اعترف بأنه); أقر البرلمان قانونا
# ينص على أن is "passed".
ADMITTED = {"اقر", "اقرت", "اقروا", "اعترف", "اعترفت", "اعترفوا"}
# a trie: each verb is whole (the lookarounds below), so the order the engine tries them in is no matter
VERBS = alternation(VERB_WORDS.split("|"))
REPORTING_VERB = re.compile(  # (تم كشف: a noun; كتب عليها "...": written on a banner, no one's statement)
    rf"(?<![{AR}])(?<!تم )(?<!بعد )[وف]?(?P<verb>{VERBS})(?![{AR}])"
    rf"(?!(?:(?<=كتب)|(?<=كتبت))\s+(?:عليها|عليه|عليهم|عليهما|فيها|فيه)(?![{AR}]))"
)
# The same verbs written with vowel marks (أُعلنت), tried only in a sentence that has marks.
MARKED_VERB = re.compile(
    rf"(?<![{AR}])[وف]?(?P<verb>"
    + "|".join(
        "".join(f"{re.escape(c)}[{MARK_CHARS}]*" for c in v) for v in sorted(VERB_WORDS.split("|"), key=len)[::-1]
    )
    + rf")(?![{AR}])"
)
# وفقا لـ/طبقا لـ take their ل attached to the source (وفقا للتقرير، وفقاً لمصادر): the cue ends at the ل.
ATTRIBUTION_PREP = re.compile(
    rf"(?<![{AR}])[وف]?(?P<verb>(?:بحسب|حسب|وفق|نقلا[{MARK_CHARS}]*\s+عن|علي\s+لسان)(?![{AR}])"
    rf"|(?:وفقا|طبقا)[{MARK_CHARS}]*\s+ل\u0640*(?=\s*[{AR}\"«]))"
)
# "deems": with a quotation straight after it and no أن after that, a passive "is deemed" (يعتبر "باطلا").
COPULAS = {"اعتبر", "اعتبرت", "يعتبر", "تعتبر", "اعتبروا", "يعتبرون"}
# نقل after these is the noun "moving" (قرار نقل السفارة، على نقل الجرحى، تم نقله), not "relayed".
TRANSFER_BEFORE = re.compile(
    rf"(?<![{AR}])(?:قرار|قرارات|عمليه|عمليات|اعاده|خطه|خطط|مشروع|تكلفه|تكاليف|وسائل|حركه|طريقه|بهدف|اجل|يتم|"
    rf"سيتم|ويتم|تم|بعد|قبل|علي|عن|الي|من|في)\s+$"
)
# A preposition after which the source's statement is what came before it (قتل خمسة، بحسب المرصد).
STATEMENT_BEFORE = re.compile(r"بحسب|حسب|وفق|طبقا")
PREP_CUES = cue_strings(ATTRIBUTION_PREP)
# "جاء في بيان الجيش أن ...": a document speaks; its words are introduced as a verb's are.
# Any other noun phrase after في is a document too when an أن or a colon follows it closely (وجاء في أمر
# الإحالة أن ...).
DOCUMENT_SAYS = re.compile(
    rf"(?<![{AR}])[وف]?(?P<verb>(?:جاء|ورد)\s+في)(?=\s+(?:ال)?(?:بيان|تقرير|رساله|تصريح|مقال|نص|وثيقه|تغريده|"
    rf"منشور|افتتاحيه|مذكره|خطاب|كلمه)(?![{AR}])|\s+(?!(?:وقت|اعقاب|ظل|اطار|سياق|خضم|اثر|غضون|حين|مقابل)(?![{AR}]))[{AR}][^.،,:؛\"«»\n]{{1,50}}?[،,]?\s*(?:(?:ان|انه|انها|بان)(?![{AR}])|:))"
)
DOCUMENT_CUES = ("جاء في", "ورد في")
CONTINUATION = re.compile(
    rf"(?<![{AR}])(?P<verb>(?:لافت|مؤكد|مشير|موضح|مضيف|متوقع|قائل|محذر)(?:ا|ه|ين))[{MARK_CHARS}]*(?![{AR}])"
    # the participles of other reporting verbs, and "by saying", only when what is said follows them (معلنا
    # أنه، متابعا "..."، مبينا أن، مشددا على أن، منوها إلى أن، وتوجه إلى الحشود بالقول "..."; not معلنا عن خطة)
    rf"|(?<![{AR}])(?P<said>(?:(?:معلن|متابع|مبين|مستدرك|مشدد|منوه|معتبر|مستطرد)(?:ا|ه|ين)|بالقول|بقوله|بقولها))"
    rf"[{MARK_CHARS}]*(?=\s*(?:(?:علي|الي)\s+)?(?:(?:ان|انه|انها|انهم|بان|بانه|بانها)(?![{AR}])|:|[\"«]))"
)  # (مشيراً: the tanween is the participle's, not the start of what is said)
# Where the source's name stops: a complementiser, a preposition, a day, a pronoun (عنه), a participle (قائلا),
# punctuation or a quote.
SPEAKER_STOP = re.compile(
    rf"(?<![{AR}])(?:ان|انه|انها|انهم|انهما|فان|بان|بانه|بانها|لان|في|خلال|عند|اثناء|عقب|قبيل|امس|اليوم|عن|الي|علي|عبر|بعد|مع|"
    rf"السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|صباح|مساء|عنه|عنها|عنهم|له|لها|لهم|تعبيره|تعبيرها|"
    rf"قوله|قولها|بقوله|بقولها|بالقول|بعنوان|عنوانه|وعنوانه|ايضا|بدوره|بدورها|قائلا|قائله|مضيفا|مضيفه|مشيرا|مشيره|نقلا|هذا|هذه|ذلك|الماضي|به|بها|فيه|فيها|فقد)(?![{AR}])|[،,:؛.\"«»()]|\s[لب]ـ|\s[-–—]\s"
)
# A reporting verb introduces a statement only when a complementiser, a colon or a quote follows it; أعلن
# also when what is announced follows (أعلن حفتر تحرير درنة), أشار when إلى does.
INTRODUCES = re.compile(
    rf"(?<![{AR}])(?<!حين )(?<!حيث )(?<!رغم )(?<!بعد )(?<!قبل )(?<!الا )(?<!غير )(?<!بما )(?<!دون )(?<!كما )"
    rf"(?<!لو )(?<!بيد )"
    rf"(?:ان|انه|انها|انهم|انهما|انهن|بان|بانه|بانها|بانهم|بانهما)(?![{AR}])|:|(?<!\sب)(?<!\sبـ)[\"«]"
)  # (في حين أن، بعد أن، إلا أن: the conjunction's clause, not what the verb introduces; بـ"شكل غير قانوني": a
# quoted phrase after a preposition is no statement, but what وصف describes it as is: وصف القمة بـ"الحاسمة")
DESCRIBED_AS = re.compile(rf"(?<![{AR}])(?:ان|انه|انها|انهم|بان|بانه|بانها|بانهم)(?![{AR}])|[:\"«]")
ANNOUNCED_WORDS = (
    rf"(?:عن\s+)?(?:تحرير|انتهاء|بدء|انطلاق|مقتل|القبض|اعتقال|السيطره|استعاده|وقف|رفض|اتمام|وقوع|توقيف|تجميد|فرض|"
    rf"ارسال|تشكيل|تعليق|اغلاق|فتح|تاجيل|الغاء|استئناف|تعيين|منح|رفع|خفض|اطلاق|سحب|طرد|حظر|تمديد|اقاله|اسقاط|"
    rf"تدمير|احباط|ضبط|مصادره|استهداف)(?![{AR}])"
)
# An indefinite body's head in construct before an announced word: the body's name (حركة فتح، هيئة تحرير الشام).
NAMES_A_BODY = re.compile(rf"(?<![{AR}])(?:حركه|منظمه|هيئه|جبهه|لجنه|جماعه|تنظيم|حزب|قوات|مجلس|وحده|اداره|جهاز)\s+$")
ANNOUNCED = re.compile(rf"(?<![{AR}]){ANNOUNCED_WORDS}")
ANNOUNCED_AFTER_APPOSITION = re.compile(rf"(?<=[،,] ){ANNOUNCED_WORDS}")

# بحسب ما ذكرته الوكالة، وفق ما أفادت به وسائل إعلام، بحسب ما جاء في نص الحكم: after ما, a reporting verb (an
# object pronoun and به may follow it) or a document's جاء في; the source is written after it.
WHAT_SAID = re.compile(
    rf"\s*ما\s+(?:[وف]?(?:{VERBS})[{MARK_CHARS}]*(?:ه|ها|هم)?(?:\s+(?:به|بها))?|(?:جاء|ورد)\s+في)(?![{AR}])\s*"
)
# رأي is also the noun "opinion" (مقال رأي، استطلاع رأي، إبداء الرأي): not a verb after these.
OPINION_BEFORE = re.compile(  # (صحيفة رأي اليوم: an outlet's name)
    r"(?:مقال|مقاله|مقالات|استطلاع|استطلاعات|ابداء|حريه|وجهه|صاحب|تبادل|مجرد|صحيفه|موقع|جريده)\s+$"
)
SOMETHING_SAID = re.compile(r"\s*ما\s")  # (بحسب ما جرى: "according to what happened", no source)
# وفق القانون، وفقا للدستور، طبقا للاتفاق: "in accordance with" a rule or a plan, not a source (also وفقا
# لتوجيهات خادم الحرمين، وفقا للضوابط، وفقا لرؤية المملكة 2030، وفقا لأحكام الشريعة).
ACCORDANCE_HEADS = {
    "قانون", "قوانين", "دستور", "اتفاق", "اتفاقيه", "اتفاقات", "اتفاقيات", "خطه", "معايير", "معيار", "لوائح", "لائحه",
    "قواعد", "قاعده", "نظام", "انظمه", "برنامج", "قرار", "قرارات", "اجراءات", "ماده", "شريعه", "شروط", "مبدا", "مبادئ",
    "اسس", "اساس", "جدول", "تعليمات", "رغبه", "رغبات", "حاجه", "احتياجات", "طبيعه", "نوع", "حجم",
    "عقيده", "هذا", "هذه", "ذلك", "تلك",
    "توجيهات", "توجيه", "ضوابط", "رؤيه", "مواصفات", "مقاييس", "احكام", "بنود", "بند", "اوامر", "اشتراطات",
    "متطلبات", "ترتيبات", "سياسه", "سياسات", "اليات", "اليه", "خطط",
}  # fmt: skip
