"""Learn word clusters from unlabelled Arabic news (ANT + SaudiNewsNet) for the NER model's features.

word2vec (gensim) over the normalised, tokenised text, then k-means (scikit-learn) at two granularities.
Ships only helpers/data/word_clusters.tsv.gz: word, cluster of 256, cluster of 1024, for words seen 5+ times.

Run: ``pip install gensim scikit-learn && python scripts/build_word_clusters.py`` (about 5 minutes on 2 cores;
build-time only: the product reads the shipped map and needs neither package).
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import time
from pathlib import Path

from helpers import config
from helpers.ingest.clean import clean_text
from helpers.text.normalize import normalize_for_matching
from helpers.text.sentences import split_sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from news_corpora import news_articles

OUT = config.DATA_DIR / "word_clusters.tsv.gz"
TOKEN = re.compile(r"[\u0621-\u064a]+|[A-Za-z]+|\d+|[^\s\w]")


def sentences() -> list[list[str]]:
    """Tokenised, normalised sentences of ANT and SaudiNewsNet."""
    out: list[list[str]] = []
    texts = [text for _, text in news_articles()]
    for text in texts:
        for sentence in split_sentences(clean_text(text)):
            out.append(TOKEN.findall(normalize_for_matching(sentence)))
    return out


def main() -> None:
    """Train, cluster and write the map."""
    from gensim.models import Word2Vec
    from sklearn.cluster import MiniBatchKMeans

    start = time.perf_counter()
    corpus = sentences()
    print(f"{len(corpus):,} sentences, {sum(map(len, corpus)):,} tokens ({time.perf_counter() - start:.0f} s)")
    model = Word2Vec(corpus, vector_size=100, window=5, min_count=5, workers=2, epochs=5, seed=7)
    words = model.wv.index_to_key
    vectors = model.wv.vectors
    print(f"word2vec: {len(words):,} words ({time.perf_counter() - start:.0f} s)")
    labels = {}
    for k in (256, 1024):
        labels[k] = MiniBatchKMeans(n_clusters=k, random_state=7, n_init=3, batch_size=4096).fit_predict(vectors)
    buffer = io.StringIO()
    for i, word in enumerate(words):
        buffer.write(f"{word}\t{labels[256][i]}\t{labels[1024][i]}\n")
    OUT.write_bytes(gzip.compress(buffer.getvalue().encode("utf-8"), mtime=0))
    print(f"{OUT}: {len(words):,} words, {OUT.stat().st_size / 2**10:,.0f} KiB ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
