"""Actor tables for the actors report: top actors, ACLED-style types and countries, platforms kept apart,
where each English name comes from, quotes by kind of speaker, anonymous sources, the co-occurrence network.

The ``acled_type`` and ``country`` columns of the actors table and ``speaker_kind`` of the quotes table are
optional here: a store written before they existed gets the fallbacks of ``with_actor_columns`` and
``with_speaker_kind``."""

from __future__ import annotations

import pandas as pd

from helpers.extract.actors.coref import skeleton
from helpers.report.valuewords import series_in_words

SUMMARY_COLUMNS = [
    "actor_id", "canonical", "english", "gloss_source", "type", "acled_type", "country", "mentions", "articles",
    "role", "surface_forms",
]  # fmt: skip
PLATFORM = "platform"  # the acled_type of social platforms: listed apart, not counted as actors
# Where an English name comes from; the first three are spellings from a curated table.
TABLE_SPELLINGS = ("alias table", "name table", "name table (per word)")
ROMANISED = ("romanised (approximate)", "transliteration")
SPEAKER_KINDS = ("person", "institution", "described_source", "state", "media", "unknown")


def with_actor_columns(table: pd.DataFrame) -> pd.DataFrame:
    """The actors table with ``acled_type``, ``country`` and ``gloss_source`` (older stores lack some): a missing
    ``acled_type`` falls back to the actor's own ``type``, a missing country or source to ""."""
    out = table.copy()
    if "acled_type" not in out:
        out["acled_type"] = out.get("type", "")
    for column in ("country", "gloss_source"):
        if column not in out:
            out[column] = ""
    out[["acled_type", "country", "gloss_source"]] = out[["acled_type", "country", "gloss_source"]].fillna("")
    return out


