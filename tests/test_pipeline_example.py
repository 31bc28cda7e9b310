"""The bundled example: a 10-K in thousands with an SGML header, two balance sheet and two income columns."""

from decimal import Decimal

import pandas as pd


def _facts(example) -> pd.DataFrame:
    return pd.read_csv(example[1] / "facts.csv", dtype=str, keep_default_na=False)


def test_header_fields_come_from_the_sec_header(example):
    header = example[0].header
    assert (header.accession_number, header.cik, header.form_type) == ("0000912345-98-000007", "0000912345", "10-K")
    assert example[0].mapped.entity.scheme == "http://www.sec.gov/CIK"


def test_thousands_are_scaled_and_decimals_say_so(example):
    frame = _facts(example)
    assets = frame[(frame.concept == "us-gaap:Assets") & (frame.period_end == "1997-12-31")]
    assert list(assets.value) == ["10750000"]
    assert list(assets.decimals) == ["-3"]
    eps = frame[frame.concept == "us-gaap:EarningsPerShareBasic"]
    assert sorted(eps.value) == ["0.18", "0.24"]
    shares = frame[frame.concept == "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic"]
    assert set(shares.value) == {"4200000"}


def test_balance_sheet_balances_and_interest_printed_negative_is_an_expense(example):
    frame = _facts(example)
    for year in ("1997-12-31", "1996-12-31"):
        by_concept = frame[frame.period_end == year].set_index("concept").value
        assert Decimal(by_concept["us-gaap:Assets"]) == Decimal(by_concept["us-gaap:LiabilitiesAndStockholdersEquity"])
    interest = frame[frame.concept == "us-gaap:InterestExpense"]
    assert sorted(interest.value) == ["195000", "230000"]


def test_wrapped_labels_with_numbers_inside(example):
    frame = _facts(example)
    common = frame[frame.concept == "us-gaap:CommonStockValue"]
    assert set(common.label) == {"Common stock, $.01 par value; authorized 10,000,000 shares; issued 4,200,000 shares"}
    receivable = frame[frame.concept == "us-gaap:AccountsReceivableNetCurrent"]
    assert set(receivable.value) == {"3410000", "2975000"}


def test_example_is_valid_xbrl_with_no_inconsistency(example):
    report = example[0]
    assert report.inconsistencies == []
    import json

    data = json.loads((example[1] / "report.json").read_text())
    assert data["arelle"]["errors"] == 0, data["arelle"]["messages"]
    assert data["arelle"]["calculation_inconsistencies"] == 0
    assert data["arithmetic_failures"] == []
