"""Child process for the multi-seat test: one clerk's PC opening tickets until a deadline.

Prints one line per outcome: "OK <id> <number>" only after the save returned (acknowledged to the clerk),
"UNAVAILABLE <detail>" for a DatabaseUnavailableError (e.g. "database is locked"), "ERROR <repr>" for anything else.
"""

from __future__ import annotations

import sys
import time

from desktop.database import open_database
from desktop.errors import DatabaseUnavailableError
from desktop.services.tickets.ticket_service import NewTicket, TicketService
from tests.conftest import actor_for


def main(url: str, username: str, customer_id: int, unit_id: int, fault_id: int, start_at: float,
         seconds: float) -> None:
    database = open_database(url)
    actor = actor_for(database, username)
    tickets = TicketService(database)
    while time.time() < start_at:
        time.sleep(0.005)
    deadline = start_at + seconds
    n = 0
    while time.time() < deadline:
        n += 1
        try:
            opened = tickets.open_ticket(actor, NewTicket(customer_id, "13803720001", "hotline", fault_id,
                                                          f"{username} 第{n}单", unit_id=unit_id))
        except DatabaseUnavailableError as exc:
            print(f"UNAVAILABLE {exc} {exc.params.get('detail', '')}", flush=True)
            continue
        except Exception as exc:
            print(f"ERROR {exc!r}", flush=True)
            continue
        print(f"OK {opened.id} {opened.number}", flush=True)
        # A clerk never saves twice within milliseconds. Without this pause one process can re-take SQLite's
        # write lock the instant it commits while the other sleeps in the busy handler, which starves the
        # other process (a test artefact, not a lost save: the waiting save still completes).
        time.sleep(0.02)
    database.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), float(sys.argv[6]),
         float(sys.argv[7]))
