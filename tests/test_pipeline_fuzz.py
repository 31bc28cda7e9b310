"""Property: whatever the bytes, converting gives a result or a ConversionError, never a crash or a hang; and
whatever a conversion holds, every output format is written."""


from hypothesis import given
from hypothesis import strategies as st

from fuzzing import convert_or_clean_error, ex27_bytes, filing_bytes, fuzz_settings, html_bytes, write_every_format


@fuzz_settings(150)
@given(filing_bytes)
def test_any_input_converts_or_fails_cleanly(data: bytes):
    conversion = convert_or_clean_error("fuzz.txt", data)
    if conversion is None:
        return
    for fact in conversion.mapped.facts:
        assert fact.source_line >= 1


@fuzz_settings(30)
@given(st.one_of(filing_bytes.map(lambda data: ("fuzz.txt", data)), html_bytes.map(lambda data: ("fuzz.htm", data)),
                 ex27_bytes().map(lambda data: ("fuzz-ex27.txt", data))))
def test_any_conversion_writes_every_format(case: tuple[str, bytes]):
    conversion = convert_or_clean_error(*case)
    if conversion is not None:
        write_every_format(conversion)
