"""Facts a filing reports twice: a Financial Data Schedule repeats numbers of the statements it summarises.

An instance with two facts of one concept, context and unit but different values is inconsistent, so a
schedule's fact gives way to the statement's (or to an earlier schedule's): when the two agree it is simply
left out, when they disagree it is left out and the disagreement is reported with both source lines.
"""

from __future__ import annotations

from collections.abc import Hashable

from ..mapping.facts import Fact, Issue, MappedFiling, StatementFacts
from ..statements.model import StatementKind
from .calc import agree, fact_key

SCHEDULE_KIND = StatementKind.FINANCIAL_DATA_SCHEDULE.value


def drop_schedule_duplicates(mapped: MappedFiling) -> int:
    """Remove schedule facts that a statement (or an earlier schedule) already reports; return how many."""
    if not any(statement.kind == SCHEDULE_KIND for statement in mapped.statements):
        return 0
    ordered = sorted(mapped.statements, key=lambda statement: statement.kind == SCHEDULE_KIND)
    seen: dict[tuple[str, Hashable], Fact] = {}
    dropped = 0
    for statement in ordered:
        schedule = statement.kind == SCHEDULE_KIND
        kept = []
        for fact in statement.facts:
            key = fact_key(fact)
            first = seen.get(key)
            if first is None or not schedule:
                seen.setdefault(key, fact)
                kept.append(fact)
                continue
            dropped += 1
            if not agree((first, fact)):
                mapped.issues.append(Issue(
                    "conflict", fact.source_line,
                    f"EX-27 reports {fact.concept.qname} for {fact.context.id} as {fact.value_text}, the statement "
                    f"at line {first.source_line} as {first.value_text}: the statement's value is kept", fact.label))
        if len(kept) < len(statement.facts):
            statement.facts = StatementFacts(statement.index, kept)
    return dropped
