"""--taxonomy: with an official US GAAP taxonomy package, the filing refers to the official schema locations and
Arelle validates it offline from that zip alone.

The package is built here as a stand-in for the FASB's: our elts schemas placed at the official URLs by its catalog,
with an aggregate entry point that imports them (as the FASB's entry points do)."""

import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from conftest import EXAMPLE
from exporter.cli import main
from exporter.errors import ConversionError
from exporter.mapping.taxonomy import SRT_NS, US_GAAP_NS, taxonomy_dir
from exporter.serialize.names import SchemaLocations
from exporter.serialize.packages import official_locations
from exporter.validate.arelle import inspect_model, validate

US_GAAP_URL = "https://xbrl.fasb.org/us-gaap/2022/elts/us-gaap-2022.xsd"
SRT_URL = "https://xbrl.fasb.org/srt/2022/elts/srt-2022.xsd"
ENTRY_POINT_URL = "https://xbrl.fasb.org/us-gaap/2022/entire/us-gaap-entryPoint-all-2022.xsd"
XS = "http://www.w3.org/2001/XMLSchema"

PACKAGE = """<?xml version="1.0" encoding="UTF-8"?>
<taxonomyPackage xmlns="http://xbrl.org/2016/taxonomy-package" xml:lang="en">
  <identifier>https://xbrl.fasb.org/us-gaap/2022</identifier>
  <name>US GAAP 2022 (test stand-in)</name>
  <version>2022</version>
  <publisher>legacy-xbrl tests</publisher>
  <publicationDate>2022-03-07</publicationDate>
  <entryPoints>
    <entryPoint><name>US GAAP, all</name><entryPointDocument href="{entry}"/></entryPoint>
    {srt_entry}
  </entryPoints>
</taxonomyPackage>
"""
SRT_ENTRY = f'<entryPoint><name>SRT</name><entryPointDocument href="{SRT_URL}"/></entryPoint>'
CATALOG = """<?xml version="1.0" encoding="UTF-8"?>
<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
  <rewriteURI uriStartString="https://xbrl.fasb.org/us-gaap/2022/" rewritePrefix="../us-gaap/"/>
  {srt_rewrite}
</catalog>
"""
SRT_REWRITE = '<rewriteURI uriStartString="https://xbrl.fasb.org/srt/2022/" rewritePrefix="../srt/"/>'
ENTRY_POINT = f"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="{XS}" targetNamespace="http://fasb.org/us-gaap-entryPoint/all/2022">
  <xs:import namespace="{US_GAAP_NS}" schemaLocation="../elts/us-gaap-2022.xsd"/>
</xs:schema>
"""


def _package(path: Path, with_srt: bool = True, top: str = "us-gaap-2022/") -> Path:
    """A taxonomy package zip holding our elts schemas at the official FASB locations, under the folder `top`."""
    elts = taxonomy_dir() / "elts"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(f"{top}META-INF/taxonomyPackage.xml",
                         PACKAGE.format(entry=ENTRY_POINT_URL, srt_entry=SRT_ENTRY if with_srt else ""))
        archive.writestr(f"{top}META-INF/catalog.xml", CATALOG.format(srt_rewrite=SRT_REWRITE if with_srt else ""))
        archive.writestr(f"{top}us-gaap/entire/us-gaap-entryPoint-all-2022.xsd", ENTRY_POINT)
        for name in ("us-gaap-2022.xsd", "us-gaap-2022-lab.xml"):
            archive.write(elts / name, f"{top}us-gaap/elts/{name}")
        if with_srt:
            for name in ("srt-2022.xsd", "srt-2022-lab.xml"):
                archive.write(elts / name, f"{top}srt/elts/{name}")
    return path


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    return _package(tmp_path_factory.mktemp("official") / "us-gaap-2022.zip")


@pytest.mark.parametrize("top", ["us-gaap-2022/", ""])
def test_schema_locations_are_read_from_the_package(tmp_path, top):
    package = _package(tmp_path / "us-gaap-2022.zip", top=top)
    locations = official_locations([package])
    assert locations.urls == {"us-gaap": US_GAAP_URL, "srt": SRT_URL}
    assert locations.packages == (package,)
    assert not locations.uses_own_taxonomy


def test_a_package_without_srt_keeps_our_srt_schema(tmp_path):
    locations = official_locations([_package(tmp_path / "no-srt.zip", with_srt=False)])
    assert locations.urls["us-gaap"] == US_GAAP_URL
    assert locations.urls["srt"] == "http://taxonomy.legacy-xbrl.org/2022/elts/srt-2022.xsd"
    assert locations.uses_own_taxonomy


def test_a_file_that_is_not_a_taxonomy_package_is_named_in_the_error(tmp_path):
    bogus = tmp_path / "bogus.zip"
    bogus.write_text("not a zip")
    with pytest.raises(ConversionError, match="bogus.zip: cannot read the taxonomy package"):
        official_locations([bogus])
    assert main(["convert", str(EXAMPLE), "--out", str(tmp_path), "--taxonomy", str(bogus)]) == 2


def _imports(schema: Path) -> dict[str, str]:
    return {element.get("namespace"): element.get("schemaLocation")
            for element in etree.parse(str(schema)).iterfind(f"{{{XS}}}import")}


@pytest.mark.parametrize("source", ["example", "seed"])
def test_filing_on_the_official_taxonomy_validates_offline_from_that_zip(source, package, tmp_path, request):
    path = EXAMPLE if source == "example" else request.getfixturevalue("seed_path")
    assert main(["convert", str(path), "--out", str(tmp_path), "--format", "xbrl,xbrl-json",
                 "--taxonomy", str(package)]) == 0
    [folder] = [p for p in tmp_path.iterdir() if p.is_dir()]
    [instance] = [p for p in folder.glob("*.xml") if p.name == f"{folder.name}.xml"]
    schema_ref = etree.parse(str(instance)).find("{http://www.xbrl.org/2003/linkbase}schemaRef")
    extension = folder / schema_ref.get("{http://www.w3.org/1999/xlink}href")
    assert _imports(extension)[US_GAAP_NS] == US_GAAP_URL
    assert _imports(extension)[SRT_NS] == SRT_URL
    for written in folder.iterdir():
        assert "taxonomy.legacy-xbrl.org" not in written.read_text(encoding="utf-8"), written.name
    calculation = (folder / f"{folder.name}-cal.xml").read_text()
    assert f'xlink:href="{US_GAAP_URL}#us-gaap_' in calculation
    report = json.loads((folder / "report.json").read_text())
    assert report["arelle"]["errors"] == 0, report["arelle"]["messages"]

    locations = official_locations([package])
    result, facts = inspect_model(instance, lambda model: len(model.facts), locations=locations)
    assert result.errors == []
    assert facts == report["facts"] > 0
    assert validate(folder / f"{folder.name}.json", locations=locations).errors == []
    # the zip is what resolves the official URLs: without it Arelle, offline, cannot load the schemas
    unresolved = validate(instance, locations=SchemaLocations(locations.urls))
    assert unresolved.errors
