"""«این کشور» follows the speaker, «طرف + demonym» is the country, an armed group's forces
are the group, permanent representatives to the UN, «کیف» needs a cue. Our own sentences."""

from __future__ import annotations

import pytest

from rasad.actors.kb import default_kb
from rasad.pipeline import process_text

TEHRAN = "+03:30"


def _doc(text: str, day: str = "2021-03-01"):  # noqa: ANN202
    return process_text(text, published=f"{day}T10:00:00{TEHRAN}")


def _linked(text: str, mention_text: str, day: str = "2021-03-01") -> str:
    """English name of the entity a mention links to."""
    doc = _doc(text, day)
    ents = {e.id: e for e in doc.entities}
    m = next(m for m in doc.mentions if m.text == mention_text)
    return str(ents[m.entity].name_en)


def _names(text: str, day: str = "2021-03-01") -> set[str]:
    return {str(e.name_en) for e in _doc(text, day).entities}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the speaker's country, not the attacker named in what the speaker says
        ("سخنگوی وزارت دفاع افغانستان روز شنبه گفت نیروهای پاکستانی به پاسگاه‌های مرزی این کشور حمله کردند.",
         "Afghanistan"),
        ("وزارت خارجه لبنان اعلام کرد نیروهای اسرائیلی به روستاهای جنوبی این کشور حمله کرده‌اند.", "Lebanon"),
        # no speaker: the last office before it still wins
        ("وزیر خارجه ایران در تماس با وزیر خارجه عمان درباره امنیت بنادر این کشور گفت‌وگو کرد.", "Oman"),
    ],
)
def test_this_country_is_the_speakers_country(text: str, country: str) -> None:
    assert _linked(text, "این کشور") == country


def test_talks_are_not_a_verb_of_saying() -> None:
    text = "وزیر خارجه ترکیه پس از گفت‌وگو با وزیر خارجه عراق از بازسازی شهرهای این کشور حمایت کرد."
    assert _linked(text, "این کشور") == "Iraq"


@pytest.mark.parametrize(
    ("text", "side", "country"),
    [
        ("ارتش پاکستان طرف افغان را مسئول آغاز درگیری دانست.", "طرف افغان", "Afghanistan"),
        # a minister of that country in the same meeting does not make «the side» that minister
        ("وزیر دفاع ترکیه با وزیر دفاع عراق دیدار کرد و از میهمان‌نوازی طرف عراقی تشکر کرد.", "طرف عراقی", "Iraq"),
    ],
)
def test_side_of_a_demonym_is_the_country(text: str, side: str, country: str) -> None:
    assert _linked(text, side) == country


@pytest.mark.parametrize(
    ("text", "group", "state_forces"),
    [
        ("نیروهای طالبان یک پاسگاه مرزی را تصرف کردند.", "Taliban", "Armed Forces of Afghanistan"),
        ("نظامیان حزب‌الله به یک پایگاه نظامی حمله کردند.", "Hezbollah", "Armed Forces of Lebanon"),
        ("نیروهای انصارالله یک پهپاد را سرنگون کردند.", "Houthis", "Armed Forces of Yemen"),
    ],
)
def test_forces_of_an_armed_group_are_the_group(text: str, group: str, state_forces: str) -> None:
    names = _names(text)
    assert group in names and state_forces not in names


def test_ministry_of_a_governing_group_is_still_the_states() -> None:
    assert "Ministry of Interior Affairs (Afghanistan)" in _names("وزارت داخله طالبان از بازداشت دو نفر خبر داد.")


@pytest.mark.parametrize(
    ("text", "day", "holder"),
    [
        ("نماینده دائم روسیه در سازمان ملل از این قطعنامه حمایت کرد.", "2016-12-31", "Vitaly Churkin"),
        ("نماینده دائم روسیه در سازمان ملل از این قطعنامه حمایت کرد.", "2018-03-01", "Vasily Nebenzya"),
        ("نماینده دائم آمریکا در سازمان ملل متحد این حمله را محکوم کرد.", "2017-06-01", "Nikki Haley"),
        ("نماینده ایران در سازمان ملل این ادعا را رد کرد.", "2020-06-01", "Majid Takht-Ravanchi"),
    ],
)
def test_permanent_representative_to_the_un(text: str, day: str, holder: str) -> None:
    mention = text.split(" از ")[0].split(" این ")[0]
    assert _linked(text, mention, day) == holder


def test_representative_elsewhere_is_not_the_un_post() -> None:
    names = _names("نماینده روسیه در مذاکرات وین گفت توافق نزدیک است.", "2018-03-01")
    assert "Vasily Nebenzya" not in names and "Russia" in names


def test_permanent_representative_office_is_in_the_vocabulary() -> None:
    kb = default_kb()
    assert "permanent_representative_un" in kb.office_vocabulary
    assert ("permanent_representative_un", "RUS") in kb.holders


@pytest.mark.parametrize(
    ("text", "is_kyiv"),
    [
        ("او کیف خود را در تاکسی جا گذاشت.", False),
        ("کیف پول این گردشگر در بازار دزدیده شد.", False),
        ("مقامات کیف اعلام کردند که پهپادها رهگیری شدند.", True),
        ("کیف مدعی شد که نیروهای روسی عقب نشسته‌اند.", True),
        ("گفتگوهای مسکو و کیف به نتیجه نرسید.", True),
    ],
)
def test_kyiv_is_also_a_bag(text: str, is_kyiv: bool) -> None:
    assert ("Kyiv" in _names(text)) is is_kyiv
