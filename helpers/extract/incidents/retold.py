"""One row per event of an article, once its sides, places and confidence are settled: a second mention of an
event in another sentence (the lead tells the strike, a later paragraph retells it in other words; a statement
made and told again) is folded into its first mention. ACLED's unit is one event per day, place, pair of actors
and type, so two rows of one article are one event when they have

- the same type (a strategic development or a statement: the same act, ``action`` and sub-event type too);
- the same day (two dates of their own that differ, or a planned act and a done one, are two events);
- sides that agree (the same English name, or none, an unidentified one or a generic noun; a battle's sides in
  either order);
- the same place or none named (or a district named with its town, and that town);
- no count of dead each that differ (two tolls, two events), and no word telling the later one as another act
  (كما، أيضا before it; آخر، جديد after it; a reply: ردا على، ردت; a separate incident: في حادث منفصل);
- for strikes: not two weapons named (an air strike and a roadside bomb, rockets and the raids that answered
  them), whoever the doers;
- when neither row names a known side: the later told as the first, by the article of prior mention (الانفجار);
- for battles: not two acts of taking control (each names its own place or position), nor a clash told with
  its own dead beside another act told with none.

A violent row that states the same count of dead (three or more) as a row told a sentence or two before, on its
day, at a place that agrees and by a doer that agrees, tells that act again in other words (an ambush, then the
rocket and machine-gun attack that killed its four), whatever its type: the first mention keeps its type.

A definite noun in a later sentence (التفجير الذي تعرض له المسجد، عدد قتلى الهجوم ارتفع) retells the one event of
its type the article told before at its town (or in its region), whatever the day its sentence gives (a
statement's day, a new toll's) and the target it names, unless it is dated before it (a past event recalled),
is an aggregate (منذ مارس), names another doer or another count of dead, or the article told several there.

The first mention is kept (its offsets are the provenance), its empty sides, place, dead and wounded filled from
the other (a region's place by the town the other names), its sub-event the more specific of a strike's; its
confidence the higher of the two (an event told twice is as likely as its clearest telling). The cross-article
clusters (``store.incidents``) are built on these rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from helpers.extract.incidents.details import AGGREGATE_NOTES
from helpers.extract.incidents.merging import FILLED, STRIKE, strike_rank
from helpers.extract.incidents.reported import REPORT_DAYS, dated_as, reported_after
from helpers.extract.incidents.scope import COLUMN
from helpers.extract.incidents.wording import definite_noun, fronted_place, this_place
from helpers.resources.gazetteer import gazetteer
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

_SAME_ACT_TYPES = frozenset({"Strategic developments", "Statement"})
_NOT_DONE = frozenset({"planned", "denied"})
_STATED = frozenset({"exact", "at_least"})
# Before the trigger in its sentence: one more act (كما استهدفت، وقصفت أيضا), a reply (ردا على، انتقاما، ردت)
# or a later act (وبعد ساعات، في وقت لاحق، وفي المساء، وفي اليوم التالي).
_ANOTHER_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:كما|كذلك|ايضا|ردا|ردها|انتقاما|ثم|ردت|رد|يرد|ترد|لاحق|لاحقا|بعد ساعات|بعد ساعه"
    rf"|في المساء|في الليل|اليوم التالي|مساء اليوم نفسه|مساء اليوم ذاته)(?![{AR}])"
)
# Anywhere before the trigger in its sentence: another incident (وفي حادث منفصل، في سياق منفصل، في هجوم آخر).
_SEPARATE_BEFORE = re.compile(rf"(?<![{AR}])(?:منفصل|منفصله|اخر|اخري)(?![{AR}])")
# Right after the trigger: another or a new act (هجوم آخر، غارة جديدة، تفجير ثان).
_ANOTHER_AFTER = re.compile(rf"\s+(?:ال)?(?:اخر|اخري|جديد|جديده|ثان|ثاني|ثانيه|ثالث|ثالثه|مماثل|مماثله)(?![{AR}])")
_BEFORE_CHARS = 40
_TAKE_CONTROL = "سيطرة"  # the action of taking a place (سيطر، استولى، حرر، استعاد)
# The sub-events of a strike that name its weapon (a generic "Remote explosive/landmine/IED" row may be any blast
# told again: التفجير after a suicide bomb).
_STRIKE_WEAPONS = frozenset(
    {"Chemical weapon", "Suicide bomb", "Air/drone strike", "Shelling/artillery/missile attack", "Grenade"}
)


def once_per_article(rows: Sequence[tuple], threshold: float = 0.0) -> list[tuple]:
    """The rows with each second mention of an event folded into its first (see the module), in their order; only
    rows with a confidence of at least ``threshold`` (those the table keeps) are folded, the others left as they
    are (a weak candidate is not the mention kept for a clear one). A row is compared with the first mentions of
    its type and day only (the first ``_FIRSTS_READ`` of them: a long article stays linear)."""
    out = list(rows)
    firsts: dict[tuple, list[int]] = {}
    folded: set[int] = set()
    told_in: dict[int, list[int]] = {}  # the first mentions of each sentence
    for i in sorted(range(len(rows)), key=lambda k: (rows[k][COLUMN["sentence_id"]], rows[k][COLUMN["start"]])):
        if not confident(rows[i], threshold):
            continue
        same = firsts.setdefault(_bucket(rows[i]), [])
        alone = _another(rows[i])  # told as one more act: a first mention of its own
        told = same[:_FIRSTS_READ] + [k for k in firsts.get(_other_attack_bucket(rows[i]), [])[:_FIRSTS_READ]]
        told += [k for key in _report_buckets(rows[i]) for k in firsts.get(key, [])[:_FIRSTS_READ]]
        first = None if alone else next((k for k in sorted(told) if retold(out[k], rows[i])), None)
        if first is None and not alone:
            first = _sole_antecedent(out, firsts, rows[i])
        by_toll = first is None and not alone
        if by_toll:
            sid = rows[i][COLUMN["sentence_id"]]
            near = [k for back in range(1, _SAME_TOLL_SENTENCES + 1) for k in told_in.get(sid - back, [])]
            first = _same_toll_antecedent(out, near, rows[i])
        if first is None:
            same.append(i)
            told_in.setdefault(rows[i][COLUMN["sentence_id"]], []).append(i)
        elif by_toll and not _town(out[first]) and _town(rows[i]):
            out[first] = _told_at_its_town(out[first], rows[i])
            folded.add(i)
        else:
            reported = reported_after(out[first], rows[i])  # the lead's day is its report's: the act's day kept
            out[first] = (
                dated_as(_completed(out[first], rows[i]), rows[i]) if reported else _completed(out[first], rows[i])
            )
            folded.add(i)
    return [row for i, row in enumerate(out) if i not in folded]


_FIRSTS_READ = 40


def _sole_antecedent(rows: Sequence[tuple], firsts: dict[tuple, list[int]], later: tuple) -> int | None:
    """The first mention a definite noun retells (التفجير الإرهابي الذي تعرض له المسجد، المعارك في هذا الحي، عدد
    قتلى الهجوم ارتفع), whatever the day its sentence gives (the day of a statement or a new toll) and the side it
    names hit (a gloss of the same target): the one event of its type the article told before at its town (a
    region is no other town), when the noun is dated on or after it (a past event recalled is dated before) to a
    day (not an aggregate), names no other doer and no other count of dead; None when the article told none or
    several there."""
    if not definite_noun(later) or later[COLUMN["date_note"]] in AGGREGATE_NOTES:
        return None  # an aggregate (أسفرت المعارك منذ مارس عن مقتل): no one act told again
    if fronted_place(later):
        return None  # وفي محافظة ديالى، أدى الانفجار: a sentence opened on another place tells another event
    kind = (later[COLUMN["article_id"]], later[COLUMN["event_type"]])
    told = [k for key, same in firsts.items() if key[:2] == kind for k in same if _towns_agree(rows[k], later)]
    if len(told) > 1 and this_place(later):  # المعارك في هذا الحي: the fighting told there from its first mention
        told = [min(told, key=lambda k: (rows[k][COLUMN["sentence_id"]], rows[k][COLUMN["start"]]))]
    if len(told) != 1:
        return None
    first = rows[told[0]]
    if first[COLUMN["sentence_id"]] >= later[COLUMN["sentence_id"]] or not _on_or_after(first, later):
        return None
    if not _same_kind(first, later) or _two_tolls(first, later):
        return None
    battle = first[COLUMN["event_type"]] == "Battles"
    doers = _side_agrees(first, later, "actor1_en", "actor1_en") or (
        battle and _side_agrees(first, later, "actor1_en", "actor2_en")
    )
    return told[0] if doers else None


# A toll this large told again in a sentence or two, on the same day, is the same act (a count of 3 or more rarely
# comes twice by chance; one or two dead often do).
_SAME_TOLL_MIN = 3
_SAME_TOLL_SENTENCES = 2
_VIOLENT = frozenset({"Battles", STRIKE, "Violence against civilians"})


def _same_toll_antecedent(rows: Sequence[tuple], near: Sequence[int], later: tuple) -> int | None:
    """The first mention a violent row retells in other words when both state the same count of dead (three or
    more, stated as exact or at least) on the same day, a sentence or two apart, at places that agree (a region
    holds its town), by doers that agree, not two weapons: an ambush then the rocket and machine-gun attack
    that killed its four; a car bomb that killed nine then the storming of the post. The first mention keeps
    its type (``near``: the first mentions of the sentences before). None when none is, or two or more."""
    if later[COLUMN["event_type"]] not in _VIOLENT or not _counted(later) or _bucket(later)[2] is None:
        return None
    day = _bucket(later)[:1] + _bucket(later)[2:]
    told = [
        k for k in near if _bucket(rows[k])[:1] + _bucket(rows[k])[2:] == day and _told_with_its_toll(rows[k], later)
    ]
    return told[0] if len(told) == 1 else None


def _town(row: tuple) -> bool:
    """Whether a row names a town or a place near one (geo precision 1 or 2)."""
    return bool(row[COLUMN["location"]]) and str(row[COLUMN["geo_precision"]]) in ("1", "2")


def _told_at_its_town(first: tuple, later: tuple) -> tuple:
    """An act told first without its town (قتل تسعة جنود في هجوم بسيارة مفخخة) and retold with its toll at its
    town: the later mention kept (its sentence tells where), completed by the first, typed as the first."""
    out = list(_completed(later, first))
    for name in ("event_type", "sub_event_type"):
        out[COLUMN[name]] = first[COLUMN[name]]
    return tuple(out)


def _counted(row: tuple) -> bool:
    """Whether a row states a count of dead of at least ``_SAME_TOLL_MIN`` (exact or at least)."""
    dead = row[COLUMN["fatalities"]]
    if dead is None or pd.isna(dead) or row[COLUMN["fatalities_qualifier"]] not in _STATED:
        return False
    return int(dead) >= _SAME_TOLL_MIN


def _told_with_its_toll(first: tuple, later: tuple) -> bool:
    """Whether ``later`` tells ``first`` again by its toll (see ``_same_toll_antecedent``)."""
    if first[COLUMN["event_type"]] not in _VIOLENT or not _counted(first):
        return False
    apart = later[COLUMN["sentence_id"]] - first[COLUMN["sentence_id"]]
    if not 0 < apart <= _SAME_TOLL_SENTENCES or int(first[COLUMN["fatalities"]]) != int(later[COLUMN["fatalities"]]):
        return False
    if STRIKE == first[COLUMN["event_type"]] == later[COLUMN["event_type"]] and not _one_weapon(first, later):
        return False
    if _REPLY.search(normalize_letters(later[COLUMN["notes"]] or "")):
        return False  # ضربة صاروخية ردا على هجوم الأحواز الذي أسفر عن مقتل 25: the reply, another act
    doers = _side_agrees(first, later, "actor1_en", "actor1_en") or _side_agrees(first, later, "actor1_en", "actor2_en")
    return doers and not _other_dead(first, later) and _towns_agree(first, later) and _one_country(first, later)


# Who the dead are (fatalities_who), by kind: civilians, the state's forces, armed men.
_DEAD_KINDS = (
    ("forces", re.compile(r"جند|جنود|شرط|ضابط|ضباط|عسكري|امن|حرس")),
    ("armed", re.compile(r"مسلح|ارهابي|متشدد|مقاتل|حوثي|داعش|انتحاري|متمرد")),
    ("civilians", re.compile(r"مدني|طفل|اطفال|نساء|مصلي|متسوق|سكان|مواطن|طلاب|تلاميذ|زوار|متظاهر")),
)


def _dead_kind(row: tuple) -> str:
    """The kind of the dead a row names (see ``_DEAD_KINDS``), else ""."""
    who = normalize_letters(str(row[COLUMN["fatalities_who"]] or ""))
    kind = next((kind for kind, cue in _DEAD_KINDS if cue.search(who)), "")
    target = str(row[COLUMN["actor2_en"]] or "")  # عناصر (of the police): the target's kind
    if kind or _unknown(target):
        return kind
    return "civilians" if target.startswith("Civilians") else "forces" if _FORCES.search(target) else ""


_FORCES = re.compile(r"Police|Military Forces|Security Forces")


def _other_dead(first: tuple, later: tuple) -> bool:
    """Whether two rows tell other dead: their targets both named and different (Civilians, Military Forces of
    Iraq), or their dead of two kinds (عناصر الشرطة، مسلحين): the same count twice is then two acts."""
    x, y = first[COLUMN["actor2_en"]] or "", later[COLUMN["actor2_en"]] or ""
    if not _unknown(x) and not _unknown(y) and x.lower() != y.lower() and not x.startswith(y) and not y.startswith(x):
        return True
    kinds = {_dead_kind(first), _dead_kind(later)}
    return "" not in kinds and len(kinds) == 2


_REPLY = re.compile(rf"(?<![{AR}])[وف]?(?:ردا|انتقاما|ثارا)(?![{AR}])")


def _one_country(a: tuple, b: tuple) -> bool:
    """Whether two rows' places lie in one country (or one of them names none)."""
    x, y = a[COLUMN["country"]] or "", b[COLUMN["country"]] or ""
    return not x or not y or x == y


