"""Date stamps in page headers: "۲۶ آبان ۱۴۰۰ - ۰۲:۳۹", "1399/04/29", "17 November 2021".

Reads one line at a time and returns the publication moment it states. Month names and
the time zone come from ``rasad/data/meta/calendar.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo

import jdatetime

from rasad.meta.data import load_data

_SIMPLE = str.maketrans({
    **dict(zip("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789", strict=True)),
    "ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " ", "\xa0": " ", "ـ": None,
})
_NEEDS_SIMPLIFY = re.compile("[۰-۹٠-٩يىك\u200c\xa0ـ]")


def simplify(s: str) -> str:
    """One spelling for matching: ASCII digits, Persian ی/ک, ZWNJ as a space."""
    # most lines need nothing changed, and a search is far cheaper than a translate
    return s.translate(_SIMPLE) if _NEEDS_SIMPLIFY.search(s) else s


@dataclass(frozen=True)
class Stamp:
    date: dt.date  # Gregorian
    time: tuple[int, int] | None
    calendar: str  # jalali | gregorian | hijri
    span: tuple[int, int]  # where the date was found in the simplified line

    def iso(self, zone: str | None = None) -> str:
        """ISO 8601: local time with the offset in force that day, or the date alone."""
        if self.time is None:
            return self.date.isoformat()
        tz = ZoneInfo(zone or time_zone())
        moment = dt.datetime(self.date.year, self.date.month, self.date.day, *self.time, tzinfo=tz)
        return moment.isoformat()

    def jalali(self) -> str:
        j = jdatetime.date.fromgregorian(date=self.date)
        out = f"{j.year:04d}-{j.month:02d}-{j.day:02d}"
        return f"{out} {self.time[0]:02d}:{self.time[1]:02d}" if self.time else out


def _alternation(names: list[str]) -> str:
    forms = sorted({simplify(n) for n in names}, key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s*") for f in forms)


@dataclass(frozen=True)
class _Patterns:
    jalali_named: re.Pattern[str]
    gregorian_named: re.Pattern[str]
    gregorian_named_us: re.Pattern[str]
    hijri_named: re.Pattern[str]
    month_number: dict[str, dict[str, int]]
    stamp_words: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    cal = load_data("calendar.yaml")
    numbers: dict[str, dict[str, int]] = {}
    alts: dict[str, str] = {}
    for key in ("jalali_months", "gregorian_months", "hijri_months"):
        numbers[key] = {}
        for month, names in cal[key].items():
            for name in names:
                numbers[key][re.sub(r"\s+", "", simplify(name)).lower()] = int(month)
        alts[key] = _alternation([n for names in cal[key].values() for n in names])
    day, year4 = r"(?<!\d)(\d{1,2})(?!\d)", r"(?<!\d)(\d{4})(?!\d)"
    return _Patterns(
        jalali_named=re.compile(rf"{day}\s*(?:ام\s*)?({alts['jalali_months']})(?:\s*ماه)?[\s,،]*{year4}"),
        gregorian_named=re.compile(rf"{day}\s*({alts['gregorian_months']})\.?[\s,،]*{year4}", re.I),
        gregorian_named_us=re.compile(rf"(?<![^\W\d_])({alts['gregorian_months']})\.?\s+{day}\s*,?\s*{year4}", re.I),
        hijri_named=re.compile(rf"{day}\s*({alts['hijri_months']})[\s,،]*{year4}"),
        month_number=numbers,
        stamp_words=re.compile(rf"(?<![^\W\d_])(?:{_alternation(cal['stamp_words'])})(?![^\W\d_])", re.I),
    )


def time_zone() -> str:
    return str(load_data("calendar.yaml").get("time_zone") or "Asia/Tehran")


_TIME = re.compile(r"(?<![\d:/])([01]?\d|2[0-3])\s*:\s*([0-5]\d)(?::[0-5]\d)?(?![\d/])")
_PM = re.compile(r"(?<![^\W\d_])(?:ب\.?\s*ظ|بعد از ظهر|عصر|PM|p\.m\.)(?![^\W\d_])", re.I)
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?)?")
_NUMERIC = re.compile(r"(?<![\d/.\-])(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?![\d/.\-])")
_NUMERIC_DMY = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?![\d/.\-])")


def _month(kind: str, name: str) -> int | None:
    return _patterns().month_number[kind].get(re.sub(r"\s+", "", name).lower())


def _jalali(y: int, m: int, d: int) -> dt.date | None:
    try:
        return jdatetime.date(y, m, d).togregorian()
    except ValueError:
        return None


def _gregorian(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date | None:
    """Tabular (arithmetic) Islamic calendar; may differ by a day from a sighted calendar."""
    if not (1 <= m <= 12 and 1 <= d <= 30):
        return None
    jdn = (11 * y + 3) // 30 + 354 * y + 30 * m - (m - 1) // 2 + d + 1948440 - 385
    return dt.date.fromordinal(jdn - 1721425)  # JDN 1721426 is 0001-01-01


def _add_numeric(found: list[tuple[int, dt.date, str, tuple[int, int]]], y: int, mo: int, d: int,
                 span: tuple[int, int]) -> None:
    """A numeric date: the year's range says the calendar (13xx/14xx Jalali, 19xx/20xx Gregorian)."""
    if 1300 <= y <= 1499:
        date = _jalali(y, mo, d)
        if date:
            found.append((0, date, "jalali", span))
    elif 1900 <= y <= 2100:
        date = _gregorian(y, mo, d)
        if date:
            found.append((1, date, "gregorian", span))


