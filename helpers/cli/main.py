"""Command line: ``python -m helpers extract|events|load|ner|store|reports`` (also installed as ``arabic-news``)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from helpers import config

# Characters that could break a line or reorder it on a terminal: C0 and C1 controls, DEL, line and paragraph
# separators, and bidirectional embeddings, overrides and isolates.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: object) -> str:
    """``text`` on one line: every control character shown as an escape (``\\n``, ``\\x1b``, ``\\u202e``), so
    that data printed in a report line (a file name, a record, a reason) cannot forge or hide other lines."""
    return _CONTROLS.sub(_escape, str(text))


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _missing(paths: Iterable[str]) -> list[str]:
    """The named paths that do not exist."""
    return [p for p in paths if not Path(p).exists()]


def _error(message: str) -> None:
    print(f"python -m helpers: error: {message}", file=sys.stderr)


def _dct(value: str) -> date:
    """Parse --dct as YYYY-MM-DD, with a clear error."""
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--dct must be a date as YYYY-MM-DD, not {value!r}") from None
    if day.year < 1900:  # a placeholder (0001-01-01) or a Hijri date: the DCT of every undated article
        raise argparse.ArgumentTypeError(f"--dct must be a Gregorian date from 1900 on, not {value!r}")
    return day


def _report_problems(corpus) -> None:
    """Print the rejected records and the warnings to stderr."""
    for row in corpus.rejected.itertuples():
        where = printable(f"{row.source_file} {row.record}".strip())
        print(f"rejected: {where}: {printable(row.reason)}", file=sys.stderr)
    for row in corpus.warnings.itertuples():
        where = printable(f"{row.source_file} {row.record}".strip())
        print(f"warning: {where}: {printable(row.warning)}", file=sys.stderr)
    s = corpus.summary()
    print(f"read {s['read']}, kept {s['kept']}, rejected {s['rejected']}", file=sys.stderr)


def _confidence(text: str) -> float:
    """A confidence threshold between 0 and 1."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {text}")
    return value


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p_extract = sub.add_parser("extract", help="write one JSON object per extracted mention to stdout")
    p_extract.add_argument("paths", nargs="+", help="corpus files or folders")
    p_extract.add_argument("--dct", type=_dct, help="date for articles that carry none (YYYY-MM-DD)")
    p_extract.add_argument("--kinds", default="actor,place,time", help="comma-separated: actor,place,time")

    p_events = sub.add_parser("events", help="write the event table (one row per event, ACLED-like columns)")
    p_events.add_argument("paths", nargs="+", help="corpus files or folders")
    p_events.add_argument("--dct", type=_dct, help="date for articles that carry none (YYYY-MM-DD)")
    p_events.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv")
    p_events.add_argument("-o", "--output", default=None, help="output file (default: standard output)")
    p_events.add_argument(
        "--min-confidence", type=_confidence, default=None, metavar="X",
        help="keep the rows whose confidence (the event model's probability) is at least X, 0 keeps every "
        "candidate row (default: the model's threshold, as the store and reports use)",
    )  # fmt: skip

    p_load = sub.add_parser("load", help="load and clean a corpus; print counts, rejections and warnings")
    p_load.add_argument("paths", nargs="+")
    p_load.add_argument("--dct", type=_dct)

    p_ner = sub.add_parser("ner", help="tag CoNLL input (one token per line, blank line between sentences)")
    p_ner.add_argument("path", help="a CoNLL file, or - for standard input; extra columns are ignored")

    p_store = sub.add_parser("store", help="build or update the Parquet annotation store (only new articles)")
    p_store.add_argument("paths", nargs="+", help="corpus files or folders")
    p_store.add_argument("--dct", type=_dct, help="date for articles that carry none")
    p_store.add_argument("--store", default=None, help=f"store folder (default {config.store_dir()})")
    p_store.add_argument("--workers", type=int, default=None, help="local processes (default: all cores)")
    p_store.add_argument("--scheduler", default=None, help="Dask distributed scheduler, e.g. tcp://host:8786")
    p_store.add_argument("--partition-size", type=int, default=200, help="articles per partition")

    p_reports = sub.add_parser("reports", help="execute every notebook and write HTML reports")
    p_reports.add_argument("--corpus", default=None, help=f"corpus path (default {config.corpus_dir()})")
    p_reports.add_argument("--out", default=str(config.reports_dir()))
    p_reports.add_argument("--show-code", action="store_true", help="keep code cells in the reports")
    p_reports.add_argument("--dct", type=_dct, help="date for articles that carry none")
    p_reports.add_argument(
        "-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
        help='a notebook parameter, e.g. -p SUBSET_OUTLET "Sky News Arabia" -p TOP 30 (JSON values are parsed)',
    )  # fmt: skip

    args = parser.parse_args(argv)
    if args.command == "ner":
        from helpers.extract.ner import read_conll, tag_text

        try:
            handle = sys.stdin if args.path == "-" else open(args.path, encoding="utf-8")  # noqa: SIM115
            with handle:
                sentences = [[parts[0] for parts in sentence] for sentence in read_conll(handle)]
            # the file is read as running text, as the pipeline reads an article (label consistency)
            for tokens, tags in zip(sentences, tag_text(sentences), strict=True):
                for token, tag in zip(tokens, tags, strict=True):
                    sys.stdout.write(f"{token} {tag}\n")
                sys.stdout.write("\n")
        except (OSError, UnicodeDecodeError) as err:
            reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
            _error(f"cannot read {printable(args.path)}: {printable(reason)}")
            return 1
        return 0
    if args.command == "store":
        from helpers.store.build import build_store

        missing = _missing(args.paths)
        report = build_store(
            args.paths,
            Path(args.store) if args.store else None,
            default_dct=args.dct.isoformat() if args.dct else None,
            workers=args.workers,
            scheduler=args.scheduler,
            partition_size=args.partition_size,
            progress=sys.stderr.isatty(),
        )
        print(
            f"{printable(report.root)}: read {report.read}, rejected by the loader {report.loader_rejected}, "
            f"already in the store {report.already_done}, extracted {report.extracted} "
            f"({report.extraction_rejected} rejected by extraction) in {report.partitions_written} partitions, "
            f"{report.seconds:.1f} s"
        )
        return _report_missing(missing)
    if args.command == "events":
        from helpers.cli.events import run_events

        missing = _missing(args.paths)
        code = run_events(args.paths, args.dct, args.format, args.output, args.min_confidence)
        return code or _report_missing(missing)
    if args.command == "reports":
        from helpers.report.build import build_reports

        if args.corpus is not None and _missing([args.corpus]):
            _error(f"no such file or folder: {printable(args.corpus)}")
            return 1
        params = {"DEFAULT_DCT": args.dct.isoformat()} if args.dct else {}
        for name, value in args.parameter:
            try:
                params[name] = json.loads(value)
            except json.JSONDecodeError:
                params[name] = value
        build_reports(args.corpus, Path(args.out), hide_code=not args.show_code, parameters=params)
        return 0

    kinds: list[str] = []
    if args.command == "extract":  # the kinds are checked before anything is read
        from helpers.extract.mentions import KINDS

        kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
        unknown = sorted(set(kinds) - set(KINDS))
        if unknown or not kinds:
            parser.error(f"unknown kinds {unknown or args.kinds!r}; choose from {list(KINDS)}")
    from helpers.ingest.corpus import load_corpus

    missing = _missing(args.paths)
    corpus = load_corpus(args.paths, default_dct=args.dct)
    _report_problems(corpus)
    if args.command == "load":
        return _report_missing(missing)
    from helpers.extract.mentions import iter_mentions, json_ready

    out = sys.stdout
    for mention in iter_mentions(corpus.articles.to_dict("records"), kinds):
        out.write(json.dumps(json_ready(mention), ensure_ascii=False) + "\n")
    return _report_missing(missing)


def _report_missing(missing: list[str]) -> int:
    """Name the paths given that do not exist (they were also counted as rejected); exit code 1 if any."""
    for path in missing:
        _error(f"no such file or folder: {printable(path)}")
    return 1 if missing else 0
