"""Prepare WikiFANE Gold (Alotaibi & Lee, COLING 2014; CC BY-SA 3.0) as extra training data for the neural NER
model (``scripts/train_ner_neural.py --aux``). Build-time only: the product never reads it.

- Reads ``../shared/datasets/fane_gold/WikiFANE_Gold_2014_500K.txt`` (token TAB fine IOB tag; CRLF, a BOM, most
  tokens start with U+200E, which is stripped). NewsFANE_Gold is never read: it is ANERcorp's own text.
- Clitics: WikiFANE splits proclitics (و ف ب ل ك س) and pronoun enclitics (ه ها هم هما هن كم كما) off their
  words, ANERcorp does not. They are joined back: a proclitic to the next word (the joined word takes the
  proclitic's tag when it is inside an entity, else the word's), an enclitic to the previous word (its tag),
  never to a digit or punctuation (``1412 ه`` stays). ي and نا (often inside names) are left alone.
- Tags: ``coarse`` (the multitask head's labels: PER, NORP (PER.Group), ORG, GPE, LOC, FAC, PRO, VEH, WEA) and
  ``anercorp`` (ANERcorp's four types for plain concatenation: persons → PERS, groups/nationalities → O (ANERcorp
  tags الفلسطينيين, اليهود, العرب O), ORG → ORG, GPE + natural places → LOC, facilities → LOC (CoNLL guidelines,
  which ANERcorp follows), products, vehicles, weapons → MISC (ANERcorp tags القرآن, ويندوز MISC)).
- Overlap: a WikiFANE sentence whose key (U+200E removed, أ/إ/آ→ا, every space removed: the key does not depend
  on tokenisation) equals the key of a sentence of the ANERcorp CAMeL test file or the AQMAR test split is
  dropped; the counts are printed.
- Normalisation: WikiFANE's text has أ/إ/آ→ا, ANERcorp's does not. The model's word row and characters are both
  taken from ``normalize_for_matching`` (which maps the alef forms), so both sets look alike to it; this script
  checks that on the train file's words (``--check-inputs``).

Writes ``.cache/ner/wikifane.jsonl`` (one sentence a line: tokens, coarse, anercorp).
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from helpers import config

FANE = config.shared_datasets() / "fane_gold" / "WikiFANE_Gold_2014_500K.txt"
ANERCORP_TEST = config.shared_datasets() / "anercorp_camel" / "ANERCorp_CamelLab_test.txt"
ANERCORP_TRAIN = config.shared_datasets() / "anercorp_camel" / "ANERCorp_CamelLab_train.txt"
AQMAR_TEST = config.shared_datasets() / "aqmar" / "test.txt"
OUT = Path(".cache/ner/wikifane.jsonl")

PROCLITICS = frozenset("وفبلكس")
ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "كم", "كما"})
FINE = {
    "PER": "Politician Athlete Businessperson Artist Scientist Police Religious_PER Engineer Lawyer Other_PER",
    "NORP": "Group",
    "ORG": "Government Non-Governmental Commercial Educational Media Religious_ORG Sports Medical-Science "
    "Entertainment",
    "GPE": "Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent",
    "LOC": "Water-Body Land-Region-Natural Celestial",
    "FAC": "Building-Grounds Airport Path Subarea-Facility Plant",
    "VEH": "Air Land Water",
    "WEA": "Projectile Shooting Blunt Exploding Sharp Chemical Nuclear",
    "PRO": "Book Movie Software Hardware Sound Food Drug",
}
COARSE = {fine: coarse for coarse, names in FINE.items() for fine in names.split()}
TO_ANERCORP = {"PER": "PERS", "NORP": "", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
               "PRO": "MISC", "VEH": "MISC", "WEA": "MISC"}  # fmt: skip
_ALEF = str.maketrans("أإآ", "ااا")
_WORD = re.compile(r"^[\u0621-\u064a]+$")


def read_fane(path: Path = FANE) -> list[tuple[list[str], list[str]]]:
    """(tokens, fine tags) per sentence: lines holding only a tab (or nothing) end a sentence."""
    out: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8-sig").replace("\r", "").split("\n"):
        parts = line.replace("\u200e", "").split("\t")
        if not parts[0].strip():
            if tokens:
                out.append((tokens, tags))
            tokens, tags = [], []
            continue
        tokens.append(parts[0].strip())
        tags.append(parts[-1].strip() or "O")
    if tokens:
        out.append((tokens, tags))
    return out


def join_clitics(tokens: list[str], tags: list[str]) -> tuple[list[str], list[str]]:
    """Enclitics joined to the previous Arabic word, then proclitics (possibly chained) to the next one."""
    words: list[str] = []
    labels: list[str] = []
    for token, tag in zip(tokens, tags, strict=True):
        if token in ENCLITICS and words and _WORD.match(words[-1]) and words[-1] not in PROCLITICS:
            words[-1] += token
            continue
        words.append(token)
        labels.append(tag)
    out_words: list[str] = []
    out_tags: list[str] = []
    pending, pending_tag = "", "O"
    for i, (word, tag) in enumerate(zip(words, labels, strict=True)):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in PROCLITICS and _WORD.match(following):
            pending += word
            pending_tag = tag if pending_tag == "O" else pending_tag
            continue
        out_words.append(pending + word)
        out_tags.append(pending_tag if pending and pending_tag != "O" else tag)
        pending, pending_tag = "", "O"
    return out_words, out_tags


def mapped(tags: list[str], table: dict[str, str]) -> list[str]:
    """Fine IOB tags → another label set (an empty label: O), repaired to IOB2 (I- after another type → B-)."""
    out: list[str] = []
    for tag in tags:
        label = table.get(COARSE.get(tag[2:], ""), "") if tag != "O" else ""
        if not label:
            out.append("O")
            continue
        inside = tag.startswith("I-") and out and out[-1] != "O" and out[-1][2:] == label
        out.append(("I-" if inside else "B-") + label)
    return out


def sentence_key(tokens: list[str]) -> str:
    """The overlap key: no U+200E, أ/إ/آ→ا, no spaces at all."""
    return "".join(tokens).replace("\u200e", "").translate(_ALEF).replace(" ", "")


def conll_keys(path: Path) -> set[str]:
    """The overlap keys of a CoNLL file's sentences (token first on each line, blank lines between)."""
    from helpers.extract.ner import read_conll

    return {sentence_key([p[0] for p in s]) for s in read_conll(path.read_text(encoding="utf-8").splitlines())}


