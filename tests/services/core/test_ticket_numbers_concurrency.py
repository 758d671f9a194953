"""Two clerks saving at the same moment never get the same number, and numbers have no gaps (both databases)."""

from __future__ import annotations

import threading

from desktop.clock import local_date_of, utc_now
from desktop.database import Database
from desktop.errors import ValidationError
from desktop.services.core.actor import Actor
from desktop.services.tickets.ticket_service import NewTicket, TicketService
from tests.conftest import actor_for
from tests.services.intake_factories import fault, line, register

CLERKS = 4
TICKETS_EACH = 6


def test_concurrent_intake_gives_unique_gapless_numbers(db: Database, clerk: Actor) -> None:
    from desktop.services.tickets.customer_service import CustomerService

    reg = register(db, clerk)
    leak = fault(line(CustomerService(db), clerk), "leak")
    admin = actor_for(db, "admin")
    service = TicketService(db)
    start = threading.Barrier(CLERKS)
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def clerk_at_desk(actor: Actor, k: int) -> None:
        start.wait()
        for i in range(TICKETS_EACH):
            try:
                # Every third save is refused (text too long): a refused save takes no number.
                text = "x" * 3000 if (k + i) % 3 == 0 else f"漏水 {k}-{i}"
                opened = service.open_ticket(actor, NewTicket(reg.customer_id, "13803720001", "hotline", leak, text,
                                                              unit_id=reg.unit_id))
            except ValidationError:
                continue
            except BaseException as exc:  # reported by the assertion below
                with lock:
                    errors.append(exc)
                continue
            with lock:
                numbers.append(opened.number)

    threads = [threading.Thread(target=clerk_at_desk, args=(clerk if k % 2 else admin, k)) for k in range(CLERKS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    expected = sum(1 for k in range(CLERKS) for i in range(TICKETS_EACH) if (k + i) % 3 != 0)
    day = f"{local_date_of(utc_now()):%Y%m%d}"
    assert sorted(numbers) == [f"AY01-{day}-{seq:04d}" for seq in range(1, expected + 1)]
