"""The instance resources of a filing's facts (namespaces, xbrli:context, xbrli:unit), shared by the XBRL and
Inline XBRL serializers."""

from __future__ import annotations

from lxml import etree

from ..mapping.facts import Context, MappedFiling, Unit
from .names import EXTENSION_PREFIX, ISO4217, LINK, TAXONOMY_NAMESPACES, XBRLDI, XBRLI, XLINK


def instance_namespaces(mapped: MappedFiling) -> dict[str, str]:
    """Prefix -> namespace for the instance elements, the taxonomies and the filing's extension."""
    return {"xbrli": XBRLI, "link": LINK, "xlink": XLINK, "xbrldi": XBRLDI, "iso4217": ISO4217,
            **TAXONOMY_NAMESPACES, EXTENSION_PREFIX: mapped.extension_namespace}


def context_elements(mapped: MappedFiling) -> list[etree._Element]:
    """One context per distinct context of the facts, by period end, period start, then dimensions."""
    contexts = sorted({fact.context for fact in mapped.facts},
                      key=lambda c: (c.period.end, c.period.start or c.period.end, c.dimensions))
    return [_context(context, mapped) for context in contexts]


def unit_elements(mapped: MappedFiling) -> list[etree._Element]:
    """One unit per distinct unit of the facts, by id."""
    return [_unit(unit) for unit in sorted({fact.unit for fact in mapped.facts}, key=lambda u: u.id)]


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
    if context.period.start is None:
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
