"""Build the compact gazetteer and map outlines shipped in helpers/data (run once; needs ../shared and npm).

Sources (licences in helpers/data/PLACES_SOURCES.md):
- GeoNames cities500: every place with an Arabic-script alternate name.
- OpenStreetMap place nodes (2019 extracts) for Libya, Egypt, Tunisia, Sudan, Chad, Niger.
- pycountry's Arabic country names, plus the common short forms news uses (helpers/data/country_names_ar.csv).
- Natural Earth 1:50m country outlines from the world-atlas npm package (public domain), for maps and centroids.

Single-word names that are also common Arabic words (by their frequency in the ANT news corpus) are marked
``needs_cue``: the matcher accepts them only after a place word such as مدينة or قرية.

Also, without npm: ``python scripts/build_gazetteer.py --news`` writes ``place_rates.tsv.gz`` (how often each
gazetteer name stands in a place slot in ANT news: after في/من/إلى, مدينة, شرق...) and ``places_facilities.tsv.gz``
(named OpenStreetMap facilities of Libya and its neighbours: airports, ports, hospitals, prisons, colleges...).
The ANT articles of the held-out place gold (``/work/gold/places/ids.txt`` when present) are left out.

Run: ``python scripts/build_gazetteer.py`` (writes helpers/data/gazetteer.tsv.gz, world_outlines.json.gz and the
Latin-name table gazetteer_latin.tsv.gz).
"""

from __future__ import annotations

import csv
import gettext
import gzip
import io
import json
import re
import sqlite3
import subprocess
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

from helpers import config
from helpers.resources import gazetteer_latin
from helpers.resources.gazetteer import place_key

GEONAMES = config.shared_datasets() / "gazetteer_geonames_cities500" / "cities500.txt"
OSM_DIR = config.shared_datasets() / "gazetteer_osm_nodes_2019"
OUT = config.DATA_DIR / "gazetteer.tsv.gz"
OUTLINES = config.DATA_DIR / "world_outlines.json.gz"
ARABIC = re.compile("[\u0621-\u064a]")
# Names written only in Arabic letters: Persian, Urdu and Kurdish spellings (پ چ ژ گ ک ی ھ ۆ) are left out.
ARABIC_ONLY = re.compile("^[\u0621-\u064a\u064b-\u065f\u0670\u0640 '\u2019()-]+$")
COMMON_WORDS = config.DATA_DIR / "common_words.tsv.gz"
# The Arab world and its neighbours, whose mid-size towns Arabic news names often.
ARAB_WORLD = set(
    [
        "LY",
        "EG",
        "TN",
        "DZ",
        "MA",
        "MR",
        "SD",
        "SY",
        "IQ",
        "YE",
        "SA",
        "AE",
        "QA",
        "KW",
        "BH",
        "OM",
        "JO",
        "LB",
        "PS",
        "SO",
        "DJ",
        "KM",
        "IL",
        "TD",
        "NE",
        "ML",
        "TR",
        "IR",
    ]
)
# Words that form place names as often as personal names: بني وليد, سيدي خليفة, عين مارة are places.
PLACE_WORDS = {"بني", "سيدي", "عين", "بئر", "ام", "راس", "وادي", "تل", "جبل", "دير", "كفر", "زاويه", "قصر"}
NAME_PARTICLES = {"ال", "بن", "ابن", "ابو"}
NAME_LISTS = [
    config.shared_datasets() / "gazetteer_arabic_names" / "male-first--names-in-arabic.txt",
    config.shared_datasets() / "gazetteer_arabic_names" / "female-first-names-in-arabic.txt",
    config.shared_datasets() / "gazetteer_arabic_names" / "last-names-in-arabic.txt",
    config.shared_datasets() / "gazetteer_anergazet" / "AlignedPersGazetteer.txt",
]
OSM_KINDS = {"city": "city", "town": "town", "village": "village", "suburb": "suburb", "hamlet": "village",
             "neighbourhood": "suburb", "quarter": "suburb", "locality": "locality", "island": "island",
             "state": "region", "region": "region", "county": "region"}  # fmt: skip
