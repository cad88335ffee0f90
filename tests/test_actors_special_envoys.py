"""Special envoys (one office per topic country, dated holders), unnamed ambassadors and
envoys standing for their country, «این گروه» after a group's spokesman, «آستانه» closing a clause.
Our own sentences."""

from __future__ import annotations

import pytest

from rasad.pipeline import process_text

TEHRAN = "+03:30"


def _links(text: str, day: str) -> dict[str, str]:
    """mention text -> English names of its entities joined by «+»."""
    doc = process_text(text, published=f"{day}T10:00:00{TEHRAN}")
    ents = {e.id: e for e in doc.entities}
    return {m.text: "+".join(str(ents[i].name_en) for i in m.entity.split("+")) for m in doc.mentions}


def _names(text: str, day: str) -> set[str]:
    doc = process_text(text, published=f"{day}T10:00:00{TEHRAN}")
    return {str(e.name_en or e.name) for e in doc.entities}


@pytest.mark.parametrize(("text", "day", "mention", "name"), [
    ("نماینده ویژه آمریکا در امور افغانستان با هیئت طالبان گفت‌وگو کرد.", "2019-05-01",
     "نماینده ویژه آمریکا در امور افغانستان", "Zalmay Khalilzad"),
    ("نماینده ویژه آمریکا در امور افغانستان با هیئت طالبان گفت‌وگو کرد.", "2023-05-01",
     "نماینده ویژه آمریکا در امور افغانستان", "Thomas West"),
    ("فرستاده ویژه سازمان ملل در امور یمن وارد صنعا شد.", "2019-02-01",
     "فرستاده ویژه سازمان ملل در امور یمن", "Martin Griffiths"),
    ("فرستاده ویژه سازمان ملل در امور یمن وارد صنعا شد.", "2022-02-01",
     "فرستاده ویژه سازمان ملل در امور یمن", "Hans Grundberg"),
    ("نماینده ویژه دبیرکل سازمان ملل در امور سوریه به دمشق رفت.", "2013-03-01",
     "نماینده ویژه دبیرکل سازمان ملل در امور سوریه", "Lakhdar Brahimi"),
    ("فرستاده ویژه سازمان ملل برای سوریه از تهران دیدن کرد.", "2016-03-01",
     "فرستاده ویژه سازمان ملل برای سوریه", "Staffan de Mistura"),
    ("فرستاده ویژه سازمان ملل برای سوریه از تهران دیدن کرد.", "2021-03-01",
     "فرستاده ویژه سازمان ملل برای سوریه", "Geir Pedersen"),
    ("نماینده ویژه رئیس جمهور روسیه در امور افغانستان هشدار داد.", "2016-03-01",
     "نماینده ویژه رئیس جمهور روسیه در امور افغانستان", "Zamir Kabulov"),
])
def test_special_envoys_resolve_per_topic_and_date(text: str, day: str, mention: str, name: str) -> None:
    assert _links(text, day).get(mention) == name


def test_envoy_topic_is_an_actor_and_holders_do_not_cross_topics() -> None:
    # the US envoy for Afghanistan is no envoy for Iran: no holder there, so the country acts
    links = _links("نماینده ویژه آمریکا در امور ایران به اروپا رفت.", "2019-05-01")
    assert links.get("نماینده ویژه آمریکا در امور ایران") == "United States"
    assert "Afghanistan" in _names("نماینده ویژه آمریکا در امور افغانستان به دوحه رفت.", "2019-05-01")


def test_unnamed_ambassador_and_envoy_stand_for_their_country() -> None:
    links = _links("اوکراین اعتبارنامه سفیر ایران در کی‌یف را لغو کرد.", "2022-09-24")
    assert links.get("سفیر ایران") == "Iran"
    names = _names("سفیر ایران در کی‌یف احضار شد.", "2022-09-24")
    assert not any(n.startswith("Ambassador") for n in names)
    # a named ambassador stays the person
    named = _links("علی رضایی سفیر ایران در مسکو با مقامات روس دیدار کرد.", "2022-09-24")
    assert named.get("سفیر ایران") != "Iran"


@pytest.mark.parametrize(("text", "day"), [
    ("سخنگوی انصارالله گفت این گروه به فرودگاه حمله کرد.", "2022-01-20"),
    ("محمد عبدالسلام سخنگوی انصارالله اعلام کرد این گروه آماده مذاکره است.", "2022-01-20"),
])
def test_this_group_after_a_group_spokesman_is_the_group(text: str, day: str) -> None:
    assert _links(text, day).get("این گروه") == "Houthis"


@pytest.mark.parametrize(("text", "astana"), [
    ("امضای تفاهم‌نامه در آستانه؛ مخالفان جلسه را ترک کردند.", True),
    ("دور بعدی گفت‌وگوها در آستانه برگزار می‌شود.", True),
    ("نمایندگان سه کشور در آستانه قزاقستان دیدار کردند.", True),
    ("کشور در آستانه جنگ داخلی است.", False),
    ("در آستانه برگزاری انتخابات، نامزدها مناظره کردند.", False),
])
def test_astana_only_with_a_clear_cue(text: str, astana: bool) -> None:
    assert ("Astana" in _names(text, "2017-05-04")) is astana
