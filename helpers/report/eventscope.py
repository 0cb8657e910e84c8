"""What the events report draws: the five ACLED event types apart from statements (``Statement`` is not an
ACLED event type), and the events of the articles' window apart from those dated outside it or told as history
(the event's sentence states a year older than the article's year - 1: «عام 2014», «في 2013»), which stay in
the events table but are kept out of the charts and the deaths tables, with their count shown. So are running
totals: a death toll counted since a war, battle or year began («قتل أكثر من 3 آلاف مدني منذ اندلاع الحرب»,
«قتل نحو 10 آلاف شخص في الحرب»), which is no one event of the day its article dates it to."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from helpers.report.events import in_window
from helpers.report.evidence import SentenceIndex, attach_sentences

STATEMENT = "Statement"  # our type for statements and announcements: not one of ACLED's event types
_YEAR = re.compile(r"(?<![\d٠-٩])([12][09][\d]{2}|[١٢][٠٩][٠-٩]{2})(?![\d٠-٩])")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_BORN = re.compile(r"(?:مواليد|مولود|ولد|المولود)\s+(?:عام|سنة|في)?\s*$")  # «من مواليد 1991»: a birth year
# a count since a start: منذ بدء الحرب، منذ اندلاع المعارك، منذ انطلاق عملية تحرير الحديدة، منذ مطلع العام
_SINCE_START = re.compile(r"منذ\s+(?:بدء|بدأ|بداية|بدايه|اندلاع|انطلاق|انطلاقة|مطلع|تفجر|تفجّر)(?!\S)")
# the verb: منذ أن بدأت الاحتجاجات، منذ بدأت، منذ أن اندلعت المواجهات (not after a toll given its day: _DAY_FIRST)
_SINCE_BEGAN = re.compile(r"منذ\s+(?:أن\s+|ان\s+)?(?:بدأت|بدات|بدأ|بدا|انطلقت|انطلق|اندلعت|اندلع|تفجرت)(?!\w)")
# منذ انطلاقها، منذ بدئها: since the operation's start; «حتى الآن» next to a toll: so far. Both only when the
# sentence names no single day: «قتل 3 الخميس ... وارتفع عدد القتلى حتى الآن إلى 24» and «أسفر انفجار الاثنين
# حتى الآن عن مقتل 14» are one day's toll, told while it may still rise
_SINCE_ITS_START = re.compile(r"منذ\s+(?:بدئ|بدايت|انطلاق|اندلاع)(?:ها|ه|هم)(?!\w)")
_SO_FAR = re.compile(
    r"حتى\s+(?:الآن|الان|اللحظة)\s+(?:عن\s+)?(?:مقتل|مصرع|سقوط|قتل|وفاة)(?!\w)"
    r"|(?:قتل|قتلى|القتلى|قتيلا|الضحايا|ضحايا)\s+حتى\s+(?:الآن|الان|اللحظة)(?!\w)"
)
_WEEKDAY = re.compile(r"(?<!\w)[وف]?ال(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|جمعه|سبت)(?!\w)")
# «الأعنف منذ بدء الحرب»: an event compared with the whole war is still one event
_SUPERLATIVE = re.compile(
    r"(?:^|\s)(?:ال)?(?:أعنف|اعنف|أكبر|اكبر|أعلى|اعلى|أسوأ|اسوأ|أول|الأولى|أكثر\s+دموية)(?:\s+\S+){0,8}\s*$"
)
# a toll of the whole war: قتل نحو 10 آلاف شخص في الحرب، أدت الحرب إلى ... مقتل 350 ألفا، مقتل 185 ألف شخص بسبب
# المعارك (only with a stated toll of a thousand or more: a war named anywhere in the sentence)
_IN_THE_WAR = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:حرب|نزاع|صراع|معارك)(?!\w)")
WAR_TOLL = 1000  # a war named in the sentence marks a running total only for a stated toll this large
_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    "كانون|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول|تشرين"
)
# a toll counted over a stretch of time: since a date (منذ 19 أبريل، منذ 22 أيار/مايو، منذ 2011), by a date
# (بحلول فبراير)، a shelling that has gone on since (القصف المستمر منذ أيام), the same period (خلال الفترة ذاتها),
# or the last days or weeks (في الأيام العشرة الأخيرة، خلال الأسابيع الماضية); so far: _SO_FAR
_OVER_A_STRETCH = re.compile(
    r"(?:منذ|بحلول)\s+(?:يوم\s+)?(?:\d{1,2}\s+(?:من\s+)?|[٠-٩]{1,2}\s+(?:من\s+)?)?(?:(?:شهر\s+)?(?:" + _MONTHS + r")"
    r"|عام\s+\d{4}|\d{4})(?!\w)"
    # since then: منذ ذلك التاريخ، منذ ذلك اليوم، منذ ذلك الحين
    r"|منذ\s+ذلك\s+(?:التاريخ|اليوم|الحين|الوقت)(?!\w)"
    # between two dates: بين الأول من يناير و30 يونيو، بين 1 يناير و30 يونيو
    r"|بين\s+(?:ال\S+\s+من\s+|[\d٠-٩]{1,2}\s+)(?:\S+\s+)?\S*(?:" + _MONTHS + r")\S*\s+و\s*"
    r"(?:ال\S+\s+من\s+|[\d٠-٩]{1,2}\s+)\S*(?:" + _MONTHS + r")"
    r"|(?:المستمر|المستمرة|المتواصل|المتواصلة)\s+منذ(?!\w)(?!\s+(?:صباح|فجر|مساء|ليل|ساعات|الساعات))"
    r"|(?:خلال|في)\s+(?:الفترة|المدة)\s+(?:ذاتها|نفسها)(?!\w)"
    r"|(?:خلال|في)\s+(?:ال)?(?:أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور)(?:\s+\S+)?\s+(?:الماضية|الأخيرة|الاخيرة)(?!\w)"
)

# a count of days or weeks of something (بعد 10 أيام من التظاهرات، أسفرت 3 أسابيع من المعارك عن) and protests
# that began on a date (في احتجاجات أسبوعية بدأت في 30 مارس): a stretch, unless the toll before it names its day
# («قتل 7 الخميس في كركوك بعد 10 أيام من الانتخابات»، «قتل 4 الجمعة في الاحتجاجات التي بدأت في 30 مارس»)
_DAYS_OR_BEGAN = re.compile(
    r"(?<![\d٠-٩])[\d٠-٩]{1,3}\s+(?:أيام|ايام|يوما|أسابيع|اسابيع|أسبوعا|اسبوعا|أشهر|اشهر|شهور|شهرا)\s+من\s+ال"
    r"|(?:بدأت|بدات|بدأ|انطلقت|اندلعت)\s+(?:في\s+|يوم\s+)?[\d٠-٩]{1,2}\s+(?:من\s+)?(?:" + _MONTHS + r")(?!\w)"
)
# a campaign going on for a stretch, its toll told after it: «وتشن القوات هجوما على المدينة منذ ثلاثة أسابيع، في
# حملة أسفرت عن مقتل 1300»، «في معركة التوغل ... منذ ثلاثة أسابيع، والتي أودت بحياة 630». Only after a campaign
# noun (not a single strike: «قتل 5 في غارة منذ ثلاثة أيام» is three days ago) and before the toll (_DEATH after it)
_CAMPAIGN_FOR = re.compile(
    r"(?<!\w)[وفب]?(?:ال)?(?:هجوم|هجوما|حملة|حملته|حملتها|معركة|معارك|عملية|عمليتها|قصف|حصار|احتجاجات|تظاهرات)(?!\w)"
    r"(?:\s+\S+){0,8}?\s+منذ\s+(?:نحو\s+|قرابة\s+|حوالي\s+)?(?:(?:[\d٠-٩]{1,3}|ثلاثة|أربعة|اربعة|خمسة|ستة|سبعة|ثمانية|"
    r"تسعة|عشرة|بضعة|عدة)\s+(?:أيام|ايام|أسابيع|اسابيع|أشهر|اشهر|شهور|أعوام|اعوام|سنوات)|يومين|أسبوعين|اسبوعين|"
    r"شهرين|عامين|سنتين)(?!\w)"
)
# «منذ يومين» after a single act is "ago", not "for": «وكان هجوم انتحاري ... منذ يومين قد أسفر عن مقتل 20»، «الهجوم الذي
# وقع منذ ثلاثة أيام». هجوم، عملية، قصف are a campaign only when told as going on (تشن هجوما، القصف المستمر)
_ONE_ACT_NOUN = re.compile(r"^[وفب]?(?:ال)?(?:هجوم|هجوما|عملية|قصف)(?!\w)")
_GOING_ON = re.compile(
    r"(?<!\w)(?:[وف]?(?:تشن|يشن|تخوض|يخوض|تواصل|يواصل)\w*|ال(?:مستمر|متواصل|دائر|جاري)ة?|مستمر|متواصل)(?!\w)"
)
_PAST_ACT = re.compile(r"(?<!\w)(?:قد|وقع|وقعت|نفذ\w*|استهدف\w*)(?!\w)")
# a toll stated for one day (اليوم، أمس، في يوم واحد) that is not a count brought up to date (حصيلة، ارتفع، بلغ):
# a date or a war elsewhere in its sentence («الخاضعة للفصائل منذ مارس»، «جريمة حرب») makes it no running total
_ONE_DAY = re.compile(r"(?<!\w)(?<!ذلك\s)(?<!ذات\s)(?:[وف]?(?:اليوم|أمس|امس|الليلة)|يوم\s+واحد)(?!\w)")
_UPDATED = re.compile(r"حصيلة|حصيله|ارتفع|ارتفعت|بلغ|بلغت|إجمالي|اجمالي")
# «البيان 28 للعملية، التي ينفذها منذ فبراير الماضي، معلنا مقتل 52»: a since-date in a relative clause (التي/الذي
# + a verb and up to two words) that the sentence closes with a comma before its toll dates the noun the clause
# describes, not the toll; unless what follows says the toll is that noun's (أسفرت عن، أدت إلى، خلفت، حصيلتها)
_IN_A_RELATIVE = re.compile(r"(?:^|\s)[،,]?\s*(?:التي|الذي|اللتين|اللذين|الذين)\s+(?:\S+\s+){1,3}$")
_CLAUSE_END = re.compile(r"[،,]")
_DEATH = re.compile(r"(?<!\w)[وفبل]?(?:مقتل|قتل|قتلت|قتلوا|مصرع|استشهاد|قتلى|القتلى|قتيلا|ضحايا|الضحايا)(?!\w)")
_ITS_TOLL = re.compile(
    r"أسفر|اسفر|أدى|ادى|أدت|ادت|خلف|خلفت|حصيلت|أودى|اودى|أودت|اودت"
    # «والحملة، التي يشنها الجيش منذ فبراير، قتل خلالها 300»: a pronoun back to the noun the clause describes
    r"|(?<!\w)(?:في|خلال|بسبب|جراء|جرّاء|إثر|اثر)(?:ها|ه)(?!\w)"
)


def split_statements(incidents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events of ACLED's types, statements): statements are shown in their own table, not among ACLED types."""
    statement = incidents["event_type"].fillna("").astype(str).eq(STATEMENT)
    return incidents[~statement], incidents[statement]


