"""Where an event happened: the place ACLED would code for a row, from the place mentions of its sentence and,
when its sentence names none, of the article around it.

ACLED codes the most specific place the report gives for the event itself: the place its predicate governs
(في/ب/على + a place after the trigger, in its clause), not a place named for another reason. A place is not
the event's location when it tells an allegiance or an origin (الحوثيين الموالين لإيران، المدعومين من إيران،
مطلوب من مصر، المقربة من إيران), the state leading a coalition (التحالف بقيادة السعودية، الذي تقوده السعودية)
or the place fire came from (من مواقعهم في الجراحي), or when a country stands for the whole of it (مختلف
أنحاء تركيا: no single place, left empty). A facility the gazetteer cannot name in English (القنصلية
السعودية في إسطنبول) is coded at the town it is in. A statement's place is where it was made
(في مؤتمر صحفي في بنغازي), not the places its words name. A row whose sentence names no place takes the
place of the article's account before it (``context_place``), unless it names a part of the country by a direction
only (في جنوب البلاد).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from helpers.extract.incidents.naming import country_label
from helpers.extract.incidents.scope import COLUMN
from helpers.extract.toponyms.facilities import TOWN_KINDS
from helpers.extract.toponyms.subtown import own_name
from helpers.text.arabic import AR, MARKS

NOWHERE: tuple = ("", "", None, None, None)
_PLACE_AFTER = 150  # characters: past them a place after the trigger is in another clause
# An administrative unit after التابعة ل (مركز المديرية التابعة لمحافظة الحديدة): the place after it situates, it is
# not where the act happened.
_UNITS = "(?:محافظه|مدينه|مديريه|منطقه|ولايه|قضاء|ناحيه|بلديه|اقليم|امانه)"
# A ruler named by its seat (ميليشيات موالية لنظام دمشق، دورية تابعة لمجلس طرابلس العسكري): the place after it is
# the allegiance's object, not where the act happened.
_RULERS = "(?:نظام|حكومه|سلطات|برلمان|مجلس)"
# What stands right before a place named as an allegiance or an origin, not as where the act happened. A word
# after موال/تابع that begins with ل is the allegiance's object already (دورية تابعة للحوثيين شرق مدينة تعز):
# the place after it is where the act happened.
_NOT_WHERE = re.compile(
    rf"(?:(?<![{AR}])[وا]?(?:ال)?(?:موال|مدعوم|تابع|قادم|مطلوب)[{AR}]*(?:\s+(?!ل(?!{_UNITS}|{_RULERS})[{AR}]{{2}}|في\s)[{AR}]+)?\s+(?:من|لدي|ل)?"
    rf"|(?<![{AR}])(?<!علي\s)[وا]?(?:ال)?مقرب(?:ه|ين|ون)?\s+(?:من|لدي|ل)?"  # المقربة من إيران; not على مقربة من
    rf"|(?<![{AR}])(?:من|ذو|ذات|ذوي)\s+اصول?|(?<![{AR}])(?:انطلاقا\s+)?من\s+(?:مواقع|مناطق|اراضي|الاراضي)[{AR}]*\s+(?:في|ب)?"
    rf"|(?<![{AR}])انطلاقا\s+من|(?<![{AR}])[وب]?(?:ال)?(?:حلفاء|حليف[{AR}]*|عملاء|وكلاء)|المدعوم[{AR}]*\s+من"
    rf"|(?<![{AR}])(?:بقياده|بزعامه|[تي](?:قوده|تزعمه|قودها|تزعمها))"  # التحالف بقيادة السعودية: its leader
    rf"|(?<![{AR}])[وبل]?(?:ال)?حدود(?:ها|هم)?\s+مع)"  # على الحدود مع السعودية: the other side of the border
    rf"\s*(?:ال|ل)?$"
)
# A country named as the whole of it (احتجاجات في مختلف أنحاء تركيا): no single place of the event.
_WHOLE = re.compile(rf"(?<![{AR}])(?:انحاء|ارجاء|عموم|كافه\s+مدن|جميع\s+مدن|كل\s+مدن|مختلف\s+مدن)\s*$")
# A short parenthesis between two commas (، الخميس،): it does not end the trigger's clause.
_PARENTHESIS = 16
# A statement's place is where it was made: after the trigger and its medium, before its words.
_MADE_AT = re.compile(
    rf"\s*(?:[{AR}]+\s+){{0,4}}?(?:(?:في|من)\s+(?:(?:مؤتمر|بيان|كلمه|خطاب|لقاء|تصريح|حديث|اجتماع)[{AR}\s]{{0,30}}?\s+)?)?"
    rf"(?:في|من)\s+(?:مدينه\s+|العاصمه\s+)?"
)
_STATEMENT_CHARS = 60
# A word that opens a new clause after a comma (،أما في تعز،): no parenthesis, however short.
_OPENS_CLAUSE = re.compile(rf"\s*(?:[وف]?(?:اما|بينما|فيما|حيث)|في\s+حين)(?![{AR}])")


def event_place(
    norm: str, locations: Sequence[Any], trigger: tuple[int, int], part: tuple[int, int], statement: bool = False
) -> tuple[tuple, str]:
    """(name, English name, latitude, longitude, precision) of the event's place, and its country code.

    The place of the trigger's clause: the first after the trigger before the clause ends (a comma, a short
    parenthesis ``، الخميس،`` skipped, at most ``_PLACE_AFTER`` characters on), else the nearest before it in
    its part of the sentence, else the first further after it in its part, else the first after its part in its
    clause (past a nested trigger: بدعم من غارات), else the nearest before it in its sentence, else the
    sentence's first; allegiances, origins and the other side of a border (على الحدود مع السعودية) left out;
    a clause ends at a comma before أما/بينما/فيما (،أما في تعز،: no parenthesis); a country only when its part
    of the sentence names no town in it; a facility with no English name coded at the town named right after it;
    a place that only situates the one before it (دوما قرب دمشق) passed over for it; a province or a state right
    after a town of it (أوستن بولاية تكساس) coded at that town. A statement's place only where it was made."""
    t0, t1 = trigger
    low, high = part
    usable = where_candidates(norm, locations)
    if statement:
        return _columns(made_at(norm, usable, t1, high))
    after = [m for m in usable if t1 <= m.start < high]
    before = [m for m in usable if low <= m.start < t0]
    near = [m for m in after if m.start < clause_end(norm, t1, high)]
    preceding = [m for m in usable if m.start < t0]  # مواجهات at a clause's end: the nearest place told before
    # Past a nested trigger (استعادت بدعم من غارات جوية السيطرة على أجزاء من محافظة إب): the trigger's clause
    # goes on, and its place comes before one of another clause (قالت الحكومة التي انتقلت إلى الرياض إن).
    beyond = [m for m in usable if high <= m.start < clause_end(norm, t1, t1 + _PLACE_AFTER)]
    chosen = next(
        iter(near or _last_told(norm, before) or after or beyond or _last_told(norm, preceding) or usable), None
    )
    if chosen is None:
        return NOWHERE, ""
    chosen = town_of_region(norm, chosen, usable)
    if whole_country(norm, chosen):
        return NOWHERE, chosen.place.country or ""
    if _country(chosen):  # درنة الواقعة شرق ليبيا: the town, not its country
        towns = [m for m in near + before[::-1] + after if _inside(m, chosen)]
        chosen = towns[0] if towns else chosen
    return mention_columns(norm, chosen, usable)


