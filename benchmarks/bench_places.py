"""Score toponym finding and resolution, and time it.

1. Resolution on the hand-annotated golds (``tests/data/places_gold_*.tsv``): the share of gold toponyms found,
   the share of found ones resolved to the right place (towns within 25 km, regions within 150 km, countries by
   ISO code: the Mordecai "given the correct name" figure), the two combined, and precision: the share of place
   mentions that are gold toponyms, and the false places per article (resolved mentions that are locations, not
   inside a name, and overlap no gold toponym). The ANT held-out gold (``places_gold_ant_heldout.tsv``) is read
   from ANT by docno (skipped when ../shared is absent).
2. Mention recall against named-entity gold: the LOC spans of the ANERcorp CAMeL test split, and the GPE
   spans (Nation, Population-Center, State-or-Province, County-or-District, GPE-Cluster, Continent) of
   NewsFANE Gold: the share of gold spans that a place mention overlaps.
3. Throughput on ANT articles (one core).

Run: ``make bench-places`` (or ``python -m benchmarks.bench_places``).
"""

from __future__ import annotations

import gzip
import itertools
import json
import time
from pathlib import Path

from benchmarks.bench_timex import locate
from benchmarks.common import config, require_shared
from helpers.extract import pipeline
from helpers.extract.places import find_places, resolve
from helpers.ingest.clean import clean_text
from helpers.ingest.corpus import load_corpus
from helpers.resources.gazetteer import haversine_km, place_key
from helpers.text.normalize import normalize_letters

GOLD = config.PROJECT_ROOT / "tests" / "data" / "places_gold_derna.tsv"
HELD_OUT = config.PROJECT_ROOT / "tests" / "data" / "places_gold_heldout.tsv"
ANERCORP_TEST = config.shared_datasets() / "anercorp_camel" / "ANERCorp_CamelLab_test.txt"
NEWSFANE = config.shared_datasets() / "fane_gold" / "NewsFANE_Gold_2014_170K.txt"
FANE_GPE = {"Nation", "Population-Center", "State-or-Province", "County-or-District", "GPE-Cluster", "Continent"}
ANT_HELD_OUT = config.PROJECT_ROOT / "tests" / "data" / "places_gold_ant_heldout.tsv"
FRESH = (  # folder golds, texts kept in the folder: (folder, stop it was fresh in, corpus)
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places21", 21, "ANT"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places22", 22, "ANT"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places23", 23, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places24", 24, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places25", 25, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places26", 26, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places27", 27, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places28", 28, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places29", 29, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places30", 30, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places31", 31, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places32", 32, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places33", 33, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places34", 34, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places35", 35, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places36", 36, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places37", 37, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places38", 40, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places39", 41, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places40", 42, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places41", 43, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places42", 44, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places43", 45, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places44", 46, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places45", 47, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places46", 48, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places47", 49, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places48", 50, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places49", 51, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places50", 52, "SaudiNewsNet"),
    (config.PROJECT_ROOT / "tests" / "data" / "heldout" / "places51", 53, "SaudiNewsNet"),
)
TOLERANCE_KM = {"town": 25, "region": 150, "facility": 25, "district": 25}


def gold_rows(path: Path = GOLD) -> list[dict[str, str]]:
    """Rows of the gold TSV (comment lines start with #)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    return [
        dict(zip(header, (line.split("\t") + [""] * len(header))[: len(header)], strict=True)) for line in lines[1:]
    ]


def gold_spans(text: str, rows: list[dict[str, str]]) -> list[tuple[int, int, dict[str, str]]]:
    """Gold spans of one article: longer surfaces first, so شمال سيناء is not also counted as سيناء."""
    spans: list[tuple[int, int, dict[str, str]]] = []
    for row in sorted(rows, key=lambda r: -len(r["surface"])):
        if row["occurrence"] == "*":
            starts, n = [], 1
            while True:
                try:
                    starts.append(locate(text, row["surface"], n))
                except ValueError:
                    break
                n += 1
            if not starts:
                raise ValueError(f"{row['article_id']}: {row['surface']!r} not found")
        else:
            try:
                starts = [locate(text, row["surface"], int(row["occurrence"]))]
            except ValueError:
                spans.append((-1, -1, row))  # the text the row was written on is gone (cleaning removed it)
                continue
        for start in starts:
            end = start + len(row["surface"])
            if not any(s < end and e > start for s, e, _ in spans):
                spans.append((start, end, row))
    return spans


def right_place(mention, row: dict[str, str]) -> bool:
    """Whether a resolved mention matches the gold referent under the row's kind."""
    if mention.place is None or mention.lat is None:
        return False
    if row["kind"] == "country":
        return mention.place.kind == "country" and mention.place.country == row["country"]
    anchor_lat, anchor_lon = mention.place.lat, mention.place.lon  # the toponym itself, not a relative offset
    distance = haversine_km(anchor_lat, anchor_lon, float(row["lat"]), float(row["lon"]))
    return distance <= TOLERANCE_KM[row["kind"]]


