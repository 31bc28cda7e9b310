"""Financial statements printed as fixed-width text without <TABLE> tags (text filings of about 1994-2000, and
<PRE> text in HTML documents), read into the same TextTable model as tagged tables.

A statement block runs from its title lines (a line naming a statement, with the company name, 'CONSOLIDATED',
'(Unaudited)' or the scale on the lines around it) to the next statement title, tag (<PAGE>), page number or prose
line. Its lines are laid out by the text-table parser, with the columns where the underlines ('-------') or the
column years and most numbers end (else, as for a table without <S>/<C> marks, where all numbers end). A statement
continued over a <PAGE> under the same title (or '(continued)') joins the block before it. Only blocks with enough
rows of numbers, one of them a total or net line, become tables.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from .model import TITLE_LINES, RowKind, TextTable
from .text_tables import parse_table

# A word every title holds: lowered text without one is not searched line by line
_TITLE_WORDS = re.compile(r"balance|statements?\s+of|income\s+statement|continued")
_QUALIFIER = r"(?:consolidated|condensed|combined|unaudited|interim|pro\s+forma|summary|summarized|comparative)"
_STATEMENT = (r"(?:balance\s+sheets?|income\s+statements?|"
              r"statements?\s+of\s+(?:consolidated\s+)?(?:income|operations|earnings|loss|revenues?\s+and\s+expenses|"
              r"cash\s+flows?|financial\s+(?:position|condition)|condition|changes\s+in\s+financial\s+position|"
              r"(?:changes\s+in\s+)?(?:stockholders|shareholders)'?\s+(?:equity|investment|deficit)|"
              r"comprehensive\s+(?:income|loss)))\b"
              r"(?!\s+(?:data|information|supplemental|disclosures?|highlights|items|date)\b)")  # a note's title
_STATEMENT_NAME = re.compile(rf"(?:{_QUALIFIER}[\s,]+)*{_STATEMENT}")
_TITLE = re.compile(rf"{_STATEMENT_NAME.pattern}|\(?continued\)?$")
_CONTINUED = re.compile(r"\(?continued\)?", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"(?:page\s+)?-?\s*[0-9ivx]{1,4}\s*-?", re.IGNORECASE)
_TOTAL_OR_NET = re.compile(r"\b(?:total|net)\b", re.IGNORECASE)
_GAP = "   "  # a run of spaces that splits a line into phrases: a title line has none
_MAX_TITLE_CHARS = 90
_PROSE_CHARS = 60  # a line of running text this long, in as many words, ends a block
_PROSE_WORDS = 8
_MAX_BLOCK_LINES = 200  # a statement page is shorter: a block runs no further without a tag, title or prose
_FIRST_DATA_WITHIN = 40  # a title whose first row of numbers lies further down titles no statement
_MIN_DATA_ROWS = 4
_AMOUNT_ENDS = frozenset("0123456789)-%")
_APART = 3  # blank or rule lines between a title and its parenthesised scale line below
_PAGE_FOOT = 8  # lines from a page number to the page break below it
_CONTINUATION_GAP = 40  # lines from a block's end to its continuation's title, over a <PAGE>
_RULE_RUN = re.compile(r"[-=_]{3,}")
_NUMBER_END = re.compile(r"[\d)](?= |$)")  # the last character of an amount
_CHUNK = re.compile(r"\S+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_MARGIN = 6  # how far left of a column's year its widest numbers begin
_ALIGNED = 0.8  # the share of amounts that must end under the underlines (or years) for them to place the columns


@dataclass
class _Block:
    """A statement's lines: title lines [title_start, body_start), body [body_start, end); 0-based indexes."""

    title_start: int
    body_start: int
    end: int


def fixed_width_tables(lines: list[str], first: int, last: int, number: int) -> list[TextTable]:
    """The statements printed as fixed-width text in lines[first:last], numbered from `number`."""
    blocks = _blocks(lines, first, last)
    tables: list[TextTable] = []
    previous: _Block | None = None
    for block in blocks:
        table = _read_block(lines, block)
        if table is None:
            previous = None
            continue
        if previous is not None and tables and _continues(lines, previous, block, tables[-1], table):
            _join(tables[-1], table)
        elif _statement_names(table.title_lines):
            tables.append(table)
        else:  # '(continued)' over no statement: a note's page
            previous = None
            continue
        previous = block
    for k, table in enumerate(tables):
        table.index = number + k
    return tables