def _candidates(s: str) -> list[tuple[dt.date, str, tuple[int, int]]]:
    """Every date the line states, best calendar first (Jalali, Gregorian, Hijri)."""
    p = _patterns()
    found: list[tuple[int, dt.date, str, tuple[int, int]]] = []
    for m in p.jalali_named.finditer(s):
        month = _month("jalali_months", m.group(2))
        date = _jalali(int(m.group(3)), month, int(m.group(1))) if month else None
        if date and 1300 <= int(m.group(3)) <= 1499:
            found.append((0, date, "jalali", m.span()))
    for m in _NUMERIC.finditer(s):
        _add_numeric(found, int(m.group(1)), int(m.group(2)), int(m.group(3)), m.span())
    for m in _ISO.finditer(s):
        date = _gregorian(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if date:
            found.append((1, date, "gregorian", m.span()))
    for m in p.gregorian_named.finditer(s):
        month = _month("gregorian_months", m.group(2))
        date = _gregorian(int(m.group(3)), month, int(m.group(1))) if month else None
        if date and 1900 <= date.year <= 2100:
            found.append((1, date, "gregorian", m.span()))
    for m in p.gregorian_named_us.finditer(s):
        month = _month("gregorian_months", m.group(1))
        date = _gregorian(int(m.group(3)), month, int(m.group(2))) if month else None
        if date and 1900 <= date.year <= 2100:
            found.append((1, date, "gregorian", m.span()))
    for m in _NUMERIC_DMY.finditer(s):
        _add_numeric(found, int(m.group(3)), int(m.group(2)), int(m.group(1)), m.span())
    for m in p.hijri_named.finditer(s):
        month = _month("hijri_months", m.group(2))
        y = int(m.group(3))
        date = hijri_to_gregorian(y, month, int(m.group(1))) if month and 1300 <= y <= 1600 else None
        if date:
            found.append((2, date, "hijri", m.span()))
    found.sort(key=lambda t: (t[0], t[3][0]))
    return [(date, cal, span) for _, date, cal, span in found]


def _time_near(s: str, span: tuple[int, int], taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The clock time closest to the date in the same line (not inside another date)."""
    best: tuple[int, tuple[int, int]] | None = None
    for m in _TIME.finditer(s):
        if any(a <= m.start() < b for a, b in taken):
            continue
        dist = m.start() - span[1] if m.start() >= span[1] else span[0] - m.end()
        if best is None or dist < best[0]:
            hour, minute = int(m.group(1)), int(m.group(2))
            best = (dist, (hour, minute))
    if best is None:
        return None
    hour, minute = best[1]
    if _PM.search(s) and hour < 12:
        hour += 12
    return hour, minute


def parse_stamp(line: str) -> Stamp | None:
    """The publication moment a header line states, or None."""
    s = simplify(line)
    cands = _candidates(s)
    if not cands:
        return None
    date, cal, span = cands[0]
    iso = _ISO.match(s, span[0])
    if iso and iso.group(4) and cal == "gregorian":
        return Stamp(date, (int(iso.group(4)), int(iso.group(5))), cal, span)
    time = _time_near(s, span, [c[2] for c in cands])
    return Stamp(date, time, cal, span)


def is_stamp_line(line: str) -> bool:
    """True when the line is a date stamp and nothing else (no prose around it)."""
    s = simplify(line)
    cands = _candidates(s)
    if not cands:
        return False
    rest = s
    for _, _, (a, b) in sorted(cands, key=lambda c: -c[2][0]):
        rest = rest[:a] + " " + rest[b:]
    rest = _TIME.sub(" ", rest)
    rest = _patterns().stamp_words.sub(" ", rest)
    leftover = re.findall(r"[^\W\d_]{2,}", rest)
    return len(leftover) <= 1
