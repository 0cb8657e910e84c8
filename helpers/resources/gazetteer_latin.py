"""GeoNames towns by the consonants of their Latin names, for the Arabic spellings the gazetteer lacks.

GeoNames gives an Arabic name to few towns outside the Arab world, and one spelling to those it has: news writes
ميناكا، داباتشي، ماسايا، بانو، جاكرتا، البوكمال، التحيتا where GeoNames has Ménaka, Dapchi, Masaya, Bannu, Jakarta
(as جاكارتا), Albu Kamal (as البو كمال), At Tuhayta (no Arabic name). Both sides are reduced to a consonant
skeleton (``arabic_skeleton`` / ``latin_skeleton``: vowels, long vowels, ع and the article dropped, letters
that Latin writes alike merged: س ز ص ظ all s, ch and تش one letter; doubled letters once), and the table
``gazetteer_latin.tsv.gz`` (GeoNames cities500 places: capitals, admin seats and towns of 10,000+; built by
``write_table``) is looked up by the Arabic skeleton. Matching by skeleton is loose on purpose: the caller
(``toponyms.transliterated``) also compares the spellings with their vowels (``spelling_likeness``) and takes a
match only in a town's slot (مدينة X، مديرية X) and in a country the sentence or the article names.
"""

from __future__ import annotations

import csv
import difflib
import functools
import gzip
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from helpers import config
from helpers.resources.gazetteer import Place

LATIN_FILE = "gazetteer_latin.tsv.gz"
LATIN_COLUMNS = ["skeleton", "name_en", "lat", "lon", "kind", "country", "population", "source_id", "spelling"]
# Turkish and Azeri letters as Arabic news hears them (Suruç سوروتش، Cizre جزرة، Ceylanpınar جيلان بينار): ç and ş
# are ch and sh, c is j, ğ is silent. GeoNames' ASCII name drops the marks (Suruc, read "Suruk").
_TURKIC = frozenset({"TR", "AZ"})
_TURKIC_LETTERS = str.maketrans({"ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "c": "j", "C": "J", "ğ": "", "ı": "i",
                                 "İ": "I"})  # fmt: skip
# Arabic letters (normalised: ا for every alef, ه for ة, ي for ى) → Latin consonant class; absent letters drop.
_ARABIC = str.maketrans({
    "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ج": "j", "چ": "1", "ح": "h", "خ": "k", "د": "d", "ذ": "d",
    "ر": "r", "ز": "s", "ژ": "s", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "s", "غ": "g",
    "ف": "f", "ڤ": "f", "ق": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h",
    "ا": None, "و": None, "ي": None, "ع": None, "ء": None, "ئ": None, "ؤ": None, " ": None,
})  # fmt: skip
# Latin digraphs first (sh, kh...), then single letters; vowels, w, y, v (Ahvaz = الأهواز) and marks drop.
_DIGRAPHS = (("tch", "1"), ("sch", "s"), ("sh", "s"), ("ch", "1"), ("kh", "k"), ("gh", "g"), ("th", "t"),
             ("dh", "d"), ("ph", "f"), ("ck", "k"), ("zh", "s"))  # fmt: skip
_LATIN = str.maketrans({"q": "k", "c": "k", "p": "b", "x": "ks", "z": "s", "a": None, "e": None, "i": None, "o": None,
                        "u": None, "y": None, "w": None, "v": None})  # fmt: skip
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ad|at|as|ash|ar|an|az|adh|ath|ed|es|et|er|en)[-\s]+")
_NOT_LETTER = re.compile(r"[^a-z ]")
_REPEAT = re.compile(r"(.)\1+")


def arabic_skeleton(key: str) -> str:
    """The consonant skeleton of a normalised Arabic name (key form): جاكرتا → jkrt; تش is Latin ch (داباتشي →
    db1); a final ه (ة) is dropped as Latin drops it (درنه → drn)."""
    word = key.replace("تش", "چ").removesuffix("ه")
    return _REPEAT.sub(r"\1", word.translate(_ARABIC))


