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


def test_another_database_in_the_same_backups_folder_neither_counts_as_todays_nor_is_offered(
        sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The demo file and the branch's own file share the PC's backups folder: the demo's daily copy skipped the
    branch's daily backup that day, and the restore list offered the demo's copies to put over the branch's file."""
    import shutil

    folder = tmp_path / "b"
    boss = actor_for(sqlite_db, "admin")
    ours = MaintenanceService(sqlite_db, backup_dir=folder)
    demo_path = tmp_path / "demo-branch.sqlite3"
    sqlite_db.dispose()
    shutil.copyfile(sqlite_db.sqlite_path, demo_path)
    demo = open_database(sqlite_url(demo_path))
    try:
        theirs = MaintenanceService(demo, backup_dir=folder).daily_backup_if_due(actor_for(demo, "clerk"))
        assert theirs is not None and theirs.name.startswith("demo-branch-")
        mine = ours.daily_backup_if_due(actor_for(sqlite_db, "clerk"))
        assert mine is not None and mine != theirs
        assert [b.path for b in ours.backups(boss)] == [mine]
        assert [b.path for b in MaintenanceService(demo, backup_dir=folder).backups(boss)] == [theirs]
    finally:
        demo.dispose()
