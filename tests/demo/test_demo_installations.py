"""The demo history includes installation orders, so the installations list, the board and the customer file are
not empty: orders waiting to be planned, signed acceptances that print, units whose warranty starts on installation."""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.models import Callback, InstallationOrder, InstallationReport, Ticket, Unit, Visit
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.installations.installation_print_service import InstallationPrintService
from desktop.services.installations.installation_service import InstallationService
from tests.conftest import actor_for


def test_demo_history_has_installations_in_several_states_that_hold_together(sqlite_db: Database) -> None:
    generate_history(sqlite_db, tickets=1500, seed=2026)
    clerk = actor_for(sqlite_db, "clerk")
    with sqlite_db.read.begin() as session:
        states = dict(session.execute(select(Ticket.status, func.count()).where(Ticket.kind == "installation")
                                      .group_by(Ticket.status)).all())
        assert {"new", "completed", "closed"} <= set(states)
        assert session.scalar(select(func.count()).select_from(InstallationOrder)) == sum(states.values())
        # Every installed unit's warranty starts on the day its acceptance says.
        pairs = session.execute(
            select(Unit.installation_date, InstallationReport.installed_on)
            .join(InstallationOrder, InstallationOrder.unit_id == Unit.id)
            .join(Visit, Visit.ticket_id == InstallationOrder.ticket_id)
            .join(InstallationReport, InstallationReport.visit_id == Visit.id)
            .where(InstallationReport.result == "installed")).all()
        assert pairs and all(unit_day == report_day for unit_day, report_day in pairs)
        assert session.scalar(select(func.count()).select_from(Callback).where(
            Callback.kind == "after_install", Callback.ticket_id.is_not(None))) == len(pairs)
        report_id = session.scalar(select(InstallationReport.id).where(InstallationReport.result == "installed")
                                   .limit(1))
    waiting = [t for t in DispatchService(sqlite_db).waiting_tickets(actor_for(sqlite_db, "dispatch"))
               if t.kind == "installation"]
    assert waiting
    assert InstallationService(sqlite_db).list_page(clerk).total == sum(states.values())
    # A demo acceptance prints with its signature: the stored digest matches the stored content.
    data = InstallationPrintService(sqlite_db, None).acceptance_data(clerk, report_id)  # type: ignore[arg-type]
    assert data.customer_signature is not None and data.installed
