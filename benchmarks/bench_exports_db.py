"""Benchmark of the HQ export from the database: ExportService on a generated branch history (default 100,000
tickets), all sheets; time and memory above the pre-export baseline, and ratios against openpyxl fed by the same
SQL streams (its write-only cell writer, and its normal in-memory mode)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for entry in (ROOT, ROOT / "benchmarks"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from bench_exports import _normal_mode_export  # noqa: E402 - paths above come first

from desktop.database import Database, migrate, open_database, sqlite_url  # noqa: E402

TARGET_S, TARGET_MIB = 15.0, 50.0


def _rss_mib() -> float:
    """Peak RSS of this process (VmHWM). Not ru_maxrss: Linux keeps that across exec, so a child would inherit
    the high-water mark of the parent that generated the database."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def build_database(path: Path, tickets: int, seed: int) -> float:
    from desktop.demo.history import generate_history
    from desktop.demo.history_contacts_volume import add_contact_volume
    from desktop.demo.seed import seed_branch

    database = open_database(sqlite_url(path))
    migrate(database)
    seed_branch(database, demo=True)
    started = time.perf_counter()
    generate_history(database, tickets=tickets, seed=seed)
    # Consultations and quality feedback in a busy branch's numbers (the demo history writes a few of each).
    add_contact_volume(database, seed)
    database.dispose()
    return time.perf_counter() - started


def _whole_history(database: Database) -> tuple[date, date, int]:
    from sqlalchemy import func, select

    from desktop.clock import local_date_of
    from desktop.models import Branch, Ticket

    with database.read.begin() as session:
        low, high = session.execute(select(func.min(Ticket.opened_at), func.max(Ticket.opened_at))).one()
        branch_id = session.scalar(select(Branch.id).order_by(Branch.id))
    return local_date_of(low), local_date_of(high), int(branch_id)


class _SqlStreams:
    """The service's own queries, handed to the comparison writers (same rows, same order)."""

    def __init__(self, session, scope) -> None:  # type: ignore[no-untyped-def]
        from desktop.services.exports import export_queries

        self._q, self._session, self._scope = export_queries, session, scope

    def tickets(self):  # type: ignore[no-untyped-def]
        return self._q.tickets(self._session, self._scope)

    def visits(self):  # type: ignore[no-untyped-def]
        return self._q.visits(self._session, self._scope)

    def returns(self):  # type: ignore[no-untyped-def]
        return self._q.returns(self._session, self._scope)

    def callbacks(self):  # type: ignore[no-untyped-def]
        return self._q.callbacks(self._session, self._scope)

    def complaints(self):  # type: ignore[no-untyped-def]
        return self._q.complaints(self._session, self._scope)

    def all(self):  # type: ignore[no-untyped-def]
        return self.tickets(), self.visits(), self.returns(), self.callbacks(), self.complaints()


def _comparison(name: str, database: Database, start: date, end: date, branch_id: int, out: Path) -> None:
    from zoneinfo import ZoneInfo

    from desktop.clock import utc_now
    from desktop.exports.records import ExportMeta
    from desktop.exports.workbook_writer import write_workbook
    from desktop.services.core.settings_store import load_warranty_policy
    from desktop.services.exports.export_period import Period
    from desktop.services.exports.export_scope import load_scope
    from desktop.services.exports.export_summary import build_summary

    zone = ZoneInfo("Asia/Shanghai")
    with database.read.begin() as session:
        low, high = Period(start, end).utc_bounds(zone)
        scope = load_scope(session, branch_id, "AY01", low, high, utc_now(), zone, "zh",
                           load_warranty_policy(session, branch_id))
        streams = _SqlStreams(session, scope)
        if name == "openpyxl-normal":
            _normal_mode_export(out, streams)
        else:
            meta = ExportMeta("AY01", "bench", start, end, "zh", True)
            write_workbook(out, meta, build_summary(session, scope), *streams.all(), engine="openpyxl")


