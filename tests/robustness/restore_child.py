"""Child process for the restore/backup kill tests: runs one restore or backup and SIGKILLs itself at the Nth step.

A step is any call of the file operations in desktop.sqlite_backup (copy, check, fsync, journal, swap). Killing
before step N, for every N, covers every boundary between them; the parent then checks what the kill left."""

from __future__ import annotations

import functools
import os
import signal
import sys
from pathlib import Path

import desktop.sqlite_backup as sb

STEPS = ("_copy_database", "integrity_problem", "_fsync_file", "_fsync_dir", "_checkpoint", "_drop_side_files")


def main(mode: str, db: str, other: str, kill_at: int) -> None:
    calls = [0]

    def step(name: str) -> None:
        calls[0] += 1
        if calls[0] == kill_at:
            print(f"killed before step {calls[0]}: {name}", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    for name in STEPS:
        original = getattr(sb, name)

        @functools.wraps(original)
        def wrapper(*args, __original=original, __name=name, **kwargs):  # type: ignore[no-untyped-def]
            step(__name)
            return __original(*args, **kwargs)

        setattr(sb, name, wrapper)
    real_replace = os.replace

    def replace(src, dst):  # type: ignore[no-untyped-def]
        step("os.replace")
        return real_replace(src, dst)

    os.replace = replace  # type: ignore[assignment]
    print("begin", flush=True)
    if mode == "restore":
        sb.restore_sqlite(Path(other), Path(db))
    else:
        sb.backup_file(Path(db), "daily", Path(other))
    print(f"finished after {calls[0]} steps", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
