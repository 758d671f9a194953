"""Console commands act as a signed-in user (issue 17): `export` and `hq-merge` take --user, the password comes from
the console or SERVICE_DESK_PASSWORD, the role table decides, --no-mask is a supervisor's, the audit names the user;
and everything they write is private to the user (0600 files in 0700 folders on POSIX)."""

from __future__ import annotations

import io
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop import cli
from desktop.database import Database
from desktop.demo.seed import DEMO_PASSWORD
from desktop.models import AuditLog, User
from desktop.services.admin.maintenance_service import MaintenanceService
from tests.conftest import actor_for
from tests.exports.conftest import make_branch

PERIOD = "2026-01-01..2026-12-31"


@pytest.fixture
def desk(sqlite_db: Database, monkeypatch: Any) -> Database:
    # The console has no one to type a password unless a test says so.
    monkeypatch.delenv(cli.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    return sqlite_db


def _export(db: Database, out: Path, *extra: str, user: str | None = "clerk") -> int:
    args = ["export", "--period", PERIOD, "--out", str(out), "--database", str(db.sqlite_path), "--lang", "en"]
    if user is not None:
        args += ["--user", user]
    return cli.main([*args, *extra])


def _audit(db: Database, action: str) -> list[AuditLog]:
    with db.read.begin() as session:
        rows = session.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)).all()
        for row in rows:
            session.expunge(row)
        return list(rows)


def _failed_attempts(db: Database, username: str) -> int:
    with db.read.begin() as session:
        return int(session.scalar(select(User.failed_attempts).where(User.username == username)))


def test_export_needs_a_user(desk: Database, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as info:
        _export(desk, tmp_path / "x.xlsx", user=None)
    assert info.value.code == 2
    assert not (tmp_path / "x.xlsx").exists()


def test_export_as_a_signed_in_clerk_is_audited_with_the_clerk(desk: Database, tmp_path: Path, monkeypatch: Any,
                                                               capsys: Any) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    out = tmp_path / "hq.xlsx"
    assert _export(desk, out) == 0, capsys.readouterr().err
    assert out.exists()
    record = _audit(desk, "export.hq")[-1]
    assert record.user_id == actor_for(desk, "clerk").user_id
    assert record.after["run_as"] == "clerk" and record.after["masked"] is True
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_wrong_password_is_refused_and_counted(desk: Database, tmp_path: Path, monkeypatch: Any,
                                                 capsys: Any) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, "not-the-password-1")
    assert _export(desk, tmp_path / "x.xlsx") == 2
    assert "wrong user name or password" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
    assert _failed_attempts(desk, "clerk") == 1


def test_the_password_is_asked_for_on_a_console(desk: Database, tmp_path: Path, monkeypatch: Any) -> None:
    import getpass

    asked: list[str] = []

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Tty(""))
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": asked.append(prompt) or DEMO_PASSWORD)
    assert _export(desk, tmp_path / "x.xlsx") == 0
    assert asked and "clerk" in asked[0]


def test_without_a_console_or_the_variable_nothing_runs(desk: Database, tmp_path: Path, capsys: Any) -> None:
    assert _export(desk, tmp_path / "x.xlsx") == 2
    assert cli.PASSWORD_ENV in capsys.readouterr().err
    assert _failed_attempts(desk, "clerk") == 0


