"""Shared fixtures: the seed article, a hostile corpus, and reports built once per session."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers import config

SEED = config.corpus_dir() / "seed" / "000_35111ff217f658ca.txt"
PAYLOAD_SCRIPT = "<script>window.__ansPwned = 1</script>"
PAYLOAD_IMG = '<img src="x" onerror="window.__ansPwned = 2">'
HOSTILE_ID = "HOSTILE-0001"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The founding article, as stored."""
    return SEED.read_text(encoding="utf-8")


def write_hostile_corpus(folder: Path) -> Path:
    """The bundled corpus plus articles and file names carrying markup and script."""
    shutil.copytree(config.corpus_dir(), folder, ignore=shutil.ignore_patterns("README.md"))
    escaped_script = PAYLOAD_SCRIPT.replace("<", "&lt;").replace(">", "&gt;")
    escaped_img = PAYLOAD_IMG.replace("<", "&lt;").replace(">", "&gt;")
    body = (
        f"أعلن الجيش الليبي اليوم بدء العملية في درنة. {escaped_script} وقال المتحدث إن {escaped_img} "
        f"العملية مستمرة. {PAYLOAD_SCRIPT} وأضاف أن القوات تتقدم نحو المدينة."
    )
    records = [
        {
            "id": HOSTILE_ID,
            "title": f"عنوان خبيث {PAYLOAD_IMG}",
            "body": body,
            "published": "2018-05-09T10:00:00+02:00",
            "outlet": '<b onmouseover="window.__ansPwned = 3">outlet</b>',
            "url": "javascript:window.__ansPwned = 4",
        },
        {"id": "HOSTILE-0002", "title": f"نسخة {PAYLOAD_SCRIPT}", "body": body, "published": "2018-05-10"},
    ]
    with (folder / "hostile.jsonl").open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    (folder / f"{PAYLOAD_IMG.replace('/', '')}.pdf").write_bytes(b"%PDF-1.4 not an article")
    return folder


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundled corpus with hostile articles added."""
    return write_hostile_corpus(tmp_path_factory.mktemp("hostile") / "corpus")


@pytest.fixture(scope="session")
def built_reports(tmp_path_factory: pytest.TempPathFactory, hostile_corpus: Path) -> Path:
    """Execute every notebook on the hostile corpus once; return the reports folder."""
    from helpers.report.build import build_reports

    out = tmp_path_factory.mktemp("reports")
    build_reports(
        hostile_corpus,
        out_dir=out,
        executed_dir=out / "executed",
        parameters={"SAMPLE_ARTICLE": HOSTILE_ID, "STORE_DIR": str(out / "store")},
    )
    return out
