"""What the event table keeps of an article's candidate rows, the ACLED way: political violence, protests and
strategic developments that happened within a year of the article's date, and statements only when they
declare an operation (its start, its end, a victory, a curfew); one row per event, however often the article
tells it.

- Background (``BACKGROUND_DAYS``): a row dated more than a year before the DCT is history, not news; an arrest
  or a release more than three months before it (``ARREST_BACKGROUND_DAYS``) the background of a case.
- Nobody and nowhere: a row with no actor and no place is a word, not an event.
- Not conflict: deaths and destruction in a sentence about a disaster or an accident (زلزال، حادث سير), and
  arrests in one about a criminal case or an extradition (تهريب، بكفالة، تسليمه).
- Statements: a verb of announcement (أعلن) whose next words name an operation (``OPERATION``); the noun
  (إعلان، بيانا) tells of an announcement, it does not make one.
- Second mentions: two rows of one article are one event when they have the same type and action, or when
  one is a generic act of a battle (معارك، قتل، هجوم) and the other a battle; their dates and places must
  agree, and the sides of two acts of one kind (an empty side or place agrees with any). The clearest
  mention (the most specific act, then the one naming most: sides, place, its own date; the first on a tie)
  is kept with its offsets (the provenance: one sentence of the article), completed by the other
  (``_combined``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import pandas as pd

from helpers.extract.incidents.crime import criminal
from helpers.extract.incidents.nonevents import TRADE_NEAR, history, other_use
from helpers.extract.incidents.speech import told_as_speech
from helpers.extract.incidents.timecues import CLOCK_NOTE, DCT_NOTE, clock_too_old
from helpers.extract.incidents.totals import report_summary, running_total
from helpers.extract.incidents.vocabulary import (
    ABSTRACT_AFTER,
    CIVIC_BATTLE,
    CLAIM,
    COMPLEMENTISER,
    CRIMINAL,
    LAUNCHED_BEFORE,
    NOT_CONFLICT,
    VERBAL_ADJECTIVE,
    VERBAL_AFTER,
    WEAPON_NEAR,
    WORDS_TARGET,
    Trigger,
)
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

INCIDENT_COLUMNS = [
    "event_id", "article_id", "sentence_id", "start", "end", "trigger", "action", "event_type", "sub_event_type",
    "actor1", "actor1_en", "assoc_actor_1", "actor2", "actor2_en", "location", "location_en", "latitude",
    "longitude", "geo_precision", "event_date", "time_precision", "date_text", "reported_as", "source",
    "source_kind", "outlet", "source_scale", "fatalities", "fatalities_text", "fatalities_qualifier",
    "fatalities_who", "notes", "confidence", "action_en", "date_note", "country", "injuries", "injuries_text",
]  # fmt: skip
COLUMN = {name: i for i, name in enumerate(INCIDENT_COLUMNS)}
BACKGROUND_DAYS = 365
# An arrest or a release told months later is the background of a case (a trial, a plot), not the news: the
# annotated sets hold no arrest dated more than three months before its article.
ARREST_BACKGROUND_DAYS = 90
# What a statement must be about to be one (within ``_OPERATION_CHARS`` after its verb).
OPERATION = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:عمليه|عمليات|انطلاق|بدء|انتهاء|تحرير|النصر|نصر|انتصار|سيطره|سيطرته|سيطرتها"
    rf"|حظر|الطوارئ|هدنه|وقف اطلاق النار|التعبئه|النفير|حصار|تعليق)(?![{AR}])"
)
_OPERATION_CHARS = 90
# The media of a statement told by a noun (قال في تغريدة، خلال مؤتمر صحفي، في بيان رسمي).
MEDIUM = re.compile(r"(?:ال)?(?:تغريده|تغريدات|مؤتمر صحفي|مؤتمرا صحفيا|بيان رسمي|بيانا رسميا|كلمه متلفزه|خطاب متلفز)")
# Words of war in a statement (after its trigger, in its sentence): it is about the conflict.
WAR_WORDS = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:عمليه عسكريه|عمليات عسكريه|عسكري|عسكريه|جيش|قوات|تحرير|ارهاب"
    rf"|ارهابي|ارهابيين|ارهابيه|خوارج|هجوم|هجمات|ضربه|ضربات|غارات|صواريخ|قصف|حرب(?!\s+(?:ال)?(?:تجاري|اقتصادي))"
    rf"|معارك|معركه|تطهير|حظر التجول"
    rf"|طوارئ|نفير|هدنه|وقف اطلاق النار|اسلحه|سلاح|مسلحين|ميليشيات|مليشيات|عدوان|اعتداء|جبهات"
    rf"|القضاء علي|تحرك عسكري|وجود عسكري)(?![{AR}])"
)
# كان (قد) before a past verb: the pluperfect, a statement made before the article's news (its background).
PLUPERFECT = re.compile(rf"(?<![{AR}])[وف]?(?:كان|كانت|كانوا)(?![{AR}])")
_PLUPERFECT_CHARS = 70
_DECLARING = ("announcement", "statement")  # not a warning (حذر من عملية: a threat of one)
NEWS_SENTENCES = 4  # the article's news: its first body sentences (sentence 0 is the title line)
_RELEASE = "إفراج"
_VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
# Generic acts of a battle: folded into the battle row of their article (ACLED codes the battle once).
_BATTLE_PARTS = {"اشتباك", "قتل", "هجوم", "قصف", "حصار", "نهب", "اقتحام", "انفجار", "تفجير انتحاري"}
# Parts that are acts in their own right (storming a place): as specific as taking it.
_SPECIFIC_PARTS = {"اقتحام"}
# Parts told the most generically (a clash, a bomb in the fighting): the least specific mention.
_GENERIC_PARTS = {"اشتباك", "انفجار", "تفجير انتحاري"}


def in_scope(row: tuple, norm: str, dct: date | None, noun_forms: frozenset[str]) -> bool:
    """Whether a candidate row is an ACLED event: not history, and a statement only when it declares an
    operation with a verb (``noun_forms``: the normalised noun forms of the trigger table)."""
    if _background(row[COLUMN["event_date"]], dct):
        return False
    own_day = bool(row[COLUMN["date_text"]]) and str(row[COLUMN["time_precision"]]) == "1"
    start, end = row[COLUMN["start"]], row[COLUMN["end"]]
    if not own_day and pd.api.types.is_integer(start) and history(norm, (start, end), dct):
        return False  # قُصف البرلمان في يوليو 2016: history told in its clause, not news
    nobody = not any(row[COLUMN[c]] for c in ("actor1", "actor2", "location"))
    if nobody and row[COLUMN["event_type"]] != "Statement":
        return False  # nobody and nowhere: a word, not an event (معركة على تويتر)
    if _tally(row):
        return False
    placed = pd.api.types.is_integer(start)
    if placed and running_total(norm, start, row[COLUMN["fatalities_text"]] or "", row[COLUMN["fatalities"]]) == "war":
        return False  # قتل نحو 10 آلاف شخص في الحرب: a war's running total, no event
    if placed and not row[COLUMN["date_text"]] and report_summary(norm, start):
        return False  # وذكر التقرير أن ... واعتقلت المواطنين: a report's summary of conduct, no dated event
    sentence = normalize_letters(row[COLUMN["notes"]] or "")
    if row[COLUMN["event_type"]] != "Protests" and NOT_CONFLICT.search(sentence):
        return False
    arrest = row[COLUMN["sub_event_type"]] == "Arrests" or row[COLUMN["action"]] == _RELEASE
    if arrest and CRIMINAL.search(sentence):
        return False
    kind, doer, doer_en, victims = (row[COLUMN[c]] or "" for c in ("event_type", "actor1", "actor1_en", "actor2_en"))
    if criminal(kind, (doer, doer_en), victims, norm, sentence):
        return False  # قتل 5 أشخاص ... على خلفية الانتقام بعد أن فشل في كسب دعوى قضائية: a crime
    if arrest and criminal("Violence against civilians", ("", ""), "", norm):
        return False  # the arrest of a school shooter: the police's work on a crime
    if arrest and _background(row[COLUMN["event_date"]], dct, ARREST_BACKGROUND_DAYS):
        return False  # اعتقل في نوفمبر الماضي (eight months back): the background of a case, not news
    if row[COLUMN["event_type"]] != "Statement":
        return True
    return statement_kept(row, norm, noun_forms)


def statement_kept(row: tuple, norm: str, noun_forms: frozenset[str]) -> bool:
    """Whether a statement is one the analyst expects (the annotators' convention: a leader's, a government's or
    an army's declaration on the conflict that is the article's news): its words, after the trigger, are of war
    (``WAR_WORDS``); it is made by a verb (أعلن، حذر، توعد) or told by its medium (في تغريدة، في مؤتمر صحفي، في
    بيان رسمي: ``MEDIUM``; other nouns, إعلان، بيانا, tell of one); and it either declares an operation (its
    start, its end, a victory: ``OPERATION``) or is a named actor's in the article's first sentences."""
    trigger = normalize_letters(row[COLUMN["trigger"]])
    medium = bool(MEDIUM.fullmatch(trigger))
    if trigger in noun_forms and not medium:
        return False
    sentence = normalize_letters(row[COLUMN["notes"]] or "")
    at = sentence.find(trigger)
    if at < 0 or not WAR_WORDS.search(sentence, _after_speaker(sentence, at + len(trigger), row)):
        return False  # its words (in its sentence) are not of war (أعلنت القوات الخاصة: its speaker is not)
    if TRADE_NEAR.search(sentence):
        return False  # لا فائزون في حرب تجارية: a war of trade
    if not medium and (COMPLEMENTISER.search(sentence, 0, at) or CLAIM.search(sentence, 0, at)):
        return False  # قال إن الحمائية يهدد: inside someone's words, not a statement made
    if PLUPERFECT.search(sentence, max(0, at - _PLUPERFECT_CHARS), at):
        return False  # وكان حفتر قد أعلن في 7 مايو بدء العملية: a past statement told as background
    end = row[COLUMN["end"]]
    if row[COLUMN["action_en"]] in _DECLARING and OPERATION.search(norm, end, end + _OPERATION_CHARS):
        return True
    named = bool(row[COLUMN["actor1"]]) and not _generic(row[COLUMN["actor1_en"]] or "x")  # not المدنيون
    told = row[COLUMN["reported_as"]] not in ("planned", "denied")  # ستعلن: not made yet
    return named and told and row[COLUMN["sentence_id"]] <= NEWS_SENTENCES


def _after_speaker(sentence: str, point: int, row: tuple) -> int:
    """Where the words of a statement start: after its speaker when the speaker follows the trigger (أعلنت القوات
    الخاصة إخراج الفتية)."""
    speaker = normalize_letters(row[COLUMN["actor1"]] or "")
    found = sentence.find(speaker, point) if speaker else -1
    return found + len(speaker) if 0 <= found - point <= _SPEAKER_GAP else point


_SPEAKER_GAP = 30


def _tally(row: tuple) -> bool:
    """Whether a row is a tally, not an event: a generic attack with nobody doing it, somewhere in a whole
    country, dated by a month or a year at best (استهداف 79 منشأة صحية في سوريا منذ بداية العام)."""
    generic = row[COLUMN["action"]] in ("هجوم", "قتل") and not row[COLUMN["actor1"]]
    vague = str(row[COLUMN["time_precision"]]) == "3" and str(row[COLUMN["geo_precision"]]) == str(_BROAD)
    return generic and vague


def _background(when: object, dct: date | None, days: int = BACKGROUND_DAYS) -> bool:
    """Whether an event's date lies more than ``days`` before the article's."""
    if dct is None or when is None or pd.isna(when):
        return False
    return (pd.Timestamp(dct) - pd.Timestamp(when)).days > days


def dated_by_previous(rows: Sequence[tuple]) -> list[tuple]:
    """Rows without a date of their own that continue the event of the sentence before (وأسفرت الضربات
    الجوية عن مقتل 64 مسلحا, after a sentence dated 16 February 2015) take its date: same or violent type."""
    out: list[tuple] = []
    for row in rows:
        earlier = (
            r for r in reversed(out) if r[COLUMN["sentence_id"]] < row[COLUMN["sentence_id"]] and not _shifted(r)
        )
        previous = next(earlier, None)  # an act dated back from its sentence's date (بعد ثلاثة أيام على) is skipped
        if row[COLUMN["date_text"]] or previous is None or not previous[COLUMN["date_text"]]:
            out.append(row)
            continue
        follows = row[COLUMN["sentence_id"]] - previous[COLUMN["sentence_id"]] == 1
        kinds = {row[COLUMN["event_type"]], previous[COLUMN["event_type"]]}
        old = clock_too_old(row[COLUMN["date_note"]], row[COLUMN["event_date"]], previous[COLUMN["event_date"]])
        if follows and (len(kinds) == 1 or kinds <= _VIOLENT) and not old:
            row = list(row)
            for name in ("event_date", "time_precision"):
                row[COLUMN[name]] = previous[COLUMN[name]]
            row[COLUMN["date_note"]] = "date: the event of the sentence before"
            row = tuple(row)
        out.append(row)
    return out


def _shifted(row: tuple) -> bool:
    """Whether a row's date is its sentence's date less a span (بعد ثلاثة أيام على هجوم): not the next act's."""
    return str(row[COLUMN["date_note"]]).endswith(SHIFTED_NOTE)


