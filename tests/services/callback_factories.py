"""Small ORM factories for callback tests: customer, unit, a completed ticket with a visit and report."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from desktop.clock import utc_now
from desktop.database import Database
from desktop.models import (
    Branch,
    Customer,
    CustomerAddress,
    CustomerPhone,
    Engineer,
    Part,
    PartUsage,
    ProductModel,
    ServiceReport,
    Ticket,
    Unit,
    User,
    Visit,
)
from desktop.services.callbacks.callback_hooks import create_after_completion
from desktop.services.core.actor import Actor

_seq = itertools.count(1)


@dataclass(frozen=True)
class Made:
    customer_id: int
    unit_id: int
    ticket_id: int | None
    ticket_number: str
    callback_id: int | None


def make_customer(session, branch_id: int, *, name: str = "王建国", key_account: bool = False,
                  installed: date | None = None, model_code: str = "LT-18-1800") -> tuple[Customer, Unit]:  # type: ignore[no-untyped-def]
    n = next(_seq)
    now = utc_now()
    customer = Customer(branch_id=branch_id, name=name, kind="person", is_key_account=key_account, created_at=now)
    customer.phones.append(CustomerPhone(branch_id=branch_id, number=f"1390372{n:04d}", kind="mobile"))
    customer.addresses.append(CustomerAddress(province="河南省", city="安阳市", district="文峰区",
                                              detail=f"人民路 {n} 号"))
    session.add(customer)
    session.flush()
    model = session.scalars(select(ProductModel).where(ProductModel.code == model_code)).one()
    unit = Unit(customer_id=customer.id, model_id=model.id, address_id=customer.addresses[0].id,
                serial=f"CB{n:06d}", invoice_date=min(date(2025, 5, 1), installed or date(2025, 5, 3)),
                installation_date=installed or date(2025, 5, 3),
                created_at=now)
    session.add(unit)
    session.flush()
    return customer, unit


def make_completed_ticket(db: Database, actor: Actor, *, status: str = "completed", with_callback: bool = True,
                          key_account: bool = False, completed_at: datetime | None = None,
                          model_code: str = "LT-18-1800") -> Made:
    """A ticket already at `status` (as dispatch would leave it), with one visit and its report."""
    with db.write.begin() as session:
        branch = session.get(Branch, actor.branch_id)
        assert branch is not None
        customer, unit = make_customer(session, branch.id, key_account=key_account, model_code=model_code)
        model = session.get(ProductModel, unit.model_id)
        assert model is not None
        n = next(_seq)
        opened = (completed_at or utc_now()) - timedelta(hours=5)
        ticket = Ticket(branch_id=branch.id, number=f"{branch.code}-20260101-{n:04d}", customer_id=customer.id,
                        unit_id=unit.id, address_id=unit.address_id, product_line_id=model.product_line_id,
                        contact_phone=customer.phones[0].number, status=status, channel="hotline",
                        fault_text="不出热水", opened_at=opened, opened_by=actor.user_id,
                        completed_at=(completed_at or utc_now()) if status == "completed" else None)
        session.add(ticket)
        session.flush()
        engineer = session.scalars(select(Engineer).order_by(Engineer.id)).first()
        assert engineer is not None
        visit = Visit(ticket_id=ticket.id, engineer_id=engineer.id, round=1, status="resolved",
                      planned_start=opened + timedelta(hours=1), planned_end=opened + timedelta(hours=3),
                      created_at=opened, created_by=actor.user_id)
        session.add(visit)
        session.flush()
        report = ServiceReport(visit_id=visit.id, arrived_at=opened + timedelta(hours=1),
                               departed_at=opened + timedelta(hours=2), cause="电热管结垢", work_done="更换电热管",
                               result="resolved", recorded_at=opened + timedelta(hours=2), recorded_by=actor.user_id)
        session.add(report)
        session.flush()
        part = session.scalars(select(Part).where(Part.product_line_id == model.product_line_id)
                               .order_by(Part.id)).first()
        assert part is not None
        session.add(PartUsage(report_id=report.id, part_id=part.id, quantity=1, unit_price_fen=part.price_fen,
                              charged=False))
        callback_id = None
        if with_callback and status in ("completed", "resolved_by_phone"):
            callback_id = create_after_completion(session, ticket, actor).id
        return Made(customer.id, unit.id, ticket.id, ticket.number, callback_id)


def user_id(db: Database, username: str) -> int:
    with db.read.begin() as session:
        return session.scalars(select(User.id).where(User.username == username)).one()
