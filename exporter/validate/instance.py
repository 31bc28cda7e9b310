"""Our checks on a written instance: its fact table (facts.parquet or facts.csv beside it, else read from Arelle's
model of the instance, without source lines) and its extension calculation linkbase."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
from lxml import etree

from ..checks.rules import INFO, CheckMessage, run_checks
from ..mapping.networks import Networks, read_networks
from ..mapping.taxonomy import LINK, XLINK
from ..serialize.names import OWN_LOCATIONS, SchemaLocations
from .arelle import ValidationMessage, inspect_model, presented_concepts

CALCULATION_REF = "http://www.xbrl.org/2003/role/calculationLinkbaseRef"
_TEXT_COLUMNS = {"value": str, "period_start": str, "period_end": str, "dimensions": str, "unit": str,
                 "statement": str, "label": str}
_SEVERITIES = {"critical": "error", "fatal": "error", "error-semantic": "error"}


def arelle_message(message: ValidationMessage) -> CheckMessage:
    """One of Arelle's messages in the shape of ours (Arelle names no source lines)."""
    level = message.level.lower()
    return CheckMessage(message.code or level, _SEVERITIES.get(level, level), message.text)


def instance_checks(instance: Path, locations: SchemaLocations = OWN_LOCATIONS) -> list[CheckMessage]:
    """Arelle's messages and checks a-f on an instance, from one load of it by Arelle."""
    table = fact_table(instance)
    verdict, model_frame = inspect_model(instance, _frame_from_model if table is None else None, locations=locations)
    messages = [arelle_message(message) for message in verdict.messages]
    try:
        networks = extension_networks(instance)
    except (OSError, etree.XMLSyntaxError):
        return messages  # Arelle has said what is wrong with the file
    frame = table if table is not None else model_frame
    if frame is None:
        return messages
    if table is None:
        messages.append(CheckMessage(
            "lx:noSourceLines", INFO, f"{instance.parent}: no facts.parquet or facts.csv of {instance.stem}; the "
            "checks ran on the facts of the instance, which carry no source lines"))
    return messages + (run_checks(frame, networks) if len(frame) else [])


def fact_table(instance: Path) -> pd.DataFrame | None:
    """The fact table written beside the instance by `convert`, when there is one of this instance."""
    for path in (instance.with_name("facts.parquet"), instance.with_name("facts.csv")):
        if path.is_file():
            frame = pd.read_parquet(path) if path.suffix == ".parquet" else \
                pd.read_csv(path, dtype=_TEXT_COLUMNS, keep_default_na=False)
            if "filing_id" not in frame.columns or set(frame["filing_id"].astype(str)) <= {instance.stem}:
                return frame
    return None


def extension_networks(instance: Path) -> Networks:
    """The calculation networks of the extension schema the instance refers to (none for a foreign schema)."""
    networks: Networks = {}
    for schema_ref in etree.parse(str(instance)).iter(f"{{{LINK}}}schemaRef"):
        schema = instance.parent / schema_ref.get(f"{{{XLINK}}}href", "")
        if not schema.is_file():
            continue
        for ref in etree.parse(str(schema)).iter(f"{{{LINK}}}linkbaseRef"):
            linkbase = schema.parent / ref.get(f"{{{XLINK}}}href", "")
            if ref.get(f"{{{XLINK}}}role") == CALCULATION_REF and linkbase.is_file():
                networks.update(read_networks(linkbase))
    return networks


def _frame_from_model(model: Any) -> pd.DataFrame:
    """The fact table columns the checks use, from Arelle's model of the instance."""
    statements = _statement_kinds(model)
    return pd.DataFrame([_row(fact, statements.get(fact.qname, "")) for fact in model.facts
                         if fact.isNumeric and not fact.isNil and fact.context is not None])


def _row(fact: Any, statement: str) -> dict[str, object]:
    context, unit = fact.context, fact.unit
    numerators, denominators = unit.measures if unit is not None else ([], [])
    unit_label = "/".join(" ".join(m.localName for m in measures) for measures in (numerators, denominators)
                          if measures)
    dimensions = sorted((str(axis), str(value.memberQname)) for axis, value in context.qnameDims.items())
    return {
        "concept": str(fact.qname), "statement": statement, "statement_index": -1, "label": "",
        "period_type": "instant" if context.isInstantPeriod else "duration",
        "period_start": "" if context.isInstantPeriod else context.startDatetime.date().isoformat(),
        "period_end": context.endDate.isoformat(),
        "dimensions": ";".join(f"{axis}={member}" for axis, member in dimensions),
        "unit": unit_label, "decimals": int(fact.decimals) if fact.decimals not in (None, "INF") else 0,
        "value": fact.value, "source_line": 0,
    }


def _statement_kinds(model: Any) -> dict[Any, str]:
    """The statement kind of each concept that the extension presentation puts in exactly one kind of statement."""
    kinds: dict[Any, set[str]] = {}
    for role, concept in presented_concepts(model):
        kind = _ROLE_KINDS.get(next((k for k in _ROLE_KINDS if role.endswith(k)), ""), "")
        kinds.setdefault(concept, set()).add(kind)
    return {qname: found.pop() for qname, found in kinds.items() if len(found) == 1}


_ROLE_KINDS = {"BalanceSheet": "balance-sheet", "IncomeStatement": "income-statement", "CashFlow": "cash-flow",
               "StockholdersEquity": "stockholders-equity", "ComprehensiveIncome": "comprehensive-income"}
