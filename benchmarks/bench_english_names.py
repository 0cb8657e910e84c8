"""Where the English of person actors comes from: the name table, the table word by word, or the romaniser.

Prints, for the bundled corpus and for a seeded sample of ANT articles (held-out ids left out), the share of
distinct person actors (and of person mentions) per ``gloss_source``, and a seeded sample of romanised names
to judge by reading. ``--candidates N`` prints the N most frequent person names of the bundled corpus and of
2,000 ANT articles (seed 1414) instead, and ``--words N`` the most frequent words of names the table does not
spell: how the name table was seeded.
Run: ``PYTHONPATH=$PWD .venv/bin/python -m benchmarks.bench_english_names``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import tempfile
from pathlib import Path

import pandas as pd

from benchmarks.common import config, require_shared
from benchmarks.handgold import held_out_ids
from helpers.extract import pipeline
from helpers.ingest.corpus import load_corpus
from helpers.resources.english_names import english_names
from helpers.text.normalize import name_key

SEED = 1414  # the ANT sample and the sample of romanisations to read


MINED = 2000  # the name table was seeded from the frequent names of this many ANT articles drawn with SEED
FRESH_SEED = 2611  # a second sample, disjoint from the mined articles: out of sample for the table


def ant_sample(n: int, seed: int = SEED, avoid_mined: bool = False) -> list[dict]:
    """``n`` ANT records drawn with ``seed``, held-out ids left out (and the mined articles, if asked)."""
    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    skip = held_out_ids()
    records = [r for r in records if r.get("docno") not in skip]
    if avoid_mined:
        mined = {r["docno"] for r in random.Random(SEED).sample(records, MINED)}
        records = [r for r in records if r["docno"] not in mined]
    return random.Random(seed).sample(records, n)


def person_actors(frame: pd.DataFrame) -> pd.DataFrame:
    """The person rows of the actors table of some loaded articles (only the components actors need)."""
    articles = pipeline.run(frame.to_dict("records"), pipeline.components_for(["actors"]))
    from helpers.extract.actors import component

    rows = [row for article in articles for row in component.actor_rows(article)]
    table = pd.DataFrame(rows, columns=component.ACTOR_COLUMNS)
    return table[table["type"] == "person"]


def bundled_persons() -> pd.DataFrame:
    """Person actors of the bundled corpus, held-out articles left out."""
    frame = load_corpus(config.corpus_dir()).articles
    frame = frame[~frame["article_id"].isin(held_out_ids())]
    return person_actors(frame.astype(object))


def ant_persons(n: int, seed: int = SEED, avoid_mined: bool = False) -> pd.DataFrame:
    """Person actors of ``n`` sampled ANT articles."""
    records = ant_sample(n, seed, avoid_mined)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.jsonl"
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
        frame = load_corpus(path).articles
    return person_actors(frame.astype(object))


def shares(persons: pd.DataFrame) -> pd.DataFrame:
    """Per gloss source: distinct person actors and person mentions, with their shares."""
    actors = persons.drop_duplicates("actor_id")["gloss_source"].value_counts()
    mentions = persons["gloss_source"].value_counts()
    out = pd.DataFrame({"actors": actors, "mentions": mentions}).fillna(0).astype(int)
    out["actors_share"] = (out["actors"] / out["actors"].sum()).round(3)
    out["mentions_share"] = (out["mentions"] / out["mentions"].sum()).round(3)
    return out.sort_values("actors", ascending=False)


def missing_words(persons: pd.DataFrame) -> pd.Series:
    """Words of romanised person names that the table spells neither bare nor after ال, by frequency."""
    words = english_names().words
    names = persons.loc[persons["gloss_source"] == "romanised (approximate)", "canonical"]
    keys = [name_key(w) for name in names for w in name.split()]
    keys = [k for k in keys if k and k not in words and not (k.startswith("ال") and k[2:] in words)]
    return pd.Series(keys, dtype=object).value_counts()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--ant", type=int, default=500, help=f"ANT articles to sample (seed {SEED})")
    parser.add_argument("--candidates", type=int, default=0, help="print the N most frequent person names")
    parser.add_argument("--words", type=int, default=0, help="print the N most frequent words the table lacks")
    parser.add_argument("--read", type=int, default=40, help="romanised names to print for reading")
    args = parser.parse_args()
    require_shared(config.ant_articles())
    bundled = bundled_persons()
    if args.candidates or args.words:
        both = pd.concat([bundled, ant_persons(MINED)])
        counts = both["canonical"].value_counts() if args.candidates else missing_words(both)
        for name, count in counts.head(args.candidates or args.words).items():
            print(f"{count}\t{name}")
        return
    ant, fresh = ant_persons(args.ant), ant_persons(args.ant, FRESH_SEED, avoid_mined=True)
    for label, persons in (
        ("bundled corpus (in-sample: its names were mined)", bundled),
        (f"ANT sample ({args.ant} articles, seed {SEED}; in-sample: drawn from the mined articles)", ant),
        (f"ANT sample ({args.ant} articles, seed {FRESH_SEED}, none of the mined articles: out of sample)", fresh),
    ):
        print(f"== {label}: {persons['actor_id'].nunique()} person actors, {len(persons)} mentions")
        print(shares(persons).to_string())
    romanised = pd.concat([bundled, ant, fresh])
    romanised = romanised[romanised["gloss_source"] == "romanised (approximate)"].drop_duplicates("actor_id")
    picked = romanised.sample(min(args.read, len(romanised)), random_state=SEED)
    print(f"== {len(picked)} romanised names to read (seed {SEED})")
    for row in picked.itertuples():
        print(f"{row.canonical}\t{row.english}")


if __name__ == "__main__":
    main()
