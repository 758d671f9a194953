"""Benchmark of the HQ database: load N branch workbooks x T tickets, re-load one unchanged, time the dashboard.

Workbooks are synthetic, written with the project's own writer (write_workbook): each branch has T tickets in
one month with their visits, part lines, return claims, callbacks, complaints and service clocks (schema 3).
The load runs in a child process, as `service-desk-cli hq-load FOLDER` does, so its peak RSS is its own.

    python benchmarks/bench_hq_load.py                       # the issue's size: 500 branches x 5,000 tickets
    python benchmarks/bench_hq_load.py --branches 20 --tickets 2000   # a quick run while developing
    python benchmarks/bench_hq_load.py --workdir /data/bench --keep   # keep workbooks and server for a re-run

Without --database it starts a private PostgreSQL server (Debian's binaries, default settings, fsync on) in the
work folder and stops it at the end."""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LOAD_TARGET_S, MEMORY_TARGET_MIB, RELOAD_TARGET_S, QUERY_TARGET_S, RANKING_TARGET_S = 1800.0, 300.0, 1.0, 1.0, 0.3
MONTH_START, MONTH_END = date(2026, 11, 1), date(2026, 11, 30)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚"
LINES = ("太阳能热水器", "净水器")
STATES = ("已完成", "已关闭", "上门服务中", "已派单", "受理", "已取消")
GRADES = ("satisfied", "basically_satisfied", "dissatisfied")
RULES = ("R-7", "R-15", "R-2X", "R-RW", "X-OUT")


# ---------------------------------------------------------------------------------------------------------------
# Synthetic branch workbooks


def branch_code(n: int) -> str:
    return f"B{n:03d}"


