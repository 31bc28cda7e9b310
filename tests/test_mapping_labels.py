"""The label dictionary and the chooser: data that loads, and concepts chosen in context."""

from __future__ import annotations

import pytest

from exporter.mapping import chooser
from exporter.mapping.labels import load_dictionary, normalise_label
from exporter.mapping.taxonomy import load_taxonomy
from exporter.statements.model import Area, StatementKind, UnitKind

BS, IS = StatementKind.BALANCE_SHEET, StatementKind.INCOME_STATEMENT


def _choose(label: str, kind: StatementKind = IS, area: Area = Area.NONE, section: str = "",
            unit: UnitKind = UnitKind.MONETARY, is_total: bool = False) -> str | None:
    choice = chooser.choose(chooser.Line(label, kind, area, section, unit, is_total), load_taxonomy())
    return choice.concept.qname if choice else None


def test_every_concept_of_the_dictionary_is_in_our_taxonomy():
    dictionary, taxonomy = load_dictionary(), load_taxonomy()
    assert len(dictionary.rows) > 1000
    missing = {row.concept for row in dictionary.rows if row.concept not in taxonomy}
    missing |= {successor for successor in dictionary.successors.values() if successor not in taxonomy}
    assert not missing
    assert {row.source for row in dictionary.rows} >= {"taxonomy", "taxonomy-total", "ex27", "pairs"}


@pytest.mark.parametrize(("printed", "normalised"), [
    ("Accounts receivable, net of allowance of $1,234 (Note 3)......", "accounts receivable"),
    ("Less: Accumulated depreciation (1)", "accumulated depreciation"),
    ("Total liabilities and shareowners' investment*", "total liabilities and shareowners investment"),
    ("Earnings per share:", "earnings per share"),
    ("Property & equipment . . . . . .", "property and equipment"),
])
def test_labels_are_normalised(printed, normalised):
    assert normalise_label(printed) == normalised


def test_the_same_label_under_two_sections():
    assert _choose("Marketable securities", BS, Area.CURRENT_ASSETS, "Current assets:") == \
        "us-gaap:MarketableSecuritiesCurrent"
    assert _choose("Marketable securities", BS, Area.NONCURRENT_ASSETS) == "us-gaap:MarketableSecuritiesNoncurrent"


def test_basic_and_diluted_under_an_earnings_per_share_heading():
    assert _choose("Diluted", section="Earnings per share:", unit=UnitKind.PER_SHARE) == \
        "us-gaap:EarningsPerShareDiluted"
    assert _choose("Basic", section="Net income per share:", unit=UnitKind.PER_SHARE) == \
        "us-gaap:EarningsPerShareBasic"
    assert _choose("Diluted", section="Earnings per share:", unit=UnitKind.MONETARY) is None


def test_words_in_another_order_and_other_spellings():
    assert _choose("Plant, property and equipment", BS, Area.NONCURRENT_ASSETS) == \
        "us-gaap:PropertyPlantAndEquipmentNet"
    assert _choose("Provision for taxes on income") == "us-gaap:IncomeTaxExpenseBenefit"


def test_a_total_found_by_its_children():
    taxonomy = load_taxonomy()
    parts = ["us-gaap:AssetsCurrent", "us-gaap:PropertyPlantAndEquipmentNet", "us-gaap:Goodwill"]
    assert chooser.total_for(parts, BS, taxonomy).concept.qname == "us-gaap:Assets"
    expenses = ["us-gaap:ResearchAndDevelopmentExpense", "us-gaap:SellingGeneralAndAdministrativeExpense"]
    assert chooser.total_for(expenses, IS, taxonomy).concept.qname == "us-gaap:OperatingExpenses"
    assert chooser.total_for(["us-gaap:AssetsCurrent", "ext:Whatever"], BS, taxonomy) is None


def test_the_prior_breaks_a_tie():
    # "Policyholder benefits and claims incurred" is the label of the Net and (its qualifier dropped) the Gross
    # concept alike; the one more filers use wins
    dictionary = load_dictionary()
    net = "us-gaap:PolicyholderBenefitsAndClaimsIncurredNet"
    gross = "us-gaap:PolicyholderBenefitsAndClaimsIncurredGross"
    assert {row.concept for row in dictionary.by_label["policyholder benefits and claims incurred"]} == {net, gross}
    assert dictionary.priors[net].companies > dictionary.priors[gross].companies
    assert _choose("Policyholder benefits and claims incurred") == net


def test_a_successor_concept():
    dictionary, taxonomy = load_dictionary(), load_taxonomy()
    assert "us-gaap:SalesRevenueNet" not in taxonomy
    assert dictionary.successor("us-gaap:SalesRevenueNet") == "us-gaap:Revenues"
    assert dictionary.successor("us-gaap:Revenues") == "us-gaap:Revenues"
