"""Sample 30 SaudiNewsNet articles for places_dev_sn, a development (in-sample) set of place names for stop 23.
Pool: every article of /work/shared/datasets/saudinewsnet/*.zip, ordered by zip name then position in its JSON array;
id = SN-<source>-<YYYYMMDD of zip>-<position>. Kept: non-empty title, 120-800 words (len(content.split())), id not in
/work/notes/sn_fresh_ids.txt (the held-out ids, never read).
random.Random(2741).shuffle of the pool indices, walked in order.
Writes ids.txt and texts/<id>.txt (title + "\n" + content)."""

import glob
import json
import os
import random
import zipfile

SN = "/work/shared/datasets/saudinewsnet"
FRESH = "/work/notes/sn_fresh_ids.txt"
OUT = os.path.dirname(os.path.abspath(__file__))
N, SEED = 30, 2741


def pool():
    for zp in sorted(glob.glob(os.path.join(SN, "*.zip"))):
        day = os.path.basename(zp)[:-4].replace("-", "")
        with zipfile.ZipFile(zp) as z:
            for name in z.namelist():
                if not name.endswith(".json"):
                    continue
                for pos, d in enumerate(json.loads(z.read(name).decode("utf-8"))):
                    yield f"SN-{d['source']}-{day}-{pos}", d


def main():
    with open(FRESH, encoding="utf-8") as f:
        fresh = {line.strip() for line in f if line.strip()}
    items = list(pool())
    idx = list(range(len(items)))
    random.Random(SEED).shuffle(idx)
    os.makedirs(os.path.join(OUT, "texts"), exist_ok=True)
    got = []
    for i in idx:
        if len(got) == N:
            break
        aid, d = items[i]
        words = len((d.get("content") or "").split())
        if aid in fresh or not (d.get("title") or "").strip() or not (120 <= words <= 800):
            continue
        got.append((aid, d))
        with open(os.path.join(OUT, "texts", aid + ".txt"), "w", encoding="utf-8") as f:
            f.write(d["title"].strip() + "\n" + d["content"])
    with open(os.path.join(OUT, "ids.txt"), "w", encoding="utf-8") as f:
        f.write("article_id\tdate_extracted\turl\n")
        for aid, d in got:
            f.write(f"{aid}\t{d.get('date_extracted', '')}\t{d.get('url', '')}\n")


if __name__ == "__main__":
    main()
