"""Actors, roles and quote speakers against a hand-annotated gold set (issue 14).

    python -m benchmarks.bench_actors                 # the held-out gold (tests/data/heldout/actors)
    python -m benchmarks.bench_actors --gold dev      # the development gold (in-sample)

The held-out set (15 ANT articles, seed 1414, five outlets, no Derna) was annotated from plain text by someone
who never saw the extraction code; see its README. Score it once per frozen version; do not tune on it.

Actors: a system actor (all mentions of one canonical name in an article) matches a gold actor when one of its
mentions overlaps the gold surface, or its canonical name agrees with the gold's (``handgold.same_name``);
one to one. *Lenient* leaves out of recall the gold rows noted borderline or teaser line when nothing
matched them. Given a match: ACLED-style type, country and English name (``same_english``).
Quotes: a gold cue is carried into the system's text and matched to a system quote of the same sentence (same
reporting verb first, then the nearest). Given a match: the speaker (canonical or surface, ``same_name``).
Roles: (person, role) pairs; a role agrees when the words overlap by half or one contains the other.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from benchmarks.common import config, require_shared
from benchmarks.handgold import (
    DEV,
    HELDOUT,
    Aligner,
    annotated_texts,
    locate,
    name_key,
    pct,
    prf,
    read_tsv,
    same_english,
    same_name,
    system_tables,
)

# The actor table's own ``type`` seen through ACLED's eyes, for a table that has no ``acled_type`` column.
LEGACY_TYPE = {
    "person": "person", "army": "state_forces", "military_unit": "state_forces", "armed_group": "rebel_group",
    "government": "government", "party": "political_party", "media": "media", "organisation": "other",
    "nationality": "state", "other": "other",
}  # fmt: skip
# Types that count as the same coarse kind (a person with or without a stated office; forces at home or abroad).
COARSE = {"person_official": "person", "external_forces": "state_forces", "state": "government"}
NOT_ACTORS = {"platform"}
OPTIONAL = ("borderline", "teaser line")


def system_actors(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per (article, canonical name): its mention spans, type, country, English name."""
    actors = tables["actors"].copy()
    if "acled_type" not in actors:
        actors["acled_type"] = actors["type"].map(LEGACY_TYPE).fillna("other")
    if "country" not in actors:
        actors["country"] = ""
    actors = actors[~actors["acled_type"].isin(NOT_ACTORS)]
    grouped = actors.groupby(["article_id", "canonical"], sort=False)
    return grouped.agg(
        spans=("start", lambda s: list(zip(s, actors.loc[s.index, "end"], strict=True))),
        acled_type=("acled_type", "first"),
        country=("country", lambda c: next((x for x in c if x), "")),
        english=("english", "first"),
        gloss_source=("gloss_source", "first"),
        roles=("role", lambda r: sorted({x for x in r if x})),
        type=("type", "first"),
    ).reset_index()


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def match_actors(gold: list[dict], ours: pd.DataFrame, where: dict[int, tuple[int, int]]) -> dict[int, int]:
    """Gold row index → system row index, one to one: overlapping spans first, then agreeing names."""
    pairs, used = {}, set()
    for rule in ("span", "name"):
        for gi, row in enumerate(gold):
            if gi in pairs:
                continue
            for oi, actor in ours.iterrows():
                if oi in used:
                    continue
                ok = (
                    gi in where and _overlaps(actor["spans"], *where[gi])
                    if rule == "span"
                    else same_name(actor["canonical"], row["canonical_ar"])
                    or same_name(actor["canonical"], row["surface"])
                )
                if ok:
                    pairs[gi] = oi
                    used.add(oi)
                    break
    return pairs


def role_agrees(gold: str, ours: str) -> bool:
    """A role agrees with the gold's when one contains the other or half their words are shared."""
    return same_name(gold, ours)


