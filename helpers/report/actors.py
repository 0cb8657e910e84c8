"""Actor tables for the actors report: top actors, anonymous sources, the co-occurrence network."""

from __future__ import annotations

import pandas as pd

SUMMARY_COLUMNS = ["actor_id", "canonical", "english", "type", "mentions", "articles", "role", "surface_forms"]


def actor_summary(table: pd.DataFrame, top: int = 30) -> pd.DataFrame:
    """Top actors: mentions, articles, type, English gloss, most common rank/role and surface forms."""
    if table.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    out = table.groupby("actor_id").agg(
        canonical=("canonical", "first"),
        english=("english", "first"),
        type=("type", "first"),
        mentions=("text", "size"),
        articles=("article_id", "nunique"),
    )
    roles = table.loc[table["role"] != "", ["actor_id", "role"]].value_counts().reset_index()
    out["role"] = roles.drop_duplicates("actor_id").set_index("actor_id")["role"].reindex(out.index).fillna("")
    forms = table[["actor_id", "text"]].value_counts().reset_index().groupby("actor_id").head(5)
    out["surface_forms"] = forms.groupby("actor_id")["text"].agg(" | ".join).reindex(out.index).fillna("")
    return out.sort_values(["mentions", "articles"], ascending=False).head(top).reset_index()


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
    actors = table[table["type"] != "nationality"]
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
    "ner": "النموذج / model (CRF NER)",
    "alias": "قاعدة: جدول الأسماء / rule: alias table",
    "coreference": "قاعدة: «الجيش» وحده هو الجيش المذكور قبله / rule: a bare army is the army named before",
    "nationality": "قاعدة: قائمة الجنسيات / rule: nationality list",
    "armed_group": "قاعدة: نمط الجماعات المسلحة / rule: armed-group pattern",
    "unit": "قاعدة: نمط الوحدات العسكرية / rule: military-unit pattern",
}


def found_by(source: pd.Series) -> pd.Series:
    """Each mention's ``source`` in words: the model, or the rule that found it (unknown values as they are)."""
    return source.map(lambda s: FOUND_BY.get(s, s))