def score_resolution(
    path: Path = GOLD,
    texts: dict[str, str] | None = None,
    not_places: Path | None = None,
    article_ids: list[str] | None = None,
) -> dict[str, float]:
    """Found, resolved-right-given-found, end-to-end shares and precision on a gold file; ``texts`` maps article
    ids to texts (default: the bundled corpus); ``article_ids`` are the gold's articles, those without any toponym
    included (default: the articles of its rows).

    With ``not_places`` (a TSV of article_id, surface: strings that are not places), a mention that overlaps no
    gold span is counted false when it overlaps a not-place, and right when it repeats a gold surface of its
    article (a gold row scored once, occurrence 1, names the same place again later); without it, every mention
    outside the gold spans is false."""
    if texts is None:
        texts = load_corpus(config.corpus_dir()).articles.set_index("article_id")["text"].to_dict()
    rows = gold_rows(path)
    by_article: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_article.setdefault(row["article_id"], []).append(row)
    non_places: dict[str, list[str]] = {}
    if not_places is not None:
        for row in gold_rows(not_places):
            non_places.setdefault(row["article_id"], []).append(row["surface"])
    total = found = right = predicted = correct = 0
    misses: list[str] = []
    ids = article_ids or sorted(by_article)
    for article_id in ids:
        text = texts[article_id]
        mentions = place_mentions(text)
        group = by_article.get(article_id, [])
        spans = gold_spans(text, [r for r in group if r["surface"]])
        wrong_spans = [(s, s + len(w)) for w in non_places.get(article_id, ()) for s in _all_offsets(text, w)]
        gold_keys = {place_key(r["surface"]) for r in group}
        for m in mentions:
            if m.place is None or m.role == "in_name":
                continue
            predicted += 1
            if any(m.start < end and m.end > start for start, end, _ in spans):
                correct += 1
            elif (
                not_places is not None
                and not any(m.start < e and m.end > s for s, e in wrong_spans)
                and (place_key(m.surface) in gold_keys or m.key in gold_keys)
            ):
                correct += 1  # a later mention of a gold place scored once
            else:
                misses.append(f"not a place in gold: {m.surface}")
        for start, end, row in spans:
            total += 1
            if start < 0:
                misses.append(f"not in the cleaned text (counted as missed): {row['surface']}")
                continue
            overlapping = [m for m in mentions if m.start < end and m.end > start and m.place is not None]
            overlapping.sort(key=lambda m: (-(min(m.end, end) - max(m.start, start)), m.end - m.start))  # best fit
            if not overlapping:
                misses.append(f"missed {row['surface']}")
                continue
            found += 1
            if right_place(overlapping[0], row):
                right += 1
            else:
                p = overlapping[0].place
                misses.append(f"wrong {row['surface']} -> {p.name_en or p.name} ({p.country})")
    return {"gold": total, "articles": len(ids), "precision": correct / max(predicted, 1),
            "false per article": (predicted - correct) / max(len(ids), 1), "found": found / total,
            "right given found": right / max(found, 1), "right overall": right / total,
            "errors": sorted(set(misses))}  # fmt: skip


def _all_offsets(text: str, surface: str) -> list[int]:
    """Every offset of ``surface`` in ``text`` (plain substring search)."""
    out, at = [], text.find(surface)
    while at >= 0:
        out.append(at)
        at = text.find(surface, at + 1)
    return out


def ant_texts(path: Path) -> dict[str, str]:
    """The ANT articles of a gold file and of its id list (``<gold>_ids.txt``), by docno."""
    wanted = {row["article_id"] for row in gold_rows(path)} | set(ant_ids(path))
    texts = {}
    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("docno") in wanted:
                texts[record["docno"]] = ant_text(record)
    return texts


def ant_ids(path: Path) -> list[str]:
    """The gold's article ids, those without any toponym included (``<gold stem>_ids.txt``, one per line)."""
    ids = path.with_name(path.stem + "_ids.txt")
    return ids.read_text(encoding="utf-8").split() if ids.exists() else []


def ant_text(record: dict) -> str:
    """The text of one ANT record as the held-out gold was annotated on it: the title, a blank line, the text."""
    title, body = (record.get("title") or "").strip(), (record.get("text") or "").strip()
    return f"{title}\n\n{body}" if title else body


def folder_gold(folder: Path) -> tuple[dict[str, str], list[str]]:
    """A gold folder's texts (``texts/<id>.txt``: title, newline, text) and its article ids (``ids.txt``)."""
    lines = (folder / "ids.txt").read_text(encoding="utf-8").splitlines()[1:]
    ids = [line.split("\t")[0] for line in lines if line.strip()]
    return {i: (folder / "texts" / f"{i}.txt").read_text(encoding="utf-8") for i in ids}, ids


