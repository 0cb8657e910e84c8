"""Subword word vectors for the neural NER model: a fastText model (gensim ``FastText``, skip-gram, character
n-grams 3-5) on the same unlabelled news as ``scripts/train_embeddings.py`` (its reader: ANT + SaudiNewsNet via
``scripts/news_corpora.py``, tokenised as the product tokenises, normalised for matching).

Build time only. ``scripts/train_ner_neural.py --subword-vectors FILE`` gives its vectors to the words the news
word2vec table does not know (``--subword-mode oov``, mapped into word2vec's space by a least-squares linear map
fitted on the words both know) or uses them for every word (``--subword-mode all``).

- ``--share S``: train on a random share of the news sentences (``random.Random(13)``), for a session with one
  free core; 1.0 = all (~17M tokens). dim 100, window 5, min count 3, ``--epochs`` 5, ``--bucket`` 200,000
  n-gram buckets (gensim's default 2M would take 800 MB), seed 13, ``--workers`` 1.
- Writes ``--out`` (default ``.cache/ner/news_fasttext.model``, gensim's format) and prints the time.

Run: ``python scripts/train_fasttext.py --share 0.3``
"""

from __future__ import annotations

import argparse
import logging
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_embeddings import sentences

OUT = Path(".cache/ner/news_fasttext.model")


def main() -> None:
    from gensim.models import FastText

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--share", type=float, default=1.0, help="share of the news sentences trained on")
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--bucket", type=int, default=200_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    logging.basicConfig(format="%(asctime)s %(message)s", level=logging.INFO)  # gensim's epoch lines (words/s)
    start = time.perf_counter()
    corpus = sentences()
    if args.share < 1.0:
        corpus = random.Random(13).sample(corpus, int(args.share * len(corpus)))
    n_tokens = sum(map(len, corpus))
    print(f"{len(corpus):,} sentences, {n_tokens:,} tokens (share {args.share}; {time.perf_counter() - start:.0f} s)",
          flush=True)  # fmt: skip
    trained = time.perf_counter()
    model = FastText(corpus, vector_size=args.dim, window=5, min_count=args.min_count, sg=1, negative=5,
                     min_n=3, max_n=5, bucket=args.bucket, workers=args.workers, epochs=args.epochs,
                     seed=13)  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(str(args.out))
    print(f"{args.out}: {len(model.wv.index_to_key):,} words x {args.dim}, {args.bucket:,} buckets; "
          f"training {time.perf_counter() - trained:.0f} s, total {time.perf_counter() - start:.0f} s")  # fmt: skip


if __name__ == "__main__":
    main()
