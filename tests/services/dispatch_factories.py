"""Small ORM factory for dispatch tests: a customer with an address, a unit and a ticket waiting on the board.

Independent of the intake services on purpose (they are built in parallel); rows are inserted directly."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from sqlalchemy import select

from desktop.clock import BRANCH_TZ, local_today, utc_now
from desktop.database import Database
from desktop.models import Customer, CustomerAddress, Engineer, ProductLine, ProductModel, Ticket, Unit, User

_counter = itertools.count(1)


def make_ticket(db: Database, *, district: str = "文峰区", line: str = "solar", status: str = "new",
                customer_name: str = "王先生", opened_at: datetime | None = None, town: str = "") -> int:
    n = next(_counter)
    with db.write.begin() as session:
        branch_id, user_id = session.execute(select(User.branch_id, User.id).where(User.username == "clerk")).one()
        line_id = session.scalar(select(ProductLine.id).where(ProductLine.code == line))
        model_id = session.scalar(select(ProductModel.id).where(ProductModel.product_line_id == line_id).limit(1))
        now = opened_at or utc_now()
        customer = Customer(branch_id=branch_id, name=customer_name, created_at=now)
        address = CustomerAddress(province="河南省", city="安阳市", district=district, town=town,
                                  detail=f"中华路 {n} 号")
        customer.addresses.append(address)
        session.add(customer)
        session.flush()
        unit = Unit(customer_id=customer.id, model_id=model_id, address_id=address.id, serial=f"SN-T{n:06d}",
                    created_at=now)
        session.add(unit)
        session.flush()
        ticket = Ticket(branch_id=branch_id, number=f"AY01-TEST-{n:06d}", customer_id=customer.id, unit_id=unit.id,
                        address_id=address.id, product_line_id=line_id, contact_phone="13900000000", status=status,
                        channel="hotline", fault_text="不出热水", opened_at=now, opened_by=user_id)
        session.add(ticket)
        session.flush()
        return ticket.id


def engineer_id(db: Database, name: str) -> int:
    with db.read.begin() as session:
        return session.scalars(select(Engineer.id).where(Engineer.name == name)).one()


def ticket_version(db: Database, ticket_id: int) -> int:
    with db.read.begin() as session:
        return session.scalars(select(Ticket.version).where(Ticket.id == ticket_id)).one()


def next_weekday(weekday: int, hour: int, minutes: int = 0, *, weeks_ahead: int = 0) -> datetime:
    """Aware local datetime on the coming `weekday` (Monday = 0) at hour:minutes."""
    today = local_today()  # the branch's day, not the machine's
    days = (weekday - today.weekday()) % 7 or 7
    day = today + timedelta(days=days + 7 * weeks_ahead)
    return datetime(day.year, day.month, day.day, hour, minutes, tzinfo=BRANCH_TZ)


def set_onsite_window(db: Database, line: str, minutes: int) -> None:
    """Tests plan days ahead; a long window keeps 'after the deadline' out of tests that are not about it."""
    with db.write.begin() as session:
        session.scalars(select(ProductLine).where(ProductLine.code == line)).one().onsite_window_minutes = minutes