def run_scenario(name: str, db_path: Path, out: Path, trace: bool) -> dict:
    from desktop.services.core.permissions import system_actor
    from desktop.services.exports.export_service import ExportService

    database = open_database(sqlite_url(db_path))
    start, end, branch_id = _whole_history(database)
    service = ExportService(database)
    before = _rss_mib()
    if trace:
        tracemalloc.start()
    started, cpu, main_cpu = time.perf_counter(), time.process_time(), time.thread_time()
    rows = None
    if name == "service":
        rows = dict(service.export_workbook(system_actor(branch_id), start, end, out).rows)
    else:
        _comparison(name, database, start, end, branch_id, out)
    elapsed, cpu, main_cpu = time.perf_counter() - started, time.process_time() - cpu, time.thread_time() - main_cpu
    traced = tracemalloc.get_traced_memory()[1] / 2**20 if trace else None
    if trace:
        tracemalloc.stop()
    database.dispose()
    return {"scenario": name, "seconds": elapsed, "cpu_seconds": cpu, "main_cpu_seconds": main_cpu,
            "load": os.getloadavg()[0],
            "rss_peak_above_mib": _rss_mib() - before,
            "tracemalloc_peak_mib": traced, "bytes": out.stat().st_size, "rows": rows,
            "period": f"{start}..{end}"}


def _child(name: str, db_path: Path, out: Path, trace: bool = False) -> dict:
    cmd = [sys.executable, __file__, "--child", name, "--db", str(db_path), "--out", str(out)]
    if trace:
        cmd.append("--trace")
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--skip-compare", action="store_true", help="skip the slow plain-openpyxl runs")
    parser.add_argument("--database", type=Path, help="reuse a database built earlier (no generation)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_scenario(args.child, args.db, args.out, args.trace)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db_path = args.database or work / "history.sqlite3"
        generated = 0.0 if args.database else build_database(db_path, args.tickets, args.seed)
        service = _child("service", db_path, work / "service.xlsx")
        traced = _child("service", db_path, work / "traced.xlsx", trace=True)
        others = [] if args.skip_compare else [_child(n, db_path, work / f"{n}.xlsx")
                                                for n in ("openpyxl-write-only", "openpyxl-normal")]
    rows = service["rows"]
    print(f"HQ export from SQLite, {args.tickets:,} generated tickets (history built in {generated:.0f} s), "
          f"period {service['period']}")
    print("  rows            " + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
    print(f"  time            {service['seconds']:7.2f} s   (target <= {TARGET_S:.0f} s), load average "
          f"{service['load']:.1f} on {os.cpu_count()} cores")
    # The machine's other work stretches the wall time; the CPU time of the export (all its threads) does not.
    print(f"  CPU time        {service['cpu_seconds']:7.2f} s   (all threads: {service['main_cpu_seconds']:.2f} s the "
          f"writer's, the rest the queries' and the compression's beside it)")
    print(f"  RSS peak above  {service['rss_peak_above_mib']:7.1f} MiB (target <= {TARGET_MIB:.0f} MiB)")
    print(f"  tracemalloc     {traced['tracemalloc_peak_mib']:7.1f} MiB peak of Python allocations "
          f"(separate run: {traced['seconds']:.1f} s under tracing)")
    print(f"  file            {service['bytes'] / 2**20:7.1f} MiB")
    for other in others:
        print(f"{other['scenario']} on the same SQL streams: {other['seconds']:.2f} s, RSS peak above "
              f"{other['rss_peak_above_mib']:.1f} MiB; time ratio {other['seconds'] / service['seconds']:.1f}x, "
              f"memory ratio {other['rss_peak_above_mib'] / max(service['rss_peak_above_mib'], 0.1):.1f}x")
    ok = service["seconds"] <= TARGET_S and service["rss_peak_above_mib"] <= TARGET_MIB
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
