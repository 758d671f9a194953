"""The SQLite file: pragmas, refusal of corrupt and foreign files, online backup and restore."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.database import backup_sqlite, migrate, open_database, sqlite_url
from desktop.errors import DatabaseUnavailableError
from desktop.models import Customer
from desktop.sqlite_backup import guard_new_database, list_backups, restore_sqlite


def test_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    with sqlite_db.read.begin() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_a_corrupt_file_is_refused_with_a_clear_code(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    with pytest.raises(DatabaseUnavailableError) as info:
        migrate(open_database(sqlite_url(path)))
    assert info.value.code == "database_corrupt"
    # Nothing was overwritten: the user's file is still there for a rescue attempt.
    assert path.read_bytes().startswith(b"SQLite format 3")


def _damage_a_late_page(path: Path) -> None:
    """Garbage over a page of the last table written: the header and the schema still read."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, note TEXT)")
        conn.executemany("INSERT INTO filler (note) VALUES (?)", [("备注" * 300,) for _ in range(300)])
    conn.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.seek(size - 20 * page)
        f.write(b"\xa5" * page)


def test_a_large_file_is_read_only_to_its_schema_at_start_but_fully_before_a_migration(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop import database as database_module
    from desktop.database import check_sqlite_file, run_migrations

    path = tmp_path / "branch.sqlite3"
    db = open_database(sqlite_url(path))
    run_migrations(db, "upgrade", "0009_audit_anchor")
    db.dispose()
    _damage_a_late_page(path)
    # Small enough: the start runs the page-by-page check and refuses it.
    with pytest.raises(DatabaseUnavailableError) as info:
        check_sqlite_file(path)
    assert info.value.code == "database_corrupt"
    # A large file: the start reads only its header and schema (the day's backup checks its pages)...
    monkeypatch.setattr(database_module, "QUICK_CHECK_MAX_BYTES", 4096)
    check_sqlite_file(path)
    # ...but a migration, which rewrites tables, never runs on it, and takes no backup of it.
    backups = tmp_path / "backups"
    with pytest.raises(DatabaseUnavailableError) as info:
        migrate(open_database(sqlite_url(path)), backups)
    assert info.value.code == "database_corrupt"
    assert not backups.exists() or not any(backups.iterdir())


def test_a_foreign_sqlite_file_is_refused_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(DatabaseUnavailableError) as info:
        migrate(open_database(sqlite_url(path)))
    assert info.value.code == "database_foreign"
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"recipes"}


def test_backup_then_restore_brings_the_data_back(sqlite_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backups = tmp_path / "backups"
    backup = backup_sqlite(sqlite_db, "manual", backups)
    assert backup is not None and list_backups(backups) == [backup]
    with sqlite_db.write.begin() as session:
        session.execute(text("DELETE FROM product_model WHERE id NOT IN (SELECT model_id FROM unit) "
                             "AND id NOT IN (SELECT model_id FROM consumable_interval)"))
    path = sqlite_db.sqlite_path
    sqlite_db.dispose()
    kept = restore_sqlite(backup, path)
    assert kept is not None and kept.exists()
    restored = open_database(sqlite_url(path))
    with restored.read.begin() as session:
        assert session.execute(text("SELECT count(*) FROM product_model")).scalar() > 0
        assert session.scalar(select(func.count()).select_from(Customer)) is not None
    restored.dispose()


def test_a_damaged_live_file_is_told_apart_from_a_damaged_copy_and_a_good_backup_still_restores(
        sqlite_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from desktop import sqlite_backup

    backups = tmp_path / "backups"
    good = backup_sqlite(sqlite_db, "manual", backups)
    assert good is not None
    path = sqlite_db.sqlite_path
    # A copy that fails its check while the live file is sound stays a failed backup ("please try again").
    real_check = sqlite_backup.integrity_problem
    monkeypatch.setattr(sqlite_backup, "integrity_problem",
                        lambda p: "torn copy" if p.name.endswith(".partial") else real_check(p))
    with pytest.raises(DatabaseUnavailableError) as info:
        backup_sqlite(sqlite_db, "daily", backups)
    assert info.value.code == "backup_check_failed"
    monkeypatch.undo()
    sqlite_db.dispose()
    _damage_a_late_page(path)
    with pytest.raises(DatabaseUnavailableError) as info:
        backup_sqlite(sqlite_db, "daily", backups)
    assert info.value.code == "live_database_damaged"
    assert info.value.params["path"] == str(path) and info.value.params["backups"] == str(backups)
    assert list_backups(backups) == [good] and not list(backups.glob("*.partial"))
    # The way out the message names: the last good backup replaces the damaged file.
    sqlite_db.dispose()
    restore_sqlite(good, path)
    assert sqlite_backup.integrity_problem(path) is None


def test_copies_of_another_database_with_a_longer_name_are_not_this_ones(sqlite_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`service-desk-test.sqlite3`'s backups share the folder with `service-desk.sqlite3`'s: the first start of the
    shorter name was refused for "copies" that were the other file's, and its restore list offered them."""
    backups = tmp_path / "backups"
    other = tmp_path / "service-desk-test.sqlite3"
    mine = tmp_path / "service-desk.sqlite3"
    sqlite_db.dispose()
    other.write_bytes(Path(sqlite_db.sqlite_path).read_bytes())
    theirs = backup_sqlite(open_database(sqlite_url(other)), "daily", backups)
    assert theirs is not None and theirs.name.startswith("service-desk-test-")
    assert list_backups(backups, stem="service-desk") == []
    assert list_backups(backups, stem="service-desk-test") == [theirs]
    guard_new_database(mine, backups)  # nothing of this database's: a fresh start is allowed
    mine.write_bytes(other.read_bytes())
    own = backup_sqlite(open_database(sqlite_url(mine)), "pre-migration", backups)
    mine.unlink()
    assert list_backups(backups, stem="service-desk") == [own]
    with pytest.raises(DatabaseUnavailableError) as refused:
        guard_new_database(mine, backups)
    assert refused.value.code == "database_missing_with_copies"
