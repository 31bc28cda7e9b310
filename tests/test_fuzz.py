"""Property: whatever the bytes, converting gives a result or a ConversionError, never a crash or a hang."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from exporter.errors import ConversionError
from exporter.pipeline import convert
from fuzzing import filing_bytes


@settings(max_examples=150, deadline=10_000, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(filing_bytes)
def test_any_input_converts_or_fails_cleanly(data: bytes):
    try:
        conversion = convert(Path("fuzz.txt"), data)
    except ConversionError as error:
        assert str(error).startswith("fuzz.txt")
        return
    for fact in conversion.mapped.facts:
        assert fact.source_line >= 1
