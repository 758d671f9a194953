"""Engine, the two session factories, and migrate(): back up the SQLite file, then Alembic upgrade head.

A start that finds the schema at head costs one query: the head revision is read from the migration files' own
`revision`/`down_revision` lines, and Alembic (with Mako) is imported only when an upgrade must run."""

from __future__ import annotations

import functools
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop import paths
from desktop.audit_anchors import Signer
from desktop.errors import DatabaseUnavailableError
from desktop.sqlite_backup import backup_file

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
# Tables that say "this file is ours"; a SQLite file with tables but none of these is foreign.
OWN_TABLES = {"alembic_version", "ticket", "branch"}


# Objects that live only in migrations (full-text search tables, trigram indexes) are not ORM models,
# so Alembic's model comparison must not see them.
MIGRATION_ONLY_TABLE_PREFIXES = ("ticket_search",)
MIGRATION_ONLY_INDEX_PREFIXES = ("ix_trgm_", "ix_fts_")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    if type_ == "table" and name and name.startswith(MIGRATION_ONLY_TABLE_PREFIXES):
        return False
    return not (type_ == "index" and name and name.startswith(MIGRATION_ONLY_INDEX_PREFIXES))


def sqlite_url(path: Path) -> URL:
    """A URL object for a SQLite file. Never a formatted string: a folder named `用户 张三`, `50%`, `a#b` or `why?`
    would be percent-encoded, cut at `#`/`?`, or taken as a query string when parsed back."""
    return URL.create("sqlite+pysqlite", database=str(Path(path)))


def as_url(url: str | URL | Path) -> URL:
    """Accept what a user or a caller has: a URL object, a file path, or a URL string typed on the command line."""
    if isinstance(url, URL):
        return url
    if isinstance(url, Path):
        return sqlite_url(url)
    text = str(url).strip()
    if "://" not in text:
        # A plain path given to --database: the file, whatever characters its folders hold.
        return sqlite_url(Path(text))
    return make_url(text)


def postgres_url(*, host: str, database: str, username: str | None = None, password: str | None = None,
                 port: int | None = None) -> URL:
    """Built from its parts so that a password holding `%`, `@` or `:` needs no escaping by the user."""
    return URL.create("postgresql+psycopg", username=username or None, password=password or None,
                      host=host, port=port, database=database)