def _blocks(lines: list[str], first: int, last: int) -> list[_Block]:
    """Each title's block, in order; a title inside the previous title's lines is part of that title."""
    titles = _statement_titles(lines, first, last)
    blocks: list[_Block] = []
    for k, index in enumerate(titles):
        if blocks and index < blocks[-1].body_start:
            continue
        title_start, body_start = _title_run(lines, index, first, last)
        stop = min(last, body_start + _MAX_BLOCK_LINES)
        following = bisect_left(titles, body_start, k + 1)
        if following < len(titles):
            stop = min(stop, _title_run(lines, titles[following], body_start, last)[0])
        blocks.append(_Block(title_start, body_start, _block_end(lines, body_start, stop)))
    return blocks


def _statement_titles(lines: list[str], first: int, last: int) -> list[int]:
    """Indexes of lines that name a statement: the region's lowered text is searched for a title word first."""
    text = "\n".join(lines[first:last]).lower()
    found: list[int] = []
    line = first
    position = 0
    for match in _TITLE_WORDS.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        if found and found[-1] == line:
            continue
        stripped = lines[line].strip()
        if _is_title_part(stripped) and not stripped[0].islower() and not stripped.endswith(".") \
                and _TITLE.match(stripped.lower()):
            found.append(line)
    return found


def _title_run(lines: list[str], index: int, first: int, last: int) -> tuple[int, int]:
    """The title line with the short single-phrase lines around it (company name, scale), and a parenthesised
    line ('(In thousands)') printed a little apart below them: [start, end)."""
    start, end = index, index + 1
    while start > first and end - start < TITLE_LINES and _is_title_part(lines[start - 1].strip()):
        start -= 1
    while end < last and end - start < TITLE_LINES and _is_title_part(lines[end].strip()):
        end += 1
    apart = end
    while apart < min(last, end + _APART) and (not (text := lines[apart].strip()) or _is_rule(text)):
        apart += 1
    if apart < last and (text := lines[apart].strip()).startswith("(") and text.endswith(")") \
            and _is_title_part(text):
        end = apart + 1
    return start, end


def _is_title_part(stripped: str) -> bool:
    """A line that can stand in a title: one short phrase, not a tag, rule, row heading ('Assets:') or prose."""
    return bool(stripped) and not stripped.startswith("<") and len(stripped) <= _MAX_TITLE_CHARS \
        and _GAP not in stripped and not stripped.endswith(":") and not stripped[0].islower() \
        and not _is_rule(stripped) and not _is_prose(stripped)


def _is_rule(stripped: str) -> bool:
    return stripped[0] in "-=_" and not stripped.strip("-=_ ")


def _block_end(lines: list[str], start: int, stop: int) -> int:
    """Where a block's body ends: a tag line (<PAGE>), prose, a page number below the first number, or `stop`."""
    numbers_seen = False
    for i in range(start, stop):
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("<") or _is_prose(stripped):
            return i
        if numbers_seen and _is_page_number(lines, i, stripped, stop):
            return i
        if not numbers_seen:
            if i - start > _FIRST_DATA_WITHIN:
                return i
            numbers_seen = _GAP in stripped and stripped[-1:].isdigit() or stripped.endswith(")")
    return stop


def _is_page_number(lines: list[str], index: int, stripped: str, stop: int) -> bool:
    """A page's number ('33', '- 4 -', 'Page 4') above the page break or the block's end."""
    if not _PAGE_NUMBER.fullmatch(stripped):
        return False
    below = lines[index + 1 : min(stop, index + _PAGE_FOOT)]
    following = next((line.strip() for line in below if line.strip()), "<" if index + _PAGE_FOOT >= stop else "")
    return following.startswith("<")


def _is_prose(stripped: str) -> bool:
    """Running text: a long line of words without wide gaps that does not end in a number."""
    return len(stripped) >= _PROSE_CHARS and _GAP not in stripped and not stripped[-1].isdigit() \
        and not stripped.endswith(")") and stripped.count(" ") >= _PROSE_WORDS - 1 \
        and sum(map(str.isalpha, stripped)) > len(stripped) / 2


def _read_block(lines: list[str], block: _Block) -> TextTable | None:
    """The block laid out as a table, or None when it does not look like a financial statement."""
    rows = sum(1 for i in range(block.body_start, block.end) if _GAP in (line := lines[i].rstrip())
               and line[-1:] in _AMOUNT_ENDS)
    if rows < _MIN_DATA_ROWS:
        return None  # too few lines that end in an amount to be worth laying out
    title = [text for i in range(block.title_start, block.body_start) if (text := lines[i].strip())
             and not _is_rule(text)]
    table = parse_table(lines, block.body_start - 1, block.end, 0, _column_bounds(lines, block.body_start, block.end),
                        title)
    data = [row for row in table.rows if row.kind is RowKind.DATA and row.cells]
    if len(data) < _MIN_DATA_ROWS or not any(_TOTAL_OR_NET.search(row.label) for row in data):
        return None
    while table.rows and table.rows[-1].kind is not RowKind.DATA:
        table.rows.pop()  # a footnote or page number below the last row of numbers
    table.first_line = block.title_start + 1
    table.last_line = table.rows[-1].line
    return table


