"""Issue 18, "nothing lost, nothing crashes": hostile archives, file names, encodings, quoting, limits and
special files. Every record read is kept or rejected with the reason; what is skipped on purpose is listed."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import os
import struct
import time
import zipfile
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import config
from helpers.ingest import corpus as corpus_module
from helpers.ingest.collector import Collector
from helpers.ingest.corpus import load_corpus
from helpers.ingest.read_json import read_jsonl
from helpers.ingest.streams import LongLine, split_lines

BODY = "أعلن الجيش الليبي إطلاق عملية عسكرية في درنة وقالت مصادر إن القوات تتقدم"
TODAY = date(2026, 11, 23)
GOOD = json.dumps({"body": BODY}, ensure_ascii=False)


def load(path, **kwargs):
    corpus = load_corpus(path, today=TODAY, **kwargs)
    assert corpus.n_read == corpus.n_kept + len(corpus.rejected)
    return corpus


def warnings_of(corpus) -> dict[str, str]:
    return dict(zip(corpus.warnings["source_file"], corpus.warnings["warning"], strict=True))


def small_limit(monkeypatch, n: int) -> None:
    monkeypatch.setattr(config, "loading_settings", lambda: config.LoadingSettings(max_file_bytes=n))


def zip_bytes(members: dict[str, bytes | str], method: int = zipfile.ZIP_STORED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# 1. Archives


def test_zips_nested_400_deep_are_rejected_once_not_recursed(tmp_path):
    data = zip_bytes({"a.txt": f"عنوان\n\n{BODY}\n"})
    for _ in range(400):
        data = zip_bytes({"inner.zip": data})
    (tmp_path / "deep.zip").write_bytes(data)
    corpus = load(tmp_path)  # used to raise RecursionError
    assert corpus.n_read == 1
    assert "nested too deeply" in corpus.rejected["reason"].iloc[0]
    assert corpus.rejected["source_file"].iloc[0].startswith(str(tmp_path / "deep.zip") + "!inner.zip!")


def test_a_few_nested_archives_are_still_read(tmp_path):
    data = zip_bytes({"a.jsonl.gz": gzip.compress(f"{GOOD}\n".encode())})
    data = zip_bytes({"inner.zip": data})
    (tmp_path / "x.zip").write_bytes(data)
    assert load(tmp_path).n_kept == 1


def _set_method(data: bytes, name: bytes, method: int) -> bytes:
    """Rewrite one member's compression method in its local header and its central directory entry."""
    out = bytearray(data)
    for signature, offset, name_at in ((b"PK\x03\x04", 8, 30), (b"PK\x01\x02", 10, 46)):
        start = 0
        while (start := out.find(signature, start)) >= 0:
            if out[start + name_at : start + name_at + len(name)] == name:
                struct.pack_into("<H", out, start + offset, method)
            start += 4
    return bytes(out)


def test_deflate64_member_is_one_rejection_naming_archive_and_member(tmp_path):
    data = zip_bytes({"a.txt": f"عنوان\n\n{BODY}\n", "b.txt": f"عنوان\n\n{BODY}\n"}, zipfile.ZIP_DEFLATED)
    (tmp_path / "x.zip").write_bytes(_set_method(data, b"a.txt", 9))
    corpus = load(tmp_path)
    assert corpus.n_kept == 1
    assert corpus.rejected["source_file"].tolist() == [f"{tmp_path / 'x.zip'}!a.txt"]
    assert "deflate64" in corpus.rejected["reason"].iloc[0]


@pytest.mark.parametrize("member", ["a.txt", "a.jsonl"])
def test_bad_crc_member_is_rejected_and_the_others_are_read(tmp_path, member):
    content = f"{GOOD}\n" if member.endswith(".jsonl") else f"عنوان\n\n{BODY}\n"
    data = bytearray(zip_bytes({member: content, "b.txt": f"عنوان\n\n{BODY}\n"}))
    at = data.index(content.encode()[:20]) + 10
    data[at] ^= 0x01  # stored data changed, CRC not
    (tmp_path / "x.zip").write_bytes(bytes(data))
    corpus = load(tmp_path)
    rejected = corpus.rejected.set_index("source_file")["reason"]
    assert "Bad CRC" in rejected[f"{tmp_path / 'x.zip'}!{member}"]
    assert f"{tmp_path / 'x.zip'}!b.txt" in set(corpus.articles["source_file"])