def split_platforms(table: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(actors, platforms): social platforms (Facebook, Twitter, YouTube) are where things are said, not actors."""
    table = with_actor_columns(table)
    is_platform = table["acled_type"] == PLATFORM
    return table[~is_platform], table[is_platform]


def platform_summary(platforms: pd.DataFrame) -> pd.DataFrame:
    """One row per platform: mentions and articles, most mentioned first."""
    columns = ["canonical", "english", "mentions", "articles"]
    if platforms.empty:
        return pd.DataFrame(columns=columns)
    out = platforms.groupby("actor_id").agg(
        canonical=("canonical", "first"),
        english=("english", "first"),
        mentions=("actor_id", "size"),
        articles=("article_id", "nunique"),
    )
    return out.sort_values(["mentions", "articles"], ascending=False).reset_index(drop=True)[columns]


def acled_type_counts(table: pd.DataFrame) -> pd.DataFrame:
    """Per ACLED-style type: mentions, actors (each counted once, under its most frequent type, so the column
    adds up to the distinct actors) and how many of those have a known country."""
    columns = ["acled_type", "mentions", "actors", "with_country"]
    table = with_actor_columns(table)
    if table.empty:
        return pd.DataFrame(columns=columns)
    out = type_counts(table, "acled_type")
    countries = most_common_country(table)
    main = main_value(table, "acled_type")
    known = main[main.index.isin(countries.index)].value_counts()
    out["with_country"] = known.reindex(out["acled_type"]).fillna(0).astype(int).to_numpy()
    return out[columns]


def acled_type_mentions(types: pd.DataFrame) -> pd.Series:
    """Mentions per ACLED-style type (from :func:`acled_type_counts`) for a chart, each type in words
    ("قوات الدولة / state forces", not ``state_forces``)."""
    return types.set_index(series_in_words("acled_type", types["acled_type"]).rename("acled_type"))["mentions"]


ROLE_COLUMNS = ["canonical", "english", "rank", "rank_en", "honorific", "role", "role_en", "mentions"]


def roles_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """Persons with a rank, an honorific title (الرئيس، الشيخ) or a role written before or after their name: one
    row per distinct combination with its mentions, most mentioned first. The mentions' ``title`` is shown as
    ``honorific`` (اللقب), not to be read as an article's title (العنوان)."""
    written = (mentions["rank"] != "") | (mentions["role"] != "") | (mentions["title"] != "")
    people = mentions[(mentions["type"] == "person") & written]
    keys = ["canonical", "english", "rank", "rank_en", "title", "role", "role_en"]
    roles = people.groupby(keys).size().rename("mentions").reset_index().sort_values("mentions", ascending=False)
    return roles.rename(columns={"title": "honorific"})[ROLE_COLUMNS]


def main_value(table: pd.DataFrame, column: str) -> pd.Series:
    """Each actor's most frequent ``column`` value across its mentions (ties: the first in the table), by
    ``actor_id``."""
    counts = table[["actor_id", column]].value_counts(sort=False).reset_index(name="n")
    counts = counts.sort_values("n", ascending=False, kind="stable")
    return counts.drop_duplicates("actor_id").set_index("actor_id")[column]


def type_counts(table: pd.DataFrame, column: str) -> pd.DataFrame:
    """Per value of ``column`` (a type): its mentions, and the actors whose most frequent type it is (an actor
    whose mentions were typed two ways counts once: the column adds up to the distinct actors)."""
    if table.empty:
        return pd.DataFrame(columns=[column, "mentions", "actors"])
    mentions = table.groupby(column).size().rename("mentions")
    actors = main_value(table, column).value_counts().rename("actors")
    out = pd.concat([mentions, actors], axis=1).fillna(0).astype(int)
    out.index.name = column
    return out.sort_values("mentions", ascending=False).reset_index()


def english_sources(table: pd.DataFrame, kind: str | None = "person") -> pd.DataFrame:
    """Per ``gloss_source`` (of the actors of ``type == kind``, or all with ``None``): distinct actors and their
    share, mentions and their share, and whether it is a table spelling."""
    columns = ["gloss_source", "table_spelling", "actors", "actors_share", "mentions", "mentions_share"]
    table = with_actor_columns(table)
    if kind is not None:
        table = table[table["type"] == kind]
    if table.empty:
        return pd.DataFrame(columns=columns)
    grouped = table.groupby("gloss_source")
    out = pd.DataFrame({"actors": grouped["actor_id"].nunique(), "mentions": grouped.size()})
    out["actors_share"] = (out["actors"] / table["actor_id"].nunique()).round(3)
    out["mentions_share"] = (out["mentions"] / len(table)).round(3)
    out["table_spelling"] = out.index.isin(TABLE_SPELLINGS)
    return out.sort_values("actors", ascending=False).reset_index()[columns]


def table_spelling_share(table: pd.DataFrame, kind: str | None = "person") -> float:
    """Share of distinct actors (of ``type == kind``, or all) whose English is a spelling from a curated table."""
    table = with_actor_columns(table)
    if kind is not None:
        table = table[table["type"] == kind]
    if table.empty:
        return 0.0
    spelled = table.loc[table["gloss_source"].isin(TABLE_SPELLINGS), "actor_id"].nunique()
    return round(spelled / table["actor_id"].nunique(), 3)


def with_speaker_kind(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes table with ``speaker_kind``; when a store lacks it: ``described_source`` for an anonymous
    source, ``person`` for a speaker linked to a person, ``institution`` for one linked to another actor,
    ``unknown`` otherwise."""
    out = quotes.copy()
    if "speaker_kind" in out:
        out["speaker_kind"] = out["speaker_kind"].fillna("").replace("", "unknown")
        return out
    kind = pd.Series("unknown", index=out.index, dtype=object)
    if "speaker_type" in out:
        linked = out["speaker_type"].fillna("")
        kind[linked != ""] = "institution"
        kind[linked == "person"] = "person"
    if "source_kind" in out:
        kind[out["source_kind"] == "anonymous"] = "described_source"
    out["speaker_kind"] = kind
    return out


def quotes_by_speaker_kind(quotes: pd.DataFrame, examples: int = 3) -> pd.DataFrame:
    """Per kind of speaker: attributed statements, their share and the most quoted speakers of that kind."""
    columns = ["speaker_kind", "statements", "share", "examples"]
    quotes = with_speaker_kind(quotes)
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    who = quotes["speaker_canonical"] if "speaker_canonical" in quotes else pd.Series("", index=quotes.index)
    who = who.fillna("").where(who.fillna("") != "", quotes["speaker"].fillna(""))
    quotes = quotes.assign(_who=who)
    grouped = quotes.groupby("speaker_kind")
    out = pd.DataFrame({"statements": grouped.size()})
    out["share"] = (out["statements"] / len(quotes)).round(3)
    named = quotes[quotes["_who"] != ""]
    top = named.groupby("speaker_kind")["_who"].agg(lambda s: " | ".join(s.value_counts().head(examples).index))
    out["examples"] = top.reindex(out.index).fillna("")
    return out.sort_values("statements", ascending=False).reset_index()[columns]


def by_canonical(table: pd.DataFrame) -> pd.DataFrame:
    """The mentions with ``actor_id`` set to their ``canonical`` name (the resolver's id kept as ``resolved_id``).

    The reader's key is the canonical name shown in every table: one summary row per canonical name, so a
    summary count is the number of drill-down rows with that name. A bare «الشرطة» keeps its own row (no
    country) instead of being summed under the Libyan Police its resolver id pointed to."""
    if table.empty or "canonical" not in table:
        return table
    if "resolved_id" in table:
        return table  # already keyed
    canonical = one_spelling(table["canonical"].fillna("").astype(str), table["english"].fillna("").astype(str))
    return table.assign(
        resolved_id=table["actor_id"],
        canonical=canonical,
        actor_id=canonical.where(canonical != "", table["actor_id"]),
    )


def one_spelling(canonical: pd.Series, english: pd.Series) -> pd.Series:
    """Canonical names that are spellings of one name across articles (القوات الأمريكية، القوات الأميركية: the same
    matching skeleton and the same English name) → the spelling written most often."""
    key = pd.Series([f"{skeleton(c)}\t{e}" if c and e else "" for c, e in zip(canonical, english, strict=True)])
    key.index = canonical.index
    pairs = pd.DataFrame({"key": key, "canonical": canonical})
    pairs = pairs[pairs["key"] != ""]
    if pairs.empty:
        return canonical
    counts = (
        pairs.value_counts().reset_index(name="n").sort_values(["key", "n", "canonical"], ascending=[True, False, True])
    )
    best = counts.drop_duplicates("key").set_index("key")["canonical"]
    return key.map(best).where(key != "", canonical)


def actor_summary(table: pd.DataFrame, top: int = 30) -> pd.DataFrame:
    """Top actors, one row per canonical name: mentions, articles, type and ACLED-style type, country, English
    gloss and where it comes from, most common rank/role and surface forms."""
    if table.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    table = by_canonical(with_actor_columns(table))
    out = table.groupby("actor_id").agg(
        canonical=("canonical", "first"),
        english=("english", "first"),
        gloss_source=("gloss_source", "first"),
        type=("type", "first"),
        acled_type=("acled_type", "first"),
        mentions=("text", "size"),
        articles=("article_id", "nunique"),
    )
    out.insert(5, "country", most_common_country(table).reindex(out.index).fillna(""))
    roles = table.loc[table["role"] != "", ["actor_id", "role"]].value_counts().reset_index()
    out["role"] = roles.drop_duplicates("actor_id").set_index("actor_id")["role"].reindex(out.index).fillna("")
    forms = table[["actor_id", "text"]].value_counts().reset_index().groupby("actor_id").head(5)
    out["surface_forms"] = forms.groupby("actor_id")["text"].agg(" | ".join).reindex(out.index).fillna("")
    out = out.sort_values(["mentions", "articles"], ascending=False).head(top).reset_index()
    return out[SUMMARY_COLUMNS]


def most_common_country(table: pd.DataFrame) -> pd.Series:
    """Each actor's most frequent non-empty country across its mentions, by ``actor_id`` (actors with none
    left out)."""
    known = table.loc[table["country"].fillna("") != "", ["actor_id", "country"]]
    counts = known.value_counts().reset_index()  # most frequent first
    return counts.drop_duplicates("actor_id").set_index("actor_id")["country"].astype(str)


def anonymous_share(quotes: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Per outlet (or other column): attributed statements, how many rest on anonymous sources, and the share."""
    if quotes.empty:
        return pd.DataFrame(columns=[by, "statements", "anonymous", "anonymous_share"])
    grouped = quotes.groupby(by)
    out = pd.DataFrame(
        {"statements": grouped.size(), "anonymous": grouped["source_kind"].agg(lambda s: int((s == "anonymous").sum()))}
    )
    out["anonymous_share"] = (out["anonymous"] / out["statements"]).round(3)
    return out.sort_values("statements", ascending=False).reset_index()


def cooccurrence(table: pd.DataFrame, top: int = 25, unit: str = "sentence") -> tuple[pd.DataFrame, pd.DataFrame]:
    """Nodes and edges of the network of the ``top`` actors: two actors are linked once per sentence (or
    article, with ``unit="article"``) in which both are mentioned. Nationalities are left out."""
    actors = by_canonical(table[table["type"] != "nationality"])
    summary = actor_summary(actors, top=top)
    keep = set(summary["actor_id"])
    keys = ["article_id", "sentence_id"] if unit == "sentence" else ["article_id"]
    pairs = actors.loc[actors["actor_id"].isin(keep), [*keys, "actor_id"]].drop_duplicates()
    both = pairs.merge(pairs, on=keys)  # every two actors of the same sentence (or article)
    both = both[both["actor_id_x"] < both["actor_id_y"]]
    weights = both.groupby(["actor_id_x", "actor_id_y"]).size().to_dict()
    nodes = summary.rename(columns={"canonical": "label"})[["label", "mentions", "type", "actor_id", "english"]]
    clash = nodes["label"].duplicated(keep=False)
    nodes.loc[clash, "label"] = nodes.loc[clash, "label"] + " (" + nodes.loc[clash, "actor_id"] + ")"
    label = dict(zip(nodes["actor_id"], nodes["label"], strict=True))
    edges = pd.DataFrame(
        [(label[a], label[b], w, a, b) for (a, b), w in weights.items()],
        columns=["source", "target", "weight", "source_id", "target_id"],
    ).sort_values("weight", ascending=False, ignore_index=True)
    return nodes, edges


FOUND_BY = {  # how an actor mention was found: the model, or which rule
    "ner": "النموذج / model (NER)",
    "alias": "قاعدة: جدول الأسماء / rule: alias table",
    "coreference": "قاعدة: «الجيش» وحده هو الجيش المذكور قبله / rule: a bare army is the army named before",
    "nationality": "قاعدة: قائمة الجنسيات / rule: nationality list",
    "armed_group": "قاعدة: نمط الجماعات المسلحة / rule: armed-group pattern",
    "unit": "قاعدة: نمط الوحدات العسكرية / rule: military-unit pattern",
    "institution": "قاعدة: جدول المؤسسات / rule: institution table",
    "state": "قاعدة: دولة تفعل أو تتكلم («قالت ألمانيا») / rule: a country acting or speaking",
    "bare_side": (
        "قاعدة: «التحالف» أو «المقاومة» وحده هو المذكور قبله / rule: a bare coalition or resistance is the one "
        "named before"
    ),
}
# a person's coreference is a surname, a short name or a kunya that refers back to the full name, not a bare army
PERSON_COREFERENCE = (
    "قاعدة: الاسم المختصر أو الكنية يعود إلى الاسم الكامل المذكور قبله / rule: a short name or a kunya refers to "
    "the full name named before"
)


def found_by(source: pd.Series, kind: pd.Series | None = None) -> pd.Series:
    """Each mention's ``source`` in words: the model, or the rule that found it (unknown values as they are).
    With the mentions' ``type`` (``kind``), a person's coreference is told apart from a bare army's."""
    words = source.map(lambda s: FOUND_BY.get(s, s))
    if kind is not None:
        words = words.mask(source.eq("coreference") & kind.eq("person"), PERSON_COREFERENCE)
    return words
