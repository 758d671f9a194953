"""Creating callback tasks inside another service's transaction (completion, installation, return decision, key
accounts)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.models import Callback, ReturnClaim, ServiceClock, Ticket, Unit
from desktop.rules.callback_script import key_account_due
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.branch_time import branch_tz, end_of_local_day, local_day
from desktop.services.core.clocks import start_clock
from desktop.services.core.settings_store import load_setting


def add_callback(session: Session, actor: Actor | None, *, branch_id: int, customer_id: int, kind: str,
                 due_at: datetime, ticket_id: int | None = None, unit_id: int | None = None, reason: str = "",
                 care_due_on: date | None = None) -> Callback:
    callback = Callback(branch_id=branch_id, customer_id=customer_id, ticket_id=ticket_id, kind=kind,
                        status="pending", due_at=due_at, first_due_at=due_at, attempts=0, answers={},
                        closing_line="", notes="", created_at=utc_now(), unit_id=unit_id, reason=reason,
                        care_due_on=care_due_on)
    session.add(callback)
    session.flush()
    audit.record(session, actor, "callback.create", "callback", callback.id, None, audit.snapshot(callback))
    return callback


def _pending(session: Session, kind: str, **where: int) -> Callback | None:
    stmt = select(Callback).where(Callback.kind == kind, Callback.status == "pending")
    for column, value in where.items():
        stmt = stmt.where(getattr(Callback, column) == value)
    return session.scalars(stmt.limit(1)).first()


def create_after_completion(session: Session, ticket: Ticket, actor: Actor | None = None,
                            completed_at: datetime | None = None) -> Callback:
    """The same-day callback (seed 002 §八; docs/domain.md, service clocks) for a completed or phone-resolved ticket.

    The one function dispatch/intake call when a ticket reaches `completed` or `resolved_by_phone`: it also
    starts the ticket's `callback` clock, so neither caller inserts Callback or clock rows itself. A second
    call while the task is still pending returns the existing task (a re-saved report does not duplicate it);
    a ticket completed again after a reopening gets a new task."""
    existing = _pending(session, "after_service", ticket_id=ticket.id)
    if existing is not None:
        return existing
    at = completed_at or ticket.completed_at or utc_now()
    tz = branch_tz(session, ticket.branch_id)
    same_day = bool(load_setting(session, ticket.branch_id, "commitment.callback_same_day"))
    due_day = local_day(at, tz) if same_day else local_day(at, tz) + timedelta(days=1)
    due = end_of_local_day(due_day, tz)
    callback = add_callback(session, actor, branch_id=ticket.branch_id, customer_id=ticket.customer_id,
                            kind="after_service", due_at=due, ticket_id=ticket.id)
    # The ticket's callback clocks (one a round, a few at most) in one query: is one still running, and which
    # round comes next.
    running = ServiceClock.met_at.is_(None) & ServiceClock.cancelled.is_(False)
    rounds = session.execute(select(ServiceClock.round, running).where(
        ServiceClock.ticket_id == ticket.id, ServiceClock.commitment == "callback")).all()
    if not any(is_running for _round, is_running in rounds):
        last_round = max((r for r, _is_running in rounds), default=0)
        start_clock(session, ticket.id, "callback", min(at, due), due, round_=(last_round or 0) + 1)
    return callback


def create_after_install(session: Session, unit: Unit, branch_id: int, actor: Actor | None = None,
                         ticket_id: int | None = None) -> Callback | None:
    """Seed 004 第三章 四.4: phone or visit within a month of the installation (callback.after_install_days).
    With the installation ticket, the call also closes that ticket (回访完毕，归档)."""
    if unit.installation_date is None:
        return None
    days = int(load_setting(session, branch_id, "callback.after_install_days"))
    due = end_of_local_day(unit.installation_date + timedelta(days=days), branch_tz(session, branch_id))
    existing = session.scalars(select(Callback).where(
        Callback.customer_id == unit.customer_id, Callback.kind == "after_install", Callback.first_due_at == due,
    ).limit(1)).first()
    if existing is not None:
        return existing
    return add_callback(session, actor, branch_id=branch_id, customer_id=unit.customer_id, kind="after_install",
                        due_at=due, ticket_id=ticket_id)


KEY_ACCOUNT_KINDS = (("key_account_phone", "callback.key_account_phone_days"),
                     ("key_account_visit", "callback.key_account_visit_days"))


def schedule_key_account_callbacks(session: Session, actor: Actor | None, branch_id: int, customer_ids: list[int],
                                   today: date) -> int:
    """Seed 003 (6) 每周至少电话回访一次，每月至少上门回访一次: the weekly phone and monthly visit tasks of these key
    accounts that are due and not yet pending. Creates only what is missing, so a second run creates nothing."""
    if not customer_ids:
        return 0
    tz = branch_tz(session, branch_id)
    created = 0
    # One customer marked in the file: look at that customer only; the daily run reads the branch's tasks whole
    # rather than binding thousands of ids.
    only = [Callback.customer_id.in_(customer_ids)] if len(customer_ids) <= 100 else []
    for kind, setting in KEY_ACCOUNT_KINDS:
        period = int(load_setting(session, branch_id, setting))
        pending = set(session.scalars(select(Callback.customer_id).where(
            Callback.kind == kind, Callback.status == "pending", Callback.branch_id == branch_id, *only)))
        last_due = dict(session.execute(
            select(Callback.customer_id, func.max(Callback.first_due_at))
            .where(Callback.kind == kind, Callback.status != "cancelled", Callback.branch_id == branch_id, *only)
            .group_by(Callback.customer_id)).all())
        for customer_id in customer_ids:
            if customer_id in pending:
                continue
            last = last_due.get(customer_id)
            if not key_account_due(local_day(last, tz) if last else None, today, period):
                continue
            add_callback(session, actor, branch_id=branch_id, customer_id=customer_id, kind=kind,
                         due_at=end_of_local_day(today, tz))
            created += 1
    return created


def cancel_key_account_callbacks(session: Session, actor: Actor, customer_id: int, reason: str) -> int:
    """A customer who is no longer a key account stops getting the periodic calls still pending."""
    cancelled = 0
    for callback in session.scalars(select(Callback).where(
            Callback.customer_id == customer_id, Callback.status == "pending",
            Callback.kind.in_([kind for kind, _ in KEY_ACCOUNT_KINDS]))):
        before = audit.snapshot(callback)
        callback.status, callback.notes, callback.done_at, callback.done_by = (
            "cancelled", reason, utc_now(), actor.user_id)
        session.flush()
        audit.record(session, actor, "callback.cancel", "callback", callback.id, before, audit.snapshot(callback))
        cancelled += 1
    return cancelled


def create_after_return(session: Session, claim: ReturnClaim, branch_id: int, actor: Actor | None = None,
                        decided_at: datetime | None = None) -> Callback:
    """After a return/exchange decision: call the next local day, once the exchange or refund has had a day."""
    existing = _pending(session, "after_return", ticket_id=claim.ticket_id) if claim.ticket_id else None
    if existing is not None:
        return existing
    customer_id = session.execute(select(Unit.customer_id).where(Unit.id == claim.unit_id)).scalar_one()
    tz = branch_tz(session, branch_id)
    due = end_of_local_day(local_day(decided_at or utc_now(), tz) + timedelta(days=1), tz)
    return add_callback(session, actor, branch_id=branch_id, customer_id=customer_id, kind="after_return",
                        due_at=due, ticket_id=claim.ticket_id)