def mention_columns(norm: str, m: Any, usable: Sequence[Any]) -> tuple[tuple, str]:
    """The location columns of the place mention chosen for an event, and its country code: a sub-town place by
    its romanised name at its town's point (منطقة فضحة بمديرية الملاجم، مطار أتاتورك في إسطنبول), a facility
    with no English name at the town it is in, any other place as it is; ``usable``: the other places it may be
    in."""
    own = own_name(m)
    if own:
        return _sub_town_columns(m, own, _container(norm, m, usable)[0], usable)
    return _columns(*_container(norm, m, usable))


def _sub_town_columns(m: Any, own: str, town: Any, usable: Sequence[Any]) -> tuple[tuple, str]:
    """The columns of a sub-town place: its Arabic name and romanised name, at the point of the town it is in
    (named right after it, or the town its facility was coded at; else the nearest place of its clause that is
    coded in English), with ACLED's geo-precision 2; and that town's country."""
    if town is m or town.place is None or not town.place.name_en:
        named = [o for o in usable if o is not m and o.place is not None and o.place.name_en]
        town = min(named, key=lambda o: abs(o.start - m.start), default=None)
    name, own = written_name(m), acled_spelling(own)
    if town is None:  # no place it is in: its own point if it has one, else none, at the region's precision
        return (name, own, m.lat, m.lon, 2 if m.lat is not None else 3), ""
    precision = 2 if town.place.kind in TOWN_KINDS else 3  # in a country or a region only: ACLED's precision 3
    return (name, own, town.lat, town.lon, precision), town.place.country or ""


