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

from ..mapping.facts import EXACT, CalcRelationship, Fact, Issue, MappedFiling

_Group = list[CalcRelationship]
_ZERO = Decimal(0)


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
            chosen, failures = own, index.failures(parent, own)
            if not index.holds(parent, own, failures, groups):
                chosen = _union(parent, groups)
                failures = index.failures(parent, chosen)
            if not index.holds(parent, chosen, failures, groups):
                line = next((f.source_line for f in statement.facts if f.concept.qname == parent), 0)
                mapped.issues.append(Issue("calculation", line, f"the lines that add up to {parent} here add up "
                                           "differently in another statement; its calculation arcs are left out",
                                           parent))
                continue
            kept.extend(chosen)
            for _, fact, computed in failures:
                found.setdefault((parent, fact.context.id), Inconsistency(
                    statement.role, parent, fact.context.id, fact.value, computed, fact.source_line, fact.label))
        statement.relationships = kept
    return list(found.values())


def fact_key(fact: Fact) -> tuple[str, Hashable]:
    """What a fact binds by: its concept, and its context (period and dimensions) and unit."""
    context = fact.context
    return fact.concept.qname, (context.period.end, context.period.start, context.dimensions, fact.unit.id)


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
        return weighted_sum((weight, rounded(fact.value, self.decimals)) for weight, fact in self.items)

    @property
    def consistent(self) -> bool:
        return self.printed == self.computed

    def leaves(self) -> list[Any]:
        """The reported facts among the items (those under an ImpliedTotal included)."""
        return _leaves(self.items)


@dataclass(frozen=True)
class ImpliedTotal:
    """A total the facts do not report, stood in for by the weighted items of it they do report."""

    concept: str
    items: tuple[tuple[int, Any], ...]

    @property
    def value(self) -> Decimal:
        return weighted_sum((weight, item.value) for weight, item in self.items)

    @property
    def decimals(self) -> int:
        return min(item.decimals for _, item in self.items)

    def leaves(self) -> list[Any]:
        """The reported facts under this total."""
        return _leaves(self.items)


def _leaves(items: tuple[tuple[int, Any], ...]) -> list[Any]:
    return [leaf for _, item in items for leaf in (item.leaves() if isinstance(item, ImpliedTotal) else [item])]


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
            for binding, fact in index.bound(parent):
                items = index.items(arcs, binding, network if implied else None, frozenset({parent}))
                if items:
                    found.append(Summation(role, fact, tuple(items)))
    return found


def rounded(value: Decimal, decimals: int) -> Decimal:
    """A value rounded to `decimals` places (negative: to tens, hundreds, ...), half to even."""
    return value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_EVEN, EXACT)


def agree(facts: Iterable[Any]) -> bool:
    """True when the facts' values are equal once rounded to the fewest decimals among them."""
    facts = list(facts)
    decimals = min(fact.decimals for fact in facts)
    return len({rounded(fact.value, decimals) for fact in facts}) == 1


def weighted_sum(terms: Iterable[tuple[int, Decimal]]) -> Decimal:
    """The exact sum of weight x value (never rounded to the default 28 digits)."""
    total = _ZERO
    for weight, value in terms:
        total = EXACT.add(total, value if weight == 1 else EXACT.multiply(weight, value))
    return total


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
    """Facts (or any items with `value` and `decimals`) by concept and binding, as `key` gives them.

    Each distinct binding is numbered once. Of a concept's facts in one binding only the first is kept, and where
    there are more, the set of their values (they conflict when it has two): a filing that repeats a fact a
    thousand times costs no more than the fact."""

    def __init__(self, facts: Iterable[Any], key: Callable[[Any], tuple[str, Hashable]] = fact_key):
        self.first: dict[str, dict[int, Any]] = defaultdict(dict)  # per concept: binding number -> its first fact
        self.values: dict[tuple[str, int], set[Decimal]] = {}  # (concept, binding) reported more than once
        numbers: dict[Hashable, int] = {}
        for fact in facts:
            qname, binding = key(fact)
            number = numbers.setdefault(binding, len(numbers))
            first = self.first[qname].setdefault(number, fact)
            if first is not fact:
                self.values.setdefault((qname, number), {first.value}).add(fact.value)
        self._bound: dict[str, list[tuple[int, Any]]] = {}

    def _conflicting(self, qname: str, binding: int) -> bool:
        """Whether a concept's facts in one binding disagree."""
        return len(self.values.get((qname, binding), ())) > 1

    def bound(self, qname: str) -> list[tuple[int, Any]]:
        """A concept's facts, one per context and unit, each with its binding number; contexts with inconsistent
        duplicates are not bound."""
        result = self._bound.get(qname)
        if result is None:
            result = [(binding, fact) for binding, fact in self.first.get(qname, {}).items()
                      if not self._conflicting(qname, binding)]
            self._bound[qname] = result
        return result

    def items(self, arcs: _Group, binding: int, network: dict[str, _Group] | None = None,
              seen: frozenset[str] = frozenset()) -> list[tuple[int, Any]] | None:
        """The weighted children present; None when one has inconsistent duplicates (no binding).

        With the `network` the arcs are from, an absent child that is a total there is stood in for by the
        sum of its own items present (an ImpliedTotal), as deep as the network goes."""
        items = []
        for arc in arcs:
            child = arc.child.qname
            first = self.first.get(child, {}).get(binding)
            if first is None and network and child in network and child not in seen:
                below = self.items(network[child], binding, network, seen | {child})
                if below is None:
                    return None
                if below:
                    items.append((arc.weight, ImpliedTotal(child, tuple(below))))
                continue
            if first is None:
                continue
            if self._conflicting(child, binding):
                return None
            items.append((arc.weight, first))
        return items

    def total(self, arcs: _Group, binding: int) -> Decimal | None:
        """The weighted sum of the children present, or None when none is (no binding)."""
        items = self.items(arcs, binding)
        return weighted_sum((weight, fact.value) for weight, fact in items) if items else None

    def failures(self, parent: str, arcs: _Group) -> list[tuple[int, Fact, Decimal]]:
        """The bound facts of `parent` that the sum of `arcs` disagrees with: binding, fact and that sum."""
        result = []
        for binding, fact in self.bound(parent):
            computed = self.total(arcs, binding)
            if computed is not None and computed != fact.value:
                result.append((binding, fact, computed))
        return result

    def holds(self, parent: str, arcs: _Group, failures: list[tuple[int, Fact, Decimal]],
              groups: dict[int, dict[str, _Group]]) -> bool:
        """True when every failure of `arcs` for `parent` is also a failure of the arcs of the statement the total
        is from (which, when they are those arcs, it is)."""
        for binding, fact, _ in failures:
            printed_in = groups.get(fact.statement, {}).get(parent)
            if printed_in is arcs:
                continue
            if not printed_in or self.total(printed_in, binding) in (None, fact.value):
                return False
        return True
