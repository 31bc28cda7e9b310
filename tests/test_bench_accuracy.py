"""The matching rules of bench/accuracy.py (in bench/accuracy_rules.py): amounts to the coarser rounding, period
windows, per-share values never scaled, the EX-27 column of the period of report, why a value is missed."""

import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import accuracy_rules as rules  # noqa: E402 - from bench/, as bench/accuracy.py imports it

SCHEDULE = """<DOCUMENT>
<TYPE>EX-27
<TEXT>
<ARTICLE> 5
<MULTIPLIER> 1,000
<PERIOD-TYPE>                   YEAR                   YEAR
<FISCAL-YEAR-END>                          JUN-30-1997             JUN-30-1996
<PERIOD-END>                               JUN-30-1997             JUN-30-1996
<CASH>                                          12,345                  10,001
<TOTAL-REVENUES>                               150,200                 139,800
<EPS-PRIMARY>                                     1.23                    1.05
</TEXT>
</DOCUMENT>
"""


def _schedules(text: str):
    """The schedules of a made-up filing, read by the converter's own EX-27 parser (as the script reads them)."""
    filing = rules.parse_filing(rules.decode_source(Path("made-up.txt"), text.encode()))
    return rules.find_schedules(filing)


def test_amounts_match_to_the_coarser_rounding():
    # 1,234,567 printed in units against 1,235 printed in thousands: equal to the thousand
    assert rules.amounts_match(Decimal("1234567"), 0, Decimal("1235000"), -3)
    assert not rules.amounts_match(Decimal("1236567"), 0, Decimal("1235000"), -3)
    # sign is ignored: a deduction printed in parentheses
    assert rules.amounts_match(Decimal("-4200"), 0, Decimal("4200"), 0)
    assert rules.amounts_match(Decimal("1.23"), 2, Decimal("1.234"), 3)
    assert not rules.amounts_match(Decimal("1.23"), 2, Decimal("1.24"), 2)


def test_a_long_digit_run_is_compared_not_an_error():
    assert not rules.amounts_match(Decimal("1" * 40), 0, Decimal("1234"), 2)
    assert rules.truth_found(Decimal("1" * 40), Decimal("1" * 40), 0)


def test_truth_is_rounded_to_our_decimals():
    assert rules.truth_found(Decimal("47061400000"), Decimal("47061000000"), -6)
    assert rules.truth_found(Decimal("-2779000000"), Decimal("2779000000"), -6)
    assert not rules.truth_found(Decimal("47062000000"), Decimal("47061000000"), -6)


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(1997, 4, 1), 3, True),  # a calendar quarter
    (date(1997, 4, 5), 3, True),  # a 13-week quarter
    (date(1997, 1, 1), 3, False),  # six months is not a quarter
    (date(1996, 7, 1), 12, True),
    (date(1996, 6, 28), 12, True),  # a 53-week year
    (date(1997, 1, 1), 6, True),
    (date(1996, 10, 1), 9, True),
    (date(1996, 10, 1), 12, False),
    (None, 12, False),  # an instant is not a duration
])
def test_duration_windows(start, months, expected):
    assert rules.period_matches(start, date(1997, 6, 30), date(1997, 6, 30), months) is expected


def test_duration_end_slack_and_instants():
    # a 52-week year ending on the last Saturday against a PERIOD-END printed as the month's end
    assert rules.period_matches(date(1996, 6, 30), date(1997, 6, 28), date(1997, 6, 30), 12)
    assert not rules.period_matches(date(1996, 6, 20), date(1997, 6, 20), date(1997, 6, 30), 12)
    assert rules.period_matches(None, date(1997, 6, 30), date(1997, 6, 30), None)
    assert rules.period_matches(None, date(1997, 6, 28), date(1997, 6, 30), None)
    assert not rules.period_matches(None, date(1997, 3, 31), date(1997, 6, 30), None)
    assert not rules.period_matches(date(1996, 7, 1), date(1997, 6, 30), date(1997, 6, 30), None)


def test_per_share_tags_are_never_scaled():
    assert rules.schedule_amounts("EPS-PRIMARY", Decimal("1.23"), 2, 3, True) == [(Decimal("1.23"), 2)]
    assert rules.schedule_amounts("EPS-DILUTED", Decimal("1.23"), 2, 0, False) == [(Decimal("1.23"), 2)]
    assert rules.schedule_amounts("CASH", Decimal("12345"), 0, 3, True) == [(Decimal("12345000"), -3)]


