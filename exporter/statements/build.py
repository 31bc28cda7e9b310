"""From a parsed table to a financial statement: kind, column periods and roles, scale, units and areas."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from datetime import date

from ..parse.model import Cell, RowKind, TableRow, TextTable
from ..periods import CaseBlind, Period
from .columns import KnownEnds, column_periods
from .model import (
    Area,
    ColumnRole,
    LineItem,
    Statement,
    StatementColumn,
    StatementKind,
    UnitKind,
)
from .scale import names_scale, read_scale

# the components of equity a roll-forward prints a column for, and how many of them make one
_COMPONENT_HEADINGS = [CaseBlind(pattern) for pattern in (
    r"common\s+stock|capital\s+stock", r"paid.in\s+capital|capital\s+surplus|capital\s+in\s+excess",
    r"retained\s+earnings|reinvested\s+earnings|accumulated\s+deficit", r"treasury\s+stock",
    r"accumulated\s+other\s+comprehensive")]
_COMPONENTS = 3
_KINDS = [
    (StatementKind.BALANCE_SHEET, CaseBlind(r"balance\s+sheets?|financial\s+(position|condition)|statements?\s+of\s+"
                                            r"condition|assets\s+and\s+liabilities|"
                                            r"^\s*liabilities\s+and\s+(stock|share)(holders|owners)")),
    (StatementKind.CASH_FLOW, CaseBlind(r"cash\s+flows?")),
    (StatementKind.EQUITY, CaseBlind(r"(stockholders|shareholders|shareowners|owners)['\u2019]?\s+"
                                     r"(equity|deficit|investment)|changes\s+in\s+(stockholders|shareholders)",
                                     needs="holders|owners")),
    (StatementKind.INCOME_STATEMENT, CaseBlind(
        r"statements?\s+of\s+(consolidated\s+)?(net\s+)?(income|operations|earnings|loss)|income\s+statements?|"
        r"results\s+of\s+operations|profit\s+and\s+loss")),
    (StatementKind.COMPREHENSIVE_INCOME, CaseBlind(r"comprehensive\s+(income|loss|earnings)")),
]
# A title line that names a summary, a segment or a note table: not a statement, whatever its lines hold.
_NOT_STATEMENT = CaseBlind(r"selected\s+(consolidated\s+)?(financial|balance\s+sheet|operating)\s+(data|information)|"
                           r"five.year|\bsegments?\b|^notes?\s+(to\b|\d)|quarterly\s+(financial\s+)?(data|results|information)|"
                           r"^\d+\.\s(?!\s*(condensed\s+)?(consolidated\s+)?financial\s+statements)|"
                           r"^(management.s\s+)?discussion\s+and\s+analysis\s+of\b|^schedule\s+[ivx]+\b|"
                           r"balance\s+sheet\s+(detail|components|data|information)")
_PERCENT_HEADING = CaseBlind(r"\bpercent|%\s+of\b", needs="percent|%")
_PERCENT_LINE = CaseBlind(r"^(as\s+an?\s+)?(percentage|percent|%)\s+of\b", needs="percent|%")
_PERCENT_SHARE = 0.3  # a statement prints a rate on a line or two at most; an MD&A comparison a column of them
_FOOTER = re.compile(r"\baccompanying\b|integral\s+part\s+of", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"(?:page\s+)?-?\s*(?:[A-Z]-)?\d{1,3}\s*-?", re.IGNORECASE)
_CANADIAN = CaseBlind(r"canadian\s+dollars|cdn\s*\$")
_PER_SHARE = CaseBlind(r"per\s+(weighted[\s-]+average\s+)?(common\s+(and\s+common\s+equivalent\s+)?|ordinary\s+)?"
                       r"(share|unit)|\beps\b", needs="per|eps")  # 'Net income per weighted average share'
# share counts: 'Weighted average shares', 'Basic weighted average common shares', and the dilutive securities that
# lead from the basic count to the diluted one ('Effect of dilutive securities', 'Dilutive effect of stock options')
_SHARES = CaseBlind(r"^(weighted[\s-]+average|average\s+(number|shares)|number\s+of|(common\s+)?shares\b)|"
                    r"shares\s+(outstanding|used\b.*)$|^(basic|diluted)\s+(weighted[\s-]+)?average\b.*\bshares$|"
                    r"^(net\s+)?(effect|dilutive\s+effect)\s+of\s+(potentially\s+)?dilutive\s+(securities|shares|stock\s+"
                    r"options|options|equity\s+awards)$", needs="average|number|shares|dilutive")
_SHARES_SECTION = CaseBlind(r"^(weighted[\s-]+)?average\s+(number\s+of\s+)?(common\s+)?shares|^shares\s+used|"
                            r"^weighted\s+(number\s+of\s+)?(common\s+)?shares|"
                            r"^(common\s+)?shares\s+(outstanding|used)|^number\s+of\s+shares", needs="shares")
_SHARE_CLASS = CaseBlind(r"^(basic|diluted|primary|fully\s+diluted|assuming\s+(full\s+)?dilution)\b",
                         needs="basic|dilut|primary")
_REPEATED_WORDS = 3  # a line label this long printed _REPEATS times: a breakdown by component
_REPEATS = 3
_WORD = re.compile(r"[A-Za-z]{2}")  # a line label has words (a chart's figures have none)
_FIRST_ROWS = 4
# a statement's name alone, heading the part of a statement printed in parts
_PART_NAME = CaseBlind(r"^((condensed|consolidated)\s+)*(statements?\s+of\s+)?(operations|income|earnings|cash\s+flows|"
                       r"balance\s+sheets?|comprehensive\s+(income|loss)|(stockholders|shareholders|shareowners)['\u2019]?"
                       r"\s+(equity|investment))$")  # label lines at the top of a table that may hold its scale caption
_TOTAL_ASSETS = re.compile(r"^total\s+assets\b", re.I)
_TOTAL_CURRENT_ASSETS = re.compile(r"^total\s+current\s+assets", re.I)
_TOTAL_CURRENT_LIABILITIES = re.compile(r"^total\s+current\s+liabilities", re.I)
_TOTAL_LIABILITIES = re.compile(r"^total\s+liabilities\s*$", re.I)
_EQUITY_START = re.compile(r"^(common|preferred|capital)\s+stock|^(additional\s+)?paid.in|"
                           r"^(total\s+)?(stockholders|shareholders)'?\s+(equity|deficit)", re.I)
_DISPOSAL = CaseBlind(r"\(less\)|\bless\b|sale\s+of|dispos|divest|discontinued|\bsold\b|spin.?off",
                      needs="less|sale|dis|div|sold|spin")
_SUBTOTAL = re.compile(r"sub-?\s*totals?")
_PRO_FORMA = re.compile(r"pro\s*-?\s*forma")
_DISPOSED = re.compile(r"\(less\)|\bless\b|\bsale\s+of\b|\bdisposal\s+of\b|\bdisposition\s+of\b|\bsold\b|historical|:",
                       re.I)
_NONCURRENT_ASSETS = re.compile(r"property|other assets|noncurrent|non-current|long-term|investments")
_EQUITY_HEADING = re.compile(r"equity|capital")
_NONCURRENT_LIABILITIES = re.compile(r"long-term|noncurrent|non-current")
_NET_INCOME = re.compile(r"net\s+(income|loss|earnings)")
_REVENUE = re.compile(r"revenue|sales|expenses")
_NET_CASH = re.compile(r"net\s+cash\s+(provided|used)")
_PRICE_LINE = re.compile(r"^(common\s+)?(stock\s+)?(sales\s+)?(price|prices)\s*[-:]?\s*")
_BALANCE_LINE = re.compile(r"^\s*(total\s+assets|working\s+capital)\b", re.IGNORECASE)
_OPERATIONS_LINE = re.compile(r"^\s*(net\s+)?(sales|revenues?|income|earnings|loss)\b|^\s*net\s+(income|earnings|loss)",
                              re.IGNORECASE)
_SALES_LINE = re.compile(r"^\s*(((net|total)\s+)?(sales|revenues?)|cost\s+of\s+sales|gross\s+(profit|margin))\s*$",
                         re.IGNORECASE)
_LIABILITIES_AND_EQUITY = re.compile(r"total\s+liabilities\s+and\s+(stockholders|shareholders|owners)")
# the heading of a balance sheet's right-hand side, at the start of a line ('LIABILITIES AND STOCKHOLDERS' EQUITY')
_LIABILITIES_AND_EQUITY_HEADING = re.compile(r"(?:^|\| )liabilities\s+and\s+(stockholders|shareholders|owners)")
_ASSET_AREAS = frozenset({Area.CURRENT_ASSETS, Area.NONCURRENT_ASSETS, Area.ASSETS})
_LIABILITY_AREAS = frozenset({Area.CURRENT_LIABILITIES, Area.NONCURRENT_LIABILITIES, Area.LIABILITIES})


def statement_kind(table: TextTable) -> StatementKind:
    """The kind of statement a table is, by its title, captions and lines (OTHER: none)."""
    return _kind(table, " ".join(table.title_lines + table.heading_lines))


def build_statement(table: TextTable, known: KnownEnds | None = None,
                    kind: StatementKind | None = None, let_go: bool = False) -> Statement | None:
    """A Statement (of `kind` when the caller has told it) from a table with numbers, or None when the table has
    no numeric rows.

    `known` holds the period ends of the filing's earlier statements (where a 52/53-week year begins); the ends
    this statement's headings print are added to it. With `let_go`, the table's rows are taken out of it as their
    lines are made (the statement holds their cells and labels), so that a long table is never held twice."""
    if not table.columns or not any(row.cells for row in table.rows):
        return None
    context = " ".join(table.title_lines + table.heading_lines)
    kind = kind or _kind(table, context)
    captions = table.title_lines + table.heading_lines + _first_labels(table)
    scale = read_scale(captions)
    printed: set[date] = set()  # the ends the table prints as whole dates
    statement = Statement(
        index=table.index,
        kind=kind,
        title=_title(table.title_lines),
        columns=_columns(table, kind, context, known, printed),
        items=[],
        scale=scale.money,
        share_scale=scale.shares,
        currency="CAD" if _CANADIAN.search(context) else "USD",
        first_line=table.first_line,
        last_line=table.last_line,
        issues=list(table.issues),
        scale_printed=names_scale(captions),
    )
    section, heading_before = "", False
    for row in _taken(table.rows) if let_go else table.rows:
        if row.kind is RowKind.HEADING:
            # a heading wrapped over two rows ('Shares used in computing earnings' / 'per share (in thousands):')
            wrapped = heading_before and not section.endswith(":") and row.label[:1].islower()
            section = f"{section} {row.label}" if wrapped else row.label
            statement.headings.append((row.line, row.label))
        elif row.kind is RowKind.CHECK:
            statement.check_lines.append(row.line)
        else:
            unit = _unit(row.label, section, row.cells)
            shares = _section_scale(section) if unit is UnitKind.SHARES else None
            statement.items.append(LineItem(row.label, row.line, row.cells, unit, Area.NONE, section, row.rule_above,
                                            row.text, scale=shares))
        heading_before = row.kind is RowKind.HEADING
    if kind is StatementKind.BALANCE_SHEET:
        _assign_areas(statement.items)
    if known is not None and kind is not StatementKind.OTHER:
        known.days.update(printed)
        _continue(statement, known)
    return statement


def _taken(rows: list[TableRow]) -> Iterator[TableRow]:
    """The rows in order, each taken out of the list as it is given."""
    rows.reverse()
    while rows:
        yield rows.pop()


def repeats_lines(statement: Statement) -> bool:
    """Whether a line of several words is printed three times or more ('Income before income taxes' under each
    component of a table of reclassifications): a breakdown by component, not a statement."""
    counts = Counter(" ".join(item.label.lower().split()) for item in statement.items
                     if len(item.label.split()) >= _REPEATED_WORDS and item.cells)
    return any(count >= _REPEATS for count in counts.values())


def settle_periods(built: list[tuple[Statement, TextTable]], known: KnownEnds) -> None:
    """Read the statements' column periods again once `known` holds every period end the filing's statements print:
    a 52/53-week period printed before the statement that prints the end of the period before it (a 10-Q's income
    statement before its balance sheet) starts the day after that end, and a year headed by its number alone ends
    on the printed end near it. A column without a period gets none; a statement that took the periods of the one
    before it (a continued page) takes them as they are read again. A statement whose columns share a period keeps
    its periods: its columns are not told apart by their own headings (a summary whose years were not read, the
    entities of a consolidating statement), and a shared period read again may become a statement's own."""
    moved: dict[Period, Period] = {}
    for statement, table in built:
        shared = [column.period for column in statement.columns if column.period is not None]
        if len(set(shared)) < len(shared):
            continue
        context = " ".join(table.title_lines + table.heading_lines)
        periods = column_periods([column.heading for column in table.columns], " ".join(table.title_lines),
                                 context, statement.kind is StatementKind.BALANCE_SHEET, known)
        for column, period in zip(statement.columns, periods, strict=True):
            if column.period is None:
                continue
            again = period or moved.get(column.period)
            if again is not None and again != column.period:
                moved[column.period] = again
                column.period = again


