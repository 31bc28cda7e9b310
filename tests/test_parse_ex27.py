"""EX-27 Financial Data Schedules: parsed exactly, mapped to concepts, merged with the statements they summarise."""

import json
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from lxml import etree

from exporter.mapping.ex27_tags import ARTICLES, schedule_statement
from exporter.mapping.taxonomy import load_taxonomy
from exporter.parse.ex27 import find_schedules, parse_schedules
from exporter.pipeline import convert, write_outputs
from exporter.read.filing import Document, parse_filing
from exporter.read.source import decode_source
from exporter.statements.model import StatementKind, UnitKind
from fuzzing import EX27_FIXTURE, convert_or_clean_error, ex27_bytes, fuzz_settings

TEXT = EX27_FIXTURE.read_text()
LINES = TEXT.split("\n")


def line_of(start: str, after: int = 0) -> int:
    """The 1-based number of the first fixture line (after line `after`) that starts with `start`."""
    return next(i for i, line in enumerate(LINES, start=1) if i > after and line.startswith(start))


EX27_FIRST = line_of("<TYPE>EX-27")


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    conversion = convert(EX27_FIXTURE)
    folder = write_outputs(conversion, tmp_path_factory.mktemp("ex27-out"))
    return conversion, folder


def facts_of(conversion, concept: str, context: str):
    return [f for f in conversion.mapped.facts if f.concept.qname == concept and f.context.id == context]


def schedules_from(text: str):
    lines = text.split("\n")
    return parse_schedules(lines, Document("EX-27", 0, len(lines) - 1))


# -- the parser ------------------------------------------------------------------------------------------------

def test_schedule_values_are_read_exactly_with_their_lines():
    filing = parse_filing(decode_source(EX27_FIXTURE, EX27_FIXTURE.read_bytes()))
    [schedule] = find_schedules(filing)
    assert (schedule.article, schedule.multiplier, schedule.currency) == ("5", Decimal(1000), "USD")
    assert [(c.period.start, c.period.end) for c in schedule.columns] == [
        (date(1997, 1, 1), date(1997, 12, 31)), (date(1996, 1, 1), date(1996, 12, 31))]
    assert schedule.value("CASH") == Decimal("1245") and schedule.value("CASH", 1) == Decimal("980")
    assert schedule.value("NET-INCOME", 1) == Decimal("-160")
    assert schedule.value("EPS-PRIMARY") == Decimal("0.24") and schedule.value("EPS-DILUTED", 1) == Decimal("-0.04")
    assert schedule.value("ALLOWANCES") == Decimal("-85")  # as printed: (85)
    tagged = {line.tag: line for line in schedule.lines}
    assert tagged["TOTAL-ASSETS"].line == line_of("<TOTAL-ASSETS>")
    assert tagged["PP&E"].values[0].text == "5,070"
    assert "QUALIFIED IN ITS ENTIRETY" in schedule.legend
    assert schedule.issues == []


def test_bad_values_and_dates_become_issues_and_the_rest_is_kept():
    [schedule] = schedules_from("""<ARTICLE> 5
<MULTIPLIER> 1
<PERIOD-TYPE> 9-MOS
<FISCAL-YEAR-END> DEC-31-1998
<PERIOD-END> SEP-30-1998
<CASH> N/A
<TOTAL-ASSETS> 1,234<F1>
<SALES> 9,000 <NET-INCOME> (12) <EPS-BASIC> .05
<FN>
<F1>Includes <CASH> 99 restricted
</FN>
<INVENTORY>
<WIDGETS> 5""")
    assert schedule.columns[0].period.start == date(1998, 1, 1) and schedule.columns[0].period.end == date(1998, 9, 30)
    assert schedule.value("TOTAL-ASSETS") == Decimal("1234")
    assert (schedule.value("SALES"), schedule.value("NET-INCOME"), schedule.value("EPS-BASIC")) == (
        Decimal("9000"), Decimal("-12"), Decimal("0.05"))
    assert schedule.value("CASH") is None
    messages = [issue.message for issue in schedule.issues]
    assert any("'N/A' is not a number" in m for m in messages)
    assert any("<INVENTORY> has no value" in m for m in messages)
    statement = schedule_statement(schedule, 0)
    assert [item.label for item in statement.items] == ["Total assets", "Net sales of tangible products",
                                                        "Net income", "Earnings per share basic"]
    assert any("<WIDGETS> not converted" in issue.message for issue in statement.issues)


def test_missing_period_end_multiplier_and_subsidiary_are_reported():
    [no_end] = schedules_from("<ARTICLE> 5\n<PERIOD-TYPE> 3-MOS\n<PERIOD-END> SOMEDAY\n<CASH> 5")
    assert no_end.columns[0].period is None
    assert any("no readable PERIOD-END" in issue.message for issue in no_end.issues)
    [odd] = schedules_from("<ARTICLE> 5\n<MULTIPLIER> 1,500\n<PERIOD-END> DEC-31-1997\n<CASH> 5")
    assert not odd.convertible and schedule_statement(odd, 0).items == []
    [subsidiary] = schedules_from("<SUBSIDIARY>\n<NUMBER> 1\n<NAME> RIVER POWER CO\n<ARTICLE> 5\n"
                                  "<PERIOD-TYPE> YEAR\n<PERIOD-END> DEC-31-1997\n<CASH> 5")
    statement = schedule_statement(subsidiary, 0)
    assert statement.items == [] and any("subsidiary" in issue.message for issue in statement.issues)