def _on_or_after(first: tuple, later: tuple) -> bool:
    """Whether the later row is dated on the first's day or after it (both dated)."""
    da, db = first[COLUMN["event_date"]], later[COLUMN["event_date"]]
    if da is None or db is None or pd.isna(da) or pd.isna(db):
        return False
    return pd.Timestamp(db).normalize() >= pd.Timestamp(da).normalize()


def _towns_agree(a: tuple, b: tuple) -> bool:
    """The same place (``_places_agree``), or one of the two only a region (``geo_precision`` 3, not a country:
    a country holds many towns, a province the one its town is in)."""
    return any(_region(r) for r in (a, b)) or _places_agree(a, b)


def _region(row: tuple) -> bool:
    """Whether a row's place is a region told without its town (precision 3) and not a whole country."""
    if str(row[COLUMN["geo_precision"]]) != "3":
        return False
    return not any(p.kind == "country" for p in gazetteer().get(normalize_letters(row[COLUMN["location"]] or ""), []))


def _bucket(row: tuple) -> tuple:
    """The rows a row may retell: its article's rows of its type and day."""
    day = row[COLUMN["event_date"]]
    day = None if day is None or pd.isna(day) else pd.Timestamp(day).normalize()
    return row[COLUMN["article_id"]], row[COLUMN["event_type"]], day


