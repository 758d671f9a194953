"""run_in_background(): service calls on a one-thread pool (serial, like Anki's DB executor), results
queued back to the GUI thread through signals; progress and cancel for long work."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class CancelToken:
    """Passed to long work; the worker calls `cancelled()` between steps and stops cleanly."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def cancelled(self) -> bool:
        return self._event.is_set()


class Task(QObject):
    """The GUI thread's handle on one piece of background work. Only the GUI thread ever holds it: a
    QObject whose last reference died in a worker thread would be destroyed there and crash Qt."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, task_id: int) -> None:
        super().__init__()
        self.task_id = task_id
        self.token = CancelToken()


class _Relay(QObject):
    """Lives as long as the runner; workers emit here with the task id, Qt queues it to the GUI thread."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)
    finished = Signal(int)


class _Runnable(QRunnable):
    def __init__(self, relay: _Relay, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._relay = relay
        self._task_id = task_id
        self._fn = fn
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # every failure reaches the view as a signal, never a silent thread death
            if not _is_domain_error(exc):
                log.exception("background task failed")
            self._relay.failed.emit(self._task_id, exc)
        else:
            self._relay.succeeded.emit(self._task_id, result)
        finally:
            self._fn = None  # type: ignore[assignment]
            self._relay.finished.emit(self._task_id)


def _is_domain_error(exc: Exception) -> bool:
    from desktop.errors import DomainError

    return isinstance(exc, DomainError)


class BackgroundRunner(QObject):
    """One per application. Database work is serial (one thread); printing/exports share it, so a long
    export never races a save on the same SQLite connection pool."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: dict[int, Task] = {}
        self._ids = itertools.count(1)
        self._relay = _Relay(self)
        self._relay.succeeded.connect(self._on_relay_succeeded)
        self._relay.failed.connect(self._on_relay_failed)
        self._relay.progressed.connect(self._on_relay_progressed)
        self._relay.finished.connect(self._on_relay_finished)

    def run(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any) -> Task:
        """Run fn(*args, **kwargs); with_progress passes progress=(done,total)->None and cancelled=()->bool."""
        task = Task(next(self._ids))
        self._tasks[task.task_id] = task
        relay, task_id = self._relay, task.task_id
        if with_progress:
            token = task.token

            def progress(done: int, total: int) -> None:
                relay.progressed.emit(task_id, done, total)

            kwargs = {**kwargs, "progress": progress, "cancelled": token.cancelled}
        runnable = _Runnable(relay, task_id, lambda: fn(*args, **kwargs))
        # Started from the event loop, not here: the caller connects succeeded/failed after run() returns,
        # and a fast task answering before that would lose its result.
        QTimer.singleShot(0, self, lambda: self._pool.start(runnable))
        return task

    def _on_relay_succeeded(self, task_id: int, result: object) -> None:
        task = self._tasks.get(task_id)
        if task is not None:
            task.succeeded.emit(result)

    def _on_relay_failed(self, task_id: int, error: object) -> None:
        task = self._tasks.get(task_id)
        if task is not None:
            task.failed.emit(error)

    def _on_relay_progressed(self, task_id: int, done: int, total: int) -> None:
        task = self._tasks.get(task_id)
        if task is not None:
            task.progressed.emit(done, total)

    def _on_relay_finished(self, task_id: int) -> None:
        task = self._tasks.pop(task_id, None)
        if task is not None:
            task.finished.emit()

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        from PySide6.QtCore import QCoreApplication

        # Tasks not yet handed to the pool are still waiting in the event queue.
        QCoreApplication.processEvents()
        return self._pool.waitForDone(msecs)
