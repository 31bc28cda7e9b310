"""XBRL 2.1 calculation semantics over our own facts.

Each statement's calculation arcs bind to every context of the filing, so a structure found in one
statement may be checked against another statement's facts (two balance sheets that group lines
differently). Arcs that only fail there are left out of the linkbase; failures in the statement they came
from are the filing's own arithmetic and are reported.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from .facts import CalcRelationship, Context, Fact, Issue, MappedFiling


@dataclass(frozen=True)
class Inconsistency:
    role: str
    parent: str
    context: str
    printed: Decimal
    computed: Decimal
    line: int
    label: str


def settle_calculations(mapped: MappedFiling) -> list[Inconsistency]:
    """Drop arcs that only conflict with other statements; return the inconsistencies that remain."""
    index = _FactIndex(mapped.facts)
    remaining: list[Inconsistency] = []
    for statement in mapped.statements:
        kept: list[CalcRelationship] = []
        for parent, arcs in _by_parent(statement.relationships).items():
            own, foreign = [], []
            for fact in index.facts_of(parent):
                computed = index.total(arcs, fact.context, fact.unit.id)
                if computed is None or computed == fact.value:
                    continue
                found = Inconsistency(statement.role, parent, fact.context.id, fact.value, computed,
                                      fact.source_line, fact.label)
                (own if fact.statement == statement.index else foreign).append(found)
            if foreign:
                line = next((f.source_line for f in statement.facts if f.concept.qname == parent), 0)
                mapped.issues.append(Issue("calculation", line, f"{parent} = sum of "
                                           f"{len(arcs)} lines in {statement.role} does not hold in another statement;"
                                           " these arcs are left out of the calculation linkbase", parent))
                continue
            kept.extend(arc for _, arc in arcs)
            remaining.extend(own)
        statement.relationships = kept
    return remaining


def _by_parent(relationships: list[CalcRelationship]) -> dict[str, list[tuple[str, CalcRelationship]]]:
    groups: dict[str, list[tuple[str, CalcRelationship]]] = defaultdict(list)
    seen = set()
    for arc in relationships:
        key = (arc.parent.qname, arc.child.qname)
        if key not in seen and arc.parent != arc.child:
            seen.add(key)
            groups[arc.parent.qname].append((arc.child.qname, arc))
    return groups


class _FactIndex:
    def __init__(self, facts: list[Fact]):
        self.by_key: dict[tuple[str, Context, str], list[Fact]] = defaultdict(list)
        self.by_concept: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            self.by_key[(fact.concept.qname, fact.context, fact.unit.id)].append(fact)
            self.by_concept[fact.concept.qname].append(fact)

    def facts_of(self, qname: str) -> list[Fact]:
        """A concept's facts, one per context and unit; contexts with inconsistent duplicates are not bound."""
        result = []
        for fact in self.by_concept.get(qname, []):
            same = self.by_key[(qname, fact.context, fact.unit.id)]
            if same[0] is fact and len({f.value for f in same}) == 1:
                result.append(fact)
        return result

    def total(self, arcs: list[tuple[str, CalcRelationship]], context: Context, unit: str) -> Decimal | None:
        """The weighted sum of the children present, or None when none is (no binding)."""
        total, bound = Decimal(0), False
        for child, arc in arcs:
            same = self.by_key.get((child, context, unit), [])
            if not same:
                continue
            if len({f.value for f in same}) > 1:
                return None
            total += arc.weight * same[0].value
            bound = True
        return total if bound else None
