"""Migration 0014_address_key on a branch that already has addresses: every address gets its key (also past the
first batch), the index is there, and a registration then finds a namesake stored before the upgrade however the
address is typed now. Down and up again on both databases."""

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
# More than the migration's batch (5000), so that the keys of a second batch are checked too.
FILLER = 5003
NAMESAKE_DETAIL = "３ 号院２栋 ５０１"  # full-width digits and spaces, as a Chinese input method leaves them


def _migrate_to(database: Database, revision: str, direction: str = "upgrade") -> None:
    cfg = alembic_config(database)
    with database.engine.connect() as conn, _references_checked_at_the_end(conn), conn.begin():
        cfg.attributes["connection"] = conn
        getattr(command, direction)(cfg, revision)


def _at_0013_with_addresses(database: Database) -> None:
    _migrate_to(database, "0013_care_index")
    with database.engine.begin() as conn:
        old_branch(conn)
        insert(conn, "customer", id=1, branch_id=1, name="住户", kind="person", is_key_account=False, note="",
               created_at=CREATED, version=1)
        insert(conn, "customer", id=2, branch_id=1, name="王建国", kind="person", is_key_account=False, note="",
               created_at=CREATED, version=1)
        addresses = Table("customer_address", MetaData(), autoload_with=conn)
        assert "detail_key" not in addresses.c  # the table as 0013 had it
        conn.execute(addresses.insert(), [
            {"id": n, "customer_id": 1, "province": "河南省", "city": "安阳市", "district": "文峰区",
             "detail": f"光明路 {n} 号 {n % 7 + 1} 号楼"} for n in range(1, FILLER + 1)])
        insert(conn, "customer_address", id=FILLER + 1, customer_id=2, province="河南省", city="安阳市",
               district="文峰区", detail=NAMESAKE_DETAIL)


def _check_upgraded(database: Database) -> None:
    migrate(database)
    assert current_revision(database) == head_revision(database)
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, detail, detail_key FROM customer_address ORDER BY id")).all()
        indexes = {ix["name"]: ix["column_names"] for ix in inspect(conn).get_indexes("customer_address")}
    assert len(rows) == FILLER + 1
    wrong = [(i, detail, key) for i, detail, key in rows if key != address_key(detail)]
    assert wrong == []
    assert rows[0][2] == "光明路1号2#" and rows[-1][2] == "3号院2#501"
    assert indexes["ix_customer_address_district_detail_key"] == ["district", "detail_key"]
    clerk = actor_for(database, "clerk")
    with pytest.raises(ValidationError) as info:
        CustomerService(database).register(clerk, name="王健国", phone="13903720002",
                                           address=NewAddress("文峰区", "3号院2号楼501"))
    assert info.value.code == "similar_customer" and info.value.params["customer_id"] == 2


def _downgraded(database: Database) -> None:
    _migrate_to(database, "0013_care_index", "downgrade")
    with database.engine.connect() as conn:
        columns = {c["name"] for c in inspect(conn).get_columns("customer_address")}
        indexes = {ix["name"] for ix in inspect(conn).get_indexes("customer_address")}
        assert conn.execute(text("SELECT count(*) FROM customer_address")).scalar() == FILLER + 1
    assert "detail_key" not in columns and "ix_customer_address_district_detail_key" not in indexes


def test_sqlite_branch_with_addresses_upgrades(tmp_path) -> None:  # type: ignore[no-untyped-def]
    database = open_database(sqlite_url(tmp_path / "old.sqlite3"))
    try:
        _at_0013_with_addresses(database)
        _check_upgraded(database)
        _downgraded(database)
        _check_upgraded(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_postgres_branch_with_addresses_upgrades(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.create_database()
    database = open_database(pg_server.url(name))
    try:
        _at_0013_with_addresses(database)
        _check_upgraded(database)
        with database.engine.connect() as conn:
            # The default that let SQLite add the column in place is gone here: a row without its key is refused.
            default = conn.execute(text("SELECT column_default FROM information_schema.columns "
                                        "WHERE table_name = 'customer_address' AND column_name = 'detail_key'"))
            assert default.scalar() is None
        _downgraded(database)
        _check_upgraded(database)
    finally:
        database.dispose()
        pg_server.drop_database(name)
