"""Dispatch board benchmark: 50 engineers × 7 days with 2,000 visits.

Run `python benchmarks/bench_dispatch.py [--database URL]`; it prints the median of each step, the target and the
ratio (< 1 is within target):
- rendering the week: the board query, block layout and the paint of the board in its scroll area at 1600 × 900,
  as the area shows it (≤ 100 ms); the paint of the whole 50-row widget at once (grab) is printed beside it;
- a drag-and-drop reassign, saved and redrawn: the drop on the widget, move_visit, the saved row applied to the
  board and the repaint (≤ 50 ms). The area also re-reads the board in the background afterwards (a consistency
  reload, not waited for); its time is the query figure above.
- memory growth (RSS) over loading, rendering and 30 reassigns (≤ 50 MiB).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QScrollArea
from sqlalchemy import select

from desktop.clock import BRANCH_TZ, utc_now
from desktop.database import migrate, open_database, sqlite_url
from desktop.demo.seed import seed_branch
from desktop.models import (
    Customer,
    CustomerAddress,
    Engineer,
    ProductLine,
    Ticket,
    User,
    Visit,
)
from desktop.services.core.actor import Actor
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.views.dispatch.board_widget import DispatchBoardWidget, visit_mime

ENGINEERS, VISITS, DAYS = 50, 2000, 7
DISTRICTS = ["文峰区", "北关区", "殷都区", "龙安区", "开发区", "汤阴县", "内黄县", "林州市", "安阳县", "滑县"]


def rss_mib() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def populate(url: str, monday: date) -> Actor:
    database = open_database(url)
    migrate(database)
    seed_branch(database, demo=True, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    rng = random.Random(2026)
    with database.write.begin() as session:
        user = session.scalars(select(User).where(User.username == "dispatch")).one()
        lines = {code: i for code, i in session.execute(select(ProductLine.code, ProductLine.id))}
        engineers = []
        for i in range(ENGINEERS):
            engineer = Engineer(branch_id=user.branch_id, name=f"工程师{i:02d}", phone=f"1380000{i:04d}",
                                areas=rng.sample(DISTRICTS, 2), skills=["solar", "purifier"], working_days="1111110",
                                work_start=dtime(8), work_end=dtime(18))
            session.add(engineer)
            engineers.append(engineer)
        session.flush()
        now = utc_now()
        for n in range(VISITS):
            customer = Customer(branch_id=user.branch_id, name=f"客户{n:04d}", created_at=now)
            customer.addresses.append(CustomerAddress(province="河南省", city="安阳市", district=rng.choice(DISTRICTS),
                                                      detail=f"人民大道 {n} 号"))
            session.add(customer)
            session.flush()
            ticket = Ticket(branch_id=user.branch_id, number=f"AY01-BENCH-{n:06d}", customer_id=customer.id,
                            address_id=customer.addresses[0].id, product_line_id=lines["solar"],
                            contact_phone="13900000000", status="dispatched", channel="hotline", opened_at=now,
                            opened_by=user.id)
            session.add(ticket)
            session.flush()
            day = monday + timedelta(days=rng.randrange(DAYS))
            start = datetime.combine(day, dtime(8 + rng.randrange(9)), tzinfo=BRANCH_TZ).astimezone(UTC)
            session.add(Visit(ticket_id=ticket.id, engineer_id=rng.choice(engineers).id, planned_start=start,
                              planned_end=start + timedelta(hours=1), warnings=[], created_at=now,
                              created_by=user.id))
        actor = Actor(user.id, user.username, user.display_name, user.role, user.branch_id)
    database.dispose()
    return actor


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", help="an empty database URL (default: a temporary SQLite file)")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    monday = date.today() - timedelta(days=date.today().weekday()) + timedelta(days=7)
    folder = tempfile.mkdtemp(prefix="bench-dispatch-")
    url = args.database or sqlite_url(Path(folder) / "bench.sqlite3")
    t0 = time.perf_counter()
    actor = populate(url, monday)
    print(f"populated {ENGINEERS} engineers, {VISITS} visits in {time.perf_counter() - t0:.1f} s ({url})")

    database = open_database(url)
    service = DispatchService(database)
    widget = DispatchBoardWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(widget)
    scroll.resize(1600, 900)
    scroll.show()
    app.processEvents()
    rss_before = rss_mib()

    def render_week() -> tuple[float, float]:
        a = time.perf_counter()
        board = service.board(actor, monday, DAYS)
        b = time.perf_counter()
        widget.set_board(board)
        widget.repaint()
        return b - a, time.perf_counter() - b

    render_week()  # warm-up: first query compiles statements, first paint loads fonts
    query, paint = zip(*(render_week() for _ in range(args.repeat)), strict=True)
    total = [q + p for q, p in zip(query, paint, strict=True)]
    grabs = []
    for _ in range(5):
        a = time.perf_counter()
        widget.grab()
        grabs.append(time.perf_counter() - a)
    print(f"visits on the board: {len(widget.board.visits)}; whole widget {widget.width()} x {widget.height()} px "
          f"painted off-screen in {median_ms(grabs):.1f} ms")
    print(f"render week: {median_ms(total):6.1f} ms (query {median_ms(list(query)):.1f}, layout+paint "
          f"{median_ms(list(paint)):.1f}); target 100 ms; ratio {median_ms(total) / 100:.2f}")

    rng = random.Random(7)
    moved: list[tuple[int, int]] = []

    def on_drop(visit_id: int, version: int, engineer_id: int, start: datetime, end: datetime) -> None:
        # What DispatchArea.move does: save, then show the saved row on the board.
        row = service.move_visit(actor, visit_id, engineer_id, start, end, override_reason="benchmark",
                                 expected_version=version)
        widget.apply_visit(row)
        moved.append((visit_id, engineer_id))

    widget.visit_dropped.connect(on_drop)
    samples = []
    for _ in range(30):
        board = widget.board
        assert board is not None
        visit = rng.choice([v for v in board.visits if v.status == "dispatched"])
        target = rng.choice(board.engineers)
        day = monday + timedelta(days=rng.randrange(DAYS))
        a = time.perf_counter()
        widget.handle_drop(visit_mime(visit), QPointF(widget.cell_rect(target.id, day).center()))
        widget.repaint()
        samples.append(time.perf_counter() - a)
    assert len(moved) == 30
    print(f"drag-and-drop reassign, saved and redrawn: {median_ms(samples):6.1f} ms (max "
          f"{max(samples) * 1000:.1f}); target 50 ms; ratio {median_ms(samples) / 50:.2f}")
    growth = rss_mib() - rss_before
    print(f"memory growth: {growth:6.1f} MiB; target 50 MiB; ratio {growth / 50:.2f}")
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
