"""Which lines a total adds up: the run of open lines just above it, at most MAX_PARTS lines."""

from decimal import Decimal

from exporter.mapping.sums import MAX_PARTS, SumRow, find_sums


def _row(key: int, value: int, candidate: bool = False) -> SumRow:
    return SumRow(key, {0: Decimal(value)}, "debit", Decimal(0), candidate)


def test_a_total_adds_the_lines_above_it_and_then_counts_as_a_line_itself():
    rows = [_row(0, 1), _row(1, 2), _row(2, 3, candidate=True), _row(3, 4), _row(4, 7, candidate=True)]
    assert [(found.total, list(found.parts)) for found in find_sums(rows)] == [(2, [0, 1]), (4, [2, 3])]


def test_a_total_adds_at_most_max_parts_lines():
    """A table of 200,000 rows with a total every few lines tried every open line above each total (quadratic);
    a run is now at most MAX_PARTS lines long, longer than any list of items a statement prints."""
    within = [_row(k, 1) for k in range(MAX_PARTS)] + [_row(MAX_PARTS, MAX_PARTS, candidate=True)]
    assert [len(found.parts) for found in find_sums(within)] == [MAX_PARTS]
    beyond = [_row(k, 1) for k in range(MAX_PARTS + 1)] + [_row(MAX_PARTS + 1, MAX_PARTS + 1, candidate=True)]
    assert find_sums(beyond) == []
