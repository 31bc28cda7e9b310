"""XBRL 2.1 calculation semantics over our own facts.

Each statement's calculation arcs bind to every context of the filing, so a structure found in one
statement is also checked against another statement's facts (two balance sheets that group lines
differently). Where a statement's own arcs fail there, the union of every statement's arcs for that total
is tried; if that fails too the arcs are left out and the reason is reported. A failure in the statement a
total was printed in is the filing's own arithmetic: it stays, and is reported.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from .facts import CalcRelationship, Context, Fact, Issue, MappedFiling

_Group = list[CalcRelationship]


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
    """Choose each statement's calculation arcs; return the inconsistencies they leave (the filing's own)."""
    index = _FactIndex(mapped.facts)
    groups = {s.index: _by_parent(s.relationships) for s in mapped.statements}
    found: dict[tuple[str, str], Inconsistency] = {}
    for statement in mapped.statements:
        kept: _Group = []
        for parent, own in groups[statement.index].items():
            union = _union(parent, groups)
            chosen = next((g for g in (own, union) if index.holds(parent, g, groups)), None)
            if chosen is None:
                line = next((f.source_line for f in statement.facts if f.concept.qname == parent), 0)
                mapped.issues.append(Issue("calculation", line, f"the lines that add up to {parent} here add up "
                                           "differently in another statement; its calculation arcs are left out",
                                           parent))
                continue
            kept.extend(chosen)
            for fact, computed in index.failures(parent, chosen):
                found.setdefault((parent, fact.context.id), Inconsistency(
                    statement.role, parent, fact.context.id, fact.value, computed, fact.source_line, fact.label))
        statement.relationships = kept
    return list(found.values())


def _by_parent(relationships: _Group) -> dict[str, _Group]:
    groups: dict[str, _Group] = defaultdict(list)
    seen = set()
    for arc in relationships:
        key = (arc.parent.qname, arc.child.qname)
        if key not in seen and arc.parent != arc.child:
            seen.add(key)
            groups[arc.parent.qname].append(arc)
    return groups


def _union(parent: str, groups: dict[int, dict[str, _Group]]) -> _Group:
    merged: dict[str, CalcRelationship] = {}
    for by_parent in groups.values():
        for arc in by_parent.get(parent, []):
            merged.setdefault(arc.child.qname, arc)
    return list(merged.values())


class _FactIndex:
    def __init__(self, facts: list[Fact]):
        self.by_key: dict[tuple[str, Context, str], list[Fact]] = defaultdict(list)
        self.by_concept: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            self.by_key[(fact.concept.qname, fact.context, fact.unit.id)].append(fact)
            self.by_concept[fact.concept.qname].append(fact)

    def bound(self, qname: str) -> list[Fact]:
        """A concept's facts, one per context and unit; contexts with inconsistent duplicates are not bound."""
        result = []
        for fact in self.by_concept.get(qname, []):
            same = self.by_key[(qname, fact.context, fact.unit.id)]
            if same[0] is fact and len({f.value for f in same}) == 1:
                result.append(fact)
        return result

    def total(self, arcs: _Group, context: Context, unit: str) -> Decimal | None:
        """The weighted sum of the children present, or None when none is (no binding)."""
        total, bound = Decimal(0), False
        for arc in arcs:
            same = self.by_key.get((arc.child.qname, context, unit), [])
            if not same:
                continue
            if len({f.value for f in same}) > 1:
                return None
            total += arc.weight * same[0].value
            bound = True
        return total if bound else None

    def failures(self, parent: str, arcs: _Group) -> list[tuple[Fact, Decimal]]:
        result = []
        for fact in self.bound(parent):
            computed = self.total(arcs, fact.context, fact.unit.id)
            if computed is not None and computed != fact.value:
                result.append((fact, computed))
        return result

    def holds(self, parent: str, arcs: _Group, groups: dict[int, dict[str, _Group]]) -> bool:
        """True when every failure of `arcs` is also a failure of the arcs of the statement the total is from."""
        for fact, _ in self.failures(parent, arcs):
            printed_in = groups.get(fact.statement, {}).get(parent)
            if not printed_in or self.total(printed_in, fact.context, fact.unit.id) in (None, fact.value):
                return False
        return True
