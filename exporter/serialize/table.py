"""Fact tables for data warehouses: the facts by column, and facts.csv (facts.parquet: `serialize.parquet`)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Hashable, Iterator
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..mapping.facts import Fact, MappedFiling, batches
from ..periods import period_columns

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = [
    "filing_id", "cik", "entity_name", "form_type", "statement", "concept", "label", "period_type", "period_start",
    "period_end", "dimensions", "unit", "decimals", "value", "source_line", "source_text", "mapping_method",
    "confidence",
]
EXTRA_COLUMNS = ["statement_index", "line_order"]
COLUMN_TYPES = {"decimals": "int64", "source_line": "int64", "confidence": "float64", "statement_index": "int64",
                "line_order": "int64"}


CHUNK_FACTS = 10_000  # facts per slice of the table held at once while writing (as Python lists)


def fact_columns(mapped: MappedFiling, facts: list[Fact] | None = None) -> dict[str, list[Any]]:
    """The fact table as lists by column name: one row per fact (of `facts`, by default all the filing's); `value`
    is the exact decimal string (never a float); the 18 columns of COLUMNS come first, then EXTRA_COLUMNS."""
    kinds = {statement.index: statement.kind for statement in mapped.statements}
    facts = list(mapped.facts) if facts is None else facts
    contexts = [fact.context for fact in facts]
    periods = [period_columns(context.period.start, context.period.end) for context in contexts]
    return {
        "filing_id": [mapped.filing_id] * len(facts),
        "cik": [mapped.entity.cik or ""] * len(facts),
        "entity_name": [mapped.entity.name or ""] * len(facts),
        "form_type": [mapped.form_type or ""] * len(facts),
        "statement": [kinds[fact.statement] for fact in facts],
        "concept": [fact.concept.qname for fact in facts],
        "label": [fact.label for fact in facts],
        "period_type": [p[0] for p in periods],
        "period_start": [p[1] for p in periods],
        "period_end": [p[2] for p in periods],
        "dimensions": _per_key(contexts, attrgetter("dimensions"), attrgetter("dimensions_text")),
        "unit": _per_key(facts, attrgetter("unit"), attrgetter("unit.label")),
        "decimals": [fact.decimals for fact in facts],
        "value": [fact.value_text for fact in facts],
        "source_line": [fact.source_line for fact in facts],
        "source_text": [fact.source_text for fact in facts],
        "mapping_method": [fact.method for fact in facts],
        "confidence": [round(fact.confidence, 3) for fact in facts],
        "statement_index": [fact.statement for fact in facts],
        "line_order": [fact.line_order for fact in facts],
    }


def fact_frame(mapped: MappedFiling) -> pd.DataFrame:
    """The fact table (fact_columns) as a pandas DataFrame: text columns of dtype object, numbers as COLUMN_TYPES."""
    return _frame(fact_columns(mapped))


def _frame(columns: dict[str, list[Any]]) -> pd.DataFrame:
    import pandas as pd  # here: writing facts never loads pandas (some 45 MB and half a second per process)

    return pd.DataFrame({name: pd.Series(values, dtype=COLUMN_TYPES.get(name, object))
                         for name, values in columns.items()})


def _per_key(items: list[Any], key: Callable[[Any], Hashable], text: Callable[[Any], str]) -> list[str]:
    """`text` of each item, worked out once per distinct `key`."""
    found: dict[Hashable, str] = {}
    result = []
    for item in items:
        value = found.get(key(item))
        if value is None:
            value = found[key(item)] = text(item)
        result.append(value)
    return result


def fact_slices(mapped: MappedFiling) -> Iterator[dict[str, list[Any]]]:
    """fact_columns of CHUNK_FACTS facts at a time (one empty slice for a filing without facts), so that a big
    filing's table is never held whole."""
    slices = (fact_columns(mapped, batch) for batch in batches(mapped.facts, CHUNK_FACTS))
    first = next(slices, None)
    yield fact_columns(mapped, []) if first is None else first
    yield from slices


def write_csv(mapped: MappedFiling, path: Path) -> None:
    """facts.csv: a header line, then one line per fact (the csv module's quoting, '\n' line ends)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS + EXTRA_COLUMNS)
        for columns in fact_slices(mapped):
            writer.writerows(zip(*columns.values(), strict=True))
