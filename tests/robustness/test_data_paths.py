"""Any data folder and any password: a Windows profile named 用户 张三, folders holding `%`, `#`, `?` or `%20`, and
a PostgreSQL password with `%`, `@` and `:` open exactly the file or server meant, migrate, and start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.database import as_url, migrate, open_database, postgres_url, sqlite_url
from desktop.demo.seed import seed_branch
from desktop.models import Branch
from tests.conftest import FAST_HASHER
from tests.pg_server import HOSTILE_PASSWORD

# Each name broke start-up or opened another file before URLs were built from parts.
HOSTILE_FOLDERS = ["用户 张三", "50% off", "a#b", "why?", "x%20y", "100%%", "C：\\桌面"]
if sys.platform == "win32":  # Windows itself refuses `?` in a file name, so no user can have such a folder there
    HOSTILE_FOLDERS = [f for f in HOSTILE_FOLDERS if "?" not in f]


@pytest.mark.parametrize("folder", HOSTILE_FOLDERS)
def test_a_sqlite_file_under_a_hostile_folder_migrates_and_reopens_the_same_file(tmp_path: Path, folder: str) -> None:
    place = tmp_path / folder / "AppData" / "Local"
    place.mkdir(parents=True)
    path = place / "service_desk.sqlite3"
    database = open_database(sqlite_url(path))
    migrate(database)
    seed_branch(database, demo=True, hasher=FAST_HASHER)
    assert database.sqlite_path == path
    # Shown to a person as the path itself, not percent-encoded.
    assert database.url == str(path)
    database.dispose()
    # Only the intended file (and its WAL companions) was created: nothing opened a neighbour by a mangled name.
    created = {p.name for p in tmp_path.rglob("*") if p.is_file()}
    assert created <= {"service_desk.sqlite3", "service_desk.sqlite3-wal", "service_desk.sqlite3-shm"}
    reopened = open_database(path)  # a plain path, as typed after --database
    migrate(reopened)
    with reopened.read.begin() as session:
        assert session.scalar(select(func.count()).select_from(Branch)) == 1
    reopened.dispose()


def test_a_typed_url_string_with_an_encoded_folder_reaches_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "用户 张三" / "desk.sqlite3"
    path.parent.mkdir()
    typed = sqlite_url(path).render_as_string()
    assert as_url(typed).database == str(path)


def _run_cli(args: list[str], data_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(data_home),
           "XDG_STATE_HOME": str(data_home / "state"), "XDG_CONFIG_HOME": str(data_home / "config")}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          timeout=180)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="Windows gives the profile folder from the shell, not from "
                    "environment variables; the hostile-folder test above covers the same paths there")
def test_self_check_and_export_start_under_a_chinese_profile_with_percent_signs(tmp_path: Path) -> None:
    """The default database sits under the user profile: this is a clerk whose Windows account is 用户 张三."""
    data_home = tmp_path / "用户 张三" / "50% AppData#1"
    data_home.mkdir(parents=True)
    result = _run_cli(["--self-check"], data_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "invalid interpolation" not in result.stderr
    databases = list(data_home.rglob("*.sqlite3"))
    assert databases and all(str(data_home) in str(p) for p in databases)


@pytest.mark.postgres
def test_a_postgres_password_with_percent_at_and_colon_connects_and_migrates(pg_server) -> None:  # type: ignore[no-untyped-def]
    """The test server itself only accepts HOSTILE_PASSWORD (scram over TCP), so a mangled password fails here."""
    assert set("%@:") <= set(HOSTILE_PASSWORD)
    name = pg_server.create_database()
    base = as_url(pg_server.base_url)
    assert base.password == HOSTILE_PASSWORD
    url = postgres_url(host=base.host or "", port=base.port, username=base.username, password=HOSTILE_PASSWORD,
                       database=name)
    database = open_database(url)
    migrate(database)
    assert HOSTILE_PASSWORD not in database.url
    database.dispose()
    # The same URL typed as a string (percent-encoded by whoever wrote it) also works.
    again = open_database(url.render_as_string(hide_password=False))
    migrate(again)
    again.dispose()
    wrong = open_database(url.set(password="not-it"))
    from desktop.errors import DatabaseUnavailableError

    with pytest.raises(DatabaseUnavailableError):
        migrate(wrong)
    wrong.dispose()
    pg_server.drop_database(name)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_database_in_a_shared_folder_never_makes_that_folder_private(tmp_path: Path) -> None:
    """A database, backup or anchor file put in a folder that already exists (a shared folder, /tmp) leaves that
    folder's mode alone: making /tmp 0700 once locked every other program (PostgreSQL's initdb) out of it."""
    from desktop import paths

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    plain = tmp_path / "plain"
    plain.mkdir()
    plain.chmod(0o755)
    for folder in (shared, plain):
        database = open_database(sqlite_url(folder / "desk.sqlite3"))
        migrate(database)
        seed_branch(database, demo=True, hasher=FAST_HASHER)
        from desktop.services.admin.maintenance_service import MaintenanceService
        from tests.conftest import actor_for

        MaintenanceService(database, backup_dir=folder / "backups").backup_now(actor_for(database, "admin"))
        database.dispose()
    assert shared.stat().st_mode & 0o7777 == 0o1777
    assert plain.stat().st_mode & 0o777 == 0o755
    # What the application creates for itself is private.
    assert (plain / "backups").stat().st_mode & 0o777 == 0o700
    made = paths.make_private_dir(tmp_path / "new" / "deeper")
    assert made.stat().st_mode & 0o777 == 0o700 and (tmp_path / "new").stat().st_mode & 0o777 == 0o700
    own = tmp_path / "own"
    own.mkdir(mode=0o755)
    own.chmod(0o755)
    paths.make_private_dir(own, own=True)
    assert own.stat().st_mode & 0o777 == 0o700
