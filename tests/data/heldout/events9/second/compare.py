"""Agreement between annotator A (events_first_before.tsv, or ../events_gold.tsv with --after) and annotator B
(events_b.tsv), no extraction. Rows match (one-to-one, within an article, best-agreeing pairs first) when event_type is equal and
the event dates agree within the coarser precision of the two rows (1: same day, 2: within 7 days, 3: within 31
days), or when trigger_surface and occurrence are equal. Prints detection P/R/F1 (A as reference), per-field
agreement on matched rows, and the unmatched rows of each side.
Run: python3 tests/data/heldout/events9/second/compare.py [--after]"""
import datetime, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["event_type", "sub_event_type", "actor1", "actor2", "location", "location_country", "event_date",
          "time_precision", "fatalities", "fatalities_qualifier", "reported_as"]
WINDOW = {1: 0, 2: 7, 3: 31}


def load(path):
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l and not l.startswith("# ")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


def date_ok(a, b):
    da, db = (datetime.date.fromisoformat(r["event_date"]) for r in (a, b))
    prec = max(int(a["time_precision"]), int(b["time_precision"]))
    return abs((da - db).days) <= WINDOW[prec]


def same_trigger(a, b):
    return a["trigger_surface"] == b["trigger_surface"] and a["occurrence"] == b["occurrence"]


def match(ra, rb):
    """Candidate pairs satisfy the match rule; they are taken greedily by how many fields agree (ties: file order)."""
    cands = []
    for i, a in enumerate(ra):
        for j, b in enumerate(rb):
            if a["article_id"] != b["article_id"]:
                continue
            if (a["event_type"] == b["event_type"] and date_ok(a, b)) or same_trigger(a, b):
                score = sum(a[f] == b[f] for f in FIELDS) + 2 * same_trigger(a, b)
                cands.append((-score, i, j))
    pairs, ui, uj = [], set(), set()
    for _, i, j in sorted(cands):
        if i not in ui and j not in uj:
            pairs.append((i, j)); ui.add(i); uj.add(j)
    return sorted(pairs)


def main():
    a_path = os.path.join(HERE, "..", "events_gold.tsv") if "--after" in sys.argv else os.path.join(HERE, "events_first_before.tsv")
    ra, rb = load(a_path), load(os.path.join(HERE, "events_b.tsv"))
    pairs = match(ra, rb)
    m = len(pairs)
    p, r = m / len(rb) if rb else 0, m / len(ra) if ra else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print(f"A rows {len(ra)}  B rows {len(rb)}  matched {m}  P(B vs A) {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    for f in FIELDS:
        agree = sum(ra[i][f] == rb[j][f] for i, j in pairs)
        print(f"  {f:22s} {agree}/{m}")
    print("articles with rows: A", len({x['article_id'] for x in ra}), "B", len({x['article_id'] for x in rb}),
          "both", len({x['article_id'] for x in ra} & {x['article_id'] for x in rb}))
    print("\nmatched rows with differences:")
    for i, j in pairs:
        diffs = [(f, ra[i][f], rb[j][f]) for f in FIELDS + ["trigger_surface"] if ra[i][f] != rb[j][f]]
        if diffs:
            print(" ", ra[i]["article_id"], ra[i]["trigger_surface"], "|", diffs)
    mi, mj = {i for i, _ in pairs}, {j for _, j in pairs}
    print("\nA only:")
    for i, a in enumerate(ra):
        if i not in mi:
            print(" ", a["article_id"], a["trigger_surface"], a["event_type"], a["sub_event_type"], a["location"], a["event_date"], a["reported_as"])
    print("B only:")
    for j, b in enumerate(rb):
        if j not in mj:
            print(" ", b["article_id"], b["trigger_surface"], b["event_type"], b["sub_event_type"], b["location"], b["event_date"], b["reported_as"], "|", b["note"][:300])


if __name__ == "__main__":
    main()
