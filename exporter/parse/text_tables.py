"""Layout parser for <TABLE> blocks of EDGAR text filings.

Cells are placed in columns by where they end on the line (against the <S>/<C> marks, or against the
right edges of all numbers in the table when there are no marks), never by their order, so that blank
cells stay blank. Labels wrapped over lines, section headings, rule lines and check lines are told apart.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from statistics import median
from typing import overload

from .model import (
    MAX_CELL_CHARS,
    MAX_LINE_CHARS,
    TITLE_LINES,
    YEAR,
    Cell,
    Cells,
    RowKind,
    TableColumn,
    TableIssue,
    TableRow,
    TextTable,
)

_TAG_LINE = re.compile(r"^\s*</?(PAGE|S|C|CAPTION|FN|F\d+)>", re.IGNORECASE)
_MARK = re.compile(r"<([SC])>", re.IGNORECASE)
_CAPTION_TAG = re.compile(r"^\s*<CAPTION>", re.IGNORECASE)
_NUMBER = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+"
_ONE_CELL = re.compile(rf"(\()?\$?\s*({_NUMBER})(\))?%?")
_CELL = re.compile(rf"\(?\$?(?:{_NUMBER})\)?%?")  # one amount as printed; a chunk may run several together
_DASHES = {"-", "--", "---", "\u2014", "\u2013", "\u2014\u2014"}
_CELL_START = frozenset("($-.0123456789\u2014\u2013")  # how a number or a dash (after any '$') can begin
_RULE = re.compile(r"^[\s=_-]+$")
_RULE_CHUNK = re.compile(r"^[=_-]{4,}$")
_PHRASE = re.compile(r"\S+(?: \S+)*")
_CONNECTOR_END = re.compile(r"(?:[-,;&(/]|\band|\bor|\bof|\bfor|\bto|\bfrom|\bless|\bnet|\bthe)\s*$", re.IGNORECASE)
_CONNECTOR_CHARS = 8  # longer than any connector: a match is one that ends the label, save for spaces
_SPAN_PHRASE = re.compile(r"\b(?:ended|ending|months|weeks|quarter)\b", re.IGNORECASE)  # heads a column group
_ABOVE_SLACK = 4  # how far left of the first column's numbers a column heading above a table may begin
_FOOTNOTE_MARK = re.compile(r"\(\d\)")  # a footnote mark
_LEADER_START = re.compile(r"\s*(?:\.\.|\$)")  # where dot leaders or a dangling '$' before the cells begin




_Caption = tuple[int, list[re.Match[str]]]  # a caption-area line's index and its phrases
_Amount = tuple[Decimal, int, bool]  # value, decimals, is-dash
_Token = tuple[int, int, str, _Amount | None]  # start, end, text and, for a cell, its amount (a tuple: made 4x faster)


def parse_table(lines: Sequence[str], open_index: int, close_index: int, number: int = 0,
                bounds: list[int] | None = None, title_lines: list[str] | None = None) -> TextTable:
    """Parse the table whose <TABLE> tag is at lines[open_index] and </TABLE> at lines[close_index].

    `bounds`, the column starts when the caller knows them (from underlines), stand in for missing <C> marks;
    `title_lines`, when the caller knows the title, stand for the lines above the table. A line longer than
    MAX_LINE_CHARS (a damaged filing's megabyte line) is read up to there, with an issue: its words would otherwise
    be held as one token each, and its text copied into every fact of the line."""
    body = range(open_index + 1, close_index)
    long = {i: len(lines[i]) for i in body if len(lines[i]) > MAX_LINE_CHARS}
    if long:
        lines = _CutLines(lines, {i: lines[i][:MAX_LINE_CHARS] for i in long})
    marks_at = next((i for i in body if _has_marks(lines[i])), None)
    if marks_at is None:
        heading_idx, row_idx = [], list(body)
    else:
        heading_idx, row_idx = list(range(open_index + 1, marks_at)), list(range(marks_at + 1, close_index))
    tokens = {i: _tokens(lines[i]) for i in row_idx}
    if marks_at is not None and len(marks := _marks(lines[marks_at])) >= 2:
        bounds = marks[1:]
    else:
        bounds = bounds or _bounds_from_numbers(tokens)
        if marks_at is None:
            first_data = _first_data_line(tokens, bounds, row_idx)
            heading_idx = [i for i in body if i < first_data]
            row_idx = [i for i in row_idx if i >= first_data]  # not 'not in heading_idx': quadratic
    above = [] if title_lines is not None else _title_indexes(lines, open_index)
    table = TextTable(
        index=number,
        first_line=open_index + 1,
        last_line=close_index + 1,
        title_lines=title_lines if title_lines is not None else [lines[i].strip() for i in above],
        heading_lines=[lines[i] for i in heading_idx if not _TAG_LINE.match(lines[i])],
        columns=[],
        rows=[],
        issues=[TableIssue(i + 1, f"a line of {size:,} characters: read up to character {MAX_LINE_CHARS:,}")
                for i, size in long.items()],
    )
    if not bounds:
        table.issues.append(TableIssue(open_index + 1, "no numeric columns found"))
        return table
    table.columns = [
        TableColumn(index=k, left=bounds[k], right=(bounds[k + 1] - 1 if k + 1 < len(bounds) else 10_000))
        for k in range(len(bounds))
    ]
    captions = _caption_phrases(lines, heading_idx)
    table.rows = _caption_rows(lines, captions, bounds[0]) + _rows(lines, row_idx, tokens, bounds, table.issues)
    _mark_check_row(table.rows)
    extents = _column_extents(table)
    if above:
        columns_start = min(left for left, _ in extents.values()) - _ABOVE_SLACK
        table.title_lines, captions_above, headings_above = _headings_above(lines, above, columns_start)
        captions = captions_above + captions
        table.heading_lines = headings_above + table.heading_lines
    _assign_headings(table, captions, extents)
    return table


def part_starts(lines: Sequence[str], open_index: int, close_index: int) -> list[int]:
    """Where a <TABLE> block holds more tables than one: the index of each <CAPTION> after the block's first <S>/<C>
    marks line whose own marks line sets out another number of columns (a block that prints a statement of
    operations, then under a second caption a statement of shareholders' equity). Empty for a block of one table."""
    first = None  # the number of marks of the block's first marks line
    caption = None  # a <CAPTION> after the first marks line, until its marks line
    starts = []
    for i in range(open_index + 1, close_index):
        line = lines[i]
        if "<" not in line:
            continue
        if _has_marks(line):
            count = len(_marks(line))
            if first is None:
                first = count
            elif caption is not None and count != first:
                starts.append(caption)
                first = count
            caption = None
        elif first is not None and _CAPTION_TAG.match(line):
            caption = i
    return starts


class _CutLines(Sequence[str]):
    """A filing's lines with some of them cut short (by index), the others not copied."""

    def __init__(self, lines: Sequence[str], cut: dict[int, str]) -> None:
        self.lines, self.cut = lines, cut

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(len(self)))]
        return self.cut.get(index) or self.lines[index]

    def __len__(self) -> int:
        return len(self.lines)


