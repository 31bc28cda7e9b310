"""HTML <table>s of early-HTML EDGAR documents (about 1997-2009), parsed into the same TextTable model as text tables.

Markup is untrusted input. DOCTYPE, ENTITY, ELEMENT and ATTLIST declarations are blanked before parsing (keeping
the line count), and lxml's HTML parser runs without network, with no DTD and no entity expansion (libxml2's HTML
parser has no entity declarations: an undeclared `&name;` stays text) and with the default size and depth limits.
Each top-level table is parsed on its own, so source lines stay exact in long files (libxml2 counts to 65535).
"""

from __future__ import annotations

import bisect
import heapq
import html
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from lxml import etree

from ..errors import ConversionError
from ..read.filing import Document, Filing
from .fixed_width import fixed_width_tables
from .model import MAX_CELL_CHARS, TITLE_LINES, YEAR, Cell, Cells, RowKind, TableColumn, TableIssue, TableRow, TextTable

_HTML_TAG = re.compile(r"<html\b", re.IGNORECASE)
_TABLE_TAG = re.compile(r"<(/?)table\b[^<>]*>?", re.IGNORECASE)  # [^<>]: a scan never runs past the next tag
_PRE_TAG = re.compile(r"<(/?)pre\b[^<>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]*>")
_OUTSIDE_PRE = "<PAGE>"  # what the fixed-width reader sees outside <pre> elements: a page break
_ROW_TAG = re.compile(r"<t[rdh]\b", re.IGNORECASE)
_TEXT_TAG = re.compile(r"^\s*<TEXT>", re.IGNORECASE)
_QUOTED = r"\"[^\"]*\"|'[^']*'"
_DECLARATION = re.compile(
    rf"<!DOCTYPE(?:{_QUOTED}|\[(?:{_QUOTED}|[^\]\"'])*\]|[^>\"'\[])*>|<!(?:ENTITY|ELEMENT|ATTLIST)(?:{_QUOTED}|[^>\"'])*>",
    re.IGNORECASE)
_DECLARATION_START = re.compile(r"<!(?=DOCTYPE|ENTITY|ELEMENT|ATTLIST)", re.IGNORECASE)
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_AMOUNT = re.compile(rf"(\$\s*)?(\()?\s*\$?\s*(-)?({_NUMBER})\s*(\))?\s*%?")
_OPEN = re.compile(r"\$?\s*\(\s*\$?")
_CLOSE = re.compile(r"\)\s*%?")
_DASH = re.compile(r"\$?\s*(?:-{1,3}|\u2014{1,2}|\u2013{1,2}|-0-)")
_RULE = re.compile(r"[=_\-\u2014]+")
_FIGURE_START = frozenset("$%()-.\u2014\u2013")  # how _OPEN, _CLOSE, _DASH and _AMOUNT can begin, besides a digit
_BLOCKS = {"p", "div", "br", "tr", "table", "center", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "hr",
           "dt", "dd", "ul", "ol", "blockquote", "title", "caption"}
