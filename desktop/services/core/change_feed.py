"""What other PCs changed: every change writes an audit row, so "audit rows after id N" is the feed.

SQLite is polled (one indexed query); on PostgreSQL each audited save also sends NOTIFY (core/audit.py, in the
statement that appends its records), and a listener thread wakes the views at once instead of at the next poll."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.models import AuditHead, AuditLog
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service

log = logging.getLogger(__name__)

CHANNEL = "service_desk_changes"


@dataclass(frozen=True)
class ChangeBatch:
    last_id: int
    entities: frozenset[str]
    by_others: bool


LOOKBACK = 256


class ChangeFeedService(Service):
    def latest(self, actor: Actor) -> int:
        with self._reading(actor, "ticket.read") as session:
            return session.scalar(select(func.max(AuditHead.last_id))) or 0

    def since(self, actor: Actor, last_id: int) -> ChangeBatch:
        with self._reading(actor, "ticket.read") as session:
            # The newest record of any audit lane (core/audit.py). On PostgreSQL lanes commit independently, so a
            # record may become visible after a higher id did: look back LOOKBACK ids (seen twice is harmless,
            # a refresh; missed would not be).
            head = session.scalar(select(func.max(AuditHead.last_id))) or 0
            if head <= last_id:
                return ChangeBatch(last_id, frozenset(), False)
            low = last_id - (LOOKBACK if self._db.engine.dialect.name == "postgresql" else 0)
            rows = session.execute(
                select(AuditLog.entity, func.max(AuditLog.user_id)).where(AuditLog.id > low)
                .group_by(AuditLog.entity)
            ).all()
            others = session.scalar(
                select(func.count()).select_from(AuditLog).where(
                    AuditLog.id > last_id, AuditLog.user_id.is_distinct_from(actor.user_id))
            )
            return ChangeBatch(head, frozenset(r[0] for r in rows), bool(others))

    def start_listener(self, on_change: Callable[[str], None]) -> threading.Event | None:
        """PostgreSQL only: a daemon thread LISTENing; returns the event that stops it."""
        if self._db.engine.dialect.name != "postgresql":
            return None
        stop = threading.Event()

        def run() -> None:
            import psycopg

            url = self._db.engine.url
            while not stop.is_set():
                try:
                    with psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                                         dbname=url.database, autocommit=True) as conn:
                        conn.execute(f"LISTEN {CHANNEL}")
                        while not stop.is_set():
                            for note in conn.notifies(timeout=1.0):
                                on_change(note.payload)
                except Exception:  # the server went away: wait and listen again, polling covers the gap
                    log.warning("change listener lost its connection; retrying", exc_info=True)
                    stop.wait(5)

        threading.Thread(target=run, name="change-listener", daemon=True).start()
        return stop
