"""Sample 20 articles for places22, a fresh measurement set of place names (toponyms) for stop 22, drawn at the start of the stop (code of stop 21, 68585fa).
Drawn after events16 and events17 (their ids were in used_ids.txt).
Every Derna article of ANT and of the bundled corpus has been used, so both halves come from
/work/shared/datasets/ant_multisource/articles.jsonl.gz (cat internationalNews or middleEast, 120-800 words by
len(text.split()), id not in /work/notes/used_ids.txt and not an article of the bundled /work/main/corpus):
each part in PARTS: n articles whose text matches CONFLICT (a generic list of violence and protest words, written
before any article was read) when its flag is set, else with no filter on the text; random.Random(seed).shuffle of all
line indices, walked in order; a candidate whose src is already represented is skipped only when the remaining
slots are needed to reach >= 3 distinct src.
Writes ids.txt and texts/<id>.txt (title + "\n" + text, the string that occurrences are counted in)."""
import glob, gzip, json, os, random, re

CORPUS = "/work/main/corpus"
MS = "/work/shared/datasets/ant_multisource/articles.jsonl.gz"
USED = "/work/notes/used_ids.txt"
CONFLICT = re.compile(r"قصف|غار[ةا]|هجوم|اشتباك|مقتل|قتلى|اعتقال|انفجار|تفجير|مسلح|احتجاج|تظاهر|معارك")
OUT = os.path.dirname(os.path.abspath(__file__))


def bundled_ids():
    ids = set()
    for p in glob.glob(os.path.join(CORPUS, "ant_derna_2018", "*.txt")):
        ids.update(re.findall(r"<DOCNO>\s*(.*?)\s*</DOCNO>", open(p, encoding="utf-8").read()))
    with open(os.path.join(CORPUS, "ant_libya_2018.jsonl"), encoding="utf-8") as f:
        ids.update(json.loads(line)["docno"] for line in f if line.strip())
    return ids


PARTS = [("a", 2714, True, 10), ("b", 2715, False, 10)]  # (part, seed, conflict words required, n)


def pick(lines, seed, want_conflict, excluded, n):
    idx = list(range(len(lines)))
    random.Random(seed).shuffle(idx)
    out, srcs = [], set()
    for i in idx:
        if len(out) == n:
            break
        d = json.loads(lines[i])
        if d["cat"] not in ("internationalNews", "middleEast") or d["docno"] in excluded:
            continue
        if not (120 <= len(d["text"].split()) <= 800) or (want_conflict and not CONFLICT.search(d["text"])):
            continue
        if d["src"] in srcs and (n - len(out)) <= max(0, 3 - len(srcs)):
            continue
        out.append((i, d)); srcs.add(d["src"]); excluded.add(d["docno"])
    return out, srcs


def main():
    os.makedirs(os.path.join(OUT, "texts"), exist_ok=True)
    excluded = {l.strip() for l in open(USED, encoding="utf-8") if l.strip()} | bundled_ids()
    lines = gzip.open(MS, "rt", encoding="utf-8").read().splitlines()
    rows = []
    for part, seed, conflict, n in PARTS:
        got, srcs = pick(lines, seed, conflict, excluded, n)
        print(part, "srcs:", sorted(srcs))
        for i, d in got:
            rows.append((d["docno"], part, "shared/datasets/ant_multisource/articles.jsonl.gz:line%d" % (i + 1), d["time"]))
            with open(os.path.join(OUT, "texts", d["docno"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(d["title"] + "\n" + d["text"])
    with open(os.path.join(OUT, "ids.txt"), "w", encoding="utf-8") as f:
        f.write("article_id\tset\twhere\ttime\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
