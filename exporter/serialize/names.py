"""Namespaces, schema locations and element ids shared by the XBRL serializers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..mapping.taxonomy import SCHEMAS, SRT_NS, TAXONOMY_URL, US_GAAP_NS, Concept

XBRLI = "http://www.xbrl.org/2003/instance"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
XS = "http://www.w3.org/2001/XMLSchema"
XBRLDI = "http://xbrl.org/2006/xbrldi"
XBRLDT = "http://xbrl.org/2005/xbrldt"
ISO4217 = "http://www.xbrl.org/2003/iso4217"
DTR_TYPES = "http://www.xbrl.org/dtr/type/2022-03-31"
DTR_TYPES_URL = "https://www.xbrl.org/dtr/type/2022-03-31/types.xsd"
XBRL_INSTANCE_URL = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"
XBRLDT_URL = "http://www.xbrl.org/2005/xbrldt-2005.xsd"
STANDARD_LABEL = "http://www.xbrl.org/2003/role/label"
EXTENSION_PREFIX = "ext"

TAXONOMY_NAMESPACES = {"us-gaap": US_GAAP_NS, "srt": SRT_NS}


@dataclass(frozen=True)
class SchemaLocations:
    """Where the extension schema finds the us-gaap and srt schemas: in our taxonomy, or in official packages."""

    urls: dict[str, str]  # schema URL by taxonomy prefix
    packages: tuple[Path, ...] = ()  # the user's taxonomy packages (zip) that resolve those URLs offline

    @property
    def uses_own_taxonomy(self) -> bool:
        return any(url.startswith(TAXONOMY_URL) for url in self.urls.values())


OWN_LOCATIONS = SchemaLocations({prefix: TAXONOMY_URL + path for prefix, (path, _) in SCHEMAS.items()})


def schema_url(prefix: str, locations: SchemaLocations) -> str:
    return locations.urls[prefix]


def element_id(concept: Concept) -> str:
    return f"{concept.prefix}_{concept.name}"


def concept_href(concept: Concept, extension_schema: str, locations: SchemaLocations) -> str:
    base = extension_schema if concept.prefix == EXTENSION_PREFIX else schema_url(concept.prefix, locations)
    return f"{base}#{element_id(concept)}"


def qname_href(qname: str, extension_schema: str, locations: SchemaLocations) -> str:
    prefix, name = qname.split(":")
    base = extension_schema if prefix == EXTENSION_PREFIX else schema_url(prefix, locations)
    return f"{base}#{prefix}_{name}"
