"""Score the Arabic temporal tagger and dateparser side by side, in one run.

1. Microsoft Recognizers-Text Arabic DateTime specs (``../shared/.../timex_ms_recognizers_ar``):
   every parser/model case with a reference date; a case is right when every gold
   expression is found (overlapping span) with an accepted resolved value.
2. The hand-annotated Derna news gold (``tests/data/timex_gold_derna.tsv``, conventions in its header):
   extraction precision/recall/F1, lenient (overlap) and strict (exact span), value
   accuracy on the lenient matches, and strict value F1 (exact span and right value).

Run: ``make bench-timex`` (or ``python -m benchmarks.bench_timex``).
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from benchmarks.common import config, require_shared
from helpers.extract.timex.tagger import tag

MS_DIR = config.shared_datasets() / "timex_ms_recognizers_ar" / "DateTime"
GOLD = config.PROJECT_ROOT / "tests" / "data" / "timex_gold_derna.tsv"
HELD_OUT = config.PROJECT_ROOT / "tests" / "data" / "timex_gold_heldout.tsv"


@dataclass
class Span:
    """A time expression: offsets, type, and the values accepted as right."""

    start: int
    end: int
    type: str = ""
    values: set[str] = field(default_factory=set)


@dataclass
class Case:
    """One input text with its reference date and gold expressions."""

    source: str
    text: str
    dct: date
    gold: list[Span]


Predictor = Callable[[str, date], list[tuple[int, int, str | None]]]


def ours(text: str, dct: date) -> list[tuple[int, int, str | None]]:
    """Our tagger's (start, end, value) triples."""
    return [(t.start, t.end, t.value) for t in tag(text, dct)]


def dateparser_predict(text: str, dct: date) -> list[tuple[int, int, str | None]]:
    """dateparser.search_dates with languages=['ar'], anchored at the DCT."""
    from dateparser.search import search_dates

    base = datetime(dct.year, dct.month, dct.day)
    try:
        found = search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": base}) or []
    except Exception:  # dateparser raises on some inputs; count them as finding nothing
        found = []
    out = []
    cursor = 0
    for surface, moment in found:
        start = text.find(surface, cursor)
        if start < 0:
            start = text.find(surface)
        if start < 0:
            continue
        cursor = start + len(surface)
        value = moment.date().isoformat()
        if (moment.hour, moment.minute) != (0, 0):
            value += f"T{moment.hour:02d}:{moment.minute:02d}"
        out.append((start, start + len(surface), value))
    return out


def _ms_values(node: dict) -> set[str]:
    """Accepted values for one Recognizers result: its timex and its resolutions."""
    values: set[str] = set()
    value = node.get("Value") or node.get("Resolution") or {}
    if not isinstance(value, dict):
        return {str(value)}
    if "Timex" in value:
        values.add(value["Timex"])
    for key in ("FutureResolution", "PastResolution"):
        res = value.get(key) if isinstance(value.get(key), dict) else {}
        for k in ("date", "dateTime", "time"):
            if k in res:
                values |= _datetime_forms(res[k])
        if "startDate" in res and "endDate" in res:
            values.add(f"{res['startDate']}/{res['endDate']}")
    for item in value.get("values", []):
        if "timex" in item:
            values.add(item["timex"])
        if "value" in item:
            values |= _datetime_forms(item["value"])
        if "start" in item and "end" in item:
            values.add(f"{item['start']}/{item['end']}")
    return {_canon(v) for v in values if v}


def _datetime_forms(text: str) -> set[str]:
    """'2016-11-07 10:00:00' -> {'2016-11-07T10:00'}; a midnight time also gives the bare date."""
    match = re.fullmatch(r"(\d{4}-\d\d-\d\d)(?: (\d\d):(\d\d):\d\d)?", text)
    if not match:
        time_only = re.fullmatch(r"(\d\d):(\d\d):\d\d", text)
        return {f"T{time_only.group(1)}:{time_only.group(2)}"} if time_only else {text}
    day, hour, minute = match.groups()
    if hour is None or (hour, minute) == ("00", "00"):
        return {day, f"{day}T00:00"}
    return {f"{day}T{hour}:{minute}"}


def _canon(value: str) -> str:
    """Canonical comparable form: 'T10' -> 'T10:00'; ranges '(a,b,P)' -> 'a/b'."""
    value = re.sub(r"T(\d\d)$", r"T\1:00", value)
    value = re.sub(r"T(\d\d):(\d\d):\d\d$", r"T\1:\2", value)
    match = re.fullmatch(r"\(([^,]+),([^,]+),[^)]+\)", value)
    return f"{match.group(1)}/{match.group(2)}" if match else value


def _value_ok(predicted: str | None, accepted: set[str]) -> bool:
    """True when a predicted value equals an accepted one (a TIME may match on its clock part)."""
    if predicted is None:
        return False
    predicted = _canon(predicted)
    if predicted in accepted:
        return True
    clock = re.search(r"(T\d\d:\d\d)$", predicted)
    return bool(clock and clock.group(1) in accepted)


def ms_cases() -> list[Case]:
    """Every Recognizers parser/model case that has gold results and a reference date."""
    cases = []
    for path in sorted(MS_DIR.glob("*.json")):
        if "Extractor" in path.name:
            continue
        for item in json.loads(path.read_text(encoding="utf-8")):
            results = item.get("Results") or []
            ref = (item.get("Context") or {}).get("ReferenceDateTime")
            if not results or not ref:
                continue
            text = item["Input"]
            gold = []
            for r in results:
                surface = r["Text"].strip()
                start = text.find(surface)
                if start < 0:
                    continue
                gold.append(Span(start, start + len(surface), r.get("Type") or r.get("TypeName", ""), _ms_values(r)))
            if gold:
                cases.append(Case(path.stem, text, datetime.fromisoformat(ref[:19]).date(), gold))
    return cases


