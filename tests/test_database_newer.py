"""A database upgraded by a newer program (another PC runs the new version) is refused by this older one before
anything is written: at the window's start, by the console, on SQLite and on PostgreSQL."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop import app as app_module
from desktop import cli, paths
from desktop.composition import prepare_database
from desktop.database import Database, sqlite_url
from desktop.errors import DatabaseUnavailableError
from desktop.services.admin import database_move

FUTURE = "0042_from_a_newer_version"


def _stamp_sqlite(database: Database) -> Path:
    path = database.sqlite_path
    assert path is not None
    database.dispose()
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (FUTURE,))
    finally:
        conn.close()  # as the newer program leaves it: closed, its WAL folded in
    return path


def _state(path: Path) -> tuple[str, list[str]]:
    """The file's bytes and every file beside it (a backup, a -wal or a journal would be a write)."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(p.name for p in path.parent.iterdir())


def _backups() -> list[str]:
    return sorted(p.name for p in paths.backups_dir().iterdir())


def test_sqlite_start_refuses_and_writes_nothing(sqlite_db: Database) -> None:
    path = _stamp_sqlite(sqlite_db)
    before, backups = _state(path), _backups()
    with pytest.raises(DatabaseUnavailableError) as refused:
        prepare_database(sqlite_url(path), demo=False)
    assert refused.value.code == "database_newer"
    with pytest.raises(DatabaseUnavailableError):
        prepare_database(sqlite_url(path), demo=True)  # not even the demo seeding
    assert _state(path) == before and _backups() == backups


def test_window_start_explains_and_quits(sqlite_db: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    path = _stamp_sqlite(sqlite_db)
    before = _state(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, message, *a: shown.append(message))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: pytest.fail("no Retry/Restore choice for a newer database"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app_module._open_with_recovery(app, sqlite_url(path), demo=False) is None
    assert len(shown) == 1 and "newer version" in shown[0] and "Nothing was changed" in shown[0]
    assert str(path) in shown[0]
    assert _state(path) == before


def test_console_refuses_in_both_languages(sqlite_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    path = _stamp_sqlite(sqlite_db)
    before = _state(path)
    assert cli.main(["audit-check", "--database", str(path)]) == 2
    assert cli.main(["--self-check", "--database", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("较新版本") == 2 and err.count("newer version") == 2
    assert _state(path) == before


def _pg_state(database: Database) -> tuple[str, dict[str, int]]:
    with database.engine.connect() as conn:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        counts = {t.name: conn.execute(text(f'SELECT count(*) FROM "{t.name}"')).scalar_one()
                  for t in database_move._tables()}
    return revision, counts


@pytest.mark.postgres
def test_postgresql_start_refuses_and_writes_nothing(pg_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with pg_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
    before = _pg_state(pg_db)
    url = pg_db.engine.url
    with pytest.raises(DatabaseUnavailableError) as refused:
        prepare_database(url, demo=False)
    assert refused.value.code == "database_newer"
    assert cli.main(["audit-check", "--database", url.render_as_string(hide_password=False)]) == 2
    assert "newer version" in capsys.readouterr().err
    assert _pg_state(pg_db) == before