def _continue(statement: Statement, known: KnownEnds) -> None:
    """A table that goes on with the statement before it (its liabilities after its assets, with no title or dates
    of its own) takes that statement's column periods and scale; then it is the statement before the next."""
    periods = [column.period for column in statement.columns]
    last = known.last
    if last is not None and not any(periods) and last[0] == statement.kind.value and len(last[1]) == len(periods):
        for column, period in zip(statement.columns, last[1], strict=True):
            column.period = period
        statement.scale = statement.scale or last[2]
        return
    known.last = (statement.kind.value, periods, statement.scale)


def _unit(label: str, section: str, cells: Mapping[int, Cell]) -> UnitKind:
    """Per share or shares by the line's label, or by its section's for a line such as 'Basic' or 'Diluted'
    (under 'Net income per share:' with amounts in cents, under 'Weighted average shares:' otherwise)."""
    whole = not any(cell.decimals for cell in cells.values())
    if _SHARES.search(label) and "$" not in label and (whole or not _PER_SHARE.search(label)):
        return UnitKind.SHARES  # 'Shares used in the calculations of earnings per share  118,735'
    if _PER_SHARE.search(label):
        return UnitKind.PER_SHARE
    if section and (_SHARE_CLASS.search(label) or not label):
        if _PER_SHARE.search(section) and any(cell.decimals for cell in cells.values()):
            return UnitKind.PER_SHARE
        if _SHARES_SECTION.search(section):
            return UnitKind.SHARES
    return UnitKind.MONETARY


