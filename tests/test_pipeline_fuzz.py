"""Property: whatever the bytes, converting gives a result or a ConversionError, never a crash or a hang."""


from hypothesis import given

from fuzzing import convert_or_clean_error, filing_bytes, fuzz_settings


@fuzz_settings(150)
@given(filing_bytes)
def test_any_input_converts_or_fails_cleanly(data: bytes):
    conversion = convert_or_clean_error("fuzz.txt", data)
    if conversion is None:
        return
    for fact in conversion.mapped.facts:
        assert fact.source_line >= 1
