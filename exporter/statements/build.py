"""From a parsed table to a financial statement: kind, column periods and roles, scale, units and areas."""

from __future__ import annotations

import re

from ..parse.model import RowKind, TextTable
from ..periods import YEAR, CaseBlind, Period, duration_ending, parse_date, span_months
from .model import (
    Area,
    ColumnRole,
    LineItem,
    Statement,
    StatementColumn,
    StatementKind,
    UnitKind,
)

_KINDS = [
    (StatementKind.BALANCE_SHEET, CaseBlind(r"balance\s+sheets?|financial\s+(position|condition)|statements?\s+of\s+"
                                            r"condition|assets\s+and\s+liabilities")),
    (StatementKind.CASH_FLOW, CaseBlind(r"cash\s+flows?")),
    (StatementKind.EQUITY, CaseBlind(r"(stockholders|shareholders|owners)'?\s+(equity|deficit|investment)|"
                                     r"changes\s+in\s+(stockholders|shareholders)", needs="holders|owners")),
    (StatementKind.INCOME_STATEMENT, CaseBlind(
        r"statements?\s+of\s+(consolidated\s+)?(income|operations|earnings|loss)|income\s+statements?|"
        r"results\s+of\s+operations|profit\s+and\s+loss")),
]
_SCALES = [
    (6, CaseBlind(r"in\s+millions|\(millions\)|000,000'?s?\s+omitted")),
    (3, CaseBlind(r"in\s+thousands|thousands\s+of\s+(?:u\.?s\.?\s+)?dollars|\(\s*\$?\s*000'?s?\s*\)|000'?s\s+omitted|"
                  r"\(\s*dollars\s+in\s+thousands")),
]
_CANADIAN = CaseBlind(r"canadian\s+dollars|cdn\s*\$")
_PER_SHARE = CaseBlind(r"per\s+(common\s+|ordinary\s+)?(share|unit)|\beps\b", needs="per|eps")
_SHARES = CaseBlind(r"^(weighted\s+average|average\s+(number|shares)|number\s+of|(common\s+)?shares\b)|"
                    r"shares\s+(outstanding|used\b.*)$", needs="average|number|shares")
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
_MONTH_AND_DAY = re.compile(r"\b([A-Z][a-z]+\.?\s+\d{1,2})\b")
_NONCURRENT_ASSETS = re.compile(r"property|other assets|noncurrent|non-current|long-term|investments")
_EQUITY_HEADING = re.compile(r"equity|capital")
_NONCURRENT_LIABILITIES = re.compile(r"long-term|noncurrent|non-current")
_NET_INCOME = re.compile(r"net\s+(income|loss|earnings)")
_REVENUE = re.compile(r"revenue|sales|expenses")
_ASSET_AREAS = frozenset({Area.CURRENT_ASSETS, Area.NONCURRENT_ASSETS, Area.ASSETS})
_LIABILITY_AREAS = frozenset({Area.CURRENT_LIABILITIES, Area.NONCURRENT_LIABILITIES, Area.LIABILITIES})


def build_statement(table: TextTable) -> Statement | None:
    """A Statement from a table with numbers, or None when the table has no numeric rows."""
    if not table.columns or not any(row.cells for row in table.rows):
        return None
    context = " ".join(table.title_lines + table.heading_lines)
    kind = _kind(table, context)
    scale = next((power for power, pattern in _SCALES if pattern.search(context)), 0)
    statement = Statement(
        index=table.index,
        kind=kind,
        title=_title(table.title_lines),
        columns=_columns(table, kind, context),
        items=[],
        scale=scale,
        currency="CAD" if _CANADIAN.search(context) else "USD",
        first_line=table.first_line,
        last_line=table.last_line,
        issues=list(table.issues),
    )
    section = ""
    for row in table.rows:
        if row.kind is RowKind.HEADING:
            section = row.label
            statement.headings.append((row.line, row.label))
        elif row.kind is RowKind.CHECK:
            statement.check_lines.append(row.line)
        else:
            unit = UnitKind.PER_SHARE if _PER_SHARE.search(row.label) else (
                UnitKind.SHARES if _SHARES.search(row.label) and "$" not in row.label else UnitKind.MONETARY)
            statement.items.append(LineItem(row.label, row.line, row.cells, unit, Area.NONE, section, row.rule_above,
                                            row.text, row.label_lines))
    if kind is StatementKind.BALANCE_SHEET:
        _assign_areas(statement.items)
    return statement


def _kind(table: TextTable, context: str) -> StatementKind:
    title = " ".join(table.title_lines)
    for kind, pattern in _KINDS:
        if pattern.search(title):
            return kind
    for kind, pattern in _KINDS:
        if pattern.search(context):
            return kind
    labels = " | ".join(row.label.lower() for row in table.rows)
    if "total assets" in labels and ("liabilities" in labels or "equity" in labels):
        return StatementKind.BALANCE_SHEET
    if _NET_INCOME.search(labels) and _REVENUE.search(labels):
        return StatementKind.INCOME_STATEMENT
    return StatementKind.OTHER


def _title(lines: list[str]) -> str:
    titled = [line for line in lines if any(pattern.search(line) for _, pattern in _KINDS)]
    return " ".join(titled or lines[-2:])


def _columns(table: TextTable, kind: StatementKind, table_text: str) -> list[StatementColumn]:
    """The columns' periods and roles; `table_text` is the title and heading lines, joined."""
    table_end = parse_date(" ".join(table.title_lines)) or parse_date(table_text)
    table_months = span_months(table_text)
    month_day = _MONTH_AND_DAY.search(table_text)  # the table's 'December 31', for columns headed by a year alone
    columns = []
    for column in table.columns:
        heading = column.heading
        end = parse_date(heading) or _year_in_heading(heading, table_end, month_day) or table_end
        months = span_months(heading) or table_months
        if end is None:
            period = None
        elif kind is StatementKind.BALANCE_SHEET:
            period = Period(end=end)
        else:
            period = duration_ending(end, months or 12)
        role = _role(heading)
        entity = _entity(heading) if role is ColumnRole.DISPOSAL else None
        columns.append(StatementColumn(column.index, heading, role, period, entity))
    return columns


def _year_in_heading(heading: str, table_end, month_day: re.Match[str] | None):
    """'2000' under a 'December 31,' heading: the table's month and day in the column's year."""
    years = YEAR.findall(heading)
    if len(years) != 1:
        return None
    if month_day:
        return parse_date(f"{month_day.group(1)}, {years[0]}")
    if table_end:
        return parse_date(f"{table_end.strftime('%B')} {table_end.day}, {years[0]}")
    return None


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
    area = Area.CURRENT_ASSETS
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
