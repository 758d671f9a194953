"""Consultation and quality feedback lists with many rows on SQLite: prints the time of a first page per filter and
the share of the list it reads (paged from the database, filtered in SQL).

    python benchmarks/bench_contacts.py [--consultations 200000] [--forms 20000] [--rebuild]

The database is built once (bulk inserts, not the services) and cached in benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402

from desktop.database import Database, migrate, open_database, sqlite_url  # noqa: E402
from desktop.models import Consultation, ProductLine, QualityFeedback, User  # noqa: E402
from desktop.services.contacts.consultation_service import ConsultationService  # noqa: E402
from desktop.services.contacts.quality_feedback_service import QualityFeedbackService  # noqa: E402
from desktop.services.core.actor import Actor  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
BATCH = 5000


def build(consultations: int, forms: int, rebuild: bool) -> Path:
    from argon2 import PasswordHasher

    from desktop.demo.seed import seed_branch

    path = OUT / f"contacts-{consultations}-{forms}.sqlite3"
    if path.exists() and not rebuild:
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    database = open_database(sqlite_url(path))
    migrate(database)
    seed_branch(database, demo=True, hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    rng = random.Random(2026)
    now = datetime.now(UTC)
    with database.write.begin() as session:
        user = session.scalars(select(User).where(User.username == "clerk")).one()
        lines = session.scalars(select(ProductLine.id)).all()
        rows = []
        for i in range(consultations):
            created = now - timedelta(minutes=(consultations - i) * 3)
            awaiting = i >= consultations - 300  # the last few hundred still owe a reply
            rows.append({
                "branch_id": user.branch_id, "number": f"AY01-Z{created:%Y%m%d}-{i:06d}", "customer_id": None,
                "caller_name": f"来电人{i}", "phone": f"139{i:08d}", "product_line_id": rng.choice(lines),
                "channel": "hotline", "topic": rng.choice(("usage", "purchase", "warranty", "other")),
                "question": f"第 {i} 个问题：滤芯多久换一次？", "answer": "" if awaiting else "已答复",
                "status": "awaiting_reply" if awaiting else "closed",
                "reply_due_at": created + timedelta(hours=1) if awaiting or i % 3 == 0 else None,
                "replied_at": None if awaiting else created, "replied_by": None if awaiting else user.id,
                "closed_at": None if awaiting else created, "ticket_id": None, "created_at": created,
                "created_by": user.id, "version": 1})
            if len(rows) == BATCH:
                session.execute(insert(Consultation), rows)
                rows = []
        if rows:
            session.execute(insert(Consultation), rows)
        rows = []
        for i in range(forms):
            created = now - timedelta(hours=forms - i)
            rows.append({
                "branch_id": user.branch_id, "number": f"AY01-Q{created:%Y%m%d}-{i:06d}", "source": "complaint",
                "complaint_id": None, "ticket_id": None, "visit_id": None, "claim_id": None,
                "product_line_id": rng.choice(lines), "model_id": None, "batch": f"B{i % 97}",
                "serials": [f"SN{i:07d}"], "fault": "外壳开裂", "cases": 1, "analysis": "",
                "corrective_action": "整批更换" if i < forms - 50 else "", "preventive_action": "",
                "hq_responder": "", "status": "closed" if i < forms - 50 else "raised", "created_at": created,
                "created_by": user.id, "version": 1})
    if forms:
        _insert_forms(database, rows)
    database.dispose()
    return path


def _insert_forms(database: Database, rows: list[dict]) -> None:  # type: ignore[type-arg]
    """Forms need a real source record: one complaint is enough for every bench row."""
    from desktop.models import Complaint, Customer

    with database.write.begin() as session:
        user = session.scalars(select(User).where(User.username == "clerk")).one()
        now = datetime.now(UTC)
        customer = Customer(branch_id=user.branch_id, name="基准客户", created_at=now)
        session.add(customer)
        session.flush()
        complaint = Complaint(branch_id=user.branch_id, number="AY01-C20260101-9999", customer_id=customer.id,
                              source="phone", concerns="product", description="基准", owner_id=user.id,
                              status="open", promised_answer_at=now, first_contact_due_at=now, created_at=now)
        session.add(complaint)
        session.flush()
        for start in range(0, len(rows), BATCH):
            session.execute(insert(QualityFeedback),
                            [{**r, "complaint_id": complaint.id} for r in rows[start:start + BATCH]])


def timed(fn: Callable[[], object], repeat: int = 7) -> float:
    fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--consultations", type=int, default=200_000)
    parser.add_argument("--forms", type=int, default=20_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = build(args.consultations, args.forms, args.rebuild)
    database = open_database(sqlite_url(path))
    with database.read.begin() as session:
        user = session.scalars(select(User).where(User.username == "clerk")).one()
        actor = Actor(user.id, user.username, user.display_name, user.role, user.branch_id)
    consultations, quality = ConsultationService(database), QualityFeedbackService(database)
    print(f"{args.consultations:,} consultations, {args.forms:,} quality forms (SQLite, first page of 200, "
          f"median of 7)")
    for status in ("open", "overdue", "closed", "all"):
        page = consultations.list_page(actor, status=status)
        ms = timed(lambda s=status: consultations.list_page(actor, status=s))  # type: ignore[misc]
        print(f"  consultations {status:<8} {ms:8.1f} ms   rows {len(page.rows):>4} of {page.total:>9,}")
    ms = timed(lambda: consultations.list_page(actor, status="all", text="139000123"))
    print(f"  consultations search   {ms:8.1f} ms   (phone fragment, whole list scanned)")
    for status in ("open", "raised", "all"):
        page = quality.list_page(actor, status=status)
        ms = timed(lambda s=status: quality.list_page(actor, status=s))  # type: ignore[misc]
        print(f"  quality       {status:<8} {ms:8.1f} ms   rows {len(page.rows):>4} of {page.total:>9,}")
    ms = timed(lambda: quality.list_page(actor, status="all", text="SN00012"))
    print(f"  quality search         {ms:8.1f} ms   (serial fragment)")
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