def write_branch(args: tuple[int, int, str, int]) -> tuple[str, int]:
    """Write branch n's workbook; returns (path, bytes). Deterministic for (n, tickets, seed)."""
    n, tickets, folder, seed = args
    from desktop.exports.records import (
        CallbackRecord,
        ComplaintRecord,
        ExportMeta,
        PartLine,
        ReturnRecord,
        SummaryIndicators,
        TicketRecord,
        VisitRecord,
    )
    from desktop.exports.workbook_writer import write_workbook

    code = branch_code(n)
    rnd = random.Random(seed * 100_003 + n)
    base = datetime(2026, 11, 1, 8, 0)
    opened = [base + timedelta(minutes=rnd.randrange(29 * 24 * 60)) for _ in range(tickets)]
    opened.sort()
    numbers = [f"{code}-{t:%Y%m%d}-{i:05d}" for i, t in enumerate(opened)]
    contact_rate, onsite_rate, fix_rate = 0.80 + rnd.random() * 0.18, 0.70 + rnd.random() * 0.25, rnd.random()

    def ticket_rows():
        for i, (no, at) in enumerate(zip(numbers, opened, strict=True)):
            yield TicketRecord(
                code, no, at, STATES[i % len(STATES)], "电话", "普通" if i % 9 else "加急", LINES[i % 2],
                f"TY-{180 + i % 5 * 20}", f"SN{n:03d}{i:07d}", rnd.choice(SURNAMES) + rnd.choice(GIVEN),
                f"13{i % 10}****{i % 10000:04d}", "河南省安阳市文峰区", "漏水", "水箱漏水，客户要求尽快上门",
                "整机保修" if i % 3 else "保外", f"工程师{i % 25:02d}", at + timedelta(minutes=10),
                rnd.random() < contact_rate, at + timedelta(hours=24), rnd.random() < onsite_rate,
                at + timedelta(hours=30) if i % 6 < 4 else None, at + timedelta(days=2) if i % 6 == 1 else None,
                1 + (i % 5 == 0), i % 40 == 0)

    def visit_rows():
        for i, (no, at) in enumerate(zip(numbers, opened, strict=True)):
            for v in range(1, 2 + (i % 5 == 0)):
                parts = tuple(PartLine(f"P-{100 + k}", "温控器" if k else "真空管", 1 + k, Decimal("35.50") + k,
                                       (i + k) % 3 == 0) for k in range(2 if i % 3 == 1 else 0))
                yield VisitRecord(code, no, v, f"工程师{i % 25:02d}", at + timedelta(hours=4 * v),
                                  at + timedelta(hours=4 * v, minutes=45), "已解决",
                                  v > 1 or rnd.random() < fix_rate, Decimal("80.00") if i % 3 == 0 else Decimal(0),
                                  parts)

    def return_rows():
        for i in range(0, tickets, 25):
            refund = i % 50 == 0
            yield ReturnRecord(code, f"{code}-R{i:05d}", numbers[i], opened[i] + timedelta(days=2),
                               "退货" if refund else "调换", "退货" if refund else "调换", RULES[i % len(RULES)],
                               Decimal("1280.00") if refund else None, Decimal("64.00") if refund else None,
                               "王经理", opened[i] + timedelta(days=3))

    def callback_rows():
        for i in range(tickets):
            if i % 5 == 4:
                continue
            done = opened[i] + timedelta(hours=30 + i % 9)
            graded = i % 10 != 0
            yield CallbackRecord(code, numbers[i], 1, opened[i] + timedelta(hours=36), done if graded else None,
                                 1 + i % 3, graded, GRADES[rnd.randrange(3)] if graded else None,
                                 (("服务态度", "5"), ("是否收费", "否")))

    def complaint_rows():
        for i in range(0, tickets, 50):
            yield ComplaintRecord(code, f"{code}-C{i:05d}", opened[i] + timedelta(hours=3), numbers[i], "电话",
                                  "服务人员", "张三", "0371-****3456", "工程师迟到两小时",
                                  "处理中" if i % 100 else "已关闭", opened[i] + timedelta(days=1),
                                  None if i % 100 else opened[i] + timedelta(hours=20), "赵主管", i % 150 == 0)

    def commitment_rows():
        for i, (no, at) in enumerate(zip(numbers, opened, strict=True)):
            for commitment, hours, rate in (("first_contact", 0.17, contact_rate), ("report_back", 1, 0.9),
                                            ("on_site", 24, onsite_rate), ("callback", 40, 0.85)):
                due = at + timedelta(hours=hours)
                met = rnd.random() < rate
                yield (code, no, commitment, 1, due, due - timedelta(minutes=5) if met else None, met)
            if i % 5 == 0:
                yield (code, no, "on_site", 2, at + timedelta(days=2), at + timedelta(days=2, hours=-1), True)

    meta = ExportMeta(code, f"{code} 网点", MONTH_START, MONTH_END, "zh", True, datetime(2026, 12, 1, 1, n % 60),
                      installation_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"bench-hq/{code}")))
    path = Path(folder) / f"{code}-2026-11.xlsx"
    write_workbook(path, meta, SummaryIndicators(), ticket_rows(), visit_rows(), return_rows(), callback_rows(),
                   complaint_rows(), extra_sheets={"commitments": commitment_rows()})
    return str(path), path.stat().st_size


# ---------------------------------------------------------------------------------------------------------------
# A private PostgreSQL server


def _find_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    import glob

    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    if not candidates:
        raise SystemExit(f"{name} not found: install PostgreSQL or pass --database")
    return candidates[0]


