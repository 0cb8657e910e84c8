"""The event table (``incidents``) against a hand-annotated ACLED-style gold set (issue 16).

    python -m benchmarks.bench_events                # held-out: tests/data/heldout/events (20 articles, 42 events)
    python -m benchmarks.bench_events --gold tests/data/heldout/events2   # the second held-out set (32 events)
    python -m benchmarks.bench_events --gold dev     # the development set, if any (in-sample)
    python -m benchmarks.bench_events --gold tests/data/dev/events_acled --errors   # any gold folder (in-sample)

A gold folder holds one ``*.tsv`` (the 17 columns of ``tests/data/dev/events_acled/build.py``; the scorer reads
article_id, trigger_surface, occurrence, event_type, sub_event_type, actor1, actor2, location, event_date,
time_precision, fatalities and reported_as), optionally ``texts/<id>.txt`` (the annotated strings) and ``ids.txt``
(every article read, those without an event included, so that their rows count against precision).

The second held-out set (``events2``, annotated 2026-11-26 by one annotator, checked blind by a second one and
adjudicated; agreement F1 0.84 before adjudication): 10 bundled Derna articles (``random.Random(2616)``) and 10 ANT
articles (``random.Random(2617)``), drawn after every earlier gold and development article was excluded.

The first held-out set: 10 bundled Derna articles (``random.Random(1616)``) and 10 ANT articles on other topics
(``random.Random(1617)``), annotated by reading before any event rule existed; see its README. Score it once per
frozen version.

Detection: a gold event is carried into the system's text by its trigger and matched, one to one, to a system
event whose trigger overlaps it, else to one of the same sentence with the same event type, else to any of the
same sentence. *Strict* precision counts every unmatched system row as false (the gold keeps one row per event,
so a second mention of a matched event is false too); *lenient* precision counts a system row as right when the
article has a gold event of its type. Given a match: type, sub-type, actor 1 and 2 (English names,
``same_english``; an unnamed gold actor agrees with an empty one), place, date (same day; and within the
gold's precision window: 7 days for 2, 31 for 3), fatalities (the same number, or both empty) and reported_as.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from benchmarks.common import config, require_shared
from benchmarks.handgold import (
    DEV,
    HELDOUT,
    Aligner,
    annotated_texts,
    english_key,
    locate,
    pct,
    prf,
    read_tsv,
    same_english,
    system_tables,
)

UNNAMED = ("unidentified", "unknown", "civilians")
WINDOW = {"1": 0, "2": 7, "3": 31}


def actor_agrees(gold: str, ours: str) -> bool:
    """An actor agrees: the same English name, or both unnamed/empty."""
    if not gold or any(word in gold.lower() for word in UNNAMED):
        return not ours or any(word in (ours or "").lower() for word in UNNAMED) or same_english(gold, ours)
    return same_english(gold, ours)


def skeleton(word: str) -> str:
    """An English place word's consonants, doubles and a final h dropped: Darnah and Derna are both ``drn``."""
    consonants = re.sub(r"[aeiouy]", "", word.lower()).rstrip("h")
    return re.sub(r"(.)\1+", r"\1", consonants)


def place_agrees(gold: str, ours: str) -> bool:
    """A place agrees: both empty, or the gold's most specific name (before the comma) is in ours, spelt alike or
    with the same consonants (GeoNames writes Darnah where the gold writes Derna)."""
    if not gold:
        return not ours
    head = gold.split(",")[0]
    if same_english(head, ours) or same_english(gold, ours):
        return True
    return bool({skeleton(w) for w in english_key(head)} & {skeleton(w) for w in english_key(ours)} - {""})


def _with_date_columns(row: dict[str, str]) -> dict[str, str]:
    """A gold row with ``event_date`` and ``time_precision`` (the first development set wrote ``date``: a day,
    a month or a year, whose precision follows from its length)."""
    if "event_date" in row:
        return row
    stated = row.get("date", "")
    precision = {10: "1", 7: "2"}.get(len(stated), "3")
    return {**row, "event_date": stated, "time_precision": precision}


def listed_ids(path: Path) -> set[str]:
    """The article ids of an ``ids.txt`` (the first tab-separated field of each line; ``#`` notes and an
    ``article_id`` header skipped), or none when there is no such file."""
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    ids = {line.split("\t")[0].strip() for line in lines if line.strip() and not line.startswith("#")}
    return ids - {"article_id", ""}


