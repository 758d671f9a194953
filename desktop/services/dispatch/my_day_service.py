"""My day (engineer): the signed-in engineer's own visits for today and tomorrow, with the customer's address,
phone and the agreed time; arrival, result and printing go through the visit and print services as on the board,
which refuse any visit that is not theirs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from desktop.clock import local_today
from desktop.errors import NotFoundError
from desktop.models import Customer, CustomerAddress, Engineer, ProductLine, ProductModel, Ticket, Unit, Visit
from desktop.rules.phones import format_phone
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.own_work import own_engineer_id
from desktop.services.dispatch.dispatch_service import local_midnight

DAYS = 2


@dataclass(frozen=True)
class MyVisit:
    id: int
    ticket_id: int
    ticket_number: str
    status: str
    round: int
    planned_start: datetime
    planned_end: datetime
    agreed_start: datetime | None
    agreed_end: datetime | None
    customer_name: str
    phone: str
    address: str
    product_line: str
    product_line_name_zh: str
    product_line_name_en: str
    model: str
    serial: str
    fault: str
    version: int


@dataclass(frozen=True)
class MyDay:
    engineer_id: int
    engineer_name: str
    first_day: date
    visits: tuple[MyVisit, ...]


class MyDayService(Service):
    def visits(self, actor: Actor, first_day: date | None = None) -> MyDay:
        """Today's and tomorrow's visits of the engineer linked to this account (cancelled ones left out)."""
        first_day = first_day or local_today()
        start = local_midnight(first_day).astimezone(UTC)
        end = local_midnight(first_day + timedelta(days=DAYS)).astimezone(UTC)
        with self._reading(actor, "my_day.read") as session:
            engineer_id = own_engineer_id(session, actor)
            if engineer_id is None:
                raise NotFoundError("engineer_link_missing", "user")
            engineer_name = session.scalar(select(Engineer.name).where(Engineer.id == engineer_id)) or ""
            rows = session.execute(
                select(Visit, Ticket.number, Ticket.contact_phone, Ticket.fault_text, Customer.name,
                       CustomerAddress.province, CustomerAddress.city, CustomerAddress.district,
                       CustomerAddress.detail, ProductLine.code, ProductLine.name_zh, ProductLine.name_en,
                       ProductModel.name, Unit.serial, CustomerAddress.town)
                .join(Ticket, Ticket.id == Visit.ticket_id)
                .join(Customer, Customer.id == Ticket.customer_id)
                .join(ProductLine, ProductLine.id == Ticket.product_line_id)
                .outerjoin(CustomerAddress, CustomerAddress.id == Ticket.address_id)
                .outerjoin(Unit, Unit.id == Ticket.unit_id)
                .outerjoin(ProductModel, ProductModel.id == Unit.model_id)
                .where(Visit.engineer_id == engineer_id, Visit.status != "cancelled",
                       Visit.planned_start < end, Visit.planned_end > start)
                .order_by(Visit.planned_start, Visit.id)
            ).all()
        visits = tuple(
            MyVisit(v.id, v.ticket_id, number, v.status, v.round, v.planned_start, v.planned_end, v.agreed_start,
                    v.agreed_end, name, format_phone(phone), "".join(p for p in (city, district, town, detail) if p),
                    line_code, line_zh, line_en, model or "", serial or "", fault, v.version)
            for v, number, phone, fault, name, _province, city, district, detail, line_code, line_zh, line_en,
            model, serial, town in rows)
        return MyDay(engineer_id, engineer_name, first_day, visits)
