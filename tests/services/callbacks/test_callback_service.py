"""CallbackService on both databases: creation on completion, queue, attempts and each call outcome."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from desktop.clock import BRANCH_TZ, local_today, utc_now
from desktop.errors import ConcurrentEditError, NotFoundError, PermissionDenied, StateError, ValidationError
from desktop.models import Callback, CallbackAttempt, Complaint, ServiceClock, Ticket
from desktop.rules.callback_script import into_calling_hours
from desktop.services.admin.settings_service import SettingsService
from desktop.services.callbacks.callback_service import CallbackService, FollowUpRequest
from tests.services.callback_factories import make_completed_ticket, make_customer, user_id

GOOD = {"q1_service_satisfied": True, "q1_explained_use": True, "q2_manual_read": True, "q3_working": True}


def _callback(db, callback_id: int) -> Callback:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        cb = session.get(Callback, callback_id)
        session.expunge(cb)
        return cb


def _ticket(db, ticket_id: int) -> Ticket:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        t = session.get(Ticket, ticket_id)
        session.expunge(t)
        return t


def test_completion_creates_a_same_day_callback_and_its_clock_once(db, clerk) -> None:  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, clerk)
    cb = _callback(db, made.callback_id)
    assert (cb.kind, cb.status, cb.ticket_id) == ("after_service", "pending", made.ticket_id)
    local_due = cb.due_at.astimezone(BRANCH_TZ)
    assert (local_due.hour, local_due.minute) == (23, 59)
    assert local_due.date() == utc_now().astimezone(BRANCH_TZ).date()
    assert cb.first_due_at == cb.due_at
    with db.write.begin() as session:
        from desktop.services.callbacks.callback_hooks import create_after_completion

        again = create_after_completion(session, session.get(Ticket, made.ticket_id), clerk)
        assert again.id == made.callback_id
        clocks = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == made.ticket_id,
                                                            ServiceClock.commitment == "callback")).all()
        assert len(clocks) == 1 and clocks[0].due_at == cb.due_at


def test_queue_groups_sorts_and_counts(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = CallbackService(db)
    late = make_completed_ticket(db, clerk)
    today = make_completed_ticket(db, clerk)
    later = make_completed_ticket(db, clerk)
    with db.write.begin() as session:
        session.get(Callback, late.callback_id).due_at = utc_now() - timedelta(hours=3)
        session.get(Callback, later.callback_id).due_at = utc_now() + timedelta(days=3)
    page = service.queue(clerk)
    assert [r.id for r in page.rows] == [late.callback_id, today.callback_id, later.callback_id]
    assert (page.counts.overdue, page.counts.today, page.counts.upcoming) == (1, 1, 1)
    assert page.rows[0].overdue and not page.rows[1].overdue
    assert [r.id for r in service.queue(clerk, bucket="overdue").rows] == [late.callback_id]
    assert [r.id for r in service.queue(clerk, bucket="today").rows] == [today.callback_id]
    assert [r.id for r in service.queue(clerk, bucket="upcoming").rows] == [later.callback_id]
    assert service.queue(clerk, kind="key_account_phone").total == 0
    assert service.queue(clerk, offset=1, limit=1).rows[0].id == today.callback_id
    row = service.assign(clerk, today.callback_id, page.rows[1].version, clerk.user_id)
    assert row.assigned_to == clerk.user_id
    assert [r.id for r in service.queue(clerk, clerk_id=clerk.user_id).rows] == [today.callback_id]
    assert service.counts(clerk).due_now == 2


def test_call_card_shows_customer_unit_last_service_and_filled_script(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, clerk)
    branch = SettingsService(db).branch(supervisor)
    SettingsService(db).update_branch(supervisor, version=branch.version, name=branch.name, address=branch.address,
                                      hotline="0372-5550000")
    card = CallbackService(db).card(clerk, made.callback_id)
    assert card.customer_name == "王建国" and card.phones and card.unit_serial.startswith("CB")
    assert card.last_service is not None
    assert card.last_service.work_done == "更换电热管" and card.last_service.parts
    assert card.last_service.engineer_name
    assert [line.id for line in card.script] == ["G1", "Q1", "Q2", "Q3", "Q5", "Q4"]
    assert "龙田" in card.script[0].zh and branch.name in card.script[0].zh
    assert "0372-5550000" in card.closings["E1"].zh and "0372-2108187" not in card.closings["E2"].zh
    assert len(card.forbidden_phrases) >= 9 and len(card.calming_lines) == 3


def test_satisfied_call_closes_the_ticket_and_meets_the_clock(db, clerk) -> None:  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, clerk)
    service = CallbackService(db)
    version = _callback(db, made.callback_id).version
    outcome = service.complete(clerk, made.callback_id, version, {**GOOD, "q4_suggestions": "希望多上门保养"},
                               "satisfied", notes="客户满意")
    assert (outcome.status, outcome.closing_line, outcome.ticket_closed) == ("done", "E1", True)
    assert outcome.complaint_id is None and outcome.follow_up_ticket_id is None
    cb = _callback(db, made.callback_id)
    assert cb.answers["q4_suggestions"] == "希望多上门保养" and cb.satisfaction == "satisfied"
    assert cb.done_by == clerk.user_id and cb.attempts == 1
    assert _ticket(db, made.ticket_id).status == "closed"
    with db.read.begin() as session:
        clock = session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == made.ticket_id,
                                                           ServiceClock.commitment == "callback")).one()
        assert clock.met_at is not None
    assert service.queue(clerk).total == 0


def test_still_not_working_reopens_the_ticket_as_a_new_round(db, clerk) -> None:  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, clerk)
    service = CallbackService(db)
    with pytest.raises(ValidationError) as err:
        service.complete(clerk, made.callback_id, _callback(db, made.callback_id).version,
                         {**GOOD, "q3_working": False}, "neutral", closing_line="E1",
                         notes="还是不出热水")
    assert err.value.code == "closing_line_mismatch"
    outcome = service.complete(clerk, made.callback_id, _callback(db, made.callback_id).version,
                               {**GOOD, "q3_working": False}, "neutral", notes="还是不出热水")
    assert outcome.closing_line == "E2" and outcome.ticket_reopened
    assert outcome.follow_up_ticket_id == made.ticket_id
    ticket = _ticket(db, made.ticket_id)
    assert ticket.status == "escalated" and ticket.escalation_level == 1
    assert _callback(db, made.callback_id).follow_up_ticket_id == made.ticket_id


def test_dissatisfied_with_staff_opens_a_complaint_about_the_engineer(db, clerk) -> None:  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, clerk)
    outcome = CallbackService(db).complete(
        clerk, made.callback_id, _callback(db, made.callback_id).version,
        {**GOOD, "q1_service_satisfied": False, "service_complaint": "师傅态度不好，迟到两小时"}, "dissatisfied")
    assert outcome.complaint_number.startswith("AY01-C") and outcome.ticket_closed
    with db.read.begin() as session:
        complaint = session.get(Complaint, outcome.complaint_id)
        assert (complaint.source, complaint.concerns, complaint.status) == ("callback", "staff", "open")
        assert complaint.concerns_person and complaint.ticket_id == made.ticket_id
        assert "迟到" in complaint.description and complaint.owner_id == clerk.user_id
        assert complaint.promised_answer_at > utc_now() + timedelta(hours=23)
    assert _callback(db, made.callback_id).complaint_id == outcome.complaint_id


def test_product_complaint_and_dissatisfaction_need_words(db, clerk) -> None:  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, clerk)
    service = CallbackService(db)
    with pytest.raises(ValidationError) as err:
        service.complete(clerk, made.callback_id, _callback(db, made.callback_id).version, GOOD, "dissatisfied")
    assert err.value.code == "complaint_text_required"
    outcome = service.complete(clerk, made.callback_id, _callback(db, made.callback_id).version,
                               {**GOOD, "product_complaint": "水箱外壳生锈"}, "neutral")
    with db.read.begin() as session:
        assert session.get(Complaint, outcome.complaint_id).concerns == "product"


def test_retry_schedule_then_unreachable(db, clerk) -> None:  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, clerk)
    service = CallbackService(db)
    before = utc_now()
    first = service.record_attempt(clerk, made.callback_id, _callback(db, made.callback_id).version, "no_answer")
    assert first.status == "pending" and first.attempts == 1
    # +2 h, then +1 day (settings), each moved into local calling hours when it falls at night.
    def expected(delta: timedelta):  # type: ignore[no-untyped-def]
        return into_calling_hours((before + delta).astimezone(BRANCH_TZ))

    assert abs(first.next_due_at - expected(timedelta(minutes=120))) < timedelta(minutes=2)
    second = service.record_attempt(clerk, made.callback_id, first.version, "busy", "占线")
    assert abs(second.next_due_at - expected(timedelta(days=1))) < timedelta(minutes=2)
    cb = _callback(db, made.callback_id)
    assert cb.due_at == second.next_due_at and cb.first_due_at < cb.due_at
    third = service.record_attempt(clerk, made.callback_id, second.version, "wrong_number")
    assert (third.status, third.next_due_at) == ("unreachable", None)
    assert _ticket(db, made.ticket_id).status == "closed"
    with db.read.begin() as session:
        outcomes = session.scalars(select(CallbackAttempt.outcome).where(
            CallbackAttempt.callback_id == made.callback_id).order_by(CallbackAttempt.id)).all()
        assert outcomes == ["no_answer", "busy", "wrong_number"]
    with pytest.raises(StateError):
        service.record_attempt(clerk, made.callback_id, third.version, "no_answer")


def test_refused_and_branch_retry_settings(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    SettingsService(db).set(supervisor, "callback.max_attempts", 1)
    service = CallbackService(db)
    one = make_completed_ticket(db, clerk)
    assert service.record_attempt(clerk, one.callback_id, _callback(db, one.callback_id).version,
                                  "no_answer").status == "unreachable"
    two = make_completed_ticket(db, clerk)
    assert service.record_attempt(clerk, two.callback_id, _callback(db, two.callback_id).version,
                                  "refused").status == "refused"


def test_permissions_and_optimistic_locking(db, clerk, engineer_user, dispatcher) -> None:  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, clerk)
    service = CallbackService(db)
    version = _callback(db, made.callback_id).version
    # An engineer's queue holds only what is assigned to them.
    assert service.queue(clerk).total == 1 and service.queue(engineer_user).total == 0
    with pytest.raises(NotFoundError):
        service.card(engineer_user, made.callback_id)
    version = service.assign(clerk, made.callback_id, version, engineer_user.user_id).version
    assert service.queue(engineer_user).total == 1
    assert service.card(engineer_user, made.callback_id).callback_id == made.callback_id
    with pytest.raises(PermissionDenied):
        service.complete(engineer_user, made.callback_id, version, GOOD, "satisfied")
    with pytest.raises(PermissionDenied):
        service.record_attempt(engineer_user, made.callback_id, version, "no_answer")
    service.record_attempt(dispatcher, made.callback_id, version, "no_answer")
    with pytest.raises(ConcurrentEditError):
        service.complete(clerk, made.callback_id, version, GOOD, "satisfied")


def test_key_account_tasks_are_created_once_per_period(db, clerk) -> None:  # type: ignore[no-untyped-def]
    with db.write.begin() as session:
        make_customer(session, clerk.branch_id, name="安阳二中", key_account=True)
    service = CallbackService(db)
    today = utc_now().astimezone(BRANCH_TZ).date()
    assert service.schedule_key_accounts(clerk, today) == 2
    assert service.schedule_key_accounts(clerk, today) == 0
    page = service.queue(clerk, kind="key_account_phone")
    assert page.total == 1
    card = service.card(clerk, page.rows[0].id)
    assert card.script[0].id == "G1" and "Q3" not in [line.id for line in card.script]
    service.complete(clerk, page.rows[0].id, page.rows[0].version, {"q1_service_satisfied": True}, "satisfied")
    assert service.schedule_key_accounts(clerk, today + timedelta(days=3)) == 0
    assert service.schedule_key_accounts(clerk, today + timedelta(days=7)) == 1
    visit = service.queue(clerk, kind="key_account_visit").rows[0]
    visit_card = service.card(clerk, visit.id)
    assert visit_card.on_site and [line.id for line in visit_card.script] == ["V0", "V1", "V2"]
    assert list(visit_card.closings) == ["V5"]


def test_ticketless_callback_that_finds_a_fault_opens_a_new_ticket(db, clerk) -> None:  # type: ignore[no-untyped-def]
    with db.write.begin() as session:
        customer, unit = make_customer(session, clerk.branch_id, installed=local_today() - timedelta(days=2))
        from desktop.services.callbacks.callback_hooks import create_after_install

        callback_id = create_after_install(session, unit, clerk.branch_id, clerk).id
    service = CallbackService(db)
    outcome = service.complete(clerk, callback_id, _callback(db, callback_id).version,
                               {**GOOD, "q3_working": False}, "neutral", notes="水温不够")
    assert not outcome.ticket_reopened and outcome.follow_up_ticket_number.startswith("AY01-")
    ticket = _ticket(db, outcome.follow_up_ticket_id)
    assert (ticket.status, ticket.customer_id, ticket.fault_text) == ("new", customer.id, "水温不够")


def test_visit_requested_on_a_closed_ticket_reopens_it(db, clerk) -> None:  # type: ignore[no-untyped-def]
    made = make_completed_ticket(db, clerk, status="closed", with_callback=False)
    with db.write.begin() as session:
        from desktop.services.callbacks.callback_hooks import add_callback

        cb = add_callback(session, clerk, branch_id=clerk.branch_id, customer_id=made.customer_id,
                          kind="after_install", due_at=utc_now(), ticket_id=made.ticket_id)
        callback_id = cb.id
    outcome = CallbackService(db).complete(clerk, callback_id, 1, GOOD, "satisfied",
                                           notes="想顺便检查一下水箱", follow_up=FollowUpRequest(visit=True))
    assert outcome.ticket_reopened and _ticket(db, made.ticket_id).status == "escalated"


def test_indicators_count_on_time_satisfaction_and_unreachable(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = CallbackService(db)
    a, b, c = (make_completed_ticket(db, clerk) for _ in range(3))
    service.complete(clerk, a.callback_id, 1, GOOD, "satisfied")
    service.complete(clerk, b.callback_id, 1, {**GOOD, "service_complaint": "没穿鞋套"}, "dissatisfied")
    service.record_attempt(clerk, c.callback_id, 1, "refused")
    made = make_completed_ticket(db, clerk)
    assert made.callback_id
    figures = service.indicators(clerk)
    assert (figures.due, figures.done, figures.done_on_time, figures.refused) == (4, 2, 2, 1)
    assert figures.satisfaction_rate == 0.5 and figures.on_time_rate == 0.5
    assert figures.unreachable_rate == 0.0
    assert user_id(db, "clerk") == clerk.user_id
