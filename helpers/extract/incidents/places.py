"""One row per place: a strike, a battle or a protest told of several places at once (غارات على صعدة والجوف وحجة،
قصفت مواقع في الحديدة، وطالت أيضا زبيد، خرجت تظاهرات في البصرة والنجف) is one event per place and day to ACLED.
``per_place`` turns such a row into one row per place of its list: the same type, sides, date and source; the
place's own name and coordinates; the fatalities only on the row of the place they are stated for (a count told
for all of the list, before or after it, goes to none of its rows, as in the gold sets: ``_toll_owner``).

A list is a chain of place mentions of the event's sentence, after its trigger, each joined to the one before
by و or a comma (``_joined``): no other event's trigger, no stop and no nesting word (جنوبي، قرب، بمديرية:
a place inside another) between them, and not a province after a town of it (المكلا، حضرموت). Provinces and
regions listed are places of their own (غارات على محافظات الحديدة وصعدة وحجة: one row each); only a
countryside (ريفي إدلب وحلب) stays one row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from helpers.extract.incidents.naming import country_label
from helpers.extract.incidents.scope import COLUMN
from helpers.extract.incidents.vocabulary import noun_forms, trigger_regex
from helpers.extract.incidents.where import acled_spelling, mention_columns
from helpers.text.arabic import AR
from helpers.text.normalize import normalize_letters

SPLIT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Protests"})
_JOINS = ("،", ",", "و")
_ADDING = ("بالاضافه الي", "اضافه الي")  # مواقع في التحيتا بالإضافة إلى ورشات في شارع الخمسين: a list too
# How the text before a place of a list ends: a joint or a preposition (صعدة والجوف، وطالت أيضا ... في زبيد).
_BEFORE_PLACE = ("و", "،", ",", "في", "علي", "الي", "ب", "وب", "بال", "وبال")
_GAP_CHARS = 60  # the longest text between two places of one list (، وطالت أيضا تحصينات للمتمردين في)
# Between two places: one inside the other (جنوبي مدينة، قرب، بمديرية، في ضواحي), not a list.
_NESTED = re.compile(
    rf"(?<![{AR}])[وفب]?(?:ال)?(?:جنوب|جنوبي|شمال|شمالي|شرق|شرقي|غرب|غربي|قرب|بالقرب|قرابه|ضواحي|اطراف|محيط|داخل"
    rf"|وسط|مديريه|محافظه|ولايه|قضاء|ناحيه|ريف|عاصمه|التابعه|التابع|حتي|الي|مشارف|التي|الذي|الذين)(?![{AR}])"
)


def per_place(article: Any, row: tuple) -> list[tuple]:
    """The row, or one row per place of the list its clause names (see the module); the first keeps the row's
    id, the others get ``<id>.<k>``."""
    if not splittable(row) or not article.sentences:
        return [row]
    s, e = article.sentences[row[COLUMN["sentence_id"]]]
    mentions = sorted(
        (m for m in article.places if m.role == "location" and s <= m.start < e and not _country(m)),
        key=lambda m: m.start,
    )
    chain = place_list(article.norm, mentions, row[COLUMN["end"]], e, row[COLUMN["location"]])
    if len(chain) < 2 or any(_area(article.norm, m) for m in chain):
        return [row]
    if _BETWEEN.search(article.norm, max(0, chain[0].start - 16), chain[0].start):
        return [row]  # الطريق بين البصرة والعمارة: the two ends of one road or front, not a list of places
    owner = _toll_owner(article.norm, chain, _death_at(article.norm, row, (s, e)), e)
    out = []
    for k, mention in enumerate(chain):
        part = list(row)
        if k:
            part[COLUMN["event_id"]] = f"{row[COLUMN['event_id']]}.{k}"
        columns = place_columns(mention) if _english(mention) else mention_columns(article.norm, mention, mentions)[0]
        for name, value in zip(_PLACE_COLUMNS, columns, strict=True):
            part[COLUMN[name]] = value
        if k != owner:
            for name in ("fatalities", "fatalities_text", "fatalities_qualifier", "fatalities_who"):
                part[COLUMN[name]] = None if name == "fatalities" else ""
        out.append(tuple(part))
    return out


# The countryside of a province given as the area of an event (غارات على ريفي ادلب وحلب): one event, not one per
# place. Provinces, governorates and regions named in a list are places of their own (غارات على محافظات الحديدة
# وصعدة وحجة، تظاهرات في البصرة وذي قار والنجف): ACLED codes one event per location, and so do the gold sets.
_AREA_BEFORE = re.compile(rf"(?<![{AR}])[وفب]?(?:ال)?(?:ريف|ريفي|ارياف)\s+$")
# A pair after بين names the two ends of one road, front or border (الطريق الرابط بين البصرة والعمارة).
_BETWEEN = re.compile(rf"(?<![{AR}])و?بين\s+(?:[{AR}]+\s+)?$")
_AREA_KINDS = frozenset({"peninsula", "continent", "sea", "gulf", "river", "ocean"})  # no event's place


def _area(norm: str, m: Any) -> bool:
    """Whether a place mention is given as an area: a countryside (ريف، ريفي) or no place of an event (a sea, a
    continent)."""
    if m.place is not None and m.place.kind in _AREA_KINDS:
        return True
    return bool(_AREA_BEFORE.search(norm, max(0, m.start - 12), m.start))


def splittable(row: tuple) -> bool:
    """Whether a row may stand for several events: a strike, a protest (تظاهرات في البصرة والنجف: one per town),
    or a battle told with a verb or as clashes (اشتبكت القوات مع المسلحين في X وY، اشتباكات في X وY; another
    battle noun with places, معارك في بنغازي ودرنة، names a campaign), with a place, and not a plan (a threat to
    strike X and Y is no event at all)."""
    kind, trigger = row[COLUMN["event_type"]], normalize_letters(row[COLUMN["trigger"]] or "")
    if kind not in SPLIT_TYPES or not row[COLUMN["location"]] or row[COLUMN["reported_as"]] == "planned":
        return False
    return kind != "Battles" or trigger not in noun_forms() or trigger in _CLASH_NOUNS


# Clashes are one event per place told (اشتباكات في سبها والكفرة وأوباري), unlike a battle's name (معارك في بنغازي
# ودرنة, a campaign) or a taking of control.
_CLASH_NOUNS = frozenset({"اشتباك", "اشتباكات", "الاشتباكات", "الاشتباك", "مواجهات", "المواجهات"})


def _country(m: Any) -> bool:
    """Whether a place mention is a country (a list of countries is a region of conflict, not its places)."""
    return m.place is not None and m.place.kind == "country"


_PLACE_COLUMNS = ("location", "location_en", "latitude", "longitude", "geo_precision")


def place_list(norm: str, mentions: Sequence[Any], after: int, end: int, location: str) -> list[Any]:
    """The chain of joined, distinct places after ``after`` (the trigger's end) that holds the row's place
    ``location`` (its name as written or the gazetteer's), or []."""
    later = [m for m in mentions if after <= m.start < end]
    chains: list[list[Any]] = []
    for m in later:
        if chains and _joined(norm, chains[-1][-1], m) and not _same_place(chains[-1], m):
            chains[-1].append(m)
        else:
            chains.append([m])
    wanted = normalize_letters(location)
    return next((c for c in chains if len(c) > 1 and any(wanted in _names(m) for m in c)), [])


def _joined(norm: str, first: Any, second: Any) -> bool:
    """Whether two place mentions are items of one list: a و or a comma starts the text between them, which is
    short, holds no stop, no other trigger and no nesting word."""
    gap = norm[first.end : second.start]
    if second.direction:
        return False  # منطقة رأس عيسى، شمالي مدينة الحديدة: the second holds the first (its direction is in it)
    if _region(second) and not _region(first) and "و" not in gap:
        return False  # المكلا، حضرموت: a town, then its province after a comma, is one place
    if len(gap) > _GAP_CHARS or any(c in gap for c in ".؟!؛\n") or not gap.strip().startswith(_JOINS + _ADDING):
        return False
    if not gap.rstrip().endswith(_BEFORE_PLACE):
        return False  # والضربات التي شنتها واشنطن: a place as the doer of another act, not an item
    rest = next((gap.strip()[len(a) :] for a in _ADDING if gap.strip().startswith(a)), gap)
    return not _NESTED.search(rest) and not trigger_regex().search(gap)


def _region(m: Any) -> bool:
    """Whether a place mention is a province or a region (the gazetteer's kind)."""
    return m.place is not None and m.place.kind == _REGION


_REGION = "region"


def _same_place(chain: Sequence[Any], m: Any) -> bool:
    """Whether a mention names a place already in the chain (one name inside the other)."""
    names = _names(m)
    return any(a in b or b in a for other in chain for a in _names(other) for b in names if a and b)


def _names(m: Any) -> set[str]:
    """A place mention's normalised names: as written and the gazetteer's."""
    names = {normalize_letters(m.surface)}
    if m.place is not None:
        names.add(normalize_letters(m.place.name))
    return names


def _english(m: Any) -> bool:
    """Whether the gazetteer names a place mention in English (else its row takes its romanised name, at the
    point of the place it is in: ``where.mention_columns``)."""
    return m.place is not None and bool(m.place.name_en)


def place_columns(m: Any) -> tuple:
    """The location columns of one place mention (as the component writes them)."""
    p = m.place
    english = (country_label(p.country) or p.name_en) if p and p.kind == "country" else (p.name_en if p else "")
    return (p.name if p else m.surface, acled_spelling(english), m.lat, m.lon, m.precision if m.precision else None)


def _death_at(norm: str, row: tuple, sentence: tuple[int, int]) -> int | None:
    """Where the row's stated death count stands in its sentence, or None (no count, or not found)."""
    text = row[COLUMN["fatalities_text"]] or ""
    if row[COLUMN["fatalities"]] is None or not text:
        return None
    found = norm.find(normalize_letters(text), *sentence)
    return found if found >= 0 else None


def _toll_owner(norm: str, chain: Sequence[Any], deaths: int | None, end: int) -> int | None:
    """The place of the list a stated count of dead (at ``deaths``) is told for, or None when it is told for all
    of it (before the list: قتل 20 بغارات على حرض وعبس; after it: القصف في حرستا وعربين أسفر عن مقتل ثمانية)
    or for another clause: the gold sets give such a toll to none of the places. A count is a place's when it
    stands between that place and the next, or after the last place that is named again after it (غارات على
    صنعاء وعمران، ما أسفر عن مقتل 3 في عمران), or in a clause of حيث right after it (``_WHERE``)."""
    if deaths is None or deaths < chain[0].start:
        return None
    for k in range(len(chain) - 1):
        if chain[k].end <= deaths < chain[k + 1].start:
            return k
    last = chain[-1]
    named_again = any(norm.find(name, deaths, end) >= 0 for name in _names(last) if name)
    where = _WHERE.match(norm, last.end, deaths)  # البصرة والناصرية وبغداد، حيث قتلت الشرطة 4: Baghdad's
    return len(chain) - 1 if named_again or where else None


# A clause right after the last place of a list that opens with حيث speaks of that place only.
_WHERE = re.compile(rf"[\s،,]*حيث(?![{AR}])")