def test_without_a_multiplier_units_thousands_or_millions():
    amounts = rules.schedule_amounts("CASH", Decimal("12345"), 0, 0, False)
    assert amounts == [(Decimal("12345"), 0), (Decimal("12345000"), -3), (Decimal("12345000000"), -6)]


def test_the_column_of_the_period_of_report():
    schedules = _schedules(SCHEDULE)
    columns = rules.report_columns(schedules, date(1997, 6, 30))
    assert [(column.index, column.period.months) for _, column in columns] == [(0, 12)]
    assert [column.index for _, column in rules.report_columns(schedules, date(1997, 6, 28))] == [0]  # 52 weeks
    assert rules.report_columns(schedules, date(1997, 3, 31)) == []


def test_score_tag_found_and_why_missed():
    schedule = _schedules(SCHEDULE)[0]
    cash = rules.schedule_amounts("CASH", schedule.value("CASH"), 0, schedule.scale, True)
    end = date(1997, 6, 30)
    fact = rules.OurFact("CashAndCashEquivalentsAtCarryingValue", None, end, Decimal("12345000"), -3, 0.9)

    def outcome(facts, kinds=frozenset({"balance-sheet"})):
        return rules.score_tag("CASH", cash, end, None, facts, set(kinds), "12,345")

    assert (outcome([fact]).outcome, outcome([fact]).concept_right) == ("found", True)
    assert outcome([replace(fact, concept="OtherAssetsCurrent")]).concept_right is False
    assert outcome([replace(fact, value=Decimal("12345"), decimals=0)]).outcome == "scale"
    assert outcome([replace(fact, value=Decimal("12"), decimals=0)]).outcome == "line absent"  # not 12.345 million
    assert outcome([replace(fact, end=date(1996, 6, 30))]).outcome == "period"
    assert outcome([replace(fact, value=Decimal("999000"))]).outcome == "line absent"
    assert outcome([], set()).outcome == "no statement"


def test_a_value_two_tags_share_is_right_under_either_tags_concept():
    """A loss company without taxes prints 'Net loss' once for INCOME-PRETAX and NET-INCOME: the net loss is right
    for both, unless another line of that value has a concept neither tag names."""
    end = date(1997, 6, 30)
    loss = [(Decimal("-2145"), 0)]
    net_loss = rules.OurFact("NetIncomeLoss", date(1996, 7, 1), end, Decimal("-2145"), 0, 0.97)
    other = replace(net_loss, concept="OtherNonoperatingIncomeExpense")

    def right(facts, equal_tags):
        return rules.score_tag("INCOME-PRETAX", loss, end, 12, facts, {"income-statement"}, "(2,145)",
                               equal_tags).concept_right

    assert right([net_loss], ["NET-INCOME"]) is True
    assert right([net_loss], []) is False
    assert right([net_loss, other], ["NET-INCOME"]) is False


def test_strip_schedules_cuts_only_ex27_documents():
    raw = (b"<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>10-K\n<TEXT>\nbody\n</TEXT>\n</DOCUMENT>\n"
           b"<DOCUMENT>\n<TYPE>EX-27\n<TEXT>\n<CASH> 1\n</TEXT>\n</DOCUMENT>\n"
           b"<DOCUMENT>\n<TYPE>EX-27.1\n<TEXT>\n<CASH> 2\n</TEXT>\n</DOCUMENT>\n"
           b"<DOCUMENT>\n<TYPE>EX-23\n<TEXT>\nconsent\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")
    stripped = rules.strip_schedules(raw)
    assert b"<CASH>" not in stripped
    assert b"body" in stripped and b"consent" in stripped


@pytest.mark.parametrize(("form", "expected"), [
    ("10-K", True), ("10-K405", True), ("10-Q/A", True), ("10KSB", True), ("10-QSB", True), ("10-K405/A", True),
    ("8-K", False), ("4", False), ("24F-2NT", False), (None, False),
])
def test_report_forms(form, expected):
    assert rules.is_report_form(form) is expected
