"""Our checks on a written instance or OIM report (xBRL-JSON, xBRL-CSV metadata): its fact table (facts.parquet or
facts.csv beside it, else read from Arelle's model of the report, without source lines) and its extension
calculation linkbase."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
from lxml import etree

from ..checks.rules import INFO, CheckMessage, run_checks
from ..errors import ConversionError
from ..mapping.networks import Networks, read_networks
from ..mapping.taxonomy import LINK, XBRLI, XLINK
from ..serialize.names import OWN_LOCATIONS, SchemaLocations
from ..serialize.oim import XBRL_CSV, XBRL_JSON
from .arelle import ValidationMessage, inspect_model, presented_concepts

CALCULATION_REF = "http://www.xbrl.org/2003/role/calculationLinkbaseRef"
XHTML_ROOT = "{http://www.w3.org/1999/xhtml}html"
INLINE_XBRL = "http://www.xbrl.org/2013/inlineXBRL"
XBRL_ROOTS = {f"{{{XBRLI}}}xbrl": "an XBRL instance", XHTML_ROOT: "an Inline XBRL page",
              "{http://www.w3.org/2001/XMLSchema}schema": "a taxonomy schema", f"{{{LINK}}}linkbase": "a linkbase"}
_SNIFF_BYTES = 65536
CSV_METADATA_SUFFIX = "-csv"  # <filing_id>-csv.json, the xBRL-CSV metadata convert writes beside <filing_id>.json
WHAT_VALIDATE_READS = ("an XBRL instance (.xml), an Inline XBRL page (.xhtml), an xBRL-JSON report (.json) or "
                       "xBRL-CSV metadata (-csv.json)")
_TEXT_COLUMNS = {"value": str, "period_start": str, "period_end": str, "dimensions": str, "unit": str,
                 "statement": str, "label": str}
_SEVERITIES = {"critical": "error", "fatal": "error", "error-semantic": "error"}


def arelle_message(message: ValidationMessage) -> CheckMessage:
    """One of Arelle's messages in the shape of ours (Arelle names no source lines)."""
    level = message.level.lower()
    return CheckMessage(message.code or level, _SEVERITIES.get(level, level), message.text)


def xbrl_document(path: Path) -> str:
    """What XBRL document the file is (e.g. 'an XBRL instance'); a ConversionError in one line when it is none."""
    if path.suffix.lower() == ".json":
        try:
            with path.open("rb") as handle:
                document_type = json.load(handle)["documentInfo"]["documentType"]
        except (ValueError, KeyError, TypeError) as error:
            raise ConversionError(path, "validate", f"not XBRL: a JSON file without documentInfo.documentType "
                                  f"({type(error).__name__}); give {WHAT_VALIDATE_READS}") from None
        kinds = {XBRL_JSON: "an xBRL-JSON report", XBRL_CSV: "xBRL-CSV metadata"}
        if document_type not in kinds:
            raise ConversionError(path, "validate", f"not XBRL: documentType {document_type!r}; give "
                                  f"{WHAT_VALIDATE_READS}")
        return kinds[document_type]
    root = _first_element(path)
    if root is None:
        raise ConversionError(path, "validate", f"not XBRL: no XML element at its start; give {WHAT_VALIDATE_READS}")
    if root.tag not in XBRL_ROOTS:
        raise ConversionError(path, "validate", f"not XBRL: its first element is <{root.tag}>; give "
                              f"{WHAT_VALIDATE_READS}")
    if root.tag == XHTML_ROOT and INLINE_XBRL not in root.nsmap.values():
        raise ConversionError(path, "validate", f"not XBRL: an XHTML page without Inline XBRL (no {INLINE_XBRL} "
                              f"on its html element); give {WHAT_VALIDATE_READS}")
    return XBRL_ROOTS[root.tag]


def _first_element(path: Path) -> etree._Element | None:
    """The document element as the file's first 64 KB start it, read leniently (whether the rest is well-formed
    is Arelle's to say), without entities or network; None when they start no element."""
    parser = etree.XMLPullParser(events=("start",), recover=True, resolve_entities=False, no_network=True)
    with path.open("rb") as handle:
        parser.feed(handle.read(_SNIFF_BYTES))
    return next((element for _, element in parser.read_events()), None)


def instance_checks(instance: Path, locations: SchemaLocations = OWN_LOCATIONS) -> list[CheckMessage]:
    """Arelle's messages and checks a-f on an instance or OIM report, from one load of it by Arelle."""
    table = fact_table(instance)
    verdict, model_frame = inspect_model(instance, _frame_from_model if table is None else None, locations=locations)
    messages = [arelle_message(message) for message in verdict.messages]
    try:
        networks = extension_networks(instance)
    except (OSError, ValueError, KeyError, TypeError, etree.XMLSyntaxError):
        return messages  # Arelle has said what is wrong with the file
    frame = table if table is not None else model_frame
    if frame is None:
        return messages
    if table is None:
        messages.append(CheckMessage(
            "lx:noSourceLines", INFO, f"{instance.parent}: no facts.parquet or facts.csv of {_filing_id(instance)}; "
            "the checks ran on the facts of the report, which carry no source lines"))
    return messages + (run_checks(frame, networks) if len(frame) else [])


def fact_table(instance: Path) -> pd.DataFrame | None:
    """The fact table written beside the instance or OIM report by `convert`, when there is one of its filing."""
    for path in (instance.with_name("facts.parquet"), instance.with_name("facts.csv")):
        if path.is_file():
            frame = pd.read_parquet(path) if path.suffix == ".parquet" else \
                pd.read_csv(path, dtype=_TEXT_COLUMNS, keep_default_na=False)
            if "filing_id" not in frame.columns or set(frame["filing_id"].astype(str)) <= {_filing_id(instance)}:
                return frame
    return None


def _filing_id(report: Path) -> str:
    """The filing the report is of, by the names convert gives: <filing_id>.xml, .xhtml, .json and -csv.json."""
    return report.stem.removesuffix(CSV_METADATA_SUFFIX) if report.suffix.lower() == ".json" else report.stem


def _schema_refs(report: Path) -> list[str]:
    """The schemas an instance refers to (link:schemaRef), or an OIM report (documentInfo.taxonomy)."""
    if report.suffix.lower() == ".json":
        with report.open("rb") as handle:
            return [str(ref) for ref in json.load(handle)["documentInfo"].get("taxonomy", [])]
    return [ref.get(f"{{{XLINK}}}href", "") for ref in etree.parse(str(report)).iter(f"{{{LINK}}}schemaRef")]


def extension_networks(instance: Path) -> Networks:
    """The calculation networks of the extension schema the instance or OIM report refers to (none for a foreign
    schema)."""
    networks: Networks = {}
    for href in _schema_refs(instance):
        schema = instance.parent / href
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
