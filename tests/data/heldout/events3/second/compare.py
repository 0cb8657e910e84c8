"""Agreement between annotator A's first annotation (events_first_before.tsv) and annotator B's blind annotation
(the other .tsv in this folder, e.g. events_b.tsv), before adjudication. No extraction.
Rows are matched one to one within an article: first by identical trigger_surface + occurrence, then by identical
trigger_surface, then by same event_type with event dates within the looser precision window of the two rows
(precision 1 -> 0 days, 2 -> 7 days, 3 -> 31 days). Prints detection P/R/F1 (A as reference), type and sub-type
agreement, actor1/actor2/location/date/reported_as agreement on matched rows (exact, case-insensitive), and the
unmatched and disagreeing rows. Run: python3 tests/data/heldout/events3/second/compare.py
(an optional argument replaces A's file, e.g. ../events_gold.tsv to compare the adjudicated gold with B)."""
import datetime, glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
WIN = {"1": 0, "2": 7, "3": 31}


def load(path):
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l and not l.startswith("# ")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def b_path():
    paths = [p for p in sorted(glob.glob(os.path.join(HERE, "*.tsv"))) if not p.endswith("events_first_before.tsv")]
    if len(paths) != 1:
        sys.exit("expected exactly one B tsv in second/, found %s" % paths)
    return paths[0]


def date_ok(a, b):
    da, db = datetime.date.fromisoformat(a["event_date"]), datetime.date.fromisoformat(b["event_date"])
    return abs((da - db).days) <= max(WIN.get(a["time_precision"], 31), WIN.get(b["time_precision"], 31))


def match(A, B):
    pairs, ua, ub = [], set(range(len(A))), set(range(len(B)))
    tests = [
        lambda a, b: a["trigger_surface"] == b["trigger_surface"] and a["occurrence"] == b["occurrence"],
        lambda a, b: a["trigger_surface"] == b["trigger_surface"],
        lambda a, b: a["event_type"] == b["event_type"] and date_ok(a, b),
    ]
    for how, t in enumerate(tests):
        for i in sorted(ua):
            for j in sorted(ub):
                if A[i]["article_id"] == B[j]["article_id"] and t(A[i], B[j]):
                    pairs.append((i, j, how)); ua.discard(i); ub.discard(j)
                    break
    return pairs, sorted(ua), sorted(ub)


def norm(s):
    return " ".join(s.lower().split())


def short(r):
    return "%s | %s | %s/%s | %s -> %s | %s | %s p%s | %s" % (
        r["article_id"], r["trigger_surface"], r["event_type"], r["sub_event_type"], r["actor1"], r["actor2"],
        r["location"], r["event_date"], r["time_precision"], r["reported_as"])


def main():
    A = load(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "events_first_before.tsv"))
    bp = b_path()
    B = load(bp)
    pairs, ua, ub = match(A, B)
    m = len(pairs)
    p, r = m / len(B) if B else 0, m / len(A) if A else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print("A rows: %d  B rows (%s): %d  matched: %d (by trigger+occ %d, trigger %d, type+date %d)" % (
        len(A), os.path.basename(bp), len(B), m, *[sum(1 for x in pairs if x[2] == k) for k in range(3)]))
    print("detection (A as reference): P %.3f  R %.3f  F1 %.3f" % (p, r, f))
    arts = sorted({x["article_id"] for x in A} | {x["article_id"] for x in B})
    ida = sorted({x["article_id"] for x in A})
    idb = sorted({x["article_id"] for x in B})
    print("articles with rows: A %d, B %d, both %d" % (len(ida), len(idb), len(set(ida) & set(idb))))
    for key in ("event_type", "sub_event_type", "actor1", "actor2", "location", "location_country", "event_date",
                "time_precision", "reported_as", "fatalities"):
        same = sum(norm(A[i][key]) == norm(B[j][key]) for i, j, _ in pairs)
        print("%-16s agreement on matched rows: %d/%d = %.3f" % (key, same, m, same / m if m else 0))
    print("\n== matched rows with differences ==")
    for i, j, how in pairs:
        diff = [k for k in ("trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
                            "location", "location_country", "event_date", "time_precision", "fatalities",
                            "fatalities_qualifier", "reported_as")
                if norm(A[i][k]) != norm(B[j][k])]
        if diff:
            print("A:", short(A[i]))
            print("B:", short(B[j]))
            print("   differ:", ", ".join(diff))
    print("\n== only in A ==")
    for i in ua:
        print("A:", short(A[i]), "|", A[i]["note"])
    print("\n== only in B ==")
    for j in ub:
        print("B:", short(B[j]), "|", B[j].get("note", ""))
    print("\nper article (A rows / B rows):", {a: (sum(x["article_id"] == a for x in A),
                                                 sum(x["article_id"] == a for x in B)) for a in arts})


if __name__ == "__main__":
    main()
