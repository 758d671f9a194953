"""The field loop: visits, service reports with parts and signatures, escalations."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, UTCDateTime, one_of
from desktop.rules.satisfaction import GRADES, LEGACY

VISIT_STATES = ("dispatched", "scheduled", "on_site", "resolved", "unresolved", "cancelled")
REPORT_RESULTS = ("resolved", "unresolved")
# A new report records one of today's grades; a signed report keeps the old grade its customer ticked (its digest
# covers it), so the column also holds the legacy code.
SATISFACTION = GRADES
STORED_SATISFACTION = (*GRADES, *LEGACY)
SIGNATURE_KINDS = ("none", "strokes", "scan")
ESCALATION_PLANS = ("another_engineer", "order_parts", "hq_support", "same_engineer")


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(f"'{v}'" for v in values)


class Visit(Base):
    __tablename__ = "visit"
    __table_args__ = (
        one_of("status", VISIT_STATES, "status"),
        CheckConstraint("planned_end > planned_start", name="planned_order"),
        CheckConstraint("agreed_end IS NULL OR agreed_end > agreed_start", name="agreed_order"),
        CheckConstraint("round >= 1", name="round_positive"),
        # The dispatch board reads one engineer-week at a time.
        Index("ix_visit_engineer_start", "engineer_id", "planned_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    engineer_id: Mapped[int] = mapped_column(ForeignKey("engineer.id"))
    round: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12), default="dispatched")
    planned_start: Mapped[datetime] = mapped_column(UTCDateTime())
    planned_end: Mapped[datetime] = mapped_column(UTCDateTime())
    agreed_start: Mapped[datetime | None] = mapped_column(UTCDateTime())
    agreed_end: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set when the dispatcher overrode a warning (overlap, day off, area/skill, after deadline).
    override_reason: Mapped[str] = mapped_column(Text, default="")
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list)
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ServiceReport(Base):
    """客户服务报告: what one visit did, as written on the returned service sheet."""

    __tablename__ = "service_report"
    __table_args__ = (
        one_of("result", REPORT_RESULTS, "result"),
        one_of("signature_kind", SIGNATURE_KINDS, "signature_kind"),
        CheckConstraint("labour_charge_fen >= 0", name="labour_nonneg"),
        CheckConstraint("call_out_fee_fen >= 0", name="call_out_nonneg"),
        CheckConstraint("departed_at IS NULL OR arrived_at IS NULL OR departed_at >= arrived_at", name="times_order"),
        CheckConstraint(f"satisfaction IS NULL OR satisfaction IN ({_quoted(STORED_SATISFACTION)})",
                        name="satisfaction"),
        # The charges list: newest visit first, a page at a time (a long history holds 750,000 reports).
        Index("ix_service_report_departed", "departed_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), unique=True)
    arrived_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    departed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Arriving before the window agreed with the customer needs a reason (seed 000 上门服务规范 1: 约好上门时间).
    early_arrival_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    work_done: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(12))
    labour_charge_fen: Mapped[int] = mapped_column(Integer, default=0)
    customer_comment: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[str | None] = mapped_column(String(20))
    # 上门服务规范 checklist (rules.conduct): item code → kept; None when the sheet's checklist was not filled in.
    conduct: Mapped[dict[str, bool] | None] = mapped_column(JSON)
    signature_kind: Mapped[str] = mapped_column(String(8), default="none")
    # Vector strokes as JSON (re-rendered sharply) or the scanned image bytes.
    signature_strokes: Mapped[Any | None] = mapped_column(JSON)
    signature_scan: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Digest of the report content the customer signed; a later edit no longer matches it.
    content_digest: Mapped[str] = mapped_column(String(64), default="")
    # Which fields the digest covers: 1 before follow-up, call-out fee, charges and the engineer's signature were
    # recorded (reports signed then still verify), 2 since.
    content_version: Mapped[int] = mapped_column(Integer, default=2)
    # 需客户继续配合的事宜 (seed 000 3.1.7).
    follow_up: Mapped[str] = mapped_column(Text, default="")
    # 上门费, from the fee schedule unless the sheet says otherwise.
    call_out_fee_fen: Mapped[int] = mapped_column(Integer, default=0)
    # The warranty status the charges were judged by (rules.charges coverage), "" on reports from before.
    coverage: Mapped[str] = mapped_column(String(16), default="")
    # Charges that differ from the schedule's proposal (rules.charges exception codes) and the reason given.
    charge_exceptions: Mapped[list[str]] = mapped_column(JSON, default=list)
    charge_reason: Mapped[str] = mapped_column(Text, default="")
    # The engineer signs on the pad as the customer does, over the same content digest.
    engineer_signature_strokes: Mapped[Any | None] = mapped_column(JSON)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    parts: Mapped[list[PartUsage]] = relationship(
        back_populates="report", cascade="all, delete-orphan", order_by="PartUsage.id"
    )

    __mapper_args__ = {"version_id_col": version}


class PartUsage(Base):
    __tablename__ = "part_usage"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price_fen >= 0", name="price_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("service_report.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(Integer)
    charged: Mapped[bool] = mapped_column(Boolean)
    # Free under 三包 as the warranty status decided; a part neither covered nor charged was waived (with a reason).
    covered: Mapped[bool] = mapped_column(Boolean, default=False)

    report: Mapped[ServiceReport] = relationship(back_populates="parts")


class Escalation(Base):
    """服务事件升级: the analysis of an unresolved visit and the new plan."""

    __tablename__ = "escalation"
    __table_args__ = (one_of("plan", ESCALATION_PLANS, "plan"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), unique=True)
    analysis: Mapped[str] = mapped_column(Text)
    plan: Mapped[str] = mapped_column(String(20))
    plan_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
