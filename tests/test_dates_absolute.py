from _dates_helpers import only, run


def test_jalali_day_month_year_with_mah_and_persian_digits() -> None:
    d = only("نشست در ۱۵ مهر ماه ۱۴۰۲ در تهران برگزار شد.")
    assert (d.value, d.calendar, d.precision) == ("2023-10-07", "jalali", "day")
    assert only("قرارداد در 3 اسفند 1398 امضا شد.").value == "2020-02-22"


def test_gregorian_months_in_persian_and_english() -> None:
    assert only("آتش‌بس روز ۵ ماه مارس سال ۲۰۲۰ میلادی اعلام شد.").value == "2020-03-05"
    assert only("این نامه در 4 May 2019 منتشر شد.").value == "2019-05-04"
    assert only("اجلاس در ۲۴ فوریه ۲۰۲۲ آغاز شد.").value == "2022-02-24"


def test_may_is_a_month_only_with_a_day_or_a_year() -> None:
    assert only("او در ۹ می ۲۰۲۱ به بغداد رفت.").value == "2021-05-09"
    assert run("آنها می خواهند در ماه می گفت‌وگو کنند.").dates == []


def test_hijri_month() -> None:
    d = only("مراسم در ۱ رمضان ۱۴۴۲ قمری برگزار شد.")
    assert (d.value, d.calendar) == ("2021-04-13", "hijri")


def test_numeric_dates_in_three_orders() -> None:
    assert only("این بیانیه در ۱۴۰۱/۰۶/۳۱ صادر شد.").value == "2022-09-22"
    assert only("گزارش مورخ 2019-03-15 است.").value == "2019-03-15"
    assert only("جلسه 15/03/2019 بود.").value == "2019-03-15"


def test_day_month_without_year_uses_publication_or_stays_partial() -> None:
    assert only("هیئت در تاریخ ۲۰ اوت وارد کابل شد.").value == "--08-20"
    assert only("هیئت در تاریخ ۲۰ اوت وارد کابل شد.", "2021-09-02").value == "2021-08-20"
    assert only("هیئت در تاریخ ۲۰ دسامبر وارد کابل شد.", "2021-09-02").value == "2020-12-20"
    # a Jalali month counts in the Jalali year: 25 Esfand before 10 Farvardin 1401 is 1400
    assert only("توافق در ۲۵ اسفند حاصل شد.", "2022-03-30").value == "2022-03-16"
    assert only("توافق در ۲۵ اسفند حاصل شد.").value is None


def test_month_year_and_year_alone() -> None:
    assert only("جنگ در ماه اوت سال ۲۰۰۸ رخ داد.").value == "2008-08"
    assert only("سفارت در سال ۲۰۱۲ بسته شد.").value == "2012"
    jalali_year = only("بودجه سال ۱۳۹۹ تصویب شد.")
    assert (jalali_year.value, jalali_year.precision) == ("2020-03-20/2021-03-20", "year")
    assert only("انتخابات در خرداد ۱۴۰۰ برگزار شد.").value == "2021-05-22/2021-06-21"


def test_intervals() -> None:
    assert only("جنگ سالهای ۱۹۸۰ الی ۱۹۸۸ ادامه داشت.").value == "1980/1988"
    assert only("از سال ۲۰۱۴ تا ۲۰۱۷ داعش موصل را در اختیار داشت.").value == "2014/2017"
    assert only("نمایشگاه از ۱۰ تا ۱۵ مهر ۱۴۰۱ برپاست.").value == "2022-10-02/2022-10-07"
    assert only("مذاکرات از ۳ ژوئن تا ۹ ژوئیه ۲۰۱۵ طول کشید.").value == "2015-06-03/2015-07-09"


def test_time_attaches_to_the_adjacent_date() -> None:
    d = only("۱۲ دی ۱۳۹۸ - ۰۱:۲۰")
    assert (d.value, d.time, d.text) == ("2020-01-02", "01:20", "۱۲ دی ۱۳۹۸ - ۰۱:۲۰")


def test_numbers_that_are_not_dates() -> None:
    text = ("رزمایش زاپاد-۲۰۲۱ و سامانه اس-۴۰۰ و قطعنامه ۲۲۳۱ و ماده ۵ و تیپ شماره 105 "
            "و ۱۲ نفر و ۲۰ درصد و ۳۰۰۰ دلار و تلفن ۰۲۱-۸۸۰۰۱۲۳۴ و نزدیک به ۲۰ سال تلاش.")
    assert run(text, "2021-05-01").dates == []


def test_month_names_inside_words_are_not_dates() -> None:
    assert run("جمهوری آذربایجان و مهرداد و دیپلمات‌ها در بهمنشیر دیدار کردند.", "2021-05-01").dates == []
