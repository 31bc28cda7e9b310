"""Our own checks (exporter/checks.py): each one broken by a made-up statement and passed by a sound one,
on the seed, and through `legacy-xbrl validate --json`."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

from conftest import EXAMPLE, ROOT
from exporter.checks.rules import _facts as fact_rows
from exporter.checks.rules import check_periods, filing_checks, run_checks
from exporter.mapping.mapper import DISPOSAL_AXIS
from exporter.pipeline import convert, write_outputs
from exporter.serialize.table import fact_frame
from exporter.validate.instance import instance_checks

PINE_RIVER = EXAMPLE.read_text()
PRO_FORMA = """<SEC-DOCUMENT>0000954321-99-000003.txt : 19990315
<SEC-HEADER>0000954321-99-000003.hdr.sgml : 19990315
ACCESSION NUMBER:		0000954321-99-000003
CONFORMED SUBMISSION TYPE:	8-K
CONFORMED PERIOD OF REPORT:	19981231
FILED AS OF DATE:		19990315
		COMPANY CONFORMED NAME:			CEDAR HOLLOW INDUSTRIES INC
		CENTRAL INDEX KEY:			0000954321
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<TEXT>

                          CEDAR HOLLOW INDUSTRIES INC
               UNAUDITED PRO FORMA CONDENSED STATEMENT OF OPERATIONS
                     For the twelve months ended December 31, 1998
<TABLE>
<CAPTION>
                                     Cedar Hollow      (Less) Sale of     Pro Forma     Pro Forma
                                     Industries Inc    Widget Division    Adjustments   Combined
<S>                                  <C>               <C>                <C>           <C>
Revenues                                  9,500,000        3,100,000                     6,400,000
Cost of sales                             6,200,000        2,300,000                     3,900,000
                                         ----------       ----------     ---------     ----------
Gross profit                              3,300,000          800,000                     2,500,000
Selling, general and administrative       2,100,000          500,000        (50,000)     1,550,000
                                         ----------       ----------     ---------     ----------
Operating income                          1,200,000          300,000         50,000        950,000
Interest expense                            200,000                                       200,000
                                         ----------       ----------     ---------     ----------
Net income                                1,000,000          300,000         50,000        750,000
                                         ==========       ==========     =========     ==========
</TABLE>

</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
"""
CASH_FLOWS = """
<PAGE>
                           PINE RIVER TOOL & DIE CORP
                    CONSOLIDATED STATEMENTS OF CASH FLOWS
                              (In thousands)
<TABLE>
<CAPTION>
                                                        Years Ended December 31,
                                                     -----------------------
                                                        1997         1996
                                                     ----------   ----------
<S>                                                  <C>          <C>
Net cash provided by operating activities...........     1,350        1,050
Net cash used in investing activities...............      (270)        (210)
Net cash used in financing activities...............      (815)        (700)
                                                      --------     --------
Net increase in cash and cash equivalents...........       265          140
Cash and cash equivalents at beginning of year......       980          840
                                                      --------     --------
Cash and cash equivalents at end of year............  $  1,245     $    980
                                                      ========     ========