SHIFTED_NOTE = "days before the stated date"  # ``details._days_before``


def dated_by_lead(rows: Sequence[tuple], day: pd.Timestamp | None) -> list[tuple]:
    """Rows still dated by the DCT alone (no date of their own nor of the sentence before) take the lead's news
    day (``details.lead_day``: حققت القوات أمس الخميس تقدما ... then the day's acts without a date); the
    precision stays the DCT's (the day is the article's, not the sentence's)."""
    if day is None:
        return list(rows)
    out: list[tuple] = []
    for row in rows:
        told = row[COLUMN["reported_as"]] not in ("planned", "denied")  # من المقرر أن تنظم: not the lead's day
        if told and not row[COLUMN["date_text"]] and row[COLUMN["date_note"]] in (DCT_NOTE, CLOCK_NOTE):
            row = list(row)
            row[COLUMN["event_date"]] = day
            row[COLUMN["date_note"]] = "date: the day the article's lead tells of (none stated for it)"
            row = tuple(row)
        out.append(row)
    return out


def merge_mentions(rows: Sequence[tuple]) -> list[tuple]:
    """One row per event of an article: second mentions folded into the row that says most (see the module)."""
    kept: list[tuple] = []
    for row in rows:
        for i, earlier in enumerate(kept):
            if same_event(earlier, row):
                kept[i] = _combined(earlier, row)
                break
        else:
            kept.append(row)
    return kept


