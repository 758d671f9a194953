"""Tickets (服务单), their event timeline and service clocks."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, one_of

TICKET_STATES = (
    "new",
    "triage",
    "resolved_by_phone",
    "dispatched",
    "scheduled",
    "on_site",
    "completed",
    "unresolved",
    "escalated",
    "closed",
    "cancelled",
)
OPEN_STATES = ("new", "triage", "dispatched", "scheduled", "on_site", "unresolved", "escalated")
CHANNELS = ("hotline", "walk_in", "salesperson", "online")
PRIORITIES = ("normal", "urgent", "critical")
COMMITMENTS = ("first_contact", "report_back", "on_site", "callback")
# A repair request (报修) or the installation of a sold unit (安装单); both are planned on the same board.
TICKET_KINDS = ("repair", "installation")


class Ticket(Base):
    __tablename__ = "ticket"
    __table_args__ = (
        one_of("status", TICKET_STATES, "status"),
        one_of("channel", CHANNELS, "channel"),
        one_of("priority", PRIORITIES, "priority"),
        one_of("kind", TICKET_KINDS, "kind"),
        CheckConstraint("escalation_level >= 0", name="escalation_nonneg"),
        # The ticket list's default order and its status filter both walk this index. The clock watch (every minute
        # on every PC) reads the open tickets' ids from it alone: SQLite keeps the rowid in every index; PostgreSQL
        # needs them included (13,000 open tickets scattered over a million rows otherwise).
        Index("ix_ticket_status_opened", "status", "opened_at", postgresql_include=["id", "branch_id"]),
        Index("ix_ticket_opened_id", "opened_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    kind: Mapped[str] = mapped_column(String(12), default="repair", server_default="repair")
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    address_id: Mapped[int | None] = mapped_column(ForeignKey("customer_address.id"))
    product_line_id: Mapped[int] = mapped_column(ForeignKey("product_line.id"), index=True)
    contact_phone: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="new")
    channel: Mapped[str] = mapped_column(String(12))
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    fault_category_id: Mapped[int | None] = mapped_column(ForeignKey("fault_category.id"))
    fault_text: Mapped[str] = mapped_column(Text, default="")
    # 返修: same unit, same fault category inside the repair warranty days.
    is_repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    repeat_of_ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"))
    triage_note: Mapped[str] = mapped_column(Text, default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    escalation_level: Mapped[int] = mapped_column(Integer, default=0)
    engineer_id: Mapped[int | None] = mapped_column(ForeignKey("engineer.id"), index=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    opened_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class TicketEvent(Base):
    """The timeline: every state change, call, visit, report and callback, with who and when."""

    __tablename__ = "ticket_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    kind: Mapped[str] = mapped_column(String(30))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[Any | None] = mapped_column(JSON)


# A running clock, in the words SQLAlchemy renders for `met_at.is_(None), cancelled.is_(False)`: a query must say it
# the same way for the partial indexes below to serve it.
LIVE_CLOCK_SQLITE = "met_at IS NULL AND cancelled IS 0"
LIVE_CLOCK_POSTGRESQL = "met_at IS NULL AND cancelled IS false"


class ServiceClock(Base):
    __tablename__ = "service_clock"
    __table_args__ = (
        one_of("commitment", COMMITMENTS, "commitment"),
        UniqueConstraint("ticket_id", "commitment", "round"),
        CheckConstraint("due_at >= started_at", name="due_after_start"),
        # Only the clocks still running (neither met nor cancelled: a few per open ticket, out of millions of
        # clocks in a long history, hundreds of thousands of them cancelled with met_at NULL), by ticket: the clock
        # watch asks for the open tickets' ones every minute on every PC, the board and the overdue filter too.
        Index("ix_service_clock_live_ticket", "ticket_id", "due_at", "commitment",
              sqlite_where=text(LIVE_CLOCK_SQLITE), postgresql_where=text(LIVE_CLOCK_POSTGRESQL)),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    commitment: Mapped[str] = mapped_column(String(20))
    # Escalation starts a new on-site round; earlier rounds keep their own result.
    round: Mapped[int] = mapped_column(Integer, default=1)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    met_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
