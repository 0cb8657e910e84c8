"""Who each stated event belongs to, and the stated sequence of a topic.

Actors: the speaker of the statement (``quotes``), else the first actor of the sentence (``actors``), joined on
(article_id, sentence_id). Sequence: the dated steps the articles report about a topic (launch, phases, entries,
deaths, arrests, completion), each with its sources; an article whose date for a step differs from the date most
articles give is flagged. Rules on the normalised sentence, nearest step word to each dated expression."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import pandas as pd

from helpers.extract.events import EVENT_COLUMNS
from helpers.report.language import words
from helpers.report.stepmood import strikes_waged, unrealised
from helpers.report.timecharts import NO_ACTOR, mod_days
from helpers.report.timelines import another_occurrence, topic_pattern
from helpers.report.timewords import value_in_words
from helpers.report.topicplaces import elsewhere, names_the_place, topic_mentions
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters


def actor_label(canonical: object, english: object) -> str:
    """An actor as the reader sees it: Arabic and English (``REPORT_LANGUAGE``), or "(no actor)"."""
    arabic = "" if canonical is None or canonical != canonical else str(canonical).strip()
    gloss = "" if english is None or english != english else str(english).strip()
    if not arabic and not gloss:
        return words(NO_ACTOR)
    return words((arabic or gloss, gloss if gloss != arabic else ""))


def _first_per_sentence(frame: pd.DataFrame, order: str) -> pd.DataFrame:
    """The first row of each (article_id, sentence_id) by ``order``."""
    return frame.sort_values(["article_id", "sentence_id", order], kind="stable").drop_duplicates(
        ["article_id", "sentence_id"]
    )


def event_actors(events: pd.DataFrame, quotes: pd.DataFrame, actors: pd.DataFrame) -> pd.DataFrame:
    """``events`` with the actor each row belongs to: ``actor_id``, ``actor``, ``actor_english``, ``actor_from``
    (``speaker``: the linked speaker of the sentence's statement; ``sentence``: the sentence's first actor that is
    not a nationality; ``""``: none) and ``actor_label`` (Arabic and English, for charts)."""
    keys = ["article_id", "sentence_id"]
    out = events.copy()
    columns = ["actor_id", "actor", "actor_english", "actor_from"]
    found = pd.DataFrame(columns=[*keys, *columns])
    if not quotes.empty and "speaker_id" in quotes:
        linked = quotes[quotes["speaker_id"].fillna("").astype(str) != ""]
        speakers = _first_per_sentence(linked, "start")[[*keys, "speaker_id", "speaker_canonical", "speaker_english"]]
        found = speakers.set_axis([*keys, "actor_id", "actor", "actor_english"], axis=1).assign(actor_from="speaker")
    if not actors.empty:
        named = actors[actors["type"] != "nationality"]
        first = _first_per_sentence(named, "start")[[*keys, "actor_id", "canonical", "english"]]
        first = first.set_axis([*keys, "actor_id", "actor", "actor_english"], axis=1).assign(actor_from="sentence")
        found = pd.concat([found, first], ignore_index=True).drop_duplicates(keys)  # a speaker first
    if out.empty:
        return out.assign(**{c: pd.Series(dtype=object) for c in [*columns, "actor_label"]})
    out = _reconciled_speakers(out, quotes)
    found["sentence_id"] = found["sentence_id"].astype("int64")
    out = out.drop(columns=[c for c in columns if c in out]).merge(found, on=keys, how="left")
    out[columns] = out[columns].fillna("")
    out["actor_label"] = [actor_label(a, e) for a, e in zip(out["actor"], out["actor_english"], strict=True)]
    return out


def _reconciled_speakers(events: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """``events`` with each row's ``speaker`` the one the quotes table settled for its sentence's first statement
    (the events table keeps the speaker as attribution first wrote it: "قد قال الأحد" with no name after the verb
    took the speaker before it; the quotes table has the subject written before the verb, as the actor does)."""
    if quotes.empty or "speaker" not in quotes or "speaker" not in events:
        return events
    keys = ["article_id", "sentence_id"]
    settled = _first_per_sentence(quotes, "start")[[*keys, "speaker"]].rename(columns={"speaker": "settled"})
    settled["sentence_id"] = settled["sentence_id"].astype("int64")
    out = events.merge(settled, on=keys, how="left")
    has = out["settled"].notna() & (out["speaker"].fillna("").astype(str) != "")
    out.loc[has, "speaker"] = out.loc[has, "settled"]
    return out.drop(columns="settled")


@dataclass(frozen=True)
class Step:
    """A kind of step in a stated sequence: its words, its pattern (a regex on normalised text, where ``{topic}``
    stands for the topic) and whether a topic has one (``single``: a launch, a phase, a completion, whose dates
    can disagree) or many (deaths, arrests, entries)."""

    name: str
    label: tuple[str, str]
    pattern: str
    single: bool


def _words_re(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![{AR}])[وفبل]?(?:{body})(?![{AR}])")


@functools.cache
def step_pattern(pattern: str, topic: str) -> re.Pattern[str]:
    """A step's pattern for one topic (the topic normalised, with up to two clitics)."""
    topic_re = rf"[وفبلك]{{0,2}}{re.escape(normalize_letters(topic))}"
    return _words_re(pattern.replace("{topic}", topic_re))


