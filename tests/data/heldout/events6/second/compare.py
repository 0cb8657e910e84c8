"""Agreement between annotator A's first version and annotator B's blind annotation of events6 (no extraction).
Rows are matched one-to-one within an article: first by trigger (the character spans given by trigger_surface +
occurrence overlap in texts/<id>.txt), then by event_type + event_date within the coarser precision of the two
rows (1 -> 1 day, 2 -> 7 days, 3 -> 31 days). Prints detection P/R/F1 (B's rows scored against A's), and on the
matched rows agreement of event_type, sub_event_type, actor1, actor2, location (case-insensitive, exact string),
event_date, time_precision, reported_as and fatalities; then the unmatched rows and every field difference.
Run: python3 tests/data/heldout/events6/second/compare.py          (A's pre-adjudication file vs B)
     python3 tests/data/heldout/events6/second/compare.py --after  (the adjudicated events_gold.tsv vs B)"""
import datetime, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "..", "texts")
TOL = {"1": 1, "2": 7, "3": 31}
FIELDS = ["event_type", "sub_event_type", "actor1", "actor2", "location", "event_date", "time_precision",
          "reported_as", "fatalities"]


def load(path):
    body = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip() and not l.startswith("#")]
    header = body[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in body[1:]]


def span(r):
    text = open(os.path.join(TEXTS, r["article_id"] + ".txt"), encoding="utf-8").read()
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(r["trigger_surface"]), text)]
    s = hits[int(r["occurrence"]) - 1]
    return s, s + len(r["trigger_surface"])


def date_ok(a, b):
    tol = max(TOL.get(a["time_precision"], 31), TOL.get(b["time_precision"], 31))
    d = abs(datetime.date.fromisoformat(a["event_date"]) - datetime.date.fromisoformat(b["event_date"]))
    return d.days <= tol


def match(A, B):
    """One-to-one pairs: pass 1 by overlapping trigger spans, pass 2 by event_type + date within precision. In each
    pass all candidate pairs are ranked (same location, then same sub_event_type, then nearest trigger) and taken
    greedily, so that several same-day rows of one article pair up with their own place."""
    pairs, used_a, used_b = [], set(), set()
    norm = lambda s: s.strip().lower()
    tests = (("trigger", lambda a, b: max(span(a)[0], span(b)[0]) < min(span(a)[1], span(b)[1])),
             ("type+date", lambda a, b: a["event_type"] == b["event_type"] and date_ok(a, b)))
    for how, ok in tests:
        cands = []
        for i, a in enumerate(A):
            for j, b in enumerate(B):
                if i in used_a or j in used_b or a["article_id"] != b["article_id"] or not ok(a, b):
                    continue
                key = (norm(a["location"]) != norm(b["location"]), a["sub_event_type"] != b["sub_event_type"],
                       abs(span(a)[0] - span(b)[0]))
                cands.append((key, i, j))
        for _, i, j in sorted(cands):
            if i not in used_a and j not in used_b:
                pairs.append((i, j, how)); used_a.add(i); used_b.add(j)
    return pairs, used_a, used_b


def main():
    first = os.path.join(HERE, "..", "events_gold.tsv") if "--after" in sys.argv else os.path.join(HERE, "events_first_before.tsv")
    A, B = load(first), load(os.path.join(HERE, "events_b.tsv"))
    pairs, used_a, used_b = match(A, B)
    m = len(pairs)
    p, r = m / len(B) if B else 0, m / len(A) if A else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print("A file:", os.path.relpath(first, HERE), "| A rows:", len(A), "B rows:", len(B), "matched:", m,
          "(by trigger %d, by type+date %d)" % (sum(h == "trigger" for *_, h in pairs), sum(h == "type+date" for *_, h in pairs)))
    print("detection: P(B vs A) %.3f  R %.3f  F1 %.3f" % (p, r, f1))
    norm = lambda s: s.strip().lower()
    for f in FIELDS:
        agree = sum(norm(A[i][f]) == norm(B[j][f]) for i, j, _ in pairs)
        print("  %-15s %d/%d" % (f, agree, m))
    print("\nunmatched A rows:")
    for i, a in enumerate(A):
        if i not in used_a:
            print("  A", a["article_id"], a["trigger_surface"], a["event_type"], a["sub_event_type"], a["event_date"], a["location"])
    print("unmatched B rows:")
    for j, b in enumerate(B):
        if j not in used_b:
            print("  B", b["article_id"], b["trigger_surface"], b["event_type"], b["sub_event_type"], b["event_date"], b["location"])
    print("\nfield differences on matched rows:")
    for i, j, how in pairs:
        diffs = [(f, A[i][f], B[j][f]) for f in FIELDS + ["fatalities_qualifier", "trigger_surface"] if norm(A[i][f]) != norm(B[j][f])]
        if diffs:
            print("  %s [%s] %s" % (A[i]["article_id"], how, A[i]["trigger_surface"]))
            for f, x, y in diffs:
                print("     %-20s A=%r  B=%r" % (f, x, y))


if __name__ == "__main__":
    main()
