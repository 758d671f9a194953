"""`service-desk-cli move-to-server`: the server password from this PC's credential store (never the command line),
the report in the chosen language, `--switch` pointing this PC's settings at the server, and refusals in words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from desktop import cli, credentials, move_cli
from desktop.database import Database, display_url, open_database
from desktop.demo.seed import DEMO_PASSWORD
from desktop.models import Ticket
from tests.keyring_memory import MemoryKeyring, memory_keyring  # noqa: F401 (fixture)
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_name(pg_server: PostgresServer) -> Iterator[str]:
    name = pg_server.create_database()
    yield name
    pg_server.drop_database(name)


@pytest.fixture
def settings() -> Iterator[QSettings]:
    store = move_cli._settings()
    previous = store.value(move_cli.SETTINGS_KEY)
    store.remove(move_cli.SETTINGS_KEY)
    yield store
    if previous is None:
        store.remove(move_cli.SETTINGS_KEY)
    else:
        store.setValue(move_cli.SETTINGS_KEY, previous)


def _tickets(database: Database) -> int:
    with database.read.begin() as session:
        return int(session.scalar(select(func.count()).select_from(Ticket)) or 0)


def test_move_to_server_with_switch(sqlite_db: Database, pg_server: PostgresServer, server_name: str,
                                    memory_keyring: MemoryKeyring, settings: QSettings,  # noqa: F811
                                    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    path = sqlite_db.sqlite_path
    assert path is not None
    tickets = _tickets(sqlite_db)
    sqlite_db.dispose()
    full = make_url(pg_server.url(server_name))
    bare = credentials.without_password(full)
    credentials.store_password(bare, full.password or "")  # saved earlier by Branch settings on this PC
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)  # the program user's password, not the server's

    code = cli.main(["move-to-server", "--from", str(path), "--to", credentials.settings_text(bare),
                     "--user", "admin", "--switch", "--lang", "en"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "every table's row count equal" in out.out and "this PC now uses the server" in out.out
    assert full.password not in out.out + out.err
    # This PC's window now opens the server, the settings file without the password; the file stays as it was.
    saved = str(settings.value(move_cli.SETTINGS_KEY))
    assert make_url(saved) == bare and (full.password or "") not in saved
    assert str(path) in out.out
    server = open_database(full)
    try:
        assert _tickets(server) == tickets
    finally:
        server.dispose()


def test_refusals_are_said_in_words_and_change_nothing(sqlite_db: Database, pg_db: Database,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = sqlite_db.sqlite_path
    assert path is not None
    sqlite_db.dispose()
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    before = _tickets(pg_db)
    url = pg_db.engine.url.render_as_string(hide_password=False)
    assert cli.main(["move-to-server", "--from", str(path), "--to", url, "--user", "admin"]) == 2
    err = capsys.readouterr().err
    assert "已有数据" in err and "未作任何更改" in err and display_url(pg_db.engine.url) in err
    assert _tickets(pg_db) == before
    assert cli.main(["move-to-server", "--from", str(tmp_path / "none.sqlite3"), "--to", url, "--user", "admin",
                     "--lang", "en"]) == 2
    assert "no database at" in capsys.readouterr().err
    assert not (tmp_path / "none.sqlite3").exists()


def test_a_server_with_another_programs_tables_is_refused(sqlite_db: Database, pg_server: PostgresServer,
                                                         server_name: str, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy import text

    path = sqlite_db.sqlite_path
    assert path is not None
    sqlite_db.dispose()
    other = open_database(pg_server.url(server_name))
    try:
        with other.engine.begin() as conn:
            conn.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
        monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
        assert cli.main(["move-to-server", "--from", str(path), "--to", pg_server.url(server_name),
                         "--user", "admin", "--lang", "en"]) == 2
        assert "holds another program's tables" in capsys.readouterr().err
        with other.engine.connect() as conn:
            names = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
        assert names == {"invoices"}
    finally:
        other.dispose()
