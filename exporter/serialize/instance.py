"""XBRL 2.1 instance document, written with lxml: deduplicated contexts and units, one element per fact."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..facts import Context, Fact, MappedFiling, Unit
from .names import EXTENSION_PREFIX, ISO4217, LINK, TAXONOMY_NAMESPACES, XBRLDI, XBRLI, XLINK


def write_instance(mapped: MappedFiling, path: Path, schema_name: str) -> None:
    nsmap = {"xbrli": XBRLI, "link": LINK, "xlink": XLINK, "xbrldi": XBRLDI, "iso4217": ISO4217,
             **TAXONOMY_NAMESPACES, EXTENSION_PREFIX: mapped.extension_namespace}
    root = etree.Element(f"{{{XBRLI}}}xbrl", nsmap=nsmap)
    root.append(etree.Comment(f" legacy-xbrl: converted from {Path(mapped.source_path).name} "))
    ref = etree.SubElement(root, f"{{{LINK}}}schemaRef")
    ref.set(f"{{{XLINK}}}type", "simple")
    ref.set(f"{{{XLINK}}}href", schema_name)
    facts = mapped.facts
    for context in sorted({fact.context for fact in facts}, key=lambda c: (c.period.end, c.period.start or c.period.end,
                                                                          c.dimensions)):
        root.append(_context(context, mapped))
    for unit in sorted({fact.unit for fact in facts}, key=lambda u: u.id):
        root.append(_unit(unit))
    for number, fact in enumerate(facts, start=1):
        root.append(_fact(fact, number, nsmap))
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="utf-8", pretty_print=True)


def _context(context: Context, mapped: MappedFiling) -> etree._Element:
    element = etree.Element(f"{{{XBRLI}}}context", id=context.id)
    entity = etree.SubElement(element, f"{{{XBRLI}}}entity")
    identifier = etree.SubElement(entity, f"{{{XBRLI}}}identifier", scheme=mapped.entity.scheme)
    identifier.text = mapped.entity.identifier
    if context.dimensions:
        segment = etree.SubElement(entity, f"{{{XBRLI}}}segment")
        for axis, member in context.dimensions:
            explicit = etree.SubElement(segment, f"{{{XBRLDI}}}explicitMember", dimension=axis)
            explicit.text = member
    period = etree.SubElement(element, f"{{{XBRLI}}}period")
    if context.period.is_instant:
        etree.SubElement(period, f"{{{XBRLI}}}instant").text = context.period.end.isoformat()
    else:
        etree.SubElement(period, f"{{{XBRLI}}}startDate").text = context.period.start.isoformat()
        etree.SubElement(period, f"{{{XBRLI}}}endDate").text = context.period.end.isoformat()
    return element


def _unit(unit: Unit) -> etree._Element:
    element = etree.Element(f"{{{XBRLI}}}unit", id=unit.id)
    if unit.per is None:
        etree.SubElement(element, f"{{{XBRLI}}}measure").text = unit.measure
    else:
        divide = etree.SubElement(element, f"{{{XBRLI}}}divide")
        for part, measure in (("unitNumerator", unit.measure), ("unitDenominator", unit.per)):
            etree.SubElement(etree.SubElement(divide, f"{{{XBRLI}}}{part}"), f"{{{XBRLI}}}measure").text = measure
    return element


def _fact(fact: Fact, number: int, nsmap: dict[str, str]) -> etree._Element:
    concept = fact.concept
    element = etree.Element(f"{{{nsmap[concept.prefix]}}}{concept.name}", id=f"f{number}",
                            contextRef=fact.context.id, unitRef=fact.unit.id, decimals=str(fact.decimals))
    element.text = fact.value_text
    return element
