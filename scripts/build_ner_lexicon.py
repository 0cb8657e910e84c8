"""A name lexicon induced from our own news ("self-training as features"): tag unlabelled news with a trained
tagger (a torch state saved by ``scripts/train_ner_neural.py``, e.g. ``B`` trained with ``--dev-tail``, so the
dev tail stays unseen) and count, for each normalised word type, its occurrences and the expected number of
times it was B-/I- of each entity type (the CRF's token marginals, summed). ``train_ner_neural.py
--name-lexicon FILE`` turns the counts into per-word features (``ner_train/lexicon.py``).

- News: ANT (``ant_multisource``; the bundled corpus's ids and every id of the ``--exclude`` files left out) and
  SaudiNewsNet articles, in an order drawn with ``random.Random(--seed)``, split and tokenised as the pipeline
  does, sentences of >= 3 tokens cut at 120; tagging stops after ``--minutes`` (reading excluded).
- Leakage check: every news sentence read (tagged or not) is keyed as ``wikifane_ner.sentence_key`` (no spaces,
  alef forms merged) and compared with the ANERcorp CAMeL train-file sentences (train part and dev tail apart)
  and, with ``--check-test``, the ANERcorp test sentences (token strings only); the counts are printed.
- Output ``--out`` (default ``.cache/ner/name_lexicon.tsv.gz``): ``word<TAB>n<TAB>`` 8 expected counts in the
  order of ``COLUMNS``, for words seen >= ``--min-count`` times.

Run: ``python scripts/build_ner_lexicon.py --teacher B --seeds 1 --minutes 25 --threads 1``
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch

from helpers import config

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ner_train.lexicon import COLUMNS  # noqa: E402
from news_corpora import news_articles as all_news_articles  # noqa: E402

TEST = config.shared_datasets() / "anercorp_camel" / "ANERCorp_CamelLab_test.txt"


def news_articles(exclude: set[str], seed: int) -> list[tuple[str, str]]:
    """(id, text) of the ANT and SaudiNewsNet articles, ids in ``exclude`` left out, in a random order."""
    out = [(key, text) for key, text in all_news_articles() if key not in exclude]
    random.Random(seed).shuffle(out)
    return out


def split(text: str) -> list[list[str]]:
    """The sentences of an article as the pipeline tokenises them (>= 3 tokens, cut at 120)."""
    from helpers.ingest.clean import clean_text
    from helpers.text.sentences import split_sentences
    from helpers.text.tokens import token_words

    out = []
    for sentence in split_sentences(clean_text(text)):
        words = token_words(sentence)
        if len(words) >= 3:
            out.append(words[:120])
    return out


class Counts:
    """Occurrences and expected B-/I- counts per normalised word type."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.n = np.zeros(1 << 16)
        self.k = np.zeros((1 << 16, len(COLUMNS)))

    def ids(self, words: list[str]) -> np.ndarray:
        from helpers.text.normalize import normalize_for_matching

        index = self.index
        out = np.fromiter((index.setdefault(normalize_for_matching(w), len(index)) for w in words), dtype=np.intp,
                          count=len(words))  # fmt: skip
        if len(index) > len(self.n):
            size = max(len(index), 2 * len(self.n))
            self.n = np.concatenate([self.n, np.zeros(size - len(self.n))])
            self.k = np.concatenate([self.k, np.zeros((size - len(self.k), len(COLUMNS)))])
        return out

    def add(self, words: list[str], probs: np.ndarray) -> None:
        ids = self.ids(words)
        np.add.at(self.n, ids, 1.0)
        np.add.at(self.k, ids, probs)

    def write(self, path: Path, min_count: int) -> int:
        rows = 0
        with gzip.open(path, "wt", encoding="utf-8") as out:
            out.write("# word\tn\t" + "\t".join(COLUMNS) + "\n")
            for word, i in sorted(self.index.items(), key=lambda x: -self.n[x[1]]):
                if self.n[i] >= min_count and word:
                    out.write(f"{word}\t{int(self.n[i])}\t" + "\t".join(f"{v:.1f}" for v in self.k[i]) + "\n")
                    rows += 1
        return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--teacher", default="B", help="name of the saved state: .cache/ner/NAME_seedN.pt")
    parser.add_argument("--seeds", type=int, nargs=1, default=[1])
    parser.add_argument("--minutes", type=float, default=25.0, help="tagging time budget")
    parser.add_argument("--seed", type=int, default=1, help="draw of the article order")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--chunk", type=int, default=16384, help="sentences sorted by length together")
    parser.add_argument("--exclude", type=Path, nargs="*", default=[], help="files of ANT article ids left out, "
                        "one a line (default none: only the bundled corpus's ids; round 6's lexicon was built "
                        "with the session's held-out list, --exclude /work/notes/used_ids.txt)")  # fmt: skip
    parser.add_argument("--check-test", action="store_true", help="also count news sentences equal to an "
                        "ANERcorp test sentence (token strings only)")  # fmt: skip
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path(".cache/ner/name_lexicon.tsv.gz"))
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    start = time.perf_counter()
    import train_ner_neural as cli
    from self_train_ner import marginals
    from wikifane_ner import conll_keys, sentence_key

    from helpers.ingest.corpus import load_corpus

    kept = torch.load(Path(".cache/ner") / f"{args.teacher}_seed{args.seeds[0]}.pt", weights_only=False)
    run = argparse.Namespace(**{**vars(cli.parser().parse_args([])), **kept["args"]})
    run.pseudo = run.aux = run.name_lexicon = None
    run.lm_aux_weight = 0.0
    data = cli.prepare(run)
    model = cli.Tagger(data["vectors"], len(data["encoder"].chars) + 2, len(data["labels"]), run)
    model.load_state_dict(kept["state"])
    model.eval()
    labels = data["labels"]
    columns = [labels.index(c) for c in COLUMNS]
    exclude = {key for path in args.exclude for key in path.read_text(encoding="utf-8").split()}
    exclude |= set(load_corpus(config.corpus_dir()).articles["article_id"])
    articles = news_articles(exclude, args.seed)
    keys = {"train": {sentence_key(t) for t, _ in data["train"]}, "dev tail": {sentence_key(t) for t, _ in data["dev"]}}
    if args.check_test:
        keys["test"] = conll_keys(TEST)
    overlap = dict.fromkeys(keys, 0)
    print(f"{len(articles):,} articles ({len(exclude):,} excluded ids) ({time.perf_counter() - start:.0f} s)")
    counts, encoder = Counts(), data["encoder"]
    fresh = cli.Encoder(encoder.vocabulary, encoder.chars)
    n_articles = n_sentences = n_tokens = 0
    budget = start + 60 * args.minutes
    pending: list[list[str]] = []
    for i, (_, text) in enumerate(articles):
        for words in split(text):
            key = sentence_key(words)
            for name, found in keys.items():
                overlap[name] += key in found
            pending.append(words)
        last = i == len(articles) - 1
        if len(pending) < args.chunk and not last:
            continue
        if len(encoder.types) > 300_000:  # bound the per-type input cache
            encoder = cli.Encoder(fresh.vocabulary, fresh.chars)
        order = sorted(pending, key=len)
        with torch.no_grad():
            for g in range(0, len(order), 256):
                group = order[g : g + 256]
                batch = encoder.batch(group)
                probs = marginals(model, model.emissions(batch), batch["lengths"])[:, :, columns].numpy()
                mask = np.arange(probs.shape[1])[None, :] < batch["lengths"].numpy()[:, None]
                counts.add([w for s in group for w in s], probs[mask])
        n_articles, n_sentences = i + 1, n_sentences + len(pending)
        n_tokens += sum(map(len, pending))
        pending = []
        print(f"{n_articles:,} articles, {n_sentences:,} sentences, {n_tokens:,} tokens, {len(counts.index):,} "
              f"types ({time.perf_counter() - start:.0f} s)", flush=True)  # fmt: skip
        if time.perf_counter() > budget:
            break
    rows = counts.write(args.out, args.min_count)
    print(f"overlap of the news sentences read with: {overlap}")
    print(f"{args.out}: {rows:,} words seen >= {args.min_count} times, {args.out.stat().st_size / 2**10:.0f} KiB "
          f"({time.perf_counter() - start:.0f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