def _last_told(norm: str, mentions: Sequence[Any]) -> list[Any]:
    """The last of ``mentions`` (as a list of one, or none), or the one before it when the last only places it
    (مدينة دوما قرب دمشق، بلدة المليحة شرق دمشق: Douma, not Damascus), or the first of a chain of places finer
    than the gazetteer, each in the next (منطقة فضحة بمديرية الملاجم بمحافظة البيضاء: Fadha)."""
    if len(mentions) < 2:
        return list(mentions)
    gap = (norm, mentions[-2].end, mentions[-1].start)
    if _PLACES_IT.fullmatch(*gap) or (mentions[-1].direction and _BEFORE_DIRECTION.fullmatch(*gap)):
        return [mentions[-2]]  # دوما في شرق دمشق: the direction is in the second mention's span
    last = len(mentions) - 1
    while (
        last
        and own_name(mentions[last - 1])
        and _SITUATED_IN.fullmatch(norm, mentions[last - 1].end, mentions[last].start)
    ):
        last -= 1  # منطقة فضحة بمديرية الملاجم بمحافظة البيضاء: the place the row names, not those it lies in
    return [mentions[last]]


# Between a place and the place that situates it: قرب، بالقرب من، شرق(ي)، بجنوب، في شمال، جنوب غربي، ضواحي, a
# comma before.
_PLACES_IT = re.compile(
    r"\s*،?\s*(?:ب?القرب\s+من|قرب|ضواحي|(?:الي\s+)?(?:ب|في\s+)?(?:ال)?(?:شمال|جنوب|شرق|غرب)(?:ي|ا)?(?:\s+(?:ال)?(?:شرق|غرب)(?:ي|ا)?)?)"
    r"\s*(?:مدينه\s+|العاصمه\s+)?"
)
_BEFORE_DIRECTION = re.compile(r"\s*،?\s*(?:في|ب)?\s*")
# Between a place finer than the gazetteer and the place it lies in: في/ب, a unit word allowed (بمديرية، في محافظة).
_SITUATED_IN = re.compile(rf"\s*،?\s*(?:في\s+|ب)(?:ال)?(?:{_UNITS}\s+)?")


def town_of_region(norm: str, chosen: Any, mentions: Sequence[Any]) -> Any:
    """A province or a state chosen as a place (ولاية تكساس) gives way to a town of its country named right
    before it (مدينة أوستن بولاية تكساس، الناصرية في محافظة ذي قار): the most specific place."""
    if chosen.place is None or chosen.place.kind != "region" or not chosen.place.country:
        return chosen
    told = [m for m in mentions if m.end <= chosen.start and m.place is not None]
    town = told[-1] if told else None
    if town is not None and town.place.kind in TOWN_KINDS and town.place.country == chosen.place.country:
        return town if _IN_REGION.fullmatch(norm, town.end, chosen.start) else chosen
    return chosen


