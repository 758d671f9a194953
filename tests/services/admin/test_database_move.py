"""Moving a SQLite branch (demo history) onto a real, empty PostgreSQL database: everything arrives, search and
numbering work on the server, the audit chain verifies, and a refusal or a failure leaves the server as it was."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desktop.database import Database, migrate, open_database, sqlite_url
from desktop.demo.history import generate_history
from desktop.errors import StateError, ValidationError
from desktop.models import AuditLog, Ticket
from desktop.services.admin import database_move
from desktop.services.core import audit, ticket_search
from tests.conftest import actor_for
from tests.pg_server import PostgresServer
from tests.services.intake_factories import open_ticket, register

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, seeded_sqlite_template: Path) -> Path:
    """The demo branch with a history of tickets in every state (copied per test)."""
    path = tmp_path_factory.mktemp("move") / "demo.sqlite3"
    path.write_bytes(seeded_sqlite_template.read_bytes())
    database = open_database(sqlite_url(path))
    generate_history(database, tickets=150, seed=2026)
    database.dispose()
    return path


@pytest.fixture
def source(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "branch.sqlite3"
    path.write_bytes(demo_file.read_bytes())
    database = open_database(sqlite_url(path))
    yield database
    database.dispose()


@pytest.fixture
def empty_server(pg_server: PostgresServer) -> Iterator[Database]:
    name = pg_server.create_database()
    database = open_database(pg_server.url(name))
    yield database
    database.dispose()
    pg_server.drop_database(name)


def _counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in database_move._tables()}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _terms(database: Database) -> tuple[str, str]:
    """A two-character Chinese term and a longer one, taken from the tickets' own fault texts."""
    with database.read.begin() as session:
        texts = list(session.scalars(select(Ticket.fault_text).order_by(Ticket.id)))
    runs = [run for t in texts for run in re.findall(r"[\u4e00-\u9fff]{3,}", t)]
    assert runs, "the demo history has Chinese fault texts"
    middle = runs[len(runs) // 2]
    return middle[-2:], middle[:4]  # both from one ticket, so the two together find it too


def _found(database: Database, term: str) -> set[int]:
    with database.read.begin() as session:
        return set(ticket_search.newest_matches(session, term, limit=100_000))


def test_move_copies_the_branch_and_the_server_works_afterwards(source: Database, empty_server: Database) -> None:
    admin = actor_for(source, "admin")
    before = _counts(source)
    path = source.sqlite_path
    assert path is not None
    source.dispose()  # the file's bytes are compared whole: no open connection keeps a WAL beside it
    file_before = _digest(path)

    database_move.check_source(source)
    database_move.prepare_target(empty_server)
    steps: list[str] = []
    result = database_move.move(source, empty_server, admin, lambda step, done, total: steps.append(step), batch=97)
    source.dispose()

    assert _digest(path) == file_before  # the SQLite file is the untouched fallback
    after = _counts(empty_server)
    assert after[AuditLog.__tablename__] == before[AuditLog.__tablename__] + 1  # the move's own record
    after[AuditLog.__tablename__] -= 1
    assert after == before
    assert before["ticket"] >= 150 and result.tickets == before["ticket"] == result.tickets_indexed
    assert {"copy", "index", "check"} <= set(steps)

    short, long = _terms(source)
    assert len(short) == 2 and len(long) >= 3
    for term in (short, long, f"{short} {long}"):
        on_sqlite = _found(source, term)
        assert on_sqlite, term
        assert _found(empty_server, term) == on_sqlite, term

    with empty_server.read.begin() as session:
        chain = audit.verify_chain(session)
        last = session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
        numbers = set(session.scalars(select(Ticket.number)))
        top = session.scalar(select(func.max(Ticket.id)))
    assert chain.ok and chain.records == result.audit_records == before[AuditLog.__tablename__] + 1
    assert last.action == "database.move_to_server" and last.user_id == admin.user_id

    # Working on the server: new rows take ids after the copied ones and the next number in the series.
    clerk = actor_for(empty_server, "clerk")
    reg = register(empty_server, clerk, phone="13903729999", serial="LT2099000001")
    opened = open_ticket(empty_server, clerk, reg, phone="13903729999", text="迁移后新开的工单漏水")
    assert opened.number not in numbers
    with empty_server.read.begin() as session:
        new_id = session.scalar(select(Ticket.id).where(Ticket.number == opened.number))
        assert audit.verify_chain(session).ok
    assert new_id is not None and top is not None and new_id > top
    assert _found(empty_server, "迁移后新开") == {new_id}


def test_a_server_holding_data_is_refused_and_left_untouched(source: Database, pg_db: Database) -> None:
    before = _counts(pg_db)
    with pg_db.engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    with pytest.raises(StateError) as refused:
        database_move.prepare_target(pg_db)
    assert refused.value.code == "move_target_not_empty" and refused.value.params["rows"] > 0
    # The copy itself checks again inside its transaction (a server filled since it was prepared).
    with pytest.raises(StateError) as again:
        database_move.move(source, pg_db, actor_for(source, "admin"))
    assert again.value.code == "move_target_not_empty"
    assert _counts(pg_db) == before
    with pg_db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == revision


def test_a_failure_half_way_leaves_the_server_empty(source: Database, empty_server: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    database_move.prepare_target(empty_server)
    real_rows = database_move._rows_of

    def rows_breaking_visits(conn: Any, table: Any, batch: int) -> Iterator[list[dict[str, Any]]]:
        for rows in real_rows(conn, table, batch):
            if table.name == "visit":
                rows[-1]["ticket_id"] = None  # a real NOT NULL refusal from PostgreSQL, after many tables went in
            yield rows

    monkeypatch.setattr(database_move, "_rows_of", rows_breaking_visits)
    with pytest.raises(StateError) as failed:
        database_move.move(source, empty_server, actor_for(source, "admin"))
    assert failed.value.code == "move_failed" and failed.value.params["table"] == "visit"
    counts = _counts(empty_server)
    assert counts["audit_head"] == 32  # the fresh schema's lanes, as before the move
    assert {name: n for name, n in counts.items() if n and name != "audit_head"} == {}
    with empty_server.engine.connect() as conn:
        assert database_move._holding_rows(conn) is None
    # ... so the move can simply be run again.
    monkeypatch.setattr(database_move, "_rows_of", real_rows)
    result = database_move.move(source, empty_server, actor_for(source, "admin"))
    assert result.tickets == _counts(source)["ticket"]


def test_only_a_sound_source_at_this_programs_schema_moves(source: Database, tmp_path: Path) -> None:
    path = source.sqlite_path
    assert path is not None
    source.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0008_consultations_quality'")
    with pytest.raises(StateError) as old:
        database_move.check_source(source)
    assert old.value.code == "move_source_old"
    other = open_database(sqlite_url(tmp_path / "other.sqlite3"))
    try:
        migrate(other)
        with pytest.raises(ValidationError) as not_server:  # a server, never a second SQLite file
            database_move.prepare_target(other)
        assert not_server.value.code == "move_target_not_server"
    finally:
        other.dispose()


def test_only_a_supervisor_moves_the_branch(source: Database, empty_server: Database) -> None:
    from desktop.errors import PermissionDenied

    database_move.prepare_target(empty_server)
    with pytest.raises(PermissionDenied):
        database_move.move(source, empty_server, actor_for(source, "clerk"))
    with empty_server.engine.connect() as conn:
        assert database_move._holding_rows(conn) is None
