"""Ticket list, search, intake and the clock watch with 1,000,000 tickets: prints figures beside the targets
(issues 3 and 18), on SQLite or on PostgreSQL.

    python benchmarks/bench_tickets.py [--tickets 1000000] [--rebuild] [--build-only]
    python benchmarks/bench_tickets.py --database postgresql+psycopg://user:password@host:port/name
    python benchmarks/bench_tickets.py --throwaway-postgres   (Debian's PostgreSQL in a temp folder, removed after)
        [--workers N]    processes generating the PostgreSQL history (default: 2, or the CPU count if fewer)
        [--plain-server] the throwaway server without the bulk-load settings (pg_throwaway.BULK_SETTINGS)

The SQLite database is generated once with desktop.demo.history and cached in benchmarks/out/ (git-ignored); a
PostgreSQL database is generated into the given (empty) database unless it already holds the tickets. The time the
generation took is printed beside its target (120 s for 1,000,000 tickets).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pg_throwaway import BULK_SETTINGS, local_socket_url, postgres_database, server_cpu_seconds  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from desktop.database import Database, as_url, migrate, open_database, sqlite_url  # noqa: E402
from desktop.models import CustomerPhone, User  # noqa: E402
from desktop.services.core.actor import Actor  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
GENERATE_TARGET_S = 120.0  # for 1,000,000 tickets
CLOCK_WATCH_TARGET_MS = 20.0


def build(tickets: int, rebuild: bool, url: str | None = None, data_dir: Path | None = None,
          workers: int = 1) -> object:
    """The SQLite file (cached) or the PostgreSQL URL, holding the generated history."""
    from argon2 import PasswordHasher

    from desktop.demo.history import generate_history
    from desktop.demo.seed import seed_branch

    if url is None:
        path = OUT / f"tickets-{tickets}.sqlite3"
        if path.exists() and not rebuild:
            return path
        OUT.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        target: object = path
        database = open_database(sqlite_url(path))
    else:
        target = as_url(url)
        # The generation reaches a throwaway server through its socket; the measurements after it keep TCP.
        database = open_database(local_socket_url(target, data_dir))
        migrate(database)
        from desktop.models import Ticket

        with database.read.begin() as session:
            held = session.scalar(select(func.count(Ticket.id))) or 0
        if held >= tickets and not rebuild:
            database.dispose()
            return target
        if held:
            raise SystemExit(f"the database already holds {held:,} tickets: give an empty database (or all of them)")
    migrate(database)
    seed_branch(database, demo=True, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        print(f"  generated {done:>9,} / {total:,} tickets  {time.perf_counter() - started:6.1f} s", flush=True)

    load = os.getloadavg()[0]
    server_before = server_cpu_seconds(data_dir)
    cpu, lanes = time.process_time(), _children_cpu()
    workers = 1 if url is None else workers
    stats = generate_history(database, tickets=tickets, seed=2026, progress=progress, workers=workers)
    cpu, lanes = time.process_time() - cpu, _children_cpu() - lanes
    size = (f"{target.stat().st_size / 2**20:,.0f} MiB" if isinstance(target, Path)  # type: ignore[union-attr]
            else database.engine.dialect.name)
    target_s = GENERATE_TARGET_S * tickets / 1_000_000
    print(f"built {stats.tickets:,} tickets, {stats.customers:,} customers, {stats.events:,} events ({size}): "
          f"{stats.seconds:.0f} s (target <= {target_s:.0f} s){'  ok' if stats.seconds <= target_s else '  OVER'}; "
          f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after; CPU of this process {cpu:.0f} s"
          + (f" + its {workers} generating processes {lanes:.0f} s" if workers > 1 else ""))
    server_after = server_cpu_seconds(data_dir)
    if server_before is not None and server_after is not None:
        print(f"CPU of the PostgreSQL server during the generation: {server_after - server_before:.0f} s")
    database.dispose()
    return target


def _children_cpu() -> float:
    """User + system CPU of the ended child processes (the generating processes of a parallel history)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(fn: Callable[[], object], repeat: int = 7) -> tuple[float, object]:
    """Median wall time in ms over `repeat` runs (the first run warms the page cache and is dropped)."""
    result = fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def line(label: str, ms: float, target: float | None = None, extra: str = "") -> None:
    verdict = "" if target is None else ("  ok" if ms <= target else "  OVER")
    limit = "" if target is None else f"(target ≤ {target:g} ms)"
    print(f"{label:<58} {ms:9.2f} ms {limit:<20}{verdict} {extra}")


