"""BackgroundRunner.run() with the task's signals connected before the work starts.

run() returns the Task after the worker may already have started; a quick call can emit `succeeded` before the
caller's connect() and the result is lost. The worker here waits on a gate that opens once the slots are in place."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from desktop.views.background import BackgroundRunner, Task


def _gated(gate: threading.Event, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    gate.wait()
    return fn(*args, **kwargs)


def run_connected(runner: BackgroundRunner, connect: Callable[[Task], None], fn: Callable[..., Any], *args: Any,
                  with_progress: bool = False, **kwargs: Any) -> Task:
    gate = threading.Event()
    task = runner.run(_gated, gate, fn, *args, with_progress=with_progress, **kwargs)
    try:
        connect(task)
    finally:
        gate.set()
    return task