def _section_scale(section: str) -> int | None:
    """The scale a section heading's caption gives the share lines under it ('... per share (in thousands):')."""
    scale = read_scale([section]) if section else None
    return None if scale is None else scale.shares if scale.shares is not None else scale.money or None


def _first_labels(table: TextTable) -> list[str]:
    """The labels of the rows above the first amounts, where a scale caption may stand ('(In thousands)')."""
    labels = []
    for row in table.rows[:_FIRST_ROWS]:
        if row.kind is RowKind.DATA:
            break
        labels.append(row.label)
    return labels


def _kind(table: TextTable, context: str) -> StatementKind:
    own = _own_title(table.title_lines)
    if any(_NOT_STATEMENT.search(line.strip()) for line in own if not line.strip()[:1].islower()):
        return StatementKind.OTHER  # a line that starts in lower case goes on a sentence ('... notes to the')
    if _percentages(table) or _stock_prices(table) or _chart(table):
        return StatementKind.OTHER
    title = " ".join(own)
    named = [kind for kind, pattern in _KINDS if pattern.search(title)]
    if len(named) > 1:
        return _one_of(named, table)
    if named:
        return named[0]
    if _equity_components([column.heading for column in table.columns]):
        return StatementKind.EQUITY  # not comprehensive income, which its 'Accumulated other comprehensive' names
    for kind, pattern in _KINDS:
        if pattern.search(context):
            return StatementKind.OTHER if _selected_data(table, kind) else kind
    return _kind_by_lines(table)


