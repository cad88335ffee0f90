"""Condemned and accused attacks, demands in quotes, anaphoric tolls,
clause splitting at «و», planned acts, and news-style sentences of our own."""

from __future__ import annotations

from events_support import events_of, make_doc

from rasad.events import annotate_events, annotate_statements
from rasad.events.lexicon import load_lexicon


def run(text: str, published: str | None = "2024-03-05T10:00:00+03:30"):
    return annotate_statements(annotate_events(make_doc(text, published)))


def of_type(doc, kind: str):
    return [e for e in doc.events if e.type == kind]


# ---------------------------------------------------------------- the causes named in the brief
def test_condemned_attack_names_the_attacker_and_is_an_attack() -> None:
    doc = run("اسماعیل بقائی حمله هوایی رژیم صهیونیستی به روستاهای جنوب لبنان را محکوم کرد.")
    assert sorted(events_of(doc)) == [
        ("ACCUSE", ("e22",), ("e30",), False),
        ("ASSAULT", ("e30",), ("e32",), False),
    ]
    assert of_type(doc, "ASSAULT")[0].mode == "air"


def test_attack_without_attacker_under_condemnation_is_not_the_condemners_attack() -> None:
    doc = run("ایران حمله به جنوب لبنان را محکوم کرد.")
    assert of_type(doc, "ASSAULT") == []


def test_object_of_accusation_is_the_attacker_of_the_nested_attack() -> None:
    doc = run("آندری سیبیها روسیه را به حمله به اوکراین متهم کرد.")
    assert sorted(events_of(doc)) == [
        ("ACCUSE", ("e42",), ("e11",), False),
        ("ASSAULT", ("e11",), ("e10",), False),
    ]
    assert of_type(doc, "ASSAULT")[0].modality == "reported_claim"


def test_deontic_demand_inside_a_quote_is_a_request() -> None:
    doc = run("سخنگوی وزارت خارجه ایران گفت: این حملات نقض آتش‌بس است و سازمان ملل باید فورا اقدام کند.")
    assert ("REQUEST", ("e22",), ("e8",), False) in events_of(doc)


def test_speakers_own_country_must_is_not_a_request() -> None:
    doc = run("سخنگوی وزارت خارجه ایران گفت: ایران باید از منافع خود دفاع کند.")
    assert of_type(doc, "REQUEST") == []


def test_casualties_of_an_anaphoric_attack_join_the_earlier_attack() -> None:
    doc = run("ارتش اسرائیل به جنوب لبنان حمله کرد. در این حملات دو نفر جان باختند.")
    attacks = of_type(doc, "ASSAULT")
    assert len(attacks) == 1
    assert attacks[0].source == ["e5"] and attacks[0].fatalities == 2


def test_new_subject_after_va_opens_its_own_clause() -> None:
    doc = run("فواد حسین گفت عراق اجازه نمی‌دهد خاکش برای حمله به همسایگان استفاده شود "
              "و هاکان فیدان از دولت عراق قدردانی کرد.")
    assert events_of(doc) == [("SUPPORT", ("e44",), ("e45",), False)]


def test_agreed_meeting_is_planned_and_the_agreement_dated_today() -> None:
    doc = run("علی رضایی و جان اسمیت توافق کردند که دیدار بعدی خود را ماه آینده در تهران برگزار کنند.")
    agree = of_type(doc, "AGREE")
    assert len(agree) == 1 and agree[0].date == "2024-03-05" and agree[0].modality == "asserted"
    consult = of_type(doc, "CONSULT")
    assert consult and all(e.modality == "planned" for e in consult)


def test_condemned_sanctions_target_their_imposer_not_the_victim() -> None:
    doc = run("سخنگوی وزارت خارجه ایران تحریم‌های جدید آمریکا علیه ایران را محکوم کرد.")
    assert events_of(doc) == [("ACCUSE", ("e22",), ("e35",), False)]


def test_condemning_this_attack_targets_the_attacker_reported_before() -> None:
    doc = run("حوثی‌ها روز دوشنبه یک ناو آمریکا را در دریای سرخ هدف قرار دادند. "
              "آمریکا این حمله را محکوم کرد.")
    assert ("ACCUSE", ("e35",), ("e17",), False) in events_of(doc)


# ---------------------------------------------------------------- news-style sentences of our own
def test_israeli_strike_in_syria_with_toll() -> None:
    doc = run("ارتش اسرائیل امروز مواضعی در حومه دمشق را بمباران کرد و دست‌کم پنج نفر کشته شدند.")
    attacks = of_type(doc, "ASSAULT")
    assert [(e.source, e.target) for e in attacks] == [(["e5"], ["e34"])]
    assert attacks[0].fatalities == 5 and attacks[0].mode == "air" and attacks[0].date == "2024-03-05"


def test_us_strikes_on_yemen() -> None:
    doc = run("آمریکا روز دوشنبه مواضع حوثی‌ها در یمن را بمباران کرد.")
    attacks = of_type(doc, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].source == ["e35"]
    assert attacks[0].target in (["e17"], ["e36"]) and attacks[0].date == "2024-03-04"