# توقيف/أوقف stops a thing as well as detaining a person: أوقفت (القوات) إطلاق النار، توقيف العمليات is a halt
_HALTED = (
    r"(?!(?:\s+\S+){0,2}\s+(?:اطلاق\s+النار|القتال|القصف|المعارك|العمليات|عملياتها|الهجوم|هجومها|الزحف|التقدم"
    r"|تقدمها))"
)
# words launched that are no operation: إطلاق مزاعم، أطلق تصريحات، أطلقت نداء (a claim, a statement, an appeal)
# «أطلقت قوات الأمن العراقية الأربعاء النار»: fire or a release a few words after the verb (its subject between)
# nor rockets, shells, balloons, kites or sirens: أطلقت الفصائل صواريخ، إطلاق عشرات الطائرات الورقية، صفارات
_FIRED = r"(?:ال)?(?:صاروخ|صواريخ|قذيفه|قذائف|بالون|بالونات|صفارات|طائرات\s+(?:ال)?ورقيه)"
_FIRE_LATER = r"(?:\s+\S+){1,4}\s+(?:النار|سراح|" + _FIRED + r")(?![\w])"
_SAID = (
    r"مزاعم|المزاعم|اتهامات|الاتهامات|تصريحات|التصريحات|تهديدات|التهديدات|نداء|نداءات|النداء|دعوه|دعوات|الدعوه"
    r"|تحذيرات"
)
_NOT_LAUNCHED = r"(?!\s+(?:النار|سراح|عليه|عليها|(?:عشرات|مئات|وابل)\s+|" + _SAID + "|" + _FIRED + r"))"
_LATER = "(?!" + _FIRE_LATER + ")"  # for the verbs only: «إطلاق عملية ... لوقف إطلاق النار» is still a launch
ORDINAL_PHASES = {"الاولي": "1", "الثانيه": "2", "الثالثه": "3", "الرابعه": "4", "الاخيره": "last", "النهائيه": "last"}
STEPS = (
    Step(
        "phase",
        ("مرحلة", "phase"),
        r"المرحله\s+(?P<n>" + "|".join(ORDINAL_PHASES) + ")",
        True,
    ),
    Step(
        "launch",
        ("انطلاق", "launch"),
        r"انطلاق|انطلقت|انطلق|اطلاق"
        + _NOT_LAUNCHED
        + "|اطلق"
        + _NOT_LAUNCHED
        + _LATER
        + "|اطلقت"
        + _NOT_LAUNCHED
        + _LATER
        + r"|بدء|بدات|بدا|شن|شنت|يشن|تشن",
        True,
    ),
    Step(
        "completion",
        ("اكتمال أو تحرير", "completion"),
        # the whole topic, not a district of it: تحرير درنة بالكامل، السيطرة الكاملة على مدينة درنة
        # (not the operation's name: عملية لتحرير درنة، معركة تحرير درنة; a liberation in quotes is one declared)
        r'(?:(?:اعلن|اعلنت|اعلان|اتمام|اكتمال)\s+(?:عن\s+)?"?تحرير"?|"تحرير"|تحررت|تحرر|حرر|يحرر)\s+(?:مدينه\s+)?"?{topic}"?'
        r"|{topic}\s+بالكامل|(?:انتهاء|انتهت|انهاء|اختتام)\s+"
        r"(?:العمليه|العمليات|المعركه|معركه)|(?:السيطره|سيطرته|سيطرتها)(?:\s+(?:الكامله|التامه))?\s+علي\s+"
        r"(?:كامل\s+)?(?:مدينه\s+)?{topic}",
        True,
    ),
    Step("entry", ("دخول", "entry"), r"دخول|دخلت|دخل|اقتحام|اقتحمت|اقتحم|توغل|توغلت", False),
    Step("deaths", ("قتلى", "deaths"), r"مقتل|قتل|قتلت|مصرع|حتفه|حتفهم|قتلي|اغتيال|استشهاد", False),
    Step(
        "arrest", ("اعتقال", "arrest"), rf"اعتقال|اعتقل|اعتقلت|القبض|قبض|(?:توقيف|اوقفت|اوقف){_HALTED}|اسر|اسرت", False
    ),
)
STEP_DISTANCE = 80  # a dated expression belongs to the nearest step word at most this many characters away
_OPERATION = _words_re(r"عمليه|العمليه|العمليات|حمله|الحمله|معركه|المعركه|هجوم|الهجوم|القوات|قوات|الجيش")
_DATED = re.compile(r"\d{4}-(?:\d\d(?:-\d\d)?|W\d\d)(?:T.*)?")  # a day, a week or a month: precise enough
STEP_COLUMNS = [
    "step",
    "step_label",
    "date",
    "end",
    "stated",
    "time_value",
    "in_words",
    "article_id",
    "outlet",
    "dct",
    "status",
    "speaker",
    "actor",
    "sentence",
    "sentence_start",
    "time_start",
    "time_end",
]

