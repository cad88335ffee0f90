"""A synthetic corpus of CONTRACT records for benchmarks and crash tests (our own Persian text).

A handful of hand-written story templates are filled with actors, dates, outlets, filler
sentences and word swaps drawn from a seeded random generator; a share of the output are
re-published copies (an ad block added, ZWNJs turned into spaces) so near-duplicate grouping
and event merging have work to do.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from rasad.corpus.records import RecordBuilder

ACTORS: list[tuple[str, str, str]] = [
    ("ولادیمیر پوتین", "Vladimir Putin", "RUS"),
    ("رجب طیب اردوغان", "Recep Tayyip Erdoğan", "TUR"),
    ("عباس عراقچی", "Abbas Araghchi", "IRN"),
    ("سرگئی لاوروف", "Sergey Lavrov", "RUS"),
    ("ولودیمیر زلنسکی", "Volodymyr Zelenskyy", "UKR"),
    ("آنتونیو گوترش", "António Guterres", "UN"),
    ("بشار اسد", "Bashar al-Assad", "SYR"),
    ("محمد شیاع السودانی", "Mohammed Shia al-Sudani", "IRQ"),
    ("مارک روته", "Mark Rutte", "NATO"),
    ("امیر عبداللهیان", None, "IRN"),
]
GROUPS: list[tuple[str, str, str]] = [
    ("ارتش اسرائیل", "Israel Defense Forces", "ISR"),
    ("حماس", "Hamas", "PSE"),
    ("حزب‌الله", "Hezbollah", "LBN"),
    ("طالبان", "Taliban", "AFG"),
    ("انصارالله", "Ansar Allah", "YEM"),
    ("ارتش روسیه", "Russian Armed Forces", "RUS"),
]
PLACES = ["مسکو", "آنکارا", "تهران", "دمشق", "بغداد", "کی‌یف", "خان یونس", "صنعا", "کابل", "بیروت"]
OUTLETS = ["ایرنا", "تسنیم", "مهر", "ایسنا", "فارس", "همشهری", "شرق", "دنیای اقتصاد", "خبرآنلاین", "انتخاب"]
FILLERS = [
    "کارشناسان این رویداد را در چارچوب تحولات منطقه ارزیابی کردند.",
    "این خبر در شبکه‌های اجتماعی بازتاب گسترده‌ای داشت.",
    "ناظران می‌گویند پیامدهای آن در هفته‌های آینده روشن‌تر خواهد شد.",
    "پیش از این نیز نشست‌های مشابهی در سطح کارشناسی برگزار شده بود.",
    "منابع آگاه جزئیات بیشتری از این موضوع منتشر نکردند.",
    "بازارهای منطقه نیز به این خبر واکنش نشان دادند.",
    "گزارش‌ها حاکی است گفت‌وگوها در فضایی سازنده انجام شد.",
    "سخنگوی دولت در نشست خبری هفتگی به این موضوع اشاره کرد.",
]
SWAPS = [("همچنین", "علاوه بر این"), ("درباره", "در خصوص"), ("اعلام کرد", "خبر داد"), ("روز", "در روز")]
AD_BLOCK = "\nتبلیغات: خرید اقساطی لوازم خانگی با تخفیف ویژه؛ همین امروز تماس بگیرید."


def _story(rng: random.Random, doc_id: str, day: date, outlet: str) -> dict[str, Any]:
    kind = rng.randrange(4)
    fill = " ".join(rng.sample(FILLERS, rng.randint(1, 4)))
    pub = f"{day + timedelta(days=rng.randint(0, 1))}T{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}:00+03:30"
    if kind in (0, 1):
        (a, a_en, a_c), (b, b_en, b_c) = rng.sample(ACTORS, 2)
        if kind == 0:
            trigger = "گفت‌وگوی تلفنی"
            text = (
                f"{a} روز {day.isoformat()} با {b} {trigger} کرد. دو طرف همچنین درباره روابط دوجانبه "
                f"و تحولات منطقه رایزنی کردند. {fill}"
            )
            etype, mode = "CONSULT", "phone"
        else:
            place = rng.choice(PLACES)
            trigger = "دیدار کرد"
            text = (
                f"{a} که به {place} سفر کرده است با {b} {trigger}. در این دیدار درباره همکاری‌های "
                f"اقتصادی و امنیتی گفت‌وگو شد. {fill}"
            )
            etype, mode = "CONSULT", "visit"
        bld = RecordBuilder(doc_id, text, title=f"{trigger} {a} و {b}", published=pub, outlet=outlet)
        ea = bld.entity(a, name_en=a_en, country=a_c)
        eb = bld.entity(b, name_en=b_en, country=b_c)
        bld.event(etype, [ea], [eb], trigger=trigger, mutual=True, date=day.isoformat(), mode=mode)
        if kind == 0 and rng.random() < 0.5:
            bld.statement(ea, "روابط دوجانبه")
    elif kind == 2:
        (a, a_en, a_c), (b, b_en, b_c) = rng.sample(GROUPS, 2)
        place = rng.choice(PLACES)
        killed = rng.randint(1, 40)
        trigger = "درگیری"
        text = (
            f"در {trigger} میان {a} و {b} در نزدیکی {place} دست‌کم {killed} نفر کشته شدند. "
            f"منابع محلی اعلام کرد شمار زخمی‌ها رو به افزایش است. {fill}"
        )
        bld = RecordBuilder(doc_id, text, title=f"درگیری در {place}", published=pub, outlet=outlet)
        ea = bld.entity(a, name_en=a_en, type="ORG", country=a_c)
        eb = bld.entity(b, name_en=b_en, type="ORG", country=b_c)
        loc = bld.entity(place, type="GPE")
        bld.event("FIGHT", [ea], [eb], trigger=trigger, mutual=True, date=day.isoformat(), location=loc,
                  fatalities=killed)
    else:
        (a, a_en, a_c), (b, b_en, b_c) = rng.sample(ACTORS, 2)
        trigger = "حمایت کرد"
        text = f"{a} در پیامی از مواضع {b} {trigger} و همچنین خواستار گسترش همکاری‌ها شد. {fill}"
        bld = RecordBuilder(doc_id, text, title=f"حمایت {a}", published=pub, outlet=outlet)
        ea = bld.entity(a, name_en=a_en, country=a_c)
        eb = bld.entity(b, name_en=b_en, country=b_c)
        bld.event("SUPPORT", [ea], [eb], trigger=trigger, date=day.isoformat())
    return bld.build()


def _republish(rng: random.Random, rec: dict[str, Any], doc_id: str, outlet: str) -> dict[str, Any]:
    """Another outlet's copy: an ad block and/or ZWNJs as spaces; offsets stay valid."""
    out = dict(rec)
    text = rec["text"]
    if rng.random() < 0.5:
        text = text.replace("\u200c", " ")  # same length: every span keeps its offsets
    out.update(id=doc_id, source=f"synthetic://{outlet}/{doc_id}", outlet=outlet, attribution=[outlet],
               text=text + AD_BLOCK)
    out["sentences"] = rec["sentences"] + [[len(text), len(text) + len(AD_BLOCK)]]
    return out


def synthetic_records(n: int, seed: int = 7, start: date = date(2023, 1, 1), copy_share: float = 0.15) -> Iterator[dict[str, Any]]:
    """``n`` records, deterministic for a seed; streamed (nothing accumulates)."""
    rng = random.Random(seed)
    last: dict[str, Any] | None = None
    for i in range(n):
        doc_id = f"syn{i:07d}"
        outlet = rng.choice(OUTLETS)
        if last is not None and rng.random() < copy_share:
            rec = _republish(rng, last, doc_id, outlet)
        else:
            day = start + timedelta(days=rng.randrange(730))
            rec = _story(rng, doc_id, day, outlet)
            for old, new in SWAPS:
                if rng.random() < 0.3 and old in rec["text"]:
                    # a word swap would shift offsets; only swap in the title, which has none
                    rec["title"] = (rec["title"] or "") + f" ({new})"
            last = rec
        yield rec
