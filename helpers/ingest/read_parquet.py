"""Parquet tables, read in batches of rows."""

from __future__ import annotations

import io

from helpers.ingest.collector import Collector
from helpers.ingest.records import Record


def read_parquet(stream: io.BufferedIOBase, source: str, out: Collector) -> None:
    """Read every row of a Parquet table as one record; an unreadable file is rejected whole."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table_file = pq.ParquetFile(stream if stream.seekable() else io.BytesIO(stream.read()))
        row = 0
        for batch in table_file.iter_batches(batch_size=2048):
            for obj in batch.to_pylist():
                row += 1
                out.add(Record(obj, source, f"row {row}", "parquet"))
    except (pa.ArrowException, OSError) as err:
        out.reject(source, "", f"unreadable Parquet file: {err}")
