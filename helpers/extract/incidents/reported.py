"""An act dated by the day it was reported: a lead that tells an act with the day of its report (أفاد مصدر، أمس،
بمقتل 18 مسلحا؛ قتل عشرة صيادين، على ما أفاد مسؤول الخميس), or with no day at all (dated by the article's date),
and a later sentence that tells the same act on its own day, a day to three before (مواجهات اندلعت مساء الخميس).
``retold`` folds the two into the lead's row, dated by the later sentence's day.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.extract.incidents.scope import COLUMN
from helpers.extract.incidents.timecues import DCT_NOTE
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

# A verb or a phrase of reporting (افاد، قال، ذكرت، اعلن، نقلت، بحسب، وفق ما، على ما).
_REPORT = re.compile(
    rf"(?<![{AR}])[وف]?(?:افاد|افادت|قال|قالت|ذكر|ذكرت|اعلن|اعلنت|اكد|اكدت|نقل|نقلت|اورد|اوردت|بحسب|حسب|حسبما"
    rf"|وفق\s+ما|علي\s+ما|كما\s+(?:افاد|افادت|ذكر|ذكرت))(?![{AR}])"
)
_REPORT_CHARS = 60
# A total over a span (خلال أسبوع من الغارات، منذ مارس، على مدى أيام): the aggregate, never one day's act.
_SPAN = re.compile(
    rf"(?<![{AR}])(?:منذ|(?:خلال|طوال|طيله|علي\s+مدي|علي\s+مدار)\s+(?:ال)?(?:[{AR}]+\s+)?"
    rf"(?:اسبوع|اسبوعين|اسابيع|ايام|يومين|شهر|شهرين|اشهر|الاسبوع|الشهر))(?![{AR}])"
)
REPORT_DAYS = 3  # a report comes at most this many days after the act it tells
_LEAD_OR_DCT = ("date: the article's date", "date: the day the article's lead tells of")


def report_day(row: tuple) -> bool:
    """Whether a row is dated by the day of its report: its date's words stand after a verb of reporting told
    within ``_REPORT_CHARS`` before them, and that verb stands before the trigger (أفاد مصدر، أمس، بمقتل) or
    between the trigger and the date (قتل عشرة، على ما أفاد مسؤول الخميس); not when the sentence tells a total
    over a span (``_SPAN``: خلال أسبوع من الغارات)."""
    sentence = normalize_letters(row[COLUMN["notes"]] or "")
    written, trigger = (
        normalize_letters(row[COLUMN["date_text"]] or ""),
        normalize_letters(row[COLUMN["trigger"]] or ""),
    )
    at, point = sentence.find(written) if written else -1, sentence.find(trigger) if trigger else -1
    if at < 0 or point < 0 or _SPAN.search(sentence):
        return False
    verbs = list(_REPORT.finditer(sentence, max(0, at - _REPORT_CHARS), at))
    if not verbs:
        return False
    verb = verbs[-1]
    return point > at or verb.start() > point


def own_day(row: tuple) -> bool:
    """Whether a row states a day of its own (not the DCT, nor the day of the lead or of the sentence before)."""
    note = str(row[COLUMN["date_note"]] or "")
    return bool(row[COLUMN["date_text"]]) and not note.startswith(_LEAD_OR_DCT) and "sentence before" not in note


def reported_after(first: tuple, later: tuple) -> bool:
    """Whether ``first`` is dated by its report's day, or by the article's date for want of a day in its sentence,
    and ``later`` tells an act of its own day one to ``REPORT_DAYS`` days before it (the act the report tells)."""
    da, db = first[COLUMN["event_date"]], later[COLUMN["event_date"]]
    if da is None or db is None or pd.isna(da) or pd.isna(db) or not own_day(later):
        return False
    days = (pd.Timestamp(da).normalize() - pd.Timestamp(db).normalize()).days
    return 0 < days <= REPORT_DAYS and (report_day(first) or undated(first))


def undated(row: tuple) -> bool:
    """Whether a row's sentence states no day for it (dated by the article's date: ``timecues.DCT_NOTE``)."""
    return not row[COLUMN["date_text"]] and str(row[COLUMN["date_note"]] or "") == DCT_NOTE


def dated_as(row: tuple, other: tuple) -> tuple:
    """``row`` with the date of ``other`` (its day, precision, words and note)."""
    out = list(row)
    for name in ("event_date", "time_precision", "date_text", "date_note"):
        out[COLUMN[name]] = other[COLUMN[name]]
    return tuple(out)