def same_event(a: tuple, b: tuple) -> bool:
    """Whether two rows of one article tell one event (see the module)."""
    if "Statement" in (a[COLUMN["event_type"]], b[COLUMN["event_type"]]):
        return False
    same_kind = a[COLUMN["event_type"]] == b[COLUMN["event_type"]] and a[COLUMN["action"]] == b[COLUMN["action"]]
    battle_part = _battle_part(a, b) or _battle_part(b, a)
    if _strike_retold(a, b) or _strike_retold(b, a):
        return _dates_agree(a, b) and _places_agree(a, b, loose=False) and _sides_agree(a, b)
    if not (same_kind or battle_part):
        return False
    if _other_toll(a, b):
        return False
    if not _dates_agree(a, b):
        return False
    protest = a[COLUMN["event_type"]] == "Protests"
    strike = same_kind and a[COLUMN["event_type"]] == "Explosions/Remote violence"  # one strike told town/country
    if battle_part and not same_kind and not (a[COLUMN["location"]] or b[COLUMN["location"]]):
        return False  # a generic act joins a battle only where one of them says it happened
    if battle_part and not same_kind and _own_dead(a, b):
        return False  # مقتل زعيم القاعدة خلال اشتباكات: a clash told with its own dead, elsewhere, is an event
    loose = battle_part or protest or strike or a[COLUMN["action"]] in _BATTLE_PARTS
    if not _places_agree(a, b, loose=loose, broad=protest or strike):
        return False
    if battle_part and not same_kind and _named_within(a, b):
        return True
    return _sides_agree(a, b)


