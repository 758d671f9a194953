"""run_task(): a background call with its result and failure slots, for the intake and ticket views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.views.background import BackgroundRunner, Task


def run_task(runner: BackgroundRunner, fn: Callable[..., Any], *args: Any,
             on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None] | None = None) -> Task:
    # The runner starts the work from the event loop, so connecting here, after run(), never misses a result.
    task = runner.run(fn, *args)
    task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    return task