def _continues(lines: list[str], previous: _Block, block: _Block, before: TextTable, table: TextTable) -> bool:
    """Whether a block goes on with the statement before it over a <PAGE>: its title repeated or '(continued)'."""
    between = range(previous.end, block.title_start)
    if len(between) > _CONTINUATION_GAP or not any(lines[i].lstrip()[:6].upper() == "<PAGE>" for i in between):
        return False
    if len(before.columns) != len(table.columns):
        return False
    if any(_CONTINUED.search(line) for line in table.title_lines if _TITLE.match(line.lower())):
        return True  # 'BALANCE SHEETS (Continued)' or '(continued)' alone, not 'ITEM 8 continued'
    return bool(_statement_names(table.title_lines) & _statement_names(before.title_lines))


def _statement_names(title_lines: list[str]) -> set[str]:
    """The statement a title names ('consolidated balance sheet'), one space between words."""
    return {" ".join(found.group().split()) for line in title_lines
            if (found := _STATEMENT_NAME.match(line.lower()))}


def _join(table: TextTable, continuation: TextTable) -> None:
    table.rows.extend(continuation.rows)
    table.issues.extend(continuation.issues)
    table.last_line = continuation.last_line


def _column_bounds(lines: list[str], start: int, end: int) -> list[int] | None:
    """Column starts from where a block's columns end, when most numbers end there: under the underlines
    ('-------   -------', the rule line with the most runs), else in as many places as there are column years
    ('1998      1997'), the places where most numbers end. Numbers printed inside labels ('issued 1,083,253,703
    in 1997') or moved by a stray tab then open no column of their own."""
    ends = [match.end() for i in range(start, end) if lines[i].lstrip()[:1] not in ("-", "=", "_")
            for match in _NUMBER_END.finditer(lines[i])]
    runs = _underline_runs(lines, start, end)
    ending = set(ends)
    if spans := [(low, high) for low, high in runs if any(at in ending for at in range(low + 1, high + 3))]:
        bounds = [low for low, _ in spans]
        # where most numbers under each run end (a run may reach past them; a ')' past the run)
        edges = [Counter(at for at in ends if low < at <= high + 2).most_common(1)[0][0] for low, high in spans]
    elif years := _year_spans(lines, start, end):
        edges = _densest_edges(sorted(at for at in ends if at > years[0][0] - _YEAR_MARGIN), len(years))
        if len(edges) < len(years):
            return None
        bounds = [min(edges[0] - _YEAR_MARGIN, years[0][0])] + [edge + 2 for edge in edges[:-1]]
    else:
        return None
    placed = [at for at in ends if at > bounds[0]]
    near = {edge + offset for edge in edges for offset in range(-3, 3)}  # ')' or a misplaced digit or two
    aligned = sum(1 for at in placed if at in near)
    return bounds if placed and aligned >= _ALIGNED * len(placed) else None


def _densest_edges(ends: list[int], count: int) -> list[int]:
    """The right edges (rightmost end) of the `count` biggest clusters of number ends, left to right."""
    clusters: list[list[int]] = []
    for at in ends:
        if clusters and at - clusters[-1][-1] <= 2:
            clusters[-1].append(at)
        else:
            clusters.append([at])
    biggest = sorted(clusters, key=len, reverse=True)[:count]
    return sorted(cluster[-1] for cluster in biggest)


def _underline_runs(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The runs of the rule line printed most often (under each subtotal), of the one with the most runs on a tie;
    a heading's underline, printed once, may be cut where '$' and ')' stand."""
    counts: Counter[tuple[tuple[int, int], ...]] = Counter()
    for i in range(start, end):
        stripped = lines[i].strip()
        if stripped and _is_rule(stripped):
            counts[tuple(match.span() for match in _RULE_RUN.finditer(lines[i]))] += 1
    if not counts:
        return []
    return list(max(counts.items(), key=lambda item: (item[1], len(item[0])))[0])


def _year_spans(lines: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """Where the years of the last line of column years above the first row of numbers are printed."""
    spans: list[tuple[int, int]] = []
    for i in range(start, min(end, start + _FIRST_DATA_WITHIN)):
        chunks = list(_CHUNK.finditer(lines[i]))
        if chunks and all(_YEAR.fullmatch(chunk.group()) for chunk in chunks):
            spans = [chunk.span() for chunk in chunks]
        elif spans and any(chunk.group()[0] in "$0123456789" for chunk in chunks):
            break  # the first row of numbers
    return spans
