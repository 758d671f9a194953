"""Parts stock (seed 003 (7) 「对所有进出库产品、备件都要记录在案」): locations, every movement, the balance."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime, one_of

# The branch warehouse (库房), one van stock per engineer (车载库存) and the shelf of old parts brought back from
# warranty repairs (旧件) until they go back to HQ or the factory.
LOCATION_KINDS = ("warehouse", "van", "old_parts")
# receipt 入库; issue 领用 (warehouse → van); van_return 退库 (van → warehouse); use 上门使用 (van → customer);
# old_part_return 旧件返还 (customer's old part → old-parts shelf); return_out 返厂/退回总部 (warehouse or shelf → out).
MOVEMENT_KINDS = ("receipt", "issue", "van_return", "use", "old_part_return", "return_out")
RETURN_DESTINATIONS = ("hq", "factory")


class StockLocation(Base):
    __tablename__ = "stock_location"
    __table_args__ = (
        one_of("kind", LOCATION_KINDS, "kind"),
        CheckConstraint("(kind = 'van') = (engineer_id IS NOT NULL)", name="van_has_engineer"),
        # "warehouse", "old_parts" or "van:<engineer id>": one row each per branch (NULLs would not be unique).
        UniqueConstraint("branch_id", "key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    key: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(12))
    engineer_id: Mapped[int | None] = mapped_column(ForeignKey("engineer.id"), unique=True)


class StockBalance(Base):
    """Quantity on hand per location and part, kept in the same transaction as each movement."""

    __tablename__ = "stock_balance"
    __table_args__ = (UniqueConstraint("location_id", "part_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_location.id"))
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"), index=True)
    # Negative only after a supervisor's override with a reason (recorded on the movement).
    quantity: Mapped[int] = mapped_column(Integer, default=0)


class ReturnList(Base):
    """返厂/退回总部清单: the printed list that goes with parts sent back to HQ or the factory."""

    __tablename__ = "return_list"
    __table_args__ = (one_of("destination", RETURN_DESTINATIONS, "destination"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    destination: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class StockMovement(Base):
    """One line of the stock ledger (配件台账, seed 002 §3.1.4); never edited, a mistake is corrected by another."""

    __tablename__ = "stock_movement"
    __table_args__ = (
        one_of("kind", MOVEMENT_KINDS, "kind"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price_fen >= 0", name="price_nonneg"),
        CheckConstraint("destination IS NULL OR destination IN ('hq', 'factory')", name="destination"),
        CheckConstraint("from_location_id IS NOT NULL OR to_location_id IS NOT NULL", name="has_location"),
        # The ledger pages newest first, per branch; the export reads a period in time order.
        Index("ix_stock_movement_branch_at", "branch_id", "moved_at"),
        Index("ix_stock_movement_part_at", "part_id", "moved_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id"))
    number: Mapped[str] = mapped_column(String(24), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    from_location_id: Mapped[int | None] = mapped_column(ForeignKey("stock_location.id"))
    to_location_id: Mapped[int | None] = mapped_column(ForeignKey("stock_location.id"))
    # The engineer whose van or visit the movement concerns.
    engineer_id: Mapped[int | None] = mapped_column(ForeignKey("engineer.id"), index=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visit.id"), index=True)
    part_usage_id: Mapped[int | None] = mapped_column(ForeignKey("part_usage.id", ondelete="SET NULL"), index=True)
    # 旧件标签号 on an old part; a return_out of an old part points at the old_part_return it sends back.
    tag_no: Mapped[str] = mapped_column(String(40), default="")
    source_movement_id: Mapped[int | None] = mapped_column(ForeignKey("stock_movement.id"), unique=True)
    return_list_id: Mapped[int | None] = mapped_column(ForeignKey("return_list.id"), index=True)
    destination: Mapped[str | None] = mapped_column(String(10))
    # Delivery note, supplier or other paper the movement came with.
    reference: Mapped[str] = mapped_column(String(60), default="")
    # Catalogue price when moved: the ledger's value, and what HQ reimburses warranty parts by.
    unit_price_fen: Mapped[int] = mapped_column(Integer, default=0)
    # Set when a supervisor let the stock go below zero.
    override_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    moved_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class VisitPart(Base):
    """配件需求: a part the engineer is to take on a visit; the dispatch slip lists them under 携带配件."""

    __tablename__ = "visit_part"
    __table_args__ = (
        UniqueConstraint("visit_id", "part_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visit.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    quantity: Mapped[int] = mapped_column(Integer)
