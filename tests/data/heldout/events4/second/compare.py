"""Agreement between annotator A (before adjudication: events_first_before.tsv, or ../events_gold.tsv with --after)
and annotator B (events_b.tsv). A pair of rows in the same article matches when their trigger spans overlap in
texts/<id>.txt, or when they have the same event_type and event dates within the looser precision's tolerance
(precision 1: same day, 2: 7 days, 3: 31 days). Matching is greedy: trigger overlaps first, then type+date pairs by
date distance. Prints detection P/R/F1 (B as reference), event_type / sub_event_type agreement, and actor1, actor2,
location, event_date, reported_as agreement on matched rows, plus the unmatched rows.
Run: python3 tests/data/heldout/events4/second/compare.py [--after]"""
import datetime, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXTS = os.path.join(HERE, "..", "texts")
TOL = {"1": 0, "2": 7, "3": 31}


def load(path):
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l and not l.startswith("# ")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def span(r):
    text = open(os.path.join(TEXTS, r["article_id"] + ".txt"), encoding="utf-8").read()
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(r["trigger_surface"]), text)]
    s = hits[int(r["occurrence"]) - 1]
    return s, s + len(r["trigger_surface"])


def days(a, b):
    return abs((datetime.date.fromisoformat(a["event_date"]) - datetime.date.fromisoformat(b["event_date"])).days)


def match(A, B):
    cands = []
    for i, a in enumerate(A):
        for j, b in enumerate(B):
            if a["article_id"] != b["article_id"]:
                continue
            (s1, e1), (s2, e2) = span(a), span(b)
            if s1 < e2 and s2 < e1:
                cands.append((0, 0, i, j))
            elif a["event_type"] == b["event_type"] and days(a, b) <= max(TOL[a["time_precision"]], TOL[b["time_precision"]]):
                cands.append((1, days(a, b), i, j))
    pairs, ua, ub = [], set(), set()
    for _k, _d, i, j in sorted(cands):
        if i not in ua and j not in ub:
            pairs.append((i, j)); ua.add(i); ub.add(j)
    return pairs, ua, ub


def main():
    a_path = os.path.join(HERE, "..", "events_gold.tsv") if "--after" in sys.argv else os.path.join(HERE, "events_first_before.tsv")
    A, B = load(a_path), load(os.path.join(HERE, "events_b.tsv"))
    pairs, ua, ub = match(A, B)
    p, r = len(pairs) / len(A), len(pairs) / len(B)
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("A:", os.path.relpath(a_path, HERE), len(A), "rows; B:", len(B), "rows; matched:", len(pairs))
    print("detection P %.3f R %.3f F1 %.3f" % (p, r, f))
    for k in ("event_type", "sub_event_type", "actor1", "actor2", "location", "location_country", "event_date",
              "time_precision", "reported_as", "fatalities"):
        same = sum(A[i][k] == B[j][k] for i, j in pairs)
        print("  %-16s %d/%d" % (k, same, len(pairs)))
    print("differences on matched rows:")
    for i, j in pairs:
        d = [(k, A[i][k], B[j][k]) for k in ("event_type", "sub_event_type", "actor1", "actor2", "location", "event_date",
                                           "time_precision", "reported_as", "fatalities") if A[i][k] != B[j][k]]
        if d:
            print("  ", A[i]["article_id"], A[i]["trigger_surface"], "|", B[j]["trigger_surface"], d)
    print("only A:", [(A[i]["article_id"], A[i]["trigger_surface"], A[i]["event_type"]) for i in range(len(A)) if i not in ua])
    print("only B:", [(B[j]["article_id"], B[j]["trigger_surface"], B[j]["event_type"]) for j in range(len(B)) if j not in ub])


if __name__ == "__main__":
    main()
