"""ConsultationService: a question answered at once or by a promised reply time (its clock), the reply, the close,
and a question that turns into a ticket; on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from desktop.clock import local_today, utc_now
from desktop.errors import ConcurrentEditError, PermissionDenied, StateError, ValidationError
from desktop.models import AuditLog, Consultation, FaultCategory, ProductLine, ServiceClock, Ticket
from desktop.services.admin.settings_service import SettingsService
from desktop.services.contacts.consultation_service import ConsultationService, NewConsultation
from desktop.services.dashboard.dashboard_service import DashboardService
from tests.conftest import actor_for
from tests.services.callback_factories import make_customer


def _customer(db, actor):  # type: ignore[no-untyped-def]
    with db.write.begin() as session:
        customer, unit = make_customer(session, actor.branch_id, name="赵女士")
        return customer.id, customer.phones[0].number, unit.id


def _line(db, code: str = "purifier") -> int:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return session.scalars(select(ProductLine.id).where(ProductLine.code == code)).one()


def _fault(db, line_id: int) -> int:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return session.scalars(select(FaultCategory.id).where(FaultCategory.product_line_id == line_id)
                               .order_by(FaultCategory.id)).first()


def _backdate(db, consultation_id: int, minutes: int) -> None:  # type: ignore[no-untyped-def]
    """Move the promise into the past, as if the clerk had waited too long."""
    with db.write.begin() as session:
        session.execute(update(Consultation).where(Consultation.id == consultation_id).values(
            reply_due_at=utc_now() - timedelta(minutes=minutes), created_at=utc_now() - timedelta(hours=3)))


def test_a_question_answered_at_once_closes_at_once(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = ConsultationService(db)
    done = service.open(clerk, NewConsultation(phone="0372-2108187", caller_name="李先生", topic="purchase",
                                               question="400G 净水器多少钱？", answer="1980 元，含安装。",
                                               product_line_id=_line(db)))
    assert done.number.startswith("AY01-Z") and done.status == "closed" and done.answered_at_once
    assert done.reply_due_at is None and done.reply_on_time is None and done.closed_at is not None
    assert (done.phone, done.product_line_zh) == ("03722108187", "净水器")
    with pytest.raises(StateError):
        service.close(clerk, done.id, done.version)


def test_a_promised_reply_is_a_clock_kept_when_replied_in_time(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    SettingsService(db).set(supervisor, "consultation.reply_minutes", 45)
    service = ConsultationService(db)
    customer_id, phone, _ = _customer(db, clerk)
    asked = service.open(clerk, NewConsultation(phone=phone, customer_id=customer_id, topic="usage",
                                                question="冬天管道要放水吗？"))
    assert asked.status == "awaiting_reply" and asked.caller_name == "赵女士"
    assert timedelta(minutes=44) < asked.reply_due_at - asked.created_at <= timedelta(minutes=45)
    assert service.list_page(clerk, status="awaiting").total == 1
    # An hour on, the promise is missed: it shows in the overdue filter.
    later = utc_now() + timedelta(hours=1)
    assert [r.id for r in service.list_page(clerk, status="overdue", now=later).rows] == [asked.id]
    assert service.list_page(clerk, status="overdue").total == 0
    with pytest.raises(StateError):
        service.close(clerk, asked.id, asked.version)  # the caller was promised an answer first
    replied = service.record_reply(clerk, asked.id, asked.version, "入冬前请师傅排空，我们可上门。")
    assert replied.status == "answered" and replied.reply_on_time is True and replied.replied_by_name
    with pytest.raises(ConcurrentEditError):
        service.record_reply(clerk, asked.id, asked.version, "again")
    closed = service.close(clerk, replied.id, replied.version)
    assert closed.status == "closed"
    with db.read.begin() as session:
        actions = session.scalars(select(AuditLog.action).where(AuditLog.entity == "consultation")).all()
    assert actions == ["consultation.open", "consultation.reply", "consultation.close"]


def test_a_late_reply_is_counted_late(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = ConsultationService(db)
    asked = service.open(clerk, NewConsultation(phone="13903720001", question="三包期多长？", topic="warranty"))
    _backdate(db, asked.id, 30)
    overdue = service.detail(clerk, asked.id)
    assert overdue.overdue and overdue.reply_on_time is False
    late = service.record_reply(clerk, asked.id, overdue.version, "整机一年，主要部件三年。")
    assert late.reply_on_time is False and not late.overdue


def test_a_question_that_is_a_fault_turns_into_a_ticket(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = ConsultationService(db)
    customer_id, phone, unit_id = _customer(db, clerk)
    asked = service.open(clerk, NewConsultation(phone=phone, customer_id=customer_id, question="热水器夜里滴水正常吗？",
                                                reply_due_at=utc_now() + timedelta(hours=2)))
    solar = _line(db, "solar")
    turned = service.to_ticket(clerk, asked.id, asked.version, fault_category_id=_fault(db, solar), unit_id=unit_id,
                               priority="urgent")
    assert turned.status == "closed" and turned.ticket_number and turned.reply_on_time is None
    with db.read.begin() as session:
        ticket = session.get(Ticket, turned.ticket_id)
        assert ticket is not None
        assert (ticket.customer_id, ticket.unit_id, ticket.priority, ticket.fault_text) == (
            customer_id, unit_id, "urgent", "热水器夜里滴水正常吗？")
        clocks = set(session.scalars(select(ServiceClock.commitment).where(ServiceClock.ticket_id == ticket.id)))
    assert clocks == {"first_contact", "report_back", "on_site"}  # the ticket's own clocks take over
    assert service.list_page(clerk, status="closed", text=turned.ticket_number).rows[0].id == turned.id
    assert service.list_page(clerk, status="closed", text="滴水").rows[0].ticket_number == turned.ticket_number
    with pytest.raises(StateError):
        service.to_ticket(clerk, turned.id, turned.version, fault_category_id=_fault(db, solar))


def test_a_caller_who_is_not_a_customer_needs_one_for_a_ticket(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = ConsultationService(db)
    asked = service.open(clerk, NewConsultation(phone="13903729999", caller_name="路人", question="能换滤芯吗？",
                                                product_line_id=_line(db)))
    with pytest.raises(ValidationError) as err:
        service.to_ticket(clerk, asked.id, asked.version, fault_category_id=_fault(db, _line(db)))
    assert err.value.code == "consultation_needs_customer"
    customer_id, _, _ = _customer(db, clerk)
    turned = service.to_ticket(clerk, asked.id, asked.version, fault_category_id=_fault(db, _line(db)),
                               customer_id=customer_id)
    assert turned.customer_id == customer_id and turned.ticket_id is not None


def test_bad_input_is_refused_with_codes_and_nothing_stored(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = ConsultationService(db)
    cases = [
        (NewConsultation(phone="", question="x"), "required"),
        (NewConsultation(phone="13903720001", question="  "), "required"),
        (NewConsultation(phone="13903720001", question="x", topic="gossip"), "unknown_value"),
        (NewConsultation(phone="13903720001", question="x", reply_due_at=utc_now() - timedelta(minutes=1)),
         "reply_time_past"),
        (NewConsultation(phone="13903720001", question="x", reply_due_at=utc_now() + timedelta(days=40)),
         "reply_time_too_far"),
    ]
    for new, code in cases:
        with pytest.raises(ValidationError) as err:
            service.open(clerk, new)
        assert err.value.code == code
    assert service.list_page(clerk, status="all").total == 0


def test_engineers_take_no_consultations(db) -> None:  # type: ignore[no-untyped-def]
    engineer = actor_for(db, "engineer")
    with pytest.raises(PermissionDenied):
        ConsultationService(db).open(engineer, NewConsultation(phone="13903720001", question="x"))
    with pytest.raises(PermissionDenied):
        ConsultationService(db).list_page(engineer)


def test_consultations_are_counted_on_the_dashboard(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    service = ConsultationService(db)
    service.open(clerk, NewConsultation(phone="13903720001", question="价格？", answer="1980 元"))
    kept = service.open(clerk, NewConsultation(phone="13903720002", question="能移机吗？"))
    service.record_reply(clerk, kept.id, kept.version, "可以，收费 100 元")
    late = service.open(clerk, NewConsultation(phone="13903720003", question="发票丢了怎么办？"))
    _backdate(db, late.id, 10)
    service.open(clerk, NewConsultation(phone="13903720004", question="滤芯多久换？"))
    today = local_today()  # the dashboard's days are the branch's days
    contacts = DashboardService(db).indicators(supervisor, today - timedelta(days=6), today).contacts
    assert contacts is not None
    assert (contacts.consultations, contacts.answered_at_once) == (4, 1)
    # kept on time, the backdated one missed, the fourth still inside its promise (not decided yet)
    assert (contacts.replies_on_time, contacts.replies_decided, contacts.awaiting_now, contacts.overdue_now) == (
        1, 2, 2, 1)
    assert contacts.reply_on_time_rate == 0.5