def stated_years(sentence: object) -> list[int]:
    """The years written in a sentence (Western or Arabic-Indic digits, 1900-2099), birth years left out."""
    if not isinstance(sentence, str):
        return []
    return [
        int(m.group(1).translate(_DIGITS))
        for m in _YEAR.finditer(sentence)
        if not _BORN.search(sentence[max(0, m.start() - 20) : m.start()])
    ]


def told_as_history(sentences: pd.Series, article_years: pd.Series) -> pd.Series:
    """Whether each event's sentence states a year older than its article's year - 1 (a past event told as
    background: the table may still date it at the article)."""
    flags = [
        pd.notna(year) and any(y < int(year) - 1 for y in stated_years(sentence))
        for sentence, year in zip(sentences, article_years, strict=True)
    ]
    return pd.Series(flags, index=sentences.index, dtype=bool)


def _an_act_ago(sentence: str, m: re.Match) -> bool:
    """Whether a ``_CAMPAIGN_FOR`` match tells one act some days ago (هجوم ... منذ يومين قد أسفر، الهجوم الذي وقع منذ):
    a past act's verb in the span or before the toll, or a single-act noun not told as going on (تشن هجوما)."""
    span = sentence[m.start() : m.end()]
    death = _DEATH.search(sentence[m.end() :]) or _ITS_TOLL.search(sentence[m.end() :])
    before_toll = sentence[m.end() : m.end() + death.start()] if death else ""
    if _PAST_ACT.search(span) or _PAST_ACT.search(before_toll):
        return True
    going_on = _GOING_ON.search(sentence[max(0, m.start() - 20) : m.end()])
    return bool(_ONE_ACT_NOUN.match(span.strip())) and not going_on