def _has_marks(line: str) -> bool:
    upper = line.upper() if "<" in line else ""
    return "<S>" in upper or "<C>" in upper


def _marks(line: str) -> list[int]:
    return [m.start() for m in _MARK.finditer(line)]


def _tokens(line: str) -> list[_Token]:
    """Whitespace-separated chunks of a line; numbers (and dashes) carry their parsed value."""
    split = line.split()  # str.split and find: twice as fast as a regex scan, the same whitespace
    if not split:
        return []
    lead = split[0][0]  # a tag or rule line begins with '<' or a rule character: most lines are spared the regexes
    if lead == "<" and _TAG_LINE.match(line) or lead in "=_-" and _RULE.match(line):
        return []
    tokens: list[_Token] = []
    end = 0
    chunks = iter(split)
    for text in chunks:
        start = line.find(text, end)  # only whitespace lies between the previous chunk and this one
        end = start + len(text)
        if text == "$" and (following := next(chunks, None)) is not None:  # a lone '$' joins the next chunk
            text = following
            end = line.find(text, end) + len(text)
        if text[0] in _CELL_START and (cells := _cells_in(text)) is not None:
            for left, right, printed, amount in cells:
                tokens.append((end + left, end + right, printed, amount))
        else:
            tokens.append((start, end, text, None))  # a word: the common case, without a call
    return tokens