_ANNIVERSARY = _words_re(r"ذكري|الذكري|ذكراه|ذكراها")  # بالذكرى الرابعة لانطلاق: a launch years before
_AS_SAID = rf"(?!\s+(?:افاد|ذكر|قال|اعلن|اكد|اوضح|اشار|نقل|ورد|في|هو|هي)ت?(?![{AR}]))"  # كما أفاد: "as ... said"
_OTHER_CLAUSE = _words_re(rf"بعد|قبل|كما{_AS_SAID}")  # "X on DATE, after a campaign ...", "X on DATE, كما Y": X's
ANNIVERSARY_WORDS = 3
_LAST_WORD = re.compile(r"\S+\s*$")


_TALLY_BOUND = re.compile(r"(?:منذ|حتي|حتى)\s+$")  # «ارتفع عدد القتلى منذ 8 يوليو إلى 11 حتى الأحد»: a tally's bounds


def _steps_in(sentence: str, topic: str) -> list[tuple[int, str, str]]:
    """(position, step key, step name) of every step word in a normalised sentence; a step word right after
    "the anniversary of" (الذكرى الرابعة لانطلاق) or after a modal or a threat (يمكن أن تشن) is left out."""
    found = []
    for step in STEPS:
        for match in step_pattern(step.pattern, topic).finditer(sentence):
            if _ANNIVERSARY.search(" ".join(sentence[: match.start()].split()[-ANNIVERSARY_WORDS:])):
                continue
            if unrealised(sentence, match.start()):
                continue  # a past verb (شنت، بدات، اطلقت) after «التي تهدد الملاحة» or «تستعد منذ اشهر» happened
            if step.name == "launch" and strikes_waged(sentence, match.start(), match.end()):
                continue
            key = step.name
            if step.name == "phase":
                key = f"phase {ORDINAL_PHASES[match['n']]}"
            found.append((match.start(), key, step.name))
    return found


