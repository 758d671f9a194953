"""Backups (daily and on demand, SQLite online backup), restore, and the audit-chain check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from desktop import paths
from desktop.audit_anchors import Signer
from desktop.database import Database, backup_sqlite
from desktop.errors import StateError
from desktop.services.core import audit, audit_anchoring
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.permissions import require
from desktop.services.core.settings_store import load_setting
from desktop.sqlite_backup import list_backups, prune_backups, restore_sqlite


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    taken_at: datetime


class MaintenanceService(Service):
    def __init__(self, database: Database, backup_dir: Path | None = None, signer: Signer | None = None) -> None:
        super().__init__(database)
        self._backup_dir = backup_dir
        # Signs audit anchors with the branch key when it is unlocked (SigningService.sign_anchor).
        self._signer = signer

    @property
    def backup_dir(self) -> Path:
        return self._backup_dir or paths.backups_dir()

    def _own_backups(self) -> list[Path]:
        """This database's copies only: the backups folder is shared by every database file on the PC (the demo, a
        second branch file), and another file's copy must never be offered for restore nor count as today's."""
        path = self._db.sqlite_path
        return list_backups(self.backup_dir, stem=path.stem) if path is not None else []

    def backups(self, actor: Actor) -> list[BackupInfo]:
        require(actor, "backup.manage")
        return [BackupInfo(p, p.stat().st_size, datetime.fromtimestamp(p.stat().st_mtime))
                for p in self._own_backups()]

    def backup_now(self, actor: Actor, reason: str = "manual") -> Path:
        require(actor, "backup.manage")
        if not self._db.is_sqlite:
            # The branch server's own dump schedule covers PostgreSQL; the app does not copy a server.
            raise StateError("backup_sqlite_only")
        target = backup_sqlite(self._db, reason, self.backup_dir, self._signer)
        if target is None:
            raise StateError("nothing_to_back_up")
        with self._writing(actor, "backup.manage") as session:
            audit.record(session, actor, "database.backup", "database", None, after={"file": str(target)})
        return target

    def daily_backup_if_due(self, actor: Actor, now: datetime | None = None) -> Path | None:
        """Called at start-up by any user: at most one automatic backup a day, then old ones pruned."""
        require(actor, "ticket.read")
        # At least one anchor of the audit chain a day, on either database.
        audit_anchoring.anchor_if_due(self._db, self._signer)
        if not self._db.is_sqlite:
            return None
        now = now or datetime.now()
        existing = self._own_backups()
        recent = [p for p in existing if p.name.endswith("-daily.sqlite3")
                  and datetime.fromtimestamp(p.stat().st_mtime) > now - timedelta(days=1)]
        if recent:
            return None
        target = backup_sqlite(self._db, "daily", self.backup_dir, self._signer)
        with self._db.read.begin() as session:
            keep_days = int(load_setting(session, actor.branch_id, "backup.keep_days"))
        prune_backups(keep_days, self.backup_dir)
        return target

    def restore(self, actor: Actor, backup: Path) -> Path | None:
        """Replaces the live file atomically (see desktop.sqlite_backup); the caller must close the application
        afterwards. Every pooled connection is closed first: Windows cannot replace a file that is open."""
        require(actor, "backup.manage")
        target = self._db.sqlite_path
        if target is None:
            raise StateError("backup_sqlite_only")
        with self._writing(actor, "backup.manage") as session:
            audit.record(session, actor, "database.restore_requested", "database", None,
                         after={"file": str(backup)})
        self._db.dispose()
        kept = restore_sqlite(backup, target)
        # The restored file knows nothing of the request recorded above (that record stays in the kept copy):
        # say in its own log who restored it and from what. The user may not exist in the older file, hence by name.
        with self._db.write.begin() as session:
            audit.record(session, None, "database.restored", "database", None,
                         after={"file": backup.name, "kept": kept.name if kept else None,
                                "by": actor.username})
        # The restore's own anchor (signed when the key is open) covers the record above.
        audit_anchoring.write_anchor(self._db, "restore", {"backup": backup.name, "by": actor.username},
                                     self._signer)
        self._db.dispose()
        return kept

    def check_audit_chain(self, actor: Actor) -> audit.ChainCheck:
        """The chain walk compared with the latest anchor kept outside the database."""
        return self.check_audit(actor).chain

    def check_audit(self, actor: Actor, verify_signature: Any = None) -> audit_anchoring.AnchoredCheck:
        require(actor, "audit.read")
        with self._reading(actor, "audit.read"):
            pass  # a reachable database, or DatabaseUnavailableError
        return audit_anchoring.check(self._db, verify_signature)
