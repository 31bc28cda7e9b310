"""Every encoding and line ending of the bundled example gives the same facts; a bad byte never aborts a filing."""

from pathlib import Path

import pytest

from conftest import EXAMPLE
from exporter.pipeline import convert
from exporter.read.source import read_source

NBSP, CURLY = "\u00a0", "\u2019"
LABEL_LINE = "Stockholders' equity:"  # a label line without numbers
NUMBER_LINE = "  Inventories.......................................     2,830        2,615"


def _typeset(text: str) -> str:
    """The example with a curly-quoted label, a non-breaking space inside a number-free label line and one
    between a label and its number (in place of a space, so that columns stay where they were)."""
    assert LABEL_LINE in text and NUMBER_LINE in text
    text = text.replace(LABEL_LINE, f"Stockholders{CURLY}{NBSP}equity:")
    text = text.replace("Total stockholders' equity", f"Total stockholders{CURLY} equity")
    return text.replace(NUMBER_LINE, NUMBER_LINE.replace(".     2,830", f".{NBSP}    2,830"))


def _mixed_endings(text: str) -> str:
    """CR LF, CR and LF in turn; a CR before an empty LF-ended line would read as CR LF, so LF there."""
    lines = text.split("\n")
    endings = [("\r\n", "\r", "\n")[i % 3] for i in range(len(lines))]
    endings = ["\n" if end == "\r" and i + 1 < len(lines) and not lines[i + 1] else end
               for i, end in enumerate(endings)]
    return "".join(line + end for line, end in zip(lines, endings, strict=True))


def _variants(text: str) -> dict[str, bytes]:
    typeset = _typeset(text)
    no_curly = typeset.replace(CURLY, "'")
    return {
        "ascii": text.encode("ascii"),
        "latin-1": no_curly.encode("latin-1"),
        "cp1252": typeset.encode("cp1252"),
        "utf-8": typeset.encode("utf-8"),
        "utf-8-bom": b"\xef\xbb\xbf" + typeset.encode("utf-8"),
        "crlf": typeset.replace("\n", "\r\n").encode("utf-8"),
        "cr": typeset.replace("\n", "\r").encode("cp1252"),
        "mixed-endings": _mixed_endings(typeset).encode("utf-8"),
    }


def _facts(conversion) -> list[tuple]:
    return sorted((f.concept.qname, str(f.context), f.value, f.label, f.source_line) for f in conversion.mapped.facts)


@pytest.fixture(scope="module")
def reference() -> list[tuple]:
    facts = _facts(convert(EXAMPLE))
    assert len(facts) > 20
    return facts


@pytest.mark.parametrize("variant", list(_variants(EXAMPLE.read_text())))
def test_every_encoding_gives_the_same_facts(variant: str, reference: list[tuple], tmp_path: Path):
    path = tmp_path / f"{variant}.txt"
    path.write_bytes(_variants(EXAMPLE.read_text())[variant])
    facts = _facts(convert(path))
    assert facts == reference
    labels = {fact[3] for fact in facts}
    assert "Total stockholders' equity" in labels  # the curly quote read as the straight one
    assert "Inventories" in labels  # the non-breaking space before the number is a space


def test_an_invalid_utf8_byte_in_the_middle_still_converts(reference: list[tuple], tmp_path: Path):
    text = _typeset(EXAMPLE.read_text()).encode("utf-8")
    middle = text.index(b"ITEM 8.")
    path = tmp_path / "invalid.txt"
    path.write_bytes(text[:middle] + b"\xff\x81 ITEM 8 \xc3(" + text[middle:])  # 0x81 is not even Windows-1252
    conversion = convert(path)
    assert conversion.encoding == "utf-8+cp1252"
    lines = read_source(path).lines
    assert any(line.startswith("\u00ff\ufffd ITEM 8 \u00c3(") for line in lines)
    # the valid UTF-8 around the bad bytes (the curly quote) still decodes as UTF-8
    assert _facts(conversion) == reference
