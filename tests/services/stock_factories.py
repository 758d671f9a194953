"""Stocking the warehouse and an engineer's van through the real stock service, for tests that record parts used."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from desktop.clock import BRANCH_TZ, local_today, utc_now
from desktop.database import Database
from desktop.models import Engineer, FaultCategory, Part, Ticket, Unit
from desktop.services.dispatch.dispatch_records import PartUse, ReportRow, VisitResult, VisitRow
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.visit_service import VisitService
from desktop.services.stock.stock_service import StockService
from tests.conftest import actor_for
from tests.services.dispatch_factories import engineer_id, make_ticket, set_onsite_window, ticket_version


def part_ids(db: Database, *codes: str) -> dict[str, int]:
    with db.read.begin() as session:
        return dict(session.execute(select(Part.code, Part.id).where(Part.code.in_(codes))).all())


def stock_van(db: Database, engineer: int | str, parts: Mapping[str, int]) -> None:
    """Receipt into the warehouse, then issue to the engineer's van: the van holds exactly `parts` more."""
    boss = actor_for(db, "admin")
    stock = StockService(db)
    with db.read.begin() as session:
        engineer_id = engineer if isinstance(engineer, int) else session.scalars(
            select(Engineer.id).where(Engineer.name == engineer)).one()
    ids = part_ids(db, *parts)
    for code, quantity in parts.items():
        stock.receive(boss, ids[code], quantity, reference="test delivery")
    stock.issue(boss, engineer_id, [(ids[code], quantity) for code, quantity in parts.items()])


def set_unit_dates(db: Database, ticket_id: int, *, sold: date | None, installed: date | None = None,
                   proof: str = "invoice") -> None:
    """The ticket's unit bought (and installed) on these days: decides its warranty status for charges."""
    with db.write.begin() as session:
        ticket = session.get(Ticket, ticket_id)
        unit = session.get(Unit, ticket.unit_id)
        unit.invoice_date, unit.installation_date, unit.proof = sold, installed or sold, proof
        unit.production_date = (sold or date.today()) - timedelta(days=30)


def planned_visit(db: Database, *, line: str = "solar", engineer: str = "张师傅", days_ahead: int | None = None,
                  fault: str | None = None) -> tuple[int, VisitRow]:
    """A ticket with a visit for `engineer`: from three hours ago (so a sheet can come back now), or at 09:00
    branch time `days_ahead` days from today."""
    set_onsite_window(db, line, 30 * 24 * 60)
    ticket = make_ticket(db, line=line, customer_name="王建国", opened_at=utc_now() - timedelta(days=2))
    if fault is not None:
        with db.write.begin() as session:
            row = session.get(Ticket, ticket)
            row.fault_category_id = session.scalars(
                select(FaultCategory.id).where(FaultCategory.product_line_id == row.product_line_id,
                                               FaultCategory.code == fault)).one()
    if days_ahead is None:
        start = utc_now().replace(second=0, microsecond=0) - timedelta(hours=3)
    else:
        start = datetime.combine(local_today() + timedelta(days=days_ahead), time(9), tzinfo=BRANCH_TZ)
    visit = DispatchService(db).plan_visit(actor_for(db, "dispatch"), ticket, engineer_id(db, engineer), start,
                                           start + timedelta(hours=2), expected_version=ticket_version(db, ticket),
                                           # Day off, after hours: whatever the clock says when the test runs.
                                           override_reason="测试安排")
    return ticket, visit


def record_visit(db: Database, visit: VisitRow, parts: Sequence[PartUse] = (), **result: Any) -> ReportRow:
    """The returned sheet of a visit: arrived two hours ago, left an hour ago, resolved unless said otherwise."""
    now = utc_now().replace(microsecond=0)
    fields: dict[str, Any] = {"arrived_at": now - timedelta(hours=2), "departed_at": now - timedelta(hours=1),
                              "result": "resolved", "cause": "控制仪损坏", "work_done": "更换控制仪",
                              "parts": tuple(parts)}
    fields.update(result)
    # The desk types in the returned sheet of any engineer (an engineer may record only their own visits).
    return VisitService(db).record_result(actor_for(db, "dispatch"), visit.id, VisitResult(**fields),
                                          version=visit.version)