def running_totals(sentences: pd.Series, fatalities: pd.Series) -> pd.Series:
    """Whether each event with stated deaths is a running total: its sentence counts since a start (منذ بدء،
    منذ اندلاع، منذ مطلع, not «الأعنف منذ بدء الحرب»), over a stretch of time (منذ 19 أبريل، بحلول فبراير، القصف
    المستمر منذ أيام، خلال الفترة ذاتها، في الأيام العشرة الأخيرة) or, for a toll of ``WAR_TOLL`` or more, over the
    war (في الحرب، أدت الحرب إلى، بسبب المعارك)."""
    dead = pd.to_numeric(fatalities, errors="coerce")
    flags = []
    for sentence, count in zip(sentences, dead, strict=True):
        if not isinstance(sentence, str) or pd.isna(count) or count <= 0:
            flags.append(False)
            continue
        since = any(not _SUPERLATIVE.search(sentence[: m.start()]) for m in _SINCE_START.finditer(sentence)) or any(
            not _SUPERLATIVE.search(sentence[: m.start()]) and not _day_first(sentence[: m.start()])
            for m in _SINCE_BEGAN.finditer(sentence)
        )
        one_day = bool(_ONE_DAY.search(sentence)) and not _UPDATED.search(sentence)
        stretch = not one_day and any(
            not _SUPERLATIVE.search(sentence[: m.start()]) and not _dates_the_noun(sentence, m)
            for m in _OVER_A_STRETCH.finditer(sentence)
        )
        stretch = stretch or (
            not one_day
            and any(
                not _SUPERLATIVE.search(sentence[: m.start()])
                and not _dates_the_noun(sentence, m)
                and not _day_first(sentence[: m.start()])
                for m in _DAYS_OR_BEGAN.finditer(sentence)
            )
        )
        stretch = stretch or (
            not one_day
            and any(
                (_DEATH.search(sentence[m.end() :]) or _ITS_TOLL.search(sentence[m.end() :]))
                and not _SUPERLATIVE.search(sentence[: m.start()])
                and not _an_act_ago(sentence, m)
                for m in _CAMPAIGN_FOR.finditer(sentence)
            )
        )
        war = not one_day and any(
            not _SUPERLATIVE.search(sentence[: m.start()]) for m in _IN_THE_WAR.finditer(sentence)
        )
        a_day = bool(_ONE_DAY.search(sentence) or _WEEKDAY.search(sentence))
        so_far = not a_day and any(
            not _SUPERLATIVE.search(sentence[: m.start()])
            for m in [*_SO_FAR.finditer(sentence), *_SINCE_ITS_START.finditer(sentence)]
        )
        flags.append(since or stretch or so_far or (count >= WAR_TOLL and war))
    return pd.Series(flags, index=sentences.index, dtype=bool)