def score(folder: Path) -> None:
    """Print every figure for the gold set in ``folder``."""
    actors_gold = read_tsv(folder / "actors_gold.tsv")
    quotes_gold = read_tsv(folder / "quotes_gold.tsv") if (folder / "quotes_gold.tsv").exists() else []
    roles_gold = read_tsv(folder / "roles_gold.tsv") if (folder / "roles_gold.tsv").exists() else []
    ids = sorted({r["article_id"] for r in actors_gold + quotes_gold + roles_gold})
    texts = annotated_texts(ids, folder)
    tables = system_tables(ids)
    display = tables["articles"].set_index("article_id")["text"].to_dict()
    align = {i: Aligner(texts[i], display[i]) for i in ids if i in display}
    missing = [i for i in ids if i not in display]
    if missing:
        print(f"articles not loaded by the system: {missing}")
    ours_all = system_actors(tables)
    print(f"gold: {folder}  ({len(ids)} articles)")

    # ---- actors
    n_gold = n_gold_lenient = tp_gold = tp_gold_lenient = 0
    n_pred = tp_pred = 0
    typed = coarse = countried = country_ok = eng_n = eng_ok = 0
    type_confusion: Counter = Counter()
    false_actors: list[str] = []
    missed: list[str] = []
    for article_id in ids:
        gold = [r for r in actors_gold if r["article_id"] == article_id]
        ours = ours_all[ours_all["article_id"] == article_id].reset_index(drop=True)
        where = {}
        for gi, row in enumerate(gold):
            at = locate(texts[article_id], row["surface"], int(row["occurrence"] or 1))
            if at >= 0 and article_id in align:
                where[gi] = (align[article_id](at), align[article_id](at + len(row["surface"])))
        pairs = match_actors(gold, ours, where)
        optional = {gi for gi, row in enumerate(gold) if any(k in row["note"] for k in OPTIONAL)}
        n_gold += len(gold)
        tp_gold += len(pairs)
        n_gold_lenient += len([gi for gi in range(len(gold)) if gi not in optional or gi in pairs])
        tp_gold_lenient += len(pairs)
        n_pred += len(ours)
        tp_pred += len(set(pairs.values()))
        false_actors += [
            f"{article_id[:14]} {c} [{t}]"
            for oi, (c, t) in enumerate(zip(ours["canonical"], ours["acled_type"], strict=True))
            if oi not in pairs.values()
        ]
        missed += [
            f"{article_id[:14]} {gold[gi]['canonical_ar']} [{gold[gi]['type']}]"
            for gi in range(len(gold))
            if gi not in pairs and gi not in optional
        ]
        for gi, oi in pairs.items():
            g, o = gold[gi], ours.loc[oi]
            typed += 1
            type_ok = o["acled_type"] == g["type"]
            coarse += COARSE.get(o["acled_type"], o["acled_type"]) == COARSE.get(g["type"], g["type"])
            type_confusion[(g["type"], o["acled_type"])] += not type_ok
            if g["country"]:
                countried += 1
                country_ok += o["country"] == g["country"]
            if g["english"]:
                eng_n += 1
                eng_ok += same_english(g["english"], o["english"])
    print("\nACTORS (one per canonical name per article; platforms left out)")
    print(f"  strict : {prf(tp_pred, n_pred, tp_gold, n_gold)}")
    print(f"  lenient: {prf(tp_pred, n_pred, tp_gold_lenient, n_gold_lenient)}   (borderline/teaser gold optional)")
    print(
        f"  given a match: ACLED type {pct(typed - sum(type_confusion.values()), typed)}, "
        f"coarse type {pct(coarse, typed)}"
    )
    print(
        f"                 country {pct(country_ok, countried)}, "
        f"English name as the gold spells it {pct(eng_ok, eng_n)}"
    )
    print(
        "  most frequent type confusions (gold → ours): "
        + ", ".join(f"{g}→{o} {n}" for (g, o), n in type_confusion.most_common(8))
    )
    print(f"  system actors with no gold actor ({len(false_actors)}), first 25: " + "; ".join(false_actors[:25]))
    print(f"  gold actors missed ({len(missed)}), first 25: " + "; ".join(missed[:25]))

    # ---- quotes
    if quotes_gold:
        score_quotes(quotes_gold, tables, texts, align)
    # ---- roles
    if roles_gold:
        score_roles(roles_gold, ours_all, texts, align)


