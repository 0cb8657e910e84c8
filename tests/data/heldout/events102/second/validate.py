"""Format check of second/events_b.tsv (no extraction): 17 fields, dct/ids consistent, occurrence resolves in
texts/<id>.txt, ACLED event/sub-event names (or Statement with empty sub type), YYYY-MM-DD dates, precision 1-3,
fatalities/qualifier, reported_as, ISO country code, expected row count. Prints counts.
Copied from /work/main/tests/data/heldout/events82/second/validate.py (annotator B of events102: reads ../ids.txt, ../texts/ and
events_b.tsv in this folder). Run: python3 /work/fresh/cur53/events102/second/validate.py"""
import collections, datetime, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
EXPECTED_ROWS = 26
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
    "Statement": {""},
}


def main():
    ids = [l.split("\t")[0] for l in open(os.path.join(SET, "ids.txt"), encoding="utf-8").read().splitlines()[1:]]
    lines = open(os.path.join(HERE, "events_b.tsv"), encoding="utf-8").read().splitlines()
    body = [l for l in lines if not l.startswith("# ")]
    header, rows = body[0].split("\t"), [l.split("\t") for l in body[1:]]
    assert len(header) == 17, header
    errs = []
    for n, r in enumerate(rows, 1):
        if len(r) != 17:
            errs.append((n, "fields", len(r))); continue
        d = dict(zip(header, r))
        aid = d["article_id"]
        if aid not in ids:
            errs.append((n, "id", aid)); continue
        text = open(os.path.join(SET, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = int(d["occurrence"])
        hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(d["trigger_surface"]), text)]
        if not (1 <= occ <= len(hits)):
            errs.append((n, "occurrence", d["trigger_surface"], occ, len(hits)))
        if d["sub_event_type"] not in ACLED.get(d["event_type"], set()):
            errs.append((n, "type", d["event_type"], d["sub_event_type"]))
        for k in ("dct", "event_date"):
            try:
                datetime.date.fromisoformat(d[k]); assert re.fullmatch(r"\d{4}-\d\d-\d\d", d[k])
            except Exception:
                errs.append((n, k, d[k]))
        if d["time_precision"] not in ("1", "2", "3"):
            errs.append((n, "precision", d["time_precision"]))
        if d["fatalities"] and not d["fatalities"].isdigit() or bool(d["fatalities"]) != bool(d["fatalities_qualifier"]):
            errs.append((n, "fatalities", d["fatalities"], d["fatalities_qualifier"]))
        if d["fatalities_qualifier"] not in ("", "exact", "at_least", "about"):
            errs.append((n, "qualifier", d["fatalities_qualifier"]))
        if d["reported_as"] not in ("reported", "claimed", "planned", "denied"):
            errs.append((n, "reported_as", d["reported_as"]))
        if not re.fullmatch(r"[A-Z]{2}", d["location_country"]):
            errs.append((n, "country", d["location_country"]))
        if not d["actor1"]:
            errs.append((n, "actor1 empty"))
    if len(rows) != EXPECTED_ROWS:
        errs.append(("row count", len(rows), EXPECTED_ROWS))
    print("rows:", len(rows), "errors:", errs or "none")
    c = lambda k: collections.Counter(dict(zip(header, r))[k] for r in rows)
    print("by type:", dict(c("event_type")))
    print("by type/sub:", dict(collections.Counter((r[4], r[5]) for r in rows)))
    print("reported_as:", dict(c("reported_as")), "precision:", dict(c("time_precision")), "country:", dict(c("location_country")))
    print("by article:", dict(c("article_id")))
    print("articles without rows:", [i for i in ids if i not in c("article_id")])
    print("aggregate/background notes:", sum(r[16].startswith(("aggregate", "background")) for r in rows))
    print("rows with fatalities:", [(r[0], r[12], r[13]) for r in rows if r[12]])
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
