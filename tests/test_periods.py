"""Periods: the length of a duration in months, for 52/53-week years and calendar periods alike."""

from datetime import date

import pytest

from exporter.periods import Period


@pytest.mark.parametrize(("start", "end", "months"), [
    (date(1998, 9, 27), date(1999, 6, 26), 9),  # 39 weeks from the day after a 52/53-week year ended
    (date(1999, 3, 28), date(1999, 6, 26), 3),  # a 13-week quarter
    (date(1998, 9, 27), date(1999, 9, 25), 12),  # a 52-week year
    (date(1999, 1, 1), date(1999, 3, 31), 3),
    (date(1999, 1, 1), date(1999, 12, 31), 12),
    (date(2000, 2, 1), date(2000, 2, 29), 1),
])
def test_months_of_a_duration(start, end, months):
    assert Period(end, start).months == months


def test_an_instant_has_no_months():
    assert Period(date(1999, 6, 26)).months is None
