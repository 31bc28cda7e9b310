"""xBRL-JSON and xBRL-CSV (OIM 1.0): Arelle loads them back offline without error, with the instance's very facts."""

import csv
import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from arelle_facts import fact_aspects
from conftest import CORPUS_SAMPLES, EXAMPLE, corpus_sample
from exporter.periods import Period
from exporter.pipeline import convert, write_outputs
from exporter.serialize.oim import oim_period
from exporter.validate.arelle import inspect_model

FORMATS = ("xbrl", "xbrl-json", "xbrl-csv")


def _round_trip(source: Path, out: Path) -> tuple[dict[str, Path], dict[str, Counter]]:
    conversion = convert(source)
    write_outputs(conversion, out, FORMATS, validate=False)
    loaded = {}
    for kind in FORMATS:
        result, facts = inspect_model(conversion.files[kind], fact_aspects)
        assert result.errors == [], (kind, result.errors)
        loaded[kind] = facts
    assert sum(loaded["xbrl"].values()) == len(conversion.mapped.facts)
    return conversion.files, loaded


@pytest.fixture(scope="module")
def example_oim(tmp_path_factory):
    return _round_trip(EXAMPLE, tmp_path_factory.mktemp("example-oim"))


@pytest.fixture(scope="module")
def seed_oim(seed_path, tmp_path_factory):
    return _round_trip(seed_path, tmp_path_factory.mktemp("seed-oim"))


@pytest.mark.parametrize("kind", ["xbrl-json", "xbrl-csv"])
def test_example_reports_load_back_with_the_instance_facts(example_oim, kind):
    _, loaded = example_oim
    assert loaded[kind] == loaded["xbrl"]


@pytest.mark.parametrize("kind", ["xbrl-json", "xbrl-csv"])
def test_seed_reports_load_back_with_the_instance_facts(seed_oim, kind):
    _, loaded = seed_oim
    assert loaded[kind] == loaded["xbrl"]
    dimensional = [key for key in loaded[kind] if key[4]]
    assert dimensional, "the seed has pro forma and disposal-group columns"


@pytest.mark.parametrize("index", range(CORPUS_SAMPLES))
def test_corpus_reports_load_back_with_the_instance_facts(request, tmp_path, index):
    _, loaded = _round_trip(corpus_sample(request, index), tmp_path)
    assert loaded["xbrl-json"] == loaded["xbrl"]
    assert loaded["xbrl-csv"] == loaded["xbrl"]


def test_json_fact_carries_the_balance_sheet_cash_of_the_example(example_oim):
    files, _ = example_oim
    report = json.loads(files["xbrl-json"].read_text())
    assert report["documentInfo"]["documentType"] == "https://xbrl.org/2021/xbrl-json"
    assert report["documentInfo"]["taxonomy"] == ["0000912345-98-000007-ext.xsd"]
    assert report["documentInfo"]["namespaces"]["cik"] == "http://www.sec.gov/CIK"
    cash = [f for f in report["facts"].values()
            if f["dimensions"]["concept"] == "us-gaap:CashAndCashEquivalentsAtCarryingValue"]
    # "Cash and cash equivalents ... $ 1,245" (in thousands) at December 31, 1997: the end of that day
    assert {"value": "1245000", "decimals": -3, "dimensions": {
        "concept": "us-gaap:CashAndCashEquivalentsAtCarryingValue", "entity": "cik:0000912345",
        "period": "1998-01-01T00:00:00", "unit": "iso4217:USD"}} in cash


def test_csv_table_has_a_column_per_axis_and_the_seed_pro_forma_cash(seed_oim):
    files, _ = seed_oim
    metadata = json.loads(files["xbrl-csv"].read_text())
    table = files["xbrl-csv"].parent / metadata["tables"]["facts"]["url"]
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    assert metadata["tableTemplates"]["facts"]["dimensions"] == {"entity": "sec-file-number:0-30440"}
    pro_forma_cash = [row for row in rows if row["concept"] == "us-gaap:Cash"
                      and row["srt_StatementScenarioAxis"] == "srt:ProFormaMember"
                      and row["period"] == "2001-04-01T00:00:00"]
    assert [(r["value"], r["decimals"], r["unit"]) for r in pro_forma_cash] == [("30998.00", "2", "iso4217:USD")]


@pytest.mark.parametrize("period, expected", [
    (Period(date(2000, 2, 28)), "2000-02-29T00:00:00"),
    (Period(date(1997, 12, 31)), "1998-01-01T00:00:00"),
    (Period(date(2001, 3, 31), date(2001, 1, 1)), "2001-01-01T00:00:00/2001-04-01T00:00:00"),
])
def test_oim_periods_are_datetimes_at_the_end_of_the_last_day(period, expected):
    assert oim_period(period) == expected
