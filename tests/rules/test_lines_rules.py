"""Pure rules behind the product-line words, care reminders, satisfaction grades and conduct checklist."""

from __future__ import annotations

from datetime import date

from desktop.rules import callback_script as s
from desktop.rules import care, conduct, satisfaction

LINES = {"solar": "太阳能热水器", "purifier": "净水器", "vending": "自动售水机", "campus": "校园饮水"}


def test_every_lines_default_script_passes_its_own_checks_and_only_solar_says_solar() -> None:
    for code, name in LINES.items():
        others = tuple(n for n in LINES.values() if n != name)
        texts = s.default_texts(code)
        assert set(texts) == set(s.EDITABLE_IDS)
        for line_id, (zh, en) in texts.items():
            assert s.check_line(line_id, zh, en, own_name=name, other_names=others) == (), (code, line_id)
        said = " ".join(zh + en for zh, en in texts.values())
        assert ("太阳能" in said) == (code == "solar") and ("solar" in said.lower()) == (code == "solar")


def test_checks_catch_never_say_phrases_however_punctuated_placeholders_and_other_lines() -> None:
    assert s.forbidden_in("这个问题不清楚。") == ("不清楚",)
    # Spaces and punctuation do not hide a phrase.
    assert s.forbidden_in("您使用 不当 ，我们不负责") == ("你使用不当，我们不负责（事实未查清前）",)
    assert s.forbidden_in("找 别人 吧！") == ("找别人吧",)
    assert s.forbidden_in("您好，请问有什么可以帮您？") == ()
    problems = s.check_line("Q3", "{产品}修好了吗？{型号}", "Fixed {product}?", own_name="净水器",
                            other_names=("太阳能热水器",))
    assert [(p.code, p.detail) for p in problems] == [("unknown_placeholder", "型号")]
    problems = s.check_line("G1", "您的太阳能好吗", "", own_name="净水器", other_names=("太阳能热水器",))
    assert [p.code for p in problems] == ["empty", "other_product_line"]
    assert s.product_words("太阳能热水器") == ("太阳能热水器", "太阳能")
    assert s.foreign_words("安阳龙田太阳能售后服务网点", "净水器", ("太阳能热水器",)) == ("太阳能",)
    assert s.foreign_words("安阳龙田太阳能售后服务网点", "太阳能热水器", ("净水器",)) == ()


def test_a_book_fills_its_lines_and_chooses_the_questions() -> None:
    book = s.ScriptBook.of("purifier", {"Q2": ("说明书看过吗？", "Read the manual?")})
    ctx = s.ScriptContext(company="鸿盛净水器售后服务中心", hotline="0372-1", brand="鸿盛", product="净水器",
                          product_en="water purifier", consumables="PP棉滤芯", consumables_en="PP filter",
                          due_date="3月1日", due_date_en="2026-03-01")
    assert [line.id for line in book.script_for("after_service", repaired=True, visited=True)] == [
        "G1", "Q1", "Q2", "Q3", "Q5", "Q4"]
    assert [line.id for line in book.script_for("maintenance", repaired=False)] == ["M1", "Q4"]
    assert [line.id for line in book.script_for("ad_hoc_visit", repaired=False)] == ["V0", "V1", "V2"]
    m1 = s.fill(book.lines["M1"], ctx)
    assert "鸿盛净水器的PP棉滤芯到3月1日就该更换了" in m1.zh and "PP filter of your 鸿盛 water purifier" in m1.en
    assert s.fill(book.lines["Q2"], ctx).zh == "说明书看过吗？"
    # No brand: the English has no double space.
    assert "your water purifier" in s.fill(book.lines["G1"], s.ScriptContext("x", "1", product_en="water purifier")).en


def test_grades_and_what_counts_as_satisfied() -> None:
    assert satisfaction.DEFAULT_GRADES == ("very_satisfied", "satisfied", "neutral", "dissatisfied")
    assert sorted(satisfaction.SATISFIED) == ["satisfied", "very_satisfied"]
    assert satisfaction.current("basically_satisfied") == "neutral" and satisfaction.current(None) is None
    assert satisfaction.grade_problem(["satisfied", "neutral"]) is None
    assert satisfaction.grade_problem(["neutral", "dissatisfied"]) == "grades_one_sided"
    assert satisfaction.ordered(["dissatisfied", "very_satisfied"]) == ("very_satisfied", "dissatisfied")
    assert satisfaction.label("neutral", "zh") == "一般"
    assert satisfaction.label("basically_satisfied", "zh") == "基本满意"
    assert s.closing_for("after_service", {}, "very_dissatisfied") == "E2"
    assert s.closing_for("after_service", {}, "neutral") == "E1"


def test_care_due_dates_count_months_from_the_last_replacement() -> None:
    assert care.add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert care.add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert care.add_months(date(2025, 11, 15), 3) == date(2026, 2, 15)
    schedule = care.due_schedule([(1, 6), (2, 12), (3, 0)], {2: date(2026, 1, 10)}, date(2025, 9, 1))
    assert [(d.part_id, d.due_on, d.last_replaced) for d in schedule] == [
        (1, date(2026, 3, 1), None), (2, date(2027, 1, 10), date(2026, 1, 10))]
    assert care.due_schedule([(1, 6)], {}, None) == ()
    assert [d.part_id for d in care.due_by(schedule, date(2026, 3, 1))] == [1]
    assert care.reminder_day(date(2026, 3, 1), 7, date(2026, 1, 1)) == date(2026, 2, 22)
    assert care.reminder_day(date(2026, 3, 1), 7, date(2026, 3, 5)) == date(2026, 3, 5)


def test_a_conduct_checklist_is_complete_or_empty() -> None:
    assert conduct.conduct_problem({}) is None
    full = {code: True for code in conduct.CONDUCT_CODES}
    assert conduct.conduct_problem(full) is None
    assert conduct.conduct_problem({"shoe_covers": True}) == "conduct_incomplete"
    assert conduct.conduct_problem({**full, "shoe_covers": "yes"}) == "conduct_incomplete"
    assert conduct.breaches({**full, "four_nots": False}) == ("four_nots",)
    assert {"shoe_covers", "site_clean", "four_nots"} <= set(conduct.CONDUCT_CODES)