COLUMNS = ["key", "name", "name_en", "lat", "lon", "kind", "country", "population", "source", "source_id", "needs_cue"]


def geonames_rows() -> list[dict]:
    """GeoNames places with Arabic names: one row per Arabic name."""
    rows = []
    with GEONAMES.open(encoding="utf-8") as handle:
        for line in handle:
            f = line.rstrip("\n").split("\t")
            bare = (re.sub("[\u200e\u200f]", "", n).strip() for n in f[3].split(","))  # حفر الباطن + LRM
            names = [n for n in bare if ARABIC_ONLY.match(n)]
            if not names:
                continue
            kind = {"PPLC": "capital", "PPLA": "city"}.get(f[7], "city" if int(f[14] or 0) >= 100_000 else "town")
            for name in dict.fromkeys(names):
                rows.append(dict(name=name, name_en=f[2], lat=float(f[4]), lon=float(f[5]), kind=kind, country=f[8],
                                 population=int(f[14] or 0), source="geonames", source_id=f[0]))  # fmt: skip
    return rows


def osm_rows() -> list[dict]:
    """OSM place nodes with an Arabic name."""
    rows = []
    for archive in sorted(OSM_DIR.glob("*.sqlite.zip")):
        country = {"libya": "LY", "egypt": "EG", "tunisia": "TN", "sudan": "SD", "chad": "TD", "niger": "NE"}[
            archive.name.split(".")[0]
        ]
        with zipfile.ZipFile(archive) as z, tempfile.TemporaryDirectory() as tmp:
            member = z.namelist()[0]
            z.extract(member, tmp)
            db = sqlite3.connect(Path(tmp) / member)
            query = (
                "select ID, LAT, LON, NAME, NAME_EN, VALUE, POPULATION from NODE where TAG='place' and NAME is not null"
            )
            for node_id, lat, lon, name, name_en, value, population in db.execute(query):
                if value not in OSM_KINDS:
                    continue
                for part in re.split(r"\s*[/|;]\s*", re.sub("[\u200e\u200f]", "", name)):
                    arabic = " ".join(w for w in part.split() if ARABIC.search(w))
                    if arabic and ARABIC_ONLY.match(arabic):
                        rows.append(dict(name=arabic, name_en=name_en or "", lat=lat, lon=lon, kind=OSM_KINDS[value],
                                         country=country, population=int(population or 0), source="osm",
                                         source_id=str(node_id)))  # fmt: skip
            db.close()
    return rows


def outlines() -> dict:
    """Natural Earth 1:50m countries as {iso_numeric: {name, rings}} from the world-atlas npm package."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "world-atlas@2", "--silent"], cwd=tmp, check=True, capture_output=True)
        tarball = next(Path(tmp).glob("world-atlas-*.tgz"))
        subprocess.run(["tar", "xzf", tarball.name], cwd=tmp, check=True)
        topo = json.loads((Path(tmp) / "package" / "countries-50m.json").read_text())
    scale, translate = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * scale[0] + translate[0], 2), round(y * scale[1] + translate[1], 2)))
        arcs.append(points)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indices:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts[1:] if out else pts)
        return [p for j, p in enumerate(out) if j == 0 or p != out[j - 1]]

    countries = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs", [])
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = [ring(r) for polygon in polygons for r in polygon[:1]]
        countries[geometry.get("id", geometry["properties"]["name"])] = {
            "name": geometry["properties"]["name"],
            "rings": [r for r in rings if len(r) >= 4],
        }
    return countries


def centroid(rings: list[list[tuple[float, float]]]) -> tuple[float, float]:
    """Area-weighted centroid of the largest ring (good enough for a country marker). A ring cut at the
    antimeridian (Russia's runs from -180 to 180) is unwrapped first, and the result wrapped back."""
    best = max(rings, key=lambda r: abs(_area(r)))
    xs = [x for x, _ in best]
    if min(xs) <= -179.5 and max(xs) >= 179.5:
        lat, lon = centroid([[(x + 360 if x < 0 else x, y) for x, y in best]])
        return lat, round((lon + 180) % 360 - 180, 3)
    a = _area(best)
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(best, best[1:] + best[:1], strict=False)) / (
        6 * a
    )
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(best, best[1:] + best[:1], strict=False)) / (
        6 * a
    )
    return round(cy, 3), round(cx, 3)