def _equity_components(headings: list[str]) -> bool:
    """Whether column headings name three components of equity or more (common stock, paid-in capital, retained
    earnings, treasury stock, accumulated other comprehensive income): the columns of an equity roll-forward."""
    text = " | ".join(headings)
    return sum(1 for pattern in _COMPONENT_HEADINGS if pattern.search(text)) >= _COMPONENTS


def _one_of(named: list[StatementKind], table: TextTable) -> StatementKind:
    """The kind of a table whose title names two statements ('Statements of Operations & Shareholders' Equity',
    printed one under the other): the one its own headings name ('SHAREHOLDERS' EQUITY'), else the one its lines
    show, else the first named."""
    headings = _label_headings(table)
    inner = [kind for kind, pattern in _KINDS if kind in named and pattern.search(headings)]
    if len(inner) == 1:
        return inner[0]
    by_lines = _kind_by_lines(table)
    return by_lines if by_lines in named else named[0]


def _kind_by_lines(table: TextTable) -> StatementKind:
    """The kind of a table without a title that names one, by its lines (totals and headings)."""
    labels = " | ".join(row.label.lower() for row in table.rows)
    balance = "total assets" in labels and ("total liabilities" in labels or "total current" in labels) or \
        _LIABILITIES_AND_EQUITY.search(labels) or \
        "total current assets" in labels and _LIABILITIES_AND_EQUITY_HEADING.search(labels)  # an unlabelled total
    if balance and not _selected_data(table, StatementKind.BALANCE_SHEET):
        return StatementKind.BALANCE_SHEET
    if _NET_CASH.search(labels) and "cash equivalents" in labels:
        return StatementKind.CASH_FLOW
    if _NET_INCOME.search(labels) and _REVENUE.search(labels) and not _selected_data(table,
                                                                                  StatementKind.INCOME_STATEMENT):
        return StatementKind.INCOME_STATEMENT
    part = _part_name(table)  # the second part of 'Statements of Operations and Stockholders' Equity'
    return next((kind for kind, pattern in _KINDS if pattern.search(part)), StatementKind.OTHER)


