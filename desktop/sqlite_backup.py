"""SQLite backups and restore that a kill, a power cut or a full disk cannot leave half done.

Backups are written under a temporary name, checked, flushed to disk and only then renamed into the backups folder,
so a file that is listed is always whole. A restore never writes into the live file: the backup is copied and checked
beside it, a consistent copy of the current database is kept, a small journal records the plan, and the new file is
swapped in with one `os.replace`. A start that finds the journal finishes the swap or rolls it back
(`recover_interrupted_restore`) before anything opens the database.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop import paths
from desktop.audit_anchors import Signer, anchor_sqlite_file
from desktop.errors import DatabaseUnavailableError, StateError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 15.0
PARTIAL_SUFFIX = ".partial"
JOURNAL_SUFFIX = ".restore-journal"
RESTORE_TMP_SUFFIX = ".restore-tmp"
KEPT_MARK = "-replaced-"


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    """A rename is durable only once its folder is flushed (POSIX); Windows has no folder handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "disk is full" in text or "no space left" in text or getattr(exc, "errno", None) == 28


def integrity_problem(path: Path) -> str | None:
    """None when the file is a sound SQLite database, else what is wrong (read only; never creates the file)."""
    if not path.exists() or path.stat().st_size == 0:
        return "missing or empty"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        row = conn.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return None if row and row[0] == "ok" else str(row[0] if row else "no answer")