def display_url(url: URL) -> str:
    """What a person reads: the file path for SQLite (not its percent-encoded URL), the server without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own handling defers it badly).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # synchronous=FULL: an acknowledged save survives power loss, not only a killed process.
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # Writers take the write lock up front: a deferred transaction that reads and then writes
        # fails with "database is locked" at once, without honouring the busy timeout.
        if connection.get_execution_options().get("sqlite_immediate"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


# Server-side prepared statements, for the saves only (issue 18, "Saves from many PCs"). Planning a statement is
# most of what the server spends on a save's lookups and inserts: prepared once per connection, and planned once
# PostgreSQL settles on its generic plan (below), a save costs the server half the CPU. The reads never prepare:
# for a search such as `doc ILIKE $1` a generic plan walks the whole table newest first (1.1 s for a rare name on
# 1,000,000 tickets instead of 1 ms through the trigram index), so an unnamed statement is planned for its values
# every time.
# - psycopg prepares a statement only when asked (`prepare=True`, below): its automatic threshold is out of reach.
# - PostgreSQL plans a prepared statement for its values five times, then keeps the generic plan when it costs no
#   more: for the saves' key lookups and inserts it does. plan_cache_mode=force_generic_plan would skip those five,
#   but it is not for one connection's named statements only: it also gives the unnamed statements (every read,
#   planned for its values) one generic plan, and a search by a common term or two characters then read the whole
#   table (0.9 ms -> 371 ms on 1,000,000 tickets). So it stays at auto.
# - psycopg forgets its prepared statements at every ROLLBACK (a refused stale edit): _rollback_keeping_prepared.
_PREPARED = "service_desk_prepare"
# A read that looks rows up by key only may opt in: `statement.execution_options(**PREPARED)` (the ticket form's
# queries, read again after every save and every refused stale edit).
PREPARED: dict[str, bool] = {_PREPARED: True}
_POSTGRES_CONNECT = {"prepare_threshold": 2**62}


def _install_postgres_prepare(engine: Engine) -> None:
    @event.listens_for(engine, "do_execute")
    def _prepare_saves(cursor: Any, statement: str, parameters: Any, context: Any) -> bool | None:
        if context.execution_options.get(_PREPARED):
            cursor.execute(statement, parameters, prepare=True)
            return True
        return None  # SQLAlchemy's own execute

    # SQLAlchemy ends every transaction that is not committed (a refused save, a connection going back to the
    # pool) through the dialect's do_rollback; this engine's dialect alone.
    engine.dialect.do_rollback = _rollback_keeping_prepared  # type: ignore[method-assign]


def _rollback_keeping_prepared(dbapi_connection: Any) -> None:
    """ROLLBACK without psycopg's DEALLOCATE ALL. psycopg forgets every prepared statement at a rollback, in case
    the transaction had created or altered what they refer to; a save never changes the schema (migrations run at
    start, before anything is prepared), and on a busy branch a stale edit is refused, so rolled back, several
    times a minute: every statement of the next saves would be prepared and planned again (measured: CPU per save
    up by half on both sides). The server keeps prepared statements across a rollback."""
    from psycopg import OperationalError as DriverError
    from psycopg import pq

    pgconn = dbapi_connection.pgconn
    if pgconn.transaction_status == pq.TransactionStatus.IDLE:
        return
    with dbapi_connection.lock:
        result = pgconn.exec_(b"ROLLBACK")
    if result.status != pq.ExecStatus.COMMAND_OK:
        raise DriverError("rollback failed: " + pgconn.error_message.decode("utf-8", "replace"))


@dataclass
class Database:
    """One engine and two session factories: `write` (locks for writing at once) and `read`."""

    engine: Engine
    write: sessionmaker[Session]
    read: sessionmaker[Session]

    @property
    def url(self) -> str:
        """For display and logs only: never parsed back into a URL."""
        return display_url(self.engine.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | URL | Path | None = None) -> Database:
    """Open (not yet migrate) the database at `url`, default: the SQLite file in the user data folder."""
    parsed = as_url(url) if url else sqlite_url(paths.default_database_path())
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_pragmas(engine)
        writer_bind: Engine = engine.execution_options(sqlite_immediate=True)
    else:
        # pool_pre_ping: a branch server that restarted overnight must not break the first save.
        engine = create_engine(parsed, pool_pre_ping=True, pool_size=5, connect_args=_POSTGRES_CONNECT)
        _install_postgres_prepare(engine)
        writer_bind = engine.execution_options(**{_PREPARED: True})
    return Database(
        engine=engine,
        write=sessionmaker(bind=writer_bind, expire_on_commit=False),
        read=sessionmaker(bind=engine, expire_on_commit=False),
    )


def open_existing_database(url: str | URL | Path | None = None) -> Database:
    """For the console commands: open a database that must already exist, and reach it now.

    Never creates anything: SQLite would make an empty file for a missing path (and `export` would then report
    "needs an upgrade" about a database nobody wanted). A server that cannot be reached, or refuses the sign-in,
    raises DatabaseUnavailableError naming the server, never a driver traceback."""
    from desktop.credentials import with_stored_password

    parsed = with_stored_password(as_url(url) if url else sqlite_url(paths.default_database_path()))
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        if not path.is_file() or path.stat().st_size == 0:
            raise DatabaseUnavailableError("database_missing", path=str(path), default=not url)
    database = open_database(parsed)
    try:
        with database.engine.connect():
            pass
    except (OperationalError, DatabaseError) as exc:
        database.dispose()
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()
        raise DatabaseUnavailableError("database_unreachable", server=display_url(parsed),
                                       detail=detail[0] if detail else "") from exc
    try:
        refuse_newer(database)
    except BaseException:
        database.dispose()
        raise
    return database


def alembic_config(database: Database | None = None) -> Config:
    """Alembic runs on the app's own connection (cfg.attributes["connection"]); no URL ever goes into its
    ConfigParser, where `%` is interpolation syntax and a percent-encoded Chinese folder name breaks it."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()).replace("%", "%%"))
    return cfg


# PRAGMA quick_check reads every page: about 6 s per GB here, 25 s for a million tickets. Up to this size a start
# still runs it; a larger file is checked page by page by the day's backup (integrity_check of its copy), by every
# backup and restore, and before any migration, while a start reads only its header and schema.
QUICK_CHECK_MAX_BYTES = 128 * 2**20


