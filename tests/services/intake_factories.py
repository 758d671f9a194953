"""Small helpers for the intake and ticket tests: the catalogue, a registered customer with a unit."""

from __future__ import annotations

from datetime import date

from desktop.database import Database
from desktop.services.core.actor import Actor
from desktop.services.tickets.customer_service import CustomerService, NewAddress, NewUnit, ProductLineRow, Registration
from desktop.services.tickets.ticket_service import NewTicket, OpenedTicket, TicketService


def line(customers: CustomerService, actor: Actor, code: str = "solar") -> ProductLineRow:
    return next(pl for pl in customers.catalogue(actor) if pl.code == code)


def fault(product_line: ProductLineRow, code: str) -> int:
    return next(f.id for f in product_line.faults if f.code == code)


def register(db: Database, actor: Actor, *, phone: str = "13803720001", name: str = "王建国",
             serial: str = "LT2025000001", detail: str = "中华路 12 号阳光小区 3 号楼", district: str = "文峰区",
             sold: date = date(2025, 5, 1)) -> Registration:
    customers = CustomerService(db)
    solar = line(customers, actor)
    return customers.register(actor, name=name, phone=phone, address=NewAddress(district, detail),
                              unit=NewUnit(solar.models[0].id, serial, sold, sold))


def open_ticket(db: Database, actor: Actor, reg: Registration, *, fault_code: str = "leak", text: str = "水箱漏水",
                note: str | None = None, phone: str = "13803720001") -> OpenedTicket:
    customers, tickets = CustomerService(db), TicketService(db)
    solar = line(customers, actor)
    return tickets.open_ticket(actor, NewTicket(reg.customer_id, phone, "hotline", fault(solar, fault_code), text,
                                                unit_id=reg.unit_id), resolved_by_phone_note=note)
