"""What the event model reads of a candidate row: cues that should hold for any outlet and topic (no article,
outlet or story words). Each row of an article gets a vector of ``FEATURES`` (floats, mostly 0/1): its trigger's
class (event type, the table's action, noun or verb, generic or specific), cues around the trigger (negation,
denial, a condition or a possibility, a question, a quotation, a saying verb or a complementiser before it,
condemnation, a background-history cue), its date (stated or the article's, how far before the article), what
was found (actors resolved or mere fragments, persons, a place, a count of dead), where it stands (the first
sentences, its position), and how crowded the article is (rows in the sentence and the article, an earlier row of
the same type: a second mention, or of the same type, place and date: the same event told again; the article's
length in sentences: a long article holds more background; the article's first row of the type its title tells: the
news of the day; the share of sentences with a trigger word: is the article about conflict).

Every cue reads the normalised article text (``normalize_letters``: length-keeping, so row offsets hold).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

from helpers.extract.incidents.entering import FORCES_ENTERING
from helpers.extract.incidents.falling import FIRED_AT, PROJECTILE_FELL
from helpers.extract.incidents.reached import REACHED
from helpers.extract.incidents.scope import COLUMN
from helpers.extract.incidents.vocabulary import (
    CLAIM,
    COMPLEMENTISER,
    DENIAL,
    Trigger,
    bare,
    trigger_regex,
    trigger_table,
)
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

EVENT_TYPES = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
    "Strategic developments", "Statement",
)  # fmt: skip
NEGATION = re.compile(rf"(?<![{AR}])(?:لم|لن|لا|ما|دون|عدم|بدون|غير|ليس|ليست)(?![{AR}])")
POSSIBLE = re.compile(
    rf"(?<![{AR}])[وف]?(?:قد|ربما|يمكن|يمكنه|يمكنها|محتمل|محتمله|المحتمل|يحتمل|احتمال|قادر|قادره|تهدد|يهدد|هدد|هددت"
    rf"|تهديد|خطر|مخاوف|خشيه|تحذير|حذر|حذرت|يحذر|تحذر|دعا|دعت|يدعو|تدعو|طالب|طالبت|يطالب|تطالب)(?![{AR}])"
)
CONDEMNED = re.compile(
    rf"(?<![{AR}])[وف]?(?:ادان|ادانت|يدين|تدين|ادانه|ندد|نددت|يندد|تندد|استنكر|استنكرت|شجب|شجبت|اعرب|اعربت|عزاء|تعازي"
    rf"|تعازيه|تضامن|ذكري|الذكري|احياء|ربط|يربط|علق|تعليق|رد|ردا)(?![{AR}])"
)
# Just before a trigger: the event as a time or a cause of another (منذ سيطرة الجيش، بعد اعتقاله، إثر الهجوم).
SINCE_AFTER = re.compile(
    rf"(?<![{AR}])[وف]?(?:منذ|بعد|اثر|عقب|اعقاب|جراء|بسبب|نتيجه|قبل|خلال|اثناء|ابان|حين|عندما|لدي)\s+(?:[{AR}]+\s+)?$"
)
# Just before a noun trigger: a word about the event (أنباء القبض، خبر اعتقال، حالة اعتقال، عقوبات على من شن هجمات).
ABOUT_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:انباء|نبا|خبر|اخبار|تقارير|تقرير|حالات|حاله|قضيه|ملف|سلسله|صور|فيديو|قانون|عقوبات"
    rf"|تهمه|اتهامات|رواية|روايه|ادعاءات|مزاعم|شائعات|ضحايا|ذكري)\s+(?:[{AR}]+\s+)?$"
)
# Before a trigger in its clause: a relative pronoun, a purpose or a past perfect (كان قد، التي شنت، لحث على).
FRAMED_BEFORE = re.compile(
    rf"(?<![{AR}])(?:الذي|التي|الذين|اللذين|اللتين|كان|كانت|كانوا|بهدف|لحث|كي|لكي|من اجل|يريد|تريد|يسعي|تسعي)(?![{AR}])"
    rf"[^،.:]{{0,25}}$"
)
BACKGROUND = re.compile(
    rf"(?<![{AR}])(?:منذ عام|منذ العام|منذ [0-9]{{4}}|خلال الحرب|ابان|ابّان|سبق ان|سبق ل|سبق وان|في عام [0-9]{{4}}"
    rf"|عام [0-9]{{4}}|في العام الماضي|العام الماضي|قبل سنوات|قبل [0-9]+ (?:سنوات|اعوام|عاما|سنه)|انذاك|في ذلك الوقت"
    rf"|سابقا|في السابق|تاريخ|تاريخيا|الحرب الاهليه|منذ سنوات|طوال|علي مدي|علي مدار)(?![{AR}])"
)
QUOTE_MARKS = re.compile(r"[\"«»“”]")
_NEAR = 40  # characters before a trigger read for a near cue (negation, condemnation)
_STATUS = ("claimed", "denied", "planned")

_BASE = (
    # the trigger
    "noun", "generic", "specific", "statement",
    # cues around it
    "negated", "denial", "possible", "question", "in_quote", "after_saying", "complementiser", "condemned",
    "since_after", "about", "framed", "headline", "background",
    # its date
    "date_stated", "date_is_dct", "days_before_dct", "long_ago", "after_dct", "precision_day",
    # what was found
    "actor1", "actor1_resolved", "actor1_fragment", "actor1_person", "actor1_is_source", "actor2",
    "actor2_resolved", "actor2_fragment", "actor2_person", "assoc", "place", "place_resolved", "fatalities",
    "source_outlet",
    # where it stands, and the article
    "lead", "position", "rows_in_sentence", "rows_in_article", "earlier_same_type", "earlier_same_actor",
    "earlier_same_date", "earlier_same_event", "later_same_type", "type_share", "first_row", "types_in_article",
    "title_same_type", "title_same_action", "title_trigger", "title_first_row", "trigger_share", "sentence_words",
    "article_sentences",
    # how it is told (reported_as)
    *_STATUS,
)  # fmt: skip


def feature_names() -> list[str]:
    """Every feature's name, in the order of the vectors: the cues, then one per event type."""
    return [*_BASE, *(f"type={t}" for t in EVENT_TYPES)]


