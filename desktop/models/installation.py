"""Installation orders (安装单): a sold unit to be installed, and what the installing visit recorded."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, one_of

INSTALL_RESULTS = ("installed", "not_installed")
# 开箱检验 (seed 002 §3.4.2, 1995 art. 5(4)) and the installation steps of seed 000 上门服务规范 4/8: each item is
# ticked or not on the acceptance form; the appearance of the unit is recorded on its own (AP-1 / AP-2).
ACCEPTANCE_ITEMS = ("packaging_intact", "parts_complete", "serial_matches", "drilling_agreed", "test_run_ok",
                    "site_cleaned")


class InstallationOrder(Base):
    """The sale the installation comes from; its ticket (kind "installation") is planned on the board."""

    __tablename__ = "installation_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    requested_date: Mapped[date] = mapped_column(Date)
    # Who sold it (a store, a salesperson): the installation is ordered by the sale (seed 000 售后流程说明 1).
    sold_by: Mapped[str] = mapped_column(String(60), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))


class InstallationReport(Base):
    """The installation acceptance (安装验收) as the engineer brought it back, signed by the customer."""

    __tablename__ = "installation_report"
    __table_args__ = (
        one_of("result", INSTALL_RESULTS, "result"),
        one_of("signature_kind", ("none", "strokes", "scan"), "signature_kind"),
        CheckConstraint("departed_at >= arrived_at", name="times_order"),
        # The installation date is the unit's warranty start (S-1): an installed unit always has one.
        CheckConstraint("result = 'not_installed' OR installed_on IS NOT NULL", name="installed_has_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id"), unique=True)
    result: Mapped[str] = mapped_column(String(14))
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime())
    departed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    early_arrival_reason: Mapped[str] = mapped_column(Text, default="")
    installed_on: Mapped[date | None] = mapped_column(Date)
    # {item code: ticked} for ACCEPTANCE_ITEMS.
    checks: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    appearance_defect: Mapped[bool] = mapped_column(Boolean, default=False)
    appearance_note: Mapped[str] = mapped_column(Text, default="")
    use_explained: Mapped[bool] = mapped_column(Boolean, default=False)
    work_note: Mapped[str] = mapped_column(Text, default="")
    customer_comment: Mapped[str] = mapped_column(Text, default="")
    signature_kind: Mapped[str] = mapped_column(String(8), default="none")
    signature_strokes: Mapped[Any | None] = mapped_column(JSON)
    signature_scan: Mapped[bytes | None] = mapped_column(LargeBinary)
    content_digest: Mapped[str] = mapped_column(String(64), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
