"""Stage 5, store: extraction computed once and kept as Parquet. In: corpus paths (read by ingest, extracted
by the pipeline, partition by partition on a process pool or Dask). Out: a versioned store and its tables."""
