"""The on-site window of a ticket (product line and priority) as every area reads it inside its own transaction:
intake, dispatch, escalation and callback follow-ups all start the same clock the same way."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import ProductLine, ServiceClock, Ticket
from desktop.rules.service_windows import effective_windows, reprioritised_due, window_minutes
from desktop.services.core.settings_store import load_setting

KEY = "commitment.onsite_window_minutes"

# "Not read yet": a caller that has read a value passes it, and None is a real answer (nothing stored or no
# open clock), so None cannot mean "read it yourself". Dispatch uses the same mark for the open clock.
UNREAD: Any = object()


def onsite_window(session: Session, branch_id: int, product_line_id: int, priority: str,
                  stored: Any = UNREAD) -> timedelta:
    """`stored`: the branch's KEY setting when the caller has read it already (with others, in one query)."""
    # The session's own copy when it has one (intake has just checked the line): no query.
    line = session.get(ProductLine, product_line_id)
    if line is None:
        return timedelta(minutes=24 * 60)
    if stored is UNREAD:
        stored = load_setting(session, branch_id, KEY)
    return onsite_window_of_line(line, priority, stored)


def onsite_window_of_line(line: ProductLine, priority: str, stored: Any) -> timedelta:
    """The window of a line the caller holds, with the branch's KEY setting it has read."""
    return timedelta(minutes=window_minutes(stored, line.code, priority, line.onsite_window_minutes))


def ticket_onsite_window(session: Session, ticket: Ticket, stored: Any = UNREAD) -> timedelta:
    return onsite_window(session, ticket.branch_id, ticket.product_line_id, ticket.priority, stored)


def branch_windows(session: Session, branch_id: int) -> dict[str, dict[str, int]]:
    """Every catalogue line's three windows, as the settings dialog shows them."""
    catalogue = {code: minutes for code, minutes in session.execute(
        select(ProductLine.code, ProductLine.onsite_window_minutes).order_by(ProductLine.id))}
    return effective_windows(load_setting(session, branch_id, KEY), catalogue)


def apply_priority(session: Session, ticket: Ticket, now: datetime) -> ServiceClock | None:
    """After the ticket's priority changed: its running on-site clock takes the new window (rules.service_windows
    .reprioritised_due). Returns the clock when its deadline moved."""
    clock = session.scalars(
        select(ServiceClock).where(ServiceClock.ticket_id == ticket.id, ServiceClock.commitment == "on_site",
                                   ServiceClock.met_at.is_(None), ServiceClock.cancelled.is_(False))
        .order_by(ServiceClock.round.desc())
    ).first()
    if clock is None:
        return None
    minutes = int(ticket_onsite_window(session, ticket).total_seconds() // 60)
    due = reprioritised_due(clock.started_at, clock.due_at, minutes, now)
    if due == clock.due_at:
        return None
    clock.due_at = due
    return clock
