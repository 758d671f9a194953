"""`hq-load --jobs N`: workbooks loaded by N worker processes, each with its own connection.

A branch's workbooks stay together, in export order, in one worker, so the latest export of a branch and period
still wins and each replacement reports what it changed; different branches load side by side (they touch
different rows, and a load locks only its own branch). Each workbook is still one transaction of its own."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.errors import DatabaseUnavailableError, DomainError, NotFoundError, PermissionDenied, ValidationError
from desktop.exports.workbook_reader import read_workbook
from desktop.hq.loader import HqLoader, LoadCancelled, LoadResult

Cancelled = Callable[[], bool]
_ERRORS: dict[str, type[DomainError]] = {c.__name__: c for c in (
    ValidationError, DatabaseUnavailableError, PermissionDenied, NotFoundError, DomainError)}
_worker: dict[str, Any] = {}


def branch_groups(paths: Sequence[Path]) -> list[list[Path]]:
    """Paths grouped by branch code, each group in export order; unreadable files alone (refused when loaded)."""
    groups: dict[str, list[tuple[datetime, str, Path]]] = {}
    alone: list[list[Path]] = []
    for path in paths:
        try:
            with read_workbook(path) as book:
                groups.setdefault(book.meta.branch_code, []).append((book.meta.exported_at, path.name, path))
        except ValidationError:
            alone.append([path])
    return [[p for *_, p in sorted(g)] for _code, g in sorted(groups.items())] + alone


def _start_worker(url: str, os_user: str | None) -> None:
    from desktop.hq.hq_database import open_hq_database

    _worker["loader"] = HqLoader(open_hq_database(url), os_user)


def _load_group(paths: list[Path]) -> list[tuple[Path, Any]]:
    """In a worker: load a branch's files; each outcome a LoadResult or an error as (class name, code, params)
    (a DomainError does not survive pickling with its code)."""
    from sqlalchemy.exc import DBAPIError

    loader: HqLoader = _worker["loader"]
    outcomes: list[tuple[Path, Any]] = []
    for path in paths:
        try:
            outcomes.append((path, loader.load(path)))
        except DomainError as exc:
            outcomes.append((path, (type(exc).__name__, exc.code, exc.field, exc.params)))
        except DBAPIError as exc:
            outcomes.append((path, ("DatabaseUnavailableError", "database_unreachable", None,
                                    {"detail": str(exc.orig)})))
    return outcomes


def _error(found: tuple[str, str, str | None, dict[str, Any]]) -> DomainError:
    name, code, field, params = found
    return _ERRORS.get(name, DomainError)(code, field, **params)


def load_files_parallel(url: str, paths: Sequence[Path], jobs: int, *, os_user: str | None = None,
                        on_result: Callable[[LoadResult], None] | None = None,
                        on_error: Callable[[Path, Exception], None] | None = None,
                        progress: Callable[[int, int], None] | None = None,
                        cancelled: Cancelled | None = None) -> tuple[list[LoadResult], int]:
    """As loader.load_files, `jobs` loads at a time: this process loads too, beside jobs - 1 workers (so memory
    is this process's and theirs, not one more interpreter). `url` carries the password if any (it goes to the
    workers through a pipe, never on a command line). On cancel the running loads finish, the rest do not start,
    and LoadCancelled is raised."""
    from desktop.hq.hq_database import open_hq_database

    queue = branch_groups(paths)
    queue.reverse()  # pop() takes the next group
    total = sum(len(g) for g in queue)
    results: list[LoadResult] = []
    counts = {"done": 0, "refused": 0}

    def report(path: Path, outcome: Any) -> None:
        counts["done"] += 1
        if isinstance(outcome, LoadResult):
            results.append(outcome)
            if on_result is not None:
                on_result(outcome)
        else:
            counts["refused"] += 1
            if on_error is not None:
                on_error(path, outcome if isinstance(outcome, Exception) else _error(outcome))
        if progress is not None:
            progress(counts["done"], total)

    database = open_hq_database(url)
    _worker["loader"] = HqLoader(database, os_user)
    # spawn, not fork: a forked child would share this process's open database connections.
    context = multiprocessing.get_context("spawn")
    workers = max(0, jobs - 1)
    try:
        with ProcessPoolExecutor(max(1, workers), mp_context=context, initializer=_start_worker,
                                 initargs=(url, os_user)) as pool:
            pending: set[Future[list[tuple[Path, Any]]]] = set()
            try:
                while queue or pending:
                    if cancelled is not None and cancelled():
                        raise LoadCancelled()
                    while workers and queue and len(pending) < workers:
                        pending.add(pool.submit(_load_group, queue.pop()))
                    if queue:
                        for path, outcome in _load_group(queue.pop()):
                            report(path, outcome)
                    finished, pending = wait(pending, timeout=0 if queue else 0.5, return_when=FIRST_COMPLETED)
                    for future in finished:
                        for path, outcome in future.result():
                            report(path, outcome)
            except BaseException:
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    finally:
        _worker.pop("loader", None)
        database.dispose()
    return results, counts["refused"]