def test_real_encrypted_member_is_rejected_and_the_others_are_read(tmp_path):
    data = bytearray(zip_bytes({"a.txt": f"عنوان\n\n{BODY}\n", "b.txt": f"عنوان\n\n{BODY}\n"}))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        data[at + offset] |= 0x1
    (tmp_path / "x.zip").write_bytes(bytes(data))
    corpus = load(tmp_path)
    assert corpus.rejected["source_file"].tolist() == [f"{tmp_path / 'x.zip'}!a.txt"]
    assert "encrypted" in corpus.rejected["reason"].iloc[0]
    assert corpus.n_kept == 1


# 2. File names that are not UTF-8


@pytest.mark.parametrize("suffix", [b".txt", b".jsonl"])
def test_cp1256_file_name_is_read_with_a_printable_name(tmp_path, suffix):
    raw_name = "خبر".encode("cp1256") + suffix
    content = f"{GOOD}\n" if suffix == b".jsonl" else f"عنوان\n\n{BODY}\n"
    with open(os.path.join(os.fsencode(tmp_path), raw_name), "wb") as f:
        f.write(content.encode())
    corpus = load(tmp_path)
    assert corpus.n_kept == 1
    for column in ("source_file", "article_id"):
        corpus.articles[column].iloc[0].encode("utf-8")  # used to raise UnicodeEncodeError (surrogates)
    assert "\\x" in corpus.articles["source_file"].iloc[0]
    (warning,) = [w for w in corpus.warnings["warning"] if "file name" in w]
    assert "not UTF-8" in warning and "خبر" in warning
    warning.encode("utf-8")


# 3. An undecodable CSV row costs that row only


@pytest.mark.parametrize("padding", [0, 800])  # 800 rows: the bad row comes after the sniffed head
def test_csv_undecodable_row_is_one_rejection_and_later_rows_are_kept(tmp_path, padding):
    rows = [f"p{i},{BODY}\n".encode() for i in range(padding)]
    rows += [
        f"1,{BODY}\n".encode(),
        b"2,caf\xe9 cr\xe8me br\xfbl\xe9e\n",
        f"3,{BODY}\n".encode(),
        f"4,{BODY}\n".encode(),
    ]
    (tmp_path / "a.csv").write_bytes(b"id,body\n" + b"".join(rows))
    corpus = load(tmp_path)
    assert corpus.n_kept == padding + 3
    assert corpus.rejected["record"].tolist() == [f"row {padding + 3}"]
    assert "undecodable bytes" in corpus.rejected["reason"].iloc[0]
    assert corpus.articles["article_id"].tolist()[-2:] == ["3", "4"]


# 4. JSONL lines decoded one by one


@pytest.mark.parametrize("n_cp1256", [1, 500])  # 1: small file (was rejected whole); 500: fills the sniffed head
def test_jsonl_mixing_cp1256_and_utf8_lines_decodes_each_line(tmp_path, n_cp1256):
    cp_lines = [json.dumps({"id": f"c{i}", "body": BODY}, ensure_ascii=False).encode("cp1256") for i in range(n_cp1256)]
    utf_lines = [json.dumps({"id": f"u{i}", "body": BODY}, ensure_ascii=False).encode() for i in range(3)]
    (tmp_path / "a.jsonl").write_bytes(b"\n".join(cp_lines + utf_lines) + b"\n")
    corpus = load(tmp_path)
    assert corpus.n_kept == n_cp1256 + 3
    articles = corpus.articles.set_index("article_id")
    assert articles.loc["u2", "encoding"] == "utf-8"
    assert articles.loc["c0", "encoding"] == "cp1256"
    assert (corpus.articles["text"] == BODY).all()  # no mojibake
    assert any("mixed encodings" in w for w in corpus.warnings["warning"])


