"""Sample 15 articles for the hand-annotated actors/roles/quotes gold set.
Rule: random.Random(1414).shuffle(all line indices); walk; keep if 150<=words(text)<=800,
'درنة' not in text, cat in {internationalNews, middleEast, economy}; stop at 15 with >=3 distinct src,
else continue and replace the last kept article of the most frequent src."""
import gzip, json, random
from collections import Counter
P = "/work/shared/datasets/ant_multisource/articles.jsonl.gz"
CATS = {"internationalNews", "middleEast", "economy"}
lines = gzip.open(P, "rt", encoding="utf-8").read().splitlines()
idx = list(range(len(lines)))
random.Random(1414).shuffle(idx)
kept = []
for i in idx:
    d = json.loads(lines[i])
    t = d.get("text") or ""
    n = len(t.split())
    if not (150 <= n <= 800) or "درنة" in t or d.get("cat") not in CATS:
        continue
    if len(kept) < 15:
        kept.append((i, d))
    else:
        c = Counter(k[1]["src"] for k in kept)
        if d["src"] in c:  # replacing would not add a new src
            continue
        top = c.most_common(1)[0][0]
        j = max(k for k, (_, dd) in enumerate(kept) if dd["src"] == top)
        kept[j] = (i, d)
    if len(kept) == 15 and len({k[1]["src"] for k in kept}) >= 3:
        break
with open("/work/gold/actors/ids.txt", "w") as f:
    for i, d in kept:
        f.write(d["docno"] + "\n")
for i, d in kept:
    print(i, d["docno"], d["src"], d["cat"], len(d["text"].split()), d["title"][:60])
