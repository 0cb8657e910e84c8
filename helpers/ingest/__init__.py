"""Stage 3, ingest. In: files or folders of articles in 7 formats (plain text, TREC <DOC>, JSON, JSON Lines, CSV,
TSV, Parquet; also in .gz/.bz2/.zip). Out: a Corpus: articles table + rejected + warnings; read = kept + rejected."""