OTHER_EVENT = _words_re(
    r"هجوم|هجمات|تفجير|تفجيرات|انفجار|اشتباكات|انقلاب|ثوره|سقوط|اتفاق|اتفاقيه|انتخابات|زياره|اجتماع|مؤتمر|قمه"
    r"|حادث|حادثه|مجزره|غاره|غارات|محاوله"
)
OTHER_EVENT_WORDS = 4  # a date right after "<another event> (في)" belongs to that event


def _dates_another_event(before: str, topic: str) -> bool:
    """Whether the words just before a date name another event (هجوم الواحات في أكتوبر 2017) and no step:
    the date is that event's, not a step's."""
    words_before = " ".join(before.split()[-OTHER_EVENT_WORDS:])
    return bool(OTHER_EVENT.search(words_before)) and not _steps_in(words_before, topic)


REPORTING = _words_re(
    r"اعلن|اعلنت|قال|قالت|اكد|اكدت|افاد|افادت|ذكر|ذكرت|صرح|صرحت|اوضح|اوضحت|اضاف|اضافت|كشف|كشفت|نقل|نقلت"
)
REPORTING_WORDS = 4  # a date within this many words after a reporting verb (أعلنت البحرية الليبية، الاثنين،)


def _dates_the_announcement(before: str, topic: str) -> bool:
    """Whether a date stands right after a reporting verb and its subject, no step word between them
    ("أعلنت البحرية الليبية، الاثنين، توقيف سفينة ... الأحد"): it may date the announcement, not the step."""
    words_before = " ".join(before.split()[-REPORTING_WORDS:])
    verbs = list(REPORTING.finditer(words_before))
    return bool(verbs) and not _steps_in(words_before[verbs[-1].end() :], topic)


def _announcement_dates(steps: pd.DataFrame, announced: list[bool]) -> pd.Series:
    """Which rows to drop: a step dated by its announcement's date when the same sentence also dates the same
    step by another expression (the step happened then; it was announced later)."""
    flags = pd.Series(announced, index=steps.index, dtype=bool)
    if steps.empty:
        return flags
    keys = [steps["article_id"], steps["sentence_start"], steps["step"]]
    other_dates = steps["date"].where(~flags).groupby(keys).transform("nunique")
    return flags & other_dates.gt(0)


PAST_DEEDS = _words_re(r"هجمات|عمليات|اعتداءات|جرائم|تفجيرات|اغتيالات")
LISTED = _words_re(r"من\s+بينها|ومن\s+بينها|منها|ابرزها|من\s+ابرزها|اخرها|اشهرها")


def _listed_past_deed(before: str) -> bool:
    """Whether a date stands in a list of past deeds (وراء عدة هجمات، من بينها استهداف ... في أكتوبر الماضي):
    background told of an actor, not a step of the topic."""
    listed = [m.start() for m in LISTED.finditer(before)]
    return bool(listed) and bool(PAST_DEEDS.search(before[: listed[-1]]))


def _source_and_actor(row: object) -> tuple[str, str]:
    """A step's source (the linked speaker of its statement, else the event's speaker as written) and its actor
    (the sentence's first actor when no speaker is linked): a group named in the sentence is not its source."""
    label = str(getattr(row, "actor_label", "") or "")
    if str(getattr(row, "actor_from", "") or "") == "speaker":
        return label, ""
    speaker = getattr(row, "speaker", "")
    speaker = "" if speaker is None or speaker != speaker else str(speaker)
    return speaker, label if getattr(row, "actor_from", "") == "sentence" else ""


