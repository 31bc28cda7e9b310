"""The extension schema and linkbases written a part at a time stay one valid taxonomy, however many parts."""

from pathlib import Path

from lxml import etree

from conftest import EXAMPLE
from exporter.mapping.taxonomy import role_uri
from exporter.pipeline import convert, write_outputs
from exporter.serialize import schema
from exporter.serialize.names import LINK, XS
from exporter.validate.arelle import inspect_model


def test_role_types_and_references_in_parts_of_one_load_in_arelle(tmp_path: Path, monkeypatch):
    """A filing of thousands of statements gets an annotation per thousand role types; here, one per statement."""
    monkeypatch.setattr(schema, "_ROLES_PER_PART", 1)
    monkeypatch.setattr(schema, "_ROLE_REFS_PER_PART", 1)
    conversion = convert(EXAMPLE)
    folder = write_outputs(conversion, tmp_path, ("xbrl",), validate=False)
    mapped = conversion.mapped
    extension = etree.parse(str(folder / f"{mapped.filing_id}-ext.xsd")).getroot()
    assert len(extension.findall(f"{{{XS}}}annotation")) == len(mapped.statements) == 2
    presentation = etree.parse(str(folder / f"{mapped.filing_id}-pre.xml")).getroot()
    assert len(presentation.findall(f"{{{LINK}}}roleRef")) == 2

    result, (roles, facts) = inspect_model(conversion.files["xbrl"],
                                           lambda model: (set(model.roleTypes), len(model.facts)))
    assert result.errors == []
    assert {role_uri(mapped.extension_namespace, s.role) for s in mapped.statements} <= roles
    assert facts == len(mapped.facts) > 0