def trigger_pairs(
    gold: list[dict],
    ours: pd.DataFrame,
    sentences: pd.DataFrame,
    ids: list[str],
    texts: dict[str, str],
    display: dict[str, str],
    report: Callable[[str], object] | None = None,
) -> dict[int, int]:
    """The pairs (gold index → row index of ``ours``) by trigger overlap, then same sentence and type, then same
    sentence; ``texts`` are the annotated texts, ``display`` the system's; ``report`` hears of a gold trigger
    that is not in its text."""
    pairs: dict[int, int] = {}
    for article_id in ids:
        align = Aligner(texts[article_id], display[article_id])
        mine = ours[ours["article_id"] == article_id]
        sent = sentences[sentences["article_id"] == article_id]
        located = []
        for gi, row in enumerate(gold):
            if row["article_id"] != article_id:
                continue
            at = locate(texts[article_id], row["trigger_surface"], int(row["occurrence"] or 1))
            if at < 0:
                if report is not None:
                    report(f"  gold trigger not found: {article_id} {row['trigger_surface']} #{row['occurrence']}")
                continue
            s, e = align(at), align(at + len(row["trigger_surface"]))
            hit = sent[(sent["start"] <= s) & (s < sent["end"] + 1)]
            located.append((gi, s, e, int(hit["sentence_id"].iloc[0]) if len(hit) else -1))
        used: set[int] = set()
        for rule in ("overlap", "type", "sentence"):
            for gi, s, e, sid in located:
                if gi in pairs:
                    continue
                for oi, event in mine.iterrows():
                    if oi in used:
                        continue
                    if rule == "overlap":
                        ok = event["start"] < e and s < event["end"]
                    elif rule == "type":
                        ok = event["sentence_id"] == sid and event["event_type"] == gold[gi]["event_type"]
                    else:
                        ok = event["sentence_id"] == sid
                    if ok:
                        pairs[gi] = oi
                        used.add(oi)
                        break
    return pairs


def score(folder: Path, gold_file: str, errors: bool = False) -> None:
    """Print every figure for the gold set in ``folder`` (with ``errors``, every disagreement)."""
    gold = [_with_date_columns(row) for row in read_tsv(folder / gold_file)]
    with_events = {r["article_id"] for r in gold}
    ids = sorted(with_events | listed_ids(folder / "ids.txt"))
    texts = annotated_texts(ids, folder)
    missing = [i for i in ids if i not in texts]
    if missing:
        print(f"  articles listed but not found, left out: {', '.join(missing)}")
        ids = [i for i in ids if i in texts]
    tables = system_tables(ids, folder)
    if "incidents" not in tables:
        print("the system has no incidents table")
        return
    display = tables["articles"].set_index("article_id")["text"].to_dict()
    sentences = tables["sentences"]
    ours = tables["incidents"].reset_index(drop=True)
    print(f"gold: {folder / gold_file}  ({len(ids)} articles, {len(gold)} events); system rows: {len(ours)}")
    pairs = trigger_pairs(gold, ours, sentences, ids, texts, display, report=print)
    types_by_article = {(r["article_id"], r["event_type"]) for r in gold}
    lenient = sum((a, t) in types_by_article for a, t in zip(ours["article_id"], ours["event_type"], strict=True))
    print("\nDETECTION")
    print(f"  strict : {prf(len(pairs), len(ours), len(pairs), len(gold))}")
    if set(ids) - with_events:
        on_gold = int(ours["article_id"].isin(with_events).sum())
        print(
            f"  strict, articles with a gold event only: {prf(len(pairs), on_gold, len(pairs), len(gold))}  "
            f"({len(set(ids) - with_events)} articles without any are in the line above)"
        )
    print(
        f"  lenient: {prf(lenient, len(ours), len(pairs), len(gold))}  "
        "(a row is right when its article has a gold event of its type)"
    )
    whole = event_level(gold, ours, pairs)
    print(
        f"  event level: {prf(len(whole), len(ours), len(whole), len(gold))}  (also matched in another sentence: "
        "same article and type, date within the gold's precision; the gold keeps one mention, we may keep another)"
    )
    checks: Counter = Counter()
    confusion: Counter = Counter()
    for gi, oi in pairs.items():
        g, o = gold[gi], ours.loc[oi]
        checks["type"] += o["event_type"] == g["event_type"]
        confusion[(g["event_type"], o["event_type"])] += o["event_type"] != g["event_type"]
        checks["sub_type"] += o["sub_event_type"] == g["sub_event_type"]
        checks["actor1"] += actor_agrees(g["actor1"], o.get("actor1_en", "") or "")
        checks["actor2"] += actor_agrees(g["actor2"], o.get("actor2_en", "") or "")
        checks["place"] += place_agrees(g["location"], o.get("location_en", "") or "")
        towns = [part.strip() for part in g["location"].split(",")] or [""]
        checks["place_town"] += any(place_agrees(town, o.get("location_en", "") or "") for town in towns)
        ours_date = pd.Timestamp(o["event_date"]) if pd.notna(o.get("event_date")) else None
        gold_date = pd.Timestamp(g["event_date"]) if g["event_date"] else None
        checks["date_day"] += ours_date is not None and gold_date is not None and ours_date.date() == gold_date.date()
        checks["date_window"] += (
            ours_date is not None
            and gold_date is not None
            and abs((ours_date - gold_date).days) <= WINDOW.get(g["time_precision"], 0)
        )
        ours_dead = o.get("fatalities")
        ours_dead = None if pd.isna(ours_dead) else int(ours_dead)
        checks["fatalities"] += ours_dead == (int(g["fatalities"]) if g["fatalities"] else None)
        checks["reported_as"] += o.get("reported_as", "") == g["reported_as"]
    n = len(pairs)
    if errors:
        _print_errors(gold, ours, pairs)
    print("\nGIVEN A MATCHED EVENT")
    labels = {
        "type": "event type", "sub_type": "sub-event type", "actor1": "actor 1", "actor2": "actor 2",
        "place": "place, most specific",
        "place_town": "place, or the town it is in",
        "date_day": "date, same day", "date_window": "date, within the gold's precision", "fatalities": "fatalities",
        "reported_as": "reported_as",
    }  # fmt: skip
    for key, label in labels.items():
        print(f"  {label:36s} {pct(checks[key], n)}")
    stated = [gi for gi, g in enumerate(gold) if g["fatalities"]]
    found = sum(
        gi in pairs
        and pd.notna(ours.loc[pairs[gi]].get("fatalities"))
        and int(ours.loc[pairs[gi]]["fatalities"]) == int(gold[gi]["fatalities"])
        for gi in stated
    )
    print(f"  gold events with a stated number of dead, found with that number: {pct(found, len(stated))}")
    print(
        "  type confusions (gold → ours): " + ", ".join(f"{g}→{o} {k}" for (g, o), k in confusion.most_common(6) if k)
    )