_IN_REGION = re.compile(r"\s*،?\s*(?:في\s+|ب)?")


def clause_end(norm: str, t1: int, high: int) -> int:
    """Where the trigger's clause ends: the first comma after it that does not open a short parenthesis
    (``، الخميس،``), at most ``_PLACE_AFTER`` characters on."""
    end = min(t1 + _PLACE_AFTER, high)
    at = t1
    while True:
        comma = norm.find("،", at, end)
        if comma < 0:
            return end
        following = norm.find("،", comma + 1, end)
        if following < 0 or following - comma > _PARENTHESIS or _OPENS_CLAUSE.match(norm, comma + 1):
            return comma
        at = following + 1


def where_candidates(norm: str, locations: Sequence[Any]) -> list[Any]:
    """The place mentions that may be where an event happened: not an allegiance or an origin (``not_where``),
    nor a place listed right after one with و (من مواقعهم في الجراحي وجبل راس في محافظة الحديدة), nor a
    continent, a sea, a gulf or a river (الموانئ الواقعة على الخليج: ACLED codes a town)."""
    kept, skipped_to = [], -1
    for m in sorted(locations, key=lambda m: m.start):
        tail = norm[skipped_to : m.start] if skipped_to >= 0 else ""
        listed = tail.strip().startswith("و") and len(tail) <= _TAIL_CHARS and "،" not in tail
        if not_where(norm, m) or listed:
            skipped_to = m.end
            continue
        if m.place is None or m.place.kind not in _NOT_CODABLE:  # موانئ على الخليج، أوروبا: no event's place
            kept.append(m)
    return kept


_TAIL_CHARS = 30


def not_where(norm: str, m: Any) -> bool:
    """Whether a place mention tells an allegiance or an origin (الموالين لإيران، المدعومة من إيران، المقربة من
    إيران، المطلوبين أمنيا من مصر), not a place."""
    return bool(_NOT_WHERE.search(norm, max(0, m.start - 30), m.start))


def whole_country(norm: str, m: Any) -> bool:
    """Whether a country is named as the whole of it (مختلف أنحاء تركيا): no single place."""
    return _country(m) and bool(_WHOLE.search(norm, max(0, m.start - 20), m.start))


def made_at(norm: str, locations: Sequence[Any], t1: int, high: int) -> Any:
    """The place a statement was made at: a place after في/من within four words of its trigger, or of its
    medium (أعلن حفتر من بنغازي، في مؤتمر صحفي عقده في بنغازي), within ``_STATEMENT_CHARS``; or None (the
    places of its words are not where it was made: حذرت القيادة من وجود عسكري في الجنوب)."""
    for m in locations:
        if t1 <= m.start < min(high, t1 + _STATEMENT_CHARS) and _MADE_AT.fullmatch(norm, t1, m.start):
            return m
    return None


def _inside(m: Any, country: Any) -> bool:
    """Whether a resolved place below the country level lies in that country."""
    return m.place is not None and not _country(m) and m.place.country == country.place.country


def _country(m: Any) -> bool:
    return m.place is not None and m.place.kind == "country"


def _container(norm: str, m: Any, locations: Sequence[Any]) -> tuple[Any, int | None]:
    """A place the gazetteer cannot name in English (القنصلية السعودية، معسكر الصاعقة، an unknown village) coded
    at the town named right after it (في إسطنبول، بمدينة درنة), else at the town its name holds (مطار الحديدة،
    ميناء جازان: the places layer's ``extra["town"]``), with ACLED's geo-precision 2 (near or part of that town);
    any other place as it is, with its own precision."""
    if m.place is not None and m.place.name_en:
        return m, m.precision
    for other in locations:
        gap = norm[m.end : other.start]
        named = other.place is not None and other.place.name_en and not _country(other)
        if other.start >= m.end and named and _INSIDE.fullmatch(gap):
            return other, 2
    town = getattr(m, "extra", {}).get("town")  # مطار الحديدة: the town the places layer coded it at
    if town is not None and town.place is not None and town.place.name_en:
        return town, 2
    return m, m.precision


