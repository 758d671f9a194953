"""`service-desk --self-check` opens and migrates a database, loads translations and fonts, exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_check_runs_in_a_fresh_process(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    url = f"sqlite+pysqlite:///{tmp_path / 'check.sqlite3'}"
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-check", "--database", url],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "translations: ok" in result.stdout
    assert (tmp_path / "check.sqlite3").exists()
    # `python -m desktop` spawns the password helper from desktop/__main__.py, guarded as spawn requires.
    assert "password helper: ok" in result.stdout, result.stdout + result.stderr
