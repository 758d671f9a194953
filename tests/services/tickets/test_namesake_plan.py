"""The namesake check of a registration reads one address's households by index, on both databases and whatever
the planner knows: SQLite after ANALYZE, PostgreSQL never analysed (a new branch server), for the values and as the
generic plan a prepared save settles on. The search it replaced read every address of a district that began like
the new one (164 ms on 448,000 addresses); an earlier fix planned a loop over every customer on a server that had
never analysed its tables (98 ms at 900 customers)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from desktop.clock import utc_now
from desktop.database import Database, migrate, open_database
from desktop.demo.seed import seed_branch
from desktop.models import Customer, CustomerAddress
from desktop.services.tickets.customer_service import CustomerService, NewAddress
from tests.conftest import FAST_HASHER, actor_for
from tests.statements import caught_statements

INDEX = "ix_customer_address_district_detail_key"


def _address_reads(database: Database) -> Any:
    return caught_statements(database, lambda statement: "FROM customer_address" in statement)


def _branch_of(database: Database, households: int) -> None:
    """`households` customers, one address each, on a few streets of two districts."""
    branch_id = actor_for(database, "clerk").branch_id
    with database.write.begin() as session:
        for n in range(households):
            customer = Customer(branch_id=branch_id, name=f"住户{n}", kind="person", created_at=utc_now())
            customer.addresses.append(CustomerAddress(
                province="河南省", city="安阳市", district=("文峰区", "北关区")[n % 2],
                detail=f"{('光明路', '中华路', '人民大道')[n % 3]} {n % 50} 号 {n} 户"))
            session.add(customer)


def _register(database: Database) -> list[tuple[str, Any]]:
    with _address_reads(database) as caught:
        CustomerService(database).register(actor_for(database, "clerk"), name="路新客", phone="13912345678",
                                           address=NewAddress("文峰区", "光明路 8 号 8 户"))
    assert caught, "the registration read no address"
    return caught


def test_sqlite_reads_the_address_by_its_key(sqlite_db: Database) -> None:
    _branch_of(sqlite_db, 900)
    with sqlite_db.write.begin() as session:
        session.execute(text("ANALYZE"))
    for statement, parameters in _register(sqlite_db):
        with sqlite_db.engine.connect() as conn:
            shown = "\n".join(str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement,
                                                                        parameters))
        # SEARCH both tables (the address by its key, the customer by rowid), SCAN neither.
        assert INDEX in shown and "SCAN" not in shown, shown


@pytest.mark.postgres
def test_postgresql_never_analysed_reads_the_address_by_its_key(pg_server) -> None:  # type: ignore[no-untyped-def]
    # A database of its own, not a copy of the seeded template (whose statistics a copy inherits): like a new
    # branch server, nothing about these tables has ever been analysed.
    name = pg_server.create_database()
    database = open_database(pg_server.url(name))
    try:
        migrate(database)
        seed_branch(database, demo=True, hasher=FAST_HASHER)
        _branch_of(database, 3000)
        with database.engine.connect() as conn:
            never = conn.execute(text("SELECT count(*) FROM pg_class WHERE reltuples < 0 "
                                      "AND relname IN ('customer', 'customer_address')")).scalar()
        assert never == 2, "the point is a server that has not analysed these tables yet"
        for statement, parameters in _register(database):
            for mode in ("auto", "force_generic_plan"):  # as planned for the values, and the prepared save's plan
                with database.engine.connect() as conn:
                    conn.execute(text(f"SET plan_cache_mode = {mode}"))
                    shown = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN ANALYZE " + statement,
                                                                          parameters))
                # The address's households are found once by the key, and their customers by primary key: no
                # loop over the branch's customers, nothing read whole. (Below ten pages of customers, ~1,000,
                # PostgreSQL reads them whole instead of by key: a few hundred microseconds.)
                by_key = [line for line in shown.splitlines() if INDEX in line]
                assert by_key and "loops=1)" in by_key[0], (mode, shown)
                assert "Seq Scan" not in shown and "pk_customer" in shown, (mode, shown)
    finally:
        database.dispose()
        pg_server.drop_database(name)
