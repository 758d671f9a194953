"""Field indicators computed in SQL for the HQ workbook: first-visit fix rate and repeat visits per ticket.

Counts come with their denominators so HQ merges branches by adding counts, never by averaging rates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from desktop.models import ServiceReport, Ticket, Visit


@dataclass(frozen=True)
class FirstVisitFix:
    tickets: int  # tickets whose first visit's sheet came back in the period
    fixed_first_time: int

    @property
    def rate(self) -> float | None:
        return None if self.tickets == 0 else self.fixed_first_time / self.tickets


@dataclass(frozen=True)
class RepeatVisits:
    tickets: int  # tickets with at least one returned sheet in the period
    visits: int  # all their visits with a returned sheet, whenever made

    @property
    def repeat_visits(self) -> int:
        return self.visits - self.tickets

    @property
    def per_ticket(self) -> float | None:
        return None if self.tickets == 0 else self.repeat_visits / self.tickets


def first_visit_fix_rate(session: Session, branch_id: int, start: datetime, end: datetime) -> FirstVisitFix:
    """Of the tickets whose first reported visit was recorded in [start, end), how many it resolved."""
    first = (select(Visit.ticket_id, func.min(Visit.id).label("visit_id"))
             .join(ServiceReport, ServiceReport.visit_id == Visit.id)
             .group_by(Visit.ticket_id).subquery())
    row = session.execute(
        select(func.count(), func.coalesce(func.sum(case((ServiceReport.result == "resolved", 1), else_=0)), 0))
        .select_from(first)
        .join(ServiceReport, ServiceReport.visit_id == first.c.visit_id)
        .join(Ticket, Ticket.id == first.c.ticket_id)
        .where(Ticket.branch_id == branch_id, ServiceReport.recorded_at >= start, ServiceReport.recorded_at < end)
    ).one()
    return FirstVisitFix(int(row[0]), int(row[1]))


def repeat_visits(session: Session, branch_id: int, start: datetime, end: datetime) -> RepeatVisits:
    in_period = (select(Visit.ticket_id)
                 .join(ServiceReport, ServiceReport.visit_id == Visit.id)
                 .join(Ticket, Ticket.id == Visit.ticket_id)
                 .where(Ticket.branch_id == branch_id, ServiceReport.recorded_at >= start,
                        ServiceReport.recorded_at < end)
                 .distinct().subquery())
    row = session.execute(
        select(func.count(func.distinct(Visit.ticket_id)), func.count(Visit.id))
        .join(ServiceReport, ServiceReport.visit_id == Visit.id)
        .where(Visit.ticket_id.in_(select(in_period.c.ticket_id)))
    ).one()
    return RepeatVisits(int(row[0]), int(row[1]))
