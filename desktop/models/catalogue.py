"""Product lines, models, fault categories and the parts catalogue."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class ProductLine(Base):
    __tablename__ = "product_line"
    __table_args__ = (CheckConstraint("onsite_window_minutes > 0", name="onsite_window_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_zh: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(60))
    # The promised on-site window (docs/domain.md, service clocks); a branch setting per product line.
    onsite_window_minutes: Mapped[int] = mapped_column(Integer, default=24 * 60)
    # What the customers of this line hear and read (callback scripts, printed forms): the brand (鸿盛), and the
    # name the service introduces itself by; blank takes the branch name (core.product_words decides).
    brand: Mapped[str] = mapped_column(String(40), default="")
    service_name: Mapped[str] = mapped_column(String(100), default="")


class FaultCategory(Base):
    __tablename__ = "fault_category"
    __table_args__ = (UniqueConstraint("product_line_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_line_id: Mapped[int] = mapped_column(ForeignKey("product_line.id"))
    code: Mapped[str] = mapped_column(String(30))
    name_zh: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(60))
    # Routine care (更换滤芯, 保养), not a fault: a ticket in this category is never a 返修.
    maintenance: Mapped[bool] = mapped_column(Boolean, default=False)


class ProductModel(Base):
    __tablename__ = "product_model"
    __table_args__ = (
        CheckConstraint("whole_unit_months IS NULL OR whole_unit_months >= 0", name="whole_unit_nonneg"),
        CheckConstraint("main_parts_months IS NULL OR main_parts_months >= 0", name="main_parts_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_line_id: Mapped[int] = mapped_column(ForeignKey("product_line.id"))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    # None means "use the warranty policy of the product line".
    whole_unit_months: Mapped[int | None] = mapped_column(Integer)
    main_parts_months: Mapped[int | None] = mapped_column(Integer)
    main_parts: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Part(Base):
    """A catalogue part (配件) of HQ's price list; stock and charges read its unit, price and flags."""

    __tablename__ = "part"
    __table_args__ = (
        CheckConstraint("price_fen >= 0", name="price_nonneg"),
        CheckConstraint("reorder_level >= 0", name="reorder_level_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_line_id: Mapped[int | None] = mapped_column(ForeignKey("product_line.id"))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_zh: Mapped[str] = mapped_column(String(60))
    name_en: Mapped[str] = mapped_column(String(80))
    # Money is stored in fen (integer) so SQLite and PostgreSQL add up exactly the same.
    price_fen: Mapped[int] = mapped_column(Integer)
    is_main_part: Mapped[bool] = mapped_column(Boolean, default=False)
    is_consumable: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # 计量单位 as HQ's price list writes it (个, 支, 套 ...).
    unit: Mapped[str] = mapped_column(String(10), default="个")
    # 保修件: free under 三包 and its old part goes back to the factory (旧件返还) with a tag.
    is_warranty_part: Mapped[bool] = mapped_column(Boolean, default=False)
    # The warehouse warns when it holds fewer than this (0: no warning).
    reorder_level: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
