"""Column arithmetic of pro forma statements: infer how a disposal column is signed, report rows that fail.

A pro forma table adds across: historical, less the disposed business, (sub-total,) plus adjustments, equals
pro forma. Filings print the disposed business either with its own sign and subtract it, or negated and add
it. We try both, row by row, keep the one most rows agree with, and list the rows where it fails.
"""

from __future__ import annotations

from decimal import Decimal

from .statements import ArithmeticFailure, ColumnRole, LineItem, Statement, UnitKind


def infer_column_signs(statement: Statement) -> None:
    """Set the disposal column's sign and record every row whose cross-foot fails."""
    roles = {column.role: column.index for column in statement.columns}
    historical = next((c.index for c in statement.columns if c.role is ColumnRole.HISTORICAL), None)
    disposal = roles.get(ColumnRole.DISPOSAL)
    if historical is None or not ({ColumnRole.PRO_FORMA, ColumnRole.SUBTOTAL} & roles.keys()):
        return
    items = [item for item in statement.items if item.unit is UnitKind.MONETARY]
    best_sign, best_failures = 1, None
    for printed_sign in (1, -1) if disposal is not None else (1,):
        failures = [f for item in items for f in _check_row(item, roles, historical, printed_sign)]
        if best_failures is None or len(failures) < len(best_failures):
            best_sign, best_failures = printed_sign, failures
    if disposal is not None:
        # printed_sign +1: 'historical + disposal' (the business printed negated); -1: 'historical - disposal'
        statement.columns[disposal].sign = -best_sign
    statement.failures.extend(best_failures or [])


def _check_row(item: LineItem, roles: dict[ColumnRole, int], historical: int, printed_sign: int
               ) -> list[ArithmeticFailure]:
    def value(index: int | None) -> Decimal:
        cell = item.cells.get(index) if index is not None else None
        return cell.value if cell else Decimal(0)

    disposal = roles.get(ColumnRole.DISPOSAL)
    adjustment = roles.get(ColumnRole.ADJUSTMENT)
    subtotal = roles.get(ColumnRole.SUBTOTAL)
    pro_forma = roles.get(ColumnRole.PRO_FORMA)
    operator = "+" if printed_sign == 1 else "-"
    checks: list[tuple[int, Decimal, str]] = []
    running = value(historical) + printed_sign * value(disposal)
    if subtotal is not None:
        checks.append((subtotal, running, f"historical {operator} disposal = sub-total"))
        running = value(subtotal)
    if pro_forma is not None:
        source = "sub-total" if subtotal is not None else f"historical {operator} disposal"
        checks.append((pro_forma, running + value(adjustment), f"{source} + adjustments = pro forma"))
    failures = []
    for column, expected, rule in checks:
        printed = value(column)
        if printed != expected and (column in item.cells or expected != 0):
            failures.append(ArithmeticFailure(item.line, item.label, "cross-foot", expected, printed,
                                              f"{rule}: expected {expected}, printed {printed} (column {column + 1})"))
    return failures
