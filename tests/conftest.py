"""Shared fixtures: the canonical seed filing (from ../shared, skipped without it) and the bundled example."""

from pathlib import Path

import pytest

from exporter.pipeline import convert, write_outputs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_c41b66230e5bd158.txt"
EXAMPLE = ROOT / "examples" / "pine-river-10k-1997.txt"


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