def _own_dead(a: tuple, b: tuple) -> bool:
    """Whether one of two rows of different sentences states its dead and the other states none."""
    if a[COLUMN["sentence_id"]] == b[COLUMN["sentence_id"]]:
        return False
    return (a[COLUMN["fatalities"]] is None) != (b[COLUMN["fatalities"]] is None)


_STATED = {"exact", "at_least"}  # a count stated as a number (not عشرات، قرابة، نحو: maybe the same toll again)


def _other_toll(a: tuple, b: tuple) -> bool:
    """Whether two rows of different sentences each state a number of dead (exact or at least), not the same: two
    tolls, two events (قصف ... مقتل 20 في دوما؛ قصف نفذته فصائل ... قتل طفل); a vague or approximate count
    (عشرات، قرابة 60) may be the same toll told again."""
    dead = (a[COLUMN["fatalities"]], b[COLUMN["fatalities"]])
    exact = {a[COLUMN["fatalities_qualifier"]], b[COLUMN["fatalities_qualifier"]]} <= _STATED  # not عشرات، قرابة
    different = a[COLUMN["sentence_id"]] != b[COLUMN["sentence_id"]]
    return different and exact and None not in dead and not any(pd.isna(d) for d in dead) and dead[0] != dead[1]


def _strike_retold(strike: tuple, other: tuple) -> bool:
    """``strike`` an air strike and ``other`` a generic attack or shelling by the same named attacker, or by none
    on the same named target (غارة ... القصف ... استهدف): one strike told again in other words when day and
    place (or none) agree too."""
    if strike[COLUMN["action"]] != _AIR_STRIKE or other[COLUMN["action"]] not in _RETELLINGS:
        return False
    if _added(other):
        return False  # كما استهدفت مواقع لهم في زبيد: another act
    first, target = (strike[COLUMN["actor1_en"]], other[COLUMN["actor1_en"]]), (
        strike[COLUMN["actor2_en"]], other[COLUMN["actor2_en"]])  # fmt: skip
    if all(first):
        return first[0] == first[1]  # one attacker named twice
    return not first[1] and all(target) and target[0] == target[1]  # no attacker: the same target


