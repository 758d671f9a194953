"""The first opening of the charges, claims, installations and callbacks areas on a long history (issue 18): each
list reads its first page along an index in its own order and stops there; no count over the whole history runs;
the queue header's indicators are bounded by their 30 days; the clock watch reads the open tickets from an index.

The statements are caught as the services send them and their plans read with EXPLAIN QUERY PLAN on SQLite, so a
change that brings back a full pass (a lost index, a GROUP BY over every part used, a count) fails here, not on a
clerk's PC. Paging itself is checked on both databases: the pages join up to the whole list, in the same order."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.database import Database
from desktop.demo.history import generate_history
from desktop.models import InstallationOrder, ReturnClaim, ServiceReport, Ticket
from desktop.services.admin.signing_service import SigningService
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.charges.payment_service import PaymentService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.installations.installation_service import InstallationService
from desktop.services.tickets.ticket_service import TicketService
from tests.conftest import actor_for
from tests.statements import caught_statements


@pytest.fixture
def history(db: Database) -> Database:
    generate_history(db, tickets=600, seed=7)
    return db


@pytest.fixture
def sqlite_history(sqlite_db: Database) -> Database:
    generate_history(sqlite_db, tickets=600, seed=7)
    return sqlite_db


def statements(database: Database) -> Any:
    return caught_statements(database)


def plan(database: Database, statement: str, parameters: Any) -> str:
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    return "\n".join(str(row[-1]) for row in rows)


def the_plan(database: Database, call: Callable[[], object], table: str) -> str:
    """The plan of the first statement `call` sends that reads `table` (FROM or JOIN)."""
    with statements(database) as caught:
        call()
    mine = [(s, p) for s, p in caught if f"FROM {table}" in s or f"JOIN {table}" in s]
    assert mine, f"nothing read {table}"
    return plan(database, *mine[0])


def _lists(database: Database) -> dict[str, Callable[[int, int], Any]]:
    clerk = actor_for(database, "clerk")
    payments = PaymentService(database, SigningService(database))
    claims, installations = ClaimService(database), InstallationService(database)
    return {
        "charges": lambda offset, limit: payments.charges_due(clerk, unpaid_only=False, offset=offset, limit=limit),
        "claims": lambda offset, limit: claims.list_page(clerk, offset=offset, limit=limit),
        "installations": lambda offset, limit: installations.list_page(clerk, offset=offset, limit=limit),
    }


@pytest.mark.parametrize("area", ["charges", "claims", "installations"])
def test_a_list_pages_its_history_without_counting_it(history: Database, area: str) -> None:
    read = _lists(history)[area]
    whole = read(0, 500)
    assert whole.total == len(whole.rows) >= 2  # the last page says nothing more follows
    with statements(history) as caught:
        first = read(0, 1)
    assert not [s for s, _ in caught if "count(" in s.lower()], "a count ran on opening the list"
    # One row, and one more known to follow: the paged list asks for the next page when scrolled to it.
    assert len(first.rows) == 1 and first.total == 2
    walked, offset = list(first.rows), 1
    while offset < first.total:
        page = read(offset, 1)
        walked += page.rows
        offset += len(page.rows)
        first = page
    key = (lambda r: r.report_id) if area == "charges" else (lambda r: r.id)
    assert [key(r) for r in walked] == [key(r) for r in whole.rows]


def test_charges_due_sums_each_visits_parts_and_payments(history: Database) -> None:
    """The per-visit sums (now one visit at a time) against the tables themselves."""
    rows = _lists(history)["charges"](0, 500).rows
    from desktop.models import PartUsage, Payment

    with history.read.begin() as session:
        for row in rows[:40]:
            parts = session.scalar(select(func.coalesce(func.sum(PartUsage.quantity * PartUsage.unit_price_fen), 0))
                                   .where(PartUsage.report_id == row.report_id, PartUsage.charged.is_(True)))
            paid = session.scalar(select(func.coalesce(func.sum(Payment.amount_fen), 0))
                                  .where(Payment.report_id == row.report_id, Payment.status == "valid"))
            assert (row.parts_fen, row.paid_fen) == (parts, paid)
    assert any(r.paid_fen for r in rows) and any(r.parts_fen for r in rows)


def test_the_first_pages_walk_an_index_in_their_own_order(sqlite_history: Database) -> None:
    db = sqlite_history
    lists = _lists(db)
    charges = the_plan(db, lambda: lists["charges"](0, 50), "service_report")
    assert "ix_service_report_departed" in charges and "TEMP B-TREE FOR ORDER BY" not in charges
    # Parts and payments are summed for the visits on the page only, never grouped over the whole tables.
    assert "SCAN part_usage" not in charges and "SCAN payment" not in charges
    claims = the_plan(db, lambda: lists["claims"](0, 50), "return_claim")
    assert "ix_return_claim_created" in claims and "TEMP B-TREE FOR ORDER BY" not in claims
    installations = the_plan(db, lambda: lists["installations"](0, 50), "installation_order")
    assert "TEMP B-TREE FOR ORDER BY" not in installations


def test_the_callback_queue_and_its_header_read_bounded_indexes(sqlite_history: Database) -> None:
    db = sqlite_history
    clerk = actor_for(db, "clerk")
    callbacks = CallbackService(db)
    counts = the_plan(db, lambda: callbacks.counts(clerk), "callback")
    assert "COVERING INDEX ix_callback_status_branch_due" in counts
    indicators = the_plan(db, lambda: callbacks.indicators(clerk), "callback")
    assert "ix_callback_first_due (first_due_at>? AND first_due_at<?)" in indicators


def test_the_clock_watch_reads_the_running_clocks_of_open_tickets_from_indexes(sqlite_history: Database) -> None:
    db = sqlite_history
    clerk = actor_for(db, "clerk")
    watch = the_plan(db, lambda: TicketService(db).clock_watch(clerk), "service_clock")
    assert "ix_service_clock_live_ticket" in watch and "SCAN service_clock" not in watch
    assert "ix_ticket_status_opened" in watch


@pytest.mark.postgres
def test_postgresql_holds_the_open_tickets_ids_in_the_status_index(pg_db: Database) -> None:
    """The clock watch's open tickets come from the index alone: ix_ticket_status_opened carries id and branch."""
    with pg_db.read.begin() as session:
        definition = session.scalar(select(func.pg_get_indexdef(func.to_regclass("ix_ticket_status_opened"))))
    assert definition is not None and "INCLUDE (id, branch_id)" in definition


