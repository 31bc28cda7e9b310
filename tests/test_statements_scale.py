"""Scale captions, anywhere in the title block, the headings or the first rows; per-share amounts never scaled;
share counts in the scale their own caption gives."""

from decimal import Decimal
from pathlib import Path

import pytest
from statement_fixtures import statements

from exporter.pipeline import convert
from exporter.statements.model import UnitKind
from exporter.statements.scale import Scale, read_scale


@pytest.mark.parametrize(("caption", "scale"), [
    ("(in millions, except per share amounts)", Scale(6)),
    ("(dollars in millions)", Scale(6)),
    ("($ in millions)", Scale(6)),
    ("(In thousands, except per share data)", Scale(3)),
    ("($000 omitted)", Scale(3)),
    ("(000's omitted)", Scale(3)),
    ("Millions, except per share amounts", Scale(6)),
    ("(Thousands of U.S. dollars)", Scale(3)),
    ("(In millions, except number of shares, which are reflected in thousands, and per-share amounts)",
     Scale(6, 3)),
    ("(Amounts in thousands, except share and per share data)", Scale(3, 0)),
    ("(Dollars in thousands; shares in millions)", Scale(3, 6)),
    ("Tens of thousands of customers were served", Scale(0)),
])
def test_scale_captions(caption, scale):
    assert read_scale(["ACME CORPORATION", caption]) == scale


INCOME_IN_MILLIONS = """\
                      CONSOLIDATED STATEMENTS OF EARNINGS
<TABLE>
<CAPTION>
                                          Year Ended December 31,
                                   ------------------------------------
                                     1997          1996          1995
<S>                                <C>           <C>           <C>
Millions, except per share amounts
Net sales                           $4,120        $3,950        $3,600
Net earnings                           312           287           240
Earnings per share:
  Basic                              $2.23         $2.05         $1.71
  Diluted                             2.19          2.01          1.69
Weighted average shares outstanding:
  Basic                                140           140           140
Cash dividends declared per share     $.40          $.36          $.32
</TABLE>
"""


def test_a_caption_in_the_first_rows_scales_money_and_leaves_per_share_lines_alone():
    [statement] = statements(INCOME_IN_MILLIONS)
    assert statement.scale == 6
    assert [(item.label, item.unit) for item in statement.items] == [
        ("Net sales", UnitKind.MONETARY), ("Net earnings", UnitKind.MONETARY), ("Basic", UnitKind.PER_SHARE),
        ("Diluted", UnitKind.PER_SHARE), ("Basic", UnitKind.SHARES),
        ("Cash dividends declared per share", UnitKind.PER_SHARE)]


def test_facts_of_a_statement_in_millions():
    conversion = convert(Path("fixture.txt"), raw=INCOME_IN_MILLIONS.encode())
    values = {(fact.label, str(fact.context.period)): fact.value for fact in conversion.mapped.facts}
    assert values[("Net sales", "1997-01-01--1997-12-31")] == Decimal("4120000000")
    per_share = [fact.value for fact in conversion.mapped.facts
                 if fact.unit.per and str(fact.context.period) == "1997-01-01--1997-12-31"]
    assert sorted(per_share) == [Decimal("0.40"), Decimal("2.19"), Decimal("2.23")]
    shares = [fact.value for fact in conversion.mapped.facts if fact.unit.id == "shares"]
    assert shares == [Decimal("140000000")] * 3


def test_share_counts_take_their_own_caption():
    text = INCOME_IN_MILLIONS.replace("Millions, except per share amounts",
                                      "(In millions, except shares in thousands and per share amounts)")
    [statement] = statements(text)
    assert (statement.scale, statement.share_scale) == (6, 3)


SHARES_UNDER_A_WRAPPED_HEADING = """\
                    STATEMENTS OF OPERATIONS
         (in millions, except share and per share amounts)
<TABLE>
<CAPTION>
                                  Three Months Ended
                               June 26,    June 27,
                                   1999        1998
<S>                                 <C>         <C>
Net sales                        $1,558      $1,402
Net income                       $  203      $  101
Earnings per common and common
  equivalent share                $1.41       $0.76
Shares used in computing earnings
per share (in thousands):
    Basic                       144,054     133,068
</TABLE>
"""


def test_share_lines_under_a_heading_wrapped_over_two_rows_take_its_caption():
    """'Shares used in computing earnings' / 'per share (in thousands):' is one heading: 'Basic' under it counts
    shares in thousands, while the money is in millions and the per-share amount is never scaled."""
    [statement] = statements(SHARES_UNDER_A_WRAPPED_HEADING)
    basic = next(item for item in statement.items if item.label == "Basic")
    eps = next(item for item in statement.items if item.label.startswith("Earnings per common"))
    assert (basic.unit, basic.scale, statement.scale) == (UnitKind.SHARES, 3, 6)
    assert eps.unit is UnitKind.PER_SHARE
