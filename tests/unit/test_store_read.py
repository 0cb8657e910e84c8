"""Reading the store: a partition's rows kept by content hash."""

import pyarrow as pa

from helpers.store.read import _rows_of


def _table() -> pa.Table:
    return pa.table({"content_hash": ["a", "b", "a", None, "c"], "x": [1, 2, 3, 4, 5]})


def test_rows_of_keeps_only_wanted_hashes():
    assert _rows_of(_table(), frozenset({"a", "c"})).column("x").to_pylist() == [1, 3, 5]


def test_rows_of_drops_rows_without_a_hash():
    assert _rows_of(_table(), frozenset({"a", "b", "c"})).column("x").to_pylist() == [1, 2, 3, 5]


def test_rows_of_returns_nothing_when_no_hash_is_wanted():
    assert _rows_of(_table(), frozenset({"z"})).num_rows == 0


def test_rows_of_keeps_a_fully_wanted_partition_whole():
    table = pa.table({"content_hash": ["a", "b"], "x": [1, 2]})
    assert _rows_of(table, frozenset({"a", "b", "q"})) is table