def test_the_generated_history_holds_what_these_checks_need(history: Database) -> None:
    with history.read.begin() as session:
        held = {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (ServiceReport, ReturnClaim, InstallationOrder, Ticket)}
    assert all(n and n >= 2 for n in held.values()), held


@pytest.mark.postgres
def test_postgresql_plans_the_clock_watch_in_one_process_for_that_read_only(pg_db: Database) -> None:
    clerk = actor_for(pg_db, "clerk")
    with pg_db.read.begin() as session:
        default = session.scalar(select(func.current_setting("max_parallel_workers_per_gather")))
    with statements(pg_db) as caught:
        TicketService(pg_db).clock_watch(clerk)
    sent = [s for s, _ in caught]
    serial = [i for i, s in enumerate(sent) if s == "SET LOCAL max_parallel_workers_per_gather = 0"]
    watch = [i for i, s in enumerate(sent) if "FROM service_clock" in s]
    assert serial and watch and serial[0] < watch[0]
    with pg_db.read.begin() as session:  # SET LOCAL ended with the watch's transaction
        assert session.scalar(select(func.current_setting("max_parallel_workers_per_gather"))) == default != "0"


def test_the_care_reminders_read_a_batch_of_units_reminders_by_index(sqlite_history: Database) -> None:
    """Only maintenance reminders have a unit: once ANALYZE has seen the table, SQLite rates the plain unit_id
    index as useless (NULL in nearly every row) and read the whole callback table for every batch of 500 units
    (50 s on a million tickets). The partial index over the rows with a unit keeps it to the batch."""
    from sqlalchemy import text

    from desktop.services.callbacks.care_service import CareService

    db = sqlite_history
    with db.write.begin() as session:
        session.execute(text("ANALYZE"))
    with statements(db) as caught:
        CareService(db).schedule_reminders(actor_for(db, "clerk"))
    mine = [(s, p) for s, p in caught if "FROM callback" in s and "callback.care_due_on" in s]
    assert mine, "the reminders of no batch were read"
    reminders = plan(db, *mine[0])
    assert "ix_callback_unit_care" in reminders and "SCAN callback" not in reminders, reminders
