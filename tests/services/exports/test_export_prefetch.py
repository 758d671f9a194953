"""The export's record streams run one after the other in one helper thread (PrefetchChain): every record arrives
in order, the next stream starts before the writer reaches it, a query's error reaches the writer, reading out of
order is refused, and closing after a cancel stops the thread."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from desktop.services.exports.export_prefetch import PrefetchChain


def test_every_stream_yields_all_its_records_in_order_and_the_next_one_starts_early() -> None:
    started = [threading.Event() for _ in range(3)]

    def numbers(index: int, count: int) -> Iterator[int]:
        started[index].set()
        yield from range(index * 10_000, index * 10_000 + count)

    chain = PrefetchChain([lambda: numbers(0, 1234), lambda: numbers(1, 0), lambda: numbers(2, 501)], chunk=100)
    first, second, third = chain.streams()
    assert list(first) == list(range(1234))
    # The third query ran while nobody read it yet: its first chunks wait in its queue.
    assert started[2].wait(5)
    assert list(second) == []
    assert list(third) == list(range(20_000, 20_501))
    chain.close()


def test_a_query_error_reaches_the_writer() -> None:
    def broken() -> Iterator[int]:
        yield 1
        raise ValueError("disk I/O error")

    chain = PrefetchChain([broken, lambda: iter([2])])
    first, _second = chain.streams()
    with pytest.raises(ValueError, match="disk I/O error"):
        list(first)
    chain.close()


def test_reading_out_of_order_is_refused_not_a_hang() -> None:
    chain = PrefetchChain([lambda: iter(range(10_000)), lambda: iter([1])], chunk=10, depth=1)
    _first, second = chain.streams()
    with pytest.raises(RuntimeError):
        next(second)
    chain.close()


def test_closing_after_a_cancel_stops_the_thread() -> None:
    def endless() -> Iterator[int]:
        n = 0
        while True:
            n += 1
            yield n

    chain = PrefetchChain([endless], chunk=10, depth=1)
    (stream,) = chain.streams()
    assert next(stream) == 1
    chain.close()
    assert not any(t.name == "export-prefetch" and t.is_alive() for t in threading.enumerate())