_INSIDE = re.compile(r"\s*(?:في|ب|بمدينه|في\s+مدينه|بمحافظه|في\s+محافظه)\s*")


def _columns(m: Any, precision: int | None = None) -> tuple[tuple, str]:
    """The location columns of a mention (``precision``: its own unless given), and its country code."""
    if m is None:
        return NOWHERE, ""
    p, precision = m.place, precision or m.precision
    english = (country_label(p.country) or p.name_en) if p and p.kind == "country" else (p.name_en if p else "")
    return (
        written_name(m), acled_spelling(english), m.lat, m.lon, precision if precision else None,
    ), (p.country if p else "") or ""  # fmt: skip


def written_name(m: Any) -> str:
    """A place's name as the article writes it (بنغازي where the gazetteer writes بنغازى; شيحا الشرقية), without the
    direction of a relative location (جنوب درنة → درنة), quotes (منطقة "شيحة" → منطقة شيحة), tatweel or harakat;
    the gazetteer's name when the mention has no surface."""
    own_start = getattr(m, "extra", {}).get("own_start", m.start)
    surface = m.surface[max(0, own_start - m.start) :] if m.surface else ""
    shown = " ".join(_QUOTES.sub(" ", MARKS.sub("", surface)).split())
    if shown.startswith("لل") and getattr(m, "key", "").startswith("ال"):
        shown = "ا" + shown[1:]  # للموصل: ل + الموصل
    return shown or (m.place.name if m.place is not None else "")


_QUOTES = re.compile("[\"'«»“”„‘’]")


# The marks GeoNames writes for ع and ء (Sa'dah, Ma'rib, Ad Dali`): ACLED's place names have none (Sadah, Marib).
# An apostrophe before a capital is French elision, kept (N'Djamena, Côte d'Ivoire).
_GLOTTAL_MARKS = re.compile("(?<![A-Za-z])['`\u2019\u2018\u02bf\u02be]|['`\u2019\u2018\u02bf\u02be](?![A-Z])")


def acled_spelling(english: str) -> str:
    """A place's English name as ACLED writes it: without the marks for ع and ء (Sa'dah → Sadah, `Afrin →
    Afrin); an elision before a capital kept (N'Djamena)."""
    return _GLOTTAL_MARKS.sub("", english)


def context_place(article: Any, row: tuple) -> tuple:
    """``_context_place`` with the ``country`` column set: the country of the place it keeps or gives, else of the
    country alone it took away."""
    told = place_country(article, row)
    placed = _context_place(article, row)
    country = place_country(article, placed) or told
    if placed is not row and not row[COLUMN["location"]] and _in_unnamed_part(article, row):
        return with_country(row, country)  # في جنوب البلاد: the account's country, no place
    return with_country(placed, country)


def _in_unnamed_part(article: Any, row: tuple) -> bool:
    """Whether a row's sentence places the act in a part of a country it does not name (``unnamed_part``)."""
    s, e = article.sentences[row[COLUMN["sentence_id"]]] if article.sentences else (0, len(article.norm))
    return unnamed_part(article.norm, s, e)


