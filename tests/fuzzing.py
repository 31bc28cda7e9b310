"""Hypothesis strategies shared by the fuzz tests and bench/fuzz.py: random bytes and damaged fixtures; the check
that a conversion writes every output format."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import EXAMPLE
from exporter.conversion import Conversion
from exporter.errors import ConversionError
from exporter.pipeline import FORMATS, convert, write_outputs
from html_fixtures import BARE_HTM, BILLION_LAUGHS, FILING_10K

PRO_FORMA = """\
                       UNAUDITED PRO FORMA BALANCE SHEET
                                June 30,1999
<TABLE>
<CAPTION>
                                        Historical        (Less)Sale of     Pro Forma     Pro Forma
                                        Company           Widget Unit       Adjustments   Combined
<S>                                        <C>             <C>            <C>        <C>
Cash                                          10,500.00        4,500.00        0.00      6,000.00
Receivables (net of
allowances $1,200)                            $3,000.00       $1,000.00       --        2,000.00
Deficit                                      (7,000.00      (1,000.00)(250.00)(6,250.00)
                                          -------------        -------- ----------- -------------
Total                                          6,500.00        4,500.00     (250.00)      1,750.00
                                          =============        ======== =========== =============
</TABLE>
"""
TEXT_FIXTURES = [EXAMPLE.read_text(), PRO_FORMA]
# Row labels as real filings print them that name no concept well: extension concepts are named after them.
ODD_LABELS = ["Less:", "Add:", "Deduct", "Plus", "*", "$", "--", "(1)", "(a)", "Total", "Net", "&", "and", "1995",
              "Other (Note 4)", "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale", "Cash & equivalents", "<B>", "", "Total assets",
              "Minority interest (1)", "Excess of cost over net assets acquired, net of accumulated amortization " * 3]
_LABEL = re.compile(r"^(\s*)\S.*?(?=\.{2,}|\s{2,}|$)")


def _scrambled_digits(draw, line: str) -> str:
    """The line with each digit replaced by a digit, sign, separator, '$' or space."""
    return "".join(draw(st.sampled_from("0123456789(),.-$ ")) if c.isdigit() else c for c in line)


def _encoded(draw, lines: list[str]) -> bytes:
    return "\n".join(lines).encode(draw(st.sampled_from(["utf-8", "latin-1", "cp1252"])), errors="replace")


@st.composite
def damaged_filings(draw) -> bytes:
    """A fixture with lines deleted or duplicated, columns shifted, digits or labels replaced, tags unbalanced or a
    huge line."""
    lines = draw(st.sampled_from(TEXT_FIXTURES)).split("\n")
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "shift", "digits", "tag", "label", "junk"] * 4
                                      + ["huge"]))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "shift":
            amount = draw(st.integers(-12, 12))
            lines[at] = lines[at][-amount:] if amount < 0 else " " * amount + lines[at]
        elif action == "digits":
            lines[at] = _scrambled_digits(draw, lines[at])
        elif action == "tag":
            lines.insert(at, draw(st.sampled_from(["<TABLE>", "</TABLE>", "<S>", "<C>", "<CAPTION>", "<PAGE>",
                                                   "<DOCUMENT>", "</DOCUMENT>", "<TEXT>", "<SEC-HEADER>"])))
        elif action == "label":
            label, found = draw(st.sampled_from(ODD_LABELS)), _LABEL.match(lines[at])
            if found:
                lines[at] = found.group(1) + label + lines[at][found.end():]
        elif action == "huge":
            lines[at] = draw(st.sampled_from(["9", "(", "-", " ", "x"])) * 1_000_000
        else:
            lines[at] = draw(st.text(max_size=200))
    return _encoded(draw, lines)


filing_bytes = st.one_of(st.binary(max_size=4096), damaged_filings())


HTML_FIXTURES = [FILING_10K, BARE_HTM, BILLION_LAUGHS]
HTML_PIECES = ["<TABLE>", "</TABLE>", "<TR>", "</TR>", "<TD>", "</TD>", "<TH COLSPAN=3>", "<TD COLSPAN=99999999>",
               "<TD COLSPAN=x>", "<FONT SIZE=2>", "</FONT>", "<B>", "<HR>", "<BR>", "<P>", "<HTML>", "</HTML>",
               "&nbsp;", "&#151;", "&#0;", "&#x110000;", "&bogus;", "$", "(", ")", "(1,234", "1,234.5", "1999", "-0-",
               "--", "%", "Total assets", "CONSOLIDATED BALANCE SHEETS", "(In thousands)", "December 31,", "<!--",
               "-->", "<![CDATA[", "]]>", "<?xml version='1.0'?>", '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">]>', "&a;",
               '<!ENTITY b SYSTEM "file:///etc/passwd">', "&b;", "<!DOCTYPE", "<", ">", '"', "'", "\n", " "]


@st.composite
def damaged_html(draw) -> bytes:
    """An HTML fixture with lines deleted or repeated, digits replaced, markup inserted, deep nesting, huge lines."""
    lines = draw(st.sampled_from(HTML_FIXTURES)).split("\n")
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "digits", "markup", "cut", "junk"] * 4
                                      + ["nest", "huge"]))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "digits":
            lines[at] = _scrambled_digits(draw, lines[at])
        elif action == "markup":
            lines.insert(at, "".join(draw(st.lists(st.sampled_from(HTML_PIECES), min_size=1, max_size=12))))
        elif action == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        elif action == "nest":
            lines.insert(at, draw(st.sampled_from(["<TABLE><TR><TD>", "<FONT>", "<TD>", "<DIV>"])) * 5_000)
        elif action == "huge":
            lines[at] = draw(st.sampled_from(["9", "(", "<TD>", "&nbsp;", "<!DOCTYPE ["])) * 200_000
        else:
            lines[at] = draw(st.text(max_size=200))
    return _encoded(draw, lines)


# Damaged HTML filings, and random markup soup built from table tags, figures and DTD declarations.
html_soup = st.lists(st.sampled_from(HTML_PIECES), max_size=400).map(lambda pieces: "".join(pieces).encode())
html_bytes = st.one_of(damaged_html(), html_soup)


EX27_FIXTURE = Path(__file__).resolve().parent / "fixtures" / "ex27-10k-1997.txt"
EX27_LINES = EX27_FIXTURE.read_text().split("\n")
EX27_FIRST = next(i for i, line in enumerate(EX27_LINES) if line.startswith("<TYPE>EX-27"))
EX27_INSERTS = ["<ARTICLE> 9", "<ARTICLE>", "<LEGEND>", "</LEGEND>", "<FN>", "</FN>", "<SUBSIDIARY>", "<MULTIPLIER> 7",
                "<MULTIPLIER> 1,000,000,000,000,000", "<CURRENCY> FRENCH FRANCS", "<PERIOD-END> FEB-30-1997",
                "<PERIOD-TYPE> 5-WEEKS", "<PERIOD-START> DEC-31-1999", "<TYPE>EX-27", "<DOCUMENT>", "</DOCUMENT>",
                "<CASH> 1<F1> 2<F2>", "<YIELD-ACTUAL> 4.82", "<UNKNOWN-TAG> 12", "<EPS-BASIC> (.)"]


@st.composite
def ex27_bytes(draw) -> bytes:
    """The EX-27 fixture with its schedule damaged: tag lines deleted, duplicated or emptied, values, dates and
    the multiplier replaced with junk, columns added, block and group tags unbalanced, a huge value."""
    lines = list(EX27_LINES)
    for _ in range(draw(st.integers(1, 10))):
        if len(lines) <= EX27_FIRST:
            break
        at = draw(st.integers(EX27_FIRST, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "value", "digits", "column", "insert", "junk", "huge"]))
        tag = lines[at].partition(">")[0]
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "value":
            lines[at] = f"{tag}> {draw(st.text(alphabet='0123456789(),.-$ ADECJNMOS', max_size=30))}"
        elif action == "digits":
            lines[at] = _scrambled_digits(draw, lines[at])
        elif action == "column":
            lines[at] = f"{lines[at]} {draw(st.sampled_from(['1,234', '(5)', '.07', 'DEC-31-1995', 'YEAR', 'x']))}"
        elif action == "insert":
            lines.insert(at, draw(st.sampled_from(EX27_INSERTS)))
        elif action == "huge":
            lines[at] = f"{tag}> " + draw(st.sampled_from(["9", "(", "1 ", "<F1>", "-"])) * 50_000
        else:
            lines[at] = draw(st.text(max_size=120))
    return "\n".join(lines).encode("latin-1", errors="replace")


def fuzz_settings(examples: int) -> settings:
    """Hypothesis settings of the fuzz tests: big inputs are the point, so no health check on size or speed."""
    return settings(max_examples=examples, deadline=10_000,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def convert_or_clean_error(name: str, data: bytes) -> Conversion | None:
    """Convert fuzzed bytes; None when the tool refused them with its own error, which must name the file."""
    try:
        return convert(Path(name), data)
    except ConversionError as error:
        assert str(error).startswith(name)
        return None


# Every output format but the iXBRL Viewer's page, which Arelle makes (seconds a case) from the review page.
OUR_FORMATS = tuple(name for name in FORMATS if name != "ixbrl-viewer")


def write_every_format(conversion: Conversion) -> None:
    """Write every output format we write ourselves (OUR_FORMATS, no Arelle) into a scratch folder: each writer must
    cope with whatever the fuzzed filing mapped to (odd labels, names, periods, values)."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = write_outputs(conversion, Path(scratch), OUR_FORMATS, validate=False)
        written = {kind: path for kind, path in conversion.files.items() if path.parent == folder}
        assert {*OUR_FORMATS, "fsds-num", "schema", "report"} - {"fsds"} <= set(written), sorted(written)
        assert all(path.stat().st_size > 0 for path in written.values())
        for kind in ("xbrl", "ixbrl", "schema"):
            etree.parse(written[kind], etree.XMLParser(resolve_entities=False, no_network=True))  # well-formed
