"""Big filings: time grows with the size, not with its square (bench/big_filing.py measures 50 MB)."""

from pathlib import Path

from conftest import EXAMPLE, write_repeated_example
from exporter.limits import time_limit
from exporter.pipeline import convert


def test_a_filing_repeating_its_statements_800_times_converts_in_seconds(tmp_path: Path):
    """Each fact repeated 800 times: settling calculations compared every copy on every lookup (4 MB took 30 s
    and 50 MB hours); now 4 MB takes about 3 s."""
    path = tmp_path / "big-10k.txt"
    repeats = write_repeated_example(path, 4)
    once = convert(EXAMPLE).mapped.facts
    with time_limit(20):
        facts = convert(path).mapped.facts
    assert len(facts) == repeats * len(once)
    assert {(f.concept.qname, f.value) for f in facts} == {(f.concept.qname, f.value) for f in once}