def check_sqlite_file(path: Path, *, thorough: bool | None = None) -> None:
    """Refuse a corrupt or foreign file with a code the start-up dialog turns into a choice. thorough=None: the
    page-by-page check for files up to QUICK_CHECK_MAX_BYTES only."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if thorough is None:
        thorough = path.stat().st_size <= QUICK_CHECK_MAX_BYTES
    try:
        # as_uri() percent-encodes `%`, `#`, `?` and spaces; a raw path in a URI would open another file.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise DatabaseUnavailableError("database_unreachable", path=str(path), detail=str(exc)) from exc
    try:
        # Reading the schema reads the header and the first pages: a file that is not a database fails here.
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        result = conn.execute("PRAGMA quick_check").fetchone() if thorough else ("ok",)
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnavailableError("database_corrupt", path=str(path), detail=str(exc)) from exc
    finally:
        conn.close()
    if result is None or result[0] != "ok":
        raise DatabaseUnavailableError("database_corrupt", path=str(path), detail=str(result))
    if tables and not (tables & OWN_TABLES):
        raise DatabaseUnavailableError("database_foreign", path=str(path))


def backup_sqlite(database: Database, reason: str, target_dir: Path | None = None,
                  signer: Signer | None = None) -> Path | None:
    """Copy the live SQLite database with the online backup API (safe while other PCs write)."""
    source = database.sqlite_path
    if source is None:
        return None
    return backup_file(source, reason, target_dir, signer)


def current_revision(database: Database) -> str | None:
    """The schema revision stamped in the database (None when it has none): one query, no Alembic."""
    with database.engine.connect() as conn:
        try:
            versions = list(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars())
        except DBAPIError:
            conn.rollback()
            if conn.dialect.has_table(conn, "alembic_version"):
                raise  # the table is there: the failure is something else (a lock, the server)
            return None  # a new (empty) or foreign database
    # Alembic keeps one row per head; this schema history has a single head, so two rows mean "not ours at head".
    return versions[0] if len(versions) == 1 else None


_REVISION_LINE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


def migration_heads(versions_dir: Path | None = None) -> set[str]:
    """The revisions no other migration revises, read from the files' `revision = ...` and `down_revision = ...`
    lines (what Alembic itself reads, without importing it or running the files)."""
    folder = versions_dir or paths.migrations_dir() / "versions"
    revisions: set[str] = set()
    revised: set[str] = set()
    for file in folder.glob("*.py"):
        found = dict(_REVISION_LINE.findall(file.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions.update(_QUOTED.findall(found["revision"]))
        revised.update(_QUOTED.findall(found.get("down_revision", "")))
    return revisions - revised


def head_revision(database: Database | None = None) -> str | None:
    """The newest revision the migration files know; Alembic decides only if the files' lines are ambiguous."""
    heads = migration_heads()
    if len(heads) == 1:
        return next(iter(heads))
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(database)).get_current_head()


def revisions_named_in(versions_dir: Path) -> frozenset[str]:
    """Every `revision = ...` the migration files in `versions_dir` name (read as text: no Alembic, nothing run)."""
    revisions: set[str] = set()
    for file in versions_dir.glob("*.py"):
        found = dict(_REVISION_LINE.findall(file.read_text(encoding="utf-8")))
        revisions.update(_QUOTED.findall(found.get("revision", "")))
    return frozenset(revisions)


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every revision this program's migration files name: a database stamped with any other one was upgraded by
    a newer program."""
    return revisions_named_in(paths.migrations_dir() / "versions")


def refuse_newer(database: Database, current: str | None = None) -> None:
    """Stop before anything is written when a newer program has upgraded this database (another PC runs the new
    version): this one cannot know its tables, and Alembic could not even downgrade it. Read only."""
    current = current_revision(database) if current is None else current
    if current is not None and current not in known_revisions():
        from desktop import __version__

        raise DatabaseUnavailableError("database_newer", path=display_url(database.engine.url), version=__version__)


def migrate(database: Database, backup_dir: Path | None = None) -> None:
    """Back up (when there is something to lose and a migration will run), then upgrade to head."""
    path = database.sqlite_path
    if path is not None:
        check_sqlite_file(path)
    try:
        current = current_revision(database)
        head = head_revision(database)
        if current == head:
            return
        # Before the backup and before Alembic: a newer database is neither copied, upgraded nor touched.
        refuse_newer(database, current)
        has_tables = bool(inspect(database.engine).get_table_names())
        if has_tables and current is None:
            raise DatabaseUnavailableError("database_foreign", path=str(path or database.url))
        if has_tables and path is not None:
            # A migration rewrites tables: never on a damaged file, whatever its size.
            check_sqlite_file(path, thorough=True)
        if has_tables:
            backup_sqlite(database, "pre-migration", backup_dir)
        run_migrations(database, "upgrade", "head")
    except (OperationalError, DatabaseError) as exc:
        raise DatabaseUnavailableError("database_unreachable", detail=str(exc.orig)) from exc


def run_migrations(database: Database, direction: str, revision: str) -> None:
    """Alembic upgrade (or downgrade) on one connection in one transaction, with SQLite's references checked at the
    end instead of at every table rebuild (see _references_checked_at_the_end)."""
    from alembic import command

    cfg = alembic_config(database)
    with (database.engine.connect() as connection, _references_checked_at_the_end(connection),
          connection.begin()):
        cfg.attributes["connection"] = connection
        getattr(command, direction)(cfg, revision)
        _check_references(connection)


@contextmanager
def _references_checked_at_the_end(connection: Connection) -> Iterator[None]:
    """SQLite batch migrations rebuild a table (copy, DROP, rename); with foreign keys enforced, dropping a table
    that other rows point at fails. SQLite's own procedure for schema changes: enforcement off outside the
    transaction, then PRAGMA foreign_key_check before the commit (_check_references)."""
    raw = connection.connection.dbapi_connection if connection.dialect.name == "sqlite" else None
    if raw is None:
        yield
        return
    # pysqlite runs in autocommit mode here (no transaction has begun), where this PRAGMA takes effect.
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def _check_references(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        # Raised inside the transaction: the upgrade is rolled back and the file stays as it was.
        raise DatabaseUnavailableError("database_unreachable", detail=f"migration broke references: {broken[:5]}")


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """Used by scripts and tests; services use `with factory.begin()` directly."""
    with factory.begin() as session:
        yield session
