"""Sample 20 SaudiNewsNet (2015) articles for a fresh gold set of stop 23, drawn at the start of the stop (code of stop 22, main 1835a72).
This set: events102, seeds 3040 / 3041, drawn at the start of stop 53 (64d22ef), 2026-11-29.
Why SaudiNewsNet: the stop-22 list of ANT ids already read (/work/notes/used_ids.txt) was lost with the old machine;
no SaudiNewsNet article has ever been annotated or read for tuning (no gold set of the repo holds one), and it is an outlet mix
and a year the rules were not written on.
Pool: every article of /work/shared/datasets/saudinewsnet/*.zip, 120-800 words by len(content.split()), non-empty title,
not drawn for another stop-23 set (ids in /work/fresh/sn_used.txt). Each part in PARTS: n articles whose title+content
matches CONFLICT (the generic list of violence and protest words of events16's sample.py, unchanged) when its flag is
set, else with no filter; random.Random(seed).shuffle of the pool's indices (pool order: zip name, then position in
the JSON array), walked in order; a candidate whose source is already represented is skipped only when the remaining
slots are needed to reach >= 3 distinct sources.
Article id: SN-<source>-<YYYYMMDD of the zip>-<position in the zip's array>.
Writes ids.txt (article_id, set, where, time = date_extracted as an RFC 2822 UTC string, as ANT's TIME field),
texts/<id>.txt (title + "\n" + content: the string occurrences are counted in) and records.jsonl (ANT-shaped records
docno/url/src/cat/title/text/time, read by benchmarks.handgold to run the extractors).
Usage: python sn_sample.py OUTDIR SEED_A SEED_B"""
import glob, json, os, random, re, sys, zipfile
from datetime import datetime, timezone
from email.utils import format_datetime

SN = "/work/shared/datasets/saudinewsnet"
USED = "/work/fresh/sn_used.txt"
CONFLICT = re.compile(r"قصف|غار[ةا]|هجوم|اشتباك|مقتل|قتلى|اعتقال|انفجار|تفجير|مسلح|احتجاج|تظاهر|معارك")


def pool():
    out = []
    for z in sorted(glob.glob(os.path.join(SN, "*.zip"))):
        day = os.path.basename(z)[:-4].replace("-", "")
        with zipfile.ZipFile(z) as archive:
            for name in archive.namelist():
                for k, obj in enumerate(json.loads(archive.read(name))):
                    out.append((f"SN-{obj.get('source') or 'unknown'}-{day}-{k}", os.path.basename(z), k, obj))
    return out


def pick(items, seed, want_conflict, excluded, n):
    idx = list(range(len(items)))
    random.Random(seed).shuffle(idx)
    got, srcs = [], set()
    for i in idx:
        if len(got) == n:
            break
        aid, zname, k, d = items[i]
        text = d.get("content") or ""
        title = (d.get("title") or "").strip()
        if aid in excluded or not title or not (120 <= len(text.split()) <= 800):
            continue
        if want_conflict and not CONFLICT.search(title + "\n" + text):
            continue
        if d.get("source") in srcs and (n - len(got)) <= max(0, 3 - len(srcs)):
            continue
        got.append(items[i]); srcs.add(d.get("source")); excluded.add(aid)
    return got, srcs


def main():
    out, seed_a, seed_b = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    os.makedirs(os.path.join(out, "texts"), exist_ok=True)
    excluded = {l.strip() for l in open(USED, encoding="utf-8")} if os.path.exists(USED) else set()
    items = pool()
    rows, records = [], []
    for part, seed, conflict in (("a", seed_a, True), ("b", seed_b, False)):
        got, srcs = pick(items, seed, conflict, excluded, 10)
        print(part, "sources:", sorted(srcs))
        for aid, zname, k, d in got:
            when = datetime.strptime(d["date_extracted"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)
            time = format_datetime(when, usegmt=True)
            rows.append((aid, part, f"shared/datasets/saudinewsnet/{zname}:[{k}]", time))
            text = (d.get("title") or "").strip() + "\n" + (d.get("content") or "").strip()
            with open(os.path.join(out, "texts", aid + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            records.append({"docno": aid, "url": d.get("url", ""), "src": d.get("source", ""), "cat": "",
                            "title": (d.get("title") or "").strip(), "text": (d.get("content") or "").strip(), "time": time})
    with open(os.path.join(out, "ids.txt"), "w", encoding="utf-8") as f:
        f.write("article_id\tset\twhere\ttime\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    with open(os.path.join(out, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(USED, "a", encoding="utf-8") as f:
        for r in rows:
            f.write(r[0] + "\n")


if __name__ == "__main__":
    main()
