"""Score the Arabic temporal tagger and dateparser side by side, in one run.

1. Microsoft Recognizers-Text Arabic DateTime specs (``../shared/.../timex_ms_recognizers_ar``):
   every parser/model case with a reference date; a case is right when every gold expression is found
   (overlapping span) with an accepted resolved value. The cases are split by case with
   ``random.Random(2020)`` into 70% development and 30% held-out (never read until session 18t; in-sample since):
   both printed, per file; ``--dev-failures``, ``--held-failures``, ``--all-failures [file]`` list our failures.
2. The Recognizers extractor files: span F1, lenient (overlap) and strict (exact).
3. The hand-annotated news gold sets (``tests/data/timex_gold_*.tsv``, conventions in their headers):
   extraction precision/recall/F1, lenient and strict, value accuracy on the lenient matches, and strict
   value F1 (exact span and right value). The ANT held-out sets need ``../shared`` (skipped when absent); the
   second (``timex_gold_ant_heldout2.tsv``) is scored as the first, under its own heading, when it exists.
4. Duration direction (benchmarks/timex_direction.py): past / future / none on ANT sentences labelled by reading,
   development (in-sample) and held-out, before issue 16 (every duration drawn forward) and with the rules.
5. Speed per article on the bundled corpus articles, ours and dateparser in the same run.

Run: ``make bench-timex`` (or ``python -m benchmarks.bench_timex``).
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.common import config, require_shared
from benchmarks.timex_direction import print_direction
from benchmarks.timex_speed import print_speed
from helpers.extract.timex.tagger import tag

MS_DIR = config.shared_datasets() / "timex_ms_recognizers_ar" / "DateTime"
GOLD = config.PROJECT_ROOT / "tests" / "data" / "timex_gold_derna.tsv"
HELD_OUT = config.PROJECT_ROOT / "tests" / "data" / "timex_gold_heldout.tsv"
ANT_GOLD = config.PROJECT_ROOT / "tests" / "data" / "timex_gold_ant_heldout.tsv"
# a second ANT held-out gold (same format and conventions), scored as the first when it is there
ANT_GOLD2 = config.PROJECT_ROOT / "tests" / "data" / "timex_gold_ant_heldout2.tsv"
ANT_ARTICLES = config.shared_datasets() / "ant_multisource" / "articles.jsonl.gz"


@dataclass
class Span:
    """A time expression: offsets, type, and the values accepted as right."""

    start: int
    end: int
    type: str = ""
    values: set[str] = field(default_factory=set)


@dataclass
class Case:
    """One input text with its reference date (a datetime when it has a clock) and gold expressions."""

    source: str
    text: str
    dct: date
    gold: list[Span]


Predictor = Callable[[str, date], list[tuple[int, int, str | None]]]


def ours(text: str, dct: date) -> list[tuple[int, int, str | None]]:
    """Our tagger's (start, end, value) triples."""
    return [(t.start, t.end, t.value) for t in tag(text, dct)]


def ours_news(text: str, dct: date) -> list[tuple[int, int, str | None]]:
    """Our triples without the event-anchored expressions, which the news gold does not tag (its header)."""
    return [(t.start, t.end, t.value) for t in tag(text, dct) if not t.anchor.startswith("event:")]


def dateparser_predict(text: str, dct: date) -> list[tuple[int, int, str | None]]:
    """dateparser.search_dates with languages=['ar'], anchored at the DCT."""
    from dateparser.search import search_dates

    base = dct if isinstance(dct, datetime) else datetime(dct.year, dct.month, dct.day)
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
    """Accepted values for one Recognizers result: its timex and its resolutions (a part-of-day timex such as
    XXXX-WXX-2TMO is also accepted as the resolved day with that part: 2016-11-01TMO)."""
    values: set[str] = set()
    value = node.get("Value") or node.get("Resolution") or {}
    if not isinstance(value, dict):
        return {str(value)}
    timex = value.get("Timex") or ""
    part = re.search(r"T(MO|AF|EV|NI|MI|DT)$", timex)
    if timex:
        values.add(timex)
    resolutions = [value.get(k) for k in ("FutureResolution", "PastResolution")] + value.get("values", [])
    for res in resolutions:
        if not isinstance(res, dict):
            continue
        if "timex" in res:
            values.add(res["timex"])
            part = part or re.search(r"T(MO|AF|EV|NI|MI|DT)$", res["timex"])
        for k in ("date", "dateTime", "time", "value"):
            if k in res:
                values |= _datetime_forms(res[k])
        for a, b in (("startDate", "endDate"), ("startDateTime", "endDateTime"), ("startTime", "endTime"),
                     ("start", "end")):  # fmt: skip
            if a in res and b in res:
                values.add(f"{_iso(res[a])}/{_iso(res[b])}")
                if part:
                    values.add(f"{_iso(res[a])[:10]}T{part.group(1)}")
    return {_canon(v) for v in values if v}