def _added(row: tuple) -> bool:
    """Whether a row's trigger is told as one more act (كما استهدفت، وكذلك قصفت)."""
    sentence, trigger = normalize_letters(row[COLUMN["notes"]] or ""), normalize_letters(row[COLUMN["trigger"]] or "")
    return bool(trigger) and re.search(rf"(?:كما|وكذلك|كذلك|ايضا)\s+{re.escape(trigger)}", sentence) is not None


_AIR_STRIKE = "غارة"
_RETELLINGS = {"قصف", "هجوم"}


def _named(row: tuple) -> set[str]:
    """The English names of a row's sides that are names, not generic glosses."""
    return {row[COLUMN[c]] for c in ("actor1_en", "actor2_en") if row[COLUMN[c]] and not _generic(row[COLUMN[c]])}


def _named_within(a: tuple, b: tuple) -> bool:
    """Whether every named side of one row (an English name with a capital: not militants, not forces) is a
    side of the other: a generic part of a battle, not the killing of a named leader told for itself."""
    sides_a, sides_b = _named(a), _named(b)
    return sides_a <= sides_b or sides_b <= sides_a


def _battle_part(part: tuple, battle: tuple) -> bool:
    """``part`` is a generic act (a clash, a killing of fighters, shelling) and ``battle`` a battle row; shelling
    or an attack of another type told in a sentence of its own is an event of its type (a bomb used in the
    fighting stays the battle's: ACLED codes a suicide or car bomb within a clash as the clash)."""
    if battle[COLUMN["event_type"]] != "Battles" or part[COLUMN["action"]] not in _BATTLE_PARTS:
        return False
    own_type = part[COLUMN["event_type"]] != "Battles" and part[COLUMN["action"]] not in _GENERIC_PARTS
    if own_type and part[COLUMN["sentence_id"]] != battle[COLUMN["sentence_id"]]:
        return False
    return part[COLUMN["event_type"]] in ("Battles", "Explosions/Remote violence") or not _civilian_victim(part)


def _civilian_victim(row: tuple) -> bool:
    """Whether a row's actor 2 is civilians (violence against them is its own event)."""
    return "civilian" in (row[COLUMN["actor2_en"]] or "").lower()


