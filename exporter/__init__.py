"""legacy-xbrl: pre-XBRL SEC filings (EDGAR text and early HTML, 1993-2011) to XBRL, CSV and Parquet facts.

One filing flows one way through packages by stage, each handing a small typed model to the next:

- `read`: bytes -> `SourceText` (decoded lines) -> `Filing` (the EDGAR header or cover page, the documents);
- `parse`: `Filing` -> `TextTable`s (every text or HTML table, rows and cells placed by position) and EX-27 schedules;
- `statements`: `TextTable` -> `Statement` (kind, column periods and roles, signs, scale, units, line items);
- `mapping`: `Statement`s -> `MappedFiling` (facts: concept, context, unit, decimals, method, confidence);
- `checks`: `MappedFiling` -> calculations settled, duplicates dropped, our own checks;
- `serialize`: `MappedFiling` -> files (XBRL instance and extension taxonomy, CSV, Parquet, OIM, FSDS, review page);
- `validate`: a written instance -> Arelle's verdict (the only package that uses Arelle) and our checks on it;
- `pipeline` runs the stages for one filing into a `Conversion`; `batch` runs archives of filings; `cli` is the command.
"""
