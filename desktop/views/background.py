"""run_in_background(): service calls on a one-thread pool (serial, like Anki's DB executor), results
queued back to the GUI thread through signals; progress and cancel for long work."""

from __future__ import annotations

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
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.token = CancelToken()

    def report_progress(self, done: int, total: int) -> None:
        # Called from the worker thread; the signal is queued to the GUI thread.
        self.progressed.emit(done, total)


class _Runnable(QRunnable):
    def __init__(self, task: Task, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._task = task
        self._fn = fn
        self.setAutoDelete(True)

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # every failure reaches the view as a signal, never a silent thread death
            if not _is_domain_error(exc):
                log.exception("background task failed")
            self._task.failed.emit(exc)
        else:
            self._task.succeeded.emit(result)
        finally:
            self._task.finished.emit()


def _is_domain_error(exc: Exception) -> bool:
    from desktop.services.errors import DomainError

    return isinstance(exc, DomainError)


class BackgroundRunner(QObject):
    """One per application. Database work is serial (one thread); printing/exports share it, so a long
    export never races a save on the same SQLite connection pool."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()

    def run(self, fn: Callable[..., Any], *args: Any, with_progress: bool = False, **kwargs: Any) -> Task:
        """Run fn(*args, **kwargs); with_progress passes progress=(done,total)->None and cancelled=()->bool."""
        task = Task()
        self._tasks.add(task)
        task.finished.connect(lambda: self._tasks.discard(task))
        if with_progress:
            kwargs = {**kwargs, "progress": task.report_progress, "cancelled": task.token.cancelled}
        runnable = _Runnable(task, lambda: fn(*args, **kwargs))
        # Started from the event loop, not here: the caller connects succeeded/failed after run() returns,
        # and a fast task emitting before that would lose its result (no receiver yet means no queued call).
        QTimer.singleShot(0, self, lambda: self._pool.start(runnable))
        return task

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        from PySide6.QtCore import QCoreApplication

        # Tasks not yet handed to the pool are still waiting in the event queue.
        QCoreApplication.processEvents()
        return self._pool.waitForDone(msecs)
