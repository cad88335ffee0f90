"""Calendar arithmetic: Jalali (via jdatetime), tabular lunar Hijri, weeks and months.

Lunar Hijri dates use the arithmetic (tabular, "Kuwaiti") calendar: Iran and the Arab
states fix months by moon sighting, so a converted day can be one or two days off the
officially announced one. That is the price of staying offline and dependency-free.
"""

from __future__ import annotations

import calendar
import math
from datetime import date, timedelta

import jdatetime

# Julian day of the tabular Islamic epoch (16 July 622, Julian), as in convertdate.
_ISLAMIC_EPOCH = 1948439.5
# Julian day of midnight starting date.fromordinal(0); ordinal = jd - this.
_ORDINAL_JD = 1721424.5


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """Solar Hijri -> Gregorian; raises ValueError on an impossible day."""
    return jdatetime.date(year, month, day).togregorian()


def gregorian_to_jalali(day: date) -> tuple[int, int, int]:
    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def jalali_month_length(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if jdatetime.date(year, 1, 1).isleap() else 29


def jalali_month_span(year: int, month: int) -> tuple[date, date]:
    """First and last Gregorian day of a Jalali month."""
    first = jalali_to_gregorian(year, month, 1)
    return first, first + timedelta(days=jalali_month_length(year, month) - 1)


def jalali_year_span(year: int) -> tuple[date, date]:
    """First and last Gregorian day of a Jalali year (Nowruz to the eve of the next)."""
    return jalali_to_gregorian(year, 1, 1), jalali_to_gregorian(year + 1, 1, 1) - timedelta(days=1)


def hijri_month_length(year: int, month: int) -> int:
    if month % 2 == 1:
        return 30
    if month == 12 and (14 + 11 * year) % 30 < 11:
        return 30  # leap year of the 30-year cycle
    return 29


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """Tabular lunar Hijri -> Gregorian."""
    if not (1 <= month <= 12 and 1 <= day <= hijri_month_length(year, month)):
        raise ValueError(f"no such Hijri day {year}-{month}-{day}")
    return date.fromordinal(int(_hijri_jd(year, month, day) - _ORDINAL_JD))


def gregorian_to_hijri(day: date) -> tuple[int, int, int]:
    jd = day.toordinal() + _ORDINAL_JD  # midnight starting the day
    year = (30 * (jd - _ISLAMIC_EPOCH) + 10646) // 10631
    year = int(year)
    month = int(min(12, math.ceil((jd - (29 + _hijri_jd(year, 1, 1))) / 29.5) + 1))
    dd = int(jd - _hijri_jd(year, month, 1)) + 1
    return year, month, dd


def _hijri_jd(year: int, month: int, day: int) -> float:
    return day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _ISLAMIC_EPOCH - 1


def gregorian_month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_span(day: date) -> tuple[date, date]:
    """The Iranian week (Saturday .. Friday) holding ``day``."""
    start = day - timedelta(days=(day.weekday() - 5) % 7)
    return start, start + timedelta(days=6)


def last_weekday(reference: date, weekday: int) -> date:
    """The most recent ``weekday`` (Monday=0) on or before ``reference``."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def coming_weekday(reference: date, weekday: int) -> date:
    """The first ``weekday`` on or after ``reference``."""
    return reference + timedelta(days=(weekday - reference.weekday()) % 7)


def next_weekday(reference: date, weekday: int) -> date:
    """The first ``weekday`` strictly after ``reference``."""
    return reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)


def part_of_span(first: date, last: date, share: tuple[float, float]) -> tuple[date, date]:
    """The sub-span of [first, last] covering the fractions ``share`` (early/mid/late)."""
    days = (last - first).days + 1
    lo = first + timedelta(days=int(round(share[0] * days)))
    hi = first + timedelta(days=max(int(round(share[1] * days)) - 1, 0))
    return lo, max(lo, hi)
