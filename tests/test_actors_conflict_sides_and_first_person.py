"""«هر دو طرف» / «طرفین» said by a third party (mediator, host) and the first-person country
words of an Iranian outlet («کشورمان», «کشور ما»). Our own sentences."""

from __future__ import annotations

from rasad.actors.kb import default_kb
from rasad.pipeline import process_text

TEHRAN = "+03:30"
LONDON = "+00:00"


def _links(text: str, offset: str = TEHRAN) -> dict[str, str]:
    """mention text -> English names of its entities joined by «+»."""
    doc = process_text(text, published=f"2023-05-10T10:00:00{offset}")
    ents = {e.id: e for e in doc.entities}
    return {m.text: "+".join(str(ents[i].name_en) for i in m.entity.split("+")) for m in doc.mentions}


def test_mediators_both_sides_are_the_two_parties_not_the_mediators() -> None:
    links = _links("روسیه و اوکراین روز جمعه در استانبول توافق صادرات غلات را امضا کردند. این توافق با "
                   "میانجیگری ترکیه و سازمان ملل به دست آمد. اردوغان از هر دو طرف قدردانی کرد.")
    assert links["هر دو طرف"] == "Russia+Ukraine"


def test_host_asking_both_sides_excludes_its_own_country() -> None:
    links = _links("مذاکرات میان روسیه و اوکراین در استانبول برگزار شد. رئیس جمهور ترکیه از طرفین خواست "
                   "به آتش بس پایبند باشند.")
    assert links["طرفین"] == "Russia+Ukraine"


def test_two_leaders_addressed_by_a_third_party_stand_for_their_countries() -> None:
    links = _links("پوتین و زلنسکی در پیام‌هایی جداگانه از توافق استقبال کردند. اردوغان از دو طرف تشکر کرد.")
    assert links["دو طرف"] == "Russia+Ukraine"


def test_organization_side_stays_itself_under_a_mediator() -> None:
    links = _links("حماس و اسرائیل پس از هشت روز درگیری آتش بس را پذیرفتند. وزیر خارجه مصر از دو طرف "
                   "خواست به توافق پایبند بمانند.")
    assert links["دو طرف"] == "Hamas+Israel"


def test_parties_as_subject_after_a_meeting_stay_the_two_ministers() -> None:
    links = _links("وزیر خارجه قطر با وزیر خارجه ایران دیدار کرد. در این دیدار طرفین درباره غزه گفتگو کردند.")
    assert links["طرفین"] == ("Mohammed bin Abdulrahman bin Jassim Al Thani+Hossein Amir-Abdollahian")


def test_object_anaphor_in_the_same_sentence_as_a_plural_office() -> None:
    links = _links("سرگئی لاوروف با وزیران خارجه ارمنستان و جمهوری آذربایجان دیدار کرد و طرفین را به "
                   "آرامش فراخواند.")
    assert links["طرفین"] == "Armenia+Azerbaijan"


def test_first_person_country_in_an_iranian_outlet_is_iran() -> None:
    links = _links("سخنگوی وزارت امور خارجه گفت کشورمان هیچ‌گاه به دنبال سلاح هسته‌ای نبوده است.")
    assert links["کشورمان"] == "Iran"
    assert _links("مردم کشور ما در انتخابات شرکت کردند.")["کشور ما"] == "Iran"


def test_first_person_country_outside_an_iranian_outlet_stays_unlinked() -> None:
    links = _links("مردم کشورمان در انتخابات شرکت کردند.", LONDON)
    assert "کشورمان" not in links


def _country_of(text: str, mention: str, offset: str = TEHRAN) -> str | None:
    doc = process_text(text, published=f"2023-05-10T10:00:00{offset}")
    ents = {e.id: e for e in doc.entities}
    found = [ents[m.entity].country for m in doc.mentions if m.text == mention and m.entity in ents]
    return found[0] if found else None


def test_office_of_our_country_is_irans_office_in_an_iranian_outlet_only() -> None:
    text = "وزیر دفاع کشورمان از نمایشگاه بازدید کرد."
    assert _country_of(text, "وزیر دفاع کشورمان") == "IRN"
    assert _country_of(text, "وزیر دفاع کشورمان", LONDON) is None


def test_first_person_country_inside_a_foreign_speakers_quote_is_the_speakers_country() -> None:
    text = "وزیر خارجه عراق روز شنبه در دیدار با همتای ایرانی خود گفت: «کشور ما از حمله به همسایگان جلوگیری می‌کند.»"
    assert _links(text)["کشور ما"] == "Iraq"
    assert _links(text, LONDON)["کشور ما"] == "Iraq"


def test_first_person_words_are_data() -> None:
    words = default_kb().cues["first_person_country"]
    assert "کشورمان" in words and "کشور ما" in words
    assert default_kb().cues["pair_object_before"]