@lru_cache(maxsize=8192)
def _cells_in(text: str) -> tuple[_Token, ...] | None:
    """The numbers (or the dash) of a chunk that begins like one: where each starts and ends, counted back from the
    chunk's end, its text and its value, decimals and is-dash; None when the chunk is a word or not a run of numbers.
    Amounts repeat, so each chunk is parsed once."""
    bare = text.lstrip("$")
    if bare and bare[0] not in _CELL_START:
        return None  # a word after a '$'
    if bare in _DASHES:
        return ((-len(bare), 0, text, (Decimal(0), 0, True)),)
    if len(bare) > MAX_CELL_CHARS or not _is_cells(bare):
        return None
    cells = []
    for match in _ONE_CELL.finditer(bare):
        opened, number, closed = match.group(1), match.group(2), match.group(3)
        value = Decimal(number.replace(",", ""))
        if opened:
            value = -abs(value)
        decimals = len(number.split(".")[1]) if "." in number else 0
        if closed and not opened:
            return None  # '$65,223)': the tail of a parenthesised phrase, not a cell
        cells.append((match.start() - len(bare), match.end() - len(bare), match.group(), (value, decimals, False)))
    return tuple(cells)


def _is_cells(bare: str) -> bool:
    """Whether a chunk is one amount or several written together. A regex repeating the amount would try every
    way to cut a run of digits into amounts (a damaged line's 40 nines took hours): here each place a cut can
    fall is tried once."""
    if _CELL.fullmatch(bare):
        return True
    reached = {0}  # where the amounts read so far can end
    for start in range(len(bare)):
        if start in reached:
            reached.update(end for end in range(start + 1, len(bare) + 1) if _CELL.fullmatch(bare, start, end))
    return bool(bare) and len(bare) in reached


