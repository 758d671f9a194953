"""Backups on demand and daily, restore, audit check; all supervisor-only in the service layer."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.database import open_database, sqlite_url
from desktop.errors import PermissionDenied
from desktop.models import Branch
from desktop.services.admin.maintenance_service import MaintenanceService
from desktop.services.admin.settings_service import SettingsService
from tests.conftest import actor_for


def test_backup_now_and_restore_bring_back_the_old_data(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    boss = actor_for(sqlite_db, "admin")
    service = MaintenanceService(sqlite_db, backup_dir=tmp_path / "b")
    backup = service.backup_now(boss)
    settings = SettingsService(sqlite_db)
    branch = settings.branch(boss)
    settings.update_branch(boss, version=branch.version, name="改过的名字", address="", hotline="")
    assert [b.path for b in service.backups(boss)] == [backup]
    path = sqlite_db.sqlite_path
    kept = service.restore(boss, backup)
    assert kept is not None and kept.exists()
    reopened = open_database(sqlite_url(path))
    with reopened.read.begin() as session:
        assert session.scalars(select(Branch.name)).one() == branch.name
    reopened.dispose()


def test_daily_backup_runs_once_a_day(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    service = MaintenanceService(sqlite_db, backup_dir=tmp_path / "b")
    first = service.daily_backup_if_due(clerk)
    assert first is not None and first.exists()
    assert service.daily_backup_if_due(clerk) is None
    assert service.daily_backup_if_due(clerk, now=datetime.now() + timedelta(days=2)) is not None


def test_only_a_supervisor_may_back_up_or_restore(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    service = MaintenanceService(sqlite_db, backup_dir=tmp_path / "b")
    with pytest.raises(PermissionDenied):
        service.backup_now(clerk)
    with pytest.raises(PermissionDenied):
        service.restore(clerk, tmp_path / "x.sqlite3")
    with pytest.raises(PermissionDenied):
        service.check_audit_chain(clerk)


def test_audit_check_through_the_service(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    result = MaintenanceService(sqlite_db).check_audit_chain(actor_for(sqlite_db, "admin"))
    assert result.ok and result.records >= 1
