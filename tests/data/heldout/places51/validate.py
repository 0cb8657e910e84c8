"""Check places51 gold files: places_gold.tsv and not_places.tsv against texts/<id>.txt (title + "\n" + text).

Run: python3 /work/fresh/cur53/places51/validate.py   (standard library only; exit code 1 on any problem)
"""

import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"country", "town", "region", "facility", "district"}
COLS = ["article_id", "surface", "occurrence", "kind", "lat", "lon", "country", "note"]
ISO = re.compile(r"^[A-Z]{2}$")
EXPECTED = {"gold": 149, "not_places": 128, "articles": 20}  # counts of this set (README.md)


def read_ids():
    with open(os.path.join(HERE, "ids.txt"), encoding="utf-8") as f:
        return [line.split("\t")[0] for line in f.read().splitlines()[1:] if line.strip()]


def text_of(article_id):
    with open(os.path.join(HERE, "texts", article_id + ".txt"), encoding="utf-8") as f:
        return f.read()


def count(text, surface):
    """Occurrences of surface in text with str.find (overlapping hits not possible for these strings)."""
    n, i = 0, text.find(surface)
    while i != -1:
        n, i = n + 1, text.find(surface, i + len(surface))
    return n


def check_gold(ids, problems):
    rows = []
    with open(os.path.join(HERE, "places_gold.tsv"), encoding="utf-8") as f:
        lines = [line for line in f.read().splitlines() if line and not line.startswith("# ")]
    if lines[0].split("\t") != COLS:
        problems.append("places_gold.tsv: bad column line %r" % lines[0])
    seen = set()
    for no, line in enumerate(lines[1:], 2):
        r = line.split("\t")
        if len(r) != len(COLS):
            problems.append("gold row %d: %d fields" % (no, len(r)))
            continue
        aid, surface, occ, kind, lat, lon, cc, note = r
        where = "gold %s %s" % (aid, surface)
        if aid not in ids:
            problems.append(where + ": article not in ids.txt")
            continue
        if occ not in ("1", "*"):
            problems.append(where + ": occurrence must be 1 or *")
        need = 1 if occ in ("1", "*") else 0
        if count(text_of(aid), surface) < need:
            problems.append(where + ": surface occurs fewer than %d times in the text" % need)
        if kind not in KINDS:
            problems.append(where + ": bad kind %r" % kind)
        if kind == "country":
            if lat or lon:
                problems.append(where + ": country rows have no lat/lon")
            if not ISO.match(cc):
                problems.append(where + ": country row needs an ISO alpha-2 code")
        else:
            try:
                la, lo = float(lat), float(lon)
                if not (-90 <= la <= 90 and -180 <= lo <= 180):
                    problems.append(where + ": lat/lon out of range")
            except ValueError:
                problems.append(where + ": non-country rows need numeric lat/lon")
            if cc and not ISO.match(cc):
                problems.append(where + ": country code must be two capital letters or empty")
            if not cc and kind != "region":
                problems.append(where + ": only region rows may leave country empty")
        if not note.strip():
            problems.append(where + ": empty note")
        key = (aid, surface, kind)
        if key in seen:
            problems.append(where + ": duplicate (article, surface, kind)")
        seen.add(key)
        rows.append(r)
    return rows


def check_not_places(ids, gold_keys, problems):
    n = 0
    with open(os.path.join(HERE, "not_places.tsv"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    if lines[0].split("\t") != ["article_id", "surface", "reason"]:
        problems.append("not_places.tsv: bad column line")
    for line in lines[1:]:
        if not line.strip():
            continue
        r = line.split("\t")
        if len(r) != 3 or r[0] not in ids:
            problems.append("not_places: bad row %r" % line)
            continue
        if r[1] not in text_of(r[0]):
            problems.append("not_places %s %s: surface not in text" % (r[0], r[1]))
        if (r[0], r[1]) in gold_keys:
            problems.append("not_places %s %s: also a gold surface" % (r[0], r[1]))
        n += 1
    return n


def main():
    ids = read_ids()
    problems = []
    rows = check_gold(set(ids), problems)
    n_not = check_not_places(set(ids), {(r[0], r[1]) for r in rows}, problems)
    by_kind = collections.Counter(r[3] for r in rows)
    per_article = collections.Counter(r[0] for r in rows)
    print("gold rows: %d  not_places rows: %d  articles: %d (with rows: %d)" % (len(rows), n_not, len(ids), len(per_article)))
    print("by kind: " + ", ".join("%s %d" % kv for kv in sorted(by_kind.items())))
    for aid in ids:
        print("  %-36s %d" % (aid, per_article[aid]))
    if (len(rows), n_not, len(ids)) != (EXPECTED["gold"], EXPECTED["not_places"], EXPECTED["articles"]):
        problems.append("counts differ from EXPECTED %r" % EXPECTED)
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
