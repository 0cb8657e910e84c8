"""Agreement between annotator A (events_first_before.tsv; with --after, ../events_gold.tsv) and annotator B
(second/events_b.tsv, or the one other *.tsv in second/). No extraction.
Match: same article AND (same event_type and event_date within the looser precision of the two: 1 -> 1 day,
2 -> 7 days, 3 -> 31 days; or trigger spans overlapping in texts/<id>.txt). Greedy, best pair first (both criteria >
one). Prints detection P/R/F1 (A as reference), event_type / sub_event_type agreement and actor1 / actor2 /
location / event_date / time_precision / fatalities / reported_as agreement on matched rows, then every difference.
Run: python3 tests/data/heldout/events5/second/compare.py [--after]"""
import datetime, glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
TOL = {"1": 1, "2": 7, "3": 31}


def load(path):
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l and not l.startswith("# ")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def span(r):
    text = open(os.path.join(TOP, "texts", r["article_id"] + ".txt"), encoding="utf-8").read()
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(r["trigger_surface"]), text)]
    s = hits[int(r["occurrence"]) - 1]
    return s, s + len(r["trigger_surface"])


def date_ok(a, b):
    tol = max(TOL.get(a["time_precision"], 31), TOL.get(b["time_precision"], 31))
    da, db = datetime.date.fromisoformat(a["event_date"]), datetime.date.fromisoformat(b["event_date"])
    return abs((da - db).days) <= tol


def score(a, b):
    if a["article_id"] != b["article_id"]:
        return 0
    sa, sb = span(a), span(b)
    trig = sa[0] < sb[1] and sb[0] < sa[1]
    td = a["event_type"] == b["event_type"] and date_ok(a, b)
    return 2 * td + trig + (a["sub_event_type"] == b["sub_event_type"]) * 0.1 if (trig or td) else 0


def main():
    a_path = os.path.join(TOP, "events_gold.tsv") if "--after" in sys.argv else os.path.join(HERE, "events_first_before.tsv")
    b_path = os.path.join(HERE, "events_b.tsv")
    if not os.path.exists(b_path):
        cands = [p for p in glob.glob(os.path.join(HERE, "*.tsv")) if not p.endswith("events_first_before.tsv")]
        assert len(cands) == 1, cands
        b_path = cands[0]
    A, B = load(a_path), load(b_path)
    pairs = sorted(((score(a, b), i, j) for i, a in enumerate(A) for j, b in enumerate(B)), reverse=True)
    ua, ub, match = set(), set(), []
    for s, i, j in pairs:
        if s > 0 and i not in ua and j not in ub:
            ua.add(i); ub.add(j); match.append((i, j))
    m = len(match)
    p, r = m / len(B) if B else 0, m / len(A) if A else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print("A:", os.path.relpath(a_path, TOP), len(A), "rows; B:", os.path.relpath(b_path, TOP), len(B), "rows; matched", m)
    print("detection (A as reference): P %.3f R %.3f F1 %.3f" % (p, r, f))
    fields = ["event_type", "sub_event_type", "actor1", "actor2", "location", "location_country", "event_date",
              "time_precision", "fatalities", "reported_as"]
    norm = lambda x: x.strip().lower()
    for k in fields:
        n = sum(norm(A[i][k]) == norm(B[j][k]) for i, j in match)
        print("  %-16s %d/%d" % (k, n, m))
    print("\nDifferences on matched rows:")
    for i, j in sorted(match):
        d = [(k, A[i][k], B[j][k]) for k in fields if norm(A[i][k]) != norm(B[j][k])]
        if d:
            print(" ", A[i]["article_id"], "A:", A[i]["trigger_surface"], "| B:", B[j]["trigger_surface"])
            for k, x, y in d:
                print("     %-16s A=%r B=%r" % (k, x, y))
    print("\nOnly in A:")
    for i in sorted(set(range(len(A))) - ua):
        a = A[i]; print(" ", a["article_id"], a["trigger_surface"], a["event_type"], a["sub_event_type"], a["event_date"], "|", a["note"][:100])
    print("\nOnly in B:")
    for j in sorted(set(range(len(B))) - ub):
        b = B[j]; print(" ", b["article_id"], b["trigger_surface"], b["event_type"], b["sub_event_type"], b["event_date"], "|", b.get("note", "")[:100])


if __name__ == "__main__":
    main()
