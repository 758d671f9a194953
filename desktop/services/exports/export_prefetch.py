"""Runs one record stream in a helper thread, a few chunks ahead of the workbook writer.

SQLite and psycopg release the GIL while they step through rows, and zlib while it compresses the sheets, so
reading and writing overlap. Only one stream runs at a time (the writer asks for them in order), so the session's
connection is never used by two threads at once; the queue is bounded, so memory stays flat."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
_DONE = object()


class _Failure:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def prefetched(factory: Callable[[], Iterator[T]], chunk: int = 500, depth: int = 3) -> Generator[T, None, None]:
    """Yields what factory() yields; the thread starts at the first next() and stops when the consumer does.
    Three chunks ahead keep the writer fed; eight held ~4,000 ticket records (~6 MiB) for no speed."""
    chunks: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def put(item: Any) -> bool:
        while not stop.is_set():
            try:
                chunks.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            batch: list[T] = []
            for record in factory():
                batch.append(record)
                if len(batch) >= chunk:
                    if not put(batch):
                        return
                    batch = []
            if batch and not put(batch):
                return
            put(_DONE)
        except BaseException as exc:  # handed to the consumer, which re-raises it in its own thread
            put(_Failure(exc))

    worker = threading.Thread(target=produce, name="export-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            item = chunks.get()
            if item is _DONE:
                return
            if isinstance(item, _Failure):
                raise item.exc
            yield from item
    finally:
        # A cancelled export closes this generator: let the thread finish its cursor before the session goes.
        stop.set()
        worker.join()