def test_qatar_mediation_and_gaza_ceasefire_agreement() -> None:
    doc = run("قطر میان اسرائیل و حماس میانجیگری کرد. اسرائیل و حماس با آتش‌بس موافقت کردند.")
    kinds = {(e.type, e.mode) for e in doc.events}
    assert ("CONSULT", "mediate") in kinds
    mediate = next(e for e in doc.events if e.mode == "mediate")
    assert mediate.source == ["e37"] and sorted(mediate.target) == ["e30", "e7"]
    assert any(e.type == "AGREE" and {*e.source, *e.target} == {"e30", "e7"} for e in doc.events)


def test_taliban_arrest() -> None:
    doc = run("طالبان سه شهروند آمریکا را در کابل بازداشت کرد.")
    assert events_of(doc) == [("COERCE", ("e38",), ("e35",), False)]


def test_ukraine_drone_attack_and_moscow_accusation() -> None:
    doc = run("اوکراین با پهپاد به روسیه حمله کرد. سخنگوی وزارت خارجه روسیه کی‌یف را به حمله به "
              "تاسیسات غیرنظامی متهم کرد.")
    got = events_of(doc)
    assert ("ASSAULT", ("e10",), ("e11",), False) in got
    assert ("ACCUSE", ("e12",), ("e10",), False) in got
    assert not any(t == "ASSAULT" and s == ("e12",) for t, s, _, _ in got)


def test_nato_condemns_russian_missile_strikes() -> None:
    doc = run("ناتو در بیانیه‌ای حملات موشکی روسیه به شهرهای اوکراین را محکوم کرد.")
    assert sorted(events_of(doc)) == [
        ("ACCUSE", ("e14",), ("e11",), False),
        ("ASSAULT", ("e11",), ("e10",), False),
    ]


def test_security_council_demand() -> None:
    doc = run("شورای امنیت سازمان ملل با صدور قطعنامه‌ای از اسرائیل و حماس خواست آتش‌بس را رعایت کنند.")
    assert events_of(doc) == [("REQUEST", ("e39",), ("e30", "e7"), False)]


def test_iraqi_pm_visit_to_tehran() -> None:
    doc = run("نخست وزیر عراق روز دوشنبه به تهران سفر کرد.")
    assert events_of(doc) == [("CONSULT", ("e40",), ("e41",), True)]
    assert doc.events[0].date == "2024-03-04"


def test_topic_nouns_give_no_event() -> None:
    doc = run("علی رضایی درباره خطر جنگ در منطقه و پایان دادن به درگیری‌ها سخن گفت.")
    assert doc.events == []


def test_anchors_never_hide_a_trigger() -> None:
    """Every trigger pattern's own example text passes the anchor prefilter."""
    lex = load_lexicon()
    for trig in lex.triggers:
        assert trig.anchors, trig.id
        for anchor in trig.anchors:
            text = f"x {anchor.lstrip('^')} y"
            assert lex.possible_triggers(text, 0, len(text)).count(trig) == 1


def test_word_anchor_needs_a_word_start() -> None:
    """«رد» inside «کرد» opens no «رد کرد» trigger; after a space it does."""
    lex = load_lexicon()
    reject = next(t for t in lex.triggers if t.id == "reject_deny")
    assert reject not in lex.possible_triggers("دیدار کرد", 0, 9)
    assert reject in lex.possible_triggers("ادعا را رد کرد", 0, 14)


def test_place_inside_the_struck_object_gives_way_to_its_owner() -> None:
    doc = run("حماس اعلام کرد که رزمندگان این جنبش با پهپاد مقر فرماندهی ارتش اسرائیل در نوار غزه را هدف قرار دادند.")
    assert ("ASSAULT", ("e7",), ("e5",), False) in events_of(doc)


def test_genitive_subject_is_not_taken_for_the_owner_of_the_object() -> None:
    doc = run("جنگنده‌های اسرائیل مواضعی در دمشق را هدف قرار دادند.")
    assert events_of(doc) == [("ASSAULT", ("e30",), ("e34",), False)]


def test_subject_after_dateline_and_credit() -> None:
    doc = run("دمشق - ایرنا - جنگنده‌های اسرائیل امروز به سوریه حمله کردند.")
    assert events_of(doc) == [("ASSAULT", ("e30",), ("e33",), False)]


def test_place_listed_after_comma_is_not_a_subject() -> None:
    doc = run("جنگنده‌های آمریکا به مواضع حوثی‌ها در صنعا، دمشق و الحدیده حمله کردند.")
    assert events_of(doc) == [("ASSAULT", ("e35",), ("e17",), False)]


