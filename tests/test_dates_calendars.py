from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from rasad.dates import calendars as cal


@given(st.integers(1300, 1450), st.integers(1, 12), st.integers(1, 31))
def test_jalali_gregorian_round_trip(year: int, month: int, day: int) -> None:
    day = min(day, cal.jalali_month_length(year, month))
    g = cal.jalali_to_gregorian(year, month, day)
    assert cal.gregorian_to_jalali(g) == (year, month, day)


@given(st.integers(1300, 1500), st.integers(1, 12), st.integers(1, 30))
def test_hijri_gregorian_round_trip(year: int, month: int, day: int) -> None:
    day = min(day, cal.hijri_month_length(year, month))
    assert cal.gregorian_to_hijri(cal.hijri_to_gregorian(year, month, day)) == (year, month, day)


def test_known_days_and_spans() -> None:
    assert cal.jalali_to_gregorian(1400, 7, 20) == date(2021, 10, 12)
    assert cal.jalali_year_span(1399) == (date(2020, 3, 20), date(2021, 3, 20))
    assert cal.hijri_to_gregorian(1442, 9, 1) == date(2021, 4, 13)
    assert cal.week_span(date(2021, 11, 17)) == (date(2021, 11, 13), date(2021, 11, 19))  # Sat..Fri
    assert cal.last_weekday(date(2020, 7, 19), 5) == date(2020, 7, 18)
