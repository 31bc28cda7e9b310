"""Serialize stage: a `MappedFiling` in, files out: XBRL 2.1 instance and extension taxonomy, CSV and Parquet fact
tables, Inline XBRL review page, xBRL-JSON and xBRL-CSV, SEC Financial Statement Data Sets."""
