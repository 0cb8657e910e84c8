"""Train the shipped Arabic NER model (helpers/data/ner_crf.model) from ANERcorp's CAMeL train split.

Reproducible: the same data and settings give the same model. Also writes helpers/data/person_names.txt
from the MIT-licensed AKhateeb/arabic-names lists in ../shared (a feature of the model).

Run: ``make ner-model`` (or ``python scripts/train_ner.py [--c1 0.02 --c2 0.005 --iterations 300]``).
"""

from __future__ import annotations

import argparse
import time

from helpers import config
from helpers.extract.ner import read_conll, sentence_features
from helpers.resources.ner_model import model_path
from helpers.text.normalize import normalize_for_matching

TRAIN = config.shared_datasets() / "anercorp_camel" / "ANERCorp_CamelLab_train.txt"
NAMES = config.shared_datasets() / "gazetteer_arabic_names"
ANETAC = config.shared_datasets() / "gazetteer_anetac" / "EN-AR Named-entities.txt"
ANERGAZET = config.shared_datasets() / "gazetteer_anergazet"


def write_person_names() -> int:
    """Normalised Arabic first and family names, one per line; returns the count."""
    names: set[str] = set()
    for path in ("male-first--names-in-arabic.txt", "female-first-names-in-arabic.txt", "last-names-in-arabic.txt"):
        for line in (NAMES / path).read_text(encoding="utf-8").splitlines():
            names |= {normalize_for_matching(w) for w in line.split() if len(w) > 1}
    (config.DATA_DIR / "person_names.txt").write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    return len(names)


def write_name_lexicon() -> int:
    """Word → name-list classes (PERB/PERI, LOCB/LOCI, ORGB/ORGI from ANETAC; gPERB... from ANERGazet)."""
    import gzip
    import re

    classes: dict[str, set[str]] = {}
    with open(ANETAC, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts:
                continue
            arabic = [w for w in parts[1:] if re.search("[\u0621-\u064a]", w)]
            for i, word in enumerate(arabic):
                classes.setdefault(normalize_for_matching(word), set()).add(parts[0][:3] + ("B" if i == 0 else "I"))
    for name, label in (
        ("AlignedLocGazetteer.txt", "gLOC"),
        ("AlignedOrgGazetteer.txt", "gORG"),
        ("AlignedPersGazetteer.txt", "gPER"),
    ):
        for line in (ANERGAZET / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line[0] in "*-=.":
                continue  # section separators and headers
            for i, word in enumerate(line.split()):
                classes.setdefault(normalize_for_matching(word), set()).add(label + ("B" if i == 0 else "I"))
    with gzip.open(config.DATA_DIR / "name_lexicon.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        for word in sorted(classes):
            out.write(f"{word}\t{'|'.join(sorted(classes[word]))}\n")
    return len(classes)


def main() -> None:
    """Train and save; print the figures."""
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--c1", type=float, default=0.02)
    parser.add_argument("--c2", type=float, default=0.005)
    parser.add_argument("--iterations", type=int, default=300)
    args = parser.parse_args()
    print(f"person names: {write_person_names()}")
    print(f"name lexicon: {write_name_lexicon()} words")
    sentences = list(read_conll(TRAIN.read_text(encoding="utf-8").splitlines()))
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        tokens = [parts[0] for parts in sentence]
        trainer.append(sentence_features(tokens), [parts[-1] for parts in sentence])
    trainer.set_params(
        {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations, "feature.possible_transitions": True}
    )
    start = time.perf_counter()
    trainer.train(str(model_path()))
    tokens = sum(len(s) for s in sentences)
    print(f"trained on {len(sentences):,} sentences, {tokens:,} tokens in {time.perf_counter() - start:.0f} s")
    print(f"{model_path()}: {model_path().stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
