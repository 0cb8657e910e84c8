"""Plumbing for hand-annotated gold sets scored on the system's own tables (issues 14 and 16).

A gold row names a surface and its occurrence in the *annotated string* (title, a new line, the text as the
source gives them). The system's offsets index its display text (title, blank line, cleaned body), so each
gold offset is carried over by a character alignment of the two strings (``Aligner``).
"""

from __future__ import annotations

import csv
import difflib
import gzip
import json
import re
import shutil
import tempfile
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from benchmarks.common import config
from helpers.text.normalize import normalize_letters

HELDOUT = config.PROJECT_ROOT / "tests" / "data" / "heldout"
DEV = config.PROJECT_ROOT / "tests" / "data" / "dev"
_CLITIC = re.compile(r"^(?:و|ف)?(?:(?:ب|ك|ل)?ال|لل)?")
_WORD = re.compile(r"[\u0621-\u064aA-Za-z0-9]+")


def held_out_ids() -> frozenset[str]:
    """Every article of a held-out gold set (issues 14 and 16, places, times): no development sample may use them."""
    data = config.PROJECT_ROOT / "tests" / "data"
    ids: set[str] = set()
    for path in sorted((data / "heldout").glob("*/ids.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        ids |= {ln.split("\t")[0].strip() for ln in lines if ln.strip() and not ln.startswith(("#", "article_id"))}
    places = data / "places_gold_ant_heldout_ids.txt"
    if places.exists():
        ids |= set(places.read_text(encoding="utf-8").split())
    times = data / "timex_gold_ant_heldout.tsv"
    if times.exists():
        lines = times.read_text(encoding="utf-8").splitlines()
        ids |= {ln.split("\t", 1)[0] for ln in lines if ln.strip() and not ln.startswith("#")}
    return frozenset(ids - {"article_id"})


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a gold TSV (lines starting ``#`` are its header notes)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def locate(text: str, surface: str, occurrence: int) -> int:
    """Offset of the n-th raw, non-overlapping, left-to-right substring match of ``surface``; -1 if absent."""
    at, seen = 0, 0
    while True:
        hit = text.find(surface, at)
        if hit < 0:
            return -1
        seen += 1
        if seen == occurrence:
            return hit
        at = hit + len(surface)


def annotated_texts(ids: Iterable[str], folder: Path | None = None) -> dict[str, str]:
    """The annotated string of each article: ``folder/texts/<id>.txt`` when saved, else rebuilt from its source."""
    wanted, texts = set(ids), {}
    for article_id in list(wanted):
        saved = folder / "texts" / f"{article_id}.txt" if folder else None
        if saved and saved.exists():
            texts[article_id] = saved.read_text(encoding="utf-8")
            wanted.discard(article_id)
    for article_id in list(wanted):
        path = config.corpus_dir() / "ant_derna_2018" / f"{article_id}.txt"
        if path.exists():
            title, _, body = path.read_text(encoding="utf-8").partition("\n")
            texts[article_id] = title.strip() + "\n" + body.strip()
            wanted.discard(article_id)
    if wanted:
        for record in _ant_records(wanted, folder):
            texts[record["docno"]] = record["title"] + "\n" + record["text"]
    return texts


def _ant_records(wanted: set[str], folder: Path | None = None) -> list[dict]:
    """ANT-shaped source records of these ids: the gold folder's own ``records.jsonl`` first (sets drawn from another
    corpus, such as SaudiNewsNet), then the ANT multisource file."""
    found: list[dict] = []
    own = folder / "records.jsonl" if folder else None
    if own and own.exists():
        with open(own, encoding="utf-8") as handle:
            found = [r for r in map(json.loads, handle) if r.get("docno") in wanted]
    rest = wanted - {r["docno"] for r in found}
    if rest:
        with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
            found += [r for r in map(json.loads, handle) if r.get("docno") in rest]
    return found


def system_tables(ids: Iterable[str], folder: Path | None = None) -> dict[str, pd.DataFrame]:
    """Every extracted table for these articles, loaded from their sources the way a user's corpus is (``folder``: a
    gold folder whose ``records.jsonl`` holds articles of another corpus)."""
    from helpers.extract import pipeline
    from helpers.extract.actors.merge import merge_quote_speakers, merge_short_names, short_name_mapping
    from helpers.ingest.corpus import load_corpus

    wanted, folder_of_gold = set(ids), folder
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bundled = [config.corpus_dir() / "ant_derna_2018" / f"{i}.txt" for i in sorted(wanted)]
        for path in bundled:
            if path.exists():
                shutil.copy(path, folder / path.name)
                wanted.discard(path.stem)
        if wanted:
            with open(folder / "ant.jsonl", "w", encoding="utf-8") as out:
                for record in _ant_records(wanted, folder_of_gold):
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
        corpus = load_corpus(folder)
    tables = pipeline.extract_tables(corpus.articles)
    mapping = short_name_mapping(tables["actors"])
    tables["actors"] = merge_short_names(tables["actors"], mapping)
    tables["quotes"] = merge_quote_speakers(tables["quotes"], mapping)
    return tables


class Aligner:
    """Maps offsets of the annotated string onto the system's display text (nearest aligned character)."""

    def __init__(self, gold_text: str, our_text: str) -> None:
        matcher = difflib.SequenceMatcher(None, gold_text, our_text, autojunk=False)
        self._starts, self._targets = [], []
        for a, b, size in matcher.get_matching_blocks():
            if size:
                self._starts.append(a)
                self._targets.append((a, b, size))

    def __call__(self, offset: int) -> int:
        """The display-text offset of the annotated string's ``offset`` (the closest block when not aligned)."""
        if not self._targets:
            return offset
        i = max(bisect_right(self._starts, offset) - 1, 0)
        a, b, size = self._targets[i]
        return b + min(max(offset - a, 0), size)


def name_key(text: str) -> str:
    """A name reduced for comparison: letters normalised, clitics and the article off each word."""
    words = [_CLITIC.sub("", w) or w for w in _WORD.findall(normalize_letters(text or ""))]
    return " ".join(w for w in words if w)


def same_name(a: str, b: str) -> bool:
    """Two Arabic names agree: equal after ``name_key``, one inside the other (whole words), or sharing most words."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} ":
        return True
    wa, wb = set(ka.split()), set(kb.split())
    return len(wa & wb) / max(len(wa | wb), 1) >= 0.5


_EN_DROP = {"the", "al", "el", "of", "for", "and"}


def english_key(text: str) -> set[str]:
    """The words of an English name, lower case, with al-/el-/the and punctuation off."""
    words = re.findall(r"[a-z0-9]+", (text or "").lower().replace("al-", " ").replace("el-", " "))
    return {w for w in words if w not in _EN_DROP}


def same_english(gold: str, ours: str) -> bool:
    """An English name agrees with the gold's: every gold word is in ours, or they share most words."""
    g, o = english_key(gold), english_key(ours)
    if not g or not o:
        return False
    return g <= o or len(g & o) / len(g | o) >= 0.5


def pct(num: int, den: int) -> str:
    """``num/den`` as a percentage with the counts, or ``n/a``."""
    return f"{100 * num / den:5.1f}% ({num}/{den})" if den else "  n/a"


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> str:
    """Precision, recall and F1 in one line."""
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {100 * p:5.1f} ({tp_pred}/{n_pred})  R {100 * r:5.1f} ({tp_gold}/{n_gold})  F1 {100 * f:5.1f}"
