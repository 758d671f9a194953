"""Import benchmark: 50,000 customers with their units from one workbook (File → Import).

Run `python benchmarks/bench_import.py [--rows 50000] [--database URL]`. It writes a template-shaped workbook,
then prints for the dry run, the import and a second import of the same file (which must create nothing): the
wall time against the target (import ≤ 60 s), the rows per second, and the resident memory above the app's
baseline (the services built, the window's Qt application created) sampled every 20 ms (target ≤ 150 MiB).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.composition import build_services
from desktop.database import as_url, migrate, open_database, sqlite_url
from desktop.demo.seed import seed_branch
from desktop.imports.record_fields import CUSTOMER_FIELDS
from desktop.imports.record_workbook import SheetMapping
from desktop.models import Customer, Unit
from desktop.services.core.actor import Actor

TIME_TARGET_S = 60.0
MEMORY_TARGET_MIB = 150.0
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "建国秀英桂兰志强淑珍海燕玉兰春梅明军红霞丽华永刚德福"
DISTRICTS = ["文峰区", "北关区", "殷都区", "龙安区", "安阳县", "汤阴县", "滑县", "内黄县", "林州市"]
STREETS = ["中华路", "文明大道", "光明路", "德隆街", "东风路", "紫薇大道", "平原路", "文峰大道"]
MODELS = ["LT-18-1800", "LT-20-2000", "LT-24-2400", "HS-RO-400G", "HS-RO-600G"]


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


class PeakSampler:
    """Samples the resident size every 20 ms while a step runs (ru_maxrss would include earlier peaks)."""

    def __init__(self) -> None:
        self.peak = rss_mib()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, rss_mib())

    def __enter__(self) -> PeakSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mib())


def write_workbook(path: Path, rows: int, seed: int = 2026) -> None:
    """One customer per row with one unit; every tenth has a second phone. Written streaming (write_only)."""
    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户与机器")
    sheet.append([f.zh for f in CUSTOMER_FIELDS])
    start = date(2018, 1, 1)
    for i in range(rows):
        sold = start + timedelta(days=rng.randrange(2500))
        phone2 = f"0372{5000000 + i:07d}" if i % 10 == 0 else None
        sheet.append([
            rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN), f"139{i:08d}", phone2,
            rng.choice(DISTRICTS), f"{rng.choice(STREETS)}{rng.randrange(1, 300)}号", MODELS[i % len(MODELS)],
            f"SN{i:09d}", sold, sold + timedelta(days=rng.randrange(0, 10)), "发票", "家用" if i % 7 else "商用",
        ])
    book.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--database", help="a PostgreSQL URL (default: a new SQLite file)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    url = as_url(args.database) if args.database else sqlite_url(folder / "desk.sqlite3")
    database = open_database(url)
    migrate(database)
    seed_branch(database, demo=True, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    workbook = folder / "customers.xlsx"
    started = time.perf_counter()
    write_workbook(workbook, args.rows)
    print(f"workbook: {args.rows:,} rows, {workbook.stat().st_size / 2**20:.1f} MiB, "
          f"written in {time.perf_counter() - started:.1f} s")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - part of the app's baseline
    services = build_services(database)
    from desktop.services.setup.record_import_service import RecordImportService

    importer = RecordImportService(database)
    with database.read.begin() as session:
        from desktop.models import User

        user = session.scalars(select(User).where(User.username == "clerk")).one()
        actor = Actor(user.id, user.username, user.display_name, user.role, user.branch_id)
    previews = importer.preview(actor, workbook)
    mappings = tuple(SheetMapping(p.title, p.kind, p.columns) for p in previews if p.kind)
    del services
    baseline = rss_mib()
    print(f"baseline (services built, Qt application): {baseline:.1f} MiB resident")

    results = []
    for label, call in (("dry run", importer.dry_run), ("import", importer.import_file),
                        ("import again", importer.import_file)):
        with PeakSampler() as sampler:
            t0, c0 = time.perf_counter(), time.process_time()
            summary = call(actor, workbook, mappings)
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        results.append((label, elapsed, sampler.peak - baseline, summary))
        # CPU seconds beside wall seconds: the machine is shared, and the load average says how much it was.
        print(f"{label:13s} {elapsed:6.1f} s wall {cpu:6.1f} s CPU  {summary.rows / elapsed:8.0f} rows/s  "
              f"peak {sampler.peak - baseline:6.1f} MiB above baseline  "
              f"customers +{summary.customers_created:,} units +{summary.units_created:,} bad {summary.bad_rows}")
    with database.read.begin() as session:
        customers = session.scalar(select(func.count()).select_from(Customer))
        units = session.scalar(select(func.count()).select_from(Unit))
    print(f"stored: {customers:,} customers, {units:,} units")
    _, import_s, import_mib, summary = results[1]
    again = results[2][3]
    print(f"import: {import_s:.1f} s; target {TIME_TARGET_S:.0f} s; ratio {import_s / TIME_TARGET_S:.2f} "
          f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    print(f"memory: {import_mib:.1f} MiB above baseline; target {MEMORY_TARGET_MIB:.0f} MiB; "
          f"ratio {import_mib / MEMORY_TARGET_MIB:.2f}")
    ok = (summary.customers_created == args.rows and again.customers_created == 0 and again.units_created == 0
          and import_s <= TIME_TARGET_S and import_mib <= MEMORY_TARGET_MIB)
    print("within targets" if ok else "NOT within targets")
    database.dispose()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