def event_level(gold: list[dict[str, str]], ours: pd.DataFrame, pairs: dict[int, int]) -> dict[int, int]:
    """``pairs`` plus, one to one, each unmatched gold event and an unmatched row of its article with the same type
    and a date within the gold's precision window (the same event told in another sentence than the gold's)."""
    whole, used = dict(pairs), set(pairs.values())
    for gi, g in enumerate(gold):
        if gi in whole or not g["event_date"]:
            continue
        for oi, o in ours[ours["article_id"] == g["article_id"]].iterrows():
            if oi in used or o["event_type"] != g["event_type"] or pd.isna(o.get("event_date")):
                continue
            days = abs((pd.Timestamp(o["event_date"]) - pd.Timestamp(g["event_date"])).days)
            if days <= WINDOW.get(g["time_precision"], 0):
                whole[gi] = oi
                used.add(oi)
                break
    return whole


_SHOWN = ("event_type", "actor1_en", "actor2_en", "location_en", "event_date", "time_precision", "reported_as")


def _print_errors(gold: list[dict[str, str]], ours: pd.DataFrame, pairs: dict[int, int]) -> None:
    """Every gold event missed or matched with a disagreement, and every system row left unmatched."""
    print("\nERRORS")
    for gi, g in enumerate(gold):
        wanted = [g["event_type"], g["actor1"], g["actor2"], g["location"], g["event_date"], g["time_precision"]]
        if gi not in pairs:
            print(f"  MISSED {g['article_id']} {g['trigger_surface']}#{g['occurrence']}: {' | '.join(wanted)}")
            continue
        o = ours.loc[pairs[gi]]
        got = " | ".join(str(o.get(c, "")) for c in _SHOWN)
        print(f"  MATCH  {g['article_id']} {g['trigger_surface']}#{g['occurrence']}: {' | '.join(wanted)}")
        print(f"      ours {o['trigger']}: {got}")
    for oi in sorted(set(ours.index) - set(pairs.values())):
        o = ours.loc[oi]
        got = " | ".join(str(o.get(c, "")) for c in _SHOWN)
        print(f"  EXTRA  {o['article_id']} s{o['sentence_id']} {o['trigger']}: {got}")


def gold_folder(choice: str) -> tuple[Path, str]:
    """The gold folder and file of ``--gold``: heldout, dev, or a folder holding one ``*.tsv``."""
    if choice == "heldout":
        return HELDOUT / "events", "events_gold.tsv"
    if choice == "dev":
        return DEV / "events", "events_dev.tsv"
    folder = Path(choice)
    found = sorted(folder.glob("*.tsv"))
    return folder, found[0].name if found else "events.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default="heldout", help="heldout, dev, or a gold folder")
    parser.add_argument("--errors", action="store_true", help="print every disagreement (development sets only)")
    args = parser.parse_args()
    folder, name = gold_folder(args.gold)
    if not (folder / name).exists():
        print(f"skipped: no gold at {folder / name}")
        return
    require_shared(config.ant_articles())
    held_out = args.gold == "heldout" or HELDOUT in Path(args.gold).resolve().parents
    print("HELD-OUT (score once per frozen version)" if held_out else "DEVELOPMENT (in-sample)")
    score(folder, name, errors=args.errors and args.gold != "heldout")


if __name__ == "__main__":
    main()