def score_cases(cases: list[Case], predict: Predictor) -> tuple[float, Counter, float]:
    """(share of cases right, right cases per source file, seconds)."""
    right: Counter = Counter()
    start = time.perf_counter()
    for case in cases:
        predicted = predict(case.text, case.dct)
        ok = all(
            any(ps < g.end and pe > g.start and _value_ok(pv, g.values) for ps, pe, pv in predicted) for g in case.gold
        )
        right[case.source] += ok
    elapsed = time.perf_counter() - start
    return sum(right.values()) / len(cases), right, elapsed


def read_gold(path: Path = GOLD) -> list[dict[str, str]]:
    """The gold rows of the TSV (comment lines start with #)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def locate(text: str, surface: str, occurrence: int) -> int:
    """Offset of the n-th whole-word occurrence of ``surface`` in ``text``; ValueError if absent."""
    # Whole words, allowing the proclitics و ف ب ل ك before them.
    pattern = re.compile(r"(?<![\u0621-\u064a0-9])[وفبلك]{0,2}(" + re.escape(surface) + r")(?![\u0621-\u064a0-9])")
    matches = list(pattern.finditer(text))
    if len(matches) < occurrence:
        raise ValueError(f"gold surface {surface!r} #{occurrence} not found ({len(matches)} occurrences)")
    return matches[occurrence - 1].start(1)


def gold_articles(path: Path = GOLD) -> list[Case]:
    """Hand-annotated articles with their gold spans located in the bundled corpus."""
    from helpers.ingest.corpus import load_corpus

    corpus = load_corpus(config.corpus_dir()).articles.set_index("article_id")
    by_article: dict[str, Case] = {}
    for row in read_gold(path):
        article = corpus.loc[row["article_id"]]
        case = by_article.setdefault(
            row["article_id"], Case(row["article_id"], article["text"], date.fromisoformat(row["dct"]), [])
        )
        start = locate(case.text, row["surface"], int(row["occurrence"]))
        case.gold.append(Span(start, start + len(row["surface"]), row["type"], {row["value"]}))
    return list(by_article.values())


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_news(cases: Iterable[Case], predict: Predictor) -> dict[str, float]:
    """Extraction P/R/F1 lenient and strict, value accuracy, strict value F1, articles/s."""
    n_pred = n_gold = lenient = strict = strict_value = value_right = 0
    start = time.perf_counter()
    cases = list(cases)
    for case in cases:
        predicted = predict(case.text, case.dct)
        n_pred += len(predicted)
        n_gold += len(case.gold)
        for g in case.gold:
            overlapping = [(ps, pe, pv) for ps, pe, pv in predicted if ps < g.end and pe > g.start]
            if overlapping:
                lenient += 1
                value_right += any(_value_ok(pv, g.values) for _, _, pv in overlapping)
            exact = [pv for ps, pe, pv in overlapping if (ps, pe) == (g.start, g.end)]
            if exact:
                strict += 1
                strict_value += any(_value_ok(pv, g.values) for pv in exact)
    elapsed = time.perf_counter() - start
    lp, lr, lf = prf(lenient, n_pred, n_gold)
    sp, sr, sf = prf(strict, n_pred, n_gold)
    _, _, svf = prf(strict_value, n_pred, n_gold)
    return {
        "gold": n_gold,
        "predicted": n_pred,
        "lenient P": lp,
        "lenient R": lr,
        "lenient F1": lf,
        "strict P": sp,
        "strict R": sr,
        "strict F1": sf,
        "value accuracy": value_right / lenient if lenient else 0.0,
        "strict value F1": svf,
        "articles/s": len(cases) / elapsed if elapsed else 0.0,
    }


def main() -> None:
    """Print both benchmarks for both systems."""
    require_shared(MS_DIR)
    systems: dict[str, Predictor] = {"ours": ours, "dateparser": dateparser_predict}
    cases = ms_cases()
    print(f"== Microsoft Recognizers Arabic DateTime: {len(cases)} cases with a resolved value")
    per_file: dict[str, Counter] = {}
    for name, predict in systems.items():
        share, right, seconds = score_cases(cases, predict)
        per_file[name] = right
        print(f"{name:>10}: {share:6.1%} of cases right  ({len(cases) / seconds:,.0f} cases/s)")
    totals = Counter(c.source for c in cases)
    print("   by file: " + "; ".join(
        f"{src} {per_file['ours'][src]}/{n} vs {per_file['dateparser'][src]}/{n}" for src, n in sorted(totals.items())
    ))  # fmt: skip
    for label, path in (("development", GOLD), ("held-out", HELD_OUT)):
        news = gold_articles(path)
        n_gold = sum(len(c.gold) for c in news)
        print(f"\n== News gold, {label} ({path.name}): {len(news)} articles, {n_gold} time expressions")
        header = ["lenient P", "lenient R", "lenient F1", "strict F1", "value accuracy", "strict value F1"]
        print(f"{'':>10}  " + "  ".join(f"{h:>15}" for h in header) + f"  {'articles/s':>10}")
        for name, predict in systems.items():
            scores = score_news(news, predict)
            cells = "  ".join(f"{scores[h]:15.1%}" for h in header)
            print(f"{name:>10}  {cells}  {scores['articles/s']:10,.0f}")
    print("(development: rules were written while annotating it, so it is in-sample; held-out is the honest figure)")
    print("HeidelTime Arabic (published): lenient extraction F1 91.6, strict value F1 79.8")


if __name__ == "__main__":
    main()
