"""CaseBlind patterns (ASCII text lowered, searched case-sensitively, skipped without a needed word) find exactly
what re.IGNORECASE finds, on the example filing's table text and on phrases that each alternative matches."""

import re

import pytest

from conftest import EXAMPLE, SEED
from exporter import periods
from exporter.parse.documents import find_tables
from exporter.periods import CaseBlind
from exporter.read.filing import parse_filing
from exporter.read.source import decode_source
from exporter.statements import build as statements
from exporter.statements import scale

PATTERNS = [value for module in (periods, statements, scale) for value in vars(module).values()
            if isinstance(value, CaseBlind)]
PATTERNS += [pattern for _, pattern in statements._KINDS]

PHRASES = [
    "Three months ended March 31, 1999", "SIX-MONTH PERIOD", "12 months ended", "Fiscal Year Ended Dec. 31 2000",
    "QUARTERS ENDED", "Years", "for the years 1998 and 1997", "yearsend", "Net income per common share",
    "EPS (diluted)", "Earnings per unit", "Weighted average shares outstanding", "Average number of shares",
    "Number of shares", "Common shares", "Shares used in computing", "Shares outstanding", "sharesoutstanding",
    "Stockholders' Equity", "OWNERS' INVESTMENT", "Changes in Shareholders' Deficit", "holders equity",
    "(Less)Sale of Widget Unit", "Less: disposal", "Divestiture", "Discontinued operations", "Sold", "Spin-off",
    "unless", "Balance Sheets", "Statement of Financial Condition", "Cash Flows", "Statements of Operations",
    "(In thousands)", "(Dollars in Thousands)", "($000's)", "in millions", "Millions, except per share",
    "(000 omitted)", "Thousands of dollars", "Statements of Comprehensive Income", "Selected Financial Data",
    "NOTE 4. SEGMENTS", "Five-Year Summary", "Canadian dollars", "CDN $",
    "January 5, 1998", "Sept. 30, 2001", "SEP 1 1999", "December 31,1999",
    # not ASCII: searched with re.IGNORECASE, whose case folding str.lower does not follow ('ſ' is an 's')
    "Three monthſ ended", "Stockholderſ' equity", "Net income per ſhare", "Yearſ", "Décembre 31, 1999",
]


def _texts() -> list[str]:
    texts = list(PHRASES)
    for path in (EXAMPLE, SEED):
        for table in find_tables(parse_filing(decode_source(path, path.read_bytes()))):
            texts += table.title_lines + table.heading_lines + [row.label for row in table.rows]
            texts += [column.heading for column in table.columns]
    return texts


def _spans(match: re.Match[str] | None) -> tuple | None:
    return match and tuple(match.span(group) for group in range(match.re.groups + 1))


@pytest.mark.parametrize("blind", PATTERNS, ids=lambda blind: blind.pattern.pattern[:30])
def test_case_blind_finds_what_ignorecase_finds(blind: CaseBlind):
    for text in _texts():
        assert _spans(blind.search(text)) == _spans(blind.pattern.search(text)), text
        assert [_spans(m) for m in blind.finditer(text)] == [_spans(m) for m in blind.pattern.finditer(text)], text
