"""XBRL 2.1 instance document, written with lxml: deduplicated contexts and units, one element per fact."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from pathlib import Path

from lxml import etree

from ..mapping.facts import Fact, MappedFiling, batches
from .names import LINK, XBRLI, XLINK
from .resources import context_elements, instance_namespaces, unit_elements
from .streamed import write_streamed

FACTS_PER_PART = 10_000  # fact elements held at once while writing


def write_instance(mapped: MappedFiling, path: Path, schema_name: str) -> None:
    nsmap = instance_namespaces(mapped)
    root = etree.Element(f"{{{XBRLI}}}xbrl", nsmap=nsmap)
    root.append(etree.Comment(f" legacy-xbrl: converted from {Path(mapped.source_path).name} "))
    ref = etree.SubElement(root, f"{{{LINK}}}schemaRef")
    ref.set(f"{{{XLINK}}}type", "simple")
    ref.set(f"{{{XLINK}}}href", schema_name)
    root.extend(context_elements(mapped))
    root.extend(unit_elements(mapped))
    write_streamed(path, root, _fact_parts(mapped, nsmap))


def _fact_parts(mapped: MappedFiling, nsmap: dict[str, str]) -> Iterator[etree._Element]:
    numbers = count(1)
    for batch in batches(mapped.facts, FACTS_PER_PART):
        part = etree.Element(f"{{{XBRLI}}}xbrl", nsmap=nsmap)
        for fact in batch:
            part.append(_fact(fact, next(numbers), nsmap))
        yield part


def _fact(fact: Fact, number: int, nsmap: dict[str, str]) -> etree._Element:
    concept = fact.concept
    element = etree.Element(f"{{{nsmap[concept.prefix]}}}{concept.name}", id=f"f{number}",
                            contextRef=fact.context.id, unitRef=fact.unit.id, decimals=str(fact.decimals))
    element.text = fact.value_text
    return element