def test_every_mapped_tag_names_a_concept_of_our_taxonomy_with_its_period_and_type():
    taxonomy = load_taxonomy()
    for article, rules in ARTICLES.items():
        for tag, rule in rules.items():
            if rule.concept is None:
                continue
            concept = taxonomy.get(f"us-gaap:{rule.concept}")
            assert concept is not None, (article, tag)
            assert concept.period_type == ("instant" if rule.at else "duration"), (article, tag)
            assert (concept.data_type == "dtr-types:perShareItemType") == (rule.unit is UnitKind.PER_SHARE), tag


# -- facts, merged with the balance sheet -----------------------------------------------------------------------

def test_schedule_becomes_facts_with_multiplier_sign_and_source_line(converted):
    conversion = converted[0]
    assert [s.kind for s in conversion.statements] == [StatementKind.BALANCE_SHEET,
                                                        StatementKind.FINANCIAL_DATA_SCHEDULE]
    [revenues] = facts_of(conversion, "us-gaap:Revenues", "D19970101-19971231")
    assert (revenues.value, revenues.decimals, revenues.method) == (Decimal("24310000"), -3, "ex27-tag")
    assert revenues.source_line == line_of("<TOTAL-REVENUES>")
    [loss] = facts_of(conversion, "us-gaap:NetIncomeLoss", "D19960101-19961231")
    assert loss.value == Decimal("-160000")
    [eps] = facts_of(conversion, "us-gaap:EarningsPerShareBasic", "D19970101-19971231")
    assert (eps.value, eps.decimals, eps.unit.id) == (Decimal("0.24"), 2, "USD-per-share")
    allowances = [f.value for f in conversion.mapped.facts
                  if f.concept.qname == "us-gaap:AllowanceForDoubtfulAccountsReceivableCurrent"]
    assert sorted(allowances) == [Decimal("70000"), Decimal("85000")]  # printed (85) and 70: held positive
    [other_equity] = facts_of(conversion, "ext:OtherStockholdersEquity", "I19971231")
    assert (other_equity.value, other_equity.method) == (Decimal("6128000"), "ex27-tag+extension")


def test_agreeing_duplicates_keep_the_statement_fact_and_a_disagreement_is_reported(converted):
    conversion, folder = converted
    for concept in ("us-gaap:Assets", "us-gaap:CashAndCashEquivalentsAtCarryingValue", "us-gaap:AssetsCurrent"):
        [fact] = facts_of(conversion, concept, "I19971231")
        assert fact.method == "synonym" and fact.source_line < EX27_FIRST
    [current] = facts_of(conversion, "us-gaap:LiabilitiesCurrent", "I19971231")
    assert current.value == Decimal("2980000") and current.source_line == line_of("      Total current liabilities")
    report = json.loads((folder / "report.json").read_text())
    conflicts = [i for i in report["other_issues"] if i["kind"] == "conflict"]
    assert [(i["line"], "2890000" in i["message"], "2980000" in i["message"]) for i in conflicts] == [
        (line_of("<CURRENT-LIABILITIES>"), True, True)]


def test_instance_is_valid_and_has_no_duplicate_facts(converted):
    conversion, folder = converted
    report = json.loads((folder / "report.json").read_text())
    assert report["arelle"]["errors"] == 0, report["arelle"]["messages"]
    assert report["arelle"]["calculation_inconsistencies"] == 0
    instance = etree.parse(str(conversion.files["xbrl"])).getroot()
    keys = Counter((e.tag, e.get("contextRef"), e.get("unitRef")) for e in instance if e.get("contextRef"))
    assert keys and max(keys.values()) == 1
    assert len(keys) == len(conversion.mapped.facts)


def test_a_filing_with_only_a_schedule_converts():
    start, end = line_of("<TABLE>"), line_of("</TABLE>")
    text = "\n".join(LINES[: start - 1] + LINES[end:])
    conversion = convert(Path("schedule-only.txt"), text.encode())
    [assets] = facts_of(conversion, "us-gaap:Assets", "I19971231")
    assert (assets.value, assets.method) == (Decimal("10750000"), "ex27-tag")
    assert [i for i in conversion.mapped.issues if i.kind == "conflict"] == []


@fuzz_settings(80)
@given(ex27_bytes())
def test_damaged_schedules_convert_or_fail_cleanly(data: bytes):
    conversion = convert_or_clean_error("fuzz-ex27.txt", data)
    if conversion is None:
        return
    keys = Counter((f.concept.qname, f.context, f.unit.id) for f in conversion.mapped.facts
                   if f.method.startswith("ex27"))
    assert not keys or max(keys.values()) == 1
    for fact in conversion.mapped.facts:
        assert fact.source_line >= 1
