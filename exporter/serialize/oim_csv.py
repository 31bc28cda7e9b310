"""xBRL-CSV report (OIM 1.0): a JSON metadata file and one table, a row per fact, its dimensions in columns."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from ..mapping.facts import MappedFiling
from .oim import XBRL_CSV, document_info, oim_entity, oim_period, oim_unit

TEMPLATE = "facts"
_ASPECTS = ("concept", "period", "unit", "decimals")


def write_oim_csv(mapped: MappedFiling, metadata_path: Path, table_path: Path, schema_name: str) -> None:
    """Write the metadata and the table; `schema_name` and the table are named relative to `metadata_path`.

    A fact's typed-in dimensions (axes) get one column each; an empty cell means the fact has no member on that axis."""
    axes = sorted({axis for fact in mapped.facts for axis, _ in fact.context.dimensions})
    axis_columns = {axis: axis.replace(":", "_") for axis in axes}
    value_dimensions = {aspect: f"${aspect}" for aspect in _ASPECTS if aspect != "decimals"}
    value_dimensions.update({axis: f"${column}" for axis, column in axis_columns.items()})
    columns: dict[str, dict[str, object]] = {name: {} for name in (*_ASPECTS, *axis_columns.values())}
    columns["value"] = {"dimensions": value_dimensions, "decimals": "$decimals"}
    metadata = {
        "documentInfo": document_info(mapped, XBRL_CSV, schema_name),
        "tableTemplates": {TEMPLATE: {"columns": columns, "dimensions": {"entity": oim_entity(mapped)}}},
        "tables": {TEMPLATE: {"template": TEMPLATE, "url": table_path.name}},
    }
    with table_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for fact in mapped.facts:
            members = dict(fact.context.dimensions)
            writer.writerow([fact.concept.qname, oim_period(fact.context.period), oim_unit(fact.unit), fact.decimals,
                             *(members.get(axis, "") for axis in axes), fact.value_text])
    metadata_path.write_text(json.dumps(metadata, indent=2) + "\n", encoding="utf-8")
