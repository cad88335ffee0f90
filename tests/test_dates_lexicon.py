from rasad.dates.lexicon import key, lexicon, load_raw


def test_every_calendar_has_twelve_months_and_spellings_are_unique() -> None:
    raw = load_raw()
    for cal in ("jalali", "gregorian", "english", "hijri"):
        assert len(raw["months"][cal]) == 12
    lex = lexicon()
    assert lex.months[key("مهر")] == ("jalali", 7)
    assert lex.months[key("ژوئیه")] == ("gregorian", 7)
    assert lex.months[key("ذی الحجه")] == ("hijri", 12)


def test_weekdays_cover_the_week_and_ordinals_cover_the_month() -> None:
    lex = lexicon()
    assert set(lex.weekdays.values()) == set(range(7))
    assert set(lex.ordinal_days.values()) == set(range(1, 32))
    assert lex.ordinal_days[key("بیست و یکم")] == 21


def test_lists_are_non_empty_and_parts_are_fractions() -> None:
    raw = load_raw()
    for name, value in raw.items():
        assert value not in (None, [], {}), name
    for lo, hi in lexicon().period_parts.values():
        assert 0.0 <= lo < hi <= 1.0
    assert set(lexicon().calendar_markers.values()) <= {"jalali", "gregorian", "hijri"}


def test_seasons_and_tense_lists() -> None:
    lex = lexicon()
    assert set(lex.seasons.values()) == {1, 4, 7, 10}
    assert key("شب") in lex.eve_parts
    assert lex.future_cues and lex.past_words and not {key(c) for c in lex.future_cues} & lex.past_words
