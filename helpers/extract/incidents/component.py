"""The event-table component: each sentence (after the title) turned into events, ACLED-like (who did what to
whom, where, when, how many died, according to whom), after ``reconcile``, from the Article alone.

A sentence's triggers are found with one pattern over the article's normalised text. In a sentence a generic
trigger (قتل، هجوم) gives way to a specific one (انفجار، اعتقال), an announcement (أعلن) to any other event
(it makes that event ``claimed``), and two triggers of the same type are one event.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any, NamedTuple

import pandas as pd

from helpers import config
from helpers.extract.article import Article
from helpers.extract.incidents.agreements import agreement_sides
from helpers.extract.incidents.bombers import bomb_sides
from helpers.extract.incidents.clause_cues import possessed
from helpers.extract.incidents.clauses import light_verb_doer, state_party, subject_acts
from helpers.extract.incidents.details import (
    AGGREGATE_NOTE,
    RETOLD_NOTE,
    VIOLENT_TYPES,
    Fatalities,
    birth,
    dated,
    fatalities,
    lead_day,
    person_killed,
    reported_as,
)
from helpers.extract.incidents.home import home_sides
from helpers.extract.incidents.kinds import (
    EXCESSIVE_FORCE,
    armed_named,
    by_weapon_or_death,
    deaths_by_event,
    excessive_force,
    force_against,
    labelled,
    people_country,
    refined,
    riots,
    target_before,
    target_forces,
)
from helpers.extract.incidents.merging import another_act, one_per_event
from helpers.extract.incidents.mishaps import mishap
from helpers.extract.incidents.model import above, default_threshold, scored
from helpers.extract.incidents.onlookers import onlooker_statement
from helpers.extract.incidents.penalties import state_execution
from helpers.extract.incidents.persons import passive, patient_first, settled, spoken
from helpers.extract.incidents.places import per_place
from helpers.extract.incidents.protest_sides import peaceful_protest_sides
from helpers.extract.incidents.ranker_context import Context, RowSides, place_party
from helpers.extract.incidents.ranker_context import named as shown_name
from helpers.extract.incidents.ranker_model import ranked, use_ranker
from helpers.extract.incidents.ranker_naming import named_side, resolve_forces
from helpers.extract.incidents.reference import anaphors, rebel_group, referents, with_group
from helpers.extract.incidents.reinforcements import struck
from helpers.extract.incidents.retelling import one_row_per_act
from helpers.extract.incidents.roles import (
    EXPOSED_CHARS,
    by_nationality,
    opposed,
    passive_victim,
    reported_between,
    reporter_not_actor,
    speaker_not_actor,
    struck_forces,
    victims_named,
)
from helpers.extract.incidents.scope import (
    INCIDENT_COLUMNS,
    dated_by_lead,
    dated_by_previous,
    figurative,
    in_scope,
    merge_mentions,
)
from helpers.extract.incidents.sides import NOBODY, Party, associated_apart, sentence_parties, sides
from helpers.extract.incidents.sources import confidence, event_scale, event_source
from helpers.extract.incidents.terror import terror_act, terror_kind
from helpers.extract.incidents.toll_next import told_after
from helpers.extract.incidents.totals import told_earlier
from helpers.extract.incidents.unsided import sided_battles
from helpers.extract.incidents.victims import victim_kind, victims_side
from helpers.extract.incidents.vocabulary import (
    CLAIM,
    COMPLEMENTISER,
    CONDITIONAL,
    CONTROL_STATE_BEFORE,
    DEMAND_BEFORE,
    DEMONSTRATIVE_BEFORE,
    FACILITY_BEFORE,
    FIGHTER,
    FROM_BEFORE,
    LAUNCH_BEFORE,
    NAME_BEFORE,
    NEWS_AFTER,
    QUALIFIED_BEFORE,
    RESULT_BEFORE,
    RESULT_VERB,
    RIOTERS_BEFORE,
    STATE_BEFORE,
    THREAT_BEFORE,
    Trigger,
    exposure,
    marked_object,
    noun_forms,
    threat_link,
    trigger_regex,
    trigger_table,
)
from helpers.extract.incidents.where import context_place, event_place
from helpers.resources.outlets import outlet_name

REQUIRES = ("actors", "places", "events", "attributions", "quotes")
ASSIGNS = ("incidents",)


class Hit(NamedTuple):
    """One trigger found in the text: its span (without clitics), its row, and the clitics before it."""

    start: int
    end: int
    trigger: Trigger
    pre: str  # و، ف، ب، ال، س... as written before the form (normalised)
    suffix: str  # a pronoun after it


def find_incidents(article: Article, rank: bool | None = None) -> None:
    """Fill ``article.incidents`` with one row (``INCIDENT_COLUMNS``) per event of its sentences that is in the
    ACLED scope (``scope.in_scope``), an event told again kept once (``scope.merge_mentions``, then
    ``retelling.one_row_per_act``); with ``rank`` (None: as the ranker's weights file says) the side ranker's sides."""
    rows, context = rule_rows(article)
    if context is not None and (use_ranker() if rank is None else rank):
        rows = ranked(article, context, rows)
    merged = context.merged if context is not None else set()  # a row of two triggers is not split again
    rows = [part for row in map(bomb_sides, rows) for part in ([row] if row[0] in merged else per_place(article, row))]
    rows = scored(article, rows)  # the model's probability as confidence (``model``)
    rows = [context_place(article, row) for row in rows]  # no place: the account's; a country kept in ``country``
    rows = one_row_per_act(rows, default_threshold())  # an event told again: one row
    rows = sided_battles(rows, default_threshold())  # معارك الكر والفر with no side: the article's pair
    article.incidents.extend(bomb_sides(peaceful_protest_sides(home_sides(agreement_sides(article, r)))) for r in rows)


def rule_rows(article: Article) -> tuple[list[tuple], Context | None]:
    """The side rules' rows of an article (before the side ranker and the event model) and what they read."""
    found = [hit for hit in _triggers(article) if not _conditional(article, hit)]
    if not found:
        return [], None
    by_sentence: dict[int, list[Hit]] = {}
    for hit in found:
        by_sentence.setdefault(article.sentence_of(hit.start), []).append(hit)
    context = Context(article, set(by_sentence))
    heads = with_group(referents((m for _, m in article.actors), shown_name), context.group)
    rebels = rebel_group((m for _, m in article.actors), shown_name, context.names.rebels, context.militia)
    known = (heads, rebels)
    rows = [row for sid, hits in by_sentence.items() for row in _sentence_events(article, context, sid, hits, known)]
    rows, context.merged = one_per_event(rows, article.norm)  # two triggers of one event: one row (``merging``)
    rows = told_after(article, rows, set(by_sentence))  # the wounded, and the dead told in the sentence after
    rows = dated_by_lead(dated_by_previous(rows), lead_day(article.events, article.dct))
    penalty = state_execution(article.norm)  # a court's sentence carried out: no event told (``penalties``)
    rows = [row for row in rows if not penalty and in_scope(row, article.norm, article.dct, noun_forms())]
    towns = {n for m in article.places if m.place is None or m.place.kind != "country" for n in _names(m)}
    apart = [row for row in rows if len(per_place(article, row)) > 1]  # a list of places: events of their own
    order = {row[0]: n for n, row in enumerate(rows)}
    rows = [
        opposed(settled(row, context.settled), context.forces, rebels, towns, article.norm)
        for row in sorted(merge_mentions([r for r in rows if r not in apart]) + apart, key=lambda r: order[r[0]])
    ]
    return [row for row in rows if not onlooker_statement(row, context.types)], context


_TAKE_CONTROL, KILLING, PROTEST = "سيطرة", "قتل", "احتجاج"


def _names(m: Any) -> tuple[str, ...]:
    """A place mention's names: as written and, when resolved, the gazetteer's."""
    return (m.surface, m.place.name) if m.place is not None else (m.surface,)


def _claimed(norm: str, start: int, point: int) -> bool:
    """Whether a source states the event before it in its sentence, a party rather than news or reports (أفادت
    الأنباء بأن ... is reported)."""
    said = [m for m in CLAIM.finditer(norm, start, point)]
    return any(not NEWS_AFTER.match(norm, m.end(), point) for m in said)


def _conditional(article: Article, hit: Hit) -> bool:
    """Whether a condition (إذا، لو) stands before the trigger in its sentence: a hypothesis, not an event."""
    s, _ = article.sentences[article.sentence_of(hit.start)] if article.sentences else (0, 0)
    return bool(CONDITIONAL.search(article.norm, s, hit.start))


def _triggers(article: Article) -> list[Hit]:
    """The trigger matches of the article's body (the title only repeats it): states (تحت سيطرة), names in
    quotes, relative clauses (التي أعلنتها) and purposes (لتحرير درنة، للاعتقال) left out."""
    table, norm = trigger_table(), article.norm
    body = article.record.get("body_start") if hasattr(article.record, "get") else 0
    body = 0 if body is None or (isinstance(body, float) and math.isnan(body)) else int(body)
    out, purpose_end = [], -1_000
    for match in trigger_regex().finditer(norm, body):
        start, pre = match.start("form"), match.group("pre")
        trigger = table[match.group("form")]
        exposed = exposure(norm, max(0, start - EXPOSED_CHARS), match.start(), start)  # تعرضها لهجمات
        missile = trigger.action_en.startswith(_MISSILE)
        launched = missile and LAUNCH_BEFORE.search(norm, max(0, start - _LAUNCH_CHARS), match.start())
        told = terror_act(norm, trigger, match.end())  # العمل الإرهابي الذي استهدف: one act; None: no such noun
        if told is False:
            continue  # مكافحة العمل الإرهابي: terrorism in general, not one act
        launched = launched or marked_object(norm, start, match.start(), trigger) or told  # اتفاقا لوقف إطلاق النار
        if not launched and (
            (pre.lstrip("وف") in ("ل", "لل") and not exposed) or 0 <= match.start() - purpose_end <= 2
        ):  # لتحرير درنة، لاستعادة السيطرة: a purpose (تعرضت لهجوم: an act suffered)
            purpose_end = match.end()
            continue
        if STATE_BEFORE.search(norm, max(0, start - 8), match.start()) or struck(norm, match.start(), trigger.action):
            continue  # تحت سيطرة: a state; استهدفت الغارات تعزيزات: a target
        if trigger.before == "actor2" and FROM_BEFORE.search(norm, max(0, start - 6), match.start()):
            continue  # من قبضة التنظيم: out of its grip, not an arrest
        control = trigger.action == _TAKE_CONTROL and trigger.pos == "noun"
        if control and NAME_BEFORE.search(norm, max(0, start - 12), match.start()):
            continue  # عملية تحرير درنة، إعلان التحرير: the operation's name, not a place taken
        if control and "ال" not in pre and CONTROL_STATE_BEFORE.search(norm, max(0, start - 10), match.start()):
            continue  # سنوات من سيطرة الإرهابيين: a state of control
        if trigger.priority > 0 and DEMAND_BEFORE.search(norm, max(0, start - 30), match.start()):
            continue  # داعية إلى إطلاق سراح، وقف الاحتجاجات: a call, not an act
        threat = THREAT_BEFORE.search(norm, max(0, start - 40), match.start())
        linked = pre.lstrip("وف") in ("ل", "لل", "ب", "بال") or threat_link(norm, start, match.start())
        if trigger.priority > 0 and threat and linked:
            continue  # المخاوف من هجمات، مخطط للاعتداء، لمنع تنظيم احتجاجات: not an act
        if DEMONSTRATIVE_BEFORE.search(norm, max(0, start - 8), match.start()):
            continue  # هذه المداهمة: the raid told before
        if QUALIFIED_BEFORE.search(norm, max(0, start - 10), match.start()):
            continue  # قواعد الاشتباك: rules, not a clash
        if trigger.sub_event_type == "Arrests" and FACILITY_BEFORE.search(norm, max(0, start - 10), match.start()):
            continue  # مراكز احتجاز: a place of detention
        if trigger.event_type == "Riots" and RIOTERS_BEFORE.search(norm, max(0, start - 10), match.start()):
            continue  # مثيري الشغب: rioters named, not a riot
        if trigger.priority == 0 and match.group("suf"):
            continue  # أعلنها: a pronoun object, an announcement told about, not made
        sentence = article.sentences[article.sentence_of(start)] if article.sentences else (0, len(norm))
        if figurative(norm, sentence, trigger, (start, match.end())) or mishap(norm, sentence, trigger, match.span()):
            continue  # هاجم الوزير المعارضة بشدة، الحرب على الفساد: words, not violence
        out.append(Hit(start, match.end(), trigger, pre, match.group("suf") or ""))
    return out


_LAUNCH_CHARS = 60  # how far before a missile its launch verb may stand (five words)
_MISSILE = "missile"  # the rows of missiles: after a launch, ل is no purpose (إطلاق الحوثيين لصاروخ باليستي)


# A generic trigger (قتل، هجوم) this close to a specific one is the same event told twice (قتل 9 مدنيين
# نتيجة انفجار), unless the later one is joined by و (استهداف الكتيبة ... واغتيال النائب العام: two events).
_SAME_EVENT_CHARS = 60
_VIOLENT_KEY = ("violence", "")


def _kept(hits: list[Hit], norm: str) -> tuple[list[Hit], int | None]:
    """The triggers that make events, and where the first announcement is (None when there is none or it is
    the sentence's only kind of event). Announcements give way to any other event; a generic trigger to a
    specific one near it; one of an earlier one's type is that event but after و or ``merging.another_act``."""
    hits = subject_acts(hits)  # يفجر انتحاري: the noun is the verb's subject, one act
    events = [h for h in hits if h.trigger.priority > 0]
    announce = next((h.start for h in hits if h.trigger.priority == 0), None)
    if not events:
        return [next(h for h in hits if h.trigger.priority == 0)], None
    specific = [h for h in events if h.trigger.priority >= 2]
    wanted = [h for h in events if h.trigger.priority >= 2 or not any(_told_with(h, sp, norm) for sp in specific)]
    kept, seen = [], {}  # seen: where each key's last trigger ends
    for hit in wanted:
        key = _key(hit.trigger)
        more = key in seen and another_act(norm, seen[key], hit.start)  # ردا على الهجوم، فضلا عن قصف
        if key not in seen or (hit.pre.startswith("و") and hit.trigger.pos == "noun") or more:
            kept.append(hit)
        seen[key] = hit.end
    return kept, announce


def _told_with(generic: Hit, specific: Hit, norm: str) -> bool:
    """Whether a generic trigger tells the same event as a specific one: near it (no و joins the later one), or
    in the result clause after it (سقوط قذيفة ... أدى إلى مقتل رب أسرة)."""
    later = generic if generic.start > specific.start else specific
    if abs(generic.start - specific.start) <= _SAME_EVENT_CHARS and not later.pre.startswith("و"):
        return True
    if generic.start < specific.start or not RESULT_BEFORE.search(norm, max(0, generic.start - 5), generic.start):
        return False
    return bool(RESULT_VERB.search(norm, max(0, specific.start - _SAME_EVENT_CHARS), generic.start))


def _key(trigger: Trigger) -> tuple[str, str]:
    """Triggers of one key in a sentence are one event; every generic act of violence shares one key."""
    if trigger.priority == 1 and trigger.sub_event_type == "Attack":
        return _VIOLENT_KEY
    return trigger.event_type, trigger.sub_event_type


def _sentence_events(
    article: Article, context: Context, sentence_id: int, hits: list[Hit], known: tuple[dict[str, Party], Party]
) -> Iterator[tuple]:
    """The event rows of one sentence (``known``: the actors its definite descriptions refer to, by head noun, and
    the article's rebels)."""
    heads, rebels = known
    text, norm = article.text, article.norm
    s, e = article.sentences[sentence_id] if article.sentences else (0, len(text))
    kept, announced_at = _kept(hits, norm)
    places = context.places.get(sentence_id, [])
    as_actor = [place_party(m) for m in places if m.role == "actor"]
    locations = [m for m in places if m.role == "location"]
    mentioned = context.parties.get(sentence_id, [])
    referred = anaphors(norm, s, e, heads, [*mentioned, *as_actor])  # التحالف، التنظيم: the one the article names
    parties = sentence_parties(text, norm, s, e, mentioned, as_actor, referred)
    times = [t for t in context.times.get(sentence_id, []) if not birth(norm, t)]
    quote = context.quotes.get(sentence_id)
    outlet = str(article.record.get("outlet") or "")
    sentence_text = text[s:e][: config.incident_settings().notes_chars]
    dead = deaths_by_event(kept, fatalities(text, norm, s, e), norm)
    victims = victims_named(hits, parties, norm)
    announcer = NOBODY
    if announced_at is not None:
        announcer, _ = sides(norm, _STATEMENT, (announced_at, announced_at + 1), (s, e), parties)
    for n, hit in enumerate(kept):
        t0, t1, trigger = hit.start, hit.end, hit.trigger
        low = max(s, kept[n - 1].end if n else s)
        if trigger.priority > 0:
            said = [m.end() for m in COMPLEMENTISER.finditer(norm, low, t0)]
            low = said[-1] if said else low
        high = kept[n + 1].start if n + 1 < len(kept) else e
        death = dead.get(n)
        doer = context.last_actor[1] if 0 <= sentence_id - context.last_actor[0] <= 1 else NOBODY
        actor1, actor2 = _sides(norm, hit, (low, high), parties, quote, death)
        death = death or person_killed(text, trigger, actor2)
        if trigger.pos == "noun" and trigger.priority > 0:  # شنت إسرائيل غارات، غارات شنتها دمشق: the verb's subject
            states = [p for p in (state_party(m) for m in locations) if p.name]
            doer = light_verb_doer(norm, (t0, t1), low, sorted([*parties, *states]))
            if doer.name or doer.english:
                actor1, actor2 = doer, (NOBODY if actor2.name and actor2.name == doer.name else actor2)
        if actor1.english and not actor1.name and actor1.start >= 0:  # غارة أمريكية: the adjective as written
            actor1 = actor1._replace(name=text[actor1.start : actor1.end])
        if actor1 in victims:  # مقتل صالح الصماد في غارة: the killed is not who struck
            actor1, actor2 = NOBODY, actor2 if actor2.name else actor1
        carried = not actor1.name and trigger.priority == 1 and trigger.pos == "verb"
        actor1 = _resolved(actor1, actor2, hit, parties, context, sentence_id)
        carried = carried and actor1 is context.last_actor[1] and bool(context.last_kind[0])
        actor2 = NOBODY if actor2.name and actor2.name == actor1.name else actor2  # one side resolved twice
        actor1, actor2 = armed_named(actor1, rebels), armed_named(actor2, rebels)  # the event's type reads them
        fighter = bool(FIGHTER.search(norm, max(low, t0 - _FIGHTER_CHARS), min(high, t1 + _FIGHTER_CHARS)))
        fighter = fighter or target_before(norm, t0, actor1, parties)  # صمدت القوات أمام هجوم: forces its target
        event_type, sub_event_type = refined(trigger, actor1, actor2, fighter)
        event_type, sub_event_type = by_weapon_or_death(norm, (low, high), trigger, (event_type, sub_event_type), death)
        (event_type, sub_event_type), actor1 = terror_kind(norm, trigger, (event_type, sub_event_type), actor1, t0)
        (event_type, sub_event_type), actor1 = riots(norm, (s, e), (event_type, sub_event_type), hit, actor1)
        if carried:  # كما استهدفت مواقع لهم: the generic act goes on the kind of the event before (air strikes)
            event_type, sub_event_type = context.last_kind
        if not actor1.name and not actor1.english and _retold(hit, event_type, sentence_id, context):
            actor1 = context.last_actor[1]  # استهدفت الغارات ...: the raids told before, by their doer
        if actor1.name and trigger.priority > 0:
            context.last_actor, context.last_kind = (sentence_id, actor1), (event_type, sub_event_type)
        assoc, actor2 = associated_apart(norm, actor1, actor2, parties, t0)  # an ally: no other side
        place, country = event_place(norm, locations, (t0, t1), (low, high), event_type == "Statement")
        if event_type == "Explosions/Remote violence" and not actor2.name:  # ضربات ضد مواقع عسكرية حكومية
            actor2 = struck_forces(norm, (t1, high), country, actor1)
        row_id, acts = f"{article.article_id}:{sentence_id}:{n}", trigger.priority > 0
        seen = RowSides(sentence_id, (t0, t1), trigger.pos, (*parties,), (low, high), country, acts, doer)
        context.rows[row_id] = seen  # what the side ranker reads again
        protest = event_type in ("Protests", "Riots")  # الفلسطينيون يتظاهرون في إسرائيل: Protesters (Palestine)
        labels = (people_country(norm, s, e) or country) if protest else country
        event = (event_type, labels, acts)
        named = [named_side(p, k, event, context.names, parties) for k, p in ((1, actor1), (2, actor2))]
        for k, ((_, settled_as), party) in enumerate(zip(named, (actor1, actor2), strict=True), start=1):
            if settled_as is not None:  # ACLED names groups, not persons (after merging)
                context.settled[(row_id, str(k), party.name)] = settled_as
        actor1, actor2 = named[0][0], named[1][0]
        event_type, sub_event_type = target_forces((event_type, sub_event_type), trigger, actor2)  # a named target
        if event_type == "Protests":
            force = force_against(norm, hits, (s, e), parties)
            if force.name:  # ACLED: the protesters are actor 1 of every demonstration, the force met actor 2
                protesters = actor1 if actor1.kind == "civilian" else labelled(event_type, NOBODY, NOBODY, labels)[0]
                sub_event_type, actor1, actor2 = EXCESSIVE_FORCE, protesters, force
        if excessive_force(norm, (t0, t1), trigger, event_type, (actor1, actor2)):  # مجزرة بحق المتظاهرين
            protesters = labelled("Protests", NOBODY, NOBODY, people_country(norm, s, e) or country)[0]
            event_type, sub_event_type, actor1, actor2 = "Protests", EXCESSIVE_FORCE, protesters, actor1
            hit = hit._replace(trigger=replace(trigger, action=PROTEST))  # one with its protest, not a battle's part
        when = dated(norm, times, (t0, low, high, kept[0].start), article.dct)
        told = told_earlier(norm, (t0, t1), death.text if death else "", trigger.action) if not when.text else 0
        when = when._replace(precision=3, note=(AGGREGATE_NOTE, RETOLD_NOTE)[told - 1]) if told and when.when else when
        claimed = trigger.priority > 0 and _claimed(norm, s, t0)
        announced = announced_at is not None and announced_at < t0 and trigger.priority > 0
        status = reported_as(norm, (s, e), t0, hit.pre.endswith("س"), claimed or announced)
        source, kind = event_source(quote if claimed else None, announcer if announced else NOBODY, outlet)
        if trigger.priority == 0:
            status = status if status in ("denied", "planned") else "reported"
            source, kind = (actor1.name, "named") if actor1.name else (outlet, "outlet")
        speaker_kind = quote[0].speaker_kind if claimed and quote is not None else ""
        scale = event_scale((source, kind, speaker_kind), outlet_name(outlet), context.types)
        yield (
            row_id, article.article_id, sentence_id, t0, t1, text[t0:t1],
            hit.trigger.action, event_type, sub_event_type, actor1.name, actor1.english, assoc.name, actor2.name,
            actor2.english, *place, when.when, when.precision, when.text, status, source, kind, outlet, scale,
            death.count if death else None, death.text if death else "", death.qualifier if death else "",
            death.who if death else "", sentence_text,
            confidence(trigger, actor1, place[0], when.text), trigger.action_en, when.note, "", None, "",
        )  # fmt: skip


def _sides(
    norm: str, hit: Hit, region: tuple[int, int], parties: list[Party], quote: tuple | None, death: Fatalities | None
) -> tuple[Party, Party]:
    """Actor 1 and actor 2 of one event: the side rules, then fixes: victims (civilians) are never actor 1 of
    violence, the dead named by a count are actor 2 when none is, a statement's actor 1 is its speaker."""
    trigger = hit.trigger
    suffixed = trigger.pos == "noun" and bool(hit.suffix)
    actor1, actor2 = sides(norm, trigger, (hit.start, hit.end), region, parties, suffixed)
    if trigger.event_type in VIOLENT_TYPES:
        span, pre = (hit.start, hit.end), hit.pre
        actor1, actor2 = passive_victim(norm, span, pre, region, parties, (actor1, actor2))
        actor1 = by_nationality(norm, span, trigger.pos, actor1)
    actor1, actor2 = patient_first(norm, trigger, (hit.start, hit.end), (actor1, actor2), parties)
    if actor2.name and (actor2.name == actor1.name or (actor2.english and actor2.english == actor1.english)):
        actor2 = NOBODY  # one side named twice
    actor2 = NOBODY if spoken(norm, actor2) else actor2  # وقال المسماري: the one telling
    if trigger.priority == 0:
        speaker = quote[1][0] if quote and quote[1][0] else ""
        return (Party(-1, -1, speaker, quote[1][2], "named") if speaker else actor1), NOBODY
    if quote is not None and actor1.start >= 0:
        actor1 = speaker_not_actor(norm, quote[0], hit.start, actor1)
    violent = trigger.event_type in VIOLENT_TYPES
    actor1 = reporter_not_actor(actor1) if violent else actor1  # وزارة الصحة أجملت عدد القتلى: who counts
    if violent and actor1.kind == "civilian" and not actor2.name:
        actor1, actor2 = NOBODY, actor1
    elif violent and trigger.event_type != "Riots" and actor1.kind == "civilian":  # قصف قوات النظام ... المدنيين
        actor1, actor2 = (actor2, actor1) if actor2.kind != "civilian" else (NOBODY, actor2)
    if violent and death is not None and death.who and not actor2.name:
        kind, english = victim_kind(death.who)
        side = victims_side(norm, death.end, parties) if kind == "armed" else None  # 15 عنصرا من التنظيم
        actor2 = side or Party(death.start, death.end, death.who, english, kind)
    return actor1, actor2


def _retold(hit: Hit, event_type: str, sentence_id: int, context: Context) -> bool:
    """Whether a noun act of violence with no doer of its own is told with the definite article of prior mention
    (ال العهدية: الغارات، القصف) right after an act of its type by a named doer (this sentence or the one before):
    the acts told before, whose doer is its own."""
    definite = hit.trigger.pos == "noun" and hit.pre.lstrip("وفب").startswith("ال") and not hit.suffix
    last_sentence, last = context.last_actor
    recent = 0 <= sentence_id - last_sentence <= 1 and bool(last.name)
    return definite and event_type in VIOLENT_TYPES and recent and context.last_kind[0] == event_type


_STATEMENT = Trigger("verb", "Statement", "Statement/Announcement", "إعلان", "announcement", 0, "actor1", "actor1")

_FIGHTER_CHARS = 45  # how far from a killing its victim's title may stand (قتل القيادي، لقي القيادي ... مصرعه)


def _resolved(actor1: Party, actor2: Party, hit: Hit, parties: Sequence[Party], context: Context, sid: int) -> Party:
    """Actor 1 with its reference resolved: generic forces (القوات) are the article's most named army; a verb
    without a subject (its subject dropped or a pronoun: بعد أن استعاد) takes the nearest named actor before
    it in the sentence, else the actor 1 of the event of the sentence before."""
    forces = resolve_forces(actor1, context.forces)  # الجيش الليبي in a story of the LNA: the LNA
    if forces is not actor1:
        return forces
    if (
        actor1.name
        or hit.trigger.pos != "verb"
        or hit.trigger.priority == 0
        or passive(context.norm[hit.start : hit.end])
    ):
        return actor1  # a passive verb's doer is unknown (اُعتقل)
    named = [p for p in parties if p.end <= hit.start and p.kind == "named" and p.name != actor2.name]
    named = [p for p in named if not possessed(context.norm, p)]  # كما استهدفت after عربات للحوثيين: an object
    if named and reported_between(context.norm, max(named[-1].end, hit.start - 300), hit.start):
        named = []  # قالت الشرطة إن انتحاريين هاجموا: the speaker, and every actor before it
    if named:
        return named[-1]
    last_sentence, last = context.last_actor
    return last if 0 <= sid - last_sentence <= 1 and last.name != actor2.name else actor1


def incident_rows(article: Article, min_confidence: float | None = None) -> Iterator[tuple]:
    """The article's rows of the ``incidents`` table (``INCIDENT_COLUMNS``) with a confidence of at least
    ``min_confidence`` (None: the event model's threshold; 0: every candidate row)."""
    yield from above(article.incidents, min_confidence)


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """The incidents table with its column types: nullable integer counts and precisions, dates, floats."""
    return frame.astype(
        {"fatalities": "Int64", "injuries": "Int64", "geo_precision": "Int64", "time_precision": "Int64",
         "latitude": "float64", "longitude": "float64", "confidence": "float64", "sentence_id": "int64",
         "start": "int64", "end": "int64"}).assign(event_date=pd.to_datetime(frame["event_date"]))  # fmt: skip


__all__ = ["INCIDENT_COLUMNS", "find_incidents", "incident_rows", "rule_rows", "typed"]
