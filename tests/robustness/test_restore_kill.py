"""A kill at any moment of a restore or a backup leaves the old database or the new one, whole; never half of one,
and never a start that creates an empty branch over the branch's records.

Every step of the file operations is a kill point (tests/robustness/restore_child.py), plus kills at random moments
in the middle of copying a database large enough for the copy to take a while."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.app import prepare_database, recover_restore
from desktop.database import open_database, sqlite_url
from desktop.errors import DatabaseUnavailableError
from desktop.sqlite_backup import integrity_problem, kept_copies, list_backups, recover_interrupted_restore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _branch_name(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("SELECT name FROM branch").fetchone()[0])


def _make(template: Path, path: Path, name: str, padding_mb: int = 0) -> None:
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("UPDATE branch SET name = ?", (name,))
        if padding_mb:
            # Bulk that makes the copy take long enough to be killed in the middle of it.
            conn.execute("CREATE TABLE padding (b BLOB)")
            conn.executemany("INSERT INTO padding VALUES (randomblob(65536))", [()] * (padding_mb * 16))


def _child(mode: str, db: Path, other: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    return subprocess.run([sys.executable, "-m", "tests.robustness.restore_child", mode, str(db), str(other),
                           str(kill_at)], capture_output=True, text=True, env=env, timeout=120)


def _steps_of_a_whole_run(mode: str, tmp: Path, template: Path) -> int:
    db, other = tmp / "count.sqlite3", tmp / "count-backup.sqlite3"
    _make(template, db, "旧")
    _make(template, other, "新")
    if mode == "backup":
        other = tmp / "count-backups"
        other.mkdir()
    done = _child(mode, db, other, 0)
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split()[-2])


def test_a_kill_before_every_step_of_a_restore_leaves_old_or_new_whole(seeded_sqlite_template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    steps = _steps_of_a_whole_run("restore", tmp_path, seeded_sqlite_template)
    assert steps >= 8
    left: dict[str, int] = {"old": 0, "new": 0}
    for kill_at in range(1, steps + 2):
        case = tmp_path / f"k{kill_at}"
        case.mkdir()
        db, backup = case / "service_desk.sqlite3", case / "backup.sqlite3"
        _make(seeded_sqlite_template, db, "旧")
        _make(seeded_sqlite_template, backup, "新")
        result = _child("restore", db, backup, kill_at)
        assert result.returncode == (-signal.SIGKILL if kill_at <= steps else 0), result.stderr
        recovered = recover_restore(sqlite_url(db))
        assert integrity_problem(db) is None, f"kill at step {kill_at} left a damaged database"
        name = _branch_name(db)
        assert name in ("旧", "新")
        left["old" if name == "旧" else "new"] += 1
        if recovered is not None:
            assert (recovered.outcome == "completed") == (name == "新")
        # Nothing is left over for a later start to trip on; the start opens the branch, never an empty one.
        assert not list(case.glob("*.restore-tmp")) and not list(case.glob("*.restore-journal"))
        database = prepare_database(sqlite_url(db), demo=False)
        database.dispose()
        assert _branch_name(db) == name
        if name == "新":
            # The database it replaced was kept whole beside it.
            kept = kept_copies(db)
            assert kept and _branch_name(kept[0]) == "旧" and integrity_problem(kept[0]) is None
    print(f"\nrestore: {steps} steps, {steps + 1} kills: left the old database {left['old']}×, the new one "
          f"{left['new']}×, a damaged or empty one 0×")
    assert left["old"] >= 1 and left["new"] >= 1


def test_kills_at_random_moments_during_a_large_restore(seeded_sqlite_template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db, backup = tmp_path / "service_desk.sqlite3", tmp_path / "backup.sqlite3"
    _make(seeded_sqlite_template, backup, "新", padding_mb=40)
    rng = random.Random(17)
    outcomes = []
    env = {**os.environ, "PYTHONPATH": os.getcwd()}

    def start() -> tuple[subprocess.Popen[str], float]:
        _make(seeded_sqlite_template, db, "旧", padding_mb=8)
        for stale in [*kept_copies(db), *tmp_path.glob("*.restore-*")]:
            stale.unlink()
        child = subprocess.Popen([sys.executable, "-m", "tests.robustness.restore_child", "restore", str(db),
                                  str(backup), "0"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "begin"
        return child, time.monotonic()

    child, began = start()
    child.wait()
    duration = time.monotonic() - began
    for _ in range(8):
        child, began = start()
        time.sleep(rng.random() * duration)  # somewhere in the copy, the check, the kept copy or the swap
        child.send_signal(signal.SIGKILL)
        child.wait()
        recover_interrupted_restore(db)
        assert integrity_problem(db) is None
        outcomes.append(_branch_name(db))
    assert set(outcomes) <= {"旧", "新"}
    print(f"\nrandom kills during a 40 MB restore ({duration:.2f} s): {outcomes.count('旧')}× old, "
          f"{outcomes.count('新')}× new, 0× damaged")


def test_a_kill_during_a_backup_never_leaves_a_listed_torn_backup(seeded_sqlite_template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    steps = _steps_of_a_whole_run("backup", tmp_path, seeded_sqlite_template)
    for kill_at in range(1, steps + 2):
        case = tmp_path / f"b{kill_at}"
        case.mkdir()
        db, folder = case / "service_desk.sqlite3", case / "backups"
        folder.mkdir()
        _make(seeded_sqlite_template, db, "旧")
        _child("backup", db, folder, kill_at)
        for listed in list_backups(folder):
            assert integrity_problem(listed) is None, f"kill at step {kill_at} left a torn backup under its name"
        # A torn daily backup must not count as today's: the next daily backup still runs.
        assert len(list_backups(folder)) == (1 if kill_at > steps else len(list_backups(folder)))
        assert integrity_problem(db) is None and _branch_name(db) == "旧"


def test_no_start_creates_an_empty_branch_where_copies_of_the_database_exist(seeded_sqlite_template, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "service_desk.sqlite3"
    kept = tmp_path / "service_desk-replaced-20261129-101010-000000.sqlite3"
    _make(seeded_sqlite_template, kept, "旧")
    # The live file is gone (or was left empty by something else): a start must not make a fresh branch there.
    db.write_bytes(b"")
    with pytest.raises(DatabaseUnavailableError) as refused:
        prepare_database(sqlite_url(db), demo=False)
    assert refused.value.code == "database_missing_with_copies"
    assert db.stat().st_size == 0
    db.unlink()
    with pytest.raises(DatabaseUnavailableError):
        prepare_database(sqlite_url(db), demo=False)
    assert not db.exists()


def test_a_restore_holds_no_handle_on_the_database_when_it_swaps(sqlite_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Windows refuses to replace an open file: every engine and handle must be closed at the swap."""
    from desktop.services.admin.maintenance_service import MaintenanceService
    from tests.conftest import actor_for

    boss = actor_for(sqlite_db, "admin")
    service = MaintenanceService(sqlite_db, backup_dir=tmp_path / "b")
    backup = service.backup_now(boss)
    target = sqlite_db.sqlite_path
    assert target is not None
    seen: list[list[str]] = []
    real_replace = os.replace

    def open_handles() -> list[str]:
        names = []
        for fd in os.listdir("/proc/self/fd"):
            try:
                names.append(os.readlink(f"/proc/self/fd/{fd}"))
            except OSError:
                continue
        return [n for n in names if n.startswith(str(target))]

    def watching_replace(src, dst):  # type: ignore[no-untyped-def]
        if Path(dst) == target:
            seen.append(open_handles())
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", watching_replace)
    if not Path("/proc/self/fd").exists():
        pytest.skip("needs /proc")
    # A read that leaves a pooled connection open, as the running app does.
    with sqlite_db.read.begin() as session:
        session.execute(__import__("sqlalchemy").text("SELECT 1"))
    service.restore(boss, backup)
    assert seen == [[]], f"handles open on the database during the swap: {seen}"
    reopened = open_database(sqlite_url(target))
    reopened.dispose()
