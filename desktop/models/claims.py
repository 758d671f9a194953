"""Return and exchange claims (退换货申请) and their decisions (裁定)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, one_of

CLAIM_STATES = ("claimed", "inspected", "decided", "approved", "rejected", "executed", "closed")
REMEDIES = ("refund", "exchange", "repair")
OUTCOMES = ("refund", "exchange", "repair", "refuse")


class ReturnClaim(Base):
    __tablename__ = "return_claim"
    __table_args__ = (
        one_of("status", CLAIM_STATES, "status"),
        one_of("requested_remedy", REMEDIES, "requested_remedy"),
        # The claims list's default order (newest first), a page at a time.
        Index("ix_return_claim_created", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="claimed")
    requested_remedy: Mapped[str] = mapped_column(String(10))
    # The ClaimFacts as recorded, with where each came from ({"value":..., "source":...}).
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    inspection_note: Mapped[str] = mapped_column(Text, default="")
    inspected_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    inspected_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    customer_choice: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Decision(Base):
    __tablename__ = "decision"
    __table_args__ = (
        one_of("outcome", OUTCOMES, "outcome"),
        CheckConstraint("refund_amount_fen IS NULL OR refund_amount_fen >= 0", name="refund_nonneg"),
        CheckConstraint("depreciation_fen IS NULL OR depreciation_fen >= 0", name="depreciation_nonneg"),
        # An override always carries its reason.
        CheckConstraint("NOT overridden OR length(override_reason) > 0", name="override_has_reason"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("return_claim.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(10))
    rule_id: Mapped[str] = mapped_column(String(20))
    money_rule_id: Mapped[str | None] = mapped_column(String(20))
    allowed: Mapped[list[str]] = mapped_column(JSON, default=list)
    requested_denied: Mapped[bool] = mapped_column(Boolean, default=False)
    refund_amount_fen: Mapped[int | None] = mapped_column(Integer)
    depreciation_fen: Mapped[int | None] = mapped_column(Integer)
    depreciation_days: Mapped[int | None] = mapped_column(Integer)
    explanation: Mapped[list[Any]] = mapped_column(JSON, default=list)
    approvals_required: Mapped[list[str]] = mapped_column(JSON, default=list)
    overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    hq_confirmed_by: Mapped[str] = mapped_column(String(60), default="")
    hq_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    rejected_reason: Mapped[str] = mapped_column(Text, default="")
    replacement_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    executed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

