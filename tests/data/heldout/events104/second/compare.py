"""(Copied from events82/second/compare.py, itself from events80/second/, events77/second/, events72/second/, events71/second/, events68/second/, events65/second/, events62/second/, events59/second/, events56/second/, events53/second/, events50/second/, events47/second/, events44/second/, events41/second/, events28/second/, events26/second/, events24/second/, events22/second/, events20/second/, events18/second/, events16/second/, events15/second/ and events13/second/; only this docstring changed.) Agreement between annotator A's first annotation (events_first_before.tsv, or ../events_gold.tsv with --after)
and annotator B's blind annotation (events_b.tsv), both in the 17-column events format. No extraction.
Matching (greedy, one-to-one, per article): two rows match when they share event_type and their dates are within the
looser of the two precisions (1 = same day, 2 = within 7 days, 3 = same month or within 31 days), or when they share
the trigger_surface (same occurrence, or any occurrence when the trigger string is identical and types agree).
Among type+date candidates, rows whose locations are alike are preferred (change from events13's copy: "alike" is
a difflib ratio >= 0.75 on the first comma part, lower-cased, without hyphens/apostrophes, so that transliteration
variants such as "Wadi Ayan"/"Wadi Ayyan" pair up; events13's version required identical strings).
Prints detection P/R/F1 (A as reference), then agreement on matched rows per field, and the unmatched rows.
Run: python3 /work/fresh/cur53/events104/second/compare.py [--after]"""
import datetime, difflib, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["event_type", "sub_event_type", "actor1", "actor2", "location", "location_country", "event_date",
          "time_precision", "fatalities", "fatalities_qualifier", "reported_as"]
WINDOW = {"1": 0, "2": 7, "3": 31}


def load(path):
    body = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip() and not l.startswith("# ")]
    header = body[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in body[1:]]


def date_ok(a, b):
    da, db = (datetime.date.fromisoformat(x["event_date"]) for x in (a, b))
    w = max(WINDOW.get(a["time_precision"], 0), WINDOW.get(b["time_precision"], 0))
    if w == 31:
        return (da.year, da.month) == (db.year, db.month) or abs((da - db).days) <= 31
    return abs((da - db).days) <= w


def alike(x, y):
    """Same place up to transliteration: difflib ratio >= 0.75 on the first comma part."""
    norm = lambda s: s.split(",")[0].lower().replace("-", " ").replace("'", "").strip()
    return x == y or (bool(x) and bool(y) and difflib.SequenceMatcher(None, norm(x), norm(y)).ratio() >= 0.75)


def score(a, b):
    """Match strength: 3 same trigger+occurrence, 2 same trigger string and type, 1 type+date, 0 none."""
    if a["article_id"] != b["article_id"]:
        return 0
    if a["trigger_surface"] == b["trigger_surface"] and a["occurrence"] == b["occurrence"]:
        return 3
    if a["trigger_surface"] == b["trigger_surface"] and a["event_type"] == b["event_type"]:
        return 2
    if a["event_type"] == b["event_type"] and date_ok(a, b):
        # prefer same location among type+date candidates
        return 1.5 if alike(a["location"], b["location"]) else 1
    return 0


def match(A, B):
    pairs = sorted(((score(a, b), i, j) for i, a in enumerate(A) for j, b in enumerate(B)), reverse=True)
    used_a, used_b, out = set(), set(), []
    for s, i, j in pairs:
        if s > 0 and i not in used_a and j not in used_b:
            used_a.add(i); used_b.add(j); out.append((i, j))
    return sorted(out)


def main():
    after = "--after" in sys.argv
    A = load(os.path.join(HERE, "..", "events_gold.tsv") if after else os.path.join(HERE, "events_first_before.tsv"))
    B = load(os.path.join(HERE, "events_b.tsv"))
    m = match(A, B)
    p, r = len(m) / len(B) if B else 0, len(m) / len(A) if A else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print(f"{'after' if after else 'before'} adjudication: A rows {len(A)}, B rows {len(B)}, matched {len(m)}")
    print(f"detection P {p:.3f} R {r:.3f} F1 {f1:.3f} (A as reference)")
    arts_a, arts_b = {x['article_id'] for x in A}, {x['article_id'] for x in B}
    print(f"articles with rows: A {len(arts_a)}, B {len(arts_b)}, both {len(arts_a & arts_b)}")
    same_pos = sum(A[i]["trigger_surface"] == B[j]["trigger_surface"] and A[i]["occurrence"] == B[j]["occurrence"] for i, j in m)
    overlap = sum(int(A[i]["occurrence"]) > 0 and (A[i]["trigger_surface"] in B[j]["trigger_surface"] or B[j]["trigger_surface"] in A[i]["trigger_surface"]) for i, j in m)
    print(f"  matched rows with identical trigger+occurrence: {same_pos}/{len(m)}; trigger strings nested: {overlap}/{len(m)}")
    for f in FIELDS:
        agree = sum(A[i][f] == B[j][f] for i, j in m)
        print(f"  {f}: {agree}/{len(m)}")
    print("\nmatched rows with differences:")
    for i, j in m:
        diffs = [f"{f}: A={A[i][f]!r} B={B[j][f]!r}" for f in FIELDS if A[i][f] != B[j][f]]
        if diffs:
            print(f"- {A[i]['article_id']} A:{A[i]['trigger_surface']} / B:{B[j]['trigger_surface']}: " + "; ".join(diffs))
    mi, mj = {i for i, _ in m}, {j for _, j in m}
    print("\nA only:")
    for i, a in enumerate(A):
        if i not in mi:
            print(f"- {a['article_id']} {a['trigger_surface']} {a['event_type']}/{a['sub_event_type']} {a['location']} {a['event_date']}")
    print("\nB only:")
    for j, b in enumerate(B):
        if j not in mj:
            print(f"- {b['article_id']} {b['trigger_surface']} {b['event_type']}/{b['sub_event_type']} {b['location']} {b['event_date']} | {b.get('note','')[:200]}")


if __name__ == "__main__":
    main()
