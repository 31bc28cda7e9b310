"""XBRL 2.1 instance document, written with lxml: deduplicated contexts and units, one element per fact."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ..facts import Fact, MappedFiling
from .names import LINK, XBRLI, XLINK
from .resources import context_elements, instance_namespaces, unit_elements


def write_instance(mapped: MappedFiling, path: Path, schema_name: str) -> None:
    nsmap = instance_namespaces(mapped)
    root = etree.Element(f"{{{XBRLI}}}xbrl", nsmap=nsmap)
    root.append(etree.Comment(f" legacy-xbrl: converted from {Path(mapped.source_path).name} "))
    ref = etree.SubElement(root, f"{{{LINK}}}schemaRef")
    ref.set(f"{{{XLINK}}}type", "simple")
    ref.set(f"{{{XLINK}}}href", schema_name)
    root.extend(context_elements(mapped))
    root.extend(unit_elements(mapped))
    for number, fact in enumerate(mapped.facts, start=1):
        root.append(_fact(fact, number, nsmap))
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="utf-8", pretty_print=True)


def _fact(fact: Fact, number: int, nsmap: dict[str, str]) -> etree._Element:
    concept = fact.concept
    element = etree.Element(f"{{{nsmap[concept.prefix]}}}{concept.name}", id=f"f{number}",
                            contextRef=fact.context.id, unitRef=fact.unit.id, decimals=str(fact.decimals))
    element.text = fact.value_text
    return element