def _bounds_from_numbers(tokens: dict[int, list[_Token]]) -> list[int]:
    """Column starts found from the right edges of numbers when a table has no <C> marks."""
    edges: list[tuple[int, int]] = []
    for line_tokens in tokens.values():
        if _is_year_heading(line_tokens):
            continue
        words = [start for start, _, _, amount in line_tokens if amount is None]
        for start, end, _, amount in line_tokens:
            if amount is None or words and start < words[0]:
                continue
            edges.append((end, start))
    if not edges:
        return []
    edges.sort()
    clusters: list[list[tuple[int, int]]] = [[edges[0]]]
    for edge in edges[1:]:
        if edge[0] - clusters[-1][-1][0] <= 2:
            clusters[-1].append(edge)
        else:
            clusters.append([edge])
    data_lines = sum(1 for line_tokens in tokens.values() if any(amount for _, _, _, amount in line_tokens))
    keep = [c for c in clusters if len(c) >= max(2, data_lines // 10)] or clusters
    starts = []
    previous_end = 0
    for cluster in keep:
        left = min(start for _, start in cluster)
        starts.append(max(left, previous_end))
        previous_end = max(end for end, _ in cluster)
    return starts


def _first_data_line(tokens: dict[int, list[_Token]], bounds: list[int], candidates: list[int]) -> int:
    for i in candidates:
        if bounds and not _is_year_heading(tokens[i]) and any(
                amount and not amount[2] and end - 1 >= bounds[0] for _, end, _, amount in tokens[i]):
            return i
    return candidates[-1] + 1 if candidates else 0


def _is_year_heading(line_tokens: list[_Token]) -> bool:
    """A line of column years ('1998   1997'), possibly under words such as 'December 31,', a year perhaps with a
    footnote mark printed against it ('1999(1)')."""
    numbers = [(start, end, text) for start, end, text, amount in line_tokens if amount is not None]
    return bool(numbers) and all(
        YEAR.fullmatch(text) or k and start == numbers[k - 1][1] and _FOOTNOTE_MARK.fullmatch(text)
        for k, (start, _, text) in enumerate(numbers))


def _title_indexes(lines: Sequence[str], open_index: int) -> list[int]:
    """Non-blank lines just above a table (its title and period), stopping at a tag, prose or a wide gap."""
    found: list[int] = []
    blanks = 0
    for i in range(open_index - 1, max(-1, open_index - 20), -1):
        text = lines[i].strip()
        if not text:
            blanks += 1
            if blanks >= 3 and found:
                break
            continue
        if _RULE.match(text):
            continue  # a rule under a title or its period
        phrase = max(len(words) for words in _PHRASE.findall(text))  # prose runs on; a title leaves wide gaps
        if text.startswith("<") or phrase > 90 or (len(lines[i]) - len(lines[i].lstrip()) < 2 and phrase > 60):
            break
        blanks = 0
        found.append(i)
        if len(found) >= TITLE_LINES:
            break
    return list(reversed(found))


def _headings_above(lines: Sequence[str], above: list[int], columns_start: int
                    ) -> tuple[list[str], list[_Caption], list[str]]:
    """The lines above a table read as its heading block: a line with phrases wholly over the columns beside a
    title or beside each other ('Balance Sheets      Sept. 27,  Dec. 28', '(in millions)   1997   1996') gives
    them to the columns as captions and keeps the rest as a title line; underlines are left out; other lines are
    title lines.
    Returns the title lines, the captions and the text over the columns (as heading lines)."""
    titles: list[str] = []
    captions: list[_Caption] = []
    headings: list[str] = []
    for i in above:
        phrases = list(_PHRASE.finditer(lines[i]))
        over = [phrase for phrase in phrases if phrase.start() >= columns_start]
        left = " ".join(phrase.group() for phrase in phrases if phrase.start() < columns_start)
        if _RULE.match(lines[i]):
            continue  # an underline
        if not over or len(over) == 1 and not left:
            titles.append(lines[i].strip())
            continue
        if left:
            titles.append(left)
        captions.append((i, over))
        headings.append(" ".join(phrase.group() for phrase in over if not _RULE_CHUNK.match(phrase.group())))
    return titles, captions, [heading for heading in headings if heading]




def _caption_phrases(lines: Sequence[str], heading_idx: list[int]) -> list[_Caption]:
    """Each caption-area line that is neither a tag nor a rule, with its phrases (words one space apart)."""
    return [(i, list(_PHRASE.finditer(lines[i]))) for i in heading_idx
            if not _TAG_LINE.match(lines[i]) and not _RULE.match(lines[i])]


def _caption_rows(lines: Sequence[str], captions: list[_Caption], label_end: int) -> list[TableRow]:
    """Caption-area lines printed only in the label area are row headings ('Current Assets:')."""
    rows = []
    for i, phrases in captions:
        if len(phrases) == 1 and phrases[0].end() <= label_end:
            text = phrases[0].group()
            if text.endswith(":"):
                rows.append(TableRow(RowKind.HEADING, text.rstrip(":").strip(), i + 1, phrases[0].start(),
                                     text=lines[i].rstrip()))
    return rows


def _rows(
    lines: Sequence[str], row_idx: list[int], tokens: dict[int, list[_Token]], bounds: list[int],
    issues: list[TableIssue],
) -> list[TableRow]:
    rows: list[TableRow] = []
    pending: list[tuple[int, str, int]] = []  # (line index, text, indent) of label-only lines
    previous_kind = "blank"  # what the line before was: blank, rule, data, text
    rule_above: str | None = None

    def flush_pending() -> None:
        for i, text, indent in pending:
            rows.append(TableRow(RowKind.HEADING, text.rstrip(":").strip(), i + 1, indent, text=lines[i].rstrip()))
        pending.clear()

    for i in row_idx:
        line = lines[i]
        if not tokens[i]:  # only a blank, tag or rule line has no tokens
            if not line.strip():
                previous_kind = "blank"
                continue
            if "<" in line and _TAG_LINE.match(line):
                continue
            if _RULE.match(line):
                rule_above = "=" if "=" in line else "-"
                previous_kind = "rule"
                continue
        label, cells, stray = _split_row(line, i + 1, tokens[i], bounds)
        for text in stray:
            issues.append(TableIssue(i + 1, f"text in the number columns could not be read: {text!r}"))
        indent = len(line) - len(line.lstrip())
        if not cells:
            if _joins_previous(rows, previous_kind, label):
                rows[-1].label = f"{rows[-1].label} {label}".strip()
                rows[-1].text += "\n" + line.rstrip()
            else:
                pending.append((i, label, indent))
            previous_kind = "text"
            continue
        text = line.rstrip()
        if pending and previous_kind == "text" and _continues(pending[-1][1], label):
            first, head, indent = pending.pop()
            label = f"{head} {label}".strip()
            text = lines[first].rstrip() + "\n" + text
        flush_pending()
        rows.append(TableRow(RowKind.DATA, label, i + 1, indent, cells, rule_above, text))
        rule_above = None
        previous_kind = "data"
    flush_pending()
    return rows


def _split_row(
    line: str, number: int, tokens: list[_Token], bounds: list[int]
) -> tuple[str, Cells, list[str]]:
    """The label (all text before the first cell) and the cells of one line, by column position."""
    first = _first_cell(tokens, bounds[0])
    if first is None:
        return " ".join(line.split()), Cells(), []
    label = _strip_leader(" ".join(line[: tokens[first][0]].split()))
    cells: dict[int, Cell] = {}
    stray: list[str] = []
    for start, end, text, amount in tokens[first:]:  # tokens are in line order
        if amount is None:
            if text not in ("$", "%"):
                stray.append(text)
            continue
        column = bisect_right(bounds, end - 1) - 1  # bounds rise from left to right
        if column < 0:
            continue
        if column in cells:
            free = column + 1
            if free < len(bounds) and free not in cells:
                column = free
            else:
                stray.append(text)
                continue
        value, decimals, dash = amount
        cells[column] = Cell(value, decimals, text, number, column, start, end, dash)
    return label, Cells(cells.values()), stray


def _first_cell(tokens: list[_Token], label_end: int) -> int | None:
    """The index of the first token that is a cell ending past the label area (a loop: faster than next())."""
    for k, (_, end, _, amount) in enumerate(tokens):
        if amount and end > label_end:
            return k
    return None


def _strip_leader(label: str) -> str:
    """The label without its trailing dot leaders and '$' (linear: a nested regex backtracked for minutes)."""
    stem = label.rstrip(" .$")
    tail = label[len(stem) :]
    found = _LEADER_START.search(tail)
    return stem + tail[: found.start()] if found else label


def _joins_previous(rows: list[TableRow], previous_kind: str, text: str) -> bool:
    """A label-only line right below a data row continues its label when that label is left open."""
    if previous_kind != "data" or not rows or rows[-1].kind is not RowKind.DATA:
        return False
    head = rows[-1].label
    return head.count("(") > head.count(")") or (text[:1].islower() and bool(head))


def _continues(head: str, label: str) -> bool:
    """Whether a label-only line is the first part of the label on the next line."""
    if head.endswith(":"):
        return False
    connector = _CONNECTOR_END.search(head, max(0, len(head.rstrip()) - _CONNECTOR_CHARS))  # \b sees the whole head
    return bool(connector) or head.count("(") > head.count(")") or label[:1].islower() \
        or label[:1].isdigit()


def _mark_check_row(rows: list[TableRow]) -> None:
    """The unlabelled all-zero line after the last total (a footing check) is not a line item."""
    data = [row for row in rows if row.kind is RowKind.DATA]
    if not data:
        return
    last = data[-1]
    if not last.label and last.rule_above == "=" and all(cell.value == 0 for cell in last.cells.values()):
        last.kind = RowKind.CHECK


def _assign_headings(table: TextTable, captions: list[_Caption], extents: dict[int, tuple[int, int]]) -> None:
    """Column headings: each caption phrase goes to the column(s) it sits over (their `extents`); a period phrase
    ('Three Months Ended') heads every column below it up to halfway to the next phrase of its line."""
    label_end = table.columns[0].left
    parts: dict[int, list[str]] = {column.index: [] for column in table.columns}
    for _, phrases in captions:
        over = [phrase for phrase in phrases if phrase.end() > label_end and not _RULE_CHUNK.match(phrase.group())]
        for k, phrase in enumerate(over):
            columns = _columns_under(*phrase.span(), extents)
            if _SPAN_PHRASE.search(text := phrase.group()):
                low = (over[k - 1].end() + phrase.start()) / 2 if k else label_end
                high = (phrase.end() + over[k + 1].start()) / 2 if k + 1 < len(over) else math.inf
                columns = sorted(set(columns).union(
                    column for column, (left, right) in extents.items() if low <= (left + right) / 2 < high))
            for column in columns:
                parts[column].append(text)
    for table_column in table.columns:
        table_column.heading = " ".join(parts[table_column.index])


def _column_extents(table: TextTable) -> dict[int, tuple[int, int]]:
    """Where each column's numbers sit: the median start (robust to cells run together) to the widest end."""
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, list[int]] = defaultdict(list)
    for row in table.rows:
        for column, cell in row.cells.items():
            starts[column].append(cell.start)
            ends[column].append(cell.end)
    extents = {column: (int(median(values)), max(ends[column])) for column, values in starts.items()}
    for table_column in table.columns:
        extents.setdefault(table_column.index, (table_column.left, min(table_column.right, table_column.left + 12)))
    return extents


def _columns_under(start: int, end: int, extents: dict[int, tuple[int, int]]) -> list[int]:
    overlaps: dict[int, int] = {}
    spanned: list[int] = []  # the columns the phrase covers most of
    for k, (low, high) in extents.items():
        overlaps[k] = overlap = min(end, high) - max(start, low)
        if overlap > 0 and overlap >= 0.6 * (high - low):
            spanned.append(k)
    if len(spanned) >= 2:
        return spanned
    best = max(overlaps, key=overlaps.__getitem__)
    if overlaps[best] > 0:
        return [best]
    center = (start + end) / 2
    return [min(extents, key=lambda k: abs((extents[k][0] + extents[k][1]) / 2 - center))]
