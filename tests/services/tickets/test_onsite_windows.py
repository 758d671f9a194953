"""On-site windows per product line and priority (seed 002 §4.5, seed 003): edited in Settings, used by every new
on-site clock, and a raised priority shortens the running one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from desktop.clock import utc_now
from desktop.database import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.models import AuditLog, ServiceClock, Ticket
from desktop.services.admin.settings_service import SettingsService
from desktop.services.core.actor import Actor
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import NewTicket, TicketService
from tests.services.dispatch_factories import engineer_id, make_ticket, next_weekday, ticket_version
from tests.services.intake_factories import fault, line, register


def _onsite(db: Database, ticket_id: int) -> ServiceClock:
    with db.read.begin() as session:
        return session.scalars(select(ServiceClock).where(ServiceClock.ticket_id == ticket_id,
                                                          ServiceClock.commitment == "on_site")
                               .order_by(ServiceClock.round.desc())).first()


def _window(db: Database, ticket_id: int) -> timedelta:
    clock = _onsite(db, ticket_id)
    return clock.due_at - clock.started_at


def test_the_defaults_follow_the_catalogue_and_the_seeds(db: Database, supervisor: Actor) -> None:
    windows = SettingsService(db).onsite_windows(supervisor)
    assert [code for code, _zh, _en in windows.lines] == ["solar", "purifier", "vending", "campus"]
    assert windows.minutes["vending"] == {"normal": 120, "urgent": 120, "critical": 60}  # 002 §4.5: 2 hours
    assert windows.minutes["campus"] == {"normal": 30, "urgent": 30, "critical": 30}  # 002 §4.5: 30 minutes
    assert windows.minutes["solar"] == {"normal": 1440, "urgent": 240, "critical": 60}  # 003: 1 hour


def test_edited_windows_are_used_by_every_new_clock(db: Database, supervisor: Actor, clerk: Actor) -> None:
    settings = SettingsService(db)
    table = {line: dict(row) for line, row in settings.onsite_windows(supervisor).minutes.items()}
    table["solar"] = {"normal": 480, "urgent": 120, "critical": 45}
    saved = settings.save_onsite_windows(supervisor, table)
    assert saved.minutes["solar"] == {"normal": 480, "urgent": 120, "critical": 45}
    customers, tickets = CustomerService(db), TicketService(db)
    reg = register(db, clerk)
    solar = line(customers, clerk)
    for priority, minutes in (("normal", 480), ("urgent", 120), ("critical", 45)):
        opened = tickets.open_ticket(clerk, NewTicket(reg.customer_id, "13803720001", "hotline",
                                                      fault(solar, "leak"), "漏水", unit_id=reg.unit_id,
                                                      priority=priority))
        assert _window(db, opened.id) == timedelta(minutes=minutes), priority
    with db.read.begin() as session:
        assert session.scalar(select(AuditLog.after).where(AuditLog.action == "setting.set")
                              .order_by(AuditLog.id.desc()).limit(1))["key"] == "commitment.onsite_window_minutes"


def test_dispatch_starts_the_window_of_the_ticket_priority(db: Database, supervisor: Actor,
                                                           dispatcher: Actor) -> None:
    ticket_id = make_ticket(db, line="vending")
    with db.write.begin() as session:
        session.execute(update(Ticket).where(Ticket.id == ticket_id).values(priority="critical"))
    start = next_weekday(1, 9)
    DispatchService(db).plan_visit(dispatcher, ticket_id, engineer_id(db, "陈师傅"), start, start + timedelta(hours=1),
                                   expected_version=ticket_version(db, ticket_id),
                                   override_reason="客户只在周二有人")
    assert _window(db, ticket_id) == timedelta(minutes=60)


@pytest.mark.parametrize("bad, code", [
    ({"solar": {"normal": 0, "urgent": 0, "critical": 0}}, "window_out_of_range"),
    ({"solar": {"normal": 60, "urgent": 120, "critical": 30}}, "urgent_window_longer"),
    ({"solar": {"normal": 60, "urgent": 60}}, "malformed"),
    ({"kiosk": {"normal": 60, "urgent": 60, "critical": 60}}, "unknown_product_line"),
    ({"solar": {"normal": 60.5, "urgent": 60, "critical": 60}}, "not_an_integer"),
])
def test_bad_windows_are_refused_and_nothing_changes(sqlite_db: Database, bad: dict, code: str) -> None:
    from tests.conftest import actor_for

    boss = actor_for(sqlite_db, "admin")
    settings = SettingsService(sqlite_db)
    before = settings.onsite_windows(boss).minutes
    with pytest.raises(ValidationError) as err:
        settings.save_onsite_windows(boss, bad)
    assert err.value.code == code
    with pytest.raises(ValidationError):
        settings.set(boss, "commitment.onsite_window_minutes", bad)  # the generic path checks the same
    assert settings.onsite_windows(boss).minutes == before


def test_only_a_supervisor_edits_the_windows(db: Database, clerk: Actor) -> None:
    with pytest.raises(PermissionDenied):
        SettingsService(db).save_onsite_windows(clerk, {})


def test_raising_the_priority_shortens_the_running_window(db: Database, clerk: Actor) -> None:
    customers, tickets = CustomerService(db), TicketService(db)
    reg = register(db, clerk)
    solar = line(customers, clerk)
    opened = tickets.open_ticket(clerk, NewTicket(reg.customer_id, "13803720001", "hotline", fault(solar, "leak"),
                                                  "漏水", unit_id=reg.unit_id))
    assert _window(db, opened.id) == timedelta(hours=24)
    version = tickets.update(clerk, opened.id, opened.version, priority="urgent")
    assert _window(db, opened.id) == timedelta(hours=4)
    version = tickets.update(clerk, opened.id, version, priority="critical")
    assert _window(db, opened.id) == timedelta(hours=1)
    # Lowering it again gives the time back while the deadline has not passed.
    version = tickets.update(clerk, opened.id, version, priority="normal")
    assert _window(db, opened.id) == timedelta(hours=24)
    with db.read.begin() as session:
        moved = session.scalars(select(AuditLog.after).where(AuditLog.action == "service_clock.reprioritise")).all()
    assert [m["priority"] for m in moved] == ["urgent", "critical", "normal"]


def test_a_missed_deadline_stays_missed(db: Database, clerk: Actor) -> None:
    customers, tickets = CustomerService(db), TicketService(db)
    reg = register(db, clerk)
    solar = line(customers, clerk)
    opened = tickets.open_ticket(clerk, NewTicket(reg.customer_id, "13803720001", "hotline", fault(solar, "leak"),
                                                  "漏水", unit_id=reg.unit_id, priority="critical"))
    # Two hours later the critical hour has passed: lowering the priority cannot undo the miss.
    past = utc_now() - timedelta(hours=2)
    with db.write.begin() as session:
        session.execute(update(ServiceClock).where(ServiceClock.ticket_id == opened.id).values(
            started_at=past, due_at=past + timedelta(hours=1)))
    tickets.update(clerk, opened.id, opened.version, priority="normal")
    clock = _onsite(db, opened.id)
    assert clock.due_at == past + timedelta(hours=1)