def test_the_role_table_decides(desk: Database, tmp_path: Path, monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    assert _export(desk, tmp_path / "x.xlsx", user="engineer") == 2
    assert "export.hq" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_no_mask_is_for_a_supervisor_and_audited_with_the_user(desk: Database, tmp_path: Path, monkeypatch: Any,
                                                               capsys: Any) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    assert _export(desk, tmp_path / "clerk.xlsx", "--no-mask", user="clerk") == 2
    assert "export.unmasked" in capsys.readouterr().err
    assert not (tmp_path / "clerk.xlsx").exists()
    assert _export(desk, tmp_path / "boss.xlsx", "--no-mask", user="admin") == 0
    record = _audit(desk, "export.hq")[-1]
    assert record.user_id == actor_for(desk, "admin").user_id
    assert record.after["masked"] is False and record.after["run_as"] == "admin"


def test_a_locked_account_cannot_export(desk: Database, tmp_path: Path, monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, "wrong-password-1")
    for _ in range(5):
        _export(desk, tmp_path / "x.xlsx")
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    assert _export(desk, tmp_path / "x.xlsx") == 2
    assert "locked" in capsys.readouterr().err


# ---- hq-merge ----------------------------------------------------------------------------------------------------


def _workbook(folder: Path) -> Path:
    from desktop.exports.workbook_writer import write_workbook

    data = make_branch()
    return write_workbook(folder / "branch.xlsx", data.meta(), data.summary(), *data.all()).path


def test_hq_merge_signs_in_and_is_audited(desk: Database, tmp_path: Path, monkeypatch: Any, capsys: Any) -> None:
    book = _workbook(tmp_path)
    out = tmp_path / "all.xlsx"
    base = ["hq-merge", str(book), "--out", str(out), "--database", str(desk.sqlite_path), "--lang", "en"]
    with pytest.raises(SystemExit):
        cli.main(base)  # no --user
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    assert cli.main([*base, "--user", "engineer"]) == 2
    assert "hq.merge" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv(cli.PASSWORD_ENV, "wrong-password-1")
    assert cli.main([*base, "--user", "clerk"]) == 2
    assert not out.exists()
    monkeypatch.setenv(cli.PASSWORD_ENV, DEMO_PASSWORD)
    assert cli.main([*base, "--user", "clerk"]) == 0
    assert out.exists()
    record = _audit(desk, "hq.merge")[-1]
    assert record.user_id == actor_for(desk, "clerk").user_id and record.after["files"] == ["branch.xlsx"]


# ---- file permissions ------------------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows relies on the profile folder's ACL")
def test_everything_the_app_writes_is_private(tmp_path: Path, monkeypatch: Any) -> None:
    """A fresh data folder through the real start-up path: database, WAL, backups, anchors, signing key, logs."""
    from desktop import paths
    from desktop.composition import build_services, prepare_database
    from desktop.database import sqlite_url
    from desktop.logging_setup import setup_logging

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    old = os.umask(0o022)  # a typical desktop umask: without care, files would be 0644 in 0755 folders
    try:
        log_file = setup_logging()
        database = prepare_database(sqlite_url(paths.default_database_path()), demo=True)
        services = build_services(database)
        boss = actor_for(database, "admin")
        services.maintenance.backup_now(boss)
        services.signing.create_key(boss, "branch-pass-2026")
        services.export.export_workbook(boss, *_year(), paths.user_data_dir() / "hq.xlsx")
        MaintenanceService(database).daily_backup_if_due(boss)
        with database.write.begin() as session:
            session.execute(update(User).where(User.username == "clerk").values(display_name="李文员"))
        import logging

        logging.getLogger("test").warning("written to the log")
        wal = paths.default_database_path().with_name("service_desk.sqlite3-wal")
        assert wal.exists() and stat.S_IMODE(wal.stat().st_mode) == 0o600
        database.dispose()
    finally:
        os.umask(old)
    roots = [paths.user_data_dir(), log_file.parent]
    found = []
    for root in roots:
        for path in [root, *root.rglob("*")]:
            mode = stat.S_IMODE(path.stat().st_mode)
            found.append(path)
            expected = 0o700 if path.is_dir() else 0o600
            assert mode == expected, f"{path}: {oct(mode)}"
    names = {p.name for p in found}
    assert "service_desk.sqlite3" in names
    assert any(n.endswith(".audit-anchors.jsonl") for n in names) and "hq.xlsx" in names
    assert any(p.parent.name == "backups" for p in found) and "service_desk.log" in names


def _year() -> tuple[Any, Any]:
    from datetime import date

    return date(2026, 1, 1), date(2026, 12, 31)


def test_the_window_merges_through_the_service_with_the_role_table(desk: Database, tmp_path: Path) -> None:
    from desktop.errors import PermissionDenied
    from desktop.services.exports.export_service import ExportService

    book = _workbook(tmp_path)
    service = ExportService(desk)
    with pytest.raises(PermissionDenied):
        service.merge_workbooks(actor_for(desk, "engineer"), [book], tmp_path / "no.xlsx")
    assert not (tmp_path / "no.xlsx").exists()
    service.merge_workbooks(actor_for(desk, "clerk"), [book], tmp_path / "all.xlsx")
    record = _audit(desk, "hq.merge")[-1]
    assert record.user_id == actor_for(desk, "clerk").user_id and record.after["out"] == "all.xlsx"