def _area(ring: list[tuple[float, float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def country_rows(shapes: dict) -> list[dict]:
    """Countries: pycountry's Arabic names and the common forms in country_names_ar.csv, at outline centroids."""
    import pycountry

    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    rows = []
    extra = list(csv.DictReader((config.DATA_DIR / "country_names_ar.csv").open(encoding="utf-8")))
    for country in pycountry.countries:
        shape = shapes.get(country.numeric)
        if not shape or not shape["rings"]:
            continue
        lat, lon = centroid(shape["rings"])
        names = {re.sub("[\u064b-\u065f]", "", arabic.gettext(country.name))}
        names |= {row["name"] for row in extra if row["iso2"] == country.alpha_2}
        for name in names:
            if ARABIC_ONLY.match(name):
                rows.append(dict(name=name, name_en=country.name, lat=lat, lon=lon, kind="country",
                                 country=country.alpha_2, population=0, source="pycountry",
                                 source_id=country.alpha_2))  # fmt: skip
    return rows


def common_words(limit_articles: int = 31_600) -> Counter:
    """How many ANT articles contain each normalised word (for the needs_cue mark)."""
    counts: Counter = Counter()
    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i >= limit_articles:
                break
            text = json.loads(line).get("text") or ""
            counts.update(set(place_key(text).split()))
    return counts


def person_words() -> set[str]:
    """Words of Arabic personal names (first names, family names, ANERgazet persons)."""
    words: set[str] = set()
    for path in NAME_LISTS:
        for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
            words |= set(place_key(line).split())
    return words


# The words before a name that put it in a place slot (in, from, to, city of, east of...); a word is also in one
# when it carries the preposition ب (بدرنة). Counted over ANT to give each name its share of place uses.
PLACE_SLOT = {"في", "من", "الي", "مدينه", "بلده", "قريه", "منطقه", "محافظه", "ولايه", "شرق", "غرب", "شمال", "جنوب",
              "شرقي", "غربي", "شمالي", "جنوبي", "ضواحي", "مشارف", "قرب", "نحو", "داخل", "عبر", "حتي", "وسط", "مدن",
              "العاصمه", "مناطق", "اطراف", "بلدات", "مدينتي"}  # fmt: skip
# Words of names that every town has (المدينة القديمة، وسط البلد، السوق القديم): a name made only of them is the
# part of whatever town the sentence is about, not the one place that OpenStreetMap happens to label so.
GENERIC_WORDS = {"المدينه", "القديمه", "القديم", "البلده", "البلد", "وسط", "الجديده", "الجديد", "السوق", "الحي",
                 "الميناء", "المنطقه", "الصناعيه", "التجاري", "التجاريه", "الشرقي", "الغربي", "الشمالي", "الجنوبي",
                 "الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الكبير", "الكبري", "الصغير", "الصغري"}  # fmt: skip
HELD_OUT_IDS = Path("/work/gold/places/ids.txt")
RATES = config.DATA_DIR / "place_rates.tsv.gz"


def place_rates(keys: set[str], max_words: int = 4) -> dict[str, tuple[int, int]]:
    """For each gazetteer key seen in ANT news: (occurrences, occurrences in a place slot)."""
    held_out = set(HELD_OUT_IDS.read_text().split()) if HELD_OUT_IDS.exists() else set()
    firsts = {k.split()[0] for k in keys}
    counts: dict[str, list[int]] = {}
    with gzip.open(config.ant_articles(), "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("docno") in held_out:
                continue
            words = place_key(record.get("text") or "").split()
            for i, word in enumerate(words):
                variants = [word] + ([word[1:]] if word[:1] in "وبلف" and len(word) > 3 else [])
                for variant in variants:
                    if variant not in firsts:
                        continue
                    for n in range(max_words, 0, -1):
                        key = " ".join([variant, *words[i + 1 : i + n]])
                        if key in keys:
                            slot = (variant != word and word[0] == "ب") or (i > 0 and words[i - 1] in PLACE_SLOT)
                            entry = counts.setdefault(key, [0, 0])
                            entry[0] += 1
                            entry[1] += int(slot)
                            break
    return {k: (n, s) for k, (n, s) in counts.items()}


FACILITIES = config.DATA_DIR / "places_facilities.tsv.gz"
# Facility heads as written at the start of an OSM name (مطار بنينا، مستشفى الهواري، سجن الكويفية...).
FACILITY_HEADS = {"مطار", "ميناء", "مرفا", "فندق", "سجن", "معسكر", "كليه", "جامعه", "مستشفي", "بوابه", "ساحه",
                  "ميدان", "شارع", "حي", "مسجد", "قاعده", "ملعب", "معبر", "جسر", "قصر", "مجمع", "سوق"}  # fmt: skip


def facility_rows() -> list[dict]:
    """Named OSM nodes (not shops) of LY, EG, TN, SD, TD, NE whose Arabic name starts with a facility head and has
    a second word (مطار بنينا, not مطار)."""
    rows = []
    countries = {"libya": "LY", "egypt": "EG", "tunisia": "TN", "sudan": "SD", "chad": "TD", "niger": "NE"}
    for archive in sorted(OSM_DIR.glob("*.sqlite.zip")):
        country = countries[archive.name.split(".")[0]]
        with zipfile.ZipFile(archive) as z, tempfile.TemporaryDirectory() as tmp:
            member = z.namelist()[0]
            z.extract(member, tmp)
            db = sqlite3.connect(Path(tmp) / member)
            query = "select ID, LAT, LON, NAME, NAME_EN, TAG, VALUE from NODE where NAME is not null and TAG != 'shop'"
            for node_id, lat, lon, name, name_en, tag, value in db.execute(query):
                arabic = " ".join(w for w in re.sub("[\u200e\u200f]", "", name).split() if ARABIC.search(w))
                key = place_key(arabic)
                words = key.split()
                if len(words) < 2 or words[0] not in FACILITY_HEADS or not ARABIC_ONLY.match(arabic):
                    continue
                rows.append(dict(key=key, name=arabic, name_en=name_en or "", lat=round(lat, 5), lon=round(lon, 5),
                                 kind=f"{tag}={value}", country=country, source_id=str(node_id)))  # fmt: skip
            db.close()
    unique = {}
    for row in rows:  # one node per key and country (the first listed): duplicates are the same facility or noise
        unique.setdefault((row["key"], row["country"]), row)
    return sorted(unique.values(), key=lambda r: (r["key"], r["country"]))


def write_news_files() -> None:
    """Write place_rates.tsv.gz and places_facilities.tsv.gz (no npm needed)."""
    with gzip.open(OUT, "rt", encoding="utf-8") as handle:
        keys = {row["key"] for row in csv.DictReader(handle, delimiter="\t")}
    keys |= {place_key(p) for p in _curated_names()}
    rates = place_rates(keys)
    lines = [f"{k}\t{n}\t{s}" for k, (n, s) in sorted(rates.items()) if n >= 3]
    RATES.write_bytes(gzip.compress(("key\toccurrences\tin_place_slot\n" + "\n".join(lines)).encode(), mtime=0))
    print(f"{RATES}: {len(lines):,} names seen 3+ times in ANT, {RATES.stat().st_size / 1024:,.0f} KiB")
    facilities = facility_rows()
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(facilities[0]), delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(facilities)
    FACILITIES.write_bytes(gzip.compress(buffer.getvalue().encode("utf-8"), mtime=0))
    print(f"{FACILITIES}: {len(facilities):,} named facilities, {FACILITIES.stat().st_size / 1024:,.0f} KiB")


def _curated_names() -> list[str]:
    """Names and aliases of the curated and regions tables."""
    names = []
    for table in ("places_curated.csv", "places_regions.csv"):
        path = config.DATA_DIR / table
        if path.exists():
            rows = csv.DictReader(line for line in path.open(encoding="utf-8") if not line.startswith("#"))
            for row in rows:
                names += [row["name"], *[a for a in (row.get("aliases") or "").split("|") if a.strip()]]
    return names


def main() -> None:
    """Build and write the files; print their sizes and counts."""
    shapes = outlines()
    rows = geonames_rows() + osm_rows() + country_rows(shapes)
    frequency = common_words()
    persons = person_words()
    out_rows = []
    seen = set()
    for row in rows:
        key = place_key(row["name"])
        if len(key.replace(" ", "")) < 3 or (key, row["source"], row["source_id"]) in seen:
            continue
        seen.add((key, row["source"], row["source_id"]))
        # A single word needs a cue (مدينة X) when news uses it more often than such a place would be named:
        # the bar rises with the place's size, so درنة (pop. 79k, in 82 ANT articles) passes and حصار does not.
        population = row["population"]
        bar = 25 if population < 5_000 else 400 if population < 200_000 else 500 if population < 1_000_000 else 10**9
        if row["country"] not in ARAB_WORLD and population < 1_000_000:
            bar = 30  # حصار is a siege before it is Hisar (India): foreign towns with Arabic-word names need a cue
        person = (
            row["kind"] not in ("country", "capital")
            and not PLACE_WORDS.intersection(key.split())
            and all(w in persons for w in key.split() if w not in NAME_PARTICLES)
        )
        common = row["kind"] not in ("country", "capital") and frequency[key] >= bar
        generic = " " in key and set(key.split()) <= GENERIC_WORDS  # المدينة القديمة: every town has one
        needs_cue = (" " not in key and common) or person or generic
        out_rows.append({**row, "key": key, "needs_cue": int(needs_cue)})
    out_rows.sort(key=lambda r: (r["key"], -r["population"]))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows({c: r[c] for c in COLUMNS} for r in out_rows)
    OUT.write_bytes(gzip.compress(buffer.getvalue().encode("utf-8"), mtime=0))
    common = sorted((w, n) for w, n in frequency.items() if n >= 30)
    COMMON_WORDS.write_bytes(gzip.compress("\n".join(f"{w}\t{n}" for w, n in common).encode("utf-8"), mtime=0))
    keep = {k: {"name": v["name"], "rings": v["rings"]} for k, v in shapes.items()}
    OUTLINES.write_bytes(gzip.compress(json.dumps(keep, separators=(",", ":")).encode(), mtime=0))
    by_source = Counter(r["source"] for r in out_rows)
    print(f"{OUT}: {len(out_rows):,} names {dict(by_source)}, {OUT.stat().st_size / 1024:,.0f} KiB")
    print(f"needs_cue: {sum(r['needs_cue'] for r in out_rows):,} single-word names that are common words")
    print(f"{OUTLINES}: {len(keep)} countries, {OUTLINES.stat().st_size / 1024:,.0f} KiB")
    print(f"{COMMON_WORDS}: {len(common):,} words in 30+ ANT articles, {COMMON_WORDS.stat().st_size / 1024:,.0f} KiB")
    cities500 = config.shared_datasets() / "gazetteer_geonames_cities500" / "cities500.txt"
    print(f"{config.DATA_DIR / gazetteer_latin.LATIN_FILE}: {gazetteer_latin.write_table(cities500):,} Latin names")


if __name__ == "__main__":
    import sys

    write_news_files() if "--news" in sys.argv else main()