def _label_headings(table: TextTable) -> str:
    """A table's own headings in its label area, where a part of a statement printed in parts is named: the caption
    text left of the first column and the short heading its lines start with ('OPERATIONS', 'SHAREHOLDERS'
    EQUITY'); not the column headings ('Accumulated Other Comprehensive Income')."""
    left = table.columns[0].left if table.columns else 0
    texts = [line[:left].strip() for line in table.heading_lines] + [_part_name(table)]
    return " ".join(text for text in texts if text)


def _part_name(table: TextTable) -> str:
    """The heading a table's lines start with when it is a statement's name and nothing else ('Stockholders'
    Equity', 'COMPREHENSIVE INCOME'), or ''. Not when other lines name other statements: a list of them."""
    first = table.rows[0] if table.rows else None
    if first is None or first.kind is not RowKind.HEADING or not _PART_NAME.search(first.label.strip()):
        return ""
    named = {kind for row in table.rows[1:] for kind, pattern in _KINDS if pattern.search(row.label)}
    return first.label if named <= {kind for kind, pattern in _KINDS if pattern.search(first.label)} else ""


def _chart(table: TextTable) -> bool:
    """Whether the table is a chart's figures: one line of amounts (a bar a year) without a label in words."""
    lines = [row for row in table.rows if row.cells]
    return len(lines) == 1 and not _WORD.search(lines[0].label)


def _stock_prices(table: TextTable) -> bool:
    """Whether the table prints the stock's high and low prices (quarterly data, market information): a line
    'High' and a line 'Low', which no statement has."""
    labels = {_PRICE_LINE.sub("", row.label.lower()).strip(" .:") for row in table.rows if row.cells}
    return {"high", "low"} <= labels


def _selected_data(table: TextTable, kind: StatementKind) -> bool:
    """Whether a table whose title names no statement, taken for `kind`, mixes operations with balance sheet lines:
    selected financial data or financial highlights. An income statement prints no 'Total assets' or 'Working
    capital' beside its 'Net sales' and 'Net income'; a balance sheet no 'Net sales', 'Revenues' or 'Gross profit'."""
    labels = [row.label for row in table.rows if row.cells]
    if kind is StatementKind.BALANCE_SHEET:
        return any(_SALES_LINE.match(label) for label in labels)
    return kind is StatementKind.INCOME_STATEMENT and any(_BALANCE_LINE.match(label) for label in labels) \
        and any(_OPERATIONS_LINE.match(label) for label in labels)


def _percentages(table: TextTable) -> bool:
    """Whether the table's numbers are percentages as much as amounts (a percent-of-sales or a change column in
    MD&A): its headings say 'percent' or '% of', a line reads 'Percentage of net sales', or a good share of its
    cells print '%'."""
    if any(_PERCENT_HEADING.search(line) for line in table.heading_lines) or \
            any(_PERCENT_LINE.search(row.label) for row in table.rows if row.cells):
        return True
    cells = percents = 0  # counted, not listed: a long table's cells are made one at a time as they are read
    for row in table.rows:
        for cell in row.cells.values():
            cells += 1
            percents += cell.text.endswith("%")
    return bool(cells) and percents >= _PERCENT_SHARE * cells


