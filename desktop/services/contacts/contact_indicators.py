"""Counts of the contacts that are not repairs, in SQL, for the dashboard: consultations and their promised replies,
the complainant's first contact, and quality feedback. Each rate comes with its numerator and denominator."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from desktop.models import Complaint, Consultation, QualityFeedback


def _rate(part: int, whole: int) -> float | None:
    return None if whole == 0 else part / whole


@dataclass(frozen=True)
class ContactIndicators:
    consultations: int  # taken in the period
    answered_at_once: int
    replies_on_time: int  # promised replies given no later than promised
    replies_decided: int  # promised replies given, or still owed past the promised time
    turned_into_tickets: int
    awaiting_now: int  # every consultation still owed a reply, whenever taken
    overdue_now: int
    complaints_contacted_on_time: int  # complaints received in the period, called back by the first-contact time
    complaints_contact_decided: int
    quality_raised: int  # quality feedback raised in the period
    quality_open_now: int  # not closed, whenever raised

    @property
    def reply_on_time_rate(self) -> float | None:
        return _rate(self.replies_on_time, self.replies_decided)

    @property
    def complaint_contact_rate(self) -> float | None:
        return _rate(self.complaints_contacted_on_time, self.complaints_contact_decided)


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def contact_indicators(session: Session, branch_id: int, start: datetime, end: datetime,
                       now: datetime) -> ContactIndicators:
    """Consultations and complaints received in [start, end), quality feedback raised in it; "now" counts open."""
    c = Consultation
    in_period = and_(c.created_at >= start, c.created_at < end)
    awaiting = c.status == "awaiting_reply"
    promised = c.reply_due_at.is_not(None)
    consult = session.execute(
        select(
            _count(in_period),
            _count(and_(in_period, c.reply_due_at.is_(None), c.replied_at.is_not(None))),
            _count(and_(in_period, promised, c.replied_at.is_not(None), c.replied_at <= c.reply_due_at)),
            _count(and_(in_period, promised, or_(c.replied_at.is_not(None), and_(awaiting, c.reply_due_at < now)))),
            _count(and_(in_period, c.ticket_id.is_not(None))),
            _count(awaiting),
            _count(and_(awaiting, c.reply_due_at < now)),
        ).where(c.branch_id == branch_id)
    ).one()
    k = Complaint
    received = and_(k.created_at >= start, k.created_at < end)
    complaint = session.execute(
        select(
            _count(and_(received, k.first_contact_at.is_not(None), k.first_contact_at <= k.first_contact_due_at)),
            _count(and_(received, or_(k.first_contact_at.is_not(None), k.first_contact_due_at < now))),
        ).where(k.branch_id == branch_id)
    ).one()
    q = QualityFeedback
    quality = session.execute(
        select(_count(and_(q.created_at >= start, q.created_at < end)), _count(q.status != "closed"))
        .where(q.branch_id == branch_id)
    ).one()
    return ContactIndicators(*(int(v) for v in (*consult, *complaint, *quality)))
