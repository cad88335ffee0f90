"""Lists of three or more parties («A، B، C و D», with titles in apposition), a dateline with its
credit in parentheses («تهران (ایرنا) -»), a party name that ends like a verb («...ند») inside a
list, nominal talks «میان» a list, and «دیدار نمود». Sentences are our own."""

from __future__ import annotations

import pytest
from events_support import GAZETTEER, make_doc

from rasad.events import annotate_events


def parties(text: str, kind: str) -> list[set[str]]:
    doc = annotate_events(make_doc(text, "2024-03-05T10:00:00+03:30"))
    return [set(e.source) | set(e.target) for e in doc.events if e.type == kind and not e.negated]


def test_four_party_list_meets() -> None:
    text = "علی رضایی، جان اسمیت، پوتین و فواد حسین روز دوشنبه در تهران دیدار کردند."
    assert parties(text, "CONSULT") == [{"e1", "e2", "e15", "e43"}]


def test_list_items_with_titles_in_apposition() -> None:
    text = "علی رضایی وزیر خارجه ایران، جان اسمیت، پوتین و فواد حسین روز دوشنبه در تهران دیدار کردند."
    assert parties(text, "CONSULT") == [{"e1", "e2", "e15", "e43"}]


def test_talks_between_a_list_of_four() -> None:
    text = "این سند پس از چهار ساعت گفت‌وگو میان علی رضایی، جان اسمیت، پوتین و فواد حسین به امضا رسید."
    assert {"e1", "e2", "e15", "e43"} in parties(text, "CONSULT")


def test_credit_report_list_is_not_a_party_list() -> None:
    # «به گزارش ایرنا، A ...»: the outlet is not one of the parties
    got = parties("به گزارش ایرنا، علی رضایی روز دوشنبه با جان اسمیت دیدار کرد.", "CONSULT")
    assert got == [{"e1", "e2"}]


def test_dateline_with_credit_in_parentheses() -> None:
    text = "تهران (ایرنا) - ایران، ترکیه و روسیه روز سه شنبه در تهران یک تفاهم نامه سه جانبه امضا کردند."
    assert parties(text, "AGREE") == [{"e3", "e11", "e21"}]


def test_name_ending_like_a_verb_does_not_end_the_clause(monkeypatch: pytest.MonkeyPatch) -> None:
    # «فنلاند» ends in «ند» like «کردند»; inside a list of parties it is a name, not a verb
    monkeypatch.setitem(GAZETTEER, "فنلاند", ("e90", "GPE", "FIN", "country"))
    text = "ترکیه، فنلاند و ایران روز سه شنبه یک تفاهم نامه سه جانبه امضا کردند."
    assert parties(text, "AGREE") == [{"e3", "e21", "e90"}]


def test_meeting_with_namud() -> None:
    text = "علی رضایی می‌گوید که دیروز با جان اسمیت و پوتین جداگانه دیدار نموده است."
    got = parties(text, "CONSULT")
    assert {"e1", "e2"} in got and {"e1", "e15"} in got


def accusations(text: str) -> list[tuple[list[str], list[str]]]:
    doc = annotate_events(make_doc(text, "2024-03-05T10:00:00+03:30"))
    return [(e.source, e.target) for e in doc.events if e.type == "ACCUSE" and not e.negated]


def test_speaker_says_another_shares_in_a_crime() -> None:
    text = "علی رضایی گفت: «آمریکا در این جنایات شریک است و نمی‌تواند میانجی باشد.»"
    assert accusations(text) == [(["e1"], ["e35"])]


def test_own_country_sharing_is_no_accusation() -> None:
    assert accusations("علی رضایی گفت: «ایران در این پیروزی شریک است.»") == []


def test_unattributed_complicity_has_no_accuser() -> None:
    assert accusations("آمریکا در این جنایات شریک است.") == []


def test_calling_a_country_a_partner_in_killing_in_quotes() -> None:
    text = "علی رضایی روز دوشنبه روسیه را «شریک در کشتار مردم سوریه» خواند."
    assert accusations(text) == [(["e1"], ["e11"])]
