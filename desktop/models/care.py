"""Product care (保养): consumable intervals per model, and the consumables a maintenance ticket replaces."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class ConsumableInterval(Base):
    """Seed 001 产品保养提醒: a model's consumable (滤芯 …) is replaced every `months` months."""

    __tablename__ = "consumable_interval"
    __table_args__ = (
        UniqueConstraint("model_id", "part_id"),
        CheckConstraint("months BETWEEN 1 AND 120", name="months_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("product_model.id"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    months: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class MaintenanceItem(Base):
    """A consumable a maintenance ticket is to replace (charged, X-CONS); the visit result starts from this list."""

    __tablename__ = "maintenance_item"
    __table_args__ = (
        UniqueConstraint("ticket_id", "part_id"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"), index=True)
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    due_on: Mapped[date | None] = mapped_column(Date)
