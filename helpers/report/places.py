"""Place tables for the locations report: the places mentioned, relative locations and the names to review.

Places inside a name (role ``in_name``: أنصار بيت المقدس، صحيفة واشنطن بوست) are not locations: they are left out
of the counts and the map. Tables hold no NaN and no long floats: coordinates are rounded to 0.01° (about 1 km),
distances to the kilometre, and empty cells are empty strings.
"""

from __future__ import annotations

import pandas as pd

from helpers.report.valuewords import country_english, country_words

SUMMARY_COLUMNS = [
    "source",
    "source_id",
    "name",
    "name_en",
    "kind",
    "country",
    "lat",
    "lon",
    "precision",
    "mentions",
    "articles",
]
REVIEW_COLUMNS = ["text", "flag", "mentions", "articles", "resolved_to"]
RELATIVE_COLUMNS = ["article_id", "text", "name", "role", "direction", "distance", "anchor", "lat", "lon", "precision"]


def locations(places: pd.DataFrame) -> pd.DataFrame:
    """Mentions that are locations: every role but ``in_name`` and ``dateline``."""
    if "role" not in places.columns:
        return places
    return places[~places["role"].fillna("location").isin(["in_name", "dateline"])]  # a dateline: filed from


def _counted(places: pd.DataFrame) -> pd.DataFrame:
    """The mentions the summary counts (resolved locations), with ``_group`` (a gazetteer id, or a facility's
    name) and ``place``: the group's name as the corpus most often writes it."""
    located = locations(places)
    resolved = located[located["source"].fillna("") != ""]
    by_name = resolved["source"] == "facility"
    resolved = resolved.assign(_group=resolved["source_id"].astype(str).where(~by_name, resolved["name"]))
    if resolved.empty:
        return resolved.assign(place="")
    first = resolved.groupby(["source", "_group"])["name"].transform(lambda s: s.value_counts().index[0])
    return resolved.assign(place=_with_country(resolved, pd.Series(_as_written(resolved, first), resolved.index)))


def _with_country(resolved: pd.DataFrame, place: pd.Series) -> pd.Series:
    """``place``, with the country's Arabic name in brackets when one name stands for places in two or more
    countries (البيضاء of Yemen and of Libya): they are two rows of the summary, never one row at a median point
    between them. Entries of one country written the same way still share one row."""
    country = resolved["country"].fillna("").astype(str)
    spread = country.where(country != "").groupby(place).transform("nunique")
    place = place.copy()
    for index in place.index[(spread > 1) & (country != "")]:
        words = country_words(country[index])
        place[index] = f"{place[index]} ({words.split(' / ')[0] if words else country[index]})"
    return place


def with_place_key(places: pd.DataFrame) -> pd.DataFrame:
    """The mentions with ``place``: the name of their row in ``place_summary`` ("" for a mention the summary
    does not count: unresolved, inside a name, a dateline), so filtering a drill-down on ``place`` gives as many
    rows as the summary's ``mentions``."""
    counted = _counted(places)
    return places.assign(place=counted["place"].reindex(places.index).fillna(""))


def place_summary(places: pd.DataFrame) -> pd.DataFrame:
    """One row per resolved place (its ``name`` is the ``place`` key of ``with_place_key``): mentions,
    articles, coordinates and precision, most mentioned first.

    A facility placed at its town's point (source ``facility``) keeps its own row, by name. Two gazetteer
    entries written the same way share one row when they lie in one country; in two countries, each row's name
    carries its country (البيضاء (اليمن), البيضاء (ليبيا))."""
    resolved = _counted(places)
    if resolved.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    grouped = resolved.groupby("place", as_index=False).agg(
        source=("source", "first"),
        source_id=("source_id", "first"),
        name_en=("name_en", lambda s: s.fillna("").iloc[0]),
        kind=("kind", "first"),
        country=("country", lambda s: s.fillna("").iloc[0]),
        lat=("lat", "median"),
        lon=("lon", "median"),
        precision=("precision", "min"),
        mentions=("text", "size"),
        articles=("article_id", "nunique"),
    )
    grouped = grouped.rename(columns={"place": "name"})
    countries = grouped["kind"].eq("country") & grouped["country"].ne("")
    short = grouped.loc[countries, "country"].map(country_english)  # Syria, not "Syrian Arab Republic"
    grouped.loc[countries, "name_en"] = short.where(short != "", grouped.loc[countries, "name_en"])
    grouped[["lat", "lon"]] = grouped[["lat", "lon"]].round(2)
    grouped["precision"] = grouped["precision"].fillna(0).astype(int)
    grouped = grouped.sort_values(["mentions", "articles", "name"], ascending=[False, False, True])
    return grouped.reset_index(drop=True)[SUMMARY_COLUMNS]