</TABLE>
"""

# 1997 equity 10 higher than printed, consistently down to the total: only Assets = L + SE fails
UNBALANCED = tuple((label + old, label + new) for label, old, new in (
    ("Retained earnings.................................", "     3,020", "     3,030"),
    ("Total stockholders' equity....................", "     6,170", "     6,180"),
    ("Total liabilities and stockholders' equity....", "  $ 10,750", "  $ 10,760")))


def _line(text: str, start: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), start=1) if line.startswith(start))


TOTALS = tuple(_line(PINE_RIVER, start) for start in ("      Total assets", "      Total liabilities and"))


def _convert(tmp_path: Path, text: str, *replacements: tuple[str, str], name: str = "filing.txt"):
    for old, new in replacements:
        assert old in text, f"fixture line not found: {old}"
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text)
    return convert(path)


def _checks(conversion, code: str):
    return [m for m in filing_checks(conversion.mapped) if m.code == code]


# -- a. calculation ----------------------------------------------------------------------------------------


def test_calculation_holds_on_the_example_and_fails_where_a_line_is_changed(tmp_path):
    assert _checks(convert(EXAMPLE), "lx:calculationInconsistency") == []
    broken = _convert(tmp_path, PINE_RIVER, ("Cost of sales.......................................    17,020",
                                             "Cost of sales.......................................    17,120"))
    [found] = _checks(broken, "lx:calculationInconsistency")
    gross_profit, net_sales, cost = (_line(PINE_RIVER, label) for label in ("Gross profit", "Net sales", "Cost of"))
    assert found.concept == "us-gaap:GrossProfit" and found.period == "1997-01-01--1997-12-31"
    assert found.source_lines == (net_sales, cost, gross_profit)
    assert "add up to 7190000" in found.message and "printed 7290000" in found.message


def test_our_taxonomy_networks_imply_absent_subtotals(tmp_path):
    """Without the filing's own arcs, our taxonomy's GrossProfit = Revenues - CostOfRevenue still binds: the
    filing reports CostOfGoodsAndServicesSold, an item of the CostOfRevenue it does not report."""
    assert [m for m in run_checks(fact_frame(convert(EXAMPLE).mapped), {}) if m.severity != "info"] == []
    broken = _convert(tmp_path, PINE_RIVER, ("Cost of sales.......................................    17,020",
                                             "Cost of sales.......................................    17,120"))
    [found] = run_checks(fact_frame(broken.mapped), {})
    assert found.code == "lx:calculationInconsistency" and found.concept == "us-gaap:GrossProfit"
    assert "us-gaap:CostOfRevenue 17120000 (not reported" in found.message


# -- b. balance identity -----------------------------------------------------------------------------------


def test_balance_identity(tmp_path):
    example = convert(EXAMPLE)
    frame = fact_frame(example.mapped)
    assert set(frame[frame.concept == "us-gaap:Assets"].value) == {"10750000", "9880000"}
    assert _checks(example, "lx:balanceIdentity") == []
    broken = _convert(
        tmp_path, PINE_RIVER, *UNBALANCED)
    [found] = _checks(broken, "lx:balanceIdentity")
    assert found.severity == "error" and found.period == "1997-12-31"
    assert found.source_lines == TOTALS
    assert "by -10000" in found.message
    assert _checks(broken, "lx:calculationInconsistency") == []  # the statement adds up; only the identity fails


# -- c. cross-footing --------------------------------------------------------------------------------------


def test_cross_footing_of_pro_forma_columns(tmp_path):
    sound = _convert(tmp_path, PRO_FORMA, name="sound.txt")
    frame = fact_frame(sound.mapped)
    assert (frame.dimensions == f"{DISPOSAL_AXIS}=ext:WidgetDivisionMember").sum() == 6
    assert _checks(sound, "lx:crossFooting") == []
    broken = _convert(
        tmp_path, PRO_FORMA,
        ("Interest expense                            200,000                                       200,000",
         "Interest expense                            200,000                                       210,000"),
        ("Net income                                1,000,000          300,000         50,000        750,000",
         "Net income                                1,000,000          300,000         50,000        740,000"),
        name="broken.txt")
    found = _checks(broken, "lx:crossFooting")
    assert [(m.concept, m.source_lines) for m in found] == [
        ("us-gaap:InterestExpense", (_line(PRO_FORMA, "Interest expense"),)),
        ("us-gaap:NetIncomeLoss", (_line(PRO_FORMA, "Net income"),))]
    assert "historical - disposal + adjustments = pro forma: expected 750000, reported 740000" in found[1].message
    assert _checks(broken, "lx:calculationInconsistency") == []  # the pro forma column itself adds up


# -- d. periods --------------------------------------------------------------------------------------------


def _rows(*rows: dict) -> pd.DataFrame:
    base = {"concept": "us-gaap:Revenues", "period_type": "duration", "period_start": "", "period_end": "",
            "dimensions": "", "unit": "USD", "decimals": 0, "value": "100", "source_line": 10,
            "statement": "income-statement", "statement_index": 0, "label": "Revenues"}
    return pd.DataFrame([{**base, **row} for row in rows])


def test_periods_of_the_example_are_a_year_and_two_instants():
    assert _checks(convert(EXAMPLE), "lx:periodType") == _checks(convert(EXAMPLE), "lx:periodLength") == []


def test_period_lengths_allow_52_53_week_years_and_flag_others():
    usual = _rows({"period_start": "1996-12-29", "period_end": "1997-12-27"},  # a 52-week year
                  {"period_start": "1996-12-29", "period_end": "1998-01-03", "source_line": 11},  # 53 weeks
                  {"period_start": "1997-07-01", "period_end": "1997-09-30", "source_line": 12},  # a quarter
                  {"period_start": "1997-01-01", "period_end": "1997-06-28", "source_line": 13})  # 26 weeks
    assert check_periods(fact_rows(usual)) == []
    odd = _rows({"period_start": "1997-08-01", "period_end": "1997-12-31", "source_line": 21},
                {"period_start": "1997-08-01", "period_end": "1997-12-31", "source_line": 22,
                 "concept": "us-gaap:NetIncomeLoss"},
                {"period_type": "duration", "period_start": "1997-01-01", "period_end": "1997-12-31",
                 "statement": "balance-sheet", "concept": "us-gaap:Assets", "source_line": 30})
    length, kind = check_periods(fact_rows(odd))
    assert (length.code, length.severity, length.source_lines) == ("lx:periodLength", "warning", (21, 22))
    assert "153 days" in length.message
    assert (kind.code, kind.severity, kind.source_lines) == ("lx:periodType", "error", (30,))


# -- e. earnings per share ---------------------------------------------------------------------------------


def test_earnings_per_share_against_net_income_and_shares(tmp_path):
    example = convert(EXAMPLE)
    frame = fact_frame(example.mapped)
    assert "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic" in set(frame.concept)  # so the check ran
    assert _checks(example, "lx:earningsPerShare") == []  # 1,025 / 4,200 = .244 -> .24; 750 / 4,200 -> .18
    broken = _convert(tmp_path, PINE_RIVER, ("Net income per share................................  $    .24",
                                             "Net income per share................................  $    .30"))
    [found] = _checks(broken, "lx:earningsPerShare")
    assert found.concept == "us-gaap:EarningsPerShareBasic" and found.period == "1997-01-01--1997-12-31"
    assert found.source_lines == tuple(_line(PINE_RIVER, label) for label in
                                       ("Net income....", "Net income per share", "Weighted average"))
    assert "between 0.2439 and 0.2442" in found.message


# -- f. inconsistent duplicates ----------------------------------------------------------------------------


def test_the_same_fact_in_two_statements(tmp_path):
    with_cash_flows = PINE_RIVER.replace("</TEXT>", CASH_FLOWS + "\n</TEXT>")
    sound = _convert(tmp_path, with_cash_flows, name="sound.txt")
    frame = fact_frame(sound.mapped)
    cash = frame[(frame.concept == "us-gaap:CashAndCashEquivalentsAtCarryingValue")
                 & (frame.period_end == "1997-12-31")]
    assert sorted(cash.statement) == ["balance-sheet", "cash-flow"]  # reported twice, alike
    assert _checks(sound, "lx:inconsistentDuplicate") == []
    broken = _convert(
        tmp_path, with_cash_flows,
        ("Cash and cash equivalents at beginning of year......       980", "Cash and cash equivalents at beginning "
         "of year......       989"),
        ("Cash and cash equivalents at end of year............  $  1,245", "Cash and cash equivalents at end of "
         "year............  $  1,254"), name="broken.txt")
    found = _checks(broken, "lx:inconsistentDuplicate")
    sheet = _line(PINE_RIVER, "  Cash and cash equivalents")
    beginning, end = (_line(with_cash_flows, f"Cash and cash equivalents at {at}") for at in ("beginning", "end"))
    # 1996-12-31: the balance sheet's 980, the 1997 opening 989 and the 1996 closing 980 of the cash flows
    assert {m.period: (m.severity, m.source_lines) for m in found} == {
        "1996-12-31": ("inconsistency", (sheet, beginning, end)), "1997-12-31": ("inconsistency", (sheet, end))}
    closing = next(m.message for m in found if m.period == "1997-12-31")
    assert "1245000 in balance-sheet 1" in closing and "1254000 in cash-flow 3" in closing


# -- the seed ----------------------------------------------------------------------------------------------


def test_seed_checks(seed):
    conversion, folder = seed
    checks = json.loads((folder / "report.json").read_text())["checks"]
    cross = [m for m in checks if m["code"] == "lx:crossFooting"]
    assert [(m["source_lines"], m["concept"]) for m in cross] == [([274], "us-gaap:OtherNonoperatingIncomeExpense")]
    assert "expected 1184, reported 0 (blank)" in cross[0]["message"]
    [continuing] = [m for m in checks if m["code"] == "lx:calculationInconsistency" and 277 in m["source_lines"]]
    assert continuing["concept"] == "us-gaap:IncomeLossFromContinuingOperations"
    assert continuing["dimensions"] == "srt:StatementScenarioAxis=srt:ProFormaMember"
    assert "-1957398 (line 277)" in continuing["message"] and "add up to -1958582" in continuing["message"]
    assert not [m for m in checks if m["code"] == "lx:balanceIdentity"]
    frame = fact_frame(conversion.mapped)
    sheets = frame[frame.statement == "balance-sheet"]
    totals = sheets[sheets.concept.isin(["us-gaap:Assets", "us-gaap:LiabilitiesAndStockholdersEquity"])]
    columns = totals.pivot_table(index=["period_end", "dimensions"], columns="concept", values="value",
                                 aggfunc="first")
    assert len(columns) == 4 + 5  # March 2001: 4 columns, December 2000: 5 columns
    assert (columns["us-gaap:Assets"] == columns["us-gaap:LiabilitiesAndStockholdersEquity"]).all()


# -- the command line --------------------------------------------------------------------------------------


def _validate_json(instance: Path) -> tuple[int, list[dict]]:
    result = subprocess.run([sys.executable, "-m", "exporter", "validate", "--json", str(instance)],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    return result.returncode, json.loads(result.stdout)


def test_validate_json_lists_arelle_and_our_messages_in_one_shape(example, tmp_path):
    conversion, folder = example
    code, messages = _validate_json(conversion.files["xbrl"])
    assert code == 0
    assert messages and all(set(m) >= {"code", "severity", "message", "source_lines"} for m in messages)
    assert any(m["code"] == "info" and m["severity"] == "info" and "Activation" in m["message"] for m in messages)

    broken = _convert(
        tmp_path, PINE_RIVER, *UNBALANCED)
    out = write_outputs(broken, tmp_path / "out", validate=False)
    code, messages = _validate_json(broken.files["xbrl"])
    assert code == 1
    [identity] = [m for m in messages if m["code"] == "lx:balanceIdentity"]
    assert identity["severity"] == "error"
    assert identity["source_lines"] == list(TOTALS)

    bare = tmp_path / "bare"  # the instance and its taxonomy without facts.parquet and facts.csv
    bare.mkdir()
    for path in out.glob("*.x*"):
        shutil.copy(path, bare)
    without_table = instance_checks(bare / broken.files["xbrl"].name)
    assert any(m.code == "lx:noSourceLines" for m in without_table)
    [identity] = [m for m in without_table if m.code == "lx:balanceIdentity"]
    assert identity.source_lines == () and "by -10000" in identity.message
