"""Satisfaction grades: a branch setting (default 非常满意 / 满意 / 一般 / 不满意); the rate counts 非常满意 and 满意
only and carries its numerator and denominator; the printed callback record answers every question on its own line."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.clock import local_today
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.admin.signing_service import SigningService
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.callbacks.script_service import ScriptService
from desktop.services.dashboard.dashboard_service import DashboardService
from desktop.services.printing.report_print_service import ReportPrintService
from tests.conftest import actor_for
from tests.printing.conftest import pdf_text
from tests.services.callback_factories import make_completed_ticket

GOOD = {"q1_service_satisfied": True, "q1_explained_use": True, "q2_manual_read": True, "q3_working": True}


def _complete(db, clerk, grade: str, **answers) -> int:  # type: ignore[no-untyped-def]
    callbacks = CallbackService(db)
    made = make_completed_ticket(db, clerk)
    version = callbacks.card(clerk, made.callback_id).version
    callbacks.complete(clerk, made.callback_id, version, {**GOOD, **answers}, grade)
    return made.callback_id


def test_the_rate_counts_very_satisfied_and_satisfied_over_every_grade(db) -> None:  # type: ignore[no-untyped-def]
    clerk, supervisor = actor_for(db, "clerk"), actor_for(db, "admin")
    callbacks = CallbackService(db)
    assert callbacks.card(clerk, make_completed_ticket(db, clerk).callback_id).grades == (
        "very_satisfied", "satisfied", "neutral", "dissatisfied")
    for grade in ("very_satisfied", "satisfied", "neutral", "neutral"):
        _complete(db, clerk, grade)
    _complete(db, clerk, "dissatisfied", service_complaint="师傅迟到两小时")
    figures = callbacks.indicators(clerk)
    # 一般 is not satisfied: 2 of 5, not the 4 of 5 that counting 基本满意 gave.
    assert (figures.pleased, figures.rated) == (2, 5) and figures.satisfaction_rate == pytest.approx(0.4)
    assert figures.grade_counts == {"very_satisfied": 1, "satisfied": 1, "neutral": 2, "dissatisfied": 1,
                                    "very_dissatisfied": 0}
    today = local_today()
    weeks = DashboardService(db).indicators(supervisor, today - timedelta(days=13), today).satisfaction_by_week
    assert (sum(w.pleased for w in weeks), sum(w.rated for w in weeks)) == (2, 5)


def test_the_grades_are_a_branch_setting(db) -> None:  # type: ignore[no-untyped-def]
    clerk, supervisor = actor_for(db, "clerk"), actor_for(db, "admin")
    scripts, callbacks = ScriptService(db), CallbackService(db)
    # A five-grade scale, stored in the scale's order whatever order it was given in
    assert scripts.set_grades(supervisor, ("very_dissatisfied", "satisfied", "very_satisfied", "neutral",
                                           "dissatisfied")) == (
        "very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied")
    _complete(db, clerk, "very_dissatisfied", product_complaint="滤芯漏水")
    # then a three-grade one: a grade no longer offered is refused on the next call
    scripts.set_grades(supervisor, ("satisfied", "neutral", "dissatisfied"))
    made = make_completed_ticket(db, clerk)
    card = callbacks.card(clerk, made.callback_id)
    assert card.grades == ("satisfied", "neutral", "dissatisfied")
    with pytest.raises(ValidationError) as caught:
        callbacks.complete(clerk, made.callback_id, card.version, GOOD, "very_satisfied")
    assert (caught.value.code, caught.value.field) == ("invalid_choice", "satisfaction")
    # A scale where nobody can be satisfied (or nobody unsatisfied) measures nothing.
    for grades, code in ((("neutral", "dissatisfied"), "grades_one_sided"),
                         (("very_satisfied", "satisfied"), "grades_one_sided"),
                         (("satisfied", "basically_satisfied"), "grade_unknown"),
                         (("satisfied", "satisfied", "neutral"), "grade_repeated")):
        with pytest.raises(ValidationError) as caught:
            scripts.set_grades(supervisor, grades)
        assert caught.value.code == code
    with pytest.raises(PermissionDenied):
        scripts.set_grades(clerk, ("satisfied", "neutral"))
    assert scripts.grades(clerk) == ("satisfied", "neutral", "dissatisfied")


def test_the_printed_record_answers_each_question_on_its_own_line(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    # The customer liked the engineer but was not shown how to use the product.
    callback_id = _complete(sqlite_db, clerk, "satisfied", q1_explained_use=False, q2_manual_read=None,
                            q5_conduct_kept=True)
    printing = ReportPrintService(sqlite_db, SigningService(sqlite_db, folder=tmp_path / "signing"))
    text = "".join(pdf_text(printing.callback_record(clerk, callback_id)).split())
    assert "对安装维修人员的服务是否满意？是" in text
    assert "服务人员是否介绍了产品的使用方法和注意事项？否" in text
    assert "说明书是否看过？有什么不了解的问题吗？未询问" in text
    assert "不吃、不喝、不抽用户的东西？是" in text
    # The grades printed are the branch's four, 满意 ticked; 基本满意 is not among them.
    assert "非常满意" in text and "一般" in text and "基本满意" not in text


def test_a_conduct_breach_on_the_call_apologises_and_opens_a_staff_complaint(db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    callbacks = CallbackService(db)
    made = make_completed_ticket(db, clerk)
    card = callbacks.card(clerk, made.callback_id)
    assert "Q5" in [line.id for line in card.script] and card.visited
    answers = {**GOOD, "q5_conduct_kept": False}
    with pytest.raises(ValidationError) as caught:
        callbacks.complete(clerk, made.callback_id, card.version, answers, "neutral")
    assert caught.value.code == "complaint_text_required"
    with pytest.raises(ValidationError) as caught:
        callbacks.complete(clerk, made.callback_id, card.version, answers, "neutral", closing_line="E1",
                           notes="没穿鞋套")
    assert caught.value.code == "closing_line_mismatch"
    outcome = callbacks.complete(clerk, made.callback_id, card.version,
                                 {**answers, "service_complaint": "进门没穿鞋套，走后没清理"}, "neutral")
    assert outcome.closing_line == "E2" and outcome.complaint_number
    assert callbacks.card(clerk, made.callback_id).answers["q5_conduct_kept"] is False
