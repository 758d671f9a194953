"""The setup wizard's saved progress and the service records a branch kept before it used this application."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, one_of

PAST_SERVICE_RESULTS = ("resolved", "unresolved")


class SetupDraft(Base):
    """One row while the first-start wizard runs: what each finished page holds (passwords only as hashes) and the
    page to reopen, so a setup closed half way resumes where it was left. Cleared when the branch is created."""

    __tablename__ = "setup_draft"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    page: Mapped[str] = mapped_column(String(20))
    pages: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class PastService(Base):
    """A service record imported from the branch's own workbooks (before this application): shown with the
    customer's history, never counted as a ticket of any period."""

    __tablename__ = "past_service"
    __table_args__ = (
        one_of("result", PAST_SERVICE_RESULTS, "result"),
        # The same workbook imported twice must not add the record twice (digest of customer, unit, day, text).
        UniqueConstraint("branch_id", "dedupe_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    served_on: Mapped[date] = mapped_column(Date)
    fault_text: Mapped[str] = mapped_column(Text)
    work_done: Mapped[str] = mapped_column(Text, default="")
    engineer_name: Mapped[str] = mapped_column(String(60), default="")
    result: Mapped[str] = mapped_column(String(12), default="resolved")
    source_file: Mapped[str] = mapped_column(String(200))
    source_row: Mapped[int] = mapped_column(Integer)
    dedupe_key: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
