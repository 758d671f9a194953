"""Child process for the multi-seat test: one clerk's PC opening tickets until told to stop.

Hand-shake through files, not the clock, so a busy machine only makes the test slower, never wrong: the child prints
"READY" once it has imported and connected, starts when the `go` file appears, and stops when the `stop` file
appears (the parent creates it once both clerks have saved enough, after a minimum time side by side).

Prints one line per outcome: "OK <id> <number>" only after the save returned (acknowledged to the clerk),
"UNAVAILABLE <detail>" for a DatabaseUnavailableError (e.g. "database is locked"), "ERROR <repr>" for anything else.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop.database import open_database
from desktop.errors import DatabaseUnavailableError
from desktop.services.tickets.ticket_service import NewTicket, TicketService
from tests.conftest import actor_for

# Never run forever if the parent died before creating the stop file.
GIVE_UP_SECONDS = 240


def main(url: str, username: str, customer_id: int, unit_id: int, fault_id: int, go: Path, stop: Path) -> None:
    database = open_database(url)
    actor = actor_for(database, username)
    tickets = TicketService(database)
    print("READY", flush=True)
    give_up = time.monotonic() + GIVE_UP_SECONDS
    while not go.exists() and time.monotonic() < give_up:
        time.sleep(0.005)
    n = 0
    while not stop.exists() and time.monotonic() < give_up:
        n += 1
        try:
            opened = tickets.open_ticket(actor, NewTicket(customer_id, "13803720001", "hotline", fault_id,
                                                          f"{username} 第{n}单", unit_id=unit_id))
        except DatabaseUnavailableError as exc:
            detail = str(exc.params.get('detail', '')).replace('\n', ' ')
            print(f"UNAVAILABLE {exc.code} {detail}", flush=True)
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
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), Path(sys.argv[6]),
         Path(sys.argv[7]))