def _dates_agree(a: tuple, b: tuple) -> bool:
    """Same day; or one of the two has no date of its own (the DCT stands in) and the other's lies within
    ``_UNDATED_DAYS`` of it (an event dated months back is not today's news told again)."""
    da, db = a[COLUMN["event_date"]], b[COLUMN["event_date"]]
    if da is None or db is None or pd.isna(da) or pd.isna(db):
        return True
    apart = abs((pd.Timestamp(da) - pd.Timestamp(db)).days)
    if not a[COLUMN["date_text"]] or not b[COLUMN["date_text"]]:
        return apart <= _UNDATED_DAYS
    return apart == 0


_UNDATED_DAYS = 7
_BROAD = 3  # ACLED's geo-precision of a region or a country
_NEAR_KM_DEG = 0.3  # about 30 km: one town and its districts


def _places_agree(a: tuple, b: tuple, loose: bool, broad: bool = False) -> bool:
    """Same place, or one is unknown, or one name holds the other, or a town and a district of it; ``loose``:
    also two places within a town's reach; ``broad``: also when one is a region or a country (protests in a
    country's towns, one wave)."""
    pa, pb = normalize_letters(a[COLUMN["location"]] or ""), normalize_letters(b[COLUMN["location"]] or "")
    if not pa or not pb or pa in pb or pb in pa:
        return True
    near = _near(a, b)
    if not loose:
        return near and _district(a, b)
    if broad and _BROAD in (a[COLUMN["geo_precision"]], b[COLUMN["geo_precision"]]):
        return True  # a country or a region holds the other place
    return near


def _district(a: tuple, b: tuple) -> bool:
    """Whether one place is a district named with its town (Al-Maghar (Derna)) and the other is not."""
    return ("(" in (a[COLUMN["location_en"]] or "")) != ("(" in (b[COLUMN["location_en"]] or ""))


def _near(a: tuple, b: tuple) -> bool:
    """Whether two rows' places lie within a town's reach of each other (``_NEAR_KM_DEG``)."""
    coords = [a[COLUMN["latitude"]], a[COLUMN["longitude"]], b[COLUMN["latitude"]], b[COLUMN["longitude"]]]
    if any(c is None or pd.isna(c) for c in coords):
        return False
    return abs(coords[0] - coords[2]) <= _NEAR_KM_DEG and abs(coords[1] - coords[3]) <= _NEAR_KM_DEG


def _sides_agree(a: tuple, b: tuple) -> bool:
    """The sides agree, in order or swapped (a clash has no direction: swapped, one side named in both), an
    empty side agreeing with any."""
    a1, a2 = _side(a, "actor1"), _side(a, "actor2")
    b1, b2 = _side(b, "actor1"), _side(b, "actor2")
    swapped = any(x[0] and y[0] and _agree(x, y, generic=False) for x, y in ((a1, b2), (a2, b1)))
    return _pairs_agree((a1, b1), (a2, b2)) or (swapped and _pairs_agree((a1, b2), (a2, b1)))


def _pairs_agree(*pairs: tuple[tuple[str, str], tuple[str, str]]) -> bool:
    """Both pairs of sides agree, one of them by name or by an unknown side, not both by a generic noun only."""
    return all(_agree(x, y) for x, y in pairs) and any(_agree(x, y, generic=False) for x, y in pairs)


def _generic(english: str) -> bool:
    """A generic noun's gloss (military forces, Unidentified armed group) rather than a name (Al-Qaeda,
    Civilians (Libya))."""
    return bool(english) and (english[:1].islower() or english.startswith("Unidentified"))


def _side(row: tuple, side: str) -> tuple[str, str]:
    """A side's normalised Arabic name and its English gloss."""
    return normalize_letters(row[COLUMN[side]] or ""), row[COLUMN[side + "_en"]] or ""


def _agree(a: tuple[str, str], b: tuple[str, str], generic: bool = True) -> bool:
    """One side's names agree: either unknown, or (``generic``) a generic noun (militants, forces: a lower-case
    English gloss), the same English name, or one Arabic name inside the other."""
    if not a[0] or not b[0] or (generic and (_generic(a[1]) or _generic(b[1]))):
        return True
    return (bool(a[1]) and a[1].lower() == b[1].lower()) or a[0] in b[0] or b[0] in a[0]


