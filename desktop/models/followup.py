"""Callbacks (回访) with their attempts, and complaints (投诉) with their steps."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, one_of
from desktop.rules.satisfaction import GRADES

CALLBACK_KINDS = ("after_service", "after_install", "after_return", "key_account_phone", "key_account_visit",
                  "maintenance", "ad_hoc_phone", "ad_hoc_visit")
CALLBACK_STATES = ("pending", "done", "unreachable", "refused", "cancelled")
ATTEMPT_OUTCOMES = ("reached", "no_answer", "busy", "wrong_number", "refused")
COMPLAINT_SOURCES = ("callback", "phone", "visit")
COMPLAINT_STATES = ("open", "inspected", "answered", "closed")
COMPLAINT_CONCERNS = ("staff", "product", "other")


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


class Callback(Base):
    __tablename__ = "callback"
    __table_args__ = (
        one_of("kind", CALLBACK_KINDS, "kind"),
        one_of("status", CALLBACK_STATES, "status"),
        CheckConstraint("attempts >= 0", name="attempts_nonneg"),
        CheckConstraint(f"satisfaction IS NULL OR satisfaction IN ({_quoted(GRADES)})",
                        name="satisfaction"),
        # The queue (pending, one branch, by due time) and its three counts read this index alone.
        Index("ix_callback_status_branch_due", "status", "branch_id", "due_at"),
        # The queue header's last-30-days indicators: bounded by the first due time, not a pass over the history.
        Index("ix_callback_first_due", "first_due_at"),
        # The care reminders of a batch of units. Only maintenance reminders have a unit, so SQLite's statistics rate
        # the plain unit_id index as useless (one value, NULL, for nearly every row) and it read the whole table for
        # each batch; this index holds only the rows with a unit.
        Index("ix_callback_unit_care", "unit_id", "care_due_on",
              sqlite_where=text("unit_id IS NOT NULL"), postgresql_where=text("unit_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    # The unit a care reminder or an ad-hoc callback concerns (a ticket's callback takes the ticket's unit).
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(12), default="pending")
    # Why the clerk created an ad-hoc callback (seed 004 不定期回访).
    reason: Mapped[str] = mapped_column(Text, default="")
    # A care reminder's consumable due date: one reminder per unit and due date, however often the queue is built.
    care_due_on: Mapped[date | None] = mapped_column(Date)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The original due time stays for the on-time rate even when a retry moves due_at.
    first_due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    satisfaction: Mapped[str | None] = mapped_column(String(20))
    closing_line: Mapped[str] = mapped_column(String(4), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class CallbackAttempt(Base):
    __tablename__ = "callback_attempt"
    __table_args__ = (one_of("outcome", ATTEMPT_OUTCOMES, "outcome"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    callback_id: Mapped[int] = mapped_column(ForeignKey("callback.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    outcome: Mapped[str] = mapped_column(String(14))
    note: Mapped[str] = mapped_column(Text, default="")
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Complaint(Base):
    __tablename__ = "complaint"
    __table_args__ = (
        one_of("source", COMPLAINT_SOURCES, "source"),
        one_of("status", COMPLAINT_STATES, "status"),
        one_of("concerns", COMPLAINT_CONCERNS, "concerns"),
        # Seed 004: no statement of liability before the on-site inspection.
        CheckConstraint("liability IS NULL OR inspected_at IS NOT NULL", name="liability_after_inspection"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"))
    source: Mapped[str] = mapped_column(String(10))
    concerns: Mapped[str] = mapped_column(String(10))
    concerns_person: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[str] = mapped_column(String(10), default="open")
    promised_answer_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Seed 003 「几分钟后给您答复」: the complainant is called back within minutes; a service clock of its own.
    first_contact_due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    first_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    inspected_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    inspection_note: Mapped[str] = mapped_column(Text, default="")
    liability: Mapped[str | None] = mapped_column(String(20))
    answer: Mapped[str] = mapped_column(Text, default="")
    customer_accepted: Mapped[bool | None] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ComplaintStep(Base):
    __tablename__ = "complaint_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(Text)