def latin_skeleton(name: str) -> str:
    """The consonant skeleton of a Latin place name: Dapchi → db1, Jakarta → jkrt, Darnah → drn."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = _NOT_LETTER.sub("", plain.replace("-", "").replace("'", "")).replace(" ", "")  # ʿ, ' (ع، ء) drop
    for digraph, letter in _DIGRAPHS:
        plain = plain.replace(digraph, letter)
    plain = plain.translate(_LATIN)
    return _REPEAT.sub(r"\1", plain.removesuffix("h"))


# The same classes with the vowels kept (ا and a, و and o/u, ي and e/i/y), for how alike two spellings are.
_ARABIC_VOWELS = str.maketrans({"ا": "a", "و": "u", "ي": "i", "ى": "i"})
_LATIN_VOWELS = str.maketrans({"e": "i", "o": "u", "y": "i", "w": "u", "v": "u"})
_LATIN_LETTERS = str.maketrans({"q": "k", "c": "k", "p": "b", "x": "ks", "z": "s"})


def arabic_spelling(key: str) -> str:
    """A normalised Arabic name in Latin letters with its written vowels: ماسايا → masaia, بانو → banu."""
    word = key.replace("تش", "چ").replace(" ", "")
    word = word[:-1] + "a" if word.endswith("ه") else word
    word = word.translate(_ARABIC_VOWELS)
    return _REPEAT.sub(r"\1", "".join(c if c.isascii() else (c.translate(_ARABIC) or "") for c in word))


def latin_spelling(name: str) -> str:
    """A Latin name in the same letters: Masaya → masaia, Bannu → banu (``arabic_spelling``'s counterpart)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = _NOT_LETTER.sub("", plain.replace("-", "").replace("'", "")).replace(" ", "")
    for digraph, letter in _DIGRAPHS:
        plain = plain.replace(digraph, letter)
    return _REPEAT.sub(r"\1", plain.translate(_LATIN_LETTERS).translate(_LATIN_VOWELS))


def spelling_likeness(key: str, name: str) -> float:
    """How alike an Arabic name and a Latin one are, 0 to 1 (difflib's ratio of their spellings): ماسايا/Masaya
    1.0, ماسايا/Mesa 0.6. A definite name keeps its article and meets the Latin name with its article written al
    (التحيتا/At Tuhayta, البوكمال/Albu Kamal; الميزان is not Meishan); a name with none meets the Latin name
    without its article."""
    low = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()
    bare = _LATIN_ARTICLE.sub("", low)
    latin = ("al" + bare if bare != low else low) if key.startswith("ال") else bare
    return difflib.SequenceMatcher(None, arabic_spelling(key), latin_spelling(latin)).ratio()


def latin_variants(name: str) -> set[str]:
    """The skeletons of a Latin name with and without its article (At Tuhayta → th, tth)."""
    low = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()
    bare = _LATIN_ARTICLE.sub("", low)
    return {s for s in (latin_skeleton(low), latin_skeleton(bare)) if len(s) >= 2}


def native_spelling(name: str, country: str) -> str:
    """A GeoNames name respelt as Arabic news hears it in its country (Suruç → Suruch in Turkey), or ""."""
    if country not in _TURKIC:
        return ""
    respelt = name.translate(_TURKIC_LETTERS)
    return respelt if respelt != name else ""


def heard_as(place: Place) -> str:
    """The Latin name a place of ``latin_places`` is heard by: its respelling (Suruch), else its name (Suruc)."""
    return _SPELLINGS.get(place.source_id) or place.name_en


_SPELLINGS: dict[str, str] = {}  # GeoNames id → respelling, filled by ``latin_places``


@functools.cache
def latin_places() -> dict[str, list[Place]]:
    """Skeleton → GeoNames places whose Latin name has it, most populous first (empty when the file is absent)."""
    path = config.DATA_DIR / LATIN_FILE
    index: dict[str, list[Place]] = {}
    if not path.exists():
        return index
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            place = Place(row["name_en"], row["name_en"], float(row["lat"]), float(row["lon"]), row["kind"],
                          row["country"], int(row["population"]), "geonames", row["source_id"])  # fmt: skip
            index.setdefault(row["skeleton"], []).append(place)
            if row.get("spelling"):
                _SPELLINGS[row["source_id"]] = row["spelling"]
    for places in index.values():
        places.sort(key=lambda p: (p.kind != "capital", p.kind != "city", -p.population))
    return index


def build_rows(cities500: Path, min_population: int = 10_000) -> Iterator[dict]:
    """The table's rows from GeoNames cities500: capitals, first- and second-order admin seats, and places of
    ``min_population`` or more; one row per skeleton of the name and the ASCII name (with and without article)."""
    with cities500.open(encoding="utf-8") as handle:
        for line in handle:
            f = line.rstrip("\n").split("\t")
            code, population = f[7], int(f[14] or 0)
            if f[6] != "P" or not (code in ("PPLC", "PPLA", "PPLA2") or population >= min_population):
                continue
            kind = "capital" if code == "PPLC" else "city" if code == "PPLA" or population >= 100_000 else "town"
            spelling = native_spelling(f[1], f[8])
            for skeleton in sorted(latin_variants(f[1]) | latin_variants(f[2]) | latin_variants(spelling)):
                yield {"skeleton": skeleton, "name_en": f[2], "lat": round(float(f[4]), 3),
                       "lon": round(float(f[5]), 3), "kind": kind, "country": f[8], "population": population,
                       "source_id": f[0], "spelling": spelling}  # fmt: skip


def write_table(cities500: Path, out: Path | None = None) -> int:
    """Write ``gazetteer_latin.tsv.gz`` from cities500; the number of rows."""
    out = out or config.DATA_DIR / LATIN_FILE
    rows = sorted(build_rows(cities500), key=lambda r: (r["skeleton"], -r["population"]))
    lines = ["\t".join(LATIN_COLUMNS)] + ["\t".join(str(r[c]) for c in LATIN_COLUMNS) for r in rows]
    out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    return len(rows)


if __name__ == "__main__":
    source = config.shared_datasets() / "gazetteer_geonames_cities500" / "cities500.txt"
    print(f"{write_table(source):,} rows")
