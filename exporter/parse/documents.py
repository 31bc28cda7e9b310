"""Every table of a filing, document by document: text <TABLE> blocks, HTML tables and statements printed as
fixed-width text, in order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..read.filing import Document, Filing
from .fixed_width import fixed_width_tables
from .html_tables import html_tables, is_html
from .model import TextTable
from .text_tables import parse_table, part_starts

_TABLE_OPEN = re.compile(r"^\s*<TABLE\b[^>]*>", re.IGNORECASE)
_TABLE_CLOSE = re.compile(r"^\s*</TABLE>", re.IGNORECASE)


def find_tables(filing: Filing) -> list[TextTable]:
    """Every <TABLE> block of every document, parsed (HTML documents by html_tables)."""
    return list(iter_tables(filing))


def iter_tables(filing: Filing, let_go: bool = False) -> Iterator[TextTable]:
    """find_tables one table at a time, numbered in order, so that a caller need hold only one table's cells.

    With `let_go`, for a caller that reads no more of the filing's lines afterwards, the lines up to the end of each
    table (and of each document) are let go, left empty, once the caller is done with the table: a big filing's
    text is not held whole while its facts pile up."""
    lines = filing.lines
    done = 0  # with let_go, the lines before this index are let go

    def release(end: int) -> None:
        nonlocal done
        if let_go and end > done:
            lines[done:end] = [""] * (end - done)
            done = end

    count = 0
    for document in filing.documents:
        if is_html(lines, document):
            found: Iterable[TextTable] = html_tables(filing, document, count, let_go)
        else:
            found = _tables_in(lines, document, count)
        for table in found:
            count += 1
            yield table
            release(table.last_line)
        release(document.last + 1)


def _tables_in(lines: list[str], document: Document, number: int) -> Iterator[TextTable]:
    """The text tables of a document in order, numbered from `number`: <TABLE> blocks (one left open ends at the
    document's last line) and the statements printed as fixed-width text between them."""
    tagged = [i for i in range(document.first, document.last + 1) if "<" in lines[i]]  # spares the rest the regexes
    open_index = None
    text_start = document.first  # where the text outside <TABLE> blocks resumes
    for index in tagged:
        if open_index is None:
            if _TABLE_OPEN.match(lines[index]):
                for table in fixed_width_tables(lines, text_start, index, number):
                    table.document_type = document.type
                    number += 1
                    yield table
                open_index = index
        elif _TABLE_CLOSE.match(lines[index]):
            tables = _document_tables(lines, open_index, index, number, document)
            yield from tables
            number += len(tables)
            open_index = None
            text_start = index + 1
    if open_index is not None:
        yield from _document_tables(lines, open_index, document.last, number, document)
        return
    for table in fixed_width_tables(lines, text_start, document.last + 1, number):
        table.document_type = document.type
        number += 1
        yield table


def _document_tables(lines: list[str], open_index: int, close_index: int, number: int, document: Document
                     ) -> list[TextTable]:
    """The table of a <TABLE> block, or its tables when a later <CAPTION> sets out columns of its own: each part is
    a table under the block's title, with the caption lines as its headings. All parsed before the caller lets the
    block's lines go."""
    starts = part_starts(lines, open_index, close_index)
    ends = [*starts, close_index]
    tables = [parse_table(lines, open_index, ends[0], number)]
    for k, (start, end) in enumerate(zip(starts, ends[1:], strict=True), start=1):
        tables.append(parse_table(lines, start - 1, end, number + k, title_lines=list(tables[0].title_lines)))
    for table in tables:
        table.document_type = document.type
    return tables
