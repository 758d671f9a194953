"""Runs the record streams of an export in one helper thread, one after the other, a few chunks ahead of the writer.

SQLite and psycopg release the GIL while they step through rows, and zlib while it compresses the sheets, so
reading and writing overlap. The streams run in the order the writer reads them, each starting as soon as the one
before has read its last row: a query that sorts before its first row (visits, callbacks, payments: ~0.7 s of CPU at
100,000 tickets) runs while the writer is still on the previous sheet, not while it waits. One thread, one stream at
a time, so the session's connection is never used by two threads at once; the queues are bounded, so memory stays
flat."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any

_DONE = object()


class _Failure:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


class PrefetchChain:
    """streams() gives one generator per factory; read them in the factories' order (each to its end, or close
    them all with close()). Reading one out of order raises RuntimeError rather than waiting forever."""

    def __init__(self, factories: Sequence[Callable[[], Iterator[Any]]], chunk: int = 500, depth: int = 3) -> None:
        # Three chunks ahead keep the writer fed; eight held ~4,000 ticket records (~6 MiB) for no speed.
        self._factories = list(factories)
        self._queues: list[queue.Queue[Any]] = [queue.Queue(maxsize=depth) for _ in self._factories]
        self._chunk = chunk
        self._stop = threading.Event()
        self._reading = 0  # the stream the writer is on
        self._thread = threading.Thread(target=self._produce, name="export-prefetch", daemon=True)
        self._started = False

    def streams(self) -> list[Generator[Any, None, None]]:
        return [self._consume(index) for index in range(len(self._factories))]

    def _put(self, chunks: queue.Queue[Any], item: Any) -> bool:
        while not self._stop.is_set():
            try:
                chunks.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _produce(self) -> None:
        for factory, chunks in zip(self._factories, self._queues, strict=True):
            try:
                batch: list[Any] = []
                for record in factory():
                    batch.append(record)
                    if len(batch) >= self._chunk:
                        if not self._put(chunks, batch):
                            return
                        batch = []
                if batch and not self._put(chunks, batch):
                    return
                if not self._put(chunks, _DONE):
                    return
            except BaseException as exc:  # handed to the consumer, which re-raises it in its own thread
                self._put(chunks, _Failure(exc))
                return

    def _consume(self, index: int) -> Generator[Any, None, None]:
        if index != self._reading:
            raise RuntimeError(f"export stream {index} read before stream {self._reading} ended")
        if not self._started:
            # The first read starts the thread (the session's connection is the caller's until then).
            self._started = True
            self._thread.start()
        chunks = self._queues[index]
        while True:
            item = chunks.get()
            if item is _DONE:
                self._reading = index + 1
                return
            if isinstance(item, _Failure):
                raise item.exc
            yield from item

    def close(self) -> None:
        """Stop the thread (after a cancel or an error) and wait for it to let go of its cursor."""
        self._stop.set()
        if self._started:
            self._thread.join()