def actor_of(database: Database) -> Actor:
    with database.read.begin() as session:
        user = session.scalars(select(User).where(User.username == "clerk")).one()
        return Actor(user.id, user.username, user.display_name, user.role, user.branch_id)


def bench_views(database: Database, actor: Actor) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.services.tickets.ticket_service import TicketService
    from desktop.views.tickets.ticket_table_model import TicketTableModel

    app = QApplication.instance() or QApplication([])
    service = TicketService(database)
    view = QTableView()
    view.resize(1200, 700)
    view.show()

    def first_paint() -> TicketTableModel:
        model = TicketTableModel(service, actor)
        view.setModel(model)
        model.reload()
        view.repaint()
        app.processEvents()
        return model

    ms, model = timed(first_paint, repeat=5)
    line("ticket list: first paint (model + view, offscreen)", ms, 250,
         f"rows={model.rowCount():,} of {model.total:,}")  # type: ignore[attr-defined]

    times = []
    loaded = 0
    for _ in range(5):
        model.reload()  # type: ignore[attr-defined]
        view.scrollToTop()
        app.processEvents()
        started = time.perf_counter()
        model.reveal_all()  # type: ignore[attr-defined]  (what the End key / dragging the bar to the end needs)
        view.scrollTo(model.index(model.rowCount() - 1, 0))  # type: ignore[attr-defined]
        view.repaint()
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        loaded = model.loaded_rows()  # type: ignore[attr-defined]
    last = model.row_at(model.rowCount() - 1)  # type: ignore[attr-defined]
    line("ticket list: scroll to the last row", statistics.median(times), 100,
         f"rows in memory={loaded}; last row={last.number if last else None}")
    view.close()


def bench_search(database: Database, actor: Actor) -> None:
    from desktop.services.core.ticket_search import newest_matches
    from desktop.services.tickets.ticket_service import TicketService

    service = TicketService(database)
    sqlite = database.is_sqlite
    content, key, column = (("ticket_search_content", "id", "c0") if sqlite else ("ticket_search", "ticket_id", "doc"))
    with database.read.begin() as session:
        phone = session.scalar(select(CustomerPhone.number).order_by(CustomerPhone.id.desc()).limit(1))
        # A name and an estate from the middle of the history: what a clerk types for a known customer.
        middle = session.scalar(text(f"SELECT {column} FROM {content} WHERE {key} = "
                                     f"(SELECT max({key}) / 2 FROM {content})"))
        assert phone is not None and middle is not None
    fields = middle.split(" | ")
    estate = next((f for f in fields if "号" in f and "区" not in f[:2]), fields[-3])
    terms = [("phone fragment", phone[3:9]), ("3+ character Chinese term (name)", fields[2]),
             ("3+ character Chinese term (address)", estate[: estate.index("号") + 1] if "号" in estate else estate),
             ("3+ character Chinese term (common)", "真空管破损")]
    for label, term in terms:
        def fts(term: str = term) -> list[int]:
            with database.read.begin() as session:
                return newest_matches(session, term, 100)

        def like(term: str = term) -> list[int]:
            with database.read.begin() as session:
                if not sqlite:
                    # The same query without the search indexes: the documents scanned newest first.
                    session.execute(text("SET LOCAL enable_bitmapscan = off"))
                return list(session.scalars(text(
                    # The same text the index was built from, scanned newest first.
                    f"SELECT {key} FROM {content} WHERE {column} {'LIKE' if sqlite else 'ILIKE'} :p "
                    f"ORDER BY {key} DESC LIMIT 100"
                ), {"p": f"%{term}%"}))

        ms_fts, ids = timed(fts)
        ms_like, like_ids = timed(like, repeat=3)
        assert sorted(ids) == sorted(like_ids), f"index and LIKE disagree for {term!r}"
        ratio = ms_like / ms_fts
        line(f"search {label} {term!r}: newest 100", ms_fts, 10,
             f"matches={len(ids)}; {'LIKE' if sqlite else 'ILIKE'} '%x%' without the index {ms_like:.1f} ms = "
             f"{ratio:,.0f}x (target ≥ 30x){'  ok' if ratio >= 30 else '  OVER'}")
    for term in ("漏水", "滑县", "杨"):
        def short(term: str = term) -> list[int]:
            with database.read.begin() as session:
                return newest_matches(session, term, 100)

        ms, ids = timed(short)
        line(f"search {len(term)}-character term {term!r}: newest 100", ms, 500, f"matches={len(ids)}")
    ms, rows = timed(lambda: service.search(actor, "漏水"))
    line("TicketService.search('漏水') incl. display rows", ms, None, f"rows={len(rows)}")  # type: ignore[arg-type]


