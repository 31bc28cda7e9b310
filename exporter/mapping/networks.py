"""Calculation networks (summation-item arcs by extended link role): our taxonomy's, and a filing's own."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lxml import etree

from .facts import CalcRelationship, MappedFiling
from .taxonomy import LINK, XLINK, Concept, load_taxonomy, role_uri, taxonomy_dir

Networks = dict[str, list[CalcRelationship]]
STANDARD_CALCULATION = "stm/lx-stm-cal-2022.xml"
SUMMATION_ITEM = "http://www.xbrl.org/2003/arcrole/summation-item"


@lru_cache(maxsize=1)
def standard_networks() -> Networks:
    """The calculation networks of our US-GAAP-like taxonomy (taxonomy/stm/lx-stm-cal-2022.xml)."""
    return read_networks(taxonomy_dir() / STANDARD_CALCULATION)


@lru_cache(maxsize=1)
def cash_effect_signs() -> dict[str, int]:
    """Per concept of the cash flow network, the product of the weights on its way up to the net change in cash:
    +1 where a positive value adds to cash (net income, depreciation), -1 where it takes from it (an increase
    in receivables, a payment). A cash flow statement prints cash effects, so value = printed x this sign."""
    arcs = next((arcs for role, arcs in standard_networks().items() if role.endswith("/CashFlow")), [])
    parent_of: dict[str, tuple[str, int]] = {}
    for arc in arcs:
        parent_of.setdefault(arc.child.qname, (arc.parent.qname, arc.weight))

    def sign(qname: str, depth: int = 0) -> int:
        if qname not in parent_of or depth > 50:
            return 1
        parent, weight = parent_of[qname]
        return weight * sign(parent, depth + 1)

    return {qname: sign(qname) for qname in parent_of}


def filing_networks(mapped: MappedFiling) -> Networks:
    """The networks of a mapped filing's extension calculation linkbase, by the role URIs it is written with."""
    return {role_uri(mapped.extension_namespace, s.role): list(s.relationships) for s in mapped.statements}


def read_networks(path: Path) -> Networks:
    """The summation-item arcs of a calculation linkbase file, by role; concepts are named by locator id."""
    networks: Networks = {}
    for link in etree.parse(str(path)).iter(f"{{{LINK}}}calculationLink"):
        concepts = {loc.get(f"{{{XLINK}}}label"): _concept(loc.get(f"{{{XLINK}}}href", "").split("#")[-1])
                    for loc in link.iter(f"{{{LINK}}}loc")}
        arcs = networks.setdefault(link.get(f"{{{XLINK}}}role", ""), [])
        for arc in link.iter(f"{{{LINK}}}calculationArc"):
            parent, child = concepts.get(arc.get(f"{{{XLINK}}}from")), concepts.get(arc.get(f"{{{XLINK}}}to"))
            if arc.get(f"{{{XLINK}}}arcrole") == SUMMATION_ITEM and parent and child:
                arcs.append(CalcRelationship(parent, child, int(float(arc.get("weight", "1"))),
                                             int(float(arc.get("order", "1")))))
    return networks


def _concept(element_id: str) -> Concept | None:
    """The concept of an element id `prefix_Name` (the ids our schemas use)."""
    prefix, _, name = element_id.partition("_")
    if not name:
        return None
    qname = f"{prefix}:{name}"
    return load_taxonomy().get(qname) or Concept(prefix, name, "", "", "duration", None, name)
