"""Hand-written records for the corpus tests (our own Persian sentences, not seed text)."""

from __future__ import annotations

from typing import Any

from rasad.corpus.records import RecordBuilder

PUTIN = ("ولادیمیر پوتین", "Vladimir Putin", "RUS")
ERDOGAN = ("رجب طیب اردوغان", "Recep Tayyip Erdoğan", "TUR")


def call_report(doc_id: str, outlet: str, text: str, date: str | None, published: str,
                reverse: bool = False) -> dict[str, Any]:
    """One outlet's report of a Putin–Erdoğan phone call (mutual CONSULT)."""
    b = RecordBuilder(doc_id, text, outlet=outlet, published=published, title="گفت‌وگوی تلفنی")
    p = b.entity(PUTIN[0], surface="پوتین", name_en=PUTIN[1], country=PUTIN[2])
    e = b.entity(ERDOGAN[0], surface="اردوغان", name_en=ERDOGAN[1], country=ERDOGAN[2])
    src, tgt = ([e], [p]) if reverse else ([p], [e])
    b.event("CONSULT", src, tgt, trigger="تلفنی", mutual=True, date=date, mode="phone")
    return b.build()


def three_outlets_one_call() -> list[dict[str, Any]]:
    """Three outlets, three wordings, dates a day apart, one with the sides reversed."""
    return [
        call_report("irna-1", "ایرنا",
                    "رئیس‌جمهور روسیه پوتین روز جمعه در تماسی تلفنی با اردوغان درباره آتش‌بس در سوریه گفت‌وگو کرد.",
                    "2024-03-01", "2024-03-01T21:10:00+03:30"),
        call_report("tasnim-7", "تسنیم",
                    "به گزارش خبرنگار ما، اردوغان دیروز با پوتین تلفنی صحبت کرد و دو طرف بر ادامه رایزنی‌ها تاکید کردند.",
                    "2024-03-01", "2024-03-02T09:00:00+03:30", reverse=True),
        call_report("mehr-3", "مهر",
                    "کرملین اعلام کرد پوتین و اردوغان در گفت‌وگویی تلفنی وضعیت منطقه را بررسی کردند.",
                    "2024-03-02", "2024-03-02T11:30:00+03:30"),
    ]


def clash_report(doc_id: str, outlet: str, date: str, killed: int) -> dict[str, Any]:
    text = f"در درگیری میان ارتش اسرائیل و حماس در خان یونس دست‌کم {killed} نفر کشته شدند."
    b = RecordBuilder(doc_id, text, outlet=outlet, published=date + "T12:00:00+03:30", title="درگیری در غزه")
    a = b.entity("ارتش اسرائیل", name_en="Israel Defense Forces", type="ORG", country="ISR")
    h = b.entity("حماس", name_en="Hamas", type="ORG", country="PSE")
    loc = b.entity("خان یونس", name_en="Khan Yunis", type="GPE", country="PSE")
    b.event("FIGHT", [a], [h], trigger="درگیری", mutual=True, date=date, location=loc, fatalities=killed)
    return b.build()


def support_report(doc_id: str, outlet: str, date: str) -> dict[str, Any]:
    """A directed act with an actor known only by its Persian name (no English name)."""
    text = "وزیر امور خارجه ایران عباس عراقچی از ابتکار صلح سازمان ملل متحد حمایت کرد."
    b = RecordBuilder(doc_id, text, outlet=outlet, published=date + "T08:00:00+03:30")
    a = b.entity("عباس عراقچی", country="IRN")
    un = b.entity("سازمان ملل متحد", name_en="United Nations", type="ORG", country="UN")
    b.event("SUPPORT", [a], [un], trigger="حمایت کرد", date=date)
    b.statement(a, "ابتکار صلح")
    return b.build()


LONG_STORY = (
    "به گزارش خبرگزاری ما، نشست سه‌جانبه وزیران خارجه ایران، روسیه و ترکیه درباره آینده سوریه "
    "امروز در تهران برگزار شد. در این نشست که چند ساعت به طول انجامید، طرف‌ها درباره روند "
    "سیاسی، بازگشت آوارگان، بازسازی زیرساخت‌های آسیب‌دیده و مبارزه با گروه‌های تروریستی گفت‌وگو "
    "کردند. وزیر خارجه ایران در سخنانی گفت که راه‌حل نظامی برای بحران وجود ندارد و تنها مسیر "
    "پایدار، گفت‌وگوی سیاسی میان خود سوری‌هاست. همتای روس او نیز بر ضرورت احترام به حاکمیت و "
    "تمامیت ارضی سوریه تاکید کرد و خواستار لغو تحریم‌های یکجانبه شد. وزیر خارجه ترکیه از "
    "نگرانی‌های امنیتی کشورش در مرزهای جنوبی سخن گفت و پیشنهاد کرد کارگروهی مشترک برای پیگیری "
    "تصمیمات تشکیل شود. در پایان نشست، بیانیه‌ای مشترک در دوازده بند منتشر شد که بر ادامه همکاری "
    "در قالب روند آستانه، تسهیل کمک‌های انسانی و آزادسازی گروگان‌ها تاکید دارد. قرار است دور بعدی "
    "گفت‌وگوها دو ماه دیگر در آنکارا برگزار شود و کارشناسان سه کشور پیش از آن جزئیات اجرایی را "
    "بررسی کنند."
)

OTHER_STORY = (
    "به گزارش خبرگزاری ما، وزیران خارجه ایران و روسیه امروز در مسکو درباره همکاری‌های انرژی و "
    "حمل‌ونقل گفت‌وگو کردند. دو طرف از پیشرفت ساخت راه‌آهن رشت به آستارا ابراز رضایت کردند و "
    "قرار شد قرارداد تامین مالی آن تا پایان سال امضا شود. همچنین درباره افزایش مبادلات تجاری با "
    "پول ملی، راه‌اندازی خطوط کشتیرانی جدید در دریای خزر و همکاری در زمینه گاز طبیعی تبادل نظر شد. "
    "وزیر خارجه روسیه گفت که حجم تجارت دو کشور در سال گذشته رشد چشمگیری داشته است."
)