def _report_buckets(row: tuple) -> list[tuple]:
    """The buckets of the days a report of ``row``'s act may be dated by (``reported.REPORT_DAYS`` after it)."""
    article, kind, day = _bucket(row)
    return [] if day is None else [(article, kind, day + pd.Timedelta(days=k)) for k in range(1, REPORT_DAYS + 1)]


def confident(row: tuple, threshold: float) -> bool:
    """Whether a row's confidence reaches ``threshold`` (0: every row)."""
    value = row[COLUMN["confidence"]]
    return threshold <= 0 or (not _empty(value) and float(value) >= threshold)


def violent_order(rows: Sequence[tuple], threshold: float) -> list[int]:
    """The indices of the acts of violence among ``rows`` that reach ``threshold``, in text order."""
    return sorted(
        (i for i, row in enumerate(rows) if confident(row, threshold) and row[COLUMN["event_type"]] in _VIOLENT),
        key=lambda k: (rows[k][COLUMN["sentence_id"]], rows[k][COLUMN["start"]]),
    )


def retold(first: tuple, later: tuple) -> bool:
    """Whether ``later`` (a row of another, later sentence) tells the event of ``first`` again (see the module)."""
    same = first[COLUMN["article_id"]] == later[COLUMN["article_id"]]
    if not same or first[COLUMN["sentence_id"]] == later[COLUMN["sentence_id"]]:
        return False
    if not _same_kind(first, later) or not (_same_day(first, later) or reported_after(first, later)):
        return False
    if not _places_agree(first, later) or _two_tolls(first, later):
        return False
    if first[COLUMN["event_type"]] == "Battles" and not _one_battle(first, later):
        return False
    if _killings_by_nobody_known(first, later) and not _DEFINITE.match(
        normalize_letters(later[COLUMN["trigger"]] or "")
    ):
        return False  # two killings by unknown men in one town: two events unless the later is told as the first
    battle = first[COLUMN["event_type"]] == "Battles"
    in_order = _side_agrees(first, later, "actor1_en", "actor1_en") and _side_agrees(
        first, later, "actor2_en", "actor2_en"
    )
    swapped = _side_agrees(first, later, "actor1_en", "actor2_en") and _side_agrees(
        first, later, "actor2_en", "actor1_en"
    )
    return in_order or (battle and swapped)


