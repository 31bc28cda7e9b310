"""Official taxonomy packages a user brings (--taxonomy): where their us-gaap and srt schemas live.

A taxonomy package (XBRL Taxonomy Packages 1.0) is a zip with META-INF/taxonomyPackage.xml, listing the entry
points by URL, and META-INF/catalog.xml, mapping those URLs to files in the zip. For each of our base namespaces
the schema that declares it as targetNamespace is found among the entry points first, then among all schemas the
catalog maps (the FASB packages list aggregate entry points that import `elts/us-gaap-<year>.xsd`)."""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..errors import ConversionError
from ..mapping.taxonomy import SCHEMAS, US_GAAP_NS
from .names import OWN_LOCATIONS, SchemaLocations

CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog"
XS_SCHEMA = "{http://www.w3.org/2001/XMLSchema}schema"


@dataclass(frozen=True)
class TaxonomyPackage:
    entry_points: tuple[str, ...]  # entry point document URLs, in the package's order
    schemas: dict[str, str | None]  # targetNamespace (None: none declared) by URL, for every schema the catalog maps

    def namespace_url(self, namespace: str) -> str | None:
        """The URL of the schema declaring `namespace`: an entry point if one does, else any mapped schema."""
        for url in (*self.entry_points, *sorted(self.schemas)):
            if self.schemas.get(url) == namespace:
                return url
        return None


def official_locations(paths: Sequence[Path]) -> SchemaLocations:
    """Schema locations from the user's packages; a base namespace none of them declares keeps our schema."""
    packages = [read_package(path) for path in paths]
    urls = dict(OWN_LOCATIONS.urls)
    for prefix, (_, namespace) in SCHEMAS.items():
        found = next((url for package in packages if (url := package.namespace_url(namespace))), None)
        if found:
            urls[prefix] = found
        elif namespace == US_GAAP_NS:
            raise ConversionError(paths[0], "taxonomy", f"no schema in the taxonomy package(s) declares {namespace} "
                                  "(is this the US GAAP 2022 taxonomy package?)")
    return SchemaLocations(urls, tuple(paths))


def read_package(path: Path) -> TaxonomyPackage:
    """Entry points, catalog and schema namespaces of one taxonomy package zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            meta = next((n for n in sorted(names, key=len) if n.endswith("META-INF/taxonomyPackage.xml")), None)
            if meta is None:
                raise ConversionError(path, "taxonomy", "no META-INF/taxonomyPackage.xml: not a taxonomy package")
            folder = posixpath.dirname(meta)
            entry_points = tuple(element.get("href") for element in _parse(archive, meta, path).iter(
                "{*}entryPointDocument") if element.get("href"))
            catalog = posixpath.join(folder, "catalog.xml")
            rewrites = _rewrites(_parse(archive, catalog, path), folder) if catalog in names else ()
            schemas: dict[str, str | None] = {}
            for name in sorted(n for n in names if n.endswith(".xsd")):
                url = _url(name, rewrites)
                if url:
                    schemas[url] = _target_namespace(archive, name)
    except (zipfile.BadZipFile, OSError) as error:
        raise ConversionError(path, "taxonomy", f"cannot read the taxonomy package: {error}") from error
    return TaxonomyPackage(entry_points, schemas)


def _rewrites(catalog: etree._Element, folder: str) -> tuple[tuple[str, str], ...]:
    """The catalog's rewriteURI entries as (URL start, folder in the zip), longest URL start first."""
    rewrites = [(rule.get("uriStartString"), posixpath.normpath(posixpath.join(folder, rule.get("rewritePrefix"))))
                for rule in catalog.iter(f"{{{CATALOG_NS}}}rewriteURI")]
    return tuple(sorted(rewrites, key=lambda rewrite: -len(rewrite[0])))


def _url(name: str, rewrites: tuple[tuple[str, str], ...]) -> str | None:
    """The URL the catalog maps onto a file of the zip (the reverse of the catalog's rewrite)."""
    for start, folder in rewrites:
        prefix = "" if folder == "." else folder + "/"  # "." when META-INF is at the top of the zip
        if name.startswith(prefix):
            return start + name[len(prefix):]
    return None


def _parse(archive: zipfile.ZipFile, name: str, path: Path) -> etree._Element:
    try:
        return etree.fromstring(archive.read(name))
    except etree.XMLSyntaxError as error:
        raise ConversionError(path, "taxonomy", f"{name} is not well-formed XML: {error}") from error


def _target_namespace(archive: zipfile.ZipFile, name: str) -> str | None:
    """The targetNamespace of a schema, read from its root element only."""
    with archive.open(name) as handle:
        try:
            for _, element in etree.iterparse(handle, events=("start",)):
                return element.get("targetNamespace") if element.tag == XS_SCHEMA else None
        except etree.XMLSyntaxError:
            return None
    return None
