"""run_task(): a background call whose result slots are connected before the work starts.

BackgroundRunner.run() starts the work and returns the Task; a slot connected to Task.succeeded afterwards
misses the result when the worker is quicker than the GUI thread (seen under load). Here the slots are
connected first, on a relay object living in the GUI thread, and the results are queued to it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from desktop.views.background import BackgroundRunner

_alive: set[_Relay] = set()


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


def run_task(runner: BackgroundRunner, fn: Callable[..., Any], *args: Any,
             on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None] | None = None) -> None:
    relay = _Relay()
    _alive.add(relay)
    queued = Qt.ConnectionType.QueuedConnection
    relay.succeeded.connect(on_success, queued)
    relay.succeeded.connect(lambda _r: _alive.discard(relay), queued)
    if on_failure is not None:
        relay.failed.connect(on_failure, queued)
    relay.failed.connect(lambda _e: _alive.discard(relay), queued)

    def work() -> Any:
        try:
            result = fn(*args)
        except Exception as exc:
            relay.failed.emit(exc)
            raise
        relay.succeeded.emit(result)
        return result

    runner.run(work)
