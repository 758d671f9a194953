"""run_task(): a background call with its result and failure slots, for the intake and ticket views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from desktop.views.background import BackgroundRunner, Task


def _guarded(slot: Callable[[Any], None], owner: QObject | None) -> Callable[[Any], None]:
    """A result may arrive after its view was closed and deleted; it is then dropped, not delivered."""
    target = owner if owner is not None else getattr(slot, "__self__", None)

    def call(value: Any) -> None:
        if isinstance(target, QObject) and not shiboken6.isValid(target):
            return
        slot(value)

    return call


def run_task(runner: BackgroundRunner, fn: Callable[..., Any], *args: Any,
             on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None] | None = None,
             owner: QObject | None = None) -> Task:
    """`owner` is the widget the slots belong to (needed for lambdas; bound methods name it themselves)."""
    # The runner starts the work from the event loop, so connecting here, after run(), never misses a result.
    task = runner.run(fn, *args)
    task.succeeded.connect(_guarded(on_success, owner))
    if on_failure is not None:
        task.failed.connect(_guarded(on_failure, owner))
    return task
