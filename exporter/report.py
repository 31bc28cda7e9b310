"""report.json: what was found, what was made of it, and everything a reviewer should look at."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from .mapping.facts import ARITHMETIC_KINDS, DOUBTFUL_KINDS

if TYPE_CHECKING:
    from .conversion import Conversion
    from .validate.arelle import ValidationResult


def build_report(conversion: Conversion, verdict: ValidationResult | None) -> dict[str, Any]:
    mapped = conversion.mapped
    converted = {statement.index for statement in conversion.statements}
    issues = [asdict(issue) for issue in mapped.issues]
    return {
        "filing_id": mapped.filing_id,
        "source": mapped.source_path,
        "sha256": conversion.sha256,
        "encoding": conversion.encoding,
        "header": asdict(conversion.header),
        "entity": asdict(mapped.entity),
        "statements": [
            {
                "index": statement.index,
                "kind": statement.kind.value,
                "title": statement.title,
                "lines": [statement.first_line, statement.last_line],
                "scale": statement.scale,
                "currency": statement.currency,
                "columns": [{"heading": c.heading, "role": c.role.value, "period": str(c.period) if c.period else None,
                             "entity": c.entity, "printed_sign": c.sign} for c in statement.columns],
                "line_items": statement.line_items,
                "cells": statement.cell_count,
                "check_lines": statement.check_lines,
            }
            for statement in conversion.statements
        ],
        "tables_skipped": [
            {"index": table.index, "line": table.first_line, "title": " / ".join(table.title_lines)}
            for table in conversion.tables if table.index not in converted
        ],
        "facts": len(mapped.facts),
        "extension_concepts": [{"name": c.qname, "label": c.label, "period_type": c.period_type,
                                "balance": c.balance} for c in mapped.extensions],
        "unmapped_or_low_confidence": [i for i in issues if i["kind"] in DOUBTFUL_KINDS],
        "arithmetic_failures": [i for i in issues if i["kind"] in ARITHMETIC_KINDS],
        "calculation_inconsistencies": [asdict(found) for found in conversion.inconsistencies],
        "other_issues": [i for i in issues if i["kind"] not in ARITHMETIC_KINDS + DOUBTFUL_KINDS],
        "checks": [message.as_dict() for message in conversion.checks],
        "arelle": None if verdict is None else {
            "ok": verdict.ok,
            "errors": len(verdict.errors),
            "warnings": len(verdict.warnings),
            "calculation_inconsistencies": len(verdict.inconsistencies),
            "messages": [asdict(message) for message in verdict.messages],
        },
    }
