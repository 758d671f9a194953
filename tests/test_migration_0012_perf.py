"""Migration 0012_perf on a branch that already has tickets: on PostgreSQL every existing search document gets its
bigram column (1-2 character terms are then found from their own index); SQLite keeps its bigram table as it was."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import text

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
from desktop.services.core.ticket_search import bigram_text, newest_matches
from tests.migration_data import insert, old_branch

OPENED = datetime(2026, 11, 20, 8, 30)
DOCS = {1: "AY01-20261120-0001 | 13803720001 | 杨秀英 | 文峰区 | 屋顶水箱漏水",
        2: "AY01-20261120-0002 | 13903720002 | 王建国 | 北关区 | 控制仪显示E1"}


def _at_0009_with_tickets(database: Database) -> None:
    cfg = alembic_config(database)
    with database.engine.connect() as conn, _references_checked_at_the_end(conn), conn.begin():
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009_audit_anchor")
    with database.engine.begin() as conn:
        old_branch(conn)
        insert(conn, "customer", id=1, branch_id=1, name="杨秀英", kind="person", is_key_account=False, note="",
               created_at=OPENED, version=1)
        for ticket_id, doc in DOCS.items():
            insert(conn, "ticket", id=ticket_id, branch_id=1, number=doc.split(" | ")[0], kind="repair",
                   customer_id=1, product_line_id=1, contact_phone="13803720001", status="new", channel="hotline",
                   priority="normal", fault_text=doc.split(" | ")[-1], is_repeat=False, escalation_level=0,
                   opened_at=OPENED, opened_by=2, version=1)
            if database.is_sqlite:
                # What the application wrote at 0009: the document and its bigram side table.
                conn.execute(text("INSERT INTO ticket_search(rowid, doc) VALUES (:id, :doc)"),
                             {"id": ticket_id, "doc": doc})
                conn.execute(text("INSERT INTO ticket_search_bigram(rowid, doc) VALUES (:id, :doc)"),
                             {"id": ticket_id, "doc": bigram_text(doc)})
            else:
                conn.execute(text("INSERT INTO ticket_search(ticket_id, doc) VALUES (:id, :doc)"),
                             {"id": ticket_id, "doc": doc})


def _check_upgraded(database: Database) -> None:
    migrate(database)
    assert current_revision(database) == head_revision(database)
    with database.read.begin() as session:
        if not database.is_sqlite:
            grams = dict(session.execute(text("SELECT ticket_id, grams::text FROM ticket_search")).all())
            assert "'漏水'" in grams[1] and "'杨秀'" in grams[1] and "'e1'" in grams[2]
        # One and two characters, and a long term with a short one, over the documents written before.
        assert newest_matches(session, "漏水", 10) == [1]
        assert newest_matches(session, "杨", 10) == [1]
        assert newest_matches(session, "E1", 10) == [2]
        assert newest_matches(session, "区", 10) == [2, 1]
        assert newest_matches(session, "王建国 控制", 10) == [2]


def _clock_indexes(database: Database) -> dict[str, list[str]]:
    from sqlalchemy import inspect

    with database.engine.connect() as conn:
        return {ix["name"]: ix["column_names"] for ix in inspect(conn).get_indexes("service_clock")}


def _downgrade_to_0009(database: Database) -> None:
    cfg = alembic_config(database)
    with database.engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009_audit_anchor")


def _clock_index_is_partial(database: Database) -> None:
    indexes = _clock_indexes(database)
    assert indexes["ix_service_clock_live_ticket"] == ["ticket_id", "due_at", "commitment"]
    assert "ix_service_clock_open_due" not in indexes
    with database.engine.connect() as conn:
        if database.is_sqlite:
            sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'ix_service_clock_live_ticket'"))
        else:
            sql = conn.execute(text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_service_clock_live_ticket'"))
        assert "met_at IS NULL" in sql.scalar_one()


def test_sqlite_branch_with_tickets_upgrades(tmp_path) -> None:  # type: ignore[no-untyped-def]
    database = open_database(sqlite_url(tmp_path / "old.sqlite3"))
    try:
        _at_0009_with_tickets(database)
        _check_upgraded(database)
        _clock_index_is_partial(database)
        # And back: the index over every clock returns; then up again.
        _downgrade_to_0009(database)
        indexes = _clock_indexes(database)
        assert indexes["ix_service_clock_open_due"] == ["met_at", "due_at"]
        assert "ix_service_clock_live_ticket" not in indexes
        _check_upgraded(database)
        _clock_index_is_partial(database)
    finally:
        database.dispose()


@pytest.mark.postgres
def test_postgres_branch_with_tickets_upgrades(pg_server) -> None:  # type: ignore[no-untyped-def]
    name = pg_server.create_database()
    database = open_database(pg_server.url(name))
    try:
        _at_0009_with_tickets(database)
        _check_upgraded(database)
        _clock_index_is_partial(database)
        # And back: the column and its index go, the documents stay, the index over every clock returns.
        _downgrade_to_0009(database)
        indexes = _clock_indexes(database)
        assert indexes["ix_service_clock_open_due"] == ["met_at", "due_at"]
        assert "ix_service_clock_live_ticket" not in indexes
        with database.engine.connect() as conn:
            columns = set(conn.execute(text("SELECT column_name FROM information_schema.columns "
                                            "WHERE table_name = 'ticket_search'")).scalars())
            assert columns == {"ticket_id", "doc"}
            assert conn.execute(text("SELECT count(*) FROM ticket_search")).scalar() == 2
        # And up again.
        _check_upgraded(database)
        _clock_index_is_partial(database)
    finally:
        database.dispose()
        pg_server.drop_database(name)
