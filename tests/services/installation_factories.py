"""Helpers for installation tests: a sold unit, its installation order planned and agreed, an acceptance."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from desktop.clock import BRANCH_TZ, local_date_of, local_today, utc_now
from desktop.database import Database
from desktop.models import Visit
from desktop.printing.signature import make_signature, signature_to_json
from desktop.services.core.actor import Actor
from desktop.services.dispatch.dispatch_records import VisitRow
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.installations.installation_records import InstallationResult, OpenedInstallation
from desktop.services.installations.installation_service import InstallationService
from desktop.services.tickets.customer_service import CustomerService, NewAddress, NewUnit, Registration
from tests.services.dispatch_factories import engineer_id, set_onsite_window, ticket_version
from tests.services.intake_factories import line

ALL_CHECKS = {item: True for item in ("packaging_intact", "parts_complete", "serial_matches", "drilling_agreed",
                                      "test_run_ok", "site_cleaned")}


def sold_unit(db: Database, actor: Actor, *, phone: str = "13903720001", name: str = "李秀英",
              serial: str = "LT-SOLD-0001", sold: date | None = None, price_fen: int | None = 268_000,
              detail: str = "人民大道 88 号", line_code: str = "solar") -> Registration:
    """A sale just registered: customer, address and a unit with its invoice but no installation date yet."""
    customers = CustomerService(db)
    product_line = line(customers, actor, line_code)
    return customers.register(actor, name=name, phone=phone, address=NewAddress("北关区", detail),
                              unit=NewUnit(product_line.models[0].id, serial, sold or local_today() - timedelta(days=1),
                                           None, invoice_price_fen=price_fen))


def open_order(db: Database, actor: Actor, reg: Registration, *, requested: date | None = None,
               phone: str = "13903720001") -> OpenedInstallation:
    from desktop.services.installations.installation_records import NewInstallation

    return InstallationService(db).open_installation(actor, NewInstallation(
        reg.customer_id, int(reg.unit_id or 0), phone, requested or local_today(), sold_by="文峰区专卖店",
        note="楼顶安装"))


def planned_visit(db: Database, ticket_id: int, start: datetime | None = None, *, agree: bool = True,
                  line_code: str = "solar") -> VisitRow:
    """Planned on the board (and agreed with the customer) three hours before now, so the sheet can come back."""
    set_onsite_window(db, line_code, 30 * 24 * 60)
    from tests.conftest import actor_for

    dispatcher = actor_for(db, "dispatch")
    dispatch = DispatchService(db)
    start = start or (utc_now() - timedelta(hours=3)).replace(second=0, microsecond=0)
    visit = dispatch.plan_visit(dispatcher, ticket_id, engineer_id(db, "张师傅"), start, start + timedelta(hours=2),
                                override_reason="测试", expected_version=ticket_version(db, ticket_id))
    if agree:
        visit = dispatch.agree_time(dispatcher, visit.id, start, start + timedelta(hours=2), version=visit.version)
    return visit


def visit_version(db: Database, visit_id: int) -> int:
    with db.read.begin() as session:
        return int(session.scalars(select(Visit.version).where(Visit.id == visit_id)).one())


def acceptance(visit: VisitRow, **changes: Any) -> InstallationResult:
    """Installed within the agreed window, every check ticked, explained, signed on the pad."""
    arrived = visit.agreed_start or visit.planned_start
    departed = min(arrived + timedelta(minutes=90), utc_now() - timedelta(minutes=1))
    strokes = signature_to_json(make_signature(300, 100, [[(10, 10, 0.5), (60, 40, 0.6), (120, 20, 0.5)]]))
    result = InstallationResult(arrived_at=arrived, departed_at=departed, result="installed",
                                installed_on=local_date_of(departed), checks=dict(ALL_CHECKS), use_explained=True,
                                work_note="支架固定，试机正常", customer_comment="安装师傅很细心",
                                signature_strokes_json=strokes)
    return replace(result, **changes)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BRANCH_TZ)