def _iso(text: str) -> str:
    """'2016-11-07 16:12:00' -> '2016-11-07T16:12:00'; '17:00:00' -> 'T17:00:00'."""
    text = text.replace(" ", "T")
    return "T" + text if re.match(r"\d\d:", text) else text


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
    """Canonical comparable form: 'T10' -> 'T10:00', seconds dropped; ranges '(a,b,P)' -> 'a/b'."""
    if value.startswith("P"):
        return value  # a duration: PT10M
    match = re.fullmatch(r"\(([^,]+),([^,]+),[^)]+\)", value)
    if match:
        value = f"{match.group(1)}/{match.group(2)}"
    value = re.sub(r"T(\d\d)(?![:\d])", r"T\1:00", value)
    return re.sub(r"T(\d\d):(\d\d):\d\d", r"T\1:\2", value)


def _periods(value: str) -> set[str]:
    """A TIMEX3 period value as the date range Recognizers writes: 2016-Q3 -> 2016-07-01/2016-10-01, 2016-H1,
    a decade 197 -> 1970-01-01/1980-01-01, a century 19 -> 1900-01-01/2000-01-01, an ISO week 2016-W45 ->
    2016-11-07/2016-11-14, years 2014/2018 -> 2014-01-01/2018-01-01 (Recognizers' ends are exclusive)."""
    forms = set()
    quarter = re.fullmatch(r"(\d{4})-([QH])(\d)", value)
    if quarter:
        year, kind, n = int(quarter.group(1)), quarter.group(2), int(quarter.group(3))
        months = 3 if kind == "Q" else 6
        first = (n - 1) * months + 1
        end_year, end_month = (year + 1, 1) if first + months > 12 else (year, first + months)
        forms.add(f"{year:04d}-{first:02d}-01/{end_year:04d}-{end_month:02d}-01")
    if re.fullmatch(r"\d{3}", value):
        forms.add(f"{value}0-01-01/{int(value) + 1:03d}0-01-01")
    if re.fullmatch(r"\d{2}", value):
        forms.add(f"{value}00-01-01/{int(value) + 1:02d}00-01-01")
    years = re.fullmatch(r"(\d{4})/(\d{4})", value)
    if years:
        forms.add(f"{years.group(1)}-01-01/{years.group(2)}-01-01")
    week = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if week:
        monday = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
        forms.add(f"{monday.isoformat()}/{(monday + timedelta(days=7)).isoformat()}")
    return forms


def _seconds(value: str) -> float | None:
    """The length of a clock duration (PT1.5H -> 5400), None for anything else."""
    match = re.fullmatch(r"PT(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?", value)
    if not match or not any(match.groups()):
        return None
    hours, minutes, secs = (float(g) if g else 0.0 for g in match.groups())
    return hours * 3600 + minutes * 60 + secs


def _value_ok(predicted: str | None, accepted: set[str]) -> bool:
    """True when a predicted value equals an accepted one (a TIME may match on its clock part). When the
    reference leaves an expression unresolved ('not resolved'), finding it is enough."""
    if "not resolved" in accepted:
        return True
    if predicted is None:
        return False
    predicted = _canon(predicted)
    if predicted in accepted or _periods(predicted) & accepted:
        return True
    seconds = _seconds(predicted)
    if seconds is not None and any(_seconds(a) == seconds for a in accepted):
        return True  # PT90M is PT1.5H
    clock = re.search(r"(T\d\d:\d\d)$", predicted)
    clocks = re.sub(r"\d{4}-\d\d-\d\d(?=T\d)", "", predicted)  # a time range on a day: T17:00/T18:00
    return bool(clock and clock.group(1) in accepted) or clocks in accepted


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
                cases.append(Case(path.stem, text, datetime.fromisoformat(ref[:19]), gold))
    return cases