def _context_place(article: Any, row: tuple) -> tuple:
    """A row whose sentence names no place of it, given the place of the article's account: the nearest place
    named before its sentence (the title included; one that only situates the place before it passed over for
    it, as ``_last_told`` reads them), else the article's first; for a country, the nearest town
    of that country named (before, else after), else none; ACLED's geo-precision at least 2. Not for a
    statement (its place is where it was made), nor when its sentence speaks of a whole country or tells a
    tally over a period (``_TALLY``: no single place). A row placed at a country alone (غارات على مواقع في
    العراق) is left with no place: a country is no single place of an act (the gold sets code none). Called
    after the event model scored the row, which reads the country as a place told."""
    if row[COLUMN["event_type"]] == "Statement":
        return row
    if row[COLUMN["location"]]:
        return _unplaced(row) if _a_country(article, row) else row
    norm, sid = article.norm, row[COLUMN["sentence_id"]]
    s, e = article.sentences[sid] if article.sentences else (0, len(norm))
    if any(whole_country(norm, m) or _at_sea(norm, m) for m in article.places if s <= m.start < e):
        return row
    if _a_tally(norm, s, e):
        return row
    mentions = where_candidates(norm, [m for m in article.places if m.role == "location"])
    named = [m for m in mentions if _codable(m)]
    before = [m for m in named if m.start < s]
    told = _last_told(norm, before)  # كربلاء، على بعد 75 كيلومترا جنوب بغداد: Karbala, not the town it is placed by
    chosen = told[0] if told else (named[0] if named else None)
    if chosen is not None and _country(chosen):  # the most specific place of that country named, else none
        towns = [m for m in before[::-1] + named if _inside(m, chosen)]
        chosen = towns[0] if towns else None
    if chosen is None:
        return row
    return _placed(row, town_of_region(norm, chosen, named))


# A sentence that tells a tally over a period (في الفترة من 7 يوليو وحتى الخامس، في نفس الفترة، خلال الشهر
# الحالي) or over the whole country unnamed (داخل وخارج البلاد، في أنحاء البلاد): its acts are a campaign's sum,
# not one event at the account's place (the gold sets code no place for such rows).
_TALLY = re.compile(
    rf"(?<![{AR}])(?:(?:في|خلال)\s+(?:ال)?فتره\s+(?:من|الممتده|الماضيه|الاخيره|نفسها|ذاتها)(?![{AR}])"
    rf"|(?:نفس|ذات)\s+الفتره|الفتره\s+(?:نفسها|ذاتها)"
    rf"|خلال\s+(?:ال)?(?:اشهر|اسابيع|ايام|سنوات|الشهر|العام|الاسبوع|السنه)\s+(?:الماضي|الماضيه|الاخيره|الحالي|الجاري|المنصرم)"
    rf"|داخل\s+و\s*خارج\s+البلاد|داخل\s+البلاد\s+وخارجها|(?:انحاء|ارجاء|عموم)\s+البلاد)(?![{AR}])"
)


# A part of a country named by its direction, no town (في جنوب البلاد، جنوبي البلاد، في شمال شرق البلاد، في
# الجنوب): the act is in no single place the article names, not at the account's place (the gold sets code none).
_DIRECTION = "(?:شمال|جنوب|شرق|غرب|وسط)"
_UNNAMED_PART = re.compile(
    rf"(?<![{AR}])(?:في\s+|ب)(?:(?:ال)?{_DIRECTION}(?:ي|ا)?(?:\s+(?:ال)?(?:شرق|غرب)(?:ي|ا)?)?\s+البلاد"
    rf"|ال{_DIRECTION}(?!\s+(?:الاوسط|الادني|الاقصي)))(?![{AR}])"
)


def unnamed_part(norm: str, s: int, e: int) -> bool:
    """Whether a sentence places its act in a part of a country it names by a direction only (في جنوب البلاد،
    في الجنوب; not في الشرق الأوسط)."""
    return bool(_UNNAMED_PART.search(norm, s, e))


_AT_SEA = re.compile(r"(?:في|فى|ب)\s*(?:مياه\s+)?$")


def _at_sea(norm: str, m: Any) -> bool:
    """Whether a place mention is a sea, a gulf or a river the act took place in (ناقلة في البحر الأحمر، بمياه
    الخليج): the act is at sea, not at the place told before (the article's dateline); on a shore (موانئ على
    الخليج) it is not."""
    if m.place is None or m.place.kind not in _NOT_CODABLE - {"continent"}:
        return False
    return bool(_AT_SEA.search(norm, max(0, m.start - 12), m.start))


