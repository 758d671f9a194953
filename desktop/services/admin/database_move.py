"""Move a single-PC branch from its SQLite file onto a PostgreSQL server (`service-desk-cli move-to-server`).

The SQLite file is only read, in one read transaction (a consistent snapshot even with the WAL), and stays as it was:
the fallback if the server does not work out. The server must be empty: its schema is migrated to this program's
head first, then every table is copied in foreign-key order, in batches, inside ONE transaction, so a failure at any
point leaves the server as empty as it was. Before that transaction commits: the sequences continue after the
copied ids, the search index the PostgreSQL side keeps is rebuilt by the same code that writes it at intake, every
table's row count is compared with the source and the audit chain is verified; the move itself is audited.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, FromClause, Integer, Table, delete, func, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.database import Database, current_revision, display_url, head_revision, migrate, refuse_newer
from desktop.errors import DatabaseUnavailableError, StateError, ValidationError
from desktop.models import AuditHead, Ticket
from desktop.models.base import Base
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.permissions import require
from desktop.services.core.ticket_search import index_tickets

log = logging.getLogger(__name__)

PERMISSION = "backup.manage"
BATCH = 2000
# Rows a freshly migrated schema already holds (migration 0009 makes the audit lanes, all at their start): such a
# server still counts as empty, and these rows are replaced by the source's.
SEEDED_BY_MIGRATIONS = {"audit_head"}
# Objects kept by migrations only (desktop.database.MIGRATION_ONLY_TABLE_PREFIXES): rebuilt, never copied.
SEARCH_TABLE = "ticket_search"

# (what is being done, done so far, total): steps are "copy" (rows), "index" (tickets), "check" (tables).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class TableCount:
    table: str
    rows: int


@dataclass(frozen=True)
class MoveResult:
    tables: tuple[TableCount, ...]
    rows: int
    tickets: int
    tickets_indexed: int
    audit_records: int  # on the server after the move, its own record included
    seconds: float


def _tables() -> list[Table]:
    import desktop.models  # noqa: F401  every model registered on the metadata

    return list(Base.metadata.sorted_tables)


def check_source(source: Database) -> None:
    """The SQLite file must be sound (integrity and references) and at this program's schema head."""
    from desktop.sqlite_backup import integrity_problem

    path = source.sqlite_path
    if path is None:
        raise ValidationError("move_source_not_sqlite", "from", source=source.url)
    problem = integrity_problem(path)
    if problem is None:
        with source.engine.connect() as conn:
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            problem = f"{len(broken)} broken references, first in {broken[0][0]}"
    if problem is not None:
        raise DatabaseUnavailableError("database_corrupt", path=str(path), detail=problem)
    current = current_revision(source)
    refuse_newer(source, current)
    if current != head_revision(source):
        # The program upgrades its own file (after a backup) at start; a console tool does not do it behind its back.
        raise StateError("move_source_old", path=str(path))


def _count(conn: Connection, table: FromClause | str) -> int:
    target = text(table) if isinstance(table, str) else table
    return int(conn.execute(select(func.count()).select_from(target)).scalar_one())


def _holding_rows(conn: Connection, present: set[str] | None = None) -> TableCount | None:
    """The first table of the server that holds data (None when it is empty or only as a fresh migration left it);
    `present`: the tables that exist, when the schema may be older or partial."""
    for table in _tables():
        if present is not None and table.name not in present:
            continue
        if table.name in SEEDED_BY_MIGRATIONS:
            rows = _count(conn, select(AuditHead.id).where(AuditHead.last_id != 0).subquery())
        else:
            rows = _count(conn, table)
        if rows:
            return TableCount(table.name, rows)
    if present is not None and SEARCH_TABLE not in present:
        return None
    rows = _count(conn, SEARCH_TABLE)
    return TableCount(SEARCH_TABLE, rows) if rows else None


def prepare_target(target: Database) -> None:
    """A PostgreSQL database that holds no data: migrated to head here (a server with tables of another program,
    with data, or upgraded by a newer program is refused untouched)."""
    if target.is_sqlite:
        raise ValidationError("move_target_not_server", "to", target=target.url)
    with target.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        holding = _holding_rows(conn, names) if "alembic_version" in names else None
    if holding is not None:
        # Checked before migrating: a server with data is never upgraded by this command either.
        raise StateError("move_target_not_empty", server=target.url, table=holding.table, rows=holding.rows)
    refuse_newer(target)
    migrate(target)
    with target.engine.connect() as conn:
        holding = _holding_rows(conn)
    if holding is not None:
        raise StateError("move_target_not_empty", server=target.url, table=holding.table, rows=holding.rows)


