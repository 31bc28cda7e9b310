"""Parse stage: a `Filing` in, its tables out as `TextTable`s (text `<TABLE>` blocks, HTML tables and statements
printed as fixed-width text, rows and cells placed by position; `parse.model`) and its EX-27 financial data
schedules (`parse.ex27`)."""
