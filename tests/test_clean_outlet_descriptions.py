"""A site-name line with a description of the outlet is page head,
never the headline; an Arabic-style date line is a header stamp (our own sentences)."""

from __future__ import annotations

from rasad.clean import classify_lines

HEADLINE = "نیروهای مرزی دو کشور از خط تماس عقب نشستند"
LEAD = "نیروهای مرزی دو کشور پس از دو روز درگیری امروز از خط تماس عقب نشستند و آتش بس از ظهر برقرار شد."


def _labels(raw: str) -> dict[str, tuple[str, str]]:
    return {ln.text: (ln.label, ln.reason) for ln in classify_lines(raw)}


def test_outlet_with_description_is_not_the_title() -> None:
    labels = _labels(f"آوستا - آژانس خبری مستقل تاجیکستان\n{HEADLINE}\n\n{LEAD}\n")
    assert labels["آوستا - آژانس خبری مستقل تاجیکستان"] == ("boilerplate", "outlet name")
    assert labels[HEADLINE][0] == "title"


def test_network_name_line_is_not_the_title() -> None:
    labels = _labels(f"شبکه خبری المیادین\n{HEADLINE}\n\n{LEAD}\n")
    assert labels["شبکه خبری المیادین"] == ("boilerplate", "outlet name")
    assert labels[HEADLINE][0] == "title"


def test_arabic_date_line_is_a_header_stamp() -> None:
    labels = _labels(f"{HEADLINE}\nالاثنین ۳ یولیو ۲۰۲۳ - ۱۲:۴۵\n\n{LEAD}\n")
    assert labels["الاثنین ۳ یولیو ۲۰۲۳ - ۱۲:۴۵"] == ("header", "publish_time")
    labels = _labels(f"{HEADLINE}\n۳۱ اگست ۲۰۲۱ - ۰۸:۳۰\n\n{LEAD}\n")
    assert labels["۳۱ اگست ۲۰۲۱ - ۰۸:۳۰"] == ("header", "publish_time")


def test_headline_with_a_dash_stays_the_title() -> None:
    title = "پوتین - زلنسکی: مذاکرات در استانبول ادامه می‌یابد"
    labels = _labels(f"{title}\n\n{LEAD}\n")
    assert labels[title][0] == "title"
