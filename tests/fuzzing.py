"""Hypothesis strategies shared by the fuzz tests and bench/fuzz.py: random bytes and damaged fixtures."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

FIXTURES = [Path(__file__).resolve().parents[1] / "examples" / "pine-river-10k-1997.txt"]
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


def fixture_texts() -> list[str]:
    return [path.read_text() for path in FIXTURES] + [PRO_FORMA]


@st.composite
def damaged_filings(draw) -> bytes:
    """A fixture with lines deleted or duplicated, columns shifted, digits replaced, tags unbalanced or a huge line."""
    lines = draw(st.sampled_from(fixture_texts())).split("\n")
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "shift", "digits", "tag", "junk"] * 4 + ["huge"]))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "shift":
            amount = draw(st.integers(-12, 12))
            lines[at] = lines[at][-amount:] if amount < 0 else " " * amount + lines[at]
        elif action == "digits":
            lines[at] = "".join(draw(st.sampled_from("0123456789(),.-$ ")) if c.isdigit() else c for c in lines[at])
        elif action == "tag":
            lines.insert(at, draw(st.sampled_from(["<TABLE>", "</TABLE>", "<S>", "<C>", "<CAPTION>", "<PAGE>",
                                                   "<DOCUMENT>", "</DOCUMENT>", "<TEXT>", "<SEC-HEADER>"])))
        elif action == "huge":
            lines[at] = draw(st.sampled_from(["9", "(", "-", " ", "x"])) * 1_000_000
        else:
            lines[at] = draw(st.text(max_size=200))
    encoding = draw(st.sampled_from(["utf-8", "latin-1", "cp1252"]))
    return "\n".join(lines).encode(encoding, errors="replace")


filing_bytes = st.one_of(st.binary(max_size=4096), damaged_filings())
