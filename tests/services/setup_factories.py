"""A fresh branch database (no branch yet) on SQLite or PostgreSQL, and a setup wizard's worth of pages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest

from desktop.database import Database, migrate, open_database, sqlite_url
from desktop.services.core.permissions import setup_actor
from desktop.services.core.region import District, Region
from desktop.services.setup.setup_records import (
    AccountInput,
    BranchPage,
    CataloguePage,
    EngineerInput,
    EngineersPage,
    LineInput,
    ModelInput,
    SigningPage,
    UsersPage,
)
from desktop.services.setup.setup_service import SetupService
from tests.conftest import FAST_HASHER

SUPERVISOR_PASSWORD = "start-2026-ok"


def branch_page(code: str = "xx02") -> BranchPage:
    return BranchPage("新乡太阳能售后服务网点", code, "河南省新乡市红旗区平原路 9 号", "0373-2108187",
                      Region("河南省", "新乡市", (District("红旗区", ("东街街道", "西街街道")), District("卫滨区"),
                                                  District("获嘉县", ("亢村镇",)))))


def catalogue_page() -> CataloguePage:
    return CataloguePage(
        (LineInput("太阳能热水器", "Solar water heater", 12, 36), LineInput("净水器", "Water purifier"),
         LineInput("空气能热泵", "Heat pump")),
        (ModelInput("太阳能热水器", "xt-18-1800", "新太 18管"), ModelInput("净水器", "XT-RO-400", "新太 RO 400G"),
         ModelInput("空气能热泵", "XT-HP-3P", "新太 3匹热泵")))


def engineers_page() -> EngineersPage:
    return EngineersPage((
        EngineerInput("周师傅", "138 0373 0001", ("红旗区", "东街街道"), ("solar", "purifier"), "1111110",
                      time(8), time(18)),
        EngineerInput("吴师傅", "13803730002", ("获嘉县",), ("heat_pump",), "0111111", time(9), time(17))))


def users_page() -> UsersPage:
    return UsersPage(AccountInput("boss", "王主管", "supervisor", password=SUPERVISOR_PASSWORD),
                     (AccountInput("desk1", "李文员", "clerk", password="desk-2026-a"),
                      AccountInput("zhou", "周师傅", "engineer", "周师傅", password="field-2026-z")))


def fill_every_page(setup: SetupService) -> None:
    actor = setup_actor()
    setup.save_page(actor, branch_page())
    setup.save_page(actor, catalogue_page())
    setup.save_page(actor, setup.commitment_defaults(actor))
    setup.save_page(actor, engineers_page())
    setup.save_page(actor, users_page())
    setup.save_page(actor, SigningPage("skip"))


def _sqlite(path: Path) -> Database:
    database = open_database(sqlite_url(path))
    migrate(database)
    return database


@pytest.fixture
def empty_sqlite(tmp_path: Path) -> Iterator[Database]:
    database = _sqlite(tmp_path / "new-branch.sqlite3")
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated database with no branch, as a real first start finds it, on both databases."""
    if request.param == "sqlite":
        database = _sqlite(tmp_path / "new-branch.sqlite3")
        yield database
        database.dispose()
        return
    server = request.getfixturevalue("pg_server")
    name = server.create_database()
    database = open_database(server.url(name))
    migrate(database)
    yield database
    database.dispose()
    server.drop_database(name)


def setup_service(database: Database) -> SetupService:
    return SetupService(database, hasher=FAST_HASHER)
