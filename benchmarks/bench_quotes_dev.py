"""Score quote cues, quote speakers and roles on the issue-14 development gold (in-sample: the rules were
developed on these six articles), and list the most frequent speakers of the bundled corpus.

1. Quote cues: a gold cue (``quotes_gold.tsv``: its surface's ``occurrence``-th raw match in the text) is found
   when a predicted attribution's verb span overlaps it (one to one); precision, recall, F1.
2. Speakers, given a found cue: the predicted speaker is right when its written speaker or its linked actor's
   canonical name equals the gold surface or canonical name, or one holds the other word for word (after
   ``name_key``); the speaker kind is right when it equals the gold ``speaker_kind``.
3. Roles: (person, role) pairs. A predicted pair is an actor mention with a role; it is right when the gold
   names the same person (the mention overlaps a gold person's occurrence, or shares its last word) with a role
   one of whose word sequences holds the other.
4. ``--fresh``: the same figures on ``tests/data/dev/actors/fresh`` (four ANT articles of three outlets, read and
   annotated after the rules were written). Its first measurement (cues P 0.93 R 0.78 F1 0.85, speakers 11/14,
   kinds 7/14, roles P 1.00 R 0.50) was out of sample; rules were then fixed on what it showed, so what this
   prints now is in-sample.
5. ``--speakers``: the 30 most frequent speakers (``quotes.speaker``) of the bundled corpus, held-out articles
   skipped.

Run: ``python -m benchmarks.bench_quotes_dev [--fresh] [--speakers]``.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

from benchmarks.common import config
from benchmarks.handgold import held_out_ids
from helpers.extract import pipeline
from helpers.text.normalize import name_key

GOLD_DIR = config.PROJECT_ROOT / "tests" / "data" / "dev" / "actors"


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of a gold TSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def locate(text: str, surface: str, occurrence: int) -> tuple[int, int]:
    """The span of the ``occurrence``-th raw, non-overlapping match of ``surface``."""
    pos = -1
    for _ in range(occurrence):
        pos = text.find(surface, pos + (len(surface) if pos >= 0 else 1))
        if pos < 0:
            raise ValueError(f"{surface!r} occurs fewer than {occurrence} times")
    return pos, pos + len(surface)


def _words(value: str) -> tuple[str, ...]:
    return tuple(name_key(value).split())


def holds(a: str, b: str) -> bool:
    """One name's words appear in order, contiguously, in the other's (after ``name_key``)."""
    x, y = _words(a), _words(b)
    if not x or not y:
        return False
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold_dir: Path = GOLD_DIR, label: str = "In-sample (issue-14 development gold, 6 articles)") -> None:
    """Print cue, speaker and role figures on a gold folder (texts/, quotes_gold.tsv, roles_gold.tsv)."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((gold_dir / "texts").glob("*.txt"))}
    articles = {a.article_id: a for a in pipeline.run([{"article_id": k, "text": v} for k, v in texts.items()])}
    quotes_gold = read_tsv(gold_dir / "quotes_gold.tsv")
    n_pred = sum(len(a.quotes) for a in articles.values())
    found = right_speaker = right_kind = 0
    misses: list[str] = []
    for aid, article in articles.items():
        used: set[int] = set()
        for row in (r for r in quotes_gold if r["article_id"] == aid):
            s, e = locate(texts[aid], row["cue_surface"], int(row["occurrence"]))
            hits = (i for i, (_, a, _) in enumerate(article.quotes) if a.verb_start < e and s < a.verb_end)
            hit = next((i for i in hits if i not in used), None)
            if hit is None:
                misses.append(f"  missed cue  {aid} {row['cue_surface']}@{s}")
                continue
            used.add(hit)
            found += 1
            _, a, actor = article.quotes[hit]
            golds = [row["speaker_surface"], row["speaker_canonical"]]
            if any(holds(p, g) for p in (a.speaker, actor[0]) for g in golds):
                right_speaker += 1
            else:
                said = f"{a.speaker!r}/{actor[0]!r}"
                misses.append(f"  speaker     {aid} {row['cue_surface']}@{s}: {said} ≠ {golds[0]!r}")
            kind = getattr(a, "speaker_kind", "")
            right_kind += kind == row["speaker_kind"]
            if kind != row["speaker_kind"]:
                misses.append(f"  kind        {aid} {row['cue_surface']}@{s}: {kind!r} ≠ {row['speaker_kind']!r}")
        for i, (_, a, _) in enumerate(article.quotes):
            if i not in used:
                misses.append(f"  extra cue   {aid} {a.verb}@{a.verb_start} speaker {a.speaker!r}")
    p, r = found / n_pred if n_pred else 0.0, found / len(quotes_gold)
    print(f"{label}:")
    counts = f"gold {len(quotes_gold)}, predicted {n_pred}, matched {found}"
    print(f"quote cues: {counts}: P {p:.2f} R {r:.2f} F1 {f1(p, r):.2f}")
    print(f"speaker accuracy given a matched cue: {right_speaker}/{found} = {right_speaker / max(found, 1):.2f}")
    print(f"speaker kind accuracy given a matched cue: {right_kind}/{found} = {right_kind / max(found, 1):.2f}")
    roles_gold = read_tsv(gold_dir / "roles_gold.tsv")
    predicted = [(aid, m) for aid, a in articles.items() for _, m in a.actors if m.role]
    gold_spans = [
        (row, locate(texts[row["article_id"]], row["person_surface"], int(row["occurrence"]))) for row in roles_gold
    ]

    def same_person(aid: str, m, row, span) -> bool:
        if row["article_id"] != aid:
            return False
        return (m.start < span[1] and span[0] < m.end) or _words(m.surface)[-1:] == _words(row["person_surface"])[-1:]

    right = [
        (aid, m)
        for aid, m in predicted
        if any(same_person(aid, m, row, span) and holds(m.role, row["role_ar"]) for row, span in gold_spans)
    ]
    recalled = [
        row
        for row, span in gold_spans
        if any(same_person(aid, m, row, span) and holds(m.role, row["role_ar"]) for aid, m in predicted)
    ]
    p, r = len(right) / max(len(predicted), 1), len(recalled) / len(roles_gold)
    print(
        f"roles (person, role): gold {len(roles_gold)}, predicted {len(predicted)}, right {len(right)}, "
        f"recalled {len(recalled)}: P {p:.2f} R {r:.2f} F1 {f1(p, r):.2f}"
    )
    for aid, m in predicted:
        if (aid, m) not in right:
            misses.append(f"  wrong role  {aid} {m.surface!r}: {m.role!r}")
    print("\n".join(misses))


def speakers() -> None:
    """The 30 most frequent speakers of the bundled corpus (held-out articles skipped)."""
    from helpers.ingest.corpus import load_corpus

    frame = load_corpus().articles
    frame = frame[~frame["article_id"].isin(held_out_ids())]
    quotes = pipeline.extract_tables(frame)["quotes"]
    print(f"bundled corpus: {len(frame)} articles, {len(quotes)} quotes; 30 most frequent speakers:")
    for speaker, n in Counter(quotes["speaker"]).most_common(30):
        kind = quotes.loc[quotes["speaker"] == speaker, "speaker_kind"].mode() if "speaker_kind" in quotes else []
        print(f"  {n:4d}  {speaker or '(none)'}  {kind.iloc[0] if len(kind) else ''}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speakers", action="store_true", help="also list the bundled corpus's top speakers")
    parser.add_argument("--fresh", action="store_true", help="also score the fresh check (read after the rules)")
    args = parser.parse_args()
    score()
    if args.fresh:
        print()
        score(
            GOLD_DIR / "fresh",
            "Fresh check (4 ANT articles; in-sample since the rules were fixed after its first measurement)",
        )
    if args.speakers:
        speakers()


if __name__ == "__main__":
    main()