def trigger_of(surface: str, action: str) -> Trigger | None:
    """The table row of a row's trigger: by its form, else the first row of its action; None when neither."""
    table = trigger_table()
    key = " ".join(bare(normalize_letters(surface)).split())
    found = table.get(key) if key in dict.keys(table) else None
    return found or next((t for t in table.values() if t.action == action), None)


def trigger_share(article: Any) -> float:
    """The share of the article's body sentences holding a trigger word (is the article about conflict?)."""
    body = _body_start(article)
    sentences = [i for i, (s, e) in enumerate(article.sentences) if e > body]
    if not sentences:
        return 0.0
    table = trigger_table()
    words = (m for m in trigger_regex().finditer(article.norm, body) if table[m.group("form")].action_en not in FRAMED)
    hit = {article.sentence_of(m.start("form")) for m in words}
    return len(hit & set(sentences)) / len(sentences)


# Bare forms that tell an act only in their frame (وقعت ... على اتفاق، القوات ... دخلت): no trigger words by themselves.
FRAMED = frozenset({REACHED, FORCES_ENTERING, PROJECTILE_FELL, FIRED_AT})


def _body_start(article: Any) -> int:
    value = article.record.get("body_start") if hasattr(article.record, "get") else 0
    return 0 if value is None or (isinstance(value, float) and math.isnan(value)) else int(value)


def title_triggers(article: Any) -> list[Trigger]:
    """The trigger-table rows matched in the article's title (before its body): what the headline is about."""
    table = trigger_table()
    found = (table[m.group("form")] for m in trigger_regex().finditer(article.norm, 0, _body_start(article)))
    return [trigger for trigger in found if trigger.action_en not in FRAMED]


def article_features(article: Any, rows: Sequence[tuple]) -> list[list[float]]:
    """The feature vector (``feature_names``) of each of an article's rows."""
    share = trigger_share(article)
    persons = {m.canonical or m.surface for _, m in article.actors if m.type == "person"}
    first = article.sentence_of(_body_start(article))
    title = title_triggers(article)
    return [row_features(article, row, rows, (share, persons, first, title)) for row in rows]


