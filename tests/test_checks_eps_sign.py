"""Earnings per share whose sign disagrees with net income's: reported among the checks, never changed."""

import json

from test_checks_rules import PINE_RIVER, _checks, _convert, _line

from conftest import EXAMPLE
from exporter.pipeline import convert
from exporter.serialize.table import fact_frame

EPS_LINE = "Net income per share................................  $    .24"


def test_a_positive_eps_with_a_loss_is_reported_and_kept(tmp_path):
    assert _checks(convert(EXAMPLE), "lx:earningsPerShareSign") == []
    loss = _convert(tmp_path, PINE_RIVER,
                    ("Net income..........................................  $  1,025",
                     "Net income..........................................  $ (1,025)"))
    [found] = _checks(loss, "lx:earningsPerShareSign")
    assert (found.severity, found.concept, found.period) == (
        "inconsistency", "us-gaap:EarningsPerShareBasic", "1997-01-01--1997-12-31")
    assert found.source_lines == (_line(PINE_RIVER, "Net income...."), _line(PINE_RIVER, "Net income per share"))
    assert "0.24" in found.message and "-1025000" in found.message
    assert _checks(loss, "lx:earningsPerShare") == []  # one finding: the sign, not the quotient as well
    frame = fact_frame(loss.mapped)
    eps = frame[(frame.concept == "us-gaap:EarningsPerShareBasic") & (frame.period_end == "1997-12-31")]
    assert [str(v) for v in eps.value] == ["0.24"]  # reported as printed


def test_seed_positive_eps_with_a_net_loss(seed):
    _, folder = seed
    checks = json.loads((folder / "report.json").read_text())["checks"]
    signs = {(m["concept"], m["dimensions"]): m["source_lines"] for m in checks
             if m["code"] == "lx:earningsPerShareSign"}
    # +0.02 basic (line 291) and diluted (line 295) of the historical column, whose net loss is printed at line 281
    assert signs == {("us-gaap:EarningsPerShareBasic", ""): [281, 291],
                     ("us-gaap:EarningsPerShareDiluted", ""): [281, 295]}