def check_inputs(sentences: list[tuple[list[str], list[str]]]) -> None:
    """Whether a word and its alef-normalised form give the model the same inputs (row, features, characters)."""
    from helpers.extract.ner import read_conll
    from helpers.extract.ner.neural import word_chars, word_features, word_key
    from helpers.text.normalize import normalize_for_matching

    words = {p[0] for s in read_conll(ANERCORP_TRAIN.read_text(encoding="utf-8").splitlines()) for p in s}
    words |= {w for tokens, _ in sentences[:2000] for w in tokens}
    vocabulary = {normalize_for_matching(w): i for i, w in enumerate(sorted(words))}
    chars = {c: i + 2 for i, c in enumerate(sorted({c for w in vocabulary for c in w}))}
    differ = Counter()
    for word in words:
        plain = word.translate(_ALEF)
        if plain == word:
            continue
        differ["words with أ/إ/آ"] += 1
        row, how = word_key(word, vocabulary)
        row2, how2 = word_key(plain, vocabulary)
        differ["row differs"] += (row, how) != (row2, how2)
        differ["features differ"] += word_features(word, how) != word_features(plain, how2)
        differ["characters differ"] += word_chars(word, chars) != word_chars(plain, chars)
    print("input check (ANERcorp train + 2,000 WikiFANE sentences):", dict(differ))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check-inputs", action="store_true")
    args = parser.parse_args()
    raw = read_fane()
    sentences = [join_clitics(t, g) for t, g in raw]
    print(f"WikiFANE: {len(raw):,} sentences, {sum(len(t) for t, _ in raw):,} tokens; clitics joined: "
          f"{sum(len(t) for t, _ in sentences):,} tokens")  # fmt: skip
    test_keys, aqmar_keys = conll_keys(ANERCORP_TEST), conll_keys(AQMAR_TEST)
    in_test = [sentence_key(t) in test_keys for t, _ in sentences]
    in_aqmar = [sentence_key(t) in aqmar_keys for t, _ in sentences]
    in_raw = sum(sentence_key(t) in test_keys | aqmar_keys for t, _ in raw)
    print(f"overlap: {sum(in_test)} sentences in ANERcorp CAMeL test, {sum(in_aqmar)} in AQMAR test "
          f"({in_raw} before joining clitics); dropped")  # fmt: skip
    kept = [s for s, a, b in zip(sentences, in_test, in_aqmar, strict=True) if not (a or b)]
    if args.check_inputs:
        check_inputs(kept)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for tokens, tags in kept:
            row = {"tokens": tokens, "coarse": mapped(tags, {k: k for k in TO_ANERCORP}),
                   "anercorp": mapped(tags, TO_ANERCORP)}  # fmt: skip
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    for name in ("coarse", "anercorp"):
        counts = Counter(t[2:] for tokens, tags in kept for t in mapped(tags, {k: k for k in TO_ANERCORP}
                         if name == "coarse" else TO_ANERCORP) if t.startswith("B-"))  # fmt: skip
        print(f"{name} entities: {dict(counts.most_common())}")
    print(f"{args.out}: {len(kept):,} sentences")


if __name__ == "__main__":
    main()
