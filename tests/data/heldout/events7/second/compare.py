"""Agreement between annotator A (events_first_before.tsv, or events_gold.tsv with --after) and annotator B
(events_b.tsv) on the events7 texts. No extraction: compares two hand-made row files.
Matching, one-to-one within an article: first rows whose trigger spans overlap (trigger_surface + occurrence
resolved to character offsets in texts/<id>.txt), then rows with the same event_type and event_dates within the
coarser precision's window (1 -> 1 day, 2 -> 7 days, 3 -> 31 days); candidates ranked by same location, same
sub_event_type, nearest trigger. Detection P/R/F1 take A as reference. Field agreement on matched rows.
Run: python3 tests/data/heldout/events7/second/compare.py [--after]"""
import datetime, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(HERE)
WIN = {"1": 1, "2": 7, "3": 31}


def load(path):
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l and not l.startswith("# ")]
    head = lines[0].split("\t")
    return [dict(zip(head, l.split("\t"))) for l in lines[1:]]


def span(r):
    text = open(os.path.join(TOP, "texts", r["article_id"] + ".txt"), encoding="utf-8").read()
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(r["trigger_surface"]), text)]
    s = hits[int(r["occurrence"]) - 1]
    return s, s + len(r["trigger_surface"])


def date_ok(a, b):
    w = max(WIN.get(a["time_precision"], 31), WIN.get(b["time_precision"], 31))
    da, db = (datetime.date.fromisoformat(x["event_date"]) for x in (a, b))
    return abs((da - db).days) <= w


def match(A, B):
    pairs, usedA, usedB = [], set(), set()
    for i, a in enumerate(A):  # pass 1: overlapping triggers
        sa = span(a)
        for j, b in enumerate(B):
            if j in usedB or b["article_id"] != a["article_id"]:
                continue
            sb = span(b)
            if sa[0] < sb[1] and sb[0] < sa[1]:
                pairs.append((i, j, "trigger")); usedA.add(i); usedB.add(j); break
    for i, a in enumerate(A):  # pass 2: type + date window
        if i in usedA:
            continue
        cands = [j for j, b in enumerate(B) if j not in usedB and b["article_id"] == a["article_id"]
                 and b["event_type"] == a["event_type"] and date_ok(a, b)]
        if not cands:
            continue
        sa = span(a)[0]
        cands.sort(key=lambda j: (B[j]["location"] != a["location"], B[j]["sub_event_type"] != a["sub_event_type"],
                                  abs(span(B[j])[0] - sa)))
        j = cands[0]
        pairs.append((i, j, "type+date")); usedA.add(i); usedB.add(j)
    return pairs, usedA, usedB


def main():
    after = "--after" in sys.argv
    A = load(os.path.join(TOP, "events_gold.tsv") if after else os.path.join(HERE, "events_first_before.tsv"))
    B = load(os.path.join(HERE, "events_b.tsv"))
    pairs, usedA, usedB = match(A, B)
    m = len(pairs)
    p, r = (m / len(B) if B else 0), (m / len(A) if A else 0)
    f = 2 * p * r / (p + r) if p + r else 0
    print("A rows %d / B rows %d / matched %d (by trigger %d, by type+date %d)" % (
        len(A), len(B), m, sum(k == "trigger" for *_, k in pairs), sum(k == "type+date" for *_, k in pairs)))
    print("detection P (B vs A) %.3f  R %.3f  F1 %.3f" % (p, r, f))
    fields = ["event_type", "sub_event_type", "actor1", "actor2", "location", "location_country", "event_date",
              "time_precision", "fatalities", "reported_as"]
    for k in fields:
        same = sum(A[i][k].strip().lower() == B[j][k].strip().lower() for i, j, _ in pairs)
        print("  %-17s %d/%d" % (k, same, m))
    print("\nUnmatched A rows:")
    for i, a in enumerate(A):
        if i not in usedA:
            print("  ", a["article_id"], a["trigger_surface"], a["event_type"], a["sub_event_type"], a["location"],
                  a["event_date"])
    print("Unmatched B rows:")
    for j, b in enumerate(B):
        if j not in usedB:
            print("  ", b["article_id"], b["trigger_surface"], b["event_type"], b["sub_event_type"], b["location"],
                  b["event_date"])
    print("\nDifferences on matched rows:")
    for i, j, how in pairs:
        d = [(k, A[i][k], B[j][k]) for k in fields + ["trigger_surface", "fatalities_qualifier"]
             if A[i][k].strip().lower() != B[j][k].strip().lower()]
        if d:
            print("  %s [%s] A:%s / B:%s" % (A[i]["article_id"], how, A[i]["trigger_surface"], B[j]["trigger_surface"]))
            for k, x, y in d:
                print("      %s: A=%r B=%r" % (k, x, y))


if __name__ == "__main__":
    main()
