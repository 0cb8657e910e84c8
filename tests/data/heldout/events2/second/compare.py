"""Inter-annotator agreement: first annotator (second/events_first_before.tsv = events_gold.tsv as committed before
adjudication, commit 72e3601; or a path given as argv[1], e.g. events_gold.tsv for the adjudicated gold) vs second
annotator (second/events_b.tsv). Standard library only.

Matching, per article, one-to-one:
  1. MANUAL pairs below (same event, different trigger in a different sentence; decided by hand, reason given);
  2. then rows whose triggers fall in the same sentence (sentence = span between . ! ? ؟ or newline), nearest
     trigger offsets first.
Prints detection agreement (both / only first / only second, F1 between annotators) and, over matched rows,
attribute agreement: exact string match, and for actors/location also after the hand-decided ALIASES
(spelling variants of the same name), reported separately.
Run: python3 tests/data/heldout/events2/second/compare.py [first.tsv]"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# (article, first-annotator trigger#occ, second-annotator trigger#occ, reason)
MANUAL = [
    ("SK-middleEast-2616-20180626", "العملية العسكرية#1", "معركة القضاء#1",
     "both name the ongoing Derna battle ('last hours'); different sentences"),
    ("SK-middleEast-1724-20180515", "يسيطر#1", "السيطرة#1",
     "title vs lead sentence of the same announcement: positions taken in Derna"),
    ("SK-middleEast-2139-20180604", "يستعيد#1", "استعادة#1",
     "title vs lead sentence: the eastern coast of Derna retaken on Monday"),
    ("SK-middleEast-953-20180411", "مؤتمر صحفي#1", "أكد#1",
     "the same Wednesday press statement by al-Mismari (adjacent sentences)"),
    ("CN-internationalNews-155-20180320", "انفجار#1", "انفجاراً#1",
     "title vs lead sentence: the Schertz FedEx explosion"),
    ("BB-middleEast-967-20180905", "وقف إطلاق نار#1", "اتفاق لوقف إطلاق النار#1",
     "title vs lead sentence: the UN-brokered Tripoli ceasefire"),
    ("BB-middleEast-967-20180905", "تتقاتل#1", "هاجمت#1",
     "lead 'militias fighting since last week' vs later 'militias attacked southern districts': the same Tripoli fighting"),
    ("SK-middleEast-2062-20180531", "هجوما#1", "هجوما#2",
     "title vs lead sentence: the attack on Tamanhint base"),
    ("SK-middleEast-7-20180223", "تحرير#1", "تحرير#2",
     "title vs second paragraph: Wadi al-Masini retaken from Al Qaeda"),
    ("SK-middleEast-3361-20180812", "يتوعد#1", "سنقاتل#1",
     "title vs quoted tweet: the King's vow to fight the 'Khawarij'"),
]

# spelling/naming variants judged by hand to denote the same actor or place
ALIASES = {
    "Derna Mujahideen Shura Council": "Mujahideen Shura Council of Derna",
    "Hisham Ashmawi (Al-Murabitoun)": "Hisham Ashmawi (Al Mourabitoun)",
    "AQAP": "Al Qaeda in the Arabian Peninsula",
    "Civilians (US)": "Civilians (United States)",
    "Civilians (TR)": "Civilians (Turkey)",
    "Military Forces of Turkey": "Turkish Armed Forces",
    "Turkish authorities": "Government of Turkey",
    "Gendarmerie (Jordan)": "Jordanian Gendarmerie",
    "Police Forces of Jordan": "Jordanian security forces",
    "Government of Jordan": "King Abdullah II of Jordan",
    "Protesters (Turkey) - teachers' union": "Protesters (Turkey)",
    "Eastern coast, Derna": "Eastern Coast, Derna",
    "Benghazi Defence Brigades": "Benghazi Defense Brigades",
}

ATTRS = ["event_type", "sub_event_type", "actor1", "actor2", "location", "location_country", "event_date",
         "time_precision", "fatalities", "reported_as"]


def load(path):
    lines = [l for l in open(path, encoding="utf-8").read().splitlines() if not l.startswith("# ")]
    head = lines[0].split("\t")
    return [dict(zip(head, l.split("\t"))) for l in lines[1:] if l.strip()]


def text(aid):
    return open(os.path.join(ROOT, "texts", aid + ".txt"), encoding="utf-8").read()


def offset(row):
    t, trig, occ = text(row["article_id"]), row["trigger_surface"], int(row["occurrence"])
    return [m.start() for m in re.finditer("(?=%s)" % re.escape(trig), t)][occ - 1]


def sentence(aid, off):
    t = text(aid)
    starts = [0] + [m.end() for m in re.finditer(r"[.!?؟\n]", t) if m.end() <= off]
    return starts[-1]


def key(row):
    return "%s#%s" % (row["trigger_surface"], row["occurrence"])


def match(first, second):
    pairs, used1, used2 = [], set(), set()
    idx1 = {(r["article_id"], key(r)): i for i, r in enumerate(first)}
    idx2 = {(r["article_id"], key(r)): j for j, r in enumerate(second)}
    for aid, k1, k2, why in MANUAL:
        i, j = idx1.get((aid, k1)), idx2.get((aid, k2))
        if i is not None and j is not None and i not in used1 and j not in used2:
            pairs.append((i, j, "manual: " + why)); used1.add(i); used2.add(j)
    cands = []
    for i, a in enumerate(first):
        for j, b in enumerate(second):
            if a["article_id"] != b["article_id"]:
                continue
            oa, ob = offset(a), offset(b)
            if sentence(a["article_id"], oa) == sentence(b["article_id"], ob):
                cands.append((abs(oa - ob), a["event_type"] != b["event_type"], i, j))
    for _, _, i, j in sorted(cands):
        if i not in used1 and j not in used2:
            pairs.append((i, j, "same sentence")); used1.add(i); used2.add(j)
    return pairs, used1, used2


def main():
    first = load(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "events_first_before.tsv"))
    second = load(os.path.join(HERE, "events_b.tsv"))
    pairs, used1, used2 = match(first, second)
    n1, n2, both = len(first), len(second), len(pairs)
    p, r = both / n2, both / n1
    print("first rows: %d  second rows: %d" % (n1, n2))
    print("detection: both %d, only first %d, only second %d" % (both, n1 - len(used1), n2 - len(used2)))
    print("F1 between annotators: %.3f (second vs first: P %.3f R %.3f)" % (2 * p * r / (p + r), p, r))
    norm = lambda s: ALIASES.get(s, s)
    print("\nattribute agreement over %d matched rows (exact / after aliases):" % both)
    for a in ATTRS:
        ex = sum(first[i][a] == second[j][a] for i, j, _ in pairs)
        al = sum(norm(first[i][a]) == norm(second[j][a]) for i, j, _ in pairs)
        extra = "" if a not in ("actor1", "actor2", "location") else "  / %d (%.2f)" % (al, al / both)
        print("  %-16s %2d/%d (%.2f)%s" % (a, ex, both, ex / both, extra))
    fq = sum((first[i]["fatalities"], first[i]["fatalities_qualifier"]) == (second[j]["fatalities"],
             second[j]["fatalities_qualifier"]) for i, j, _ in pairs)
    print("  %-16s %2d/%d (%.2f)" % ("fatalities+qual", fq, both, fq / both))
    print("\nmatched pairs (first | second | how), differing attributes:")
    for i, j, how in sorted(pairs):
        a, b = first[i], second[j]
        diffs = [x for x in ATTRS if norm(a[x]) != norm(b[x])]
        print("  %s | %s | %s | %s | %s" % (a["article_id"], key(a), key(b), how, ", ".join(
            "%s: %r vs %r" % (x, a[x], b[x]) for x in diffs) or "all agree"))
    print("\nonly first:")
    for i, a in enumerate(first):
        if i not in used1:
            print("  %s | %s | %s/%s" % (a["article_id"], key(a), a["event_type"], a["sub_event_type"]))
    print("only second:")
    for j, b in enumerate(second):
        if j not in used2:
            print("  %s | %s | %s/%s" % (b["article_id"], key(b), b["event_type"], b["sub_event_type"]))


if __name__ == "__main__":
    main()
