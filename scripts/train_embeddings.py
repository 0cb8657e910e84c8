"""Train the word embeddings of the neural NER model on unlabelled Arabic news (ANT + SaudiNewsNet).

Skip-gram word2vec (gensim) over the news tokenised as the product tokenises (``helpers.text.tokens``) and
normalised for matching (``normalize_for_matching``): dim 100, window 5, min_count 3, 5 epochs, seed 13,
2 workers. Writes the full vectors to ``.cache/ner/news_w2v.npz`` (build-time only: ``scripts/train_ner_neural.py``
prunes them to the vocabulary that matters and ships that part).

Run: ``pip install -e '.[train]' && python scripts/train_embeddings.py`` (about 5-10 minutes on 2 cores).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from helpers.ingest.clean import clean_text
from helpers.text.normalize import normalize_for_matching
from helpers.text.sentences import split_sentences
from helpers.text.tokens import token_words

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_corpora import news_articles

OUT = Path(".cache/ner/news_w2v.npz")


def news_texts() -> Iterator[str]:
    """Article bodies of ANT and SaudiNewsNet."""
    yield from (text for _, text in news_articles())


def sentences() -> list[list[str]]:
    """Tokenised, normalised sentences of the news."""
    out = []
    for text in news_texts():
        for sentence in split_sentences(clean_text(text)):
            words = [normalize_for_matching(w) for w in token_words(sentence)]
            if words:
                out.append(words)
    return out


def main() -> None:
    """Train and save the vectors and counts."""
    import numpy as np
    from gensim.models import Word2Vec

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    start = time.perf_counter()
    corpus = sentences()
    print(f"{len(corpus):,} sentences, {sum(map(len, corpus)):,} tokens ({time.perf_counter() - start:.0f} s)")
    model = Word2Vec(corpus, vector_size=args.dim, window=5, min_count=args.min_count, sg=1, negative=5,
                     workers=2, epochs=args.epochs, seed=13)  # fmt: skip
    words = model.wv.index_to_key
    counts = np.array([model.wv.get_vecattr(w, "count") for w in words], dtype=np.int64)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez(OUT, words=np.array(words), vectors=model.wv.vectors.astype(np.float32), counts=counts)
    print(f"{OUT}: {len(words):,} words x {args.dim} ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