def live_damage(path: Path) -> str | None:
    """What is damaged in the live database at `path`, page by page; None when it is sound or cannot be read just
    now (a lock or a busy disk is not damage: only SQLite's "malformed" and "not a database" answers are)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.OperationalError:
        return None  # locked, busy, out of memory: nothing said about the pages
    except sqlite3.DatabaseError as exc:
        return str(exc)  # SQLITE_CORRUPT / SQLITE_NOTADB
    finally:
        conn.close()
    return None if row and row[0] == "ok" else str(row[0] if row else "no answer")


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API (it reads committed data, WAL included)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    dst = sqlite3.connect(str(target))
    try:
        src.backup(dst)
        # The copy is a single self-contained file: no -wal beside it to lose or to mix up.
        dst.execute("PRAGMA journal_mode = DELETE")
    finally:
        dst.close()
        src.close()


def _write_checked(source: Path, final: Path) -> Path:
    """Copy under a temporary name, check it, flush it, then rename: a listed file is never a torn one."""
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    try:
        _copy_database(source, partial)
        problem = integrity_problem(partial)
        if problem is not None:
            raise DatabaseUnavailableError("backup_check_failed", path=str(final), detail=problem)
        _fsync_file(partial)
        os.replace(partial, final)
        _fsync_dir(final.parent)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if _is_disk_full(exc):
            raise StateError("disk_full", path=str(final.parent)) from exc
        raise DatabaseUnavailableError("backup_failed", path=str(final), detail=str(exc)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return final


def backup_file(source: Path, reason: str, target_dir: Path | None = None, signer: Signer | None = None
                ) -> Path | None:
    """Back up the SQLite file at `source` into the backups folder; None when there is nothing to back up. The
    audit chain heads of the copy are anchored beside the database (desktop.audit_anchors)."""
    if not source.exists() or source.stat().st_size == 0:
        return None
    target_dir = target_dir or paths.backups_dir()
    paths.make_private_dir(target_dir)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    try:
        target = _write_checked(source, target_dir / f"{source.stem}-{stamp}-{reason}.sqlite3")
    except DatabaseUnavailableError as exc:
        # A copy that fails its check is most often a copy of a damaged database: on a large file the start reads
        # only the header and schema, so this is the day's only full check of the live file. Say which it is.
        damage = live_damage(source) if exc.code in ("backup_check_failed", "backup_failed") else None
        if damage is not None:
            raise DatabaseUnavailableError("live_database_damaged", path=str(source), backups=str(target_dir),
                                           detail=damage) from exc
        raise
    paths.make_private_file(target)
    anchor_sqlite_file(source, target, "migration" if reason == "pre-migration" else "backup",
                       {"file": target.name, "reason": reason}, signer)
    log.info("database backed up to %s (%s)", target, reason)
    return target


def list_backups(backup_dir: Path | None = None, stem: str | None = None) -> list[Path]:
    """Whole backups only (a `.partial` left by a kill or a full disk is never offered), newest first."""
    backup_dir = backup_dir or paths.backups_dir()
    found = [p for p in backup_dir.glob("*.sqlite3") if stem is None or _is_backup_of(p.name, stem)]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _is_backup_of(name: str, stem: str) -> bool:
    """`<stem>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite3` (backup_file's name). A bare prefix test took the copies of
    `service-desk-test.sqlite3` for copies of `service-desk.sqlite3`, whose first start was then refused."""
    return re.fullmatch(re.escape(stem) + r"-\d{8}-\d{6}-\d{6}-[^.]+\.sqlite3", name) is not None


def prune_backups(keep_days: int, backup_dir: Path | None = None) -> int:
    """Remove backups older than `keep_days`, and any partial file a killed backup left behind."""
    backup_dir = backup_dir or paths.backups_dir()
    cutoff = datetime.now().timestamp() - keep_days * 86400
    removed = 0
    for path in list_backups(backup_dir):
        if path.stat().st_mtime < cutoff:
            path.unlink()
            removed += 1
    for partial in backup_dir.glob(f"*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            partial.unlink()
    return removed


def kept_copies(target: Path) -> list[Path]:
    """Copies of the database that a restore kept beside it (`<name>-replaced-<time>.sqlite3`), newest first."""
    found = target.parent.glob(f"{target.stem}{KEPT_MARK}*{target.suffix}")
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


@dataclass(frozen=True)
class RestoreRecovery:
    """What a start found of a restore that was interrupted, and what it did."""

    outcome: str  # "completed" (the backup is now the database) or "rolled_back" (the old database stays)
    backup: str
    kept: str | None


def _journal(target: Path) -> Path:
    return target.with_name(target.name + JOURNAL_SUFFIX)


def _restore_tmp(target: Path) -> Path:
    return target.with_name(target.name + RESTORE_TMP_SUFFIX)


def _side_files(target: Path) -> list[Path]:
    return [target.with_name(target.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _drop_side_files(target: Path) -> None:
    """Before the swap: a -wal of the old file must never be replayed into the new one."""
    for side in _side_files(target):
        if side.exists():
            if side.name.endswith("-wal") and side.stat().st_size > 0:
                # Checkpointed and closed above; a WAL with frames means another program still has it open.
                raise StateError("database_in_use", path=str(target))
            side.unlink()


def _checkpoint(target: Path) -> None:
    """Fold the WAL into the main file so that the kept copy and the swap see every committed save."""
    conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_S)
    try:
        row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if row is not None and row[0] != 0:
            raise StateError("database_in_use", path=str(target))
    finally:
        conn.close()


def restore_sqlite(backup: Path, target: Path) -> Path | None:
    """Make `backup` the database at `target`. Returns the kept copy of the database it replaced (None if there
    was none). Every engine on `target` must be disposed first (Windows cannot replace an open file).

    At any kill, `target` is either the old database or the new one, whole: the only write to `target` is the
    final `os.replace`. The journal lets the next start finish or undo the swap."""
    problem = integrity_problem(backup)
    if problem is not None:
        raise DatabaseUnavailableError("database_corrupt", path=str(backup), detail=problem)
    tmp, journal = _restore_tmp(target), _journal(target)
    if journal.exists():
        recover_interrupted_restore(target)
    try:
        _copy_database(backup, tmp)
        problem = integrity_problem(tmp)
        if problem is not None:
            raise DatabaseUnavailableError("database_corrupt", path=str(backup), detail=problem)
        _fsync_file(tmp)
        kept: Path | None = None
        if target.exists() and target.stat().st_size > 0:
            _checkpoint(target)
            kept = target.with_name(f"{target.stem}{KEPT_MARK}{datetime.now():%Y%m%d-%H%M%S-%f}{target.suffix}")
            _keep_replaced(target, kept)
            paths.make_private_file(kept)
        journal.write_text(json.dumps({"backup": str(backup), "tmp": str(tmp), "kept": str(kept) if kept else None}),
                           encoding="utf-8")
        _fsync_file(journal)
        _fsync_dir(target.parent)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if _is_disk_full(exc):
            raise StateError("disk_full", path=str(target.parent)) from exc
        raise DatabaseUnavailableError("restore_failed", path=str(target), detail=str(exc)) from exc
    _swap(tmp, target)
    journal.unlink()
    _fsync_dir(target.parent)
    # The heads move back on purpose: say so outside the database, naming the backup, before anything opens it.
    anchor_sqlite_file(target, target, "restore", {"backup": backup.name, "kept": kept.name if kept else None})
    log.warning("database %s restored from %s; the replaced file is kept as %s", target, backup, kept)
    return kept


def _keep_replaced(target: Path, kept: Path) -> None:
    """Keep the database a restore replaces. A damaged one (the reason for most restores after the daily check
    finds damage) cannot pass a copy's check: it is kept byte for byte instead, for a rescue attempt, never
    refusing the restore that repairs the branch."""
    try:
        _write_checked(target, kept)
    except DatabaseUnavailableError as exc:
        if exc.code != "backup_check_failed" or live_damage(target) is None:
            raise
        partial = kept.with_name(kept.name + PARTIAL_SUFFIX)
        try:
            shutil.copyfile(target, partial)
            _fsync_file(partial)
            os.replace(partial, kept)
            _fsync_dir(kept.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
        log.warning("the replaced database %s is damaged; kept as it was in %s", target, kept)


def _swap(tmp: Path, target: Path) -> None:
    _drop_side_files(target)
    os.replace(tmp, target)
    _fsync_dir(target.parent)
    paths.make_private_file(target)


def recover_interrupted_restore(target: Path) -> RestoreRecovery | None:
    """Called at every start before the database is opened. A restore killed after its journal was written is
    finished when its checked copy is whole, else rolled back to the old database (which was never touched)."""
    tmp, journal = _restore_tmp(target), _journal(target)
    if not journal.exists():
        # Killed before the plan was written: the database was never touched; drop the half copy.
        if tmp.exists():
            tmp.unlink()
            log.warning("removed an unfinished restore copy %s; the database was not changed", tmp)
        return None
    try:
        plan = json.loads(journal.read_text(encoding="utf-8"))
        backup, kept = str(plan["backup"]), plan.get("kept")
    except (OSError, ValueError, KeyError, TypeError):
        # A torn journal is written before anything else happens: nothing was swapped yet.
        backup, kept = "", None
        plan = None
    if plan is None:
        outcome = "rolled_back"
        with contextlib.suppress(OSError):
            tmp.unlink()
    elif tmp.exists():
        if integrity_problem(tmp) is None and (kept is None or Path(kept).exists()):
            _swap(tmp, target)
            anchor_sqlite_file(target, target, "restore", {"backup": Path(backup).name, "kept": kept,
                                                           "completed_at_start": True})
            outcome = "completed"
        else:
            tmp.unlink()
            outcome = "rolled_back"
    else:
        # The swap happened (os.replace is atomic); only the journal was left.
        outcome = "completed"
    journal.unlink()
    _fsync_dir(target.parent)
    log.warning("an interrupted restore of %s was %s", target, outcome)
    return RestoreRecovery(outcome, backup, kept)


def guard_new_database(target: Path, backup_dir: Path | None = None) -> None:
    """Refuse to create a branch in an empty or missing file when copies of the branch's database exist: the
    clerk must restore one (or remove them on purpose), never silently start an empty branch."""
    if target.exists() and target.stat().st_size > 0 and _has_tables(target):
        return
    evidence = kept_copies(target) + list_backups(backup_dir, stem=target.stem)
    if _journal(target).exists():
        evidence.append(_journal(target))
    if evidence:
        raise DatabaseUnavailableError("database_missing_with_copies", path=str(target), copies=len(evidence),
                                       newest=str(evidence[0]))


def _has_tables(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return True  # unreadable is not "empty": the corruption check reports it
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0] > 0
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()
