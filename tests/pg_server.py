"""Starts Debian's PostgreSQL on loopback in a temp folder for the tests (or uses SERVICE_DESK_TEST_PG_URL)."""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from sqlalchemy.engine import URL, make_url

_counter = itertools.count(1)
HOSTILE_PASSWORD = "p%25w@:/#? 密码%"


def _find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    base_url: str  # postgresql+psycopg://user@127.0.0.1:port/postgres
    data_dir: Path | None = None
    pg_ctl: str | None = None
    run_as: list[str] = field(default_factory=list)

    def url(self, database: str) -> str:
        return make_url(self.base_url).set(database=database).render_as_string(hide_password=False)

    def _admin(self) -> psycopg.Connection:
        u = make_url(self.base_url)
        return psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password,
                               dbname=u.database or "postgres", autocommit=True)

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        name = name or f"desk_{os.getpid()}_{next(_counter)}"
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self.pg_ctl and self.data_dir:
            subprocess.run([*self.run_as, self.pg_ctl, "-D", str(self.data_dir), "-m", "immediate", "stop"],
                           capture_output=True, check=False)
            shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def _run_patiently(command: list[str], data_dir: Path, attempts: int = 3) -> None:
    """initdb on a machine busy with other servers has failed once for no reason it printed: try again from an empty
    folder, and if it keeps failing say what it said."""
    import time

    for attempt in range(1, attempts + 1):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode == 0:
            return
        if attempt == attempts:
            raise RuntimeError(f"initdb failed ({done.returncode}): {done.stderr or done.stdout}")
        shutil.rmtree(data_dir, ignore_errors=True)
        time.sleep(attempt)


def start_postgres(work_dir: Path | None = None, settings: dict[str, str] | None = None) -> PostgresServer | None:
    """`settings`: more server settings (-c name=value) for a throwaway server of a benchmark."""
    url = os.environ.get("SERVICE_DESK_TEST_PG_URL")
    if url:
        return PostgresServer(base_url=url)
    initdb, pg_ctl = _find_bin("initdb"), _find_bin("pg_ctl")
    if not initdb or not pg_ctl:
        return None
    run_as: list[str] = []
    user = "postgres"
    # pytest's own temp folders are private to root, so the server gets a folder of its own.
    work_dir = Path(tempfile.mkdtemp(prefix="service-desk-pg-"))
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # initdb refuses to run as root; Debian's package created the postgres user.
        run_as = ["runuser", "-u", "postgres", "--"]
        shutil.chown(work_dir, user="postgres")
    else:
        import getpass

        user = getpass.getuser()
    data_dir = work_dir / "data"
    port = _free_port()
    # Every PostgreSQL test signs in over TCP with a password holding the characters that break URL strings and
    # ConfigParser (`%`, `@`, `:`, `/`, `#`, `?`, a space and Chinese), so the whole suite proves they pass through.
    password_file = work_dir / "pwfile"
    password_file.write_text(HOSTILE_PASSWORD + "\n", encoding="utf-8")
    if run_as:
        shutil.chown(password_file, user="postgres")
    # Windows has no C.UTF-8 locale; the server's encoding is what matters for Chinese text.
    locale = ["--no-locale"] if os.name == "nt" else ["--locale=C.UTF-8"]
    _run_patiently([*run_as, initdb, "-D", str(data_dir), "-U", user, "--auth-local=trust",
                    "--auth-host=scram-sha-256", f"--pwfile={password_file}", "-E", "UTF8", *locale], data_dir)
    password_file.unlink()
    # The Unix socket in the private folder; on Windows the tests reach the server over TCP only.
    sockets = "" if os.name == "nt" else f" -k {work_dir}"
    sockets += "".join(f" -c {name}={value}" for name, value in (settings or {}).items())
    subprocess.run(
        [*run_as, pg_ctl, "-D", str(data_dir), "-l", str(work_dir / "server.log"), "-w", "-t", "60",
         "-o", f"-p {port}{sockets} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
         "start"],
        check=True, capture_output=True,
    )
    base = URL.create("postgresql+psycopg", username=user, password=HOSTILE_PASSWORD, host="127.0.0.1", port=port,
                      database="postgres")
    return PostgresServer(base_url=base.render_as_string(hide_password=False),
                          data_dir=data_dir, pg_ctl=pg_ctl, run_as=run_as)
