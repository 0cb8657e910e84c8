"""Event tables for the events report: the incidents table read safely, the events with their sentences, who
acts against whom, which outlet reports which event first, and fatalities with their qualifiers kept.

The incidents table (``Store.incidents()``, ACLED-like columns plus the cross-article clusters) may be absent
from an older store or empty for a corpus: every function here takes an empty frame and returns an empty table
with its columns. Figures that add events up across outlets count each cluster (one event told by several
articles) once.
"""

from __future__ import annotations

import re

import pandas as pd

from helpers.report import trust
from helpers.report.evidence import SentenceIndex, attach_sentences

EVENT_TYPES = {  # ACLED's six event types in ACLED's order, then our statements (not ACLED's): (Arabic, English)
    "Battles": ("معارك", "Battles"),
    "Explosions/Remote violence": ("انفجارات وعنف عن بعد", "Explosions/Remote violence"),
    "Violence against civilians": ("عنف ضد المدنيين", "Violence against civilians"),
    "Protests": ("احتجاجات", "Protests"),
    "Riots": ("أعمال شغب", "Riots"),
    "Strategic developments": ("تطورات استراتيجية", "Strategic developments"),
    "Statement": ("تصريحات وإعلانات (ليست نوعا من ACLED)", "Statements (not an ACLED type)"),
}
QUALIFIERS = {  # how a stated count reads: (Arabic, English)
    "exact": ("بالضبط", "exact"),
    "at_least": ("على الأقل", "at least"),
    "about": ("نحو", "about"),
    "up_to": ("حتى", "up to"),
}
INCIDENT_COLUMNS = [
    "event_id", "article_id", "sentence_id", "start", "end", "trigger", "action", "event_type", "sub_event_type",
    "actor1", "actor1_en", "assoc_actor_1", "actor2", "actor2_en", "location", "location_en", "latitude",
    "longitude", "geo_precision", "event_date", "time_precision", "date_text", "reported_as", "source",
    "source_kind", "outlet", "source_scale", "fatalities", "fatalities_text", "fatalities_qualifier",
    "fatalities_who", "notes", "confidence", "content_hash", "cluster_id", "n_sources", "first_outlet",
    "first_published", "country", "injuries", "injuries_text",
]  # fmt: skip
EVENT_COLUMNS = [  # the events table shown, ACLED's names first, then ours
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor1_en", "assoc_actor_1",
    "actor2", "actor2_en", "country", "location", "location_en", "latitude", "longitude", "geo_precision", "fatalities",
    "fatalities_qualifier", "fatalities_who", "injuries", "injuries_text", "source", "source_kind", "outlet",
    "source_scale", "reported_as", "n_sources", "first_outlet", "cluster_id", "event_id", "article_id", "confidence",
]  # fmt: skip
PAIR_COLUMNS = ["event_type", "actor1", "actor1_en", "actor2", "actor2_en", "events", "clusters"]
OUTLET_COLUMNS = ["outlet", "events", "clusters", "shared_clusters", "first_reports", "first_share"]
CLUSTER_COLUMNS = [
    "cluster_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "n_sources",
    "first_outlet", "first_published", "outlets",
]  # fmt: skip
FATALITY_COLUMNS = ["event_type", "events", "exact", "at_least", "about", "up_to", "stated"]
UNKNOWN_ACTOR = ("(غير معروف)", "(unknown)")
NO_INCIDENTS = (
    "لا يحوي المخزن جدول الأحداث (incidents) أو لم يُعثر على أي حدث في هذه المقالات؛ أعد بناء المخزن بنسخة "
    "تستخرج الأحداث: python -m helpers store PATH / the store holds no incidents table, or no event was found in "
    "these articles; rebuild the store with a version that extracts events."
)
WINDOW_PAD_DAYS = 31  # events dated up to this many days before the first article are drawn


def load_incidents(store: object) -> pd.DataFrame:
    """The store's incidents with their clusters (``Store.incidents()``), or its raw ``incidents`` table in a
    store without that method, with every column of :data:`INCIDENT_COLUMNS` (missing ones empty)."""
    reader = getattr(store, "incidents", None)
    frame = reader() if callable(reader) else store.table("incidents")  # type: ignore[attr-defined]
    return with_columns(frame)


def intro_html() -> str:
    """The report's opening on how to read it and its extractors' accuracy (``trust.intro_html("events")``),
    or "" while the trust tables have no entry for this report."""
    known = "events" in trust.DEPENDS_ON and "events" in trust.LIMITS
    return trust.intro_html("events") if known else ""


