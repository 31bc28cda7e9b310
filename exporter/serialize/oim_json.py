"""xBRL-JSON report (OIM 1.0): one object per fact with its value, decimals and dimensions."""

from __future__ import annotations

import json
from pathlib import Path

from ..mapping.facts import MappedFiling
from .oim import XBRL_JSON, document_info, oim_entity, oim_period, oim_unit


def write_oim_json(mapped: MappedFiling, path: Path, schema_name: str) -> None:
    """Write the facts of `mapped` as xBRL-JSON; `schema_name` is the extension schema, relative to `path`."""
    entity = oim_entity(mapped)
    facts = {}
    for number, fact in enumerate(mapped.facts, start=1):
        dimensions = {"concept": fact.concept.qname, "entity": entity, "period": oim_period(fact.context.period),
                      "unit": oim_unit(fact.unit), **dict(fact.context.dimensions)}
        facts[f"f{number}"] = {"value": fact.value_text, "decimals": fact.decimals, "dimensions": dimensions}
    report = {"documentInfo": document_info(mapped, XBRL_JSON, schema_name), "facts": facts}
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