def _a_tally(norm: str, s: int, e: int) -> bool:
    """Whether a sentence tells a tally over a period (``_TALLY``), not an event ranked against one (الهجوم
    الذي يعد الأعنف خلال الأشهر الماضية، هو الثاني خلال الأسبوع الجاري: the account's event, at its place)."""
    for tally in _TALLY.finditer(norm, s, e):
        before = norm[max(s, tally.start() - 40) : tally.start()].split()[-4:]
        if not any(_RANKED.fullmatch(w) for w in before):
            return True
    return False


# A superlative or an ordinal that ranks the account's event within the period (الأعنف، الثاني، الأول من نوعه).
_RANKED = re.compile(r"(?:و?ال)?(?:اعنف|اكبر|اكثر|اسوا|اخطر|ادمي|اول|ثاني|ثالث|رابع|خامس|اولي|ثانيه|ثالثه|رابعه|خامسه)")


def place_country(article: Any, row: tuple) -> str:
    """ACLED's English name of the country of a row's location (Yemen for صنعاء or اليمن), '' when none: the
    country of the article's place mention written as the location, else of the place whose point it was coded
    at (a district or a village the gazetteer lacks, at its town or province)."""
    name, english = row[COLUMN["location"]], row[COLUMN["location_en"]]
    if not name:
        return ""
    codes = [m.place.country for m in article.places if m.place is not None and written_name(m) == name]
    if not codes:  # a facility coded at its town (القنصلية السعودية في إسطنبول): the town's English name
        codes = [m.place.country for m in article.places if m.place is not None and m.place.name_en == english]
    point = row[COLUMN["latitude"]], row[COLUMN["longitude"]]
    if not codes and point[0] is not None:  # a place finer than the gazetteer (مديرية دار سعد بمحافظة عدن),
        codes = [m.place.country for m in article.places if m.place is not None and (m.lat, m.lon) == point]
    code = next((c for c in codes if c), "")
    return country_label(code) if code else ""


def with_country(row: tuple, country: str) -> tuple:
    """The row with its ``country`` column set."""
    out = list(row)
    out[COLUMN["country"]] = country
    return tuple(out)


def _a_country(article: Any, row: tuple) -> bool:
    """Whether a row's place is a country named in the article (غارات على مواقع في العراق: Iraq)."""
    name, english = row[COLUMN["location"]], row[COLUMN["location_en"]]
    return any(
        _country(m) and written_name(m) == name and acled_spelling(country_label(m.place.country)) == english
        for m in article.places
    )


def _unplaced(row: tuple) -> tuple:
    """The row without its location columns."""
    out = list(row)
    for key in _PLACE_COLUMNS:
        out[COLUMN[key]] = "" if key in ("location", "location_en") else None
    return tuple(out)


def _placed(row: tuple, chosen: Any) -> tuple:
    """The row with the location columns of a place mention, at ACLED's geo-precision 2 at least."""
    (name, english, lat, lon, precision), _ = _columns(chosen)
    out = list(row)
    for key, value in zip(_PLACE_COLUMNS, (name, english, lat, lon, max(precision or 1, 2)), strict=True):
        out[COLUMN[key]] = value
    return tuple(out)


def _codable(m: Any) -> bool:
    """Whether a place can stand as an event's place for ACLED: resolved, named in English, in one country,
    not a sea, a river or a continent (الشرق الأوسط، أوروبا، البحر الأحمر)."""
    p = m.place
    return p is not None and bool(p.name_en) and bool(p.country) and p.kind not in _NOT_CODABLE


_NOT_CODABLE = frozenset({"continent", "sea", "gulf", "river", "ocean"})
_PLACE_COLUMNS = ("location", "location_en", "latitude", "longitude", "geo_precision")