def score_quotes(gold_rows: list[dict], tables: dict[str, pd.DataFrame], texts: dict, align: dict) -> None:
    """Quote detection by sentence and speaker accuracy given a detected quote."""
    sentences = tables["sentences"]
    quotes = tables["quotes"]
    bounds = {a: list(zip(g["start"], g["end"], strict=True)) for a, g in sentences.groupby("article_id")}

    def sentence_of(article_id: str, offset: int) -> int:
        for i, (s, e) in enumerate(bounds.get(article_id, [])):
            if s <= offset < e + 1:
                return i
        return -1

    gold_by = defaultdict(list)
    for row in gold_rows:
        at = locate(texts[row["article_id"]], row["cue_surface"], int(row["occurrence"] or 1))
        if at < 0 or row["article_id"] not in align:
            continue
        pos = align[row["article_id"]](at)
        gold_by[(row["article_id"], sentence_of(row["article_id"], pos))].append((pos, row))
    pred_by = defaultdict(list)
    for q in quotes.itertuples(index=False):
        if q.article_id in align:
            pred_by[(q.article_id, q.sentence_id)].append(q)
    tp = n_speaker = speaker_ok = kind_n = kind_ok = 0
    wrong: list[str] = []
    for key, golds in gold_by.items():
        preds = list(pred_by.get(key, []))
        for pos, row in sorted(golds, key=lambda x: x[0]):
            cue = name_key(row["cue_surface"])
            pick = next((q for q in preds if name_key(q.verb) == cue), None) or (
                min(preds, key=lambda q: abs(q.start - pos)) if preds else None
            )
            if pick is None:
                continue
            preds.remove(pick)
            tp += 1
            n_speaker += 1
            said = pick.speaker_canonical or pick.speaker
            if row["speaker_kind"] == "unknown" or not row["speaker_canonical"]:
                ok = not said
            else:
                ok = same_name(said, row["speaker_canonical"]) or same_name(said, row["speaker_surface"])
            speaker_ok += ok
            if not ok:
                wrong.append(
                    f"{row['article_id'][:14]} {row['cue_surface']}: gold {row['speaker_canonical']!r} ours {said!r}"
                )
            if hasattr(pick, "speaker_kind"):
                kind_n += 1
                kind_ok += pick.speaker_kind == row["speaker_kind"]
    n_gold = sum(len(v) for v in gold_by.values())
    n_pred = sum(len(v) for v in pred_by.values())
    print("\nQUOTES (a gold cue matched to a system quote of the same sentence)")
    print(
        f"  detection: {prf(tp, n_pred, tp, len(gold_rows))}   "
        f"({len(gold_rows) - n_gold} gold cues not placed in a sentence)"
    )
    print(
        f"  speaker right given a match: {pct(speaker_ok, n_speaker)};  "
        f"speaker right over all gold quotes: {pct(speaker_ok, len(gold_rows))}"
    )
    if kind_n:
        print(f"  speaker kind right given a match: {pct(kind_ok, kind_n)}")
    print(f"  wrong speakers ({len(wrong)}), first 20: " + "; ".join(wrong[:20]))


def score_roles(gold_rows: list[dict], ours: pd.DataFrame, texts: dict, align: dict) -> None:
    """(person, role) pairs: a system pair is right when its person agrees with a gold person whose role agrees."""
    n_pred = tp_pred = tp_gold = 0
    wrong: list[str] = []
    for article_id, group in ours.groupby("article_id"):
        gold = [r for r in gold_rows if r["article_id"] == article_id]
        for actor in group.itertuples(index=False):
            for role in actor.roles:
                n_pred += 1
                ok = any(
                    same_name(actor.canonical, g["person_surface"]) and role_agrees(g["role_ar"], role) for g in gold
                )
                tp_pred += ok
                if not ok:
                    wrong.append(f"{article_id[:14]} {actor.canonical}: {role}")
    for g in gold_rows:
        group = ours[ours["article_id"] == g["article_id"]]
        tp_gold += any(
            same_name(a.canonical, g["person_surface"]) and any(role_agrees(g["role_ar"], r) for r in a.roles)
            for a in group.itertuples(index=False)
        )
    print("\nROLES ((person, role) pairs)")
    print(f"  {prf(tp_pred, n_pred, tp_gold, len(gold_rows))}")
    print(f"  roles given to the wrong person or wrong ({len(wrong)}), first 20: " + "; ".join(wrong[:20]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", choices=["heldout", "dev"], default="heldout")
    args = parser.parse_args()
    folder = (HELDOUT if args.gold == "heldout" else DEV) / "actors"
    if not (folder / "actors_gold.tsv").exists():
        print(f"skipped: no gold at {folder}")
        return
    require_shared(config.ant_articles())
    label = "HELD-OUT (score once per frozen version)" if args.gold == "heldout" else "DEVELOPMENT (in-sample)"
    print(label)
    score(folder)


if __name__ == "__main__":
    main()
