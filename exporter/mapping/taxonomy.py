"""Our US-GAAP-like taxonomy as the mapper sees it: concepts with type, period type, balance and label."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from lxml import etree

XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
STANDARD_LABEL = "http://www.xbrl.org/2003/role/label"

TAXONOMY_URL = "http://taxonomy.legacy-xbrl.org/2022/"
US_GAAP_NS = "http://fasb.org/us-gaap/2022"
SRT_NS = "http://fasb.org/srt/2022"
SCHEMAS = {"us-gaap": ("elts/us-gaap-2022.xsd", US_GAAP_NS), "srt": ("elts/srt-2022.xsd", SRT_NS)}


@dataclass(frozen=True)
class Concept:
    """An XBRL concept: a taxonomy element or an extension the mapper made for one filing."""

    prefix: str
    name: str
    namespace: str
    data_type: str  # e.g. "xbrli:monetaryItemType"
    period_type: str  # "instant" or "duration"
    balance: str | None  # "debit", "credit" or None
    label: str
    abstract: bool = False
    substitution_group: str = "xbrli:item"

    @cached_property
    def qname(self) -> str:
        return f"{self.prefix}:{self.name}"

    @property
    def is_numeric(self) -> bool:
        return not self.abstract and self.data_type.split(":")[1] in (
            "monetaryItemType", "sharesItemType", "perShareItemType", "decimalItemType", "pureItemType")


def taxonomy_dir() -> Path:
    return Path(os.environ.get("LEGACY_XBRL_TAXONOMY") or Path(__file__).resolve().parents[2] / "taxonomy")


@dataclass(frozen=True)
class Taxonomy:
    concepts: dict[str, Concept]  # by qname

    def get(self, qname: str) -> Concept | None:
        return self.concepts.get(qname)

    def __contains__(self, qname: str) -> bool:
        return qname in self.concepts


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """Read the concepts and standard labels of taxonomy/elts/."""
    root = taxonomy_dir()
    concepts: dict[str, Concept] = {}
    for prefix, (path, namespace) in SCHEMAS.items():
        schema_path = root / path
        labels = _labels(schema_path)
        schema = etree.parse(str(schema_path))
        for element in schema.iterfind(f"{{{XS}}}element"):
            name = element.get("name")
            concept = Concept(
                prefix=prefix,
                name=name,
                namespace=namespace,
                data_type=element.get("type", ""),
                period_type=element.get(f"{{{XBRLI}}}periodType", "duration"),
                balance=element.get(f"{{{XBRLI}}}balance"),
                label=labels.get(element.get("id", ""), name),
                abstract=element.get("abstract") == "true",
                substitution_group=element.get("substitutionGroup", "xbrli:item"),
            )
            concepts[concept.qname] = concept
    return Taxonomy(concepts)


def _labels(schema_path: Path) -> dict[str, str]:
    """Standard labels by element id, from the label linkbases the schema refers to."""
    labels: dict[str, str] = {}
    schema = etree.parse(str(schema_path))
    for ref in schema.iter(f"{{{LINK}}}linkbaseRef"):
        linkbase = etree.parse(str(schema_path.parent / ref.get(f"{{{XLINK}}}href")))
        locators = {loc.get(f"{{{XLINK}}}label"): loc.get(f"{{{XLINK}}}href").split("#")[-1]
                    for loc in linkbase.iter(f"{{{LINK}}}loc")}
        texts = {label.get(f"{{{XLINK}}}label"): label.text or ""
                 for label in linkbase.iter(f"{{{LINK}}}label")
                 if label.get(f"{{{XLINK}}}role", STANDARD_LABEL) == STANDARD_LABEL}
        for arc in linkbase.iter(f"{{{LINK}}}labelArc"):
            source, target = arc.get(f"{{{XLINK}}}from"), arc.get(f"{{{XLINK}}}to")
            if source in locators and target in texts:
                labels.setdefault(locators[source], texts[target])
    return labels


def role_uri(namespace: str, role: str) -> str:
    return f"{namespace}/role/{role}"
