"""Build helpers/data/ner_name_spans.tsv.gz: the multiword names (two to six words) of organisations, places and
people in ANERGazet (ANETAC's names are all one word), plus the multiword GeoNames and country names of the shipped
place gazetteer (LOC), normalised for matching, with their classes; the neural NER model reads them as
span features (``helpers/extract/ner/spans.py``). Sources and licences: helpers/data/NER_SOURCES.md.

Run: ``python scripts/build_ner_name_spans.py`` (a few seconds; needs ../shared/datasets).
"""

from __future__ import annotations

import gzip
import re

from helpers import config
from helpers.extract.ner.spans import MAX_SPAN, SPAN_CLASSES
from helpers.resources.ner_model import name_spans_path
from helpers.text.normalize import normalize_for_matching

ANETAC = config.shared_datasets() / "gazetteer_anetac" / "EN-AR Named-entities.txt"
ANERGAZET = config.shared_datasets() / "gazetteer_anergazet"
ARABIC = re.compile("[\u0621-\u064a]")
CLASS = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


def anetac() -> dict[str, set[str]]:
    """ANETAC's Arabic names by class (the Arabic words of a line, after its English ones)."""
    out: dict[str, set[str]] = {}
    with open(ANETAC, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) < 3 or parts[0] not in CLASS:
                continue
            name = " ".join(w for w in parts[1:] if ARABIC.search(w))
            out.setdefault(name, set()).add(CLASS[parts[0]])
    return out


def anergazet() -> dict[str, set[str]]:
    """ANERGazet's entries by class (section separators and headers left out)."""
    out: dict[str, set[str]] = {}
    for name, label in (("AlignedLocGazetteer.txt", "LOC"), ("AlignedOrgGazetteer.txt", "ORG"),
                        ("AlignedPersGazetteer.txt", "PER")):  # fmt: skip
        for line in (ANERGAZET / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and line[0] not in "*-=.":
                out.setdefault(line, set()).add(label)
    return out


def gazetteer_places() -> dict[str, set[str]]:
    """The names of the shipped place gazetteer's GeoNames and country rows (OSM rows are mostly villages)."""
    import csv

    with gzip.open(config.DATA_DIR / "gazetteer.tsv.gz", "rt", encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["name"]: {"LOC"} for row in rows if row["source"] in ("geonames", "pycountry")}


def build() -> dict[str, set[str]]:
    """Normalised multiword names → classes."""
    names: dict[str, set[str]] = {}
    for source in (anetac(), anergazet(), gazetteer_places()):
        for name, classes in source.items():
            words = [normalize_for_matching(w) for w in name.split()]
            words = [w for w in words if w]
            if 2 <= len(words) <= MAX_SPAN and all(ARABIC.search(w) for w in words):
                names.setdefault(" ".join(words), set()).update(classes)
    return names


def main() -> None:
    names = build()
    with gzip.open(name_spans_path(), "wt", encoding="utf-8", compresslevel=9) as out:
        for name in sorted(names):
            out.write(f"{name}\t{'|'.join(c for c in SPAN_CLASSES if c in names[name])}\n")
    counts = {c: sum(c in v for v in names.values()) for c in SPAN_CLASSES}
    print(f"{name_spans_path()}: {len(names):,} names {counts}, {name_spans_path().stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