def row_features(article: Any, row: tuple, rows: Sequence[tuple], known: tuple) -> list[float]:
    """One row's vector: ``known`` is (the trigger share, the article's person names, its first body sentence,
    the title's triggers)."""
    share, persons, first, title = known
    c = COLUMN
    norm, start = article.norm, int(row[c["start"]])
    sid = int(row[c["sentence_id"]])
    s, e = article.sentences[sid] if article.sentences and sid < len(article.sentences) else (0, len(norm))
    trigger = trigger_of(str(row[c["trigger"]]), str(row[c["action"]]))
    priority = trigger.priority if trigger else 1
    before, near = norm[s:start], norm[max(s, start - _NEAR) : start]
    event_type, actor1, actor2 = row[c["event_type"]], row[c["actor1"]] or "", row[c["actor2"]] or ""
    days = _days_before(row[c["event_date"]], article.dct)
    same = [r for r in rows if r[c["event_type"]] == event_type and int(r[c["start"]]) < start]
    values = {
        "noun": float(bool(trigger) and trigger.pos == "noun"),
        "generic": float(priority == 1),
        "specific": float(priority >= 3),
        "statement": float(priority == 0),
        "negated": float(bool(NEGATION.search(near))),
        "denial": float(bool(DENIAL.search(norm, s, e))),
        "possible": float(bool(POSSIBLE.search(near))),
        "question": float("؟" in norm[s:e]),
        "in_quote": float(len(QUOTE_MARKS.findall(before)) % 2 == 1),
        "after_saying": float(bool(CLAIM.search(before))),
        "complementiser": float(bool(COMPLEMENTISER.search(before))),
        "condemned": float(bool(CONDEMNED.search(near))),
        "since_after": float(bool(SINCE_AFTER.search(norm, max(s, start - 25), start))),
        "about": float(bool(ABOUT_BEFORE.search(norm, max(s, start - 25), start))),
        "framed": float(bool(FRAMED_BEFORE.search(norm, max(s, start - 40), start))),
        "headline": float(len(norm[s:e].split()) < 6 or ":" in before),
        "background": float(bool(BACKGROUND.search(norm, s, e))),
        "date_stated": float(bool(row[c["date_text"]])),
        "date_is_dct": float("article's date" in str(row[c["date_note"]] or "")),
        "days_before_dct": math.log1p(max(days, 0)) if days is not None else 0.0,
        "long_ago": float(days is not None and days > 30),
        "after_dct": float(days is not None and days < 0),
        "precision_day": float(row[c["time_precision"]] == 1),
        "actor1": float(bool(actor1)),
        "actor1_resolved": float(bool(row[c["actor1_en"]])),
        "actor1_fragment": float(bool(actor1) and not row[c["actor1_en"]]),
        "actor1_person": float(actor1 in persons),
        "actor1_is_source": float(bool(actor1) and actor1 == row[c["source"]]),
        "actor2": float(bool(actor2)),
        "actor2_resolved": float(bool(row[c["actor2_en"]])),
        "actor2_fragment": float(bool(actor2) and not row[c["actor2_en"]]),
        "actor2_person": float(actor2 in persons),
        "assoc": float(bool(row[c["assoc_actor_1"]])),
        "place": float(bool(row[c["location"]])),
        "place_resolved": float(row[c["latitude"]] is not None and not pd.isna(row[c["latitude"]])),
        "fatalities": float(row[c["fatalities"]] is not None and not pd.isna(row[c["fatalities"]])),
        "source_outlet": float(row[c["source_kind"]] == "outlet"),
        "lead": float(sid - first <= 1),
        "position": min(max(sid - first, 0) / max(len(article.sentences) - first, 1), 1.0),
        "rows_in_sentence": float(sum(int(r[c["sentence_id"]]) == sid for r in rows) - 1),
        "rows_in_article": math.log1p(len(rows)),
        "earlier_same_type": float(bool(same)),
        "earlier_same_actor": float(any(actor1 and r[c["actor1"]] == actor1 for r in same)),
        "earlier_same_date": float(any(r[c["event_date"]] == row[c["event_date"]] for r in same)),
        "earlier_same_event": float(any(_same_event(r, row) for r in same)),
        "later_same_type": float(any(r[c["event_type"]] == event_type and int(r[c["start"]]) > start for r in rows)),
        "type_share": sum(r[c["event_type"]] == event_type for r in rows) / len(rows),
        "first_row": float(all(int(r[c["start"]]) >= start for r in rows)),
        "types_in_article": float(len({r[c["event_type"]] for r in rows}) - 1),
        "title_same_type": float(any(t.event_type == event_type for t in title)),
        "title_same_action": float(any(t.action == row[c["action"]] for t in title)),
        "title_trigger": float(bool(title)),
        "title_first_row": float(
            all(int(r[c["start"]]) >= start for r in rows) and any(t.event_type == event_type for t in title)
        ),
        "trigger_share": share,
        "sentence_words": math.log1p(len(norm[s:e].split())),
        "article_sentences": math.log1p(len(article.sentences)),
    }
    for status in _STATUS:
        values[status] = float(row[c["reported_as"]] == status)
    out = [values[name] for name in _BASE]
    out += [float(event_type == t) for t in EVENT_TYPES]
    return out


def _same_event(earlier: tuple, row: tuple) -> bool:
    """Whether an earlier row of the same type has the row's place and date (both may be empty): the same event
    told again."""
    c = COLUMN
    return earlier[c["location"]] == row[c["location"]] and earlier[c["event_date"]] == row[c["event_date"]]


def _days_before(event_date: Any, dct: Any) -> int | None:
    """Days from the event's date to the article's (negative: after it); None when either is missing."""
    if event_date is None or dct is None or pd.isna(event_date):
        return None
    return (pd.Timestamp(dct) - pd.Timestamp(event_date).normalize()).days
