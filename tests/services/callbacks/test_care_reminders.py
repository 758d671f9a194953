"""Care reminders (seed 001 产品保养提醒): a purifier's filters fall due, the reminder appears in the callback queue,
becomes a maintenance visit with the filters as charged parts, and a routine filter change is never a 返修."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.clock import BRANCH_TZ, utc_now
from desktop.errors import PermissionDenied, StateError, ValidationError
from desktop.models import Callback, FaultCategory, MaintenanceItem, Part, PartUsage, ProductLine, Ticket
from desktop.rules.care import add_months
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.callbacks.care_service import CareService
from desktop.services.core.branch_time import local_day
from desktop.services.dispatch.dispatch_records import VisitResult
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import NewTicket, TicketService
from tests.conftest import actor_for
from tests.services.callback_factories import make_completed_ticket, make_customer
from tests.services.dispatch_factories import engineer_id
from tests.services.stock_factories import stock_van

PURIFIER = "HS-RO-400G"


def _today() -> date:
    return local_day(utc_now(), BRANCH_TZ)


def _purifier(db, installed: date) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.write.begin() as session:
        customer, unit = make_customer(session, 1, name="刘芳", installed=installed, model_code=PURIFIER)
        unit.invoice_date = installed
        return customer.id, unit.id


def _part_id(db, code: str) -> int:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return session.scalars(select(Part.id).where(Part.code == code)).one()


def _fault_id(db, line: str, code: str) -> int:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return session.scalars(select(FaultCategory.id)
                               .join(ProductLine, ProductLine.id == FaultCategory.product_line_id)
                               .where(ProductLine.code == line, FaultCategory.code == code)).one()


def test_the_unit_shows_when_each_consumable_is_next_due(db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    installed = date(2025, 8, 31)
    customer_id, unit_id = _purifier(db, installed)
    schedule = CareService(db).unit_schedule(clerk, unit_id)
    # Demo intervals for the RO model: PP cotton 6 months, carbon 12, RO membrane 24; counted from installation.
    assert [(d.part_code, d.due_on) for d in schedule] == [
        ("FLT-PP", date(2026, 2, 28)), ("FLT-CTO", date(2026, 8, 31)), ("FLT-RO", date(2027, 8, 31))]
    assert all(d.last_replaced is None for d in schedule)
    unit = next(u for u in CustomerService(db).detail(clerk, customer_id).units if u.id == unit_id)
    assert unit.next_care is not None and unit.next_care.part_code == "FLT-PP"
    assert unit.next_care.due_on == date(2026, 2, 28)


def test_a_due_filter_becomes_a_reminder_then_a_maintenance_visit_that_is_not_a_repeat_repair(db) -> None:  # type: ignore[no-untyped-def]
    clerk, dispatcher, engineer = actor_for(db, "clerk"), actor_for(db, "dispatch"), actor_for(db, "engineer")
    care, callbacks = CareService(db), CallbackService(db)
    today = _today()
    # GIVEN a purifier installed six months ago less three days: its PP filter is due in three days
    installed = add_months(today, -6) + timedelta(days=3)
    _customer_id, unit_id = _purifier(db, installed)
    due = add_months(installed, 6)
    assert 0 < (due - today).days <= 7

    # WHEN the queue's periodic tasks run (twice, as two PCs would)
    assert care.schedule_reminders(clerk, today) == 1
    assert care.schedule_reminders(clerk, today) == 0
    page = callbacks.queue(clerk, kind="maintenance")
    [row] = [r for r in page.rows if r.customer_name == "刘芳"]

    # THEN the call card reminds of the PP filter and its date, in the purifier's words
    card = callbacks.card(clerk, row.id)
    assert card.kind == "maintenance" and not card.satisfaction_required and card.unit_id == unit_id
    assert [d.part_code for d in card.care_due] == ["FLT-PP"]
    assert [line.id for line in card.script] == ["M1", "Q4"]
    opening = card.script[0].zh
    assert "PP棉滤芯" in opening and f"{due.month}月{due.day}日" in opening and "鸿盛净水器" in opening
    assert "太阳能" not in opening

    # WHEN the customer agrees and the clerk books the maintenance visit
    booking = care.book_maintenance(clerk, row.id, card.version)
    assert booking.part_ids == (_part_id(db, "FLT-PP"),)
    with db.read.begin() as session:
        ticket = session.get(Ticket, booking.ticket_id)
        category = session.get(FaultCategory, ticket.fault_category_id)
        items = session.scalars(select(MaintenanceItem).where(MaintenanceItem.ticket_id == ticket.id)).all()
        callback = session.get(Callback, row.id)
        # THEN it is a care ticket, never a 返修, whose consumables are listed for the visit
        assert category.maintenance and not ticket.is_repeat and ticket.unit_id == unit_id
        assert [(i.part_id, i.quantity, i.due_on) for i in items] == [(_part_id(db, "FLT-PP"), 1, due)]
        assert callback.status == "done" and callback.follow_up_ticket_id == ticket.id
        ticket_version = ticket.version
    # The reminder is not made again for the same due date.
    assert care.schedule_reminders(clerk, today) == 0

    # WHEN the visit is planned and its result typed in from what the booking planned
    start = utc_now() - timedelta(hours=3)
    visit = DispatchService(db).plan_visit(dispatcher, booking.ticket_id, engineer_id(db, "张师傅"), start,
                                           start + timedelta(hours=2), override_reason="test",
                                           expected_version=ticket_version)
    visits = VisitService(db)
    form = visits.sheet_form(engineer, visit.id)
    # THEN the filter comes pre-filled as a charged part (X-CONS: consumables are paid for)
    assert [(p.part_id, p.quantity, p.charged) for p in form.planned_parts] == [(_part_id(db, "FLT-PP"), 1, True)]
    # The engineer took the filter in the van (parts used on a visit leave the van's stock).
    stock_van(db, "张师傅", {"FLT-PP": 1})
    report = visits.record_result(engineer, visit.id, VisitResult(
        arrived_at=start, departed_at=start + timedelta(hours=1), result="resolved", work_done="更换PP棉滤芯",
        parts=form.planned_parts), version=visit.version)
    assert report.parts_charged_fen == 2500
    # AND the unit's next PP change counts from today's replacement
    schedule = care.unit_schedule(clerk, unit_id)
    pp = next(d for d in schedule if d.part_code == "FLT-PP")
    assert pp.last_replaced == local_day(start + timedelta(hours=1), BRANCH_TZ) and pp.due_on == add_months(
        pp.last_replaced, 6)
    with db.read.begin() as session:
        assert session.scalars(select(PartUsage.charged).where(PartUsage.report_id == report.id)).all() == [True]


def test_a_filter_change_80_days_after_the_last_is_not_a_repeat_repair(db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    tickets = TicketService(db)
    customer_id, unit_id = _purifier(db, date(2025, 6, 10))

    def open_with(fault: str) -> tuple[int, bool]:
        opened = tickets.open_ticket(clerk, NewTicket(customer_id, "13803720001", "hotline",
                                                      _fault_id(db, "purifier", fault), "…", unit_id=unit_id))
        return opened.id, opened.is_repeat

    first, _ = open_with("filter_change")
    # The earlier change was done 80 days ago: inside the 90 repair-warranty days.
    with db.write.begin() as session:
        ticket = session.get(Ticket, first)
        ticket.opened_at = utc_now() - timedelta(days=81)
        ticket.completed_at = utc_now() - timedelta(days=80)
    _, repeat = open_with("filter_change")
    assert repeat is False
    # A real fault coming back inside the same days still is a 返修: the rule is not switched off.
    open_with("leak")
    _, leak_again = open_with("leak")
    assert leak_again is True


def test_intervals_are_set_per_model_for_its_consumables_only(db) -> None:  # type: ignore[no-untyped-def]
    supervisor, clerk = actor_for(db, "admin"), actor_for(db, "clerk")
    care = CareService(db)
    purifier_models = {m.code: m.id for m in care.models(supervisor, _line_id(db, "purifier"))}
    model = purifier_models["HS-UF-1000"]
    rows = {r.part_code: r.months for r in care.intervals(supervisor, model)}
    assert rows == {"FLT-CTO": 12, "FLT-PP": 6, "FLT-RO": None}
    rows = {r.part_code: r.months for r in care.set_intervals(
        supervisor, model, {_part_id(db, "FLT-PP"): 3, _part_id(db, "FLT-CTO"): 0, _part_id(db, "FLT-RO"): 24})}
    assert rows == {"FLT-CTO": None, "FLT-PP": 3, "FLT-RO": 24}
    with pytest.raises(ValidationError) as caught:
        care.set_intervals(supervisor, model, {_part_id(db, "FLT-PP"): 121})
    assert caught.value.code == "interval_invalid"
    with pytest.raises(ValidationError) as caught:
        care.set_intervals(supervisor, model, {_part_id(db, "PUMP-24V"): 6})
    assert caught.value.code == "part_not_consumable"
    with pytest.raises(PermissionDenied):
        care.set_intervals(clerk, model, {_part_id(db, "FLT-PP"): 6})


def _line_id(db, code: str) -> int:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return session.scalars(select(ProductLine.id).where(ProductLine.code == code)).one()


def test_only_a_care_reminder_can_be_booked_as_maintenance(db) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(db, "clerk")
    made = make_completed_ticket(db, clerk, model_code=PURIFIER)
    version = CallbackService(db).card(clerk, made.callback_id).version
    with pytest.raises(StateError) as caught:
        CareService(db).book_maintenance(clerk, made.callback_id, version)
    assert caught.value.code == "not_a_care_reminder"


def test_a_long_overdue_consumable_is_not_reminded_unless_the_branch_says_so(db) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.admin.settings_service import SettingsService

    clerk, supervisor = actor_for(db, "clerk"), actor_for(db, "admin")
    care = CareService(db)
    today = _today()
    # Even the RO membrane (24 months) fell due 200 days ago and nothing was changed here: changed elsewhere, or the
    # unit stands idle.
    _purifier(db, add_months(today, -24) - timedelta(days=200))
    assert care.schedule_reminders(clerk, today) == 0
    SettingsService(db).set(supervisor, "care.overdue_limit_days", 365)
    assert care.schedule_reminders(clerk, today) == 1


def test_the_reminder_timing_is_a_supervisors_branch_setting(db) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.callbacks.care_service import ReminderTiming

    supervisor, clerk = actor_for(db, "admin"), actor_for(db, "clerk")
    care = CareService(db)
    assert care.reminder_timing(clerk) == ReminderTiming(7, 90)
    care.set_reminder_timing(supervisor, ReminderTiming(14, 30))
    assert care.reminder_timing(clerk) == ReminderTiming(14, 30)
    with pytest.raises(ValidationError) as caught:
        care.set_reminder_timing(supervisor, ReminderTiming(-1, 30))
    assert (caught.value.code, caught.value.field) == ("days_out_of_range", "remind_days_before")
    with pytest.raises(PermissionDenied):
        care.set_reminder_timing(clerk, ReminderTiming(7, 90))


def test_a_run_with_nothing_new_due_never_waits_for_another_pcs_save(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """The reminders are worked out in a read transaction: a start whose reminders are all made already does not
    take (or queue for) the write lock, however long the history it reads."""
    import sqlite3
    import time

    clerk, care, today = actor_for(sqlite_db, "clerk"), CareService(sqlite_db), _today()
    _purifier(sqlite_db, add_months(today, -6) + timedelta(days=3))
    assert care.schedule_reminders(clerk, today) == 1
    other_pc = sqlite3.connect(sqlite_db.engine.url.database, isolation_level=None)
    try:
        other_pc.execute("BEGIN IMMEDIATE")  # another PC in the middle of a save
        started = time.monotonic()
        assert care.schedule_reminders(clerk, today) == 0
        assert time.monotonic() - started < 2
    finally:
        other_pc.execute("ROLLBACK")
        other_pc.close()
