"""Killing the app (SIGKILL) in the middle of saves loses at most the save in flight."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from desktop.services.admin.settings_service import SettingsService
from desktop.services.core.audit import verify_chain
from tests.conftest import actor_for

ROUNDS = 6


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_saves_keeps_every_acknowledged_save(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    path = sqlite_db.sqlite_path
    url = sqlite_db.engine.url.render_as_string(hide_password=False)
    sqlite_db.dispose()
    rng = random.Random(7)
    acknowledged = 0
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    for _ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-m", "tests.robustness.crash_writer", url, str(acknowledged)],
                                 stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        # Let it save a random number of times (at least one), then kill it without warning.
        wanted = rng.randint(3, 25)
        last = acknowledged
        deadline = time.monotonic() + 60
        while last - acknowledged < wanted and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            last = int(line)
        time.sleep(rng.random() * 0.02)
        child.send_signal(signal.SIGKILL)
        # Read whatever it acknowledged before dying.
        for line in child.stdout:
            last = int(line)
        child.wait()
        assert last > acknowledged, "the writer never saved"
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        from desktop.database import open_database

        database = open_database(url)
        stored = SettingsService(database).get(actor_for(database, "admin"), "callback.after_install_days")
        # Every acknowledged save is there; at most the one in flight went further.
        assert stored in (last, last + 1)
        with database.read.begin() as session:
            assert verify_chain(session).ok
        database.dispose()
        acknowledged = stored