# An attack (هجوم، اعتداء) is a battle or violence against civilians by the target its sentence names: told twice,
# once with an armed target and once with none, it is one attack of two types.
_ATTACK = "هجوم"
_ATTACK_TYPES = ("Battles", "Violence against civilians")


def _other_attack_bucket(row: tuple) -> tuple:
    """The bucket of the other type an attack row may have been told with first (``_ATTACK_TYPES``), else ()."""
    kind = row[COLUMN["event_type"]]
    if row[COLUMN["action"]] != _ATTACK or kind not in _ATTACK_TYPES:
        return ()
    article, _, day = _bucket(row)
    return article, _ATTACK_TYPES[1 - _ATTACK_TYPES.index(kind)], day


def _same_kind(a: tuple, b: tuple) -> bool:
    """One type (or one attack told as a battle and as violence against civilians); for a strategic development
    or a statement one act too."""
    kind = a[COLUMN["event_type"]]
    if kind != b[COLUMN["event_type"]]:
        attacks = {a[COLUMN["action"]], b[COLUMN["action"]]} == {_ATTACK} and {kind, b[COLUMN["event_type"]]} == set(
            _ATTACK_TYPES
        )
        return attacks and (a[COLUMN["reported_as"]] in _NOT_DONE) == (b[COLUMN["reported_as"]] in _NOT_DONE)
    if (a[COLUMN["reported_as"]] in _NOT_DONE) != (b[COLUMN["reported_as"]] in _NOT_DONE):
        return False  # من المقرر أن: a plan is not the act told
    if kind in _SAME_ACT_TYPES:
        return a[COLUMN["action"]] == b[COLUMN["action"]] and a[COLUMN["sub_event_type"]] == b[COLUMN["sub_event_type"]]
    if kind == STRIKE:
        return _one_weapon(a, b)
    return True


