"""Service clocks (docs/domain.md): started at intake or dispatch, met when the commitment is kept."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import ServiceClock


def start_clock(session: Session, ticket_id: int, commitment: str, started_at: datetime, due_at: datetime,
                round_: int = 1) -> ServiceClock:
    clock = ServiceClock(ticket_id=ticket_id, commitment=commitment, round=round_, started_at=started_at,
                         due_at=due_at)
    session.add(clock)
    return clock


def meet_clock(session: Session, ticket_id: int, commitment: str, at: datetime) -> ServiceClock | None:
    """Marks the latest open clock of that commitment as met; a clock already met keeps its first time."""
    return meet_clocks(session, ticket_id, {commitment: at}).get(commitment)


def meet_clocks(session: Session, ticket_id: int, times: Mapping[str, datetime]) -> dict[str, ServiceClock]:
    """meet_clock for several commitments with one query (an arrival stops three clocks): each commitment's latest
    open clock is met at its own time."""
    met: dict[str, ServiceClock] = {}
    for clock in session.scalars(
        select(ServiceClock)
        .where(ServiceClock.ticket_id == ticket_id, ServiceClock.commitment.in_(list(times)),
               ServiceClock.met_at.is_(None), ServiceClock.cancelled.is_(False))
        .order_by(ServiceClock.round.desc())
    ):
        if clock.commitment not in met:
            clock.met_at = times[clock.commitment]
            met[clock.commitment] = clock
    return met


def cancel_open_clocks(session: Session, ticket_id: int) -> None:
    for clock in session.scalars(
        select(ServiceClock).where(ServiceClock.ticket_id == ticket_id, ServiceClock.met_at.is_(None))
    ):
        clock.cancelled = True