def _day_first(before: str) -> bool:
    """Whether a toll stated before a since-verb, a count of days or a start date names its own day (a weekday,
    اليوم، أمس) and is no count brought up to date: «قتل 7 الخميس ... بعد 10 أيام من الانتخابات» is Thursday's."""
    return bool(_DEATH.search(before) and (_WEEKDAY.search(before) or _ONE_DAY.search(before))) and not (
        _UPDATED.search(before)
    )


def _dates_the_noun(sentence: str, match: re.Match) -> bool:
    """Whether a since-date stands in a relative clause before the toll: «العملية، التي ينفذها منذ فبراير، معلنا
    مقتل 52» (the clause closes with a comma, the toll comes after it, and nothing after says it is the toll of
    what the clause describes), or the toll before the clause names its weekday («قتل أربعة الجمعة ... الاحتجاج
    التي يقومون بها منذ 30 مارس»). «قتل 50 في المعارك التي تدور منذ مارس» keeps its منذ: a toll of the battles."""
    relative = _IN_A_RELATIVE.search(sentence[: match.start()])
    if not relative:
        return False
    before = sentence[: match.start()]
    if _WEEKDAY.search(before[: relative.start()]) and not _UPDATED.search(sentence):
        return True  # «قتل أربعة ... الجمعة في غزة حيث يواصلون الاحتجاج الذي يقومون به منذ 30 مارس»: the day's toll
    close = _CLAUSE_END.search(sentence, match.end())
    if close is None or _DEATH.search(before) or _DEATH.search(sentence[match.end() : close.start()]):
        return False
    after = sentence[close.end() :]
    return bool(_DEATH.search(after)) and not _ITS_TOLL.search(after)


