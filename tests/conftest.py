"""Test set-up: offscreen Qt, private user folders, a migrated SQLite file per test, a real PostgreSQL."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Every user folder (data, logs, backups, QSettings) goes to a private temp dir, never the developer's own.
_SANDBOX = tempfile.mkdtemp(prefix="service-desk-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_SANDBOX, "data")
os.environ["XDG_STATE_HOME"] = os.path.join(_SANDBOX, "state")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_SANDBOX, "config")
os.environ["XDG_CACHE_HOME"] = os.path.join(_SANDBOX, "cache")

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402

from desktop.database import Database, migrate, open_database, sqlite_url  # noqa: E402
from desktop.demo.seed import seed_branch  # noqa: E402
from desktop.services.core.actor import Actor  # noqa: E402
from tests.pg_server import PostgresServer, start_postgres  # noqa: E402

# Fast hashing in tests only: the production parameters are argon2-cffi's defaults.
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(scope="session", autouse=True)
def _qsettings_sandbox() -> None:
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.path.join(_SANDBOX, "qsettings"))


@pytest.fixture(scope="session")
def seeded_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate and seed once; each test gets a copy of the file (much faster than migrating each time)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = open_database(sqlite_url(path))
    migrate(database)
    seed_branch(database, demo=True, hasher=FAST_HASHER)
    database.dispose()
    return path


@pytest.fixture
def sqlite_db(seeded_sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(seeded_sqlite_template, path)
    database = open_database(sqlite_url(path))
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = start_postgres()
    if server is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is required in CI but could not be started")
        pytest.skip("no PostgreSQL server binaries on this machine")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """A migrated, seeded database used as CREATE DATABASE ... TEMPLATE for each test."""
    name = "desk_template"
    pg_server.create_database(name)
    database = open_database(pg_server.url(name))
    migrate(database)
    seed_branch(database, demo=True, hasher=FAST_HASHER)
    database.dispose()
    return name


@pytest.fixture
def pg_db(pg_server: PostgresServer, pg_template: str) -> Iterator[Database]:
    name = pg_server.create_database(template=pg_template)
    database = open_database(pg_server.url(name))
    yield database
    database.dispose()
    pg_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Database:
    """The same test on both databases the product supports."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


def actor_for(database: Database, username: str) -> Actor:
    from sqlalchemy import select

    from desktop.models import User

    with database.read.begin() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return Actor(user.id, user.username, user.display_name, user.role, user.branch_id)


@pytest.fixture
def supervisor(db: Database) -> Actor:
    return actor_for(db, "admin")


@pytest.fixture
def clerk(db: Database) -> Actor:
    return actor_for(db, "clerk")


@pytest.fixture
def dispatcher(db: Database) -> Actor:
    return actor_for(db, "dispatch")


@pytest.fixture
def engineer_user(db: Database) -> Actor:
    return actor_for(db, "engineer")
