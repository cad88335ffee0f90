"""Turning candidates into values: calendars, partial dates, relative expressions.

Value forms (CONTRACT.md): "YYYY-MM-DD", "YYYY-MM", "YYYY", "--MM-DD", an interval
"a/b", or None. Choices made here:

* A Jalali month or year does not line up with Gregorian months, so «مهر ۱۴۰۰» is the
  interval of its days ("2021-09-23/2021-10-22", precision "month") and «سال ۱۳۹۹» is
  "2020-03-20/2021-03-20" (Nowruz to the eve of the next, precision "year").
* A day and month with no year take the year that puts them nearest on or before the
  publication day, counted in the month's own calendar (a Jalali month in the Jalali
  year), unless the next occurrence falls within ``ahead_days`` and nearer (pick_year;
  the caller sets ``ahead_days`` by the tense of the clause). A month with no year
  («اواخر ژانویه») likewise; a Gregorian one keeps "YYYY-MM" even with a part word. With no publication day a Gregorian one stays partial ("--07-10"); a Jalali or
  Hijri one cannot be placed and gets None ("unresolved").
* Weeks run Saturday to Friday (the Iranian week); «هفته گذشته» is that interval.
* «ماه گذشته» is a Gregorian "YYYY-MM", «سال گذشته» a Gregorian "YYYY".
* A season is three Jalali months («پاییز ۱۴۰۳»: 1 Mehr .. 30 Azar 1403), precision
  "interval". With a Gregorian year the season is the one *beginning* in that year (the
  Jalali year y - 621; «زمستان ۲۰۲۲» starts in December 2022). «بهار سال گذشته» counts
  in Jalali years; «تابستان گذشته» is the last summer already over on the reference day,
  «بهار آینده» the next one not yet begun.
* «سال ۹۹» (two digits, only after «سال») is the Jalali year of the century that puts it
  no later than a year after the publication year (1399 in 1400, 1302 in 1403); with no
  publication day, 13yy.
* A bare weekday is the last such day on or before the reference, or the coming one (on
  or after it) when its clause is in the future tense («روز شنبه برگزار خواهد شد»); right after a
  week («هفته آینده روز دوشنبه») it is that week's day. «شب جمعه» is Thursday night: the
  day part in ``eve_parts`` moves the day back by one.
* A named month with «گذشته»/«آینده» («سپتامبر گذشته», «۲۰ مهر آینده») is the last
  occurrence over before the reference day / the next one begun after it; with «سال
  گذشته», «امسال» ... («سپتامبر سال گذشته») the month of that year of its own calendar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from rasad.dates import calendars as cal
from rasad.dates.grammar import Candidate
from rasad.dates.lexicon import Lexicon, key


@dataclass
class Resolved:
    value: str | None
    calendar: str
    precision: str
    first: date | None = None  # the span of days the value covers, for intervals and anchors
    last: date | None = None
    deictic: bool = False  # «امروز», «دیروز»: counted from the reference day itself
    future: bool = False  # a day after the reference («روز شنبه ... خواهد شد»): never an anchor
    ymd: tuple[str, int | None, int, int | None] | None = None  # (calendar, year, month, day) as written


def iso(d: date) -> str:
    return d.isoformat()


def span_value(first: date, last: date) -> str:
    return iso(first) if first == last else f"{iso(first)}/{iso(last)}"


def _year_calendar(year: int, marker: str | None, lex: Lexicon) -> str | None:
    """Which calendar a written year is in: the marker if any, else by its size."""
    if marker:
        return lex.calendar_markers.get(key(marker))
    if 1200 <= year <= 1499:
        return "jalali"
    if 1000 <= year <= 2199:
        return "gregorian"
    return None


def _plausible(calendar: str, year: int) -> bool:
    return {"jalali": 1200 <= year <= 1499, "gregorian": 1000 <= year <= 2199, "hijri": 1200 <= year <= 1599}[calendar]


def _to_gregorian(calendar: str, y: int, m: int, d: int) -> date:
    if calendar == "jalali":
        return cal.jalali_to_gregorian(y, m, d)
    if calendar == "hijri":
        return cal.hijri_to_gregorian(y, m, d)
    return date(y, m, d)


def _year_of(calendar: str, day: date) -> tuple[int, int, int]:
    if calendar == "jalali":
        return cal.gregorian_to_jalali(day)
    if calendar == "hijri":
        return cal.gregorian_to_hijri(day)
    return day.year, day.month, day.day


def _month_span(calendar: str, y: int, m: int) -> tuple[date, date]:
    if calendar == "jalali":
        return cal.jalali_month_span(y, m)
    if calendar == "hijri":
        first = cal.hijri_to_gregorian(y, m, 1)
        return first, first + timedelta(days=cal.hijri_month_length(y, m) - 1)
    return cal.gregorian_month_span(y, m)


def _year_span(calendar: str, y: int) -> tuple[date, date]:
    if calendar == "jalali":
        return cal.jalali_year_span(y)
    if calendar == "hijri":
        return cal.hijri_to_gregorian(y, 1, 1), cal.hijri_to_gregorian(y + 1, 1, 1) - timedelta(days=1)
    return date(y, 1, 1), date(y, 12, 31)


def month_value(calendar: str, y: int, m: int) -> Resolved:
    if calendar == "gregorian":
        first, last = cal.gregorian_month_span(y, m)
        return Resolved(f"{y:04d}-{m:02d}", calendar, "month", first, last)
    first, last = _month_span(calendar, y, m)
    return Resolved(span_value(first, last), calendar, "month", first, last)


def year_value(calendar: str, y: int) -> Resolved:
    first, last = _year_span(calendar, y)
    if calendar == "gregorian":
        return Resolved(f"{y:04d}", calendar, "year", first, last)
    return Resolved(span_value(first, last), calendar, "year", first, last)


def _apply_part(res: Resolved, pp: str | None, lex: Lexicon) -> Resolved:
    """«اوایل/اواسط/اواخر» narrow a resolved span to an interval."""
    if not pp or res.first is None or res.last is None:
        return res
    share = lex.period_parts.get(key(pp))
    if share is None:
        return res
    lo, hi = cal.part_of_span(res.first, res.last, share)
    return Resolved(span_value(lo, hi), res.calendar, "interval", lo, hi, res.deictic)


def pick_year(span_of: Callable[[int], tuple[date, date] | None], this_year: int, today: date,
              ahead_days: int) -> int:
    """The year (in the calendar ``span_of`` counts in) for a day or month written without one.

    The last occurrence that has begun by ``today``, unless the next one begins at most
    ``ahead_days`` after ``today`` and nearer than the last one ended (see the module doc)."""
    before: tuple[int, date] | None = None
    after: tuple[int, date] | None = None
    for y in (this_year - 1, this_year, this_year + 1):
        span = span_of(y)
        if span is None:
            continue
        first, last = span
        if first <= today:
            before = (y, last)
        elif after is None:
            after = (y, first)
    if after is not None:
        ahead = (after[1] - today).days
        behind = max((today - before[1]).days, 0) if before else None
        if ahead <= ahead_days and (behind is None or ahead < behind):
            return after[0]
    return before[0] if before else this_year


def _month_part(res: Resolved, pp: str | None, lex: Lexicon) -> Resolved:
    """«اواخر ژانویه»: a Gregorian month keeps its "YYYY-MM" value and month precision, as
    annotators write it (the part of the month is vaguer than any interval we could cut);
    a Jalali or Hijri month, already an interval of days, is narrowed to the part."""
    if res.calendar == "gregorian":
        return res
    return _apply_part(res, pp, lex)


def day_month(calendar: str, year: int | None, month: int, day: int, today: date | None,
              ahead_days: int = 0) -> Resolved:
    """A day of a month; the year, when missing, from the publication day (``ahead_days``:
    how far after it the day may fall, by the tense of its clause)."""
    if year is None:
        if today is None:
            if calendar == "gregorian":
                return Resolved(f"--{month:02d}-{day:02d}", calendar, "day", ymd=(calendar, None, month, day))
            return Resolved(None, calendar, "unresolved", ymd=(calendar, None, month, day))

        def span_of(y: int) -> tuple[date, date] | None:
            try:
                g = _to_gregorian(calendar, y, month, day)
            except ValueError:
                return None
            return g, g

        year = pick_year(span_of, _year_of(calendar, today)[0], today, ahead_days)
    try:
        g = _to_gregorian(calendar, year, month, day)
    except ValueError:
        return Resolved(None, calendar, "unresolved")
    return Resolved(iso(g), calendar, "day", g, g, ymd=(calendar, year, month, day))


def _month_of(cand: Candidate, lex: Lexicon) -> tuple[str, int] | None:
    mon = cand.groups.get("mon")
    return lex.months.get(key(mon)) if mon else None


def _day_of(cand: Candidate, lex: Lexicon, group: str = "d") -> int | None:
    raw = cand.groups.get(group)
    if raw:
        return int(raw)
    word = cand.groups.get("dw")
    return lex.ordinal_days.get(key(word)) if word and group == "d" else None


def _two_digit_year(yy: int, today: date | None) -> int:
    if today is None:
        return 1300 + yy
    this_year = cal.gregorian_to_jalali(today)[0]
    century = this_year // 100 * 100
    return century + yy if century + yy <= this_year + 1 else century - 100 + yy


def season_span(first_month: int, jalali_year: int) -> tuple[date, date]:
    return cal.jalali_month_span(jalali_year, first_month)[0], cal.jalali_month_span(jalali_year, first_month + 2)[1]


def _season(cand: Candidate, lex: Lexicon, today: date | None, ref: date | None) -> Resolved | None:
    g = cand.groups
    first_month = lex.seasons[key(g["season"])]
    calendar = "jalali"
    if g.get("y") or g.get("yy"):
        if g.get("yy"):
            marker = lex.calendar_markers.get(key(g["cal"])) if g.get("cal") else "jalali"
            if marker != "jalali":
                return None
            year = _two_digit_year(int(g["yy"]), today)
        else:
            y = int(g["y"])
            written = _year_calendar(y, g.get("cal"), lex)
            if written not in ("jalali", "gregorian") or not _plausible(written, y):
                return None
            calendar = written
            year = y if written == "jalali" else y - 621
    else:
        if ref is None:
            return Resolved(None, "relative", "unresolved")
        calendar = "relative"
        this_year = cal.gregorian_to_jalali(ref)[0]
        if g.get("pw"):
            year = this_year + lex.period_words[key(g["pw"])][1]
        else:
            step = lex.period_modifiers.get(key(g["mod"]), 0)
            if g.get("sal"):  # «بهار سال گذشته»: the season of that Jalali year
                year = this_year + step
            elif step < 0:  # «تابستان گذشته»: the last one over by the reference day
                year = this_year if season_span(first_month, this_year)[1] < ref else this_year - 1
            elif step > 0:  # «بهار آینده»: the next one not begun yet
                year = this_year if season_span(first_month, this_year)[0] > ref else this_year + 1
            else:
                year = this_year
    first, last = season_span(first_month, year)
    return _apply_part(Resolved(span_value(first, last), calendar, "interval", first, last), g.get("pp"), lex)


def resolve(cand: Candidate, lex: Lexicon, today: date | None, ref: date | None,
            future: bool = False, week_of: date | None = None, ahead_days: int = 0) -> Resolved | None:
    """The value of one candidate. ``today`` dates partial absolute dates (publication day,
    or the day the article calls «امروز»); ``ref`` is the reference day of the clause, for
    relative expressions. ``future``: the clause is in the future tense; ``week_of``: the
    first day of a week named right before a weekday; ``ahead_days``: how far after
    ``today`` a day or month written without a year may fall. None drops the candidate."""
    g = cand.groups
    kind = cand.kind
    if kind == "season":
        return _season(cand, lex, today, ref)
    if kind == "year2":
        marker = lex.calendar_markers.get(key(g["cal"])) if g.get("cal") else "jalali"
        if marker != "jalali":
            return None
        return _apply_part(year_value("jalali", _two_digit_year(int(g["yy"]), today)), g.get("pp"), lex)
    if kind in ("day_month", "day_range"):
        month = _month_of(cand, lex)
        day = _day_of(cand, lex)
        if month is None or day is None or not 1 <= day <= 31:
            return None
        calendar, m = month
        year = int(g["y"]) if g.get("y") else None
        if year is not None and not _plausible(calendar, year):
            return None
        res = day_month(calendar, year, m, day, today, ahead_days)
        if kind == "day_range":
            d1 = int(g["d1"])
            if not 1 <= d1 < day:
                return None
            start = day_month(calendar, res.ymd[1] if res.ymd else year, m, d1, today, ahead_days)
            if start.first and res.first:
                return Resolved(span_value(start.first, res.first), calendar, "interval", start.first, res.first)
            return Resolved(None, calendar, "unresolved")
        return res
    if kind == "month_year":
        month = _month_of(cand, lex)
        if month is None:
            return None
        calendar, m = month
        y = int(g["y"])
        if not _plausible(calendar, y):
            return None
        return _month_part(month_value(calendar, y, m), g.get("pp"), lex)
    if kind == "month_rel":
        return _month_relative(cand, lex, ref)
    if kind == "month_alone":
        month = _month_of(cand, lex)
        if month is None:
            return None
        calendar, m = month
        if today is None:
            return Resolved(None, calendar, "unresolved")
        year = pick_year(lambda y: _month_span(calendar, y, m), _year_of(calendar, today)[0], today, ahead_days)
        return _month_part(month_value(calendar, year, m), g.get("pp"), lex)
    if kind == "year":
        y = int(g["y"])
        calendar = _year_calendar(y, g.get("cal"), lex)
        if calendar is None or not _plausible(calendar, y):
            return None
        return _apply_part(year_value(calendar, y), g.get("pp"), lex)
    if kind == "decade":
        raw = g["y"]
        y = int(raw)
        if y % 10:
            return None
        if len(raw) == 2:  # «دهه ۶۰»: the Jalali 1360s, as Iranian writers mean it
            y, calendar = 1300 + y, "jalali"
        else:
            calendar = _year_calendar(y, g.get("cal"), lex) or ""
            if not calendar:
                return None
        first, last = _year_span(calendar, y)[0], _year_span(calendar, y + 9)[1]
        if calendar == "gregorian":
            return Resolved(f"{y}/{y + 9}", calendar, "interval", first, last)
        return Resolved(span_value(first, last), calendar, "interval", first, last)
    if kind in ("numeric_ymd", "numeric_dmy"):
        y, m, d = int(g["y"]), int(g["m"]), int(g["d"])
        if kind == "numeric_dmy" and m > 12 and d <= 12:
            m, d = d, m  # month first (US order) when the middle number cannot be a month
        calendar = _year_calendar(y, None, lex)
        if calendar is None or not 1 <= m <= 12:
            return None
        res = day_month(calendar, y, m, d, today)
        return res if res.value else None
    if kind == "year_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        calendar = _year_calendar(y1, g.get("cal"), lex)
        if calendar is None or not (_plausible(calendar, y1) and _plausible(calendar, y2)) or y2 <= y1:
            return None
        a, b = year_value(calendar, y1), year_value(calendar, y2)
        if calendar == "gregorian":
            return Resolved(f"{y1}/{y2}", calendar, "interval", a.first, b.last)
        return Resolved(span_value(a.first, b.last), calendar, "interval", a.first, b.last)  # type: ignore[arg-type]
    return _resolve_relative(cand, lex, today, ref, future, week_of)


def _month_relative(cand: Candidate, lex: Lexicon, ref: date | None) -> Resolved | None:
    """«سپتامبر گذشته», «۲۰ مهر آینده», «ژانویه سال گذشته» (see the module doc)."""
    g = cand.groups
    month = _month_of(cand, lex)
    day = _day_of(cand, lex)
    if month is None or (day is not None and not 1 <= day <= 31):
        return None
    calendar, m = month
    if ref is None:
        return Resolved(None, calendar, "unresolved")
    this_year = _year_of(calendar, ref)[0]

    def value(y: int) -> Resolved | None:
        if day is None:
            return _month_part(month_value(calendar, y, m), g.get("pp"), lex)
        res = day_month(calendar, y, m, day, ref)
        return res if res.value else None

    if g.get("ymod"):
        return value(this_year + lex.month_year_modifiers[key(g["ymod"])])
    step = lex.month_modifiers[key(g["mmod"])]
    years = range(this_year + 1, this_year - 3, -1) if step < 0 else range(this_year - 1, this_year + 3)
    for y in years:
        res = value(y)
        if res is None or res.first is None or res.last is None:
            continue
        # «گذشته»: the last one over before the reference day; «آینده»: the next one not begun
        if (step < 0 and res.last < ref) or (step > 0 and res.first > ref):
            return res
    return None


def _resolve_relative(cand: Candidate, lex: Lexicon, today: date | None, ref: date | None,
                      future: bool = False, week_of: date | None = None) -> Resolved | None:
    g = cand.groups
    kind = cand.kind
    if kind == "deictic":
        offset = lex.deictic_days.get(key(g["deictic"]))
        if offset is None:
            return None
        if ref is None:
            return Resolved(None, "relative", "unresolved", deictic=True)
        d = ref + timedelta(days=offset)
        return Resolved(iso(d), "relative", "day", d, d, deictic=True)
    if ref is None:
        return Resolved(None, "relative", "unresolved")
    if kind == "weekday":
        wd = lex.weekdays[key(g["wd"])]
        mod = key(g.get("mod") or "")
        eve = key(g.get("part") or "") in lex.eve_parts
        if not mod and week_of is None:
            night_of = (wd - 1) % 7 if eve else wd  # «شب جمعه»: the Thursday
            # future: the coming such day, the reference day included («روز چهارشنبه ... دیدار
            # خواهد کرد» in a Wednesday morning paper is that day)
            d = cal.coming_weekday(ref, night_of) if future else cal.last_weekday(ref, night_of)
            return Resolved(iso(d), "relative", "day", d, d, future=d > ref)
        if not mod:
            d = week_of + timedelta(days=(wd - 5) % 7)  # type: ignore[operator]
        elif mod.startswith("هفته"):
            step = lex.period_modifiers.get(mod[len("هفته"):], 0)
            week_start = cal.week_span(ref + timedelta(days=7 * step))[0]
            d = week_start + timedelta(days=(wd - 5) % 7)
        elif mod.startswith("این") or mod.startswith("همین"):
            d = cal.week_span(ref)[0] + timedelta(days=(wd - 5) % 7)
        elif lex.period_modifiers.get(mod, 0) > 0:
            d = cal.next_weekday(ref, wd)
        else:
            d = cal.last_weekday(ref - timedelta(days=1), wd)  # «شنبه گذشته»: strictly before
        if eve:
            d -= timedelta(days=1)
        return Resolved(iso(d), "relative", "day", d, d, future=d > ref)
    if kind in ("period", "period_word"):
        if kind == "period_word":
            unit, step = lex.period_words[key(g["pw"])]
        else:
            unit = lex.periods[key(g["per"])]
            step = lex.period_modifiers.get(key(g.get("mod") or ""), 0)
        res = _shift_period(ref, unit, step)
        return _apply_part(res, g.get("pp"), lex)
    if kind == "ago":
        n_raw = key(g["n"])
        n = int(n_raw) if n_raw.isdigit() else lex.number_words.get(n_raw)
        if n is None:  # «چند روز پیش»: a date, but not one we can place
            return Resolved(None, "relative", "unresolved")
        unit = lex.ago_units[key(g["unit"])]
        step = n * lex.ago_words[key(g["dir"])]
        if unit == "day":
            d = ref + timedelta(days=step)
            return Resolved(iso(d), "relative", "day", d, d)
        return _shift_period(ref, unit, step)
    return None


def _shift_period(ref: date, unit: str, step: int) -> Resolved:
    if unit == "week":
        first, last = cal.week_span(ref + timedelta(days=7 * step))
        return Resolved(span_value(first, last), "relative", "interval", first, last)
    if unit == "month":
        y, m = cal.add_months(ref.year, ref.month, step)
        res = month_value("gregorian", y, m)
        res.calendar = "relative"
        return res
    res = year_value("gregorian", ref.year + step)
    res.calendar = "relative"
    return res
