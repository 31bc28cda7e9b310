"""Batch: folders, lists and archives of filings in, converted in parallel workers, out as a Hive-partitioned Parquet
fact dataset, filing/concept/error/manifest tables, a DuckDB warehouse and optionally PostgreSQL."""