def test_jsonl_line_in_neither_encoding_is_rejected_alone(tmp_path):
    lines = [GOOD.encode(), b'{"body": "caf\xe9 cr\xe8me"}', GOOD.encode()]
    (tmp_path / "a.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    corpus = load(tmp_path)
    assert corpus.n_kept == 2
    assert corpus.rejected["record"].tolist() == ["line 2"]
    assert "undecodable bytes" in corpus.rejected["reason"].iloc[0]


# 5. An unterminated CSV quote does not swallow the rows after it


@pytest.mark.parametrize(
    "rows",
    [
        f'1,"{BODY}\n2,{BODY}\n3,{BODY}\n',  # the quote runs to the end of the file
        f'1,"{BODY}"\n2,"{BODY}\n3,"{BODY}"\n4,"{BODY}"\n',  # the quote is "closed" by the next row's quote
    ],
)
def test_unterminated_csv_quote_costs_one_row(tmp_path, rows):
    (tmp_path / "a.csv").write_text("id,body\n" + rows, encoding="utf-8")
    corpus = load(tmp_path)
    n_rows = rows.count("\n")
    assert len(corpus.rejected) == 1, corpus.rejected
    assert "unterminated quote" in corpus.rejected["reason"].iloc[0]
    assert corpus.n_kept == n_rows - 1
    assert (corpus.articles["text"] == BODY).all()


def test_quoted_field_with_line_breaks_is_still_one_row(tmp_path):
    body = f"{BODY}\n\n{BODY}, وأضاف\n{BODY}"
    (tmp_path / "a.csv").write_text(f'id,body\n1,"{body}"\n2,{BODY}\n3,"{BODY}\n', encoding="utf-8")
    corpus = load(tmp_path)
    assert corpus.n_kept == 3  # the last row's open quote runs to the end: nothing after it to save
    assert corpus.articles["raw_body"].iloc[0] == body


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"])
def test_csv_line_endings_are_read_as_before(tmp_path, newline):
    rows = ["id,body", f"1,{BODY}", f'2,"{BODY}{newline}{BODY}"', "", f"3,{BODY}"]
    (tmp_path / "a.csv").write_bytes(newline.join(rows).encode() + newline.encode())
    corpus = load(tmp_path)
    assert corpus.n_read == corpus.n_kept == 3
    assert corpus.articles["record"].tolist() == ["row 2", "row 4", "row 6"]


# 6. What is skipped on purpose is listed


def test_skipped_files_are_listed_as_warnings(tmp_path):
    for name in ("README.md", "Source.csv", "source.txt", "notice.txt", "LICENSE", "_draft.txt", ".hidden.txt"):
        (tmp_path / name).write_text(f"عنوان\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "orphan.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "a.txt").write_text(f"عنوان\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"outlet": "x"}', encoding="utf-8")  # used by a.txt: not skipped
    (tmp_path / "z.zip").write_bytes(
        zip_bytes(
            {
                "README.md": "about",
                "__MACOSX/._a.txt": "x",
                "__MACOSX/._b.txt": "x",
                "../evil.txt": f"عنوان\n\n{BODY}\n",
                "/abs.txt": f"عنوان\n\n{BODY}\n",
                "b.txt": f"عنوان\n\n{BODY}\n",
                "b.meta.json": "{}",
            }
        )
    )
    corpus = load(tmp_path)
    assert corpus.n_read == 2
    warned = warnings_of(corpus)
    z = f"{tmp_path / 'z.zip'}!"
    expected = {
        str(tmp_path / "README.md"): "skipped: documentation file",
        str(tmp_path / "Source.csv"): "skipped: documentation file",
        str(tmp_path / "source.txt"): "skipped: documentation file",
        str(tmp_path / "notice.txt"): "skipped: documentation file",
        str(tmp_path / "LICENSE"): "skipped: documentation file",
        str(tmp_path / "_draft.txt"): "skipped: hidden file",
        str(tmp_path / ".hidden.txt"): "skipped: hidden file",
        str(tmp_path / ".git"): "skipped: hidden folder",
        str(tmp_path / "orphan.meta.json"): "skipped: metadata sidecar without its article file",
        z + "README.md": "skipped: documentation file",
        z + "__MACOSX/": "skipped: hidden folder",
        z + "../evil.txt": "skipped: unsafe path in archive",
        z + "/abs.txt": "skipped: unsafe path in archive",
        z + "b.meta.json": "skipped: metadata sidecar",
    }
    for source, reason in expected.items():
        assert warned.get(source, "").startswith(reason), (source, warned)
    assert len([w for w in corpus.warnings["warning"] if w.startswith("skipped")]) == len(expected)


def test_symlinked_folder_and_special_files_are_listed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.txt").write_text(f"عنوان\n\n{BODY}\n", encoding="utf-8")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    (folder / "link.txt").symlink_to(outside / "a.txt")  # a link to a file is read
    (folder / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "loop").symlink_to(folder / "loop")
    os.mkfifo(folder / "pipe.jsonl")
    corpus = load(folder)
    assert corpus.n_kept == 1
    warned = warnings_of(corpus)
    assert warned[str(folder / "linked")].startswith("skipped: symbolic link to a folder")
    assert warned[str(folder / "broken.txt")].startswith("skipped: symbolic link")
    assert warned[str(folder / "loop")].startswith("skipped: symbolic link")
    assert warned[str(folder / "pipe.jsonl")] == "skipped: not a regular file (a FIFO)"


def test_fifo_given_as_the_path_is_rejected_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.jsonl")
    corpus = load(tmp_path / "pipe.jsonl")  # opening it would block
    assert corpus.n_read == 1
    assert corpus.rejected["source_file"].iloc[0] == str(tmp_path / "pipe.jsonl")
    assert "not a regular file (a FIFO)" in corpus.rejected["reason"].iloc[0]


def test_unreadable_sub_folder_is_listed(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(f"عنوان\n\n{BODY}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"عنوان\n\n{BODY}\n", encoding="utf-8")
    real = corpus_module._entries

    def entries(folder):
        if folder.name == "locked":  # tests may run as root, for whom chmod does not lock
            raise PermissionError(13, "Permission denied", str(folder))
        return real(folder)

    monkeypatch.setattr(corpus_module, "_entries", entries)
    corpus = load(tmp_path)
    assert corpus.n_kept == 1
    assert warnings_of(corpus)[str(tmp_path / "locked")] == "skipped: unreadable folder: Permission denied"


# 7. Limits that limit


@pytest.mark.parametrize("name", ["a.jsonl.gz", "a.csv.bz2", "a.txt.gz", "a.json.gz", "z.zip"])
def test_file_limit_applies_to_decompressed_bytes(tmp_path, monkeypatch, name):
    small_limit(monkeypatch, 1000)
    if name.endswith(".csv.bz2"):
        data = bz2.compress(("id,body\n" + "".join(f"{i},{BODY}\n" for i in range(40))).encode())
    elif name.endswith(".zip"):  # a zip inside a gzip: read into memory, within the limit only
        inner = zip_bytes({"a.jsonl": f"{GOOD}\n" * 40}, zipfile.ZIP_DEFLATED)
        name = "z.zip.gz"
        data = gzip.compress(inner + b"\0" * 2000)
    else:
        data = gzip.compress((f"{GOOD}\n" * 40).encode())
    assert len(data) < 1000
    (tmp_path / name).write_bytes(data)
    corpus = load(tmp_path)
    assert corpus.n_kept == 0
    assert "too large after decompression" in " ".join(corpus.rejected["reason"])


class _Trickle(io.RawIOBase):
    """A stream handing out at most 8 KB per read, like a slow decompressor."""

    def __init__(self, data: bytes) -> None:
        self._data = memoryview(data)
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), 8192, len(self._data) - self._at)
        buffer[:n] = self._data[self._at : self._at + n]
        self._at += n
        return n


def test_a_20_mb_line_is_split_in_linear_time():
    line = json.dumps({"body": "ب" * 10_000_000}, ensure_ascii=False).encode()
    out = Collector(default_dct=None, column_map={}, today=TODAY)
    started = time.perf_counter()
    read_jsonl(_Trickle(line), "big.jsonl", out)
    assert time.perf_counter() - started < 3  # re-splitting a growing buffer took minutes
    assert out.n_read == 1
    assert "body too long" in out.rejected[0].reason


def test_a_line_longer_than_the_limit_is_not_accumulated():
    data = b"short\n" + b"x" * 5000 + b"\nafter\n" + b"y" * 3000
    lines = list(split_lines(data[:100], _Trickle(data[100:]), 1000))
    assert lines[0] == b"short\n"
    assert isinstance(lines[1], LongLine) and lines[1].size == 5001
    assert lines[2] == b"after\n"
    assert isinstance(lines[3], LongLine) and lines[3].size == 3000


def test_a_line_longer_than_the_limit_is_one_rejection(tmp_path, monkeypatch):
    from helpers.ingest import streams

    monkeypatch.setattr(streams, "_CHUNK", 64)
    out = Collector(default_dct=None, column_map={}, today=TODAY)
    data = (GOOD + "\n" + "x" * 3000 + "\n" + GOOD + "\n").encode()
    monkeypatch.setattr(config, "loading_settings", lambda: config.LoadingSettings(max_file_bytes=2000))
    read_jsonl(io.BufferedReader(_Trickle(data), 64), "a.jsonl", out)
    assert [r.record for r in out.rejected] == ["line 2"]
    assert "line too long" in out.rejected[0].reason
    assert len(out.rows) == 2


# 8. Fuzz: nothing escapes, read == kept + rejected


SUFFIXES = [".jsonl", ".json", ".csv", ".tsv", ".txt", ".jsonl.gz", ".csv.bz2", ".zip", ".parquet", ""]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(st.sampled_from(SUFFIXES), st.binary(max_size=600)), max_size=4))
def test_random_bytes_never_escape(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("bytes")
    for i, (suffix, data) in enumerate(files):
        if suffix == ".jsonl.gz":
            data = gzip.compress(data)
        elif suffix == ".csv.bz2":
            data = bz2.compress(data)
        elif suffix == ".zip" and i % 2:
            data = zip_bytes({"a.jsonl": data, "b.csv": data, "c.txt": data})
        (folder / f"f{i}{suffix}").write_bytes(data)
    corpus = load(folder)
    assert corpus.n_read >= len(files)


_LINE_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",), blacklist_characters="\n\r\x00\x85\u2028\u2029\x0b\x0c\x1c\x1d\x1e"
    ),
    max_size=40,
)
_LINE = st.one_of(
    st.just(GOOD),
    st.just(json.dumps({"body": BODY, "id": "x"})),
    st.builds(lambda t: json.dumps({"body": BODY + t}, ensure_ascii=False), _LINE_TEXT),
    _LINE_TEXT,
    st.just('{"body": "' + BODY),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(_LINE, max_size=12),
    encodings=st.lists(st.sampled_from(["utf-8", "cp1256"]), min_size=12, max_size=12),
    in_zip=st.booleans(),
)
def test_random_jsonl_read_counts_every_line(tmp_path_factory, lines, encodings, in_zip):
    folder = tmp_path_factory.mktemp("jsonl")
    raw = []
    for line, encoding in zip(lines, encodings, strict=False):
        try:
            raw.append(line.encode(encoding))
        except UnicodeEncodeError:
            raw.append(line.encode("utf-8"))
    data = b"\n".join(raw) + b"\n"
    written = sum(1 for r in raw if r.strip())  # lines that are units: the non-blank ones
    if in_zip:
        (folder / "a.zip").write_bytes(zip_bytes({"a.jsonl": data, "b.jsonl": f"{GOOD}\n"}))
    else:
        (folder / "a.jsonl").write_bytes(data)
    corpus = load(folder)
    if not data.startswith((b"%PDF", b"\xff\xfe", b"\xfe\xff")):  # sniffed as a PDF or UTF-16: one rejection
        assert corpus.n_read == max(written, 1) + in_zip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    rows=st.lists(
        st.lists(st.one_of(st.text(alphabet=list("ab ع,\"'"), max_size=8), st.just(BODY)), min_size=1, max_size=3),
        min_size=1,
        max_size=10,
    ),
    in_zip=st.booleans(),
)
def test_random_csv_with_broken_quotes_counts_every_row(tmp_path_factory, rows, in_zip):
    folder = tmp_path_factory.mktemp("csv")
    lines = [",".join(fields) for fields in rows]
    data = ("id,body\n" + "".join(f"{line}\n" for line in lines)).encode()
    if in_zip:
        (folder / "a.zip").write_bytes(zip_bytes({"a.csv": data}))
    else:
        (folder / "a.csv").write_bytes(data)
    corpus = load(folder)
    assert corpus.n_read >= 1
    if '"' not in data.decode():
        assert corpus.n_read == max(sum(1 for line in lines if line), 1)