@dataclass
class Scope:
    """The events drawn (``shown``), and how many were left out of the charts: dated outside the articles'
    window (``outside``), or inside it but told as history (``history``) or a running total (``totals``)."""

    shown: pd.DataFrame
    outside: int
    history: int
    totals: int = 0

    @property
    def left_out(self) -> int:
        """Every event not drawn: outside the window, told as history or a running total."""
        return self.outside + self.history + self.totals


def scope(incidents: pd.DataFrame, articles: pd.DataFrame, sentences: SentenceIndex | None = None) -> Scope:
    """The events of the articles' window that are not told as history (``articles``: article_id, dct, text;
    ``sentences``: the report's sentence index, when it has one)."""
    inside, outside = in_window(incidents, articles["dct"])
    if inside.empty:
        return Scope(inside, outside, 0)
    index = sentences if sentences is not None else SentenceIndex(articles)
    located = attach_sentences(inside, index)
    dates = pd.to_datetime(articles.set_index("article_id")["dct"], utc=True, errors="coerce")
    years = inside["article_id"].map(dates.dt.year)
    history = told_as_history(located["sentence"], years)
    fatalities = inside["fatalities"] if "fatalities" in inside.columns else pd.Series(pd.NA, index=inside.index)
    totals = running_totals(with_toll_sentence(located, index), fatalities) & ~history
    return Scope(inside[~history & ~totals], outside, int(history.sum()), int(totals.sum()))


def with_toll_sentence(located: pd.DataFrame, index: SentenceIndex) -> pd.Series:
    """Each event's sentence, followed by the sentence its stated toll was read from when that is another one
    (extraction may take a toll from the next sentence: «... قصفوا مسار القوافل. وقتل 568 شخصا على الأقل في
    الأيام العشرة الأخيرة»), so a running total is judged on the words that state it."""
    if "fatalities_text" not in located.columns:
        return located["sentence"]
    sentences = located["sentence"].tolist()
    out = list(sentences)
    wanted: list[tuple[int, object, int]] = []
    for i, (article_id, toll, sentence, start) in enumerate(
        zip(located["article_id"], located["fatalities_text"], sentences, located["sentence_start"], strict=True)
    ):
        if not isinstance(toll, str) or not toll.strip() or not isinstance(sentence, str) or toll in sentence:
            continue
        text = str(index.texts.get(article_id, ""))
        after = text.find(toll, int(start) if pd.notna(start) else 0)
        where = after if after >= 0 else text.find(toll)
        if where >= 0:
            wanted.append((i, article_id, where))
    if wanted:
        tolls = attach_sentences(
            pd.DataFrame({"article_id": [a for _, a, _ in wanted], "start": [w for _, _, w in wanted]}), index
        )
        for (i, _, _), toll_sentence in zip(wanted, tolls["sentence"], strict=True):
            if isinstance(toll_sentence, str) and toll_sentence:
                out[i] = f"{sentences[i]} {toll_sentence}"
    return pd.Series(out, index=located.index)
