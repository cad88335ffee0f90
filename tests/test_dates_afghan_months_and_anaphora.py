"""Afghan solar months, anaphoric «همان روز», «سپتامبر گذشته», future weekdays on the
reference day (our own sentences, not seed text)."""

from _dates_helpers import only, run, values

PUB = "2024-11-13T10:00"  # a Wednesday; Jalali 23 Aban 1403


def test_afghan_month_with_day_and_year() -> None:
    d = only("طالبان در ۲۴ اسد ۱۴۰۰ وارد کابل شدند.", PUB)
    assert (d.text, d.value, d.calendar) == ("۲۴ اسد ۱۴۰۰", "2021-08-15", "jalali")
    assert only("نشست در ۱۰ حوت ۱۴۰۲ برگزار شد.", PUB).value == "2024-02-29"


def test_afghan_month_with_day_only_takes_the_last_occurrence() -> None:
    # 5 Mizan = 5 Mehr: 2024-09-26, the last one begun by the publication day
    assert only("هیئت روز ۵ میزان به دوحه رفت.", PUB).value == "2024-09-26"


def test_afghan_month_with_year_only_is_a_month() -> None:
    d = only("این قانون در سرطان ۱۴۰۳ تصویب شد.", PUB)
    assert d.value == "2024-06-21/2024-07-21"


def test_afghan_month_words_alone_are_not_dates() -> None:
    for text in ("او به سرطان مبتلا شد.", "به میزان ۱۴۰۰ تن گندم وارد شد.", "بشار اسد گذشته را فراموش نکرد.",
                 "این موضوع در ماه میزان مطرح نشد.", "اواخر قوس رنگین کمان دیده شد.",
                 "او با لحنی جدی سخن گفت.", "حمل و نقل کالا متوقف شد."):
        assert [d.text for d in run(text, PUB).dates if d.value] == [], text


def test_same_day_counts_from_the_last_day_told() -> None:
    doc = run("اتحادیه اروپا روز دوشنبه تحریم‌های تازه‌ای اعلام کرد.\n"
              "به گزارش رسانه‌ها، انگلیس نیز همان روز تحریم‌هایی وضع کرد.", PUB)
    assert {d.text: d.value for d in doc.dates} == {"روز دوشنبه": "2024-11-11", "همان روز": "2024-11-11"}


def test_next_day_counts_from_the_last_day_told_and_is_no_plan() -> None:
    v = values("وزیر روز ۲ نوامبر به بغداد رفت و روز بعد با نخست وزیر دیدار کرد.", PUB)
    assert v == {"روز ۲ نوامبر": "2024-11-02", "روز بعد": "2024-11-03"}


def test_same_day_with_a_weekday_does_not_move_today() -> None:
    v = values("امروز وزیر سخن گفت. نشست روز شنبه آغاز شد و همان روز شنبه پایان یافت.", PUB)
    assert v["امروز"] == "2024-11-13"


def test_named_month_with_past_modifier_is_the_last_one_over() -> None:
    assert only("حمله در سپتامبر گذشته رخ داد.", PUB).value == "2024-09"
    assert only("حمله در نوامبر گذشته رخ داد.", PUB).value == "2023-11"  # November is not over
    assert only("او در مهر ماه گذشته استعفا داد.", PUB).value == "2024-09-22/2024-10-21"
    assert only("قرارداد در ۲۰ سپتامبر گذشته امضا شد.", PUB).value == "2024-09-20"


def test_named_month_with_future_and_year_modifiers() -> None:
    assert only("انتخابات در ژانویه آینده برگزار می‌شود.", PUB).value == "2025-01"
    assert only("انتخابات در نوامبر آینده برگزار می‌شود.", PUB).value == "2025-11"
    assert only("این طرح در مارس سال گذشته اجرا شد.", PUB).value == "2023-03"
    assert only("این طرح در فروردین امسال اجرا شد.", PUB).value == "2024-03-20/2024-04-19"


def test_ambiguous_month_with_modifier_needs_a_day_or_mah() -> None:
    assert [d.text for d in run("روزها به کندی می گذشته است.", PUB).dates] == []
    assert only("در ماه مه گذشته توافق شد.", PUB).value == "2024-05"


def test_future_weekday_on_the_reference_day_is_that_day() -> None:
    # a Wednesday paper: «روز چهارشنبه ... خواهد کرد» is later today, not next week
    assert only("دبیرکل روز چهارشنبه با وزیر دیدار خواهد کرد.", PUB).value == "2024-11-13"
    assert only("دبیرکل روز پنجشنبه با وزیر دیدار خواهد کرد.", PUB).value == "2024-11-14"
    assert only("دبیرکل چهارشنبه آینده با وزیر دیدار می‌کند.", PUB).value == "2024-11-20"


def _references(text: str, sentences: list[tuple[int, int]]) -> list[str | None]:
    from rasad.dates import annotate_dates
    from rasad.document import Document

    doc = Document(id="t", source="test", text=text, published=PUB, sentences=sentences)
    return annotate_dates(doc).sentence_reference


def _split(text: str) -> list[tuple[int, int]]:
    from rasad.dates import fallback_sentences

    return fallback_sentences(text)


def test_since_date_does_not_set_the_reported_day() -> None:
    text = ("وزیر که از روز دوشنبه در مسکو به سر می‌برد، صبح امروز با همتای خود دیدار کرد. "
            "رئیس مجلس نیز با او دیدار کرد.")
    refs = _references(text, _split(text))
    assert refs == ["2024-11-13", "2024-11-13"]


def test_paragraph_naming_the_leads_subject_continues_its_day() -> None:
    text = ("به گزارش خبرگزاری، نیکول پاشینیان نخست وزیر ارمنستان روز دوشنبه در نشستی خبری سخن گفت.\n"
            "پاشینیان که پیش از این نیز انتقاد کرده بود، سازمان را متهم کرد.\n"
            "روسیه هنوز واکنشی نشان نداده است.")
    assert _references(text, _split(text)) == ["2024-11-11", "2024-11-11", "2024-11-13"]


def test_a_shared_title_alone_does_not_continue() -> None:
    text = ("وزیر دفاع ارمنستان روز دوشنبه به مسکو رفت.\n"
            "وزیر خارجه ایران سازمان را متهم کرد.")
    assert _references(text, _split(text)) == ["2024-11-11", "2024-11-13"]


def test_lexicon_afghan_months_are_the_jalali_months_in_order() -> None:
    from rasad.dates.lexicon import key, lexicon

    lex = lexicon()
    names = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
    assert [lex.months[key(n)] for n in names] == [("jalali", m) for m in range(1, 13)]
    assert {key(n) for n in names} <= lex.word_months
    assert set(lex.month_modifiers.values()) == {-1, 1}