def _as_written(resolved: pd.DataFrame, names: pd.Series) -> list[str]:
    """Each mention's place name as the corpus most often writes its group, when that is the gazetteer's name up
    to letter variants (بنغازي for GeoNames' بنغازى, دبي for دبى); else the gazetteer's name ``names``."""
    from helpers.text.normalize import normalize_for_matching

    counts = resolved.groupby(["source", "_group", "text"]).size().sort_values(ascending=False)
    written: dict[tuple[str, str, str], str] = {}
    for (source, group, text), _ in counts.items():
        written.setdefault((source, group, normalize_for_matching(str(text))), str(text))
    return [
        written.get((source, group, normalize_for_matching(str(name))), str(name))
        for source, group, name in zip(resolved["source"], resolved["_group"], names, strict=True)
    ]


def needs_review(places: pd.DataFrame) -> pd.DataFrame:
    """Names not in the gazetteer, facilities whose town is not named, names resolved with doubt or a vague
    distance: what the analyst may add to places_curated.csv."""
    flagged = locations(places)
    flagged = flagged[flagged["flag"].fillna("") != ""]
    if flagged.empty:
        return pd.DataFrame(columns=REVIEW_COLUMNS)
    flagged = flagged.assign(name_en=flagged["name_en"].fillna(""))
    return (
        flagged.groupby(["text", "flag"], as_index=False)
        .agg(mentions=("article_id", "size"), articles=("article_id", "nunique"), resolved_to=("name_en", "first"))
        .sort_values(["mentions", "text"], ascending=[False, True])
        .reset_index(drop=True)[REVIEW_COLUMNS]
    )


def relative_locations(places: pd.DataFrame) -> pd.DataFrame:
    """Countries or capitals used as actors, places inside names and relative locations (جنوب درنة، على بعد 70
    كلم شرقي درنة), ready to show: distance as "70 km" (empty when none), coordinates rounded."""
    if places.empty:
        return pd.DataFrame(columns=RELATIVE_COLUMNS)
    direction = places["direction"].fillna("")
    special_role = places["role"].isin(["actor", "in_name", "dateline"])
    special = places[special_role | (direction != "") | places["distance_km"].notna()]
    distance = special["distance_km"].map(lambda km: "" if pd.isna(km) else f"{km:,.0f} km")
    out = special.assign(
        distance=distance,
        direction=special["direction"].fillna(""),
        anchor=special["anchor"].fillna(""),
        lat=special["lat"].round(2).map(lambda v: "" if pd.isna(v) else f"{v:.2f}"),
        lon=special["lon"].round(2).map(lambda v: "" if pd.isna(v) else f"{v:.2f}"),
        precision=special["precision"].map(lambda p: "" if pd.isna(p) else str(int(p))),
    )
    return out.reset_index(drop=True)[RELATIVE_COLUMNS]


def for_display(summary: pd.DataFrame) -> pd.DataFrame:
    """The summary as text for an HTML table: coordinates with two decimals, empty cells instead of NaN."""
    out = summary.copy()
    for column in ("lat", "lon"):
        out[column] = out[column].map(lambda v: "" if pd.isna(v) else f"{v:.2f}")
    return out.fillna("")
