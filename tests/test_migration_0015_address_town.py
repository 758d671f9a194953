"""Migration 0015_address_town on a branch that already has addresses: every address keeps its key and gets an empty
town, a new address stores its town, and the namesake check still finds a customer stored before the upgrade. Down
(the town goes, the addresses stay) and up again on both databases."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import MetaData, Table, inspect, text

from desktop.database import (
    Database,
    _references_checked_at_the_end,
    alembic_config,
    current_revision,
    head_revision,
    migrate,
    open_database,
    sqlite_url,
)
from desktop.errors import ValidationError
from desktop.rules.addresses import address_key
from desktop.services.tickets.customer_service import CustomerService, NewAddress
from tests.conftest import actor_for
from tests.migration_data import insert, old_branch

CREATED = datetime(2026, 11, 20, 8, 30)
# Ids written by hand, above those PostgreSQL's sequences hand out to the registrations below.
SEEDED = 900
DETAILS = ("光明路 3 号 2 栋", "王家庄村 17 号", "３ 号院２栋 ５０１")


def _migrate_to(database: Database, revision: str, direction: str = "upgrade") -> None:
    cfg = alembic_config(database)
    with database.engine.connect() as conn, _references_checked_at_the_end(conn), conn.begin():
        cfg.attributes["connection"] = conn
        getattr(command, direction)(cfg, revision)


def _at_0014_with_addresses(database: Database) -> None:
    _migrate_to(database, "0014_address_key")
    with database.engine.begin() as conn:
        old_branch(conn)
        insert(conn, "customer", id=SEEDED, branch_id=1, name="王建国", kind="person", is_key_account=False, note="",
               created_at=CREATED, version=1)
        assert "town" not in Table("customer_address", MetaData(), autoload_with=conn).c  # as 0014 had it
        for n, detail in enumerate(DETAILS, start=1):
            insert(conn, "customer_address", id=SEEDED + n, customer_id=SEEDED, province="河南省", city="安阳市",
                   district="安阳县", detail=detail, detail_key=address_key(detail))


def _check_upgraded(database: Database, round_no: int) -> None:
    migrate(database)
    assert current_revision(database) == head_revision(database) == "0015_address_town"
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, detail, detail_key, town FROM customer_address "
                                 "WHERE customer_id = 900 ORDER BY id")).all()
    assert [(r[1], r[2], r[3]) for r in rows] == [(d, address_key(d), "") for d in DETAILS]
    clerk = actor_for(database, "clerk")
    service = CustomerService(database)
    with pytest.raises(ValidationError) as info:
        service.register(clerk, name="王健国", phone=f"1390372000{round_no}",
                         address=NewAddress("安阳县", "3号院2号楼501", town="吕村镇"))
    assert info.value.code == "similar_customer" and info.value.params["customer_id"] == SEEDED
    made = service.register(clerk, name="李秀英", phone=f"1390372010{round_no}",
                            address=NewAddress("安阳县", f"王家庄村 {20 + round_no} 号", town="吕村镇"))
    with database.engine.connect() as conn:
        town = conn.execute(text("SELECT town FROM customer_address WHERE id = :id"), {"id": made.address_id})
        assert town.scalar() == "吕村镇"


def _downgraded(database: Database) -> None:
    _migrate_to(database, "0014_address_key", "downgrade")
    with database.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("customer_address")}
        keys = conn.execute(text("SELECT detail_key FROM customer_address WHERE customer_id = 900 "
                                 "ORDER BY id")).scalars().all()
    assert "town" not in columns and "detail_key" in columns
    assert keys == [address_key(d) for d in DETAILS]


def test_sqlite_branch_with_addresses_upgrades(tmp_path) -> None:  # type: ignore[no-untyped-def]
    database = open_database(sqlite_url(tmp_path / "old.sqlite3"))
    try:
        _at_0014_with_addresses(database)
        _check_upgraded(database, 1)
        _downgraded(database)
        _check_upgraded(database, 2)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_postgres_branch_with_addresses_upgrades(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.create_database()
    database = open_database(pg_server.url(name))
    try:
        _at_0014_with_addresses(database)
        _check_upgraded(database, 1)
        _downgraded(database)
        _check_upgraded(database, 2)
    finally:
        database.dispose()
        pg_server.drop_database(name)