def _one_weapon(a: tuple, b: tuple) -> bool:
    """Whether two strikes may be one: not two weapons named (an air strike and a roadside bomb, a rocket and the
    air raid that answered it are two events, whoever their doers); a generic blast (انفجار، التفجير) or a killing
    names none."""
    weapons = {w for w in (_weapon(a), _weapon(b)) if w}
    return len(weapons) <= 1


def _weapon(row: tuple) -> str:
    """The weapon a strike row names: its specific sub-event, a bomb for a suicide bomber or a device named near
    the trigger (عبوة ناسفة، سيارة مفخخة، لغم), else "" (also for a definite noun: the strike told before)."""
    sub = row[COLUMN["sub_event_type"]]
    if _DEFINITE.match(normalize_letters(row[COLUMN["trigger"]] or "")):
        return ""  # القصف، الغارات، التفجير: the strike told before, by the article of prior mention
    if sub in _STRIKE_WEAPONS:
        return "bomb" if sub == "Suicide bomb" else sub
    sentence, trigger = normalize_letters(row[COLUMN["notes"]] or ""), normalize_letters(row[COLUMN["trigger"]] or "")
    at = sentence.find(trigger) if trigger else -1
    near = sentence[max(0, at - _DEVICE_CHARS) : at + len(trigger) + _DEVICE_CHARS] if at >= 0 else trigger
    return "bomb" if _DEVICE.search(near) else ""


