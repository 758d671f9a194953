"""TicketService: opening (number, clocks, 返修), phone triage, contact call, cancel, edit, detail, clock watch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from desktop.clock import local_date_of, utc_now
from desktop.database import Database
from desktop.errors import ConcurrentEditError, NotFoundError, PermissionDenied, StateError, ValidationError
from desktop.models import ServiceClock, Ticket
from desktop.services.core.actor import Actor
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import NewTicket, TicketService
from tests.services.intake_factories import fault, line, open_ticket, register


@pytest.fixture
def desk(sqlite_db: Database) -> Actor:
    """For tests whose subject has nothing database-specific: SQLite only keeps the suite fast."""
    from tests.conftest import actor_for

    return actor_for(sqlite_db, "clerk")


def test_open_ticket_numbers_and_starts_the_clocks(db: Database, clerk: Actor) -> None:
    reg = register(db, clerk)
    first = open_ticket(db, clerk, reg)
    second = open_ticket(db, clerk, reg, fault_code="controller", text="仪表黑屏")
    day = f"{local_date_of(utc_now()):%Y%m%d}"
    assert first.number == f"AY01-{day}-0001" and second.number == f"AY01-{day}-0002"
    detail = TicketService(db).detail(clerk, first.id)
    clocks = {c.commitment: c for c in detail.clocks}
    assert set(clocks) == {"first_contact", "report_back", "on_site"}
    assert clocks["first_contact"].due_at - clocks["first_contact"].started_at == timedelta(minutes=10)
    assert clocks["report_back"].due_at - clocks["report_back"].started_at == timedelta(minutes=60)
    # The solar line's on-site window from the catalogue (24 h by default).
    assert clocks["on_site"].due_at - clocks["on_site"].started_at == timedelta(hours=24)
    assert [e.kind for e in detail.timeline] == ["opened"]
    assert set(detail.actions) == {"record_contact", "report_back", "resolve_by_phone", "edit", "cancel"}


def test_repeat_fault_within_repair_warranty_is_flagged(db: Database, clerk: Actor) -> None:
    reg = register(db, clerk)
    first = open_ticket(db, clerk, reg, fault_code="leak")
    other_fault = open_ticket(db, clerk, reg, fault_code="controller")
    repeat = open_ticket(db, clerk, reg, fault_code="leak", text="又漏了")
    assert not first.is_repeat and not other_fault.is_repeat
    assert repeat.is_repeat and repeat.repeat_of_number == first.number
    # Outside the repair warranty days it is an ordinary new fault.
    with db.write.begin() as session:
        session.execute(update(Ticket).values(opened_at=utc_now() - timedelta(days=120), completed_at=None))
    assert not open_ticket(db, clerk, reg, fault_code="leak").is_repeat


def test_resolved_by_phone_at_intake_and_later(sqlite_db: Database, desk: Actor) -> None:
    reg = register(sqlite_db, desk)
    solved = open_ticket(sqlite_db, desk, reg, note="指导客户关闭进水阀")
    assert solved.status == "resolved_by_phone"
    service = TicketService(sqlite_db)
    detail = service.detail(desk, solved.id)
    assert [e.to_status for e in detail.timeline if e.to_status] == ["resolved_by_phone"]
    states = {c.commitment: c.state for c in detail.clocks}
    assert states["first_contact"] == "met" and states["on_site"] == "cancelled" and "callback" in states
    later = open_ticket(sqlite_db, desk, reg, fault_code="controller")
    service.resolve_by_phone(desk, later.id, later.version, "复位后正常")
    assert service.detail(desk, later.id).status == "resolved_by_phone"
    with pytest.raises(ValidationError) as info:
        service.resolve_by_phone(desk, later.id, None, "  ")  # type: ignore[arg-type]
    assert info.value.code == "required"


def test_contact_call_meets_the_first_contact_clock(sqlite_db: Database, desk: Actor) -> None:
    reg = register(sqlite_db, desk)
    opened = open_ticket(sqlite_db, desk, reg)
    service = TicketService(sqlite_db)
    service.record_contact(desk, opened.id, "已联系，约明天上午")
    detail = service.detail(desk, opened.id)
    assert {c.commitment: c.state for c in detail.clocks}["first_contact"] == "met"
    assert [e.kind for e in detail.timeline] == ["opened", "contact_call"]
    assert detail.timeline[-1].user_name == "李文员"


def test_cancel_with_reason_and_the_state_rules(sqlite_db: Database, desk: Actor) -> None:
    reg = register(sqlite_db, desk)
    opened = open_ticket(sqlite_db, desk, reg)
    service = TicketService(sqlite_db)
    with pytest.raises(ValidationError):
        service.cancel(desk, opened.id, opened.version, "")
    version = service.cancel(desk, opened.id, opened.version, "客户自行修好")
    detail = service.detail(desk, opened.id)
    assert detail.status == "cancelled" and detail.cancel_reason == "客户自行修好" and detail.actions == ()
    assert all(c.state == "cancelled" for c in detail.clocks)
    with pytest.raises(StateError):
        service.resolve_by_phone(desk, opened.id, version, "太迟了")
    with pytest.raises(StateError):
        service.record_contact(desk, opened.id)


def test_update_uses_the_version_and_keeps_the_search_index(sqlite_db: Database, desk: Actor) -> None:
    reg = register(sqlite_db, desk)
    opened = open_ticket(sqlite_db, desk, reg)
    service = TicketService(sqlite_db)
    version = service.update(desk, opened.id, opened.version, fault_text="屋顶水箱底部渗水", priority="urgent")
    with pytest.raises(ConcurrentEditError):
        service.update(desk, opened.id, opened.version, fault_text="第二个文员的修改")
    assert [r.id for r in service.search(desk, "底部渗水")] == [opened.id]
    assert service.search(desk, "水箱漏水") == []
    solar = line(CustomerService(sqlite_db), desk)
    purifier = line(CustomerService(sqlite_db), desk, "purifier")
    with pytest.raises(ValidationError) as info:
        service.update(desk, opened.id, version, fault_category_id=fault(purifier, "taste"))
    assert info.value.code == "fault_not_of_product_line"
    service.update(desk, opened.id, version, fault_category_id=fault(solar, "tube_broken"))


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"channel": "fax"}, "unknown_value", "channel"),
        ({"priority": "asap"}, "unknown_value", "priority"),
        ({"contact_phone": "12345"}, "phone_mobile_length", "contact_phone"),
        ({"fault_category_id": None}, "required", "fault_category"),
        ({"fault_text": "x" * 2001}, "too_long", "fault_text"),
        ({"unit_id": None, "product_line_id": None}, "required", "product_line"),
    ],
)
def test_open_ticket_messages(sqlite_db: Database, change: dict, code: str, field: str) -> None:  # type: ignore[type-arg]
    from tests.conftest import actor_for

    clerk = actor_for(sqlite_db, "clerk")
    reg = register(sqlite_db, clerk)
    solar = line(CustomerService(sqlite_db), clerk)
    values = {"customer_id": reg.customer_id, "contact_phone": "13803720001", "channel": "hotline",
              "fault_category_id": fault(solar, "leak"), "fault_text": "漏水", "unit_id": reg.unit_id}
    values.update(change)
    with pytest.raises(ValidationError) as info:
        TicketService(sqlite_db).open_ticket(clerk, NewTicket(**values))
    assert (info.value.code, info.value.field) == (code, field)


def test_other_customers_unit_and_foreign_fault_are_refused(sqlite_db: Database) -> None:
    from tests.conftest import actor_for

    clerk = actor_for(sqlite_db, "clerk")
    first = register(sqlite_db, clerk)
    other = register(sqlite_db, clerk, phone="13903720002", name="张三", serial="LT2", detail="东风路 1 号")
    customers = CustomerService(sqlite_db)
    solar, purifier = line(customers, clerk), line(customers, clerk, "purifier")
    service = TicketService(sqlite_db)
    with pytest.raises(ValidationError) as info:
        service.open_ticket(clerk, NewTicket(first.customer_id, "13803720001", "hotline", fault(solar, "leak"), "",
                                             unit_id=other.unit_id))
    assert info.value.code == "unit_not_of_customer"
    with pytest.raises(ValidationError) as info:
        service.open_ticket(clerk, NewTicket(first.customer_id, "13803720001", "hotline", fault(purifier, "leak"),
                                             "", unit_id=first.unit_id))
    assert info.value.code == "fault_not_of_product_line"


def test_engineer_cannot_open_tickets(sqlite_db: Database) -> None:
    from tests.conftest import actor_for

    reg = register(sqlite_db, actor_for(sqlite_db, "clerk"))
    engineer = actor_for(sqlite_db, "engineer")
    with pytest.raises(PermissionDenied):
        open_ticket(sqlite_db, engineer, reg)
    ticket_id = open_ticket(sqlite_db, actor_for(sqlite_db, "clerk"), reg).id
    # A ticket that is not theirs does not exist for an engineer; once it is assigned to them they may read it,
    # but none of the desk's actions is offered.
    with pytest.raises(NotFoundError):
        TicketService(sqlite_db).detail(engineer, ticket_id)
    with sqlite_db.write.begin() as session:
        from desktop.models import Engineer, Ticket

        session.get(Ticket, ticket_id).engineer_id = session.scalar(
            select(Engineer.id).where(Engineer.user_id == engineer.user_id))
    detail = TicketService(sqlite_db).detail(engineer, ticket_id)
    assert detail.actions == ()


def test_clock_watch_counts_due_and_overdue_clocks(db: Database, clerk: Actor) -> None:
    reg = register(db, clerk)
    late = open_ticket(db, clerk, reg)
    fresh = open_ticket(db, clerk, reg, fault_code="controller")
    done = open_ticket(db, clerk, reg, fault_code="heater", note="已指导")
    service = TicketService(db)
    assert service.clock_watch(clerk).count == 0
    with db.write.begin() as session:
        session.execute(update(ServiceClock).where(ServiceClock.ticket_id == late.id,
                                                   ServiceClock.commitment == "first_contact")
                        .values(started_at=utc_now() - timedelta(minutes=30), due_at=utc_now() - timedelta(minutes=20)))
    watch = service.clock_watch(clerk)
    assert watch.count == 1 and watch.alerts[0].number == late.number and watch.alerts[0].overdue
    # Within 10 minutes the fresh ticket's contact clock is due too; the resolved one's clocks are met.
    soon = service.clock_watch(clerk, within_minutes=11)
    assert {a.ticket_id for a in soon.alerts} == {late.id, fresh.id}
    assert done.id not in {a.ticket_id for a in soon.alerts}
    detail = service.detail(clerk, late.id)
    first_contact = next(c for c in detail.clocks if c.commitment == "first_contact")
    assert first_contact.state == "overdue" and first_contact.seconds_left is not None
    assert first_contact.seconds_left < 0


def test_clock_watch_leaves_out_cancelled_clocks_and_tickets_no_longer_open(db: Database, clerk: Actor,
                                                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.tickets import ticket_queries

    reg = register(db, clerk)
    kept = open_ticket(db, clerk, reg)
    cancelled = open_ticket(db, clerk, reg, fault_code="controller")
    closed = open_ticket(db, clerk, reg, fault_code="heater")
    overdue = {"started_at": utc_now() - timedelta(minutes=30), "due_at": utc_now() - timedelta(minutes=20)}
    with db.write.begin() as session:
        session.execute(update(ServiceClock).where(ServiceClock.commitment == "first_contact").values(**overdue))
        # Cancelled clocks keep met_at NULL; a closed ticket may still hold a running clock (a callback's).
        session.execute(update(ServiceClock).where(ServiceClock.ticket_id == cancelled.id).values(cancelled=True))
        session.execute(update(Ticket).where(Ticket.id == closed.id).values(status="closed"))
    service = TicketService(db)
    watch = service.clock_watch(clerk)
    assert watch.count == 1 and [a.ticket_id for a in watch.alerts] == [kept.id]
    # The total counts every due clock even when the list is cut, and the list keeps the earliest.
    with db.write.begin() as session:
        session.execute(update(ServiceClock).where(ServiceClock.ticket_id == kept.id,
                                                   ServiceClock.commitment == "report_back")
                        .values(started_at=utc_now() - timedelta(minutes=60), due_at=utc_now() - timedelta(minutes=40)))
    monkeypatch.setattr(ticket_queries, "WATCH_LIST_LIMIT", 1)
    watch = service.clock_watch(clerk)
    assert watch.count == 2 and len(watch.alerts) == 1 and watch.alerts[0].commitment == "report_back"


def test_clock_watch_holds_callers_replies_and_complainants_call_backs(db: Database, clerk: Actor) -> None:
    """Both kinds of clock kept outside tickets come back from one statement, each with its name and record."""
    from desktop.models import Complaint, Consultation
    from desktop.services.callbacks.complaint_service import ComplaintService
    from desktop.services.contacts.consultation_records import NewConsultation
    from desktop.services.contacts.consultation_service import ConsultationService

    reg = register(db, clerk)
    asked = ConsultationService(db).open(clerk, NewConsultation(phone="13803729999", question="滤芯多久换一次？",
                                                                caller_name="赵女士", topic="maintenance"))
    complaint = ComplaintService(db).open(clerk, customer_id=reg.customer_id, source="phone", concerns="staff",
                                          description="师傅迟到两小时")
    service = TicketService(db)
    assert service.clock_watch(clerk, within_minutes=1).alerts == ()
    with db.write.begin() as session:
        session.execute(update(Consultation).where(Consultation.id == asked.id)
                        .values(reply_due_at=utc_now() + timedelta(minutes=2)))
        session.execute(update(Complaint).where(Complaint.id == complaint.id)
                        .values(first_contact_due_at=utc_now() - timedelta(minutes=1)))
        customer = session.scalar(select(Complaint.customer_id).where(Complaint.id == complaint.id))
    watch = service.clock_watch(clerk, within_minutes=5)
    assert watch.count == 2
    assert [(a.commitment, a.kind, a.record_id, a.overdue, a.ticket_id) for a in watch.alerts] == [
        ("complaint_contact", "complaint", complaint.id, True, 0), ("reply", "consultation", asked.id, False, 0)]
    assert watch.alerts[1].customer_name == "赵女士"  # not a customer: the name the caller gave
    assert watch.alerts[0].customer_name == CustomerService(db).detail(clerk, customer).name
    assert all(a.due_at.tzinfo is not None for a in watch.alerts)


def test_ticket_rows_are_never_orm_objects(sqlite_db: Database) -> None:
    from tests.conftest import actor_for

    clerk = actor_for(sqlite_db, "clerk")
    opened = open_ticket(sqlite_db, clerk, register(sqlite_db, clerk))
    with sqlite_db.read.begin() as session:
        assert session.scalar(select(Ticket.number).where(Ticket.id == opened.id)) == opened.number
    page = TicketService(sqlite_db).list_page(clerk)
    with pytest.raises(AttributeError):
        page.rows[0].status = "closed"  # type: ignore[misc]
