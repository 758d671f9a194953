"""The HQ figures equal the same figures computed from the branch databases.

Two branch databases are made with desktop/demo (seed + generated history, plus claims with refunds and open
complaints), exported with ExportService, and loaded into HQ. Each HQ figure is compared with the branch's own
indicator figures (the summary ExportService counts in SQL) or, where the branch has no such indicator
(report-back, same-day callback, refunds, answered complaints), with a query on the branch database itself."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.clock import local_date_of
from desktop.database import Database, migrate, open_database, sqlite_url
from desktop.demo.history import generate_history
from desktop.demo.seed import seed_branch
from desktop.hq.hq_service import Figure, HqService
from desktop.hq.loader import HqLoader
from desktop.hq.partitions import month_of
from desktop.models import Callback, Complaint, Decision, ReturnClaim, ServiceClock, Ticket, User
from desktop.services.exports.export_service import ExportResult, ExportService
from tests.conftest import FAST_HASHER, actor_for

pytestmark = pytest.mark.postgres


def _add_claims_and_complaints(db: Database, now: datetime) -> None:
    """Refunds with money, an exchange, an open complaint past its promise and an answered one."""
    with db.write.begin() as session:
        tickets = session.scalars(select(Ticket).order_by(Ticket.id).limit(12)).all()
        admin = session.scalars(select(User).where(User.username == "admin")).one()
        for n, (ticket, outcome, rule, refund) in enumerate(zip(
                tickets[:3], ("refund", "refund", "exchange"), ("R-7", "R-7", "R-15"), (128_000, 56_050, None))):
            claim = ReturnClaim(number=f"RC-HQ-{ticket.branch_id}-{n}", ticket_id=ticket.id, unit_id=ticket.unit_id,
                                status="decided", requested_remedy=outcome, created_at=ticket.opened_at,
                                created_by=admin.id)
            session.add(claim)
            session.flush()
            session.add(Decision(claim_id=claim.id, outcome=outcome, rule_id=rule, refund_amount_fen=refund,
                                 decided_at=ticket.opened_at + timedelta(days=1), decided_by=admin.id,
                                 approved_by=admin.id, approved_at=ticket.opened_at + timedelta(days=1)))
        for n, (ticket, status, closed) in enumerate(zip(tickets[3:6], ("open", "answered", "open"),
                                                         (None, None, None))):
            # Where complaints have a first-contact clock of their own (issue 15), it is due half an hour later.
            clock = ({"first_contact_due_at": ticket.opened_at + timedelta(minutes=30)}
                     if hasattr(Complaint, "first_contact_due_at") else {})
            session.add(Complaint(branch_id=ticket.branch_id, number=f"CP-HQ-{ticket.branch_id}-{n}",
                                  customer_id=ticket.customer_id, ticket_id=ticket.id, source="phone",
                                  concerns="staff", description="工程师迟到", owner_id=admin.id, status=status,
                                  promised_answer_at=ticket.opened_at + timedelta(hours=24 if n else -1),
                                  created_at=ticket.opened_at, closed_at=closed, **clock))


def _branch(tmp_path: Path, code: str, name: str, seed: int, now: datetime) -> Database:
    db = open_database(sqlite_url(tmp_path / f"{code}.sqlite3"))
    migrate(db)
    seed_branch(db, demo=True, code=code, name=name, hasher=FAST_HASHER)
    generate_history(db, tickets=500, seed=seed)
    _add_claims_and_complaints(db, now)
    return db


def _export(db: Database, path: Path) -> ExportResult:
    with db.read.begin() as session:
        low, high = session.execute(select(func.min(Ticket.opened_at), func.max(Ticket.opened_at))).one()
    return ExportService(db).export_workbook(actor_for(db, "admin"), local_date_of(low), local_date_of(high), path,
                                             mask=False)


def _clock_rates(db: Database, now: datetime) -> dict[str, tuple[int, int]]:
    """Round one of report-back and callback, for every ticket: met in time / decided when exported."""
    found: dict[str, list[int]] = {"report_back": [0, 0], "callback": [0, 0]}
    with db.read.begin() as session:
        for clock in session.scalars(select(ServiceClock).where(
                ServiceClock.round == 1, ServiceClock.commitment.in_(tuple(found)))):
            met = clock.met_at is not None and clock.met_at <= clock.due_at
            decided = clock.met_at is not None or (not clock.cancelled and clock.due_at < now)
            found[clock.commitment][0] += met
            found[clock.commitment][1] += decided
    return {k: (v[0], v[1]) for k, v in found.items()}


def _branch_facts(db: Database, now: datetime) -> dict[str, object]:
    with db.read.begin() as session:
        latest = select(Decision.claim_id, func.max(Decision.id).label("id")).group_by(Decision.claim_id).subquery()
        refunds: Counter[str] = Counter()
        claims: Counter[str] = Counter()
        for _claim, decision in session.execute(
                select(ReturnClaim, Decision).outerjoin(latest, latest.c.claim_id == ReturnClaim.id)
                .outerjoin(Decision, Decision.id == latest.c.id)):
            rule = decision.rule_id if decision is not None else ""
            claims[rule] += 1
            if decision is not None and decision.refund_amount_fen:
                refunds[rule] += decision.refund_amount_fen
        complaints = session.scalars(select(Complaint)).all()
        grades = Counter(session.scalars(select(Callback.satisfaction).where(
            Callback.status != "cancelled", Callback.ticket_id.is_not(None), Callback.satisfaction.is_not(None))))
        months = Counter(month_of(local_date_of(t)) for t in session.scalars(select(Ticket.opened_at)))
    return {
        "claims": dict(claims), "refunds": {k: Decimal(v).scaleb(-2) for k, v in refunds.items()},
        "complaints": len(complaints),
        "answered": sum(c.status in ("answered", "closed") or c.closed_at is not None for c in complaints),
        "overdue": sum((c.closed_at or now) > c.promised_answer_at for c in complaints),
        "grades": dict(grades), "months": dict(months),
    }


@pytest.fixture
def network(tmp_path: Path, hq_db: Database, monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    now = datetime.now(UTC) + timedelta(minutes=1)
    # One export moment for the branch and for the figures computed here from its database.
    monkeypatch.setattr("desktop.services.exports.export_service.utc_now", lambda: now)
    found: dict[str, object] = {"now": now}
    for code, name, seed in (("AY01", "安阳网点", 7), ("ZZ02", "郑州网点", 8)):
        db = _branch(tmp_path, code, name, seed, now)
        try:
            result = _export(db, tmp_path / f"{code}.xlsx")
            found[code] = (result, _clock_rates(db, now), _branch_facts(db, now))
        finally:
            db.dispose()
        assert HqLoader(hq_db).load(tmp_path / f"{code}.xlsx").outcome == "loaded"
    return found


def _pair(f: Figure) -> tuple[int, int | None]:
    return f.count, f.base


def test_hq_figures_equal_the_branch_databases_figures(hq_db: Database, network: dict[str, object]) -> None:
    hq = HqService(hq_db)
    months = hq.months()
    view = hq.network(months)
    by_code = {b.code: b for b in view.branches}
    assert set(by_code) == {"AY01", "ZZ02"}
    for code in ("AY01", "ZZ02"):
        result, clocks, facts = network[code]  # type: ignore[misc]
        s = result.summary
        got = by_code[code]
        assert got.get("tickets").count == s.tickets_total == 500
        assert _pair(got.get("contact")) == (s.on_time["first_contact"].numerator,
                                             s.on_time["first_contact"].denominator)
        assert _pair(got.get("on_site")) == (s.on_time["on_site"].numerator, s.on_time["on_site"].denominator)
        assert _pair(got.get("report_back")) == clocks["report_back"]
        assert _pair(got.get("callback")) == clocks["callback"]
        assert clocks["report_back"][1] > 0 and clocks["callback"][1] > 0  # the comparison is not 0 == 0
        assert _pair(got.get("first_visit_fix")) == (s.first_visit_fix.numerator, s.first_visit_fix.denominator)
        assert _pair(got.get("repeat_repair")) == (s.repeat_repairs, s.tickets_total)
        assert _pair(got.get("callbacks_done")) == (s.callbacks_done.numerator, s.callbacks_done.denominator)
        assert _pair(got.get("satisfaction")) == (s.satisfaction.numerator, s.satisfaction.denominator)
        assert s.satisfaction.denominator > 0
        grades = {r.key1: r.figure.count for r in hq.breakdown(months, "satisfaction_grade", got.branch_id)}
        assert grades == facts["grades"]
        returns = {r.key1: (r.figure.count, r.figure.amount) for r in hq.breakdown(months, "returns", got.branch_id)}
        assert {k: n for k, (n, _) in returns.items()} == facts["claims"]
        assert {k: n for k, n in s.returns_by_rule.items()} == {k: n for k, (n, _) in returns.items() if k}
        assert {k: a for k, (_, a) in returns.items() if a} == facts["refunds"]
        assert facts["refunds"]["R-7"] == Decimal("1840.50")
        assert got.get("complaints").count == s.complaints_total == facts["complaints"]
        assert _pair(got.get("complaints_answered")) == (facts["answered"], facts["complaints"])
        assert _pair(got.get("complaints_overdue")) == (facts["overdue"], facts["complaints"])
        trend = hq.trend(months, got.branch_id)
        per_month = {m.period: m.get("tickets").count for m in trend if m.get("tickets").count}
        assert per_month == facts["months"]
    # The network is the sum of its branches, numerator and denominator alike.
    for code, total in view.total.items():
        assert total == by_code["AY01"].get(code) + by_code["ZZ02"].get(code), code