class Server:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "pgdata"
        self.run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.user = "postgres" if self.run_as else os.environ.get("USER", "postgres")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]

    def start(self) -> str:
        from sqlalchemy.engine import URL

        if self.run_as:
            shutil.chown(self.folder, user="postgres")
        # Always an empty database: a second run on the first one's data would only measure "already loaded".
        shutil.rmtree(self.data, ignore_errors=True)
        subprocess.run([*self.run_as, _find_bin("initdb"), "-D", str(self.data), "-U", self.user,
                        "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
        subprocess.run([*self.run_as, _find_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "pg.log"),
                        "-w", "-t", "120", "-o", f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                        # As a managed server is set up for bulk loads: fewer forced checkpoints, a little more cache.
                        "-c max_wal_size=4GB -c checkpoint_timeout=15min -c shared_buffers=256MB",
                        "start"], check=True, capture_output=True)
        subprocess.run([*self.run_as, _find_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", self.user,
                        "hq"], check=False, capture_output=True)
        return URL.create("postgresql+psycopg", username=self.user, host="127.0.0.1", port=self.port,
                          database="hq").render_as_string(hide_password=False)

    def stop(self) -> None:
        subprocess.run([*self.run_as, _find_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "stop"],
                       check=False, capture_output=True)


# ---------------------------------------------------------------------------------------------------------------
# Measurements (children print one JSON line)


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _TreeRss:
    """Peak RSS of this process plus its children (the worker processes of --jobs), sampled twice a second."""

    def __init__(self) -> None:
        import threading

        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _rss_kib(pid: str) -> int:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def sample(self) -> float:
        me = str(os.getpid())
        pids = [me]
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == me:
                pids.append(stat.parent.name)
        total = sum(self._rss_kib(p) for p in pids) / 1024
        self.peak = max(self.peak, total)
        return total

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.sample()

    def __enter__(self) -> _TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def child_load(url: str, folder: Path, jobs: int) -> dict:
    """What `hq-load FOLDER --jobs N` does, timed; memory is this process's and its workers', summed."""
    from desktop.hq.hq_database import migrate_hq, open_hq_database
    from desktop.hq.load_cli import expand
    from desktop.hq.loader import load_files
    from desktop.hq.parallel_load import load_files_parallel

    database = open_hq_database(url)
    migrate_hq(database)
    files = expand([folder])
    baseline = _rss_mib()
    per_file: list[float] = []
    last = [time.perf_counter()]

    with _TreeRss() as tree:
        def done(_result: object) -> None:
            now = time.perf_counter()
            per_file.append(now - last[0])
            last[0] = now
            if len(per_file) % 25 == 0:
                print(f"  {len(per_file)} files, {sum(per_file):.0f} s, RSS of the loader and its workers "
                      f"{tree.sample():.0f} MiB (peak {tree.peak:.0f})", file=sys.stderr, flush=True)

        started, cpu = time.perf_counter(), time.process_time()
        if jobs > 1:
            results, refused = load_files_parallel(url, files, jobs, on_result=done)
        else:
            results, refused = load_files(database, files, on_result=done)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    database.dispose()
    return {"files": len(files), "loaded": len(results), "refused": refused, "seconds": elapsed,
            "cpu": cpu + children.ru_utime + children.ru_stime, "jobs": jobs,
            "rss_peak_mib": max(tree.peak, _rss_mib()), "rss_baseline_mib": baseline,
            "per_file_median": statistics.median(per_file) if per_file else 0,
            "per_file_max": max(per_file, default=0),
            "first_50_median": statistics.median(per_file[:50]) if per_file else 0,
            "last_50_median": statistics.median(per_file[-50:]) if per_file else 0}


def child_reload(url: str, path: Path) -> dict:
    from desktop.hq.hq_database import open_hq_database
    from desktop.hq.loader import HqLoader

    database = open_hq_database(url)
    loader = HqLoader(database)
    timings = []
    for _ in range(5):
        started = time.perf_counter()
        result = loader.load(path)
        timings.append(time.perf_counter() - started)
        assert result.outcome == "unchanged", result.outcome
    database.dispose()
    return {"seconds": timings}


def child_replace(url: str, path: Path, tickets: int, workdir: Path) -> dict:
    """A later export of one branch (2 % of its tickets changed, 1 % gone): what a replacement costs."""
    from dataclasses import replace

    from desktop.exports.workbook_reader import read_workbook
    from desktop.hq.hq_database import open_hq_database
    from desktop.hq.loader import HqLoader

    with read_workbook(path) as book:
        code = book.meta.branch_code
    later = workdir / f"{code}-2026-11-later.xlsx"
    # Same generator, later export time, a few tickets edited and some gone.
    from desktop.exports import workbook_writer

    original = workbook_writer.write_workbook

    def edited(target, meta, summary, tickets_, visits, returns, callbacks, complaints, **kw):  # type: ignore[no-untyped-def]
        def changed():
            for i, t in enumerate(tickets_):
                if i % 100 == 7:
                    continue
                yield replace(t, status="已关闭") if i % 50 == 3 else t
        return original(target, replace(meta, exported_at=datetime(2026, 12, 3, 1, 0)), summary, changed(), visits,
                        returns, callbacks, complaints, **kw)

    workbook_writer.write_workbook = edited
    try:
        n = int(code[1:])
        produced, _size = write_branch((n, tickets, str(workdir), 1))
        Path(produced).replace(later)
    finally:
        workbook_writer.write_workbook = original
    database = open_hq_database(url)
    started = time.perf_counter()
    result = HqLoader(database).load(later)
    elapsed = time.perf_counter() - started
    database.dispose()
    return {"seconds": elapsed, "outcome": result.outcome,
            "tickets": {k: v for k, v in result.changes["tickets"].as_dict().items()}}


def child_queries(url: str) -> dict:
    """Every query the HQ dashboard makes, on the full data: warm-up once, then the median and worst of 5."""
    from desktop.hq.figure_catalogue import RATES
    from desktop.hq.hq_database import open_hq_database
    from desktop.hq.hq_service import HqService

    database = open_hq_database(url)
    service = HqService(database)
    months = service.months()
    month = [months[-1]]
    some_branch = service.branches()[len(service.branches()) // 2].branch_id
    queries = {
        "months": lambda: service.months(),
        "branches": lambda: service.branches(),
        "network (side by side, one month)": lambda: service.network(month),
        "trend (network, all months)": lambda: service.trend(months),
        "returns by rule (network)": lambda: service.breakdown(month, "returns"),
        "satisfaction grades (network)": lambda: service.breakdown(month, "satisfaction_grade"),
        "quality by model (network)": lambda: service.quality(month),
        "branch trend": lambda: service.trend(months, some_branch),
        "branch returns by rule": lambda: service.breakdown(month, "returns", some_branch),
        "branch tickets, first page": lambda: service.tickets(some_branch, month, 0, 200),
        "branch tickets, page 20 by opening time desc": lambda: service.tickets(
            some_branch, month, 4000, 200, "opened_at", True),
        "branch tickets, search": lambda: service.tickets(some_branch, month, 0, 200, search="0042"),
        "register of loads": lambda: service.loads(),
    }
    for code in RATES:
        queries[f"ranking: {code}"] = lambda code=code: service.ranking(month, code)
    found = {}
    for name, query in queries.items():
        query()
        timings = []
        for _ in range(5):
            started = time.perf_counter()
            query()
            timings.append(time.perf_counter() - started)
        found[name] = {"median": statistics.median(timings), "max": max(timings)}
    with database.engine.connect() as conn:
        from sqlalchemy import text

        sizes = {t: conn.execute(text(f"SELECT count(*) FROM hq.{t}")).scalar_one()
                 for t in ("tickets", "visits", "parts", "returns", "callbacks", "complaints", "commitments",
                           "figure", "load")}
        size = conn.execute(text("SELECT pg_size_pretty(pg_database_size(current_database()))")).scalar_one()
    database.dispose()
    return {"queries": found, "rows": sizes, "database_size": size}


def _child(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", *args], check=True, stdout=subprocess.PIPE,
                          text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _other_load() -> str:
    """What else is running on the machine (other engineers share it): the busiest processes by CPU."""
    done = subprocess.run(["ps", "-eo", "pcpu,rss,comm", "--sort=-pcpu"], capture_output=True, text=True, check=False)
    return "; ".join(" ".join(line.split()) for line in done.stdout.splitlines()[1:6])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--branches", type=int, default=500)
    parser.add_argument("--tickets", type=int, default=5000)
    parser.add_argument("--database", help="an empty HQ database URL (default: a private server)")
    parser.add_argument("--workdir", type=Path, help="where workbooks (and the private server) live")
    parser.add_argument("--keep", action="store_true", help="keep the work folder and its workbooks")
    parser.add_argument("--jobs", type=int, default=2, help="processes writing workbooks (setup only)")
    parser.add_argument("--load-jobs", type=int, default=2,
                        help="hq-load --jobs: loader processes side by side (default 2, one per core here)")
    parser.add_argument("--generate-only", action="store_true", help="write the workbooks into --workdir and stop")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, *rest = args.child
        if kind == "load":
            print(json.dumps(child_load(rest[0], Path(rest[1]), int(rest[2]))))
        elif kind == "reload":
            print(json.dumps(child_reload(rest[0], Path(rest[1]))))
        elif kind == "replace":
            print(json.dumps(child_replace(rest[0], Path(rest[1]), int(rest[2]), Path(rest[3]))))
        else:
            print(json.dumps(child_queries(rest[0])))
        return 0

    work = args.workdir or Path(tempfile.mkdtemp(prefix="bench-hq-"))
    books = work / f"workbooks-{args.branches}x{args.tickets}"
    books.mkdir(parents=True, exist_ok=True)
    server = None
    try:
        missing = [n for n in range(args.branches) if not (books / f"{branch_code(n)}-2026-11.xlsx").exists()]
        started = time.perf_counter()
        if missing:
            print(f"writing {len(missing)} workbooks with write_workbook ({args.jobs} processes)...", file=sys.stderr)
            with ProcessPoolExecutor(args.jobs) as pool:
                for k, _ in enumerate(pool.map(write_branch, [(n, args.tickets, str(books), 1) for n in missing],
                                               chunksize=4), 1):
                    if k % 50 == 0:
                        print(f"  {k} written", file=sys.stderr, flush=True)
        written = time.perf_counter() - started
        if args.generate_only:
            print(f"{args.branches} workbooks in {books} ({written:.0f} s)")
            return 0
        total_bytes = sum(p.stat().st_size for p in books.glob("*.xlsx"))
        url = args.database
        if url is None:
            server = Server(work / "server")
            (work / "server").mkdir(exist_ok=True)
            url = server.start()
        print(f"loading {args.branches} workbooks ({total_bytes / 2**20:.0f} MiB)...", file=sys.stderr)
        before = _other_load()
        load = _child("load", url, str(books), str(args.load_jobs))
        during = _other_load()
        first = books / f"{branch_code(0)}-2026-11.xlsx"
        reload = _child("reload", url, str(first))
        replaced = _child("replace", url, str(books / f"{branch_code(1)}-2026-11.xlsx"), str(args.tickets),
                          str(work))
        queries = _child("queries", url)
    finally:
        if server is not None:
            server.stop()
        if not args.keep and args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)

    ok = True

    def line(name: str, value: float, target: float, unit: str = "s") -> None:
        nonlocal ok
        met = value <= target
        ok &= met
        print(f"  {name:<46} {value:10.3f} {unit:<4} target <= {target:g} {unit}  ratio {value / target:5.2f}  "
              f"{'ok' if met else 'MISSED'}")

    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; busiest processes before the load: "
          f"{before}; during: {during}")
    print(f"HQ load, {args.branches} branches x {args.tickets:,} tickets "
          f"({queries['rows']['tickets']:,} tickets, {queries['rows']['visits']:,} visits, "
          f"{queries['rows']['parts']:,} part lines, {queries['rows']['returns']:,} returns, "
          f"{queries['rows']['callbacks']:,} callbacks, {queries['rows']['complaints']:,} complaints, "
          f"{queries['rows']['commitments']:,} clocks; database {queries['database_size']}; "
          f"workbooks {total_bytes / 2**20:.0f} MiB, written in {written:.0f} s)")
    line(f"load, wall time (hq-load --jobs {load['jobs']})", load["seconds"], LOAD_TARGET_S)
    print(f"  {'load, CPU time of the loader and workers':<46} {load['cpu']:10.1f} s    "
          f"({load['seconds'] / max(load['files'], 1):.2f} s of wall time per workbook; first 50 "
          f"{load['first_50_median']:.2f} s, last 50 {load['last_50_median']:.2f} s apart, median)")
    line("peak RSS, loader and its workers together", load["rss_peak_mib"], MEMORY_TARGET_MIB, "MiB")
    line("re-load of an unchanged file (worst of 5)", max(reload["seconds"]), RELOAD_TARGET_S)
    print(f"  {'a replaced export (2 % changed, 1 % gone)':<46} {replaced['seconds']:10.3f} s    "
          f"{replaced['tickets']}")
    for name, timing in queries["queries"].items():
        target = RANKING_TARGET_S if name.startswith("ranking") else QUERY_TARGET_S
        line(f"{name} (worst of 5)", timing["max"], target)
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
