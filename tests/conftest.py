"""Shared fixtures: the canonical seed filing (from ../shared, skipped without it) and the bundled example."""

import re
from decimal import Decimal
from pathlib import Path

import pytest

from exporter.errors import ConversionError
from exporter.pipeline import convert, write_outputs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_c41b66230e5bd158.txt"
EXAMPLE = ROOT / "examples" / "pine-river-10k-1997.txt"
CORPUS = SHARED / "corpus" / "dev"
CORPUS_SAMPLES = 3


def printed_amounts(label: str) -> list[Decimal]:
    """The amounts printed on the example's line that starts with `label` (before the leader dots), as printed."""
    line = next(line for line in EXAMPLE.read_text().splitlines() if re.match(rf"\s*{re.escape(label)}\.\.", line))
    return [Decimal(n.replace(",", "")) for n in re.findall(r"[\d,]*\.?\d+", line.split("..")[-1])]


def write_repeated_example(path: Path, megabytes: float) -> int:
    """The example with its statements (ITEM 8 up to </TEXT>) repeated to about `megabytes`; the repeats."""
    text = EXAMPLE.read_text()
    start, end = text.index("ITEM 8."), text.index("</TEXT>")
    repeats = int(megabytes * 2**20 / (end - start))
    path.write_text(text[:start] + text[start:end] * repeats + text[end:])
    return repeats


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"the seed filing is not available at {SEED} (../shared is absent)")
    return SEED


@pytest.fixture(scope="session")
def seed(seed_path, tmp_path_factory):
    """The seed converted once, with every output written and validated by Arelle."""
    conversion = convert(seed_path)
    folder = write_outputs(conversion, tmp_path_factory.mktemp("seed-out"))
    return conversion, folder


@pytest.fixture(scope="session")
def example(tmp_path_factory):
    conversion = convert(EXAMPLE)
    folder = write_outputs(conversion, tmp_path_factory.mktemp("example-out"))
    return conversion, folder


@pytest.fixture(scope="session")
def corpus_samples() -> list[Path]:
    """The first three filings of ../shared/corpus/dev (in file order) that hold financial statements."""
    if not CORPUS.is_dir():
        pytest.skip(f"the development corpus is not available at {CORPUS}")
    found = []
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv"):
        try:
            convert(path)
        except ConversionError:
            continue
        found.append(path)
        if len(found) == CORPUS_SAMPLES:
            break
    return found


def corpus_sample(request, index: int) -> Path:
    """The index-th corpus sample, skipping when the corpus holds fewer filings with statements."""
    samples = request.getfixturevalue("corpus_samples")
    if index >= len(samples):
        pytest.skip(f"{CORPUS} holds only {len(samples)} filings with statements")
    return samples[index]
