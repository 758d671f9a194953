"""Callback and complaint indicators computed in SQL, for the queue header and the HQ workbook's summary.

Counts are returned with their denominators, so that HQ can merge branches by adding counts, never rates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Callback, Complaint
from desktop.rules.satisfaction import GRADES, SATISFIED


def _rate(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


@dataclass(frozen=True)
class CallbackIndicators:
    due: int  # tasks whose first due time falls in the period (cancelled ones excluded)
    done: int
    done_on_time: int  # done no later than the first due time (retries do not move the goal)
    unreachable: int
    refused: int
    # Answers per grade code (rules.satisfaction.GRADES), every grade present, zero when none.
    grade_counts: dict[str, int] = field(default_factory=dict)

    @property
    def finished(self) -> int:
        return self.done + self.unreachable + self.refused

    @property
    def on_time_rate(self) -> float | None:
        return _rate(self.done_on_time, self.due)

    @property
    def completion_rate(self) -> float | None:
        return _rate(self.done, self.due)

    @property
    def pleased(self) -> int:
        """非常满意 + 满意: the satisfaction rate's numerator."""
        return sum(n for code, n in self.grade_counts.items() if code in SATISFIED)

    @property
    def rated(self) -> int:
        """Every graded answer: the satisfaction rate's denominator."""
        return sum(self.grade_counts.values())

    @property
    def satisfaction_rate(self) -> float | None:
        """非常满意 + 满意 over every graded callback (一般 does not count as satisfied)."""
        return _rate(self.pleased, self.rated)

    @property
    def unreachable_rate(self) -> float | None:
        return _rate(self.unreachable, self.finished)


@dataclass(frozen=True)
class ComplaintIndicators:
    opened: int  # opened in the period
    closed: int  # closed in the period
    open_now: int
    overdue_now: int  # not closed, and past the promised answer time or not called back in time


def callback_indicators(session: Session, branch_id: int, start: datetime, end: datetime) -> CallbackIndicators:
    """Callbacks whose first due time is in [start, end)."""
    def count(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    done = Callback.status == "done"
    row = session.execute(
        select(
            func.count(Callback.id),
            count(done),
            count(and_(done, Callback.done_at <= Callback.first_due_at)),
            count(Callback.status == "unreachable"),
            count(Callback.status == "refused"),
            *(count(Callback.satisfaction == code) for code in GRADES),
        ).where(Callback.branch_id == branch_id, Callback.status != "cancelled",
                Callback.first_due_at >= start, Callback.first_due_at < end)
    ).one()
    values = [int(v) for v in row]
    return CallbackIndicators(values[0], values[1], values[2], values[3], values[4],
                              grade_counts=dict(zip(GRADES, values[5:], strict=True)))


def complaint_indicators(session: Session, branch_id: int, start: datetime, end: datetime,
                         now: datetime) -> ComplaintIndicators:
    def count(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    not_closed = Complaint.status != "closed"
    row = session.execute(
        select(
            count(and_(Complaint.created_at >= start, Complaint.created_at < end)),
            count(and_(Complaint.closed_at >= start, Complaint.closed_at < end)),
            count(not_closed),
            count(and_(not_closed, or_(Complaint.promised_answer_at < now,
                                       and_(Complaint.first_contact_at.is_(None),
                                            Complaint.first_contact_due_at < now)))),
        ).where(Complaint.branch_id == branch_id)
    ).one()
    return ComplaintIndicators(*(int(v) for v in row))