DEV_SHARE = 0.7
SPLIT_SEED = 2020


def split_cases(cases: list[Case]) -> tuple[list[Case], list[Case]]:
    """(development, held-out): the cases shuffled by ``random.Random(2020)``, the first 70% for development.
    Rules may be written while reading development failures only; held-out cases are never looked at."""
    order = list(range(len(cases)))
    random.Random(SPLIT_SEED).shuffle(order)
    cut = round(DEV_SHARE * len(cases))
    dev = sorted(order[:cut])
    held = sorted(order[cut:])
    return [cases[i] for i in dev], [cases[i] for i in held]


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
    """Hand-annotated articles with their gold spans located in the bundled corpus (loaded without the learned
    furniture lines, which came after the gold: they drop paragraphs the Derna articles share)."""
    from unittest import mock

    from helpers.ingest.corpus import load_corpus

    unlearned = config.BoilerplateSettings(learn=False)
    with mock.patch.object(config, "boilerplate_settings", return_value=unlearned):
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


def ant_articles(path: Path = ANT_GOLD) -> list[Case]:
    """The ANT held-out gold (12 articles of ../shared/.../ant_multisource picked by seed 7319, conventions in
    its header): text = title + newline + text, a surface's occurrence counts every substring hit."""
    import gzip

    rows = read_gold(path)
    wanted = {row["article_id"] for row in rows}
    texts: dict[str, str] = {}
    with gzip.open(ANT_ARTICLES, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["docno"] in wanted:
                texts[record["docno"]] = record["title"] + "\n" + record["text"]
    by_article: dict[str, Case] = {}
    for row in rows:
        text = texts[row["article_id"]]
        case = by_article.setdefault(
            row["article_id"], Case(row["article_id"], text, date.fromisoformat(row["dct"]), [])
        )
        start = -1
        for _ in range(int(row["occurrence"])):
            start = text.find(row["surface"], start + 1)
            if start < 0:
                raise ValueError(f"gold surface {row['surface']!r} #{row['occurrence']} not found")
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


def extractor_cases() -> list[Case]:
    """Every Recognizers extractor case: gold spans only (values are not scored), reference 2016-11-07 if none."""
    cases = []
    for path in sorted(MS_DIR.glob("*Extractor.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            ref = (item.get("Context") or {}).get("ReferenceDateTime") or "2016-11-07"
            gold = [Span(r["Start"], r["Start"] + r["Length"], r.get("Type", "")) for r in item.get("Results") or []]
            cases.append(Case(path.stem, item["Input"], datetime.fromisoformat(ref[:19]), gold))
    return cases


def span_f1(cases: list[Case], predict: Predictor) -> tuple[float, float]:
    """(lenient, strict) span F1 of the predicted expressions against the gold spans."""
    n_pred = n_gold = lenient = strict = 0
    for case in cases:
        predicted = predict(case.text, case.dct)
        n_pred += len(predicted)
        n_gold += len(case.gold)
        for g in case.gold:
            lenient += any(ps < g.end and pe > g.start for ps, pe, _ in predicted)
            strict += any((ps, pe) == (g.start, g.end) for ps, pe, _ in predicted)
    return prf(lenient, n_pred, n_gold)[2], prf(strict, n_pred, n_gold)[2]


def print_recognizers(systems: dict[str, Predictor]) -> None:
    """The parser/model cases per file, development / held-out / all, and the extractor files' span F1."""
    cases = ms_cases()
    dev, held = split_cases(cases)
    print(f"== Microsoft Recognizers Arabic DateTime: {len(cases)} cases with a resolved value")
    print(f"   split by case with random.Random({SPLIT_SEED}): {len(dev)} development, {len(held)} held-out")
    parts = (("dev", dev), ("held", held), ("all", cases))
    results = {name: {part: score_cases(group, predict) for part, group in parts} for name, predict in systems.items()}
    for name in systems:
        cells = "  ".join(f"{part} {results[name][part][0]:6.1%}" for part in ("dev", "held", "all"))
        print(f"{name:>10}: {cells}  ({len(cases) / results[name]['all'][2]:,.0f} cases/s)")
    sizes = {part: Counter(c.source for c in group) for part, group in (("dev", dev), ("held", held), ("all", cases))}
    print(
        f"   {'file':<22}" + "".join(f"{f'{n[:4]} dev':>13}{f'{n[:4]} held':>13}{f'{n[:4]} all':>13}" for n in systems)
    )
    for src in sorted(sizes["all"]):
        row = ""
        for name in systems:
            for part in ("dev", "held", "all"):
                row += f"{f'{results[name][part][1][src]}/{sizes[part][src]}':>13}"
        print(f"   {src:<22}{row}")
    ext = extractor_cases()
    ext_dev, ext_held = split_cases(ext)
    print(f"\n== Recognizers extractor files: {len(ext)} cases, span F1 lenient (overlap) / strict (exact)")
    for name, predict in systems.items():
        cells = "  ".join(
            f"{part} {lf:5.1%}/{sf:5.1%}"
            for part, group in (("dev", ext_dev), ("held", ext_held), ("all", ext))
            for lf, sf in [span_f1(group, predict)]
        )
        print(f"{name:>10}: {cells}")
    for src in sorted({c.source for c in ext}):
        group = [c for c in ext if c.source == src]
        cells = "  ".join(
            f"{name} {lf:5.1%}/{sf:5.1%}" for name, p in systems.items() for lf, sf in [span_f1(group, p)]
        )
        print(f"   {src:<26}{len(group):>4} cases  {cells}")


def print_news(systems: dict[str, Predictor], label: str, news: list[Case], path: Path) -> None:
    """Extraction and value scores of both systems on one news gold set."""
    n_gold = sum(len(c.gold) for c in news)
    print(f"\n== News gold, {label} ({path.name}): {len(news)} articles, {n_gold} time expressions")
    header = ["lenient P", "lenient R", "lenient F1", "strict F1", "value accuracy", "strict value F1"]
    print(f"{'':>10}  " + "  ".join(f"{h:>15}" for h in header))
    for name, predict in systems.items():
        scores = score_news(news, predict)
        print(f"{name:>10}  " + "  ".join(f"{scores[h]:15.1%}" for h in header))


def print_second_ant(systems: dict[str, Predictor], path: Path | None = None) -> bool:
    """The second ANT held-out gold, scored as the first, under its own heading (False when it is not there)."""
    path = path or ANT_GOLD2
    if not path.exists():
        return False
    print_news(systems, "held-out 2, ANT multi-source", ant_articles(path), path)
    return True


def main() -> None:
    """Print every benchmark for both systems."""
    require_shared(MS_DIR)
    for flag, part in (("--dev-failures", "dev"), ("--held-failures", "held"), ("--all-failures", "all")):
        if flag in sys.argv:
            from benchmarks.timex_dev import print_failures  # it imports this module

            rest = sys.argv[sys.argv.index(flag) + 1 :]
            print_failures(part, rest[0] if rest else "")
            return
    systems: dict[str, Predictor] = {"ours": ours, "dateparser": dateparser_predict}
    if "--speed" in sys.argv:
        print_speed(systems)
        return
    print_recognizers(systems)
    from benchmarks.timex_dev import print_breakdown  # it imports this module

    print_breakdown()
    news_systems: dict[str, Predictor] = {"ours": ours_news, "dateparser": dateparser_predict}
    for label, path in (("development", GOLD), ("held-out", HELD_OUT)):
        print_news(news_systems, label, gold_articles(path), path)
    if "--dev-run" in sys.argv:
        print("\n(skipped the ANT held-out gold and the speed run: --dev-run)")
    elif ANT_ARTICLES.exists():
        print_news(news_systems, "held-out, ANT multi-source", ant_articles(), ANT_GOLD)
        print_second_ant(news_systems)
    else:
        print(f"\n(skipped the ANT held-out gold: {ANT_ARTICLES} is not here)")
    print("(development: rules were written while annotating it, so it is in-sample; held-out is the honest figure;")
    print(" the ANT held-out gold was annotated by someone else and scored once, after the issue-20 rules were frozen)")
    print_direction()
    if "--dev-run" not in sys.argv:
        print_speed(systems)
    print("HeidelTime Arabic (published): lenient extraction F1 91.6, strict value F1 79.8")


if __name__ == "__main__":
    main()