def test_coordinated_toll_and_bare_number_counts() -> None:
    doc = run("ارتش اسرائیل به حماس حمله کرد که در نتیجه آن چهار نظامی شهید و شش نفر زخمی شدند.")
    assert doc.events[0].fatalities == 4 and doc.events[0].injured == 6
    doc = run("درگیری بین ترکیه و عراق دست کم ۱۲ کشته و ۲۰ زخمی برجای گذاشت.")
    assert doc.events[0].fatalities == 12 and doc.events[0].injured == 20


def test_demand_names_the_owner_of_the_demanded_act() -> None:
    doc = run("سخنگوی وزارت خارجه روسیه خواستار اقدام فوری سازمان ملل برای توقف حملات به اوکراین شد.")
    assert ("REQUEST", ("e12",), ("e8",), False) in events_of(doc)


def test_semicolon_closes_the_clause_of_a_date() -> None:
    doc = run("اسرائیل بارها مواضعی در سوریه را هدف قرار داده است؛ بزرگترین حمله روز ۱۰ مارس انجام شد.")
    attacks = of_type(doc, "ASSAULT")
    assert attacks and all(e.date != "2024-03-10" for e in attacks if e.trigger["text"].startswith("را"))


def test_owner_must_stand_right_before_the_place_phrase() -> None:
    doc = run("جنگنده‌های اسرائیل با شلیک موشک از حریم هوایی لبنان مواضعی در حومه دمشق را هدف قرار دادند.")
    assert events_of(doc) == [("ASSAULT", ("e30",), ("e34",), False)]


def test_rejecting_a_claim_targets_its_owner() -> None:
    doc = run("حماس ادعای اسرائیل درباره حمله به غیرنظامیان را رد کرد.")
    assert events_of(doc) == [("REJECT", ("e7",), ("e30",), False)]


def test_preposition_a_few_words_back_does_not_make_the_object_a_place() -> None:
    doc = run("ارتش اسرائیل در بیانیه‌ای حماس را به حمله به غیرنظامیان متهم کرد.")
    assert ("ACCUSE", ("e5",), ("e7",), False) in events_of(doc)


def test_denying_a_presence_in_a_country_has_no_target() -> None:
    doc = run("طالبان حضور گروه‌های خارجی در خاک ایران را رد کرد.")
    assert events_of(doc) == [("REJECT", ("e38",), (), False)]


def test_owner_of_sanctions_against_listed_companies() -> None:
    doc = run("سخنگوی وزارت خارجه ایران تحریم‌های آمریکا علیه شرکت‌ها و نفتکش‌های ایران را محکوم کرد.")
    assert events_of(doc) == [("ACCUSE", ("e22",), ("e35",), False)]


def test_threat_names_its_target_in_the_complement_clause() -> None:
    doc = run("پوتین تهدید کرد که مسکو از اقدامات بیشتر علیه ناتو دریغ نخواهد کرد.")
    assert events_of(doc) == [("THREATEN", ("e15",), ("e14",), False)]
    doc = run("پوتین تهدید کرد که اوکراین در یک جنگ تمام عیار شکست خواهد خورد.")
    assert events_of(doc) == [("THREATEN", ("e15",), ("e10",), False)]


def test_undated_reaction_takes_the_day_of_the_act_just_reported() -> None:
    doc = run("ارتش اسرائیل روز دوشنبه به جنوب لبنان حمله کرد. این حمله خسارت زیادی داشت. "
              "ایران حمله اسرائیل را محکوم کرد. "
              "ماه‌ها بعد سخنگوی وزارت خارجه روسیه گفت اوضاع آرام است. حماس نیز از ایران تشکر کرد.")
    accuse = of_type(doc, "ACCUSE")
    assert accuse and accuse[0].date == "2024-03-04"
    thanks = of_type(doc, "SUPPORT")
    assert thanks and thanks[0].date is None  # three sentences on: no longer the same story day


def test_rejecting_this_claim_targets_the_last_other_speaker() -> None:
    doc = run("سخنگوی وزارت خارجه روسیه گفت: ارتش اسرائیل به جنوب لبنان حمله کرد. ارتش اسرائیل این ادعا را رد کرد.")
    assert ("REJECT", ("e5",), ("e12",), False) in events_of(doc)


def test_reported_speech_without_ke_has_its_own_subject() -> None:
    doc = run("سخنگوی وزارت خارجه ایران روز دوشنبه گفت ارتش اسرائیل به جنوب لبنان حمله کرده است.")
    attacks = of_type(doc, "ASSAULT")
    assert [a.source for a in attacks] == [["e5"]]


def test_rejection_in_response_targets_the_one_answered() -> None:
    doc = run("پوتین در واکنش به بیانیه ناتو، اتهامات مطرح شده علیه روسیه را رد کرد.")
    assert events_of(doc) == [("REJECT", ("e15",), ("e14",), False)]


def test_requested_act_in_the_subjunctive_is_not_reported_as_done() -> None:
    doc = run("پوتین از ناتو خواست نیروهایش را از مرز روسیه عقب بکشد.")
    assert ("REQUEST", ("e15",), ("e14",), False) in events_of(doc)
    assert all(e.modality != "asserted" for e in doc.events if e.type == "RETREAT")
