"""PostgreSQL: the saves' statements are prepared on the server and survive a refused save's rollback; reads are
never prepared and are planned for their values (issue 18, "Saves from many PCs")."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.database import Database
from desktop.errors import ConcurrentEditError, ValidationError
from desktop.services.tickets.ticket_service import TicketService
from tests.conftest import actor_for
from tests.services.intake_factories import open_ticket, register

pytestmark = pytest.mark.postgres


def _prepared(database: Database) -> dict[str, tuple[int, int]]:
    """Statement text -> (generic plans, custom plans) used, on the one pooled connection these single-threaded
    tests use."""
    with database.read.begin() as session:
        return {s: (int(g), int(c)) for s, g, c in session.execute(
            text("SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements"))}


def test_saves_are_prepared_and_reads_are_not(pg_db: Database) -> None:
    clerk = actor_for(pg_db, "clerk")
    customer = register(pg_db, clerk)
    for _ in range(3):
        opened = open_ticket(pg_db, clerk, customer)
    TicketService(pg_db).detail(clerk, opened.id)
    prepared = _prepared(pg_db)
    # The ticket form's key lookups opt in (read again after every save and every refused stale edit).
    assert [s for s in prepared if "FROM ticket_event" in s and s.startswith("SELECT")]
    inserts = [s for s in prepared if s.startswith("INSERT INTO ticket (")]
    assert len(inserts) == 1, prepared.keys()
    # One prepared statement, reused (PostgreSQL plans its first five runs for their values).
    generic, custom = prepared[inserts[0]]
    assert generic + custom >= 2
    # actor_for and the factories read through the read session: none of those statements is prepared.
    assert not [s for s in prepared if "app_user.username" in s]


def test_a_refused_save_keeps_the_prepared_statements(pg_db: Database) -> None:
    """A stale edit is rolled back: psycopg would forget (DEALLOCATE) every prepared statement at a rollback, and
    the next saves would all be prepared and planned again."""
    clerk = actor_for(pg_db, "clerk")
    ticket = open_ticket(pg_db, clerk, register(pg_db, clerk))
    tickets = TicketService(pg_db)
    version = tickets.update(clerk, ticket.id, ticket.version, fault_text="第一次修改")
    before = _prepared(pg_db)
    assert before
    with pytest.raises(ConcurrentEditError):
        tickets.update(clerk, ticket.id, version - 1, fault_text="过期的修改")
    with pytest.raises(ValidationError):
        tickets.update(clerk, ticket.id, version, priority="no-such-priority")
    after = _prepared(pg_db)
    assert set(before) <= set(after)
    # The rolled-back transaction left nothing behind, and the next save reuses the plans.
    assert tickets.detail(clerk, ticket.id).fault_text == "第一次修改"
    tickets.update(clerk, ticket.id, version, fault_text="第二次修改")
    reused = _prepared(pg_db)
    updates = [s for s in reused if s.startswith("UPDATE ticket SET fault_text=")]
    assert updates and sum(reused[updates[0]]) == sum(before[updates[0]]) + 1  # the same statement, run once more


def test_reads_are_planned_for_their_values(pg_db: Database) -> None:
    """plan_cache_mode=force_generic_plan (tried for the saves) is not for prepared statements only: it gave every
    read one generic plan, and a search by a common term or by two characters read the whole table (0.9 ms ->
    371 ms on 1,000,000 tickets, bench_tickets.py). PostgreSQL must keep its own choice."""
    with pg_db.write.begin() as session:
        assert session.execute(text("SHOW plan_cache_mode")).scalar() == "auto"
