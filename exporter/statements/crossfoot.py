"""Column arithmetic of pro forma statements: infer how a disposal column is signed, report rows that fail.

A pro forma table adds across: historical, less the disposed business, (sub-total,) plus adjustments, equals
pro forma. Filings print the disposed business either with its own sign and subtract it, or negated and add
it. We try both, row by row, keep the one most rows agree with, and list the rows where it fails.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from .model import ArithmeticFailure, ColumnRole, LineItem, Statement, UnitKind

_ZERO = Decimal(0)
# the roles as module constants: an attribute of an Enum class is looked up by its metaclass, ~4x slower than a global
_HISTORICAL, _DISPOSAL, _SUBTOTAL, _ADJUSTMENT, _PRO_FORMA = (ColumnRole.HISTORICAL, ColumnRole.DISPOSAL,
                                                             ColumnRole.SUBTOTAL, ColumnRole.ADJUSTMENT,
                                                             ColumnRole.PRO_FORMA)


def infer_column_signs(statement: Statement) -> None:
    """Set the disposal column's sign and record every row whose cross-foot fails."""
    roles = {column.role: column.index for column in statement.columns}
    historical = next((c.index for c in statement.columns if c.role is ColumnRole.HISTORICAL), None)
    disposal = roles.get(ColumnRole.DISPOSAL)
    if historical is None or not ({ColumnRole.PRO_FORMA, ColumnRole.SUBTOTAL} & roles.keys()):
        return
    indexes = {**roles, ColumnRole.HISTORICAL: historical}
    rows = [(item, {role: item.cells[index].value for role, index in indexes.items() if index in item.cells})
            for item in statement.items if item.unit is UnitKind.MONETARY]
    best_sign, best_failures = 1, None
    for printed_sign in (1, -1) if disposal is not None else (1,):
        failures = [f for item, values in rows for f in _check_row(item, indexes, values, printed_sign)]
        if best_failures is None or len(failures) < len(best_failures):
            best_sign, best_failures = printed_sign, failures
    if disposal is not None:
        # printed_sign +1: 'historical + disposal' (the business printed negated); -1: 'historical - disposal'
        statement.columns[disposal].sign = -best_sign
    statement.failures.extend(best_failures or [])


@dataclass(frozen=True)
class CrossFootFailure:
    """A result column that is not what the columns before it add up to."""

    role: ColumnRole
    expected: Decimal
    printed: Decimal
    rule: str


def cross_foot(columns: Collection[ColumnRole], values: dict[ColumnRole, Decimal], printed_sign: int
               ) -> list[CrossFootFailure]:
    """Check one row across its columns; a blank cell (missing from `values`) counts as zero.

    `printed_sign` +1: historical + disposal; -1: historical - disposal. A blank result column fails only
    when the columns before it add up to something other than zero."""
    value = values.get
    checks: list[tuple[ColumnRole, Decimal]] = []
    running = value(_HISTORICAL, _ZERO) + printed_sign * value(_DISPOSAL, _ZERO)
    if _SUBTOTAL in columns:
        checks.append((_SUBTOTAL, running))
        running = value(_SUBTOTAL, _ZERO)
    if _PRO_FORMA in columns:
        checks.append((_PRO_FORMA, running + value(_ADJUSTMENT, _ZERO)))
    return [CrossFootFailure(role, expected, value(role, _ZERO), _rule(role, columns, printed_sign))
            for role, expected in checks if value(role, _ZERO) != expected and (role in values or expected != 0)]


def _rule(role: ColumnRole, columns: Collection[ColumnRole], printed_sign: int) -> str:
    """The addition a result column failed, in words."""
    operator = "+" if printed_sign == 1 else "-"
    if role is ColumnRole.SUBTOTAL:
        return f"historical {operator} disposal = sub-total"
    source = "sub-total" if ColumnRole.SUBTOTAL in columns else f"historical {operator} disposal"
    return f"{source} + adjustments = pro forma"


def _check_row(item: LineItem, indexes: dict[ColumnRole, int], values: dict[ColumnRole, Decimal], printed_sign: int
               ) -> list[ArithmeticFailure]:
    return [ArithmeticFailure(item.line, item.label, "cross-foot", failure.expected, failure.printed,
                              f"{failure.rule}: expected {failure.expected}, printed {failure.printed} "
                              f"(column {indexes[failure.role] + 1})")
            for failure in cross_foot(indexes.keys(), values, printed_sign)]