def _rows_of(source: Connection, table: Table, batch: int) -> Iterator[list[dict[str, Any]]]:
    keys = [column.key for column in table.c]
    result = source.execution_options(yield_per=batch).execute(
        select(table).order_by(*table.primary_key.columns))
    for part in result.partitions(batch):
        yield [dict(zip(keys, row, strict=True)) for row in part]


def _continue_sequences(conn: Connection) -> None:
    """Serial/identity columns continue after the copied ids: the next ticket, visit or audit record never collides."""
    quote = conn.dialect.identifier_preparer.quote
    for table in _tables():
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer) or pk[0].autoincrement is False:
            continue
        # Names from the models, quoted by the dialect; the values are bound.
        name, column = quote(table.name), quote(pk[0].name)
        conn.execute(text(f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                          f"COALESCE((SELECT MAX({column}) FROM {name}), 0) + 1, false)"),
                     {"table": name, "column": pk[0].name})


def _rebuild_search(session: Session, tickets: int, batch: int, progress: Progress) -> int:
    """The server's search rows, written by the intake's own indexer (so both ways of writing them agree)."""
    done = 0
    last = 0
    while True:
        ids: Sequence[int] = list(session.scalars(
            select(Ticket.id).where(Ticket.id > last).order_by(Ticket.id).limit(batch)))
        if not ids:
            return done
        index_tickets(session, ids)
        done += len(ids)
        last = ids[-1]
        progress("index", done, tickets)


def move(source: Database, target: Database, actor: Actor, progress: Progress | None = None,
         batch: int = BATCH) -> MoveResult:
    """Copy the branch from `source` (SQLite, checked by check_source) onto `target` (prepared by prepare_target).

    Raises StateError("move_failed"/"move_check_failed") with the target rolled back to empty."""
    require(actor, PERMISSION)
    report = progress or (lambda step, done, total: None)
    started = time.monotonic()
    tables = _tables()
    copied: list[TableCount] = []
    with source.engine.connect() as src, src.begin():  # one read transaction: a consistent snapshot
        counts = {table.name: _count(src, table) for table in tables}
        total = sum(counts.values())
        with Session(bind=target.engine) as session, session.begin():
            conn = session.connection()
            if (holding := _holding_rows(conn)) is not None:
                raise StateError("move_target_not_empty", server=target.url, table=holding.table, rows=holding.rows)
            done = 0
            for table in tables:
                if table.name in SEEDED_BY_MIGRATIONS:
                    conn.execute(delete(table))
                try:
                    for rows in _rows_of(src, table, batch):
                        conn.execute(insert(table), rows)
                        done += len(rows)
                        report("copy", done, total)
                except DBAPIError as exc:
                    detail = str(exc.orig or exc).strip().splitlines()
                    log.error("moving table %s failed", table.name, exc_info=True)
                    raise StateError("move_failed", table=table.name,
                                     detail=detail[0] if detail else type(exc).__name__) from exc
                copied.append(TableCount(table.name, counts[table.name]))
            _continue_sequences(conn)
            tickets = counts[Ticket.__tablename__]
            indexed = _rebuild_search(session, tickets, batch, report)
            for number, table in enumerate(tables, 1):
                found = _count(conn, table)
                if found != counts[table.name]:
                    raise StateError("move_check_failed", table=table.name, expected=counts[table.name], found=found)
                report("check", number, len(tables))
            if _count(conn, SEARCH_TABLE) != tickets:
                raise StateError("move_check_failed", table=SEARCH_TABLE, expected=tickets,
                                 found=_count(conn, SEARCH_TABLE))
            chain = audit.verify_chain(session)
            if not chain.ok:
                raise StateError("move_audit_broken", record=chain.first_bad_id, problem=chain.problem or "")
            audit.record(session, actor, "database.move_to_server", "branch", actor.branch_id, None, {
                "from": source.sqlite_path.name if source.sqlite_path else source.url, "rows": total,
                "tables": len(tables), "tickets": tickets, "run_as": actor.username, "via": "console"})
    with target.read.begin() as session:
        after = audit.verify_chain(session)
    if not after.ok:  # cannot happen unless the server changed the rows it was given: say so, never hide it
        raise StateError("move_audit_broken", record=after.first_bad_id, problem=after.problem or "")
    seconds = time.monotonic() - started
    log.info("moved %s rows (%s tickets) from %s to %s in %.1f s", total, tickets, source.url,
             display_url(target.engine.url), seconds)
    return MoveResult(tuple(copied), total, tickets, indexed, after.records, seconds)