_CELL_TAGS = {"td", "th"}
_SEPARATING = _BLOCKS | _CELL_TAGS  # elements _text writes a newline or space for
_C1 = {code: bytes([code]).decode("cp1252", errors="ignore") for code in range(0x80, 0xA0)}  # '&#151;' -> em dash
_C1.update(dict.fromkeys([*range(9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF], " "))  # '&#27;': XML cannot hold it
_C1_CHAR = re.compile("[" + "".join(map(re.escape, map(chr, _C1))) + "]")  # searched for: cheaper than translate
_MAX_SPAN = 100
_TITLE_WINDOW = 60  # source lines above a table searched for its title
_TITLE_CHARS = 30_000  # and characters of markup, at most (a title is a few short lines)
_PROSE = 100  # a line this long above a table is prose, not a title
_LEAD_IN = 300  # characters of the prose's last sentence kept as a table's lead-in
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")  # not after 'U.S.' or 'Inc.' in capitals
_FEED_CHARS = 1 << 16  # markup handed to the parser at a time
# A footnote mark raised above the line ('inventories<sup>1</sup>', '<span style="top:-3pt">(2)</span>'): not text.
_FOOTNOTE_MARK = re.compile(r"\s*(?:\(?[0-9]{1,2}(?:\s*,\s*[0-9]{1,2})*\)?|\(?[a-z*\u2020\u2021]\)?)\s*")
_RAISED = re.compile(r"vertical-align:\s*super|\btop:\s*-", re.IGNORECASE)


def is_html(lines: list[str], document: Document) -> bool:
    """Whether a document is HTML: an <html> tag, or <table> with <tr>/<td> tags."""
    text = "\n".join(lines[document.first : document.last + 1])
    return bool(_HTML_TAG.search(text) or (_TABLE_TAG.search(text) and _ROW_TAG.search(text)))


def html_tables(filing: Filing, document: Document, offset: int, let_go: bool = False) -> Iterator[TextTable]:
    """Every <table> of an HTML document (nested ones included), as TextTables numbered from `offset`, one region
    of markup at a time, with the statements printed as fixed-width text in <pre> elements in their place.

    With `let_go` (iter_tables'), the document's lines are let go, left empty, once its markup is read from them."""
    first = _body_start(filing.lines, document)
    body = _defuse("\n".join(filing.lines[first : document.last + 1]))
    if let_go:
        filing.lines[first : document.last + 1] = [""] * (document.last + 1 - first)
    breaks = [match.start() for match in re.finditer("\n", body)]
    regions = _regions(body)
    preformatted = _preformatted_tables(filing, body, breaks, first, regions)
    tables = heapq.merge(_markup_tables(filing, body, breaks, first, regions), preformatted,
                         key=lambda table: table.first_line)
    for k, table in enumerate(tables):
        table.index = offset + k
        table.document_type = document.type
        yield table


def _markup_tables(filing: Filing, body: str, breaks: list[int], first: int, regions: list[tuple[int, int]]
                   ) -> Iterator[TextTable]:
    """The <table>s of the top-level <table> blocks, with the title lines above each block."""
    previous_end = 0
    for start, end in regions:
        body_line = bisect.bisect_left(breaks, start)  # 0-based line of the body the table starts on
        line = first + body_line + 1
        window = breaks[body_line - _TITLE_WINDOW - 1] + 1 if body_line > _TITLE_WINDOW else 0
        if start - window > _TITLE_CHARS:  # from a tag on, so that no piece of one reads as text
            window = max(body.find("<", start - _TITLE_CHARS, start), start - _TITLE_CHARS)
        titles, lead_in = _title_lines(body[max(previous_end, window) : start])
        for table in _region_tables(body, start, end, filing, line, titles):
            table.lead_in = lead_in
            yield table
        previous_end = end


def _preformatted_tables(filing: Filing, body: str, breaks: list[int], first: int, regions: list[tuple[int, int]]
                         ) -> list[TextTable]:
    """Statements printed as fixed-width text in <pre> elements (outside tables): each element's text, tags left
    out and entities read, on its own source lines, for the fixed-width reader; the lines outside the elements
    read as page breaks."""
    spans = _pre_spans(body, regions)
    if not spans:
        return []
    view = [_OUTSIDE_PRE] * len(filing.lines)
    for start, end in spans:
        line = first + bisect.bisect_left(breaks, start)
        for k, text in enumerate(body[start:end].split("\n")):
            view[line + k] = html.unescape(_ANY_TAG.sub("", text)).translate(_C1).replace("\xa0", " ")
    low = first + bisect.bisect_left(breaks, spans[0][0])
    high = first + bisect.bisect_left(breaks, spans[-1][1]) + 1
    return fixed_width_tables(view, low, high, 0)


def _pre_spans(body: str, regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of the text of the <pre> elements that are not inside a <table> (`regions`: the top-level
    <table> blocks)."""
    spans = []
    start = None
    for match in _PRE_TAG.finditer(body):
        if not match.group(1):
            start = match.end() if start is None else start
        elif start is not None:
            spans.append((start, match.start()))
            start = None
    if start is not None:
        spans.append((start, len(body)))
    starts = [low for low, _ in regions]  # top-level tables: in order, none inside another
    return [(start, end) for start, end in spans
            if (k := bisect.bisect_left(starts, start) - 1) < 0 or start >= regions[k][1]]


def _body_start(lines: list[str], document: Document) -> int:
    """The first line after the SGML <TEXT> tag, so that <TYPE> and <DESCRIPTION> values are not page text."""
    for index in range(document.first, min(document.last, document.first + 20) + 1):
        if _TEXT_TAG.match(lines[index]):
            return index + 1
    return document.first


def _defuse(text: str) -> str:
    """Blank DTD declarations (an entity can only be expanded where it is declared), keeping every newline.

    From an unterminated declaration on, every declaration is turned into text; so each character is scanned at
    most twice, whatever the input."""
    parts: list[str] = []
    position = 0
    while start := _DECLARATION_START.search(text, position):
        parts.append(text[position : start.start()])
        declaration = _DECLARATION.match(text, start.start())
        if declaration is None:
            parts.append(_DECLARATION_START.sub("&lt;!", text[start.start() :]))
            return "".join(parts)
        parts.append("\n" * declaration.group().count("\n"))
        position = declaration.end()
    parts.append(text[position:])
    return "".join(parts)


def _regions(body: str) -> list[tuple[int, int]]:
    """Character spans of the top-level <table> ... </table> blocks (an unclosed one runs to the end)."""
    regions = []
    depth, start = 0, 0
    for match in _TABLE_TAG.finditer(body):
        if not match.group(1):
            if depth == 0:
                start = match.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                regions.append((start, match.end()))
    if depth:
        regions.append((start, len(body)))
    return regions


def _document(markup: str) -> etree._Element:
    """The parsed markup: plain lxml elements (lxml.html's classes are looked up in Python for every element)."""
    parser = etree.HTMLParser(encoding="utf-8", no_network=True, huge_tree=False, remove_comments=True,
                              remove_pis=True, default_doctype=False, collect_ids=False)
    root = etree.fromstring(markup.encode("utf-8", errors="replace"), parser)
    if root is None:
        raise etree.ParserError("Document is empty")
    return root


def _region_tables(body: str, start: int, end: int, filing: Filing, line: int, titles: list[str]
                   ) -> list[TextTable]:
    """The tables of one top-level <table> block (`body[start:end]`, starting on file line `line`), in the order
    they start, read as the markup is parsed: each row of the top-level table is read when it ends and then let go,
    so that a table of any length is held as its rows' cells, never as a whole tree (a 12 MB table on one line)."""
    parser = etree.HTMLPullParser(events=("start", "end"), tag=("table", "tr"), encoding="utf-8", no_network=True,
                                  huge_tree=False, remove_comments=True, remove_pis=True, default_doctype=False,
                                  collect_ids=False)
    readers: list[_TableReader] = []  # the open tables, outermost first
    read: list[TextTable] = []
    try:
        for low in range(start, end, _FEED_CHARS):
            parser.feed(body[low : min(low + _FEED_CHARS, end)].encode("utf-8", errors="replace"))
            _read_events(parser, readers, read, line - 1, titles)
        parser.close()
        _read_events(parser, readers, read, line - 1, titles)
    except (etree.LxmlError, ValueError) as error:
        raise ConversionError(filing.source.path, "parse", f"unreadable HTML table: {error}", line) from None
    return sorted(read, key=lambda table: table.index)


def _read_events(parser: etree.HTMLPullParser, readers: list[_TableReader], read: list[TextTable],
                 line_offset: int, titles: list[str]) -> None:
    """Start a reader at each <table>, read each row as it ends and finish each table at its end tag; a finished
    table is added to `read`, numbered by where it starts among the block's tables."""
    for event, element in parser.read_events():
        if event == "start":
            if element.tag == "table":
                readers.append(_TableReader(element, line_offset, len(read) + len(readers), titles))
        elif element.tag == "tr":
            owner = _row_owner(element)
            reader = next((reader for reader in readers if reader.element is owner), None)
            if reader is None:
                continue
            for tr in element.iter("tr"):  # with the rows a malformed row holds, in document order
                if tr is element or _owner(tr) is owner:
                    reader.add(_read_row(tr, line_offset, reader.held))
            if reader is readers[0]:  # a top-level row: let go of it (a nested table's rows are its cell's text)
                reader.last_line = max(reader.last_line, _last_line(element))
                _let_go(element)
        elif readers:
            reader = readers.pop()
            reader.last_line = max(reader.last_line, _last_line(element))
            read.append(reader.finish())
            if not readers:
                _let_go(element)


def _last_line(element: etree._Element) -> int:
    """The source line of the last element inside `element` (or its own): the parser makes elements in the order
    of the markup, so this is the last line any of them starts on."""
    line = element.sourceline or 0
    while len(element):
        element = element[-1]
        line = max(line, element.sourceline or 0)
    return line


def _row_owner(tr: etree._Element) -> etree._Element | None:
    """The table a row belongs to, or None for a row inside another row (read with that row)."""
    for ancestor in tr.iterancestors():
        if ancestor.tag == "table":
            return ancestor
        if ancestor.tag == "tr":
            return None
    return None


def _let_go(element: etree._Element) -> None:
    """Empty an element that has been read, and drop the siblings read before it."""
    element.clear(keep_tail=False)
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


# -- text of elements, with source lines ----------------------------------------------------------------------------

def _text(element: etree._Element, line_offset: int) -> tuple[str, int | None]:
    """The text of an element in reading order (nested tables left out, block elements giving a newline and cells
    a space), and the file line its first non-blank piece starts on (None for blank text)."""
    if len(element) == 1 and element.tag in _CELL_TAGS:
        child = element[0]
        if isinstance(child.tag, str) and child.tag not in _SEPARATING and child.tag != "sup" and not len(child) \
                and not child.get("style"):
            return _plain_cell_text(element, child, line_offset)
    parts: list[str] = []
    cursor = element.sourceline or 1  # the source line the walk has reached
    first: int | None = None
    walk = etree.iterwalk(element, events=("start", "end"))
    for event, node in walk:
        tag = node.tag
        if event == "end":
            if tag in _SEPARATING:
                parts.append("\n" if tag in _BLOCKS else " ")
            text = node.tail if node is not element else None
        else:
            if (line := node.sourceline) is not None and line > cursor:
                cursor = line
            if tag == "table" and node is not element:
                walk.skip_subtree()  # its end still comes, with its tail
                continue
            if tag == "br":
                parts.append("\n")
            text = node.text
            if text and len(text) <= 8 and not len(node) and (tag == "sup" or _RAISED.search(node.get("style") or "")) \
                    and _FOOTNOTE_MARK.fullmatch(text):
                continue  # a footnote mark: the tail comes when the node ends
        if text:
            if first is None and not text.isspace():
                first = _starting_line(text, cursor) + line_offset
            cursor += text.count("\n")
            parts.append(text)
    return "".join(parts), first


def _plain_cell_text(td: etree._Element, child: etree._Element, line_offset: int) -> tuple[str, int | None]:
    """_text of the commonest cell: one inline element holding text only, no footnote mark (<td><font>Cash</font>
    </td>), its three pieces of text read without a walk."""
    pieces = (td.text, child.text, child.tail)
    cursor = td.sourceline or 1
    first = None
    for k, text in enumerate(pieces):
        if k == 1:
            cursor = max(cursor, child.sourceline or 0)
        if text and not text.isspace():
            first = _starting_line(text, cursor) + line_offset
            break
        if text:
            cursor += text.count("\n")
    return "".join(text for text in pieces if text) + " ", first


def _starting_line(text: str, line: int) -> int:
    """The line a text's first printed character is on, for a text starting on `line`."""
    return line + text.count("\n", 0, len(text) - len(text.lstrip()))


def _clean(text: str) -> str:
    if _C1_CHAR.search(text):
        text = text.translate(_C1)
    return " ".join(text.split())


def _title_lines(markup: str) -> tuple[list[str], str]:
    """The short lines of text just above a table (its title, company, scale), stopping at prose, and the last
    sentence of that prose (the lead-in: 'Accrued warranty activity consisted of the following:'), or ''."""
    if not markup.strip():
        return [], ""
    try:
        root = _document(markup)
    except (etree.LxmlError, ValueError):
        return [], ""
    text = _text(root, 0)[0]
    found: list[str] = []
    lead_in = ""
    for line in reversed([_clean(part) for part in text.split("\n")]):
        if not line:
            continue
        if len(found) >= TITLE_LINES:
            break
        if len(line) > _PROSE:
            lead_in = _last_sentence(line)
            break
        found.append(line)
    return list(reversed(found)), lead_in


def _last_sentence(prose: str) -> str:
    """The last sentence of a paragraph, at most _LEAD_IN characters (its end when longer)."""
    sentences = _SENTENCE_END.split(prose.strip())
    return sentences[-1][-_LEAD_IN:] if sentences else ""


# -- one table --------------------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _HtmlCell:
    start: int  # first grid column the cell spans
    end: int  # last grid column it spans
    text: str
    line: int
    indent: int
    style: str
    rule: bool = False  # an <hr> drawn in the cell


@dataclass(slots=True)
class _Amount:
    value: Decimal
    decimals: int
    dash: bool
    text: str
    line: int
    start: int
    end: int


@dataclass(slots=True)
class _HtmlRow:
    cells: list[_HtmlCell]
    label: str = ""
    line: int = 0
    indent: int = 0
    amounts: list[_Amount] = field(default_factory=list)
    stray: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(cell.text for cell in self.cells if cell.text)

    @property
    def is_rule(self) -> bool:
        filled = [cell.text.replace(" ", "") or "---" for cell in self.cells if cell.text or cell.rule]
        return bool(filled) and all(_RULE.fullmatch(text) for text in filled) and \
            any(len(text) >= 3 or "=" in text or "_" in text for text in filled)

    @property
    def is_years(self) -> bool:
        return bool(self.amounts) and all(YEAR.fullmatch(amount.text) for amount in self.amounts)

    def border(self, side: str) -> str | None:
        styles = [cell.style for cell in self.cells if f"border-{side}" in cell.style]
        return None if not styles else "=" if any("double" in style for style in styles) else "-"


class _TableReader:
    """One table read a row at a time: the rows above the first number are held as read (the column headings,
    placed once the columns are known), the rest as TableRows whose cells are placed in columns at the end, when
    the grid columns numbers end in are counted."""

    def __init__(self, element: etree._Element, line_offset: int, number: int, titles: list[str]):
        self.element = element
        self.line_offset = line_offset
        self.last_line = element.sourceline or 0  # the last source line of the markup read, before the offset
        self.table = TextTable(index=number, first_line=(element.sourceline or 1) + line_offset, last_line=0,
                               title_lines=titles, heading_lines=[], columns=[], rows=[])
        self.figures = False  # whether a row with figures has been read: the rows from it on are data rows
        self.captions: list[_HtmlRow] = []
        self.rows: list[TableRow] = []  # from the first row with figures on; cells by order until finish()
        self.held: dict[int, int] = {}  # grid column -> rows still taken by a cell of a row above ('rowspan')
        self.strays: dict[int, _HtmlRow] = {}  # data rows (by index in rows) with text in the number columns
        self.ends: Counter[int] = Counter()  # grid columns numbers end in
        self.data_rows = 0  # rows with numbers, from the first row with figures on
        self.rule_above: str | None = None
        self.pending: _HtmlRow | None = None  # a label-only row that may be the first part of the next row's label

    def add(self, row: _HtmlRow) -> None:
        if not self.figures and not _has_figures(row):
            self.captions.append(row)
            return
        self.figures = True
        self.ends.update(amount.end for amount in row.amounts)
        self.data_rows += bool(row.amounts)
        self._data_row(row)

    def _data_row(self, row: _HtmlRow) -> None:
        self.rule_above = row.border("top") or self.rule_above
        if row.is_rule:
            self.rule_above = "=" if "=" in row.text else "-"
            return
        pending = self.pending
        if not row.amounts:
            if pending is not None:
                self.rows.append(_heading(pending))
            self.pending = row if row.label else None
            self.rule_above = None if row.label else row.border("bottom") or self.rule_above
            return
        label, text = row.label, row.text
        if pending is not None and not pending.label.endswith(":") and row.label[:1].islower():
            label = f"{pending.label} {row.label}"
            text = f"{pending.text}\n{text}"
        elif pending is not None:
            self.rows.append(_heading(pending))
        self.pending = None
        if row.stray:
            self.strays[len(self.rows)] = row
        cells = Cells(Cell(amount.value, amount.decimals, amount.text, amount.line, k, amount.start, amount.end + 1,
                           amount.dash) for k, amount in enumerate(row.amounts))  # by order until finish()
        self.rows.append(TableRow(RowKind.DATA, label, row.line, row.indent, cells, self.rule_above, text))
        self.rule_above = row.border("bottom")

    def finish(self) -> TextTable:
        table = self.table
        table.last_line = max(self.last_line, 1) + self.line_offset
        if not self.figures:
            table.heading_lines = [row.text for row in self.captions if row.text]
            table.issues.append(TableIssue(table.first_line, "no numeric columns found"))
            return table
        if self.pending is not None:
            self.rows.append(_heading(self.pending))
        keys = _column_keys(self.ends, self.data_rows)
        table.columns = [TableColumn(index=k, left=key, right=key) for k, key in enumerate(keys)]
        table.rows = _caption_rows(self.captions, table, keys)
        for k, row in enumerate(self.rows):
            if row.kind is RowKind.DATA:
                row.cells = _cells(row.cells.values(), keys, table.issues)
            if k in self.strays:
                table.issues.extend(TableIssue(row.line, f"text in the number columns could not be read: {stray!r}")
                                    for stray in self.strays[k].stray)
        table.rows.extend(self.rows)
        _join_split_columns(table)
        return table


def _join_split_columns(table: TextTable) -> None:
    """One heading's column whose numbers end in two grid columns (money in one, share counts with a decimal in
    the next: '15,974' over '2,350.1' under '2025'): two neighbouring columns with the same heading that no row
    fills both of are one."""
    k = 0
    while k + 1 < len(table.columns):
        left, right = table.columns[k], table.columns[k + 1]
        if not left.heading or left.heading != right.heading or \
                any(k in row.cells and k + 1 in row.cells for row in table.rows):
            k += 1
            continue
        left.right = right.right
        del table.columns[k + 1]
        for column in table.columns[k + 1:]:
            column.index -= 1
        for row in table.rows:
            row.cells = Cells(cell._replace(column=k if index == k + 1 else index if index <= k else index - 1)
                              for index, cell in row.cells.items())


def _owner(tr: etree._Element) -> etree._Element | None:
    return next(tr.iterancestors("table"), None)


def _read_row(tr: etree._Element, line_offset: int, held: dict[int, int]) -> _HtmlRow:
    """One row's cells on the grid; the grid columns a cell of a row above still takes (`held`, by its
    'rowspan') are skipped, so that 'Fiscal 2024' under a label cell two rows high stays over its column."""
    taken = set(held)
    for column in list(held):
        held[column] -= 1
        if not held[column]:
            del held[column]
    cells = []
    grid = 0
    for td in tr.iterchildren("td", "th"):
        while grid in taken:
            grid += 1
        colspan, rowspan, style = td.get("colspan"), td.get("rowspan"), td.get("style")
        span = _span(colspan) if colspan else 1
        if rowspan and (rows := _span(rowspan)) > 1:
            held.update(dict.fromkeys(range(grid, grid + span), rows - 1))
        style = style.lower() if style else ""
        if len(td):
            raw, first = _text(td, line_offset)
            text = _clean(raw)
            line = first if first is not None else (td.sourceline or 1) + line_offset
        else:  # text only (a spacer, a number): the one piece _text would read, without its walk
            raw = td.text or ""
            text = _clean(raw)
            if not text and not style:
                grid += span  # an empty spacer cell: only the columns it takes count
                continue
            line = (_starting_line(raw, td.sourceline or 1) if raw.strip() else td.sourceline or 1) + line_offset
        indent = raw[: len(raw) - len(raw.lstrip())].count("\xa0") if raw[:1].isspace() else 0
        rule = not text and len(td) > 0 and next(td.iter("hr"), None) is not None
        cells.append(_HtmlCell(grid, grid + span - 1, text, line, indent, style, rule))
        grid += span
    row = _HtmlRow(cells, line=(tr.sourceline or 1) + line_offset)
    _read_amounts(row)
    return row


def _span(value: str) -> int:
    try:
        return min(max(int(value), 1), _MAX_SPAN)
    except ValueError:
        return 1


def _read_amounts(row: _HtmlRow) -> None:
    """Label (the text before the first number) and amounts, joining '$', '(' and ')' printed in cells of their own."""
    label: list[_HtmlCell] = []
    opened = False
    for cell in row.cells:
        text = cell.text
        if not text:
            continue
        if cell.start == 0 or (not row.amounts and not _is_figure(text)):
            if not row.amounts:
                label.append(cell)
            else:
                row.stray.append(text)
            continue
        if text in ("$", "%"):
            continue
        if _OPEN.fullmatch(text):
            opened = True
        elif _CLOSE.fullmatch(text):
            if row.amounts and not row.amounts[-1].dash:
                last = row.amounts[-1]
                last.value, last.text = -abs(last.value), f"{last.text})"
        elif _DASH.fullmatch(text):
            row.amounts.append(_Amount(Decimal(0), 0, True, text, cell.line, cell.start, cell.end))
        elif amount := _amount(text, cell, opened):
            row.amounts.append(amount)
            opened = False
        else:
            row.stray.append(text)
    if label:
        row.label = " ".join(cell.text for cell in label).rstrip(" .")
        row.line = label[0].line
        row.indent = label[0].indent
    elif row.amounts:
        row.line = row.amounts[0].line


def _is_figure(text: str) -> bool:
    """Whether a cell's (cleaned, non-empty) text is an amount, a dash, or a '$', '%', '(' or ')' of its own."""
    if text[0] not in _FIGURE_START and not text[0].isdecimal():
        return False  # a word: the patterns below all begin with one of these characters (or a digit: \d)
    return text in ("$", "%") or bool(_OPEN.fullmatch(text) or _CLOSE.fullmatch(text) or _DASH.fullmatch(text)) or \
        (len(text) <= MAX_CELL_CHARS and bool(_AMOUNT.fullmatch(text)))


def _amount(text: str, cell: _HtmlCell, opened: bool) -> _Amount | None:
    match = _AMOUNT.fullmatch(text) if len(text) <= MAX_CELL_CHARS else None
    if match is None:
        return None
    digits = match.group(4)
    value = Decimal(digits.replace(",", ""))
    if opened or match.group(2) or match.group(3) or match.group(5):
        value = -value
    printed = f"({text}" if opened else text
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return _Amount(value, decimals, False, printed, cell.line, cell.start, cell.end)


def _has_figures(row: _HtmlRow) -> bool:
    return any(not amount.dash for amount in row.amounts) and not row.is_years


def _column_keys(ends: Counter[int], data_rows: int) -> list[int]:
    """The grid columns numbers end in: one statement column each, leaving out rare ones (footnote marks)."""
    kept = [key for key, count in ends.items() if count >= max(2, data_rows // 10)]
    return sorted(kept or ends)


def _nearest(position: int, keys: list[int]) -> int:
    """The column whose key is closest to a grid position; on a tie, the one to the right ('$' cells sit left)."""
    return min(range(len(keys)), key=lambda k: (abs(keys[k] - position), keys[k] < position))


def _caption_rows(rows: list[_HtmlRow], table: TextTable, keys: list[int]) -> list[TableRow]:
    """Rows above the first number: column headings and table-wide lines; label-only rows below the column
    headings are row headings ('ASSETS', 'Current assets:')."""
    over_columns = [k for k, row in enumerate(rows) if any(cell.text and cell.start > 0 for cell in row.cells)]
    last_heading = over_columns[-1] if over_columns else -1
    parts: dict[int, list[str]] = {k: [] for k in range(len(keys))}
    headings: list[TableRow] = []
    for k, row in enumerate(rows):
        if not row.text or row.is_rule:
            continue
        if k > last_heading:
            headings.append(TableRow(RowKind.HEADING, row.text.rstrip(":").strip(), row.line, row.indent,
                                     text=row.text))
            continue
        table.heading_lines.append("   ".join(cell.text for cell in row.cells if cell.text))
        for cell in row.cells:
            if not cell.text or cell.start == 0 or _RULE.fullmatch(cell.text.replace(" ", "")) or \
                    cell.start > keys[-1]:
                continue  # right of every column of numbers: the heading of a column of words ('Useful Life')
            inside = [c for c, key in enumerate(keys) if cell.start <= key <= cell.end]
            for column in inside or [_nearest(cell.end, keys)]:
                parts[column].append(cell.text)
    for table_column in table.columns:
        table_column.heading = " ".join(parts[table_column.index])
    return headings


def _heading(row: _HtmlRow) -> TableRow:
    return TableRow(RowKind.HEADING, row.label.rstrip(":").strip(), row.line, row.indent, text=row.text)


def _cells(found: Iterable[Cell], keys: list[int], issues: list[TableIssue]) -> Cells:
    """A row's cells, in the order printed, placed in the column whose key is nearest where each ends."""
    cells: dict[int, Cell] = {}
    for cell in found:
        end = cell.end - 1
        column = _nearest(end, keys)
        if column in cells:
            if column + 1 < len(keys) and column + 1 not in cells and end > keys[column]:
                column += 1
            else:
                issues.append(TableIssue(cell.line, f"two numbers in one column: {cell.text!r} left out"))
                continue
        cells[column] = cell._replace(column=column)
    return Cells(cells.values())