def with_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every incidents column (missing ones added empty; a lone row is its own cluster) and
    ``event_date`` as dates."""
    out = frame.copy()
    for column in INCIDENT_COLUMNS:
        if column not in out:
            out[column] = pd.Series(pd.NA, index=out.index, dtype="object")
    if out["cluster_id"].isna().all():
        out["cluster_id"] = out["event_id"]
        out["n_sources"] = 1
        out["first_outlet"] = out["outlet"]
    out["event_date"] = pd.to_datetime(out["event_date"], errors="coerce")
    for count in ("fatalities", "injuries"):
        out[count] = pd.to_numeric(out[count], errors="coerce").astype("Int64")
    return out


def type_label(event_type: object) -> str:
    """An event type as "Arabic / English" (unknown types as they are)."""
    pair = EVENT_TYPES.get(str(event_type))
    return f"{pair[0]} / {pair[1]}" if pair else str(event_type)


def actor_label(arabic: object, english: object) -> str:
    """An actor as "Arabic / English", the Arabic alone when no English, "(unknown)" when neither."""
    arabic = "" if pd.isna(arabic) else str(arabic).strip()
    english = "" if pd.isna(english) else str(english).strip()
    if not arabic and not english:
        return " / ".join(UNKNOWN_ACTOR)
    return f"{arabic} / {english}" if arabic and english and english != arabic else arabic or english


def in_window(incidents: pd.DataFrame, dct: pd.Series) -> tuple[pd.DataFrame, int]:
    """The events dated within the articles' window (from ``WINDOW_PAD_DAYS`` before the first article to the
    last) and how many dated events fall outside it (they stay in the tables)."""
    dates = pd.to_datetime(pd.Series(dct), utc=True, errors="coerce").dt.tz_localize(None).dropna()
    dated = incidents[incidents["event_date"].notna()]
    if dates.empty:
        return dated, 0
    first = dates.min().normalize() - pd.Timedelta(days=WINDOW_PAD_DAYS)
    last = dates.max().normalize() + pd.Timedelta(days=1)
    event_dates = pd.to_datetime(dated["event_date"])
    if isinstance(event_dates.dtype, pd.DatetimeTZDtype):
        event_dates = event_dates.dt.tz_localize(None)
    inside = event_dates.ge(first) & event_dates.lt(last)
    return dated[inside], int((~inside).sum())


def surer(incidents: pd.DataFrame, min_confidence: float | None) -> tuple[pd.DataFrame, int]:
    """The events whose ``confidence`` (the event model's probability) is at least ``min_confidence`` and how
    many were left out; None keeps the store's table (already at the model's default threshold) unchanged."""
    if min_confidence is None:
        return incidents, 0
    keep = pd.to_numeric(incidents["confidence"], errors="coerce").fillna(0.0).ge(float(min_confidence))
    return incidents[keep], int((~keep).sum())


def confidence_note(min_confidence: float | None, left_out: int) -> str:
    """One line saying which threshold the report uses and how many events it left out (both languages)."""
    if min_confidence is None:
        return (
            "الأحداث كلها كما في المخزن (الحد الافتراضي لنموذج الأحداث) / every event of the store (the event "
            "model's default threshold)"
        )
    return (
        f"الأحداث التي ثقتها {min_confidence:g} فأكثر فقط؛ استُبعد {left_out} / only events with confidence "
        f"≥ {min_confidence:g}; {left_out} left out (clusters keep the sources counted over all events)"
    )


def events_table(incidents: pd.DataFrame) -> pd.DataFrame:
    """The events, in date order, with the columns of :data:`EVENT_COLUMNS` (plus start, end and sentence_id
    for drill-down); event types and qualifiers as they are stored (ACLED's values)."""
    keep = [*EVENT_COLUMNS, "start", "end", "sentence_id"]
    out = incidents.sort_values(["event_date", "article_id", "start"], na_position="last", kind="stable")
    out = out[keep].reset_index(drop=True)
    text = [c for c in keep if out[c].dtype == object]
    out[text] = out[text].fillna("")
    return out


def evidence(incidents: pd.DataFrame, articles: pd.DataFrame | SentenceIndex) -> pd.DataFrame:
    """The events table with each event's sentence (``sentence``, ``sentence_start``) for drill-down: the
    trigger (``start``:``end``) is highlighted in it."""
    return attach_sentences(events_table(incidents), articles)


def most_common_types(incidents: pd.DataFrame, most: int = 3) -> list[str]:
    """The ``most`` event types with the most clusters, the largest first."""
    counts = incidents.drop_duplicates("cluster_id")["event_type"].value_counts()
    return [str(t) for t in counts.head(most).index]


def one_surface(incidents: pd.DataFrame) -> pd.DataFrame:
    """``incidents`` with one Arabic name per actor, the same as actor 1 and as actor 2: rows whose actor has the
    same English (ACLED) name get the surface written most often for it on either side (القاعدة and تنظيم القاعدة
    are both Al-Qaeda: one actor, not two). Two English names never share a surface when another is written for
    one of them (مسلحون read as both "Unidentified Islamist militants" and "Unidentified armed group": the one
    with more mentions keeps it, the other takes its next surface)."""
    out = incidents.copy()
    pairs = []
    for side in ("actor1", "actor2"):
        arabic = out[side].fillna("").astype(str)
        english = out[f"{side}_en"].fillna("").astype(str)
        named = (arabic != "") & (english != "")
        pairs.append(pd.DataFrame({"arabic": arabic[named], "english": english[named]}))
    both = pd.concat(pairs, ignore_index=True)
    if both.empty:
        return out
    counts = both.value_counts().reset_index(name="n")
    counts = counts.sort_values(["n", "arabic"], ascending=[False, True], kind="stable")
    totals = counts.groupby("english")["n"].sum().sort_values(ascending=False, kind="stable")
    surface, taken = {}, set()
    for english in totals.index:  # the most mentioned actor chooses first
        written = counts.loc[counts["english"] == english, "arabic"].tolist()
        free = [a for a in written if a not in taken]
        surface[english] = (free or written)[0]
        taken.add(surface[english])
    for side in ("actor1", "actor2"):
        english = out[f"{side}_en"].fillna("").astype(str)
        named = (out[side].fillna("").astype(str) != "") & (english != "")
        out.loc[named, side] = english[named].map(surface)
    return out


def actor_pairs(incidents: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Who acts against whom: one row per event type, actor 1 and actor 2 (one name per English name, see
    :func:`one_surface`) with the events (rows) and the clusters (events counted once across outlets), most
    clusters first; the ``top`` rows when given."""
    if incidents.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    incidents = one_surface(incidents)
    sides = incidents.assign(
        **{c: incidents[c].fillna("").astype(str) for c in ("actor1", "actor1_en", "actor2", "actor2_en")}
    )
    grouped = sides.groupby(["event_type", "actor1", "actor2"], as_index=False, dropna=False).agg(
        actor1_en=("actor1_en", "first"),
        actor2_en=("actor2_en", "first"),
        events=("event_id", "size"),
        clusters=("cluster_id", "nunique"),
    )
    grouped = grouped.sort_values(["clusters", "events", "actor1"], ascending=[False, False, True])
    grouped = grouped.reset_index(drop=True)[PAIR_COLUMNS]
    return grouped if top is None else grouped.head(top)


def actor_matrix(incidents: pd.DataFrame, event_type: str | None = None, top: int = 10) -> pd.DataFrame:
    """Clusters by actor 1 (rows) and actor 2 (columns), labelled "Arabic / English", for one event type (or
    all): the ``top`` actors of each side by clusters, the others summed in an "(others)" row and column."""
    data = incidents if event_type is None else incidents[incidents["event_type"] == event_type]
    if data.empty:
        return pd.DataFrame()
    data = one_surface(data).drop_duplicates(["cluster_id", "actor1", "actor2"])
    first = [actor_label(a, e) for a, e in zip(data["actor1"], data["actor1_en"], strict=True)]
    second = [actor_label(a, e) for a, e in zip(data["actor2"], data["actor2_en"], strict=True)]
    sides = pd.DataFrame({"actor1": first, "actor2": second})
    others = "(آخرون) / (others)"
    for side in ("actor1", "actor2"):
        kept = sides[side].value_counts().head(top).index
        sides[side] = sides[side].where(sides[side].isin(kept), others)
    matrix = pd.crosstab(sides["actor1"], sides["actor2"])
    rows = matrix.sum(axis=1).sort_values(ascending=False).index
    columns = matrix.sum(axis=0).sort_values(ascending=False).index
    last = [" / ".join(UNKNOWN_ACTOR), others]  # known actors first, the unknown and the others at the end
    rows = [r for r in rows if r not in last] + [r for r in last if r in rows]
    columns = [c for c in columns if c not in last] + [c for c in last if c in columns]
    return matrix.loc[rows, columns]


def clusters(incidents: pd.DataFrame) -> pd.DataFrame:
    """One row per event told across articles (cluster): its first report's fields, how many articles told
    it, which outlet published it first and every outlet that reported it; most sources first. An actor or
    place the first report leaves empty is the one its other reports name most (a cluster of six reports,
    three naming the Houthis as actor 2, read "no actor 2" when its first report named none)."""
    if incidents.empty:
        return pd.DataFrame(columns=CLUSTER_COLUMNS)
    first = incidents[incidents["event_id"] == incidents["cluster_id"]].drop_duplicates("cluster_id")
    missing = incidents[~incidents["cluster_id"].isin(first["cluster_id"])].drop_duplicates("cluster_id")
    first = pd.concat([first, missing])
    for column in ("actor1", "actor2", "location"):
        own = first[column].fillna("").astype(str).str.strip()
        first[column] = own.where(own != "", first["cluster_id"].map(_most_named(incidents, column)).fillna(""))
    outlets = incidents.groupby("cluster_id")["outlet"].agg(lambda s: " | ".join(sorted(set(s.dropna().astype(str)))))
    out = first.assign(outlets=first["cluster_id"].map(outlets))
    out = out.sort_values(["n_sources", "event_date", "cluster_id"], ascending=[False, True, True], na_position="last")
    return out.reset_index(drop=True)[CLUSTER_COLUMNS]


def _most_named(incidents: pd.DataFrame, column: str) -> pd.Series:
    """Per cluster, the actor or place its reports name most: exact copies of one article (one content hash)
    count once, and names of one actor (one English name: الجيش السوري، القوات السورية، النظام السوري) count
    together, shown by the surface written most often (a Syria cluster of ten reports of the Douma attack read
    actor 1 «عناصر أساسية», "key elements" named by one article and its copy, against four reports naming the
    Syrian forces in three ways)."""
    named = incidents[column].fillna("").astype(str).str.strip()
    rows = pd.DataFrame({"cluster_id": incidents["cluster_id"], "name": named})
    english = f"{column}_en"
    key = incidents[english].fillna("").astype(str).str.strip() if english in incidents.columns else named
    rows["key"] = key.where(key != "", named)
    copy = incidents["content_hash"].fillna("").astype(str) if "content_hash" in incidents.columns else None
    rows["copy"] = (
        copy.where(copy != "", incidents["article_id"].astype(str))
        if copy is not None
        else incidents["article_id"].astype(str)
    )
    rows = rows[rows["name"] != ""].drop_duplicates(["cluster_id", "copy", "name"])
    if rows.empty:
        return pd.Series(dtype=object)
    counts = rows.groupby(["cluster_id", "key"]).size().rename("n").reset_index()
    best = counts.sort_values(["cluster_id", "n", "key"], ascending=[True, False, True]).drop_duplicates("cluster_id")
    chosen = rows.merge(best[["cluster_id", "key"]], on=["cluster_id", "key"])
    return chosen.groupby("cluster_id")["name"].agg(lambda s: s.value_counts().index[0])


def cross_outlet(incidents: pd.DataFrame) -> pd.DataFrame:
    """The rows of the clusters told by at least two different outlets: the only events where one outlet can
    publish before another (an outlet re-telling its own story is not a competitor)."""
    if incidents.empty:
        return incidents
    outlets = incidents.groupby("cluster_id")["outlet"].transform(lambda s: s.dropna().nunique())
    return incidents[outlets >= 2]


def outlet_summary(incidents: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: events (rows), clusters it reported, those also told by another outlet
    (``shared_clusters``), those it published before the other outlets (``first_reports``, of the shared ones)
    and that share."""
    if incidents.empty:
        return pd.DataFrame(columns=OUTLET_COLUMNS)
    shared = cross_outlet(incidents)
    per_cluster_first = shared.drop_duplicates("cluster_id")[["cluster_id", "first_outlet"]]
    out = incidents.groupby("outlet", as_index=False).agg(
        events=("event_id", "size"), clusters=("cluster_id", "nunique")
    )
    out["shared_clusters"] = out["outlet"].map(shared.groupby("outlet")["cluster_id"].nunique()).fillna(0).astype(int)
    out["first_reports"] = out["outlet"].map(per_cluster_first["first_outlet"].value_counts()).fillna(0).astype(int)
    out["first_share"] = (out["first_reports"] / out["shared_clusters"].where(out["shared_clusters"] > 0)).round(3)
    out = out.sort_values(["clusters", "outlet"], ascending=[False, True]).reset_index(drop=True)
    return out[OUTLET_COLUMNS]


def outlet_by_cluster(incidents: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """Events told by at least two different outlets (the ``top`` with most sources) by outlet: 2 where the
    outlet published the first report, 1 where it reported the event later, 0 where it did not."""
    shared = cross_outlet(incidents)
    if shared.empty:
        return pd.DataFrame()
    wanted = clusters(shared).head(top)
    rows = shared[shared["cluster_id"].isin(wanted["cluster_id"])]
    told = pd.crosstab(rows["cluster_id"], rows["outlet"]).clip(upper=1)
    for cluster, outlet in zip(wanted["cluster_id"], wanted["first_outlet"], strict=True):
        if outlet in told.columns:
            told.loc[cluster, outlet] = 2
    told = told.loc[wanted["cluster_id"]]
    told.index = [cluster_name(row) for row in wanted.itertuples()]
    return told


def cluster_name(row: object) -> str:
    """A cluster as a chart label, "date type (English) / place" (its id is in the clusters table)."""
    day = pd.Timestamp(row.event_date).date() if pd.notna(row.event_date) else "—"
    place = row.location if isinstance(row.location, str) and row.location else "—"
    return f"{day} {type_label(row.event_type).split(' / ')[-1]} / {place}"


# a toll stated only as hundreds, thousands or dozens («وقتل المئات من أفراد الجيش»، «عشرات القتلى»), no number
# before it («ثلاثة آلاف» is a count): extraction reads «المئات» as "about 100", which no chart should add up
_VAGUE_TOLL = re.compile(
    r"^(?:(?:نحو|حوالي|حوالى|قرابة|أكثر من|اكثر من)\s+)?[وب]?(?:ال)?(?:مئات|آلاف|الاف|ألوف|الوف|عشرات)(?![\w])"
)


def vague_tolls(incidents: pd.DataFrame) -> pd.Series:
    """Whether each event's stated toll is only hundreds, thousands or dozens (``fatalities_text``)."""
    if "fatalities_text" not in incidents.columns:
        return pd.Series(False, index=incidents.index, dtype=bool)
    text = incidents["fatalities_text"].fillna("").astype(str).str.strip()
    vague = pd.Series([bool(_VAGUE_TOLL.match(t)) for t in text], index=incidents.index, dtype=bool)
    return vague & incidents["fatalities"].notna()


def vague_note(incidents: pd.DataFrame) -> str:
    """Plain text naming the tolls left out of the deaths tables for being only "hundreds" or "dozens" (escape
    it), or "" when there are none."""
    vague = incidents[vague_tolls(incidents)].drop_duplicates("cluster_id")
    if vague.empty:
        return ""
    said = "، ".join(dict.fromkeys(f"«{t}»" for t in vague["fatalities_text"].astype(str).head(4)))
    tolls = (
        "toll stated only as hundreds, thousands or dozens is"
        if len(vague) == 1
        else ("tolls stated only as hundreds, thousands or dozens are")
    )
    return (
        f"{len(vague)} حصيلة بلا عدد (مئات، آلاف، عشرات: {said}) لا تُجمع في الجداول والرسم / {len(vague)} {tolls} "
        "not added into the tables and chart"
    )


NOT_DONE = ("planned", "denied")  # rows whose stated dead are no deaths that happened


def stated_counts(incidents: pd.DataFrame) -> pd.DataFrame:
    """The stated death counts, one per event across outlets (the cluster's largest, with its qualifier), and
    ``qualifier``: exact, at_least, about or up_to (a count stated without one is exact). A toll of only
    "hundreds" or "dozens" is no count (:func:`vague_tolls`), nor is the toll of a row not told as done (planned:
    «قد يؤدي القتال إلى مقتل ما يصل إلى 250 ألف شخص», a scenario; denied)."""
    told = incidents.get("reported_as", pd.Series("", index=incidents.index)).fillna("").astype(str)
    counted = incidents[incidents["fatalities"].notna() & ~vague_tolls(incidents) & ~told.isin(NOT_DONE)]
    counted = counted.sort_values("fatalities", ascending=False, kind="stable").drop_duplicates("cluster_id")
    qualifier = counted["fatalities_qualifier"].fillna("").replace("", "exact")
    counted = counted.assign(qualifier=qualifier.where(qualifier.isin(list(QUALIFIERS)), "exact"))
    return _one_toll_per_day_and_place(_one_toll_per_article(counted))


# the store's one-strike classes (helpers/store/incidents: _ONE_BLAST, _ONE_BOMBARDMENT): told as either by two
# outlets; two weapons otherwise (an American air raid and an IED of al-Shabaab, 3 dead each, are 6 dead)
_ONE_STRIKE = {"Air/drone strike": "bombardment", "Shelling/artillery/missile attack": "bombardment",
               "Suicide bomb": "blast", "Remote explosive/landmine/IED": "blast"}  # fmt: skip


def _one_toll_per_day_and_place(counted: pd.DataFrame) -> pd.DataFrame:
    """One stated number of dead for one day at one place, whatever the clusters: two outlets told Friday's 43
    dead in Afrin as a shelling («قصف للقوات التركية») and as an air raid («غارة تركية»), two clusters, and the week's
    bar added the 43 twice. Two event types are two tolls (a clash and an air strike, 3 dead each); rows without a
    place or a day are kept."""
    if counted.empty:
        return counted
    place = counted.get("location", pd.Series("", index=counted.index)).fillna("").astype(str).str.strip()
    day = pd.to_datetime(counted["event_date"], errors="coerce").dt.strftime("%Y-%m-%d").fillna("")
    kind = counted.get("event_type", pd.Series("", index=counted.index)).fillna("").astype(str)
    sub = counted.get("sub_event_type", pd.Series("", index=counted.index)).fillna("").astype(str)
    weapon = sub.map(lambda v: _ONE_STRIKE.get(v, v))  # a shelling and an air raid may be one strike; a mine is not
    keys = pd.DataFrame({"d": day, "p": place, "n": counted["fatalities"], "t": kind, "w": weapon}, index=counted.index)
    repeated = keys.duplicated() & place.ne("") & day.ne("")
    return counted[~repeated]


def _one_toll_per_article(counted: pd.DataFrame) -> pd.DataFrame:
    """One article stating one toll twice for one day («هجومه الأربعاء ... والذي أوقع أكثر من 250 قتيلا», then
    «خطف 36 سيدة وطفلا أثناء هجومه الأربعاء» carrying the same 250) is one count, when the rows name no two
    different places: a Syria corpus counted the Sweida attack's 250 dead twice."""
    if counted.empty:
        return counted
    place = counted.get("location", pd.Series("", index=counted.index)).fillna("").astype(str).str.strip()
    day = pd.to_datetime(counted["event_date"], errors="coerce").dt.strftime("%Y-%m-%d").fillna("")
    kind = counted.get("event_type", pd.Series("", index=counted.index)).fillna("").astype(str)
    keys = pd.DataFrame(
        {"a": counted["article_id"], "d": day, "n": counted["fatalities"], "q": counted["qualifier"], "t": kind}
    )  # two rows of two event types (a clash and an air strike, 3 dead each) are two tolls
    ordered = keys.loc[place.eq("").sort_values(kind="stable").index]  # a row that names a place first
    places = place.where(place != "").groupby([keys[c] for c in keys.columns]).transform("nunique")
    repeated = ordered.duplicated() & places.loc[ordered.index].le(1)
    return counted[~counted.index.isin(repeated.index[repeated])]


def _stated(row: pd.Series) -> str:
    """A row of totals in words, each qualifier apart: "30 exact + at least 12 + about 100" (the qualifier
    before its number, as it is read, except "exact")."""
    parts = [
        f"{int(row[q])} {QUALIFIERS[q][1]}" if q == "exact" else f"{QUALIFIERS[q][1]} {int(row[q])}"
        for q in QUALIFIERS
        if row.get(q, 0)
    ]
    return " + ".join(parts)


def fatalities_by(incidents: pd.DataFrame, by: str = "event_type") -> pd.DataFrame:
    """Stated deaths by ``by`` ("event_type" or "week"), each qualifier in its own column (exact, at least,
    about, up to: never added into one exact figure), one count per cluster; ``stated`` says it in words."""
    counted = stated_counts(incidents)
    columns = [by, *FATALITY_COLUMNS[1:]]
    if counted.empty:
        return pd.DataFrame(columns=columns)
    if by == "week":
        dates = pd.to_datetime(counted["event_date"]).dt.normalize()
        counted = counted.assign(week=dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")).dropna(subset=["week"])
    table = counted.pivot_table(index=by, columns="qualifier", values="fatalities", aggfunc="sum", fill_value=0)
    table = table.reindex(columns=list(QUALIFIERS), fill_value=0).astype(int)
    table.insert(0, "events", counted.groupby(by).size())
    table["stated"] = table.apply(_stated, axis=1)
    return table.reset_index()[columns]