def bench_intake(database: Database, actor: Actor) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.services.tickets.customer_service import CustomerService
    from desktop.services.tickets.ticket_service import TicketService
    from desktop.views.background import BackgroundRunner
    from desktop.views.intake.intake_view import IntakeView

    app = QApplication.instance() or QApplication([])
    customers = CustomerService(database)
    tickets = TicketService(database)
    with database.read.begin() as session:
        phone = session.scalar(select(CustomerPhone.number).order_by(CustomerPhone.id).offset(5000).limit(1))
    runner = BackgroundRunner(app)

    views: list[IntakeView] = []

    def open_view() -> IntakeView:
        view = IntakeView(customers, tickets, runner, actor)
        view.show()
        app.processEvents()
        runner.wait_for_done()
        views.append(view)
        return view

    def find(view: IntakeView) -> int:
        matches = customers.find_by_phone(actor, phone or "")
        view._set_customer(customers.detail(actor, matches[0].customer_id))  # what the result slot does
        app.processEvents()
        return len(matches)

    open_ms, view = timed(open_view)
    find_ms, found = timed(lambda: find(view))  # type: ignore[arg-type]
    line("intake: open the view (first paint)", open_ms, None)
    line("intake: find customer by full phone + show card", find_ms, None, f"found={found}")
    line("intake: open + find by full phone", open_ms + find_ms, 50)
    for v in views:
        v.close()
    ms, _ = timed(lambda: customers.find_by_phone(actor, phone or ""))
    line("CustomerService.find_by_phone(full phone)", ms, None)
    ms, _ = timed(lambda: customers.find_by_phone(actor, (phone or "")[-5:]))
    line("CustomerService.find_by_phone(5-digit fragment)", ms, None)
    ms, watch = timed(lambda: tickets.clock_watch(actor))
    line("TicketService.clock_watch() (every minute on every PC)", ms, CLOCK_WATCH_TARGET_MS,
         f"count={watch.count}")  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--database", metavar="URL", help="a PostgreSQL database (empty, or already generated)")
    parser.add_argument("--throwaway-postgres", action="store_true",
                        help="start Debian's PostgreSQL in a temp folder (as the tests do), removed at the end")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1),
                        help="processes generating a PostgreSQL history at once")
    parser.add_argument("--plain-server", action="store_true",
                        help="the throwaway server without the bulk-load settings")
    args = parser.parse_args(argv)
    if not args.throwaway_postgres:
        return measure(args, None)
    settings = None if args.plain_server else BULK_SETTINGS
    with postgres_database(None, "tickets", settings) as (args.database, data_dir):
        return measure(args, data_dir)


def measure(args: argparse.Namespace, data_dir: Path | None) -> int:
    target = build(args.tickets, args.rebuild, args.database, data_dir, args.workers)
    if args.build_only:
        return 0
    if isinstance(target, Path):
        database = open_database(sqlite_url(target))
        migrate(database)
        print(f"database: {target} ({target.stat().st_size / 2**20:,.0f} MiB), SQLite {_sqlite_version()}; "
              f"load average {os.getloadavg()[0]:.1f}")
    else:
        database = open_database(target)  # type: ignore[arg-type]
        migrate(database)
        with database.read.begin() as session:
            version = session.scalar(text("SHOW server_version"))
            size = session.scalar(text("SELECT pg_database_size(current_database())")) or 0
        print(f"database: PostgreSQL {version} ({size / 2**20:,.0f} MiB); load average {os.getloadavg()[0]:.1f}")
        # Right after a bulk load the visibility map is still empty, so the clock watch's index-only scans visit the
        # table for a third of their entries; a live server's autovacuum has long set it (it also runs after bulk
        # inserts, minutes later). Measure that steady state.
        started = time.perf_counter()
        with database.engine.connect() as conn:
            autocommit = conn.execution_options(isolation_level="AUTOCOMMIT")  # VACUUM runs outside transactions
            autocommit.exec_driver_sql("VACUUM (ANALYZE) ticket, service_clock")
        print(f"VACUUM (ANALYZE) ticket, service_clock, as autovacuum would: {time.perf_counter() - started:.1f} s")
    actor = actor_of(database)
    bench_views(database, actor)
    bench_search(database, actor)
    bench_intake(database, actor)
    database.dispose()
    return 0


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


if __name__ == "__main__":
    raise SystemExit(main())
