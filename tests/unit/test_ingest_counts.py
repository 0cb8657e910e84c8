"""read = kept + rejected, with ``read`` counted by the test from what it wrote, not taken from the loader."""

from __future__ import annotations

import gzip
import json
import zipfile
from datetime import date
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.ingest.corpus import iter_corpus, load_corpus

BODY = "أعلن الجيش الليبي إطلاق عملية عسكرية في درنة وقالت مصادر إن القوات تتقدم"
TODAY = date(2026, 11, 23)
GOOD = json.dumps({"body": BODY}, ensure_ascii=False)
NO_BODY = json.dumps({"title": "عنوان"}, ensure_ascii=False)
ENGLISH = json.dumps({"body": "The army said the operation began today."})


def write_corpus(folder: Path) -> tuple[int, int]:
    """Write files of every form; return (units written, of which articles that must be kept)."""
    units = kept = 0

    def wrote(n_units: int, n_kept: int) -> None:
        nonlocal units, kept
        units += n_units
        kept += n_kept

    (folder / "a.jsonl").write_text("\n".join([GOOD, GOOD, GOOD, "{oops", "[1]", NO_BODY, "", ENGLISH]) + "\n")
    wrote(7, 3)  # the blank line is not a unit
    (folder / "b.csv").write_text(f"id,body\n1,{BODY}\n2,{BODY}\nonly-one-field\n3,\n", encoding="utf-8")
    wrote(4, 2)
    (folder / "c.txt").write_text(f"عنوان\n\n{BODY}\n", encoding="utf-8")
    wrote(1, 1)
    (folder / "d.txt").write_text("Title\n\nNot Arabic at all.", encoding="utf-8")
    wrote(1, 0)
    (folder / "e.json").write_text(f"[{GOOD}, {GOOD}, 5, {NO_BODY}]", encoding="utf-8")
    wrote(4, 2)
    (folder / "f.json").write_text('{"articles": []}', encoding="utf-8")
    wrote(1, 0)  # a file with no articles is one rejected unit
    (folder / "g.json").write_text('{"articles": "نص"}', encoding="utf-8")
    wrote(1, 0)
    with zipfile.ZipFile(folder / "h.zip", "w") as archive:
        archive.writestr("one.txt", f"عنوان\n\n{BODY}\n")
        archive.writestr("two.jsonl", f"{GOOD}\n{GOOD}\n")
        archive.writestr("empty.txt", "")
        archive.writestr("README.md", "skipped: documentation")
    wrote(4, 3)
    (folder / "i.jsonl.gz").write_bytes(gzip.compress(f"{GOOD}\n{NO_BODY}\n".encode()))
    wrote(2, 1)
    (folder / "j.txt").write_bytes(b"")
    wrote(1, 0)
    (folder / "k.pdf").write_bytes(b"%PDF-1.4")
    wrote(1, 0)
    pd.DataFrame({"body": [BODY, BODY, ""]}).to_parquet(folder / "l.parquet")
    wrote(3, 2)
    (folder / "m.csv").write_text("id,body\n", encoding="utf-8")
    wrote(1, 0)
    (folder / "README.md").write_text("skipped: documentation", encoding="utf-8")
    return units, kept


def test_read_is_kept_plus_rejected_counting_what_was_written(tmp_path):
    written, must_keep = write_corpus(tmp_path)
    corpus = load_corpus([tmp_path, tmp_path / "missing"], today=TODAY)
    written += 1  # the missing path is one rejected unit
    assert corpus.n_kept == must_keep
    assert len(corpus.rejected) == written - must_keep
    assert corpus.n_read == written
    assert corpus.summary()["read"] == corpus.summary()["kept"] + corpus.summary()["rejected"]


def test_iter_corpus_counts_the_same_units(tmp_path):
    written, must_keep = write_corpus(tmp_path)
    *batches, final = iter_corpus(tmp_path, batch_size=2, today=TODAY)
    assert sum(len(b) for b in batches) == must_keep
    assert len(final.rejected) == written - must_keep
    assert final.n_read == written


LINE_KINDS = {  # kind -> (line, units, kept)
    "good": (GOOD, 1, 1),
    "no_body": (NO_BODY, 1, 0),
    "english": (ENGLISH, 1, 0),
    "malformed": ('{"body": ', 1, 0),
    "not_object": ('["a"]', 1, 0),
    "blank": ("   ", 0, 0),
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    files=st.lists(
        st.tuples(st.sampled_from([".jsonl", ".json", ".csv"]), st.lists(st.sampled_from(sorted(LINE_KINDS)))),
        max_size=5,
    )
)
def test_random_files_read_is_kept_plus_rejected(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("random")
    units = kept = 0
    for i, (suffix, kinds) in enumerate(files):
        path = folder / f"f{i}{suffix}"
        if suffix == ".csv":
            rows = {"good": BODY, "no_body": '""', "english": "Not Arabic.", "malformed": "a,b", "not_object": "a,b"}
            lines = [rows[k] for k in kinds if k != "blank"]
            path.write_text("body\n" + "".join(f"{line}\n" for line in lines), encoding="utf-8")
            units_here = len(lines)
            kept_here = sum(k == "good" for k in kinds)
        else:
            path.write_text("\n".join(LINE_KINDS[k][0] for k in kinds) + "\n", encoding="utf-8")
            units_here = sum(LINE_KINDS[k][1] for k in kinds)
            kept_here = sum(LINE_KINDS[k][2] for k in kinds)
        units += max(units_here, 1)  # a file with nothing in it is one rejected unit
        kept += kept_here
    corpus = load_corpus(folder, today=TODAY)
    assert corpus.n_kept == kept
    assert corpus.n_read == units
    assert len(corpus.rejected) == units - kept
