"""What one clerk's save costs (issue 18, "Saves from many PCs"): statements and CPU time per operation.

    python benchmarks/save_cost.py [--rounds 150] [--database URL] [--profile N]

One load_test clerk (benchmarks/load_test.py, the same field loop with the real services) runs in this process on a
throwaway PostgreSQL server. For every operation it counts the SQL statements sent (round trips, pool pre-pings
included) and the process CPU time, then prints the mean per operation. CPU time, unlike wall-clock time, hardly
depends on what else the machine is doing, so before/after figures taken on a shared machine compare. --profile N
prints the N costliest functions (cProfile on CPU time, cumulative and own) over the whole run; --show-sql
prints the statements of one round, operation by operation.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import load_test  # noqa: E402
from pg_throwaway import postgres_database, server_cpu_seconds  # noqa: E402
from sqlalchemy import event  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=150)
    parser.add_argument("--database", help="PostgreSQL URL of an empty database (default: a throwaway server)")
    parser.add_argument("--profile", type=int, default=0)
    parser.add_argument("--show-sql", action="store_true")
    args = parser.parse_args()
    with postgres_database(args.database, "save_cost") as (url, data_dir):
        return measure(url, args.rounds, args.profile, args.show_sql, data_dir)


def _server_cpu(data_dir: Path | None) -> float:
    seconds = server_cpu_seconds(data_dir)
    return float("nan") if seconds is None else seconds  # NaN: a server given by URL


def measure(url: str, rounds: int, profile: int, show_sql: bool, data_dir: Path | None) -> int:
    hot = load_test.prepare(url)
    clerk = load_test.Clerk(url, 0, hot, seed=7919)
    statements = [0]
    shown: list[str] | None = None
    # Pre-pings go through the DBAPI cursor directly, not through before_cursor_execute: count checkouts apart.
    checkouts = [0]

    @event.listens_for(clerk.db.engine, "before_cursor_execute")
    def _count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements[0] += 1
        if shown is not None:
            shown.append(" ".join(statement.split())[:160])

    @event.listens_for(clerk.db.engine.pool, "checkout")
    def _checkout(*_args: Any) -> None:
        checkouts[0] += 1

    stats: dict[str, list[float]] = defaultdict(lambda: [0, 0, 0.0, 0])  # calls, statements, cpu s, checkouts
    timed = clerk.timed

    def counted(op: str, call: Any, *a: Any, **kw: Any) -> Any:
        s0, c0, t0 = statements[0], checkouts[0], time.process_time()
        try:
            return timed(op, call, *a, **kw)
        finally:
            row = stats[op]
            row[0] += 1
            row[1] += statements[0] - s0
            row[2] += time.process_time() - t0
            row[3] += checkouts[0] - c0

    clerk.timed = counted  # type: ignore[method-assign]
    for _ in range(5):  # warm caches and the pool before counting
        clerk.one_round()
    stats.clear()
    if show_sql:
        shown = []
        real = counted

        def counted(op: str, call: Any, *a: Any, **kw: Any) -> Any:
            assert shown is not None
            shown.append(f"--- {op}")
            return real(op, call, *a, **kw)

        clerk.timed = counted  # type: ignore[method-assign]
        clerk.one_round()
        print("\n".join(shown))
        shown = None
        clerk.timed = real  # type: ignore[method-assign]
        stats.clear()
    profiler = cProfile.Profile(time.process_time) if profile else None
    load = os.getloadavg()[0]
    s0, t0, server0 = statements[0], time.process_time(), _server_cpu(data_dir)
    if profiler:
        profiler.enable()
    for _ in range(rounds):
        clerk.one_round()
    if profiler:
        profiler.disable()
    total_cpu, total_statements = time.process_time() - t0, statements[0] - s0
    total_server = _server_cpu(data_dir) - server0
    print(f"one clerk, {rounds} rounds on PostgreSQL (load average {load:.1f} -> {os.getloadavg()[0]:.1f})")
    print(f"  {'operation':<18}{'calls':>7}{'stmts/op':>10}{'checkouts/op':>14}{'CPU ms/op':>11}")
    ops = sum(row[0] for row in stats.values())
    for op in load_test.OPERATIONS:
        calls, stmts, cpu, outs = stats.get(op, [0, 0, 0.0, 0])
        if calls:
            print(f"  {op:<18}{calls:>7}{stmts / calls:>10.1f}{outs / calls:>14.1f}{cpu / calls * 1000:>11.2f}")
    timed_cpu = sum(row[2] for row in stats.values())
    timed_stmts = sum(row[1] for row in stats.values())
    print(f"  {'all operations':<18}{ops:>7}{timed_stmts / ops:>10.1f}{'':>14}{timed_cpu / ops * 1000:>11.2f}")
    print(f"  whole loop (with the hot ticket's re-reads and anchors): {total_statements / ops:.1f} statements and "
          f"{total_cpu / ops * 1000:.2f} ms CPU per operation in the clerk, {total_server / ops * 1000:.2f} ms in the "
          f"server")
    clerk.db.dispose()
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
