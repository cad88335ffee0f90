"""Unnamed armed opposition («گروه‌های مسلح», «شبه نظامیان») next to a state's forces, domestic
collective actors with a country (police, protesters, opposition), the region's security services,
Palestinian local brigades, facilities named after people, and new places. Our own sentences."""

from __future__ import annotations

import pytest

from rasad.actors.kb import default_kb
from rasad.pipeline import process_text

TEHRAN = "+03:30"


def _links(text: str, day: str = "2023-05-10") -> dict[str, str]:
    """mention text -> English names of its entities joined by «+»."""
    doc = process_text(text, published=f"{day}T10:00:00{TEHRAN}")
    ents = {e.id: e for e in doc.entities}
    return {m.text: "+".join(str(ents[i].name_en) for i in m.entity.split("+")) for m in doc.mentions}


def _names(text: str, day: str = "2023-05-10") -> set[str]:
    doc = process_text(text, published=f"{day}T10:00:00{TEHRAN}")
    return {str(e.name_en or e.name) for e in doc.entities}


def test_unnamed_armed_groups_fighting_syrias_army_are_the_syrian_opposition() -> None:
    links = _links("نیروهای ارتش سوریه صبح امروز با گروه‌های مسلح در حومه ادلب درگیر شدند. "
                   "یک دیپلمات روس گفت شبه نظامیان پذیرفته‌اند سلاح سنگین را تحویل دهند.")
    assert links["گروه‌های مسلح"] == "Syrian opposition"
    assert links["شبه\u200cنظامیان"] == "Syrian opposition"


def test_unnamed_armed_groups_of_a_state_without_opposition_data_stay_unlinked() -> None:
    names = _names("ارتش عراق اعلام کرد گروه‌های مسلح به یک پاسگاه مرزی حمله کردند.")
    assert "Syrian opposition" not in names
    assert "Iraq" in names


def test_armed_collective_followed_by_a_name_is_not_the_states_opposition() -> None:
    links = _links("ارتش سوریه اعلام کرد شبه نظامیان حوثی در یمن پیشروی کردند.")
    assert "Syrian opposition" not in links.values()


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("پلیس گرجستان ده‌ها نفر را در تفلیس بازداشت کرد.", "پلیس گرجستان", "Police of Georgia"),
    ("معترضان گرجی شب گذشته مقابل پارلمان تجمع کردند.", "معترضان گرجی", "Protesters in Georgia"),
    ("نخست وزیر ارمنستان مخالفان دولت ارمنستان را به کودتا متهم کرد.", "مخالفان دولت ارمنستان",
     "Opposition of Armenia"),
])
def test_domestic_collectives_compose_with_their_country(text: str, mention: str, name: str) -> None:
    links = _links(text)
    assert links[mention] == name


def test_opposition_of_a_government_is_not_that_government() -> None:
    names = _names("وزیر کشور گرجستان مخالفان دولت گرجستان را به آشوب متهم کرد.")
    assert "Opposition of Georgia" in names
    assert "Government of Georgia" not in names


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("کمیته دولتی امنیت ملی جمهوری تاجیکستان از بازداشت دو مظنون خبر داد.",
     "کمیته دولتی امنیت ملی جمهوری تاجیکستان", "State Committee for National Security (Tajikistan)"),
    ("کمیته دولتی امنیت ملی قرقیزستان این گزارش را رد کرد.", "کمیته دولتی امنیت ملی قرقیزستان",
     "State Committee for National Security (Kyrgyzstan)"),
    ("سرویس امنیت اوکراین یک مقام محلی را بازداشت کرد.", "سرویس امنیت اوکراین", "Security Service of Ukraine"),
    ("سرویس امنیت فدرال روسیه از خنثی شدن یک توطئه خبر داد.", "سرویس امنیت فدرال روسیه",
     "Federal Security Service"),
    ("گردان جنین مسئولیت این عملیات را بر عهده گرفت.", "گردان جنین", "Jenin Brigade"),
    ("گردان‌های شهدای الاقصی بیانیه‌ای صادر کرد.", "گردان‌های شهدای الاقصی", "Al-Aqsa Martyrs' Brigades"),
    ("سازمان عفو بین‌الملل از دولت خواست بازداشت‌شدگان را آزاد کند.", "سازمان عفو بین‌الملل",
     "Amnesty International"),
])
def test_security_services_brigades_and_ngos(text: str, mention: str, name: str) -> None:
    assert _links(text)[mention] == name


def test_person_named_in_a_facility_is_the_facility() -> None:
    names = _names("دو راکت در نزدیکی فرودگاه بین‌المللی حیدر علی‌اف فرود آمد.", "2020-10-10")
    assert "Heydar Aliyev International Airport" in names
    assert "Heydar Aliyev" not in names


def test_unknown_facility_named_after_a_person_drops_the_person() -> None:
    # no such hospital in the data: the name after «بیمارستان» is not the living person
    names = _names("مجروحان به بیمارستان محمود عباس در رام الله منتقل شدند.", "2023-05-10")
    assert "Mahmoud Abbas" not in names


def test_person_alone_still_found_after_facility_elsewhere() -> None:
    names = _names("فرودگاه کابل بسته شد. حامد کرزی رئیس جمهور پیشین افغانستان خواستار آرامش شد.", "2021-08-20")
    assert {"Hamid Karzai International Airport", "Hamid Karzai"} <= names


@pytest.mark.parametrize(("text", "name"), [
    ("ارتش قرقیزستان در ولایت باتکن وضعیت فوق العاده اعلام کرد.", "Batken Region"),
    ("روستاهای اطراف شهر اسفره گلوله باران شد.", "Isfara"),
    ("یک پهپاد به ساختمانی در ناقوره اصابت کرد.", "Naqoura"),
    ("موشک‌ها به مرکز شهر میکولایف اصابت کرد.", "Mykolaiv"),
    ("نیروهای روسیه از اطراف چرنیهیف عقب نشستند.", "Chernihiv"),
    ("دو هیئت در کاخ دلمه باغچه استانبول دیدار کردند.", "Dolmabahçe Palace"),
])
def test_conflict_zone_places(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(("text", "day", "name"), [
    ("نبیل ابوردینه گفت تشکیلات خودگردان این اقدام را نمی‌پذیرد.", "2023-05-10", "Nabil Abu Rudeineh"),
    ("سخنگوی ریاست جمهوری فلسطین این حمله را محکوم کرد.", "2023-05-10", "Nabil Abu Rudeineh"),
    ("ولادیمیر مدینسکی گفت مذاکرات ادامه می‌یابد.", "2022-03-29", "Vladimir Medinsky"),
])
def test_regional_officials(text: str, day: str, name: str) -> None:
    assert name in _names(text, day)


def test_armed_collectives_and_facility_heads_are_data() -> None:
    kb = default_kb()
    assert "شبه نظامیان" in kb.cues["armed_collectives"]
    assert kb.facility_heads
    assert any(rec.get("opposition_of") for rec in kb.organizations.values())