def _other_clause(sentence: str, start: int, end: int, step_at: int) -> bool:
    """Whether "بعد", "قبل" or "كما" stands between a dated expression (``start``..``end``) and a step word at
    ``step_at``: "أعلن مساء الخميس تحرير المدينة بعد حملة انطلقت في ..." dates the announcement, not the launch."""
    # the word right before the expression is its own (بعد ظهر الاثنين، قبل يومين)
    between = sentence[end:step_at] if step_at >= end else _LAST_WORD.sub("", sentence[step_at:start])
    return bool(_OTHER_CLAUSE.search(between))


def stated_steps(
    events: pd.DataFrame,
    articles: pd.DataFrame,
    topic: str,
    window: tuple[pd.Timestamp, pd.Timestamp] | None = None,
    places: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The dated steps that articles mentioning ``topic`` report: one row per (article, sentence, step, date).

    A dated expression (a day, a week or a month; inside ``window`` when given) in a sentence that names the
    topic, or an operation (عملية، حملة، معركة، القوات...) and no place elsewhere (``places``: the store's
    places table, see :func:`elsewhere`), belongs to the nearest step word of its own clause (not past بعد/قبل,
    not after "the anniversary of"). ``mod`` (from ``times``, when the events carry it) narrows a month to its
    first, middle or last ten days. A date right after a reporting verb (أعلنت البحرية، الاثنين، توقيف ... الأحد)
    dates the announcement: it is left out when the sentence dates the same step by another expression.
    """
    mentions = topic_pattern(topic)
    away = elsewhere(places, topic)
    roles = topic_mentions(places, topic)
    about = {
        a
        for a, t in zip(articles["article_id"], articles["text"], strict=True)
        if mentions.search(normalize_letters(str(t)))
    }
    if events.empty or not about:
        return pd.DataFrame(columns=STEP_COLUMNS)
    dated = events[events["article_id"].isin(about) & events["start_date"].notna()]
    dated = dated[dated["time_value"].fillna("").astype(str).map(lambda v: bool(_DATED.fullmatch(v)))]
    if "role" in dated:
        dated = dated[dated["role"].fillna("event").isin(["event", ""])]
    if window is not None:
        dated = dated[pd.to_datetime(dated["start_date"]).between(*window)]
    rows, announced = [], []
    for row in dated.itertuples(index=False):
        sentence = normalize_letters(str(row.sentence))
        span = (int(row.sentence_start), int(row.sentence_start) + len(str(row.sentence)))
        named = names_the_place(sentence, span, roles.get(str(row.article_id), []), mentions)
        elsewhere_only = not _OPERATION.search(sentence) or any(
            span[0] <= at < span[1] for at in away.get(row.article_id, ())
        )
        if not named and elsewhere_only:
            continue
        at = int(row.time_start) - int(row.sentence_start)
        if _dates_another_event(sentence[:at], topic) or _listed_past_deed(sentence[:at]):
            continue
        end = int(row.time_end) - int(row.sentence_start)
        near = [
            (abs(pos - at), key, name)
            for pos, key, name in _steps_in(sentence, topic)
            if abs(pos - at) <= STEP_DISTANCE and not _other_clause(sentence, at, end, pos)
        ]
        if not near:
            continue
        phases = [n for n in near if n[2] == "phase"]  # "launched phase two": the phase, not the operation
        _, key, name = min(phases or near)
        if name in ("deaths", "arrest") and _TALLY_BOUND.search(sentence[:at]):
            continue  # a count since or up to a day (منذ 8 يوليو، حتى الأحد) is no day of deaths or arrests
        label = next(s.label for s in STEPS if s.name == name)
        mod = str(getattr(row, "mod", "") or "")
        start, end = mod_days(pd.Timestamp(row.start_date), pd.Timestamp(row.end_date), mod)
        number = key.partition(" ")[2]
        announced.append(_dates_the_announcement(sentence[:at], topic))
        rows.append(
            [
                key,
                words((f"{label[0]} {number}".strip(), f"{label[1]} {number}".strip())),
                start,
                end,
                row.time_text,
                row.time_value,
                value_in_words(row.time_value, row.time_type, mod),
                row.article_id,
                getattr(row, "outlet", ""),
                row.dct,
                row.status,
                *_source_and_actor(row),
                row.sentence,
                row.sentence_start,
                row.time_start,
                row.time_end,
            ]
        )
    steps = pd.DataFrame(rows, columns=STEP_COLUMNS)
    steps = steps[~_announcement_dates(steps, announced)]
    return steps.drop_duplicates(["article_id", "step", "date"]).sort_values(["date", "step"], ignore_index=True)


def single_step(key: str) -> bool:
    """Whether a topic has one such step (a launch, a phase, a completion) rather than many."""
    return next(s.single for s in STEPS if s.name == key.partition(" ")[0])


DATE_TOLERANCE_DAYS = 1  # a stated day this close to the date most articles give agrees with it
FLAG_COLUMNS = ["most_sources_date", "dating_articles", "agreeing_articles", "disagrees", "disagreement", "another"]


def _covers(row: pd.Series, day: pd.Timestamp, lone_day_exact: bool = False) -> bool:
    """Whether a stated step's days (with the tolerance) hold ``day``; ``lone_day_exact``: a day only itself."""
    end = row["end"] if pd.notna(row["end"]) else row["date"]
    tolerance = pd.Timedelta(days=0 if lone_day_exact and end <= row["date"] else DATE_TOLERANCE_DAYS)
    return row["date"] - tolerance <= day <= end + tolerance


def flag_disagreements(steps: pd.DataFrame) -> pd.DataFrame:
    """``steps`` with, for a step a topic has once (launch, phase, completion) dated by two articles or more:
    ``most_sources_date`` (the day most articles give; days before weeks and months, unless more articles' weeks
    or months hold another day than hold that one), how many articles date
    the step and how many agree, and ``disagrees`` with a sentence saying how (``disagreement``). With a tie
    there is no majority: every stated date not shared by all the tied days is flagged."""
    out = steps.assign(**dict(zip(FLAG_COLUMNS, [pd.NaT, 0, 0, False, "", False], strict=True)))
    for key, group in out.groupby("step"):
        articles = group["article_id"].nunique()
        if not single_step(key) or articles < 2:
            continue
        days = group[(group["end"].fillna(group["date"]) - group["date"]).dt.days == 0]
        pool = (days if not days.empty else group).drop_duplicates(["article_id", "date"])
        counts = pool.groupby("date")["article_id"].nunique().sort_values(ascending=False, kind="stable")
        tied = list(counts[counts == counts.iloc[0]].index)
        covering = {  # spans with the tolerance, a stated day only itself (13 June ×3 not outvoted by 14 June)
            d: group[[_covers(r, d, True) for _, r in group.iterrows()]]["article_id"].nunique() for d in group["date"]
        }
        if len(tied) == 1 and max(covering.values()) > covering[tied[0]]:  # «مطلع يوليو» ×2 against one «الجمعة»
            tied = [max(sorted(covering), key=lambda d: covering[d])]  # the day the most articles' spans hold
        for index, row in group.iterrows():
            agrees = all(_covers(row, day) for day in tied)
            out.loc[index, "dating_articles"] = articles
            if len(tied) == 1:
                out.loc[index, "most_sources_date"] = tied[0]
                agreeing = {a for i, a in group["article_id"].items() if _covers(group.loc[i], tied[0])}
                out.loc[index, "agreeing_articles"] = len(agreeing)
            if agrees:
                continue
            if len(tied) == 1 and another_occurrence(row, tied[0]):
                out.loc[index, "another"] = True  # told as the day's news, weeks later: another launch
                continue
            out.loc[index, "disagrees"] = True
            if len(tied) == 1:
                text = (
                    f"says {row['in_words']}; {out.loc[index, 'agreeing_articles']} of {articles} articles "
                    f"date it {tied[0].date()}"
                )
            else:
                text = f"says {row['in_words']}; no majority: others give " + ", ".join(
                    str(d.date()) for d in tied if not _covers(row, d)
                )
            out.loc[index, "disagreement"] = text
    return out


SEQUENCE_COLUMNS = ["date", "step_label", "in_words", "articles", "outlets", "sources", "named_actors", "disagreeing"]


def _joined(values: pd.Series, most: int = 5) -> str:
    """Distinct non-empty values, most frequent first, joined with " | "."""
    kept = values.fillna("").astype(str)
    kept = kept[kept != ""].value_counts()
    return " | ".join(kept.index[:most]) + (f" | +{len(kept) - most}" if len(kept) > most else "")


def sequence_table(flagged: pd.DataFrame) -> pd.DataFrame:
    """The stated sequence in date order: a step a topic has once is one row at the date most articles give (the
    articles that disagree named, with their dates), another of its kind one row per date; a step a topic has many
    times is one row per stated date. Sources: articles, outlets, speakers; actors: those the sentences name."""
    if flagged.empty:
        return pd.DataFrame(columns=SEQUENCE_COLUMNS)
    rows = []
    for key, group in flagged.groupby("step"):
        another = group["another"] if "another" in group else pd.Series(False, index=group.index)
        agreeing = group[~group["disagrees"] & ~another]
        if single_step(key) and not agreeing.empty:
            parts, against = [agreeing], group[group["disagrees"]]
            parts += [g.assign(most_sources_date=pd.NaT) for _, g in group[another].groupby("date")]
        else:
            parts, against = [g for _, g in group.groupby("date")], group.iloc[0:0]
        for part in parts:
            dated = part["most_sources_date"].dropna()
            first = part.sort_values("date").iloc[0]
            if not dated.empty and (part["date"] == dated.iloc[0]).any():
                first = part[part["date"] == dated.iloc[0]].iloc[0]  # the words of the date most articles give
            rows.append(
                {
                    "date": dated.iloc[0] if not dated.empty else first["date"],
                    "step_label": first["step_label"],
                    "in_words": first["in_words"],
                    "articles": part["article_id"].nunique(),
                    "outlets": _joined(part["outlet"]),
                    "sources": _joined(part["speaker"]),
                    "named_actors": _joined(part["actor"]),
                    "disagreeing": " | ".join(
                        f"{a} ({w})" for a, w in zip(against["article_id"], against["in_words"], strict=True)
                    )
                    if not part.get("another", pd.Series(dtype=bool)).any()
                    else "",
                }
            )
    return pd.DataFrame(rows, columns=SEQUENCE_COLUMNS).sort_values("date", kind="stable", ignore_index=True)


def stated_events(events: pd.DataFrame, articles: pd.DataFrame, times: pd.DataFrame, quotes, actors) -> pd.DataFrame:
    """The events table as the timelines report reads it: with the article's outlet, the TIMEX ``mod`` (from
    ``times``), the value in words (``in_words``) and the actor of each row (:func:`event_actors`)."""
    if "article_id" not in events:  # a store table with no rows may come without its columns
        events = events.reindex(columns=list(dict.fromkeys([*events.columns, *EVENT_COLUMNS]))).astype(object)
    out = events.merge(articles[["article_id", "outlet"]], on="article_id", how="left")
    if not times.empty and "mod" in times:
        mods = times[["article_id", "start", "end", "mod"]].rename(columns={"start": "time_start", "end": "time_end"})
        out = out.merge(mods.drop_duplicates(["article_id", "time_start", "time_end"]), how="left")
    if "mod" not in out:
        out["mod"] = ""
    out["mod"] = out["mod"].fillna("")
    out["in_words"] = [
        value_in_words(v, k, m) for v, k, m in zip(out["time_value"], out["time_type"], out["mod"], strict=True)
    ]
    return event_actors(out, quotes, actors)