def iob_sentences(path: Path, encoding: str = "utf-8") -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) from a CoNLL-style file (blank or tab-only lines separate sentences)."""
    sentences, current = [], []
    for line in path.read_text(encoding=encoding).replace("\ufeff", "").splitlines():
        parts = line.replace("\u200e", "").strip().split()
        if len(parts) < 2:
            if current:
                sentences.append(current)
                current = []
            continue
        current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    return sentences


def span_recall(sentences: list[list[tuple[str, str]]], wanted: set[str]) -> tuple[float, int]:
    """Share of gold entity spans of the wanted types that a resolved place mention overlaps."""
    hits = total = 0
    for sentence in sentences:
        text, spans, pos = "", [], 0
        open_span = None
        for token, tag in sentence:
            start = pos
            text += token + " "
            pos = len(text)
            kind = tag[2:] if tag[:2] in ("B-", "I-") else ""
            if tag.startswith("B-") and kind in wanted:
                open_span = [start, start + len(token)]
                spans.append(open_span)
            elif tag.startswith("I-") and kind in wanted and open_span is not None:
                open_span[1] = start + len(token)
            else:
                open_span = None
        mentions = resolve(find_places(text, normalize_letters(text)), text, normalize_letters(text))
        for s, e in spans:
            total += 1
            hits += any(m.start < e and m.end > s for m in mentions)
    return hits / total, total


def throughput(n: int = 2000) -> float:
    """Articles per second for place extraction on the first ``n`` ANT articles."""
    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        texts = [clean_text(json.loads(line).get("text") or "") for line in itertools.islice(handle, n)]
    start = time.perf_counter()
    for text in texts:
        place_mentions(text)
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    """Print every figure."""
    require_shared(ANERCORP_TEST)
    golds = [
        ("development (in-sample: curated rows were written while reading it)", GOLD, None),
        ("held-out, bundled articles (read during issue 15's rule changes: now in-sample)", HELD_OUT, None),
    ]
    if ANT_HELD_OUT.exists() and config.ant_articles().exists():
        golds.append(("held-out, 16 random ANT articles (annotated by someone else; evaluated once)", ANT_HELD_OUT,
                      ant_texts(ANT_HELD_OUT)))  # fmt: skip
    folder_ids = {}
    for folder, stop, corpus in FRESH:
        if not (folder / "places_gold.tsv").exists():
            continue
        folder_texts, folder_ids[folder] = folder_gold(folder)
        label = f"held-out, 20 fresh {corpus} articles of stop {stop} ({folder.name}; annotated blind, scored at the "
        golds.append((label + "start and the end of that stop)", folder / "places_gold.tsv", folder_texts))
    dev_sn = config.PROJECT_ROOT / "tests" / "data" / "places_dev_sn"
    if (dev_sn / "places_gold.tsv").exists():
        folder_texts, folder_ids[dev_sn] = folder_gold(dev_sn)
        golds.append(("development, 30 SaudiNewsNet articles (in-sample: stop 23's Saudi rows were written on it)",
                      dev_sn / "places_gold.tsv", folder_texts))  # fmt: skip
    for label, path, texts in golds:
        extra = {}
        if path == ANT_HELD_OUT:
            extra = {"not_places": path.with_name(path.stem + "_not_places.tsv"), "article_ids": ant_ids(path)}
        elif path.parent in folder_ids:
            extra = {"not_places": path.parent / "not_places.tsv", "article_ids": folder_ids[path.parent]}
        scores = score_resolution(path, texts, **extra)
        print(f"== Resolution gold, {label}: {scores['gold']} toponym mentions in {scores['articles']} articles "
              f"({path.name})")  # fmt: skip
        print(f"   mention precision: {scores['precision']:.1%}   "
              f"false places per article: {scores['false per article']:.2f}   found: {scores['found']:.1%}   "
              f"resolved right given found: {scores['right given found']:.1%}   "
              f"right overall: {scores['right overall']:.1%}")  # fmt: skip
        for error in scores["errors"]:
            print(f"     {error}")
    print("   Mordecai 3 (published): 92.6% exact GeoNames match given the correct name")
    recall, n = span_recall(iob_sentences(ANERCORP_TEST), {"LOC"})
    print(f"\n== Mention recall, ANERcorp CAMeL test LOC spans: {recall:.1%} of {n}")
    if NEWSFANE.exists():
        recall, n = span_recall(iob_sentences(NEWSFANE, "utf-8-sig"), FANE_GPE)
        print(f"== Mention recall, NewsFANE Gold GPE spans: {recall:.1%} of {n}")
    print(f"\n== Throughput: {throughput():,.0f} ANT articles/s on one core")


def place_mentions(text: str) -> list:
    """The places of one text as the pipeline finds them (the components places need, reconcile included)."""
    article = {"article_id": "x", "text": text}
    return pipeline.run([article], pipeline.components_for(["places"]))[0].places


if __name__ == "__main__":
    main()
