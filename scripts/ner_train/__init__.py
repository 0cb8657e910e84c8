"""Training code of ``scripts/train_ner_neural.py``.

Train the neural NER model (BiLSTM-CRF, character CNN, frozen news embeddings, name-list features) on
ANERcorp's CAMeL train split, select on a dev split carved from it, and export it for the numpy runtime.

- Dev split: 10% of the train sentences, drawn with ``random.Random(13)`` (``--dev-seed``), or, with
  ``--dev-tail``, the last 10% of the train file (397 sentences; it tracks test far better: the random split
  shares stories with train). Test is never read.
- Embeddings: ``.cache/ner/news_w2v.npz`` from ``scripts/train_embeddings.py``, pruned to the words of the
  train split and the ``--news-words`` most frequent news words (default 0: all), stored as int8 with a scale
  per row (or float16, ``--float16``), and frozen: the model trains on the values the runtime reads.
- Each seed trains up to ``--epochs`` epochs and keeps the epoch with the best dev F1 (``--patience``); with
  ``--ema`` the weights kept and evaluated are a moving average of the trained ones. The best epoch's dev
  predictions go to ``.cache/ner/NAME_seedN_dev.json`` (for error analysis).
- ``--full``: train on train + dev for exactly ``--epochs`` epochs (the count chosen on dev), nothing selected.
- ``--aux FILE`` (``scripts/wikifane_ner.py``'s WikiFANE Gold sentences): ``--aux-mode multitask`` trains a
  second output layer + CRF on their coarse tags (batches alternating with the train batches; only the ANERcorp
  head is exported, so the runtime's npz keeps its shape), ``concat`` mixes their ANERcorp-mapped tags into the
  train batches; ``--aux-ratio`` auxiliary sentences per train sentence are drawn afresh each epoch;
  ``--aux-pretrain N`` first trains N epochs on all of them. None of these won on the dev tail (round 4).
- ``--lm-init FILE`` (``scripts/pretrain_ner_lm.py``): start the character CNN and BiLSTM from a language
  model pre-trained on news (``--lm-lr-scale``: their learning rate, times ``--lr``); ``--lm-aux-weight W``
  adds a next/previous-word loss (Rei 2017) on the train batches and on news batches (``--lm-aux-ratio`` per
  train sentence). The LM heads are never exported. Neither won on the dev tail (round 5).
- ``--name-lexicon FILE`` (``scripts/build_ner_lexicon.py``: news tagged by a saved state, counts per word):
  12 more per-word inputs (smoothed B-/I- shares of each type, count buckets; ``ner_train/lexicon.py``) for words
  seen >= ``--lexicon-min-count`` times; ``--lexicon-dropout`` zeroes them per word type in training. Not
  exported (the runtime does not read them). Did not win on the dev tail (round 6).
- ``--mention-replace P --mention-types T ...`` (``ner_train/augment.py``): each epoch, train sentences holding a
  span of the types T are, with probability P, rewritten with those spans replaced by same-type spans drawn from
  the train part (Dai & Adel 2020). ``--subword-vectors FILE`` (``scripts/train_fasttext.py``,
  ``ner_train/subword.py``): fastText vectors for the words news_w2v does not know (``--subword-mode oov``,
  mapped into word2vec's space) or for every word (``all``); not exported. Neither won on the dev tail (round 7).
- ``--export`` writes helpers/data/ner_neural.npz from the best seed on dev (with ``--full``: the first seed
  given), and tests/data/ner_neural_torch_tags.json: torch's tags of the bundled corpus's first sentences
  (the fixture the numpy runtime is checked against).

The shipped model (chosen on ``--dev-tail``; every configuration tried is in docs/methods.md, NER section):
``python scripts/train_ner_neural.py --dev-tail --full --epochs 34 --ema 0.995 --seeds 1 --export``, after
``pip install -e '.[train]' && python scripts/train_embeddings.py``. About 6-10 minutes a seed on one thread.
"""
