"""XBRL 2.1 calculation semantics over our own facts.

Each statement's calculation arcs bind to every context of the filing, so a structure found in one
statement is also checked against another statement's facts (two balance sheets that group lines
differently). Where a statement's own arcs fail there, the union of every statement's arcs for that total
is tried; if that fails too the arcs are left out and the reason is reported. A failure in the statement a
total was printed in is the filing's own arithmetic: it stays, and is reported.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from .facts import CalcRelationship, Fact, Issue, MappedFiling

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


def fact_key(fact: Fact) -> tuple[str, Hashable]:
    """What a fact binds by: its concept, and its context and unit."""
    return fact.concept.qname, (fact.context, fact.unit.id)


@dataclass(frozen=True)
class Summation:
    """One binding of a summation-item network: a total and the weighted items present in its context and unit.

    Consistent, as in XBRL 2.1 (5.2.5.2), when the total and the sum of the items, each rounded to the
    fewest decimals among them, are equal. The facts are whatever `summations` was given."""

    role: str
    total: Any
    items: tuple[tuple[int, Any], ...]

    @property
    def decimals(self) -> int:
        return min(fact.decimals for fact in (self.total, *(item for _, item in self.items)))

    @property
    def printed(self) -> Decimal:
        return rounded(self.total.value, self.decimals)

    @property
    def computed(self) -> Decimal:
        return sum((weight * rounded(fact.value, self.decimals) for weight, fact in self.items), Decimal(0))

    @property
    def consistent(self) -> bool:
        return self.printed == self.computed


@dataclass(frozen=True)
class ImpliedTotal:
    """A total the facts do not report, stood in for by the weighted items of it they do report."""

    concept: str
    items: tuple[tuple[int, Any], ...]

    @property
    def value(self) -> Decimal:
        return sum((weight * item.value for weight, item in self.items), Decimal(0))

    @property
    def decimals(self) -> int:
        return min(item.decimals for _, item in self.items)

    def leaves(self) -> list[Any]:
        """The reported facts under this total."""
        return [leaf for _, item in self.items
                for leaf in (item.leaves() if isinstance(item, ImpliedTotal) else [item])]


def summations(facts: Iterable[Any], networks: dict[str, _Group],
               key: Callable[[Any], tuple[str, Hashable]] = fact_key, implied: bool = False) -> list[Summation]:
    """Every binding of every total of the networks (by role) to the facts, consistent or not.

    `key` gives a fact's concept and what it binds by (context and unit); the facts need `value` and `decimals`.
    With `implied`, absent subtotals are stood in for by their items (see _FactIndex.items)."""
    index = _FactIndex(facts, key)
    found = []
    for role, relationships in networks.items():
        network = _by_parent(relationships)
        for parent, arcs in network.items():
            for fact in index.bound(parent):
                items = index.items(arcs, index.binding(fact), network if implied else None, frozenset({parent}))
                if items:
                    found.append(Summation(role, fact, tuple(items)))
    return found


def rounded(value: Decimal, decimals: int) -> Decimal:
    """A value rounded to `decimals` places (negative: to tens, hundreds, ...), half to even."""
    return value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_EVEN)


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
    """Facts (or any items with `value` and `decimals`) by concept and binding, as `key` gives them."""

    def __init__(self, facts: Iterable[Any], key: Callable[[Any], tuple[str, Hashable]] = fact_key):
        self.key = key
        self.by_key: dict[tuple[str, Hashable], list[Any]] = defaultdict(list)
        self.by_concept: dict[str, list[Any]] = defaultdict(list)
        for fact in facts:
            self.by_key[key(fact)].append(fact)
            self.by_concept[key(fact)[0]].append(fact)

    def binding(self, fact: Any) -> Hashable:
        return self.key(fact)[1]

    def bound(self, qname: str) -> list[Any]:
        """A concept's facts, one per context and unit; contexts with inconsistent duplicates are not bound."""
        result = []
        for fact in self.by_concept.get(qname, []):
            same = self.by_key[self.key(fact)]
            if same[0] is fact and len({f.value for f in same}) == 1:
                result.append(fact)
        return result

    def items(self, arcs: _Group, binding: Hashable, network: dict[str, _Group] | None = None,
              seen: frozenset[str] = frozenset()) -> list[tuple[int, Any]] | None:
        """The weighted children present; None when one has inconsistent duplicates (no binding).

        With the `network` the arcs are from, an absent child that is a total there is stood in for by the
        sum of its own items present (an ImpliedTotal), as deep as the network goes."""
        items = []
        for arc in arcs:
            same = self.by_key.get((arc.child.qname, binding), [])
            child = arc.child.qname
            if not same and network and child in network and child not in seen:
                below = self.items(network[child], binding, network, seen | {child})
                if below is None:
                    return None
                if below:
                    items.append((arc.weight, ImpliedTotal(child, tuple(below))))
                continue
            if not same:
                continue
            if len({f.value for f in same}) > 1:
                return None
            items.append((arc.weight, same[0]))
        return items

    def total(self, arcs: _Group, binding: Hashable) -> Decimal | None:
        """The weighted sum of the children present, or None when none is (no binding)."""
        items = self.items(arcs, binding)
        return sum((weight * fact.value for weight, fact in items), Decimal(0)) if items else None

    def failures(self, parent: str, arcs: _Group) -> list[tuple[Fact, Decimal]]:
        result = []
        for fact in self.bound(parent):
            computed = self.total(arcs, self.binding(fact))
            if computed is not None and computed != fact.value:
                result.append((fact, computed))
        return result

    def holds(self, parent: str, arcs: _Group, groups: dict[int, dict[str, _Group]]) -> bool:
        """True when every failure of `arcs` is also a failure of the arcs of the statement the total is from."""
        for fact, _ in self.failures(parent, arcs):
            printed_in = groups.get(fact.statement, {}).get(parent)
            if not printed_in or self.total(printed_in, self.binding(fact)) in (None, fact.value):
                return False
        return True
