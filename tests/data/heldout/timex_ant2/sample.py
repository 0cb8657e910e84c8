"""Draw the second ANT held-out TIMEX sample (seed 7321). Run from the worktree root.

Rule: random.Random(7321).shuffle(list of all line indices of articles.jsonl.gz); walk in order; keep an
article if its text has 100-700 whitespace words, does not contain "درنة", and its docno is not in
/work/notes/used_ids.txt nor tests/data/heldout/events6/ids.txt; stop at 12; require >= 3 distinct src
(else keep walking and replace the last kept article of the most frequent outlet with the next article
of a new outlet). Writes ids.txt (docno, src, time) and texts/<docno>.txt (title + "\\n" + text).
"""

import gzip
import json
import random
from collections import Counter
from pathlib import Path

SRC = Path("/work/shared/datasets/ant_multisource/articles.jsonl.gz")
USED = Path("/work/notes/used_ids.txt")
EV6 = Path("tests/data/heldout/events6/ids.txt")
OUT = Path("tests/data/heldout/timex_ant2")


def main() -> None:
    with gzip.open(SRC, "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    used = {x.strip() for x in USED.read_text(encoding="utf-8").split("\n") if x.strip()}
    for row in EV6.read_text(encoding="utf-8").split("\n")[1:]:
        if row.strip():
            used.add(row.split("\t")[0].strip())
    order = list(range(len(lines)))
    random.Random(7321).shuffle(order)
    kept: list[dict] = []
    for i in order:
        art = json.loads(lines[i])
        text = art["text"]
        if not 100 <= len(text.split()) <= 700 or "درنة" in text or art["docno"] in used:
            continue
        if len(kept) < 12:
            kept.append(art)
            if len(kept) < 12:
                continue
        elif art["src"] not in {a["src"] for a in kept}:
            top = Counter(a["src"] for a in kept).most_common(1)[0][0]
            last = max(j for j, a in enumerate(kept) if a["src"] == top)
            del kept[last]
            kept.append(art)
        if len({a["src"] for a in kept}) >= 3:
            break
    (OUT / "texts").mkdir(parents=True, exist_ok=True)
    rows = ["docno\tsrc\ttime"]
    for a in kept:
        rows.append(f"{a['docno']}\t{a['src']}\t{a['time']}")
        (OUT / "texts" / f"{a['docno']}.txt").write_text(a["title"] + "\n" + a["text"], encoding="utf-8")
    (OUT / "ids.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
