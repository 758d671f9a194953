"""Tells open lists that another PC changed something: polls the change feed, and on PostgreSQL is woken
at once by NOTIFY; `changed` carries the names of the changed tables."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.core.actor import Actor
from desktop.services.core.change_feed import ChangeBatch, ChangeFeedService
from desktop.views.background import BackgroundRunner


class ChangeWatcher(QObject):
    changed = Signal(frozenset)
    _woken = Signal(str)

    def __init__(self, feed: ChangeFeedService, runner: BackgroundRunner, actor: Actor,
                 interval_ms: int = 5000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._feed = feed
        self._runner = runner
        self._actor = actor
        self._last_id = feed.latest(actor)
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        # The listener thread emits a queued signal; the poll itself always runs through the runner.
        self._woken.connect(lambda _entity: self.poll())
        self._stop = feed.start_listener(self._woken.emit)

    def poll(self) -> None:
        if self._busy:
            return
        self._busy = True
        task = self._runner.run(self._feed.since, self._actor, self._last_id)
        task.succeeded.connect(self._on_batch)
        task.finished.connect(self._on_finished)

    def _on_finished(self) -> None:
        self._busy = False

    def _on_batch(self, batch: ChangeBatch) -> None:
        self._last_id = batch.last_id
        if batch.entities and batch.by_others:
            self.changed.emit(batch.entities)

    def stop(self) -> None:
        self._timer.stop()
        if self._stop is not None:
            self._stop.set()
