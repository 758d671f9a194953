"""Rows for claim tests, inserted with the ORM so the claim tests do not depend on the intake or field services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from desktop.clock import BRANCH_TZ
from desktop.database import Database
from desktop.models import (
    Customer,
    CustomerPhone,
    Engineer,
    FaultCategory,
    ProductLine,
    ProductModel,
    ServiceReport,
    Ticket,
    Unit,
    User,
    Visit,
)

_counter = {"n": 0}


def noon(day: date) -> datetime:
    """Local noon of a branch day as aware UTC (the convention every stored time follows)."""
    return datetime.combine(day, time(12, 0), BRANCH_TZ).astimezone(UTC)


def _next(prefix: str) -> str:
    _counter["n"] += 1
    return f"{prefix}{_counter['n']:05d}"


@dataclass(frozen=True)
class UnitRef:
    customer_id: int
    unit_id: int
    model_id: int
    serial: str


def make_unit(database: Database, *, invoice_date: date | None, installation_date: date | None = None,
              production_date: date | None = None, proof: str = "invoice", usage: str = "household",
              price_fen: int | None = 300_000, model_code: str = "LT-18-1800", installed_by_us: bool = True,
              customer_name: str = "刘女士") -> UnitRef:
    with database.write.begin() as session:
        branch_id = session.scalar(select(User.branch_id).where(User.username == "admin"))
        now = datetime.now(UTC)
        customer = Customer(branch_id=branch_id, name=customer_name, created_at=now)
        session.add(customer)
        session.flush()
        session.add(CustomerPhone(branch_id=branch_id, customer_id=customer.id, number=_next("138000"),
                                  kind="mobile"))
        model = session.scalars(select(ProductModel).where(ProductModel.code == model_code)).one()
        serial = _next("SN")
        unit = Unit(customer_id=customer.id, model_id=model.id, serial=serial, invoice_date=invoice_date,
                    installation_date=installation_date, production_date=production_date, proof=proof, usage=usage,
                    installed_by_us=installed_by_us, invoice_price_fen=price_fen, created_at=now)
        session.add(unit)
        session.flush()
        return UnitRef(customer.id, unit.id, model.id, serial)


def make_ticket(database: Database, unit: UnitRef, *, opened: date, fault: str = "leak", status: str = "new",
                completed: date | None = None) -> tuple[int, str]:
    with database.write.begin() as session:
        user = session.scalars(select(User).where(User.username == "clerk")).one()
        line_id = session.scalar(select(ProductModel.product_line_id).where(ProductModel.id == unit.model_id))
        fault_id = session.scalar(select(FaultCategory.id).where(FaultCategory.product_line_id == line_id,
                                                                 FaultCategory.code == fault))
        phone = session.scalar(select(CustomerPhone.number).where(CustomerPhone.customer_id == unit.customer_id))
        ticket = Ticket(branch_id=user.branch_id, number=f"AY01-{opened:%Y%m%d}-{_next('')[-4:]}",
                        customer_id=unit.customer_id, unit_id=unit.unit_id, product_line_id=line_id,
                        contact_phone=phone, status=status, channel="hotline", fault_category_id=fault_id,
                        fault_text="漏水", opened_at=noon(opened), opened_by=user.id,
                        completed_at=noon(completed) if completed else None)
        session.add(ticket)
        session.flush()
        return ticket.id, ticket.number


def add_report(database: Database, ticket_id: int, *, day: date, result: str = "resolved",
               labour_fen: int = 0) -> int:
    """One visit with its service report; a labour charge makes it a paid repair (R-RW)."""
    with database.write.begin() as session:
        user = session.scalars(select(User).where(User.username == "engineer")).one()
        engineer_id = session.scalar(select(Engineer.id).order_by(Engineer.id).limit(1))
        start = noon(day) - timedelta(hours=2)
        visit = Visit(ticket_id=ticket_id, engineer_id=engineer_id, status="resolved" if result == "resolved"
                      else "unresolved", planned_start=start, planned_end=start + timedelta(hours=2),
                      created_at=start, created_by=user.id)
        session.add(visit)
        session.flush()
        report = ServiceReport(visit_id=visit.id, arrived_at=start, departed_at=noon(day), cause="内胆焊缝渗漏",
                               work_done="补焊", result=result, labour_charge_fen=labour_fen, recorded_at=noon(day),
                               recorded_by=user.id)
        session.add(report)
        session.flush()
        return report.id


def product_line_id(database: Database, code: str) -> int:
    with database.read.begin() as session:
        return session.scalars(select(ProductLine.id).where(ProductLine.code == code)).one()