def _own_title(lines: list[str]) -> list[str]:
    """The title lines after the last page number among them ('2', '- 14 -', 'F-3') and after the previous page's
    footer ('See accompanying' / 'Notes to Consolidated Financial Statements.'): those end the page before."""
    last = max((k for k, line in enumerate(lines) if _PAGE_NUMBER.fullmatch(line.strip())), default=-1)
    footer = next((k for k, line in enumerate(lines) if _FOOTER.search(line)), None)
    if footer is not None:
        last = max(last, next((k for k in range(footer, len(lines)) if lines[k].rstrip().endswith(".")), footer))
    return lines[last + 1:]


def statement_title(lines: list[str], notes: bool = False) -> bool:
    """Whether title lines name a financial statement ('Consolidated Balance Sheets'). Over a note table (`notes`),
    a line that brings in the table ('Certain balance sheet components are as follows:') or names a note ('4.
    Balance Sheet Components') does not."""
    return any(pattern.search(line) for line in lines
               if not notes or not line.rstrip().endswith(":") and not _NOT_STATEMENT.search(line)
               for _, pattern in _KINDS)


def _title(lines: list[str]) -> str:
    titled = [line for line in lines if any(pattern.search(line) for _, pattern in _KINDS)]
    return " ".join(titled or lines[-2:])


def _columns(table: TextTable, kind: StatementKind, context: str, known: KnownEnds | None, printed: set[date]
             ) -> list[StatementColumn]:
    """The columns' periods (from their headings, `context` being the title and heading lines) and roles."""
    periods = column_periods([column.heading for column in table.columns], " ".join(table.title_lines), context,
                             kind is StatementKind.BALANCE_SHEET, known, printed)
    columns = []
    for column, period in zip(table.columns, periods, strict=True):
        role = _role(column.heading)
        entity = _entity(column.heading) if role is ColumnRole.DISPOSAL else None
        columns.append(StatementColumn(column.index, column.heading, role, period, entity))
    return columns


def _role(heading: str) -> ColumnRole:
    text = heading.lower()
    if "adjust" in text or "elimination" in text:
        return ColumnRole.ADJUSTMENT
    if _SUBTOTAL.search(text):
        return ColumnRole.SUBTOTAL
    if _DISPOSAL.search(text):
        return ColumnRole.DISPOSAL
    if _PRO_FORMA.search(text):
        return ColumnRole.PRO_FORMA
    return ColumnRole.HISTORICAL


def _entity(heading: str) -> str:
    """'(Less)Sale of Clifton Telecard' -> 'Clifton Telecard'."""
    text = _DISPOSED.sub(" ", heading)
    return " ".join(text.split()) or "Disposed Business"


def _assign_areas(items: list[LineItem]) -> None:
    """Assets (current, noncurrent), liabilities (current, noncurrent) and equity, from totals and headings."""
    first = items[0].section.lower() if items else ""
    # a balance sheet printed in two tables: the second opens with the liabilities
    area = Area.CURRENT_LIABILITIES if "current liabilities" in first else \
        Area.LIABILITIES if "liabilities" in first and "assets" not in first else Area.CURRENT_ASSETS
    for item in items:
        heading = item.section.lower()
        label = item.label
        if area in _ASSET_AREAS:
            if "current liabilities" in heading and area is not Area.CURRENT_ASSETS:
                area = Area.CURRENT_LIABILITIES
            elif _NONCURRENT_ASSETS.search(heading) and area is Area.CURRENT_ASSETS:
                area = Area.NONCURRENT_ASSETS
        elif area in _LIABILITY_AREAS:
            if _EQUITY_START.search(label) or _EQUITY_HEADING.search(heading):
                area = Area.EQUITY
            elif _NONCURRENT_LIABILITIES.search(heading):
                area = Area.NONCURRENT_LIABILITIES
        item.area = area
        if _TOTAL_CURRENT_ASSETS.match(label):
            area = Area.NONCURRENT_ASSETS
        elif _TOTAL_ASSETS.match(label):
            area = Area.CURRENT_LIABILITIES
        elif _TOTAL_CURRENT_LIABILITIES.match(label):
            area = Area.NONCURRENT_LIABILITIES
        elif _TOTAL_LIABILITIES.match(label):
            area = Area.EQUITY
