"""Hand-built Documents for the events tests: a tiny gazetteer stands in for the actor stage."""

from __future__ import annotations

import re

from rasad.document import DateMention, Document, Entity, Mention

# surface form -> (entity id, type, country, mention kind); "e1+e2" for a phrase naming two actors
GAZETTEER: dict[str, tuple[str, str, str, str]] = {
    "علی رضایی": ("e1", "PER", "IRN", "name"),
    "رضایی": ("e1", "PER", "IRN", "name"),
    "وزیر خارجه ایران": ("e1", "PER", "IRN", "role"),
    "جان اسمیت": ("e2", "PER", "GBR", "name"),
    "اسمیت": ("e2", "PER", "GBR", "name"),
    "همتای انگلیسی خود": ("e2", "PER", "GBR", "role"),
    "ترکیه": ("e3", "GPE", "TUR", "country"),
    "عراق": ("e4", "GPE", "IRQ", "country"),
    "دو کشور": ("e3+e4", "GPE", "", "coref"),
    "دو وزیر": ("e1+e2", "PER", "", "coref"),
    "ارتش اسرائیل": ("e5", "ORG", "ISR", "institution"),
    "نوار غزه": ("e6", "LOC", "PSE", "name"),
    "حماس": ("e7", "ORG", "PSE", "name"),
    "سازمان ملل": ("e8", "ORG", "UN", "institution"),
    "کی‌یف": ("e9", "GPE", "UKR", "name"),
    "اوکراین": ("e10", "GPE", "UKR", "country"),
    "روسیه": ("e11", "GPE", "RUS", "country"),
    "مسکو": ("e11", "GPE", "RUS", "metonym"),
    "سخنگوی وزارت خارجه روسیه": ("e12", "PER", "RUS", "role"),
    "مریم احمدی": ("e13", "PER", "IRN", "name"),
    "ناتو": ("e14", "ORG", "NATO", "name"),
    "پوتین": ("e15", "PER", "RUS", "name"),
    "ریاض": ("e16", "GPE", "SAU", "name"),
    "حوثی‌ها": ("e17", "ORG", "YEM", "name"),
    "عربستان": ("e18", "GPE", "SAU", "country"),
    "نیروهای روسیه": ("e19", "ORG", "RUS", "institution"),
    "ایرنا": ("e20", "ORG", "IRN", "name"),
    "ایران": ("e21", "GPE", "IRN", "country"),
    "سخنگوی وزارت خارجه ایران": ("e22", "PER", "IRN", "role"),
    "اسماعیل بقائی": ("e22", "PER", "IRN", "name"),
    "رژیم صهیونیستی": ("e30", "GPE", "ISR", "country"),
    "اسرائیل": ("e30", "GPE", "ISR", "country"),
    "لبنان": ("e31", "GPE", "LBN", "country"),
    "جنوب لبنان": ("e32", "LOC", "LBN", "name"),
    "سوریه": ("e33", "GPE", "SYR", "country"),
    "دمشق": ("e34", "GPE", "SYR", "name"),
    "آمریکا": ("e35", "GPE", "USA", "country"),
    "یمن": ("e36", "GPE", "YEM", "country"),
    "قطر": ("e37", "GPE", "QAT", "country"),
    "طالبان": ("e38", "ORG", "AFG", "name"),
    "شورای امنیت سازمان ملل": ("e39", "ORG", "UN", "institution"),
    "نخست وزیر عراق": ("e40", "PER", "IRQ", "role"),
    "تهران": ("e41", "GPE", "IRN", "name"),
    "آندری سیبیها": ("e42", "PER", "UKR", "name"),
    "فواد حسین": ("e43", "PER", "IRQ", "name"),
    "هاکان فیدان": ("e44", "PER", "TUR", "name"),
    "دولت عراق": ("e45", "ORG", "IRQ", "institution"),
    "اوکراینی": ("e10", "GPE", "UKR", "demonym"),
    "مصر": ("e46", "GPE", "EGY", "country"),
}

DATES: dict[str, tuple[str, str]] = {
    "روز دوشنبه": ("2024-03-04", "day"),
    "امروز": ("2024-03-05", "day"),
    "روز ۱۰ مارس": ("2024-03-10", "day"),
    "ماه آینده": ("2024-04", "month"),
}


def make_doc(text: str, published: str | None = "2024-03-05T10:00:00+03:30") -> Document:
    doc = Document(id="t", source="<test>", raw=text, text=text)
    doc.published = published
    doc.sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.]?", text) if m.group().strip()]
    doc.sentence_reference = [published[:10] if published else None for _ in doc.sentences]
    taken: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for form in sorted(GAZETTEER, key=len, reverse=True):
        for m in re.finditer(re.escape(form), text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append(m.span())
            eid, _, _, kind = GAZETTEER[form]
            mentions.append(Mention(m.start(), m.end(), form, entity=eid, kind=kind))
    mentions.sort(key=lambda m: m.start)
    doc.mentions = mentions
    ents: dict[str, Entity] = {}
    for form, (eid, typ, country, _) in GAZETTEER.items():
        for single in eid.split("+"):
            if single not in ents and "+" not in eid:
                ents[single] = Entity(single, form, None, typ, country or None)
    for m in mentions:
        for single in m.entity.split("+"):
            ents[single].mentions.append(m)
    doc.entities = [e for e in ents.values() if e.mentions]
    for form, (value, precision) in DATES.items():
        for m in re.finditer(re.escape(form), text):
            doc.dates.append(DateMention(m.start(), m.end(), form, value, "relative", precision))
    doc.dates.sort(key=lambda d: d.start)
    return doc


def events_of(doc: Document) -> list[tuple[str, tuple[str, ...], tuple[str, ...], bool]]:
    return [(e.type, tuple(sorted(e.source)), tuple(sorted(e.target)), e.mutual) for e in doc.events]
