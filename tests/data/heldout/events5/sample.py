"""Sample 20 articles for the fifth hand-annotated event gold set (events5).
(a) 10 from /work/main/corpus (bundled; not seed/, the founding article every rule was written against) whose text contains the word "درنة" (not inside أدرنة, Edirne) and whose id is not listed in
    /work/notes/used_ids.txt, random.Random(2666).sample over the remaining candidates sorted by article id
    (DOCNO / jsonl docno / seed file stem).
(b) 10 from /work/shared/datasets/ant_multisource/articles.jsonl.gz: random.Random(2667).shuffle of all
    line indices, walked in order, keeping cat in {internationalNews, middleEast}, 120-800 words
    (len(text.split())), text not containing "درنة", id not in /work/notes/used_ids.txt; a candidate whose
    src is already represented is skipped only when the remaining slots are needed to reach >= 3 distinct src.
The corpus files are parsed here directly (no project loader / extractor code is used).
Writes ids.txt and texts/<id>.txt (title + "\n" + text, the string that occurrences are counted in)."""
import glob, gzip, json, os, random, re

CORPUS = "/work/main/corpus"
MS = "/work/shared/datasets/ant_multisource/articles.jsonl.gz"
USED = "/work/notes/used_ids.txt"
DERNA = "درنة"
DERNA_WORD = re.compile(r"(?<![\u0621-\u064A])درنة")
OUT = os.path.dirname(os.path.abspath(__file__))


def tag(doc, name):
    m = re.search(r"<%s>\s*(.*?)\s*</%s>" % (name, name), doc, re.S)
    return m.group(1).strip() if m else ""


def corpus_articles():
    arts = []
    for p in sorted(glob.glob(os.path.join(CORPUS, "seed", "*.txt"))):
        raw = open(p, encoding="utf-8").read()
        title, _, body = raw.partition("\n")
        arts.append(dict(id=os.path.basename(p)[:-4], title=title.strip(), text=body.strip(),
                         where=os.path.relpath(p, CORPUS)))
    for p in sorted(glob.glob(os.path.join(CORPUS, "ant_derna_2018", "*.txt"))):
        raw = open(p, encoding="utf-8").read()
        for doc in re.findall(r"<DOC>(.*?)</DOC>", raw, re.S):
            arts.append(dict(id=tag(doc, "DOCNO"), title=tag(doc, "TITLE"), text=tag(doc, "TEXT"),
                             time=tag(doc, "TIME"), where=os.path.relpath(p, CORPUS)))
    with open(os.path.join(CORPUS, "ant_libya_2018.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            if line.strip():
                d = json.loads(line)
                arts.append(dict(id=d["docno"], title=d["title"], text=d["text"], time=d.get("time", ""),
                                 where="ant_libya_2018.jsonl:%d" % (i + 1)))
    return arts


def main():
    os.makedirs(os.path.join(OUT, "texts"), exist_ok=True)
    used = {l.strip() for l in open(USED, encoding="utf-8") if l.strip()}
    rows = []
    arts = corpus_articles()
    cands = sorted({a["id"]: a for a in arts if DERNA_WORD.search(a["text"]) and a["id"] not in used
                   and not a["where"].startswith("seed")}.values(),
                   key=lambda a: a["id"])
    pick_a = random.Random(2666).sample(cands, 10)
    for a in pick_a:
        rows.append((a["id"], "a", "main/corpus/" + a["where"], a.get("time", "")))
        open(os.path.join(OUT, "texts", a["id"] + ".txt"), "w", encoding="utf-8").write(a["title"] + "\n" + a["text"])
    # (b)
    lines = gzip.open(MS, "rt", encoding="utf-8").read().splitlines()
    idx = list(range(len(lines)))
    random.Random(2667).shuffle(idx)
    taken_ids = {r[0] for r in rows}
    pick_b, srcs = [], set()
    for i in idx:
        if len(pick_b) == 10:
            break
        d = json.loads(lines[i])
        if d["cat"] not in ("internationalNews", "middleEast"):
            continue
        n = len(d["text"].split())
        if not (120 <= n <= 800) or DERNA in d["text"] or d["docno"] in taken_ids or d["docno"] in used:
            continue
        need_new = max(0, 3 - len(srcs))
        if d["src"] in srcs and (10 - len(pick_b)) <= need_new:
            continue
        pick_b.append((i, d)); srcs.add(d["src"]); taken_ids.add(d["docno"])
    for i, d in pick_b:
        rows.append((d["docno"], "b", "shared/datasets/ant_multisource/articles.jsonl.gz:line%d" % (i + 1), d["time"]))
        open(os.path.join(OUT, "texts", d["docno"] + ".txt"), "w", encoding="utf-8").write(d["title"] + "\n" + d["text"])
    with open(os.path.join(OUT, "ids.txt"), "w", encoding="utf-8") as f:
        f.write("article_id\tset\twhere\ttime\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("candidates a:", len(cands), "(used ids excluded:", len(used), ") srcs b:", sorted(srcs))


if __name__ == "__main__":
    main()
