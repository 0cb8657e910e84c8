"""Turn the hand-typed rows (rows.tsv) into tests/data/timex_gold_ant_heldout2.tsv. Run from the worktree root.

No extraction: each row names its surface and a hand-copied context; this script checks the context occurs once
in title+"\\n"+text and holds the surface, then counts the surface's substring hits before it (occurrence).
"""

import email.utils
from pathlib import Path

HERE = Path("tests/data/heldout/timex_ant2")
OUT = Path("tests/data/timex_gold_ant_heldout2.tsv")
COMMENTS = {
    "FR-internationalNews-2020-20180626": [
        "# FR-internationalNews-2020-20180626: the source garbles 'الساعة الواحدة صباحا22:00 بتوقيت غرينتش يوم "
        "الاثنين)'; the local 01:00 Tuesday and the 22:00 GMT Monday are two TIMEs."
    ],
    "CN-middleEast-818-20180506": [
        "# CN-middleEast-818-20180506: 'كل يوم' is the title of the TV programme, not tagged."
    ],
    "AL-sport-366-20180302": [
        "# AL-sport-366-20180302: 'هذا الموسم' is the 2017/18 football season; no TIMEX3 value, so X."
    ],
}


def hits(text: str, sub: str, end: int) -> int:
    """Count (overlapping) hits of sub in text that start before end."""
    n, i = 0, text.find(sub)
    while 0 <= i < end:
        n += 1
        i = text.find(sub, i + 1)
    return n


def main() -> None:
    dct = {}
    for line in (HERE / "ids.txt").read_text(encoding="utf-8").splitlines()[1:]:
        docno, _src, time = line.split("\t")
        dct[docno] = email.utils.parsedate_to_datetime(time).date().isoformat()
    out = (HERE / "header.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    out.append("article_id\tdct\tsurface\toccurrence\ttype\tvalue")
    done = []
    for line in (HERE / "rows.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        docno, surface, ctx, typ, value = line.replace("<NBSP>", "\u00a0").split("\t")
        text = (HERE / "texts" / f"{docno}.txt").read_text(encoding="utf-8")
        assert text.count(ctx) == 1, (docno, ctx, text.count(ctx))
        assert ctx.count(surface) == 1, (docno, surface, ctx)
        at = text.find(ctx) + ctx.find(surface)
        assert text[at : at + len(surface)] == surface
        occ = hits(text, surface, at + 1)
        assert typ in {"DATE", "TIME", "DURATION", "SET"}, typ
        if docno not in done:
            done.append(docno)
            out.extend(COMMENTS.get(docno, []))
        out.append("\t".join([docno, dct[docno], surface, str(occ), typ, value]))
    for docno in dct:
        if docno not in done:
            out.append(f"# {docno}: no time expressions")
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