_DEVICE = re.compile(rf"(?<![{AR}])[وفب]?(?:ال)?(?:عبوه|عبوات|لغم|الغام|مفخخه|مفخخات|قنبله|قنابل|ناسفه)(?![{AR}])")
_DEVICE_CHARS = 30
_DEFINITE = re.compile(r"[وفب]?ال")


def _one_battle(a: tuple, b: tuple) -> bool:
    """Whether two battle rows may be one battle: not two places taken (each act of taking control names its own
    place or position: استولت على السجن ... سيطرت على التبة), and not a clash told with its own dead beside another
    act told with none (مقتل زعيم القاعدة في اشتباكات: an event of its own)."""
    actions = (a[COLUMN["action"]], b[COLUMN["action"]])
    if actions == (_TAKE_CONTROL, _TAKE_CONTROL):
        return False
    dead = [not _empty(r[COLUMN["fatalities"]]) for r in (a, b)]
    return actions[0] == actions[1] or dead[0] == dead[1]


def _same_day(a: tuple, b: tuple) -> bool:
    """Both rows dated, on the same day."""
    da, db = a[COLUMN["event_date"]], b[COLUMN["event_date"]]
    if da is None or db is None or pd.isna(da) or pd.isna(db):
        return False
    return pd.Timestamp(da).normalize() == pd.Timestamp(db).normalize()


def _places_agree(a: tuple, b: tuple) -> bool:
    """The same place (by its English or its written name), or one row names none."""
    ea, eb = (a[COLUMN["location_en"]] or "").lower(), (b[COLUMN["location_en"]] or "").lower()
    pa, pb = normalize_letters(a[COLUMN["location"]] or ""), normalize_letters(b[COLUMN["location"]] or "")
    if not (ea or pa) or not (eb or pb):
        return True
    if (bool(ea) and ea == eb) or (bool(pa) and pa == pb):
        return True
    return _district_of(a, b) or _district_of(b, a)


def _district_of(part: tuple, town: tuple) -> bool:
    """Whether ``part`` is a district named with its town (Dar Sad (Aden)) and ``town`` that town."""
    name, town_name = part[COLUMN["location_en"]] or "", (town[COLUMN["location_en"]] or "").lower()
    return bool(town_name) and name.lower().endswith(f"({town_name})")