def _specificity(row: tuple) -> int:
    """How specific a row's act is: a clash, a battle named generically (معركة) or a bomb in the fighting 0,
    another part of a battle (shelling, a killing) 1, a specific act (taking control, storming, an arrest) 2."""
    action = row[COLUMN["action"]]
    if action not in _BATTLE_PARTS or action in _SPECIFIC_PARTS:
        return 2
    return 0 if action in _GENERIC_PARTS else 1


def _told(row: tuple) -> int:
    """How much a mention tells: named sides, a place, a date of its own."""
    return sum(bool(row[COLUMN[c]]) for c in ("actor1", "actor2", "location", "date_text"))


def _combined(first: tuple, later: tuple) -> tuple:
    """The first mention, which keeps its offsets (the provenance), completed by the other (its date when the
    first has none of its own, its sides, place and dead where it has none, its place when it names a district
    of the first's town); a specific act told after a generic part of its battle (معركة ... استعاد السيطرة)
    is the mention kept."""
    if (_specificity(later), _told(later)) > (_specificity(first), _told(first)):
        first, later = later, first
    out = list(first)
    if not first[COLUMN["date_text"]] and later[COLUMN["date_text"]]:
        for name in ("event_date", "time_precision", "date_text", "date_note"):
            out[COLUMN[name]] = later[COLUMN[name]]
    named = {_side(first, "actor1")[0], _side(first, "actor2")[0]}
    for side in ("actor1", "actor2"):
        if not out[COLUMN[side]] and later[COLUMN[side]] and _side(later, side)[0] not in named:
            out[COLUMN[side]], out[COLUMN[side + "_en"]] = later[COLUMN[side]], later[COLUMN[side + "_en"]]
    district = (
        _near(first, later)
        and "(" in (later[COLUMN["location_en"]] or "")
        and "(" not in (first[COLUMN["location_en"]] or "")
    )
    if (not out[COLUMN["location"]] or district) and later[COLUMN["location"]]:
        for name in ("location", "location_en", "latitude", "longitude", "geo_precision"):
            out[COLUMN[name]] = later[COLUMN[name]]
    if out[COLUMN["fatalities"]] is None and later[COLUMN["fatalities"]] is not None:
        for name in ("fatalities", "fatalities_text", "fatalities_qualifier", "fatalities_who"):
            out[COLUMN[name]] = later[COLUMN[name]]
    return tuple(out)


def figurative(norm: str, sentence: tuple[int, int], trigger: Trigger, span: tuple[int, int]) -> bool:
    """Whether a generic attack is figurative: an abstract target right after it (الحرب على الفساد), an adjective
    of words (هجوما لاذعا); or, with no weapon, wound or death in its sentence, a target of words right after it
    (هجماتهم على المنتقدين) or speech around an attack launched or the verb هاجم (هاجم الوزير المعارضة بشدة);
    or any other use that tells no event (``nonevents.other_use``: a game, a negation, a question...)."""
    start, end = span
    if other_use(norm, sentence, trigger, span):
        return True
    if trigger.event_type in ("Battles", "Violence against civilians") and ABSTRACT_AFTER.match(norm, end):
        return True
    if CIVIC_BATTLE.match(norm, start):
        return True  # يخوض معركة الانتخابات: a contest, not a battle
    if trigger.priority != 1:
        return False
    if VERBAL_ADJECTIVE.match(norm, end):
        return True
    s, e = sentence
    if WEAPON_NEAR.search(norm, max(s, start - _WEAPON_CHARS), min(e, end + _WEAPON_CHARS)):
        return False
    if WORDS_TARGET.match(norm, end):
        return True
    launched = trigger.pos == "verb" or LAUNCHED_BEFORE.search(norm, max(s, start - 8), start)
    spoken = VERBAL_AFTER.search(norm, max(s, start - _VERBAL_CHARS // 2), min(e, end + _VERBAL_CHARS))
    return bool(launched) and bool(spoken or told_as_speech(norm, sentence, span, trigger.pos == "verb"))


_VERBAL_CHARS = 90
_WEAPON_CHARS = 250  # the weapon, wound or death of the same act (a bounded look: sentences can be huge)
