"""Charges: the fee schedule per product line (收费标准) and the money taken on a visit with its receipt (收据)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, UTCDateTime, one_of

PAYMENT_METHODS = ("cash", "wechat", "alipay", "transfer")
PAYMENT_STATES = ("valid", "void")


class FeeSchedule(Base):
    """收费标准 of one product line: seed 000 「保修期过了之后一般是需要收取服务费的」; parts are charged at the
    catalogue price, so only the call-out fee and labour live here."""

    __tablename__ = "fee_schedule"
    __table_args__ = (
        UniqueConstraint("branch_id", "product_line_id"),
        CheckConstraint("call_out_fee_fen >= 0", name="call_out_nonneg"),
        CheckConstraint("labour_fen >= 0", name="labour_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    product_line_id: Mapped[int] = mapped_column(ForeignKey("product_line.id"))
    call_out_fee_fen: Mapped[int] = mapped_column(Integer, default=0)
    # Labour for a fault category without its own line.
    labour_fen: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    labour: Mapped[list[LabourFee]] = relationship(cascade="all, delete-orphan", order_by="LabourFee.id")

    __mapper_args__ = {"version_id_col": version}


class LabourFee(Base):
    __tablename__ = "labour_fee"
    __table_args__ = (
        UniqueConstraint("fee_schedule_id", "fault_category_id"),
        CheckConstraint("labour_fen >= 0", name="labour_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fee_schedule_id: Mapped[int] = mapped_column(ForeignKey("fee_schedule.id", ondelete="CASCADE"))
    fault_category_id: Mapped[int] = mapped_column(ForeignKey("fault_category.id"))
    labour_fen: Mapped[int] = mapped_column(Integer)


class Payment(Base):
    """Money taken for a visit's charges; the receipt number is printed on the 收费收据."""

    __tablename__ = "payment"
    __table_args__ = (
        one_of("method", PAYMENT_METHODS, "method"),
        one_of("status", PAYMENT_STATES, "status"),
        CheckConstraint("amount_fen > 0", name="amount_positive"),
        CheckConstraint("(status = 'void') = (voided_at IS NOT NULL)", name="void_has_time"),
        # The daily cash summary reads one local day per branch, grouped by engineer.
        Index("ix_payment_branch_paid", "branch_id", "paid_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    receipt_no: Mapped[str] = mapped_column(String(24), unique=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("service_report.id"), index=True)
    # Who took the money (the visit's engineer, or the desk for a customer paying at the counter).
    engineer_id: Mapped[int | None] = mapped_column(ForeignKey("engineer.id"))
    payer_name: Mapped[str] = mapped_column(String(60), default="")
    amount_fen: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(10))
    paid_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(8), default="valid")
    void_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