def _killings_by_nobody_known(a: tuple, b: tuple) -> bool:
    """Whether two killings of civilians (Violence against civilians; a wire's lead and its «قال ناشطون إن ...»
    of a shelling or a bombing fold whatever their generic sides) name no known side (all four unknown: none,
    unidentified, a generic noun)."""
    if a[COLUMN["event_type"]] != "Violence against civilians" or b[COLUMN["event_type"]] != a[COLUMN["event_type"]]:
        return False
    return all(_unknown(r[COLUMN[side]] or "") for r in (a, b) for side in ("actor1_en", "actor2_en"))


def _unknown(name: str) -> bool:
    """A side not known: none, an unidentified one, or a generic noun's gloss (military forces, militants)."""
    return not name or name.startswith("Unidentified") or name[:1].islower()


def _side_agrees(a: tuple, b: tuple, side_a: str, side_b: str) -> bool:
    """Whether one side of ``a`` and one of ``b`` agree: the same English name, or one of them unknown."""
    x, y = a[COLUMN[side_a]] or "", b[COLUMN[side_b]] or ""
    return _unknown(x) or _unknown(y) or x.lower() == y.lower()


def _two_tolls(a: tuple, b: tuple) -> bool:
    """Whether both rows state a number of dead, as numbers, and they differ."""
    dead = (a[COLUMN["fatalities"]], b[COLUMN["fatalities"]])
    if any(d is None or pd.isna(d) for d in dead):
        return False
    exact = {a[COLUMN["fatalities_qualifier"]], b[COLUMN["fatalities_qualifier"]]} <= _STATED
    return exact and int(dead[0]) != int(dead[1])


def _another(row: tuple) -> bool:
    """Whether a row's trigger is told as one more act or a reply (``_ANOTHER_BEFORE``, ``_ANOTHER_AFTER``)."""
    sentence, trigger = normalize_letters(row[COLUMN["notes"]] or ""), normalize_letters(row[COLUMN["trigger"]] or "")
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return False
    return bool(
        _ANOTHER_BEFORE.search(sentence, max(0, at - _BEFORE_CHARS), at)
        or _SEPARATE_BEFORE.search(sentence, 0, at)
        or _ANOTHER_AFTER.match(sentence, at + len(trigger))
    )


def _completed(first: tuple, later: tuple) -> tuple:
    """The first mention with its empty sides, place and dead taken from the later one, a strike's more specific
    sub-event, and the higher confidence of the two."""
    out = list(first)
    if first[COLUMN["event_type"]] == STRIKE and strike_rank(later) < strike_rank(first):
        out[COLUMN["sub_event_type"]] = later[COLUMN["sub_event_type"]]
    for group in FILLED:
        named = group[:2]  # the Arabic name and its English
        if all(_empty(out[COLUMN[n]]) for n in named) and not all(_empty(later[COLUMN[n]]) for n in named):
            for name in group:
                out[COLUMN[name]] = later[COLUMN[name]]
    town = str(later[COLUMN["geo_precision"]]) in ("1", "2") and bool(first[COLUMN["country"]])
    if town and _region(first) and _one_country(first, later):  # القوقاز, then its village: the village
        for name in _PLACE:
            out[COLUMN[name]] = later[COLUMN[name]]
    confidences = [c for c in (first[COLUMN["confidence"]], later[COLUMN["confidence"]]) if not _empty(c)]
    out[COLUMN["confidence"]] = max(confidences) if confidences else first[COLUMN["confidence"]]
    return tuple(out)


_PLACE = ("location", "location_en", "latitude", "longitude", "geo_precision")


def _empty(value: object) -> bool:
    """None, NaN or an empty string."""
    return value is None or value == "" or (isinstance(value, float) and pd.isna(value))
