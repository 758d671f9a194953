"""Contacts that are not a repair: consultations (咨询) and quality problem feedback to HQ (质量问题反馈单)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import JSON

from desktop.models.base import Base, UTCDateTime, one_of
from desktop.models.ticket import CHANNELS

# Seed 000 3.2.4: a question answered at once is closed at once; one that cannot be answered gets a promised reply
# time (the consultation's service clock), then the reply, then the close.
CONSULTATION_STATES = ("awaiting_reply", "answered", "closed")
CONSULTATION_TOPICS = ("usage", "purchase", "installation", "warranty", "maintenance", "other")
# Seed 002 §4.9: a quality problem can be seen on a ticket, on site, in a return claim or in a complaint.
QUALITY_SOURCES = ("ticket", "visit", "claim", "complaint")
QUALITY_STATES = ("raised", "sent", "answered", "closed")


class Consultation(Base):
    __tablename__ = "consultation"
    __table_args__ = (
        one_of("status", CONSULTATION_STATES, "status"),
        one_of("topic", CONSULTATION_TOPICS, "topic"),
        one_of("channel", CHANNELS, "channel"),
        # A question waiting for its answer always carries the time promised to the caller: that is its clock.
        CheckConstraint("status <> 'awaiting_reply' OR reply_due_at IS NOT NULL", name="awaiting_has_due"),
        # Answered or closed means someone replied, or the question became a ticket.
        CheckConstraint("status = 'awaiting_reply' OR replied_at IS NOT NULL OR ticket_id IS NOT NULL",
                        name="reply_or_ticket"),
        CheckConstraint("reply_due_at IS NULL OR reply_due_at > created_at", name="reply_due_after_intake"),
        # The open list (by the reply time promised) and its "overdue" filter walk the first index; the closed
        # list (newest first) the second; "all" the third.
        Index("ix_consultation_status_due", "status", "reply_due_at"),
        Index("ix_consultation_status_created", "status", "created_at", "id"),
        Index("ix_consultation_created_id", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    # A caller who is not (yet) a customer of the branch is kept by name and phone only.
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    caller_name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20))
    product_line_id: Mapped[int | None] = mapped_column(ForeignKey("product_line.id"))
    channel: Mapped[str] = mapped_column(String(12))
    topic: Mapped[str] = mapped_column(String(12))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16))
    reply_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    replied_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The ticket the question turned into (a fault after all).
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class QualityFeedback(Base):
    """质量问题反馈单 (seed 002 §4.9, seed 000 售后服务部职责3): a product quality problem the branch reports to HQ,
    whose technical department answers with the analysis and the corrective and preventive actions."""

    __tablename__ = "quality_feedback"
    __table_args__ = (
        one_of("source", QUALITY_SOURCES, "source"),
        one_of("status", QUALITY_STATES, "status"),
        CheckConstraint("cases >= 1", name="cases_positive"),
        # The record it was raised from is always kept.
        CheckConstraint(
            "(source = 'ticket' AND ticket_id IS NOT NULL) OR (source = 'visit' AND visit_id IS NOT NULL) "
            "OR (source = 'claim' AND claim_id IS NOT NULL) OR (source = 'complaint' AND complaint_id IS NOT NULL)",
            name="source_link"),
        # Seed 002 §4.9: HQ's answer is a solution with corrective actions; no answer without one.
        CheckConstraint("status IN ('raised', 'sent') OR length(corrective_action) > 0", name="answer_has_action"),
        Index("ix_quality_feedback_status_created", "status", "created_at", "id"),
        Index("ix_quality_feedback_created_id", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    source: Mapped[str] = mapped_column(String(10))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("return_claim.id"))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"))
    product_line_id: Mapped[int] = mapped_column(ForeignKey("product_line.id"))
    model_id: Mapped[int | None] = mapped_column(ForeignKey("product_model.id"))
    batch: Mapped[str] = mapped_column(String(60), default="")
    serials: Mapped[list[str]] = mapped_column(JSON, default=list)
    fault: Mapped[str] = mapped_column(Text)
    cases: Mapped[int] = mapped_column(Integer, default=1)
    analysis: Mapped[str] = mapped_column(Text, default="")
    corrective_action: Mapped[str] = mapped_column(Text, default="")
    preventive_action: Mapped[str] = mapped_column(Text, default="")
    # Who at HQ (技术部) answered: a name, not an account of this branch.
    hq_responder: Mapped[str] = mapped_column(String(60), default="")
    status: Mapped[str] = mapped_column(String(12), default="raised")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    sent_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
