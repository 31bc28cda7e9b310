"""Our taxonomy: valid in Arelle offline, true to the us-gaap element list, and dimensionally usable."""

import csv
from pathlib import Path

import pytest

from exporter.mapping.taxonomy import load_taxonomy, taxonomy_dir
from exporter.validate.arelle import validate

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "us-gaap-concepts.tsv"


def test_entry_point_validates_offline_with_no_error():
    result = validate(taxonomy_dir() / "entire" / "lx-entire-2022.xsd")
    assert result.errors == []


def test_concepts_match_the_reference_element_list():
    if not REFERENCE.is_file():
        pytest.skip(f"reference list not available at {REFERENCE} (../shared is absent)")
    lines = [line for line in REFERENCE.read_text().splitlines() if not line.startswith("#")]
    reference = {row["name"]: row for row in csv.DictReader(lines, delimiter="\t")}
    concepts = [c for c in load_taxonomy().concepts.values() if c.prefix == "us-gaap"]
    assert sum(1 for c in concepts if not c.abstract) >= 300
    for concept in concepts:
        row = reference[concept.name]
        assert concept.data_type == row["type"], concept.name
        if row["period_type"]:
            assert concept.period_type == row["period_type"], concept.name
        if row["balance"]:
            assert concept.balance == row["balance"], concept.name


def test_standard_labels_are_ours():
    taxonomy = load_taxonomy()
    assert taxonomy.get("us-gaap:AccountsReceivableNetCurrent").label == "Accounts Receivable, after Allowance, Current"
    assert taxonomy.get("srt:ProFormaMember").label == "Pro Forma [Member]"


INSTANCE = """<?xml version="1.0" encoding="utf-8"?>
<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xbrldi="http://xbrl.org/2006/xbrldi"
  xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:us-gaap="http://fasb.org/us-gaap/2022"
  xmlns:srt="http://fasb.org/srt/2022">
  <link:schemaRef xlink:type="simple" xlink:href="http://taxonomy.legacy-xbrl.org/2022/entire/lx-entire-2022.xsd"/>
  <xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier>
  </xbrli:entity><xbrli:period><xbrli:instant>1999-12-31</xbrli:instant></xbrli:period></xbrli:context>
  <xbrli:context id="p"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000000001</xbrli:identifier>
  <xbrli:segment><xbrldi:explicitMember dimension="srt:StatementScenarioAxis">MEMBER</xbrldi:explicitMember>
  </xbrli:segment></xbrli:entity><xbrli:period><xbrli:instant>1999-12-31</xbrli:instant></xbrli:period></xbrli:context>
  <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
  <us-gaap:Cash contextRef="c" unitRef="usd" decimals="0">1000</us-gaap:Cash>
  <us-gaap:Cash contextRef="p" unitRef="usd" decimals="0">900</us-gaap:Cash>
</xbrli:xbrl>
"""


@pytest.mark.parametrize("member, errors", [("srt:ProFormaMember", 0), ("srt:NoSuchMember", 1)])
def test_an_instance_on_the_taxonomy_is_dimensionally_checked(tmp_path, member, errors):
    path = tmp_path / "instance.xml"
    path.write_text(INSTANCE.replace("MEMBER", member))
    result = validate(path)
    assert (len(result.errors) > 0) == bool(errors), result.messages
